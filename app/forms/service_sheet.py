"""R9 / R4.4–R4.6: the service report sheet 售后服务报告单, one page per work order."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP
from app.forms.page import Field, Page
from app.forms.records import OrderRecord
from app.forms.text import code, d, money, warranty_text
from app.phones import format_phone, mask_phone

TITLE = QT_TRANSLATE_NOOP("forms", "Service report sheet")
SCALE = ("5", "4", "3", "2", "1")


def draw(page: Page, rec: OrderRecord, branch: str, mask_phones: bool = False) -> None:
    translate = page.tr
    o, tk, site = rec.order, rec.ticket, rec.site
    page.header(branch, translate("forms", TITLE), rec.document_no, tk.number)
    phone = mask_phone(rec.phone) if mask_phones else format_phone(rec.phone)
    page.grid(
        [
            Field(translate("forms", "Ticket no."), tk.number),
            Field(translate("forms", "Received at"), d(tk.received_at)),
            Field(translate("forms", "Customer"), rec.customer.name),
            Field(translate("forms", "Phone"), phone),
            Field(translate("forms", "Site address"), site.address if site else "", span=2),
            Field(translate("forms", "Contract no."), site.contract_no if site else ""),
            Field(translate("forms", "Category"), code(translate, "category", tk.work_category)),
            Field(translate("forms", "Warranty status"), warranty_text(translate, rec.coverage), span=2),
        ]
    )
    page.section(translate("forms", "Problem and work"))
    page.grid(
        [
            Field(translate("forms", "Problem reported"), tk.problem, span=2, lines=2),
            Field(translate("forms", "Diagnosis"), o.diagnosis, span=2, lines=2),
            Field(translate("forms", "Work done"), o.work_done, span=2, lines=2),
        ]
    )
    page.section(translate("forms", "Parts and charges"))
    rows = [[p.name, f"{p.quantity:g}", money(p.unit_cost), money(p.amount)] for p in rec.parts[:8]]
    rows.append([translate("forms", "Labour"), "", "", money(rec.labour)])
    page.table(
        [
            translate("forms", "Part or material"),
            translate("forms", "Quantity"),
            translate("forms", "Unit cost"),
            translate("forms", "Amount"),
        ],
        rows,
        (0.52, 0.14, 0.16, 0.18),
        right_aligned=True,
    )
    paid = o.charged
    page.grid(
        [
            Field(translate("forms", "Total cost"), money(rec.parts_total + rec.labour)),
            Field(
                translate("forms", "Service"),
                translate("forms", "Paid service") if paid else translate("forms", "Free repair in warranty"),
            ),
            Field(
                translate("forms", "Charged to customer"),
                money(
                    o.quote_amount
                    if paid and o.quote_amount is not None
                    else (rec.parts_total + rec.labour if paid else 0)
                ),
            ),
            Field(translate("forms", "Customer consent at"), d(o.customer_consent_at)),
        ],
        columns=4,
    )
    page.section(translate("forms", "Technician and times"))
    page.grid(
        [
            Field(translate("forms", "Technicians"), translate("forms", ", ").join(rec.technicians)),
            Field(
                translate("forms", "Appointment"),
                f"{d(o.window_start)} – {o.window_end:%H:%M}" if o.window_end else d(o.window_start),
            ),
            Field(translate("forms", "Arrived at"), d(o.arrived_at)),
            Field(translate("forms", "Finished at"), d(o.finished_at)),
        ],
        columns=4,
    )
    page.section(translate("forms", "Customer satisfaction (5 = very satisfied)"))
    r = rec.rating
    page.rating_boxes(
        [
            (translate("forms", "Service attitude"), r.attitude if r else None),
            (translate("forms", "Quality of work"), r.quality if r else None),
            (translate("forms", "Timeliness"), r.timeliness if r else None),
        ],
        SCALE,
    )
    page.lines_to_write(translate("forms", "Customer comments"), 1, r.comment if r else "")
    accepted = {True: translate("forms", "Accepted"), False: translate("forms", "Not accepted"), None: ""}[
        o.accepted
    ]
    page.y -= 4
    page.grid(
        [
            Field(translate("forms", "Acceptance"), f"{accepted} {o.acceptance_signer}".strip()),
            Field(translate("forms", "Accepted at"), d(o.accepted_at)),
        ]
    )
    page.signatures(
        [translate("forms", "Technician"), translate("forms", "Customer")], translate("forms", "Date")
    )
    page.footer(translate("forms", "Keep this sheet with the work order; it is needed to close the order."))
