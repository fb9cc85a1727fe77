"""Office settings: validated, audited, never half-saved (R1.6, R4.7, R8.2, R8.4, R10.1)."""

from __future__ import annotations

import json
from datetime import datetime, time

import pytest

from app.errors import ValidationError
from app.models import AuditEntry, Setting, Ticket
from app.services import intake, office_settings, settings
from tests.app.factories import register
from tests.conftest import NOW


def test_shipped_defaults_are_the_rules_values(admin):
    s = office_settings.load()
    assert s.branch_code == "SH" and s.repeat_window_days == 90
    assert s.penalties["late_arrival"] == 20 and s.penalties["disobeying_dispatch"] == 100
    assert sum(s.weights.values()) == 100
    assert office_settings.check(s) == []
    assert settings.grade_for(95) == "A" and settings.grade_for(100) == "A"
    assert settings.grade_for(89.99) == "B" and settings.grade_for(0) == "E"


def test_changing_the_branch_code_never_renumbers_tickets_R1_6(office, admin):
    old = register(office)
    s = office_settings.load()
    s.branch_code = "pd"
    assert office_settings.save(s, admin, NOW) == [settings.BRANCH_CODE]
    assert Ticket.get_by_id(old.ticket_id).number == "SH-20261123-0001"
    new = register(office, new_customer=intake.CustomerInput("赵敏", ["13700001111"]))
    assert new.number == "PD-20261123-0001"
    entry = AuditEntry.get(AuditEntry.entity_id == settings.BRANCH_CODE)
    assert json.loads(entry.changes)["value"] == ["SH", "PD"]


def test_overlapping_grade_bands_are_refused_with_a_message(admin):
    s = office_settings.load()
    s.grade_bands = [
        {"grade": "A", "from": 85, "to": 100},
        {"grade": "B", "from": 70, "to": 90},
        {"grade": "C", "from": 0, "to": 70},
    ]
    with pytest.raises(ValidationError) as err:
        office_settings.save(s, admin, NOW)
    assert err.value.field == "grade_bands"
    assert str(err.value) == (
        "Grades B and A overlap (B ends at 90, A starts at 85): make one band end where the next starts."
    )
    assert Setting.get_or_none(Setting.key == settings.GRADE_BANDS) is None


def test_a_gap_between_bands_is_refused(admin):
    s = office_settings.load()
    s.grade_bands = [{"grade": "A", "from": 80, "to": 100}, {"grade": "B", "from": 0, "to": 70}]
    with pytest.raises(ValidationError) as err:
        office_settings.save(s, admin, NOW)
    assert "from 70 to 80" in str(err.value)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda s: setattr(s, "repeat_window_days", -5), "repeat_window_days"),
        (lambda s: setattr(s, "appointment_minutes", 0), "appointment_minutes"),
        (lambda s: s.penalties.update(late_arrival=-20), "penalty:late_arrival"),
        (lambda s: s.weights.update(satisfaction=50), "weights"),
        (lambda s: s.weights.update(satisfaction=-5, sla_met_rate=50), "weights"),
        (lambda s: setattr(s, "branch_phone", "12"), "branch_phone"),
        (lambda s: setattr(s, "branch_code", "S1"), "branch_code"),
        (lambda s: setattr(s, "branch_name", ""), "branch_name"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_saved(admin, change, field):
    s = office_settings.load()
    s.branch_address = "浦东新区张杨路500号"  # a good change alongside the bad one
    change(s)
    with pytest.raises(ValidationError) as err:
        office_settings.save(s, admin, NOW)
    assert err.value.field == field
    assert settings.branch().address == ""
    assert AuditEntry.select().where(AuditEntry.entity == "setting").count() == 0


def test_every_changed_setting_is_audited_and_read_back(admin):
    s = office_settings.load()
    s.repeat_window_days = 60
    s.penalties["false_claim"] = 200
    s.mask_phones = False
    s.branch_phone = "021-5888 1234"
    changed = office_settings.save(s, admin, NOW)
    assert set(changed) == {
        settings.REPEAT_WINDOW_DAYS,
        settings.PENALTY_AMOUNTS,
        settings.EXPORT_MASK_PHONES,
        settings.BRANCH_PHONE,
    }
    assert settings.get(settings.REPEAT_WINDOW_DAYS) == 60
    assert settings.penalty_amounts()["false_claim"] == 200
    assert settings.branch().phone == "02158881234"
    assert AuditEntry.select().where(AuditEntry.entity == "setting").count() == 4
    assert office_settings.save(office_settings.load(), admin, NOW) == []


def test_defaults_are_not_shared_mutable_state(admin):
    settings.penalty_amounts()["arguing"] = 999
    settings.get(settings.GRADE_BANDS)[0]["grade"] = "Z"
    assert settings.penalty_amounts()["arguing"] == 20
    assert settings.grade_bands()[0]["grade"] == "A"


def test_office_hours_default_to_nine_to_six_R3_0(admin):
    s = office_settings.load()
    assert (s.opens, s.closes) == (time(9, 0), time(18, 0))
    assert settings.office_hours() == (time(9, 0), time(18, 0))


def test_changing_office_hours_recomputes_open_deadlines_R3_0_R3_3(office, admin):
    # Mon 2026-11-23 10:00 repair; forward (1 working day) with 09:00-18:00 → Tue 24 10:00.
    reg = register(office)
    assert _due(reg.ticket_id, "forward") == datetime(2026, 11, 24, 10, 0)
    s = office_settings.load()
    s.opens, s.closes = time(8, 0), time(12, 0)
    assert settings.OFFICE_HOURS in office_settings.save(s, admin, NOW)
    # 08:00-12:00 (4 h a day): Mon 10:00-12:00 = 2 h, Tue 08:00-10:00 = 2 h → Tue 24 10:00;
    # repair (5 days = 20 h): Mon 2 h, Tue-Fri 16 h (18), Mon 30 2 h → Mon 30 10:00
    assert _due(reg.ticket_id, "forward") == datetime(2026, 11, 24, 10, 0)
    assert _due(reg.ticket_id, "repair") == datetime(2026, 11, 30, 10, 0)
    s.opens, s.closes = time(14, 0), time(17, 0)
    office_settings.save(s, admin, NOW)
    # 14:00-17:00 (3 h): received Mon 10:00 before opening → Mon 14:00 + 3 h = Mon 23 17:00
    assert _due(reg.ticket_id, "forward") == datetime(2026, 11, 23, 17, 0)
    entry = AuditEntry.get(AuditEntry.entity_id == settings.OFFICE_HOURS)
    assert json.loads(entry.changes)["value"][0] == {"opens": "09:00", "closes": "18:00"}


def test_closing_before_opening_is_refused_R3_0(admin):
    s = office_settings.load()
    s.opens, s.closes = time(18, 0), time(9, 0)
    with pytest.raises(ValidationError) as err:
        office_settings.save(s, admin, NOW)
    assert err.value.field == "office_hours"
    assert settings.office_hours() == (time(9, 0), time(18, 0))


def _due(ticket_id: int, clock: str) -> datetime:
    from app.services import deadlines

    return {d.clock: d.due_at for d in deadlines.stored(ticket_id)}[clock]


def test_the_points_of_penalties_and_rewards_are_an_office_setting_R8_4(admin):
    s = office_settings.load()
    assert s.incident_points == {"penalty": 2, "reward": 2}
    s.incident_points = {"penalty": 5, "reward": 1.5}
    assert office_settings.save(s, admin, NOW) == [settings.INCIDENT_POINTS]
    assert settings.incident_points() == {"penalty": 5, "reward": 1.5}
    entry = AuditEntry.get(AuditEntry.entity_id == settings.INCIDENT_POINTS)
    assert json.loads(entry.changes)["value"] == [{"penalty": 2, "reward": 2}, {"penalty": 5, "reward": 1.5}]
    s.incident_points = {"penalty": -1, "reward": 1}
    with pytest.raises(ValidationError) as err:
        office_settings.save(s, admin, NOW)
    assert "0 to 100" in str(err.value) or any(
        "0 to 100" in str(e) for e in getattr(err.value, "problems", [])
    )
    assert settings.incident_points() == {"penalty": 5, "reward": 1.5}
