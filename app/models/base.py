"""The peewee base model, bound to the database proxy."""

from __future__ import annotations

import peewee

from app.db import database
from app.errors import QT_TRANSLATE_NOOP, ValidationError


def check_lengths(instance: peewee.Model) -> None:
    """Refuse text longer than its field's max_length, on both backends alike.

    The models' max_length is the one definition of every text field's limit: PostgreSQL
    enforces VARCHAR(n) with a raw DataError and SQLite not at all, so the check is here, before
    any SQL, with one sentence the form can show next to the field.
    """
    for field in instance._meta.sorted_fields:
        if not isinstance(field, peewee.CharField) or not field.max_length:
            continue
        value = instance.__data__.get(field.name)
        if isinstance(value, str) and len(value) > field.max_length:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This text is too long: at most {limit} characters (it has {length})."
                ),
                field=field.name,
                limit=field.max_length,
                length=len(value),
            )


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False

    def save(self, *args, **kwargs):
        check_lengths(self)
        return super().save(*args, **kwargs)
