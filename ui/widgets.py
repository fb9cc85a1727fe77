"""Small reusable widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QTableView,
    QTimeEdit,
    QWidget,
)

_NULL_DATE = QDate(1900, 1, 1)


class TabLeavesMixin:
    """Tab moves to the next field, not to the next section of the date (an empty date field
    otherwise held the focus on every Tab). Sections are changed with ←/→ or by typing."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateTimeField(TabLeavesMixin, QDateTimeEdit):
    pass


class DateField(TabLeavesMixin, QDateEdit):
    pass


class TimeField(TabLeavesMixin, QTimeEdit):
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


class MessageLabel(QLabel):
    """A message line that takes no room while it has nothing to say (the form stays compact)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def select_data(combo: QComboBox, value: object) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(i if i >= 0 else 0)


def relabel_combo(combo: QComboBox, labels: dict[object, str]) -> None:
    """Retranslate the items of a combo in place, keeping the selection."""
    for i in range(combo.count()):
        data = combo.itemData(i)
        if data in labels:
            combo.setItemText(i, labels[data])


FIT_ROWS = 100  # rows measured when fitting columns (the first screens' worth and more)
MAX_COLUMN_WIDTH = 420  # one long text (an address, a comment) does not push the rest out of view


def fit_columns(view: QTableView, stretch: int | None = None) -> None:
    """Columns as wide as what they show (ticket numbers and names are never cut), after every
    reload; the `stretch` column (e.g. the address) takes the room left, not the last one."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMaximumSectionSize(MAX_COLUMN_WIDTH)
    header.setResizeContentsPrecision(FIT_ROWS)  # measuring every row of a long list is slow
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def fit(*_args) -> None:
        view.resizeColumnsToContents()
        if stretch is not None and stretch < header.count():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    model = view.model()
    model.modelReset.connect(fit)
    model.layoutChanged.connect(fit)
    model.headerDataChanged.connect(fit)
    fit()


def compact_rows(view: QTableView) -> None:
    """Rows one line high (plus a little air): at 1366×768 a list shows ten rows or more."""
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


def read_only_table(name: str, model, stretch: int | None = None) -> QTableView:
    """A sortable, row-selecting, read-only table view over `model`."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setSortingEnabled(True)
    compact_rows(view)
    fit_columns(view, stretch)
    return view
