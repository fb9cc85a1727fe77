"""The staff roster: who works here, their role, department and skills (issue 9.1)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import staff_roster
from ui import events, msgbox
from ui.admin.common import AdminDialog
from ui.admin.staff_edit_dialog import StaffEditDialog
from ui.admin.staff_table_model import StaffTableModel
from ui.formatting import datetime_text


class RosterDialog(AdminDialog):
    def __init__(
        self, clock: Callable[[], datetime], actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(clock, actor_id, parent)
        self.model = StaffTableModel(self)
        self.view = QTableView(objectName="roster")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.show_inactive = QCheckBox(objectName="show_inactive")
        self.show_inactive.toggled.connect(lambda on: self.reload())
        self.add_button = QPushButton(objectName="add")
        self.add_button.clicked.connect(self.add_staff)
        self.edit_button = QPushButton(objectName="edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.deactivate_button = QPushButton(objectName="deactivate")
        self.deactivate_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(objectName="reset_password")
        self.reset_button.clicked.connect(self.reset_password)
        bar = QHBoxLayout()
        for w in (self.add_button, self.edit_button, self.reset_button, self.deactivate_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.show_inactive)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.resize(980, 520)
        self.retranslate_ui()
        self.reload()
        # a change saved here or anywhere else (another dialog, another desk) shows at once
        events.subscribe(self, {events.STAFF}, self.reload)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Staff roster"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.reset_button.setText(self.tr("Reset &password…"))
        self.show_inactive.setText(self.tr("Show &inactive staff"))
        self.model.retranslate()
        self._update_buttons()
        self._fit_columns()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or self.selected_id()
        self.model.reload(self.show_inactive.isChecked())
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.view.selectRow(row)
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        for col, minimum in {0: 90, 1: 120, 2: 100, 3: 130, 4: 200}.items():
            header.resizeSection(col, max(minimum, min(header.sectionSize(col), 320)))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_at(rows[0].row()).id if rows else None

    def _update_buttons(self) -> None:
        staff_id = self.selected_id()
        row = self.model.row_at(self.model.row_of(staff_id)) if staff_id is not None else None
        self.edit_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None and row.active)
        active = row is None or row.active
        self.deactivate_button.setText(self.tr("&Deactivate…") if active else self.tr("&Reactivate"))

    def _saved(self, staff_id: int, message: str) -> None:
        """After a change the operation published (the roster reloaded on its notice)."""
        self.errors.clear()
        self.result.setText(message)
        if (row := self.model.row_of(staff_id)) >= 0:
            self.view.selectRow(row)

    def add_staff(self) -> StaffEditDialog:
        dialog = StaffEditDialog(self._clock, self._actor_id, None, self)
        dialog.accepted.connect(
            lambda: self._saved(
                dialog.staff_id, self.tr("Added %1.").replace("%1", dialog.name.text().strip())
            )
        )
        dialog.open()
        return dialog

    def edit_selected(self) -> StaffEditDialog | None:
        staff_id = self.selected_id()
        if staff_id is None:
            return None
        dialog = StaffEditDialog(self._clock, self._actor_id, staff_id, self)
        dialog.accepted.connect(
            lambda: self._saved(
                staff_id,
                self.tr("Saved %1.").replace("%1", dialog.name.text().strip())
                + self._requeued_text(dialog.released),
            )
        )
        dialog.open()
        return dialog

    def _requeued_text(self, numbers: list[str]) -> str:
        if not numbers:
            return ""
        return " " + self.tr(
            "%n appointment(s) went back to the dispatch queue: %1.", "", len(numbers)
        ).replace("%1", ", ".join(numbers))

    def reset_password(self):
        from ui.password_dialogs import ResetPasswordDialog

        staff_id = self.selected_id()
        if staff_id is None:
            return None
        row = self.model.row_at(self.model.row_of(staff_id))
        dialog = ResetPasswordDialog(self._clock, self._actor_id, staff_id, row.name, self)
        dialog.accepted.connect(
            lambda: self._saved(
                staff_id,
                self.tr("New password set for %1; they choose their own at the next sign-in.").replace(
                    "%1", row.name
                ),
            )
        )
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        staff_id = self.selected_id()
        if staff_id is None:
            return
        row = self.model.row_at(self.model.row_of(staff_id))
        # released appointments of someone leaving are back in the queue: tickets and orders too
        changes = {events.STAFF, events.TICKETS, events.ORDERS}
        if not row.active:
            if self.run(lambda op: staff_roster.reactivate(staff_id, op.actor, op.now), changes):
                self._saved(staff_id, self.tr("%1 is active again.").replace("%1", row.name))
            return
        if not msgbox.confirm(self, self.tr("Deactivate"), self._deactivate_question(staff_id, row.name)):
            return
        done = self.run(
            lambda op: staff_roster.deactivate(staff_id, op.now.date(), op.actor, op.now), changes
        )
        if done:
            self._saved(
                staff_id,
                self.tr("%1 is now inactive.").replace("%1", row.name) + self._requeued_text(done.value),
            )

    def _deactivate_question(self, staff_id: int, name: str) -> str:
        question = self.tr(
            "Deactivate %1 from today? They leave the dispatch lanes and pickers; their tickets, work orders and appraisals are kept."
        ).replace("%1", name)
        orders = staff_roster.open_orders(staff_id)
        if not orders:
            return question
        lines = [
            f"{o.ticket_number}  {datetime_text(o.window_start)}  {o.customer}"
            + (self.tr(" (stays with the other technicians)") if o.shared else "")
            for o in orders
        ]
        return (
            question
            + "\n\n"
            + self.tr(
                "%n appointment(s) not yet started are taken from them; those of theirs alone go back to the dispatch queue for the supervisor to reassign:",
                "",
                len(orders),
            )
            + "\n"
            + "\n".join(lines)
        )
