"""The working calendar: a year view, day toggles, importing next year's schedule (issue 9.4)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services import calendar_admin, workdays
from app.services.calendar_admin import CalendarImportError
from ui import events, labels
from ui.admin.common import AdminDialog
from ui.admin.day_toggle_dialog import DayToggleDialog
from ui.admin.year_view import KIND_COLOURS, KINDS, YearView
from ui.errors import error_text

FOLDER_KEY = "admin/calendar_folder"
MAX_LISTED_BAD_ROWS = 12


def _swatch(colour: QColor) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(colour)
    return pixmap


class CalendarDialog(AdminDialog):
    def __init__(
        self, clock: Callable[[], datetime], actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(clock, actor_id, parent)
        today = clock().date()
        self.year = QSpinBox(objectName="year")
        self.year.setRange(calendar_admin.MIN_YEAR, calendar_admin.MAX_YEAR)
        self.year.setValue(today.year)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.prev_button = QPushButton("◀", objectName="prev_year")
        self.next_button = QPushButton("▶", objectName="next_year")
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.prev_button.clicked.connect(lambda: self.year.setValue(self.year.value() - 1))
        self.next_button.clicked.connect(lambda: self.year.setValue(self.year.value() + 1))
        self.provisional = QLabel(objectName="provisional")
        self.provisional.setWordWrap(True)
        self.provisional.setStyleSheet("color: #8a5300;")
        self.view = YearView()
        self.view.set_today(today)
        self.view.set_current_date(today)
        self.view.day_activated.connect(self.open_day)
        self.view.current_changed.connect(lambda d: self.year.setValue(d.year))
        self.year.valueChanged.connect(self._on_year_changed)

        self.legend_labels: dict[str, QLabel] = {}
        legend = QHBoxLayout()
        for kind in KINDS:
            swatch = QLabel()
            swatch.setPixmap(_swatch(KIND_COLOURS[kind][0]))
            swatch.setStyleSheet("border: 1px solid #bbb;")
            swatch.setFixedSize(16, 16)
            text = QLabel()
            self.legend_labels[kind] = text
            legend.addWidget(swatch)
            legend.addWidget(text)
            legend.addSpacing(12)
        legend.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.prev_button)
        top.addWidget(self.year)
        top.addWidget(self.next_button)
        top.addSpacing(16)
        top.addWidget(self.provisional, 1)

        self.import_button = QPushButton(objectName="import")
        self.import_button.clicked.connect(self.choose_import_file)
        self.template_button = QPushButton(objectName="template")
        self.template_button.clicked.connect(self.choose_template_file)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.template_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(legend)
        layout.addWidget(self.hint)
        layout.addWidget(self.errors)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.reload()
        self.retranslate_ui()
        self.view.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Working calendar"))
        self.year_label.setText(self.tr("&Year"))
        self.prev_button.setToolTip(self.tr("Previous year"))
        self.next_button.setToolTip(self.tr("Next year"))
        for kind, label in self.legend_labels.items():
            label.setText(labels.label("day_kind", kind))
        self.hint.setText(
            self.tr(
                "Click a day, or move with the arrow keys and press Enter, to make it a working day or a day off. Deadlines of open tickets are recomputed at once."
            )
        )
        self.import_button.setText(self.tr("&Import schedule…"))
        self.template_button.setText(self.tr("Save &template…"))
        self._update_provisional()

    def reload(self) -> None:
        self._calendar = workdays.load_calendar()
        self.view.set_calendar(self._calendar)
        self._update_provisional()

    def _on_year_changed(self, year: int) -> None:
        self.view.set_year(year)
        self._update_provisional()

    def _update_provisional(self) -> None:
        year = self.year.value()
        if self._calendar.is_provisional(year):
            self.provisional.setText(
                self.tr(
                    "No official schedule is loaded for %1: only weekends and fixed-date holidays are known. Import the State Council schedule when it is published."
                ).replace("%1", str(year))
            )
        else:
            self.provisional.clear()

    # -- toggling ------------------------------------------------------------------------
    def open_day(self, day: date) -> DayToggleDialog:
        dialog = DayToggleDialog(day, self._calendar, self)
        dialog.accepted.connect(lambda: self.toggle(day, dialog.note.text()))
        dialog.open()
        return dialog

    def toggle(self, day: date, note: str) -> bool:
        done = self.run(
            lambda op: calendar_admin.toggle_day(day, note, op.actor, op.now),
            {events.CALENDAR, events.TICKETS},
        )
        if not done:
            return False
        change = done.value
        state = self.tr("a working day") if change.is_workday else self.tr("a day off")
        self.result.setText(
            self.tr("%1 is now %2. %3")
            .replace("%1", day.isoformat())
            .replace("%2", state)
            .replace("%3", self.tr("%n open ticket(s) got a new next deadline.", "", change.recomputed))
        )
        self.reload()
        return True

    # -- import and template ---------------------------------------------------------------
    def _folder(self) -> str:
        return QSettings().value(FOLDER_KEY, str(Path.home()), type=str)

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a year's schedule"), self._folder(), self.tr("Schedules (*.xlsx *.csv)")
        )
        if path:
            QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
            self.import_file(path)

    def import_file(self, path: str | Path) -> bool:
        done = self.run(
            lambda op: calendar_admin.import_calendar(path, op.actor, op.now),
            {events.CALENDAR, events.TICKETS},
            on_invalid=self._show_import_problems,
        )
        if not done:
            return False
        result = done.value
        self.result.setText(
            self.tr("Imported %1 day(s) for %2. %3")
            .replace("%1", str(result.days))
            .replace("%2", ", ".join(str(y) for y in result.years))
            .replace("%3", self.tr("%n open ticket(s) got a new next deadline.", "", result.recomputed))
        )
        self.reload()
        self.year.setValue(result.years[0])
        return True

    def _show_import_problems(self, problems: list[ValidationError]) -> None:
        lines = [error_text(p) for p in problems]
        for err in problems:
            bad_rows = err.bad if isinstance(err, CalendarImportError) else []
            for bad in bad_rows[:MAX_LISTED_BAD_ROWS]:
                text = self._bad_row_text(bad)
                lines.append(self.tr("Row %1: %2").replace("%1", str(bad.line)).replace("%2", text))
            if len(bad_rows) > MAX_LISTED_BAD_ROWS:
                lines.append(self.tr("… and %n more.", "", len(bad_rows) - MAX_LISTED_BAD_ROWS))
        self.errors.setText("\n".join(lines))

    @staticmethod
    def _bad_row_text(bad: calendar_admin.BadRow) -> str:
        err = ValidationError(bad.message, value=bad.value)
        return error_text(err)

    def choose_template_file(self) -> None:
        suggested = str(Path(self._folder()) / f"calendar_{self.year.value()}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a schedule template"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
            self.save_template(path)

    def save_template(self, path: str | Path) -> bool:
        headers = [self.tr("Date"), self.tr("Working (1 = yes, 0 = no)"), self.tr("Name")]
        sheet = self.tr("Calendar")
        if not self.run(lambda _op: calendar_admin.save_template(path, headers, sheet=sheet), ()):
            return False
        self.result.setText(
            self.tr(
                "Template saved to %1. List each holiday on a weekday (0) and each 调休 working weekend (1), then import it."
            ).replace("%1", str(path))
        )
        return True
