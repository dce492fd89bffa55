"""vCard 3.0 export: escaping, folding at 75 octets, properties, skipped records, atomic files.

Every card is read back with the small RFC 2425/2426 parser below (unfold, split, unescape), so
the tests compare values, not the exact text layout.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.db.models import Contact
from crm_desktop.services import contacts, organizations, vcard
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.errors import NotFoundError
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.services.progress import CancelToken, Cancelled
from crm_desktop.text.collation import persian_sort_key

LONG_NOTE = ("مشتری قدیمی و خوش‌حساب؛ سفارش‌ها را همیشه، بدون تأخیر، تسویه می‌کند.\n"
             "برای تماس: فقط صبح‌ها، ساعت ۹ تا ۱۲ — آدرس جدید را از دفتر مرکزی بپرسید. C:\\temp")


# --- a small vCard reader ---------------------------------------------------------------------------


def unfold(data: str) -> list[str]:
    """Logical lines of a vCard stream (RFC 2425 5.8.1: CRLF + one space or tab is removed)."""
    assert data.endswith("\r\n")
    assert "\n" not in data.replace("\r\n", ""), "bare LF or CR"
    return re.sub(r"\r\n[ \t]", "", data)[:-2].split("\r\n")


def split_escaped(value: str, sep: str) -> list[str]:
    """Split on ``sep`` where it is not escaped, then unescape each part."""
    parts, current, chars = [], [], iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            current.append({"n": "\n", "N": "\n"}.get(nxt, nxt))
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unescape(value: str) -> str:
    return split_escaped(value, "\0")[0]


def parse(data: str) -> list[dict[str, list[tuple[dict[str, list[str]], str]]]]:
    """Cards as {NAME: [(params, raw value), ...]}; params as {NAME: [values]}."""
    cards, card = [], None
    for line in unfold(data):
        head, sep, value = line.partition(":")
        assert sep, line
        name, *raw_params = head.split(";")
        params: dict[str, list[str]] = {}
        for raw in raw_params:
            key, _, val = raw.partition("=")
            params.setdefault(key.upper(), []).extend(val.split(","))
        if name == "BEGIN":
            assert card is None and value == "VCARD"
            card = {}
        elif name == "END":
            assert value == "VCARD"
            cards.append(card)
            card = None
        else:
            assert card is not None
            card.setdefault(name.upper(), []).append((params, value))
    assert card is None
    return cards


def one(card, name: str) -> str:
    (params, value), = card[name]
    return value


def text(card, name: str) -> str:
    return unescape(one(card, name))


def types(params) -> set[str]:
    return {t.upper() for t in params.get("TYPE", [])}


# --- fixtures ---------------------------------------------------------------------------------------


def person(**overrides) -> ContactInput:
    values = {"first_name": "علی", "last_name": "کریمی"}
    values.update(overrides)
    return ContactInput(**values)


@pytest.fixture
def company(owner):
    return organizations.create_organization(OrganizationInput(
        name="بازرگانی نوین; پارس, و شرکا", city="اصفهان", website="https://novin.example.ir",
        points=[PointInput("phone", "031 3222 1000"), PointInput("address", "خیابان چهارباغ، پلاک ۱۲")],
        tags=["عمده‌فروش"]))


@pytest.fixture
def full_contact(company):
    return contacts.create_contact(person(
        job_title="مدیر فروش, منطقه ۲", organization_id=company.id, birth_date=dt.date(1985, 7, 1),
        city="تهران", province="تهران", notes=LONG_NOTE,
        points=[
            PointInput("mobile", "۰۹۱۲ ۳۴۵ ۶۷۸۹", is_primary=True),
            PointInput("mobile", "0935 111 2233", label="work"),
            PointInput("phone", "021 8888 1234 داخلی 12", label="محل\u200cکار"),
            PointInput("phone", "021 2222 3333", label="منزل"),
            PointInput("phone", "۸۸۸۸۱۲۳۴"),
            PointInput("fax", "021 8888 1235"),
            PointInput("whatsapp", "09123456789"),
            PointInput("email", "Ali.Karimi@Example.com", is_primary=True),
            PointInput("email", "ali@home.example", label="home"),
            PointInput("address", "خیابان ولیعصر، کوچه یاس; پلاک ۷\nواحد ۳", label="خانه"),
            PointInput("telegram", "@ali_k"),
        ],
        tags=["مشتری ویژه", "VIP, gold"]))


# --- text rules -------------------------------------------------------------------------------------


def test_escape_backslash_comma_semicolon_and_new_lines():
    assert vcard.escape("a\\b,c;d\ne\r\nf\rg") == "a\\\\b\\,c\\;d\\ne\\nf\\ng"
    assert vcard.escape("بدون: تغییر") == "بدون: تغییر"  # colons need no escape in 3.0
    assert vcard.escape("x\x00y\x1bz\tw") == "xyz\tw"  # control characters cannot travel


def test_folding_keeps_every_physical_line_within_75_octets_and_unfolds_back():
    line = "NOTE;CHARSET=UTF-8:" + vcard.escape(LONG_NOTE * 3)
    folded = vcard.fold(line)
    physical = folded.encode("utf-8").split(b"\r\n")
    assert len(physical) > 5
    for index, raw in enumerate(physical):
        assert len(raw) <= 75
        raw.decode("utf-8")  # never split inside a character
        if index:
            assert raw.startswith(b" ")
    assert max(len(raw) for raw in physical) >= 73  # lines are filled, not cut early
    assert re.sub(r"\r\n ", "", folded) == line


def test_short_lines_are_not_folded():
    assert vcard.fold("FN:" + "a" * 72) == "FN:" + "a" * 72
    assert vcard.fold("FN:" + "a" * 73) == "FN:" + "a" * 72 + "\r\n a"


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_survives_escape_fold_unfold_unescape(value):
    card = vcard.Card(uid="u", formatted_name=value, note=value)
    data = vcard.render(card)
    for raw in data.encode("utf-8").split(b"\r\n"):
        assert len(raw) <= 75
    (parsed,) = parse(data)
    expected = re.sub(r"\r\n|\r|\n|\u2028|\u2029|\x85", "\n", re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", value))
    assert text(parsed, "FN") == expected
    if value:
        assert text(parsed, "NOTE") == expected


# --- a person's card --------------------------------------------------------------------------------


def test_person_card_has_every_property(full_contact, company):
    data = vcard.vcard_for(full_contact.id)
    assert data.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and data.endswith("END:VCARD\r\n")
    (card,) = parse(data)
    stored = Contact.get_by_id(full_contact.id)

    assert split_escaped(one(card, "N"), ";") == ["کریمی", "علی", "", "", ""]
    assert text(card, "FN") == "علی کریمی"
    assert split_escaped(one(card, "ORG"), ";") == ["بازرگانی نوین; پارس, و شرکا"]
    assert text(card, "TITLE") == "مدیر فروش, منطقه ۲"
    assert one(card, "BDAY") == "1985-07-01"
    assert text(card, "NOTE") == LONG_NOTE
    assert split_escaped(one(card, "CATEGORIES"), ",") == sorted(["مشتری ویژه", "VIP, gold"], key=persian_sort_key)
    assert one(card, "UID") == str(stored.uid)
    assert one(card, "REV") == stored.updated_at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "X-ABSHOWAS" not in card and "URL" not in card  # telegram handles are not exported
    for name in ("N", "FN", "ORG", "TITLE", "NOTE", "CATEGORIES", "ADR"):
        for params, _ in card[name]:
            assert params.get("CHARSET") == ["UTF-8"], name
    for name in ("TEL", "EMAIL", "UID", "REV", "BDAY"):
        for params, _ in card[name]:
            assert "CHARSET" not in params, name


def test_person_phones_emails_and_addresses(full_contact):
    (card,) = parse(vcard.vcard_for(full_contact.id))

    phones = [(value, types(params)) for params, value in card["TEL"]]
    assert phones == [
        ("+989123456789", {"CELL", "PREF"}),  # primary mobile first; the WhatsApp copy of it is dropped
        ("+989351112233", {"CELL", "WORK"}),
        ("+982188881234,12", {"WORK"}),  # the extension follows a pause
        ("+982122223333", {"HOME"}),
        ("88881234", {"VOICE"}),  # no area code: as typed (digits in ASCII)
        ("+982188881235", {"FAX"}),
    ]
    emails = [(value, types(params)) for params, value in card["EMAIL"]]
    assert emails == [("Ali.Karimi@Example.com", {"INTERNET", "PREF"}), ("ali@home.example", {"INTERNET", "HOME"})]
    ((params, value),) = card["ADR"]
    assert types(params) == {"HOME"}
    assert split_escaped(value, ";") == ["", "", "خیابان ولیعصر، کوچه یاس; پلاک ۷ واحد ۳", "تهران", "تهران", "", ""]


def test_city_alone_makes_an_address_and_a_bare_person_has_only_names(owner):
    in_city = contacts.create_contact(person(city="شیراز", province="فارس"))
    bare = contacts.create_contact(person(first_name="", last_name="Smith"))

    (card,) = parse(vcard.vcard_for(in_city.id))
    assert split_escaped(one(card, "ADR"), ";") == ["", "", "", "شیراز", "فارس", "", ""]
    (card,) = parse(vcard.vcard_for(bare.id))
    assert set(card) == {"VERSION", "N", "FN", "UID", "REV"}
    assert one(card, "VERSION") == "3.0"
    assert split_escaped(one(card, "N"), ";") == ["Smith", "", "", "", ""] and text(card, "FN") == "Smith"


def test_every_line_ends_with_crlf_and_fits_75_octets(full_contact):
    data = vcard.vcard_for(full_contact.id)
    raw = data.encode("utf-8")
    assert raw.count(b"\n") == raw.count(b"\r\n") == raw.count(b"\r")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert any(len(line) > 60 for line in raw.split(b"\r\n"))  # the long note really was folded


def test_deleted_company_point_and_tag_are_left_out(full_contact, company):
    data = contacts.contact_input(full_contact)
    data.points = [p for p in data.points if p.kind != "fax"]
    data.tags = ["مشتری ویژه"]
    contacts.update_contact(full_contact.id, data)
    organizations.delete_organization(company.id)  # the person keeps the link to the deleted company

    (card,) = parse(vcard.vcard_for(full_contact.id))
    assert "ORG" not in card
    assert all("FAX" not in types(params) for params, _ in card["TEL"])
    assert split_escaped(one(card, "CATEGORIES"), ",") == ["مشتری ویژه"]


def test_missing_or_deleted_person_raises_not_found(full_contact):
    contacts.delete_contact(full_contact.id)
    with pytest.raises(NotFoundError):
        vcard.vcard_for(full_contact.id)
    with pytest.raises(NotFoundError):
        vcard.vcard_for(999_999)


# --- a company's card -------------------------------------------------------------------------------


def test_company_card(company):
    (card,) = parse(vcard.vcard_for_organization(company.id))
    assert text(card, "FN") == "بازرگانی نوین; پارس, و شرکا"
    assert split_escaped(one(card, "ORG"), ";") == ["بازرگانی نوین; پارس, و شرکا"]
    assert one(card, "X-ABSHOWAS") == "COMPANY"
    assert split_escaped(one(card, "N"), ";") == ["", "", "", "", ""]
    assert [(v, types(p)) for p, v in card["TEL"]] == [("+983132221000", {"VOICE", "PREF"})]
    assert split_escaped(one(card, "ADR"), ";") == ["", "", "خیابان چهارباغ، پلاک ۱۲", "اصفهان", "", "", ""]
    assert one(card, "URL") == "https://novin.example.ir"
    assert split_escaped(one(card, "CATEGORIES"), ",") == ["عمده‌فروش"]
    organizations.delete_organization(company.id)
    with pytest.raises(NotFoundError):
        vcard.vcard_for_organization(company.id)


# --- files ------------------------------------------------------------------------------------------


@pytest.fixture
def out(tmp_path):
    """An empty folder for the exported files (tmp_path also holds the test database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def make_people(n: int) -> list[int]:
    return [contacts.create_contact(person(first_name=f"نفر {i}", points=[
        PointInput("mobile", f"0912 000 {i:04d}")])).id for i in range(n)]


def test_export_writes_live_people_in_order_and_skips_missing_and_deleted(owner, out):
    ids = make_people(5)
    contacts.delete_contact(ids[1])
    target = out / "people.vcf"
    seen: list[tuple[int, int]] = []

    count = vcard.export_vcards([ids[4], ids[1], 999_999, ids[0], ids[4], ids[2], ids[3]], target,
                                progress=lambda done, total: seen.append((done, total)))

    assert count == 4
    data = target.read_bytes().decode("utf-8")
    assert not data.startswith("\ufeff")
    cards = parse(data)
    assert [text(c, "FN").split()[-1] for c in cards] == ["کریمی"] * 4
    assert [text(c, "FN") for c in cards] == ["نفر 4 کریمی", "نفر 0 کریمی", "نفر 2 کریمی", "نفر 3 کریمی"]
    assert data == "".join(vcard.vcard_for(i) for i in (ids[4], ids[0], ids[2], ids[3]))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert [p.name for p in out.iterdir()] == ["people.vcf"]  # no temporary file left behind


def test_export_reads_in_chunks(owner, out, monkeypatch):
    monkeypatch.setattr(vcard, "CHUNK", 2)
    ids = make_people(5)
    seen: list[tuple[int, int]] = []
    assert vcard.export_vcards(iter(ids), out / "p.vcf", progress=lambda d, t: seen.append((d, t))) == 5
    assert seen == [(0, 5), (2, 5), (4, 5), (5, 5)]
    assert len(parse((out / "p.vcf").read_bytes().decode("utf-8"))) == 5
    assert list(vcard.live_ids("contact", chunk=2)) == ids


def test_export_of_companies(company, out):
    target = out / "companies.vcf"
    assert vcard.export_vcards([company.id], target, kind="organization") == 1
    assert target.read_bytes().decode("utf-8") == vcard.vcard_for_organization(company.id)


@pytest.mark.parametrize("existing", [True, False])
def test_cancel_midway_leaves_the_target_as_it_was(owner, out, monkeypatch, existing):
    monkeypatch.setattr(vcard, "CHUNK", 2)
    ids = make_people(6)
    target = out / "people.vcf"
    if existing:
        target.write_bytes(b"old content")
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done >= 2:  # the first chunk is already written to the temporary file
            assert len(list(out.glob(".people.vcf.*.tmp"))) == 1
            token.cancel()

    with pytest.raises(Cancelled):
        vcard.export_vcards(ids, target, progress=progress, cancel=token)

    if existing:
        assert target.read_bytes() == b"old content"
    else:
        assert not target.exists()
    assert [p.name for p in out.iterdir()] == (["people.vcf"] if existing else [])


def test_an_error_midway_leaves_the_target_as_it_was(owner, out, monkeypatch):
    monkeypatch.setattr(vcard, "CHUNK", 2)
    ids = make_people(4)
    target = out / "people.vcf"
    target.write_bytes(b"old content")
    real_render = vcard.render
    calls = {"n": 0}

    def failing_render(card):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("boom")
        return real_render(card)

    monkeypatch.setattr(vcard, "render", failing_render)
    with pytest.raises(RuntimeError):
        vcard.export_vcards(ids, target)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in out.iterdir()] == ["people.vcf"]


def test_replacing_a_file_writes_the_new_cards(owner, out):
    ids = make_people(2)
    target = out / "people.vcf"
    target.write_bytes(b"old content")
    assert vcard.export_vcards(ids, target) == 2
    assert len(parse(target.read_bytes().decode("utf-8"))) == 2


def test_missing_folder_is_a_user_error(owner, out):
    ids = make_people(1)
    with pytest.raises(vcard.VCardWriteError) as caught:
        vcard.export_vcards(ids, out / "no" / "such" / "people.vcf")
    assert "people.vcf" in str(caught.value)


def test_nothing_to_export_writes_an_empty_file(owner, out):
    target = out / "none.vcf"
    assert vcard.export_vcards([], target) == 0
    assert target.read_bytes() == b""


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=200),
       title=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_stored_values_round_trip(owner, notes, title):
    title = title[:200]
    contact = contacts.create_contact(person(job_title=title, notes=notes))
    stored = Contact.get_by_id(contact.id)
    (card,) = parse(vcard.vcard_for(contact.id))
    assert text(card, "FN") == "علی کریمی"
    if stored.job_title:
        assert text(card, "TITLE") == stored.job_title
    if stored.notes:
        expected = re.sub(r"\r\n|\r|\n|\u2028|\u2029|\x85", "\n", stored.notes)
        assert text(card, "NOTE") == expected


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_files_get_the_usual_permissions_and_replaced_ones_keep_theirs(owner, out):
    ids = make_people(1)
    umask = os.umask(0o022)
    try:
        vcard.export_vcards(ids, out / "new.vcf")
        assert stat.S_IMODE((out / "new.vcf").stat().st_mode) == 0o644
        kept = out / "kept.vcf"
        kept.write_bytes(b"old")
        kept.chmod(0o600)
        vcard.export_vcards(ids, kept)
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and kept.read_bytes().startswith(b"BEGIN:VCARD")
    finally:
        os.umask(umask)
