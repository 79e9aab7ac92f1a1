"""Performance contracts (үр дүнгийн гэрээ, section 7) and what their evaluation leads to (12.2, 12.8, 13)."""
