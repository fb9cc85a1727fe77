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


# -- issue 17: first passwords, the last administrator, open orders --------------------------------


def test_a_first_password_lets_the_new_person_sign_in_and_must_be_changed_R10_2(admin):
    from app.services import accounts

    staff_id = staff_roster.add_staff(_tech(), admin, NOW, password="first-pass1", repeated="first-pass1")
    assert accounts.sign_in(staff_id, "first-pass1", NOW).id == staff_id
    assert accounts.must_change_password(staff_id)
    accounts.change_password(staff_id, "first-pass1", "my-own-pass", "my-own-pass", NOW)
    assert not accounts.must_change_password(staff_id)
    assert accounts.sign_in(staff_id, "my-own-pass", NOW).id == staff_id
    with pytest.raises(ValidationError) as short:
        staff_roster.add_staff(_tech(name="张三"), admin, NOW, password="short", repeated="short")
    assert short.value.field == "password" and not staff_roster.same_name("张三")


def test_the_last_administrator_can_be_neither_demoted_nor_deactivated_R10_2(office, admin):
    second = staff_roster.add_staff(_tech(name="备用管理员", role="admin"), admin, NOW)
    staff_roster.update_staff(second, _tech(name="备用管理员", role="supervisor"), admin, NOW)
    with pytest.raises(ValidationError) as demoted:
        staff_roster.update_staff(admin, _tech(name="系统管理员", role="manager"), admin, NOW)
    assert "only administrator" in str(demoted.value)
    staff_roster.update_staff(second, _tech(name="备用管理员", role="admin"), admin, NOW)
    staff_roster.deactivate(admin, NOW.date(), second, NOW)  # another administrator remains
    with pytest.raises(ValidationError):
        staff_roster.update_staff(second, _tech(name="备用管理员", role="technician"), second, NOW)
    assert Staff.get_by_id(second).role == "admin"


def test_deactivating_a_technician_requeues_their_open_orders_R4_1(office, admin):
    from datetime import datetime

    from app import workflow
    from app.models import WorkOrder
    from app.services import dispatch

    tech = staff_roster.add_staff(_tech(), admin, NOW)
    other = staff_roster.add_staff(_tech(name="周师傅"), admin, NOW)
    alone = [
        register(office, new_customer=intake.CustomerInput(f"客户{i}", [f"1390000000{i}"])) for i in range(2)
    ]
    shared = register(office, new_customer=intake.CustomerInput("客户9", ["13900000009"]))
    start = datetime(2026, 11, 24, 9)
    o1 = dispatch.assign(alone[0].ticket_id, [tech], start, start + timedelta(hours=1), office, NOW)
    dispatch.assign(
        alone[1].ticket_id, [tech], start + timedelta(hours=2), start + timedelta(hours=3), office, NOW
    )
    o3 = dispatch.assign(
        shared.ticket_id, [tech, other], start + timedelta(hours=4), start + timedelta(hours=5), office, NOW
    )

    listed = staff_roster.open_orders(tech)
    assert [o.shared for o in listed] == [False, False, True]

    back = staff_roster.deactivate(tech, NOW.date(), admin, NOW)

    assert back == [Ticket.get_by_id(t.ticket_id).number for t in alone]
    assert {q.ticket_id for q in dispatch.queue(NOW)} == {t.ticket_id for t in alone}
    assert WorkOrder.get_by_id(o1).status == "cancelled"
    assert Ticket.get_by_id(alone[0].ticket_id).status == workflow.REGISTERED
    kept = WorkOrder.get_by_id(o3)
    assert kept.status == "scheduled" and [(t.staff_id, t.lead) for t in kept.technicians] == [(other, True)]
    assert staff_roster.open_orders(tech) == []


def test_ending_the_roster_period_releases_only_the_appointments_after_it_R4_1(office, admin):
    from datetime import datetime

    from app.services import dispatch

    tech = staff_roster.add_staff(_tech(), admin, NOW)
    a = register(office, new_customer=intake.CustomerInput("客户1", ["13900000001"]))
    b = register(office, new_customer=intake.CustomerInput("客户2", ["13900000002"]))
    dispatch.assign(a.ticket_id, [tech], datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 10), office, NOW)
    dispatch.assign(b.ticket_id, [tech], datetime(2026, 11, 26, 9), datetime(2026, 11, 26, 10), office, NOW)
    back = staff_roster.update_staff(tech, _tech(active_to=date(2026, 11, 25)), admin, NOW)
    assert back == [Ticket.get_by_id(b.ticket_id).number]
    assert [o.ticket_number for o in staff_roster.open_orders(tech)] == [Ticket.get_by_id(a.ticket_id).number]
