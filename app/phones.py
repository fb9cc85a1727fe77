"""Phone numbers: normalising what a receptionist types, validating, masking (R10.1).

Numbers are stored as digits only (a landline keeps its area code: 02164001234), so any
way of typing them — spaces, dashes, +86 — finds the same customer.
"""

from __future__ import annotations

import re

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0[1-9]\d{8,10}$")  # area code (3–4 digits) + 7–8 digit number
_LOCAL = re.compile(r"^[2-9]\d{6,7}$")  # a local landline without area code


def digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def normalize_phone(text: str) -> str:
    """Digits only, without a +86/0086 country prefix."""
    t = (text or "").strip()
    d = digits(t)
    if t.startswith("+86") or (t.startswith("0086") and len(d) > 11):
        d = d[2:] if t.startswith("+86") else d[4:]
    return d


def is_valid_phone(text: str) -> bool:
    t = normalize_phone(text)
    return bool(_MOBILE.match(t) or _LANDLINE.match(t) or _LOCAL.match(t))


def format_phone(stored: str) -> str:
    """How a stored number is shown: 138 1234 5678 stays compact, landlines get their dash."""
    if _LANDLINE.match(stored):
        area = 3 if stored[1] in "12" else 4
        return f"{stored[:area]}-{stored[area:]}"
    return stored


def mask_phone(text: str) -> str:
    """138****5678: the middle four digits of a mobile, or all but the last four otherwise."""
    t = normalize_phone(text)
    if _MOBILE.match(t):
        return t[:3] + "****" + t[7:]
    if len(t) > 4:
        return "*" * (len(t) - 4) + t[-4:]
    return t
