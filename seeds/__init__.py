"""Feed lists and the bundled demo corpus (shipped with the package so `narratives demo` works anywhere)."""
