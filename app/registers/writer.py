"""The sheet conventions every register shares (R9), and saving a workbook safely.

A register sheet: a title row (branch — register — period), a frozen bold header row in the
UI language, then the data rows streamed in openpyxl write-only mode (memory stays flat), an
autofilter over header and data, and a bold totals row where the register has totals.

Cells: dates and times are real Excel dates, money is a number with a currency format, and
any text that Excel would treat as a formula (=, +, -, @, tab, CR, LF) is written as text with
Excel's quote prefix so it is shown and never executed (FIELD_NOTES, OWASP).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from app.phones import format_phone, mask_phone
from app.registers import fast_rows

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]

# Column kinds: how a raw value becomes a cell.
TEXT = "text"
PHONE = "phone"
DATE = "date"
DATETIME = "datetime"
MONEY = "money"
INT = "int"
NUMBER = "number"
PERCENT = "percent"
BOOL = "bool"

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = '"¥"#,##0.00;-"¥"#,##0.00'
NUMBER_FORMAT = "0.0#"
PERCENT_FORMAT = "0.0%"

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_WIDTH = 60
WIDTH_SAMPLE = 200  # rows buffered to size the columns before streaming the rest
PROGRESS_EVERY = 500


def identity_translate(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Column:
    """One column: header (English source text, context "registers"), kind, and options.

    `labels` names a code table in app/labels.py: the raw code is shown as its label.
    `total` sums the column in the totals row.
    """

    header: str
    kind: str = TEXT
    width: int = 0  # 0: fit to the header and the first rows
    total: bool = False
    labels: str | None = None


@dataclass
class Options:
    translate: Translate = identity_translate
    mask_phones: bool = True  # R10.1
    branch: str = ""
    now: datetime | None = None  # for figures that depend on what is overdue
    language: str = ""  # recorded in a monthly pack's pack sheet ("" = the source language, English)


@dataclass
class SheetResult:
    title: str
    rows: int
    totals: dict[str, float] = field(default_factory=dict)


def clean_text(value: Any) -> str:
    """Text without the control characters XML cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START)


def write_cell(ws: Any, value: Any, style: Any = None) -> WriteOnlyCell:
    """The one way a value becomes a styled or text cell, in every workbook the program writes
    (registers, the import template and report): text is cleaned of what XML cannot hold, and
    text that Excel would run as a formula (=, +, -, @, tab, CR, LF first — a branch name or a
    customer's name included) is stored as text with the quote prefix, shown and never executed
    (FIELD_NOTES, OWASP). `style` is a cell's `_style` to copy."""
    cell = WriteOnlyCell(ws, None)
    if style is not None:
        cell._style = copy(style)
    if isinstance(value, str):
        text = clean_text(value)
        cell._value = text
        cell.data_type = "s"
        if is_formula_like(text):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


PORTRAIT_WIDTH = 100  # column width units that fit an A4 portrait page at a readable scale


def print_setup(ws: Any, heading: str, translate: Translate, width: float, title_rows: str | None) -> None:
    """What a manager expects when a register is printed: A4, landscape when wide, fitted to
    one page wide (as many pages tall as needed), the header row repeated on every page, the
    title and period in the page header and "page n of m" in the footer."""
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if width > PORTRAIT_WIDTH else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.6, header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.center.text = heading.replace("&", "&&")
    ws.oddHeader.center.size = 10
    ws.oddFooter.center.text = translate("registers", "Page {page} of {pages}").format(page="&P", pages="&N")
    ws.oddFooter.center.size = 8


def sheet_title(text: str, taken: set[str]) -> str:
    """An Excel-legal, unique sheet name (31 characters, none of []:*?/\\)."""
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in text).strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in {t.lower() for t in taken}:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(name)
    return name


def display_width(text: str) -> int:
    """Excel column width units: a CJK character is about two Latin ones wide."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


class SheetWriter:
    """Streams one register into a write-only worksheet with the house conventions."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column], options: Options) -> None:
        self.wb = wb
        self.columns = list(columns)
        self.options = options
        self.ws = wb.create_sheet(title)
        self.title = title
        self._row = 0
        self._styles = self._make_styles()
        self._labels = self._label_maps()
        translate = options.translate
        self._yes = translate("registers", "Yes")
        self._no = translate("registers", "No")
        self._separator = translate("registers", ", ")  # between names in one cell
        self.totals = [0.0 if c.total else None for c in self.columns]
        self.count = 0
        self.rows: fast_rows.RowsFile | None = None  # the rows written as XML (write(rows_file=…))

    # -- styles: built once, copied onto cells (cheaper than setting each attribute per cell)
    def _style_of(self, **attrs: Any):
        cell = WriteOnlyCell(self.ws, None)
        for key, value in attrs.items():
            setattr(cell, key, value)
        return cell._style

    def _make_styles(self) -> dict[str, Any]:
        return {
            DATE: self._style_of(number_format=DATE_FORMAT),
            DATETIME: self._style_of(number_format=DATETIME_FORMAT),
            MONEY: self._style_of(number_format=MONEY_FORMAT),
            NUMBER: self._style_of(number_format=NUMBER_FORMAT),
            PERCENT: self._style_of(number_format=PERCENT_FORMAT),
            "title": self._style_of(font=Font(bold=True, size=14)),
            "header": self._style_of(font=Font(bold=True), alignment=Alignment(wrap_text=True)),
            "bold": self._style_of(font=Font(bold=True)),
            "bold_money": self._style_of(font=Font(bold=True), number_format=MONEY_FORMAT),
            "bold_number": self._style_of(font=Font(bold=True), number_format=NUMBER_FORMAT),
        }

    def _label_maps(self) -> list[dict[str, str] | None]:
        from app.labels import LABELS, label

        translate = self.options.translate
        out: list[dict[str, str] | None] = []
        for c in self.columns:
            if c.labels:  # each group in its own context ("registers" for some: app/labels.CONTEXTS)
                out.append({code: label(translate, c.labels, code) for code in LABELS[c.labels]})
            else:
                out.append(None)
        return out

    def _style_id(self, style: Any) -> int:
        """The workbook's index of a cell style (registered now; styles.xml is written at save)."""
        cell = WriteOnlyCell(self.ws, None)
        cell._style = copy(style)
        return cell.style_id

    def converters(self) -> list[fast_rows.Converter]:
        """Per column, value → cell XML by the same rules as `_cell` (for `write(rows_file=…)`)."""
        ids = {name: self._style_id(style) for name, style in self._styles.items()}
        quote = self._style_id(self._style_of(quotePrefix=True))

        def text(value: str, ref: str) -> str:
            return fast_rows.text_xml(value, ref, quote, FORMULA_START)

        out: list[fast_rows.Converter] = []
        for i, col in enumerate(self.columns):
            kind = col.kind
            if kind == TEXT:
                out.append(self._text_converter(self._labels[i], text))
            elif kind in (DATE, DATETIME):
                out.append(
                    lambda v, ref, style=ids[kind], as_date=kind == DATE: fast_rows.date_xml(
                        v, ref, style, as_date, text
                    )
                )
            elif kind in (MONEY, NUMBER, PERCENT):
                out.append(lambda v, ref, style=ids[kind]: fast_rows.number_xml(float(v), ref, style))
            elif kind == INT:
                out.append(lambda v, ref: fast_rows.number_xml(int(v), ref, None))
            elif kind == BOOL:
                out.append(lambda v, ref: text(self._yes if v else self._no, ref))
            elif kind == PHONE:
                show = mask_phone if self.options.mask_phones else format_phone
                out.append(lambda v, ref, show=show: text(show(v), ref))
            else:
                out.append(lambda v, ref: text(str(v), ref))
        return out

    def _text_converter(
        self, labels: dict[str, str] | None, text: fast_rows.Converter
    ) -> fast_rows.Converter:
        separator = self._separator

        def convert(value: Any, ref: str) -> str:
            if isinstance(value, tuple | list):  # several names (technicians, attendees)
                value = separator.join(value)
                if not value:
                    return ""
            if labels is not None:
                value = labels.get(value, value)
            return text(value if isinstance(value, str) else str(value), ref)

        return convert

    def styled(self, value: Any, style: str) -> WriteOnlyCell:
        return write_cell(self.ws, value, self._styles[style])

    def text_cell(self, value: Any) -> Any:
        """Text that is shown as written: a formula-like string gets the quote prefix."""
        text = clean_text(value)
        return write_cell(self.ws, text) if text and is_formula_like(text) else text

    # -- rows
    def _cell(self, i: int, value: Any) -> Any:
        if value is None or value == "":
            return None
        col = self.columns[i]
        kind = col.kind
        if self.totals[i] is not None and isinstance(value, int | float | Decimal):
            self.totals[i] += float(value)
        if kind == TEXT:
            if isinstance(value, tuple | list):  # several names (technicians, attendees)
                value = self._separator.join(value)
                if not value:
                    return None
            labels = self._labels[i]
            if labels is not None:
                value = labels.get(value, value)
            elif isinstance(value, str) and value[0] not in FORMULA_START:
                return clean_text(value) if ILLEGAL_CHARACTERS_RE.search(value) else value
            return self.text_cell(value)
        if kind in (DATE, DATETIME):
            if isinstance(value, datetime) and kind == DATE:
                value = value.date()
            return self.styled(value, kind) if isinstance(value, date) else self.text_cell(value)
        if kind == MONEY:
            return self.styled(float(value), MONEY)
        if kind == INT:
            return int(value)
        if kind in (NUMBER, PERCENT):
            return self.styled(float(value), kind)
        if kind == BOOL:
            return self._yes if value else self._no
        if kind == PHONE:
            text = mask_phone(value) if self.options.mask_phones else format_phone(value)
            return self.text_cell(text)
        return self.text_cell(value)

    def write(
        self,
        heading: str,
        rows: Iterable[Sequence[Any]],
        total_rows: int = 0,
        progress: Progress | None = None,
        with_totals: bool = True,
        rows_file: str | None = None,
    ) -> SheetResult:
        """Title row, header, data rows, autofilter, totals. `progress(done, total)` may raise.

        `rows_file`: the data and totals rows go as XML into that file instead of through
        openpyxl (`self.rows` then holds it; `fast_rows.splice` puts them in after the save)."""
        if rows_file is not None:
            self.begin_rows(rows_file)
            self.add_rows(rows, total_rows, progress)
            return self.finish_rows(heading, with_totals, total_rows, progress)
        iterator = iter(rows)
        sample: list[Sequence[Any]] = []
        for row in iterator:
            sample.append(row)
            if len(sample) >= WIDTH_SAMPLE:
                break
        self._head(heading, sample)
        cell = self._cell
        rng = range(len(self.columns))
        done = 0
        for source in (sample, iterator):
            for row in source:
                self.ws.append([cell(i, row[i]) for i in rng])
                done += 1
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, total_rows)
        return self._finish(done, with_totals, total_rows, progress)

    # -- streaming: rows arrive in batches (head office's consolidation, pack by pack); the title,
    # header and widths are written at the end, from the first rows
    def begin_rows(self, rows_file: str) -> None:
        self.rows = fast_rows.RowsFile(rows_file, self.converters(), first_row=3)
        self._sample: list[Sequence[Any]] = []
        self._summed = [i for i, t in enumerate(self.totals) if t is not None]

    def add_rows(
        self, rows: Iterable[Sequence[Any]], total_rows: int = 0, progress: Progress | None = None
    ) -> None:
        assert self.rows is not None, "begin_rows first"
        totals, summed, sample, write = self.totals, self._summed, self._sample, self.rows.write
        done = self.count
        for row in rows:
            for i in summed:
                value = row[i]
                if isinstance(value, int | float | Decimal):
                    totals[i] += float(value)
            if len(sample) < WIDTH_SAMPLE:
                sample.append(row)
            write(row)
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total_rows)
        self.count = done

    def finish_rows(
        self, heading: str, with_totals: bool = True, total_rows: int = 0, progress: Progress | None = None
    ) -> SheetResult:
        self._head(heading, self._sample)
        return self._finish(self.count, with_totals, total_rows, progress)

    def _head(self, heading: str, sample: list[Sequence[Any]]) -> None:
        translate = self.options.translate
        headers = [translate("registers", c.header) for c in self.columns]
        ncols = len(self.columns)
        widths = self._set_widths(headers, sample)
        print_setup(self.ws, heading, translate, sum(widths), "2:2")
        self.ws.freeze_panes = "A3"
        self.ws.append([self.styled(clean_text(heading), "title")])
        self.ws.append([self.styled(h, "header") for h in headers])
        if ncols > 1:
            self.ws.merged_cells.ranges.add(f"A1:{get_column_letter(min(ncols, 8))}1")

    def _finish(
        self, done: int, with_totals: bool, total_rows: int, progress: Progress | None
    ) -> SheetResult:
        translate = self.options.translate
        ncols = len(self.columns)
        self.count = done
        last = 2 + done
        self.ws.auto_filter.ref = f"A2:{get_column_letter(ncols)}{max(last, 2)}"
        totals: dict[str, float] = {}
        if with_totals and any(t is not None for t in self.totals):
            out: list[Any] = [None] * ncols
            out[0] = self.styled(translate("registers", "Total ({count} rows)").format(count=done), "bold")
            for i, value in enumerate(self.totals):
                if value is None:
                    continue
                kind = self.columns[i].kind
                style = {MONEY: "bold_money", INT: "bold"}.get(kind, "bold_number")
                out[i] = self.styled(round(value, 2) if kind != INT else int(value), style)
                totals[self.columns[i].header] = round(value, 2)
            if self.rows is not None:
                self.rows.write_cells(self._totals_xml(out))
            else:
                self.ws.append(out)
        if progress is not None:
            progress(done, max(total_rows, done))
        return SheetResult(self.title, done, totals)

    def _totals_xml(self, cells: list[Any]) -> list[str]:
        """The totals row's cells (made as openpyxl cells above) as XML for the rows file."""
        n = self.rows.next_row if self.rows is not None else 0
        out = []
        for i, cell in enumerate(cells):
            if cell is None:
                continue
            ref = f"{get_column_letter(i + 1)}{n}"
            if isinstance(cell._value, str):
                text = fast_rows.escape(clean_text(cell._value))
                out.append(f'<c r="{ref}" s="{cell.style_id}" t="inlineStr"><is><t>{text}</t></is></c>')
            else:
                out.append(fast_rows.number_xml(cell._value, ref, cell.style_id))
        return out

    def _set_widths(self, headers: list[str], sample: list[Sequence[Any]]) -> list[int]:
        widths = []
        for i, col in enumerate(self.columns):
            if col.width:
                width = col.width
            else:
                width = max(display_width(w) for w in headers[i].split()) + 2
                width = max(width, min(display_width(headers[i]), 16) + 2)
                fixed = {DATE: 12, DATETIME: 17, MONEY: 13, PHONE: 15, PERCENT: 9, BOOL: 6, INT: 8}
                if col.kind in fixed:
                    width = max(width, fixed[col.kind])
                else:
                    for row in sample:
                        value = row[i]
                        if isinstance(value, tuple | list):
                            value = self._separator.join(value)
                        if value is not None and not isinstance(value, int | float | Decimal | date):
                            text = self._labels[i].get(value, value) if self._labels[i] else value
                            width = max(width, display_width(str(text)) + 2)
                width = min(width, MAX_WIDTH)
            self.ws.column_dimensions[get_column_letter(i + 1)].width = width
            widths.append(width)
        return widths


def discard(wb: Workbook) -> None:
    """Close and delete the temporary files of an unsaved write-only workbook (after a cancel)."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        out = getattr(getattr(ws, "_writer", None), "out", None)
        if out:
            with contextlib.suppress(OSError):
                os.remove(out)
