-- provision migration V0001 (down) for database workplace: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/125] revoke grant USAGE on type workplace.workplace_type to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."workplace_type" FROM "merch_workplace_svc";

-- [2/125] revoke grant USAGE on type workplace.workplace_status to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."workplace_status" FROM "merch_workplace_svc";

-- [3/125] revoke grant USAGE on type workplace.maintenance_type to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."maintenance_type" FROM "merch_workplace_svc";

-- [4/125] revoke grant USAGE on type workplace.maintenance_status to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."maintenance_status" FROM "merch_workplace_svc";

-- [5/125] revoke grant USAGE on type workplace.inspection_type to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."inspection_type" FROM "merch_workplace_svc";

-- [6/125] revoke grant USAGE on type workplace.inspection_status to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."inspection_status" FROM "merch_workplace_svc";

-- [7/125] revoke grant USAGE on type workplace.incident_type to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."incident_type" FROM "merch_workplace_svc";

-- [8/125] revoke grant USAGE on type workplace.incident_status to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."incident_status" FROM "merch_workplace_svc";

-- [9/125] revoke grant USAGE on type workplace.incident_severity to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."incident_severity" FROM "merch_workplace_svc";

-- [10/125] revoke grant USAGE on type workplace.asset_status to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."asset_status" FROM "merch_workplace_svc";

-- [11/125] revoke grant USAGE on type workplace.asset_category to merch_workplace_svc
REVOKE USAGE ON TYPE "workplace"."asset_category" FROM "merch_workplace_svc";

-- [12/125] revoke grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplaces to merch_workplace_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplaces" FROM "merch_workplace_svc";

-- [13/125] revoke grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_maintenance to merch_workplace_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_maintenance" FROM "merch_workplace_svc";

-- [14/125] revoke grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_inspections to merch_workplace_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_inspections" FROM "merch_workplace_svc";

-- [15/125] revoke grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_incidents to merch_workplace_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_incidents" FROM "merch_workplace_svc";

-- [16/125] revoke grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_departments to merch_workplace_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_departments" FROM "merch_workplace_svc";

-- [17/125] revoke grant DELETE,INSERT,SELECT,UPDATE on table workplace.workplace_assets to merch_workplace_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "workplace"."workplace_assets" FROM "merch_workplace_svc";

-- [18/125] revoke grant SELECT on table workplace.asset_maintenance_due to merch_workplace_svc
REVOKE SELECT ON TABLE "workplace"."asset_maintenance_due" FROM "merch_workplace_svc";

-- [19/125] revoke grant USAGE on schema workplace to merch_workplace_svc
REVOKE USAGE ON SCHEMA "workplace" FROM "merch_workplace_svc";

-- [20/125] revoke grant USAGE on type workplace.workplace_type to merch_readonly
REVOKE USAGE ON TYPE "workplace"."workplace_type" FROM "merch_readonly";

-- [21/125] revoke grant USAGE on type workplace.workplace_status to merch_readonly
REVOKE USAGE ON TYPE "workplace"."workplace_status" FROM "merch_readonly";

-- [22/125] revoke grant USAGE on type workplace.maintenance_type to merch_readonly
REVOKE USAGE ON TYPE "workplace"."maintenance_type" FROM "merch_readonly";

-- [23/125] revoke grant USAGE on type workplace.maintenance_status to merch_readonly
REVOKE USAGE ON TYPE "workplace"."maintenance_status" FROM "merch_readonly";

-- [24/125] revoke grant USAGE on type workplace.inspection_type to merch_readonly
REVOKE USAGE ON TYPE "workplace"."inspection_type" FROM "merch_readonly";

-- [25/125] revoke grant USAGE on type workplace.inspection_status to merch_readonly
REVOKE USAGE ON TYPE "workplace"."inspection_status" FROM "merch_readonly";

-- [26/125] revoke grant USAGE on type workplace.incident_type to merch_readonly
REVOKE USAGE ON TYPE "workplace"."incident_type" FROM "merch_readonly";

-- [27/125] revoke grant USAGE on type workplace.incident_status to merch_readonly
REVOKE USAGE ON TYPE "workplace"."incident_status" FROM "merch_readonly";

-- [28/125] revoke grant USAGE on type workplace.incident_severity to merch_readonly
REVOKE USAGE ON TYPE "workplace"."incident_severity" FROM "merch_readonly";

-- [29/125] revoke grant USAGE on type workplace.asset_status to merch_readonly
REVOKE USAGE ON TYPE "workplace"."asset_status" FROM "merch_readonly";

-- [30/125] revoke grant USAGE on type workplace.asset_category to merch_readonly
REVOKE USAGE ON TYPE "workplace"."asset_category" FROM "merch_readonly";

-- [31/125] revoke grant SELECT on table workplace.workplaces to merch_readonly
REVOKE SELECT ON TABLE "workplace"."workplaces" FROM "merch_readonly";

-- [32/125] revoke grant SELECT on table workplace.workplace_maintenance to merch_readonly
REVOKE SELECT ON TABLE "workplace"."workplace_maintenance" FROM "merch_readonly";

-- [33/125] revoke grant SELECT on table workplace.workplace_inspections to merch_readonly
REVOKE SELECT ON TABLE "workplace"."workplace_inspections" FROM "merch_readonly";

-- [34/125] revoke grant SELECT on table workplace.workplace_incidents to merch_readonly
REVOKE SELECT ON TABLE "workplace"."workplace_incidents" FROM "merch_readonly";

-- [35/125] revoke grant SELECT on table workplace.workplace_departments to merch_readonly
REVOKE SELECT ON TABLE "workplace"."workplace_departments" FROM "merch_readonly";

-- [36/125] revoke grant SELECT on table workplace.workplace_assets to merch_readonly
REVOKE SELECT ON TABLE "workplace"."workplace_assets" FROM "merch_readonly";

-- [37/125] revoke grant SELECT on table workplace.asset_maintenance_due to merch_readonly
REVOKE SELECT ON TABLE "workplace"."asset_maintenance_due" FROM "merch_readonly";

-- [38/125] revoke grant USAGE on schema workplace to merch_readonly
REVOKE USAGE ON SCHEMA "workplace" FROM "merch_readonly";

-- [39/125] revoke grant SELECT on table workplace.workplaces to merch_ops
REVOKE SELECT ON TABLE "workplace"."workplaces" FROM "merch_ops";

-- [40/125] revoke grant SELECT on table workplace.workplace_maintenance to merch_ops
REVOKE SELECT ON TABLE "workplace"."workplace_maintenance" FROM "merch_ops";

-- [41/125] revoke grant SELECT on table workplace.workplace_inspections to merch_ops
REVOKE SELECT ON TABLE "workplace"."workplace_inspections" FROM "merch_ops";

-- [42/125] revoke grant SELECT on table workplace.workplace_incidents to merch_ops
REVOKE SELECT ON TABLE "workplace"."workplace_incidents" FROM "merch_ops";

-- [43/125] revoke grant SELECT on table workplace.workplace_departments to merch_ops
REVOKE SELECT ON TABLE "workplace"."workplace_departments" FROM "merch_ops";

-- [44/125] revoke grant SELECT on table workplace.workplace_assets to merch_ops
REVOKE SELECT ON TABLE "workplace"."workplace_assets" FROM "merch_ops";

-- [45/125] revoke grant SELECT on table workplace.audit_log to merch_ops
REVOKE SELECT ON TABLE "workplace"."audit_log" FROM "merch_ops";

-- [46/125] revoke grant SELECT on table workplace.asset_maintenance_due to merch_ops
REVOKE SELECT ON TABLE "workplace"."asset_maintenance_due" FROM "merch_ops";

-- [47/125] revoke grant USAGE on schema workplace to merch_ops
REVOKE USAGE ON SCHEMA "workplace" FROM "merch_ops";

-- [48/125] drop policy tenant_isolation on workplace.workplaces (schemas/workplace.yaml:31:23)
DROP POLICY "tenant_isolation" ON "workplace"."workplaces";

-- [49/125] drop policy tenant_isolation on workplace.workplace_maintenance (schemas/workplace.yaml:112:23)
DROP POLICY "tenant_isolation" ON "workplace"."workplace_maintenance";

-- [50/125] drop policy tenant_isolation on workplace.workplace_inspections (schemas/workplace.yaml:178:23)
DROP POLICY "tenant_isolation" ON "workplace"."workplace_inspections";

-- [51/125] drop policy tenant_isolation on workplace.workplace_incidents (schemas/workplace.yaml:145:23)
DROP POLICY "tenant_isolation" ON "workplace"."workplace_incidents";

-- [52/125] drop policy tenant_isolation on workplace.workplace_departments (schemas/workplace.yaml:64:23)
DROP POLICY "tenant_isolation" ON "workplace"."workplace_departments";

-- [53/125] drop policy tenant_isolation on workplace.workplace_assets (schemas/workplace.yaml:81:23)
DROP POLICY "tenant_isolation" ON "workplace"."workplace_assets";

-- [54/125] disable rls workplace.workplaces
ALTER TABLE "workplace"."workplaces" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplaces" DISABLE ROW LEVEL SECURITY;

-- [55/125] disable rls workplace.workplace_maintenance
ALTER TABLE "workplace"."workplace_maintenance" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_maintenance" DISABLE ROW LEVEL SECURITY;

-- [56/125] disable rls workplace.workplace_inspections
ALTER TABLE "workplace"."workplace_inspections" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_inspections" DISABLE ROW LEVEL SECURITY;

-- [57/125] disable rls workplace.workplace_incidents
ALTER TABLE "workplace"."workplace_incidents" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_incidents" DISABLE ROW LEVEL SECURITY;

-- [58/125] disable rls workplace.workplace_departments
ALTER TABLE "workplace"."workplace_departments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_departments" DISABLE ROW LEVEL SECURITY;

-- [59/125] disable rls workplace.workplace_assets
ALTER TABLE "workplace"."workplace_assets" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "workplace"."workplace_assets" DISABLE ROW LEVEL SECURITY;

-- [60/125] drop trigger set_updated_at on workplace.workplaces (schemas/workplace.yaml:31:38)
DROP TRIGGER "set_updated_at" ON "workplace"."workplaces";

-- [61/125] drop trigger set_updated_at on workplace.workplace_maintenance (schemas/workplace.yaml:112:38)
DROP TRIGGER "set_updated_at" ON "workplace"."workplace_maintenance";

-- [62/125] drop trigger audit_row on workplace.workplace_inspections (schemas/workplace.yaml:178:50)
DROP TRIGGER "audit_row" ON "workplace"."workplace_inspections";

-- [63/125] drop trigger set_updated_at on workplace.workplace_inspections (schemas/workplace.yaml:178:38)
DROP TRIGGER "set_updated_at" ON "workplace"."workplace_inspections";

-- [64/125] drop trigger audit_row on workplace.workplace_incidents (schemas/workplace.yaml:145:50)
DROP TRIGGER "audit_row" ON "workplace"."workplace_incidents";

-- [65/125] drop trigger set_updated_at on workplace.workplace_incidents (schemas/workplace.yaml:145:38)
DROP TRIGGER "set_updated_at" ON "workplace"."workplace_incidents";

-- [66/125] drop trigger set_updated_at on workplace.workplace_departments (schemas/workplace.yaml:64:38)
DROP TRIGGER "set_updated_at" ON "workplace"."workplace_departments";

-- [67/125] drop trigger audit_row on workplace.workplace_assets (schemas/workplace.yaml:81:63)
DROP TRIGGER "audit_row" ON "workplace"."workplace_assets";

-- [68/125] drop trigger set_updated_at on workplace.workplace_assets (schemas/workplace.yaml:81:38)
DROP TRIGGER "set_updated_at" ON "workplace"."workplace_assets";

-- [69/125] drop view workplace.asset_maintenance_due (schemas/workplace.yaml:206:3)
DROP VIEW "workplace"."asset_maintenance_due";

-- [70/125] drop foreign key workplaces_parent_id_fkey on workplace.workplaces (schemas/workplace.yaml:36:21)
ALTER TABLE "workplace"."workplaces" DROP CONSTRAINT "workplaces_parent_id_fkey";

-- [71/125] drop foreign key workplace_maintenance_workplace_id_fkey on workplace.workplace_maintenance (schemas/workplace.yaml:117:21)
ALTER TABLE "workplace"."workplace_maintenance" DROP CONSTRAINT "workplace_maintenance_workplace_id_fkey";

-- [72/125] drop foreign key workplace_maintenance_asset_id_fkey on workplace.workplace_maintenance (schemas/workplace.yaml:121:21)
ALTER TABLE "workplace"."workplace_maintenance" DROP CONSTRAINT "workplace_maintenance_asset_id_fkey";

-- [73/125] drop foreign key workplace_inspections_workplace_id_fkey on workplace.workplace_inspections (schemas/workplace.yaml:183:21)
ALTER TABLE "workplace"."workplace_inspections" DROP CONSTRAINT "workplace_inspections_workplace_id_fkey";

-- [74/125] drop foreign key workplace_incidents_workplace_id_fkey on workplace.workplace_incidents (schemas/workplace.yaml:150:21)
ALTER TABLE "workplace"."workplace_incidents" DROP CONSTRAINT "workplace_incidents_workplace_id_fkey";

-- [75/125] drop foreign key workplace_departments_workplace_id_fkey on workplace.workplace_departments (schemas/workplace.yaml:69:21)
ALTER TABLE "workplace"."workplace_departments" DROP CONSTRAINT "workplace_departments_workplace_id_fkey";

-- [76/125] drop foreign key workplace_assets_workplace_id_fkey on workplace.workplace_assets (schemas/workplace.yaml:86:21)
ALTER TABLE "workplace"."workplace_assets" DROP CONSTRAINT "workplace_assets_workplace_id_fkey";

-- [77/125] drop index workplaces_custom_fields_idx on workplace.workplaces (schemas/workplace.yaml:31:63)
DROP INDEX "workplace"."workplaces_custom_fields_idx";

-- [78/125] drop index workplaces_address_idx on workplace.workplaces (schemas/workplace.yaml:60:16)
DROP INDEX "workplace"."workplaces_address_idx";

-- [79/125] drop index workplaces_organization_id_workplace_type_status_idx on workplace.workplaces (schemas/workplace.yaml:59:16)
DROP INDEX "workplace"."workplaces_organization_id_workplace_type_status_idx";

-- [80/125] drop index workplaces_parent_id_idx on workplace.workplaces (schemas/workplace.yaml:57:16)
DROP INDEX "workplace"."workplaces_parent_id_idx";

-- [81/125] drop index workplaces_organization_id_code_key on workplace.workplaces (schemas/workplace.yaml:55:16)
DROP INDEX "workplace"."workplaces_organization_id_code_key";

-- [82/125] drop index workplaces_organization_id_idx on workplace.workplaces (schemas/workplace.yaml:31:23)
DROP INDEX "workplace"."workplaces_organization_id_idx";

-- [83/125] drop index workplace_maintenance_open_idx on workplace.workplace_maintenance (schemas/workplace.yaml:140:16)
DROP INDEX "workplace"."workplace_maintenance_open_idx";

-- [84/125] drop index workplace_maintenance_asset_id_idx on workplace.workplace_maintenance (schemas/workplace.yaml:138:16)
DROP INDEX "workplace"."workplace_maintenance_asset_id_idx";

-- [85/125] drop index workplace_maintenance_workplace_id_scheduled_for_idx on workplace.workplace_maintenance (schemas/workplace.yaml:137:16)
DROP INDEX "workplace"."workplace_maintenance_workplace_id_scheduled_for_idx";

-- [86/125] drop index workplace_maintenance_organization_id_idx on workplace.workplace_maintenance (schemas/workplace.yaml:112:23)
DROP INDEX "workplace"."workplace_maintenance_organization_id_idx";

-- [87/125] drop index workplace_inspections_findings_idx on workplace.workplace_inspections (schemas/workplace.yaml:202:16)
DROP INDEX "workplace"."workplace_inspections_findings_idx";

-- [88/125] drop index workplace_inspections_organization_id_next_due_on_idx on workplace.workplace_inspections (schemas/workplace.yaml:200:16)
DROP INDEX "workplace"."workplace_inspections_organization_id_next_due_on_idx";

-- [89/125] drop index workplace_inspections_workplace_id_scheduled_for_idx on workplace.workplace_inspections (schemas/workplace.yaml:199:16)
DROP INDEX "workplace"."workplace_inspections_workplace_id_scheduled_for_idx";

-- [90/125] drop index workplace_inspections_organization_id_idx on workplace.workplace_inspections (schemas/workplace.yaml:178:23)
DROP INDEX "workplace"."workplace_inspections_organization_id_idx";

-- [91/125] drop index workplace_incidents_open_idx on workplace.workplace_incidents (schemas/workplace.yaml:173:16)
DROP INDEX "workplace"."workplace_incidents_open_idx";

-- [92/125] drop index workplace_incidents_workplace_id_occurred_at_idx on workplace.workplace_incidents (schemas/workplace.yaml:172:16)
DROP INDEX "workplace"."workplace_incidents_workplace_id_occurred_at_idx";

-- [93/125] drop index workplace_incidents_organization_id_idx on workplace.workplace_incidents (schemas/workplace.yaml:145:23)
DROP INDEX "workplace"."workplace_incidents_organization_id_idx";

-- [94/125] drop index workplace_departments_department_id_idx on workplace.workplace_departments (schemas/workplace.yaml:78:9)
DROP INDEX "workplace"."workplace_departments_department_id_idx";

-- [95/125] drop index workplace_departments_organization_id_idx on workplace.workplace_departments (schemas/workplace.yaml:64:23)
DROP INDEX "workplace"."workplace_departments_organization_id_idx";

-- [96/125] drop index workplace_assets_specs_idx on workplace.workplace_assets (schemas/workplace.yaml:108:16)
DROP INDEX "workplace"."workplace_assets_specs_idx";

-- [97/125] drop index workplace_assets_warranty_expires_on_idx on workplace.workplace_assets (schemas/workplace.yaml:106:16)
DROP INDEX "workplace"."workplace_assets_warranty_expires_on_idx";

-- [98/125] drop index workplace_assets_workplace_id_status_idx on workplace.workplace_assets (schemas/workplace.yaml:105:16)
DROP INDEX "workplace"."workplace_assets_workplace_id_status_idx";

-- [99/125] drop index workplace_assets_organization_id_asset_tag_key on workplace.workplace_assets (schemas/workplace.yaml:103:16)
DROP INDEX "workplace"."workplace_assets_organization_id_asset_tag_key";

-- [100/125] drop index workplace_assets_organization_id_idx on workplace.workplace_assets (schemas/workplace.yaml:81:23)
DROP INDEX "workplace"."workplace_assets_organization_id_idx";

-- [101/125] drop index audit_log_table_name_changed_at_idx on workplace.audit_log (schemas/workplace.yaml:81:63)
DROP INDEX "workplace"."audit_log_table_name_changed_at_idx";

-- [102/125] drop table workplace.workplaces (schemas/workplace.yaml:30:3)
DROP TABLE "workplace"."workplaces";

-- [103/125] drop table workplace.workplace_maintenance (schemas/workplace.yaml:111:3)
DROP TABLE "workplace"."workplace_maintenance";

-- [104/125] drop table workplace.workplace_inspections (schemas/workplace.yaml:177:3)
DROP TABLE "workplace"."workplace_inspections";

-- [105/125] drop table workplace.workplace_incidents (schemas/workplace.yaml:144:3)
DROP TABLE "workplace"."workplace_incidents";

-- [106/125] drop table workplace.workplace_departments (schemas/workplace.yaml:63:3)
DROP TABLE "workplace"."workplace_departments";

-- [107/125] drop table workplace.workplace_assets (schemas/workplace.yaml:80:3)
DROP TABLE "workplace"."workplace_assets";

-- [108/125] drop table workplace.audit_log (schemas/workplace.yaml:81:63)
DROP TABLE "workplace"."audit_log";

-- [109/125] drop function workplace.set_updated_at() (schemas/workplace.yaml:31:38)
DROP FUNCTION "workplace"."set_updated_at"();

-- [110/125] drop function workplace.audit_row() (schemas/workplace.yaml:81:63)
DROP FUNCTION "workplace"."audit_row"();

-- [111/125] drop enum workplace.workplace_type (schemas/workplace.yaml:17:3)
DROP TYPE "workplace"."workplace_type";

-- [112/125] drop enum workplace.workplace_status (schemas/workplace.yaml:18:3)
DROP TYPE "workplace"."workplace_status";

-- [113/125] drop enum workplace.maintenance_type (schemas/workplace.yaml:21:3)
DROP TYPE "workplace"."maintenance_type";

-- [114/125] drop enum workplace.maintenance_status (schemas/workplace.yaml:22:3)
DROP TYPE "workplace"."maintenance_status";

-- [115/125] drop enum workplace.inspection_type (schemas/workplace.yaml:26:3)
DROP TYPE "workplace"."inspection_type";

-- [116/125] drop enum workplace.inspection_status (schemas/workplace.yaml:27:3)
DROP TYPE "workplace"."inspection_status";

-- [117/125] drop enum workplace.incident_type (schemas/workplace.yaml:23:3)
DROP TYPE "workplace"."incident_type";

-- [118/125] drop enum workplace.incident_status (schemas/workplace.yaml:25:3)
DROP TYPE "workplace"."incident_status";

-- [119/125] drop enum workplace.incident_severity (schemas/workplace.yaml:24:3)
DROP TYPE "workplace"."incident_severity";

-- [120/125] drop enum workplace.asset_status (schemas/workplace.yaml:20:3)
DROP TYPE "workplace"."asset_status";

-- [121/125] drop enum workplace.asset_category (schemas/workplace.yaml:19:3)
DROP TYPE "workplace"."asset_category";

-- [122/125] drop schema workplace (schemas/workplace.yaml:6:9)
DROP SCHEMA "workplace";

-- [123/125] drop role merch_workplace_svc (schemas/workplace.yaml:10:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_workplace_svc";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_workplace_svc';
END
$provision$;

-- [124/125] drop role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_readonly';
END
$provision$;

-- [125/125] drop role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_ops";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_ops';
END
$provision$;
