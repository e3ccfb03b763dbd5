-- provision migration V0001 (up) for database report: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/85] add role merch_ops (schemas/common.yaml:13:3)
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

-- [2/85] add role merch_readonly (schemas/common.yaml:8:3)
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

-- [3/85] add role merch_report_svc (schemas/report.yaml:10:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_report_svc";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_report_svc'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 50
    ) THEN
        ALTER ROLE "merch_report_svc" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 50;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_report_svc" IS 'The report service''s connection role; subject to row-level security.';

-- [4/85] add schema report (schemas/report.yaml:6:9)
CREATE SCHEMA "report";
COMMENT ON SCHEMA "report" IS 'Report service (seed 000 section 6): report and form templates with custom field definitions, submitted reports, feedback comments, per-day report metrics and scheduled (automated) reports.';

-- [5/85] add enum report.export_format (schemas/report.yaml:21:3)
CREATE TYPE "report"."export_format" AS ENUM ('pdf', 'xlsx', 'csv', 'json');

-- [6/85] add enum report.report_kind (schemas/report.yaml:17:3)
CREATE TYPE "report"."report_kind" AS ENUM ('form', 'checklist', 'survey', 'store_audit', 'sales', 'stock_count', 'visual_merchandising', 'competitor_activity', 'custom');
COMMENT ON TYPE "report"."report_kind" IS 'What a template collects.';

-- [7/85] add enum report.report_status (schemas/report.yaml:20:3)
CREATE TYPE "report"."report_status" AS ENUM ('draft', 'submitted', 'under_review', 'approved', 'rejected', 'archived');

-- [8/85] add enum report.run_status (schemas/report.yaml:22:3)
CREATE TYPE "report"."run_status" AS ENUM ('succeeded', 'failed', 'skipped');

-- [9/85] add function report.audit_row() (schemas/report.yaml:60:9)
CREATE FUNCTION "report"."audit_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "report", pg_catalog, pg_temp
AS $body$
BEGIN
  INSERT INTO "report".audit_log (table_name, operation, old_row, new_row)
  VALUES (TG_TABLE_NAME, TG_OP,
          CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  RETURN NULL;
END;
$body$;

-- [10/85] add function report.reports_search_vector() (schemas/report.yaml:61:9)
CREATE FUNCTION "report"."reports_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."summary"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [11/85] add function report.set_updated_at() (schemas/report.yaml:26:38)
CREATE FUNCTION "report"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [12/85] add table report.audit_log (schemas/report.yaml:60:9)
CREATE TABLE "report"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "table_name" text NOT NULL,
    "operation" text NOT NULL,
    "old_row" jsonb,
    "new_row" jsonb,
    "changed_by" text DEFAULT current_user NOT NULL,
    "changed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "report"."audit_log" IS 'Row changes of audited tables, written by audit_row().';

-- [13/85] add table report.report_analytics (schemas/report.yaml:118:3)
CREATE TABLE "report"."report_analytics" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "template_id" uuid NOT NULL,
    "workplace_id" uuid,
    "stat_date" date NOT NULL,
    "submitted_count" integer DEFAULT 0 NOT NULL,
    "approved_count" integer DEFAULT 0 NOT NULL,
    "rejected_count" integer DEFAULT 0 NOT NULL,
    "avg_completion_minutes" numeric(8,2),
    "avg_score" numeric(5,2),
    "metrics" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "computed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "report_analytics_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "report_analytics_avg_score_check" CHECK (avg_score BETWEEN 0 AND 100),
    CONSTRAINT "report_analytics_counts_valid_check" CHECK (submitted_count >= 0 AND approved_count >= 0 AND rejected_count >= 0 AND approved_count + rejected_count <= submitted_count)
);
COMMENT ON TABLE "report"."report_analytics" IS 'Per template, workplace and day, how many reports came in and how they scored (filled by the service).';
COMMENT ON COLUMN "report"."report_analytics"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "report"."report_analytics"."workplace_id" IS 'NULL for the organization-wide total. [external reference: workplace.workplace.workplaces]';

-- [14/85] add table report.report_comments (schemas/report.yaml:99:3)
CREATE TABLE "report"."report_comments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "report_id" uuid NOT NULL,
    "author_id" uuid NOT NULL,
    "field_key" text,
    "body" text NOT NULL,
    "is_resolved" boolean DEFAULT false NOT NULL,
    "resolved_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "report_comments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "report_comments_body_not_blank_check" CHECK (btrim(body) <> ''),
    CONSTRAINT "report_comments_resolved_has_time_check" CHECK (NOT is_resolved OR resolved_at IS NOT NULL)
);
COMMENT ON TABLE "report"."report_comments" IS 'Reviewer feedback on a report, optionally on one field.';
COMMENT ON COLUMN "report"."report_comments"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "report"."report_comments"."author_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "report"."report_comments"."field_key" IS 'The template field the comment is about; NULL for the whole report.';

-- [15/85] add table report.report_templates (schemas/report.yaml:25:3)
CREATE TABLE "report"."report_templates" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "kind" "report"."report_kind" DEFAULT 'form' NOT NULL,
    "industry_code" text,
    "version" integer DEFAULT 1 NOT NULL,
    "fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "layout" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "requires_photo" boolean DEFAULT false NOT NULL,
    "requires_location" boolean DEFAULT false NOT NULL,
    "is_published" boolean DEFAULT false NOT NULL,
    "created_by" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "report_templates_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "report_templates_version_check" CHECK (version >= 1),
    CONSTRAINT "report_templates_fields_is_array_check" CHECK (jsonb_typeof(fields) = 'array')
);
COMMENT ON TABLE "report"."report_templates" IS 'Report and form definitions; `fields` holds the custom field definitions a report''s `data` follows.';
COMMENT ON COLUMN "report"."report_templates"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "report"."report_templates"."industry_code" IS '[external reference: user.users.industries]';
COMMENT ON COLUMN "report"."report_templates"."fields" IS 'Field definitions, e.g. [{"key": "facings", "type": "number", "required": true}].';
COMMENT ON COLUMN "report"."report_templates"."created_by" IS '[external reference: user.users.user_profiles]';

-- [16/85] add table report.reports (schemas/report.yaml:54:3)
CREATE TABLE "report"."reports" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "template_id" uuid NOT NULL,
    "template_version" integer NOT NULL,
    "title" text NOT NULL,
    "summary" text,
    "submitted_by" uuid NOT NULL,
    "workplace_id" uuid,
    "todo_id" uuid,
    "period_start" date,
    "period_end" date,
    "status" "report"."report_status" DEFAULT 'draft' NOT NULL,
    "data" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "score" numeric(5,2),
    "latitude" numeric(9,6),
    "longitude" numeric(9,6),
    "submitted_at" timestamp with time zone,
    "reviewed_by" uuid,
    "reviewed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "search_vector" tsvector,
    CONSTRAINT "reports_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "reports_template_version_check" CHECK (template_version >= 1),
    CONSTRAINT "reports_score_check" CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT "reports_latitude_check" CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT "reports_longitude_check" CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT "reports_period_valid_check" CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
    CONSTRAINT "reports_submitted_has_time_check" CHECK (status = 'draft' OR submitted_at IS NOT NULL),
    CONSTRAINT "reports_review_complete_check" CHECK (status NOT IN ('approved', 'rejected') OR (reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL))
);
COMMENT ON TABLE "report"."reports" IS 'A filled-in template (a store audit, a stock count, ...), reviewed and approved.';
COMMENT ON COLUMN "report"."reports"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "report"."reports"."submitted_by" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "report"."reports"."workplace_id" IS '[external reference: workplace.workplace.workplaces]';
COMMENT ON COLUMN "report"."reports"."todo_id" IS 'The task the report was filed for. [external reference: todo.todo.todos]';
COMMENT ON COLUMN "report"."reports"."data" IS 'Answers, keyed by the template''s field keys.';
COMMENT ON COLUMN "report"."reports"."reviewed_by" IS '[external reference: user.users.user_profiles]';

-- [17/85] add table report.scheduled_reports (schemas/report.yaml:148:3)
CREATE TABLE "report"."scheduled_reports" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "template_id" uuid NOT NULL,
    "name" text NOT NULL,
    "cron_expression" text DEFAULT '0 7 * * 1' NOT NULL,
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "format" "report"."export_format" DEFAULT 'pdf' NOT NULL,
    "recipients" text[] DEFAULT '{}'::text[] NOT NULL,
    "recipient_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    "filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_active" boolean DEFAULT true NOT NULL,
    "next_run_at" timestamp with time zone,
    "last_run_at" timestamp with time zone,
    "last_run_status" "report"."run_status",
    "created_by" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "scheduled_reports_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "scheduled_reports_cron_has_five_fields_check" CHECK (array_length(regexp_split_to_array(btrim(cron_expression), '\s+'), 1) = 5)
);
COMMENT ON TABLE "report"."scheduled_reports" IS 'Reports generated and sent automatically on a schedule.';
COMMENT ON COLUMN "report"."scheduled_reports"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "report"."scheduled_reports"."cron_expression" IS 'Five-field cron; the default is Mondays 07:00.';
COMMENT ON COLUMN "report"."scheduled_reports"."recipients" IS 'E-mail addresses; with no recipients at all the report is only archived.';
COMMENT ON COLUMN "report"."scheduled_reports"."recipient_user_ids" IS 'user_profiles (user service) to notify.';
COMMENT ON COLUMN "report"."scheduled_reports"."created_by" IS '[external reference: user.users.user_profiles]';

-- [18/85] add index audit_log_table_name_changed_at_idx on report.audit_log (schemas/report.yaml:60:9)
CREATE INDEX "audit_log_table_name_changed_at_idx"
    ON "report"."audit_log" USING BTREE ("table_name", "changed_at");

-- [19/85] add index report_analytics_organization_id_idx on report.report_analytics (schemas/report.yaml:119:23)
CREATE INDEX "report_analytics_organization_id_idx"
    ON "report"."report_analytics" USING BTREE ("organization_id");

-- [20/85] add index report_analytics_per_workplace_key on report.report_analytics (schemas/report.yaml:138:16)
CREATE UNIQUE INDEX "report_analytics_per_workplace_key"
    ON "report"."report_analytics" USING BTREE ("template_id", "workplace_id", "stat_date") WHERE workplace_id IS NOT NULL;

-- [21/85] add index report_analytics_total_key on report.report_analytics (schemas/report.yaml:142:16)
CREATE UNIQUE INDEX "report_analytics_total_key"
    ON "report"."report_analytics" USING BTREE ("template_id", "stat_date") WHERE workplace_id IS NULL;

-- [22/85] add index report_analytics_organization_id_stat_date_idx on report.report_analytics (schemas/report.yaml:146:16)
CREATE INDEX "report_analytics_organization_id_stat_date_idx"
    ON "report"."report_analytics" USING BTREE ("organization_id", "stat_date");

-- [23/85] add index report_comments_organization_id_idx on report.report_comments (schemas/report.yaml:100:23)
CREATE INDEX "report_comments_organization_id_idx"
    ON "report"."report_comments" USING BTREE ("organization_id");

-- [24/85] add index report_comments_report_id_created_at_idx on report.report_comments (schemas/report.yaml:116:16)
CREATE INDEX "report_comments_report_id_created_at_idx"
    ON "report"."report_comments" USING BTREE ("report_id", "created_at");

-- [25/85] add index report_templates_organization_id_idx on report.report_templates (schemas/report.yaml:26:23)
CREATE INDEX "report_templates_organization_id_idx"
    ON "report"."report_templates" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [26/85] add index report_templates_organization_id_name_version_key on report.report_templates (schemas/report.yaml:46:16)
CREATE UNIQUE INDEX "report_templates_organization_id_name_version_key"
    ON "report"."report_templates" USING BTREE ("organization_id", "name", "version") WHERE deleted_at IS NULL;

-- [27/85] add index report_templates_published_idx on report.report_templates (schemas/report.yaml:48:16)
CREATE INDEX "report_templates_published_idx"
    ON "report"."report_templates" USING BTREE ("organization_id", "kind") WHERE is_published;

-- [28/85] add index report_templates_fields_idx on report.report_templates (schemas/report.yaml:51:16)
CREATE INDEX "report_templates_fields_idx"
    ON "report"."report_templates" USING GIN ("fields") WHERE deleted_at IS NULL;

-- [29/85] add index reports_organization_id_idx on report.reports (schemas/report.yaml:57:9)
CREATE INDEX "reports_organization_id_idx"
    ON "report"."reports" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [30/85] add index reports_template_id_submitted_at_idx on report.reports (schemas/report.yaml:90:16)
CREATE INDEX "reports_template_id_submitted_at_idx"
    ON "report"."reports" USING BTREE ("template_id", "submitted_at" DESC) WHERE deleted_at IS NULL;

-- [31/85] add index reports_organization_id_workplace_id_submitted_at_idx on report.reports (schemas/report.yaml:91:16)
CREATE INDEX "reports_organization_id_workplace_id_submitted_at_idx"
    ON "report"."reports" USING BTREE ("organization_id", "workplace_id", "submitted_at" DESC) WHERE deleted_at IS NULL;

-- [32/85] add index reports_submitted_by_created_at_idx on report.reports (schemas/report.yaml:92:16)
CREATE INDEX "reports_submitted_by_created_at_idx"
    ON "report"."reports" USING BTREE ("submitted_by", "created_at" DESC) WHERE deleted_at IS NULL;

-- [33/85] add index reports_awaiting_review_idx on report.reports (schemas/report.yaml:93:16)
CREATE INDEX "reports_awaiting_review_idx"
    ON "report"."reports" USING BTREE ("organization_id", "submitted_at") WHERE status IN ('submitted', 'under_review');

-- [34/85] add index reports_data_idx on report.reports (schemas/report.yaml:96:16)
CREATE INDEX "reports_data_idx"
    ON "report"."reports" USING GIN ("data") WHERE deleted_at IS NULL;

-- [35/85] add index reports_search_vector_idx on report.reports (schemas/report.yaml:61:9)
CREATE INDEX "reports_search_vector_idx"
    ON "report"."reports" USING GIN ("search_vector");

-- [36/85] add index scheduled_reports_organization_id_idx on report.scheduled_reports (schemas/report.yaml:149:23)
CREATE INDEX "scheduled_reports_organization_id_idx"
    ON "report"."scheduled_reports" USING BTREE ("organization_id");

-- [37/85] add index scheduled_reports_template_id_idx on report.scheduled_reports (schemas/report.yaml:171:9)
CREATE INDEX "scheduled_reports_template_id_idx"
    ON "report"."scheduled_reports" USING BTREE ("template_id");

-- [38/85] add index scheduled_reports_due_idx on report.scheduled_reports (schemas/report.yaml:172:16)
CREATE INDEX "scheduled_reports_due_idx"
    ON "report"."scheduled_reports" USING BTREE ("next_run_at") WHERE is_active AND next_run_at IS NOT NULL;

-- [39/85] add foreign key report_analytics_template_id_fkey on report.report_analytics (schemas/report.yaml:124:21)
ALTER TABLE "report"."report_analytics"
    ADD CONSTRAINT "report_analytics_template_id_fkey" FOREIGN KEY ("template_id")
    REFERENCES "report"."report_templates" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [40/85] add foreign key report_comments_report_id_fkey on report.report_comments (schemas/report.yaml:105:21)
ALTER TABLE "report"."report_comments"
    ADD CONSTRAINT "report_comments_report_id_fkey" FOREIGN KEY ("report_id")
    REFERENCES "report"."reports" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [41/85] add foreign key reports_template_id_fkey on report.reports (schemas/report.yaml:66:21)
ALTER TABLE "report"."reports"
    ADD CONSTRAINT "reports_template_id_fkey" FOREIGN KEY ("template_id")
    REFERENCES "report"."report_templates" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [42/85] add foreign key scheduled_reports_template_id_fkey on report.scheduled_reports (schemas/report.yaml:154:21)
ALTER TABLE "report"."scheduled_reports"
    ADD CONSTRAINT "scheduled_reports_template_id_fkey" FOREIGN KEY ("template_id")
    REFERENCES "report"."report_templates" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [43/85] add trigger set_updated_at on report.report_comments (schemas/report.yaml:100:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "report"."report_comments"
    FOR EACH ROW
    EXECUTE FUNCTION "report"."set_updated_at"();

-- [44/85] add trigger set_updated_at on report.report_templates (schemas/report.yaml:26:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "report"."report_templates"
    FOR EACH ROW
    EXECUTE FUNCTION "report"."set_updated_at"();

-- [45/85] add trigger set_updated_at on report.reports (schemas/report.yaml:58:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "report"."reports"
    FOR EACH ROW
    EXECUTE FUNCTION "report"."set_updated_at"();

-- [46/85] add trigger audit_row on report.reports (schemas/report.yaml:60:9)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "report"."reports"
    FOR EACH ROW
    EXECUTE FUNCTION "report"."audit_row"();

-- [47/85] add trigger search_vector_update on report.reports (schemas/report.yaml:61:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "report"."reports"
    FOR EACH ROW
    EXECUTE FUNCTION "report"."reports_search_vector"();

-- [48/85] add trigger set_updated_at on report.scheduled_reports (schemas/report.yaml:149:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "report"."scheduled_reports"
    FOR EACH ROW
    EXECUTE FUNCTION "report"."set_updated_at"();

-- [49/85] enable rls report.report_analytics
ALTER TABLE "report"."report_analytics" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "report"."report_analytics" FORCE ROW LEVEL SECURITY;

-- [50/85] enable rls report.report_comments
ALTER TABLE "report"."report_comments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "report"."report_comments" FORCE ROW LEVEL SECURITY;

-- [51/85] enable rls report.report_templates
ALTER TABLE "report"."report_templates" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "report"."report_templates" FORCE ROW LEVEL SECURITY;

-- [52/85] enable rls report.reports
ALTER TABLE "report"."reports" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "report"."reports" FORCE ROW LEVEL SECURITY;

-- [53/85] enable rls report.scheduled_reports
ALTER TABLE "report"."scheduled_reports" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "report"."scheduled_reports" FORCE ROW LEVEL SECURITY;

-- [54/85] add policy tenant_isolation on report.report_analytics (schemas/report.yaml:119:23)
CREATE POLICY "tenant_isolation" ON "report"."report_analytics"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [55/85] add policy tenant_isolation on report.report_comments (schemas/report.yaml:100:23)
CREATE POLICY "tenant_isolation" ON "report"."report_comments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [56/85] add policy tenant_isolation on report.report_templates (schemas/report.yaml:26:23)
CREATE POLICY "tenant_isolation" ON "report"."report_templates"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [57/85] add policy tenant_isolation on report.reports (schemas/report.yaml:57:9)
CREATE POLICY "tenant_isolation" ON "report"."reports"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [58/85] add policy tenant_isolation on report.scheduled_reports (schemas/report.yaml:149:23)
CREATE POLICY "tenant_isolation" ON "report"."scheduled_reports"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [59/85] add grant USAGE on schema report to merch_ops
GRANT USAGE ON SCHEMA "report" TO "merch_ops";

-- [60/85] add grant SELECT on table report.audit_log to merch_ops
GRANT SELECT ON TABLE "report"."audit_log" TO "merch_ops";

-- [61/85] add grant SELECT on table report.report_analytics to merch_ops
GRANT SELECT ON TABLE "report"."report_analytics" TO "merch_ops";

-- [62/85] add grant SELECT on table report.report_comments to merch_ops
GRANT SELECT ON TABLE "report"."report_comments" TO "merch_ops";

-- [63/85] add grant SELECT on table report.report_templates to merch_ops
GRANT SELECT ON TABLE "report"."report_templates" TO "merch_ops";

-- [64/85] add grant SELECT on table report.reports to merch_ops
GRANT SELECT ON TABLE "report"."reports" TO "merch_ops";

-- [65/85] add grant SELECT on table report.scheduled_reports to merch_ops
GRANT SELECT ON TABLE "report"."scheduled_reports" TO "merch_ops";

-- [66/85] add grant USAGE on schema report to merch_readonly
GRANT USAGE ON SCHEMA "report" TO "merch_readonly";

-- [67/85] add grant SELECT on table report.report_analytics to merch_readonly
GRANT SELECT ON TABLE "report"."report_analytics" TO "merch_readonly";

-- [68/85] add grant SELECT on table report.report_comments to merch_readonly
GRANT SELECT ON TABLE "report"."report_comments" TO "merch_readonly";

-- [69/85] add grant SELECT on table report.report_templates to merch_readonly
GRANT SELECT ON TABLE "report"."report_templates" TO "merch_readonly";

-- [70/85] add grant SELECT on table report.reports to merch_readonly
GRANT SELECT ON TABLE "report"."reports" TO "merch_readonly";

-- [71/85] add grant SELECT on table report.scheduled_reports to merch_readonly
GRANT SELECT ON TABLE "report"."scheduled_reports" TO "merch_readonly";

-- [72/85] add grant USAGE on type report.export_format to merch_readonly
GRANT USAGE ON TYPE "report"."export_format" TO "merch_readonly";

-- [73/85] add grant USAGE on type report.report_kind to merch_readonly
GRANT USAGE ON TYPE "report"."report_kind" TO "merch_readonly";

-- [74/85] add grant USAGE on type report.report_status to merch_readonly
GRANT USAGE ON TYPE "report"."report_status" TO "merch_readonly";

-- [75/85] add grant USAGE on type report.run_status to merch_readonly
GRANT USAGE ON TYPE "report"."run_status" TO "merch_readonly";

-- [76/85] add grant USAGE on schema report to merch_report_svc
GRANT USAGE ON SCHEMA "report" TO "merch_report_svc";

-- [77/85] add grant DELETE,INSERT,SELECT,UPDATE on table report.report_analytics to merch_report_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."report_analytics" TO "merch_report_svc";

-- [78/85] add grant DELETE,INSERT,SELECT,UPDATE on table report.report_comments to merch_report_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."report_comments" TO "merch_report_svc";

-- [79/85] add grant DELETE,INSERT,SELECT,UPDATE on table report.report_templates to merch_report_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."report_templates" TO "merch_report_svc";

-- [80/85] add grant DELETE,INSERT,SELECT,UPDATE on table report.reports to merch_report_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."reports" TO "merch_report_svc";

-- [81/85] add grant DELETE,INSERT,SELECT,UPDATE on table report.scheduled_reports to merch_report_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."scheduled_reports" TO "merch_report_svc";

-- [82/85] add grant USAGE on type report.export_format to merch_report_svc
GRANT USAGE ON TYPE "report"."export_format" TO "merch_report_svc";

-- [83/85] add grant USAGE on type report.report_kind to merch_report_svc
GRANT USAGE ON TYPE "report"."report_kind" TO "merch_report_svc";

-- [84/85] add grant USAGE on type report.report_status to merch_report_svc
GRANT USAGE ON TYPE "report"."report_status" TO "merch_report_svc";

-- [85/85] add grant USAGE on type report.run_status to merch_report_svc
GRANT USAGE ON TYPE "report"."run_status" TO "merch_report_svc";
