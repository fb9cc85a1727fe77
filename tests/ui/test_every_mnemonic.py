"""Every window and dialog a person can reach, in English and in Chinese: no two fields or
actions share an Alt+letter, and no menu has two items on one letter (issue 16, point 4).

Qt does not warn about a duplicate `&X`: a second Alt+X only cycles the focus, and with a
read-only field in the cycle what is typed next is lost. Each dialog is opened as a person opens
it (a menu item, a button, Enter on a list row, a drop on the board), each of its tab pages is
looked at, then it is closed. The walk also proves it reached every dialog it names."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.demo import fill_demo_office
from app.models import Department, InstalledProduct, Staff, Ticket, WorkOrder
from app.services import complaints, setup
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.dialogs import Boxes
from tests.ui.mnemonics import clashes, dead_mnemonics
from ui.dispatch import mime

LANGS = ["en", "zh_CN"]
INTAKE_TAB = {"en": "&Intake", "zh_CN": "来电登记(&I)"}


# -- looking at one window -----------------------------------------------------------------------


def _tab_widgets(window: QWidget, done: tuple[int, ...]) -> list[QTabWidget]:
    return [
        t
        for t in window.findChildren(QTabWidget)
        if t.window() is window and t.isVisibleTo(window) and id(t) not in done
    ]


def page_clashes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """The clashes on each combination of tab pages (a hidden page's fields are not active)."""
    found: dict[str, dict[str, list[str]]] = {}

    def visit(done: tuple[int, ...], where: str) -> None:
        pending = _tab_widgets(window, done)
        if not pending:
            found[where or "-"] = clashes(window)
            return
        tabs = pending[0]
        shown = tabs.currentIndex()
        for i in range(tabs.count()):
            if tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                visit((*done, id(tabs)), f"{where} › {tabs.tabText(i)}")
        tabs.setCurrentIndex(shown)  # as the person left it

    visit((), "")
    return {k: v for k, v in found.items() if v}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Two visible items of one menu on the same letter (a submenu is checked on its own)."""
    keys: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            key = QKeySequence.mnemonic(action.text()).toString()
            if key:
                keys[key].append(action.text())
    return {k: v for k, v in keys.items() if len(v) > 1}


class Walk:
    """What was looked at, and the clashes found there."""

    def __init__(self, qtbot, boxes: Boxes) -> None:
        self.qtbot, self.boxes = qtbot, boxes
        self.seen: list[str] = []
        self.found: dict[str, object] = {}

    def look(self, name: str, window: QWidget) -> None:
        self.seen.append(name)
        problems: dict[str, object] = dict(page_clashes(window))
        dead = dead_mnemonics(window)
        if dead:
            problems["an & shown, no buddy"] = dead
        if problems:
            self.found[name] = problems

    def dialog(self, name: str, trigger, inside=None) -> None:
        """Do what opens the dialog (`trigger`), look at it, do `inside(dialog)`, close it.

        A dialog run with exec() is looked at from inside its own event loop; one opened with
        show()/open() once `trigger` has returned."""
        before = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        state = {"done": False, "stop": False}

        def new_dialog() -> QDialog | None:
            return next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, QDialog) and w.isVisible() and not any(w is b for b in before)
                ),
                None,
            )

        def act() -> None:
            if state["done"] or state["stop"]:
                return
            dialog = new_dialog()
            if dialog is None:
                QTimer.singleShot(10, act)
                return
            state["done"] = True
            try:
                self.qtbot.waitExposed(dialog)
                self.look(name, dialog)
                if inside is not None:
                    inside(dialog)
            finally:  # a failure inside must not leave a modal loop running
                dialog.reject()

        QTimer.singleShot(0, act)
        trigger()
        try:
            self.qtbot.waitUntil(lambda: state["done"], timeout=5000)
        except Exception:
            state["stop"] = True
            raise AssertionError(f"{name} did not open; boxes shown: {self.boxes.text()!r}") from None

    def menus(self, name: str, window) -> None:
        stack = [a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.isVisible()]
        while stack:
            menu = stack.pop()
            self.seen.append(f"{name} menu {menu.title()}")
            problems = menu_clashes(menu)
            if problems:
                self.found[f"{name} menu {menu.title()}"] = problems
            stack += [a.menu() for a in menu.actions() if a.menu() is not None and a.isVisible()]


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName() or widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press_enter(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# -- the office ------------------------------------------------------------------------------


@pytest.fixture
def demo(fresh_db):
    """A small demo branch (a ticket in every state, a month of appraisal records), plus a
    complaint whose handling plan waits for its department head, and a follow-up overdue."""
    setup.set_up_branch("上海浦东售后服务部", "SH", "系统管理员", NOW, role="admin")
    fill_demo_office(NOW, customers=60, tickets=200)
    people = {s.role: s.id for s in Staff.select().order_by(Staff.id.desc())}
    project = Department.get(code="project")
    people["head"] = Staff.create(
        name="刘经理", role="department_head", department=project, created_at=NOW
    ).id
    manager = people["manager"]
    before = NOW - timedelta(hours=3)
    ticket = register(manager, before, kind="complaint", complaint_about="维修师傅态度差").ticket_id
    complaints.classify(ticket, "attitude", True, manager, before)
    complaints.name_responsible(ticket, project.id, None, manager, before)
    complaints.record_investigation(ticket, "录音属实", manager, before)
    complaints.mark_validity(ticket, True, "录音证实", manager, before)
    complaints.enter_plan(ticket, "当面道歉，主管周五前回访", manager, before)
    people["complaint"] = ticket
    people["new_complaint"] = register(manager, NOW, kind="complaint", complaint_about="前台").ticket_id
    people["consultation"] = register(manager, NOW, kind="consultation", problem="保修期多久").ticket_id
    return people


def _window(qtbot, languages, staff_id, lang):
    from ui.main_window import MainWindow

    win = MainWindow(languages, lambda: NOW, staff_id, "test.db")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.language_actions[lang].trigger()
    qtbot.waitUntil(lambda: win.tabs.tabText(0) == INTAKE_TAB[lang])
    return win


@pytest.fixture
def walk(qtbot, monkeypatch, languages):
    w = Walk(qtbot, Boxes(monkeypatch))
    yield w
    languages.apply("en")


# -- the manager's window --------------------------------------------------------------------


def _select_ticket(qtbot, tab, ticket_id: int) -> None:
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(""))  # all states
    qtbot.waitUntil(lambda: not tab.tickets.is_loading() and tab.tickets.row_of(ticket_id) >= 0)
    row = tab.tickets.row_of(ticket_id)
    tab.ticket_view.scrollTo(tab.tickets.index(row, 0))
    rect = tab.ticket_view.visualRect(tab.tickets.index(row, 0))
    qtbot.mouseClick(tab.ticket_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.ticket_view.selectionModel().selectedRows()[0].row() == row


def _open_ticket(kind: str, status: str | None = None) -> int:
    query = Ticket.select().where(Ticket.kind == kind)
    if status is not None:
        query = query.where(Ticket.status == status)
    return query.order_by(Ticket.id.desc()).first().id


def _intake(walk, qtbot, win, people) -> None:
    tab = win.intake
    win.tabs.setCurrentWidget(tab)
    for kind in ("repair", "complaint", "consultation"):
        tab.form.kind.setCurrentIndex(tab.form.kind.findData(kind))
        walk.look(f"main window ({kind} form)", win)
    repair = _open_ticket("repair", "registered")
    _select_ticket(qtbot, tab, repair)
    walk.dialog("ticket details", lambda: press_enter(qtbot, tab.ticket_view))
    walk.dialog("reminder", lambda: click(qtbot, tab.call_buttons["reminder"]))
    walk.dialog("cancel job", lambda: click(qtbot, tab.call_buttons["cancel"]))
    _select_ticket(qtbot, tab, people["complaint"])
    walk.dialog("complaint (plan awaiting approval)", lambda: press_enter(qtbot, tab.ticket_view))
    walk.dialog("acknowledge", lambda: click(qtbot, tab.call_buttons["acknowledge"]))
    _select_ticket(qtbot, tab, people["new_complaint"])
    walk.dialog("complaint (first step)", lambda: click(qtbot, tab.complaint_button))
    _select_ticket(qtbot, tab, people["consultation"])
    walk.dialog("answer and close", lambda: click(qtbot, tab.call_buttons["answer"]))


def _drop_order(tab, order_id: int, tech_id: int, moment: datetime) -> None:
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    data = mime.pack(mime.ORDER, order_id)
    pos = QPointF(tab.board.point_for(tech_id, moment))
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(pos.toPoint(), move, data, buttons, mods),
        QDragMoveEvent(pos.toPoint(), move, data, buttons, mods),
        QDropEvent(pos, move, data, buttons, mods, QEvent.Type.Drop),
    ):
        QApplication.sendEvent(tab.board, event)


def _dispatch(walk, qtbot, win) -> None:
    tab = win.dispatch
    win.tabs.setCurrentWidget(tab)
    walk.look("main window (dispatch)", win)
    tab.pages.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tab.queue.rowCount() > 0)
    tab.queue_view.setCurrentIndex(tab.queue.index(0))
    walk.dialog("assign", lambda: click(qtbot, tab.assign_button))
    # a work order in each state the demo holds, opened from the day's list
    click(qtbot, tab.list_mode)
    for order in WorkOrder.select().join(Ticket).where(Ticket.status.not_in(["closed", "cancelled"])):
        tab.day.setDate(order.window_start.date())
        row = next(
            r for r in range(tab.order_list.rowCount()) if tab.order_list.row_at(r).order_id == order.id
        )
        tab.order_view.selectRow(row)
        walk.dialog(f"work order ({order.status})", lambda: press_enter(qtbot, tab.order_view))
    click(qtbot, tab.day_mode)
    order = WorkOrder.select().join(Ticket).where(Ticket.status == "scheduled").get()
    tab.day.setDate(order.window_start.date())
    tech = order.technicians[0].staff_id
    walk.dialog(
        "move appointment", lambda: _drop_order(tab, order.id, tech, order.window_start + timedelta(hours=1))
    )
    tab.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.follow_model.rowCount() > 0)
    tab.follow_view.selectRow(0)
    walk.dialog("follow-up", lambda: click(qtbot, tab.follow_button))
    tab.pages.setCurrentIndex(2)
    qtbot.waitUntil(lambda: tab.escalation_model.rowCount() > 0)
    tab.escalation_view.selectRow(0)
    walk.dialog("escalated ticket", lambda: press_enter(qtbot, tab.escalation_view))


def _warranty(walk, qtbot, win) -> None:
    from tests.ui.keyboard import type_text

    tab = win.warranty
    win.tabs.setCurrentWidget(tab)
    walk.look("main window (warranty)", win)
    unit = InstalledProduct.select().first()
    type_text(qtbot, tab.search, unit.serial)
    qtbot.waitUntil(lambda: tab.site_id is not None or tab.matches.rowCount() > 0)
    if tab.site_id is None:
        tab.match_view.selectRow(0)
    qtbot.waitUntil(lambda: tab.site_id is not None)
    walk.dialog("site warranty terms", lambda: click(qtbot, tab.category_button))
    walk.dialog("add product", lambda: click(qtbot, tab.add_product_button))
    tab.detail_tabs.setCurrentIndex(1)
    tab.product_view.selectRow(0)
    walk.dialog("replace product", lambda: click(qtbot, tab.replace_button))
    walk.dialog("patrol", lambda: click(qtbot, tab.patrol_button))
    tab.pages.setCurrentIndex(1)
    walk.dialog("default warranty terms", lambda: click(qtbot, tab.terms_button))
    if tab.due.rowCount():
        tab.due_view.selectRow(0)
        walk.dialog("warranty summary", lambda: click(qtbot, tab.summary_button))


def _appraisal(walk, qtbot, win, people) -> None:
    tab = win.appraisal
    win.tabs.setCurrentWidget(tab)
    walk.look("main window (appraisal)", win)
    walk.dialog("incident", lambda: click(qtbot, tab.incident_button))
    walk.dialog("training", lambda: click(qtbot, tab.training_button))
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    walk.dialog("technician page", lambda: click(qtbot, tab.page_button))
    from ui.appraisal.appraisal_model import EVIDENCE_COLUMNS

    column = next(iter(EVIDENCE_COLUMNS))
    rect = tab.table.visualRect(tab.model.index(0, column))
    walk.dialog(
        "evidence",
        lambda: qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()),
    )
    walk.boxes.confirm_answer = True
    click(qtbot, tab.approve_button)
    qtbot.waitUntil(lambda: tab.adjust_button.isEnabled())
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    walk.dialog("adjust", lambda: click(qtbot, tab.adjust_button))


def _manager_menus(walk, qtbot, win) -> None:
    walk.dialog("change password", win.change_password_action.trigger)
    walk.dialog("audit trail", win.audit_action.trigger)
    exports = win.export_menu
    walk.dialog("export registers", exports.export_action.trigger)
    walk.dialog("print forms", exports.print_action.trigger)
    walk.dialog("import", exports.import_action.trigger)
    walk.dialog("consolidate packs", win.head_office_menu.consolidate_action.trigger)


@pytest.mark.parametrize("lang", LANGS)
def test_no_mnemonic_clash_in_any_window_or_dialog_of_the_manager(qtbot, languages, demo, walk, lang):
    win = _window(qtbot, languages, demo["manager"], lang)
    walk.menus("manager", win)
    _manager_menus(walk, qtbot, win)
    _intake(walk, qtbot, win, demo)
    _dispatch(walk, qtbot, win)
    _warranty(walk, qtbot, win)
    _appraisal(walk, qtbot, win, demo)
    expected = (
        "ticket details",
        "reminder",
        "cancel job",
        "acknowledge",
        "answer and close",
        "complaint (first step)",
        "assign",
        "move appointment",
        "follow-up",
        "escalated ticket",
        "work order (scheduled)",
        "work order (on_site)",
        "work order (done)",
        "adjust",
        "consolidate packs",
    )
    assert [n for n in expected if n not in walk.seen] == [], walk.seen
    assert walk.found == {}, (lang, json.dumps(walk.found, ensure_ascii=False, indent=1))


# -- the administrator's window ---------------------------------------------------------------


def _office(walk, qtbot, win) -> None:
    menu = win.office_menu
    actions = menu.actions_by_name

    def roster(dialog) -> None:
        walk.dialog("add staff", lambda: click(qtbot, dialog.add_button))
        dialog.view.selectRow(0)
        walk.dialog("edit staff", lambda: click(qtbot, dialog.edit_button))
        walk.dialog("reset password", lambda: click(qtbot, dialog.reset_button))

    def calendar(dialog) -> None:
        view = dialog.view
        day = datetime(dialog.year.value(), 5, 6).date()
        walk.dialog(
            "calendar day",
            lambda: qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(day).center()),
        )

    walk.dialog("staff roster", actions["roster"].trigger, roster)
    walk.dialog("departments", actions["departments"].trigger)
    walk.dialog("time limits", actions["time_limits"].trigger)
    walk.dialog("working calendar", actions["calendar"].trigger, calendar)
    walk.dialog("office settings", actions["settings"].trigger)
    walk.dialog("database server", win.server_action.trigger)


@pytest.mark.parametrize("lang", LANGS)
def test_no_mnemonic_clash_in_any_window_or_dialog_of_the_administrator(qtbot, languages, demo, walk, lang):
    win = _window(qtbot, languages, demo["admin"], lang)
    walk.menus("admin", win)
    walk.look("main window (admin)", win)
    _office(walk, qtbot, win)
    walk.dialog("change password (admin)", win.change_password_action.trigger)
    expected = ("add staff", "edit staff", "reset password", "calendar day", "database server")
    assert [n for n in expected if n not in walk.seen] == [], walk.seen
    assert walk.found == {}, (lang, json.dumps(walk.found, ensure_ascii=False, indent=1))


# -- the department head, and the dialogs before any window ----------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_no_mnemonic_clash_for_the_department_head(qtbot, languages, demo, walk, lang):
    win = _window(qtbot, languages, demo["head"], lang)
    walk.menus("head", win)
    tab = win.approvals
    walk.look("main window (head)", win)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    tab.view.selectRow(0)

    def approve_visible(dialog) -> None:
        assert dialog.findChild(QPushButton, "approve").isVisible()

    walk.dialog("complaint (head approves)", lambda: press_enter(qtbot, tab.view), approve_visible)
    assert walk.found == {}, (lang, json.dumps(walk.found, ensure_ascii=False, indent=1))


@pytest.mark.parametrize("lang", LANGS)
def test_no_mnemonic_clash_in_sign_in_first_run_and_forced_password(qtbot, languages, demo, walk, lang):
    from app.services import accounts
    from ui import session
    from ui.first_run_dialog import FirstRunDialog
    from ui.sign_in_dialog import SignInDialog

    languages.apply(lang)
    walk.dialog("sign in", lambda: session.ask_sign_in(lambda: NOW))
    walk.dialog("locked", lambda: SignInDialog(lambda: NOW, locked=True).exec())
    accounts.set_password(demo["manager"], "temporary-01", "temporary-01", demo["admin"], NOW)
    walk.dialog("forced password", lambda: session.ensure_own_password(lambda: NOW, demo["manager"]))
    walk.dialog("first run", lambda: FirstRunDialog().exec())
    assert walk.found == {}, (lang, json.dumps(walk.found, ensure_ascii=False, indent=1))


@pytest.mark.parametrize("lang", LANGS)
def test_no_mnemonic_clash_in_the_main_window_and_menus_of_every_role(qtbot, languages, demo, walk, lang):
    """Each role sees its own set of tabs, buttons and menus (R10.1)."""
    roles = ("receptionist", "technician", "supervisor", "head", "manager", "admin")
    for role in roles:
        win = _window(qtbot, languages, demo[role], lang)
        walk.menus(role, win)
        for kind in ("repair", "complaint"):
            form = win.intake.form
            form.kind.setCurrentIndex(form.kind.findData(kind))
            walk.look(f"main window ({role}, {kind} form)", win)
        win.close()
    assert len([s for s in walk.seen if s.startswith("main window")]) == 2 * len(roles)
    assert walk.found == {}, (lang, json.dumps(walk.found, ensure_ascii=False, indent=1))
