"""Reading branches' monthly packs: recognise them, check them, and get their register rows back.

A pack is trusted only as far as its pack sheet vouches for it (app/registers/pack.py): a
known format and version, every register sheet present with the row count and checksum the
branch's program recorded. Values come back as the branch wrote them, in the branch's
language; `Reverse` turns labels and yes/no of either language back into codes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.head_office.xlsx_reader import WorkbookReader
from app.labels import LABELS
from app.registers import REGISTERS
from app.registers import pack as pack_sheet
from app.registers.writer import BOOL, Column

Translate = Callable[[str, str], str]

# Why a pack is not consolidated (context "head_office"); {sheet}, {rows}, {expected} are filled in.
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("head_office", "not an Excel workbook, or damaged")
NOT_FOUND = QT_TRANSLATE_NOOP("head_office", "no such file")
NOT_A_PACK = QT_TRANSLATE_NOOP("head_office", "not a monthly pack of this program (no pack sheet)")
UNKNOWN_VERSION = QT_TRANSLATE_NOOP("head_office", "pack format {version} is not known to this program")
NO_BRANCH = QT_TRANSLATE_NOOP("head_office", "the pack sheet names no branch or period")
MISSING_SHEET = QT_TRANSLATE_NOOP("head_office", "the sheet {sheet} is missing")
CHANGED = QT_TRANSLATE_NOOP("head_office", "the sheet {sheet} was changed after export")
CUT_SHORT = QT_TRANSLATE_NOOP("head_office", "the sheet {sheet} is cut short: {rows} of {expected} rows")
COLUMNS_DIFFER = QT_TRANSLATE_NOOP("head_office", "the columns of the sheet {sheet} are not those of a pack")
SUPERSEDED = QT_TRANSLATE_NOOP("head_office", "replaced by the newer export {file}")


@dataclass
class Refusal:
    message: str
    args: dict[str, Any] = field(default_factory=dict)

    def text(self, translate: Translate) -> str:
        return translate("head_office", self.message).format(**self.args)


@dataclass
class PackFile:
    """A file given to the consolidation and what its pack sheet says."""

    path: Path
    info: pack_sheet.PackInfo | None = None
    refusal: Refusal | None = None

    @property
    def key(self) -> tuple[str, str]:
        assert self.info is not None
        return self.info.branch_code, self.info.period


def _pack_sheet_rows(wb: Any) -> pack_sheet.PackInfo | None:
    # The pack sheet is the last one; its first cell is the marker whatever its title's language.
    for name in reversed(wb.sheetnames):
        info = pack_sheet.parse_pack_rows(wb.rows(name))
        if info is not None:
            return info
        break
    return None


def pack_sheet_title(pf: PackFile) -> str:
    try:
        wb = open_workbook(pf.path)
    except Exception:
        return ""
    try:
        return wb.sheetnames[-1]
    finally:
        wb.close()


def open_workbook(path: Path) -> WorkbookReader:
    return WorkbookReader(path)


def read_pack_file(path: Path) -> PackFile:
    """The pack sheet of `path` (cheap: the register sheets are not read yet)."""
    out = PackFile(Path(path))
    if not out.path.is_file():
        out.refusal = Refusal(NOT_FOUND)
        return out
    try:
        wb = open_workbook(path)
    except Exception:  # whatever openpyxl makes of a file that is not a workbook: say so by name
        out.refusal = Refusal(NOT_A_WORKBOOK)
        return out
    try:
        info = _pack_sheet_rows(wb)
    except Exception:  # a broken sheet inside a zip that opened
        info = None
    finally:
        wb.close()
    if info is None:
        out.refusal = Refusal(NOT_A_PACK)
    elif info.version != pack_sheet.FORMAT_VERSION:
        out.refusal = Refusal(UNKNOWN_VERSION, {"version": info.version})
    elif not info.branch_code or not info.period:
        out.refusal = Refusal(NO_BRANCH)
    out.info = info
    return out


class Reverse:
    """Labels and yes/no in any of the given languages back to their codes."""

    def __init__(self, translates: Sequence[Translate]) -> None:
        self.labels: dict[str, dict[str, str]] = {}
        for group, table in LABELS.items():
            back: dict[str, str] = {}
            for code, source in table.items():
                for translate in translates:
                    for context in ("labels", "registers"):
                        back.setdefault(translate(context, source), code)
            self.labels[group] = back
        self.yes = {t("registers", "Yes") for t in translates}
        self.no = {t("registers", "No") for t in translates}
        # every header in every language, as plain data: a Reverse goes to the reading processes
        headers = {c.header for register in REGISTERS.values() for c in register.columns}
        self._headers = [{h: t("registers", h) for h in headers} for t in translates]

    def header_matches(self, columns: Sequence[Column], row: Sequence[Any]) -> bool:
        got = [("" if v is None else str(v)) for v in list(row)[: len(columns)]]
        return any(got == [table[c.header] for c in columns] for table in self._headers)

    def value(self, column: Column, value: Any) -> Any:
        if value is None:
            return None
        if column.labels and isinstance(value, str):
            return self.labels.get(column.labels, {}).get(value, value)
        if column.kind == BOOL and isinstance(value, str):
            if value in self.yes:
                return True
            if value in self.no:
                return False
        return value


@dataclass
class PackRows:
    """A checked pack's register rows (data rows only, codes restored), per register code."""

    rows: dict[str, list[tuple[Any, ...]]]

    def count(self) -> int:
        return sum(len(r) for r in self.rows.values())


def read_register_rows(pf: PackFile, reverse: Reverse, codes: Sequence[str]) -> PackRows | Refusal:
    """Every register sheet of a pack, checked against its pack sheet; a Refusal at the first fault.

    One pack is held in memory at a time (a branch's month is a few thousand rows).
    """
    assert pf.info is not None
    if pack_sheet.figures_checksum(pf.info.figures) != pf.info.info.get("figures_checksum"):
        return Refusal(CHANGED, {"sheet": pack_sheet_title(pf)})
    by_code = {s.code: s for s in pf.info.sheets}
    try:
        wb = open_workbook(pf.path)
    except Exception:  # changed on disk since its pack sheet was read
        return Refusal(NOT_A_WORKBOOK)
    try:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for code in codes:
            listed = by_code.get(code)
            if listed is None or listed.title not in wb.sheetnames:
                return Refusal(MISSING_SHEET, {"sheet": listed.title if listed else code})
            try:
                rows, checksum = _sheet_rows(wb, listed.title)
            except Exception:  # a sheet whose XML is broken
                return Refusal(NOT_A_WORKBOOK)
            if checksum.hexdigest() != listed.checksum:
                data = max(len(rows) - 2, 0)
                if data < listed.rows:
                    return Refusal(CUT_SHORT, {"sheet": listed.title, "rows": data, "expected": listed.rows})
                return Refusal(CHANGED, {"sheet": listed.title})
            register = REGISTERS[code]
            if register.write is not None:
                continue  # a report sheet (the complaint analysis): checked, not merged
            if len(rows) < 2 or not reverse.header_matches(register.columns, rows[1]):
                return Refusal(COLUMNS_DIFFER, {"sheet": listed.title})
            columns = register.columns
            width = len(columns)
            data_rows = rows[2 : 2 + listed.rows]
            out[code] = [
                tuple(reverse.value(columns[i], (row[i] if i < len(row) else None)) for i in range(width))
                for row in data_rows
            ]
        return PackRows(out)
    finally:
        wb.close()


def _sheet_rows(wb: WorkbookReader, name: str) -> tuple[list[tuple[Any, ...]], pack_sheet.SheetChecksum]:
    checksum = pack_sheet.SheetChecksum()
    rows: list[tuple[Any, ...]] = []
    for row in wb.rows(name):
        checksum.add(row)
        if any(v is not None and v != "" for v in row):
            rows.append(row)
    return rows, checksum


def iter_files(paths: Sequence[Path]) -> Iterator[Path]:
    """Files named, the .xlsx files of folders named (sorted), each once."""
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        found = (
            sorted(
                q for q in p.iterdir() if q.suffix.lower() == ".xlsx" and not q.name.startswith((".~", "~$"))
            )
            if p.is_dir()
            else [p]
        )
        for q in found:
            key = q.resolve()
            if key not in seen:
                seen.add(key)
                yield q
