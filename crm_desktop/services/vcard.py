"""vCard export: people (and companies) as a .vcf file that phone contact apps import.

The format is vCard 3.0 (RFC 2426), the version the Android and iPhone contact apps both import
reliably. A card is built in two steps: :func:`_cards` reads a chunk of records with a few bulk
queries into plain :class:`Card` values, and :func:`render` turns a card into text. Companies use
the same path (``kind="organization"``): a company card carries the name in ``ORG`` and ``FN`` and
``X-ABShowAs:COMPANY``, the way Apple marks one (``KIND`` only exists from vCard 4.0).

Text follows the RFC: UTF-8, backslash, comma, semicolon and new lines escaped, lines folded at
75 octets (UTF-8 bytes, never inside a character) with CRLF + space, CRLF line endings. Text
properties also say ``CHARSET=UTF-8``, which older Android versions need to read Persian.

:func:`export_vcards` writes to a temporary file next to the target and moves it into place at
the end, so a cancel or an error leaves the target as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.db.models import Contact, ContactPoint, Organization, Tag, Tagging
from crm_desktop.db.models.people import PHONE_KINDS, POINT_KINDS, person_name
from crm_desktop.services.atomic_file import FileWriteError, replacing
from crm_desktop.services.errors import NotFoundError
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.text.collation import persian_sort_key
from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.normalize import normalize_text, tidy_text
from crm_desktop.text.phone import parse_phone

CHUNK = 500  # records read per batch (also the size of the IN (...) lists)
FOLD_OCTETS = 75
CRLF = "\r\n"
KINDS = ("contact", "organization")

# Words in a point's label that make it a work or a home number/address (English and Persian).
WORK_WORDS = frozenset({"work", "office", "business", "company", "کار", "شرکت", "دفتر", "اداره", "محلکار"})
HOME_WORDS = frozenset({"home", "house", "private", "personal", "منزل", "خانه", "خونه", "شخصی"})

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEW_LINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")
_WORDS = re.compile(r"\w+")


VCardWriteError = FileWriteError  # the name callers and tests know


@dataclass
class Card:
    """What one vCard says, before it is turned into text."""

    uid: str
    formatted_name: str
    family_name: str = ""
    given_name: str = ""
    organization: str = ""
    title: str = ""
    phones: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # value, TYPE values
    emails: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    addresses: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)  # street, city, province
    urls: list[str] = field(default_factory=list)
    birthday: dt.date | None = None
    note: str = ""
    categories: list[str] = field(default_factory=list)
    revision: dt.datetime | None = None
    company: bool = False


# --- text ------------------------------------------------------------------------------------------


def _clean(value: str) -> str:
    """Drop control characters (except new lines and tabs) and unpaired surrogates."""
    value = _CONTROL.sub("", value)
    return value.encode("utf-8", "replace").decode("utf-8")


def escape(value: str) -> str:
    """A text value escaped per RFC 2426: ``\\`` ``,`` ``;`` and new lines (as ``\\n``)."""
    value = _clean(value).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return _NEW_LINES.sub("\\\\n", value)


def _single_line(value: str) -> str:
    """A value that is not text (phone, URI): no escaping, but no line breaks either."""
    return _NEW_LINES.sub(" ", _clean(value)).strip()


def fold(line: str) -> str:
    """Fold one content line into physical lines of at most 75 octets, joined by CRLF + space.

    Breaks fall between characters, never inside a UTF-8 sequence; the space that starts a
    continuation line counts towards its 75 octets."""
    if len(line.encode("utf-8")) <= FOLD_OCTETS:
        return line
    lines: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > FOLD_OCTETS:
            lines.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += width
    lines.append("".join(current))
    return CRLF.join(lines)


def _property(name: str, value: str, *, types: Sequence[str] = (), text: bool = False) -> str:
    params = "".join(f";TYPE={t}" for t in types)
    if text:
        params += ";CHARSET=UTF-8"
    return fold(f"{name}{params}:{value}") + CRLF


def _utc_stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def render(card: Card) -> str:
    """The vCard 3.0 text of one card (CRLF line endings, folded)."""
    out = ["BEGIN:VCARD" + CRLF, "VERSION:3.0" + CRLF]
    out.append(_property("N", ";".join(escape(part) for part in (card.family_name, card.given_name, "", "", "")),
                         text=True))
    out.append(_property("FN", escape(card.formatted_name), text=True))
    if card.organization:
        out.append(_property("ORG", escape(card.organization), text=True))
    if card.company:
        out.append(_property("X-ABShowAs", "COMPANY"))
    if card.title:
        out.append(_property("TITLE", escape(card.title), text=True))
    for value, types in card.phones:
        out.append(_property("TEL", _single_line(value), types=types))
    for value, types in card.emails:
        out.append(_property("EMAIL", escape(value), types=types))
    for street, city, province, types in card.addresses:
        parts = ("", "", street, city, province, "", "")  # PO box, extended, street, city, region, postcode, country
        out.append(_property("ADR", ";".join(escape(p) for p in parts), types=types, text=True))
    for url in card.urls:
        out.append(_property("URL", _single_line(url)))
    if card.birthday is not None:
        out.append(_property("BDAY", card.birthday.isoformat()))
    if card.note:
        out.append(_property("NOTE", escape(card.note), text=True))
    if card.categories:
        out.append(_property("CATEGORIES", ",".join(escape(c) for c in card.categories), text=True))
    out.append(_property("UID", _single_line(card.uid)))
    if card.revision is not None:
        out.append(_property("REV", _utc_stamp(card.revision)))
    out.append("END:VCARD" + CRLF)
    return "".join(out)


# --- reading records -------------------------------------------------------------------------------


def _place(label: str) -> str | None:
    """WORK or HOME when a point's label says so ("work", "محل کار", "منزل" ...)."""
    words = set(_WORDS.findall(normalize_text(label.replace("\u200c", " "))))
    if words & WORK_WORDS:
        return "WORK"
    if words & HOME_WORDS:
        return "HOME"
    return None


def _phone_value(point: ContactPoint) -> str:
    """E.164 when known (with ``,extension``: phones dial it after a pause), else what was typed."""
    if point.value_norm.startswith("+"):
        parsed = parse_phone(point.value)
        extension = parsed.extension if parsed is not None else None
        return f"{point.value_norm},{extension}" if extension else point.value_norm
    return to_ascii_digits(tidy_text(point.value))


def _add_point(card: Card, point: ContactPoint, preferred: set[str]) -> None:
    place = _place(point.label)
    if point.kind in PHONE_KINDS:
        kind_type = {"mobile": "CELL", "whatsapp": "CELL", "fax": "FAX"}.get(point.kind)
        types = [kind_type] if kind_type else []
        if place:
            types.append(place)
        if not types:
            types.append("VOICE")
        value = _phone_value(point)
        if not value or any(value == known for known, _ in card.phones):  # a WhatsApp number is often the mobile
            return
        if "TEL" not in preferred:
            preferred.add("TEL")
            types.append("PREF")
        card.phones.append((value, tuple(types)))
    elif point.kind == "email":
        types = ["INTERNET", *([place] if place else [])]
        if "EMAIL" not in preferred:
            preferred.add("EMAIL")
            types.append("PREF")
        card.emails.append((tidy_text(point.value), tuple(types)))
    elif point.kind == "address":
        card.addresses.append((tidy_text(point.value, multiline=True), "", "", (place,) if place else ()))
    elif point.kind == "website":
        url = tidy_text(point.value)
        if url not in card.urls:
            card.urls.append(url)


def _points_by_owner(kind: str, ids: Sequence[int]) -> dict[int, list[ContactPoint]]:
    owner = ContactPoint.contact if kind == "contact" else ContactPoint.organization
    order = {k: i for i, k in enumerate(POINT_KINDS)}
    found: dict[int, list[ContactPoint]] = {}
    for point in ContactPoint.alive().where(owner.in_(list(ids))):
        found.setdefault(point.__data__[owner.name], []).append(point)
    for points in found.values():  # like contact_points.points_of: kind order, primary first, oldest first
        points.sort(key=lambda p: (order.get(p.kind, 99), not p.is_primary, p.id))
    return found


def _tags_by_owner(kind: str, ids: Sequence[int]) -> dict[int, list[str]]:
    owner = Tagging.contact if kind == "contact" else Tagging.organization
    found: dict[int, list[str]] = {}
    query = (Tagging.select(owner, Tag.name).join(Tag)
             .where(owner.in_(list(ids)) & Tagging.deleted_at.is_null() & Tag.deleted_at.is_null()).tuples())
    for owner_id, name in query:
        found.setdefault(owner_id, []).append(name)
    return {owner_id: sorted(names, key=persian_sort_key) for owner_id, names in found.items()}


def _finish(card: Card, points: list[ContactPoint], tag_names: list[str], city: str, province: str) -> Card:
    preferred: set[str] = set()
    for point in points:
        _add_point(card, point, preferred)
    if city or province:
        if card.addresses:
            card.addresses = [(street, city, province, types) for street, _, _, types in card.addresses]
        else:
            card.addresses.append(("", city, province, ()))
    card.categories = tag_names
    return card


def _contact_cards(ids: Sequence[int]) -> dict[int, Card]:
    people = list(Contact.alive().where(Contact.id.in_(list(ids))))
    org_ids = {p.__data__["organization"] for p in people if p.__data__.get("organization") is not None}
    companies = dict(Organization.select(Organization.id, Organization.name)
                     .where(Organization.id.in_(list(org_ids)) & Organization.deleted_at.is_null()).tuples()
                     ) if org_ids else {}
    points = _points_by_owner("contact", ids)
    tag_names = _tags_by_owner("contact", ids)
    cards: dict[int, Card] = {}
    for person in people:
        card = Card(
            uid=str(person.uid), formatted_name=person_name(person.first_name, person.last_name),
            family_name=person.last_name, given_name=person.first_name,
            organization=companies.get(person.__data__.get("organization"), ""), title=person.job_title,
            birthday=person.birth_date, note=person.notes, revision=person.updated_at)
        cards[person.id] = _finish(card, points.get(person.id, []), tag_names.get(person.id, []),
                                   person.city, person.province)
    return cards


def _organization_cards(ids: Sequence[int]) -> dict[int, Card]:
    points = _points_by_owner("organization", ids)
    tag_names = _tags_by_owner("organization", ids)
    cards: dict[int, Card] = {}
    for org in Organization.alive().where(Organization.id.in_(list(ids))):
        card = Card(uid=str(org.uid), formatted_name=org.name, organization=org.name, note=org.notes,
                    revision=org.updated_at, company=True)
        if org.website:
            card.urls.append(org.website)
        cards[org.id] = _finish(card, points.get(org.id, []), tag_names.get(org.id, []), org.city, org.province)
    return cards


def _cards(kind: str, ids: Sequence[int]) -> dict[int, Card]:
    """Cards of the live records among ``ids`` (at most a few hundred), by id."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if not ids:
        return {}
    return _contact_cards(ids) if kind == "contact" else _organization_cards(ids)


# --- public API ------------------------------------------------------------------------------------


def vcard_for(contact_id: int) -> str:
    """The vCard 3.0 text of one live person; NotFoundError when missing or deleted."""
    card = _cards("contact", [contact_id]).get(contact_id)
    if card is None:
        raise NotFoundError("contact", contact_id)
    return render(card)


def vcard_for_organization(org_id: int) -> str:
    """The vCard 3.0 text of one live company (a company card); NotFoundError when missing or deleted."""
    card = _cards("organization", [org_id]).get(org_id)
    if card is None:
        raise NotFoundError("organization", org_id)
    return render(card)


def live_ids(kind: str = "contact", chunk: int = CHUNK) -> Iterator[int]:
    """Ids of every live person (or company), in id order, read ``chunk`` at a time."""
    model = Contact if kind == "contact" else Organization
    last = 0
    while True:
        batch = [row[0] for row in model.select(model.id)
                 .where(model.deleted_at.is_null() & (model.id > last)).order_by(model.id).limit(chunk).tuples()]
        yield from batch
        if len(batch) < chunk:
            return
        last = batch[-1]


def export_vcards(contact_ids: Iterable[int], target: Path, *, progress: ProgressFn | None = None,
                  cancel: CancelToken | None = None, kind: str = "contact") -> int:
    """Write one vCard per live person among ``contact_ids`` (in their order, repeats once) to
    ``target``; return how many were written. Missing and deleted ids are skipped.

    ``kind="organization"`` exports companies instead. The file appears complete or not at all:
    it is written next to the target under a temporary name and moved into place at the end;
    Cancelled (from ``cancel``) or any error leaves the target as it was. An OSError becomes a
    VCardWriteError with the path."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    ids = list(dict.fromkeys(contact_ids))
    target = Path(target)
    total = len(ids)
    written = 0
    report(progress, 0, total)
    with replacing(target) as handle:
        for start in range(0, total, CHUNK):
            check(cancel)
            chunk = ids[start:start + CHUNK]
            cards = _cards(kind, chunk)
            handle.write("".join(render(cards[i]) for i in chunk if i in cards).encode("utf-8"))
            written += len(cards)
            report(progress, min(start + CHUNK, total), total)
        check(cancel)
    return written


__all__ = ["Card", "VCardWriteError", "escape", "export_vcards", "fold", "live_ids", "render", "vcard_for",
           "vcard_for_organization"]
