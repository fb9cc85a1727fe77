"""The window at 1366×768: ten rows of tickets, numbers never cut, lists that open tickets (issue 16, point 6)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import intake
from tests.app.factories import register
from tests.conftest import NOW
from ui.intake.ticket_details_dialog import TicketDetailsDialog


def _visible_rows(view) -> int:
    height = view.viewport().height()
    return sum(
        1
        for r in range(view.model().rowCount())
        if view.rowViewportPosition(r) >= 0 and view.rowViewportPosition(r) + view.rowHeight(r) <= height
    )


def _number_fits(view, column) -> bool:
    metrics = view.fontMetrics()
    text = view.model().index(0, column).data()
    return metrics.horizontalAdvance(text) + 6 <= view.columnWidth(column)


@pytest.fixture
def busy(office):
    for i in range(14):
        register(
            office,
            received_at=NOW - timedelta(days=2, minutes=i),
            new_customer=intake.CustomerInput(f"客户{i}", [f"1390000{i:04d}"]),
        )


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_at_1366x768_the_intake_list_shows_ten_rows_and_whole_numbers(qtbot, busy, request, lang):
    window = request.getfixturevalue("window")
    window.language_actions[lang].trigger()
    window.resize(1366, 768 - 30)  # the taskbar takes the rest
    view = window.intake.ticket_view
    qtbot.waitUntil(lambda: view.model().rowCount() == 14)  # the list is read in the background
    assert _visible_rows(view) >= 10
    assert _number_fits(view, 0)
    form = window.intake.form
    assert not form.received_at.geometry().intersects(form.problem.geometry())
    window.language_actions["en"].trigger()


def test_the_escalation_list_has_customer_and_overdue_by_and_enter_opens_the_ticket_R3_2(
    qtbot, busy, request
):
    window = request.getfixturevalue("window")
    window.resize(1366, 738)
    tab = window.dispatch
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentIndex(2)
    view = tab.escalation_view
    model = tab.escalation_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Ticket no.", "Customer", "Overdue clocks", "Overdue by", "Goes to"]
    qtbot.waitUntil(lambda: model.rowCount() == 14)  # the sign-in's escalation run, in the background
    assert _number_fits(view, 0)
    assert model.index(0, 1).data().startswith("客户")
    assert model.index(0, 3).data().startswith("1d ")
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is not None  # coloured
    # the last column does not swallow the width: the clocks column (stretched) does
    assert view.columnWidth(4) < view.columnWidth(2)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, TicketDetailsDialog) and w.isVisible()
    ]
    assert [d.ticket_id for d in shown] == [model.row_at(0).ticket_id]
    for d in shown:
        d.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_at_1366x768_no_kind_state_or_deadline_is_cut_in_the_intake_list(qtbot, request, lang):
    """An overdue row is bold; its kind ("Repair request · urgent"), its deadline ("Forward to
    department  2026-12-02 16:10", the longest clock name) and its state ("Awaiting acceptance ·
    escalated") show whole."""
    from PySide6.QtGui import QFont, QFontMetrics

    from ui import labels

    window = request.getfixturevalue("window")
    window.language_actions[lang].trigger()
    window.resize(1366, 768 - 30)
    view = window.intake.ticket_view
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    escalated = "%1 · escalated" if lang == "en" else "%1 · 已升级"
    urgent = "%1 · urgent" if lang == "en" else "%1 · 紧急"
    texts = {
        4: urgent.replace("%1", labels.label("kind", "repair")),
        5: escalated.replace("%1", labels.label("status", "awaiting_acceptance")),
        6: f"{labels.label('clock', 'forward')}  2026-12-02 16:10",
    }
    try:
        for column, text in texts.items():
            assert metrics.horizontalAdvance(text) + 6 <= view.columnWidth(column), (
                text,
                view.columnWidth(column),
            )
        assert view.columnWidth(3) >= 200  # the address, stretched, keeps room
    finally:
        window.language_actions["en"].trigger()
