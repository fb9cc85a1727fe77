"""0001: every table the rules name, plus the shipped defaults (departments, routing,
warranty terms, the official 2025–2026 holiday schedules). Frozen: never edit."""

from __future__ import annotations

import peewee

from app import holidays_cn

SQLITE_DDL = """
CREATE TABLE "setting" ("key" VARCHAR(64) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "department" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(32) NOT NULL, "name" VARCHAR(64) NOT NULL, "retired" INTEGER NOT NULL);
CREATE UNIQUE INDEX "department_code" ON "department" ("code");
CREATE TABLE "cause_route" ("cause_category" VARCHAR(32) NOT NULL PRIMARY KEY, "department_id" INTEGER, FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT);
CREATE INDEX "cause_route_department_id" ON "cause_route" ("department_id");
CREATE TABLE "staff" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(64) NOT NULL, "phone" VARCHAR(32) NOT NULL, "role" VARCHAR(24) NOT NULL, "department_id" INTEGER, "skills" VARCHAR(200) NOT NULL, "active" INTEGER NOT NULL, "active_from" DATE, "active_to" DATE, "password_hash" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT);
CREATE INDEX "staff_department_id" ON "staff" ("department_id");
CREATE TABLE "calendar_day" ("day" DATE NOT NULL PRIMARY KEY, "is_workday" INTEGER NOT NULL, "name" VARCHAR(64) NOT NULL, "source" VARCHAR(16) NOT NULL);
CREATE TABLE "calendar_year" ("year" INTEGER NOT NULL PRIMARY KEY, "source" VARCHAR(16) NOT NULL);
CREATE TABLE "ticket_counter" ("branch_code" VARCHAR(16) NOT NULL, "day" DATE NOT NULL, "last_seq" INTEGER NOT NULL, PRIMARY KEY ("branch_code", "day"));
CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "actor_id" INTEGER, "actor_name" VARCHAR(64) NOT NULL, "action" VARCHAR(32) NOT NULL, "entity" VARCHAR(32) NOT NULL, "entity_id" VARCHAR(32) NOT NULL, "changes" TEXT NOT NULL, FOREIGN KEY ("actor_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "audit_entry_at" ON "audit_entry" ("at");
CREATE INDEX "audit_entry_actor_id" ON "audit_entry" ("actor_id");
CREATE TABLE "customer" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(64) NOT NULL, "note" TEXT NOT NULL, "created_at" DATETIME NOT NULL);
CREATE INDEX "customer_name" ON "customer" ("name");
CREATE TABLE "customer_phone" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "phone" VARCHAR(32) NOT NULL, "is_primary" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE);
CREATE INDEX "customer_phone_customer_id" ON "customer_phone" ("customer_id");
CREATE INDEX "customer_phone_phone" ON "customer_phone" ("phone");
CREATE TABLE "site" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "address" VARCHAR(200) NOT NULL, "district" VARCHAR(32) NOT NULL, "contract_no" VARCHAR(32) NOT NULL, "project_name" VARCHAR(100) NOT NULL, "completion_date" DATE, "archived" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT);
CREATE INDEX "site_customer_id" ON "site" ("customer_id");
CREATE INDEX "site_contract_no" ON "site" ("contract_no");
CREATE TABLE "warranty_term" ("category" VARCHAR(32) NOT NULL PRIMARY KEY, "months" INTEGER NOT NULL);
CREATE TABLE "site_work_category" ("id" INTEGER NOT NULL PRIMARY KEY, "site_id" INTEGER NOT NULL, "category" VARCHAR(32) NOT NULL, "start_date" DATE, "term_months" INTEGER, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE CASCADE);
CREATE INDEX "site_work_category_site_id" ON "site_work_category" ("site_id");
CREATE UNIQUE INDEX "site_work_category_site_id_category" ON "site_work_category" ("site_id", "category");
CREATE TABLE "installed_product" ("id" INTEGER NOT NULL PRIMARY KEY, "site_id" INTEGER NOT NULL, "product" VARCHAR(64) NOT NULL, "model" VARCHAR(64) NOT NULL, "serial" VARCHAR(64) NOT NULL, "installed_on" DATE, "term_months" INTEGER, "replaces_id" INTEGER, "removed_on" DATE, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE CASCADE, FOREIGN KEY ("replaces_id") REFERENCES "installed_product" ("id") ON DELETE RESTRICT);
CREATE INDEX "installed_product_site_id" ON "installed_product" ("site_id");
CREATE INDEX "installed_product_serial" ON "installed_product" ("serial");
CREATE INDEX "installed_product_replaces_id" ON "installed_product" ("replaces_id");
CREATE TABLE "patrol_record" ("id" INTEGER NOT NULL PRIMARY KEY, "site_id" INTEGER NOT NULL, "day" DATE NOT NULL, "inspector_id" INTEGER, "findings" TEXT NOT NULL, "follow_up_ticket_id" INTEGER, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE CASCADE, FOREIGN KEY ("inspector_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "patrol_record_site_id" ON "patrol_record" ("site_id");
CREATE INDEX "patrol_record_inspector_id" ON "patrol_record" ("inspector_id");
CREATE TABLE "warranty_summary" ("id" INTEGER NOT NULL PRIMARY KEY, "site_id" INTEGER NOT NULL, "category" VARCHAR(32) NOT NULL, "written_on" DATE NOT NULL, "written_by_id" INTEGER, "text" TEXT NOT NULL, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE CASCADE, FOREIGN KEY ("written_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "warranty_summary_site_id" ON "warranty_summary" ("site_id");
CREATE INDEX "warranty_summary_written_by_id" ON "warranty_summary" ("written_by_id");
CREATE TABLE "ticket" ("id" INTEGER NOT NULL PRIMARY KEY, "number" VARCHAR(32) NOT NULL, "customer_id" INTEGER NOT NULL, "site_id" INTEGER, "kind" VARCHAR(16) NOT NULL, "channel" VARCHAR(16) NOT NULL, "contact_phone" VARCHAR(32) NOT NULL, "work_category" VARCHAR(32) NOT NULL, "product_model" VARCHAR(64) NOT NULL, "purchase_date" DATE, "cause_category" VARCHAR(32) NOT NULL, "department_id" INTEGER, "urgent" INTEGER NOT NULL, "complex_repair" INTEGER NOT NULL, "major" INTEGER NOT NULL, "problem" TEXT NOT NULL, "complaint_about" VARCHAR(200) NOT NULL, "status" VARCHAR(24) NOT NULL, "escalated" INTEGER NOT NULL, "escalated_to" VARCHAR(32) NOT NULL, "cancel_reason" VARCHAR(200) NOT NULL, "received_at" DATETIME NOT NULL, "received_by_id" INTEGER, "first_response_at" DATETIME, "dispatched_at" DATETIME, "forwarded_at" DATETIME, "plan_at" DATETIME, "answered_at" DATETIME, "completed_at" DATETIME, "result_at" DATETIME, "followed_up_at" DATETIME, "closed_at" DATETIME, "next_clock" VARCHAR(24) NOT NULL, "next_due_at" DATETIME, "repeat_of_id" INTEGER, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE RESTRICT, FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT, FOREIGN KEY ("received_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("repeat_of_id") REFERENCES "ticket" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "ticket_number" ON "ticket" ("number");
CREATE INDEX "ticket_customer_id" ON "ticket" ("customer_id");
CREATE INDEX "ticket_site_id" ON "ticket" ("site_id");
CREATE INDEX "ticket_department_id" ON "ticket" ("department_id");
CREATE INDEX "ticket_status" ON "ticket" ("status");
CREATE INDEX "ticket_received_at" ON "ticket" ("received_at");
CREATE INDEX "ticket_received_by_id" ON "ticket" ("received_by_id");
CREATE INDEX "ticket_next_due_at" ON "ticket" ("next_due_at");
CREATE INDEX "ticket_repeat_of_id" ON "ticket" ("repeat_of_id");
CREATE INDEX "ticket_site_id_work_category_status" ON "ticket" ("site_id", "work_category", "status");
CREATE TABLE "ticket_deadline" ("id" INTEGER NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "clock" VARCHAR(24) NOT NULL, "due_at" DATETIME NOT NULL, "met_at" DATETIME, "paused_seconds" INTEGER NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE);
CREATE INDEX "ticket_deadline_ticket_id" ON "ticket_deadline" ("ticket_id");
CREATE UNIQUE INDEX "ticket_deadline_ticket_id_clock" ON "ticket_deadline" ("ticket_id", "clock");
CREATE TABLE "sla_pause" ("id" INTEGER NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "reason" VARCHAR(24) NOT NULL, "note" VARCHAR(200) NOT NULL, "started_at" DATETIME NOT NULL, "ended_at" DATETIME, "set_by_id" INTEGER, "ended_by_id" INTEGER, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("set_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("ended_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "sla_pause_ticket_id" ON "sla_pause" ("ticket_id");
CREATE INDEX "sla_pause_set_by_id" ON "sla_pause" ("set_by_id");
CREATE INDEX "sla_pause_ended_by_id" ON "sla_pause" ("ended_by_id");
CREATE TABLE "complaint" ("id" INTEGER NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "complaint_type" VARCHAR(24) NOT NULL, "responsible_department_id" INTEGER, "responsible_staff_id" INTEGER, "investigation" TEXT NOT NULL, "valid" INTEGER, "validity_reason" TEXT NOT NULL, "plan" TEXT NOT NULL, "approved_by_id" INTEGER, "approved_at" DATETIME, "answer" TEXT NOT NULL, "follow_up" TEXT NOT NULL, "customer_escalated_at" DATETIME, "customer_escalation_note" TEXT NOT NULL, "reported_to_manager_at" DATETIME, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("responsible_department_id") REFERENCES "department" ("id") ON DELETE RESTRICT, FOREIGN KEY ("responsible_staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("approved_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "complaint_ticket_id" ON "complaint" ("ticket_id");
CREATE INDEX "complaint_responsible_department_id" ON "complaint" ("responsible_department_id");
CREATE INDEX "complaint_responsible_staff_id" ON "complaint" ("responsible_staff_id");
CREATE INDEX "complaint_approved_by_id" ON "complaint" ("approved_by_id");
CREATE TABLE "satisfaction_rating" ("id" INTEGER NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "work_order_id" INTEGER, "attitude" INTEGER NOT NULL, "quality" INTEGER NOT NULL, "timeliness" INTEGER NOT NULL, "comment" TEXT NOT NULL, "recorded_at" DATETIME NOT NULL, "recorded_by_id" INTEGER, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "satisfaction_rating_ticket_id" ON "satisfaction_rating" ("ticket_id");
CREATE INDEX "satisfaction_rating_recorded_by_id" ON "satisfaction_rating" ("recorded_by_id");
CREATE TABLE "follow_up_visit" ("id" INTEGER NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "by_id" INTEGER, "method" VARCHAR(16) NOT NULL, "reached" INTEGER NOT NULL, "satisfaction" INTEGER, "remarks" TEXT NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "follow_up_visit_ticket_id" ON "follow_up_visit" ("ticket_id");
CREATE INDEX "follow_up_visit_by_id" ON "follow_up_visit" ("by_id");
CREATE TABLE "work_order" ("id" INTEGER NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "window_start" DATETIME NOT NULL, "window_end" DATETIME NOT NULL, "status" VARCHAR(24) NOT NULL, "customer_confirmed_at" DATETIME, "arrived_at" DATETIME, "late" INTEGER NOT NULL, "diagnosis" TEXT NOT NULL, "work_done" TEXT NOT NULL, "labour_cost" DECIMAL(10, 2) NOT NULL, "charged" INTEGER NOT NULL, "quote_amount" DECIMAL(10, 2), "customer_consent_at" DATETIME, "finished_at" DATETIME, "accepted" INTEGER, "accepted_at" DATETIME, "acceptance_signer" VARCHAR(64) NOT NULL, "rejection_reason" TEXT NOT NULL, "report_done" INTEGER NOT NULL, "repeat_repair" INTEGER NOT NULL, "repeat_fault_technician" INTEGER NOT NULL, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "work_order_ticket_id" ON "work_order" ("ticket_id");
CREATE INDEX "work_order_window_start" ON "work_order" ("window_start");
CREATE INDEX "work_order_created_by_id" ON "work_order" ("created_by_id");
CREATE TABLE "work_order_technician" ("id" INTEGER NOT NULL PRIMARY KEY, "work_order_id" INTEGER NOT NULL, "staff_id" INTEGER NOT NULL, "lead" INTEGER NOT NULL, FOREIGN KEY ("work_order_id") REFERENCES "work_order" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "work_order_technician_work_order_id" ON "work_order_technician" ("work_order_id");
CREATE INDEX "work_order_technician_staff_id" ON "work_order_technician" ("staff_id");
CREATE UNIQUE INDEX "work_order_technician_work_order_id_staff_id" ON "work_order_technician" ("work_order_id", "staff_id");
CREATE TABLE "work_order_part" ("id" INTEGER NOT NULL PRIMARY KEY, "work_order_id" INTEGER NOT NULL, "name" VARCHAR(100) NOT NULL, "quantity" DECIMAL(10, 2) NOT NULL, "unit_cost" DECIMAL(10, 2) NOT NULL, FOREIGN KEY ("work_order_id") REFERENCES "work_order" ("id") ON DELETE CASCADE);
CREATE INDEX "work_order_part_work_order_id" ON "work_order_part" ("work_order_id");
CREATE TABLE "reschedule" ("id" INTEGER NOT NULL PRIMARY KEY, "work_order_id" INTEGER NOT NULL, "old_start" DATETIME NOT NULL, "old_end" DATETIME NOT NULL, "new_start" DATETIME NOT NULL, "new_end" DATETIME NOT NULL, "reason" TEXT NOT NULL, "customer_informed" INTEGER NOT NULL, "by_id" INTEGER, "at" DATETIME NOT NULL, FOREIGN KEY ("work_order_id") REFERENCES "work_order" ("id") ON DELETE CASCADE, FOREIGN KEY ("by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "reschedule_work_order_id" ON "reschedule" ("work_order_id");
CREATE INDEX "reschedule_by_id" ON "reschedule" ("by_id");
CREATE TABLE "incident" ("id" INTEGER NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "kind" VARCHAR(8) NOT NULL, "incident_type" VARCHAR(32) NOT NULL, "amount" DECIMAL(10, 2) NOT NULL, "day" DATE NOT NULL, "description" TEXT NOT NULL, "ticket_id" INTEGER, "recorded_by_id" INTEGER, "recorded_at" DATETIME NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "incident_staff_id" ON "incident" ("staff_id");
CREATE INDEX "incident_recorded_by_id" ON "incident" ("recorded_by_id");
CREATE TABLE "appraisal" ("id" INTEGER NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "month" VARCHAR(7) NOT NULL, "figures" TEXT NOT NULL, "score" DECIMAL(6, 2), "grade" VARCHAR(8) NOT NULL, "approved_by_id" INTEGER, "approved_at" DATETIME, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("approved_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "appraisal_staff_id" ON "appraisal" ("staff_id");
CREATE INDEX "appraisal_approved_by_id" ON "appraisal" ("approved_by_id");
CREATE UNIQUE INDEX "appraisal_staff_id_month" ON "appraisal" ("staff_id", "month");
CREATE TABLE "appraisal_adjustment" ("id" INTEGER NOT NULL PRIMARY KEY, "appraisal_id" INTEGER NOT NULL, "score_delta" DECIMAL(6, 2) NOT NULL, "reason" TEXT NOT NULL, "by_id" INTEGER, "at" DATETIME NOT NULL, FOREIGN KEY ("appraisal_id") REFERENCES "appraisal" ("id") ON DELETE RESTRICT, FOREIGN KEY ("by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "appraisal_adjustment_appraisal_id" ON "appraisal_adjustment" ("appraisal_id");
CREATE INDEX "appraisal_adjustment_by_id" ON "appraisal_adjustment" ("by_id");
CREATE TABLE "training_session" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "topic" VARCHAR(200) NOT NULL, "trainer" VARCHAR(64) NOT NULL, "hours" DECIMAL(5, 1) NOT NULL);
CREATE TABLE "training_attendance" ("id" INTEGER NOT NULL PRIMARY KEY, "session_id" INTEGER NOT NULL, "staff_id" INTEGER NOT NULL, FOREIGN KEY ("session_id") REFERENCES "training_session" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "training_attendance_session_id" ON "training_attendance" ("session_id");
CREATE INDEX "training_attendance_staff_id" ON "training_attendance" ("staff_id");
CREATE UNIQUE INDEX "training_attendance_session_id_staff_id" ON "training_attendance" ("session_id", "staff_id");
"""

POSTGRESQL_DDL = """
CREATE TABLE "setting" ("key" VARCHAR(64) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "department" ("id" SERIAL NOT NULL PRIMARY KEY, "code" VARCHAR(32) NOT NULL, "name" VARCHAR(64) NOT NULL, "retired" BOOLEAN NOT NULL);
CREATE UNIQUE INDEX "department_code" ON "department" ("code");
CREATE TABLE "cause_route" ("cause_category" VARCHAR(32) NOT NULL PRIMARY KEY, "department_id" INTEGER, FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT);
CREATE INDEX "cause_route_department_id" ON "cause_route" ("department_id");
CREATE TABLE "staff" ("id" SERIAL NOT NULL PRIMARY KEY, "name" VARCHAR(64) NOT NULL, "phone" VARCHAR(32) NOT NULL, "role" VARCHAR(24) NOT NULL, "department_id" INTEGER, "skills" VARCHAR(200) NOT NULL, "active" BOOLEAN NOT NULL, "active_from" DATE, "active_to" DATE, "password_hash" VARCHAR(255) NOT NULL, "created_at" TIMESTAMP NOT NULL, FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT);
CREATE INDEX "staff_department_id" ON "staff" ("department_id");
CREATE TABLE "calendar_day" ("day" DATE NOT NULL PRIMARY KEY, "is_workday" BOOLEAN NOT NULL, "name" VARCHAR(64) NOT NULL, "source" VARCHAR(16) NOT NULL);
CREATE TABLE "calendar_year" ("year" INTEGER NOT NULL PRIMARY KEY, "source" VARCHAR(16) NOT NULL);
CREATE TABLE "ticket_counter" ("branch_code" VARCHAR(16) NOT NULL, "day" DATE NOT NULL, "last_seq" INTEGER NOT NULL, PRIMARY KEY ("branch_code", "day"));
CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL PRIMARY KEY, "at" TIMESTAMP NOT NULL, "actor_id" INTEGER, "actor_name" VARCHAR(64) NOT NULL, "action" VARCHAR(32) NOT NULL, "entity" VARCHAR(32) NOT NULL, "entity_id" VARCHAR(32) NOT NULL, "changes" TEXT NOT NULL, FOREIGN KEY ("actor_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "audit_entry_at" ON "audit_entry" ("at");
CREATE INDEX "audit_entry_actor_id" ON "audit_entry" ("actor_id");
CREATE TABLE "customer" ("id" SERIAL NOT NULL PRIMARY KEY, "name" VARCHAR(64) NOT NULL, "note" TEXT NOT NULL, "created_at" TIMESTAMP NOT NULL);
CREATE INDEX "customer_name" ON "customer" ("name");
CREATE TABLE "customer_phone" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "phone" VARCHAR(32) NOT NULL, "is_primary" BOOLEAN NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE);
CREATE INDEX "customer_phone_customer_id" ON "customer_phone" ("customer_id");
CREATE INDEX "customer_phone_phone" ON "customer_phone" ("phone");
CREATE TABLE "site" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "address" VARCHAR(200) NOT NULL, "district" VARCHAR(32) NOT NULL, "contract_no" VARCHAR(32) NOT NULL, "project_name" VARCHAR(100) NOT NULL, "completion_date" DATE, "archived" BOOLEAN NOT NULL, "created_at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT);
CREATE INDEX "site_customer_id" ON "site" ("customer_id");
CREATE INDEX "site_contract_no" ON "site" ("contract_no");
CREATE TABLE "warranty_term" ("category" VARCHAR(32) NOT NULL PRIMARY KEY, "months" INTEGER NOT NULL);
CREATE TABLE "site_work_category" ("id" SERIAL NOT NULL PRIMARY KEY, "site_id" INTEGER NOT NULL, "category" VARCHAR(32) NOT NULL, "start_date" DATE, "term_months" INTEGER, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE CASCADE);
CREATE INDEX "site_work_category_site_id" ON "site_work_category" ("site_id");
CREATE UNIQUE INDEX "site_work_category_site_id_category" ON "site_work_category" ("site_id", "category");
CREATE TABLE "installed_product" ("id" SERIAL NOT NULL PRIMARY KEY, "site_id" INTEGER NOT NULL, "product" VARCHAR(64) NOT NULL, "model" VARCHAR(64) NOT NULL, "serial" VARCHAR(64) NOT NULL, "installed_on" DATE, "term_months" INTEGER, "replaces_id" INTEGER, "removed_on" DATE, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE CASCADE, FOREIGN KEY ("replaces_id") REFERENCES "installed_product" ("id") ON DELETE RESTRICT);
CREATE INDEX "installed_product_site_id" ON "installed_product" ("site_id");
CREATE INDEX "installed_product_serial" ON "installed_product" ("serial");
CREATE INDEX "installed_product_replaces_id" ON "installed_product" ("replaces_id");
CREATE TABLE "patrol_record" ("id" SERIAL NOT NULL PRIMARY KEY, "site_id" INTEGER NOT NULL, "day" DATE NOT NULL, "inspector_id" INTEGER, "findings" TEXT NOT NULL, "follow_up_ticket_id" INTEGER, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE CASCADE, FOREIGN KEY ("inspector_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "patrol_record_site_id" ON "patrol_record" ("site_id");
CREATE INDEX "patrol_record_inspector_id" ON "patrol_record" ("inspector_id");
CREATE TABLE "warranty_summary" ("id" SERIAL NOT NULL PRIMARY KEY, "site_id" INTEGER NOT NULL, "category" VARCHAR(32) NOT NULL, "written_on" DATE NOT NULL, "written_by_id" INTEGER, "text" TEXT NOT NULL, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE CASCADE, FOREIGN KEY ("written_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "warranty_summary_site_id" ON "warranty_summary" ("site_id");
CREATE INDEX "warranty_summary_written_by_id" ON "warranty_summary" ("written_by_id");
CREATE TABLE "ticket" ("id" SERIAL NOT NULL PRIMARY KEY, "number" VARCHAR(32) NOT NULL, "customer_id" INTEGER NOT NULL, "site_id" INTEGER, "kind" VARCHAR(16) NOT NULL, "channel" VARCHAR(16) NOT NULL, "contact_phone" VARCHAR(32) NOT NULL, "work_category" VARCHAR(32) NOT NULL, "product_model" VARCHAR(64) NOT NULL, "purchase_date" DATE, "cause_category" VARCHAR(32) NOT NULL, "department_id" INTEGER, "urgent" BOOLEAN NOT NULL, "complex_repair" BOOLEAN NOT NULL, "major" BOOLEAN NOT NULL, "problem" TEXT NOT NULL, "complaint_about" VARCHAR(200) NOT NULL, "status" VARCHAR(24) NOT NULL, "escalated" BOOLEAN NOT NULL, "escalated_to" VARCHAR(32) NOT NULL, "cancel_reason" VARCHAR(200) NOT NULL, "received_at" TIMESTAMP NOT NULL, "received_by_id" INTEGER, "first_response_at" TIMESTAMP, "dispatched_at" TIMESTAMP, "forwarded_at" TIMESTAMP, "plan_at" TIMESTAMP, "answered_at" TIMESTAMP, "completed_at" TIMESTAMP, "result_at" TIMESTAMP, "followed_up_at" TIMESTAMP, "closed_at" TIMESTAMP, "next_clock" VARCHAR(24) NOT NULL, "next_due_at" TIMESTAMP, "repeat_of_id" INTEGER, "created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("site_id") REFERENCES "site" ("id") ON DELETE RESTRICT, FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT, FOREIGN KEY ("received_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("repeat_of_id") REFERENCES "ticket" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "ticket_number" ON "ticket" ("number");
CREATE INDEX "ticket_customer_id" ON "ticket" ("customer_id");
CREATE INDEX "ticket_site_id" ON "ticket" ("site_id");
CREATE INDEX "ticket_department_id" ON "ticket" ("department_id");
CREATE INDEX "ticket_status" ON "ticket" ("status");
CREATE INDEX "ticket_received_at" ON "ticket" ("received_at");
CREATE INDEX "ticket_received_by_id" ON "ticket" ("received_by_id");
CREATE INDEX "ticket_next_due_at" ON "ticket" ("next_due_at");
CREATE INDEX "ticket_repeat_of_id" ON "ticket" ("repeat_of_id");
CREATE INDEX "ticket_site_id_work_category_status" ON "ticket" ("site_id", "work_category", "status");
CREATE TABLE "ticket_deadline" ("id" SERIAL NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "clock" VARCHAR(24) NOT NULL, "due_at" TIMESTAMP NOT NULL, "met_at" TIMESTAMP, "paused_seconds" INTEGER NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE);
CREATE INDEX "ticket_deadline_ticket_id" ON "ticket_deadline" ("ticket_id");
CREATE UNIQUE INDEX "ticket_deadline_ticket_id_clock" ON "ticket_deadline" ("ticket_id", "clock");
CREATE TABLE "sla_pause" ("id" SERIAL NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "reason" VARCHAR(24) NOT NULL, "note" VARCHAR(200) NOT NULL, "started_at" TIMESTAMP NOT NULL, "ended_at" TIMESTAMP, "set_by_id" INTEGER, "ended_by_id" INTEGER, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("set_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("ended_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "sla_pause_ticket_id" ON "sla_pause" ("ticket_id");
CREATE INDEX "sla_pause_set_by_id" ON "sla_pause" ("set_by_id");
CREATE INDEX "sla_pause_ended_by_id" ON "sla_pause" ("ended_by_id");
CREATE TABLE "complaint" ("id" SERIAL NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "complaint_type" VARCHAR(24) NOT NULL, "responsible_department_id" INTEGER, "responsible_staff_id" INTEGER, "investigation" TEXT NOT NULL, "valid" BOOLEAN, "validity_reason" TEXT NOT NULL, "plan" TEXT NOT NULL, "approved_by_id" INTEGER, "approved_at" TIMESTAMP, "answer" TEXT NOT NULL, "follow_up" TEXT NOT NULL, "customer_escalated_at" TIMESTAMP, "customer_escalation_note" TEXT NOT NULL, "reported_to_manager_at" TIMESTAMP, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("responsible_department_id") REFERENCES "department" ("id") ON DELETE RESTRICT, FOREIGN KEY ("responsible_staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("approved_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "complaint_ticket_id" ON "complaint" ("ticket_id");
CREATE INDEX "complaint_responsible_department_id" ON "complaint" ("responsible_department_id");
CREATE INDEX "complaint_responsible_staff_id" ON "complaint" ("responsible_staff_id");
CREATE INDEX "complaint_approved_by_id" ON "complaint" ("approved_by_id");
CREATE TABLE "satisfaction_rating" ("id" SERIAL NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "work_order_id" INTEGER, "attitude" SMALLINT NOT NULL, "quality" SMALLINT NOT NULL, "timeliness" SMALLINT NOT NULL, "comment" TEXT NOT NULL, "recorded_at" TIMESTAMP NOT NULL, "recorded_by_id" INTEGER, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "satisfaction_rating_ticket_id" ON "satisfaction_rating" ("ticket_id");
CREATE INDEX "satisfaction_rating_recorded_by_id" ON "satisfaction_rating" ("recorded_by_id");
CREATE TABLE "follow_up_visit" ("id" SERIAL NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "at" TIMESTAMP NOT NULL, "by_id" INTEGER, "method" VARCHAR(16) NOT NULL, "reached" BOOLEAN NOT NULL, "satisfaction" SMALLINT, "remarks" TEXT NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "follow_up_visit_ticket_id" ON "follow_up_visit" ("ticket_id");
CREATE INDEX "follow_up_visit_by_id" ON "follow_up_visit" ("by_id");
CREATE TABLE "work_order" ("id" SERIAL NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "window_start" TIMESTAMP NOT NULL, "window_end" TIMESTAMP NOT NULL, "status" VARCHAR(24) NOT NULL, "customer_confirmed_at" TIMESTAMP, "arrived_at" TIMESTAMP, "late" BOOLEAN NOT NULL, "diagnosis" TEXT NOT NULL, "work_done" TEXT NOT NULL, "labour_cost" NUMERIC(10, 2) NOT NULL, "charged" BOOLEAN NOT NULL, "quote_amount" NUMERIC(10, 2), "customer_consent_at" TIMESTAMP, "finished_at" TIMESTAMP, "accepted" BOOLEAN, "accepted_at" TIMESTAMP, "acceptance_signer" VARCHAR(64) NOT NULL, "rejection_reason" TEXT NOT NULL, "report_done" BOOLEAN NOT NULL, "repeat_repair" BOOLEAN NOT NULL, "repeat_fault_technician" BOOLEAN NOT NULL, "created_by_id" INTEGER, "created_at" TIMESTAMP NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "work_order_ticket_id" ON "work_order" ("ticket_id");
CREATE INDEX "work_order_window_start" ON "work_order" ("window_start");
CREATE INDEX "work_order_created_by_id" ON "work_order" ("created_by_id");
CREATE TABLE "work_order_technician" ("id" SERIAL NOT NULL PRIMARY KEY, "work_order_id" INTEGER NOT NULL, "staff_id" INTEGER NOT NULL, "lead" BOOLEAN NOT NULL, FOREIGN KEY ("work_order_id") REFERENCES "work_order" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "work_order_technician_work_order_id" ON "work_order_technician" ("work_order_id");
CREATE INDEX "work_order_technician_staff_id" ON "work_order_technician" ("staff_id");
CREATE UNIQUE INDEX "work_order_technician_work_order_id_staff_id" ON "work_order_technician" ("work_order_id", "staff_id");
CREATE TABLE "work_order_part" ("id" SERIAL NOT NULL PRIMARY KEY, "work_order_id" INTEGER NOT NULL, "name" VARCHAR(100) NOT NULL, "quantity" NUMERIC(10, 2) NOT NULL, "unit_cost" NUMERIC(10, 2) NOT NULL, FOREIGN KEY ("work_order_id") REFERENCES "work_order" ("id") ON DELETE CASCADE);
CREATE INDEX "work_order_part_work_order_id" ON "work_order_part" ("work_order_id");
CREATE TABLE "reschedule" ("id" SERIAL NOT NULL PRIMARY KEY, "work_order_id" INTEGER NOT NULL, "old_start" TIMESTAMP NOT NULL, "old_end" TIMESTAMP NOT NULL, "new_start" TIMESTAMP NOT NULL, "new_end" TIMESTAMP NOT NULL, "reason" TEXT NOT NULL, "customer_informed" BOOLEAN NOT NULL, "by_id" INTEGER, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("work_order_id") REFERENCES "work_order" ("id") ON DELETE CASCADE, FOREIGN KEY ("by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "reschedule_work_order_id" ON "reschedule" ("work_order_id");
CREATE INDEX "reschedule_by_id" ON "reschedule" ("by_id");
CREATE TABLE "incident" ("id" SERIAL NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "kind" VARCHAR(8) NOT NULL, "incident_type" VARCHAR(32) NOT NULL, "amount" NUMERIC(10, 2) NOT NULL, "day" DATE NOT NULL, "description" TEXT NOT NULL, "ticket_id" INTEGER, "recorded_by_id" INTEGER, "recorded_at" TIMESTAMP NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "incident_staff_id" ON "incident" ("staff_id");
CREATE INDEX "incident_recorded_by_id" ON "incident" ("recorded_by_id");
CREATE TABLE "appraisal" ("id" SERIAL NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "month" VARCHAR(7) NOT NULL, "figures" TEXT NOT NULL, "score" NUMERIC(6, 2), "grade" VARCHAR(8) NOT NULL, "approved_by_id" INTEGER, "approved_at" TIMESTAMP, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("approved_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "appraisal_staff_id" ON "appraisal" ("staff_id");
CREATE INDEX "appraisal_approved_by_id" ON "appraisal" ("approved_by_id");
CREATE UNIQUE INDEX "appraisal_staff_id_month" ON "appraisal" ("staff_id", "month");
CREATE TABLE "appraisal_adjustment" ("id" SERIAL NOT NULL PRIMARY KEY, "appraisal_id" INTEGER NOT NULL, "score_delta" NUMERIC(6, 2) NOT NULL, "reason" TEXT NOT NULL, "by_id" INTEGER, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("appraisal_id") REFERENCES "appraisal" ("id") ON DELETE RESTRICT, FOREIGN KEY ("by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "appraisal_adjustment_appraisal_id" ON "appraisal_adjustment" ("appraisal_id");
CREATE INDEX "appraisal_adjustment_by_id" ON "appraisal_adjustment" ("by_id");
CREATE TABLE "training_session" ("id" SERIAL NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "topic" VARCHAR(200) NOT NULL, "trainer" VARCHAR(64) NOT NULL, "hours" NUMERIC(5, 1) NOT NULL);
CREATE TABLE "training_attendance" ("id" SERIAL NOT NULL PRIMARY KEY, "session_id" INTEGER NOT NULL, "staff_id" INTEGER NOT NULL, FOREIGN KEY ("session_id") REFERENCES "training_session" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "training_attendance_session_id" ON "training_attendance" ("session_id");
CREATE INDEX "training_attendance_staff_id" ON "training_attendance" ("staff_id");
CREATE UNIQUE INDEX "training_attendance_session_id_staff_id" ON "training_attendance" ("session_id", "staff_id");
"""

DEPARTMENTS = [
    ("after_sales", "售后管理部"),
    ("project", "项目部"),
    ("procurement", "物资采购部"),
    ("design", "设计部"),
    ("admin_hr", "行政人事部"),
]

# R2.1 defaults; "other" is left for the supervisor to name.
CAUSE_ROUTES = [
    ("construction", "project"),
    ("material", "procurement"),
    ("design", "design"),
    ("other", None),
]

# R5.2 defaults in months (Construction Quality Regulation art. 40); products carry their own.
WARRANTY_TERMS = [
    ("roof_waterproofing", 60),
    ("bathroom_waterproofing", 60),
    ("exterior_wall", 60),
    ("electrical", 24),
    ("plumbing", 24),
    ("equipment", 24),
    ("decoration", 24),
]


def _statements(text: str) -> list[str]:
    return [s.strip() for s in text.split(";\n") if s.strip()]


def apply(db: peewee.Database) -> None:
    ddl = POSTGRESQL_DDL if isinstance(db, peewee.PostgresqlDatabase) else SQLITE_DDL
    for stmt in _statements(ddl):
        db.execute_sql(stmt.rstrip(";"))
    p = db.param
    for code, name in DEPARTMENTS:
        db.execute_sql(
            f'INSERT INTO "department" ("code", "name", "retired") VALUES ({p}, {p}, {p})',
            (code, name, False),
        )
    for category, dept_code in CAUSE_ROUTES:
        db.execute_sql(
            f'INSERT INTO "cause_route" ("cause_category", "department_id") VALUES '
            f'({p}, (SELECT "id" FROM "department" WHERE "code" = {p}))',
            (category, dept_code),
        )
    for category, months in WARRANTY_TERMS:
        db.execute_sql(
            f'INSERT INTO "warranty_term" ("category", "months") VALUES ({p}, {p})', (category, months)
        )
    for year in holidays_cn.shipped_years():
        db.execute_sql(
            f'INSERT INTO "calendar_year" ("year", "source") VALUES ({p}, {p})', (year, "official")
        )
        for day, is_workday, name in holidays_cn.official_days(year):
            db.execute_sql(
                f'INSERT INTO "calendar_day" ("day", "is_workday", "name", "source") VALUES ({p}, {p}, {p}, {p})',
                (day, is_workday, name, "official"),
            )
