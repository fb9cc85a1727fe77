"""R10.2: the audit trail as a workbook — the ledger exactly as the window shows it.

The window words each entry in the UI language (ui/audit_texts.py), so it passes the rows as
text; this writes them with the house conventions, atomically, and records the export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from app import db, permissions
from app.errors import QT_TRANSLATE_NOOP
from app.files import save_atomically
from app.registers.writer import DATETIME, Column, Options, SheetWriter, discard, sheet_title
from app.services import audit, settings

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "When"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Who")),
    Column(QT_TRANSLATE_NOOP("registers", "Role")),
    Column(QT_TRANSLATE_NOOP("registers", "What")),
    Column(QT_TRANSLATE_NOOP("registers", "Record")),
)
TITLE = QT_TRANSLATE_NOOP("registers", "Audit trail")


def export_ledger(
    rows: Sequence[tuple[datetime, str, str, str, str]],
    filters: str,
    path: Path,
    options: Options,
    staff_id: int | None,
    now: datetime,
) -> int:
    """Write (when, who, role, what, record) rows to `path`; `filters` says what was chosen
    (shown under the title). Returns the number of rows."""
    permissions.require(staff_id, permissions.VIEW_AUDIT)
    branch = settings.branch()
    heading = " — ".join(
        x for x in (branch.name or branch.code, options.translate("registers", TITLE), filters) if x
    )

    def write(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        try:
            title = sheet_title(options.translate("registers", TITLE), set())
            SheetWriter(wb, title, COLUMNS, options).write(heading, rows, len(rows), with_totals=False)
            wb.save(tmp)
        except BaseException:
            discard(wb)
            raise

    save_atomically(Path(path), write)
    with db.write_transaction():
        audit.record(
            staff_id,
            "export",
            "register",
            "audit_trail",
            now,
            {"file": (None, Path(path).name), "rows": (None, len(rows)), "filters": (None, filters)},
        )
    return len(rows)
