"""Verify a slip: does a paper slip say what the records say?

The secretary types the short code printed under the slip's QR code, or opens a scan of the
slip (PNG, JPEG); the answer is shown in one coloured sentence: green when the paper matches
its record, red when it does not (naming what differs), grey when the code is not one of this
office's. Reading a scan can take a moment, so it runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.i18n import _
from core.leave.seal import Verdict
from core.leave.seal_scan import ScanError, read_qr_codes
from core.ports import UnitOfWorkFactory
from core.services import SlipVerification
from gui.tasks import BackgroundTask, run_in_background

#: Background and text colour of the answer, by verdict.
COLOURS = {
    Verdict.MATCH: ("#dff3e3", "#14532d"),
    Verdict.ALTERED: ("#fde2e1", "#8b1a1a"),
    Verdict.UNKNOWN: ("#ececec", "#333333"),
}
IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp *.tif *.tiff"


class VerifySlipDialog(QDialog):
    """Type a code or open a scan; ``answered`` is emitted with the verifications shown."""

    answered = Signal(object)  # list[SlipVerification]

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._task: BackgroundTask | None = None
        self.setWindowTitle(_("Verify a slip"))
        self.setMinimumWidth(520)
        intro = QLabel(_("Type the code printed under the slip's QR code, or open a scan or photo of the slip."), self)
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("code_edit")
        self.code_edit.setPlaceholderText("2026-0042-7KQ4-M9XD")
        self.code_edit.returnPressed.connect(self.verify_typed)
        self.verify_button = QPushButton(_("&Verify"), self)
        self.verify_button.clicked.connect(self.verify_typed)
        self.image_button = QPushButton(_("&Open an image…"), self)
        self.image_button.clicked.connect(lambda: self.open_image())
        self.result_label = QLabel(self)
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumHeight(56)
        self.result_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._lay_out(intro, buttons)

    def _lay_out(self, intro: QLabel, buttons: QDialogButtonBox) -> None:
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.image_button)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def verify_typed(self) -> None:
        """Check the typed code (or a QR text pasted from a scanner) against the records."""
        text = self.code_edit.text().strip()
        if not text:
            self._show_text(_("Type the code printed under the QR code first."), Verdict.UNKNOWN)
            return
        uow_factory = self._uow_factory
        self._start(lambda: [services.verify_slip(uow_factory(), text)], _("Verifying the slip…"))

    def open_image(self, path: Path | None = None) -> None:
        """Read the QR codes of a scanned slip (asked for when *path* is not given) and check each."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, _("Open a scan of the slip"), "", _("Images ({patterns})").format(patterns=IMAGE_FILTER)
            )
            if not chosen:
                return
            path = Path(chosen)
        uow_factory = self._uow_factory
        self._start(lambda: _verify_scan(uow_factory, path), _("Reading the QR code…"))

    def _start(self, work: Callable[[], object], label: str) -> None:
        self.verify_button.setEnabled(False)
        self.image_button.setEnabled(False)
        self._task = run_in_background(work, label=label, window=self, done=self._show)
        self._task.failed.connect(lambda _exc: self._enable())

    def _enable(self) -> None:
        self.verify_button.setEnabled(True)
        self.image_button.setEnabled(True)

    def _show(self, result: object) -> None:
        self._enable()
        if isinstance(result, str):  # the scan could not be read: say why
            self._show_text(result, Verdict.UNKNOWN)
            self.answered.emit([])
            return
        assert isinstance(result, list)
        verdict = _overall(result)
        self._show_text("\n".join(item.message() for item in result), verdict)
        self.answered.emit(result)

    def _show_text(self, text: str, verdict: Verdict) -> None:
        background, colour = COLOURS[verdict]
        self.result_label.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; border-radius: 4px; padding: 10px; "
            "font-size: 11pt; font-weight: bold; }"
        )
        self.result_label.setText(text)
        self.result_label.setProperty("verdict", verdict.value)
        self.result_label.show()


def _verify_scan(uow_factory: UnitOfWorkFactory, path: Path) -> list[SlipVerification] | str:
    """Every different QR code in the scan, verified; or why there is nothing to verify.

    A 2-up A4 sheet holds the same slip twice: its code is checked once.
    """
    try:
        texts = read_qr_codes(path)
    except ScanError:
        return _("{path} could not be read as an image.").format(path=path.name)
    if not texts:
        return _(
            "No QR code was found in {path}. Scan the slip at 200 dpi or more, or type the code printed under it."
        ).format(path=path.name)
    return [services.verify_slip(uow_factory(), text) for text in dict.fromkeys(texts)]


def _overall(results: list[SlipVerification]) -> Verdict:
    """Green only when every code matches; red when any record differs."""
    verdicts = {item.verdict for item in results}
    if verdicts == {Verdict.MATCH}:
        return Verdict.MATCH
    return Verdict.ALTERED if Verdict.ALTERED in verdicts else Verdict.UNKNOWN
