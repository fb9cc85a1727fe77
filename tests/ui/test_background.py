"""Long work runs off the UI thread, on its own connection, and can be cancelled."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.models import Customer
from ui.background import run_with_progress


def test_background_work_writes_on_its_own_connection_and_reports_progress(qtbot, office):
    main_thread = threading.get_ident()
    seen = {}

    def work(report):
        seen["thread"] = threading.get_ident()
        for i in range(5):
            Customer.create(name=f"客户{i}", created_at=__import__("datetime").datetime(2026, 11, 23))
            report(i + 1, 5)
        return "done"

    assert run_with_progress(None, "working", work) == (True, "done")
    assert seen["thread"] != main_thread
    assert Customer.select().count() == 5


def test_cancel_stops_the_work(qtbot, office):
    def work(report):
        for i in range(1000):
            time.sleep(0.005)
            report(i, 1000)
        return "finished"

    def press_cancel():
        # The dialog appears after 600 ms (quick work never flashes one); then click Cancel.
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if dialogs:
            qtbot.mouseClick(dialogs[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(100, press_cancel)
    ok, error = run_with_progress(None, "working", work)
    assert (ok, error) == (False, "")


def test_a_failure_is_reported_not_raised(qtbot, office):
    def work(report):
        raise RuntimeError("disk full")

    ok, error = run_with_progress(None, "working", work)
    assert not ok and "disk full" in error


def test_the_worker_never_runs_the_garbage_collector_over_qt_objects(qtbot, office):
    """A cycle holding a widget must be freed on the GUI thread, never in the worker (crash)."""
    import gc

    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    widget.cycle = widget  # garbage only the cyclic collector frees
    del widget
    seen = {}

    def work(report):
        seen["collecting"] = gc.isenabled()
        junk = [[i] for i in range(200_000)]  # allocations that would trigger a collection
        return len(junk)

    assert run_with_progress(None, "working", work) == (True, 200_000)
    assert seen["collecting"] is False and gc.isenabled()
