"""Each demo ticket's history laid out in time: responses, work orders, visits, follow-ups."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from app import workflow as wf
from app.demo import data
from app.demo.choices import Choices
from app.demo.plans import (
    Order,
    Plan,
    add_months,
    minute,
)


class Timelines(Choices):
    # -- timelines -----------------------------------------------------------------------------

    def build(self, plan: Plan) -> None:
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
            plan.received_at = max(self.earliest, minute(plan.received_at - shift))
        raise RuntimeError("demo ticket timeline did not fit before now")

    def _timeline(self, p: Plan) -> None:
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

    def _first_response(self, p: Plan) -> datetime:
        r, rng = p.received_at, self.rng
        if p.urgent:  # R1.5: 2 hours by default
            minutes = rng.uniform(130, 360) if self.chance(0.08) else rng.uniform(5, 80)
            return minute(r + timedelta(minutes=minutes))
        if self.chance(0.08):
            return self.after(r, 26, 70)  # late
        return self.after(r, 0.2, 8) if self.chance(0.75) else self.after(r, 8, 22)

    def _start(self, p: Plan, target: str) -> None:
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

    def _answered_path(self, p: Plan, target: str) -> None:
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

    def _complaint_path(self, p: Plan, target: str) -> None:
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

    def _work_path(self, p: Plan, target: str) -> None:
        """registered → dispatched → scheduled → in progress → awaiting acceptance → … (R4)."""
        rng = self.rng
        self._start(p, target)
        if target == wf.REGISTERED:
            return
        first = p.times["first_response_at"]
        if p.urgent:  # R3: dispatched the same day
            dispatched = minute(p.received_at + timedelta(hours=rng.uniform(0.2, 2.5)))
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
            else minute(finished + timedelta(minutes=rng.randint(5, 30)))
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

    def _dispatch(self, p: Plan, at: datetime) -> Order:
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
        order = Order(start, start + data.WINDOW, techs, at)
        p.orders.append(order)
        return order

    def _visit(self, p: Plan, order: Order, target: str) -> datetime | None:
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
        order.arrived_at = minute(order.window_start + timedelta(minutes=minutes))
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
            finished = minute(work_start + timedelta(hours=rng.uniform(0.7, 4)))
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

    def _charges(self, p: Plan, order: Order) -> None:
        """R5.4: free in warranty for a quality problem; otherwise quoted and agreed first."""
        rng = self.rng
        order.labour = Decimal(
            rng.choice((200, 300, 400, 600) if p.complex_repair else (60, 80, 100, 120, 150))
        )
        start, months = p.site.terms.get(p.category, (p.site.completion, None))
        in_warranty = months is not None and p.received_at.date() <= add_months(start, months)
        customer_caused = p.cause == "other" and p.spec.kind == "repair" and self.chance(0.5)
        order.charged = not in_warranty or customer_caused
        if order.charged:
            order.consent_at = minute(order.arrived_at + timedelta(minutes=rng.randint(10, 40)))
            p.done.append(order.consent_at)

    def _reschedule(self, p: Plan, order: Order) -> None:
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
            end = max(at, minute(start - timedelta(hours=rng.uniform(2, 24))))
            p.pauses.append((reason, text, at, end))

    def _follow_up(self, p: Plan, done: datetime, target: str) -> None:
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

    def _maybe_unreached(self, p: Plan, done: datetime) -> None:
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

    def _complaint_record(self, p: Plan) -> None:
        """R6.1: the handling record as far as the ticket got."""
        t = p.times
        ctype = p.complaint_type
        rec: dict = {
            "complaint_type": ctype,
            "responsible_department": p.department_id,
            "responsible_staff": p.complaint_tech,
        }
        if p.major:  # R3.2: reported to the manager at once
            rec["reported_to_manager_at"] = minute(
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
