"""Labels of codes for register cells: the one table is app/labels.py (registers pass their
own `translate`)."""

from app.labels import CONTEXTS, LABELS, label

__all__ = ["CONTEXTS", "LABELS", "label"]
