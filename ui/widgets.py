"""Small reusable widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDateTimeEdit, QTableView, QWidget

_NULL_DATE = QDate(1900, 1, 1)


class TabLeavesMixin:
    """Tab moves to the next field, not to the next section of the date (an empty date field
    otherwise held the focus on every Tab). Sections are changed with ←/→ or by typing."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateTimeField(TabLeavesMixin, QDateTimeEdit):
    pass


class OptionalDateEdit(TabLeavesMixin, QDateEdit):
    """A date field that may be left empty (shown blank; Delete clears it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NULL_DATE)
        self.setSpecialValueText(" ")
        self.clear_date()

    def clear_date(self) -> None:
        self.setDate(_NULL_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == _NULL_DATE else d.toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else _NULL_DATE)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.clear_date()
            return
        super().keyPressEvent(event)


def select_data(combo: QComboBox, value: object) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(i if i >= 0 else 0)


def relabel_combo(combo: QComboBox, labels: dict[object, str]) -> None:
    """Retranslate the items of a combo in place, keeping the selection."""
    for i in range(combo.count()):
        data = combo.itemData(i)
        if data in labels:
            combo.setItemText(i, labels[data])


def read_only_table(name: str, model) -> QTableView:
    """A sortable, row-selecting, read-only table view over `model`."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setSortingEnabled(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view
