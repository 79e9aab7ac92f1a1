"""Attendance: lateness, leaving early and absence (internal regulation 6.1–6.3, 6.9, 13.3.1.3)."""
