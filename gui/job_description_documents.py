"""A job description's paper: preview and print, save as PDF or Word, and reading a Word file.

The renderers and the Word reader (reportlab, python-docx) load on first use and every
piece of work runs off the GUI thread (house style 19); results come back as signals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from core import services
from core.i18n import _
from core.job_description.entities import DescriptionReading, JobDescription
from core.ports import UnitOfWorkFactory
from gui.confirm import show_notice
from gui.pdf_preview_dialog import PdfPreviewDialog, open_preview
from gui.save_file import WORD_FILTER, ask_save_path
from gui.settings import GuiSettings
from gui.tasks import DOCUMENT_NOT_WRITTEN, BackgroundTask, run_in_background

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def description_pdf(description: JobDescription) -> bytes:
    from core.documents.job_description_pdf import render_job_description

    return render_job_description(description)


def description_docx(description: JobDescription) -> bytes:
    from core.documents.job_description_docx import job_description_docx

    return job_description_docx(description)


def file_stem(description: JobDescription) -> str:
    """ "Хэлтсийн-дарга-v2": the title and version, safe as a file name on Windows."""
    title = _UNSAFE.sub("-", description.general.position_title).strip("-") or "job-description"
    return f"{title}-v{description.version}"


def ask_word_file(parent: QWidget, settings: GuiSettings | None) -> Path | None:
    """The Word file to import, or ``None`` (tests replace this function)."""
    folder = (settings.last_export_folder if settings else None) or Path.home()
    name, _filter = QFileDialog.getOpenFileName(parent, _("Import a job description from Word"), str(folder),
                                                WORD_FILTER, options=QFileDialog.Option.DontUseNativeDialog)
    return Path(name) if name else None


class JobDescriptionDocuments(QObject):
    """Runs the document work for a page or an editor window (*window* parents the dialogs)."""

    def __init__(self, uow_factory: UnitOfWorkFactory, settings: GuiSettings | None, window: QWidget) -> None:
        super().__init__(window)
        self._uow_factory = uow_factory
        self._settings = settings
        self._window = window
        self.last_preview: PdfPreviewDialog | None = None
        self.last_saved: Path | None = None

    def preview(self, description: JobDescription) -> BackgroundTask:
        """The description as it prints, with Print, Save PDF and Save for Word."""

        def work() -> tuple[bytes, bytes]:
            return description_pdf(description), description_docx(description)

        return self._run(work, _("Preparing the preview…"), lambda files: self._show(description, files))

    def _show(self, description: JobDescription, files: object) -> None:
        assert isinstance(files, tuple)
        pdf, docx = files
        stem = file_stem(description)
        title = _("Job description: {title}, version {version}").format(
            title=description.general.position_title, version=description.version)
        dialog = PdfPreviewDialog(pdf, title=title, file_name=f"{stem}.pdf", settings=self._settings,
                                  extra_files=[(_("Save for &Word…"), f"{stem}.docx", docx)], parent=self._window)
        self.last_preview = open_preview(dialog)

    def save_as(self, description: JobDescription, suffix: str) -> BackgroundTask | None:
        """Ask where, then write the saved version as .pdf or .docx through ``export_job_description``."""
        assert description.id is not None
        title = _("Save as PDF") if suffix == ".pdf" else _("Save as Word")
        path = ask_save_path(self._window, title, file_stem(description) + suffix, self._settings)
        if path is None:
            return None
        uow_factory, description_id = self._uow_factory, description.id

        def work() -> Path:
            services.export_job_description(uow_factory(), description_id, path)
            return path

        return self._run(work, _("Writing the document…"), self._on_saved)

    def _on_saved(self, path: object) -> None:
        assert isinstance(path, Path)
        self.last_saved = path
        show_notice(self._window, _("Saved"), _("The document was written to {path}.").format(path=path))

    def read_word(self, path: Path, done: Callable[[DescriptionReading], None]) -> BackgroundTask:
        """Read *path* off the GUI thread; *done* gets what was recognised and what was not."""
        if self._settings is not None:
            self._settings.last_export_folder = path.parent
        return self._run(lambda: services.read_job_description_file(path), _("Reading the Word file…"), done)

    def _run(self, work: Callable[[], Any], label: str, done: Callable[[Any], None]) -> BackgroundTask:
        return run_in_background(work, label=label, window=self._window, done=done,
                                 write_error=_(DOCUMENT_NOT_WRITTEN))
