"""R7.1 ratings: once per order, a correction is a new audited entry, only the order's own
technicians or the desk recording the customer's answer (R10.1)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from app.errors import ValidationError
from app.models import AuditEntry, SatisfactionRating, Staff
from app.permissions import PermissionDenied
from app.services import dispatch
from app.services import work_orders as wo
from tests.app.factories import register
from tests.conftest import NOW


@pytest.fixture
def order(office):
    tech = Staff.create(name="赵师傅", role="technician", created_at=NOW).id
    reg = register(office)
    start = datetime(2026, 11, 24, 9)
    oid = dispatch.assign(reg.ticket_id, [tech], start, start + timedelta(hours=1), office, NOW)
    return {"ticket": reg.ticket_id, "order": oid, "tech": tech, "desk": office}


def test_a_rating_is_recorded_once_per_order_and_a_correction_needs_a_reason_R7_1(order):
    t, o, tech = order["ticket"], order["order"], order["tech"]
    wo.record_rating(t, o, 5, 5, 4, "满意", tech, NOW)
    with pytest.raises(ValidationError) as twice:
        wo.record_rating(t, o, 1, 1, 1, "", tech, NOW + timedelta(minutes=5))
    assert twice.value.field == "correction_reason"
    assert SatisfactionRating.select().count() == 1
    wo.record_rating(t, o, 4, 5, 4, "", order["desk"], NOW + timedelta(hours=1), "客户回电更正态度分")
    current = wo.current_rating(t, o)
    assert (current.attitude, current.quality, current.timeliness) == (4, 5, 4)
    entry = AuditEntry.get(AuditEntry.action == "correct_rating")
    assert json.loads(entry.changes) == {
        "ratings": [[5, 5, 4], [4, 5, 4]],
        "reason": [None, "客户回电更正态度分"],
    }


def test_a_colleague_not_on_the_order_cannot_rate_it_R7_1_R10_1(order):
    stranger = Staff.create(name="钱师傅", role="technician", created_at=NOW).id
    with pytest.raises(PermissionDenied):
        wo.record_rating(order["ticket"], order["order"], 1, 1, 1, "", stranger, NOW)
    with pytest.raises(PermissionDenied):  # nor the ticket without naming the order
        wo.record_rating(order["ticket"], None, 1, 1, 1, "", stranger, NOW)
    assert SatisfactionRating.select().count() == 0


def test_the_counter_records_the_customers_answer_from_the_phone_R7_1(order):
    desk = Staff.create(name="陈静", role="receptionist", created_at=NOW).id
    wo.record_rating(order["ticket"], order["order"], 3, 4, 5, "电话回访时打分", desk, NOW)
    assert wo.current_rating(order["ticket"], order["order"]).recorded_by_id == desk
    with pytest.raises(ValidationError):  # the order must be the ticket's
        wo.record_rating(order["ticket"] + 999, order["order"], 3, 4, 5, "", desk, NOW)
