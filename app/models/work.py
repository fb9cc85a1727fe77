"""Work orders (派工单): technicians, appointment windows, parts, rescheduling."""

from __future__ import annotations

import peewee as pw

from app.models.base import BaseModel
from app.models.office import Staff
from app.models.tickets import Ticket


class WorkOrder(BaseModel):
    ticket = pw.ForeignKeyField(Ticket, backref="work_orders", on_delete="RESTRICT")
    window_start = pw.DateTimeField(index=True)
    window_end = pw.DateTimeField(index=True)  # the board reads windows ending after a day (0101)
    status = pw.CharField(max_length=24, default="scheduled")  # scheduled, on_site, done, rejected, cancelled
    customer_confirmed_at = pw.DateTimeField(null=True)
    arrived_at = pw.DateTimeField(null=True)
    late = pw.BooleanField(default=False)  # R4.3
    diagnosis = pw.TextField(default="")
    work_done = pw.TextField(default="")
    labour_cost = pw.DecimalField(max_digits=10, decimal_places=2, default=0)
    charged = pw.BooleanField(default=False)  # R5.4 paid service vs free in warranty
    quote_amount = pw.DecimalField(max_digits=10, decimal_places=2, null=True)
    free_reason = pw.TextField(default="")  # why a quote of 0 was given (a free redo, R4.5)
    customer_consent_at = pw.DateTimeField(null=True)  # R4.4 / R5.4 consent before paid work
    finished_at = pw.DateTimeField(null=True)
    accepted = pw.BooleanField(null=True)  # R4.5
    accepted_at = pw.DateTimeField(null=True)
    acceptance_signer = pw.CharField(max_length=64, default="")
    rejection_reason = pw.TextField(default="")
    report_done = pw.BooleanField(default=False)  # R4.6 service report sheet
    repeat_repair = pw.BooleanField(default=False)  # R4.7
    repeat_fault_technician = pw.BooleanField(default=False)
    created_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    created_at = pw.DateTimeField()


class WorkOrderTechnician(BaseModel):
    """R4.1: one or more technicians share an order."""

    work_order = pw.ForeignKeyField(WorkOrder, backref="technicians", on_delete="CASCADE")
    staff = pw.ForeignKeyField(Staff, backref="assignments", on_delete="RESTRICT")
    lead = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("work_order", "staff"), True),)


class WorkOrderPart(BaseModel):
    """R4.4: parts and materials used."""

    work_order = pw.ForeignKeyField(WorkOrder, backref="parts", on_delete="CASCADE")
    name = pw.CharField(max_length=100)
    quantity = pw.DecimalField(max_digits=10, decimal_places=2)
    unit_cost = pw.DecimalField(max_digits=10, decimal_places=2)


class Reschedule(BaseModel):
    """R4.2: who moved an appointment, when, why, and whether the customer was told."""

    work_order = pw.ForeignKeyField(WorkOrder, backref="reschedules", on_delete="CASCADE")
    old_start = pw.DateTimeField()
    old_end = pw.DateTimeField()
    new_start = pw.DateTimeField()
    new_end = pw.DateTimeField()
    reason = pw.TextField()
    customer_informed = pw.BooleanField()
    by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    at = pw.DateTimeField()
