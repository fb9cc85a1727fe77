"""R9: the manager picks registers, a period and a file; the export runs in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import permissions
from app.errors import ValidationError
from app.registers import REGISTERS, export
from app.registers.period import MONTH, QUARTER, Period, custom, month, quarter
from app.registers.writer import Options
from app.services import settings
from ui.background import Outcome, run_in_background
from ui.errors import error_text
from ui.exports.common import (
    failed,
    last_folder,
    open_file,
    open_folder,
    qt_translate,
    remember_folder,
)
from ui.i18n import LanguageManager
from ui.widgets import DateField


def _label(text: str, buddy: QWidget) -> QLabel:
    """A form label for a row of several widgets (QFormLayout gives a buddy only to one widget):
    Alt+letter goes to `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ExportDialog(QDialog):
    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._staff_id = staff_id
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Export registers"))
        self.registers = QListWidget(objectName="registers")
        for code, reg in REGISTERS.items():
            item = QListWidgetItem(qt_translate("registers", reg.name))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code == "intake" else Qt.CheckState.Unchecked)
            self.registers.addItem(item)
        self.pack_button = QPushButton(
            self.tr("Monthly pack for &head office (all registers)"), objectName="pack"
        )
        self.pack_button.clicked.connect(self.select_all)
        self.period_kind = QComboBox(objectName="period_kind")
        self.period_kind.addItem(self.tr("Month"), MONTH)
        self.period_kind.addItem(self.tr("Quarter"), QUARTER)
        self.period_kind.addItem(self.tr("Custom range"), "custom")
        today = clock().date()
        last_month = month(today.replace(day=1) - timedelta(days=1))
        self.first = DateField(QDate(last_month.first), objectName="first")
        self.last = DateField(QDate(last_month.last), objectName="last")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period_kind.currentIndexChanged.connect(self._on_period_kind_changed)
        self.first.dateChanged.connect(self._on_first_changed)
        self.mask = QCheckBox(self.tr("&Mask phone numbers (138****5678)"), objectName="mask")
        self.mask.setChecked(bool(settings.get(settings.EXPORT_MASK_PHONES, True)))
        if not permissions.can(staff_id, permissions.EXPORT_UNMASKED):
            self.mask.setChecked(True)
            self.mask.setEnabled(False)
        self.path = QLineEdit(objectName="path")
        self.path.setText(str(last_folder() / self._default_name()))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_kind)
        period_row.addWidget(self.first)
        period_row.addWidget(QLabel("–"))
        period_row.addWidget(self.last)
        form = QFormLayout()
        form.addRow(self.tr("&Registers"), self.registers)
        form.addRow("", self.pack_button)
        form.addRow(_label(self.tr("&Period"), self.period_kind), period_row)
        form.addRow("", self.mask)
        form.addRow(_label(self.tr("&File"), self.path), path_row)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.done_label = QLabel(objectName="done")
        self.done_label.setWordWrap(True)
        self.open_file_button = QPushButton(self.tr("&Open file"), objectName="open_file")
        self.open_folder_button = QPushButton(self.tr("Open fol&der"), objectName="open_folder")
        self.open_file_button.clicked.connect(lambda: self.saved_path and open_file(self.saved_path))
        self.open_folder_button.clicked.connect(lambda: self.saved_path and open_folder(self.saved_path))
        done_row = QHBoxLayout()
        done_row.addWidget(self.done_label, 1)
        done_row.addWidget(self.open_file_button)
        done_row.addWidget(self.open_folder_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(done_row)
        layout.addWidget(self.buttons)
        self._show_done(None)
        self._on_period_kind_changed()
        self.setMinimumWidth(560)

    # -- choices
    def select_all(self) -> None:
        for i in range(self.registers.count()):
            self.registers.item(i).setCheckState(Qt.CheckState.Checked)
        self.period_kind.setCurrentIndex(0)
        self.path.setText(str(Path(self.path.text()).parent / self._default_name()))

    def selected_codes(self) -> list[str]:
        return [
            self.registers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.registers.count())
            if self.registers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def period(self) -> Period:
        kind = self.period_kind.currentData()
        first: date = self.first.date().toPython()
        if kind == MONTH:
            return month(first)
        if kind == QUARTER:
            return quarter(first)
        return custom(first, self.last.date().toPython())

    def _on_period_kind_changed(self, *_args) -> None:
        kind = self.period_kind.currentData()
        self.last.setEnabled(kind == "custom")
        self._on_first_changed()

    def _on_first_changed(self, *_args) -> None:
        if self.period_kind.currentData() != "custom":
            p = self.period()
            self.last.setDate(QDate(p.last))

    def _default_name(self) -> str:
        try:
            label = self.period().slug
        except (ValidationError, AttributeError):
            label = ""
        return f"{settings.branch().code or 'registers'}-{label}.xlsx"

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save registers as"), self.path.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.path.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    def _show_done(self, path: Path | None) -> None:
        self.saved_path = path
        self.done_label.setText(self.tr("Saved: %1").replace("%1", str(path)) if path else "")
        self.open_file_button.setVisible(path is not None)
        self.open_folder_button.setVisible(path is not None)

    # -- the export
    def run_export(self) -> None:
        self.error.clear()
        self._show_done(None)
        try:
            period = self.period()
        except ValidationError as err:
            self.error.setText(error_text(err))
            return
        codes = self.selected_codes()
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose a file name."))
            self.path.setFocus()
            return
        path = Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")
        # the pack sheet names the language it is written in ("" read as English in a Chinese pack)
        language = LanguageManager.for_application(QCoreApplication.instance()).current
        options = Options(translate=qt_translate, mask_phones=self.mask.isChecked(), language=language)
        now = self._clock()
        self.buttons.setEnabled(False)  # one export at a time

        def done(outcome: Outcome) -> None:
            self.buttons.setEnabled(True)
            if failed(
                self,
                outcome,
                self.error,
                self.tr("Export cancelled; no file was written."),
                self.tr("Export failed"),
            ):
                # A workbook open in Excel, an empty choice, a refused permission: the manager
                # chooses another name.
                if getattr(outcome.error, "field", None) == "path":
                    self.path.setFocus()
                    self.path.selectAll()
                return
            remember_folder(path)
            self._show_done(outcome.value.path)

        run_in_background(
            self,
            self.tr("Exporting registers…"),
            lambda state: export(codes, period, path, options, now, self._staff_id, state),
            done,
        )
