"""A git merge driver for Qt .ts catalogues: the union of both sides' messages.

Two branches that each add strings touch neighbouring lines of the catalogue, so a plain text
merge conflicts although nothing really disagrees. This keeps every message of either side;
where the two translate one source differently, the side that changed it from the common
ancestor wins (ours when both did); the next
`scripts/translations.py update` drops what the code no longer uses.

    git config merge.tsunion.driver "python3 scripts/ts_merge.py %O %A %B"
    (.gitattributes: resources/translations/*.ts merge=tsunion)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(message: ET.Element) -> tuple[str, str, str]:
    def text(tag: str) -> str:
        node = message.find(tag)
        return "" if node is None or node.text is None else node.text

    return text("source"), text("comment"), text("extracomment")


def _finished(message: ET.Element) -> bool:
    node = message.find("translation")
    return node is not None and node.get("type") not in ("unfinished", "obsolete", "vanished")


def _translations(path: Path | None) -> dict[tuple[str, tuple[str, str, str]], str]:
    if path is None or not path.exists() or path.stat().st_size == 0:
        return {}
    out = {}
    for context in ET.parse(path).getroot().findall("context"):
        for m in context.findall("message"):
            out[(context.findtext("name") or "", _key(m))] = m.findtext("translation") or ""
    return out


def merge(ours: Path, theirs: Path, base: Path | None = None) -> None:
    ancestor = _translations(base)
    ours_tree = ET.parse(ours)
    ours_root = ours_tree.getroot()
    contexts = {c.findtext("name"): c for c in ours_root.findall("context")}
    for their_context in ET.parse(theirs).getroot().findall("context"):
        name = their_context.findtext("name")
        mine = contexts.get(name)
        if mine is None:
            ours_root.append(their_context)
            contexts[name] = their_context
            continue
        messages = {_key(m): m for m in mine.findall("message")}
        for message in their_context.findall("message"):
            existing = messages.get(_key(message))
            if existing is None:
                mine.append(message)
            elif not _finished(existing) and _finished(message):
                mine.remove(existing)
                mine.append(message)
            elif _finished(message) and (existing.findtext("translation") or "") == ancestor.get(
                (name, _key(message)), None
            ):
                # Only their side changed this translation: take the change, as a text merge would.
                mine.remove(existing)
                mine.append(message)
    ordered = sorted(ours_root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        ours_root.remove(context)
        ours_root.append(context)
    ET.indent(ours_tree)
    body = ET.tostring(ours_root, encoding="unicode")
    ours.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    # %O %A %B: ancestor, ours (written in place), theirs
    merge(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[1]))
