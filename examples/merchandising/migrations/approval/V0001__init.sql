-- provision migration V0001 (up) for database approval: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/76] add role merch_approval_svc (schemas/approval.yaml:10:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_approval_svc";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_approval_svc'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 50
    ) THEN
        ALTER ROLE "merch_approval_svc" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 50;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_approval_svc" IS 'The approval service''s connection role; subject to row-level security.';

-- [2/76] add role merch_ops (schemas/common.yaml:13:3)
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

-- [3/76] add role merch_readonly (schemas/common.yaml:8:3)
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

-- [4/76] add schema approval (schemas/approval.yaml:6:9)
CREATE SCHEMA "approval";
COMMENT ON SCHEMA "approval" IS 'Approval service (seed 000 section 7): workflow definitions, requests from the other services (leave, overtime, reports, ...), the individual approval steps and delegations of approval rights.';

-- [5/76] add enum approval.request_status (schemas/approval.yaml:18:3)
CREATE TYPE "approval"."request_status" AS ENUM ('pending', 'in_review', 'approved', 'rejected', 'cancelled', 'expired');

-- [6/76] add enum approval.request_type (schemas/approval.yaml:17:3)
CREATE TYPE "approval"."request_type" AS ENUM ('leave', 'overtime', 'attendance_correction', 'expense', 'report', 'todo', 'asset_purchase', 'schedule_change', 'custom');

-- [7/76] add enum approval.source_service (schemas/approval.yaml:20:3)
CREATE TYPE "approval"."source_service" AS ENUM ('attendance', 'todo', 'workplace', 'report', 'user', 'chat');
COMMENT ON TYPE "approval"."source_service" IS 'The service that raised an approval request.';

-- [8/76] add enum approval.step_status (schemas/approval.yaml:19:3)
CREATE TYPE "approval"."step_status" AS ENUM ('waiting', 'pending', 'approved', 'rejected', 'skipped', 'delegated');

-- [9/76] add function approval.audit_row() (schemas/approval.yaml:26:63)
CREATE FUNCTION "approval"."audit_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "approval", pg_catalog, pg_temp
AS $body$
BEGIN
  INSERT INTO "approval".audit_log (table_name, operation, old_row, new_row)
  VALUES (TG_TABLE_NAME, TG_OP,
          CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  RETURN NULL;
END;
$body$;

-- [10/76] add function approval.set_updated_at() (schemas/approval.yaml:26:38)
CREATE FUNCTION "approval"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [11/76] add table approval.approval_delegations (schemas/approval.yaml:111:3)
CREATE TABLE "approval"."approval_delegations" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "delegator_id" uuid NOT NULL,
    "delegate_id" uuid NOT NULL,
    "workflow_id" uuid,
    "starts_at" timestamp with time zone NOT NULL,
    "ends_at" timestamp with time zone NOT NULL,
    "reason" text,
    "revoked_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "approval_delegations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "approval_delegations_not_to_self_check" CHECK (delegate_id <> delegator_id),
    CONSTRAINT "approval_delegations_ends_after_start_check" CHECK (ends_at > starts_at)
);
COMMENT ON TABLE "approval"."approval_delegations" IS 'While away, a person lets another approve in their name (for one workflow or all).';
COMMENT ON COLUMN "approval"."approval_delegations"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "approval"."approval_delegations"."delegator_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "approval"."approval_delegations"."delegate_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "approval"."approval_delegations"."workflow_id" IS 'NULL delegates every workflow.';

-- [12/76] add table approval.approval_requests (schemas/approval.yaml:50:3)
CREATE TABLE "approval"."approval_requests" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workflow_id" uuid NOT NULL,
    "workflow_version" integer NOT NULL,
    "request_type" "approval"."request_type" NOT NULL,
    "source_service" "approval"."source_service" NOT NULL,
    "source_entity_id" uuid NOT NULL,
    "requester_id" uuid NOT NULL,
    "title" text NOT NULL,
    "payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "status" "approval"."request_status" DEFAULT 'pending' NOT NULL,
    "current_step" smallint DEFAULT 1 NOT NULL,
    "submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
    "due_at" timestamp with time zone,
    "decided_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "approval_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "approval_requests_organization_id_source_service_sourc_055f96e5" UNIQUE ("organization_id", "source_service", "source_entity_id"),
    CONSTRAINT "approval_requests_current_step_check" CHECK (current_step >= 1),
    CONSTRAINT "approval_requests_decided_has_time_check" CHECK (status NOT IN ('approved', 'rejected') OR decided_at IS NOT NULL)
);
COMMENT ON TABLE "approval"."approval_requests" IS 'One thing to approve, raised by another service (source_service + source_entity_id).';
COMMENT ON COLUMN "approval"."approval_requests"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "approval"."approval_requests"."source_entity_id" IS 'The row in the source service, e.g. attendance.leave_requests.id.';
COMMENT ON COLUMN "approval"."approval_requests"."requester_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "approval"."approval_requests"."payload" IS 'Snapshot of what is approved.';

-- [13/76] add table approval.approval_steps (schemas/approval.yaml:82:3)
CREATE TABLE "approval"."approval_steps" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "request_id" uuid NOT NULL,
    "step_no" smallint NOT NULL,
    "approver_id" uuid NOT NULL,
    "delegation_id" uuid,
    "acting_for_id" uuid,
    "status" "approval"."step_status" DEFAULT 'waiting' NOT NULL,
    "due_at" timestamp with time zone,
    "decided_at" timestamp with time zone,
    "comment" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "approval_steps_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "approval_steps_request_id_step_no_approver_id_key" UNIQUE ("request_id", "step_no", "approver_id"),
    CONSTRAINT "approval_steps_step_no_check" CHECK (step_no >= 1),
    CONSTRAINT "approval_steps_decided_has_time_check" CHECK (status NOT IN ('approved', 'rejected') OR decided_at IS NOT NULL),
    CONSTRAINT "approval_steps_delegate_named_check" CHECK (delegation_id IS NULL OR acting_for_id IS NOT NULL)
);
COMMENT ON TABLE "approval"."approval_steps" IS 'One approver''s decision on one step of a request.';
COMMENT ON COLUMN "approval"."approval_steps"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "approval"."approval_steps"."approver_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "approval"."approval_steps"."acting_for_id" IS 'The original approver when a delegate decides. [external reference: user.users.user_profiles]';

-- [14/76] add table approval.approval_workflows (schemas/approval.yaml:25:3)
CREATE TABLE "approval"."approval_workflows" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "code" text NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "request_type" "approval"."request_type" NOT NULL,
    "version" integer DEFAULT 1 NOT NULL,
    "steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "auto_approve_after" interval,
    "escalate_after" interval,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "approval_workflows_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "approval_workflows_code_check" CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    CONSTRAINT "approval_workflows_version_check" CHECK (version >= 1),
    CONSTRAINT "approval_workflows_steps_is_array_check" CHECK (jsonb_typeof(steps) = 'array')
);
COMMENT ON TABLE "approval"."approval_workflows" IS 'How a kind of request is approved, step by step (`steps`), in versions.';
COMMENT ON COLUMN "approval"."approval_workflows"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "approval"."approval_workflows"."steps" IS 'Ordered steps, e.g. [{"approver": "role:supervisor"}, {"approver": "manager_of_requester"}].';
COMMENT ON COLUMN "approval"."approval_workflows"."auto_approve_after" IS 'A pending step approves itself after this long.';

-- [15/76] add table approval.audit_log (schemas/approval.yaml:26:63)
CREATE TABLE "approval"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "table_name" text NOT NULL,
    "operation" text NOT NULL,
    "old_row" jsonb,
    "new_row" jsonb,
    "changed_by" text DEFAULT current_user NOT NULL,
    "changed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "approval"."audit_log" IS 'Row changes of audited tables, written by audit_row().';

-- [16/76] add index approval_delegations_organization_id_idx on approval.approval_delegations (schemas/approval.yaml:112:23)
CREATE INDEX "approval_delegations_organization_id_idx"
    ON "approval"."approval_delegations" USING BTREE ("organization_id");

-- [17/76] add index approval_delegations_live_idx on approval.approval_delegations (schemas/approval.yaml:130:16)
CREATE INDEX "approval_delegations_live_idx"
    ON "approval"."approval_delegations" USING BTREE ("delegator_id", "starts_at", "ends_at") WHERE revoked_at IS NULL;

-- [18/76] add index approval_delegations_delegate_id_idx on approval.approval_delegations (schemas/approval.yaml:133:9)
CREATE INDEX "approval_delegations_delegate_id_idx"
    ON "approval"."approval_delegations" USING BTREE ("delegate_id");

-- [19/76] add index approval_requests_organization_id_idx on approval.approval_requests (schemas/approval.yaml:51:23)
CREATE INDEX "approval_requests_organization_id_idx"
    ON "approval"."approval_requests" USING BTREE ("organization_id");

-- [20/76] add index approval_requests_requester_id_submitted_at_idx on approval.approval_requests (schemas/approval.yaml:75:16)
CREATE INDEX "approval_requests_requester_id_submitted_at_idx"
    ON "approval"."approval_requests" USING BTREE ("requester_id", "submitted_at" DESC);

-- [21/76] add index approval_requests_open_idx on approval.approval_requests (schemas/approval.yaml:76:16)
CREATE INDEX "approval_requests_open_idx"
    ON "approval"."approval_requests" USING BTREE ("organization_id", "due_at") WHERE status IN ('pending', 'in_review');

-- [22/76] add index approval_requests_payload_idx on approval.approval_requests (schemas/approval.yaml:79:16)
CREATE INDEX "approval_requests_payload_idx"
    ON "approval"."approval_requests" USING GIN ("payload");

-- [23/76] add index approval_steps_organization_id_idx on approval.approval_steps (schemas/approval.yaml:83:23)
CREATE INDEX "approval_steps_organization_id_idx"
    ON "approval"."approval_steps" USING BTREE ("organization_id");

-- [24/76] add index approval_steps_inbox_idx on approval.approval_steps (schemas/approval.yaml:107:16)
CREATE INDEX "approval_steps_inbox_idx"
    ON "approval"."approval_steps" USING BTREE ("approver_id", "due_at") WHERE status = 'pending';

-- [25/76] add index approval_workflows_organization_id_idx on approval.approval_workflows (schemas/approval.yaml:26:23)
CREATE INDEX "approval_workflows_organization_id_idx"
    ON "approval"."approval_workflows" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [26/76] add index approval_workflows_organization_id_code_version_key on approval.approval_workflows (schemas/approval.yaml:44:16)
CREATE UNIQUE INDEX "approval_workflows_organization_id_code_version_key"
    ON "approval"."approval_workflows" USING BTREE ("organization_id", "code", "version") WHERE deleted_at IS NULL;

-- [27/76] add index approval_workflows_active_idx on approval.approval_workflows (schemas/approval.yaml:46:16)
CREATE INDEX "approval_workflows_active_idx"
    ON "approval"."approval_workflows" USING BTREE ("organization_id", "request_type") WHERE is_active;

-- [28/76] add index audit_log_table_name_changed_at_idx on approval.audit_log (schemas/approval.yaml:26:63)
CREATE INDEX "audit_log_table_name_changed_at_idx"
    ON "approval"."audit_log" USING BTREE ("table_name", "changed_at");

-- [29/76] add foreign key approval_delegations_workflow_id_fkey on approval.approval_delegations (schemas/approval.yaml:119:21)
ALTER TABLE "approval"."approval_delegations"
    ADD CONSTRAINT "approval_delegations_workflow_id_fkey" FOREIGN KEY ("workflow_id")
    REFERENCES "approval"."approval_workflows" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [30/76] add foreign key approval_requests_workflow_id_fkey on approval.approval_requests (schemas/approval.yaml:56:21)
ALTER TABLE "approval"."approval_requests"
    ADD CONSTRAINT "approval_requests_workflow_id_fkey" FOREIGN KEY ("workflow_id")
    REFERENCES "approval"."approval_workflows" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [31/76] add foreign key approval_steps_delegation_id_fkey on approval.approval_steps (schemas/approval.yaml:94:21)
ALTER TABLE "approval"."approval_steps"
    ADD CONSTRAINT "approval_steps_delegation_id_fkey" FOREIGN KEY ("delegation_id")
    REFERENCES "approval"."approval_delegations" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [32/76] add foreign key approval_steps_request_id_fkey on approval.approval_steps (schemas/approval.yaml:88:21)
ALTER TABLE "approval"."approval_steps"
    ADD CONSTRAINT "approval_steps_request_id_fkey" FOREIGN KEY ("request_id")
    REFERENCES "approval"."approval_requests" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [33/76] add view approval.pending_approvals (schemas/approval.yaml:136:3)
CREATE VIEW "approval"."pending_approvals" WITH (security_invoker = true) AS
SELECT s.organization_id, s.approver_id, s.acting_for_id, s.id AS step_id, s.step_no, s.due_at,
       r.id AS request_id, r.request_type, r.title, r.requester_id, r.submitted_at
  FROM approval.approval_steps s
  JOIN approval.approval_requests r ON r.id = s.request_id
 WHERE s.status = 'pending'
   AND r.status IN ('pending', 'in_review');
COMMENT ON VIEW "approval"."pending_approvals" IS 'The approval inbox (current organization, through RLS).';

-- [34/76] add trigger set_updated_at on approval.approval_delegations (schemas/approval.yaml:112:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "approval"."approval_delegations"
    FOR EACH ROW
    EXECUTE FUNCTION "approval"."set_updated_at"();

-- [35/76] add trigger audit_row on approval.approval_delegations (schemas/approval.yaml:112:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "approval"."approval_delegations"
    FOR EACH ROW
    EXECUTE FUNCTION "approval"."audit_row"();

-- [36/76] add trigger set_updated_at on approval.approval_requests (schemas/approval.yaml:51:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "approval"."approval_requests"
    FOR EACH ROW
    EXECUTE FUNCTION "approval"."set_updated_at"();

-- [37/76] add trigger audit_row on approval.approval_requests (schemas/approval.yaml:51:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "approval"."approval_requests"
    FOR EACH ROW
    EXECUTE FUNCTION "approval"."audit_row"();

-- [38/76] add trigger set_updated_at on approval.approval_steps (schemas/approval.yaml:83:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "approval"."approval_steps"
    FOR EACH ROW
    EXECUTE FUNCTION "approval"."set_updated_at"();

-- [39/76] add trigger audit_row on approval.approval_steps (schemas/approval.yaml:83:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "approval"."approval_steps"
    FOR EACH ROW
    EXECUTE FUNCTION "approval"."audit_row"();

-- [40/76] add trigger set_updated_at on approval.approval_workflows (schemas/approval.yaml:26:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "approval"."approval_workflows"
    FOR EACH ROW
    EXECUTE FUNCTION "approval"."set_updated_at"();

-- [41/76] add trigger audit_row on approval.approval_workflows (schemas/approval.yaml:26:63)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "approval"."approval_workflows"
    FOR EACH ROW
    EXECUTE FUNCTION "approval"."audit_row"();

-- [42/76] enable rls approval.approval_delegations
ALTER TABLE "approval"."approval_delegations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "approval"."approval_delegations" FORCE ROW LEVEL SECURITY;

-- [43/76] enable rls approval.approval_requests
ALTER TABLE "approval"."approval_requests" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "approval"."approval_requests" FORCE ROW LEVEL SECURITY;

-- [44/76] enable rls approval.approval_steps
ALTER TABLE "approval"."approval_steps" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "approval"."approval_steps" FORCE ROW LEVEL SECURITY;

-- [45/76] enable rls approval.approval_workflows
ALTER TABLE "approval"."approval_workflows" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "approval"."approval_workflows" FORCE ROW LEVEL SECURITY;

-- [46/76] add policy tenant_isolation on approval.approval_delegations (schemas/approval.yaml:112:23)
CREATE POLICY "tenant_isolation" ON "approval"."approval_delegations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [47/76] add policy tenant_isolation on approval.approval_requests (schemas/approval.yaml:51:23)
CREATE POLICY "tenant_isolation" ON "approval"."approval_requests"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [48/76] add policy tenant_isolation on approval.approval_steps (schemas/approval.yaml:83:23)
CREATE POLICY "tenant_isolation" ON "approval"."approval_steps"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [49/76] add policy tenant_isolation on approval.approval_workflows (schemas/approval.yaml:26:23)
CREATE POLICY "tenant_isolation" ON "approval"."approval_workflows"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [50/76] add grant USAGE on schema approval to merch_approval_svc
GRANT USAGE ON SCHEMA "approval" TO "merch_approval_svc";

-- [51/76] add grant DELETE,INSERT,SELECT,UPDATE on table approval.approval_delegations to merch_approval_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."approval_delegations" TO "merch_approval_svc";

-- [52/76] add grant DELETE,INSERT,SELECT,UPDATE on table approval.approval_requests to merch_approval_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."approval_requests" TO "merch_approval_svc";

-- [53/76] add grant DELETE,INSERT,SELECT,UPDATE on table approval.approval_steps to merch_approval_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."approval_steps" TO "merch_approval_svc";

-- [54/76] add grant DELETE,INSERT,SELECT,UPDATE on table approval.approval_workflows to merch_approval_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."approval_workflows" TO "merch_approval_svc";

-- [55/76] add grant DELETE,INSERT,SELECT,UPDATE on table approval.pending_approvals to merch_approval_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."pending_approvals" TO "merch_approval_svc";

-- [56/76] add grant USAGE on type approval.request_status to merch_approval_svc
GRANT USAGE ON TYPE "approval"."request_status" TO "merch_approval_svc";

-- [57/76] add grant USAGE on type approval.request_type to merch_approval_svc
GRANT USAGE ON TYPE "approval"."request_type" TO "merch_approval_svc";

-- [58/76] add grant USAGE on type approval.source_service to merch_approval_svc
GRANT USAGE ON TYPE "approval"."source_service" TO "merch_approval_svc";

-- [59/76] add grant USAGE on type approval.step_status to merch_approval_svc
GRANT USAGE ON TYPE "approval"."step_status" TO "merch_approval_svc";

-- [60/76] add grant USAGE on schema approval to merch_ops
GRANT USAGE ON SCHEMA "approval" TO "merch_ops";

-- [61/76] add grant SELECT on table approval.approval_delegations to merch_ops
GRANT SELECT ON TABLE "approval"."approval_delegations" TO "merch_ops";

-- [62/76] add grant SELECT on table approval.approval_requests to merch_ops
GRANT SELECT ON TABLE "approval"."approval_requests" TO "merch_ops";

-- [63/76] add grant SELECT on table approval.approval_steps to merch_ops
GRANT SELECT ON TABLE "approval"."approval_steps" TO "merch_ops";

-- [64/76] add grant SELECT on table approval.approval_workflows to merch_ops
GRANT SELECT ON TABLE "approval"."approval_workflows" TO "merch_ops";

-- [65/76] add grant SELECT on table approval.audit_log to merch_ops
GRANT SELECT ON TABLE "approval"."audit_log" TO "merch_ops";

-- [66/76] add grant SELECT on table approval.pending_approvals to merch_ops
GRANT SELECT ON TABLE "approval"."pending_approvals" TO "merch_ops";

-- [67/76] add grant USAGE on schema approval to merch_readonly
GRANT USAGE ON SCHEMA "approval" TO "merch_readonly";

-- [68/76] add grant SELECT on table approval.approval_delegations to merch_readonly
GRANT SELECT ON TABLE "approval"."approval_delegations" TO "merch_readonly";

-- [69/76] add grant SELECT on table approval.approval_requests to merch_readonly
GRANT SELECT ON TABLE "approval"."approval_requests" TO "merch_readonly";

-- [70/76] add grant SELECT on table approval.approval_steps to merch_readonly
GRANT SELECT ON TABLE "approval"."approval_steps" TO "merch_readonly";

-- [71/76] add grant SELECT on table approval.approval_workflows to merch_readonly
GRANT SELECT ON TABLE "approval"."approval_workflows" TO "merch_readonly";

-- [72/76] add grant SELECT on table approval.pending_approvals to merch_readonly
GRANT SELECT ON TABLE "approval"."pending_approvals" TO "merch_readonly";

-- [73/76] add grant USAGE on type approval.request_status to merch_readonly
GRANT USAGE ON TYPE "approval"."request_status" TO "merch_readonly";

-- [74/76] add grant USAGE on type approval.request_type to merch_readonly
GRANT USAGE ON TYPE "approval"."request_type" TO "merch_readonly";

-- [75/76] add grant USAGE on type approval.source_service to merch_readonly
GRANT USAGE ON TYPE "approval"."source_service" TO "merch_readonly";

-- [76/76] add grant USAGE on type approval.step_status to merch_readonly
GRANT USAGE ON TYPE "approval"."step_status" TO "merch_readonly";
