"""R10.1a: `main.py --demo` on an office already in use says so and changes nothing; sign-in
is still asked for (it never runs before sign-in)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app import db as app_db
from app.models import Customer, Staff, Ticket
from app.services import setup
from tests.app.factories import register
from tests.conftest import NOW
from ui import application, msgbox, session
from ui.main_window import MainWindow


@pytest.fixture
def no_event_loop(monkeypatch, qapp):
    def fake_exec():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow):
                w.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    monkeypatch.setattr(application.QApplication, "instance", staticmethod(lambda: qapp))


@pytest.mark.parametrize("with_tickets", [True, False])
def test_demo_flag_on_an_office_in_use_is_refused_and_sign_in_still_asked_R10_1a(
    tmp_path, monkeypatch, no_event_loop, with_tickets
):
    path = str(tmp_path / "office.db")
    app_db.connect(path)
    manager = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    Staff.create(name="李强", role="receptionist", created_at=NOW)  # a real colleague, no password yet
    if with_tickets:
        register(manager)
    before = (Ticket.select().count(), Customer.select().count(), Staff.select().count())
    app_db.close()
    told, asked = [], []
    monkeypatch.setattr(msgbox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(session, "ask_sign_in", lambda clock, *a, **k: asked.append(True) or None)
    assert application.run(["main.py", "--db", path, "--demo", "--lang", "en"]) == 0
    assert len(told) == 1 and "Nothing was changed" in told[0]
    assert asked == [True]
    app_db.connect(path)
    assert (Ticket.select().count(), Customer.select().count(), Staff.select().count()) == before
    assert Staff.get(Staff.name == "李强").password_hash == ""
    app_db.close()
