"""A long-lived office for the benchmarks: N tickets spread over Y years, with history.

    uv run python bench/big_office.py PATH [--tickets 60000] [--years 5]

Built once through the raw connection (executemany, FIELD_NOTES: ~3× peewee's insert_many) and
reused: the benchmarks take the file's path (`--db`) and never write to it, except start-up's own
migrations on the first open. What it holds, per ticket: a customer (one per ~5 tickets), a site
(~0.3 per ticket), a realistic problem text and contact phone; 65% have a work order with a lead
technician on a day near receipt, so the board's window queries see years of orders before the
week shown. Tickets of the last ~10 days are mostly open, older ones closed or cancelled, a few
left lying — about the open share of a real branch (~3%). Every member of staff signs in with
`demo1234`; the supervisor is "主管".
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 23, 9, 0)  # a Monday
OPEN_STATES = ("registered", "dispatched", "scheduled", "in_progress", "awaiting_acceptance", "completed")


def _ts(t: datetime) -> str:
    return t.isoformat(" ", "seconds")


def build(path: Path, tickets: int, years: float, seed: int = 42) -> dict[str, int]:
    from app import db as app_db
    from app import passwords
    from app.demo import data as words
    from app.services import setup

    app_db.connect(str(path))
    setup.set_up_branch("基准测试分公司", "BM", "主管", NOW - timedelta(days=int(years * 365)), "supervisor")
    app_db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA journal_mode=WAL")
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'").fetchall()
    for name, _sql in triggers:  # index in bulk afterwards: much faster than row by row
        con.execute(f'DROP TRIGGER "{name}"')
    rng = random.Random(seed)
    days = max(30, int(years * 365))
    start = NOW - timedelta(days=days)
    customers = max(50, tickets // 5)
    sites = max(60, int(tickets * 0.3))
    pw = passwords.hash_password("demo1234")
    con.execute("UPDATE staff SET password_hash = ?", (pw,))
    orders_per_day = tickets * 0.65 / days
    technicians = max(9, min(40, math.ceil(orders_per_day / 4)))
    created = _ts(start)
    staff = [
        (f"技师{i:02d}", f"1390000{i:04d}", "technician", "plumbing,electrical,carpentry,waterproofing")
        for i in range(technicians)
    ]
    staff += [(f"接待{i}", f"1380000{i:04d}", "receptionist", "") for i in range(3)]
    staff += [("经理", "13700000001", "manager", ""), ("管理员", "13700000002", "admin", "")]
    con.executemany(
        "INSERT INTO staff (name, phone, role, department_id, skills, active, active_from, password_hash,"
        " created_at) VALUES (?, ?, ?, NULL, ?, 1, ?, ?, ?)",
        [(n, p, r, s, start.date().isoformat(), pw, created) for n, p, r, s in staff],
    )
    tech_ids = [r[0] for r in con.execute("SELECT id FROM staff WHERE role = 'technician' ORDER BY id")]
    receivers = [r[0] for r in con.execute("SELECT id FROM staff WHERE role = 'receptionist' ORDER BY id")]
    supervisor = con.execute("SELECT id FROM staff WHERE role = 'supervisor'").fetchone()[0]

    used: set[str] = set()

    def mobile() -> str:
        while True:
            p = rng.choice(words.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
            if p not in used:
                used.add(p)
                return p

    def name() -> str:
        surname = rng.choices(words.SURNAMES, weights=words.SURNAME_WEIGHTS)[0]
        if rng.random() < 0.25:
            return surname + rng.choice(words.GIVEN_SINGLE)
        return surname + rng.choice(words.GIVEN_FIRST) + rng.choice(words.GIVEN_SECOND)

    cust_rows, phone_rows, cust_phone = [], [], {}
    for cid in range(1, customers + 1):
        cust_rows.append((cid, name(), "", created))
        first = mobile()
        cust_phone[cid] = first
        phone_rows.append((cid, first, 1))
        if rng.random() < 0.3:
            phone_rows.append((cid, mobile(), 0))
    con.executemany("INSERT INTO customer (id, name, note, created_at) VALUES (?, ?, ?, ?)", cust_rows)
    con.executemany(
        "INSERT INTO customer_phone (customer_id, phone, is_primary) VALUES (?, ?, ?)", phone_rows
    )
    districts = list(words.ROADS)
    categories = list(words.PROBLEMS)
    site_rows, site_owner = [], []
    for sid in range(1, sites + 1):
        cid = sid if sid <= customers else rng.randrange(1, customers + 1)
        district = rng.choices(districts, weights=words.DISTRICT_WEIGHTS)[0]
        estate = rng.choice(words.ESTATE_HEADS) + rng.choice(words.ESTATE_TAILS)
        address = (
            f"{district}{rng.choice(words.ROADS[district])}{rng.randint(1, 2200)}弄{estate}"
            f"{rng.randint(1, 36)}号{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
        )
        completed = (
            start.date() - timedelta(days=rng.randrange(0, 3 * 365)) + timedelta(days=rng.randrange(0, days))
        )
        site_rows.append(
            (sid, cid, address, district, f"HT{completed.year}-{sid:06d}", completed.isoformat(), created)
        )
        site_owner.append(cid)
    con.executemany(
        "INSERT INTO site (id, customer_id, address, district, contract_no, project_name, completion_date,"
        ' archived, created_at) VALUES (?, ?, ?, ?, ?, "", ?, 0, ?)',
        site_rows,
    )
    con.executemany(
        "INSERT INTO site_work_category (site_id, category, start_date, term_months) VALUES (?, ?, NULL, NULL)",
        ((sid, cat) for sid in range(1, sites + 1) for cat in rng.sample(categories, 2)),
    )
    seq: dict[date, int] = {}
    ticket_rows, order_rows, tech_rows = [], [], []
    open_count = 0
    minutes = days * 24 * 60
    for tid in range(1, tickets + 1):
        received = start + timedelta(minutes=int(minutes * (tid - 0.5) / tickets))
        received = received.replace(hour=8 + received.hour % 12)  # office hours
        if received >= NOW:
            received = NOW - timedelta(minutes=rng.randint(5, 300))
        day = received.date()
        seq[day] = seq.get(day, 0) + 1
        number = f"BM-{day:%Y%m%d}-{seq[day]:04d}"
        sid = rng.randrange(1, sites + 1)
        category = rng.choice(categories)
        problem = rng.choice(words.PROBLEMS[category])[0]
        age = (NOW - received).days
        if age <= 10:
            status = rng.choice(OPEN_STATES) if rng.random() < 0.8 else "closed"
        elif rng.random() < 0.008:
            status = rng.choice(OPEN_STATES)  # left lying
        else:
            status = "cancelled" if rng.random() < 0.04 else "closed"
        is_open = status in OPEN_STATES
        open_count += is_open
        kind = rng.choices(("repair", "complaint", "consultation", "suggestion"), (70, 12, 12, 6))[0]
        due = _ts(received + timedelta(days=2)) if is_open else None
        closed = _ts(received + timedelta(days=rng.randint(2, 9))) if status == "closed" else None
        ticket_rows.append(
            (
                tid,
                number,
                site_owner[sid - 1],
                sid,
                kind,
                cust_phone[site_owner[sid - 1]],
                category,
                problem,
                status,
                _ts(received),
                rng.choice(receivers),
                closed,
                "first_response" if is_open else "",
                due,
                _ts(received),
                closed or _ts(received),
            )
        )
        if (
            kind in ("repair", "complaint")
            and status not in ("registered", "cancelled")
            and rng.random() < 0.9
        ):
            oday = day + timedelta(days=rng.randint(1, 3))
            hour = rng.choice(words.SLOTS)
            ws = datetime.combine(oday, datetime.min.time()) + timedelta(hours=hour)
            ostatus = "accepted" if status == "closed" else "scheduled"
            order_rows.append((tid, _ts(ws), _ts(ws + words.WINDOW), ostatus, supervisor, _ts(received)))
            tech_rows.append(len(order_rows))
    con.executemany(
        "INSERT INTO ticket (id, number, customer_id, site_id, kind, channel, contact_phone, work_category,"
        " product_model, cause_category, urgent, complex_repair, major, problem, complaint_about, status,"
        " escalated, escalated_to, cancel_reason, received_at, received_by_id, closed_at, next_clock,"
        " next_due_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'phone', ?, ?, '', 'construction',"
        " 0, 0, 0, ?, '', ?, 0, '', '', ?, ?, ?, ?, ?, ?, ?)",
        ticket_rows,
    )
    con.executemany(
        "INSERT INTO work_order (ticket_id, window_start, window_end, status, late, diagnosis, work_done,"
        " labour_cost, charged, acceptance_signer, rejection_reason, report_done, repeat_repair,"
        " repeat_fault_technician, created_by_id, created_at) VALUES (?, ?, ?, ?, 0, '', '', 0, 0, '', '',"
        " 0, 0, 0, ?, ?)",
        order_rows,
    )
    con.executemany(
        "INSERT INTO work_order_technician (work_order_id, staff_id, lead) VALUES (?, ?, 1)",
        ((oid, rng.choice(tech_ids)) for oid in tech_rows),
    )
    add_deadlines(con)
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE '%_fts'"):
        con.execute(f'INSERT INTO "{table}"("{table}") VALUES(\'rebuild\')')
    for _name, sql in triggers:
        con.execute(sql)
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return {"tickets": tickets, "open": open_count, "orders": len(order_rows), "technicians": technicians}


def add_deadlines(con: sqlite3.Connection) -> int:
    """The R3 clocks every ticket carries, as the services store them: the first response (met
    40 minutes after receipt) and, for repairs and complaints, the repair / complaint answer
    (due three days after receipt, met when the ticket closed). An open ticket lying since
    before the last few days is overdue: the sign-in's escalation run finds thousands."""
    con.execute("DELETE FROM ticket_deadline")
    con.execute(
        "INSERT INTO ticket_deadline (ticket_id, clock, due_at, met_at, paused_seconds)"
        " SELECT id, 'first_response', datetime(received_at, '+2 hours'),"
        " datetime(received_at, '+40 minutes'), 0 FROM ticket"
    )
    con.execute(
        "INSERT INTO ticket_deadline (ticket_id, clock, due_at, met_at, paused_seconds)"
        " SELECT id, CASE kind WHEN 'complaint' THEN 'complaint_answer' ELSE 'repair' END,"
        " datetime(received_at, '+3 days'),"
        " CASE WHEN status IN ('closed', 'cancelled') THEN coalesce(closed_at, updated_at) END, 0"
        " FROM ticket WHERE kind IN ('repair', 'complaint')"
    )
    return con.execute("SELECT count(*) FROM ticket_deadline").fetchone()[0]


def ensure(path: Path, tickets: int, years: float) -> Path:
    """The office at `path`, built first when the file is not there yet."""
    if not path.exists():
        t0 = time.perf_counter()
        made = build(path, tickets, years)
        print(f"build_s: {time.perf_counter() - t0:.1f} s  ({made})")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--tickets", type=int, default=60_000)
    parser.add_argument("--years", type=float, default=5)
    parser.add_argument("--add-deadlines", action="store_true", help="to an office built before they were")
    args = parser.parse_args()
    path = Path(args.path)
    if path.exists() and args.add_deadlines:
        con = sqlite3.connect(path)
        print(f"deadlines: {add_deadlines(con)}")
        con.commit()
        con.close()
        return
    if path.exists():
        sys.exit(f"{path} exists; the benchmarks reuse it (delete it to build a new one)")
    ensure(path, args.tickets, args.years)
    print(f"size_mb: {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
