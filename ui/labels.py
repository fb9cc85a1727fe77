"""Screen labels of codes, in the UI language: the one table is app/labels.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import labels as _table

# The Chinese names the departments ship with (migration 0001); a renamed one shows its own name.
_SHIPPED_DEPARTMENT_NAMES = {
    "after_sales": "售后管理部",
    "project": "项目部",
    "procurement": "物资采购部",
    "design": "设计部",
    "admin_hr": "行政人事部",
}


def label(group: str, code: str) -> str:
    return _table.label(QCoreApplication.translate, group, code)


def codes(group: str) -> list[str]:
    return list(_table.LABELS[group])


def department_label(code: str, name: str) -> str:
    if _SHIPPED_DEPARTMENT_NAMES.get(code) == name:
        return label("department", code)
    return name
