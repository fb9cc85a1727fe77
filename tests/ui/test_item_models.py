"""Every item model of ours passes Qt's model tester (as qutebrowser checks each of its models):
the main window's tabs on an office with tickets, orders and follow-ups, and the Office dialogs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel

from app.models import Staff
from app.services import dispatch, intake
from app.services import work_orders as wo
from tests.app.factories import register
from tests.conftest import NOW


def _ours(root) -> list[QAbstractItemModel]:
    models = root.findChildren(QAbstractItemModel)
    return [m for m in models if type(m).__module__.startswith("ui.")]


@pytest.fixture
def busy_window(request, office, admin):
    """The manager's window on an office with a queued ticket and an order being worked on."""
    tech = Staff.create(name="赵师傅", role="technician", skills="plumbing", created_at=NOW).id
    register(office)
    other = register(office, new_customer=intake.CustomerInput("李娜", ["13900001111"]))
    start = datetime(2026, 11, 23, 14, 0)
    order = dispatch.assign(other.ticket_id, [tech], start, start + timedelta(hours=2), office, NOW)
    wo.confirm_appointment(order, office, NOW)
    wo.record_arrival(order, start, office, start)
    record = wo.WorkRecord("渗水", "补胶", [wo.PartLine("胶", "1", "12")], "100", quote_amount="150")
    record.customer_consented = True
    wo.record_work(order, record, office, start)
    return request.getfixturevalue("window")


def test_every_model_of_the_window_passes_the_model_tester(qtmodeltester, busy_window):
    models = _ours(busy_window)
    names = {type(m).__name__ for m in models}
    assert {"TicketTableModel", "SiteMatchModel", "QueueModel", "RowTableModel"} <= names
    for model in models:
        qtmodeltester.check(model, force_py=True)


@pytest.fixture
def office_dialogs(admin, languages):
    """Every Office dialog, open until the model tester has finished with its last model."""
    from ui.admin.office_menu import DIALOGS

    dialogs = [dialog_class(lambda: NOW, admin, None) for dialog_class in DIALOGS.values()]
    yield dialogs
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()


def test_every_model_of_the_office_dialogs_passes_the_model_tester(office_dialogs, qtmodeltester):
    checked = set()
    for dialog in office_dialogs:
        for model in _ours(dialog):
            qtmodeltester.check(model, force_py=True)
            checked.add(type(model).__name__)
    assert {"StaffTableModel", "DepartmentTableModel", "LimitsTableModel", "GradeBandModel"} <= checked
