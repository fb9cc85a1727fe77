"""How forms write values: dates, money, warranty status, labels of codes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app import warranty as w
from app.errors import QT_TRANSLATE_NOOP
from app.labels import label

_SOURCES = {
    w.STATUTORY: QT_TRANSLATE_NOOP("forms", "statutory term"),
    w.CONTRACT: QT_TRANSLATE_NOOP("forms", "contract term"),
    w.PRODUCT: QT_TRANSLATE_NOOP("forms", "product term"),
    w.REPAIR: QT_TRANSLATE_NOOP("forms", "repair warranty"),
}


def d(value: date | None) -> str:
    if value is None:
        return ""
    return f"{value:%Y-%m-%d %H:%M}" if isinstance(value, datetime) else f"{value:%Y-%m-%d}"


def money(value: Decimal | float | None) -> str:
    return "" if value is None else f"{Decimal(value):,.2f}"


def code(translate, group: str, value: str) -> str:
    return label(translate, group, value) if value else ""


def warranty_text(translate, coverage: w.Coverage | None) -> str:
    """R5: in or out of warranty, until/since when, on what term."""
    if coverage is None or not coverage.known:
        return translate("forms", "Unknown: no start date or term recorded")
    source = translate("forms", _SOURCES.get(coverage.source, coverage.source))
    if coverage.in_warranty:
        return translate("forms", "In warranty until {end} ({source}, {days} days left)").format(
            end=d(coverage.end), source=source, days=coverage.days_left
        )
    if coverage.today < coverage.start:
        return translate("forms", "Not yet started: from {start}").format(start=d(coverage.start))
    return translate("forms", "Out of warranty since {end} ({source})").format(
        end=d(coverage.end), source=source
    )
