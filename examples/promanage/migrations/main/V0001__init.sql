-- provision migration V0001 (up) for database main: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/514] add extension citext (schemas/iam.yaml:8:14)
CREATE EXTENSION IF NOT EXISTS "citext";

-- [2/514] add extension pgcrypto (schemas/iam.yaml:8:22)
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- [3/514] add role application_user (schemas/iam.yaml:14:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "application_user";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'application_user'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = -1
    ) THEN
        ALTER ROLE "application_user" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT -1;
    END IF;
END
$provision$;
COMMENT ON ROLE "application_user" IS 'The application''s connection role. Full CRUD, always subject to row-level security.';

-- [4/514] add role readonly_user (schemas/iam.yaml:18:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "readonly_user";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'readonly_user'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 20
    ) THEN
        ALTER ROLE "readonly_user" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 20;
    END IF;
END
$provision$;
COMMENT ON ROLE "readonly_user" IS 'Reporting and BI. SELECT only, subject to row-level security.';

-- [5/514] add role super_admin (schemas/iam.yaml:23:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "super_admin";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'super_admin'
          AND rolcanlogin = False AND rolinherit = True AND rolbypassrls = True
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = -1
    ) THEN
        ALTER ROLE "super_admin" NOLOGIN INHERIT BYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT -1;
    END IF;
END
$provision$;
COMMENT ON ROLE "super_admin" IS 'Administrative role (use sparingly); bypasses row-level security. Granted to named operators.';

-- [6/514] add schema iam (schemas/iam.yaml:7:9)
CREATE SCHEMA "iam";
COMMENT ON SCHEMA "iam" IS 'Identity and access: organizations (the tenant root), users scoped to an organization, their sessions, and role-based access control - the permission catalogue (resource x action x scope), per-organization roles and their permissions - plus the database roles the system connects as.';

-- [7/514] add schema ops (schemas/ops.yaml:6:9)
CREATE SCHEMA "ops";
COMMENT ON SCHEMA "ops" IS 'Operations data: notifications and the activity log (both partitioned by month), the dashboard materialized views with their tenant-safe accessors, and maintain_database(), the weekly maintenance routine.';

-- [8/514] add schema pm (schemas/pm.yaml:8:9)
CREATE SCHEMA "pm";
COMMENT ON SCHEMA "pm" IS 'Project work: projects and their members, documents with versions and relations, change requests with impacts and approvals, tasks, test cases with executions and relations, and comments. Every table below projects is project-scoped: besides the organization policy, a restrictive policy limits a user''s session to the projects the user is an active member of.';

-- [9/514] add enum iam.permission_action (schemas/iam.yaml:30:3)
CREATE TYPE "iam"."permission_action" AS ENUM ('CREATE', 'READ', 'UPDATE', 'DELETE', 'APPROVE');

-- [10/514] add enum iam.permission_resource (schemas/iam.yaml:29:3)
CREATE TYPE "iam"."permission_resource" AS ENUM ('DOCUMENT', 'TASK', 'PROJECT', 'CHANGE_REQUEST', 'TEST_CASE', 'COMMENT', 'USER', 'REPORT');

-- [11/514] add enum iam.permission_scope (schemas/iam.yaml:31:3)
CREATE TYPE "iam"."permission_scope" AS ENUM ('GLOBAL', 'PROJECT', 'SELF');
COMMENT ON TYPE "iam"."permission_scope" IS 'GLOBAL: the whole organization; PROJECT: projects one is a member of; SELF: one''s own records.';

-- [12/514] add enum iam.subscription_plan (schemas/iam.yaml:34:3)
CREATE TYPE "iam"."subscription_plan" AS ENUM ('FREE', 'TEAM', 'BUSINESS', 'ENTERPRISE');

-- [13/514] add enum iam.subscription_status (schemas/iam.yaml:35:3)
CREATE TYPE "iam"."subscription_status" AS ENUM ('TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELLED');

-- [14/514] add enum iam.user_status (schemas/iam.yaml:36:3)
CREATE TYPE "iam"."user_status" AS ENUM ('INVITED', 'ACTIVE', 'SUSPENDED', 'DEACTIVATED');

-- [15/514] add enum ops.activity_action (schemas/ops.yaml:12:3)
CREATE TYPE "ops"."activity_action" AS ENUM ('CREATE', 'READ', 'UPDATE', 'DELETE', 'SOFT_DELETE', 'RESTORE', 'LOGIN', 'LOGOUT', 'APPROVE', 'REJECT', 'EXPORT');

-- [16/514] add enum ops.delivery_status (schemas/ops.yaml:11:3)
CREATE TYPE "ops"."delivery_status" AS ENUM ('PENDING', 'SENT', 'DELIVERED', 'FAILED');

-- [17/514] add enum ops.notification_channel (schemas/ops.yaml:10:3)
CREATE TYPE "ops"."notification_channel" AS ENUM ('IN_APP', 'EMAIL', 'SLACK', 'WEBHOOK', 'SMS');

-- [18/514] add enum pm.approval_decision (schemas/pm.yaml:23:3)
CREATE TYPE "pm"."approval_decision" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'ABSTAINED');

-- [19/514] add enum pm.automation_status (schemas/pm.yaml:28:3)
CREATE TYPE "pm"."automation_status" AS ENUM ('MANUAL', 'TO_AUTOMATE', 'AUTOMATED', 'NOT_AUTOMATABLE');

-- [20/514] add enum pm.change_request_status (schemas/pm.yaml:21:3)
CREATE TYPE "pm"."change_request_status" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'IMPLEMENTED', 'CLOSED');

-- [21/514] add enum pm.change_type (schemas/pm.yaml:20:3)
CREATE TYPE "pm"."change_type" AS ENUM ('SCOPE', 'SCHEDULE', 'BUDGET', 'TECHNICAL', 'PROCESS');

-- [22/514] add enum pm.comment_entity (schemas/pm.yaml:31:3)
CREATE TYPE "pm"."comment_entity" AS ENUM ('PROJECT', 'DOCUMENT', 'CHANGE_REQUEST', 'TASK', 'TEST_CASE', 'TEST_EXECUTION');

-- [23/514] add enum pm.document_relation_type (schemas/pm.yaml:19:3)
CREATE TYPE "pm"."document_relation_type" AS ENUM ('REFERENCES', 'DEPENDS_ON', 'SUPERSEDES', 'IMPLEMENTS', 'DERIVED_FROM', 'VERIFIED_BY');

-- [24/514] add enum pm.document_status (schemas/pm.yaml:15:3)
CREATE TYPE "pm"."document_status" AS ENUM ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'ARCHIVED');

-- [25/514] add enum pm.document_type (schemas/pm.yaml:14:3)
CREATE TYPE "pm"."document_type" AS ENUM ('REQUIREMENT', 'SPECIFICATION', 'DESIGN', 'TEST_PLAN', 'MANUAL', 'REPORT', 'MEETING_NOTES', 'OTHER');

-- [26/514] add enum pm.execution_result (schemas/pm.yaml:29:3)
CREATE TYPE "pm"."execution_result" AS ENUM ('PASSED', 'FAILED', 'BLOCKED', 'SKIPPED', 'NOT_RUN');

-- [27/514] add enum pm.impact_area (schemas/pm.yaml:22:3)
CREATE TYPE "pm"."impact_area" AS ENUM ('SCOPE', 'SCHEDULE', 'COST', 'QUALITY', 'RISK', 'RESOURCES');

-- [28/514] add enum pm.priority_level (schemas/pm.yaml:13:3)
CREATE TYPE "pm"."priority_level" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- [29/514] add enum pm.project_status (schemas/pm.yaml:12:3)
CREATE TYPE "pm"."project_status" AS ENUM ('PLANNING', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED', 'ARCHIVED');

-- [30/514] add enum pm.storage_provider (schemas/pm.yaml:16:3)
CREATE TYPE "pm"."storage_provider" AS ENUM ('LOCAL', 'MINIO', 'S3', 'AZURE_BLOB');
COMMENT ON TYPE "pm"."storage_provider" IS 'Where a file''s bytes live.';

-- [31/514] add enum pm.task_status (schemas/pm.yaml:25:3)
CREATE TYPE "pm"."task_status" AS ENUM ('TODO', 'IN_PROGRESS', 'IN_REVIEW', 'BLOCKED', 'DONE', 'CANCELLED');

-- [32/514] add enum pm.task_type (schemas/pm.yaml:24:3)
CREATE TYPE "pm"."task_type" AS ENUM ('TASK', 'BUG', 'STORY', 'EPIC', 'SUBTASK');

-- [33/514] add enum pm.test_case_status (schemas/pm.yaml:27:3)
CREATE TYPE "pm"."test_case_status" AS ENUM ('DRAFT', 'READY', 'DEPRECATED');

-- [34/514] add enum pm.test_relation_type (schemas/pm.yaml:30:3)
CREATE TYPE "pm"."test_relation_type" AS ENUM ('DEPENDS_ON', 'DUPLICATES', 'RELATES_TO', 'BLOCKS', 'DERIVED_FROM');

-- [35/514] add enum pm.test_type (schemas/pm.yaml:26:3)
CREATE TYPE "pm"."test_type" AS ENUM ('FUNCTIONAL', 'REGRESSION', 'INTEGRATION', 'PERFORMANCE', 'SECURITY', 'ACCEPTANCE');

-- [36/514] add function iam.current_user_id() (schemas/iam.yaml:209:3)
CREATE FUNCTION "iam"."current_user_id"()
    RETURNS bigint
    LANGUAGE SQL
    STABLE
AS $body$
SELECT NULLIF(current_setting('app.current_user_id', true), '')::bigint
$body$;
COMMENT ON FUNCTION "iam"."current_user_id"() IS 'The user of this session (app.current_user_id), or NULL when the session does not act for a user.';

-- [37/514] add function iam.has_permission(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) (schemas/iam.yaml:216:3)
CREATE FUNCTION "iam"."has_permission"(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint DEFAULT NULL)
    RETURNS boolean
    LANGUAGE SQL
    STABLE
AS $body$
SELECT EXISTS (
  SELECT 1
    FROM iam.permissions p
    JOIN iam.role_permissions rp ON rp.permission_id = p.id
   WHERE p.resource = p_resource
     AND p.action = p_action
     AND (
       rp.role_id = (SELECT u.role_id FROM iam.users u
                      WHERE u.id = iam.current_user_id() AND u.deleted_at IS NULL AND u.status = 'ACTIVE')
       OR (p.scope <> 'GLOBAL' AND rp.role_id IN (
             SELECT m.role_id FROM pm.project_members m
              WHERE m.user_id = iam.current_user_id()
                AND m.is_active
                AND (p.scope = 'SELF' OR m.project_id = p_project_id)))))
$body$;
COMMENT ON FUNCTION "iam"."has_permission"(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) IS 'True when the current user holds the permission: GLOBAL-scope through the organization-wide role (users.role_id), PROJECT-scope through the role of an active membership of p_project_id, SELF-scope through either (ownership is checked by the caller).';

-- [38/514] add function iam.set_updated_at() (schemas/iam.yaml:57:38)
CREATE FUNCTION "iam"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [39/514] add function ops.get_project_stats() (schemas/ops.yaml:265:3)
CREATE FUNCTION "ops"."get_project_stats"()
    RETURNS TABLE (project_id bigint, code text, name text, status pm.project_status, member_count bigint, document_count bigint, task_count bigint, tasks_done bigint, tasks_overdue bigint, completion_percent numeric, open_change_requests bigint, test_case_count bigint, test_runs_30d bigint, pass_rate_30d numeric, refreshed_at timestamptz)
    LANGUAGE SQL
    STABLE    SECURITY DEFINER
    SET search_path = "ops", pg_catalog, pg_temp
AS $body$
SELECT s.project_id, s.code, s.name, s.status, s.member_count, s.document_count, s.task_count,
       s.tasks_done, s.tasks_overdue, s.completion_percent, s.open_change_requests,
       s.test_case_count, s.test_runs_30d, s.pass_rate_30d, s.refreshed_at
  FROM ops.project_stats s
 WHERE s.organization_id = NULLIF(current_setting('app.current_organization_id', true), '')::bigint
   AND (iam.current_user_id() IS NULL OR s.project_id IN (SELECT pm.current_user_project_ids()))
 ORDER BY s.name
$body$;
COMMENT ON FUNCTION "ops"."get_project_stats"() IS 'Statistics of the session organization''s projects; for a session acting for a user, only the projects that user is a member of.';

-- [40/514] add function ops.get_user_dashboard_stats() (schemas/ops.yaml:252:3)
CREATE FUNCTION "ops"."get_user_dashboard_stats"()
    RETURNS TABLE (user_id bigint, full_name text, active_projects bigint, open_tasks bigint, overdue_tasks bigint, tasks_done_30d bigint, pending_approvals bigint, documents_authored bigint, test_runs_30d bigint, unread_notifications bigint, refreshed_at timestamptz)
    LANGUAGE SQL
    STABLE    SECURITY DEFINER
    SET search_path = "ops", pg_catalog, pg_temp
AS $body$
SELECT s.user_id, s.full_name, s.active_projects, s.open_tasks, s.overdue_tasks, s.tasks_done_30d,
       s.pending_approvals, s.documents_authored, s.test_runs_30d, s.unread_notifications, s.refreshed_at
  FROM ops.user_dashboard_stats s
 WHERE s.organization_id = NULLIF(current_setting('app.current_organization_id', true), '')::bigint
   AND s.user_id = iam.current_user_id()
$body$;
COMMENT ON FUNCTION "ops"."get_user_dashboard_stats"() IS 'The dashboard row of the session''s user (app.current_user_id) in the session''s organization.';

-- [41/514] add function ops.log_activity() (schemas/ops.yaml:210:3)
CREATE FUNCTION "ops"."log_activity"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "ops", pg_catalog, pg_temp
AS $body$
DECLARE
  r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  v_action ops.activity_action;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM iam.organizations g WHERE g.id = (r ->> 'organization_id')::bigint) THEN
    RETURN NULL;
  END IF;
  v_action := CASE
    WHEN TG_OP = 'INSERT' THEN 'CREATE'
    WHEN TG_OP = 'DELETE' THEN 'DELETE'
    WHEN (o ->> 'deleted_at') IS NULL AND (r ->> 'deleted_at') IS NOT NULL THEN 'SOFT_DELETE'
    WHEN (o ->> 'deleted_at') IS NOT NULL AND (r ->> 'deleted_at') IS NULL THEN 'RESTORE'
    ELSE 'UPDATE'
  END;
  INSERT INTO ops.activity_logs
    (organization_id, user_id, project_id, action, entity_type, entity_id,
     old_values, new_values, ip_address, user_agent, session_id)
  VALUES
    ((r ->> 'organization_id')::bigint,
     iam.current_user_id(),
     (CASE WHEN TG_TABLE_NAME = 'projects' THEN r ->> 'id' ELSE r ->> 'project_id' END)::bigint,
     v_action,
     TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME,
     (r ->> 'id')::bigint,
     o - 'search_vector',
     CASE WHEN TG_OP <> 'DELETE' THEN r - 'search_vector' END,
     NULLIF(current_setting('app.client_ip', true), '')::inet,
     NULLIF(current_setting('app.user_agent', true), ''),
     NULLIF(current_setting('app.session_id', true), ''));
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "ops"."log_activity"() IS 'Trigger function of the activity_logged trait. Runs as the owner, so the application needs no UPDATE/DELETE on the log. An update that sets deleted_at is logged as SOFT_DELETE, one that clears it as RESTORE. Changes made while the organization is being deleted are not logged.';

-- [42/514] add function ops.maintain_database() (schemas/ops.yaml:282:3)
CREATE FUNCTION "ops"."maintain_database"()
    RETURNS TABLE (step text, affected bigint)
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "ops", pg_catalog, pg_temp
AS $body$
DECLARE
  n bigint;
BEGIN
  IF NOT pg_has_role(session_user, 'super_admin', 'MEMBER') THEN
    RAISE EXCEPTION 'maintain_database() is reserved to members of super_admin'
      USING ERRCODE = 'insufficient_privilege';
  END IF;

  REFRESH MATERIALIZED VIEW CONCURRENTLY ops.user_dashboard_stats;
  step := 'refresh ops.user_dashboard_stats';
  SELECT count(*) INTO affected FROM ops.user_dashboard_stats;
  RETURN NEXT;

  REFRESH MATERIALIZED VIEW CONCURRENTLY ops.project_stats;
  step := 'refresh ops.project_stats';
  SELECT count(*) INTO affected FROM ops.project_stats;
  RETURN NEXT;

  DELETE FROM iam.user_sessions s
   WHERE s.expires_at < now() OR s.revoked_at < now() - interval '30 days';
  GET DIAGNOSTICS n = ROW_COUNT;
  step := 'delete expired sessions';
  affected := n;
  RETURN NEXT;

  DELETE FROM ops.notifications x
   WHERE x.expires_at < now() OR (x.is_read AND x.created_at < now() - interval '90 days');
  GET DIAGNOSTICS n = ROW_COUNT;
  step := 'delete expired and old read notifications';
  affected := n;
  RETURN NEXT;

  DELETE FROM ops.activity_logs a WHERE a.created_at < now() - interval '1 year';
  GET DIAGNOSTICS n = ROW_COUNT;
  step := 'delete activity logs older than 1 year';
  affected := n;
  RETURN NEXT;

  ANALYZE iam.users, iam.user_sessions, pm.projects, pm.project_members, pm.documents,
          pm.change_requests, pm.tasks, pm.test_cases, pm.comments;
  step := 'analyze';
  affected := 9;
  RETURN NEXT;
END;
$body$;
COMMENT ON FUNCTION "ops"."maintain_database"() IS 'Weekly maintenance (SELECT * FROM ops.maintain_database()): refreshes the materialized views concurrently, deletes expired sessions, expired and old read notifications and activity logs past the 1-year retention (rows the partition maintenance has not dropped yet), then analyzes the busiest tables. For members of super_admin only. VACUUM cannot run inside a function: schedule `vacuumdb --analyze` next to it.';

-- [43/514] add function pm.add_manager_as_member() (schemas/pm.yaml:543:3)
CREATE FUNCTION "pm"."add_manager_as_member"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "pm", pg_catalog, pg_temp
AS $body$
BEGIN
  INSERT INTO pm.project_members (organization_id, project_id, user_id)
  VALUES (NEW.organization_id, NEW.id, NEW.manager_id)
  ON CONFLICT (project_id, user_id) DO UPDATE SET is_active = true, left_at = NULL;
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "pm"."add_manager_as_member"() IS 'Makes a new project''s manager an active member of it (the membership policies would hide the project from its creator otherwise).';

-- [44/514] add function pm.change_requests_search_vector() (schemas/pm.yaml:261:9)
CREATE FUNCTION "pm"."change_requests_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."justification"::text, '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [45/514] add function pm.count_template_reuse() (schemas/pm.yaml:555:3)
CREATE FUNCTION "pm"."count_template_reuse"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "pm", pg_catalog, pg_temp
AS $body$
BEGIN
  UPDATE pm.test_cases
     SET reuse_count = reuse_count + 1
   WHERE organization_id = NEW.organization_id AND id = NEW.template_id;
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "pm"."count_template_reuse"() IS 'Reuse metrics - a test case created from a template bumps the template''s reuse_count (the template may be in a project the user cannot see).';

-- [46/514] add function pm.current_user_project_ids() (schemas/pm.yaml:526:3)
CREATE FUNCTION "pm"."current_user_project_ids"()
    RETURNS SETOF bigint
    LANGUAGE SQL
    STABLE    SECURITY DEFINER
    SET search_path = "pm", pg_catalog, pg_temp
AS $body$
SELECT m.project_id
  FROM pm.project_members m
 WHERE m.user_id = NULLIF(current_setting('app.current_user_id', true), '')::bigint
   AND m.organization_id = NULLIF(current_setting('app.current_organization_id', true), '')::bigint
   AND m.is_active
$body$;
COMMENT ON FUNCTION "pm"."current_user_project_ids"() IS 'The projects the session''s user (app.current_user_id) is an active member of, in the session''s organization. SECURITY DEFINER so that the membership policies can read project_members without recursing into their own policy.';

-- [47/514] add function pm.documents_search_vector() (schemas/pm.yaml:160:9)
CREATE FUNCTION "pm"."documents_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."content"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."tags"::text, '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [48/514] add function pm.record_last_execution() (schemas/pm.yaml:567:3)
CREATE FUNCTION "pm"."record_last_execution"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  UPDATE pm.test_cases
     SET last_executed_at = NEW.executed_at, last_result = NEW.result
   WHERE organization_id = NEW.organization_id AND id = NEW.test_case_id
     AND (last_executed_at IS NULL OR last_executed_at <= NEW.executed_at);
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "pm"."record_last_execution"() IS 'Keeps test_cases.last_executed_at / last_result at the newest execution.';

-- [49/514] add function pm.set_updated_at() (schemas/pm.yaml:72:9)
CREATE FUNCTION "pm"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [50/514] add function pm.tasks_search_vector() (schemas/pm.yaml:343:9)
CREATE FUNCTION "pm"."tasks_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [51/514] add function pm.test_cases_search_vector() (schemas/pm.yaml:392:9)
CREATE FUNCTION "pm"."test_cases_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."expected_result"::text, '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [52/514] add table iam.organizations (schemas/iam.yaml:56:3)
CREATE TABLE "iam"."organizations" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "name" text NOT NULL,
    "slug" text NOT NULL,
    "subscription_plan" "iam"."subscription_plan" DEFAULT 'FREE' NOT NULL,
    "subscription_status" "iam"."subscription_status" DEFAULT 'TRIALING' NOT NULL,
    "subscription_expires_at" timestamp with time zone,
    "max_users" integer,
    "settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organizations_slug_key" UNIQUE ("slug"),
    CONSTRAINT "organizations_max_users_check" CHECK (max_users > 0),
    CONSTRAINT "organizations_slug_shape_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
COMMENT ON TABLE "iam"."organizations" IS 'The tenant root. Every tenant-scoped table references it.';

-- [53/514] add table iam.permissions (schemas/iam.yaml:132:3)
CREATE TABLE "iam"."permissions" (
    "id" integer GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    "resource" "iam"."permission_resource" NOT NULL,
    "action" "iam"."permission_action" NOT NULL,
    "scope" "iam"."permission_scope" NOT NULL,
    "description" text NOT NULL,
    CONSTRAINT "permissions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "permissions_resource_action_scope_key" UNIQUE ("resource", "action", "scope")
);
COMMENT ON TABLE "iam"."permissions" IS 'The permission catalogue (reference data shipped with the schema; not tenant-scoped).';

-- [54/514] add table iam.role_permissions (schemas/iam.yaml:195:3)
CREATE TABLE "iam"."role_permissions" (
    "organization_id" bigint NOT NULL,
    "role_id" bigint NOT NULL,
    "permission_id" integer NOT NULL,
    "granted_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "role_permissions_pkey" PRIMARY KEY ("role_id", "permission_id")
);
COMMENT ON TABLE "iam"."role_permissions" IS 'Which catalogue permissions a role grants.';

-- [55/514] add table iam.roles (schemas/iam.yaml:178:3)
CREATE TABLE "iam"."roles" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "is_system" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" bigint,
    CONSTRAINT "roles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "roles_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "iam"."roles" IS 'Roles defined per organization (Owner, Project Manager, Tester, Viewer, ...).';
COMMENT ON COLUMN "iam"."roles"."is_system" IS 'Created on sign-up; cannot be deleted.';

-- [56/514] add table iam.user_sessions (schemas/iam.yaml:112:3)
CREATE TABLE "iam"."user_sessions" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "user_id" bigint NOT NULL,
    "token_hash" text NOT NULL,
    "ip_address" inet,
    "user_agent" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
    "expires_at" timestamp with time zone NOT NULL,
    "revoked_at" timestamp with time zone,
    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_sessions_token_hash_key" UNIQUE ("token_hash"),
    CONSTRAINT "user_sessions_expires_after_creation_check" CHECK (expires_at > created_at)
);
COMMENT ON TABLE "iam"."user_sessions" IS 'Login sessions; maintain_database() deletes the expired ones.';

-- [57/514] add table iam.users (schemas/iam.yaml:70:3)
CREATE TABLE "iam"."users" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "email" citext NOT NULL,
    "username" text NOT NULL,
    "full_name" text NOT NULL,
    "password_hash" text,
    "status" "iam"."user_status" DEFAULT 'INVITED' NOT NULL,
    "role_id" bigint,
    "email_verified_at" timestamp with time zone,
    "email_verification_token_hash" text,
    "two_factor_enabled" boolean DEFAULT false NOT NULL,
    "two_factor_secret" bytea,
    "last_login_at" timestamp with time zone,
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "locale" text DEFAULT 'en' NOT NULL,
    "preferences" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" bigint,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "users_two_factor_has_secret_check" CHECK (NOT two_factor_enabled OR two_factor_secret IS NOT NULL)
);
COMMENT ON TABLE "iam"."users" IS 'Users of one organization, with email verification, 2FA and preferences.';
COMMENT ON COLUMN "iam"."users"."password_hash" IS 'Argon2/bcrypt hash; NULL for SSO-only users.';
COMMENT ON COLUMN "iam"."users"."role_id" IS 'Organization-wide role: its GLOBAL-scope permissions apply everywhere.';
COMMENT ON COLUMN "iam"."users"."two_factor_secret" IS 'TOTP secret, encrypted by the application with pgp_sym_encrypt (pgcrypto) - field-level encryption.';
COMMENT ON COLUMN "iam"."users"."preferences" IS 'UI and notification-channel preferences, e.g. {"notify": {"EMAIL": true, "SLACK": false}}';

-- [58/514] add table ops.activity_logs (schemas/ops.yaml:91:3)
CREATE TABLE "ops"."activity_logs" (
    "organization_id" bigint NOT NULL,
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "user_id" bigint,
    "project_id" bigint,
    "action" "ops"."activity_action" NOT NULL,
    "entity_type" text NOT NULL,
    "entity_id" bigint,
    "old_values" jsonb,
    "new_values" jsonb,
    "ip_address" inet,
    "user_agent" text,
    "session_id" text,
    CONSTRAINT "activity_logs_pkey" PRIMARY KEY ("id", "created_at")
) PARTITION BY RANGE ("created_at");
COMMENT ON TABLE "ops"."activity_logs" IS 'Audit trail of all major operations with context (IP address, user agent, session). Written by ops.log_activity() and by the application (logins, exports); never updated. Partitioned by month, 1-year retention. user_id and project_id keep their values after the user or project is gone, so they are not foreign keys.';
COMMENT ON COLUMN "ops"."activity_logs"."entity_type" IS 'schema.table of the subject';
CREATE TABLE "ops"."activity_logs_p202601" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE "ops"."activity_logs_p202602" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE "ops"."activity_logs_p202603" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
CREATE TABLE "ops"."activity_logs_p202604" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');
CREATE TABLE "ops"."activity_logs_p202605" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-05-01') TO ('2026-06-01');
CREATE TABLE "ops"."activity_logs_p202606" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-06-01') TO ('2026-07-01');
CREATE TABLE "ops"."activity_logs_p202607" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-07-01') TO ('2026-08-01');
CREATE TABLE "ops"."activity_logs_p202608" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-08-01') TO ('2026-09-01');
CREATE TABLE "ops"."activity_logs_p202609" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-09-01') TO ('2026-10-01');
CREATE TABLE "ops"."activity_logs_p202610" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');
CREATE TABLE "ops"."activity_logs_p202611" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE "ops"."activity_logs_p202612" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');
CREATE TABLE "ops"."activity_logs_p202701" PARTITION OF "ops"."activity_logs" FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');
CREATE TABLE "ops"."activity_logs_default" PARTITION OF "ops"."activity_logs" DEFAULT;

-- [59/514] add table ops.notifications (schemas/ops.yaml:28:3)
CREATE TABLE "ops"."notifications" (
    "organization_id" bigint NOT NULL,
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "recipient_id" bigint NOT NULL,
    "project_id" bigint,
    "channel" "ops"."notification_channel" DEFAULT 'IN_APP' NOT NULL,
    "notification_type" text NOT NULL,
    "title" text NOT NULL,
    "body" text,
    "entity_type" "pm"."comment_entity",
    "entity_id" bigint,
    "is_read" boolean DEFAULT false NOT NULL,
    "read_at" timestamp with time zone,
    "delivery_status" "ops"."delivery_status" DEFAULT 'PENDING' NOT NULL,
    "delivered_at" timestamp with time zone,
    "expires_at" timestamp with time zone,
    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id", "created_at"),
    CONSTRAINT "notifications_read_has_time_check" CHECK (is_read = (read_at IS NOT NULL))
) PARTITION BY RANGE ("created_at");
COMMENT ON TABLE "ops"."notifications" IS 'Multi-channel notifications with delivery tracking and expiry. Partitioned by month of created_at (kept 6 months; expired and old read ones are deleted by maintain_database()). A session acting for a user reads only that user''s notifications.';
COMMENT ON COLUMN "ops"."notifications"."project_id" IS 'The project the notification is about, if any.';
COMMENT ON COLUMN "ops"."notifications"."notification_type" IS 'e.g. task.assigned, change_request.approval_requested';
CREATE TABLE "ops"."notifications_p202601" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE "ops"."notifications_p202602" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE "ops"."notifications_p202603" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
CREATE TABLE "ops"."notifications_p202604" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');
CREATE TABLE "ops"."notifications_p202605" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-05-01') TO ('2026-06-01');
CREATE TABLE "ops"."notifications_p202606" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-06-01') TO ('2026-07-01');
CREATE TABLE "ops"."notifications_p202607" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-07-01') TO ('2026-08-01');
CREATE TABLE "ops"."notifications_p202608" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-08-01') TO ('2026-09-01');
CREATE TABLE "ops"."notifications_p202609" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-09-01') TO ('2026-10-01');
CREATE TABLE "ops"."notifications_p202610" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');
CREATE TABLE "ops"."notifications_p202611" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE "ops"."notifications_p202612" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');
CREATE TABLE "ops"."notifications_p202701" PARTITION OF "ops"."notifications" FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');
CREATE TABLE "ops"."notifications_default" PARTITION OF "ops"."notifications" DEFAULT;

-- [60/514] add table pm.change_request_approvals (schemas/pm.yaml:312:3)
CREATE TABLE "pm"."change_request_approvals" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "change_request_id" bigint NOT NULL,
    "approver_id" bigint NOT NULL,
    "step_order" smallint DEFAULT 1 NOT NULL,
    "decision" "pm"."approval_decision" DEFAULT 'PENDING' NOT NULL,
    "comments" text,
    "decided_at" timestamp with time zone,
    "project_id" bigint NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "change_request_approvals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "change_request_approvals_change_request_id_approver_id_5c3452cb" UNIQUE ("change_request_id", "approver_id", "step_order"),
    CONSTRAINT "change_request_approvals_step_order_check" CHECK (step_order > 0),
    CONSTRAINT "change_request_approvals_decided_has_time_check" CHECK ((decision = 'PENDING') = (decided_at IS NULL))
);
COMMENT ON TABLE "pm"."change_request_approvals" IS 'The approval workflow of a change request (one row per approver and step).';

-- [61/514] add table pm.change_request_impacts (schemas/pm.yaml:291:3)
CREATE TABLE "pm"."change_request_impacts" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "change_request_id" bigint NOT NULL,
    "impact_area" "pm"."impact_area" NOT NULL,
    "severity" "pm"."priority_level" DEFAULT 'MEDIUM' NOT NULL,
    "description" text NOT NULL,
    "affected_document_id" bigint,
    "affected_task_id" bigint,
    "estimated_effort_hours" numeric(8,2),
    "estimated_cost" numeric(14,2),
    "project_id" bigint NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "change_request_impacts_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "pm"."change_request_impacts" IS 'Impact analysis of a change request, per area, optionally naming the affected document or task.';

-- [62/514] add table pm.change_requests (schemas/pm.yaml:253:3)
CREATE TABLE "pm"."change_requests" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "title" text NOT NULL,
    "description" text,
    "justification" text,
    "change_type" "pm"."change_type" DEFAULT 'SCOPE' NOT NULL,
    "priority" "pm"."priority_level" DEFAULT 'MEDIUM' NOT NULL,
    "status" "pm"."change_request_status" DEFAULT 'DRAFT' NOT NULL,
    "requested_by" bigint,
    "assignee_id" bigint,
    "due_date" date,
    "estimated_cost" numeric(14,2),
    "estimated_effort_hours" numeric(8,2),
    "submitted_at" timestamp with time zone,
    "decided_at" timestamp with time zone,
    "implemented_at" timestamp with time zone,
    "project_id" bigint NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" bigint,
    "search_vector" tsvector,
    CONSTRAINT "change_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "change_requests_organization_id_project_id_id_key" UNIQUE ("organization_id", "project_id", "id")
);
COMMENT ON TABLE "pm"."change_requests" IS 'Change control workflow with impact analysis and approvals.';

-- [63/514] add table pm.comments (schemas/pm.yaml:495:3)
CREATE TABLE "pm"."comments" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "entity_type" "pm"."comment_entity" NOT NULL,
    "entity_id" bigint NOT NULL,
    "parent_comment_id" bigint,
    "author_id" bigint NOT NULL,
    "content" text NOT NULL,
    "mentions" bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    "edited_at" timestamp with time zone,
    "project_id" bigint NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" bigint,
    CONSTRAINT "comments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "comments_organization_id_project_id_id_key" UNIQUE ("organization_id", "project_id", "id"),
    CONSTRAINT "comments_content_not_blank_check" CHECK (btrim(content) <> '')
);
COMMENT ON TABLE "pm"."comments" IS 'Threaded comments on any project entity, with mentions.';
COMMENT ON COLUMN "pm"."comments"."mentions" IS 'Ids of the users mentioned.';

-- [64/514] add table pm.document_relations (schemas/pm.yaml:222:3)
CREATE TABLE "pm"."document_relations" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "document_id" bigint NOT NULL,
    "related_document_id" bigint,
    "test_case_id" bigint,
    "relation_type" "pm"."document_relation_type" NOT NULL,
    "created_by" bigint,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "project_id" bigint NOT NULL,
    CONSTRAINT "document_relations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "document_relations_one_target_check" CHECK (num_nonnulls(related_document_id, test_case_id) = 1),
    CONSTRAINT "document_relations_not_self_check" CHECK (related_document_id IS NULL OR related_document_id <> document_id)
);
COMMENT ON TABLE "pm"."document_relations" IS 'Links a document to another document of the project or to a test case (exactly one of the two): traceability between requirements, designs and the tests that verify them.';

-- [65/514] add table pm.document_versions (schemas/pm.yaml:200:3)
CREATE TABLE "pm"."document_versions" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "document_id" bigint NOT NULL,
    "version_number" integer NOT NULL,
    "title" text NOT NULL,
    "content" text,
    "storage_key" text,
    "file_size" bigint,
    "checksum" text,
    "change_summary" text,
    "created_by" bigint,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "project_id" bigint NOT NULL,
    CONSTRAINT "document_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "document_versions_document_id_version_number_key" UNIQUE ("document_id", "version_number"),
    CONSTRAINT "document_versions_version_number_check" CHECK (version_number > 0),
    CONSTRAINT "document_versions_file_size_check" CHECK (file_size >= 0)
);
COMMENT ON TABLE "pm"."document_versions" IS 'Immutable versions of a document.';

-- [66/514] add table pm.documents (schemas/pm.yaml:152:3)
CREATE TABLE "pm"."documents" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "title" text NOT NULL,
    "content" text,
    "document_type" "pm"."document_type" DEFAULT 'OTHER' NOT NULL,
    "status" "pm"."document_status" DEFAULT 'DRAFT' NOT NULL,
    "current_version" integer DEFAULT 1 NOT NULL,
    "author_id" bigint,
    "is_template" boolean DEFAULT false NOT NULL,
    "template_id" bigint,
    "tags" text[] DEFAULT '{}'::text[] NOT NULL,
    "storage_provider" "pm"."storage_provider",
    "storage_key" text,
    "file_name" text,
    "file_size" bigint,
    "mime_type" text,
    "checksum" text,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "project_id" bigint NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" bigint,
    "search_vector" tsvector,
    CONSTRAINT "documents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "documents_organization_id_project_id_id_key" UNIQUE ("organization_id", "project_id", "id"),
    CONSTRAINT "documents_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "documents_current_version_check" CHECK (current_version > 0),
    CONSTRAINT "documents_file_size_check" CHECK (file_size >= 0),
    CONSTRAINT "documents_file_complete_check" CHECK ((storage_key IS NULL) = (storage_provider IS NULL))
);
COMMENT ON TABLE "pm"."documents" IS 'Central document management with versioning, file storage and templates.';
COMMENT ON COLUMN "pm"."documents"."checksum" IS 'SHA-256 of the current version''s bytes.';

-- [67/514] add table pm.project_members (schemas/pm.yaml:129:3)
CREATE TABLE "pm"."project_members" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "user_id" bigint NOT NULL,
    "role_id" bigint,
    "is_active" boolean DEFAULT true NOT NULL,
    "joined_at" timestamp with time zone DEFAULT now() NOT NULL,
    "left_at" timestamp with time zone,
    "project_id" bigint NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "project_members_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "project_members_project_id_user_id_key" UNIQUE ("project_id", "user_id"),
    CONSTRAINT "project_members_left_when_inactive_check" CHECK (is_active OR left_at IS NOT NULL)
);
COMMENT ON TABLE "pm"."project_members" IS 'Users of a project and their role in it.';
COMMENT ON COLUMN "pm"."project_members"."role_id" IS 'The role whose PROJECT-scope permissions the member holds here.';

-- [68/514] add table pm.projects (schemas/pm.yaml:68:3)
CREATE TABLE "pm"."projects" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "code" text NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "parent_project_id" bigint,
    "manager_id" bigint,
    "status" "pm"."project_status" DEFAULT 'PLANNING' NOT NULL,
    "priority" "pm"."priority_level" DEFAULT 'MEDIUM' NOT NULL,
    "start_date" date,
    "end_date" date,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" bigint,
    CONSTRAINT "projects_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "projects_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "projects_dates_ordered_check" CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CONSTRAINT "projects_not_own_parent_check" CHECK (parent_project_id IS NULL OR parent_project_id <> id)
);
COMMENT ON TABLE "pm"."projects" IS 'The container of all project work; may be nested (parent_project_id).';
COMMENT ON COLUMN "pm"."projects"."code" IS 'Short key, e.g. CRM; prefixes task numbers.';

-- [69/514] add table pm.tasks (schemas/pm.yaml:335:3)
CREATE TABLE "pm"."tasks" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "parent_task_id" bigint,
    "change_request_id" bigint,
    "title" text NOT NULL,
    "description" text,
    "task_type" "pm"."task_type" DEFAULT 'TASK' NOT NULL,
    "status" "pm"."task_status" DEFAULT 'TODO' NOT NULL,
    "priority" "pm"."priority_level" DEFAULT 'MEDIUM' NOT NULL,
    "assignee_id" bigint,
    "reporter_id" bigint,
    "sprint" text,
    "story_points" smallint,
    "estimated_hours" numeric(8,2),
    "logged_hours" numeric(8,2) DEFAULT 0 NOT NULL,
    "start_date" date,
    "due_date" date,
    "completed_at" timestamp with time zone,
    "project_id" bigint NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" bigint,
    "search_vector" tsvector,
    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "tasks_organization_id_project_id_id_key" UNIQUE ("organization_id", "project_id", "id"),
    CONSTRAINT "tasks_story_points_check" CHECK (story_points >= 0),
    CONSTRAINT "tasks_estimated_hours_check" CHECK (estimated_hours >= 0),
    CONSTRAINT "tasks_logged_hours_check" CHECK (logged_hours >= 0),
    CONSTRAINT "tasks_dates_ordered_check" CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
);
COMMENT ON TABLE "pm"."tasks" IS 'Tasks and work items; hierarchical, with time tracking and sprints.';
COMMENT ON COLUMN "pm"."tasks"."sprint" IS 'Sprint name, e.g. 2026-W05';

-- [70/514] add table pm.test_case_relations (schemas/pm.yaml:471:3)
CREATE TABLE "pm"."test_case_relations" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "test_case_id" bigint NOT NULL,
    "related_test_case_id" bigint NOT NULL,
    "relation_type" "pm"."test_relation_type" NOT NULL,
    "created_by" bigint,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "project_id" bigint NOT NULL,
    CONSTRAINT "test_case_relations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "test_case_relations_test_case_id_related_test_case_id__076427a2" UNIQUE ("test_case_id", "related_test_case_id", "relation_type"),
    CONSTRAINT "test_case_relations_not_self_check" CHECK (test_case_id <> related_test_case_id)
);
COMMENT ON TABLE "pm"."test_case_relations" IS 'Relations between test cases of a project (dependencies, duplicates, ...).';

-- [71/514] add table pm.test_cases (schemas/pm.yaml:384:3)
CREATE TABLE "pm"."test_cases" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "organization_id" bigint NOT NULL,
    "title" text NOT NULL,
    "description" text,
    "preconditions" text,
    "steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "expected_result" text,
    "test_type" "pm"."test_type" DEFAULT 'FUNCTIONAL' NOT NULL,
    "priority" "pm"."priority_level" DEFAULT 'MEDIUM' NOT NULL,
    "status" "pm"."test_case_status" DEFAULT 'DRAFT' NOT NULL,
    "automation_status" "pm"."automation_status" DEFAULT 'MANUAL' NOT NULL,
    "is_template" boolean DEFAULT false NOT NULL,
    "template_id" bigint,
    "reuse_count" integer DEFAULT 0 NOT NULL,
    "author_id" bigint,
    "last_executed_at" timestamp with time zone,
    "last_result" "pm"."execution_result",
    "project_id" bigint NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" bigint,
    "search_vector" tsvector,
    CONSTRAINT "test_cases_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "test_cases_organization_id_project_id_id_key" UNIQUE ("organization_id", "project_id", "id"),
    CONSTRAINT "test_cases_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "test_cases_reuse_count_check" CHECK (reuse_count >= 0)
);
COMMENT ON TABLE "pm"."test_cases" IS 'Test cases, reusable through templates (reuse_count counts the copies made from a template).';
COMMENT ON COLUMN "pm"."test_cases"."steps" IS '[{action, expected}, ...]';

-- [72/514] add table pm.test_executions (schemas/pm.yaml:432:3)
CREATE TABLE "pm"."test_executions" (
    "organization_id" bigint NOT NULL,
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "executed_at" timestamp with time zone DEFAULT now() NOT NULL,
    "test_case_id" bigint NOT NULL,
    "executed_by" bigint,
    "result" "pm"."execution_result" NOT NULL,
    "duration_ms" integer,
    "environment" text,
    "build_version" text,
    "notes" text,
    "defect_task_id" bigint,
    "evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "project_id" bigint NOT NULL,
    CONSTRAINT "test_executions_pkey" PRIMARY KEY ("id", "executed_at"),
    CONSTRAINT "test_executions_duration_ms_check" CHECK (duration_ms >= 0)
) PARTITION BY RANGE ("executed_at");
COMMENT ON TABLE "pm"."test_executions" IS 'Runs of a test case. Partitioned by quarter of executed_at; the partition key is part of the primary key.';
COMMENT ON COLUMN "pm"."test_executions"."environment" IS 'e.g. staging, chrome-120';
COMMENT ON COLUMN "pm"."test_executions"."evidence" IS 'Screenshots and logs (storage keys).';
CREATE TABLE "pm"."test_executions_p2026q1" PARTITION OF "pm"."test_executions" FOR VALUES FROM ('2026-01-01') TO ('2026-04-01');
CREATE TABLE "pm"."test_executions_p2026q2" PARTITION OF "pm"."test_executions" FOR VALUES FROM ('2026-04-01') TO ('2026-07-01');
CREATE TABLE "pm"."test_executions_p2026q3" PARTITION OF "pm"."test_executions" FOR VALUES FROM ('2026-07-01') TO ('2026-10-01');
CREATE TABLE "pm"."test_executions_p2026q4" PARTITION OF "pm"."test_executions" FOR VALUES FROM ('2026-10-01') TO ('2027-01-01');
CREATE TABLE "pm"."test_executions_p2027q1" PARTITION OF "pm"."test_executions" FOR VALUES FROM ('2027-01-01') TO ('2027-04-01');

-- [73/514] add index role_permissions_organization_id_idx on iam.role_permissions (schemas/iam.yaml:196:14)
CREATE INDEX "role_permissions_organization_id_idx"
    ON "iam"."role_permissions" USING BTREE ("organization_id");

-- [74/514] add index role_permissions_permission_id_idx on iam.role_permissions (schemas/iam.yaml:206:9)
CREATE INDEX "role_permissions_permission_id_idx"
    ON "iam"."role_permissions" USING BTREE ("permission_id");

-- [75/514] add index roles_organization_id_idx on iam.roles (schemas/iam.yaml:181:9)
CREATE INDEX "roles_organization_id_idx"
    ON "iam"."roles" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [76/514] add index roles_organization_id_name_key on iam.roles (schemas/iam.yaml:193:9)
CREATE UNIQUE INDEX "roles_organization_id_name_key"
    ON "iam"."roles" USING BTREE ("organization_id", "name") WHERE deleted_at IS NULL;

-- [77/514] add index roles_deleted_by_idx on iam.roles (schemas/iam.yaml:52:16)
CREATE INDEX "roles_deleted_by_idx"
    ON "iam"."roles" USING BTREE ("deleted_by") WHERE deleted_by IS NOT NULL;

-- [78/514] add index user_sessions_organization_id_idx on iam.user_sessions (schemas/iam.yaml:113:25)
CREATE INDEX "user_sessions_organization_id_idx"
    ON "iam"."user_sessions" USING BTREE ("organization_id");

-- [79/514] add index user_sessions_user_id_idx on iam.user_sessions (schemas/iam.yaml:129:9)
CREATE INDEX "user_sessions_user_id_idx"
    ON "iam"."user_sessions" USING BTREE ("user_id");

-- [80/514] add index user_sessions_expires_at_idx on iam.user_sessions (schemas/iam.yaml:130:9)
CREATE INDEX "user_sessions_expires_at_idx"
    ON "iam"."user_sessions" USING BTREE ("expires_at");

-- [81/514] add index users_organization_id_idx on iam.users (schemas/iam.yaml:73:9)
CREATE INDEX "users_organization_id_idx"
    ON "iam"."users" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [82/514] add index users_organization_id_email_key on iam.users (schemas/iam.yaml:107:9)
CREATE UNIQUE INDEX "users_organization_id_email_key"
    ON "iam"."users" USING BTREE ("organization_id", "email") WHERE deleted_at IS NULL;

-- [83/514] add index users_organization_id_username_key on iam.users (schemas/iam.yaml:108:9)
CREATE UNIQUE INDEX "users_organization_id_username_key"
    ON "iam"."users" USING BTREE ("organization_id", "username") WHERE deleted_at IS NULL;

-- [84/514] add index users_organization_id_status_idx on iam.users (schemas/iam.yaml:109:9)
CREATE INDEX "users_organization_id_status_idx"
    ON "iam"."users" USING BTREE ("organization_id", "status") WHERE deleted_at IS NULL;

-- [85/514] add index users_role_id_idx on iam.users (schemas/iam.yaml:110:9)
CREATE INDEX "users_role_id_idx"
    ON "iam"."users" USING BTREE ("role_id") WHERE role_id IS NOT NULL;

-- [86/514] add index users_deleted_by_idx on iam.users (schemas/iam.yaml:52:16)
CREATE INDEX "users_deleted_by_idx"
    ON "iam"."users" USING BTREE ("deleted_by") WHERE deleted_by IS NOT NULL;

-- [87/514] add index activity_logs_organization_id_idx on ops.activity_logs (schemas/ops.yaml:92:14)
CREATE INDEX "activity_logs_organization_id_idx"
    ON "ops"."activity_logs" USING BTREE ("organization_id");

-- [88/514] add index activity_logs_organization_id_created_at_idx on ops.activity_logs (schemas/ops.yaml:114:16)
CREATE INDEX "activity_logs_organization_id_created_at_idx"
    ON "ops"."activity_logs" USING BTREE ("organization_id", "created_at" DESC);

-- [89/514] add index activity_logs_user_id_created_at_idx on ops.activity_logs (schemas/ops.yaml:115:9)
CREATE INDEX "activity_logs_user_id_created_at_idx"
    ON "ops"."activity_logs" USING BTREE ("user_id", "created_at" DESC) WHERE user_id IS NOT NULL;

-- [90/514] add index activity_logs_project_id_created_at_idx on ops.activity_logs (schemas/ops.yaml:116:9)
CREATE INDEX "activity_logs_project_id_created_at_idx"
    ON "ops"."activity_logs" USING BTREE ("project_id", "created_at" DESC) WHERE project_id IS NOT NULL;

-- [91/514] add index activity_logs_entity_type_entity_id_idx on ops.activity_logs (schemas/ops.yaml:117:9)
CREATE INDEX "activity_logs_entity_type_entity_id_idx"
    ON "ops"."activity_logs" USING BTREE ("entity_type", "entity_id");

-- [92/514] add index notifications_organization_id_idx on ops.notifications (schemas/ops.yaml:29:14)
CREATE INDEX "notifications_organization_id_idx"
    ON "ops"."notifications" USING BTREE ("organization_id");

-- [93/514] add index notifications_unread_idx on ops.notifications (schemas/ops.yaml:57:9)
CREATE INDEX "notifications_unread_idx"
    ON "ops"."notifications" USING BTREE ("recipient_id", "created_at" DESC) WHERE NOT is_read;

-- [94/514] add index notifications_recipient_id_created_at_idx on ops.notifications (schemas/ops.yaml:58:9)
CREATE INDEX "notifications_recipient_id_created_at_idx"
    ON "ops"."notifications" USING BTREE ("recipient_id", "created_at");

-- [95/514] add index notifications_entity_type_entity_id_idx on ops.notifications (schemas/ops.yaml:59:9)
CREATE INDEX "notifications_entity_type_entity_id_idx"
    ON "ops"."notifications" USING BTREE ("entity_type", "entity_id") WHERE entity_id IS NOT NULL;

-- [96/514] add index notifications_undelivered_idx on ops.notifications (schemas/ops.yaml:60:9)
CREATE INDEX "notifications_undelivered_idx"
    ON "ops"."notifications" USING BTREE ("delivery_status", "created_at") WHERE delivery_status IN ('PENDING', 'FAILED');

-- [97/514] add index notifications_expires_at_idx on ops.notifications (schemas/ops.yaml:61:9)
CREATE INDEX "notifications_expires_at_idx"
    ON "ops"."notifications" USING BTREE ("expires_at") WHERE expires_at IS NOT NULL;

-- [98/514] add index change_request_approvals_organization_id_idx on pm.change_request_approvals (schemas/pm.yaml:313:25)
CREATE INDEX "change_request_approvals_organization_id_idx"
    ON "pm"."change_request_approvals" USING BTREE ("organization_id");

-- [99/514] add index change_request_approvals_pending_idx on pm.change_request_approvals (schemas/pm.yaml:330:9)
CREATE INDEX "change_request_approvals_pending_idx"
    ON "pm"."change_request_approvals" USING BTREE ("approver_id") WHERE decision = 'PENDING';

-- [100/514] add index change_request_approvals_project_id_idx on pm.change_request_approvals (schemas/pm.yaml:52:16)
CREATE INDEX "change_request_approvals_project_id_idx"
    ON "pm"."change_request_approvals" USING BTREE ("project_id");

-- [101/514] add index change_request_impacts_organization_id_idx on pm.change_request_impacts (schemas/pm.yaml:292:25)
CREATE INDEX "change_request_impacts_organization_id_idx"
    ON "pm"."change_request_impacts" USING BTREE ("organization_id");

-- [102/514] add index change_request_impacts_change_request_id_idx on pm.change_request_impacts (schemas/pm.yaml:308:9)
CREATE INDEX "change_request_impacts_change_request_id_idx"
    ON "pm"."change_request_impacts" USING BTREE ("change_request_id");

-- [103/514] add index change_request_impacts_affected_document_id_idx on pm.change_request_impacts (schemas/pm.yaml:309:9)
CREATE INDEX "change_request_impacts_affected_document_id_idx"
    ON "pm"."change_request_impacts" USING BTREE ("affected_document_id") WHERE affected_document_id IS NOT NULL;

-- [104/514] add index change_request_impacts_affected_task_id_idx on pm.change_request_impacts (schemas/pm.yaml:310:9)
CREATE INDEX "change_request_impacts_affected_task_id_idx"
    ON "pm"."change_request_impacts" USING BTREE ("affected_task_id") WHERE affected_task_id IS NOT NULL;

-- [105/514] add index change_request_impacts_project_id_idx on pm.change_request_impacts (schemas/pm.yaml:52:16)
CREATE INDEX "change_request_impacts_project_id_idx"
    ON "pm"."change_request_impacts" USING BTREE ("project_id");

-- [106/514] add index change_requests_organization_id_idx on pm.change_requests (schemas/pm.yaml:256:9)
CREATE INDEX "change_requests_organization_id_idx"
    ON "pm"."change_requests" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [107/514] add index change_requests_project_id_status_idx on pm.change_requests (schemas/pm.yaml:285:9)
CREATE INDEX "change_requests_project_id_status_idx"
    ON "pm"."change_requests" USING BTREE ("project_id", "status") WHERE deleted_at IS NULL;

-- [108/514] add index change_requests_assignee_id_status_idx on pm.change_requests (schemas/pm.yaml:286:9)
CREATE INDEX "change_requests_assignee_id_status_idx"
    ON "pm"."change_requests" USING BTREE ("assignee_id", "status") WHERE assignee_id IS NOT NULL;

-- [109/514] add index change_requests_project_id_due_date_idx on pm.change_requests (schemas/pm.yaml:287:9)
CREATE INDEX "change_requests_project_id_due_date_idx"
    ON "pm"."change_requests" USING BTREE ("project_id", "due_date") WHERE status NOT IN ('IMPLEMENTED', 'CLOSED', 'REJECTED');

-- [110/514] add index change_requests_created_at_idx on pm.change_requests (schemas/pm.yaml:288:9)
CREATE INDEX "change_requests_created_at_idx"
    ON "pm"."change_requests" USING BTREE ("created_at") WHERE deleted_at IS NULL;

-- [111/514] add index change_requests_requested_by_idx on pm.change_requests (schemas/pm.yaml:289:9)
CREATE INDEX "change_requests_requested_by_idx"
    ON "pm"."change_requests" USING BTREE ("requested_by") WHERE requested_by IS NOT NULL;

-- [112/514] add index change_requests_project_id_idx on pm.change_requests (schemas/pm.yaml:52:16)
CREATE INDEX "change_requests_project_id_idx"
    ON "pm"."change_requests" USING BTREE ("project_id");

-- [113/514] add index change_requests_deleted_by_idx on pm.change_requests (schemas/iam.yaml:52:16)
CREATE INDEX "change_requests_deleted_by_idx"
    ON "pm"."change_requests" USING BTREE ("deleted_by") WHERE deleted_by IS NOT NULL;

-- [114/514] add index change_requests_search_vector_idx on pm.change_requests (schemas/pm.yaml:261:9)
CREATE INDEX "change_requests_search_vector_idx"
    ON "pm"."change_requests" USING GIN ("search_vector");

-- [115/514] add index comments_organization_id_idx on pm.comments (schemas/pm.yaml:498:9)
CREATE INDEX "comments_organization_id_idx"
    ON "pm"."comments" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [116/514] add index comments_entity_type_entity_id_created_at_idx on pm.comments (schemas/pm.yaml:520:9)
CREATE INDEX "comments_entity_type_entity_id_created_at_idx"
    ON "pm"."comments" USING BTREE ("entity_type", "entity_id", "created_at") WHERE deleted_at IS NULL;

-- [117/514] add index comments_author_id_created_at_idx on pm.comments (schemas/pm.yaml:521:9)
CREATE INDEX "comments_author_id_created_at_idx"
    ON "pm"."comments" USING BTREE ("author_id", "created_at") WHERE deleted_at IS NULL;

-- [118/514] add index comments_mentions_idx on pm.comments (schemas/pm.yaml:522:9)
CREATE INDEX "comments_mentions_idx"
    ON "pm"."comments" USING GIN ("mentions") WHERE deleted_at IS NULL;

-- [119/514] add index comments_parent_comment_id_idx on pm.comments (schemas/pm.yaml:523:9)
CREATE INDEX "comments_parent_comment_id_idx"
    ON "pm"."comments" USING BTREE ("parent_comment_id") WHERE parent_comment_id IS NOT NULL;

-- [120/514] add index comments_project_id_idx on pm.comments (schemas/pm.yaml:52:16)
CREATE INDEX "comments_project_id_idx"
    ON "pm"."comments" USING BTREE ("project_id");

-- [121/514] add index comments_deleted_by_idx on pm.comments (schemas/iam.yaml:52:16)
CREATE INDEX "comments_deleted_by_idx"
    ON "pm"."comments" USING BTREE ("deleted_by") WHERE deleted_by IS NOT NULL;

-- [122/514] add index document_relations_organization_id_idx on pm.document_relations (schemas/pm.yaml:223:25)
CREATE INDEX "document_relations_organization_id_idx"
    ON "pm"."document_relations" USING BTREE ("organization_id");

-- [123/514] add index document_relations_documents_key on pm.document_relations (schemas/pm.yaml:244:9)
CREATE UNIQUE INDEX "document_relations_documents_key"
    ON "pm"."document_relations" USING BTREE ("document_id", "related_document_id", "relation_type") WHERE related_document_id IS NOT NULL;

-- [124/514] add index document_relations_test_cases_key on pm.document_relations (schemas/pm.yaml:245:9)
CREATE UNIQUE INDEX "document_relations_test_cases_key"
    ON "pm"."document_relations" USING BTREE ("document_id", "test_case_id", "relation_type") WHERE test_case_id IS NOT NULL;

-- [125/514] add index document_relations_related_document_id_idx on pm.document_relations (schemas/pm.yaml:246:9)
CREATE INDEX "document_relations_related_document_id_idx"
    ON "pm"."document_relations" USING BTREE ("related_document_id") WHERE related_document_id IS NOT NULL;

-- [126/514] add index document_relations_test_case_id_idx on pm.document_relations (schemas/pm.yaml:247:9)
CREATE INDEX "document_relations_test_case_id_idx"
    ON "pm"."document_relations" USING BTREE ("test_case_id") WHERE test_case_id IS NOT NULL;

-- [127/514] add index document_relations_created_by_idx on pm.document_relations (schemas/pm.yaml:248:9)
CREATE INDEX "document_relations_created_by_idx"
    ON "pm"."document_relations" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [128/514] add index document_relations_project_id_idx on pm.document_relations (schemas/pm.yaml:52:16)
CREATE INDEX "document_relations_project_id_idx"
    ON "pm"."document_relations" USING BTREE ("project_id");

-- [129/514] add index document_versions_organization_id_idx on pm.document_versions (schemas/pm.yaml:201:25)
CREATE INDEX "document_versions_organization_id_idx"
    ON "pm"."document_versions" USING BTREE ("organization_id");

-- [130/514] add index document_versions_created_by_idx on pm.document_versions (schemas/pm.yaml:220:9)
CREATE INDEX "document_versions_created_by_idx"
    ON "pm"."document_versions" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [131/514] add index document_versions_project_id_idx on pm.document_versions (schemas/pm.yaml:52:16)
CREATE INDEX "document_versions_project_id_idx"
    ON "pm"."document_versions" USING BTREE ("project_id");

-- [132/514] add index documents_organization_id_idx on pm.documents (schemas/pm.yaml:155:9)
CREATE INDEX "documents_organization_id_idx"
    ON "pm"."documents" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [133/514] add index documents_project_id_status_idx on pm.documents (schemas/pm.yaml:191:9)
CREATE INDEX "documents_project_id_status_idx"
    ON "pm"."documents" USING BTREE ("project_id", "status") WHERE deleted_at IS NULL;

-- [134/514] add index documents_project_id_updated_at_idx on pm.documents (schemas/pm.yaml:192:16)
CREATE INDEX "documents_project_id_updated_at_idx"
    ON "pm"."documents" USING BTREE ("project_id", "updated_at" DESC) WHERE deleted_at IS NULL;

-- [135/514] add index documents_metadata_idx on pm.documents (schemas/pm.yaml:193:9)
CREATE INDEX "documents_metadata_idx"
    ON "pm"."documents" USING GIN ("metadata") WHERE deleted_at IS NULL;

-- [136/514] add index documents_created_at_idx on pm.documents (schemas/pm.yaml:194:9)
CREATE INDEX "documents_created_at_idx"
    ON "pm"."documents" USING BTREE ("created_at") WHERE deleted_at IS NULL;

-- [137/514] add index documents_templates_idx on pm.documents (schemas/pm.yaml:195:9)
CREATE INDEX "documents_templates_idx"
    ON "pm"."documents" USING BTREE ("project_id", "document_type") WHERE is_template;

-- [138/514] add index documents_tags_idx on pm.documents (schemas/pm.yaml:196:9)
CREATE INDEX "documents_tags_idx"
    ON "pm"."documents" USING GIN ("tags") WHERE deleted_at IS NULL;

-- [139/514] add index documents_author_id_idx on pm.documents (schemas/pm.yaml:197:9)
CREATE INDEX "documents_author_id_idx"
    ON "pm"."documents" USING BTREE ("author_id") WHERE author_id IS NOT NULL;

-- [140/514] add index documents_template_id_idx on pm.documents (schemas/pm.yaml:198:9)
CREATE INDEX "documents_template_id_idx"
    ON "pm"."documents" USING BTREE ("template_id") WHERE template_id IS NOT NULL;

-- [141/514] add index documents_project_id_idx on pm.documents (schemas/pm.yaml:52:16)
CREATE INDEX "documents_project_id_idx"
    ON "pm"."documents" USING BTREE ("project_id");

-- [142/514] add index documents_deleted_by_idx on pm.documents (schemas/iam.yaml:52:16)
CREATE INDEX "documents_deleted_by_idx"
    ON "pm"."documents" USING BTREE ("deleted_by") WHERE deleted_by IS NOT NULL;

-- [143/514] add index documents_search_vector_idx on pm.documents (schemas/pm.yaml:160:9)
CREATE INDEX "documents_search_vector_idx"
    ON "pm"."documents" USING GIN ("search_vector");

-- [144/514] add index project_members_organization_id_idx on pm.project_members (schemas/pm.yaml:130:25)
CREATE INDEX "project_members_organization_id_idx"
    ON "pm"."project_members" USING BTREE ("organization_id");

-- [145/514] add index project_members_active_idx on pm.project_members (schemas/pm.yaml:146:9)
CREATE INDEX "project_members_active_idx"
    ON "pm"."project_members" USING BTREE ("user_id", "project_id") WHERE is_active;

-- [146/514] add index project_members_role_id_idx on pm.project_members (schemas/pm.yaml:147:9)
CREATE INDEX "project_members_role_id_idx"
    ON "pm"."project_members" USING BTREE ("role_id") WHERE role_id IS NOT NULL;

-- [147/514] add index project_members_project_id_idx on pm.project_members (schemas/pm.yaml:52:16)
CREATE INDEX "project_members_project_id_idx"
    ON "pm"."project_members" USING BTREE ("project_id");

-- [148/514] add index projects_organization_id_idx on pm.projects (schemas/pm.yaml:71:9)
CREATE INDEX "projects_organization_id_idx"
    ON "pm"."projects" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [149/514] add index projects_organization_id_code_key on pm.projects (schemas/pm.yaml:98:9)
CREATE UNIQUE INDEX "projects_organization_id_code_key"
    ON "pm"."projects" USING BTREE ("organization_id", "code") WHERE deleted_at IS NULL;

-- [150/514] add index projects_organization_id_status_idx on pm.projects (schemas/pm.yaml:99:9)
CREATE INDEX "projects_organization_id_status_idx"
    ON "pm"."projects" USING BTREE ("organization_id", "status") WHERE deleted_at IS NULL;

-- [151/514] add index projects_manager_id_idx on pm.projects (schemas/pm.yaml:100:9)
CREATE INDEX "projects_manager_id_idx"
    ON "pm"."projects" USING BTREE ("manager_id") WHERE manager_id IS NOT NULL;

-- [152/514] add index projects_metadata_idx on pm.projects (schemas/pm.yaml:101:9)
CREATE INDEX "projects_metadata_idx"
    ON "pm"."projects" USING GIN ("metadata") WHERE deleted_at IS NULL;

-- [153/514] add index projects_parent_project_id_idx on pm.projects (schemas/pm.yaml:102:9)
CREATE INDEX "projects_parent_project_id_idx"
    ON "pm"."projects" USING BTREE ("parent_project_id") WHERE parent_project_id IS NOT NULL;

-- [154/514] add index projects_deleted_by_idx on pm.projects (schemas/iam.yaml:52:16)
CREATE INDEX "projects_deleted_by_idx"
    ON "pm"."projects" USING BTREE ("deleted_by") WHERE deleted_by IS NOT NULL;

-- [155/514] add index tasks_organization_id_idx on pm.tasks (schemas/pm.yaml:338:9)
CREATE INDEX "tasks_organization_id_idx"
    ON "pm"."tasks" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [156/514] add index tasks_project_id_status_idx on pm.tasks (schemas/pm.yaml:373:9)
CREATE INDEX "tasks_project_id_status_idx"
    ON "pm"."tasks" USING BTREE ("project_id", "status") WHERE deleted_at IS NULL;

-- [157/514] add index tasks_assignee_id_status_idx on pm.tasks (schemas/pm.yaml:374:9)
CREATE INDEX "tasks_assignee_id_status_idx"
    ON "pm"."tasks" USING BTREE ("assignee_id", "status") WHERE assignee_id IS NOT NULL;

-- [158/514] add index tasks_project_id_due_date_idx on pm.tasks (schemas/pm.yaml:375:9)
CREATE INDEX "tasks_project_id_due_date_idx"
    ON "pm"."tasks" USING BTREE ("project_id", "due_date") WHERE status NOT IN ('DONE', 'CANCELLED');

-- [159/514] add index tasks_project_id_sprint_idx on pm.tasks (schemas/pm.yaml:376:9)
CREATE INDEX "tasks_project_id_sprint_idx"
    ON "pm"."tasks" USING BTREE ("project_id", "sprint") WHERE sprint IS NOT NULL;

-- [160/514] add index tasks_parent_task_id_idx on pm.tasks (schemas/pm.yaml:377:9)
CREATE INDEX "tasks_parent_task_id_idx"
    ON "pm"."tasks" USING BTREE ("parent_task_id") WHERE parent_task_id IS NOT NULL;

-- [161/514] add index tasks_change_request_id_idx on pm.tasks (schemas/pm.yaml:378:9)
CREATE INDEX "tasks_change_request_id_idx"
    ON "pm"."tasks" USING BTREE ("change_request_id") WHERE change_request_id IS NOT NULL;

-- [162/514] add index tasks_reporter_id_idx on pm.tasks (schemas/pm.yaml:379:9)
CREATE INDEX "tasks_reporter_id_idx"
    ON "pm"."tasks" USING BTREE ("reporter_id") WHERE reporter_id IS NOT NULL;

-- [163/514] add index tasks_project_id_idx on pm.tasks (schemas/pm.yaml:52:16)
CREATE INDEX "tasks_project_id_idx"
    ON "pm"."tasks" USING BTREE ("project_id");

-- [164/514] add index tasks_deleted_by_idx on pm.tasks (schemas/iam.yaml:52:16)
CREATE INDEX "tasks_deleted_by_idx"
    ON "pm"."tasks" USING BTREE ("deleted_by") WHERE deleted_by IS NOT NULL;

-- [165/514] add index tasks_search_vector_idx on pm.tasks (schemas/pm.yaml:343:9)
CREATE INDEX "tasks_search_vector_idx"
    ON "pm"."tasks" USING GIN ("search_vector");

-- [166/514] add index test_case_relations_organization_id_idx on pm.test_case_relations (schemas/pm.yaml:472:25)
CREATE INDEX "test_case_relations_organization_id_idx"
    ON "pm"."test_case_relations" USING BTREE ("organization_id");

-- [167/514] add index test_case_relations_related_test_case_id_idx on pm.test_case_relations (schemas/pm.yaml:489:9)
CREATE INDEX "test_case_relations_related_test_case_id_idx"
    ON "pm"."test_case_relations" USING BTREE ("related_test_case_id");

-- [168/514] add index test_case_relations_created_by_idx on pm.test_case_relations (schemas/pm.yaml:490:9)
CREATE INDEX "test_case_relations_created_by_idx"
    ON "pm"."test_case_relations" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [169/514] add index test_case_relations_project_id_idx on pm.test_case_relations (schemas/pm.yaml:52:16)
CREATE INDEX "test_case_relations_project_id_idx"
    ON "pm"."test_case_relations" USING BTREE ("project_id");

-- [170/514] add index test_cases_organization_id_idx on pm.test_cases (schemas/pm.yaml:387:9)
CREATE INDEX "test_cases_organization_id_idx"
    ON "pm"."test_cases" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [171/514] add index test_cases_project_id_status_idx on pm.test_cases (schemas/pm.yaml:419:9)
CREATE INDEX "test_cases_project_id_status_idx"
    ON "pm"."test_cases" USING BTREE ("project_id", "status") WHERE deleted_at IS NULL;

-- [172/514] add index test_cases_templates_idx on pm.test_cases (schemas/pm.yaml:420:9)
CREATE INDEX "test_cases_templates_idx"
    ON "pm"."test_cases" USING BTREE ("organization_id", "test_type") WHERE is_template;

-- [173/514] add index test_cases_most_reused_idx on pm.test_cases (schemas/pm.yaml:421:9)
CREATE INDEX "test_cases_most_reused_idx"
    ON "pm"."test_cases" USING BTREE ("organization_id", "reuse_count" DESC) WHERE is_template;

-- [174/514] add index test_cases_project_id_automation_status_idx on pm.test_cases (schemas/pm.yaml:422:9)
CREATE INDEX "test_cases_project_id_automation_status_idx"
    ON "pm"."test_cases" USING BTREE ("project_id", "automation_status") WHERE deleted_at IS NULL;

-- [175/514] add index test_cases_template_id_idx on pm.test_cases (schemas/pm.yaml:423:9)
CREATE INDEX "test_cases_template_id_idx"
    ON "pm"."test_cases" USING BTREE ("template_id") WHERE template_id IS NOT NULL;

-- [176/514] add index test_cases_author_id_idx on pm.test_cases (schemas/pm.yaml:424:9)
CREATE INDEX "test_cases_author_id_idx"
    ON "pm"."test_cases" USING BTREE ("author_id") WHERE author_id IS NOT NULL;

-- [177/514] add index test_cases_project_id_idx on pm.test_cases (schemas/pm.yaml:52:16)
CREATE INDEX "test_cases_project_id_idx"
    ON "pm"."test_cases" USING BTREE ("project_id");

-- [178/514] add index test_cases_deleted_by_idx on pm.test_cases (schemas/iam.yaml:52:16)
CREATE INDEX "test_cases_deleted_by_idx"
    ON "pm"."test_cases" USING BTREE ("deleted_by") WHERE deleted_by IS NOT NULL;

-- [179/514] add index test_cases_search_vector_idx on pm.test_cases (schemas/pm.yaml:392:9)
CREATE INDEX "test_cases_search_vector_idx"
    ON "pm"."test_cases" USING GIN ("search_vector");

-- [180/514] add index test_executions_organization_id_idx on pm.test_executions (schemas/pm.yaml:433:14)
CREATE INDEX "test_executions_organization_id_idx"
    ON "pm"."test_executions" USING BTREE ("organization_id");

-- [181/514] add index test_executions_test_case_id_executed_at_idx on pm.test_executions (schemas/pm.yaml:455:16)
CREATE INDEX "test_executions_test_case_id_executed_at_idx"
    ON "pm"."test_executions" USING BTREE ("test_case_id", "executed_at" DESC);

-- [182/514] add index test_executions_project_id_executed_at_idx on pm.test_executions (schemas/pm.yaml:456:9)
CREATE INDEX "test_executions_project_id_executed_at_idx"
    ON "pm"."test_executions" USING BTREE ("project_id", "executed_at");

-- [183/514] add index test_executions_executed_by_executed_at_idx on pm.test_executions (schemas/pm.yaml:457:9)
CREATE INDEX "test_executions_executed_by_executed_at_idx"
    ON "pm"."test_executions" USING BTREE ("executed_by", "executed_at") WHERE executed_by IS NOT NULL;

-- [184/514] add index test_executions_project_id_idx on pm.test_executions (schemas/pm.yaml:52:16)
CREATE INDEX "test_executions_project_id_idx"
    ON "pm"."test_executions" USING BTREE ("project_id");

-- [185/514] add rows 34 row(s) of iam.permissions
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('1', 'PROJECT', 'CREATE', 'GLOBAL', 'Create projects');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('2', 'PROJECT', 'READ', 'GLOBAL', 'See every project of the organization');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('3', 'PROJECT', 'READ', 'PROJECT', 'See a project one is a member of');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('4', 'PROJECT', 'UPDATE', 'PROJECT', 'Edit project settings and members');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('5', 'PROJECT', 'DELETE', 'GLOBAL', 'Delete projects');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('6', 'DOCUMENT', 'CREATE', 'PROJECT', 'Create documents in a project');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('7', 'DOCUMENT', 'READ', 'PROJECT', 'Read documents of a project');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('8', 'DOCUMENT', 'UPDATE', 'PROJECT', 'Edit any document of a project');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('9', 'DOCUMENT', 'UPDATE', 'SELF', 'Edit documents one authored');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('10', 'DOCUMENT', 'DELETE', 'PROJECT', 'Delete documents of a project');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('11', 'DOCUMENT', 'APPROVE', 'PROJECT', 'Approve document versions');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('12', 'CHANGE_REQUEST', 'CREATE', 'PROJECT', 'Raise change requests');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('13', 'CHANGE_REQUEST', 'READ', 'PROJECT', 'Read change requests');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('14', 'CHANGE_REQUEST', 'UPDATE', 'SELF', 'Edit one''s own change requests');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('15', 'CHANGE_REQUEST', 'APPROVE', 'PROJECT', 'Approve or reject change requests');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('16', 'TASK', 'CREATE', 'PROJECT', 'Create tasks');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('17', 'TASK', 'READ', 'PROJECT', 'Read tasks');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('18', 'TASK', 'UPDATE', 'PROJECT', 'Edit any task');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('19', 'TASK', 'UPDATE', 'SELF', 'Edit tasks assigned to oneself');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('20', 'TASK', 'DELETE', 'PROJECT', 'Delete tasks');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('21', 'TEST_CASE', 'CREATE', 'PROJECT', 'Write test cases');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('22', 'TEST_CASE', 'READ', 'PROJECT', 'Read test cases and executions');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('23', 'TEST_CASE', 'UPDATE', 'PROJECT', 'Edit test cases and record executions');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('24', 'TEST_CASE', 'DELETE', 'PROJECT', 'Delete test cases');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('25', 'COMMENT', 'CREATE', 'PROJECT', 'Comment');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('26', 'COMMENT', 'UPDATE', 'SELF', 'Edit one''s own comments');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('27', 'COMMENT', 'DELETE', 'PROJECT', 'Moderate comments');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('28', 'USER', 'CREATE', 'GLOBAL', 'Invite users');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('29', 'USER', 'READ', 'GLOBAL', 'See the user directory');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('30', 'USER', 'UPDATE', 'GLOBAL', 'Edit users and their roles');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('31', 'USER', 'UPDATE', 'SELF', 'Edit one''s own profile');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('32', 'USER', 'DELETE', 'GLOBAL', 'Deactivate users');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('33', 'REPORT', 'READ', 'GLOBAL', 'Organization-wide dashboards and statistics');
INSERT INTO "iam"."permissions" ("id", "resource", "action", "scope", "description")
VALUES ('34', 'REPORT', 'READ', 'PROJECT', 'Project statistics');

-- [186/514] add foreign key role_permissions_organization_id_fkey on iam.role_permissions (schemas/iam.yaml:196:14)
ALTER TABLE "iam"."role_permissions"
    ADD CONSTRAINT "role_permissions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [187/514] add foreign key role_permissions_organization_id_role_id_fkey on iam.role_permissions (schemas/iam.yaml:204:9)
ALTER TABLE "iam"."role_permissions"
    ADD CONSTRAINT "role_permissions_organization_id_role_id_fkey" FOREIGN KEY ("organization_id", "role_id")
    REFERENCES "iam"."roles" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [188/514] add foreign key role_permissions_permission_id_fkey on iam.role_permissions (schemas/iam.yaml:200:51)
ALTER TABLE "iam"."role_permissions"
    ADD CONSTRAINT "role_permissions_permission_id_fkey" FOREIGN KEY ("permission_id")
    REFERENCES "iam"."permissions" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [189/514] add foreign key roles_deleted_by_fkey on iam.roles (schemas/iam.yaml:48:16)
ALTER TABLE "iam"."roles"
    ADD CONSTRAINT "roles_deleted_by_fkey" FOREIGN KEY ("deleted_by")
    REFERENCES "iam"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [190/514] add foreign key roles_organization_id_fkey on iam.roles (schemas/iam.yaml:181:9)
ALTER TABLE "iam"."roles"
    ADD CONSTRAINT "roles_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [191/514] add foreign key user_sessions_organization_id_fkey on iam.user_sessions (schemas/iam.yaml:113:25)
ALTER TABLE "iam"."user_sessions"
    ADD CONSTRAINT "user_sessions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [192/514] add foreign key user_sessions_organization_id_user_id_fkey on iam.user_sessions (schemas/iam.yaml:125:9)
ALTER TABLE "iam"."user_sessions"
    ADD CONSTRAINT "user_sessions_organization_id_user_id_fkey" FOREIGN KEY ("organization_id", "user_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [193/514] add foreign key users_deleted_by_fkey on iam.users (schemas/iam.yaml:48:16)
ALTER TABLE "iam"."users"
    ADD CONSTRAINT "users_deleted_by_fkey" FOREIGN KEY ("deleted_by")
    REFERENCES "iam"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [194/514] add foreign key users_organization_id_fkey on iam.users (schemas/iam.yaml:73:9)
ALTER TABLE "iam"."users"
    ADD CONSTRAINT "users_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [195/514] add foreign key users_organization_id_role_id_fkey on iam.users (schemas/iam.yaml:102:9)
ALTER TABLE "iam"."users"
    ADD CONSTRAINT "users_organization_id_role_id_fkey" FOREIGN KEY ("organization_id", "role_id")
    REFERENCES "iam"."roles" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [196/514] add foreign key activity_logs_organization_id_fkey on ops.activity_logs (schemas/ops.yaml:92:14)
ALTER TABLE "ops"."activity_logs"
    ADD CONSTRAINT "activity_logs_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [197/514] add foreign key notifications_organization_id_fkey on ops.notifications (schemas/ops.yaml:29:14)
ALTER TABLE "ops"."notifications"
    ADD CONSTRAINT "notifications_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [198/514] add foreign key notifications_organization_id_recipient_id_fkey on ops.notifications (schemas/ops.yaml:53:9)
ALTER TABLE "ops"."notifications"
    ADD CONSTRAINT "notifications_organization_id_recipient_id_fkey" FOREIGN KEY ("organization_id", "recipient_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [199/514] add foreign key change_request_approvals_organization_id_approver_id_fkey on pm.change_request_approvals (schemas/pm.yaml:324:9)
ALTER TABLE "pm"."change_request_approvals"
    ADD CONSTRAINT "change_request_approvals_organization_id_approver_id_fkey" FOREIGN KEY ("organization_id", "approver_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [200/514] add foreign key change_request_approvals_organization_id_fkey on pm.change_request_approvals (schemas/pm.yaml:313:25)
ALTER TABLE "pm"."change_request_approvals"
    ADD CONSTRAINT "change_request_approvals_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [201/514] add foreign key change_request_approvals_organization_id_project_id_ch_fe33c043 on pm.change_request_approvals (schemas/pm.yaml:323:9)
ALTER TABLE "pm"."change_request_approvals"
    ADD CONSTRAINT "change_request_approvals_organization_id_project_id_ch_fe33c043" FOREIGN KEY ("organization_id", "project_id", "change_request_id")
    REFERENCES "pm"."change_requests" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [202/514] add foreign key change_request_approvals_organization_id_project_id_fkey on pm.change_request_approvals (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."change_request_approvals"
    ADD CONSTRAINT "change_request_approvals_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [203/514] add foreign key change_request_impacts_organization_id_fkey on pm.change_request_impacts (schemas/pm.yaml:292:25)
ALTER TABLE "pm"."change_request_impacts"
    ADD CONSTRAINT "change_request_impacts_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [204/514] add foreign key change_request_impacts_organization_id_project_id_affe_b928004e on pm.change_request_impacts (schemas/pm.yaml:305:9)
ALTER TABLE "pm"."change_request_impacts"
    ADD CONSTRAINT "change_request_impacts_organization_id_project_id_affe_b928004e" FOREIGN KEY ("organization_id", "project_id", "affected_document_id")
    REFERENCES "pm"."documents" ("organization_id", "project_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [205/514] add foreign key change_request_impacts_organization_id_project_id_affe_f788f882 on pm.change_request_impacts (schemas/pm.yaml:306:9)
ALTER TABLE "pm"."change_request_impacts"
    ADD CONSTRAINT "change_request_impacts_organization_id_project_id_affe_f788f882" FOREIGN KEY ("organization_id", "project_id", "affected_task_id")
    REFERENCES "pm"."tasks" ("organization_id", "project_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [206/514] add foreign key change_request_impacts_organization_id_project_id_chan_5015c9d8 on pm.change_request_impacts (schemas/pm.yaml:304:9)
ALTER TABLE "pm"."change_request_impacts"
    ADD CONSTRAINT "change_request_impacts_organization_id_project_id_chan_5015c9d8" FOREIGN KEY ("organization_id", "project_id", "change_request_id")
    REFERENCES "pm"."change_requests" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [207/514] add foreign key change_request_impacts_organization_id_project_id_fkey on pm.change_request_impacts (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."change_request_impacts"
    ADD CONSTRAINT "change_request_impacts_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [208/514] add foreign key change_requests_deleted_by_fkey on pm.change_requests (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."change_requests"
    ADD CONSTRAINT "change_requests_deleted_by_fkey" FOREIGN KEY ("deleted_by")
    REFERENCES "iam"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [209/514] add foreign key change_requests_organization_id_assignee_id_fkey on pm.change_requests (schemas/pm.yaml:283:9)
ALTER TABLE "pm"."change_requests"
    ADD CONSTRAINT "change_requests_organization_id_assignee_id_fkey" FOREIGN KEY ("organization_id", "assignee_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [210/514] add foreign key change_requests_organization_id_fkey on pm.change_requests (schemas/pm.yaml:256:9)
ALTER TABLE "pm"."change_requests"
    ADD CONSTRAINT "change_requests_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [211/514] add foreign key change_requests_organization_id_project_id_fkey on pm.change_requests (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."change_requests"
    ADD CONSTRAINT "change_requests_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [212/514] add foreign key change_requests_organization_id_requested_by_fkey on pm.change_requests (schemas/pm.yaml:282:9)
ALTER TABLE "pm"."change_requests"
    ADD CONSTRAINT "change_requests_organization_id_requested_by_fkey" FOREIGN KEY ("organization_id", "requested_by")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [213/514] add foreign key comments_deleted_by_fkey on pm.comments (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."comments"
    ADD CONSTRAINT "comments_deleted_by_fkey" FOREIGN KEY ("deleted_by")
    REFERENCES "iam"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [214/514] add foreign key comments_organization_id_author_id_fkey on pm.comments (schemas/pm.yaml:516:9)
ALTER TABLE "pm"."comments"
    ADD CONSTRAINT "comments_organization_id_author_id_fkey" FOREIGN KEY ("organization_id", "author_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [215/514] add foreign key comments_organization_id_fkey on pm.comments (schemas/pm.yaml:498:9)
ALTER TABLE "pm"."comments"
    ADD CONSTRAINT "comments_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [216/514] add foreign key comments_organization_id_project_id_fkey on pm.comments (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."comments"
    ADD CONSTRAINT "comments_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [217/514] add foreign key comments_organization_id_project_id_parent_comment_id_fkey on pm.comments (schemas/pm.yaml:515:9)
ALTER TABLE "pm"."comments"
    ADD CONSTRAINT "comments_organization_id_project_id_parent_comment_id_fkey" FOREIGN KEY ("organization_id", "project_id", "parent_comment_id")
    REFERENCES "pm"."comments" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [218/514] add foreign key document_relations_organization_id_created_by_fkey on pm.document_relations (schemas/pm.yaml:239:9)
ALTER TABLE "pm"."document_relations"
    ADD CONSTRAINT "document_relations_organization_id_created_by_fkey" FOREIGN KEY ("organization_id", "created_by")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [219/514] add foreign key document_relations_organization_id_fkey on pm.document_relations (schemas/pm.yaml:223:25)
ALTER TABLE "pm"."document_relations"
    ADD CONSTRAINT "document_relations_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [220/514] add foreign key document_relations_organization_id_project_id_document_id_fkey on pm.document_relations (schemas/pm.yaml:236:9)
ALTER TABLE "pm"."document_relations"
    ADD CONSTRAINT "document_relations_organization_id_project_id_document_id_fkey" FOREIGN KEY ("organization_id", "project_id", "document_id")
    REFERENCES "pm"."documents" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [221/514] add foreign key document_relations_organization_id_project_id_fkey on pm.document_relations (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."document_relations"
    ADD CONSTRAINT "document_relations_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [222/514] add foreign key document_relations_organization_id_project_id_related__130f3026 on pm.document_relations (schemas/pm.yaml:237:9)
ALTER TABLE "pm"."document_relations"
    ADD CONSTRAINT "document_relations_organization_id_project_id_related__130f3026" FOREIGN KEY ("organization_id", "project_id", "related_document_id")
    REFERENCES "pm"."documents" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [223/514] add foreign key document_relations_organization_id_project_id_test_case_id_fkey on pm.document_relations (schemas/pm.yaml:238:9)
ALTER TABLE "pm"."document_relations"
    ADD CONSTRAINT "document_relations_organization_id_project_id_test_case_id_fkey" FOREIGN KEY ("organization_id", "project_id", "test_case_id")
    REFERENCES "pm"."test_cases" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [224/514] add foreign key document_versions_organization_id_created_by_fkey on pm.document_versions (schemas/pm.yaml:216:9)
ALTER TABLE "pm"."document_versions"
    ADD CONSTRAINT "document_versions_organization_id_created_by_fkey" FOREIGN KEY ("organization_id", "created_by")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [225/514] add foreign key document_versions_organization_id_fkey on pm.document_versions (schemas/pm.yaml:201:25)
ALTER TABLE "pm"."document_versions"
    ADD CONSTRAINT "document_versions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [226/514] add foreign key document_versions_organization_id_project_id_document_id_fkey on pm.document_versions (schemas/pm.yaml:215:9)
ALTER TABLE "pm"."document_versions"
    ADD CONSTRAINT "document_versions_organization_id_project_id_document_id_fkey" FOREIGN KEY ("organization_id", "project_id", "document_id")
    REFERENCES "pm"."documents" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [227/514] add foreign key document_versions_organization_id_project_id_fkey on pm.document_versions (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."document_versions"
    ADD CONSTRAINT "document_versions_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [228/514] add foreign key documents_deleted_by_fkey on pm.documents (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."documents"
    ADD CONSTRAINT "documents_deleted_by_fkey" FOREIGN KEY ("deleted_by")
    REFERENCES "iam"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [229/514] add foreign key documents_organization_id_author_id_fkey on pm.documents (schemas/pm.yaml:186:9)
ALTER TABLE "pm"."documents"
    ADD CONSTRAINT "documents_organization_id_author_id_fkey" FOREIGN KEY ("organization_id", "author_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [230/514] add foreign key documents_organization_id_fkey on pm.documents (schemas/pm.yaml:155:9)
ALTER TABLE "pm"."documents"
    ADD CONSTRAINT "documents_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [231/514] add foreign key documents_organization_id_project_id_fkey on pm.documents (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."documents"
    ADD CONSTRAINT "documents_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [232/514] add foreign key documents_organization_id_template_id_fkey on pm.documents (schemas/pm.yaml:187:9)
ALTER TABLE "pm"."documents"
    ADD CONSTRAINT "documents_organization_id_template_id_fkey" FOREIGN KEY ("organization_id", "template_id")
    REFERENCES "pm"."documents" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [233/514] add foreign key project_members_organization_id_fkey on pm.project_members (schemas/pm.yaml:130:25)
ALTER TABLE "pm"."project_members"
    ADD CONSTRAINT "project_members_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [234/514] add foreign key project_members_organization_id_project_id_fkey on pm.project_members (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."project_members"
    ADD CONSTRAINT "project_members_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [235/514] add foreign key project_members_organization_id_role_id_fkey on pm.project_members (schemas/pm.yaml:140:9)
ALTER TABLE "pm"."project_members"
    ADD CONSTRAINT "project_members_organization_id_role_id_fkey" FOREIGN KEY ("organization_id", "role_id")
    REFERENCES "iam"."roles" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [236/514] add foreign key project_members_organization_id_user_id_fkey on pm.project_members (schemas/pm.yaml:139:9)
ALTER TABLE "pm"."project_members"
    ADD CONSTRAINT "project_members_organization_id_user_id_fkey" FOREIGN KEY ("organization_id", "user_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [237/514] add foreign key projects_deleted_by_fkey on pm.projects (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."projects"
    ADD CONSTRAINT "projects_deleted_by_fkey" FOREIGN KEY ("deleted_by")
    REFERENCES "iam"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [238/514] add foreign key projects_organization_id_fkey on pm.projects (schemas/pm.yaml:71:9)
ALTER TABLE "pm"."projects"
    ADD CONSTRAINT "projects_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [239/514] add foreign key projects_organization_id_manager_id_fkey on pm.projects (schemas/pm.yaml:93:9)
ALTER TABLE "pm"."projects"
    ADD CONSTRAINT "projects_organization_id_manager_id_fkey" FOREIGN KEY ("organization_id", "manager_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [240/514] add foreign key projects_organization_id_parent_project_id_fkey on pm.projects (schemas/pm.yaml:92:9)
ALTER TABLE "pm"."projects"
    ADD CONSTRAINT "projects_organization_id_parent_project_id_fkey" FOREIGN KEY ("organization_id", "parent_project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [241/514] add foreign key tasks_deleted_by_fkey on pm.tasks (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."tasks"
    ADD CONSTRAINT "tasks_deleted_by_fkey" FOREIGN KEY ("deleted_by")
    REFERENCES "iam"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [242/514] add foreign key tasks_organization_id_assignee_id_fkey on pm.tasks (schemas/pm.yaml:368:9)
ALTER TABLE "pm"."tasks"
    ADD CONSTRAINT "tasks_organization_id_assignee_id_fkey" FOREIGN KEY ("organization_id", "assignee_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [243/514] add foreign key tasks_organization_id_fkey on pm.tasks (schemas/pm.yaml:338:9)
ALTER TABLE "pm"."tasks"
    ADD CONSTRAINT "tasks_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [244/514] add foreign key tasks_organization_id_project_id_change_request_id_fkey on pm.tasks (schemas/pm.yaml:367:9)
ALTER TABLE "pm"."tasks"
    ADD CONSTRAINT "tasks_organization_id_project_id_change_request_id_fkey" FOREIGN KEY ("organization_id", "project_id", "change_request_id")
    REFERENCES "pm"."change_requests" ("organization_id", "project_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [245/514] add foreign key tasks_organization_id_project_id_fkey on pm.tasks (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."tasks"
    ADD CONSTRAINT "tasks_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [246/514] add foreign key tasks_organization_id_project_id_parent_task_id_fkey on pm.tasks (schemas/pm.yaml:366:9)
ALTER TABLE "pm"."tasks"
    ADD CONSTRAINT "tasks_organization_id_project_id_parent_task_id_fkey" FOREIGN KEY ("organization_id", "project_id", "parent_task_id")
    REFERENCES "pm"."tasks" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [247/514] add foreign key tasks_organization_id_reporter_id_fkey on pm.tasks (schemas/pm.yaml:369:9)
ALTER TABLE "pm"."tasks"
    ADD CONSTRAINT "tasks_organization_id_reporter_id_fkey" FOREIGN KEY ("organization_id", "reporter_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [248/514] add foreign key test_case_relations_organization_id_created_by_fkey on pm.test_case_relations (schemas/pm.yaml:483:9)
ALTER TABLE "pm"."test_case_relations"
    ADD CONSTRAINT "test_case_relations_organization_id_created_by_fkey" FOREIGN KEY ("organization_id", "created_by")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [249/514] add foreign key test_case_relations_organization_id_fkey on pm.test_case_relations (schemas/pm.yaml:472:25)
ALTER TABLE "pm"."test_case_relations"
    ADD CONSTRAINT "test_case_relations_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [250/514] add foreign key test_case_relations_organization_id_project_id_fkey on pm.test_case_relations (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."test_case_relations"
    ADD CONSTRAINT "test_case_relations_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [251/514] add foreign key test_case_relations_organization_id_project_id_related_179874a2 on pm.test_case_relations (schemas/pm.yaml:482:9)
ALTER TABLE "pm"."test_case_relations"
    ADD CONSTRAINT "test_case_relations_organization_id_project_id_related_179874a2" FOREIGN KEY ("organization_id", "project_id", "related_test_case_id")
    REFERENCES "pm"."test_cases" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [252/514] add foreign key test_case_relations_organization_id_project_id_test_ca_f1276142 on pm.test_case_relations (schemas/pm.yaml:481:9)
ALTER TABLE "pm"."test_case_relations"
    ADD CONSTRAINT "test_case_relations_organization_id_project_id_test_ca_f1276142" FOREIGN KEY ("organization_id", "project_id", "test_case_id")
    REFERENCES "pm"."test_cases" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [253/514] add foreign key test_cases_deleted_by_fkey on pm.test_cases (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."test_cases"
    ADD CONSTRAINT "test_cases_deleted_by_fkey" FOREIGN KEY ("deleted_by")
    REFERENCES "iam"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [254/514] add foreign key test_cases_organization_id_author_id_fkey on pm.test_cases (schemas/pm.yaml:417:9)
ALTER TABLE "pm"."test_cases"
    ADD CONSTRAINT "test_cases_organization_id_author_id_fkey" FOREIGN KEY ("organization_id", "author_id")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [255/514] add foreign key test_cases_organization_id_fkey on pm.test_cases (schemas/pm.yaml:387:9)
ALTER TABLE "pm"."test_cases"
    ADD CONSTRAINT "test_cases_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [256/514] add foreign key test_cases_organization_id_project_id_fkey on pm.test_cases (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."test_cases"
    ADD CONSTRAINT "test_cases_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [257/514] add foreign key test_cases_organization_id_template_id_fkey on pm.test_cases (schemas/pm.yaml:416:9)
ALTER TABLE "pm"."test_cases"
    ADD CONSTRAINT "test_cases_organization_id_template_id_fkey" FOREIGN KEY ("organization_id", "template_id")
    REFERENCES "pm"."test_cases" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [258/514] add foreign key test_executions_organization_id_executed_by_fkey on pm.test_executions (schemas/pm.yaml:452:9)
ALTER TABLE "pm"."test_executions"
    ADD CONSTRAINT "test_executions_organization_id_executed_by_fkey" FOREIGN KEY ("organization_id", "executed_by")
    REFERENCES "iam"."users" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [259/514] add foreign key test_executions_organization_id_fkey on pm.test_executions (schemas/pm.yaml:433:14)
ALTER TABLE "pm"."test_executions"
    ADD CONSTRAINT "test_executions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "iam"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [260/514] add foreign key test_executions_organization_id_project_id_defect_task_id_fkey on pm.test_executions (schemas/pm.yaml:453:9)
ALTER TABLE "pm"."test_executions"
    ADD CONSTRAINT "test_executions_organization_id_project_id_defect_task_id_fkey" FOREIGN KEY ("organization_id", "project_id", "defect_task_id")
    REFERENCES "pm"."tasks" ("organization_id", "project_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [261/514] add foreign key test_executions_organization_id_project_id_fkey on pm.test_executions (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."test_executions"
    ADD CONSTRAINT "test_executions_organization_id_project_id_fkey" FOREIGN KEY ("organization_id", "project_id")
    REFERENCES "pm"."projects" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [262/514] add foreign key test_executions_organization_id_project_id_test_case_id_fkey on pm.test_executions (schemas/pm.yaml:451:9)
ALTER TABLE "pm"."test_executions"
    ADD CONSTRAINT "test_executions_organization_id_project_id_test_case_id_fkey" FOREIGN KEY ("organization_id", "project_id", "test_case_id")
    REFERENCES "pm"."test_cases" ("organization_id", "project_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [263/514] add view ops.project_stats (schemas/ops.yaml:165:3)
CREATE MATERIALIZED VIEW "ops"."project_stats" AS
SELECT p.organization_id,
       p.id AS project_id,
       p.code,
       p.name,
       p.status,
       (SELECT count(*) FROM pm.project_members m
         WHERE m.project_id = p.id AND m.is_active) AS member_count,
       (SELECT count(*) FROM pm.documents d
         WHERE d.project_id = p.id AND d.deleted_at IS NULL) AS document_count,
       COALESCE(t.total, 0) AS task_count,
       COALESCE(t.done, 0) AS tasks_done,
       COALESCE(t.overdue, 0) AS tasks_overdue,
       CASE WHEN t.total > 0 THEN round(100.0 * t.done / t.total, 1) ELSE 0 END AS completion_percent,
       (SELECT count(*) FROM pm.change_requests c
         WHERE c.project_id = p.id AND c.deleted_at IS NULL
           AND c.status IN ('SUBMITTED', 'UNDER_REVIEW')) AS open_change_requests,
       (SELECT count(*) FROM pm.test_cases tc
         WHERE tc.project_id = p.id AND tc.deleted_at IS NULL) AS test_case_count,
       COALESCE(e.runs, 0) AS test_runs_30d,
       CASE WHEN e.runs > 0 THEN round(100.0 * e.passed / e.runs, 1) END AS pass_rate_30d,
       now() AS refreshed_at
  FROM pm.projects p
  LEFT JOIN LATERAL (
         SELECT count(*) AS total,
                count(*) FILTER (WHERE status = 'DONE') AS done,
                count(*) FILTER (WHERE status NOT IN ('DONE', 'CANCELLED') AND due_date < current_date) AS overdue
           FROM pm.tasks WHERE project_id = p.id AND deleted_at IS NULL) t ON true
  LEFT JOIN LATERAL (
         SELECT count(*) AS runs, count(*) FILTER (WHERE result = 'PASSED') AS passed
           FROM pm.test_executions
          WHERE project_id = p.id AND executed_at >= now() - interval '30 days') e ON true
 WHERE p.deleted_at IS NULL;
CREATE UNIQUE INDEX "project_stats_project_id_key" ON "ops"."project_stats" USING BTREE ("project_id");
CREATE INDEX "project_stats_organization_id_idx" ON "ops"."project_stats" USING BTREE ("organization_id");
COMMENT ON MATERIALIZED VIEW "ops"."project_stats" IS 'Aggregated statistics per project. Holds every tenant''s rows: read it through ops.get_project_stats(). Refreshed concurrently by maintain_database().';

-- [264/514] add view ops.user_dashboard_stats (schemas/ops.yaml:128:3)
CREATE MATERIALIZED VIEW "ops"."user_dashboard_stats" AS
SELECT u.organization_id,
       u.id AS user_id,
       u.full_name,
       (SELECT count(*) FROM pm.project_members m
         WHERE m.user_id = u.id AND m.is_active) AS active_projects,
       (SELECT count(*) FROM pm.tasks t
         WHERE t.assignee_id = u.id AND t.deleted_at IS NULL
           AND t.status NOT IN ('DONE', 'CANCELLED')) AS open_tasks,
       (SELECT count(*) FROM pm.tasks t
         WHERE t.assignee_id = u.id AND t.deleted_at IS NULL
           AND t.status NOT IN ('DONE', 'CANCELLED') AND t.due_date < current_date) AS overdue_tasks,
       (SELECT count(*) FROM pm.tasks t
         WHERE t.assignee_id = u.id AND t.deleted_at IS NULL
           AND t.status = 'DONE' AND t.completed_at >= now() - interval '30 days') AS tasks_done_30d,
       (SELECT count(*) FROM pm.change_request_approvals a
         WHERE a.approver_id = u.id AND a.decision = 'PENDING') AS pending_approvals,
       (SELECT count(*) FROM pm.documents d
         WHERE d.author_id = u.id AND d.deleted_at IS NULL) AS documents_authored,
       (SELECT count(*) FROM pm.test_executions e
         WHERE e.executed_by = u.id AND e.executed_at >= now() - interval '30 days') AS test_runs_30d,
       (SELECT count(*) FROM ops.notifications n
         WHERE n.recipient_id = u.id AND NOT n.is_read) AS unread_notifications,
       now() AS refreshed_at
  FROM iam.users u
 WHERE u.deleted_at IS NULL;
CREATE UNIQUE INDEX "user_dashboard_stats_user_id_key" ON "ops"."user_dashboard_stats" USING BTREE ("user_id");
CREATE INDEX "user_dashboard_stats_organization_id_idx" ON "ops"."user_dashboard_stats" USING BTREE ("organization_id");
COMMENT ON MATERIALIZED VIEW "ops"."user_dashboard_stats" IS 'Pre-computed per-user metrics for the dashboard. Holds every tenant''s rows: read it through ops.get_user_dashboard_stats(). Refreshed concurrently by maintain_database().';

-- [265/514] add trigger set_updated_at on iam.organizations (schemas/iam.yaml:57:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "iam"."organizations"
    FOR EACH ROW
    EXECUTE FUNCTION "iam"."set_updated_at"();

-- [266/514] add trigger set_updated_at on iam.roles (schemas/iam.yaml:182:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "iam"."roles"
    FOR EACH ROW
    EXECUTE FUNCTION "iam"."set_updated_at"();

-- [267/514] add trigger set_updated_at on iam.users (schemas/iam.yaml:74:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "iam"."users"
    FOR EACH ROW
    EXECUTE FUNCTION "iam"."set_updated_at"();

-- [268/514] add trigger set_updated_at on pm.change_request_approvals (schemas/pm.yaml:313:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "pm"."change_request_approvals"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."set_updated_at"();

-- [269/514] add trigger set_updated_at on pm.change_request_impacts (schemas/pm.yaml:292:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "pm"."change_request_impacts"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."set_updated_at"();

-- [270/514] add trigger set_updated_at on pm.change_requests (schemas/pm.yaml:258:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "pm"."change_requests"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."set_updated_at"();

-- [271/514] add trigger search_vector_update on pm.change_requests (schemas/pm.yaml:261:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "pm"."change_requests"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."change_requests_search_vector"();

-- [272/514] add trigger activity_logged on pm.change_requests (schemas/ops.yaml:22:7)
CREATE TRIGGER "activity_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "pm"."change_requests"
    FOR EACH ROW
    EXECUTE FUNCTION "ops"."log_activity"();

-- [273/514] add trigger set_updated_at on pm.comments (schemas/pm.yaml:500:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "pm"."comments"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."set_updated_at"();

-- [274/514] add trigger set_updated_at on pm.documents (schemas/pm.yaml:157:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "pm"."documents"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."set_updated_at"();

-- [275/514] add trigger search_vector_update on pm.documents (schemas/pm.yaml:160:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "pm"."documents"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."documents_search_vector"();

-- [276/514] add trigger activity_logged on pm.documents (schemas/ops.yaml:22:7)
CREATE TRIGGER "activity_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "pm"."documents"
    FOR EACH ROW
    EXECUTE FUNCTION "ops"."log_activity"();

-- [277/514] add trigger set_updated_at on pm.project_members (schemas/pm.yaml:130:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "pm"."project_members"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."set_updated_at"();

-- [278/514] add trigger projects_add_manager on pm.projects (schemas/pm.yaml:123:7)
CREATE TRIGGER "projects_add_manager"
    AFTER INSERT
    ON "pm"."projects"
    FOR EACH ROW    WHEN (NEW.manager_id IS NOT NULL)
    EXECUTE FUNCTION "pm"."add_manager_as_member"();

-- [279/514] add trigger set_updated_at on pm.projects (schemas/pm.yaml:72:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "pm"."projects"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."set_updated_at"();

-- [280/514] add trigger activity_logged on pm.projects (schemas/ops.yaml:22:7)
CREATE TRIGGER "activity_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "pm"."projects"
    FOR EACH ROW
    EXECUTE FUNCTION "ops"."log_activity"();

-- [281/514] add trigger set_updated_at on pm.tasks (schemas/pm.yaml:340:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "pm"."tasks"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."set_updated_at"();

-- [282/514] add trigger search_vector_update on pm.tasks (schemas/pm.yaml:343:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "pm"."tasks"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."tasks_search_vector"();

-- [283/514] add trigger activity_logged on pm.tasks (schemas/ops.yaml:22:7)
CREATE TRIGGER "activity_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "pm"."tasks"
    FOR EACH ROW
    EXECUTE FUNCTION "ops"."log_activity"();

-- [284/514] add trigger test_cases_count_reuse on pm.test_cases (schemas/pm.yaml:426:7)
CREATE TRIGGER "test_cases_count_reuse"
    AFTER INSERT
    ON "pm"."test_cases"
    FOR EACH ROW    WHEN (NEW.template_id IS NOT NULL)
    EXECUTE FUNCTION "pm"."count_template_reuse"();

-- [285/514] add trigger set_updated_at on pm.test_cases (schemas/pm.yaml:389:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "pm"."test_cases"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."set_updated_at"();

-- [286/514] add trigger search_vector_update on pm.test_cases (schemas/pm.yaml:392:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "pm"."test_cases"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."test_cases_search_vector"();

-- [287/514] add trigger activity_logged on pm.test_cases (schemas/ops.yaml:22:7)
CREATE TRIGGER "activity_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "pm"."test_cases"
    FOR EACH ROW
    EXECUTE FUNCTION "ops"."log_activity"();

-- [288/514] add trigger test_executions_update_case on pm.test_executions (schemas/pm.yaml:466:7)
CREATE TRIGGER "test_executions_update_case"
    AFTER INSERT
    ON "pm"."test_executions"
    FOR EACH ROW
    EXECUTE FUNCTION "pm"."record_last_execution"();

-- [289/514] enable rls iam.organizations
ALTER TABLE "iam"."organizations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "iam"."organizations" FORCE ROW LEVEL SECURITY;

-- [290/514] enable rls iam.role_permissions
ALTER TABLE "iam"."role_permissions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "iam"."role_permissions" FORCE ROW LEVEL SECURITY;

-- [291/514] enable rls iam.roles
ALTER TABLE "iam"."roles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "iam"."roles" FORCE ROW LEVEL SECURITY;

-- [292/514] enable rls iam.user_sessions
ALTER TABLE "iam"."user_sessions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "iam"."user_sessions" FORCE ROW LEVEL SECURITY;

-- [293/514] enable rls iam.users
ALTER TABLE "iam"."users" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "iam"."users" FORCE ROW LEVEL SECURITY;

-- [294/514] enable rls ops.activity_logs
ALTER TABLE "ops"."activity_logs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ops"."activity_logs" FORCE ROW LEVEL SECURITY;

-- [295/514] enable rls ops.notifications
ALTER TABLE "ops"."notifications" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ops"."notifications" FORCE ROW LEVEL SECURITY;

-- [296/514] enable rls pm.change_request_approvals
ALTER TABLE "pm"."change_request_approvals" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."change_request_approvals" FORCE ROW LEVEL SECURITY;

-- [297/514] enable rls pm.change_request_impacts
ALTER TABLE "pm"."change_request_impacts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."change_request_impacts" FORCE ROW LEVEL SECURITY;

-- [298/514] enable rls pm.change_requests
ALTER TABLE "pm"."change_requests" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."change_requests" FORCE ROW LEVEL SECURITY;

-- [299/514] enable rls pm.comments
ALTER TABLE "pm"."comments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."comments" FORCE ROW LEVEL SECURITY;

-- [300/514] enable rls pm.document_relations
ALTER TABLE "pm"."document_relations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."document_relations" FORCE ROW LEVEL SECURITY;

-- [301/514] enable rls pm.document_versions
ALTER TABLE "pm"."document_versions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."document_versions" FORCE ROW LEVEL SECURITY;

-- [302/514] enable rls pm.documents
ALTER TABLE "pm"."documents" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."documents" FORCE ROW LEVEL SECURITY;

-- [303/514] enable rls pm.project_members
ALTER TABLE "pm"."project_members" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."project_members" FORCE ROW LEVEL SECURITY;

-- [304/514] enable rls pm.projects
ALTER TABLE "pm"."projects" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."projects" FORCE ROW LEVEL SECURITY;

-- [305/514] enable rls pm.tasks
ALTER TABLE "pm"."tasks" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."tasks" FORCE ROW LEVEL SECURITY;

-- [306/514] enable rls pm.test_case_relations
ALTER TABLE "pm"."test_case_relations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."test_case_relations" FORCE ROW LEVEL SECURITY;

-- [307/514] enable rls pm.test_cases
ALTER TABLE "pm"."test_cases" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."test_cases" FORCE ROW LEVEL SECURITY;

-- [308/514] enable rls pm.test_executions
ALTER TABLE "pm"."test_executions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pm"."test_executions" FORCE ROW LEVEL SECURITY;

-- [309/514] add policy tenant_self on iam.organizations (schemas/iam.yaml:57:25)
CREATE POLICY "tenant_self" ON "iam"."organizations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [310/514] add policy tenant_isolation on iam.role_permissions (schemas/iam.yaml:196:14)
CREATE POLICY "tenant_isolation" ON "iam"."role_permissions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [311/514] add policy tenant_isolation on iam.roles (schemas/iam.yaml:181:9)
CREATE POLICY "tenant_isolation" ON "iam"."roles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [312/514] add policy tenant_isolation on iam.user_sessions (schemas/iam.yaml:113:25)
CREATE POLICY "tenant_isolation" ON "iam"."user_sessions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [313/514] add policy tenant_isolation on iam.users (schemas/iam.yaml:73:9)
CREATE POLICY "tenant_isolation" ON "iam"."users"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [314/514] add policy tenant_isolation on ops.activity_logs (schemas/ops.yaml:92:14)
CREATE POLICY "tenant_isolation" ON "ops"."activity_logs"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [315/514] add policy tenant_isolation on ops.notifications (schemas/ops.yaml:29:14)
CREATE POLICY "tenant_isolation" ON "ops"."notifications"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [316/514] add policy notification_recipient_read on ops.notifications (schemas/ops.yaml:74:9)
CREATE POLICY "notification_recipient_read" ON "ops"."notifications"
    AS RESTRICTIVE FOR SELECT
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR recipient_id = NULLIF(current_setting('app.current_user_id', true), '')::bigint);

-- [317/514] add policy notification_recipient_update on ops.notifications (schemas/ops.yaml:79:9)
CREATE POLICY "notification_recipient_update" ON "ops"."notifications"
    AS RESTRICTIVE FOR UPDATE
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR recipient_id = NULLIF(current_setting('app.current_user_id', true), '')::bigint)
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR recipient_id = NULLIF(current_setting('app.current_user_id', true), '')::bigint);

-- [318/514] add policy notification_recipient_delete on ops.notifications (schemas/ops.yaml:85:9)
CREATE POLICY "notification_recipient_delete" ON "ops"."notifications"
    AS RESTRICTIVE FOR DELETE
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR recipient_id = NULLIF(current_setting('app.current_user_id', true), '')::bigint);

-- [319/514] add policy tenant_isolation on pm.change_request_approvals (schemas/pm.yaml:313:25)
CREATE POLICY "tenant_isolation" ON "pm"."change_request_approvals"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [320/514] add policy project_membership on pm.change_request_approvals (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."change_request_approvals"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [321/514] add policy tenant_isolation on pm.change_request_impacts (schemas/pm.yaml:292:25)
CREATE POLICY "tenant_isolation" ON "pm"."change_request_impacts"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [322/514] add policy project_membership on pm.change_request_impacts (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."change_request_impacts"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [323/514] add policy tenant_isolation on pm.change_requests (schemas/pm.yaml:256:9)
CREATE POLICY "tenant_isolation" ON "pm"."change_requests"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [324/514] add policy project_membership on pm.change_requests (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."change_requests"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [325/514] add policy tenant_isolation on pm.comments (schemas/pm.yaml:498:9)
CREATE POLICY "tenant_isolation" ON "pm"."comments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [326/514] add policy project_membership on pm.comments (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."comments"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [327/514] add policy tenant_isolation on pm.document_relations (schemas/pm.yaml:223:25)
CREATE POLICY "tenant_isolation" ON "pm"."document_relations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [328/514] add policy project_membership on pm.document_relations (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."document_relations"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [329/514] add policy tenant_isolation on pm.document_versions (schemas/pm.yaml:201:25)
CREATE POLICY "tenant_isolation" ON "pm"."document_versions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [330/514] add policy project_membership on pm.document_versions (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."document_versions"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [331/514] add policy tenant_isolation on pm.documents (schemas/pm.yaml:155:9)
CREATE POLICY "tenant_isolation" ON "pm"."documents"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [332/514] add policy project_membership on pm.documents (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."documents"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [333/514] add policy tenant_isolation on pm.project_members (schemas/pm.yaml:130:25)
CREATE POLICY "tenant_isolation" ON "pm"."project_members"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [334/514] add policy project_membership on pm.project_members (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."project_members"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [335/514] add policy tenant_isolation on pm.projects (schemas/pm.yaml:71:9)
CREATE POLICY "tenant_isolation" ON "pm"."projects"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [336/514] add policy project_member_read on pm.projects (schemas/pm.yaml:106:9)
CREATE POLICY "project_member_read" ON "pm"."projects"
    AS RESTRICTIVE FOR SELECT
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR id IN (SELECT pm.current_user_project_ids()) OR manager_id = NULLIF(current_setting('app.current_user_id', true), '')::bigint);

-- [337/514] add policy project_member_update on pm.projects (schemas/pm.yaml:111:9)
CREATE POLICY "project_member_update" ON "pm"."projects"
    AS RESTRICTIVE FOR UPDATE
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR id IN (SELECT pm.current_user_project_ids()) OR manager_id = NULLIF(current_setting('app.current_user_id', true), '')::bigint)
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR id IN (SELECT pm.current_user_project_ids()) OR manager_id = NULLIF(current_setting('app.current_user_id', true), '')::bigint);

-- [338/514] add policy project_member_delete on pm.projects (schemas/pm.yaml:117:9)
CREATE POLICY "project_member_delete" ON "pm"."projects"
    AS RESTRICTIVE FOR DELETE
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR id IN (SELECT pm.current_user_project_ids()) OR manager_id = NULLIF(current_setting('app.current_user_id', true), '')::bigint);

-- [339/514] add policy tenant_isolation on pm.tasks (schemas/pm.yaml:338:9)
CREATE POLICY "tenant_isolation" ON "pm"."tasks"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [340/514] add policy project_membership on pm.tasks (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."tasks"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [341/514] add policy tenant_isolation on pm.test_case_relations (schemas/pm.yaml:472:25)
CREATE POLICY "tenant_isolation" ON "pm"."test_case_relations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [342/514] add policy project_membership on pm.test_case_relations (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."test_case_relations"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [343/514] add policy tenant_isolation on pm.test_cases (schemas/pm.yaml:387:9)
CREATE POLICY "tenant_isolation" ON "pm"."test_cases"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [344/514] add policy project_membership on pm.test_cases (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."test_cases"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [345/514] add policy tenant_isolation on pm.test_executions (schemas/pm.yaml:433:14)
CREATE POLICY "tenant_isolation" ON "pm"."test_executions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::bigint);

-- [346/514] add policy project_membership on pm.test_executions (schemas/pm.yaml:58:9)
CREATE POLICY "project_membership" ON "pm"."test_executions"
    AS RESTRICTIVE FOR ALL
    TO "application_user", "readonly_user"
    USING (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()))
    WITH CHECK (NULLIF(current_setting('app.current_user_id', true), '') IS NULL OR project_id IN (SELECT pm.current_user_project_ids()));

-- [347/514] add grant EXECUTE on function iam.current_user_id() to application_user
GRANT EXECUTE ON FUNCTION "iam"."current_user_id"() TO "application_user";

-- [348/514] add grant EXECUTE on function iam.has_permission(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) to application_user
GRANT EXECUTE ON FUNCTION "iam"."has_permission"(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) TO "application_user";

-- [349/514] add grant EXECUTE on function ops.get_project_stats() to application_user
GRANT EXECUTE ON FUNCTION "ops"."get_project_stats"() TO "application_user";

-- [350/514] add grant EXECUTE on function ops.get_user_dashboard_stats() to application_user
GRANT EXECUTE ON FUNCTION "ops"."get_user_dashboard_stats"() TO "application_user";

-- [351/514] add grant EXECUTE on function pm.current_user_project_ids() to application_user
GRANT EXECUTE ON FUNCTION "pm"."current_user_project_ids"() TO "application_user";

-- [352/514] add grant USAGE on schema iam to application_user
GRANT USAGE ON SCHEMA "iam" TO "application_user";

-- [353/514] add grant USAGE on schema ops to application_user
GRANT USAGE ON SCHEMA "ops" TO "application_user";

-- [354/514] add grant USAGE on schema pm to application_user
GRANT USAGE ON SCHEMA "pm" TO "application_user";

-- [355/514] add grant DELETE,INSERT,SELECT,UPDATE on table iam.organizations to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."organizations" TO "application_user";

-- [356/514] add grant SELECT on table iam.permissions to application_user
GRANT SELECT ON TABLE "iam"."permissions" TO "application_user";

-- [357/514] add grant DELETE,INSERT,SELECT,UPDATE on table iam.role_permissions to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."role_permissions" TO "application_user";

-- [358/514] add grant DELETE,INSERT,SELECT,UPDATE on table iam.roles to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."roles" TO "application_user";

-- [359/514] add grant DELETE,INSERT,SELECT,UPDATE on table iam.user_sessions to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."user_sessions" TO "application_user";

-- [360/514] add grant DELETE,INSERT,SELECT,UPDATE on table iam.users to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."users" TO "application_user";

-- [361/514] add grant INSERT,SELECT on table ops.activity_logs to application_user
GRANT INSERT, SELECT ON TABLE "ops"."activity_logs" TO "application_user";

-- [362/514] add grant DELETE,INSERT,SELECT,UPDATE on table ops.notifications to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ops"."notifications" TO "application_user";

-- [363/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.change_request_approvals to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."change_request_approvals" TO "application_user";

-- [364/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.change_request_impacts to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."change_request_impacts" TO "application_user";

-- [365/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.change_requests to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."change_requests" TO "application_user";

-- [366/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.comments to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."comments" TO "application_user";

-- [367/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.document_relations to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."document_relations" TO "application_user";

-- [368/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.document_versions to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."document_versions" TO "application_user";

-- [369/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.documents to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."documents" TO "application_user";

-- [370/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.project_members to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."project_members" TO "application_user";

-- [371/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.projects to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."projects" TO "application_user";

-- [372/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.tasks to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."tasks" TO "application_user";

-- [373/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.test_case_relations to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."test_case_relations" TO "application_user";

-- [374/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.test_cases to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."test_cases" TO "application_user";

-- [375/514] add grant DELETE,INSERT,SELECT,UPDATE on table pm.test_executions to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."test_executions" TO "application_user";

-- [376/514] add grant USAGE on type iam.permission_action to application_user
GRANT USAGE ON TYPE "iam"."permission_action" TO "application_user";

-- [377/514] add grant USAGE on type iam.permission_resource to application_user
GRANT USAGE ON TYPE "iam"."permission_resource" TO "application_user";

-- [378/514] add grant USAGE on type iam.permission_scope to application_user
GRANT USAGE ON TYPE "iam"."permission_scope" TO "application_user";

-- [379/514] add grant USAGE on type iam.subscription_plan to application_user
GRANT USAGE ON TYPE "iam"."subscription_plan" TO "application_user";

-- [380/514] add grant USAGE on type iam.subscription_status to application_user
GRANT USAGE ON TYPE "iam"."subscription_status" TO "application_user";

-- [381/514] add grant USAGE on type iam.user_status to application_user
GRANT USAGE ON TYPE "iam"."user_status" TO "application_user";

-- [382/514] add grant USAGE on type ops.activity_action to application_user
GRANT USAGE ON TYPE "ops"."activity_action" TO "application_user";

-- [383/514] add grant USAGE on type ops.delivery_status to application_user
GRANT USAGE ON TYPE "ops"."delivery_status" TO "application_user";

-- [384/514] add grant USAGE on type ops.notification_channel to application_user
GRANT USAGE ON TYPE "ops"."notification_channel" TO "application_user";

-- [385/514] add grant USAGE on type pm.approval_decision to application_user
GRANT USAGE ON TYPE "pm"."approval_decision" TO "application_user";

-- [386/514] add grant USAGE on type pm.automation_status to application_user
GRANT USAGE ON TYPE "pm"."automation_status" TO "application_user";

-- [387/514] add grant USAGE on type pm.change_request_status to application_user
GRANT USAGE ON TYPE "pm"."change_request_status" TO "application_user";

-- [388/514] add grant USAGE on type pm.change_type to application_user
GRANT USAGE ON TYPE "pm"."change_type" TO "application_user";

-- [389/514] add grant USAGE on type pm.comment_entity to application_user
GRANT USAGE ON TYPE "pm"."comment_entity" TO "application_user";

-- [390/514] add grant USAGE on type pm.document_relation_type to application_user
GRANT USAGE ON TYPE "pm"."document_relation_type" TO "application_user";

-- [391/514] add grant USAGE on type pm.document_status to application_user
GRANT USAGE ON TYPE "pm"."document_status" TO "application_user";

-- [392/514] add grant USAGE on type pm.document_type to application_user
GRANT USAGE ON TYPE "pm"."document_type" TO "application_user";

-- [393/514] add grant USAGE on type pm.execution_result to application_user
GRANT USAGE ON TYPE "pm"."execution_result" TO "application_user";

-- [394/514] add grant USAGE on type pm.impact_area to application_user
GRANT USAGE ON TYPE "pm"."impact_area" TO "application_user";

-- [395/514] add grant USAGE on type pm.priority_level to application_user
GRANT USAGE ON TYPE "pm"."priority_level" TO "application_user";

-- [396/514] add grant USAGE on type pm.project_status to application_user
GRANT USAGE ON TYPE "pm"."project_status" TO "application_user";

-- [397/514] add grant USAGE on type pm.storage_provider to application_user
GRANT USAGE ON TYPE "pm"."storage_provider" TO "application_user";

-- [398/514] add grant USAGE on type pm.task_status to application_user
GRANT USAGE ON TYPE "pm"."task_status" TO "application_user";

-- [399/514] add grant USAGE on type pm.task_type to application_user
GRANT USAGE ON TYPE "pm"."task_type" TO "application_user";

-- [400/514] add grant USAGE on type pm.test_case_status to application_user
GRANT USAGE ON TYPE "pm"."test_case_status" TO "application_user";

-- [401/514] add grant USAGE on type pm.test_relation_type to application_user
GRANT USAGE ON TYPE "pm"."test_relation_type" TO "application_user";

-- [402/514] add grant USAGE on type pm.test_type to application_user
GRANT USAGE ON TYPE "pm"."test_type" TO "application_user";

-- [403/514] add grant EXECUTE on function iam.current_user_id() to readonly_user
GRANT EXECUTE ON FUNCTION "iam"."current_user_id"() TO "readonly_user";

-- [404/514] add grant EXECUTE on function iam.has_permission(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) to readonly_user
GRANT EXECUTE ON FUNCTION "iam"."has_permission"(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) TO "readonly_user";

-- [405/514] add grant EXECUTE on function ops.get_project_stats() to readonly_user
GRANT EXECUTE ON FUNCTION "ops"."get_project_stats"() TO "readonly_user";

-- [406/514] add grant EXECUTE on function ops.get_user_dashboard_stats() to readonly_user
GRANT EXECUTE ON FUNCTION "ops"."get_user_dashboard_stats"() TO "readonly_user";

-- [407/514] add grant EXECUTE on function pm.current_user_project_ids() to readonly_user
GRANT EXECUTE ON FUNCTION "pm"."current_user_project_ids"() TO "readonly_user";

-- [408/514] add grant USAGE on schema iam to readonly_user
GRANT USAGE ON SCHEMA "iam" TO "readonly_user";

-- [409/514] add grant USAGE on schema ops to readonly_user
GRANT USAGE ON SCHEMA "ops" TO "readonly_user";

-- [410/514] add grant USAGE on schema pm to readonly_user
GRANT USAGE ON SCHEMA "pm" TO "readonly_user";

-- [411/514] add grant SELECT on table iam.organizations to readonly_user
GRANT SELECT ON TABLE "iam"."organizations" TO "readonly_user";

-- [412/514] add grant SELECT on table iam.permissions to readonly_user
GRANT SELECT ON TABLE "iam"."permissions" TO "readonly_user";

-- [413/514] add grant SELECT on table iam.role_permissions to readonly_user
GRANT SELECT ON TABLE "iam"."role_permissions" TO "readonly_user";

-- [414/514] add grant SELECT on table iam.roles to readonly_user
GRANT SELECT ON TABLE "iam"."roles" TO "readonly_user";

-- [415/514] add grant SELECT on table iam.users to readonly_user
GRANT SELECT ON TABLE "iam"."users" TO "readonly_user";

-- [416/514] add grant SELECT on table ops.activity_logs to readonly_user
GRANT SELECT ON TABLE "ops"."activity_logs" TO "readonly_user";

-- [417/514] add grant SELECT on table ops.notifications to readonly_user
GRANT SELECT ON TABLE "ops"."notifications" TO "readonly_user";

-- [418/514] add grant SELECT on table pm.change_request_approvals to readonly_user
GRANT SELECT ON TABLE "pm"."change_request_approvals" TO "readonly_user";

-- [419/514] add grant SELECT on table pm.change_request_impacts to readonly_user
GRANT SELECT ON TABLE "pm"."change_request_impacts" TO "readonly_user";

-- [420/514] add grant SELECT on table pm.change_requests to readonly_user
GRANT SELECT ON TABLE "pm"."change_requests" TO "readonly_user";

-- [421/514] add grant SELECT on table pm.comments to readonly_user
GRANT SELECT ON TABLE "pm"."comments" TO "readonly_user";

-- [422/514] add grant SELECT on table pm.document_relations to readonly_user
GRANT SELECT ON TABLE "pm"."document_relations" TO "readonly_user";

-- [423/514] add grant SELECT on table pm.document_versions to readonly_user
GRANT SELECT ON TABLE "pm"."document_versions" TO "readonly_user";

-- [424/514] add grant SELECT on table pm.documents to readonly_user
GRANT SELECT ON TABLE "pm"."documents" TO "readonly_user";

-- [425/514] add grant SELECT on table pm.project_members to readonly_user
GRANT SELECT ON TABLE "pm"."project_members" TO "readonly_user";

-- [426/514] add grant SELECT on table pm.projects to readonly_user
GRANT SELECT ON TABLE "pm"."projects" TO "readonly_user";

-- [427/514] add grant SELECT on table pm.tasks to readonly_user
GRANT SELECT ON TABLE "pm"."tasks" TO "readonly_user";

-- [428/514] add grant SELECT on table pm.test_case_relations to readonly_user
GRANT SELECT ON TABLE "pm"."test_case_relations" TO "readonly_user";

-- [429/514] add grant SELECT on table pm.test_cases to readonly_user
GRANT SELECT ON TABLE "pm"."test_cases" TO "readonly_user";

-- [430/514] add grant SELECT on table pm.test_executions to readonly_user
GRANT SELECT ON TABLE "pm"."test_executions" TO "readonly_user";

-- [431/514] add grant USAGE on type iam.permission_action to readonly_user
GRANT USAGE ON TYPE "iam"."permission_action" TO "readonly_user";

-- [432/514] add grant USAGE on type iam.permission_resource to readonly_user
GRANT USAGE ON TYPE "iam"."permission_resource" TO "readonly_user";

-- [433/514] add grant USAGE on type iam.permission_scope to readonly_user
GRANT USAGE ON TYPE "iam"."permission_scope" TO "readonly_user";

-- [434/514] add grant USAGE on type iam.subscription_plan to readonly_user
GRANT USAGE ON TYPE "iam"."subscription_plan" TO "readonly_user";

-- [435/514] add grant USAGE on type iam.subscription_status to readonly_user
GRANT USAGE ON TYPE "iam"."subscription_status" TO "readonly_user";

-- [436/514] add grant USAGE on type iam.user_status to readonly_user
GRANT USAGE ON TYPE "iam"."user_status" TO "readonly_user";

-- [437/514] add grant USAGE on type ops.activity_action to readonly_user
GRANT USAGE ON TYPE "ops"."activity_action" TO "readonly_user";

-- [438/514] add grant USAGE on type ops.delivery_status to readonly_user
GRANT USAGE ON TYPE "ops"."delivery_status" TO "readonly_user";

-- [439/514] add grant USAGE on type ops.notification_channel to readonly_user
GRANT USAGE ON TYPE "ops"."notification_channel" TO "readonly_user";

-- [440/514] add grant USAGE on type pm.approval_decision to readonly_user
GRANT USAGE ON TYPE "pm"."approval_decision" TO "readonly_user";

-- [441/514] add grant USAGE on type pm.automation_status to readonly_user
GRANT USAGE ON TYPE "pm"."automation_status" TO "readonly_user";

-- [442/514] add grant USAGE on type pm.change_request_status to readonly_user
GRANT USAGE ON TYPE "pm"."change_request_status" TO "readonly_user";

-- [443/514] add grant USAGE on type pm.change_type to readonly_user
GRANT USAGE ON TYPE "pm"."change_type" TO "readonly_user";

-- [444/514] add grant USAGE on type pm.comment_entity to readonly_user
GRANT USAGE ON TYPE "pm"."comment_entity" TO "readonly_user";

-- [445/514] add grant USAGE on type pm.document_relation_type to readonly_user
GRANT USAGE ON TYPE "pm"."document_relation_type" TO "readonly_user";

-- [446/514] add grant USAGE on type pm.document_status to readonly_user
GRANT USAGE ON TYPE "pm"."document_status" TO "readonly_user";

-- [447/514] add grant USAGE on type pm.document_type to readonly_user
GRANT USAGE ON TYPE "pm"."document_type" TO "readonly_user";

-- [448/514] add grant USAGE on type pm.execution_result to readonly_user
GRANT USAGE ON TYPE "pm"."execution_result" TO "readonly_user";

-- [449/514] add grant USAGE on type pm.impact_area to readonly_user
GRANT USAGE ON TYPE "pm"."impact_area" TO "readonly_user";

-- [450/514] add grant USAGE on type pm.priority_level to readonly_user
GRANT USAGE ON TYPE "pm"."priority_level" TO "readonly_user";

-- [451/514] add grant USAGE on type pm.project_status to readonly_user
GRANT USAGE ON TYPE "pm"."project_status" TO "readonly_user";

-- [452/514] add grant USAGE on type pm.storage_provider to readonly_user
GRANT USAGE ON TYPE "pm"."storage_provider" TO "readonly_user";

-- [453/514] add grant USAGE on type pm.task_status to readonly_user
GRANT USAGE ON TYPE "pm"."task_status" TO "readonly_user";

-- [454/514] add grant USAGE on type pm.task_type to readonly_user
GRANT USAGE ON TYPE "pm"."task_type" TO "readonly_user";

-- [455/514] add grant USAGE on type pm.test_case_status to readonly_user
GRANT USAGE ON TYPE "pm"."test_case_status" TO "readonly_user";

-- [456/514] add grant USAGE on type pm.test_relation_type to readonly_user
GRANT USAGE ON TYPE "pm"."test_relation_type" TO "readonly_user";

-- [457/514] add grant USAGE on type pm.test_type to readonly_user
GRANT USAGE ON TYPE "pm"."test_type" TO "readonly_user";

-- [458/514] add grant EXECUTE on function ops.maintain_database() to super_admin
GRANT EXECUTE ON FUNCTION "ops"."maintain_database"() TO "super_admin";

-- [459/514] add grant USAGE on schema iam to super_admin
GRANT USAGE ON SCHEMA "iam" TO "super_admin";

-- [460/514] add grant USAGE on schema ops to super_admin
GRANT USAGE ON SCHEMA "ops" TO "super_admin";

-- [461/514] add grant USAGE on schema pm to super_admin
GRANT USAGE ON SCHEMA "pm" TO "super_admin";

-- [462/514] add grant ALL on table iam.organizations to super_admin
GRANT ALL ON TABLE "iam"."organizations" TO "super_admin";

-- [463/514] add grant ALL on table iam.permissions to super_admin
GRANT ALL ON TABLE "iam"."permissions" TO "super_admin";

-- [464/514] add grant ALL on table iam.role_permissions to super_admin
GRANT ALL ON TABLE "iam"."role_permissions" TO "super_admin";

-- [465/514] add grant ALL on table iam.roles to super_admin
GRANT ALL ON TABLE "iam"."roles" TO "super_admin";

-- [466/514] add grant ALL on table iam.user_sessions to super_admin
GRANT ALL ON TABLE "iam"."user_sessions" TO "super_admin";

-- [467/514] add grant ALL on table iam.users to super_admin
GRANT ALL ON TABLE "iam"."users" TO "super_admin";

-- [468/514] add grant ALL on table ops.activity_logs to super_admin
GRANT ALL ON TABLE "ops"."activity_logs" TO "super_admin";

-- [469/514] add grant ALL on table ops.notifications to super_admin
GRANT ALL ON TABLE "ops"."notifications" TO "super_admin";

-- [470/514] add grant ALL on table ops.project_stats to super_admin
GRANT ALL ON TABLE "ops"."project_stats" TO "super_admin";

-- [471/514] add grant ALL on table ops.user_dashboard_stats to super_admin
GRANT ALL ON TABLE "ops"."user_dashboard_stats" TO "super_admin";

-- [472/514] add grant ALL on table pm.change_request_approvals to super_admin
GRANT ALL ON TABLE "pm"."change_request_approvals" TO "super_admin";

-- [473/514] add grant ALL on table pm.change_request_impacts to super_admin
GRANT ALL ON TABLE "pm"."change_request_impacts" TO "super_admin";

-- [474/514] add grant ALL on table pm.change_requests to super_admin
GRANT ALL ON TABLE "pm"."change_requests" TO "super_admin";

-- [475/514] add grant ALL on table pm.comments to super_admin
GRANT ALL ON TABLE "pm"."comments" TO "super_admin";

-- [476/514] add grant ALL on table pm.document_relations to super_admin
GRANT ALL ON TABLE "pm"."document_relations" TO "super_admin";

-- [477/514] add grant ALL on table pm.document_versions to super_admin
GRANT ALL ON TABLE "pm"."document_versions" TO "super_admin";

-- [478/514] add grant ALL on table pm.documents to super_admin
GRANT ALL ON TABLE "pm"."documents" TO "super_admin";

-- [479/514] add grant ALL on table pm.project_members to super_admin
GRANT ALL ON TABLE "pm"."project_members" TO "super_admin";

-- [480/514] add grant ALL on table pm.projects to super_admin
GRANT ALL ON TABLE "pm"."projects" TO "super_admin";

-- [481/514] add grant ALL on table pm.tasks to super_admin
GRANT ALL ON TABLE "pm"."tasks" TO "super_admin";

-- [482/514] add grant ALL on table pm.test_case_relations to super_admin
GRANT ALL ON TABLE "pm"."test_case_relations" TO "super_admin";

-- [483/514] add grant ALL on table pm.test_cases to super_admin
GRANT ALL ON TABLE "pm"."test_cases" TO "super_admin";

-- [484/514] add grant ALL on table pm.test_executions to super_admin
GRANT ALL ON TABLE "pm"."test_executions" TO "super_admin";

-- [485/514] add grant USAGE on type iam.permission_action to super_admin
GRANT USAGE ON TYPE "iam"."permission_action" TO "super_admin";

-- [486/514] add grant USAGE on type iam.permission_resource to super_admin
GRANT USAGE ON TYPE "iam"."permission_resource" TO "super_admin";

-- [487/514] add grant USAGE on type iam.permission_scope to super_admin
GRANT USAGE ON TYPE "iam"."permission_scope" TO "super_admin";

-- [488/514] add grant USAGE on type iam.subscription_plan to super_admin
GRANT USAGE ON TYPE "iam"."subscription_plan" TO "super_admin";

-- [489/514] add grant USAGE on type iam.subscription_status to super_admin
GRANT USAGE ON TYPE "iam"."subscription_status" TO "super_admin";

-- [490/514] add grant USAGE on type iam.user_status to super_admin
GRANT USAGE ON TYPE "iam"."user_status" TO "super_admin";

-- [491/514] add grant USAGE on type ops.activity_action to super_admin
GRANT USAGE ON TYPE "ops"."activity_action" TO "super_admin";

-- [492/514] add grant USAGE on type ops.delivery_status to super_admin
GRANT USAGE ON TYPE "ops"."delivery_status" TO "super_admin";

-- [493/514] add grant USAGE on type ops.notification_channel to super_admin
GRANT USAGE ON TYPE "ops"."notification_channel" TO "super_admin";

-- [494/514] add grant USAGE on type pm.approval_decision to super_admin
GRANT USAGE ON TYPE "pm"."approval_decision" TO "super_admin";

-- [495/514] add grant USAGE on type pm.automation_status to super_admin
GRANT USAGE ON TYPE "pm"."automation_status" TO "super_admin";

-- [496/514] add grant USAGE on type pm.change_request_status to super_admin
GRANT USAGE ON TYPE "pm"."change_request_status" TO "super_admin";

-- [497/514] add grant USAGE on type pm.change_type to super_admin
GRANT USAGE ON TYPE "pm"."change_type" TO "super_admin";

-- [498/514] add grant USAGE on type pm.comment_entity to super_admin
GRANT USAGE ON TYPE "pm"."comment_entity" TO "super_admin";

-- [499/514] add grant USAGE on type pm.document_relation_type to super_admin
GRANT USAGE ON TYPE "pm"."document_relation_type" TO "super_admin";

-- [500/514] add grant USAGE on type pm.document_status to super_admin
GRANT USAGE ON TYPE "pm"."document_status" TO "super_admin";

-- [501/514] add grant USAGE on type pm.document_type to super_admin
GRANT USAGE ON TYPE "pm"."document_type" TO "super_admin";

-- [502/514] add grant USAGE on type pm.execution_result to super_admin
GRANT USAGE ON TYPE "pm"."execution_result" TO "super_admin";

-- [503/514] add grant USAGE on type pm.impact_area to super_admin
GRANT USAGE ON TYPE "pm"."impact_area" TO "super_admin";

-- [504/514] add grant USAGE on type pm.priority_level to super_admin
GRANT USAGE ON TYPE "pm"."priority_level" TO "super_admin";

-- [505/514] add grant USAGE on type pm.project_status to super_admin
GRANT USAGE ON TYPE "pm"."project_status" TO "super_admin";

-- [506/514] add grant USAGE on type pm.storage_provider to super_admin
GRANT USAGE ON TYPE "pm"."storage_provider" TO "super_admin";

-- [507/514] add grant USAGE on type pm.task_status to super_admin
GRANT USAGE ON TYPE "pm"."task_status" TO "super_admin";

-- [508/514] add grant USAGE on type pm.task_type to super_admin
GRANT USAGE ON TYPE "pm"."task_type" TO "super_admin";

-- [509/514] add grant USAGE on type pm.test_case_status to super_admin
GRANT USAGE ON TYPE "pm"."test_case_status" TO "super_admin";

-- [510/514] add grant USAGE on type pm.test_relation_type to super_admin
GRANT USAGE ON TYPE "pm"."test_relation_type" TO "super_admin";

-- [511/514] add grant USAGE on type pm.test_type to super_admin
GRANT USAGE ON TYPE "pm"."test_type" TO "super_admin";

-- [512/514] add default privilege SELECT on new tables in iam to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "iam"
    GRANT SELECT ON TABLES TO "readonly_user";

-- [513/514] add default privilege SELECT on new tables in ops to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "ops"
    GRANT SELECT ON TABLES TO "readonly_user";

-- [514/514] add default privilege SELECT on new tables in pm to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "pm"
    GRANT SELECT ON TABLES TO "readonly_user";
