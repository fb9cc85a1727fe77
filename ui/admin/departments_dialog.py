"""Departments and the cause → department routing (R2.1, R2.3, issue 9.2)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import vocab
from app.services import departments, intake
from ui import events, labels, msgbox, operations
from ui.admin.common import AdminDialog
from ui.admin.department_table_model import DepartmentTableModel
from ui.widgets import select_data


class DepartmentsDialog(AdminDialog):
    def __init__(
        self, clock: Callable[[], datetime], actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(clock, actor_id, parent)
        self.model = DepartmentTableModel(self)
        self.view = QTableView(objectName="departments")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.new_name = QLineEdit(objectName="new_name")
        self.new_name.returnPressed.connect(self.add_department)
        self.add_button = QPushButton(objectName="add")
        self.add_button.clicked.connect(self.add_department)
        self.rename_button = QPushButton(objectName="rename")
        self.rename_button.clicked.connect(self.rename_selected)
        self.retire_button = QPushButton(objectName="retire")
        self.retire_button.clicked.connect(self.retire_or_restore)
        self.delete_button = QPushButton(objectName="delete")
        self.delete_button.clicked.connect(self.delete_selected)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        actions = QHBoxLayout()
        for b in (self.rename_button, self.retire_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.dept_box = QGroupBox()
        dv = QVBoxLayout(self.dept_box)
        dv.addLayout(add_row)
        dv.addWidget(self.view, 1)
        dv.addLayout(actions)

        self.route_box = QGroupBox()
        self.route_hint = QLabel()
        self.route_hint.setWordWrap(True)
        self.route_form = QFormLayout()
        self.route_combos: dict[str, QComboBox] = {}
        self._route_labels: dict[str, QLabel] = {}
        for cause in vocab.CAUSE_CATEGORIES:
            combo = QComboBox(objectName="route_" + cause)
            label = QLabel()
            label.setBuddy(combo)
            self.route_combos[cause] = combo
            self._route_labels[cause] = label
            self.route_form.addRow(label, combo)
        self.save_routes_button = QPushButton(objectName="save_routes")
        self.save_routes_button.clicked.connect(self.save_routing)
        rv = QVBoxLayout(self.route_box)
        rv.addWidget(self.route_hint)
        rv.addLayout(self.route_form)
        rv.addWidget(self.save_routes_button)
        rv.addStretch(1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.dept_box, 3)
        top.addWidget(self.route_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.resize(900, 480)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Departments and routing"))
        self.dept_box.setTitle(self.tr("Departments"))
        self.new_name.setPlaceholderText(self.tr("Name of a new department"))
        self.add_button.setText(self.tr("&Add"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.delete_button.setText(self.tr("De&lete"))
        self.route_box.setTitle(self.tr("Responsibility routing"))
        self.route_hint.setText(
            self.tr(
                "The department each cause category goes to. Changes apply to tickets registered from now on."
            )
        )
        for cause, label in self._route_labels.items():
            label.setText(labels.label("cause", cause))
        self.save_routes_button.setText(self.tr("&Save routing"))
        self.model.retranslate()
        self._fill_routes()
        self._update_buttons()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or self.selected_id()
        self.model.reload()
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.view.selectRow(row)
        self._fill_routes()
        self._update_buttons()

    def _fill_routes(self, keep: dict[str, int | None] | None = None) -> None:
        routes = keep or departments.routing()
        for cause, combo in self.route_combos.items():
            combo.clear()
            combo.addItem(self.tr("(the supervisor names one per ticket)"), None)
            for dept_id, code, name in intake.department_choices():
                combo.addItem(labels.department_label(code, name), dept_id)
            select_data(combo, routes.get(cause))

    def selected_id(self) -> int | None:
        sm = self.view.selectionModel()
        rows = sm.selectedRows() if sm else []
        return self.model.row_at(rows[0].row()).id if rows else None

    def _selected_row(self):
        dept_id = self.selected_id()
        return self.model.row_at(self.model.row_of(dept_id)) if dept_id is not None else None

    def _update_buttons(self) -> None:
        row = self._selected_row()
        for b in (self.rename_button, self.retire_button, self.delete_button):
            b.setEnabled(row is not None)
        if row is not None:
            self.delete_button.setEnabled(not row.in_use)
        self.retire_button.setText(self.tr("&Restore") if row and row.retired else self.tr("&Retire"))

    def _run(
        self, action: Callable[[operations.Op], object], message: str, select_id: int | None = None
    ) -> bool:
        done = self.run(
            action,
            {events.SETTINGS, events.STAFF},  # department pickers reload
        )
        if not done:
            return False
        self.result.setText(message)
        result = done.value
        self.reload(select_id if select_id is not None else (result if isinstance(result, int) else None))
        return True

    def add_department(self) -> None:
        name = self.new_name.text().strip()
        if self._run(
            lambda op: departments.add_department(name, op.actor, op.now),
            self.tr("Added %1.").replace("%1", name),
        ):
            self.new_name.clear()

    def rename_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename department"),
            self.tr("New name:"),
            text=labels.department_label(row.code, row.name),
        )
        if ok:
            self.rename(row.id, name)

    def rename(self, dept_id: int, name: str) -> bool:
        return self._run(
            lambda op: departments.rename_department(dept_id, name, op.actor, op.now),
            self.tr("Renamed to %1.").replace("%1", name.strip()),
            dept_id,
        )

    def retire_or_restore(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        name = labels.department_label(row.code, row.name)
        if row.retired:
            self._run(
                lambda op: departments.restore_department(row.id, op.actor, op.now),
                self.tr("%1 is in use again.").replace("%1", name),
                row.id,
            )
        else:
            self._run(
                lambda op: departments.retire_department(row.id, op.actor, op.now),
                self.tr("%1 is retired: it keeps its history but is no longer offered.").replace("%1", name),
                row.id,
            )

    def delete_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        name = labels.department_label(row.code, row.name)
        if not msgbox.confirm(self, self.tr("Delete department"), self.tr("Delete %1?").replace("%1", name)):
            return
        self._run(
            lambda op: departments.delete_department(row.id, op.actor, op.now),
            self.tr("Deleted %1.").replace("%1", name),
        )

    def save_routing(self) -> None:
        routes = {cause: combo.currentData() for cause, combo in self.route_combos.items()}
        counted: list[int] = []
        self._run(
            lambda op: counted.append(departments.set_routing(routes, op.actor, op.now)),
            self.tr("Routing saved; it applies to new tickets."),
        )
