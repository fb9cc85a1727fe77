"""R8.4 grade bands as an editable table: grade, from score, to score."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class GradeBandModel(QAbstractTableModel):
    COLUMNS = ("grade", "from", "to")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._bands: list[dict[str, Any]] = []

    def load(self, bands: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._bands = [dict(b) for b in bands]
        self.endResetModel()

    def bands(self) -> list[dict[str, Any]]:
        return [dict(b) for b in self._bands]

    def add_band(self) -> int:
        row = len(self._bands)
        self.beginInsertRows(QModelIndex(), row, row)
        self._bands.append({"grade": "", "from": 0, "to": 0})
        self.endInsertRows()
        return row

    def remove_band(self, row: int) -> None:
        if 0 <= row < len(self._bands):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._bands[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._bands)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Grade"), self.tr("From score"), self.tr("Below score"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Only cells are editable; the invalid index (the table itself) is not (Qt's model tester).
        if not index.isValid():
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._bands[index.row()][self.COLUMNS[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:g}" if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return float(value) if index.column() else str(value)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.COLUMNS[index.column()]
        if col == "grade":
            self._bands[index.row()][col] = str(value).strip()[:8]
        else:
            try:
                number = float(value)
            except (TypeError, ValueError):
                return False
            self._bands[index.row()][col] = int(number) if number.is_integer() else number
        self.dataChanged.emit(index, index)
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
