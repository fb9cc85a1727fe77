"""Assign a ticket or move a work order: the keyboard equivalent of dragging on the board."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListView, QSpinBox, QWidget

from app.services import dispatch, settings, work_orders
from ui import events, operations
from ui.service_dialog import ServiceDialog
from ui.widgets import DateField, TimeField


class AssignDialog(ServiceDialog):
    """With `order_id` it reschedules (R4.2: asks why and whether the customer was told)."""

    changes = frozenset({events.TICKETS, events.ORDERS})

    def __init__(
        self,
        clock: Callable[[], datetime],
        staff_id: int | None,
        ticket_id: int | None = None,
        order_id: int | None = None,
        start: datetime | None = None,
        tech_ids: list[int] | None = None,
        parent: QWidget | None = None,
        day: date | None = None,
        number: str = "",
        opening: time = time(9),
    ) -> None:
        super().__init__("", parent)
        self._clock, self._staff_id = clock, staff_id
        self._ticket_id, self._order_id = ticket_id, order_id
        slot = work_orders.order_slot(order_id) if order_id else None
        if slot is not None:
            start = start or slot.start
            minutes = slot.minutes
            tech_ids = tech_ids or list(slot.technician_ids)
            self.setWindowTitle(self.tr("Move appointment of %1").replace("%1", slot.number))
        else:
            minutes = int(settings.get("appointment.default_minutes"))
            self.setWindowTitle(self.tr("Assign technicians to %1").replace("%1", number))
        if start is None:
            # the day the board shows, at the next full hour (or its opening time, whichever is later)
            next_hour = (clock() + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
            start = max(next_hour, datetime.combine(day or next_hour.date(), opening))
        self.techs = QStandardItemModel(self)
        for tech in dispatch.technicians(start.date()):
            item = QStandardItem(tech.name)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if tech.id in (tech_ids or []) else Qt.CheckState.Unchecked
            )
            item.setData(tech.id, Qt.ItemDataRole.UserRole)
            self.techs.appendRow(item)
        self.tech_view = QListView(objectName="technicians")
        self.tech_view.setModel(self.techs)
        self.tech_view.setMinimumHeight(140)
        self.day = DateField(QDate(start.date()), objectName="day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start_time = TimeField(QTime(start.hour, start.minute), objectName="start")
        self.start_time.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox(objectName="end")
        self.minutes.setRange(15, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.form.addRow(self.tr("&Technicians (Space to tick)"), self.tech_view)
        self.form.addRow(self.tr("&Day"), self.day)
        self.form.addRow(self.tr("&Start"), self.start_time)
        self.form.addRow(self.tr("&Length"), self.minutes)
        self.reason = QLineEdit(objectName="reason")
        self.informed = QCheckBox(self.tr("The &customer was told"), objectName="informed")
        if slot is not None:
            self.form.addRow(self.tr("&Why it moves *"), self.reason)
            self.form.addRow("", self.informed)

    def chosen_techs(self) -> list[int]:
        return [
            self.techs.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.techs.rowCount())
            if self.techs.item(r).checkState() == Qt.CheckState.Checked
        ]

    def window(self) -> tuple[datetime, datetime]:
        start = datetime.combine(self.day.date().toPython(), self.start_time.time().toPython())
        return start, start + timedelta(minutes=self.minutes.value())

    def submit(self, op: operations.Op) -> None:
        start, end = self.window()
        if self._order_id is not None:
            dispatch.reschedule(
                self._order_id,
                start,
                end,
                self.chosen_techs(),
                self.reason.text(),
                self.informed.isChecked(),
                op.actor,
                op.now,
            )
        else:
            dispatch.assign(self._ticket_id, self.chosen_techs(), start, end, op.actor, op.now)
