"""R9 printed forms (reportlab, A4): pure functions from records to a PDF file.

    service_sheets([order_id, …], Path("sheets.pdf"), translate, today)   # one page per order
    dispatch_slips([order_id, …], …), survey(…), warranty_card(site_id, …)

Every form carries the branch name, its document number and a QR code of the ticket number;
files are written atomically (app/registers/writer.save_atomically)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from app import db
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.files import save_atomically
from app.forms import dispatch_slip, service_sheet
from app.forms import survey as survey_form
from app.forms import warranty_card as card_form
from app.forms.page import Page, Translate, identity_translate, new_canvas
from app.forms.records import order_records, orders_on
from app.models import Customer, Site, Ticket, WorkOrder
from app.services import audit, settings

Progress = Callable[[int, int], None]
SERVICE_SHEET, DISPATCH_SLIP, SURVEY, WARRANTY_CARD = (
    "service-sheet",
    "dispatch-slip",
    "survey",
    "warranty-card",
)
FORMS = (SERVICE_SHEET, DISPATCH_SLIP, SURVEY, WARRANTY_CARD)

__all__ = ["FORMS", "dispatch_slips", "orders_on", "service_sheets", "survey", "warranty_card"]


def _branch_name() -> str:
    b = settings.branch()
    return b.name or b.code


def _audit(staff_id: int | None, form: str, what: str, path: Path, now: datetime | None, pages: int) -> None:
    if now is None:
        return
    with db.write_transaction():
        audit.record(
            staff_id,
            "print",
            "form",
            what,
            now,
            {"form": (None, form), "file": (None, path.name), "pages": (None, pages)},
        )


def _orders(
    kind: str,
    order_ids: Sequence[int],
    path: Path,
    translate: Translate,
    today: date,
    progress: Progress | None,
    mask_phones: bool,
    now: datetime | None,
    staff_id: int | None,
) -> Path:
    if not order_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There are no work orders to print."))
    module = service_sheet if kind == SERVICE_SHEET else dispatch_slip
    branch = _branch_name()
    title = translate("forms", module.TITLE)
    total = len(order_ids)

    def write(tmp: Path) -> None:
        c = new_canvas(str(tmp), title, branch)
        for i, record in enumerate(order_records(order_ids, today), start=1):
            module.draw(Page(c, translate), record, branch, mask_phones)
            c.showPage()
            if progress is not None:
                progress(i, total)
        c.save()

    save_atomically(Path(path), write, ".pdf")
    first = WorkOrder.get_by_id(order_ids[0]).ticket.number
    _audit(staff_id, kind, first if total == 1 else f"{first} (+{total - 1})", Path(path), now, total)
    return Path(path)


def service_sheets(
    order_ids: Sequence[int],
    path: Path,
    translate: Translate = identity_translate,
    today: date | None = None,
    progress: Progress | None = None,
    mask_phones: bool = False,
    now: datetime | None = None,
    staff_id: int | None = None,
) -> Path:
    """R9: one service report sheet per work order, in one PDF (batch printing)."""
    today = today or (now.date() if now else date.today())
    return _orders(SERVICE_SHEET, order_ids, path, translate, today, progress, mask_phones, now, staff_id)


def dispatch_slips(
    order_ids: Sequence[int],
    path: Path,
    translate: Translate = identity_translate,
    today: date | None = None,
    progress: Progress | None = None,
    mask_phones: bool = False,
    now: datetime | None = None,
    staff_id: int | None = None,
) -> Path:
    today = today or (now.date() if now else date.today())
    return _orders(DISPATCH_SLIP, order_ids, path, translate, today, progress, mask_phones, now, staff_id)


def survey(
    path: Path,
    translate: Translate = identity_translate,
    ticket_id: int | None = None,
    copies: int = 1,
    now: datetime | None = None,
    staff_id: int | None = None,
) -> Path:
    """R7.1: blank satisfaction surveys, optionally pre-filled with a ticket's number and customer."""
    ticket = Ticket.get_or_none(Ticket.id == ticket_id) if ticket_id else None
    customer = Customer.get_by_id(ticket.customer_id) if ticket else None
    branch = _branch_name()
    number = f"{ticket.number}-MY" if ticket else f"{settings.branch().code}-MY"

    def write(tmp: Path) -> None:
        c = new_canvas(str(tmp), translate("forms", survey_form.TITLE), branch)
        for _ in range(max(copies, 1)):
            survey_form.draw(Page(c, translate), ticket, customer, branch, number)
            c.showPage()
        c.save()

    save_atomically(Path(path), write, ".pdf")
    _audit(staff_id, SURVEY, number, Path(path), now, copies)
    return Path(path)


def warranty_card(
    site_id: int,
    path: Path,
    translate: Translate = identity_translate,
    today: date | None = None,
    now: datetime | None = None,
    staff_id: int | None = None,
) -> Path:
    """R9 / R5: the customer's warranty service card for a project (site)."""
    site = Site.get_by_id(site_id)
    customer = Customer.get_by_id(site.customer_id)
    branch = settings.branch()
    today = today or (now.date() if now else date.today())

    def write(tmp: Path) -> None:
        c = new_canvas(str(tmp), translate("forms", card_form.TITLE), branch.name)
        card_form.draw(Page(c, translate), site, customer, today, branch)
        c.showPage()
        c.save()

    save_atomically(Path(path), write, ".pdf")
    _audit(staff_id, WARRANTY_CARD, card_form.document_no(branch.code, site), Path(path), now, 1)
    return Path(path)


def order_for_ticket(number: str) -> int:
    """The latest work order of the ticket with this number (the sheet to print for it)."""
    if not number.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Type the ticket's number first."),
            field="ticket",
        )
    ticket = Ticket.get_or_none(Ticket.number == number.strip())
    if ticket is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No ticket has the number {number}."), field="ticket", number=number
        )
    order = WorkOrder.select().where(WorkOrder.ticket == ticket.id).order_by(WorkOrder.id.desc()).first()
    if order is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Ticket {number} has no work order yet: dispatch it first."),
            field="ticket",
            number=number,
        )
    return order.id
