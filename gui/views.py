"""One look for every list in the app: compact rows, alternating colours, whole-row selection."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget


def configure_list_view(view: QTableView) -> None:
    """Read-only, one row at a time, rows as high as the text needs."""
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)


def size_columns(view: QTableView, widths: Mapping[int, int], *, stretch: int) -> None:
    """Give columns their widths, never narrower than the translated header, so no title is clipped."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold section heading (plain text, so a translation can never break markup)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def wrapped_label(parent: QWidget, name: str, text: str = "") -> QLabel:
    """A label tests find by ``name``; it wraps, so a long Mongolian line never widens its dialog."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label
