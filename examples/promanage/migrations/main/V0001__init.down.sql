-- provision migration V0001 (down) for database main: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/514] revoke default privilege SELECT on new tables in pm to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "pm"
    REVOKE SELECT ON TABLES FROM "readonly_user";

-- [2/514] revoke default privilege SELECT on new tables in ops to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "ops"
    REVOKE SELECT ON TABLES FROM "readonly_user";

-- [3/514] revoke default privilege SELECT on new tables in iam to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "iam"
    REVOKE SELECT ON TABLES FROM "readonly_user";

-- [4/514] revoke grant USAGE on type pm.test_type to super_admin
REVOKE USAGE ON TYPE "pm"."test_type" FROM "super_admin";

-- [5/514] revoke grant USAGE on type pm.test_relation_type to super_admin
REVOKE USAGE ON TYPE "pm"."test_relation_type" FROM "super_admin";

-- [6/514] revoke grant USAGE on type pm.test_case_status to super_admin
REVOKE USAGE ON TYPE "pm"."test_case_status" FROM "super_admin";

-- [7/514] revoke grant USAGE on type pm.task_type to super_admin
REVOKE USAGE ON TYPE "pm"."task_type" FROM "super_admin";

-- [8/514] revoke grant USAGE on type pm.task_status to super_admin
REVOKE USAGE ON TYPE "pm"."task_status" FROM "super_admin";

-- [9/514] revoke grant USAGE on type pm.storage_provider to super_admin
REVOKE USAGE ON TYPE "pm"."storage_provider" FROM "super_admin";

-- [10/514] revoke grant USAGE on type pm.project_status to super_admin
REVOKE USAGE ON TYPE "pm"."project_status" FROM "super_admin";

-- [11/514] revoke grant USAGE on type pm.priority_level to super_admin
REVOKE USAGE ON TYPE "pm"."priority_level" FROM "super_admin";

-- [12/514] revoke grant USAGE on type pm.impact_area to super_admin
REVOKE USAGE ON TYPE "pm"."impact_area" FROM "super_admin";

-- [13/514] revoke grant USAGE on type pm.execution_result to super_admin
REVOKE USAGE ON TYPE "pm"."execution_result" FROM "super_admin";

-- [14/514] revoke grant USAGE on type pm.document_type to super_admin
REVOKE USAGE ON TYPE "pm"."document_type" FROM "super_admin";

-- [15/514] revoke grant USAGE on type pm.document_status to super_admin
REVOKE USAGE ON TYPE "pm"."document_status" FROM "super_admin";

-- [16/514] revoke grant USAGE on type pm.document_relation_type to super_admin
REVOKE USAGE ON TYPE "pm"."document_relation_type" FROM "super_admin";

-- [17/514] revoke grant USAGE on type pm.comment_entity to super_admin
REVOKE USAGE ON TYPE "pm"."comment_entity" FROM "super_admin";

-- [18/514] revoke grant USAGE on type pm.change_type to super_admin
REVOKE USAGE ON TYPE "pm"."change_type" FROM "super_admin";

-- [19/514] revoke grant USAGE on type pm.change_request_status to super_admin
REVOKE USAGE ON TYPE "pm"."change_request_status" FROM "super_admin";

-- [20/514] revoke grant USAGE on type pm.automation_status to super_admin
REVOKE USAGE ON TYPE "pm"."automation_status" FROM "super_admin";

-- [21/514] revoke grant USAGE on type pm.approval_decision to super_admin
REVOKE USAGE ON TYPE "pm"."approval_decision" FROM "super_admin";

-- [22/514] revoke grant USAGE on type ops.notification_channel to super_admin
REVOKE USAGE ON TYPE "ops"."notification_channel" FROM "super_admin";

-- [23/514] revoke grant USAGE on type ops.delivery_status to super_admin
REVOKE USAGE ON TYPE "ops"."delivery_status" FROM "super_admin";

-- [24/514] revoke grant USAGE on type ops.activity_action to super_admin
REVOKE USAGE ON TYPE "ops"."activity_action" FROM "super_admin";

-- [25/514] revoke grant USAGE on type iam.user_status to super_admin
REVOKE USAGE ON TYPE "iam"."user_status" FROM "super_admin";

-- [26/514] revoke grant USAGE on type iam.subscription_status to super_admin
REVOKE USAGE ON TYPE "iam"."subscription_status" FROM "super_admin";

-- [27/514] revoke grant USAGE on type iam.subscription_plan to super_admin
REVOKE USAGE ON TYPE "iam"."subscription_plan" FROM "super_admin";

-- [28/514] revoke grant USAGE on type iam.permission_scope to super_admin
REVOKE USAGE ON TYPE "iam"."permission_scope" FROM "super_admin";

-- [29/514] revoke grant USAGE on type iam.permission_resource to super_admin
REVOKE USAGE ON TYPE "iam"."permission_resource" FROM "super_admin";

-- [30/514] revoke grant USAGE on type iam.permission_action to super_admin
REVOKE USAGE ON TYPE "iam"."permission_action" FROM "super_admin";

-- [31/514] revoke grant ALL on table pm.test_executions to super_admin
REVOKE ALL ON TABLE "pm"."test_executions" FROM "super_admin";

-- [32/514] revoke grant ALL on table pm.test_cases to super_admin
REVOKE ALL ON TABLE "pm"."test_cases" FROM "super_admin";

-- [33/514] revoke grant ALL on table pm.test_case_relations to super_admin
REVOKE ALL ON TABLE "pm"."test_case_relations" FROM "super_admin";

-- [34/514] revoke grant ALL on table pm.tasks to super_admin
REVOKE ALL ON TABLE "pm"."tasks" FROM "super_admin";

-- [35/514] revoke grant ALL on table pm.projects to super_admin
REVOKE ALL ON TABLE "pm"."projects" FROM "super_admin";

-- [36/514] revoke grant ALL on table pm.project_members to super_admin
REVOKE ALL ON TABLE "pm"."project_members" FROM "super_admin";

-- [37/514] revoke grant ALL on table pm.documents to super_admin
REVOKE ALL ON TABLE "pm"."documents" FROM "super_admin";

-- [38/514] revoke grant ALL on table pm.document_versions to super_admin
REVOKE ALL ON TABLE "pm"."document_versions" FROM "super_admin";

-- [39/514] revoke grant ALL on table pm.document_relations to super_admin
REVOKE ALL ON TABLE "pm"."document_relations" FROM "super_admin";

-- [40/514] revoke grant ALL on table pm.comments to super_admin
REVOKE ALL ON TABLE "pm"."comments" FROM "super_admin";

-- [41/514] revoke grant ALL on table pm.change_requests to super_admin
REVOKE ALL ON TABLE "pm"."change_requests" FROM "super_admin";

-- [42/514] revoke grant ALL on table pm.change_request_impacts to super_admin
REVOKE ALL ON TABLE "pm"."change_request_impacts" FROM "super_admin";

-- [43/514] revoke grant ALL on table pm.change_request_approvals to super_admin
REVOKE ALL ON TABLE "pm"."change_request_approvals" FROM "super_admin";

-- [44/514] revoke grant ALL on table ops.user_dashboard_stats to super_admin
REVOKE ALL ON TABLE "ops"."user_dashboard_stats" FROM "super_admin";

-- [45/514] revoke grant ALL on table ops.project_stats to super_admin
REVOKE ALL ON TABLE "ops"."project_stats" FROM "super_admin";

-- [46/514] revoke grant ALL on table ops.notifications to super_admin
REVOKE ALL ON TABLE "ops"."notifications" FROM "super_admin";

-- [47/514] revoke grant ALL on table ops.activity_logs to super_admin
REVOKE ALL ON TABLE "ops"."activity_logs" FROM "super_admin";

-- [48/514] revoke grant ALL on table iam.users to super_admin
REVOKE ALL ON TABLE "iam"."users" FROM "super_admin";

-- [49/514] revoke grant ALL on table iam.user_sessions to super_admin
REVOKE ALL ON TABLE "iam"."user_sessions" FROM "super_admin";

-- [50/514] revoke grant ALL on table iam.roles to super_admin
REVOKE ALL ON TABLE "iam"."roles" FROM "super_admin";

-- [51/514] revoke grant ALL on table iam.role_permissions to super_admin
REVOKE ALL ON TABLE "iam"."role_permissions" FROM "super_admin";

-- [52/514] revoke grant ALL on table iam.permissions to super_admin
REVOKE ALL ON TABLE "iam"."permissions" FROM "super_admin";

-- [53/514] revoke grant ALL on table iam.organizations to super_admin
REVOKE ALL ON TABLE "iam"."organizations" FROM "super_admin";

-- [54/514] revoke grant USAGE on schema pm to super_admin
REVOKE USAGE ON SCHEMA "pm" FROM "super_admin";

-- [55/514] revoke grant USAGE on schema ops to super_admin
REVOKE USAGE ON SCHEMA "ops" FROM "super_admin";

-- [56/514] revoke grant USAGE on schema iam to super_admin
REVOKE USAGE ON SCHEMA "iam" FROM "super_admin";

-- [57/514] revoke grant EXECUTE on function ops.maintain_database() to super_admin
REVOKE EXECUTE ON FUNCTION "ops"."maintain_database"() FROM "super_admin";

-- [58/514] revoke grant USAGE on type pm.test_type to readonly_user
REVOKE USAGE ON TYPE "pm"."test_type" FROM "readonly_user";

-- [59/514] revoke grant USAGE on type pm.test_relation_type to readonly_user
REVOKE USAGE ON TYPE "pm"."test_relation_type" FROM "readonly_user";

-- [60/514] revoke grant USAGE on type pm.test_case_status to readonly_user
REVOKE USAGE ON TYPE "pm"."test_case_status" FROM "readonly_user";

-- [61/514] revoke grant USAGE on type pm.task_type to readonly_user
REVOKE USAGE ON TYPE "pm"."task_type" FROM "readonly_user";

-- [62/514] revoke grant USAGE on type pm.task_status to readonly_user
REVOKE USAGE ON TYPE "pm"."task_status" FROM "readonly_user";

-- [63/514] revoke grant USAGE on type pm.storage_provider to readonly_user
REVOKE USAGE ON TYPE "pm"."storage_provider" FROM "readonly_user";

-- [64/514] revoke grant USAGE on type pm.project_status to readonly_user
REVOKE USAGE ON TYPE "pm"."project_status" FROM "readonly_user";

-- [65/514] revoke grant USAGE on type pm.priority_level to readonly_user
REVOKE USAGE ON TYPE "pm"."priority_level" FROM "readonly_user";

-- [66/514] revoke grant USAGE on type pm.impact_area to readonly_user
REVOKE USAGE ON TYPE "pm"."impact_area" FROM "readonly_user";

-- [67/514] revoke grant USAGE on type pm.execution_result to readonly_user
REVOKE USAGE ON TYPE "pm"."execution_result" FROM "readonly_user";

-- [68/514] revoke grant USAGE on type pm.document_type to readonly_user
REVOKE USAGE ON TYPE "pm"."document_type" FROM "readonly_user";

-- [69/514] revoke grant USAGE on type pm.document_status to readonly_user
REVOKE USAGE ON TYPE "pm"."document_status" FROM "readonly_user";

-- [70/514] revoke grant USAGE on type pm.document_relation_type to readonly_user
REVOKE USAGE ON TYPE "pm"."document_relation_type" FROM "readonly_user";

-- [71/514] revoke grant USAGE on type pm.comment_entity to readonly_user
REVOKE USAGE ON TYPE "pm"."comment_entity" FROM "readonly_user";

-- [72/514] revoke grant USAGE on type pm.change_type to readonly_user
REVOKE USAGE ON TYPE "pm"."change_type" FROM "readonly_user";

-- [73/514] revoke grant USAGE on type pm.change_request_status to readonly_user
REVOKE USAGE ON TYPE "pm"."change_request_status" FROM "readonly_user";

-- [74/514] revoke grant USAGE on type pm.automation_status to readonly_user
REVOKE USAGE ON TYPE "pm"."automation_status" FROM "readonly_user";

-- [75/514] revoke grant USAGE on type pm.approval_decision to readonly_user
REVOKE USAGE ON TYPE "pm"."approval_decision" FROM "readonly_user";

-- [76/514] revoke grant USAGE on type ops.notification_channel to readonly_user
REVOKE USAGE ON TYPE "ops"."notification_channel" FROM "readonly_user";

-- [77/514] revoke grant USAGE on type ops.delivery_status to readonly_user
REVOKE USAGE ON TYPE "ops"."delivery_status" FROM "readonly_user";

-- [78/514] revoke grant USAGE on type ops.activity_action to readonly_user
REVOKE USAGE ON TYPE "ops"."activity_action" FROM "readonly_user";

-- [79/514] revoke grant USAGE on type iam.user_status to readonly_user
REVOKE USAGE ON TYPE "iam"."user_status" FROM "readonly_user";

-- [80/514] revoke grant USAGE on type iam.subscription_status to readonly_user
REVOKE USAGE ON TYPE "iam"."subscription_status" FROM "readonly_user";

-- [81/514] revoke grant USAGE on type iam.subscription_plan to readonly_user
REVOKE USAGE ON TYPE "iam"."subscription_plan" FROM "readonly_user";

-- [82/514] revoke grant USAGE on type iam.permission_scope to readonly_user
REVOKE USAGE ON TYPE "iam"."permission_scope" FROM "readonly_user";

-- [83/514] revoke grant USAGE on type iam.permission_resource to readonly_user
REVOKE USAGE ON TYPE "iam"."permission_resource" FROM "readonly_user";

-- [84/514] revoke grant USAGE on type iam.permission_action to readonly_user
REVOKE USAGE ON TYPE "iam"."permission_action" FROM "readonly_user";

-- [85/514] revoke grant SELECT on table pm.test_executions to readonly_user
REVOKE SELECT ON TABLE "pm"."test_executions" FROM "readonly_user";

-- [86/514] revoke grant SELECT on table pm.test_cases to readonly_user
REVOKE SELECT ON TABLE "pm"."test_cases" FROM "readonly_user";

-- [87/514] revoke grant SELECT on table pm.test_case_relations to readonly_user
REVOKE SELECT ON TABLE "pm"."test_case_relations" FROM "readonly_user";

-- [88/514] revoke grant SELECT on table pm.tasks to readonly_user
REVOKE SELECT ON TABLE "pm"."tasks" FROM "readonly_user";

-- [89/514] revoke grant SELECT on table pm.projects to readonly_user
REVOKE SELECT ON TABLE "pm"."projects" FROM "readonly_user";

-- [90/514] revoke grant SELECT on table pm.project_members to readonly_user
REVOKE SELECT ON TABLE "pm"."project_members" FROM "readonly_user";

-- [91/514] revoke grant SELECT on table pm.documents to readonly_user
REVOKE SELECT ON TABLE "pm"."documents" FROM "readonly_user";

-- [92/514] revoke grant SELECT on table pm.document_versions to readonly_user
REVOKE SELECT ON TABLE "pm"."document_versions" FROM "readonly_user";

-- [93/514] revoke grant SELECT on table pm.document_relations to readonly_user
REVOKE SELECT ON TABLE "pm"."document_relations" FROM "readonly_user";

-- [94/514] revoke grant SELECT on table pm.comments to readonly_user
REVOKE SELECT ON TABLE "pm"."comments" FROM "readonly_user";

-- [95/514] revoke grant SELECT on table pm.change_requests to readonly_user
REVOKE SELECT ON TABLE "pm"."change_requests" FROM "readonly_user";

-- [96/514] revoke grant SELECT on table pm.change_request_impacts to readonly_user
REVOKE SELECT ON TABLE "pm"."change_request_impacts" FROM "readonly_user";

-- [97/514] revoke grant SELECT on table pm.change_request_approvals to readonly_user
REVOKE SELECT ON TABLE "pm"."change_request_approvals" FROM "readonly_user";

-- [98/514] revoke grant SELECT on table ops.notifications to readonly_user
REVOKE SELECT ON TABLE "ops"."notifications" FROM "readonly_user";

-- [99/514] revoke grant SELECT on table ops.activity_logs to readonly_user
REVOKE SELECT ON TABLE "ops"."activity_logs" FROM "readonly_user";

-- [100/514] revoke grant SELECT on table iam.users to readonly_user
REVOKE SELECT ON TABLE "iam"."users" FROM "readonly_user";

-- [101/514] revoke grant SELECT on table iam.roles to readonly_user
REVOKE SELECT ON TABLE "iam"."roles" FROM "readonly_user";

-- [102/514] revoke grant SELECT on table iam.role_permissions to readonly_user
REVOKE SELECT ON TABLE "iam"."role_permissions" FROM "readonly_user";

-- [103/514] revoke grant SELECT on table iam.permissions to readonly_user
REVOKE SELECT ON TABLE "iam"."permissions" FROM "readonly_user";

-- [104/514] revoke grant SELECT on table iam.organizations to readonly_user
REVOKE SELECT ON TABLE "iam"."organizations" FROM "readonly_user";

-- [105/514] revoke grant USAGE on schema pm to readonly_user
REVOKE USAGE ON SCHEMA "pm" FROM "readonly_user";

-- [106/514] revoke grant USAGE on schema ops to readonly_user
REVOKE USAGE ON SCHEMA "ops" FROM "readonly_user";

-- [107/514] revoke grant USAGE on schema iam to readonly_user
REVOKE USAGE ON SCHEMA "iam" FROM "readonly_user";

-- [108/514] revoke grant EXECUTE on function pm.current_user_project_ids() to readonly_user
REVOKE EXECUTE ON FUNCTION "pm"."current_user_project_ids"() FROM "readonly_user";

-- [109/514] revoke grant EXECUTE on function ops.get_user_dashboard_stats() to readonly_user
REVOKE EXECUTE ON FUNCTION "ops"."get_user_dashboard_stats"() FROM "readonly_user";

-- [110/514] revoke grant EXECUTE on function ops.get_project_stats() to readonly_user
REVOKE EXECUTE ON FUNCTION "ops"."get_project_stats"() FROM "readonly_user";

-- [111/514] revoke grant EXECUTE on function iam.has_permission(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) to readonly_user
REVOKE EXECUTE ON FUNCTION "iam"."has_permission"(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) FROM "readonly_user";

-- [112/514] revoke grant EXECUTE on function iam.current_user_id() to readonly_user
REVOKE EXECUTE ON FUNCTION "iam"."current_user_id"() FROM "readonly_user";

-- [113/514] revoke grant USAGE on type pm.test_type to application_user
REVOKE USAGE ON TYPE "pm"."test_type" FROM "application_user";

-- [114/514] revoke grant USAGE on type pm.test_relation_type to application_user
REVOKE USAGE ON TYPE "pm"."test_relation_type" FROM "application_user";

-- [115/514] revoke grant USAGE on type pm.test_case_status to application_user
REVOKE USAGE ON TYPE "pm"."test_case_status" FROM "application_user";

-- [116/514] revoke grant USAGE on type pm.task_type to application_user
REVOKE USAGE ON TYPE "pm"."task_type" FROM "application_user";

-- [117/514] revoke grant USAGE on type pm.task_status to application_user
REVOKE USAGE ON TYPE "pm"."task_status" FROM "application_user";

-- [118/514] revoke grant USAGE on type pm.storage_provider to application_user
REVOKE USAGE ON TYPE "pm"."storage_provider" FROM "application_user";

-- [119/514] revoke grant USAGE on type pm.project_status to application_user
REVOKE USAGE ON TYPE "pm"."project_status" FROM "application_user";

-- [120/514] revoke grant USAGE on type pm.priority_level to application_user
REVOKE USAGE ON TYPE "pm"."priority_level" FROM "application_user";

-- [121/514] revoke grant USAGE on type pm.impact_area to application_user
REVOKE USAGE ON TYPE "pm"."impact_area" FROM "application_user";

-- [122/514] revoke grant USAGE on type pm.execution_result to application_user
REVOKE USAGE ON TYPE "pm"."execution_result" FROM "application_user";

-- [123/514] revoke grant USAGE on type pm.document_type to application_user
REVOKE USAGE ON TYPE "pm"."document_type" FROM "application_user";

-- [124/514] revoke grant USAGE on type pm.document_status to application_user
REVOKE USAGE ON TYPE "pm"."document_status" FROM "application_user";

-- [125/514] revoke grant USAGE on type pm.document_relation_type to application_user
REVOKE USAGE ON TYPE "pm"."document_relation_type" FROM "application_user";

-- [126/514] revoke grant USAGE on type pm.comment_entity to application_user
REVOKE USAGE ON TYPE "pm"."comment_entity" FROM "application_user";

-- [127/514] revoke grant USAGE on type pm.change_type to application_user
REVOKE USAGE ON TYPE "pm"."change_type" FROM "application_user";

-- [128/514] revoke grant USAGE on type pm.change_request_status to application_user
REVOKE USAGE ON TYPE "pm"."change_request_status" FROM "application_user";

-- [129/514] revoke grant USAGE on type pm.automation_status to application_user
REVOKE USAGE ON TYPE "pm"."automation_status" FROM "application_user";

-- [130/514] revoke grant USAGE on type pm.approval_decision to application_user
REVOKE USAGE ON TYPE "pm"."approval_decision" FROM "application_user";

-- [131/514] revoke grant USAGE on type ops.notification_channel to application_user
REVOKE USAGE ON TYPE "ops"."notification_channel" FROM "application_user";

-- [132/514] revoke grant USAGE on type ops.delivery_status to application_user
REVOKE USAGE ON TYPE "ops"."delivery_status" FROM "application_user";

-- [133/514] revoke grant USAGE on type ops.activity_action to application_user
REVOKE USAGE ON TYPE "ops"."activity_action" FROM "application_user";

-- [134/514] revoke grant USAGE on type iam.user_status to application_user
REVOKE USAGE ON TYPE "iam"."user_status" FROM "application_user";

-- [135/514] revoke grant USAGE on type iam.subscription_status to application_user
REVOKE USAGE ON TYPE "iam"."subscription_status" FROM "application_user";

-- [136/514] revoke grant USAGE on type iam.subscription_plan to application_user
REVOKE USAGE ON TYPE "iam"."subscription_plan" FROM "application_user";

-- [137/514] revoke grant USAGE on type iam.permission_scope to application_user
REVOKE USAGE ON TYPE "iam"."permission_scope" FROM "application_user";

-- [138/514] revoke grant USAGE on type iam.permission_resource to application_user
REVOKE USAGE ON TYPE "iam"."permission_resource" FROM "application_user";

-- [139/514] revoke grant USAGE on type iam.permission_action to application_user
REVOKE USAGE ON TYPE "iam"."permission_action" FROM "application_user";

-- [140/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.test_executions to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."test_executions" FROM "application_user";

-- [141/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.test_cases to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."test_cases" FROM "application_user";

-- [142/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.test_case_relations to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."test_case_relations" FROM "application_user";

-- [143/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.tasks to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."tasks" FROM "application_user";

-- [144/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.projects to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."projects" FROM "application_user";

-- [145/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.project_members to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."project_members" FROM "application_user";

-- [146/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.documents to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."documents" FROM "application_user";

-- [147/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.document_versions to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."document_versions" FROM "application_user";

-- [148/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.document_relations to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."document_relations" FROM "application_user";

-- [149/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.comments to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."comments" FROM "application_user";

-- [150/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.change_requests to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."change_requests" FROM "application_user";

-- [151/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.change_request_impacts to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."change_request_impacts" FROM "application_user";

-- [152/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table pm.change_request_approvals to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "pm"."change_request_approvals" FROM "application_user";

-- [153/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table ops.notifications to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ops"."notifications" FROM "application_user";

-- [154/514] revoke grant INSERT,SELECT on table ops.activity_logs to application_user
REVOKE INSERT, SELECT ON TABLE "ops"."activity_logs" FROM "application_user";

-- [155/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table iam.users to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."users" FROM "application_user";

-- [156/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table iam.user_sessions to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."user_sessions" FROM "application_user";

-- [157/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table iam.roles to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."roles" FROM "application_user";

-- [158/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table iam.role_permissions to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."role_permissions" FROM "application_user";

-- [159/514] revoke grant SELECT on table iam.permissions to application_user
REVOKE SELECT ON TABLE "iam"."permissions" FROM "application_user";

-- [160/514] revoke grant DELETE,INSERT,SELECT,UPDATE on table iam.organizations to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "iam"."organizations" FROM "application_user";

-- [161/514] revoke grant USAGE on schema pm to application_user
REVOKE USAGE ON SCHEMA "pm" FROM "application_user";

-- [162/514] revoke grant USAGE on schema ops to application_user
REVOKE USAGE ON SCHEMA "ops" FROM "application_user";

-- [163/514] revoke grant USAGE on schema iam to application_user
REVOKE USAGE ON SCHEMA "iam" FROM "application_user";

-- [164/514] revoke grant EXECUTE on function pm.current_user_project_ids() to application_user
REVOKE EXECUTE ON FUNCTION "pm"."current_user_project_ids"() FROM "application_user";

-- [165/514] revoke grant EXECUTE on function ops.get_user_dashboard_stats() to application_user
REVOKE EXECUTE ON FUNCTION "ops"."get_user_dashboard_stats"() FROM "application_user";

-- [166/514] revoke grant EXECUTE on function ops.get_project_stats() to application_user
REVOKE EXECUTE ON FUNCTION "ops"."get_project_stats"() FROM "application_user";

-- [167/514] revoke grant EXECUTE on function iam.has_permission(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) to application_user
REVOKE EXECUTE ON FUNCTION "iam"."has_permission"(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) FROM "application_user";

-- [168/514] revoke grant EXECUTE on function iam.current_user_id() to application_user
REVOKE EXECUTE ON FUNCTION "iam"."current_user_id"() FROM "application_user";

-- [169/514] drop policy project_membership on pm.test_executions (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."test_executions";

-- [170/514] drop policy tenant_isolation on pm.test_executions (schemas/pm.yaml:433:14)
DROP POLICY "tenant_isolation" ON "pm"."test_executions";

-- [171/514] drop policy project_membership on pm.test_cases (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."test_cases";

-- [172/514] drop policy tenant_isolation on pm.test_cases (schemas/pm.yaml:387:9)
DROP POLICY "tenant_isolation" ON "pm"."test_cases";

-- [173/514] drop policy project_membership on pm.test_case_relations (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."test_case_relations";

-- [174/514] drop policy tenant_isolation on pm.test_case_relations (schemas/pm.yaml:472:25)
DROP POLICY "tenant_isolation" ON "pm"."test_case_relations";

-- [175/514] drop policy project_membership on pm.tasks (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."tasks";

-- [176/514] drop policy tenant_isolation on pm.tasks (schemas/pm.yaml:338:9)
DROP POLICY "tenant_isolation" ON "pm"."tasks";

-- [177/514] drop policy project_member_delete on pm.projects (schemas/pm.yaml:117:9)
DROP POLICY "project_member_delete" ON "pm"."projects";

-- [178/514] drop policy project_member_update on pm.projects (schemas/pm.yaml:111:9)
DROP POLICY "project_member_update" ON "pm"."projects";

-- [179/514] drop policy project_member_read on pm.projects (schemas/pm.yaml:106:9)
DROP POLICY "project_member_read" ON "pm"."projects";

-- [180/514] drop policy tenant_isolation on pm.projects (schemas/pm.yaml:71:9)
DROP POLICY "tenant_isolation" ON "pm"."projects";

-- [181/514] drop policy project_membership on pm.project_members (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."project_members";

-- [182/514] drop policy tenant_isolation on pm.project_members (schemas/pm.yaml:130:25)
DROP POLICY "tenant_isolation" ON "pm"."project_members";

-- [183/514] drop policy project_membership on pm.documents (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."documents";

-- [184/514] drop policy tenant_isolation on pm.documents (schemas/pm.yaml:155:9)
DROP POLICY "tenant_isolation" ON "pm"."documents";

-- [185/514] drop policy project_membership on pm.document_versions (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."document_versions";

-- [186/514] drop policy tenant_isolation on pm.document_versions (schemas/pm.yaml:201:25)
DROP POLICY "tenant_isolation" ON "pm"."document_versions";

-- [187/514] drop policy project_membership on pm.document_relations (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."document_relations";

-- [188/514] drop policy tenant_isolation on pm.document_relations (schemas/pm.yaml:223:25)
DROP POLICY "tenant_isolation" ON "pm"."document_relations";

-- [189/514] drop policy project_membership on pm.comments (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."comments";

-- [190/514] drop policy tenant_isolation on pm.comments (schemas/pm.yaml:498:9)
DROP POLICY "tenant_isolation" ON "pm"."comments";

-- [191/514] drop policy project_membership on pm.change_requests (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."change_requests";

-- [192/514] drop policy tenant_isolation on pm.change_requests (schemas/pm.yaml:256:9)
DROP POLICY "tenant_isolation" ON "pm"."change_requests";

-- [193/514] drop policy project_membership on pm.change_request_impacts (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."change_request_impacts";

-- [194/514] drop policy tenant_isolation on pm.change_request_impacts (schemas/pm.yaml:292:25)
DROP POLICY "tenant_isolation" ON "pm"."change_request_impacts";

-- [195/514] drop policy project_membership on pm.change_request_approvals (schemas/pm.yaml:58:9)
DROP POLICY "project_membership" ON "pm"."change_request_approvals";

-- [196/514] drop policy tenant_isolation on pm.change_request_approvals (schemas/pm.yaml:313:25)
DROP POLICY "tenant_isolation" ON "pm"."change_request_approvals";

-- [197/514] drop policy notification_recipient_delete on ops.notifications (schemas/ops.yaml:85:9)
DROP POLICY "notification_recipient_delete" ON "ops"."notifications";

-- [198/514] drop policy notification_recipient_update on ops.notifications (schemas/ops.yaml:79:9)
DROP POLICY "notification_recipient_update" ON "ops"."notifications";

-- [199/514] drop policy notification_recipient_read on ops.notifications (schemas/ops.yaml:74:9)
DROP POLICY "notification_recipient_read" ON "ops"."notifications";

-- [200/514] drop policy tenant_isolation on ops.notifications (schemas/ops.yaml:29:14)
DROP POLICY "tenant_isolation" ON "ops"."notifications";

-- [201/514] drop policy tenant_isolation on ops.activity_logs (schemas/ops.yaml:92:14)
DROP POLICY "tenant_isolation" ON "ops"."activity_logs";

-- [202/514] drop policy tenant_isolation on iam.users (schemas/iam.yaml:73:9)
DROP POLICY "tenant_isolation" ON "iam"."users";

-- [203/514] drop policy tenant_isolation on iam.user_sessions (schemas/iam.yaml:113:25)
DROP POLICY "tenant_isolation" ON "iam"."user_sessions";

-- [204/514] drop policy tenant_isolation on iam.roles (schemas/iam.yaml:181:9)
DROP POLICY "tenant_isolation" ON "iam"."roles";

-- [205/514] drop policy tenant_isolation on iam.role_permissions (schemas/iam.yaml:196:14)
DROP POLICY "tenant_isolation" ON "iam"."role_permissions";

-- [206/514] drop policy tenant_self on iam.organizations (schemas/iam.yaml:57:25)
DROP POLICY "tenant_self" ON "iam"."organizations";

-- [207/514] disable rls pm.test_executions
ALTER TABLE "pm"."test_executions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."test_executions" DISABLE ROW LEVEL SECURITY;

-- [208/514] disable rls pm.test_cases
ALTER TABLE "pm"."test_cases" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."test_cases" DISABLE ROW LEVEL SECURITY;

-- [209/514] disable rls pm.test_case_relations
ALTER TABLE "pm"."test_case_relations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."test_case_relations" DISABLE ROW LEVEL SECURITY;

-- [210/514] disable rls pm.tasks
ALTER TABLE "pm"."tasks" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."tasks" DISABLE ROW LEVEL SECURITY;

-- [211/514] disable rls pm.projects
ALTER TABLE "pm"."projects" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."projects" DISABLE ROW LEVEL SECURITY;

-- [212/514] disable rls pm.project_members
ALTER TABLE "pm"."project_members" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."project_members" DISABLE ROW LEVEL SECURITY;

-- [213/514] disable rls pm.documents
ALTER TABLE "pm"."documents" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."documents" DISABLE ROW LEVEL SECURITY;

-- [214/514] disable rls pm.document_versions
ALTER TABLE "pm"."document_versions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."document_versions" DISABLE ROW LEVEL SECURITY;

-- [215/514] disable rls pm.document_relations
ALTER TABLE "pm"."document_relations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."document_relations" DISABLE ROW LEVEL SECURITY;

-- [216/514] disable rls pm.comments
ALTER TABLE "pm"."comments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."comments" DISABLE ROW LEVEL SECURITY;

-- [217/514] disable rls pm.change_requests
ALTER TABLE "pm"."change_requests" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."change_requests" DISABLE ROW LEVEL SECURITY;

-- [218/514] disable rls pm.change_request_impacts
ALTER TABLE "pm"."change_request_impacts" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."change_request_impacts" DISABLE ROW LEVEL SECURITY;

-- [219/514] disable rls pm.change_request_approvals
ALTER TABLE "pm"."change_request_approvals" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "pm"."change_request_approvals" DISABLE ROW LEVEL SECURITY;

-- [220/514] disable rls ops.notifications
ALTER TABLE "ops"."notifications" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ops"."notifications" DISABLE ROW LEVEL SECURITY;

-- [221/514] disable rls ops.activity_logs
ALTER TABLE "ops"."activity_logs" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ops"."activity_logs" DISABLE ROW LEVEL SECURITY;

-- [222/514] disable rls iam.users
ALTER TABLE "iam"."users" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "iam"."users" DISABLE ROW LEVEL SECURITY;

-- [223/514] disable rls iam.user_sessions
ALTER TABLE "iam"."user_sessions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "iam"."user_sessions" DISABLE ROW LEVEL SECURITY;

-- [224/514] disable rls iam.roles
ALTER TABLE "iam"."roles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "iam"."roles" DISABLE ROW LEVEL SECURITY;

-- [225/514] disable rls iam.role_permissions
ALTER TABLE "iam"."role_permissions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "iam"."role_permissions" DISABLE ROW LEVEL SECURITY;

-- [226/514] disable rls iam.organizations
ALTER TABLE "iam"."organizations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "iam"."organizations" DISABLE ROW LEVEL SECURITY;

-- [227/514] drop trigger test_executions_update_case on pm.test_executions (schemas/pm.yaml:466:7)
DROP TRIGGER "test_executions_update_case" ON "pm"."test_executions";

-- [228/514] drop trigger activity_logged on pm.test_cases (schemas/ops.yaml:22:7)
DROP TRIGGER "activity_logged" ON "pm"."test_cases";

-- [229/514] drop trigger search_vector_update on pm.test_cases (schemas/pm.yaml:392:9)
DROP TRIGGER "search_vector_update" ON "pm"."test_cases";

-- [230/514] drop trigger set_updated_at on pm.test_cases (schemas/pm.yaml:389:9)
DROP TRIGGER "set_updated_at" ON "pm"."test_cases";

-- [231/514] drop trigger test_cases_count_reuse on pm.test_cases (schemas/pm.yaml:426:7)
DROP TRIGGER "test_cases_count_reuse" ON "pm"."test_cases";

-- [232/514] drop trigger activity_logged on pm.tasks (schemas/ops.yaml:22:7)
DROP TRIGGER "activity_logged" ON "pm"."tasks";

-- [233/514] drop trigger search_vector_update on pm.tasks (schemas/pm.yaml:343:9)
DROP TRIGGER "search_vector_update" ON "pm"."tasks";

-- [234/514] drop trigger set_updated_at on pm.tasks (schemas/pm.yaml:340:9)
DROP TRIGGER "set_updated_at" ON "pm"."tasks";

-- [235/514] drop trigger activity_logged on pm.projects (schemas/ops.yaml:22:7)
DROP TRIGGER "activity_logged" ON "pm"."projects";

-- [236/514] drop trigger set_updated_at on pm.projects (schemas/pm.yaml:72:9)
DROP TRIGGER "set_updated_at" ON "pm"."projects";

-- [237/514] drop trigger projects_add_manager on pm.projects (schemas/pm.yaml:123:7)
DROP TRIGGER "projects_add_manager" ON "pm"."projects";

-- [238/514] drop trigger set_updated_at on pm.project_members (schemas/pm.yaml:130:56)
DROP TRIGGER "set_updated_at" ON "pm"."project_members";

-- [239/514] drop trigger activity_logged on pm.documents (schemas/ops.yaml:22:7)
DROP TRIGGER "activity_logged" ON "pm"."documents";

-- [240/514] drop trigger search_vector_update on pm.documents (schemas/pm.yaml:160:9)
DROP TRIGGER "search_vector_update" ON "pm"."documents";

-- [241/514] drop trigger set_updated_at on pm.documents (schemas/pm.yaml:157:9)
DROP TRIGGER "set_updated_at" ON "pm"."documents";

-- [242/514] drop trigger set_updated_at on pm.comments (schemas/pm.yaml:500:9)
DROP TRIGGER "set_updated_at" ON "pm"."comments";

-- [243/514] drop trigger activity_logged on pm.change_requests (schemas/ops.yaml:22:7)
DROP TRIGGER "activity_logged" ON "pm"."change_requests";

-- [244/514] drop trigger search_vector_update on pm.change_requests (schemas/pm.yaml:261:9)
DROP TRIGGER "search_vector_update" ON "pm"."change_requests";

-- [245/514] drop trigger set_updated_at on pm.change_requests (schemas/pm.yaml:258:9)
DROP TRIGGER "set_updated_at" ON "pm"."change_requests";

-- [246/514] drop trigger set_updated_at on pm.change_request_impacts (schemas/pm.yaml:292:56)
DROP TRIGGER "set_updated_at" ON "pm"."change_request_impacts";

-- [247/514] drop trigger set_updated_at on pm.change_request_approvals (schemas/pm.yaml:313:56)
DROP TRIGGER "set_updated_at" ON "pm"."change_request_approvals";

-- [248/514] drop trigger set_updated_at on iam.users (schemas/iam.yaml:74:9)
DROP TRIGGER "set_updated_at" ON "iam"."users";

-- [249/514] drop trigger set_updated_at on iam.roles (schemas/iam.yaml:182:9)
DROP TRIGGER "set_updated_at" ON "iam"."roles";

-- [250/514] drop trigger set_updated_at on iam.organizations (schemas/iam.yaml:57:38)
DROP TRIGGER "set_updated_at" ON "iam"."organizations";

-- [251/514] drop view ops.user_dashboard_stats (schemas/ops.yaml:128:3)
DROP MATERIALIZED VIEW "ops"."user_dashboard_stats";

-- [252/514] drop view ops.project_stats (schemas/ops.yaml:165:3)
DROP MATERIALIZED VIEW "ops"."project_stats";

-- [253/514] drop foreign key test_executions_organization_id_project_id_test_case_id_fkey on pm.test_executions (schemas/pm.yaml:451:9)
ALTER TABLE "pm"."test_executions" DROP CONSTRAINT "test_executions_organization_id_project_id_test_case_id_fkey";

-- [254/514] drop foreign key test_executions_organization_id_project_id_fkey on pm.test_executions (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."test_executions" DROP CONSTRAINT "test_executions_organization_id_project_id_fkey";

-- [255/514] drop foreign key test_executions_organization_id_project_id_defect_task_id_fkey on pm.test_executions (schemas/pm.yaml:453:9)
ALTER TABLE "pm"."test_executions" DROP CONSTRAINT "test_executions_organization_id_project_id_defect_task_id_fkey";

-- [256/514] drop foreign key test_executions_organization_id_fkey on pm.test_executions (schemas/pm.yaml:433:14)
ALTER TABLE "pm"."test_executions" DROP CONSTRAINT "test_executions_organization_id_fkey";

-- [257/514] drop foreign key test_executions_organization_id_executed_by_fkey on pm.test_executions (schemas/pm.yaml:452:9)
ALTER TABLE "pm"."test_executions" DROP CONSTRAINT "test_executions_organization_id_executed_by_fkey";

-- [258/514] drop foreign key test_cases_organization_id_template_id_fkey on pm.test_cases (schemas/pm.yaml:416:9)
ALTER TABLE "pm"."test_cases" DROP CONSTRAINT "test_cases_organization_id_template_id_fkey";

-- [259/514] drop foreign key test_cases_organization_id_project_id_fkey on pm.test_cases (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."test_cases" DROP CONSTRAINT "test_cases_organization_id_project_id_fkey";

-- [260/514] drop foreign key test_cases_organization_id_fkey on pm.test_cases (schemas/pm.yaml:387:9)
ALTER TABLE "pm"."test_cases" DROP CONSTRAINT "test_cases_organization_id_fkey";

-- [261/514] drop foreign key test_cases_organization_id_author_id_fkey on pm.test_cases (schemas/pm.yaml:417:9)
ALTER TABLE "pm"."test_cases" DROP CONSTRAINT "test_cases_organization_id_author_id_fkey";

-- [262/514] drop foreign key test_cases_deleted_by_fkey on pm.test_cases (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."test_cases" DROP CONSTRAINT "test_cases_deleted_by_fkey";

-- [263/514] drop foreign key test_case_relations_organization_id_project_id_test_ca_f1276142 on pm.test_case_relations (schemas/pm.yaml:481:9)
ALTER TABLE "pm"."test_case_relations" DROP CONSTRAINT "test_case_relations_organization_id_project_id_test_ca_f1276142";

-- [264/514] drop foreign key test_case_relations_organization_id_project_id_related_179874a2 on pm.test_case_relations (schemas/pm.yaml:482:9)
ALTER TABLE "pm"."test_case_relations" DROP CONSTRAINT "test_case_relations_organization_id_project_id_related_179874a2";

-- [265/514] drop foreign key test_case_relations_organization_id_project_id_fkey on pm.test_case_relations (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."test_case_relations" DROP CONSTRAINT "test_case_relations_organization_id_project_id_fkey";

-- [266/514] drop foreign key test_case_relations_organization_id_fkey on pm.test_case_relations (schemas/pm.yaml:472:25)
ALTER TABLE "pm"."test_case_relations" DROP CONSTRAINT "test_case_relations_organization_id_fkey";

-- [267/514] drop foreign key test_case_relations_organization_id_created_by_fkey on pm.test_case_relations (schemas/pm.yaml:483:9)
ALTER TABLE "pm"."test_case_relations" DROP CONSTRAINT "test_case_relations_organization_id_created_by_fkey";

-- [268/514] drop foreign key tasks_organization_id_reporter_id_fkey on pm.tasks (schemas/pm.yaml:369:9)
ALTER TABLE "pm"."tasks" DROP CONSTRAINT "tasks_organization_id_reporter_id_fkey";

-- [269/514] drop foreign key tasks_organization_id_project_id_parent_task_id_fkey on pm.tasks (schemas/pm.yaml:366:9)
ALTER TABLE "pm"."tasks" DROP CONSTRAINT "tasks_organization_id_project_id_parent_task_id_fkey";

-- [270/514] drop foreign key tasks_organization_id_project_id_fkey on pm.tasks (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."tasks" DROP CONSTRAINT "tasks_organization_id_project_id_fkey";

-- [271/514] drop foreign key tasks_organization_id_project_id_change_request_id_fkey on pm.tasks (schemas/pm.yaml:367:9)
ALTER TABLE "pm"."tasks" DROP CONSTRAINT "tasks_organization_id_project_id_change_request_id_fkey";

-- [272/514] drop foreign key tasks_organization_id_fkey on pm.tasks (schemas/pm.yaml:338:9)
ALTER TABLE "pm"."tasks" DROP CONSTRAINT "tasks_organization_id_fkey";

-- [273/514] drop foreign key tasks_organization_id_assignee_id_fkey on pm.tasks (schemas/pm.yaml:368:9)
ALTER TABLE "pm"."tasks" DROP CONSTRAINT "tasks_organization_id_assignee_id_fkey";

-- [274/514] drop foreign key tasks_deleted_by_fkey on pm.tasks (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."tasks" DROP CONSTRAINT "tasks_deleted_by_fkey";

-- [275/514] drop foreign key projects_organization_id_parent_project_id_fkey on pm.projects (schemas/pm.yaml:92:9)
ALTER TABLE "pm"."projects" DROP CONSTRAINT "projects_organization_id_parent_project_id_fkey";

-- [276/514] drop foreign key projects_organization_id_manager_id_fkey on pm.projects (schemas/pm.yaml:93:9)
ALTER TABLE "pm"."projects" DROP CONSTRAINT "projects_organization_id_manager_id_fkey";

-- [277/514] drop foreign key projects_organization_id_fkey on pm.projects (schemas/pm.yaml:71:9)
ALTER TABLE "pm"."projects" DROP CONSTRAINT "projects_organization_id_fkey";

-- [278/514] drop foreign key projects_deleted_by_fkey on pm.projects (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."projects" DROP CONSTRAINT "projects_deleted_by_fkey";

-- [279/514] drop foreign key project_members_organization_id_user_id_fkey on pm.project_members (schemas/pm.yaml:139:9)
ALTER TABLE "pm"."project_members" DROP CONSTRAINT "project_members_organization_id_user_id_fkey";

-- [280/514] drop foreign key project_members_organization_id_role_id_fkey on pm.project_members (schemas/pm.yaml:140:9)
ALTER TABLE "pm"."project_members" DROP CONSTRAINT "project_members_organization_id_role_id_fkey";

-- [281/514] drop foreign key project_members_organization_id_project_id_fkey on pm.project_members (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."project_members" DROP CONSTRAINT "project_members_organization_id_project_id_fkey";

-- [282/514] drop foreign key project_members_organization_id_fkey on pm.project_members (schemas/pm.yaml:130:25)
ALTER TABLE "pm"."project_members" DROP CONSTRAINT "project_members_organization_id_fkey";

-- [283/514] drop foreign key documents_organization_id_template_id_fkey on pm.documents (schemas/pm.yaml:187:9)
ALTER TABLE "pm"."documents" DROP CONSTRAINT "documents_organization_id_template_id_fkey";

-- [284/514] drop foreign key documents_organization_id_project_id_fkey on pm.documents (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."documents" DROP CONSTRAINT "documents_organization_id_project_id_fkey";

-- [285/514] drop foreign key documents_organization_id_fkey on pm.documents (schemas/pm.yaml:155:9)
ALTER TABLE "pm"."documents" DROP CONSTRAINT "documents_organization_id_fkey";

-- [286/514] drop foreign key documents_organization_id_author_id_fkey on pm.documents (schemas/pm.yaml:186:9)
ALTER TABLE "pm"."documents" DROP CONSTRAINT "documents_organization_id_author_id_fkey";

-- [287/514] drop foreign key documents_deleted_by_fkey on pm.documents (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."documents" DROP CONSTRAINT "documents_deleted_by_fkey";

-- [288/514] drop foreign key document_versions_organization_id_project_id_fkey on pm.document_versions (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."document_versions" DROP CONSTRAINT "document_versions_organization_id_project_id_fkey";

-- [289/514] drop foreign key document_versions_organization_id_project_id_document_id_fkey on pm.document_versions (schemas/pm.yaml:215:9)
ALTER TABLE "pm"."document_versions" DROP CONSTRAINT "document_versions_organization_id_project_id_document_id_fkey";

-- [290/514] drop foreign key document_versions_organization_id_fkey on pm.document_versions (schemas/pm.yaml:201:25)
ALTER TABLE "pm"."document_versions" DROP CONSTRAINT "document_versions_organization_id_fkey";

-- [291/514] drop foreign key document_versions_organization_id_created_by_fkey on pm.document_versions (schemas/pm.yaml:216:9)
ALTER TABLE "pm"."document_versions" DROP CONSTRAINT "document_versions_organization_id_created_by_fkey";

-- [292/514] drop foreign key document_relations_organization_id_project_id_test_case_id_fkey on pm.document_relations (schemas/pm.yaml:238:9)
ALTER TABLE "pm"."document_relations" DROP CONSTRAINT "document_relations_organization_id_project_id_test_case_id_fkey";

-- [293/514] drop foreign key document_relations_organization_id_project_id_related__130f3026 on pm.document_relations (schemas/pm.yaml:237:9)
ALTER TABLE "pm"."document_relations" DROP CONSTRAINT "document_relations_organization_id_project_id_related__130f3026";

-- [294/514] drop foreign key document_relations_organization_id_project_id_fkey on pm.document_relations (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."document_relations" DROP CONSTRAINT "document_relations_organization_id_project_id_fkey";

-- [295/514] drop foreign key document_relations_organization_id_project_id_document_id_fkey on pm.document_relations (schemas/pm.yaml:236:9)
ALTER TABLE "pm"."document_relations" DROP CONSTRAINT "document_relations_organization_id_project_id_document_id_fkey";

-- [296/514] drop foreign key document_relations_organization_id_fkey on pm.document_relations (schemas/pm.yaml:223:25)
ALTER TABLE "pm"."document_relations" DROP CONSTRAINT "document_relations_organization_id_fkey";

-- [297/514] drop foreign key document_relations_organization_id_created_by_fkey on pm.document_relations (schemas/pm.yaml:239:9)
ALTER TABLE "pm"."document_relations" DROP CONSTRAINT "document_relations_organization_id_created_by_fkey";

-- [298/514] drop foreign key comments_organization_id_project_id_parent_comment_id_fkey on pm.comments (schemas/pm.yaml:515:9)
ALTER TABLE "pm"."comments" DROP CONSTRAINT "comments_organization_id_project_id_parent_comment_id_fkey";

-- [299/514] drop foreign key comments_organization_id_project_id_fkey on pm.comments (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."comments" DROP CONSTRAINT "comments_organization_id_project_id_fkey";

-- [300/514] drop foreign key comments_organization_id_fkey on pm.comments (schemas/pm.yaml:498:9)
ALTER TABLE "pm"."comments" DROP CONSTRAINT "comments_organization_id_fkey";

-- [301/514] drop foreign key comments_organization_id_author_id_fkey on pm.comments (schemas/pm.yaml:516:9)
ALTER TABLE "pm"."comments" DROP CONSTRAINT "comments_organization_id_author_id_fkey";

-- [302/514] drop foreign key comments_deleted_by_fkey on pm.comments (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."comments" DROP CONSTRAINT "comments_deleted_by_fkey";

-- [303/514] drop foreign key change_requests_organization_id_requested_by_fkey on pm.change_requests (schemas/pm.yaml:282:9)
ALTER TABLE "pm"."change_requests" DROP CONSTRAINT "change_requests_organization_id_requested_by_fkey";

-- [304/514] drop foreign key change_requests_organization_id_project_id_fkey on pm.change_requests (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."change_requests" DROP CONSTRAINT "change_requests_organization_id_project_id_fkey";

-- [305/514] drop foreign key change_requests_organization_id_fkey on pm.change_requests (schemas/pm.yaml:256:9)
ALTER TABLE "pm"."change_requests" DROP CONSTRAINT "change_requests_organization_id_fkey";

-- [306/514] drop foreign key change_requests_organization_id_assignee_id_fkey on pm.change_requests (schemas/pm.yaml:283:9)
ALTER TABLE "pm"."change_requests" DROP CONSTRAINT "change_requests_organization_id_assignee_id_fkey";

-- [307/514] drop foreign key change_requests_deleted_by_fkey on pm.change_requests (schemas/iam.yaml:48:16)
ALTER TABLE "pm"."change_requests" DROP CONSTRAINT "change_requests_deleted_by_fkey";

-- [308/514] drop foreign key change_request_impacts_organization_id_project_id_fkey on pm.change_request_impacts (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."change_request_impacts" DROP CONSTRAINT "change_request_impacts_organization_id_project_id_fkey";

-- [309/514] drop foreign key change_request_impacts_organization_id_project_id_chan_5015c9d8 on pm.change_request_impacts (schemas/pm.yaml:304:9)
ALTER TABLE "pm"."change_request_impacts" DROP CONSTRAINT "change_request_impacts_organization_id_project_id_chan_5015c9d8";

-- [310/514] drop foreign key change_request_impacts_organization_id_project_id_affe_f788f882 on pm.change_request_impacts (schemas/pm.yaml:306:9)
ALTER TABLE "pm"."change_request_impacts" DROP CONSTRAINT "change_request_impacts_organization_id_project_id_affe_f788f882";

-- [311/514] drop foreign key change_request_impacts_organization_id_project_id_affe_b928004e on pm.change_request_impacts (schemas/pm.yaml:305:9)
ALTER TABLE "pm"."change_request_impacts" DROP CONSTRAINT "change_request_impacts_organization_id_project_id_affe_b928004e";

-- [312/514] drop foreign key change_request_impacts_organization_id_fkey on pm.change_request_impacts (schemas/pm.yaml:292:25)
ALTER TABLE "pm"."change_request_impacts" DROP CONSTRAINT "change_request_impacts_organization_id_fkey";

-- [313/514] drop foreign key change_request_approvals_organization_id_project_id_fkey on pm.change_request_approvals (schemas/pm.yaml:47:16)
ALTER TABLE "pm"."change_request_approvals" DROP CONSTRAINT "change_request_approvals_organization_id_project_id_fkey";

-- [314/514] drop foreign key change_request_approvals_organization_id_project_id_ch_fe33c043 on pm.change_request_approvals (schemas/pm.yaml:323:9)
ALTER TABLE "pm"."change_request_approvals" DROP CONSTRAINT "change_request_approvals_organization_id_project_id_ch_fe33c043";

-- [315/514] drop foreign key change_request_approvals_organization_id_fkey on pm.change_request_approvals (schemas/pm.yaml:313:25)
ALTER TABLE "pm"."change_request_approvals" DROP CONSTRAINT "change_request_approvals_organization_id_fkey";

-- [316/514] drop foreign key change_request_approvals_organization_id_approver_id_fkey on pm.change_request_approvals (schemas/pm.yaml:324:9)
ALTER TABLE "pm"."change_request_approvals" DROP CONSTRAINT "change_request_approvals_organization_id_approver_id_fkey";

-- [317/514] drop foreign key notifications_organization_id_recipient_id_fkey on ops.notifications (schemas/ops.yaml:53:9)
ALTER TABLE "ops"."notifications" DROP CONSTRAINT "notifications_organization_id_recipient_id_fkey";

-- [318/514] drop foreign key notifications_organization_id_fkey on ops.notifications (schemas/ops.yaml:29:14)
ALTER TABLE "ops"."notifications" DROP CONSTRAINT "notifications_organization_id_fkey";

-- [319/514] drop foreign key activity_logs_organization_id_fkey on ops.activity_logs (schemas/ops.yaml:92:14)
ALTER TABLE "ops"."activity_logs" DROP CONSTRAINT "activity_logs_organization_id_fkey";

-- [320/514] drop foreign key users_organization_id_role_id_fkey on iam.users (schemas/iam.yaml:102:9)
ALTER TABLE "iam"."users" DROP CONSTRAINT "users_organization_id_role_id_fkey";

-- [321/514] drop foreign key users_organization_id_fkey on iam.users (schemas/iam.yaml:73:9)
ALTER TABLE "iam"."users" DROP CONSTRAINT "users_organization_id_fkey";

-- [322/514] drop foreign key users_deleted_by_fkey on iam.users (schemas/iam.yaml:48:16)
ALTER TABLE "iam"."users" DROP CONSTRAINT "users_deleted_by_fkey";

-- [323/514] drop foreign key user_sessions_organization_id_user_id_fkey on iam.user_sessions (schemas/iam.yaml:125:9)
ALTER TABLE "iam"."user_sessions" DROP CONSTRAINT "user_sessions_organization_id_user_id_fkey";

-- [324/514] drop foreign key user_sessions_organization_id_fkey on iam.user_sessions (schemas/iam.yaml:113:25)
ALTER TABLE "iam"."user_sessions" DROP CONSTRAINT "user_sessions_organization_id_fkey";

-- [325/514] drop foreign key roles_organization_id_fkey on iam.roles (schemas/iam.yaml:181:9)
ALTER TABLE "iam"."roles" DROP CONSTRAINT "roles_organization_id_fkey";

-- [326/514] drop foreign key roles_deleted_by_fkey on iam.roles (schemas/iam.yaml:48:16)
ALTER TABLE "iam"."roles" DROP CONSTRAINT "roles_deleted_by_fkey";

-- [327/514] drop foreign key role_permissions_permission_id_fkey on iam.role_permissions (schemas/iam.yaml:200:51)
ALTER TABLE "iam"."role_permissions" DROP CONSTRAINT "role_permissions_permission_id_fkey";

-- [328/514] drop foreign key role_permissions_organization_id_role_id_fkey on iam.role_permissions (schemas/iam.yaml:204:9)
ALTER TABLE "iam"."role_permissions" DROP CONSTRAINT "role_permissions_organization_id_role_id_fkey";

-- [329/514] drop foreign key role_permissions_organization_id_fkey on iam.role_permissions (schemas/iam.yaml:196:14)
ALTER TABLE "iam"."role_permissions" DROP CONSTRAINT "role_permissions_organization_id_fkey";

-- [330/514] delete rows 34 row(s) of iam.permissions
DELETE FROM "iam"."permissions" WHERE "id" = '1';
DELETE FROM "iam"."permissions" WHERE "id" = '2';
DELETE FROM "iam"."permissions" WHERE "id" = '3';
DELETE FROM "iam"."permissions" WHERE "id" = '4';
DELETE FROM "iam"."permissions" WHERE "id" = '5';
DELETE FROM "iam"."permissions" WHERE "id" = '6';
DELETE FROM "iam"."permissions" WHERE "id" = '7';
DELETE FROM "iam"."permissions" WHERE "id" = '8';
DELETE FROM "iam"."permissions" WHERE "id" = '9';
DELETE FROM "iam"."permissions" WHERE "id" = '10';
DELETE FROM "iam"."permissions" WHERE "id" = '11';
DELETE FROM "iam"."permissions" WHERE "id" = '12';
DELETE FROM "iam"."permissions" WHERE "id" = '13';
DELETE FROM "iam"."permissions" WHERE "id" = '14';
DELETE FROM "iam"."permissions" WHERE "id" = '15';
DELETE FROM "iam"."permissions" WHERE "id" = '16';
DELETE FROM "iam"."permissions" WHERE "id" = '17';
DELETE FROM "iam"."permissions" WHERE "id" = '18';
DELETE FROM "iam"."permissions" WHERE "id" = '19';
DELETE FROM "iam"."permissions" WHERE "id" = '20';
DELETE FROM "iam"."permissions" WHERE "id" = '21';
DELETE FROM "iam"."permissions" WHERE "id" = '22';
DELETE FROM "iam"."permissions" WHERE "id" = '23';
DELETE FROM "iam"."permissions" WHERE "id" = '24';
DELETE FROM "iam"."permissions" WHERE "id" = '25';
DELETE FROM "iam"."permissions" WHERE "id" = '26';
DELETE FROM "iam"."permissions" WHERE "id" = '27';
DELETE FROM "iam"."permissions" WHERE "id" = '28';
DELETE FROM "iam"."permissions" WHERE "id" = '29';
DELETE FROM "iam"."permissions" WHERE "id" = '30';
DELETE FROM "iam"."permissions" WHERE "id" = '31';
DELETE FROM "iam"."permissions" WHERE "id" = '32';
DELETE FROM "iam"."permissions" WHERE "id" = '33';
DELETE FROM "iam"."permissions" WHERE "id" = '34';

-- [331/514] drop index test_executions_project_id_idx on pm.test_executions (schemas/pm.yaml:52:16)
DROP INDEX "pm"."test_executions_project_id_idx";

-- [332/514] drop index test_executions_executed_by_executed_at_idx on pm.test_executions (schemas/pm.yaml:457:9)
DROP INDEX "pm"."test_executions_executed_by_executed_at_idx";

-- [333/514] drop index test_executions_project_id_executed_at_idx on pm.test_executions (schemas/pm.yaml:456:9)
DROP INDEX "pm"."test_executions_project_id_executed_at_idx";

-- [334/514] drop index test_executions_test_case_id_executed_at_idx on pm.test_executions (schemas/pm.yaml:455:16)
DROP INDEX "pm"."test_executions_test_case_id_executed_at_idx";

-- [335/514] drop index test_executions_organization_id_idx on pm.test_executions (schemas/pm.yaml:433:14)
DROP INDEX "pm"."test_executions_organization_id_idx";

-- [336/514] drop index test_cases_search_vector_idx on pm.test_cases (schemas/pm.yaml:392:9)
DROP INDEX "pm"."test_cases_search_vector_idx";

-- [337/514] drop index test_cases_deleted_by_idx on pm.test_cases (schemas/iam.yaml:52:16)
DROP INDEX "pm"."test_cases_deleted_by_idx";

-- [338/514] drop index test_cases_project_id_idx on pm.test_cases (schemas/pm.yaml:52:16)
DROP INDEX "pm"."test_cases_project_id_idx";

-- [339/514] drop index test_cases_author_id_idx on pm.test_cases (schemas/pm.yaml:424:9)
DROP INDEX "pm"."test_cases_author_id_idx";

-- [340/514] drop index test_cases_template_id_idx on pm.test_cases (schemas/pm.yaml:423:9)
DROP INDEX "pm"."test_cases_template_id_idx";

-- [341/514] drop index test_cases_project_id_automation_status_idx on pm.test_cases (schemas/pm.yaml:422:9)
DROP INDEX "pm"."test_cases_project_id_automation_status_idx";

-- [342/514] drop index test_cases_most_reused_idx on pm.test_cases (schemas/pm.yaml:421:9)
DROP INDEX "pm"."test_cases_most_reused_idx";

-- [343/514] drop index test_cases_templates_idx on pm.test_cases (schemas/pm.yaml:420:9)
DROP INDEX "pm"."test_cases_templates_idx";

-- [344/514] drop index test_cases_project_id_status_idx on pm.test_cases (schemas/pm.yaml:419:9)
DROP INDEX "pm"."test_cases_project_id_status_idx";

-- [345/514] drop index test_cases_organization_id_idx on pm.test_cases (schemas/pm.yaml:387:9)
DROP INDEX "pm"."test_cases_organization_id_idx";

-- [346/514] drop index test_case_relations_project_id_idx on pm.test_case_relations (schemas/pm.yaml:52:16)
DROP INDEX "pm"."test_case_relations_project_id_idx";

-- [347/514] drop index test_case_relations_created_by_idx on pm.test_case_relations (schemas/pm.yaml:490:9)
DROP INDEX "pm"."test_case_relations_created_by_idx";

-- [348/514] drop index test_case_relations_related_test_case_id_idx on pm.test_case_relations (schemas/pm.yaml:489:9)
DROP INDEX "pm"."test_case_relations_related_test_case_id_idx";

-- [349/514] drop index test_case_relations_organization_id_idx on pm.test_case_relations (schemas/pm.yaml:472:25)
DROP INDEX "pm"."test_case_relations_organization_id_idx";

-- [350/514] drop index tasks_search_vector_idx on pm.tasks (schemas/pm.yaml:343:9)
DROP INDEX "pm"."tasks_search_vector_idx";

-- [351/514] drop index tasks_deleted_by_idx on pm.tasks (schemas/iam.yaml:52:16)
DROP INDEX "pm"."tasks_deleted_by_idx";

-- [352/514] drop index tasks_project_id_idx on pm.tasks (schemas/pm.yaml:52:16)
DROP INDEX "pm"."tasks_project_id_idx";

-- [353/514] drop index tasks_reporter_id_idx on pm.tasks (schemas/pm.yaml:379:9)
DROP INDEX "pm"."tasks_reporter_id_idx";

-- [354/514] drop index tasks_change_request_id_idx on pm.tasks (schemas/pm.yaml:378:9)
DROP INDEX "pm"."tasks_change_request_id_idx";

-- [355/514] drop index tasks_parent_task_id_idx on pm.tasks (schemas/pm.yaml:377:9)
DROP INDEX "pm"."tasks_parent_task_id_idx";

-- [356/514] drop index tasks_project_id_sprint_idx on pm.tasks (schemas/pm.yaml:376:9)
DROP INDEX "pm"."tasks_project_id_sprint_idx";

-- [357/514] drop index tasks_project_id_due_date_idx on pm.tasks (schemas/pm.yaml:375:9)
DROP INDEX "pm"."tasks_project_id_due_date_idx";

-- [358/514] drop index tasks_assignee_id_status_idx on pm.tasks (schemas/pm.yaml:374:9)
DROP INDEX "pm"."tasks_assignee_id_status_idx";

-- [359/514] drop index tasks_project_id_status_idx on pm.tasks (schemas/pm.yaml:373:9)
DROP INDEX "pm"."tasks_project_id_status_idx";

-- [360/514] drop index tasks_organization_id_idx on pm.tasks (schemas/pm.yaml:338:9)
DROP INDEX "pm"."tasks_organization_id_idx";

-- [361/514] drop index projects_deleted_by_idx on pm.projects (schemas/iam.yaml:52:16)
DROP INDEX "pm"."projects_deleted_by_idx";

-- [362/514] drop index projects_parent_project_id_idx on pm.projects (schemas/pm.yaml:102:9)
DROP INDEX "pm"."projects_parent_project_id_idx";

-- [363/514] drop index projects_metadata_idx on pm.projects (schemas/pm.yaml:101:9)
DROP INDEX "pm"."projects_metadata_idx";

-- [364/514] drop index projects_manager_id_idx on pm.projects (schemas/pm.yaml:100:9)
DROP INDEX "pm"."projects_manager_id_idx";

-- [365/514] drop index projects_organization_id_status_idx on pm.projects (schemas/pm.yaml:99:9)
DROP INDEX "pm"."projects_organization_id_status_idx";

-- [366/514] drop index projects_organization_id_code_key on pm.projects (schemas/pm.yaml:98:9)
DROP INDEX "pm"."projects_organization_id_code_key";

-- [367/514] drop index projects_organization_id_idx on pm.projects (schemas/pm.yaml:71:9)
DROP INDEX "pm"."projects_organization_id_idx";

-- [368/514] drop index project_members_project_id_idx on pm.project_members (schemas/pm.yaml:52:16)
DROP INDEX "pm"."project_members_project_id_idx";

-- [369/514] drop index project_members_role_id_idx on pm.project_members (schemas/pm.yaml:147:9)
DROP INDEX "pm"."project_members_role_id_idx";

-- [370/514] drop index project_members_active_idx on pm.project_members (schemas/pm.yaml:146:9)
DROP INDEX "pm"."project_members_active_idx";

-- [371/514] drop index project_members_organization_id_idx on pm.project_members (schemas/pm.yaml:130:25)
DROP INDEX "pm"."project_members_organization_id_idx";

-- [372/514] drop index documents_search_vector_idx on pm.documents (schemas/pm.yaml:160:9)
DROP INDEX "pm"."documents_search_vector_idx";

-- [373/514] drop index documents_deleted_by_idx on pm.documents (schemas/iam.yaml:52:16)
DROP INDEX "pm"."documents_deleted_by_idx";

-- [374/514] drop index documents_project_id_idx on pm.documents (schemas/pm.yaml:52:16)
DROP INDEX "pm"."documents_project_id_idx";

-- [375/514] drop index documents_template_id_idx on pm.documents (schemas/pm.yaml:198:9)
DROP INDEX "pm"."documents_template_id_idx";

-- [376/514] drop index documents_author_id_idx on pm.documents (schemas/pm.yaml:197:9)
DROP INDEX "pm"."documents_author_id_idx";

-- [377/514] drop index documents_tags_idx on pm.documents (schemas/pm.yaml:196:9)
DROP INDEX "pm"."documents_tags_idx";

-- [378/514] drop index documents_templates_idx on pm.documents (schemas/pm.yaml:195:9)
DROP INDEX "pm"."documents_templates_idx";

-- [379/514] drop index documents_created_at_idx on pm.documents (schemas/pm.yaml:194:9)
DROP INDEX "pm"."documents_created_at_idx";

-- [380/514] drop index documents_metadata_idx on pm.documents (schemas/pm.yaml:193:9)
DROP INDEX "pm"."documents_metadata_idx";

-- [381/514] drop index documents_project_id_updated_at_idx on pm.documents (schemas/pm.yaml:192:16)
DROP INDEX "pm"."documents_project_id_updated_at_idx";

-- [382/514] drop index documents_project_id_status_idx on pm.documents (schemas/pm.yaml:191:9)
DROP INDEX "pm"."documents_project_id_status_idx";

-- [383/514] drop index documents_organization_id_idx on pm.documents (schemas/pm.yaml:155:9)
DROP INDEX "pm"."documents_organization_id_idx";

-- [384/514] drop index document_versions_project_id_idx on pm.document_versions (schemas/pm.yaml:52:16)
DROP INDEX "pm"."document_versions_project_id_idx";

-- [385/514] drop index document_versions_created_by_idx on pm.document_versions (schemas/pm.yaml:220:9)
DROP INDEX "pm"."document_versions_created_by_idx";

-- [386/514] drop index document_versions_organization_id_idx on pm.document_versions (schemas/pm.yaml:201:25)
DROP INDEX "pm"."document_versions_organization_id_idx";

-- [387/514] drop index document_relations_project_id_idx on pm.document_relations (schemas/pm.yaml:52:16)
DROP INDEX "pm"."document_relations_project_id_idx";

-- [388/514] drop index document_relations_created_by_idx on pm.document_relations (schemas/pm.yaml:248:9)
DROP INDEX "pm"."document_relations_created_by_idx";

-- [389/514] drop index document_relations_test_case_id_idx on pm.document_relations (schemas/pm.yaml:247:9)
DROP INDEX "pm"."document_relations_test_case_id_idx";

-- [390/514] drop index document_relations_related_document_id_idx on pm.document_relations (schemas/pm.yaml:246:9)
DROP INDEX "pm"."document_relations_related_document_id_idx";

-- [391/514] drop index document_relations_test_cases_key on pm.document_relations (schemas/pm.yaml:245:9)
DROP INDEX "pm"."document_relations_test_cases_key";

-- [392/514] drop index document_relations_documents_key on pm.document_relations (schemas/pm.yaml:244:9)
DROP INDEX "pm"."document_relations_documents_key";

-- [393/514] drop index document_relations_organization_id_idx on pm.document_relations (schemas/pm.yaml:223:25)
DROP INDEX "pm"."document_relations_organization_id_idx";

-- [394/514] drop index comments_deleted_by_idx on pm.comments (schemas/iam.yaml:52:16)
DROP INDEX "pm"."comments_deleted_by_idx";

-- [395/514] drop index comments_project_id_idx on pm.comments (schemas/pm.yaml:52:16)
DROP INDEX "pm"."comments_project_id_idx";

-- [396/514] drop index comments_parent_comment_id_idx on pm.comments (schemas/pm.yaml:523:9)
DROP INDEX "pm"."comments_parent_comment_id_idx";

-- [397/514] drop index comments_mentions_idx on pm.comments (schemas/pm.yaml:522:9)
DROP INDEX "pm"."comments_mentions_idx";

-- [398/514] drop index comments_author_id_created_at_idx on pm.comments (schemas/pm.yaml:521:9)
DROP INDEX "pm"."comments_author_id_created_at_idx";

-- [399/514] drop index comments_entity_type_entity_id_created_at_idx on pm.comments (schemas/pm.yaml:520:9)
DROP INDEX "pm"."comments_entity_type_entity_id_created_at_idx";

-- [400/514] drop index comments_organization_id_idx on pm.comments (schemas/pm.yaml:498:9)
DROP INDEX "pm"."comments_organization_id_idx";

-- [401/514] drop index change_requests_search_vector_idx on pm.change_requests (schemas/pm.yaml:261:9)
DROP INDEX "pm"."change_requests_search_vector_idx";

-- [402/514] drop index change_requests_deleted_by_idx on pm.change_requests (schemas/iam.yaml:52:16)
DROP INDEX "pm"."change_requests_deleted_by_idx";

-- [403/514] drop index change_requests_project_id_idx on pm.change_requests (schemas/pm.yaml:52:16)
DROP INDEX "pm"."change_requests_project_id_idx";

-- [404/514] drop index change_requests_requested_by_idx on pm.change_requests (schemas/pm.yaml:289:9)
DROP INDEX "pm"."change_requests_requested_by_idx";

-- [405/514] drop index change_requests_created_at_idx on pm.change_requests (schemas/pm.yaml:288:9)
DROP INDEX "pm"."change_requests_created_at_idx";

-- [406/514] drop index change_requests_project_id_due_date_idx on pm.change_requests (schemas/pm.yaml:287:9)
DROP INDEX "pm"."change_requests_project_id_due_date_idx";

-- [407/514] drop index change_requests_assignee_id_status_idx on pm.change_requests (schemas/pm.yaml:286:9)
DROP INDEX "pm"."change_requests_assignee_id_status_idx";

-- [408/514] drop index change_requests_project_id_status_idx on pm.change_requests (schemas/pm.yaml:285:9)
DROP INDEX "pm"."change_requests_project_id_status_idx";

-- [409/514] drop index change_requests_organization_id_idx on pm.change_requests (schemas/pm.yaml:256:9)
DROP INDEX "pm"."change_requests_organization_id_idx";

-- [410/514] drop index change_request_impacts_project_id_idx on pm.change_request_impacts (schemas/pm.yaml:52:16)
DROP INDEX "pm"."change_request_impacts_project_id_idx";

-- [411/514] drop index change_request_impacts_affected_task_id_idx on pm.change_request_impacts (schemas/pm.yaml:310:9)
DROP INDEX "pm"."change_request_impacts_affected_task_id_idx";

-- [412/514] drop index change_request_impacts_affected_document_id_idx on pm.change_request_impacts (schemas/pm.yaml:309:9)
DROP INDEX "pm"."change_request_impacts_affected_document_id_idx";

-- [413/514] drop index change_request_impacts_change_request_id_idx on pm.change_request_impacts (schemas/pm.yaml:308:9)
DROP INDEX "pm"."change_request_impacts_change_request_id_idx";

-- [414/514] drop index change_request_impacts_organization_id_idx on pm.change_request_impacts (schemas/pm.yaml:292:25)
DROP INDEX "pm"."change_request_impacts_organization_id_idx";

-- [415/514] drop index change_request_approvals_project_id_idx on pm.change_request_approvals (schemas/pm.yaml:52:16)
DROP INDEX "pm"."change_request_approvals_project_id_idx";

-- [416/514] drop index change_request_approvals_pending_idx on pm.change_request_approvals (schemas/pm.yaml:330:9)
DROP INDEX "pm"."change_request_approvals_pending_idx";

-- [417/514] drop index change_request_approvals_organization_id_idx on pm.change_request_approvals (schemas/pm.yaml:313:25)
DROP INDEX "pm"."change_request_approvals_organization_id_idx";

-- [418/514] drop index notifications_expires_at_idx on ops.notifications (schemas/ops.yaml:61:9)
DROP INDEX "ops"."notifications_expires_at_idx";

-- [419/514] drop index notifications_undelivered_idx on ops.notifications (schemas/ops.yaml:60:9)
DROP INDEX "ops"."notifications_undelivered_idx";

-- [420/514] drop index notifications_entity_type_entity_id_idx on ops.notifications (schemas/ops.yaml:59:9)
DROP INDEX "ops"."notifications_entity_type_entity_id_idx";

-- [421/514] drop index notifications_recipient_id_created_at_idx on ops.notifications (schemas/ops.yaml:58:9)
DROP INDEX "ops"."notifications_recipient_id_created_at_idx";

-- [422/514] drop index notifications_unread_idx on ops.notifications (schemas/ops.yaml:57:9)
DROP INDEX "ops"."notifications_unread_idx";

-- [423/514] drop index notifications_organization_id_idx on ops.notifications (schemas/ops.yaml:29:14)
DROP INDEX "ops"."notifications_organization_id_idx";

-- [424/514] drop index activity_logs_entity_type_entity_id_idx on ops.activity_logs (schemas/ops.yaml:117:9)
DROP INDEX "ops"."activity_logs_entity_type_entity_id_idx";

-- [425/514] drop index activity_logs_project_id_created_at_idx on ops.activity_logs (schemas/ops.yaml:116:9)
DROP INDEX "ops"."activity_logs_project_id_created_at_idx";

-- [426/514] drop index activity_logs_user_id_created_at_idx on ops.activity_logs (schemas/ops.yaml:115:9)
DROP INDEX "ops"."activity_logs_user_id_created_at_idx";

-- [427/514] drop index activity_logs_organization_id_created_at_idx on ops.activity_logs (schemas/ops.yaml:114:16)
DROP INDEX "ops"."activity_logs_organization_id_created_at_idx";

-- [428/514] drop index activity_logs_organization_id_idx on ops.activity_logs (schemas/ops.yaml:92:14)
DROP INDEX "ops"."activity_logs_organization_id_idx";

-- [429/514] drop index users_deleted_by_idx on iam.users (schemas/iam.yaml:52:16)
DROP INDEX "iam"."users_deleted_by_idx";

-- [430/514] drop index users_role_id_idx on iam.users (schemas/iam.yaml:110:9)
DROP INDEX "iam"."users_role_id_idx";

-- [431/514] drop index users_organization_id_status_idx on iam.users (schemas/iam.yaml:109:9)
DROP INDEX "iam"."users_organization_id_status_idx";

-- [432/514] drop index users_organization_id_username_key on iam.users (schemas/iam.yaml:108:9)
DROP INDEX "iam"."users_organization_id_username_key";

-- [433/514] drop index users_organization_id_email_key on iam.users (schemas/iam.yaml:107:9)
DROP INDEX "iam"."users_organization_id_email_key";

-- [434/514] drop index users_organization_id_idx on iam.users (schemas/iam.yaml:73:9)
DROP INDEX "iam"."users_organization_id_idx";

-- [435/514] drop index user_sessions_expires_at_idx on iam.user_sessions (schemas/iam.yaml:130:9)
DROP INDEX "iam"."user_sessions_expires_at_idx";

-- [436/514] drop index user_sessions_user_id_idx on iam.user_sessions (schemas/iam.yaml:129:9)
DROP INDEX "iam"."user_sessions_user_id_idx";

-- [437/514] drop index user_sessions_organization_id_idx on iam.user_sessions (schemas/iam.yaml:113:25)
DROP INDEX "iam"."user_sessions_organization_id_idx";

-- [438/514] drop index roles_deleted_by_idx on iam.roles (schemas/iam.yaml:52:16)
DROP INDEX "iam"."roles_deleted_by_idx";

-- [439/514] drop index roles_organization_id_name_key on iam.roles (schemas/iam.yaml:193:9)
DROP INDEX "iam"."roles_organization_id_name_key";

-- [440/514] drop index roles_organization_id_idx on iam.roles (schemas/iam.yaml:181:9)
DROP INDEX "iam"."roles_organization_id_idx";

-- [441/514] drop index role_permissions_permission_id_idx on iam.role_permissions (schemas/iam.yaml:206:9)
DROP INDEX "iam"."role_permissions_permission_id_idx";

-- [442/514] drop index role_permissions_organization_id_idx on iam.role_permissions (schemas/iam.yaml:196:14)
DROP INDEX "iam"."role_permissions_organization_id_idx";

-- [443/514] drop table pm.test_executions (schemas/pm.yaml:432:3)
DROP TABLE "pm"."test_executions";

-- [444/514] drop table pm.test_cases (schemas/pm.yaml:384:3)
DROP TABLE "pm"."test_cases";

-- [445/514] drop table pm.test_case_relations (schemas/pm.yaml:471:3)
DROP TABLE "pm"."test_case_relations";

-- [446/514] drop table pm.tasks (schemas/pm.yaml:335:3)
DROP TABLE "pm"."tasks";

-- [447/514] drop table pm.projects (schemas/pm.yaml:68:3)
DROP TABLE "pm"."projects";

-- [448/514] drop table pm.project_members (schemas/pm.yaml:129:3)
DROP TABLE "pm"."project_members";

-- [449/514] drop table pm.documents (schemas/pm.yaml:152:3)
DROP TABLE "pm"."documents";

-- [450/514] drop table pm.document_versions (schemas/pm.yaml:200:3)
DROP TABLE "pm"."document_versions";

-- [451/514] drop table pm.document_relations (schemas/pm.yaml:222:3)
DROP TABLE "pm"."document_relations";

-- [452/514] drop table pm.comments (schemas/pm.yaml:495:3)
DROP TABLE "pm"."comments";

-- [453/514] drop table pm.change_requests (schemas/pm.yaml:253:3)
DROP TABLE "pm"."change_requests";

-- [454/514] drop table pm.change_request_impacts (schemas/pm.yaml:291:3)
DROP TABLE "pm"."change_request_impacts";

-- [455/514] drop table pm.change_request_approvals (schemas/pm.yaml:312:3)
DROP TABLE "pm"."change_request_approvals";

-- [456/514] drop table ops.notifications (schemas/ops.yaml:28:3)
DROP TABLE "ops"."notifications";

-- [457/514] drop table ops.activity_logs (schemas/ops.yaml:91:3)
DROP TABLE "ops"."activity_logs";

-- [458/514] drop table iam.users (schemas/iam.yaml:70:3)
DROP TABLE "iam"."users";

-- [459/514] drop table iam.user_sessions (schemas/iam.yaml:112:3)
DROP TABLE "iam"."user_sessions";

-- [460/514] drop table iam.roles (schemas/iam.yaml:178:3)
DROP TABLE "iam"."roles";

-- [461/514] drop table iam.role_permissions (schemas/iam.yaml:195:3)
DROP TABLE "iam"."role_permissions";

-- [462/514] drop table iam.permissions (schemas/iam.yaml:132:3)
DROP TABLE "iam"."permissions";

-- [463/514] drop table iam.organizations (schemas/iam.yaml:56:3)
DROP TABLE "iam"."organizations";

-- [464/514] drop function pm.test_cases_search_vector() (schemas/pm.yaml:392:9)
DROP FUNCTION "pm"."test_cases_search_vector"();

-- [465/514] drop function pm.tasks_search_vector() (schemas/pm.yaml:343:9)
DROP FUNCTION "pm"."tasks_search_vector"();

-- [466/514] drop function pm.set_updated_at() (schemas/pm.yaml:72:9)
DROP FUNCTION "pm"."set_updated_at"();

-- [467/514] drop function pm.record_last_execution() (schemas/pm.yaml:567:3)
DROP FUNCTION "pm"."record_last_execution"();

-- [468/514] drop function pm.documents_search_vector() (schemas/pm.yaml:160:9)
DROP FUNCTION "pm"."documents_search_vector"();

-- [469/514] drop function pm.current_user_project_ids() (schemas/pm.yaml:526:3)
DROP FUNCTION "pm"."current_user_project_ids"();

-- [470/514] drop function pm.count_template_reuse() (schemas/pm.yaml:555:3)
DROP FUNCTION "pm"."count_template_reuse"();

-- [471/514] drop function pm.change_requests_search_vector() (schemas/pm.yaml:261:9)
DROP FUNCTION "pm"."change_requests_search_vector"();

-- [472/514] drop function pm.add_manager_as_member() (schemas/pm.yaml:543:3)
DROP FUNCTION "pm"."add_manager_as_member"();

-- [473/514] drop function ops.maintain_database() (schemas/ops.yaml:282:3)
DROP FUNCTION "ops"."maintain_database"();

-- [474/514] drop function ops.log_activity() (schemas/ops.yaml:210:3)
DROP FUNCTION "ops"."log_activity"();

-- [475/514] drop function ops.get_user_dashboard_stats() (schemas/ops.yaml:252:3)
DROP FUNCTION "ops"."get_user_dashboard_stats"();

-- [476/514] drop function ops.get_project_stats() (schemas/ops.yaml:265:3)
DROP FUNCTION "ops"."get_project_stats"();

-- [477/514] drop function iam.set_updated_at() (schemas/iam.yaml:57:38)
DROP FUNCTION "iam"."set_updated_at"();

-- [478/514] drop function iam.has_permission(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint) (schemas/iam.yaml:216:3)
DROP FUNCTION "iam"."has_permission"(p_resource iam.permission_resource, p_action iam.permission_action, p_project_id bigint);

-- [479/514] drop function iam.current_user_id() (schemas/iam.yaml:209:3)
DROP FUNCTION "iam"."current_user_id"();

-- [480/514] drop enum pm.test_type (schemas/pm.yaml:26:3)
DROP TYPE "pm"."test_type";

-- [481/514] drop enum pm.test_relation_type (schemas/pm.yaml:30:3)
DROP TYPE "pm"."test_relation_type";

-- [482/514] drop enum pm.test_case_status (schemas/pm.yaml:27:3)
DROP TYPE "pm"."test_case_status";

-- [483/514] drop enum pm.task_type (schemas/pm.yaml:24:3)
DROP TYPE "pm"."task_type";

-- [484/514] drop enum pm.task_status (schemas/pm.yaml:25:3)
DROP TYPE "pm"."task_status";

-- [485/514] drop enum pm.storage_provider (schemas/pm.yaml:16:3)
DROP TYPE "pm"."storage_provider";

-- [486/514] drop enum pm.project_status (schemas/pm.yaml:12:3)
DROP TYPE "pm"."project_status";

-- [487/514] drop enum pm.priority_level (schemas/pm.yaml:13:3)
DROP TYPE "pm"."priority_level";

-- [488/514] drop enum pm.impact_area (schemas/pm.yaml:22:3)
DROP TYPE "pm"."impact_area";

-- [489/514] drop enum pm.execution_result (schemas/pm.yaml:29:3)
DROP TYPE "pm"."execution_result";

-- [490/514] drop enum pm.document_type (schemas/pm.yaml:14:3)
DROP TYPE "pm"."document_type";

-- [491/514] drop enum pm.document_status (schemas/pm.yaml:15:3)
DROP TYPE "pm"."document_status";

-- [492/514] drop enum pm.document_relation_type (schemas/pm.yaml:19:3)
DROP TYPE "pm"."document_relation_type";

-- [493/514] drop enum pm.comment_entity (schemas/pm.yaml:31:3)
DROP TYPE "pm"."comment_entity";

-- [494/514] drop enum pm.change_type (schemas/pm.yaml:20:3)
DROP TYPE "pm"."change_type";

-- [495/514] drop enum pm.change_request_status (schemas/pm.yaml:21:3)
DROP TYPE "pm"."change_request_status";

-- [496/514] drop enum pm.automation_status (schemas/pm.yaml:28:3)
DROP TYPE "pm"."automation_status";

-- [497/514] drop enum pm.approval_decision (schemas/pm.yaml:23:3)
DROP TYPE "pm"."approval_decision";

-- [498/514] drop enum ops.notification_channel (schemas/ops.yaml:10:3)
DROP TYPE "ops"."notification_channel";

-- [499/514] drop enum ops.delivery_status (schemas/ops.yaml:11:3)
DROP TYPE "ops"."delivery_status";

-- [500/514] drop enum ops.activity_action (schemas/ops.yaml:12:3)
DROP TYPE "ops"."activity_action";

-- [501/514] drop enum iam.user_status (schemas/iam.yaml:36:3)
DROP TYPE "iam"."user_status";

-- [502/514] drop enum iam.subscription_status (schemas/iam.yaml:35:3)
DROP TYPE "iam"."subscription_status";

-- [503/514] drop enum iam.subscription_plan (schemas/iam.yaml:34:3)
DROP TYPE "iam"."subscription_plan";

-- [504/514] drop enum iam.permission_scope (schemas/iam.yaml:31:3)
DROP TYPE "iam"."permission_scope";

-- [505/514] drop enum iam.permission_resource (schemas/iam.yaml:29:3)
DROP TYPE "iam"."permission_resource";

-- [506/514] drop enum iam.permission_action (schemas/iam.yaml:30:3)
DROP TYPE "iam"."permission_action";

-- [507/514] drop schema pm (schemas/pm.yaml:8:9)
DROP SCHEMA "pm";

-- [508/514] drop schema ops (schemas/ops.yaml:6:9)
DROP SCHEMA "ops";

-- [509/514] drop schema iam (schemas/iam.yaml:7:9)
DROP SCHEMA "iam";

-- [510/514] drop role super_admin (schemas/iam.yaml:23:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "super_admin";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'super_admin';
END
$provision$;

-- [511/514] drop role readonly_user (schemas/iam.yaml:18:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "readonly_user";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'readonly_user';
END
$provision$;

-- [512/514] drop role application_user (schemas/iam.yaml:14:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "application_user";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'application_user';
END
$provision$;

-- [513/514] drop extension pgcrypto (schemas/iam.yaml:8:22)
DROP EXTENSION IF EXISTS "pgcrypto";

-- [514/514] drop extension citext (schemas/iam.yaml:8:14)
DROP EXTENSION IF EXISTS "citext";
