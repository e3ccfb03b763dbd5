-- provision migration V0001 (up) for database attendance: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/106] add role merch_attendance_svc (schemas/attendance.yaml:11:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_attendance_svc";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_attendance_svc'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 50
    ) THEN
        ALTER ROLE "merch_attendance_svc" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 50;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_attendance_svc" IS 'The attendance service''s connection role; subject to row-level security.';

-- [2/106] add role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_ops";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_ops'
          AND rolcanlogin = False AND rolinherit = True AND rolbypassrls = True
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = -1
    ) THEN
        ALTER ROLE "merch_ops" NOLOGIN INHERIT BYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT -1;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_ops" IS 'Operators (granted to named people, never to a service). Bypasses row-level security; the only role that reads the audit logs.';

-- [3/106] add role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_readonly";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_readonly'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 20
    ) THEN
        ALTER ROLE "merch_readonly" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 20;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_readonly" IS 'Reporting and BI across services. SELECT only, always subject to row-level security.';

-- [4/106] add schema attendance (schemas/attendance.yaml:7:9)
CREATE SCHEMA "attendance";
COMMENT ON SCHEMA "attendance" IS 'Attendance service (seed 000 section 3): check-in/check-out records with geofence validation, work schedules, leave types (reference data), leave balances and requests, and overtime. People are user_profiles and places are workplaces of other services (external references).';

-- [5/106] add enum attendance.attendance_status (schemas/attendance.yaml:22:3)
CREATE TYPE "attendance"."attendance_status" AS ENUM ('present', 'late', 'early_leave', 'absent', 'on_leave', 'holiday');

-- [6/106] add enum attendance.check_method (schemas/attendance.yaml:19:3)
CREATE TYPE "attendance"."check_method" AS ENUM ('mobile_gps', 'qr_code', 'nfc', 'biometric', 'web', 'manual');
COMMENT ON TYPE "attendance"."check_method" IS 'How a check-in or check-out was captured.';

-- [7/106] add enum attendance.leave_request_status (schemas/attendance.yaml:23:3)
CREATE TYPE "attendance"."leave_request_status" AS ENUM ('draft', 'pending', 'approved', 'rejected', 'cancelled');

-- [8/106] add enum attendance.overtime_status (schemas/attendance.yaml:24:3)
CREATE TYPE "attendance"."overtime_status" AS ENUM ('pending', 'approved', 'rejected', 'paid');

-- [9/106] add enum attendance.schedule_type (schemas/attendance.yaml:18:3)
CREATE TYPE "attendance"."schedule_type" AS ENUM ('fixed', 'rotating', 'flexible', 'shift');

-- [10/106] add function attendance.audit_row() (schemas/attendance.yaml:97:50)
CREATE FUNCTION "attendance"."audit_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "attendance", pg_catalog, pg_temp
AS $body$
BEGIN
  INSERT INTO "attendance".audit_log (table_name, operation, old_row, new_row)
  VALUES (TG_TABLE_NAME, TG_OP,
          CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  RETURN NULL;
END;
$body$;

-- [11/106] add function attendance.set_updated_at() (schemas/attendance.yaml:52:38)
CREATE FUNCTION "attendance"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [12/106] add table attendance.attendance_records (schemas/attendance.yaml:96:3)
CREATE TABLE "attendance"."attendance_records" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "workplace_id" uuid,
    "schedule_id" uuid,
    "geofence_id" uuid,
    "work_date" date NOT NULL,
    "check_in_at" timestamp with time zone NOT NULL,
    "check_out_at" timestamp with time zone,
    "check_in_method" "attendance"."check_method" DEFAULT 'mobile_gps' NOT NULL,
    "check_out_method" "attendance"."check_method",
    "check_in_latitude" numeric(9,6),
    "check_in_longitude" numeric(9,6),
    "check_out_latitude" numeric(9,6),
    "check_out_longitude" numeric(9,6),
    "within_geofence" boolean,
    "check_in_photo_url" text,
    "status" "attendance"."attendance_status" DEFAULT 'present' NOT NULL,
    "worked_minutes" integer,
    "notes" text,
    "is_manual_adjustment" boolean DEFAULT false NOT NULL,
    "adjusted_by" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "attendance_records_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "attendance_records_check_in_latitude_check" CHECK (check_in_latitude BETWEEN -90 AND 90),
    CONSTRAINT "attendance_records_check_in_longitude_check" CHECK (check_in_longitude BETWEEN -180 AND 180),
    CONSTRAINT "attendance_records_check_out_latitude_check" CHECK (check_out_latitude BETWEEN -90 AND 90),
    CONSTRAINT "attendance_records_check_out_longitude_check" CHECK (check_out_longitude BETWEEN -180 AND 180),
    CONSTRAINT "attendance_records_worked_minutes_check" CHECK (worked_minutes >= 0),
    CONSTRAINT "attendance_records_check_out_after_in_check" CHECK (check_out_at IS NULL OR check_out_at > check_in_at),
    CONSTRAINT "attendance_records_adjustment_has_author_check" CHECK (NOT is_manual_adjustment OR adjusted_by IS NOT NULL)
);
COMMENT ON TABLE "attendance"."attendance_records" IS 'One check-in/check-out of a person at a workplace on a work date.';
COMMENT ON COLUMN "attendance"."attendance_records"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "attendance"."attendance_records"."user_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "attendance"."attendance_records"."workplace_id" IS '[external reference: workplace.workplace.workplaces]';
COMMENT ON COLUMN "attendance"."attendance_records"."within_geofence" IS 'NULL when the check-in had no location.';
COMMENT ON COLUMN "attendance"."attendance_records"."adjusted_by" IS '[external reference: user.users.user_profiles]';

-- [13/106] add table attendance.audit_log (schemas/attendance.yaml:97:50)
CREATE TABLE "attendance"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "table_name" text NOT NULL,
    "operation" text NOT NULL,
    "old_row" jsonb,
    "new_row" jsonb,
    "changed_by" text DEFAULT current_user NOT NULL,
    "changed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "attendance"."audit_log" IS 'Row changes of audited tables, written by audit_row().';

-- [14/106] add table attendance.leave_balances (schemas/attendance.yaml:138:3)
CREATE TABLE "attendance"."leave_balances" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "leave_type_code" text NOT NULL,
    "period_start" date NOT NULL,
    "period_end" date NOT NULL,
    "entitled_days" numeric(5,2) DEFAULT 0 NOT NULL,
    "carried_over_days" numeric(5,2) DEFAULT 0 NOT NULL,
    "used_days" numeric(5,2) DEFAULT 0 NOT NULL,
    "pending_days" numeric(5,2) DEFAULT 0 NOT NULL,
    "remaining_days" numeric(6,2) GENERATED ALWAYS AS (entitled_days + carried_over_days - used_days - pending_days) STORED NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "leave_balances_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "leave_balances_organization_id_user_id_leave_type_code_03a4ad26" UNIQUE ("organization_id", "user_id", "leave_type_code", "period_start"),
    CONSTRAINT "leave_balances_period_valid_check" CHECK (period_end > period_start),
    CONSTRAINT "leave_balances_amounts_not_negative_check" CHECK (entitled_days >= 0 AND carried_over_days >= 0 AND used_days >= 0 AND pending_days >= 0)
);
COMMENT ON TABLE "attendance"."leave_balances" IS 'Leave entitlement and usage per person, leave type and leave year.';
COMMENT ON COLUMN "attendance"."leave_balances"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "attendance"."leave_balances"."user_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "attendance"."leave_balances"."period_start" IS 'First day of the leave year (calendar, fiscal or hire-anniversary year, per organization policy).';

-- [15/106] add table attendance.leave_requests (schemas/attendance.yaml:164:3)
CREATE TABLE "attendance"."leave_requests" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "leave_type_code" text NOT NULL,
    "start_date" date NOT NULL,
    "end_date" date NOT NULL,
    "half_day_start" boolean DEFAULT false NOT NULL,
    "half_day_end" boolean DEFAULT false NOT NULL,
    "days_requested" numeric(5,2) NOT NULL,
    "reason" text,
    "attachment_url" text,
    "status" "attendance"."leave_request_status" DEFAULT 'draft' NOT NULL,
    "approval_request_id" uuid,
    "submitted_at" timestamp with time zone,
    "decided_by" uuid,
    "decided_at" timestamp with time zone,
    "decision_note" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "leave_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "leave_requests_days_requested_check" CHECK (days_requested > 0),
    CONSTRAINT "leave_requests_end_not_before_start_check" CHECK (end_date >= start_date),
    CONSTRAINT "leave_requests_submitted_has_time_check" CHECK (status = 'draft' OR submitted_at IS NOT NULL),
    CONSTRAINT "leave_requests_decision_complete_check" CHECK (status NOT IN ('approved', 'rejected') OR (decided_at IS NOT NULL AND decided_by IS NOT NULL))
);
COMMENT ON TABLE "attendance"."leave_requests" IS 'A request for leave; decided through the approval service.';
COMMENT ON COLUMN "attendance"."leave_requests"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "attendance"."leave_requests"."user_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "attendance"."leave_requests"."approval_request_id" IS '[external reference: approval.approval.approval_requests]';
COMMENT ON COLUMN "attendance"."leave_requests"."decided_by" IS '[external reference: user.users.user_profiles]';

-- [16/106] add table attendance.leave_types (schemas/attendance.yaml:27:3)
CREATE TABLE "attendance"."leave_types" (
    "code" text NOT NULL,
    "name" text NOT NULL,
    "is_paid" boolean DEFAULT true NOT NULL,
    "default_days_per_year" numeric(5,2) DEFAULT 0 NOT NULL,
    "max_carry_over_days" numeric(5,2) DEFAULT 0 NOT NULL,
    "requires_approval" boolean DEFAULT true NOT NULL,
    "requires_document" boolean DEFAULT false NOT NULL,
    "allows_half_day" boolean DEFAULT true NOT NULL,
    "sort_order" smallint DEFAULT 0 NOT NULL,
    CONSTRAINT "leave_types_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "leave_types_code_check" CHECK (code ~ '^[a-z_]+$'),
    CONSTRAINT "leave_types_default_days_per_year_check" CHECK (default_days_per_year >= 0),
    CONSTRAINT "leave_types_max_carry_over_days_check" CHECK (max_carry_over_days >= 0)
);
COMMENT ON TABLE "attendance"."leave_types" IS 'Reference data: the kinds of leave and their defaults. Shared by all organizations (the yearly entitlement per person is in leave_balances).';

-- [17/106] add table attendance.overtime_records (schemas/attendance.yaml:200:3)
CREATE TABLE "attendance"."overtime_records" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "attendance_record_id" uuid,
    "work_date" date NOT NULL,
    "minutes" integer NOT NULL,
    "rate_multiplier" numeric(4,2) DEFAULT 1.5 NOT NULL,
    "reason" text,
    "status" "attendance"."overtime_status" DEFAULT 'pending' NOT NULL,
    "approved_by" uuid,
    "approved_at" timestamp with time zone,
    "approval_request_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "overtime_records_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "overtime_records_minutes_check" CHECK (minutes > 0 AND minutes <= 1440),
    CONSTRAINT "overtime_records_rate_multiplier_check" CHECK (rate_multiplier >= 1),
    CONSTRAINT "overtime_records_approval_complete_check" CHECK (status NOT IN ('approved', 'paid') OR (approved_by IS NOT NULL AND approved_at IS NOT NULL))
);
COMMENT ON TABLE "attendance"."overtime_records" IS 'Overtime worked beyond the schedule, with its approval and payout state.';
COMMENT ON COLUMN "attendance"."overtime_records"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "attendance"."overtime_records"."user_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "attendance"."overtime_records"."approved_by" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "attendance"."overtime_records"."approval_request_id" IS '[external reference: approval.approval.approval_requests]';

-- [18/106] add table attendance.work_schedules (schemas/attendance.yaml:69:3)
CREATE TABLE "attendance"."work_schedules" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "workplace_id" uuid,
    "name" text NOT NULL,
    "schedule_type" "attendance"."schedule_type" DEFAULT 'fixed' NOT NULL,
    "effective_from" date NOT NULL,
    "effective_to" date,
    "start_time" time without time zone,
    "end_time" time without time zone,
    "break_minutes" smallint DEFAULT 0 NOT NULL,
    "weekly_hours" numeric(5,2),
    "weekly_pattern" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "work_schedules_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "work_schedules_break_minutes_check" CHECK (break_minutes BETWEEN 0 AND 480),
    CONSTRAINT "work_schedules_weekly_hours_check" CHECK (weekly_hours BETWEEN 0 AND 168),
    CONSTRAINT "work_schedules_period_valid_check" CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CONSTRAINT "work_schedules_fixed_has_times_check" CHECK (schedule_type <> 'fixed' OR (start_time IS NOT NULL AND end_time IS NOT NULL))
);
COMMENT ON TABLE "attendance"."work_schedules" IS 'Planned working time of a person, valid from effective_from until effective_to.';
COMMENT ON COLUMN "attendance"."work_schedules"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "attendance"."work_schedules"."user_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "attendance"."work_schedules"."workplace_id" IS '[external reference: workplace.workplace.workplaces]';
COMMENT ON COLUMN "attendance"."work_schedules"."weekly_pattern" IS 'Per ISO weekday, e.g. {"1": {"start": "09:00", "end": "17:00"}}; rotating/shift plans list their cycle.';

-- [19/106] add table attendance.workplace_geofences (schemas/attendance.yaml:51:3)
CREATE TABLE "attendance"."workplace_geofences" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workplace_id" uuid NOT NULL,
    "name" text NOT NULL,
    "center_latitude" numeric(9,6) NOT NULL,
    "center_longitude" numeric(9,6) NOT NULL,
    "radius_meters" integer DEFAULT 100 NOT NULL,
    "polygon" jsonb,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "workplace_geofences_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workplace_geofences_center_latitude_check" CHECK (center_latitude BETWEEN -90 AND 90),
    CONSTRAINT "workplace_geofences_center_longitude_check" CHECK (center_longitude BETWEEN -180 AND 180),
    CONSTRAINT "workplace_geofences_radius_meters_check" CHECK (radius_meters BETWEEN 10 AND 10000)
);
COMMENT ON TABLE "attendance"."workplace_geofences" IS 'The area around a workplace inside which a mobile check-in counts (a circle, or a GeoJSON polygon when set).';
COMMENT ON COLUMN "attendance"."workplace_geofences"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "attendance"."workplace_geofences"."workplace_id" IS '[external reference: workplace.workplace.workplaces]';
COMMENT ON COLUMN "attendance"."workplace_geofences"."polygon" IS 'GeoJSON Polygon; overrides the circle when present.';

-- [20/106] add index attendance_records_organization_id_idx on attendance.attendance_records (schemas/attendance.yaml:97:23)
CREATE INDEX "attendance_records_organization_id_idx"
    ON "attendance"."attendance_records" USING BTREE ("organization_id");

-- [21/106] add index attendance_records_organization_id_user_id_work_date_idx on attendance.attendance_records (schemas/attendance.yaml:130:16)
CREATE INDEX "attendance_records_organization_id_user_id_work_date_idx"
    ON "attendance"."attendance_records" USING BTREE ("organization_id", "user_id", "work_date" DESC);

-- [22/106] add index attendance_records_workplace_id_work_date_idx on attendance.attendance_records (schemas/attendance.yaml:131:16)
CREATE INDEX "attendance_records_workplace_id_work_date_idx"
    ON "attendance"."attendance_records" USING BTREE ("workplace_id", "work_date") WHERE workplace_id IS NOT NULL;

-- [23/106] add index attendance_records_one_open_key on attendance.attendance_records (schemas/attendance.yaml:133:16)
CREATE UNIQUE INDEX "attendance_records_one_open_key"
    ON "attendance"."attendance_records" USING BTREE ("user_id") WHERE check_out_at IS NULL;

-- [24/106] add index audit_log_table_name_changed_at_idx on attendance.audit_log (schemas/attendance.yaml:97:50)
CREATE INDEX "audit_log_table_name_changed_at_idx"
    ON "attendance"."audit_log" USING BTREE ("table_name", "changed_at");

-- [25/106] add index leave_balances_organization_id_idx on attendance.leave_balances (schemas/attendance.yaml:139:23)
CREATE INDEX "leave_balances_organization_id_idx"
    ON "attendance"."leave_balances" USING BTREE ("organization_id");

-- [26/106] add index leave_balances_leave_type_code_idx on attendance.leave_balances (schemas/attendance.yaml:162:9)
CREATE INDEX "leave_balances_leave_type_code_idx"
    ON "attendance"."leave_balances" USING BTREE ("leave_type_code");

-- [27/106] add index leave_requests_organization_id_idx on attendance.leave_requests (schemas/attendance.yaml:165:23)
CREATE INDEX "leave_requests_organization_id_idx"
    ON "attendance"."leave_requests" USING BTREE ("organization_id");

-- [28/106] add index leave_requests_user_id_start_date_idx on attendance.leave_requests (schemas/attendance.yaml:193:16)
CREATE INDEX "leave_requests_user_id_start_date_idx"
    ON "attendance"."leave_requests" USING BTREE ("user_id", "start_date" DESC);

-- [29/106] add index leave_requests_pending_idx on attendance.leave_requests (schemas/attendance.yaml:194:16)
CREATE INDEX "leave_requests_pending_idx"
    ON "attendance"."leave_requests" USING BTREE ("organization_id", "start_date") WHERE status = 'pending';

-- [30/106] add index leave_requests_approval_request_id_idx on attendance.leave_requests (schemas/attendance.yaml:197:16)
CREATE INDEX "leave_requests_approval_request_id_idx"
    ON "attendance"."leave_requests" USING BTREE ("approval_request_id") WHERE approval_request_id IS NOT NULL;

-- [31/106] add index overtime_records_organization_id_idx on attendance.overtime_records (schemas/attendance.yaml:201:23)
CREATE INDEX "overtime_records_organization_id_idx"
    ON "attendance"."overtime_records" USING BTREE ("organization_id");

-- [32/106] add index overtime_records_user_id_work_date_idx on attendance.overtime_records (schemas/attendance.yaml:220:16)
CREATE INDEX "overtime_records_user_id_work_date_idx"
    ON "attendance"."overtime_records" USING BTREE ("user_id", "work_date" DESC);

-- [33/106] add index overtime_records_pending_idx on attendance.overtime_records (schemas/attendance.yaml:221:16)
CREATE INDEX "overtime_records_pending_idx"
    ON "attendance"."overtime_records" USING BTREE ("organization_id", "work_date") WHERE status = 'pending';

-- [34/106] add index overtime_records_attendance_record_id_idx on attendance.overtime_records (schemas/attendance.yaml:224:16)
CREATE INDEX "overtime_records_attendance_record_id_idx"
    ON "attendance"."overtime_records" USING BTREE ("attendance_record_id") WHERE attendance_record_id IS NOT NULL;

-- [35/106] add index work_schedules_organization_id_idx on attendance.work_schedules (schemas/attendance.yaml:70:23)
CREATE INDEX "work_schedules_organization_id_idx"
    ON "attendance"."work_schedules" USING BTREE ("organization_id");

-- [36/106] add index work_schedules_user_id_effective_from_idx on attendance.work_schedules (schemas/attendance.yaml:92:16)
CREATE INDEX "work_schedules_user_id_effective_from_idx"
    ON "attendance"."work_schedules" USING BTREE ("user_id", "effective_from" DESC);

-- [37/106] add index work_schedules_workplace_id_effective_from_idx on attendance.work_schedules (schemas/attendance.yaml:93:16)
CREATE INDEX "work_schedules_workplace_id_effective_from_idx"
    ON "attendance"."work_schedules" USING BTREE ("workplace_id", "effective_from") WHERE workplace_id IS NOT NULL;

-- [38/106] add index workplace_geofences_organization_id_idx on attendance.workplace_geofences (schemas/attendance.yaml:52:23)
CREATE INDEX "workplace_geofences_organization_id_idx"
    ON "attendance"."workplace_geofences" USING BTREE ("organization_id");

-- [39/106] add index workplace_geofences_active_idx on attendance.workplace_geofences (schemas/attendance.yaml:65:16)
CREATE INDEX "workplace_geofences_active_idx"
    ON "attendance"."workplace_geofences" USING BTREE ("workplace_id") WHERE is_active;

-- [40/106] add rows 8 row(s) of attendance.leave_types
INSERT INTO "attendance"."leave_types" ("code", "name", "default_days_per_year", "max_carry_over_days", "sort_order")
VALUES ('annual', 'Annual leave', '20', '5', '1');
INSERT INTO "attendance"."leave_types" ("code", "name", "default_days_per_year", "requires_document", "sort_order")
VALUES ('sick', 'Sick leave', '10', 'true', '2');
INSERT INTO "attendance"."leave_types" ("code", "name", "default_days_per_year", "sort_order")
VALUES ('personal', 'Personal leave', '3', '3');
INSERT INTO "attendance"."leave_types" ("code", "name", "default_days_per_year", "requires_document", "allows_half_day", "sort_order")
VALUES ('maternity', 'Maternity leave', '90', 'true', 'false', '4');
INSERT INTO "attendance"."leave_types" ("code", "name", "default_days_per_year", "requires_document", "allows_half_day", "sort_order")
VALUES ('paternity', 'Paternity leave', '10', 'true', 'false', '5');
INSERT INTO "attendance"."leave_types" ("code", "name", "default_days_per_year", "sort_order")
VALUES ('bereavement', 'Bereavement leave', '3', '6');
INSERT INTO "attendance"."leave_types" ("code", "name", "sort_order")
VALUES ('compensatory', 'Compensatory time off', '7');
INSERT INTO "attendance"."leave_types" ("code", "name", "is_paid", "sort_order")
VALUES ('unpaid', 'Unpaid leave', 'false', '8');

-- [41/106] add foreign key attendance_records_geofence_id_fkey on attendance.attendance_records (schemas/attendance.yaml:108:21)
ALTER TABLE "attendance"."attendance_records"
    ADD CONSTRAINT "attendance_records_geofence_id_fkey" FOREIGN KEY ("geofence_id")
    REFERENCES "attendance"."workplace_geofences" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [42/106] add foreign key attendance_records_schedule_id_fkey on attendance.attendance_records (schemas/attendance.yaml:104:21)
ALTER TABLE "attendance"."attendance_records"
    ADD CONSTRAINT "attendance_records_schedule_id_fkey" FOREIGN KEY ("schedule_id")
    REFERENCES "attendance"."work_schedules" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [43/106] add foreign key leave_balances_leave_type_code_fkey on attendance.leave_balances (schemas/attendance.yaml:145:21)
ALTER TABLE "attendance"."leave_balances"
    ADD CONSTRAINT "leave_balances_leave_type_code_fkey" FOREIGN KEY ("leave_type_code")
    REFERENCES "attendance"."leave_types" ("code")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [44/106] add foreign key leave_requests_leave_type_code_fkey on attendance.leave_requests (schemas/attendance.yaml:171:21)
ALTER TABLE "attendance"."leave_requests"
    ADD CONSTRAINT "leave_requests_leave_type_code_fkey" FOREIGN KEY ("leave_type_code")
    REFERENCES "attendance"."leave_types" ("code")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [45/106] add foreign key overtime_records_attendance_record_id_fkey on attendance.overtime_records (schemas/attendance.yaml:207:21)
ALTER TABLE "attendance"."overtime_records"
    ADD CONSTRAINT "overtime_records_attendance_record_id_fkey" FOREIGN KEY ("attendance_record_id")
    REFERENCES "attendance"."attendance_records" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [46/106] add view attendance.daily_attendance (schemas/attendance.yaml:228:3)
CREATE VIEW "attendance"."daily_attendance" WITH (security_invoker = true) AS
SELECT r.organization_id,
       r.user_id,
       r.work_date,
       min(r.check_in_at) AS first_check_in,
       max(r.check_out_at) AS last_check_out,
       sum(coalesce(r.worked_minutes, 0)) AS worked_minutes,
       bool_or(r.status = 'late') AS was_late,
       bool_and(coalesce(r.within_geofence, true)) AS always_in_geofence
  FROM attendance.attendance_records r
 GROUP BY r.organization_id, r.user_id, r.work_date;
COMMENT ON VIEW "attendance"."daily_attendance" IS 'Worked minutes and first/last check per person and day (current organization, through RLS).';

-- [47/106] add trigger set_updated_at on attendance.attendance_records (schemas/attendance.yaml:97:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "attendance"."attendance_records"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."set_updated_at"();

-- [48/106] add trigger audit_row on attendance.attendance_records (schemas/attendance.yaml:97:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "attendance"."attendance_records"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."audit_row"();

-- [49/106] add trigger set_updated_at on attendance.leave_balances (schemas/attendance.yaml:139:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "attendance"."leave_balances"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."set_updated_at"();

-- [50/106] add trigger audit_row on attendance.leave_balances (schemas/attendance.yaml:139:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "attendance"."leave_balances"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."audit_row"();

-- [51/106] add trigger set_updated_at on attendance.leave_requests (schemas/attendance.yaml:165:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "attendance"."leave_requests"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."set_updated_at"();

-- [52/106] add trigger audit_row on attendance.leave_requests (schemas/attendance.yaml:165:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "attendance"."leave_requests"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."audit_row"();

-- [53/106] add trigger set_updated_at on attendance.overtime_records (schemas/attendance.yaml:201:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "attendance"."overtime_records"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."set_updated_at"();

-- [54/106] add trigger audit_row on attendance.overtime_records (schemas/attendance.yaml:201:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "attendance"."overtime_records"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."audit_row"();

-- [55/106] add trigger set_updated_at on attendance.work_schedules (schemas/attendance.yaml:70:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "attendance"."work_schedules"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."set_updated_at"();

-- [56/106] add trigger set_updated_at on attendance.workplace_geofences (schemas/attendance.yaml:52:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "attendance"."workplace_geofences"
    FOR EACH ROW
    EXECUTE FUNCTION "attendance"."set_updated_at"();

-- [57/106] enable rls attendance.attendance_records
ALTER TABLE "attendance"."attendance_records" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attendance"."attendance_records" FORCE ROW LEVEL SECURITY;

-- [58/106] enable rls attendance.leave_balances
ALTER TABLE "attendance"."leave_balances" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attendance"."leave_balances" FORCE ROW LEVEL SECURITY;

-- [59/106] enable rls attendance.leave_requests
ALTER TABLE "attendance"."leave_requests" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attendance"."leave_requests" FORCE ROW LEVEL SECURITY;

-- [60/106] enable rls attendance.overtime_records
ALTER TABLE "attendance"."overtime_records" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attendance"."overtime_records" FORCE ROW LEVEL SECURITY;

-- [61/106] enable rls attendance.work_schedules
ALTER TABLE "attendance"."work_schedules" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attendance"."work_schedules" FORCE ROW LEVEL SECURITY;

-- [62/106] enable rls attendance.workplace_geofences
ALTER TABLE "attendance"."workplace_geofences" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attendance"."workplace_geofences" FORCE ROW LEVEL SECURITY;

-- [63/106] add policy tenant_isolation on attendance.attendance_records (schemas/attendance.yaml:97:23)
CREATE POLICY "tenant_isolation" ON "attendance"."attendance_records"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [64/106] add policy tenant_isolation on attendance.leave_balances (schemas/attendance.yaml:139:23)
CREATE POLICY "tenant_isolation" ON "attendance"."leave_balances"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [65/106] add policy tenant_isolation on attendance.leave_requests (schemas/attendance.yaml:165:23)
CREATE POLICY "tenant_isolation" ON "attendance"."leave_requests"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [66/106] add policy tenant_isolation on attendance.overtime_records (schemas/attendance.yaml:201:23)
CREATE POLICY "tenant_isolation" ON "attendance"."overtime_records"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [67/106] add policy tenant_isolation on attendance.work_schedules (schemas/attendance.yaml:70:23)
CREATE POLICY "tenant_isolation" ON "attendance"."work_schedules"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [68/106] add policy tenant_isolation on attendance.workplace_geofences (schemas/attendance.yaml:52:23)
CREATE POLICY "tenant_isolation" ON "attendance"."workplace_geofences"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [69/106] add grant USAGE on schema attendance to merch_attendance_svc
GRANT USAGE ON SCHEMA "attendance" TO "merch_attendance_svc";

-- [70/106] add grant DELETE,INSERT,SELECT,UPDATE on table attendance.attendance_records to merch_attendance_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "attendance"."attendance_records" TO "merch_attendance_svc";

-- [71/106] add grant SELECT on table attendance.daily_attendance to merch_attendance_svc
GRANT SELECT ON TABLE "attendance"."daily_attendance" TO "merch_attendance_svc";

-- [72/106] add grant DELETE,INSERT,SELECT,UPDATE on table attendance.leave_balances to merch_attendance_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "attendance"."leave_balances" TO "merch_attendance_svc";

-- [73/106] add grant DELETE,INSERT,SELECT,UPDATE on table attendance.leave_requests to merch_attendance_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "attendance"."leave_requests" TO "merch_attendance_svc";

-- [74/106] add grant SELECT on table attendance.leave_types to merch_attendance_svc
GRANT SELECT ON TABLE "attendance"."leave_types" TO "merch_attendance_svc";

-- [75/106] add grant DELETE,INSERT,SELECT,UPDATE on table attendance.overtime_records to merch_attendance_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "attendance"."overtime_records" TO "merch_attendance_svc";

-- [76/106] add grant DELETE,INSERT,SELECT,UPDATE on table attendance.work_schedules to merch_attendance_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "attendance"."work_schedules" TO "merch_attendance_svc";

-- [77/106] add grant DELETE,INSERT,SELECT,UPDATE on table attendance.workplace_geofences to merch_attendance_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "attendance"."workplace_geofences" TO "merch_attendance_svc";

-- [78/106] add grant USAGE on type attendance.attendance_status to merch_attendance_svc
GRANT USAGE ON TYPE "attendance"."attendance_status" TO "merch_attendance_svc";

-- [79/106] add grant USAGE on type attendance.check_method to merch_attendance_svc
GRANT USAGE ON TYPE "attendance"."check_method" TO "merch_attendance_svc";

-- [80/106] add grant USAGE on type attendance.leave_request_status to merch_attendance_svc
GRANT USAGE ON TYPE "attendance"."leave_request_status" TO "merch_attendance_svc";

-- [81/106] add grant USAGE on type attendance.overtime_status to merch_attendance_svc
GRANT USAGE ON TYPE "attendance"."overtime_status" TO "merch_attendance_svc";

-- [82/106] add grant USAGE on type attendance.schedule_type to merch_attendance_svc
GRANT USAGE ON TYPE "attendance"."schedule_type" TO "merch_attendance_svc";

-- [83/106] add grant USAGE on schema attendance to merch_ops
GRANT USAGE ON SCHEMA "attendance" TO "merch_ops";

-- [84/106] add grant SELECT on table attendance.attendance_records to merch_ops
GRANT SELECT ON TABLE "attendance"."attendance_records" TO "merch_ops";

-- [85/106] add grant SELECT on table attendance.audit_log to merch_ops
GRANT SELECT ON TABLE "attendance"."audit_log" TO "merch_ops";

-- [86/106] add grant SELECT on table attendance.daily_attendance to merch_ops
GRANT SELECT ON TABLE "attendance"."daily_attendance" TO "merch_ops";

-- [87/106] add grant SELECT on table attendance.leave_balances to merch_ops
GRANT SELECT ON TABLE "attendance"."leave_balances" TO "merch_ops";

-- [88/106] add grant SELECT on table attendance.leave_requests to merch_ops
GRANT SELECT ON TABLE "attendance"."leave_requests" TO "merch_ops";

-- [89/106] add grant SELECT on table attendance.leave_types to merch_ops
GRANT SELECT ON TABLE "attendance"."leave_types" TO "merch_ops";

-- [90/106] add grant SELECT on table attendance.overtime_records to merch_ops
GRANT SELECT ON TABLE "attendance"."overtime_records" TO "merch_ops";

-- [91/106] add grant SELECT on table attendance.work_schedules to merch_ops
GRANT SELECT ON TABLE "attendance"."work_schedules" TO "merch_ops";

-- [92/106] add grant SELECT on table attendance.workplace_geofences to merch_ops
GRANT SELECT ON TABLE "attendance"."workplace_geofences" TO "merch_ops";

-- [93/106] add grant USAGE on schema attendance to merch_readonly
GRANT USAGE ON SCHEMA "attendance" TO "merch_readonly";

-- [94/106] add grant SELECT on table attendance.attendance_records to merch_readonly
GRANT SELECT ON TABLE "attendance"."attendance_records" TO "merch_readonly";

-- [95/106] add grant SELECT on table attendance.daily_attendance to merch_readonly
GRANT SELECT ON TABLE "attendance"."daily_attendance" TO "merch_readonly";

-- [96/106] add grant SELECT on table attendance.leave_balances to merch_readonly
GRANT SELECT ON TABLE "attendance"."leave_balances" TO "merch_readonly";

-- [97/106] add grant SELECT on table attendance.leave_requests to merch_readonly
GRANT SELECT ON TABLE "attendance"."leave_requests" TO "merch_readonly";

-- [98/106] add grant SELECT on table attendance.leave_types to merch_readonly
GRANT SELECT ON TABLE "attendance"."leave_types" TO "merch_readonly";

-- [99/106] add grant SELECT on table attendance.overtime_records to merch_readonly
GRANT SELECT ON TABLE "attendance"."overtime_records" TO "merch_readonly";

-- [100/106] add grant SELECT on table attendance.work_schedules to merch_readonly
GRANT SELECT ON TABLE "attendance"."work_schedules" TO "merch_readonly";

-- [101/106] add grant SELECT on table attendance.workplace_geofences to merch_readonly
GRANT SELECT ON TABLE "attendance"."workplace_geofences" TO "merch_readonly";

-- [102/106] add grant USAGE on type attendance.attendance_status to merch_readonly
GRANT USAGE ON TYPE "attendance"."attendance_status" TO "merch_readonly";

-- [103/106] add grant USAGE on type attendance.check_method to merch_readonly
GRANT USAGE ON TYPE "attendance"."check_method" TO "merch_readonly";

-- [104/106] add grant USAGE on type attendance.leave_request_status to merch_readonly
GRANT USAGE ON TYPE "attendance"."leave_request_status" TO "merch_readonly";

-- [105/106] add grant USAGE on type attendance.overtime_status to merch_readonly
GRANT USAGE ON TYPE "attendance"."overtime_status" TO "merch_readonly";

-- [106/106] add grant USAGE on type attendance.schedule_type to merch_readonly
GRANT USAGE ON TYPE "attendance"."schedule_type" TO "merch_readonly";
