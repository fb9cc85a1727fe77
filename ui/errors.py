"""Showing app/ errors in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import ValidationError


def error_text(err: ValidationError) -> str:
    return err.text_in(QCoreApplication.translate)


def problems_text(problems: list[ValidationError]) -> str:
    """Every problem of a form, one line each, in the UI language."""
    return "\n".join(error_text(p) for p in problems)
