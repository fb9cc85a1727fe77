"""Head office ▸ Consolidate packs…: branches' monthly packs (files or a folder) into one workbook.

The work runs in the background with progress and cancel; afterwards the dialog lists every
pack given and what became of it, as the result's "packs" sheet does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.cli import ts_translate
from app.head_office.consolidate import PackReport, consolidate
from ui.background import Outcome, run_in_background
from ui.exports.common import failed, last_folder, open_file, qt_translate, remember_folder
from ui.row_table_model import Column, RowTableModel

# Packs may come from branches working in any of the program's languages.
READERS = ("en", "zh_CN")


def _result_text(r: PackReport) -> str:
    if r.refusal is None:
        return QCoreApplication.translate("head_office", "consolidated")
    return r.refusal.text(qt_translate)


REPORT_COLUMNS = [
    Column(lambda: QCoreApplication.translate("ConsolidateDialog", "File"), lambda r: r.file),
    Column(
        lambda: QCoreApplication.translate("ConsolidateDialog", "Branch"),
        lambda r: r.branch_name or r.branch_code,
    ),
    Column(lambda: QCoreApplication.translate("ConsolidateDialog", "Period"), lambda r: r.period),
    Column(
        lambda: QCoreApplication.translate("ConsolidateDialog", "Rows"),
        lambda r: str(r.rows) if r.rows else "",
    ),
    Column(lambda: QCoreApplication.translate("ConsolidateDialog", "Result"), _result_text),
]


class ConsolidateDialog(QDialog):
    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._staff_id = staff_id
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Consolidate monthly packs"))
        self.setAcceptDrops(True)
        self.resize(820, 560)
        self.intro = QLabel(
            self.tr(
                "Choose the monthly packs the branches sent (files, or a folder holding them). "
                "You may also drag them here from the file manager. "
                "Every register is merged once with a branch column, and the branches are compared month by month."
            )
        )
        self.intro.setWordWrap(True)
        self.files_model = QStringListModel(self)
        self.files = QListView(objectName="pack_files")
        self.files.setModel(self.files_model)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_files_button = QPushButton(self.tr("Add &files…"), objectName="add_files")
        self.add_folder_button = QPushButton(self.tr("Add a f&older…"), objectName="add_folder")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="remove_files")
        self.add_files_button.clicked.connect(self._add_files)
        self.add_folder_button.clicked.connect(self._add_folder)
        self.remove_button.clicked.connect(self._remove_selected)
        side = QVBoxLayout()
        for b in (self.add_files_button, self.add_folder_button, self.remove_button):
            side.addWidget(b)
        side.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addLayout(side)

        self.path = QLineEdit(objectName="output_path")
        self.path.setText(str(last_folder() / "consolidated.xlsx"))
        self.browse_button = QPushButton(self.tr("&Browse…"), objectName="browse_output")
        self.browse_button.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.path, 1)
        out_row.addWidget(self.browse_button)
        form = QFormLayout()
        out_label = QLabel(self.tr("Save &as:"))
        out_label.setBuddy(self.path)
        form.addRow(out_label, out_row)

        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.report_model = RowTableModel(REPORT_COLUMNS, self)
        self.report = QTableView(objectName="pack_report")
        self.report.setModel(self.report_model)
        self.report.verticalHeader().hide()
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.report.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.report.hide()

        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(
            self.tr("&Consolidate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.run_button.setObjectName("consolidate")
        self.open_button = self.buttons.addButton(
            self.tr("&Open the workbook"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("open_result")
        self.open_button.hide()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Enter anywhere consolidates: no other button may become the default by having had focus.
        for b in (
            self.add_files_button,
            self.add_folder_button,
            self.remove_button,
            self.browse_button,
            self.open_button,
            close,
        ):
            b.setAutoDefault(False)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_consolidation)
        self.open_button.clicked.connect(lambda: self.saved_path and open_file(self.saved_path))
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(files_row, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 2)
        layout.addWidget(self.buttons)
        self.add_files_button.setFocus()

    # -- choosing: the buttons, or packs dragged from the file manager
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.add_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    def add_paths(self, paths: list[str]) -> None:
        have = self.files_model.stringList()
        self.files_model.setStringList(have + [p for p in paths if p and p not in have])

    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Monthly packs"), str(last_folder()), self.tr("Excel workbook (*.xlsx)")
        )
        self.add_paths(names)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("A folder of monthly packs"), str(last_folder())
        )
        self.add_paths([folder] if folder else [])

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.files.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.files_model.removeRow(row)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the consolidated workbook as"),
            self.path.text(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.path.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    # -- the work
    def run_consolidation(self) -> None:
        self.error.clear()
        packs = [Path(p) for p in self.files_model.stringList()]
        if not packs:
            self.error.setText(self.tr("Add the branches' packs first: files, or a folder holding them."))
            self.add_files_button.setFocus()
            return
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose a file name for the consolidated workbook."))
            self.path.setFocus()
            return
        out = Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")
        now = self._clock()
        readers = [ts_translate(lang) for lang in READERS]
        self.buttons.setEnabled(False)  # one consolidation at a time

        def done(outcome: Outcome) -> None:
            self.buttons.setEnabled(True)
            if failed(
                self,
                outcome,
                self.error,
                self.tr("Cancelled; no workbook was written."),
                self.tr("Consolidation failed"),
            ):
                if getattr(outcome.error, "field", None) == "path":
                    self.path.setFocus()
                    self.path.selectAll()
                return
            remember_folder(out)
            self._show_result(outcome.value)

        run_in_background(
            self,
            self.tr("Consolidating monthly packs…"),
            lambda state: consolidate(
                packs, out, qt_translate, now, readers=readers, progress=state, staff_id=self._staff_id
            ),
            done,
        )

    def _show_result(self, result) -> None:
        self.saved_path = result.path
        self.report_model.set_rows(result.reports)
        self.report.show()
        self.open_button.show()
        summary = (
            self.tr("%1 of %2 packs consolidated (%3 rows), saved as %4.")
            .replace("%1", str(len(result.consolidated)))
            .replace("%2", str(len(result.reports)))
            .replace("%3", str(result.rows))
            .replace("%4", str(result.path))
        )
        if result.missing:
            months = ", ".join(f"{name or code} {period}" for code, name, period in result.missing)
            summary += " " + self.tr("Missing months: %1.").replace("%1", months)
        self.summary.setText(summary)
        self.run_button.setFocus()
