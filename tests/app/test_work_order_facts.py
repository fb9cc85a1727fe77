"""Work-order facts that cannot be true are refused (issue 16, point 8), with hand-worked times."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.models import Staff, WorkOrder
from app.services import dispatch
from app.services import work_orders as wo
from tests.app.factories import register
from tests.conftest import NOW

DISPATCHED = NOW + timedelta(minutes=30)  # 10:30, the order is made
WINDOW = datetime(2026, 11, 24, 9, 0)  # Tuesday 09:00–11:00


@pytest.fixture
def order(office):
    """A paid job (the site has no completion date: out of warranty), dispatched at 10:30."""
    supervisor = Staff.create(name="孙主管", role="supervisor", created_at=NOW).id
    tech = Staff.create(name="赵师傅", role="technician", skills="plumbing", created_at=NOW).id
    reg = register(office)
    order_id = dispatch.assign(
        reg.ticket_id, [tech], WINDOW, WINDOW + timedelta(hours=2), supervisor, DISPATCHED
    )
    wo.confirm_appointment(order_id, supervisor, DISPATCHED)
    return order_id, supervisor


def test_an_arrival_before_the_dispatch_is_refused_R4_3(order):
    order_id, supervisor = order
    with pytest.raises(ValidationError) as err:
        wo.record_arrival(order_id, datetime(2026, 11, 23, 10, 29), supervisor, WINDOW)
    assert err.value.field == "arrived_at" and "2026-11-23 10:30" in err.value.text(err.value.message)
    assert WorkOrder.get_by_id(order_id).arrived_at is None
    # at the minute of dispatch it is possible (a technician already nearby)
    assert wo.record_arrival(order_id, datetime(2026, 11, 23, 10, 30), supervisor, WINDOW) is False


def test_an_arrival_before_the_call_came_in_is_refused_R4_3(office):
    supervisor = Staff.create(name="孙主管", role="supervisor", created_at=NOW).id
    tech = Staff.create(name="赵师傅", role="technician", skills="plumbing", created_at=NOW).id
    # registered afterwards with the time the call really came in (11:00), dispatched at 10:30 (an
    # earlier clock on another desk): the later of the two bounds the arrival
    reg = register(office, received_at=NOW + timedelta(hours=1), now=NOW + timedelta(hours=1))
    order_id = dispatch.assign(
        reg.ticket_id, [tech], WINDOW, WINDOW + timedelta(hours=2), supervisor, DISPATCHED
    )
    wo.confirm_appointment(order_id, supervisor, DISPATCHED)
    with pytest.raises(ValidationError):
        wo.record_arrival(order_id, datetime(2026, 11, 23, 10, 45), supervisor, WINDOW)


def test_a_reschedule_into_the_past_is_refused_R4_2(order):
    order_id, supervisor = order
    now = datetime(2026, 11, 24, 8, 0)
    with pytest.raises(ValidationError) as err:
        dispatch.reschedule(
            order_id,
            datetime(2026, 11, 24, 7, 30),
            datetime(2026, 11, 24, 9, 30),
            None,
            "客户要求",
            True,
            supervisor,
            now,
        )
    assert err.value.field == "start" and "2026-11-24 08:00" in err.value.text(err.value.message)
    assert WorkOrder.get_by_id(order_id).window_start == WINDOW
    dispatch.reschedule(order_id, now, now + timedelta(hours=2), None, "客户要求提前", True, supervisor, now)
    assert WorkOrder.get_by_id(order_id).window_start == now


def _on_site(order_id, supervisor):
    wo.record_arrival(order_id, WINDOW, supervisor, WINDOW + timedelta(minutes=5))


def test_a_quote_of_zero_needs_a_reason_and_is_then_a_free_redo_R4_5(order):
    order_id, supervisor = order
    _on_site(order_id, supervisor)
    record = wo.WorkRecord("防水层破损", "返工重做", [], "0", quote_amount="0")
    with pytest.raises(ValidationError) as err:
        wo.record_work(order_id, record, supervisor, WINDOW + timedelta(hours=1))
    assert err.value.field == "free_reason"
    record.free_reason = "上次验收未通过，免费返工"
    wo.record_work(order_id, record, supervisor, WINDOW + timedelta(hours=1))
    saved = WorkOrder.get_by_id(order_id)
    assert (saved.quote_amount, saved.charged, saved.free_reason) == (
        Decimal("0.00"),
        False,
        "上次验收未通过，免费返工",
    )
    assert saved.customer_consent_at is None  # nothing to consent to at 0


def test_a_paid_quote_still_needs_consent_R4_4(order):
    order_id, supervisor = order
    _on_site(order_id, supervisor)
    with pytest.raises(ValidationError) as err:
        wo.record_work(order_id, wo.WorkRecord("d", "w", [], "0", quote_amount="480"), supervisor, WINDOW)
    assert err.value.field == "consent"
    with pytest.raises(ValidationError) as err:
        wo.record_work(order_id, wo.WorkRecord("d", "w", [], "0"), supervisor, WINDOW)
    assert err.value.field == "quote_amount"


def test_the_order_view_holds_what_was_saved_R4_4(order):
    order_id, supervisor = order
    _on_site(order_id, supervisor)
    parts = [
        wo.PartLine("防水涂料（聚氨酯，双组分，20kg桶装）", "2", "185.50"),
        wo.PartLine("密封胶", "1", "12"),
    ]
    wo.record_work(
        order_id,
        wo.WorkRecord("防水层破损", "重做防水", parts, "150", quote_amount="535", customer_consented=True),
        supervisor,
        WINDOW + timedelta(hours=1),
    )
    view = wo.order_view(order_id)
    assert (view.diagnosis, view.work_done, view.labour_cost, view.quote_amount) == (
        "防水层破损",
        "重做防水",
        Decimal("150.00"),
        Decimal("535.00"),
    )
    assert [(p.name, p.quantity, p.unit_cost) for p in view.parts] == [
        ("防水涂料（聚氨酯，双组分，20kg桶装）", Decimal("2.00"), Decimal("185.50")),
        ("密封胶", Decimal("1.00"), Decimal("12.00")),
    ]
    assert view.arrived_at == WINDOW and view.consented and view.ratings is None and not view.rejected
    assert view.gaps == ("acceptance", "report", "ratings", "follow_up")
