"""One path for every user action that writes: widget → operation → service → change notice.

    done = operations.run_op(
        self,                                        # the widget the action came from
        lambda op: intake.register_ticket(data, op.now),
        clock=self._clock, actor=self._staff_id,     # supplies op.now (read once) and op.actor
        changes={events.TICKETS, events.CUSTOMERS},  # published when the service succeeded
        on_invalid=self.show_errors,                 # ValidationError(s) → the named fields
    )
    if done:
        use(done.value)

What `run_op` does with the outcome:
- success: publishes `changes` on the bus (ui/events.py), so every screen showing those things
  reloads itself; returns `Done(value)` (truthy). No widget calls another widget's refresh.
- `ValidationError` / `ValidationErrors` (bad input, a refused role): `on_invalid(problems)`
  marks the fields; without it, one warning box with the message(s). Returns None.
- a locked, lost, full or failing database: "Not saved" with why and what to do (a lost
  connection is dropped, so the next try reconnects). Returns None.
- anything else (a defect): the error dialog (details to copy) and the log file. Returns None.

`expect` names exceptions the caller handles itself (e.g. intake's RepeatWarning, a question to
the person, not an error): they are raised out of run_op unchanged and nothing is published.

`run_op` runs the service on the GUI thread: every service call that writes one record takes a
few milliseconds. Work that may take seconds (exports, imports, backups) goes through
`ui/background.py` instead, which hands the result or the real exception back on the GUI thread
— and can hand its outcome to `report_failure` for the same messages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app import db
from app.errors import ValidationError, problems_of
from ui import events, msgbox
from ui.error_dialog import is_place_error, show_error, summary_of
from ui.errors import problems_text

T = TypeVar("T")
log = logging.getLogger("service_office.operations")


@dataclass(frozen=True)
class Op:
    """What the operation's service call gets from the desk."""

    now: datetime  # read once from the desk's clock, so one action has one time
    actor: int | None  # the signed-in member of staff


@dataclass(frozen=True)
class Done(Generic[T]):
    """A successful operation's result (always truthy, even when the value is None or 0)."""

    value: T

    def __bool__(self) -> bool:
        return True


def database_failure_text(kind: str) -> str:
    """Why nothing was saved and what to do, for a database failure of `kind` (app.db)."""
    if kind == db.LOCKED:
        return QCoreApplication.translate(
            "operations",
            "Nothing was saved: the office database is busy (another desk is saving or a backup is "
            "running). Wait a moment and try again.",
        )
    if kind == db.LOST:
        return QCoreApplication.translate(
            "operations",
            "Nothing was saved: the connection to the office database was lost. Check the network "
            "or that the database server is running, then try again.",
        )
    if kind == db.FULL:
        return QCoreApplication.translate(
            "operations",
            "Nothing was saved: the disk holding the office database is full. Free some space, "
            "then try again.",
        )
    return QCoreApplication.translate(
        "operations",
        "Nothing was saved: the office database could not be written (a disk or file problem). "
        "Try again; if it keeps failing, restore the latest backup or call IT.",
    )


def report_failure(
    parent: QWidget | None,
    exc: BaseException,
    on_invalid: Callable[[list[ValidationError]], object] | None = None,
    title: str | None = None,
) -> None:
    """Show `exc` the way the office understands it (see the module docstring)."""
    if isinstance(exc, ValidationError):
        problems = problems_of(exc)
        if on_invalid is not None:
            on_invalid(problems)
        else:
            msgbox.warning(
                parent,
                title or QCoreApplication.translate("operations", "Not saved"),
                problems_text(problems),
            )
        return
    kind = db.failure_kind(exc)
    if kind is not None:
        log.warning("database %s: %s", kind, exc)
        if kind == db.LOST:
            db.reset_connection()
        msgbox.critical(
            parent,
            title or QCoreApplication.translate("operations", "Not saved"),
            database_failure_text(kind),
        )
        return
    if is_place_error(exc):  # a full disk, a folder that may not be written: one sentence
        log.warning("file: %s", exc)
        msgbox.warning(
            parent, title or QCoreApplication.translate("operations", "Not saved"), summary_of(exc)
        )
        return
    show_error(parent, exc)


def run_op(
    parent: QWidget | None,
    work: Callable[[Op], T],
    *,
    clock: Callable[[], datetime],
    actor: int | None,
    changes: Iterable[str] = (),
    on_invalid: Callable[[list[ValidationError]], object] | None = None,
    title: str | None = None,
    expect: tuple[type[BaseException], ...] = (),
) -> Done[T] | None:
    """Run one user action's service call; see the module docstring."""
    changes = frozenset(changes)
    try:
        value = work(Op(clock(), actor))
    except expect:
        raise
    except Exception as exc:  # every failure reaches the person in words; defects also the log
        report_failure(parent, exc, on_invalid, title)
        return None
    events.publish(changes)
    return Done(value)
