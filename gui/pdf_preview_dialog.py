"""A document's preview in its own window, with Print… and Save PDF…."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from core.i18n import _
from gui.confirm import show_notice, show_refusal
from gui.pdf_preview import PdfPreviewWidget
from gui.printing import PrintError, choose_printer, print_pdf
from gui.save_file import ask_save_path
from gui.settings import GuiSettings
from gui.tasks import BackgroundTask, show_failure
from gui.widgets.buttons import action_button

PrintHandler = Callable[[], object]
#: (button text, suggested file name, the file's bytes): e.g. the order draft for Word.
ExtraFile = tuple[str, str, bytes]


class PdfPreviewDialog(QDialog):
    """Shows *data*; Print uses *on_print* when given (a slip is numbered when printed), else prints the PDF."""

    def __init__(self, data: bytes, *, title: str, file_name: str, settings: GuiSettings | None = None,
                 on_print: PrintHandler | None = None, print_note: str | None = None,
                 save_note: str | None = None, extra_files: Sequence[ExtraFile] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._data = data
        self._file_name = file_name
        self._settings = settings
        self._on_print = on_print
        self.task: BackgroundTask | None = None
        self.preview = PdfPreviewWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self._button(_("&Print…"), _("Print on the office printer (Ctrl+P)"), self.print_document)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = self._button(_("&Save PDF…"), _("Write the document to a PDF file"), self.save_pdf)
        self.extra_buttons = [
            self._button(text, _("Write {name}").format(name=name), partial(self.save_file, name, data))
            for text, name, data in extra_files
        ]
        for button, note in ((self.print_button, print_note), (self.save_button, save_note)):
            if note is not None:  # e.g. a void slip is not printed again; a draft has no number to file
                button.setEnabled(False)
                button.setToolTip(note)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.preview.set_pdf(data)
        self.resize(QSize(760, 900))

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = action_button(self.buttons, text, slot, tip=tip)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    @property
    def data(self) -> bytes:
        return self._data

    def print_document(self) -> BackgroundTask | None:
        """Print through *on_print* (which closes the preview), or print the PDF as shown."""
        if self._on_print is not None:
            self.accept()
            self._on_print()
            return None
        printer = choose_printer(self._data, self)
        if printer is None:
            return None
        data, window = self._data, self.parentWidget() or self  # the task outlives the preview if closed
        self.task = BackgroundTask(lambda: print_pdf(data, printer), label=_("Printing…"), parent=window)
        self.task.failed.connect(self._on_failed)
        self.task.start()
        return self.task

    def save_pdf(self) -> Path | None:
        return self.save_file(self._file_name, self._data)

    def save_file(self, file_name: str, data: bytes) -> Path | None:
        """Ask where, then write *data*; says where it went, or why it could not."""
        path = ask_save_path(self, _("Save as"), file_name, self._settings)
        if path is None:
            return None
        try:
            path.write_bytes(data)
        except OSError as exc:
            show_refusal(self, _("The file could not be written: {error}").format(error=exc.strerror or exc))
            return None
        show_notice(self, _("Saved"), _("The document was written to {path}.").format(path=path))
        return path

    def _on_failed(self, exc: object) -> None:
        show_failure(self, exc, refused=(PrintError,))

    def done(self, result: int) -> None:
        self.preview.clear()
        super().done(result)


def open_preview(dialog: PdfPreviewDialog) -> PdfPreviewDialog:
    """Show *dialog* window-modal; it deletes itself when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
