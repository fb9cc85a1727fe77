"""The "pack" sheet of a monthly pack: what head office needs to trust and merge it.

A monthly pack (every register of a month in one workbook) ends with a small sheet that says
which format it is, which branch and month it holds, who exported it and when, how many rows
each register sheet has, and a checksum of each register sheet's cell values. The checksum is
taken over the values as a reader gets them back (`canonical`), so a pack edited after export,
or cut short, is recognised by `app/head_office`.

Layout (rows of three cells: key, label in the export language, value), parsed by key, so the
labels may be in any language:

    service-office-pack | <label> | 1
    branch_code         | 分支机构代码 | SH
    …
    sheet               | <register code> | <sheet title> | <rows> | <sha256>
    figure              | <figure key>    | <label>       | <numerator> | <denominator>
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.registers.writer import print_setup, write_cell

MARKER = "service-office-pack"
FORMAT_VERSION = 1
SHEET_NAME = QT_TRANSLATE_NOOP("registers", "Pack")

INFO_KEYS = (
    ("branch_code", QT_TRANSLATE_NOOP("registers", "Branch code")),
    ("branch_name", QT_TRANSLATE_NOOP("registers", "Branch")),
    ("period", QT_TRANSLATE_NOOP("registers", "Period")),
    ("program_version", QT_TRANSLATE_NOOP("registers", "Program version")),
    ("exported_at", QT_TRANSLATE_NOOP("registers", "Exported at")),
    ("exported_by", QT_TRANSLATE_NOOP("registers", "Exported by")),
    ("language", QT_TRANSLATE_NOOP("registers", "Language")),
)


def canonical(value: Any) -> str:
    """One text per cell value, the same whether written by us or read back by openpyxl.

    Read back, a date is a datetime at midnight, a whole float is an int, a time keeps only
    what Excel's serial number holds, and XML turns CR LF into LF.
    """
    if value.__class__ is str:  # most cells: first, and without the checks below
        return value if "\r" not in value else value.replace("\r\n", "\n").replace("\r", "\n")
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d 00:00")
    if isinstance(value, int | float) or type(value).__name__ == "Decimal":
        return repr(round(float(value), 6))
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


class SheetChecksum:
    """A running sha256 over a sheet's rows; empty trailing cells and empty rows do not count."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.rows = 0

    def add(self, values: Iterable[Any]) -> None:
        texts = [canonical(v) for v in values]
        while texts and texts[-1] == "":
            texts.pop()
        if not texts:
            return
        self._hash.update("\x1f".join(texts).encode("utf-8"))
        self._hash.update(b"\x1e")
        self.rows += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def cell_value(cell: Any) -> Any:
    """The value of what a register appends: a write-only cell or a plain value."""
    return cell.value if hasattr(cell, "value") and hasattr(cell, "_style") else cell


class ChecksumBook:
    """Stands for a write-only workbook while registers write, hashing every row they append."""

    def __init__(self, wb: Any) -> None:
        self._wb = wb
        self.checksums: dict[str, SheetChecksum] = {}

    def create_sheet(self, title: str | None = None, index: int | None = None) -> Any:
        ws = self._wb.create_sheet(title, index) if index is not None else self._wb.create_sheet(title)
        checksum = SheetChecksum()
        self.checksums[ws.title] = checksum
        append = ws.append

        def hashing_append(row: Iterable[Any]) -> None:
            row = list(row)
            checksum.add(cell_value(c) for c in row)
            append(row)

        ws.append = hashing_append
        return ws

    def __getattr__(self, name: str) -> Any:
        return getattr(self._wb, name)


@dataclass(frozen=True)
class PackSheet:
    code: str
    title: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class Figure:
    """A figure of the branch's month as a fraction, so company totals add up correctly."""

    key: str
    numerator: float
    denominator: float = 1.0


@dataclass
class PackInfo:
    version: int
    info: dict[str, str] = field(default_factory=dict)
    sheets: list[PackSheet] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    @property
    def branch_code(self) -> str:
        return self.info.get("branch_code", "")

    @property
    def branch_name(self) -> str:
        return self.info.get("branch_name", "")

    @property
    def period(self) -> str:
        return self.info.get("period", "")

    @property
    def exported_at(self) -> str:
        return self.info.get("exported_at", "")


def write_pack_sheet(
    wb: Any,
    title: str,
    info: dict[str, str],
    sheets: Sequence[PackSheet],
    figures: Sequence[Figure],
    translate: Any,
    figure_labels: dict[str, str],
) -> None:
    """The pack sheet, last in the workbook (plain cells, so any reader can parse it)."""
    ws = wb.create_sheet(title)
    append = ws.append

    def row(*values: Any) -> None:
        # Through the one cell writer: a branch named "=…" stays text here too.
        append([write_cell(ws, v) if isinstance(v, str) else v for v in values])

    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["E"].width = 66
    # printed, it is one landscape page wide like the registers (the header names the pack)
    print_setup(ws, translate("registers", "Monthly pack for head office"), translate, 150, None)
    row(MARKER, translate("registers", "Monthly pack for head office"), FORMAT_VERSION)
    for key, label in INFO_KEYS:
        row(key, translate("registers", label), info.get(key, ""))
    row()
    for s in sheets:
        row("sheet", s.code, s.title, s.rows, s.checksum)
    row("figures_checksum", translate("registers", "Checksum of the figures"), figures_checksum(figures))
    row()
    for f in figures:
        row("figure", f.key, figure_labels.get(f.key, f.key), f.numerator, f.denominator)


def figures_checksum(figures: Sequence[Figure]) -> str:
    checksum = SheetChecksum()
    for f in figures:
        checksum.add((f.key, f.numerator, f.denominator))
    return checksum.hexdigest()


def parse_pack_rows(rows: Iterable[Sequence[Any]]) -> PackInfo | None:
    """A PackInfo from the pack sheet's rows; None when the sheet is not a pack sheet."""
    it = iter(rows)
    first = next(it, None)
    if not first or first[0] != MARKER:
        return None
    try:
        version = int(first[2])
    except (TypeError, ValueError, IndexError):
        version = 0
    pack = PackInfo(version)
    info_keys = {k for k, _ in INFO_KEYS}
    for row in it:
        if not row or row[0] is None:
            continue
        key = row[0]
        values = [*row, None, None, None, None, None][:5]
        if key in info_keys or key == "figures_checksum":
            pack.info[key] = "" if values[2] is None else str(values[2])
        elif key == "sheet":
            pack.sheets.append(
                PackSheet(str(values[1]), str(values[2]), int(values[3] or 0), str(values[4] or ""))
            )
        elif key == "figure":
            pack.figures.append(Figure(str(values[1]), float(values[3] or 0), float(values[4] or 0)))
    return pack
