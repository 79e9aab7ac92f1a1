"""Leave under section 6 of the office's internal regulation: calendar, rules, slips."""
