"""FIELD_NOTES: PySide6 6.12.0 on Python 3.11 frees None after some thousands of void calls
and aborts. This fails (by crashing) if an upgrade brings that bug back."""

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QLabel


def test_pyside_is_pinned_below_6_12():
    major, minor = (int(x) for x in pyside_version.split(".")[:2])
    assert (major, minor) < (6, 12)


def test_fifty_thousand_void_qt_calls_do_not_abort(qapp):
    label = QLabel()
    for i in range(50_000):
        label.setText("x" if i % 2 else "y")  # returns None each time
    assert label.text() == "x"
