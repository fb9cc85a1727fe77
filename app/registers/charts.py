"""Charts below a sheet's tables that print whole: as wide as the tables, two to a page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.pagebreak import Break

CHART_WIDTH_CM, CHART_HEIGHT_CM = 13.5, 8.5
CHART_ROWS = 20  # rows a chart takes, with a gap (a row is about 0.53 cm)


def place_two_per_page(ws: Any, charts: Sequence[Any], first_row: int) -> None:
    """Anchor `charts` one below the other from `first_row`, a page break before each pair, so
    none is cut in half when printed."""
    row = first_row
    for n, chart in enumerate(charts):
        chart.height, chart.width = CHART_HEIGHT_CM, CHART_WIDTH_CM
        if n % 2 == 0:
            ws.row_breaks.append(Break(id=row - 2))
        ws.add_chart(chart, f"A{row}")
        row += CHART_ROWS
