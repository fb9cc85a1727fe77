"""A demo branch: the after-sales department of a Shanghai renovation company, 18 months deep.

`fill_demo_office` adds staff, customers with their sites, work categories and installed
products, and tickets in every R4.8 state with the records each state implies (work orders,
technicians, parts, reschedules, SLA pauses, ratings, follow-up visits, complaint handling).
Tickets are registered through `intake.register_ticket` (R1.6 numbers, R3 deadlines) and then
advanced by setting their timestamps; their deadlines are recomputed afterwards (R3.3).

Everything is drawn from one `random.Random(seed)` and the given `now`: the same call on the
same empty office gives the same data. No technician is double-booked (R4.1).
"""

from __future__ import annotations

import bisect
import contextlib
import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from app import db, passwords, vocab
from app import demo_data as data
from app import workflow as wf
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import (
    AuditEntry,
    Complaint,
    Customer,
    CustomerPhone,
    Department,
    FollowUpVisit,
    InstalledProduct,
    Reschedule,
    SatisfactionRating,
    Site,
    SiteWorkCategory,
    SlaPause,
    Staff,
    Ticket,
    WarrantyTerm,
    WorkOrder,
    WorkOrderPart,
    WorkOrderTechnician,
)
from app.services import deadlines, intake, settings, workdays

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
class _Tech:
    id: int
    name: str
    skills: list[str]
    active_from: date
    active_to: date | None


@dataclass
class _SiteInfo:
    id: int
    customer_id: int
    customer_name: str
    phones: list[str]
    completion: date
    terms: dict[str, tuple[date, int | None]]  # category → (warranty start, months)
    products: dict[str, tuple[str, date]]  # category → (model, installed on)


@dataclass
class _Order:
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
class _Spec:
    kind: str
    state: str
    channel: str = "phone"
    stale: bool = False  # an open ticket left lying: overdue at `now`
    cancel_from: str = ""


@dataclass
class _Plan:
    spec: _Spec
    received_at: datetime
    site: _SiteInfo
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
    orders: list[_Order] = field(default_factory=list)
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


def _minute(t: datetime) -> datetime:
    return t.replace(second=0, microsecond=0)


class _Builder:
    def __init__(self, now: datetime, rng: random.Random) -> None:
        self.now = _minute(now)
        self.rng = rng
        self.earliest = self.now - timedelta(days=HISTORY_DAYS)
        self.calendar = workdays.load_calendar()
        self.limits = settings.sla_limits()
        self.used_phones = {p for (p,) in CustomerPhone.select(CustomerPhone.phone).tuples()}
        self.used_phones |= {p for (p,) in Staff.select(Staff.phone).tuples()}
        self.used_names: set[str] = set()
        self.booked: dict[tuple[int, date], list[tuple[datetime, datetime]]] = {}
        self.undo: list[tuple[tuple[int, date], tuple[datetime, datetime]]] = []
        self.departments = {d.code: d.id for d in Department.select()}
        self.terms = {w.category: w.months for w in WarrantyTerm.select()}
        self.techs: list[_Tech] = []
        self.completions: list[date] = []  # of the sites, sorted
        self.staff_names: dict[int, str] = {}
        self.receptionists: list[int] = []
        self.supervisor = self.head = 0

    # -- little helpers -----------------------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def office(self, t: datetime) -> datetime:
        """An office action: pushed into 08:30–20:00."""
        t = _minute(t)
        if t.hour < 8 or (t.hour == 8 and t.minute < 30):
            base = t.replace(hour=8, minute=30)
        elif t.hour >= 20:
            base = (t + timedelta(days=1)).replace(hour=8, minute=30)
        else:
            return t
        return base + timedelta(minutes=self.rng.randint(0, 90))

    def after(self, t: datetime, lo_hours: float, hi_hours: float) -> datetime:
        return self.office(t + timedelta(hours=self.rng.uniform(lo_hours, hi_hours)))

    def name(self) -> str:
        for _ in range(50):
            surname = self.rng.choices(data.SURNAMES, weights=data.SURNAME_WEIGHTS)[0]
            if self.chance(0.25):
                given = self.rng.choice(data.GIVEN_SINGLE)
            else:
                given = self.rng.choice(data.GIVEN_FIRST) + self.rng.choice(data.GIVEN_SECOND)
            if surname + given not in self.used_names:
                break
        self.used_names.add(surname + given)
        return surname + given

    def mobile(self) -> str:
        while True:
            number = self.rng.choice(data.MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    # -- staff -------------------------------------------------------------------------------

    def make_staff(self) -> int:
        today = self.now.date()
        for i, (role, dept, skills) in enumerate(data.STAFF):
            active_from = today - timedelta(days=self.rng.randint(3 * 365, 8 * 365))
            active_to = None
            if i == 7:
                active_from = today - timedelta(days=240)
            elif i == 8:
                active_to = today - timedelta(days=120)
            name = self.name()
            staff_id = Staff.insert(
                name=name,
                phone=self.mobile(),
                role=role,
                department=self.departments.get(dept),
                skills=skills,
                active=active_to is None,
                active_from=active_from,
                active_to=active_to,
                created_at=datetime.combine(active_from, time(9, 0)),
            ).execute()
            self.staff_names[staff_id] = name
            if role == "technician":
                self.techs.append(_Tech(staff_id, name, skills.split(","), active_from, active_to))
            elif role == "receptionist":
                self.receptionists.append(staff_id)
            elif role == "supervisor":
                self.supervisor = staff_id
            elif role == "department_head":
                self.head = staff_id
        for s in Staff.select().where((Staff.role == "receptionist") & (Staff.id.not_in(self.receptionists))):
            self.staff_names[s.id] = s.name
            self.receptionists.append(s.id)  # the office's own first user, if a receptionist
        return len(data.STAFF)

    # -- customers and sites -------------------------------------------------------------------

    def make_customers(self, count: int) -> list[_SiteInfo]:
        sites: list[_SiteInfo] = []
        contract_seq: dict[int, int] = {}
        today = self.now.date()
        for _ in range(count):
            name = self.name()
            phones = [self.mobile()] + ([self.mobile()] if self.chance(0.35) else [])
            plans = []
            for _ in range(2 if self.chance(0.25) else 1):
                completion = today - timedelta(days=self.rng.randint(30, 6 * 365))
                signed = completion - timedelta(days=self.rng.randint(45, 200))
                plans.append((completion, signed))
            created = datetime.combine(min(s for _, s in plans), time(self.rng.randint(9, 17), 0))
            customer_id = Customer.insert(
                name=name, note=self.rng.choice(data.NOTES) if self.chance(0.1) else "", created_at=created
            ).execute()
            CustomerPhone.insert_many(
                [{"customer": customer_id, "phone": p, "is_primary": i == 0} for i, p in enumerate(phones)]
            ).execute()
            for completion, signed in plans:
                sites.append(self._make_site(customer_id, name, phones, completion, signed, contract_seq))
        sites.sort(key=lambda s: (s.completion, s.id))
        self.completions = [s.completion for s in sites]
        return sites

    def _make_site(
        self,
        customer_id: int,
        name: str,
        phones: list[str],
        completion: date,
        signed: date,
        contract_seq: dict[int, int],
    ) -> _SiteInfo:
        rng = self.rng
        district = rng.choices(list(data.ROADS), weights=data.DISTRICT_WEIGHTS)[0]
        estate = rng.choice(data.ESTATE_HEADS) + rng.choice(data.ESTATE_TAILS)
        address = (
            f"{district}{rng.choice(data.ROADS[district])}{rng.randint(1, 2200)}弄{estate}"
            f"{rng.randint(1, 36)}号{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
        )
        seq = contract_seq.get(signed.year, rng.randint(10, 60)) + rng.randint(1, 5)
        contract_seq[signed.year] = seq
        project, _, pool = rng.choices(data.PROJECTS, weights=[w for _, w, _ in data.PROJECTS])[0]
        site_id = Site.insert(
            customer=customer_id,
            address=address,
            district=district,
            contract_no=f"HT{signed.year}-{seq:04d}",
            project_name=project,
            completion_date=completion,
            created_at=datetime.combine(signed, time(rng.randint(9, 17), rng.choice((0, 30)))),
        ).execute()
        categories = rng.sample(pool, rng.randint(2, min(5, len(pool))))
        terms: dict[str, tuple[date, int | None]] = {}
        rows = []
        for category in categories:
            months: int | None = None
            if category in data.PRODUCT_TERMS:
                months = rng.choice(data.PRODUCT_TERMS[category])
            elif category in data.OVERRIDE_TERMS and self.chance(0.1):
                months = rng.choice(data.OVERRIDE_TERMS[category])
            start = None
            if category == "kitchen_appliances" and self.chance(0.3):
                start = min(completion + timedelta(days=rng.randint(7, 40)), self.now.date())
            rows.append({"site": site_id, "category": category, "start_date": start, "term_months": months})
            terms[category] = (
                start or completion,
                months if months is not None else self.terms.get(category),
            )
        SiteWorkCategory.insert_many(rows).execute()
        products: dict[str, tuple[str, date]] = {}
        for category in categories:
            if category not in data.PRODUCTS or not self.chance(0.55):
                continue
            product, model, prefix, months = rng.choice(data.PRODUCTS[category])
            installed = completion - timedelta(days=rng.randint(0, 20))
            serial = f"{prefix}{installed:%y}{rng.randrange(10**8):08d}"
            unit_id = InstalledProduct.insert(
                site=site_id,
                product=product,
                model=model,
                serial=serial,
                installed_on=installed,
                term_months=months,
            ).execute()
            products[category] = (model, installed)
            replaced_on = installed + timedelta(days=rng.randint(90, 900))
            if self.chance(0.05) and replaced_on < self.now.date() - timedelta(days=10):
                # R5.2a: a replaced unit keeps the original term unless the contract says otherwise.
                InstalledProduct.update(removed_on=replaced_on).where(
                    InstalledProduct.id == unit_id
                ).execute()
                InstalledProduct.insert(
                    site=site_id,
                    product=product,
                    model=model,
                    serial=f"{prefix}{replaced_on:%y}{rng.randrange(10**8):08d}",
                    installed_on=replaced_on,
                    term_months=None if self.chance(0.7) else 12,
                    replaces=unit_id,
                ).execute()
        return _SiteInfo(site_id, customer_id, name, phones, completion, terms, products)

    # -- what each ticket becomes --------------------------------------------------------------

    def specs(self, count: int) -> list[_Spec]:
        def quota(shares: dict[str, float], rest: str | None) -> list[str]:
            out: list[str] = []
            for code, share in shares.items():
                out += [code] * max(1, round(share * count))
            if rest is not None:
                out += [rest] * (count - len(out))
            return out[:count]

        kinds = quota(data.KIND_SHARES, None)
        kinds += ["repair"] * (count - len(kinds))
        self.rng.shuffle(kinds)
        states = quota(data.STATE_SHARES, wf.CLOSED)
        work = [s for s in states if s in data.WORK_STATES]
        other = [s for s in states if s not in data.WORK_STATES]
        self.rng.shuffle(other)
        on_site = [i for i, k in enumerate(kinds) if k in ("repair", "complaint")]
        specs: list[_Spec] = [_Spec(k, "") for k in kinds]
        for i, state in zip(on_site, work, strict=False):
            specs[i].state = state
        rest = iter(other)
        for spec in specs:
            if not spec.state:
                spec.state = next(rest, wf.CLOSED)
        first_registered = True
        for spec in specs:
            spec.channel = self.rng.choices(vocab.CHANNELS, weights=data.CHANNEL_WEIGHTS[spec.kind])[0]
            if spec.state == wf.CANCELLED:
                late = spec.kind in ("repair", "complaint") and self.chance(0.4)
                spec.cancel_from = self.rng.choice([wf.DISPATCHED, wf.SCHEDULED]) if late else wf.REGISTERED
            elif spec.state in (wf.REGISTERED, wf.DISPATCHED, wf.IN_PROGRESS, wf.COMPLETED):
                spec.stale = self.chance(0.15)
            if spec.state == wf.REGISTERED and first_registered:
                spec.stale, first_registered = True, False  # at least one overdue ticket (R3.1)
        return specs

    def received_times(self, specs: list[_Spec]) -> list[datetime]:
        """When each contact came in: days spread evenly over the history (fewer at weekends);
        the open tickets take the days nearest their typical age, the rest the remaining days."""
        rng = self.rng
        days: list[date] = []
        while len(days) < len(specs):
            day = (self.now - timedelta(days=rng.uniform(0, HISTORY_DAYS))).date()
            if day.weekday() < 5 or self.chance(0.6):
                days.append(day)
        days.sort()
        out: list[datetime | None] = [None] * len(specs)
        open_ = [i for i, s in enumerate(specs) if s.state in data.OPEN_AGES]
        open_.sort(key=lambda i: (data.RANK[specs[i].state], specs[i].stale))
        for i in open_:
            lo, hi, stale_lo, stale_hi = data.OPEN_AGES[specs[i].state]
            age = rng.uniform(stale_lo, stale_hi) if specs[i].stale else rng.uniform(lo, hi)
            j = bisect.bisect_left(days, (self.now - timedelta(days=age)).date())
            j = j - 1 if j == len(days) or (j > 0 and self.chance(0.5)) else j
            out[i] = self._time_on(days.pop(j), specs[i].channel)
        rest = [i for i in range(len(specs)) if out[i] is None]
        rng.shuffle(rest)
        for i, day in zip(rest, days, strict=True):
            out[i] = self._time_on(day, specs[i].channel)
        return [t for t in out if t is not None]

    def _time_on(self, day: date, channel: str) -> datetime:
        rng = self.rng
        if channel == "phone":
            hour = rng.choices(range(8, 20), weights=[2, 8, 9, 8, 4, 5, 8, 8, 7, 5, 3, 2])[0]
        elif channel in ("walk_in", "letter"):
            hour = rng.choice((9, 10, 11, 14, 15, 16))
        else:
            hour = rng.choices(range(7, 24), weights=[1, 3, 5, 6, 6, 4, 4, 5, 5, 5, 4, 4, 5, 6, 6, 5, 3])[0]
        received = datetime.combine(day, time(hour, rng.randint(0, 59)))
        if received >= self.now:
            received = self.now - timedelta(minutes=rng.randint(20, 600))
        return _minute(max(received, self.earliest))

    def choose(self, spec: _Spec, received: datetime, sites: list[_SiteInfo], recent: list) -> _Plan:
        """Site, category, problem and routing of one ticket."""
        rng = self.rng
        receiver = rng.choice(self.receptionists) if self.chance(0.93) else self.supervisor
        # a site finished well before the contact (45 days' margin: an open ticket may move back)
        limit = received.date() - timedelta(days=45)
        eligible = bisect.bisect_right(self.completions, limit)
        pool = sites[:eligible] or sites[:1]
        picks = [rng.choice(pool) for _ in range(3)]
        site = max(picks, key=lambda s: s.completion) if self.chance(0.55) else picks[0]
        plan = _Plan(spec, received, site, "", "", spec.channel, receiver)
        if spec.kind == "repair" and recent and self.chance(0.07):
            candidates = [r for r in recent[-60:] if timedelta(days=3) < received - r[3] < timedelta(days=90)]
            if candidates:
                index, prior_site, category, accepted, problem = rng.choice(candidates)
                plan.site, plan.category = prior_site, category
                plan.repeat_of, plan.repeat_after = index, accepted
                plan.problem = data.REPEAT + problem.removeprefix(data.REPEAT)
        if not plan.category:
            plan.category = self._category(plan.site, received.month)
        if spec.kind == "repair":
            if not plan.problem:
                weights = [0.5 if u else 1.0 for _, u, _ in data.PROBLEMS[plan.category]]
                text, urgent, complex_ = rng.choices(data.PROBLEMS[plan.category], weights=weights)[0]
                plan.problem, plan.urgent, plan.complex_repair = text, urgent, complex_ or self.chance(0.12)
            plan.cause = rng.choices(vocab.CAUSE_CATEGORIES, weights=[50, 30, 6, 14])[0]
        elif spec.kind == "complaint":
            self._complaint(plan)
        elif spec.kind == "consultation":
            options = [c for c in data.CONSULTATIONS if not c[1] or c[1] in plan.site.terms]
            plan.problem, plan.category = rng.choice(options)
        else:
            plan.problem, plan.category = rng.choice(data.SUGGESTIONS), ""
        if plan.cause:
            dept = intake.proposed_department(plan.cause)  # R2.1
            if dept is None or (plan.cause != "design" and self.chance(0.05)):
                dept_code = "after_sales"  # R2.1 'other' named by the supervisor; R2.2 several
                plan.department_id = self.departments.get(dept_code)
            else:
                plan.department_id = dept.id
        elif spec.kind == "suggestion":
            plan.department_id = self.departments.get("after_sales")
        if len(site.phones) > 1 and self.chance(0.2):
            plan.contact_phone = site.phones[1]
        if plan.category in plan.site.products:
            plan.product_model, plan.purchase_date = plan.site.products[plan.category]
        elif plan.category:
            plan.purchase_date = plan.site.terms.get(plan.category, (plan.site.completion, None))[0]
        return plan

    def _category(self, site: _SiteInfo, month: int) -> str:
        cats = list(site.terms)
        weights = []
        for c in cats:
            w = 1.0
            if c in data.WATERPROOFING and month in (5, 6, 7, 8, 9):
                w = 2.5  # plum rains and typhoons
            elif c == "equipment" and month in (11, 12, 1, 2):
                w = 2.5  # boilers and floor heating in winter
            weights.append(w)
        return self.rng.choices(cats, weights=weights)[0]

    def _complaint(self, plan: _Plan) -> None:
        rng = self.rng
        needs_work = plan.spec.state in (wf.DISPATCHED, wf.SCHEDULED) or plan.spec.cancel_from in (
            wf.DISPATCHED,
            wf.SCHEDULED,
        )
        types = list(data.COMPLAINT_TYPE_WEIGHTS)
        ctype = rng.choices(types, weights=list(data.COMPLAINT_TYPE_WEIGHTS.values()))[0]
        if needs_work and ctype not in ("quality", "timeliness"):
            ctype = "quality"
        tech = rng.choice(self.techs)
        about, texts = data.COMPLAINTS[ctype]
        cat_cn = data.CATEGORY_CN[plan.category]
        plan.complaint_type = ctype
        plan.complaint_about = about.format(cat=cat_cn, tech=tech.name)
        plan.problem = rng.choice(texts).format(cat=cat_cn, tech=tech.name)
        plan.complaint_tech = tech.id if ctype == "attitude" else None
        plan.major = ctype in ("quality", "attitude") and self.chance(0.15)
        plan.via_work_order = needs_work or ctype == "quality" or (ctype == "timeliness" and self.chance(0.5))
        if ctype == "quality":
            plan.cause = rng.choices(["construction", "material", "design"], weights=[60, 30, 10])[0]
        else:
            plan.cause = "other"

    # -- timelines -----------------------------------------------------------------------------

    def build(self, plan: _Plan) -> None:
        """Lay out the ticket's history; retried earlier in time until all of it lies before now."""
        for _ in range(25):
            plan.reset()
            self.undo = []
            self._timeline(plan)
            last = max(plan.done, default=plan.received_at)
            if last <= self.now - timedelta(minutes=1):
                return
            for key, window in self.undo:
                self.booked[key].remove(window)
            shift = last - self.now + timedelta(hours=self.rng.uniform(2, 30))
            plan.received_at = max(self.earliest, _minute(plan.received_at - shift))
        raise RuntimeError("demo ticket timeline did not fit before now")

    def _timeline(self, p: _Plan) -> None:
        spec = p.spec
        target = spec.cancel_from if spec.state == wf.CANCELLED else spec.state
        if spec.kind in ("consultation", "suggestion"):
            self._answered_path(p, target)
        elif spec.kind == "complaint" and not p.via_work_order:
            self._complaint_path(p, target)
        else:
            self._work_path(p, target)
        if spec.state == wf.CANCELLED:
            start = max(p.done, default=p.received_at)
            at = self.after(start, 1, 72)
            if p.orders:  # called off before the appointment
                at = max(start, min(at, p.orders[-1].window_start - timedelta(hours=1)))
            early = spec.cancel_from == wf.REGISTERED
            p.cancel_reason = self.rng.choice(data.CANCEL_EARLY if early else data.CANCEL_LATE)
            for order in p.orders:
                order.status = "cancelled"
            p.move(at, wf.CANCELLED, self.rng.choice(self.receptionists), p.cancel_reason)
        if p.spec.kind == "complaint":
            self._complaint_record(p)

    def _first_response(self, p: _Plan) -> datetime:
        r, rng = p.received_at, self.rng
        if p.urgent:  # R1.5: 2 hours by default
            minutes = rng.uniform(130, 360) if self.chance(0.08) else rng.uniform(5, 80)
            return _minute(r + timedelta(minutes=minutes))
        if self.chance(0.08):
            return self.after(r, 26, 70)  # late
        return self.after(r, 0.2, 8) if self.chance(0.75) else self.after(r, 8, 22)

    def _start(self, p: _Plan, target: str) -> None:
        """First response and forwarding; on a ticket still registered they may not have happened."""
        first = self._first_response(p)
        forward = (
            self.after(p.received_at, 0.5, 20) if not self.chance(0.1) else self.after(p.received_at, 30, 100)
        )
        open_registered = p.spec.state == wf.REGISTERED
        if open_registered and (p.spec.stale or first > self.now - timedelta(minutes=1) or self.chance(0.12)):
            return  # nobody has called the customer back yet
        p.set("first_response_at", first)
        if p.spec.kind in ("repair", "complaint"):
            if open_registered and (
                p.spec.stale or forward > self.now - timedelta(minutes=1) or self.chance(0.3)
            ):
                return
            p.set("forwarded_at", forward)

    def _answered_path(self, p: _Plan, target: str) -> None:
        """Consultations and suggestions: answered, then registered → completed directly."""
        receptionist = p.received_by
        self._start(p, target)
        if target == wf.REGISTERED:
            return
        answered = p.times["first_response_at"]
        done = answered if self.chance(0.7) else self.after(answered, 2, 48)
        p.set("completed_at", done)
        p.move(done, wf.COMPLETED, receptionist)
        if target == wf.COMPLETED:
            return
        self._follow_up(p, done, target)

    def _complaint_path(self, p: _Plan, target: str) -> None:
        """A complaint handled without a work order: investigate, plan, answer, feed back (R6.1)."""
        self._start(p, target)
        if target == wf.REGISTERED:
            return
        first, forward = p.times["first_response_at"], p.times["forwarded_at"]
        plan_at = self.after(forward, 2, 50) if not self.chance(0.1) else self.after(forward, 60, 120)
        p.set("plan_at", plan_at)
        p.move(plan_at, wf.IN_PROGRESS, self.head)
        answered = self.after(max(first, plan_at), 0, 24)
        if target != wf.IN_PROGRESS or self.chance(0.6):
            p.set("answered_at", answered)
        if target == wf.IN_PROGRESS:
            return
        if p.major:  # R3: a major complaint's result within 2 working days
            result = self.after(answered, 1, 24)
        else:
            result = self.after(answered, 24, 120) if not self.chance(0.1) else self.after(answered, 150, 260)
        p.set("result_at", result)
        p.move(result, wf.AWAITING_ACCEPTANCE, self.supervisor)
        if target == wf.AWAITING_ACCEPTANCE:
            return
        done = self.after(result, 1, 48)
        p.set("completed_at", done)
        p.move(done, wf.COMPLETED, self.supervisor)
        if self.chance(0.7):
            p.rating = (*self._scores(False), done, None)
        if target == wf.COMPLETED:
            self._maybe_unreached(p, done)
            return
        self._follow_up(p, done, target)

    def _work_path(self, p: _Plan, target: str) -> None:
        """registered → dispatched → scheduled → in progress → awaiting acceptance → … (R4)."""
        rng = self.rng
        self._start(p, target)
        if target == wf.REGISTERED:
            return
        first = p.times["first_response_at"]
        if p.urgent:  # R3: dispatched the same day
            dispatched = _minute(p.received_at + timedelta(hours=rng.uniform(0.2, 2.5)))
            if self.chance(0.08):
                dispatched = self.office(datetime.combine(p.received_at.date() + timedelta(days=1), time(8)))
        elif self.chance(0.08):
            dispatched = self.after(first, 30, 100)
        else:
            dispatched = self.after(first, 0.3, 20)
        dispatched = max(dispatched, first)
        p.set("dispatched_at", dispatched)
        attempts = 2 if target in (wf.COMPLETED, wf.FOLLOWED_UP, wf.CLOSED) and self.chance(0.04) else 1
        at = dispatched
        for attempt in range(attempts):
            rejected = attempt < attempts - 1
            order = self._dispatch(p, at)
            finished = self._visit(p, order, wf.AWAITING_ACCEPTANCE if rejected else target)
            if finished is None:
                return
            if rejected:  # R4.5: not accepted → reopened and re-dispatched
                at = self.after(finished, 0.5, 48)
                order.status, order.accepted, order.rejection_reason = (
                    "rejected",
                    False,
                    rng.choice(data.REJECTIONS),
                )
                p.move(at, wf.REGISTERED, self.supervisor, order.rejection_reason)
                at = self.after(at, 1, 8)
            else:
                break
        if target == wf.AWAITING_ACCEPTANCE:
            return
        order = p.orders[-1]
        slow_test = p.category in data.WATERPROOFING and self.chance(0.3)  # 闭水试验 before signing
        accepted = (
            self.after(finished, 48, 60)
            if slow_test
            else _minute(finished + timedelta(minutes=rng.randint(5, 30)))
        )
        order.accepted, order.accepted_at, order.report_done = True, accepted, True
        order.signer = (
            p.site.customer_name if self.chance(0.85) else p.site.customer_name[0] + "先生/女士家属"
        )
        p.set("completed_at", accepted)
        if p.spec.kind == "complaint":
            p.set("result_at", accepted)
        p.move(accepted, wf.COMPLETED, order.techs[0])
        if self.chance(0.9):
            p.rating = (*self._scores(order.late), accepted, order.techs[0])
        if target == wf.COMPLETED:
            self._maybe_unreached(p, accepted)
            return
        self._follow_up(p, accepted, target)

    def _dispatch(self, p: _Plan, at: datetime) -> _Order:
        rng = self.rng
        p.move(at, wf.DISPATCHED, self.supervisor)
        if p.urgent:
            desired = at + timedelta(hours=rng.uniform(0.5, 2))
        elif self.chance(0.08):
            desired = at + timedelta(hours=rng.uniform(110, 220))  # no one free for a week: late
        else:
            desired = at + timedelta(hours=rng.uniform(14, 72))
        if p.spec.state in (wf.DISPATCHED, wf.SCHEDULED) and not (p.spec.stale or p.urgent):
            desired = max(desired, self.now + timedelta(hours=rng.uniform(1, 60)))  # still ahead
        two = self.chance(0.5 if p.complex_repair else 0.1)
        start, techs = self._window(desired, p.category, two, p.urgent)
        order = _Order(start, start + data.WINDOW, techs, at)
        p.orders.append(order)
        return order

    def _visit(self, p: _Plan, order: _Order, target: str) -> datetime | None:
        """The order from confirmation to the work finished; None when the ticket stops earlier."""
        rng = self.rng
        if target == wf.DISPATCHED:
            return None
        lead_time = order.window_start - order.created_at
        confirm = order.created_at + min(
            lead_time * rng.uniform(0.05, 0.5), timedelta(hours=rng.uniform(0.2, 8))
        )
        order.confirmed_at = self.office(max(confirm, order.created_at))
        order.confirmed_at = min(order.confirmed_at, order.window_start - lead_time / 10)
        p.move(order.confirmed_at, wf.SCHEDULED, self.supervisor)
        if "forwarded_at" in p.times and "plan_at" not in p.times:
            # the handling plan (measures, time, person in charge) is settled with the dispatch
            plan_at = min(order.confirmed_at, self.after(order.created_at, 0, 8))
            plan_at = max(plan_at, p.times["forwarded_at"])
            if self.chance(0.06):
                plan_at = self.after(plan_at, 40, 100)
            p.set("plan_at", plan_at)
        if p.spec.kind == "complaint" and "answered_at" not in p.times:
            p.set("answered_at", self.after(order.confirmed_at, 0, 6))
        if target == wf.SCHEDULED:
            return None
        if self.chance(0.07) and not p.urgent:
            self._reschedule(p, order)
        late = self.chance(0.1)
        minutes = rng.uniform(30, 120) if late else rng.uniform(-25, 0)
        order.arrived_at = _minute(order.window_start + timedelta(minutes=minutes))
        order.arrived_at = max(order.arrived_at, order.confirmed_at + timedelta(minutes=5))
        if order.reschedule:
            order.arrived_at = max(order.arrived_at, order.reschedule[3] + timedelta(minutes=5))
        order.late = order.arrived_at > order.window_start  # R4.3
        order.status = "on_site"
        p.move(order.arrived_at, wf.IN_PROGRESS, order.techs[0])
        self._charges(p, order)
        work_start = order.consent_at or order.arrived_at
        parts_pause = p.spec.kind == "repair" and self.chance(0.15 if p.complex_repair else 0.04)
        if target == wf.IN_PROGRESS:
            if parts_pause and not p.spec.stale:
                start = self.after(work_start, 1, 3)
                p.pauses.append(("parts", rng.choice(data.PARTS_NOTES), start, None))
                p.done.append(start)
            return None
        if parts_pause:
            start = self.after(work_start, 1, 3)
            end = self.after(start, 24, 144)
            p.pauses.append(("parts", rng.choice(data.PARTS_NOTES), start, end))
            p.done.append(end)
            finished = self.after(end, 2, 30)
        elif p.complex_repair:
            finished = self.after(work_start, 24, 150)
        else:
            finished = _minute(work_start + timedelta(hours=rng.uniform(0.7, 4)))
        order.finished_at = finished
        order.status = "done"
        order.diagnosis, order.work_done, parts = rng.choice(data.FIXES[p.category])
        for name, lo, hi, qty in parts:
            if self.chance(0.85):
                cost = Decimal(f"{rng.uniform(lo, hi):.1f}0")
                order.parts.append((name, Decimal(rng.randint(1, qty)), cost))
        if order.charged:
            total = order.labour + sum((q * c for _, q, c in order.parts), Decimal(0))
            order.quote = Decimal(f"{float(total) * 1.3:.0f}.00")
        if p.is_repeat():
            order.repeat_repair = True  # R4.7
            order.repeat_fault = self.chance(0.35)
        p.done.append(finished)
        p.move(finished, wf.AWAITING_ACCEPTANCE, order.techs[0])
        return finished

    def _charges(self, p: _Plan, order: _Order) -> None:
        """R5.4: free in warranty for a quality problem; otherwise quoted and agreed first."""
        rng = self.rng
        order.labour = Decimal(
            rng.choice((200, 300, 400, 600) if p.complex_repair else (60, 80, 100, 120, 150))
        )
        start, months = p.site.terms.get(p.category, (p.site.completion, None))
        in_warranty = months is not None and p.received_at.date() <= _add_months(start, months)
        customer_caused = p.cause == "other" and p.spec.kind == "repair" and self.chance(0.5)
        order.charged = not in_warranty or customer_caused
        if order.charged:
            order.consent_at = _minute(order.arrived_at + timedelta(minutes=rng.randint(10, 40)))
            p.done.append(order.consent_at)

    def _reschedule(self, p: _Plan, order: _Order) -> None:
        """R4.2 (and R3.4 when the customer asked): the appointment moves to a later window."""
        rng = self.rng
        old_start, old_end = order.window_start, order.window_end
        customer = self.chance(0.7)
        at = self.office(order.confirmed_at + (old_start - order.confirmed_at) * rng.uniform(0.2, 0.9))
        at = min(at, old_start - timedelta(minutes=30))
        at = max(at, order.confirmed_at)
        reason = rng.choice(list(data.POSTPONE_NOTES)) if customer else ""
        desired = old_start + timedelta(days=rng.uniform(2, 7) if customer else rng.uniform(1, 2))
        self._release(order.techs, old_start, old_end)
        start, techs = self._window(desired, p.category, len(order.techs) > 1, False)
        order.window_start, order.window_end, order.techs = start, start + data.WINDOW, techs
        text = data.POSTPONE_NOTES[reason] if customer else data.TECH_RESCHEDULE
        order.reschedule = (old_start, old_end, text, at)
        p.done.append(at)
        if customer:  # R3.4: waiting on the customer until they confirmed the new date
            end = max(at, _minute(start - timedelta(hours=rng.uniform(2, 24))))
            p.pauses.append((reason, text, at, end))

    def _follow_up(self, p: _Plan, done: datetime, target: str) -> None:
        """R7.2 follow-up visit (an unreached call first, sometimes), then closing (R4.6)."""
        rng = self.rng
        late = self.chance(0.1)
        at = self.after(done, 80, 200) if late else self.after(done, 4, 60)
        caller = rng.choice(self.receptionists)
        if self.chance(0.15):
            tried = self.office(done + (at - done) * rng.uniform(0.3, 0.8))
            tried = max(done, min(tried, at - timedelta(minutes=30)))
            p.follow_ups.append((tried, False, None, rng.choice(data.UNREACHED_REMARKS), caller))
        score = 5 if self.chance(0.55) else rng.choice((3, 4, 4, 4))
        p.follow_ups.append((at, True, score, rng.choice(data.FOLLOW_UP_REMARKS), caller))
        p.set("followed_up_at", at)
        p.move(at, wf.FOLLOWED_UP, caller)
        if target == wf.FOLLOWED_UP:
            return
        closed = self.after(at, 0.2, 30)
        p.set("closed_at", closed)
        p.move(closed, wf.CLOSED, self.supervisor)

    def _maybe_unreached(self, p: _Plan, done: datetime) -> None:
        tried = self.after(done, 4, 30)
        if self.chance(0.2) and tried < self.now - timedelta(minutes=1):
            p.follow_ups.append((tried, False, None, self.rng.choice(data.UNREACHED_REMARKS), p.received_by))
            p.done.append(tried)

    def _scores(self, late: bool) -> tuple[int, int, int, str]:
        rng = self.rng

        def score() -> int:
            return rng.choices((5, 4, 3, 2, 1), weights=(50, 35, 10, 3, 2))[0]

        timeliness = min(score(), 3) if late else score()
        comment = rng.choice(data.RATING_COMMENTS) if self.chance(0.3) else ""
        if late and self.chance(0.5):
            comment = "上门迟到了半小时"
        return score(), score(), timeliness, comment

    def _complaint_record(self, p: _Plan) -> None:
        """R6.1: the handling record as far as the ticket got."""
        t = p.times
        ctype = p.complaint_type
        rec: dict = {
            "complaint_type": ctype,
            "responsible_department": p.department_id,
            "responsible_staff": p.complaint_tech,
        }
        if p.major:  # R3.2: reported to the manager at once
            rec["reported_to_manager_at"] = _minute(
                p.received_at + timedelta(minutes=self.rng.randint(10, 60))
            )
            p.done.append(rec["reported_to_manager_at"])
        if "plan_at" in t:
            valid = self.chance(0.82)
            rec.update(
                investigation=data.INVESTIGATIONS[ctype],
                valid=valid,
                validity_reason="" if valid else self.rng.choice(data.INVALID_REASONS),
                plan=data.PLANS[ctype] if valid else "向客户解释说明，提供有偿维修报价",
                approved_by=self.head,
                approved_at=t["plan_at"],
            )
        if "answered_at" in t:
            rec["answer"] = "已电话答复客户处理方案及时间安排，客户表示认可"
        if "followed_up_at" in t:
            rec["follow_up"] = "回访客户，对处理结果表示满意"
            if self.chance(0.06) and "result_at" in t:  # R6.2: escalated by the customer
                rec["customer_escalated_at"] = t["result_at"] + timedelta(minutes=30)
                rec["customer_escalation_note"] = "客户对处理结果不满意，要求上级领导出面处理"
        p.complaint = rec

    # -- technicians and windows (R4.1: no double booking) --------------------------------------

    def _works_on(self, day: date) -> bool:
        """Technicians work Monday to Saturday, and 调休 Sundays, but not on public holidays."""
        cal = self.calendar
        return cal.is_workday(day) or (day.weekday() == 5 and day not in cal.exceptions)

    def _free(self, start: datetime, end: datetime, skills: list[str] | None) -> list[int]:
        day = start.date()
        out = []
        for tech in self.techs:
            if tech.active_from > day or (tech.active_to is not None and day > tech.active_to):
                continue
            if skills is not None and not set(skills) & set(tech.skills):
                continue
            if all(end <= s or start >= e for s, e in self.booked.get((tech.id, day), [])):
                out.append(tech.id)
        return out

    def _window(
        self, desired: datetime, category: str, two: bool, urgent: bool
    ) -> tuple[datetime, list[int]]:
        skills = data.CATEGORY_SKILLS.get(category, [])
        for wanted in (skills, None):
            for start in self._starts(desired, urgent):
                free = self._free(start, start + data.WINDOW, wanted)
                if free:
                    lead = self.rng.choice(free)
                    techs = [lead]
                    if two:
                        others = [t for t in self._free(start, start + data.WINDOW, None) if t != lead]
                        if others:
                            techs.append(self.rng.choice(others))
                    for tech in techs:
                        self._book(tech, start, start + data.WINDOW)
                    return start, techs
        raise RuntimeError("no technician free for a demo work order")

    def _starts(self, desired: datetime, urgent: bool):
        if urgent:
            start = _minute(desired).replace(minute=0 if desired.minute < 30 else 30)
            for i in range(48):
                yield start + timedelta(minutes=30 * i)
            return
        day = desired.date()
        for _ in range(30):
            if self._works_on(day):
                for hour in data.SLOTS:
                    start = datetime.combine(day, time(hour))
                    if start >= desired and self.chance(0.75):
                        yield start
            day += timedelta(days=1)
        first = _minute(desired).replace(minute=0) + timedelta(hours=1)
        for i in range(30 * 24):
            yield first + timedelta(hours=i)

    def _book(self, tech: int, start: datetime, end: datetime) -> None:
        key = (tech, start.date())
        self.booked.setdefault(key, []).append((start, end))
        self.undo.append((key, (start, end)))

    def _release(self, techs: list[int], start: datetime, end: datetime) -> None:
        for tech in techs:
            key = (tech, start.date())
            self.booked[key].remove((start, end))
            self.undo = [u for u in self.undo if u != (key, (start, end))]

    # -- writing -------------------------------------------------------------------------------

    def write(self, plan: _Plan, repeat_ids: dict[int, int], index: int, out: dict[str, list]) -> int:
        received = plan.received_at
        purchase = (
            plan.purchase_date if plan.purchase_date and plan.purchase_date <= received.date() else None
        )
        reg = intake.register_ticket(
            intake.TicketInput(
                kind=plan.spec.kind,
                channel=plan.channel,
                problem=plan.problem,
                received_at=received,
                received_by_id=plan.received_by,
                customer_id=plan.site.customer_id,
                site_id=plan.site.id,
                contact_phone=plan.contact_phone,
                work_category=plan.category,
                product_model=plan.product_model,
                purchase_date=purchase,
                cause_category=plan.cause,
                department_id=plan.department_id,
                urgent=plan.urgent,
                complex_repair=plan.complex_repair,
                major=plan.major,
                complaint_about=plan.complaint_about,
                confirmed_repeat=True,
            ),
            received,
        )
        tid = reg.ticket_id
        last = max(plan.done, default=received)
        fields: dict = dict(plan.times)
        fields.update(status=plan.state, cancel_reason=plan.cancel_reason, updated_at=last)
        if plan.is_repeat() and plan.repeat_of in repeat_ids:
            fields["repeat_of"] = repeat_ids[plan.repeat_of]
        Ticket.update(**fields).where(Ticket.id == tid).execute()
        repeat_ids[index] = tid
        order_ids = [self._write_order(tid, order, out) for order in plan.orders]
        for reason, note, start, end in plan.pauses:
            SlaPause.insert(
                ticket=tid,
                reason=reason,
                note=note,
                started_at=start,
                ended_at=end,
                set_by=self.supervisor,
                ended_by=self.supervisor if end else None,
            ).execute()
        if plan.rating:
            attitude, quality, timeliness, comment, at, by = plan.rating
            out["ratings"].append(
                {
                    "ticket": tid,
                    "work_order_id": order_ids[-1] if order_ids else None,
                    "attitude": attitude,
                    "quality": quality,
                    "timeliness": timeliness,
                    "comment": comment,
                    "recorded_at": at,
                    "recorded_by": by,
                }
            )
        for at, reached, score, remarks, by in plan.follow_ups:
            out["follow_ups"].append(
                {
                    "ticket": tid,
                    "at": at,
                    "by": by,
                    "method": "phone" if self.chance(0.9) else "visit",
                    "reached": reached,
                    "satisfaction": score,
                    "remarks": remarks,
                }
            )
        if plan.complaint is not None:
            Complaint.insert(ticket=tid, **plan.complaint).execute()
        for at, old, new, actor, note in plan.transitions:
            changes = {"status": [old, new]} | ({"reason": [None, note]} if note else {})
            out["audit"].append((at, actor, reg.number, changes))
        # R3.3: deadlines as the office would have stored them (at closing, or now when open)
        open_ = plan.state in wf.OPEN_STATES
        ticket = Ticket(
            id=tid,
            kind=plan.spec.kind,
            received_at=received,
            urgent=plan.urgent,
            complex_repair=plan.complex_repair,
            major=plan.major,
            status=plan.state,
            **plan.times,
        )
        rows = deadlines.recompute(ticket, self.now if open_ else last, self.calendar, self.limits)
        self._escalate(plan, ticket, rows, open_)
        return tid

    def _write_order(self, tid: int, order: _Order, out: dict[str, list]) -> int:
        oid = WorkOrder.insert(
            ticket=tid,
            window_start=order.window_start,
            window_end=order.window_end,
            status=order.status,
            customer_confirmed_at=order.confirmed_at,
            arrived_at=order.arrived_at,
            late=order.late,
            diagnosis=order.diagnosis,
            work_done=order.work_done,
            labour_cost=order.labour,
            charged=order.charged,
            quote_amount=order.quote,
            customer_consent_at=order.consent_at,
            finished_at=order.finished_at,
            accepted=order.accepted,
            accepted_at=order.accepted_at,
            acceptance_signer=order.signer,
            rejection_reason=order.rejection_reason,
            report_done=order.report_done,
            repeat_repair=order.repeat_repair,
            repeat_fault_technician=order.repeat_fault,
            created_by=self.supervisor,
            created_at=order.created_at,
        ).execute()
        out["techs"] += [{"work_order": oid, "staff": s, "lead": i == 0} for i, s in enumerate(order.techs)]
        out["parts"] += [
            {"work_order": oid, "name": n, "quantity": q, "unit_cost": c} for n, q, c in order.parts
        ]
        if order.reschedule:
            old_start, old_end, reason, at = order.reschedule
            out["reschedules"].append(
                {
                    "work_order": oid,
                    "old_start": old_start,
                    "old_end": old_end,
                    "new_start": order.window_start,
                    "new_end": order.window_end,
                    "reason": reason,
                    "customer_informed": True,
                    "by": self.supervisor,
                    "at": at,
                }
            )
        return oid

    def _escalate(self, plan: _Plan, ticket: Ticket, rows: list, open_: bool) -> None:
        """R3.2: overdue tickets go to the supervisor; an overdue complaint result to admin/HR."""
        if plan.state == wf.CANCELLED:
            return
        if open_:
            overdue = ticket.next_due_at is not None and ticket.next_due_at < self.now
            clocks = [ticket.next_clock] if overdue else []
            p = 0.75
        else:
            clocks = [d.clock for d in rows if d.met_at is not None and d.met_at > d.due_at]
            p = 0.35
        if not clocks or not self.chance(p):
            return
        to = "admin_hr" if plan.spec.kind == "complaint" and "complaint_result" in clocks else "supervisor"
        Ticket.update(escalated=True, escalated_to=to).where(Ticket.id == ticket.id).execute()


def _add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 28)


def _insert_chunked(model, rows: list[dict], size: int = 500) -> None:
    for i in range(0, len(rows), size):
        model.insert_many(rows[i : i + size]).execute()


def office_has_tickets() -> bool:
    """The demo only fills an office that holds no tickets yet."""
    return Ticket.select().exists()


def is_brand_new_office() -> bool:
    """R10.1a: a demo office is only ever made in a brand-new, empty database — no tickets, no
    customers, and no member of staff but the one the first run has just created."""
    return not Ticket.select().exists() and not Customer.select().exists() and Staff.select().count() <= 1


def not_new_error() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "A demo office is only made in a new, empty database, and this one already holds data. "
            "Nothing was changed; to try the demo, start with a new database file.",
        )
    )


DEMO_BRANCH = {
    "zh_CN": ("上海浦东售后服务部", "演示管理员"),
    "en": ("Shanghai Pudong After-Sales", "Demo Admin"),
}


def make_demo_file(
    path: Path, now: datetime, lang: str = "en", progress: Callable[[int, int], None] | None = None
) -> DemoSummary:
    """A new demo office file at `path` (branch SH; every member of staff signs in with the demo
    password). Refuses a path that exists; a failed fill leaves no file behind."""
    path = Path(path)
    sidecars = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    if any(p.exists() for p in sidecars):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} already exists; the demo office is only made in a new file. Choose another name.",
            ),
            field="path",
            path=str(path),
        )
    from app.services import setup

    branch, admin = DEMO_BRANCH.get(lang, DEMO_BRANCH["en"])
    try:
        db.connect(str(path))
        setup.set_up_branch(branch, "SH", admin, now, role="admin")
        summary = fill_demo_office(now, progress=progress)
        db.close()
    except BaseException:
        db.close()
        for p in sidecars:
            with contextlib.suppress(OSError):
                p.unlink()
        raise
    return summary


def fill_demo_office(
    now: datetime,
    seed: int = 7,
    customers: int = 300,
    tickets: int = 1500,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill a set-up office (branch code set) with a demo branch; all in one transaction."""
    if tickets > 0 and customers < 1:
        raise ValueError("a demo with tickets needs at least one customer")
    rng = random.Random(seed)
    with db.write_transaction():
        if not is_brand_new_office():  # checked inside the transaction another desk cannot enter
            raise not_new_error()
        b = _Builder(now, rng)
        staff = b.make_staff()
        sites = b.make_customers(customers)
        specs = b.specs(tickets)
        plans: list[_Plan] = []
        recent: list[tuple[int, _SiteInfo, str, datetime, str]] = []
        # decided in order of receipt, so repeat repairs (R4.7) look back at earlier tickets
        for received, i in sorted((t, i) for i, t in enumerate(b.received_times(specs))):
            plan = b.choose(specs[i], received, sites, recent)
            b.build(plan)
            if plan.spec.kind == "repair" and "completed_at" in plan.times:
                recent.append(
                    (len(plans), plan.site, plan.category, plan.times["completed_at"], plan.problem)
                )
            plans.append(plan)
        order = sorted(range(len(plans)), key=lambda i: (plans[i].received_at, i))
        out: dict[str, list] = {
            "techs": [],
            "parts": [],
            "ratings": [],
            "follow_ups": [],
            "reschedules": [],
            "audit": [],
        }
        repeat_ids: dict[int, int] = {}
        by_status: Counter[str] = Counter()
        for done, i in enumerate(order, start=1):
            b.write(plans[i], repeat_ids, i, out)
            by_status[plans[i].state] += 1
            if progress is not None and (done % 50 == 0 or done == len(order)):
                progress(done, len(order))
        _insert_chunked(WorkOrderTechnician, out["techs"])
        _insert_chunked(WorkOrderPart, out["parts"])
        _insert_chunked(SatisfactionRating, out["ratings"])
        _insert_chunked(FollowUpVisit, out["follow_ups"])
        _insert_chunked(Reschedule, out["reschedules"])
        _insert_chunked(
            AuditEntry,
            [
                {
                    "at": at,
                    "actor": actor,
                    "actor_name": b.staff_names.get(actor, "") if actor else "",
                    "action": "status",
                    "entity": "ticket",
                    "entity_id": number,
                    "changes": json.dumps(changes, ensure_ascii=False),
                }
                for at, actor, number, changes in out["audit"]
            ],
        )
        _fill_staff_records(random.Random(seed + 1), now)
        # Every demo member of staff can sign in with the demo password (README); one hash
        # serves them all, since 600,000 rounds per person would slow the fill.
        Staff.update(password_hash=passwords.hash_password(DEMO_PASSWORD)).where(
            Staff.password_hash == ""
        ).execute()
    return DemoSummary(
        staff=staff,
        customers=customers,
        sites=len(sites),
        tickets=len(plans),
        by_status={s: by_status.get(s, 0) for s in wf.STATES},
    )


_TRAINING_TOPICS = [
    ("卫生间防水返修工艺与闭水试验", "防水工程师 周工", 3),
    ("客户沟通礼仪与投诉处理", "售后管理部 陈经理", 2),
    ("强弱电故障排查与安全规范", "电气工程师 吴工", 4),
    ("定制柜门铰链与五金调整", "厂家技术员 郑工", 2),
    ("瓷砖空鼓检测与修补", "项目部 王工", 3),
    ("壁挂炉常见故障与更换流程", "厂家技术员 冯工", 3),
]
_PATROL_FINDINGS = [
    "外墙东侧有轻微渗水痕迹",
    "卫生间地漏周边打胶老化",
    "阳台推拉门密封条脱落",
    "未发现问题，客户表示满意",
    "厨房吊柜门铰链松动",
    "未发现问题",
]


def _fill_staff_records(rng: random.Random, now: datetime) -> None:
    """R8 and R5.6 records the appraisal, training and patrol screens show: incidents of the
    last months, quarterly training sessions, patrols of sites in warranty. A separate random
    stream, so the tickets of a seed stay the same."""
    from app.models import Incident, PatrolRecord, TrainingAttendance, TrainingSession

    techs = [s.id for s in Staff.select().where(Staff.role == "technician").order_by(Staff.id)]
    supervisor = Staff.select().where(Staff.role == "supervisor").first()
    manager = Staff.select().where(Staff.role == "manager").first()
    if not techs or supervisor is None:
        return
    amounts = settings.penalty_amounts()
    incidents = []
    for _ in range(14):
        day = (now - timedelta(days=rng.randrange(5, 200))).date()
        if rng.random() < 0.7:
            kind, code = (
                "penalty",
                rng.choice(["late_arrival", "late_arrival", "personal_delay", "arguing", "repeat_fault"]),
            )
            amount = Decimal(str(amounts.get(code, 20)))
        else:
            kind, code, amount = (
                "reward",
                rng.choice(["outstanding", "customer_praise"]),
                Decimal(rng.choice([50, 100, 200])),
            )
        incidents.append(
            {
                "staff": rng.choice(techs),
                "kind": kind,
                "incident_type": code,
                "amount": amount,
                "day": day,
                "description": "迟到约20分钟，未提前告知客户"
                if code == "late_arrival"
                else ("客户来电表扬服务细致" if kind == "reward" else "主管现场抽查发现"),
                "recorded_by": (manager or supervisor).id,
                "recorded_at": datetime.combine(day, datetime.min.time()) + timedelta(hours=17),
            }
        )
    Incident.insert_many(incidents).execute()
    for i, (topic, trainer, hours) in enumerate(_TRAINING_TOPICS):
        day = (now - timedelta(days=20 + 75 * i)).date()
        session = TrainingSession.create(day=day, topic=topic, trainer=trainer, hours=hours)
        for staff_id in rng.sample(techs, k=max(2, len(techs) * 2 // 3)):
            TrainingAttendance.create(session=session, staff=staff_id)
    in_warranty = list(
        Site.select(Site.id)
        .where(Site.completion_date >= (now - timedelta(days=700)).date())
        .order_by(Site.id)
        .limit(200)
    )
    for site in rng.sample(in_warranty, k=min(30, len(in_warranty))):
        PatrolRecord.create(
            site=site.id,
            day=(now - timedelta(days=rng.randrange(1, 150))).date(),
            inspector=supervisor.id,
            findings=rng.choice(_PATROL_FINDINGS),
        )
