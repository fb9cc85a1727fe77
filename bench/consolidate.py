"""Head office's consolidation of branches' monthly packs (issue 19).

    uv run python bench/consolidate.py [--packs 100] [--tickets 2000] [--dir /tmp/bench-consolidate]

Makes N branch packs of one month through the real exporter (app.registers.build_workbook, pack
sheet and checksums included): a demo office gives each register's rows of October 2026, which
are repeated — with each branch's own ticket numbers — up to a branch of about `--tickets`
tickets a month (intake 1×, dispatch log 0.8×, follow-ups 0.6×, costs 0.75×, complaints 0.08×
of it). The packs are kept in the folder for later runs. Then it consolidates all N packs, and
a quarter of them, each in a fresh child process, and prints one `name: value unit` line per
figure:

- consolidate_<N>_packs_s: wall time of `app.head_office.consolidate` over N packs (target: 100
  packs in under 60 s), and consolidate_<N>_packs_cpu_s, its CPU time, the worker processes
  that read the packs included (the wall time follows whatever else the machine is doing);
- consolidate_rows: register rows merged;
- consolidate_peak_rss_mb_<n>: the child's peak resident memory for n packs (its pack-reading
  workers hold one pack each, and are not counted) — it should not grow
  with the number of packs (one pack is held at a time; rows are spooled to disk; the result is
  written in write-only mode).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 11, 23, 10, 0)
PERIOD = "2026-10"
SHARE = {
    "intake": 1.0,
    "dispatch": 0.8,
    "follow_ups": 0.6,
    "costs": 0.75,
    "complaints": 0.08,
    "complaint_follow_up": 0.08,
}


def make_packs(folder: Path, packs: int, tickets: int) -> None:
    from app import db as app_db
    from app import registers
    from app.cli import ts_translate
    from app.demo import fill_demo_office
    from app.registers.period import parse_period
    from app.registers.writer import Options
    from app.services import settings, setup

    folder.mkdir(parents=True, exist_ok=True)
    office = folder / "branch.db"
    for p in folder.glob("branch.db*"):
        p.unlink()
    app_db.connect(str(office))
    setup.set_up_branch("基准分公司", "QAA", "王丽", NOW, role="manager")
    fill_demo_office(NOW, seed=11, customers=200, tickets=1500)
    period = parse_period(PERIOD)
    base = {code: list(reg.rows(period)) for code, reg in registers.REGISTERS.items() if reg.rows is not None}
    original = dict(registers.REGISTERS)
    zh = ts_translate("zh_CN")
    try:
        for i in range(packs):
            code = branch_code(i)
            with app_db.write_transaction():
                settings.put(settings.BRANCH_CODE, code)
                settings.put(settings.BRANCH_NAME, f"第{i + 1}分公司")
            for reg_code, rows in base.items():
                want = int(tickets * SHARE.get(reg_code, 0)) or len(rows)
                registers.REGISTERS[reg_code] = dataclasses.replace(
                    original[reg_code],
                    rows=lambda _p, rows=rows, want=want, code=code: _grow(rows, want, code),
                    count=lambda _p, want=want: want,
                )
            wb, _sheets = registers.build_workbook(
                registers.MONTHLY_PACK, period, Options(translate=zh, language="zh_CN", now=NOW)
            )
            wb.save(folder / f"{code}-{PERIOD}.xlsx")
            print(f"pack {i + 1}/{packs}", end="\r", file=sys.stderr)
    finally:
        registers.REGISTERS.update(original)
        app_db.close()
    print(file=sys.stderr)


def branch_code(i: int) -> str:
    return f"Q{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}"  # QAA, QAB, … (letters only)


def _grow(rows: list, want: int, code: str):
    """`want` rows cycling through the month's real rows; ticket numbers made the branch's own."""
    if not rows:
        return
    for n in range(want):
        row = list(rows[n % len(rows)])
        if isinstance(row[0], str) and row[0].count("-") == 2:  # a ticket number first
            row[0] = f"{code}-{row[0].split('-')[1]}-{n:05d}"
        elif len(row) > 1 and isinstance(row[1], str) and row[1].count("-") == 2:
            row[1] = f"{code}-{row[1].split('-')[1]}-{n:05d}"
        yield tuple(row)


def child(folder: Path, packs: int) -> None:
    """Consolidate the first `packs` packs; print seconds, rows and peak RSS as JSON."""
    from app.cli import ts_translate
    from app.head_office.consolidate import consolidate

    files = sorted(folder.glob(f"Q*-{PERIOD}.xlsx"))[:packs]
    out = folder / f"all-{packs}.xlsx"
    import resource

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    start, cpu, workers = time.perf_counter(), time.process_time(), children_cpu()
    result = consolidate(files, out, ts_translate("zh_CN"), NOW, readers=[ts_translate("en")])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    cpu += children_cpu() - workers  # the processes that read the packs (app/head_office/consolidate.py)
    assert len(result.consolidated) == len(files), [r.refusal for r in result.refused]
    status = Path("/proc/self/status").read_text().splitlines()
    hwm = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rows": result.rows, "peak_kb": hwm}))


def run_child(folder: Path, packs: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(packs), "--dir", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--packs", type=int, default=100)
    ap.add_argument("--tickets", type=int, default=2000)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/bench-consolidate"))
    ap.add_argument("--child", type=int, default=0)
    args = ap.parse_args()
    if args.child:
        child(args.dir, args.child)
        return
    have = sorted(args.dir.glob(f"Q*-{PERIOD}.xlsx")) if args.dir.exists() else []
    if len(have) < args.packs:
        make_packs(args.dir, args.packs, args.tickets)
    small = max(args.packs // 4, 1)
    quarter = run_child(args.dir, small)
    full = run_child(args.dir, args.packs)
    print(f"consolidate_{args.packs}_packs_s: {full['seconds']:.1f} s")
    # On a shared machine the wall time follows the load; the CPU time is this work's own.
    print(f"consolidate_{args.packs}_packs_cpu_s: {full['cpu']:.1f} s")
    print(f"consolidate_rows: {full['rows']} rows")
    print(f"consolidate_rows_per_s: {full['rows'] / full['seconds']:.0f} rows/s")
    print(f"consolidate_peak_rss_mb_{small}: {quarter['peak_kb'] / 1024:.0f} MB")
    print(f"consolidate_peak_rss_mb_{args.packs}: {full['peak_kb'] / 1024:.0f} MB")


if __name__ == "__main__":
    main()
