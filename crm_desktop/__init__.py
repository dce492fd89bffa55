"""CRM Desktop: an offline-first customer relationship manager for small offices."""

__version__ = "0.1.0"
APP_NAME = "CRM Desktop"
