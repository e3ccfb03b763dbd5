-- provision migration V0001 (down) for database user: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/148] revoke grant USAGE on type users.ui_theme to merch_user_svc
REVOKE USAGE ON TYPE "users"."ui_theme" FROM "merch_user_svc";

-- [2/148] revoke grant USAGE on type users.skill_kind to merch_user_svc
REVOKE USAGE ON TYPE "users"."skill_kind" FROM "merch_user_svc";

-- [3/148] revoke grant USAGE on type users.profile_status to merch_user_svc
REVOKE USAGE ON TYPE "users"."profile_status" FROM "merch_user_svc";

-- [4/148] revoke grant USAGE on type users.platform_service to merch_user_svc
REVOKE USAGE ON TYPE "users"."platform_service" FROM "merch_user_svc";

-- [5/148] revoke grant USAGE on type users.organization_status to merch_user_svc
REVOKE USAGE ON TYPE "users"."organization_status" FROM "merch_user_svc";

-- [6/148] revoke grant USAGE on type users.employment_type to merch_user_svc
REVOKE USAGE ON TYPE "users"."employment_type" FROM "merch_user_svc";

-- [7/148] revoke grant DELETE,INSERT,SELECT,UPDATE on table users.user_skills to merch_user_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."user_skills" FROM "merch_user_svc";

-- [8/148] revoke grant DELETE,INSERT,SELECT,UPDATE on table users.user_roles to merch_user_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."user_roles" FROM "merch_user_svc";

-- [9/148] revoke grant DELETE,INSERT,SELECT,UPDATE on table users.user_profiles to merch_user_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."user_profiles" FROM "merch_user_svc";

-- [10/148] revoke grant DELETE,INSERT,SELECT,UPDATE on table users.user_preferences to merch_user_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."user_preferences" FROM "merch_user_svc";

-- [11/148] revoke grant INSERT,SELECT on table users.user_activity_log to merch_user_svc
REVOKE INSERT, SELECT ON TABLE "users"."user_activity_log" FROM "merch_user_svc";

-- [12/148] revoke grant DELETE,INSERT,SELECT,UPDATE on table users.roles to merch_user_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."roles" FROM "merch_user_svc";

-- [13/148] revoke grant DELETE,INSERT,SELECT,UPDATE on table users.organizations to merch_user_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."organizations" FROM "merch_user_svc";

-- [14/148] revoke grant SELECT on table users.org_chart to merch_user_svc
REVOKE SELECT ON TABLE "users"."org_chart" FROM "merch_user_svc";

-- [15/148] revoke grant SELECT on table users.industries to merch_user_svc
REVOKE SELECT ON TABLE "users"."industries" FROM "merch_user_svc";

-- [16/148] revoke grant DELETE,INSERT,SELECT,UPDATE on table users.departments to merch_user_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."departments" FROM "merch_user_svc";

-- [17/148] revoke grant USAGE on schema users to merch_user_svc
REVOKE USAGE ON SCHEMA "users" FROM "merch_user_svc";

-- [18/148] revoke grant USAGE on type users.ui_theme to merch_readonly
REVOKE USAGE ON TYPE "users"."ui_theme" FROM "merch_readonly";

-- [19/148] revoke grant USAGE on type users.skill_kind to merch_readonly
REVOKE USAGE ON TYPE "users"."skill_kind" FROM "merch_readonly";

-- [20/148] revoke grant USAGE on type users.profile_status to merch_readonly
REVOKE USAGE ON TYPE "users"."profile_status" FROM "merch_readonly";

-- [21/148] revoke grant USAGE on type users.platform_service to merch_readonly
REVOKE USAGE ON TYPE "users"."platform_service" FROM "merch_readonly";

-- [22/148] revoke grant USAGE on type users.organization_status to merch_readonly
REVOKE USAGE ON TYPE "users"."organization_status" FROM "merch_readonly";

-- [23/148] revoke grant USAGE on type users.employment_type to merch_readonly
REVOKE USAGE ON TYPE "users"."employment_type" FROM "merch_readonly";

-- [24/148] revoke grant SELECT on table users.user_skills to merch_readonly
REVOKE SELECT ON TABLE "users"."user_skills" FROM "merch_readonly";

-- [25/148] revoke grant SELECT on table users.user_roles to merch_readonly
REVOKE SELECT ON TABLE "users"."user_roles" FROM "merch_readonly";

-- [26/148] revoke grant SELECT on table users.user_profiles to merch_readonly
REVOKE SELECT ON TABLE "users"."user_profiles" FROM "merch_readonly";

-- [27/148] revoke grant SELECT on table users.user_activity_log to merch_readonly
REVOKE SELECT ON TABLE "users"."user_activity_log" FROM "merch_readonly";

-- [28/148] revoke grant SELECT on table users.roles to merch_readonly
REVOKE SELECT ON TABLE "users"."roles" FROM "merch_readonly";

-- [29/148] revoke grant SELECT on table users.organizations to merch_readonly
REVOKE SELECT ON TABLE "users"."organizations" FROM "merch_readonly";

-- [30/148] revoke grant SELECT on table users.org_chart to merch_readonly
REVOKE SELECT ON TABLE "users"."org_chart" FROM "merch_readonly";

-- [31/148] revoke grant SELECT on table users.industries to merch_readonly
REVOKE SELECT ON TABLE "users"."industries" FROM "merch_readonly";

-- [32/148] revoke grant SELECT on table users.departments to merch_readonly
REVOKE SELECT ON TABLE "users"."departments" FROM "merch_readonly";

-- [33/148] revoke grant USAGE on schema users to merch_readonly
REVOKE USAGE ON SCHEMA "users" FROM "merch_readonly";

-- [34/148] revoke grant SELECT on table users.user_skills to merch_ops
REVOKE SELECT ON TABLE "users"."user_skills" FROM "merch_ops";

-- [35/148] revoke grant SELECT on table users.user_roles to merch_ops
REVOKE SELECT ON TABLE "users"."user_roles" FROM "merch_ops";

-- [36/148] revoke grant SELECT on table users.user_profiles to merch_ops
REVOKE SELECT ON TABLE "users"."user_profiles" FROM "merch_ops";

-- [37/148] revoke grant SELECT on table users.user_preferences to merch_ops
REVOKE SELECT ON TABLE "users"."user_preferences" FROM "merch_ops";

-- [38/148] revoke grant SELECT on table users.user_activity_log to merch_ops
REVOKE SELECT ON TABLE "users"."user_activity_log" FROM "merch_ops";

-- [39/148] revoke grant SELECT on table users.roles to merch_ops
REVOKE SELECT ON TABLE "users"."roles" FROM "merch_ops";

-- [40/148] revoke grant SELECT on table users.organizations to merch_ops
REVOKE SELECT ON TABLE "users"."organizations" FROM "merch_ops";

-- [41/148] revoke grant SELECT on table users.org_chart to merch_ops
REVOKE SELECT ON TABLE "users"."org_chart" FROM "merch_ops";

-- [42/148] revoke grant SELECT on table users.industries to merch_ops
REVOKE SELECT ON TABLE "users"."industries" FROM "merch_ops";

-- [43/148] revoke grant SELECT on table users.departments to merch_ops
REVOKE SELECT ON TABLE "users"."departments" FROM "merch_ops";

-- [44/148] revoke grant SELECT on table users.audit_log to merch_ops
REVOKE SELECT ON TABLE "users"."audit_log" FROM "merch_ops";

-- [45/148] revoke grant USAGE on schema users to merch_ops
REVOKE USAGE ON SCHEMA "users" FROM "merch_ops";

-- [46/148] drop policy tenant_isolation on users.user_skills (schemas/user.yaml:224:23)
DROP POLICY "tenant_isolation" ON "users"."user_skills";

-- [47/148] drop policy tenant_isolation on users.user_roles (schemas/user.yaml:172:23)
DROP POLICY "tenant_isolation" ON "users"."user_roles";

-- [48/148] drop policy tenant_isolation on users.user_profiles (schemas/user.yaml:103:9)
DROP POLICY "tenant_isolation" ON "users"."user_profiles";

-- [49/148] drop policy tenant_isolation on users.user_preferences (schemas/user.yaml:207:14)
DROP POLICY "tenant_isolation" ON "users"."user_preferences";

-- [50/148] drop policy tenant_isolation on users.user_activity_log (schemas/user.yaml:258:14)
DROP POLICY "tenant_isolation" ON "users"."user_activity_log";

-- [51/148] drop policy tenant_isolation on users.roles (schemas/user.yaml:154:23)
DROP POLICY "tenant_isolation" ON "users"."roles";

-- [52/148] drop policy tenant_self on users.organizations (schemas/user.yaml:52:23)
DROP POLICY "tenant_self" ON "users"."organizations";

-- [53/148] drop policy tenant_isolation on users.departments (schemas/user.yaml:78:23)
DROP POLICY "tenant_isolation" ON "users"."departments";

-- [54/148] disable rls users.user_skills
ALTER TABLE "users"."user_skills" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_skills" DISABLE ROW LEVEL SECURITY;

-- [55/148] disable rls users.user_roles
ALTER TABLE "users"."user_roles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_roles" DISABLE ROW LEVEL SECURITY;

-- [56/148] disable rls users.user_profiles
ALTER TABLE "users"."user_profiles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_profiles" DISABLE ROW LEVEL SECURITY;

-- [57/148] disable rls users.user_preferences
ALTER TABLE "users"."user_preferences" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_preferences" DISABLE ROW LEVEL SECURITY;

-- [58/148] disable rls users.user_activity_log
ALTER TABLE "users"."user_activity_log" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_activity_log" DISABLE ROW LEVEL SECURITY;

-- [59/148] disable rls users.roles
ALTER TABLE "users"."roles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "users"."roles" DISABLE ROW LEVEL SECURITY;

-- [60/148] disable rls users.organizations
ALTER TABLE "users"."organizations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "users"."organizations" DISABLE ROW LEVEL SECURITY;

-- [61/148] disable rls users.departments
ALTER TABLE "users"."departments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "users"."departments" DISABLE ROW LEVEL SECURITY;

-- [62/148] drop trigger set_updated_at on users.user_skills (schemas/user.yaml:224:38)
DROP TRIGGER "set_updated_at" ON "users"."user_skills";

-- [63/148] drop trigger audit_row on users.user_roles (schemas/user.yaml:172:38)
DROP TRIGGER "audit_row" ON "users"."user_roles";

-- [64/148] drop trigger search_vector_update on users.user_profiles (schemas/user.yaml:108:9)
DROP TRIGGER "search_vector_update" ON "users"."user_profiles";

-- [65/148] drop trigger audit_row on users.user_profiles (schemas/user.yaml:107:9)
DROP TRIGGER "audit_row" ON "users"."user_profiles";

-- [66/148] drop trigger set_updated_at on users.user_profiles (schemas/user.yaml:104:9)
DROP TRIGGER "set_updated_at" ON "users"."user_profiles";

-- [67/148] drop trigger set_updated_at on users.user_preferences (schemas/user.yaml:207:29)
DROP TRIGGER "set_updated_at" ON "users"."user_preferences";

-- [68/148] drop trigger refuse_change on users.user_activity_log (schemas/common.yaml:26:7)
DROP TRIGGER "refuse_change" ON "users"."user_activity_log";

-- [69/148] drop trigger audit_row on users.roles (schemas/user.yaml:154:50)
DROP TRIGGER "audit_row" ON "users"."roles";

-- [70/148] drop trigger set_updated_at on users.roles (schemas/user.yaml:154:38)
DROP TRIGGER "set_updated_at" ON "users"."roles";

-- [71/148] drop trigger audit_row on users.organizations (schemas/user.yaml:52:48)
DROP TRIGGER "audit_row" ON "users"."organizations";

-- [72/148] drop trigger set_updated_at on users.organizations (schemas/user.yaml:52:36)
DROP TRIGGER "set_updated_at" ON "users"."organizations";

-- [73/148] drop trigger set_updated_at on users.departments (schemas/user.yaml:78:38)
DROP TRIGGER "set_updated_at" ON "users"."departments";

-- [74/148] drop view users.org_chart (schemas/user.yaml:291:3)
DROP VIEW "users"."org_chart";

-- [75/148] drop foreign key user_skills_verified_by_fkey on users.user_skills (schemas/user.yaml:245:21)
ALTER TABLE "users"."user_skills" DROP CONSTRAINT "user_skills_verified_by_fkey";

-- [76/148] drop foreign key user_skills_user_profile_id_fkey on users.user_skills (schemas/user.yaml:229:21)
ALTER TABLE "users"."user_skills" DROP CONSTRAINT "user_skills_user_profile_id_fkey";

-- [77/148] drop foreign key user_skills_organization_id_fkey on users.user_skills (schemas/user.yaml:224:23)
ALTER TABLE "users"."user_skills" DROP CONSTRAINT "user_skills_organization_id_fkey";

-- [78/148] drop foreign key user_skills_industry_code_fkey on users.user_skills (schemas/user.yaml:235:21)
ALTER TABLE "users"."user_skills" DROP CONSTRAINT "user_skills_industry_code_fkey";

-- [79/148] drop foreign key user_roles_user_profile_id_fkey on users.user_roles (schemas/user.yaml:177:21)
ALTER TABLE "users"."user_roles" DROP CONSTRAINT "user_roles_user_profile_id_fkey";

-- [80/148] drop foreign key user_roles_role_id_fkey on users.user_roles (schemas/user.yaml:181:21)
ALTER TABLE "users"."user_roles" DROP CONSTRAINT "user_roles_role_id_fkey";

-- [81/148] drop foreign key user_roles_organization_id_fkey on users.user_roles (schemas/user.yaml:172:23)
ALTER TABLE "users"."user_roles" DROP CONSTRAINT "user_roles_organization_id_fkey";

-- [82/148] drop foreign key user_roles_granted_by_fkey on users.user_roles (schemas/user.yaml:189:21)
ALTER TABLE "users"."user_roles" DROP CONSTRAINT "user_roles_granted_by_fkey";

-- [83/148] drop foreign key user_profiles_organization_id_fkey on users.user_profiles (schemas/user.yaml:103:9)
ALTER TABLE "users"."user_profiles" DROP CONSTRAINT "user_profiles_organization_id_fkey";

-- [84/148] drop foreign key user_profiles_manager_id_fkey on users.user_profiles (schemas/user.yaml:128:21)
ALTER TABLE "users"."user_profiles" DROP CONSTRAINT "user_profiles_manager_id_fkey";

-- [85/148] drop foreign key user_profiles_department_id_fkey on users.user_profiles (schemas/user.yaml:124:21)
ALTER TABLE "users"."user_profiles" DROP CONSTRAINT "user_profiles_department_id_fkey";

-- [86/148] drop foreign key user_preferences_user_profile_id_fkey on users.user_preferences (schemas/user.yaml:213:21)
ALTER TABLE "users"."user_preferences" DROP CONSTRAINT "user_preferences_user_profile_id_fkey";

-- [87/148] drop foreign key user_preferences_organization_id_fkey on users.user_preferences (schemas/user.yaml:207:14)
ALTER TABLE "users"."user_preferences" DROP CONSTRAINT "user_preferences_organization_id_fkey";

-- [88/148] drop foreign key user_activity_log_organization_id_fkey on users.user_activity_log (schemas/user.yaml:258:14)
ALTER TABLE "users"."user_activity_log" DROP CONSTRAINT "user_activity_log_organization_id_fkey";

-- [89/148] drop foreign key roles_organization_id_fkey on users.roles (schemas/user.yaml:154:23)
ALTER TABLE "users"."roles" DROP CONSTRAINT "roles_organization_id_fkey";

-- [90/148] drop foreign key organizations_industry_code_fkey on users.organizations (schemas/user.yaml:62:21)
ALTER TABLE "users"."organizations" DROP CONSTRAINT "organizations_industry_code_fkey";

-- [91/148] drop foreign key departments_parent_id_fkey on users.departments (schemas/user.yaml:85:21)
ALTER TABLE "users"."departments" DROP CONSTRAINT "departments_parent_id_fkey";

-- [92/148] drop foreign key departments_organization_id_fkey on users.departments (schemas/user.yaml:78:23)
ALTER TABLE "users"."departments" DROP CONSTRAINT "departments_organization_id_fkey";

-- [93/148] drop foreign key departments_manager_profile_id_fkey on users.departments (schemas/user.yaml:89:21)
ALTER TABLE "users"."departments" DROP CONSTRAINT "departments_manager_profile_id_fkey";

-- [94/148] delete rows 5 row(s) of users.industries
DELETE FROM "users"."industries" WHERE "code" = 'fashion';
DELETE FROM "users"."industries" WHERE "code" = 'electronics';
DELETE FROM "users"."industries" WHERE "code" = 'food_beverage';
DELETE FROM "users"."industries" WHERE "code" = 'manufacturing';
DELETE FROM "users"."industries" WHERE "code" = 'retail';

-- [95/148] drop index user_skills_expiring_idx on users.user_skills (schemas/user.yaml:253:16)
DROP INDEX "users"."user_skills_expiring_idx";

-- [96/148] drop index user_skills_organization_id_name_idx on users.user_skills (schemas/user.yaml:252:16)
DROP INDEX "users"."user_skills_organization_id_name_idx";

-- [97/148] drop index user_skills_user_profile_id_idx on users.user_skills (schemas/user.yaml:251:9)
DROP INDEX "users"."user_skills_user_profile_id_idx";

-- [98/148] drop index user_skills_organization_id_idx on users.user_skills (schemas/user.yaml:224:23)
DROP INDEX "users"."user_skills_organization_id_idx";

-- [99/148] drop index user_roles_role_id_idx on users.user_roles (schemas/user.yaml:204:9)
DROP INDEX "users"."user_roles_role_id_idx";

-- [100/148] drop index user_roles_per_workplace_key on users.user_roles (schemas/user.yaml:200:16)
DROP INDEX "users"."user_roles_per_workplace_key";

-- [101/148] drop index user_roles_org_wide_key on users.user_roles (schemas/user.yaml:196:16)
DROP INDEX "users"."user_roles_org_wide_key";

-- [102/148] drop index user_roles_organization_id_idx on users.user_roles (schemas/user.yaml:172:23)
DROP INDEX "users"."user_roles_organization_id_idx";

-- [103/148] drop index user_profiles_search_vector_idx on users.user_profiles (schemas/user.yaml:108:9)
DROP INDEX "users"."user_profiles_search_vector_idx";

-- [104/148] drop index user_profiles_custom_fields_idx on users.user_profiles (schemas/user.yaml:106:9)
DROP INDEX "users"."user_profiles_custom_fields_idx";

-- [105/148] drop index user_profiles_manager_id_idx on users.user_profiles (schemas/user.yaml:150:16)
DROP INDEX "users"."user_profiles_manager_id_idx";

-- [106/148] drop index user_profiles_department_id_status_idx on users.user_profiles (schemas/user.yaml:149:16)
DROP INDEX "users"."user_profiles_department_id_status_idx";

-- [107/148] drop index user_profiles_organization_id_email_idx on users.user_profiles (schemas/user.yaml:148:16)
DROP INDEX "users"."user_profiles_organization_id_email_idx";

-- [108/148] drop index user_profiles_employee_code_key on users.user_profiles (schemas/user.yaml:144:16)
DROP INDEX "users"."user_profiles_employee_code_key";

-- [109/148] drop index user_profiles_organization_id_auth_user_id_key on users.user_profiles (schemas/user.yaml:142:16)
DROP INDEX "users"."user_profiles_organization_id_auth_user_id_key";

-- [110/148] drop index user_profiles_organization_id_idx on users.user_profiles (schemas/user.yaml:103:9)
DROP INDEX "users"."user_profiles_organization_id_idx";

-- [111/148] drop index user_preferences_organization_id_idx on users.user_preferences (schemas/user.yaml:207:14)
DROP INDEX "users"."user_preferences_organization_id_idx";

-- [112/148] drop index user_activity_log_occurred_brin on users.user_activity_log (schemas/user.yaml:286:16)
DROP INDEX "users"."user_activity_log_occurred_brin";

-- [113/148] drop index user_activity_log_entity_type_entity_id_idx on users.user_activity_log (schemas/user.yaml:284:16)
DROP INDEX "users"."user_activity_log_entity_type_entity_id_idx";

-- [114/148] drop index user_activity_log_user_profile_id_occurred_at_idx on users.user_activity_log (schemas/user.yaml:283:16)
DROP INDEX "users"."user_activity_log_user_profile_id_occurred_at_idx";

-- [115/148] drop index user_activity_log_organization_id_idx on users.user_activity_log (schemas/user.yaml:258:14)
DROP INDEX "users"."user_activity_log_organization_id_idx";

-- [116/148] drop index roles_permissions_idx on users.roles (schemas/user.yaml:168:16)
DROP INDEX "users"."roles_permissions_idx";

-- [117/148] drop index roles_organization_id_idx on users.roles (schemas/user.yaml:154:23)
DROP INDEX "users"."roles_organization_id_idx";

-- [118/148] drop index organizations_status_idx on users.organizations (schemas/user.yaml:74:16)
DROP INDEX "users"."organizations_status_idx";

-- [119/148] drop index organizations_industry_code_idx on users.organizations (schemas/user.yaml:73:9)
DROP INDEX "users"."organizations_industry_code_idx";

-- [120/148] drop index departments_parent_id_idx on users.departments (schemas/user.yaml:97:16)
DROP INDEX "users"."departments_parent_id_idx";

-- [121/148] drop index departments_organization_id_code_key on users.departments (schemas/user.yaml:95:16)
DROP INDEX "users"."departments_organization_id_code_key";

-- [122/148] drop index departments_organization_id_idx on users.departments (schemas/user.yaml:78:23)
DROP INDEX "users"."departments_organization_id_idx";

-- [123/148] drop index audit_log_table_name_changed_at_idx on users.audit_log (schemas/user.yaml:52:48)
DROP INDEX "users"."audit_log_table_name_changed_at_idx";

-- [124/148] drop table users.user_skills (schemas/user.yaml:223:3)
DROP TABLE "users"."user_skills";

-- [125/148] drop table users.user_roles (schemas/user.yaml:171:3)
DROP TABLE "users"."user_roles";

-- [126/148] drop table users.user_profiles (schemas/user.yaml:100:3)
DROP TABLE "users"."user_profiles";

-- [127/148] drop table users.user_preferences (schemas/user.yaml:206:3)
DROP TABLE "users"."user_preferences";

-- [128/148] drop table users.user_activity_log (schemas/user.yaml:257:3)
DROP TABLE "users"."user_activity_log";

-- [129/148] drop table users.roles (schemas/user.yaml:153:3)
DROP TABLE "users"."roles";

-- [130/148] drop table users.organizations (schemas/user.yaml:51:3)
DROP TABLE "users"."organizations";

-- [131/148] drop table users.industries (schemas/user.yaml:31:3)
DROP TABLE "users"."industries";

-- [132/148] drop table users.departments (schemas/user.yaml:77:3)
DROP TABLE "users"."departments";

-- [133/148] drop table users.audit_log (schemas/user.yaml:52:48)
DROP TABLE "users"."audit_log";

-- [134/148] drop function users.user_profiles_search_vector() (schemas/user.yaml:108:9)
DROP FUNCTION "users"."user_profiles_search_vector"();

-- [135/148] drop function users.set_updated_at() (schemas/user.yaml:52:36)
DROP FUNCTION "users"."set_updated_at"();

-- [136/148] drop function users.refuse_change() (schemas/common.yaml:32:7)
DROP FUNCTION "users"."refuse_change"();

-- [137/148] drop function users.audit_row() (schemas/user.yaml:52:48)
DROP FUNCTION "users"."audit_row"();

-- [138/148] drop enum users.ui_theme (schemas/user.yaml:25:3)
DROP TYPE "users"."ui_theme";

-- [139/148] drop enum users.skill_kind (schemas/user.yaml:24:3)
DROP TYPE "users"."skill_kind";

-- [140/148] drop enum users.profile_status (schemas/user.yaml:21:3)
DROP TYPE "users"."profile_status";

-- [141/148] drop enum users.platform_service (schemas/user.yaml:26:3)
DROP TYPE "users"."platform_service";

-- [142/148] drop enum users.organization_status (schemas/user.yaml:19:3)
DROP TYPE "users"."organization_status";

-- [143/148] drop enum users.employment_type (schemas/user.yaml:20:3)
DROP TYPE "users"."employment_type";

-- [144/148] drop schema users (schemas/user.yaml:7:9)
DROP SCHEMA "users";

-- [145/148] drop role merch_user_svc (schemas/user.yaml:12:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_user_svc";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_user_svc';
END
$provision$;

-- [146/148] drop role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_readonly';
END
$provision$;

-- [147/148] drop role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_ops";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_ops';
END
$provision$;

-- [148/148] drop extension citext (schemas/user.yaml:9:14)
DROP EXTENSION IF EXISTS "citext";
