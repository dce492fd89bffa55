"""The calendar: day, week and month views of the activities (Jalali months and Saturday-first
weeks in Persian), drag to reschedule."""
