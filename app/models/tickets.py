"""Tickets (every registered contact), their deadlines, pauses, complaints and follow-ups."""

from __future__ import annotations

import peewee as pw

from app.models.base import BaseModel
from app.models.customers import Customer, Site
from app.models.office import Department, Staff


class Ticket(BaseModel):
    number = pw.CharField(unique=True, max_length=32)  # R1.6, e.g. SH-20261122-0007
    customer = pw.ForeignKeyField(Customer, backref="tickets", on_delete="RESTRICT")
    site = pw.ForeignKeyField(Site, null=True, backref="tickets", on_delete="RESTRICT")
    kind = pw.CharField(max_length=16)  # R1.2: repair, complaint, consultation, suggestion
    channel = pw.CharField(max_length=16)  # R1.1
    contact_phone = pw.CharField(max_length=32, default="")
    work_category = pw.CharField(max_length=32, default="")  # R1.3 product or work category
    product_model = pw.CharField(max_length=128, default="")
    purchase_date = pw.DateField(null=True)
    cause_category = pw.CharField(max_length=32, default="")  # R2.1
    department = pw.ForeignKeyField(Department, null=True, on_delete="RESTRICT")
    urgent = pw.BooleanField(default=False)  # R1.5
    complex_repair = pw.BooleanField(default=False)  # R3: 5 vs 10 working days
    major = pw.BooleanField(default=False)  # 重大投诉, R3.2
    problem = pw.TextField()
    complaint_about = pw.CharField(max_length=200, default="")  # R1.3
    status = pw.CharField(max_length=24, default="registered", index=True)  # R4.8
    escalated = pw.BooleanField(default=False)
    escalated_to = pw.CharField(max_length=32, default="")
    cancel_reason = pw.CharField(max_length=200, default="")
    received_at = pw.DateTimeField(index=True)
    received_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    # When each clock's work was done (None = not yet): R3.
    first_response_at = pw.DateTimeField(null=True)
    dispatched_at = pw.DateTimeField(null=True)
    forwarded_at = pw.DateTimeField(null=True)
    plan_at = pw.DateTimeField(null=True)
    answered_at = pw.DateTimeField(null=True)
    completed_at = pw.DateTimeField(null=True)
    result_at = pw.DateTimeField(null=True)
    followed_up_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)
    # Denormalised from TicketDeadline so lists sort by urgency without a join.
    next_clock = pw.CharField(max_length=24, default="")
    next_due_at = pw.DateTimeField(null=True, index=True)
    repeat_of = pw.ForeignKeyField("self", null=True, on_delete="SET NULL")  # R4.7
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()

    class Meta:
        indexes = ((("site", "work_category", "status"), False),)


class TicketDeadline(BaseModel):
    """One R3 clock of a ticket: computed (R3.3), recomputed while the ticket is open."""

    ticket = pw.ForeignKeyField(Ticket, backref="deadlines", on_delete="CASCADE")
    clock = pw.CharField(max_length=24)
    due_at = pw.DateTimeField()
    met_at = pw.DateTimeField(null=True)
    paused_seconds = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("ticket", "clock"), True),)


class SlaPause(BaseModel):
    """R3.4: the resolution clocks stop while the ticket waits on the customer or on parts."""

    ticket = pw.ForeignKeyField(Ticket, backref="pauses", on_delete="CASCADE")
    reason = pw.CharField(max_length=24)  # customer_postponed, customer_unreachable, site_closed, parts
    note = pw.CharField(max_length=200, default="")
    started_at = pw.DateTimeField()
    ended_at = pw.DateTimeField(null=True)
    set_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    ended_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", backref="+")


class Complaint(BaseModel):
    """R6.1: the handling record of a complaint ticket."""

    ticket = pw.ForeignKeyField(Ticket, backref="complaint", unique=True, on_delete="CASCADE")
    complaint_type = pw.CharField(max_length=24, default="")  # attitude, quality, timeliness, fees, other
    responsible_department = pw.ForeignKeyField(Department, null=True, on_delete="RESTRICT")
    responsible_staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    investigation = pw.TextField(default="")
    valid = pw.BooleanField(null=True)
    validity_reason = pw.TextField(default="")
    plan = pw.TextField(default="")
    approved_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", backref="+")
    approved_at = pw.DateTimeField(null=True)
    answer = pw.TextField(default="")
    follow_up = pw.TextField(default="")
    customer_escalated_at = pw.DateTimeField(null=True)  # R6.2
    customer_escalation_note = pw.TextField(default="")
    reported_to_manager_at = pw.DateTimeField(null=True)  # R3.2 major complaint
    # R6.1a (migration 0070): what each step decided
    result_text = pw.TextField(default="")  # what was done, as fed back to the customer
    customer_satisfied = pw.BooleanField(null=True)  # the customer's acceptance of the result
    acceptance_remarks = pw.TextField(default="")
    plan_returned_reason = pw.TextField(default="")  # the head's reason for sending a plan back
    plan_returned_at = pw.DateTimeField(null=True)


class SatisfactionRating(BaseModel):
    """R7.1: attitude, quality and timeliness rated 1–5."""

    ticket = pw.ForeignKeyField(Ticket, backref="ratings", on_delete="CASCADE")
    work_order_id = pw.IntegerField(null=True)
    attitude = pw.SmallIntegerField()
    quality = pw.SmallIntegerField()
    timeliness = pw.SmallIntegerField()
    comment = pw.TextField(default="")
    recorded_at = pw.DateTimeField()
    recorded_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")


class FollowUpVisit(BaseModel):
    """R7.2: a follow-up call or visit; unreached ones are retried."""

    ticket = pw.ForeignKeyField(Ticket, backref="follow_ups", on_delete="CASCADE")
    at = pw.DateTimeField()
    by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    method = pw.CharField(max_length=16, default="phone")  # phone, visit
    reached = pw.BooleanField()
    satisfaction = pw.SmallIntegerField(null=True)
    remarks = pw.TextField(default="")


class TicketEscalation(BaseModel):
    """R3.2: every escalation a ticket received — to whom, when, which clocks were overdue."""

    ticket = pw.ForeignKeyField(Ticket, backref="escalations", on_delete="CASCADE")
    to = pw.CharField(max_length=32)  # supervisor, manager (major complaint), admin_hr
    clocks = pw.CharField(max_length=200, default="")  # comma-separated breached clocks
    at = pw.DateTimeField()

    class Meta:
        indexes = ((("ticket", "to"), True),)


class TicketContact(BaseModel):
    """A recorded call about a ticket: a reminder (催单, R1.7: a second call about a ticket still
    open) or an acknowledgement (the call to the customer confirming the request, R3.0: a first
    response)."""

    ticket = pw.ForeignKeyField(Ticket, backref="contacts", on_delete="CASCADE")
    kind = pw.CharField(max_length=16)  # reminder, acknowledgement
    at = pw.DateTimeField()
    caller = pw.CharField(max_length=64, default="")  # who called (a reminder) or was called
    note = pw.TextField()
    recorded_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")


class TicketAnswer(BaseModel):
    """R1.7: the answer to a consultation or suggestion (text, who, when): its first response."""

    ticket = pw.ForeignKeyField(Ticket, backref="answers", unique=True, on_delete="CASCADE")
    text = pw.TextField()
    by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    at = pw.DateTimeField()
