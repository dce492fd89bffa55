"""Exports to Excel (.xlsx) and CSV: the customers list as filtered and sorted, and whole tables.

* :mod:`.table_writer` writes any table of typed columns to .xlsx or .csv (by the extension),
  with the user's calendar and money unit, right to left in Persian, a file appearing complete or
  not at all;
* :mod:`.customers` is the customers list (people and companies in one sheet);
* :mod:`.entities` is one table in full (people, companies, contact details, notes, tags, history).

Column headers are the words of :mod:`crm_desktop.services.labels`, so the import recognises an
exported file in either language.
"""
