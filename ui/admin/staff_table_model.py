"""The roster table: one row per member of staff."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.phones import format_phone
from app.services import staff_roster
from app.services.staff_roster import StaffRow
from ui import labels
from ui.formatting import date_text

Index = QModelIndex | QPersistentModelIndex
INACTIVE_FG = QColor("#777777")


class StaffTableModel(QAbstractTableModel):
    COLUMNS = ("name", "phone", "role", "department", "skills", "active_from", "active_to", "state")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[StaffRow] = []
        self._include_inactive = False

    def reload(self, include_inactive: bool | None = None) -> None:
        if include_inactive is not None:
            self._include_inactive = include_inactive
        self.beginResetModel()
        self._rows = staff_roster.roster(self._include_inactive)
        self.endResetModel()

    def row_at(self, row: int) -> StaffRow:
        return self._rows[row]

    def row_of(self, staff_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == staff_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Role"),
            self.tr("Department"),
            self.tr("Skills"),
            self.tr("Active from"),
            self.tr("Active to"),
            self.tr("State"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return QBrush(INACTIVE_FG)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def _display(self, r: StaffRow, col: str) -> str:
        if col == "name":
            return r.name
        if col == "phone":
            return format_phone(r.phone)
        if col == "role":
            return labels.label("role", r.role)
        if col == "department":
            return labels.department_label(r.department_code, r.department_name) if r.department_code else ""
        if col == "skills":
            return ", ".join(labels.label("skill", s) for s in r.skills)
        if col == "active_from":
            return date_text(r.active_from)
        if col == "active_to":
            return date_text(r.active_to)
        return self.tr("Active") if r.active else self.tr("Inactive")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
