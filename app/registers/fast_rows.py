"""Register rows written as sheet XML directly, for the workbooks with hundreds of thousands of
rows (head office's consolidation of every branch's pack).

openpyxl's write-only mode costs several objects and an lxml element per cell: about 2/3 of a
consolidation's time. Here each column gets one converter from value to cell XML, made once
from the same rules as `SheetWriter._cell` (labels, dates as dates, money with its format,
formula-like text with the quote prefix, control characters removed), and the rows are written
as UTF-8 text to a temporary file. openpyxl still writes everything else of the sheet (title and
header rows, widths, frozen panes, autofilter, print setup) and the workbook around it; after
it has saved, `splice` puts the rows into their sheets' `<sheetData>`.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

Converter = Callable[[Any, str], str]

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
END_OF_ROWS = b"</sheetData>"
# Deflate level for the spliced sheets: on a 10-pack consolidation's intake sheet (20 MB of XML)
# level 1 took 118 ms and gave 3.2 MB, openpyxl's default 6 took 225 ms for 2.7 MB.
COMPRESS_LEVEL = 1


def escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:  # as openpyxl (lxml) writes it: a parser would turn a bare CR into LF
        text = text.replace("\r", "&#13;")
    return text


def text_xml(text: str, ref: str, quote_style: int, formula_start: tuple[str, ...]) -> str:
    """An inline string cell; formula-like text with the quote-prefix style, shown not run."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
        if not text:
            return ""
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    style = f' s="{quote_style}"' if text.startswith(formula_start) else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def number_xml(value: float | int, ref: str, style: int | None) -> str:
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{s} t="n"><v>{value!r}</v></c>'


class RowsFile:
    """The data rows of one sheet, from row `first_row` on, as `<row>` XML in a text file."""

    def __init__(self, path: str, converters: Sequence[Converter], first_row: int) -> None:
        self.path = path
        self._file: IO[str] = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        self._converters = list(converters)
        self._letters = [get_column_letter(i + 1) for i in range(len(converters))]
        self.next_row = first_row

    def write(self, row: Sequence[Any]) -> None:
        n = str(self.next_row)
        cells = []
        for value, convert, letter in zip(row, self._converters, self._letters, strict=False):
            if value is None or value == "":
                continue
            xml = convert(value, letter + n)
            if xml:
                cells.append(xml)
        self._file.write(f'<row r="{n}">{"".join(cells)}</row>')
        self.next_row += 1

    def write_cells(self, cells: Iterable[str]) -> None:
        """A row of ready cell XML (the totals row)."""
        self._file.write(f'<row r="{self.next_row}">{"".join(cells)}</row>')
        self.next_row += 1

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()


def date_xml(value: Any, ref: str, style: int, as_date: bool, text: Converter) -> str:
    if isinstance(value, datetime) and as_date:
        value = value.date()
    if isinstance(value, date):
        return number_xml(to_excel(value), ref, style)
    return text(str(value), ref)


def splice(workbook: Path, rows: dict[str, RowsFile]) -> None:
    """Put each sheet's rows file (by sheet name) into the saved workbook, just before the end
    of its `<sheetData>`, rewriting the file in place (through a sibling temporary file)."""
    for f in rows.values():
        f.close()
    workbook = Path(workbook)
    spliced = workbook.with_name(workbook.name + ".splice")
    try:
        with zipfile.ZipFile(workbook) as zin:
            paths = _sheet_paths(zin)
            targets = {paths[name]: f for name, f in rows.items()}
            with zipfile.ZipFile(spliced, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zout:
                for info in zin.infolist():
                    data = zin.read(info.filename)
                    rows_file = targets.get(info.filename)
                    if rows_file is None:
                        zout.writestr(info, data)
                        continue
                    cut = data.rindex(END_OF_ROWS)
                    entry = zipfile.ZipInfo(info.filename, info.date_time)
                    entry.compress_type = zipfile.ZIP_DEFLATED
                    entry._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]
                    with zout.open(entry, "w", force_zip64=True) as out, open(rows_file.path, "rb") as src:
                        out.write(data[:cut])
                        shutil.copyfileobj(src, out, 1 << 20)
                        out.write(data[cut:])
        os.replace(spliced, workbook)
    finally:
        if spliced.exists():
            spliced.unlink()
        for f in rows.values():
            if os.path.exists(f.path):
                os.remove(f.path)


def _sheet_paths(zin: zipfile.ZipFile) -> dict[str, str]:
    from lxml import etree

    rel_ns = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    doc_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    rels = {
        r.get("Id"): r.get("Target")
        for r in etree.fromstring(zin.read("xl/_rels/workbook.xml.rels")).iter(f"{rel_ns}Relationship")
    }
    out = {}
    for sheet in etree.fromstring(zin.read("xl/workbook.xml")).iter(f"{MAIN}sheet"):
        target = rels[sheet.get(f"{doc_rel}id")]
        out[sheet.get("name")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    return out
