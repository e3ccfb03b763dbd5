-- provision migration V0001 (down) for database approval: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/76] revoke grant USAGE on type approval.step_status to merch_readonly
REVOKE USAGE ON TYPE "approval"."step_status" FROM "merch_readonly";

-- [2/76] revoke grant USAGE on type approval.source_service to merch_readonly
REVOKE USAGE ON TYPE "approval"."source_service" FROM "merch_readonly";

-- [3/76] revoke grant USAGE on type approval.request_type to merch_readonly
REVOKE USAGE ON TYPE "approval"."request_type" FROM "merch_readonly";

-- [4/76] revoke grant USAGE on type approval.request_status to merch_readonly
REVOKE USAGE ON TYPE "approval"."request_status" FROM "merch_readonly";

-- [5/76] revoke grant SELECT on table approval.pending_approvals to merch_readonly
REVOKE SELECT ON TABLE "approval"."pending_approvals" FROM "merch_readonly";

-- [6/76] revoke grant SELECT on table approval.approval_workflows to merch_readonly
REVOKE SELECT ON TABLE "approval"."approval_workflows" FROM "merch_readonly";

-- [7/76] revoke grant SELECT on table approval.approval_steps to merch_readonly
REVOKE SELECT ON TABLE "approval"."approval_steps" FROM "merch_readonly";

-- [8/76] revoke grant SELECT on table approval.approval_requests to merch_readonly
REVOKE SELECT ON TABLE "approval"."approval_requests" FROM "merch_readonly";

-- [9/76] revoke grant SELECT on table approval.approval_delegations to merch_readonly
REVOKE SELECT ON TABLE "approval"."approval_delegations" FROM "merch_readonly";

-- [10/76] revoke grant USAGE on schema approval to merch_readonly
REVOKE USAGE ON SCHEMA "approval" FROM "merch_readonly";

-- [11/76] revoke grant SELECT on table approval.pending_approvals to merch_ops
REVOKE SELECT ON TABLE "approval"."pending_approvals" FROM "merch_ops";

-- [12/76] revoke grant SELECT on table approval.audit_log to merch_ops
REVOKE SELECT ON TABLE "approval"."audit_log" FROM "merch_ops";

-- [13/76] revoke grant SELECT on table approval.approval_workflows to merch_ops
REVOKE SELECT ON TABLE "approval"."approval_workflows" FROM "merch_ops";

-- [14/76] revoke grant SELECT on table approval.approval_steps to merch_ops
REVOKE SELECT ON TABLE "approval"."approval_steps" FROM "merch_ops";

-- [15/76] revoke grant SELECT on table approval.approval_requests to merch_ops
REVOKE SELECT ON TABLE "approval"."approval_requests" FROM "merch_ops";

-- [16/76] revoke grant SELECT on table approval.approval_delegations to merch_ops
REVOKE SELECT ON TABLE "approval"."approval_delegations" FROM "merch_ops";

-- [17/76] revoke grant USAGE on schema approval to merch_ops
REVOKE USAGE ON SCHEMA "approval" FROM "merch_ops";

-- [18/76] revoke grant USAGE on type approval.step_status to merch_approval_svc
REVOKE USAGE ON TYPE "approval"."step_status" FROM "merch_approval_svc";

-- [19/76] revoke grant USAGE on type approval.source_service to merch_approval_svc
REVOKE USAGE ON TYPE "approval"."source_service" FROM "merch_approval_svc";

-- [20/76] revoke grant USAGE on type approval.request_type to merch_approval_svc
REVOKE USAGE ON TYPE "approval"."request_type" FROM "merch_approval_svc";

-- [21/76] revoke grant USAGE on type approval.request_status to merch_approval_svc
REVOKE USAGE ON TYPE "approval"."request_status" FROM "merch_approval_svc";

-- [22/76] revoke grant DELETE,INSERT,SELECT,UPDATE on table approval.pending_approvals to merch_approval_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."pending_approvals" FROM "merch_approval_svc";

-- [23/76] revoke grant DELETE,INSERT,SELECT,UPDATE on table approval.approval_workflows to merch_approval_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."approval_workflows" FROM "merch_approval_svc";

-- [24/76] revoke grant DELETE,INSERT,SELECT,UPDATE on table approval.approval_steps to merch_approval_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."approval_steps" FROM "merch_approval_svc";

-- [25/76] revoke grant DELETE,INSERT,SELECT,UPDATE on table approval.approval_requests to merch_approval_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."approval_requests" FROM "merch_approval_svc";

-- [26/76] revoke grant DELETE,INSERT,SELECT,UPDATE on table approval.approval_delegations to merch_approval_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "approval"."approval_delegations" FROM "merch_approval_svc";

-- [27/76] revoke grant USAGE on schema approval to merch_approval_svc
REVOKE USAGE ON SCHEMA "approval" FROM "merch_approval_svc";

-- [28/76] drop policy tenant_isolation on approval.approval_workflows (schemas/approval.yaml:26:23)
DROP POLICY "tenant_isolation" ON "approval"."approval_workflows";

-- [29/76] drop policy tenant_isolation on approval.approval_steps (schemas/approval.yaml:83:23)
DROP POLICY "tenant_isolation" ON "approval"."approval_steps";

-- [30/76] drop policy tenant_isolation on approval.approval_requests (schemas/approval.yaml:51:23)
DROP POLICY "tenant_isolation" ON "approval"."approval_requests";

-- [31/76] drop policy tenant_isolation on approval.approval_delegations (schemas/approval.yaml:112:23)
DROP POLICY "tenant_isolation" ON "approval"."approval_delegations";

-- [32/76] disable rls approval.approval_workflows
ALTER TABLE "approval"."approval_workflows" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "approval"."approval_workflows" DISABLE ROW LEVEL SECURITY;

-- [33/76] disable rls approval.approval_steps
ALTER TABLE "approval"."approval_steps" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "approval"."approval_steps" DISABLE ROW LEVEL SECURITY;

-- [34/76] disable rls approval.approval_requests
ALTER TABLE "approval"."approval_requests" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "approval"."approval_requests" DISABLE ROW LEVEL SECURITY;

-- [35/76] disable rls approval.approval_delegations
ALTER TABLE "approval"."approval_delegations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "approval"."approval_delegations" DISABLE ROW LEVEL SECURITY;

-- [36/76] drop trigger audit_row on approval.approval_workflows (schemas/approval.yaml:26:63)
DROP TRIGGER "audit_row" ON "approval"."approval_workflows";

-- [37/76] drop trigger set_updated_at on approval.approval_workflows (schemas/approval.yaml:26:38)
DROP TRIGGER "set_updated_at" ON "approval"."approval_workflows";

-- [38/76] drop trigger audit_row on approval.approval_steps (schemas/approval.yaml:83:50)
DROP TRIGGER "audit_row" ON "approval"."approval_steps";

-- [39/76] drop trigger set_updated_at on approval.approval_steps (schemas/approval.yaml:83:38)
DROP TRIGGER "set_updated_at" ON "approval"."approval_steps";

-- [40/76] drop trigger audit_row on approval.approval_requests (schemas/approval.yaml:51:50)
DROP TRIGGER "audit_row" ON "approval"."approval_requests";

-- [41/76] drop trigger set_updated_at on approval.approval_requests (schemas/approval.yaml:51:38)
DROP TRIGGER "set_updated_at" ON "approval"."approval_requests";

-- [42/76] drop trigger audit_row on approval.approval_delegations (schemas/approval.yaml:112:50)
DROP TRIGGER "audit_row" ON "approval"."approval_delegations";

-- [43/76] drop trigger set_updated_at on approval.approval_delegations (schemas/approval.yaml:112:38)
DROP TRIGGER "set_updated_at" ON "approval"."approval_delegations";

-- [44/76] drop view approval.pending_approvals (schemas/approval.yaml:136:3)
DROP VIEW "approval"."pending_approvals";

-- [45/76] drop foreign key approval_steps_request_id_fkey on approval.approval_steps (schemas/approval.yaml:88:21)
ALTER TABLE "approval"."approval_steps" DROP CONSTRAINT "approval_steps_request_id_fkey";

-- [46/76] drop foreign key approval_steps_delegation_id_fkey on approval.approval_steps (schemas/approval.yaml:94:21)
ALTER TABLE "approval"."approval_steps" DROP CONSTRAINT "approval_steps_delegation_id_fkey";

-- [47/76] drop foreign key approval_requests_workflow_id_fkey on approval.approval_requests (schemas/approval.yaml:56:21)
ALTER TABLE "approval"."approval_requests" DROP CONSTRAINT "approval_requests_workflow_id_fkey";

-- [48/76] drop foreign key approval_delegations_workflow_id_fkey on approval.approval_delegations (schemas/approval.yaml:119:21)
ALTER TABLE "approval"."approval_delegations" DROP CONSTRAINT "approval_delegations_workflow_id_fkey";

-- [49/76] drop index audit_log_table_name_changed_at_idx on approval.audit_log (schemas/approval.yaml:26:63)
DROP INDEX "approval"."audit_log_table_name_changed_at_idx";

-- [50/76] drop index approval_workflows_active_idx on approval.approval_workflows (schemas/approval.yaml:46:16)
DROP INDEX "approval"."approval_workflows_active_idx";

-- [51/76] drop index approval_workflows_organization_id_code_version_key on approval.approval_workflows (schemas/approval.yaml:44:16)
DROP INDEX "approval"."approval_workflows_organization_id_code_version_key";

-- [52/76] drop index approval_workflows_organization_id_idx on approval.approval_workflows (schemas/approval.yaml:26:23)
DROP INDEX "approval"."approval_workflows_organization_id_idx";

-- [53/76] drop index approval_steps_inbox_idx on approval.approval_steps (schemas/approval.yaml:107:16)
DROP INDEX "approval"."approval_steps_inbox_idx";

-- [54/76] drop index approval_steps_organization_id_idx on approval.approval_steps (schemas/approval.yaml:83:23)
DROP INDEX "approval"."approval_steps_organization_id_idx";

-- [55/76] drop index approval_requests_payload_idx on approval.approval_requests (schemas/approval.yaml:79:16)
DROP INDEX "approval"."approval_requests_payload_idx";

-- [56/76] drop index approval_requests_open_idx on approval.approval_requests (schemas/approval.yaml:76:16)
DROP INDEX "approval"."approval_requests_open_idx";

-- [57/76] drop index approval_requests_requester_id_submitted_at_idx on approval.approval_requests (schemas/approval.yaml:75:16)
DROP INDEX "approval"."approval_requests_requester_id_submitted_at_idx";

-- [58/76] drop index approval_requests_organization_id_idx on approval.approval_requests (schemas/approval.yaml:51:23)
DROP INDEX "approval"."approval_requests_organization_id_idx";

-- [59/76] drop index approval_delegations_delegate_id_idx on approval.approval_delegations (schemas/approval.yaml:133:9)
DROP INDEX "approval"."approval_delegations_delegate_id_idx";

-- [60/76] drop index approval_delegations_live_idx on approval.approval_delegations (schemas/approval.yaml:130:16)
DROP INDEX "approval"."approval_delegations_live_idx";

-- [61/76] drop index approval_delegations_organization_id_idx on approval.approval_delegations (schemas/approval.yaml:112:23)
DROP INDEX "approval"."approval_delegations_organization_id_idx";

-- [62/76] drop table approval.audit_log (schemas/approval.yaml:26:63)
DROP TABLE "approval"."audit_log";

-- [63/76] drop table approval.approval_workflows (schemas/approval.yaml:25:3)
DROP TABLE "approval"."approval_workflows";

-- [64/76] drop table approval.approval_steps (schemas/approval.yaml:82:3)
DROP TABLE "approval"."approval_steps";

-- [65/76] drop table approval.approval_requests (schemas/approval.yaml:50:3)
DROP TABLE "approval"."approval_requests";

-- [66/76] drop table approval.approval_delegations (schemas/approval.yaml:111:3)
DROP TABLE "approval"."approval_delegations";

-- [67/76] drop function approval.set_updated_at() (schemas/approval.yaml:26:38)
DROP FUNCTION "approval"."set_updated_at"();

-- [68/76] drop function approval.audit_row() (schemas/approval.yaml:26:63)
DROP FUNCTION "approval"."audit_row"();

-- [69/76] drop enum approval.step_status (schemas/approval.yaml:19:3)
DROP TYPE "approval"."step_status";

-- [70/76] drop enum approval.source_service (schemas/approval.yaml:20:3)
DROP TYPE "approval"."source_service";

-- [71/76] drop enum approval.request_type (schemas/approval.yaml:17:3)
DROP TYPE "approval"."request_type";

-- [72/76] drop enum approval.request_status (schemas/approval.yaml:18:3)
DROP TYPE "approval"."request_status";

-- [73/76] drop schema approval (schemas/approval.yaml:6:9)
DROP SCHEMA "approval";

-- [74/76] drop role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_readonly';
END
$provision$;

-- [75/76] drop role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_ops";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_ops';
END
$provision$;

-- [76/76] drop role merch_approval_svc (schemas/approval.yaml:10:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_approval_svc";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_approval_svc';
END
$provision$;
