"""What a register is: a name, its columns, and the query that yields its rows for a period."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.registers.period import Period
from app.registers.writer import Column, Options, Progress, SheetResult


@dataclass(frozen=True)
class Register:
    code: str  # the name on the command line: intake, complaints, …
    name: str  # English source text, context "registers" (also the sheet name)
    columns: tuple[Column, ...] = ()
    rows: Callable[[Period], Iterable[Sequence[Any]]] | None = None
    count: Callable[[Period], int] | None = None
    # A register with its own layout (the complaint analysis) writes its sheet itself.
    write: Callable[[Any, str, Period, Options, Progress | None], SheetResult] | None = None


def between(field, period: Period):
    """A datetime column inside the period."""
    return (field >= period.start) & (field < period.end)


def on_days(field, period: Period):
    """A date column inside the period."""
    return (field >= period.first) & (field <= period.last)
