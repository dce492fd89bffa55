"""Word lists the demo generator draws from. Common names and places, written for this project;
no real customer records. Persian entries carry a Latin transliteration for email addresses."""

from __future__ import annotations

# (Persian, transliteration)
MALE_FIRST_FA = [
    ("محمد", "mohammad"), ("علی", "ali"), ("حسین", "hossein"), ("رضا", "reza"), ("مهدی", "mahdi"),
    ("امیر", "amir"), ("حسن", "hasan"), ("مصطفی", "mostafa"), ("سعید", "saeed"), ("حمید", "hamid"),
    ("مجید", "majid"), ("احمد", "ahmad"), ("جواد", "javad"), ("محسن", "mohsen"), ("امیرحسین", "amirhossein"),
    ("محمدرضا", "mohammadreza"), ("علیرضا", "alireza"), ("پویا", "pouya"), ("آرش", "arash"), ("بهرام", "bahram"),
    ("کامران", "kamran"), ("فرهاد", "farhad"), ("بابک", "babak"), ("سینا", "sina"), ("پارسا", "parsa"),
    ("یاسین", "yasin"), ("ماهان", "mahan"), ("کیان", "kian"), ("میلاد", "milad"), ("وحید", "vahid"),
    ("مسعود", "masoud"), ("مرتضی", "morteza"), ("هادی", "hadi"), ("ایمان", "iman"), ("نوید", "navid"),
    ("امید", "omid"), ("سجاد", "sajjad"), ("عرفان", "erfan"), ("سهیل", "soheil"), ("داریوش", "dariush"),
    ("کوروش", "kourosh"), ("بردیا", "bardia"), ("شهرام", "shahram"), ("فرزاد", "farzad"), ("پیمان", "peyman"),
    ("یوسف", "yousef"), ("ابراهیم", "ebrahim"), ("روزبه", "roozbeh"), ("بهزاد", "behzad"), ("کاوه", "kaveh"),
]
FEMALE_FIRST_FA = [
    ("فاطمه", "fatemeh"), ("زهرا", "zahra"), ("مریم", "maryam"), ("زینب", "zeinab"), ("سارا", "sara"),
    ("نرگس", "narges"), ("الهام", "elham"), ("مهسا", "mahsa"), ("نازنین", "nazanin"), ("ریحانه", "reyhaneh"),
    ("هانیه", "haniyeh"), ("سمانه", "samaneh"), ("لیلا", "leila"), ("نسرین", "nasrin"), ("شیرین", "shirin"),
    ("پریسا", "parisa"), ("مینا", "mina"), ("نیلوفر", "niloufar"), ("آزاده", "azadeh"), ("مهناز", "mahnaz"),
    ("رویا", "roya"), ("الناز", "elnaz"), ("یاسمن", "yasaman"), ("ستاره", "setareh"), ("بهاره", "bahareh"),
    ("نگار", "negar"), ("ترانه", "taraneh"), ("گلناز", "golnaz"), ("ژاله", "zhaleh"), ("آیدا", "aida"),
    ("کیمیا", "kimia"), ("فرشته", "fereshteh"), ("سپیده", "sepideh"), ("مژگان", "mozhgan"), ("طاهره", "tahereh"),
    ("معصومه", "masoumeh"), ("سمیرا", "samira"), ("هستی", "hasti"), ("ملیکا", "melika"), ("پرستو", "parastoo"),
]
LAST_FA = [
    ("محمدی", "mohammadi"), ("حسینی", "hosseini"), ("احمدی", "ahmadi"), ("رضایی", "rezaei"), ("کریمی", "karimi"),
    ("موسوی", "mousavi"), ("جعفری", "jafari"), ("رحیمی", "rahimi"), ("صادقی", "sadeghi"), ("هاشمی", "hashemi"),
    ("قاسمی", "ghasemi"), ("عباسی", "abbasi"), ("نوری", "nouri"), ("ابراهیمی", "ebrahimi"), ("شریفی", "sharifi"),
    ("کاظمی", "kazemi"), ("مرادی", "moradi"), ("یوسفی", "yousefi"), ("اکبری", "akbari"), ("حیدری", "heidari"),
    ("رستمی", "rostami"), ("نجفی", "najafi"), ("طاهری", "taheri"), ("امینی", "amini"), ("سلیمانی", "soleimani"),
    ("بهرامی", "bahrami"), ("فرهادی", "farhadi"), ("زارعی", "zarei"), ("قربانی", "ghorbani"), ("عزیزی", "azizi"),
    ("خسروی", "khosravi"), ("میرزایی", "mirzaei"), ("کرمانی", "kermani"), ("تهرانی", "tehrani"), ("شیرازی", "shirazi"),
    ("اصفهانی", "esfahani"), ("تبریزی", "tabrizi"), ("گیلانی", "gilani"), ("پاکزاد", "pakzad"),
    ("نیک\u200cنام", "niknam"), ("روشن\u200cدل", "roshandel"), ("خوش\u200cنویس", "khoshnevis"), ("فتحی", "fathi"),
    ("باقری", "bagheri"), ("صفری", "safari"), ("ملکی", "maleki"), ("جلالی", "jalali"), ("کامرانی", "kamrani"),
    ("مختاری", "mokhtari"), ("سبحانی", "sobhani"), ("پورمحمدی", "pourmohammadi"), ("علی\u200cپور", "alipour"),
    ("حسن\u200cزاده", "hassanzadeh"), ("قلی\u200cزاده", "gholizadeh"), ("ژیان", "zhian"), ("چمنی", "chamani"),
    ("گودرزی", "goodarzi"), ("پناهی", "panahi"), ("یزدانی", "yazdani"), ("وکیلی", "vakili"),
]
MALE_FIRST_EN = ["James", "John", "Oliver", "Liam", "Noah", "Daniel", "Thomas", "Lucas", "Adam", "Samuel",
                 "Omar", "Karim", "Mehmet", "Stefan", "Marco"]
FEMALE_FIRST_EN = ["Mary", "Emma", "Sophia", "Ava", "Mia", "Grace", "Hannah", "Laura", "Elena", "Sara",
                   "Layla", "Aylin", "Anna", "Julia", "Chloe"]
LAST_EN = ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clark", "Walker", "Hall", "Young", "King",
           "Schmidt", "Rossi", "Yilmaz", "Haddad", "Novak", "Fischer", "Dubois", "Kaya", "Petrov", "Lee"]

# (city fa, city en, province fa, province en, area code)
CITIES_IR = [
    ("تهران", "Tehran", "تهران", "Tehran", "21"), ("مشهد", "Mashhad", "خراسان رضوی", "Razavi Khorasan", "51"),
    ("اصفهان", "Isfahan", "اصفهان", "Isfahan", "31"), ("شیراز", "Shiraz", "فارس", "Fars", "71"),
    ("تبریز", "Tabriz", "آذربایجان شرقی", "East Azerbaijan", "41"), ("کرج", "Karaj", "البرز", "Alborz", "26"),
    ("اهواز", "Ahvaz", "خوزستان", "Khuzestan", "61"), ("قم", "Qom", "قم", "Qom", "25"),
    ("کرمانشاه", "Kermanshah", "کرمانشاه", "Kermanshah", "83"), ("رشت", "Rasht", "گیلان", "Gilan", "13"),
    ("ارومیه", "Urmia", "آذربایجان غربی", "West Azerbaijan", "44"), ("یزد", "Yazd", "یزد", "Yazd", "35"),
    ("کرمان", "Kerman", "کرمان", "Kerman", "34"), ("همدان", "Hamadan", "همدان", "Hamadan", "81"),
    ("اراک", "Arak", "مرکزی", "Markazi", "86"), ("ساری", "Sari", "مازندران", "Mazandaran", "11"),
    ("بندرعباس", "Bandar Abbas", "هرمزگان", "Hormozgan", "76"), ("زنجان", "Zanjan", "زنجان", "Zanjan", "24"),
    ("قزوین", "Qazvin", "قزوین", "Qazvin", "28"), ("سنندج", "Sanandaj", "کردستان", "Kurdistan", "87"),
]
# Tehran holds a large share of any Iranian office's customers
CITY_WEIGHTS_IR = [30, 8, 8, 7, 6, 6, 4, 3, 2, 3, 2, 3, 2, 2, 2, 3, 2, 1, 2, 1]
# (city, country, calling code, national number length)
CITIES_ABROAD = [("Dubai", "UAE", "971", 9), ("Istanbul", "Turkey", "90", 10), ("London", "UK", "44", 10),
                 ("Hamburg", "Germany", "49", 11), ("Baku", "Azerbaijan", "994", 9), ("Muscat", "Oman", "968", 8)]
STREETS_FA = ["خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز", "خیابان آزادی", "خیابان شریعتی", "بلوار میرداماد",
              "خیابان امام", "خیابان فردوسی", "بلوار جمهوری", "خیابان بهار", "خیابان مطهری", "خیابان طالقانی"]
MOBILE_PREFIXES = ["912", "913", "914", "915", "916", "917", "919", "935", "936", "937", "938", "939",
                   "901", "902", "903", "990", "921", "922"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "chmail.ir", "mail.ir"]

COMPANY_KINDS_FA = ["بازرگانی", "صنایع", "گروه", "فروشگاه", "کلینیک", "آژانس", "مهندسی", "پخش", "تولیدی",
                    "شرکت"]
COMPANY_CORES_FA = [("آریا", "arya"), ("پارس", "pars"), ("البرز", "alborz"), ("سپهر", "sepehr"),
                    ("آرمان", "arman"), ("نوین", "novin"), ("کاوه", "kaveh"), ("تابان", "taban"), ("مهر", "mehr"),
                    ("زاگرس", "zagros"), ("دماوند", "damavand"), ("رایان", "rayan"), ("پیشگام", "pishgam"),
                    ("آسیا", "asia"), ("نگین", "negin"), ("کیمیا", "kimia"), ("ایران\u200cزمین", "iranzamin"),
                    ("سپید", "sepid"), ("پویان", "pouyan"), ("ستاره", "setareh"), ("گلستان", "golestan"),
                    ("چکاد", "chakad"), ("ژرفا", "zharfa"), ("یکتا", "yekta")]
COMPANY_SUFFIX_FA = ["", "", "", " نوین", " پارسیان", " شرق", " غرب"]
COMPANY_EN = ["Northwind Trading", "Blue Harbor Logistics", "Atlas Medical", "Crescent Foods",
              "Silverline Textiles", "Gulf Star Shipping", "Anatolia Machinery", "Caspian Software",
              "Golden Gate Imports", "Redwood Packaging", "Sunrise Pharma", "Union Electric Supply"]
# (fa, en)
INDUSTRIES = [("بازرگانی", "Trading"), ("فناوری اطلاعات", "IT services"), ("پخش مواد غذایی", "Food distribution"),
              ("ساختمان", "Construction"), ("پزشکی", "Healthcare"), ("خودرو", "Automotive"), ("آموزش", "Education"),
              ("گردشگری", "Tourism"), ("تبلیغات", "Advertising"), ("نساجی", "Textiles"),
              ("لوازم خانگی", "Home appliances")]
JOB_TITLES = [("مدیرعامل", "CEO"), ("مدیر خرید", "Purchasing manager"), ("کارشناس فروش", "Sales specialist"),
              ("حسابدار", "Accountant"), ("مدیر فنی", "Technical manager"), ("مسئول دفتر", "Office manager"),
              ("کارشناس بازرگانی", "Commercial specialist"), ("مالک", "Owner"), ("پزشک", "Physician"),
              ("مهندس ناظر", "Site engineer")]
SOURCES = [("اینستاگرام", "Instagram"), ("نمایشگاه", "Exhibition"), ("معرفی مشتریان", "Referral"),
           ("وب‌سایت", "Website"), ("تبلیغات محیطی", "Billboard"), ("تماس ورودی", "Inbound call"),
           ("تراکت", "Flyer")]
TAGS_FA = ["مشتری ویژه", "عمده\u200cفروش", "همکار", "نمایشگاه ۱۴۰۴", "خوش\u200cحساب", "نیاز به پیگیری"]
TAGS_EN = ["VIP", "Wholesale", "Partner", "Expo 2025"]
PRODUCTS_FA = ["دستگاه تصفیه آب", "لپ\u200cتاپ", "نرم\u200cافزار حسابداری", "قرارداد پشتیبانی سالانه",
               "کولر گازی", "پکیج دیواری", "چاپگر لیزری", "خدمات نصب و راه\u200cاندازی"]
PRODUCTS_EN = ["water purifier", "laptop", "accounting software", "annual support contract",
               "air conditioner", "laser printer", "installation service"]
NOTES_FA = [
    "تماس گرفت و قیمت {product} را پرسید.",
    "پیش\u200cفاکتور {product} ارسال شد؛ منتظر تأیید هستیم.",
    "جلسه حضوری در دفتر؛ به خرید عمده {product} علاقه دارد.",
    "از تأخیر در ارسال گله داشت؛ پیگیری و عذرخواهی شد.",
    "قرار شد هفته بعد دوباره تماس بگیریم.",
    "از خدمات پس از فروش راضی بود و مشتری دیگری معرفی کرد.",
    "درخواست تخفیف برای سفارش بیش از ۱۰ عدد {product}.",
    "شماره همراه جدید داد؛ در پرونده به\u200cروز شد.",
]
NOTES_EN = [
    "Called to ask for the price of the {product}.",
    "Sent a quote for the {product}; waiting for approval.",
    "Met at our office; interested in buying the {product} in bulk.",
    "Complained about a late delivery; followed up and apologised.",
    "Agreed to call again next week.",
    "Happy with after-sales service; referred a new customer.",
]
STAFF = [("sara", "سارا احمدی", "Sara Ahmadi"), ("reza", "رضا کریمی", "Reza Karimi"),
         ("neda", "ندا فراهانی", "Neda Farahani"), ("omid", "امید نوری", "Omid Nouri")]
