"""Column definitions of the warranty tab's tables (headers follow the UI language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app import warranty as w
from app.services import warranty_status as status
from ui import labels
from ui.formatting import date_text, datetime_text, names_text
from ui.row_table_model import Column

IN_COLOR = QColor("#dff3e3")
OUT_COLOR = QColor("#fde2e1")
UNKNOWN_COLOR = QColor("#eeeeee")


def badge(c: w.Coverage) -> str:
    if not c.known:
        return QCoreApplication.translate("warranty", "No term recorded")
    if c.in_warranty:
        return QCoreApplication.translate("warranty", "IN WARRANTY")
    return QCoreApplication.translate("warranty", "EXPIRED")


def badge_color(c: w.Coverage) -> QColor:
    if not c.known:
        return UNKNOWN_COLOR
    return IN_COLOR if c.in_warranty else OUT_COLOR


def days_text(c: w.Coverage) -> str:
    days = c.days_left
    if days is None:
        return ""
    if days == 0:
        return QCoreApplication.translate("warranty", "last day today")
    if days > 0:
        return QCoreApplication.translate("warranty", "%n day(s) left", "", days)
    return QCoreApplication.translate("warranty", "ended %n day(s) ago", "", -days)


def source_text(c: w.Coverage) -> str:
    return {
        w.STATUTORY: QCoreApplication.translate("warranty", "Office default"),
        w.CONTRACT: QCoreApplication.translate("warranty", "Contract"),
        w.PRODUCT: QCoreApplication.translate("warranty", "Product contract"),
        w.REPAIR: QCoreApplication.translate("warranty", "Repair warranty"),
        w.UNKNOWN: "",
    }[c.source]


def category_columns() -> list[Column]:
    eff = lambda r: r.effective  # noqa: E731
    return [
        Column(
            lambda: QCoreApplication.translate("warranty", "Work category"),
            lambda r: labels.label("category", r.category),
        ),
        Column(
            lambda: QCoreApplication.translate("warranty", "Status"),
            lambda r: badge(eff(r)),
            lambda r: badge_color(eff(r)),
            lambda r: True,
        ),
        Column(lambda: QCoreApplication.translate("warranty", "Starts"), lambda r: date_text(eff(r).start)),
        Column(lambda: QCoreApplication.translate("warranty", "Ends"), lambda r: date_text(eff(r).end)),
        Column(
            lambda: QCoreApplication.translate("warranty", "Days"),
            lambda r: days_text(eff(r)),
            sort_key=lambda r: eff(r).days_left,
        ),
        Column(lambda: QCoreApplication.translate("warranty", "Decided by"), lambda r: source_text(eff(r))),
        Column(
            lambda: QCoreApplication.translate("warranty", "Category term"),
            lambda r: (
                f"{date_text(r.term.start)} – {date_text(r.term.end)}  {source_text(r.term)}"
                if r.repair
                else ""
            ),
        ),
    ]


def product_columns() -> list[Column]:
    return [
        Column(lambda: QCoreApplication.translate("warranty", "Product"), lambda p: p.product),
        Column(lambda: QCoreApplication.translate("warranty", "Model"), lambda p: p.model),
        Column(lambda: QCoreApplication.translate("warranty", "Serial no."), lambda p: p.serial),
        Column(
            lambda: QCoreApplication.translate("warranty", "Status"),
            lambda p: badge(p.coverage),
            lambda p: badge_color(p.coverage),
            lambda p: True,
        ),
        Column(lambda: QCoreApplication.translate("warranty", "Ends"), lambda p: date_text(p.coverage.end)),
        Column(lambda: QCoreApplication.translate("warranty", "Days"), lambda p: days_text(p.coverage)),
        Column(
            lambda: QCoreApplication.translate("warranty", "Replaced units"),
            lambda p: ", ".join(p.replaced_serials),
        ),
    ]


def history_columns() -> list[Column]:
    def charge(r: status.HistoryRow) -> str:
        if r.charged is None:
            return ""
        return (
            QCoreApplication.translate("warranty", "Charged")
            if r.charged
            else QCoreApplication.translate("warranty", "Free")
        )

    return [
        Column(
            lambda: QCoreApplication.translate("warranty", "Received"),
            lambda r: datetime_text(r.received_at),
            sort_key=lambda r: r.received_at,
        ),
        Column(lambda: QCoreApplication.translate("warranty", "Ticket no."), lambda r: r.number),
        Column(
            lambda: QCoreApplication.translate("warranty", "Kind"), lambda r: labels.label("kind", r.kind)
        ),
        Column(
            lambda: QCoreApplication.translate("warranty", "Category"),
            lambda r: labels.label("category", r.category) if r.category else "",
        ),
        Column(lambda: QCoreApplication.translate("warranty", "Problem"), lambda r: r.problem),
        Column(
            lambda: QCoreApplication.translate("warranty", "State"),
            lambda r: labels.label("status", r.status),
        ),
        Column(lambda: QCoreApplication.translate("warranty", "Result"), lambda r: r.result),
        Column(lambda: QCoreApplication.translate("warranty", "Charge"), charge),
        Column(
            lambda: QCoreApplication.translate("warranty", "Technicians"), lambda r: names_text(r.technicians)
        ),
        Column(
            lambda: QCoreApplication.translate("warranty", "Repeat"),
            lambda r: QCoreApplication.translate("warranty", "repeat repair") if r.repeat else "",
            lambda r: OUT_COLOR if r.repeat else None,
        ),
    ]


def patrol_columns() -> list[Column]:
    return [
        Column(lambda: QCoreApplication.translate("warranty", "Date"), lambda p: date_text(p.day)),
        Column(
            lambda: QCoreApplication.translate("warranty", "Inspector"),
            lambda p: p.inspector,
        ),
        Column(lambda: QCoreApplication.translate("warranty", "Findings"), lambda p: p.findings),
        Column(lambda: QCoreApplication.translate("warranty", "Ticket opened"), lambda p: p.ticket_number),
    ]


def reminder_columns() -> list[Column]:
    def days(r: status.Reminder) -> str:
        if r.days_left == 0:
            return QCoreApplication.translate("warranty", "last day today")
        if r.days_left > 0:
            return QCoreApplication.translate("warranty", "%n day(s) left", "", r.days_left)
        return QCoreApplication.translate("warranty", "ended %n day(s) ago", "", -r.days_left)

    return [
        Column(
            lambda: QCoreApplication.translate("warranty", "Ends"),
            lambda r: date_text(r.end),
            sort_key=lambda r: r.end,
        ),
        Column(lambda: QCoreApplication.translate("warranty", "Days"), days, sort_key=lambda r: r.days_left),
        Column(lambda: QCoreApplication.translate("warranty", "Customer"), lambda r: r.customer),
        Column(lambda: QCoreApplication.translate("warranty", "Site"), lambda r: r.address),
        Column(
            lambda: QCoreApplication.translate("warranty", "Work category"),
            lambda r: labels.label("category", r.category),
        ),
    ]
