"""The dialog every form is saved from: read, save through a service, show issues or close."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from core.services import NotFoundError, RefusedError
from core.validation import ValidationError, ValidationReport
from gui.widgets.field_message import FieldMessage


class EntityForm(Protocol):
    """What a dialog needs from a form (house style 5)."""

    def read(self) -> Any: ...

    def show_issues(self, report: ValidationReport) -> None: ...

    @property
    def first_widget(self) -> QWidget: ...


class StayOpen(Exception):  # noqa: N818 - a signal to the dialog, not an error
    """Raised by ``save`` when it has already shown why the dialog must stay open."""


class EntityDialog(QDialog):
    """Save (Enter) runs ``form.read()`` → ``save()``; a refused save keeps the dialog open."""

    saved = Signal(object)

    def __init__(self, form: EntityForm, *, title: str, body: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = form
        self.saved_entity: Any = None
        self.banner = FieldMessage(self)
        self.banner.setObjectName("banner")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(body if body is not None else form)  # type: ignore[arg-type]
        layout.addWidget(self.buttons)
        form.first_widget.setFocus()

    def save(self, entity: Any) -> Any:
        """Write *entity* through a service and return the saved value; subclasses implement it."""
        raise NotImplementedError

    def accept(self) -> None:
        self.banner.clear_message()
        try:
            entity = self.form.read()
            saved = self.save(entity)
        except ValidationError as exc:
            self.form.show_issues(exc.report)
            return
        except (RefusedError, NotFoundError) as exc:
            self.form.show_issues(ValidationReport())
            self.banner.show_text(str(exc))
            return
        except StayOpen:
            return
        self.saved_entity = saved
        self.saved.emit(saved)
        super().accept()
