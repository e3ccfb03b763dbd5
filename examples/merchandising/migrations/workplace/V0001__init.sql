-- provision migration V0001 (up) for database workplace: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/125] add role merch_ops (schemas/common.yaml:13:3)
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

-- [2/125] add role merch_readonly (schemas/common.yaml:8:3)
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

-- [3/125] add role merch_workplace_svc (schemas/workplace.yaml:10:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_workplace_svc";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_workplace_svc'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 50
    ) THEN
        ALTER ROLE "merch_workplace_svc" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 50;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_workplace_svc" IS 'The workplace service''s connection role; subject to row-level security.';

-- [4/125] add schema workplace (schemas/workplace.yaml:6:9)
CREATE SCHEMA "workplace";
COMMENT ON SCHEMA "workplace" IS 'Workplace service (seed 000 section 5): the hierarchy of workplaces (regions, stores, warehouses, factories), their departments, assets and their maintenance, safety incidents and compliance inspections.';

-- [5/125] add enum workplace.asset_category (schemas/workplace.yaml:19:3)
CREATE TYPE "workplace"."asset_category" AS ENUM ('equipment', 'fixture', 'display', 'refrigeration', 'vehicle', 'it_device', 'safety_equipment', 'tool', 'other');

-- [6/125] add enum workplace.asset_status (schemas/workplace.yaml:20:3)
CREATE TYPE "workplace"."asset_status" AS ENUM ('in_service', 'under_maintenance', 'out_of_service', 'retired', 'lost');

-- [7/125] add enum workplace.incident_severity (schemas/workplace.yaml:24:3)
CREATE TYPE "workplace"."incident_severity" AS ENUM ('low', 'medium', 'high', 'critical');

-- [8/125] add enum workplace.incident_status (schemas/workplace.yaml:25:3)
CREATE TYPE "workplace"."incident_status" AS ENUM ('reported', 'investigating', 'action_required', 'resolved', 'closed');

-- [9/125] add enum workplace.incident_type (schemas/workplace.yaml:23:3)
CREATE TYPE "workplace"."incident_type" AS ENUM ('near_miss', 'injury', 'property_damage', 'theft', 'security', 'environmental', 'food_safety', 'fire', 'other');

-- [10/125] add enum workplace.inspection_status (schemas/workplace.yaml:27:3)
CREATE TYPE "workplace"."inspection_status" AS ENUM ('scheduled', 'in_progress', 'passed', 'failed', 'cancelled');

-- [11/125] add enum workplace.inspection_type (schemas/workplace.yaml:26:3)
CREATE TYPE "workplace"."inspection_type" AS ENUM ('safety', 'compliance', 'quality', 'visual_merchandising', 'food_hygiene', 'fire_safety', 'internal_audit');

-- [12/125] add enum workplace.maintenance_status (schemas/workplace.yaml:22:3)
CREATE TYPE "workplace"."maintenance_status" AS ENUM ('scheduled', 'in_progress', 'completed', 'cancelled', 'overdue');

-- [13/125] add enum workplace.maintenance_type (schemas/workplace.yaml:21:3)
CREATE TYPE "workplace"."maintenance_type" AS ENUM ('preventive', 'corrective', 'inspection', 'calibration', 'cleaning');

-- [14/125] add enum workplace.workplace_status (schemas/workplace.yaml:18:3)
CREATE TYPE "workplace"."workplace_status" AS ENUM ('planned', 'active', 'temporarily_closed', 'closed');

-- [15/125] add enum workplace.workplace_type (schemas/workplace.yaml:17:3)
CREATE TYPE "workplace"."workplace_type" AS ENUM ('headquarters', 'region', 'store', 'outlet', 'kiosk', 'warehouse', 'distribution_center', 'factory', 'office');

-- [16/125] add function workplace.audit_row() (schemas/workplace.yaml:81:63)
CREATE FUNCTION "workplace"."audit_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "workplace", pg_catalog, pg_temp
AS $body$
BEGIN
  INSERT INTO "workplace".audit_log (table_name, operation, old_row, new_row)
  VALUES (TG_TABLE_NAME, TG_OP,
          CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  RETURN NULL;
END;
$body$;

-- [17/125] add function workplace.set_updated_at() (schemas/workplace.yaml:31:38)
CREATE FUNCTION "workplace"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [18/125] add table workplace.audit_log (schemas/workplace.yaml:81:63)
CREATE TABLE "workplace"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "table_name" text NOT NULL,
    "operation" text NOT NULL,
    "old_row" jsonb,
    "new_row" jsonb,
    "changed_by" text DEFAULT current_user NOT NULL,
    "changed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "workplace"."audit_log" IS 'Row changes of audited tables, written by audit_row().';

-- [19/125] add table workplace.workplace_assets (schemas/workplace.yaml:80:3)
CREATE TABLE "workplace"."workplace_assets" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workplace_id" uuid NOT NULL,
    "asset_tag" text NOT NULL,
    "name" text NOT NULL,
    "category" "workplace"."asset_category" NOT NULL,
    "manufacturer" text,
    "model" text,
    "serial_number" text,
    "purchased_on" date,
    "purchase_cost" numeric(12,2),
    "warranty_expires_on" date,
    "status" "workplace"."asset_status" DEFAULT 'in_service' NOT NULL,
    "assigned_to" uuid,
    "specs" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "workplace_assets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workplace_assets_purchase_cost_check" CHECK (purchase_cost >= 0),
    CONSTRAINT "workplace_assets_warranty_after_purchase_check" CHECK (warranty_expires_on IS NULL OR purchased_on IS NULL OR warranty_expires_on >= purchased_on)
);
COMMENT ON TABLE "workplace"."workplace_assets" IS 'Equipment, fixtures and displays at a workplace, through their life cycle.';
COMMENT ON COLUMN "workplace"."workplace_assets"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "workplace"."workplace_assets"."assigned_to" IS '[external reference: user.users.user_profiles]';

-- [20/125] add table workplace.workplace_departments (schemas/workplace.yaml:63:3)
CREATE TABLE "workplace"."workplace_departments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workplace_id" uuid NOT NULL,
    "department_id" uuid NOT NULL,
    "head_id" uuid,
    "headcount_target" integer,
    "floor_area_m2" numeric(10,2),
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "workplace_departments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workplace_departments_workplace_id_department_id_key" UNIQUE ("workplace_id", "department_id"),
    CONSTRAINT "workplace_departments_headcount_target_check" CHECK (headcount_target >= 0),
    CONSTRAINT "workplace_departments_floor_area_m2_check" CHECK (floor_area_m2 > 0)
);
COMMENT ON TABLE "workplace"."workplace_departments" IS 'Which departments (user service) operate at a workplace.';
COMMENT ON COLUMN "workplace"."workplace_departments"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "workplace"."workplace_departments"."department_id" IS '[external reference: user.users.departments]';
COMMENT ON COLUMN "workplace"."workplace_departments"."head_id" IS '[external reference: user.users.user_profiles]';

-- [21/125] add table workplace.workplace_incidents (schemas/workplace.yaml:144:3)
CREATE TABLE "workplace"."workplace_incidents" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workplace_id" uuid NOT NULL,
    "incident_number" text NOT NULL,
    "occurred_at" timestamp with time zone NOT NULL,
    "reported_by" uuid NOT NULL,
    "incident_type" "workplace"."incident_type" NOT NULL,
    "severity" "workplace"."incident_severity" DEFAULT 'low' NOT NULL,
    "title" text NOT NULL,
    "description" text,
    "injured_count" smallint DEFAULT 0 NOT NULL,
    "root_cause" text,
    "corrective_actions" text,
    "status" "workplace"."incident_status" DEFAULT 'reported' NOT NULL,
    "resolved_at" timestamp with time zone,
    "regulator_notified" boolean DEFAULT false NOT NULL,
    "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "workplace_incidents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workplace_incidents_organization_id_incident_number_key" UNIQUE ("organization_id", "incident_number"),
    CONSTRAINT "workplace_incidents_injured_count_check" CHECK (injured_count >= 0),
    CONSTRAINT "workplace_incidents_injury_counted_check" CHECK (incident_type <> 'injury' OR injured_count > 0),
    CONSTRAINT "workplace_incidents_resolved_has_time_check" CHECK (status NOT IN ('resolved', 'closed') OR resolved_at IS NOT NULL)
);
COMMENT ON TABLE "workplace"."workplace_incidents" IS 'Safety and security incidents, from report to closure.';
COMMENT ON COLUMN "workplace"."workplace_incidents"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "workplace"."workplace_incidents"."reported_by" IS '[external reference: user.users.user_profiles]';

-- [22/125] add table workplace.workplace_inspections (schemas/workplace.yaml:177:3)
CREATE TABLE "workplace"."workplace_inspections" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workplace_id" uuid NOT NULL,
    "inspection_type" "workplace"."inspection_type" NOT NULL,
    "inspector_id" uuid,
    "external_inspector" text,
    "report_template_id" uuid,
    "scheduled_for" date NOT NULL,
    "performed_at" timestamp with time zone,
    "score" numeric(5,2),
    "status" "workplace"."inspection_status" DEFAULT 'scheduled' NOT NULL,
    "findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "next_due_on" date,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "workplace_inspections_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workplace_inspections_score_check" CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT "workplace_inspections_has_inspector_check" CHECK (inspector_id IS NOT NULL OR external_inspector IS NOT NULL),
    CONSTRAINT "workplace_inspections_performed_has_time_check" CHECK (status NOT IN ('passed', 'failed') OR performed_at IS NOT NULL)
);
COMMENT ON TABLE "workplace"."workplace_inspections" IS 'Compliance inspections (safety, food hygiene, visual merchandising, ...) and their findings.';
COMMENT ON COLUMN "workplace"."workplace_inspections"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "workplace"."workplace_inspections"."inspector_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "workplace"."workplace_inspections"."external_inspector" IS 'Name of an outside inspector or authority.';
COMMENT ON COLUMN "workplace"."workplace_inspections"."report_template_id" IS '[external reference: report.report.report_templates]';

-- [23/125] add table workplace.workplace_maintenance (schemas/workplace.yaml:111:3)
CREATE TABLE "workplace"."workplace_maintenance" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workplace_id" uuid NOT NULL,
    "asset_id" uuid,
    "maintenance_type" "workplace"."maintenance_type" NOT NULL,
    "title" text NOT NULL,
    "description" text,
    "status" "workplace"."maintenance_status" DEFAULT 'scheduled' NOT NULL,
    "scheduled_for" date NOT NULL,
    "completed_at" timestamp with time zone,
    "assigned_to" uuid,
    "vendor_name" text,
    "cost" numeric(12,2),
    "repeat_every" interval,
    "next_due_on" date,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "workplace_maintenance_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workplace_maintenance_cost_check" CHECK (cost >= 0),
    CONSTRAINT "workplace_maintenance_completed_has_time_check" CHECK (status <> 'completed' OR completed_at IS NOT NULL)
);
COMMENT ON TABLE "workplace"."workplace_maintenance" IS 'Planned and corrective maintenance of a workplace or one of its assets.';
COMMENT ON COLUMN "workplace"."workplace_maintenance"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "workplace"."workplace_maintenance"."assigned_to" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "workplace"."workplace_maintenance"."repeat_every" IS 'For preventive maintenance; next_due_on is computed from it.';

-- [24/125] add table workplace.workplaces (schemas/workplace.yaml:30:3)
CREATE TABLE "workplace"."workplaces" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "parent_id" uuid,
    "workplace_type" "workplace"."workplace_type" NOT NULL,
    "code" text NOT NULL,
    "name" text NOT NULL,
    "industry_code" text,
    "address" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "city" text,
    "country_code" character(2),
    "latitude" numeric(9,6),
    "longitude" numeric(9,6),
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "manager_id" uuid,
    "opening_hours" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "status" "workplace"."workplace_status" DEFAULT 'active' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "workplaces_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workplaces_country_code_check" CHECK (country_code ~ '^[A-Z]{2}$'),
    CONSTRAINT "workplaces_latitude_check" CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT "workplaces_longitude_check" CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT "workplaces_not_own_parent_check" CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT "workplaces_coordinates_paired_check" CHECK ((latitude IS NULL) = (longitude IS NULL))
);
COMMENT ON TABLE "workplace"."workplaces" IS 'A place people work at (store, warehouse, factory, ...); parent_id builds the hierarchy (region > store > zone).';
COMMENT ON COLUMN "workplace"."workplaces"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "workplace"."workplaces"."industry_code" IS '[external reference: user.users.industries]';
COMMENT ON COLUMN "workplace"."workplaces"."manager_id" IS '[external reference: user.users.user_profiles]';

-- [25/125] add index audit_log_table_name_changed_at_idx on workplace.audit_log (schemas/workplace.yaml:81:63)
CREATE INDEX "audit_log_table_name_changed_at_idx"
    ON "workplace"."audit_log" USING BTREE ("table_name", "changed_at");

-- [26/125] add index workplace_assets_organization_id_idx on workplace.workplace_assets (schemas/workplace.yaml:81:23)
CREATE INDEX "workplace_assets_organization_id_idx"
    ON "workplace"."workplace_assets" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [27/125] add index workplace_assets_organization_id_asset_tag_key on workplace.workplace_assets (schemas/workplace.yaml:103:16)
CREATE UNIQUE INDEX "workplace_assets_organization_id_asset_tag_key"
    ON "workplace"."workplace_assets" USING BTREE ("organization_id", "asset_tag") WHERE deleted_at IS NULL;

-- [28/125] add index workplace_assets_workplace_id_status_idx on workplace.workplace_assets (schemas/workplace.yaml:105:16)
CREATE INDEX "workplace_assets_workplace_id_status_idx"
    ON "workplace"."workplace_assets" USING BTREE ("workplace_id", "status") WHERE deleted_at IS NULL;

-- [29/125] add index workplace_assets_warranty_expires_on_idx on workplace.workplace_assets (schemas/workplace.yaml:106:16)
CREATE INDEX "workplace_assets_warranty_expires_on_idx"
    ON "workplace"."workplace_assets" USING BTREE ("warranty_expires_on") WHERE warranty_expires_on IS NOT NULL;

-- [30/125] add index workplace_assets_specs_idx on workplace.workplace_assets (schemas/workplace.yaml:108:16)
CREATE INDEX "workplace_assets_specs_idx"
    ON "workplace"."workplace_assets" USING GIN ("specs") WHERE deleted_at IS NULL;

-- [31/125] add index workplace_departments_organization_id_idx on workplace.workplace_departments (schemas/workplace.yaml:64:23)
CREATE INDEX "workplace_departments_organization_id_idx"
    ON "workplace"."workplace_departments" USING BTREE ("organization_id");

-- [32/125] add index workplace_departments_department_id_idx on workplace.workplace_departments (schemas/workplace.yaml:78:9)
CREATE INDEX "workplace_departments_department_id_idx"
    ON "workplace"."workplace_departments" USING BTREE ("department_id");

-- [33/125] add index workplace_incidents_organization_id_idx on workplace.workplace_incidents (schemas/workplace.yaml:145:23)
CREATE INDEX "workplace_incidents_organization_id_idx"
    ON "workplace"."workplace_incidents" USING BTREE ("organization_id");

-- [34/125] add index workplace_incidents_workplace_id_occurred_at_idx on workplace.workplace_incidents (schemas/workplace.yaml:172:16)
CREATE INDEX "workplace_incidents_workplace_id_occurred_at_idx"
    ON "workplace"."workplace_incidents" USING BTREE ("workplace_id", "occurred_at" DESC);

-- [35/125] add index workplace_incidents_open_idx on workplace.workplace_incidents (schemas/workplace.yaml:173:16)
CREATE INDEX "workplace_incidents_open_idx"
    ON "workplace"."workplace_incidents" USING BTREE ("organization_id", "severity", "occurred_at" DESC) WHERE status NOT IN ('resolved', 'closed');

-- [36/125] add index workplace_inspections_organization_id_idx on workplace.workplace_inspections (schemas/workplace.yaml:178:23)
CREATE INDEX "workplace_inspections_organization_id_idx"
    ON "workplace"."workplace_inspections" USING BTREE ("organization_id");

-- [37/125] add index workplace_inspections_workplace_id_scheduled_for_idx on workplace.workplace_inspections (schemas/workplace.yaml:199:16)
CREATE INDEX "workplace_inspections_workplace_id_scheduled_for_idx"
    ON "workplace"."workplace_inspections" USING BTREE ("workplace_id", "scheduled_for" DESC);

-- [38/125] add index workplace_inspections_organization_id_next_due_on_idx on workplace.workplace_inspections (schemas/workplace.yaml:200:16)
CREATE INDEX "workplace_inspections_organization_id_next_due_on_idx"
    ON "workplace"."workplace_inspections" USING BTREE ("organization_id", "next_due_on") WHERE next_due_on IS NOT NULL;

-- [39/125] add index workplace_inspections_findings_idx on workplace.workplace_inspections (schemas/workplace.yaml:202:16)
CREATE INDEX "workplace_inspections_findings_idx"
    ON "workplace"."workplace_inspections" USING GIN ("findings");

-- [40/125] add index workplace_maintenance_organization_id_idx on workplace.workplace_maintenance (schemas/workplace.yaml:112:23)
CREATE INDEX "workplace_maintenance_organization_id_idx"
    ON "workplace"."workplace_maintenance" USING BTREE ("organization_id");

-- [41/125] add index workplace_maintenance_workplace_id_scheduled_for_idx on workplace.workplace_maintenance (schemas/workplace.yaml:137:16)
CREATE INDEX "workplace_maintenance_workplace_id_scheduled_for_idx"
    ON "workplace"."workplace_maintenance" USING BTREE ("workplace_id", "scheduled_for");

-- [42/125] add index workplace_maintenance_asset_id_idx on workplace.workplace_maintenance (schemas/workplace.yaml:138:16)
CREATE INDEX "workplace_maintenance_asset_id_idx"
    ON "workplace"."workplace_maintenance" USING BTREE ("asset_id") WHERE asset_id IS NOT NULL;

-- [43/125] add index workplace_maintenance_open_idx on workplace.workplace_maintenance (schemas/workplace.yaml:140:16)
CREATE INDEX "workplace_maintenance_open_idx"
    ON "workplace"."workplace_maintenance" USING BTREE ("organization_id", "scheduled_for") WHERE status IN ('scheduled', 'overdue');

-- [44/125] add index workplaces_organization_id_idx on workplace.workplaces (schemas/workplace.yaml:31:23)
CREATE INDEX "workplaces_organization_id_idx"
    ON "workplace"."workplaces" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [45/125] add index workplaces_organization_id_code_key on workplace.workplaces (schemas/workplace.yaml:55:16)
CREATE UNIQUE INDEX "workplaces_organization_id_code_key"
    ON "workplace"."workplaces" USING BTREE ("organization_id", "code") WHERE deleted_at IS NULL;

-- [46/125] add index workplaces_parent_id_idx on workplace.workplaces (schemas/workplace.yaml:57:16)
CREATE INDEX "workplaces_parent_id_idx"
    ON "workplace"."workplaces" USING BTREE ("parent_id") WHERE parent_id IS NOT NULL;

-- [47/125] add index workplaces_organization_id_workplace_type_status_idx on workplace.workplaces (schemas/workplace.yaml:59:16)
CREATE INDEX "workplaces_organization_id_workplace_type_status_idx"
    ON "workplace"."workplaces" USING BTREE ("organization_id", "workplace_type", "status") WHERE deleted_at IS NULL;

-- [48/125] add index workplaces_address_idx on workplace.workplaces (schemas/workplace.yaml:60:16)
CREATE INDEX "workplaces_address_idx"
    ON "workplace"."workplaces" USING GIN ("address") WHERE deleted_at IS NULL;

-- [49/125] add index workplaces_custom_fields_idx on workplace.workplaces (schemas/workplace.yaml:31:63)
CREATE INDEX "workplaces_custom_fields_idx"
    ON "workplace"."workplaces" USING GIN ("custom_fields");

-- [50/125] add foreign key workplace_assets_workplace_id_fkey on workplace.workplace_assets (schemas/workplace.yaml:86:21)
ALTER TABLE "workplace"."workplace_assets"
    ADD CONSTRAINT "workplace_assets_workplace_id_fkey" FOREIGN KEY ("workplace_id")
    REFERENCES "workplace"."workplaces" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [51/125] add foreign key workplace_departments_workplace_id_fkey on workplace.workplace_departments (schemas/workplace.yaml:69:21)
ALTER TABLE "workplace"."workplace_departments"
    ADD CONSTRAINT "workplace_departments_workplace_id_fkey" FOREIGN KEY ("workplace_id")
    REFERENCES "workplace"."workplaces" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [52/125] add foreign key workplace_incidents_workplace_id_fkey on workplace.workplace_incidents (schemas/workplace.yaml:150:21)
ALTER TABLE "workplace"."workplace_incidents"
    ADD CONSTRAINT "workplace_incidents_workplace_id_fkey" FOREIGN KEY ("workplace_id")
    REFERENCES "workplace"."workplaces" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [53/125] add foreign key workplace_inspections_workplace_id_fkey on workplace.workplace_inspections (schemas/workplace.yaml:183:21)
ALTER TABLE "workplace"."workplace_inspections"
    ADD CONSTRAINT "workplace_inspections_workplace_id_fkey" FOREIGN KEY ("workplace_id")
    REFERENCES "workplace"."workplaces" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [54/125] add foreign key workplace_maintenance_asset_id_fkey on workplace.workplace_maintenance (schemas/workplace.yaml:121:21)
ALTER TABLE "workplace"."workplace_maintenance"
    ADD CONSTRAINT "workplace_maintenance_asset_id_fkey" FOREIGN KEY ("asset_id")
    REFERENCES "workplace"."workplace_assets" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [55/125] add foreign key workplace_maintenance_workplace_id_fkey on workplace.workplace_maintenance (schemas/workplace.yaml:117:21)
ALTER TABLE "workplace"."workplace_maintenance"
    ADD CONSTRAINT "workplace_maintenance_workplace_id_fkey" FOREIGN KEY ("workplace_id")
    REFERENCES "workplace"."workplaces" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [56/125] add foreign key workplaces_parent_id_fkey on workplace.workplaces (schemas/workplace.yaml:36:21)
ALTER TABLE "workplace"."workplaces"
    ADD CONSTRAINT "workplaces_parent_id_fkey" FOREIGN KEY ("parent_id")
    REFERENCES "workplace"."workplaces" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [57/125] add view workplace.asset_maintenance_due (schemas/workplace.yaml:206:3)
CREATE VIEW "workplace"."asset_maintenance_due" WITH (security_invoker = true) AS
SELECT a.organization_id, a.workplace_id, a.id AS asset_id, a.asset_tag, a.name AS asset_name,
       m.id AS maintenance_id, m.maintenance_type, m.scheduled_for, m.status
  FROM workplace.workplace_assets a
  JOIN workplace.workplace_maintenance m ON m.asset_id = a.id
 WHERE a.deleted_at IS NULL
   AND m.status IN ('scheduled', 'overdue');
COMMENT ON VIEW "workplace"."asset_maintenance_due" IS 'Assets with open maintenance, soonest first (current organization, through RLS).';

-- [58/125] add trigger set_updated_at on workplace.workplace_assets (schemas/workplace.yaml:81:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "workplace"."workplace_assets"
    FOR EACH ROW
    EXECUTE FUNCTION "workplace"."set_updated_at"();

-- [59/125] add trigger audit_row on workplace.workplace_assets (schemas/workplace.yaml:81:63)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "workplace"."workplace_assets"
    FOR EACH ROW
    EXECUTE FUNCTION "workplace"."audit_row"();

-- [60/125] add trigger set_updated_at on workplace.workplace_departments (schemas/workplace.yaml:64:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "workplace"."workplace_departments"
    FOR EACH ROW
    EXECUTE FUNCTION "workplace"."set_updated_at"();

-- [61/125] add trigger set_updated_at on workplace.workplace_incidents (schemas/workplace.yaml:145:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "workplace"."workplace_incidents"
    FOR EACH ROW
    EXECUTE FUNCTION "workplace"."set_updated_at"();

-- [62/125] add trigger audit_row on workplace.workplace_incidents (schemas/workplace.yaml:145:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "workplace"."workplace_incidents"
    FOR EACH ROW
    EXECUTE FUNCTION "workplace"."audit_row"();

-- [63/125] add trigger set_updated_at on workplace.workplace_inspections (schemas/workplace.yaml:178:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "workplace"."workplace_inspections"
    FOR EACH ROW
    EXECUTE FUNCTION "workplace"."set_updated_at"();

-- [64/125] add trigger audit_row on workplace.workplace_inspections (schemas/workplace.yaml:178:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "workplace"."workplace_inspections"
    FOR EACH ROW
    EXECUTE FUNCTION "workplace"."audit_row"();

-- [65/125] add trigger set_updated_at on workplace.workplace_maintenance (schemas/workplace.yaml:112:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "workplace"."workplace_maintenance"
    FOR EACH ROW
    EXECUTE FUNCTION "workplace"."set_updated_at"();

-- [66/125] add trigger set_updated_at on workplace.workplaces (schemas/workplace.yaml:31:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "workplace"."workplaces"
    FOR EACH ROW
    EXECUTE FUNCTION "workplace"."set_updated_at"();

-- [67/125] enable rls workplace.workplace_assets
ALTER TABLE "workplace"."workplace_assets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_assets" FORCE ROW LEVEL SECURITY;

-- [68/125] enable rls workplace.workplace_departments
ALTER TABLE "workplace"."workplace_departments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_departments" FORCE ROW LEVEL SECURITY;

-- [69/125] enable rls workplace.workplace_incidents
ALTER TABLE "workplace"."workplace_incidents" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_incidents" FORCE ROW LEVEL SECURITY;

-- [70/125] enable rls workplace.workplace_inspections
ALTER TABLE "workplace"."workplace_inspections" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_inspections" FORCE ROW LEVEL SECURITY;

-- [71/125] enable rls workplace.workplace_maintenance
ALTER TABLE "workplace"."workplace_maintenance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_maintenance" FORCE ROW LEVEL SECURITY;

-- [72/125] enable rls workplace.workplaces
ALTER TABLE "workplace"."workplaces" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplaces" FORCE ROW LEVEL SECURITY;

-- [73/125] add policy tenant_isolation on workplace.workplace_assets (schemas/workplace.yaml:81:23)
CREATE POLICY "tenant_isolation" ON "workplace"."workplace_assets"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [74/125] add policy tenant_isolation on workplace.workplace_departments (schemas/workplace.yaml:64:23)
CREATE POLICY "tenant_isolation" ON "workplace"."workplace_departments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [75/125] add policy tenant_isolation on workplace.workplace_incidents (schemas/workplace.yaml:145:23)
CREATE POLICY "tenant_isolation" ON "workplace"."workplace_incidents"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [76/125] add policy tenant_isolation on workplace.workplace_inspections (schemas/workplace.yaml:178:23)
CREATE POLICY "tenant_isolation" ON "workplace"."workplace_inspections"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [77/125] add policy tenant_isolation on workplace.workplace_maintenance (schemas/workplace.yaml:112:23)
CREATE POLICY "tenant_isolation" ON "workplace"."workplace_maintenance"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [78/125] add policy tenant_isolation on workplace.workplaces (schemas/workplace.yaml:31:23)
CREATE POLICY "tenant_isolation" ON "workplace"."workplaces"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [79/125] add grant USAGE on schema workplace to merch_ops
GRANT USAGE ON SCHEMA "workplace" TO "merch_ops";

-- [80/125] add grant SELECT on table workplace.asset_maintenance_due to merch_ops
GRANT SELECT ON TABLE "workplace"."asset_maintenance_due" TO "merch_ops";

-- [81/125] add grant SELECT on table workplace.audit_log to merch_ops
GRANT SELECT ON TABLE "workplace"."audit_log" TO "merch_ops";

-- [82/125] add grant SELECT on table workplace.workplace_assets to merch_ops
GRANT SELECT ON TABLE "workplace"."workplace_assets" TO "merch_ops";

-- [83/125] add grant SELECT on table workplace.workplace_departments to merch_ops
GRANT SELECT ON TABLE "workplace"."workplace_departments" TO "merch_ops";

-- [84/125] add grant SELECT on table workplace.workplace_incidents to merch_ops
GRANT SELECT ON TABLE "workplace"."workplace_incidents" TO "merch_ops";

-- [85/125] add grant SELECT on table workplace.workplace_inspections to merch_ops
GRANT SELECT ON TABLE "workplace"."workplace_inspections" TO "merch_ops";

-- [86/125] add grant SELECT on table workplace.workplace_maintenance to merch_ops
GRANT SELECT ON TABLE "workplace"."workplace_maintenance" TO "merch_ops";

-- [87/125] add grant SELECT on table workplace.workplaces to merch_ops
GRANT SELECT ON TABLE "workplace"."workplaces" TO "merch_ops";

-- [88/125] add grant USAGE on schema workplace to merch_readonly
GRANT USAGE ON SCHEMA "workplace" TO "merch_readonly";

-- [89/125] add grant SELECT on table workplace.asset_maintenance_due to merch_readonly
GRANT SELECT ON TABLE "workplace"."asset_maintenance_due" TO "merch_readonly";

-- [90/125] add grant SELECT on table workplace.workplace_assets to merch_readonly
GRANT SELECT ON TABLE "workplace"."workplace_assets" TO "merch_readonly";

-- [91/125] add grant SELECT on table workplace.workplace_departments to merch_readonly
GRANT SELECT ON TABLE "workplace"."workplace_departments" TO "merch_readonly";

-- [92/125] add grant SELECT on table workplace.workplace_incidents to merch_readonly
GRANT SELECT ON TABLE "workplace"."workplace_incidents" TO "merch_readonly";

-- [93/125] add grant SELECT on table workplace.workplace_inspections to merch_readonly
GRANT SELECT ON TABLE "workplace"."workplace_inspections" TO "merch_readonly";

-- [94/125] add grant SELECT on table workplace.workplace_maintenance to merch_readonly
GRANT SELECT ON TABLE "workplace"."workplace_maintenance" TO "merch_readonly";

-- [95/125] add grant SELECT on table workplace.workplaces to merch_readonly
GRANT SELECT ON TABLE "workplace"."workplaces" TO "merch_readonly";

-- [96/125] add grant USAGE on type workplace.asset_category to merch_readonly
GRANT USAGE ON TYPE "workplace"."asset_category" TO "merch_readonly";

-- [97/125] add grant USAGE on type workplace.asset_status to merch_readonly
GRANT USAGE ON TYPE "workplace"."asset_status" TO "merch_readonly";

-- [98/125] add grant USAGE on type workplace.incident_severity to merch_readonly
GRANT USAGE ON TYPE "workplace"."incident_severity" TO "merch_readonly";

-- [99/125] add grant USAGE on type workplace.incident_status to merch_readonly
GRANT USAGE ON TYPE "workplace"."incident_status" TO "merch_readonly";

-- [100/125] add grant USAGE on type workplace.incident_type to merch_readonly
GRANT USAGE ON TYPE "workplace"."incident_type" TO "merch_readonly";

-- [101/125] add grant USAGE on type workplace.inspection_status to merch_readonly
GRANT USAGE ON TYPE "workplace"."inspection_status" TO "merch_readonly";

-- [102/125] add grant USAGE on type workplace.inspection_type to merch_readonly
GRANT USAGE ON TYPE "workplace"."inspection_type" TO "merch_readonly";

-- [103/125] add grant USAGE on type workplace.maintenance_status to merch_readonly
GRANT USAGE ON TYPE "workplace"."maintenance_status" TO "merch_readonly";

-- [104/125] add grant USAGE on type workplace.maintenance_type to merch_readonly
GRANT USAGE ON TYPE "workplace"."maintenance_type" TO "merch_readonly";

-- [105/125] add grant USAGE on type workplace.workplace_status to merch_readonly
GRANT USAGE ON TYPE "workplace"."workplace_status" TO "merch_readonly";

-- [106/125] add grant USAGE on type workplace.workplace_type to merch_readonly
GRANT USAGE ON TYPE "workplace"."workplace_type" TO "merch_readonly";

-- [107/125] add grant USAGE on schema workplace to merch_workplace_svc
GRANT USAGE ON SCHEMA "workplace" TO "merch_workplace_svc";

-- [108/125] add grant SELECT on table workplace.asset_maintenance_due to merch_workplace_svc
GRANT SELECT ON TABLE "workplace"."asset_maintenance_due" TO "merch_workplace_svc";

-- [109/125] add grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_assets to merch_workplace_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_assets" TO "merch_workplace_svc";

-- [110/125] add grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_departments to merch_workplace_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_departments" TO "merch_workplace_svc";

-- [111/125] add grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_incidents to merch_workplace_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_incidents" TO "merch_workplace_svc";

-- [112/125] add grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_inspections to merch_workplace_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_inspections" TO "merch_workplace_svc";

-- [113/125] add grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_maintenance to merch_workplace_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_maintenance" TO "merch_workplace_svc";

-- [114/125] add grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplaces to merch_workplace_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplaces" TO "merch_workplace_svc";

-- [115/125] add grant USAGE on type workplace.asset_category to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."asset_category" TO "merch_workplace_svc";

-- [116/125] add grant USAGE on type workplace.asset_status to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."asset_status" TO "merch_workplace_svc";

-- [117/125] add grant USAGE on type workplace.incident_severity to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."incident_severity" TO "merch_workplace_svc";

-- [118/125] add grant USAGE on type workplace.incident_status to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."incident_status" TO "merch_workplace_svc";

-- [119/125] add grant USAGE on type workplace.incident_type to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."incident_type" TO "merch_workplace_svc";

-- [120/125] add grant USAGE on type workplace.inspection_status to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."inspection_status" TO "merch_workplace_svc";

-- [121/125] add grant USAGE on type workplace.inspection_type to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."inspection_type" TO "merch_workplace_svc";

-- [122/125] add grant USAGE on type workplace.maintenance_status to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."maintenance_status" TO "merch_workplace_svc";

-- [123/125] add grant USAGE on type workplace.maintenance_type to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."maintenance_type" TO "merch_workplace_svc";

-- [124/125] add grant USAGE on type workplace.workplace_status to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."workplace_status" TO "merch_workplace_svc";

-- [125/125] add grant USAGE on type workplace.workplace_type to merch_workplace_svc
GRANT USAGE ON TYPE "workplace"."workplace_type" TO "merch_workplace_svc";
