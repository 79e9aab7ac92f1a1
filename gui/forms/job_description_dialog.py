"""The job description editor window: a draft is checked as it is typed and saved without closing.

A description is long and written over several sittings, so Save keeps the window open and
only the Close button (or Esc) leaves; leaving with unsaved changes asks first. A refused save
keeps everything typed and shows why beside the fields. An approved version opens read-only,
with Revise to start the next version.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core import services
from core.i18n import _, ngettext
from core.job_description.entities import JobDescription
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.validation import ValidationError, ValidationReport
from gui.forms.job_description_form import JobDescriptionForm
from gui.forms.unplaced_lines_panel import UnplacedLinesPanel
from gui.job_description_documents import JobDescriptionDocuments
from gui.job_description_questions import ask_unsaved_changes, confirm_approve
from gui.settings import GuiSettings
from gui.widgets.buttons import action_button
from gui.widgets.field_message import FieldMessage

#: Typing pauses this long before the description is checked again.
CHECK_DELAY_MS = 400
PREFERRED_SIZE = (1120, 820)


def window_title(description: JobDescription) -> str:
    title = description.general.position_title
    if description.id is None:
        return _("New job description: {title}").format(title=title)
    if description.is_editable:
        return _("Job description: {title}, version {version} (draft)").format(title=title,
                                                                               version=description.version)
    return _("Job description: {title}, version {version} (approved, read-only)").format(
        title=title, version=description.version)


class JobDescriptionDialog(QDialog):
    """``saved(description)`` after each save, ``approved(description)``, ``revise_requested(id)``."""

    saved = Signal(object)
    approved = Signal(object)
    revise_requested = Signal(int)

    def __init__(self, uow_factory: UnitOfWorkFactory, description: JobDescription, *,
                 unplaced: Sequence[str] | None = None, settings: GuiSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        #: One id per opened editor: a new version sent again after a crash saves once.
        self.submission_id = str(uuid.uuid4())
        self._imported = unplaced is not None  # read from a file: unsaved content from the start
        self.read_only = not description.is_editable
        self.documents = JobDescriptionDocuments(uow_factory, settings, self)
        self.form = JobDescriptionForm(self)
        self.banner = FieldMessage(self)
        self.banner.setObjectName("banner")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setStyleSheet("color: #1e6b34;")
        self.unplaced_panel = UnplacedLinesPanel(unplaced, self) if unplaced else None
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        if self.unplaced_panel is not None:
            layout.addWidget(self.unplaced_panel)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(self._button_row())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._populate(description)
        self._fit_to_screen()

    def _build_buttons(self) -> None:
        # No button here is auto-default, Save and close included: Enter in a text field must never
        # save and close a long document.
        self.preview_button = action_button(self, _("Pre&view…"), self.preview,
                                            tip=_("The description as it prints, with Print and Word"))
        self.revise_button = action_button(self, _("&Revise"), self._request_revision,
                                           tip=_("Start the next version as a draft copy of this one"))
        self.check_button = action_button(self, _("C&heck for approval"), self.check_for_approval,
                                          tip=_("Show everything approval still needs"))
        self.approve_button = action_button(self, _("&Approve…"), self.approve,
                                            tip=_("Save, then approve this version"))
        self.save_button = action_button(self, _("&Save"), self.save_draft,
                                         tip=_("Save the draft and keep editing (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_close_button = action_button(self, _("Save and c&lose"), self.accept,
                                               tip=_("Save the draft and close the window"))
        self.close_button = action_button(self, _("Close"), self.reject, tip=_("Close the window (Esc)"))
        for button in (self.check_button, self.approve_button, self.save_button, self.save_close_button):
            button.setVisible(not self.read_only)
        self.revise_button.setVisible(self.read_only)

    def _button_row(self) -> QHBoxLayout:
        """Document actions on the left, saving and closing on the right, in the same order on every system."""
        row = QHBoxLayout()
        for button in (self.preview_button, self.check_button, self.approve_button, self.revise_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.save_button, self.save_close_button, self.close_button):
            row.addWidget(button)
        return row

    def _fit_to_screen(self) -> None:
        """Roomy on a desktop monitor, never larger than a 1366×768 office laptop's screen."""
        width, height = PREFERRED_SIZE
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(width, height)

    def _populate(self, description: JobDescription) -> None:
        self.form.populate(description)
        self.form.set_read_only(self.read_only)
        self._baseline = self.form.read()
        self.setWindowTitle(window_title(description))
        if not self.read_only:
            self.form.changed.connect(self._timer.start)
            self.check_now()
        self.form.first_widget.setFocus()

    # -- state -----------------------------------------------------------------------------------

    @property
    def description(self) -> JobDescription:
        """The record as last populated or saved (not what is being typed)."""
        return self.form.description

    def is_modified(self) -> bool:
        """Typed since the last save, or read from a file and never saved."""
        return not self.read_only and (self._imported or self.form.read() != self._baseline)

    def check_now(self) -> ValidationReport:
        """Check the draft as it stands; issues appear beside their fields, the cursor stays put."""
        self._timer.stop()
        report = services.check_job_description(self.form.read())
        self.form.show_issues(report, focus=False)
        return report

    # -- saving ----------------------------------------------------------------------------------

    def save_draft(self) -> JobDescription | None:
        """Save what is typed; on refusal show why and keep it all. Returns the saved draft or ``None``."""
        self._timer.stop()
        self.banner.clear_message()
        if self.unplaced_panel is not None and not self.unplaced_panel.acknowledged():
            self.banner.show_text(_("Some lines from the file could not be placed. Look through them above and "
                                    "tick the box before saving."))
            self.unplaced_panel.done_check.setFocus()
            return None
        try:
            saved = services.save_job_description(self._uow_factory(), self._with_submission(self.form.read()))
        except ValidationError as exc:
            self.form.show_issues(exc.report)
            self.banner.show_text(_("The draft was not saved: correct the fields marked in red."))
            return None
        except (RefusedError, NotFoundError) as exc:
            self.banner.show_text(str(exc))
            return None
        self._after_save(saved)
        return saved

    def _with_submission(self, description: JobDescription) -> JobDescription:
        """A new version carries the editor's submission id, so sending it again saves it once."""
        return description if description.id is not None else replace(description, submission_id=self.submission_id)

    def _after_save(self, saved: JobDescription) -> None:
        self.form.set_saved(saved)
        self._baseline = self.form.read()
        self._imported = False
        remaining = len(self.check_now().warnings)
        text = _("Saved as a draft, version {version}.").format(version=saved.version)
        if remaining:
            text += " " + ngettext("{count} point is still to finish before approval.",
                                   "{count} points are still to finish before approval.",
                                   remaining).format(count=remaining)
        self.status_label.setText(text)
        self.setWindowTitle(window_title(saved))
        self.saved.emit(saved)

    def accept(self) -> None:
        if self.read_only or self.save_draft() is not None:
            super().accept()

    def reject(self) -> None:
        if self.is_modified():
            answer = ask_unsaved_changes(self)
            if answer == "cancel" or (answer == "save" and self.save_draft() is None):
                return
        super().reject()

    # -- approval --------------------------------------------------------------------------------

    def check_for_approval(self) -> ValidationReport:
        """What approval will ask for, shown in the sections; nothing is saved."""
        self.banner.clear_message()
        report = services.check_job_description(self.form.read(), for_approval=True)
        self.form.show_issues(report)
        if report.is_valid:
            self.status_label.setText(_("Nothing stops approval."))
        else:
            self._show_approval_refusal(report)
        return report

    def show_refused_approval(self, report: ValidationReport) -> None:
        """The service refused approval: its errors beside their fields, and a line saying so."""
        self.form.show_issues(report)
        self._show_approval_refusal(report)

    def _show_approval_refusal(self, report: ValidationReport) -> None:
        count = len(report.errors)
        self.banner.show_text(ngettext("Not ready for approval: {count} problem is marked in the sections.",
                                       "Not ready for approval: {count} problems are marked in the sections.",
                                       count).format(count=count))

    def approve(self) -> JobDescription | None:
        """Save if needed, confirm, then approve; a refusal is shown here, beside the fields."""
        if (self.is_modified() or self.description.id is None) and self.save_draft() is None:
            return None
        description_id = self.description.id
        assert description_id is not None
        if not confirm_approve(self, window_title(self.description)):
            return None
        try:
            approved = services.approve_job_description(self._uow_factory(), description_id)
        except ValidationError as exc:
            self.show_refused_approval(exc.report)
            return None
        except (RefusedError, NotFoundError) as exc:
            self.banner.show_text(str(exc))
            return None
        self.approved.emit(approved)
        super().accept()
        return approved

    # -- other actions ---------------------------------------------------------------------------

    def preview(self) -> None:
        """The description as typed (saved or not), as it will print."""
        self.documents.preview(self.form.read())

    def _request_revision(self) -> None:
        description_id = self.description.id
        if description_id is not None:
            super().reject()
            self.revise_requested.emit(description_id)
