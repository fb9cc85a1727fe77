"""R10.2: the audit trail as a ledger — who with their role, the record in words, filters."""

from __future__ import annotations

from datetime import date, timedelta

from app import sla
from app.models import Staff
from app.services import audit, calendar_admin, staff_roster, time_limits
from app.services.staff_roster import StaffInput
from tests.app.factories import register
from tests.conftest import NOW


def test_the_ledger_names_people_with_their_role_and_the_record_in_words_R10_2(office, admin):
    a = staff_roster.add_staff(StaffInput("李强", "technician", phone="13911112222"), admin, NOW)
    b = staff_roster.add_staff(
        StaffInput("李强", "supervisor", phone="13933334444", confirmed_duplicate=True), admin, NOW
    )
    calendar_admin.set_day(date(2026, 12, 3), False, "", admin, NOW + timedelta(minutes=1))
    time_limits.save_limits(
        {"repair_simple": sla.Limit(7, sla.WORKING_DAYS)}, admin, NOW + timedelta(minutes=2)
    )
    reg = register(b, now=NOW + timedelta(minutes=3))
    rows = audit.browse(viewer_id=admin)
    by_action = {(r.entity, r.action): r for r in rows}
    added = [r for r in rows if (r.entity, r.action) == ("staff", "add")]
    assert sorted(r.record for r in added) == ["李强 (2222)", "李强 (4444)"]  # two 李强 told apart
    assert {r.actor for r in added} == {"系统管理员"} and {r.actor_role for r in added} == {"admin"}
    day = by_action[("calendar_day", "edit")]
    assert day.record == "2026-12-03" and day.changes["is_workday"] == [True, False]
    limit = by_action[("setting", "edit")]
    assert limit.changes == {"repair_simple": ["5 working_days", "7 working_days"]}
    registered = by_action[("ticket", "register")]
    assert registered.record == reg.number and registered.actor == "李强 (4444)"
    assert registered.actor_role == "supervisor"
    # filters: a person, a kind of record, a date range
    assert {r.entity for r in audit.browse(actor_id=b, viewer_id=admin)} == {"ticket"}
    settings_kind = {r.entity for r in audit.browse(kind="settings", viewer_id=admin)}
    assert {"calendar_day", "setting"} <= settings_kind <= set(audit.KINDS["settings"])
    later = audit.browse(since=NOW + timedelta(minutes=3), viewer_id=admin)
    assert later and {(r.entity, r.action) for r in later} <= {("ticket", "register"), ("ticket", "status")}
    assert a != b and Staff.select().where(Staff.name == "李强").count() == 2
