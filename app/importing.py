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
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.files import save_atomically
from app.labels import LABELS, label
from app.models import Customer, CustomerPhone, Site, SiteWorkCategory
from app.phones import is_valid_phone, normalize_phone
from app.registers.writer import clean_text, identity_translate, print_setup, write_cell
from app.services import audit, settings

# (key, English header in context "importing", required)
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("importing", "Customer name"), True),
    ("phone", QT_TRANSLATE_NOOP("importing", "Phone"), True),
    ("phone2", QT_TRANSLATE_NOOP("importing", "Other phone"), False),
    ("address", QT_TRANSLATE_NOOP("importing", "Site address"), True),
    ("district", QT_TRANSLATE_NOOP("importing", "District"), False),
    ("contract_no", QT_TRANSLATE_NOOP("importing", "Contract no."), False),
    ("project_name", QT_TRANSLATE_NOOP("importing", "Project"), False),
    ("completion_date", QT_TRANSLATE_NOOP("importing", "Completion acceptance date"), False),
    ("categories", QT_TRANSLATE_NOOP("importing", "Work categories"), False),
)
# What each column holds (the template's second sheet).
EXPLANATIONS = {
    "name": QT_TRANSLATE_NOOP("importing", "The customer's name, as on the contract."),
    "phone": QT_TRANSLATE_NOOP("importing", "A mobile number, or a landline with its area code."),
    "phone2": QT_TRANSLATE_NOOP("importing", "A second number, if the customer has one."),
    "address": QT_TRANSLATE_NOOP("importing", "The full address of the site (house or flat)."),
    "district": QT_TRANSLATE_NOOP("importing", "The district of the site."),
    "contract_no": QT_TRANSLATE_NOOP(
        "importing", "The contract number; a contract already in the office is skipped."
    ),
    "project_name": QT_TRANSLATE_NOOP("importing", "What was built or renovated."),
    "completion_date": QT_TRANSLATE_NOOP(
        "importing", "The date of the completion acceptance, e.g. 2024-05-01; warranties run from it."
    ),
    "categories": QT_TRANSLATE_NOOP(
        "importing", "The work categories done on the site, separated by commas; see the list below."
    ),
}
# Header names head office uses besides ours, in either language (compared without spaces,
# asterisks, colons and case). Matching data, never shown.
HEADER_SYNONYMS = {
    "name": ("客户姓名", "姓名", "客户", "客户名称", "业主", "业主姓名", "name", "customer"),
    "phone": (
        "电话",
        "手机",
        "联系电话",
        "手机号",
        "手机号码",
        "电话号码",
        "客户电话",
        "mobile",
        "telephone",
    ),
    "phone2": ("其他电话", "备用电话", "第二电话", "座机", "固定电话", "phone2", "landline"),
    "address": ("地址", "工地地址", "施工地址", "房屋地址", "详细地址", "客户地址", "address"),
    "district": ("区", "区县", "所属区", "所在区", "区域"),
    "contract_no": ("合同号", "合同编号", "合同", "contract", "contractnumber"),
    "project_name": ("项目", "项目名称", "工程名称", "工程", "projectname"),
    "completion_date": (
        "竣工日期",
        "验收日期",
        "竣工验收日期",
        "交付日期",
        "completiondate",
        "acceptancedate",
    ),
    "categories": ("工程类别", "施工类别", "类别", "保修类别", "项目类别", "categories", "category"),
}
# Category names as offices write them, besides the codes and the labels in both languages.
CATEGORY_SYNONYMS = {
    "roof_waterproofing": ("屋面防水", "屋顶防水"),
    "bathroom_waterproofing": ("卫生间防水", "厨卫防水"),
    "exterior_wall": ("外墙防渗漏", "外墙防水", "外墙"),
    "electrical": ("电气管线", "电气线路", "电气", "电路", "强弱电"),
    "plumbing": ("给排水管道", "给排水", "上下水", "水管"),
    "equipment": ("设备安装", "设备"),
    "decoration": ("装修装饰", "装饰装修", "装修", "装饰"),
    "furniture": ("家具", "定制家具"),
    "doors_windows": ("门窗",),
    "flooring": ("地板", "木地板"),
    "tiles": ("瓷砖", "墙地砖"),
    "sanitary_ware": ("卫浴洁具", "卫浴", "洁具"),
    "kitchen_appliances": ("厨房电器", "厨电"),
}
# The longest text each column may hold: the database's own limits (one definition, so SQLite
# and PostgreSQL accept the same rows; PostgreSQL enforces VARCHAR lengths, SQLite does not).
MAX_LENGTHS = {
    "name": Customer.name.max_length,
    "phone": CustomerPhone.phone.max_length,
    "phone2": CustomerPhone.phone.max_length,
    "address": Site.address.max_length,
    "district": Site.district.max_length,
    "contract_no": Site.contract_no.max_length,
    "project_name": Site.project_name.max_length,
}
EARLIEST_DATE = date(1990, 1, 1)
YEARS_AHEAD = 10
MAX_COLUMNS = 60  # columns read from a sheet; ours are nine
HEADER_SEARCH_ROWS = 20  # the header may sit under a title or two

EXAMPLE = (
    "张伟",
    "13812345678",
    "021-64001234",
    "徐汇区漕溪北路88号3号楼1201室",
    "徐汇区",
    "HT2024-0042",
    "卫生间翻新",
    date(2024, 5, 1),
    ("bathroom_waterproofing", "plumbing"),
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


def _norm(text: str) -> str:
    """A header as compared: no spaces, asterisks, dots or colons; lower case."""
    return re.sub(r"[\s*＊.:：。]", "", text).lower()


def _header_names(translate) -> dict[str, str]:
    names = {}
    for key, header, _req in COLUMNS:
        for text in (header, translate("importing", header), *HEADER_SYNONYMS.get(key, ())):
            names[_norm(text)] = key
    return names


def category_names(translate) -> dict[str, str]:
    """Every way a work category may be written → its code: the code, its label in English and
    in the UI language, and the names offices use."""
    known = {c: c for c in vocab.ALL_CATEGORIES}
    for code, source in LABELS["category"].items():
        for name in (source, translate("labels", source), *CATEGORY_SYNONYMS.get(code, ())):
            known[re.sub(r"\s", "", name).lower()] = code
    return known


def _cells(ws, values: list[Any]) -> list[Any]:
    """Cells through the one writer function (formula-like text stays text)."""
    return [write_cell(ws, v) for v in values]


def save_template(path: Path, translate=identity_translate) -> Path:
    """An import sheet in the UI language: the headers (required ones marked *) and one example
    row; a second sheet explains each column and lists the work categories allowed."""
    separator = translate("importing", ", ")

    def write(tmp: Path) -> None:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = translate("importing", "Customers and sites")
        ws.append([translate("importing", h) + (" *" if req else "") for _k, h, req in COLUMNS])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        *values, categories = EXAMPLE
        ws.append(_cells(ws, [*values, separator.join(label(translate, "category", c) for c in categories)]))
        ws["H2"].number_format = "yyyy-mm-dd"
        for col, width in zip("ABCDEFGHI", (12, 14, 14, 36, 10, 14, 16, 16, 34), strict=True):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"
        help_ws = wb.create_sheet(translate("importing", "How to fill in"))
        help_ws.append(
            [
                translate("importing", "Column"),
                translate("importing", "Required"),
                translate("importing", "What to write"),
            ]
        )
        yes, no = translate("importing", "yes"), translate("importing", "no")
        for key, header, req in COLUMNS:
            help_ws.append(
                [
                    translate("importing", header),
                    yes if req else no,
                    translate("importing", EXPLANATIONS[key]),
                ]
            )
        help_ws.append([])
        help_ws.append(
            [
                translate("importing", "Work categories allowed"),
                translate("importing", "Code (also accepted)"),
            ]
        )
        heading_rows = (1, help_ws.max_row)
        for code in LABELS["category"]:
            help_ws.append([label(translate, "category", code), code])
        for r in heading_rows:
            for cell in help_ws[r]:
                cell.font = Font(bold=True)
        for col, width in zip("ABC", (28, 22, 80), strict=True):
            help_ws.column_dimensions[col].width = width
        # Printed, each sheet is one page wide with its header row on every page.
        print_setup(ws, ws.title, translate, sum((12, 14, 14, 36, 10, 14, 16, 16, 34)), "1:1")
        print_setup(help_ws, help_ws.title, translate, 130, "1:1")
        wb.save(tmp)

    return save_atomically(Path(path), write, ".xlsx")


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


def _categories(text: str, known: dict[str, str]) -> tuple[list[str], list[str]]:
    codes, unknown = [], []
    for part in re.split(r"[,，、;；/]", text):
        part = part.strip()
        if not part:
            continue
        code = known.get(re.sub(r"\s", "", part).lower())
        (codes if code else unknown).append(code or part)
    return codes, unknown


# -- opening the file: limits first, then a read-only (streaming) workbook -----------------------
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and any password-protected .xlsx
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")


def _refuse(message: str, **params: Any) -> ValidationError:
    return ValidationError(message, field="path", **params)


def _open_workbook(path: Path, max_mb: float):
    """The workbook in read-only mode, or one sentence saying why the file cannot be read."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(1 << 16)
    except FileNotFoundError:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "The file {name} does not exist."), name=path.name
        ) from None
    except OSError:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "The file {name} cannot be read: check that you may open it."),
            name=path.name,
        ) from None
    if size == 0:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The file {name} is empty (0 bytes)."), name=path.name)
    if size > max_mb * 1024 * 1024:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {name} is {size} MB, more than the {limit} MB an import may be: "
                "split the list into smaller files.",
            ),
            name=path.name,
            size=f"{size / 1024 / 1024:.1f}",
            limit=f"{max_mb:g}",
        )
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTED in head or _ENCRYPTED in path.read_bytes()[: 1 << 20]:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file {name} is protected by a password: open it in Excel, remove the "
                    "password and save it again.",
                ),
                name=path.name,
            )
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {name} is an old Excel 97–2003 workbook (.xls): open it in Excel and "
                "save it as an Excel workbook (.xlsx).",
            ),
            name=path.name,
        )
    if not head.startswith(b"PK"):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {name} is not an Excel workbook (.xlsx) — perhaps a CSV or text file: "
                "open it in Excel and save it as an Excel workbook (.xlsx).",
            ),
            name=path.name,
        )
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # zip, XML or openpyxl errors all mean a broken file
        raise _broken(path) from None


def _broken(path: Path) -> ValidationError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "errors",
            "The file {name} is damaged or incomplete (perhaps copied before it was fully written): "
            "ask for it again.",
        ),
        name=path.name,
    )


def _merged_ranges(ws) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col, max_row, max_col) of every merged block, read by streaming the
    sheet's XML (a read-only sheet does not parse them; normal mode expands every cell of a
    merge: one over E2:I1048576 took 104 s and 3 GB)."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.utils.cell import range_boundaries

    out = []
    source = ws._get_source()
    try:
        for _event, el in iterparse(source):
            if el.tag.endswith("}mergeCell"):
                min_col, min_row, max_col, max_row = range_boundaries(el.get("ref"))
                out.append((min_row, min_col, max_row, max_col))
            if el.tag.endswith("}row") or el.tag.endswith("}mergeCell"):
                el.clear()
    finally:
        source.close()
    return out


def _sheet_rows(path: Path, max_rows: int, max_mb: float):
    """(row number, values) of the first sheet, streamed; refuses a sheet over the row limit
    from its declared dimension before reading it, and stops at the limit otherwise."""
    wb = _open_workbook(path, max_mb)
    try:
        ws = wb.worksheets[0]
        declared = ws.max_row  # from the sheet's <dimension>; None when the file has none
        if declared is not None and declared > max_rows + HEADER_SEARCH_ROWS:
            raise _too_many_rows(path, declared, max_rows)
        merges = [m for m in _merged_ranges(ws) if m[0] <= max_rows + HEADER_SEARCH_ROWS]
        tops: dict[tuple[int, int], Any] = {}
        for r, row in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
            if r > max_rows + HEADER_SEARCH_ROWS:
                raise _too_many_rows(path, r, max_rows)
            values = list(row)
            for min_row, min_col, max_row, max_col in merges:
                if min_row <= r <= max_row:
                    for c in range(min_col, min(max_col, MAX_COLUMNS) + 1):
                        if r == min_row and c == min_col:
                            tops[(min_row, min_col)] = values[c - 1] if c <= len(values) else None
                        elif c <= len(values) or tops.get((min_row, min_col)) is not None:
                            values.extend([None] * (c - len(values)))
                            values[c - 1] = tops.get((min_row, min_col))
            yield r, values
    except ValidationError:
        raise
    except Exception:  # a sheet that breaks off half-way is a broken file
        raise _broken(path) from None
    finally:
        wb.close()


def _too_many_rows(path: Path, rows: int, limit: int) -> ValidationError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "errors",
            "The sheet in {name} has {rows} rows, more than the {limit} an import may have: split "
            "the list, or delete the empty rows below it.",
        ),
        name=path.name,
        rows=rows,
        limit=limit,
    )


def check(path: Path, translate=identity_translate, today: date | None = None) -> ImportReport:
    """Validate every row; write nothing. `today` bounds the dates (R5 warranties run from them)."""
    path = Path(path)
    today = today or date.today()
    latest = today.replace(year=today.year + YEARS_AHEAD, day=min(today.day, 28))
    max_rows = int(settings.get(settings.IMPORT_MAX_ROWS))
    max_mb = float(settings.get(settings.IMPORT_MAX_MB))
    names = _header_names(translate)
    known_categories = category_names(translate)
    rows = _sheet_rows(path, max_rows, max_mb)
    header_row, index = 0, {}
    for r, values in rows:
        found: dict[str, int] = {}
        for i, v in enumerate(values):
            key = names.get(_norm(_cell_text(v)))
            if key is not None:
                found.setdefault(key, i)
        if "name" in found and "phone" in found:
            header_row, index = r, found
            break
        if r >= HEADER_SEARCH_ROWS:
            break
    if not header_row:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "No header row found: save the import template and copy the rows into it."
            ),
            field="path",
        )
    results: list[RowResult] = []
    seen_contracts: dict[str, int] = {}
    seen_sites: dict[tuple[str, str], int] = {}
    header_of = {key: translate("importing", header) for key, header, _req in COLUMNS}
    for r, values in rows:
        raw = {k: (values[i] if i < len(values) else None) for k, i in index.items()}
        if all(_cell_text(v) == "" for v in raw.values()):
            continue  # empty rows are ignored
        if len(results) >= max_rows:
            raise _too_many_rows(path, r, max_rows)
        res = RowResult(r)
        text = {k: _cell_text(v) for k, v in raw.items()}
        for key, _header, required in COLUMNS:
            if required and not text.get(key):
                res.problem(QT_TRANSLATE_NOOP("errors", "{column} is missing."), column=header_of[key])
            limit = MAX_LENGTHS.get(key)
            if limit and len(text.get(key, "")) > limit:
                res.problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "{column} is {length} characters long; it may have at most {limit}."
                    ),
                    column=header_of[key],
                    length=len(text[key]),
                    limit=limit,
                )
                text[key] = text[key][:limit]  # never stored: the row is refused
        phones = []
        for key in ("phone", "phone2"):
            if text.get(key) and len(text[key]) <= MAX_LENGTHS[key]:
                if is_valid_phone(text[key]):
                    phones.append(normalize_phone(text[key]))
                else:
                    res.problem(
                        QT_TRANSLATE_NOOP(
                            "errors", "{phone} is not a phone number (mobile or landline with area code)."
                        ),
                        phone=text[key],
                    )
        completion = None
        if raw.get("completion_date") not in (None, ""):
            try:
                completion = _date(raw["completion_date"])
            except ValueError:
                res.problem(
                    QT_TRANSLATE_NOOP("errors", "{value} is not a date; write it as 2024-05-01."),
                    value=text["completion_date"],
                )
            else:
                if not EARLIEST_DATE <= completion <= latest:
                    res.problem(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{column} {value} is not between {earliest} and {latest}: check the year.",
                        ),
                        column=header_of["completion_date"],
                        value=completion.isoformat(),
                        earliest=f"{EARLIEST_DATE:%Y-%m-%d}",
                        latest=f"{latest:%Y-%m-%d}",
                    )
                    completion = None
        codes, unknown = _categories(text.get("categories", ""), known_categories)
        for u in unknown:
            res.problem(QT_TRANSLATE_NOOP("errors", "Unknown work category {category}."), category=u)
        contract = text.get("contract_no", "")
        site_key = (phones[0] if phones else "", re.sub(r"\s", "", text.get("address", "")))
        if res.status == OK:
            if contract and contract in seen_contracts:
                res.problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "Contract no. {number} is already in row {row} of this file."
                    ),
                    number=contract,
                    row=seen_contracts[contract],
                )
            elif site_key in seen_sites:
                res.problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "The same customer and address are already in row {row} of this file."
                    ),
                    row=seen_sites[site_key],
                )
            elif contract and Site.select().where(Site.contract_no == contract).exists():
                res.problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "Contract no. {number} is already in the database; row skipped."
                    ),
                    status=DUPLICATE,
                    number=contract,
                )
            elif _site_exists(phones, site_key[1]):
                res.problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "This customer and address are already in the database; row skipped."
                    ),
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
    permissions.require(staff_id, permissions.EDIT_WARRANTY)  # R10.1a: nobody unnamed
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
        OK: QT_TRANSLATE_NOOP("importing", "will be imported"),
        ERROR: QT_TRANSLATE_NOOP("importing", "error"),
        DUPLICATE: QT_TRANSLATE_NOOP("importing", "duplicate, skipped"),
    }

    def write(tmp: Path) -> None:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = translate("importing", "Import report")
        ws.append(
            [
                translate("importing", "Row"),
                translate("importing", "Status"),
                translate("importing", "Customer name"),
                translate("importing", "Site address"),
                translate("importing", "Problems"),
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
            ws.append(_cells(ws, values))
        for col, width in zip("ABCDE", (6, 16, 12, 36, 70), strict=True):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:E{ws.max_row}"
        wb.save(tmp)

    return save_atomically(Path(path), write, ".xlsx")
