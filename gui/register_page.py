"""The monthly leave register (6.10): pick a month, see each person's leaves and totals, export or print.

The register is read in the background (500 people take up to a second), and so are the
PDF and the .xlsx: the window never freezes (house style 19).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core import services
from core.documents.models import RegisterDocument
from core.i18n import _, ngettext
from core.leave.durations import format_duration
from core.ports import UnitOfWorkFactory
from gui.confirm import show_notice
from gui.documents import register_pdf, register_xlsx
from gui.pdf_preview_dialog import PdfPreviewDialog, open_preview
from gui.register_model import RegisterColumn, RegisterTableModel
from gui.save_file import ask_save_path
from gui.settings import GuiSettings
from gui.tasks import EXPORT_NOT_WRITTEN, BackgroundTask, run_in_background
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button
from gui.widgets.period_pickers import month_combo, year_spin


class RegisterPage(QWidget):
    """Emits ``loaded`` when the chosen month's register is on screen."""

    loaded = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, settings: GuiSettings, parent: QWidget | None = None, *,
                 load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._settings = settings
        self.document: RegisterDocument | None = None
        self.task: BackgroundTask | None = None
        self._generation = 0
        self.model = RegisterTableModel(self)
        today = date.today()
        self.year_spin = year_spin(self, today.year)
        self.month_combo = month_combo(self, today.month)
        self.month_combo.setMinimumContentsLength(14)
        self.preview_button = action_button(self, _("Pre&view"), self.preview)
        self.pdf_button = action_button(self, _("Export &PDF…"), self.export_pdf)
        self.xlsx_button = action_button(self, _("Export &Excel…"), self.export_xlsx)
        self.title_label = heading("", self)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("totals_label")
        self.view = self._build_view()
        self._build_layout()
        self.year_spin.valueChanged.connect(self.reload)
        self.month_combo.currentIndexChanged.connect(self.reload)
        self._update_buttons()
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("register_view")
        view.setModel(self.model)
        configure_list_view(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # numbers, periods, durations
        for column, width in ((RegisterColumn.NAME, 160), (RegisterColumn.POSITION, 120), (RegisterColumn.UNIT, 140)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # long texts: tooltip shows all
            header.resizeSection(column, width)
        header.setSectionResizeMode(RegisterColumn.REASON, QHeaderView.ResizeMode.Stretch)
        return view

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Year:"), self))
        top.addWidget(self.year_spin)
        top.addWidget(QLabel(_("Month:"), self))
        top.addWidget(self.month_combo)
        top.addSpacing(16)
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            top.addWidget(button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_label)

    def month(self) -> tuple[int, int]:
        return self.year_spin.value(), self.month_combo.value() or 1

    def set_month(self, year: int, month: int) -> None:
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        self.month_combo.set_value(month)
        self.reload()

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> BackgroundTask:
        """Read the chosen month's register off the GUI thread; an answer for an older choice is dropped."""
        self._generation += 1
        generation, (year, month), uow_factory = self._generation, self.month(), self._uow_factory
        self.title_label.setText(_("Reading the register…"))
        self.task = self._run(lambda: services.monthly_register(uow_factory(), year, month),
                              _("Reading the leave register…"), lambda document: self._show(generation, document))
        return self.task

    def _show(self, generation: int, document: object) -> None:
        if generation != self._generation:
            return
        assert isinstance(document, RegisterDocument)
        self.document = document
        self.model.set_document(document)
        self.title_label.setText(document.title)
        per_day = max(document.minutes_per_day, 1)
        overrun = sum(person.overrun_minutes for person in document.people)
        people = ngettext("{count} person", "{count} people", len(document.people)).format(count=len(document.people))
        paid, unpaid, absent = (format_duration(m, per_day) for m in (document.paid_minutes, document.unpaid_minutes,
                                                                       overrun))
        self.totals_label.setText(_("{people} took leave. Paid: {paid}; unpaid: {unpaid}; absence after leave: "
                                    "{overrun}.").format(people=people, paid=paid, unpaid=unpaid, overrun=absent))
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(self.document is not None)

    # -- documents -------------------------------------------------------------------------------

    def _file_name(self, suffix: str) -> str:
        year, month = self.month()
        return _("leave-register-{year}-{month:02d}").format(year=year, month=month) + suffix

    def preview(self) -> BackgroundTask | None:
        document = self.document
        if document is None:
            return None
        return self._run(lambda: register_pdf(document), _("Preparing the preview…"),
                         lambda data: self._show_preview(document, data))

    def _show_preview(self, document: RegisterDocument, data: object) -> None:
        assert isinstance(data, bytes)
        open_preview(PdfPreviewDialog(data, title=document.title, file_name=self._file_name(".pdf"),
                                      settings=self._settings, parent=self))

    def export_pdf(self) -> BackgroundTask | None:
        return self._export(".pdf", register_pdf)

    def export_xlsx(self) -> BackgroundTask | None:
        return self._export(".xlsx", register_xlsx)

    def _export(self, suffix: str, render: Callable[[RegisterDocument], bytes]) -> BackgroundTask | None:
        document = self.document
        if document is None:
            return None
        path = ask_save_path(self, _("Export the leave register"), self._file_name(suffix), self._settings)
        if path is None:
            return None
        return self.export_to(path, render)

    def export_to(self, path: Path, render: Callable[[RegisterDocument], bytes]) -> BackgroundTask:
        document = self.document
        assert document is not None
        return self._run(lambda: path.write_bytes(render(document)), _("Writing the register…"),
                         lambda _size: show_notice(self, _("Export finished"),
                                                   _("The leave register was written to {path}.").format(path=path)))

    def _run(self, work: Callable[[], object], label: str, done: Callable[[Any], object]) -> BackgroundTask:
        return run_in_background(work, label=label, window=self, done=done, write_error=_(EXPORT_NOT_WRITTEN))
