"""Bringing customer spreadsheets in: reading, mapping, checking, writing, undoing."""
