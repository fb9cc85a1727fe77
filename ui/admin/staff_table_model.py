"""The roster table: one row per member of staff (the generic row model, its columns here)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.phones import format_phone
from app.services import staff_roster
from app.services.staff_roster import StaffRow
from ui import labels
from ui.formatting import date_text
from ui.row_table_model import Column, RowTableModel

INACTIVE_FG = QColor("#777777")


class StaffTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        grey = lambda r: None if r.active else INACTIVE_FG  # noqa: E731
        super().__init__(
            [
                Column(lambda: self.tr("Name"), lambda r: r.name, foreground=grey),
                Column(lambda: self.tr("Phone"), lambda r: format_phone(r.phone), foreground=grey),
                Column(lambda: self.tr("Role"), lambda r: labels.label("role", r.role), foreground=grey),
                Column(lambda: self.tr("Department"), self._department, foreground=grey),
                Column(
                    lambda: self.tr("Skills"),
                    lambda r: ", ".join(labels.label("skill", s) for s in r.skills),
                    foreground=grey,
                ),
                Column(lambda: self.tr("Active from"), lambda r: date_text(r.active_from), foreground=grey),
                Column(lambda: self.tr("Active to"), lambda r: date_text(r.active_to), foreground=grey),
                Column(
                    lambda: self.tr("State"),
                    lambda r: self.tr("Active") if r.active else self.tr("Inactive"),
                    foreground=grey,
                ),
            ],
            parent,
            id_of=lambda r: r.id,
        )
        self._include_inactive = False

    @staticmethod
    def _department(r: StaffRow) -> str:
        return labels.department_label(r.department_code, r.department_name) if r.department_code else ""

    def reload(self, include_inactive: bool | None = None) -> None:
        if include_inactive is not None:
            self._include_inactive = include_inactive
        self.set_rows(staff_roster.roster(self._include_inactive))
