"""Office settings: validated, audited, never half-saved (R1.6, R4.7, R8.2, R8.4, R10.1)."""

from __future__ import annotations

import json

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
