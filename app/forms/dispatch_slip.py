"""R9 / R4.1: the dispatch slip 派工单 the technician takes to the site."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP as N
from app.forms.page import Field, Page
from app.forms.records import OrderRecord
from app.forms.text import code, d, warranty_text
from app.phones import format_phone, mask_phone

TITLE = N("forms", "Dispatch slip")
OFFICIAL = "派工单"


def draw(page: Page, rec: OrderRecord, branch: str, mask_phones: bool = False) -> None:
    t, tr = page.t, page.tr
    o, tk, site = rec.order, rec.ticket, rec.site
    page.header(branch, t(TITLE), OFFICIAL, rec.document_no, tk.number)
    page.grid(
        [
            Field(t("Ticket no."), tk.number),
            Field(t("Kind"), code(tr, "kind", tk.kind) + (" · " + t("URGENT") if tk.urgent else "")),
            Field(
                t("Appointment"),
                f"{d(o.window_start)} – {o.window_end:%H:%M}" if o.window_end else d(o.window_start),
            ),
            Field(t("Technicians"), "、".join(rec.technicians)),
            Field(t("Customer"), rec.customer.name),
            Field(t("Phone"), mask_phone(rec.phone) if mask_phones else format_phone(rec.phone)),
            Field(t("Site address"), site.address if site else "", span=2),
            Field(t("Category"), code(tr, "category", tk.work_category)),
            Field(t("Product model"), tk.product_model),
            Field(t("Warranty status"), warranty_text(tr, rec.coverage), span=2),
            Field(t("Problem reported"), tk.problem, span=2, lines=3),
            Field(t("Dispatched by"), rec.dispatched_by),
            Field(t("Dispatched at"), d(o.created_at)),
        ]
    )
    page.section(t("On site"))
    page.grid(
        [
            Field(t("Arrived at"), d(o.arrived_at)),
            Field(t("Finished at"), d(o.finished_at)),
            Field(t("Diagnosis"), o.diagnosis, span=2, lines=3),
            Field(t("Work done"), o.work_done, span=2, lines=3),
        ]
    )
    page.lines_to_write(
        t("Paid work or a change of scope needs the customer's consent first (R4.4, R5.4):"), 2
    )
    page.signatures([t("Technician"), t("Customer")], t("Date"))
    page.footer(t("Return this slip to the supervisor with the service report sheet."))
