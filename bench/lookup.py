"""Counter lookups on a large office (R5.5): 200,000 customers, 300,000 sites, 1,000,000 tickets.

    uv run python bench/lookup.py [--rounds 200] [--db PATH]
    uv run python bench/lookup.py --db postgresql://postgres@127.0.0.1/so_bench [--source PATH]

Builds the office once (raw executemany, ~2 min; kept at the path for later runs), then prints
median and p95 latency per kind of lookup, for the service call and through the UI model (the
service call plus filling SiteMatchModel and reading every cell a view would paint).
Target: p95 under 30 ms for each kind. With a postgresql:// --db (an existing, empty database),
the SQLite office is built as --source and moved onto the server with app.transfer (verified
table by table), then the same lookups run against the server.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CUSTOMERS, SITES, TICKETS, PRODUCTS = 200_000, 300_000, 1_000_000, 60_000


def build(path: Path) -> None:
    from app import db as app_db
    from app.demo import data as words
    from app.services import setup

    app_db.connect(str(path))
    setup.set_up_branch("基准测试分公司", "BM", "基准", datetime(2026, 11, 23, 9))
    app_db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'").fetchall()
    for name, _sql in triggers:  # index in bulk afterwards: much faster than row by row
        con.execute(f'DROP TRIGGER "{name}"')
    rng = random.Random(42)
    districts = list(words.ROADS)
    now = "2026-11-23 09:00:00"

    def name() -> str:
        return rng.choice(words.SURNAMES) + rng.choice(words.GIVEN_FIRST) + rng.choice(words.GIVEN_SECOND)

    con.executemany(
        'INSERT INTO customer (id, name, note, created_at) VALUES (?, ?, "", ?)',
        ((i, name(), now) for i in range(1, CUSTOMERS + 1)),
    )
    phones = set()
    rows = []
    for cid in range(1, CUSTOMERS + 1):
        for k in range(1 if rng.random() < 0.7 else 2):
            phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
            if phone in phones:
                continue
            phones.add(phone)
            rows.append((cid, phone, k == 0))
    con.executemany("INSERT INTO customer_phone (customer_id, phone, is_primary) VALUES (?, ?, ?)", rows)
    site_rows = []
    for sid in range(1, SITES + 1):
        cid = sid if sid <= CUSTOMERS else rng.randrange(1, CUSTOMERS + 1)
        district = rng.choice(districts)
        road = rng.choice(words.ROADS[district])
        estate = rng.choice(words.ESTATE_HEADS) + rng.choice(words.ESTATE_TAILS)
        address = f"{district}{road}{rng.randrange(1, 3000)}弄{estate}{rng.randrange(1, 40)}号{rng.randrange(1, 33)}0{rng.randrange(1, 5)}室"
        completed = date(2019, 1, 1) + timedelta(days=rng.randrange(2800))
        site_rows.append(
            (sid, cid, address, district, f"HT{completed.year}-{sid:06d}", completed.isoformat(), now)
        )
    con.executemany(
        "INSERT INTO site (id, customer_id, address, district, contract_no, project_name, completion_date, archived, created_at)"
        ' VALUES (?, ?, ?, ?, ?, "", ?, 0, ?)',
        site_rows,
    )
    con.executemany(
        "INSERT INTO site_work_category (site_id, category, start_date, term_months) VALUES (?, ?, NULL, NULL)",
        (
            (sid, cat)
            for sid in range(1, SITES + 1)
            for cat in rng.sample(["decoration", "electrical", "plumbing", "bathroom_waterproofing"], 2)
        ),
    )
    con.executemany(
        "INSERT INTO installed_product (site_id, product, model, serial, installed_on, term_months) VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                rng.randrange(1, SITES + 1),
                "壁挂炉",
                "L1PB26",
                f"VX{rng.randrange(10**10):010d}",
                "2024-01-10",
                36,
            )
            for _ in range(PRODUCTS)
        ),
    )
    start = datetime(2025, 5, 1)

    def tickets():
        for i in range(1, TICKETS + 1):
            received = start + timedelta(minutes=i * 0.8)
            sid = rng.randrange(1, SITES + 1)
            yield (
                f"BM-{received:%Y%m%d}-{i:07d}",
                site_rows[sid - 1][1],
                sid,
                received.isoformat(" ", "seconds"),
                "closed" if rng.random() < 0.97 else "registered",
            )

    con.executemany(
        "INSERT INTO ticket (number, customer_id, site_id, kind, channel, contact_phone, work_category, product_model,"
        " cause_category, urgent, complex_repair, major, problem, complaint_about, status, escalated, escalated_to,"
        " cancel_reason, received_at, next_clock, created_at, updated_at)"
        ' VALUES (?, ?, ?, "repair", "phone", "", "plumbing", "", "construction", 0, 0, 0, "漏水", "", ?, 0, "", "", ?, "", ?, ?)',
        ((n, c, s, st, r, r, r) for n, c, s, r, st in tickets()),
    )
    for table in ("site", "customer_phone"):
        con.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES('rebuild')")
    for _name, sql in triggers:
        con.execute(sql)
    con.commit()
    con.execute("ANALYZE")
    con.close()


def queries(path: Path, rounds: int) -> dict[str, list[str]]:
    con = sqlite3.connect(path)
    rng = random.Random(7)

    def sample(sql: str) -> list[str]:
        return [r[0] for r in con.execute(sql + f" ORDER BY random() LIMIT {rounds}")]

    phones = sample("SELECT phone FROM customer_phone")
    addresses = sample("SELECT address FROM site")
    out = {
        "phone_full": phones,
        "phone_fragment": [p[3 : 3 + rng.choice((4, 5, 6))] for p in phones],
        "name": sample("SELECT name FROM customer"),
        "address_fragment": [a[rng.randrange(3, 8) :][:5] for a in addresses],
        "contract": sample("SELECT contract_no FROM site"),
        "serial": sample("SELECT serial FROM installed_product"),
        "ticket_number": sample("SELECT number FROM ticket"),
    }
    con.close()
    return out


def measure(fn, texts: list[str]) -> tuple[float, float]:
    times = []
    for text in texts:
        t0 = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "service_office_bench_lookup.db"))
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument(
        "--source", default=str(Path(tempfile.gettempdir()) / "service_office_bench_lookup.db")
    )
    args = parser.parse_args()
    server = args.db.startswith(("postgresql://", "postgres://"))
    path = Path(args.source if server else args.db)
    if not path.exists():
        t0 = time.perf_counter()
        build(path)
        print(f"build_s: {time.perf_counter() - t0:.1f} s")
    if server:
        from app import db as app_db
        from app import transfer

        probe = app_db.open_database(args.db)
        probe.connect()
        empty = (
            not probe.table_exists("ticket")
            or probe.execute_sql("SELECT 1 FROM ticket LIMIT 1").fetchone() is None
        )
        probe.close()
        if empty:
            t0 = time.perf_counter()
            transfer.move_office(str(path), args.db)
            print(f"move_to_server_s: {time.perf_counter() - t0:.1f} s")
            probe.connect()
            probe.execute_sql("ANALYZE")
            probe.close()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app import db as app_db
    from app.services import lookup
    from ui.intake.site_match_model import SiteMatchModel

    app_db.connect(args.db if server else str(path))
    _app = QApplication([])
    model = SiteMatchModel()

    def through_model(text: str) -> None:
        model.set_matches(lookup.find_sites(text))
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                model.index(r, c).data(Qt.ItemDataRole.DisplayRole)

    from app.services import warranty_status

    site_ids = [str(random.Random(3).randrange(1, SITES + 1)) for _ in range(args.rounds)]
    med, p95 = measure(lambda sid: warranty_status.site_warranty(int(sid), date(2026, 11, 23)), site_ids)
    print(f"site_warranty_median_ms: {med:.2f} ms")
    print(f"site_warranty_p95_ms: {p95:.2f} ms")
    for kind, texts in queries(path, args.rounds).items():
        lookup.find_sites(texts[0])  # warm the page cache once per kind
        med, p95 = measure(lookup.find_sites, texts)
        print(f"lookup_{kind}_median_ms: {med:.2f} ms")
        print(f"lookup_{kind}_p95_ms: {p95:.2f} ms")
        med, p95 = measure(through_model, texts)
        print(f"lookup_{kind}_ui_model_p95_ms: {p95:.2f} ms")


if __name__ == "__main__":
    main()
