"""R5.5: a site's warranty at the counter — per category, per product, the service history —
and R5.6 reminders. `coverage_for` is the single answer the work-order free/paid decision uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import peewee

from app import warranty as w
from app.models import (
    Customer,
    CustomerPhone,
    InstalledProduct,
    Site,
    SiteWorkCategory,
    Staff,
    Ticket,
    WarrantySummary,
    WarrantyTerm,
    WorkOrder,
    WorkOrderTechnician,
)
from app.services import settings
from app.services.facts import CustomerFacts, SiteFacts

REMINDER_DAYS = "warranty.reminder_days"  # R5.6: remind of warranties ending within this many days
REPAIR_DAYS = "warranty.repair_days"  # R5.3: at least 30


def _repair_days() -> int:
    return max(int(settings.get(REPAIR_DAYS, w.REPAIR_WARRANTY_DAYS)), w.REPAIR_WARRANTY_DAYS)


@dataclass(frozen=True)
class CategoryWarranty:
    category: str
    term: w.Coverage  # the category's own term (statutory or contract)
    repair: w.Coverage | None  # the latest repair's own warranty, if any (R5.3)

    @property
    def effective(self) -> w.Coverage:
        return w.best([c for c in (self.term, self.repair) if c is not None]) or self.term


@dataclass(frozen=True)
class ProductWarranty:
    product_id: int
    product: str
    model: str
    serial: str
    installed_on: date | None
    coverage: w.Coverage
    replaced_serials: tuple[str, ...]  # the units this one replaced, newest first


@dataclass(frozen=True)
class HistoryRow:
    ticket_id: int
    number: str
    received_at: object
    kind: str
    category: str
    problem: str
    status: str
    result: str
    charged: bool | None  # None: no work order yet
    technicians: tuple[str, ...]
    repeat: bool


@dataclass(frozen=True)
class SiteWarranty:
    site: SiteFacts
    customer: CustomerFacts
    phones: list[str]
    categories: list[CategoryWarranty]
    products: list[ProductWarranty]
    history: list[HistoryRow]


def default_terms() -> dict[str, int]:
    return {t.category: t.months for t in WarrantyTerm.select()}


def _last_repairs(site_id: int) -> dict[str, date]:
    """R5.3: the latest completed repair with work done, per work category at the site.

    Complaints and consultations give no repair warranty, nor does a cancelled ticket or a
    completed one whose work order recorded no work.
    """
    # only the site's own tickets' orders: unrestricted, this read every work order of the
    # office's history on each look-up (0.5 s at 1M tickets, issue 20)
    site_tickets = Ticket.select(Ticket.id).where(Ticket.site == site_id)
    with_work = WorkOrder.select(WorkOrder.ticket).where(
        WorkOrder.ticket.in_(site_tickets) & (WorkOrder.work_done != "") & (WorkOrder.status != "cancelled")
    )
    q = (
        Ticket.select(Ticket.work_category, peewee.fn.MAX(Ticket.completed_at).alias("last"))
        .where(
            (Ticket.site == site_id)
            & (Ticket.kind == "repair")
            & Ticket.completed_at.is_null(False)
            & (Ticket.status != "cancelled")
            & Ticket.id.in_(with_work)
        )
        .group_by(Ticket.work_category)
    )
    out: dict[str, date] = {}
    for row in q.dicts():
        last = row["last"]
        if isinstance(last, str):  # SQLite returns MAX() of a datetime column as text
            last = peewee.format_date_time(last, ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f"])
        out[row["work_category"]] = last.date()
    return out


def category_warranties(site: Site, today: date) -> list[CategoryWarranty]:
    terms = default_terms()
    repairs = _last_repairs(site.id)
    repair_days = _repair_days()
    out = []
    for swc in (
        SiteWorkCategory.select().where(SiteWorkCategory.site == site.id).order_by(SiteWorkCategory.id)
    ):
        start = swc.start_date or site.completion_date
        term = w.category_coverage(swc.category, start, swc.term_months, terms.get(swc.category), today)
        repaired = repairs.get(swc.category)
        repair = w.repair_coverage(swc.category, repaired, today, repair_days) if repaired else None
        out.append(CategoryWarranty(swc.category, term, repair))
    return out


def _unit(p: InstalledProduct, by_id: dict[int, InstalledProduct]) -> w.ProductUnit:
    previous = by_id.get(p.replaces_id) if p.replaces_id else None
    return w.ProductUnit(
        p.product, p.installed_on, p.term_months, _unit(previous, by_id) if previous else None
    )


def product_warranties(site_id: int, today: date) -> list[ProductWarranty]:
    units = list(
        InstalledProduct.select().where(InstalledProduct.site == site_id).order_by(InstalledProduct.id)
    )
    by_id = {p.id: p for p in units}
    out = []
    for p in units:
        if p.removed_on is not None:
            continue
        chain, cursor = [], by_id.get(p.replaces_id) if p.replaces_id else None
        while cursor is not None:
            chain.append(cursor.serial)
            cursor = by_id.get(cursor.replaces_id) if cursor.replaces_id else None
        out.append(
            ProductWarranty(
                p.id,
                p.product,
                p.model,
                p.serial,
                p.installed_on,
                w.product_coverage(_unit(p, by_id), today),
                tuple(chain),
            )
        )
    return out


def service_history(site_id: int) -> list[HistoryRow]:
    tickets = list(Ticket.select().where(Ticket.site == site_id).order_by(Ticket.received_at.desc()))
    ids = [t.id for t in tickets] or [0]
    orders: dict[int, list[WorkOrder]] = {}
    for wo in WorkOrder.select().where(WorkOrder.ticket.in_(ids)).order_by(WorkOrder.window_start):
        orders.setdefault(wo.ticket_id, []).append(wo)
    order_ids = [wo.id for group in orders.values() for wo in group] or [0]
    techs: dict[int, list[str]] = {}
    for a in (
        WorkOrderTechnician.select(WorkOrderTechnician.work_order, Staff.name)
        .join(Staff)
        .where(WorkOrderTechnician.work_order.in_(order_ids))
    ):
        techs.setdefault(a.work_order_id, []).append(a.staff.name)
    rows = []
    for t in tickets:
        group = orders.get(t.id, [])
        last = group[-1] if group else None
        names = sorted({n for wo in group for n in techs.get(wo.id, [])})
        rows.append(
            HistoryRow(
                t.id,
                t.number,
                t.received_at,
                t.kind,
                t.work_category,
                t.problem,
                t.status,
                (last.work_done or last.diagnosis) if last else "",
                any(wo.charged for wo in group) if group else None,
                tuple(names),
                t.repeat_of_id is not None or any(wo.repeat_repair for wo in group),
            )
        )
    return rows


def site_warranty(site_id: int, today: date) -> SiteWarranty:
    site = Site.get_by_id(site_id)
    phones = [
        p.phone
        for p in CustomerPhone.select()
        .where(CustomerPhone.customer == site.customer_id)
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
    ]
    return SiteWarranty(
        SiteFacts(site.id, site.address or "", site.contract_no or "", site.completion_date),
        CustomerFacts(site.customer_id, site.customer.name),
        phones,
        category_warranties(site, today),
        product_warranties(site_id, today),
        service_history(site_id),
    )


def concerned_product(site_id: int, product_model: str, today: date) -> ProductWarranty | None:
    """R5.4: the installed unit the problem concerns — the ticket's product/model matches a unit
    still in place at the site by model, serial number or product name."""
    key = (product_model or "").strip().casefold()
    if not key:
        return None
    for p in product_warranties(site_id, today):
        if key in {p.model.strip().casefold(), p.serial.strip().casefold(), p.product.strip().casefold()} - {
            ""
        }:
            return p
    return None


def coverage_for(site_id: int, category: str, today: date, product_model: str = "") -> w.Coverage | None:
    """The warranty that decides a problem of `category` at the site today (R5.2–R5.4).

    When the problem concerns an installed product (R5.2a), the product's own term decides
    instead of the category's; a repair's own warranty (R5.3) covers either.
    """
    site = Site.get_by_id(site_id)
    by_category = {cw.category: cw for cw in category_warranties(site, today)}
    cw = by_category.get(category)
    repair = cw.repair if cw else None
    if repair is None and category:
        repaired = _last_repairs(site_id).get(category)
        repair = w.repair_coverage(category, repaired, today, _repair_days()) if repaired else None
    product = concerned_product(site_id, product_model, today)
    if product is not None:
        return w.best([product.coverage, *([repair] if repair else [])])
    if cw is not None:
        return cw.effective
    return repair


def is_free_service(
    site_id: int, category: str, customer_caused: bool, today: date, product_model: str = ""
) -> bool:
    """R5.4 for a work order: the same answer the lookup shows."""
    return w.service_is_free(coverage_for(site_id, category, today, product_model), customer_caused)


# -- R5.6 reminders -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Reminder:
    site_id: int
    customer: str
    address: str
    category: str
    end: date
    days_left: int


def _ending_between(first: date, last: date, today: date) -> list[Reminder]:
    """Category warranties whose last day falls in [first, last]."""
    terms = default_terms()
    months_in_use = {m for m in terms.values()}
    months_in_use |= {
        r.term_months
        for r in SiteWorkCategory.select(SiteWorkCategory.term_months).distinct()
        if r.term_months
    }
    start = peewee.fn.COALESCE(SiteWorkCategory.start_date, Site.completion_date)
    out: list[Reminder] = []
    seen: set[tuple[int, str]] = set()
    for months in sorted(months_in_use):
        # Civil Code month ends make the start window a few days wider than the end window.
        lo = w.add_months(first, -months) - timedelta(days=3)
        hi = w.add_months(last, -months) + timedelta(days=3)
        q = (
            SiteWorkCategory.select(SiteWorkCategory, Site, Customer)
            .join(Site)
            .join(Customer)
            .where((start >= lo) & (start <= hi) & (Site.archived == False))  # noqa: E712
        )
        for swc in q:
            s = swc.site
            cov = w.category_coverage(
                swc.category,
                swc.start_date or s.completion_date,
                swc.term_months,
                terms.get(swc.category),
                today,
            )
            key = (s.id, swc.category)
            if cov.end and first <= cov.end <= last and key not in seen:
                seen.add(key)
                out.append(
                    Reminder(s.id, s.customer.name, s.address, swc.category, cov.end, cov.days_left or 0)
                )
    return sorted(out, key=lambda r: (r.end, r.site_id, r.category))


def ending_soon(today: date, days: int | None = None) -> list[Reminder]:
    """R5.6: warranties ending in the next `days` (a setting, 30 by default)."""
    days = int(settings.get(REMINDER_DAYS, 30)) if days is None else days
    return _ending_between(today, today + timedelta(days=days), today)


def summaries_due(today: date) -> list[Reminder]:
    """R5.6: warranties that ended within the last month and have no service summary yet."""
    ended = _ending_between(w.add_months(today, -1), today - timedelta(days=1), today)
    written = {
        (s.site_id, s.category)
        for s in WarrantySummary.select(WarrantySummary.site, WarrantySummary.category)
    }
    return [r for r in ended if (r.site_id, r.category) not in written]
