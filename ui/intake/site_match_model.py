"""Search-as-you-type results: customers and their sites (R1.4)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.phones import format_phone
from app.services.lookup import SiteMatch
from ui import labels

Index = QModelIndex | QPersistentModelIndex


class SiteMatchModel(QAbstractTableModel):
    COLUMNS = ("name", "phones", "address", "contract", "found")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SiteMatch] = []

    def set_matches(self, rows: list[SiteMatch]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def match_at(self, row: int) -> SiteMatch:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Customer"),
            self.tr("Phones"),
            self.tr("Site address"),
            self.tr("Contract no."),
            self.tr("Found by"),
        )
        return headers[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        m = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if col == "name":
            return m.customer_name
        if col == "phones":
            return ", ".join(format_phone(p) for p in m.phones)
        if col == "address":
            return m.address if m.site_id else self.tr("(no site yet)")
        if col == "contract":
            return m.contract_no
        found = labels.label("match", m.matched_by) if m.matched_by else ""
        return f"{found} {m.detail}".strip()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
