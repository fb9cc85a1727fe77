"""Office-wide records: settings, departments, routing, staff, calendar, numbering, audit."""

from __future__ import annotations

import peewee as pw

from app.models.base import BaseModel


class Setting(BaseModel):
    """One office setting (shared by every desk); the value is JSON text."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Department(BaseModel):
    code = pw.CharField(unique=True, max_length=32)
    name = pw.CharField(max_length=64)
    retired = pw.BooleanField(default=False)


class CauseRoute(BaseModel):
    """R2.1: cause category → responsible department (editable, R2.3)."""

    cause_category = pw.CharField(primary_key=True, max_length=32)
    department = pw.ForeignKeyField(Department, null=True, on_delete="RESTRICT")


class Staff(BaseModel):
    name = pw.CharField(max_length=64)
    phone = pw.CharField(max_length=32, default="")
    # receptionist, technician, supervisor, department_head, manager, admin
    role = pw.CharField(max_length=24)
    department = pw.ForeignKeyField(Department, null=True, on_delete="RESTRICT")
    skills = pw.CharField(max_length=200, default="")  # comma-separated skill codes
    active = pw.BooleanField(default=True)
    active_from = pw.DateField(null=True)
    active_to = pw.DateField(null=True)
    password_hash = pw.CharField(max_length=255, default="")
    created_at = pw.DateTimeField()


class CalendarDay(BaseModel):
    """A day that differs from the weekend rule: a holiday on a weekday or a 调休 working weekend."""

    day = pw.DateField(primary_key=True)
    is_workday = pw.BooleanField()
    name = pw.CharField(max_length=64, default="")
    source = pw.CharField(max_length=16, default="official")  # official, imported, office


class CalendarYear(BaseModel):
    """A year whose official schedule is loaded; other years are provisional."""

    year = pw.IntegerField(primary_key=True)
    source = pw.CharField(max_length=16, default="official")


class TicketCounter(BaseModel):
    """R1.6: the last sequence number used per branch and day; never goes back."""

    branch_code = pw.CharField(max_length=16)
    day = pw.DateField()
    last_seq = pw.IntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("branch_code", "day")


class AuditEntry(BaseModel):
    """R10.2: who did what, when, with before/after values. Never updated or deleted."""

    at = pw.DateTimeField(index=True)
    actor = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    actor_name = pw.CharField(max_length=64, default="")
    action = pw.CharField(max_length=32)
    entity = pw.CharField(max_length=32)
    entity_id = pw.CharField(max_length=255, default="")  # e.g. every register of a pack
    changes = pw.TextField(default="{}")  # JSON {field: [before, after]}
    row_hash = pw.CharField(max_length=64, default="")  # chained to the row before (app/audit_chain.py)
