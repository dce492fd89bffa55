"""Open any customer spreadsheet (xlsx/xlsm/xlsb, xls, ods, csv/txt) and read its rows.

The format is told from the bytes, never from the name: a zip holding ``[Content_Types].xml`` is
Office Open XML, a zip holding ``content.xml`` is OpenDocument, an OLE2 compound file is a legacy
``.xls`` (or a password-encrypted OOXML package), anything else that reads as text is CSV.
python-calamine reads the spreadsheets; openpyxl (read-only) stands in when calamine fails on an
xlsx/xlsm; :mod:`.csv_text` reads text.

What a cell holds, by reader:

- calamine (xlsx, xlsm, xlsb, xls, ods): ``""`` for empty cells *and* for error cells (#N/A,
  #DIV/0!: calamine gives no way to tell them apart); ``str`` untouched; ``float`` for xlsx/ods
  numbers, ``int`` or ``float`` for xls; ``bool``; ``date``/``datetime`` for date-formatted
  cells, ``time`` or ``timedelta`` for time and duration formats (calamine applies the 1904
  date system itself); a date serial beyond year 9999 stays a ``float``.
- openpyxl fallback (xlsx/xlsm): ``None`` for empty, :class:`CellError` for error cells,
  ``datetime`` (also for date-only formats), ``time``, ``timedelta``, numbers, ``bool``, ``str``.
- csv: ``str`` only, ``""`` for empty; records may be shorter than ``SheetInfo.columns``.

Every failure on a bad file surfaces as :class:`WorkbookError` (a translatable
:class:`~crm_desktop.text.messages.UserError` naming the file); the detail goes to the log.
"""

from __future__ import annotations

import logging
import re
import struct
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from crm_desktop.services.imports import csv_text
from crm_desktop.services.imports.sheet_readers import (
    CalamineReader,
    CellError,
    CsvReader,
    OpenpyxlReader,
    SheetInfo,
    is_password,
    is_too_big,
)
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)

FORMATS = ("xlsx", "xlsm", "xlsb", "xls", "ods", "csv")

MESSAGES = {
    "not_found": QT_TRANSLATE_NOOP(
        "Import", "The file {file} was not found. It may have been moved, renamed or deleted."),
    "not_readable": QT_TRANSLATE_NOOP(
        "Import", "The file {file} could not be opened. Close it in other programs, check that you "
                  "are allowed to open it, and try again."),
    "empty": QT_TRANSLATE_NOOP("Import", "The file {file} is empty (0 bytes): there is nothing in it to import."),
    "not_spreadsheet": QT_TRANSLATE_NOOP(
        "Import", "The file {file} is not a spreadsheet. Choose an Excel (.xlsx, .xls), "
                  "OpenDocument (.ods) or CSV file."),
    "resave": QT_TRANSLATE_NOOP(
        "Import", "The file {file} is in an old or web-page format that cannot be read directly. "
                  "Open it in Excel or LibreOffice, save it as .xlsx, and try again."),
    "password": QT_TRANSLATE_NOOP(
        "Import", "The file {file} is protected with a password. Open it in Excel, remove the password "
                  "(File › Info › Protect Workbook), save, and try again."),
    "damaged": QT_TRANSLATE_NOOP(
        "Import", "The file {file} is damaged or incomplete and cannot be read. Open it in Excel or "
                  "LibreOffice, save it again as .xlsx, and try again."),
    "too_big": QT_TRANSLATE_NOOP(
        "Import", "The file {file} is too large to read (it declares more cells than fit in memory). "
                  "Split it into smaller files and try again."),
    "no_sheets": QT_TRANSLATE_NOOP("Import", "The file {file} has no worksheets to import."),
    "sheet_not_found": QT_TRANSLATE_NOOP("Import", "The file {file} has no sheet named {sheet}."),
    "sheet_damaged": QT_TRANSLATE_NOOP(
        "Import", "The sheet {sheet} in the file {file} is damaged and cannot be read. Open the file in "
                  "Excel or LibreOffice, save it again as .xlsx, and try again."),
}

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_NOT_SPREADSHEET_MAGICS = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"BZh", b"7z\xbc\xaf",
                           b"Rar!", b"MZ", b"RIFF", b"%!PS", b"\x00\x00\x01\x00", b"OggS", b"ID3", b"fLaC")
_OLD_BIFF_BOFS = (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08")  # raw Excel 2-5 streams
_SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xltx", ".xltm", ".xls", ".xlt", ".ods", ".ots"}
_WEB_PAGE_STARTS = ("<?xml", "<html", "<!doctype html", "<table", "<head", "<body", "<meta", "<style")
_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*[\"'](?:1|true)[\"']")
_STOP = (KeyboardInterrupt, SystemExit, GeneratorExit)


class WorkbookError(UserError):
    """A file that cannot be read as a spreadsheet; ``reason`` is a key of :data:`MESSAGES`."""

    def __init__(self, reason: str, path: Path, sheet: str | None = None) -> None:
        params: dict[str, Any] = {"file": Path(path).name}
        if sheet is not None:
            params["sheet"] = sheet
        super().__init__(MESSAGES[reason], **params)
        self.reason = reason


def open_workbook(path: str | Path) -> Workbook:
    """Open ``path`` and list its worksheets; raises :class:`WorkbookError` for any bad file."""
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            raise WorkbookError("empty", path)
        with open(path, "rb") as stream:
            head = stream.read(8)
    except FileNotFoundError as exc:
        raise WorkbookError("not_found", path) from exc
    except (OSError, ValueError) as exc:  # ValueError: a NUL inside the path
        log.warning("cannot open %s: %s", path, exc)
        raise WorkbookError("not_readable", path) from exc
    try:
        return _open(path, head)
    except WorkbookError:
        raise
    except BaseException as exc:
        if isinstance(exc, _STOP):
            raise
        log.warning("cannot read %s", path, exc_info=True)
        raise _failure(exc, path) from exc


class Workbook:
    """An open spreadsheet: ``sheets`` to choose from, ``iter_rows`` to read one. Close when done."""

    def __init__(self, path: Path, format: str, reader: Any, epoch_1904: bool = False,
                 encoding: str | None = None, delimiter: str | None = None) -> None:
        self.path = path
        self.format = format
        self.epoch_1904 = epoch_1904  # informational: the readers already turn serials into dates
        self.encoding = encoding  # csv only
        self.delimiter = delimiter  # csv only
        self._reader = reader
        try:
            self.sheets: list[SheetInfo] = reader.sheets()
            if not self.sheets:
                raise WorkbookError("no_sheets", path)
        except BaseException:
            reader.close()
            raise
        reader.keep(self.default_sheet())

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Workbook {self.path.name} {self.format} sheets={[s.name for s in self.sheets]}>"

    def close(self) -> None:
        self._reader.close()

    def sheet(self, name_or_index: str | int | SheetInfo) -> SheetInfo:
        """The sheet by name (exact, else ignoring case and outer spaces), position or info."""
        wanted = name_or_index
        if isinstance(wanted, SheetInfo):
            wanted = wanted.index if wanted in self.sheets else wanted.name
        if isinstance(wanted, int) and not isinstance(wanted, bool):
            if 0 <= wanted < len(self.sheets):
                return self.sheets[wanted]
        elif isinstance(wanted, str):
            for info in self.sheets:
                if info.name == wanted:
                    return info
            loose = [info for info in self.sheets if info.name.strip().casefold() == wanted.strip().casefold()]
            if len(loose) == 1:
                return loose[0]
        raise WorkbookError("sheet_not_found", self.path, sheet=str(wanted))

    def default_sheet(self) -> SheetInfo:
        """The first visible sheet that has data, else the first sheet."""
        return next((s for s in self.sheets if s.visible and s.rows), self.sheets[0])

    def iter_rows(self, sheet: str | int | SheetInfo) -> Iterator[tuple[int, list]]:
        """``(excel_row_number, cells)`` for each row of the used range; ``cells[0]`` is column A.

        Row numbers are the ones Excel shows (1-based); empty rows above the used range are not
        yielded, empty rows inside it are. An unknown sheet raises at once, a damaged one when read.
        """
        return self._guarded_rows(self.sheet(sheet))

    def _guarded_rows(self, info: SheetInfo) -> Iterator[tuple[int, list]]:
        try:
            yield from self._reader.rows(info)
        except WorkbookError:
            raise
        except BaseException as exc:
            if isinstance(exc, _STOP):
                raise
            log.warning("cannot read sheet %r of %s", info.name, self.path, exc_info=True)
            reason = "too_big" if is_too_big(exc) else "password" if is_password(exc) else "sheet_damaged"
            raise WorkbookError(reason, self.path, sheet=info.name) from exc

    def read_rows(self, sheet: str | int | SheetInfo, limit: int | None = None) -> list[tuple[int, list]]:
        """The first ``limit`` rows (all when None), for previews."""
        rows = self.iter_rows(sheet)
        try:
            return list(islice(rows, limit))
        finally:
            rows.close()


# -- telling the format ------------------------------------------------------------------------

def _open(path: Path, head: bytes) -> Workbook:
    if head.startswith(_ZIP_MAGICS):
        return _open_zip(path)
    if head.startswith(_CFB_MAGIC):
        return _open_cfb(path)
    if head.startswith(_NOT_SPREADSHEET_MAGICS):
        raise WorkbookError("not_spreadsheet", path)
    if head[:2] in _OLD_BIFF_BOFS and len(head) >= 4 and struct.unpack_from("<H", head, 2)[0] <= 32:
        raise WorkbookError("resave", path)  # Excel 2.1-4.0 worksheet: a bare BIFF stream
    return _open_text(path)


def _claims_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in _SPREADSHEET_SUFFIXES


def _open_zip(path: Path) -> Workbook:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                fmt, part = _ooxml_main(archive.read("[Content_Types].xml"))
                if fmt is None:
                    raise WorkbookError("not_spreadsheet", path)
                epoch_1904 = fmt != "xlsb" and _ooxml_1904(archive, part)
            elif "content.xml" in names or "mimetype" in names:
                if not _is_ods(archive, names):
                    raise WorkbookError("not_spreadsheet", path)
                fmt, epoch_1904 = "ods", False
            else:
                raise WorkbookError("damaged" if _claims_spreadsheet(path) else "not_spreadsheet", path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ET.ParseError, EOFError, KeyError, ValueError) as exc:
        log.warning("broken zip %s: %s", path, exc)
        raise WorkbookError("damaged", path) from exc
    try:
        return Workbook(path, fmt, CalamineReader(path, fmt), epoch_1904=epoch_1904)
    except WorkbookError:
        raise
    except Exception as exc:  # noqa: BLE001 (any calamine failure: try openpyxl before giving up)
        if fmt not in ("xlsx", "xlsm") or is_password(exc) or is_too_big(exc):
            raise
        log.info("calamine could not read %s (%s); trying openpyxl", path, exc)
        try:
            reader = OpenpyxlReader(path)
            return Workbook(path, fmt, reader, epoch_1904=reader.epoch_1904)
        except Exception:  # noqa: BLE001
            log.info("openpyxl could not read %s either", path, exc_info=True)
            raise exc from None


def _ooxml_main(content_types: bytes) -> tuple[str | None, str]:
    """(format, workbook part name) from ``[Content_Types].xml``; format None for Word/PowerPoint."""
    main = ""
    for element in ET.fromstring(content_types):
        kind = element.get("ContentType", "").lower()
        if element.tag.endswith("Override") and kind.endswith((".main+xml", "binary.macroenabled.main")):
            main = kind
            part = element.get("PartName", "").lstrip("/")
            break
    else:
        part = "xl/workbook.xml"
        if b"spreadsheetml" not in content_types.lower():
            return None, part
    if main.endswith("binary.macroenabled.main"):
        return "xlsb", part
    if "macroenabled" in main:
        return "xlsm", part
    if main and "spreadsheetml" not in main:
        return None, part  # a Word document or a presentation
    return "xlsx", part


def _ooxml_1904(archive: zipfile.ZipFile, part: str) -> bool:
    try:
        return bool(_DATE1904.search(archive.read(part)))
    except KeyError:  # the part is named differently: calamine will follow the relationships
        return False


def _is_ods(archive: zipfile.ZipFile, names: set[str]) -> bool:
    if "mimetype" in names:
        return b"opendocument.spreadsheet" in archive.read("mimetype")
    if "META-INF/manifest.xml" in names:
        return b"opendocument.spreadsheet" in archive.read("META-INF/manifest.xml")
    return True  # content.xml alone: let calamine decide


def _open_cfb(path: Path) -> Workbook:
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise WorkbookError("password", path)  # an encrypted xlsx/xlsm wraps the zip in a CFB
    if "Workbook".encode("utf-16-le") not in data and "Book".encode("utf-16-le") not in data:
        raise WorkbookError("damaged" if _claims_spreadsheet(path) else "not_spreadsheet", path)
    filepass, epoch_1904 = _biff_globals(data)
    if filepass:
        raise WorkbookError("password", path)
    return Workbook(path, "xls", CalamineReader(path, "xls", data), epoch_1904=epoch_1904)


def _biff_globals(data: bytes) -> tuple[bool, bool]:
    """(FILEPASS present, DATEMODE is 1904) from the workbook-globals records of a BIFF5/8 stream.

    Best effort, without parsing the compound file: the globals start with a BOF record at a
    sector boundary and these records come within the first few hundred bytes.
    """
    for bof in (b"\x09\x08\x10\x00\x00\x06\x05\x00", b"\x09\x08\x08\x00\x00\x05\x05\x00"):
        pos = data.find(bof)
        if pos >= 0:
            break
    else:
        return False, False
    pos += 4 + data[pos + 2]
    for _ in range(64):
        if pos + 4 > len(data):
            break
        kind, size = struct.unpack_from("<HH", data, pos)
        if pos + 4 + size > len(data):
            break
        if kind == 0x002F:  # FILEPASS: the rest of the stream is encrypted or obfuscated
            return True, False
        if kind == 0x0022 and size == 2:  # DATEMODE
            return False, data[pos + 4] == 1
        if kind in (0x0031, 0x0085, 0x000A):  # FONT, BOUNDSHEET, EOF: past where they live
            break
        pos += 4 + size
    return False, False


def _open_text(path: Path) -> Workbook:
    data = path.read_bytes()
    encoding = csv_text.detect_encoding(data)
    sample = csv_text.decode(data[:csv_text.SAMPLE_CHARS], encoding)
    if not csv_text.looks_like_text(sample):
        raise WorkbookError("damaged" if _claims_spreadsheet(path) else "not_spreadsheet", path)
    if sample.lstrip("\ufeff \t\r\n").lower().startswith(_WEB_PAGE_STARTS):
        raise WorkbookError("resave", path)  # HTML or XML "Excel" exports of web applications
    delimiter = csv_text.detect_delimiter(sample)
    if _claims_spreadsheet(path) and csv_text.delimiter_consistency(sample, delimiter) == 0:
        raise WorkbookError("damaged", path)  # a .xls that is a line of text, not a table
    return Workbook(path, "csv", CsvReader(path, encoding, delimiter), encoding=encoding, delimiter=delimiter)


def _failure(exc: BaseException, path: Path) -> WorkbookError:
    if is_password(exc):
        return WorkbookError("password", path)
    if is_too_big(exc):
        return WorkbookError("too_big", path)
    if isinstance(exc, PermissionError):
        return WorkbookError("not_readable", path)
    return WorkbookError("damaged", path)


__all__ = ["FORMATS", "MESSAGES", "CellError", "SheetInfo", "Workbook", "WorkbookError", "open_workbook"]
