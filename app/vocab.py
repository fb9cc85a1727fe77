"""The codes the rules name. Labels for the screen live in ui/labels.py, keyed by these codes."""

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
