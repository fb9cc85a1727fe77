"""R9 / R4.4–R4.6: the service report sheet 售后服务报告单, one page per work order."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP as N
from app.forms.page import Field, Page
from app.forms.records import OrderRecord
from app.forms.text import code, d, money, warranty_text
from app.phones import format_phone, mask_phone

TITLE = N("forms", "Service report sheet")
OFFICIAL = "售后服务报告单"
SCALE = ("5", "4", "3", "2", "1")


def draw(page: Page, rec: OrderRecord, branch: str, mask_phones: bool = False) -> None:
    t, tr = page.t, page.tr
    o, tk, site = rec.order, rec.ticket, rec.site
    page.header(branch, t(TITLE), OFFICIAL, rec.document_no, tk.number)
    phone = mask_phone(rec.phone) if mask_phones else format_phone(rec.phone)
    page.grid(
        [
            Field(t("Ticket no."), tk.number),
            Field(t("Received at"), d(tk.received_at)),
            Field(t("Customer"), rec.customer.name),
            Field(t("Phone"), phone),
            Field(t("Site address"), site.address if site else "", span=2),
            Field(t("Contract no."), site.contract_no if site else ""),
            Field(t("Category"), code(tr, "category", tk.work_category)),
            Field(t("Warranty status"), warranty_text(tr, rec.coverage), span=2),
        ]
    )
    page.section(t("Problem and work"))
    page.grid(
        [
            Field(t("Problem reported"), tk.problem, span=2, lines=2),
            Field(t("Diagnosis"), o.diagnosis, span=2, lines=2),
            Field(t("Work done"), o.work_done, span=2, lines=2),
        ]
    )
    page.section(t("Parts and charges"))
    rows = [[p.name, f"{p.quantity:g}", money(p.unit_cost), money(p.amount)] for p in rec.parts[:8]]
    rows.append([t("Labour"), "", "", money(rec.labour)])
    page.table(
        [t("Part or material"), t("Quantity"), t("Unit cost"), t("Amount")],
        rows,
        (0.52, 0.14, 0.16, 0.18),
        right_aligned=True,
    )
    paid = o.charged
    page.grid(
        [
            Field(t("Total cost"), money(rec.parts_total + rec.labour)),
            Field(
                t("Service"),
                t("Paid service") if paid else t("Free repair in warranty"),
            ),
            Field(
                t("Charged to customer"),
                money(
                    o.quote_amount
                    if paid and o.quote_amount is not None
                    else (rec.parts_total + rec.labour if paid else 0)
                ),
            ),
            Field(t("Customer consent at"), d(o.customer_consent_at)),
        ],
        columns=4,
    )
    page.section(t("Technician and times"))
    page.grid(
        [
            Field(t("Technicians"), "、".join(rec.technicians)),
            Field(
                t("Appointment"),
                f"{d(o.window_start)} – {o.window_end:%H:%M}" if o.window_end else d(o.window_start),
            ),
            Field(t("Arrived at"), d(o.arrived_at)),
            Field(t("Finished at"), d(o.finished_at)),
        ],
        columns=4,
    )
    page.section(t("Customer satisfaction (5 = very satisfied)"))
    r = rec.rating
    page.rating_boxes(
        [
            (t("Service attitude"), r.attitude if r else None),
            (t("Quality of work"), r.quality if r else None),
            (t("Timeliness"), r.timeliness if r else None),
        ],
        SCALE,
    )
    page.lines_to_write(t("Customer comments"), 1, r.comment if r else "")
    accepted = {True: t("Accepted"), False: t("Not accepted"), None: ""}[o.accepted]
    page.y -= 4
    page.grid(
        [
            Field(t("Acceptance (R4.5)"), f"{accepted} {o.acceptance_signer}".strip()),
            Field(t("Accepted at"), d(o.accepted_at)),
        ]
    )
    page.signatures([t("Technician"), t("Customer")], t("Date"))
    page.footer(t("Keep this sheet with the work order; it is needed to close the order (R4.6)."))
