"""What every printed form shares (R9): A4 pages, the embedded CJK font, the header with the
branch name, document number and a QR code, labelled boxes, wrapped text, signature lines.

The font is WenQuanYi Micro Hei from resources/fonts (Apache-2.0, licence beside it), embedded
as a TrueType subset, so Chinese and Latin render and extract as text in every PDF viewer
(FIELD_NOTES: the CID font STSong-Light depends on the viewer; Droid Sans Fallback lacks Latin).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.paths import font_path

Translate = Callable[[str, str], str]
FONT = "WQYMicroHei"
PAGE_W, PAGE_H = A4
MARGIN = 36
GREY = (0.42, 0.42, 0.42)


@cache
def register_font() -> str:
    """Register the bundled CJK TrueType font once per process; returns its name."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    return FONT


def identity_translate(_context: str, text: str) -> str:
    return text


def new_canvas(path_or_file, title: str, author: str = "") -> Canvas:
    register_font()
    # initialFontName: otherwise the canvas references a non-embedded Helvetica (FIELD_NOTES)
    c = Canvas(path_or_file, pagesize=A4, pageCompression=1, initialFontName=FONT)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Service Office")
    return c


NO_LINE_START = frozenset("，。、；：？！）》」』”’,.;:?!)")


def wrap(text: str, size: float, width: float, font: str = FONT) -> list[str]:
    """Lines of `text` that fit `width`: Chinese breaks between any characters, Latin at spaces
    where it can."""
    lines: list[str] = []
    width_of = pdfmetrics.stringWidth
    char_widths: dict[str, float] = {}
    for para in (text or "").splitlines() or [""]:
        if width_of(para, font, size) <= width:  # most values fit on one line
            lines.append(para)
            continue
        line, line_w = "", 0.0  # the line's width grows a character at a time (not re-measured)
        for ch in para:
            ch_w = char_widths.get(ch)
            if ch_w is None:
                ch_w = char_widths[ch] = width_of(ch, font, size)
            # Chinese punctuation that may not start a line stays at the end of this one
            if line_w + ch_w <= width or (ch in NO_LINE_START and line):
                line += ch
                line_w += ch_w
                continue
            cut = line.rfind(" ")
            if ch != " " and cut > len(line) // 2 and line.isascii():
                lines.append(line[:cut])
                line = line[cut + 1 :] + ch
            else:
                lines.append(line)
                line = ch.lstrip()
            line_w = width_of(line, font, size)
        lines.append(line)
    return lines


QR_BORDER = 4  # quiet zone, in modules


@lru_cache(maxsize=256)
def qr_runs(text: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of `text` (error correction M): its module count and its dark runs as
    (row, first column, length)."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    runs = []
    for r, row in enumerate(qr.modules):
        col = 0
        for dark, group in itertools.groupby(map(bool, row)):
            length = len(list(group))
            if dark:
                runs.append((r, col, length))
            col += length
    return qr.getModuleCount(), tuple(runs)


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float = 64) -> None:
    """A QR code of `text` with its bottom-left corner at (x, y), as one filled path.

    (reportlab's QrCodeWidget encodes the code twice — for its bounds and to draw — and makes
    a validated Rect shape per run: it took over half of a service sheet's time.)"""
    count, runs = qr_runs(text)
    box = size / (count + 2 * QR_BORDER)
    top = y + size - (QR_BORDER + 1) * box
    path = c.beginPath()
    for r, col, length in runs:
        path.rect(x + (col + QR_BORDER) * box, top - r * box, length * box, box)
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


@dataclass(frozen=True)
class Field:
    label: str
    value: str = ""
    span: int = 1  # columns of the grid this box takes
    lines: int = 1  # height in text lines


class Page:
    """Draws one form page from the top down; `y` is the next free line."""

    def __init__(self, c: Canvas, translate: Translate) -> None:
        self.c = c
        self.tr = translate
        self.y = PAGE_H - MARGIN
        self.x0, self.x1 = MARGIN, PAGE_W - MARGIN

    def header(self, branch: str, title: str, number: str, qr_text: str) -> None:
        """Branch name, form title (in the UI language: its official name 售后服务报告单 … in a
        Chinese office), document number, QR code."""
        c = self.c
        translate = self.tr
        qr = 66
        if qr_text:
            draw_qr(c, qr_text, self.x1 - qr, self.y - qr, qr)
        c.setFont(FONT, 11)
        c.drawString(self.x0, self.y - 12, branch)
        c.setFont(FONT, 19)
        c.drawString(self.x0, self.y - 38, title)
        c.setFont(FONT, 9.5)
        c.setFillColorRGB(*GREY)
        c.drawString(self.x0, self.y - 56, translate("forms", "Document no.: {number}").format(number=number))
        c.setFillColorRGB(0, 0, 0)
        self.y -= qr + 10
        c.setLineWidth(1.2)
        c.line(self.x0, self.y, self.x1, self.y)
        self.y -= 8

    def section(self, text: str) -> None:
        self.y -= 4
        self.c.setFont(FONT, 11)
        self.c.drawString(self.x0, self.y - 11, text)
        self.y -= 15

    def grid(self, fields: Sequence[Field], columns: int = 2, size: float = 9.5) -> None:
        """Labelled boxes in rows of `columns`; a box's text wraps inside it."""
        c = self.c
        col_w = (self.x1 - self.x0) / columns
        line_h = size * 1.35
        row: list[Field] = []
        used = 0
        for f in [*fields, None]:
            if f is None or used + f.span > columns:
                if row:
                    self._grid_row(row, col_w, size, line_h)
                row, used = [], 0
                if f is None:
                    break
            row.append(f)
            used += f.span
        c.setFillColorRGB(0, 0, 0)

    def _grid_row(self, row: list[Field], col_w: float, size: float, line_h: float) -> None:
        c = self.c
        wrapped = [wrap(f.value, size, col_w * f.span - 10) for f in row]
        lines = max(max(f.lines, len(w)) for f, w in zip(row, wrapped, strict=True))
        h = 14 + lines * line_h + 4
        x = self.x0
        c.setLineWidth(0.5)
        for f, text in zip(row, wrapped, strict=True):
            w = col_w * f.span
            c.rect(x, self.y - h, w, h)
            c.setFont(FONT, 7.5)
            c.setFillColorRGB(*GREY)
            c.drawString(x + 4, self.y - 10, f.label)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(FONT, size)
            ty = self.y - 14 - size
            for line in text:
                c.drawString(x + 5, ty, line)
                ty -= line_h
            x += w
        self.y -= h

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        size: float = 9,
        right_aligned: bool = False,
    ) -> None:
        """A simple ruled table; widths are fractions of the page width. `right_aligned` puts
        every column but the first on the right (amounts)."""
        c = self.c
        total_w = self.x1 - self.x0
        xs = [self.x0]
        for w in widths:
            xs.append(xs[-1] + w * total_w)
        row_h = size + 8
        c.setLineWidth(0.5)
        for r, cells in enumerate([headers, *rows]):
            c.setFont(FONT, size)
            c.setFillColorRGB(*(GREY if r == 0 else (0, 0, 0)))
            for i, text in enumerate(cells):
                if i > 0 and right_aligned:
                    c.drawRightString(xs[i + 1] - 4, self.y - size - 2, text)
                else:
                    c.drawString(xs[i] + 4, self.y - size - 2, text)
            c.setFillColorRGB(0, 0, 0)
            self.y -= row_h
            c.line(self.x0, self.y + 0.0, self.x1, self.y)

    def rating_boxes(self, items: Sequence[tuple[str, int | None]], scale: Sequence[str]) -> None:
        """R7.1: one row per aspect, a box per grade 1–5; a recorded rating is ticked."""
        c = self.c
        label_w = 150
        box_w = (self.x1 - self.x0 - label_w) / len(scale)
        c.setFont(FONT, 8.5)
        for i, s in enumerate(scale):
            c.drawString(self.x0 + label_w + i * box_w + 18, self.y - 10, s)
        self.y -= 16
        for label, value in items:
            c.setFont(FONT, 10)
            c.drawString(self.x0 + 4, self.y - 13, label)
            for i in range(len(scale)):
                bx = self.x0 + label_w + i * box_w + 4
                c.rect(bx, self.y - 15, 11, 11)
                if value is not None and value == len(scale) - i:
                    c.setLineWidth(1.4)
                    c.line(bx + 2, self.y - 9, bx + 5, self.y - 13)
                    c.line(bx + 5, self.y - 13, bx + 10, self.y - 5)
                    c.setLineWidth(0.5)
            self.y -= 17

    def lines_to_write(self, label: str, count: int = 2, text: str = "") -> None:
        c = self.c
        c.setFont(FONT, 9.5)
        c.drawString(self.x0, self.y - 12, label)
        self.y -= 16
        written = wrap(text, 9.5, self.x1 - self.x0 - 8)
        for i in range(max(count, len(written))):
            if i < len(written):
                c.drawString(self.x0 + 4, self.y - 14, written[i])
            c.setLineWidth(0.4)
            c.line(self.x0, self.y - 17, self.x1, self.y - 17)
            self.y -= 18

    def signatures(self, labels: Sequence[str], date_label: str) -> None:
        c = self.c
        self.y -= 22
        w = (self.x1 - self.x0) / len(labels)
        c.setFont(FONT, 9.5)
        translate = self.tr
        colon = translate("forms", "{label}:")  # a full-width colon in Chinese
        for i, label in enumerate(labels):
            x = self.x0 + i * w
            for text, dy in ((colon.format(label=label), 0), (colon.format(label=date_label), 20)):
                c.drawString(x, self.y - dy, text)
                c.line(x + 4 + c.stringWidth(text, FONT, 9.5), self.y - dy - 2, x + w - 14, self.y - dy - 2)
        self.y -= 30

    def footer(self, text: str) -> None:
        c = self.c
        c.setFont(FONT, 7.5)
        c.setFillColorRGB(*GREY)
        c.drawString(self.x0, MARGIN - 14, text)
        c.drawRightString(self.x1, MARGIN - 14, str(c.getPageNumber()))
        c.setFillColorRGB(0, 0, 0)
