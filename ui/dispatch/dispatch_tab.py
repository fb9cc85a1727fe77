"""The supervisor's dispatch board: queue, lanes, follow-ups due, overdue and escalated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import sla
from app.services import dispatch, follow_ups, settings, ticket_list
from ui import background, events, labels, msgbox, operations
from ui.dispatch.assign_dialog import AssignDialog
from ui.dispatch.board_view import DispatchBoardView
from ui.dispatch.follow_up_dialog import FollowUpDialog
from ui.dispatch.queue_model import QueueCardDelegate, QueueModel
from ui.dispatch.work_order_dialog import WorkOrderDialog
from ui.formatting import datetime_text, duration_text, names_text, time_left_text
from ui.row_table_model import Column, RowTableModel
from ui.widgets import DateField, read_only_table

ESCALATION_MINUTES = 5
_OVERDUE = QColor("#fde7e9")  # a missed deadline
_MAJOR = QColor("#fff4e5")  # a major complaint, reported at once though not (yet) late


def office_hours() -> tuple[time, time]:
    """R3.0: the office's opening and closing time (the board's span starts from them)."""
    return settings.office_hours()


class DispatchTab(QWidget):
    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock, self._staff_id = clock, staff_id
        self.escalations: list[follow_ups.Escalation] = []
        self._escalating: background.BackgroundTask | None = None
        self._escalate_again = False
        self._tech_name: dict[int, str] = {}
        self._shown: tuple[date, int] | None = None
        self._calendar = ticket_list.office_calendar()
        self._build()
        self.retranslate_ui()
        self.refresh()
        self.run_escalation()  # R3.2: on open, then on the timer (in the background)

    def _build(self) -> None:
        self.queue = QueueModel(self._clock, self)
        self.queue_view = QListView(objectName="queue")
        self.queue_view.setModel(self.queue)
        self.queue_view.setItemDelegate(QueueCardDelegate(self._clock, self.queue_view))
        self.queue_view.setDragEnabled(True)
        self.queue_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.queue_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_view.setMinimumWidth(280)
        self.queue_view.activated.connect(lambda _i: self.assign_selected())
        self.queue_label = QLabel()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.queue_label)
        lv.addWidget(self.queue_view, 1)

        self.day = DateField(QDate(self._clock().date()), objectName="board_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.day.dateChanged.connect(lambda _d: self.load_board())
        self.prev_button, self.next_button, self.today_button = (
            QPushButton("◀"),
            QPushButton("▶"),
            QPushButton(),
        )
        self.prev_button.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(-self.days())))
        self.next_button.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(self.days())))
        self.today_button.clicked.connect(lambda: self.day.setDate(QDate(self._clock().date())))
        self.day_mode, self.week_mode = QRadioButton(), QRadioButton()
        self.list_mode = QRadioButton(objectName="list_mode")
        self.day_mode.setChecked(True)
        modes = QButtonGroup(self)
        for button in (self.day_mode, self.week_mode, self.list_mode):
            modes.addButton(button)
        modes.buttonToggled.connect(lambda _b, checked: self.load_board() if checked else None)
        self.assign_button, self.open_button = QPushButton(), QPushButton()
        self.assign_button.clicked.connect(self.assign_selected)
        self.open_button.clicked.connect(
            lambda: self.open_order(self.board.selected_order) if self.board.selected_order else None
        )
        bar = QHBoxLayout()
        for w in (
            self.prev_button,
            self.day,
            self.next_button,
            self.today_button,
            self.day_mode,
            self.week_mode,
            self.list_mode,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.assign_button)
        bar.addWidget(self.open_button)

        self.board = DispatchBoardView()
        self.board.ticket_dropped.connect(self._on_ticket_dropped)
        self.board.order_dropped.connect(self._on_order_dropped)
        self.board.order_activated.connect(self.open_order)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.board)
        self.scroll.setWidgetResizable(False)
        self.scroll.viewport().installEventFilter(self)
        self.scroll.horizontalScrollBar().valueChanged.connect(self.board.set_label_left)
        # The day's orders as a list (a third view mode): every order, whatever its hour.
        self.order_list = RowTableModel(
            [
                Column(
                    lambda: self.tr("Appointment"),
                    lambda b: f"{b.start:%m-%d %H:%M}–{b.end:%H:%M}",
                    sort_key=lambda b: b.start,
                ),
                Column(lambda: self.tr("Ticket no."), lambda b: b.number),
                Column(lambda: self.tr("Customer"), lambda b: b.customer),
                Column(lambda: self.tr("Technicians"), self._tech_names),
                Column(lambda: self.tr("State"), lambda b: labels.label("status", b.ticket_status)),
                Column(lambda: self.tr("Site address"), lambda b: b.address),
            ],
            self,
        )
        self.order_view = read_only_table("order_list", self.order_list, stretch=5)
        self.order_view.activated.connect(lambda i: self.open_order(self.order_list.row_at(i.row()).order_id))
        self.views = QStackedWidget()
        self.views.addWidget(self.scroll)
        self.views.addWidget(self.order_view)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(bar)
        rv.addWidget(self.views, 1)

        board_page = QSplitter(Qt.Orientation.Horizontal)
        board_page.addWidget(left)
        board_page.addWidget(right)
        board_page.setStretchFactor(1, 1)
        board_page.setSizes([270, 1000])

        self.follow_model = RowTableModel(
            [
                Column(
                    lambda: self.tr("Due"), lambda r: datetime_text(r.due_at), sort_key=lambda r: r.due_at
                ),
                Column(
                    lambda: self.tr("Time left"),
                    self._follow_up_left,
                    background=lambda r: _OVERDUE if r.due_at and r.due_at < self._clock() else None,
                    sort_key=lambda r: r.due_at,
                ),
                Column(lambda: self.tr("Ticket no."), lambda r: r.number),
                Column(lambda: self.tr("Customer"), lambda r: r.customer),
                Column(lambda: self.tr("Phone"), lambda r: r.phone),
                Column(lambda: self.tr("Completed"), lambda r: datetime_text(r.completed_at)),
                Column(lambda: self.tr("Unreached calls"), lambda r: str(r.attempts) if r.attempts else ""),
            ],
            self,
        )
        self.follow_view = read_only_table("follow_ups", self.follow_model, stretch=3)
        self.follow_view.activated.connect(lambda i: self.record_follow_up(i.row()))
        self.follow_button = QPushButton()
        self.follow_button.clicked.connect(
            lambda: self.record_follow_up(self._selected_row(self.follow_view))
        )
        follow_page = QWidget()
        fv = QVBoxLayout(follow_page)
        fv.addWidget(self.follow_view, 1)
        fb = QHBoxLayout()
        fb.addStretch(1)
        fb.addWidget(self.follow_button)
        fv.addLayout(fb)

        self.escalation_model = RowTableModel(
            [
                Column(lambda: self.tr("Ticket no."), lambda e: e.number),
                Column(lambda: self.tr("Customer"), lambda e: e.customer),
                Column(
                    lambda: self.tr("Overdue clocks"),
                    lambda e: (
                        names_text(labels.label("clock", c) for c in e.clocks) or self.tr("major complaint")
                    ),
                ),
                Column(
                    lambda: self.tr("Overdue by"),
                    self._overdue_by,
                    background=lambda e: _OVERDUE if e.overdue_since else _MAJOR,
                    sort_key=lambda e: e.overdue_since or datetime.max,
                ),
                Column(lambda: self.tr("Goes to"), lambda e: labels.label("escalation", e.to)),
            ],
            self,
        )
        self.escalation_view = read_only_table("escalations", self.escalation_model, stretch=2)
        self.escalation_view.activated.connect(
            lambda i: self.open_ticket(self.escalation_model.row_at(i.row()).ticket_id)
        )
        self.pages = QTabWidget(objectName="dispatch_pages")
        self.pages.addTab(board_page, "")
        self.pages.addTab(follow_page, "")
        self.pages.addTab(self.escalation_view, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._escalation_timer = QTimer(self, interval=ESCALATION_MINUTES * 60_000)
        self._escalation_timer.timeout.connect(self.run_escalation)
        self._escalation_timer.start()
        events.subscribe(
            self,
            {events.TICKETS, events.ORDERS, events.FOLLOW_UPS, events.CALENDAR, events.SETTINGS},
            self.refresh,
        )
        events.subscribe(self, {events.STAFF}, self.load_board)

    # -- language -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.queue_label.setText(self.tr("Waiting for dispatch — drag a card onto a technician's lane"))
        self.today_button.setText(self.tr("&Today"))
        self.day_mode.setText(self.tr("Da&y"))
        self.week_mode.setText(self.tr("Wee&k"))
        self.list_mode.setText(self.tr("Li&st"))
        self.assign_button.setText(self.tr("Assig&n…"))
        self.open_button.setText(self.tr("O&pen work order…"))
        self.follow_button.setText(self.tr("&Record follow-up…"))
        self._title_pages()
        for model in (self.follow_model, self.escalation_model, self.order_list):
            model.retranslate()
        self.queue_view.viewport().update()

    def _title_pages(self) -> None:
        """The pages' titles with how many lines each list holds."""
        self.pages.setTabText(0, self.tr("&Board"))
        self.pages.setTabText(
            1, self.tr("F&ollow-ups due (%1)").replace("%1", str(self.follow_model.rowCount()))
        )
        self.pages.setTabText(
            2, self.tr("Overdue / &escalated (%1)").replace("%1", str(self.escalation_model.rowCount()))
        )

    # -- loading ------------------------------------------------------------------------------
    def days(self) -> int:
        return 7 if self.week_mode.isChecked() else 1

    def first_day(self) -> date:
        day = self.day.date().toPython()
        return day - timedelta(days=day.weekday()) if self.days() == 7 else day

    def load_board(self) -> None:
        first = self.first_day()
        start, end = dispatch.day_bounds(first, self.days())
        techs, orders = dispatch.technicians(first), dispatch.orders_between(start, end)
        self._tech_name = {t.id: t.name for t in techs}
        moved_day = (first, self.days()) != self._shown
        self._shown = (first, self.days())
        self.board.set_board(first, self.days(), techs, orders, office_hours())
        listing = self.list_mode.isChecked()
        # the list is filled only while it is shown: a busy week is thousands of orders
        self.order_list.set_rows(sorted(orders, key=lambda b: (b.start, b.number)) if listing else [])
        self.views.setCurrentWidget(self.order_view if listing else self.scroll)
        if moved_day:
            self.scroll_to_now()

    def selected_ticket_number(self) -> str:
        """The order selected on the board or in the list, else the queue's selected card."""
        if self.list_mode.isChecked():
            rows = self.order_view.selectionModel().selectedRows()
            if rows:
                return self.order_list.row_at(rows[0].row()).number
        elif self.board.selected_order is not None:
            block = next((b for b in self.board.blocks() if b.order_id == self.board.selected_order), None)
            if block is not None:
                return block.number
        row = self._selected_row(self.queue_view)
        return self.queue.item_at(row).number if row >= 0 else ""

    def _tech_names(self, block) -> str:
        return names_text(self._tech_name.get(t, "") for t in block.technician_ids)

    def scroll_to_now(self) -> None:
        """The board opens at the present hour (an hour of context before it), else at its start."""
        x = self.board.now_x(self._clock())
        bar = self.scroll.horizontalScrollBar()
        visible = self.scroll.viewport().width()
        if x is None or x < visible - 2 * self.board.hour_width():
            bar.setValue(0)  # already in view from the start (or today is not shown)
        else:
            bar.setValue(max(0, x - self.board.hour_width() - 110))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.board.fit_width(self.scroll.viewport().width())
        return super().eventFilter(obj, event)

    def _follow_up_left(self, r: follow_ups.FollowUpDue) -> str:
        """As the ticket list says it: office time for a working-day clock (R3.0)."""
        now = self._clock()
        if r.due_at is None:
            return ""
        left = sla.time_left(r.due_at, now, r.unit, self._calendar)
        day = sla.day_seconds(r.unit, self._calendar)
        return time_left_text(r.due_at, now, left, day)

    def _overdue_by(self, e: follow_ups.EscalationRow) -> str:
        """How late, as the missed clock counts: office time for a working-day clock (R3.0) — a
        deadline missed at Friday's closing is not "2d 15h" late on Monday morning."""
        if e.overdue_since is None:
            return ""
        late = -sla.time_left(e.overdue_since, self._clock(), e.unit, self._calendar)
        return duration_text(max(late, 0.0), sla.day_seconds(e.unit, self._calendar))

    def refresh(self) -> None:
        self.queue.reload()
        self.load_board()
        self._calendar = ticket_list.office_calendar()
        self.follow_model.set_rows(follow_ups.follow_ups_due())
        self.retranslate_ui()

    def run_escalation(self) -> None:
        """R3.2: escalate what is overdue and fill the list, off the GUI thread (issue 20): on a
        long-lived office the first run after a weekend writes thousands of escalations. One run
        at a time; one asked for while another is going follows it."""
        if self._escalating is not None:
            self._escalate_again = True
            return
        self._escalate_again = False
        now = self._clock()

        def work(_state: background.TaskState):
            found = follow_ups.escalate_overdue(now)
            return found, follow_ups.escalation_rows(found)

        def done(outcome: background.Outcome) -> None:
            self._escalating = None
            if outcome.error is not None:
                operations.report_failure(self, outcome.error)
            elif outcome.ok:
                self.escalations, rows = outcome.value
                self.escalation_model.set_rows(rows)
                self._title_pages()  # not every model relabelled: a long list refits its columns
            if self._escalate_again:
                self.run_escalation()

        self._escalating = background.run_quietly(self, work, done)

    def is_escalating(self) -> bool:
        return self._escalating is not None

    def wait_for_escalation(self, timeout_s: float = 30) -> None:
        """Closing the window: let a run that writes finish on its thread first."""
        if self._escalating is not None:
            self._escalating.wait(timeout_s)

    # -- actions ------------------------------------------------------------------------------
    def _selected_row(self, view) -> int:
        rows = (
            view.selectionModel().selectedRows() if isinstance(view, QTableView) else view.selectedIndexes()
        )
        return rows[0].row() if rows else -1

    def _on_ticket_dropped(self, ticket_id: int, tech_id: int, start: datetime) -> None:
        """R4.1: a drop creates the order with the default window; a clash is refused."""
        window = dispatch.default_window(start)
        operations.run_op(
            self,
            lambda op: dispatch.assign(ticket_id, [tech_id], *window, op.actor, op.now),
            clock=self._clock,
            actor=self._staff_id,
            changes={events.TICKETS, events.ORDERS},
            title=self.tr("Not dispatched"),
        )

    def _on_order_dropped(self, order_id: int, tech_id: int, start: datetime) -> None:
        """R4.2: moving a block asks why and whether the customer was told."""
        dialog = AssignDialog(
            self._clock, self._staff_id, order_id=order_id, start=start, tech_ids=[tech_id], parent=self
        )
        dialog.exec()  # an accepted move publishes its notice; the board reloads on it

    def assign_selected(self) -> None:
        row = self._selected_row(self.queue_view)
        if row < 0:
            msgbox.information(self, self.tr("Assign"), self.tr("Choose a ticket in the queue first."))
            return
        item = self.queue.item_at(row)
        dialog = AssignDialog(
            self._clock,
            self._staff_id,
            ticket_id=item.ticket_id,
            parent=self,
            day=self.day.date().toPython(),
            number=item.number,
            opening=office_hours()[0],
        )
        dialog.exec()

    def open_order(self, order_id: int) -> WorkOrderDialog:
        dialog = WorkOrderDialog(order_id, self._clock, self._staff_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_ticket(self, ticket_id: int):
        """The escalated ticket's details (its clocks, history and escalations)."""
        from ui.intake.ticket_details_dialog import TicketDetailsDialog

        dialog = TicketDetailsDialog(ticket_id, self._clock(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def record_follow_up(self, row: int) -> None:
        if row < 0:
            return
        FollowUpDialog(self.follow_model.row_at(row), self._clock, self._staff_id, self).exec()
