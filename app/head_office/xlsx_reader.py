"""A fast, streaming reader of an xlsx workbook's cell values, for checking and merging packs.

openpyxl's read-only mode parses every sheet once just to size it when the file (as its own
write-only mode makes it) has no <dimension>, and then handles each cell through several
objects: about 10,000 cells a second here. Head office reads millions of cells, so this reads
the sheet XML with lxml's iterparse directly and gives back what openpyxl would: strings,
numbers (int when whole in the file), booleans, and datetimes for cells whose number format
is a date.

The sheets the program writes (and Excel's, which share the layout) are read faster still with
one regular expression over the sheet's text, cell by cell; a sheet holding anything else
(formulas, rich text, cells without a reference, prefixed tags) is read with lxml instead, so
what comes back is the same either way.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import from_excel

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# <c r="B12" s="3" t="inlineStr"><is><t>…</t></is></c>, <c r="C3" s="4"><v>46005</v></c>, <c r="D3"/>
# (attributes in the order openpyxl, Excel and LibreOffice write them; any other attribute
# makes the sheet one for lxml)
_CELL = re.compile(
    r'<c r="([A-Z]{1,3})([0-9]+)"(?: s="([0-9]+)")?(?: t="([a-zA-Z]+)")? ?'
    r'(?:/>|>(?:<v>([^<]*)</v>|<is><t(?: xml:space="preserve")?>([^<]*)</t></is>|<is><t/></is>)?</c>)'
)
_CELL_START = re.compile(r"<c[ >/]")


class WorkbookReader:
    """Sheet names and each sheet's rows as tuples of values; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self._zip = zipfile.ZipFile(path)
        try:
            self._sheets = self._sheet_paths()
            self._shared = self._shared_strings()
            self._dates = self._date_styles()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> WorkbookReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    @property
    def sheetnames(self) -> list[str]:
        return list(self._sheets)

    def _xml(self, name: str) -> Any:
        with self._zip.open(name) as f:
            return etree.parse(f).getroot()

    def _sheet_paths(self) -> dict[str, str]:
        rels = {
            r.get("Id"): r.get("Target")
            for r in self._xml("xl/_rels/workbook.xml.rels").iter(f"{PKG_REL}Relationship")
        }
        out: dict[str, str] = {}
        for sheet in self._xml("xl/workbook.xml").iter(f"{MAIN}sheet"):
            target = rels[sheet.get(f"{REL}id")]
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
            out[sheet.get("name")] = path
        return out

    def _shared_strings(self) -> list[str]:
        if "xl/sharedStrings.xml" not in self._zip.namelist():
            return []
        return ["".join(si.itertext()) for si in self._xml("xl/sharedStrings.xml").iter(f"{MAIN}si")]

    def _date_styles(self) -> set[int]:
        if "xl/styles.xml" not in self._zip.namelist():
            return set()
        root = self._xml("xl/styles.xml")
        formats = dict(BUILTIN_FORMATS)
        for fmt in root.iter(f"{MAIN}numFmt"):
            formats[int(fmt.get("numFmtId"))] = fmt.get("formatCode")
        xfs = root.find(f"{MAIN}cellXfs")
        if xfs is None:
            return set()
        return {
            i
            for i, xf in enumerate(xfs.iter(f"{MAIN}xf"))
            if is_date_format(formats.get(int(xf.get("numFmtId", 0)), "") or "")
        }

    def rows(self, name: str) -> Iterator[tuple[Any, ...]]:
        """The sheet's rows from the first, empty rows included, each as long as its last cell
        (empty rows after the last cell are left out)."""
        with self._zip.open(self._sheets[name]) as f:
            data = f.read()
        if b"&#" in data:
            data = _resolve_references(data)
        text = data.decode("utf-8")
        cells = _CELL.findall(text)
        if len(cells) == len(_CELL_START.findall(text)):
            return self._rows_of_cells(cells)
        return self._rows_parsed(name)

    def _rows_of_cells(self, cells: list[tuple[str, ...]]) -> Iterator[tuple[Any, ...]]:
        shared, dates = self._shared, self._dates
        columns: dict[str, int] = {}
        values: list[Any] = []
        current = 0
        for letters, number, style, kind, v, t in cells:
            n = int(number)
            if n != current:
                if current:
                    yield tuple(values)
                    values = []
                for _ in range(current + 1, n):
                    yield ()
                current = n
            col = columns.get(letters)
            if col is None:
                col = columns[letters] = _column(letters)
            while len(values) < col:
                values.append(None)
            if kind == "inlineStr":
                values.append(_text(t))
            elif v is None or v == "":
                values.append(None)
            elif kind == "s":
                values.append(shared[int(v)])
            elif kind in ("str", "e"):
                values.append(_text(v))
            elif kind == "b":
                values.append(v == "1")
            else:
                number_value: Any = float(v) if ("." in v or "e" in v or "E" in v) else int(v)
                if style and int(style) in dates:
                    number_value = from_excel(number_value)
                values.append(number_value)
        if current:
            yield tuple(values)

    def _rows_parsed(self, name: str) -> Iterator[tuple[Any, ...]]:
        shared, dates = self._shared, self._dates
        expected = 1
        with self._zip.open(self._sheets[name]) as f:
            for _event, row in etree.iterparse(f, tag=f"{MAIN}row"):
                number = int(row.get("r") or expected)
                while expected < number:
                    yield ()
                    expected += 1
                values: list[Any] = []
                for c in row.iter(f"{MAIN}c"):
                    col = _column(c.get("r")) if c.get("r") else len(values)
                    while len(values) < col:
                        values.append(None)
                    values.append(_value(c, shared, dates))
                yield tuple(values)
                expected = number + 1
                row.clear()
                parent = row.getparent()
                while row.getprevious() is not None:
                    del parent[0]


_REFERENCE = re.compile(rb"&#([0-9]{1,7});")
_KEEP = frozenset(b"&<>\"'") | frozenset(range(32))  # characters that stay references


def _resolve_references(data: bytes) -> bytes:
    """openpyxl writes every non-ASCII character as a decimal reference (&#26469;): resolved
    here in one pass over the sheet, each distinct one converted once, so the cell pattern
    sees characters (markup characters and control characters stay references)."""
    seen: dict[bytes, bytes] = {}

    def character(m: re.Match[bytes]) -> bytes:
        ref = m[0]
        out = seen.get(ref)
        if out is None:
            code = int(m[1])
            odd = code in _KEEP or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF
            out = ref if odd else chr(code).encode("utf-8")
            seen[ref] = out
        return out

    return _REFERENCE.sub(character, data)


def _text(raw: str) -> str:
    """Cell text as an XML parser gives it: line ends made LF, then the entities resolved."""
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return html.unescape(raw) if "&" in raw else raw


def _column(ref: str) -> int:
    n = 0
    for ch in ref:
        if ch.isdigit():
            break
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _value(c: Any, shared: list[str], dates: set[int]) -> Any:
    kind = c.get("t")
    if kind == "inlineStr":
        node = c.find(f"{MAIN}is")
        return "".join(node.itertext()) if node is not None else None
    v = c.findtext(f"{MAIN}v")
    if not v:  # no value, or a formula never calculated
        return None
    if kind == "s":
        return shared[int(v)]
    if kind in ("str", "e"):
        return v
    if kind == "b":
        return v == "1"
    number: Any = float(v) if any(ch in v for ch in ".eE") else int(v)
    if int(c.get("s", 0)) in dates:
        return from_excel(number)
    return number
