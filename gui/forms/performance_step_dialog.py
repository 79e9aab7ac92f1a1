"""Record one step of a performance contract through its service (7.1, 7.3, 7.6, 12.2)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core import services
from core.i18n import N_, _
from core.performance.entities import ContractListItem, PerformanceContract, Period
from core.performance.policy import ContractStep
from core.ports import UnitOfWorkFactory
from gui.forms.entity_dialog import EntityDialog
from gui.forms.performance_step_form import PerformanceStepForm, StepEntry

STEP_TITLES: dict[ContractStep, str] = {
    ContractStep.CONCLUDED: N_("Contract concluded: {name}"),
    ContractStep.HALF_YEAR_REPORT: N_("Half-year report: {name}"),
    ContractStep.YEAR_REPORT: N_("Year report: {name}"),
    ContractStep.HALF_YEAR_EVALUATION: N_("Half-year evaluation: {name}"),
    ContractStep.YEAR_EVALUATION: N_("Year evaluation: {name}"),
}
_PERIODS = {
    ContractStep.HALF_YEAR_REPORT: Period.HALF_YEAR,
    ContractStep.YEAR_REPORT: Period.YEAR,
    ContractStep.HALF_YEAR_EVALUATION: Period.HALF_YEAR,
    ContractStep.YEAR_EVALUATION: Period.YEAR,
}


class PerformanceStepDialog(EntityDialog):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        item: ContractListItem,
        step: ContractStep,
        *,
        evaluator: str = "",
        parent: QWidget | None = None,
    ) -> None:
        form = PerformanceStepForm(step, evaluator=evaluator)
        super().__init__(form, title=_(STEP_TITLES[step]).format(name=item.employee_name), parent=parent)
        self._uow_factory = uow_factory
        self._contract_id = item.contract.id or 0
        self.step = step
        self.step_form = form

    def save(self, entity: StepEntry) -> PerformanceContract:
        uow, cid = self._uow_factory(), self._contract_id
        if self.step is ContractStep.CONCLUDED:
            return services.record_concluded(uow, cid, on=entity.on)
        period = _PERIODS[self.step]
        if self.step in (ContractStep.HALF_YEAR_REPORT, ContractStep.YEAR_REPORT):
            return services.record_report(uow, cid, period=period, on=entity.on)
        return services.record_evaluation(
            uow, cid, period=period, rating=entity.rating, on=entity.on, evaluator=entity.evaluator
        )
