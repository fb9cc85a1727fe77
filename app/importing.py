"""Excel import of customers, sites and projects sent by head office.

    report = check(path)            # every row validated; nothing written
    imported = apply(report, now, staff_id)   # the valid rows, in one transaction — or call nothing

A row already in the database (same contract no., or same customer phone and address) is
reported as a duplicate and skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font

from app import db, permissions, vocab
from app.errors import QT_TRANSLATE_NOOP as N
from app.errors import ValidationError
from app.files import save_atomically
from app.labels import LABELS
from app.models import Customer, CustomerPhone, Site, SiteWorkCategory
from app.phones import is_valid_phone, normalize_phone
from app.registers.writer import clean_text, identity_translate, is_formula_like
from app.services import audit

# (key, English header in context "importing", required)
COLUMNS = (
    ("name", N("importing", "Customer name"), True),
    ("phone", N("importing", "Phone"), True),
    ("phone2", N("importing", "Other phone"), False),
    ("address", N("importing", "Site address"), True),
    ("district", N("importing", "District"), False),
    ("contract_no", N("importing", "Contract no."), False),
    ("project_name", N("importing", "Project"), False),
    ("completion_date", N("importing", "Completion acceptance date"), False),
    ("categories", N("importing", "Work categories"), False),
)
EXAMPLE = (
    "张伟",
    "13812345678",
    "021-64001234",
    "徐汇区漕溪北路88号3号楼1201室",
    "徐汇区",
    "HT2024-0042",
    "卫生间翻新",
    date(2024, 5, 1),
    "bathroom_waterproofing, plumbing",
)

OK, ERROR, DUPLICATE = "ok", "error", "duplicate"


@dataclass
class RowResult:
    row: int  # the row number in the sheet, as Excel shows it
    status: str = OK
    problems: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (message source, params)
    values: dict[str, Any] = field(default_factory=dict)

    def problem(self, message: str, status: str = ERROR, **params: Any) -> None:
        self.problems.append((message, params))
        if self.status != ERROR:
            self.status = status

    def text(self, translate=identity_translate) -> str:
        return " ".join(translate("errors", m).format(**p) for m, p in self.problems)


@dataclass
class ImportReport:
    path: Path
    rows: list[RowResult]

    @property
    def valid(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == OK]

    @property
    def bad(self) -> list[RowResult]:
        return [r for r in self.rows if r.status != OK]


def _header_names(translate) -> dict[str, str]:
    names = {}
    for key, header, _req in COLUMNS:
        for text in {header, translate("importing", header)}:
            names[re.sub(r"[\s*＊]", "", text).lower()] = key
    return names


def save_template(path: Path, translate=identity_translate) -> Path:
    """An empty import sheet with the headers (required ones marked *) and one example row."""

    def write(tmp: Path) -> None:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = translate("importing", "Customers and sites")
        ws.append([translate("importing", h) + (" *" if req else "") for _k, h, req in COLUMNS])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.append(list(EXAMPLE))
        ws["H2"].number_format = "yyyy-mm-dd"
        for col, width in zip("ABCDEFGHI", (10, 14, 14, 36, 10, 14, 16, 14, 34), strict=True):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"
        wb.save(tmp)

    return save_atomically(Path(path), write)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number Excel stored as a number (1.3812345678E10)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return clean_text(value).strip()


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell_text(value)
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    if not m:
        raise ValueError(text)
    return date(int(m[1]), int(m[2]), int(m[3]))


def _categories(text: str, translate) -> tuple[list[str], list[str]]:
    known = {c: c for c in vocab.ALL_CATEGORIES}
    for code, source in LABELS["category"].items():
        known[source.lower()] = code
        known[translate("labels", source).lower()] = code
    codes, unknown = [], []
    for part in re.split(r"[,，、;；]", text):
        part = part.strip()
        if not part:
            continue
        code = known.get(part) or known.get(part.lower())
        (codes if code else unknown).append(code or part)
    return codes, unknown


def _sheet_rows(path: Path):
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb.worksheets[0]
    merged = {}
    for rng in ws.merged_cells.ranges:  # a merged block counts as its top-left value everywhere
        top = ws.cell(rng.min_row, rng.min_col).value
        for row in range(rng.min_row, rng.max_row + 1):
            for col in range(rng.min_col, rng.max_col + 1):
                merged[(row, col)] = top
    for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
        yield r, [merged.get((r, c), v) for c, v in enumerate(row, start=1)]


def check(path: Path, translate=identity_translate) -> ImportReport:
    """Validate every row; write nothing."""
    path = Path(path)
    names = _header_names(translate)
    rows = _sheet_rows(path)
    header_row, index = 0, {}
    for r, values in rows:
        found = {
            names[k]: i
            for i, v in enumerate(values)
            if (k := re.sub(r"[\s*＊]", "", _cell_text(v)).lower()) in names
        }
        if "name" in found and "phone" in found:
            header_row, index = r, found
            break
    if not header_row:
        raise ValidationError(
            N("errors", "No header row found: save the import template and copy the rows into it."),
            field="path",
        )
    results: list[RowResult] = []
    seen_contracts: dict[str, int] = {}
    seen_sites: dict[tuple[str, str], int] = {}
    for r, values in rows:
        raw = {k: (values[i] if i < len(values) else None) for k, i in index.items()}
        if all(_cell_text(v) == "" for v in raw.values()):
            continue  # empty rows are ignored
        res = RowResult(r)
        text = {k: _cell_text(v) for k, v in raw.items()}
        for key, header, required in COLUMNS:
            if required and not text.get(key):
                res.problem(N("errors", "{column} is missing."), column=translate("importing", header))
        phones = []
        for key in ("phone", "phone2"):
            if text.get(key):
                if is_valid_phone(text[key]):
                    phones.append(normalize_phone(text[key]))
                else:
                    res.problem(
                        N("errors", "{phone} is not a phone number (mobile or landline with area code)."),
                        phone=text[key],
                    )
        completion = None
        if raw.get("completion_date") not in (None, ""):
            try:
                completion = _date(raw["completion_date"])
            except ValueError:
                res.problem(
                    N("errors", "{value} is not a date; write it as 2024-05-01."),
                    value=text["completion_date"],
                )
        codes, unknown = _categories(text.get("categories", ""), translate)
        for u in unknown:
            res.problem(N("errors", "Unknown work category {category}."), category=u)
        contract = text.get("contract_no", "")
        site_key = (phones[0] if phones else "", re.sub(r"\s", "", text.get("address", "")))
        if res.status == OK:
            if contract and contract in seen_contracts:
                res.problem(
                    N("errors", "Contract no. {number} is already in row {row} of this file."),
                    number=contract,
                    row=seen_contracts[contract],
                )
            elif site_key in seen_sites:
                res.problem(
                    N("errors", "The same customer and address are already in row {row} of this file."),
                    row=seen_sites[site_key],
                )
            elif contract and Site.select().where(Site.contract_no == contract).exists():
                res.problem(
                    N("errors", "Contract no. {number} is already in the database; row skipped."),
                    status=DUPLICATE,
                    number=contract,
                )
            elif _site_exists(phones, site_key[1]):
                res.problem(
                    N("errors", "This customer and address are already in the database; row skipped."),
                    status=DUPLICATE,
                )
        if contract:
            seen_contracts.setdefault(contract, r)
        seen_sites.setdefault(site_key, r)
        res.values = {**text, "phones": phones, "completion_date": completion, "categories": codes}
        results.append(res)
    return ImportReport(path, results)


def _site_exists(phones: list[str], address: str) -> bool:
    if not phones or not address:
        return False
    q = (
        Site.select(Site.address)
        .join(CustomerPhone, on=CustomerPhone.customer == Site.customer)
        .where(CustomerPhone.phone.in_(phones))
    )
    return any(re.sub(r"\s", "", a) == address for (a,) in q.tuples())


def apply(report: ImportReport, now: datetime, staff_id: int | None) -> int:
    """Write the valid rows (customers found by phone are reused); returns the sites created."""
    if staff_id is not None:
        permissions.require(staff_id, permissions.EDIT_WARRANTY)
    created = 0
    with db.write_transaction():
        for res in report.valid:
            v = res.values
            existing = CustomerPhone.select().where(CustomerPhone.phone.in_(v["phones"])).first()
            if existing is not None:
                customer = Customer.get_by_id(existing.customer_id)
            else:
                customer = Customer.create(name=v["name"], created_at=now)
            known = {p.phone for p in CustomerPhone.select().where(CustomerPhone.customer == customer.id)}
            for i, phone in enumerate(v["phones"]):
                if phone not in known:
                    CustomerPhone.create(customer=customer, phone=phone, is_primary=not known and i == 0)
                    known.add(phone)
            site = Site.create(
                customer=customer,
                address=v["address"],
                district=v.get("district", ""),
                contract_no=v.get("contract_no", ""),
                project_name=v.get("project_name", ""),
                completion_date=v["completion_date"],
                created_at=now,
            )
            for code in dict.fromkeys(v["categories"]):
                SiteWorkCategory.create(site=site, category=code)
            created += 1
        audit.record(
            staff_id,
            "import",
            "sites",
            report.path.name,
            now,
            {"rows": (None, created), "skipped": (None, len(report.bad))},
        )
    return created


def save_report(report: ImportReport, path: Path, translate=identity_translate) -> Path:
    """The check's findings as a workbook: each row, its status and why."""
    status = {
        OK: N("importing", "will be imported"),
        ERROR: N("importing", "error"),
        DUPLICATE: N("importing", "duplicate, skipped"),
    }

    def write(tmp: Path) -> None:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = translate("importing", "Import report")
        ws.append(
            [
                translate("importing", h)
                for h in ("Row", "Status", "Customer name", "Site address", "Problems")
            ]
        )
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r in report.rows:
            values = [
                r.row,
                translate("importing", status[r.status]),
                r.values.get("name", ""),
                r.values.get("address", ""),
                r.text(translate),
            ]
            ws.append(values)
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and is_formula_like(cell.value):
                    cell.data_type, cell.quotePrefix = "s", True
        for col, width in zip("ABCDE", (6, 16, 12, 36, 70), strict=True):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:E{ws.max_row}"
        wb.save(tmp)

    return save_atomically(Path(path), write)
