"""Keep personal data out of the log file (regulation section 5; reliability.md §4.5).

Tamga's own log lines name records by id only. What can still carry a name, a registration
number or a phone is text Tamga did not write: an exception message (a database error quotes
the values it refused) or a traceback. :class:`PersonalDataFilter` sits on the log file's
handler and blanks, in the message and the traceback, every run of Cyrillic letters (names,
addresses, the РД's letters, Mongolian messages), every run of six or more digits (the РД's
digits, phones) and every e-mail address. The log keeps what a developer needs: the
exception type, the file and line, ids and Latin SQL.
"""

from __future__ import annotations

import logging
import re

REDACTED = "<…>"

_PERSONAL = re.compile(
    r"[\u0400-\u04FF]+(?:[\s.,\-]*[\u0400-\u04FF]+)*"  # Cyrillic words, kept together with their spaces
    r"|\d{6,}"  # the РД's eight digits, phone numbers
    r"|[^\s@'\"]+@[^\s@'\"]+\.\w+"  # e-mail addresses
)


def redact(text: str) -> str:
    """*text* with Cyrillic words, long digit runs and e-mail addresses replaced by ``<…>``."""
    return _PERSONAL.sub(REDACTED, text)


class PersonalDataFilter(logging.Filter):
    """A handler filter that rewrites each record with its personal data blanked; drops nothing."""

    def __init__(self) -> None:
        super().__init__()
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
