"""The codes the rules name. Their labels (for screens, registers and forms) are the one table in app/labels.py."""

from __future__ import annotations

KINDS = ["repair", "complaint", "consultation", "suggestion"]  # R1.2
CHANNELS = ["phone", "walk_in", "letter", "email", "website", "wechat"]  # R1.1
CAUSE_CATEGORIES = ["construction", "material", "design", "other"]  # R2.1
COORDINATING_DEPARTMENT = "after_sales"  # R2.2 售后管理部

# R5.2 work categories with statutory default terms, then product categories whose term
# comes from the contract.
WORK_CATEGORIES = [
    "roof_waterproofing",
    "bathroom_waterproofing",
    "exterior_wall",
    "electrical",
    "plumbing",
    "equipment",
    "decoration",
]
PRODUCT_CATEGORIES = [
    "furniture",
    "doors_windows",
    "flooring",
    "tiles",
    "sanitary_ware",
    "kitchen_appliances",
]
ALL_CATEGORIES = WORK_CATEGORIES + PRODUCT_CATEGORIES

ROLES = ["receptionist", "technician", "supervisor", "department_head", "manager", "admin"]
SKILLS = ["plumbing", "electrical", "carpentry", "waterproofing", "tiling", "painting", "appliances"]
PAUSE_REASONS = ["customer_postponed", "customer_unreachable", "site_closed", "parts"]  # R3.4
# R8.2 penalty incident types (amounts are office settings).
PENALTY_TYPES = [
    "arguing",  # arguing with or insulting a customer
    "asking_gifts",  # asking a customer for money or gifts
    "personal_delay",  # service delayed for personal reasons
    "repeat_fault",  # repeat repair caused by personal fault
    "late_arrival",  # late arrival for personal reasons, per time
    "disobeying_dispatch",  # not obeying dispatch / leaving the post, per time
    "false_claim",  # false expense claim
]
# R8.1 figures an appraisal combines (weights are office settings, R8.4).
APPRAISAL_FIGURES = [
    "jobs_completed",
    "first_time_fix_rate",
    "sla_met_rate",
    "on_time_rate",
    "satisfaction",
    "valid_complaints",
    "parts_cost_per_job",
]
