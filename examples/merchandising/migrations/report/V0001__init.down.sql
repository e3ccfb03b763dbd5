-- provision migration V0001 (down) for database report: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/85] revoke grant USAGE on type report.run_status to merch_report_svc
REVOKE USAGE ON TYPE "report"."run_status" FROM "merch_report_svc";

-- [2/85] revoke grant USAGE on type report.report_status to merch_report_svc
REVOKE USAGE ON TYPE "report"."report_status" FROM "merch_report_svc";

-- [3/85] revoke grant USAGE on type report.report_kind to merch_report_svc
REVOKE USAGE ON TYPE "report"."report_kind" FROM "merch_report_svc";

-- [4/85] revoke grant USAGE on type report.export_format to merch_report_svc
REVOKE USAGE ON TYPE "report"."export_format" FROM "merch_report_svc";

-- [5/85] revoke grant DELETE,INSERT,SELECT,UPDATE on table report.scheduled_reports to merch_report_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."scheduled_reports" FROM "merch_report_svc";

-- [6/85] revoke grant DELETE,INSERT,SELECT,UPDATE on table report.reports to merch_report_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."reports" FROM "merch_report_svc";

-- [7/85] revoke grant DELETE,INSERT,SELECT,UPDATE on table report.report_templates to merch_report_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."report_templates" FROM "merch_report_svc";

-- [8/85] revoke grant DELETE,INSERT,SELECT,UPDATE on table report.report_comments to merch_report_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."report_comments" FROM "merch_report_svc";

-- [9/85] revoke grant DELETE,INSERT,SELECT,UPDATE on table report.report_analytics to merch_report_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "report"."report_analytics" FROM "merch_report_svc";

-- [10/85] revoke grant USAGE on schema report to merch_report_svc
REVOKE USAGE ON SCHEMA "report" FROM "merch_report_svc";

-- [11/85] revoke grant USAGE on type report.run_status to merch_readonly
REVOKE USAGE ON TYPE "report"."run_status" FROM "merch_readonly";

-- [12/85] revoke grant USAGE on type report.report_status to merch_readonly
REVOKE USAGE ON TYPE "report"."report_status" FROM "merch_readonly";

-- [13/85] revoke grant USAGE on type report.report_kind to merch_readonly
REVOKE USAGE ON TYPE "report"."report_kind" FROM "merch_readonly";

-- [14/85] revoke grant USAGE on type report.export_format to merch_readonly
REVOKE USAGE ON TYPE "report"."export_format" FROM "merch_readonly";

-- [15/85] revoke grant SELECT on table report.scheduled_reports to merch_readonly
REVOKE SELECT ON TABLE "report"."scheduled_reports" FROM "merch_readonly";

-- [16/85] revoke grant SELECT on table report.reports to merch_readonly
REVOKE SELECT ON TABLE "report"."reports" FROM "merch_readonly";

-- [17/85] revoke grant SELECT on table report.report_templates to merch_readonly
REVOKE SELECT ON TABLE "report"."report_templates" FROM "merch_readonly";

-- [18/85] revoke grant SELECT on table report.report_comments to merch_readonly
REVOKE SELECT ON TABLE "report"."report_comments" FROM "merch_readonly";

-- [19/85] revoke grant SELECT on table report.report_analytics to merch_readonly
REVOKE SELECT ON TABLE "report"."report_analytics" FROM "merch_readonly";

-- [20/85] revoke grant USAGE on schema report to merch_readonly
REVOKE USAGE ON SCHEMA "report" FROM "merch_readonly";

-- [21/85] revoke grant SELECT on table report.scheduled_reports to merch_ops
REVOKE SELECT ON TABLE "report"."scheduled_reports" FROM "merch_ops";

-- [22/85] revoke grant SELECT on table report.reports to merch_ops
REVOKE SELECT ON TABLE "report"."reports" FROM "merch_ops";

-- [23/85] revoke grant SELECT on table report.report_templates to merch_ops
REVOKE SELECT ON TABLE "report"."report_templates" FROM "merch_ops";

-- [24/85] revoke grant SELECT on table report.report_comments to merch_ops
REVOKE SELECT ON TABLE "report"."report_comments" FROM "merch_ops";

-- [25/85] revoke grant SELECT on table report.report_analytics to merch_ops
REVOKE SELECT ON TABLE "report"."report_analytics" FROM "merch_ops";

-- [26/85] revoke grant SELECT on table report.audit_log to merch_ops
REVOKE SELECT ON TABLE "report"."audit_log" FROM "merch_ops";

-- [27/85] revoke grant USAGE on schema report to merch_ops
REVOKE USAGE ON SCHEMA "report" FROM "merch_ops";

-- [28/85] drop policy tenant_isolation on report.scheduled_reports (schemas/report.yaml:149:23)
DROP POLICY "tenant_isolation" ON "report"."scheduled_reports";

-- [29/85] drop policy tenant_isolation on report.reports (schemas/report.yaml:57:9)
DROP POLICY "tenant_isolation" ON "report"."reports";

-- [30/85] drop policy tenant_isolation on report.report_templates (schemas/report.yaml:26:23)
DROP POLICY "tenant_isolation" ON "report"."report_templates";

-- [31/85] drop policy tenant_isolation on report.report_comments (schemas/report.yaml:100:23)
DROP POLICY "tenant_isolation" ON "report"."report_comments";

-- [32/85] drop policy tenant_isolation on report.report_analytics (schemas/report.yaml:119:23)
DROP POLICY "tenant_isolation" ON "report"."report_analytics";

-- [33/85] disable rls report.scheduled_reports
ALTER TABLE "report"."scheduled_reports" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "report"."scheduled_reports" DISABLE ROW LEVEL SECURITY;

-- [34/85] disable rls report.reports
ALTER TABLE "report"."reports" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "report"."reports" DISABLE ROW LEVEL SECURITY;

-- [35/85] disable rls report.report_templates
ALTER TABLE "report"."report_templates" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "report"."report_templates" DISABLE ROW LEVEL SECURITY;

-- [36/85] disable rls report.report_comments
ALTER TABLE "report"."report_comments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "report"."report_comments" DISABLE ROW LEVEL SECURITY;

-- [37/85] disable rls report.report_analytics
ALTER TABLE "report"."report_analytics" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "report"."report_analytics" DISABLE ROW LEVEL SECURITY;

-- [38/85] drop trigger set_updated_at on report.scheduled_reports (schemas/report.yaml:149:38)
DROP TRIGGER "set_updated_at" ON "report"."scheduled_reports";

-- [39/85] drop trigger search_vector_update on report.reports (schemas/report.yaml:61:9)
DROP TRIGGER "search_vector_update" ON "report"."reports";

-- [40/85] drop trigger audit_row on report.reports (schemas/report.yaml:60:9)
DROP TRIGGER "audit_row" ON "report"."reports";

-- [41/85] drop trigger set_updated_at on report.reports (schemas/report.yaml:58:9)
DROP TRIGGER "set_updated_at" ON "report"."reports";

-- [42/85] drop trigger set_updated_at on report.report_templates (schemas/report.yaml:26:38)
DROP TRIGGER "set_updated_at" ON "report"."report_templates";

-- [43/85] drop trigger set_updated_at on report.report_comments (schemas/report.yaml:100:38)
DROP TRIGGER "set_updated_at" ON "report"."report_comments";

-- [44/85] drop foreign key scheduled_reports_template_id_fkey on report.scheduled_reports (schemas/report.yaml:154:21)
ALTER TABLE "report"."scheduled_reports" DROP CONSTRAINT "scheduled_reports_template_id_fkey";

-- [45/85] drop foreign key reports_template_id_fkey on report.reports (schemas/report.yaml:66:21)
ALTER TABLE "report"."reports" DROP CONSTRAINT "reports_template_id_fkey";

-- [46/85] drop foreign key report_comments_report_id_fkey on report.report_comments (schemas/report.yaml:105:21)
ALTER TABLE "report"."report_comments" DROP CONSTRAINT "report_comments_report_id_fkey";

-- [47/85] drop foreign key report_analytics_template_id_fkey on report.report_analytics (schemas/report.yaml:124:21)
ALTER TABLE "report"."report_analytics" DROP CONSTRAINT "report_analytics_template_id_fkey";

-- [48/85] drop index scheduled_reports_due_idx on report.scheduled_reports (schemas/report.yaml:172:16)
DROP INDEX "report"."scheduled_reports_due_idx";

-- [49/85] drop index scheduled_reports_template_id_idx on report.scheduled_reports (schemas/report.yaml:171:9)
DROP INDEX "report"."scheduled_reports_template_id_idx";

-- [50/85] drop index scheduled_reports_organization_id_idx on report.scheduled_reports (schemas/report.yaml:149:23)
DROP INDEX "report"."scheduled_reports_organization_id_idx";

-- [51/85] drop index reports_search_vector_idx on report.reports (schemas/report.yaml:61:9)
DROP INDEX "report"."reports_search_vector_idx";

-- [52/85] drop index reports_data_idx on report.reports (schemas/report.yaml:96:16)
DROP INDEX "report"."reports_data_idx";

-- [53/85] drop index reports_awaiting_review_idx on report.reports (schemas/report.yaml:93:16)
DROP INDEX "report"."reports_awaiting_review_idx";

-- [54/85] drop index reports_submitted_by_created_at_idx on report.reports (schemas/report.yaml:92:16)
DROP INDEX "report"."reports_submitted_by_created_at_idx";

-- [55/85] drop index reports_organization_id_workplace_id_submitted_at_idx on report.reports (schemas/report.yaml:91:16)
DROP INDEX "report"."reports_organization_id_workplace_id_submitted_at_idx";

-- [56/85] drop index reports_template_id_submitted_at_idx on report.reports (schemas/report.yaml:90:16)
DROP INDEX "report"."reports_template_id_submitted_at_idx";

-- [57/85] drop index reports_organization_id_idx on report.reports (schemas/report.yaml:57:9)
DROP INDEX "report"."reports_organization_id_idx";

-- [58/85] drop index report_templates_fields_idx on report.report_templates (schemas/report.yaml:51:16)
DROP INDEX "report"."report_templates_fields_idx";

-- [59/85] drop index report_templates_published_idx on report.report_templates (schemas/report.yaml:48:16)
DROP INDEX "report"."report_templates_published_idx";

-- [60/85] drop index report_templates_organization_id_name_version_key on report.report_templates (schemas/report.yaml:46:16)
DROP INDEX "report"."report_templates_organization_id_name_version_key";

-- [61/85] drop index report_templates_organization_id_idx on report.report_templates (schemas/report.yaml:26:23)
DROP INDEX "report"."report_templates_organization_id_idx";

-- [62/85] drop index report_comments_report_id_created_at_idx on report.report_comments (schemas/report.yaml:116:16)
DROP INDEX "report"."report_comments_report_id_created_at_idx";

-- [63/85] drop index report_comments_organization_id_idx on report.report_comments (schemas/report.yaml:100:23)
DROP INDEX "report"."report_comments_organization_id_idx";

-- [64/85] drop index report_analytics_organization_id_stat_date_idx on report.report_analytics (schemas/report.yaml:146:16)
DROP INDEX "report"."report_analytics_organization_id_stat_date_idx";

-- [65/85] drop index report_analytics_total_key on report.report_analytics (schemas/report.yaml:142:16)
DROP INDEX "report"."report_analytics_total_key";

-- [66/85] drop index report_analytics_per_workplace_key on report.report_analytics (schemas/report.yaml:138:16)
DROP INDEX "report"."report_analytics_per_workplace_key";

-- [67/85] drop index report_analytics_organization_id_idx on report.report_analytics (schemas/report.yaml:119:23)
DROP INDEX "report"."report_analytics_organization_id_idx";

-- [68/85] drop index audit_log_table_name_changed_at_idx on report.audit_log (schemas/report.yaml:60:9)
DROP INDEX "report"."audit_log_table_name_changed_at_idx";

-- [69/85] drop table report.scheduled_reports (schemas/report.yaml:148:3)
DROP TABLE "report"."scheduled_reports";

-- [70/85] drop table report.reports (schemas/report.yaml:54:3)
DROP TABLE "report"."reports";

-- [71/85] drop table report.report_templates (schemas/report.yaml:25:3)
DROP TABLE "report"."report_templates";

-- [72/85] drop table report.report_comments (schemas/report.yaml:99:3)
DROP TABLE "report"."report_comments";

-- [73/85] drop table report.report_analytics (schemas/report.yaml:118:3)
DROP TABLE "report"."report_analytics";

-- [74/85] drop table report.audit_log (schemas/report.yaml:60:9)
DROP TABLE "report"."audit_log";

-- [75/85] drop function report.set_updated_at() (schemas/report.yaml:26:38)
DROP FUNCTION "report"."set_updated_at"();

-- [76/85] drop function report.reports_search_vector() (schemas/report.yaml:61:9)
DROP FUNCTION "report"."reports_search_vector"();

-- [77/85] drop function report.audit_row() (schemas/report.yaml:60:9)
DROP FUNCTION "report"."audit_row"();

-- [78/85] drop enum report.run_status (schemas/report.yaml:22:3)
DROP TYPE "report"."run_status";

-- [79/85] drop enum report.report_status (schemas/report.yaml:20:3)
DROP TYPE "report"."report_status";

-- [80/85] drop enum report.report_kind (schemas/report.yaml:17:3)
DROP TYPE "report"."report_kind";

-- [81/85] drop enum report.export_format (schemas/report.yaml:21:3)
DROP TYPE "report"."export_format";

-- [82/85] drop schema report (schemas/report.yaml:6:9)
DROP SCHEMA "report";

-- [83/85] drop role merch_report_svc (schemas/report.yaml:10:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_report_svc";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_report_svc';
END
$provision$;

-- [84/85] drop role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_readonly';
END
$provision$;

-- [85/85] drop role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_ops";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_ops';
END
$provision$;
