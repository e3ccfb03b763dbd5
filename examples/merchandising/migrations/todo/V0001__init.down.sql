-- provision migration V0001 (down) for database todo: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/110] revoke grant USAGE on type todo.todo_status to merch_todo_svc
REVOKE USAGE ON TYPE "todo"."todo_status" FROM "merch_todo_svc";

-- [2/110] revoke grant USAGE on type todo.todo_priority to merch_todo_svc
REVOKE USAGE ON TYPE "todo"."todo_priority" FROM "merch_todo_svc";

-- [3/110] revoke grant USAGE on type todo.time_entry_source to merch_todo_svc
REVOKE USAGE ON TYPE "todo"."time_entry_source" FROM "merch_todo_svc";

-- [4/110] revoke grant USAGE on type todo.recurrence_frequency to merch_todo_svc
REVOKE USAGE ON TYPE "todo"."recurrence_frequency" FROM "merch_todo_svc";

-- [5/110] revoke grant USAGE on type todo.dependency_type to merch_todo_svc
REVOKE USAGE ON TYPE "todo"."dependency_type" FROM "merch_todo_svc";

-- [6/110] revoke grant DELETE,INSERT,SELECT,UPDATE on table todo.todos to merch_todo_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todos" FROM "merch_todo_svc";

-- [7/110] revoke grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_time_entries to merch_todo_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_time_entries" FROM "merch_todo_svc";

-- [8/110] revoke grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_templates to merch_todo_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_templates" FROM "merch_todo_svc";

-- [9/110] revoke grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_recurring_patterns to merch_todo_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_recurring_patterns" FROM "merch_todo_svc";

-- [10/110] revoke grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_dependencies to merch_todo_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_dependencies" FROM "merch_todo_svc";

-- [11/110] revoke grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_comments to merch_todo_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_comments" FROM "merch_todo_svc";

-- [12/110] revoke grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_checklist_items to merch_todo_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_checklist_items" FROM "merch_todo_svc";

-- [13/110] revoke grant SELECT on table todo.overdue_todos to merch_todo_svc
REVOKE SELECT ON TABLE "todo"."overdue_todos" FROM "merch_todo_svc";

-- [14/110] revoke grant USAGE on schema todo to merch_todo_svc
REVOKE USAGE ON SCHEMA "todo" FROM "merch_todo_svc";

-- [15/110] revoke grant USAGE on type todo.todo_status to merch_readonly
REVOKE USAGE ON TYPE "todo"."todo_status" FROM "merch_readonly";

-- [16/110] revoke grant USAGE on type todo.todo_priority to merch_readonly
REVOKE USAGE ON TYPE "todo"."todo_priority" FROM "merch_readonly";

-- [17/110] revoke grant USAGE on type todo.time_entry_source to merch_readonly
REVOKE USAGE ON TYPE "todo"."time_entry_source" FROM "merch_readonly";

-- [18/110] revoke grant USAGE on type todo.recurrence_frequency to merch_readonly
REVOKE USAGE ON TYPE "todo"."recurrence_frequency" FROM "merch_readonly";

-- [19/110] revoke grant USAGE on type todo.dependency_type to merch_readonly
REVOKE USAGE ON TYPE "todo"."dependency_type" FROM "merch_readonly";

-- [20/110] revoke grant SELECT on table todo.todos to merch_readonly
REVOKE SELECT ON TABLE "todo"."todos" FROM "merch_readonly";

-- [21/110] revoke grant SELECT on table todo.todo_time_entries to merch_readonly
REVOKE SELECT ON TABLE "todo"."todo_time_entries" FROM "merch_readonly";

-- [22/110] revoke grant SELECT on table todo.todo_templates to merch_readonly
REVOKE SELECT ON TABLE "todo"."todo_templates" FROM "merch_readonly";

-- [23/110] revoke grant SELECT on table todo.todo_recurring_patterns to merch_readonly
REVOKE SELECT ON TABLE "todo"."todo_recurring_patterns" FROM "merch_readonly";

-- [24/110] revoke grant SELECT on table todo.todo_dependencies to merch_readonly
REVOKE SELECT ON TABLE "todo"."todo_dependencies" FROM "merch_readonly";

-- [25/110] revoke grant SELECT on table todo.todo_comments to merch_readonly
REVOKE SELECT ON TABLE "todo"."todo_comments" FROM "merch_readonly";

-- [26/110] revoke grant SELECT on table todo.todo_checklist_items to merch_readonly
REVOKE SELECT ON TABLE "todo"."todo_checklist_items" FROM "merch_readonly";

-- [27/110] revoke grant SELECT on table todo.overdue_todos to merch_readonly
REVOKE SELECT ON TABLE "todo"."overdue_todos" FROM "merch_readonly";

-- [28/110] revoke grant USAGE on schema todo to merch_readonly
REVOKE USAGE ON SCHEMA "todo" FROM "merch_readonly";

-- [29/110] revoke grant SELECT on table todo.todos to merch_ops
REVOKE SELECT ON TABLE "todo"."todos" FROM "merch_ops";

-- [30/110] revoke grant SELECT on table todo.todo_time_entries to merch_ops
REVOKE SELECT ON TABLE "todo"."todo_time_entries" FROM "merch_ops";

-- [31/110] revoke grant SELECT on table todo.todo_templates to merch_ops
REVOKE SELECT ON TABLE "todo"."todo_templates" FROM "merch_ops";

-- [32/110] revoke grant SELECT on table todo.todo_recurring_patterns to merch_ops
REVOKE SELECT ON TABLE "todo"."todo_recurring_patterns" FROM "merch_ops";

-- [33/110] revoke grant SELECT on table todo.todo_dependencies to merch_ops
REVOKE SELECT ON TABLE "todo"."todo_dependencies" FROM "merch_ops";

-- [34/110] revoke grant SELECT on table todo.todo_comments to merch_ops
REVOKE SELECT ON TABLE "todo"."todo_comments" FROM "merch_ops";

-- [35/110] revoke grant SELECT on table todo.todo_checklist_items to merch_ops
REVOKE SELECT ON TABLE "todo"."todo_checklist_items" FROM "merch_ops";

-- [36/110] revoke grant SELECT on table todo.overdue_todos to merch_ops
REVOKE SELECT ON TABLE "todo"."overdue_todos" FROM "merch_ops";

-- [37/110] revoke grant USAGE on schema todo to merch_ops
REVOKE USAGE ON SCHEMA "todo" FROM "merch_ops";

-- [38/110] drop policy tenant_isolation on todo.todos (schemas/todo.yaml:90:9)
DROP POLICY "tenant_isolation" ON "todo"."todos";

-- [39/110] drop policy tenant_isolation on todo.todo_time_entries (schemas/todo.yaml:180:23)
DROP POLICY "tenant_isolation" ON "todo"."todo_time_entries";

-- [40/110] drop policy tenant_isolation on todo.todo_templates (schemas/todo.yaml:27:23)
DROP POLICY "tenant_isolation" ON "todo"."todo_templates";

-- [41/110] drop policy tenant_isolation on todo.todo_recurring_patterns (schemas/todo.yaml:56:23)
DROP POLICY "tenant_isolation" ON "todo"."todo_recurring_patterns";

-- [42/110] drop policy tenant_isolation on todo.todo_dependencies (schemas/todo.yaml:138:14)
DROP POLICY "tenant_isolation" ON "todo"."todo_dependencies";

-- [43/110] drop policy tenant_isolation on todo.todo_comments (schemas/todo.yaml:159:23)
DROP POLICY "tenant_isolation" ON "todo"."todo_comments";

-- [44/110] drop policy tenant_isolation on todo.todo_checklist_items (schemas/todo.yaml:205:23)
DROP POLICY "tenant_isolation" ON "todo"."todo_checklist_items";

-- [45/110] disable rls todo.todos
ALTER TABLE "todo"."todos" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todos" DISABLE ROW LEVEL SECURITY;

-- [46/110] disable rls todo.todo_time_entries
ALTER TABLE "todo"."todo_time_entries" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_time_entries" DISABLE ROW LEVEL SECURITY;

-- [47/110] disable rls todo.todo_templates
ALTER TABLE "todo"."todo_templates" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_templates" DISABLE ROW LEVEL SECURITY;

-- [48/110] disable rls todo.todo_recurring_patterns
ALTER TABLE "todo"."todo_recurring_patterns" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_recurring_patterns" DISABLE ROW LEVEL SECURITY;

-- [49/110] disable rls todo.todo_dependencies
ALTER TABLE "todo"."todo_dependencies" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_dependencies" DISABLE ROW LEVEL SECURITY;

-- [50/110] disable rls todo.todo_comments
ALTER TABLE "todo"."todo_comments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_comments" DISABLE ROW LEVEL SECURITY;

-- [51/110] disable rls todo.todo_checklist_items
ALTER TABLE "todo"."todo_checklist_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_checklist_items" DISABLE ROW LEVEL SECURITY;

-- [52/110] drop trigger search_vector_update on todo.todos (schemas/todo.yaml:94:9)
DROP TRIGGER "search_vector_update" ON "todo"."todos";

-- [53/110] drop trigger set_updated_at on todo.todos (schemas/todo.yaml:91:9)
DROP TRIGGER "set_updated_at" ON "todo"."todos";

-- [54/110] drop trigger set_updated_at on todo.todo_time_entries (schemas/todo.yaml:180:38)
DROP TRIGGER "set_updated_at" ON "todo"."todo_time_entries";

-- [55/110] drop trigger set_updated_at on todo.todo_templates (schemas/todo.yaml:27:38)
DROP TRIGGER "set_updated_at" ON "todo"."todo_templates";

-- [56/110] drop trigger set_updated_at on todo.todo_recurring_patterns (schemas/todo.yaml:56:38)
DROP TRIGGER "set_updated_at" ON "todo"."todo_recurring_patterns";

-- [57/110] drop trigger set_updated_at on todo.todo_comments (schemas/todo.yaml:159:38)
DROP TRIGGER "set_updated_at" ON "todo"."todo_comments";

-- [58/110] drop trigger set_updated_at on todo.todo_checklist_items (schemas/todo.yaml:205:38)
DROP TRIGGER "set_updated_at" ON "todo"."todo_checklist_items";

-- [59/110] drop view todo.overdue_todos (schemas/todo.yaml:226:3)
DROP VIEW "todo"."overdue_todos";

-- [60/110] drop foreign key todos_template_id_fkey on todo.todos (schemas/todo.yaml:106:21)
ALTER TABLE "todo"."todos" DROP CONSTRAINT "todos_template_id_fkey";

-- [61/110] drop foreign key todos_recurring_pattern_id_fkey on todo.todos (schemas/todo.yaml:110:21)
ALTER TABLE "todo"."todos" DROP CONSTRAINT "todos_recurring_pattern_id_fkey";

-- [62/110] drop foreign key todos_parent_todo_id_fkey on todo.todos (schemas/todo.yaml:114:21)
ALTER TABLE "todo"."todos" DROP CONSTRAINT "todos_parent_todo_id_fkey";

-- [63/110] drop foreign key todo_time_entries_todo_id_fkey on todo.todo_time_entries (schemas/todo.yaml:185:21)
ALTER TABLE "todo"."todo_time_entries" DROP CONSTRAINT "todo_time_entries_todo_id_fkey";

-- [64/110] drop foreign key todo_recurring_patterns_template_id_fkey on todo.todo_recurring_patterns (schemas/todo.yaml:61:21)
ALTER TABLE "todo"."todo_recurring_patterns" DROP CONSTRAINT "todo_recurring_patterns_template_id_fkey";

-- [65/110] drop foreign key todo_dependencies_todo_id_fkey on todo.todo_dependencies (schemas/todo.yaml:143:21)
ALTER TABLE "todo"."todo_dependencies" DROP CONSTRAINT "todo_dependencies_todo_id_fkey";

-- [66/110] drop foreign key todo_dependencies_depends_on_todo_id_fkey on todo.todo_dependencies (schemas/todo.yaml:147:21)
ALTER TABLE "todo"."todo_dependencies" DROP CONSTRAINT "todo_dependencies_depends_on_todo_id_fkey";

-- [67/110] drop foreign key todo_comments_todo_id_fkey on todo.todo_comments (schemas/todo.yaml:164:21)
ALTER TABLE "todo"."todo_comments" DROP CONSTRAINT "todo_comments_todo_id_fkey";

-- [68/110] drop foreign key todo_comments_parent_comment_id_fkey on todo.todo_comments (schemas/todo.yaml:169:21)
ALTER TABLE "todo"."todo_comments" DROP CONSTRAINT "todo_comments_parent_comment_id_fkey";

-- [69/110] drop foreign key todo_checklist_items_todo_id_fkey on todo.todo_checklist_items (schemas/todo.yaml:210:21)
ALTER TABLE "todo"."todo_checklist_items" DROP CONSTRAINT "todo_checklist_items_todo_id_fkey";

-- [70/110] drop index todos_search_vector_idx on todo.todos (schemas/todo.yaml:94:9)
DROP INDEX "todo"."todos_search_vector_idx";

-- [71/110] drop index todos_custom_fields_idx on todo.todos (schemas/todo.yaml:93:9)
DROP INDEX "todo"."todos_custom_fields_idx";

-- [72/110] drop index todos_tags_idx on todo.todos (schemas/todo.yaml:134:16)
DROP INDEX "todo"."todos_tags_idx";

-- [73/110] drop index todos_parent_todo_id_idx on todo.todos (schemas/todo.yaml:132:16)
DROP INDEX "todo"."todos_parent_todo_id_idx";

-- [74/110] drop index todos_organization_id_status_priority_idx on todo.todos (schemas/todo.yaml:131:16)
DROP INDEX "todo"."todos_organization_id_status_priority_idx";

-- [75/110] drop index todos_organization_id_workplace_id_due_at_idx on todo.todos (schemas/todo.yaml:130:16)
DROP INDEX "todo"."todos_organization_id_workplace_id_due_at_idx";

-- [76/110] drop index todos_open_by_assignee_idx on todo.todos (schemas/todo.yaml:127:16)
DROP INDEX "todo"."todos_open_by_assignee_idx";

-- [77/110] drop index todos_organization_id_idx on todo.todos (schemas/todo.yaml:90:9)
DROP INDEX "todo"."todos_organization_id_idx";

-- [78/110] drop index todo_time_entries_one_running_key on todo.todo_time_entries (schemas/todo.yaml:199:16)
DROP INDEX "todo"."todo_time_entries_one_running_key";

-- [79/110] drop index todo_time_entries_user_id_started_at_idx on todo.todo_time_entries (schemas/todo.yaml:198:16)
DROP INDEX "todo"."todo_time_entries_user_id_started_at_idx";

-- [80/110] drop index todo_time_entries_todo_id_idx on todo.todo_time_entries (schemas/todo.yaml:197:9)
DROP INDEX "todo"."todo_time_entries_todo_id_idx";

-- [81/110] drop index todo_time_entries_organization_id_idx on todo.todo_time_entries (schemas/todo.yaml:180:23)
DROP INDEX "todo"."todo_time_entries_organization_id_idx";

-- [82/110] drop index todo_templates_industry_code_idx on todo.todo_templates (schemas/todo.yaml:52:16)
DROP INDEX "todo"."todo_templates_industry_code_idx";

-- [83/110] drop index todo_templates_organization_id_name_key on todo.todo_templates (schemas/todo.yaml:50:16)
DROP INDEX "todo"."todo_templates_organization_id_name_key";

-- [84/110] drop index todo_templates_organization_id_idx on todo.todo_templates (schemas/todo.yaml:27:23)
DROP INDEX "todo"."todo_templates_organization_id_idx";

-- [85/110] drop index todo_recurring_patterns_due_idx on todo.todo_recurring_patterns (schemas/todo.yaml:83:16)
DROP INDEX "todo"."todo_recurring_patterns_due_idx";

-- [86/110] drop index todo_recurring_patterns_template_id_idx on todo.todo_recurring_patterns (schemas/todo.yaml:82:9)
DROP INDEX "todo"."todo_recurring_patterns_template_id_idx";

-- [87/110] drop index todo_recurring_patterns_organization_id_idx on todo.todo_recurring_patterns (schemas/todo.yaml:56:23)
DROP INDEX "todo"."todo_recurring_patterns_organization_id_idx";

-- [88/110] drop index todo_dependencies_depends_on_todo_id_idx on todo.todo_dependencies (schemas/todo.yaml:156:9)
DROP INDEX "todo"."todo_dependencies_depends_on_todo_id_idx";

-- [89/110] drop index todo_dependencies_organization_id_idx on todo.todo_dependencies (schemas/todo.yaml:138:14)
DROP INDEX "todo"."todo_dependencies_organization_id_idx";

-- [90/110] drop index todo_comments_todo_id_created_at_idx on todo.todo_comments (schemas/todo.yaml:177:16)
DROP INDEX "todo"."todo_comments_todo_id_created_at_idx";

-- [91/110] drop index todo_comments_organization_id_idx on todo.todo_comments (schemas/todo.yaml:159:23)
DROP INDEX "todo"."todo_comments_organization_id_idx";

-- [92/110] drop index todo_checklist_items_organization_id_idx on todo.todo_checklist_items (schemas/todo.yaml:205:23)
DROP INDEX "todo"."todo_checklist_items_organization_id_idx";

-- [93/110] drop table todo.todos (schemas/todo.yaml:87:3)
DROP TABLE "todo"."todos";

-- [94/110] drop table todo.todo_time_entries (schemas/todo.yaml:179:3)
DROP TABLE "todo"."todo_time_entries";

-- [95/110] drop table todo.todo_templates (schemas/todo.yaml:26:3)
DROP TABLE "todo"."todo_templates";

-- [96/110] drop table todo.todo_recurring_patterns (schemas/todo.yaml:55:3)
DROP TABLE "todo"."todo_recurring_patterns";

-- [97/110] drop table todo.todo_dependencies (schemas/todo.yaml:137:3)
DROP TABLE "todo"."todo_dependencies";

-- [98/110] drop table todo.todo_comments (schemas/todo.yaml:158:3)
DROP TABLE "todo"."todo_comments";

-- [99/110] drop table todo.todo_checklist_items (schemas/todo.yaml:204:3)
DROP TABLE "todo"."todo_checklist_items";

-- [100/110] drop function todo.todos_search_vector() (schemas/todo.yaml:94:9)
DROP FUNCTION "todo"."todos_search_vector"();

-- [101/110] drop function todo.set_updated_at() (schemas/todo.yaml:27:38)
DROP FUNCTION "todo"."set_updated_at"();

-- [102/110] drop enum todo.todo_status (schemas/todo.yaml:17:3)
DROP TYPE "todo"."todo_status";

-- [103/110] drop enum todo.todo_priority (schemas/todo.yaml:18:3)
DROP TYPE "todo"."todo_priority";

-- [104/110] drop enum todo.time_entry_source (schemas/todo.yaml:23:3)
DROP TYPE "todo"."time_entry_source";

-- [105/110] drop enum todo.recurrence_frequency (schemas/todo.yaml:22:3)
DROP TYPE "todo"."recurrence_frequency";

-- [106/110] drop enum todo.dependency_type (schemas/todo.yaml:19:3)
DROP TYPE "todo"."dependency_type";

-- [107/110] drop schema todo (schemas/todo.yaml:6:9)
DROP SCHEMA "todo";

-- [108/110] drop role merch_todo_svc (schemas/todo.yaml:10:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_todo_svc";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_todo_svc';
END
$provision$;

-- [109/110] drop role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_readonly';
END
$provision$;

-- [110/110] drop role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_ops";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_ops';
END
$provision$;
