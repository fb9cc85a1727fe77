"""Writing a planned demo ticket through the intake service, then its records in bulk."""

from __future__ import annotations

from app import workflow as wf
from app.demo.plans import (
    Order,
    Plan,
)
from app.demo.timelines import Timelines
from app.models import (
    Complaint,
    SlaPause,
    Ticket,
    TicketEscalation,
    WorkOrder,
)
from app.services import deadlines, intake


class Builder(Timelines):
    """The whole demo builder: people, bookings, choices, timelines, and writing them."""

    # -- writing -------------------------------------------------------------------------------

    def write(self, plan: Plan, repeat_ids: dict[int, int], index: int, out: dict[str, list]) -> int:
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

    def _write_order(self, tid: int, order: Order, out: dict[str, list]) -> int:
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

    def _escalate(self, plan: Plan, ticket: Ticket, rows: list, open_: bool) -> None:
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
        # R3.2: the ticket keeps every escalation — the supervisor first, then administration/HR
        due = {d.clock: d.due_at for d in rows}
        at = min(due.get(c) or self.now for c in clocks)
        for recipient in ["supervisor", "admin_hr"] if to == "admin_hr" else ["supervisor"]:
            TicketEscalation.create(ticket=ticket.id, to=recipient, clocks=",".join(sorted(clocks)), at=at)
