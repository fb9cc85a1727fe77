"""A demo branch: the after-sales department of a Shanghai renovation company, 18 months deep.

`fill_demo_office` adds staff, customers with their sites, work categories and installed
products, and tickets in every R4.8 state with the records each state implies (work orders,
technicians, parts, reschedules, SLA pauses, ratings, follow-up visits, complaint handling).
Tickets are registered through `intake.register_ticket` (R1.6 numbers, R3 deadlines) and then
advanced by setting their timestamps; their deadlines are recomputed afterwards (R3.3).

Everything is drawn from one `random.Random(seed)` and the given `now`: the same call on the
same empty office gives the same data. No technician is double-booked (R4.1).

The package, in the order a ticket goes through it: `plans` (what is decided before writing),
`people` (staff, customers, sites), `booking` (technicians' windows), `choices` (what each ticket
becomes), `timelines` (its history), `writing` (through the intake service), `office` (the entry
point), `staff_records` (incidents, training, patrols); `data` holds the names and shares.
"""

from app.demo.office import fill_demo_office, is_brand_new_office, make_demo_file, office_has_tickets
from app.demo.plans import DEMO_PASSWORD, HISTORY_DAYS, DemoSummary

__all__ = [
    "DEMO_PASSWORD",
    "HISTORY_DAYS",
    "DemoSummary",
    "fill_demo_office",
    "is_brand_new_office",
    "make_demo_file",
    "office_has_tickets",
]
