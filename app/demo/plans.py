"""The demo's plans: what happens to each ticket, decided before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app import workflow as wf

DEMO_PASSWORD = "demo1234"  # documented in the README; a demo office only
HISTORY_DAYS = 535  # tickets reach back ~17.6 months, inside the 18 months asked for


@dataclass
class DemoSummary:
    staff: int
    customers: int
    sites: int
    tickets: int
    by_status: dict[str, int]


# ---------------------------------------------------------------------------------------------
# Plans: what happens to each ticket, decided before it is written
# ---------------------------------------------------------------------------------------------


@dataclass
class Tech:
    id: int
    name: str
    skills: list[str]
    active_from: date
    active_to: date | None


@dataclass
class SiteInfo:
    id: int
    customer_id: int
    customer_name: str
    phones: list[str]
    completion: date
    terms: dict[str, tuple[date, int | None]]  # category → (warranty start, months)
    products: dict[str, tuple[str, date]]  # category → (model, installed on)


@dataclass
class Order:
    window_start: datetime
    window_end: datetime
    techs: list[int]  # lead first
    created_at: datetime
    status: str = "scheduled"
    confirmed_at: datetime | None = None
    arrived_at: datetime | None = None
    late: bool = False
    diagnosis: str = ""
    work_done: str = ""
    labour: Decimal = Decimal("0.00")
    charged: bool = False
    quote: Decimal | None = None
    consent_at: datetime | None = None
    finished_at: datetime | None = None
    accepted: bool | None = None
    accepted_at: datetime | None = None
    signer: str = ""
    rejection_reason: str = ""
    report_done: bool = False
    repeat_repair: bool = False
    repeat_fault: bool = False
    parts: list[tuple[str, Decimal, Decimal]] = field(default_factory=list)
    reschedule: tuple[datetime, datetime, str, datetime] | None = None  # old start, old end, why, when


@dataclass
class Spec:
    kind: str
    state: str
    channel: str = "phone"
    stale: bool = False  # an open ticket left lying: overdue at `now`
    cancel_from: str = ""


@dataclass
class Plan:
    spec: Spec
    received_at: datetime
    site: SiteInfo
    category: str
    problem: str
    channel: str
    received_by: int
    cause: str = ""
    department_id: int | None = None
    urgent: bool = False
    complex_repair: bool = False
    major: bool = False
    complaint_type: str = ""
    complaint_about: str = ""
    complaint_tech: int | None = None
    via_work_order: bool = True
    contact_phone: str = ""
    product_model: str = ""
    purchase_date: date | None = None
    repeat_of: int | None = None  # index of an earlier plan (R4.7) …
    repeat_after: datetime | None = None  # … whose repair was accepted then
    state: str = wf.REGISTERED
    times: dict[str, datetime] = field(default_factory=dict)
    cancel_reason: str = ""
    orders: list[Order] = field(default_factory=list)
    pauses: list[tuple[str, str, datetime, datetime | None]] = field(default_factory=list)
    rating: tuple[int, int, int, str, datetime, int | None] | None = None
    follow_ups: list[tuple[datetime, bool, int | None, str, int]] = field(default_factory=list)
    complaint: dict | None = None
    transitions: list[tuple[datetime, str, str, int | None, str]] = field(default_factory=list)
    done: list[datetime] = field(default_factory=list)

    def reset(self) -> None:
        """Forget a laid-out history (before laying it out again)."""
        self.state, self.cancel_reason, self.rating, self.complaint = wf.REGISTERED, "", None, None
        self.times, self.orders, self.pauses, self.follow_ups = {}, [], [], []
        self.transitions, self.done = [], []

    def is_repeat(self) -> bool:
        return self.repeat_after is not None and self.received_at > self.repeat_after

    def set(self, name: str, at: datetime) -> None:
        self.times[name] = at
        self.done.append(at)

    def move(self, at: datetime, new: str, actor: int | None, note: str = "") -> None:
        self.transitions.append((at, self.state, new, actor, note))
        self.state = new
        self.done.append(at)


def minute(t: datetime) -> datetime:
    return t.replace(second=0, microsecond=0)


def add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 28)
