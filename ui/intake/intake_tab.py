"""The intake tab: search-as-you-type, the registration form, the ticket list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import permissions, vocab, workflow
from app.services import lookup, settings, ticket_list
from ui import events, labels, msgbox
from ui.complaints.complaint_dialog import open_complaint
from ui.intake import call_dialogs
from ui.intake.site_match_model import SiteMatchModel
from ui.intake.ticket_details_dialog import TicketDetailsDialog
from ui.intake.ticket_form import TicketForm
from ui.intake.ticket_table_model import TicketTableModel
from ui.role_note import role_note, role_summary
from ui.widgets import compact_rows, relabel_combo

SEARCH_DELAY_MS = 150


class IntakeTab(QWidget):
    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._staff_id = staff_id
        self._build(staff_id)
        self.retranslate_ui()
        self.tickets.reload()
        self._fit_columns()

    def _build(self, staff_id: int | None) -> None:
        # Search (R1.4)
        self.search = QLineEdit(objectName="search")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search_hint = QLabel(wordWrap=True)
        # A server without pg_trgm finds fragments by reading every row: say so, once.
        self._slow_fragments = lookup.fragment_search_is_slow()
        self.matches = SiteMatchModel(self)
        self.match_view = QTableView(objectName="matches")
        self.match_view.setModel(self.matches)
        self.match_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.match_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.match_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.match_view.verticalHeader().hide()
        compact_rows(self.match_view)
        header = self.match_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the address takes what is left
        self.match_view.activated.connect(self._on_match_activated)
        self.match_view.installEventFilter(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        lv.addWidget(self.search_label)
        lv.addWidget(self.search)
        lv.addWidget(self.match_view, 1)
        lv.addWidget(self.search_hint)

        self.form = TicketForm(self._clock, staff_id)
        self.form.saved.connect(self._on_saved)

        # R10.1: a role that does not register calls sees what it can do instead of a greyed form.
        self.may_register = permissions.can(staff_id, permissions.REGISTER_TICKET)
        self.role_note = role_note("role_note")
        self.role_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.form.setVisible(self.may_register)
        self.role_note.setVisible(not self.may_register)

        # the form and its explanation share the right-hand side: whichever applies fills it
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.form)
        rv.addWidget(self.role_note, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([360, 900])

        # Ticket list (R3.1)
        self.status_filter = QComboBox(objectName="status_filter")
        self.status_filter.addItem("", ticket_list.OPEN)
        self.status_filter.addItem("", "")
        for state in workflow.STATES:
            self.status_filter.addItem(state, state)
        self.kind_filter = QComboBox(objectName="kind_filter")
        self.kind_filter.addItem("", "")
        for kind in vocab.KINDS:
            self.kind_filter.addItem(kind, kind)
        self.text_filter = QLineEdit(objectName="text_filter")
        self.text_filter.setClearButtonEnabled(True)
        self.overdue_only = QCheckBox(objectName="overdue_only")
        self.count_label = QLabel(objectName="count")
        self.complaint_button = QPushButton(objectName="handle_complaint")
        self.complaint_button.clicked.connect(self.handle_selected_complaint)
        self.complaint_button.setVisible(permissions.can(staff_id, permissions.HANDLE_COMPLAINT))
        # R1.7, R3.0, R4.8: what a call about the selected ticket records
        self.call_buttons: dict[str, QPushButton] = {}
        for mode, action in (
            (call_dialogs.ANSWER, permissions.REGISTER_TICKET),
            (call_dialogs.REMINDER, permissions.REGISTER_TICKET),
            (call_dialogs.ACKNOWLEDGE, permissions.HANDLE_COMPLAINT),
            (call_dialogs.CANCEL, permissions.DISPATCH),
        ):
            button = QPushButton(objectName="call_" + mode)
            button.clicked.connect(lambda _c=False, m=mode: self.record_call(m))
            button.setVisible(permissions.can(staff_id, action))
            self.call_buttons[mode] = button
        self._filter_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.text_filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self.overdue_only.toggled.connect(self.apply_filter)

        self.list_title = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.list_title)
        bar.addStretch(1)
        self.state_label, self.kind_label, self.text_label = QLabel(), QLabel(), QLabel()
        self.state_label.setBuddy(self.status_filter)
        self.kind_label.setBuddy(self.kind_filter)
        self.text_label.setBuddy(self.text_filter)
        for w in (
            self.state_label,
            self.status_filter,
            self.kind_label,
            self.kind_filter,
            self.text_label,
            self.text_filter,
            self.overdue_only,
            self.count_label,
            self.complaint_button,
            *self.call_buttons.values(),
        ):
            bar.addWidget(w)
        self.text_filter.setMinimumWidth(180)

        self.tickets = TicketTableModel(self._clock, settings.warn_hours(), self)
        self.ticket_view = QTableView(objectName="tickets")
        self.ticket_view.setModel(self.tickets)
        self.ticket_view.setSortingEnabled(True)
        self.ticket_view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.ticket_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ticket_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ticket_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ticket_view.setAlternatingRowColors(True)
        self.ticket_view.verticalHeader().hide()
        self.ticket_view.horizontalHeader().setStretchLastSection(False)
        compact_rows(self.ticket_view)
        self.ticket_view.activated.connect(self._on_ticket_activated)
        self.tickets.modelReset.connect(self._update_count)
        self.tickets.rowsInserted.connect(self._update_count)
        self.tickets.loaded.connect(self._on_list_loaded)
        self.tickets.failed.connect(self._on_list_failed)
        self._select_after_load: int | None = None

        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addLayout(bar)
        bv.addWidget(self.ticket_view, 1)

        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(bottom)
        outer.setStretchFactor(0, 0)
        outer.setStretchFactor(1, 1)
        outer.setSizes([self.form.sizeHint().height(), 400])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

        self._tick = QTimer(self, interval=60_000)
        self._tick.timeout.connect(self.tickets.refresh_times)
        self._tick.start()
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        events.subscribe(
            self, {events.TICKETS, events.CUSTOMERS, events.CALENDAR, events.SETTINGS}, self.tickets.reload
        )
        events.subscribe(self, {events.STAFF}, self.form.reload_people)

    # -- language -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fit_columns()  # another language, other widths
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.role_note.setText(role_summary(self._staff_id))
        self.search_label.setText(self.tr("Find &customer (phone, name, address or contract no.)"))
        self.search.setPlaceholderText(self.tr("Type at least 2 characters…  (Ctrl+F)"))
        hint = self.tr("↓ to the results, Enter to use one; Enter on no result starts a new customer.")
        if self._slow_fragments:
            hint += " " + self.tr(
                "On this database server, parts of phone numbers and addresses are found slowly "
                "(the pg_trgm extension is missing; see README)."
            )
        self.search_hint.setText(hint)
        self.list_title.setText(self.tr("Tickets"))
        self.state_label.setText(self.tr("State"))
        self.kind_label.setText(self.tr("Kind"))
        self.text_label.setText(self.tr("Filter (&Q)"))
        self.text_filter.setPlaceholderText(self.tr("Number, customer, address, phone, problem"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.complaint_button.setText(self.tr("Handle complaint…"))
        self.call_buttons[call_dialogs.ANSWER].setText(self.tr("Answer and close…"))
        self.call_buttons[call_dialogs.REMINDER].setText(self.tr("Reminder…"))
        self.call_buttons[call_dialogs.ACKNOWLEDGE].setText(self.tr("Acknowledge…"))
        self.call_buttons[call_dialogs.CANCEL].setText(self.tr("Cancel job…"))
        self.status_filter.setItemText(0, self.tr("All open"))
        self.status_filter.setItemText(1, self.tr("All states"))
        relabel_combo(self.status_filter, {s: labels.label("status", s) for s in workflow.STATES})
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        relabel_combo(self.kind_filter, {k: labels.label("kind", k) for k in vocab.KINDS})
        self.tickets.retranslate()
        self.matches.retranslate()
        self._update_count()

    # -- search ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        rows = lookup.find_sites(self.search.text())
        self.matches.set_matches(rows)
        if rows:
            self.match_view.selectRow(0)

    def _on_search_return(self) -> None:
        self.run_search()
        if self.matches.rowCount() == 1:
            self.use_match(0)
        elif self.matches.rowCount() > 1:
            self.match_view.setFocus()
        elif self.search.text().strip():
            self.form.start_new_customer(self.search.text())

    def _on_match_activated(self, index) -> None:
        self.use_match(index.row())

    def use_match(self, row: int) -> None:
        self.form.use_match(self.matches.match_at(row))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.search and key == Qt.Key.Key_Down and self.matches.rowCount():
                self.match_view.setFocus()
                self.match_view.selectRow(0)
                return True
            if obj is self.match_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                rows = self.match_view.selectionModel().selectedRows()
                if rows:
                    self.use_match(rows[0].row())
                    return True
        return super().eventFilter(obj, event)

    # -- list -----------------------------------------------------------------------------
    def current_filter(self) -> ticket_list.TicketFilter:
        return ticket_list.TicketFilter(
            status=self.status_filter.currentData(),
            kind=self.kind_filter.currentData(),
            text=self.text_filter.text(),
            only_breached_at=self._clock() if self.overdue_only.isChecked() else None,
        )

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.tickets.set_filter(self.current_filter())

    def selected_ticket_number(self) -> str:
        rows = self.ticket_view.selectionModel().selectedRows()
        return self.tickets.index(rows[0].row(), 0).data() if rows else ""

    def refresh(self) -> None:
        """F5 and the minute timer: the list reloads, the selected ticket stays selected."""
        rows = self.ticket_view.selectionModel().selectedRows()
        if rows and self._select_after_load is None:
            self._select_after_load = self.tickets.ticket_id_at(rows[0].row())
        self.tickets.reload()

    def _update_count(self, *_args) -> None:
        if self.tickets.total_is_capped():
            shown = QLocale().toString(ticket_list.COUNT_CAP)
            self.count_label.setText(self.tr("More than %1 tickets").replace("%1", shown))
        else:
            self.count_label.setText(self.tr("%n ticket(s)", "", self.tickets.total()))

    def _on_list_failed(self) -> None:
        self.count_label.setText(self.tr("The list could not be read; change the filter to try again."))

    def _on_list_loaded(self) -> None:
        ticket_id, self._select_after_load = self._select_after_load, None
        if ticket_id is None:
            return
        row = self.tickets.row_of(ticket_id)
        if row >= 0:
            self.ticket_view.selectRow(row)
            self.ticket_view.scrollTo(self.tickets.index(row, 0))

    # The list is read only while the tab is on screen (a hidden tab notes that it is stale).
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tickets.set_active(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.tickets.set_active(False)

    def _fit_columns(self) -> None:
        header = self.ticket_view.horizontalHeader()
        self.ticket_view.resizeColumnsToContents()
        widths = {
            0: 150,
            1: 130,
            2: 80,
            3: 260,
            4: 110,
            5: 150,
            6: 230,
            7: 150,
        }  # state, deadline and time left whole
        bold = QFont(self.ticket_view.font())
        bold.setBold(True)  # an overdue row is bold
        metrics = QFontMetrics(bold)
        for col, name in enumerate(TicketTableModel.COLUMNS):
            texts = self.tickets.widest_texts(name)
            if texts:  # whatever the language: "Forward to department  2026-12-02 16:10"
                widths[col] = max(widths[col], max(metrics.horizontalAdvance(t) for t in texts) + 14)
        for col, minimum in widths.items():
            header.resizeSection(col, max(minimum, min(header.sectionSize(col), 320)))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the address, not the last column

    def _on_saved(self, ticket_id: int) -> None:
        self.search.clear()
        self.matches.set_matches([])
        self._select_after_load = ticket_id  # selected when the list comes back with it
        self.tickets.reload()  # coalesces with the change notice's reload: one query
        self.search.setFocus()

    def _on_ticket_activated(self, index) -> None:
        """A complaint opens its handling (R6.1) for those who handle complaints; else the details."""
        ticket_id = self.tickets.ticket_id_at(index.row())
        may_handle = permissions.can(self._staff_id, permissions.HANDLE_COMPLAINT)
        if self.tickets.kind_at(index.row()) == "complaint" and may_handle:
            open_complaint(self, ticket_id, self._clock, self._staff_id)
        else:
            self.open_ticket(ticket_id)

    def handle_selected_complaint(self) -> None:
        rows = self.ticket_view.selectionModel().selectedRows()
        if not rows or self.tickets.kind_at(rows[0].row()) != "complaint":
            msgbox.information(self, self.tr("Complaint"), self.tr("Choose a complaint in the list first."))
            return
        open_complaint(self, self.tickets.ticket_id_at(rows[0].row()), self._clock, self._staff_id)

    def record_call(self, mode: str) -> call_dialogs.CallDialog | None:
        """Open the dialog for what a call about the selected ticket records (R1.7, R3.0, R4.8)."""
        rows = self.ticket_view.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        kind = self.tickets.kind_at(row) if row >= 0 else ""
        status = self.tickets.status_at(row) if row >= 0 else ""
        refusal = ""
        if row < 0:
            refusal = self.tr("Choose a ticket in the list first.")
        elif status not in workflow.OPEN_STATES:
            refusal = self.tr("This ticket is closed or cancelled: register a new call as a new ticket.")
        elif mode == call_dialogs.ANSWER and kind not in ("consultation", "suggestion"):
            refusal = self.tr(
                "Only a consultation or a suggestion is answered and closed; choose one in the list."
            )
        elif mode == call_dialogs.ACKNOWLEDGE and kind != "complaint":
            refusal = self.tr(
                "A repair's first response is the confirmed appointment; choose a complaint to acknowledge."
            )
        elif mode == call_dialogs.CANCEL and status in (workflow.COMPLETED, workflow.FOLLOWED_UP):
            refusal = self.tr("A completed ticket cannot be cancelled.")
        if refusal:
            msgbox.information(self, self.tr("Tickets"), refusal)
            return None
        dialog = call_dialogs.CallDialog(
            mode,
            self.tickets.ticket_id_at(row),
            f"{self.tickets.number_at(row)} · {self.tickets.customer_at(row)}",
            self._clock,
            self._staff_id,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_ticket(self, ticket_id: int) -> TicketDetailsDialog:
        dialog = TicketDetailsDialog(ticket_id, self._clock(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
