"""R9 / R5: the warranty service card 维修服务卡 handed to the customer at project handover."""

from __future__ import annotations

from datetime import date

from app.errors import QT_TRANSLATE_NOOP as N
from app.forms.page import Field, Page
from app.forms.text import code, d
from app.models import Customer, Site
from app.services import settings
from app.services.warranty_status import category_warranties, product_warranties

TITLE = N("forms", "Warranty service card")
OFFICIAL = "维修服务卡"


def document_no(branch_code: str, site: Site) -> str:
    return f"{branch_code}-BX-{site.id:06d}"


def draw(page: Page, site: Site, customer: Customer, today: date, branch: settings.Branch) -> None:
    t, tr = page.t, page.tr
    number = document_no(branch.code, site)
    page.header(branch.name or branch.code, t(TITLE), OFFICIAL, number, number)
    page.grid(
        [
            Field(t("Customer"), customer.name),
            Field(t("Contract no."), site.contract_no),
            Field(t("Project"), site.project_name),
            Field(t("Completion acceptance date"), d(site.completion_date)),
            Field(t("Site address"), site.address, span=2),
        ]
    )
    page.section(t("Warranty by work category (R5.2: from the completion acceptance date)"))
    rows = []
    for cw in category_warranties(site, today):
        cov = cw.term
        rows.append([code(tr, "category", cw.category), d(cov.start), d(cov.end)])
    page.table([t("Work category"), t("From"), t("Until")], rows or [["", "", ""]], (0.5, 0.25, 0.25))
    products = product_warranties(site.id, today)
    if products:
        page.section(t("Installed products"))
        page.table(
            [t("Product"), t("Model"), t("Serial no."), t("Until")],
            [[p.product, p.model, p.serial, d(p.coverage.end)] for p in products[:10]],
            (0.3, 0.25, 0.25, 0.2),
            right_aligned=False,
        )
    page.section(t("Our promise"))
    page.lines_to_write(
        "",
        0,
        t(
            "A quality problem in warranty is repaired free of charge, materials included. "
            "Damage caused by use or by others, and problems after the warranty, are repaired "
            "for a fee agreed with you before work starts. Every repair carries its own warranty "
            "of at least 30 days. We contact you within 24 hours of your call; urgent problems "
            "(leaks near electrics, gas, falling parts, no water or power) at once."
        ),
    )
    page.grid(
        [
            Field(t("Service phone"), branch.phone),
            Field(t("Service address"), branch.address),
        ]
    )
    page.signatures([t("Handed over by"), t("Customer")], t("Date"))
    page.footer(t("Keep this card: quote its number when you call us."))
