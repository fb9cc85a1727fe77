"""Editing what warranties rest on: default terms (R5.2), a contract's own terms, installed
products and replacements (R5.2a), patrols (R5.6) and warranty-period summaries (R5.6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app import db, permissions, vocab
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import (
    InstalledProduct,
    PatrolRecord,
    Site,
    SiteWorkCategory,
    Ticket,
    WarrantySummary,
    WarrantyTerm,
)
from app.services import audit, intake

MAX_TERM_MONTHS = 600


def _check_months(months: int | None, field: str) -> None:
    if months is not None and not (1 <= months <= MAX_TERM_MONTHS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A warranty term is 1 to 600 months; {months} is not."),
            field=field,
            months=months,
        )


def set_default_term(category: str, months: int, actor_id: int | None, now: datetime) -> None:
    """R5.2: the office's default term for a work category."""
    permissions.require(actor_id, permissions.EDIT_WARRANTY_TERMS)
    if category not in vocab.ALL_CATEGORIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a category from the list."), field="category"
        )
    _check_months(months, "months")
    with db.write_transaction():
        old = WarrantyTerm.get_or_none(WarrantyTerm.category == category)
        WarrantyTerm.insert(category=category, months=months).on_conflict(
            conflict_target=[WarrantyTerm.category], update={WarrantyTerm.months: months}
        ).execute()
        audit.record(
            actor_id,
            "update",
            "warranty_term",
            category,
            now,
            {"months": (old.months if old else None, months)},
        )


def set_site_category(
    site_id: int,
    category: str,
    start_date: date | None,
    contract_months: int | None,
    actor_id: int | None,
    now: datetime,
) -> None:
    """Add or edit a work category of a site; `contract_months` overrides the default (R5.2)."""
    permissions.require(actor_id, permissions.EDIT_WARRANTY)
    if category not in vocab.ALL_CATEGORIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a category from the list."), field="category"
        )
    _check_months(contract_months, "months")
    site = Site.get_by_id(site_id)
    if start_date is None and site.completion_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the completion acceptance date: the warranty starts on it."),
            field="start_date",
        )
    with db.write_transaction():
        row = SiteWorkCategory.get_or_none(
            (SiteWorkCategory.site == site_id) & (SiteWorkCategory.category == category)
        )
        before = (row.start_date, row.term_months) if row else (None, None)
        if row is None:
            row = SiteWorkCategory(site=site_id, category=category)
        row.start_date = start_date
        row.term_months = contract_months
        row.save()
        audit.record(
            actor_id,
            "update",
            "site_category",
            f"{site_id}/{category}",
            now,
            {"start_date": (before[0], start_date), "term_months": (before[1], contract_months)},
        )


@dataclass
class ProductInput:
    product: str
    model: str
    serial: str
    installed_on: date | None
    term_months: int | None


def _check_product(data: ProductInput, today: date) -> None:
    if not data.product.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter what the product is (e.g. boiler)."), field="product"
        )
    if not data.serial.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the serial number from the unit's label."), field="serial"
        )
    if data.installed_on and data.installed_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The installation date cannot be in the future."),
            field="installed_on",
        )
    _check_months(data.term_months, "term_months")


def add_product(site_id: int, data: ProductInput, actor_id: int | None, now: datetime) -> int:
    """R5.2a: record an installed unit with its own term from the contract."""
    permissions.require(actor_id, permissions.EDIT_WARRANTY)
    _check_product(data, now.date())
    if data.installed_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the installation or delivery date."), field="installed_on"
        )
    with db.write_transaction():
        p = InstalledProduct.create(
            site=site_id,
            product=data.product.strip(),
            model=data.model.strip(),
            serial=data.serial.strip().upper(),
            installed_on=data.installed_on,
            term_months=data.term_months,
        )
        audit.record(actor_id, "create", "product", p.serial, now, {"site": (None, site_id)})
    return p.id


def replace_product(product_id: int, data: ProductInput, actor_id: int | None, now: datetime) -> int:
    """R5.2a: the new unit keeps the old serial on record and continues the original term
    unless `data.term_months` gives it its own."""
    permissions.require(actor_id, permissions.EDIT_WARRANTY)
    _check_product(data, now.date())
    old = InstalledProduct.get_by_id(product_id)
    if old.removed_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This unit was already replaced."), field="serial")
    replaced_on = data.installed_on or now.date()
    with db.write_transaction():
        old.removed_on = replaced_on
        old.save()
        new = InstalledProduct.create(
            site=old.site_id,
            product=data.product.strip() or old.product,
            model=data.model.strip() or old.model,
            serial=data.serial.strip().upper(),
            installed_on=replaced_on,
            term_months=data.term_months,
            replaces=old,
        )
        audit.record(actor_id, "replace", "product", new.serial, now, {"serial": (old.serial, new.serial)})
    return new.id


def record_patrol(
    site_id: int,
    day: date,
    inspector_id: int | None,
    findings: str,
    open_ticket_category: str | None,
    actor_id: int | None,
    now: datetime,
) -> tuple[int, str | None]:
    """R5.6 项目巡查: record a patrol; a finding can open a repair ticket at once.

    Returns the patrol id and the new ticket's number (or None).
    """
    permissions.require(actor_id, permissions.EDIT_WARRANTY)
    if day > now.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The patrol date cannot be in the future."), field="day"
        )
    if open_ticket_category and not findings.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Describe the finding: it becomes the new ticket's problem."),
            field="findings",
        )
    with db.write_transaction():
        number = None
        ticket_id = None
        if open_ticket_category:
            site = Site.get_by_id(site_id)
            reg = intake.register_ticket(
                intake.TicketInput(
                    kind="repair",
                    channel="walk_in",
                    problem=findings,
                    received_at=now,
                    received_by_id=actor_id,
                    customer_id=site.customer_id,
                    site_id=site_id,
                    work_category=open_ticket_category,
                    confirmed_repeat=True,
                ),
                now,
            )
            number, ticket_id = reg.number, reg.ticket_id
        patrol = PatrolRecord.create(
            site=site_id,
            day=day,
            inspector=inspector_id,
            findings=findings.strip(),
            follow_up_ticket_id=ticket_id,
        )
        audit.record(actor_id, "create", "patrol", patrol.id, now, {"ticket": (None, number)})
    return patrol.id, number


@dataclass(frozen=True)
class PatrolRow:
    day: date
    inspector: str
    findings: str
    ticket_number: str


def patrols(site_id: int) -> list[PatrolRow]:
    q = PatrolRecord.select().where(PatrolRecord.site == site_id).order_by(PatrolRecord.day.desc())
    rows = list(q)
    numbers = {
        t.id: t.number
        for t in Ticket.select(Ticket.id, Ticket.number).where(
            Ticket.id.in_([r.follow_up_ticket_id for r in rows] or [0])
        )
    }
    return [
        PatrolRow(
            r.day,
            r.inspector.name if r.inspector_id else "",
            r.findings,
            numbers.get(r.follow_up_ticket_id, ""),
        )
        for r in rows
    ]


def write_summary(site_id: int, category: str, text: str, actor_id: int | None, now: datetime) -> None:
    """R5.6: the summary of a warranty period's service."""
    permissions.require(actor_id, permissions.EDIT_WARRANTY)
    if not text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write the summary before saving it."), field="text"
        )
    with db.write_transaction():
        WarrantySummary.create(
            site=site_id, category=category, written_on=now.date(), written_by=actor_id, text=text.strip()
        )
        audit.record(actor_id, "create", "warranty_summary", f"{site_id}/{category}", now)


def site_category(site_id: int, category: str) -> tuple[date | None, int | None] | None:
    """A site's work category as recorded: (its start, the contract's own term in months)."""
    row = SiteWorkCategory.get_or_none(
        (SiteWorkCategory.site == site_id) & (SiteWorkCategory.category == category)
    )
    return (row.start_date, row.term_months) if row is not None else None


def site_for_contract(contract_no: str) -> int:
    """The site of the project with this contract no.; a ValidationError naming it if none."""
    if not contract_no.strip():  # a site without a contract no. must not answer an empty field
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Type the project's contract no. first."),
            field="subject",
        )
    site = Site.get_or_none(Site.contract_no == contract_no.strip())
    if site is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No project has the contract no. {number}."),
            field="subject",
            number=contract_no,
        )
    return site.id
