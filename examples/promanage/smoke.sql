-- Smoke test of the promanage example: two organizations, three users,
-- project-membership row-level security, triggers (activity log, template
-- reuse, last execution), soft delete, full-text search, maintain_database(),
-- the dashboard accessors and the partitions. Runs in one transaction and
-- rolls back: nothing is kept.
--   psql "<url of database promanage_main>" -f examples/promanage/smoke.sql
\set ON_ERROR_STOP 1
BEGIN;
-- as owner: two organizations
INSERT INTO iam.organizations (name, slug) VALUES ('Acme', 'acme'), ('Globex', 'globex');
SELECT id AS org1 FROM iam.organizations WHERE slug = 'acme' \gset
SELECT id AS org2 FROM iam.organizations WHERE slug = 'globex' \gset
SET LOCAL ROLE application_user;
SELECT set_config('app.current_organization_id', :'org1', true) \gset
INSERT INTO iam.roles (organization_id, name) VALUES (:org1, 'Project Manager'), (:org1, 'Tester');
INSERT INTO iam.role_permissions (organization_id, role_id, permission_id)
  SELECT :org1, r.id, p.id FROM iam.roles r, iam.permissions p
   WHERE r.name = 'Tester' AND p.resource = 'TEST_CASE';
INSERT INTO iam.users (organization_id, email, username, full_name, status) VALUES
 (:org1, 'alice@acme.test', 'alice', 'Alice', 'ACTIVE'),
 (:org1, 'bob@acme.test', 'bob', 'Bob', 'ACTIVE'),
 (:org1, 'carol@acme.test', 'carol', 'Carol', 'ACTIVE');
SELECT id AS alice FROM iam.users WHERE username = 'alice' \gset
SELECT id AS bob FROM iam.users WHERE username = 'bob' \gset
SELECT id AS carol FROM iam.users WHERE username = 'carol' \gset
SELECT id AS tester FROM iam.roles WHERE name = 'Tester' \gset
-- alice creates two projects, acting as herself
SELECT set_config('app.current_user_id', :'alice', true) \gset
INSERT INTO pm.projects (organization_id, code, name, manager_id, status) VALUES (:org1, 'CRM', 'CRM rollout', :alice, 'ACTIVE') RETURNING id AS p1 \gset
INSERT INTO pm.projects (organization_id, code, name, manager_id) VALUES (:org1, 'ERP', 'ERP upgrade', :alice) RETURNING id AS p2 \gset
INSERT INTO pm.project_members (organization_id, project_id, user_id, role_id) VALUES (:org1, :p1, :bob, :tester);
INSERT INTO pm.documents (organization_id, project_id, title, content, tags, author_id) VALUES
 (:org1, :p1, 'Requirements', 'The system shall import customers', '{import,crm}', :alice) RETURNING id AS d1 \gset
INSERT INTO pm.documents (organization_id, project_id, title, content, author_id) VALUES (:org1, :p2, 'ERP design', 'Ledger design', :alice) RETURNING id AS d2 \gset
INSERT INTO pm.document_versions (organization_id, project_id, document_id, version_number, title, created_by) VALUES (:org1, :p1, :d1, 1, 'Requirements', :alice);
INSERT INTO pm.change_requests (organization_id, project_id, title, description, status, requested_by, assignee_id) VALUES (:org1, :p1, 'Add loyalty field', 'Customers get a loyalty tier', 'SUBMITTED', :bob, :alice) RETURNING id AS cr1 \gset
INSERT INTO pm.change_request_impacts (organization_id, project_id, change_request_id, impact_area, description, affected_document_id) VALUES (:org1, :p1, :cr1, 'SCOPE', 'New field', :d1);
INSERT INTO pm.change_request_approvals (organization_id, project_id, change_request_id, approver_id) VALUES (:org1, :p1, :cr1, :alice);
INSERT INTO pm.tasks (organization_id, project_id, change_request_id, title, assignee_id, due_date) VALUES (:org1, :p1, :cr1, 'Implement loyalty tier', :bob, current_date - 1) RETURNING id AS t1 \gset
INSERT INTO pm.tasks (organization_id, project_id, title, assignee_id, status, completed_at) VALUES (:org1, :p1, 'Kick-off', :alice, 'DONE', now());
INSERT INTO pm.test_cases (organization_id, project_id, title, is_template) VALUES (:org1, :p2, 'Login works (template)', true) RETURNING id AS tct \gset
INSERT INTO pm.test_cases (organization_id, project_id, title, template_id, description) VALUES (:org1, :p1, 'Login works', :tct, 'customer import login') RETURNING id AS tc1 \gset
INSERT INTO pm.test_cases (organization_id, project_id, title) VALUES (:org1, :p1, 'Import works') RETURNING id AS tc2 \gset
INSERT INTO pm.test_case_relations (organization_id, project_id, test_case_id, related_test_case_id, relation_type) VALUES (:org1, :p1, :tc2, :tc1, 'DEPENDS_ON');
INSERT INTO pm.document_relations (organization_id, project_id, document_id, test_case_id, relation_type) VALUES (:org1, :p1, :d1, :tc2, 'VERIFIED_BY');
INSERT INTO pm.test_executions (organization_id, project_id, test_case_id, executed_by, result) VALUES (:org1, :p1, :tc1, :bob, 'PASSED'), (:org1, :p1, :tc2, :bob, 'FAILED');
INSERT INTO pm.comments (organization_id, project_id, entity_type, entity_id, author_id, content, mentions) VALUES (:org1, :p1, 'TASK', :t1, :alice, 'Please start @bob', ARRAY[:bob]::bigint[]);
INSERT INTO ops.notifications (organization_id, recipient_id, project_id, notification_type, title) VALUES (:org1, :bob, :p1, 'task.assigned', 'New task'), (:org1, :alice, :p1, 'cr.approval', 'Approve CR');
INSERT INTO iam.user_sessions (organization_id, user_id, token_hash, created_at, expires_at) VALUES (:org1, :bob, 'h1', now() - interval '2 days', now() - interval '1 day'), (:org1, :bob, 'h2', now(), now() + interval '1 day');
\echo template reuse count and last execution
SELECT title, reuse_count, last_result FROM pm.test_cases ORDER BY id;
\echo alice sees both projects
SELECT code FROM pm.projects ORDER BY code;
\echo bob: only P1 and its rows
SELECT set_config('app.current_user_id', :'bob', true) \gset
SELECT code FROM pm.projects ORDER BY code;
SELECT count(*) AS docs FROM pm.documents;
SELECT count(*) AS bob_notifications FROM ops.notifications;
SELECT iam.has_permission('TEST_CASE', 'UPDATE', :p1) AS bob_can_edit_tests_p1, iam.has_permission('TEST_CASE', 'UPDATE', :p2) AS bob_can_edit_tests_p2, iam.has_permission('TASK', 'DELETE', :p1) AS bob_can_delete_tasks;
\echo bob cannot write into P2 (expected: ERROR ... violates row-level security policy "project_membership")
SAVEPOINT s;
\set ON_ERROR_STOP 0
INSERT INTO pm.tasks (organization_id, project_id, title) VALUES (:org1, :p2, 'sneaky');
\set ON_ERROR_STOP 1
ROLLBACK TO SAVEPOINT s;
\echo full-text search with weights
SELECT title, ts_rank(search_vector, q) AS rank FROM pm.documents, to_tsquery('english', 'import') q WHERE search_vector @@ q;
\echo carol: no projects
SELECT set_config('app.current_user_id', :'carol', true) \gset
SELECT count(*) AS projects FROM pm.projects;
SELECT count(*) AS tasks FROM pm.tasks;
\echo other organization sees nothing
SELECT set_config('app.current_organization_id', :'org2', true) \gset
SELECT set_config('app.current_user_id', '', true) \gset
SELECT (SELECT count(*) FROM pm.projects) p, (SELECT count(*) FROM pm.tasks) t, (SELECT count(*) FROM ops.activity_logs) a, (SELECT count(*) FROM iam.users) u;
\echo soft delete
SELECT set_config('app.current_organization_id', :'org1', true) \gset
SELECT set_config('app.current_user_id', :'alice', true) \gset
UPDATE pm.tasks SET deleted_at = now(), deleted_by = :alice WHERE id = :t1;
UPDATE pm.tasks SET deleted_at = NULL, deleted_by = NULL WHERE id = :t1;
SELECT action, entity_type, user_id = :alice AS by_alice FROM ops.activity_logs ORDER BY id;
RESET ROLE;
\echo maintenance (as a member of super_admin: here the superuser)
SELECT * FROM ops.maintain_database();
SET LOCAL ROLE application_user;
SELECT set_config('app.current_organization_id', :'org1', true) \gset
SELECT set_config('app.current_user_id', :'bob', true) \gset
SELECT user_id = :bob AS is_bob, active_projects, open_tasks, overdue_tasks, pending_approvals, test_runs_30d, unread_notifications FROM ops.get_user_dashboard_stats();
SELECT code, member_count, document_count, task_count, tasks_done, tasks_overdue, completion_percent, open_change_requests, test_case_count, test_runs_30d, pass_rate_30d FROM ops.get_project_stats();
\echo the app reads the materialized view only through the accessors (expected: ERROR permission denied)
SAVEPOINT s2;
\set ON_ERROR_STOP 0
SELECT count(*) FROM ops.project_stats;
\set ON_ERROR_STOP 1
ROLLBACK TO SAVEPOINT s2;
RESET ROLE;
SELECT count(*) AS sessions_left FROM iam.user_sessions;
\echo partitions of notifications hold the rows
SELECT tableoid::regclass, count(*) FROM ops.notifications GROUP BY 1;
SELECT tableoid::regclass, count(*) FROM pm.test_executions GROUP BY 1;
\echo delete the organization: everything cascades
DELETE FROM iam.organizations WHERE id = :org1;
SELECT (SELECT count(*) FROM pm.projects) p, (SELECT count(*) FROM ops.activity_logs) a, (SELECT count(*) FROM pm.test_executions) e;
ROLLBACK;
