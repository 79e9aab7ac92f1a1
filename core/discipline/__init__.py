"""Discipline (сахилга): the sanctions register of regulation section 13 and Civil Service Law art. 48 (issue 7)."""
