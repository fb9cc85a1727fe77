"""R6.3: the monthly complaint analysis 客户投诉分析报告 — counts by type, cause, department and
result, the on-time rates, the previous period beside each figure, and native Excel charts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from peewee import JOIN, fn

from app import sla
from app.errors import QT_TRANSLATE_NOOP
from app.labels import CONTEXTS, LABELS
from app.models import Complaint, Department, Ticket, TicketDeadline
from app.registers.base import Register
from app.registers.charts import place_two_per_page
from app.registers.complaints import complaint_tickets
from app.registers.period import Period
from app.registers.writer import (
    INT,
    PERCENT,
    Column,
    Options,
    Progress,
    SheetResult,
    SheetWriter,
    print_setup,
)

DIMENSIONS = ("type", "cause", "department", "result")


@dataclass
class PeriodFigures:
    period: Period
    total: int = 0
    valid: int = 0
    invalid: int = 0
    major: int = 0
    escalated: int = 0
    answered_on_time: int = 0
    answered_late: int = 0  # answered after the due time, or still unanswered past it
    result_on_time: int = 0
    result_late: int = 0
    by: dict[str, Counter] = field(default_factory=lambda: {d: Counter() for d in DIMENSIONS})

    @staticmethod
    def _rate(good: int, bad: int) -> float | None:
        return good / (good + bad) if good + bad else None

    @property
    def answer_on_time_rate(self) -> float | None:
        return self._rate(self.answered_on_time, self.answered_late)

    @property
    def on_time_rate(self) -> float | None:
        """R6.3 on-time rate: results fed back within their limit, of those due by now."""
        return self._rate(self.result_on_time, self.result_late)


def _result(status: str, valid: bool | None, result_at: datetime | None) -> str:
    if status == "cancelled":
        return "cancelled"
    if valid is False:
        return "invalid"
    return "resolved" if result_at is not None else "open"


def _judge(due: datetime | None, met: datetime | None, now: datetime) -> int:
    """+1 on time, -1 late (or overdue and not done), 0 not yet due or no such clock."""
    if due is None:
        return 0
    if met is not None:
        return 1 if met <= due else -1
    return -1 if due < now else 0


def figures(period: Period, now: datetime) -> PeriodFigures:
    out = PeriodFigures(period)
    answer = TicketDeadline.alias("answer")
    result = TicketDeadline.alias("result")
    q = (
        Ticket.select(
            Complaint.complaint_type,
            Ticket.cause_category,
            Department.name,
            Complaint.valid,
            Ticket.status,
            Ticket.result_at,
            Ticket.major,
            Complaint.customer_escalated_at,
            answer.due_at,
            answer.met_at,
            result.due_at,
            result.met_at,
        )
        .join(Complaint, JOIN.LEFT_OUTER, on=Complaint.ticket == Ticket.id)
        .switch(Ticket)
        .join(
            Department,
            JOIN.LEFT_OUTER,
            on=Department.id == fn.COALESCE(Complaint.responsible_department, Ticket.department),
        )
        .switch(Ticket)
        .join(
            answer,
            JOIN.LEFT_OUTER,
            on=(answer.ticket == Ticket.id) & (answer.clock == sla.COMPLAINT_ANSWER),
        )
        .switch(Ticket)
        .join(
            result,
            JOIN.LEFT_OUTER,
            on=(result.ticket == Ticket.id) & (result.clock == sla.COMPLAINT_RESULT),
        )
        .where(complaint_tickets(period))
    )
    for (
        ctype,
        cause,
        dept,
        valid,
        status,
        result_at,
        major,
        escalated,
        a_due,
        a_met,
        r_due,
        r_met,
    ) in q.tuples():
        out.total += 1
        out.valid += valid is True
        out.invalid += valid is False
        out.major += bool(major)
        out.escalated += escalated is not None
        out.by["type"][ctype or "other"] += 1
        out.by["cause"][cause or "other"] += 1
        out.by["department"][dept or ""] += 1
        out.by["result"][_result(status, valid, result_at)] += 1
        a = _judge(a_due, a_met, now)
        out.answered_on_time += a == 1
        out.answered_late += a == -1
        r = _judge(r_due, r_met, now)
        out.result_on_time += r == 1
        out.result_late += r == -1
    return out


@dataclass(frozen=True)
class ComplaintAnalysis:
    current: PeriodFigures
    previous: PeriodFigures


def analyse(period: Period, now: datetime) -> ComplaintAnalysis:
    return ComplaintAnalysis(figures(period, now), figures(period.previous(), now))


_SUMMARY = (
    (QT_TRANSLATE_NOOP("registers", "Complaints received"), "total", INT),
    (QT_TRANSLATE_NOOP("registers", "Valid complaints"), "valid", INT),
    (QT_TRANSLATE_NOOP("registers", "Invalid complaints"), "invalid", INT),
    (QT_TRANSLATE_NOOP("registers", "Major complaints"), "major", INT),
    (QT_TRANSLATE_NOOP("registers", "Escalated by the customer"), "escalated", INT),
    (QT_TRANSLATE_NOOP("registers", "Answered on time"), "answer_on_time_rate", PERCENT),
    (QT_TRANSLATE_NOOP("registers", "On-time rate (result fed back in time)"), "on_time_rate", PERCENT),
)
_TABLES = (
    ("type", QT_TRANSLATE_NOOP("registers", "By complaint type"), "complaint_type"),
    ("cause", QT_TRANSLATE_NOOP("registers", "By cause"), "cause"),
    ("department", QT_TRANSLATE_NOOP("registers", "By responsible department"), None),
    ("result", QT_TRANSLATE_NOOP("registers", "By result"), "result"),
)
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Figure"), width=34),
    Column(QT_TRANSLATE_NOOP("registers", "This period"), INT, width=14),
    Column(QT_TRANSLATE_NOOP("registers", "Previous period"), INT, width=14),
    Column(QT_TRANSLATE_NOOP("registers", "Change"), INT, width=10),
)


def write(wb, title: str, period: Period, options: Options, progress: Progress | None) -> SheetResult:
    translate = options.translate
    now = options.now or period.end
    result = analyse(period, now)
    cur, prev = result.current, result.previous
    sheet = SheetWriter(wb, title, COLUMNS, options)
    ws = sheet.ws
    for i, c in enumerate(COLUMNS):
        ws.column_dimensions["ABCD"[i]].width = c.width
    bold = lambda v: sheet.styled(v, "bold")  # noqa: E731
    heading = " — ".join(
        x for x in (options.branch, translate("registers", "Monthly complaint analysis"), period.label) if x
    )
    print_setup(ws, heading, translate, sum(c.width for c in COLUMNS), None)
    ws.append([sheet.styled(heading, "title")])
    ws.append(
        [
            sheet.text_cell(
                translate("registers", "Compared with {previous}").format(previous=prev.period.label)
            )
        ]
    )
    ws.append([])
    header = [bold(translate("registers", h.header)) for h in COLUMNS]
    ws.append(header)
    row = 4
    for source, attr, kind in _SUMMARY:
        a, b = getattr(cur, attr), getattr(prev, attr)
        if kind == PERCENT:
            cells = [
                sheet.styled(a, PERCENT) if a is not None else None,
                sheet.styled(b, PERCENT) if b is not None else None,
                sheet.styled(a - b, PERCENT) if a is not None and b is not None else None,
            ]
        else:
            cells = [a, b, a - b]
        ws.append([translate("registers", source), *cells])
        row += 1
    table_rows: dict[str, tuple[int, int]] = {}
    for dim, source, group in _TABLES:
        ws.append([])
        ws.append(
            [
                bold(translate("registers", source)),
                bold(translate("registers", "This period")),
                bold(translate("registers", "Previous period")),
                bold(translate("registers", "Change")),
            ]
        )
        row += 2
        first = row + 1
        codes = list(LABELS[group]) if group else []
        codes += sorted(k for k in set(cur.by[dim]) | set(prev.by[dim]) if k not in codes)
        for code in codes:
            if group:
                name = (
                    translate(CONTEXTS.get(group, "labels"), LABELS[group][code])
                    if code in LABELS[group]
                    else code
                )
            else:
                name = code or translate("registers", "(none)")
            a, b = cur.by[dim].get(code, 0), prev.by[dim].get(code, 0)
            ws.append([sheet.text_cell(name), a, b, a - b])
            row += 1
        table_rows[dim] = (first, row)
    # Native charts below the tables, as wide as they are, two to a printed page (a page break
    # before each pair), so none is cut in half: this period against the previous one.
    charts = []
    for dim, source, _group in _TABLES:
        first, last = table_rows[dim]
        if last < first:
            continue
        if dim == "result":
            chart = PieChart()
            chart.add_data(Reference(ws, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
            chart.dataLabels = DataLabelList()
            chart.dataLabels.showPercent = True
        else:
            chart = BarChart()
            chart.type = "col"
            chart.add_data(
                Reference(ws, min_col=2, max_col=3, min_row=first - 1, max_row=last), titles_from_data=True
            )
            chart.y_axis.title = translate("registers", "Complaints")
            chart.y_axis.majorGridlines = None
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        chart.title = translate("registers", source)
        charts.append(chart)
    place_two_per_page(ws, charts, row + 3)
    if progress is not None:
        progress(1, 1)
    return SheetResult(title, cur.total, {"total": cur.total, "previous": prev.total})


REGISTER = Register(
    "complaint_analysis",
    QT_TRANSLATE_NOOP("registers", "Monthly complaint analysis"),
    COLUMNS,
    write=write,
    count=lambda period: 1,
)
