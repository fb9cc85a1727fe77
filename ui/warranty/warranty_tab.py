"""The warranty lookup tab: search as you type, a site's warranty, products, history, patrols,
and the R5.6 reminders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import permissions
from app.phones import format_phone
from app.services import lookup
from app.services import warranty_records as records
from app.services import warranty_status as status
from ui import events
from ui.formatting import date_text
from ui.intake.site_match_model import SiteMatchModel
from ui.latest_query import LatestQuery
from ui.row_table_model import RowTableModel
from ui.warranty import warranty_columns as cols
from ui.warranty.warranty_dialogs import (
    DefaultTermsDialog,
    PatrolDialog,
    ProductDialog,
    SiteCategoryDialog,
    SummaryDialog,
)
from ui.widgets import read_only_table

SEARCH_DELAY_MS = 150


class WarrantyTab(QWidget):
    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._staff_id = staff_id
        self.site_id: int | None = None
        self._build()
        self.retranslate_ui()
        events.subscribe(self, {events.WARRANTY, events.TICKETS, events.CUSTOMERS}, self.refresh)
        events.subscribe(self, {events.WARRANTY, events.SETTINGS, events.CALENDAR}, self.load_reminders)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(objectName="warranty_search")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.matches = SiteMatchModel(self)
        self.match_view = read_only_table("warranty_matches", self.matches)
        self.match_view.setSortingEnabled(False)
        header = self.match_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.match_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._on_match_row(cur.row())
        )
        self._searches = LatestQuery(self)
        self._searches.done.connect(self._on_search_done)
        self._search_generation = -1
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search_label)
        lv.addWidget(self.search)
        lv.addWidget(self.match_view, 1)

        self.header = QLabel(objectName="site_header")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_ticket_button = QPushButton(objectName="new_ticket")
        self.new_ticket_button.clicked.connect(self.new_ticket_for_site)
        self.category_button = QPushButton(objectName="category_terms")
        self.category_button.clicked.connect(self.edit_category)
        self.add_product_button = QPushButton(objectName="add_product")
        self.add_product_button.clicked.connect(self.add_product)
        self.replace_button = QPushButton(objectName="replace_product")
        self.replace_button.clicked.connect(self.replace_product)
        self.patrol_button = QPushButton(objectName="patrol")
        self.patrol_button.clicked.connect(self.record_patrol)
        actions = QHBoxLayout()
        for b in (
            self.new_ticket_button,
            self.category_button,
            self.add_product_button,
            self.replace_button,
            self.patrol_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)

        self.categories = RowTableModel(cols.category_columns(), self)
        self.products = RowTableModel(cols.product_columns(), self)
        self.history = RowTableModel(cols.history_columns(), self)
        self.patrols = RowTableModel(cols.patrol_columns(), self)
        self.category_view = read_only_table("categories", self.categories)
        self.product_view = read_only_table("products", self.products)
        self.history_view = read_only_table("history", self.history)
        self.patrol_view = read_only_table("patrols", self.patrols)
        self.category_view.activated.connect(lambda _i: self.edit_category() if self._may_edit else None)
        self.detail_tabs = QTabWidget(objectName="detail_tabs")
        for view in (self.category_view, self.product_view, self.history_view, self.patrol_view):
            self.detail_tabs.addTab(view, "")

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.header)
        rv.addLayout(actions)
        rv.addWidget(self.detail_tabs, 1)

        lookup_page = QSplitter(Qt.Orientation.Horizontal)
        lookup_page.addWidget(left)
        lookup_page.addWidget(right)
        lookup_page.setSizes([420, 860])

        # R5.6 reminders
        self.ending = RowTableModel(cols.reminder_columns(), self)
        self.due = RowTableModel(cols.reminder_columns(), self)
        self.ending_view = read_only_table("ending", self.ending)
        self.due_view = read_only_table("summaries_due", self.due)
        self.ending_view.activated.connect(lambda i: self.show_site(self.ending.row_at(i.row()).site_id))
        self.due_view.activated.connect(lambda _i: self.write_summary() if self._may_edit else None)
        self.ending_label, self.due_label = QLabel(), QLabel()
        self.summary_button = QPushButton(objectName="write_summary")
        self.summary_button.clicked.connect(self.write_summary)
        self.terms_button = QPushButton(objectName="default_terms")
        self.terms_button.clicked.connect(self.edit_default_terms)
        reminders = QWidget()
        rl = QVBoxLayout(reminders)
        rl.addWidget(self.ending_label)
        rl.addWidget(self.ending_view, 1)
        due_bar = QHBoxLayout()
        due_bar.addWidget(self.due_label, 1)
        due_bar.addWidget(self.summary_button)
        rl.addLayout(due_bar)
        rl.addWidget(self.due_view, 1)
        terms_bar = QHBoxLayout()
        terms_bar.addStretch(1)
        terms_bar.addWidget(self.terms_button)
        rl.addLayout(terms_bar)

        self.pages = QTabWidget(objectName="warranty_pages")
        self.pages.addTab(lookup_page, "")
        self.pages.addTab(reminders, "")
        self.pages.currentChanged.connect(lambda i: self.load_reminders() if i == 1 else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._apply_role()
        self._update_buttons()

    def _apply_role(self) -> None:
        """R10.1: a button the signed-in role cannot use is not shown at all."""
        p = permissions
        may = {
            a: p.can(self._staff_id, a) for a in (p.REGISTER_TICKET, p.EDIT_WARRANTY, p.EDIT_WARRANTY_TERMS)
        }
        self._may_edit = may[p.EDIT_WARRANTY]
        self.new_ticket_button.setVisible(may[p.REGISTER_TICKET])
        for b in (self.category_button, self.add_product_button, self.replace_button, self.patrol_button):
            b.setVisible(self._may_edit)
        self.summary_button.setVisible(self._may_edit)
        self.terms_button.setVisible(may[p.EDIT_WARRANTY_TERMS])

    # -- language -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search: phone, name, address, contract, ticket or serial no."))
        self.search.setPlaceholderText(self.tr("Type at least 2 characters…"))
        self.new_ticket_button.setText(self.tr("&New ticket for this site"))
        self.category_button.setText(self.tr("Category and contract &term…"))
        self.add_product_button.setText(self.tr("Add &product…"))
        self.replace_button.setText(self.tr("&Replace unit…"))
        self.patrol_button.setText(self.tr("Re&cord patrol…"))
        for i, text in enumerate(
            (self.tr("Warranty"), self.tr("Products"), self.tr("Service history"), self.tr("Patrols"))
        ):
            self.detail_tabs.setTabText(i, text)
        self.pages.setTabText(0, self.tr("Lookup"))
        self.pages.setTabText(1, self.tr("Reminders"))
        self.ending_label.setText(
            self.tr("Warranties ending soon (patrol or contact the customer before they end)")
        )
        self.due_label.setText(self.tr("Warranties ended in the last month without a service summary"))
        self.summary_button.setText(self.tr("Write su&mmary…"))
        self.terms_button.setText(self.tr("Default warranty t&erms…"))
        for model in (
            self.matches,
            self.categories,
            self.products,
            self.history,
            self.patrols,
            self.ending,
            self.due,
        ):
            model.retranslate()
        self._show_header()

    # -- search ---------------------------------------------------------------------------
    def run_search(self) -> None:
        """Look up in the background (a common 3-digit fragment took 0.66 s at 1M tickets);
        a newer keystroke's search replaces an older one still running."""
        self._timer.stop()
        text = self.search.text()
        self._search_generation = self._searches.request(lambda: lookup.find_sites(text))

    def _on_search_done(self, generation: int, result: object) -> None:
        if generation != self._search_generation or isinstance(result, Exception):
            return
        self.matches.set_matches(result)  # type: ignore[arg-type]
        if self.matches.rowCount():
            self.match_view.selectRow(0)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.matches.rowCount():
                self.match_view.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_search()
                return True
        return super().eventFilter(obj, event)

    def _on_match_row(self, row: int) -> None:
        if row < 0:
            return
        match = self.matches.match_at(row)
        if match.site_id is not None:
            self.show_site(match.site_id)

    # -- the site ---------------------------------------------------------------------------
    def show_site(self, site_id: int) -> None:
        self.site_id = site_id
        self.refresh()
        self.pages.setCurrentIndex(0)

    def refresh(self) -> None:
        if self.site_id is None:
            return
        data = status.site_warranty(self.site_id, self._clock().date())
        self._site = data
        self.categories.set_rows(data.categories)
        self.products.set_rows(data.products)
        self.history.set_rows(data.history)
        self.patrols.set_rows(records.patrols(self.site_id))
        for view in (self.category_view, self.product_view, self.history_view, self.patrol_view):
            view.resizeColumnsToContents()
        self._show_header()
        self._update_buttons()

    def _show_header(self) -> None:
        if self.site_id is None or not hasattr(self, "_site"):
            self.header.setText(self.tr("Search, then pick a result to see its warranty."))
            return
        d = self._site
        self.header.setText(
            self.tr("<b>%1</b>  %2<br>%3<br>Contract %4 · completed %5")
            .replace("%1", d.customer.name)
            .replace("%2", ", ".join(format_phone(p) for p in d.phones))
            .replace("%3", d.site.address)
            .replace("%4", d.site.contract_no or "—")
            .replace("%5", date_text(d.site.completion_date) or "—")
        )

    def _update_buttons(self) -> None:
        has_site = self.site_id is not None
        for b in (self.new_ticket_button, self.category_button, self.add_product_button, self.patrol_button):
            b.setEnabled(has_site)
        self.replace_button.setEnabled(has_site and self.products.rowCount() > 0)

    def _selected(self, view: QTableView, model: RowTableModel):
        rows = view.selectionModel().selectedRows()
        if rows:
            return model.row_at(rows[0].row())
        return model.row_at(0) if model.rowCount() == 1 else None

    def _run(self, dialog: QDialog) -> bool:
        # An accepted dialog published what it changed; this tab reloads on that notice.
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_ticket_for_site(self) -> None:
        if self.site_id is not None:
            events.bus().new_ticket_for_site.emit(self.site_id)

    def edit_category(self) -> None:
        if self.site_id is None:
            return
        chosen = self._selected(self.category_view, self.categories)
        self._run(
            SiteCategoryDialog(
                self.site_id, self._clock, self._staff_id, chosen.category if chosen else None, self
            )
        )

    def add_product(self) -> None:
        if self.site_id is not None:
            self._run(ProductDialog(self.site_id, self._clock, self._staff_id, None, self))

    def replace_product(self) -> None:
        unit = self._selected(self.product_view, self.products)
        if self.site_id is not None and unit is not None:
            self._run(ProductDialog(self.site_id, self._clock, self._staff_id, unit, self))

    def record_patrol(self) -> None:
        if self.site_id is None:
            return
        self._run(PatrolDialog(self.site_id, self._clock, self._staff_id, self))

    # -- reminders ----------------------------------------------------------------------------
    def load_reminders(self) -> None:
        today = self._clock().date()
        self.ending.set_rows(status.ending_soon(today))
        self.due.set_rows(status.summaries_due(today))
        for view in (self.ending_view, self.due_view):
            view.resizeColumnsToContents()

    def write_summary(self) -> None:
        reminder = self._selected(self.due_view, self.due)
        if reminder is not None:
            self._run(SummaryDialog(reminder, self._clock, self._staff_id, self))

    def edit_default_terms(self) -> None:
        self._run(DefaultTermsDialog(self._clock, self._staff_id, self))
