"""Realistic, reproducible demo data (``crm-desktop demo``, ``crm-desktop --demo``, screenshots)."""
