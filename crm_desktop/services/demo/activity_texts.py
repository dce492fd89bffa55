"""Words the activities' demo data draws from: what a small office's staff say on the phone, write in
SMS and emails, note after a meeting and put on their to-do lists; in Persian and in English.
Written for this project; no real customer records.

A :class:`Topic` is a subject with the notes that can go with it (any of them fits the subject).
Placeholders: ``{product}``, ``{number}`` (a case number), ``{title}`` (a deal's title).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    subject: str
    bodies: tuple[str, ...] = ("",)


@dataclass(frozen=True)
class Words:
    calls_out: tuple[Topic, ...]  # outgoing calls that got through
    calls_in: tuple[Topic, ...]  # incoming calls
    missed: dict[str, tuple[str, ...]]  # outcome -> notes of an outgoing call that did not get through
    meetings: tuple[Topic, ...]  # body: the minutes
    places: tuple[str, ...]
    sms_out: tuple[Topic, ...]  # body: the message
    sms_in: tuple[Topic, ...]
    emails_out: tuple[Topic, ...]
    emails_in: tuple[Topic, ...]
    notes: tuple[Topic, ...]
    tasks: tuple[Topic, ...]  # office work done for a customer
    planned_calls: tuple[str, ...]  # what is still to do (subjects)
    planned_meetings: tuple[str, ...]
    planned_tasks: tuple[str, ...]
    planned_emails: tuple[str, ...]
    planned_sms: tuple[str, ...]
    day_tasks: tuple[str, ...]  # all-day jobs of the office (no customer)
    deal_stages: tuple[Topic, ...]  # what moves a deal out of each open stage (by position)
    deal_won: tuple[Topic, ...]
    deal_lost: tuple[Topic, ...]
    case_calls: tuple[Topic, ...]  # a call to the customer about a case
    case_follow_ups: tuple[str, ...]
    team_meeting: str
    team_place: str
    team_minutes: tuple[str, ...]
    invoices: str  # the monthly invoicing reminder (repeats on the last days of the month)
    invoice_notes: tuple[str, ...]
    key_account: str  # a fortnightly call to a key company
    key_account_notes: tuple[str, ...]
    next_steps: dict[str, str]  # the funnel demo's next steps (Persian) in this language


FA = Words(
    calls_out=(
        Topic("پیگیری پیش\u200cفاکتور {product}", (
            "پیش\u200cفاکتور را دیده\u200cاند؛ گفتند تا آخر هفته با مدیرشان هماهنگ می\u200cکنند و خبر می\u200cدهند.",
            "مبلغ را کمی بالا می\u200cدانست. گفتم برای خرید نقدی پنج درصد تخفیف داریم؛ قرار شد فکر کند.",
            "پیش\u200cفاکتور به دستشان نرسیده بود؛ دوباره در واتس\u200cاپ فرستادم و رسیدش را تأیید کرد.")),
        Topic("هماهنگی زمان تحویل {product}", (
            "برای سه\u200cشنبه صبح هماهنگ شد. آدرس انبار جدیدشان را گرفتم و در پرونده ثبت کردم.",
            "خواست تحویل بعد از ساعت ۱۴ باشد چون صبح\u200cها کسی در محل نیست.")),
        Topic("پیگیری رضایت از {product}", (
            "از کیفیت راضی بود. فقط دفترچه راهنمای فارسی می\u200cخواست؛ فایلش را ایمیل کردم.",
            "گفت همه\u200cچیز خوب است و احتمالاً برای شعبه دوم هم سفارش می\u200cدهند.",
            "از صدای دستگاه کمی گله داشت؛ قرار شد کارشناس فنی هفته بعد سر بزند.")),
        Topic("هماهنگی نصب و راه\u200cاندازی {product}", (
            "نصب برای شنبه ساعت ۱۰ هماهنگ شد. برق و لوله\u200cکشی محل آماده است.",
            "گفتند هنوز کار بنایی تمام نشده؛ دو هفته دیگر دوباره تماس می\u200cگیریم.")),
        Topic("یادآوری سررسید چک", (
            "چک ۱۵ام سررسید دارد؛ گفت موجودی حساب را تأمین کرده\u200cاند.",
            "خواهش کرد یک هفته تمدید شود؛ با مدیر مالی هماهنگ و موافقت شد.")),
        Topic("تمدید قرارداد پشتیبانی سالانه", (
            "قرارداد فعلی ماه بعد تمام می\u200cشود. مایل به تمدید هستند ولی تخفیف وفاداری می\u200cخواهند.",
            "تمدید را تأیید کرد؛ پیش\u200cفاکتور امروز ارسال می\u200cشود.")),
        Topic("معرفی محصولات جدید", (
            "کاتالوگ جدید را معرفی کردم؛ به مدل\u200cهای کم\u200cمصرف علاقه داشت.",
            "فعلاً خرید ندارند ولی خواستند در جشنواره بعدی خبرشان کنیم.")),
        Topic("اطلاع از جشنواره فروش پاییزه", (
            "خیلی استقبال کرد؛ لیست قیمت جشنواره را خواست.",
            "گفت بودجه این فصل بسته شده؛ برای اول سال بعد یادداشت شد.")),
        Topic("استعلام موجودی {product} برای مشتری", (
            "خبر دادم از هفته بعد موجود می\u200cشود؛ خواست رزرو کنیم.",
            "موجودی داریم؛ قرار شد فردا بیعانه را واریز کنند.")),
    ),
    calls_in=(
        Topic("استعلام قیمت {product}", (
            "قیمت نقد و اقساط را پرسید. گفتم پیش\u200cفاکتور رسمی ایمیل می\u200cشود.",
            "برای ۱۰ دستگاه قیمت عمده خواست؛ به مدیر فروش ارجاع شد.",
            "قیمت را با فروشگاه دیگری مقایسه می\u200cکرد؛ تفاوت گارانتی را توضیح دادم.")),
        Topic("سؤال درباره گارانتی {product}", (
            "پرسید گارانتی شامل قطعات مصرفی هم می\u200cشود؛ توضیح دادم که نمی\u200cشود ولی قطعات را با تخفیف داریم.",
            "کارت گارانتی را گم کرده بود؛ با شماره سریال در سیستم پیدا شد.")),
        Topic("پیگیری وضعیت سفارش", (
            "سفارش از انبار خارج شده؛ کد رهگیری باربری را پیامک کردم.",
            "سفارش هنوز در صف ارسال است؛ قول دادم تا فردا ظهر خبر بدهم.")),
        Topic("درخواست بازدید کارشناس", (
            "برای بررسی محل نصب کارشناس خواست؛ برای دوشنبه هماهنگ شد.",
            "بازدید رایگان را توضیح دادم؛ آدرس و ساعت مناسب را گرفتم.")),
        Topic("سؤال درباره خرید اقساطی", (
            "شرایط اقساط شش و دوازده ماهه را توضیح دادم. مدارک لازم را پیامک کردم.",
            "پرسید با چک صیادی هم می\u200cشود؛ گفتم بله، با ضامن.")),
        Topic("درخواست پیش\u200cفاکتور {product}", (
            "پیش\u200cفاکتور با نام شرکت و کد اقتصادی خواستند؛ مشخصات را گرفتم.",
            "برای مناقصه داخلی سه پیش\u200cفاکتور مختلف لازم دارند.")),
        Topic("تماس مشتری برای تشکر", (
            "از سرعت نصب و برخورد همکارمان تشکر کرد.",
            "گفت یکی از دوستانش هم می\u200cخواهد خرید کند؛ شماره\u200cاش را داد.")),
    ),
    missed={
        "no_answer": ("پاسخ نداد؛ پیامک گذاشتم که در صورت امکان تماس بگیرد.", "جواب نداد؛ عصر دوباره تماس می\u200cگیرم.", "دو بار زنگ خورد و قطع شد."),
        "busy": ("مشغول بود؛ یک ساعت دیگر دوباره تماس می\u200cگیرم.", "خط اشغال بود."),
        "left_message": ("منشی گفت در جلسه است؛ پیغام گذاشتم که تماس بگیرد.",
                         "پیام صوتی گذاشتم و موضوع را کوتاه گفتم."),
        "wrong_number": ("شماره اشتباه است؛ باید شماره درست را از همکارش بگیرم.",
                         "شماره به شخص دیگری تعلق دارد؛ در پرونده علامت زدم."),
    },
    meetings=(
        Topic("جلسه معرفی {product}", (
            "- نیاز مشتری: جایگزینی دستگاه\u200cهای قدیمی در دو طبقه\n- بودجه تقریبی تأیید شد\n"
            "- اقدام بعدی: ارسال پیش\u200cفاکتور تا پنجشنبه",
            "- مدل\u200cهای پیشنهادی را دیدند و مدل میانی را پسندیدند\n- زمان تحویل مهم است؛ حداکثر دو هفته\n"
            "- اقدام بعدی: استعلام موجودی از انبار")),
        Topic("بازدید از محل نصب {product}", (
            "- فضای نصب کافی است؛ فقط پریز ارت\u200cدار لازم دارد\n- مشتری نگران صدای دستگاه بود؛ مدل کم\u200cصدا پیشنهاد شد\n"
            "- اقدام بعدی: هماهنگی تیم نصب",
            "- محل بازدید شد و عکس\u200cها گرفته شد\n- لوله\u200cکشی باید دو متر جابه\u200cجا شود\n- هزینه اضافه به مشتری اعلام شد")),
        Topic("جلسه مذاکره قرارداد", (
            "- درباره شرایط پرداخت توافق شد: ۳۰٪ پیش\u200cپرداخت، بقیه در سه قسط\n- گارانتی به ۱۸ ماه افزایش یافت\n"
            "- اقدام بعدی: ارسال متن نهایی قرارداد",
            "- مشتری ۱۰٪ تخفیف می\u200cخواست؛ ۶٪ پذیرفته شد\n- مدیرعامل باید امضا کند؛ هفته بعد\n"
            "- اقدام بعدی: پیگیری امضا")),
        Topic("دمو نرم\u200cافزار حسابداری", (
            "- ماژول انبار و حقوق و دستمزد را نشان دادیم\n- سؤال درباره انتقال اطلاعات از نرم\u200cافزار قبلی\n"
            "- اقدام بعدی: ارسال نسخه آزمایشی ۳۰ روزه",)),
        Topic("بازدید مشتری از دفتر و نمایشگاه", (
            "- نمونه\u200cها را از نزدیک دید\n- خرید را به بعد از عید موکول کرد\n- کاتالوگ و کارت ویزیت تحویل شد",
            "- با مدیر فنی آمده بودند\n- دو مدل را برای مقایسه انتخاب کردند\n- اقدام بعدی: ارسال جدول مقایسه")),
        Topic("جلسه بررسی رضایت سالانه", (
            "- از خدمات پشتیبانی راضی بودند\n- دو مورد تأخیر در پاسخ را یادآوری کردند\n"
            "- اقدام بعدی: معرفی کارشناس ثابت برای این مشتری",)),
    ),
    places=("دفتر مرکزی، اتاق جلسات", "دفتر مشتری", "محل پروژه", "تماس تصویری (گوگل میت)",
            "نمایشگاه فروش، طبقه همکف", "کافه نزدیک دفتر مشتری"),
    sms_out=(
        Topic("ارسال شماره حساب", ("با سلام، شماره کارت جهت واریز بیعانه: ۶۰۳۷-۹۹۷۵-۱۲۳۴-۵۶۷۸ به نام شرکت. "
                                     "لطفاً رسید را ارسال فرمایید.",)),
        Topic("یادآوری قرار ملاقات", ("یادآوری: جلسه فردا ساعت ۱۰ در دفتر ما. در صورت تغییر برنامه خبر دهید. "
                                      "با احترام",)),
        Topic("اطلاع\u200cرسانی ارسال سفارش", ("سفارش شما امروز ارسال شد. کد رهگیری: ۴۸۲۷۱۹۳. "
                                             "از اعتماد شما سپاسگزاریم.",)),
        Topic("تبریک تولد", ("زادروزتان خجسته باد! به همین مناسبت ۱۰٪ تخفیف ویژه تا پایان ماه برای شماست.",)),
        Topic("ارسال کد تخفیف جشنواره", ("مشتری گرامی، کد تخفیف جشنواره پاییزه شما: PAEEZ۱۴. "
                                          "اعتبار تا پایان آبان.",)),
    ),
    sms_in=(
        Topic("پیامک مشتری: رسید واریز", ("سلام، مبلغ بیعانه واریز شد. تصویر رسید را در واتس\u200cاپ فرستادم.",)),
        Topic("پیامک مشتری: تغییر زمان", ("سلام، امکانش هست نصب را به پنجشنبه منتقل کنید؟",)),
        Topic("پیامک مشتری: درخواست تماس", ("لطفاً با من تماس بگیرید، درباره سفارش سؤال دارم.",)),
    ),
    emails_out=(
        Topic("ارسال پیش\u200cفاکتور {product}", (
            "با سلام و احترام،\nپیش\u200cفاکتور درخواستی به پیوست تقدیم می\u200cشود. اعتبار قیمت\u200cها تا یک هفته است.\n"
            "با تشکر",)),
        Topic("ارسال کاتالوگ محصولات", (
            "با سلام،\nکاتالوگ به\u200cروز محصولات و لیست قیمت پیوست است. برای هر سؤالی در خدمتیم.",)),
        Topic("متن نهایی قرارداد", (
            "با سلام،\nمتن نهایی قرارداد با اصلاحات جلسه اخیر پیوست است. لطفاً پس از امضا اسکن آن را ارسال "
            "فرمایید.",)),
        Topic("پاسخ به درخواست مشخصات فنی {product}", (
            "با سلام،\nمشخصات فنی و برگه گارانتی {product} پیوست است.",)),
    ),
    emails_in=(
        Topic("درخواست پیش\u200cفاکتور رسمی", (
            "لطفاً برای ۵ عدد {product} پیش\u200cفاکتور رسمی با کد اقتصادی شرکت ارسال کنید.",)),
        Topic("سؤال درباره زمان تحویل", ("سلام، سفارش ما کی تحویل می\u200cشود؟ برای برنامه\u200cریزی پروژه لازم داریم.",)),
        Topic("ارسال مدارک خرید اقساطی", ("مدارک درخواستی (کارت ملی، فیش حقوقی) پیوست است.",)),
    ),
    notes=(
        Topic("ترجیح تماس در عصرها", ("گفت صبح\u200cها سر کار است و تلفن را جواب نمی\u200cدهد؛ بعد از ساعت ۱۶ تماس بگیرید.",)),
        Topic("تصمیم\u200cگیرنده اصلی", ("تصمیم خرید با مدیرعامل است، نه مدیر خرید. جلسه بعدی با حضور او باشد.",)),
        Topic("بودجه سال آینده", ("بودجه خرید تجهیزات را برای سه ماه اول سال بعد گذاشته\u200cاند.",)),
        Topic("رقیب", ("از شرکت دیگری هم قیمت گرفته\u200cاند؛ قیمت ما ۸٪ بالاتر است ولی گارانتی بهتری داریم.",)),
        Topic("مشتری خوش\u200cحساب", ("همه چک\u200cها را سر وقت پاس کرده؛ برای خرید بعدی امکان اقساط بدون ضامن دارد.",)),
    ),
    tasks=(
        Topic("آماده کردن پیش\u200cفاکتور {product}", ("پیش\u200cفاکتور آماده و برای تأیید مدیر فروش فرستاده شد.",)),
        Topic("ثبت سفارش {product} در انبار", ("سفارش ثبت شد؛ انبار زمان ارسال را دو روز کاری اعلام کرد.",)),
        Topic("ارسال نمونه برای مشتری", ("نمونه با پست پیشتاز ارسال شد.",)),
        Topic("به\u200cروزرسانی اطلاعات تماس مشتری", ("شماره همراه و آدرس جدید ثبت شد.",)),
    ),
    planned_calls=("تماس پیگیری پیش\u200cفاکتور {product}", "تماس برای هماهنگی نصب {product}",
                   "یادآوری پرداخت قسط", "پیگیری رضایت از خرید {product}", "تماس برای تمدید قرارداد",
                   "پیگیری تصمیم خرید", "استعلام نظر درباره نمونه ارسالی"),
    planned_meetings=("جلسه با مدیر خرید", "دمو {product} در دفتر مشتری", "جلسه مذاکره قیمت",
                      "بازدید از محل نصب"),
    planned_tasks=("ارسال پیش\u200cفاکتور {product}", "آماده کردن قرارداد", "ارسال کاتالوگ به\u200cروز",
                   "هماهنگی ارسال {product} با انبار", "صدور فاکتور رسمی"),
    planned_emails=("ارسال لیست قیمت جدید", "ایمیل پیگیری پیش\u200cفاکتور {product}", "ارسال مشخصات فنی {product}"),
    planned_sms=("پیامک یادآوری جلسه فردا", "پیامک اطلاع از رسیدن سفارش", "ارسال شماره حساب برای بیعانه"),
    day_tasks=("تهیه گزارش فروش هفته", "پیگیری چک\u200cهای برگشتی", "به\u200cروزرسانی لیست قیمت",
               "ارسال فاکتورهای معوق"),
    deal_stages=(
        Topic("تماس اولیه و نیازسنجی", ("نیاز را پرسیدم: {title}. بودجه و زمان خرید مشخص شد.",
                                        "مشتری علاقه\u200cمند است؛ برای جلسه معرفی وقت گرفتم.")),
        Topic("جلسه بررسی نیاز و معرفی محصول", ("- نیاز دقیق: {title}\n- تصمیم\u200cگیرنده: مدیر خرید\n"
                                                "- اقدام بعدی: ارسال پیش\u200cفاکتور",)),
        Topic("ارسال پیش\u200cفاکتور", ("پیش\u200cفاکتور «{title}» ارسال شد؛ اعتبار یک هفته.",)),
        Topic("مذاکره نهایی قیمت و شرایط پرداخت", ("روی تخفیف و شرایط پرداخت به توافق رسیدیم.",
                                                   "خواستند پیش\u200cپرداخت کمتر باشد؛ ۲۰٪ پذیرفته شد.")),
    ),
    deal_won=(Topic("ارسال قرارداد و صدور فاکتور", ("قرارداد «{title}» امضا شد و فاکتور صادر گردید.",)),
              Topic("تماس تشکر پس از خرید", ("از خرید تشکر کردم و زمان تحویل را هماهنگ کردیم.",))),
    deal_lost=(Topic("آخرین پیگیری", ("گفتند فعلاً خرید نمی\u200cکنند.", "از رقیب خرید کرده\u200cاند.",
                                       "بودجه پروژه حذف شده است.")),),
    case_calls=(
        Topic("تماس با مشتری درباره پرونده {number}", (
            "شرح مشکل را دوباره پرسیدم و گفتم همکار فنی پیگیری می\u200cکند.",
            "مشتری را از روند رسیدگی مطلع کردم؛ راضی بود.",
            "مشتری ناراحت بود؛ عذرخواهی کردم و قول دادم تا فردا نتیجه را اعلام کنم.")),
        Topic("پیگیری نتیجه پرونده {number}", (
            "پرسیدم مشکل حل شده یا نه؛ گفت همه\u200cچیز درست است.",
            "هنوز مشکل کوچکی باقی است؛ کارشناس دوباره تماس می\u200cگیرد.")),
    ),
    case_follow_ups=("پیگیری پرونده {number}", "تماس با مشتری پرونده {number}", "ارسال نتیجه بررسی پرونده {number}"),
    team_meeting="جلسه هفتگی تیم فروش",
    team_place="دفتر مرکزی، اتاق جلسات",
    team_minutes=(
        "- مرور فروش هفته گذشته\n- پیش\u200cفاکتورهای باز و پیگیری\u200cها\n- تقسیم سرنخ\u200cهای جدید",
        "- عقب\u200cماندگی از هدف ماه بررسی شد\n- تصمیم: تماس با مشتریان قدیمی برای جشنواره",
        "- گزارش پرونده\u200cهای شکایت باز\n- هماهنگی مرخصی همکاران\n- برنامه نمایشگاه",
        "- معرفی محصول جدید به تیم\n- قیمت\u200cهای جدید از شنبه اعمال می\u200cشود"),
    invoices="یادآوری صدور و ارسال فاکتورهای ماهانه",
    invoice_notes=("فاکتورهای این ماه صادر و برای مشتریان قراردادی ایمیل شد.",
                   "همه فاکتورها ارسال شد؛ دو مشتری هنوز تسویه نکرده\u200cاند.", ""),
    key_account="تماس دوره\u200cای با مشتری کلیدی",
    key_account_notes=("همه\u200cچیز روبه\u200cراه است؛ سفارش ماه بعد را تأیید کردند.",
                       "درباره افزایش قیمت\u200cها صحبت شد؛ نگران بودند.",
                       "درخواست بازدید فنی برای دو دستگاه داشتند."),
    next_steps={},
)

EN = Words(
    calls_out=(
        Topic("Follow up the {product} quote", (
            "They have seen the quote; they will check with their manager and answer by Friday.",
            "Found the price a bit high. Offered 5% off for cash payment; they will think about it.",
            "The quote had not reached them; sent it again on WhatsApp and they confirmed it.")),
        Topic("Agree the {product} delivery time", (
            "Agreed on Tuesday morning. Took the address of their new warehouse.",
            "They want it delivered after 2 pm; nobody is on site in the mornings.")),
        Topic("Check they are happy with the {product}", (
            "Happy with it. Only wanted the manual in Persian; emailed the file.",
            "All good; they will probably order for their second branch too.",
            "Complained a little about the noise; a technician will visit next week.")),
        Topic("Arrange the {product} installation", (
            "Installation booked for Saturday at 10. Power and plumbing are ready.",
            "The building work is not finished; call again in two weeks.")),
        Topic("Cheque due reminder", (
            "The cheque is due on the 15th; they confirmed the funds are there.",
            "Asked for one more week; agreed with the finance manager.")),
        Topic("Renew the annual support contract", (
            "The contract ends next month. They want to renew but ask for a loyalty discount.",
            "Renewal confirmed; the quote goes out today.")),
        Topic("Introduce the new products", (
            "Walked them through the new catalogue; interested in the low-energy models.",
            "No purchase for now; asked to hear about the next sale.")),
        Topic("Tell them about the autumn sale", (
            "Very interested; asked for the sale price list.",
            "This season's budget is spent; noted for early next year.")),
    ),
    calls_in=(
        Topic("Price enquiry for the {product}", (
            "Asked for cash and instalment prices. Said a formal quote will be emailed.",
            "Wanted a bulk price for 10 units; passed to the sales manager.")),
        Topic("Question about the {product} warranty", (
            "Asked whether consumables are covered; they are not, but we sell them at a discount.",
            "Had lost the warranty card; found it in the system by the serial number.")),
        Topic("Where is my order?", (
            "The order has left the warehouse; texted the carrier's tracking code.",
            "Still waiting to be shipped; promised news by noon tomorrow.")),
        Topic("Asks for a technician's visit", (
            "Wants the installation site checked; booked for Monday.",)),
        Topic("Question about paying in instalments", (
            "Explained the 6 and 12 month plans and texted the documents needed.",)),
        Topic("Called to say thank you", (
            "Thanked us for the quick installation; gave the number of a friend who wants to buy.",)),
    ),
    missed={
        "no_answer": ("No answer; left an SMS asking them to call back.", "No answer; will try again this afternoon."),
        "busy": ("Line busy; will try again in an hour.",),
        "left_message": ("The secretary said they were in a meeting; left a message.",
                         "Left a voicemail with the gist."),
        "wrong_number": ("Wrong number; need to get the right one from their colleague.",),
    },
    meetings=(
        Topic("{product} presentation", (
            "- Need: replace the old units on two floors\n- Budget roughly confirmed\n- Next: send the quote by Thursday",
            "- Liked the mid-range model\n- Delivery time matters: two weeks at most\n- Next: check stock")),
        Topic("Site visit for the {product}", (
            "- Enough room; needs an earthed socket\n- Worried about noise; suggested the quiet model\n"
            "- Next: book the installation team",)),
        Topic("Contract negotiation", (
            "- Payment: 30% up front, the rest in three instalments\n- Warranty extended to 18 months\n"
            "- Next: send the final contract",)),
        Topic("Accounting software demo", (
            "- Showed the inventory and payroll modules\n- Asked about moving data from their old software\n"
            "- Next: send a 30-day trial",)),
        Topic("Annual review meeting", (
            "- Happy with support\n- Mentioned two slow answers\n- Next: name one contact person for them",)),
    ),
    places=("Head office, meeting room", "Customer's office", "Project site", "Video call (Google Meet)",
            "Showroom, ground floor"),
    sms_out=(
        Topic("Bank details sent", ("Hello, our account number for the deposit is 6037-9975-1234-5678. "
                                    "Please send us the receipt.",)),
        Topic("Meeting reminder", ("Reminder: our meeting tomorrow at 10 at our office. Let us know if plans change.",)),
        Topic("Order shipped", ("Your order was shipped today. Tracking code: 4827193. Thank you!",)),
        Topic("Birthday wishes", ("Happy birthday! Enjoy 10% off until the end of the month.",)),
    ),
    sms_in=(
        Topic("SMS from the customer: payment made", ("Hi, the deposit is paid. I sent the receipt on WhatsApp.",)),
        Topic("SMS from the customer: new time", ("Hi, could the installation move to Thursday?",)),
    ),
    emails_out=(
        Topic("Quote for the {product}", ("Dear customer,\nPlease find our quote attached; prices hold for one week.",)),
        Topic("Product catalogue", ("Hello,\nOur updated catalogue and price list are attached.",)),
        Topic("Final contract", ("Hello,\nThe final contract with the changes from our meeting is attached.",)),
    ),
    emails_in=(
        Topic("Request for a formal quote", ("Please send a formal quote for 5 units of the {product}.",)),
        Topic("Question about delivery", ("Hi, when will our order be delivered? We need it for planning.",)),
    ),
    notes=(
        Topic("Prefers calls in the afternoon", ("Works in the mornings; call after 4 pm.",)),
        Topic("Who decides", ("The CEO decides purchases, not the buyer. Invite him to the next meeting.",)),
        Topic("Next year's budget", ("Their equipment budget is planned for the first quarter of next year.",)),
        Topic("Competitor", ("They have another quote; ours is 8% higher but our warranty is better.",)),
    ),
    tasks=(
        Topic("Prepare the {product} quote", ("Quote ready and sent to the sales manager for approval.",)),
        Topic("Place the {product} order with the warehouse", ("Ordered; the warehouse ships in two working days.",)),
        Topic("Send a sample to the customer", ("Sample sent by express post.",)),
    ),
    planned_calls=("Follow up the {product} quote", "Call to arrange the {product} installation",
                   "Instalment payment reminder", "Check they are happy with the {product}", "Call about renewal",
                   "Follow up their buying decision"),
    planned_meetings=("Meeting with the buyer", "{product} demo at the customer's office", "Price negotiation",
                      "Site visit"),
    planned_tasks=("Send the {product} quote", "Prepare the contract", "Send the updated catalogue",
                   "Arrange the {product} shipment with the warehouse", "Issue the formal invoice"),
    planned_emails=("Send the new price list", "Quote follow-up email", "Send the {product} specifications"),
    planned_sms=("Meeting reminder SMS", "Text them the order has arrived", "Text the bank details for the deposit"),
    day_tasks=("Weekly sales report", "Chase bounced cheques", "Update the price list", "Send overdue invoices"),
    deal_stages=(
        Topic("First call: what they need", ("Asked what they need: {title}. Budget and timing are clear.",
                                             "Interested; booked a presentation.")),
        Topic("Needs meeting and product presentation", ("- Need: {title}\n- Decides: the buyer\n- Next: send a quote",)),
        Topic("Send the quote", ("Quote for \u201c{title}\u201d sent; valid for one week.",)),
        Topic("Final price and payment terms", ("Agreed on the discount and payment terms.",)),
    ),
    deal_won=(Topic("Send the contract and invoice", ("Contract for \u201c{title}\u201d signed; invoice issued.",)),
              Topic("Thank-you call after the purchase", ("Thanked them and agreed the delivery time.",))),
    deal_lost=(Topic("Last follow-up", ("Not buying for now.", "Bought from a competitor.", "The project lost its budget.")),),
    case_calls=(
        Topic("Call the customer about case {number}", (
            "Went over the problem again; a technical colleague is on it.",
            "Told the customer where things stand; they were fine with it.")),
        Topic("Check the outcome of case {number}", ("Asked whether it is fixed; all good now.",)),
    ),
    case_follow_ups=("Follow up case {number}", "Call the customer about case {number}"),
    team_meeting="Weekly sales team meeting",
    team_place="Head office, meeting room",
    team_minutes=("- Last week's sales\n- Open quotes and follow-ups\n- New leads shared out",
                  "- Behind this month's target\n- Decision: call past customers about the sale",
                  "- Open complaints\n- Leave plans\n- Exhibition plan"),
    invoices="Monthly invoices reminder",
    invoice_notes=("This month's invoices issued and emailed to contract customers.",
                   "All invoices sent; two customers have not paid yet.", ""),
    key_account="Regular call with a key customer",
    key_account_notes=("All well; next month's order confirmed.", "Talked about the price rise; they were worried.",
                       "Asked for a technician to check two units."),
    next_steps={
        "تماس پیگیری": "Follow-up call",
        "ارسال پیش\u200cفاکتور": "Send the quote",
        "جلسه حضوری در دفتر مشتری": "Meeting at the customer's office",
        "ارسال نمونه و کاتالوگ": "Send samples and the catalogue",
        "پیگیری پیش\u200cپرداخت": "Follow up the deposit",
        "دمو محصول": "Product demo",
    },
)

WORDS = {"fa": FA, "en": EN}

# what {product} stands for: the funnel demo's goods (the services read badly in "deliver the ...")
PRODUCTS = {
    "fa": ("دستگاه تصفیه آب", "لپ\u200cتاپ", "نرم\u200cافزار حسابداری", "کولر گازی", "پکیج دیواری", "چاپگر لیزری"),
    "en": ("water purifier", "laptop", "accounting software", "air conditioner", "wall-hung boiler", "laser printer"),
}

# the funnel demo's next steps (Persian, as funnel.NEXT_ACTIVITIES) -> the kind of activity they are
NEXT_STEP_KINDS = {
    "تماس پیگیری": "call",
    "ارسال پیش\u200cفاکتور": "email",
    "جلسه حضوری در دفتر مشتری": "meeting",
    "ارسال نمونه و کاتالوگ": "task",
    "پیگیری پیش\u200cپرداخت": "call",
    "دمو محصول": "meeting",
}
