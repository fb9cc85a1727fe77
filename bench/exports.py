"""Export and print throughput (R9, issue 5) on a generated office with 100,000 tickets.

    uv run python bench/exports.py [--tickets 100000] [--pages 300] [--rounds 3] [--db PATH]

Builds the office once (raw executemany into a migrated SQLite file; kept at the path for later
runs), then prints, one `name: value unit` line per figure:

- the intake register's throughput through the real `app.registers.export` (query, labels,
  masked phones, styles, atomic save) next to a bare openpyxl write-only loop appending the
  same query's rows in the same run, and their ratio (target >= 0.8);
- service sheets per second through the real `app.forms.service_sheets` next to a competent
  bare reportlab loop drawing the same fields, boxes and QR code (the QR as one filled path)
  with the same embedded font (target >= 0.9), and next to a loop drawing the text alone;
- the export's peak memory (RSS above the process before the export) for a quarter of the
  tickets and for all of them: it stays flat in write-only mode.

Each register run happens in a fresh child process, so its peak RSS is its own; rounds alternate
real and bare runs and the median is reported (the machine is shared, so single runs are noisy).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CUSTOMERS, SITES = 30_000, 40_000
START = datetime(2025, 5, 1, 8, 0)
SPACING = timedelta(minutes=5)  # 100,000 tickets over ~347 days
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)


def _ts(value: datetime) -> str:
    return value.isoformat(" ", "seconds")


def build(path: Path, tickets: int, pages: int) -> None:
    from app import db as app_db
    from app import vocab
    from app.demo import data as words
    from app.services import setup

    app_db.connect(str(path))
    setup.set_up_branch("基准测试分公司", "BM", "基准", NOW, role="manager")  # exports are the manager's
    app_db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'").fetchall()
    for name, _sql in triggers:  # the FTS index is rebuilt in bulk afterwards
        con.execute(f'DROP TRIGGER "{name}"')
    rng = random.Random(42)
    now = _ts(NOW)

    def person() -> str:
        return rng.choice(words.SURNAMES) + rng.choice(words.GIVEN_FIRST) + rng.choice(words.GIVEN_SECOND)

    staff = [
        (i, person(), role) for i, role in enumerate(["receptionist"] * 8 + ["technician"] * 24, start=2)
    ]
    con.executemany(
        "INSERT INTO staff (id, name, phone, role, department_id, skills, active, password_hash, created_at)"
        ' VALUES (?, ?, "", ?, 1, "", 1, "", ?)',
        ((i, n, r, now) for i, n, r in staff),
    )
    receptionists = [i for i, _n, r in staff if r == "receptionist"]
    technicians = [i for i, _n, r in staff if r == "technician"]
    con.executemany(
        'INSERT INTO customer (id, name, note, created_at) VALUES (?, ?, "", ?)',
        ((i, person(), now) for i in range(1, CUSTOMERS + 1)),
    )
    phones = {}
    for cid in range(1, CUSTOMERS + 1):
        phones[cid] = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
    con.executemany(
        "INSERT INTO customer_phone (customer_id, phone, is_primary) VALUES (?, ?, 1)", phones.items()
    )
    districts = list(words.ROADS)
    sites = []
    for sid in range(1, SITES + 1):
        cid = sid if sid <= CUSTOMERS else rng.randrange(1, CUSTOMERS + 1)
        district = rng.choice(districts)
        address = (
            f"{district}{rng.choice(words.ROADS[district])}{rng.randrange(1, 3000)}弄"
            f"{rng.choice(words.ESTATE_HEADS)}{rng.choice(words.ESTATE_TAILS)}"
            f"{rng.randrange(1, 40)}号{rng.randrange(1, 33)}0{rng.randrange(1, 5)}室"
        )
        completed = date(2019, 1, 1) + timedelta(days=rng.randrange(2800))
        sites.append(
            (sid, cid, address, district, f"HT{completed.year}-{sid:06d}", completed.isoformat(), now)
        )
    con.executemany(
        "INSERT INTO site (id, customer_id, address, district, contract_no, project_name, completion_date,"
        ' archived, created_at) VALUES (?, ?, ?, ?, ?, "", ?, 0, ?)',
        sites,
    )
    site_categories = {sid: rng.sample(vocab.WORK_CATEGORIES, 2) for sid in range(1, SITES + 1)}
    con.executemany(
        "INSERT INTO site_work_category (site_id, category, start_date, term_months) VALUES (?, ?, NULL, NULL)",
        ((sid, cat) for sid, cats in site_categories.items() for cat in cats),
    )
    problems = {
        cat: [p for p, _u, _m in words.PROBLEMS.get(cat, [])] or ["漏水"] for cat in vocab.WORK_CATEGORIES
    }

    def rows():
        for i in range(1, tickets + 1):
            received = START + SPACING * i
            sid = rng.randrange(1, SITES + 1)
            cid = sites[sid - 1][1]
            cat = rng.choice(site_categories[sid])
            kind = rng.choices(vocab.KINDS, (80, 10, 7, 3))[0]
            closed = rng.random() < 0.95
            yield (
                f"BM-{received:%Y%m%d}-{i:06d}",
                cid,
                sid,
                kind,
                rng.choice(vocab.CHANNELS),
                phones[cid],
                cat,
                rng.choice(vocab.CAUSE_CATEGORIES),
                rng.randrange(1, 6),
                int(rng.random() < 0.05),
                rng.choice(problems[cat]),
                "施工质量" if kind == "complaint" else "",
                "closed" if closed else "registered",
                _ts(received),
                rng.choice(receptionists),
                _ts(received + timedelta(days=2, hours=3)) if closed else None,
                _ts(received),
            )

    con.executemany(
        "INSERT INTO ticket (number, customer_id, site_id, kind, channel, contact_phone, work_category,"
        " product_model, cause_category, department_id, urgent, complex_repair, major, problem,"
        " complaint_about, status, escalated, escalated_to, cancel_reason, received_at, received_by_id,"
        " completed_at, next_clock, created_at, updated_at)"
        ' VALUES (?, ?, ?, ?, ?, ?, ?, "", ?, ?, ?, 0, 0, ?, ?, ?, 0, "", "", ?, ?, ?, "", ?, ?)',
        ((*r[:-1], r[-1], r[-1]) for r in rows()),
    )
    # Work orders (done, accepted, with parts and a rating) on the newest tickets: the sheets to print.
    ticket_ids = [r[0] for r in con.execute(f"SELECT id FROM ticket ORDER BY id DESC LIMIT {pages}")]
    for n, tid in enumerate(reversed(ticket_ids), start=1):
        start = NOW - timedelta(days=1, hours=n % 8)
        con.execute(
            "INSERT INTO work_order (id, ticket_id, window_start, window_end, status, arrived_at, late,"
            " diagnosis, work_done, labour_cost, charged, finished_at, accepted, accepted_at,"
            " acceptance_signer, rejection_reason, report_done, repeat_repair, repeat_fault_technician,"
            " created_by_id, created_at) VALUES (?, ?, ?, ?, 'done', ?, 0, ?, ?, ?, 0, ?, 1, ?, ?, '', 1, 0,"
            " 0, 1, ?)",
            (
                n,
                tid,
                _ts(start),
                _ts(start + timedelta(hours=2)),
                _ts(start + timedelta(minutes=20)),
                "地漏周边防水层破损，闭水试验24小时后楼下天花板仍有水渍",
                "凿开地漏周边重做防水两遍，闭水试验48小时无渗漏，恢复地砖并勾缝",
                "150.00",
                _ts(start + timedelta(hours=2)),
                _ts(start + timedelta(hours=2)),
                person(),
                _ts(start - timedelta(days=1)),
            ),
        )
        lead, other = rng.sample(technicians, 2)
        con.executemany(
            "INSERT INTO work_order_technician (work_order_id, staff_id, lead) VALUES (?, ?, ?)",
            [(n, lead, 1), (n, other, 0)],
        )
        con.executemany(
            "INSERT INTO work_order_part (work_order_id, name, quantity, unit_cost) VALUES (?, ?, ?, ?)",
            [(n, "防水涂料(桶)", "2", "85.50"), (n, "不锈钢地漏", "1", "46.00")],
        )
        con.execute(
            "INSERT INTO satisfaction_rating (ticket_id, work_order_id, attitude, quality, timeliness, comment,"
            " recorded_at) VALUES (?, ?, 5, 4, 5, '师傅很细心，现场收拾干净', ?)",
            (tid, n, now),
        )
    for table in ("site", "customer_phone"):
        con.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES('rebuild')")
    for _name, sql in triggers:
        con.execute(sql)
    con.commit()
    con.execute("ANALYZE")
    con.close()


# -- registers, each run in its own child process ----------------------------------------------
def _status_mb(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return None


def _reset_peak() -> float:
    """The current RSS, with the peak (VmHWM) reset to it (Linux 4+), so the peak read after
    the export is the export's own; elsewhere the process peak so far."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    current = _status_mb("VmRSS")
    return current if current is not None else _peak_mb()


def _peak_mb() -> float:
    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, db_path: str, first: str, last: str, out: str) -> None:
    from openpyxl import Workbook

    from app import db as app_db
    from app.registers import export, intake
    from app.registers.period import custom
    from app.registers.writer import Options

    app_db.connect(db_path)
    period = custom(date.fromisoformat(first), date.fromisoformat(last))
    base = _reset_peak()
    t0 = time.perf_counter()
    if kind == "register":
        from app.models import Staff

        manager = Staff.get(Staff.role == "manager").id  # an export is always someone's (R10.2)
        rows = export(["intake"], period, Path(out), Options(mask_phones=True), NOW, manager).rows
    else:  # bare openpyxl write-only: the same query's rows appended as they come
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Intake register")
        ws.append(["Intake register"])
        ws.append([c.header for c in intake.COLUMNS])
        rows = 0
        for row in intake.rows(period):
            ws.append(row)
            rows += 1
        wb.save(out)
    seconds = time.perf_counter() - t0
    print(json.dumps({"rows": rows, "seconds": seconds, "base_mb": base, "peak_mb": _peak_mb()}))


def run_child(kind: str, db_path: Path, period: tuple[date, date], out: Path) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--db", str(db_path)]
    cmd += ["--first", period[0].isoformat(), "--last", period[1].isoformat(), "--out", str(out)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- printed forms, in this process -------------------------------------------------------------
LABELS = (
    "Ticket no.", "Received at", "Customer", "Phone", "Site address", "Contract no.", "Category",
    "Warranty status", "Problem reported", "Diagnosis", "Work done", "Total cost", "Service",
    "Charged to customer", "Customer consent at", "Technicians", "Appointment", "Arrived at",
    "Finished at", "Acceptance (R4.5)", "Accepted at",
)  # fmt: skip


def bare_sheets(order_ids: list[int], path: Path, same_fields: bool = False) -> None:
    """What a hand-written loop would do: one query for the fields, then draw them as text.

    With `same_fields`, it also draws what every form must carry and the text-only loop
    leaves out: the warranty status of the problem (one lookup a sheet) and the QR code of the
    ticket number, drawn as a competent loop would: encoded once, one filled path.
    """
    from reportlab.graphics.barcode import qrencoder
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.forms.page import FONT, register_font
    from app.models import (
        Customer,
        SatisfactionRating,
        Site,
        Staff,
        Ticket,
        WorkOrder,
        WorkOrderPart,
        WorkOrderTechnician,
    )
    from app.services.warranty_status import coverage_for

    register_font()
    q = (
        WorkOrder.select(
            WorkOrder.id,
            Ticket.site,
            Ticket.number,
            Ticket.received_at,
            Customer.name,
            Ticket.contact_phone,
            Site.address,
            Site.contract_no,
            Ticket.work_category,
            Ticket.problem,
            WorkOrder.diagnosis,
            WorkOrder.work_done,
            WorkOrder.labour_cost,
            WorkOrder.window_start,
            WorkOrder.window_end,
            WorkOrder.arrived_at,
            WorkOrder.finished_at,
            WorkOrder.acceptance_signer,
            WorkOrder.accepted_at,
        )
        .join(Ticket)
        .join(Customer)
        .switch(Ticket)
        .join(Site)
        .where(WorkOrder.id.in_(order_ids))
        .order_by(WorkOrder.id)
        .tuples()
    )
    parts, techs, ratings = defaultdict(list), defaultdict(list), {}
    for wo, name, qty, cost in WorkOrderPart.select(
        WorkOrderPart.work_order, WorkOrderPart.name, WorkOrderPart.quantity, WorkOrderPart.unit_cost
    ).tuples():
        parts[wo].append((name, qty, cost))
    for wo, name in (
        WorkOrderTechnician.select(WorkOrderTechnician.work_order, Staff.name).join(Staff).tuples()
    ):
        techs[wo].append(name)
    for wo, a, qu, ti, comment in SatisfactionRating.select(
        SatisfactionRating.work_order_id,
        SatisfactionRating.attitude,
        SatisfactionRating.quality,
        SatisfactionRating.timeliness,
        SatisfactionRating.comment,
    ).tuples():
        ratings[wo] = (a, qu, ti, comment)
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    w, h = A4
    for wo, site_id, *row in q:
        row = [wo, *row]
        warranty = ""
        if same_fields:
            cover = coverage_for(site_id, row[7], TODAY) if site_id else None
            warranty = "in warranty" if cover is not None and cover.in_warranty else "out of warranty"
        labour = Decimal(row[11] or 0)
        total = labour + sum((Decimal(q) * Decimal(u) for _n, q, u in parts[wo]), Decimal(0))
        values = [
            row[1], f"{row[2]:%Y-%m-%d %H:%M}", row[3], row[4], row[5], row[6], row[7], warranty,
            row[8], row[9], row[10], f"{total:,.2f}", "Free repair in warranty", "0.00", "",
            "、".join(techs[wo]), f"{row[12]:%Y-%m-%d %H:%M} – {row[13]:%H:%M}",
            f"{row[14]:%Y-%m-%d %H:%M}", f"{row[15]:%Y-%m-%d %H:%M}", f"Accepted {row[16]}",
            f"{row[17]:%Y-%m-%d %H:%M}",
        ]  # fmt: skip
        c.setFont(FONT, 11)
        c.drawString(36, h - 48, "基准测试分公司")
        c.setFont(FONT, 19)
        c.drawString(36, h - 74, "售后服务报告单  Service report sheet")
        y = h - 120
        for label, value in zip(LABELS, values, strict=True):
            c.rect(36, y - 26, w - 72, 28)
            c.setFont(FONT, 7.5)
            c.drawString(40, y - 8, label)
            c.setFont(FONT, 9.5)
            c.drawString(41, y - 22, str(value))
            y -= 30
        c.setFont(FONT, 9)
        for name, qty, cost in parts[wo]:
            c.drawString(40, y, f"{name}  {qty:g}  {cost:,.2f}  {Decimal(qty) * Decimal(cost):,.2f}")
            y -= 16
        a, qu, ti, comment = ratings.get(wo, (None, None, None, ""))
        c.drawString(40, y, f"Service attitude {a}  Quality of work {qu}  Timeliness {ti}  {comment}")
        if same_fields:
            # The QR code as a competent hand-written loop draws it: encoded once, its dark runs
            # as one filled path (reportlab's QrCodeWidget + renderPDF, what this loop drew until
            # issue 20, is the slow path the forms replaced; comparing with it flattered them).
            qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
            qr.addData(row[1])
            qr.make()
            count = qr.getModuleCount()
            box = 64 / (count + 8)
            top = h - 100 + 64 - 5 * box
            path = c.beginPath()
            for r, modules in enumerate(qr.modules):
                col = 0
                for dark, group in itertools.groupby(map(bool, modules)):
                    length = len(list(group))
                    if dark:
                        path.rect(w - 100 + (col + 4) * box, top - r * box, length * box, box)
                    col += length
            c.drawPath(path, stroke=0, fill=1)
        c.showPage()
    c.save()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "service_office_bench_exports.db"))
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pdf-only", action="store_true", help="measure the service sheets only")
    parser.add_argument("--child")
    parser.add_argument("--first")
    parser.add_argument("--last")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.first, args.last, args.out)
        return
    path = Path(args.db)
    if not path.exists():
        t0 = time.perf_counter()
        build(path, args.tickets, args.pages)
        print(f"build_s: {time.perf_counter() - t0:.1f} s")
    con = sqlite3.connect(path)
    tickets = con.execute("SELECT count(*) FROM ticket").fetchone()[0]
    con.close()
    everything = (START.date(), (START + SPACING * (tickets + 1)).date())
    quarter = (START.date(), (START + SPACING * (tickets // 4)).date() - timedelta(days=1))
    out_dir = Path(tempfile.mkdtemp(prefix="bench-exports-"))
    if not args.pdf_only:
        registers_figures(args, path, tickets, everything, quarter, out_dir)
    pdf_figures(args, path, out_dir)


def registers_figures(args, path, tickets, everything, quarter, out_dir) -> None:
    real, bare = [], []
    for i in range(args.rounds):
        real.append(run_child("register", path, everything, out_dir / f"intake-{i}.xlsx"))
        bare.append(run_child("bare", path, everything, out_dir / f"bare-{i}.xlsx"))
    rows = real[0]["rows"]
    assert rows == bare[0]["rows"] == tickets, (rows, bare[0]["rows"], tickets)
    real_rate = statistics.median(rows / r["seconds"] for r in real)
    bare_rate = statistics.median(rows / r["seconds"] for r in bare)
    print(f"intake_register_rows: {rows} rows")
    print(f"intake_register_rows_per_s: {real_rate:.0f} rows/s")
    print(f"bare_openpyxl_write_only_rows_per_s: {bare_rate:.0f} rows/s")
    print(f"intake_register_vs_bare_openpyxl_ratio: {real_rate / bare_rate:.2f}")
    small = run_child("register", path, quarter, out_dir / "intake-quarter.xlsx")
    full = min(real, key=lambda r: r["peak_mb"])
    print(f"intake_register_rows_small: {small['rows']} rows")
    print(f"intake_register_peak_mb_25k: {small['peak_mb'] - small['base_mb']:.1f} MB")
    print(f"intake_register_peak_mb_100k: {full['peak_mb'] - full['base_mb']:.1f} MB")
    print(f"intake_register_process_peak_rss_mb_100k: {full['peak_mb']:.1f} MB")


def pdf_figures(args, path, out_dir) -> None:
    from app import db as app_db
    from app import forms
    from app.models import WorkOrder

    app_db.connect(str(path))
    order_ids = [r[0] for r in WorkOrder.select(WorkOrder.id).order_by(WorkOrder.id).tuples()]
    forms.service_sheets(order_ids[:5], out_dir / "warm.pdf", today=TODAY)  # font loaded once
    bare_sheets(order_ids[:5], out_dir / "warm-bare.pdf")
    real_pdf, bare_pdf, same_pdf = [], [], []
    for i in range(args.rounds):
        t0 = time.perf_counter()
        forms.service_sheets(order_ids, out_dir / f"sheets-{i}.pdf", today=TODAY)
        real_pdf.append(len(order_ids) / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        bare_sheets(order_ids, out_dir / f"bare-{i}.pdf")
        bare_pdf.append(len(order_ids) / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        bare_sheets(order_ids, out_dir / f"same-{i}.pdf", same_fields=True)
        same_pdf.append(len(order_ids) / (time.perf_counter() - t0))
    real_rate, bare_rate, same_rate = (statistics.median(x) for x in (real_pdf, bare_pdf, same_pdf))
    print(f"service_sheet_pages: {len(order_ids)} pages")
    print(f"service_sheet_pages_per_s: {real_rate:.1f} pages/s")
    print(f"bare_reportlab_text_only_pages_per_s: {bare_rate:.1f} pages/s")
    print(f"service_sheet_vs_bare_text_only_ratio: {real_rate / bare_rate:.2f}")
    print(f"bare_reportlab_same_fields_qr_as_one_path_pages_per_s: {same_rate:.1f} pages/s")
    ratio = real_rate / same_rate
    verdict = "meets" if ratio >= 0.9 else "misses"
    print(f"service_sheet_vs_competent_bare_loop_ratio: {ratio:.2f}  ({verdict} the 0.9 target)")
    app_db.close()
    for f in out_dir.iterdir():
        f.unlink()
    out_dir.rmdir()


if __name__ == "__main__":
    main()
