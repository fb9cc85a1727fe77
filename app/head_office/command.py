"""`main.py consolidate PACK.xlsx|FOLDER … -o ALL.xlsx [--lang zh_CN]` — head office's command.

It reads only the pack files and writes only the result: the office database is not opened.
Patterns (`packs/*.xlsx`) are expanded here too, for shells that leave them as typed.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.head_office.consolidate import consolidate

Translate = Callable[[str, str], str]


def add_parser(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("consolidate", help="merge branches' monthly packs into one workbook")
    c.add_argument("packs", nargs="+", help="pack files, folders holding them, or patterns")
    c.add_argument("-o", "--output", required=True)
    c.add_argument("--lang", default=None)


def expand(patterns: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in patterns:
        found = sorted(glob.glob(p)) if any(ch in p for ch in "*?[") else [p]
        out.extend(Path(f) for f in found)
    return out


def run(args: argparse.Namespace, translate: Translate, readers: list[Translate], now: datetime) -> int:
    result = consolidate(expand(args.packs), Path(args.output), translate, now, readers=readers)
    for r in result.reports:
        what = translate("head_office", "consolidated") if r.refusal is None else r.refusal.text(translate)
        print(f"{r.file}: {r.branch_code} {r.period} — {what}")
    for code, _name, period in result.missing:
        print(translate("head_office", "{branch}: no pack for {period}").format(branch=code, period=period))
    print(
        translate("head_office", "{packs} of {given} packs consolidated, {rows} rows: {path}").format(
            packs=len(result.consolidated), given=len(result.reports), rows=result.rows, path=result.path
        )
    )
    if not result.consolidated:
        print(translate("head_office", "No pack could be consolidated."), file=sys.stderr)
        return 1
    return 0
