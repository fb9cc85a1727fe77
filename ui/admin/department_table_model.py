"""The department list: name, code, whether it is in use or retired (the generic row model)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.services import departments
from ui import labels
from ui.row_table_model import Column, RowTableModel

RETIRED_FG = QColor("#777777")


class DepartmentTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        grey = lambda r: RETIRED_FG if r.retired else None  # noqa: E731
        super().__init__(
            [
                Column(
                    lambda: self.tr("Department"),
                    lambda r: labels.department_label(r.code, r.name),
                    foreground=grey,
                ),
                Column(lambda: self.tr("Code"), lambda r: r.code, foreground=grey),
                Column(lambda: self.tr("State"), self._state, foreground=grey),
            ],
            parent,
            id_of=lambda r: r.id,
        )

    def _state(self, r) -> str:
        if r.retired:
            return self.tr("Retired")
        return self.tr("In use") if r.in_use else self.tr("Not used yet")

    def reload(self) -> None:
        self.set_rows(departments.departments())
