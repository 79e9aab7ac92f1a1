"""What the login, first-administrator, new-user and password dialogs share.

Each asks for a few fields and calls one users service that hashes or checks a password with
argon2id: a few tenths of a second, so the call runs off the GUI thread (house style 19). A
``ValidationError`` is shown beside its fields, a refusal (wrong password, a wait, a lock)
in the dialog's own message line, and anything else is reported as a bug.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.i18n import _
from core.users import User
from core.validation import ValidationError
from gui.forms.issues import IssueBinder
from gui.tasks import BackgroundTask, failure_text, show_failure
from gui.widgets.field_message import FieldMessage


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AccountDialog(QDialog):
    """Subclasses add rows with ``add_field`` and implement ``work()``; its result lands in ``result_value``."""

    def __init__(self, *, title: str, intro: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: object = None
        self.task: BackgroundTask | None = None
        self.message = FieldMessage(self)
        self.message.setObjectName("general_message")
        self.issues = IssueBinder(self.message)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @property
    def user(self) -> User | None:
        """The account the dialog logged in, created or changed; ``None`` until that succeeded."""
        return self.result_value if isinstance(self.result_value, User) else None

    def answer(self) -> User | None:
        """Run the dialog: the account on success, ``None`` when the user cancelled."""
        return self.user if self.exec() == QDialog.DialogCode.Accepted else None

    def add_field(self, label: str, field: str, widget: QWidget) -> None:
        """A row whose validation messages (``issue.field == field``) appear under it."""
        self.form.addRow(label, self.issues.bind(field, widget))

    def work(self) -> Callable[[], object]:
        """The service call to run, with the fields read now, on the GUI thread."""
        raise NotImplementedError

    def accept(self) -> None:
        if self.task is not None:
            return
        call = self.work()
        self.issues.clear()
        self.buttons.setEnabled(False)
        self.task = BackgroundTask(call, label=_("Please wait…"), parent=self)
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._refused)
        self.task.start()

    def _done(self, result: object) -> None:
        self.task = None
        self.result_value = result
        super().accept()

    def _refused(self, exc: object) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        self.after_refusal()
        if isinstance(exc, ValidationError):
            self.issues.show(exc.report)
            return
        text = failure_text(exc)
        if text is None:
            show_failure(self, exc)
        else:
            self.message.show_text(text)

    def after_refusal(self) -> None:
        """Clear what must be typed again (passwords)."""
