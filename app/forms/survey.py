"""R9 / R7.1: the blank satisfaction survey 售后服务满意度检查表 (optionally for one ticket)."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP
from app.forms.page import Field, Page
from app.models import Customer, Ticket

TITLE = QT_TRANSLATE_NOOP("forms", "Satisfaction survey")
SCALE = ("5", "4", "3", "2", "1")


def draw(page: Page, ticket: Ticket | None, customer: Customer | None, branch: str, number: str) -> None:
    translate = page.tr
    page.header(branch, translate("forms", TITLE), number, ticket.number if ticket else number)
    page.grid(
        [
            Field(translate("forms", "Ticket no."), ticket.number if ticket else ""),
            Field(translate("forms", "Customer"), customer.name if customer else ""),
            Field(translate("forms", "Service date"), ""),
            Field(translate("forms", "Technician"), ""),
        ]
    )
    page.section(translate("forms", "Please rate our service (5 = very satisfied, 1 = very dissatisfied)"))
    page.rating_boxes(
        [
            (translate("forms", "Service attitude"), None),
            (translate("forms", "Quality of work"), None),
            (translate("forms", "Timeliness"), None),
            (translate("forms", "Cleanliness of the site"), None),
            (translate("forms", "Explanation of the work"), None),
        ],
        SCALE,
    )
    page.lines_to_write(translate("forms", "Did the technician ask for money or gifts? (yes / no)"), 1)
    page.lines_to_write(translate("forms", "Your comments and suggestions"), 5)
    page.signatures([translate("forms", "Customer")], translate("forms", "Date"))
    page.footer(translate("forms", "Thank you. Your answers are used only to improve our service."))
