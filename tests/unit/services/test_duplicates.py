"""Finding duplicate people and companies: the signals, groups, vetoes, and the create-form check."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services import contacts, duplicate_rules, duplicates, merge, organizations
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.duplicates import DuplicateGroup, Reason, find_duplicates
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.services.progress import Cancelled, CancelToken
from tests.unit.services.conftest import company_national_id, national_code


def person(first: str, last: str, *, city: str = "", org: int | None = None, phones=(), emails=(), code: str = "",
           birth: dt.date | None = None) -> int:
    points = [PointInput("mobile", p) for p in phones] + [PointInput("email", e) for e in emails]
    return contacts.create_contact(ContactInput(first_name=first, last_name=last, city=city, organization_id=org,
                                                national_code=code, birth_date=birth, points=points)).id


def company(name: str, *, city: str = "", national_id: str = "", phones=(), emails=()) -> int:
    points = [PointInput("phone", p) for p in phones] + [PointInput("email", e) for e in emails]
    return organizations.create_organization(OrganizationInput(name=name, city=city, national_id=national_id,
                                                               points=points)).id


def groups_as_ids(entity: str = "contact", **kwargs) -> list[tuple[int, ...]]:
    return [g.ids for g in find_duplicates(entity, **kwargs)]


def kinds(group: DuplicateGroup) -> set[str]:
    return {r.kind for r in group.reasons}


# --- signals -------------------------------------------------------------------------------------


def test_same_phone_typed_differently(owner):
    a = person("سارا", "نوری", phones=["0912 345 6789"])
    b = person("Sara", "Noori", phones=["+98 912 345 6789"])
    person("مینا", "نوری", phones=["0912 345 0000"])

    [group] = find_duplicates()
    assert group == DuplicateGroup("contact", (a, b), duplicate_rules.PHONE_MOBILE,
                                   (Reason("phone", "+989123456789", a, b),))


def test_same_email_in_another_case(owner):
    a = person("Ali", "Rad", emails=["Ali@X.com"])
    b = person("A.", "Rad", emails=["ali@x.com"])
    [group] = find_duplicates()
    assert (group.ids, group.confidence, group.reasons) == ((a, b), 85, (Reason("email", "ali@x.com", a, b),))


def test_same_national_code(owner):
    code = national_code("001234567")
    a = person("رضا", "پاکزاد", code=code)
    b = person("R", "Pakzad", code=code)
    [group] = find_duplicates()
    assert (group.ids, group.confidence, kinds(group)) == ((a, b), 95, {"national_code"})


def test_same_name_same_city_with_arabic_letters(owner):
    a = person("علی", "کریمی", city="تهران")
    b = person("علي", "كريمي", city="تهران")
    [group] = find_duplicates()
    assert (group.ids, group.confidence) == ((a, b), duplicate_rules.NAME_CITY)
    assert group.reasons == (Reason("name", "علی کریمی", a, b),)


def test_reversed_name_order_same_city(owner):
    a = person("علی", "کریمی", city="شیراز")
    b = person("کریمی", "علی", city="شیراز")
    [group] = find_duplicates()
    assert (group.ids, group.confidence, kinds(group)) == ((a, b), duplicate_rules.SIMILAR_CITY, {"similar_name"})


def test_one_letter_typo_in_the_same_company(owner):
    org = company("پخش البرز")
    a = person("رضا", "محمدی", org=org)
    b = person("رضا", "محمودی", org=org)
    [group] = find_duplicates()
    assert (group.ids, group.confidence, kinds(group)) == ((a, b), duplicate_rules.SIMILAR_COMPANY, {"similar_name"})


def test_different_names_one_letter_apart_are_not_typos(owner):
    org = company("پخش البرز")
    person("محمد", "کریمی", org=org)
    person("احمد", "کریمی", org=org)  # first letter differs: another name, not a typo
    person("حسن", "رضایی", org=org)
    person("حسین", "رضایی", org=org)  # short word
    assert find_duplicates() == []


def test_same_name_in_different_cities_is_no_evidence(owner):
    person("علی", "کریمی", city="تهران")
    person("علی", "کریمی", city="مشهد")
    person("علی", "کریمی")  # no city, no company: no block at all
    assert find_duplicates() == []


def test_name_evidence_vetoed_by_different_birth_dates(owner):
    person("علی", "کریمی", city="تهران", birth=dt.date(1980, 1, 1))
    person("علی", "کریمی", city="تهران", birth=dt.date(1990, 5, 5))
    assert find_duplicates() == []


def test_different_national_codes_veto_even_a_shared_phone(owner):
    person("علی", "کریمی", phones=["09123456789"], code=national_code("001234567"))
    person("علی", "کریمی", phones=["09123456789"], code=national_code("002345678"))  # father and son
    assert find_duplicates() == []


def test_incomplete_numbers_and_switchboards_are_no_evidence(owner):
    for first in ("الف", "ب"):  # 7 digits: not a real number
        contacts.create_contact(ContactInput(first_name=first, last_name="یک",
                                             points=[PointInput("phone", "1234567")]))
    for i in range(duplicate_rules.MAX_SHARED + 1):  # one office line on many people
        contacts.create_contact(ContactInput(first_name=f"p{i}", last_name="q",
                                             points=[PointInput("phone", "021 8888 7777")]))
    assert find_duplicates() == []


# --- groups --------------------------------------------------------------------------------------


def test_chains_make_one_group(owner):
    a = person("Ali", "One", phones=["09121111111"])
    b = person("Ali", "Two", phones=["09121111111"], emails=["b@x.com"])
    c = person("Ali", "Three", emails=["B@X.com"])
    [group] = find_duplicates()
    assert group.ids == (a, b, c)
    assert {(r.kind, r.a_id, r.b_id) for r in group.reasons} == {("phone", a, b), ("email", b, c)}
    assert group.confidence == 80  # the weakest link holding the group together


def test_not_duplicate_pairs_are_never_joined(owner):
    a = person("Ali", "One", phones=["09121111111"])
    b = person("Ali", "Two", phones=["09121111111"])
    merge.mark_not_duplicates("contact", [a, b])
    assert find_duplicates() == []

    c = person("Ali", "Three", phones=["09121111111"])  # linked to both, but a and b stay apart
    [group] = find_duplicates()
    assert group.ids in {(a, c), (b, c)}


def test_soft_deleted_records_are_ignored(owner):
    person("Ali", "One", phones=["09121111111"])
    b = person("Ali", "Two", phones=["09121111111"])
    contacts.delete_contact(b)
    assert find_duplicates() == []


def test_ordering_and_min_confidence(owner):
    code = national_code("001234567")
    pair_code = (person("a", "b", code=code), person("c", "d", code=code))
    pair_name = (person("علی", "کریمی", city="تهران"), person("علی", "کریمی", city="تهران"))
    trio_phone = tuple(person(f"x{i}", "y", phones=["09125555555"]) for i in range(3))
    pair_phone = (person("m", "n", phones=["09126666666"]), person("o", "p", phones=["09126666666"]))

    found = find_duplicates()
    assert [g.ids for g in found] == [pair_code, trio_phone, pair_phone, pair_name]
    assert [g.confidence for g in found] == [95, 80, 80, 40]  # a name alone in one city is weak
    assert groups_as_ids(min_confidence=80) == [pair_code, trio_phone, pair_phone]


def test_several_signals_raise_the_confidence(owner):
    a = person("علی", "کریمی", city="تهران", phones=["09121111111"], emails=["a@x.com"])
    b = person("علی", "کریمی", city="تهران", phones=["09121111111"], emails=["a@x.com"])
    [group] = find_duplicates()
    assert group.ids == (a, b)
    assert group.confidence == 100  # email 85 + phone + name
    assert kinds(group) == {"name", "phone", "email"}


def test_progress_and_cancel(owner):
    person("Ali", "One", phones=["09121111111"])
    person("Ali", "Two", phones=["09121111111"])
    seen = []
    find_duplicates(progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        find_duplicates(cancel=token)


# --- companies -----------------------------------------------------------------------------------


def test_companies_by_national_id_phone_and_name(owner):
    nid = company_national_id("1010101010")
    a = company("پخش البرز", national_id=nid)
    b = company("Alborz Distribution", national_id=nid)
    c = company("فولاد", phones=["021 8888 1234"])
    d = company("Foolad Co", phones=["02188881234"])
    e = company("بیمه پارسیان", city="تهران")
    f = company("بيمه پارسيان", city="تهران")
    company("بیمه پارسیان", city="تبریز")

    found = find_duplicates("organization")
    assert [(g.ids, g.confidence) for g in found] == [((a, b), 95), ((c, d), 65), ((e, f), 60)]
    assert find_duplicates("contact") == []
    with pytest.raises(ValueError):
        find_duplicates("deal")


# --- the create form -----------------------------------------------------------------------------


def test_possible_duplicates_of_a_new_person(owner):
    org = company("پخش البرز")
    by_phone = person("Sara", "Noori", phones=["0912 345 6789"])
    by_name = person("رضا", "محمودی", org=org)
    person("رضا", "محمودی", city="تبریز")  # same name elsewhere: not shown
    code = national_code("001234567")
    by_code = person("Someone", "Else", code=code)

    found = duplicates.possible_duplicates_of(ContactInput(
        first_name="رضا", last_name="محمدی", organization_id=org, national_code=code,
        points=[PointInput("mobile", "+98 912 345 6789")]))
    assert [(cid, conf) for cid, conf, _ in found] == [(by_code, 95), (by_phone, 80), (by_name, 60)]
    assert found[1][2] == (Reason("phone", "+989123456789", 0, by_phone),)
    assert found[2][2][0].kind == "similar_name"
    assert duplicates.possible_duplicates_of(ContactInput(first_name="Nobody")) == []


def test_possible_duplicates_of_an_edited_person(owner):
    a = person("علی", "کریمی", city="تهران", emails=["a@x.com"])
    b = person("کریمی", "علی", city="تهران")
    data = contacts.contact_input(contacts.get_contact(a))
    found = duplicates.possible_duplicates_of(data, exclude_id=a)
    assert [(cid, conf) for cid, conf, _ in found] == [(b, duplicate_rules.SIMILAR_CITY)]
    assert found[0][2][0].a_id == a

    merge.mark_not_duplicates("contact", [a, b])
    assert duplicates.possible_duplicates_of(data, exclude_id=a) == []


def test_possible_duplicate_organizations(owner):
    nid = company_national_id("1010101010")
    a = company("پخش البرز", city="کرج", national_id=nid)
    b = company("پخش البرز", city="کرج", emails=["info@alborz.ir"])
    found = duplicates.possible_duplicate_organizations(OrganizationInput(
        name="پخش  البرز", city="کرج", national_id=nid, points=[PointInput("email", "INFO@alborz.ir")]))
    assert [(oid, conf) for oid, conf, _ in found] == [(a, 100), (b, 95)]
    assert duplicates.possible_duplicate_organizations(OrganizationInput(name="پخش البرز"), exclude_id=a) == []


# --- rules ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("رضا محمدی", "رضا محمودی", True),  # inserted letter
    ("علی کریمی", "علی کریمن", True),  # substituted letter
    ("علی کریمی", "علی کرمیی", True),  # swapped neighbours
    ("john smith", "john smiht", True),
    ("علی احمدی", "علی محمدی", False),  # first letter of the word
    ("حسن کریمی", "حسین کریمی", False),  # a four-letter word
    ("علی کریمی", "علی رحیمی", False),  # two letters
    ("علی کریمی", "علی کریمی", False),  # identical is not a typo
    ("ab cd", "ab ce", False),  # too short
])
def test_one_typo(a, b, expected):
    assert duplicate_rules.one_typo(a, b) is expected
    assert duplicate_rules.one_typo(b, a) is expected
    if expected:  # two names one typo apart always share a blocking key
        assert duplicate_rules.deletion_keys(a) & duplicate_rules.deletion_keys(b)


def test_name_relation():
    assert duplicate_rules.name_relation("علی کریمی", "علی کریمی", "contact") == "name"
    assert duplicate_rules.name_relation("عبد الله کریمی", "عبدالله کریمی", "contact") == "similar_name"
    assert duplicate_rules.name_relation("کریمی", "کریمی", "contact") is None  # one word: no evidence
    assert duplicate_rules.name_relation("فولاد", "فولاد", "organization") == "name"
