"""Labels of the codes in app/vocab.py and app/workflow.py — the one table of them.

English source text marked for pyside6-lupdate (context "labels", or "registers" for the
groups only registers show). The UI translates with Qt (ui/labels.py); registers, forms and
the CLI pass their own `translate`. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable

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
    "clock": {
        "first_response": QT_TRANSLATE_NOOP("labels", "First response"),
        "urgent_dispatch": QT_TRANSLATE_NOOP("labels", "Urgent dispatch"),
        "forward": QT_TRANSLATE_NOOP("labels", "Forward to department"),
        "plan": QT_TRANSLATE_NOOP("labels", "Handling plan"),
        "repair": QT_TRANSLATE_NOOP("labels", "Repair done"),
        "complaint_answer": QT_TRANSLATE_NOOP("labels", "Answer to customer"),
        "complaint_result": QT_TRANSLATE_NOOP("labels", "Result fed back"),
        "follow_up": QT_TRANSLATE_NOOP("labels", "Follow-up visit"),
    },
    "role": {
        "receptionist": QT_TRANSLATE_NOOP("labels", "Receptionist"),
        "technician": QT_TRANSLATE_NOOP("labels", "Technician"),
        "supervisor": QT_TRANSLATE_NOOP("labels", "Supervisor"),
        "department_head": QT_TRANSLATE_NOOP("labels", "Department head"),
        "manager": QT_TRANSLATE_NOOP("labels", "Manager"),
        "admin": QT_TRANSLATE_NOOP("labels", "Administrator"),
    },
    "department": {
        "after_sales": QT_TRANSLATE_NOOP("labels", "After-sales management"),
        "project": QT_TRANSLATE_NOOP("labels", "Project department"),
        "procurement": QT_TRANSLATE_NOOP("labels", "Procurement"),
        "design": QT_TRANSLATE_NOOP("labels", "Design department"),
        "admin_hr": QT_TRANSLATE_NOOP("labels", "Administration and HR"),
    },
    "match": {
        "phone": QT_TRANSLATE_NOOP("labels", "phone"),
        "name": QT_TRANSLATE_NOOP("labels", "name"),
        "address": QT_TRANSLATE_NOOP("labels", "address"),
        "contract": QT_TRANSLATE_NOOP("labels", "contract no."),
        "ticket": QT_TRANSLATE_NOOP("labels", "ticket"),
        "serial": QT_TRANSLATE_NOOP("labels", "serial no."),
    },
    "escalation": {
        "supervisor": QT_TRANSLATE_NOOP("labels", "Supervisor"),
        "admin_hr": QT_TRANSLATE_NOOP("labels", "Administration and HR"),
        "manager": QT_TRANSLATE_NOOP("labels", "Manager (major complaint)"),
    },
    "pause": {
        "customer_postponed": QT_TRANSLATE_NOOP("labels", "Customer asked to postpone"),
        "customer_unreachable": QT_TRANSLATE_NOOP("labels", "Customer cannot be reached"),
        "site_closed": QT_TRANSLATE_NOOP("labels", "Site not accessible"),
        "parts": QT_TRANSLATE_NOOP("labels", "Waiting for parts"),
    },
    "skill": {
        "plumbing": QT_TRANSLATE_NOOP("labels", "Plumbing"),
        "electrical": QT_TRANSLATE_NOOP("labels", "Electrical"),
        "carpentry": QT_TRANSLATE_NOOP("labels", "Carpentry"),
        "waterproofing": QT_TRANSLATE_NOOP("labels", "Waterproofing"),
        "tiling": QT_TRANSLATE_NOOP("labels", "Tiling"),
        "painting": QT_TRANSLATE_NOOP("labels", "Painting"),
        "appliances": QT_TRANSLATE_NOOP("labels", "Appliances"),
    },
    # R3 limit variants: who a limit applies to (the grid's second column)
    "limit_scope": {
        "first_response": QT_TRANSLATE_NOOP("labels", "All contacts, not urgent"),
        "first_response_urgent": QT_TRANSLATE_NOOP("labels", "Urgent contacts"),
        "urgent_dispatch": QT_TRANSLATE_NOOP("labels", "Urgent repairs and complaints"),
        "forward": QT_TRANSLATE_NOOP("labels", "Repairs and complaints"),
        "plan_repair": QT_TRANSLATE_NOOP("labels", "Repairs, after forwarding"),
        "plan_complaint": QT_TRANSLATE_NOOP("labels", "Complaints, after forwarding"),
        "repair_simple": QT_TRANSLATE_NOOP("labels", "Simple repairs"),
        "repair_complex": QT_TRANSLATE_NOOP("labels", "Complex repairs"),
        "complaint_answer": QT_TRANSLATE_NOOP("labels", "Complaints"),
        "complaint_result": QT_TRANSLATE_NOOP("labels", "Complaints, not major"),
        "complaint_result_major": QT_TRANSLATE_NOOP("labels", "Major complaints"),
        "follow_up": QT_TRANSLATE_NOOP("labels", "After completion"),
    },
    "limit_unit": {
        "hours": QT_TRANSLATE_NOOP("labels", "hours"),
        "working_days": QT_TRANSLATE_NOOP("labels", "working days"),
        "end_of_day": QT_TRANSLATE_NOOP("labels", "same day"),
    },
    "day_kind": {
        "workday": QT_TRANSLATE_NOOP("labels", "Working day"),
        "weekend": QT_TRANSLATE_NOOP("labels", "Weekend"),
        "holiday": QT_TRANSLATE_NOOP("labels", "Public holiday or day off"),
        "adjusted_workday": QT_TRANSLATE_NOOP("labels", "Adjusted working weekend (调休)"),
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
    "figure": {
        "jobs_completed": QT_TRANSLATE_NOOP("labels", "Jobs completed"),
        "first_time_fix_rate": QT_TRANSLATE_NOOP("labels", "First-time-fix rate"),
        "sla_met_rate": QT_TRANSLATE_NOOP("labels", "Time limits met"),
        "on_time_rate": QT_TRANSLATE_NOOP("labels", "On-time arrival"),
        "satisfaction": QT_TRANSLATE_NOOP("labels", "Average satisfaction"),
        "valid_complaints": QT_TRANSLATE_NOOP("labels", "Valid complaints (fewer is better)"),
        "parts_cost_per_job": QT_TRANSLATE_NOOP("labels", "Parts cost per job (lower is better)"),
    },
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

# Groups whose sources are in the "registers" context.
CONTEXTS = {
    g: "registers"
    for g in ("complaint_type", "order_status", "method", "validity", "result", "incident_kind")
}


def source(group: str, code: str) -> str | None:
    return LABELS[group].get(code)


def label(translate: Callable[[str, str], str], group: str, code: str) -> str:
    text = source(group, code)
    return translate(CONTEXTS.get(group, "labels"), text) if text else code
