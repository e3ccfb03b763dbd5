-- Smoke test of the production-platform example: sample rows for one
-- organization, every RPC function called once, tenant isolation and cascading
-- deletes checked. Runs in one transaction and rolls back: nothing is kept.
--   psql "<url of database prodplat_main>" -f examples/production-platform/smoke.sql
\set ON_ERROR_STOP 1
BEGIN;
-- as the owner: a user account
INSERT INTO auth.users (id, email, full_name) VALUES
 ('00000000-0000-0000-0000-0000000000a1', 'ana@example.com', 'Ana'),
 ('00000000-0000-0000-0000-0000000000b1', 'ben@example.com', 'Ben');
SET LOCAL ROLE prodplat_app;
SELECT set_config('app.current_organization_id', '10000000-0000-0000-0000-000000000001', true) \gset
SELECT set_config('app.current_user_id', '00000000-0000-0000-0000-0000000000a1', true) \gset
INSERT INTO core.organizations (id, name, slug) VALUES ('10000000-0000-0000-0000-000000000001', 'Acme Live', 'acme-live');
INSERT INTO core.workspaces (id, organization_id, name, slug) VALUES ('20000000-0000-0000-0000-000000000001', '10000000-0000-0000-0000-000000000001', 'Touring', 'touring');
INSERT INTO core.organization_members (organization_id, user_id, role, status, joined_at) VALUES ('10000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000a1', 'owner', 'active', now());
\set org '''10000000-0000-0000-0000-000000000001'''
\set ws '''20000000-0000-0000-0000-000000000001'''
INSERT INTO resources.locations (id, organization_id, workspace_id, name) VALUES ('30000000-0000-0000-0000-000000000001', :org, :ws, 'Main Hall');
INSERT INTO production.productions (id, organization_id, workspace_id, name, description, status, start_date, end_date, venue_location_id)
 VALUES ('40000000-0000-0000-0000-000000000001', :org, :ws, 'Summer Festival', 'Open air music festival', 'active', current_date - 10, current_date + 30, '30000000-0000-0000-0000-000000000001');
INSERT INTO production.project_tasks (id, organization_id, workspace_id, production_id, title, status, start_date, due_date, depends_on_task_ids, completed_at) VALUES
 ('41000000-0000-0000-0000-000000000001', :org, :ws, '40000000-0000-0000-0000-000000000001', 'Book stage', 'done', current_date - 10, current_date - 8, '{}', now()),
 ('41000000-0000-0000-0000-000000000002', :org, :ws, '40000000-0000-0000-0000-000000000001', 'Rig lights', 'todo', current_date - 7, current_date - 1, '{41000000-0000-0000-0000-000000000001}', NULL),
 ('41000000-0000-0000-0000-000000000003', :org, :ws, '40000000-0000-0000-0000-000000000001', 'Print flyers', 'in_progress', current_date - 7, current_date - 6, '{41000000-0000-0000-0000-000000000001}', NULL),
 ('41000000-0000-0000-0000-000000000004', :org, :ws, '40000000-0000-0000-0000-000000000001', 'Sound check', 'todo', current_date, current_date + 1, '{41000000-0000-0000-0000-000000000002,41000000-0000-0000-0000-000000000003}', NULL);
INSERT INTO production.project_milestones (organization_id, workspace_id, production_id, name, due_date) VALUES (:org, :ws, '40000000-0000-0000-0000-000000000001', 'Line-up announced', current_date - 2);
INSERT INTO production.events (id, organization_id, workspace_id, production_id, location_id, name, description, event_type, start_time, end_time) VALUES
 ('42000000-0000-0000-0000-000000000001', :org, :ws, '40000000-0000-0000-0000-000000000001', '30000000-0000-0000-0000-000000000001', 'Opening night', 'Headliner performance', 'performance', '2026-12-01 18:00+00', '2026-12-01 23:00+00'),
 ('42000000-0000-0000-0000-000000000002', :org, :ws, '40000000-0000-0000-0000-000000000001', '30000000-0000-0000-0000-000000000001', 'Dress rehearsal', NULL, 'rehearsal', '2026-12-01 10:00+00', '2026-12-01 14:00+00');
INSERT INTO production.bookings (organization_id, workspace_id, event_id, location_id, booking_type, start_time, end_time) VALUES (:org, :ws, NULL, '30000000-0000-0000-0000-000000000001', 'venue', '2026-12-01 13:00+00', '2026-12-01 15:00+00');
INSERT INTO production.incidents (organization_id, workspace_id, production_id, occurred_at, category, title) VALUES (:org, :ws, '40000000-0000-0000-0000-000000000001', now(), 'safety', 'Trip hazard at gate');
INSERT INTO production.personnel (id, organization_id, workspace_id, user_id, first_name, last_name, job_title, hourly_rate) VALUES
 ('43000000-0000-0000-0000-000000000001', :org, :ws, '00000000-0000-0000-0000-0000000000a1', 'Ana', 'Lopez', 'Lighting designer', 50);
INSERT INTO production.personnel_assignments (organization_id, workspace_id, personnel_id, production_id, role, start_date, allocation_percent, status) VALUES (:org, :ws, '43000000-0000-0000-0000-000000000001', '40000000-0000-0000-0000-000000000001', 'LD', current_date - 10, 60, 'active');
UPDATE production.project_tasks SET assignee_id = '00000000-0000-0000-0000-0000000000a1', estimated_hours = 12 WHERE id = '41000000-0000-0000-0000-000000000002';
INSERT INTO production.time_entries (organization_id, workspace_id, personnel_id, work_date, hours)
 SELECT :org, :ws, '43000000-0000-0000-0000-000000000001', d, 10 FROM generate_series(date '2026-11-02', date '2026-11-06', interval '1 day') d;
INSERT INTO production.training_records (organization_id, workspace_id, personnel_id, course_name, completed_on, expires_on) VALUES (:org, :ws, '43000000-0000-0000-0000-000000000001', 'Working at height', current_date - 700, current_date + 10);
INSERT INTO production.project_compliance (organization_id, workspace_id, production_id, compliance_type, name, status, expires_on) VALUES (:org, :ws, '40000000-0000-0000-0000-000000000001', 'permit', 'Noise permit', 'approved', current_date + 5);
INSERT INTO resources.assets (id, organization_id, workspace_id, asset_tag, name, category, status) VALUES ('44000000-0000-0000-0000-000000000001', :org, :ws, 'LX-001', 'Moving head', 'lighting', 'checked_out');
INSERT INTO resources.asset_transactions (organization_id, workspace_id, asset_id, transaction_type, checked_out_at, returned_at) VALUES
 (:org, :ws, '44000000-0000-0000-0000-000000000001', 'check_out', '2026-11-01 00:00+00', '2026-11-03 00:00+00'),
 (:org, :ws, '44000000-0000-0000-0000-000000000001', 'check_out', '2026-11-09 12:00+00', '2026-11-10 12:00+00');
INSERT INTO resources.files (organization_id, workspace_id, name, description, mime_type, size_bytes, storage_path) VALUES (:org, :ws, 'Festival stage plot', 'Stage plot for the festival', 'application/pdf', 1024, 'ws/plot.pdf');
INSERT INTO network.companies (id, organization_id, workspace_id, name, company_type) VALUES ('45000000-0000-0000-0000-000000000001', :org, :ws, 'Festival Sponsors Inc', 'client');
INSERT INTO finance.budgets (id, organization_id, workspace_id, production_id, name, period_start, period_end, status) VALUES ('46000000-0000-0000-0000-000000000001', :org, :ws, '40000000-0000-0000-0000-000000000001', 'Festival budget', '2026-01-01', '2026-12-31', 'active');
INSERT INTO finance.budget_line_items (id, organization_id, workspace_id, budget_id, category, budgeted_amount, position) VALUES
 ('47000000-0000-0000-0000-000000000001', :org, :ws, '46000000-0000-0000-0000-000000000001', 'Lighting', 10000, 1),
 ('47000000-0000-0000-0000-000000000002', :org, :ws, '46000000-0000-0000-0000-000000000001', 'Catering', 5000, 2);
INSERT INTO finance.financial_transactions (organization_id, workspace_id, transaction_type, amount, transaction_date, budget_line_item_id, production_id, status) VALUES
 (:org, :ws, 'expense', 12000, '2026-11-05', '47000000-0000-0000-0000-000000000001', '40000000-0000-0000-0000-000000000001', 'cleared'),
 (:org, :ws, 'expense', 1000, '2026-11-05', '47000000-0000-0000-0000-000000000002', '40000000-0000-0000-0000-000000000001', 'cleared'),
 (:org, :ws, 'refund', 500, '2026-11-06', '47000000-0000-0000-0000-000000000002', NULL, 'cleared'),
 (:org, :ws, 'income', 30000, '2026-11-07', NULL, NULL, 'cleared');
INSERT INTO finance.invoices (id, organization_id, workspace_id, invoice_number, company_id, issue_date, due_date, status, amount_paid) VALUES
 ('48000000-0000-0000-0000-000000000001', :org, :ws, 'INV-1', '45000000-0000-0000-0000-000000000001', '2026-08-01', '2026-08-31', 'sent', 0),
 ('48000000-0000-0000-0000-000000000002', :org, :ws, 'INV-2', '45000000-0000-0000-0000-000000000001', '2026-11-01', '2026-11-30', 'partially_paid', 100);
INSERT INTO finance.invoice_items (organization_id, workspace_id, invoice_id, description, quantity, unit_price) VALUES
 (:org, :ws, '48000000-0000-0000-0000-000000000001', 'Sponsorship tier A', 1, 5000),
 (:org, :ws, '48000000-0000-0000-0000-000000000002', 'Banner', 2, 250),
 (:org, :ws, '48000000-0000-0000-0000-000000000002', 'Booth', 1, 300);
SELECT invoice_number, subtotal, total_amount FROM finance.invoices ORDER BY 1;
UPDATE finance.invoice_items SET quantity = 3 WHERE description = 'Banner';
DELETE FROM finance.invoice_items WHERE description = 'Booth';
SELECT invoice_number, subtotal, total_amount FROM finance.invoices ORDER BY 1;
INSERT INTO finance.payroll_records (organization_id, workspace_id, personnel_id, pay_period_start, pay_period_end, regular_hours, overtime_hours, gross_pay, deductions) VALUES (:org, :ws, '43000000-0000-0000-0000-000000000001', '2026-11-01', '2026-11-15', 40, 10, 2750, 500);
INSERT INTO finance.approval_requests (organization_id, workspace_id, entity_type, entity_id, approver_id) VALUES (:org, :ws, 'finance.budgets', '46000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000a1');

\echo get_budget_variance
SELECT * FROM finance.get_budget_variance('46000000-0000-0000-0000-000000000001');
\echo get_production_health
SELECT * FROM production.get_production_health('40000000-0000-0000-0000-000000000001');
\echo check_event_conflicts
SELECT * FROM production.check_event_conflicts('30000000-0000-0000-0000-000000000001', '2026-12-01 12:00+00', '2026-12-01 19:00+00');
SELECT * FROM production.check_event_conflicts('30000000-0000-0000-0000-000000000001', '2026-12-01 12:00+00', '2026-12-01 19:00+00', '42000000-0000-0000-0000-000000000001');
\echo global_search
SELECT * FROM collab.global_search('festival');
\echo get_user_workload
SELECT * FROM production.get_user_workload('43000000-0000-0000-0000-000000000001', current_date - 7, current_date + 7);
\echo calculate_asset_utilization
SELECT * FROM resources.calculate_asset_utilization('44000000-0000-0000-0000-000000000001', '2026-11-01', '2026-11-11');
\echo get_payroll_summary
SELECT * FROM finance.get_payroll_summary('2026-11-01', '2026-11-30');
\echo get_invoice_aging
SELECT * FROM finance.get_invoice_aging(date '2026-12-15');
\echo get_dashboard_metrics
SELECT collab.get_dashboard_metrics(:ws);
\echo check_compliance_expiry
SELECT * FROM production.check_compliance_expiry(30);
\echo get_availability
SELECT * FROM production.get_availability('43000000-0000-0000-0000-000000000001', date '2026-11-02', date '2026-11-04');
\echo calculate_overtime
SELECT * FROM production.calculate_overtime('43000000-0000-0000-0000-000000000001', '2026-11-01', '2026-11-30');
\echo get_production_timeline
SELECT * FROM production.get_production_timeline('40000000-0000-0000-0000-000000000001');
\echo get_financial_summary
SELECT finance.get_financial_summary(:ws, '2026-11-01', '2026-11-30');
\echo audit_logs
SELECT action, entity_type, created_by IS NOT NULL AS has_actor FROM core.audit_logs ORDER BY created_at, entity_type;
\echo users visible
SELECT email FROM auth.users ORDER BY 1;
\echo other tenant sees nothing
SELECT set_config('app.current_organization_id', '10000000-0000-0000-0000-000000000002', true) \gset
SELECT count(*) FROM production.productions;
SELECT * FROM collab.global_search('festival');
SELECT email FROM auth.users ORDER BY 1;
RESET ROLE;
\echo delete org as owner cascades
DELETE FROM core.workspaces WHERE id = :ws;
SELECT count(*) AS ws_invoices_left FROM finance.invoices;
DELETE FROM auth.users WHERE id = '00000000-0000-0000-0000-0000000000a1';
DELETE FROM core.organizations WHERE id = '10000000-0000-0000-0000-000000000001';
SELECT count(*) AS left_productions FROM production.productions;
ROLLBACK;
