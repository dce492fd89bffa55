"""Words the complaint queue's demo data draws from: what customers of a small office ask and
complain about (late deliveries, faulty devices, invoices, installations ...), what staff write
back, how cases end, and the office's knowledge articles; in Persian and in English. Written for
this project; no real customer records.

Placeholders: ``{product}``, ``{days}`` (a number of days), ``{invoice}`` (an invoice number).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Texts:
    """Ways to put one kind of case. When there are as many subjects (or resolutions) as bodies, the
    n-th subject and resolution go with the n-th body; otherwise any goes with any."""

    subjects: tuple[str, ...]
    bodies: tuple[str, ...]
    resolutions: tuple[str, ...]


@dataclass(frozen=True)
class Scenario:
    """A kind of case: where it is filed (positions in ``categories.DEFAULT_CATEGORIES``: the
    category and its subcategory, or None), how often it comes, how urgent, by which channels."""

    category: int
    sub: int | None
    kind: str
    weight: int
    product: str  # "" or which of the products it can be about: "device", "goods", "install", "any"
    ask: str  # what staff ask the customer for when they wait for them (key of ASKS)
    fa: Texts
    en: Texts
    priorities: tuple[int, int, int, int] = (15, 62, 18, 5)  # low, normal, high, urgent
    channels: tuple[int, int, int, int, int, int] = (38, 10, 12, 6, 16, 18)  # CASE_CHANNELS order


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(1, 0, "complaint", 14, "goods", "invoice", Texts(
        ("تأخیر در ارسال {product}", "سفارش {product} هنوز نرسیده", "ارسال {product} {days} روز عقب افتاده"),
        ("{product} را {days} روز پیش سفارش دادم و هنوز به دستم نرسیده است. گفته بودند حداکثر سه روز کاری "
         "طول می\u200cکشد.",
         "قرار بود {product} تا آخر هفته تحویل شود اما هنوز خبری نیست و کسی هم پاسخگو نیست.",
         "فاکتور شماره {invoice} را پرداخت کرده\u200cام ولی ارسال انجام نشده است. زمان دقیق تحویل را اعلام کنید."),
        ("با شرکت باربری پیگیری شد؛ بار در انبار باربری مانده بود و همان روز به مشتری تحویل شد.",
         "{product} با پیک ویژه ارسال و تحویل شد؛ هزینه ارسال به\u200cعنوان عذرخواهی از مشتری گرفته نشد.",
         "زمان تحویل با مشتری هماهنگ شد و کالا تحویل گردید. به واحد انبار درباره تأخیر تذکر داده شد.")),
        Texts(
        ("Late delivery of the {product}", "My {product} order has not arrived", "{product} delivery {days} days late"),
        ("I ordered the {product} {days} days ago and it still has not arrived. I was told it takes three working "
         "days at most.",
         "The {product} was due by the end of the week, but there is no news and nobody answers the phone.",
         "I paid invoice {invoice} but nothing has been shipped yet. Please tell me the exact delivery date."),
        ("Followed up with the carrier: the parcel was held at their depot; delivered to the customer the same day.",
         "Sent the {product} by express courier and delivered it; the delivery fee was waived as an apology.",
         "Delivery time agreed with the customer and the goods delivered. The warehouse was told about the delay.")),
        priorities=(10, 60, 25, 5), channels=(45, 8, 10, 10, 12, 15)),
    Scenario(1, 1, "complaint", 6, "device", "photo", Texts(
        ("{product} آسیب\u200cدیده تحویل شد", "کارتن {product} شکسته بود"),
        ("امروز {product} تحویل شد ولی بدنه\u200cاش ضربه خورده و یک گوشه\u200cاش شکسته است. عکسش را هم دارم.",
         "بسته\u200cبندی {product} پاره بود و دستگاه هنگام باز کردن خط و خش داشت."),
        ("کالای آسیب\u200cدیده جمع\u200cآوری و {product} نو جایگزین شد. خسارت از بیمه باربری پیگیری می\u200cشود.",
         "با توافق مشتری ده درصد تخفیف روی فاکتور اعمال شد و مشتری کالا را نگه داشت.")),
        Texts(
        ("{product} arrived damaged", "The {product} box was crushed"),
        ("The {product} was delivered today, but the casing is dented and one corner is broken. I have photos.",
         "The {product} packaging was torn and the unit was scratched when I unpacked it."),
        ("Collected the damaged unit and replaced it with a new {product}; the claim goes to the carrier's "
         "insurance.",
         "Agreed with the customer on a 10% discount on the invoice; the customer kept the unit.")),
        priorities=(5, 50, 35, 10)),
    Scenario(1, 2, "complaint", 5, "goods", "invoice", Texts(
        ("کسری در سفارش {product}", "کالای اشتباه به\u200cجای {product} ارسال شده"),
        ("سفارش رسید اما لوازم جانبی {product} (کابل و دفترچه راهنما) داخل جعبه نبود.",
         "به\u200cجای مدلی که سفارش داده بودم مدل دیگری از {product} فرستاده\u200cاید."),
        ("اقلام کسری همان روز با پیک ارسال شد.", "کالای اشتباه پس گرفته شد و مدل درست ارسال گردید.")),
        Texts(
        ("Items missing from my {product} order", "Wrong item sent instead of the {product}"),
        ("The order arrived but the {product} accessories (cable and manual) were not in the box.",
         "You sent a different {product} model from the one I ordered."),
        ("Sent the missing items by courier the same day.", "Collected the wrong item and shipped the right model."))),
    Scenario(2, 0, "complaint", 10, "device", "serial", Texts(
        ("{product} روشن نمی\u200cشود", "صدای غیرعادی {product}", "خرابی {product} پس از چند روز استفاده"),
        ("{product} که {days} روز پیش خریدم از دیروز روشن نمی\u200cشود. پریز دیگر را هم امتحان کردم.",
         "{product} هنگام کار صدای زیادی می\u200cدهد و گاهی خودبه\u200cخود خاموش می\u200cشود.",
         "بعد از نصب، {product} درست کار نمی\u200cکند و پیغام خطا می\u200cدهد."),
        ("کارشناس فنی اعزام شد؛ برد معیوب تعویض شد و دستگاه سالم کار می\u200cکند.",
         "دستگاه معیوب با دستگاه نو تعویض شد.",
         "مشکل از تنظیمات بود و با راهنمایی تلفنی برطرف شد.")),
        Texts(
        ("{product} will not turn on", "Strange noise from the {product}", "{product} broke after a few days"),
        ("The {product} I bought {days} days ago stopped turning on yesterday. I tried another socket too.",
         "The {product} is very noisy when running and sometimes switches itself off.",
         "Since the installation the {product} does not work properly and shows an error."),
        ("Sent a technician; the faulty board was replaced and the unit works.",
         "Replaced the faulty unit with a new one.",
         "It was a settings problem; fixed with guidance over the phone.")),
        priorities=(5, 55, 32, 8)),
    Scenario(2, 1, "complaint", 4, "goods", "photo", Texts(
        ("{product} با مشخصات آگهی فرق دارد", "{product} با عکس\u200cها فرق دارد"),
        ("در سایت نوشته بودید {product} هجده ماه گارانتی دارد ولی کارت گارانتی دوازده ماهه است.",
         "رنگ و مدل {product} با عکس صفحه اینستاگرام شما فرق دارد."),
        ("کارت گارانتی هجده ماهه صادر و برای مشتری ارسال شد.",
         "مشتری کالا را مرجوع کرد و وجه کامل برگشت داده شد.")),
        Texts(
        ("{product} does not match the advert", "{product} does not look like the photos"),
        ("Your website says the {product} has an 18-month warranty, but the warranty card says 12 months.",
         "The colour and model of the {product} are not the ones in your Instagram photos."),
        ("Issued an 18-month warranty card and sent it to the customer.",
         "The customer returned the item and was refunded in full."))),
    Scenario(0, 0, "complaint", 6, "", "invoice", Texts(
        ("مبلغ فاکتور {invoice} اشتباه است", "اضافه\u200cدریافت در فاکتور"),
        ("در فاکتور شماره {invoice} هزینه نصب حساب شده، در حالی که قرار بود رایگان باشد.",
         "مبلغ فاکتور با پیش\u200cفاکتوری که فرستاده بودید فرق دارد؛ مالیات بر ارزش افزوده دو بار حساب شده."),
        ("فاکتور اصلاح و نسخه جدید برای مشتری ارسال شد.", "مابه\u200cالتفاوت به حساب مشتری برگشت داده شد.")),
        Texts(
        ("Invoice {invoice} has the wrong amount", "Overcharged on my invoice"),
        ("Invoice {invoice} charges for installation, which was supposed to be free.",
         "The invoice differs from the quote you sent: VAT was added twice."),
        ("Corrected the invoice and sent the new copy to the customer.",
         "Refunded the difference to the customer's account."))),
    Scenario(0, 1, "request", 5, "", "receipt", Texts(
        ("پرداخت کارت\u200cبه\u200cکارت ثبت نشده", "درخواست استرداد وجه"),
        ("مبلغ سفارش را کارت\u200cبه\u200cکارت واریز کردم ولی در سیستم شما پرداخت\u200cنشده آمده است. رسید را دارم.",
         "سفارشم را لغو کردم؛ لطفاً مبلغ را برگردانید."),
        ("رسید واریز بررسی و پرداخت تأیید شد؛ سفارش وارد مرحله ارسال شد.",
         "مبلغ ظرف سه روز کاری به کارت مشتری برگشت داده شد.")),
        Texts(
        ("My bank transfer was not recorded", "Refund request"),
        ("I paid the order by bank transfer but your system shows it as unpaid. I have the receipt.",
         "I cancelled my order; please refund the payment."),
        ("Checked the transfer receipt and confirmed the payment; the order moved on to shipping.",
         "Refunded to the customer's card within three working days.")),
        priorities=(10, 60, 25, 5)),
    Scenario(0, 2, "complaint", 3, "", "invoice", Texts(
        ("تخفیف روی فاکتور اعمال نشده",),
        ("کد تخفیف جشنواره را وارد کردم ولی در فاکتور نهایی لحاظ نشده است.",),
        ("تخفیف اعمال و مبلغ اضافه عودت شد.",)),
        Texts(
        ("Discount not applied to my invoice",),
        ("I entered the sale discount code but it is not on the final invoice.",),
        ("Applied the discount and refunded the extra amount.",))),
    Scenario(0, None, "question", 6, "any", "invoice", Texts(
        ("درخواست نسخه دوم فاکتور", "فاکتور رسمی برای شرکت"),
        ("فاکتور خرید {product} گم شده؛ لطفاً یک نسخه دیگر بفرستید.",
         "برای حسابداری شرکت به فاکتور رسمی با کد اقتصادی نیاز داریم."),
        ("نسخه PDF فاکتور برای مشتری ایمیل شد.", "فاکتور رسمی با کد اقتصادی صادر و ارسال شد.")),
        Texts(
        ("Copy of my invoice", "Official invoice for our company"),
        ("I lost the invoice for the {product}; please send another copy.",
         "Our accountant needs an official invoice with our tax number."),
        ("Emailed a PDF copy of the invoice.", "Issued and sent an official invoice with the tax number.")),
        priorities=(30, 62, 8, 0), channels=(40, 5, 25, 10, 10, 10)),
    Scenario(3, 0, "request", 7, "device", "serial", Texts(
        ("استفاده از گارانتی {product}", "سؤال درباره شرایط گارانتی"),
        ("{product} هنوز گارانتی دارد و از کار افتاده است. برای تعمیر چطور باید بفرستم؟",
         "آیا گارانتی {product} شامل قطعات مصرفی هم می\u200cشود؟"),
        ("دستگاه با گارانتی پذیرش شد و پس از تعمیر رایگان تحویل شد.",
         "شرایط گارانتی برای مشتری توضیح داده شد و دفترچه گارانتی ایمیل شد.")),
        Texts(
        ("Warranty claim for the {product}", "Question about the warranty terms"),
        ("My {product} is still under warranty and has stopped working. How do I send it for repair?",
         "Does the {product} warranty cover consumable parts?"),
        ("Took the unit in under warranty; repaired free of charge and returned.",
         "Explained the warranty terms and emailed the warranty booklet."))),
    Scenario(3, 1, "request", 5, "device", "serial", Texts(
        ("درخواست تعمیر {product}", "سرویس دوره\u200cای {product}"),
        ("{product} بعد از تمام شدن گارانتی خراب شده؛ هزینه تعمیر چقدر است؟",
         "موعد سرویس دوره\u200cای {product} رسیده؛ لطفاً برای مراجعه هماهنگ کنید."),
        ("دستگاه تعمیر شد؛ هزینه قطعه طبق فاکتور از مشتری دریافت شد.",
         "سرویس دوره\u200cای در محل انجام و قطعات مصرفی بررسی شد.")),
        Texts(
        ("Repair request for the {product}", "Periodic service of the {product}"),
        ("My {product} broke after the warranty ended; how much does a repair cost?",
         "The {product} is due for its periodic service; please arrange a visit."),
        ("Repaired the unit; the part was invoiced to the customer.",
         "Serviced on site and checked the wear parts."))),
    Scenario(3, 2, "request", 8, "install", "time", Texts(
        ("درخواست نصب {product}", "هماهنگی زمان نصب {product}"),
        ("{product} را تحویل گرفته\u200cام؛ لطفاً برای نصب تکنسین بفرستید. صبح\u200cها منزل هستم.",
         "برای نصب {product} در دفتر شرکت، روز و ساعت را هماهنگ کنید."),
        ("تکنسین در زمان هماهنگ\u200cشده مراجعه کرد و {product} را نصب و راه\u200cاندازی کرد.",
         "نصب انجام شد و طرز کار به مشتری آموزش داده شد.")),
        Texts(
        ("Installation of the {product}", "Booking the {product} installation"),
        ("I have received the {product}; please send a technician to install it. I am home in the mornings.",
         "Please arrange a day and time to install the {product} at our office."),
        ("The technician came at the agreed time and installed and set up the {product}.",
         "Installed, and showed the customer how to use it.")),
        priorities=(20, 65, 13, 2), channels=(50, 10, 8, 8, 14, 10)),
    Scenario(4, 0, "complaint", 2, "", "", Texts(
        ("برخورد نامناسب کارمند فروشگاه", "رفتار نامناسب پشتیبانی تلفنی"),
        ("هنگام مراجعه به فروشگاه، همکار شما با لحن تندی جواب داد و حاضر به توضیح نبود.",
         "دیروز تماس گرفتم و پشتیبان وسط صحبت تلفن را قطع کرد."),
        ("با همکار مربوط صحبت شد و مدیر دفتر شخصاً از مشتری عذرخواهی کرد.",)),
        Texts(
        ("Rude staff at the shop", "Rude phone support"),
        ("When I visited the shop your colleague answered sharply and would not explain anything.",
         "I called yesterday and the support person hung up on me mid-conversation."),
        ("Spoke with the colleague; the office manager apologised to the customer in person.",)),
        priorities=(5, 55, 35, 5), channels=(40, 25, 10, 5, 10, 10)),
    Scenario(4, 1, "complaint", 3, "", "", Texts(
        ("کسی به تلفن جواب نمی\u200cدهد", "پاسخ ندادن به پیام\u200cها"),
        ("سه روز است به شماره دفتر زنگ می\u200cزنم و کسی جواب نمی\u200cدهد.",
         "در اینستاگرام پیام دادم و بعد از یک هفته هنوز جوابی نگرفته\u200cام."),
        ("با مشتری تماس گرفته شد و موضوع اصلی پیگیری شد. خط دوم تلفن برای ساعت\u200cهای شلوغ فعال شد.",)),
        Texts(
        ("Nobody answers the phone", "No reply to my messages"),
        ("I have been calling the office for three days and nobody answers.",
         "I sent a message on Instagram a week ago and still have no answer."),
        ("Called the customer back and dealt with the original request; a second line now covers busy hours.",)),
        channels=(20, 5, 15, 10, 20, 30)),
    Scenario(5, 0, "question", 7, "goods", "", Texts(
        ("استعلام قیمت {product}", "موجودی {product}"),
        ("قیمت روز {product} و شرایط پرداخت اقساطی را اعلام کنید.",
         "آیا {product} موجود است؟ ارسال به شهرستان چقدر طول می\u200cکشد؟"),
        ("قیمت و شرایط پرداخت اعلام شد و پیش\u200cفاکتور ارسال گردید.",
         "موجودی و زمان ارسال به مشتری اطلاع داده شد.")),
        Texts(
        ("Price of the {product}", "Is the {product} in stock?"),
        ("Please send today's price for the {product} and your instalment terms.",
         "Is the {product} in stock? How long does delivery to another city take?"),
        ("Sent the price and payment terms with a quote.", "Told the customer the stock and delivery time.")),
        priorities=(35, 60, 5, 0), channels=(35, 10, 10, 10, 15, 20)),
    Scenario(5, 1, "question", 6, "goods", "", Texts(
        ("پیگیری وضعیت سفارش", "سفارش من در چه مرحله\u200cای است؟"),
        ("سفارش {product} را هفته پیش ثبت کردم؛ الان در چه مرحله\u200cای است؟",
         "لطفاً کد رهگیری مرسوله را برایم بفرستید."),
        ("وضعیت سفارش و کد رهگیری پستی برای مشتری پیامک شد.",)),
        Texts(
        ("Where is my order?", "Order status"),
        ("I ordered the {product} last week; what stage is it at?", "Please send me the tracking code."),
        ("Texted the customer the order status and the tracking code.",)),
        priorities=(25, 67, 8, 0), channels=(40, 5, 10, 15, 15, 15)),
    Scenario(6, None, "suggestion", 3, "", "", Texts(
        ("پیشنهاد درباره ساعت کاری", "پیشنهاد فروش اقساطی"),
        ("پیشنهاد می\u200cکنم پنجشنبه\u200cها تا عصر باز باشید؛ خیلی از مشتری\u200cها فقط آخر هفته وقت دارند.",
         "اگر امکان خرید اقساطی فراهم شود مشتری\u200cهای بیشتری جذب می\u200cشوند."),
        ("پیشنهاد در جلسه مدیران مطرح شد و از مشتری تشکر شد.",)),
        Texts(
        ("Suggestion about opening hours", "Suggestion: instalment payments"),
        ("I suggest you open on Saturday mornings; many customers only have time at the weekend.",
         "Offering instalment payments would bring you more customers."),
        ("Raised the suggestion at the managers' meeting and thanked the customer.",)),
        priorities=(50, 50, 0, 0), channels=(20, 10, 25, 5, 20, 20)),
)

# How a description starts and ends when the customer wrote it, and how staff note a call or a visit.
OPENERS = {"fa": ("سلام،", "با سلام و احترام،", "وقت بخیر،", ""), "en": ("Hello,", "Hi,", "Good morning,", "")}
CLOSERS = {"fa": ("لطفاً پیگیری کنید.", "ممنون می\u200cشوم زودتر خبر بدهید.", "منتظر تماس شما هستم.", ""),
           "en": ("Please look into it.", "I would appreciate a quick reply.", "I am waiting for your call.", "")}
TAKEN_BY_STAFF = {"fa": {"phone": "تماس تلفنی مشتری: ", "walk_in": "مراجعه حضوری مشتری: "},
                  "en": {"phone": "Customer phoned: ", "walk_in": "Customer came in: "}}

# The first answer to the customer, when it is not the resolution itself.
FIRST_MESSAGES = {
    "fa": ("سلام، درخواست شما بررسی شد و در حال پیگیری است. نتیجه را به شما اطلاع می\u200cدهیم.",
           "با سلام، همکار ما امروز با شما تماس می\u200cگیرد.",
           "پوزش بابت مشکل پیش\u200cآمده؛ موضوع را با واحد مربوط پیگیری می\u200cکنیم و خبر می\u200cدهیم.",
           "درخواستتان رسید؛ تا پایان روز کاری فردا نتیجه را اعلام می\u200cکنیم."),
    "en": ("Hello, we have looked into your request and are following it up. We will let you know the outcome.",
           "Hello, a colleague will call you today.",
           "Sorry for the trouble; we are taking it up with the team concerned and will get back to you.",
           "We have your request and will have an answer by the end of the next working day."),
}
# What staff ask for when the case waits for the customer.
ASKS = {
    "fa": {"invoice": "لطفاً شماره یا تصویر فاکتور خرید را برای ما بفرستید.",
           "photo": "لطفاً چند عکس از کالا و بسته\u200cبندی آن بفرستید.",
           "serial": "لطفاً شماره سریال دستگاه (برچسب پشت دستگاه) را اعلام کنید.",
           "time": "برای آمدن تکنسین، روز و ساعت مناسب و نشانی دقیق را اعلام کنید.",
           "receipt": "لطفاً تصویر رسید واریز را ارسال کنید.",
           "": "برای ادامه پیگیری به توضیح بیشتری از شما نیاز داریم؛ لطفاً با ما تماس بگیرید."},
    "en": {"invoice": "Please send us the invoice number or a photo of the invoice.",
           "photo": "Please send a few photos of the item and its packaging.",
           "serial": "Please tell us the unit's serial number (on the label at the back).",
           "time": "Please tell us a convenient day and time for the technician, and the full address.",
           "receipt": "Please send a photo of the transfer receipt.",
           "": "We need a little more detail to go on; please give us a call."},
}
CUSTOMER_REPLIED = {
    "fa": ("مشتری اطلاعات خواسته\u200cشده را فرستاد.", "مشتری تماس گرفت و توضیحات لازم را داد.",
           "مشتری پاسخ داد؛ پیگیری ادامه دارد."),
    "en": ("The customer sent what we asked for.", "The customer called back with the details.",
           "The customer answered; back on it."),
}
NOTES = {
    "fa": ("با انبار هماهنگ شد.", "منتظر پاسخ واحد فنی هستیم.", "مشتری دوباره تماس گرفت و پیگیری کرد.",
           "موضوع به مدیر دفتر اطلاع داده شد.", "قطعه سفارش داده شد؛ حدود دو روز کاری زمان می\u200cبرد.",
           "سابقه خرید مشتری بررسی شد؛ خریدار قدیمی و خوش\u200cحساب است."),
    "en": ("Checked with the warehouse.", "Waiting for the technical team's answer.",
           "The customer called again to chase it.", "Let the office manager know.",
           "Ordered the part; it takes about two working days.",
           "Looked at the customer's history: a long-standing customer who pays on time."),
}
REOPEN_REASONS = {
    "fa": ("مشتری تماس گرفت؛ مشکل دوباره تکرار شده است.", "مشتری گفت کار کامل انجام نشده است.",
           "مشتری گفت موضوع هنوز کامل حل نشده است."),
    "en": ("The customer called: the problem is back.", "The customer says the job was not finished.",
           "The customer says it is not fully sorted yet."),
}
SECOND_RESOLUTIONS = {
    "fa": ("دوباره بررسی شد و مشکل باقی\u200cمانده برطرف شد.",
           "کار باقی\u200cمانده انجام شد و مشتری رضایت داد."),
    "en": ("Looked at it again and fixed what was left.",
           "Finished the remaining work; the customer is satisfied."),
}
HAPPY = {
    "fa": ("از پیگیری سریعتان ممنونم.", "برخورد همکارتان عالی بود.", "مشکل کامل حل شد، سپاس."),
    "en": ("Thanks for the quick follow-up.", "Your colleague was very helpful.", "Fully solved, thank you."),
}
UNHAPPY = {
    "fa": ("خیلی طول کشید تا کسی جواب بدهد.", "مشکل فقط نیمه\u200cکاره حل شد.",
           "برای یک درخواست ساده چند بار تماس گرفتم.", "کسی خبر نداد؛ خودم باید پیگیری می\u200cکردم."),
    "en": ("It took far too long for anyone to answer.", "The problem was only half solved.",
           "I had to call three times about a simple request.", "Nobody kept me posted; I had to chase it myself."),
}
SEND_FAILED = {"fa": "شماره در دسترس نیست", "en": "Number unreachable"}

TEAM_NAME = {"fa": "پشتیبانی", "en": "Support"}
# (name, what it routes) of the demo's routing rules, tried in this order
RULE_NAMES = {
    "fa": {"vip": "مشتریان ویژه", "billing": "امور مالی و فاکتورها", "installation": "درخواست نصب",
           "walk_in": "مراجعه حضوری"},
    "en": {"vip": "VIP customers", "billing": "Billing", "installation": "Installation requests",
           "walk_in": "Walk-in customers"},
}
VIP_TAG = {"fa": "مشتری ویژه", "en": "VIP"}

# The funnel demo's products (Persian names, as deals store them) in English.
PRODUCTS_EN = {
    "دستگاه تصفیه آب": "water purifier", "لپ\u200cتاپ": "laptop", "نرم\u200cافزار حسابداری": "accounting software",
    "قرارداد پشتیبانی سالانه": "annual support contract", "کولر گازی": "air conditioner",
    "پکیج دیواری": "wall-hung boiler", "چاپگر لیزری": "laser printer",
    "خدمات نصب و راه\u200cاندازی": "installation service",
}

# (category, subcategory) positions as in SCENARIOS; question; answer; tags
ARTICLES_FA: tuple[tuple[int, int | None, str, str, str], ...] = (
    (3, 0, "گارانتی دستگاه\u200cها چند ماه است و چه چیزهایی را پوشش می\u200cدهد؟",
     "همه دستگاه\u200cها هجده ماه گارانتی شرکتی دارند که از روز تحویل شروع می\u200cشود. خرابی\u200cهای ناشی از ایراد "
     "ساخت، قطعات و دستمزد تعمیر رایگان است. آسیب فیزیکی، نوسان برق و باز کردن دستگاه توسط افراد غیرمجاز شامل "
     "گارانتی نمی\u200cشود. کارت گارانتی را همراه فاکتور نگه دارید.", "گارانتی، خدمات پس از فروش"),
    (3, 0, "کارت گارانتی را گم کرده\u200cام؛ هنوز گارانتی دارم؟",
     "بله. گارانتی با شماره سریال دستگاه در سیستم ما ثبت است. کافی است شماره سریال (برچسب پشت دستگاه) یا شماره "
     "فاکتور را اعلام کنید تا وضعیت گارانتی بررسی شود.", "گارانتی، شماره سریال"),
    (0, None, "نسخه دوم فاکتور را چطور بگیرم؟",
     "نسخه PDF هر فاکتور را به ایمیل یا واتس\u200cاپ شما می\u200cفرستیم. شماره فاکتور یا شماره موبایلی را که خرید با "
     "آن ثبت شده اعلام کنید. نسخه کاغذی مهرشده هم ظرف دو روز کاری پست می\u200cشود.", "فاکتور، المثنی"),
    (0, None, "فاکتور رسمی با کد اقتصادی صادر می\u200cکنید؟",
     "بله. برای فاکتور رسمی نام کامل شرکت، شناسه ملی، کد اقتصادی، کد پستی و نشانی را پیش از صدور فاکتور اعلام "
     "کنید. نام خریدار در فاکتور رسمی پس از صدور قابل تغییر نیست.", "فاکتور رسمی، کد اقتصادی"),
    (0, 1, "پرداخت کارت\u200cبه\u200cکارت قبول می\u200cکنید؟",
     "بله. مبلغ را فقط به شماره کارتی که در پیش\u200cفاکتور آمده و به نام شرکت است واریز کنید و تصویر رسید را با "
     "شماره پیش\u200cفاکتور برای ما بفرستید. سفارش پس از تأیید واریز، معمولاً همان روز کاری، ارسال می\u200cشود.",
     "پرداخت، کارت\u200cبه\u200cکارت، رسید"),
    (0, 1, "استرداد وجه چقدر طول می\u200cکشد؟",
     "پس از تأیید لغو یا مرجوعی، مبلغ ظرف سه تا پنج روز کاری به همان کارتی که با آن پرداخت کرده\u200cاید برگشت "
     "داده می\u200cشود. برای واریز به حساب دیگر، شماره شبا به نام خریدار لازم است.", "استرداد، مرجوعی"),
    (0, 2, "چرا تخفیف در فاکتور من اعمال نشده است؟",
     "کد تخفیف باید پیش از پرداخت در سبد خرید وارد شود و با تخفیف\u200cهای دیگر جمع نمی\u200cشود. اگر کد را وارد "
     "کرده\u200cاید و اعمال نشده، شماره سفارش را بفرستید تا مابه\u200cالتفاوت برگشت داده شود.", "تخفیف، کد تخفیف"),
    (5, 0, "امکان خرید اقساطی وجود دارد؟",
     "برای خریدهای بالای پنج میلیون تومان، پرداخت در سه قسط با چک صیادی ممکن است: سی درصد پیش\u200cپرداخت و باقی "
     "در دو ماه. شرایط دقیق را کارشناس فروش اعلام می\u200cکند.", "اقساط، چک، پرداخت"),
    (1, 0, "ارسال سفارش چقدر طول می\u200cکشد؟",
     "سفارش\u200cهای تهران یک تا دو روز کاری و شهرستان\u200cها سه تا پنج روز کاری پس از تأیید پرداخت تحویل "
     "می\u200cشوند. کد رهگیری مرسوله پس از ارسال پیامک می\u200cشود.", "ارسال، زمان تحویل، باربری"),
    (1, None, "هزینه ارسال با کیست؟",
     "ارسال سفارش\u200cهای بالای ده میلیون تومان در سراسر کشور رایگان است. برای سفارش\u200cهای کوچک\u200cتر، هزینه "
     "باربری هنگام تحویل از گیرنده گرفته می\u200cشود.", "هزینه ارسال، باربری"),
    (1, 1, "کالا آسیب\u200cدیده رسیده؛ چه کنم؟",
     "کالا را در بسته\u200cبندی نگه دارید، از بسته و آسیب عکس بگیرید و ظرف ۲۴ ساعت به ما خبر دهید. پس از بررسی، "
     "کالا جمع\u200cآوری و تعویض می\u200cشود و هزینه\u200cای برای شما ندارد.", "آسیب، باربری، تعویض"),
    (1, 2, "بخشی از سفارشم نرسیده است",
     "گاهی سفارش\u200cهای چندقلمی در دو مرسوله ارسال می\u200cشوند؛ کد رهگیری را در پیامک ارسال ببینید. اگر همه "
     "مرسوله\u200cها رسیده و کالایی کم است، شماره سفارش و فهرست کسری را بفرستید تا همان روز ارسال شود.",
     "کسری، مرسوله"),
    (2, 0, "دستگاه روشن نمی\u200cشود؛ پیش از تماس چه چیزهایی را بررسی کنم؟",
     "دوشاخه و پریز، کلید اصلی پشت دستگاه و فیوز را بررسی کنید. اگر دستگاه محافظ برق دارد، یک دقیقه صبر کنید "
     "تا تأخیر آن تمام شود. اگر باز هم روشن نشد، شماره سریال را اعلام کنید تا کارشناس فنی هماهنگ کند.",
     "خرابی، عیب\u200cیابی"),
    (2, None, "شرایط مرجوع کردن کالا چیست؟",
     "تا هفت روز پس از تحویل، کالای سالم در بسته\u200cبندی اصلی و با همه متعلقات بدون ذکر دلیل پس گرفته می\u200cشود. "
     "کالای معیوب در دوره گارانتی تعمیر یا تعویض می\u200cشود. هزینه ارسال مرجوعی کالای سالم با خریدار است.",
     "مرجوعی، بازگشت کالا"),
    (2, 1, "کالای دریافتی با مشخصات سایت فرق دارد",
     "عکس کالا و برچسب مشخصات آن را بفرستید. اگر مغایرت تأیید شود، کالا را تعویض می\u200cکنیم یا وجه را کامل "
     "برمی\u200cگردانیم؛ هزینه ارسال با ماست.", "مغایرت، تعویض"),
    (3, 2, "نصب دستگاه رایگان است؟",
     "نصب و راه\u200cاندازی دستگاه تصفیه آب، کولر گازی و پکیج در تهران و کرج رایگان است؛ لوازم اضافه (لوله، بست، "
     "پایه) طبق تعرفه حساب می\u200cشود. در شهرستان\u200cها نمایندگی مجاز نصب را انجام می\u200cدهد.", "نصب، تعرفه"),
    (3, 2, "چطور برای نصب وقت بگیرم؟",
     "پس از تحویل کالا با پشتیبانی تماس بگیرید یا در سایت درخواست نصب ثبت کنید. تکنسین معمولاً ظرف دو روز "
     "کاری با شما هماهنگ می\u200cکند. پیش از آمدن تکنسین، محل نصب و پریز برق را آماده کنید.", "نصب، نوبت"),
    (3, 2, "پیش از نصب کولر گازی چه چیزی آماده کنم؟",
     "محل پنل بیرونی باید دسترسی امن داشته باشد، یک پریز ارت\u200cدار نزدیک پنل داخلی لازم است و فاصله دو پنل بهتر "
     "است کمتر از پنج متر باشد. اگر سوراخ دیوار آماده نیست، تکنسین آن را با هزینه جزئی انجام می\u200cدهد.",
     "کولر گازی، نصب"),
    (3, 1, "هزینه تعمیر بعد از گارانتی چطور حساب می\u200cشود؟",
     "هزینه بازدید و عیب\u200cیابی ثابت است و اگر تعمیر انجام شود از مبلغ کم می\u200cشود. قطعات به قیمت روز و با "
     "شش ماه ضمانت تعویض می\u200cشوند. پیش از شروع کار، برآورد هزینه اعلام و با تأیید شما تعمیر انجام می\u200cشود.",
     "تعمیر، هزینه"),
    (3, 1, "تعمیر دستگاه چند روز طول می\u200cکشد؟",
     "بیشتر تعمیرها در محل و همان روز انجام می\u200cشود. اگر قطعه سفارشی باشد، سه تا هفت روز کاری زمان می\u200cبرد "
     "و وضعیت با پیامک به شما اطلاع داده می\u200cشود.", "تعمیر، زمان"),
    (3, None, "فیلتر دستگاه تصفیه آب را هر چند وقت یک بار عوض کنم؟",
     "فیلترهای مرحله یک تا سه هر شش ماه، ممبران هر دو سال و فیلترهای نهایی سالی یک بار. با قرارداد سرویس سالانه، "
     "تعویض فیلترها در موعد و در محل انجام می\u200cشود.", "تصفیه آب، فیلتر، سرویس"),
    (3, None, "نرم\u200cافزار حسابداری را روی رایانه دوم نصب کنم؟",
     "هر لایسنس روی یک رایانه فعال می\u200cشود. برای رایانه دوم لایسنس شبکه یا لایسنس اضافه لازم است. برای انتقال به "
     "رایانه جدید، پشتیبانی لایسنس را از رایانه قدیم غیرفعال می\u200cکند.", "نرم\u200cافزار، لایسنس"),
    (5, 0, "قیمت\u200cها شامل مالیات بر ارزش افزوده است؟",
     "قیمت\u200cهای سایت و پیش\u200cفاکتور بدون مالیات بر ارزش افزوده است و مالیات در فاکتور نهایی جداگانه درج "
     "می\u200cشود.", "قیمت، مالیات"),
    (5, 1, "وضعیت سفارشم را چطور پیگیری کنم؟",
     "با شماره سفارش یا شماره موبایل خود با پشتیبانی تماس بگیرید. کد رهگیری پست یا باربری هم پس از ارسال برایتان "
     "پیامک می\u200cشود و در سایت همان شرکت قابل پیگیری است.", "پیگیری سفارش، کد رهگیری"),
    (6, None, "ساعات کاری دفتر و پشتیبانی چیست؟",
     "شنبه تا چهارشنبه ۸ تا ۱۶ و پنجشنبه ۸ تا ۱۲. درخواست\u200cهایی که خارج از این ساعت\u200cها ثبت شوند، از اولین "
     "ساعت کاری بعد پیگیری می\u200cشوند.", "ساعت کاری"),
    (4, None, "چطور از برخورد همکاران شکایت کنم؟",
     "شکایت خود را با ذکر روز، ساعت و نام شعبه ثبت کنید. شکایت\u200cهای مربوط به رفتار کارکنان مستقیم به مدیر دفتر "
     "می\u200cرسد و ظرف دو روز کاری نتیجه به شما اعلام می\u200cشود.", "شکایت، رفتار کارکنان"),
)

ARTICLES_EN: tuple[tuple[int, int | None, str, str, str], ...] = (
    (3, 0, "How long is the warranty and what does it cover?",
     "Every device has an 18-month company warranty from the day of delivery. Manufacturing faults, parts and "
     "labour are covered. Physical damage, power surges and units opened by unauthorised people are not. Keep the "
     "warranty card with your invoice.", "warranty, after-sales"),
    (3, 0, "I lost my warranty card; am I still covered?",
     "Yes. The warranty is registered against the unit's serial number. Tell us the serial number (label at the "
     "back) or the invoice number and we will check it.", "warranty, serial number"),
    (0, None, "How do I get a copy of my invoice?",
     "We can email or message you a PDF of any invoice. Give us the invoice number or the mobile number the "
     "purchase was made with. A stamped paper copy is posted within two working days.", "invoice, copy"),
    (0, None, "Do you issue official invoices with a tax number?",
     "Yes. Send us the company's full name, registration number, tax number, postcode and address before the "
     "invoice is issued; the buyer's name cannot be changed afterwards.", "official invoice, tax number"),
    (0, 1, "Can I pay by bank transfer?",
     "Yes. Transfer the amount only to the account on the quote, in the company's name, and send us the receipt "
     "with the quote number. The order ships once the payment is confirmed, usually the same working day.",
     "payment, bank transfer, receipt"),
    (0, 1, "How long does a refund take?",
     "Once the cancellation or return is approved, the amount goes back to the card you paid with within three "
     "to five working days. To refund another account we need its details in the buyer's name.",
     "refund, return"),
    (0, 2, "Why was my discount not applied?",
     "A discount code must be entered in the basket before paying and cannot be combined with other offers. If "
     "you entered it and it was not applied, send the order number and we will refund the difference.",
     "discount, code"),
    (5, 0, "Can I pay in instalments?",
     "For purchases over 50 million rials, three instalments are possible: 30% up front and the rest over two "
     "months. The sales team confirms the exact terms.", "instalments, payment"),
    (1, 0, "How long does delivery take?",
     "Orders in the city arrive in one to two working days, elsewhere in three to five working days after the "
     "payment is confirmed. You get the tracking code by text once it ships.", "delivery, delivery time"),
    (1, None, "Who pays for delivery?",
     "Delivery is free nationwide for orders over 100 million rials. For smaller orders the carrier's fee is paid on "
     "delivery.", "delivery fee, carrier"),
    (1, 1, "My order arrived damaged; what should I do?",
     "Keep the item in its packaging, take photos of the box and the damage, and tell us within 24 hours. We "
     "collect and replace it at no cost to you.", "damage, carrier, replacement"),
    (1, 2, "Part of my order is missing",
     "Orders with several items sometimes ship in two parcels; check the tracking code in the shipping text. If "
     "everything has arrived and something is missing, send the order number and the list and we ship it the "
     "same day.", "missing items, parcel"),
    (2, 0, "The device will not turn on; what should I check first?",
     "Check the plug and socket, the main switch at the back and the fuse. If the unit has a surge protector, "
     "wait a minute for its delay. If it still does not start, tell us the serial number and a technician will "
     "call.", "fault, troubleshooting"),
    (2, None, "What is your return policy?",
     "Within seven days of delivery we take back any undamaged item in its original packaging with all its "
     "parts, no questions asked. Faulty items are repaired or replaced under warranty. Return shipping for "
     "undamaged items is paid by the buyer.", "returns"),
    (2, 1, "The item I received does not match the website",
     "Send us photos of the item and its specification label. If the difference is confirmed we replace it or "
     "refund you in full, and pay the shipping.", "mismatch, replacement"),
    (3, 2, "Is installation free?",
     "Installing and setting up water purifiers, air conditioners and boilers is free in the city; extra "
     "materials (pipes, brackets, stands) are charged at list price. Elsewhere our authorised agent installs.",
     "installation, prices"),
    (3, 2, "How do I book an installation?",
     "Call support after delivery or request an installation on the website. A technician usually contacts you "
     "within two working days. Please have the spot and a power socket ready before they come.",
     "installation, booking"),
    (3, 2, "What should I prepare before an air conditioner is installed?",
     "The outdoor unit needs a safe, reachable spot, there must be an earthed socket near the indoor unit, and "
     "the two units should ideally be less than five metres apart. If the wall is not drilled yet, the "
     "technician does it for a small fee.", "air conditioner, installation"),
    (3, 1, "How are repairs charged after the warranty?",
     "The visit and diagnosis is a fixed fee, deducted if the repair goes ahead. Parts are charged at list price "
     "with a six-month guarantee. You get an estimate and approve it before any work starts.", "repair, cost"),
    (3, 1, "How long does a repair take?",
     "Most repairs are done on site the same day. If a part has to be ordered it takes three to seven working "
     "days, and we text you the progress.", "repair, time"),
    (3, None, "How often should the water purifier filters be changed?",
     "Stages one to three every six months, the membrane every two years and the final filters once a year. "
     "With an annual service contract we change them on time at your place.", "water purifier, filters, service"),
    (3, None, "Can I install the accounting software on a second computer?",
     "Each licence activates one computer. A second computer needs a network licence or an extra licence. To "
     "move to a new computer, support deactivates the licence on the old one.", "software, licence"),
    (5, 0, "Do your prices include VAT?",
     "Prices on the website and on quotes exclude VAT, which is shown separately on the final invoice.",
     "prices, VAT"),
    (5, 1, "How can I track my order?",
     "Call support with your order number or mobile number. You also get the courier's tracking code by text "
     "once the order ships, and can follow it on the courier's website.", "order tracking, tracking code"),
    (6, None, "What are your office and support hours?",
     "Monday to Friday, 9:00 to 17:00. Requests made outside these hours are picked up at the start of the next "
     "working day.", "opening hours"),
    (4, None, "How do I complain about a member of staff?",
     "Tell us the day, the time and the branch. Complaints about staff go straight to the office manager, and "
     "you hear back within two working days.", "complaint, staff"),
)
