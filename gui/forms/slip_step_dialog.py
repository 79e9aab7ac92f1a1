"""Record one step of a slip's life (signed, void, returned, order) through its service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from gui.forms.entity_dialog import EntityDialog
from gui.forms.slip_step_form import SlipStepForm, StepValue

StepSave = Callable[[dict[str, StepValue]], Any]


class SlipStepDialog(EntityDialog):
    """Save runs *save* with the form's values; the service's refusals stay beside the fields."""

    def __init__(self, form: SlipStepForm, *, title: str, save: StepSave, parent: QWidget | None = None) -> None:
        super().__init__(form, title=title, parent=parent)
        self.step_form = form
        self._save = save
        self.resize(560, self.sizeHint().height())

    def save(self, entity: dict[str, StepValue]) -> Any:
        return self._save(entity)
