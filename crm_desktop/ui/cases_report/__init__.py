"""The Complaints report area: response and resolution times in working hours, SLA compliance, the
backlog, satisfaction, what is complained about and the weekly volume forecast of a period."""
