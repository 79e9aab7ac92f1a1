"""Section 6 of the internal regulation as data: thresholds, reasons and their clauses.

Another office changes the policy, not the code. The defaults are this office's regulation
as ``../shared/domain.md`` §7 reads it: up to 1 working day → the department head; more than
1 and less than 5 → the chief on a slip; 5 or more → the chief's order (the stricter reading
of "5-аас дээш", since the order is the higher form). Up to and including 5 days are paid.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.i18n import N_


@dataclass(frozen=True, slots=True)
class LeaveReason:
    """One justified reason of 6.8 (or 6.6's own, or "other"), as picked and as printed."""

    code: str  # the clause the reason is cited by, or "other"
    label: str  # N_-marked; printed documents use ``printed``
    printed: str  # the Mongolian words printed on the slip
    extended_pay: bool = False  # one of the reasons 6.6 allows up to 30 paid days for


OTHER_REASON = "other"

DEFAULT_REASONS: tuple[LeaveReason, ...] = (
    LeaveReason(
        "6.8.1",
        N_("Serious illness of the employee or a close relative"),
        "Өөрөө болон гэр бүлийн гишүүн, эцэг эх, ах эгч дүү хүндээр өвчилсөн",
        extended_pay=True,
    ),
    LeaveReason(
        "6.8.2", N_("Death of a family member or close relative"), "Гэр бүлийн гишүүн, эцэг эх, ах эгч дүү нас барсан"
    ),
    LeaveReason(
        "6.8.3",
        N_("Marriage, birth, adoption, new home, a child's wedding"),
        "Гэр бүл болох, хүүхэд төрөх, үрчлэх, шинээр гэр барих, байранд орох, хүүхдээ гэрлүүлэх",
    ),
    LeaveReason(
        "6.8.4",
        N_("Fire, flood, storm, accident or quarantine"),
        "Гал түймэр, үер, шуурга, осол аваар, хорио цээр зэрэг давагдашгүй хүчин зүйл",
        extended_pay=True,
    ),
    LeaveReason(
        "6.8.5",
        N_("A child's school or kindergarten meeting or event"),
        "Хүүхдийн сургууль, цэцэрлэгийн хурал, арга хэмжээнд оролцох",
    ),
    LeaveReason(
        "6.6",
        N_("Training, or work abroad (6.6)"),
        "Сургалтад хамрагдах, гадаадад томилолтоор ажиллах",
        extended_pay=True,
    ),
    LeaveReason(OTHER_REASON, N_("Other reason"), "Бусад шалтгаан"),
)


@dataclass(frozen=True, slots=True)
class LeavePolicy:
    """Every number and clause section 6 sets; each value sits beside the clause it comes from."""

    head_decides_up_to_days: float = 1.0  # 6.5: "1 өдрийн чөлөөг хэлтсийн дарга"
    order_from_days: float = 5.0  # 6.5: "5-аас дээш өдрийн чөлөөг ... тушаалаар"
    decision_clause: str = "6.5"
    paid_up_to_days: float = 5.0  # 6.6: "5 хүртэл өдрийн чөлөө цалинтай"
    extended_paid_up_to_days: float = 30.0  # 6.6: "30 хүртэл өдрийн цалинтай чөлөө"
    #: The stricter reading of 6.6: beyond 5 days, leave is paid only for the reasons 6.6 lists.
    paid_beyond_limit_needs_listed_reason: bool = True
    pay_clause: str = "6.6"
    recommendation_clause: str = "6.4"
    reasons_clause: str = "6.8"  # the justified reasons 6.8.1–6.8.5
    childcare_clause: str = "6.7"
    overrun_clause: str = "6.9"
    register_clause: str = "6.10"
    reasons: tuple[LeaveReason, ...] = field(default=DEFAULT_REASONS)

    def reason(self, code: str) -> LeaveReason | None:
        """The reason with this clause code, or None for a code the office's list lacks."""
        return next((r for r in self.reasons if r.code == code), None)


DEFAULT_POLICY = LeavePolicy()
