"""Departments and routing are the admin's to edit (R2.1, R2.3)."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.models import AuditEntry, CauseRoute, Department, Ticket
from app.services import departments, intake
from tests.app.factories import register
from tests.conftest import NOW


def _dept(code: str) -> Department:
    return Department.get(Department.code == code)


def test_routing_edits_apply_to_new_tickets_only_R2_3(office, admin):
    old = register(office, cause_category="construction")
    assert Ticket.get_by_id(old.ticket_id).department.code == "project"
    quality = departments.add_department("质量管理部", admin, NOW)
    assert departments.set_routing({"construction": quality}, admin, NOW) == 1

    assert Ticket.get_by_id(old.ticket_id).department.code == "project"  # unchanged
    new = register(
        office, cause_category="construction", new_customer=intake.CustomerInput("赵敏", ["13700001111"])
    )
    assert Ticket.get_by_id(new.ticket_id).department_id == quality
    assert intake.proposed_department("construction") == quality
    assert AuditEntry.select().where(AuditEntry.entity == "routing").count() == 1


def test_a_department_in_use_cannot_be_deleted_only_retired_R2_3(office, admin):
    register(office, cause_category="material")  # a ticket of procurement
    procurement = _dept("procurement")
    with pytest.raises(ValidationError) as err:
        departments.delete_department(procurement.id, admin, NOW)
    assert "retire" in str(err.value)
    # routed to, so route it elsewhere first
    with pytest.raises(ValidationError) as err:
        departments.retire_department(procurement.id, admin, NOW)
    assert err.value.field == "routing"
    departments.set_routing({"material": None}, admin, NOW)
    departments.retire_department(procurement.id, admin, NOW)
    assert _dept("procurement").retired
    assert procurement.id not in [d[0] for d in intake.department_choices()]
    assert Ticket.get().department_id == procurement.id  # history keeps it


def test_an_unused_department_can_be_deleted(admin):
    dept_id = departments.add_department("临时小组", admin, NOW)
    departments.delete_department(dept_id, admin, NOW)
    assert Department.get_or_none(Department.id == dept_id) is None


def test_names_are_required_and_unique(admin):
    with pytest.raises(ValidationError):
        departments.add_department("  ", admin, NOW)
    with pytest.raises(ValidationError):
        departments.add_department("项目部", admin, NOW)


def test_cannot_route_to_a_retired_department(admin):
    dept_id = departments.add_department("临时小组", admin, NOW)
    departments.retire_department(dept_id, admin, NOW)
    with pytest.raises(ValidationError):
        departments.set_routing({"other": dept_id}, admin, NOW)
    assert CauseRoute.get(CauseRoute.cause_category == "other").department_id is None


def test_the_coordinating_department_stays_R2_2(admin):
    with pytest.raises(ValidationError):
        departments.retire_department(_dept("after_sales").id, admin, NOW)


def test_rename_is_audited(admin):
    departments.rename_department(_dept("design").id, "设计中心", admin, NOW)
    assert _dept("design").name == "设计中心"
    assert AuditEntry.get(AuditEntry.action == "rename").entity_id == "design"
