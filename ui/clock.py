"""The one place the UI reads the system clock (tests replace `now`)."""

from __future__ import annotations

from datetime import datetime


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
