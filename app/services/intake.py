"""R1 intake: registering a contact as a ticket, with routing (R2) and deadlines (R3)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app import db, permissions, sla, vocab, workflow
from app.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from app.models import (
    CauseRoute,
    Customer,
    CustomerPhone,
    Department,
    SiteWorkCategory,
    Staff,
    Ticket,
)
from app.models import Site as SiteModel
from app.phones import is_valid_phone, normalize_phone
from app.services import audit, deadlines, numbering, settings


@dataclass
class CustomerInput:
    name: str
    phones: list[str]


@dataclass
class SiteInput:
    address: str
    district: str = ""
    contract_no: str = ""
    project_name: str = ""
    completion_date: date | None = None


@dataclass
class TicketInput:
    """Everything R1.3 asks a registration to record."""

    kind: str
    channel: str
    problem: str
    received_at: datetime
    received_by_id: int | None
    customer_id: int | None = None
    new_customer: CustomerInput | None = None
    site_id: int | None = None
    new_site: SiteInput | None = None
    contact_phone: str = ""
    work_category: str = ""
    product_model: str = ""
    purchase_date: date | None = None
    cause_category: str = ""
    department_id: int | None = None
    urgent: bool = False
    complex_repair: bool = False
    major: bool = False
    complaint_about: str = ""
    # The receptionist saw the repeat warning (R1.4) and saves anyway.
    confirmed_repeat: bool = False
    # Who is saving (the signed-in user); defaults to whoever received the contact.
    actor_id: int | None = None


@dataclass
class Registered:
    ticket_id: int
    number: str
    deadlines: list[sla.Deadline]
    repeat_of: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SimilarTicket:
    """A ticket the receptionist is shown before saving (R1.4): what it was about and when."""

    ticket_id: int
    number: str
    kind: str
    status: str
    problem: str
    received_at: datetime
    completed_at: datetime | None


def _similar(t: Ticket) -> SimilarTicket:
    return SimilarTicket(t.id, t.number, t.kind, t.status, t.problem, t.received_at, t.completed_at)


class RepeatWarning(Exception):
    """R1.4: ask before saving. `open_tickets`: the site's open tickets of the same category — the
    call is likely a reminder of one of them (R1.7); `recent_repair`: a repair of that category
    completed there within the repeat window — a new repair request is likely a repeat (R4.7)."""

    def __init__(self, open_tickets: list[SimilarTicket], recent_repair: SimilarTicket | None = None) -> None:
        self.open_tickets = open_tickets
        self.recent_repair = recent_repair
        numbers = [t.number for t in open_tickets] + ([recent_repair.number] if recent_repair else [])
        super().__init__(", ".join(numbers))


def open_tickets_of_customer(customer_id: int) -> list[SimilarTicket]:
    """R1.4: a returning customer's open tickets, newest first (shown when the customer is picked)."""
    q = (
        Ticket.select()
        .where((Ticket.customer == customer_id) & Ticket.status.in_(list(workflow.OPEN_STATES)))
        .order_by(Ticket.received_at.desc())
    )
    return [_similar(t) for t in q]


def check(data: TicketInput) -> list[ValidationError]:
    """Every problem with a registration, each naming its form field (R1.3 不缺项)."""
    errors: list[ValidationError] = []
    if data.kind not in vocab.KINDS:
        errors.append(
            ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the kind of contact."), field="kind")
        )
    if data.channel not in vocab.CHANNELS:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose the channel the contact came through."), field="channel"
            )
        )
    if data.customer_id is None:
        nc = data.new_customer
        if nc is None or not nc.name.strip():
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter the customer's name."), field="customer_name"
                )
            )
        phones = [p for p in (nc.phones if nc else []) if p.strip()]
        if not phones:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter the customer's phone number."), field="phone"
                )
            )
        for p in phones:
            if not is_valid_phone(p):
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "“{phone}” is not a phone number: use 11 digits for a mobile or area code and number for a landline.",
                        ),
                        field="phone",
                        phone=p,
                    )
                )
    elif Customer.get_or_none(Customer.id == data.customer_id) is None:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "The chosen customer no longer exists."), field="customer_name"
            )
        )
    if data.contact_phone.strip() and not is_valid_phone(data.contact_phone):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{phone}” is not a phone number: use 11 digits for a mobile or area code and number for a landline.",
                ),
                field="phone",
                phone=data.contact_phone,
            )
        )
    if data.site_id is None:
        if data.new_site is None or not data.new_site.address.strip():
            errors.append(
                ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the site address."), field="address")
            )
    elif SiteModel.get_or_none(SiteModel.id == data.site_id) is None:
        errors.append(
            ValidationError(QT_TRANSLATE_NOOP("errors", "The chosen site no longer exists."), field="address")
        )
    if not data.problem.strip():
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "Describe the problem in the customer's words."), field="problem"
            )
        )
    if data.kind in ("repair", "complaint"):
        if data.work_category not in vocab.ALL_CATEGORIES:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose the work or product category concerned."),
                    field="work_category",
                )
            )
        if data.cause_category and data.cause_category not in vocab.CAUSE_CATEGORIES:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose a cause category from the list."),
                    field="cause_category",
                )
            )
    if data.kind == "complaint" and not data.complaint_about.strip():
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say whom or what the complaint is about."),
                field="complaint_about",
            )
        )
    receiver = Staff.get_or_none(Staff.id == data.received_by_id) if data.received_by_id else None
    if receiver is None or not receiver.active:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose who received the contact."), field="received_by"
            )
        )
    if data.purchase_date and data.purchase_date > data.received_at.date():
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "The purchase or completion date cannot be in the future."),
                field="purchase_date",
            )
        )
    return errors


def proposed_department(cause_category: str) -> int | None:
    """R2.1: the id of the department the cause category routes to (None for 'other')."""
    route = CauseRoute.get_or_none(CauseRoute.cause_category == cause_category)
    if route is None or route.department is None or route.department.retired:
        return None
    return route.department_id


def open_similar(site_id: int, work_category: str, exclude_id: int | None = None) -> list[Ticket]:
    """R1.4/R4.7: open tickets of the same site and category (a likely repeat)."""
    if not site_id or not work_category:
        return []
    q = Ticket.select().where(
        (Ticket.site == site_id)
        & (Ticket.work_category == work_category)
        & (Ticket.status.in_(list(workflow.OPEN_STATES)))
    )
    if exclude_id:
        q = q.where(Ticket.id != exclude_id)
    return list(q.order_by(Ticket.received_at))


def recent_repair(site_id: int, work_category: str, received_at: datetime) -> Ticket | None:
    """R4.7: the latest repair of the same site and category completed within the repeat window.

    Only completed repairs are a base — not complaints, consultations or tickets still open (a
    call about an open job is a reminder, R1.7). The window is calendar days counted by date: a
    repair completed on 1 September is a base for calls up to 30 November (day 90) at any hour.
    """
    if not site_id or not work_category:
        return None
    days = int(settings.get(settings.REPEAT_WINDOW_DAYS))
    since = datetime.combine(received_at.date() - timedelta(days=days), datetime.min.time())
    return (
        Ticket.select()
        .where(
            (Ticket.site == site_id)
            & (Ticket.kind == "repair")
            & (Ticket.work_category == work_category)
            & (Ticket.completed_at >= since)
            & (Ticket.completed_at <= received_at)
            & Ticket.status.in_([workflow.COMPLETED, workflow.FOLLOWED_UP, workflow.CLOSED])
        )
        .order_by(Ticket.completed_at.desc())
        .first()
    )


def register_ticket(data: TicketInput, now: datetime) -> Registered:
    """Register a contact: all or nothing. Raises ValidationError or RepeatWarning."""
    permissions.require(data.actor_id or data.received_by_id, permissions.REGISTER_TICKET)
    errors = check(data)
    if errors:
        raise ValidationErrors(errors)
    branch = settings.branch()
    if not branch.code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Set up the branch code before registering tickets."), field=None
        )
    if data.site_id and not data.confirmed_repeat:
        similar = open_similar(data.site_id, data.work_category)
        recent = (
            recent_repair(data.site_id, data.work_category, data.received_at)
            if data.kind == "repair"
            else None
        )
        if similar or recent:
            raise RepeatWarning([_similar(t) for t in similar], _similar(recent) if recent else None)
    with db.write_transaction():
        customer_id = data.customer_id or _create_customer(data.new_customer, now)  # type: ignore[arg-type]
        site_id = data.site_id or _create_site(customer_id, data.new_site, now)  # type: ignore[arg-type]
        if data.work_category and data.kind in ("repair", "complaint"):
            _ensure_work_category(site_id, data.work_category)
        department_id = data.department_id
        if department_id is None and data.cause_category:
            department_id = proposed_department(data.cause_category)
        similar = open_similar(site_id, data.work_category) if data.kind == "repair" else []
        # R4.7: only a completed repair is a base for a repeat; an open one of the same category
        # is shown (R1.4) as a likely reminder, not counted as a repeat
        earlier = (
            recent_repair(site_id, data.work_category, data.received_at) if data.kind == "repair" else None
        )
        contact = normalize_phone(data.contact_phone) if data.contact_phone.strip() else ""
        if not contact:
            primary = (
                CustomerPhone.select()
                .where(CustomerPhone.customer == customer_id)
                .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
                .first()
            )
            contact = primary.phone if primary else ""
        ticket = Ticket.create(
            number=numbering.next_ticket_number(branch.code, data.received_at.date()),
            customer=customer_id,
            site=site_id,
            kind=data.kind,
            channel=data.channel,
            contact_phone=contact,
            work_category=data.work_category,
            product_model=data.product_model.strip(),
            purchase_date=data.purchase_date,
            cause_category=data.cause_category,
            department=department_id,
            urgent=data.urgent,
            complex_repair=data.complex_repair,
            major=data.major and data.kind == "complaint",
            problem=data.problem.strip(),
            complaint_about=data.complaint_about.strip() if data.kind == "complaint" else "",
            status=workflow.REGISTERED,
            received_at=data.received_at,
            received_by=data.received_by_id,
            repeat_of=earlier.id if earlier else None,
            created_at=now,
            updated_at=now,
        )
        rows = deadlines.recompute(ticket, now)
        audit.record(
            data.actor_id or data.received_by_id,
            "register",
            "ticket",
            ticket.number,
            now,
            {"kind": (None, ticket.kind), "customer": (None, customer_id), "site": (None, site_id)},
        )
    return Registered(ticket.id, ticket.number, rows, [t.id for t in similar])


def _create_customer(data: CustomerInput, now: datetime) -> int:
    customer = Customer.create(name=data.name.strip(), created_at=now)
    seen: set[str] = set()
    for i, raw in enumerate(p for p in data.phones if p.strip()):
        phone = normalize_phone(raw)
        if phone in seen:
            continue
        seen.add(phone)
        CustomerPhone.create(customer=customer, phone=phone, is_primary=i == 0)
    return customer.id


def _create_site(customer_id: int, data: SiteInput, now: datetime) -> int:
    site = SiteModel.create(
        customer=customer_id,
        address=data.address.strip(),
        district=data.district.strip(),
        contract_no=data.contract_no.strip(),
        project_name=data.project_name.strip(),
        completion_date=data.completion_date,
        created_at=now,
    )
    return site.id


def _ensure_work_category(site_id: int, category: str) -> None:
    SiteWorkCategory.insert(site=site_id, category=category).on_conflict_ignore().execute()


def staff_choices(roles: list[str] | None = None) -> list[tuple[int, str, str]]:
    """(id, name, role) of active staff, for 'received by' and similar pickers."""
    q = Staff.select(Staff.id, Staff.name, Staff.role).where(Staff.active == True)  # noqa: E712
    if roles:
        q = q.where(Staff.role.in_(roles))
    return [(s.id, s.name, s.role) for s in q.order_by(Staff.name)]


def department_choices() -> list[tuple[int, str, str]]:
    """(id, code, name) of departments not retired."""
    q = Department.select().where(Department.retired == False).order_by(Department.id)  # noqa: E712
    return [(d.id, d.code, d.name) for d in q]
