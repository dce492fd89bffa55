"""What a spreadsheet column can become: the import fields of each target, their kinds, and the
header words (Persian, Arabic, English) that suggest them.

A field's ``kind`` picks its cell parser (``cells.py``) and how the writer stores it:
``text``, ``name`` (split a full name), ``point:<kind>`` (a phone, email, address ... — a column
may hold several, and several columns may feed one kind), ``date``, ``national_code``,
``company_id``, ``gender``, ``stage``, ``owner``, ``tags``, ``company`` (a person's company, by
name), ``notes``, ``code``, ``record_kind`` (a column saying person or company, as in a customers
export, so one sheet can hold both).

In a people import the company fields (industry, national ID, economic code) describe the
person's company: they are used when the row creates that company.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText

ENTITIES = ("contacts", "companies", "leads", "deals")
ENTITY_LABELS: dict[str, TranslatableText] = {
    "contacts": QT_TRANSLATE_NOOP("Import", "People"),
    "companies": QT_TRANSLATE_NOOP("Import", "Companies"),
    "leads": QT_TRANSLATE_NOOP("Import", "Leads"),
    "deals": QT_TRANSLATE_NOOP("Import", "Deals"),
}


@dataclass(frozen=True)
class ImportField:
    key: str
    label: TranslatableText
    kind: str
    entities: tuple[str, ...]
    synonyms: tuple[str, ...] = ()

    @property
    def point_kind(self) -> str | None:
        return self.kind.removeprefix("point:") if self.kind.startswith("point:") else None

    @property
    def repeatable(self) -> bool:
        """Several columns may map to it (two mobile columns, address lines, tag columns)."""
        return self.point_kind is not None or self.kind in ("tags", "notes")


P, C, B = ("contacts",), ("companies",), ("contacts", "companies")
PL, BL = ("contacts", "leads"), ("contacts", "companies", "leads")  # ... and leads (a lead has one phone, one email)
L = ("leads",)
D = ("deals",)  # a deal row names its customer (found by phone, email or name, else added) and its stage
PLD, BLD = (*PL, "deals"), (*BL, "deals")

FIELDS: tuple[ImportField, ...] = (
    ImportField("full_name", QT_TRANSLATE_NOOP("Import", "Full name (split into first and last)"), "name", PLD, (
        "نام و نام خانوادگی", "نام کامل", "نام مشتری", "مشتری", "نام شخص", "نام طرف حساب", "طرف حساب",
        "الاسم الكامل", "الاسم", "اسم العميل", "العميل", "full name", "fullname", "customer", "customer name",
        "contact", "contact name", "name", "person")),
    ImportField("record_kind", QT_TRANSLATE_NOOP("Import", "Person or company"), "record_kind", P, (
        "نوع", "نوع رکورد", "نوع مشتری حقیقی حقوقی", "حقیقی حقوقی", "شخص شرکت", "النوع", "kind", "type",
        "record type", "is a company", "is company", "contact type")),
    ImportField("first_name", QT_TRANSLATE_NOOP("Import", "First name"), "text", PLD, (
        "نام", "اسم کوچک", "الاسم الأول", "الاسم الاول", "first name", "firstname", "given name", "forename")),
    ImportField("last_name", QT_TRANSLATE_NOOP("Import", "Last name"), "text", PLD, (
        "نام خانوادگی", "فامیل", "فامیلی", "نام فامیل", "اسم العائلة", "العائلة", "اللقب", "last name",
        "lastname", "surname", "family name")),
    ImportField("name", QT_TRANSLATE_NOOP("Import", "Company name"), "text", C, (
        "نام شرکت", "شرکت", "نام", "سازمان", "نام سازمان", "نام فروشگاه", "اسم الشركة", "الشركة", "الاسم",
        "اسم العميل", "العميل", "company", "company name", "name", "organization", "organisation", "account",
        "account name", "customer", "customer name", "business")),
    ImportField("company", QT_TRANSLATE_NOOP("Import", "Company"), "company", PLD, (
        "شرکت", "نام شرکت", "سازمان", "محل کار", "الشركة", "اسم الشركة", "المؤسسة", "company", "company name",
        "organization", "organisation", "employer", "account", "related company")),
    ImportField("job_title", QT_TRANSLATE_NOOP("Import", "Job title"), "text", P, (
        "سمت", "عنوان شغلی", "شغل", "پست", "المسمى الوظيفي", "الوظيفة", "job title", "title", "position",
        "role", "job")),
    ImportField("mobile", QT_TRANSLATE_NOOP("Import", "Mobile"), "point:mobile", BLD, (
        "موبایل", "تلفن همراه", "همراه", "شماره همراه", "شماره موبایل", "شماره تماس", "تلفن تماس",
        "جوال", "رقم الجوال", "الجوال", "الهاتف المحمول", "موبايل", "mobile", "cell", "cell phone",
        "mobile phone", "mobile number", "cellphone", "phone number mobile")),
    ImportField("phone", QT_TRANSLATE_NOOP("Import", "Phone"), "point:phone", BLD, (
        "تلفن", "شماره تلفن", "تلفن ثابت", "تلفن محل کار", "تلفن منزل", "هاتف", "الهاتف", "رقم الهاتف",
        "phone", "telephone", "tel", "phone number", "landline", "work phone", "home phone", "office phone")),
    ImportField("fax", QT_TRANSLATE_NOOP("Import", "Fax"), "point:fax", B, ("فکس", "دورنگار", "فاكس", "fax")),
    ImportField("email", QT_TRANSLATE_NOOP("Import", "Email"), "point:email", BLD, (
        "ایمیل", "پست الکترونیک", "پست الکترونیکی", "رایانامه", "آدرس ایمیل", "البريد الإلكتروني",
        "البريد الالكتروني", "الايميل", "البريد", "email", "e-mail", "mail", "email address")),
    ImportField("address", QT_TRANSLATE_NOOP("Import", "Address"), "point:address", B, (
        "آدرس", "نشانی", "آدرس محل کار", "آدرس منزل", "العنوان", "address", "street", "street address",
        "address line", "street2")),
    ImportField("website", QT_TRANSLATE_NOOP("Import", "Website"), "point:website", B, (
        "وبسایت", "وب سایت", "سایت", "الموقع الإلكتروني", "website", "web site", "web", "url", "site",
        "homepage")),
    ImportField("telegram", QT_TRANSLATE_NOOP("Import", "Telegram"), "point:telegram", B, ("تلگرام", "telegram")),
    ImportField("whatsapp", QT_TRANSLATE_NOOP("Import", "WhatsApp"), "point:whatsapp", B, (
        "واتساپ", "واتس اپ", "واتساب", "whatsapp")),
    ImportField("instagram", QT_TRANSLATE_NOOP("Import", "Instagram"), "point:instagram", B, (
        "اینستاگرام", "اینستا", "انستغرام", "instagram")),
    ImportField("linkedin", QT_TRANSLATE_NOOP("Import", "LinkedIn"), "point:linkedin", B, (
        "لینکدین", "linkedin", "linkedin url")),
    ImportField("gender", QT_TRANSLATE_NOOP("Import", "Gender"), "gender", P, (
        "جنسیت", "جنس", "الجنس", "gender", "sex")),
    ImportField("national_code", QT_TRANSLATE_NOOP("Import", "National code"), "national_code", P, (
        "کد ملی", "شماره ملی", "کدملی", "الرقم الوطني", "رقم الهوية", "الهوية", "السجل المدني",
        "national code", "national id", "id number", "melli code")),
    ImportField("birth_date", QT_TRANSLATE_NOOP("Import", "Birth date"), "date", P, (
        "تاریخ تولد", "تولد", "تاريخ الميلاد", "birth date", "birthday", "date of birth", "dob", "birthdate")),
    ImportField("industry", QT_TRANSLATE_NOOP("Import", "Industry"), "text", BL, (
        "صنعت", "زمینه فعالیت", "حوزه فعالیت", "نوع فعالیت", "القطاع", "النشاط", "industry", "sector")),
    ImportField("national_id", QT_TRANSLATE_NOOP("Import", "Company national ID"), "company_id", B, (
        "شناسه ملی", "شناسه ملی شرکت", "الرقم الوطني للمنشأة", "national id", "company id",
        "registration number")),
    ImportField("economic_code", QT_TRANSLATE_NOOP("Import", "Economic code"), "text", B, (
        "کد اقتصادی", "الرقم الضريبي", "economic code", "tax id", "vat", "vat number")),
    ImportField("city", QT_TRANSLATE_NOOP("Import", "City"), "text", BL, (
        "شهر", "المدينة", "city", "town")),
    ImportField("province", QT_TRANSLATE_NOOP("Import", "Province"), "text", B, (
        "استان", "المنطقة", "المحافظة", "province", "state", "region")),
    ImportField("source", QT_TRANSLATE_NOOP("Import", "Source"), "text", PLD, (
        "منبع", "منبع آشنایی", "نحوه آشنایی", "روش آشنایی", "کانال", "المصدر", "source", "lead source",
        "channel", "referral")),
    ImportField("lifecycle_stage", QT_TRANSLATE_NOOP("Import", "Stage"), "stage", P, (
        "مرحله", "وضعیت", "وضعیت مشتری", "نوع مشتری", "الحالة", "stage", "status", "lifecycle stage")),
    ImportField("owner", QT_TRANSLATE_NOOP("Import", "Owner"), "owner", BLD, (
        "مسئول", "مسؤول", "کارشناس", "کارشناس فروش", "فروشنده", "بازاریاب", "المندوب", "المسؤول",
        "owner", "assigned to", "sales rep", "salesperson", "account manager", "responsible")),
    ImportField("tags", QT_TRANSLATE_NOOP("Import", "Tags"), "tags", B, (
        "برچسب", "برچسب ها", "تگ", "گروه", "دسته", "دسته بندی", "الوسوم", "التصنيف", "tags", "tag",
        "labels", "category", "group", "segment")),
    ImportField("notes", QT_TRANSLATE_NOOP("Import", "Notes"), "notes", BLD, (
        "توضیحات", "یادداشت", "ملاحظات", "شرح", "الملاحظات", "ملاحظة", "notes", "note", "comments",
        "comment", "description", "remarks", "background")),
    ImportField("campaign", QT_TRANSLATE_NOOP("Import", "Campaign"), "text", L, (
        "کمپین", "کمپین تبلیغاتی", "تبلیغ", "حملة", "الحملة", "campaign", "ad campaign", "utm campaign")),
    ImportField("interest", QT_TRANSLATE_NOOP("Import", "Interested in"), "text", L, (
        "علاقه", "مورد علاقه", "محصول مورد علاقه", "محصول", "خدمت", "درخواست", "نیاز", "موضوع", "المنتج",
        "الاهتمام", "interest", "interested in", "product", "product of interest", "service", "request", "need")),
    ImportField("lead_status", QT_TRANSLATE_NOOP("Import", "Lead status"), "lead_status", L, (
        "وضعیت", "وضعیت سرنخ", "مرحله", "نتیجه", "الحالة", "status", "lead status", "stage")),
    ImportField("disqualify_reason", QT_TRANSLATE_NOOP("Import", "Why disqualified"), "text", L, (
        "دلیل", "علت", "دلیل رد", "علت رد", "دلیل عدم خرید", "السبب", "reason", "disqualify reason",
        "lost reason")),
    ImportField("lead_date", QT_TRANSLATE_NOOP("Import", "Date of first contact"), "date", L, (
        "تاریخ", "تاریخ تماس", "تاریخ مراجعه", "تاریخ ثبت", "تاریخ اولین تماس", "التاريخ", "date", "created",
        "date created", "contact date", "first contact")),
    ImportField("deal_title", QT_TRANSLATE_NOOP("Import", "Deal title"), "text", D, (
        "عنوان", "عنوان معامله", "معامله", "موضوع", "موضوع معامله", "فرصت", "فرصت فروش", "عنوان فرصت", "الصفقة",
        "عنوان الصفقة", "title", "deal", "deal name", "deal title", "opportunity", "subject")),
    ImportField("amount", QT_TRANSLATE_NOOP("Import", "Amount (Rial)"), "money_rial", D, (
        "مبلغ", "مبلغ معامله", "ارزش", "ارزش معامله", "مبلغ ریال", "مبلغ به ریال", "ریال", "المبلغ", "القيمة",
        "amount", "value", "deal value", "amount rial", "amount irr", "revenue")),
    ImportField("amount_toman", QT_TRANSLATE_NOOP("Import", "Amount (Toman)"), "money_toman", D, (
        "مبلغ تومان", "مبلغ به تومان", "تومان", "ارزش تومان", "amount toman", "amount irt")),
    ImportField("deal_stage", QT_TRANSLATE_NOOP("Import", "Deal stage"), "deal_stage", D, (
        "مرحله", "مرحله فروش", "مرحله معامله", "وضعیت", "وضعیت معامله", "نتیجه", "المرحلة", "stage", "status",
        "deal stage", "pipeline stage")),
    ImportField("expected_close", QT_TRANSLATE_NOOP("Import", "Expected close"), "date", D, (
        "تاریخ بستن", "تاریخ پیش بینی", "تاریخ احتمالی", "تاریخ پیش بینی بستن", "موعد", "expected close",
        "close date", "expected close date", "expected closing")),
    ImportField("closed_on", QT_TRANSLATE_NOOP("Import", "Closed on"), "date", D, (
        "تاریخ بسته شدن", "تاریخ قرارداد", "تاریخ نتیجه", "تاریخ فروش", "closed on", "closed date", "date closed",
        "won date", "close")),
    ImportField("deal_date", QT_TRANSLATE_NOOP("Import", "Opened on"), "date", D, (
        "تاریخ", "تاریخ ایجاد", "تاریخ ثبت", "تاریخ شروع", "التاريخ", "date", "created", "created on", "opened")),
    ImportField("lost_reason", QT_TRANSLATE_NOOP("Import", "Lost reason"), "text", D, (
        "دلیل", "دلیل شکست", "علت", "علت شکست", "دلیل از دست رفتن", "السبب", "lost reason", "reason",
        "loss reason")),
    ImportField("products", QT_TRANSLATE_NOOP("Import", "Products"), "text", D, (
        "محصول", "محصولات", "کالا", "خدمات", "اقلام", "المنتج", "المنتجات", "products", "product", "items",
        "services")),
    ImportField("probability", QT_TRANSLATE_NOOP("Import", "Probability %"), "percent", D, (
        "احتمال", "درصد احتمال", "احتمال موفقیت", "احتمال فروش", "الاحتمال", "probability", "win probability",
        "chance")),
    ImportField("code", QT_TRANSLATE_NOOP("Import", "Customer code"), "code", B, (
        "کد", "کد مشتری", "شماره مشتری", "کد اشتراک", "شماره پرونده", "رقم العميل", "كود العميل", "رقم العضوية",
        "code", "customer code", "customer id", "customer number", "client id", "id", "external id",
        "member id", "reference", "ref")),
)

BY_KEY: dict[str, ImportField] = {f.key: f for f in FIELDS}
MATCH_KEYS = ("phone", "email", "national_code", "code")  # what rows can be matched to records on
MATCH_LABELS: dict[str, TranslatableText] = {
    "phone": QT_TRANSLATE_NOOP("Import", "Phone or mobile"),
    "email": QT_TRANSLATE_NOOP("Import", "Email"),
    "national_code": QT_TRANSLATE_NOOP("Import", "National code / ID"),
    "code": QT_TRANSLATE_NOOP("Import", "Customer code"),
}


def fields_for(entity: str) -> list[ImportField]:
    return [f for f in FIELDS if entity in f.entities]


def field(key: str) -> ImportField:
    return BY_KEY[key]
