"""The demo builder's base: its state, little helpers, the staff, the customers and their sites."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from app.demo import data
from app.demo.plans import (
    HISTORY_DAYS,
    SiteInfo,
    Tech,
    minute,
)
from app.models import (
    Customer,
    CustomerPhone,
    Department,
    InstalledProduct,
    Site,
    SiteWorkCategory,
    Staff,
    WarrantyTerm,
)
from app.services import settings, workdays


class People:
    """The builder's state; the steps of a demo office are the subclasses' methods."""

    def __init__(self, now: datetime, rng: random.Random, history_days: int = HISTORY_DAYS) -> None:
        self.now = minute(now)
        self.rng = rng
        self.history_days = history_days
        self.earliest = self.now - timedelta(days=history_days)
        self.calendar = workdays.load_calendar()
        self.limits = settings.sla_limits()
        self.used_phones = {p for (p,) in CustomerPhone.select(CustomerPhone.phone).tuples()}
        self.used_phones |= {p for (p,) in Staff.select(Staff.phone).tuples()}
        self.used_names: set[str] = set()
        self.booked: dict[tuple[int, date], list[tuple[datetime, datetime]]] = {}
        self.undo: list[tuple[tuple[int, date], tuple[datetime, datetime]]] = []
        self.departments = {d.code: d.id for d in Department.select()}
        self.terms = {w.category: w.months for w in WarrantyTerm.select()}
        self.techs: list[Tech] = []
        self.completions: list[date] = []  # of the sites, sorted
        self.staff_names: dict[int, str] = {}
        self.receptionists: list[int] = []
        self.supervisor = self.head = 0

    # -- little helpers -----------------------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def office(self, t: datetime) -> datetime:
        """An office action: pushed into 08:30–20:00."""
        t = minute(t)
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

    def make_staff(self, extra_technicians: int = 0) -> int:
        """The branch's staff (data.STAFF), plus `extra_technicians` more for a busier office."""
        today = self.now.date()
        tech_rows = [row for row in data.STAFF[:7] if row[0] == "technician"]
        extra = [tech_rows[i % len(tech_rows)] for i in range(extra_technicians)]
        for i, (role, dept, skills) in enumerate(data.STAFF + extra):
            active_from = today - timedelta(days=self.rng.randint(3 * 365, 8 * 365))
            active_to = None
            if i == 7:
                active_from = today - timedelta(days=240)
            elif i == 8:
                active_to = today - timedelta(days=120)
            elif i >= len(data.STAFF):  # a busier office's technicians, there all along
                active_from = min(active_from, self.earliest.date() - timedelta(days=30))
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
                self.techs.append(Tech(staff_id, name, skills.split(","), active_from, active_to))
            elif role == "receptionist":
                self.receptionists.append(staff_id)
            elif role == "supervisor":
                self.supervisor = staff_id
            elif role == "department_head":
                self.head = staff_id
        for s in Staff.select().where((Staff.role == "receptionist") & (Staff.id.not_in(self.receptionists))):
            self.staff_names[s.id] = s.name
            self.receptionists.append(s.id)  # the office's own first user, if a receptionist
        return len(data.STAFF) + extra_technicians

    # -- customers and sites -------------------------------------------------------------------

    def make_customers(self, count: int) -> list[SiteInfo]:
        sites: list[SiteInfo] = []
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
    ) -> SiteInfo:
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
        return SiteInfo(site_id, customer_id, name, phones, completion, terms, products)
