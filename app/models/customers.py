"""Customers, their sites/projects, work categories, installed products, patrols."""

from __future__ import annotations

import peewee as pw

from app.models.base import BaseModel
from app.models.office import Staff


class Customer(BaseModel):
    name = pw.CharField(max_length=128, index=True)  # company names run long (migration 0081)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField()


class CustomerPhone(BaseModel):
    """R1.4: a customer has several numbers; any of them finds the customer."""

    customer = pw.ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    phone = pw.CharField(max_length=32, index=True)
    is_primary = pw.BooleanField(default=False)


class Site(BaseModel):
    """A site/project of a customer: the address work was done at, under one contract."""

    customer = pw.ForeignKeyField(Customer, backref="sites", on_delete="RESTRICT")
    address = pw.CharField(max_length=300)
    district = pw.CharField(max_length=32, default="")
    contract_no = pw.CharField(max_length=64, default="", index=True)
    project_name = pw.CharField(max_length=200, default="")
    completion_date = pw.DateField(null=True)  # R5.1 completion acceptance date
    archived = pw.BooleanField(default=False)
    created_at = pw.DateTimeField()


class WarrantyTerm(BaseModel):
    """R5.2: the office's default warranty term per work category, in months."""

    category = pw.CharField(primary_key=True, max_length=32)
    months = pw.IntegerField()


class SiteWorkCategory(BaseModel):
    """A work category done at a site; `term_months` set means the contract overrides R5.2."""

    site = pw.ForeignKeyField(Site, backref="work_categories", on_delete="CASCADE")
    category = pw.CharField(max_length=32)
    start_date = pw.DateField(null=True)  # defaults to the site's completion date
    term_months = pw.IntegerField(null=True)

    class Meta:
        indexes = ((("site", "category"), True),)


class InstalledProduct(BaseModel):
    """R5.2a: a unit installed at a site; a replacement points to the unit it replaced."""

    site = pw.ForeignKeyField(Site, backref="products", on_delete="CASCADE")
    product = pw.CharField(max_length=128)
    model = pw.CharField(max_length=128, default="")
    serial = pw.CharField(max_length=64, default="", index=True)
    installed_on = pw.DateField(null=True)
    term_months = pw.IntegerField(null=True)
    replaces = pw.ForeignKeyField("self", null=True, backref="replacements", on_delete="RESTRICT")
    removed_on = pw.DateField(null=True)


class PatrolRecord(BaseModel):
    """R5.6: 项目巡查 of a project in warranty."""

    site = pw.ForeignKeyField(Site, backref="patrols", on_delete="CASCADE")
    day = pw.DateField()
    inspector = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    findings = pw.TextField(default="")
    follow_up_ticket_id = pw.IntegerField(null=True)


class WarrantySummary(BaseModel):
    """R5.6: the summary of a warranty period's service, due a month after it ends."""

    site = pw.ForeignKeyField(Site, backref="warranty_summaries", on_delete="CASCADE")
    category = pw.CharField(max_length=32)
    written_on = pw.DateField()
    written_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    text = pw.TextField(default="")
