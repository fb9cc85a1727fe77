"""Phone numbers: normalising what a receptionist types, validating, masking (R10.1)."""

from __future__ import annotations

import re

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_LOCAL = re.compile(r"^[2-9]\d{6,7}$")  # a local landline without area code


def normalize_phone(text: str) -> str:
    """Drop spaces, brackets and a +86 prefix; keep the area-code dash of a landline."""
    t = re.sub(r"[\s()（）]", "", text or "")
    t = t.replace("—", "-").replace("－", "-")
    if t.startswith("+86"):
        t = t[3:].lstrip("-")
    elif t.startswith("0086"):
        t = t[4:].lstrip("-")
    if _MOBILE.match(t.replace("-", "")):
        return t.replace("-", "")
    return t


def is_valid_phone(text: str) -> bool:
    t = normalize_phone(text)
    return bool(_MOBILE.match(t) or _LANDLINE.match(t) or _LOCAL.match(t))


def mask_phone(text: str) -> str:
    """138****5678: the middle four digits of a mobile, or all but the last four otherwise."""
    t = normalize_phone(text)
    if _MOBILE.match(t):
        return t[:3] + "****" + t[7:]
    if len(t) > 4:
        return "*" * (len(t) - 4) + t[-4:]
    return t


def digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")
