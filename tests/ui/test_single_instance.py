"""Issue 7: a second copy of the program brings the first window forward and exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from ui.single_instance import SingleInstance, bring_to_front

ROOT = Path(__file__).resolve().parents[2]

SECOND_COPY = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from ui.single_instance import SingleInstance
instance = SingleInstance(sys.argv[1])
if instance.already_running():
    raised = instance.ask_first_to_raise()
    if raised and instance.first_is_closing:  # as ui.application: wait, then start normally
        sys.exit(5 if instance.wait_for_first_to_close(20000) else 6)
    sys.exit(0 if raised else 3)
print("took the lock", flush=True)
if len(sys.argv) > 2:
    sys.stdin.readline()  # hold the lock until killed
sys.exit(4)
"""


def _second_copy(key: str, *extra: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_COPY, key, *extra],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


@pytest.fixture
def first(qapp):
    instance = SingleInstance("office-test")
    yield instance
    instance.release()


def test_a_second_copy_asks_the_first_to_come_forward_and_exits(qtbot, first):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    raised: list[bool] = []
    assert not first.already_running()
    assert first.listen(lambda: (raised.append(True), bring_to_front(window)))

    second = _second_copy("office-test")
    qtbot.waitUntil(lambda: second.poll() is not None and bool(raised), timeout=10000)

    out, err = second.communicate()
    assert second.returncode == 0, out + err  # it found the first copy, asked, and exited
    assert raised == [True]
    assert not window.isMinimized() and window.isVisible()


def test_a_start_during_the_exit_backup_waits_and_then_opens_instead_of_raising_a_dead_window(qtbot, first):
    raised: list[bool] = []
    assert not first.already_running()
    assert first.listen(lambda: raised.append(True))
    first.closing = True  # the window has closed; the exit backup runs

    second = _second_copy("office-test")
    qtbot.wait(2500)  # it asked, was told "closing", and waits for the lock
    assert second.poll() is None
    assert raised == []  # the closed window was not brought back
    first.release()  # the exit backup is done: the first copy lets go
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    out, err = second.communicate()
    assert second.returncode == 5, out + err  # it took the lock: it opens normally


def test_the_same_user_in_the_same_process_is_told_it_is_already_running(qapp, first):
    assert not first.already_running()
    again = SingleInstance("office-test")
    assert again.already_running()
    assert again.holder_pid == os.getpid()
    assert not again.ask_first_to_raise()  # nobody listening yet: the caller says so in words
    first.release()
    assert not again.already_running()  # the first copy has gone: this one may start
    again.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_the_lock_of_a_crashed_copy_is_stale_and_does_not_block_the_next_start(qapp):
    crashed = _second_copy("office-test", "hold", stdin=subprocess.PIPE)
    assert crashed.stdout.readline().strip() == "took the lock"
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.communicate()
    instance = SingleInstance("office-test")
    try:
        assert instance.lock_path.exists()  # left behind by the crash …
        assert not instance.already_running()  # … and recognised as stale by its dead process id
        assert instance.listen(lambda: None)  # a stale socket name is removed before listening
    finally:
        instance.release()


def test_bring_to_front_keeps_a_maximised_window_maximised(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMaximized()
    before = window.windowState()
    bring_to_front(window)
    assert window.windowState() == before and window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
