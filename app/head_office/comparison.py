"""The comparison sheets of a consolidation: branches side by side, per month and across months.

Figures come from each pack's pack sheet as fractions (app/registers/branch_figures.py); a
branch's value is numerator / denominator, the company total is the sum of the numerators
over the sum of the denominators — a rate of all tickets, not an average of branch rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.data_source import StrRef
from openpyxl.chart.series import SeriesLabel
from openpyxl.utils import get_column_letter, quote_sheetname

from app.errors import QT_TRANSLATE_NOOP
from app.registers.branch_figures import AVERAGE, COUNT, FIGURES, PER_100, RATE
from app.registers.charts import place_two_per_page
from app.registers.writer import INT, NUMBER, PERCENT, TEXT, Column, Options, SheetWriter, sheet_title

Translate = Any

KIND_COLUMN = {COUNT: INT, RATE: PERCENT, PER_100: NUMBER, AVERAGE: NUMBER}
# Charted as bars by branch on each month's sheet, and as a line per branch across months.
CHARTED = ["complaints_per_100", "sla.first_response", "satisfaction"]


def value(kind: str, numerator: float, denominator: float) -> float | int | None:
    if kind == COUNT:
        return int(numerator)
    if not denominator:
        return None
    return numerator / denominator


def _fractions(pf: Any) -> dict[str, tuple[float, float]]:
    return {f.key: (f.numerator, f.denominator) for f in pf.info.figures}


def month_table(packs: Sequence[Any], translate: Translate) -> list[list[Any]]:
    """Rows: one per branch (by code), then the company total; columns: branch, every figure."""
    rows: list[list[Any]] = []
    sums = {key: [0.0, 0.0] for key in FIGURES}
    for pf in sorted(packs, key=lambda p: p.info.branch_code):
        fractions = _fractions(pf)
        row: list[Any] = [pf.info.branch_name or pf.info.branch_code]
        for key, (kind, _label) in FIGURES.items():
            n, d = fractions.get(key, (0.0, 0.0))
            sums[key][0] += n
            sums[key][1] += d
            row.append(value(kind, n, d))
        rows.append(row)
    total: list[Any] = [translate("head_office", "Company total")]
    total += [value(kind, *sums[key]) for key, (kind, _label) in FIGURES.items()]
    rows.append(total)
    return rows


def _columns(first: str) -> list[Column]:
    return [Column(first, TEXT, width=24)] + [
        Column(label, KIND_COLUMN[kind], width=12) for kind, label in FIGURES.values()
    ]


def write_sheets(
    wb: Any, packs: Sequence[Any], periods: Sequence[str], translate: Translate, taken: set[str]
) -> None:
    options = Options(translate=translate)
    keys = list(FIGURES)
    for period in periods:
        month = [p for p in packs if p.info.period == period]
        rows = month_table(month, translate)
        title = sheet_title(translate("head_office", "Comparison {period}").format(period=period), taken)
        writer = SheetWriter(wb, title, _columns(QT_TRANSLATE_NOOP("registers", "Branch")), options)
        heading = translate("head_office", "Branches compared — {period}").format(period=period)
        writer.write(heading, rows, len(rows), with_totals=False)
        ws = writer.ws
        last_branch = 2 + len(rows) - 1  # the company total row is not charted
        charts = []
        for key in CHARTED:
            col = 2 + keys.index(key)
            chart = BarChart()
            chart.type = "col"
            chart.add_data(Reference(ws, min_col=col, min_row=2, max_row=last_branch), titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=1, min_row=3, max_row=last_branch))
            chart.title = translate("registers", FIGURES[key][1])
            chart.legend = None
            chart.y_axis.majorGridlines = None
            chart.y_axis.scaling.min = 0  # bars from zero: a short axis exaggerates small gaps
            charts.append(chart)
        place_two_per_page(ws, charts, 2 + len(rows) + 3)
    if len(periods) > 1:
        _write_trend(wb, packs, periods, translate, taken)


def _write_trend(
    wb: Any, packs: Sequence[Any], periods: Sequence[str], translate: Translate, taken: set[str]
) -> None:
    """Per charted figure: a block of months × branches and a line per branch."""
    branches = sorted({(p.info.branch_code, p.info.branch_name or p.info.branch_code) for p in packs})
    by = {(p.info.branch_code, p.info.period): _fractions(p) for p in packs}
    title = sheet_title(translate("head_office", "Trend"), taken)
    # Branch names head the columns as the branches wrote them (no catalogue entry: unchanged).
    columns = [Column(QT_TRANSLATE_NOOP("registers", "Period"), TEXT, width=12)] + [
        Column(name, NUMBER, width=14) for _code, name in branches
    ]
    writer = SheetWriter(wb, title, columns, Options(translate=translate))
    rows: list[list[Any]] = []
    blocks: list[tuple[str, int]] = []
    for key in CHARTED:
        kind, label = FIGURES[key]
        blocks.append((key, len(rows)))
        name = translate("registers", label)
        if kind == RATE:  # one number format for the sheet: rates as percentages
            name = translate("head_office", "{figure} (%)").format(figure=name)
        rows.append([name] + [None] * len(branches))
        for period in periods:
            row: list[Any] = [period]
            for code, _name in branches:
                n, d = by.get((code, period), {}).get(key, (0.0, 0.0))
                v = value(kind, n, d) if (code, period) in by else None
                row.append(v * 100 if v is not None and kind == RATE else v)
            rows.append(row)
    writer.write(translate("head_office", "Branches across months"), rows, len(rows), with_totals=False)
    ws = writer.ws
    charts = []
    for _key, start in blocks:
        first = 3 + start  # sheet row of the block's label (title and header rows come first)
        chart = LineChart()
        for i in range(len(branches)):
            col = 2 + i
            chart.add_data(Reference(ws, min_col=col, min_row=first + 1, max_row=first + len(periods)))
            # The series is named by the branch's header cell.
            header = f"{quote_sheetname(title)}!${get_column_letter(col)}$2"
            chart.series[-1].tx = SeriesLabel(strRef=StrRef(header))
        chart.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=first + len(periods)))
        chart.title = rows[start][0]
        charts.append(chart)
    place_two_per_page(ws, charts, 3 + len(rows) + 2)
