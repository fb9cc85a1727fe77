"""Starting the program: `main.py --db … --lang …` opens the window or explains why not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app import db as app_db
from app.services import setup
from tests.conftest import NOW
from ui import application, msgbox, session
from ui.main_window import MainWindow


@pytest.fixture
def shown_windows(monkeypatch, qapp):
    """Replace the event loop: record the windows `run()` shows, then return at once."""
    seen: list[MainWindow] = []

    def fake_exec():
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for w in seen:
            w.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    monkeypatch.setattr(application.QApplication, "instance", staticmethod(lambda: qapp))
    return seen


def test_an_existing_office_opens_in_the_chosen_language_after_sign_in(tmp_path, shown_windows, monkeypatch):
    path = str(tmp_path / "office.db")
    app_db.connect(path)
    staff_id = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    app_db.close()
    asked = []
    monkeypatch.setattr(session, "ask_sign_in", lambda clock, *a, **k: asked.append(True) or staff_id)
    assert application.run(["main.py", "--db", path, "--lang", "zh_CN"]) == 0
    assert asked == [True]
    (window,) = shown_windows
    assert window.windowTitle() == "售后服务台 — 上海浦东售后服务部"
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "来电登记(&I)",
        "派工看板(&D)",
        "保修查询(&W)",
        "员工考核(&A)",
    ]
    assert "王丽" in window.status_label.text()
    app_db.close()


def test_a_database_on_a_network_share_is_refused_with_a_message(tmp_path, monkeypatch, shown_windows):
    told = []
    monkeypatch.setattr(msgbox, "critical", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(msgbox, "confirm", lambda parent, title, text: True)  # "a new office there"
    monkeypatch.setattr(app_db, "_mount_fs_type", lambda path: "cifs")
    assert application.run(["main.py", "--db", str(tmp_path / "office.db"), "--lang", "en"]) == 2
    assert "network drive" in told[0]
    assert shown_windows == []
