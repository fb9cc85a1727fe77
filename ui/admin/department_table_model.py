"""The department list: name, code, whether it is in use or retired."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services import departments
from app.services.departments import DepartmentRow
from ui import labels

Index = QModelIndex | QPersistentModelIndex


class DepartmentTableModel(QAbstractTableModel):
    COLUMNS = ("name", "code", "state")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DepartmentRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = departments.departments()
        self.endResetModel()

    def row_at(self, row: int) -> DepartmentRow:
        return self._rows[row]

    def row_of(self, dept_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == dept_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Department"), self.tr("Code"), self.tr("State"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "name":
                return labels.department_label(r.code, r.name)
            if col == "code":
                return r.code
            if r.retired:
                return self.tr("Retired")
            return self.tr("In use") if r.in_use else self.tr("Not used yet")
        if role == Qt.ItemDataRole.ForegroundRole and r.retired:
            return QBrush(QColor("#777777"))
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
