"""The one path every writing action takes (ui/operations.py): notices, fields, database
failures, defects — and the error dialog and log file behind it."""

from __future__ import annotations

import logging
import uuid

import peewee
import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app import db as app_db
from app import logs
from app.errors import ValidationError, ValidationErrors
from app.models import Ticket
from tests.conftest import NOW
from tests.ui.dialogs import Boxes
from tests.ui.keyboard import type_text
from ui import error_dialog, events, operations


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def heard(qapp):
    """Every change notice published during the test."""
    got: list[frozenset[str]] = []

    def hear(kinds, _local):
        got.append(kinds)

    events.bus().changed.connect(hear)
    yield got
    events.bus().changed.disconnect(hear)


def _run(work, **kw):
    return operations.run_op(None, work, clock=lambda: NOW, actor=7, **kw)


def test_a_successful_operation_gets_now_and_the_actor_and_publishes_what_changed(heard):
    done = _run(lambda op: (op.now, op.actor), changes={events.TICKETS, events.ORDERS})
    assert done and done.value == (NOW, 7)
    assert heard == [frozenset({events.TICKETS, events.ORDERS})]
    assert _run(lambda op: None)  # a None result is still a success
    assert heard == [frozenset({events.TICKETS, events.ORDERS})]  # nothing changed, nothing said


def test_a_subscriber_reloads_once_per_notice_and_stops_when_it_is_gone(qapp):
    calls: list[int] = []
    owner = QObject()
    events.subscribe(owner, {events.STAFF, events.SETTINGS}, lambda: calls.append(1))
    events.publish({events.STAFF, events.SETTINGS})
    events.publish({events.TICKETS})  # not its kind
    assert calls == [1]
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the subscription dies with it
    events.publish({events.STAFF})
    assert calls == [1]
    with pytest.raises(ValueError):
        events.publish({"ticket"})  # a misspelt kind is a defect, not silence


def test_validation_errors_go_to_the_fields_and_nothing_is_published(heard, boxes):
    problems = [ValidationError("Name is missing.", "name"), ValidationError("Phone?", "phone")]
    marked: list[list[ValidationError]] = []

    def refuse(_op):
        raise ValidationErrors(problems)

    assert _run(refuse, changes={events.STAFF}, on_invalid=marked.append) is None
    assert [[p.field for p in m] for m in marked] == [["name", "phone"]]
    assert _run(refuse, changes={events.STAFF}) is None  # no fields to mark: one box with both
    assert boxes.shown == [("warning", "Not saved", "Name is missing.\nPhone?")]
    assert heard == []


@pytest.mark.parametrize(
    ("exc", "says"),
    [
        (peewee.OperationalError("database is locked"), "busy"),
        (peewee.InterfaceError("connection already closed"), "connection to the office database was lost"),
        (peewee.OperationalError("database or disk is full"), "disk holding the office database is full"),
        (peewee.OperationalError("disk I/O error"), "could not be written"),
    ],
)
def test_a_database_failure_says_nothing_was_saved_why_and_what_to_do(heard, boxes, exc, says):
    def fail(_op):
        raise exc

    assert _run(fail, changes={events.TICKETS}) is None
    [(kind, title, text)] = boxes.shown
    assert (kind, title) == ("critical", "Not saved")
    assert text.startswith("Nothing was saved") and says in text and "Traceback" not in text
    assert heard == []


def test_a_full_disk_or_a_refused_folder_is_one_sentence_not_the_error_dialog(heard, boxes):
    """Issue 15, point 9: what a person can fix by choosing another place is said as such."""
    import errno

    for code, says in ((errno.ENOSPC, "The disk is full"), (errno.EACCES, "The program may not write there")):

        def fail(_op, code=code):
            raise OSError(code, "refused", "/media/usb/x.xlsx")

        assert _run(fail, changes={events.TICKETS}) is None
        (kind, title, text) = boxes.shown.pop()
        assert (kind, title) == ("warning", "Not saved") and text.startswith(says), text
        assert "Errno" not in text and "/media/usb" not in text
    assert heard == []


def _answer_error_dialog(qtbot, seen: list[str]) -> None:
    """When the error dialog opens: read it, press Copy details, then Close — as a person does."""

    def act():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        seen.append(box.text())
        copy = next(b for b in box.findChildren(QPushButton) if b.text() == "&Copy details")
        qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
        seen.append(QApplication.clipboard().text())
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, act)


def test_a_defect_shows_the_error_dialog_and_goes_to_the_log_without_phones_or_passwords(
    qtbot, heard, monkeypatch
):
    assert logs.setup() == logs.log_path()

    def broken(_op):
        raise KeyError("customer 13912345678 password=hunter22")

    seen: list[str] = []
    _answer_error_dialog(qtbot, seen)
    assert _run(broken, changes={events.TICKETS}) is None
    assert heard == []
    summary, copied = seen
    assert summary.startswith("Something went wrong that the program did not expect.")
    assert "Traceback" in copied and "KeyError" in copied
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = logs.log_path().read_text(encoding="utf-8")
    assert "KeyError" in written and "in broken" in written
    for secret in ("13912345678", "hunter22"):
        assert secret not in written and secret not in copied
    assert "*******5678" in written


def test_redact_masks_phone_numbers_to_four_digits_and_blanks_passwords():
    assert logs.redact("call 139 1234 5678 or 021-6234-5678") == "call *******5678 or *******5678"
    assert logs.redact("password: s3cret! next") == "password: *** next"
    assert logs.redact("ticket SH-20261123-0007 at 2026-11-23 10:00") == (
        "ticket SH-20261123-0007 at 2026-11-23 10:00"
    )


def test_the_excepthook_shows_and_logs_an_exception_escaping_a_slot(qtbot, monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(error_dialog, "show_error", lambda _parent, exc, summary=None: shown.append(exc))
    err = RuntimeError("boom")
    error_dialog._excepthook(RuntimeError, err, None)
    assert shown == [err]


# -- a real lost connection: PostgreSQL hangs up on the desk in the middle of the day ----------


@pytest.fixture
def pg_office(languages):
    psycopg2 = pytest.importorskip("psycopg2")
    try:
        admin = psycopg2.connect(host="127.0.0.1", user="postgres", dbname="postgres", connect_timeout=3)
    except psycopg2.OperationalError:
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432")
    admin.autocommit = True
    name = f"so_test_{uuid.uuid4().hex[:10]}"
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    from app.services import setup

    app_db.connect(f"postgresql://postgres@127.0.0.1:5432/{name}")
    staff_id = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    yield staff_id, admin, name
    app_db.close()
    admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.mark.postgres
def test_saving_after_the_server_dropped_the_connection_reconnects_and_a_lost_save_says_so(
    qtbot, pg_office, languages, boxes, monkeypatch
):
    from app.errors import DatabaseUnavailable
    from app.services import intake
    from ui.main_window import MainWindow

    staff_id, admin, name = pg_office
    win = MainWindow(languages, lambda: NOW, staff_id, "postgresql")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    form = win.intake.form
    form.start_new_customer("13912340000")
    type_text(qtbot, form.customer_name, "陈静")
    type_text(qtbot, form.address, "静安区南京西路1266号")
    type_text(qtbot, form.problem, "客厅插座跳闸")
    form.work_category.setCurrentIndex(form.work_category.findText("Electrical wiring"))
    real_register = intake.register_ticket
    calls = []

    def lost_mid_save(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:  # the server went away in the middle of this one save
            raise DatabaseUnavailable()
        return real_register(*args, **kwargs)

    monkeypatch.setattr(intake, "register_ticket", lost_mid_save)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors.text() == ""
    [(kind, title, text)] = boxes.shown
    assert (kind, title) == ("critical", "Not saved")
    assert "connection to the office database was lost" in text
    assert form.customer_name.text() == "陈静"  # the typed form is kept for the next try

    # Then the server drops the idle desk: the next save reconnects by itself (app.db) and saves.
    admin.cursor().execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
        (name,),
    )
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(boxes.shown) == 1, boxes.shown
    assert form.errors.text() == ""
    assert [t.number for t in Ticket.select()] == ["SH-20261123-0001"]
