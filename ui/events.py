"""The small bus widgets talk through (signals carry ids or nothing, never widgets)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EventBus(QObject):
    tickets_changed = Signal()  # tickets or their deadlines changed elsewhere: lists reload
    staff_changed = Signal()  # the roster changed: pickers and lanes reload
    settings_changed = Signal()  # office settings changed
    new_ticket_for_site = Signal(int)  # site id: open intake with that customer and site


_bus: EventBus | None = None


def bus() -> EventBus:
    global _bus
    if _bus is None:
        _bus = EventBus()
    return _bus
