"""UI fixtures: the real main window on a fresh office database, on a fixed clock."""

from __future__ import annotations

import pytest

from tests.conftest import NOW


@pytest.fixture
def languages(qapp):
    from ui.application import create_application

    _app, manager = create_application([])
    manager.apply("en")
    yield manager
    manager.apply("en")


@pytest.fixture
def window(qtbot, office, languages):
    from ui.main_window import MainWindow

    win = MainWindow(languages, lambda: NOW, office, "test.db")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def intake_tab(window):
    return window.intake
