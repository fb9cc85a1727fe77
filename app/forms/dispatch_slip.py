"""R9 / R4.1: the dispatch slip 派工单 the technician takes to the site."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP
from app.forms.page import Field, Page
from app.forms.records import OrderRecord
from app.forms.text import code, d, warranty_text
from app.phones import format_phone, mask_phone

TITLE = QT_TRANSLATE_NOOP("forms", "Dispatch slip")


def draw(page: Page, rec: OrderRecord, branch: str, mask_phones: bool = False) -> None:
    translate = page.tr
    o, tk, site = rec.order, rec.ticket, rec.site
    page.header(branch, translate("forms", TITLE), rec.document_no, tk.number)
    page.grid(
        [
            Field(translate("forms", "Ticket no."), tk.number),
            Field(
                translate("forms", "Kind"),
                code(translate, "kind", tk.kind)
                + (" · " + translate("forms", "URGENT") if tk.urgent else ""),
            ),
            Field(
                translate("forms", "Appointment"),
                f"{d(o.window_start)} – {o.window_end:%H:%M}" if o.window_end else d(o.window_start),
            ),
            Field(translate("forms", "Technicians"), translate("forms", ", ").join(rec.technicians)),
            Field(translate("forms", "Customer"), rec.customer.name),
            Field(
                translate("forms", "Phone"), mask_phone(rec.phone) if mask_phones else format_phone(rec.phone)
            ),
            Field(translate("forms", "Site address"), site.address if site else "", span=2),
            Field(translate("forms", "Category"), code(translate, "category", tk.work_category)),
            Field(translate("forms", "Product model"), tk.product_model),
            Field(translate("forms", "Warranty status"), warranty_text(translate, rec.coverage), span=2),
            Field(translate("forms", "Problem reported"), tk.problem, span=2, lines=3),
            Field(translate("forms", "Dispatched by"), rec.dispatched_by),
            Field(translate("forms", "Dispatched at"), d(o.created_at)),
        ]
    )
    page.section(translate("forms", "On site"))
    page.grid(
        [
            Field(translate("forms", "Arrived at"), d(o.arrived_at)),
            Field(translate("forms", "Finished at"), d(o.finished_at)),
            Field(translate("forms", "Diagnosis"), o.diagnosis, span=2, lines=3),
            Field(translate("forms", "Work done"), o.work_done, span=2, lines=3),
        ]
    )
    page.lines_to_write(
        translate("forms", "Paid work or a change of scope needs the customer's consent first:"), 2
    )
    page.signatures(
        [translate("forms", "Technician"), translate("forms", "Customer")], translate("forms", "Date")
    )
    page.footer(translate("forms", "Return this slip to the supervisor with the service report sheet."))
