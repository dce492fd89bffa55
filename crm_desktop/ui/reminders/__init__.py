"""Reminders while the app runs: the clock that wakes for the next one, the popup that never takes
the keyboard, the system-tray message and the start-up notice of what is overdue."""
