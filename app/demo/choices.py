"""What each demo ticket becomes: kind, state, channel, when it came in, site and routing."""

from __future__ import annotations

import bisect
from datetime import date, datetime, time, timedelta

from app import vocab
from app import workflow as wf
from app.demo import data
from app.demo.booking import Booking
from app.demo.plans import (
    Plan,
    SiteInfo,
    Spec,
    minute,
)
from app.services import intake


class Choices(Booking):
    # -- what each ticket becomes --------------------------------------------------------------

    def specs(self, count: int) -> list[Spec]:
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
        specs: list[Spec] = [Spec(k, "") for k in kinds]
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

    def received_times(self, specs: list[Spec]) -> list[datetime]:
        """When each contact came in: days spread evenly over the history (fewer at weekends);
        the open tickets take the days nearest their typical age, the rest the remaining days."""
        rng = self.rng
        days: list[date] = []
        while len(days) < len(specs):
            day = (self.now - timedelta(days=rng.uniform(0, self.history_days))).date()
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
        return minute(max(received, self.earliest))

    def choose(self, spec: Spec, received: datetime, sites: list[SiteInfo], recent: list) -> Plan:
        """Site, category, problem and routing of one ticket."""
        rng = self.rng
        receiver = rng.choice(self.receptionists) if self.chance(0.93) else self.supervisor
        # a site finished well before the contact (45 days' margin: an open ticket may move back)
        limit = received.date() - timedelta(days=45)
        eligible = bisect.bisect_right(self.completions, limit)
        pool = sites[:eligible] or sites[:1]
        picks = [rng.choice(pool) for _ in range(3)]
        site = max(picks, key=lambda s: s.completion) if self.chance(0.55) else picks[0]
        plan = Plan(spec, received, site, "", "", spec.channel, receiver)
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
            dept_id = intake.proposed_department(plan.cause)  # R2.1
            if dept_id is None or (plan.cause != "design" and self.chance(0.05)):
                dept_code = "after_sales"  # R2.1 'other' named by the supervisor; R2.2 several
                plan.department_id = self.departments.get(dept_code)
            else:
                plan.department_id = dept_id
        elif spec.kind == "suggestion":
            plan.department_id = self.departments.get("after_sales")
        if len(site.phones) > 1 and self.chance(0.2):
            plan.contact_phone = site.phones[1]
        if plan.category in plan.site.products:
            plan.product_model, plan.purchase_date = plan.site.products[plan.category]
        elif plan.category:
            plan.purchase_date = plan.site.terms.get(plan.category, (plan.site.completion, None))[0]
        return plan

    def _category(self, site: SiteInfo, month: int) -> str:
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

    def _complaint(self, plan: Plan) -> None:
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
