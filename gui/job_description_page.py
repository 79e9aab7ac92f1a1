"""Job descriptions: every position with its versions, and what can be done with each.

A position has at most one draft (core's rule), so New, Revise, Copy and Import offer only
positions without one; an approved version is read, revised or printed, never edited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.entities import Department
from core.i18n import _
from core.job_description.entities import DescriptionReading, DescriptionStatus, JobDescription, JobDescriptionSummary
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.text import mongolian_sort_key
from core.validation import ValidationError
from gui import job_description_choices as choices
from gui import job_description_documents as documents
from gui.confirm import confirm_delete, show_refusal
from gui.forms.job_description_dialog import JobDescriptionDialog
from gui.job_description_list_model import DESCRIPTION_ID_ROLE, POSITION_ID_ROLE, JobDescriptionListModel, ListColumn
from gui.job_description_questions import confirm_approve
from gui.position_labels import position_choices
from gui.settings import GuiSettings
from gui.widgets.buttons import action_button

COLUMN_WIDTHS: dict[ListColumn, int] = {ListColumn.STATUS: 150, ListColumn.EFFECTIVE: 120,
                                        ListColumn.APPROVED: 120, ListColumn.IN_FORCE: 90}


def version_label(summary: JobDescriptionSummary) -> str:
    """ "Хэлтсийн дарга, version 2": how messages name a version."""
    return _("{title}, version {version}").format(title=summary.position_title, version=summary.version)


def status_word(summary: JobDescriptionSummary) -> str:
    return _("draft") if summary.status is DescriptionStatus.DRAFT else _("approved")


class JobDescriptionPage(QWidget):
    """Emits ``job_descriptions_changed`` after anything is saved, approved, copied or deleted from here."""

    job_descriptions_changed = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, settings: GuiSettings | None = None,
                 parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._settings = settings
        self._units: list[Department] = []
        self.model = JobDescriptionListModel(self)
        self.documents = documents.JobDescriptionDocuments(uow_factory, settings, self)
        self.last_dialog: JobDescriptionDialog | None = None
        self._build_view()
        self._build_buttons()
        self._build_layout()
        self._update_buttons()
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _build_view(self) -> None:
        view = QTreeView(self)
        view.setObjectName("description_view")
        view.setModel(self.model)
        view.setAlternatingRowColors(True)
        view.setUniformRowHeights(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.activated.connect(self._on_activated)
        view.selectionModel().currentRowChanged.connect(lambda *_args: self._update_buttons())
        self.view = view
        self._size_columns()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)

    def _size_columns(self) -> None:
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ListColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def _build_buttons(self) -> None:
        self.new_button = action_button(self, _("&New…"), self.open_new,
                                        tip=_("A first or next description for a position (Ctrl+N)"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.open_button = action_button(self, _("&Open"), self.open_selected,
                                         tip=_("Edit a draft, or read an approved version (Enter)"))
        self.revise_button = action_button(self, _("&Revise"), self.revise_selected,
                                           tip=_("Start the next version as a draft copy of the approved one"))
        self.copy_button = action_button(self, _("Start &from another…"), self.copy_from_other,
                                         tip=_("A new draft copied from another position's description"))
        self.approve_button = action_button(self, _("&Approve…"), self.approve_selected,
                                            tip=_("Approve the draft; what it still needs is shown in the editor"))
        self.delete_button = action_button(self, _("De&lete draft"), self.delete_selected,
                                           tip=_("Delete the draft (approved versions are kept)"))
        self.preview_button = action_button(self, _("Pre&view / print…"), self.preview_selected,
                                            tip=_("The description as it prints"))
        self.pdf_button = action_button(self, _("Save as &PDF…"), lambda: self.save_selected(".pdf"),
                                        tip=_("Write the description to a PDF file"))
        self.word_button = action_button(self, _("Save as &Word…"), lambda: self.save_selected(".docx"),
                                         tip=_("Write the description to a Word file"))
        self.import_button = action_button(self, _("&Import from Word…"), self.import_word,
                                           tip=_("Read a description from a Word file into a new draft"))

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.revise_button, self.copy_button, self.approve_button,
                       self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        files = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.word_button, self.import_button):
            files.addWidget(button)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(files)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read positions and versions again, keeping the selected row selected."""
        selected = self.selected_summary()
        position = self.selected_position_id()
        self._units = services.list_departments(self._uow_factory())
        positions = services.list_positions(self._uow_factory())
        summaries = services.list_job_descriptions(self._uow_factory())
        self.model.set_rows(self._units, positions, summaries, date.today())
        self.view.expandAll()
        if selected is not None:
            self.select_description(selected.id)
        elif position is not None:
            self.select_position(position)
        self._update_buttons()

    def select_description(self, description_id: int) -> None:
        self._select(self.model.find(DESCRIPTION_ID_ROLE, description_id))

    def select_position(self, position_id: int) -> None:
        self._select(self.model.find(POSITION_ID_ROLE, position_id))

    def _select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self._update_buttons()

    def selected_summary(self) -> JobDescriptionSummary | None:
        return self.model.summary_at(self.view.currentIndex())

    def selected_position_id(self) -> int | None:
        position = self.model.position_at(self.view.currentIndex())
        return position.id if position is not None else None

    def _has_draft(self, position_id: int) -> bool:
        return any(s.position_id == position_id and s.status is DescriptionStatus.DRAFT
                   for s in self.model.summaries())

    def _update_buttons(self) -> None:
        summary = self.selected_summary()
        is_draft = summary is not None and summary.status is DescriptionStatus.DRAFT
        is_approved = summary is not None and summary.status is DescriptionStatus.APPROVED
        position_free = summary is not None and not self._has_draft(summary.position_id)
        self.open_button.setText(_("&Edit") if is_draft or summary is None else _("&View"))
        enabled = {
            self.open_button: summary is not None,
            self.revise_button: is_approved and position_free,
            self.copy_button: bool(self.model.summaries()),
            self.approve_button: is_draft,
            self.delete_button: is_draft,
            self.preview_button: summary is not None,
            self.pdf_button: summary is not None,
            self.word_button: summary is not None,
        }
        for button, on in enabled.items():
            button.setEnabled(on)
        self.summary_label.setText(self._summary_text(summary))

    def _summary_text(self, summary: JobDescriptionSummary | None) -> str:
        if summary is None:
            return _("Choose a version to open it, or a position to start its description.")
        text = _("{title}, version {version}: {status}.").format(
            title=summary.position_title, version=summary.version, status=status_word(summary))
        source = next((s for s in self.model.summaries() if s.id == summary.based_on_id), None)
        if source is not None:
            text += " " + _("Started from {title}, version {version}.").format(title=source.position_title,
                                                                               version=source.version)
        return text

    # -- choosing --------------------------------------------------------------------------------

    def _free_positions(self) -> list[tuple[str, int]]:
        """Positions that may get a new draft (they have none yet), as the choice lists show them."""
        return [(text, pid) for text, pid in position_choices(self.model.positions(), self._units)
                if not self._has_draft(pid)]

    def _ask_position(self, title: str, explanation: str, preferred: int | None = None) -> int | None:
        free = self._free_positions()
        if not free:
            show_refusal(self, _("Every position already has a draft: finish or delete one first."))
            return None
        selected = preferred if preferred is not None else self.selected_position_id()
        return choices.choose_position(self, title, explanation, free, selected)

    # -- actions ---------------------------------------------------------------------------------

    def _on_activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    def open_new(self) -> JobDescriptionDialog | None:
        position_id = self._ask_position(_("New job description"),
                                         _("Choose the position. Section I starts from what the office's records "
                                           "say about it."))
        if position_id is None:
            return None
        return self._guarded(lambda: self.open_editor(services.new_job_description(self._uow_factory(),
                                                                                    position_id)))

    def open_selected(self) -> JobDescriptionDialog | None:
        summary = self.selected_summary()
        if summary is None:
            return None
        return self._guarded(lambda: self.open_editor(services.get_job_description(self._uow_factory(), summary.id)))

    def open_editor(self, description: JobDescription, *, unplaced: tuple[str, ...] | None = None
                    ) -> JobDescriptionDialog:
        dialog = JobDescriptionDialog(self._uow_factory, description, unplaced=unplaced, settings=self._settings,
                                      parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)  # bound methods: a lambda here would outlive the dialog
        dialog.approved.connect(self._on_saved)
        dialog.revise_requested.connect(self.revise)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def revise_selected(self) -> JobDescriptionDialog | None:
        summary = self.selected_summary()
        return self.revise(summary.id) if summary is not None else None

    def revise(self, description_id: int) -> JobDescriptionDialog | None:
        """The next version as a draft copy, saved at once and opened for editing."""
        return self._guarded(lambda: self._open_saved(services.revise_job_description(self._uow_factory(),
                                                                                       description_id)))

    def copy_from_other(self) -> JobDescriptionDialog | None:
        ordered = sorted(self.model.summaries(), key=lambda s: (mongolian_sort_key(s.position_title), -s.version))
        sources = [(f"{version_label(s)} ({status_word(s)})", s.id) for s in ordered]
        free = self._free_positions()
        if not free:
            show_refusal(self, _("Every position already has a draft: finish or delete one first."))
            return None
        current = self.selected_summary()
        chosen = choices.choose_copy(self, sources, free, current.id if current else None, None)
        if chosen is None:
            return None
        source_id, position_id = chosen
        return self._guarded(lambda: self._open_saved(services.copy_job_description(self._uow_factory(), source_id,
                                                                                     position_id)))

    def _open_saved(self, saved: JobDescription) -> JobDescriptionDialog:
        assert saved.id is not None
        self._on_saved(saved)
        return self.open_editor(saved)

    def approve_selected(self) -> JobDescriptionDialog | None:
        """Approve after asking; when refused, the editor opens with what is missing marked."""
        summary = self.selected_summary()
        if summary is None or not confirm_approve(self, version_label(summary)):
            return None
        try:
            approved = services.approve_job_description(self._uow_factory(), summary.id)
        except ValidationError as exc:
            dialog = self._guarded(lambda: self.open_editor(services.get_job_description(self._uow_factory(),
                                                                                          summary.id)))
            if dialog is not None:
                dialog.show_refused_approval(exc.report)
            return dialog
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
            return None
        self._on_saved(approved)
        return None

    def delete_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None or not confirm_delete(self, version_label(summary)):
            return
        try:
            services.delete_job_description_draft(self._uow_factory(), summary.id)
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
            return
        self.reload()
        self.select_position(summary.position_id)
        self.job_descriptions_changed.emit()

    def preview_selected(self) -> None:
        summary = self.selected_summary()
        if summary is not None:
            self._guarded(lambda: self.documents.preview(services.get_job_description(self._uow_factory(),
                                                                                       summary.id)))

    def save_selected(self, suffix: str) -> None:
        summary = self.selected_summary()
        if summary is not None:
            self._guarded(lambda: self.documents.save_as(services.get_job_description(self._uow_factory(),
                                                                                       summary.id), suffix))

    def import_word(self) -> None:
        """Choose a file, read it off the GUI thread, then choose the position and open the editor."""
        path = documents.ask_word_file(self, self._settings)
        if path is not None:
            self.documents.read_word(path, self._on_read)

    def _on_read(self, reading: object) -> None:
        assert isinstance(reading, DescriptionReading)
        title = reading.description.general.position_title
        match = next((p.id for p in self.model.positions() if title and p.title == title), None)
        position_id = self._ask_position(_("Import from Word"),
                                         _("Choose the position this description is for. The text stays as it "
                                           "was read; nothing is saved until you save the draft."), match)
        if position_id is None:
            return
        description = replace(reading.description, position_id=position_id, id=None,
                              status=DescriptionStatus.DRAFT, based_on_id=None)
        self.open_editor(description, unplaced=reading.unplaced)

    # -- after changes ---------------------------------------------------------------------------

    def _guarded(self, action: Callable[[], Any]) -> Any:
        """Run a service-backed action; a refusal (or a record gone meanwhile) is explained, then reloaded."""
        try:
            return action()
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
            self.reload()
            return None

    def _on_saved(self, saved: object) -> None:
        description_id = getattr(saved, "id", None)
        self.reload()
        if isinstance(description_id, int):
            self.select_description(description_id)
        self.job_descriptions_changed.emit()
