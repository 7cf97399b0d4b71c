"""Narratives: cross-lingual story clusters with stable ids (`cluster`), and the daily stage that keeps them (`stage`)."""
