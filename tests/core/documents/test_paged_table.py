"""The ruled table's paging: a group heading never ends a page apart from its first row."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from core.documents.fonts import default_font_dir, register_fonts
from core.documents.layout import para, styles
from core.documents.paged_table import Row, ruled_table

SIZE = 9.0
FRAME = 100 * mm


@pytest.fixture(autouse=True)
def fonts() -> None:
    register_fonts(default_font_dir())


def _schedule(groups: int, lines: int) -> tuple[list[Row], list[int]]:
    st = styles(SIZE)
    rows: list[Row] = [[[para("№", st.body)], [para("Нэр", st.body)]]]
    spans: list[int] = []
    for group in range(groups):
        spans.append(len(rows))
        rows.append([[], [para(f"Хэлтэс {group + 1}", st.bold)]])
        rows.extend([[para(str(n), st.body)], [para(f"Ажилтан {group}-{n}", st.body)]] for n in range(lines))
    return rows, spans


@pytest.mark.parametrize("height", [h * mm for h in range(20, 100, 3)])
def test_a_heading_is_never_the_last_row_of_a_page(height: float) -> None:
    rows, spans = _schedule(groups=6, lines=3)
    table = ruled_table(rows, [20 * mm, 80 * mm], header=True, spans=spans, cell_size=SIZE, frame_height=FRAME,
                        min_row_part=3 * SIZE)
    table.wrap(100 * mm, height)
    parts = table.split(100 * mm, height)
    if len(parts) == 2:
        first_rows = parts[0]._nrows
        assert first_rows - 1 not in spans  # the heading moved on with its first employee
        assert first_rows + parts[1]._nrows - 1 == len(rows)  # the header repeats; nothing is lost
