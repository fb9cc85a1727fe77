"""R1.4/R5.5: finding a customer's sites by phone (any number, also a fragment), name, address
fragment, contract no., ticket number or a product's serial number — fast on a large office.

Every kind of match uses an index: prefixes are range scans on indexed columns (SQLite) or
`LIKE 'p%'` over the text_pattern_ops indexes of migration 0080 (PostgreSQL, correct under any
collation); fragments of three or more characters use the trigram FTS5 tables of migration 0002
(SQLite) or ILIKE over pg_trgm GIN indexes (PostgreSQL, migration 0080).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import peewee

from app.db import database, is_sqlite
from app.models import Customer, CustomerPhone, InstalledProduct, Site, Ticket
from app.phones import digits

PHONE = "phone"
NAME = "name"
ADDRESS = "address"
CONTRACT = "contract"
TICKET = "ticket"
SERIAL = "serial"

_TICKET_NUMBER = re.compile(r"^[A-Za-z]{2,6}-\d")


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
    matched_by: str = ""
    detail: str = ""  # the ticket number or serial number that matched


def _prefix(field: peewee.Field, text: str) -> peewee.Expression:
    """Values of `field` starting with `text`, case-sensitively, through an index."""
    if is_sqlite():
        # SQLite compares bytewise (BINARY), so the range is exact and uses the plain index;
        # its LIKE would be case-insensitive and skip the index.
        return (field >= text) & (field < text + "\uffff")
    # PostgreSQL: under a zh_CN/en_US collation the range above is false (U+FFFF sorts before
    # letters); LIKE with a constant prefix uses the text_pattern_ops index of migration 0080.
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return peewee.Expression(field, peewee.OP.LIKE, escaped + "%")


def fragment_search_is_slow() -> bool:
    """True on a server without pg_trgm: fragments of phones and addresses are then found by
    reading every row (seconds on a large office), and the lookup should say so."""
    if is_sqlite():
        return False
    row = database.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone()
    return row is None


def _fts_ids(table: str, text: str, limit: int) -> list[int] | None:
    """Row ids whose indexed column contains `text`; None when there is no trigram index."""
    if len(text) < 3 or not is_sqlite():
        return None
    phrase = '"' + text.replace('"', '""') + '"'
    cursor = database.execute_sql(
        f'SELECT rowid FROM "{table}_fts" WHERE "{table}_fts" MATCH ? LIMIT ?', (phrase, limit)
    )
    return [row[0] for row in cursor.fetchall()]


def _phone_customers(number: str, limit: int) -> list[int]:
    ids = [
        r.customer_id
        for r in CustomerPhone.select(CustomerPhone.customer)
        .where(_prefix(CustomerPhone.phone, number))
        .limit(limit)
    ]
    if len(ids) < limit and len(number) >= 3:
        phone_ids = _fts_ids("customer_phone", number, limit)
        if phone_ids is None:
            q = CustomerPhone.select(CustomerPhone.customer).where(CustomerPhone.phone.contains(number))
            ids += [r.customer_id for r in q.limit(limit)]
        elif phone_ids:
            q = CustomerPhone.select(CustomerPhone.customer).where(CustomerPhone.id.in_(phone_ids))
            ids += [r.customer_id for r in q]
    return ids


def _address_sites(text: str, limit: int) -> list[int]:
    ids = _fts_ids("site", text, limit)
    if ids is None:
        ids = [s.id for s in Site.select(Site.id).where(Site.address.contains(text)).limit(limit)]
    return ids


def find_sites(text: str, limit: int = 30) -> list[SiteMatch]:
    """Customers and their sites matching `text`, best matches first."""
    text = (text or "").strip()
    if len(text) < 2:
        return []
    found: list[tuple[str, int | None, int | None, str]] = []  # (matched_by, customer, site, detail)
    number = digits(text)
    looks_like_phone = bool(number) and len(number) >= len(re.sub(r"[\s\-+()]", "", text)) - 1
    if _TICKET_NUMBER.match(text):
        q = Ticket.select(Ticket.customer, Ticket.site, Ticket.number).where(
            _prefix(Ticket.number, text.upper())
        )
        found += [(TICKET, t.customer_id, t.site_id, t.number) for t in q.limit(limit)]
    if looks_like_phone and len(number) >= 3:
        found += [(PHONE, cid, None, "") for cid in _phone_customers(number, limit)]
    upper = text.upper()
    found += [
        (CONTRACT, s.customer_id, s.id, "")
        for s in Site.select(Site.id, Site.customer).where(_prefix(Site.contract_no, upper)).limit(limit)
    ]
    q = (
        InstalledProduct.select(InstalledProduct.site, InstalledProduct.serial)
        .where(_prefix(InstalledProduct.serial, upper))
        .limit(limit)
    )
    found += [(SERIAL, None, p.site_id, p.serial) for p in q]
    if not looks_like_phone:
        found += [
            (NAME, c.id, None, "")
            for c in Customer.select(Customer.id).where(_prefix(Customer.name, text)).limit(limit)
        ]
        if len(found) < limit:
            found += [(ADDRESS, None, sid, "") for sid in _address_sites(text, limit)]
    return _matches(found, limit)


def _matches(found: list[tuple[str, int | None, int | None, str]], limit: int) -> list[SiteMatch]:
    if not found:
        return []
    site_ids = {sid for _m, _c, sid, _d in found if sid}
    whole_customers = {cid for _m, cid, sid, _d in found if cid and not sid}
    sites = {
        s.id: s
        for s in Site.select(Site, Customer)
        .join(Customer)
        .where(
            (Site.archived == False)  # noqa: E712
            & (Site.id.in_(list(site_ids) or [0]) | Site.customer.in_(list(whole_customers) or [0]))
        )
        .limit(limit * 4)
    }
    customers = {s.customer_id: s.customer for s in sites.values()}
    missing = whole_customers - set(customers)
    if missing:
        customers.update({c.id: c for c in Customer.select().where(Customer.id.in_(list(missing)))})
    phones: dict[int, list[str]] = {}
    for p in (
        CustomerPhone.select()
        .where(CustomerPhone.customer.in_(list(customers) or [0]))
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
    ):
        phones.setdefault(p.customer_id, []).append(p.phone)
    by_customer: dict[int, list[Site]] = {}
    for s in sorted(sites.values(), key=lambda s: s.id):
        by_customer.setdefault(s.customer_id, []).append(s)

    out: list[SiteMatch] = []
    seen: set[tuple[int, int | None]] = set()

    def emit(customer_id: int, site: Site | None, matched_by: str, detail: str) -> None:
        key = (customer_id, site.id if site else None)
        if key in seen or customer_id not in customers:
            return
        seen.add(key)
        c = customers[customer_id]
        out.append(
            SiteMatch(
                customer_id,
                c.name,
                tuple(phones.get(customer_id, ())),
                site.id if site else None,
                site.address if site else "",
                site.district if site else "",
                site.contract_no if site else "",
                site.project_name if site else "",
                site.completion_date if site else None,
                matched_by,
                detail,
            )
        )

    for matched_by, cid, sid, detail in found:
        if sid:
            site = sites.get(sid)
            if site is not None:
                emit(site.customer_id, site, matched_by, detail)
        elif cid:
            customer_sites = by_customer.get(cid, [])
            for site in customer_sites:
                emit(cid, site, matched_by, detail)
            if not customer_sites:
                emit(cid, None, matched_by, detail)
        if len(out) >= limit:
            break
    return out[:limit]


def site_match(site_id: int) -> SiteMatch | None:
    """The search row of one site (to open intake on it from elsewhere)."""
    matches = _matches([("", None, site_id, "")], 1)
    return matches[0] if matches else None
