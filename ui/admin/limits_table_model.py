"""The R3 table as an editable grid: one row per limit, amount and unit editable."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QStyledItemDelegate, QWidget

from app import sla
from app.services import time_limits
from ui import labels

Index = QModelIndex | QPersistentModelIndex
INVALID_BG = QColor("#fde2e1")
CHANGED_FONT_BOLD = True


def _office_day_hours(opens, closes) -> float:
    return round((closes.hour * 60 + closes.minute - opens.hour * 60 - opens.minute) / 60, 2)


def _amount_text(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


class LimitsTableModel(QAbstractTableModel):
    COLUMNS = ("clock", "applies_to", "amount", "unit", "default", "counts")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.keys = list(sla.DEFAULT_LIMITS)
        self._limits: dict[str, sla.Limit] = {}
        self._saved: dict[str, sla.Limit] = {}
        self.invalid: set[str] = set()
        self._hours = time_limits.office_hours()

    def load(self, limits: dict[str, sla.Limit]) -> None:
        self.beginResetModel()
        self._limits = dict(limits)
        self._saved = dict(limits)
        self.invalid = set()
        self.endResetModel()

    def set_all(self, limits: dict[str, sla.Limit]) -> None:
        """Replace the pending values (e.g. restore defaults) without saving."""
        self._limits = dict(limits)
        self.invalid = set()
        self._changed_all()

    def limits(self) -> dict[str, sla.Limit]:
        return dict(self._limits)

    def mark_invalid(self, keys: set[str]) -> None:
        self.invalid = set(keys)
        self._changed_all()

    def row_of(self, key: str) -> int:
        return self.keys.index(key)

    def _changed_all(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.keys) - 1, len(self.COLUMNS) - 1))

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Clock"),
            self.tr("Applies to"),
            self.tr("Limit"),
            self.tr("Counted in"),
            self.tr("Default"),
            self.tr("How it counts"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        col = self.COLUMNS[index.column()]
        key = self.keys[index.row()]
        if col == "unit" or (col == "amount" and self._limits[key].unit != sla.END_OF_DAY):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = self.keys[index.row()]
        col = self.COLUMNS[index.column()]
        limit = self._limits[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "clock":
                return labels.label("clock", time_limits.LIMIT_SCOPE[key][0])
            if col == "applies_to":
                return labels.label("limit_scope", key)
            if col == "amount":
                return "—" if limit.unit == sla.END_OF_DAY else _amount_text(limit.amount)
            if col == "unit":
                return labels.label("limit_unit", limit.unit)
            if col == "counts":
                return self.counts_text(limit.unit)
            return self.limit_text(sla.DEFAULT_LIMITS[key])
        if role == Qt.ItemDataRole.EditRole:
            if col == "amount":
                return float(limit.amount)
            if col == "unit":
                return limit.unit
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and key in self.invalid and col in ("amount", "unit"):
            return QBrush(INVALID_BG)
        if (
            role == Qt.ItemDataRole.FontRole
            and col in ("amount", "unit")
            and limit != sla.DEFAULT_LIMITS[key]
        ):
            font = QFont()
            font.setBold(True)  # differs from the rules' default
            return font
        if role == Qt.ItemDataRole.UserRole:
            return key
        return None

    def counts_text(self, unit: str) -> str:
        """R3.0: which limits count office time and which run around the clock."""
        if unit == sla.WORKING_DAYS:
            opens, closes = self._hours
            return (
                self.tr("office time: %1–%2 on working days (one working day = %3 h)")
                .replace("%1", opens.strftime("%H:%M"))
                .replace("%2", closes.strftime("%H:%M"))
                .replace("%3", f"{_office_day_hours(opens, closes):g}")
            )
        if unit == sla.HOURS:
            return self.tr("clock hours, around the clock, weekends and holidays included")
        return self.tr("until 23:59 of the day received")

    def limit_text(self, limit: sla.Limit) -> str:
        if limit.unit == sla.END_OF_DAY:
            return labels.label("limit_unit", sla.END_OF_DAY)
        if limit.amount == 1:
            return self.tr("1 hour") if limit.unit == sla.HOURS else self.tr("1 working day")
        return f"{_amount_text(limit.amount)} {labels.label('limit_unit', limit.unit)}"

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.keys[index.row()]
        col = self.COLUMNS[index.column()]
        old = self._limits[key]
        if col == "amount":
            try:
                amount = float(str(value).replace(",", "."))
            except ValueError:
                return False
            new = sla.Limit(amount, old.unit)
        elif col == "unit" and value in time_limits.UNITS:
            amount = old.amount
            if value != sla.END_OF_DAY and old.unit == sla.END_OF_DAY:
                amount = 1.0
            new = sla.Limit(0 if value == sla.END_OF_DAY else amount, value)
        else:
            return False
        self._limits[key] = new
        self.invalid.discard(key)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.COLUMNS) - 1))
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        self._changed_all()


class LimitDelegate(QStyledItemDelegate):
    """A number box for the amount, a list for the unit."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        col = LimitsTableModel.COLUMNS[index.column()]
        if col == "unit":
            combo = QComboBox(parent)
            for unit in time_limits.UNITS:
                combo.addItem(labels.label("limit_unit", unit), unit)
            return combo
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(1)
        spin.setRange(0, time_limits.MAX_HOURS)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setValue(float(value))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            editor.interpretText()
            model.setData(index, editor.value())
