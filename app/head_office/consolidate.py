"""One workbook for head office from many branches' monthly packs.

    consolidate([Path("packs/")], Path("all.xlsx"), translate, now)

1. Every file's pack sheet is read (cheap). Unknown files and formats are refused by name; of
   the same branch and month given twice, the newer export wins and the older is reported as
   replaced; a month missing for a branch that sent others is reported.
2. Each remaining pack is read once, checked sheet by sheet against its checksums (a tampered
   or cut-short pack is refused whole — nothing of it is merged), and its rows are spooled to
   a temporary file per register beside the target, so memory does not grow with the packs.
3. The workbook is written in write-only mode through the registers' own SheetWriter: every
   register once, a branch column first, the same headers and conventions, in the language
   the consolidation runs in; a comparison sheet per month (per branch and the company total,
   with charts); a trend sheet across months when several are given; the "packs" sheet.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from app import db, permissions
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.files import save_atomically, temporary_file
from app.head_office import comparison
from app.head_office.packs import (
    SUPERSEDED,
    PackFile,
    PackRows,
    Refusal,
    Reverse,
    Translate,
    iter_files,
    read_pack_file,
    read_register_rows,
)
from app.registers import MONTHLY_PACK, REGISTERS, fast_rows
from app.registers.writer import PHONE, TEXT, Column, Options, SheetWriter, discard, sheet_title
from app.services import audit

Progress = Callable[[int, int], None]

# Registers merged row by row (the complaint analysis is a report: the comparison replaces it).
MERGED = [code for code in MONTHLY_PACK if REGISTERS[code].write is None]

CONSOLIDATED = QT_TRANSLATE_NOOP("head_office", "consolidated")
MISSING_MONTH = QT_TRANSLATE_NOOP("head_office", "no pack for {period} (the branch sent other months)")


@dataclass
class PackReport:
    """One line of the "packs" sheet."""

    file: str
    branch_code: str = ""
    branch_name: str = ""
    period: str = ""
    exported_at: str = ""
    rows: int = 0
    checksum_ok: bool | None = None  # None: not checked (refused before reading the sheets)
    refusal: Refusal | None = None

    @property
    def consolidated(self) -> bool:
        return self.refusal is None


@dataclass
class ConsolidationResult:
    path: Path
    reports: list[PackReport] = field(default_factory=list)
    missing: list[tuple[str, str, str]] = field(default_factory=list)  # branch code, name, period
    rows: int = 0

    @property
    def consolidated(self) -> list[PackReport]:
        return [r for r in self.reports if r.consolidated]

    @property
    def refused(self) -> list[PackReport]:
        return [r for r in self.reports if not r.consolidated]


def _report_for(pf: PackFile) -> PackReport:
    r = PackReport(pf.path.name, refusal=pf.refusal)
    if pf.info is not None:
        r.branch_code, r.branch_name = pf.info.branch_code, pf.info.branch_name
        r.period, r.exported_at = pf.info.period, pf.info.exported_at
        r.rows = sum(s.rows for s in pf.info.sheets)
    return r


def choose_packs(files: Sequence[PackFile]) -> tuple[list[PackFile], dict[Path, Refusal]]:
    """Of the same branch and month given twice, the newer export (then the later file) wins."""
    newest: dict[tuple[str, str], PackFile] = {}
    refused: dict[Path, Refusal] = {}
    for pf in files:
        if pf.refusal is not None:
            continue
        other = newest.get(pf.key)
        if other is None:
            newest[pf.key] = pf
            continue
        assert other.info is not None and pf.info is not None
        newer, older = (pf, other) if pf.info.exported_at >= other.info.exported_at else (other, pf)
        newest[pf.key] = newer
        refused[older.path] = Refusal(SUPERSEDED, {"file": newer.path.name})
    chosen = sorted(newest.values(), key=lambda p: (p.key[1], p.key[0]))
    return chosen, refused


def missing_months(chosen: Sequence[PackFile]) -> list[tuple[str, str, str]]:
    periods = sorted({p.key[1] for p in chosen})
    have: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for p in chosen:
        have.setdefault(p.key[0], set()).add(p.key[1])
        names[p.key[0]] = p.info.branch_name if p.info else ""
    return [(b, names[b], m) for b in sorted(have) for m in periods if m not in have[b]]


def consolidated_columns(code: str) -> list[Column]:
    """The register's columns behind a branch column; phones stay as the branch wrote them."""
    branch = Column(QT_TRANSLATE_NOOP("registers", "Branch"), width=14)
    return [branch, *(replace(c, kind=TEXT) if c.kind == PHONE else c for c in REGISTERS[code].columns)]


def consolidate(
    paths: Sequence[Path],
    out: Path,
    translate: Translate,
    now: datetime,
    readers: Sequence[Translate] = (),
    progress: Progress | None = None,
    staff_id: int | None = None,
) -> ConsolidationResult:
    """Write the consolidated workbook to `out` (atomically); see the module docstring.

    `translate` is the language of the result; `readers` the languages packs may come in (the
    result's own language is always understood). `progress(done, total)` may raise to cancel.
    """
    if staff_id is not None:  # the window: the signed-in person needs the right (R10.1a)
        permissions.require(staff_id, permissions.CONSOLIDATE_PACKS)
    files = list(iter_files(paths))
    if not files:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "No monthly packs were given: name .xlsx files or a folder holding them."
            ),
            field="packs",
        )
    out = Path(out)
    if any(f.resolve() == out.resolve() for f in files if f.exists()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The result {name} would replace one of the packs: choose another file name."
            ),
            field="path",
            name=out.name,
        )
    pack_files = [read_pack_file(f) for f in files]
    chosen, superseded = choose_packs(pack_files)
    reports = {pf.path: _report_for(pf) for pf in pack_files}
    for path, refusal in superseded.items():
        reports[path].refusal = refusal
    chosen = [pf for pf in chosen if pf.path not in superseded]
    result = ConsolidationResult(out)
    reverse = Reverse([translate, *readers])
    total = max(sum(reports[pf.path].rows for pf in chosen), 1)

    def write(tmp: Path) -> None:
        book = _MergedBook(translate, now)
        try:
            accepted = _read_packs(chosen, reports, reverse, book.writers, total, progress)
            result.missing = missing_months(accepted)
            result.rows = sum(w.count for w in book.writers.values())
            book.save(tmp, accepted, reports, result)
        except BaseException:
            book.discard()
            raise

    save_atomically(out, write)
    result.reports = [reports[pf.path] for pf in pack_files]
    if staff_id is not None:
        with db.write_transaction():
            audit.record(
                staff_id,
                "consolidate",
                "packs",
                out.name[:32],
                now,
                {
                    "file": (None, out.name),
                    "packs": (None, len(result.consolidated)),
                    "refused": (None, len(result.refused)),
                    "rows": (None, result.rows),
                },
            )
    return result


# Reading and checking the packs is most of a consolidation's time, and packs are independent:
# from PARALLEL_FROM packs on they are read in worker processes, one pack per worker at a time
# (memory stays flat), and taken in their order.
PARALLEL_FROM = 4
MAX_WORKERS = 4


def _read_in_order(chosen: Sequence[PackFile], reverse: Reverse) -> Iterator[PackRows | Refusal]:
    codes = list(MONTHLY_PACK)
    workers = min(os.cpu_count() or 1, MAX_WORKERS, len(chosen))
    if workers < 2 or len(chosen) < PARALLEL_FROM:
        for pf in chosen:
            yield read_register_rows(pf, reverse, codes)
        return
    # spawn, not fork: the window runs this in a thread, and a forked child of a threaded process
    # may inherit a lock held by another thread
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        pending: deque[Future] = deque()
        queue = iter(chosen)
        for pf in itertools.islice(queue, 2 * workers):
            pending.append(pool.submit(read_register_rows, pf, reverse, codes))
        while pending:
            got = pending.popleft().result()
            nxt = next(queue, None)
            if nxt is not None:
                pending.append(pool.submit(read_register_rows, nxt, reverse, codes))
            yield got
    finally:  # done, failed or cancelled: no worker outlives the consolidation
        pool.shutdown(wait=True, cancel_futures=True)


def _read_packs(chosen, reports, reverse, writers, total, progress) -> list[PackFile]:
    accepted: list[PackFile] = []
    done = 0
    results = _read_in_order(chosen, reverse)
    try:
        for pf, got in zip(chosen, results, strict=True):
            done = _take_pack(pf, got, reports, writers, accepted, done, total, progress)
    finally:
        results.close()
    return accepted


def _take_pack(pf, got, reports, writers, accepted, done, total, progress) -> int:
    """Write an accepted pack's rows into the merged registers (or note its refusal) while the
    workers read the next packs; returns the rows done so far."""
    report = reports[pf.path]
    if isinstance(got, Refusal):
        report.refusal, report.checksum_ok = got, False
    else:
        report.checksum_ok = True
        code_name = pf.info.branch_name or pf.info.branch_code
        for code in MERGED:
            writers[code].add_rows([(code_name, *row) for row in got.rows.get(code, [])])
        accepted.append(pf)
    done += report.rows
    if progress is not None:
        progress(min(done, total), total)
    return done


class _MergedBook:
    """The consolidated workbook while it is made: the merged registers' sheets come first, their
    rows written as XML as each pack is taken (fast_rows), their title, header and widths at the
    end; then the comparison and packs sheets; the rows are spliced in after openpyxl's save."""

    def __init__(self, translate: Translate, now: datetime) -> None:
        self.translate = translate
        self.wb = Workbook(write_only=True)
        self.taken: set[str] = set()
        options = Options(translate=translate, mask_phones=False, branch="", now=now)
        self.writers: dict[str, SheetWriter] = {}
        for code in MERGED:
            title = sheet_title(translate("registers", REGISTERS[code].name), self.taken)
            writer = SheetWriter(self.wb, title, consolidated_columns(code), options)
            writer.begin_rows(temporary_file(".rows"))
            self.writers[code] = writer

    def save(self, tmp: Path, accepted, reports, result) -> None:
        translate = self.translate
        periods = sorted({pf.info.period for pf in accepted})
        period_text = ", ".join(periods)
        for code, writer in self.writers.items():
            name = translate("registers", REGISTERS[code].name)
            heading = " — ".join(
                x for x in (translate("head_office", "All branches"), name, period_text) if x
            )
            writer.finish_rows(heading)
        comparison.write_sheets(self.wb, accepted, periods, translate, self.taken)
        _write_packs_sheet(self.wb, [reports[p] for p in reports], result.missing, translate, self.taken)
        self.wb.save(tmp)
        fast_rows.splice(tmp, {w.title: w.rows for w in self.writers.values() if w.rows is not None})

    def discard(self) -> None:
        discard(self.wb)
        for writer in self.writers.values():
            if writer.rows is not None:
                writer.rows.close()


PACKS_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "File"), width=34),
    Column(QT_TRANSLATE_NOOP("registers", "Branch code"), width=10),
    Column(QT_TRANSLATE_NOOP("registers", "Branch"), width=24),
    Column(QT_TRANSLATE_NOOP("registers", "Period"), width=10),
    Column(QT_TRANSLATE_NOOP("registers", "Exported at"), width=20),
    Column(QT_TRANSLATE_NOOP("registers", "Rows"), kind="int"),
    Column(QT_TRANSLATE_NOOP("registers", "Checksum"), width=12),
    Column(QT_TRANSLATE_NOOP("registers", "Result"), width=60),
)


def _write_packs_sheet(wb, reports, missing, translate, taken) -> None:
    title = sheet_title(translate("head_office", "Packs"), taken)
    writer = SheetWriter(wb, title, PACKS_COLUMNS, Options(translate=translate))
    checked = {True: translate("head_office", "OK"), False: translate("head_office", "not OK"), None: "—"}
    rows = [
        (
            r.file,
            r.branch_code,
            r.branch_name,
            r.period,
            r.exported_at,
            r.rows,
            checked[r.checksum_ok],
            translate("head_office", CONSOLIDATED) if r.refusal is None else r.refusal.text(translate),
        )
        for r in reports
    ]
    rows += [
        ("", code, name, period, "", None, "", translate("head_office", MISSING_MONTH).format(period=period))
        for code, name, period in missing
    ]
    writer.write(translate("head_office", "Monthly packs consolidated"), rows, len(rows), with_totals=False)
