"""Importing people and companies from Excel/CSV: the wizard, its preview, and the import history."""
