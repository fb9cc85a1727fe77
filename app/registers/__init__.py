"""R9: Excel registers for head office — pure functions from a query to a workbook file.

    export(["intake", "complaints"], parse_period("2026-10"), Path("pack.xlsx"), options, now, staff_id)

writes one sheet per register (a "monthly pack") atomically, and records the export in the
audit trail (R10.2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from app import __version__, db, permissions
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.files import save_atomically
from app.models import Staff
from app.registers import (
    appraisal,
    branch_figures,
    complaint_analysis,
    complaint_follow_up,
    complaints,
    costs,
    dispatch_log,
    follow_up_visits,
    intake,
    pack,
    patrols,
    training,
)
from app.registers.base import Register
from app.registers.period import Period
from app.registers.writer import (
    Options,
    Progress,
    SheetResult,
    SheetWriter,
    discard,
    sheet_title,
)
from app.services import audit, settings

REGISTERS: dict[str, Register] = {
    r.code: r
    for r in (
        intake.REGISTER,
        complaints.REGISTER,
        complaint_follow_up.REGISTER,
        dispatch_log.REGISTER,
        follow_up_visits.REGISTER,
        patrols.REGISTER,
        appraisal.REGISTER,
        training.REGISTER,
        costs.REGISTER,
        complaint_analysis.REGISTER,
    )
}
# The monthly pack for head office: every register of R9.
MONTHLY_PACK = list(REGISTERS)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sheets: list[SheetResult]

    @property
    def rows(self) -> int:
        return sum(s.rows for s in self.sheets)


def check_codes(codes: Sequence[str]) -> list[str]:
    if not codes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one register to export."), field="registers"
        )
    unknown = [c for c in codes if c not in REGISTERS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown register {code}. Known registers: {known}."),
            field="registers",
            code=unknown[0],
            known=", ".join(REGISTERS),
        )
    return list(dict.fromkeys(codes))


def is_monthly_pack(codes: Sequence[str]) -> bool:
    return set(codes) == set(MONTHLY_PACK)


def build_workbook(
    codes: Sequence[str],
    period: Period,
    options: Options,
    progress: Progress | None = None,
    exported_by: str = "",
) -> tuple[Workbook, list[SheetResult]]:
    """A write-only workbook holding one sheet per register (not yet saved).

    The monthly pack also gets its pack sheet (app/registers/pack.py) for head office.
    """
    codes = check_codes(codes)
    registers = [REGISTERS[c] for c in codes]
    totals = [r.count(period) if r.count else 0 for r in registers]
    grand = max(sum(totals), 1)
    wb = Workbook(write_only=True)
    book = pack.ChecksumBook(wb)
    try:
        results = _write_sheets(book, registers, totals, grand, period, options, progress)
        if is_monthly_pack(codes):
            _write_pack_sheet(wb, book, registers, results, period, options, exported_by)
        return wb, results
    except BaseException:
        discard(wb)
        raise


def _write_pack_sheet(wb, book, registers, results, period, options, exported_by) -> None:
    translate = options.translate
    branch = settings.branch()
    sheets = [
        pack.PackSheet(reg.code, res.title, res.rows, book.checksums[res.title].hexdigest())
        for reg, res in zip(registers, results, strict=True)
    ]
    now = options.now or datetime.now()
    info = {
        "branch_code": branch.code,
        "branch_name": branch.name,
        "period": period.label,
        "program_version": __version__,
        "exported_at": f"{now:%Y-%m-%d %H:%M:%S}",
        "exported_by": exported_by,
        "language": options.language,
    }
    labels = {key: translate("registers", text) for key, (_kind, text) in branch_figures.FIGURES.items()}
    taken = {res.title for res in results}
    title = sheet_title(translate("registers", pack.SHEET_NAME), taken)
    pack.write_pack_sheet(
        wb, title, info, sheets, branch_figures.branch_figures(period, now), translate, labels
    )


def _write_sheets(wb, registers, totals, grand, period, options, progress) -> list[SheetResult]:
    taken: set[str] = set()
    results: list[SheetResult] = []
    done_before = 0
    for reg, total in zip(registers, totals, strict=True):
        title = sheet_title(options.translate("registers", reg.name), taken)

        def sub(done: int, _total: int, base: int = done_before) -> None:
            if progress is not None:
                progress(base + min(done, grand - base), grand)

        if reg.write is not None:
            results.append(reg.write(wb, title, period, options, sub))
        else:
            writer = SheetWriter(wb, title, reg.columns, options)
            heading = " — ".join(
                x for x in (options.branch, options.translate("registers", reg.name), period.label) if x
            )
            results.append(writer.write(heading, reg.rows(period), total, sub))
        done_before += total
    return results


def export(
    codes: Sequence[str],
    period: Period,
    path: Path,
    options: Options,
    now: datetime,
    staff_id: int | None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the registers to `path` (atomically) and record who exported what (R10.2).

    Always a signed-in member of staff (R10.1a: the headless commands sign in too): the export
    permission is needed, and unmasked phone numbers need their own (R10.1).
    """
    permissions.require(staff_id, permissions.EXPORT_REGISTERS)
    if not options.mask_phones:
        permissions.require(staff_id, permissions.EXPORT_UNMASKED)
    if not options.branch:
        b = settings.branch()
        options.branch = b.name or b.code
    if options.now is None:
        options.now = now
    path = Path(path)
    results: list[SheetResult] = []

    exported_by = ""
    if staff_id is not None:
        exported_by = Staff.get_by_id(staff_id).name

    def write(tmp: Path) -> None:
        wb, sheets = build_workbook(codes, period, options, progress, exported_by)
        results.extend(sheets)
        wb.save(tmp)

    save_atomically(path, write, ".xlsx")
    with db.write_transaction():
        audit.record(
            staff_id,
            "export",
            "register",
            ",".join(codes),
            now,
            {
                "period": (None, period.label),
                "file": (None, path.name),
                "rows": (None, sum(r.rows for r in results)),
                "masked": (None, options.mask_phones),
            },
        )
    return ExportResult(path, results)
