"""The one exception type services raise for bad input or a refused action."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks `text` for pyside6-lupdate without importing Qt; returns it unchanged."""
    return text


class ValidationError(Exception):
    """Bad input or a refused action.

    `message` is English source text that the UI passes through Qt's translation
    (context "errors"); `params` fill its `{placeholders}` after translation, so the
    translated text keeps the values. `field` names the form field to mark, if any.
    """

    def __init__(self, message: str, field: str | None = None, **params: object) -> None:
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.text())

    def text(self, translated: str | None = None) -> str:
        template = translated if translated is not None else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class DatabaseLocationError(Exception):
    """The database may not live where it was asked to (e.g. on a network share)."""


class DatabaseUnavailable(ValidationError):
    """The database server cannot be reached (the connection dropped and reconnecting failed).

    A ValidationError so that every form already shows it as one sentence and stays open with
    what the user typed; the next action reconnects by itself.
    """

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The connection to the database server was lost. Nothing was saved; what you "
                "entered is kept — try again in a moment.",
            )
        )
