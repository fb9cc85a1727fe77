"""Toggling one calendar day between working day and day off, with a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.calendar import WorkCalendar
from ui import labels


class DayToggleDialog(QDialog):
    def __init__(self, day: date, calendar: WorkCalendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self._kind = calendar.day_kind(day)
        self._workday = calendar.is_workday(day)
        self.state = QLabel(objectName="state")
        self.state.setWordWrap(True)
        self.note = QLineEdit(objectName="note")
        self.note.setMaxLength(64)
        self.note.setText(calendar.day_name(day))
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        form = QFormLayout()
        form.addRow(self.note_label, self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()
        self.note.setFocus()
        self.note.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.day.isoformat())
        self.state.setText(
            self.tr("%1 is now: %2.")
            .replace("%1", self.day.isoformat())
            .replace("%2", labels.label("day_kind", self._kind))
        )
        self.note_label.setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("e.g. company outing, 调休上班"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make it a &day off") if self._workday else self.tr("Make it a &working day"))
