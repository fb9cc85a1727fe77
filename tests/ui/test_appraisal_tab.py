"""pytest-qt: the appraisal tab as a manager — figures, drill-down, incidents, approval (R8)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.models import Staff, WorkOrder, WorkOrderTechnician
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.dialogs import when_dialog_opens
from ui import events
from ui.appraisal.appraisal_model import EVIDENCE_COLUMNS
from ui.appraisal.appraisal_tab import AppraisalTab


@pytest.fixture
def tech(office):
    """赵师傅 did one job in October 2026, 30 minutes late."""
    tid = Staff.create(name="赵师傅", role="technician", created_at=datetime(2025, 1, 1)).id
    ticket = register(office, received_at=datetime(2026, 10, 11, 9)).ticket_id
    order = WorkOrder.create(
        ticket=ticket,
        window_start=datetime(2026, 10, 12, 9),
        window_end=datetime(2026, 10, 12, 11),
        status="done",
        arrived_at=datetime(2026, 10, 12, 9, 30),
        late=True,
        accepted=True,
        accepted_at=datetime(2026, 10, 12, 11),
        created_at=datetime(2026, 10, 11, 10),
    )
    WorkOrderTechnician.create(work_order=order, staff=tid, lead=True)
    return tid


@pytest.fixture
def tab(qtbot, office, languages):
    widget = AppraisalTab(lambda: NOW, office)  # the office's first user is the manager
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _cell(tab, staff_id, column):
    row = next(i for i, r in enumerate(tab.model.rows()) if r.staff_id == staff_id)
    return tab.model.index(row, column)


def _column(key):
    return next(c for c, k in EVIDENCE_COLUMNS.items() if k == key)


def test_a_manager_picks_a_month_and_sees_the_figures_R8_1(tech, tab):
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    assert tab.model.data(_cell(tab, tech, _column("jobs_completed"))) == "1"
    assert tab.model.data(_cell(tab, tech, _column("on_time_rate"))) == "0%"
    assert "Not approved" in tab.status.text()
    assert "25%" in tab.weights.text() and "A 90–100" in tab.weights.text()
    tab.month.setCurrentIndex(tab.month.findData("2026-09"))
    assert tab.model.data(_cell(tab, tech, _column("jobs_completed"))) == "0"


def test_clicking_a_figure_shows_the_records_behind_it_R8_1(qtbot, tech, tab):
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    index = _cell(tab, tech, _column("on_time_rate"))
    rect = tab.table.visualRect(index)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.findChild(
        __import__("ui.appraisal.evidence_dialog").appraisal.evidence_dialog.EvidenceDialog
    )
    assert dialog is not None and dialog.key == "on_time_rate"
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 2)) == "2026-10-12 09:30"
    assert dialog.model.data(dialog.model.index(0, 3)) == "NO"  # late


def test_recording_an_incident_changes_the_penalty_total_R8_2(qtbot, tech, tab, monkeypatch):
    tab.month.setCurrentIndex(tab.month.findData("2026-11"))
    tab.table.setCurrentIndex(_cell(tab, tech, 0))

    def fill(dialog):
        dialog.type.setCurrentIndex(dialog.type.findData("late_arrival"))
        assert dialog.amount.text() == "20.00"  # the office's amount (seed 001)
        dialog.description.setText("个人原因迟到")

    when_dialog_opens(qtbot, fill)
    tab.incident_button.click()
    assert tab.model.data(_cell(tab, tech, _column("penalties"))) == "20.00 (1)"


def test_the_third_leaving_the_post_warns_of_dismissal_review_R8_2(qtbot, tech, tab, monkeypatch):
    warnings = []
    monkeypatch.setattr("ui.msgbox.warning", lambda _p, title, text: warnings.append(text))
    tab.month.setCurrentIndex(tab.month.findData("2026-11"))
    tab.table.setCurrentIndex(_cell(tab, tech, 0))
    for _ in range(3):
        when_dialog_opens(
            qtbot,
            lambda d: (
                d.type.setCurrentIndex(d.type.findData("disobeying_dispatch")),
                d.description.setText("擅自离岗"),
            ),
        )
        tab.incident_button.click()
    assert len(warnings) == 1 and "third" in warnings[0]
    assert "dismissal review" in tab.warnings.text()
    assert (
        tab.model.data(_cell(tab, tech, len(EVIDENCE_COLUMNS) + 3)) == "Dismissal review"
    )  # no rule id on the screen


def test_approving_locks_the_month_R8_4(qtbot, tech, tab, office, monkeypatch):
    monkeypatch.setattr("ui.msgbox.confirm", lambda *_a: True)
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    score = tab.model.data(_cell(tab, tech, len(EVIDENCE_COLUMNS) + 1))
    tab.approve_button.click()
    assert "Approved by 王丽" in tab.status.text() and "locked" in tab.status.text()
    assert not tab.approve_button.isEnabled() and tab.adjust_button.isEnabled()
    # A later change to the records leaves the approved month alone.
    WorkOrder.update(late=False).execute()  # at another desk, whose change notice arrives here
    events.publish({events.ORDERS}, local=False)
    assert tab.model.data(_cell(tab, tech, _column("on_time_rate"))) == "0%"
    assert tab.model.data(_cell(tab, tech, len(EVIDENCE_COLUMNS) + 1)) == score


def test_a_receptionist_cannot_open_the_tab_R10_1(qtbot, office):
    desk = Staff.create(name="陈前台", role="receptionist", created_at=NOW).id
    widget = AppraisalTab(lambda: NOW, desk)
    qtbot.addWidget(widget)
    assert not widget.permitted
    assert "not permitted" in widget.not_permitted.label.text()
    assert not hasattr(widget, "table")


def test_the_technician_page_shows_the_trend(qtbot, tech, tab):
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    page = tab.open_technician_page(tech)
    assert page.trend_model.rowCount() == 12
    assert page.points[-1].month == "2026-10" and page.points[-1].on_time_rate == 0.0
    page.chart.grab()  # paints without error
