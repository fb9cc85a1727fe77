"""The dispatch board on a busy office: 40 technicians, 2,000 work orders in the week shown,
500 tickets waiting in the queue (issue: dispatch board, point 8).

    uv run python bench/board.py [--rounds 7]

Prints the median time to load the board for a day and for a week (service queries, the
board's layout and a full repaint), the queue's load, and one drag-drop round trip (the
assign service call, the tab's refresh and a repaint). Target: under 100 ms each.

Also the first print preview of a service report sheet from the window, each in a fresh process
(cold imports, font not yet loaded): `print_preview_cold_ms` with nothing prepared, and
`print_preview_first_ms` as the program does it — the form library and CJK font warmed on a
background thread a few seconds after the window opens. Target: under 1,000 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 23, 8, 0)  # Monday
MONDAY = NOW.date()


def build(path: str) -> None:
    from app import db as app_db
    from app.models import Customer, Site, Staff, Ticket, WorkOrder, WorkOrderTechnician
    from app.services import setup

    app_db.connect(path)
    setup.set_up_branch("基准测试分公司", "BM", "主管", NOW, role="supervisor")
    rng = random.Random(5)
    with app_db.database.atomic():
        techs = [
            Staff.create(name=f"技师{i:02d}", role="technician", skills="plumbing", created_at=NOW).id
            for i in range(40)
        ]
        customers = [{"name": f"客户{i}", "created_at": NOW} for i in range(2500)]
        Customer.insert_many(customers).execute()
        Site.insert_many(
            [
                {
                    "customer": i + 1,
                    "address": f"浦东新区张杨路{i}号",
                    "district": "浦东新区",
                    "created_at": NOW,
                }
                for i in range(2500)
            ]
        ).execute()
        rows = []
        for i in range(2500):
            queued = i < 500
            rows.append(
                {
                    "number": f"BM-20261120-{i:04d}",
                    "customer": i + 1,
                    "site": i + 1,
                    "kind": "repair",
                    "channel": "phone",
                    "work_category": "plumbing",
                    "problem": "漏水",
                    "status": "registered" if queued else "dispatched",
                    "urgent": queued and i % 25 == 0,
                    "received_at": NOW - timedelta(hours=rng.randrange(1, 72)),
                    "next_clock": "first_response",
                    "next_due_at": NOW + timedelta(hours=rng.randrange(-24, 48)),
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
        Ticket.insert_many(rows).execute()
        # 2,000 orders over the week: 40 lanes × 5 days × 10 two-hour-or-shorter slots, no overlaps
        orders, links = [], []
        slot = 0
        for day in range(5):
            for tech in techs:
                for k in range(10):
                    if slot >= 2000:
                        break
                    start = datetime.combine(MONDAY + timedelta(days=day), datetime.min.time()) + timedelta(
                        hours=8, minutes=72 * k
                    )
                    orders.append(
                        {
                            "ticket": 501 + slot,
                            "window_start": start,
                            "window_end": start + timedelta(minutes=60),
                            "status": "scheduled",
                            "created_at": NOW,
                        }
                    )
                    links.append((slot + 1, tech))
                    slot += 1
        WorkOrder.insert_many(orders).execute()
        WorkOrderTechnician.insert_many(
            [{"work_order": o, "staff": t, "lead": True} for o, t in links]
        ).execute()
    app_db.close()


def timed(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def preview_child(path: str, warm: bool) -> None:
    """In a fresh process: open Print forms… for an order's ticket, press Enter, time until the
    preview window shows."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog

    from app import db as app_db
    from app.models import Staff
    from ui.exports import export_menu, print_dialog

    app_db.connect(path)
    app = QApplication([])
    supervisor = Staff.get(Staff.role == "supervisor").id
    if warm:
        export_menu.start_forms_warm_up().join()  # what the window does 2 s after it opens
    dialog = print_dialog.PrintDialog(lambda: NOW, supervisor, subject="BM-20261120-0500")
    dialog.show()
    app.processEvents()
    t0 = time.perf_counter()
    QTest.keyClick(dialog.subject, Qt.Key.Key_Return)  # Enter presses Preview (the default)
    deadline = t0 + 60
    while time.perf_counter() < deadline:
        app.processEvents()
        viewers = [w for w in dialog.findChildren(QDialog) if w.isVisible()]
        if viewers or dialog.error.text():
            break
        time.sleep(0.002)
    elapsed = (time.perf_counter() - t0) * 1000
    if dialog.error.text() or not viewers:
        raise SystemExit(f"preview failed: {dialog.error.text()}")
    print(f"{elapsed:.1f}")


def first_previews(path: str) -> None:
    import subprocess

    for name, warm in (("print_preview_cold_ms", False), ("print_preview_first_ms", True)):
        out = (
            subprocess.run(
                [sys.executable, __file__, "--preview-child", "warm" if warm else "cold", path],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        print(f"{name}: {float(out):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--preview-child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.preview_child:
        preview_child(args.preview_child[1], args.preview_child[0] == "warm")
        return
    path = str(Path(tempfile.mkdtemp()) / "board.db")
    build(path)
    first_previews(path)

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from app import db as app_db
    from app.models import Staff
    from app.services import dispatch
    from ui import msgbox
    from ui.dispatch.dispatch_tab import DispatchTab

    def refuse_loudly(parent, title, text):  # a refused drop must fail the bench, not wait on a box
        raise RuntimeError(text)

    msgbox.warning = refuse_loudly

    app_db.connect(path)
    app = QApplication([])
    supervisor = Staff.get(Staff.role == "supervisor").id  # dispatching needs the role (R10.1)
    tab = DispatchTab(lambda: NOW, supervisor)
    tab.resize(1366, 800)
    tab.show()
    tab.day.setDate(QDate(MONDAY))
    app.processEvents()

    def load(week: bool) -> None:
        (tab.week_mode if week else tab.day_mode).setChecked(True)  # an exclusive pair
        tab.load_board()
        tab.board.repaint()

    print(f"orders_in_week: {len(dispatch.orders_between(*dispatch.day_bounds(MONDAY, 7)))} orders")
    print(f"queue_tickets: {len(dispatch.queue(NOW))} tickets")
    print(f"board_day_load_ms: {timed(lambda: load(False), args.rounds):.1f} ms")
    print(f"board_week_load_ms: {timed(lambda: load(True), args.rounds):.1f} ms")
    print(f"queue_load_ms: {timed(tab.queue.reload, args.rounds):.1f} ms")

    tab.day_mode.setChecked(True)
    tab.day.setDate(QDate(MONDAY + timedelta(days=5)))  # Saturday: lanes free for drops
    techs = [s.id for s in Staff.select().where(Staff.role == "technician")]
    slots = iter([(t, h) for t in techs for h in (8, 10, 12, 14, 16, 18)])

    def drop_round_trip() -> None:
        ticket = tab.queue.item_at(0).ticket_id
        tech, hour = next(slots)
        start = datetime.combine(MONDAY + timedelta(days=5), datetime.min.time()) + timedelta(hours=hour)
        tab._on_ticket_dropped(ticket, tech, start)
        tab.board.repaint()
        app.processEvents()

    print(f"drag_drop_round_trip_day_ms: {timed(drop_round_trip, args.rounds):.1f} ms")
    tab.week_mode.setChecked(True)
    print(f"drag_drop_round_trip_week_ms: {timed(drop_round_trip, args.rounds):.1f} ms")


if __name__ == "__main__":
    main()
