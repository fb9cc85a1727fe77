"""R10.1: each role × each protected action, through the services (the UI only hides)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest

from app import permissions as perm
from app import vocab
from app.errors import ValidationError
from app.models import Site, Staff, Ticket
from app.services import dispatch, follow_ups, intake, office_settings, pauses, staff_roster, time_limits
from app.services import warranty_records as records
from app.services import work_orders as wo
from tests.app.factories import register
from tests.conftest import NOW

_unique = itertools.count(1)


def _customer():
    n = next(_unique)
    return intake.CustomerInput(f"客户{n}", [f"1390000{n:04d}"])


@pytest.fixture
def world(office):
    tech = Staff.create(name="赵师傅", role="technician", created_at=NOW).id
    return {"desk": office, "tech": tech}


def _order(world):
    reg = register(world["desk"], new_customer=_customer())
    start = datetime(2026, 11, 24, 8) + timedelta(hours=next(_unique) % 12)
    return dispatch.assign(
        reg.ticket_id, [world["tech"]], start, start + timedelta(minutes=30), world["desk"], NOW
    )


CALLS = {
    perm.REGISTER_TICKET: lambda w, a: register(w["desk"], actor_id=a, new_customer=_customer()),
    perm.DISPATCH: lambda w, a: dispatch.assign(
        register(w["desk"], new_customer=_customer()).ticket_id,
        [w["tech"]],
        datetime(2026, 11, 25, 9),
        datetime(2026, 11, 25, 10),
        a,
        NOW,
    ),
    perm.RECORD_WORK: lambda w, a: wo.mark_report_done(_order(w), a, NOW),
    perm.FOLLOW_UP: lambda w, a: follow_ups.record_follow_up(
        register(w["desk"], new_customer=_customer()).ticket_id, True, 5, "", "phone", a, NOW
    ),
    perm.EDIT_WARRANTY: lambda w, a: records.add_product(
        Ticket.get_by_id(register(w["desk"], new_customer=_customer()).ticket_id).site_id,
        records.ProductInput("壁挂炉", "L1", f"SN{next(_unique)}", date(2025, 1, 1), 36),
        a,
        NOW,
    ),
    perm.EDIT_WARRANTY_TERMS: lambda w, a: records.set_default_term("electrical", 24, a, NOW),
    perm.MANAGE_STAFF: lambda w, a: staff_roster.add_staff(
        staff_roster.StaffInput(
            name=f"新人{next(_unique)}", phone="", role="technician", department_id=None, skills=[]
        ),
        a,
        NOW,
    ),
    perm.MANAGE_SETTINGS: lambda w, a: time_limits.restore_defaults(a, NOW),
}


@pytest.mark.parametrize("role", vocab.ROLES)
@pytest.mark.parametrize("action", sorted(CALLS))
def test_each_role_may_do_only_what_the_table_allows_R10_1(world, role, action):
    actor = (
        world["tech"] if role == "technician" else Staff.create(name=f"{role}", role=role, created_at=NOW).id
    )
    allowed = action in perm.ROLE_PERMISSIONS[role]
    try:
        CALLS[action](world, actor)
    except perm.PermissionDenied:
        assert not allowed, f"{role} should be allowed to {action}"
        return
    except ValidationError:
        pass  # refused for another reason: the role itself was let through
    assert allowed, f"{role} must not be allowed to {action}"


def test_a_technician_records_work_only_on_their_own_orders_R10_1(world):
    other = Staff.create(name="钱师傅", role="technician", created_at=NOW).id
    order = _order(world)
    wo.mark_report_done(order, world["tech"], NOW)
    with pytest.raises(perm.PermissionDenied) as err:
        wo.mark_report_done(order, other, NOW)
    assert "not assigned to you" in err.value.text()


def test_an_inactive_or_unknown_user_may_do_nothing(world):
    Staff.update(active=False).where(Staff.id == world["desk"]).execute()
    assert not perm.can(world["desk"], perm.REGISTER_TICKET)
    assert not perm.can(None, perm.LOOK_UP)
    assert not perm.can(99999, perm.LOOK_UP)


def test_only_managers_approve_appraisals_and_export_unmasked_phones_R10_1_R8_4():
    holders = {role for role, actions in perm.ROLE_PERMISSIONS.items() if perm.APPROVE_APPRAISAL in actions}
    assert holders == {"manager"}
    assert {role for role, actions in perm.ROLE_PERMISSIONS.items() if perm.EXPORT_UNMASKED in actions} == {
        "manager"
    }
    assert {role for role, actions in perm.ROLE_PERMISSIONS.items() if perm.MANAGE_STAFF in actions} == {
        "admin"
    }


def test_pausing_and_office_settings_are_refused_to_a_receptionist(world):
    desk = Staff.create(name="前台", role="receptionist", created_at=NOW).id
    reg = register(world["desk"], new_customer=_customer())
    with pytest.raises(perm.PermissionDenied):
        pauses.pause(reg.ticket_id, "parts", "", desk, NOW)
    with pytest.raises(perm.PermissionDenied):
        office_settings.save(office_settings.load(), desk, NOW)
    assert Site.select().count() >= 1


def test_a_refusal_names_the_action_in_words_never_its_code_R10_1(office):
    desk = Staff.create(name="前台小李", role="receptionist", created_at=NOW).id
    with pytest.raises(perm.PermissionDenied) as caught:
        perm.require(desk, perm.EDIT_WARRANTY_TERMS)
    assert str(caught.value) == (
        "Your role does not allow you to edit warranty terms. Ask a colleague whose role does."
    )
    assert "edit_warranty" not in str(caught.value)
    assert set(perm.ACTION_LABELS) == {a for r in perm.ROLE_PERMISSIONS.values() for a in r}
