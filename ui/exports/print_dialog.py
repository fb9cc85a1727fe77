"""R9 printed forms from the UI: preview, print (Qt print dialog), save as PDF, and the batch
"all sheets for tomorrow's orders" into one PDF."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

import app.forms as forms
from app import leftovers
from app.errors import QT_TRANSLATE_NOOP
from app.services import warranty_records, work_orders
from ui.background import Outcome, run_in_background
from ui.exports.common import failed, last_folder, open_file, qt_translate, remember_folder
from ui.widgets import DateField

FORM_NAMES = {
    forms.SERVICE_SHEET: QT_TRANSLATE_NOOP("forms", "Service report sheet"),
    forms.DISPATCH_SLIP: QT_TRANSLATE_NOOP("forms", "Dispatch slip"),
    forms.SURVEY: QT_TRANSLATE_NOOP("forms", "Satisfaction survey"),
    forms.WARRANTY_CARD: QT_TRANSLATE_NOOP("forms", "Warranty service card"),
}


class PrintDialog(QDialog):
    def __init__(
        self,
        clock: Callable[[], datetime],
        staff_id: int | None,
        parent: QWidget | None = None,
        subject: str = "",
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._staff_id = staff_id
        self.setWindowTitle(self.tr("Print forms"))
        self.form_kind = QComboBox(objectName="form_kind")
        for code, name in FORM_NAMES.items():
            self.form_kind.addItem(qt_translate("forms", name), code)
        self.one = QRadioButton(self.tr("For &one ticket / project:"), objectName="one")
        self.one.setChecked(True)
        self.subject = QLineEdit(subject, objectName="subject")  # the ticket selected in the window
        self.batch = QRadioButton(self.tr("&All work orders on:"), objectName="batch")
        self.day = DateField(QDate(clock().date() + timedelta(days=1)), objectName="day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form_kind.currentIndexChanged.connect(self._on_form_kind_changed)
        # Alt+O / Alt+A choose and go on to what is typed next: the number, or the day
        self.one.clicked.connect(lambda: self.subject.setFocus())
        self.batch.clicked.connect(lambda: self.day.setFocus())
        one_row = QHBoxLayout()
        one_row.addWidget(self.one)
        one_row.addWidget(self.subject, 1)
        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batch)
        batch_row.addWidget(self.day)
        batch_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Form"), self.form_kind)
        form.addRow(one_row)
        form.addRow(batch_row)
        form.addRow(self.hint)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Preview"), objectName="preview")
        self.print_button = QPushButton(self.tr("P&rint…"), objectName="print")
        self.save_button = QPushButton(self.tr("&Save as PDF…"), objectName="save_pdf")
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in (self.preview_button, self.print_button, self.save_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        # Enter previews (the primary action); Close is never the default
        for b in buttons.buttons():
            b.setAutoDefault(False)
            b.setDefault(False)
        self.preview_button.setAutoDefault(True)
        self.preview_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._on_form_kind_changed()
        self.setMinimumWidth(520)

    def _on_form_kind_changed(self, *_args) -> None:
        kind = self.form_kind.currentData()
        per_order = kind in (forms.SERVICE_SHEET, forms.DISPATCH_SLIP)
        self.batch.setEnabled(per_order)
        self.day.setEnabled(per_order)
        if not per_order:
            self.one.setChecked(True)
        self.hint.setText(
            {
                forms.SERVICE_SHEET: self.tr("Ticket no., e.g. SH-20261122-0007 (its latest work order)."),
                forms.DISPATCH_SLIP: self.tr("Ticket no., e.g. SH-20261122-0007 (its latest work order)."),
                forms.SURVEY: self.tr("Ticket no., or leave empty for a blank survey."),
                forms.WARRANTY_CARD: self.tr("Contract no. of the project, e.g. HT2024-0042."),
            }[kind]
        )

    # -- producing the PDF
    def write_pdf(self, path: Path, then: Callable[[Path], object] = lambda _p: None) -> None:
        """Write the chosen form(s) to `path` in the background, then `then(path)`; if it cannot
        be written, the reason is shown instead."""
        self.error.clear()
        kind = self.form_kind.currentData()
        subject = self.subject.text().strip()
        day = self.day.date().toPython()
        batch = self.batch.isChecked() and self.batch.isEnabled()
        now = self._clock()
        sid = self._staff_id
        tr = qt_translate

        def work(report):
            if kind in (forms.SERVICE_SHEET, forms.DISPATCH_SLIP):
                ids = forms.orders_on(day) if batch else [forms.order_for_ticket(subject)]
                draw = forms.service_sheets if kind == forms.SERVICE_SHEET else forms.dispatch_slips
                return draw(ids, path, tr, progress=report, now=now, staff_id=sid)
            if kind == forms.SURVEY:
                ticket_id = None
                if subject:
                    ticket_id = work_orders.ticket_of_order(forms.order_for_ticket(subject))
                return forms.survey(path, tr, ticket_id=ticket_id, now=now, staff_id=sid)
            return forms.warranty_card(
                warranty_records.site_for_contract(subject), path, tr, now=now, staff_id=sid
            )

        def done(outcome: Outcome) -> None:
            if not failed(self, outcome, self.error, "", self.tr("Printing failed")):
                then(Path(outcome.value))

        run_in_background(self, self.tr("Preparing the forms…"), work, done)

    def _temp_pdf(self) -> Path:
        folder = leftovers.private_folder("preview")  # not the system temp folder (issue 15)
        return folder / f"{self.form_kind.currentData()}.pdf"

    def preview(self) -> None:
        def show(path: Path) -> None:
            title = self.tr("%1 — preview").replace("%1", self.form_kind.currentText())
            viewer = pdf_viewer(path, self, title, on_print=lambda: print_pdf(path, self))
            if viewer is None:
                open_file(path)
            else:
                viewer.open()  # window-modal, without a nested event loop

        self.write_pdf(self._temp_pdf(), show)

    def print_(self) -> None:
        self.write_pdf(self._temp_pdf(), lambda path: print_pdf(path, self))

    def suggested_name(self) -> str:
        """The form's name and what it is for, as the office would file it: 售后服务报告单-SH-….pdf
        (it was the form's code, service-sheet.pdf)."""
        batch = self.batch.isChecked() and self.batch.isEnabled()
        what = self.day.date().toString("yyyy-MM-dd") if batch else self.subject.text().strip()
        stem = "-".join(part for part in (self.form_kind.currentText(), what) if part)
        return re.sub(r'[\\/:*?"<>|]+', "_", stem) + ".pdf"

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(last_folder() / self.suggested_name()),
            "PDF (*.pdf)",
        )
        if not name:
            return

        def saved(path: Path) -> None:
            remember_folder(path)
            open_file(path)

        self.write_pdf(Path(name), saved)


def pdf_viewer(
    path: Path, parent: QWidget | None, title: str = "", on_print: Callable[[], object] | None = None
) -> QDialog | None:
    """A preview dialog over QtPdf (PySide6-Addons); None where QtPdf is missing.

    Named for the form (not its temporary file), as tall as the screen allows (900 px ran off a
    1366×768 screen, hiding the page's foot), with the page in focus so Page Down scrolls, and
    Print… and Close beside it."""
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView
    except ImportError:
        return None
    dialog = QDialog(parent)
    dialog.setWindowTitle(title or path.name)
    document = QPdfDocument(dialog)
    document.load(str(path))
    view = QPdfView(dialog)
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    if on_print is not None:
        print_button = QPushButton(QCoreApplication.translate("PrintDialog", "P&rint…"))
        print_button.setObjectName("preview_print")
        print_button.clicked.connect(on_print)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view, 1)
    layout.addWidget(buttons)
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    height = 900 if room is None else min(900, room.height() - 40)
    dialog.resize(QSize(760, max(400, height)))
    view.setFocus()
    dialog.document = document  # type: ignore[attr-defined]
    dialog.view = view  # type: ignore[attr-defined]
    return dialog


def print_pdf(path: Path, parent: QWidget | None) -> bool:
    """QPdfDocument has no print API: render each page at 300 dpi onto the printer (FIELD_NOTES)."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return open_file(path)
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setResolution(300)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    document = QPdfDocument()
    document.load(str(path))
    painter = QPainter(printer)
    try:
        for i in range(document.pageCount()):
            if i:
                printer.newPage()
            rect = painter.viewport()
            image = document.render(i, rect.size())
            painter.drawImage(rect, image)
    finally:
        painter.end()
    return True
