"""Why a database could not be opened or upgraded, in words a user can act on."""

from __future__ import annotations

from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError


class DatabaseError(UserError):
    """Base of every database problem shown to a user."""


class NotADatabaseError(DatabaseError):
    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a CRM Desktop database (it is not an SQLite file)."), path=path)


class ForeignDatabaseError(DatabaseError):
    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "The database {path} belongs to another program: it has tables but no CRM Desktop "
                      "schema version. It was left untouched."), path=path)


class DatabaseTooNewError(DatabaseError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "The database {path} was written by a newer version of CRM Desktop (schema {found}; "
                      "this version understands up to {supported}). Please update CRM Desktop. "
                      "The database was not changed."), path=path, found=found, supported=supported)
        self.found = found
        self.supported = supported


class DatabaseUnavailableError(DatabaseError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Could not open the database {path}: {detail}"), path=path, detail=detail)


class DatabaseCorruptError(DatabaseError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "The database {path} is damaged ({detail}). Restore it from a backup in the "
                      "backups folder."), path=path, detail=detail)


class MigrationFailedError(DatabaseError):
    def __init__(self, path: str, version: int, detail: str, backup: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Upgrading the database {path} to schema {version} failed: {detail}. Nothing was "
                      "changed; a copy taken before the upgrade is at {backup}."),
            path=path, version=version, detail=detail, backup=backup or "-")


class DriverMissingError(DatabaseError):
    def __init__(self, scheme: str, package: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Connecting to a {scheme} database needs the Python package {package}, which is not "
                      "installed."), scheme=scheme, package=package)


class FullTextSearchMissingError(DatabaseError):
    def __init__(self, path: str, sqlite_version: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "This Python's SQLite ({version}) has no full-text search (FTS5 with the trigram "
                      "tokenizer), which instant search needs. Install Python from python.org (it includes "
                      "it) and open {path} again; the database was not changed."),
            path=path, version=sqlite_version)
