"""Machine-readable feeds built from the records: iCalendar for events."""
