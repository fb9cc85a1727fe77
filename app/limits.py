"""The limit of every text field, for forms (`ui/` does not import app.models).

One definition: the models' max_length, which app.models.base checks before every save and the
migrations give both backends' columns.
"""

from __future__ import annotations

from functools import cache


@cache
def max_length(table: str, column: str) -> int:
    """The most characters `table.column` holds, e.g. max_length("customer", "name") → 128."""
    from app.models import ALL_MODELS

    for model in ALL_MODELS:
        if model._meta.table_name == table:
            return model._meta.columns[column].max_length
    raise KeyError(f"{table}.{column}")
