"""Activities, the calendar and reminders: calls, meetings, tasks, messages and notes with
customers, logged or scheduled, assigned, recurring, and brought back when due."""
