"""The staff roster: add, edit, deactivate; history stays (issue 9, R8, R10.2)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.models import Appraisal, AuditEntry, Department, Incident, Staff, Ticket
from app.services import intake, staff_roster
from app.services.staff_roster import DuplicateNameWarning, StaffInput
from tests.app.factories import register
from tests.conftest import NOW


def _tech(**overrides) -> StaffInput:
    values = dict(
        name="李强",
        role="technician",
        phone="139 1111 2222",
        department_id=Department.get(Department.code == "after_sales").id,
        skills=["plumbing", "waterproofing"],
        active_from=date(2026, 1, 1),
    )
    values.update(overrides)
    return StaffInput(**values)


def test_added_technician_is_on_the_roster_and_in_the_dispatch_lanes(admin):
    staff_id = staff_roster.add_staff(_tech(), admin, NOW)
    staff = Staff.get_by_id(staff_id)
    assert staff.phone == "13911112222"  # stored as digits
    assert staff.skills == "plumbing,waterproofing"
    assert sorted(r.name for r in staff_roster.roster()) == sorted(["李强", "王丽", "系统管理员"])
    assert [s.id for s in staff_roster.dispatch_lanes(NOW.date())] == [staff_id]
    entry = AuditEntry.get(AuditEntry.entity == "staff", AuditEntry.action == "add")
    assert entry.entity_id == str(staff_id) and entry.actor_id == admin


def test_deactivation_keeps_history_and_appraisals_but_leaves_the_lanes(office, admin):
    staff_id = staff_roster.add_staff(_tech(role="technician"), admin, NOW)
    ticket = register(staff_id, actor_id=office)  # the technician took the call; the desk saved it
    Incident.create(
        staff=staff_id,
        kind="penalty",
        incident_type="late_arrival",
        amount=Decimal(20),
        day=NOW.date(),
        recorded_at=NOW,
    )
    Appraisal.create(staff=staff_id, month="2026-10", score=Decimal("88.5"), grade="B")

    staff_roster.deactivate(staff_id, NOW.date(), admin, NOW)

    staff = Staff.get_by_id(staff_id)
    assert not staff.active and staff.active_to == NOW.date()
    assert staff_roster.dispatch_lanes(NOW.date() + timedelta(days=1)) == []
    assert staff_id not in [s[0] for s in intake.staff_choices()]
    assert staff_id not in [r.id for r in staff_roster.roster()]
    assert staff_id in [r.id for r in staff_roster.roster(include_inactive=True)]
    # history stays
    assert Ticket.get_by_id(ticket.ticket_id).received_by_id == staff_id
    assert Incident.select().where(Incident.staff == staff_id).count() == 1
    assert Appraisal.get(Appraisal.staff == staff_id).grade == "B"
    entry = AuditEntry.get(AuditEntry.action == "deactivate")
    assert json.loads(entry.changes)["active"] == [True, False]


def test_reactivated_staff_come_back(admin):
    staff_id = staff_roster.add_staff(_tech(), admin, NOW)
    staff_roster.deactivate(staff_id, NOW.date(), admin, NOW)
    staff_roster.reactivate(staff_id, admin, NOW)
    assert [s.id for s in staff_roster.dispatch_lanes(NOW.date())] == [staff_id]


def test_technician_outside_their_active_dates_is_not_in_the_lanes(admin):
    staff_id = staff_roster.add_staff(_tech(active_from=date(2026, 12, 1)), admin, NOW)
    assert staff_roster.dispatch_lanes(NOW.date()) == []
    assert [s.id for s in staff_roster.dispatch_lanes(date(2026, 12, 1))] == [staff_id]


def test_a_duplicate_name_is_warned_then_allowed(admin):
    staff_roster.add_staff(_tech(), admin, NOW)
    with pytest.raises(DuplicateNameWarning):
        staff_roster.add_staff(_tech(phone=""), admin, NOW)
    assert Staff.select().where(Staff.name == "李强").count() == 1
    staff_roster.add_staff(_tech(phone="", confirmed_duplicate=True), admin, NOW)
    assert Staff.select().where(Staff.name == "李强").count() == 2


def test_a_bad_phone_is_refused_with_a_message_and_nothing_saved(admin):
    with pytest.raises(ValidationError) as err:
        staff_roster.add_staff(_tech(phone="12345"), admin, NOW)
    assert err.value.field == "phone" and "12345" in str(err.value)
    assert Staff.select().count() == 2  # the desk's user and the administrator


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": " "}, "name"),
        ({"role": "wizard"}, "role"),
        ({"skills": ["juggling"]}, "skills"),
        ({"active_from": date(2026, 5, 1), "active_to": date(2026, 4, 1)}, "active_to"),
    ],
)
def test_bad_input_names_its_field(admin, overrides, field):
    with pytest.raises(ValidationError) as err:
        staff_roster.add_staff(_tech(**overrides), admin, NOW)
    assert err.value.field == field


def test_editing_records_before_and_after(admin):
    staff_id = staff_roster.add_staff(_tech(), admin, NOW)
    staff_roster.update_staff(staff_id, _tech(skills=["electrical"], phone="021-64001234"), admin, NOW)
    staff = Staff.get_by_id(staff_id)
    assert staff.skills == "electrical" and staff.phone == "02164001234"
    entry = AuditEntry.get(AuditEntry.action == "edit", AuditEntry.entity == "staff")
    changes = json.loads(entry.changes)
    assert changes["skills"] == ["plumbing,waterproofing", "electrical"]


def test_a_retired_department_cannot_be_chosen(admin):
    dept = Department.get(Department.code == "design")
    dept.retired = True
    dept.save()
    with pytest.raises(ValidationError) as err:
        staff_roster.add_staff(_tech(department_id=dept.id), admin, NOW)
    assert err.value.field == "department"


def test_you_cannot_deactivate_yourself(admin):
    with pytest.raises(ValidationError):
        staff_roster.deactivate(admin, NOW.date(), admin, NOW)
    assert Staff.get_by_id(admin).active
