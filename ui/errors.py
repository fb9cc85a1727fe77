"""Showing app/ errors in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import ValidationError


def error_text(err: ValidationError) -> str:
    from app.permissions import ActionName

    template = QCoreApplication.translate("errors", err.message)
    params = {
        k: QCoreApplication.translate("actions", v) if isinstance(v, ActionName) else v
        for k, v in err.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def problems_text(problems: list[ValidationError]) -> str:
    """Every problem of a form, one line each, in the UI language."""
    return "\n".join(error_text(p) for p in problems)
