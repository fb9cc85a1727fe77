"""R9 / R7.1: the blank satisfaction survey 售后服务满意度检查表 (optionally for one ticket)."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP as N
from app.forms.page import Field, Page
from app.models import Customer, Ticket

TITLE = N("forms", "Satisfaction survey")
OFFICIAL = "售后服务满意度检查表"
SCALE = ("5", "4", "3", "2", "1")


def draw(page: Page, ticket: Ticket | None, customer: Customer | None, branch: str, number: str) -> None:
    t = page.t
    page.header(branch, t(TITLE), OFFICIAL, number, ticket.number if ticket else number)
    page.grid(
        [
            Field(t("Ticket no."), ticket.number if ticket else ""),
            Field(t("Customer"), customer.name if customer else ""),
            Field(t("Service date"), ""),
            Field(t("Technician"), ""),
        ]
    )
    page.section(t("Please rate our service (5 = very satisfied, 1 = very dissatisfied)"))
    page.rating_boxes(
        [
            (t("Service attitude"), None),
            (t("Quality of work"), None),
            (t("Timeliness"), None),
            (t("Cleanliness of the site"), None),
            (t("Explanation of the work"), None),
        ],
        SCALE,
    )
    page.lines_to_write(t("Did the technician ask for money or gifts? (yes / no)"), 1)
    page.lines_to_write(t("Your comments and suggestions"), 5)
    page.signatures([t("Customer")], t("Date"))
    page.footer(t("Thank you. Your answers are used only to improve our service."))
