<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>Call</source>
            <translation>تماس</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>کار</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>پیامک</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>کم</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>عادی</translation>
        </message>
        <message>
            <source>High</source>
            <translation>زیاد</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>خروجی</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>ورودی</translation>
        </message>
        <message>
            <source>Talked</source>
            <translation>صحبت شد</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>پاسخ نداد</translation>
        </message>
        <message>
            <source>Busy</source>
            <translation>مشغول بود</translation>
        </message>
        <message>
            <source>Left a message</source>
            <translation>پیغام گذاشته شد</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>شماره اشتباه</translation>
        </message>
        <message>
            <source>days</source>
            <translation>روز</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>هفته</translation>
        </message>
        <message>
            <source>months</source>
            <translation>ماه</translation>
        </message>
        <message>
            <source>Outgoing call</source>
            <extracomment>"Outgoing call", "Incoming SMS", ... (the default subject of a logged call or message)</extracomment>
            <translation>تماس خروجی</translation>
        </message>
        <message>
            <source>Incoming call</source>
            <translation>تماس ورودی</translation>
        </message>
        <message>
            <source>SMS sent</source>
            <translation>پیامک ارسالی</translation>
        </message>
        <message>
            <source>SMS received</source>
            <translation>پیامک دریافتی</translation>
        </message>
        <message>
            <source>Email sent</source>
            <translation>ایمیل ارسالی</translation>
        </message>
        <message>
            <source>Email received</source>
            <translation>ایمیل دریافتی</translation>
        </message>
        <message>
            <source>Planned</source>
            <extracomment>the timeline's and the reminders' phrasing of an activity</extracomment>
            <translation>در برنامه</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <source>e.g. Call about the quote</source>
            <extracomment>which kinds have which field (the rest of the form is the same for every kind) errors of the service shown at another field's place</extracomment>
            <translation>مثلاً تماس دربارهٔ پیش‌فاکتور</translation>
        </message>
        <message>
            <source>e.g. Demo at their office</source>
            <translation>مثلاً معرفی محصول در دفتر مشتری</translation>
        </message>
        <message>
            <source>e.g. Prepare the offer</source>
            <translation>مثلاً آماده کردن پیشنهاد قیمت</translation>
        </message>
        <message>
            <source>e.g. Payment reminder</source>
            <translation>مثلاً یادآوری پرداخت</translation>
        </message>
        <message>
            <source>e.g. Send the price list</source>
            <translation>مثلاً ارسال فهرست قیمت</translation>
        </message>
        <message>
            <source>e.g. Talked at the fair</source>
            <translation>مثلاً گفت‌وگو در نمایشگاه</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>ویرایش فعالیت</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>فعالیت جدید</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Address, or “Online”</source>
            <translation>نشانی، یا «آنلاین»</translation>
        </message>
        <message>
            <source>One name a line</source>
            <translation>هر سطر یک نام</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>پرونده</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>موعد</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>مدت</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>جهت</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>محل</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>شرکت‌کنندگان</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>اولویت</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>یادآوری</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>تکرار</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>توضیحات</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>صورت‌جلسه</translation>
        </message>
        <message>
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>انجام شد</translation>
        </message>
        <message>
            <source>What was decided, who does what next</source>
            <translation>چه تصمیمی گرفته شد و قدم بعدی با کیست</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>چه اتفاقی افتاد؟</translation>
        </message>
        <message>
            <source>due {when}</source>
            <translation>موعد {when}</translation>
        </message>
        <message>
            <source>This was the last time of a repeating activity.</source>
            <translation>این آخرین نوبتِ این فعالیت تکراری بود.</translation>
        </message>
        <message>
            <source>This activity repeats: the next one will be due {when}.</source>
            <translation>این فعالیت تکرار می‌شود: موعد نوبت بعدی {when} است.</translation>
        </message>
        <message>
            <source>Time of day (the arrows move it by 15 minutes)</source>
            <translation>ساعت (با کلیدهای جهت‌نما ربع‌ساعت به ربع‌ساعت جابه‌جا می‌شود)</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>تمام روز</translation>
        </message>
        <message>
            <source>Follow up: {subject}</source>
            <translation>پیگیری: {subject}</translation>
        </message>
        <message>
            <source>Follow up</source>
            <translation>پیگیری</translation>
        </message>
        <message>
            <source>Schedule a follow-up</source>
            <translation>برنامه‌ریزی پیگیری</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>فردا</translation>
        </message>
        <message>
            <source>In 3 days</source>
            <translation>سه روز بعد</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>هفتهٔ بعد</translation>
        </message>
        <message>
            <source>In 2 weeks</source>
            <translation>دو هفته بعد</translation>
        </message>
        <message>
            <source>On a date of my own</source>
            <translation>تاریخ دلخواه</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source> min</source>
            <translation> دقیقه</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <source>Click to open</source>
            <translation>برای باز کردن کلیک کنید</translation>
        </message>
        <message>
            <source>Done {when}</source>
            <translation>انجام‌شده در {when}</translation>
        </message>
        <message>
            <source>Overdue since {when}</source>
            <translation>عقب‌افتاده از {when}</translation>
        </message>
        <message>
            <source>Due {when}</source>
            <translation>موعد {when}</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>ثبت تماس</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>برنامه‌ریزی…</translation>
        </message>
        <message>
            <source>Save first; then its calls, meetings and tasks are scheduled and logged here.</source>
            <translation>اول ذخیره کنید؛ سپس تماس‌ها، جلسه‌ها و کارهای آن اینجا برنامه‌ریزی و ثبت می‌شوند.</translation>
        </message>
        <message>
            <source>No activities yet.</source>
            <translation>هنوز فعالیتی ثبت نشده است.</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>خلاصهٔ گفت‌وگو</translation>
        </message>
        <message>
            <source>Log call</source>
            <translation>ثبت تماس</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>تغییر زمان</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>انتقال</translation>
        </message>
        <message>
            <source>Move it to:</source>
            <translation>انتقال به:</translation>
        </message>
        <message>
            <source>Choose a date.</source>
            <translation>تاریخی انتخاب کنید.</translation>
        </message>
        <message>
            <source>In 1 hour</source>
            <translation>یک ساعت بعد</translation>
        </message>
        <message>
            <source>Tomorrow, same time</source>
            <translation>فردا، همین ساعت</translation>
        </message>
        <message>
            <source>Next week, same time</source>
            <translation>هفتهٔ بعد، همین ساعت</translation>
        </message>
        <message>
            <source>Pick a date and time…</source>
            <translation>انتخاب تاریخ و ساعت…</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>حذف فعالیت</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete “{subject}”?</source>
            <translation>«{subject}» حذف شود؟</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>هر روز</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>هر {n} روز یک بار</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>هر هفته</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>هر {n} هفته یک بار</translation>
        </message>
        <message>
            <source>Every week on {weekday}</source>
            <translation>هر هفته، روز {weekday}</translation>
        </message>
        <message>
            <source>Every {n} weeks on {weekday}</source>
            <translation>هر {n} هفته یک بار، روز {weekday}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>هر ماه</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>هر {n} ماه یک بار</translation>
        </message>
        <message>
            <source>Every month on day {day}</source>
            <translation>هر ماه، روز {day}</translation>
        </message>
        <message>
            <source>Every {n} months on day {day}</source>
            <translation>هر {n} ماه یک بار، روز {day}</translation>
        </message>
        <message>
            <source>{rule} (the last day in shorter months)</source>
            <translation>{rule} (در ماه‌های کوتاه‌تر، روز آخر ماه)</translation>
        </message>
        <message>
            <source>{rule} until {date}</source>
            <translation>{rule} تا {date}</translation>
        </message>
        <message>
            <source>Repeat every</source>
            <translation>تکرار هر</translation>
        </message>
        <message>
            <source>until</source>
            <translation>تا</translation>
        </message>
        <message>
            <source>no end</source>
            <translation>بدون پایان</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Preparing the demo database…</source>
            <translation>در حال آماده‌سازی پایگاه داده نمایشی…</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} تا {last}</translation>
        </message>
        <message>
            <source>{weekday} {day}</source>
            <translation>{weekday} {day}</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>تمام روز</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} مورد دیگر</translation>
        </message>
        <message>
            <source>Calendar</source>
            <extracomment>the letters the Persian keyboard layout (ISIRI 9147) types on the keys of the calendar's shortcuts</extracomment>
            <translation>تقویم</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <source>{day}, {time}</source>
            <translation>{day}، ساعت {time}</translation>
        </message>
        <message>
            <source>Moved to {when}.</source>
            <translation>به {when} منتقل شد.</translation>
        </message>
        <message>
            <source>New activity on this day…</source>
            <translation>فعالیت جدید در این روز…</translation>
        </message>
        <message>
            <source>Show this day</source>
            <translation>نمایش این روز</translation>
        </message>
        <message>
            <source>A coming occurrence: it is made when the current one is done</source>
            <translation>نوبت آینده: پس از انجام نوبت فعلی ساخته می‌شود</translation>
        </message>
        <message>
            <source>Open the current occurrence…</source>
            <translation>باز کردن نوبت فعلی…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>باز کردن…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>انجام شد</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Open the customer</source>
            <translation>صفحهٔ مشتری</translation>
        </message>
        <message>
            <source>{kind} · {when}</source>
            <translation>{kind} · {when}</translation>
        </message>
        <message>
            <source>Assigned to {name}</source>
            <translation>مسئول: {name}</translation>
        </message>
        <message>
            <source>A coming occurrence of a repeating activity (made when the current one is done; it cannot be moved).</source>
            <translation>نوبت آیندهٔ یک فعالیت تکراری (پس از انجام نوبت فعلی ساخته می‌شود و نمی‌توان آن را جابه‌جا کرد).</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>امروز</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>رفتن به امروز (T)</translation>
        </message>
        <message>
            <source>Previous (Page Up)</source>
            <translation>قبلی (Page Up)</translation>
        </message>
        <message>
            <source>Next (Page Down)</source>
            <translation>بعدی (Page Down)</translation>
        </message>
        <message>
            <source>My activities</source>
            <translation>فعالیت‌های من</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>همهٔ افراد</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>همهٔ انواع</translation>
        </message>
        <message>
            <source>Show done</source>
            <translation>نمایش انجام‌شده‌ها</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>روز</translation>
        </message>
        <message>
            <source>One day (D)</source>
            <translation>یک روز (D)</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>هفته</translation>
        </message>
        <message>
            <source>One week (W)</source>
            <translation>یک هفته (W)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>ماه</translation>
        </message>
        <message>
            <source>One month (M)</source>
            <translation>یک ماه (M)</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>فعالیت جدید</translation>
        </message>
        <message>
            <source>Schedule an activity on the chosen day (Ctrl+N)</source>
            <translation>برنامه‌ریزی فعالیت در روز انتخاب‌شده (Ctrl+N)</translation>
        </message>
    </context>
    <context>
        <name>CaseCategories</name>
        <message>
            <source>Billing and invoices</source>
            <translation>مالی و صورتحساب</translation>
        </message>
        <message>
            <source>Wrong invoice amount</source>
            <translation>مبلغ اشتباه فاکتور</translation>
        </message>
        <message>
            <source>Payment and refund</source>
            <translation>پرداخت و استرداد وجه</translation>
        </message>
        <message>
            <source>Discount not applied</source>
            <translation>اعمال نشدن تخفیف</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>ارسال و تحویل</translation>
        </message>
        <message>
            <source>Late delivery</source>
            <translation>تأخیر در تحویل</translation>
        </message>
        <message>
            <source>Damaged in transit</source>
            <translation>آسیب‌دیدگی در حمل</translation>
        </message>
        <message>
            <source>Wrong or missing items</source>
            <translation>کالای اشتباه یا ناقص</translation>
        </message>
        <message>
            <source>Product quality</source>
            <translation>کیفیت کالا</translation>
        </message>
        <message>
            <source>Defective product</source>
            <translation>کالای معیوب</translation>
        </message>
        <message>
            <source>Not as described</source>
            <translation>مغایرت با مشخصات</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>خدمات پس از فروش</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>گارانتی</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>تعمیر</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>نصب و راه‌اندازی</translation>
        </message>
        <message>
            <source>Staff behaviour</source>
            <translation>رفتار کارکنان</translation>
        </message>
        <message>
            <source>Impolite behaviour</source>
            <translation>برخورد نامناسب</translation>
        </message>
        <message>
            <source>Slow to answer</source>
            <translation>پاسخ‌گویی کند</translation>
        </message>
        <message>
            <source>Information request</source>
            <translation>درخواست اطلاعات</translation>
        </message>
        <message>
            <source>Prices and availability</source>
            <translation>قیمت و موجودی</translation>
        </message>
        <message>
            <source>Order status</source>
            <translation>پیگیری سفارش</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>سایر</translation>
        </message>
    </context>
    <context>
        <name>CaseHistory</name>
        <message>
            <source>File removed: {old}</source>
            <translation>فایل حذف شد: {old}</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>ثبت شد</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>وضعیت: {old} ← {new}</translation>
        </message>
        <message>
            <source>Assigned: {old} → {new}</source>
            <translation>واگذاری: {old} ← {new}</translation>
        </message>
        <message>
            <source>Routed to {new}</source>
            <translation>ارجاع به {new}</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>یادداشت داخلی</translation>
        </message>
        <message>
            <source>Message to the customer</source>
            <translation>پیام به مشتری</translation>
        </message>
        <message>
            <source>File attached: {new}</source>
            <translation>فایل پیوست شد: {new}</translation>
        </message>
        <message>
            <source>Knowledge article linked: {new}</source>
            <translation>مقالهٔ بانک دانش مرتبط شد: {new}</translation>
        </message>
        <message>
            <source>Customer rated it {new} of 5</source>
            <translation>امتیاز مشتری: {new} از ۵</translation>
        </message>
        <message>
            <source>Priority: {old} → {new}</source>
            <translation>اولویت: {old} ← {new}</translation>
        </message>
        <message>
            <source>Category: {old} → {new}</source>
            <translation>دسته: {old} ← {new}</translation>
        </message>
        <message>
            <source>Details changed</source>
            <translation>مشخصات تغییر کرد</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>بازگشایی شد</translation>
        </message>
    </context>
    <context>
        <name>CaseReport</name>
        <message>
            <source>All cases</source>
            <translation>همهٔ پرونده‌ها</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>بدون مسئول</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>بدون تیم</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>بدون دسته</translation>
        </message>
        <message>
            <source>No channel</source>
            <translation>بدون کانال</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>همهٔ دسته‌ها</translation>
        </message>
        <message>
            <source>The average of the last 8 weeks, raised or lowered as the same week last year compared with the 8 weeks before it.</source>
            <translation>میانگین ۸ هفتهٔ اخیر، کم یا زیاد شده به همان نسبتی که همین هفته در سال گذشته با ۸ هفتهٔ پیش از خودش فرق داشت.</translation>
        </message>
        <message>
            <source>The average of the last 8 weeks (not enough history a year back for a seasonal pattern).</source>
            <translation>میانگین ۸ هفتهٔ اخیر (سابقهٔ یک سال پیش برای الگوی فصلی کافی نیست).</translation>
        </message>
    </context>
    <context>
        <name>Cases</name>
        <message>
            <source>Caller {phone}</source>
            <translation>تماس‌گیرنده {phone}</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>درخواست</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>شکایت</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>پرسش</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>پیشنهاد</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>مراجعهٔ حضوری</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>پیامک</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>شبکه‌های اجتماعی</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>کم</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>عادی</translation>
        </message>
        <message>
            <source>High</source>
            <translation>زیاد</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>فوری</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جدید</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>واگذار شده</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>در حال رسیدگی</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>در انتظار مشتری</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>حل شده</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>بسته شده</translation>
        </message>
        <message>
            <source>No SLA</source>
            <translation>بدون تعهد زمانی</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>به‌موقع</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>در خطر</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>رعایت شد</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>نقض شد</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>هیچ‌کس</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <extracomment>Words for the outbox's statuses (the lead may move them to ``cases/labels.py``).</extracomment>
            <translation>در انتظار ارسال</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>فرستاده شد</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>لغو شده</translation>
        </message>
        <message>
            <source>{priority} priority</source>
            <extracomment>working minutes (first response, resolution) of the policies made for a new office</extracomment>
            <translation>اولویت {priority}</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>خودم</translation>
        </message>
        <message>
            <source>Team {name}</source>
            <translation>تیم {name}</translation>
        </message>
        <message>
            <source>Nobody (back to the queue)</source>
            <translation>هیچ‌کس (بازگشت به صف)</translation>
        </message>
        <message>
            <source>{status}…</source>
            <translation>{status}…</translation>
        </message>
        <message>
            <source>{count} cases assigned.</source>
            <translation>{count} پرونده واگذار شد.</translation>
        </message>
        <message>
            <source>{number}: {reason}</source>
            <translation>{number}: {reason}</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…و {count} پروندهٔ دیگر.</translation>
        </message>
        <message>
            <source>Some cases did not move</source>
            <translation>وضعیت برخی پرونده‌ها تغییر نکرد</translation>
        </message>
        <message>
            <source>{moved} cases moved; {refused} could not:</source>
            <translation>وضعیت {moved} پرونده تغییر کرد؛ {refused} پرونده تغییر نکرد:</translation>
        </message>
        <message>
            <source>{count} cases moved.</source>
            <translation>وضعیت {count} پرونده تغییر کرد.</translation>
        </message>
        <message>
            <source>Delete the chosen case?</source>
            <translation>پروندهٔ انتخاب‌شده حذف شود؟</translation>
        </message>
        <message>
            <source>Delete the {count} chosen cases?</source>
            <translation>{count} پروندهٔ انتخاب‌شده حذف شوند؟</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>{count} cases deleted.</source>
            <translation>{count} پرونده حذف شد.</translation>
        </message>
        <message>
            <source>Edit case</source>
            <translation>ویرایش پرونده</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>پروندهٔ جدید</translation>
        </message>
        <message>
            <source>e.g. The invoice amount is wrong</source>
            <translation>مثلاً مبلغ فاکتور اشتباه است</translation>
        </message>
        <message>
            <source>What the customer said, in their words</source>
            <translation>گفتهٔ مشتری، با کلمات خودش</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Product or service (optional)</source>
            <translation>کالا یا خدمت (اختیاری)</translation>
        </message>
        <message>
            <source>Let the routing rules decide</source>
            <translation>طبق قانون‌های ارجاع</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>بدون تیم</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>شرح</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Came by</source>
            <translation>از طریق</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>اولویت</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <source>Subcategory</source>
            <translation>زیردسته</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>کالا</translation>
        </message>
        <message>
            <source>Assign to</source>
            <translation>واگذاری به</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>تیم</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <source>Phone number or name of the customer</source>
            <translation>شماره تلفن یا نام مشتری</translation>
        </message>
        <message>
            <source>Their name (optional)</source>
            <translation>نام مشتری (اختیاری)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>تغییر</translation>
        </message>
        <message>
            <source>Add {phone} as a new customer</source>
            <translation>افزودن {phone} به‌عنوان مشتری جدید</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>شروع رسیدگی</translation>
        </message>
        <message>
            <source>Wait for customer</source>
            <translation>در انتظار مشتری</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>حل پرونده…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>بازگشایی…</translation>
        </message>
        <message>
            <source>Rate satisfaction…</source>
            <translation>ثبت رضایت…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ویرایش…</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>واگذاری…</translation>
        </message>
        <message>
            <source>Write to the customer, or a note for your colleagues…</source>
            <translation>پیامی برای مشتری یا یادداشتی برای همکاران بنویسید…</translation>
        </message>
        <message>
            <source>Send to customer</source>
            <translation>ارسال به مشتری</translation>
        </message>
        <message>
            <source>Add internal note</source>
            <translation>افزودن یادداشت داخلی</translation>
        </message>
        <message>
            <source>Schedule follow-up…</source>
            <translation>برنامه‌ریزی پیگیری…</translation>
        </message>
        <message>
            <source>Calls, meetings and tasks</source>
            <translation>تماس‌ها، جلسه‌ها و کارها</translation>
        </message>
        <message>
            <source>Choose a case in the list to see its details, history and files here.</source>
            <translation>پرونده‌ای را از فهرست انتخاب کنید تا جزئیات، سابقه و فایل‌هایش را اینجا ببینید.</translation>
        </message>
        <message>
            <source>{category} › {subcategory}</source>
            <translation>{category} › {subcategory}</translation>
        </message>
        <message>
            <source>opened {when}</source>
            <translation>ثبت در {when}</translation>
        </message>
        <message>
            <source> · </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Assigned to: {who}</source>
            <translation>مسئول: {who}</translation>
        </message>
        <message>
            <source>History ({count})</source>
            <translation>سابقه ({count})</translation>
        </message>
        <message>
            <source>Files ({count})</source>
            <translation>فایل‌ها ({count})</translation>
        </message>
        <message>
            <source>Knowledge ({count})</source>
            <translation>بانک دانش ({count})</translation>
        </message>
        <message>
            <source>Why: {reason}</source>
            <translation>دلیل: {reason}</translation>
        </message>
        <message>
            <source>Resolution: {text}</source>
            <translation>راه‌حل: {text}</translation>
        </message>
        <message>
            <source>Customer satisfaction: {score} of 5</source>
            <translation>رضایت مشتری: {score} از ۵</translation>
        </message>
        <message>
            <source>{rating} — “{comment}”</source>
            <translation>{rating} — «{comment}»</translation>
        </message>
        <message>
            <source>Reopen case</source>
            <translation>بازگشایی پرونده</translation>
        </message>
        <message>
            <source>Why is the case open again? (optional)</source>
            <translation>چرا پرونده دوباره باز می‌شود؟ (اختیاری)</translation>
        </message>
        <message>
            <source>✉ Sent to the customer (automatic)</source>
            <translation>✉ ارسال‌شده به مشتری (خودکار)</translation>
        </message>
        <message>
            <source>✉ Sent to the customer</source>
            <translation>✉ ارسال‌شده به مشتری</translation>
        </message>
        <message>
            <source>✎ Internal note — only staff see this</source>
            <translation>✎ یادداشت داخلی — فقط کارکنان آن را می‌بینند</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>صفحهٔ مشتری</translation>
        </message>
        <message>
            <source>No customer</source>
            <translation>بدون مشتری</translation>
        </message>
        <message>
            <source>{name} · {company}</source>
            <translation>{name} · {company}</translation>
        </message>
        <message>
            <source>  ·  </source>
            <translation>  ·  </translation>
        </message>
        <message>
            <source>{caption}: {value}</source>
            <translation>{caption}: {value}</translation>
        </message>
        <message>
            <source>No files yet. Attach a photo of the invoice, a letter, ...</source>
            <translation>هنوز فایلی نیست. عکس فاکتور، نامه و ... را پیوست کنید.</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>پیوست فایل…</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>ذخیرهٔ یک نسخه…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <source>{name} · {size} · {when}</source>
            <translation>{name} · {size} · {when}</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>پیوست فایل</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>ذخیرهٔ یک نسخه</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>همهٔ پرونده‌های باز</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>پرونده‌های من</translation>
        </message>
        <message>
            <source>My team</source>
            <translation>تیم من</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>بدون مسئول</translation>
        </message>
        <message>
            <source>{view} ({count})</source>
            <translation>{view} ({count})</translation>
        </message>
        <message>
            <source>Resolved/closed</source>
            <translation>حل شده/بسته شده</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>هر وضعیتی</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>همهٔ دسته‌ها</translation>
        </message>
        <message>
            <source>— {name}</source>
            <translation>— {name}</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>همهٔ کانال‌ها</translation>
        </message>
        <message>
            <source>All priorities</source>
            <translation>همهٔ اولویت‌ها</translation>
        </message>
        <message>
            <source>Search number, subject, customer or phone…</source>
            <translation>جست‌وجوی شماره، موضوع، مشتری یا تلفن…</translation>
        </message>
        <message>
            <source>No article in the knowledge bank matches this case.</source>
            <translation>مقاله‌ای در بانک دانش با این پرونده جور نیست.</translation>
        </message>
        <message>
            <source>Used on this case</source>
            <translation>استفاده‌شده در این پرونده</translation>
        </message>
        <message>
            <source>Suggested answers</source>
            <translation>پاسخ‌های پیشنهادی</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>استفاده</translation>
        </message>
        <message>
            <source>Put this answer into the reply and note the article on the case</source>
            <translation>این پاسخ را در متن جواب بگذارید و مقاله را روی پرونده ثبت کنید</translation>
        </message>
        <message>
            <source>Record a request or complaint (Ctrl+N)</source>
            <translation>ثبت درخواست یا شکایت (Ctrl+N)</translation>
        </message>
        <message>
            <source>Assign to…</source>
            <translation>واگذاری به…</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>تغییر وضعیت…</translation>
        </message>
        <message>
            <source>Complaints and requests</source>
            <translation>شکایات و درخواست‌ها</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>نماها</translation>
        </message>
        <message>
            <source>{count} cases</source>
            <translation>{count} پرونده</translation>
        </message>
        <message>
            <source>Case saved.</source>
            <translation>پرونده ذخیره شد.</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>text and background of the SLA cell per clock state</extracomment>
            <translation>شماره</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>تعهد زمانی</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>تاریخ ثبت</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} ساعت</translation>
        </message>
        <message>
            <source>{state} · {time}</source>
            <translation>{state} · {time}</translation>
        </message>
        <message>
            <source>{state} · {time} left</source>
            <translation>{state} · {time} مانده</translation>
        </message>
        <message>
            <source>{team} / {person}</source>
            <translation>{team} / {person}</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(حذف شده)</translation>
        </message>
        <message>
            <source>Due {when}</source>
            <translation>سررسید: {when}</translation>
        </message>
        <message>
            <source>Resolve case</source>
            <translation>حل پرونده</translation>
        </message>
        <message>
            <source>Resolve cases</source>
            <translation>حل پرونده‌ها</translation>
        </message>
        <message>
            <source>e.g. The device was replaced under warranty.</source>
            <translation>مثلاً دستگاه با گارانتی تعویض شد.</translation>
        </message>
        <message>
            <source>Write how the case was resolved.</source>
            <translation>بنویسید پرونده چگونه حل شد.</translation>
        </message>
        <message>
            <source>How was it resolved? The customer may be told this.</source>
            <translation>چگونه حل شد؟ ممکن است همین متن به مشتری هم گفته شود.</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>حل شد</translation>
        </message>
        <message>
            <source>Customer satisfaction</source>
            <translation>رضایت مشتری</translation>
        </message>
        <message>
            <source>What the customer said (optional)</source>
            <translation>نظر مشتری (اختیاری)</translation>
        </message>
        <message>
            <source>How satisfied is the customer? 1 is very unhappy, 5 very happy.</source>
            <translation>مشتری چقدر راضی است؟ ۱ یعنی بسیار ناراضی و ۵ یعنی بسیار راضی.</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>واگذاری</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>هیچ‌کس</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
    </context>
    <context>
        <name>CasesReport</name>
        <message>
            <source>No case opened in this period was answered yet.</source>
            <translation>هنوز به هیچ پرونده‌ای از این دوره پاسخ داده نشده است.</translation>
        </message>
        <message>
            <source>Average first response</source>
            <translation>میانگین زمان نخستین پاسخ</translation>
        </message>
        <message>
            <source>Average resolution</source>
            <translation>میانگین زمان حل</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>ساعت کاری</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>نخستین پاسخ</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>حل پرونده</translation>
        </message>
        <message>
            <source>No case opened in this period had an SLA deadline.</source>
            <translation>هیچ پرونده‌ای در این دوره مهلت تعهد زمانی نداشت.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>رعایت شد</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>نقض شد</translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>هنوز در جریان</translation>
        </message>
        <message>
            <source>{percent} on time</source>
            <translation>{percent} به‌موقع</translation>
        </message>
        <message>
            <source>SLA deadlines met and breached</source>
            <translation>مهلت‌های تعهد زمانی: رعایت‌شده و نقض‌شده</translation>
        </message>
        <message>
            <source>No days in this period.</source>
            <translation>این دوره هیچ روزی ندارد.</translation>
        </message>
        <message>
            <source>Open cases at the end of each week</source>
            <translation>پرونده‌های باز در پایان هر هفته</translation>
        </message>
        <message>
            <source>Open cases at the end of each day</source>
            <translation>پرونده‌های باز در پایان هر روز</translation>
        </message>
        <message>
            <source>No customer rated a case opened in this period.</source>
            <translation>هیچ مشتری‌ای به پرونده‌های این دوره امتیاز نداده است.</translation>
        </message>
        <message>
            <source>{score} · {count} ratings</source>
            <translation>{score} · {count} امتیاز</translation>
        </message>
        <message>
            <source>Average satisfaction ({low} to {high})</source>
            <translation>میانگین رضایت ({low} تا {high})</translation>
        </message>
        <message>
            <source>No complaint was opened in this period.</source>
            <translation>در این دوره هیچ شکایتی ثبت نشد.</translation>
        </message>
        <message>
            <source>No complaint opened in this period names a product.</source>
            <translation>در شکایت‌های این دوره نام هیچ کالایی نیامده است.</translation>
        </message>
        <message>
            <source>Categories with the most complaints</source>
            <translation>دسته‌هایی با بیشترین شکایت</translation>
        </message>
        <message>
            <source>Products with the most complaints</source>
            <translation>کالاهایی با بیشترین شکایت</translation>
        </message>
        <message>
            <source>No case was opened in the last year.</source>
            <translation>در یک سال گذشته هیچ پرونده‌ای باز نشد.</translation>
        </message>
        <message>
            <source>Cases per week</source>
            <translation>پرونده در هفته</translation>
        </message>
        <message>
            <source>Average of the last {weeks} weeks</source>
            <translation>میانگین {weeks} هفتهٔ اخیر</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>پیش‌بینی</translation>
        </message>
        <message>
            <source>This week so far</source>
            <translation>این هفته تا امروز</translation>
        </message>
        <message>
            <source>{category}: cases per week, and the next {weeks} weeks</source>
            <translation>{category}: پرونده‌ها در هر هفته و {weeks} هفتهٔ آینده</translation>
        </message>
        <message>
            <source>Complaints report</source>
            <translation>گزارش شکایات و درخواست‌ها</translation>
        </message>
        <message>
            <source>How fast cases were answered and resolved, whether the SLA was kept, how customers felt, and what the coming weeks will bring.</source>
            <translation>پرونده‌ها با چه سرعتی پاسخ گرفتند و حل شدند، تعهد زمانی رعایت شد یا نه، مشتریان چقدر راضی بودند و هفته‌های آینده چه در پیش دارند.</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>همهٔ تیم‌ها</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>تیم</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>همهٔ افراد</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>همهٔ دسته‌ها</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>همهٔ کانال‌ها</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>کانال</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>توقف</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>محاسبهٔ دوباره</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <translation>پرونده‌های باز شده</translation>
        </message>
        <message>
            <source>First response, working hours</source>
            <translation>نخستین پاسخ، به ساعت کاری</translation>
        </message>
        <message>
            <source>Resolution, working hours</source>
            <translation>حل پرونده، به ساعت کاری</translation>
        </message>
        <message>
            <source>SLA met: response · resolution</source>
            <translation>رعایت تعهد زمانی: پاسخ · حل</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>بازگشایی‌شده</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>رضایت</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>روز</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>پرونده‌های باز</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>به تفکیک</translation>
        </message>
        <message>
            <source>Working hours only (the office's week and holidays). The black mark on a bar is the median.</source>
            <translation>فقط ساعت‌های کاری شمرده می‌شود (هفتهٔ کاری و تعطیلات دفتر). خط سیاه روی هر میله، میانه است.</translation>
        </message>
        <message>
            <source>Met: answered (or resolved) before the deadline. Breached: after it, or still open past it. Still running: open, deadline ahead. On time = met / (met + breached); cases without an SLA policy are left out.</source>
            <translation>رعایت شد: پیش از مهلت پاسخ داده (یا حل) شد. نقض شد: پس از مهلت، یا هنوز باز و مهلتش گذشته. هنوز در جریان: باز است و مهلتش نرسیده. به‌موقع = رعایت‌شده ÷ (رعایت‌شده + نقض‌شده)؛ پرونده‌های بدون سیاست تعهد زمانی حساب نمی‌شوند.</translation>
        </message>
        <message>
            <source>Count at the end of</source>
            <translation>شمارش در پایان</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>خودکار</translation>
        </message>
        <message>
            <source>Each day</source>
            <translation>هر روز</translation>
        </message>
        <message>
            <source>Each week</source>
            <translation>هر هفته</translation>
        </message>
        <message>
            <source>Every case still open at that moment counts, however old it is.</source>
            <translation>هر پرونده‌ای که در آن لحظه هنوز باز باشد شمرده می‌شود، هر قدر هم قدیمی باشد.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>نمایش</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>دسته‌ها</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>کالاها</translation>
        </message>
        <message>
            <source>Complaints only (not requests, questions or suggestions).</source>
            <translation>فقط شکایت‌ها (نه درخواست، پرسش یا پیشنهاد).</translation>
        </message>
        <message>
            <source>Response and resolution</source>
            <translation>پاسخ و حل</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>تعهد زمانی</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>پرونده‌های باز</translation>
        </message>
        <message>
            <source>Most complained about</source>
            <translation>بیشترین شکایت‌ها</translation>
        </message>
        <message>
            <source>Volume forecast</source>
            <translation>پیش‌بینی حجم کار</translation>
        </message>
        <message>
            <source>Median: {median}</source>
            <translation>میانه: {median}</translation>
        </message>
        <message>
            <source>{score} / {most}</source>
            <translation>{score} از {most}</translation>
        </message>
        <message>
            <source>— {name}</source>
            <translation>— {name}</translation>
        </message>
        <message>
            <source>Stopped; the figures below are from before.</source>
            <translation>متوقف شد؛ ارقام زیر از محاسبهٔ قبلی است.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>در حال محاسبه…</translation>
        </message>
        <message>
            <source>Cases opened · {resolved} resolved</source>
            <translation>پرونده‌های باز شده · {resolved} حل شده</translation>
        </message>
        <message>
            <source>{response} · {resolution}</source>
            <translation>{response} · {resolution}</translation>
        </message>
        <message>
            <source>Reopened · {count} of {resolved}</source>
            <translation>بازگشایی‌شده · {count} از {resolved}</translation>
        </message>
        <message>
            <source>Satisfaction · {count} ratings</source>
            <translation>رضایت · {count} امتیاز</translation>
        </message>
        <message>
            <source>How these numbers were made</source>
            <translation>این اعداد چگونه به دست آمد</translation>
        </message>
        <message>
            <source>{category}: {mean} cases a week on average over the last {weeks} complete weeks.</source>
            <translation>{category}: به‌طور میانگین {mean} پرونده در هفته، در {weeks} هفتهٔ کامل اخیر.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>×{factor}</source>
            <translation>×{factor}</translation>
        </message>
        <message>
            <source>Last year the same weeks had these multiples of their {weeks}-week average: {factors}.</source>
            <translation>پارسال همین هفته‌ها این چند برابرِ میانگین {weeks} هفتهٔ پیش از خود بودند: {factors}.</translation>
        </message>
        <message>
            <source>Expected in the next {count} weeks: about {total} cases.</source>
            <translation>پیش‌بینی {count} هفتهٔ آینده: حدود {total} پرونده.</translation>
        </message>
        <message>
            <source>Cases are counted by the week they were opened, with the filters above; the period does not change the forecast.</source>
            <translation>پرونده‌ها بر پایهٔ هفتهٔ باز شدنشان و با فیلترهای بالا شمرده می‌شوند؛ دورهٔ انتخاب‌شده پیش‌بینی را تغییر نمی‌دهد.</translation>
        </message>
        <message>
            <source>Seasonal</source>
            <translation>فصلی</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>میانگین</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>پرونده‌ها</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>پاسخ‌داده‌شده</translation>
        </message>
        <message>
            <source>Avg. response</source>
            <translation>میانگین پاسخ</translation>
        </message>
        <message>
            <source>Median response</source>
            <translation>میانهٔ پاسخ</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>حل شده</translation>
        </message>
        <message>
            <source>Avg. resolution</source>
            <translation>میانگین حل</translation>
        </message>
        <message>
            <source>Median resolution</source>
            <translation>میانهٔ حل</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>مهلت</translation>
        </message>
        <message>
            <source>Met on time</source>
            <translation>به‌موقع</translation>
        </message>
        <message>
            <source>Average score</source>
            <translation>میانگین امتیاز</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>امتیازها</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>کالا</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>شکایت‌ها</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>سهم</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>روش</translation>
        </message>
        <message>
            <source>Weekly average</source>
            <translation>میانگین هفتگی</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>هفتهٔ {day}</translation>
        </message>
    </context>
    <context>
        <name>CasesSettings</name>
        <message>
            <source>00:00 as the end means midnight.</source>
            <translation>پایان ۰۰:۰۰ یعنی نیمه‌شب.</translation>
        </message>
        <message>
            <source>Remove this period</source>
            <translation>حذف این بازه</translation>
        </message>
        <message>
            <source>Day off</source>
            <translation>تعطیل</translation>
        </message>
        <message>
            <source>+ Period</source>
            <translation>+ بازه</translation>
        </message>
        <message>
            <source>Add a working period to this day</source>
            <translation>افزودن یک بازهٔ کاری به این روز</translation>
        </message>
        <message>
            <source>Edit holiday</source>
            <translation>ویرایش تعطیلی</translation>
        </message>
        <message>
            <source>New holiday</source>
            <translation>تعطیلی تازه</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>روز</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>e.g. Nowruz</source>
            <translation>مثلاً نوروز</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>ساعت‌های کاری</translation>
        </message>
        <message>
            <source>SLA deadlines count only these hours. A day may have several periods (e.g. a lunch break between them); an end of 00:00 means midnight.</source>
            <translation>مهلت‌های SLA فقط در این ساعت‌ها شمرده می‌شوند. هر روز می‌تواند چند بازه داشته باشد (مثلاً با وقت ناهار در میانشان)؛ پایان ۰۰:۰۰ یعنی نیمه‌شب.</translation>
        </message>
        <message>
            <source>Save working hours</source>
            <translation>ذخیرهٔ ساعت‌های کاری</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>برگرداندن تغییرها</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>روز هفته</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>افزودن…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ویرایش…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>تعطیلی‌ها</translation>
        </message>
        <message>
            <source>No working time at all on these days.</source>
            <translation>در این روزها هیچ ساعت کاری حساب نمی‌شود.</translation>
        </message>
        <message>
            <source>No holidays yet. Add the official holidays of the year, so that SLA deadlines skip them.</source>
            <translation>هنوز تعطیلی‌ای ثبت نشده. تعطیلی‌های رسمی سال را بیفزایید تا مهلت‌های SLA از روی آن‌ها بگذرند.</translation>
        </message>
        <message>
            <source>Saved: {hours} working hours a week.</source>
            <translation>ذخیره شد: {hours} ساعت کار در هفته.</translation>
        </message>
        <message>
            <source>Remove holiday</source>
            <translation>حذف تعطیلی</translation>
        </message>
        <message>
            <source>Remove the holiday of {day}?</source>
            <translation>تعطیلی {day} حذف شود؟</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <source>State</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Add category…</source>
            <translation>افزودن دسته…</translation>
        </message>
        <message>
            <source>Add subcategory…</source>
            <translation>افزودن زیردسته…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>تغییر نام…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>بالاتر</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>پایین‌تر</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>کنار گذاشتن</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>No categories. Add the kinds of requests your office gets, e.g. Billing or Delivery, and their subcategories.</source>
            <translation>دسته‌ای نیست. گونه‌های درخواستی را که به دفتر شما می‌رسد بیفزایید، مثلاً صورتحساب یا ارسال، با زیردسته‌هایشان.</translation>
        </message>
        <message>
            <source>The categories offered for a new case, each with its subcategories, in this order. A retired category is no longer offered and old cases keep it; only a category that no case or routing rule uses can be deleted.</source>
            <translation>دسته‌هایی که برای درخواست تازه پیشنهاد می‌شوند، هر کدام با زیردسته‌هایش، به همین ترتیب. دستهٔ کنارگذاشته دیگر پیشنهاد نمی‌شود و درخواست‌های قدیمی آن را نگه می‌دارند؛ فقط دسته‌ای را می‌توان حذف کرد که هیچ درخواست یا قاعدهٔ ارجاعی از آن استفاده نکند.</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>کنار گذاشته</translation>
        </message>
        <message>
            <source>Not offered (its category is retired)</source>
            <translation>پیشنهاد نمی‌شود (دسته‌اش کنار گذاشته شده)</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>در حال استفاده</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>فعال کردن</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>دستهٔ تازه</translation>
        </message>
        <message>
            <source>New subcategory of “{category}”</source>
            <translation>زیردستهٔ تازه برای «{category}»</translation>
        </message>
        <message>
            <source>Rename category</source>
            <translation>تغییر نام دسته</translation>
        </message>
        <message>
            <source>Delete the category “{name}” and its {count} subcategories?</source>
            <translation>دستهٔ «{name}» و {count} زیردسته‌اش حذف شوند؟</translation>
        </message>
        <message>
            <source>Delete the category “{name}”?</source>
            <translation>دستهٔ «{name}» حذف شود؟</translation>
        </message>
        <message>
            <source>Delete category</source>
            <translation>حذف دسته</translation>
        </message>
        <message>
            <source>Take turns (round-robin)</source>
            <translation>به نوبت (چرخشی)</translation>
        </message>
        <message>
            <source>Fewest open cases</source>
            <translation>کمترین درخواست باز</translation>
        </message>
        <message>
            <source>Edit routing rule</source>
            <translation>ویرایش قاعدهٔ ارجاع</translation>
        </message>
        <message>
            <source>New routing rule</source>
            <translation>قاعدهٔ ارجاع تازه</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>شرط‌ها</translation>
        </message>
        <message>
            <source>Product contains</source>
            <translation>محصول شامل</translation>
        </message>
        <message>
            <source>Any channel</source>
            <translation>هر راهی</translation>
        </message>
        <message>
            <source>Came by</source>
            <translation>از راه</translation>
        </message>
        <message>
            <source>Customer's city</source>
            <translation>شهر مشتری</translation>
        </message>
        <message>
            <source>Customer's province</source>
            <translation>استان مشتری</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>هر برچسبی</translation>
        </message>
        <message>
            <source>Customer's tag</source>
            <translation>برچسب مشتری</translation>
        </message>
        <message>
            <source>Won deals at least</source>
            <translation>معاملات موفق دست‌کم</translation>
        </message>
        <message>
            <source>Any value; in {unit}, e.g. {example}</source>
            <translation>هر مبلغی؛ به {unit}، مثلاً {example}</translation>
        </message>
        <message>
            <source>Send it to</source>
            <translation>ارجاع به</translation>
        </message>
        <message>
            <source>A person</source>
            <translation>یک نفر</translation>
        </message>
        <message>
            <source>A team</source>
            <translation>یک تیم</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>فعال</translation>
        </message>
        <message>
            <source>A new case that meets every condition goes to the person or team chosen below. Leave a condition empty to accept any case.</source>
            <translation>درخواست تازه‌ای که همهٔ شرط‌ها را داشته باشد به نفر یا تیمی که پایین‌تر انتخاب می‌کنید می‌رود. شرطی را که خالی بگذارید هر درخواستی را می‌پذیرد.</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>هر دسته‌ای</translation>
        </message>
        <message>
            <source>{category} › {subcategory}</source>
            <translation>{category} › {subcategory}</translation>
        </message>
        <message>
            <source>Type the amount as a number, e.g. {example}.</source>
            <translation>مبلغ را به عدد بنویسید، مثلاً {example}.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>ارجاع به</translation>
        </message>
        <message>
            <source>Add rule…</source>
            <translation>افزودن قاعده…</translation>
        </message>
        <message>
            <source>No routing rules yet: every new case waits unassigned until someone takes it. Add a rule to send cases of a category, a product or a kind of customer to a person or a team.</source>
            <translation>هنوز قاعدهٔ ارجاعی نیست: هر درخواست تازه بی‌مسئول می‌ماند تا کسی آن را بردارد. با یک قاعده، درخواست‌های یک دسته، یک محصول یا گروهی از مشتریان را به یک نفر یا یک تیم بسپارید.</translation>
        </message>
        <message>
            <source>A new case goes to the first active rule, from the top, whose conditions all hold; with no rule matching it waits unassigned. In a team, members either take turns or the one with the fewest open cases gets it.</source>
            <translation>درخواست تازه به نخستین قاعدهٔ فعال از بالا می‌رسد که همهٔ شرط‌هایش برقرار باشد؛ اگر هیچ قاعده‌ای جور نشود، بی‌مسئول می‌ماند. در یک تیم، اعضا یا به نوبت می‌گیرند یا کسی که کمترین درخواست باز را دارد.</translation>
        </message>
        <message>
            <source>Team {team}, fewest open cases</source>
            <translation>تیم {team}، کمترین درخواست باز</translation>
        </message>
        <message>
            <source>Team {team}, taking turns</source>
            <translation>تیم {team}، به نوبت</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>غیرفعال</translation>
        </message>
        <message>
            <source>Delete routing rule</source>
            <translation>حذف قاعدهٔ ارجاع</translation>
        </message>
        <message>
            <source>Delete the routing rule “{name}”?</source>
            <translation>قاعدهٔ ارجاع «{name}» حذف شود؟</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>ساعت</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>دقیقه</translation>
        </message>
        <message>
            <source>Edit SLA policy</source>
            <translation>ویرایش سیاست SLA</translation>
        </message>
        <message>
            <source>New SLA policy</source>
            <translation>سیاست SLA تازه</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>اولویت</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>همهٔ دسته‌ها</translation>
        </message>
        <message>
            <source>First response within</source>
            <translation>نخستین پاسخ تا</translation>
        </message>
        <message>
            <source>Resolved within</source>
            <translation>رسیدگی تا</translation>
        </message>
        <message>
            <source>Times count working hours only (see the working calendar). A policy for one category wins over its priority's policy for all categories.</source>
            <translation>زمان‌ها فقط در ساعت‌های کاری شمرده می‌شوند (تقویم کاری را ببینید). سیاستِ یک دسته بر سیاستِ همان اولویت برای همهٔ دسته‌ها مقدم است.</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>نخستین پاسخ</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>رسیدگی</translation>
        </message>
        <message>
            <source>No SLA policies: new cases get no deadlines. Add a policy for each priority.</source>
            <translation>سیاست SLA ای نیست: درخواست‌های تازه مهلتی نمی‌گیرند. برای هر اولویت یک سیاست بیفزایید.</translation>
        </message>
        <message>
            <source>How long a case may wait for its first response and for its resolution, in working hours (hours:minutes). A new case takes the policy of its priority and category; changing a policy does not move the deadlines of cases already open.</source>
            <translation>هر درخواست تا چه مدت می‌تواند منتظر نخستین پاسخ و رسیدگی بماند، به ساعت کاری (ساعت:دقیقه). درخواست تازه سیاستِ اولویت و دسته‌اش را می‌گیرد؛ تغییر سیاست مهلت درخواست‌های باز را جابه‌جا نمی‌کند.</translation>
        </message>
        <message>
            <source>Delete SLA policy</source>
            <translation>حذف سیاست SLA</translation>
        </message>
        <message>
            <source>Delete the SLA policy “{name}”? Open cases keep their deadlines.</source>
            <translation>سیاست SLA «{name}» حذف شود؟ درخواست‌های باز مهلت‌هایشان را نگه می‌دارند.</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>دسته‌ها</translation>
        </message>
        <message>
            <source>SLA policies</source>
            <translation>سیاست‌های SLA</translation>
        </message>
        <message>
            <source>Working calendar</source>
            <translation>تقویم کاری</translation>
        </message>
        <message>
            <source>Routing rules</source>
            <translation>قاعده‌های ارجاع</translation>
        </message>
        <message>
            <source>Customer messages</source>
            <translation>پیام به مشتری</translation>
        </message>
        <message>
            <source>Maryam Kazemi</source>
            <extracomment>the case status each event's message tells about (for the preview's {status}) sample values for the preview, in the template's language</extracomment>
            <translation>مریم کاظمی</translation>
        </message>
        <message>
            <source>The invoice amount is wrong</source>
            <translation>مبلغ فاکتور اشتباه است</translation>
        </message>
        <message>
            <source>Sara Ahmadi</source>
            <translation>سارا احمدی</translation>
        </message>
        <message>
            <source>Your office</source>
            <translation>دفتر شما</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ثبت شد</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>ارجاع شد</translation>
        </message>
        <message>
            <source>Waiting for the customer</source>
            <translation>منتظر مشتری</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>رسیدگی شد</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>بسته شد</translation>
        </message>
        <message>
            <source>the customer's name</source>
            <translation>نام مشتری</translation>
        </message>
        <message>
            <source>the case number</source>
            <translation>شمارهٔ درخواست</translation>
        </message>
        <message>
            <source>the case's subject</source>
            <translation>موضوع درخواست</translation>
        </message>
        <message>
            <source>the case's status</source>
            <translation>وضعیت درخواست</translation>
        </message>
        <message>
            <source>who handles it</source>
            <translation>مسئول رسیدگی</translation>
        </message>
        <message>
            <source>the office's name</source>
            <translation>نام دفتر</translation>
        </message>
        <message>
            <source>Edit customer message</source>
            <translation>ویرایش پیام به مشتری</translation>
        </message>
        <message>
            <source>New customer message</source>
            <translation>پیام تازه به مشتری</translation>
        </message>
        <message>
            <source>When</source>
            <translation>هنگامی که</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>ارسال با</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Click a placeholder to put it where the cursor is.</source>
            <translation>روی یک جای‌نما بزنید تا جای مکان‌نما گذاشته شود.</translation>
        </message>
        <message>
            <source>{placeholder}  {meaning}</source>
            <translation>{placeholder}  {meaning}</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>پیش‌نمایش</translation>
        </message>
        <message>
            <source>Active (an inactive message is not sent)</source>
            <translation>فعال (پیام غیرفعال فرستاده نمی‌شود)</translation>
        </message>
        <message>
            <source>Use the original text</source>
            <translation>متن اصلی</translation>
        </message>
        <message>
            <source>{count} characters</source>
            <translation>{count} نویسه</translation>
        </message>
        <message>
            <source>{count} characters · {parts} SMS</source>
            <translation>{count} نویسه، {parts} پیامک</translation>
        </message>
        <message>
            <source>Send the customer a message automatically when a case is</source>
            <translation>فرستادن خودکار پیام به مشتری وقتی درخواست</translation>
        </message>
        <message>
            <source>The message goes to the outbox in the office's language, by SMS to the customer's mobile (by email for a case that came by email), where it can be checked or cancelled before it is sent.</source>
            <translation>پیام به زبان دفتر در صف ارسال می‌نشیند، با پیامک به موبایل مشتری (با ایمیل برای درخواستی که با ایمیل آمده)، و پیش از ارسال می‌توان آن را دید یا لغو کرد.</translation>
        </message>
        <message>
            <source>No customer messages. Add one for each event the customer should hear about.</source>
            <translation>پیامی برای مشتری نیست. برای هر رویدادی که مشتری باید از آن باخبر شود یک پیام بیفزایید.</translation>
        </message>
        <message>
            <source>Message templates</source>
            <translation>متن پیام‌ها</translation>
        </message>
        <message>
            <source>Delete customer message</source>
            <translation>حذف پیام به مشتری</translation>
        </message>
        <message>
            <source>Delete this message? That event will no longer send a message in this language and channel.</source>
            <translation>این پیام حذف شود؟ از این پس برای این رویداد در این زبان و راه پیامی فرستاده نمی‌شود.</translation>
        </message>
        <message>
            <source>Complaint queue</source>
            <translation>صف شکایات</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>--contacts must be 0 or more.</source>
            <translation>مقدار --contacts باید صفر یا بیشتر باشد.</translation>
        </message>
        <message>
            <source>{percent}% ({done} of {total} people)</source>
            <translation>{percent}٪ ({done} از {total} نفر)</translation>
        </message>
        <message>
            <source>{percent}% ({done} of {total} rows)</source>
            <translation>{percent}٪ ({done} از {total} ردیف)</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name such as {example}.</source>
            <translation>{path} یک پوشه است؛ نام یک فایل بدهید، مثلاً {example}.</translation>
        </message>
        <message>
            <source>Added {people} people, {companies} companies, {points} phones/emails/addresses, {notes} notes and {activities} calls, meetings and tasks in {seconds} s.</source>
            <translation>{people} نفر، {companies} شرکت، {points} تلفن/ایمیل/نشانی، {notes} یادداشت و {activities} تماس، جلسه و کار در {seconds} ثانیه اضافه شد.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>پایگاه داده</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>نسخه ساختار داده</translation>
        </message>
        <message>
            <source>People</source>
            <translation>اشخاص</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>{caption}: {value}</source>
            <translation>{caption}: {value}</translation>
        </message>
        <message>
            <source>--limit must be 1 or more.</source>
            <translation>مقدار --limit باید ۱ یا بیشتر باشد.</translation>
        </message>
        <message>
            <source>Nothing found for “{query}”.</source>
            <translation>چیزی برای «{query}» پیدا نشد.</translation>
        </message>
        <message>
            <source>Say whom to export: --search QUERY or --all.</source>
            <translation>مشخص کنید چه کسانی خروجی گرفته شوند: ‎--search QUERY‎ یا ‎--all‎.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>پوشه {path} وجود ندارد.</translation>
        </message>
        <message>
            <source>Exported {count} people to {path}.</source>
            <translation>{count} نفر در {path} ذخیره شد.</translation>
        </message>
        <message>
            <source>Unexpected error; nothing more was changed. Details are in {path}.</source>
            <translation>خطای پیش‌بینی‌نشده؛ تغییر دیگری انجام نشد. جزئیات در {path} ثبت شده است.</translation>
        </message>
        <message>
            <source>{rows} rows: {created} new, {updated} updated, {duplicates} duplicates skipped, {invalid} invalid.</source>
            <translation>{rows} ردیف: {created} جدید، {updated} به‌روزشده، {duplicates} تکراری کنار گذاشته شد، {invalid} نامعتبر.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>اجرای آزمایشی: چیزی نوشته نشد.</translation>
        </message>
        <message>
            <source>Imported as import {batch} in {seconds} s (undo: crm-desktop imports --undo {batch}).</source>
            <translation>با شمارهٔ ورود {batch} در {seconds} ثانیه وارد شد (برای برگرداندن: crm-desktop imports --undo {batch}).</translation>
        </message>
        <message>
            <source>{count} rows that were not imported are in {path}.</source>
            <translation>{count} ردیفی که وارد نشد در {path} است.</translation>
        </message>
        <message>
            <source>row {row}: {reason}</source>
            <translation>ردیف {row}: {reason}</translation>
        </message>
        <message>
            <source>--header-row must be 0 or more.</source>
            <translation>‎--header-row باید ۰ یا بیشتر باشد.</translation>
        </message>
        <message>
            <source>No column of {file} could be matched to a name; write a mapping file (see --save-mapping) and pass it with --mapping.</source>
            <translation>هیچ ستونی از {file} به نام نخورد؛ یک فایل نگاشت بنویسید (‎--save-mapping را ببینید) و با ‎--mapping بدهید.</translation>
        </message>
        <message>
            <source>Import {id} undone: {removed} records removed, {restored} restored, {kept} later changes kept.</source>
            <translation>ورود {id} برگردانده شد: {removed} رکورد حذف شد، {restored} بازگردانده شد، {kept} تغییر بعدی نگه داشته شد.</translation>
        </message>
        <message>
            <source>There is no tag named “{name}”.</source>
            <translation>برچسبی به نام «{name}» وجود ندارد.</translation>
        </message>
        <message>
            <source>--search, --kind, --tag and --city only apply to --entity customers.</source>
            <translation>‎--search، ‎--kind، ‎--tag و ‎--city فقط با ‎--entity customers به کار می‌روند.</translation>
        </message>
        <message>
            <source>Nothing to export: the file has only the header row.</source>
            <translation>چیزی برای خروجی نبود: فایل فقط ردیف عنوان دارد.</translation>
        </message>
        <message>
            <source>Exported {count} rows to {path}.</source>
            <translation>{count} ردیف در {path} ذخیره شد.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>باز</translation>
        </message>
        <message>
            <source>won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <source>new</source>
            <translation>جدید</translation>
        </message>
        <message>
            <source>contacted</source>
            <translation>تماس گرفته شد</translation>
        </message>
        <message>
            <source>qualified</source>
            <translation>واجد شرایط</translation>
        </message>
        <message>
            <source>disqualified</source>
            <translation>رد شده</translation>
        </message>
        <message>
            <source>converted</source>
            <translation>تبدیل شده</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>موعد</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>State</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>موعد امروز</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>موعد این هفته</translation>
        </message>
        <message>
            <source>Done in {period}</source>
            <translation>انجام‌شده در {period}</translation>
        </message>
        <message>
            <source>No activities to show.</source>
            <translation>فعالیتی برای نمایش نیست.</translation>
        </message>
        <message>
            <source>There is no activity with number {id}.</source>
            <translation>فعالیتی با شمارهٔ {id} وجود ندارد.</translation>
        </message>
        <message>
            <source>No customer has the phone number {phone}.</source>
            <translation>هیچ مشتری‌ای شمارهٔ تلفن {phone} را ندارد.</translation>
        </message>
        <message>
            <source>“{value}” is not a date and time; write for example {examples}.</source>
            <translation>«{value}» تاریخ و ساعت نیست؛ برای نمونه بنویسید: {examples}.</translation>
        </message>
        <message>
            <source>“{value}” is not a date; write for example {examples}.</source>
            <translation>«{value}» تاریخ نیست؛ برای نمونه بنویسید: {examples}.</translation>
        </message>
        <message>
            <source>A planned activity needs --due; for example {examples}.</source>
            <translation>فعالیت برنامه‌ریزی‌شده به ‎--due نیاز دارد؛ برای نمونه: {examples}.</translation>
        </message>
        <message>
            <source>--every and --until go with --repeat.</source>
            <translation>گزینه‌های ‎--every و ‎--until فقط همراه ‎--repeat به کار می‌روند.</translation>
        </message>
        <message>
            <source>--every must be from 1 to {max}.</source>
            <translation>مقدار ‎--every باید از ۱ تا {max} باشد.</translation>
        </message>
        <message>
            <source>--minutes must be 0 or more.</source>
            <translation>مقدار ‎--minutes باید ۰ یا بیشتر باشد.</translation>
        </message>
        <message>
            <source>--remind must be 0 or more minutes.</source>
            <translation>مقدار ‎--remind باید ۰ دقیقه یا بیشتر باشد.</translation>
        </message>
        <message>
            <source>--follow-up-in must be from 0 to 365 days.</source>
            <translation>مقدار ‎--follow-up-in باید از ۰ تا ۳۶۵ روز باشد.</translation>
        </message>
        <message>
            <source>Activity {id} was already done on {when}; nothing changed.</source>
            <translation>فعالیت {id} پیش‌تر در {when} انجام شده است؛ چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <source>Activity {id} “{subject}” planned for {due}.</source>
            <translation>فعالیت {id} «{subject}» برای {due} برنامه‌ریزی شد.</translation>
        </message>
        <message>
            <source>Activity {id} “{subject}” recorded as done.</source>
            <translation>فعالیت {id} «{subject}» انجام‌شده ثبت شد.</translation>
        </message>
        <message>
            <source>It is assigned to {who}.</source>
            <translation>مسئول: {who}.</translation>
        </message>
        <message>
            <source>1404/09/20 10:30, 2025-12-11 10:30 or “tomorrow 10:00”</source>
            <translation>۱۴۰۴/۰۹/۲۰ ۱۰:۳۰، ۲۰۲۵-۱۲-۱۱ ۱۰:۳۰ یا «فردا ۱۰:۳۰»</translation>
        </message>
        <message>
            <source>It is with {customer}.</source>
            <translation>مشتری: {customer}.</translation>
        </message>
        <message>
            <source>It repeats every {every} {unit}.</source>
            <translation>هر {every} {unit} یک بار تکرار می‌شود.</translation>
        </message>
        <message>
            <source>Activity {id} “{subject}” is done.</source>
            <translation>فعالیت {id} «{subject}» انجام شد.</translation>
        </message>
        <message>
            <source>The next one, {id}, is due {due}.</source>
            <translation>موعد نوبت بعدی (فعالیت {id}): {due}.</translation>
        </message>
        <message>
            <source>Follow-up {id} planned for {due}.</source>
            <translation>پیگیری {id} برای {due} برنامه‌ریزی شد.</translation>
        </message>
        <message>
            <source>Call {id} logged with {customer}: {outcome}.</source>
            <translation>تماس {id} با {customer} ثبت شد: {outcome}.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>اولویت</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>تعهد زمانی</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>تاریخ ثبت</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>کانال</translation>
        </message>
        <message>
            <source>To</source>
            <translation>به</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>زمان ثبت در صف</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>No cases match.</source>
            <translation>هیچ پرونده‌ای پیدا نشد.</translation>
        </message>
        <message>
            <source>The outbox has no such messages.</source>
            <translation>چنین پیامی در صندوق ارسال نیست.</translation>
        </message>
        <message>
            <source>There is no case numbered “{number}”.</source>
            <translation>پرونده‌ای با شمارهٔ «{number}» وجود ندارد.</translation>
        </message>
        <message>
            <source>There is no category “{name}”; the categories are: {names}.</source>
            <translation>دسته‌ای به نام «{name}» وجود ندارد؛ دسته‌های موجود: {names}.</translation>
        </message>
        <message>
            <source>There is no customer with number {id}.</source>
            <translation>مشتری‌ای با شمارهٔ {id} وجود ندارد.</translation>
        </message>
        <message>
            <source>Case {number} recorded for {customer}; {assignment}.</source>
            <translation>پرونده {number} برای {customer} ثبت شد؛ {assignment}.</translation>
        </message>
        <message>
            <source>not assigned yet</source>
            <translation>هنوز به کسی واگذار نشده است</translation>
        </message>
        <message>
            <source>assigned to {who}</source>
            <translation>به {who} واگذار شد</translation>
        </message>
        <message>
            <source>Case {number} is now {status}.</source>
            <translation>وضعیت پرونده {number} اکنون «{status}» است.</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>تاریخ بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>امتیاز</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>افزوده شده</translation>
        </message>
        <message>
            <source>No deals match.</source>
            <translation>هیچ معامله‌ای پیدا نشد.</translation>
        </message>
        <message>
            <source>No leads match.</source>
            <translation>هیچ سرنخی پیدا نشد.</translation>
        </message>
        <message>
            <source>There is no pipeline named “{name}”; the pipelines are: {names}.</source>
            <translation>قیف فروشی با نام «{name}» نیست؛ قیف‌ها: {names}.</translation>
        </message>
        <message>
            <source>There is no user “{name}”; the users are: {names}.</source>
            <translation>کاربری به نام «{name}» نیست؛ کاربران: {names}.</translation>
        </message>
        <message>
            <source>There is no deal with number {id}.</source>
            <translation>معامله‌ای با شماره {id} نیست.</translation>
        </message>
        <message>
            <source>There is no lead with number {id}.</source>
            <translation>سرنخی با شماره {id} نیست.</translation>
        </message>
        <message>
            <source>There is no stage “{name}” in the deal's pipeline; the stages are: {names}.</source>
            <translation>در قیف این معامله مرحله‌ای به نام «{name}» نیست؛ مرحله‌ها: {names}.</translation>
        </message>
        <message>
            <source>Moving a deal to “{stage}” needs --reason; the reasons are: {names}.</source>
            <translation>بردن معامله به «{stage}» به --reason نیاز دارد؛ دلیل‌ها: {names}.</translation>
        </message>
        <message>
            <source>There is no lost reason “{name}”; the reasons are: {names}.</source>
            <translation>دلیل شکستی به نام «{name}» نیست؛ دلیل‌ها: {names}.</translation>
        </message>
        <message>
            <source>--reason only goes with the lost stage (“{stage}”).</source>
            <translation>--reason فقط با مرحلهٔ ناموفق («{stage}») می‌آید.</translation>
        </message>
        <message>
            <source>Deal {id} “{title}” moved from {old} to {new}.</source>
            <translation>معاملهٔ {id} «{title}» از {old} به {new} رفت.</translation>
        </message>
        <message>
            <source>Deal {id} “{title}” is already in {stage}; nothing changed.</source>
            <translation>معاملهٔ {id} «{title}» همین حالا در {stage} است؛ چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <source>“{amount}” is not an amount in Rial (for example 250000000).</source>
            <translation>«{amount}» مبلغی به ریال نیست (برای نمونه 250000000).</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>مبلغ نمی‌تواند منفی باشد.</translation>
        </message>
        <message>
            <source>Lead {id} converted: customer “{customer}”, deal {deal} “{title}” ({amount}).</source>
            <translation>سرنخ {id} تبدیل شد: مشتری «{customer}»، معاملهٔ {deal} «{title}» ({amount}).</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <source>Edit company</source>
            <translation>ویرایش شرکت</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>شرکت جدید</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>حوزه فعالیت</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>شناسه ملی</translation>
        </message>
        <message>
            <source>Economic code</source>
            <translation>کد اقتصادی</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>استان</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>Phones, emails, addresses</source>
            <translation>تلفن، ایمیل، نشانی</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>توضیحات</translation>
        </message>
    </context>
    <context>
        <name>CustomerFilters</name>
        <message>
            <source>Any</source>
            <translation>همه</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>پاک کردن فیلترها</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>برچسب</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Added from</source>
            <translation>ثبت از</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تا</translation>
        </message>
        <message>
            <source>Last contact from</source>
            <translation>آخرین تماس از</translation>
        </message>
    </context>
    <context>
        <name>CustomerList</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>ثبت</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>آخرین تماس</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Search name, company, phone, email or code…</source>
            <translation>جست‌وجوی نام، شرکت، تلفن، ایمیل یا کد…</translation>
        </message>
        <message>
            <source>People and companies</source>
            <translation>اشخاص و شرکت‌ها</translation>
        </message>
        <message>
            <source>People</source>
            <translation>اشخاص</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>فیلترها</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>شخص جدید</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>شرکت جدید</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>مشتریان</translation>
        </message>
        <message>
            <source>Filters ({count})</source>
            <translation>فیلترها ({count})</translation>
        </message>
        <message>
            <source>{count} in the list</source>
            <translation>{count} مورد در فهرست</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز کردن</translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <source>Undo</source>
            <translation>برگرداندن</translation>
        </message>
        <message>
            <source>Duplicates…</source>
            <translation>موارد تکراری…</translation>
        </message>
        <message>
            <source>Find people or companies entered twice and merge them</source>
            <translation>اشخاص یا شرکت‌هایی را که دو بار ثبت شده‌اند پیدا و ادغام کنید</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>ورود از اکسل…</translation>
        </message>
        <message>
            <source>Add people or companies from an Excel, LibreOffice or CSV file</source>
            <translation>افزودن اشخاص یا شرکت‌ها از فایل اکسل، لیبره‌آفیس یا CSV</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>خروجی اکسل…</translation>
        </message>
        <message>
            <source>Everyone in the list, filtered and sorted as shown, as an Excel workbook or a CSV file</source>
            <translation>همهٔ فهرست، با همین فیلتر و ترتیب، در یک فایل اکسل یا CSV</translation>
        </message>
        <message>
            <source>Export vCard…</source>
            <translation>خروجی vCard…</translation>
        </message>
        <message>
            <source>Everyone in the list (or the selected rows) as a vCard file for phones</source>
            <translation>همه افراد فهرست (یا ردیف‌های انتخاب‌شده) به صورت فایل vCard برای گوشی</translation>
        </message>
        <message>
            <source>Import/export</source>
            <translation>ورود و خروج</translation>
        </message>
        <message>
            <source>Export selected as vCard…</source>
            <translation>خروجی vCard از انتخاب‌شده‌ها…</translation>
        </message>
        <message>
            <source>{count} rows exported.</source>
            <translation>{count} ردیف خروجی گرفته شد.</translation>
        </message>
        <message>
            <source>{count} people exported as vCard.</source>
            <translation>{count} نفر در قالب vCard ذخیره شد.</translation>
        </message>
        <message>
            <source>“{name}” was deleted.</source>
            <translation>«{name}» حذف شد.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>e.g. {example}</source>
            <translation>مثلاً {example}</translation>
        </message>
        <message>
            <source>Pick a date</source>
            <translation>انتخاب تاریخ</translation>
        </message>
        <message>
            <source>“{text}” is not a date; type it like {example}.</source>
            <translation>«{text}» تاریخ نیست؛ آن را مثل {example} بنویسید.</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <source>Type to find a person</source>
            <translation>برای یافتن شخص تایپ کنید</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>ویرایش معامله</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>معاملهٔ جدید</translation>
        </message>
        <message>
            <source>e.g. 10 air conditioners for the new branch</source>
            <translation>مثلاً ۱۰ دستگاه کولر برای شعبهٔ جدید</translation>
        </message>
        <message>
            <source>Amount in {unit}</source>
            <translation>مبلغ به {unit}</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Products or services of interest</source>
            <translation>کالا یا خدمات مورد علاقه</translation>
        </message>
        <message>
            <source>e.g. Send the pre-invoice</source>
            <translation>مثلاً ارسال پیش‌فاکتور</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>تاریخ بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <source>Probability %</source>
            <translation>احتمال ٪</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>کالاها</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>فعالیت بعدی</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>تاریخچهٔ مرحله‌ها</translation>
        </message>
        <message>
            <source>Save the deal first; then its calls, meetings and tasks are scheduled and logged here.</source>
            <translation>اول معامله را ذخیره کنید؛ سپس تماس‌ها، جلسه‌ها و کارهای آن اینجا برنامه‌ریزی و ثبت می‌شوند.</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <source>Stage’s: {percent}%</source>
            <translation>پیش‌فرض مرحله: {percent}٪</translation>
        </message>
        <message>
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>From</source>
            <translation>از</translation>
        </message>
        <message>
            <source>To</source>
            <translation>به</translation>
        </message>
        <message>
            <source>By</source>
            <translation>توسط</translation>
        </message>
        <message>
            <source>Type the amount as a number, e.g. {example}.</source>
            <translation>مبلغ را به عدد بنویسید، مثلاً {example}.</translation>
        </message>
        <message>
            <source>A probability is a whole number from 0 to 100, or empty for the stage’s.</source>
            <translation>احتمال عددی صحیح از ۰ تا ۱۰۰ است، یا خالی برای احتمال مرحله.</translation>
        </message>
    </context>
    <context>
        <name>DealList</name>
        <message>
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <source>Prob.</source>
            <translation>احتمال</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>وزن‌دار</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>فعالیت بعدی</translation>
        </message>
        <message>
            <source>Show won and lost deals too</source>
            <translation>معامله‌های موفق و ناموفق هم نشان داده شود</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>خروجی اکسل…</translation>
        </message>
        <message>
            <source>The deals in the list, as an Excel workbook or a CSV file</source>
            <translation>معامله‌های فهرست، به صورت فایل اکسل یا CSV</translation>
        </message>
        <message>
            <source>{count} deals, {amount} in total</source>
            <translation>{count} معامله، جمعاً {amount}</translation>
        </message>
        <message>
            <source>{count} deals exported.</source>
            <translation>{count} معامله صادر شد.</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same phone {value}</source>
            <translation>تلفن یکسان {value}</translation>
        </message>
        <message>
            <source>same email {value}</source>
            <translation>ایمیل یکسان {value}</translation>
        </message>
        <message>
            <source>same national code {value}</source>
            <translation>کد ملی یکسان {value}</translation>
        </message>
        <message>
            <source>same national ID {value}</source>
            <translation>شناسه ملی یکسان {value}</translation>
        </message>
        <message>
            <source>same name {value}</source>
            <translation>نام یکسان {value}</translation>
        </message>
        <message>
            <source>similar name {value}</source>
            <translation>نام مشابه {value}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>People</source>
            <translation>اشخاص</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <source>Also people who only share a name and a city</source>
            <translation>افرادی هم که فقط نام و شهرشان یکی است</translation>
        </message>
        <message>
            <source>Many people share a full name in one city; these matches are weak and usually different people.</source>
            <translation>در یک شهر افراد زیادی هم‌نام‌اند؛ این موارد شباهت ضعیفی دارند و معمولاً افراد متفاوتی هستند.</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>یافتن موارد تکراری</translation>
        </message>
        <message>
            <source>Merge all groups at or above</source>
            <translation>ادغام همه گروه‌ها با اطمینان دست‌کم</translation>
        </message>
        <message>
            <source>Merge into the kept record</source>
            <translation>ادغام در رکورد ماندنی</translation>
        </message>
        <message>
            <source>They are different</source>
            <translation>این‌ها متفاوت‌اند</translation>
        </message>
        <message>
            <source>Pick the record to keep and, per field, the value to keep.</source>
            <translation>رکوردی را که می‌ماند و برای هر فیلد مقداری را که می‌ماند انتخاب کنید.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>در حال جست‌وجوی موارد تکراری…</translation>
        </message>
        <message>
            <source> / </source>
            <translation> / </translation>
        </message>
        <message>
            <source>{confidence}% · {count} records</source>
            <translation>اطمینان {confidence}٪، {count} رکورد</translation>
        </message>
        <message>
            <source>{count} groups found</source>
            <translation>{count} گروه پیدا شد</translation>
        </message>
        <message>
            <source>Why: {reasons}</source>
            <translation>دلیل: {reasons}</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>ماندنی</translation>
        </message>
        <message>
            <source>keep this record</source>
            <translation>این رکورد بماند</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <source>no</source>
            <translation>خیر</translation>
        </message>
        <message>
            <source>Merging {count} groups…</source>
            <translation>در حال ادغام {count} گروه…</translation>
        </message>
        <message>
            <source>Undo this merge</source>
            <translation>برگرداندن این ادغام</translation>
        </message>
        <message>
            <source>Undo the whole bulk merge</source>
            <translation>برگرداندن کل ادغام گروهی</translation>
        </message>
        <message>
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>کاربر</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>رکورد ماندنی</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>ادغام‌شده</translation>
        </message>
        <message>
            <source>Bulk</source>
            <translation>گروهی</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>برگردانده‌شده</translation>
        </message>
        <message>
            <source>Undoing the bulk merge…</source>
            <translation>در حال برگرداندن ادغام گروهی…</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>موارد تکراری</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>بررسی</translation>
        </message>
        <message>
            <source>Merge history</source>
            <translation>سابقه ادغام‌ها</translation>
        </message>
        <message>
            <source>Merged. It can be undone in the merge history.</source>
            <translation>ادغام شد. در سابقه ادغام‌ها می‌توان آن را برگرداند.</translation>
        </message>
        <message>
            <source>{count} groups merged in one go; the merge history can undo them together.</source>
            <translation>{count} گروه یک‌جا ادغام شد؛ در سابقه ادغام‌ها می‌توان همه را با هم برگرداند.</translation>
        </message>
    </context>
    <context>
        <name>Entities</name>
        <message>
            <source>person</source>
            <extracomment>what a chosen record is, inside "The chosen {what} no longer exists" (a word in the user's language)</extracomment>
            <translation>شخص</translation>
        </message>
        <message>
            <source>company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>برچسب</translation>
        </message>
        <message>
            <source>user</source>
            <translation>کاربر</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>source</source>
            <translation>منبع</translation>
        </message>
        <message>
            <source>deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <source>case</source>
            <translation>پرونده</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>فعالیت</translation>
        </message>
        <message>
            <source>category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <source>subcategory</source>
            <translation>زیردسته</translation>
        </message>
        <message>
            <source>team</source>
            <translation>تیم</translation>
        </message>
        <message>
            <source>pipeline</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>lost reason</source>
            <translation>دلیل ناموفق بودن</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>سرنخ</translation>
        </message>
        <message>
            <source>question</source>
            <translation>پرسش</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>پاسخ</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The file {path} is not a CRM Desktop database (it is not an SQLite file).</source>
            <translation>فایل {path} پایگاه داده CRM Desktop نیست (فایل SQLite نیست).</translation>
        </message>
        <message>
            <source>The database {path} belongs to another program: it has tables but no CRM Desktop schema version. It was left untouched.</source>
            <translation>پایگاه داده {path} متعلق به برنامه دیگری است: جدول دارد اما نسخه ساختار CRM Desktop را ندارد. هیچ تغییری در آن داده نشد.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of CRM Desktop (schema {found}; this version understands up to {supported}). Please update CRM Desktop. The database was not changed.</source>
            <translation>پایگاه داده {path} با نسخه جدیدتری از CRM Desktop ساخته شده است (ساختار {found}؛ این نسخه تا ساختار {supported} را می‌شناسد). لطفاً CRM Desktop را به‌روز کنید. پایگاه داده تغییری نکرد.</translation>
        </message>
        <message>
            <source>Could not open the database {path}: {detail}</source>
            <translation>پایگاه داده {path} باز نشد: {detail}</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({detail}). Restore it from a backup in the backups folder.</source>
            <translation>پایگاه داده {path} آسیب دیده است ({detail}). آن را از یک نسخه پشتیبان در پوشه پشتیبان‌ها بازیابی کنید.</translation>
        </message>
        <message>
            <source>Upgrading the database {path} to schema {version} failed: {detail}. Nothing was changed; a copy taken before the upgrade is at {backup}.</source>
            <translation>ارتقای پایگاه داده {path} به ساختار {version} ناموفق بود: {detail}. هیچ تغییری اعمال نشد؛ نسخه‌ای که پیش از ارتقا گرفته شد در {backup} است.</translation>
        </message>
        <message>
            <source>Connecting to a {scheme} database needs the Python package {package}, which is not installed.</source>
            <translation>برای اتصال به پایگاه داده {scheme} بسته پایتون {package} لازم است که نصب نیست.</translation>
        </message>
        <message>
            <source>This Python's SQLite ({version}) has no full-text search (FTS5 with the trigram tokenizer), which instant search needs. Install Python from python.org (it includes it) and open {path} again; the database was not changed.</source>
            <translation>SQLite این نسخه از پایتون ({version}) جست‌وجوی تمام‌متن (FTS5 با توکن‌ساز trigram) را ندارد که جست‌وجوی فوری به آن نیاز دارد. پایتون را از python.org نصب کنید (این قابلیت را دارد) و {path} را دوباره باز کنید؛ پایگاه داده تغییری نکرد.</translation>
        </message>
        <message>
            <source>Enter a first name or a last name.</source>
            <translation>نام یا نام خانوادگی را وارد کنید.</translation>
        </message>
        <message>
            <source>The chosen company no longer exists; choose another one.</source>
            <translation>شرکت انتخاب‌شده دیگر وجود ندارد؛ شرکت دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <source>The chosen owner is not a user of this database.</source>
            <translation>مسئول انتخاب‌شده کاربر این پایگاه داده نیست.</translation>
        </message>
        <message>
            <source>{count} fields need attention.</source>
            <translation>{count} فیلد نیاز به اصلاح دارد.</translation>
        </message>
        <message>
            <source>The {entity} with number {id} no longer exists.</source>
            <translation>{entity} با شماره {id} دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>یادداشت خالی است.</translation>
        </message>
        <message>
            <source>Enter the company name.</source>
            <translation>نام شرکت را وارد کنید.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid company national ID (11 digits with a check digit).</source>
            <translation>«{value}» شناسه ملی معتبر شرکت نیست (۱۱ رقم با رقم کنترل).</translation>
        </message>
        <message>
            <source>An economic code has 10 to 14 digits; “{value}” does not.</source>
            <translation>کد اقتصادی باید ۱۰ تا ۱۴ رقم باشد؛ «{value}» این‌طور نیست.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>لغو شد؛ هیچ تغییری انجام نشد.</translation>
        </message>
        <message>
            <source>A national code has 10 digits; “{value}” does not.</source>
            <translation>کد ملی ۱۰ رقم است؛ «{value}» این‌طور نیست.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid national code: its check digit does not match.</source>
            <translation>«{value}» کد ملی معتبر نیست: رقم کنترل آن درست نیست.</translation>
        </message>
        <message>
            <source>“{value}” is not a mobile number (expected e.g. 0912 345 6789).</source>
            <translation>«{value}» شماره همراه نیست (نمونه درست: ۰۹۱۲ ۳۴۵ ۶۷۸۹).</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number.</source>
            <translation>«{value}» شماره تلفن نیست.</translation>
        </message>
        <message>
            <source>“{value}” is not an email address (expected e.g. name@example.com).</source>
            <translation>«{value}» نشانی ایمیل نیست (نمونه درست: name@example.com).</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>تاریخ تولد در آینده است.</translation>
        </message>
        <message>
            <source>The birth date is too far in the past.</source>
            <translation>تاریخ تولد بیش از حد قدیمی است.</translation>
        </message>
        <message>
            <source>This text is too long: {length} characters where at most {limit} fit.</source>
            <translation>این متن بیش از حد بلند است: {length} نویسه، در حالی که حداکثر {limit} نویسه جا دارد.</translation>
        </message>
        <message>
            <source>Enter the address or number to send to.</source>
            <translation>نشانی یا شماره‌ای را که پیام باید به آن فرستاده شود وارد کنید.</translation>
        </message>
        <message>
            <source>Write the text of the message.</source>
            <translation>متن پیام را بنویسید.</translation>
        </message>
        <message>
            <source>This message is no longer waiting to be sent (it is “{status}”), so it cannot be changed.</source>
            <translation>این پیام دیگر در انتظار ارسال نیست (وضعیتش «{status}» است)، پس نمی‌توان آن را تغییر داد.</translation>
        </message>
        <message>
            <source>Only a message that failed can be sent again (this one is “{status}”).</source>
            <translation>فقط پیامی را که ارسالش ناموفق بوده می‌توان دوباره فرستاد (وضعیت این پیام «{status}» است).</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values.</source>
            <translation>«{value}» جزو مقادیر مجاز نیست.</translation>
        </message>
        <message>
            <source>Something went wrong and this action was not completed. Your saved data is safe. The details were written to {path}.</source>
            <translation>مشکلی پیش آمد و این کار انجام نشد. داده‌های ذخیره‌شده شما سالم است. جزئیات در {path} ثبت شد.</translation>
        </message>
        <message>
            <source>Something went wrong and this action was not completed. Your saved data is safe.</source>
            <translation>مشکلی پیش آمد و این کار انجام نشد. داده‌های ذخیره‌شده شما سالم است.</translation>
        </message>
        <message>
            <source>CRM Desktop</source>
            <extracomment>set by tools that run the UI unattended (screenshots): errors are raised, never shown modally</extracomment>
            <translation>CRM Desktop</translation>
        </message>
        <message>
            <source>Choose the record to keep and at least one other record to merge into it.</source>
            <translation>رکوردی را که باید بماند و دست‌کم یک رکورد دیگر برای ادغام در آن انتخاب کنید.</translation>
        </message>
        <message>
            <source>“{field}” is not a field that can be taken from another record.</source>
            <translation>«{field}» فیلدی نیست که بتوان آن را از رکورد دیگری برداشت.</translation>
        </message>
        <message>
            <source>The value of “{field}” can only be taken from one of the records being merged.</source>
            <translation>مقدار «{field}» را فقط می‌توان از یکی از رکوردهای در حال ادغام برداشت.</translation>
        </message>
        <message>
            <source>Choose at least two records.</source>
            <translation>دست‌کم دو رکورد انتخاب کنید.</translation>
        </message>
        <message>
            <source>There is no merge number {id}.</source>
            <translation>ادغامی با شماره {id} وجود ندارد.</translation>
        </message>
        <message>
            <source>This merge was already undone.</source>
            <translation>این ادغام پیش‌تر برگردانده شده است.</translation>
        </message>
        <message>
            <source>“{name}” was merged into another record afterwards; undo that merge first.</source>
            <translation>«{name}» بعداً در رکورد دیگری ادغام شده است؛ اول آن ادغام را برگردانید.</translation>
        </message>
        <message>
            <source>A later merge involves these records; undo it first.</source>
            <translation>ادغام بعدی‌ای روی این رکوردها انجام شده است؛ اول آن را برگردانید.</translation>
        </message>
        <message>
            <source>The records of this merge were changed afterwards, so it can no longer be undone safely.</source>
            <translation>رکوردهای این ادغام بعداً تغییر کرده‌اند، پس دیگر نمی‌توان آن را با اطمینان برگرداند.</translation>
        </message>
        <message>
            <source>There is nothing left to undo in this group of merges.</source>
            <translation>در این گروه از ادغام‌ها چیزی برای برگرداندن نمانده است.</translation>
        </message>
        <message>
            <source>Could not write {path}: {detail}</source>
            <translation>نوشتن {path} ممکن نشد: {detail}</translation>
        </message>
        <message>
            <source>Could not write {path}: the file is open in another program (Excel?) or the folder is read-only. Close it and try again.</source>
            <translation>نوشتن {path} ممکن نشد: فایل در برنامهٔ دیگری (اکسل؟) باز است یا پوشه فقط‌خواندنی است. آن را ببندید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>Cannot export to {path}: the file name must end in .xlsx (Excel) or .csv.</source>
            <translation>خروجی گرفتن در {path} ممکن نیست: نام فایل باید به ‎.xlsx (اکسل) یا ‎.csv ختم شود.</translation>
        </message>
        <message>
            <source>Enter a name.</source>
            <translation>نامی وارد کنید.</translation>
        </message>
        <message>
            <source>“{name}” is already in the list.</source>
            <translation>«{name}» از قبل در فهرست هست.</translation>
        </message>
        <message>
            <source>The chosen category no longer exists; choose another one.</source>
            <translation>دستهٔ انتخاب‌شده دیگر وجود ندارد؛ دستهٔ دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <source>A subcategory cannot have subcategories of its own.</source>
            <translation>زیردسته نمی‌تواند زیردستهٔ دیگری داشته باشد.</translation>
        </message>
        <message>
            <source>{count} cases use this category: retire it instead of deleting it.</source>
            <translation>{count} درخواست این دسته را دارند: به‌جای حذف، آن را غیرفعال کنید.</translation>
        </message>
        <message>
            <source>{count} routing rules use this category: change or delete them first.</source>
            <translation>{count} قاعدهٔ ارجاع از این دسته استفاده می‌کنند: اول آن‌ها را تغییر دهید یا حذف کنید.</translation>
        </message>
        <message>
            <source>Enter an amount greater than zero.</source>
            <translation>مبلغی بیشتر از صفر وارد کنید.</translation>
        </message>
        <message>
            <source>Enter a title for the deal.</source>
            <translation>برای معامله عنوانی وارد کنید.</translation>
        </message>
        <message>
            <source>Choose the person or the company the deal is with.</source>
            <translation>شخص یا شرکتی را که معامله با اوست انتخاب کنید.</translation>
        </message>
        <message>
            <source>Choose the person or the team that gets these cases.</source>
            <translation>کارمند یا تیمی را که این درخواست‌ها به او می‌رسد انتخاب کنید.</translation>
        </message>
        <message>
            <source>Choose a person or a team, not both.</source>
            <translation>یک کارمند یا یک تیم انتخاب کنید، نه هر دو.</translation>
        </message>
        <message>
            <source>The chosen tag no longer exists; choose another one.</source>
            <translation>برچسب انتخاب‌شده دیگر وجود ندارد؛ برچسب دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <source>The chosen person is not a user of this database.</source>
            <translation>کارمند انتخاب‌شده کاربر این پایگاه داده نیست.</translation>
        </message>
        <message>
            <source>The chosen team no longer exists; choose another one.</source>
            <translation>تیم انتخاب‌شده دیگر وجود ندارد؛ تیم دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>مبلغ نمی‌تواند منفی باشد.</translation>
        </message>
        <message>
            <source>A probability is a whole number from 0 to 100.</source>
            <translation>احتمال عددی صحیح از ۰ تا ۱۰۰ است.</translation>
        </message>
        <message>
            <source>Choose why the deal was lost.</source>
            <translation>دلیل از دست رفتن معامله را انتخاب کنید.</translation>
        </message>
        <message>
            <source>Enter what the case is about.</source>
            <translation>موضوع پرونده را وارد کنید.</translation>
        </message>
        <message>
            <source>Choose the customer, or type their phone number to add them.</source>
            <translation>مشتری را انتخاب کنید، یا برای افزودنش شماره تلفن او را بنویسید.</translation>
        </message>
        <message>
            <source>Enter what the activity is about.</source>
            <translation>موضوع فعالیت را وارد کنید.</translation>
        </message>
        <message>
            <source>Choose when it is due.</source>
            <translation>موعد آن را انتخاب کنید.</translation>
        </message>
        <message>
            <source>The chosen {what} no longer exists; choose another one.</source>
            <translation>{what} انتخاب‌شده دیگر وجود ندارد؛ دیگری را انتخاب کنید.</translation>
        </message>
        <message>
            <source>Only calls, messages and emails have a direction.</source>
            <translation>فقط تماس، پیامک و ایمیل جهت (ورودی/خروجی) دارند.</translation>
        </message>
        <message>
            <source>Only calls have an outcome.</source>
            <translation>فقط تماس نتیجه دارد.</translation>
        </message>
        <message>
            <source>The duration is between 0 and {max} minutes.</source>
            <translation>مدت باید بین ۰ تا {max} دقیقه باشد.</translation>
        </message>
        <message>
            <source>A reminder comes between 0 minutes and {days} days before.</source>
            <translation>یادآوری باید بین ۰ دقیقه تا {days} روز پیش از موعد باشد.</translation>
        </message>
        <message>
            <source>A reminder needs a due time.</source>
            <translation>برای یادآوری، موعد لازم است.</translation>
        </message>
        <message>
            <source>Repeat every 1 to {max} days, weeks or months.</source>
            <translation>فاصلهٔ تکرار باید از ۱ تا {max} روز، هفته یا ماه باشد.</translation>
        </message>
        <message>
            <source>Repeat by days, weeks or months.</source>
            <translation>تکرار را بر حسب روز، هفته یا ماه انتخاب کنید.</translation>
        </message>
        <message>
            <source>A repeating activity needs its first due date.</source>
            <translation>فعالیت تکراری به موعد نخستین نوبت نیاز دارد.</translation>
        </message>
        <message>
            <source>The repetition ends before it starts.</source>
            <translation>پایان تکرار پیش از شروع آن است.</translation>
        </message>
        <message>
            <source>An activity cannot be done later than now.</source>
            <translation>زمان انجام فعالیت نمی‌تواند بعد از اکنون باشد.</translation>
        </message>
        <message>
            <source>A done activity took place already: its time cannot be later than now.</source>
            <translation>فعالیت انجام‌شده پیش‌تر رخ داده است: زمان آن نمی‌تواند دیرتر از اکنون باشد.</translation>
        </message>
        <message>
            <source>That subcategory belongs to another category.</source>
            <translation>این زیردسته متعلق به دستهٔ دیگری است؛ زیردسته‌ای از همین دسته انتخاب کنید.</translation>
        </message>
        <message>
            <source>That stage belongs to another pipeline.</source>
            <translation>این مرحله مال قیف فروش دیگری است.</translation>
        </message>
        <message>
            <source>Enter a revenue target greater than zero.</source>
            <translation>هدف درآمدی بیشتر از صفر وارد کنید.</translation>
        </message>
        <message>
            <source>Enter a name or a company for the lead.</source>
            <translation>برای سرنخ نام یا شرکتی وارد کنید.</translation>
        </message>
        <message>
            <source>Enter a phone number or an email, so the lead can be reached.</source>
            <translation>شماره تلفن یا ایمیلی وارد کنید تا بتوان با سرنخ تماس گرفت.</translation>
        </message>
        <message>
            <source>Say why the lead is disqualified.</source>
            <translation>بنویسید چرا سرنخ رد می‌شود.</translation>
        </message>
        <message>
            <source>This lead was already converted.</source>
            <translation>این سرنخ قبلاً تبدیل شده است.</translation>
        </message>
        <message>
            <source>The limit is a number of days from 1 to 365, or empty.</source>
            <translation>حد، تعداد روزی از ۱ تا ۳۶۵ است، یا خالی.</translation>
        </message>
        <message>
            <source>{count} open deals are in this stage: move them to another stage first.</source>
            <translation>{count} معاملهٔ باز در این مرحله است: اول آن‌ها را به مرحلهٔ دیگری ببرید.</translation>
        </message>
        <message>
            <source>A pipeline needs at least one open stage.</source>
            <translation>قیف فروش دست‌کم یک مرحلهٔ باز لازم دارد.</translation>
        </message>
        <message>
            <source>Enter the question.</source>
            <translation>متن پرسش را وارد کنید.</translation>
        </message>
        <message>
            <source>Enter the answer.</source>
            <translation>متن پاسخ را وارد کنید.</translation>
        </message>
        <message>
            <source>A weight is a whole number from 1 to {max}.</source>
            <translation>وزن عددی صحیح از ۱ تا {max} است.</translation>
        </message>
        <message>
            <source>Points are a whole number from 0 to {max}.</source>
            <translation>امتیاز عددی صحیح از ۰ تا {max} است.</translation>
        </message>
        <message>
            <source>A question needs at least two answers to choose from.</source>
            <translation>هر پرسش دست‌کم دو پاسخ برای انتخاب لازم دارد.</translation>
        </message>
        <message>
            <source>“{name}” is already an answer to this question.</source>
            <translation>«{name}» از قبل یکی از پاسخ‌های این پرسش است.</translation>
        </message>
        <message>
            <source>This question is no longer asked.</source>
            <translation>این پرسش دیگر پرسیده نمی‌شود.</translation>
        </message>
        <message>
            <source>That answer belongs to another question.</source>
            <translation>این پاسخ مال پرسش دیگری است.</translation>
        </message>
        <message>
            <source>Enter a target greater than zero.</source>
            <translation>هدفی بیشتر از صفر وارد کنید.</translation>
        </message>
        <message>
            <source>Write the text first.</source>
            <translation>اول متن را بنویسید.</translation>
        </message>
        <message>
            <source>“{file}” is {size} MB; files up to {limit} MB can be attached.</source>
            <translation>حجم «{file}» {size} مگابایت است؛ فقط فایل‌های تا {limit} مگابایت را می‌توان پیوست کرد.</translation>
        </message>
        <message>
            <source>“{file}” could not be read: {reason}</source>
            <translation>فایل «{file}» خوانده نشد: {reason}</translation>
        </message>
        <message>
            <source>The customer has no {channel} to send this to; add one on their profile.</source>
            <translation>مشتری نشانی یا شماره‌ای برای {channel} ندارد؛ آن را در صفحهٔ مشتری اضافه کنید.</translation>
        </message>
        <message>
            <source>Write the question.</source>
            <translation>پرسش را بنویسید.</translation>
        </message>
        <message>
            <source>Write the answer.</source>
            <translation>پاسخ را بنویسید.</translation>
        </message>
        <message>
            <source>Choose a priority.</source>
            <translation>یک اولویت انتخاب کنید.</translation>
        </message>
        <message>
            <source>Enter a time greater than zero.</source>
            <translation>زمانی بیشتر از صفر وارد کنید.</translation>
        </message>
        <message>
            <source>The time to resolve cannot be shorter than the time to the first response.</source>
            <translation>زمان حل نمی‌تواند کوتاه‌تر از زمان اولین پاسخ باشد.</translation>
        </message>
        <message>
            <source>“{name}” already sets the targets for this priority and category; change that policy or make it inactive first.</source>
            <translation>«{name}» از قبل زمان‌های این اولویت و دسته را تعیین می‌کند؛ اول آن سیاست را تغییر دهید یا غیرفعالش کنید.</translation>
        </message>
        <message>
            <source>An email needs a subject.</source>
            <translation>ایمیل باید موضوع داشته باشد؛ موضوعی بنویسید.</translation>
        </message>
        <message>
            <source>“{{{name}}}” is not a placeholder; use {allowed}.</source>
            <translation>«{{{name}}}» جای‌نمای معتبری نیست؛ از {allowed} استفاده کنید.</translation>
        </message>
        <message>
            <source>A brace is not closed or not opened near “{near}”; write placeholders like {{customer}}, and {{{{ or }}}} for a brace itself.</source>
            <translation>نزدیک «{near}» یک آکولاد باز یا بسته نشده است؛ جای‌نماها را به شکل {{customer}} بنویسید و برای خودِ آکولاد از {{{{ یا }}}} استفاده کنید.</translation>
        </message>
        <message>
            <source>There is already a template for this event, language and channel.</source>
            <translation>برای این رویداد، زبان و کانال از قبل یک متن پیام وجود دارد.</translation>
        </message>
        <message>
            <source>Working hours run from a start to a later end within the day (00:00 to 24:00).</source>
            <translation>هر بازهٔ ساعات کاری باید در همان روز از یک ساعت شروع تا ساعت پایانِ دیرتری باشد (۰۰:۰۰ تا ۲۴:۰۰).</translation>
        </message>
        <message>
            <source>The working hours of one day overlap.</source>
            <translation>بازه‌های ساعات کاری یکی از روزها با هم هم‌پوشانی دارند.</translation>
        </message>
        <message>
            <source>The week needs at least one working period.</source>
            <translation>هفته باید دست‌کم یک بازهٔ کاری داشته باشد.</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>روز را انتخاب کنید.</translation>
        </message>
        <message>
            <source>This day is already a holiday.</source>
            <translation>این روز از قبل به‌عنوان تعطیلی ثبت شده است.</translation>
        </message>
        <message>
            <source>A case that is “{old}” cannot become “{new}”.</source>
            <translation>وضعیت پرونده را نمی‌توان از «{old}» به «{new}» تغییر داد.</translation>
        </message>
        <message>
            <source>Write how the case was resolved.</source>
            <translation>بنویسید پرونده چگونه حل شد.</translation>
        </message>
        <message>
            <source>Choose who the case is assigned to.</source>
            <translation>مشخص کنید پرونده به چه کسی واگذار شود.</translation>
        </message>
        <message>
            <source>Only a resolved or closed case can be reopened.</source>
            <translation>فقط پروندهٔ حل شده یا بسته شده را می‌توان بازگشایی کرد.</translation>
        </message>
        <message>
            <source>A satisfaction score is a whole number from 1 to 5.</source>
            <translation>امتیاز رضایت باید عددی صحیح از ۱ تا ۵ باشد.</translation>
        </message>
        <message>
            <source>The customer can rate a case once it is resolved.</source>
            <translation>مشتری فقط پس از حل شدن پرونده می‌تواند به آن امتیاز دهد.</translation>
        </message>
        <message>
            <source>Choose one of the offered times.</source>
            <translation>یکی از زمان‌های پیشنهادی را انتخاب کنید.</translation>
        </message>
        <message>
            <source>The next step is the open activity “{subject}”: to clear it, mark it done or delete it under Activities.</source>
            <translation>فعالیت بعدی همان فعالیت باز «{subject}» است: برای پاک کردن آن، در بخش فعالیت‌ها آن را انجام‌شده بزنید یا حذف کنید.</translation>
        </message>
        <message>
            <source>Choose the day of the next step.</source>
            <translation>روز فعالیت بعدی را انتخاب کنید.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Export as vCard</source>
            <translation>ذخیره به صورت vCard</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>فایل‌های vCard (*.vcf)</translation>
        </message>
        <message>
            <source>Writing the vCard file…</source>
            <translation>در حال نوشتن فایل vCard…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>کارپوشهٔ اکسل (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV با UTF-8 ‏(*.csv)</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>خروجی اکسل</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>در حال نوشتن {name}…</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>مشتریان</translation>
        </message>
        <message>
            <source>People</source>
            <translation>اشخاص</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>راه‌های تماس</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>History</source>
            <translation>تاریخچه</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <source>Probability %</source>
            <translation>احتمال ٪</translation>
        </message>
        <message>
            <source>Weighted amount</source>
            <translation>مبلغ وزن‌دار</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>تاریخ بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>فعالیت بعدی</translation>
        </message>
        <message>
            <source>Next activity date</source>
            <translation>تاریخ فعالیت بعدی</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>روز در مرحله</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>تاریخ بسته شدن</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>دلیل شکست</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>تاریخ ایجاد</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>e.g. VIP, wholesale</source>
            <translation>مثلاً مشتری ویژه، عمده‌فروش</translation>
        </message>
        <message>
            <source>Type to find a company</source>
            <translation>برای یافتن شرکت تایپ کنید</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>موارد احتمالاً تکراری</translation>
        </message>
        <message>
            <source>{name} — {reason}</source>
            <translation>{name} — {reason}</translation>
        </message>
        <message>
            <source>Open the existing one</source>
            <translation>باز کردن مورد موجود</translation>
        </message>
        <message>
            <source>Create anyway</source>
            <translation>با این حال ثبت شود</translation>
        </message>
        <message>
            <source>These look like the same customer. Open one of them instead of creating a duplicate?</source>
            <translation>این‌ها شبیه همین مشتری‌اند. به جای ثبت تکراری، یکی از آن‌ها را باز می‌کنید؟</translation>
        </message>
    </context>
    <context>
        <name>Funnel</name>
        <message>
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>اینستاگرام</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>معرفی</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>نمایشگاه</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>تماس تلفنی</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>مراجعهٔ حضوری</translation>
        </message>
        <message>
            <source>Flyer</source>
            <translation>تراکت</translation>
        </message>
        <message>
            <source>Price too high</source>
            <translation>قیمت بالا</translation>
        </message>
        <message>
            <source>Chose a competitor</source>
            <translation>رقیب را انتخاب کرد</translation>
        </message>
        <message>
            <source>No budget</source>
            <translation>بودجه ندارد</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>پاسخ نمی‌دهد</translation>
        </message>
        <message>
            <source>Needs changed</source>
            <translation>نیازش تغییر کرد</translation>
        </message>
        <message>
            <source>Delivery time</source>
            <translation>زمان تحویل</translation>
        </message>
        <message>
            <source>No expected close date</source>
            <translation>بدون تاریخ بستن</translation>
        </message>
        <message>
            <source>No leads came in during the look-back period.</source>
            <translation>در بازهٔ بررسی هیچ سرنخی نیامده است.</translation>
        </message>
        <message>
            <source>No deal that came from a lead was won during the look-back period.</source>
            <translation>در بازهٔ بررسی هیچ معامله‌ای که از سرنخ آمده باشد موفق نشده است.</translation>
        </message>
        <message>
            <source>No source</source>
            <translation>بدون منبع</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>بدون مسئول</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>بدون دلیل</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>فروش</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>تماس اول</translation>
        </message>
        <message>
            <source>Needs analysis</source>
            <translation>بررسی نیاز</translation>
        </message>
        <message>
            <source>Proposal / pre-invoice</source>
            <translation>پیشنهاد / پیش‌فاکتور</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>مذاکره</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <source>No</source>
            <translation>خیر</translation>
        </message>
        <message>
            <source>Is the budget confirmed?</source>
            <translation>بودجه تأیید شده است؟</translation>
        </message>
        <message>
            <source>Being arranged</source>
            <translation>در حال تأمین</translation>
        </message>
        <message>
            <source>Are we talking to the decision maker?</source>
            <translation>با تصمیم‌گیرنده صحبت می‌کنیم؟</translation>
        </message>
        <message>
            <source>They influence the decision</source>
            <translation>در تصمیم اثر دارد</translation>
        </message>
        <message>
            <source>When is it needed?</source>
            <translation>کی لازم دارد؟</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>همین ماه</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>همین فصل</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>بعدتر</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>نامعلوم</translation>
        </message>
        <message>
            <source>How big is the company?</source>
            <translation>شرکت چقدر بزرگ است؟</translation>
        </message>
        <message>
            <source>1 to 10 people</source>
            <translation>۱ تا ۱۰ نفر</translation>
        </message>
        <message>
            <source>11 to 50 people</source>
            <translation>۱۱ تا ۵۰ نفر</translation>
        </message>
        <message>
            <source>51 to 250 people</source>
            <translation>۵۱ تا ۲۵۰ نفر</translation>
        </message>
        <message>
            <source>More than 250 people</source>
            <translation>بیش از ۲۵۰ نفر</translation>
        </message>
        <message>
            <source>Source {value} wins {ratio}× more often</source>
            <translation>منبع {value} {ratio} برابر بیشتر موفق می‌شود</translation>
        </message>
        <message>
            <source>Source {value} wins {ratio}× less often</source>
            <translation>منبع {value} {ratio} برابر کمتر موفق می‌شود</translation>
        </message>
        <message>
            <source>Deals of {value} win {ratio}× more often</source>
            <translation>معامله‌های {value} {ratio} برابر بیشتر موفق می‌شوند</translation>
        </message>
        <message>
            <source>Deals of {value} win {ratio}× less often</source>
            <translation>معامله‌های {value} {ratio} برابر کمتر موفق می‌شوند</translation>
        </message>
        <message>
            <source>Customers in {value} win {ratio}× more often</source>
            <translation>مشتریان {value} {ratio} برابر بیشتر موفق می‌شوند</translation>
        </message>
        <message>
            <source>Customers in {value} win {ratio}× less often</source>
            <translation>مشتریان {value} {ratio} برابر کمتر موفق می‌شوند</translation>
        </message>
        <message>
            <source>Industry {value} wins {ratio}× more often</source>
            <translation>صنعت {value} {ratio} برابر بیشتر موفق می‌شود</translation>
        </message>
        <message>
            <source>Industry {value} wins {ratio}× less often</source>
            <translation>صنعت {value} {ratio} برابر کمتر موفق می‌شود</translation>
        </message>
        <message>
            <source>Interest in {value} wins {ratio}× more often</source>
            <translation>علاقه به {value} {ratio} برابر بیشتر موفق می‌شود</translation>
        </message>
        <message>
            <source>Interest in {value} wins {ratio}× less often</source>
            <translation>علاقه به {value} {ratio} برابر کمتر موفق می‌شود</translation>
        </message>
        <message>
            <source>Answer “{value}” to “{question}” wins {ratio}× more often</source>
            <translation>پاسخ «{value}» به «{question}» {ratio} برابر بیشتر موفق می‌شود</translation>
        </message>
        <message>
            <source>Answer “{value}” to “{question}” wins {ratio}× less often</source>
            <translation>پاسخ «{value}» به «{question}» {ratio} برابر کمتر موفق می‌شود</translation>
        </message>
        <message>
            <source>A qualification score of {value} wins {ratio}× more often</source>
            <translation>امتیاز ارزیابی {value} {ratio} برابر بیشتر موفق می‌شود</translation>
        </message>
        <message>
            <source>A qualification score of {value} wins {ratio}× less often</source>
            <translation>امتیاز ارزیابی {value} {ratio} برابر کمتر موفق می‌شود</translation>
        </message>
        <message>
            <source>Q{number} {year}</source>
            <translation>فصل {number} {year}</translation>
        </message>
        <message>
            <source>Whole office</source>
            <translation>کل دفتر</translation>
        </message>
        <message>
            <source>Search deal, person or company…</source>
            <translation>جستجوی معامله، شخص یا شرکت…</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>فیلترها</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>تابلو</translation>
        </message>
        <message>
            <source>List</source>
            <translation>فهرست</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>معاملهٔ جدید</translation>
        </message>
        <message>
            <source>Sales funnel</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <source>Filters ({count})</source>
            <translation>فیلترها ({count})</translation>
        </message>
    </context>
    <context>
        <name>FunnelBoard</name>
        <message>
            <source>Expected close: {date}</source>
            <translation>بستن پیش‌بینی‌شده: {date}</translation>
        </message>
        <message>
            <source>Stuck</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>بدون کار بعدی</translation>
        </message>
        <message>
            <source>{value}%</source>
            <translation>{value}٪</translation>
        </message>
        <message>
            <source>{days} d in stage</source>
            <translation>{days} روز در مرحله</translation>
        </message>
        <message>
            <source>{stuck} · {days}</source>
            <translation>{stuck} · {days}</translation>
        </message>
        <message>
            <source>{overdue} · {date}</source>
            <translation>{overdue} · {date}</translation>
        </message>
        <message>
            <source>No deals here</source>
            <translation>معامله‌ای اینجا نیست</translation>
        </message>
        <message>
            <source>Total {amount}</source>
            <translation>جمع {amount}</translation>
        </message>
        <message>
            <source>Weighted {amount}</source>
            <translation>وزن‌دار {amount}</translation>
        </message>
        <message>
            <source>Weighted: each deal's amount times its probability (or the stage's, {percent}%)</source>
            <translation>وزن‌دار: مبلغ هر معامله ضرب در احتمال آن (یا احتمال مرحله، {percent}٪)</translation>
        </message>
        <message>
            <source>Drop here: won</source>
            <translation>رها کنید: موفق</translation>
        </message>
        <message>
            <source>Drop here: lost</source>
            <translation>رها کنید: ناموفق</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>معامله از دست رفت</translation>
        </message>
        <message>
            <source>Optional: what happened</source>
            <translation>اختیاری: چه شد</translation>
        </message>
        <message>
            <source>Mark as lost</source>
            <translation>ثبت ناموفق</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>توضیح</translation>
        </message>
        <message>
            <source>Why was “{title}” lost?</source>
            <translation>چرا «{title}» از دست رفت؟</translation>
        </message>
        <message>
            <source>Moved to “{stage}”.</source>
            <translation>به «{stage}» رفت.</translation>
        </message>
        <message>
            <source>“{title}” won.</source>
            <translation>«{title}» موفق شد.</translation>
        </message>
        <message>
            <source>“{title}” lost.</source>
            <translation>«{title}» از دست رفت.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز کردن</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>بردن به</translation>
        </message>
        <message>
            <source>Mark as won</source>
            <translation>ثبت موفق</translation>
        </message>
        <message>
            <source>Mark as lost…</source>
            <translation>ثبت ناموفق…</translation>
        </message>
        <message>
            <source>My target</source>
            <translation>هدف من</translation>
        </message>
        <message>
            <source>Office target</source>
            <translation>هدف دفتر</translation>
        </message>
        <message>
            <source>Won {won} of {target} ({percent}) — {period}</source>
            <translation>{won} از {target} به دست آمد ({percent}) — {period}</translation>
        </message>
    </context>
    <context>
        <name>FunnelChart</name>
        <message>
            <source>Billion {unit}</source>
            <translation>میلیارد {unit}</translation>
        </message>
        <message>
            <source>Million {unit}</source>
            <translation>میلیون {unit}</translation>
        </message>
        <message>
            <source>Thousand {unit}</source>
            <translation>هزار {unit}</translation>
        </message>
        <message>
            <source>No deal entered the funnel in this period.</source>
            <translation>در این دوره هیچ معامله‌ای وارد قیف نشد.</translation>
        </message>
        <message>
            <source>{percent} went on</source>
            <translation>{percent} جلو رفت</translation>
        </message>
        <message>
            <source>Deals entering each stage</source>
            <translation>معامله‌های ورودی به هر مرحله</translation>
        </message>
        <message>
            <source>No open deal has an expected close date.</source>
            <translation>هیچ معاملهٔ بازی تاریخ بستن پیش‌بینی‌شده ندارد.</translation>
        </message>
        <message>
            <source>Weighted forecast</source>
            <translation>پیش‌بینی وزن‌دار</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>هدف</translation>
        </message>
        <message>
            <source>Forecast and target per month</source>
            <translation>پیش‌بینی و هدف هر ماه</translation>
        </message>
        <message>
            <source>No deal was lost in this period.</source>
            <translation>در این دوره هیچ معامله‌ای از دست نرفت.</translation>
        </message>
        <message>
            <source>Why deals were lost</source>
            <translation>چرا معامله‌ها از دست رفتند</translation>
        </message>
        <message>
            <source>No source won a deal or cost anything in this period.</source>
            <translation>در این دوره هیچ منبعی نه معامله‌ای آورد و نه هزینه‌ای داشت.</translation>
        </message>
        <message>
            <source>Won amount</source>
            <translation>مبلغ موفق</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>هزینه</translation>
        </message>
        <message>
            <source>What each source brought and cost</source>
            <translation>آورده و هزینهٔ هر منبع</translation>
        </message>
    </context>
    <context>
        <name>FunnelFilters</name>
        <message>
            <source>Any</source>
            <translation>همه</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>پاک کردن فیلترها</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع</translation>
        </message>
        <message>
            <source>Closing from</source>
            <translation>بستن از</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تا</translation>
        </message>
    </context>
    <context>
        <name>FunnelReport</name>
        <message>
            <source>{percent}%</source>
            <translation>{percent}٪</translation>
        </message>
        <message>
            <source>How many leads do we need?</source>
            <translation>چند سرنخ لازم داریم؟</translation>
        </message>
        <message>
            <source>Toman</source>
            <translation>تومان</translation>
        </message>
        <message>
            <source>Rial</source>
            <translation>ریال</translation>
        </message>
        <message>
            <source>Revenue target, e.g. {example}</source>
            <translation>هدف درآمد، مثلاً {example}</translation>
        </message>
        <message>
            <source>Amount in {unit}</source>
            <translation>مبلغ به {unit}</translation>
        </message>
        <message>
            <source>Calculate</source>
            <translation>محاسبه</translation>
        </message>
        <message>
            <source>Type an amount such as {example}.</source>
            <translation>مبلغی مانند {example} بنویسید.</translation>
        </message>
        <message>
            <source>Calculating…</source>
            <translation>در حال محاسبه…</translation>
        </message>
        <message>
            <source>It cannot be worked out yet: {reason}</source>
            <translation>هنوز نمی‌شود حساب کرد: {reason}</translation>
        </message>
        <message>
            <source>To win {target} you need about {leads} new leads: from {start} to {end}, {count} leads came in and {won} deals from leads were won for {amount}, so a lead was worth about {worth}.</source>
            <translation>برای فروش {target} حدود {leads} سرنخ تازه لازم است: از {start} تا {end}، {count} سرنخ آمد و {won} معامله از سرنخ‌ها به مبلغ {amount} موفق شد؛ پس هر سرنخ حدود {worth} ارزش داشت.</translation>
        </message>
        <message>
            <source>Funnel report</source>
            <translation>گزارش قیف فروش</translation>
        </message>
        <message>
            <source>How deals moved through the stages, what was won and lost, and what is coming.</source>
            <translation>معامله‌ها چطور از مرحله‌ها گذشتند، چه به دست آمد و چه از دست رفت، و چه در راه است.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>در حال محاسبه…</translation>
        </message>
        <message>
            <source>Deals started</source>
            <translation>معامله‌های آغازشده</translation>
        </message>
        <message>
            <source>Deals won</source>
            <translation>معامله‌های موفق</translation>
        </message>
        <message>
            <source>Overall conversion</source>
            <translation>نرخ تبدیل کل</translation>
        </message>
        <message>
            <source>Average sales cycle</source>
            <translation>میانگین چرخهٔ فروش</translation>
        </message>
        <message>
            <source>Biggest drop</source>
            <translation>بیشترین ریزش</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>مرحله‌ها</translation>
        </message>
        <message>
            <source>Win rates</source>
            <translation>نرخ موفقیت</translation>
        </message>
        <message>
            <source>By source</source>
            <translation>بر اساس منبع</translation>
        </message>
        <message>
            <source>By owner</source>
            <translation>بر اساس مسئول</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>دلیل‌های شکست</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>منبع‌ها</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>پیش‌بینی</translation>
        </message>
        <message>
            <source>Targets and leads</source>
            <translation>هدف‌ها و سرنخ‌ها</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>همین ماه</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>همین فصل</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>امسال</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>۱۲ ماه گذشته</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>بازهٔ دلخواه</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تا</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>همهٔ مسئولان</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>دوره</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>ورودی</translation>
        </message>
        <message>
            <source>Went on</source>
            <translation>جلو رفت</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>نرخ تبدیل</translation>
        </message>
        <message>
            <source>Avg. days</source>
            <translation>میانگین روز</translation>
        </message>
        <message>
            <source>Median days</source>
            <translation>میانهٔ روز</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>نرخ موفقیت</translation>
        </message>
        <message>
            <source>Won amount</source>
            <translation>مبلغ موفق</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>سهم</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>سرنخ‌ها</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>هزینه</translation>
        </message>
        <message>
            <source>ROI</source>
            <translation>بازده سرمایه</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>دفتر</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>تیم</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>هدف</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>تحقق</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} تا {end}</translation>
        </message>
        <message>
            <source>{period} ({days})</source>
            <translation>{period} ({days})</translation>
        </message>
        <message>
            <source>Deals won · {amount}</source>
            <translation>معامله‌های موفق · {amount}</translation>
        </message>
        <message>
            <source>Overall conversion · {won} of {started} started</source>
            <translation>نرخ تبدیل کل · {won} از {started} آغازشده</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} روز</translation>
        </message>
        <message>
            <source>Biggest drop · {count} of {entered} did not go on</source>
            <translation>بیشترین ریزش · {count} از {entered} جلو نرفتند</translation>
        </message>
        <message>
            <source>Targets for {period}</source>
            <translation>هدف‌های {period}</translation>
        </message>
        <message>
            <source>Open deals: {count}, worth {amount}, weighted {weighted}.</source>
            <translation>معامله‌های باز: {count}، به ارزش {amount}، وزن‌دار {weighted}.</translation>
        </message>
        <message>
            <source>{count} of them have no expected close date and are not in the chart.</source>
            <translation>{count} مورد از آن‌ها تاریخ بستن ندارند و در نمودار نیستند.</translation>
        </message>
    </context>
    <context>
        <name>FunnelSettings</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>State</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>افزودن…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>تغییر نام…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>کنار گذاشتن</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>در استفاده</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>کنار گذاشته</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>بازگرداندن</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>افزودن به فهرست</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>تغییر نام</translation>
        </message>
        <message>
            <source>Where leads come from. Record what advertising on a source cost, so the funnel report can show what each lead and each sale cost. A retired source is no longer offered for new leads.</source>
            <translation>سرنخ‌ها از کجا می‌آیند. هزینهٔ تبلیغ در هر منبع را ثبت کنید تا گزارش قیف نشان دهد هر سرنخ و هر فروش چقدر خرج داشته است. منبع کنارگذاشته دیگر برای سرنخ‌های تازه پیشنهاد نمی‌شود.</translation>
        </message>
        <message>
            <source>Amount in {unit}, e.g. {example}</source>
            <translation>مبلغ به {unit}، مثلاً {example}</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>روز</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>توضیح</translation>
        </message>
        <message>
            <source>Add cost</source>
            <translation>افزودن هزینه</translation>
        </message>
        <message>
            <source>What “{name}” cost</source>
            <translation>هزینه‌های «{name}»</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>هزینه‌ها</translation>
        </message>
        <message>
            <source>Total: {amount}</source>
            <translation>جمع: {amount}</translation>
        </message>
        <message>
            <source>No cost recorded for this source yet.</source>
            <translation>هنوز هزینه‌ای برای این منبع ثبت نشده است.</translation>
        </message>
        <message>
            <source>Enter the day the money was spent.</source>
            <translation>روزی را که پول خرج شد وارد کنید.</translation>
        </message>
        <message>
            <source>Type the amount as a number, e.g. {example}.</source>
            <translation>مبلغ را به عدد بنویسید، مثلاً {example}.</translation>
        </message>
        <message>
            <source>The reasons offered when a deal is marked lost; the funnel report counts them. A retired reason is no longer offered, and deals lost for it keep it.</source>
            <translation>دلیل‌هایی که هنگام ثبت معاملهٔ ناموفق پیشنهاد می‌شوند؛ گزارش قیف آن‌ها را می‌شمارد. دلیل کنارگذاشته دیگر پیشنهاد نمی‌شود و معامله‌هایی که با آن از دست رفته‌اند آن را نگه می‌دارند.</translation>
        </message>
        <message>
            <source>Edit question</source>
            <translation>ویرایش پرسش</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>پرسش جدید</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>پرسش</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>وزن</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>پاسخ</translation>
        </message>
        <message>
            <source>Points (0–10)</source>
            <translation>امتیاز (۰ تا ۱۰)</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>پاسخ‌ها</translation>
        </message>
        <message>
            <source>Another answer</source>
            <translation>پاسخ دیگر</translation>
        </message>
        <message>
            <source>Edit answer</source>
            <translation>ویرایش پاسخ</translation>
        </message>
        <message>
            <source>New answer</source>
            <translation>پاسخ جدید</translation>
        </message>
        <message>
            <source>Add question…</source>
            <translation>افزودن پرسش…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ویرایش…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>بالا بردن</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>پایین بردن</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>امتیاز</translation>
        </message>
        <message>
            <source>Add answer…</source>
            <translation>افزودن پاسخ…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Each answer gives 0 to 10 points; each question's weight says how much it counts. A lead's score = 100 × Σ (weight × points ÷ 10) ÷ Σ weight, over the questions in use; an unanswered question gives 0 points. Retired questions are no longer asked and no longer count.</source>
            <translation>هر پاسخ ۰ تا ۱۰ امتیاز دارد و وزن هر پرسش می‌گوید چقدر به حساب می‌آید. امتیاز سرنخ = ۱۰۰ × Σ (وزن × امتیاز ÷ ۱۰) ÷ Σ وزن، روی پرسش‌های در استفاده؛ پرسش بی‌پاسخ صفر امتیاز دارد. پرسش‌های کنارگذاشته دیگر پرسیده و شمرده نمی‌شوند.</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>پرسیده می‌شود</translation>
        </message>
        <message>
            <source>Answers to “{question}”</source>
            <translation>پاسخ‌های «{question}»</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>ویرایش مرحله</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>مرحلهٔ جدید</translation>
        </message>
        <message>
            <source>Probability of winning (%)</source>
            <translation>احتمال موفقیت (٪)</translation>
        </message>
        <message>
            <source>0 to 100</source>
            <translation>۰ تا ۱۰۰</translation>
        </message>
        <message>
            <source>Stuck after (days)</source>
            <translation>متوقف پس از (روز)</translation>
        </message>
        <message>
            <source>empty: never</source>
            <translation>خالی: هرگز</translation>
        </message>
        <message>
            <source>A deal that stays in this stage longer than the limit is marked as stuck on the board. The probability weights the forecast.</source>
            <translation>معامله‌ای که بیش از این حد در این مرحله بماند در تابلو متوقف نشان داده می‌شود. احتمال، وزن پیش‌بینی است.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <source>New pipeline…</source>
            <translation>قیف جدید…</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>احتمال</translation>
        </message>
        <message>
            <source>Stuck after</source>
            <translation>متوقف پس از</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Add stage…</source>
            <translation>افزودن مرحله…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>The open stages are the board's columns, in this order. A new stage goes after the selected one. Won and Lost end every pipeline and cannot be moved or deleted.</source>
            <translation>مرحله‌های باز به همین ترتیب ستون‌های تابلو هستند. مرحلهٔ تازه بعد از مرحلهٔ انتخاب‌شده می‌آید. «موفق» و «ناموفق» پایان هر قیف‌اند و جابه‌جا یا حذف نمی‌شوند.</translation>
        </message>
        <message>
            <source>New pipeline</source>
            <translation>قیف جدید</translation>
        </message>
        <message>
            <source>Rename pipeline</source>
            <translation>تغییر نام قیف</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <source>Won (end)</source>
            <translation>موفق (پایان)</translation>
        </message>
        <message>
            <source>Lost (end)</source>
            <translation>ناموفق (پایان)</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} روز</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}٪</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>حذف مرحله</translation>
        </message>
        <message>
            <source>Delete the stage “{name}”?</source>
            <translation>مرحلهٔ «{name}» حذف شود؟</translation>
        </message>
        <message>
            <source>Pipelines and stages</source>
            <translation>قیف‌ها و مرحله‌ها</translation>
        </message>
        <message>
            <source>Lead sources and costs</source>
            <translation>منبع‌های سرنخ و هزینه‌ها</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>دلیل‌های شکست</translation>
        </message>
        <message>
            <source>Qualification questionnaire</source>
            <translation>پرسش‌نامهٔ ارزیابی</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <source>no</source>
            <translation>خیر</translation>
        </message>
        <message>
            <source>{field}: {new}</source>
            <translation>{field}: {new}</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} ← {new}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>{people} people, {companies} companies</source>
            <translation>{people} شخص، {companies} شرکت</translation>
        </message>
        <message>
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>کاربر</translation>
        </message>
        <message>
            <source>System</source>
            <translation>سیستم</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>عملیات</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>تغییرات</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Good morning, {name}</source>
            <translation>صبح بخیر، {name}</translation>
        </message>
        <message>
            <source>Good afternoon, {name}</source>
            <translation>عصر بخیر، {name}</translation>
        </message>
        <message>
            <source>Good evening, {name}</source>
            <translation>وقت بخیر، {name}</translation>
        </message>
        <message>
            <source>Today is {weekday}, {date}</source>
            <translation>امروز {weekday}، {date}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>اشخاص</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <source>New people in the last 30 days</source>
            <translation>اشخاص جدید در ۳۰ روز گذشته</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>Latest changes</source>
            <translation>آخرین تغییرات</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>پایگاه داده</translation>
        </message>
        <message>
            <source>Size {size} · schema version {version}</source>
            <translation>حجم {size}، نسخه ساختار {version}</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>There is no import number {id}.</source>
            <translation>ورودی با شمارهٔ {id} وجود ندارد.</translation>
        </message>
        <message>
            <source>Import {id} was already undone.</source>
            <translation>ورود {id} پیش‌تر برگردانده شده است.</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number.</source>
            <translation>«{value}» شماره تلفن نیست.</translation>
        </message>
        <message>
            <source>“{value}” is not an email address.</source>
            <translation>«{value}» نشانی ایمیل نیست.</translation>
        </message>
        <message>
            <source>“{value}” is not a date we can read (for example 1402/05/17 or 2023-08-08).</source>
            <translation>«{value}» تاریخی نیست که بتوان خواند (مثلاً 1402/05/17 یا 2023-08-08).</translation>
        </message>
        <message>
            <source>“{value}” could be day/month or month/day: choose the order of this column.</source>
            <translation>«{value}» می‌تواند روز/ماه یا ماه/روز باشد: ترتیب این ستون را انتخاب کنید.</translation>
        </message>
        <message>
            <source>“{value}” is outside the years a date can have here.</source>
            <translation>«{value}» بیرون از سال‌هایی است که یک تاریخ اینجا می‌تواند داشته باشد.</translation>
        </message>
        <message>
            <source>“{value}” is not a real Jalali date.</source>
            <translation>«{value}» تاریخ شمسی درستی نیست.</translation>
        </message>
        <message>
            <source>“{value}” is not a real Gregorian date.</source>
            <translation>«{value}» تاریخ میلادی درستی نیست.</translation>
        </message>
        <message>
            <source>The birth date {value} is in the future.</source>
            <translation>تاریخ تولد {value} در آینده است.</translation>
        </message>
        <message>
            <source>The birth date {value} is too far in the past.</source>
            <translation>تاریخ تولد {value} بیش از حد قدیمی است.</translation>
        </message>
        <message>
            <source>A national code has 10 digits; “{value}” does not.</source>
            <translation>کد ملی ۱۰ رقم دارد؛ «{value}» ندارد.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid national code: its check digit does not match.</source>
            <translation>«{value}» کد ملی معتبری نیست: رقم کنترلش نمی‌خواند.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid company national ID (11 digits with a check digit).</source>
            <translation>«{value}» شناسهٔ ملی معتبر شرکت نیست (۱۱ رقم با رقم کنترل).</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <source>Row in the file</source>
            <translation>ردیف در فایل</translation>
        </message>
        <message>
            <source>Rows not imported</source>
            <translation>ردیف‌های واردنشده</translation>
        </message>
        <message>
            <source>{column}: {reason}</source>
            <translation>{column}: {reason}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>اشخاص</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>سرنخ‌ها</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <source>Full name (split into first and last)</source>
            <translation>نام کامل (جدا به نام و نام خانوادگی)</translation>
        </message>
        <message>
            <source>Person or company</source>
            <translation>شخص یا شرکت</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>نام خانوادگی</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>نام شرکت</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>سمت</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>موبایل</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>فکس</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>تلگرام</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>واتس‌اپ</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>اینستاگرام</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>لینکدین</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>جنسیت</translation>
        </message>
        <message>
            <source>National code</source>
            <translation>کد ملی</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>صنعت</translation>
        </message>
        <message>
            <source>Company national ID</source>
            <translation>شناسهٔ ملی شرکت</translation>
        </message>
        <message>
            <source>Economic code</source>
            <translation>کد اقتصادی</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>استان</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>توضیحات</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>کمپین</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>علاقه‌مند به</translation>
        </message>
        <message>
            <source>Lead status</source>
            <translation>وضعیت سرنخ</translation>
        </message>
        <message>
            <source>Why disqualified</source>
            <translation>دلیل رد</translation>
        </message>
        <message>
            <source>Date of first contact</source>
            <translation>تاریخ اولین تماس</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>عنوان معامله</translation>
        </message>
        <message>
            <source>Amount (Rial)</source>
            <translation>مبلغ (ریال)</translation>
        </message>
        <message>
            <source>Amount (Toman)</source>
            <translation>مبلغ (تومان)</translation>
        </message>
        <message>
            <source>Deal stage</source>
            <translation>مرحلهٔ معامله</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>تاریخ بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>تاریخ بسته شدن</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>تاریخ باز شدن</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>دلیل شکست</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>کالاها</translation>
        </message>
        <message>
            <source>Probability %</source>
            <translation>احتمال ٪</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>کد مشتری</translation>
        </message>
        <message>
            <source>Phone or mobile</source>
            <translation>تلفن یا موبایل</translation>
        </message>
        <message>
            <source>National code / ID</source>
            <translation>کد ملی / شناسهٔ ملی</translation>
        </message>
        <message>
            <source>Already in the database as “{name}” (same {key}); skipped.</source>
            <translation>با نام «{name}» در پایگاه داده هست ({key} یکسان)؛ کنار گذاشته شد.</translation>
        </message>
        <message>
            <source>Same {key} as row {row} of this file; skipped.</source>
            <translation>{key} همانند ردیف {row} همین فایل؛ کنار گذاشته شد.</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>شماره تلفن</translation>
        </message>
        <message>
            <source>email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>national code</source>
            <translation>کد ملی</translation>
        </message>
        <message>
            <source>customer code</source>
            <translation>کد مشتری</translation>
        </message>
        <message>
            <source>company name</source>
            <translation>نام شرکت</translation>
        </message>
        <message>
            <source>title and customer</source>
            <translation>عنوان و مشتری</translation>
        </message>
        <message>
            <source>Unknown import target “{value}”; use {choices}.</source>
            <translation>مقصد ورود «{value}» شناخته نیست؛ یکی از {choices} را بدهید.</translation>
        </message>
        <message>
            <source>An import does not change deals that are already there (their stages move on the board): choose skip or create.</source>
            <translation>ورود اطلاعات معامله‌های موجود را تغییر نمی‌دهد (مرحله‌شان در تابلو جابه‌جا می‌شود): «رد کردن» یا «ایجاد» را انتخاب کنید.</translation>
        </message>
        <message>
            <source>Unknown duplicate choice “{value}”; use {choices}.</source>
            <translation>انتخاب «{value}» برای تکراری‌ها شناخته نیست؛ یکی از {choices} را بدهید.</translation>
        </message>
        <message>
            <source>“{value}” is not a field of this import.</source>
            <translation>«{value}» فیلدی از این ورود نیست.</translation>
        </message>
        <message>
            <source>Unknown date order “{value}”; use DMY or MDY.</source>
            <translation>ترتیب تاریخ «{value}» شناخته نیست؛ DMY یا MDY بدهید.</translation>
        </message>
        <message>
            <source>Rows can be matched on {choices} only.</source>
            <translation>ردیف‌ها فقط با {choices} تطبیق داده می‌شوند.</translation>
        </message>
        <message>
            <source>The mapping names a column “{value}” that this sheet does not have.</source>
            <translation>نگاشت از ستون «{value}» نام می‌برد که این برگه ندارد.</translation>
        </message>
        <message>
            <source>A mapping file holds one JSON object.</source>
            <translation>فایل نگاشت باید یک شیء JSON باشد.</translation>
        </message>
        <message>
            <source>{name} must be a whole number, 0 or more.</source>
            <translation>{name} باید عدد صحیح ۰ یا بیشتر باشد.</translation>
        </message>
        <message>
            <source>Cannot read the mapping file {file}.</source>
            <translation>فایل نگاشت {file} خوانده نمی‌شود.</translation>
        </message>
        <message>
            <source>The mapping file {file} is not valid JSON (line {line}).</source>
            <translation>فایل نگاشت {file} JSON درستی نیست (خط {line}).</translation>
        </message>
        <message>
            <source>The row has no name: fill in a first or last name.</source>
            <translation>این ردیف نام ندارد: نام یا نام خانوادگی را پر کنید.</translation>
        </message>
        <message>
            <source>The row has no company name.</source>
            <translation>این ردیف نام شرکت ندارد.</translation>
        </message>
        <message>
            <source>Too long: {length} characters where at most {limit} fit.</source>
            <translation>بیش از حد بلند: {length} نویسه، در حالی که حداکثر {limit} جا دارد.</translation>
        </message>
        <message>
            <source>“{value}” is not a gender we know (male/female, مرد/زن).</source>
            <translation>«{value}» جنسیتی شناخته‌شده نیست (مرد/زن، male/female).</translation>
        </message>
        <message>
            <source>“{value}” is not a stage (lead, prospect, opportunity, customer, inactive).</source>
            <translation>«{value}» مرحله نیست (سرنخ، مشتری بالقوه، فرصت، مشتری، غیرفعال).</translation>
        </message>
        <message>
            <source>“{value}” says neither person nor company.</source>
            <translation>«{value}» نه شخص را می‌گوید نه شرکت را.</translation>
        </message>
        <message>
            <source>“{value}” is not a lead status (new, contacted, qualified, disqualified).</source>
            <translation>«{value}» وضعیت سرنخ نیست (جدید، تماس گرفته شد، واجد شرایط، رد شده).</translation>
        </message>
        <message>
            <source>The row has no name and no company.</source>
            <translation>این ردیف نه نام دارد نه شرکت.</translation>
        </message>
        <message>
            <source>The row has no phone number and no email to reach the lead.</source>
            <translation>این ردیف نه تلفن دارد نه ایمیل برای تماس با سرنخ.</translation>
        </message>
        <message>
            <source>No user called “{value}” in this database; add the user, or do not import this column.</source>
            <translation>کاربری به نام «{value}» در این پایگاه داده نیست؛ کاربر را اضافه کنید یا این ستون را وارد نکنید.</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>ستون {letter}</translation>
        </message>
        <message>
            <source>The file {file} was not found. It may have been moved, renamed or deleted.</source>
            <translation>فایل {file} پیدا نشد. شاید جابه‌جا، تغییر نام یا حذف شده باشد.</translation>
        </message>
        <message>
            <source>The file {file} could not be opened. Close it in other programs, check that you are allowed to open it, and try again.</source>
            <translation>فایل {file} باز نشد. آن را در برنامه‌های دیگر ببندید، مطمئن شوید اجازهٔ باز کردنش را دارید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>The file {file} is empty (0 bytes): there is nothing in it to import.</source>
            <translation>فایل {file} خالی است (۰ بایت): چیزی برای ورود ندارد.</translation>
        </message>
        <message>
            <source>The file {file} is not a spreadsheet. Choose an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file.</source>
            <translation>فایل {file} صفحه‌گسترده نیست. یک فایل اکسل (‎.xlsx، ‎.xls)، اوپن‌داکیومنت (‎.ods) یا CSV انتخاب کنید.</translation>
        </message>
        <message>
            <source>The file {file} is in an old or web-page format that cannot be read directly. Open it in Excel or LibreOffice, save it as .xlsx, and try again.</source>
            <translation>فایل {file} در قالبی قدیمی یا صفحهٔ وب است که مستقیم خوانده نمی‌شود. آن را در اکسل یا لیبره‌آفیس باز کنید، با قالب ‎.xlsx ذخیره کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>The file {file} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and try again.</source>
            <translation>فایل {file} رمز دارد. آن را در اکسل باز کنید، رمز را بردارید (File › Info › Protect Workbook)، ذخیره کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>The file {file} is damaged or incomplete and cannot be read. Open it in Excel or LibreOffice, save it again as .xlsx, and try again.</source>
            <translation>فایل {file} خراب یا ناقص است و خوانده نمی‌شود. آن را در اکسل یا لیبره‌آفیس باز کنید، دوباره با قالب ‎.xlsx ذخیره کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>The file {file} is too large to read (it declares more cells than fit in memory). Split it into smaller files and try again.</source>
            <translation>فایل {file} برای خواندن بیش از حد بزرگ است (بیش از گنجایش حافظه خانه اعلام کرده). آن را به چند فایل کوچک‌تر بشکنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>The file {file} has no worksheets to import.</source>
            <translation>فایل {file} هیچ برگه‌ای برای ورود ندارد.</translation>
        </message>
        <message>
            <source>The file {file} has no sheet named {sheet}.</source>
            <translation>فایل {file} برگه‌ای به نام {sheet} ندارد.</translation>
        </message>
        <message>
            <source>The sheet {sheet} in the file {file} is damaged and cannot be read. Open the file in Excel or LibreOffice, save it again as .xlsx, and try again.</source>
            <translation>برگهٔ {sheet} در فایل {file} خراب است و خوانده نمی‌شود. فایل را در اکسل یا لیبره‌آفیس باز کنید، دوباره با قالب ‎.xlsx ذخیره کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>“{value}” is not a stage of the pipeline “{pipeline}” ({stages}).</source>
            <translation>«{value}» مرحله‌ای از قیف «{pipeline}» نیست ({stages}).</translation>
        </message>
        <message>
            <source>“{value}” is not an amount of money.</source>
            <translation>«{value}» مبلغ پول نیست.</translation>
        </message>
        <message>
            <source>“{value}” is not a probability from 0 to 100.</source>
            <translation>«{value}» احتمالی از ۰ تا ۱۰۰ نیست.</translation>
        </message>
        <message>
            <source>The row has no title, product or customer to name the deal by.</source>
            <translation>این ردیف عنوان، کالا یا مشتری‌ای برای نام‌گذاری معامله ندارد.</translation>
        </message>
        <message>
            <source>The row names no customer: fill in a name, a company, a phone or an email.</source>
            <translation>این ردیف مشتری‌ای را نام نمی‌برد: نام، شرکت، تلفن یا ایمیل را پر کنید.</translation>
        </message>
        <message>
            <source>The deal is lost but the row gives no reason: fill in the reason column.</source>
            <translation>معامله ناموفق است ولی ردیف دلیلی نمی‌گوید: ستون دلیل را پر کنید.</translation>
        </message>
    </context>
    <context>
        <name>ImportHistory</name>
        <message>
            <source>Undone {when}</source>
            <translation>برگردانده شده در {when}</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>برگردانده شده</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>وارد شده</translation>
        </message>
        <message>
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>کاربر</translation>
        </message>
        <message>
            <source>System</source>
            <translation>سامانه</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فایل</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>برگه</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>ردیف‌ها</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جدید</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>به‌روزشده</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>کنار گذاشته</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>نامعتبر</translation>
        </message>
        <message>
            <source>State</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Undo the import of “{file}” from {when}?</source>
            <translation>ورود «{file}» در {when} برگردانده شود؟</translation>
        </message>
        <message>
            <source>{leads} leads it added will be removed.</source>
            <translation>{leads} سرنخی که افزوده بود حذف می‌شود.</translation>
        </message>
        <message>
            <source>{deals} deals, {people} people and {companies} companies it added will be removed.</source>
            <translation>{deals} معامله، {people} شخص و {companies} شرکتی که افزوده بود حذف می‌شوند.</translation>
        </message>
        <message>
            <source>{people} people and {companies} companies it added will be removed.</source>
            <translation>{people} شخص و {companies} شرکتی که افزوده حذف می‌شوند.</translation>
        </message>
        <message>
            <source>{count} existing records it changed get their earlier values back, except fields edited since.</source>
            <translation>{count} رکورد موجود که تغییر داده به مقدار قبلی برمی‌گردند، جز فیلدهایی که از آن پس ویرایش شده‌اند.</translation>
        </message>
        <message>
            <source>{count} of the added records were edited after the import; they are removed too.</source>
            <translation>{count} رکورد از افزوده‌ها پس از ورود ویرایش شده‌اند؛ آن‌ها هم حذف می‌شوند.</translation>
        </message>
        <message>
            <source>Undo this import…</source>
            <translation>برگرداندن این ورود…</translation>
        </message>
        <message>
            <source>Every import from Excel or CSV, newest first. Undoing one removes the records it added and restores the ones it updated.</source>
            <translation>همهٔ ورودها از اکسل یا CSV، جدیدترین اول. برگرداندن هر ورود رکوردهایی را که افزوده حذف و رکوردهایی را که به‌روز کرده بازگردانی می‌کند.</translation>
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation>در حال برگرداندن ورود…</translation>
        </message>
        <message>
            <source>Undone: {removed} records removed, {restored} restored.</source>
            <translation>برگردانده شد: {removed} رکورد حذف و {restored} رکورد بازگردانی شد.</translation>
        </message>
        <message>
            <source>Undone: {removed} records removed, {restored} restored; {kept} fields changed since the import were kept.</source>
            <translation>برگردانده شد: {removed} رکورد حذف و {restored} رکورد بازگردانی شد؛ {kept} فیلد که پس از ورود تغییر کرده بود نگه داشته شد.</translation>
        </message>
        <message>
            <source>Undo an import</source>
            <translation>برگرداندن یک ورود</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>برگرداندن ورود</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>نگه داشتن</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Choose the file</source>
            <translation>انتخاب فایل</translation>
        </message>
        <message>
            <source>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice sheet (.ods) or a CSV file. Nothing is written until the last step.</source>
            <translation>یک فایل اکسل (‎.xlsx، ‎.xlsm، ‎.xls)، برگهٔ لیبره‌آفیس (‎.ods) یا فایل CSV. تا گام آخر چیزی نوشته نمی‌شود.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>فایلی انتخاب نشده</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>انتخاب فایل…</translation>
        </message>
        <message>
            <source>No header row</source>
            <translation>بدون ردیف عنوان</translation>
        </message>
        <message>
            <source>The row whose titles name the columns; rows above it are skipped.</source>
            <translation>ردیفی که عنوان ستون‌ها را دارد؛ ردیف‌های بالای آن کنار گذاشته می‌شوند.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فایل</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>وارد شود به عنوان</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>برگه</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>ردیف عنوان</translation>
        </message>
        <message>
            <source>The first rows of the sheet</source>
            <translation>نخستین ردیف‌های برگه</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>ورود از اکسل</translation>
        </message>
        <message>
            <source>Spreadsheets ({patterns})</source>
            <translation>صفحه‌گسترده‌ها ({patterns})</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>در حال خواندن فایل…</translation>
        </message>
        <message>
            <source>{name} ({rows} rows)</source>
            <translation>{name} ({rows} ردیف)</translation>
        </message>
        <message>
            <source>{name} ({rows} rows, hidden)</source>
            <translation>{name} ({rows} ردیف، پنهان)</translation>
        </message>
        <message>
            <source>No header row: {rows} rows of data in {columns} columns.</source>
            <translation>بدون ردیف عنوان: {rows} ردیف داده در {columns} ستون.</translation>
        </message>
        <message>
            <source>Header in row {header}, then about {rows} rows of data in {columns} columns.</source>
            <translation>عنوان در ردیف {header}، سپس حدود {rows} ردیف داده در {columns} ستون.</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>ستون {letter}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(خالی)</translation>
        </message>
        <message>
            <source>Ignore this column</source>
            <translation>این ستون وارد نشود</translation>
        </message>
        <message>
            <source>Day and month: automatic</source>
            <translation>روز و ماه: خودکار</translation>
        </message>
        <message>
            <source>Day first ({example})</source>
            <translation>اول روز ({example})</translation>
        </message>
        <message>
            <source>Month first ({example})</source>
            <translation>اول ماه ({example})</translation>
        </message>
        <message>
            <source>How to read a date like 03/04/2024 in this column. Dates whose day is over 12 settle it by themselves.</source>
            <translation>تاریخی مانند 03/04/2024 در این ستون چگونه خوانده شود. تاریخ‌هایی که روزشان بیش از ۱۲ است خودشان روشن‌اند.</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>تطبیق ستون‌ها</translation>
        </message>
        <message>
            <source>Say what each column of the sheet holds. Columns left on “Ignore” are not imported.</source>
            <translation>بگویید هر ستون برگه چه دارد. ستون‌هایی که روی «وارد نشود» بمانند وارد نمی‌شوند.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>ستون</translation>
        </message>
        <message>
            <source>Title in the file</source>
            <translation>عنوان در فایل</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>نمونهٔ مقادیر</translation>
        </message>
        <message>
            <source>These columns are matched as in your last import of a file laid out like this one. Check them before you go on.</source>
            <translation>این ستون‌ها مانند آخرین ورود فایلی با همین چیدمان تطبیق داده شده‌اند. پیش از ادامه بررسی کنید.</translation>
        </message>
        <message>
            <source>{matched} of {columns} columns were matched from their titles and values. Check them before you go on.</source>
            <translation>{matched} ستون از {columns} ستون از روی عنوان و مقادیرشان تطبیق داده شد. پیش از ادامه بررسی کنید.</translation>
        </message>
        <message>
            <source>Choose the column with the name: “Full name”, or “First name” and “Last name”.</source>
            <translation>ستون نام را انتخاب کنید: «نام کامل»، یا «نام» و «نام خانوادگی».</translation>
        </message>
        <message>
            <source>Choose the column with the company name.</source>
            <translation>ستون نام شرکت را انتخاب کنید.</translation>
        </message>
        <message>
            <source>“{field}” is chosen for more than one column; only the first filled one is used.</source>
            <translation>«{field}» برای بیش از یک ستون انتخاب شده؛ فقط نخستین ستون پر به کار می‌رود.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جدید</translation>
        </message>
        <message>
            <source>Updates “{name}”</source>
            <translation>به‌روزرسانی «{name}»</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>تکراری</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>نامعتبر</translation>
        </message>
        <message>
            <source>Corrected; checking again…</source>
            <translation>اصلاح شد؛ بررسی دوباره…</translation>
        </message>
        <message>
            <source>In the file: {value}</source>
            <translation>در فایل: {value}</translation>
        </message>
        <message>
            <source>Row {row} of the sheet</source>
            <translation>ردیف {row} برگه</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>چه می‌شود</translation>
        </message>
        <message>
            <source>From the column “{name}”</source>
            <translation>از ستون «{name}»</translation>
        </message>
        <message>
            <source>Skip them (they are listed with the rows not imported)</source>
            <translation>کنار گذاشته شوند (در فهرست ردیف‌های واردنشده می‌آیند)</translation>
        </message>
        <message>
            <source>Update the existing record with the sheet's values</source>
            <translation>رکورد موجود با مقادیر برگه به‌روز شود</translation>
        </message>
        <message>
            <source>Import them anyway as new records</source>
            <translation>با این حال به‌عنوان رکورد تازه وارد شوند</translation>
        </message>
        <message>
            <source>Rows that match a record already in the database</source>
            <translation>ردیف‌هایی که با رکوردی موجود در پایگاه داده یکی‌اند</translation>
        </message>
        <message>
            <source>Match on:</source>
            <translation>تطبیق بر پایهٔ:</translation>
        </message>
        <message>
            <source>Every imported record gets</source>
            <translation>هر رکورد واردشده می‌گیرد</translation>
        </message>
        <message>
            <source>Stage from the file, else “{stage}”</source>
            <translation>مرحله از فایل، وگرنه «{stage}»</translation>
        </message>
        <message>
            <source>Owner from the file, else whoever imports</source>
            <translation>مسئول از فایل، وگرنه واردکننده</translation>
        </message>
        <message>
            <source>For example: Book fair 1403</source>
            <translation>مثلاً: نمایشگاه کتاب ۱۴۰۳</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>برچسب</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>بررسی پیش از ورود</translation>
        </message>
        <message>
            <source>Every row is checked; nothing is written yet. Double-click a red cell to correct it.</source>
            <translation>همهٔ ردیف‌ها بررسی می‌شوند؛ هنوز چیزی نوشته نمی‌شود. برای اصلاح یک خانهٔ قرمز روی آن دوبار کلیک کنید.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ورود</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>بررسی</translation>
        </message>
        <message>
            <source>Check every row again (nothing is written)</source>
            <translation>بررسی دوبارهٔ همهٔ ردیف‌ها (چیزی نوشته نمی‌شود)</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>به‌روزرسانی</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>تکراری</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>در حال بررسی همهٔ ردیف‌ها…</translation>
        </message>
        <message>
            <source>The check was stopped.</source>
            <translation>بررسی متوقف شد.</translation>
        </message>
        <message>
            <source>{rows} rows checked in {seconds} seconds.</source>
            <translation>{rows} ردیف در {seconds} ثانیه بررسی شد.</translation>
        </message>
        <message>
            <source>No row would be imported: correct the red cells, change the choices above, or go back and match the columns again.</source>
            <translation>هیچ ردیفی وارد نمی‌شود: خانه‌های قرمز را اصلاح کنید، انتخاب‌های بالا را تغییر دهید، یا برگردید و ستون‌ها را دوباره تطبیق دهید.</translation>
        </message>
        <message>
            <source>The first {shown} rows are shown; all {rows} were checked. Rows not imported can be saved to a workbook at the end.</source>
            <translation>{shown} ردیف نخست نشان داده شده؛ همهٔ {rows} ردیف بررسی شد. ردیف‌های واردنشده را در پایان می‌توان در یک فایل اکسل ذخیره کرد.</translation>
        </message>
        <message>
            <source>Red rows are not imported unless corrected here; they can be saved to a workbook at the end.</source>
            <translation>ردیف‌های قرمز وارد نمی‌شوند مگر اینجا اصلاح شوند؛ در پایان می‌توان آن‌ها را در یک فایل اکسل ذخیره کرد.</translation>
        </message>
        <message>
            <source>The records are written in one go: all of them, or none if the import is cancelled.</source>
            <translation>رکوردها یکجا نوشته می‌شوند: همه، یا اگر ورود لغو شود هیچ‌کدام.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>افزوده شد</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>به‌روز شد</translation>
        </message>
        <message>
            <source>Skipped as duplicates</source>
            <translation>تکراری، کنار گذاشته شد</translation>
        </message>
        <message>
            <source>Not imported (invalid)</source>
            <translation>وارد نشد (نامعتبر)</translation>
        </message>
        <message>
            <source>Save the rows that were not imported…</source>
            <translation>ذخیرهٔ ردیف‌های واردنشده…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>دوباره</translation>
        </message>
        <message>
            <source>Back to the check</source>
            <translation>بازگشت به بررسی</translation>
        </message>
        <message>
            <source>Changed your mind? Settings → Imports can undo this import as a whole.</source>
            <translation>پشیمان شدید؟ در تنظیمات ← ورودها می‌توان این ورود را یکجا برگرداند.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>در حال ورود…</translation>
        </message>
        <message>
            <source>Writing the records…</source>
            <translation>در حال نوشتن رکوردها…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>لغو شد: چیزی وارد نشد.</translation>
        </message>
        <message>
            <source>Done: {count} records imported from “{file}”.</source>
            <translation>انجام شد: {count} رکورد از «{file}» وارد شد.</translation>
        </message>
        <message>
            <source>{rows} rows read in {seconds} seconds.</source>
            <translation>{rows} ردیف در {seconds} ثانیه خوانده شد.</translation>
        </message>
        <message>
            <source>{count} companies were added for the people who work there.</source>
            <translation>{count} شرکت برای اشخاصی که در آن کار می‌کنند افزوده شد.</translation>
        </message>
        <message>
            <source>{count} rows were not imported; save them to a workbook, fix them there and import that file.</source>
            <translation>{count} ردیف وارد نشد؛ آن‌ها را در یک فایل اکسل ذخیره کنید، همان‌جا اصلاح و آن فایل را وارد کنید.</translation>
        </message>
        <message>
            <source>{name} - not imported.xlsx</source>
            <translation>{name} - واردنشده.xlsx</translation>
        </message>
        <message>
            <source>Save the rows not imported</source>
            <translation>ذخیرهٔ ردیف‌های واردنشده</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>فایل‌های اکسل (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>در حال نوشتن فایل…</translation>
        </message>
        <message>
            <source>{count} rows saved to {path}.</source>
            <translation>{count} ردیف در {path} ذخیره شد.</translation>
        </message>
        <message>
            <source>The header row: its titles name the columns.</source>
            <translation>ردیف عنوان: عنوان‌هایش نام ستون‌هاست.</translation>
        </message>
        <message>
            <source>Above the header row: not imported.</source>
            <translation>بالای ردیف عنوان: وارد نمی‌شود.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>در حال لغو…</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>قبلی</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>بعدی</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بستن</translation>
        </message>
    </context>
    <context>
        <name>Knowledge</name>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (غیرفعال)</translation>
        </message>
        <message>
            <source>Edit article</source>
            <translation>ویرایش مقاله</translation>
        </message>
        <message>
            <source>New article</source>
            <translation>مقالهٔ جدید</translation>
        </message>
        <message>
            <source>The question as customers ask it</source>
            <translation>پرسش، همان‌طور که مشتریان می‌پرسند</translation>
        </message>
        <message>
            <source>The answer staff give (they can copy it into a reply)</source>
            <translation>پاسخی که کارمندان می‌دهند (می‌توانند آن را در جواب کپی کنند)</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(بدون دسته)</translation>
        </message>
        <message>
            <source>Words to find it by, separated by commas</source>
            <translation>کلمه‌هایی برای پیدا کردن آن، جدا شده با ویرگول</translation>
        </message>
        <message>
            <source>Published: suggested on cases</source>
            <translation>منتشر شده: روی درخواست‌ها پیشنهاد می‌شود</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>پرسش</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>پاسخ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>Times used</source>
            <translation>دفعات استفاده</translation>
        </message>
        <message>
            <source>State</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>منتشر شده</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>پیش‌نویس</translation>
        </message>
        <message>
            <source>Cases it was used on: {count}</source>
            <translation>استفاده در درخواست‌ها: {count}</translation>
        </message>
        <message>
            <source>A draft is not suggested on cases until it is published.</source>
            <translation>پیش‌نویس تا منتشر نشود روی درخواست‌ها پیشنهاد نمی‌شود.</translation>
        </message>
        <message>
            <source>Knowledge bank</source>
            <translation>بانک دانش</translation>
        </message>
        <message>
            <source>The office's answers to the questions customers ask: find one, read it, copy it into a reply.</source>
            <translation>پاسخ‌های دفتر به پرسش‌های مشتریان: پیدا کنید، بخوانید و در جواب کپی کنید.</translation>
        </message>
        <message>
            <source>Search questions, answers and tags</source>
            <translation>جست‌وجو در پرسش‌ها، پاسخ‌ها و برچسب‌ها</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>همهٔ دسته‌ها</translation>
        </message>
        <message>
            <source>Published only</source>
            <translation>فقط منتشرشده‌ها</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ویرایش…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>The first {count} articles are shown: type to narrow the list</source>
            <translation>{count} مقالهٔ اول نشان داده شده: برای محدود کردن فهرست تایپ کنید</translation>
        </message>
        <message>
            <source>Articles found: {count}</source>
            <translation>مقاله‌های پیدا شده: {count}</translation>
        </message>
        <message>
            <source>Articles: {count}</source>
            <translation>مقاله‌ها: {count}</translation>
        </message>
        <message>
            <source>No article matches. Try fewer or other words.</source>
            <translation>مقاله‌ای پیدا نشد. کلمه‌های کمتر یا دیگری را امتحان کنید.</translation>
        </message>
        <message>
            <source>The knowledge bank is empty. Add the answers your office gives most often with “New article”.</source>
            <translation>بانک دانش خالی است. پاسخ‌هایی را که دفتر شما بیشتر می‌دهد با «مقالهٔ جدید» اضافه کنید.</translation>
        </message>
        <message>
            <source>Delete article</source>
            <translation>حذف مقاله</translation>
        </message>
        <message>
            <source>Delete the article “{question}”? It will no longer be found or suggested; the cases it was used on keep their note of it.</source>
            <translation>مقالهٔ «{question}» حذف شود؟ دیگر در جست‌وجو و پیشنهادها نمی‌آید؛ درخواست‌هایی که از آن استفاده کرده‌اند یادداشتش را نگه می‌دارند.</translation>
        </message>
        <message>
            <source>Copy answer</source>
            <translation>کپی پاسخ</translation>
        </message>
        <message>
            <source>Put the answer on the clipboard to paste it into a reply</source>
            <translation>پاسخ را در حافظهٔ موقت بگذارید تا در جواب مشتری بچسبانید</translation>
        </message>
        <message>
            <source>The answer is on the clipboard.</source>
            <translation>پاسخ در حافظهٔ موقت است.</translation>
        </message>
        <message>
            <source>Choose an article to read its answer.</source>
            <translation>مقاله‌ای را انتخاب کنید تا پاسخش را بخوانید.</translation>
        </message>
        <message>
            <source>Category: {name}</source>
            <translation>دسته: {name}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>برچسب‌ها: {tags}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Created</source>
            <translation>ایجاد</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>ویرایش</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>بازیابی</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>ادغام</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>ورود گروهی</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>برگردانده شد</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Contact detail</source>
            <translation>راه ارتباطی</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>برچسب</translation>
        </message>
        <message>
            <source>Tag on a record</source>
            <translation>برچسب‌گذاری</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>تنظیم</translation>
        </message>
        <message>
            <source>User</source>
            <translation>کاربر</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>داده نمایشی</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ورود از فایل</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>نام خانوادگی</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>جنسیت</translation>
        </message>
        <message>
            <source>National code</source>
            <translation>کد ملی</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>سمت</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع آشنایی</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>استان</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>توضیحات</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>حوزه فعالیت</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>شناسه ملی</translation>
        </message>
        <message>
            <source>Economic code</source>
            <translation>کد اقتصادی</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>مقدار</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>اصلی</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>سنجاق‌شده</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>نام کاربری</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>نام کامل</translation>
        </message>
        <message>
            <source>Full name or company name</source>
            <translation>نام کامل یا نام شرکت</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>تلفن همراه</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>فعال</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>کلید</translation>
        </message>
        <message>
            <source>Last interaction</source>
            <translation>آخرین تعامل</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>رنگ</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>کد مشتری</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>تاریخ افزودن</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>آخرین تغییر</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>افزوده توسط</translation>
        </message>
        <message>
            <source>Record ID</source>
            <translation>شناسهٔ رکورد</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>نوع رکورد</translation>
        </message>
        <message>
            <source>Record number</source>
            <translation>شمارهٔ رکورد</translation>
        </message>
        <message>
            <source>People</source>
            <translation>اشخاص</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>شرکت‌ها</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>نامشخص</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>مرد</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>زن</translation>
        </message>
        <message>
            <source>Solar Hijri (Jalali)</source>
            <translation>هجری شمسی (جلالی)</translation>
        </message>
        <message>
            <source>Gregorian</source>
            <translation>میلادی</translation>
        </message>
        <message>
            <source>Persian digits (۱۲۳)</source>
            <translation>ارقام فارسی (۱۲۳)</translation>
        </message>
        <message>
            <source>Latin digits (123)</source>
            <translation>ارقام لاتین (123)</translation>
        </message>
        <message>
            <source>Toman</source>
            <translation>تومان</translation>
        </message>
        <message>
            <source>Rial</source>
            <translation>ریال</translation>
        </message>
    </context>
    <context>
        <name>Leads</name>
        <message>
            <source>same phone</source>
            <translation>تلفن یکسان</translation>
        </message>
        <message>
            <source>same email</source>
            <translation>ایمیل یکسان</translation>
        </message>
        <message>
            <source>same company name</source>
            <translation>نام شرکت یکسان</translation>
        </message>
        <message>
            <source>Convert lead</source>
            <translation>تبدیل سرنخ</translation>
        </message>
        <message>
            <source>Make “{name}” a customer and open a deal.</source>
            <translation>«{name}» را مشتری کنید و معامله‌ای باز کنید.</translation>
        </message>
        <message>
            <source>Link to {name} ({why})</source>
            <translation>پیوند به {name} ({why})</translation>
        </message>
        <message>
            <source>Make a new customer from the lead</source>
            <translation>ساخت مشتری تازه از سرنخ</translation>
        </message>
        <message>
            <source>Open a deal</source>
            <translation>باز کردن معامله</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>عنوان معامله</translation>
        </message>
        <message>
            <source>Amount in {unit}</source>
            <translation>مبلغ به {unit}</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <source>Type the amount as a number, e.g. {example}.</source>
            <translation>مبلغ را به عدد بنویسید، مثلاً {example}.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Convert</source>
            <translation>تبدیل</translation>
        </message>
        <message>
            <source>Edit lead</source>
            <translation>ویرایش سرنخ</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>سرنخ جدید</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>نام خانوادگی</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>صنعت</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>کمپین</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>علاقه‌مند به</translation>
        </message>
        <message>
            <source>(not known)</source>
            <translation>(نامعلوم)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جدید</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>تماس گرفته شد</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>واجد شرایط</translation>
        </message>
        <message>
            <source>Disqualified</source>
            <translation>رد شده</translation>
        </message>
        <message>
            <source>Converted</source>
            <translation>تبدیل شده</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>امتیاز</translation>
        </message>
        <message>
            <source>Win chance</source>
            <translation>شانس موفقیت</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>افزوده شده</translation>
        </message>
        <message>
            <source>Too few won and lost deals yet to learn from; this is the office average.</source>
            <translation>هنوز معاملهٔ موفق و ناموفق کافی برای یادگیری نیست؛ این میانگین دفتر است.</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}٪</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>سرنخ‌ها</translation>
        </message>
        <message>
            <source>First contacts of possible customers: qualify them, then convert them into deals.</source>
            <translation>نخستین تماس‌های مشتریان احتمالی: ارزیابی‌شان کنید، سپس به معامله تبدیلشان کنید.</translation>
        </message>
        <message>
            <source>Search name, company, phone or email</source>
            <translation>جستجوی نام، شرکت، تلفن یا ایمیل</translation>
        </message>
        <message>
            <source>Open leads</source>
            <translation>سرنخ‌های باز</translation>
        </message>
        <message>
            <source>All leads</source>
            <translation>همهٔ سرنخ‌ها</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>همهٔ منبع‌ها</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>ویرایش</translation>
        </message>
        <message>
            <source>Mark contacted</source>
            <translation>ثبت تماس</translation>
        </message>
        <message>
            <source>Qualify…</source>
            <translation>ارزیابی…</translation>
        </message>
        <message>
            <source>Disqualify…</source>
            <translation>رد کردن…</translation>
        </message>
        <message>
            <source>Convert…</source>
            <translation>تبدیل…</translation>
        </message>
        <message>
            <source>{count} leads</source>
            <translation>{count} سرنخ</translation>
        </message>
        <message>
            <source>Disqualify lead</source>
            <translation>رد کردن سرنخ</translation>
        </message>
        <message>
            <source>Why is this lead not a real prospect?</source>
            <translation>چرا این سرنخ مشتری واقعی نیست؟</translation>
        </message>
        <message>
            <source>Qualify lead</source>
            <translation>ارزیابی سرنخ</translation>
        </message>
        <message>
            <source>Answers about “{name}”</source>
            <translation>پاسخ‌ها دربارهٔ «{name}»</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(بی‌پاسخ)</translation>
        </message>
        <message>
            <source>Mark the lead qualified</source>
            <translation>سرنخ واجد شرایط ثبت شود</translation>
        </message>
        <message>
            <source>Score: {score} of 100</source>
            <translation>امتیاز: {score} از ۱۰۰</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>خانه</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>کارهای امروز</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>تقویم</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>مشتریان</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>سرنخ‌ها</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>قیف فروش</translation>
        </message>
        <message>
            <source>Funnel report</source>
            <translation>گزارش قیف فروش</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>شکایات و درخواست‌ها</translation>
        </message>
        <message>
            <source>Complaints report</source>
            <translation>گزارش شکایات</translation>
        </message>
        <message>
            <source>Knowledge bank</source>
            <translation>بانک دانش</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>صندوق ارسال</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>CRM Desktop</source>
            <translation>CRM Desktop</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>پایگاه داده: {name}</translation>
        </message>
        <message>
            <source>Signed in as {name}</source>
            <translation>کاربر: {name}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;پرونده</translation>
        </message>
        <message>
            <source>&amp;Find a customer…</source>
            <translation>&amp;جست‌وجوی مشتری…</translation>
        </message>
        <message>
            <source>&amp;Log a call…</source>
            <translation>&amp;ثبت تماس…</translation>
        </message>
        <message>
            <source>&amp;Schedule an activity…</source>
            <translation>&amp;برنامه‌ریزی فعالیت…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
        <message>
            <source>&amp;About CRM Desktop</source>
            <translation>&amp;درباره CRM Desktop</translation>
        </message>
        <message>
            <source>About CRM Desktop</source>
            <translation>درباره CRM Desktop</translation>
        </message>
        <message>
            <source>CRM Desktop {version}
Customer relationship management for small offices, offline first, in Persian and English.</source>
            <translation>CRM Desktop {version}
مدیریت ارتباط با مشتری برای دفترهای کوچک؛ بی‌نیاز از اینترنت، به فارسی و انگلیسی.</translation>
        </message>
    </context>
    <context>
        <name>MyDay</name>
        <message>
            <source>Deal: {title}</source>
            <translation>معامله: {title}</translation>
        </message>
        <message>
            <source>Case {number}</source>
            <translation>پرونده {number}</translation>
        </message>
        <message>
            <source>No customer</source>
            <translation>بدون مشتری</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>امروز</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>دیروز</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>فردا</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>انجام شد</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>بدون تاریخ</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>تمام روز</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>بدون مسئول</translation>
        </message>
        <message>
            <source>{priority} priority</source>
            <translation>اولویت {priority}</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>تکراری</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>پیش رو</translation>
        </message>
        <message>
            <source>Done today</source>
            <translation>انجام‌شدهٔ امروز</translation>
        </message>
        <message>
            <source>Nothing overdue. Well done.</source>
            <translation>هیچ فعالیت عقب‌افتاده‌ای نیست. عالی است!</translation>
        </message>
        <message>
            <source>Everything due today is done.</source>
            <translation>همهٔ فعالیت‌های امروز انجام شده است.</translation>
        </message>
        <message>
            <source>Nothing else is due today.</source>
            <translation>برای امروز فعالیت دیگری نمانده است.</translation>
        </message>
        <message>
            <source>Nobody has anything else due today.</source>
            <translation>امروز برای هیچ‌کس فعالیت دیگری نمانده است.</translation>
        </message>
        <message>
            <source>Nothing planned for the next 7 days. Schedule a follow-up with New activity.</source>
            <translation>برای هفت روز آینده برنامه‌ای نیست. با «فعالیت جدید» یک پیگیری برنامه‌ریزی کنید.</translation>
        </message>
        <message>
            <source>Nothing done yet today. Tick an activity when it is done.</source>
            <translation>امروز هنوز فعالیتی انجام نشده است. هر فعالیتی را که انجام شد تیک بزنید.</translation>
        </message>
        <message>
            <source>The first {shown} of {total}</source>
            <translation>{shown} مورد اول از {total}</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>نمایش</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>پنهان کردن</translation>
        </message>
        <message>
            <source>Call with {name} done</source>
            <translation>تماس با {name} انجام شد</translation>
        </message>
        <message>
            <source>Meeting with {name} done</source>
            <translation>جلسه با {name} انجام شد</translation>
        </message>
        <message>
            <source>“{subject}” done</source>
            <translation>«{subject}» انجام شد</translation>
        </message>
        <message>
            <source>Add outcome…</source>
            <translation>ثبت نتیجه…</translation>
        </message>
        <message>
            <source>Schedule follow-up…</source>
            <translation>برنامه‌ریزی پیگیری…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>برگرداندن</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>فعالیت جدید</translation>
        </message>
        <message>
            <source>Schedule a call, meeting or task (Ctrl+N)</source>
            <translation>برنامه‌ریزی تماس، جلسه یا کار (Ctrl+N)</translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>ثبت تماس</translation>
        </message>
        <message>
            <source>Team workload</source>
            <translation>حجم کار تیم</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>کارهای امروز</translation>
        </message>
        <message>
            <source>Showing</source>
            <translation>فعالیت‌های</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>موعد امروز</translation>
        </message>
        <message>
            <source>Coming up (7 days)</source>
            <translation>پیش رو (هفت روز)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>در حال بارگذاری…</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>خودم</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>همهٔ افراد</translation>
        </message>
        <message>
            <source>{weekday}, {date}</source>
            <translation>{weekday}، {date}</translation>
        </message>
        <message>
            <source>Marked as done.</source>
            <translation>انجام شد.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>{name} ({address})</source>
            <extracomment>the tabs, in order: None is every message</extracomment>
            <translation>{name} ({address})</translation>
        </message>
        <message>
            <source>Queued at</source>
            <translation>زمان ثبت در صف</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>کانال</translation>
        </message>
        <message>
            <source>To</source>
            <translation>گیرنده</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>درخواست</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>Edit message</source>
            <translation>ویرایش پیام</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Sent at</source>
            <translation>زمان ارسال</translation>
        </message>
        <message>
            <source>Why it failed</source>
            <translation>علت ناموفق بودن</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ویرایش…</translation>
        </message>
        <message>
            <source>Correct the text before it is sent</source>
            <translation>متن را پیش از فرستادن اصلاح کنید</translation>
        </message>
        <message>
            <source>Cancel message</source>
            <translation>لغو پیام</translation>
        </message>
        <message>
            <source>Keep this message from being sent (it stays here, marked cancelled)</source>
            <translation>این پیام فرستاده نشود (با برچسب «لغو شده» همین‌جا می‌ماند)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>تلاش دوباره</translation>
        </message>
        <message>
            <source>Queue the failed message again</source>
            <translation>پیام ناموفق دوباره در صف ارسال قرار گیرد</translation>
        </message>
        <message>
            <source>Choose a message to read it in full.</source>
            <translation>پیامی را انتخاب کنید تا متن کاملش را بخوانید.</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>صندوق خروجی</translation>
        </message>
        <message>
            <source>Messages to customers about their cases, newest first: what waits to be sent, what went out and what failed.</source>
            <translation>پیام‌ها به مشتریان دربارهٔ درخواست‌هایشان، جدیدترین اول: آنچه در انتظار ارسال است، آنچه رفته و آنچه ناموفق بوده.</translation>
        </message>
        <message>
            <source>Nothing is sent from here yet: sending text messages and emails comes with the messaging feature. Until then the outbox keeps what would go out, so you can correct or cancel it.</source>
            <translation>هنوز چیزی از اینجا فرستاده نمی‌شود: ارسال پیامک و ایمیل با بخش پیام‌رسانی می‌آید. تا آن زمان صندوق خروجی آنچه قرار است برود را نگه می‌دارد تا بتوانید اصلاح یا لغوش کنید.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>همه</translation>
        </message>
        <message>
            <source>{label} ({count})</source>
            <translation>{label} ({count})</translation>
        </message>
        <message>
            <source>No messages here.</source>
            <translation>پیامی اینجا نیست.</translation>
        </message>
        <message>
            <source>The outbox is empty. Messages to customers appear here when a case is received or resolved (as chosen in the settings).</source>
            <translation>صندوق خروجی خالی است. پیام‌ها به مشتریان هنگام ثبت یا حل شدن درخواست (طبق تنظیمات) اینجا می‌آیند.</translation>
        </message>
        <message>
            <source>Cancel this message? It will not be sent; it stays in the outbox, marked cancelled.</source>
            <translation>این پیام لغو شود؟ فرستاده نمی‌شود و با برچسب «لغو شده» در صندوق خروجی می‌ماند.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Edit person</source>
            <translation>ویرایش شخص</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>شخص جدید</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>نام خانوادگی</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>جنسیت</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>سمت</translation>
        </message>
        <message>
            <source>National code</source>
            <translation>کد ملی</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع آشنایی</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>استان</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>Phones, emails, addresses</source>
            <translation>تلفن، ایمیل، نشانی</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>توضیحات</translation>
        </message>
        <message>
            <source>Pick the company from the list, or clear the field.</source>
            <translation>شرکت را از فهرست انتخاب کنید یا این فیلد را خالی بگذارید.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete “{name}”? It can be restored right after.</source>
            <translation>«{name}» حذف شود؟ بلافاصله پس از آن می‌توان آن را برگرداند.</translation>
        </message>
    </context>
    <context>
        <name>PointKinds</name>
        <message>
            <source>Mobile</source>
            <translation>همراه</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>نمابر</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>تلگرام</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>واتس‌اپ</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>اینستاگرام</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>لینکدین</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>سایر</translation>
        </message>
    </context>
    <context>
        <name>PointsEditor</name>
        <message>
            <source>label, e.g. work</source>
            <translation>عنوان، مثلاً محل کار</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>اصلی</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>+ Mobile</source>
            <translation>+ همراه</translation>
        </message>
        <message>
            <source>+ Phone</source>
            <translation>+ تلفن</translation>
        </message>
        <message>
            <source>+ Email</source>
            <translation>+ ایمیل</translation>
        </message>
        <message>
            <source>+ Address</source>
            <translation>+ نشانی</translation>
        </message>
        <message>
            <source>+ Other</source>
            <translation>+ سایر</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>Customers</source>
            <translation>مشتریان</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>ویرایش</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>معاملهٔ جدید</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>شکایت جدید</translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>ثبت تماس</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>برنامه‌ریزی…</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>راه‌های ارتباط</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>مشخصات</translation>
        </message>
        <message>
            <source>People</source>
            <translation>اشخاص</translation>
        </message>
        <message>
            <source>Write a note…</source>
            <translation>یادداشتی بنویسید…</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>ثبت یادداشت</translation>
        </message>
        <message>
            <source> · </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Company</source>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>National code</source>
            <translation>کد ملی</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>تاریخ تولد</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>منبع آشنایی</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>ثبت</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>آخرین تماس</translation>
        </message>
        <message>
            <source>About</source>
            <translation>توضیحات</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>شناسه ملی</translation>
        </message>
        <message>
            <source>Economic code</source>
            <translation>کد اقتصادی</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <source>No people linked yet.</source>
            <translation>هنوز شخصی به این شرکت وصل نشده است.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>{date} by {user}</source>
            <translation>{date} توسط {user}</translation>
        </message>
        <message>
            <source>No phone, email or address yet.</source>
            <translation>هنوز تلفن، ایمیل یا نشانی‌ای ثبت نشده است.</translation>
        </message>
        <message>
            <source>{kind} ({label})</source>
            <translation>{kind} ({label})</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>کپی</translation>
        </message>
        <message>
            <source>Copied {text}</source>
            <translation>{text} کپی شد</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>معامله‌های باز</translation>
        </message>
        <message>
            <source>{count} · {total}</source>
            <translation>{count} · {total}</translation>
        </message>
        <message>
            <source>Won deals (lifetime value)</source>
            <translation>معامله‌های موفق (ارزش کل)</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>پرونده‌های باز</translation>
        </message>
        <message>
            <source>Open activities</source>
            <translation>فعالیت‌های باز</translation>
        </message>
        <message>
            <source>{count} ({overdue} overdue)</source>
            <translation>{count} ({overdue} با دیرکرد)</translation>
        </message>
    </context>
    <context>
        <name>QuickSearch</name>
        <message>
            <source>Find a customer</source>
            <translation>جست‌وجوی مشتری</translation>
        </message>
        <message>
            <source>Name, phone, email or national code…</source>
            <translation>نام، تلفن، ایمیل یا کد ملی…</translation>
        </message>
        <message>
            <source>{name}   —   {details}</source>
            <translation>{name}   —   {details}</translation>
        </message>
        <message>
            <source> · </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>چیزی پیدا نشد.</translation>
        </message>
        <message>
            <source>↑ ↓ to choose, Enter to open, Esc to close</source>
            <translation>↑ ↓ برای انتخاب، Enter برای باز کردن، Esc برای بستن</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Reminder</source>
            <translation>یادآوری</translation>
        </message>
        <message>
            <source>{count} reminders</source>
            <translation>{count} یادآوری</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>یادآوری‌ها</translation>
        </message>
        <message>
            <source>1 activity is overdue</source>
            <translation>یک فعالیت عقب‌افتاده دارید</translation>
        </message>
        <message>
            <source>{count} activities are overdue</source>
            <translation>{count} فعالیت عقب‌افتاده دارید</translation>
        </message>
        <message>
            <source>Show reminders</source>
            <translation>نمایش یادآوری‌ها</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>کارهای امروز</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>یک روز</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} روز</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>یک ساعت</translation>
        </message>
        <message>
            <source>{count} hours</source>
            <translation>{count} ساعت</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>یک دقیقه</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} دقیقه</translation>
        </message>
        <message>
            <source>No reminder</source>
            <translation>بدون یادآوری</translation>
        </message>
        <message>
            <source>At the due time</source>
            <translation>سر موعد</translation>
        </message>
        <message>
            <source>{span} before</source>
            <translation>{span} قبل</translation>
        </message>
        <message>
            <source>Tomorrow, same time</source>
            <translation>فردا، همین ساعت</translation>
        </message>
        <message>
            <source>today</source>
            <translation>امروز</translation>
        </message>
        <message>
            <source>overdue since {date}</source>
            <translation>عقب‌افتاده از {date}</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>فردا</translation>
        </message>
        <message>
            <source>due now</source>
            <translation>همین حالا</translation>
        </message>
        <message>
            <source>in {count} min</source>
            <translation>{count} دقیقهٔ دیگر</translation>
        </message>
        <message>
            <source>{count} min ago</source>
            <translation>{count} دقیقه پیش</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>ساعت {time}</translation>
        </message>
        <message>
            <source>overdue since {time}</source>
            <translation>عقب‌افتاده از {time}</translation>
        </message>
        <message>
            <source>on {date} at {time}</source>
            <translation>{date} ساعت {time}</translation>
        </message>
        <message>
            <source>overdue since {date} at {time}</source>
            <translation>عقب‌افتاده از {date} ساعت {time}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز کردن</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>انجام شد</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>رد کردن</translation>
        </message>
        <message>
            <source>Close (the reminders stay)</source>
            <translation>بستن (یادآوری‌ها می‌مانند)</translation>
        </message>
        <message>
            <source>Open My day</source>
            <translation>رفتن به کارهای امروز</translation>
        </message>
        <message>
            <source>No reminders are due now.</source>
            <translation>فعلاً یادآوری‌ای نیست.</translation>
        </message>
        <message>
            <source>Snooze all</source>
            <translation>تعویق همه</translation>
        </message>
        <message>
            <source>Dismiss all</source>
            <translation>رد کردن همه</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>تعویق</translation>
        </message>
        <message>
            <source>Remind again tomorrow at the same time</source>
            <translation>یادآوری دوباره فردا همین ساعت</translation>
        </message>
        <message>
            <source>Remind again in {span}</source>
            <translation>تعویق یادآوری: {span}</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>و {count} مورد دیگر</translation>
        </message>
        <message>
            <source>Reminders ({count})</source>
            <translation>یادآوری‌ها ({count})</translation>
        </message>
    </context>
    <context>
        <name>RemindersSettings</name>
        <message>
            <source>Reminders</source>
            <translation>یادآوری‌ها</translation>
        </message>
        <message>
            <source>Show a reminder window in the corner of the screen</source>
            <translation>نمایش پنجرهٔ یادآوری در گوشهٔ صفحه</translation>
        </message>
        <message>
            <source>Show a system notification</source>
            <translation>نمایش اعلان سیستم</translation>
        </message>
        <message>
            <source>This computer shows no system notifications; the reminder window is shown instead.</source>
            <translation>این رایانه اعلان سیستم نشان نمی‌دهد؛ به‌جای آن پنجرهٔ یادآوری نمایش داده می‌شود.</translation>
        </message>
        <message>
            <source>Say how many activities are overdue</source>
            <translation>اعلام تعداد فعالیت‌های عقب‌افتاده</translation>
        </message>
        <message>
            <source>Default reminder for new activities</source>
            <translation>یادآوری پیش‌فرض فعالیت‌های جدید</translation>
        </message>
        <message>
            <source>Default snooze</source>
            <translation>تعویق پیش‌فرض</translation>
        </message>
        <message>
            <source>When a reminder is due</source>
            <translation>هنگام رسیدن یادآوری</translation>
        </message>
        <message>
            <source>When the app starts</source>
            <translation>هنگام باز شدن برنامه</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>These are your own choices; everyone who signs in has theirs. The reminder time is the one a new activity starts with; each activity can still have its own. A reminder never takes the keyboard from what you are typing.</source>
            <translation>این تنظیمات مخصوص خود شماست؛ هر کاربری که وارد می‌شود تنظیمات خودش را دارد. زمان یادآوری، مقدار اولیهٔ هر فعالیت جدید است و هر فعالیت همچنان می‌تواند زمان یادآوری خودش را داشته باشد. یادآوری هیچ‌وقت صفحه‌کلید را از متنی که در حال تایپ آن هستید نمی‌گیرد.</translation>
        </message>
    </context>
    <context>
        <name>Routing</name>
        <message>
            <source>No routing rule matched.</source>
            <translation>هیچ قاعدهٔ ارجاعی با این درخواست جور نبود.</translation>
        </message>
        <message>
            <source>Rule «{rule}»: {conditions} → {target}</source>
            <translation>قاعدهٔ «{rule}»: {conditions} ← {target}</translation>
        </message>
        <message>
            <source>any case</source>
            <translation>هر درخواستی</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>category is {value}</source>
            <translation>دسته {value} است</translation>
        </message>
        <message>
            <source>product contains “{value}”</source>
            <translation>کالا شامل «{value}» است</translation>
        </message>
        <message>
            <source>channel is {value}</source>
            <translation>راه تماس {value} است</translation>
        </message>
        <message>
            <source>city is {value}</source>
            <translation>شهر {value} است</translation>
        </message>
        <message>
            <source>province is {value}</source>
            <translation>استان {value} است</translation>
        </message>
        <message>
            <source>customer is tagged {value}</source>
            <translation>مشتری برچسب {value} دارد</translation>
        </message>
        <message>
            <source>customer's won deals total at least {value}</source>
            <translation>جمع معاملات موفق مشتری دست‌کم {value} است</translation>
        </message>
        <message>
            <source>team {team} (round-robin: {user})</source>
            <translation>تیم {team} (نوبتی: {user})</translation>
        </message>
        <message>
            <source>team {team} (fewest open cases: {user}, {count} open)</source>
            <translation>تیم {team} (کم‌کارترین: {user}، {count} درخواست باز)</translation>
        </message>
        <message>
            <source>team {team} (no active member: left unassigned in the team's queue)</source>
            <translation>تیم {team} (عضو فعالی ندارد: بدون مسئول در صف تیم ماند)</translation>
        </message>
        <message>
            <source>{reason} Skipped because their person is inactive: {rules}.</source>
            <translation>{reason} این قاعده‌ها رد شدند چون کارمندشان غیرفعال است: {rules}.</translation>
        </message>
        <message>
            <source>{reason} Skipped because their team was deleted: {rules}.</source>
            <translation>{reason} این قاعده‌ها رد شدند چون تیمشان حذف شده است: {rules}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>تقویم</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>ارقام</translation>
        </message>
        <message>
            <source>Show amounts in</source>
            <translation>نمایش مبالغ به</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>پیش‌نمایش</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>اعمال</translation>
        </message>
        <message>
            <source>Amounts are always stored in Rial; this only changes how they are shown. Applying redraws the window in the chosen language.</source>
            <translation>مبالغ همیشه به ریال ذخیره می‌شوند؛ این گزینه فقط نحوه نمایش را تغییر می‌دهد. با اعمال، پنجره به زبان انتخاب‌شده دوباره ساخته می‌شود.</translation>
        </message>
        <message>
            <source>Today: {date} ({long_date}) · Amount: {amount}</source>
            <translation>امروز: {date} ({long_date})؛ مبلغ: {amount}</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>پایگاه داده</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>حجم</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>نسخه ساختار داده</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>نسخه برنامه</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>پوشه داده‌ها</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>پشتیبان‌های خودکار</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>فایل گزارش خطا</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>باز کردن پوشه داده‌ها</translation>
        </message>
        <message>
            <source>Before the database is upgraded to a new version, a copy is saved in the backups folder.</source>
            <translation>پیش از ارتقای پایگاه داده به نسخه جدید، یک نسخه از آن در پوشه پشتیبان‌ها ذخیره می‌شود.</translation>
        </message>
        <message>
            <source>Every change made in CRM Desktop, newest first: who made it, when, and the values before and after.</source>
            <translation>همه تغییرات انجام‌شده در CRM Desktop، از جدیدترین: چه کسی، چه زمانی، و مقدار پیش و پس از تغییر.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>ترجیحات</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>تاریخچه تغییرات</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>ورودها</translation>
        </message>
        <message>
            <source>Sales funnel</source>
            <translation>قیف فروش</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>Lead</source>
            <translation>سرنخ</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>مشتری بالقوه</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>فرصت فروش</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>غیرفعال</translation>
        </message>
    </context>
    <context>
        <name>TargetsSettings</name>
        <message>
            <source>Targets and teams</source>
            <translation>هدف‌ها و تیم‌ها</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>ماه</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>فصل</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>سال</translation>
        </message>
        <message>
            <source>Copy last period’s targets</source>
            <translation>کپی هدف‌های دورهٔ قبل</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>دوره</translation>
        </message>
        <message>
            <source>A target is the amount of deals to win in the period, counted on the day a deal is won. Type it in {unit} in the Target column; empty it to remove the target.</source>
            <translation>هدف، مبلغ معامله‌هایی است که باید در این دوره به دست آید و در روز موفق شدن معامله شمرده می‌شود. آن را به {unit} در ستون هدف بنویسید؛ برای حذف هدف خالی‌اش کنید.</translation>
        </message>
        <message>
            <source>Copied {count} targets from {period}.</source>
            <translation>{count} هدف از {period} کپی شد.</translation>
        </message>
        <message>
            <source>Nothing to copy from {period}.</source>
            <translation>چیزی برای کپی از {period} نیست.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>هدف</translation>
        </message>
        <message>
            <source>Won so far</source>
            <translation>به دست آمده تاکنون</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>تحقق</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>دفتر</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>تیم</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Type the target in {unit}; leave it empty to remove it.</source>
            <translation>هدف را به {unit} بنویسید؛ برای حذف خالی بگذارید.</translation>
        </message>
        <message>
            <source>Type the target as an amount, e.g. {example}.</source>
            <translation>هدف را به صورت مبلغ بنویسید، مثلاً {example}.</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>نام تیم</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>افزودن</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>تغییر نام</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>اعضا</translation>
        </message>
        <message>
            <source>No teams yet. Type a name and press Add, then tick the team’s members: a team’s won amount is the sum of its members’.</source>
            <translation>هنوز تیمی نیست. نامی بنویسید و «افزودن» را بزنید، سپس اعضای تیم را تیک بزنید: مبلغ به‌دست‌آمدهٔ تیم جمع مبلغ اعضای آن است.</translation>
        </message>
        <message>
            <source>A team’s won amount is the sum of its members’.</source>
            <translation>مبلغ به‌دست‌آمدهٔ تیم جمع مبلغ اعضای آن است.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>تیم‌ها</translation>
        </message>
        <message>
            <source>Members of “{team}”</source>
            <translation>اعضای «{team}»</translation>
        </message>
        <message>
            <source>Delete team</source>
            <translation>حذف تیم</translation>
        </message>
        <message>
            <source>Delete the team “{name}”?</source>
            <translation>تیم «{name}» حذف شود؟</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>Pinned note</source>
            <translation>یادداشت سنجاق‌شده</translation>
        </message>
        <message>
            <source>Added to the customers</source>
            <translation>به مشتریان اضافه شد</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>حذف شد</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>بازیابی شد</translation>
        </message>
        <message>
            <source>Duplicates merged into this record</source>
            <translation>موارد تکراری در این رکورد ادغام شدند</translation>
        </message>
        <message>
            <source>Stage: {old} → {new}</source>
            <translation>مرحله: {old} ← {new}</translation>
        </message>
        <message>
            <source>Owner: {old} → {new}</source>
            <translation>مسئول: {old} ← {new}</translation>
        </message>
        <message>
            <source>Details changed</source>
            <translation>مشخصات تغییر کرد</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <source>Record history</source>
            <translation>سابقه تغییرات</translation>
        </message>
        <message>
            <source>Planned: {title}</source>
            <translation>در برنامه: {title}</translation>
        </message>
        <message>
            <source>Overdue: {title}</source>
            <translation>عقب‌افتاده: {title}</translation>
        </message>
        <message>
            <source>Task done: {title}</source>
            <translation>کار انجام شد: {title}</translation>
        </message>
        <message>
            <source>{title} at {place}</source>
            <translation>{title} در {place}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} دقیقه</translation>
        </message>
        <message>
            <source> · </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <source>Click to open</source>
            <translation>برای باز کردن کلیک کنید</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>همه</translation>
        </message>
        <message>
            <source>Nothing here yet.</source>
            <translation>هنوز چیزی ثبت نشده است.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>سابقه ارتباط</translation>
        </message>
        <message>
            <source>Deal opened: {title}</source>
            <translation>معامله باز شد: {title}</translation>
        </message>
        <message>
            <source>{amount} · {stage}</source>
            <translation>{amount} · {stage}</translation>
        </message>
        <message>
            <source>Deal moved from {old} to {new}: {title}</source>
            <translation>معامله از {old} به {new} رفت: {title}</translation>
        </message>
        <message>
            <source>Deal reopened ({old} → {new}): {title}</source>
            <translation>معامله دوباره باز شد (از {old} به {new}): {title}</translation>
        </message>
        <message>
            <source>Deal won: {title}</source>
            <translation>معامله موفق شد: {title}</translation>
        </message>
        <message>
            <source>Deal lost: {title}</source>
            <translation>معامله از دست رفت: {title}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>دلیل: {reason}</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <source>{kind} {number} opened: {subject}</source>
            <translation>{kind} {number} ثبت شد: {subject}</translation>
        </message>
        <message>
            <source>By {channel}</source>
            <translation>از طریق {channel}</translation>
        </message>
        <message>
            <source>Case {number} resolved: {subject}</source>
            <translation>پرونده {number} حل شد: {subject}</translation>
        </message>
        <message>
            <source>Case {number} closed: {subject}</source>
            <translation>پرونده {number} بسته شد: {subject}</translation>
        </message>
        <message>
            <source>Case {number} reopened: {subject}</source>
            <translation>پرونده {number} بازگشایی شد: {subject}</translation>
        </message>
        <message>
            <source>Case {number} rated {score} of 5</source>
            <translation>امتیاز مشتری به پرونده {number}: {score} از ۵</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>پرونده‌ها</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>B</source>
            <translation>بایت</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>کیلوبایت</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>مگابایت</translation>
        </message>
        <message>
            <source>GB</source>
            <translation>گیگابایت</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>لطفاً صبر کنید</translation>
        </message>
    </context>
    <context>
        <name>Workload</name>
        <message>
            <source>Unassigned</source>
            <translation>بدون مسئول</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>همهٔ افراد</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} تا {end}</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>سایرین</translation>
        </message>
        <message>
            <source>Nothing was done in these periods yet.</source>
            <translation>هنوز در این دوره‌ها هیچ فعالیتی انجام نشده است.</translation>
        </message>
        <message>
            <source>Activities done per person each week</source>
            <translation>فعالیت‌های انجام‌شدهٔ هر شخص در هر هفته</translation>
        </message>
        <message>
            <source>Activities done per person each month</source>
            <translation>فعالیت‌های انجام‌شدهٔ هر شخص در هر ماه</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>موعد امروز</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>موعد این هفته</translation>
        </message>
        <message>
            <source>Done in the period</source>
            <translation>انجام‌شده در دوره</translation>
        </message>
        <message>
            <source>Done in the period before</source>
            <translation>انجام‌شده در دورهٔ قبل</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>این هفته</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>این ماه</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>ماه گذشته</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>بازهٔ دلخواه</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تا</translation>
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation>در حال محاسبهٔ ارقام…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>دوره</translation>
        </message>
        <message>
            <source>the week from {day}</source>
            <translation>هفتهٔ {day}</translation>
        </message>
        <message>
            <source>Done in {period}; the period before: {before}</source>
            <translation>انجام‌شده در {period}؛ دورهٔ قبل: {before}</translation>
        </message>
    </context>
</TS>
