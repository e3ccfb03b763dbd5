-- provision migration V0001 (down) for database auth: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/76] revoke grant USAGE on type auth.mfa_device_type to merch_readonly
REVOKE USAGE ON TYPE "auth"."mfa_device_type" FROM "merch_readonly";

-- [2/76] revoke grant USAGE on type auth.auth_user_status to merch_readonly
REVOKE USAGE ON TYPE "auth"."auth_user_status" FROM "merch_readonly";

-- [3/76] revoke grant USAGE on type auth.auth_event_type to merch_readonly
REVOKE USAGE ON TYPE "auth"."auth_event_type" FROM "merch_readonly";

-- [4/76] revoke grant SELECT on table auth.auth_users to merch_readonly
REVOKE SELECT ON TABLE "auth"."auth_users" FROM "merch_readonly";

-- [5/76] revoke grant SELECT on table auth.auth_sessions to merch_readonly
REVOKE SELECT ON TABLE "auth"."auth_sessions" FROM "merch_readonly";

-- [6/76] revoke grant SELECT on table auth.auth_mfa_devices to merch_readonly
REVOKE SELECT ON TABLE "auth"."auth_mfa_devices" FROM "merch_readonly";

-- [7/76] revoke grant SELECT on table auth.auth_audit_log to merch_readonly
REVOKE SELECT ON TABLE "auth"."auth_audit_log" FROM "merch_readonly";

-- [8/76] revoke grant USAGE on schema auth to merch_readonly
REVOKE USAGE ON SCHEMA "auth" FROM "merch_readonly";

-- [9/76] revoke grant SELECT on table auth.auth_users to merch_ops
REVOKE SELECT ON TABLE "auth"."auth_users" FROM "merch_ops";

-- [10/76] revoke grant SELECT on table auth.auth_sessions to merch_ops
REVOKE SELECT ON TABLE "auth"."auth_sessions" FROM "merch_ops";

-- [11/76] revoke grant SELECT on table auth.auth_password_resets to merch_ops
REVOKE SELECT ON TABLE "auth"."auth_password_resets" FROM "merch_ops";

-- [12/76] revoke grant SELECT on table auth.auth_mfa_devices to merch_ops
REVOKE SELECT ON TABLE "auth"."auth_mfa_devices" FROM "merch_ops";

-- [13/76] revoke grant SELECT on table auth.auth_audit_log to merch_ops
REVOKE SELECT ON TABLE "auth"."auth_audit_log" FROM "merch_ops";

-- [14/76] revoke grant SELECT on table auth.audit_log to merch_ops
REVOKE SELECT ON TABLE "auth"."audit_log" FROM "merch_ops";

-- [15/76] revoke grant USAGE on schema auth to merch_ops
REVOKE USAGE ON SCHEMA "auth" FROM "merch_ops";

-- [16/76] revoke grant USAGE on type auth.mfa_device_type to merch_auth_svc
REVOKE USAGE ON TYPE "auth"."mfa_device_type" FROM "merch_auth_svc";

-- [17/76] revoke grant USAGE on type auth.auth_user_status to merch_auth_svc
REVOKE USAGE ON TYPE "auth"."auth_user_status" FROM "merch_auth_svc";

-- [18/76] revoke grant USAGE on type auth.auth_event_type to merch_auth_svc
REVOKE USAGE ON TYPE "auth"."auth_event_type" FROM "merch_auth_svc";

-- [19/76] revoke grant DELETE,INSERT,SELECT,UPDATE on table auth.auth_users to merch_auth_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auth"."auth_users" FROM "merch_auth_svc";

-- [20/76] revoke grant DELETE,INSERT,SELECT,UPDATE on table auth.auth_sessions to merch_auth_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auth"."auth_sessions" FROM "merch_auth_svc";

-- [21/76] revoke grant DELETE,INSERT,SELECT,UPDATE on table auth.auth_password_resets to merch_auth_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auth"."auth_password_resets" FROM "merch_auth_svc";

-- [22/76] revoke grant DELETE,INSERT,SELECT,UPDATE on table auth.auth_mfa_devices to merch_auth_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auth"."auth_mfa_devices" FROM "merch_auth_svc";

-- [23/76] revoke grant INSERT,SELECT on table auth.auth_audit_log to merch_auth_svc
REVOKE INSERT, SELECT ON TABLE "auth"."auth_audit_log" FROM "merch_auth_svc";

-- [24/76] revoke grant USAGE on schema auth to merch_auth_svc
REVOKE USAGE ON SCHEMA "auth" FROM "merch_auth_svc";

-- [25/76] drop policy tenant_isolation on auth.auth_users (schemas/auth.yaml:40:23)
DROP POLICY "tenant_isolation" ON "auth"."auth_users";

-- [26/76] drop policy tenant_isolation on auth.auth_sessions (schemas/auth.yaml:73:23)
DROP POLICY "tenant_isolation" ON "auth"."auth_sessions";

-- [27/76] drop policy tenant_isolation on auth.auth_password_resets (schemas/auth.yaml:105:23)
DROP POLICY "tenant_isolation" ON "auth"."auth_password_resets";

-- [28/76] drop policy tenant_isolation on auth.auth_mfa_devices (schemas/auth.yaml:129:23)
DROP POLICY "tenant_isolation" ON "auth"."auth_mfa_devices";

-- [29/76] drop policy tenant_isolation on auth.auth_audit_log (schemas/auth.yaml:163:14)
DROP POLICY "tenant_isolation" ON "auth"."auth_audit_log";

-- [30/76] disable rls auth.auth_users
ALTER TABLE "auth"."auth_users" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_users" DISABLE ROW LEVEL SECURITY;

-- [31/76] disable rls auth.auth_sessions
ALTER TABLE "auth"."auth_sessions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_sessions" DISABLE ROW LEVEL SECURITY;

-- [32/76] disable rls auth.auth_password_resets
ALTER TABLE "auth"."auth_password_resets" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_password_resets" DISABLE ROW LEVEL SECURITY;

-- [33/76] disable rls auth.auth_mfa_devices
ALTER TABLE "auth"."auth_mfa_devices" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_mfa_devices" DISABLE ROW LEVEL SECURITY;

-- [34/76] disable rls auth.auth_audit_log
ALTER TABLE "auth"."auth_audit_log" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_audit_log" DISABLE ROW LEVEL SECURITY;

-- [35/76] drop trigger audit_row on auth.auth_users (schemas/auth.yaml:40:63)
DROP TRIGGER "audit_row" ON "auth"."auth_users";

-- [36/76] drop trigger set_updated_at on auth.auth_users (schemas/auth.yaml:40:38)
DROP TRIGGER "set_updated_at" ON "auth"."auth_users";

-- [37/76] drop trigger audit_row on auth.auth_mfa_devices (schemas/auth.yaml:129:50)
DROP TRIGGER "audit_row" ON "auth"."auth_mfa_devices";

-- [38/76] drop trigger set_updated_at on auth.auth_mfa_devices (schemas/auth.yaml:129:38)
DROP TRIGGER "set_updated_at" ON "auth"."auth_mfa_devices";

-- [39/76] drop trigger refuse_change on auth.auth_audit_log (schemas/common.yaml:26:7)
DROP TRIGGER "refuse_change" ON "auth"."auth_audit_log";

-- [40/76] drop foreign key auth_sessions_organization_id_auth_user_id_fkey on auth.auth_sessions (schemas/auth.yaml:89:16)
ALTER TABLE "auth"."auth_sessions" DROP CONSTRAINT "auth_sessions_organization_id_auth_user_id_fkey";

-- [41/76] drop foreign key auth_password_resets_organization_id_auth_user_id_fkey on auth.auth_password_resets (schemas/auth.yaml:115:16)
ALTER TABLE "auth"."auth_password_resets" DROP CONSTRAINT "auth_password_resets_organization_id_auth_user_id_fkey";

-- [42/76] drop foreign key auth_mfa_devices_organization_id_auth_user_id_fkey on auth.auth_mfa_devices (schemas/auth.yaml:145:16)
ALTER TABLE "auth"."auth_mfa_devices" DROP CONSTRAINT "auth_mfa_devices_organization_id_auth_user_id_fkey";

-- [43/76] drop index auth_users_locked_until_idx on auth.auth_users (schemas/auth.yaml:65:16)
DROP INDEX "auth"."auth_users_locked_until_idx";

-- [44/76] drop index auth_users_organization_id_email_key on auth.auth_users (schemas/auth.yaml:63:16)
DROP INDEX "auth"."auth_users_organization_id_email_key";

-- [45/76] drop index auth_users_organization_id_idx on auth.auth_users (schemas/auth.yaml:40:23)
DROP INDEX "auth"."auth_users_organization_id_idx";

-- [46/76] drop index auth_sessions_expiry_idx on auth.auth_sessions (schemas/auth.yaml:100:16)
DROP INDEX "auth"."auth_sessions_expiry_idx";

-- [47/76] drop index auth_sessions_live_idx on auth.auth_sessions (schemas/auth.yaml:97:16)
DROP INDEX "auth"."auth_sessions_live_idx";

-- [48/76] drop index auth_sessions_organization_id_idx on auth.auth_sessions (schemas/auth.yaml:73:23)
DROP INDEX "auth"."auth_sessions_organization_id_idx";

-- [49/76] drop index auth_password_resets_open_idx on auth.auth_password_resets (schemas/auth.yaml:124:16)
DROP INDEX "auth"."auth_password_resets_open_idx";

-- [50/76] drop index auth_password_resets_auth_user_id_created_at_idx on auth.auth_password_resets (schemas/auth.yaml:123:16)
DROP INDEX "auth"."auth_password_resets_auth_user_id_created_at_idx";

-- [51/76] drop index auth_password_resets_organization_id_idx on auth.auth_password_resets (schemas/auth.yaml:105:23)
DROP INDEX "auth"."auth_password_resets_organization_id_idx";

-- [52/76] drop index auth_mfa_devices_one_primary_key on auth.auth_mfa_devices (schemas/auth.yaml:157:16)
DROP INDEX "auth"."auth_mfa_devices_one_primary_key";

-- [53/76] drop index auth_mfa_devices_auth_user_id_idx on auth.auth_mfa_devices (schemas/auth.yaml:156:9)
DROP INDEX "auth"."auth_mfa_devices_auth_user_id_idx";

-- [54/76] drop index auth_mfa_devices_organization_id_idx on auth.auth_mfa_devices (schemas/auth.yaml:129:23)
DROP INDEX "auth"."auth_mfa_devices_organization_id_idx";

-- [55/76] drop index auth_audit_log_occurred_brin on auth.auth_audit_log (schemas/auth.yaml:196:16)
DROP INDEX "auth"."auth_audit_log_occurred_brin";

-- [56/76] drop index auth_audit_log_failed_logins_idx on auth.auth_audit_log (schemas/auth.yaml:193:16)
DROP INDEX "auth"."auth_audit_log_failed_logins_idx";

-- [57/76] drop index auth_audit_log_auth_user_id_occurred_at_idx on auth.auth_audit_log (schemas/auth.yaml:192:16)
DROP INDEX "auth"."auth_audit_log_auth_user_id_occurred_at_idx";

-- [58/76] drop index auth_audit_log_organization_id_idx on auth.auth_audit_log (schemas/auth.yaml:163:14)
DROP INDEX "auth"."auth_audit_log_organization_id_idx";

-- [59/76] drop index audit_log_table_name_changed_at_idx on auth.audit_log (schemas/auth.yaml:40:63)
DROP INDEX "auth"."audit_log_table_name_changed_at_idx";

-- [60/76] drop table auth.auth_users (schemas/auth.yaml:39:3)
DROP TABLE "auth"."auth_users";

-- [61/76] drop table auth.auth_sessions (schemas/auth.yaml:72:3)
DROP TABLE "auth"."auth_sessions";

-- [62/76] drop table auth.auth_password_resets (schemas/auth.yaml:104:3)
DROP TABLE "auth"."auth_password_resets";

-- [63/76] drop table auth.auth_mfa_devices (schemas/auth.yaml:128:3)
DROP TABLE "auth"."auth_mfa_devices";

-- [64/76] drop table auth.auth_audit_log (schemas/auth.yaml:162:3)
DROP TABLE "auth"."auth_audit_log";

-- [65/76] drop table auth.audit_log (schemas/auth.yaml:40:63)
DROP TABLE "auth"."audit_log";

-- [66/76] drop function auth.set_updated_at() (schemas/auth.yaml:40:38)
DROP FUNCTION "auth"."set_updated_at"();

-- [67/76] drop function auth.refuse_change() (schemas/common.yaml:32:7)
DROP FUNCTION "auth"."refuse_change"();

-- [68/76] drop function auth.audit_row() (schemas/auth.yaml:40:63)
DROP FUNCTION "auth"."audit_row"();

-- [69/76] drop enum auth.mfa_device_type (schemas/auth.yaml:21:3)
DROP TYPE "auth"."mfa_device_type";

-- [70/76] drop enum auth.auth_user_status (schemas/auth.yaml:18:3)
DROP TYPE "auth"."auth_user_status";

-- [71/76] drop enum auth.auth_event_type (schemas/auth.yaml:22:3)
DROP TYPE "auth"."auth_event_type";

-- [72/76] drop schema auth (schemas/auth.yaml:6:9)
DROP SCHEMA "auth";

-- [73/76] drop role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_readonly';
END
$provision$;

-- [74/76] drop role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_ops";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_ops';
END
$provision$;

-- [75/76] drop role merch_auth_svc (schemas/auth.yaml:11:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_auth_svc";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_auth_svc';
END
$provision$;

-- [76/76] drop extension citext (schemas/auth.yaml:8:14)
DROP EXTENSION IF EXISTS "citext";
