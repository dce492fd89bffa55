"""The complaint queue: cases, routing, SLA on the office's working calendar, the knowledge bank,
messages to customers and the numbers."""
