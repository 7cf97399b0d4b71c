"""Benchmarks; `python -m benchmarks` runs the scale benchmark (issue #15)."""
