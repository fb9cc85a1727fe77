"""R5 warranty: when a term starts and ends, whether a day is inside it, and who pays.

Periods follow the Civil Code (arts. 201–202): a term of N months starting on day S ends on the
day of the N-th month after S with the same number; when that month has no such day (31st,
29 February), on its last day. The end day is inside the warranty.
This module is the one source of truth: the lookup and the work-order free/paid decision
(R5.4) both call it.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta

REPAIR_WARRANTY_DAYS = 30  # R5.3: a repair carries at least 30 days of its own

STATUTORY = "statutory"  # the office's default term for the category (R5.2)
CONTRACT = "contract"  # the contract overrides the category term (R5.2)
PRODUCT = "product"  # an installed product's own term (R5.2a)
REPAIR = "repair"  # a past repair's own warranty (R5.3)
UNKNOWN = "unknown"  # no start date or no term recorded


def add_months(start: date, months: int) -> date:
    """The corresponding day `months` after `start`, or that month's last day (Civil Code 202)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, _cal.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Coverage:
    """One thing under warranty (a work category, a product, a repair) on a given day."""

    subject: str  # category code, product name, or the repaired category
    source: str
    start: date | None
    end: date | None
    today: date

    @property
    def known(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def in_warranty(self) -> bool:
        return self.known and self.start <= self.today <= self.end  # type: ignore[operator]

    @property
    def days_left(self) -> int | None:
        """Days until the end (0 on the last day); negative = days since it ended."""
        return (self.end - self.today).days if self.end else None


def term_coverage(subject: str, start: date | None, months: int | None, today: date, source: str) -> Coverage:
    if start is None or months is None:
        return Coverage(subject, UNKNOWN, start, None, today)
    return Coverage(subject, source, start, add_months(start, months), today)


def category_coverage(
    category: str,
    start: date | None,
    contract_months: int | None,
    default_months: int | None,
    today: date,
) -> Coverage:
    """A work category at a site: the contract's term when it gives one, else the default."""
    if contract_months is not None:
        return term_coverage(category, start, contract_months, today, CONTRACT)
    return term_coverage(category, start, default_months, today, STATUTORY)


def repair_coverage(
    category: str, repaired_on: date, today: date, days: int = REPAIR_WARRANTY_DAYS
) -> Coverage:
    """R5.3: the repaired part is in warranty for `days` (at least 30) after the repair."""
    return Coverage(
        category, REPAIR, repaired_on, repaired_on + timedelta(days=max(days, REPAIR_WARRANTY_DAYS)), today
    )


@dataclass(frozen=True)
class ProductUnit:
    """An installed unit and the chain of units it replaced (R5.2a)."""

    name: str
    installed_on: date | None
    term_months: int | None
    replaces: ProductUnit | None = None


def product_coverage(unit: ProductUnit, today: date) -> Coverage:
    """R5.2a: a replacement continues the original unit's term unless it has its own."""
    if unit.term_months is None and unit.replaces is not None:
        original = product_coverage(unit.replaces, today)
        return Coverage(unit.name, original.source, original.start, original.end, today)
    return term_coverage(unit.name, unit.installed_on, unit.term_months, today, PRODUCT)


def best(coverages: list[Coverage]) -> Coverage | None:
    """What decides a problem covered by several entries: one in warranty beats one out, and
    the later end beats the earlier (a part repaired 10 days ago is covered even if its
    category expired)."""
    known = [c for c in coverages if c.known]
    if not known:
        return coverages[0] if coverages else None
    return max(known, key=lambda c: (c.in_warranty, c.end))


def service_is_free(coverage: Coverage | None, customer_caused: bool) -> bool:
    """R5.4: free repair (materials included) only for a quality problem in warranty.

    Damage caused by the customer or others is paid service whatever the dates.
    """
    return bool(coverage and coverage.in_warranty and not customer_caused)
