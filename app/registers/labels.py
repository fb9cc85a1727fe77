"""Labels of codes for register cells, as English source text for the caller's `translate`.

app/ cannot import ui/labels.py (no Qt here), so the groups a register shows are repeated
with the same context ("labels") and the same source text: one translation serves both.
Codes only registers show are in the "registers" context.
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP

LABELS: dict[str, dict[str, str]] = {
    "kind": {
        "repair": QT_TRANSLATE_NOOP("labels", "Repair request"),
        "complaint": QT_TRANSLATE_NOOP("labels", "Complaint"),
        "consultation": QT_TRANSLATE_NOOP("labels", "Consultation"),
        "suggestion": QT_TRANSLATE_NOOP("labels", "Suggestion"),
    },
    "channel": {
        "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
        "walk_in": QT_TRANSLATE_NOOP("labels", "Walk-in"),
        "letter": QT_TRANSLATE_NOOP("labels", "Letter"),
        "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
        "website": QT_TRANSLATE_NOOP("labels", "Website"),
        "wechat": QT_TRANSLATE_NOOP("labels", "WeChat"),
    },
    "cause": {
        "construction": QT_TRANSLATE_NOOP("labels", "Construction quality"),
        "material": QT_TRANSLATE_NOOP("labels", "Material quality"),
        "design": QT_TRANSLATE_NOOP("labels", "Design problem"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "category": {
        "roof_waterproofing": QT_TRANSLATE_NOOP("labels", "Roof waterproofing"),
        "bathroom_waterproofing": QT_TRANSLATE_NOOP("labels", "Bathroom waterproofing"),
        "exterior_wall": QT_TRANSLATE_NOOP("labels", "Exterior wall anti-leak"),
        "electrical": QT_TRANSLATE_NOOP("labels", "Electrical wiring"),
        "plumbing": QT_TRANSLATE_NOOP("labels", "Water supply and drainage"),
        "equipment": QT_TRANSLATE_NOOP("labels", "Equipment installation"),
        "decoration": QT_TRANSLATE_NOOP("labels", "Decoration and finishing"),
        "furniture": QT_TRANSLATE_NOOP("labels", "Furniture"),
        "doors_windows": QT_TRANSLATE_NOOP("labels", "Doors and windows"),
        "flooring": QT_TRANSLATE_NOOP("labels", "Flooring"),
        "tiles": QT_TRANSLATE_NOOP("labels", "Tiles"),
        "sanitary_ware": QT_TRANSLATE_NOOP("labels", "Sanitary ware"),
        "kitchen_appliances": QT_TRANSLATE_NOOP("labels", "Kitchen appliances"),
    },
    "status": {
        "registered": QT_TRANSLATE_NOOP("labels", "Registered"),
        "dispatched": QT_TRANSLATE_NOOP("labels", "Dispatched"),
        "scheduled": QT_TRANSLATE_NOOP("labels", "Scheduled"),
        "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
        "awaiting_acceptance": QT_TRANSLATE_NOOP("labels", "Awaiting acceptance"),
        "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
        "followed_up": QT_TRANSLATE_NOOP("labels", "Followed up"),
        "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "penalty": {
        "arguing": QT_TRANSLATE_NOOP("labels", "Arguing with or insulting a customer"),
        "asking_gifts": QT_TRANSLATE_NOOP("labels", "Asking a customer for money or gifts"),
        "personal_delay": QT_TRANSLATE_NOOP("labels", "Service delayed for personal reasons"),
        "repeat_fault": QT_TRANSLATE_NOOP("labels", "Repeat repair by personal fault"),
        "late_arrival": QT_TRANSLATE_NOOP("labels", "Late arrival (per time)"),
        "disobeying_dispatch": QT_TRANSLATE_NOOP(
            "labels", "Disobeying dispatch or leaving the post (per time)"
        ),
        "false_claim": QT_TRANSLATE_NOOP("labels", "False expense claim"),
    },
    # R6.1 complaint types
    "complaint_type": {
        "attitude": QT_TRANSLATE_NOOP("registers", "Service attitude"),
        "quality": QT_TRANSLATE_NOOP("registers", "Quality"),
        "timeliness": QT_TRANSLATE_NOOP("registers", "Timeliness"),
        "fees": QT_TRANSLATE_NOOP("registers", "Fees"),
        "other": QT_TRANSLATE_NOOP("registers", "Other"),
    },
    "order_status": {
        "scheduled": QT_TRANSLATE_NOOP("registers", "Scheduled"),
        "on_site": QT_TRANSLATE_NOOP("registers", "On site"),
        "done": QT_TRANSLATE_NOOP("registers", "Done"),
        "rejected": QT_TRANSLATE_NOOP("registers", "Not accepted"),
        "cancelled": QT_TRANSLATE_NOOP("registers", "Cancelled"),
    },
    "method": {
        "phone": QT_TRANSLATE_NOOP("registers", "Phone call"),
        "visit": QT_TRANSLATE_NOOP("registers", "Visit"),
    },
    "validity": {
        "valid": QT_TRANSLATE_NOOP("registers", "Valid"),
        "invalid": QT_TRANSLATE_NOOP("registers", "Invalid"),
        "pending": QT_TRANSLATE_NOOP("registers", "Not yet decided"),
    },
    # R6.3 how a complaint ended
    "result": {
        "resolved": QT_TRANSLATE_NOOP("registers", "Resolved"),
        "open": QT_TRANSLATE_NOOP("registers", "Still open"),
        "invalid": QT_TRANSLATE_NOOP("registers", "Invalid (refused)"),
        "cancelled": QT_TRANSLATE_NOOP("registers", "Cancelled"),
    },
    "incident_kind": {
        "penalty": QT_TRANSLATE_NOOP("registers", "Penalty"),
        "reward": QT_TRANSLATE_NOOP("registers", "Reward"),
    },
}


def label(translate, group: str, code: str) -> str:
    source = LABELS[group].get(code)
    return translate(LABELS_CONTEXT.get(group, "labels"), source) if source else code


# Groups whose sources are in the "registers" context.
LABELS_CONTEXT = {
    g: "registers"
    for g in ("complaint_type", "order_status", "method", "validity", "result", "incident_kind")
}
