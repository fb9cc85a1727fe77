"""Staff appraisal records: incidents, monthly appraisals, training (R8)."""

from __future__ import annotations

import peewee as pw

from app.models.base import BaseModel
from app.models.office import Staff


class Incident(BaseModel):
    """R8.2 penalty or R8.3 reward."""

    staff = pw.ForeignKeyField(Staff, backref="incidents", on_delete="RESTRICT")
    kind = pw.CharField(max_length=8)  # penalty, reward
    incident_type = pw.CharField(max_length=32)
    amount = pw.DecimalField(max_digits=10, decimal_places=2)
    day = pw.DateField()
    description = pw.TextField(default="")
    ticket_id = pw.IntegerField(null=True)
    recorded_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", backref="+")
    recorded_at = pw.DateTimeField()
    # R8.4 (migration 0071): YYYY-MM of the appraisal it counts in when its own month was
    # already approved; "" = the month of `day`.
    counts_in = pw.CharField(max_length=7, default="")


class Appraisal(BaseModel):
    """R8.4: a technician's month; once approved its figures are frozen."""

    staff = pw.ForeignKeyField(Staff, backref="appraisals", on_delete="RESTRICT")
    month = pw.CharField(max_length=7)  # YYYY-MM
    figures = pw.TextField(default="{}")  # JSON snapshot taken at approval
    score = pw.DecimalField(max_digits=6, decimal_places=2, null=True)
    grade = pw.CharField(max_length=8, default="")
    approved_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", backref="+")
    approved_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("staff", "month"), True),)


class AppraisalAdjustment(BaseModel):
    """R8.4: a correction to an approved appraisal is a new, recorded adjustment."""

    appraisal = pw.ForeignKeyField(Appraisal, backref="adjustments", on_delete="RESTRICT")
    score_delta = pw.DecimalField(max_digits=6, decimal_places=2)
    reason = pw.TextField()
    by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    at = pw.DateTimeField()


class TrainingSession(BaseModel):
    """R8.5 售后人员培训记录."""

    day = pw.DateField()
    topic = pw.CharField(max_length=200)
    trainer = pw.CharField(max_length=64)
    hours = pw.DecimalField(max_digits=5, decimal_places=1)


class TrainingAttendance(BaseModel):
    session = pw.ForeignKeyField(TrainingSession, backref="attendance", on_delete="CASCADE")
    staff = pw.ForeignKeyField(Staff, backref="trainings", on_delete="RESTRICT")

    class Meta:
        indexes = ((("session", "staff"), True),)
