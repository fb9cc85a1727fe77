"""R9 / R5: the warranty service card 维修服务卡 handed to the customer at project handover."""

from __future__ import annotations

from datetime import date

from app.errors import QT_TRANSLATE_NOOP
from app.forms.page import Field, Page
from app.forms.text import code, d
from app.models import Customer, Site
from app.services import settings
from app.services.warranty_status import category_warranties, product_warranties

TITLE = QT_TRANSLATE_NOOP("forms", "Warranty service card")


def document_no(branch_code: str, site: Site) -> str:
    return f"{branch_code}-BX-{site.id:06d}"


def draw(page: Page, site: Site, customer: Customer, today: date, branch: settings.Branch) -> None:
    translate = page.tr
    number = document_no(branch.code, site)
    page.header(branch.name or branch.code, translate("forms", TITLE), number, number)
    page.grid(
        [
            Field(translate("forms", "Customer"), customer.name),
            Field(translate("forms", "Contract no."), site.contract_no),
            Field(translate("forms", "Project"), site.project_name),
            Field(translate("forms", "Completion acceptance date"), d(site.completion_date)),
            Field(translate("forms", "Site address"), site.address, span=2),
        ]
    )
    page.section(translate("forms", "Warranty by work category (from the completion acceptance date)"))
    rows = []
    for cw in category_warranties(site, today):
        cov = cw.term
        rows.append([code(translate, "category", cw.category), d(cov.start), d(cov.end)])
    page.table(
        [translate("forms", "Work category"), translate("forms", "From"), translate("forms", "Until")],
        rows or [["", "", ""]],
        (0.5, 0.25, 0.25),
    )
    products = product_warranties(site.id, today)
    if products:
        page.section(translate("forms", "Installed products"))
        page.table(
            [
                translate("forms", "Product"),
                translate("forms", "Model"),
                translate("forms", "Serial no."),
                translate("forms", "Until"),
            ],
            [[p.product, p.model, p.serial, d(p.coverage.end)] for p in products[:10]],
            (0.3, 0.25, 0.25, 0.2),
            right_aligned=False,
        )
    page.section(translate("forms", "Our promise"))
    page.lines_to_write(
        "",
        0,
        translate(
            "forms",
            "A quality problem in warranty is repaired free of charge, materials included. "
            "Damage caused by use or by others, and problems after the warranty, are repaired "
            "for a fee agreed with you before work starts. Every repair carries its own warranty "
            "of at least 30 days. We contact you within 24 hours of your call; urgent problems "
            "(leaks near electrics, gas, falling parts, no water or power) at once.",
        ),
    )
    page.grid(
        [
            Field(translate("forms", "Service phone"), branch.phone),
            Field(translate("forms", "Service address"), branch.address),
        ]
    )
    page.signatures(
        [translate("forms", "Handed over by"), translate("forms", "Customer")], translate("forms", "Date")
    )
    page.footer(translate("forms", "Keep this card: quote its number when you call us."))
