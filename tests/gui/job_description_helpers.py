"""Shared set-up for the job description screens' tests: seed 000 saved for the office's head post."""

from __future__ import annotations

from typing import Any

import pytest

from core import services
from core.job_description.entities import JobDescription
from gui import job_description_page as page_module
from gui.forms import job_description_dialog as dialog_module
from gui.forms import job_description_objectives as objectives_module
from tests.fakes import FakeUnitOfWork
from tests.job_descriptions.seed_000 import approvable, seed_description


def saved_seed(uow: FakeUnitOfWork, office: dict[str, Any], *, fixed: bool = False) -> JobDescription:
    description = seed_description(office["head_post"].id)
    return services.save_job_description(uow, approvable(description) if fixed else description)


def approved_seed(uow: FakeUnitOfWork, office: dict[str, Any]) -> JobDescription:
    draft = saved_seed(uow, office, fixed=True)
    assert draft.id is not None
    return services.approve_job_description(uow, draft.id)


class Answers:
    """The questions the screens ask, answered and recorded instead of shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.unsaved = "discard"
        self.approve = True
        self.remove = True
        self.asked: list[str] = []
        monkeypatch.setattr(dialog_module, "ask_unsaved_changes", self._unsaved)
        monkeypatch.setattr(dialog_module, "confirm_approve", self._approve)
        monkeypatch.setattr(page_module, "confirm_approve", self._approve)
        monkeypatch.setattr(objectives_module, "confirm_remove_objective", self._remove)

    def _unsaved(self, _parent: object) -> str:
        self.asked.append("unsaved")
        return self.unsaved

    def _approve(self, _parent: object, _label: str) -> bool:
        self.asked.append("approve")
        return self.approve

    def _remove(self, *_args: object) -> bool:
        self.asked.append("remove")
        return self.remove
