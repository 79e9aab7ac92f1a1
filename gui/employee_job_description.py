"""The employee's page shows the job description they work by: the version in force today."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from core import services
from core.i18n import _
from core.job_description.entities import JobDescription, participation_codes
from core.job_description.wording import numbered
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from gui.job_description_documents import JobDescriptionDocuments
from gui.tasks import BackgroundTask


def description_html(description: JobDescription) -> str:
    """Purpose, objectives and numbered functions: what the holder is there to do, at a glance."""
    parts = [f"<p>{escape(description.purpose)}</p>"] if description.purpose else []
    for o, objective in enumerate(description.objectives, start=1):
        parts.append(f"<p><b>{escape(numbered(o, objective.text))}</b></p><ul>")
        for f, function in enumerate(objective.functions, start=1):
            codes = participation_codes(function.participation)
            suffix = f" <i>({escape(codes)})</i>" if codes else ""
            parts.append(f"<li>{o}.{f}. {escape(function.text)}{suffix}</li>")
        parts.append("</ul>")
    return "".join(parts)


class EmployeeJobDescription(QWidget):
    """Read-only: the description is edited in its own section, for the position, not the person."""

    def __init__(self, uow_factory: UnitOfWorkFactory, employee_id: int, *, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description: JobDescription | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("job_description_heading")
        self.heading.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setObjectName("job_description_text")
        self.open_button = QPushButton(_("&Open the document…"), self)
        self.open_button.setToolTip(_("Preview the job description as printed; print it or save it"))
        self.open_button.clicked.connect(self.open_document)
        self._documents = JobDescriptionDocuments(uow_factory, None, self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self._load(uow_factory, employee_id, today or date.today())

    def _load(self, uow_factory: UnitOfWorkFactory, employee_id: int, today: date) -> None:
        try:
            summary = services.employee_job_description(uow_factory(), employee_id, today)
            self.description = (
                services.get_job_description(uow_factory(), summary.id) if summary is not None else None
            )
        except (RefusedError, NotFoundError) as exc:
            self._show_missing(str(exc))
            return
        if self.description is None:
            self._show_missing(_("No approved job description applies to this employee's position today."))
            return
        general = self.description.general
        self.heading.setText(
            _("{title}: job description version {version}, in force from {day}.").format(
                title=general.position_title,
                version=self.description.version,
                day=general.effective_on.isoformat() if general.effective_on else "—",
            )
        )
        self.text.setHtml(description_html(self.description))
        self.open_button.setEnabled(True)

    def _show_missing(self, message: str) -> None:
        self.heading.setText(message)
        self.text.hide()
        self.open_button.setEnabled(False)

    def open_document(self) -> BackgroundTask | None:
        if self.description is None:
            return None
        return self._documents.preview(self.description)
