"""Plain records of a customer, a site, a member of staff and a department, as the screens
show them: services hand these to ui/ instead of model instances (ui/ never walks relations)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CustomerFacts:
    id: int
    name: str


@dataclass(frozen=True)
class SiteFacts:
    id: int
    address: str
    contract_no: str
    completion_date: date | None


@dataclass(frozen=True)
class DepartmentFacts:
    code: str
    name: str


@dataclass(frozen=True)
class StaffFacts:
    id: int
    name: str
