"""All tables of the office database. Schema changes go through app/migrations."""

from app.models.base import BaseModel
from app.models.customers import (
    Customer,
    CustomerPhone,
    InstalledProduct,
    PatrolRecord,
    Site,
    SiteWorkCategory,
    WarrantySummary,
    WarrantyTerm,
)
from app.models.office import (
    AuditEntry,
    CalendarDay,
    CalendarYear,
    CauseRoute,
    Department,
    Setting,
    Staff,
    TicketCounter,
)
from app.models.staffing import (
    Appraisal,
    AppraisalAdjustment,
    Incident,
    TrainingAttendance,
    TrainingSession,
)
from app.models.tickets import (
    Complaint,
    FollowUpVisit,
    SatisfactionRating,
    SlaPause,
    Ticket,
    TicketAnswer,
    TicketContact,
    TicketDeadline,
    TicketEscalation,
)
from app.models.work import Reschedule, WorkOrder, WorkOrderPart, WorkOrderTechnician

# In dependency order (referenced tables first), as migrations create them.
ALL_MODELS: list[type[BaseModel]] = [
    Setting,
    Department,
    CauseRoute,
    Staff,
    CalendarDay,
    CalendarYear,
    TicketCounter,
    AuditEntry,
    Customer,
    CustomerPhone,
    Site,
    WarrantyTerm,
    SiteWorkCategory,
    InstalledProduct,
    PatrolRecord,
    WarrantySummary,
    Ticket,
    TicketDeadline,
    SlaPause,
    Complaint,
    SatisfactionRating,
    FollowUpVisit,
    WorkOrder,
    WorkOrderTechnician,
    WorkOrderPart,
    Reschedule,
    Incident,
    Appraisal,
    AppraisalAdjustment,
    TrainingSession,
    TrainingAttendance,
    TicketEscalation,
    TicketContact,
    TicketAnswer,
]

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS", "BaseModel"]
