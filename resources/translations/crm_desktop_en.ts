<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Outgoing</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Incoming</translation>
        </message>
        <message>
            <source>Talked</source>
            <translation>Talked</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message>
            <source>Busy</source>
            <translation>Busy</translation>
        </message>
        <message>
            <source>Left a message</source>
            <translation>Left a message</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Wrong number</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>weeks</translation>
        </message>
        <message>
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <source>Outgoing call</source>
            <extracomment>"Outgoing call", "Incoming SMS", ... (the default subject of a logged call or message)</extracomment>
            <translation>Outgoing call</translation>
        </message>
        <message>
            <source>Incoming call</source>
            <translation>Incoming call</translation>
        </message>
        <message>
            <source>SMS sent</source>
            <translation>SMS sent</translation>
        </message>
        <message>
            <source>SMS received</source>
            <translation>SMS received</translation>
        </message>
        <message>
            <source>Email sent</source>
            <translation>Email sent</translation>
        </message>
        <message>
            <source>Email received</source>
            <translation>Email received</translation>
        </message>
        <message>
            <source>Planned</source>
            <extracomment>the timeline's and the reminders' phrasing of an activity</extracomment>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>e.g. Call about the quote</source>
            <extracomment>which kinds have which field (the rest of the form is the same for every kind) errors of the service shown at another field's place</extracomment>
            <translation>e.g. Call about the quote</translation>
        </message>
        <message>
            <source>e.g. Demo at their office</source>
            <translation>e.g. Demo at their office</translation>
        </message>
        <message>
            <source>e.g. Prepare the offer</source>
            <translation>e.g. Prepare the offer</translation>
        </message>
        <message>
            <source>e.g. Payment reminder</source>
            <translation>e.g. Payment reminder</translation>
        </message>
        <message>
            <source>e.g. Send the price list</source>
            <translation>e.g. Send the price list</translation>
        </message>
        <message>
            <source>e.g. Talked at the fair</source>
            <translation>e.g. Talked at the fair</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Edit activity</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>New activity</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Address, or “Online”</source>
            <translation>Address, or “Online”</translation>
        </message>
        <message>
            <source>One name a line</source>
            <translation>One name a line</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>What was decided, who does what next</source>
            <translation>What was decided, who does what next</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>due {when}</source>
            <translation>due {when}</translation>
        </message>
        <message>
            <source>This was the last time of a repeating activity.</source>
            <translation>This was the last time of a repeating activity.</translation>
        </message>
        <message>
            <source>This activity repeats: the next one will be due {when}.</source>
            <translation>This activity repeats: the next one will be due {when}.</translation>
        </message>
        <message>
            <source>Time of day (the arrows move it by 15 minutes)</source>
            <translation>Time of day (the arrows move it by 15 minutes)</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>All day</translation>
        </message>
        <message>
            <source>Follow up: {subject}</source>
            <translation>Follow up: {subject}</translation>
        </message>
        <message>
            <source>Follow up</source>
            <translation>Follow up</translation>
        </message>
        <message>
            <source>Schedule a follow-up</source>
            <translation>Schedule a follow-up</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Tomorrow</translation>
        </message>
        <message>
            <source>In 3 days</source>
            <translation>In 3 days</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Next week</translation>
        </message>
        <message>
            <source>In 2 weeks</source>
            <translation>In 2 weeks</translation>
        </message>
        <message>
            <source>On a date of my own</source>
            <translation>On a date of my own</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Click to open</source>
            <translation>Click to open</translation>
        </message>
        <message>
            <source>Done {when}</source>
            <translation>Done {when}</translation>
        </message>
        <message>
            <source>Overdue since {when}</source>
            <translation>Overdue since {when}</translation>
        </message>
        <message>
            <source>Due {when}</source>
            <translation>Due {when}</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>Log a call</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>Schedule…</translation>
        </message>
        <message>
            <source>Save first; then its calls, meetings and tasks are scheduled and logged here.</source>
            <translation>Save first; then its calls, meetings and tasks are scheduled and logged here.</translation>
        </message>
        <message>
            <source>No activities yet.</source>
            <translation>No activities yet.</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>What was said</translation>
        </message>
        <message>
            <source>Log call</source>
            <translation>Log call</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Reschedule</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Move it to:</source>
            <translation>Move it to:</translation>
        </message>
        <message>
            <source>Choose a date.</source>
            <translation>Choose a date.</translation>
        </message>
        <message>
            <source>In 1 hour</source>
            <translation>In 1 hour</translation>
        </message>
        <message>
            <source>Tomorrow, same time</source>
            <translation>Tomorrow, same time</translation>
        </message>
        <message>
            <source>Next week, same time</source>
            <translation>Next week, same time</translation>
        </message>
        <message>
            <source>Pick a date and time…</source>
            <translation>Pick a date and time…</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Delete activity</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete “{subject}”?</source>
            <translation>Delete “{subject}”?</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Every day</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>Every {n} days</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>Every {n} weeks</translation>
        </message>
        <message>
            <source>Every week on {weekday}</source>
            <translation>Every week on {weekday}</translation>
        </message>
        <message>
            <source>Every {n} weeks on {weekday}</source>
            <translation>Every {n} weeks on {weekday}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Every month</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>Every {n} months</translation>
        </message>
        <message>
            <source>Every month on day {day}</source>
            <translation>Every month on day {day}</translation>
        </message>
        <message>
            <source>Every {n} months on day {day}</source>
            <translation>Every {n} months on day {day}</translation>
        </message>
        <message>
            <source>{rule} (the last day in shorter months)</source>
            <translation>{rule} (the last day in shorter months)</translation>
        </message>
        <message>
            <source>{rule} until {date}</source>
            <translation>{rule} until {date}</translation>
        </message>
        <message>
            <source>Repeat every</source>
            <translation>Repeat every</translation>
        </message>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>no end</source>
            <translation>no end</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Preparing the demo database…</source>
            <translation>Preparing the demo database…</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} to {last}</translation>
        </message>
        <message>
            <source>{weekday} {day}</source>
            <translation>{weekday} {day}</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>All day</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} more</translation>
        </message>
        <message>
            <source>Calendar</source>
            <extracomment>the letters the Persian keyboard layout (ISIRI 9147) types on the keys of the calendar's shortcuts</extracomment>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <source>Moved to {when}.</source>
            <translation>Moved to {when}.</translation>
        </message>
        <message>
            <source>New activity on this day…</source>
            <translation>New activity on this day…</translation>
        </message>
        <message>
            <source>Show this day</source>
            <translation>Show this day</translation>
        </message>
        <message>
            <source>A coming occurrence: it is made when the current one is done</source>
            <translation>A coming occurrence: it is made when the current one is done</translation>
        </message>
        <message>
            <source>Open the current occurrence…</source>
            <translation>Open the current occurrence…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Open the customer</source>
            <translation>Open the customer</translation>
        </message>
        <message>
            <source>{kind} · {when}</source>
            <translation>{kind} · {when}</translation>
        </message>
        <message>
            <source>Assigned to {name}</source>
            <translation>Assigned to {name}</translation>
        </message>
        <message>
            <source>A coming occurrence of a repeating activity (made when the current one is done; it cannot be moved).</source>
            <translation>A coming occurrence of a repeating activity (made when the current one is done; it cannot be moved).</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>Go to today (T)</translation>
        </message>
        <message>
            <source>Previous (Page Up)</source>
            <translation>Previous (Page Up)</translation>
        </message>
        <message>
            <source>Next (Page Down)</source>
            <translation>Next (Page Down)</translation>
        </message>
        <message>
            <source>My activities</source>
            <translation>My activities</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Show done</source>
            <translation>Show done</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>One day (D)</source>
            <translation>One day (D)</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>One week (W)</source>
            <translation>One week (W)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>One month (M)</source>
            <translation>One month (M)</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>New activity</translation>
        </message>
        <message>
            <source>Schedule an activity on the chosen day (Ctrl+N)</source>
            <translation>Schedule an activity on the chosen day (Ctrl+N)</translation>
        </message>
    </context>
    <context>
        <name>CaseCategories</name>
        <message>
            <source>Billing and invoices</source>
            <translation>Billing and invoices</translation>
        </message>
        <message>
            <source>Wrong invoice amount</source>
            <translation>Wrong invoice amount</translation>
        </message>
        <message>
            <source>Payment and refund</source>
            <translation>Payment and refund</translation>
        </message>
        <message>
            <source>Discount not applied</source>
            <translation>Discount not applied</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Late delivery</source>
            <translation>Late delivery</translation>
        </message>
        <message>
            <source>Damaged in transit</source>
            <translation>Damaged in transit</translation>
        </message>
        <message>
            <source>Wrong or missing items</source>
            <translation>Wrong or missing items</translation>
        </message>
        <message>
            <source>Product quality</source>
            <translation>Product quality</translation>
        </message>
        <message>
            <source>Defective product</source>
            <translation>Defective product</translation>
        </message>
        <message>
            <source>Not as described</source>
            <translation>Not as described</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>After-sales service</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Warranty</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>Installation</translation>
        </message>
        <message>
            <source>Staff behaviour</source>
            <translation>Staff behaviour</translation>
        </message>
        <message>
            <source>Impolite behaviour</source>
            <translation>Impolite behaviour</translation>
        </message>
        <message>
            <source>Slow to answer</source>
            <translation>Slow to answer</translation>
        </message>
        <message>
            <source>Information request</source>
            <translation>Information request</translation>
        </message>
        <message>
            <source>Prices and availability</source>
            <translation>Prices and availability</translation>
        </message>
        <message>
            <source>Order status</source>
            <translation>Order status</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>CaseHistory</name>
        <message>
            <source>File removed: {old}</source>
            <translation>File removed: {old}</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Status: {old} → {new}</translation>
        </message>
        <message>
            <source>Assigned: {old} → {new}</source>
            <translation>Assigned: {old} → {new}</translation>
        </message>
        <message>
            <source>Routed to {new}</source>
            <translation>Routed to {new}</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <source>Message to the customer</source>
            <translation>Message to the customer</translation>
        </message>
        <message>
            <source>File attached: {new}</source>
            <translation>File attached: {new}</translation>
        </message>
        <message>
            <source>Knowledge article linked: {new}</source>
            <translation>Knowledge article linked: {new}</translation>
        </message>
        <message>
            <source>Customer rated it {new} of 5</source>
            <translation>Customer rated it {new} of 5</translation>
        </message>
        <message>
            <source>Priority: {old} → {new}</source>
            <translation>Priority: {old} → {new}</translation>
        </message>
        <message>
            <source>Category: {old} → {new}</source>
            <translation>Category: {old} → {new}</translation>
        </message>
        <message>
            <source>Details changed</source>
            <translation>Details changed</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
    </context>
    <context>
        <name>CaseReport</name>
        <message>
            <source>All cases</source>
            <translation>All cases</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>No team</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>No category</translation>
        </message>
        <message>
            <source>No channel</source>
            <translation>No channel</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>The average of the last 8 weeks, raised or lowered as the same week last year compared with the 8 weeks before it.</source>
            <translation>The average of the last 8 weeks, raised or lowered as the same week last year compared with the 8 weeks before it.</translation>
        </message>
        <message>
            <source>The average of the last 8 weeks (not enough history a year back for a seasonal pattern).</source>
            <translation>The average of the last 8 weeks (not enough history a year back for a seasonal pattern).</translation>
        </message>
    </context>
    <context>
        <name>Cases</name>
        <message>
            <source>Caller {phone}</source>
            <translation>Caller {phone}</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Social media</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>Waiting for customer</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>No SLA</source>
            <translation>No SLA</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>Breached</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <extracomment>Words for the outbox's statuses (the lead may move them to ``cases/labels.py``).</extracomment>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>{priority} priority</source>
            <extracomment>working minutes (first response, resolution) of the policies made for a new office</extracomment>
            <translation>{priority} priority</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Me</translation>
        </message>
        <message>
            <source>Team {name}</source>
            <translation>Team {name}</translation>
        </message>
        <message>
            <source>Nobody (back to the queue)</source>
            <translation>Nobody (back to the queue)</translation>
        </message>
        <message>
            <source>{status}…</source>
            <translation>{status}…</translation>
        </message>
        <message>
            <source>{count} cases assigned.</source>
            <translation>{count} cases assigned.</translation>
        </message>
        <message>
            <source>{number}: {reason}</source>
            <translation>{number}: {reason}</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…and {count} more.</translation>
        </message>
        <message>
            <source>Some cases did not move</source>
            <translation>Some cases did not move</translation>
        </message>
        <message>
            <source>{moved} cases moved; {refused} could not:</source>
            <translation>{moved} cases moved; {refused} could not:</translation>
        </message>
        <message>
            <source>{count} cases moved.</source>
            <translation>{count} cases moved.</translation>
        </message>
        <message>
            <source>Delete the chosen case?</source>
            <translation>Delete the chosen case?</translation>
        </message>
        <message>
            <source>Delete the {count} chosen cases?</source>
            <translation>Delete the {count} chosen cases?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>{count} cases deleted.</source>
            <translation>{count} cases deleted.</translation>
        </message>
        <message>
            <source>Edit case</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>e.g. The invoice amount is wrong</source>
            <translation>e.g. The invoice amount is wrong</translation>
        </message>
        <message>
            <source>What the customer said, in their words</source>
            <translation>What the customer said, in their words</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Product or service (optional)</source>
            <translation>Product or service (optional)</translation>
        </message>
        <message>
            <source>Let the routing rules decide</source>
            <translation>Let the routing rules decide</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>No team</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Came by</source>
            <translation>Came by</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Subcategory</source>
            <translation>Subcategory</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Assign to</source>
            <translation>Assign to</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Phone number or name of the customer</source>
            <translation>Phone number or name of the customer</translation>
        </message>
        <message>
            <source>Their name (optional)</source>
            <translation>Their name (optional)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Add {phone} as a new customer</source>
            <translation>Add {phone} as a new customer</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>Start work</translation>
        </message>
        <message>
            <source>Wait for customer</source>
            <translation>Wait for customer</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Resolve…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <source>Rate satisfaction…</source>
            <translation>Rate satisfaction…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>Assign…</translation>
        </message>
        <message>
            <source>Write to the customer, or a note for your colleagues…</source>
            <translation>Write to the customer, or a note for your colleagues…</translation>
        </message>
        <message>
            <source>Send to customer</source>
            <translation>Send to customer</translation>
        </message>
        <message>
            <source>Add internal note</source>
            <translation>Add internal note</translation>
        </message>
        <message>
            <source>Schedule follow-up…</source>
            <translation>Schedule follow-up…</translation>
        </message>
        <message>
            <source>Calls, meetings and tasks</source>
            <translation>Calls, meetings and tasks</translation>
        </message>
        <message>
            <source>Choose a case in the list to see its details, history and files here.</source>
            <translation>Choose a case in the list to see its details, history and files here.</translation>
        </message>
        <message>
            <source>{category} › {subcategory}</source>
            <translation>{category} › {subcategory}</translation>
        </message>
        <message>
            <source>opened {when}</source>
            <translation>opened {when}</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
        <message>
            <source>Assigned to: {who}</source>
            <translation>Assigned to: {who}</translation>
        </message>
        <message>
            <source>History ({count})</source>
            <translation>History ({count})</translation>
        </message>
        <message>
            <source>Files ({count})</source>
            <translation>Files ({count})</translation>
        </message>
        <message>
            <source>Knowledge ({count})</source>
            <translation>Knowledge ({count})</translation>
        </message>
        <message>
            <source>Why: {reason}</source>
            <translation>Why: {reason}</translation>
        </message>
        <message>
            <source>Resolution: {text}</source>
            <translation>Resolution: {text}</translation>
        </message>
        <message>
            <source>Customer satisfaction: {score} of 5</source>
            <translation>Customer satisfaction: {score} of 5</translation>
        </message>
        <message>
            <source>{rating} — “{comment}”</source>
            <translation>{rating} — “{comment}”</translation>
        </message>
        <message>
            <source>Reopen case</source>
            <translation>Reopen case</translation>
        </message>
        <message>
            <source>Why is the case open again? (optional)</source>
            <translation>Why is the case open again? (optional)</translation>
        </message>
        <message>
            <source>✉ Sent to the customer (automatic)</source>
            <translation>✉ Sent to the customer (automatic)</translation>
        </message>
        <message>
            <source>✉ Sent to the customer</source>
            <translation>✉ Sent to the customer</translation>
        </message>
        <message>
            <source>✎ Internal note — only staff see this</source>
            <translation>✎ Internal note — only staff see this</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Open profile</translation>
        </message>
        <message>
            <source>No customer</source>
            <translation>No customer</translation>
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
            <translation>No files yet. Attach a photo of the invoice, a letter, ...</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Attach file…</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>{name} · {size} · {when}</source>
            <translation>{name} · {size} · {when}</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Attach a file</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>All open</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>My team</source>
            <translation>My team</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>{view} ({count})</source>
            <translation>{view} ({count})</translation>
        </message>
        <message>
            <source>Resolved/closed</source>
            <translation>Resolved/closed</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>— {name}</source>
            <translation>— {name}</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <source>All priorities</source>
            <translation>All priorities</translation>
        </message>
        <message>
            <source>Search number, subject, customer or phone…</source>
            <translation>Search number, subject, customer or phone…</translation>
        </message>
        <message>
            <source>No article in the knowledge bank matches this case.</source>
            <translation>No article in the knowledge bank matches this case.</translation>
        </message>
        <message>
            <source>Used on this case</source>
            <translation>Used on this case</translation>
        </message>
        <message>
            <source>Suggested answers</source>
            <translation>Suggested answers</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>Put this answer into the reply and note the article on the case</source>
            <translation>Put this answer into the reply and note the article on the case</translation>
        </message>
        <message>
            <source>Record a request or complaint (Ctrl+N)</source>
            <translation>Record a request or complaint (Ctrl+N)</translation>
        </message>
        <message>
            <source>Assign to…</source>
            <translation>Assign to…</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>Change status…</translation>
        </message>
        <message>
            <source>Complaints and requests</source>
            <translation>Complaints and requests</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Views</translation>
        </message>
        <message>
            <source>{count} cases</source>
            <translation>{count} cases</translation>
        </message>
        <message>
            <source>Case saved.</source>
            <translation>Case saved.</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>text and background of the SLA cell per clock state</extracomment>
            <translation>Number</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{state} · {time}</source>
            <translation>{state} · {time}</translation>
        </message>
        <message>
            <source>{state} · {time} left</source>
            <translation>{state} · {time} left</translation>
        </message>
        <message>
            <source>{team} / {person}</source>
            <translation>{team} / {person}</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <source>Due {when}</source>
            <translation>Due {when}</translation>
        </message>
        <message>
            <source>Resolve case</source>
            <translation>Resolve case</translation>
        </message>
        <message>
            <source>Resolve cases</source>
            <translation>Resolve cases</translation>
        </message>
        <message>
            <source>e.g. The device was replaced under warranty.</source>
            <translation>e.g. The device was replaced under warranty.</translation>
        </message>
        <message>
            <source>Write how the case was resolved.</source>
            <translation>Write how the case was resolved.</translation>
        </message>
        <message>
            <source>How was it resolved? The customer may be told this.</source>
            <translation>How was it resolved? The customer may be told this.</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>Customer satisfaction</source>
            <translation>Customer satisfaction</translation>
        </message>
        <message>
            <source>What the customer said (optional)</source>
            <translation>What the customer said (optional)</translation>
        </message>
        <message>
            <source>How satisfied is the customer? 1 is very unhappy, 5 very happy.</source>
            <translation>How satisfied is the customer? 1 is very unhappy, 5 very happy.</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nobody</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
    </context>
    <context>
        <name>CasesReport</name>
        <message>
            <source>No case opened in this period was answered yet.</source>
            <translation>No case opened in this period was answered yet.</translation>
        </message>
        <message>
            <source>Average first response</source>
            <translation>Average first response</translation>
        </message>
        <message>
            <source>Average resolution</source>
            <translation>Average resolution</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Working hours</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>First response</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>No case opened in this period had an SLA deadline.</source>
            <translation>No case opened in this period had an SLA deadline.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>Breached</translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>Still running</translation>
        </message>
        <message>
            <source>{percent} on time</source>
            <translation>{percent} on time</translation>
        </message>
        <message>
            <source>SLA deadlines met and breached</source>
            <translation>SLA deadlines met and breached</translation>
        </message>
        <message>
            <source>No days in this period.</source>
            <translation>No days in this period.</translation>
        </message>
        <message>
            <source>Open cases at the end of each week</source>
            <translation>Open cases at the end of each week</translation>
        </message>
        <message>
            <source>Open cases at the end of each day</source>
            <translation>Open cases at the end of each day</translation>
        </message>
        <message>
            <source>No customer rated a case opened in this period.</source>
            <translation>No customer rated a case opened in this period.</translation>
        </message>
        <message>
            <source>{score} · {count} ratings</source>
            <translation>{score} · {count} ratings</translation>
        </message>
        <message>
            <source>Average satisfaction ({low} to {high})</source>
            <translation>Average satisfaction ({low} to {high})</translation>
        </message>
        <message>
            <source>No complaint was opened in this period.</source>
            <translation>No complaint was opened in this period.</translation>
        </message>
        <message>
            <source>No complaint opened in this period names a product.</source>
            <translation>No complaint opened in this period names a product.</translation>
        </message>
        <message>
            <source>Categories with the most complaints</source>
            <translation>Categories with the most complaints</translation>
        </message>
        <message>
            <source>Products with the most complaints</source>
            <translation>Products with the most complaints</translation>
        </message>
        <message>
            <source>No case was opened in the last year.</source>
            <translation>No case was opened in the last year.</translation>
        </message>
        <message>
            <source>Cases per week</source>
            <translation>Cases per week</translation>
        </message>
        <message>
            <source>Average of the last {weeks} weeks</source>
            <translation>Average of the last {weeks} weeks</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <source>This week so far</source>
            <translation>This week so far</translation>
        </message>
        <message>
            <source>{category}: cases per week, and the next {weeks} weeks</source>
            <translation>{category}: cases per week, and the next {weeks} weeks</translation>
        </message>
        <message>
            <source>Complaints report</source>
            <translation>Complaints report</translation>
        </message>
        <message>
            <source>How fast cases were answered and resolved, whether the SLA was kept, how customers felt, and what the coming weeks will bring.</source>
            <translation>How fast cases were answered and resolved, whether the SLA was kept, how customers felt, and what the coming weeks will bring.</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>All teams</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>Compute again</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <translation>Cases opened</translation>
        </message>
        <message>
            <source>First response, working hours</source>
            <translation>First response, working hours</translation>
        </message>
        <message>
            <source>Resolution, working hours</source>
            <translation>Resolution, working hours</translation>
        </message>
        <message>
            <source>SLA met: response · resolution</source>
            <translation>SLA met: response · resolution</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Group by</translation>
        </message>
        <message>
            <source>Working hours only (the office's week and holidays). The black mark on a bar is the median.</source>
            <translation>Working hours only (the office's week and holidays). The black mark on a bar is the median.</translation>
        </message>
        <message>
            <source>Met: answered (or resolved) before the deadline. Breached: after it, or still open past it. Still running: open, deadline ahead. On time = met / (met + breached); cases without an SLA policy are left out.</source>
            <translation>Met: answered (or resolved) before the deadline. Breached: after it, or still open past it. Still running: open, deadline ahead. On time = met / (met + breached); cases without an SLA policy are left out.</translation>
        </message>
        <message>
            <source>Count at the end of</source>
            <translation>Count at the end of</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>Each day</source>
            <translation>Each day</translation>
        </message>
        <message>
            <source>Each week</source>
            <translation>Each week</translation>
        </message>
        <message>
            <source>Every case still open at that moment counts, however old it is.</source>
            <translation>Every case still open at that moment counts, however old it is.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Complaints only (not requests, questions or suggestions).</source>
            <translation>Complaints only (not requests, questions or suggestions).</translation>
        </message>
        <message>
            <source>Response and resolution</source>
            <translation>Response and resolution</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Backlog</translation>
        </message>
        <message>
            <source>Most complained about</source>
            <translation>Most complained about</translation>
        </message>
        <message>
            <source>Volume forecast</source>
            <translation>Volume forecast</translation>
        </message>
        <message>
            <source>Median: {median}</source>
            <translation>Median: {median}</translation>
        </message>
        <message>
            <source>{score} / {most}</source>
            <translation>{score} / {most}</translation>
        </message>
        <message>
            <source>— {name}</source>
            <translation>— {name}</translation>
        </message>
        <message>
            <source>Stopped; the figures below are from before.</source>
            <translation>Stopped; the figures below are from before.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <source>Cases opened · {resolved} resolved</source>
            <translation>Cases opened · {resolved} resolved</translation>
        </message>
        <message>
            <source>{response} · {resolution}</source>
            <translation>{response} · {resolution}</translation>
        </message>
        <message>
            <source>Reopened · {count} of {resolved}</source>
            <translation>Reopened · {count} of {resolved}</translation>
        </message>
        <message>
            <source>Satisfaction · {count} ratings</source>
            <translation>Satisfaction · {count} ratings</translation>
        </message>
        <message>
            <source>How these numbers were made</source>
            <translation>How these numbers were made</translation>
        </message>
        <message>
            <source>{category}: {mean} cases a week on average over the last {weeks} complete weeks.</source>
            <translation>{category}: {mean} cases a week on average over the last {weeks} complete weeks.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>×{factor}</source>
            <translation>×{factor}</translation>
        </message>
        <message>
            <source>Last year the same weeks had these multiples of their {weeks}-week average: {factors}.</source>
            <translation>Last year the same weeks had these multiples of their {weeks}-week average: {factors}.</translation>
        </message>
        <message>
            <source>Expected in the next {count} weeks: about {total} cases.</source>
            <translation>Expected in the next {count} weeks: about {total} cases.</translation>
        </message>
        <message>
            <source>Cases are counted by the week they were opened, with the filters above; the period does not change the forecast.</source>
            <translation>Cases are counted by the week they were opened, with the filters above; the period does not change the forecast.</translation>
        </message>
        <message>
            <source>Seasonal</source>
            <translation>Seasonal</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Average</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Avg. response</source>
            <translation>Avg. response</translation>
        </message>
        <message>
            <source>Median response</source>
            <translation>Median response</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Avg. resolution</source>
            <translation>Avg. resolution</translation>
        </message>
        <message>
            <source>Median resolution</source>
            <translation>Median resolution</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Met on time</source>
            <translation>Met on time</translation>
        </message>
        <message>
            <source>Average score</source>
            <translation>Average score</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Weekly average</source>
            <translation>Weekly average</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Week of {day}</translation>
        </message>
    </context>
    <context>
        <name>CasesSettings</name>
        <message>
            <source>00:00 as the end means midnight.</source>
            <translation>00:00 as the end means midnight.</translation>
        </message>
        <message>
            <source>Remove this period</source>
            <translation>Remove this period</translation>
        </message>
        <message>
            <source>Day off</source>
            <translation>Day off</translation>
        </message>
        <message>
            <source>+ Period</source>
            <translation>+ Period</translation>
        </message>
        <message>
            <source>Add a working period to this day</source>
            <translation>Add a working period to this day</translation>
        </message>
        <message>
            <source>Edit holiday</source>
            <translation>Edit holiday</translation>
        </message>
        <message>
            <source>New holiday</source>
            <translation>New holiday</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. Nowruz</source>
            <translation>e.g. Nowruz</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Working hours</translation>
        </message>
        <message>
            <source>SLA deadlines count only these hours. A day may have several periods (e.g. a lunch break between them); an end of 00:00 means midnight.</source>
            <translation>SLA deadlines count only these hours. A day may have several periods (e.g. a lunch break between them); an end of 00:00 means midnight.</translation>
        </message>
        <message>
            <source>Save working hours</source>
            <translation>Save working hours</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>No working time at all on these days.</source>
            <translation>No working time at all on these days.</translation>
        </message>
        <message>
            <source>No holidays yet. Add the official holidays of the year, so that SLA deadlines skip them.</source>
            <translation>No holidays yet. Add the official holidays of the year, so that SLA deadlines skip them.</translation>
        </message>
        <message>
            <source>Saved: {hours} working hours a week.</source>
            <translation>Saved: {hours} working hours a week.</translation>
        </message>
        <message>
            <source>Remove holiday</source>
            <translation>Remove holiday</translation>
        </message>
        <message>
            <source>Remove the holiday of {day}?</source>
            <translation>Remove the holiday of {day}?</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Add category…</source>
            <translation>Add category…</translation>
        </message>
        <message>
            <source>Add subcategory…</source>
            <translation>Add subcategory…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retire</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>No categories. Add the kinds of requests your office gets, e.g. Billing or Delivery, and their subcategories.</source>
            <translation>No categories. Add the kinds of requests your office gets, e.g. Billing or Delivery, and their subcategories.</translation>
        </message>
        <message>
            <source>The categories offered for a new case, each with its subcategories, in this order. A retired category is no longer offered and old cases keep it; only a category that no case or routing rule uses can be deleted.</source>
            <translation>The categories offered for a new case, each with its subcategories, in this order. A retired category is no longer offered and old cases keep it; only a category that no case or routing rule uses can be deleted.</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>Not offered (its category is retired)</source>
            <translation>Not offered (its category is retired)</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>New category</translation>
        </message>
        <message>
            <source>New subcategory of “{category}”</source>
            <translation>New subcategory of “{category}”</translation>
        </message>
        <message>
            <source>Rename category</source>
            <translation>Rename category</translation>
        </message>
        <message>
            <source>Delete the category “{name}” and its {count} subcategories?</source>
            <translation>Delete the category “{name}” and its {count} subcategories?</translation>
        </message>
        <message>
            <source>Delete the category “{name}”?</source>
            <translation>Delete the category “{name}”?</translation>
        </message>
        <message>
            <source>Delete category</source>
            <translation>Delete category</translation>
        </message>
        <message>
            <source>Take turns (round-robin)</source>
            <translation>Take turns (round-robin)</translation>
        </message>
        <message>
            <source>Fewest open cases</source>
            <translation>Fewest open cases</translation>
        </message>
        <message>
            <source>Edit routing rule</source>
            <translation>Edit routing rule</translation>
        </message>
        <message>
            <source>New routing rule</source>
            <translation>New routing rule</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>Product contains</source>
            <translation>Product contains</translation>
        </message>
        <message>
            <source>Any channel</source>
            <translation>Any channel</translation>
        </message>
        <message>
            <source>Came by</source>
            <translation>Came by</translation>
        </message>
        <message>
            <source>Customer's city</source>
            <translation>Customer's city</translation>
        </message>
        <message>
            <source>Customer's province</source>
            <translation>Customer's province</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Any tag</translation>
        </message>
        <message>
            <source>Customer's tag</source>
            <translation>Customer's tag</translation>
        </message>
        <message>
            <source>Won deals at least</source>
            <translation>Won deals at least</translation>
        </message>
        <message>
            <source>Any value; in {unit}, e.g. {example}</source>
            <translation>Any value; in {unit}, e.g. {example}</translation>
        </message>
        <message>
            <source>Send it to</source>
            <translation>Send it to</translation>
        </message>
        <message>
            <source>A person</source>
            <translation>A person</translation>
        </message>
        <message>
            <source>A team</source>
            <translation>A team</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>A new case that meets every condition goes to the person or team chosen below. Leave a condition empty to accept any case.</source>
            <translation>A new case that meets every condition goes to the person or team chosen below. Leave a condition empty to accept any case.</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Any category</translation>
        </message>
        <message>
            <source>{category} › {subcategory}</source>
            <translation>{category} › {subcategory}</translation>
        </message>
        <message>
            <source>Type the amount as a number, e.g. {example}.</source>
            <translation>Type the amount as a number, e.g. {example}.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Goes to</translation>
        </message>
        <message>
            <source>Add rule…</source>
            <translation>Add rule…</translation>
        </message>
        <message>
            <source>No routing rules yet: every new case waits unassigned until someone takes it. Add a rule to send cases of a category, a product or a kind of customer to a person or a team.</source>
            <translation>No routing rules yet: every new case waits unassigned until someone takes it. Add a rule to send cases of a category, a product or a kind of customer to a person or a team.</translation>
        </message>
        <message>
            <source>A new case goes to the first active rule, from the top, whose conditions all hold; with no rule matching it waits unassigned. In a team, members either take turns or the one with the fewest open cases gets it.</source>
            <translation>A new case goes to the first active rule, from the top, whose conditions all hold; with no rule matching it waits unassigned. In a team, members either take turns or the one with the fewest open cases gets it.</translation>
        </message>
        <message>
            <source>Team {team}, fewest open cases</source>
            <translation>Team {team}, fewest open cases</translation>
        </message>
        <message>
            <source>Team {team}, taking turns</source>
            <translation>Team {team}, taking turns</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Delete routing rule</source>
            <translation>Delete routing rule</translation>
        </message>
        <message>
            <source>Delete the routing rule “{name}”?</source>
            <translation>Delete the routing rule “{name}”?</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>Edit SLA policy</source>
            <translation>Edit SLA policy</translation>
        </message>
        <message>
            <source>New SLA policy</source>
            <translation>New SLA policy</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>First response within</source>
            <translation>First response within</translation>
        </message>
        <message>
            <source>Resolved within</source>
            <translation>Resolved within</translation>
        </message>
        <message>
            <source>Times count working hours only (see the working calendar). A policy for one category wins over its priority's policy for all categories.</source>
            <translation>Times count working hours only (see the working calendar). A policy for one category wins over its priority's policy for all categories.</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>First response</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>No SLA policies: new cases get no deadlines. Add a policy for each priority.</source>
            <translation>No SLA policies: new cases get no deadlines. Add a policy for each priority.</translation>
        </message>
        <message>
            <source>How long a case may wait for its first response and for its resolution, in working hours (hours:minutes). A new case takes the policy of its priority and category; changing a policy does not move the deadlines of cases already open.</source>
            <translation>How long a case may wait for its first response and for its resolution, in working hours (hours:minutes). A new case takes the policy of its priority and category; changing a policy does not move the deadlines of cases already open.</translation>
        </message>
        <message>
            <source>Delete SLA policy</source>
            <translation>Delete SLA policy</translation>
        </message>
        <message>
            <source>Delete the SLA policy “{name}”? Open cases keep their deadlines.</source>
            <translation>Delete the SLA policy “{name}”? Open cases keep their deadlines.</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>SLA policies</source>
            <translation>SLA policies</translation>
        </message>
        <message>
            <source>Working calendar</source>
            <translation>Working calendar</translation>
        </message>
        <message>
            <source>Routing rules</source>
            <translation>Routing rules</translation>
        </message>
        <message>
            <source>Customer messages</source>
            <translation>Customer messages</translation>
        </message>
        <message>
            <source>Maryam Kazemi</source>
            <extracomment>the case status each event's message tells about (for the preview's {status}) sample values for the preview, in the template's language</extracomment>
            <translation>Maryam Kazemi</translation>
        </message>
        <message>
            <source>The invoice amount is wrong</source>
            <translation>The invoice amount is wrong</translation>
        </message>
        <message>
            <source>Sara Ahmadi</source>
            <translation>Sara Ahmadi</translation>
        </message>
        <message>
            <source>Your office</source>
            <translation>Your office</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>Waiting for the customer</source>
            <translation>Waiting for the customer</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>the customer's name</source>
            <translation>the customer's name</translation>
        </message>
        <message>
            <source>the case number</source>
            <translation>the case number</translation>
        </message>
        <message>
            <source>the case's subject</source>
            <translation>the case's subject</translation>
        </message>
        <message>
            <source>the case's status</source>
            <translation>the case's status</translation>
        </message>
        <message>
            <source>who handles it</source>
            <translation>who handles it</translation>
        </message>
        <message>
            <source>the office's name</source>
            <translation>the office's name</translation>
        </message>
        <message>
            <source>Edit customer message</source>
            <translation>Edit customer message</translation>
        </message>
        <message>
            <source>New customer message</source>
            <translation>New customer message</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>Sent by</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Click a placeholder to put it where the cursor is.</source>
            <translation>Click a placeholder to put it where the cursor is.</translation>
        </message>
        <message>
            <source>{placeholder}  {meaning}</source>
            <translation>{placeholder}  {meaning}</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Active (an inactive message is not sent)</source>
            <translation>Active (an inactive message is not sent)</translation>
        </message>
        <message>
            <source>Use the original text</source>
            <translation>Use the original text</translation>
        </message>
        <message>
            <source>{count} characters</source>
            <translation>{count} characters</translation>
        </message>
        <message>
            <source>{count} characters · {parts} SMS</source>
            <translation>{count} characters · {parts} SMS</translation>
        </message>
        <message>
            <source>Send the customer a message automatically when a case is</source>
            <translation>Send the customer a message automatically when a case is</translation>
        </message>
        <message>
            <source>The message goes to the outbox in the office's language, by SMS to the customer's mobile (by email for a case that came by email), where it can be checked or cancelled before it is sent.</source>
            <translation>The message goes to the outbox in the office's language, by SMS to the customer's mobile (by email for a case that came by email), where it can be checked or cancelled before it is sent.</translation>
        </message>
        <message>
            <source>No customer messages. Add one for each event the customer should hear about.</source>
            <translation>No customer messages. Add one for each event the customer should hear about.</translation>
        </message>
        <message>
            <source>Message templates</source>
            <translation>Message templates</translation>
        </message>
        <message>
            <source>Delete customer message</source>
            <translation>Delete customer message</translation>
        </message>
        <message>
            <source>Delete this message? That event will no longer send a message in this language and channel.</source>
            <translation>Delete this message? That event will no longer send a message in this language and channel.</translation>
        </message>
        <message>
            <source>Complaint queue</source>
            <translation>Complaint queue</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>--contacts must be 0 or more.</source>
            <translation>--contacts must be 0 or more.</translation>
        </message>
        <message>
            <source>{percent}% ({done} of {total} people)</source>
            <translation>{percent}% ({done} of {total} people)</translation>
        </message>
        <message>
            <source>{percent}% ({done} of {total} rows)</source>
            <translation>{percent}% ({done} of {total} rows)</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name such as {example}.</source>
            <translation>{path} is a folder; give a file name such as {example}.</translation>
        </message>
        <message>
            <source>Added {people} people, {companies} companies, {points} phones/emails/addresses, {notes} notes and {activities} calls, meetings and tasks in {seconds} s.</source>
            <translation>Added {people} people, {companies} companies, {points} phones/emails/addresses, {notes} notes and {activities} calls, meetings and tasks in {seconds} s.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>Schema version</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>{caption}: {value}</source>
            <translation>{caption}: {value}</translation>
        </message>
        <message>
            <source>--limit must be 1 or more.</source>
            <translation>--limit must be 1 or more.</translation>
        </message>
        <message>
            <source>Nothing found for “{query}”.</source>
            <translation>Nothing found for “{query}”.</translation>
        </message>
        <message>
            <source>Say whom to export: --search QUERY or --all.</source>
            <translation>Say whom to export: --search QUERY or --all.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>The folder {path} does not exist.</translation>
        </message>
        <message>
            <source>Exported {count} people to {path}.</source>
            <translation>Exported {count} people to {path}.</translation>
        </message>
        <message>
            <source>Unexpected error; nothing more was changed. Details are in {path}.</source>
            <translation>Unexpected error; nothing more was changed. Details are in {path}.</translation>
        </message>
        <message>
            <source>{rows} rows: {created} new, {updated} updated, {duplicates} duplicates skipped, {invalid} invalid.</source>
            <translation>{rows} rows: {created} new, {updated} updated, {duplicates} duplicates skipped, {invalid} invalid.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Dry run: nothing was written.</translation>
        </message>
        <message>
            <source>Imported as import {batch} in {seconds} s (undo: crm-desktop imports --undo {batch}).</source>
            <translation>Imported as import {batch} in {seconds} s (undo: crm-desktop imports --undo {batch}).</translation>
        </message>
        <message>
            <source>{count} rows that were not imported are in {path}.</source>
            <translation>{count} rows that were not imported are in {path}.</translation>
        </message>
        <message>
            <source>row {row}: {reason}</source>
            <translation>row {row}: {reason}</translation>
        </message>
        <message>
            <source>--header-row must be 0 or more.</source>
            <translation>--header-row must be 0 or more.</translation>
        </message>
        <message>
            <source>No column of {file} could be matched to a name; write a mapping file (see --save-mapping) and pass it with --mapping.</source>
            <translation>No column of {file} could be matched to a name; write a mapping file (see --save-mapping) and pass it with --mapping.</translation>
        </message>
        <message>
            <source>Import {id} undone: {removed} records removed, {restored} restored, {kept} later changes kept.</source>
            <translation>Import {id} undone: {removed} records removed, {restored} restored, {kept} later changes kept.</translation>
        </message>
        <message>
            <source>There is no tag named “{name}”.</source>
            <translation>There is no tag named “{name}”.</translation>
        </message>
        <message>
            <source>--search, --kind, --tag and --city only apply to --entity customers.</source>
            <translation>--search, --kind, --tag and --city only apply to --entity customers.</translation>
        </message>
        <message>
            <source>Nothing to export: the file has only the header row.</source>
            <translation>Nothing to export: the file has only the header row.</translation>
        </message>
        <message>
            <source>Exported {count} rows to {path}.</source>
            <translation>Exported {count} rows to {path}.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>won</source>
            <translation>won</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>lost</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>contacted</source>
            <translation>contacted</translation>
        </message>
        <message>
            <source>qualified</source>
            <translation>qualified</translation>
        </message>
        <message>
            <source>disqualified</source>
            <translation>disqualified</translation>
        </message>
        <message>
            <source>converted</source>
            <translation>converted</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Due this week</translation>
        </message>
        <message>
            <source>Done in {period}</source>
            <translation>Done in {period}</translation>
        </message>
        <message>
            <source>No activities to show.</source>
            <translation>No activities to show.</translation>
        </message>
        <message>
            <source>There is no activity with number {id}.</source>
            <translation>There is no activity with number {id}.</translation>
        </message>
        <message>
            <source>No customer has the phone number {phone}.</source>
            <translation>No customer has the phone number {phone}.</translation>
        </message>
        <message>
            <source>“{value}” is not a date and time; write for example {examples}.</source>
            <translation>“{value}” is not a date and time; write for example {examples}.</translation>
        </message>
        <message>
            <source>“{value}” is not a date; write for example {examples}.</source>
            <translation>“{value}” is not a date; write for example {examples}.</translation>
        </message>
        <message>
            <source>A planned activity needs --due; for example {examples}.</source>
            <translation>A planned activity needs --due; for example {examples}.</translation>
        </message>
        <message>
            <source>--every and --until go with --repeat.</source>
            <translation>--every and --until go with --repeat.</translation>
        </message>
        <message>
            <source>--every must be from 1 to {max}.</source>
            <translation>--every must be from 1 to {max}.</translation>
        </message>
        <message>
            <source>--minutes must be 0 or more.</source>
            <translation>--minutes must be 0 or more.</translation>
        </message>
        <message>
            <source>--remind must be 0 or more minutes.</source>
            <translation>--remind must be 0 or more minutes.</translation>
        </message>
        <message>
            <source>--follow-up-in must be from 0 to 365 days.</source>
            <translation>--follow-up-in must be from 0 to 365 days.</translation>
        </message>
        <message>
            <source>Activity {id} was already done on {when}; nothing changed.</source>
            <translation>Activity {id} was already done on {when}; nothing changed.</translation>
        </message>
        <message>
            <source>Activity {id} “{subject}” planned for {due}.</source>
            <translation>Activity {id} “{subject}” planned for {due}.</translation>
        </message>
        <message>
            <source>Activity {id} “{subject}” recorded as done.</source>
            <translation>Activity {id} “{subject}” recorded as done.</translation>
        </message>
        <message>
            <source>It is assigned to {who}.</source>
            <translation>It is assigned to {who}.</translation>
        </message>
        <message>
            <source>1404/09/20 10:30, 2025-12-11 10:30 or “tomorrow 10:00”</source>
            <translation>1404/09/20 10:30, 2025-12-11 10:30 or “tomorrow 10:00”</translation>
        </message>
        <message>
            <source>It is with {customer}.</source>
            <translation>It is with {customer}.</translation>
        </message>
        <message>
            <source>It repeats every {every} {unit}.</source>
            <translation>It repeats every {every} {unit}.</translation>
        </message>
        <message>
            <source>Activity {id} “{subject}” is done.</source>
            <translation>Activity {id} “{subject}” is done.</translation>
        </message>
        <message>
            <source>The next one, {id}, is due {due}.</source>
            <translation>The next one, {id}, is due {due}.</translation>
        </message>
        <message>
            <source>Follow-up {id} planned for {due}.</source>
            <translation>Follow-up {id} planned for {due}.</translation>
        </message>
        <message>
            <source>Call {id} logged with {customer}: {outcome}.</source>
            <translation>Call {id} logged with {customer}: {outcome}.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Queued</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>No cases match.</source>
            <translation>No cases match.</translation>
        </message>
        <message>
            <source>The outbox has no such messages.</source>
            <translation>The outbox has no such messages.</translation>
        </message>
        <message>
            <source>There is no case numbered “{number}”.</source>
            <translation>There is no case numbered “{number}”.</translation>
        </message>
        <message>
            <source>There is no category “{name}”; the categories are: {names}.</source>
            <translation>There is no category “{name}”; the categories are: {names}.</translation>
        </message>
        <message>
            <source>There is no customer with number {id}.</source>
            <translation>There is no customer with number {id}.</translation>
        </message>
        <message>
            <source>Case {number} recorded for {customer}; {assignment}.</source>
            <translation>Case {number} recorded for {customer}; {assignment}.</translation>
        </message>
        <message>
            <source>not assigned yet</source>
            <translation>not assigned yet</translation>
        </message>
        <message>
            <source>assigned to {who}</source>
            <translation>assigned to {who}</translation>
        </message>
        <message>
            <source>Case {number} is now {status}.</source>
            <translation>Case {number} is now {status}.</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>No deals match.</source>
            <translation>No deals match.</translation>
        </message>
        <message>
            <source>No leads match.</source>
            <translation>No leads match.</translation>
        </message>
        <message>
            <source>There is no pipeline named “{name}”; the pipelines are: {names}.</source>
            <translation>There is no pipeline named “{name}”; the pipelines are: {names}.</translation>
        </message>
        <message>
            <source>There is no user “{name}”; the users are: {names}.</source>
            <translation>There is no user “{name}”; the users are: {names}.</translation>
        </message>
        <message>
            <source>There is no deal with number {id}.</source>
            <translation>There is no deal with number {id}.</translation>
        </message>
        <message>
            <source>There is no lead with number {id}.</source>
            <translation>There is no lead with number {id}.</translation>
        </message>
        <message>
            <source>There is no stage “{name}” in the deal's pipeline; the stages are: {names}.</source>
            <translation>There is no stage “{name}” in the deal's pipeline; the stages are: {names}.</translation>
        </message>
        <message>
            <source>Moving a deal to “{stage}” needs --reason; the reasons are: {names}.</source>
            <translation>Moving a deal to “{stage}” needs --reason; the reasons are: {names}.</translation>
        </message>
        <message>
            <source>There is no lost reason “{name}”; the reasons are: {names}.</source>
            <translation>There is no lost reason “{name}”; the reasons are: {names}.</translation>
        </message>
        <message>
            <source>--reason only goes with the lost stage (“{stage}”).</source>
            <translation>--reason only goes with the lost stage (“{stage}”).</translation>
        </message>
        <message>
            <source>Deal {id} “{title}” moved from {old} to {new}.</source>
            <translation>Deal {id} “{title}” moved from {old} to {new}.</translation>
        </message>
        <message>
            <source>Deal {id} “{title}” is already in {stage}; nothing changed.</source>
            <translation>Deal {id} “{title}” is already in {stage}; nothing changed.</translation>
        </message>
        <message>
            <source>“{amount}” is not an amount in Rial (for example 250000000).</source>
            <translation>“{amount}” is not an amount in Rial (for example 250000000).</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <source>Lead {id} converted: customer “{customer}”, deal {deal} “{title}” ({amount}).</source>
            <translation>Lead {id} converted: customer “{customer}”, deal {deal} “{title}” ({amount}).</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <source>Edit company</source>
            <translation>Edit company</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>New company</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>National ID</translation>
        </message>
        <message>
            <source>Economic code</source>
            <translation>Economic code</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Phones, emails, addresses</source>
            <translation>Phones, emails, addresses</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>CustomerFilters</name>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Added from</source>
            <translation>Added from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Last contact from</source>
            <translation>Last contact from</translation>
        </message>
    </context>
    <context>
        <name>CustomerList</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Search name, company, phone, email or code…</source>
            <translation>Search name, company, phone, email or code…</translation>
        </message>
        <message>
            <source>People and companies</source>
            <translation>People and companies</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>New company</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Filters ({count})</source>
            <translation>Filters ({count})</translation>
        </message>
        <message>
            <source>{count} in the list</source>
            <translation>{count} in the list</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Duplicates…</source>
            <translation>Duplicates…</translation>
        </message>
        <message>
            <source>Find people or companies entered twice and merge them</source>
            <translation>Find people or companies entered twice and merge them</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Add people or companies from an Excel, LibreOffice or CSV file</source>
            <translation>Add people or companies from an Excel, LibreOffice or CSV file</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Everyone in the list, filtered and sorted as shown, as an Excel workbook or a CSV file</source>
            <translation>Everyone in the list, filtered and sorted as shown, as an Excel workbook or a CSV file</translation>
        </message>
        <message>
            <source>Export vCard…</source>
            <translation>Export vCard…</translation>
        </message>
        <message>
            <source>Everyone in the list (or the selected rows) as a vCard file for phones</source>
            <translation>Everyone in the list (or the selected rows) as a vCard file for phones</translation>
        </message>
        <message>
            <source>Import/export</source>
            <translation>Import/export</translation>
        </message>
        <message>
            <source>Export selected as vCard…</source>
            <translation>Export selected as vCard…</translation>
        </message>
        <message>
            <source>{count} rows exported.</source>
            <translation>{count} rows exported.</translation>
        </message>
        <message>
            <source>{count} people exported as vCard.</source>
            <translation>{count} people exported as vCard.</translation>
        </message>
        <message>
            <source>“{name}” was deleted.</source>
            <translation>“{name}” was deleted.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>e.g. {example}</source>
            <translation>e.g. {example}</translation>
        </message>
        <message>
            <source>Pick a date</source>
            <translation>Pick a date</translation>
        </message>
        <message>
            <source>“{text}” is not a date; type it like {example}.</source>
            <translation>“{text}” is not a date; type it like {example}.</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <source>Type to find a person</source>
            <translation>Type to find a person</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Edit deal</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>New deal</translation>
        </message>
        <message>
            <source>e.g. 10 air conditioners for the new branch</source>
            <translation>e.g. 10 air conditioners for the new branch</translation>
        </message>
        <message>
            <source>Amount in {unit}</source>
            <translation>Amount in {unit}</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Products or services of interest</source>
            <translation>Products or services of interest</translation>
        </message>
        <message>
            <source>e.g. Send the pre-invoice</source>
            <translation>e.g. Send the pre-invoice</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>Probability %</source>
            <translation>Probability %</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Next activity</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Stage history</translation>
        </message>
        <message>
            <source>Save the deal first; then its calls, meetings and tasks are scheduled and logged here.</source>
            <translation>Save the deal first; then its calls, meetings and tasks are scheduled and logged here.</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stage’s: {percent}%</source>
            <translation>Stage’s: {percent}%</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Type the amount as a number, e.g. {example}.</source>
            <translation>Type the amount as a number, e.g. {example}.</translation>
        </message>
        <message>
            <source>A probability is a whole number from 0 to 100, or empty for the stage’s.</source>
            <translation>A probability is a whole number from 0 to 100, or empty for the stage’s.</translation>
        </message>
    </context>
    <context>
        <name>DealList</name>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Prob.</source>
            <translation>Prob.</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Weighted</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Next activity</translation>
        </message>
        <message>
            <source>Show won and lost deals too</source>
            <translation>Show won and lost deals too</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>The deals in the list, as an Excel workbook or a CSV file</source>
            <translation>The deals in the list, as an Excel workbook or a CSV file</translation>
        </message>
        <message>
            <source>{count} deals, {amount} in total</source>
            <translation>{count} deals, {amount} in total</translation>
        </message>
        <message>
            <source>{count} deals exported.</source>
            <translation>{count} deals exported.</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same phone {value}</source>
            <translation>same phone {value}</translation>
        </message>
        <message>
            <source>same email {value}</source>
            <translation>same email {value}</translation>
        </message>
        <message>
            <source>same national code {value}</source>
            <translation>same national code {value}</translation>
        </message>
        <message>
            <source>same national ID {value}</source>
            <translation>same national ID {value}</translation>
        </message>
        <message>
            <source>same name {value}</source>
            <translation>same name {value}</translation>
        </message>
        <message>
            <source>similar name {value}</source>
            <translation>similar name {value}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Also people who only share a name and a city</source>
            <translation>Also people who only share a name and a city</translation>
        </message>
        <message>
            <source>Many people share a full name in one city; these matches are weak and usually different people.</source>
            <translation>Many people share a full name in one city; these matches are weak and usually different people.</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>Find duplicates</translation>
        </message>
        <message>
            <source>Merge all groups at or above</source>
            <translation>Merge all groups at or above</translation>
        </message>
        <message>
            <source>Merge into the kept record</source>
            <translation>Merge into the kept record</translation>
        </message>
        <message>
            <source>They are different</source>
            <translation>They are different</translation>
        </message>
        <message>
            <source>Pick the record to keep and, per field, the value to keep.</source>
            <translation>Pick the record to keep and, per field, the value to keep.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Looking for duplicates…</translation>
        </message>
        <message>
            <source> / </source>
            <translation> / </translation>
        </message>
        <message>
            <source>{confidence}% · {count} records</source>
            <translation>{confidence}% · {count} records</translation>
        </message>
        <message>
            <source>{count} groups found</source>
            <translation>{count} groups found</translation>
        </message>
        <message>
            <source>Why: {reasons}</source>
            <translation>Why: {reasons}</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>keep this record</source>
            <translation>keep this record</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Merging {count} groups…</source>
            <translation>Merging {count} groups…</translation>
        </message>
        <message>
            <source>Undo this merge</source>
            <translation>Undo this merge</translation>
        </message>
        <message>
            <source>Undo the whole bulk merge</source>
            <translation>Undo the whole bulk merge</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Bulk</source>
            <translation>Bulk</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Undone</translation>
        </message>
        <message>
            <source>Undoing the bulk merge…</source>
            <translation>Undoing the bulk merge…</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Merge history</source>
            <translation>Merge history</translation>
        </message>
        <message>
            <source>Merged. It can be undone in the merge history.</source>
            <translation>Merged. It can be undone in the merge history.</translation>
        </message>
        <message>
            <source>{count} groups merged in one go; the merge history can undo them together.</source>
            <translation>{count} groups merged in one go; the merge history can undo them together.</translation>
        </message>
    </context>
    <context>
        <name>Entities</name>
        <message>
            <source>person</source>
            <extracomment>what a chosen record is, inside "The chosen {what} no longer exists" (a word in the user's language)</extracomment>
            <translation>person</translation>
        </message>
        <message>
            <source>company</source>
            <translation>company</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>tag</translation>
        </message>
        <message>
            <source>user</source>
            <translation>user</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>deal</source>
            <translation>deal</translation>
        </message>
        <message>
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>activity</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>subcategory</source>
            <translation>subcategory</translation>
        </message>
        <message>
            <source>team</source>
            <translation>team</translation>
        </message>
        <message>
            <source>pipeline</source>
            <translation>pipeline</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>stage</translation>
        </message>
        <message>
            <source>lost reason</source>
            <translation>lost reason</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>lead</translation>
        </message>
        <message>
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>answer</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The file {path} is not a CRM Desktop database (it is not an SQLite file).</source>
            <translation>The file {path} is not a CRM Desktop database (it is not an SQLite file).</translation>
        </message>
        <message>
            <source>The database {path} belongs to another program: it has tables but no CRM Desktop schema version. It was left untouched.</source>
            <translation>The database {path} belongs to another program: it has tables but no CRM Desktop schema version. It was left untouched.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of CRM Desktop (schema {found}; this version understands up to {supported}). Please update CRM Desktop. The database was not changed.</source>
            <translation>The database {path} was written by a newer version of CRM Desktop (schema {found}; this version understands up to {supported}). Please update CRM Desktop. The database was not changed.</translation>
        </message>
        <message>
            <source>Could not open the database {path}: {detail}</source>
            <translation>Could not open the database {path}: {detail}</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({detail}). Restore it from a backup in the backups folder.</source>
            <translation>The database {path} is damaged ({detail}). Restore it from a backup in the backups folder.</translation>
        </message>
        <message>
            <source>Upgrading the database {path} to schema {version} failed: {detail}. Nothing was changed; a copy taken before the upgrade is at {backup}.</source>
            <translation>Upgrading the database {path} to schema {version} failed: {detail}. Nothing was changed; a copy taken before the upgrade is at {backup}.</translation>
        </message>
        <message>
            <source>Connecting to a {scheme} database needs the Python package {package}, which is not installed.</source>
            <translation>Connecting to a {scheme} database needs the Python package {package}, which is not installed.</translation>
        </message>
        <message>
            <source>This Python's SQLite ({version}) has no full-text search (FTS5 with the trigram tokenizer), which instant search needs. Install Python from python.org (it includes it) and open {path} again; the database was not changed.</source>
            <translation>This Python's SQLite ({version}) has no full-text search (FTS5 with the trigram tokenizer), which instant search needs. Install Python from python.org (it includes it) and open {path} again; the database was not changed.</translation>
        </message>
        <message>
            <source>Enter a first name or a last name.</source>
            <translation>Enter a first name or a last name.</translation>
        </message>
        <message>
            <source>The chosen company no longer exists; choose another one.</source>
            <translation>The chosen company no longer exists; choose another one.</translation>
        </message>
        <message>
            <source>The chosen owner is not a user of this database.</source>
            <translation>The chosen owner is not a user of this database.</translation>
        </message>
        <message>
            <source>{count} fields need attention.</source>
            <translation>{count} fields need attention.</translation>
        </message>
        <message>
            <source>The {entity} with number {id} no longer exists.</source>
            <translation>The {entity} with number {id} no longer exists.</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>The note is empty.</translation>
        </message>
        <message>
            <source>Enter the company name.</source>
            <translation>Enter the company name.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid company national ID (11 digits with a check digit).</source>
            <translation>“{value}” is not a valid company national ID (11 digits with a check digit).</translation>
        </message>
        <message>
            <source>An economic code has 10 to 14 digits; “{value}” does not.</source>
            <translation>An economic code has 10 to 14 digits; “{value}” does not.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>A national code has 10 digits; “{value}” does not.</source>
            <translation>A national code has 10 digits; “{value}” does not.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid national code: its check digit does not match.</source>
            <translation>“{value}” is not a valid national code: its check digit does not match.</translation>
        </message>
        <message>
            <source>“{value}” is not a mobile number (expected e.g. 0912 345 6789).</source>
            <translation>“{value}” is not a mobile number (expected e.g. 0912 345 6789).</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number.</source>
            <translation>“{value}” is not a phone number.</translation>
        </message>
        <message>
            <source>“{value}” is not an email address (expected e.g. name@example.com).</source>
            <translation>“{value}” is not an email address (expected e.g. name@example.com).</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>The birth date is in the future.</translation>
        </message>
        <message>
            <source>The birth date is too far in the past.</source>
            <translation>The birth date is too far in the past.</translation>
        </message>
        <message>
            <source>This text is too long: {length} characters where at most {limit} fit.</source>
            <translation>This text is too long: {length} characters where at most {limit} fit.</translation>
        </message>
        <message>
            <source>Enter the address or number to send to.</source>
            <translation>Enter the address or number to send to.</translation>
        </message>
        <message>
            <source>Write the text of the message.</source>
            <translation>Write the text of the message.</translation>
        </message>
        <message>
            <source>This message is no longer waiting to be sent (it is “{status}”), so it cannot be changed.</source>
            <translation>This message is no longer waiting to be sent (it is “{status}”), so it cannot be changed.</translation>
        </message>
        <message>
            <source>Only a message that failed can be sent again (this one is “{status}”).</source>
            <translation>Only a message that failed can be sent again (this one is “{status}”).</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values.</source>
            <translation>“{value}” is not one of the allowed values.</translation>
        </message>
        <message>
            <source>Something went wrong and this action was not completed. Your saved data is safe. The details were written to {path}.</source>
            <translation>Something went wrong and this action was not completed. Your saved data is safe. The details were written to {path}.</translation>
        </message>
        <message>
            <source>Something went wrong and this action was not completed. Your saved data is safe.</source>
            <translation>Something went wrong and this action was not completed. Your saved data is safe.</translation>
        </message>
        <message>
            <source>CRM Desktop</source>
            <extracomment>set by tools that run the UI unattended (screenshots): errors are raised, never shown modally</extracomment>
            <translation>CRM Desktop</translation>
        </message>
        <message>
            <source>Choose the record to keep and at least one other record to merge into it.</source>
            <translation>Choose the record to keep and at least one other record to merge into it.</translation>
        </message>
        <message>
            <source>“{field}” is not a field that can be taken from another record.</source>
            <translation>“{field}” is not a field that can be taken from another record.</translation>
        </message>
        <message>
            <source>The value of “{field}” can only be taken from one of the records being merged.</source>
            <translation>The value of “{field}” can only be taken from one of the records being merged.</translation>
        </message>
        <message>
            <source>Choose at least two records.</source>
            <translation>Choose at least two records.</translation>
        </message>
        <message>
            <source>There is no merge number {id}.</source>
            <translation>There is no merge number {id}.</translation>
        </message>
        <message>
            <source>This merge was already undone.</source>
            <translation>This merge was already undone.</translation>
        </message>
        <message>
            <source>“{name}” was merged into another record afterwards; undo that merge first.</source>
            <translation>“{name}” was merged into another record afterwards; undo that merge first.</translation>
        </message>
        <message>
            <source>A later merge involves these records; undo it first.</source>
            <translation>A later merge involves these records; undo it first.</translation>
        </message>
        <message>
            <source>The records of this merge were changed afterwards, so it can no longer be undone safely.</source>
            <translation>The records of this merge were changed afterwards, so it can no longer be undone safely.</translation>
        </message>
        <message>
            <source>There is nothing left to undo in this group of merges.</source>
            <translation>There is nothing left to undo in this group of merges.</translation>
        </message>
        <message>
            <source>Could not write {path}: {detail}</source>
            <translation>Could not write {path}: {detail}</translation>
        </message>
        <message>
            <source>Could not write {path}: the file is open in another program (Excel?) or the folder is read-only. Close it and try again.</source>
            <translation>Could not write {path}: the file is open in another program (Excel?) or the folder is read-only. Close it and try again.</translation>
        </message>
        <message>
            <source>Cannot export to {path}: the file name must end in .xlsx (Excel) or .csv.</source>
            <translation>Cannot export to {path}: the file name must end in .xlsx (Excel) or .csv.</translation>
        </message>
        <message>
            <source>Enter a name.</source>
            <translation>Enter a name.</translation>
        </message>
        <message>
            <source>“{name}” is already in the list.</source>
            <translation>“{name}” is already in the list.</translation>
        </message>
        <message>
            <source>The chosen category no longer exists; choose another one.</source>
            <translation>The chosen category no longer exists; choose another one.</translation>
        </message>
        <message>
            <source>A subcategory cannot have subcategories of its own.</source>
            <translation>A subcategory cannot have subcategories of its own.</translation>
        </message>
        <message>
            <source>{count} cases use this category: retire it instead of deleting it.</source>
            <translation>{count} cases use this category: retire it instead of deleting it.</translation>
        </message>
        <message>
            <source>{count} routing rules use this category: change or delete them first.</source>
            <translation>{count} routing rules use this category: change or delete them first.</translation>
        </message>
        <message>
            <source>Enter an amount greater than zero.</source>
            <translation>Enter an amount greater than zero.</translation>
        </message>
        <message>
            <source>Enter a title for the deal.</source>
            <translation>Enter a title for the deal.</translation>
        </message>
        <message>
            <source>Choose the person or the company the deal is with.</source>
            <translation>Choose the person or the company the deal is with.</translation>
        </message>
        <message>
            <source>Choose the person or the team that gets these cases.</source>
            <translation>Choose the person or the team that gets these cases.</translation>
        </message>
        <message>
            <source>Choose a person or a team, not both.</source>
            <translation>Choose a person or a team, not both.</translation>
        </message>
        <message>
            <source>The chosen tag no longer exists; choose another one.</source>
            <translation>The chosen tag no longer exists; choose another one.</translation>
        </message>
        <message>
            <source>The chosen person is not a user of this database.</source>
            <translation>The chosen person is not a user of this database.</translation>
        </message>
        <message>
            <source>The chosen team no longer exists; choose another one.</source>
            <translation>The chosen team no longer exists; choose another one.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <source>A probability is a whole number from 0 to 100.</source>
            <translation>A probability is a whole number from 0 to 100.</translation>
        </message>
        <message>
            <source>Choose why the deal was lost.</source>
            <translation>Choose why the deal was lost.</translation>
        </message>
        <message>
            <source>Enter what the case is about.</source>
            <translation>Enter what the case is about.</translation>
        </message>
        <message>
            <source>Choose the customer, or type their phone number to add them.</source>
            <translation>Choose the customer, or type their phone number to add them.</translation>
        </message>
        <message>
            <source>Enter what the activity is about.</source>
            <translation>Enter what the activity is about.</translation>
        </message>
        <message>
            <source>Choose when it is due.</source>
            <translation>Choose when it is due.</translation>
        </message>
        <message>
            <source>The chosen {what} no longer exists; choose another one.</source>
            <translation>The chosen {what} no longer exists; choose another one.</translation>
        </message>
        <message>
            <source>Only calls, messages and emails have a direction.</source>
            <translation>Only calls, messages and emails have a direction.</translation>
        </message>
        <message>
            <source>Only calls have an outcome.</source>
            <translation>Only calls have an outcome.</translation>
        </message>
        <message>
            <source>The duration is between 0 and {max} minutes.</source>
            <translation>The duration is between 0 and {max} minutes.</translation>
        </message>
        <message>
            <source>A reminder comes between 0 minutes and {days} days before.</source>
            <translation>A reminder comes between 0 minutes and {days} days before.</translation>
        </message>
        <message>
            <source>A reminder needs a due time.</source>
            <translation>A reminder needs a due time.</translation>
        </message>
        <message>
            <source>Repeat every 1 to {max} days, weeks or months.</source>
            <translation>Repeat every 1 to {max} days, weeks or months.</translation>
        </message>
        <message>
            <source>Repeat by days, weeks or months.</source>
            <translation>Repeat by days, weeks or months.</translation>
        </message>
        <message>
            <source>A repeating activity needs its first due date.</source>
            <translation>A repeating activity needs its first due date.</translation>
        </message>
        <message>
            <source>The repetition ends before it starts.</source>
            <translation>The repetition ends before it starts.</translation>
        </message>
        <message>
            <source>An activity cannot be done later than now.</source>
            <translation>An activity cannot be done later than now.</translation>
        </message>
        <message>
            <source>A done activity took place already: its time cannot be later than now.</source>
            <translation>A done activity took place already: its time cannot be later than now.</translation>
        </message>
        <message>
            <source>That subcategory belongs to another category.</source>
            <translation>That subcategory belongs to another category.</translation>
        </message>
        <message>
            <source>That stage belongs to another pipeline.</source>
            <translation>That stage belongs to another pipeline.</translation>
        </message>
        <message>
            <source>Enter a revenue target greater than zero.</source>
            <translation>Enter a revenue target greater than zero.</translation>
        </message>
        <message>
            <source>Enter a name or a company for the lead.</source>
            <translation>Enter a name or a company for the lead.</translation>
        </message>
        <message>
            <source>Enter a phone number or an email, so the lead can be reached.</source>
            <translation>Enter a phone number or an email, so the lead can be reached.</translation>
        </message>
        <message>
            <source>Say why the lead is disqualified.</source>
            <translation>Say why the lead is disqualified.</translation>
        </message>
        <message>
            <source>This lead was already converted.</source>
            <translation>This lead was already converted.</translation>
        </message>
        <message>
            <source>The limit is a number of days from 1 to 365, or empty.</source>
            <translation>The limit is a number of days from 1 to 365, or empty.</translation>
        </message>
        <message>
            <source>{count} open deals are in this stage: move them to another stage first.</source>
            <translation>{count} open deals are in this stage: move them to another stage first.</translation>
        </message>
        <message>
            <source>A pipeline needs at least one open stage.</source>
            <translation>A pipeline needs at least one open stage.</translation>
        </message>
        <message>
            <source>Enter the question.</source>
            <translation>Enter the question.</translation>
        </message>
        <message>
            <source>Enter the answer.</source>
            <translation>Enter the answer.</translation>
        </message>
        <message>
            <source>A weight is a whole number from 1 to {max}.</source>
            <translation>A weight is a whole number from 1 to {max}.</translation>
        </message>
        <message>
            <source>Points are a whole number from 0 to {max}.</source>
            <translation>Points are a whole number from 0 to {max}.</translation>
        </message>
        <message>
            <source>A question needs at least two answers to choose from.</source>
            <translation>A question needs at least two answers to choose from.</translation>
        </message>
        <message>
            <source>“{name}” is already an answer to this question.</source>
            <translation>“{name}” is already an answer to this question.</translation>
        </message>
        <message>
            <source>This question is no longer asked.</source>
            <translation>This question is no longer asked.</translation>
        </message>
        <message>
            <source>That answer belongs to another question.</source>
            <translation>That answer belongs to another question.</translation>
        </message>
        <message>
            <source>Enter a target greater than zero.</source>
            <translation>Enter a target greater than zero.</translation>
        </message>
        <message>
            <source>Write the text first.</source>
            <translation>Write the text first.</translation>
        </message>
        <message>
            <source>“{file}” is {size} MB; files up to {limit} MB can be attached.</source>
            <translation>“{file}” is {size} MB; files up to {limit} MB can be attached.</translation>
        </message>
        <message>
            <source>“{file}” could not be read: {reason}</source>
            <translation>“{file}” could not be read: {reason}</translation>
        </message>
        <message>
            <source>The customer has no {channel} to send this to; add one on their profile.</source>
            <translation>The customer has no {channel} to send this to; add one on their profile.</translation>
        </message>
        <message>
            <source>Write the question.</source>
            <translation>Write the question.</translation>
        </message>
        <message>
            <source>Write the answer.</source>
            <translation>Write the answer.</translation>
        </message>
        <message>
            <source>Choose a priority.</source>
            <translation>Choose a priority.</translation>
        </message>
        <message>
            <source>Enter a time greater than zero.</source>
            <translation>Enter a time greater than zero.</translation>
        </message>
        <message>
            <source>The time to resolve cannot be shorter than the time to the first response.</source>
            <translation>The time to resolve cannot be shorter than the time to the first response.</translation>
        </message>
        <message>
            <source>“{name}” already sets the targets for this priority and category; change that policy or make it inactive first.</source>
            <translation>“{name}” already sets the targets for this priority and category; change that policy or make it inactive first.</translation>
        </message>
        <message>
            <source>An email needs a subject.</source>
            <translation>An email needs a subject.</translation>
        </message>
        <message>
            <source>“{{{name}}}” is not a placeholder; use {allowed}.</source>
            <translation>“{{{name}}}” is not a placeholder; use {allowed}.</translation>
        </message>
        <message>
            <source>A brace is not closed or not opened near “{near}”; write placeholders like {{customer}}, and {{{{ or }}}} for a brace itself.</source>
            <translation>A brace is not closed or not opened near “{near}”; write placeholders like {{customer}}, and {{{{ or }}}} for a brace itself.</translation>
        </message>
        <message>
            <source>There is already a template for this event, language and channel.</source>
            <translation>There is already a template for this event, language and channel.</translation>
        </message>
        <message>
            <source>Working hours run from a start to a later end within the day (00:00 to 24:00).</source>
            <translation>Working hours run from a start to a later end within the day (00:00 to 24:00).</translation>
        </message>
        <message>
            <source>The working hours of one day overlap.</source>
            <translation>The working hours of one day overlap.</translation>
        </message>
        <message>
            <source>The week needs at least one working period.</source>
            <translation>The week needs at least one working period.</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>Choose the day.</translation>
        </message>
        <message>
            <source>This day is already a holiday.</source>
            <translation>This day is already a holiday.</translation>
        </message>
        <message>
            <source>A case that is “{old}” cannot become “{new}”.</source>
            <translation>A case that is “{old}” cannot become “{new}”.</translation>
        </message>
        <message>
            <source>Write how the case was resolved.</source>
            <translation>Write how the case was resolved.</translation>
        </message>
        <message>
            <source>Choose who the case is assigned to.</source>
            <translation>Choose who the case is assigned to.</translation>
        </message>
        <message>
            <source>Only a resolved or closed case can be reopened.</source>
            <translation>Only a resolved or closed case can be reopened.</translation>
        </message>
        <message>
            <source>A satisfaction score is a whole number from 1 to 5.</source>
            <translation>A satisfaction score is a whole number from 1 to 5.</translation>
        </message>
        <message>
            <source>The customer can rate a case once it is resolved.</source>
            <translation>The customer can rate a case once it is resolved.</translation>
        </message>
        <message>
            <source>Choose one of the offered times.</source>
            <translation>Choose one of the offered times.</translation>
        </message>
        <message>
            <source>The next step is the open activity “{subject}”: to clear it, mark it done or delete it under Activities.</source>
            <translation>The next step is the open activity “{subject}”: to clear it, mark it done or delete it under Activities.</translation>
        </message>
        <message>
            <source>Choose the day of the next step.</source>
            <translation>Choose the day of the next step.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Export as vCard</source>
            <translation>Export as vCard</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard files (*.vcf)</translation>
        </message>
        <message>
            <source>Writing the vCard file…</source>
            <translation>Writing the vCard file…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Writing {name}…</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Contact details</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Probability %</source>
            <translation>Probability %</translation>
        </message>
        <message>
            <source>Weighted amount</source>
            <translation>Weighted amount</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Next activity</translation>
        </message>
        <message>
            <source>Next activity date</source>
            <translation>Next activity date</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>Days in stage</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Lost reason</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>e.g. VIP, wholesale</source>
            <translation>e.g. VIP, wholesale</translation>
        </message>
        <message>
            <source>Type to find a company</source>
            <translation>Type to find a company</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <source>{name} — {reason}</source>
            <translation>{name} — {reason}</translation>
        </message>
        <message>
            <source>Open the existing one</source>
            <translation>Open the existing one</translation>
        </message>
        <message>
            <source>Create anyway</source>
            <translation>Create anyway</translation>
        </message>
        <message>
            <source>These look like the same customer. Open one of them instead of creating a duplicate?</source>
            <translation>These look like the same customer. Open one of them instead of creating a duplicate?</translation>
        </message>
    </context>
    <context>
        <name>Funnel</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Exhibition</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Flyer</source>
            <translation>Flyer</translation>
        </message>
        <message>
            <source>Price too high</source>
            <translation>Price too high</translation>
        </message>
        <message>
            <source>Chose a competitor</source>
            <translation>Chose a competitor</translation>
        </message>
        <message>
            <source>No budget</source>
            <translation>No budget</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message>
            <source>Needs changed</source>
            <translation>Needs changed</translation>
        </message>
        <message>
            <source>Delivery time</source>
            <translation>Delivery time</translation>
        </message>
        <message>
            <source>No expected close date</source>
            <translation>No expected close date</translation>
        </message>
        <message>
            <source>No leads came in during the look-back period.</source>
            <translation>No leads came in during the look-back period.</translation>
        </message>
        <message>
            <source>No deal that came from a lead was won during the look-back period.</source>
            <translation>No deal that came from a lead was won during the look-back period.</translation>
        </message>
        <message>
            <source>No source</source>
            <translation>No source</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>No owner</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>No reason given</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>First contact</translation>
        </message>
        <message>
            <source>Needs analysis</source>
            <translation>Needs analysis</translation>
        </message>
        <message>
            <source>Proposal / pre-invoice</source>
            <translation>Proposal / pre-invoice</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Negotiation</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Is the budget confirmed?</source>
            <translation>Is the budget confirmed?</translation>
        </message>
        <message>
            <source>Being arranged</source>
            <translation>Being arranged</translation>
        </message>
        <message>
            <source>Are we talking to the decision maker?</source>
            <translation>Are we talking to the decision maker?</translation>
        </message>
        <message>
            <source>They influence the decision</source>
            <translation>They influence the decision</translation>
        </message>
        <message>
            <source>When is it needed?</source>
            <translation>When is it needed?</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>How big is the company?</source>
            <translation>How big is the company?</translation>
        </message>
        <message>
            <source>1 to 10 people</source>
            <translation>1 to 10 people</translation>
        </message>
        <message>
            <source>11 to 50 people</source>
            <translation>11 to 50 people</translation>
        </message>
        <message>
            <source>51 to 250 people</source>
            <translation>51 to 250 people</translation>
        </message>
        <message>
            <source>More than 250 people</source>
            <translation>More than 250 people</translation>
        </message>
        <message>
            <source>Source {value} wins {ratio}× more often</source>
            <translation>Source {value} wins {ratio}× more often</translation>
        </message>
        <message>
            <source>Source {value} wins {ratio}× less often</source>
            <translation>Source {value} wins {ratio}× less often</translation>
        </message>
        <message>
            <source>Deals of {value} win {ratio}× more often</source>
            <translation>Deals of {value} win {ratio}× more often</translation>
        </message>
        <message>
            <source>Deals of {value} win {ratio}× less often</source>
            <translation>Deals of {value} win {ratio}× less often</translation>
        </message>
        <message>
            <source>Customers in {value} win {ratio}× more often</source>
            <translation>Customers in {value} win {ratio}× more often</translation>
        </message>
        <message>
            <source>Customers in {value} win {ratio}× less often</source>
            <translation>Customers in {value} win {ratio}× less often</translation>
        </message>
        <message>
            <source>Industry {value} wins {ratio}× more often</source>
            <translation>Industry {value} wins {ratio}× more often</translation>
        </message>
        <message>
            <source>Industry {value} wins {ratio}× less often</source>
            <translation>Industry {value} wins {ratio}× less often</translation>
        </message>
        <message>
            <source>Interest in {value} wins {ratio}× more often</source>
            <translation>Interest in {value} wins {ratio}× more often</translation>
        </message>
        <message>
            <source>Interest in {value} wins {ratio}× less often</source>
            <translation>Interest in {value} wins {ratio}× less often</translation>
        </message>
        <message>
            <source>Answer “{value}” to “{question}” wins {ratio}× more often</source>
            <translation>Answer “{value}” to “{question}” wins {ratio}× more often</translation>
        </message>
        <message>
            <source>Answer “{value}” to “{question}” wins {ratio}× less often</source>
            <translation>Answer “{value}” to “{question}” wins {ratio}× less often</translation>
        </message>
        <message>
            <source>A qualification score of {value} wins {ratio}× more often</source>
            <translation>A qualification score of {value} wins {ratio}× more often</translation>
        </message>
        <message>
            <source>A qualification score of {value} wins {ratio}× less often</source>
            <translation>A qualification score of {value} wins {ratio}× less often</translation>
        </message>
        <message>
            <source>Q{number} {year}</source>
            <translation>Q{number} {year}</translation>
        </message>
        <message>
            <source>Whole office</source>
            <translation>Whole office</translation>
        </message>
        <message>
            <source>Search deal, person or company…</source>
            <translation>Search deal, person or company…</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>New deal</translation>
        </message>
        <message>
            <source>Sales funnel</source>
            <translation>Sales funnel</translation>
        </message>
        <message>
            <source>Filters ({count})</source>
            <translation>Filters ({count})</translation>
        </message>
    </context>
    <context>
        <name>FunnelBoard</name>
        <message>
            <source>Expected close: {date}</source>
            <translation>Expected close: {date}</translation>
        </message>
        <message>
            <source>Stuck</source>
            <translation>Stuck</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>No next step</translation>
        </message>
        <message>
            <source>{value}%</source>
            <translation>{value}%</translation>
        </message>
        <message>
            <source>{days} d in stage</source>
            <translation>{days} d in stage</translation>
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
            <translation>No deals here</translation>
        </message>
        <message>
            <source>Total {amount}</source>
            <translation>Total {amount}</translation>
        </message>
        <message>
            <source>Weighted {amount}</source>
            <translation>Weighted {amount}</translation>
        </message>
        <message>
            <source>Weighted: each deal's amount times its probability (or the stage's, {percent}%)</source>
            <translation>Weighted: each deal's amount times its probability (or the stage's, {percent}%)</translation>
        </message>
        <message>
            <source>Drop here: won</source>
            <translation>Drop here: won</translation>
        </message>
        <message>
            <source>Drop here: lost</source>
            <translation>Drop here: lost</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Deal lost</translation>
        </message>
        <message>
            <source>Optional: what happened</source>
            <translation>Optional: what happened</translation>
        </message>
        <message>
            <source>Mark as lost</source>
            <translation>Mark as lost</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Why was “{title}” lost?</source>
            <translation>Why was “{title}” lost?</translation>
        </message>
        <message>
            <source>Moved to “{stage}”.</source>
            <translation>Moved to “{stage}”.</translation>
        </message>
        <message>
            <source>“{title}” won.</source>
            <translation>“{title}” won.</translation>
        </message>
        <message>
            <source>“{title}” lost.</source>
            <translation>“{title}” lost.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Move to</translation>
        </message>
        <message>
            <source>Mark as won</source>
            <translation>Mark as won</translation>
        </message>
        <message>
            <source>Mark as lost…</source>
            <translation>Mark as lost…</translation>
        </message>
        <message>
            <source>My target</source>
            <translation>My target</translation>
        </message>
        <message>
            <source>Office target</source>
            <translation>Office target</translation>
        </message>
        <message>
            <source>Won {won} of {target} ({percent}) — {period}</source>
            <translation>Won {won} of {target} ({percent}) — {period}</translation>
        </message>
    </context>
    <context>
        <name>FunnelChart</name>
        <message>
            <source>Billion {unit}</source>
            <translation>Billion {unit}</translation>
        </message>
        <message>
            <source>Million {unit}</source>
            <translation>Million {unit}</translation>
        </message>
        <message>
            <source>Thousand {unit}</source>
            <translation>Thousand {unit}</translation>
        </message>
        <message>
            <source>No deal entered the funnel in this period.</source>
            <translation>No deal entered the funnel in this period.</translation>
        </message>
        <message>
            <source>{percent} went on</source>
            <translation>{percent} went on</translation>
        </message>
        <message>
            <source>Deals entering each stage</source>
            <translation>Deals entering each stage</translation>
        </message>
        <message>
            <source>No open deal has an expected close date.</source>
            <translation>No open deal has an expected close date.</translation>
        </message>
        <message>
            <source>Weighted forecast</source>
            <translation>Weighted forecast</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Forecast and target per month</source>
            <translation>Forecast and target per month</translation>
        </message>
        <message>
            <source>No deal was lost in this period.</source>
            <translation>No deal was lost in this period.</translation>
        </message>
        <message>
            <source>Why deals were lost</source>
            <translation>Why deals were lost</translation>
        </message>
        <message>
            <source>No source won a deal or cost anything in this period.</source>
            <translation>No source won a deal or cost anything in this period.</translation>
        </message>
        <message>
            <source>Won amount</source>
            <translation>Won amount</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>What each source brought and cost</source>
            <translation>What each source brought and cost</translation>
        </message>
    </context>
    <context>
        <name>FunnelFilters</name>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Closing from</source>
            <translation>Closing from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>FunnelReport</name>
        <message>
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
        <message>
            <source>How many leads do we need?</source>
            <translation>How many leads do we need?</translation>
        </message>
        <message>
            <source>Toman</source>
            <translation>Toman</translation>
        </message>
        <message>
            <source>Rial</source>
            <translation>Rial</translation>
        </message>
        <message>
            <source>Revenue target, e.g. {example}</source>
            <translation>Revenue target, e.g. {example}</translation>
        </message>
        <message>
            <source>Amount in {unit}</source>
            <translation>Amount in {unit}</translation>
        </message>
        <message>
            <source>Calculate</source>
            <translation>Calculate</translation>
        </message>
        <message>
            <source>Type an amount such as {example}.</source>
            <translation>Type an amount such as {example}.</translation>
        </message>
        <message>
            <source>Calculating…</source>
            <translation>Calculating…</translation>
        </message>
        <message>
            <source>It cannot be worked out yet: {reason}</source>
            <translation>It cannot be worked out yet: {reason}</translation>
        </message>
        <message>
            <source>To win {target} you need about {leads} new leads: from {start} to {end}, {count} leads came in and {won} deals from leads were won for {amount}, so a lead was worth about {worth}.</source>
            <translation>To win {target} you need about {leads} new leads: from {start} to {end}, {count} leads came in and {won} deals from leads were won for {amount}, so a lead was worth about {worth}.</translation>
        </message>
        <message>
            <source>Funnel report</source>
            <translation>Funnel report</translation>
        </message>
        <message>
            <source>How deals moved through the stages, what was won and lost, and what is coming.</source>
            <translation>How deals moved through the stages, what was won and lost, and what is coming.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <source>Deals started</source>
            <translation>Deals started</translation>
        </message>
        <message>
            <source>Deals won</source>
            <translation>Deals won</translation>
        </message>
        <message>
            <source>Overall conversion</source>
            <translation>Overall conversion</translation>
        </message>
        <message>
            <source>Average sales cycle</source>
            <translation>Average sales cycle</translation>
        </message>
        <message>
            <source>Biggest drop</source>
            <translation>Biggest drop</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Stages</translation>
        </message>
        <message>
            <source>Win rates</source>
            <translation>Win rates</translation>
        </message>
        <message>
            <source>By source</source>
            <translation>By source</translation>
        </message>
        <message>
            <source>By owner</source>
            <translation>By owner</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Lost reasons</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <source>Targets and leads</source>
            <translation>Targets and leads</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Custom range</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>All owners</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>Went on</source>
            <translation>Went on</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <source>Avg. days</source>
            <translation>Avg. days</translation>
        </message>
        <message>
            <source>Median days</source>
            <translation>Median days</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Win rate</translation>
        </message>
        <message>
            <source>Won amount</source>
            <translation>Won amount</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>{period} ({days})</source>
            <translation>{period} ({days})</translation>
        </message>
        <message>
            <source>Deals won · {amount}</source>
            <translation>Deals won · {amount}</translation>
        </message>
        <message>
            <source>Overall conversion · {won} of {started} started</source>
            <translation>Overall conversion · {won} of {started} started</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} days</translation>
        </message>
        <message>
            <source>Biggest drop · {count} of {entered} did not go on</source>
            <translation>Biggest drop · {count} of {entered} did not go on</translation>
        </message>
        <message>
            <source>Targets for {period}</source>
            <translation>Targets for {period}</translation>
        </message>
        <message>
            <source>Open deals: {count}, worth {amount}, weighted {weighted}.</source>
            <translation>Open deals: {count}, worth {amount}, weighted {weighted}.</translation>
        </message>
        <message>
            <source>{count} of them have no expected close date and are not in the chart.</source>
            <translation>{count} of them have no expected close date and are not in the chart.</translation>
        </message>
    </context>
    <context>
        <name>FunnelSettings</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retire</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>Add to the list</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Where leads come from. Record what advertising on a source cost, so the funnel report can show what each lead and each sale cost. A retired source is no longer offered for new leads.</source>
            <translation>Where leads come from. Record what advertising on a source cost, so the funnel report can show what each lead and each sale cost. A retired source is no longer offered for new leads.</translation>
        </message>
        <message>
            <source>Amount in {unit}, e.g. {example}</source>
            <translation>Amount in {unit}, e.g. {example}</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Add cost</source>
            <translation>Add cost</translation>
        </message>
        <message>
            <source>What “{name}” cost</source>
            <translation>What “{name}” cost</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Total: {amount}</source>
            <translation>Total: {amount}</translation>
        </message>
        <message>
            <source>No cost recorded for this source yet.</source>
            <translation>No cost recorded for this source yet.</translation>
        </message>
        <message>
            <source>Enter the day the money was spent.</source>
            <translation>Enter the day the money was spent.</translation>
        </message>
        <message>
            <source>Type the amount as a number, e.g. {example}.</source>
            <translation>Type the amount as a number, e.g. {example}.</translation>
        </message>
        <message>
            <source>The reasons offered when a deal is marked lost; the funnel report counts them. A retired reason is no longer offered, and deals lost for it keep it.</source>
            <translation>The reasons offered when a deal is marked lost; the funnel report counts them. A retired reason is no longer offered, and deals lost for it keep it.</translation>
        </message>
        <message>
            <source>Edit question</source>
            <translation>Edit question</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>New question</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Points (0–10)</source>
            <translation>Points (0–10)</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>Another answer</source>
            <translation>Another answer</translation>
        </message>
        <message>
            <source>Edit answer</source>
            <translation>Edit answer</translation>
        </message>
        <message>
            <source>New answer</source>
            <translation>New answer</translation>
        </message>
        <message>
            <source>Add question…</source>
            <translation>Add question…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Add answer…</source>
            <translation>Add answer…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Each answer gives 0 to 10 points; each question's weight says how much it counts. A lead's score = 100 × Σ (weight × points ÷ 10) ÷ Σ weight, over the questions in use; an unanswered question gives 0 points. Retired questions are no longer asked and no longer count.</source>
            <translation>Each answer gives 0 to 10 points; each question's weight says how much it counts. A lead's score = 100 × Σ (weight × points ÷ 10) ÷ Σ weight, over the questions in use; an unanswered question gives 0 points. Retired questions are no longer asked and no longer count.</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Asked</translation>
        </message>
        <message>
            <source>Answers to “{question}”</source>
            <translation>Answers to “{question}”</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>Edit stage</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
        <message>
            <source>Probability of winning (%)</source>
            <translation>Probability of winning (%)</translation>
        </message>
        <message>
            <source>0 to 100</source>
            <translation>0 to 100</translation>
        </message>
        <message>
            <source>Stuck after (days)</source>
            <translation>Stuck after (days)</translation>
        </message>
        <message>
            <source>empty: never</source>
            <translation>empty: never</translation>
        </message>
        <message>
            <source>A deal that stays in this stage longer than the limit is marked as stuck on the board. The probability weights the forecast.</source>
            <translation>A deal that stays in this stage longer than the limit is marked as stuck on the board. The probability weights the forecast.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>New pipeline…</source>
            <translation>New pipeline…</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <source>Stuck after</source>
            <translation>Stuck after</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Add stage…</source>
            <translation>Add stage…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>The open stages are the board's columns, in this order. A new stage goes after the selected one. Won and Lost end every pipeline and cannot be moved or deleted.</source>
            <translation>The open stages are the board's columns, in this order. A new stage goes after the selected one. Won and Lost end every pipeline and cannot be moved or deleted.</translation>
        </message>
        <message>
            <source>New pipeline</source>
            <translation>New pipeline</translation>
        </message>
        <message>
            <source>Rename pipeline</source>
            <translation>Rename pipeline</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Won (end)</source>
            <translation>Won (end)</translation>
        </message>
        <message>
            <source>Lost (end)</source>
            <translation>Lost (end)</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} days</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Delete stage</translation>
        </message>
        <message>
            <source>Delete the stage “{name}”?</source>
            <translation>Delete the stage “{name}”?</translation>
        </message>
        <message>
            <source>Pipelines and stages</source>
            <translation>Pipelines and stages</translation>
        </message>
        <message>
            <source>Lead sources and costs</source>
            <translation>Lead sources and costs</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Lost reasons</translation>
        </message>
        <message>
            <source>Qualification questionnaire</source>
            <translation>Qualification questionnaire</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{field}: {new}</source>
            <translation>{field}: {new}</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>{people} people, {companies} companies</source>
            <translation>{people} people, {companies} companies</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Good morning, {name}</source>
            <translation>Good morning, {name}</translation>
        </message>
        <message>
            <source>Good afternoon, {name}</source>
            <translation>Good afternoon, {name}</translation>
        </message>
        <message>
            <source>Good evening, {name}</source>
            <translation>Good evening, {name}</translation>
        </message>
        <message>
            <source>Today is {weekday}, {date}</source>
            <translation>Today is {weekday}, {date}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>New people in the last 30 days</source>
            <translation>New people in the last 30 days</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Latest changes</source>
            <translation>Latest changes</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Size {size} · schema version {version}</source>
            <translation>Size {size} · schema version {version}</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>There is no import number {id}.</source>
            <translation>There is no import number {id}.</translation>
        </message>
        <message>
            <source>Import {id} was already undone.</source>
            <translation>Import {id} was already undone.</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number.</source>
            <translation>“{value}” is not a phone number.</translation>
        </message>
        <message>
            <source>“{value}” is not an email address.</source>
            <translation>“{value}” is not an email address.</translation>
        </message>
        <message>
            <source>“{value}” is not a date we can read (for example 1402/05/17 or 2023-08-08).</source>
            <translation>“{value}” is not a date we can read (for example 1402/05/17 or 2023-08-08).</translation>
        </message>
        <message>
            <source>“{value}” could be day/month or month/day: choose the order of this column.</source>
            <translation>“{value}” could be day/month or month/day: choose the order of this column.</translation>
        </message>
        <message>
            <source>“{value}” is outside the years a date can have here.</source>
            <translation>“{value}” is outside the years a date can have here.</translation>
        </message>
        <message>
            <source>“{value}” is not a real Jalali date.</source>
            <translation>“{value}” is not a real Jalali date.</translation>
        </message>
        <message>
            <source>“{value}” is not a real Gregorian date.</source>
            <translation>“{value}” is not a real Gregorian date.</translation>
        </message>
        <message>
            <source>The birth date {value} is in the future.</source>
            <translation>The birth date {value} is in the future.</translation>
        </message>
        <message>
            <source>The birth date {value} is too far in the past.</source>
            <translation>The birth date {value} is too far in the past.</translation>
        </message>
        <message>
            <source>A national code has 10 digits; “{value}” does not.</source>
            <translation>A national code has 10 digits; “{value}” does not.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid national code: its check digit does not match.</source>
            <translation>“{value}” is not a valid national code: its check digit does not match.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid company national ID (11 digits with a check digit).</source>
            <translation>“{value}” is not a valid company national ID (11 digits with a check digit).</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Row in the file</source>
            <translation>Row in the file</translation>
        </message>
        <message>
            <source>Rows not imported</source>
            <translation>Rows not imported</translation>
        </message>
        <message>
            <source>{column}: {reason}</source>
            <translation>{column}: {reason}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>Full name (split into first and last)</source>
            <translation>Full name (split into first and last)</translation>
        </message>
        <message>
            <source>Person or company</source>
            <translation>Person or company</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>National code</source>
            <translation>National code</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Company national ID</source>
            <translation>Company national ID</translation>
        </message>
        <message>
            <source>Economic code</source>
            <translation>Economic code</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>Interested in</translation>
        </message>
        <message>
            <source>Lead status</source>
            <translation>Lead status</translation>
        </message>
        <message>
            <source>Why disqualified</source>
            <translation>Why disqualified</translation>
        </message>
        <message>
            <source>Date of first contact</source>
            <translation>Date of first contact</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Deal title</translation>
        </message>
        <message>
            <source>Amount (Rial)</source>
            <translation>Amount (Rial)</translation>
        </message>
        <message>
            <source>Amount (Toman)</source>
            <translation>Amount (Toman)</translation>
        </message>
        <message>
            <source>Deal stage</source>
            <translation>Deal stage</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Expected close</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Lost reason</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Probability %</source>
            <translation>Probability %</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>Customer code</translation>
        </message>
        <message>
            <source>Phone or mobile</source>
            <translation>Phone or mobile</translation>
        </message>
        <message>
            <source>National code / ID</source>
            <translation>National code / ID</translation>
        </message>
        <message>
            <source>Already in the database as “{name}” (same {key}); skipped.</source>
            <translation>Already in the database as “{name}” (same {key}); skipped.</translation>
        </message>
        <message>
            <source>Same {key} as row {row} of this file; skipped.</source>
            <translation>Same {key} as row {row} of this file; skipped.</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>phone number</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>national code</source>
            <translation>national code</translation>
        </message>
        <message>
            <source>customer code</source>
            <translation>customer code</translation>
        </message>
        <message>
            <source>company name</source>
            <translation>company name</translation>
        </message>
        <message>
            <source>title and customer</source>
            <translation>title and customer</translation>
        </message>
        <message>
            <source>Unknown import target “{value}”; use {choices}.</source>
            <translation>Unknown import target “{value}”; use {choices}.</translation>
        </message>
        <message>
            <source>An import does not change deals that are already there (their stages move on the board): choose skip or create.</source>
            <translation>An import does not change deals that are already there (their stages move on the board): choose skip or create.</translation>
        </message>
        <message>
            <source>Unknown duplicate choice “{value}”; use {choices}.</source>
            <translation>Unknown duplicate choice “{value}”; use {choices}.</translation>
        </message>
        <message>
            <source>“{value}” is not a field of this import.</source>
            <translation>“{value}” is not a field of this import.</translation>
        </message>
        <message>
            <source>Unknown date order “{value}”; use DMY or MDY.</source>
            <translation>Unknown date order “{value}”; use DMY or MDY.</translation>
        </message>
        <message>
            <source>Rows can be matched on {choices} only.</source>
            <translation>Rows can be matched on {choices} only.</translation>
        </message>
        <message>
            <source>The mapping names a column “{value}” that this sheet does not have.</source>
            <translation>The mapping names a column “{value}” that this sheet does not have.</translation>
        </message>
        <message>
            <source>A mapping file holds one JSON object.</source>
            <translation>A mapping file holds one JSON object.</translation>
        </message>
        <message>
            <source>{name} must be a whole number, 0 or more.</source>
            <translation>{name} must be a whole number, 0 or more.</translation>
        </message>
        <message>
            <source>Cannot read the mapping file {file}.</source>
            <translation>Cannot read the mapping file {file}.</translation>
        </message>
        <message>
            <source>The mapping file {file} is not valid JSON (line {line}).</source>
            <translation>The mapping file {file} is not valid JSON (line {line}).</translation>
        </message>
        <message>
            <source>The row has no name: fill in a first or last name.</source>
            <translation>The row has no name: fill in a first or last name.</translation>
        </message>
        <message>
            <source>The row has no company name.</source>
            <translation>The row has no company name.</translation>
        </message>
        <message>
            <source>Too long: {length} characters where at most {limit} fit.</source>
            <translation>Too long: {length} characters where at most {limit} fit.</translation>
        </message>
        <message>
            <source>“{value}” is not a gender we know (male/female, مرد/زن).</source>
            <translation>“{value}” is not a gender we know (male/female, مرد/زن).</translation>
        </message>
        <message>
            <source>“{value}” is not a stage (lead, prospect, opportunity, customer, inactive).</source>
            <translation>“{value}” is not a stage (lead, prospect, opportunity, customer, inactive).</translation>
        </message>
        <message>
            <source>“{value}” says neither person nor company.</source>
            <translation>“{value}” says neither person nor company.</translation>
        </message>
        <message>
            <source>“{value}” is not a lead status (new, contacted, qualified, disqualified).</source>
            <translation>“{value}” is not a lead status (new, contacted, qualified, disqualified).</translation>
        </message>
        <message>
            <source>The row has no name and no company.</source>
            <translation>The row has no name and no company.</translation>
        </message>
        <message>
            <source>The row has no phone number and no email to reach the lead.</source>
            <translation>The row has no phone number and no email to reach the lead.</translation>
        </message>
        <message>
            <source>No user called “{value}” in this database; add the user, or do not import this column.</source>
            <translation>No user called “{value}” in this database; add the user, or do not import this column.</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>Column {letter}</translation>
        </message>
        <message>
            <source>The file {file} was not found. It may have been moved, renamed or deleted.</source>
            <translation>The file {file} was not found. It may have been moved, renamed or deleted.</translation>
        </message>
        <message>
            <source>The file {file} could not be opened. Close it in other programs, check that you are allowed to open it, and try again.</source>
            <translation>The file {file} could not be opened. Close it in other programs, check that you are allowed to open it, and try again.</translation>
        </message>
        <message>
            <source>The file {file} is empty (0 bytes): there is nothing in it to import.</source>
            <translation>The file {file} is empty (0 bytes): there is nothing in it to import.</translation>
        </message>
        <message>
            <source>The file {file} is not a spreadsheet. Choose an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file.</source>
            <translation>The file {file} is not a spreadsheet. Choose an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file.</translation>
        </message>
        <message>
            <source>The file {file} is in an old or web-page format that cannot be read directly. Open it in Excel or LibreOffice, save it as .xlsx, and try again.</source>
            <translation>The file {file} is in an old or web-page format that cannot be read directly. Open it in Excel or LibreOffice, save it as .xlsx, and try again.</translation>
        </message>
        <message>
            <source>The file {file} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and try again.</source>
            <translation>The file {file} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and try again.</translation>
        </message>
        <message>
            <source>The file {file} is damaged or incomplete and cannot be read. Open it in Excel or LibreOffice, save it again as .xlsx, and try again.</source>
            <translation>The file {file} is damaged or incomplete and cannot be read. Open it in Excel or LibreOffice, save it again as .xlsx, and try again.</translation>
        </message>
        <message>
            <source>The file {file} is too large to read (it declares more cells than fit in memory). Split it into smaller files and try again.</source>
            <translation>The file {file} is too large to read (it declares more cells than fit in memory). Split it into smaller files and try again.</translation>
        </message>
        <message>
            <source>The file {file} has no worksheets to import.</source>
            <translation>The file {file} has no worksheets to import.</translation>
        </message>
        <message>
            <source>The file {file} has no sheet named {sheet}.</source>
            <translation>The file {file} has no sheet named {sheet}.</translation>
        </message>
        <message>
            <source>The sheet {sheet} in the file {file} is damaged and cannot be read. Open the file in Excel or LibreOffice, save it again as .xlsx, and try again.</source>
            <translation>The sheet {sheet} in the file {file} is damaged and cannot be read. Open the file in Excel or LibreOffice, save it again as .xlsx, and try again.</translation>
        </message>
        <message>
            <source>“{value}” is not a stage of the pipeline “{pipeline}” ({stages}).</source>
            <translation>“{value}” is not a stage of the pipeline “{pipeline}” ({stages}).</translation>
        </message>
        <message>
            <source>“{value}” is not an amount of money.</source>
            <translation>“{value}” is not an amount of money.</translation>
        </message>
        <message>
            <source>“{value}” is not a probability from 0 to 100.</source>
            <translation>“{value}” is not a probability from 0 to 100.</translation>
        </message>
        <message>
            <source>The row has no title, product or customer to name the deal by.</source>
            <translation>The row has no title, product or customer to name the deal by.</translation>
        </message>
        <message>
            <source>The row names no customer: fill in a name, a company, a phone or an email.</source>
            <translation>The row names no customer: fill in a name, a company, a phone or an email.</translation>
        </message>
        <message>
            <source>The deal is lost but the row gives no reason: fill in the reason column.</source>
            <translation>The deal is lost but the row gives no reason: fill in the reason column.</translation>
        </message>
    </context>
    <context>
        <name>ImportHistory</name>
        <message>
            <source>Undone {when}</source>
            <translation>Undone {when}</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Undone</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Imported as</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Undo the import of “{file}” from {when}?</source>
            <translation>Undo the import of “{file}” from {when}?</translation>
        </message>
        <message>
            <source>{leads} leads it added will be removed.</source>
            <translation>{leads} leads it added will be removed.</translation>
        </message>
        <message>
            <source>{deals} deals, {people} people and {companies} companies it added will be removed.</source>
            <translation>{deals} deals, {people} people and {companies} companies it added will be removed.</translation>
        </message>
        <message>
            <source>{people} people and {companies} companies it added will be removed.</source>
            <translation>{people} people and {companies} companies it added will be removed.</translation>
        </message>
        <message>
            <source>{count} existing records it changed get their earlier values back, except fields edited since.</source>
            <translation>{count} existing records it changed get their earlier values back, except fields edited since.</translation>
        </message>
        <message>
            <source>{count} of the added records were edited after the import; they are removed too.</source>
            <translation>{count} of the added records were edited after the import; they are removed too.</translation>
        </message>
        <message>
            <source>Undo this import…</source>
            <translation>Undo this import…</translation>
        </message>
        <message>
            <source>Every import from Excel or CSV, newest first. Undoing one removes the records it added and restores the ones it updated.</source>
            <translation>Every import from Excel or CSV, newest first. Undoing one removes the records it added and restores the ones it updated.</translation>
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation>Undoing the import…</translation>
        </message>
        <message>
            <source>Undone: {removed} records removed, {restored} restored.</source>
            <translation>Undone: {removed} records removed, {restored} restored.</translation>
        </message>
        <message>
            <source>Undone: {removed} records removed, {restored} restored; {kept} fields changed since the import were kept.</source>
            <translation>Undone: {removed} records removed, {restored} restored; {kept} fields changed since the import were kept.</translation>
        </message>
        <message>
            <source>Undo an import</source>
            <translation>Undo an import</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Undo the import</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Choose the file</source>
            <translation>Choose the file</translation>
        </message>
        <message>
            <source>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice sheet (.ods) or a CSV file. Nothing is written until the last step.</source>
            <translation>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice sheet (.ods) or a CSV file. Nothing is written until the last step.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>No header row</source>
            <translation>No header row</translation>
        </message>
        <message>
            <source>The row whose titles name the columns; rows above it are skipped.</source>
            <translation>The row whose titles name the columns; rows above it are skipped.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Import as</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>Header row</translation>
        </message>
        <message>
            <source>The first rows of the sheet</source>
            <translation>The first rows of the sheet</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>Import from Excel</translation>
        </message>
        <message>
            <source>Spreadsheets ({patterns})</source>
            <translation>Spreadsheets ({patterns})</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>{name} ({rows} rows)</source>
            <translation>{name} ({rows} rows)</translation>
        </message>
        <message>
            <source>{name} ({rows} rows, hidden)</source>
            <translation>{name} ({rows} rows, hidden)</translation>
        </message>
        <message>
            <source>No header row: {rows} rows of data in {columns} columns.</source>
            <translation>No header row: {rows} rows of data in {columns} columns.</translation>
        </message>
        <message>
            <source>Header in row {header}, then about {rows} rows of data in {columns} columns.</source>
            <translation>Header in row {header}, then about {rows} rows of data in {columns} columns.</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>Column {letter}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Ignore this column</source>
            <translation>Ignore this column</translation>
        </message>
        <message>
            <source>Day and month: automatic</source>
            <translation>Day and month: automatic</translation>
        </message>
        <message>
            <source>Day first ({example})</source>
            <translation>Day first ({example})</translation>
        </message>
        <message>
            <source>Month first ({example})</source>
            <translation>Month first ({example})</translation>
        </message>
        <message>
            <source>How to read a date like 03/04/2024 in this column. Dates whose day is over 12 settle it by themselves.</source>
            <translation>How to read a date like 03/04/2024 in this column. Dates whose day is over 12 settle it by themselves.</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Match the columns</translation>
        </message>
        <message>
            <source>Say what each column of the sheet holds. Columns left on “Ignore” are not imported.</source>
            <translation>Say what each column of the sheet holds. Columns left on “Ignore” are not imported.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Title in the file</source>
            <translation>Title in the file</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>Sample values</translation>
        </message>
        <message>
            <source>These columns are matched as in your last import of a file laid out like this one. Check them before you go on.</source>
            <translation>These columns are matched as in your last import of a file laid out like this one. Check them before you go on.</translation>
        </message>
        <message>
            <source>{matched} of {columns} columns were matched from their titles and values. Check them before you go on.</source>
            <translation>{matched} of {columns} columns were matched from their titles and values. Check them before you go on.</translation>
        </message>
        <message>
            <source>Choose the column with the name: “Full name”, or “First name” and “Last name”.</source>
            <translation>Choose the column with the name: “Full name”, or “First name” and “Last name”.</translation>
        </message>
        <message>
            <source>Choose the column with the company name.</source>
            <translation>Choose the column with the company name.</translation>
        </message>
        <message>
            <source>“{field}” is chosen for more than one column; only the first filled one is used.</source>
            <translation>“{field}” is chosen for more than one column; only the first filled one is used.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Updates “{name}”</source>
            <translation>Updates “{name}”</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>Corrected; checking again…</source>
            <translation>Corrected; checking again…</translation>
        </message>
        <message>
            <source>In the file: {value}</source>
            <translation>In the file: {value}</translation>
        </message>
        <message>
            <source>Row {row} of the sheet</source>
            <translation>Row {row} of the sheet</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>What happens</translation>
        </message>
        <message>
            <source>From the column “{name}”</source>
            <translation>From the column “{name}”</translation>
        </message>
        <message>
            <source>Skip them (they are listed with the rows not imported)</source>
            <translation>Skip them (they are listed with the rows not imported)</translation>
        </message>
        <message>
            <source>Update the existing record with the sheet's values</source>
            <translation>Update the existing record with the sheet's values</translation>
        </message>
        <message>
            <source>Import them anyway as new records</source>
            <translation>Import them anyway as new records</translation>
        </message>
        <message>
            <source>Rows that match a record already in the database</source>
            <translation>Rows that match a record already in the database</translation>
        </message>
        <message>
            <source>Match on:</source>
            <translation>Match on:</translation>
        </message>
        <message>
            <source>Every imported record gets</source>
            <translation>Every imported record gets</translation>
        </message>
        <message>
            <source>Stage from the file, else “{stage}”</source>
            <translation>Stage from the file, else “{stage}”</translation>
        </message>
        <message>
            <source>Owner from the file, else whoever imports</source>
            <translation>Owner from the file, else whoever imports</translation>
        </message>
        <message>
            <source>For example: Book fair 1403</source>
            <translation>For example: Book fair 1403</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Check before importing</translation>
        </message>
        <message>
            <source>Every row is checked; nothing is written yet. Double-click a red cell to correct it.</source>
            <translation>Every row is checked; nothing is written yet. Double-click a red cell to correct it.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Check every row again (nothing is written)</source>
            <translation>Check every row again (nothing is written)</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>Updates</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Checking every row…</translation>
        </message>
        <message>
            <source>The check was stopped.</source>
            <translation>The check was stopped.</translation>
        </message>
        <message>
            <source>{rows} rows checked in {seconds} seconds.</source>
            <translation>{rows} rows checked in {seconds} seconds.</translation>
        </message>
        <message>
            <source>No row would be imported: correct the red cells, change the choices above, or go back and match the columns again.</source>
            <translation>No row would be imported: correct the red cells, change the choices above, or go back and match the columns again.</translation>
        </message>
        <message>
            <source>The first {shown} rows are shown; all {rows} were checked. Rows not imported can be saved to a workbook at the end.</source>
            <translation>The first {shown} rows are shown; all {rows} were checked. Rows not imported can be saved to a workbook at the end.</translation>
        </message>
        <message>
            <source>Red rows are not imported unless corrected here; they can be saved to a workbook at the end.</source>
            <translation>Red rows are not imported unless corrected here; they can be saved to a workbook at the end.</translation>
        </message>
        <message>
            <source>The records are written in one go: all of them, or none if the import is cancelled.</source>
            <translation>The records are written in one go: all of them, or none if the import is cancelled.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Skipped as duplicates</source>
            <translation>Skipped as duplicates</translation>
        </message>
        <message>
            <source>Not imported (invalid)</source>
            <translation>Not imported (invalid)</translation>
        </message>
        <message>
            <source>Save the rows that were not imported…</source>
            <translation>Save the rows that were not imported…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>Back to the check</source>
            <translation>Back to the check</translation>
        </message>
        <message>
            <source>Changed your mind? Settings → Imports can undo this import as a whole.</source>
            <translation>Changed your mind? Settings → Imports can undo this import as a whole.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Writing the records…</source>
            <translation>Writing the records…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>Cancelled: nothing was imported.</translation>
        </message>
        <message>
            <source>Done: {count} records imported from “{file}”.</source>
            <translation>Done: {count} records imported from “{file}”.</translation>
        </message>
        <message>
            <source>{rows} rows read in {seconds} seconds.</source>
            <translation>{rows} rows read in {seconds} seconds.</translation>
        </message>
        <message>
            <source>{count} companies were added for the people who work there.</source>
            <translation>{count} companies were added for the people who work there.</translation>
        </message>
        <message>
            <source>{count} rows were not imported; save them to a workbook, fix them there and import that file.</source>
            <translation>{count} rows were not imported; save them to a workbook, fix them there and import that file.</translation>
        </message>
        <message>
            <source>{name} - not imported.xlsx</source>
            <translation>{name} - not imported.xlsx</translation>
        </message>
        <message>
            <source>Save the rows not imported</source>
            <translation>Save the rows not imported</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Writing the workbook…</translation>
        </message>
        <message>
            <source>{count} rows saved to {path}.</source>
            <translation>{count} rows saved to {path}.</translation>
        </message>
        <message>
            <source>The header row: its titles name the columns.</source>
            <translation>The header row: its titles name the columns.</translation>
        </message>
        <message>
            <source>Above the header row: not imported.</source>
            <translation>Above the header row: not imported.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Knowledge</name>
        <message>
            <source>{name} (retired)</source>
            <translation>{name} (retired)</translation>
        </message>
        <message>
            <source>Edit article</source>
            <translation>Edit article</translation>
        </message>
        <message>
            <source>New article</source>
            <translation>New article</translation>
        </message>
        <message>
            <source>The question as customers ask it</source>
            <translation>The question as customers ask it</translation>
        </message>
        <message>
            <source>The answer staff give (they can copy it into a reply)</source>
            <translation>The answer staff give (they can copy it into a reply)</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(no category)</translation>
        </message>
        <message>
            <source>Words to find it by, separated by commas</source>
            <translation>Words to find it by, separated by commas</translation>
        </message>
        <message>
            <source>Published: suggested on cases</source>
            <translation>Published: suggested on cases</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Times used</source>
            <translation>Times used</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Cases it was used on: {count}</source>
            <translation>Cases it was used on: {count}</translation>
        </message>
        <message>
            <source>A draft is not suggested on cases until it is published.</source>
            <translation>A draft is not suggested on cases until it is published.</translation>
        </message>
        <message>
            <source>Knowledge bank</source>
            <translation>Knowledge bank</translation>
        </message>
        <message>
            <source>The office's answers to the questions customers ask: find one, read it, copy it into a reply.</source>
            <translation>The office's answers to the questions customers ask: find one, read it, copy it into a reply.</translation>
        </message>
        <message>
            <source>Search questions, answers and tags</source>
            <translation>Search questions, answers and tags</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Published only</source>
            <translation>Published only</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>The first {count} articles are shown: type to narrow the list</source>
            <translation>The first {count} articles are shown: type to narrow the list</translation>
        </message>
        <message>
            <source>Articles found: {count}</source>
            <translation>Articles found: {count}</translation>
        </message>
        <message>
            <source>Articles: {count}</source>
            <translation>Articles: {count}</translation>
        </message>
        <message>
            <source>No article matches. Try fewer or other words.</source>
            <translation>No article matches. Try fewer or other words.</translation>
        </message>
        <message>
            <source>The knowledge bank is empty. Add the answers your office gives most often with “New article”.</source>
            <translation>The knowledge bank is empty. Add the answers your office gives most often with “New article”.</translation>
        </message>
        <message>
            <source>Delete article</source>
            <translation>Delete article</translation>
        </message>
        <message>
            <source>Delete the article “{question}”? It will no longer be found or suggested; the cases it was used on keep their note of it.</source>
            <translation>Delete the article “{question}”? It will no longer be found or suggested; the cases it was used on keep their note of it.</translation>
        </message>
        <message>
            <source>Copy answer</source>
            <translation>Copy answer</translation>
        </message>
        <message>
            <source>Put the answer on the clipboard to paste it into a reply</source>
            <translation>Put the answer on the clipboard to paste it into a reply</translation>
        </message>
        <message>
            <source>The answer is on the clipboard.</source>
            <translation>The answer is on the clipboard.</translation>
        </message>
        <message>
            <source>Choose an article to read its answer.</source>
            <translation>Choose an article to read its answer.</translation>
        </message>
        <message>
            <source>Category: {name}</source>
            <translation>Category: {name}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Tags: {tags}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Undone</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Contact detail</source>
            <translation>Contact detail</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Tag on a record</source>
            <translation>Tag on a record</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>National code</source>
            <translation>National code</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>National ID</translation>
        </message>
        <message>
            <source>Economic code</source>
            <translation>Economic code</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primary</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Pinned</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Full name or company name</source>
            <translation>Full name or company name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Last interaction</source>
            <translation>Last interaction</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>Customer code</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Last changed</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Added by</translation>
        </message>
        <message>
            <source>Record ID</source>
            <translation>Record ID</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Record type</translation>
        </message>
        <message>
            <source>Record number</source>
            <translation>Record number</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Not set</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Solar Hijri (Jalali)</source>
            <translation>Solar Hijri (Jalali)</translation>
        </message>
        <message>
            <source>Gregorian</source>
            <translation>Gregorian</translation>
        </message>
        <message>
            <source>Persian digits (۱۲۳)</source>
            <translation>Persian digits (۱۲۳)</translation>
        </message>
        <message>
            <source>Latin digits (123)</source>
            <translation>Latin digits (123)</translation>
        </message>
        <message>
            <source>Toman</source>
            <translation>Toman</translation>
        </message>
        <message>
            <source>Rial</source>
            <translation>Rial</translation>
        </message>
    </context>
    <context>
        <name>Leads</name>
        <message>
            <source>same phone</source>
            <translation>same phone</translation>
        </message>
        <message>
            <source>same email</source>
            <translation>same email</translation>
        </message>
        <message>
            <source>same company name</source>
            <translation>same company name</translation>
        </message>
        <message>
            <source>Convert lead</source>
            <translation>Convert lead</translation>
        </message>
        <message>
            <source>Make “{name}” a customer and open a deal.</source>
            <translation>Make “{name}” a customer and open a deal.</translation>
        </message>
        <message>
            <source>Link to {name} ({why})</source>
            <translation>Link to {name} ({why})</translation>
        </message>
        <message>
            <source>Make a new customer from the lead</source>
            <translation>Make a new customer from the lead</translation>
        </message>
        <message>
            <source>Open a deal</source>
            <translation>Open a deal</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Deal title</translation>
        </message>
        <message>
            <source>Amount in {unit}</source>
            <translation>Amount in {unit}</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Type the amount as a number, e.g. {example}.</source>
            <translation>Type the amount as a number, e.g. {example}.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Convert</source>
            <translation>Convert</translation>
        </message>
        <message>
            <source>Edit lead</source>
            <translation>Edit lead</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>New lead</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>Interested in</translation>
        </message>
        <message>
            <source>(not known)</source>
            <translation>(not known)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contacted</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Qualified</translation>
        </message>
        <message>
            <source>Disqualified</source>
            <translation>Disqualified</translation>
        </message>
        <message>
            <source>Converted</source>
            <translation>Converted</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Win chance</source>
            <translation>Win chance</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Too few won and lost deals yet to learn from; this is the office average.</source>
            <translation>Too few won and lost deals yet to learn from; this is the office average.</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>First contacts of possible customers: qualify them, then convert them into deals.</source>
            <translation>First contacts of possible customers: qualify them, then convert them into deals.</translation>
        </message>
        <message>
            <source>Search name, company, phone or email</source>
            <translation>Search name, company, phone or email</translation>
        </message>
        <message>
            <source>Open leads</source>
            <translation>Open leads</translation>
        </message>
        <message>
            <source>All leads</source>
            <translation>All leads</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>All sources</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Mark contacted</source>
            <translation>Mark contacted</translation>
        </message>
        <message>
            <source>Qualify…</source>
            <translation>Qualify…</translation>
        </message>
        <message>
            <source>Disqualify…</source>
            <translation>Disqualify…</translation>
        </message>
        <message>
            <source>Convert…</source>
            <translation>Convert…</translation>
        </message>
        <message>
            <source>{count} leads</source>
            <translation>{count} leads</translation>
        </message>
        <message>
            <source>Disqualify lead</source>
            <translation>Disqualify lead</translation>
        </message>
        <message>
            <source>Why is this lead not a real prospect?</source>
            <translation>Why is this lead not a real prospect?</translation>
        </message>
        <message>
            <source>Qualify lead</source>
            <translation>Qualify lead</translation>
        </message>
        <message>
            <source>Answers about “{name}”</source>
            <translation>Answers about “{name}”</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(not answered)</translation>
        </message>
        <message>
            <source>Mark the lead qualified</source>
            <translation>Mark the lead qualified</translation>
        </message>
        <message>
            <source>Score: {score} of 100</source>
            <translation>Score: {score} of 100</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>My day</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <source>Funnel report</source>
            <translation>Funnel report</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Complaints report</source>
            <translation>Complaints report</translation>
        </message>
        <message>
            <source>Knowledge bank</source>
            <translation>Knowledge bank</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>CRM Desktop</source>
            <translation>CRM Desktop</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Database: {name}</translation>
        </message>
        <message>
            <source>Signed in as {name}</source>
            <translation>Signed in as {name}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Find a customer…</source>
            <translation>&amp;Find a customer…</translation>
        </message>
        <message>
            <source>&amp;Log a call…</source>
            <translation>&amp;Log a call…</translation>
        </message>
        <message>
            <source>&amp;Schedule an activity…</source>
            <translation>&amp;Schedule an activity…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About CRM Desktop</source>
            <translation>&amp;About CRM Desktop</translation>
        </message>
        <message>
            <source>About CRM Desktop</source>
            <translation>About CRM Desktop</translation>
        </message>
        <message>
            <source>CRM Desktop {version}
Customer relationship management for small offices, offline first, in Persian and English.</source>
            <translation>CRM Desktop {version}
Customer relationship management for small offices, offline first, in Persian and English.</translation>
        </message>
    </context>
    <context>
        <name>MyDay</name>
        <message>
            <source>Deal: {title}</source>
            <translation>Deal: {title}</translation>
        </message>
        <message>
            <source>Case {number}</source>
            <translation>Case {number}</translation>
        </message>
        <message>
            <source>No customer</source>
            <translation>No customer</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Yesterday</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Tomorrow</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>No date</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>All day</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>{priority} priority</source>
            <translation>{priority} priority</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Repeats</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Coming up</translation>
        </message>
        <message>
            <source>Done today</source>
            <translation>Done today</translation>
        </message>
        <message>
            <source>Nothing overdue. Well done.</source>
            <translation>Nothing overdue. Well done.</translation>
        </message>
        <message>
            <source>Everything due today is done.</source>
            <translation>Everything due today is done.</translation>
        </message>
        <message>
            <source>Nothing else is due today.</source>
            <translation>Nothing else is due today.</translation>
        </message>
        <message>
            <source>Nobody has anything else due today.</source>
            <translation>Nobody has anything else due today.</translation>
        </message>
        <message>
            <source>Nothing planned for the next 7 days. Schedule a follow-up with New activity.</source>
            <translation>Nothing planned for the next 7 days. Schedule a follow-up with New activity.</translation>
        </message>
        <message>
            <source>Nothing done yet today. Tick an activity when it is done.</source>
            <translation>Nothing done yet today. Tick an activity when it is done.</translation>
        </message>
        <message>
            <source>The first {shown} of {total}</source>
            <translation>The first {shown} of {total}</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <source>Call with {name} done</source>
            <translation>Call with {name} done</translation>
        </message>
        <message>
            <source>Meeting with {name} done</source>
            <translation>Meeting with {name} done</translation>
        </message>
        <message>
            <source>“{subject}” done</source>
            <translation>“{subject}” done</translation>
        </message>
        <message>
            <source>Add outcome…</source>
            <translation>Add outcome…</translation>
        </message>
        <message>
            <source>Schedule follow-up…</source>
            <translation>Schedule follow-up…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>New activity</translation>
        </message>
        <message>
            <source>Schedule a call, meeting or task (Ctrl+N)</source>
            <translation>Schedule a call, meeting or task (Ctrl+N)</translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>Log a call</translation>
        </message>
        <message>
            <source>Team workload</source>
            <translation>Team workload</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>My day</translation>
        </message>
        <message>
            <source>Showing</source>
            <translation>Showing</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Coming up (7 days)</source>
            <translation>Coming up (7 days)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Me</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>{weekday}, {date}</source>
            <translation>{weekday}, {date}</translation>
        </message>
        <message>
            <source>Marked as done.</source>
            <translation>Marked as done.</translation>
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
            <translation>Queued at</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Edit message</source>
            <translation>Edit message</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Sent at</source>
            <translation>Sent at</translation>
        </message>
        <message>
            <source>Why it failed</source>
            <translation>Why it failed</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Correct the text before it is sent</source>
            <translation>Correct the text before it is sent</translation>
        </message>
        <message>
            <source>Cancel message</source>
            <translation>Cancel message</translation>
        </message>
        <message>
            <source>Keep this message from being sent (it stays here, marked cancelled)</source>
            <translation>Keep this message from being sent (it stays here, marked cancelled)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>Queue the failed message again</source>
            <translation>Queue the failed message again</translation>
        </message>
        <message>
            <source>Choose a message to read it in full.</source>
            <translation>Choose a message to read it in full.</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <source>Messages to customers about their cases, newest first: what waits to be sent, what went out and what failed.</source>
            <translation>Messages to customers about their cases, newest first: what waits to be sent, what went out and what failed.</translation>
        </message>
        <message>
            <source>Nothing is sent from here yet: sending text messages and emails comes with the messaging feature. Until then the outbox keeps what would go out, so you can correct or cancel it.</source>
            <translation>Nothing is sent from here yet: sending text messages and emails comes with the messaging feature. Until then the outbox keeps what would go out, so you can correct or cancel it.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>{label} ({count})</source>
            <translation>{label} ({count})</translation>
        </message>
        <message>
            <source>No messages here.</source>
            <translation>No messages here.</translation>
        </message>
        <message>
            <source>The outbox is empty. Messages to customers appear here when a case is received or resolved (as chosen in the settings).</source>
            <translation>The outbox is empty. Messages to customers appear here when a case is received or resolved (as chosen in the settings).</translation>
        </message>
        <message>
            <source>Cancel this message? It will not be sent; it stays in the outbox, marked cancelled.</source>
            <translation>Cancel this message? It will not be sent; it stays in the outbox, marked cancelled.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>National code</source>
            <translation>National code</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Phones, emails, addresses</source>
            <translation>Phones, emails, addresses</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Pick the company from the list, or clear the field.</source>
            <translation>Pick the company from the list, or clear the field.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete “{name}”? It can be restored right after.</source>
            <translation>Delete “{name}”? It can be restored right after.</translation>
        </message>
    </context>
    <context>
        <name>PointKinds</name>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>PointsEditor</name>
        <message>
            <source>label, e.g. work</source>
            <translation>label, e.g. work</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primary</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>+ Mobile</source>
            <translation>+ Mobile</translation>
        </message>
        <message>
            <source>+ Phone</source>
            <translation>+ Phone</translation>
        </message>
        <message>
            <source>+ Email</source>
            <translation>+ Email</translation>
        </message>
        <message>
            <source>+ Address</source>
            <translation>+ Address</translation>
        </message>
        <message>
            <source>+ Other</source>
            <translation>+ Other</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>New deal</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>New complaint</translation>
        </message>
        <message>
            <source>Log a call</source>
            <translation>Log a call</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>Schedule…</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Write a note…</source>
            <translation>Write a note…</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>National code</source>
            <translation>National code</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>National ID</translation>
        </message>
        <message>
            <source>Economic code</source>
            <translation>Economic code</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>No people linked yet.</source>
            <translation>No people linked yet.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{date} by {user}</source>
            <translation>{date} by {user}</translation>
        </message>
        <message>
            <source>No phone, email or address yet.</source>
            <translation>No phone, email or address yet.</translation>
        </message>
        <message>
            <source>{kind} ({label})</source>
            <translation>{kind} ({label})</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copied {text}</source>
            <translation>Copied {text}</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Open deals</translation>
        </message>
        <message>
            <source>{count} · {total}</source>
            <translation>{count} · {total}</translation>
        </message>
        <message>
            <source>Won deals (lifetime value)</source>
            <translation>Won deals (lifetime value)</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>Open activities</source>
            <translation>Open activities</translation>
        </message>
        <message>
            <source>{count} ({overdue} overdue)</source>
            <translation>{count} ({overdue} overdue)</translation>
        </message>
    </context>
    <context>
        <name>QuickSearch</name>
        <message>
            <source>Find a customer</source>
            <translation>Find a customer</translation>
        </message>
        <message>
            <source>Name, phone, email or national code…</source>
            <translation>Name, phone, email or national code…</translation>
        </message>
        <message>
            <source>{name}   —   {details}</source>
            <translation>{name}   —   {details}</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nothing found.</translation>
        </message>
        <message>
            <source>↑ ↓ to choose, Enter to open, Esc to close</source>
            <translation>↑ ↓ to choose, Enter to open, Esc to close</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>{count} reminders</source>
            <translation>{count} reminders</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>1 activity is overdue</source>
            <translation>1 activity is overdue</translation>
        </message>
        <message>
            <source>{count} activities are overdue</source>
            <translation>{count} activities are overdue</translation>
        </message>
        <message>
            <source>Show reminders</source>
            <translation>Show reminders</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>My day</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 day</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} days</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hour</translation>
        </message>
        <message>
            <source>{count} hours</source>
            <translation>{count} hours</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 minute</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} minutes</translation>
        </message>
        <message>
            <source>No reminder</source>
            <translation>No reminder</translation>
        </message>
        <message>
            <source>At the due time</source>
            <translation>At the due time</translation>
        </message>
        <message>
            <source>{span} before</source>
            <translation>{span} before</translation>
        </message>
        <message>
            <source>Tomorrow, same time</source>
            <translation>Tomorrow, same time</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>overdue since {date}</source>
            <translation>overdue since {date}</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>tomorrow</translation>
        </message>
        <message>
            <source>due now</source>
            <translation>due now</translation>
        </message>
        <message>
            <source>in {count} min</source>
            <translation>in {count} min</translation>
        </message>
        <message>
            <source>{count} min ago</source>
            <translation>{count} min ago</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>at {time}</translation>
        </message>
        <message>
            <source>overdue since {time}</source>
            <translation>overdue since {time}</translation>
        </message>
        <message>
            <source>on {date} at {time}</source>
            <translation>on {date} at {time}</translation>
        </message>
        <message>
            <source>overdue since {date} at {time}</source>
            <translation>overdue since {date} at {time}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Close (the reminders stay)</source>
            <translation>Close (the reminders stay)</translation>
        </message>
        <message>
            <source>Open My day</source>
            <translation>Open My day</translation>
        </message>
        <message>
            <source>No reminders are due now.</source>
            <translation>No reminders are due now.</translation>
        </message>
        <message>
            <source>Snooze all</source>
            <translation>Snooze all</translation>
        </message>
        <message>
            <source>Dismiss all</source>
            <translation>Dismiss all</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Snooze</translation>
        </message>
        <message>
            <source>Remind again tomorrow at the same time</source>
            <translation>Remind again tomorrow at the same time</translation>
        </message>
        <message>
            <source>Remind again in {span}</source>
            <translation>Remind again in {span}</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>and {count} more</translation>
        </message>
        <message>
            <source>Reminders ({count})</source>
            <translation>Reminders ({count})</translation>
        </message>
    </context>
    <context>
        <name>RemindersSettings</name>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>Show a reminder window in the corner of the screen</source>
            <translation>Show a reminder window in the corner of the screen</translation>
        </message>
        <message>
            <source>Show a system notification</source>
            <translation>Show a system notification</translation>
        </message>
        <message>
            <source>This computer shows no system notifications; the reminder window is shown instead.</source>
            <translation>This computer shows no system notifications; the reminder window is shown instead.</translation>
        </message>
        <message>
            <source>Say how many activities are overdue</source>
            <translation>Say how many activities are overdue</translation>
        </message>
        <message>
            <source>Default reminder for new activities</source>
            <translation>Default reminder for new activities</translation>
        </message>
        <message>
            <source>Default snooze</source>
            <translation>Default snooze</translation>
        </message>
        <message>
            <source>When a reminder is due</source>
            <translation>When a reminder is due</translation>
        </message>
        <message>
            <source>When the app starts</source>
            <translation>When the app starts</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>These are your own choices; everyone who signs in has theirs. The reminder time is the one a new activity starts with; each activity can still have its own. A reminder never takes the keyboard from what you are typing.</source>
            <translation>These are your own choices; everyone who signs in has theirs. The reminder time is the one a new activity starts with; each activity can still have its own. A reminder never takes the keyboard from what you are typing.</translation>
        </message>
    </context>
    <context>
        <name>Routing</name>
        <message>
            <source>No routing rule matched.</source>
            <translation>No routing rule matched.</translation>
        </message>
        <message>
            <source>Rule «{rule}»: {conditions} → {target}</source>
            <translation>Rule «{rule}»: {conditions} → {target}</translation>
        </message>
        <message>
            <source>any case</source>
            <translation>any case</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>category is {value}</source>
            <translation>category is {value}</translation>
        </message>
        <message>
            <source>product contains “{value}”</source>
            <translation>product contains “{value}”</translation>
        </message>
        <message>
            <source>channel is {value}</source>
            <translation>channel is {value}</translation>
        </message>
        <message>
            <source>city is {value}</source>
            <translation>city is {value}</translation>
        </message>
        <message>
            <source>province is {value}</source>
            <translation>province is {value}</translation>
        </message>
        <message>
            <source>customer is tagged {value}</source>
            <translation>customer is tagged {value}</translation>
        </message>
        <message>
            <source>customer's won deals total at least {value}</source>
            <translation>customer's won deals total at least {value}</translation>
        </message>
        <message>
            <source>team {team} (round-robin: {user})</source>
            <translation>team {team} (round-robin: {user})</translation>
        </message>
        <message>
            <source>team {team} (fewest open cases: {user}, {count} open)</source>
            <translation>team {team} (fewest open cases: {user}, {count} open)</translation>
        </message>
        <message>
            <source>team {team} (no active member: left unassigned in the team's queue)</source>
            <translation>team {team} (no active member: left unassigned in the team's queue)</translation>
        </message>
        <message>
            <source>{reason} Skipped because their person is inactive: {rules}.</source>
            <translation>{reason} Skipped because their person is inactive: {rules}.</translation>
        </message>
        <message>
            <source>{reason} Skipped because their team was deleted: {rules}.</source>
            <translation>{reason} Skipped because their team was deleted: {rules}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>Digits</translation>
        </message>
        <message>
            <source>Show amounts in</source>
            <translation>Show amounts in</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Amounts are always stored in Rial; this only changes how they are shown. Applying redraws the window in the chosen language.</source>
            <translation>Amounts are always stored in Rial; this only changes how they are shown. Applying redraws the window in the chosen language.</translation>
        </message>
        <message>
            <source>Today: {date} ({long_date}) · Amount: {amount}</source>
            <translation>Today: {date} ({long_date}) · Amount: {amount}</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>Schema version</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>App version</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Automatic backups</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Log file</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Open data folder</translation>
        </message>
        <message>
            <source>Before the database is upgraded to a new version, a copy is saved in the backups folder.</source>
            <translation>Before the database is upgraded to a new version, a copy is saved in the backups folder.</translation>
        </message>
        <message>
            <source>Every change made in CRM Desktop, newest first: who made it, when, and the values before and after.</source>
            <translation>Every change made in CRM Desktop, newest first: who made it, when, and the values before and after.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>Change history</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Imports</translation>
        </message>
        <message>
            <source>Sales funnel</source>
            <translation>Sales funnel</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
    </context>
    <context>
        <name>TargetsSettings</name>
        <message>
            <source>Targets and teams</source>
            <translation>Targets and teams</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Copy last period’s targets</source>
            <translation>Copy last period’s targets</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>A target is the amount of deals to win in the period, counted on the day a deal is won. Type it in {unit} in the Target column; empty it to remove the target.</source>
            <translation>A target is the amount of deals to win in the period, counted on the day a deal is won. Type it in {unit} in the Target column; empty it to remove the target.</translation>
        </message>
        <message>
            <source>Copied {count} targets from {period}.</source>
            <translation>Copied {count} targets from {period}.</translation>
        </message>
        <message>
            <source>Nothing to copy from {period}.</source>
            <translation>Nothing to copy from {period}.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Won so far</source>
            <translation>Won so far</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Type the target in {unit}; leave it empty to remove it.</source>
            <translation>Type the target in {unit}; leave it empty to remove it.</translation>
        </message>
        <message>
            <source>Type the target as an amount, e.g. {example}.</source>
            <translation>Type the target as an amount, e.g. {example}.</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>Team name</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>No teams yet. Type a name and press Add, then tick the team’s members: a team’s won amount is the sum of its members’.</source>
            <translation>No teams yet. Type a name and press Add, then tick the team’s members: a team’s won amount is the sum of its members’.</translation>
        </message>
        <message>
            <source>A team’s won amount is the sum of its members’.</source>
            <translation>A team’s won amount is the sum of its members’.</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Members of “{team}”</source>
            <translation>Members of “{team}”</translation>
        </message>
        <message>
            <source>Delete team</source>
            <translation>Delete team</translation>
        </message>
        <message>
            <source>Delete the team “{name}”?</source>
            <translation>Delete the team “{name}”?</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Pinned note</source>
            <translation>Pinned note</translation>
        </message>
        <message>
            <source>Added to the customers</source>
            <translation>Added to the customers</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Duplicates merged into this record</source>
            <translation>Duplicates merged into this record</translation>
        </message>
        <message>
            <source>Stage: {old} → {new}</source>
            <translation>Stage: {old} → {new}</translation>
        </message>
        <message>
            <source>Owner: {old} → {new}</source>
            <translation>Owner: {old} → {new}</translation>
        </message>
        <message>
            <source>Details changed</source>
            <translation>Details changed</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Record history</source>
            <translation>Record history</translation>
        </message>
        <message>
            <source>Planned: {title}</source>
            <translation>Planned: {title}</translation>
        </message>
        <message>
            <source>Overdue: {title}</source>
            <translation>Overdue: {title}</translation>
        </message>
        <message>
            <source>Task done: {title}</source>
            <translation>Task done: {title}</translation>
        </message>
        <message>
            <source>{title} at {place}</source>
            <translation>{title} at {place}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Click to open</source>
            <translation>Click to open</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <source>Nothing here yet.</source>
            <translation>Nothing here yet.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Deal opened: {title}</source>
            <translation>Deal opened: {title}</translation>
        </message>
        <message>
            <source>{amount} · {stage}</source>
            <translation>{amount} · {stage}</translation>
        </message>
        <message>
            <source>Deal moved from {old} to {new}: {title}</source>
            <translation>Deal moved from {old} to {new}: {title}</translation>
        </message>
        <message>
            <source>Deal reopened ({old} → {new}): {title}</source>
            <translation>Deal reopened ({old} → {new}): {title}</translation>
        </message>
        <message>
            <source>Deal won: {title}</source>
            <translation>Deal won: {title}</translation>
        </message>
        <message>
            <source>Deal lost: {title}</source>
            <translation>Deal lost: {title}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>{kind} {number} opened: {subject}</source>
            <translation>{kind} {number} opened: {subject}</translation>
        </message>
        <message>
            <source>By {channel}</source>
            <translation>By {channel}</translation>
        </message>
        <message>
            <source>Case {number} resolved: {subject}</source>
            <translation>Case {number} resolved: {subject}</translation>
        </message>
        <message>
            <source>Case {number} closed: {subject}</source>
            <translation>Case {number} closed: {subject}</translation>
        </message>
        <message>
            <source>Case {number} reopened: {subject}</source>
            <translation>Case {number} reopened: {subject}</translation>
        </message>
        <message>
            <source>Case {number} rated {score} of 5</source>
            <translation>Case {number} rated {score} of 5</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB</translation>
        </message>
        <message>
            <source>GB</source>
            <translation>GB</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Please wait</translation>
        </message>
    </context>
    <context>
        <name>Workload</name>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Others</translation>
        </message>
        <message>
            <source>Nothing was done in these periods yet.</source>
            <translation>Nothing was done in these periods yet.</translation>
        </message>
        <message>
            <source>Activities done per person each week</source>
            <translation>Activities done per person each week</translation>
        </message>
        <message>
            <source>Activities done per person each month</source>
            <translation>Activities done per person each month</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Due this week</translation>
        </message>
        <message>
            <source>Done in the period</source>
            <translation>Done in the period</translation>
        </message>
        <message>
            <source>Done in the period before</source>
            <translation>Done in the period before</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Custom range</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation>Working out the figures…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>the week from {day}</source>
            <translation>the week from {day}</translation>
        </message>
        <message>
            <source>Done in {period}; the period before: {before}</source>
            <translation>Done in {period}; the period before: {before}</translation>
        </message>
    </context>
</TS>
