"""An employee's page shows the job description in force for their position, and which one they read."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core import services
from core.entities import Onboarding
from core.i18n import _
from core.job_description.entities import JobDescription
from gui.employee_job_description import EmployeeJobDescription
from gui.forms.employee_dialog import EmployeeDialog
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork
from tests.job_descriptions.seed_000 import approvable, seed_description


def approved(uow: FakeUnitOfWork, description: JobDescription) -> JobDescription:
    saved = services.save_job_description(uow, approvable(description))
    assert saved.id is not None
    return services.approve_job_description(uow, saved.id)


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    people = office_with_people(uow)
    people["description"] = approved(uow, seed_description(people["head_post"].id))
    return people


def test_the_holder_sees_the_version_in_force(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    tab = EmployeeJobDescription(uow, office["head"].id, today=date(2026, 11, 25))
    qtbot.addWidget(tab)
    assert "2022-01-01" in tab.heading.text()
    text = tab.text.toPlainText()
    assert "1.1. Гаалийн байгууллагын үйл ажиллагаанд мэдээллийн технологийн" in text
    assert "(Г, Ш)" in text  # 4.7 prints its codes in the template's order
    assert tab.open_button.isEnabled()


def test_nothing_applies_before_the_effective_date(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    tab = EmployeeJobDescription(uow, office["head"].id, today=date(2021, 6, 1))
    qtbot.addWidget(tab)
    assert tab.description is None
    assert not tab.open_button.isEnabled()
    assert tab.heading.text()


def test_employee_dialog_has_the_tab_and_names_the_version_read(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    head = office["head"]
    services.save_onboarding(uow, Onboarding(head.id, job_description_on=date(2023, 2, 1)), today=date(2026, 1, 1))
    dialog = EmployeeDialog(uow, head)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == [
        _("Details"), _("Family"), _("Job description"), _("Introduction to documents"), _("Appointment history"),
        _("Vacation"), _("Attendance"), _("Business trips"), _("Sanctions"),
    ]
    assert dialog.onboarding_form is not None
    assert "1" in dialog.onboarding_form.job_description_version.text()
    assert "2022-01-01" in dialog.onboarding_form.job_description_version.text()


def test_changing_the_date_finds_the_version_read_then(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    head = office["head"]
    services.save_onboarding(uow, Onboarding(head.id, job_description_on=date(2021, 2, 1)), today=date(2026, 1, 1))
    dialog = EmployeeDialog(uow, head)
    qtbot.addWidget(dialog)
    form = dialog.onboarding_form
    assert form is not None
    assert form.job_description_version.text() == ""  # nothing was in force in 2021
    form.job_description_on_edit.set_value(date(2024, 5, 2))
    dialog.accept()
    assert services.get_onboarding(uow, head.id).job_description_id == office["description"].id
