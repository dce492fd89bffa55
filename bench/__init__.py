"""Benchmarks that build their own data and print figures (``python -m bench``)."""
