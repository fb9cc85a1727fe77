"""The one exception type services raise for bad input or a refused action."""

from __future__ import annotations

from collections.abc import Callable


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

    def text_in(self, translate: Callable[[str, str], str]) -> str:
        """The sentence in the language `translate` speaks, with the action it names translated
        too (the command line said "您的岗位不能export registers")."""
        from app.permissions import ActionName

        params = {
            k: translate("actions", v) if isinstance(v, ActionName) else v for k, v in self.params.items()
        }
        template = translate("errors", self.message)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def text(self, translated: str | None = None) -> str:
        template = translated if translated is not None else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationErrors(ValidationError):
    """Several problems with one form at once (R1.3: say everything that is missing, not one at
    a time). It reads as its first problem; `problems` holds them all, each naming its field."""

    def __init__(self, problems: list[ValidationError]) -> None:
        if not problems:
            raise ValueError("ValidationErrors needs at least one problem")
        first = problems[0]
        super().__init__(first.message, first.field, **first.params)
        self.problems = list(problems)


def problems_of(err: ValidationError) -> list[ValidationError]:
    """Every problem an error carries: the list of a ValidationErrors, else the error itself."""
    return list(err.problems) if isinstance(err, ValidationErrors) else [err]


class DatabaseLocationError(Exception):
    """The database may not live where it was asked to (e.g. on a network share)."""


class DatabaseUnavailable(Exception):
    """The database server cannot be reached: the connection dropped in the middle of a save,
    or reconnecting failed. app.db.failure_kind calls it LOST, so the window says "Nothing was
    saved … try again" and keeps what was typed; the next action reconnects by itself."""

    def __init__(self) -> None:
        super().__init__("Nothing was saved: the connection to the database server was lost.")
