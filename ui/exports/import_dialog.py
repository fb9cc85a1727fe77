"""Import customers, sites and projects from head office's Excel list (R9, issue 5 point 5).

Save the template, choose a filled-in file: every row is checked in the background
(app/importing.check) and each bad row is listed with why, before anything is written. Then the
user imports the valid rows (app/importing.apply) or nothing; the report can be saved as xlsx.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import importing
from ui import events
from ui.background import Outcome, run_in_background
from ui.exports.common import failed, last_folder, qt_translate, remember_folder, write_file
from ui.row_table_model import Column, RowTableModel


def _status_text(row: importing.RowResult) -> str:
    if row.status == importing.DUPLICATE:
        return QCoreApplication.translate("importing", "duplicate, skipped")
    return QCoreApplication.translate("importing", "error")


class ImportDialog(QDialog):
    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._staff_id = staff_id
        self.report: importing.ImportReport | None = None
        self.imported: int | None = None
        self.setWindowTitle(self.tr("Import customers and sites"))

        intro = QLabel(
            self.tr(
                "Copy head office's list into the template (one row per site), then choose the "
                "file. Every row is checked before anything is written."
            )
        )
        intro.setWordWrap(True)
        self.template_button = QPushButton(self.tr("Save &template…"), objectName="save_template")
        self.template_button.clicked.connect(self.save_template)
        self.choose_button = QPushButton(self.tr("&Choose file…"), objectName="choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.template_button)
        top.addWidget(self.choose_button)
        top.addStretch(1)
        self.file_label = QLabel(objectName="file")
        self.file_label.setWordWrap(True)
        self.saved_label = QLabel(objectName="saved")
        self.saved_label.setWordWrap(True)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)

        self.model = RowTableModel(
            [
                Column(lambda: self.tr("Row"), lambda r: str(r.row), sort_key=lambda r: r.row),
                Column(lambda: self.tr("Status"), _status_text),
                Column(lambda: self.tr("What is wrong"), lambda r: r.text(qt_translate)),
            ],
            self,
        )
        self.table = QTableView(objectName="problems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.import_button = QPushButton(objectName="import_valid")
        self.import_button.clicked.connect(self.import_valid)
        self.nothing_button = QPushButton(self.tr("Import &nothing"), objectName="import_nothing")
        self.nothing_button.clicked.connect(self.reject)
        self.report_button = QPushButton(self.tr("Save &report…"), objectName="save_report")
        self.report_button.clicked.connect(self.save_report)
        bottom = QHBoxLayout()
        bottom.addWidget(self.report_button)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.nothing_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.saved_label)
        layout.addLayout(bottom)
        self._show_report(None)
        self.resize(760, 480)

    # -- the template
    def save_template(self) -> None:
        self.error.clear()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import template as"),
            str(last_folder() / "import-template.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        title = self.tr("Template not saved")
        if not write_file(self, self.error, title, lambda: importing.save_template(path, qt_translate)):
            return
        remember_folder(path)
        self.saved_label.setText(self.tr("Template saved: %1").replace("%1", str(path)))

    # -- the check
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the list to import"),
            str(last_folder()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            remember_folder(Path(name))
            self.check(Path(name))

    def check(self, path: Path) -> None:
        """Validate every row of `path` in the background and show what is wrong; writes nothing."""
        self.error.clear()
        self._show_report(None)
        self.file_label.setText(self.tr("File: %1").replace("%1", str(path)))
        today = self._clock().date()

        def done(outcome: Outcome) -> None:
            cancelled = self.tr("Check cancelled; nothing was imported.")
            if not failed(self, outcome, self.error, cancelled, self.tr("The file cannot be read")):
                self._show_report(outcome.value)

        run_in_background(
            self,
            self.tr("Checking the file…"),
            lambda _state: importing.check(path, qt_translate, today),
            done,
        )

    def _show_report(self, report: importing.ImportReport | None) -> None:
        self.report = report
        self.imported = None
        bad = report.bad if report is not None else []
        self.model.set_rows(bad)
        valid = len(report.valid) if report is not None else 0
        self.import_button.setText(self.tr("&Import the %1 valid rows").replace("%1", str(valid)))
        self.import_button.setEnabled(valid > 0)
        self.report_button.setEnabled(report is not None)
        self.nothing_button.setText(self.tr("Import &nothing"))
        if report is None:
            self.summary.clear()
            return
        duplicates = sum(1 for r in bad if r.status == importing.DUPLICATE)
        self.summary.setText(
            self.tr("%1 rows can be imported, %2 have problems, %3 are already in the database.")
            .replace("%1", str(valid))
            .replace("%2", str(len(bad) - duplicates))
            .replace("%3", str(duplicates))
        )

    # -- the import
    def import_valid(self) -> None:
        report = self.report
        if report is None or not report.valid:
            return
        self.error.clear()
        now = self._clock()
        self.import_button.setEnabled(False)  # once

        def done(outcome: Outcome) -> None:
            cancelled = self.tr("Import cancelled; nothing was written.")
            if failed(self, outcome, self.error, cancelled, self.tr("Import failed")):
                self.import_button.setEnabled(True)
                return
            self.imported = outcome.value
            self.nothing_button.setText(self.tr("Close"))
            self.summary.setText(
                self.tr("%1 rows imported; %2 rows not.")
                .replace("%1", str(outcome.value))
                .replace("%2", str(len(report.bad)))
            )
            events.publish({events.CUSTOMERS})

        run_in_background(
            self, self.tr("Importing…"), lambda _state: importing.apply(report, now, self._staff_id), done
        )

    # -- the report
    def save_report(self) -> None:
        report = self.report
        if report is None:
            return
        self.error.clear()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import report as"),
            str(last_folder() / f"{report.path.stem}-report.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        title = self.tr("Report not saved")
        if not write_file(self, self.error, title, lambda: importing.save_report(report, path, qt_translate)):
            return
        remember_folder(path)
        self.saved_label.setText(self.tr("Report saved: %1").replace("%1", str(path)))
