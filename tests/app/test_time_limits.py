"""R3 limits are settings; changing one recomputes open tickets' deadlines exactly (R3.3)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app import sla
from app.errors import ValidationError
from app.models import AuditEntry, Ticket, TicketDeadline
from app.services import settings, time_limits
from tests.app.factories import register
from tests.conftest import NOW  # Monday 2026-11-23 10:00


def _due(ticket_id: int, clock: str) -> datetime:
    return TicketDeadline.get(TicketDeadline.ticket == ticket_id, TicketDeadline.clock == clock).due_at


def test_a_limit_change_recomputes_open_deadlines_exactly_R3_3(office, admin):
    open_ = register(office)
    closed = register(office, problem="厨房水槽漏水")
    Ticket.update(status="closed").where(Ticket.id == closed.ticket_id).execute()
    assert Ticket.get_by_id(open_.ticket_id).next_due_at == datetime(2026, 11, 24, 10, 0)

    changed = time_limits.save_limits(
        {"first_response": sla.Limit(4, sla.HOURS), "repair_simple": sla.Limit(3, sla.WORKING_DAYS)},
        admin,
        NOW,
    )

    assert changed == 1  # only the open ticket's next deadline moved
    t = Ticket.get_by_id(open_.ticket_id)
    assert (t.next_clock, t.next_due_at) == ("first_response", datetime(2026, 11, 23, 14, 0))
    assert _due(open_.ticket_id, "repair") == datetime(2026, 11, 26, 10, 0)  # Thu, 3 working days
    # the closed ticket keeps what it had
    assert _due(closed.ticket_id, "first_response") == datetime(2026, 11, 24, 10, 0)
    assert _due(closed.ticket_id, "repair") == datetime(2026, 11, 30, 10, 0)
    assert settings.sla_limits()["first_response"] == sla.Limit(4, sla.HOURS)
    entry = AuditEntry.get(AuditEntry.entity == "setting", AuditEntry.entity_id == settings.SLA_LIMITS)
    assert json.loads(entry.changes)["first_response"] == ["24 hours", "4 hours"]


def test_restore_defaults_brings_back_the_R3_table(office, admin):
    register(office)
    time_limits.save_limits({"first_response": sla.Limit(4, sla.HOURS)}, admin, NOW)
    assert time_limits.restore_defaults(admin, NOW) == 1
    assert settings.sla_limits() == sla.DEFAULT_LIMITS
    assert settings.get(settings.SLA_LIMITS) == {}
    assert Ticket.get().next_due_at == datetime(2026, 11, 24, 10, 0)


def test_saving_unchanged_limits_writes_nothing(admin):
    assert time_limits.save_limits(dict(sla.DEFAULT_LIMITS), admin, NOW) == 0
    assert AuditEntry.select().where(AuditEntry.entity == "setting").count() == 0


@pytest.mark.parametrize(
    "limit",
    [
        sla.Limit(-1, sla.HOURS),
        sla.Limit(0, sla.WORKING_DAYS),
        sla.Limit(float("nan"), sla.HOURS),
        sla.Limit(2, "weeks"),
        sla.Limit(400, sla.WORKING_DAYS),
    ],
)
def test_bad_limits_are_refused_and_nothing_is_saved(office, admin, limit):
    register(office)
    with pytest.raises(ValidationError) as err:
        time_limits.save_limits({"forward": sla.Limit(2, sla.WORKING_DAYS), "plan_repair": limit}, admin, NOW)
    assert err.value.field == "plan_repair"
    assert settings.sla_limits() == sla.DEFAULT_LIMITS  # not half-saved
    assert AuditEntry.select().where(AuditEntry.entity == "setting").count() == 0


def test_end_of_day_needs_no_amount(office, admin):
    time_limits.save_limits({"forward": sla.Limit(0, sla.END_OF_DAY)}, admin, NOW)
    t = register(office)
    assert _due(t.ticket_id, "forward") == datetime(2026, 11, 23, 23, 59, 59)


def test_every_limit_has_a_scope_for_the_grid():
    assert set(time_limits.LIMIT_SCOPE) == set(sla.DEFAULT_LIMITS)
