"""R1.4: finding a returning customer's sites by phone, name, address or contract no."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from app.models import Customer, CustomerPhone, Site
from app.phones import digits


@dataclass(frozen=True)
class SiteMatch:
    customer_id: int
    customer_name: str
    phones: tuple[str, ...]
    site_id: int | None
    address: str
    district: str
    contract_no: str
    project_name: str
    completion_date: date | None


def _prefix(field: peewee.Field, text: str) -> peewee.Expression:
    # A range comparison uses the index on every backend (LIKE/startswith would not).
    return (field >= text) & (field < text + "\uffff")


def find_sites(text: str, limit: int = 30) -> list[SiteMatch]:
    """Customers and their sites matching `text`; best matches (phone, contract) first."""
    text = (text or "").strip()
    if len(text) < 2:
        return []
    customer_ids: list[int] = []
    site_ids: list[int] = []
    number = digits(text)
    if number and len(number) >= 3 and len(number) >= len(text.replace("-", "").replace(" ", "")) - 1:
        q = CustomerPhone.select(CustomerPhone.customer).where(_prefix(CustomerPhone.phone, number))
        customer_ids += [r.customer_id for r in q.limit(limit)]
        if len(customer_ids) < limit:
            q = CustomerPhone.select(CustomerPhone.customer).where(CustomerPhone.phone.contains(number))
            customer_ids += [r.customer_id for r in q.limit(limit)]
    site_ids += [
        s.id for s in Site.select(Site.id).where(_prefix(Site.contract_no, text.upper())).limit(limit)
    ]
    customer_ids += [
        c.id for c in Customer.select(Customer.id).where(_prefix(Customer.name, text)).limit(limit)
    ]
    if len(customer_ids) + len(site_ids) < limit:
        customer_ids += [
            c.id for c in Customer.select(Customer.id).where(Customer.name.contains(text)).limit(limit)
        ]
        site_ids += [s.id for s in Site.select(Site.id).where(Site.address.contains(text)).limit(limit)]
    return _matches(_unique(customer_ids), _unique(site_ids), limit)


def _unique(ids: list[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def _matches(customer_ids: list[int], site_ids: list[int], limit: int) -> list[SiteMatch]:
    if not customer_ids and not site_ids:
        return []
    sites = list(
        Site.select(Site, Customer)
        .join(Customer)
        .where((Site.id.in_(site_ids or [0])) | (Site.customer.in_(customer_ids or [0])))
        .where(Site.archived == False)  # noqa: E712
        .limit(limit * 3)
    )
    found_customers = {s.customer_id for s in sites}
    lonely = [cid for cid in customer_ids if cid not in found_customers]
    all_ids = found_customers | set(lonely)
    phones: dict[int, list[str]] = {}
    for p in (
        CustomerPhone.select()
        .where(CustomerPhone.customer.in_(list(all_ids) or [0]))
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
    ):
        phones.setdefault(p.customer_id, []).append(p.phone)
    rank = {cid: i for i, cid in enumerate(customer_ids)}
    site_rank = {sid: i for i, sid in enumerate(site_ids)}
    sites.sort(key=lambda s: (min(rank.get(s.customer_id, 999), site_rank.get(s.id, 999)), s.id))
    out = [
        SiteMatch(
            s.customer_id,
            s.customer.name,
            tuple(phones.get(s.customer_id, ())),
            s.id,
            s.address,
            s.district,
            s.contract_no,
            s.project_name,
            s.completion_date,
        )
        for s in sites
    ]
    for c in Customer.select().where(Customer.id.in_(lonely or [0])):
        out.append(SiteMatch(c.id, c.name, tuple(phones.get(c.id, ())), None, "", "", "", "", None))
    return out[:limit]
