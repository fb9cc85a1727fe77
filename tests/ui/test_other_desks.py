"""Two desks at once: one registers, the other's window shows it without a restart; a dropped
server connection shows in the status bar, comes back by itself, and the next save works."""

from __future__ import annotations

import multiprocessing as mp

import pytest
from PySide6.QtCore import Qt

from app import db as app_db
from app.models import Ticket
from app.services import setup
from tests.conftest import NOW
from tests.ui.keyboard import type_text


def _other_desk(url: str, staff: int) -> None:
    """Desk B: another program on the same office database registers one ticket."""
    from app.services import intake
    from tests.app.factories import new_ticket_input

    app_db.connect(url)
    data = new_ticket_input(staff, new_customer=intake.CustomerInput("另一台的客户", ["13955550000"]))
    intake.register_ticket(data, NOW)
    app_db.close()


def _desk_b_registers(url: str, staff: int) -> None:
    proc = mp.get_context("spawn").Process(target=_other_desk, args=(url, staff))
    proc.start()
    proc.join(60)
    assert proc.exitcode == 0


def _open_window(qtbot, languages, url: str):
    from ui.main_window import MainWindow

    staff = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    win = MainWindow(languages, lambda: NOW, staff, url)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, staff


def _queue_customers(win) -> list[str]:
    queue = win.dispatch.queue
    return [queue.item_at(r).customer for r in range(queue.rowCount())]


def _sees_other_desk_work(qtbot, win, url: str, staff: int) -> None:
    form = win.intake.form
    type_text(qtbot, form.customer_name, "正在输入")  # desk A is in the middle of a call
    win.tabs.setCurrentWidget(win.dispatch)
    assert _queue_customers(win) == []
    _desk_b_registers(url, staff)
    qtbot.waitUntil(lambda: _queue_customers(win) == ["另一台的客户"], timeout=3000)
    assert form.customer_name.text() == "正在输入"  # nothing typed is lost


@pytest.mark.postgres
def test_a_ticket_registered_at_another_desk_reaches_this_desks_queue_on_the_server(qtbot, languages, pg_url):
    app_db.connect(pg_url)
    win, staff = _open_window(qtbot, languages, "postgresql://postgres:secret@127.0.0.1:5432/office")
    assert "secret" not in win.status_label.text()  # a password never shows
    assert "postgres@127.0.0.1:5432/office" in win.status_label.text()
    _sees_other_desk_work(qtbot, win, pg_url, staff)


@pytest.mark.sqlite_only
def test_a_ticket_saved_by_another_program_on_the_file_reaches_the_queue(qtbot, languages, tmp_path):
    path = str(tmp_path / "office.db")
    app_db.connect(path)
    win, staff = _open_window(qtbot, languages, path)
    _sees_other_desk_work(qtbot, win, path, staff)
    app_db.close()


@pytest.mark.postgres
def test_a_dropped_connection_is_shown_then_reconnects_and_the_save_goes_through(
    qtbot, languages, pg_url, monkeypatch
):
    from tests.app.test_postgres import _backend_pid, _terminate
    from ui import msgbox

    told: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(msgbox, kind, lambda _parent, _title, text, *a, **k: told.append(text))
    app_db.connect(pg_url)
    win, _staff = _open_window(qtbot, languages, pg_url)
    lost = win.desk_sync.label
    assert not lost.isVisible()
    _terminate(_backend_pid())  # the server drops this desk
    qtbot.waitUntil(lost.isVisible, timeout=3000)
    assert "reconnecting" in lost.text()
    qtbot.waitUntil(lambda: not lost.isVisible(), timeout=10000)  # back by itself

    tab, form = win.intake, win.intake.form
    win.tabs.setCurrentWidget(tab)
    type_text(qtbot, tab.search, "139 1234 0000")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    type_text(qtbot, form.customer_name, "陈静")
    type_text(qtbot, form.address, "静安区南京西路1266号恒隆广场1801室")
    form.work_category.setCurrentIndex(form.work_category.findText("Electrical wiring"))
    type_text(qtbot, form.problem, "客厅插座跳闸，整屋断电")
    _terminate(_backend_pid())  # dropped again, just before Save: the save reconnects itself
    qtbot.keyClick(form.problem, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert told == []
    assert Ticket.get().customer.name == "陈静"
    assert "SH-20261123-0001" in form.result.text()


@pytest.mark.postgres
def test_a_server_without_pg_trgm_says_fragment_lookups_are_slow(qtbot, languages, pg_url):
    app_db.connect(pg_url)
    from ui.main_window import MainWindow

    win, staff = _open_window(qtbot, languages, pg_url)
    assert "pg_trgm" not in win.intake.search_hint.text()
    app_db.database.execute_sql("DROP EXTENSION pg_trgm CASCADE")
    other = MainWindow(languages, lambda: NOW, staff, pg_url)
    qtbot.addWidget(other)
    assert "found slowly" in other.intake.search_hint.text() and "pg_trgm" in other.intake.search_hint.text()
