"""Persian/Arabic-aware text handling for CRM Desktop, in plain Python.

Digits, the search normaliser, phone numbers, Iranian national codes, the Jalali
calendar, date parsing/formatting, money (Rial/Toman) and Persian collation. This package
imports only the standard library (no Qt, no database) so every layer may use it; import
the submodules directly (``from crm_desktop.text.normalize import normalize_text``).
"""
