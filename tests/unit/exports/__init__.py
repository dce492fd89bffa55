"""Excel and CSV exports: the table writer, the customers list, whole tables."""
