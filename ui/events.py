"""Change notices: how every screen learns that something it shows has changed.

One notice, `bus().changed(kinds, local)`: `kinds` is a frozenset of the words below (what
changed), `local` is True when this desk made the change and False when another desk did
(PostgreSQL LISTEN/NOTIFY or a poll publishes those with `local=False`, so a desk never
re-announces what it heard).

Publishing: an operation that wrote publishes what it changed — `ui/operations.run_op(...,
changes={TICKETS})` does it on success; code outside an operation calls `publish({...})`.

Listening: a screen says which kinds it shows and what to do then,

    events.subscribe(self, {events.TICKETS, events.ORDERS}, self.reload)

and never calls another screen's refresh. The subscription lives as long as `self` (a child
QObject carries it, so a closed dialog stops listening). The slot runs once per notice, however
many of its kinds the notice names.

`new_ticket_for_site(site_id)` is a request, not a notice: the warranty counter asks the window
to open Intake with that customer and site filled in. Signals carry ids or kinds, never widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal, Slot

TICKETS = "tickets"  # tickets, their states and deadlines (R3 clocks)
ORDERS = "orders"  # work orders: assignments, visits, acceptance, pauses
FOLLOW_UPS = "follow_ups"  # return visits and their attempts
CUSTOMERS = "customers"  # customers, their phones and sites (imports, intake)
WARRANTY = "warranty"  # products, contract terms, patrols, reminders
STAFF = "staff"  # the roster, departments, who may do what
SETTINGS = "settings"  # office settings, time limits, the branch
CALENDAR = "calendar"  # the working-day calendar (every deadline may move)
APPRAISAL = "appraisal"  # incidents, training, monthly appraisals

KINDS = frozenset({TICKETS, ORDERS, FOLLOW_UPS, CUSTOMERS, WARRANTY, STAFF, SETTINGS, CALENDAR, APPRAISAL})
EVERYTHING = KINDS  # a restored backup or another database: every screen reloads


class EventBus(QObject):
    changed = Signal(object, bool)  # frozenset of kinds, made at this desk
    new_ticket_for_site = Signal(int)  # site id: open intake with that customer and site


_bus: EventBus | None = None


def bus() -> EventBus:
    global _bus
    if _bus is None:
        _bus = EventBus()
    return _bus


def publish(kinds: Iterable[str], local: bool = True) -> None:
    """Tell every screen that these kinds of things changed (unknown words are a bug)."""
    kinds = frozenset(kinds)
    unknown = kinds - KINDS
    if unknown:
        raise ValueError(f"unknown change kinds: {sorted(unknown)}")
    if kinds:
        bus().changed.emit(kinds, local)


class _Subscription(QObject):
    """Carries one screen's interest; dies with the screen (it is the screen's child)."""

    def __init__(self, owner: QObject, kinds: frozenset[str], slot: Callable[[], object]) -> None:
        super().__init__(owner)
        self._kinds, self._slot = kinds, slot
        bus().changed.connect(self._on_changed)

    @Slot(object, bool)
    def _on_changed(self, kinds: frozenset[str], _local: bool) -> None:
        if kinds & self._kinds:
            self._slot()


def subscribe(owner: QObject, kinds: Iterable[str], slot: Callable[[], object]) -> QObject:
    """Call `slot()` whenever a notice names one of `kinds`, for as long as `owner` lives."""
    kinds = frozenset(kinds)
    if kinds - KINDS:
        raise ValueError(f"unknown change kinds: {sorted(kinds - KINDS)}")
    return _Subscription(owner, kinds, slot)
