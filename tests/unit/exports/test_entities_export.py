"""Whole tables to .xlsx/.csv: every entity with translated headers, live rows only, details and
notes tied to their record's ID, the change history in words, read in chunks."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import AuditLog, Contact
from crm_desktop.services import contacts
from crm_desktop.services.exports.entities import (
    ENTITIES,
    describe_changes,
    entity_columns,
    entity_count,
    entity_rows,
    export_entity,
)
from crm_desktop.text import i18n
from tests.unit.exports.conftest import read_csv, read_xlsx, use_preferences


def as_dicts(rows: list) -> list[dict]:
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_entity_exports_all_its_live_rows(db, tmp_path, office, entity):
    use_preferences("en", "gregorian")
    target = tmp_path / f"{entity}.xlsx"
    count = export_entity(target, entity)
    rows = read_xlsx(target)
    assert count == entity_count(entity) == len(rows) - 1 > 0
    assert list(rows[0]) == [c.header for c in entity_columns(entity)]
    assert len(set(rows[0])) == len(rows[0])


def test_people_carry_their_record_id_company_and_words(db, tmp_path, office):
    use_preferences("en", "gregorian")
    contacts.delete_contact(office["parviz"])
    target = tmp_path / "people.csv"
    export_entity(target, "people")
    people = {row["First name"]: row for row in as_dicts(read_csv(target))}
    assert set(people) == {"ژاله", "زهرا", "John"}
    zhaleh = people["ژاله"]
    assert zhaleh["Record ID"] == str(Contact.get_by_id(office["zhaleh"]).uid)
    assert (zhaleh["Customer code"], zhaleh["Company"], zhaleh["Stage"], zhaleh["Gender"], zhaleh["Birth date"]) == \
        ("C-0042", "پخش البرز", "Customer", "Female", "1990-08-08")
    assert people["زهرا"]["Owner"] == "سارا احمدی"


def test_contact_details_and_notes_point_at_their_record(db, tmp_path, office):
    use_preferences("en", "gregorian")
    export_entity(tmp_path / "people.xlsx", "people")
    export_entity(tmp_path / "points.xlsx", "points")
    export_entity(tmp_path / "notes.xlsx", "notes")
    ids = {row["First name"]: row["Record ID"] for row in as_dicts(read_xlsx(tmp_path / "people.xlsx"))}
    points = as_dicts(read_xlsx(tmp_path / "points.xlsx"))
    mobiles = [p for p in points if p["Record ID"] == ids["ژاله"] and p["Kind"] == "Mobile"]
    assert {(p["Value"], p["Primary"]) for p in mobiles} == {("+98 935 111 2233", True), ("0912 345 6789", False)}
    assert all(p["Record type"] == "Person" and p["Name"] == "ژاله محمدی" for p in mobiles)
    assert any(p["Record type"] == "Company" and p["Value"] == "021 8888 7777" for p in points)
    assert [p["Value"] for p in points if p["Name"] == "زهرا کریمی"] == ["071 3222 4455"]
    notes = {n["Text"]: n for n in as_dicts(read_xlsx(tmp_path / "notes.xlsx"))}
    assert notes["تماس گرفت؛ پیش‌فاکتور می‌خواهد"]["Record ID"] == ids["ژاله"]
    assert notes["Sent the catalogue"]["Record type"] == "Company" and notes["Sent the catalogue"]["Pinned"] is False


def test_details_of_a_deleted_person_are_left_out(db, tmp_path, office):
    before = entity_count("points")
    contacts.delete_contact(office["zhaleh"])
    assert entity_count("points") == before - 6
    assert len(list(entity_rows("notes"))) == 1


def test_tags_count_their_people_and_companies(db, tmp_path, office):
    use_preferences("en", "gregorian")
    target = tmp_path / "tags.xlsx"
    export_entity(target, "tags")
    tags = {row["Name"]: row for row in as_dicts(read_xlsx(target))}
    assert (tags["VIP"]["People"], tags["VIP"]["Companies"]) == (2, 1)
    assert (tags["عمده"]["People"], tags["عمده"]["Companies"]) == (1, 0)


def test_history_says_who_did_what_in_words(db, tmp_path, office):
    use_preferences("fa", "jalali")
    i18n.set_language("fa")
    target = tmp_path / "history.xlsx"
    assert export_entity(target, "history") == AuditLog.select().count()
    rows = read_xlsx(target)
    assert list(rows[0]) == ["زمان", "کاربر", "عملیات", "نوع", *rows[0][4:5], "نام", "تغییرات"]
    created = [row for row in rows[1:] if row[2] == "ایجاد" and row[3] == "شخص" and row[5] == "ژاله محمدی"]
    assert len(created) == 1
    assert "نام: ژاله" in created[0][6] and "؛ " in created[0][6]
    assert created[0][0].startswith("14") and isinstance(created[0][4], int)


def test_describe_changes_reads_like_the_history_screen():
    assert describe_changes("update", '{"city": ["Tehran", "Shiraz"], "job_title": ["", "CEO"]}') == \
        "City: Tehran \u2192 Shiraz; Job title: \u2014 \u2192 CEO"
    assert describe_changes("create", '{"is_primary": [null, true]}') == "Primary: yes"
    assert describe_changes("delete", '{"x": [1, 2]}') == ""
    assert describe_changes("update", "not json") == "not json"


def test_chunks_give_the_same_rows(db, office):
    for entity in ENTITIES:
        assert list(entity_rows(entity, chunk=1)) == list(entity_rows(entity)), entity


def test_unknown_entity_is_refused(db, tmp_path):
    with pytest.raises(ValueError):
        export_entity(tmp_path / "x.xlsx", "deals")
