"""Activities, my day, the calendar and reminders: the screens over services/activities."""
