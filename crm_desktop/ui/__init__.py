"""Everything Qt: windows, views, item models, widgets, dialogs, workers. The only package that
imports PySide6; it reads and writes data only through ``crm_desktop.services``."""
