-- provision migration V0001 (up) for database main: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/1605] add extension citext (schemas/core.yaml:8:14)
CREATE EXTENSION IF NOT EXISTS "citext";

-- [2/1605] add role prodplat_app (schemas/core.yaml:14:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "prodplat_app";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'prodplat_app'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = -1
    ) THEN
        ALTER ROLE "prodplat_app" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT -1;
    END IF;
END
$provision$;
COMMENT ON ROLE "prodplat_app" IS 'The API''s connection role. Full CRUD, always subject to row-level security.';

-- [3/1605] add role prodplat_reader (schemas/core.yaml:18:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "prodplat_reader";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'prodplat_reader'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 10
    ) THEN
        ALTER ROLE "prodplat_reader" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 10;
    END IF;
END
$provision$;
COMMENT ON ROLE "prodplat_reader" IS 'Reporting and read replicas. SELECT only, subject to row-level security.';

-- [4/1605] add role prodplat_service (schemas/core.yaml:23:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "prodplat_service";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'prodplat_service'
          AND rolcanlogin = False AND rolinherit = True AND rolbypassrls = True
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = -1
    ) THEN
        ALTER ROLE "prodplat_service" NOLOGIN INHERIT BYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT -1;
    END IF;
END
$provision$;
COMMENT ON ROLE "prodplat_service" IS 'Back-office and migrations of data across tenants (use sparingly); bypasses row-level security.';

-- [5/1605] add schema auth (schemas/core.yaml:122:13)
CREATE SCHEMA "auth";

-- [6/1605] add schema collab (schemas/collab.yaml:7:9)
CREATE SCHEMA "collab";
COMMENT ON SCHEMA "collab" IS 'The universal systems shared by every module (custom-field definitions, saved views, the activity feed, comments, notifications, user presence) and the dashboard module (dashboards and their widgets), with the cross-module RPC functions global_search and get_dashboard_metrics.';

-- [7/1605] add schema core (schemas/core.yaml:7:9)
CREATE SCHEMA "core";
COMMENT ON SCHEMA "core" IS 'Foundation: organizations (the tenant root), platform user accounts (auth.users), workspaces and organization members; the admin module (custom roles, API tokens, webhooks, audit logs); the shared status enums, the `workspace_entity` trait every entity table uses and the database roles.';

-- [8/1605] add schema finance (schemas/finance.yaml:6:9)
CREATE SCHEMA "finance";
COMMENT ON SCHEMA "finance" IS 'The finance module (budgets, transactions, invoices, purchase orders, payment methods, expenses, payroll) and the procurement module (requisitions, RFQs, approval requests), with the financial RPC functions.';

-- [9/1605] add schema network (schemas/network.yaml:7:9)
CREATE SCHEMA "network";
COMMENT ON SCHEMA "network" IS 'The profile module (extended user profiles, endorsements, work history), the companies module (vendors, clients, partners, contacts, contracts), the community module (posts, reactions, connections) and the marketplace module (listings, orders, reviews).';

-- [10/1605] add schema production (schemas/production.yaml:7:9)
CREATE SCHEMA "production";
COMMENT ON SCHEMA "production" IS 'The projects module (productions, tasks, milestones, compliance, safety), the events module (events, run of show, bookings, incidents) and the people module (personnel, teams, assignments, time tracking, training, recruiting), with their RPC functions.';

-- [11/1605] add schema resources (schemas/resources.yaml:7:9)
CREATE SCHEMA "resources";
COMMENT ON SCHEMA "resources" IS 'The assets module (equipment inventory, check-in/check-out, maintenance, production advances), the locations module (venues, site maps, access points, utilities) and the files module (categories, documents, versions), with calculate_asset_utilization.';

-- [12/1605] add enum collab.activity_action (schemas/collab.yaml:33:3)
CREATE TYPE "collab"."activity_action" AS ENUM ('created', 'updated', 'deleted', 'commented', 'assigned', 'status_changed', 'uploaded', 'shared', 'mentioned');

-- [13/1605] add enum collab.custom_field_type (schemas/collab.yaml:11:3)
CREATE TYPE "collab"."custom_field_type" AS ENUM ('text', 'number', 'date', 'select', 'multi_select', 'checkbox', 'currency', 'url', 'email', 'user', 'file');

-- [14/1605] add enum collab.presence_status (schemas/collab.yaml:34:3)
CREATE TYPE "collab"."presence_status" AS ENUM ('online', 'away', 'busy', 'offline');

-- [15/1605] add enum collab.view_type (schemas/collab.yaml:12:3)
CREATE TYPE "collab"."view_type" AS ENUM ('list', 'board', 'table', 'calendar', 'timeline', 'gantt', 'kanban', 'grid', 'gallery', 'map', 'chart', 'pivot', 'form', 'feed', 'workload', 'roster', 'tree', 'spreadsheet');
COMMENT ON TYPE "collab"."view_type" IS 'The 18 view types a saved view can render as.';

-- [16/1605] add enum core.approval_status (schemas/core.yaml:37:3)
CREATE TYPE "core"."approval_status" AS ENUM ('pending', 'approved', 'denied');
COMMENT ON TYPE "core"."approval_status" IS 'Pending -> Approved -> Denied.';

-- [17/1605] add enum core.lifecycle_status (schemas/core.yaml:31:3)
CREATE TYPE "core"."lifecycle_status" AS ENUM ('planning', 'active', 'completed', 'archived');
COMMENT ON TYPE "core"."lifecycle_status" IS 'Planning -> Active -> Completed -> Archived.';

-- [18/1605] add enum core.member_role (schemas/core.yaml:46:3)
CREATE TYPE "core"."member_role" AS ENUM ('owner', 'admin', 'member', 'guest');
COMMENT ON TYPE "core"."member_role" IS 'Coarse organization-level role; fine-grained rights are in core.roles.';

-- [19/1605] add enum core.member_status (schemas/core.yaml:49:3)
CREATE TYPE "core"."member_status" AS ENUM ('invited', 'active', 'suspended');

-- [20/1605] add enum core.organization_plan (schemas/core.yaml:44:3)
CREATE TYPE "core"."organization_plan" AS ENUM ('free', 'pro', 'business', 'enterprise');

-- [21/1605] add enum core.organization_status (schemas/core.yaml:45:3)
CREATE TYPE "core"."organization_status" AS ENUM ('active', 'trialing', 'past_due', 'suspended', 'cancelled');

-- [22/1605] add enum core.priority_level (schemas/core.yaml:43:3)
CREATE TYPE "core"."priority_level" AS ENUM ('low', 'medium', 'high', 'urgent');

-- [23/1605] add enum core.publish_status (schemas/core.yaml:34:3)
CREATE TYPE "core"."publish_status" AS ENUM ('draft', 'published', 'archived');
COMMENT ON TYPE "core"."publish_status" IS 'Draft -> Published -> Archived.';

-- [24/1605] add enum core.task_status (schemas/core.yaml:40:3)
CREATE TYPE "core"."task_status" AS ENUM ('todo', 'in_progress', 'done');
COMMENT ON TYPE "core"."task_status" IS 'Todo -> In Progress -> Done.';

-- [25/1605] add enum finance.budget_status (schemas/finance.yaml:10:3)
CREATE TYPE "finance"."budget_status" AS ENUM ('draft', 'approved', 'active', 'closed');

-- [26/1605] add enum finance.expense_status (schemas/finance.yaml:19:3)
CREATE TYPE "finance"."expense_status" AS ENUM ('draft', 'submitted', 'approved', 'rejected', 'reimbursed');

-- [27/1605] add enum finance.invoice_status (schemas/finance.yaml:16:3)
CREATE TYPE "finance"."invoice_status" AS ENUM ('draft', 'sent', 'partially_paid', 'paid', 'overdue', 'void');

-- [28/1605] add enum finance.invoice_type (schemas/finance.yaml:13:3)
CREATE TYPE "finance"."invoice_type" AS ENUM ('receivable', 'payable');
COMMENT ON TYPE "finance"."invoice_type" IS 'receivable: we bill a client; payable: a vendor bills us.';

-- [29/1605] add enum finance.payment_method_type (schemas/finance.yaml:18:3)
CREATE TYPE "finance"."payment_method_type" AS ENUM ('bank_account', 'credit_card', 'check', 'cash', 'wire', 'ach', 'paypal');

-- [30/1605] add enum finance.payroll_item_type (schemas/finance.yaml:21:3)
CREATE TYPE "finance"."payroll_item_type" AS ENUM ('regular', 'overtime', 'bonus', 'per_diem', 'reimbursement', 'tax', 'benefit', 'deduction');

-- [31/1605] add enum finance.payroll_status (schemas/finance.yaml:20:3)
CREATE TYPE "finance"."payroll_status" AS ENUM ('draft', 'approved', 'paid', 'void');

-- [32/1605] add enum finance.po_status (schemas/finance.yaml:17:3)
CREATE TYPE "finance"."po_status" AS ENUM ('draft', 'submitted', 'approved', 'ordered', 'received', 'cancelled');

-- [33/1605] add enum finance.requisition_status (schemas/finance.yaml:22:3)
CREATE TYPE "finance"."requisition_status" AS ENUM ('draft', 'submitted', 'approved', 'rejected', 'ordered', 'closed');

-- [34/1605] add enum finance.rfq_status (schemas/finance.yaml:23:3)
CREATE TYPE "finance"."rfq_status" AS ENUM ('draft', 'issued', 'closed', 'awarded', 'cancelled');

-- [35/1605] add enum finance.transaction_status (schemas/finance.yaml:12:3)
CREATE TYPE "finance"."transaction_status" AS ENUM ('pending', 'cleared', 'void');

-- [36/1605] add enum finance.transaction_type (schemas/finance.yaml:11:3)
CREATE TYPE "finance"."transaction_type" AS ENUM ('income', 'expense', 'transfer', 'refund', 'adjustment');

-- [37/1605] add enum network.company_status (schemas/network.yaml:13:3)
CREATE TYPE "network"."company_status" AS ENUM ('active', 'inactive', 'blocked');

-- [38/1605] add enum network.company_type (schemas/network.yaml:12:3)
CREATE TYPE "network"."company_type" AS ENUM ('vendor', 'client', 'partner', 'venue', 'sponsor');

-- [39/1605] add enum network.connection_status (schemas/network.yaml:18:3)
CREATE TYPE "network"."connection_status" AS ENUM ('pending', 'accepted', 'declined', 'blocked');

-- [40/1605] add enum network.contract_status (schemas/network.yaml:15:3)
CREATE TYPE "network"."contract_status" AS ENUM ('draft', 'sent', 'signed', 'active', 'expired', 'terminated');

-- [41/1605] add enum network.contract_type (schemas/network.yaml:14:3)
CREATE TYPE "network"."contract_type" AS ENUM ('service', 'rental', 'employment', 'sponsorship', 'venue', 'nda');

-- [42/1605] add enum network.listing_type (schemas/network.yaml:19:3)
CREATE TYPE "network"."listing_type" AS ENUM ('sale', 'rental', 'service', 'wanted');

-- [43/1605] add enum network.order_status (schemas/network.yaml:20:3)
CREATE TYPE "network"."order_status" AS ENUM ('pending', 'paid', 'shipped', 'completed', 'cancelled', 'refunded');

-- [44/1605] add enum network.post_type (schemas/network.yaml:16:3)
CREATE TYPE "network"."post_type" AS ENUM ('discussion', 'question', 'announcement', 'showcase');

-- [45/1605] add enum network.reaction_type (schemas/network.yaml:17:3)
CREATE TYPE "network"."reaction_type" AS ENUM ('like', 'love', 'celebrate', 'insightful', 'funny');

-- [46/1605] add enum production.applicant_status (schemas/production.yaml:22:3)
CREATE TYPE "production"."applicant_status" AS ENUM ('applied', 'screening', 'interview', 'offer', 'hired', 'rejected');

-- [47/1605] add enum production.booking_type (schemas/production.yaml:18:3)
CREATE TYPE "production"."booking_type" AS ENUM ('venue', 'equipment', 'resource');

-- [48/1605] add enum production.compliance_type (schemas/production.yaml:13:3)
CREATE TYPE "production"."compliance_type" AS ENUM ('license', 'permit', 'certification', 'insurance', 'inspection');

-- [49/1605] add enum production.employment_type (schemas/production.yaml:20:3)
CREATE TYPE "production"."employment_type" AS ENUM ('employee', 'contractor', 'freelancer', 'volunteer');

-- [50/1605] add enum production.event_status (schemas/production.yaml:17:3)
CREATE TYPE "production"."event_status" AS ENUM ('scheduled', 'confirmed', 'in_progress', 'completed', 'cancelled');

-- [51/1605] add enum production.event_type (schemas/production.yaml:16:3)
CREATE TYPE "production"."event_type" AS ENUM ('performance', 'rehearsal', 'meeting', 'load_in', 'load_out', 'press', 'other');

-- [52/1605] add enum production.incident_status (schemas/production.yaml:19:3)
CREATE TYPE "production"."incident_status" AS ENUM ('open', 'investigating', 'resolved', 'closed');

-- [53/1605] add enum production.milestone_status (schemas/production.yaml:12:3)
CREATE TYPE "production"."milestone_status" AS ENUM ('pending', 'achieved', 'missed');

-- [54/1605] add enum production.personnel_status (schemas/production.yaml:21:3)
CREATE TYPE "production"."personnel_status" AS ENUM ('active', 'inactive', 'on_leave');

-- [55/1605] add enum production.risk_level (schemas/production.yaml:15:3)
CREATE TYPE "production"."risk_level" AS ENUM ('low', 'medium', 'high', 'critical');

-- [56/1605] add enum production.safety_document_type (schemas/production.yaml:14:3)
CREATE TYPE "production"."safety_document_type" AS ENUM ('risk_assessment', 'safety_plan', 'method_statement', 'emergency_plan');

-- [57/1605] add enum resources.access_point_type (schemas/resources.yaml:17:3)
CREATE TYPE "resources"."access_point_type" AS ENUM ('door', 'gate', 'loading_dock', 'elevator', 'badge_reader', 'stage_door');

-- [58/1605] add enum resources.asset_condition (schemas/resources.yaml:12:3)
CREATE TYPE "resources"."asset_condition" AS ENUM ('new', 'good', 'fair', 'poor', 'broken');

-- [59/1605] add enum resources.asset_status (schemas/resources.yaml:11:3)
CREATE TYPE "resources"."asset_status" AS ENUM ('available', 'checked_out', 'maintenance', 'retired', 'lost');

-- [60/1605] add enum resources.asset_transaction_type (schemas/resources.yaml:13:3)
CREATE TYPE "resources"."asset_transaction_type" AS ENUM ('check_out', 'check_in', 'transfer', 'reserve');

-- [61/1605] add enum resources.location_type (schemas/resources.yaml:15:3)
CREATE TYPE "resources"."location_type" AS ENUM ('venue', 'office', 'warehouse', 'studio', 'outdoor', 'other');

-- [62/1605] add enum resources.maintenance_type (schemas/resources.yaml:14:3)
CREATE TYPE "resources"."maintenance_type" AS ENUM ('inspection', 'repair', 'service', 'calibration');

-- [63/1605] add enum resources.site_map_type (schemas/resources.yaml:16:3)
CREATE TYPE "resources"."site_map_type" AS ENUM ('floor_plan', 'technical_drawing', 'seating_chart', 'rigging_plot', 'evacuation_plan');

-- [64/1605] add enum resources.utility_type (schemas/resources.yaml:18:3)
CREATE TYPE "resources"."utility_type" AS ENUM ('power', 'water', 'internet', 'hvac', 'gas', 'rigging');

-- [65/1605] add function auth.set_updated_at() (schemas/core.yaml:123:23)
CREATE FUNCTION "auth"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [66/1605] add function collab.get_dashboard_metrics(p_workspace_id uuid) (schemas/collab.yaml:223:3)
CREATE FUNCTION "collab"."get_dashboard_metrics"(p_workspace_id uuid)
    RETURNS jsonb
    LANGUAGE SQL
    STABLE
AS $body$
SELECT jsonb_build_object(
  'active_productions', (SELECT count(*) FROM production.productions p
                          WHERE p.workspace_id = p_workspace_id AND p.status = 'active'),
  'open_tasks', (SELECT count(*) FROM production.project_tasks t
                  WHERE t.workspace_id = p_workspace_id AND t.status <> 'done'),
  'overdue_tasks', (SELECT count(*) FROM production.project_tasks t
                     WHERE t.workspace_id = p_workspace_id AND t.status <> 'done' AND t.due_date < current_date),
  'events_next_7_days', (SELECT count(*) FROM production.events e
                          WHERE e.workspace_id = p_workspace_id AND e.status <> 'cancelled'
                            AND e.start_time >= now() AND e.start_time < now() + interval '7 days'),
  'open_incidents', (SELECT count(*) FROM production.incidents i
                      WHERE i.workspace_id = p_workspace_id AND i.status IN ('open', 'investigating')),
  'active_personnel', (SELECT count(*) FROM production.personnel r
                        WHERE r.workspace_id = p_workspace_id AND r.status = 'active'),
  'assets_checked_out', (SELECT count(*) FROM resources.assets a
                          WHERE a.workspace_id = p_workspace_id AND a.status = 'checked_out'),
  'outstanding_receivables', (SELECT COALESCE(sum(i.total_amount - i.amount_paid), 0) FROM finance.invoices i
                               WHERE i.workspace_id = p_workspace_id AND i.invoice_type = 'receivable'
                                 AND i.status IN ('sent', 'partially_paid', 'overdue')),
  'pending_approvals', (SELECT count(*) FROM finance.approval_requests a
                         WHERE a.workspace_id = p_workspace_id AND a.status = 'pending'),
  'unread_notifications', (SELECT count(*) FROM collab.notifications n
                            WHERE n.workspace_id = p_workspace_id AND NOT n.read
                              AND n.user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
)
$body$;
COMMENT ON FUNCTION "collab"."get_dashboard_metrics"(p_workspace_id uuid) IS 'Dashboard KPIs of a workspace as one JSON object.';

-- [67/1605] add function collab.global_search(p_query text, p_limit integer) (schemas/collab.yaml:183:3)
CREATE FUNCTION "collab"."global_search"(p_query text, p_limit integer DEFAULT 20)
    RETURNS TABLE (entity_type text, entity_id uuid, workspace_id uuid, title text, rank real)
    LANGUAGE SQL
    STABLE
AS $body$
WITH q AS (SELECT websearch_to_tsquery('english', p_query) AS query)
SELECT s.entity_type, s.entity_id, s.workspace_id, s.title, s.rank
  FROM (
    SELECT 'production.productions'::text, p.id, p.workspace_id, p.name,
           ts_rank(to_tsvector('english', p.name || ' ' || COALESCE(p.description, '')), q.query)
      FROM production.productions p, q
     WHERE to_tsvector('english', p.name || ' ' || COALESCE(p.description, '')) @@ q.query
    UNION ALL
    SELECT 'production.events', e.id, e.workspace_id, e.name, ts_rank(e.search_vector, q.query)
      FROM production.events e, q WHERE e.search_vector @@ q.query
    UNION ALL
    SELECT 'production.personnel', r.id, r.workspace_id, r.first_name || ' ' || r.last_name, ts_rank(r.search_vector, q.query)
      FROM production.personnel r, q WHERE r.search_vector @@ q.query
    UNION ALL
    SELECT 'resources.files', f.id, f.workspace_id, f.name, ts_rank(f.search_vector, q.query)
      FROM resources.files f, q WHERE f.search_vector @@ q.query
    UNION ALL
    SELECT 'network.companies', c.id, c.workspace_id, c.name, ts_rank(c.search_vector, q.query)
      FROM network.companies c, q WHERE c.search_vector @@ q.query
    UNION ALL
    SELECT 'network.marketplace_listings', l.id, l.workspace_id, l.title, ts_rank(l.search_vector, q.query)
      FROM network.marketplace_listings l, q WHERE l.search_vector @@ q.query
    UNION ALL
    SELECT 'network.community_posts', c.id, c.workspace_id, c.title, ts_rank(c.search_vector, q.query)
      FROM network.community_posts c, q WHERE c.search_vector @@ q.query
  ) AS s (entity_type, entity_id, workspace_id, title, rank)
 ORDER BY s.rank DESC, s.title
 LIMIT p_limit
$body$;
COMMENT ON FUNCTION "collab"."global_search"(p_query text, p_limit integer) IS 'Full-text search across modules (productions, events, personnel, files, companies, listings, community posts), best matches first. Runs with the caller''s rights: row-level security limits it to the current organization.';

-- [68/1605] add function collab.set_updated_at() (schemas/collab.yaml:41:56)
CREATE FUNCTION "collab"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [69/1605] add function core.set_updated_at() (schemas/core.yaml:104:36)
CREATE FUNCTION "core"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [70/1605] add function core.write_audit_log() (schemas/core.yaml:274:3)
CREATE FUNCTION "core"."write_audit_log"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "core", pg_catalog, pg_temp
AS $body$
DECLARE
  r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  actor uuid := NULLIF(current_setting('app.current_user_id', true), '')::uuid;
BEGIN
  -- rows deleted because their organization or workspace is being deleted:
  -- the audit row would reference a parent that no longer exists
  IF NOT EXISTS (SELECT 1 FROM core.organizations o WHERE o.id = (r ->> 'organization_id')::uuid)
     OR (r ->> 'workspace_id') IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM core.workspaces w WHERE w.id = (r ->> 'workspace_id')::uuid) THEN
    RETURN NULL;
  END IF;
  IF actor IS NOT NULL AND NOT EXISTS (SELECT 1 FROM auth.users u WHERE u.id = actor) THEN
    actor := NULL;
  END IF;
  INSERT INTO core.audit_logs
    (organization_id, workspace_id, created_by, action, entity_type, entity_id,
     old_values, new_values, ip_address, user_agent)
  VALUES
    ((r ->> 'organization_id')::uuid, (r ->> 'workspace_id')::uuid, actor,
     lower(TG_OP), TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, (r ->> 'id')::uuid,
     CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
     CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END,
     NULLIF(current_setting('app.client_ip', true), '')::inet,
     NULLIF(current_setting('app.user_agent', true), ''));
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "core"."write_audit_log"() IS 'Trigger function of the audit_logged trait. Runs as the owner so the application needs no rights on audit_logs; takes the tenant and workspace from the changed row and the actor from app.current_user_id. Changes made while the row''s organization or workspace is being deleted (cascades) are not logged: their audit rows would reference the deleted parent.';

-- [71/1605] add function finance.get_budget_variance(p_budget_id uuid) (schemas/finance.yaml:442:3)
CREATE FUNCTION "finance"."get_budget_variance"(p_budget_id uuid)
    RETURNS TABLE (line_item_id uuid, category text, budgeted numeric, actual numeric, committed numeric, variance numeric, variance_percent numeric)
    LANGUAGE SQL
    STABLE
AS $body$
WITH lines AS (
  SELECT li.id, li.category, li.budgeted_amount, li.position
    FROM finance.budget_line_items li WHERE li.budget_id = p_budget_id
), actual AS (
  SELECT l.id,
         COALESCE((SELECT sum(CASE WHEN t.transaction_type = 'refund' THEN -t.amount ELSE t.amount END)
                     FROM finance.financial_transactions t
                    WHERE t.budget_line_item_id = l.id AND t.status <> 'void'
                      AND t.transaction_type IN ('expense', 'refund')), 0)
       + COALESCE((SELECT sum(ei.amount)
                     FROM finance.expense_items ei
                     JOIN finance.expense_reports er ON er.id = ei.expense_report_id
                    WHERE ei.budget_line_item_id = l.id AND er.status = 'approved'), 0) AS actual,
         COALESCE((SELECT sum(pi.amount - round(pi.received_quantity * pi.unit_price, 2))
                     FROM finance.po_items pi
                     JOIN finance.purchase_orders po ON po.id = pi.purchase_order_id
                    WHERE pi.budget_line_item_id = l.id AND po.status IN ('approved', 'ordered')), 0) AS committed
    FROM lines l
), rows AS (
  SELECT l.id, l.category, l.budgeted_amount AS budgeted, a.actual, a.committed, l.position
    FROM lines l JOIN actual a ON a.id = l.id
  UNION ALL
  SELECT NULL, 'Total', sum(l.budgeted_amount), sum(a.actual), sum(a.committed), 2147483647
    FROM lines l JOIN actual a ON a.id = l.id
)
SELECT r.id, r.category, r.budgeted, r.actual, r.committed,
       r.budgeted - r.actual - r.committed,
       CASE WHEN r.budgeted > 0 THEN round(100 * (r.budgeted - r.actual - r.committed) / r.budgeted, 1) END
  FROM rows r
 WHERE r.budgeted IS NOT NULL
 ORDER BY r.position, r.category
$body$;
COMMENT ON FUNCTION "finance"."get_budget_variance"(p_budget_id uuid) IS 'Budget vs actual per line item: actual = cleared and pending expense transactions minus refunds plus approved expense items booked to the line; committed = open purchase order items; variance = budgeted - actual - committed (negative = over budget). The last row (line_item_id NULL) is the total.';

-- [72/1605] add function finance.get_financial_summary(p_workspace_id uuid, p_from date, p_to date) (schemas/finance.yaml:531:3)
CREATE FUNCTION "finance"."get_financial_summary"(p_workspace_id uuid, p_from date, p_to date)
    RETURNS jsonb
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  v_result jsonb;
BEGIN
  IF p_to < p_from THEN
    RAISE EXCEPTION 'p_to (%) is before p_from (%)', p_to, p_from USING ERRCODE = 'invalid_parameter_value';
  END IF;
  WITH tx AS (
    SELECT t.transaction_type, t.amount, li.category
      FROM finance.financial_transactions t
      LEFT JOIN finance.budget_line_items li ON li.id = t.budget_line_item_id
     WHERE t.workspace_id = p_workspace_id AND t.status <> 'void'
       AND t.transaction_date BETWEEN p_from AND p_to
  )
  SELECT jsonb_build_object(
    'period', jsonb_build_object('from', p_from, 'to', p_to),
    'income', COALESCE((SELECT sum(amount) FROM tx WHERE transaction_type = 'income'), 0),
    'expenses', COALESCE((SELECT sum(CASE WHEN transaction_type = 'refund' THEN -amount ELSE amount END)
                            FROM tx WHERE transaction_type IN ('expense', 'refund')), 0),
    'expenses_by_category', COALESCE((SELECT jsonb_object_agg(cat, total) FROM (
                              SELECT COALESCE(category, 'uncategorized') AS cat, sum(amount) AS total
                                FROM tx WHERE transaction_type = 'expense' GROUP BY 1) c), '{}'::jsonb),
    'invoiced', COALESCE((SELECT sum(i.total_amount) FROM finance.invoices i
                           WHERE i.workspace_id = p_workspace_id AND i.invoice_type = 'receivable'
                             AND i.status <> 'void' AND i.issue_date BETWEEN p_from AND p_to), 0),
    'collected', COALESCE((SELECT sum(i.amount_paid) FROM finance.invoices i
                            WHERE i.workspace_id = p_workspace_id AND i.invoice_type = 'receivable'
                              AND i.status <> 'void' AND i.issue_date BETWEEN p_from AND p_to), 0),
    'open_receivables', COALESCE((SELECT sum(i.total_amount - i.amount_paid) FROM finance.invoices i
                                   WHERE i.workspace_id = p_workspace_id AND i.invoice_type = 'receivable'
                                     AND i.status IN ('sent', 'partially_paid', 'overdue')), 0),
    'open_payables', COALESCE((SELECT sum(i.total_amount - i.amount_paid) FROM finance.invoices i
                                WHERE i.workspace_id = p_workspace_id AND i.invoice_type = 'payable'
                                  AND i.status IN ('sent', 'partially_paid', 'overdue')), 0),
    'payroll_gross', COALESCE((SELECT sum(pr.gross_pay) FROM finance.payroll_records pr
                                WHERE pr.workspace_id = p_workspace_id AND pr.status <> 'void'
                                  AND pr.pay_period_start BETWEEN p_from AND p_to), 0),
    'budgeted', COALESCE((SELECT sum(li.budgeted_amount)
                            FROM finance.budgets b JOIN finance.budget_line_items li ON li.budget_id = b.id
                           WHERE b.workspace_id = p_workspace_id AND b.status IN ('approved', 'active')
                             AND b.period_start <= p_to AND b.period_end >= p_from), 0)
  ) INTO v_result;
  RETURN v_result || jsonb_build_object('net', (v_result ->> 'income')::numeric - (v_result ->> 'expenses')::numeric);
END;
$body$;
COMMENT ON FUNCTION "finance"."get_financial_summary"(p_workspace_id uuid, p_from date, p_to date) IS 'Financial report of a workspace for [p_from, p_to]: income, expenses and net from cleared/pending transactions, expenses by budget category, invoiced and collected amounts, open receivables and payables, payroll cost and budget totals.';

-- [73/1605] add function finance.get_invoice_aging(p_as_of date, p_invoice_type finance.invoice_type) (schemas/finance.yaml:486:3)
CREATE FUNCTION "finance"."get_invoice_aging"(p_as_of date DEFAULT CURRENT_DATE, p_invoice_type finance.invoice_type DEFAULT 'receivable')
    RETURNS TABLE (company_id uuid, company_name text, current_amount numeric, days_1_30 numeric, days_31_60 numeric, days_61_90 numeric, days_over_90 numeric, total_outstanding numeric)
    LANGUAGE SQL
    STABLE
AS $body$
WITH open AS (
  SELECT i.company_id, i.total_amount - i.amount_paid AS balance, p_as_of - i.due_date AS days_late
    FROM finance.invoices i
   WHERE i.invoice_type = p_invoice_type
     AND i.status IN ('sent', 'partially_paid', 'overdue')
     AND i.issue_date <= p_as_of
     AND i.total_amount > i.amount_paid
)
SELECT c.id, c.name,
       COALESCE(sum(o.balance) FILTER (WHERE o.days_late <= 0), 0),
       COALESCE(sum(o.balance) FILTER (WHERE o.days_late BETWEEN 1 AND 30), 0),
       COALESCE(sum(o.balance) FILTER (WHERE o.days_late BETWEEN 31 AND 60), 0),
       COALESCE(sum(o.balance) FILTER (WHERE o.days_late BETWEEN 61 AND 90), 0),
       COALESCE(sum(o.balance) FILTER (WHERE o.days_late > 90), 0),
       sum(o.balance)
  FROM open o
  JOIN network.companies c ON c.id = o.company_id
 GROUP BY c.id, c.name
 ORDER BY sum(o.balance) DESC, c.name
$body$;
COMMENT ON FUNCTION "finance"."get_invoice_aging"(p_as_of date, p_invoice_type finance.invoice_type) IS 'Accounts receivable (or payable) aging per company on p_as_of, by days past due.';

-- [74/1605] add function finance.get_payroll_summary(p_from date, p_to date) (schemas/finance.yaml:513:3)
CREATE FUNCTION "finance"."get_payroll_summary"(p_from date, p_to date)
    RETURNS TABLE (personnel_id uuid, full_name text, pay_periods bigint, regular_hours numeric, overtime_hours numeric, gross_pay numeric, deductions numeric, net_pay numeric)
    LANGUAGE SQL
    STABLE
AS $body$
SELECT pr.personnel_id,
       CASE WHEN pr.personnel_id IS NULL THEN 'Total' ELSE max(p.first_name || ' ' || p.last_name) END,
       count(*), sum(pr.regular_hours), sum(pr.overtime_hours),
       sum(pr.gross_pay), sum(pr.deductions), sum(pr.net_pay)
  FROM finance.payroll_records pr
  JOIN production.personnel p ON p.id = pr.personnel_id
 WHERE pr.pay_period_start BETWEEN p_from AND p_to
   AND pr.status <> 'void'
 GROUP BY ROLLUP (pr.personnel_id)
 ORDER BY pr.personnel_id IS NULL, 2
$body$;
COMMENT ON FUNCTION "finance"."get_payroll_summary"(p_from date, p_to date) IS 'Payroll totals per person over the pay periods starting in [p_from, p_to], void records excluded; the last row (personnel_id NULL) is the total.';

-- [75/1605] add function finance.recalculate_invoice() (schemas/finance.yaml:418:3)
CREATE FUNCTION "finance"."recalculate_invoice"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
DECLARE
  ids uuid[] := '{}';
BEGIN
  -- items deleted by a cascade (their invoice, workspace or organization
  -- is being deleted) leave nothing to recalculate
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    ids := ids || NEW.invoice_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    ids := ids || OLD.invoice_id;
  END IF;
  UPDATE finance.invoices i
     SET subtotal = COALESCE((SELECT sum(it.amount) FROM finance.invoice_items it WHERE it.invoice_id = i.id), 0)
   WHERE i.id = ANY (ids);
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "finance"."recalculate_invoice"() IS 'Keeps invoices.subtotal equal to the sum of its items'' amounts.';

-- [76/1605] add function finance.set_updated_at() (schemas/finance.yaml:30:56)
CREATE FUNCTION "finance"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [77/1605] add function network.community_posts_search_vector() (schemas/network.yaml:192:9)
CREATE FUNCTION "network"."community_posts_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."body"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [78/1605] add function network.companies_search_vector() (schemas/network.yaml:109:9)
CREATE FUNCTION "network"."companies_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."legal_name"::text, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."name"::text, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."notes"::text, '')), 'C');
  RETURN NEW;
END;
$body$;

-- [79/1605] add function network.marketplace_listings_search_vector() (schemas/network.yaml:252:9)
CREATE FUNCTION "network"."marketplace_listings_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."category"::text, '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [80/1605] add function network.set_updated_at() (schemas/network.yaml:31:9)
CREATE FUNCTION "network"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [81/1605] add function production.calculate_overtime(p_personnel_id uuid, p_from date, p_to date) (schemas/production.yaml:619:3)
CREATE FUNCTION "production"."calculate_overtime"(p_personnel_id uuid, p_from date, p_to date)
    RETURNS TABLE (week_start date, total_hours numeric, regular_hours numeric, overtime_hours numeric, regular_pay numeric, overtime_pay numeric)
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  v_rate numeric;
  v_multiplier numeric;
  v_threshold numeric;
BEGIN
  SELECT COALESCE(hourly_rate, 0), overtime_multiplier, weekly_hours_threshold
    INTO v_rate, v_multiplier, v_threshold
    FROM production.personnel WHERE id = p_personnel_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'personnel % not found', p_personnel_id USING ERRCODE = 'no_data_found';
  END IF;
  RETURN QUERY
    SELECT w.week_start,
           w.total,
           least(w.total, v_threshold),
           greatest(0, w.total - v_threshold),
           round(least(w.total, v_threshold) * v_rate, 2),
           round(greatest(0, w.total - v_threshold) * v_rate * v_multiplier, 2)
      FROM (SELECT date_trunc('week', te.work_date)::date AS week_start, sum(te.hours) AS total
              FROM production.time_entries te
             WHERE te.personnel_id = p_personnel_id
               AND te.work_date BETWEEN p_from AND p_to
               AND te.status <> 'denied'
             GROUP BY 1) AS w
     ORDER BY w.week_start;
END;
$body$;
COMMENT ON FUNCTION "production"."calculate_overtime"(p_personnel_id uuid, p_from date, p_to date) IS 'Per ISO week in [p_from, p_to]: approved and pending hours, the part above the person''s weekly threshold as overtime, and the pay at the hourly rate and overtime multiplier.';

-- [82/1605] add function production.check_compliance_expiry(p_within_days integer) (schemas/production.yaml:580:3)
CREATE FUNCTION "production"."check_compliance_expiry"(p_within_days integer DEFAULT 30)
    RETURNS TABLE (source text, id uuid, workspace_id uuid, name text, holder text, expires_on date, days_left integer)
    LANGUAGE SQL
    STABLE
AS $body$
SELECT 'project_compliance', c.id, c.workspace_id, c.name, p.name, c.expires_on, c.expires_on - current_date
  FROM production.project_compliance c
  JOIN production.productions p ON p.id = c.production_id
 WHERE c.status = 'approved' AND c.expires_on <= current_date + p_within_days
UNION ALL
SELECT 'training_records', t.id, t.workspace_id, t.course_name, r.first_name || ' ' || r.last_name,
       t.expires_on, t.expires_on - current_date
  FROM production.training_records t
  JOIN production.personnel r ON r.id = t.personnel_id
 WHERE t.status = 'approved' AND t.expires_on <= current_date + p_within_days
ORDER BY 6, 4
$body$;
COMMENT ON FUNCTION "production"."check_compliance_expiry"(p_within_days integer) IS 'Production licenses/permits and personnel certifications that expire within p_within_days (or already have).';

-- [83/1605] add function production.check_event_conflicts(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) (schemas/production.yaml:523:3)
CREATE FUNCTION "production"."check_event_conflicts"(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid DEFAULT NULL)
    RETURNS TABLE (source text, id uuid, name text, start_time timestamptz, end_time timestamptz)
    LANGUAGE SQL
    STABLE
AS $body$
SELECT 'event', e.id, e.name, e.start_time, e.end_time
  FROM production.events e
 WHERE e.location_id = p_location_id
   AND e.status <> 'cancelled'
   AND tstzrange(e.start_time, e.end_time) && tstzrange(p_start, p_end)
   AND e.id IS DISTINCT FROM p_exclude_event_id
UNION ALL
SELECT 'booking', b.id, COALESCE(e.name, b.booking_type::text), b.start_time, b.end_time
  FROM production.bookings b
  LEFT JOIN production.events e ON e.id = b.event_id
 WHERE b.location_id = p_location_id
   AND b.status <> 'denied'
   AND tstzrange(b.start_time, b.end_time) && tstzrange(p_start, p_end)
   AND b.event_id IS DISTINCT FROM p_exclude_event_id
ORDER BY 4, 2
$body$;
COMMENT ON FUNCTION "production"."check_event_conflicts"(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) IS 'Events and bookings at a location that overlap [p_start, p_end), cancelled and denied ones excluded.';

-- [84/1605] add function production.events_search_vector() (schemas/production.yaml:172:9)
CREATE FUNCTION "production"."events_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."name"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [85/1605] add function production.get_availability(p_personnel_id uuid, p_from date, p_to date) (schemas/production.yaml:599:3)
CREATE FUNCTION "production"."get_availability"(p_personnel_id uuid, p_from date, p_to date)
    RETURNS TABLE (day date, allocated_percent numeric, available_percent numeric, hours_logged numeric)
    LANGUAGE SQL
    STABLE
AS $body$
SELECT d::date,
       COALESCE(sum(pa.allocation_percent), 0),
       greatest(0, 100 - COALESCE(sum(pa.allocation_percent), 0)),
       COALESCE((SELECT sum(te.hours) FROM production.time_entries te
                  WHERE te.personnel_id = p_personnel_id AND te.work_date = d::date), 0)
  FROM generate_series(p_from, p_to, interval '1 day') AS d
  LEFT JOIN production.personnel_assignments pa
    ON pa.personnel_id = p_personnel_id
   AND pa.status IN ('planning', 'active')
   AND pa.start_date <= d::date AND (pa.end_date IS NULL OR pa.end_date >= d::date)
 GROUP BY d
 ORDER BY d
$body$;
COMMENT ON FUNCTION "production"."get_availability"(p_personnel_id uuid, p_from date, p_to date) IS 'Day by day, how much of a person is already allocated to productions and how much is free.';

-- [86/1605] add function production.get_production_health(p_production_id uuid) (schemas/production.yaml:480:3)
CREATE FUNCTION "production"."get_production_health"(p_production_id uuid)
    RETURNS TABLE (score integer, task_completion numeric, overdue_tasks bigint, missed_milestones bigint, budget_used_percent numeric, open_incidents bigint)
    LANGUAGE SQL
    STABLE
AS $body$
WITH t AS (
  SELECT count(*) AS total,
         count(*) FILTER (WHERE status = 'done') AS done,
         count(*) FILTER (WHERE status <> 'done' AND due_date < current_date) AS overdue
    FROM production.project_tasks WHERE production_id = p_production_id
), m AS (
  SELECT count(*) FILTER (WHERE status = 'missed'
                             OR (status = 'pending' AND due_date < current_date)) AS missed
    FROM production.project_milestones WHERE production_id = p_production_id
), b AS (
  SELECT COALESCE(sum(li.budgeted_amount), 0) AS budgeted
    FROM finance.budgets bu
    JOIN finance.budget_line_items li ON li.budget_id = bu.id
   WHERE bu.production_id = p_production_id AND bu.status <> 'draft'
), s AS (
  SELECT COALESCE(sum(ft.amount), 0) AS spent
    FROM finance.financial_transactions ft
   WHERE ft.production_id = p_production_id AND ft.transaction_type = 'expense' AND ft.status <> 'void'
), i AS (
  SELECT count(*) AS open
    FROM production.incidents WHERE production_id = p_production_id AND status IN ('open', 'investigating')
), u AS (
  SELECT CASE WHEN b.budgeted > 0 THEN round(100 * s.spent / b.budgeted, 1) END AS used FROM b, s
)
SELECT greatest(0, 100
         - least(30, 5 * t.overdue)
         - least(30, 10 * m.missed)
         - least(25, greatest(0, COALESCE(u.used, 0) - 100)::integer)
         - least(15, 5 * i.open))::integer,
       CASE WHEN t.total > 0 THEN round(100.0 * t.done / t.total, 1) ELSE 0 END,
       t.overdue, m.missed, u.used, i.open
  FROM t, m, u, i
$body$;
COMMENT ON FUNCTION "production"."get_production_health"(p_production_id uuid) IS 'Health score 0-100 of a production: starts at 100, minus 5 per overdue task (at most 30), 10 per missed milestone (at most 30), up to 25 for spending over budget, 5 per open incident (at most 15).';

-- [87/1605] add function production.get_production_timeline(p_production_id uuid) (schemas/production.yaml:656:3)
CREATE FUNCTION "production"."get_production_timeline"(p_production_id uuid)
    RETURNS TABLE (item_type text, item_id uuid, name text, starts_on date, ends_on date, status text, earliest_finish_day integer, is_critical boolean)
    LANGUAGE SQL
    STABLE
AS $body$
WITH RECURSIVE tasks AS (
  SELECT t.id, t.title, t.start_date, t.due_date, t.status::text AS status, t.depends_on_task_ids,
         greatest(1, COALESCE(t.due_date - t.start_date + 1, ceil(COALESCE(t.estimated_hours, 8) / 8)::integer)) AS days
    FROM production.project_tasks t
   WHERE t.production_id = p_production_id
), chain (id, finish, path) AS (
  SELECT t.id, t.days, ARRAY[t.id]
    FROM tasks t
   WHERE NOT EXISTS (SELECT 1 FROM tasks d WHERE d.id = ANY (t.depends_on_task_ids))
  UNION ALL
  SELECT n.id, c.finish + n.days, c.path || n.id
    FROM chain c
    JOIN tasks n ON c.id = ANY (n.depends_on_task_ids)
   WHERE NOT n.id = ANY (c.path)
), finish AS (
  SELECT id, max(finish) AS finish FROM chain GROUP BY id
), critical AS (
  SELECT DISTINCT unnest(c.path) AS id
    FROM chain c
   WHERE c.finish = (SELECT max(finish) FROM chain)
)
SELECT 'task', t.id, t.title, t.start_date, t.due_date, t.status, f.finish::integer,
       EXISTS (SELECT 1 FROM critical k WHERE k.id = t.id)
  FROM tasks t LEFT JOIN finish f ON f.id = t.id
UNION ALL
SELECT 'milestone', m.id, m.name, m.due_date, m.due_date, m.status::text, NULL, false
  FROM production.project_milestones m
 WHERE m.production_id = p_production_id
ORDER BY 4 NULLS LAST, 1, 3
$body$;
COMMENT ON FUNCTION "production"."get_production_timeline"(p_production_id uuid) IS 'Milestones and tasks of a production in date order, with critical-path analysis over project_tasks.depends_on_task_ids: a task''s duration is its date span (or estimated_hours / 8, at least one day); the earliest finish is the longest dependency chain ending at it; tasks on the longest chain are critical.';

-- [88/1605] add function production.get_user_workload(p_personnel_id uuid, p_from date, p_to date) (schemas/production.yaml:546:3)
CREATE FUNCTION "production"."get_user_workload"(p_personnel_id uuid, p_from date, p_to date)
    RETURNS TABLE (allocation_percent numeric, assigned_productions bigint, open_tasks bigint, estimated_task_hours numeric, logged_hours numeric, capacity_hours numeric, utilization_percent numeric)
    LANGUAGE SQL
    STABLE
AS $body$
WITH p AS (
  SELECT id, user_id, weekly_hours_threshold FROM production.personnel WHERE id = p_personnel_id
), a AS (
  SELECT COALESCE(sum(pa.allocation_percent), 0) AS alloc, count(DISTINCT pa.production_id) AS prods
    FROM production.personnel_assignments pa
   WHERE pa.personnel_id = p_personnel_id AND pa.status IN ('planning', 'active')
     AND pa.start_date <= p_to AND (pa.end_date IS NULL OR pa.end_date >= p_from)
), t AS (
  SELECT count(*) AS open, COALESCE(sum(pt.estimated_hours), 0) AS est
    FROM production.project_tasks pt, p
   WHERE pt.assignee_id = p.user_id AND pt.status <> 'done'
     AND (pt.due_date IS NULL OR pt.due_date BETWEEN p_from AND p_to)
), l AS (
  SELECT COALESCE(sum(te.hours), 0) AS logged
    FROM production.time_entries te
   WHERE te.personnel_id = p_personnel_id AND te.work_date BETWEEN p_from AND p_to
), c AS (
  SELECT round(p.weekly_hours_threshold * ((p_to - p_from) + 1) / 7.0, 2) AS cap FROM p
)
SELECT a.alloc, a.prods, t.open, t.est, l.logged, c.cap,
       CASE WHEN c.cap > 0 THEN round(100 * (l.logged + t.est) / c.cap, 1) END
  FROM a, t, l, c
$body$;
COMMENT ON FUNCTION "production"."get_user_workload"(p_personnel_id uuid, p_from date, p_to date) IS 'Capacity of one person in [p_from, p_to]: summed allocation of overlapping assignments, open tasks due in the window (via the linked user account), hours logged, capacity (weekly threshold pro rata) and utilization.';

-- [89/1605] add function production.personnel_search_vector() (schemas/production.yaml:297:9)
CREATE FUNCTION "production"."personnel_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."department"::text, '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."first_name"::text, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."job_title"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."last_name"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [90/1605] add function production.set_updated_at() (schemas/production.yaml:29:56)
CREATE FUNCTION "production"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [91/1605] add function resources.assets_search_vector() (schemas/resources.yaml:31:9)
CREATE FUNCTION "resources"."assets_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."asset_tag"::text, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."manufacturer"::text, '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."model"::text, '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."name"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [92/1605] add function resources.calculate_asset_utilization(p_asset_id uuid, p_from timestamptz, p_to timestamptz) (schemas/resources.yaml:300:3)
CREATE FUNCTION "resources"."calculate_asset_utilization"(p_asset_id uuid, p_from timestamptz, p_to timestamptz)
    RETURNS TABLE (asset_id uuid, hours_in_period numeric, hours_out numeric, utilization_percent numeric, checkouts bigint, maintenance_events bigint)
    LANGUAGE SQL
    STABLE
AS $body$
WITH w AS (
  SELECT tstzrange(p_from, p_to) AS win, extract(epoch FROM (p_to - p_from)) / 3600.0 AS hours
), o AS (
  SELECT COALESCE(sum(extract(epoch FROM (upper(r) - lower(r))) / 3600.0), 0) AS hours_out, count(*) AS n
    FROM (SELECT tstzrange(t.checked_out_at, COALESCE(t.returned_at, greatest(now(), t.checked_out_at))) * w.win AS r
            FROM resources.asset_transactions t, w
           WHERE t.asset_id = p_asset_id
             AND t.transaction_type = 'check_out'
             AND tstzrange(t.checked_out_at, COALESCE(t.returned_at, greatest(now(), t.checked_out_at))) && w.win) AS c
   WHERE NOT isempty(r)
), m AS (
  SELECT count(*) AS n
    FROM resources.asset_maintenance am
   WHERE am.asset_id = p_asset_id
     AND COALESCE(am.performed_on, am.scheduled_for) >= p_from::date
     AND COALESCE(am.performed_on, am.scheduled_for) < p_to::date
)
SELECT p_asset_id, round(w.hours::numeric, 2), round(o.hours_out::numeric, 2),
       CASE WHEN w.hours > 0 THEN round((100 * o.hours_out / w.hours)::numeric, 1) ELSE 0 END,
       o.n, m.n
  FROM w, o, m
$body$;
COMMENT ON FUNCTION "resources"."calculate_asset_utilization"(p_asset_id uuid, p_from timestamptz, p_to timestamptz) IS 'Share of [p_from, p_to) an asset was checked out (check-outs clipped to the window; an open check-out counts until now()), plus the number of check-outs and of maintenance records in the window.';

-- [93/1605] add function resources.files_search_vector() (schemas/resources.yaml:255:9)
CREATE FUNCTION "resources"."files_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."name"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [94/1605] add function resources.set_updated_at() (schemas/resources.yaml:29:9)
CREATE FUNCTION "resources"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [95/1605] add table auth.users (schemas/core.yaml:121:3)
CREATE TABLE "auth"."users" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "email" citext NOT NULL,
    "full_name" text,
    "avatar_url" text,
    "last_sign_in_at" timestamp with time zone,
    "raw_user_meta_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_email_key" UNIQUE ("email")
);
COMMENT ON TABLE "auth"."users" IS 'Platform-wide user accounts (the seed''s auth.users). Not tenant-scoped: one person may belong to several organizations. A session sees itself and the members of its current organization.';

-- [96/1605] add table collab.activities (schemas/collab.yaml:74:3)
CREATE TABLE "collab"."activities" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "user_id" uuid,
    "action" "collab"."activity_action" NOT NULL,
    "entity_type" text NOT NULL,
    "entity_id" uuid NOT NULL,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "activities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "activities_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "collab"."activities" IS 'The activity feed. created_by is the acting user.';
COMMENT ON COLUMN "collab"."activities"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "collab"."activities"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "collab"."activities"."entity_type" IS 'schema.table of the subject';

-- [97/1605] add table collab.comments (schemas/collab.yaml:89:3)
CREATE TABLE "collab"."comments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "entity_type" text NOT NULL,
    "entity_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "content" text NOT NULL,
    "parent_comment_id" uuid,
    "edited_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "comments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "comments_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "comments_content_not_blank_check" CHECK (btrim(content) <> '')
);
COMMENT ON TABLE "collab"."comments" IS 'Threaded comments on any entity.';
COMMENT ON COLUMN "collab"."comments"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "collab"."comments"."created_by" IS 'The user who created the row.';

-- [98/1605] add table collab.custom_fields (schemas/collab.yaml:40:3)
CREATE TABLE "collab"."custom_fields" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "module_name" text NOT NULL,
    "entity_table" text,
    "field_name" text NOT NULL,
    "label" text,
    "field_type" "collab"."custom_field_type" NOT NULL,
    "options" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_required" boolean DEFAULT false NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "custom_fields_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "custom_fields_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "custom_fields_workspace_id_module_name_field_name_key" UNIQUE ("workspace_id", "module_name", "field_name"),
    CONSTRAINT "custom_fields_field_name_shape_check" CHECK (field_name ~ '^[a-z][a-z0-9_]*$')
);
COMMENT ON TABLE "collab"."custom_fields" IS 'Definitions of the custom fields a workspace adds to a module; the values live in the custom_fields jsonb column of every entity table.';
COMMENT ON COLUMN "collab"."custom_fields"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "collab"."custom_fields"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "collab"."custom_fields"."module_name" IS 'e.g. production, finance';
COMMENT ON COLUMN "collab"."custom_fields"."entity_table" IS 'e.g. production.productions; NULL = every table of the module';
COMMENT ON COLUMN "collab"."custom_fields"."options" IS 'Choices of select fields, validation, display hints.';

-- [99/1605] add table collab.dashboard_widgets (schemas/collab.yaml:167:3)
CREATE TABLE "collab"."dashboard_widgets" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "dashboard_id" uuid NOT NULL,
    "widget_type" text NOT NULL,
    "title" text NOT NULL,
    "position" jsonb DEFAULT '{"x": 0, "y": 0, "w": 4, "h": 3}'::jsonb NOT NULL,
    "data_source" text,
    "config" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "dashboard_widgets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dashboard_widgets_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "collab"."dashboard_widgets" IS 'Customizable widgets placed on a dashboard.';
COMMENT ON COLUMN "collab"."dashboard_widgets"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "collab"."dashboard_widgets"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "collab"."dashboard_widgets"."widget_type" IS 'e.g. kpi, chart, list, calendar';
COMMENT ON COLUMN "collab"."dashboard_widgets"."data_source" IS 'the function or view feeding it, e.g. collab.get_dashboard_metrics';

-- [100/1605] add table collab.dashboards (schemas/collab.yaml:152:3)
CREATE TABLE "collab"."dashboards" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "name" text NOT NULL,
    "description" text,
    "layout" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "is_default" boolean DEFAULT false NOT NULL,
    "is_shared" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "dashboards_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dashboards_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "collab"."dashboards" IS 'User dashboard configurations.';
COMMENT ON COLUMN "collab"."dashboards"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "collab"."dashboards"."created_by" IS 'The user who created the row.';

-- [101/1605] add table collab.notifications (schemas/collab.yaml:109:3)
CREATE TABLE "collab"."notifications" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid,
    "created_by" uuid,
    "user_id" uuid NOT NULL,
    "type" text NOT NULL,
    "title" text NOT NULL,
    "message" text,
    "entity_type" text,
    "entity_id" uuid,
    "read" boolean DEFAULT false NOT NULL,
    "read_at" timestamp with time zone,
    "action_url" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notifications_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "collab"."notifications" IS 'In-app notifications of a user; workspace_id NULL = organization-wide.';
COMMENT ON COLUMN "collab"."notifications"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "collab"."notifications"."created_by" IS 'The user who created the row.';

-- [102/1605] add table collab.user_presence (schemas/collab.yaml:133:3)
CREATE TABLE "collab"."user_presence" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "user_id" uuid NOT NULL,
    "location" text,
    "status" "collab"."presence_status" DEFAULT 'online' NOT NULL,
    "last_seen" timestamp with time zone DEFAULT now() NOT NULL,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "user_presence_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_presence_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "user_presence_workspace_id_user_id_key" UNIQUE ("workspace_id", "user_id")
);
COMMENT ON TABLE "collab"."user_presence" IS 'Where a user currently is in a workspace (page/module) and their status.';
COMMENT ON COLUMN "collab"."user_presence"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "collab"."user_presence"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "collab"."user_presence"."location" IS 'Current page or module.';

-- [103/1605] add table collab.views (schemas/collab.yaml:59:3)
CREATE TABLE "collab"."views" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "module_name" text NOT NULL,
    "view_type" "collab"."view_type" DEFAULT 'list' NOT NULL,
    "name" text NOT NULL,
    "filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "sort_by" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "group_by" text,
    "config" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_shared" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "views_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "views_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "collab"."views" IS 'Saved views (filters, sorting, grouping, layout) of a module''s records.';
COMMENT ON COLUMN "collab"."views"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "collab"."views"."created_by" IS 'The user who created the row.';

-- [104/1605] add table core.api_tokens (schemas/core.yaml:208:3)
CREATE TABLE "core"."api_tokens" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid,
    "created_by" uuid,
    "name" text NOT NULL,
    "token_prefix" text NOT NULL,
    "token_hash" text NOT NULL,
    "scopes" text[] DEFAULT '{}'::text[] NOT NULL,
    "last_used_at" timestamp with time zone,
    "expires_at" timestamp with time zone,
    "revoked_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "api_tokens_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "api_tokens_token_hash_key" UNIQUE ("token_hash")
);
COMMENT ON TABLE "core"."api_tokens" IS 'API access tokens. Only a hash of the secret is stored.';
COMMENT ON COLUMN "core"."api_tokens"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "core"."api_tokens"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "core"."api_tokens"."token_prefix" IS 'First characters of the token, shown in the UI.';

-- [105/1605] add table core.audit_logs (schemas/core.yaml:251:3)
CREATE TABLE "core"."audit_logs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid,
    "created_by" uuid,
    "action" text NOT NULL,
    "entity_type" text NOT NULL,
    "entity_id" uuid,
    "old_values" jsonb,
    "new_values" jsonb,
    "ip_address" inet,
    "user_agent" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "audit_logs_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "core"."audit_logs" IS 'System audit trail, written by core.write_audit_log() from the tables using the audit_logged trait (created_by = the acting user).';
COMMENT ON COLUMN "core"."audit_logs"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "core"."audit_logs"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "core"."audit_logs"."action" IS 'insert, update or delete';
COMMENT ON COLUMN "core"."audit_logs"."entity_type" IS 'schema.table of the changed row';

-- [106/1605] add table core.organization_members (schemas/core.yaml:166:3)
CREATE TABLE "core"."organization_members" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "role" "core"."member_role" DEFAULT 'member' NOT NULL,
    "status" "core"."member_status" DEFAULT 'invited' NOT NULL,
    "joined_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "organization_members_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organization_members_organization_id_user_id_key" UNIQUE ("organization_id", "user_id"),
    CONSTRAINT "organization_members_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "core"."organization_members" IS 'A user''s membership of an organization.';

-- [107/1605] add table core.organizations (schemas/core.yaml:103:3)
CREATE TABLE "core"."organizations" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "name" text NOT NULL,
    "slug" text NOT NULL,
    "plan" "core"."organization_plan" DEFAULT 'free' NOT NULL,
    "status" "core"."organization_status" DEFAULT 'trialing' NOT NULL,
    "stripe_customer_id" text,
    "stripe_subscription_id" text,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organizations_slug_key" UNIQUE ("slug"),
    CONSTRAINT "organizations_stripe_customer_id_key" UNIQUE ("stripe_customer_id"),
    CONSTRAINT "organizations_slug_shape_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "organizations_name_not_blank_check" CHECK (btrim(name) <> '')
);
COMMENT ON TABLE "core"."organizations" IS 'One row per tenant. Every tenant-scoped table references it.';
COMMENT ON COLUMN "core"."organizations"."slug" IS 'URL-safe identifier, e.g. acme-live.';

-- [108/1605] add table core.roles (schemas/core.yaml:185:3)
CREATE TABLE "core"."roles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid,
    "created_by" uuid,
    "name" text NOT NULL,
    "description" text,
    "permissions" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_system" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "roles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "roles_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "core"."roles" IS 'Custom (branded) role definitions; workspace_id NULL = organization-wide.';
COMMENT ON COLUMN "core"."roles"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "core"."roles"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "core"."roles"."permissions" IS 'module -> allowed actions, e.g. {"finance": ["read", "approve"]}';

-- [109/1605] add table core.webhooks (schemas/core.yaml:229:3)
CREATE TABLE "core"."webhooks" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid,
    "created_by" uuid,
    "name" text NOT NULL,
    "url" text NOT NULL,
    "events" text[] DEFAULT '{}'::text[] NOT NULL,
    "secret_hash" text,
    "is_active" boolean DEFAULT true NOT NULL,
    "last_delivery_at" timestamp with time zone,
    "failure_count" integer DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "webhooks_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "webhooks_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "webhooks_failure_count_check" CHECK (failure_count >= 0)
);
COMMENT ON TABLE "core"."webhooks" IS 'Outgoing webhook configurations.';
COMMENT ON COLUMN "core"."webhooks"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "core"."webhooks"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "core"."webhooks"."events" IS 'e.g. {invoice.paid, event.updated}';

-- [110/1605] add table core.workspaces (schemas/core.yaml:151:3)
CREATE TABLE "core"."workspaces" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "name" text NOT NULL,
    "slug" text NOT NULL,
    "settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "workspaces_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workspaces_organization_id_slug_key" UNIQUE ("organization_id", "slug"),
    CONSTRAINT "workspaces_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "workspaces_slug_shape_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
COMMENT ON TABLE "core"."workspaces" IS 'Subdivisions of an organization (productions company, venue group, festival).';

-- [111/1605] add table finance.approval_requests (schemas/finance.yaml:398:3)
CREATE TABLE "finance"."approval_requests" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "entity_type" text NOT NULL,
    "entity_id" uuid NOT NULL,
    "step" integer DEFAULT 1 NOT NULL,
    "approver_id" uuid NOT NULL,
    "status" "core"."approval_status" DEFAULT 'pending' NOT NULL,
    "due_at" timestamp with time zone,
    "decided_at" timestamp with time zone,
    "decision_note" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "approval_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "approval_requests_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "approval_requests_entity_type_entity_id_step_approver_id_key" UNIQUE ("entity_type", "entity_id", "step", "approver_id"),
    CONSTRAINT "approval_requests_step_check" CHECK (step > 0)
);
COMMENT ON TABLE "finance"."approval_requests" IS 'The approval workflow of any entity (requisitions, POs, expense reports, budgets, ...).';
COMMENT ON COLUMN "finance"."approval_requests"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."approval_requests"."created_by" IS 'The user who created the row.';

-- [112/1605] add table finance.budget_line_items (schemas/finance.yaml:52:3)
CREATE TABLE "finance"."budget_line_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "budget_id" uuid NOT NULL,
    "category" text NOT NULL,
    "description" text,
    "budgeted_amount" numeric(14,2) NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "budget_line_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "budget_line_items_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "budget_line_items_budgeted_amount_check" CHECK (budgeted_amount >= 0)
);
COMMENT ON TABLE "finance"."budget_line_items" IS 'Budget breakdown by category.';
COMMENT ON COLUMN "finance"."budget_line_items"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."budget_line_items"."created_by" IS 'The user who created the row.';

-- [113/1605] add table finance.budgets (schemas/finance.yaml:29:3)
CREATE TABLE "finance"."budgets" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "production_id" uuid,
    "name" text NOT NULL,
    "period_start" date NOT NULL,
    "period_end" date NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "status" "finance"."budget_status" DEFAULT 'draft' NOT NULL,
    "approved_by" uuid,
    "approved_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "budgets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "budgets_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "budgets_period_ordered_check" CHECK (period_end >= period_start)
);
COMMENT ON TABLE "finance"."budgets" IS 'Budget management, per production or per period.';
COMMENT ON COLUMN "finance"."budgets"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."budgets"."created_by" IS 'The user who created the row.';

-- [114/1605] add table finance.expense_items (schemas/finance.yaml:265:3)
CREATE TABLE "finance"."expense_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "expense_report_id" uuid NOT NULL,
    "expense_date" date NOT NULL,
    "category" text NOT NULL,
    "description" text,
    "amount" numeric(12,2) NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "receipt_file_id" uuid,
    "budget_line_item_id" uuid,
    "is_billable" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "expense_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "expense_items_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "expense_items_amount_check" CHECK (amount >= 0)
);
COMMENT ON TABLE "finance"."expense_items" IS 'Expense details.';
COMMENT ON COLUMN "finance"."expense_items"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."expense_items"."created_by" IS 'The user who created the row.';

-- [115/1605] add table finance.expense_reports (schemas/finance.yaml:237:3)
CREATE TABLE "finance"."expense_reports" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "personnel_id" uuid NOT NULL,
    "production_id" uuid,
    "title" text NOT NULL,
    "period_start" date,
    "period_end" date,
    "status" "finance"."expense_status" DEFAULT 'draft' NOT NULL,
    "total_amount" numeric(14,2) DEFAULT 0 NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "submitted_at" timestamp with time zone,
    "approved_by" uuid,
    "approved_at" timestamp with time zone,
    "reimbursed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "expense_reports_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "expense_reports_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "expense_reports_total_amount_check" CHECK (total_amount >= 0)
);
COMMENT ON TABLE "finance"."expense_reports" IS 'Expense reports of a person.';
COMMENT ON COLUMN "finance"."expense_reports"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."expense_reports"."created_by" IS 'The user who created the row.';

-- [116/1605] add table finance.financial_transactions (schemas/finance.yaml:66:3)
CREATE TABLE "finance"."financial_transactions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "transaction_type" "finance"."transaction_type" NOT NULL,
    "amount" numeric(14,2) NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "transaction_date" date NOT NULL,
    "description" text,
    "reference" text,
    "status" "finance"."transaction_status" DEFAULT 'pending' NOT NULL,
    "budget_line_item_id" uuid,
    "production_id" uuid,
    "company_id" uuid,
    "invoice_id" uuid,
    "purchase_order_id" uuid,
    "expense_report_id" uuid,
    "payroll_record_id" uuid,
    "payment_method_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "financial_transactions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "financial_transactions_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "financial_transactions_amount_check" CHECK (amount >= 0)
);
COMMENT ON TABLE "finance"."financial_transactions" IS 'Every money movement. amount is positive; transaction_type says the direction. Links to the budget line, production, invoice, purchase order, expense report or payroll record it settles.';
COMMENT ON COLUMN "finance"."financial_transactions"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."financial_transactions"."created_by" IS 'The user who created the row.';

-- [117/1605] add table finance.invoice_items (schemas/finance.yaml:149:3)
CREATE TABLE "finance"."invoice_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "invoice_id" uuid NOT NULL,
    "description" text NOT NULL,
    "quantity" numeric(12,2) DEFAULT 1 NOT NULL,
    "unit_price" numeric(12,2) NOT NULL,
    "amount" numeric(14,2) GENERATED ALWAYS AS (round(quantity * unit_price, 2)) STORED NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "invoice_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "invoice_items_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "invoice_items_quantity_check" CHECK (quantity > 0),
    CONSTRAINT "invoice_items_unit_price_check" CHECK (unit_price >= 0)
);
COMMENT ON TABLE "finance"."invoice_items" IS 'Invoice line items.';
COMMENT ON COLUMN "finance"."invoice_items"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."invoice_items"."created_by" IS 'The user who created the row.';

-- [118/1605] add table finance.invoices (schemas/finance.yaml:117:3)
CREATE TABLE "finance"."invoices" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "invoice_type" "finance"."invoice_type" DEFAULT 'receivable' NOT NULL,
    "invoice_number" text NOT NULL,
    "company_id" uuid NOT NULL,
    "production_id" uuid,
    "issue_date" date NOT NULL,
    "due_date" date NOT NULL,
    "status" "finance"."invoice_status" DEFAULT 'draft' NOT NULL,
    "subtotal" numeric(14,2) DEFAULT 0 NOT NULL,
    "tax_amount" numeric(14,2) DEFAULT 0 NOT NULL,
    "total_amount" numeric(14,2) GENERATED ALWAYS AS (subtotal + tax_amount) STORED NOT NULL,
    "amount_paid" numeric(14,2) DEFAULT 0 NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "notes" text,
    "paid_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "invoices_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "invoices_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "invoices_organization_id_invoice_type_invoice_number_key" UNIQUE ("organization_id", "invoice_type", "invoice_number"),
    CONSTRAINT "invoices_dates_ordered_check" CHECK (due_date >= issue_date),
    CONSTRAINT "invoices_amounts_not_negative_check" CHECK (subtotal >= 0 AND tax_amount >= 0 AND amount_paid >= 0)
);
COMMENT ON TABLE "finance"."invoices" IS 'Invoices, to clients (receivable) and from vendors (payable). Subtotal is kept by finance.recalculate_invoice().';
COMMENT ON COLUMN "finance"."invoices"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."invoices"."created_by" IS 'The user who created the row.';

-- [119/1605] add table finance.payment_methods (schemas/finance.yaml:220:3)
CREATE TABLE "finance"."payment_methods" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "name" text NOT NULL,
    "method_type" "finance"."payment_method_type" NOT NULL,
    "provider" text,
    "last_four" character(4),
    "external_ref" text,
    "is_default" boolean DEFAULT false NOT NULL,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "payment_methods_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "payment_methods_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "payment_methods_last_four_check" CHECK (last_four ~ '^[0-9]{4}$')
);
COMMENT ON TABLE "finance"."payment_methods" IS 'Payment tracking - the accounts and cards money moves through (no card numbers, only the last four digits).';
COMMENT ON COLUMN "finance"."payment_methods"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."payment_methods"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "finance"."payment_methods"."external_ref" IS 'The payment provider''s token for it.';

-- [120/1605] add table finance.payroll_items (schemas/finance.yaml:316:3)
CREATE TABLE "finance"."payroll_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "payroll_record_id" uuid NOT NULL,
    "item_type" "finance"."payroll_item_type" NOT NULL,
    "description" text,
    "hours" numeric(8,2),
    "rate" numeric(10,2),
    "amount" numeric(14,2) NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "payroll_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "payroll_items_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "finance"."payroll_items" IS 'Payroll details (earnings positive, deductions and taxes negative).';
COMMENT ON COLUMN "finance"."payroll_items"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."payroll_items"."created_by" IS 'The user who created the row.';

-- [121/1605] add table finance.payroll_records (schemas/finance.yaml:289:3)
CREATE TABLE "finance"."payroll_records" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "personnel_id" uuid NOT NULL,
    "pay_period_start" date NOT NULL,
    "pay_period_end" date NOT NULL,
    "pay_date" date,
    "regular_hours" numeric(8,2) DEFAULT 0 NOT NULL,
    "overtime_hours" numeric(8,2) DEFAULT 0 NOT NULL,
    "gross_pay" numeric(14,2) DEFAULT 0 NOT NULL,
    "deductions" numeric(14,2) DEFAULT 0 NOT NULL,
    "net_pay" numeric(14,2) GENERATED ALWAYS AS (gross_pay - deductions) STORED NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "status" "finance"."payroll_status" DEFAULT 'draft' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "payroll_records_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "payroll_records_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "payroll_records_personnel_id_pay_period_start_key" UNIQUE ("personnel_id", "pay_period_start"),
    CONSTRAINT "payroll_records_period_ordered_check" CHECK (pay_period_end >= pay_period_start),
    CONSTRAINT "payroll_records_amounts_not_negative_check" CHECK (regular_hours >= 0 AND overtime_hours >= 0 AND gross_pay >= 0 AND deductions >= 0)
);
COMMENT ON TABLE "finance"."payroll_records" IS 'Payroll of one person for one pay period.';
COMMENT ON COLUMN "finance"."payroll_records"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."payroll_records"."created_by" IS 'The user who created the row.';

-- [122/1605] add table finance.po_items (schemas/finance.yaml:201:3)
CREATE TABLE "finance"."po_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "purchase_order_id" uuid NOT NULL,
    "description" text NOT NULL,
    "quantity" numeric(12,2) DEFAULT 1 NOT NULL,
    "unit_price" numeric(12,2) NOT NULL,
    "amount" numeric(14,2) GENERATED ALWAYS AS (round(quantity * unit_price, 2)) STORED NOT NULL,
    "received_quantity" numeric(12,2) DEFAULT 0 NOT NULL,
    "budget_line_item_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "po_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "po_items_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "po_items_quantity_check" CHECK (quantity > 0),
    CONSTRAINT "po_items_unit_price_check" CHECK (unit_price >= 0),
    CONSTRAINT "po_items_received_quantity_check" CHECK (received_quantity >= 0)
);
COMMENT ON TABLE "finance"."po_items" IS 'Purchase order line items.';
COMMENT ON COLUMN "finance"."po_items"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."po_items"."created_by" IS 'The user who created the row.';

-- [123/1605] add table finance.purchase_orders (schemas/finance.yaml:169:3)
CREATE TABLE "finance"."purchase_orders" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "po_number" text NOT NULL,
    "company_id" uuid NOT NULL,
    "production_id" uuid,
    "requisition_id" uuid,
    "order_date" date NOT NULL,
    "expected_delivery" date,
    "status" "finance"."po_status" DEFAULT 'draft' NOT NULL,
    "subtotal" numeric(14,2) DEFAULT 0 NOT NULL,
    "tax_amount" numeric(14,2) DEFAULT 0 NOT NULL,
    "total_amount" numeric(14,2) GENERATED ALWAYS AS (subtotal + tax_amount) STORED NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "approved_by" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "purchase_orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "purchase_orders_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "purchase_orders_organization_id_po_number_key" UNIQUE ("organization_id", "po_number")
);
COMMENT ON TABLE "finance"."purchase_orders" IS 'Purchase order management.';
COMMENT ON COLUMN "finance"."purchase_orders"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."purchase_orders"."created_by" IS 'The user who created the row.';

-- [124/1605] add table finance.requisition_items (schemas/finance.yaml:352:3)
CREATE TABLE "finance"."requisition_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "requisition_id" uuid NOT NULL,
    "description" text NOT NULL,
    "quantity" numeric(12,2) DEFAULT 1 NOT NULL,
    "estimated_unit_price" numeric(12,2),
    "preferred_company_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "requisition_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "requisition_items_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "requisition_items_quantity_check" CHECK (quantity > 0),
    CONSTRAINT "requisition_items_estimated_unit_price_check" CHECK (estimated_unit_price >= 0)
);
COMMENT ON TABLE "finance"."requisition_items" IS 'Request details.';
COMMENT ON COLUMN "finance"."requisition_items"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."requisition_items"."created_by" IS 'The user who created the row.';

-- [125/1605] add table finance.requisitions (schemas/finance.yaml:334:3)
CREATE TABLE "finance"."requisitions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "production_id" uuid,
    "title" text NOT NULL,
    "justification" text,
    "needed_by" date,
    "priority" "core"."priority_level" DEFAULT 'medium' NOT NULL,
    "status" "finance"."requisition_status" DEFAULT 'draft' NOT NULL,
    "estimated_total" numeric(14,2) DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "requisitions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "requisitions_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "requisitions_estimated_total_check" CHECK (estimated_total >= 0)
);
COMMENT ON TABLE "finance"."requisitions" IS 'Purchase requests (created_by = the requester).';
COMMENT ON COLUMN "finance"."requisitions"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."requisitions"."created_by" IS 'The user who created the row.';

-- [126/1605] add table finance.rfqs (schemas/finance.yaml:369:3)
CREATE TABLE "finance"."rfqs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "rfq_number" text NOT NULL,
    "requisition_id" uuid,
    "title" text NOT NULL,
    "description" text,
    "issue_date" date NOT NULL,
    "response_due" date,
    "status" "finance"."rfq_status" DEFAULT 'draft' NOT NULL,
    "invited_company_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    "awarded_company_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "rfqs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "rfqs_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "rfqs_organization_id_rfq_number_key" UNIQUE ("organization_id", "rfq_number"),
    CONSTRAINT "rfqs_due_after_issue_check" CHECK (response_due IS NULL OR response_due >= issue_date)
);
COMMENT ON TABLE "finance"."rfqs" IS 'Requests for quotes sent to vendors.';
COMMENT ON COLUMN "finance"."rfqs"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "finance"."rfqs"."created_by" IS 'The user who created the row.';

-- [127/1605] add table network.community_posts (schemas/network.yaml:185:3)
CREATE TABLE "network"."community_posts" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "title" text NOT NULL,
    "body" text NOT NULL,
    "post_type" "network"."post_type" DEFAULT 'discussion' NOT NULL,
    "tags" text[] DEFAULT '{}'::text[] NOT NULL,
    "is_pinned" boolean DEFAULT false NOT NULL,
    "status" "core"."publish_status" DEFAULT 'published' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "community_posts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "community_posts_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "network"."community_posts" IS 'Discussion posts (created_by = the author).';
COMMENT ON COLUMN "network"."community_posts"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."community_posts"."created_by" IS 'The user who created the row.';

-- [128/1605] add table network.companies (schemas/network.yaml:102:3)
CREATE TABLE "network"."companies" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "name" text NOT NULL,
    "legal_name" text,
    "company_type" "network"."company_type" NOT NULL,
    "website" text,
    "email" citext,
    "phone" text,
    "tax_id" text,
    "address" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "payment_terms_days" integer DEFAULT 30 NOT NULL,
    "rating" smallint,
    "status" "network"."company_status" DEFAULT 'active' NOT NULL,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "companies_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "companies_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "companies_payment_terms_days_check" CHECK (payment_terms_days >= 0),
    CONSTRAINT "companies_rating_check" CHECK (rating BETWEEN 1 AND 5)
);
COMMENT ON TABLE "network"."companies" IS 'Vendors, clients and partners.';
COMMENT ON COLUMN "network"."companies"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."companies"."created_by" IS 'The user who created the row.';

-- [129/1605] add table network.company_contacts (schemas/network.yaml:130:3)
CREATE TABLE "network"."company_contacts" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "company_id" uuid NOT NULL,
    "first_name" text NOT NULL,
    "last_name" text NOT NULL,
    "email" citext,
    "phone" text,
    "job_title" text,
    "is_primary" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "company_contacts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "company_contacts_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "network"."company_contacts" IS 'Contact people of a company.';
COMMENT ON COLUMN "network"."company_contacts"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."company_contacts"."created_by" IS 'The user who created the row.';

-- [130/1605] add table network.connections (schemas/network.yaml:221:3)
CREATE TABLE "network"."connections" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid,
    "created_by" uuid,
    "requester_id" uuid NOT NULL,
    "addressee_id" uuid NOT NULL,
    "status" "network"."connection_status" DEFAULT 'pending' NOT NULL,
    "responded_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "connections_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "connections_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "connections_organization_id_requester_id_addressee_id_key" UNIQUE ("organization_id", "requester_id", "addressee_id"),
    CONSTRAINT "connections_not_self_check" CHECK (requester_id <> addressee_id)
);
COMMENT ON TABLE "network"."connections" IS 'User connections (a request from one user to another).';
COMMENT ON COLUMN "network"."connections"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."connections"."created_by" IS 'The user who created the row.';

-- [131/1605] add table network.contracts (schemas/network.yaml:150:3)
CREATE TABLE "network"."contracts" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "company_id" uuid NOT NULL,
    "production_id" uuid,
    "title" text NOT NULL,
    "contract_type" "network"."contract_type" NOT NULL,
    "value" numeric(14,2),
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "start_date" date NOT NULL,
    "end_date" date,
    "status" "network"."contract_status" DEFAULT 'draft' NOT NULL,
    "signed_at" timestamp with time zone,
    "renewal_notice_days" integer,
    "file_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "contracts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "contracts_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "contracts_dates_ordered_check" CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT "contracts_value_not_negative_check" CHECK (value IS NULL OR value >= 0)
);
COMMENT ON TABLE "network"."contracts" IS 'Contract tracking.';
COMMENT ON COLUMN "network"."contracts"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."contracts"."created_by" IS 'The user who created the row.';

-- [132/1605] add table network.endorsements (schemas/network.yaml:51:3)
CREATE TABLE "network"."endorsements" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid,
    "created_by" uuid,
    "profile_id" uuid NOT NULL,
    "endorser_id" uuid NOT NULL,
    "skill" text NOT NULL,
    "comment" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "endorsements_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "endorsements_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "endorsements_profile_id_endorser_id_skill_key" UNIQUE ("profile_id", "endorser_id", "skill")
);
COMMENT ON TABLE "network"."endorsements" IS 'Skill endorsements of a profile (created_by = the endorser).';
COMMENT ON COLUMN "network"."endorsements"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."endorsements"."created_by" IS 'The user who created the row.';

-- [133/1605] add table network.marketplace_listings (schemas/network.yaml:245:3)
CREATE TABLE "network"."marketplace_listings" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "title" text NOT NULL,
    "description" text,
    "category" text NOT NULL,
    "listing_type" "network"."listing_type" DEFAULT 'sale' NOT NULL,
    "price" numeric(12,2) NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "quantity_available" integer DEFAULT 1 NOT NULL,
    "condition" "resources"."asset_condition",
    "images" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "status" "core"."publish_status" DEFAULT 'draft' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "marketplace_listings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "marketplace_listings_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "marketplace_listings_price_check" CHECK (price >= 0),
    CONSTRAINT "marketplace_listings_quantity_available_check" CHECK (quantity_available >= 0)
);
COMMENT ON TABLE "network"."marketplace_listings" IS 'Product and service listings (created_by = the seller).';
COMMENT ON COLUMN "network"."marketplace_listings"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."marketplace_listings"."created_by" IS 'The user who created the row.';

-- [134/1605] add table network.marketplace_orders (schemas/network.yaml:269:3)
CREATE TABLE "network"."marketplace_orders" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "listing_id" uuid NOT NULL,
    "buyer_id" uuid NOT NULL,
    "quantity" integer NOT NULL,
    "unit_price" numeric(12,2) NOT NULL,
    "total_amount" numeric(14,2) GENERATED ALWAYS AS (quantity * unit_price) STORED NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "status" "network"."order_status" DEFAULT 'pending' NOT NULL,
    "ordered_at" timestamp with time zone DEFAULT now() NOT NULL,
    "paid_at" timestamp with time zone,
    "shipped_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "marketplace_orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "marketplace_orders_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "marketplace_orders_quantity_check" CHECK (quantity > 0),
    CONSTRAINT "marketplace_orders_unit_price_check" CHECK (unit_price >= 0)
);
COMMENT ON TABLE "network"."marketplace_orders" IS 'Orders of marketplace listings.';
COMMENT ON COLUMN "network"."marketplace_orders"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."marketplace_orders"."created_by" IS 'The user who created the row.';

-- [135/1605] add table network.marketplace_reviews (schemas/network.yaml:289:3)
CREATE TABLE "network"."marketplace_reviews" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "listing_id" uuid NOT NULL,
    "order_id" uuid,
    "reviewer_id" uuid NOT NULL,
    "rating" smallint NOT NULL,
    "title" text,
    "body" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "marketplace_reviews_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "marketplace_reviews_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "marketplace_reviews_listing_id_reviewer_id_key" UNIQUE ("listing_id", "reviewer_id"),
    CONSTRAINT "marketplace_reviews_rating_check" CHECK (rating BETWEEN 1 AND 5)
);
COMMENT ON TABLE "network"."marketplace_reviews" IS 'Reviews of listings.';
COMMENT ON COLUMN "network"."marketplace_reviews"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."marketplace_reviews"."created_by" IS 'The user who created the row.';

-- [136/1605] add table network.post_reactions (schemas/network.yaml:207:3)
CREATE TABLE "network"."post_reactions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "post_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "reaction" "network"."reaction_type" NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "post_reactions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "post_reactions_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "post_reactions_post_id_user_id_reaction_key" UNIQUE ("post_id", "user_id", "reaction")
);
COMMENT ON TABLE "network"."post_reactions" IS 'Reactions to posts.';
COMMENT ON COLUMN "network"."post_reactions"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."post_reactions"."created_by" IS 'The user who created the row.';

-- [137/1605] add table network.user_profiles (schemas/network.yaml:26:3)
CREATE TABLE "network"."user_profiles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid,
    "created_by" uuid,
    "user_id" uuid NOT NULL,
    "headline" text,
    "bio" text,
    "location" text,
    "website" text,
    "skills" text[] DEFAULT '{}'::text[] NOT NULL,
    "social_links" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "day_rate" numeric(10,2),
    "is_public" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "user_profiles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_profiles_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "user_profiles_organization_id_user_id_key" UNIQUE ("organization_id", "user_id")
);
COMMENT ON TABLE "network"."user_profiles" IS 'Extended user information within an organization.';
COMMENT ON COLUMN "network"."user_profiles"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."user_profiles"."created_by" IS 'The user who created the row.';

-- [138/1605] add table network.work_history (schemas/network.yaml:71:3)
CREATE TABLE "network"."work_history" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid,
    "created_by" uuid,
    "profile_id" uuid NOT NULL,
    "company_name" text NOT NULL,
    "company_id" uuid,
    "title" text NOT NULL,
    "start_date" date NOT NULL,
    "end_date" date,
    "is_current" boolean DEFAULT false NOT NULL,
    "description" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "work_history_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "work_history_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "work_history_dates_ordered_check" CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT "work_history_current_has_no_end_check" CHECK (NOT is_current OR end_date IS NULL)
);
COMMENT ON TABLE "network"."work_history" IS 'Employment history of a profile.';
COMMENT ON COLUMN "network"."work_history"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "network"."work_history"."created_by" IS 'The user who created the row.';

-- [139/1605] add table production.bookings (schemas/production.yaml:230:3)
CREATE TABLE "production"."bookings" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "event_id" uuid,
    "location_id" uuid,
    "asset_id" uuid,
    "booking_type" "production"."booking_type" NOT NULL,
    "start_time" timestamp with time zone NOT NULL,
    "end_time" timestamp with time zone NOT NULL,
    "status" "core"."approval_status" DEFAULT 'pending' NOT NULL,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "bookings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "bookings_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "bookings_times_ordered_check" CHECK (end_time > start_time),
    CONSTRAINT "bookings_books_something_check" CHECK (location_id IS NOT NULL OR asset_id IS NOT NULL)
);
COMMENT ON TABLE "production"."bookings" IS 'Venue and resource bookings.';
COMMENT ON COLUMN "production"."bookings"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."bookings"."created_by" IS 'The user who created the row.';

-- [140/1605] add table production.events (schemas/production.yaml:165:3)
CREATE TABLE "production"."events" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "production_id" uuid,
    "location_id" uuid,
    "name" text NOT NULL,
    "event_type" "production"."event_type" DEFAULT 'other' NOT NULL,
    "description" text,
    "start_time" timestamp with time zone NOT NULL,
    "end_time" timestamp with time zone NOT NULL,
    "all_day" boolean DEFAULT false NOT NULL,
    "status" "production"."event_status" DEFAULT 'scheduled' NOT NULL,
    "capacity" integer,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "events_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "events_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "events_times_ordered_check" CHECK (end_time > start_time),
    CONSTRAINT "events_capacity_positive_check" CHECK (capacity IS NULL OR capacity > 0)
);
COMMENT ON TABLE "production"."events" IS 'All event types (performances, rehearsals, meetings).';
COMMENT ON COLUMN "production"."events"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."events"."created_by" IS 'The user who created the row.';

-- [141/1605] add table production.incidents (schemas/production.yaml:257:3)
CREATE TABLE "production"."incidents" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "event_id" uuid,
    "production_id" uuid,
    "location_id" uuid,
    "occurred_at" timestamp with time zone NOT NULL,
    "severity" "production"."risk_level" DEFAULT 'low' NOT NULL,
    "category" text NOT NULL,
    "title" text NOT NULL,
    "description" text,
    "injuries" boolean DEFAULT false NOT NULL,
    "status" "production"."incident_status" DEFAULT 'open' NOT NULL,
    "resolution" text,
    "resolved_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "incidents_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "production"."incidents" IS 'Incident reports (created_by = the reporter).';
COMMENT ON COLUMN "production"."incidents"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."incidents"."created_by" IS 'The user who created the row.';

-- [142/1605] add table production.job_applicants (schemas/production.yaml:456:3)
CREATE TABLE "production"."job_applicants" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "job_opening_id" uuid NOT NULL,
    "full_name" text NOT NULL,
    "email" citext NOT NULL,
    "phone" text,
    "resume_file_id" uuid,
    "status" "production"."applicant_status" DEFAULT 'applied' NOT NULL,
    "rating" smallint,
    "applied_at" timestamp with time zone DEFAULT now() NOT NULL,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "job_applicants_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "job_applicants_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "job_applicants_job_opening_id_email_key" UNIQUE ("job_opening_id", "email"),
    CONSTRAINT "job_applicants_rating_check" CHECK (rating BETWEEN 1 AND 5)
);
COMMENT ON TABLE "production"."job_applicants" IS 'Applicant tracking.';
COMMENT ON COLUMN "production"."job_applicants"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."job_applicants"."created_by" IS 'The user who created the row.';

-- [143/1605] add table production.job_openings (schemas/production.yaml:430:3)
CREATE TABLE "production"."job_openings" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "production_id" uuid,
    "title" text NOT NULL,
    "description" text,
    "department" text,
    "employment_type" "production"."employment_type" DEFAULT 'contractor' NOT NULL,
    "location_id" uuid,
    "salary_min" numeric(12,2),
    "salary_max" numeric(12,2),
    "status" "core"."publish_status" DEFAULT 'draft' NOT NULL,
    "closes_on" date,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "job_openings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "job_openings_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "job_openings_salary_range_check" CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_max >= salary_min)
);
COMMENT ON TABLE "production"."job_openings" IS 'Recruitment.';
COMMENT ON COLUMN "production"."job_openings"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."job_openings"."created_by" IS 'The user who created the row.';

-- [144/1605] add table production.personnel (schemas/production.yaml:290:3)
CREATE TABLE "production"."personnel" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "user_id" uuid,
    "first_name" text NOT NULL,
    "last_name" text NOT NULL,
    "email" citext,
    "phone" text,
    "job_title" text,
    "department" text,
    "employment_type" "production"."employment_type" DEFAULT 'employee' NOT NULL,
    "hourly_rate" numeric(10,2),
    "overtime_multiplier" numeric(4,2) DEFAULT 1.5 NOT NULL,
    "weekly_hours_threshold" numeric(5,2) DEFAULT 40 NOT NULL,
    "skills" text[] DEFAULT '{}'::text[] NOT NULL,
    "status" "production"."personnel_status" DEFAULT 'active' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "personnel_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "personnel_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "personnel_rate_not_negative_check" CHECK (hourly_rate IS NULL OR hourly_rate >= 0),
    CONSTRAINT "personnel_overtime_multiplier_sane_check" CHECK (overtime_multiplier >= 1)
);
COMMENT ON TABLE "production"."personnel" IS 'Staff and crew directory.';
COMMENT ON COLUMN "production"."personnel"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."personnel"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "production"."personnel"."user_id" IS 'The platform account, when the person has one.';
COMMENT ON COLUMN "production"."personnel"."weekly_hours_threshold" IS 'Hours per ISO week after which overtime is paid.';

-- [145/1605] add table production.personnel_assignments (schemas/production.yaml:356:3)
CREATE TABLE "production"."personnel_assignments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "personnel_id" uuid NOT NULL,
    "production_id" uuid NOT NULL,
    "role" text NOT NULL,
    "start_date" date NOT NULL,
    "end_date" date,
    "allocation_percent" numeric(5,2) DEFAULT 100 NOT NULL,
    "day_rate" numeric(10,2),
    "status" "core"."lifecycle_status" DEFAULT 'planning' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "personnel_assignments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "personnel_assignments_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "personnel_assignments_dates_ordered_check" CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT "personnel_assignments_allocation_range_check" CHECK (allocation_percent > 0 AND allocation_percent <= 100)
);
COMMENT ON TABLE "production"."personnel_assignments" IS 'Assignments of personnel to productions.';
COMMENT ON COLUMN "production"."personnel_assignments"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."personnel_assignments"."created_by" IS 'The user who created the row.';

-- [146/1605] add table production.productions (schemas/production.yaml:28:3)
CREATE TABLE "production"."productions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "name" text NOT NULL,
    "code" text,
    "description" text,
    "production_type" text,
    "status" "core"."lifecycle_status" DEFAULT 'planning' NOT NULL,
    "priority" "core"."priority_level" DEFAULT 'medium' NOT NULL,
    "start_date" date,
    "end_date" date,
    "budget_total" numeric(14,2),
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "venue_location_id" uuid,
    "producer_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "productions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "productions_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "productions_dates_ordered_check" CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CONSTRAINT "productions_budget_not_negative_check" CHECK (budget_total IS NULL OR budget_total >= 0)
);
COMMENT ON TABLE "production"."productions" IS 'Main project / production entities (a tour, a festival, a show).';
COMMENT ON COLUMN "production"."productions"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."productions"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "production"."productions"."code" IS 'Short internal code, e.g. FEST26.';

-- [147/1605] add table production.project_compliance (schemas/production.yaml:117:3)
CREATE TABLE "production"."project_compliance" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "production_id" uuid NOT NULL,
    "compliance_type" "production"."compliance_type" NOT NULL,
    "name" text NOT NULL,
    "issuing_authority" text,
    "reference_number" text,
    "issued_on" date,
    "expires_on" date,
    "status" "core"."approval_status" DEFAULT 'pending' NOT NULL,
    "document_file_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "project_compliance_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "project_compliance_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "project_compliance_validity_ordered_check" CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on)
);
COMMENT ON TABLE "production"."project_compliance" IS 'Licenses, permits and certifications a production needs.';
COMMENT ON COLUMN "production"."project_compliance"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."project_compliance"."created_by" IS 'The user who created the row.';

-- [148/1605] add table production.project_milestones (schemas/production.yaml:102:3)
CREATE TABLE "production"."project_milestones" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "production_id" uuid NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "due_date" date NOT NULL,
    "status" "production"."milestone_status" DEFAULT 'pending' NOT NULL,
    "achieved_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "project_milestones_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "project_milestones_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "production"."project_milestones" IS 'Milestone tracking.';
COMMENT ON COLUMN "production"."project_milestones"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."project_milestones"."created_by" IS 'The user who created the row.';

-- [149/1605] add table production.project_safety (schemas/production.yaml:142:3)
CREATE TABLE "production"."project_safety" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "production_id" uuid NOT NULL,
    "document_type" "production"."safety_document_type" NOT NULL,
    "title" text NOT NULL,
    "risk_level" "production"."risk_level" DEFAULT 'medium' NOT NULL,
    "hazards" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "mitigations" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "status" "core"."publish_status" DEFAULT 'draft' NOT NULL,
    "reviewed_by" uuid,
    "reviewed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "project_safety_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "project_safety_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "production"."project_safety" IS 'Risk assessments and safety plans.';
COMMENT ON COLUMN "production"."project_safety"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."project_safety"."created_by" IS 'The user who created the row.';

-- [150/1605] add table production.project_tasks (schemas/production.yaml:67:3)
CREATE TABLE "production"."project_tasks" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "production_id" uuid NOT NULL,
    "parent_task_id" uuid,
    "title" text NOT NULL,
    "description" text,
    "status" "core"."task_status" DEFAULT 'todo' NOT NULL,
    "priority" "core"."priority_level" DEFAULT 'medium' NOT NULL,
    "assignee_id" uuid,
    "start_date" date,
    "due_date" date,
    "estimated_hours" numeric(8,2),
    "actual_hours" numeric(8,2),
    "depends_on_task_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    "completed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "project_tasks_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "project_tasks_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "project_tasks_dates_ordered_check" CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date),
    CONSTRAINT "project_tasks_hours_not_negative_check" CHECK ((estimated_hours IS NULL OR estimated_hours >= 0) AND (actual_hours IS NULL OR actual_hours >= 0)),
    CONSTRAINT "project_tasks_done_has_completion_check" CHECK ((status = 'done') = (completed_at IS NOT NULL))
);
COMMENT ON TABLE "production"."project_tasks" IS 'Task management within a production.';
COMMENT ON COLUMN "production"."project_tasks"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."project_tasks"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "production"."project_tasks"."depends_on_task_ids" IS 'Tasks that must finish first; get_production_timeline walks them for the critical path.';

-- [151/1605] add table production.run_of_show (schemas/production.yaml:205:3)
CREATE TABLE "production"."run_of_show" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "event_id" uuid NOT NULL,
    "sequence" integer NOT NULL,
    "cue" text,
    "title" text NOT NULL,
    "description" text,
    "planned_start" timestamp with time zone,
    "duration" interval,
    "department" text,
    "responsible_id" uuid,
    "status" "core"."task_status" DEFAULT 'todo' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "run_of_show_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "run_of_show_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "run_of_show_event_id_sequence_key" UNIQUE ("event_id", "sequence"),
    CONSTRAINT "run_of_show_sequence_positive_check" CHECK (sequence > 0)
);
COMMENT ON TABLE "production"."run_of_show" IS 'Cue sheets and show sequences of an event.';
COMMENT ON COLUMN "production"."run_of_show"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."run_of_show"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "production"."run_of_show"."cue" IS 'e.g. LX 12, SQ 4';

-- [152/1605] add table production.team_members (schemas/production.yaml:341:3)
CREATE TABLE "production"."team_members" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "team_id" uuid NOT NULL,
    "personnel_id" uuid NOT NULL,
    "role" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "team_members_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "team_members_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "team_members_team_id_personnel_id_key" UNIQUE ("team_id", "personnel_id")
);
COMMENT ON TABLE "production"."team_members" IS 'Which personnel belong to which team (junction table).';
COMMENT ON COLUMN "production"."team_members"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."team_members"."created_by" IS 'The user who created the row.';

-- [153/1605] add table production.teams (schemas/production.yaml:326:3)
CREATE TABLE "production"."teams" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "name" text NOT NULL,
    "description" text,
    "lead_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "teams_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "teams_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "teams_workspace_id_name_key" UNIQUE ("workspace_id", "name")
);
COMMENT ON TABLE "production"."teams" IS 'Teams (departments, crews).';
COMMENT ON COLUMN "production"."teams"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."teams"."created_by" IS 'The user who created the row.';

-- [154/1605] add table production.time_entries (schemas/production.yaml:378:3)
CREATE TABLE "production"."time_entries" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "personnel_id" uuid NOT NULL,
    "production_id" uuid,
    "project_task_id" uuid,
    "work_date" date NOT NULL,
    "start_time" timestamp with time zone,
    "end_time" timestamp with time zone,
    "hours" numeric(6,2) NOT NULL,
    "is_billable" boolean DEFAULT true NOT NULL,
    "status" "core"."approval_status" DEFAULT 'pending' NOT NULL,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "time_entries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "time_entries_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "time_entries_hours_range_check" CHECK (hours > 0 AND hours <= 24),
    CONSTRAINT "time_entries_times_ordered_check" CHECK (end_time IS NULL OR start_time IS NULL OR end_time > start_time)
);
COMMENT ON TABLE "production"."time_entries" IS 'Time tracking per person and day.';
COMMENT ON COLUMN "production"."time_entries"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."time_entries"."created_by" IS 'The user who created the row.';

-- [155/1605] add table production.training_records (schemas/production.yaml:406:3)
CREATE TABLE "production"."training_records" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "personnel_id" uuid NOT NULL,
    "course_name" text NOT NULL,
    "provider" text,
    "certification_number" text,
    "completed_on" date NOT NULL,
    "expires_on" date,
    "status" "core"."approval_status" DEFAULT 'approved' NOT NULL,
    "certificate_file_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "training_records_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "training_records_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "training_records_validity_ordered_check" CHECK (expires_on IS NULL OR expires_on >= completed_on)
);
COMMENT ON TABLE "production"."training_records" IS 'Certifications and training.';
COMMENT ON COLUMN "production"."training_records"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "production"."training_records"."created_by" IS 'The user who created the row.';

-- [156/1605] add table resources.asset_maintenance (schemas/resources.yaml:96:3)
CREATE TABLE "resources"."asset_maintenance" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "asset_id" uuid NOT NULL,
    "maintenance_type" "resources"."maintenance_type" NOT NULL,
    "scheduled_for" date,
    "performed_on" date,
    "vendor_company_id" uuid,
    "cost" numeric(12,2),
    "status" "core"."task_status" DEFAULT 'todo' NOT NULL,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "asset_maintenance_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "asset_maintenance_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "asset_maintenance_cost_not_negative_check" CHECK (cost IS NULL OR cost >= 0)
);
COMMENT ON TABLE "resources"."asset_maintenance" IS 'Maintenance records.';
COMMENT ON COLUMN "resources"."asset_maintenance"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."asset_maintenance"."created_by" IS 'The user who created the row.';

-- [157/1605] add table resources.asset_transactions (schemas/resources.yaml:59:3)
CREATE TABLE "resources"."asset_transactions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "asset_id" uuid NOT NULL,
    "transaction_type" "resources"."asset_transaction_type" NOT NULL,
    "production_id" uuid,
    "event_id" uuid,
    "custodian_id" uuid,
    "location_id" uuid,
    "checked_out_at" timestamp with time zone DEFAULT now() NOT NULL,
    "due_back_at" timestamp with time zone,
    "returned_at" timestamp with time zone,
    "condition_out" "resources"."asset_condition",
    "condition_in" "resources"."asset_condition",
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "asset_transactions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "asset_transactions_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "asset_transactions_returned_after_out_check" CHECK (returned_at IS NULL OR returned_at >= checked_out_at)
);
COMMENT ON TABLE "resources"."asset_transactions" IS 'Check-out / check-in tracking of assets.';
COMMENT ON COLUMN "resources"."asset_transactions"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."asset_transactions"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "resources"."asset_transactions"."custodian_id" IS 'The personnel holding the asset.';

-- [158/1605] add table resources.assets (schemas/resources.yaml:24:3)
CREATE TABLE "resources"."assets" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "asset_tag" text NOT NULL,
    "name" text NOT NULL,
    "category" text NOT NULL,
    "description" text,
    "serial_number" text,
    "manufacturer" text,
    "model" text,
    "purchase_date" date,
    "purchase_cost" numeric(12,2),
    "current_value" numeric(12,2),
    "status" "resources"."asset_status" DEFAULT 'available' NOT NULL,
    "condition" "resources"."asset_condition" DEFAULT 'good' NOT NULL,
    "home_location_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "assets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "assets_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "assets_organization_id_asset_tag_key" UNIQUE ("organization_id", "asset_tag"),
    CONSTRAINT "assets_costs_not_negative_check" CHECK ((purchase_cost IS NULL OR purchase_cost >= 0) AND (current_value IS NULL OR current_value >= 0))
);
COMMENT ON TABLE "resources"."assets" IS 'Equipment inventory.';
COMMENT ON COLUMN "resources"."assets"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."assets"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "resources"."assets"."asset_tag" IS 'The label or barcode on the item.';

-- [159/1605] add table resources.file_categories (schemas/resources.yaml:232:3)
CREATE TABLE "resources"."file_categories" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "name" text NOT NULL,
    "parent_category_id" uuid,
    "color" text,
    "description" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "file_categories_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "file_categories_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "file_categories_workspace_id_name_key" UNIQUE ("workspace_id", "name")
);
COMMENT ON TABLE "resources"."file_categories" IS 'Document categorization (a tree).';
COMMENT ON COLUMN "resources"."file_categories"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."file_categories"."created_by" IS 'The user who created the row.';

-- [160/1605] add table resources.file_versions (schemas/resources.yaml:284:3)
CREATE TABLE "resources"."file_versions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "file_id" uuid NOT NULL,
    "version_number" integer NOT NULL,
    "storage_path" text NOT NULL,
    "size_bytes" bigint NOT NULL,
    "checksum" text,
    "change_note" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "file_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "file_versions_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "file_versions_file_id_version_number_key" UNIQUE ("file_id", "version_number"),
    CONSTRAINT "file_versions_version_number_check" CHECK (version_number > 0),
    CONSTRAINT "file_versions_size_bytes_check" CHECK (size_bytes >= 0)
);
COMMENT ON TABLE "resources"."file_versions" IS 'Version control of files.';
COMMENT ON COLUMN "resources"."file_versions"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."file_versions"."created_by" IS 'The user who created the row.';

-- [161/1605] add table resources.files (schemas/resources.yaml:248:3)
CREATE TABLE "resources"."files" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "category_id" uuid,
    "production_id" uuid,
    "name" text NOT NULL,
    "description" text,
    "mime_type" text NOT NULL,
    "size_bytes" bigint NOT NULL,
    "storage_path" text NOT NULL,
    "checksum" text,
    "current_version" integer DEFAULT 1 NOT NULL,
    "tags" text[] DEFAULT '{}'::text[] NOT NULL,
    "is_archived" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "files_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "files_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "files_organization_id_storage_path_key" UNIQUE ("organization_id", "storage_path"),
    CONSTRAINT "files_size_bytes_check" CHECK (size_bytes >= 0),
    CONSTRAINT "files_current_version_check" CHECK (current_version > 0)
);
COMMENT ON TABLE "resources"."files" IS 'Document management (the bytes live in object storage under storage_path).';
COMMENT ON COLUMN "resources"."files"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."files"."created_by" IS 'The user who created the row.';

-- [162/1605] add table resources.location_access (schemas/resources.yaml:197:3)
CREATE TABLE "resources"."location_access" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "location_id" uuid NOT NULL,
    "name" text NOT NULL,
    "access_type" "resources"."access_point_type" NOT NULL,
    "access_level" text,
    "requires_credential" boolean DEFAULT true NOT NULL,
    "schedule" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "location_access_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "location_access_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "resources"."location_access" IS 'Access control points of a location.';
COMMENT ON COLUMN "resources"."location_access"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."location_access"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "resources"."location_access"."access_level" IS 'e.g. crew, artist, all-access';
COMMENT ON COLUMN "resources"."location_access"."schedule" IS 'Opening hours per weekday.';

-- [163/1605] add table resources.location_utilities (schemas/resources.yaml:213:3)
CREATE TABLE "resources"."location_utilities" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "location_id" uuid NOT NULL,
    "utility_type" "resources"."utility_type" NOT NULL,
    "provider" text,
    "capacity" text,
    "specifications" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "account_number" text,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "location_utilities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "location_utilities_organization_id_id_key" UNIQUE ("organization_id", "id")
);
COMMENT ON TABLE "resources"."location_utilities" IS 'Infrastructure available at a location (power, water, rigging, ...).';
COMMENT ON COLUMN "resources"."location_utilities"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."location_utilities"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "resources"."location_utilities"."capacity" IS 'e.g. 400A 3-phase, 10 Gbit/s';

-- [164/1605] add table resources.locations (schemas/resources.yaml:150:3)
CREATE TABLE "resources"."locations" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "name" text NOT NULL,
    "location_type" "resources"."location_type" DEFAULT 'venue' NOT NULL,
    "parent_location_id" uuid,
    "address_line1" text,
    "address_line2" text,
    "city" text,
    "region" text,
    "postal_code" text,
    "country_code" character(2),
    "latitude" numeric(9,6),
    "longitude" numeric(9,6),
    "capacity" integer,
    "timezone" text,
    "contact_phone" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "locations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "locations_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "locations_latitude_range_check" CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    CONSTRAINT "locations_longitude_range_check" CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    CONSTRAINT "locations_capacity_positive_check" CHECK (capacity IS NULL OR capacity > 0)
);
COMMENT ON TABLE "resources"."locations" IS 'Venues, offices and warehouses.';
COMMENT ON COLUMN "resources"."locations"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."locations"."created_by" IS 'The user who created the row.';
COMMENT ON COLUMN "resources"."locations"."parent_location_id" IS 'e.g. a stage within a venue';

-- [165/1605] add table resources.production_advances (schemas/resources.yaml:120:3)
CREATE TABLE "resources"."production_advances" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "production_id" uuid NOT NULL,
    "event_id" uuid,
    "asset_id" uuid,
    "item_description" text NOT NULL,
    "quantity" integer DEFAULT 1 NOT NULL,
    "needed_by" date,
    "status" "core"."approval_status" DEFAULT 'pending' NOT NULL,
    "approved_by" uuid,
    "approved_at" timestamp with time zone,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "production_advances_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "production_advances_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "production_advances_quantity_check" CHECK (quantity > 0)
);
COMMENT ON TABLE "resources"."production_advances" IS 'Equipment and material requests of a production (created_by = the requester).';
COMMENT ON COLUMN "resources"."production_advances"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."production_advances"."created_by" IS 'The user who created the row.';

-- [166/1605] add table resources.site_maps (schemas/resources.yaml:179:3)
CREATE TABLE "resources"."site_maps" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "workspace_id" uuid NOT NULL,
    "created_by" uuid,
    "location_id" uuid NOT NULL,
    "name" text NOT NULL,
    "map_type" "resources"."site_map_type" NOT NULL,
    "file_id" uuid,
    "version" integer DEFAULT 1 NOT NULL,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "site_maps_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "site_maps_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "site_maps_version_check" CHECK (version > 0)
);
COMMENT ON TABLE "resources"."site_maps" IS 'Floor plans and technical drawings.';
COMMENT ON COLUMN "resources"."site_maps"."workspace_id" IS 'The workspace this row belongs to.';
COMMENT ON COLUMN "resources"."site_maps"."created_by" IS 'The user who created the row.';

-- [167/1605] add index activities_organization_id_idx on collab.activities (schemas/collab.yaml:75:23)
CREATE INDEX "activities_organization_id_idx"
    ON "collab"."activities" USING BTREE ("organization_id");

-- [168/1605] add index activities_workspace_id_idx on collab.activities (schemas/core.yaml:85:16)
CREATE INDEX "activities_workspace_id_idx"
    ON "collab"."activities" USING BTREE ("workspace_id");

-- [169/1605] add index activities_created_by_idx on collab.activities (schemas/core.yaml:87:16)
CREATE INDEX "activities_created_by_idx"
    ON "collab"."activities" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [170/1605] add index activities_workspace_id_created_at_idx on collab.activities (schemas/collab.yaml:84:16)
CREATE INDEX "activities_workspace_id_created_at_idx"
    ON "collab"."activities" USING BTREE ("workspace_id", "created_at" DESC);

-- [171/1605] add index activities_entity_type_entity_id_idx on collab.activities (schemas/collab.yaml:85:9)
CREATE INDEX "activities_entity_type_entity_id_idx"
    ON "collab"."activities" USING BTREE ("entity_type", "entity_id");

-- [172/1605] add index activities_user_id_idx on collab.activities (schemas/collab.yaml:86:16)
CREATE INDEX "activities_user_id_idx"
    ON "collab"."activities" USING BTREE ("user_id") WHERE user_id IS NOT NULL;

-- [173/1605] add index activities_custom_fields_idx on collab.activities (schemas/collab.yaml:75:68)
CREATE INDEX "activities_custom_fields_idx"
    ON "collab"."activities" USING GIN ("custom_fields");

-- [174/1605] add index comments_organization_id_idx on collab.comments (schemas/collab.yaml:90:23)
CREATE INDEX "comments_organization_id_idx"
    ON "collab"."comments" USING BTREE ("organization_id");

-- [175/1605] add index comments_workspace_id_idx on collab.comments (schemas/core.yaml:85:16)
CREATE INDEX "comments_workspace_id_idx"
    ON "collab"."comments" USING BTREE ("workspace_id");

-- [176/1605] add index comments_created_by_idx on collab.comments (schemas/core.yaml:87:16)
CREATE INDEX "comments_created_by_idx"
    ON "collab"."comments" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [177/1605] add index comments_entity_type_entity_id_created_at_idx on collab.comments (schemas/collab.yaml:104:9)
CREATE INDEX "comments_entity_type_entity_id_created_at_idx"
    ON "collab"."comments" USING BTREE ("entity_type", "entity_id", "created_at");

-- [178/1605] add index comments_user_id_idx on collab.comments (schemas/collab.yaml:105:9)
CREATE INDEX "comments_user_id_idx"
    ON "collab"."comments" USING BTREE ("user_id");

-- [179/1605] add index comments_parent_comment_id_idx on collab.comments (schemas/collab.yaml:106:16)
CREATE INDEX "comments_parent_comment_id_idx"
    ON "collab"."comments" USING BTREE ("parent_comment_id") WHERE parent_comment_id IS NOT NULL;

-- [180/1605] add index comments_custom_fields_idx on collab.comments (schemas/collab.yaml:90:68)
CREATE INDEX "comments_custom_fields_idx"
    ON "collab"."comments" USING GIN ("custom_fields");

-- [181/1605] add index custom_fields_organization_id_idx on collab.custom_fields (schemas/collab.yaml:41:23)
CREATE INDEX "custom_fields_organization_id_idx"
    ON "collab"."custom_fields" USING BTREE ("organization_id");

-- [182/1605] add index custom_fields_workspace_id_idx on collab.custom_fields (schemas/core.yaml:85:16)
CREATE INDEX "custom_fields_workspace_id_idx"
    ON "collab"."custom_fields" USING BTREE ("workspace_id");

-- [183/1605] add index custom_fields_created_by_idx on collab.custom_fields (schemas/core.yaml:87:16)
CREATE INDEX "custom_fields_created_by_idx"
    ON "collab"."custom_fields" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [184/1605] add index custom_fields_custom_fields_idx on collab.custom_fields (schemas/collab.yaml:41:68)
CREATE INDEX "custom_fields_custom_fields_idx"
    ON "collab"."custom_fields" USING GIN ("custom_fields");

-- [185/1605] add index dashboard_widgets_organization_id_idx on collab.dashboard_widgets (schemas/collab.yaml:168:23)
CREATE INDEX "dashboard_widgets_organization_id_idx"
    ON "collab"."dashboard_widgets" USING BTREE ("organization_id");

-- [186/1605] add index dashboard_widgets_workspace_id_idx on collab.dashboard_widgets (schemas/core.yaml:85:16)
CREATE INDEX "dashboard_widgets_workspace_id_idx"
    ON "collab"."dashboard_widgets" USING BTREE ("workspace_id");

-- [187/1605] add index dashboard_widgets_created_by_idx on collab.dashboard_widgets (schemas/core.yaml:87:16)
CREATE INDEX "dashboard_widgets_created_by_idx"
    ON "collab"."dashboard_widgets" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [188/1605] add index dashboard_widgets_dashboard_id_idx on collab.dashboard_widgets (schemas/collab.yaml:180:9)
CREATE INDEX "dashboard_widgets_dashboard_id_idx"
    ON "collab"."dashboard_widgets" USING BTREE ("dashboard_id");

-- [189/1605] add index dashboard_widgets_custom_fields_idx on collab.dashboard_widgets (schemas/collab.yaml:168:68)
CREATE INDEX "dashboard_widgets_custom_fields_idx"
    ON "collab"."dashboard_widgets" USING GIN ("custom_fields");

-- [190/1605] add index dashboards_organization_id_idx on collab.dashboards (schemas/collab.yaml:153:23)
CREATE INDEX "dashboards_organization_id_idx"
    ON "collab"."dashboards" USING BTREE ("organization_id");

-- [191/1605] add index dashboards_workspace_id_idx on collab.dashboards (schemas/core.yaml:85:16)
CREATE INDEX "dashboards_workspace_id_idx"
    ON "collab"."dashboards" USING BTREE ("workspace_id");

-- [192/1605] add index dashboards_created_by_idx on collab.dashboards (schemas/core.yaml:87:16)
CREATE INDEX "dashboards_created_by_idx"
    ON "collab"."dashboards" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [193/1605] add index dashboards_one_default_key on collab.dashboards (schemas/collab.yaml:162:16)
CREATE UNIQUE INDEX "dashboards_one_default_key"
    ON "collab"."dashboards" USING BTREE ("workspace_id", "created_by") WHERE is_default;

-- [194/1605] add index dashboards_custom_fields_idx on collab.dashboards (schemas/collab.yaml:153:68)
CREATE INDEX "dashboards_custom_fields_idx"
    ON "collab"."dashboards" USING GIN ("custom_fields");

-- [195/1605] add index notifications_organization_id_idx on collab.notifications (schemas/collab.yaml:112:9)
CREATE INDEX "notifications_organization_id_idx"
    ON "collab"."notifications" USING BTREE ("organization_id");

-- [196/1605] add index notifications_workspace_id_idx on collab.notifications (schemas/core.yaml:85:16)
CREATE INDEX "notifications_workspace_id_idx"
    ON "collab"."notifications" USING BTREE ("workspace_id");

-- [197/1605] add index notifications_created_by_idx on collab.notifications (schemas/core.yaml:87:16)
CREATE INDEX "notifications_created_by_idx"
    ON "collab"."notifications" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [198/1605] add index notifications_unread_idx on collab.notifications (schemas/collab.yaml:128:16)
CREATE INDEX "notifications_unread_idx"
    ON "collab"."notifications" USING BTREE ("user_id", "created_at" DESC) WHERE NOT read;

-- [199/1605] add index notifications_user_id_created_at_idx on collab.notifications (schemas/collab.yaml:131:16)
CREATE INDEX "notifications_user_id_created_at_idx"
    ON "collab"."notifications" USING BTREE ("user_id", "created_at" DESC);

-- [200/1605] add index notifications_custom_fields_idx on collab.notifications (schemas/collab.yaml:115:9)
CREATE INDEX "notifications_custom_fields_idx"
    ON "collab"."notifications" USING GIN ("custom_fields");

-- [201/1605] add index user_presence_organization_id_idx on collab.user_presence (schemas/collab.yaml:134:23)
CREATE INDEX "user_presence_organization_id_idx"
    ON "collab"."user_presence" USING BTREE ("organization_id");

-- [202/1605] add index user_presence_workspace_id_idx on collab.user_presence (schemas/core.yaml:85:16)
CREATE INDEX "user_presence_workspace_id_idx"
    ON "collab"."user_presence" USING BTREE ("workspace_id");

-- [203/1605] add index user_presence_created_by_idx on collab.user_presence (schemas/core.yaml:87:16)
CREATE INDEX "user_presence_created_by_idx"
    ON "collab"."user_presence" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [204/1605] add index user_presence_user_id_idx on collab.user_presence (schemas/collab.yaml:145:9)
CREATE INDEX "user_presence_user_id_idx"
    ON "collab"."user_presence" USING BTREE ("user_id");

-- [205/1605] add index user_presence_workspace_id_last_seen_idx on collab.user_presence (schemas/collab.yaml:146:16)
CREATE INDEX "user_presence_workspace_id_last_seen_idx"
    ON "collab"."user_presence" USING BTREE ("workspace_id", "last_seen" DESC) WHERE status <> 'offline';

-- [206/1605] add index user_presence_custom_fields_idx on collab.user_presence (schemas/collab.yaml:134:68)
CREATE INDEX "user_presence_custom_fields_idx"
    ON "collab"."user_presence" USING GIN ("custom_fields");

-- [207/1605] add index views_organization_id_idx on collab.views (schemas/collab.yaml:60:23)
CREATE INDEX "views_organization_id_idx"
    ON "collab"."views" USING BTREE ("organization_id");

-- [208/1605] add index views_workspace_id_idx on collab.views (schemas/core.yaml:85:16)
CREATE INDEX "views_workspace_id_idx"
    ON "collab"."views" USING BTREE ("workspace_id");

-- [209/1605] add index views_created_by_idx on collab.views (schemas/core.yaml:87:16)
CREATE INDEX "views_created_by_idx"
    ON "collab"."views" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [210/1605] add index views_workspace_id_module_name_idx on collab.views (schemas/collab.yaml:72:9)
CREATE INDEX "views_workspace_id_module_name_idx"
    ON "collab"."views" USING BTREE ("workspace_id", "module_name");

-- [211/1605] add index views_custom_fields_idx on collab.views (schemas/collab.yaml:60:68)
CREATE INDEX "views_custom_fields_idx"
    ON "collab"."views" USING GIN ("custom_fields");

-- [212/1605] add index api_tokens_organization_id_idx on core.api_tokens (schemas/core.yaml:211:9)
CREATE INDEX "api_tokens_organization_id_idx"
    ON "core"."api_tokens" USING BTREE ("organization_id");

-- [213/1605] add index api_tokens_workspace_id_idx on core.api_tokens (schemas/core.yaml:85:16)
CREATE INDEX "api_tokens_workspace_id_idx"
    ON "core"."api_tokens" USING BTREE ("workspace_id");

-- [214/1605] add index api_tokens_created_by_idx on core.api_tokens (schemas/core.yaml:87:16)
CREATE INDEX "api_tokens_created_by_idx"
    ON "core"."api_tokens" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [215/1605] add index api_tokens_organization_id_expires_at_idx on core.api_tokens (schemas/core.yaml:226:16)
CREATE INDEX "api_tokens_organization_id_expires_at_idx"
    ON "core"."api_tokens" USING BTREE ("organization_id", "expires_at") WHERE revoked_at IS NULL;

-- [216/1605] add index api_tokens_custom_fields_idx on core.api_tokens (schemas/core.yaml:214:9)
CREATE INDEX "api_tokens_custom_fields_idx"
    ON "core"."api_tokens" USING GIN ("custom_fields");

-- [217/1605] add index audit_logs_organization_id_idx on core.audit_logs (schemas/core.yaml:254:9)
CREATE INDEX "audit_logs_organization_id_idx"
    ON "core"."audit_logs" USING BTREE ("organization_id");

-- [218/1605] add index audit_logs_workspace_id_idx on core.audit_logs (schemas/core.yaml:85:16)
CREATE INDEX "audit_logs_workspace_id_idx"
    ON "core"."audit_logs" USING BTREE ("workspace_id");

-- [219/1605] add index audit_logs_created_by_idx on core.audit_logs (schemas/core.yaml:87:16)
CREATE INDEX "audit_logs_created_by_idx"
    ON "core"."audit_logs" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [220/1605] add index audit_logs_organization_id_created_at_idx on core.audit_logs (schemas/core.yaml:270:16)
CREATE INDEX "audit_logs_organization_id_created_at_idx"
    ON "core"."audit_logs" USING BTREE ("organization_id", "created_at" DESC);

-- [221/1605] add index audit_logs_entity_type_entity_id_idx on core.audit_logs (schemas/core.yaml:271:16)
CREATE INDEX "audit_logs_entity_type_entity_id_idx"
    ON "core"."audit_logs" USING BTREE ("entity_type", "entity_id");

-- [222/1605] add index audit_logs_custom_fields_idx on core.audit_logs (schemas/core.yaml:257:9)
CREATE INDEX "audit_logs_custom_fields_idx"
    ON "core"."audit_logs" USING GIN ("custom_fields");

-- [223/1605] add index organization_members_organization_id_idx on core.organization_members (schemas/core.yaml:167:23)
CREATE INDEX "organization_members_organization_id_idx"
    ON "core"."organization_members" USING BTREE ("organization_id");

-- [224/1605] add index organization_members_user_id_idx on core.organization_members (schemas/core.yaml:178:9)
CREATE INDEX "organization_members_user_id_idx"
    ON "core"."organization_members" USING BTREE ("user_id");

-- [225/1605] add index organization_members_organization_id_role_idx on core.organization_members (schemas/core.yaml:179:16)
CREATE INDEX "organization_members_organization_id_role_idx"
    ON "core"."organization_members" USING BTREE ("organization_id", "role") WHERE status = 'active';

-- [226/1605] add index organization_members_custom_fields_idx on core.organization_members (schemas/core.yaml:167:50)
CREATE INDEX "organization_members_custom_fields_idx"
    ON "core"."organization_members" USING GIN ("custom_fields");

-- [227/1605] add index organizations_custom_fields_idx on core.organizations (schemas/core.yaml:104:48)
CREATE INDEX "organizations_custom_fields_idx"
    ON "core"."organizations" USING GIN ("custom_fields");

-- [228/1605] add index roles_organization_id_idx on core.roles (schemas/core.yaml:188:9)
CREATE INDEX "roles_organization_id_idx"
    ON "core"."roles" USING BTREE ("organization_id");

-- [229/1605] add index roles_workspace_id_idx on core.roles (schemas/core.yaml:85:16)
CREATE INDEX "roles_workspace_id_idx"
    ON "core"."roles" USING BTREE ("workspace_id");

-- [230/1605] add index roles_created_by_idx on core.roles (schemas/core.yaml:87:16)
CREATE INDEX "roles_created_by_idx"
    ON "core"."roles" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [231/1605] add index roles_organization_id_name_key on core.roles (schemas/core.yaml:203:16)
CREATE UNIQUE INDEX "roles_organization_id_name_key"
    ON "core"."roles" USING BTREE ("organization_id", "name");

-- [232/1605] add index roles_permissions_idx on core.roles (schemas/core.yaml:205:16)
CREATE INDEX "roles_permissions_idx"
    ON "core"."roles" USING GIN ("permissions");

-- [233/1605] add index roles_custom_fields_idx on core.roles (schemas/core.yaml:191:9)
CREATE INDEX "roles_custom_fields_idx"
    ON "core"."roles" USING GIN ("custom_fields");

-- [234/1605] add index webhooks_organization_id_idx on core.webhooks (schemas/core.yaml:232:9)
CREATE INDEX "webhooks_organization_id_idx"
    ON "core"."webhooks" USING BTREE ("organization_id");

-- [235/1605] add index webhooks_workspace_id_idx on core.webhooks (schemas/core.yaml:85:16)
CREATE INDEX "webhooks_workspace_id_idx"
    ON "core"."webhooks" USING BTREE ("workspace_id");

-- [236/1605] add index webhooks_created_by_idx on core.webhooks (schemas/core.yaml:87:16)
CREATE INDEX "webhooks_created_by_idx"
    ON "core"."webhooks" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [237/1605] add index webhooks_events_idx on core.webhooks (schemas/core.yaml:247:16)
CREATE INDEX "webhooks_events_idx"
    ON "core"."webhooks" USING GIN ("events") WHERE is_active;

-- [238/1605] add index webhooks_custom_fields_idx on core.webhooks (schemas/core.yaml:235:9)
CREATE INDEX "webhooks_custom_fields_idx"
    ON "core"."webhooks" USING GIN ("custom_fields");

-- [239/1605] add index workspaces_organization_id_idx on core.workspaces (schemas/core.yaml:152:23)
CREATE INDEX "workspaces_organization_id_idx"
    ON "core"."workspaces" USING BTREE ("organization_id");

-- [240/1605] add index workspaces_custom_fields_idx on core.workspaces (schemas/core.yaml:152:50)
CREATE INDEX "workspaces_custom_fields_idx"
    ON "core"."workspaces" USING GIN ("custom_fields");

-- [241/1605] add index approval_requests_organization_id_idx on finance.approval_requests (schemas/finance.yaml:399:23)
CREATE INDEX "approval_requests_organization_id_idx"
    ON "finance"."approval_requests" USING BTREE ("organization_id");

-- [242/1605] add index approval_requests_workspace_id_idx on finance.approval_requests (schemas/core.yaml:85:16)
CREATE INDEX "approval_requests_workspace_id_idx"
    ON "finance"."approval_requests" USING BTREE ("workspace_id");

-- [243/1605] add index approval_requests_created_by_idx on finance.approval_requests (schemas/core.yaml:87:16)
CREATE INDEX "approval_requests_created_by_idx"
    ON "finance"."approval_requests" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [244/1605] add index approval_requests_approver_id_due_at_idx on finance.approval_requests (schemas/finance.yaml:413:16)
CREATE INDEX "approval_requests_approver_id_due_at_idx"
    ON "finance"."approval_requests" USING BTREE ("approver_id", "due_at") WHERE status = 'pending';

-- [245/1605] add index approval_requests_entity_type_entity_id_idx on finance.approval_requests (schemas/finance.yaml:415:9)
CREATE INDEX "approval_requests_entity_type_entity_id_idx"
    ON "finance"."approval_requests" USING BTREE ("entity_type", "entity_id");

-- [246/1605] add index approval_requests_custom_fields_idx on finance.approval_requests (schemas/finance.yaml:399:68)
CREATE INDEX "approval_requests_custom_fields_idx"
    ON "finance"."approval_requests" USING GIN ("custom_fields");

-- [247/1605] add index budget_line_items_organization_id_idx on finance.budget_line_items (schemas/finance.yaml:53:23)
CREATE INDEX "budget_line_items_organization_id_idx"
    ON "finance"."budget_line_items" USING BTREE ("organization_id");

-- [248/1605] add index budget_line_items_workspace_id_idx on finance.budget_line_items (schemas/core.yaml:85:16)
CREATE INDEX "budget_line_items_workspace_id_idx"
    ON "finance"."budget_line_items" USING BTREE ("workspace_id");

-- [249/1605] add index budget_line_items_created_by_idx on finance.budget_line_items (schemas/core.yaml:87:16)
CREATE INDEX "budget_line_items_created_by_idx"
    ON "finance"."budget_line_items" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [250/1605] add index budget_line_items_budget_id_category_idx on finance.budget_line_items (schemas/finance.yaml:64:9)
CREATE INDEX "budget_line_items_budget_id_category_idx"
    ON "finance"."budget_line_items" USING BTREE ("budget_id", "category");

-- [251/1605] add index budget_line_items_custom_fields_idx on finance.budget_line_items (schemas/finance.yaml:53:68)
CREATE INDEX "budget_line_items_custom_fields_idx"
    ON "finance"."budget_line_items" USING GIN ("custom_fields");

-- [252/1605] add index budgets_organization_id_idx on finance.budgets (schemas/finance.yaml:30:23)
CREATE INDEX "budgets_organization_id_idx"
    ON "finance"."budgets" USING BTREE ("organization_id");

-- [253/1605] add index budgets_workspace_id_idx on finance.budgets (schemas/core.yaml:85:16)
CREATE INDEX "budgets_workspace_id_idx"
    ON "finance"."budgets" USING BTREE ("workspace_id");

-- [254/1605] add index budgets_created_by_idx on finance.budgets (schemas/core.yaml:87:16)
CREATE INDEX "budgets_created_by_idx"
    ON "finance"."budgets" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [255/1605] add index budgets_workspace_id_status_idx on finance.budgets (schemas/finance.yaml:46:9)
CREATE INDEX "budgets_workspace_id_status_idx"
    ON "finance"."budgets" USING BTREE ("workspace_id", "status");

-- [256/1605] add index budgets_production_id_idx on finance.budgets (schemas/finance.yaml:47:16)
CREATE INDEX "budgets_production_id_idx"
    ON "finance"."budgets" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [257/1605] add index budgets_approved_by_idx on finance.budgets (schemas/finance.yaml:49:16)
CREATE INDEX "budgets_approved_by_idx"
    ON "finance"."budgets" USING BTREE ("approved_by") WHERE approved_by IS NOT NULL;

-- [258/1605] add index budgets_custom_fields_idx on finance.budgets (schemas/finance.yaml:30:68)
CREATE INDEX "budgets_custom_fields_idx"
    ON "finance"."budgets" USING GIN ("custom_fields");

-- [259/1605] add index expense_items_organization_id_idx on finance.expense_items (schemas/finance.yaml:266:23)
CREATE INDEX "expense_items_organization_id_idx"
    ON "finance"."expense_items" USING BTREE ("organization_id");

-- [260/1605] add index expense_items_workspace_id_idx on finance.expense_items (schemas/core.yaml:85:16)
CREATE INDEX "expense_items_workspace_id_idx"
    ON "finance"."expense_items" USING BTREE ("workspace_id");

-- [261/1605] add index expense_items_created_by_idx on finance.expense_items (schemas/core.yaml:87:16)
CREATE INDEX "expense_items_created_by_idx"
    ON "finance"."expense_items" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [262/1605] add index expense_items_expense_report_id_expense_date_idx on finance.expense_items (schemas/finance.yaml:283:9)
CREATE INDEX "expense_items_expense_report_id_expense_date_idx"
    ON "finance"."expense_items" USING BTREE ("expense_report_id", "expense_date");

-- [263/1605] add index expense_items_receipt_file_id_idx on finance.expense_items (schemas/finance.yaml:284:16)
CREATE INDEX "expense_items_receipt_file_id_idx"
    ON "finance"."expense_items" USING BTREE ("receipt_file_id") WHERE receipt_file_id IS NOT NULL;

-- [264/1605] add index expense_items_budget_line_item_id_idx on finance.expense_items (schemas/finance.yaml:286:16)
CREATE INDEX "expense_items_budget_line_item_id_idx"
    ON "finance"."expense_items" USING BTREE ("budget_line_item_id") WHERE budget_line_item_id IS NOT NULL;

-- [265/1605] add index expense_items_custom_fields_idx on finance.expense_items (schemas/finance.yaml:266:68)
CREATE INDEX "expense_items_custom_fields_idx"
    ON "finance"."expense_items" USING GIN ("custom_fields");

-- [266/1605] add index expense_reports_organization_id_idx on finance.expense_reports (schemas/finance.yaml:238:23)
CREATE INDEX "expense_reports_organization_id_idx"
    ON "finance"."expense_reports" USING BTREE ("organization_id");

-- [267/1605] add index expense_reports_workspace_id_idx on finance.expense_reports (schemas/core.yaml:85:16)
CREATE INDEX "expense_reports_workspace_id_idx"
    ON "finance"."expense_reports" USING BTREE ("workspace_id");

-- [268/1605] add index expense_reports_created_by_idx on finance.expense_reports (schemas/core.yaml:87:16)
CREATE INDEX "expense_reports_created_by_idx"
    ON "finance"."expense_reports" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [269/1605] add index expense_reports_personnel_id_status_idx on finance.expense_reports (schemas/finance.yaml:257:9)
CREATE INDEX "expense_reports_personnel_id_status_idx"
    ON "finance"."expense_reports" USING BTREE ("personnel_id", "status");

-- [270/1605] add index expense_reports_workspace_id_status_idx on finance.expense_reports (schemas/finance.yaml:258:16)
CREATE INDEX "expense_reports_workspace_id_status_idx"
    ON "finance"."expense_reports" USING BTREE ("workspace_id", "status") WHERE status IN ('submitted', 'approved');

-- [271/1605] add index expense_reports_production_id_idx on finance.expense_reports (schemas/finance.yaml:260:16)
CREATE INDEX "expense_reports_production_id_idx"
    ON "finance"."expense_reports" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [272/1605] add index expense_reports_approved_by_idx on finance.expense_reports (schemas/finance.yaml:262:16)
CREATE INDEX "expense_reports_approved_by_idx"
    ON "finance"."expense_reports" USING BTREE ("approved_by") WHERE approved_by IS NOT NULL;

-- [273/1605] add index expense_reports_custom_fields_idx on finance.expense_reports (schemas/finance.yaml:238:68)
CREATE INDEX "expense_reports_custom_fields_idx"
    ON "finance"."expense_reports" USING GIN ("custom_fields");

-- [274/1605] add index financial_transactions_organization_id_idx on finance.financial_transactions (schemas/finance.yaml:67:23)
CREATE INDEX "financial_transactions_organization_id_idx"
    ON "finance"."financial_transactions" USING BTREE ("organization_id");

-- [275/1605] add index financial_transactions_workspace_id_idx on finance.financial_transactions (schemas/core.yaml:85:16)
CREATE INDEX "financial_transactions_workspace_id_idx"
    ON "finance"."financial_transactions" USING BTREE ("workspace_id");

-- [276/1605] add index financial_transactions_created_by_idx on finance.financial_transactions (schemas/core.yaml:87:16)
CREATE INDEX "financial_transactions_created_by_idx"
    ON "finance"."financial_transactions" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [277/1605] add index financial_transactions_workspace_id_transaction_date_idx on finance.financial_transactions (schemas/finance.yaml:98:9)
CREATE INDEX "financial_transactions_workspace_id_transaction_date_idx"
    ON "finance"."financial_transactions" USING BTREE ("workspace_id", "transaction_date");

-- [278/1605] add index financial_transactions_workspace_id_transaction_type_status_idx on finance.financial_transactions (schemas/finance.yaml:99:9)
CREATE INDEX "financial_transactions_workspace_id_transaction_type_status_idx"
    ON "finance"."financial_transactions" USING BTREE ("workspace_id", "transaction_type", "status");

-- [279/1605] add index financial_transactions_budget_line_item_id_idx on finance.financial_transactions (schemas/finance.yaml:100:16)
CREATE INDEX "financial_transactions_budget_line_item_id_idx"
    ON "finance"."financial_transactions" USING BTREE ("budget_line_item_id") WHERE budget_line_item_id IS NOT NULL;

-- [280/1605] add index financial_transactions_production_id_transaction_date_idx on finance.financial_transactions (schemas/finance.yaml:102:16)
CREATE INDEX "financial_transactions_production_id_transaction_date_idx"
    ON "finance"."financial_transactions" USING BTREE ("production_id", "transaction_date") WHERE production_id IS NOT NULL;

-- [281/1605] add index financial_transactions_company_id_idx on finance.financial_transactions (schemas/finance.yaml:104:16)
CREATE INDEX "financial_transactions_company_id_idx"
    ON "finance"."financial_transactions" USING BTREE ("company_id") WHERE company_id IS NOT NULL;

-- [282/1605] add index financial_transactions_invoice_id_idx on finance.financial_transactions (schemas/finance.yaml:106:16)
CREATE INDEX "financial_transactions_invoice_id_idx"
    ON "finance"."financial_transactions" USING BTREE ("invoice_id") WHERE invoice_id IS NOT NULL;

-- [283/1605] add index financial_transactions_purchase_order_id_idx on finance.financial_transactions (schemas/finance.yaml:108:16)
CREATE INDEX "financial_transactions_purchase_order_id_idx"
    ON "finance"."financial_transactions" USING BTREE ("purchase_order_id") WHERE purchase_order_id IS NOT NULL;

-- [284/1605] add index financial_transactions_expense_report_id_idx on finance.financial_transactions (schemas/finance.yaml:110:16)
CREATE INDEX "financial_transactions_expense_report_id_idx"
    ON "finance"."financial_transactions" USING BTREE ("expense_report_id") WHERE expense_report_id IS NOT NULL;

-- [285/1605] add index financial_transactions_payroll_record_id_idx on finance.financial_transactions (schemas/finance.yaml:112:16)
CREATE INDEX "financial_transactions_payroll_record_id_idx"
    ON "finance"."financial_transactions" USING BTREE ("payroll_record_id") WHERE payroll_record_id IS NOT NULL;

-- [286/1605] add index financial_transactions_payment_method_id_idx on finance.financial_transactions (schemas/finance.yaml:114:16)
CREATE INDEX "financial_transactions_payment_method_id_idx"
    ON "finance"."financial_transactions" USING BTREE ("payment_method_id") WHERE payment_method_id IS NOT NULL;

-- [287/1605] add index financial_transactions_custom_fields_idx on finance.financial_transactions (schemas/finance.yaml:67:68)
CREATE INDEX "financial_transactions_custom_fields_idx"
    ON "finance"."financial_transactions" USING GIN ("custom_fields");

-- [288/1605] add index invoice_items_organization_id_idx on finance.invoice_items (schemas/finance.yaml:150:23)
CREATE INDEX "invoice_items_organization_id_idx"
    ON "finance"."invoice_items" USING BTREE ("organization_id");

-- [289/1605] add index invoice_items_workspace_id_idx on finance.invoice_items (schemas/core.yaml:85:16)
CREATE INDEX "invoice_items_workspace_id_idx"
    ON "finance"."invoice_items" USING BTREE ("workspace_id");

-- [290/1605] add index invoice_items_created_by_idx on finance.invoice_items (schemas/core.yaml:87:16)
CREATE INDEX "invoice_items_created_by_idx"
    ON "finance"."invoice_items" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [291/1605] add index invoice_items_invoice_id_position_idx on finance.invoice_items (schemas/finance.yaml:162:9)
CREATE INDEX "invoice_items_invoice_id_position_idx"
    ON "finance"."invoice_items" USING BTREE ("invoice_id", "position");

-- [292/1605] add index invoice_items_custom_fields_idx on finance.invoice_items (schemas/finance.yaml:150:68)
CREATE INDEX "invoice_items_custom_fields_idx"
    ON "finance"."invoice_items" USING GIN ("custom_fields");

-- [293/1605] add index invoices_organization_id_idx on finance.invoices (schemas/finance.yaml:118:23)
CREATE INDEX "invoices_organization_id_idx"
    ON "finance"."invoices" USING BTREE ("organization_id");

-- [294/1605] add index invoices_workspace_id_idx on finance.invoices (schemas/core.yaml:85:16)
CREATE INDEX "invoices_workspace_id_idx"
    ON "finance"."invoices" USING BTREE ("workspace_id");

-- [295/1605] add index invoices_created_by_idx on finance.invoices (schemas/core.yaml:87:16)
CREATE INDEX "invoices_created_by_idx"
    ON "finance"."invoices" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [296/1605] add index invoices_workspace_id_status_due_date_idx on finance.invoices (schemas/finance.yaml:144:9)
CREATE INDEX "invoices_workspace_id_status_due_date_idx"
    ON "finance"."invoices" USING BTREE ("workspace_id", "status", "due_date");

-- [297/1605] add index invoices_company_id_idx on finance.invoices (schemas/finance.yaml:145:9)
CREATE INDEX "invoices_company_id_idx"
    ON "finance"."invoices" USING BTREE ("company_id");

-- [298/1605] add index invoices_production_id_idx on finance.invoices (schemas/finance.yaml:146:16)
CREATE INDEX "invoices_production_id_idx"
    ON "finance"."invoices" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [299/1605] add index invoices_custom_fields_idx on finance.invoices (schemas/finance.yaml:118:68)
CREATE INDEX "invoices_custom_fields_idx"
    ON "finance"."invoices" USING GIN ("custom_fields");

-- [300/1605] add index payment_methods_organization_id_idx on finance.payment_methods (schemas/finance.yaml:221:23)
CREATE INDEX "payment_methods_organization_id_idx"
    ON "finance"."payment_methods" USING BTREE ("organization_id");

-- [301/1605] add index payment_methods_workspace_id_idx on finance.payment_methods (schemas/core.yaml:85:16)
CREATE INDEX "payment_methods_workspace_id_idx"
    ON "finance"."payment_methods" USING BTREE ("workspace_id");

-- [302/1605] add index payment_methods_created_by_idx on finance.payment_methods (schemas/core.yaml:87:16)
CREATE INDEX "payment_methods_created_by_idx"
    ON "finance"."payment_methods" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [303/1605] add index payment_methods_one_default_key on finance.payment_methods (schemas/finance.yaml:232:16)
CREATE UNIQUE INDEX "payment_methods_one_default_key"
    ON "finance"."payment_methods" USING BTREE ("workspace_id") WHERE is_default;

-- [304/1605] add index payment_methods_custom_fields_idx on finance.payment_methods (schemas/finance.yaml:221:68)
CREATE INDEX "payment_methods_custom_fields_idx"
    ON "finance"."payment_methods" USING GIN ("custom_fields");

-- [305/1605] add index payroll_items_organization_id_idx on finance.payroll_items (schemas/finance.yaml:317:23)
CREATE INDEX "payroll_items_organization_id_idx"
    ON "finance"."payroll_items" USING BTREE ("organization_id");

-- [306/1605] add index payroll_items_workspace_id_idx on finance.payroll_items (schemas/core.yaml:85:16)
CREATE INDEX "payroll_items_workspace_id_idx"
    ON "finance"."payroll_items" USING BTREE ("workspace_id");

-- [307/1605] add index payroll_items_created_by_idx on finance.payroll_items (schemas/core.yaml:87:16)
CREATE INDEX "payroll_items_created_by_idx"
    ON "finance"."payroll_items" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [308/1605] add index payroll_items_payroll_record_id_item_type_idx on finance.payroll_items (schemas/finance.yaml:329:9)
CREATE INDEX "payroll_items_payroll_record_id_item_type_idx"
    ON "finance"."payroll_items" USING BTREE ("payroll_record_id", "item_type");

-- [309/1605] add index payroll_items_custom_fields_idx on finance.payroll_items (schemas/finance.yaml:317:68)
CREATE INDEX "payroll_items_custom_fields_idx"
    ON "finance"."payroll_items" USING GIN ("custom_fields");

-- [310/1605] add index payroll_records_organization_id_idx on finance.payroll_records (schemas/finance.yaml:290:23)
CREATE INDEX "payroll_records_organization_id_idx"
    ON "finance"."payroll_records" USING BTREE ("organization_id");

-- [311/1605] add index payroll_records_workspace_id_idx on finance.payroll_records (schemas/core.yaml:85:16)
CREATE INDEX "payroll_records_workspace_id_idx"
    ON "finance"."payroll_records" USING BTREE ("workspace_id");

-- [312/1605] add index payroll_records_created_by_idx on finance.payroll_records (schemas/core.yaml:87:16)
CREATE INDEX "payroll_records_created_by_idx"
    ON "finance"."payroll_records" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [313/1605] add index payroll_records_workspace_id_pay_period_start_idx on finance.payroll_records (schemas/finance.yaml:312:9)
CREATE INDEX "payroll_records_workspace_id_pay_period_start_idx"
    ON "finance"."payroll_records" USING BTREE ("workspace_id", "pay_period_start");

-- [314/1605] add index payroll_records_workspace_id_status_idx on finance.payroll_records (schemas/finance.yaml:313:16)
CREATE INDEX "payroll_records_workspace_id_status_idx"
    ON "finance"."payroll_records" USING BTREE ("workspace_id", "status") WHERE status IN ('draft', 'approved');

-- [315/1605] add index payroll_records_custom_fields_idx on finance.payroll_records (schemas/finance.yaml:290:68)
CREATE INDEX "payroll_records_custom_fields_idx"
    ON "finance"."payroll_records" USING GIN ("custom_fields");

-- [316/1605] add index po_items_organization_id_idx on finance.po_items (schemas/finance.yaml:202:23)
CREATE INDEX "po_items_organization_id_idx"
    ON "finance"."po_items" USING BTREE ("organization_id");

-- [317/1605] add index po_items_workspace_id_idx on finance.po_items (schemas/core.yaml:85:16)
CREATE INDEX "po_items_workspace_id_idx"
    ON "finance"."po_items" USING BTREE ("workspace_id");

-- [318/1605] add index po_items_created_by_idx on finance.po_items (schemas/core.yaml:87:16)
CREATE INDEX "po_items_created_by_idx"
    ON "finance"."po_items" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [319/1605] add index po_items_purchase_order_id_idx on finance.po_items (schemas/finance.yaml:216:9)
CREATE INDEX "po_items_purchase_order_id_idx"
    ON "finance"."po_items" USING BTREE ("purchase_order_id");

-- [320/1605] add index po_items_budget_line_item_id_idx on finance.po_items (schemas/finance.yaml:217:16)
CREATE INDEX "po_items_budget_line_item_id_idx"
    ON "finance"."po_items" USING BTREE ("budget_line_item_id") WHERE budget_line_item_id IS NOT NULL;

-- [321/1605] add index po_items_custom_fields_idx on finance.po_items (schemas/finance.yaml:202:68)
CREATE INDEX "po_items_custom_fields_idx"
    ON "finance"."po_items" USING GIN ("custom_fields");

-- [322/1605] add index purchase_orders_organization_id_idx on finance.purchase_orders (schemas/finance.yaml:170:23)
CREATE INDEX "purchase_orders_organization_id_idx"
    ON "finance"."purchase_orders" USING BTREE ("organization_id");

-- [323/1605] add index purchase_orders_workspace_id_idx on finance.purchase_orders (schemas/core.yaml:85:16)
CREATE INDEX "purchase_orders_workspace_id_idx"
    ON "finance"."purchase_orders" USING BTREE ("workspace_id");

-- [324/1605] add index purchase_orders_created_by_idx on finance.purchase_orders (schemas/core.yaml:87:16)
CREATE INDEX "purchase_orders_created_by_idx"
    ON "finance"."purchase_orders" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [325/1605] add index purchase_orders_workspace_id_status_idx on finance.purchase_orders (schemas/finance.yaml:192:9)
CREATE INDEX "purchase_orders_workspace_id_status_idx"
    ON "finance"."purchase_orders" USING BTREE ("workspace_id", "status");

-- [326/1605] add index purchase_orders_company_id_idx on finance.purchase_orders (schemas/finance.yaml:193:9)
CREATE INDEX "purchase_orders_company_id_idx"
    ON "finance"."purchase_orders" USING BTREE ("company_id");

-- [327/1605] add index purchase_orders_production_id_idx on finance.purchase_orders (schemas/finance.yaml:194:16)
CREATE INDEX "purchase_orders_production_id_idx"
    ON "finance"."purchase_orders" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [328/1605] add index purchase_orders_requisition_id_idx on finance.purchase_orders (schemas/finance.yaml:196:16)
CREATE INDEX "purchase_orders_requisition_id_idx"
    ON "finance"."purchase_orders" USING BTREE ("requisition_id") WHERE requisition_id IS NOT NULL;

-- [329/1605] add index purchase_orders_approved_by_idx on finance.purchase_orders (schemas/finance.yaml:198:16)
CREATE INDEX "purchase_orders_approved_by_idx"
    ON "finance"."purchase_orders" USING BTREE ("approved_by") WHERE approved_by IS NOT NULL;

-- [330/1605] add index purchase_orders_custom_fields_idx on finance.purchase_orders (schemas/finance.yaml:170:68)
CREATE INDEX "purchase_orders_custom_fields_idx"
    ON "finance"."purchase_orders" USING GIN ("custom_fields");

-- [331/1605] add index requisition_items_organization_id_idx on finance.requisition_items (schemas/finance.yaml:353:23)
CREATE INDEX "requisition_items_organization_id_idx"
    ON "finance"."requisition_items" USING BTREE ("organization_id");

-- [332/1605] add index requisition_items_workspace_id_idx on finance.requisition_items (schemas/core.yaml:85:16)
CREATE INDEX "requisition_items_workspace_id_idx"
    ON "finance"."requisition_items" USING BTREE ("workspace_id");

-- [333/1605] add index requisition_items_created_by_idx on finance.requisition_items (schemas/core.yaml:87:16)
CREATE INDEX "requisition_items_created_by_idx"
    ON "finance"."requisition_items" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [334/1605] add index requisition_items_requisition_id_idx on finance.requisition_items (schemas/finance.yaml:365:9)
CREATE INDEX "requisition_items_requisition_id_idx"
    ON "finance"."requisition_items" USING BTREE ("requisition_id");

-- [335/1605] add index requisition_items_preferred_company_id_idx on finance.requisition_items (schemas/finance.yaml:366:16)
CREATE INDEX "requisition_items_preferred_company_id_idx"
    ON "finance"."requisition_items" USING BTREE ("preferred_company_id") WHERE preferred_company_id IS NOT NULL;

-- [336/1605] add index requisition_items_custom_fields_idx on finance.requisition_items (schemas/finance.yaml:353:68)
CREATE INDEX "requisition_items_custom_fields_idx"
    ON "finance"."requisition_items" USING GIN ("custom_fields");

-- [337/1605] add index requisitions_organization_id_idx on finance.requisitions (schemas/finance.yaml:335:23)
CREATE INDEX "requisitions_organization_id_idx"
    ON "finance"."requisitions" USING BTREE ("organization_id");

-- [338/1605] add index requisitions_workspace_id_idx on finance.requisitions (schemas/core.yaml:85:16)
CREATE INDEX "requisitions_workspace_id_idx"
    ON "finance"."requisitions" USING BTREE ("workspace_id");

-- [339/1605] add index requisitions_created_by_idx on finance.requisitions (schemas/core.yaml:87:16)
CREATE INDEX "requisitions_created_by_idx"
    ON "finance"."requisitions" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [340/1605] add index requisitions_workspace_id_status_idx on finance.requisitions (schemas/finance.yaml:348:9)
CREATE INDEX "requisitions_workspace_id_status_idx"
    ON "finance"."requisitions" USING BTREE ("workspace_id", "status");

-- [341/1605] add index requisitions_production_id_idx on finance.requisitions (schemas/finance.yaml:349:16)
CREATE INDEX "requisitions_production_id_idx"
    ON "finance"."requisitions" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [342/1605] add index requisitions_custom_fields_idx on finance.requisitions (schemas/finance.yaml:335:68)
CREATE INDEX "requisitions_custom_fields_idx"
    ON "finance"."requisitions" USING GIN ("custom_fields");

-- [343/1605] add index rfqs_organization_id_idx on finance.rfqs (schemas/finance.yaml:370:23)
CREATE INDEX "rfqs_organization_id_idx"
    ON "finance"."rfqs" USING BTREE ("organization_id");

-- [344/1605] add index rfqs_workspace_id_idx on finance.rfqs (schemas/core.yaml:85:16)
CREATE INDEX "rfqs_workspace_id_idx"
    ON "finance"."rfqs" USING BTREE ("workspace_id");

-- [345/1605] add index rfqs_created_by_idx on finance.rfqs (schemas/core.yaml:87:16)
CREATE INDEX "rfqs_created_by_idx"
    ON "finance"."rfqs" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [346/1605] add index rfqs_workspace_id_status_idx on finance.rfqs (schemas/finance.yaml:390:9)
CREATE INDEX "rfqs_workspace_id_status_idx"
    ON "finance"."rfqs" USING BTREE ("workspace_id", "status");

-- [347/1605] add index rfqs_requisition_id_idx on finance.rfqs (schemas/finance.yaml:391:16)
CREATE INDEX "rfqs_requisition_id_idx"
    ON "finance"."rfqs" USING BTREE ("requisition_id") WHERE requisition_id IS NOT NULL;

-- [348/1605] add index rfqs_awarded_company_id_idx on finance.rfqs (schemas/finance.yaml:393:16)
CREATE INDEX "rfqs_awarded_company_id_idx"
    ON "finance"."rfqs" USING BTREE ("awarded_company_id") WHERE awarded_company_id IS NOT NULL;

-- [349/1605] add index rfqs_invited_company_ids_idx on finance.rfqs (schemas/finance.yaml:395:16)
CREATE INDEX "rfqs_invited_company_ids_idx"
    ON "finance"."rfqs" USING GIN ("invited_company_ids");

-- [350/1605] add index rfqs_custom_fields_idx on finance.rfqs (schemas/finance.yaml:370:68)
CREATE INDEX "rfqs_custom_fields_idx"
    ON "finance"."rfqs" USING GIN ("custom_fields");

-- [351/1605] add index community_posts_organization_id_idx on network.community_posts (schemas/network.yaml:188:9)
CREATE INDEX "community_posts_organization_id_idx"
    ON "network"."community_posts" USING BTREE ("organization_id");

-- [352/1605] add index community_posts_workspace_id_idx on network.community_posts (schemas/core.yaml:85:16)
CREATE INDEX "community_posts_workspace_id_idx"
    ON "network"."community_posts" USING BTREE ("workspace_id");

-- [353/1605] add index community_posts_created_by_idx on network.community_posts (schemas/core.yaml:87:16)
CREATE INDEX "community_posts_created_by_idx"
    ON "network"."community_posts" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [354/1605] add index community_posts_workspace_id_is_pinned_created_at_idx on network.community_posts (schemas/network.yaml:202:16)
CREATE INDEX "community_posts_workspace_id_is_pinned_created_at_idx"
    ON "network"."community_posts" USING BTREE ("workspace_id", "is_pinned" DESC, "created_at" DESC) WHERE status = 'published';

-- [355/1605] add index community_posts_tags_idx on network.community_posts (schemas/network.yaml:204:16)
CREATE INDEX "community_posts_tags_idx"
    ON "network"."community_posts" USING GIN ("tags");

-- [356/1605] add index community_posts_custom_fields_idx on network.community_posts (schemas/network.yaml:191:9)
CREATE INDEX "community_posts_custom_fields_idx"
    ON "network"."community_posts" USING GIN ("custom_fields");

-- [357/1605] add index community_posts_search_vector_idx on network.community_posts (schemas/network.yaml:192:9)
CREATE INDEX "community_posts_search_vector_idx"
    ON "network"."community_posts" USING GIN ("search_vector");

-- [358/1605] add index companies_organization_id_idx on network.companies (schemas/network.yaml:105:9)
CREATE INDEX "companies_organization_id_idx"
    ON "network"."companies" USING BTREE ("organization_id");

-- [359/1605] add index companies_workspace_id_idx on network.companies (schemas/core.yaml:85:16)
CREATE INDEX "companies_workspace_id_idx"
    ON "network"."companies" USING BTREE ("workspace_id");

-- [360/1605] add index companies_created_by_idx on network.companies (schemas/core.yaml:87:16)
CREATE INDEX "companies_created_by_idx"
    ON "network"."companies" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [361/1605] add index companies_workspace_id_company_type_status_idx on network.companies (schemas/network.yaml:125:9)
CREATE INDEX "companies_workspace_id_company_type_status_idx"
    ON "network"."companies" USING BTREE ("workspace_id", "company_type", "status");

-- [362/1605] add index companies_organization_id_tax_id_key on network.companies (schemas/network.yaml:126:16)
CREATE UNIQUE INDEX "companies_organization_id_tax_id_key"
    ON "network"."companies" USING BTREE ("organization_id", "tax_id") WHERE tax_id IS NOT NULL;

-- [363/1605] add index companies_custom_fields_idx on network.companies (schemas/network.yaml:108:9)
CREATE INDEX "companies_custom_fields_idx"
    ON "network"."companies" USING GIN ("custom_fields");

-- [364/1605] add index companies_search_vector_idx on network.companies (schemas/network.yaml:109:9)
CREATE INDEX "companies_search_vector_idx"
    ON "network"."companies" USING GIN ("search_vector");

-- [365/1605] add index company_contacts_organization_id_idx on network.company_contacts (schemas/network.yaml:131:23)
CREATE INDEX "company_contacts_organization_id_idx"
    ON "network"."company_contacts" USING BTREE ("organization_id");

-- [366/1605] add index company_contacts_workspace_id_idx on network.company_contacts (schemas/core.yaml:85:16)
CREATE INDEX "company_contacts_workspace_id_idx"
    ON "network"."company_contacts" USING BTREE ("workspace_id");

-- [367/1605] add index company_contacts_created_by_idx on network.company_contacts (schemas/core.yaml:87:16)
CREATE INDEX "company_contacts_created_by_idx"
    ON "network"."company_contacts" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [368/1605] add index company_contacts_company_id_idx on network.company_contacts (schemas/network.yaml:144:9)
CREATE INDEX "company_contacts_company_id_idx"
    ON "network"."company_contacts" USING BTREE ("company_id");

-- [369/1605] add index company_contacts_one_primary_key on network.company_contacts (schemas/network.yaml:145:16)
CREATE UNIQUE INDEX "company_contacts_one_primary_key"
    ON "network"."company_contacts" USING BTREE ("company_id") WHERE is_primary;

-- [370/1605] add index company_contacts_custom_fields_idx on network.company_contacts (schemas/network.yaml:131:68)
CREATE INDEX "company_contacts_custom_fields_idx"
    ON "network"."company_contacts" USING GIN ("custom_fields");

-- [371/1605] add index connections_organization_id_idx on network.connections (schemas/network.yaml:224:9)
CREATE INDEX "connections_organization_id_idx"
    ON "network"."connections" USING BTREE ("organization_id");

-- [372/1605] add index connections_workspace_id_idx on network.connections (schemas/core.yaml:85:16)
CREATE INDEX "connections_workspace_id_idx"
    ON "network"."connections" USING BTREE ("workspace_id");

-- [373/1605] add index connections_created_by_idx on network.connections (schemas/core.yaml:87:16)
CREATE INDEX "connections_created_by_idx"
    ON "network"."connections" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [374/1605] add index connections_requester_id_idx on network.connections (schemas/network.yaml:239:9)
CREATE INDEX "connections_requester_id_idx"
    ON "network"."connections" USING BTREE ("requester_id");

-- [375/1605] add index connections_addressee_id_status_idx on network.connections (schemas/network.yaml:240:9)
CREATE INDEX "connections_addressee_id_status_idx"
    ON "network"."connections" USING BTREE ("addressee_id", "status");

-- [376/1605] add index connections_custom_fields_idx on network.connections (schemas/network.yaml:227:9)
CREATE INDEX "connections_custom_fields_idx"
    ON "network"."connections" USING GIN ("custom_fields");

-- [377/1605] add index contracts_organization_id_idx on network.contracts (schemas/network.yaml:151:23)
CREATE INDEX "contracts_organization_id_idx"
    ON "network"."contracts" USING BTREE ("organization_id");

-- [378/1605] add index contracts_workspace_id_idx on network.contracts (schemas/core.yaml:85:16)
CREATE INDEX "contracts_workspace_id_idx"
    ON "network"."contracts" USING BTREE ("workspace_id");

-- [379/1605] add index contracts_created_by_idx on network.contracts (schemas/core.yaml:87:16)
CREATE INDEX "contracts_created_by_idx"
    ON "network"."contracts" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [380/1605] add index contracts_company_id_status_idx on network.contracts (schemas/network.yaml:174:9)
CREATE INDEX "contracts_company_id_status_idx"
    ON "network"."contracts" USING BTREE ("company_id", "status");

-- [381/1605] add index contracts_workspace_id_end_date_idx on network.contracts (schemas/network.yaml:175:16)
CREATE INDEX "contracts_workspace_id_end_date_idx"
    ON "network"."contracts" USING BTREE ("workspace_id", "end_date") WHERE status IN ('signed', 'active');

-- [382/1605] add index contracts_production_id_idx on network.contracts (schemas/network.yaml:177:16)
CREATE INDEX "contracts_production_id_idx"
    ON "network"."contracts" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [383/1605] add index contracts_file_id_idx on network.contracts (schemas/network.yaml:179:16)
CREATE INDEX "contracts_file_id_idx"
    ON "network"."contracts" USING BTREE ("file_id") WHERE file_id IS NOT NULL;

-- [384/1605] add index contracts_custom_fields_idx on network.contracts (schemas/network.yaml:151:68)
CREATE INDEX "contracts_custom_fields_idx"
    ON "network"."contracts" USING GIN ("custom_fields");

-- [385/1605] add index endorsements_organization_id_idx on network.endorsements (schemas/network.yaml:54:9)
CREATE INDEX "endorsements_organization_id_idx"
    ON "network"."endorsements" USING BTREE ("organization_id");

-- [386/1605] add index endorsements_workspace_id_idx on network.endorsements (schemas/core.yaml:85:16)
CREATE INDEX "endorsements_workspace_id_idx"
    ON "network"."endorsements" USING BTREE ("workspace_id");

-- [387/1605] add index endorsements_created_by_idx on network.endorsements (schemas/core.yaml:87:16)
CREATE INDEX "endorsements_created_by_idx"
    ON "network"."endorsements" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [388/1605] add index endorsements_endorser_id_idx on network.endorsements (schemas/network.yaml:69:9)
CREATE INDEX "endorsements_endorser_id_idx"
    ON "network"."endorsements" USING BTREE ("endorser_id");

-- [389/1605] add index endorsements_custom_fields_idx on network.endorsements (schemas/network.yaml:57:9)
CREATE INDEX "endorsements_custom_fields_idx"
    ON "network"."endorsements" USING GIN ("custom_fields");

-- [390/1605] add index marketplace_listings_organization_id_idx on network.marketplace_listings (schemas/network.yaml:248:9)
CREATE INDEX "marketplace_listings_organization_id_idx"
    ON "network"."marketplace_listings" USING BTREE ("organization_id");

-- [391/1605] add index marketplace_listings_workspace_id_idx on network.marketplace_listings (schemas/core.yaml:85:16)
CREATE INDEX "marketplace_listings_workspace_id_idx"
    ON "network"."marketplace_listings" USING BTREE ("workspace_id");

-- [392/1605] add index marketplace_listings_created_by_idx on network.marketplace_listings (schemas/core.yaml:87:16)
CREATE INDEX "marketplace_listings_created_by_idx"
    ON "network"."marketplace_listings" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [393/1605] add index marketplace_listings_workspace_id_category_price_idx on network.marketplace_listings (schemas/network.yaml:266:16)
CREATE INDEX "marketplace_listings_workspace_id_category_price_idx"
    ON "network"."marketplace_listings" USING BTREE ("workspace_id", "category", "price") WHERE status = 'published';

-- [394/1605] add index marketplace_listings_custom_fields_idx on network.marketplace_listings (schemas/network.yaml:251:9)
CREATE INDEX "marketplace_listings_custom_fields_idx"
    ON "network"."marketplace_listings" USING GIN ("custom_fields");

-- [395/1605] add index marketplace_listings_search_vector_idx on network.marketplace_listings (schemas/network.yaml:252:9)
CREATE INDEX "marketplace_listings_search_vector_idx"
    ON "network"."marketplace_listings" USING GIN ("search_vector");

-- [396/1605] add index marketplace_orders_organization_id_idx on network.marketplace_orders (schemas/network.yaml:270:23)
CREATE INDEX "marketplace_orders_organization_id_idx"
    ON "network"."marketplace_orders" USING BTREE ("organization_id");

-- [397/1605] add index marketplace_orders_workspace_id_idx on network.marketplace_orders (schemas/core.yaml:85:16)
CREATE INDEX "marketplace_orders_workspace_id_idx"
    ON "network"."marketplace_orders" USING BTREE ("workspace_id");

-- [398/1605] add index marketplace_orders_created_by_idx on network.marketplace_orders (schemas/core.yaml:87:16)
CREATE INDEX "marketplace_orders_created_by_idx"
    ON "network"."marketplace_orders" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [399/1605] add index marketplace_orders_listing_id_status_idx on network.marketplace_orders (schemas/network.yaml:286:9)
CREATE INDEX "marketplace_orders_listing_id_status_idx"
    ON "network"."marketplace_orders" USING BTREE ("listing_id", "status");

-- [400/1605] add index marketplace_orders_buyer_id_ordered_at_idx on network.marketplace_orders (schemas/network.yaml:287:16)
CREATE INDEX "marketplace_orders_buyer_id_ordered_at_idx"
    ON "network"."marketplace_orders" USING BTREE ("buyer_id", "ordered_at" DESC);

-- [401/1605] add index marketplace_orders_custom_fields_idx on network.marketplace_orders (schemas/network.yaml:270:68)
CREATE INDEX "marketplace_orders_custom_fields_idx"
    ON "network"."marketplace_orders" USING GIN ("custom_fields");

-- [402/1605] add index marketplace_reviews_organization_id_idx on network.marketplace_reviews (schemas/network.yaml:290:23)
CREATE INDEX "marketplace_reviews_organization_id_idx"
    ON "network"."marketplace_reviews" USING BTREE ("organization_id");

-- [403/1605] add index marketplace_reviews_workspace_id_idx on network.marketplace_reviews (schemas/core.yaml:85:16)
CREATE INDEX "marketplace_reviews_workspace_id_idx"
    ON "network"."marketplace_reviews" USING BTREE ("workspace_id");

-- [404/1605] add index marketplace_reviews_created_by_idx on network.marketplace_reviews (schemas/core.yaml:87:16)
CREATE INDEX "marketplace_reviews_created_by_idx"
    ON "network"."marketplace_reviews" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [405/1605] add index marketplace_reviews_reviewer_id_idx on network.marketplace_reviews (schemas/network.yaml:305:9)
CREATE INDEX "marketplace_reviews_reviewer_id_idx"
    ON "network"."marketplace_reviews" USING BTREE ("reviewer_id");

-- [406/1605] add index marketplace_reviews_order_id_idx on network.marketplace_reviews (schemas/network.yaml:306:16)
CREATE INDEX "marketplace_reviews_order_id_idx"
    ON "network"."marketplace_reviews" USING BTREE ("order_id") WHERE order_id IS NOT NULL;

-- [407/1605] add index marketplace_reviews_custom_fields_idx on network.marketplace_reviews (schemas/network.yaml:290:68)
CREATE INDEX "marketplace_reviews_custom_fields_idx"
    ON "network"."marketplace_reviews" USING GIN ("custom_fields");

-- [408/1605] add index post_reactions_organization_id_idx on network.post_reactions (schemas/network.yaml:208:23)
CREATE INDEX "post_reactions_organization_id_idx"
    ON "network"."post_reactions" USING BTREE ("organization_id");

-- [409/1605] add index post_reactions_workspace_id_idx on network.post_reactions (schemas/core.yaml:85:16)
CREATE INDEX "post_reactions_workspace_id_idx"
    ON "network"."post_reactions" USING BTREE ("workspace_id");

-- [410/1605] add index post_reactions_created_by_idx on network.post_reactions (schemas/core.yaml:87:16)
CREATE INDEX "post_reactions_created_by_idx"
    ON "network"."post_reactions" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [411/1605] add index post_reactions_user_id_idx on network.post_reactions (schemas/network.yaml:219:9)
CREATE INDEX "post_reactions_user_id_idx"
    ON "network"."post_reactions" USING BTREE ("user_id");

-- [412/1605] add index post_reactions_custom_fields_idx on network.post_reactions (schemas/network.yaml:208:68)
CREATE INDEX "post_reactions_custom_fields_idx"
    ON "network"."post_reactions" USING GIN ("custom_fields");

-- [413/1605] add index user_profiles_organization_id_idx on network.user_profiles (schemas/network.yaml:29:9)
CREATE INDEX "user_profiles_organization_id_idx"
    ON "network"."user_profiles" USING BTREE ("organization_id");

-- [414/1605] add index user_profiles_workspace_id_idx on network.user_profiles (schemas/core.yaml:85:16)
CREATE INDEX "user_profiles_workspace_id_idx"
    ON "network"."user_profiles" USING BTREE ("workspace_id");

-- [415/1605] add index user_profiles_created_by_idx on network.user_profiles (schemas/core.yaml:87:16)
CREATE INDEX "user_profiles_created_by_idx"
    ON "network"."user_profiles" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [416/1605] add index user_profiles_user_id_idx on network.user_profiles (schemas/network.yaml:47:9)
CREATE INDEX "user_profiles_user_id_idx"
    ON "network"."user_profiles" USING BTREE ("user_id");

-- [417/1605] add index user_profiles_skills_idx on network.user_profiles (schemas/network.yaml:48:16)
CREATE INDEX "user_profiles_skills_idx"
    ON "network"."user_profiles" USING GIN ("skills");

-- [418/1605] add index user_profiles_custom_fields_idx on network.user_profiles (schemas/network.yaml:32:9)
CREATE INDEX "user_profiles_custom_fields_idx"
    ON "network"."user_profiles" USING GIN ("custom_fields");

-- [419/1605] add index work_history_organization_id_idx on network.work_history (schemas/network.yaml:74:9)
CREATE INDEX "work_history_organization_id_idx"
    ON "network"."work_history" USING BTREE ("organization_id");

-- [420/1605] add index work_history_workspace_id_idx on network.work_history (schemas/core.yaml:85:16)
CREATE INDEX "work_history_workspace_id_idx"
    ON "network"."work_history" USING BTREE ("workspace_id");

-- [421/1605] add index work_history_created_by_idx on network.work_history (schemas/core.yaml:87:16)
CREATE INDEX "work_history_created_by_idx"
    ON "network"."work_history" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [422/1605] add index work_history_profile_id_start_date_idx on network.work_history (schemas/network.yaml:95:16)
CREATE INDEX "work_history_profile_id_start_date_idx"
    ON "network"."work_history" USING BTREE ("profile_id", "start_date" DESC);

-- [423/1605] add index work_history_company_id_idx on network.work_history (schemas/network.yaml:96:16)
CREATE INDEX "work_history_company_id_idx"
    ON "network"."work_history" USING BTREE ("company_id") WHERE company_id IS NOT NULL;

-- [424/1605] add index work_history_custom_fields_idx on network.work_history (schemas/network.yaml:77:9)
CREATE INDEX "work_history_custom_fields_idx"
    ON "network"."work_history" USING GIN ("custom_fields");

-- [425/1605] add index bookings_organization_id_idx on production.bookings (schemas/production.yaml:231:23)
CREATE INDEX "bookings_organization_id_idx"
    ON "production"."bookings" USING BTREE ("organization_id");

-- [426/1605] add index bookings_workspace_id_idx on production.bookings (schemas/core.yaml:85:16)
CREATE INDEX "bookings_workspace_id_idx"
    ON "production"."bookings" USING BTREE ("workspace_id");

-- [427/1605] add index bookings_created_by_idx on production.bookings (schemas/core.yaml:87:16)
CREATE INDEX "bookings_created_by_idx"
    ON "production"."bookings" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [428/1605] add index bookings_location_id_start_time_end_time_idx on production.bookings (schemas/production.yaml:250:16)
CREATE INDEX "bookings_location_id_start_time_end_time_idx"
    ON "production"."bookings" USING BTREE ("location_id", "start_time", "end_time") WHERE location_id IS NOT NULL AND status <> 'denied';

-- [429/1605] add index bookings_asset_id_start_time_end_time_idx on production.bookings (schemas/production.yaml:252:16)
CREATE INDEX "bookings_asset_id_start_time_end_time_idx"
    ON "production"."bookings" USING BTREE ("asset_id", "start_time", "end_time") WHERE asset_id IS NOT NULL AND status <> 'denied';

-- [430/1605] add index bookings_event_id_idx on production.bookings (schemas/production.yaml:254:16)
CREATE INDEX "bookings_event_id_idx"
    ON "production"."bookings" USING BTREE ("event_id") WHERE event_id IS NOT NULL;

-- [431/1605] add index bookings_custom_fields_idx on production.bookings (schemas/production.yaml:231:68)
CREATE INDEX "bookings_custom_fields_idx"
    ON "production"."bookings" USING GIN ("custom_fields");

-- [432/1605] add index events_organization_id_idx on production.events (schemas/production.yaml:168:9)
CREATE INDEX "events_organization_id_idx"
    ON "production"."events" USING BTREE ("organization_id");

-- [433/1605] add index events_workspace_id_idx on production.events (schemas/core.yaml:85:16)
CREATE INDEX "events_workspace_id_idx"
    ON "production"."events" USING BTREE ("workspace_id");

-- [434/1605] add index events_created_by_idx on production.events (schemas/core.yaml:87:16)
CREATE INDEX "events_created_by_idx"
    ON "production"."events" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [435/1605] add index idx_events_dates on production.events (schemas/production.yaml:193:16)
CREATE INDEX "idx_events_dates"
    ON "production"."events" USING BTREE ("workspace_id", "start_time", "end_time");

-- [436/1605] add index events_production_id_start_time_idx on production.events (schemas/production.yaml:195:16)
CREATE INDEX "events_production_id_start_time_idx"
    ON "production"."events" USING BTREE ("production_id", "start_time") WHERE production_id IS NOT NULL;

-- [437/1605] add index events_location_during_idx on production.events (schemas/production.yaml:198:19)
CREATE INDEX "events_location_during_idx"
    ON "production"."events" USING GIST ((tstzrange(start_time, end_time))) WHERE location_id IS NOT NULL AND status <> 'cancelled';

-- [438/1605] add index events_location_id_start_time_idx on production.events (schemas/production.yaml:202:16)
CREATE INDEX "events_location_id_start_time_idx"
    ON "production"."events" USING BTREE ("location_id", "start_time") WHERE location_id IS NOT NULL;

-- [439/1605] add index events_custom_fields_idx on production.events (schemas/production.yaml:171:9)
CREATE INDEX "events_custom_fields_idx"
    ON "production"."events" USING GIN ("custom_fields");

-- [440/1605] add index events_search_vector_idx on production.events (schemas/production.yaml:172:9)
CREATE INDEX "events_search_vector_idx"
    ON "production"."events" USING GIN ("search_vector");

-- [441/1605] add index incidents_organization_id_idx on production.incidents (schemas/production.yaml:258:23)
CREATE INDEX "incidents_organization_id_idx"
    ON "production"."incidents" USING BTREE ("organization_id");

-- [442/1605] add index incidents_workspace_id_idx on production.incidents (schemas/core.yaml:85:16)
CREATE INDEX "incidents_workspace_id_idx"
    ON "production"."incidents" USING BTREE ("workspace_id");

-- [443/1605] add index incidents_created_by_idx on production.incidents (schemas/core.yaml:87:16)
CREATE INDEX "incidents_created_by_idx"
    ON "production"."incidents" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [444/1605] add index incidents_workspace_id_status_severity_idx on production.incidents (schemas/production.yaml:278:16)
CREATE INDEX "incidents_workspace_id_status_severity_idx"
    ON "production"."incidents" USING BTREE ("workspace_id", "status", "severity") WHERE status IN ('open', 'investigating');

-- [445/1605] add index incidents_event_id_idx on production.incidents (schemas/production.yaml:280:16)
CREATE INDEX "incidents_event_id_idx"
    ON "production"."incidents" USING BTREE ("event_id") WHERE event_id IS NOT NULL;

-- [446/1605] add index incidents_production_id_idx on production.incidents (schemas/production.yaml:282:16)
CREATE INDEX "incidents_production_id_idx"
    ON "production"."incidents" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [447/1605] add index incidents_location_id_idx on production.incidents (schemas/production.yaml:284:16)
CREATE INDEX "incidents_location_id_idx"
    ON "production"."incidents" USING BTREE ("location_id") WHERE location_id IS NOT NULL;

-- [448/1605] add index incidents_custom_fields_idx on production.incidents (schemas/production.yaml:258:68)
CREATE INDEX "incidents_custom_fields_idx"
    ON "production"."incidents" USING GIN ("custom_fields");

-- [449/1605] add index job_applicants_organization_id_idx on production.job_applicants (schemas/production.yaml:457:23)
CREATE INDEX "job_applicants_organization_id_idx"
    ON "production"."job_applicants" USING BTREE ("organization_id");

-- [450/1605] add index job_applicants_workspace_id_idx on production.job_applicants (schemas/core.yaml:85:16)
CREATE INDEX "job_applicants_workspace_id_idx"
    ON "production"."job_applicants" USING BTREE ("workspace_id");

-- [451/1605] add index job_applicants_created_by_idx on production.job_applicants (schemas/core.yaml:87:16)
CREATE INDEX "job_applicants_created_by_idx"
    ON "production"."job_applicants" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [452/1605] add index job_applicants_job_opening_id_status_idx on production.job_applicants (schemas/production.yaml:475:9)
CREATE INDEX "job_applicants_job_opening_id_status_idx"
    ON "production"."job_applicants" USING BTREE ("job_opening_id", "status");

-- [453/1605] add index job_applicants_resume_file_id_idx on production.job_applicants (schemas/production.yaml:476:16)
CREATE INDEX "job_applicants_resume_file_id_idx"
    ON "production"."job_applicants" USING BTREE ("resume_file_id") WHERE resume_file_id IS NOT NULL;

-- [454/1605] add index job_applicants_custom_fields_idx on production.job_applicants (schemas/production.yaml:457:68)
CREATE INDEX "job_applicants_custom_fields_idx"
    ON "production"."job_applicants" USING GIN ("custom_fields");

-- [455/1605] add index job_openings_organization_id_idx on production.job_openings (schemas/production.yaml:431:23)
CREATE INDEX "job_openings_organization_id_idx"
    ON "production"."job_openings" USING BTREE ("organization_id");

-- [456/1605] add index job_openings_workspace_id_idx on production.job_openings (schemas/core.yaml:85:16)
CREATE INDEX "job_openings_workspace_id_idx"
    ON "production"."job_openings" USING BTREE ("workspace_id");

-- [457/1605] add index job_openings_created_by_idx on production.job_openings (schemas/core.yaml:87:16)
CREATE INDEX "job_openings_created_by_idx"
    ON "production"."job_openings" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [458/1605] add index job_openings_workspace_id_status_closes_on_idx on production.job_openings (schemas/production.yaml:450:16)
CREATE INDEX "job_openings_workspace_id_status_closes_on_idx"
    ON "production"."job_openings" USING BTREE ("workspace_id", "status", "closes_on");

-- [459/1605] add index job_openings_production_id_idx on production.job_openings (schemas/production.yaml:451:16)
CREATE INDEX "job_openings_production_id_idx"
    ON "production"."job_openings" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [460/1605] add index job_openings_location_id_idx on production.job_openings (schemas/production.yaml:453:16)
CREATE INDEX "job_openings_location_id_idx"
    ON "production"."job_openings" USING BTREE ("location_id") WHERE location_id IS NOT NULL;

-- [461/1605] add index job_openings_custom_fields_idx on production.job_openings (schemas/production.yaml:431:68)
CREATE INDEX "job_openings_custom_fields_idx"
    ON "production"."job_openings" USING GIN ("custom_fields");

-- [462/1605] add index personnel_organization_id_idx on production.personnel (schemas/production.yaml:293:9)
CREATE INDEX "personnel_organization_id_idx"
    ON "production"."personnel" USING BTREE ("organization_id");

-- [463/1605] add index personnel_workspace_id_idx on production.personnel (schemas/core.yaml:85:16)
CREATE INDEX "personnel_workspace_id_idx"
    ON "production"."personnel" USING BTREE ("workspace_id");

-- [464/1605] add index personnel_created_by_idx on production.personnel (schemas/core.yaml:87:16)
CREATE INDEX "personnel_created_by_idx"
    ON "production"."personnel" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [465/1605] add index personnel_organization_id_email_key on production.personnel (schemas/production.yaml:317:16)
CREATE UNIQUE INDEX "personnel_organization_id_email_key"
    ON "production"."personnel" USING BTREE ("organization_id", "email") WHERE email IS NOT NULL;

-- [466/1605] add index personnel_workspace_id_last_name_first_name_idx on production.personnel (schemas/production.yaml:320:9)
CREATE INDEX "personnel_workspace_id_last_name_first_name_idx"
    ON "production"."personnel" USING BTREE ("workspace_id", "last_name", "first_name");

-- [467/1605] add index personnel_skills_idx on production.personnel (schemas/production.yaml:321:16)
CREATE INDEX "personnel_skills_idx"
    ON "production"."personnel" USING GIN ("skills");

-- [468/1605] add index personnel_user_id_idx on production.personnel (schemas/production.yaml:323:16)
CREATE INDEX "personnel_user_id_idx"
    ON "production"."personnel" USING BTREE ("user_id") WHERE user_id IS NOT NULL;

-- [469/1605] add index personnel_custom_fields_idx on production.personnel (schemas/production.yaml:296:9)
CREATE INDEX "personnel_custom_fields_idx"
    ON "production"."personnel" USING GIN ("custom_fields");

-- [470/1605] add index personnel_search_vector_idx on production.personnel (schemas/production.yaml:297:9)
CREATE INDEX "personnel_search_vector_idx"
    ON "production"."personnel" USING GIN ("search_vector");

-- [471/1605] add index personnel_assignments_organization_id_idx on production.personnel_assignments (schemas/production.yaml:357:23)
CREATE INDEX "personnel_assignments_organization_id_idx"
    ON "production"."personnel_assignments" USING BTREE ("organization_id");

-- [472/1605] add index personnel_assignments_workspace_id_idx on production.personnel_assignments (schemas/core.yaml:85:16)
CREATE INDEX "personnel_assignments_workspace_id_idx"
    ON "production"."personnel_assignments" USING BTREE ("workspace_id");

-- [473/1605] add index personnel_assignments_created_by_idx on production.personnel_assignments (schemas/core.yaml:87:16)
CREATE INDEX "personnel_assignments_created_by_idx"
    ON "production"."personnel_assignments" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [474/1605] add index personnel_assignments_personnel_id_start_date_idx on production.personnel_assignments (schemas/production.yaml:375:9)
CREATE INDEX "personnel_assignments_personnel_id_start_date_idx"
    ON "production"."personnel_assignments" USING BTREE ("personnel_id", "start_date");

-- [475/1605] add index personnel_assignments_production_id_idx on production.personnel_assignments (schemas/production.yaml:376:9)
CREATE INDEX "personnel_assignments_production_id_idx"
    ON "production"."personnel_assignments" USING BTREE ("production_id");

-- [476/1605] add index personnel_assignments_custom_fields_idx on production.personnel_assignments (schemas/production.yaml:357:68)
CREATE INDEX "personnel_assignments_custom_fields_idx"
    ON "production"."personnel_assignments" USING GIN ("custom_fields");

-- [477/1605] add index productions_organization_id_idx on production.productions (schemas/production.yaml:29:23)
CREATE INDEX "productions_organization_id_idx"
    ON "production"."productions" USING BTREE ("organization_id");

-- [478/1605] add index productions_workspace_id_idx on production.productions (schemas/core.yaml:85:16)
CREATE INDEX "productions_workspace_id_idx"
    ON "production"."productions" USING BTREE ("workspace_id");

-- [479/1605] add index productions_created_by_idx on production.productions (schemas/core.yaml:87:16)
CREATE INDEX "productions_created_by_idx"
    ON "production"."productions" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [480/1605] add index idx_productions_status on production.productions (schemas/production.yaml:52:16)
CREATE INDEX "idx_productions_status"
    ON "production"."productions" USING BTREE ("workspace_id", "status");

-- [481/1605] add index idx_productions_search on production.productions (schemas/production.yaml:54:19)
CREATE INDEX "idx_productions_search"
    ON "production"."productions" USING GIN ((to_tsvector('english', name || ' ' || COALESCE(description, ''))));

-- [482/1605] add index productions_workspace_id_start_date_end_date_idx on production.productions (schemas/production.yaml:57:16)
CREATE INDEX "productions_workspace_id_start_date_end_date_idx"
    ON "production"."productions" USING BTREE ("workspace_id", "start_date", "end_date") WHERE status IN ('planning', 'active');

-- [483/1605] add index productions_organization_id_code_key on production.productions (schemas/production.yaml:59:16)
CREATE UNIQUE INDEX "productions_organization_id_code_key"
    ON "production"."productions" USING BTREE ("organization_id", "code") WHERE code IS NOT NULL;

-- [484/1605] add index productions_venue_location_id_idx on production.productions (schemas/production.yaml:62:16)
CREATE INDEX "productions_venue_location_id_idx"
    ON "production"."productions" USING BTREE ("venue_location_id") WHERE venue_location_id IS NOT NULL;

-- [485/1605] add index productions_producer_id_idx on production.productions (schemas/production.yaml:64:16)
CREATE INDEX "productions_producer_id_idx"
    ON "production"."productions" USING BTREE ("producer_id") WHERE producer_id IS NOT NULL;

-- [486/1605] add index productions_custom_fields_idx on production.productions (schemas/production.yaml:29:68)
CREATE INDEX "productions_custom_fields_idx"
    ON "production"."productions" USING GIN ("custom_fields");

-- [487/1605] add index project_compliance_organization_id_idx on production.project_compliance (schemas/production.yaml:118:23)
CREATE INDEX "project_compliance_organization_id_idx"
    ON "production"."project_compliance" USING BTREE ("organization_id");

-- [488/1605] add index project_compliance_workspace_id_idx on production.project_compliance (schemas/core.yaml:85:16)
CREATE INDEX "project_compliance_workspace_id_idx"
    ON "production"."project_compliance" USING BTREE ("workspace_id");

-- [489/1605] add index project_compliance_created_by_idx on production.project_compliance (schemas/core.yaml:87:16)
CREATE INDEX "project_compliance_created_by_idx"
    ON "production"."project_compliance" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [490/1605] add index project_compliance_production_id_idx on production.project_compliance (schemas/production.yaml:136:9)
CREATE INDEX "project_compliance_production_id_idx"
    ON "production"."project_compliance" USING BTREE ("production_id");

-- [491/1605] add index project_compliance_organization_id_expires_on_idx on production.project_compliance (schemas/production.yaml:137:16)
CREATE INDEX "project_compliance_organization_id_expires_on_idx"
    ON "production"."project_compliance" USING BTREE ("organization_id", "expires_on") WHERE expires_on IS NOT NULL AND status = 'approved';

-- [492/1605] add index project_compliance_document_file_id_idx on production.project_compliance (schemas/production.yaml:139:16)
CREATE INDEX "project_compliance_document_file_id_idx"
    ON "production"."project_compliance" USING BTREE ("document_file_id") WHERE document_file_id IS NOT NULL;

-- [493/1605] add index project_compliance_custom_fields_idx on production.project_compliance (schemas/production.yaml:118:68)
CREATE INDEX "project_compliance_custom_fields_idx"
    ON "production"."project_compliance" USING GIN ("custom_fields");

-- [494/1605] add index project_milestones_organization_id_idx on production.project_milestones (schemas/production.yaml:103:23)
CREATE INDEX "project_milestones_organization_id_idx"
    ON "production"."project_milestones" USING BTREE ("organization_id");

-- [495/1605] add index project_milestones_workspace_id_idx on production.project_milestones (schemas/core.yaml:85:16)
CREATE INDEX "project_milestones_workspace_id_idx"
    ON "production"."project_milestones" USING BTREE ("workspace_id");

-- [496/1605] add index project_milestones_created_by_idx on production.project_milestones (schemas/core.yaml:87:16)
CREATE INDEX "project_milestones_created_by_idx"
    ON "production"."project_milestones" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [497/1605] add index project_milestones_production_id_due_date_idx on production.project_milestones (schemas/production.yaml:115:9)
CREATE INDEX "project_milestones_production_id_due_date_idx"
    ON "production"."project_milestones" USING BTREE ("production_id", "due_date");

-- [498/1605] add index project_milestones_custom_fields_idx on production.project_milestones (schemas/production.yaml:103:68)
CREATE INDEX "project_milestones_custom_fields_idx"
    ON "production"."project_milestones" USING GIN ("custom_fields");

-- [499/1605] add index project_safety_organization_id_idx on production.project_safety (schemas/production.yaml:143:23)
CREATE INDEX "project_safety_organization_id_idx"
    ON "production"."project_safety" USING BTREE ("organization_id");

-- [500/1605] add index project_safety_workspace_id_idx on production.project_safety (schemas/core.yaml:85:16)
CREATE INDEX "project_safety_workspace_id_idx"
    ON "production"."project_safety" USING BTREE ("workspace_id");

-- [501/1605] add index project_safety_created_by_idx on production.project_safety (schemas/core.yaml:87:16)
CREATE INDEX "project_safety_created_by_idx"
    ON "production"."project_safety" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [502/1605] add index project_safety_production_id_risk_level_idx on production.project_safety (schemas/production.yaml:158:9)
CREATE INDEX "project_safety_production_id_risk_level_idx"
    ON "production"."project_safety" USING BTREE ("production_id", "risk_level");

-- [503/1605] add index project_safety_reviewed_by_idx on production.project_safety (schemas/production.yaml:159:16)
CREATE INDEX "project_safety_reviewed_by_idx"
    ON "production"."project_safety" USING BTREE ("reviewed_by") WHERE reviewed_by IS NOT NULL;

-- [504/1605] add index project_safety_custom_fields_idx on production.project_safety (schemas/production.yaml:143:68)
CREATE INDEX "project_safety_custom_fields_idx"
    ON "production"."project_safety" USING GIN ("custom_fields");

-- [505/1605] add index project_tasks_organization_id_idx on production.project_tasks (schemas/production.yaml:68:23)
CREATE INDEX "project_tasks_organization_id_idx"
    ON "production"."project_tasks" USING BTREE ("organization_id");

-- [506/1605] add index project_tasks_workspace_id_idx on production.project_tasks (schemas/core.yaml:85:16)
CREATE INDEX "project_tasks_workspace_id_idx"
    ON "production"."project_tasks" USING BTREE ("workspace_id");

-- [507/1605] add index project_tasks_created_by_idx on production.project_tasks (schemas/core.yaml:87:16)
CREATE INDEX "project_tasks_created_by_idx"
    ON "production"."project_tasks" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [508/1605] add index project_tasks_production_id_status_idx on production.project_tasks (schemas/production.yaml:96:9)
CREATE INDEX "project_tasks_production_id_status_idx"
    ON "production"."project_tasks" USING BTREE ("production_id", "status");

-- [509/1605] add index project_tasks_assignee_id_due_date_idx on production.project_tasks (schemas/production.yaml:97:16)
CREATE INDEX "project_tasks_assignee_id_due_date_idx"
    ON "production"."project_tasks" USING BTREE ("assignee_id", "due_date") WHERE status <> 'done';

-- [510/1605] add index project_tasks_parent_task_id_idx on production.project_tasks (schemas/production.yaml:99:16)
CREATE INDEX "project_tasks_parent_task_id_idx"
    ON "production"."project_tasks" USING BTREE ("parent_task_id") WHERE parent_task_id IS NOT NULL;

-- [511/1605] add index project_tasks_custom_fields_idx on production.project_tasks (schemas/production.yaml:68:68)
CREATE INDEX "project_tasks_custom_fields_idx"
    ON "production"."project_tasks" USING GIN ("custom_fields");

-- [512/1605] add index run_of_show_organization_id_idx on production.run_of_show (schemas/production.yaml:206:23)
CREATE INDEX "run_of_show_organization_id_idx"
    ON "production"."run_of_show" USING BTREE ("organization_id");

-- [513/1605] add index run_of_show_workspace_id_idx on production.run_of_show (schemas/core.yaml:85:16)
CREATE INDEX "run_of_show_workspace_id_idx"
    ON "production"."run_of_show" USING BTREE ("workspace_id");

-- [514/1605] add index run_of_show_created_by_idx on production.run_of_show (schemas/core.yaml:87:16)
CREATE INDEX "run_of_show_created_by_idx"
    ON "production"."run_of_show" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [515/1605] add index run_of_show_responsible_id_idx on production.run_of_show (schemas/production.yaml:227:16)
CREATE INDEX "run_of_show_responsible_id_idx"
    ON "production"."run_of_show" USING BTREE ("responsible_id") WHERE responsible_id IS NOT NULL;

-- [516/1605] add index run_of_show_custom_fields_idx on production.run_of_show (schemas/production.yaml:206:68)
CREATE INDEX "run_of_show_custom_fields_idx"
    ON "production"."run_of_show" USING GIN ("custom_fields");

-- [517/1605] add index team_members_organization_id_idx on production.team_members (schemas/production.yaml:342:23)
CREATE INDEX "team_members_organization_id_idx"
    ON "production"."team_members" USING BTREE ("organization_id");

-- [518/1605] add index team_members_workspace_id_idx on production.team_members (schemas/core.yaml:85:16)
CREATE INDEX "team_members_workspace_id_idx"
    ON "production"."team_members" USING BTREE ("workspace_id");

-- [519/1605] add index team_members_created_by_idx on production.team_members (schemas/core.yaml:87:16)
CREATE INDEX "team_members_created_by_idx"
    ON "production"."team_members" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [520/1605] add index team_members_personnel_id_idx on production.team_members (schemas/production.yaml:354:9)
CREATE INDEX "team_members_personnel_id_idx"
    ON "production"."team_members" USING BTREE ("personnel_id");

-- [521/1605] add index team_members_custom_fields_idx on production.team_members (schemas/production.yaml:342:68)
CREATE INDEX "team_members_custom_fields_idx"
    ON "production"."team_members" USING GIN ("custom_fields");

-- [522/1605] add index teams_organization_id_idx on production.teams (schemas/production.yaml:327:23)
CREATE INDEX "teams_organization_id_idx"
    ON "production"."teams" USING BTREE ("organization_id");

-- [523/1605] add index teams_workspace_id_idx on production.teams (schemas/core.yaml:85:16)
CREATE INDEX "teams_workspace_id_idx"
    ON "production"."teams" USING BTREE ("workspace_id");

-- [524/1605] add index teams_created_by_idx on production.teams (schemas/core.yaml:87:16)
CREATE INDEX "teams_created_by_idx"
    ON "production"."teams" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [525/1605] add index teams_lead_id_idx on production.teams (schemas/production.yaml:338:16)
CREATE INDEX "teams_lead_id_idx"
    ON "production"."teams" USING BTREE ("lead_id") WHERE lead_id IS NOT NULL;

-- [526/1605] add index teams_custom_fields_idx on production.teams (schemas/production.yaml:327:68)
CREATE INDEX "teams_custom_fields_idx"
    ON "production"."teams" USING GIN ("custom_fields");

-- [527/1605] add index time_entries_organization_id_idx on production.time_entries (schemas/production.yaml:379:23)
CREATE INDEX "time_entries_organization_id_idx"
    ON "production"."time_entries" USING BTREE ("organization_id");

-- [528/1605] add index time_entries_workspace_id_idx on production.time_entries (schemas/core.yaml:85:16)
CREATE INDEX "time_entries_workspace_id_idx"
    ON "production"."time_entries" USING BTREE ("workspace_id");

-- [529/1605] add index time_entries_created_by_idx on production.time_entries (schemas/core.yaml:87:16)
CREATE INDEX "time_entries_created_by_idx"
    ON "production"."time_entries" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [530/1605] add index time_entries_personnel_id_work_date_idx on production.time_entries (schemas/production.yaml:400:9)
CREATE INDEX "time_entries_personnel_id_work_date_idx"
    ON "production"."time_entries" USING BTREE ("personnel_id", "work_date");

-- [531/1605] add index time_entries_production_id_work_date_idx on production.time_entries (schemas/production.yaml:401:16)
CREATE INDEX "time_entries_production_id_work_date_idx"
    ON "production"."time_entries" USING BTREE ("production_id", "work_date") WHERE production_id IS NOT NULL;

-- [532/1605] add index time_entries_project_task_id_idx on production.time_entries (schemas/production.yaml:403:16)
CREATE INDEX "time_entries_project_task_id_idx"
    ON "production"."time_entries" USING BTREE ("project_task_id") WHERE project_task_id IS NOT NULL;

-- [533/1605] add index time_entries_custom_fields_idx on production.time_entries (schemas/production.yaml:379:68)
CREATE INDEX "time_entries_custom_fields_idx"
    ON "production"."time_entries" USING GIN ("custom_fields");

-- [534/1605] add index training_records_organization_id_idx on production.training_records (schemas/production.yaml:407:23)
CREATE INDEX "training_records_organization_id_idx"
    ON "production"."training_records" USING BTREE ("organization_id");

-- [535/1605] add index training_records_workspace_id_idx on production.training_records (schemas/core.yaml:85:16)
CREATE INDEX "training_records_workspace_id_idx"
    ON "production"."training_records" USING BTREE ("workspace_id");

-- [536/1605] add index training_records_created_by_idx on production.training_records (schemas/core.yaml:87:16)
CREATE INDEX "training_records_created_by_idx"
    ON "production"."training_records" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [537/1605] add index training_records_personnel_id_idx on production.training_records (schemas/production.yaml:424:9)
CREATE INDEX "training_records_personnel_id_idx"
    ON "production"."training_records" USING BTREE ("personnel_id");

-- [538/1605] add index training_records_organization_id_expires_on_idx on production.training_records (schemas/production.yaml:425:16)
CREATE INDEX "training_records_organization_id_expires_on_idx"
    ON "production"."training_records" USING BTREE ("organization_id", "expires_on") WHERE expires_on IS NOT NULL;

-- [539/1605] add index training_records_certificate_file_id_idx on production.training_records (schemas/production.yaml:427:16)
CREATE INDEX "training_records_certificate_file_id_idx"
    ON "production"."training_records" USING BTREE ("certificate_file_id") WHERE certificate_file_id IS NOT NULL;

-- [540/1605] add index training_records_custom_fields_idx on production.training_records (schemas/production.yaml:407:68)
CREATE INDEX "training_records_custom_fields_idx"
    ON "production"."training_records" USING GIN ("custom_fields");

-- [541/1605] add index asset_maintenance_organization_id_idx on resources.asset_maintenance (schemas/resources.yaml:97:23)
CREATE INDEX "asset_maintenance_organization_id_idx"
    ON "resources"."asset_maintenance" USING BTREE ("organization_id");

-- [542/1605] add index asset_maintenance_workspace_id_idx on resources.asset_maintenance (schemas/core.yaml:85:16)
CREATE INDEX "asset_maintenance_workspace_id_idx"
    ON "resources"."asset_maintenance" USING BTREE ("workspace_id");

-- [543/1605] add index asset_maintenance_created_by_idx on resources.asset_maintenance (schemas/core.yaml:87:16)
CREATE INDEX "asset_maintenance_created_by_idx"
    ON "resources"."asset_maintenance" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [544/1605] add index asset_maintenance_asset_id_scheduled_for_idx on resources.asset_maintenance (schemas/resources.yaml:114:9)
CREATE INDEX "asset_maintenance_asset_id_scheduled_for_idx"
    ON "resources"."asset_maintenance" USING BTREE ("asset_id", "scheduled_for");

-- [545/1605] add index asset_maintenance_workspace_id_scheduled_for_idx on resources.asset_maintenance (schemas/resources.yaml:115:16)
CREATE INDEX "asset_maintenance_workspace_id_scheduled_for_idx"
    ON "resources"."asset_maintenance" USING BTREE ("workspace_id", "scheduled_for") WHERE status <> 'done';

-- [546/1605] add index asset_maintenance_vendor_company_id_idx on resources.asset_maintenance (schemas/resources.yaml:117:16)
CREATE INDEX "asset_maintenance_vendor_company_id_idx"
    ON "resources"."asset_maintenance" USING BTREE ("vendor_company_id") WHERE vendor_company_id IS NOT NULL;

-- [547/1605] add index asset_maintenance_custom_fields_idx on resources.asset_maintenance (schemas/resources.yaml:97:68)
CREATE INDEX "asset_maintenance_custom_fields_idx"
    ON "resources"."asset_maintenance" USING GIN ("custom_fields");

-- [548/1605] add index asset_transactions_organization_id_idx on resources.asset_transactions (schemas/resources.yaml:60:23)
CREATE INDEX "asset_transactions_organization_id_idx"
    ON "resources"."asset_transactions" USING BTREE ("organization_id");

-- [549/1605] add index asset_transactions_workspace_id_idx on resources.asset_transactions (schemas/core.yaml:85:16)
CREATE INDEX "asset_transactions_workspace_id_idx"
    ON "resources"."asset_transactions" USING BTREE ("workspace_id");

-- [550/1605] add index asset_transactions_created_by_idx on resources.asset_transactions (schemas/core.yaml:87:16)
CREATE INDEX "asset_transactions_created_by_idx"
    ON "resources"."asset_transactions" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [551/1605] add index asset_transactions_asset_id_checked_out_at_idx on resources.asset_transactions (schemas/resources.yaml:84:16)
CREATE INDEX "asset_transactions_asset_id_checked_out_at_idx"
    ON "resources"."asset_transactions" USING BTREE ("asset_id", "checked_out_at" DESC);

-- [552/1605] add index asset_transactions_workspace_id_due_back_at_idx on resources.asset_transactions (schemas/resources.yaml:85:16)
CREATE INDEX "asset_transactions_workspace_id_due_back_at_idx"
    ON "resources"."asset_transactions" USING BTREE ("workspace_id", "due_back_at") WHERE returned_at IS NULL AND transaction_type = 'check_out';

-- [553/1605] add index asset_transactions_production_id_idx on resources.asset_transactions (schemas/resources.yaml:87:16)
CREATE INDEX "asset_transactions_production_id_idx"
    ON "resources"."asset_transactions" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [554/1605] add index asset_transactions_event_id_idx on resources.asset_transactions (schemas/resources.yaml:89:16)
CREATE INDEX "asset_transactions_event_id_idx"
    ON "resources"."asset_transactions" USING BTREE ("event_id") WHERE event_id IS NOT NULL;

-- [555/1605] add index asset_transactions_custodian_id_idx on resources.asset_transactions (schemas/resources.yaml:91:16)
CREATE INDEX "asset_transactions_custodian_id_idx"
    ON "resources"."asset_transactions" USING BTREE ("custodian_id") WHERE custodian_id IS NOT NULL;

-- [556/1605] add index asset_transactions_location_id_idx on resources.asset_transactions (schemas/resources.yaml:93:16)
CREATE INDEX "asset_transactions_location_id_idx"
    ON "resources"."asset_transactions" USING BTREE ("location_id") WHERE location_id IS NOT NULL;

-- [557/1605] add index asset_transactions_custom_fields_idx on resources.asset_transactions (schemas/resources.yaml:60:68)
CREATE INDEX "asset_transactions_custom_fields_idx"
    ON "resources"."asset_transactions" USING GIN ("custom_fields");

-- [558/1605] add index assets_organization_id_idx on resources.assets (schemas/resources.yaml:27:9)
CREATE INDEX "assets_organization_id_idx"
    ON "resources"."assets" USING BTREE ("organization_id");

-- [559/1605] add index assets_workspace_id_idx on resources.assets (schemas/core.yaml:85:16)
CREATE INDEX "assets_workspace_id_idx"
    ON "resources"."assets" USING BTREE ("workspace_id");

-- [560/1605] add index assets_created_by_idx on resources.assets (schemas/core.yaml:87:16)
CREATE INDEX "assets_created_by_idx"
    ON "resources"."assets" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [561/1605] add index assets_workspace_id_status_idx on resources.assets (schemas/resources.yaml:54:9)
CREATE INDEX "assets_workspace_id_status_idx"
    ON "resources"."assets" USING BTREE ("workspace_id", "status");

-- [562/1605] add index assets_workspace_id_category_idx on resources.assets (schemas/resources.yaml:55:9)
CREATE INDEX "assets_workspace_id_category_idx"
    ON "resources"."assets" USING BTREE ("workspace_id", "category");

-- [563/1605] add index assets_home_location_id_idx on resources.assets (schemas/resources.yaml:56:16)
CREATE INDEX "assets_home_location_id_idx"
    ON "resources"."assets" USING BTREE ("home_location_id") WHERE home_location_id IS NOT NULL;

-- [564/1605] add index assets_custom_fields_idx on resources.assets (schemas/resources.yaml:30:9)
CREATE INDEX "assets_custom_fields_idx"
    ON "resources"."assets" USING GIN ("custom_fields");

-- [565/1605] add index assets_search_vector_idx on resources.assets (schemas/resources.yaml:31:9)
CREATE INDEX "assets_search_vector_idx"
    ON "resources"."assets" USING GIN ("search_vector");

-- [566/1605] add index file_categories_organization_id_idx on resources.file_categories (schemas/resources.yaml:233:23)
CREATE INDEX "file_categories_organization_id_idx"
    ON "resources"."file_categories" USING BTREE ("organization_id");

-- [567/1605] add index file_categories_workspace_id_idx on resources.file_categories (schemas/core.yaml:85:16)
CREATE INDEX "file_categories_workspace_id_idx"
    ON "resources"."file_categories" USING BTREE ("workspace_id");

-- [568/1605] add index file_categories_created_by_idx on resources.file_categories (schemas/core.yaml:87:16)
CREATE INDEX "file_categories_created_by_idx"
    ON "resources"."file_categories" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [569/1605] add index file_categories_parent_category_id_idx on resources.file_categories (schemas/resources.yaml:245:16)
CREATE INDEX "file_categories_parent_category_id_idx"
    ON "resources"."file_categories" USING BTREE ("parent_category_id") WHERE parent_category_id IS NOT NULL;

-- [570/1605] add index file_categories_custom_fields_idx on resources.file_categories (schemas/resources.yaml:233:68)
CREATE INDEX "file_categories_custom_fields_idx"
    ON "resources"."file_categories" USING GIN ("custom_fields");

-- [571/1605] add index file_versions_organization_id_idx on resources.file_versions (schemas/resources.yaml:285:23)
CREATE INDEX "file_versions_organization_id_idx"
    ON "resources"."file_versions" USING BTREE ("organization_id");

-- [572/1605] add index file_versions_workspace_id_idx on resources.file_versions (schemas/core.yaml:85:16)
CREATE INDEX "file_versions_workspace_id_idx"
    ON "resources"."file_versions" USING BTREE ("workspace_id");

-- [573/1605] add index file_versions_created_by_idx on resources.file_versions (schemas/core.yaml:87:16)
CREATE INDEX "file_versions_created_by_idx"
    ON "resources"."file_versions" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [574/1605] add index file_versions_custom_fields_idx on resources.file_versions (schemas/resources.yaml:285:68)
CREATE INDEX "file_versions_custom_fields_idx"
    ON "resources"."file_versions" USING GIN ("custom_fields");

-- [575/1605] add index files_organization_id_idx on resources.files (schemas/resources.yaml:251:9)
CREATE INDEX "files_organization_id_idx"
    ON "resources"."files" USING BTREE ("organization_id");

-- [576/1605] add index files_workspace_id_idx on resources.files (schemas/core.yaml:85:16)
CREATE INDEX "files_workspace_id_idx"
    ON "resources"."files" USING BTREE ("workspace_id");

-- [577/1605] add index files_created_by_idx on resources.files (schemas/core.yaml:87:16)
CREATE INDEX "files_created_by_idx"
    ON "resources"."files" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [578/1605] add index files_workspace_id_created_at_idx on resources.files (schemas/resources.yaml:275:16)
CREATE INDEX "files_workspace_id_created_at_idx"
    ON "resources"."files" USING BTREE ("workspace_id", "created_at" DESC) WHERE NOT is_archived;

-- [579/1605] add index files_category_id_idx on resources.files (schemas/resources.yaml:277:16)
CREATE INDEX "files_category_id_idx"
    ON "resources"."files" USING BTREE ("category_id") WHERE category_id IS NOT NULL;

-- [580/1605] add index files_production_id_idx on resources.files (schemas/resources.yaml:279:16)
CREATE INDEX "files_production_id_idx"
    ON "resources"."files" USING BTREE ("production_id") WHERE production_id IS NOT NULL;

-- [581/1605] add index files_tags_idx on resources.files (schemas/resources.yaml:281:16)
CREATE INDEX "files_tags_idx"
    ON "resources"."files" USING GIN ("tags");

-- [582/1605] add index files_custom_fields_idx on resources.files (schemas/resources.yaml:254:9)
CREATE INDEX "files_custom_fields_idx"
    ON "resources"."files" USING GIN ("custom_fields");

-- [583/1605] add index files_search_vector_idx on resources.files (schemas/resources.yaml:255:9)
CREATE INDEX "files_search_vector_idx"
    ON "resources"."files" USING GIN ("search_vector");

-- [584/1605] add index location_access_organization_id_idx on resources.location_access (schemas/resources.yaml:198:23)
CREATE INDEX "location_access_organization_id_idx"
    ON "resources"."location_access" USING BTREE ("organization_id");

-- [585/1605] add index location_access_workspace_id_idx on resources.location_access (schemas/core.yaml:85:16)
CREATE INDEX "location_access_workspace_id_idx"
    ON "resources"."location_access" USING BTREE ("workspace_id");

-- [586/1605] add index location_access_created_by_idx on resources.location_access (schemas/core.yaml:87:16)
CREATE INDEX "location_access_created_by_idx"
    ON "resources"."location_access" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [587/1605] add index location_access_location_id_idx on resources.location_access (schemas/resources.yaml:211:9)
CREATE INDEX "location_access_location_id_idx"
    ON "resources"."location_access" USING BTREE ("location_id");

-- [588/1605] add index location_access_custom_fields_idx on resources.location_access (schemas/resources.yaml:198:68)
CREATE INDEX "location_access_custom_fields_idx"
    ON "resources"."location_access" USING GIN ("custom_fields");

-- [589/1605] add index location_utilities_organization_id_idx on resources.location_utilities (schemas/resources.yaml:214:23)
CREATE INDEX "location_utilities_organization_id_idx"
    ON "resources"."location_utilities" USING BTREE ("organization_id");

-- [590/1605] add index location_utilities_workspace_id_idx on resources.location_utilities (schemas/core.yaml:85:16)
CREATE INDEX "location_utilities_workspace_id_idx"
    ON "resources"."location_utilities" USING BTREE ("workspace_id");

-- [591/1605] add index location_utilities_created_by_idx on resources.location_utilities (schemas/core.yaml:87:16)
CREATE INDEX "location_utilities_created_by_idx"
    ON "resources"."location_utilities" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [592/1605] add index location_utilities_location_id_utility_type_idx on resources.location_utilities (schemas/resources.yaml:227:9)
CREATE INDEX "location_utilities_location_id_utility_type_idx"
    ON "resources"."location_utilities" USING BTREE ("location_id", "utility_type");

-- [593/1605] add index location_utilities_custom_fields_idx on resources.location_utilities (schemas/resources.yaml:214:68)
CREATE INDEX "location_utilities_custom_fields_idx"
    ON "resources"."location_utilities" USING GIN ("custom_fields");

-- [594/1605] add index locations_organization_id_idx on resources.locations (schemas/resources.yaml:151:23)
CREATE INDEX "locations_organization_id_idx"
    ON "resources"."locations" USING BTREE ("organization_id");

-- [595/1605] add index locations_workspace_id_idx on resources.locations (schemas/core.yaml:85:16)
CREATE INDEX "locations_workspace_id_idx"
    ON "resources"."locations" USING BTREE ("workspace_id");

-- [596/1605] add index locations_created_by_idx on resources.locations (schemas/core.yaml:87:16)
CREATE INDEX "locations_created_by_idx"
    ON "resources"."locations" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [597/1605] add index locations_workspace_id_location_type_idx on resources.locations (schemas/resources.yaml:175:9)
CREATE INDEX "locations_workspace_id_location_type_idx"
    ON "resources"."locations" USING BTREE ("workspace_id", "location_type");

-- [598/1605] add index locations_parent_location_id_idx on resources.locations (schemas/resources.yaml:176:16)
CREATE INDEX "locations_parent_location_id_idx"
    ON "resources"."locations" USING BTREE ("parent_location_id") WHERE parent_location_id IS NOT NULL;

-- [599/1605] add index locations_custom_fields_idx on resources.locations (schemas/resources.yaml:151:68)
CREATE INDEX "locations_custom_fields_idx"
    ON "resources"."locations" USING GIN ("custom_fields");

-- [600/1605] add index production_advances_organization_id_idx on resources.production_advances (schemas/resources.yaml:121:23)
CREATE INDEX "production_advances_organization_id_idx"
    ON "resources"."production_advances" USING BTREE ("organization_id");

-- [601/1605] add index production_advances_workspace_id_idx on resources.production_advances (schemas/core.yaml:85:16)
CREATE INDEX "production_advances_workspace_id_idx"
    ON "resources"."production_advances" USING BTREE ("workspace_id");

-- [602/1605] add index production_advances_created_by_idx on resources.production_advances (schemas/core.yaml:87:16)
CREATE INDEX "production_advances_created_by_idx"
    ON "resources"."production_advances" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [603/1605] add index production_advances_production_id_status_idx on resources.production_advances (schemas/resources.yaml:139:9)
CREATE INDEX "production_advances_production_id_status_idx"
    ON "resources"."production_advances" USING BTREE ("production_id", "status");

-- [604/1605] add index production_advances_event_id_idx on resources.production_advances (schemas/resources.yaml:140:16)
CREATE INDEX "production_advances_event_id_idx"
    ON "resources"."production_advances" USING BTREE ("event_id") WHERE event_id IS NOT NULL;

-- [605/1605] add index production_advances_asset_id_idx on resources.production_advances (schemas/resources.yaml:142:16)
CREATE INDEX "production_advances_asset_id_idx"
    ON "resources"."production_advances" USING BTREE ("asset_id") WHERE asset_id IS NOT NULL;

-- [606/1605] add index production_advances_approved_by_idx on resources.production_advances (schemas/resources.yaml:144:16)
CREATE INDEX "production_advances_approved_by_idx"
    ON "resources"."production_advances" USING BTREE ("approved_by") WHERE approved_by IS NOT NULL;

-- [607/1605] add index production_advances_custom_fields_idx on resources.production_advances (schemas/resources.yaml:121:68)
CREATE INDEX "production_advances_custom_fields_idx"
    ON "resources"."production_advances" USING GIN ("custom_fields");

-- [608/1605] add index site_maps_organization_id_idx on resources.site_maps (schemas/resources.yaml:180:23)
CREATE INDEX "site_maps_organization_id_idx"
    ON "resources"."site_maps" USING BTREE ("organization_id");

-- [609/1605] add index site_maps_workspace_id_idx on resources.site_maps (schemas/core.yaml:85:16)
CREATE INDEX "site_maps_workspace_id_idx"
    ON "resources"."site_maps" USING BTREE ("workspace_id");

-- [610/1605] add index site_maps_created_by_idx on resources.site_maps (schemas/core.yaml:87:16)
CREATE INDEX "site_maps_created_by_idx"
    ON "resources"."site_maps" USING BTREE ("created_by") WHERE created_by IS NOT NULL;

-- [611/1605] add index site_maps_location_id_map_type_idx on resources.site_maps (schemas/resources.yaml:193:9)
CREATE INDEX "site_maps_location_id_map_type_idx"
    ON "resources"."site_maps" USING BTREE ("location_id", "map_type");

-- [612/1605] add index site_maps_file_id_idx on resources.site_maps (schemas/resources.yaml:194:16)
CREATE INDEX "site_maps_file_id_idx"
    ON "resources"."site_maps" USING BTREE ("file_id") WHERE file_id IS NOT NULL;

-- [613/1605] add index site_maps_custom_fields_idx on resources.site_maps (schemas/resources.yaml:180:68)
CREATE INDEX "site_maps_custom_fields_idx"
    ON "resources"."site_maps" USING GIN ("custom_fields");

-- [614/1605] add foreign key activities_created_by_fkey on collab.activities (schemas/core.yaml:74:21)
ALTER TABLE "collab"."activities"
    ADD CONSTRAINT "activities_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [615/1605] add foreign key activities_organization_id_fkey on collab.activities (schemas/collab.yaml:75:23)
ALTER TABLE "collab"."activities"
    ADD CONSTRAINT "activities_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [616/1605] add foreign key activities_organization_id_workspace_id_fkey on collab.activities (schemas/core.yaml:80:16)
ALTER TABLE "collab"."activities"
    ADD CONSTRAINT "activities_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [617/1605] add foreign key activities_user_id_fkey on collab.activities (schemas/collab.yaml:78:43)
ALTER TABLE "collab"."activities"
    ADD CONSTRAINT "activities_user_id_fkey" FOREIGN KEY ("user_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [618/1605] add foreign key comments_created_by_fkey on collab.comments (schemas/core.yaml:74:21)
ALTER TABLE "collab"."comments"
    ADD CONSTRAINT "comments_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [619/1605] add foreign key comments_organization_id_fkey on collab.comments (schemas/collab.yaml:90:23)
ALTER TABLE "collab"."comments"
    ADD CONSTRAINT "comments_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [620/1605] add foreign key comments_organization_id_parent_comment_id_fkey on collab.comments (schemas/collab.yaml:100:9)
ALTER TABLE "collab"."comments"
    ADD CONSTRAINT "comments_organization_id_parent_comment_id_fkey" FOREIGN KEY ("organization_id", "parent_comment_id")
    REFERENCES "collab"."comments" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [621/1605] add foreign key comments_organization_id_workspace_id_fkey on collab.comments (schemas/core.yaml:80:16)
ALTER TABLE "collab"."comments"
    ADD CONSTRAINT "comments_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [622/1605] add foreign key comments_user_id_fkey on collab.comments (schemas/collab.yaml:95:42)
ALTER TABLE "collab"."comments"
    ADD CONSTRAINT "comments_user_id_fkey" FOREIGN KEY ("user_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [623/1605] add foreign key custom_fields_created_by_fkey on collab.custom_fields (schemas/core.yaml:74:21)
ALTER TABLE "collab"."custom_fields"
    ADD CONSTRAINT "custom_fields_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [624/1605] add foreign key custom_fields_organization_id_fkey on collab.custom_fields (schemas/collab.yaml:41:23)
ALTER TABLE "collab"."custom_fields"
    ADD CONSTRAINT "custom_fields_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [625/1605] add foreign key custom_fields_organization_id_workspace_id_fkey on collab.custom_fields (schemas/core.yaml:80:16)
ALTER TABLE "collab"."custom_fields"
    ADD CONSTRAINT "custom_fields_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [626/1605] add foreign key dashboard_widgets_created_by_fkey on collab.dashboard_widgets (schemas/core.yaml:74:21)
ALTER TABLE "collab"."dashboard_widgets"
    ADD CONSTRAINT "dashboard_widgets_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [627/1605] add foreign key dashboard_widgets_organization_id_dashboard_id_fkey on collab.dashboard_widgets (schemas/collab.yaml:178:9)
ALTER TABLE "collab"."dashboard_widgets"
    ADD CONSTRAINT "dashboard_widgets_organization_id_dashboard_id_fkey" FOREIGN KEY ("organization_id", "dashboard_id")
    REFERENCES "collab"."dashboards" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [628/1605] add foreign key dashboard_widgets_organization_id_fkey on collab.dashboard_widgets (schemas/collab.yaml:168:23)
ALTER TABLE "collab"."dashboard_widgets"
    ADD CONSTRAINT "dashboard_widgets_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [629/1605] add foreign key dashboard_widgets_organization_id_workspace_id_fkey on collab.dashboard_widgets (schemas/core.yaml:80:16)
ALTER TABLE "collab"."dashboard_widgets"
    ADD CONSTRAINT "dashboard_widgets_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [630/1605] add foreign key dashboards_created_by_fkey on collab.dashboards (schemas/core.yaml:74:21)
ALTER TABLE "collab"."dashboards"
    ADD CONSTRAINT "dashboards_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [631/1605] add foreign key dashboards_organization_id_fkey on collab.dashboards (schemas/collab.yaml:153:23)
ALTER TABLE "collab"."dashboards"
    ADD CONSTRAINT "dashboards_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [632/1605] add foreign key dashboards_organization_id_workspace_id_fkey on collab.dashboards (schemas/core.yaml:80:16)
ALTER TABLE "collab"."dashboards"
    ADD CONSTRAINT "dashboards_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [633/1605] add foreign key notifications_created_by_fkey on collab.notifications (schemas/core.yaml:74:21)
ALTER TABLE "collab"."notifications"
    ADD CONSTRAINT "notifications_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [634/1605] add foreign key notifications_organization_id_fkey on collab.notifications (schemas/collab.yaml:112:9)
ALTER TABLE "collab"."notifications"
    ADD CONSTRAINT "notifications_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [635/1605] add foreign key notifications_organization_id_workspace_id_fkey on collab.notifications (schemas/core.yaml:80:16)
ALTER TABLE "collab"."notifications"
    ADD CONSTRAINT "notifications_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [636/1605] add foreign key notifications_user_id_fkey on collab.notifications (schemas/collab.yaml:118:42)
ALTER TABLE "collab"."notifications"
    ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [637/1605] add foreign key user_presence_created_by_fkey on collab.user_presence (schemas/core.yaml:74:21)
ALTER TABLE "collab"."user_presence"
    ADD CONSTRAINT "user_presence_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [638/1605] add foreign key user_presence_organization_id_fkey on collab.user_presence (schemas/collab.yaml:134:23)
ALTER TABLE "collab"."user_presence"
    ADD CONSTRAINT "user_presence_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [639/1605] add foreign key user_presence_organization_id_workspace_id_fkey on collab.user_presence (schemas/core.yaml:80:16)
ALTER TABLE "collab"."user_presence"
    ADD CONSTRAINT "user_presence_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [640/1605] add foreign key user_presence_user_id_fkey on collab.user_presence (schemas/collab.yaml:137:42)
ALTER TABLE "collab"."user_presence"
    ADD CONSTRAINT "user_presence_user_id_fkey" FOREIGN KEY ("user_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [641/1605] add foreign key views_created_by_fkey on collab.views (schemas/core.yaml:74:21)
ALTER TABLE "collab"."views"
    ADD CONSTRAINT "views_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [642/1605] add foreign key views_organization_id_fkey on collab.views (schemas/collab.yaml:60:23)
ALTER TABLE "collab"."views"
    ADD CONSTRAINT "views_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [643/1605] add foreign key views_organization_id_workspace_id_fkey on collab.views (schemas/core.yaml:80:16)
ALTER TABLE "collab"."views"
    ADD CONSTRAINT "views_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [644/1605] add foreign key api_tokens_created_by_fkey on core.api_tokens (schemas/core.yaml:74:21)
ALTER TABLE "core"."api_tokens"
    ADD CONSTRAINT "api_tokens_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [645/1605] add foreign key api_tokens_organization_id_fkey on core.api_tokens (schemas/core.yaml:211:9)
ALTER TABLE "core"."api_tokens"
    ADD CONSTRAINT "api_tokens_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [646/1605] add foreign key api_tokens_organization_id_workspace_id_fkey on core.api_tokens (schemas/core.yaml:80:16)
ALTER TABLE "core"."api_tokens"
    ADD CONSTRAINT "api_tokens_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [647/1605] add foreign key audit_logs_created_by_fkey on core.audit_logs (schemas/core.yaml:74:21)
ALTER TABLE "core"."audit_logs"
    ADD CONSTRAINT "audit_logs_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [648/1605] add foreign key audit_logs_organization_id_fkey on core.audit_logs (schemas/core.yaml:254:9)
ALTER TABLE "core"."audit_logs"
    ADD CONSTRAINT "audit_logs_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [649/1605] add foreign key audit_logs_organization_id_workspace_id_fkey on core.audit_logs (schemas/core.yaml:80:16)
ALTER TABLE "core"."audit_logs"
    ADD CONSTRAINT "audit_logs_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [650/1605] add foreign key organization_members_organization_id_fkey on core.organization_members (schemas/core.yaml:167:23)
ALTER TABLE "core"."organization_members"
    ADD CONSTRAINT "organization_members_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [651/1605] add foreign key organization_members_user_id_fkey on core.organization_members (schemas/core.yaml:170:42)
ALTER TABLE "core"."organization_members"
    ADD CONSTRAINT "organization_members_user_id_fkey" FOREIGN KEY ("user_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [652/1605] add foreign key roles_created_by_fkey on core.roles (schemas/core.yaml:74:21)
ALTER TABLE "core"."roles"
    ADD CONSTRAINT "roles_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [653/1605] add foreign key roles_organization_id_fkey on core.roles (schemas/core.yaml:188:9)
ALTER TABLE "core"."roles"
    ADD CONSTRAINT "roles_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [654/1605] add foreign key roles_organization_id_workspace_id_fkey on core.roles (schemas/core.yaml:80:16)
ALTER TABLE "core"."roles"
    ADD CONSTRAINT "roles_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [655/1605] add foreign key webhooks_created_by_fkey on core.webhooks (schemas/core.yaml:74:21)
ALTER TABLE "core"."webhooks"
    ADD CONSTRAINT "webhooks_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [656/1605] add foreign key webhooks_organization_id_fkey on core.webhooks (schemas/core.yaml:232:9)
ALTER TABLE "core"."webhooks"
    ADD CONSTRAINT "webhooks_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [657/1605] add foreign key webhooks_organization_id_workspace_id_fkey on core.webhooks (schemas/core.yaml:80:16)
ALTER TABLE "core"."webhooks"
    ADD CONSTRAINT "webhooks_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [658/1605] add foreign key workspaces_organization_id_fkey on core.workspaces (schemas/core.yaml:152:23)
ALTER TABLE "core"."workspaces"
    ADD CONSTRAINT "workspaces_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [659/1605] add foreign key approval_requests_approver_id_fkey on finance.approval_requests (schemas/finance.yaml:405:46)
ALTER TABLE "finance"."approval_requests"
    ADD CONSTRAINT "approval_requests_approver_id_fkey" FOREIGN KEY ("approver_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [660/1605] add foreign key approval_requests_created_by_fkey on finance.approval_requests (schemas/core.yaml:74:21)
ALTER TABLE "finance"."approval_requests"
    ADD CONSTRAINT "approval_requests_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [661/1605] add foreign key approval_requests_organization_id_fkey on finance.approval_requests (schemas/finance.yaml:399:23)
ALTER TABLE "finance"."approval_requests"
    ADD CONSTRAINT "approval_requests_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [662/1605] add foreign key approval_requests_organization_id_workspace_id_fkey on finance.approval_requests (schemas/core.yaml:80:16)
ALTER TABLE "finance"."approval_requests"
    ADD CONSTRAINT "approval_requests_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [663/1605] add foreign key budget_line_items_created_by_fkey on finance.budget_line_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."budget_line_items"
    ADD CONSTRAINT "budget_line_items_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [664/1605] add foreign key budget_line_items_organization_id_budget_id_fkey on finance.budget_line_items (schemas/finance.yaml:62:9)
ALTER TABLE "finance"."budget_line_items"
    ADD CONSTRAINT "budget_line_items_organization_id_budget_id_fkey" FOREIGN KEY ("organization_id", "budget_id")
    REFERENCES "finance"."budgets" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [665/1605] add foreign key budget_line_items_organization_id_fkey on finance.budget_line_items (schemas/finance.yaml:53:23)
ALTER TABLE "finance"."budget_line_items"
    ADD CONSTRAINT "budget_line_items_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [666/1605] add foreign key budget_line_items_organization_id_workspace_id_fkey on finance.budget_line_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."budget_line_items"
    ADD CONSTRAINT "budget_line_items_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [667/1605] add foreign key budgets_approved_by_fkey on finance.budgets (schemas/finance.yaml:39:47)
ALTER TABLE "finance"."budgets"
    ADD CONSTRAINT "budgets_approved_by_fkey" FOREIGN KEY ("approved_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [668/1605] add foreign key budgets_created_by_fkey on finance.budgets (schemas/core.yaml:74:21)
ALTER TABLE "finance"."budgets"
    ADD CONSTRAINT "budgets_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [669/1605] add foreign key budgets_organization_id_fkey on finance.budgets (schemas/finance.yaml:30:23)
ALTER TABLE "finance"."budgets"
    ADD CONSTRAINT "budgets_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [670/1605] add foreign key budgets_organization_id_production_id_fkey on finance.budgets (schemas/finance.yaml:42:9)
ALTER TABLE "finance"."budgets"
    ADD CONSTRAINT "budgets_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [671/1605] add foreign key budgets_organization_id_workspace_id_fkey on finance.budgets (schemas/core.yaml:80:16)
ALTER TABLE "finance"."budgets"
    ADD CONSTRAINT "budgets_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [672/1605] add foreign key expense_items_created_by_fkey on finance.expense_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."expense_items"
    ADD CONSTRAINT "expense_items_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [673/1605] add foreign key expense_items_organization_id_budget_line_item_id_fkey on finance.expense_items (schemas/finance.yaml:281:9)
ALTER TABLE "finance"."expense_items"
    ADD CONSTRAINT "expense_items_organization_id_budget_line_item_id_fkey" FOREIGN KEY ("organization_id", "budget_line_item_id")
    REFERENCES "finance"."budget_line_items" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [674/1605] add foreign key expense_items_organization_id_expense_report_id_fkey on finance.expense_items (schemas/finance.yaml:279:9)
ALTER TABLE "finance"."expense_items"
    ADD CONSTRAINT "expense_items_organization_id_expense_report_id_fkey" FOREIGN KEY ("organization_id", "expense_report_id")
    REFERENCES "finance"."expense_reports" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [675/1605] add foreign key expense_items_organization_id_fkey on finance.expense_items (schemas/finance.yaml:266:23)
ALTER TABLE "finance"."expense_items"
    ADD CONSTRAINT "expense_items_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [676/1605] add foreign key expense_items_organization_id_receipt_file_id_fkey on finance.expense_items (schemas/finance.yaml:280:9)
ALTER TABLE "finance"."expense_items"
    ADD CONSTRAINT "expense_items_organization_id_receipt_file_id_fkey" FOREIGN KEY ("organization_id", "receipt_file_id")
    REFERENCES "resources"."files" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [677/1605] add foreign key expense_items_organization_id_workspace_id_fkey on finance.expense_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."expense_items"
    ADD CONSTRAINT "expense_items_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [678/1605] add foreign key expense_reports_approved_by_fkey on finance.expense_reports (schemas/finance.yaml:250:47)
ALTER TABLE "finance"."expense_reports"
    ADD CONSTRAINT "expense_reports_approved_by_fkey" FOREIGN KEY ("approved_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [679/1605] add foreign key expense_reports_created_by_fkey on finance.expense_reports (schemas/core.yaml:74:21)
ALTER TABLE "finance"."expense_reports"
    ADD CONSTRAINT "expense_reports_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [680/1605] add foreign key expense_reports_organization_id_fkey on finance.expense_reports (schemas/finance.yaml:238:23)
ALTER TABLE "finance"."expense_reports"
    ADD CONSTRAINT "expense_reports_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [681/1605] add foreign key expense_reports_organization_id_personnel_id_fkey on finance.expense_reports (schemas/finance.yaml:254:9)
ALTER TABLE "finance"."expense_reports"
    ADD CONSTRAINT "expense_reports_organization_id_personnel_id_fkey" FOREIGN KEY ("organization_id", "personnel_id")
    REFERENCES "production"."personnel" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [682/1605] add foreign key expense_reports_organization_id_production_id_fkey on finance.expense_reports (schemas/finance.yaml:255:9)
ALTER TABLE "finance"."expense_reports"
    ADD CONSTRAINT "expense_reports_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [683/1605] add foreign key expense_reports_organization_id_workspace_id_fkey on finance.expense_reports (schemas/core.yaml:80:16)
ALTER TABLE "finance"."expense_reports"
    ADD CONSTRAINT "expense_reports_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [684/1605] add foreign key financial_transactions_created_by_fkey on finance.financial_transactions (schemas/core.yaml:74:21)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [685/1605] add foreign key financial_transactions_organization_id_budget_line_item_id_fkey on finance.financial_transactions (schemas/finance.yaml:89:9)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_budget_line_item_id_fkey" FOREIGN KEY ("organization_id", "budget_line_item_id")
    REFERENCES "finance"."budget_line_items" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [686/1605] add foreign key financial_transactions_organization_id_company_id_fkey on finance.financial_transactions (schemas/finance.yaml:91:9)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_company_id_fkey" FOREIGN KEY ("organization_id", "company_id")
    REFERENCES "network"."companies" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [687/1605] add foreign key financial_transactions_organization_id_expense_report_id_fkey on finance.financial_transactions (schemas/finance.yaml:94:9)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_expense_report_id_fkey" FOREIGN KEY ("organization_id", "expense_report_id")
    REFERENCES "finance"."expense_reports" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [688/1605] add foreign key financial_transactions_organization_id_fkey on finance.financial_transactions (schemas/finance.yaml:67:23)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [689/1605] add foreign key financial_transactions_organization_id_invoice_id_fkey on finance.financial_transactions (schemas/finance.yaml:92:9)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_invoice_id_fkey" FOREIGN KEY ("organization_id", "invoice_id")
    REFERENCES "finance"."invoices" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [690/1605] add foreign key financial_transactions_organization_id_payment_method_id_fkey on finance.financial_transactions (schemas/finance.yaml:96:9)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_payment_method_id_fkey" FOREIGN KEY ("organization_id", "payment_method_id")
    REFERENCES "finance"."payment_methods" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [691/1605] add foreign key financial_transactions_organization_id_payroll_record_id_fkey on finance.financial_transactions (schemas/finance.yaml:95:9)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_payroll_record_id_fkey" FOREIGN KEY ("organization_id", "payroll_record_id")
    REFERENCES "finance"."payroll_records" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [692/1605] add foreign key financial_transactions_organization_id_production_id_fkey on finance.financial_transactions (schemas/finance.yaml:90:9)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [693/1605] add foreign key financial_transactions_organization_id_purchase_order_id_fkey on finance.financial_transactions (schemas/finance.yaml:93:9)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_purchase_order_id_fkey" FOREIGN KEY ("organization_id", "purchase_order_id")
    REFERENCES "finance"."purchase_orders" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [694/1605] add foreign key financial_transactions_organization_id_workspace_id_fkey on finance.financial_transactions (schemas/core.yaml:80:16)
ALTER TABLE "finance"."financial_transactions"
    ADD CONSTRAINT "financial_transactions_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [695/1605] add foreign key invoice_items_created_by_fkey on finance.invoice_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."invoice_items"
    ADD CONSTRAINT "invoice_items_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [696/1605] add foreign key invoice_items_organization_id_fkey on finance.invoice_items (schemas/finance.yaml:150:23)
ALTER TABLE "finance"."invoice_items"
    ADD CONSTRAINT "invoice_items_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [697/1605] add foreign key invoice_items_organization_id_invoice_id_fkey on finance.invoice_items (schemas/finance.yaml:160:9)
ALTER TABLE "finance"."invoice_items"
    ADD CONSTRAINT "invoice_items_organization_id_invoice_id_fkey" FOREIGN KEY ("organization_id", "invoice_id")
    REFERENCES "finance"."invoices" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [698/1605] add foreign key invoice_items_organization_id_workspace_id_fkey on finance.invoice_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."invoice_items"
    ADD CONSTRAINT "invoice_items_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [699/1605] add foreign key invoices_created_by_fkey on finance.invoices (schemas/core.yaml:74:21)
ALTER TABLE "finance"."invoices"
    ADD CONSTRAINT "invoices_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [700/1605] add foreign key invoices_organization_id_company_id_fkey on finance.invoices (schemas/finance.yaml:136:9)
ALTER TABLE "finance"."invoices"
    ADD CONSTRAINT "invoices_organization_id_company_id_fkey" FOREIGN KEY ("organization_id", "company_id")
    REFERENCES "network"."companies" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [701/1605] add foreign key invoices_organization_id_fkey on finance.invoices (schemas/finance.yaml:118:23)
ALTER TABLE "finance"."invoices"
    ADD CONSTRAINT "invoices_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [702/1605] add foreign key invoices_organization_id_production_id_fkey on finance.invoices (schemas/finance.yaml:137:9)
ALTER TABLE "finance"."invoices"
    ADD CONSTRAINT "invoices_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [703/1605] add foreign key invoices_organization_id_workspace_id_fkey on finance.invoices (schemas/core.yaml:80:16)
ALTER TABLE "finance"."invoices"
    ADD CONSTRAINT "invoices_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [704/1605] add foreign key payment_methods_created_by_fkey on finance.payment_methods (schemas/core.yaml:74:21)
ALTER TABLE "finance"."payment_methods"
    ADD CONSTRAINT "payment_methods_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [705/1605] add foreign key payment_methods_organization_id_fkey on finance.payment_methods (schemas/finance.yaml:221:23)
ALTER TABLE "finance"."payment_methods"
    ADD CONSTRAINT "payment_methods_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [706/1605] add foreign key payment_methods_organization_id_workspace_id_fkey on finance.payment_methods (schemas/core.yaml:80:16)
ALTER TABLE "finance"."payment_methods"
    ADD CONSTRAINT "payment_methods_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [707/1605] add foreign key payroll_items_created_by_fkey on finance.payroll_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."payroll_items"
    ADD CONSTRAINT "payroll_items_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [708/1605] add foreign key payroll_items_organization_id_fkey on finance.payroll_items (schemas/finance.yaml:317:23)
ALTER TABLE "finance"."payroll_items"
    ADD CONSTRAINT "payroll_items_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [709/1605] add foreign key payroll_items_organization_id_payroll_record_id_fkey on finance.payroll_items (schemas/finance.yaml:327:9)
ALTER TABLE "finance"."payroll_items"
    ADD CONSTRAINT "payroll_items_organization_id_payroll_record_id_fkey" FOREIGN KEY ("organization_id", "payroll_record_id")
    REFERENCES "finance"."payroll_records" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [710/1605] add foreign key payroll_items_organization_id_workspace_id_fkey on finance.payroll_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."payroll_items"
    ADD CONSTRAINT "payroll_items_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [711/1605] add foreign key payroll_records_created_by_fkey on finance.payroll_records (schemas/core.yaml:74:21)
ALTER TABLE "finance"."payroll_records"
    ADD CONSTRAINT "payroll_records_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [712/1605] add foreign key payroll_records_organization_id_fkey on finance.payroll_records (schemas/finance.yaml:290:23)
ALTER TABLE "finance"."payroll_records"
    ADD CONSTRAINT "payroll_records_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [713/1605] add foreign key payroll_records_organization_id_personnel_id_fkey on finance.payroll_records (schemas/finance.yaml:305:9)
ALTER TABLE "finance"."payroll_records"
    ADD CONSTRAINT "payroll_records_organization_id_personnel_id_fkey" FOREIGN KEY ("organization_id", "personnel_id")
    REFERENCES "production"."personnel" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [714/1605] add foreign key payroll_records_organization_id_workspace_id_fkey on finance.payroll_records (schemas/core.yaml:80:16)
ALTER TABLE "finance"."payroll_records"
    ADD CONSTRAINT "payroll_records_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [715/1605] add foreign key po_items_created_by_fkey on finance.po_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."po_items"
    ADD CONSTRAINT "po_items_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [716/1605] add foreign key po_items_organization_id_budget_line_item_id_fkey on finance.po_items (schemas/finance.yaml:214:9)
ALTER TABLE "finance"."po_items"
    ADD CONSTRAINT "po_items_organization_id_budget_line_item_id_fkey" FOREIGN KEY ("organization_id", "budget_line_item_id")
    REFERENCES "finance"."budget_line_items" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [717/1605] add foreign key po_items_organization_id_fkey on finance.po_items (schemas/finance.yaml:202:23)
ALTER TABLE "finance"."po_items"
    ADD CONSTRAINT "po_items_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [718/1605] add foreign key po_items_organization_id_purchase_order_id_fkey on finance.po_items (schemas/finance.yaml:213:9)
ALTER TABLE "finance"."po_items"
    ADD CONSTRAINT "po_items_organization_id_purchase_order_id_fkey" FOREIGN KEY ("organization_id", "purchase_order_id")
    REFERENCES "finance"."purchase_orders" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [719/1605] add foreign key po_items_organization_id_workspace_id_fkey on finance.po_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."po_items"
    ADD CONSTRAINT "po_items_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [720/1605] add foreign key purchase_orders_approved_by_fkey on finance.purchase_orders (schemas/finance.yaml:184:47)
ALTER TABLE "finance"."purchase_orders"
    ADD CONSTRAINT "purchase_orders_approved_by_fkey" FOREIGN KEY ("approved_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [721/1605] add foreign key purchase_orders_created_by_fkey on finance.purchase_orders (schemas/core.yaml:74:21)
ALTER TABLE "finance"."purchase_orders"
    ADD CONSTRAINT "purchase_orders_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [722/1605] add foreign key purchase_orders_organization_id_company_id_fkey on finance.purchase_orders (schemas/finance.yaml:186:9)
ALTER TABLE "finance"."purchase_orders"
    ADD CONSTRAINT "purchase_orders_organization_id_company_id_fkey" FOREIGN KEY ("organization_id", "company_id")
    REFERENCES "network"."companies" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [723/1605] add foreign key purchase_orders_organization_id_fkey on finance.purchase_orders (schemas/finance.yaml:170:23)
ALTER TABLE "finance"."purchase_orders"
    ADD CONSTRAINT "purchase_orders_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [724/1605] add foreign key purchase_orders_organization_id_production_id_fkey on finance.purchase_orders (schemas/finance.yaml:187:9)
ALTER TABLE "finance"."purchase_orders"
    ADD CONSTRAINT "purchase_orders_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [725/1605] add foreign key purchase_orders_organization_id_requisition_id_fkey on finance.purchase_orders (schemas/finance.yaml:188:9)
ALTER TABLE "finance"."purchase_orders"
    ADD CONSTRAINT "purchase_orders_organization_id_requisition_id_fkey" FOREIGN KEY ("organization_id", "requisition_id")
    REFERENCES "finance"."requisitions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [726/1605] add foreign key purchase_orders_organization_id_workspace_id_fkey on finance.purchase_orders (schemas/core.yaml:80:16)
ALTER TABLE "finance"."purchase_orders"
    ADD CONSTRAINT "purchase_orders_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [727/1605] add foreign key requisition_items_created_by_fkey on finance.requisition_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."requisition_items"
    ADD CONSTRAINT "requisition_items_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [728/1605] add foreign key requisition_items_organization_id_fkey on finance.requisition_items (schemas/finance.yaml:353:23)
ALTER TABLE "finance"."requisition_items"
    ADD CONSTRAINT "requisition_items_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [729/1605] add foreign key requisition_items_organization_id_preferred_company_id_fkey on finance.requisition_items (schemas/finance.yaml:363:9)
ALTER TABLE "finance"."requisition_items"
    ADD CONSTRAINT "requisition_items_organization_id_preferred_company_id_fkey" FOREIGN KEY ("organization_id", "preferred_company_id")
    REFERENCES "network"."companies" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [730/1605] add foreign key requisition_items_organization_id_requisition_id_fkey on finance.requisition_items (schemas/finance.yaml:362:9)
ALTER TABLE "finance"."requisition_items"
    ADD CONSTRAINT "requisition_items_organization_id_requisition_id_fkey" FOREIGN KEY ("organization_id", "requisition_id")
    REFERENCES "finance"."requisitions" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [731/1605] add foreign key requisition_items_organization_id_workspace_id_fkey on finance.requisition_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."requisition_items"
    ADD CONSTRAINT "requisition_items_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [732/1605] add foreign key requisitions_created_by_fkey on finance.requisitions (schemas/core.yaml:74:21)
ALTER TABLE "finance"."requisitions"
    ADD CONSTRAINT "requisitions_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [733/1605] add foreign key requisitions_organization_id_fkey on finance.requisitions (schemas/finance.yaml:335:23)
ALTER TABLE "finance"."requisitions"
    ADD CONSTRAINT "requisitions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [734/1605] add foreign key requisitions_organization_id_production_id_fkey on finance.requisitions (schemas/finance.yaml:346:9)
ALTER TABLE "finance"."requisitions"
    ADD CONSTRAINT "requisitions_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [735/1605] add foreign key requisitions_organization_id_workspace_id_fkey on finance.requisitions (schemas/core.yaml:80:16)
ALTER TABLE "finance"."requisitions"
    ADD CONSTRAINT "requisitions_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [736/1605] add foreign key rfqs_created_by_fkey on finance.rfqs (schemas/core.yaml:74:21)
ALTER TABLE "finance"."rfqs"
    ADD CONSTRAINT "rfqs_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [737/1605] add foreign key rfqs_organization_id_awarded_company_id_fkey on finance.rfqs (schemas/finance.yaml:384:9)
ALTER TABLE "finance"."rfqs"
    ADD CONSTRAINT "rfqs_organization_id_awarded_company_id_fkey" FOREIGN KEY ("organization_id", "awarded_company_id")
    REFERENCES "network"."companies" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [738/1605] add foreign key rfqs_organization_id_fkey on finance.rfqs (schemas/finance.yaml:370:23)
ALTER TABLE "finance"."rfqs"
    ADD CONSTRAINT "rfqs_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [739/1605] add foreign key rfqs_organization_id_requisition_id_fkey on finance.rfqs (schemas/finance.yaml:383:9)
ALTER TABLE "finance"."rfqs"
    ADD CONSTRAINT "rfqs_organization_id_requisition_id_fkey" FOREIGN KEY ("organization_id", "requisition_id")
    REFERENCES "finance"."requisitions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [740/1605] add foreign key rfqs_organization_id_workspace_id_fkey on finance.rfqs (schemas/core.yaml:80:16)
ALTER TABLE "finance"."rfqs"
    ADD CONSTRAINT "rfqs_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [741/1605] add foreign key community_posts_created_by_fkey on network.community_posts (schemas/core.yaml:74:21)
ALTER TABLE "network"."community_posts"
    ADD CONSTRAINT "community_posts_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [742/1605] add foreign key community_posts_organization_id_fkey on network.community_posts (schemas/network.yaml:188:9)
ALTER TABLE "network"."community_posts"
    ADD CONSTRAINT "community_posts_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [743/1605] add foreign key community_posts_organization_id_workspace_id_fkey on network.community_posts (schemas/core.yaml:80:16)
ALTER TABLE "network"."community_posts"
    ADD CONSTRAINT "community_posts_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [744/1605] add foreign key companies_created_by_fkey on network.companies (schemas/core.yaml:74:21)
ALTER TABLE "network"."companies"
    ADD CONSTRAINT "companies_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [745/1605] add foreign key companies_organization_id_fkey on network.companies (schemas/network.yaml:105:9)
ALTER TABLE "network"."companies"
    ADD CONSTRAINT "companies_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [746/1605] add foreign key companies_organization_id_workspace_id_fkey on network.companies (schemas/core.yaml:80:16)
ALTER TABLE "network"."companies"
    ADD CONSTRAINT "companies_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [747/1605] add foreign key company_contacts_created_by_fkey on network.company_contacts (schemas/core.yaml:74:21)
ALTER TABLE "network"."company_contacts"
    ADD CONSTRAINT "company_contacts_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [748/1605] add foreign key company_contacts_organization_id_company_id_fkey on network.company_contacts (schemas/network.yaml:142:9)
ALTER TABLE "network"."company_contacts"
    ADD CONSTRAINT "company_contacts_organization_id_company_id_fkey" FOREIGN KEY ("organization_id", "company_id")
    REFERENCES "network"."companies" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [749/1605] add foreign key company_contacts_organization_id_fkey on network.company_contacts (schemas/network.yaml:131:23)
ALTER TABLE "network"."company_contacts"
    ADD CONSTRAINT "company_contacts_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [750/1605] add foreign key company_contacts_organization_id_workspace_id_fkey on network.company_contacts (schemas/core.yaml:80:16)
ALTER TABLE "network"."company_contacts"
    ADD CONSTRAINT "company_contacts_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [751/1605] add foreign key connections_addressee_id_fkey on network.connections (schemas/network.yaml:231:47)
ALTER TABLE "network"."connections"
    ADD CONSTRAINT "connections_addressee_id_fkey" FOREIGN KEY ("addressee_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [752/1605] add foreign key connections_created_by_fkey on network.connections (schemas/core.yaml:74:21)
ALTER TABLE "network"."connections"
    ADD CONSTRAINT "connections_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [753/1605] add foreign key connections_organization_id_fkey on network.connections (schemas/network.yaml:224:9)
ALTER TABLE "network"."connections"
    ADD CONSTRAINT "connections_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [754/1605] add foreign key connections_organization_id_workspace_id_fkey on network.connections (schemas/core.yaml:80:16)
ALTER TABLE "network"."connections"
    ADD CONSTRAINT "connections_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [755/1605] add foreign key connections_requester_id_fkey on network.connections (schemas/network.yaml:230:47)
ALTER TABLE "network"."connections"
    ADD CONSTRAINT "connections_requester_id_fkey" FOREIGN KEY ("requester_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [756/1605] add foreign key contracts_created_by_fkey on network.contracts (schemas/core.yaml:74:21)
ALTER TABLE "network"."contracts"
    ADD CONSTRAINT "contracts_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [757/1605] add foreign key contracts_organization_id_company_id_fkey on network.contracts (schemas/network.yaml:167:9)
ALTER TABLE "network"."contracts"
    ADD CONSTRAINT "contracts_organization_id_company_id_fkey" FOREIGN KEY ("organization_id", "company_id")
    REFERENCES "network"."companies" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [758/1605] add foreign key contracts_organization_id_file_id_fkey on network.contracts (schemas/network.yaml:169:9)
ALTER TABLE "network"."contracts"
    ADD CONSTRAINT "contracts_organization_id_file_id_fkey" FOREIGN KEY ("organization_id", "file_id")
    REFERENCES "resources"."files" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [759/1605] add foreign key contracts_organization_id_fkey on network.contracts (schemas/network.yaml:151:23)
ALTER TABLE "network"."contracts"
    ADD CONSTRAINT "contracts_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [760/1605] add foreign key contracts_organization_id_production_id_fkey on network.contracts (schemas/network.yaml:168:9)
ALTER TABLE "network"."contracts"
    ADD CONSTRAINT "contracts_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [761/1605] add foreign key contracts_organization_id_workspace_id_fkey on network.contracts (schemas/core.yaml:80:16)
ALTER TABLE "network"."contracts"
    ADD CONSTRAINT "contracts_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [762/1605] add foreign key endorsements_created_by_fkey on network.endorsements (schemas/core.yaml:74:21)
ALTER TABLE "network"."endorsements"
    ADD CONSTRAINT "endorsements_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [763/1605] add foreign key endorsements_endorser_id_fkey on network.endorsements (schemas/network.yaml:61:46)
ALTER TABLE "network"."endorsements"
    ADD CONSTRAINT "endorsements_endorser_id_fkey" FOREIGN KEY ("endorser_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [764/1605] add foreign key endorsements_organization_id_fkey on network.endorsements (schemas/network.yaml:54:9)
ALTER TABLE "network"."endorsements"
    ADD CONSTRAINT "endorsements_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [765/1605] add foreign key endorsements_organization_id_profile_id_fkey on network.endorsements (schemas/network.yaml:65:9)
ALTER TABLE "network"."endorsements"
    ADD CONSTRAINT "endorsements_organization_id_profile_id_fkey" FOREIGN KEY ("organization_id", "profile_id")
    REFERENCES "network"."user_profiles" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [766/1605] add foreign key endorsements_organization_id_workspace_id_fkey on network.endorsements (schemas/core.yaml:80:16)
ALTER TABLE "network"."endorsements"
    ADD CONSTRAINT "endorsements_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [767/1605] add foreign key marketplace_listings_created_by_fkey on network.marketplace_listings (schemas/core.yaml:74:21)
ALTER TABLE "network"."marketplace_listings"
    ADD CONSTRAINT "marketplace_listings_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [768/1605] add foreign key marketplace_listings_organization_id_fkey on network.marketplace_listings (schemas/network.yaml:248:9)
ALTER TABLE "network"."marketplace_listings"
    ADD CONSTRAINT "marketplace_listings_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [769/1605] add foreign key marketplace_listings_organization_id_workspace_id_fkey on network.marketplace_listings (schemas/core.yaml:80:16)
ALTER TABLE "network"."marketplace_listings"
    ADD CONSTRAINT "marketplace_listings_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [770/1605] add foreign key marketplace_orders_buyer_id_fkey on network.marketplace_orders (schemas/network.yaml:274:43)
ALTER TABLE "network"."marketplace_orders"
    ADD CONSTRAINT "marketplace_orders_buyer_id_fkey" FOREIGN KEY ("buyer_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [771/1605] add foreign key marketplace_orders_created_by_fkey on network.marketplace_orders (schemas/core.yaml:74:21)
ALTER TABLE "network"."marketplace_orders"
    ADD CONSTRAINT "marketplace_orders_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [772/1605] add foreign key marketplace_orders_organization_id_fkey on network.marketplace_orders (schemas/network.yaml:270:23)
ALTER TABLE "network"."marketplace_orders"
    ADD CONSTRAINT "marketplace_orders_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [773/1605] add foreign key marketplace_orders_organization_id_listing_id_fkey on network.marketplace_orders (schemas/network.yaml:284:9)
ALTER TABLE "network"."marketplace_orders"
    ADD CONSTRAINT "marketplace_orders_organization_id_listing_id_fkey" FOREIGN KEY ("organization_id", "listing_id")
    REFERENCES "network"."marketplace_listings" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [774/1605] add foreign key marketplace_orders_organization_id_workspace_id_fkey on network.marketplace_orders (schemas/core.yaml:80:16)
ALTER TABLE "network"."marketplace_orders"
    ADD CONSTRAINT "marketplace_orders_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [775/1605] add foreign key marketplace_reviews_created_by_fkey on network.marketplace_reviews (schemas/core.yaml:74:21)
ALTER TABLE "network"."marketplace_reviews"
    ADD CONSTRAINT "marketplace_reviews_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [776/1605] add foreign key marketplace_reviews_organization_id_fkey on network.marketplace_reviews (schemas/network.yaml:290:23)
ALTER TABLE "network"."marketplace_reviews"
    ADD CONSTRAINT "marketplace_reviews_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [777/1605] add foreign key marketplace_reviews_organization_id_listing_id_fkey on network.marketplace_reviews (schemas/network.yaml:300:9)
ALTER TABLE "network"."marketplace_reviews"
    ADD CONSTRAINT "marketplace_reviews_organization_id_listing_id_fkey" FOREIGN KEY ("organization_id", "listing_id")
    REFERENCES "network"."marketplace_listings" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [778/1605] add foreign key marketplace_reviews_organization_id_order_id_fkey on network.marketplace_reviews (schemas/network.yaml:301:9)
ALTER TABLE "network"."marketplace_reviews"
    ADD CONSTRAINT "marketplace_reviews_organization_id_order_id_fkey" FOREIGN KEY ("organization_id", "order_id")
    REFERENCES "network"."marketplace_orders" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [779/1605] add foreign key marketplace_reviews_organization_id_workspace_id_fkey on network.marketplace_reviews (schemas/core.yaml:80:16)
ALTER TABLE "network"."marketplace_reviews"
    ADD CONSTRAINT "marketplace_reviews_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [780/1605] add foreign key marketplace_reviews_reviewer_id_fkey on network.marketplace_reviews (schemas/network.yaml:295:46)
ALTER TABLE "network"."marketplace_reviews"
    ADD CONSTRAINT "marketplace_reviews_reviewer_id_fkey" FOREIGN KEY ("reviewer_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [781/1605] add foreign key post_reactions_created_by_fkey on network.post_reactions (schemas/core.yaml:74:21)
ALTER TABLE "network"."post_reactions"
    ADD CONSTRAINT "post_reactions_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [782/1605] add foreign key post_reactions_organization_id_fkey on network.post_reactions (schemas/network.yaml:208:23)
ALTER TABLE "network"."post_reactions"
    ADD CONSTRAINT "post_reactions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [783/1605] add foreign key post_reactions_organization_id_post_id_fkey on network.post_reactions (schemas/network.yaml:215:9)
ALTER TABLE "network"."post_reactions"
    ADD CONSTRAINT "post_reactions_organization_id_post_id_fkey" FOREIGN KEY ("organization_id", "post_id")
    REFERENCES "network"."community_posts" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [784/1605] add foreign key post_reactions_organization_id_workspace_id_fkey on network.post_reactions (schemas/core.yaml:80:16)
ALTER TABLE "network"."post_reactions"
    ADD CONSTRAINT "post_reactions_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [785/1605] add foreign key post_reactions_user_id_fkey on network.post_reactions (schemas/network.yaml:212:42)
ALTER TABLE "network"."post_reactions"
    ADD CONSTRAINT "post_reactions_user_id_fkey" FOREIGN KEY ("user_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [786/1605] add foreign key user_profiles_created_by_fkey on network.user_profiles (schemas/core.yaml:74:21)
ALTER TABLE "network"."user_profiles"
    ADD CONSTRAINT "user_profiles_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [787/1605] add foreign key user_profiles_organization_id_fkey on network.user_profiles (schemas/network.yaml:29:9)
ALTER TABLE "network"."user_profiles"
    ADD CONSTRAINT "user_profiles_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [788/1605] add foreign key user_profiles_organization_id_workspace_id_fkey on network.user_profiles (schemas/core.yaml:80:16)
ALTER TABLE "network"."user_profiles"
    ADD CONSTRAINT "user_profiles_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [789/1605] add foreign key user_profiles_user_id_fkey on network.user_profiles (schemas/network.yaml:35:42)
ALTER TABLE "network"."user_profiles"
    ADD CONSTRAINT "user_profiles_user_id_fkey" FOREIGN KEY ("user_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [790/1605] add foreign key work_history_created_by_fkey on network.work_history (schemas/core.yaml:74:21)
ALTER TABLE "network"."work_history"
    ADD CONSTRAINT "work_history_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [791/1605] add foreign key work_history_organization_id_company_id_fkey on network.work_history (schemas/network.yaml:90:9)
ALTER TABLE "network"."work_history"
    ADD CONSTRAINT "work_history_organization_id_company_id_fkey" FOREIGN KEY ("organization_id", "company_id")
    REFERENCES "network"."companies" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [792/1605] add foreign key work_history_organization_id_fkey on network.work_history (schemas/network.yaml:74:9)
ALTER TABLE "network"."work_history"
    ADD CONSTRAINT "work_history_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [793/1605] add foreign key work_history_organization_id_profile_id_fkey on network.work_history (schemas/network.yaml:89:9)
ALTER TABLE "network"."work_history"
    ADD CONSTRAINT "work_history_organization_id_profile_id_fkey" FOREIGN KEY ("organization_id", "profile_id")
    REFERENCES "network"."user_profiles" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [794/1605] add foreign key work_history_organization_id_workspace_id_fkey on network.work_history (schemas/core.yaml:80:16)
ALTER TABLE "network"."work_history"
    ADD CONSTRAINT "work_history_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [795/1605] add foreign key bookings_created_by_fkey on production.bookings (schemas/core.yaml:74:21)
ALTER TABLE "production"."bookings"
    ADD CONSTRAINT "bookings_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [796/1605] add foreign key bookings_organization_id_asset_id_fkey on production.bookings (schemas/production.yaml:245:9)
ALTER TABLE "production"."bookings"
    ADD CONSTRAINT "bookings_organization_id_asset_id_fkey" FOREIGN KEY ("organization_id", "asset_id")
    REFERENCES "resources"."assets" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [797/1605] add foreign key bookings_organization_id_event_id_fkey on production.bookings (schemas/production.yaml:243:9)
ALTER TABLE "production"."bookings"
    ADD CONSTRAINT "bookings_organization_id_event_id_fkey" FOREIGN KEY ("organization_id", "event_id")
    REFERENCES "production"."events" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [798/1605] add foreign key bookings_organization_id_fkey on production.bookings (schemas/production.yaml:231:23)
ALTER TABLE "production"."bookings"
    ADD CONSTRAINT "bookings_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [799/1605] add foreign key bookings_organization_id_location_id_fkey on production.bookings (schemas/production.yaml:244:9)
ALTER TABLE "production"."bookings"
    ADD CONSTRAINT "bookings_organization_id_location_id_fkey" FOREIGN KEY ("organization_id", "location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [800/1605] add foreign key bookings_organization_id_workspace_id_fkey on production.bookings (schemas/core.yaml:80:16)
ALTER TABLE "production"."bookings"
    ADD CONSTRAINT "bookings_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [801/1605] add foreign key events_created_by_fkey on production.events (schemas/core.yaml:74:21)
ALTER TABLE "production"."events"
    ADD CONSTRAINT "events_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [802/1605] add foreign key events_organization_id_fkey on production.events (schemas/production.yaml:168:9)
ALTER TABLE "production"."events"
    ADD CONSTRAINT "events_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [803/1605] add foreign key events_organization_id_location_id_fkey on production.events (schemas/production.yaml:187:9)
ALTER TABLE "production"."events"
    ADD CONSTRAINT "events_organization_id_location_id_fkey" FOREIGN KEY ("organization_id", "location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [804/1605] add foreign key events_organization_id_production_id_fkey on production.events (schemas/production.yaml:186:9)
ALTER TABLE "production"."events"
    ADD CONSTRAINT "events_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [805/1605] add foreign key events_organization_id_workspace_id_fkey on production.events (schemas/core.yaml:80:16)
ALTER TABLE "production"."events"
    ADD CONSTRAINT "events_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [806/1605] add foreign key incidents_created_by_fkey on production.incidents (schemas/core.yaml:74:21)
ALTER TABLE "production"."incidents"
    ADD CONSTRAINT "incidents_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [807/1605] add foreign key incidents_organization_id_event_id_fkey on production.incidents (schemas/production.yaml:274:9)
ALTER TABLE "production"."incidents"
    ADD CONSTRAINT "incidents_organization_id_event_id_fkey" FOREIGN KEY ("organization_id", "event_id")
    REFERENCES "production"."events" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [808/1605] add foreign key incidents_organization_id_fkey on production.incidents (schemas/production.yaml:258:23)
ALTER TABLE "production"."incidents"
    ADD CONSTRAINT "incidents_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [809/1605] add foreign key incidents_organization_id_location_id_fkey on production.incidents (schemas/production.yaml:276:9)
ALTER TABLE "production"."incidents"
    ADD CONSTRAINT "incidents_organization_id_location_id_fkey" FOREIGN KEY ("organization_id", "location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [810/1605] add foreign key incidents_organization_id_production_id_fkey on production.incidents (schemas/production.yaml:275:9)
ALTER TABLE "production"."incidents"
    ADD CONSTRAINT "incidents_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [811/1605] add foreign key incidents_organization_id_workspace_id_fkey on production.incidents (schemas/core.yaml:80:16)
ALTER TABLE "production"."incidents"
    ADD CONSTRAINT "incidents_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [812/1605] add foreign key job_applicants_created_by_fkey on production.job_applicants (schemas/core.yaml:74:21)
ALTER TABLE "production"."job_applicants"
    ADD CONSTRAINT "job_applicants_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [813/1605] add foreign key job_applicants_organization_id_fkey on production.job_applicants (schemas/production.yaml:457:23)
ALTER TABLE "production"."job_applicants"
    ADD CONSTRAINT "job_applicants_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [814/1605] add foreign key job_applicants_organization_id_job_opening_id_fkey on production.job_applicants (schemas/production.yaml:470:9)
ALTER TABLE "production"."job_applicants"
    ADD CONSTRAINT "job_applicants_organization_id_job_opening_id_fkey" FOREIGN KEY ("organization_id", "job_opening_id")
    REFERENCES "production"."job_openings" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [815/1605] add foreign key job_applicants_organization_id_resume_file_id_fkey on production.job_applicants (schemas/production.yaml:471:9)
ALTER TABLE "production"."job_applicants"
    ADD CONSTRAINT "job_applicants_organization_id_resume_file_id_fkey" FOREIGN KEY ("organization_id", "resume_file_id")
    REFERENCES "resources"."files" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [816/1605] add foreign key job_applicants_organization_id_workspace_id_fkey on production.job_applicants (schemas/core.yaml:80:16)
ALTER TABLE "production"."job_applicants"
    ADD CONSTRAINT "job_applicants_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [817/1605] add foreign key job_openings_created_by_fkey on production.job_openings (schemas/core.yaml:74:21)
ALTER TABLE "production"."job_openings"
    ADD CONSTRAINT "job_openings_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [818/1605] add foreign key job_openings_organization_id_fkey on production.job_openings (schemas/production.yaml:431:23)
ALTER TABLE "production"."job_openings"
    ADD CONSTRAINT "job_openings_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [819/1605] add foreign key job_openings_organization_id_location_id_fkey on production.job_openings (schemas/production.yaml:446:9)
ALTER TABLE "production"."job_openings"
    ADD CONSTRAINT "job_openings_organization_id_location_id_fkey" FOREIGN KEY ("organization_id", "location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [820/1605] add foreign key job_openings_organization_id_production_id_fkey on production.job_openings (schemas/production.yaml:445:9)
ALTER TABLE "production"."job_openings"
    ADD CONSTRAINT "job_openings_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [821/1605] add foreign key job_openings_organization_id_workspace_id_fkey on production.job_openings (schemas/core.yaml:80:16)
ALTER TABLE "production"."job_openings"
    ADD CONSTRAINT "job_openings_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [822/1605] add foreign key personnel_created_by_fkey on production.personnel (schemas/core.yaml:74:21)
ALTER TABLE "production"."personnel"
    ADD CONSTRAINT "personnel_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [823/1605] add foreign key personnel_organization_id_fkey on production.personnel (schemas/production.yaml:293:9)
ALTER TABLE "production"."personnel"
    ADD CONSTRAINT "personnel_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [824/1605] add foreign key personnel_organization_id_workspace_id_fkey on production.personnel (schemas/core.yaml:80:16)
ALTER TABLE "production"."personnel"
    ADD CONSTRAINT "personnel_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [825/1605] add foreign key personnel_user_id_fkey on production.personnel (schemas/production.yaml:300:43)
ALTER TABLE "production"."personnel"
    ADD CONSTRAINT "personnel_user_id_fkey" FOREIGN KEY ("user_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [826/1605] add foreign key personnel_assignments_created_by_fkey on production.personnel_assignments (schemas/core.yaml:74:21)
ALTER TABLE "production"."personnel_assignments"
    ADD CONSTRAINT "personnel_assignments_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [827/1605] add foreign key personnel_assignments_organization_id_fkey on production.personnel_assignments (schemas/production.yaml:357:23)
ALTER TABLE "production"."personnel_assignments"
    ADD CONSTRAINT "personnel_assignments_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [828/1605] add foreign key personnel_assignments_organization_id_personnel_id_fkey on production.personnel_assignments (schemas/production.yaml:369:9)
ALTER TABLE "production"."personnel_assignments"
    ADD CONSTRAINT "personnel_assignments_organization_id_personnel_id_fkey" FOREIGN KEY ("organization_id", "personnel_id")
    REFERENCES "production"."personnel" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [829/1605] add foreign key personnel_assignments_organization_id_production_id_fkey on production.personnel_assignments (schemas/production.yaml:370:9)
ALTER TABLE "production"."personnel_assignments"
    ADD CONSTRAINT "personnel_assignments_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [830/1605] add foreign key personnel_assignments_organization_id_workspace_id_fkey on production.personnel_assignments (schemas/core.yaml:80:16)
ALTER TABLE "production"."personnel_assignments"
    ADD CONSTRAINT "personnel_assignments_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [831/1605] add foreign key productions_created_by_fkey on production.productions (schemas/core.yaml:74:21)
ALTER TABLE "production"."productions"
    ADD CONSTRAINT "productions_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [832/1605] add foreign key productions_organization_id_fkey on production.productions (schemas/production.yaml:29:23)
ALTER TABLE "production"."productions"
    ADD CONSTRAINT "productions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [833/1605] add foreign key productions_organization_id_venue_location_id_fkey on production.productions (schemas/production.yaml:45:9)
ALTER TABLE "production"."productions"
    ADD CONSTRAINT "productions_organization_id_venue_location_id_fkey" FOREIGN KEY ("organization_id", "venue_location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [834/1605] add foreign key productions_organization_id_workspace_id_fkey on production.productions (schemas/core.yaml:80:16)
ALTER TABLE "production"."productions"
    ADD CONSTRAINT "productions_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [835/1605] add foreign key productions_producer_id_fkey on production.productions (schemas/production.yaml:43:47)
ALTER TABLE "production"."productions"
    ADD CONSTRAINT "productions_producer_id_fkey" FOREIGN KEY ("producer_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [836/1605] add foreign key project_compliance_created_by_fkey on production.project_compliance (schemas/core.yaml:74:21)
ALTER TABLE "production"."project_compliance"
    ADD CONSTRAINT "project_compliance_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [837/1605] add foreign key project_compliance_organization_id_document_file_id_fkey on production.project_compliance (schemas/production.yaml:132:9)
ALTER TABLE "production"."project_compliance"
    ADD CONSTRAINT "project_compliance_organization_id_document_file_id_fkey" FOREIGN KEY ("organization_id", "document_file_id")
    REFERENCES "resources"."files" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [838/1605] add foreign key project_compliance_organization_id_fkey on production.project_compliance (schemas/production.yaml:118:23)
ALTER TABLE "production"."project_compliance"
    ADD CONSTRAINT "project_compliance_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [839/1605] add foreign key project_compliance_organization_id_production_id_fkey on production.project_compliance (schemas/production.yaml:131:9)
ALTER TABLE "production"."project_compliance"
    ADD CONSTRAINT "project_compliance_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [840/1605] add foreign key project_compliance_organization_id_workspace_id_fkey on production.project_compliance (schemas/core.yaml:80:16)
ALTER TABLE "production"."project_compliance"
    ADD CONSTRAINT "project_compliance_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [841/1605] add foreign key project_milestones_created_by_fkey on production.project_milestones (schemas/core.yaml:74:21)
ALTER TABLE "production"."project_milestones"
    ADD CONSTRAINT "project_milestones_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [842/1605] add foreign key project_milestones_organization_id_fkey on production.project_milestones (schemas/production.yaml:103:23)
ALTER TABLE "production"."project_milestones"
    ADD CONSTRAINT "project_milestones_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [843/1605] add foreign key project_milestones_organization_id_production_id_fkey on production.project_milestones (schemas/production.yaml:113:9)
ALTER TABLE "production"."project_milestones"
    ADD CONSTRAINT "project_milestones_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [844/1605] add foreign key project_milestones_organization_id_workspace_id_fkey on production.project_milestones (schemas/core.yaml:80:16)
ALTER TABLE "production"."project_milestones"
    ADD CONSTRAINT "project_milestones_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [845/1605] add foreign key project_safety_created_by_fkey on production.project_safety (schemas/core.yaml:74:21)
ALTER TABLE "production"."project_safety"
    ADD CONSTRAINT "project_safety_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [846/1605] add foreign key project_safety_organization_id_fkey on production.project_safety (schemas/production.yaml:143:23)
ALTER TABLE "production"."project_safety"
    ADD CONSTRAINT "project_safety_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [847/1605] add foreign key project_safety_organization_id_production_id_fkey on production.project_safety (schemas/production.yaml:156:9)
ALTER TABLE "production"."project_safety"
    ADD CONSTRAINT "project_safety_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [848/1605] add foreign key project_safety_organization_id_workspace_id_fkey on production.project_safety (schemas/core.yaml:80:16)
ALTER TABLE "production"."project_safety"
    ADD CONSTRAINT "project_safety_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [849/1605] add foreign key project_safety_reviewed_by_fkey on production.project_safety (schemas/production.yaml:153:47)
ALTER TABLE "production"."project_safety"
    ADD CONSTRAINT "project_safety_reviewed_by_fkey" FOREIGN KEY ("reviewed_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [850/1605] add foreign key project_tasks_assignee_id_fkey on production.project_tasks (schemas/production.yaml:77:47)
ALTER TABLE "production"."project_tasks"
    ADD CONSTRAINT "project_tasks_assignee_id_fkey" FOREIGN KEY ("assignee_id")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [851/1605] add foreign key project_tasks_created_by_fkey on production.project_tasks (schemas/core.yaml:74:21)
ALTER TABLE "production"."project_tasks"
    ADD CONSTRAINT "project_tasks_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [852/1605] add foreign key project_tasks_organization_id_fkey on production.project_tasks (schemas/production.yaml:68:23)
ALTER TABLE "production"."project_tasks"
    ADD CONSTRAINT "project_tasks_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [853/1605] add foreign key project_tasks_organization_id_parent_task_id_fkey on production.project_tasks (schemas/production.yaml:90:9)
ALTER TABLE "production"."project_tasks"
    ADD CONSTRAINT "project_tasks_organization_id_parent_task_id_fkey" FOREIGN KEY ("organization_id", "parent_task_id")
    REFERENCES "production"."project_tasks" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [854/1605] add foreign key project_tasks_organization_id_production_id_fkey on production.project_tasks (schemas/production.yaml:89:9)
ALTER TABLE "production"."project_tasks"
    ADD CONSTRAINT "project_tasks_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [855/1605] add foreign key project_tasks_organization_id_workspace_id_fkey on production.project_tasks (schemas/core.yaml:80:16)
ALTER TABLE "production"."project_tasks"
    ADD CONSTRAINT "project_tasks_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [856/1605] add foreign key run_of_show_created_by_fkey on production.run_of_show (schemas/core.yaml:74:21)
ALTER TABLE "production"."run_of_show"
    ADD CONSTRAINT "run_of_show_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [857/1605] add foreign key run_of_show_organization_id_event_id_fkey on production.run_of_show (schemas/production.yaml:220:9)
ALTER TABLE "production"."run_of_show"
    ADD CONSTRAINT "run_of_show_organization_id_event_id_fkey" FOREIGN KEY ("organization_id", "event_id")
    REFERENCES "production"."events" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [858/1605] add foreign key run_of_show_organization_id_fkey on production.run_of_show (schemas/production.yaml:206:23)
ALTER TABLE "production"."run_of_show"
    ADD CONSTRAINT "run_of_show_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [859/1605] add foreign key run_of_show_organization_id_responsible_id_fkey on production.run_of_show (schemas/production.yaml:221:9)
ALTER TABLE "production"."run_of_show"
    ADD CONSTRAINT "run_of_show_organization_id_responsible_id_fkey" FOREIGN KEY ("organization_id", "responsible_id")
    REFERENCES "production"."personnel" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [860/1605] add foreign key run_of_show_organization_id_workspace_id_fkey on production.run_of_show (schemas/core.yaml:80:16)
ALTER TABLE "production"."run_of_show"
    ADD CONSTRAINT "run_of_show_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [861/1605] add foreign key team_members_created_by_fkey on production.team_members (schemas/core.yaml:74:21)
ALTER TABLE "production"."team_members"
    ADD CONSTRAINT "team_members_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [862/1605] add foreign key team_members_organization_id_fkey on production.team_members (schemas/production.yaml:342:23)
ALTER TABLE "production"."team_members"
    ADD CONSTRAINT "team_members_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [863/1605] add foreign key team_members_organization_id_personnel_id_fkey on production.team_members (schemas/production.yaml:350:9)
ALTER TABLE "production"."team_members"
    ADD CONSTRAINT "team_members_organization_id_personnel_id_fkey" FOREIGN KEY ("organization_id", "personnel_id")
    REFERENCES "production"."personnel" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [864/1605] add foreign key team_members_organization_id_team_id_fkey on production.team_members (schemas/production.yaml:349:9)
ALTER TABLE "production"."team_members"
    ADD CONSTRAINT "team_members_organization_id_team_id_fkey" FOREIGN KEY ("organization_id", "team_id")
    REFERENCES "production"."teams" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [865/1605] add foreign key team_members_organization_id_workspace_id_fkey on production.team_members (schemas/core.yaml:80:16)
ALTER TABLE "production"."team_members"
    ADD CONSTRAINT "team_members_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [866/1605] add foreign key teams_created_by_fkey on production.teams (schemas/core.yaml:74:21)
ALTER TABLE "production"."teams"
    ADD CONSTRAINT "teams_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [867/1605] add foreign key teams_organization_id_fkey on production.teams (schemas/production.yaml:327:23)
ALTER TABLE "production"."teams"
    ADD CONSTRAINT "teams_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [868/1605] add foreign key teams_organization_id_lead_id_fkey on production.teams (schemas/production.yaml:334:9)
ALTER TABLE "production"."teams"
    ADD CONSTRAINT "teams_organization_id_lead_id_fkey" FOREIGN KEY ("organization_id", "lead_id")
    REFERENCES "production"."personnel" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [869/1605] add foreign key teams_organization_id_workspace_id_fkey on production.teams (schemas/core.yaml:80:16)
ALTER TABLE "production"."teams"
    ADD CONSTRAINT "teams_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [870/1605] add foreign key time_entries_created_by_fkey on production.time_entries (schemas/core.yaml:74:21)
ALTER TABLE "production"."time_entries"
    ADD CONSTRAINT "time_entries_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [871/1605] add foreign key time_entries_organization_id_fkey on production.time_entries (schemas/production.yaml:379:23)
ALTER TABLE "production"."time_entries"
    ADD CONSTRAINT "time_entries_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [872/1605] add foreign key time_entries_organization_id_personnel_id_fkey on production.time_entries (schemas/production.yaml:393:9)
ALTER TABLE "production"."time_entries"
    ADD CONSTRAINT "time_entries_organization_id_personnel_id_fkey" FOREIGN KEY ("organization_id", "personnel_id")
    REFERENCES "production"."personnel" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [873/1605] add foreign key time_entries_organization_id_production_id_fkey on production.time_entries (schemas/production.yaml:394:9)
ALTER TABLE "production"."time_entries"
    ADD CONSTRAINT "time_entries_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [874/1605] add foreign key time_entries_organization_id_project_task_id_fkey on production.time_entries (schemas/production.yaml:395:9)
ALTER TABLE "production"."time_entries"
    ADD CONSTRAINT "time_entries_organization_id_project_task_id_fkey" FOREIGN KEY ("organization_id", "project_task_id")
    REFERENCES "production"."project_tasks" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [875/1605] add foreign key time_entries_organization_id_workspace_id_fkey on production.time_entries (schemas/core.yaml:80:16)
ALTER TABLE "production"."time_entries"
    ADD CONSTRAINT "time_entries_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [876/1605] add foreign key training_records_created_by_fkey on production.training_records (schemas/core.yaml:74:21)
ALTER TABLE "production"."training_records"
    ADD CONSTRAINT "training_records_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [877/1605] add foreign key training_records_organization_id_certificate_file_id_fkey on production.training_records (schemas/production.yaml:420:9)
ALTER TABLE "production"."training_records"
    ADD CONSTRAINT "training_records_organization_id_certificate_file_id_fkey" FOREIGN KEY ("organization_id", "certificate_file_id")
    REFERENCES "resources"."files" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [878/1605] add foreign key training_records_organization_id_fkey on production.training_records (schemas/production.yaml:407:23)
ALTER TABLE "production"."training_records"
    ADD CONSTRAINT "training_records_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [879/1605] add foreign key training_records_organization_id_personnel_id_fkey on production.training_records (schemas/production.yaml:419:9)
ALTER TABLE "production"."training_records"
    ADD CONSTRAINT "training_records_organization_id_personnel_id_fkey" FOREIGN KEY ("organization_id", "personnel_id")
    REFERENCES "production"."personnel" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [880/1605] add foreign key training_records_organization_id_workspace_id_fkey on production.training_records (schemas/core.yaml:80:16)
ALTER TABLE "production"."training_records"
    ADD CONSTRAINT "training_records_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [881/1605] add foreign key asset_maintenance_created_by_fkey on resources.asset_maintenance (schemas/core.yaml:74:21)
ALTER TABLE "resources"."asset_maintenance"
    ADD CONSTRAINT "asset_maintenance_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [882/1605] add foreign key asset_maintenance_organization_id_asset_id_fkey on resources.asset_maintenance (schemas/resources.yaml:109:9)
ALTER TABLE "resources"."asset_maintenance"
    ADD CONSTRAINT "asset_maintenance_organization_id_asset_id_fkey" FOREIGN KEY ("organization_id", "asset_id")
    REFERENCES "resources"."assets" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [883/1605] add foreign key asset_maintenance_organization_id_fkey on resources.asset_maintenance (schemas/resources.yaml:97:23)
ALTER TABLE "resources"."asset_maintenance"
    ADD CONSTRAINT "asset_maintenance_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [884/1605] add foreign key asset_maintenance_organization_id_vendor_company_id_fkey on resources.asset_maintenance (schemas/resources.yaml:110:9)
ALTER TABLE "resources"."asset_maintenance"
    ADD CONSTRAINT "asset_maintenance_organization_id_vendor_company_id_fkey" FOREIGN KEY ("organization_id", "vendor_company_id")
    REFERENCES "network"."companies" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [885/1605] add foreign key asset_maintenance_organization_id_workspace_id_fkey on resources.asset_maintenance (schemas/core.yaml:80:16)
ALTER TABLE "resources"."asset_maintenance"
    ADD CONSTRAINT "asset_maintenance_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [886/1605] add foreign key asset_transactions_created_by_fkey on resources.asset_transactions (schemas/core.yaml:74:21)
ALTER TABLE "resources"."asset_transactions"
    ADD CONSTRAINT "asset_transactions_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [887/1605] add foreign key asset_transactions_organization_id_asset_id_fkey on resources.asset_transactions (schemas/resources.yaml:76:9)
ALTER TABLE "resources"."asset_transactions"
    ADD CONSTRAINT "asset_transactions_organization_id_asset_id_fkey" FOREIGN KEY ("organization_id", "asset_id")
    REFERENCES "resources"."assets" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [888/1605] add foreign key asset_transactions_organization_id_custodian_id_fkey on resources.asset_transactions (schemas/resources.yaml:79:9)
ALTER TABLE "resources"."asset_transactions"
    ADD CONSTRAINT "asset_transactions_organization_id_custodian_id_fkey" FOREIGN KEY ("organization_id", "custodian_id")
    REFERENCES "production"."personnel" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [889/1605] add foreign key asset_transactions_organization_id_event_id_fkey on resources.asset_transactions (schemas/resources.yaml:78:9)
ALTER TABLE "resources"."asset_transactions"
    ADD CONSTRAINT "asset_transactions_organization_id_event_id_fkey" FOREIGN KEY ("organization_id", "event_id")
    REFERENCES "production"."events" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [890/1605] add foreign key asset_transactions_organization_id_fkey on resources.asset_transactions (schemas/resources.yaml:60:23)
ALTER TABLE "resources"."asset_transactions"
    ADD CONSTRAINT "asset_transactions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [891/1605] add foreign key asset_transactions_organization_id_location_id_fkey on resources.asset_transactions (schemas/resources.yaml:80:9)
ALTER TABLE "resources"."asset_transactions"
    ADD CONSTRAINT "asset_transactions_organization_id_location_id_fkey" FOREIGN KEY ("organization_id", "location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [892/1605] add foreign key asset_transactions_organization_id_production_id_fkey on resources.asset_transactions (schemas/resources.yaml:77:9)
ALTER TABLE "resources"."asset_transactions"
    ADD CONSTRAINT "asset_transactions_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [893/1605] add foreign key asset_transactions_organization_id_workspace_id_fkey on resources.asset_transactions (schemas/core.yaml:80:16)
ALTER TABLE "resources"."asset_transactions"
    ADD CONSTRAINT "asset_transactions_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [894/1605] add foreign key assets_created_by_fkey on resources.assets (schemas/core.yaml:74:21)
ALTER TABLE "resources"."assets"
    ADD CONSTRAINT "assets_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [895/1605] add foreign key assets_organization_id_fkey on resources.assets (schemas/resources.yaml:27:9)
ALTER TABLE "resources"."assets"
    ADD CONSTRAINT "assets_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [896/1605] add foreign key assets_organization_id_home_location_id_fkey on resources.assets (schemas/resources.yaml:48:9)
ALTER TABLE "resources"."assets"
    ADD CONSTRAINT "assets_organization_id_home_location_id_fkey" FOREIGN KEY ("organization_id", "home_location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [897/1605] add foreign key assets_organization_id_workspace_id_fkey on resources.assets (schemas/core.yaml:80:16)
ALTER TABLE "resources"."assets"
    ADD CONSTRAINT "assets_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [898/1605] add foreign key file_categories_created_by_fkey on resources.file_categories (schemas/core.yaml:74:21)
ALTER TABLE "resources"."file_categories"
    ADD CONSTRAINT "file_categories_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [899/1605] add foreign key file_categories_organization_id_fkey on resources.file_categories (schemas/resources.yaml:233:23)
ALTER TABLE "resources"."file_categories"
    ADD CONSTRAINT "file_categories_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [900/1605] add foreign key file_categories_organization_id_parent_category_id_fkey on resources.file_categories (schemas/resources.yaml:241:9)
ALTER TABLE "resources"."file_categories"
    ADD CONSTRAINT "file_categories_organization_id_parent_category_id_fkey" FOREIGN KEY ("organization_id", "parent_category_id")
    REFERENCES "resources"."file_categories" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [901/1605] add foreign key file_categories_organization_id_workspace_id_fkey on resources.file_categories (schemas/core.yaml:80:16)
ALTER TABLE "resources"."file_categories"
    ADD CONSTRAINT "file_categories_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [902/1605] add foreign key file_versions_created_by_fkey on resources.file_versions (schemas/core.yaml:74:21)
ALTER TABLE "resources"."file_versions"
    ADD CONSTRAINT "file_versions_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [903/1605] add foreign key file_versions_organization_id_file_id_fkey on resources.file_versions (schemas/resources.yaml:295:9)
ALTER TABLE "resources"."file_versions"
    ADD CONSTRAINT "file_versions_organization_id_file_id_fkey" FOREIGN KEY ("organization_id", "file_id")
    REFERENCES "resources"."files" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [904/1605] add foreign key file_versions_organization_id_fkey on resources.file_versions (schemas/resources.yaml:285:23)
ALTER TABLE "resources"."file_versions"
    ADD CONSTRAINT "file_versions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [905/1605] add foreign key file_versions_organization_id_workspace_id_fkey on resources.file_versions (schemas/core.yaml:80:16)
ALTER TABLE "resources"."file_versions"
    ADD CONSTRAINT "file_versions_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [906/1605] add foreign key files_created_by_fkey on resources.files (schemas/core.yaml:74:21)
ALTER TABLE "resources"."files"
    ADD CONSTRAINT "files_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [907/1605] add foreign key files_organization_id_category_id_fkey on resources.files (schemas/resources.yaml:270:9)
ALTER TABLE "resources"."files"
    ADD CONSTRAINT "files_organization_id_category_id_fkey" FOREIGN KEY ("organization_id", "category_id")
    REFERENCES "resources"."file_categories" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [908/1605] add foreign key files_organization_id_fkey on resources.files (schemas/resources.yaml:251:9)
ALTER TABLE "resources"."files"
    ADD CONSTRAINT "files_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [909/1605] add foreign key files_organization_id_production_id_fkey on resources.files (schemas/resources.yaml:271:9)
ALTER TABLE "resources"."files"
    ADD CONSTRAINT "files_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [910/1605] add foreign key files_organization_id_workspace_id_fkey on resources.files (schemas/core.yaml:80:16)
ALTER TABLE "resources"."files"
    ADD CONSTRAINT "files_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [911/1605] add foreign key location_access_created_by_fkey on resources.location_access (schemas/core.yaml:74:21)
ALTER TABLE "resources"."location_access"
    ADD CONSTRAINT "location_access_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [912/1605] add foreign key location_access_organization_id_fkey on resources.location_access (schemas/resources.yaml:198:23)
ALTER TABLE "resources"."location_access"
    ADD CONSTRAINT "location_access_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [913/1605] add foreign key location_access_organization_id_location_id_fkey on resources.location_access (schemas/resources.yaml:209:9)
ALTER TABLE "resources"."location_access"
    ADD CONSTRAINT "location_access_organization_id_location_id_fkey" FOREIGN KEY ("organization_id", "location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [914/1605] add foreign key location_access_organization_id_workspace_id_fkey on resources.location_access (schemas/core.yaml:80:16)
ALTER TABLE "resources"."location_access"
    ADD CONSTRAINT "location_access_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [915/1605] add foreign key location_utilities_created_by_fkey on resources.location_utilities (schemas/core.yaml:74:21)
ALTER TABLE "resources"."location_utilities"
    ADD CONSTRAINT "location_utilities_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [916/1605] add foreign key location_utilities_organization_id_fkey on resources.location_utilities (schemas/resources.yaml:214:23)
ALTER TABLE "resources"."location_utilities"
    ADD CONSTRAINT "location_utilities_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [917/1605] add foreign key location_utilities_organization_id_location_id_fkey on resources.location_utilities (schemas/resources.yaml:225:9)
ALTER TABLE "resources"."location_utilities"
    ADD CONSTRAINT "location_utilities_organization_id_location_id_fkey" FOREIGN KEY ("organization_id", "location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [918/1605] add foreign key location_utilities_organization_id_workspace_id_fkey on resources.location_utilities (schemas/core.yaml:80:16)
ALTER TABLE "resources"."location_utilities"
    ADD CONSTRAINT "location_utilities_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [919/1605] add foreign key locations_created_by_fkey on resources.locations (schemas/core.yaml:74:21)
ALTER TABLE "resources"."locations"
    ADD CONSTRAINT "locations_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [920/1605] add foreign key locations_organization_id_fkey on resources.locations (schemas/resources.yaml:151:23)
ALTER TABLE "resources"."locations"
    ADD CONSTRAINT "locations_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [921/1605] add foreign key locations_organization_id_parent_location_id_fkey on resources.locations (schemas/resources.yaml:169:9)
ALTER TABLE "resources"."locations"
    ADD CONSTRAINT "locations_organization_id_parent_location_id_fkey" FOREIGN KEY ("organization_id", "parent_location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [922/1605] add foreign key locations_organization_id_workspace_id_fkey on resources.locations (schemas/core.yaml:80:16)
ALTER TABLE "resources"."locations"
    ADD CONSTRAINT "locations_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [923/1605] add foreign key production_advances_approved_by_fkey on resources.production_advances (schemas/resources.yaml:131:47)
ALTER TABLE "resources"."production_advances"
    ADD CONSTRAINT "production_advances_approved_by_fkey" FOREIGN KEY ("approved_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [924/1605] add foreign key production_advances_created_by_fkey on resources.production_advances (schemas/core.yaml:74:21)
ALTER TABLE "resources"."production_advances"
    ADD CONSTRAINT "production_advances_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [925/1605] add foreign key production_advances_organization_id_asset_id_fkey on resources.production_advances (schemas/resources.yaml:137:9)
ALTER TABLE "resources"."production_advances"
    ADD CONSTRAINT "production_advances_organization_id_asset_id_fkey" FOREIGN KEY ("organization_id", "asset_id")
    REFERENCES "resources"."assets" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [926/1605] add foreign key production_advances_organization_id_event_id_fkey on resources.production_advances (schemas/resources.yaml:136:9)
ALTER TABLE "resources"."production_advances"
    ADD CONSTRAINT "production_advances_organization_id_event_id_fkey" FOREIGN KEY ("organization_id", "event_id")
    REFERENCES "production"."events" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [927/1605] add foreign key production_advances_organization_id_fkey on resources.production_advances (schemas/resources.yaml:121:23)
ALTER TABLE "resources"."production_advances"
    ADD CONSTRAINT "production_advances_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [928/1605] add foreign key production_advances_organization_id_production_id_fkey on resources.production_advances (schemas/resources.yaml:135:9)
ALTER TABLE "resources"."production_advances"
    ADD CONSTRAINT "production_advances_organization_id_production_id_fkey" FOREIGN KEY ("organization_id", "production_id")
    REFERENCES "production"."productions" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [929/1605] add foreign key production_advances_organization_id_workspace_id_fkey on resources.production_advances (schemas/core.yaml:80:16)
ALTER TABLE "resources"."production_advances"
    ADD CONSTRAINT "production_advances_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [930/1605] add foreign key site_maps_created_by_fkey on resources.site_maps (schemas/core.yaml:74:21)
ALTER TABLE "resources"."site_maps"
    ADD CONSTRAINT "site_maps_created_by_fkey" FOREIGN KEY ("created_by")
    REFERENCES "auth"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [931/1605] add foreign key site_maps_organization_id_file_id_fkey on resources.site_maps (schemas/resources.yaml:191:9)
ALTER TABLE "resources"."site_maps"
    ADD CONSTRAINT "site_maps_organization_id_file_id_fkey" FOREIGN KEY ("organization_id", "file_id")
    REFERENCES "resources"."files" ("organization_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [932/1605] add foreign key site_maps_organization_id_fkey on resources.site_maps (schemas/resources.yaml:180:23)
ALTER TABLE "resources"."site_maps"
    ADD CONSTRAINT "site_maps_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "core"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [933/1605] add foreign key site_maps_organization_id_location_id_fkey on resources.site_maps (schemas/resources.yaml:190:9)
ALTER TABLE "resources"."site_maps"
    ADD CONSTRAINT "site_maps_organization_id_location_id_fkey" FOREIGN KEY ("organization_id", "location_id")
    REFERENCES "resources"."locations" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [934/1605] add foreign key site_maps_organization_id_workspace_id_fkey on resources.site_maps (schemas/core.yaml:80:16)
ALTER TABLE "resources"."site_maps"
    ADD CONSTRAINT "site_maps_organization_id_workspace_id_fkey" FOREIGN KEY ("organization_id", "workspace_id")
    REFERENCES "core"."workspaces" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [935/1605] add trigger set_updated_at on auth.users (schemas/core.yaml:123:23)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "auth"."users"
    FOR EACH ROW
    EXECUTE FUNCTION "auth"."set_updated_at"();

-- [936/1605] add trigger set_updated_at on collab.activities (schemas/collab.yaml:75:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "collab"."activities"
    FOR EACH ROW
    EXECUTE FUNCTION "collab"."set_updated_at"();

-- [937/1605] add trigger set_updated_at on collab.comments (schemas/collab.yaml:90:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "collab"."comments"
    FOR EACH ROW
    EXECUTE FUNCTION "collab"."set_updated_at"();

-- [938/1605] add trigger set_updated_at on collab.custom_fields (schemas/collab.yaml:41:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "collab"."custom_fields"
    FOR EACH ROW
    EXECUTE FUNCTION "collab"."set_updated_at"();

-- [939/1605] add trigger set_updated_at on collab.dashboard_widgets (schemas/collab.yaml:168:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "collab"."dashboard_widgets"
    FOR EACH ROW
    EXECUTE FUNCTION "collab"."set_updated_at"();

-- [940/1605] add trigger set_updated_at on collab.dashboards (schemas/collab.yaml:153:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "collab"."dashboards"
    FOR EACH ROW
    EXECUTE FUNCTION "collab"."set_updated_at"();

-- [941/1605] add trigger set_updated_at on collab.notifications (schemas/collab.yaml:114:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "collab"."notifications"
    FOR EACH ROW
    EXECUTE FUNCTION "collab"."set_updated_at"();

-- [942/1605] add trigger set_updated_at on collab.user_presence (schemas/collab.yaml:134:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "collab"."user_presence"
    FOR EACH ROW
    EXECUTE FUNCTION "collab"."set_updated_at"();

-- [943/1605] add trigger set_updated_at on collab.views (schemas/collab.yaml:60:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "collab"."views"
    FOR EACH ROW
    EXECUTE FUNCTION "collab"."set_updated_at"();

-- [944/1605] add trigger set_updated_at on core.api_tokens (schemas/core.yaml:213:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "core"."api_tokens"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."set_updated_at"();

-- [945/1605] add trigger audit_logged on core.api_tokens (schemas/core.yaml:93:7)
CREATE TRIGGER "audit_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "core"."api_tokens"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."write_audit_log"();

-- [946/1605] add trigger set_updated_at on core.audit_logs (schemas/core.yaml:256:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "core"."audit_logs"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."set_updated_at"();

-- [947/1605] add trigger set_updated_at on core.organization_members (schemas/core.yaml:167:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "core"."organization_members"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."set_updated_at"();

-- [948/1605] add trigger audit_logged on core.organization_members (schemas/core.yaml:93:7)
CREATE TRIGGER "audit_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "core"."organization_members"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."write_audit_log"();

-- [949/1605] add trigger set_updated_at on core.organizations (schemas/core.yaml:104:36)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "core"."organizations"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."set_updated_at"();

-- [950/1605] add trigger set_updated_at on core.roles (schemas/core.yaml:190:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "core"."roles"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."set_updated_at"();

-- [951/1605] add trigger audit_logged on core.roles (schemas/core.yaml:93:7)
CREATE TRIGGER "audit_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "core"."roles"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."write_audit_log"();

-- [952/1605] add trigger set_updated_at on core.webhooks (schemas/core.yaml:234:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "core"."webhooks"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."set_updated_at"();

-- [953/1605] add trigger audit_logged on core.webhooks (schemas/core.yaml:93:7)
CREATE TRIGGER "audit_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "core"."webhooks"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."write_audit_log"();

-- [954/1605] add trigger set_updated_at on core.workspaces (schemas/core.yaml:152:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "core"."workspaces"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."set_updated_at"();

-- [955/1605] add trigger set_updated_at on finance.approval_requests (schemas/finance.yaml:399:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."approval_requests"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [956/1605] add trigger set_updated_at on finance.budget_line_items (schemas/finance.yaml:53:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."budget_line_items"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [957/1605] add trigger set_updated_at on finance.budgets (schemas/finance.yaml:30:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."budgets"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [958/1605] add trigger set_updated_at on finance.expense_items (schemas/finance.yaml:266:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."expense_items"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [959/1605] add trigger set_updated_at on finance.expense_reports (schemas/finance.yaml:238:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."expense_reports"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [960/1605] add trigger set_updated_at on finance.financial_transactions (schemas/finance.yaml:67:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."financial_transactions"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [961/1605] add trigger invoice_items_recalculate on finance.invoice_items (schemas/finance.yaml:164:7)
CREATE TRIGGER "invoice_items_recalculate"
    AFTER INSERT OR UPDATE OR DELETE
    ON "finance"."invoice_items"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."recalculate_invoice"();

-- [962/1605] add trigger set_updated_at on finance.invoice_items (schemas/finance.yaml:150:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."invoice_items"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [963/1605] add trigger set_updated_at on finance.invoices (schemas/finance.yaml:118:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."invoices"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [964/1605] add trigger audit_logged on finance.invoices (schemas/core.yaml:93:7)
CREATE TRIGGER "audit_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "finance"."invoices"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."write_audit_log"();

-- [965/1605] add trigger set_updated_at on finance.payment_methods (schemas/finance.yaml:221:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."payment_methods"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [966/1605] add trigger set_updated_at on finance.payroll_items (schemas/finance.yaml:317:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."payroll_items"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [967/1605] add trigger set_updated_at on finance.payroll_records (schemas/finance.yaml:290:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."payroll_records"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [968/1605] add trigger audit_logged on finance.payroll_records (schemas/core.yaml:93:7)
CREATE TRIGGER "audit_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "finance"."payroll_records"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."write_audit_log"();

-- [969/1605] add trigger set_updated_at on finance.po_items (schemas/finance.yaml:202:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."po_items"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [970/1605] add trigger set_updated_at on finance.purchase_orders (schemas/finance.yaml:170:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."purchase_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [971/1605] add trigger set_updated_at on finance.requisition_items (schemas/finance.yaml:353:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."requisition_items"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [972/1605] add trigger set_updated_at on finance.requisitions (schemas/finance.yaml:335:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."requisitions"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [973/1605] add trigger set_updated_at on finance.rfqs (schemas/finance.yaml:370:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "finance"."rfqs"
    FOR EACH ROW
    EXECUTE FUNCTION "finance"."set_updated_at"();

-- [974/1605] add trigger set_updated_at on network.community_posts (schemas/network.yaml:190:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."community_posts"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [975/1605] add trigger search_vector_update on network.community_posts (schemas/network.yaml:192:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "network"."community_posts"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."community_posts_search_vector"();

-- [976/1605] add trigger set_updated_at on network.companies (schemas/network.yaml:107:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."companies"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [977/1605] add trigger search_vector_update on network.companies (schemas/network.yaml:109:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "network"."companies"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."companies_search_vector"();

-- [978/1605] add trigger set_updated_at on network.company_contacts (schemas/network.yaml:131:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."company_contacts"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [979/1605] add trigger set_updated_at on network.connections (schemas/network.yaml:226:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."connections"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [980/1605] add trigger set_updated_at on network.contracts (schemas/network.yaml:151:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."contracts"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [981/1605] add trigger audit_logged on network.contracts (schemas/core.yaml:93:7)
CREATE TRIGGER "audit_logged"
    AFTER INSERT OR UPDATE OR DELETE
    ON "network"."contracts"
    FOR EACH ROW
    EXECUTE FUNCTION "core"."write_audit_log"();

-- [982/1605] add trigger set_updated_at on network.endorsements (schemas/network.yaml:56:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."endorsements"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [983/1605] add trigger set_updated_at on network.marketplace_listings (schemas/network.yaml:250:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."marketplace_listings"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [984/1605] add trigger search_vector_update on network.marketplace_listings (schemas/network.yaml:252:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "network"."marketplace_listings"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."marketplace_listings_search_vector"();

-- [985/1605] add trigger set_updated_at on network.marketplace_orders (schemas/network.yaml:270:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."marketplace_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [986/1605] add trigger set_updated_at on network.marketplace_reviews (schemas/network.yaml:290:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."marketplace_reviews"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [987/1605] add trigger set_updated_at on network.post_reactions (schemas/network.yaml:208:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."post_reactions"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [988/1605] add trigger set_updated_at on network.user_profiles (schemas/network.yaml:31:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."user_profiles"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [989/1605] add trigger set_updated_at on network.work_history (schemas/network.yaml:76:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "network"."work_history"
    FOR EACH ROW
    EXECUTE FUNCTION "network"."set_updated_at"();

-- [990/1605] add trigger set_updated_at on production.bookings (schemas/production.yaml:231:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."bookings"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [991/1605] add trigger set_updated_at on production.events (schemas/production.yaml:170:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."events"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [992/1605] add trigger search_vector_update on production.events (schemas/production.yaml:172:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "production"."events"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."events_search_vector"();

-- [993/1605] add trigger set_updated_at on production.incidents (schemas/production.yaml:258:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."incidents"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [994/1605] add trigger set_updated_at on production.job_applicants (schemas/production.yaml:457:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."job_applicants"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [995/1605] add trigger set_updated_at on production.job_openings (schemas/production.yaml:431:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."job_openings"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [996/1605] add trigger set_updated_at on production.personnel (schemas/production.yaml:295:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."personnel"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [997/1605] add trigger search_vector_update on production.personnel (schemas/production.yaml:297:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "production"."personnel"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."personnel_search_vector"();

-- [998/1605] add trigger set_updated_at on production.personnel_assignments (schemas/production.yaml:357:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."personnel_assignments"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [999/1605] add trigger set_updated_at on production.productions (schemas/production.yaml:29:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."productions"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1000/1605] add trigger set_updated_at on production.project_compliance (schemas/production.yaml:118:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."project_compliance"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1001/1605] add trigger set_updated_at on production.project_milestones (schemas/production.yaml:103:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."project_milestones"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1002/1605] add trigger set_updated_at on production.project_safety (schemas/production.yaml:143:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."project_safety"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1003/1605] add trigger set_updated_at on production.project_tasks (schemas/production.yaml:68:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."project_tasks"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1004/1605] add trigger set_updated_at on production.run_of_show (schemas/production.yaml:206:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."run_of_show"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1005/1605] add trigger set_updated_at on production.team_members (schemas/production.yaml:342:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."team_members"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1006/1605] add trigger set_updated_at on production.teams (schemas/production.yaml:327:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."teams"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1007/1605] add trigger set_updated_at on production.time_entries (schemas/production.yaml:379:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."time_entries"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1008/1605] add trigger set_updated_at on production.training_records (schemas/production.yaml:407:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "production"."training_records"
    FOR EACH ROW
    EXECUTE FUNCTION "production"."set_updated_at"();

-- [1009/1605] add trigger set_updated_at on resources.asset_maintenance (schemas/resources.yaml:97:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."asset_maintenance"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1010/1605] add trigger set_updated_at on resources.asset_transactions (schemas/resources.yaml:60:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."asset_transactions"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1011/1605] add trigger set_updated_at on resources.assets (schemas/resources.yaml:29:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."assets"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1012/1605] add trigger search_vector_update on resources.assets (schemas/resources.yaml:31:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "resources"."assets"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."assets_search_vector"();

-- [1013/1605] add trigger set_updated_at on resources.file_categories (schemas/resources.yaml:233:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."file_categories"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1014/1605] add trigger set_updated_at on resources.file_versions (schemas/resources.yaml:285:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."file_versions"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1015/1605] add trigger set_updated_at on resources.files (schemas/resources.yaml:253:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."files"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1016/1605] add trigger search_vector_update on resources.files (schemas/resources.yaml:255:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "resources"."files"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."files_search_vector"();

-- [1017/1605] add trigger set_updated_at on resources.location_access (schemas/resources.yaml:198:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."location_access"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1018/1605] add trigger set_updated_at on resources.location_utilities (schemas/resources.yaml:214:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."location_utilities"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1019/1605] add trigger set_updated_at on resources.locations (schemas/resources.yaml:151:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."locations"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1020/1605] add trigger set_updated_at on resources.production_advances (schemas/resources.yaml:121:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."production_advances"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1021/1605] add trigger set_updated_at on resources.site_maps (schemas/resources.yaml:180:56)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "resources"."site_maps"
    FOR EACH ROW
    EXECUTE FUNCTION "resources"."set_updated_at"();

-- [1022/1605] enable rls auth.users
ALTER TABLE "auth"."users" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auth"."users" FORCE ROW LEVEL SECURITY;

-- [1023/1605] enable rls collab.activities
ALTER TABLE "collab"."activities" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "collab"."activities" FORCE ROW LEVEL SECURITY;

-- [1024/1605] enable rls collab.comments
ALTER TABLE "collab"."comments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "collab"."comments" FORCE ROW LEVEL SECURITY;

-- [1025/1605] enable rls collab.custom_fields
ALTER TABLE "collab"."custom_fields" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "collab"."custom_fields" FORCE ROW LEVEL SECURITY;

-- [1026/1605] enable rls collab.dashboard_widgets
ALTER TABLE "collab"."dashboard_widgets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "collab"."dashboard_widgets" FORCE ROW LEVEL SECURITY;

-- [1027/1605] enable rls collab.dashboards
ALTER TABLE "collab"."dashboards" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "collab"."dashboards" FORCE ROW LEVEL SECURITY;

-- [1028/1605] enable rls collab.notifications
ALTER TABLE "collab"."notifications" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "collab"."notifications" FORCE ROW LEVEL SECURITY;

-- [1029/1605] enable rls collab.user_presence
ALTER TABLE "collab"."user_presence" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "collab"."user_presence" FORCE ROW LEVEL SECURITY;

-- [1030/1605] enable rls collab.views
ALTER TABLE "collab"."views" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "collab"."views" FORCE ROW LEVEL SECURITY;

-- [1031/1605] enable rls core.api_tokens
ALTER TABLE "core"."api_tokens" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "core"."api_tokens" FORCE ROW LEVEL SECURITY;

-- [1032/1605] enable rls core.audit_logs
ALTER TABLE "core"."audit_logs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "core"."audit_logs" FORCE ROW LEVEL SECURITY;

-- [1033/1605] enable rls core.organization_members
ALTER TABLE "core"."organization_members" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "core"."organization_members" FORCE ROW LEVEL SECURITY;

-- [1034/1605] enable rls core.organizations
ALTER TABLE "core"."organizations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "core"."organizations" FORCE ROW LEVEL SECURITY;

-- [1035/1605] enable rls core.roles
ALTER TABLE "core"."roles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "core"."roles" FORCE ROW LEVEL SECURITY;

-- [1036/1605] enable rls core.webhooks
ALTER TABLE "core"."webhooks" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "core"."webhooks" FORCE ROW LEVEL SECURITY;

-- [1037/1605] enable rls core.workspaces
ALTER TABLE "core"."workspaces" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "core"."workspaces" FORCE ROW LEVEL SECURITY;

-- [1038/1605] enable rls finance.approval_requests
ALTER TABLE "finance"."approval_requests" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."approval_requests" FORCE ROW LEVEL SECURITY;

-- [1039/1605] enable rls finance.budget_line_items
ALTER TABLE "finance"."budget_line_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."budget_line_items" FORCE ROW LEVEL SECURITY;

-- [1040/1605] enable rls finance.budgets
ALTER TABLE "finance"."budgets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."budgets" FORCE ROW LEVEL SECURITY;

-- [1041/1605] enable rls finance.expense_items
ALTER TABLE "finance"."expense_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."expense_items" FORCE ROW LEVEL SECURITY;

-- [1042/1605] enable rls finance.expense_reports
ALTER TABLE "finance"."expense_reports" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."expense_reports" FORCE ROW LEVEL SECURITY;

-- [1043/1605] enable rls finance.financial_transactions
ALTER TABLE "finance"."financial_transactions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."financial_transactions" FORCE ROW LEVEL SECURITY;

-- [1044/1605] enable rls finance.invoice_items
ALTER TABLE "finance"."invoice_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."invoice_items" FORCE ROW LEVEL SECURITY;

-- [1045/1605] enable rls finance.invoices
ALTER TABLE "finance"."invoices" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."invoices" FORCE ROW LEVEL SECURITY;

-- [1046/1605] enable rls finance.payment_methods
ALTER TABLE "finance"."payment_methods" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."payment_methods" FORCE ROW LEVEL SECURITY;

-- [1047/1605] enable rls finance.payroll_items
ALTER TABLE "finance"."payroll_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."payroll_items" FORCE ROW LEVEL SECURITY;

-- [1048/1605] enable rls finance.payroll_records
ALTER TABLE "finance"."payroll_records" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."payroll_records" FORCE ROW LEVEL SECURITY;

-- [1049/1605] enable rls finance.po_items
ALTER TABLE "finance"."po_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."po_items" FORCE ROW LEVEL SECURITY;

-- [1050/1605] enable rls finance.purchase_orders
ALTER TABLE "finance"."purchase_orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."purchase_orders" FORCE ROW LEVEL SECURITY;

-- [1051/1605] enable rls finance.requisition_items
ALTER TABLE "finance"."requisition_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."requisition_items" FORCE ROW LEVEL SECURITY;

-- [1052/1605] enable rls finance.requisitions
ALTER TABLE "finance"."requisitions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."requisitions" FORCE ROW LEVEL SECURITY;

-- [1053/1605] enable rls finance.rfqs
ALTER TABLE "finance"."rfqs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finance"."rfqs" FORCE ROW LEVEL SECURITY;

-- [1054/1605] enable rls network.community_posts
ALTER TABLE "network"."community_posts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."community_posts" FORCE ROW LEVEL SECURITY;

-- [1055/1605] enable rls network.companies
ALTER TABLE "network"."companies" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."companies" FORCE ROW LEVEL SECURITY;

-- [1056/1605] enable rls network.company_contacts
ALTER TABLE "network"."company_contacts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."company_contacts" FORCE ROW LEVEL SECURITY;

-- [1057/1605] enable rls network.connections
ALTER TABLE "network"."connections" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."connections" FORCE ROW LEVEL SECURITY;

-- [1058/1605] enable rls network.contracts
ALTER TABLE "network"."contracts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."contracts" FORCE ROW LEVEL SECURITY;

-- [1059/1605] enable rls network.endorsements
ALTER TABLE "network"."endorsements" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."endorsements" FORCE ROW LEVEL SECURITY;

-- [1060/1605] enable rls network.marketplace_listings
ALTER TABLE "network"."marketplace_listings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."marketplace_listings" FORCE ROW LEVEL SECURITY;

-- [1061/1605] enable rls network.marketplace_orders
ALTER TABLE "network"."marketplace_orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."marketplace_orders" FORCE ROW LEVEL SECURITY;

-- [1062/1605] enable rls network.marketplace_reviews
ALTER TABLE "network"."marketplace_reviews" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."marketplace_reviews" FORCE ROW LEVEL SECURITY;

-- [1063/1605] enable rls network.post_reactions
ALTER TABLE "network"."post_reactions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."post_reactions" FORCE ROW LEVEL SECURITY;

-- [1064/1605] enable rls network.user_profiles
ALTER TABLE "network"."user_profiles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."user_profiles" FORCE ROW LEVEL SECURITY;

-- [1065/1605] enable rls network.work_history
ALTER TABLE "network"."work_history" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "network"."work_history" FORCE ROW LEVEL SECURITY;

-- [1066/1605] enable rls production.bookings
ALTER TABLE "production"."bookings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."bookings" FORCE ROW LEVEL SECURITY;

-- [1067/1605] enable rls production.events
ALTER TABLE "production"."events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."events" FORCE ROW LEVEL SECURITY;

-- [1068/1605] enable rls production.incidents
ALTER TABLE "production"."incidents" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."incidents" FORCE ROW LEVEL SECURITY;

-- [1069/1605] enable rls production.job_applicants
ALTER TABLE "production"."job_applicants" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."job_applicants" FORCE ROW LEVEL SECURITY;

-- [1070/1605] enable rls production.job_openings
ALTER TABLE "production"."job_openings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."job_openings" FORCE ROW LEVEL SECURITY;

-- [1071/1605] enable rls production.personnel
ALTER TABLE "production"."personnel" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."personnel" FORCE ROW LEVEL SECURITY;

-- [1072/1605] enable rls production.personnel_assignments
ALTER TABLE "production"."personnel_assignments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."personnel_assignments" FORCE ROW LEVEL SECURITY;

-- [1073/1605] enable rls production.productions
ALTER TABLE "production"."productions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."productions" FORCE ROW LEVEL SECURITY;

-- [1074/1605] enable rls production.project_compliance
ALTER TABLE "production"."project_compliance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."project_compliance" FORCE ROW LEVEL SECURITY;

-- [1075/1605] enable rls production.project_milestones
ALTER TABLE "production"."project_milestones" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."project_milestones" FORCE ROW LEVEL SECURITY;

-- [1076/1605] enable rls production.project_safety
ALTER TABLE "production"."project_safety" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."project_safety" FORCE ROW LEVEL SECURITY;

-- [1077/1605] enable rls production.project_tasks
ALTER TABLE "production"."project_tasks" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."project_tasks" FORCE ROW LEVEL SECURITY;

-- [1078/1605] enable rls production.run_of_show
ALTER TABLE "production"."run_of_show" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."run_of_show" FORCE ROW LEVEL SECURITY;

-- [1079/1605] enable rls production.team_members
ALTER TABLE "production"."team_members" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."team_members" FORCE ROW LEVEL SECURITY;

-- [1080/1605] enable rls production.teams
ALTER TABLE "production"."teams" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."teams" FORCE ROW LEVEL SECURITY;

-- [1081/1605] enable rls production.time_entries
ALTER TABLE "production"."time_entries" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."time_entries" FORCE ROW LEVEL SECURITY;

-- [1082/1605] enable rls production.training_records
ALTER TABLE "production"."training_records" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "production"."training_records" FORCE ROW LEVEL SECURITY;

-- [1083/1605] enable rls resources.asset_maintenance
ALTER TABLE "resources"."asset_maintenance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."asset_maintenance" FORCE ROW LEVEL SECURITY;

-- [1084/1605] enable rls resources.asset_transactions
ALTER TABLE "resources"."asset_transactions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."asset_transactions" FORCE ROW LEVEL SECURITY;

-- [1085/1605] enable rls resources.assets
ALTER TABLE "resources"."assets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."assets" FORCE ROW LEVEL SECURITY;

-- [1086/1605] enable rls resources.file_categories
ALTER TABLE "resources"."file_categories" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."file_categories" FORCE ROW LEVEL SECURITY;

-- [1087/1605] enable rls resources.file_versions
ALTER TABLE "resources"."file_versions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."file_versions" FORCE ROW LEVEL SECURITY;

-- [1088/1605] enable rls resources.files
ALTER TABLE "resources"."files" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."files" FORCE ROW LEVEL SECURITY;

-- [1089/1605] enable rls resources.location_access
ALTER TABLE "resources"."location_access" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."location_access" FORCE ROW LEVEL SECURITY;

-- [1090/1605] enable rls resources.location_utilities
ALTER TABLE "resources"."location_utilities" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."location_utilities" FORCE ROW LEVEL SECURITY;

-- [1091/1605] enable rls resources.locations
ALTER TABLE "resources"."locations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."locations" FORCE ROW LEVEL SECURITY;

-- [1092/1605] enable rls resources.production_advances
ALTER TABLE "resources"."production_advances" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."production_advances" FORCE ROW LEVEL SECURITY;

-- [1093/1605] enable rls resources.site_maps
ALTER TABLE "resources"."site_maps" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "resources"."site_maps" FORCE ROW LEVEL SECURITY;

-- [1094/1605] add policy users_visible on auth.users (schemas/core.yaml:138:9)
CREATE POLICY "users_visible" ON "auth"."users"
    AS PERMISSIVE FOR SELECT
    TO PUBLIC
    USING (id = NULLIF(current_setting('app.current_user_id', true), '')::uuid OR id IN (SELECT m.user_id FROM core.organization_members m));

-- [1095/1605] add policy users_sign_up on auth.users (schemas/core.yaml:143:9)
CREATE POLICY "users_sign_up" ON "auth"."users"
    AS PERMISSIVE FOR INSERT
    TO PUBLIC
    WITH CHECK (true);

-- [1096/1605] add policy users_update_self on auth.users (schemas/core.yaml:146:9)
CREATE POLICY "users_update_self" ON "auth"."users"
    AS PERMISSIVE FOR UPDATE
    TO PUBLIC
    USING (id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
    WITH CHECK (id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);

-- [1097/1605] add policy tenant_isolation on collab.activities (schemas/collab.yaml:75:23)
CREATE POLICY "tenant_isolation" ON "collab"."activities"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1098/1605] add policy tenant_isolation on collab.comments (schemas/collab.yaml:90:23)
CREATE POLICY "tenant_isolation" ON "collab"."comments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1099/1605] add policy tenant_isolation on collab.custom_fields (schemas/collab.yaml:41:23)
CREATE POLICY "tenant_isolation" ON "collab"."custom_fields"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1100/1605] add policy tenant_isolation on collab.dashboard_widgets (schemas/collab.yaml:168:23)
CREATE POLICY "tenant_isolation" ON "collab"."dashboard_widgets"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1101/1605] add policy tenant_isolation on collab.dashboards (schemas/collab.yaml:153:23)
CREATE POLICY "tenant_isolation" ON "collab"."dashboards"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1102/1605] add policy tenant_isolation on collab.notifications (schemas/collab.yaml:112:9)
CREATE POLICY "tenant_isolation" ON "collab"."notifications"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1103/1605] add policy tenant_isolation on collab.user_presence (schemas/collab.yaml:134:23)
CREATE POLICY "tenant_isolation" ON "collab"."user_presence"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1104/1605] add policy tenant_isolation on collab.views (schemas/collab.yaml:60:23)
CREATE POLICY "tenant_isolation" ON "collab"."views"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1105/1605] add policy tenant_isolation on core.api_tokens (schemas/core.yaml:211:9)
CREATE POLICY "tenant_isolation" ON "core"."api_tokens"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1106/1605] add policy tenant_isolation on core.audit_logs (schemas/core.yaml:254:9)
CREATE POLICY "tenant_isolation" ON "core"."audit_logs"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1107/1605] add policy tenant_isolation on core.organization_members (schemas/core.yaml:167:23)
CREATE POLICY "tenant_isolation" ON "core"."organization_members"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1108/1605] add policy tenant_self on core.organizations (schemas/core.yaml:104:23)
CREATE POLICY "tenant_self" ON "core"."organizations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1109/1605] add policy tenant_isolation on core.roles (schemas/core.yaml:188:9)
CREATE POLICY "tenant_isolation" ON "core"."roles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1110/1605] add policy tenant_isolation on core.webhooks (schemas/core.yaml:232:9)
CREATE POLICY "tenant_isolation" ON "core"."webhooks"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1111/1605] add policy tenant_isolation on core.workspaces (schemas/core.yaml:152:23)
CREATE POLICY "tenant_isolation" ON "core"."workspaces"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1112/1605] add policy tenant_isolation on finance.approval_requests (schemas/finance.yaml:399:23)
CREATE POLICY "tenant_isolation" ON "finance"."approval_requests"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1113/1605] add policy tenant_isolation on finance.budget_line_items (schemas/finance.yaml:53:23)
CREATE POLICY "tenant_isolation" ON "finance"."budget_line_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1114/1605] add policy tenant_isolation on finance.budgets (schemas/finance.yaml:30:23)
CREATE POLICY "tenant_isolation" ON "finance"."budgets"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1115/1605] add policy tenant_isolation on finance.expense_items (schemas/finance.yaml:266:23)
CREATE POLICY "tenant_isolation" ON "finance"."expense_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1116/1605] add policy tenant_isolation on finance.expense_reports (schemas/finance.yaml:238:23)
CREATE POLICY "tenant_isolation" ON "finance"."expense_reports"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1117/1605] add policy tenant_isolation on finance.financial_transactions (schemas/finance.yaml:67:23)
CREATE POLICY "tenant_isolation" ON "finance"."financial_transactions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1118/1605] add policy tenant_isolation on finance.invoice_items (schemas/finance.yaml:150:23)
CREATE POLICY "tenant_isolation" ON "finance"."invoice_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1119/1605] add policy tenant_isolation on finance.invoices (schemas/finance.yaml:118:23)
CREATE POLICY "tenant_isolation" ON "finance"."invoices"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1120/1605] add policy tenant_isolation on finance.payment_methods (schemas/finance.yaml:221:23)
CREATE POLICY "tenant_isolation" ON "finance"."payment_methods"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1121/1605] add policy tenant_isolation on finance.payroll_items (schemas/finance.yaml:317:23)
CREATE POLICY "tenant_isolation" ON "finance"."payroll_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1122/1605] add policy tenant_isolation on finance.payroll_records (schemas/finance.yaml:290:23)
CREATE POLICY "tenant_isolation" ON "finance"."payroll_records"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1123/1605] add policy tenant_isolation on finance.po_items (schemas/finance.yaml:202:23)
CREATE POLICY "tenant_isolation" ON "finance"."po_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1124/1605] add policy tenant_isolation on finance.purchase_orders (schemas/finance.yaml:170:23)
CREATE POLICY "tenant_isolation" ON "finance"."purchase_orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1125/1605] add policy tenant_isolation on finance.requisition_items (schemas/finance.yaml:353:23)
CREATE POLICY "tenant_isolation" ON "finance"."requisition_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1126/1605] add policy tenant_isolation on finance.requisitions (schemas/finance.yaml:335:23)
CREATE POLICY "tenant_isolation" ON "finance"."requisitions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1127/1605] add policy tenant_isolation on finance.rfqs (schemas/finance.yaml:370:23)
CREATE POLICY "tenant_isolation" ON "finance"."rfqs"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1128/1605] add policy tenant_isolation on network.community_posts (schemas/network.yaml:188:9)
CREATE POLICY "tenant_isolation" ON "network"."community_posts"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1129/1605] add policy tenant_isolation on network.companies (schemas/network.yaml:105:9)
CREATE POLICY "tenant_isolation" ON "network"."companies"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1130/1605] add policy tenant_isolation on network.company_contacts (schemas/network.yaml:131:23)
CREATE POLICY "tenant_isolation" ON "network"."company_contacts"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1131/1605] add policy tenant_isolation on network.connections (schemas/network.yaml:224:9)
CREATE POLICY "tenant_isolation" ON "network"."connections"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1132/1605] add policy tenant_isolation on network.contracts (schemas/network.yaml:151:23)
CREATE POLICY "tenant_isolation" ON "network"."contracts"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1133/1605] add policy tenant_isolation on network.endorsements (schemas/network.yaml:54:9)
CREATE POLICY "tenant_isolation" ON "network"."endorsements"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1134/1605] add policy tenant_isolation on network.marketplace_listings (schemas/network.yaml:248:9)
CREATE POLICY "tenant_isolation" ON "network"."marketplace_listings"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1135/1605] add policy tenant_isolation on network.marketplace_orders (schemas/network.yaml:270:23)
CREATE POLICY "tenant_isolation" ON "network"."marketplace_orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1136/1605] add policy tenant_isolation on network.marketplace_reviews (schemas/network.yaml:290:23)
CREATE POLICY "tenant_isolation" ON "network"."marketplace_reviews"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1137/1605] add policy tenant_isolation on network.post_reactions (schemas/network.yaml:208:23)
CREATE POLICY "tenant_isolation" ON "network"."post_reactions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1138/1605] add policy tenant_isolation on network.user_profiles (schemas/network.yaml:29:9)
CREATE POLICY "tenant_isolation" ON "network"."user_profiles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1139/1605] add policy tenant_isolation on network.work_history (schemas/network.yaml:74:9)
CREATE POLICY "tenant_isolation" ON "network"."work_history"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1140/1605] add policy tenant_isolation on production.bookings (schemas/production.yaml:231:23)
CREATE POLICY "tenant_isolation" ON "production"."bookings"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1141/1605] add policy tenant_isolation on production.events (schemas/production.yaml:168:9)
CREATE POLICY "tenant_isolation" ON "production"."events"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1142/1605] add policy tenant_isolation on production.incidents (schemas/production.yaml:258:23)
CREATE POLICY "tenant_isolation" ON "production"."incidents"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1143/1605] add policy tenant_isolation on production.job_applicants (schemas/production.yaml:457:23)
CREATE POLICY "tenant_isolation" ON "production"."job_applicants"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1144/1605] add policy tenant_isolation on production.job_openings (schemas/production.yaml:431:23)
CREATE POLICY "tenant_isolation" ON "production"."job_openings"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1145/1605] add policy tenant_isolation on production.personnel (schemas/production.yaml:293:9)
CREATE POLICY "tenant_isolation" ON "production"."personnel"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1146/1605] add policy tenant_isolation on production.personnel_assignments (schemas/production.yaml:357:23)
CREATE POLICY "tenant_isolation" ON "production"."personnel_assignments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1147/1605] add policy tenant_isolation on production.productions (schemas/production.yaml:29:23)
CREATE POLICY "tenant_isolation" ON "production"."productions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1148/1605] add policy tenant_isolation on production.project_compliance (schemas/production.yaml:118:23)
CREATE POLICY "tenant_isolation" ON "production"."project_compliance"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1149/1605] add policy tenant_isolation on production.project_milestones (schemas/production.yaml:103:23)
CREATE POLICY "tenant_isolation" ON "production"."project_milestones"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1150/1605] add policy tenant_isolation on production.project_safety (schemas/production.yaml:143:23)
CREATE POLICY "tenant_isolation" ON "production"."project_safety"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1151/1605] add policy tenant_isolation on production.project_tasks (schemas/production.yaml:68:23)
CREATE POLICY "tenant_isolation" ON "production"."project_tasks"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1152/1605] add policy tenant_isolation on production.run_of_show (schemas/production.yaml:206:23)
CREATE POLICY "tenant_isolation" ON "production"."run_of_show"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1153/1605] add policy tenant_isolation on production.team_members (schemas/production.yaml:342:23)
CREATE POLICY "tenant_isolation" ON "production"."team_members"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1154/1605] add policy tenant_isolation on production.teams (schemas/production.yaml:327:23)
CREATE POLICY "tenant_isolation" ON "production"."teams"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1155/1605] add policy tenant_isolation on production.time_entries (schemas/production.yaml:379:23)
CREATE POLICY "tenant_isolation" ON "production"."time_entries"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1156/1605] add policy tenant_isolation on production.training_records (schemas/production.yaml:407:23)
CREATE POLICY "tenant_isolation" ON "production"."training_records"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1157/1605] add policy tenant_isolation on resources.asset_maintenance (schemas/resources.yaml:97:23)
CREATE POLICY "tenant_isolation" ON "resources"."asset_maintenance"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1158/1605] add policy tenant_isolation on resources.asset_transactions (schemas/resources.yaml:60:23)
CREATE POLICY "tenant_isolation" ON "resources"."asset_transactions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1159/1605] add policy tenant_isolation on resources.assets (schemas/resources.yaml:27:9)
CREATE POLICY "tenant_isolation" ON "resources"."assets"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1160/1605] add policy tenant_isolation on resources.file_categories (schemas/resources.yaml:233:23)
CREATE POLICY "tenant_isolation" ON "resources"."file_categories"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1161/1605] add policy tenant_isolation on resources.file_versions (schemas/resources.yaml:285:23)
CREATE POLICY "tenant_isolation" ON "resources"."file_versions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1162/1605] add policy tenant_isolation on resources.files (schemas/resources.yaml:251:9)
CREATE POLICY "tenant_isolation" ON "resources"."files"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1163/1605] add policy tenant_isolation on resources.location_access (schemas/resources.yaml:198:23)
CREATE POLICY "tenant_isolation" ON "resources"."location_access"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1164/1605] add policy tenant_isolation on resources.location_utilities (schemas/resources.yaml:214:23)
CREATE POLICY "tenant_isolation" ON "resources"."location_utilities"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1165/1605] add policy tenant_isolation on resources.locations (schemas/resources.yaml:151:23)
CREATE POLICY "tenant_isolation" ON "resources"."locations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1166/1605] add policy tenant_isolation on resources.production_advances (schemas/resources.yaml:121:23)
CREATE POLICY "tenant_isolation" ON "resources"."production_advances"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1167/1605] add policy tenant_isolation on resources.site_maps (schemas/resources.yaml:180:23)
CREATE POLICY "tenant_isolation" ON "resources"."site_maps"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [1168/1605] add grant EXECUTE on function collab.get_dashboard_metrics(p_workspace_id uuid) to prodplat_app
GRANT EXECUTE ON FUNCTION "collab"."get_dashboard_metrics"(p_workspace_id uuid) TO "prodplat_app";

-- [1169/1605] add grant EXECUTE on function collab.global_search(p_query text, p_limit integer) to prodplat_app
GRANT EXECUTE ON FUNCTION "collab"."global_search"(p_query text, p_limit integer) TO "prodplat_app";

-- [1170/1605] add grant EXECUTE on function collab.set_updated_at() to prodplat_app
GRANT EXECUTE ON FUNCTION "collab"."set_updated_at"() TO "prodplat_app";

-- [1171/1605] add grant EXECUTE on function finance.get_budget_variance(p_budget_id uuid) to prodplat_app
GRANT EXECUTE ON FUNCTION "finance"."get_budget_variance"(p_budget_id uuid) TO "prodplat_app";

-- [1172/1605] add grant EXECUTE on function finance.get_financial_summary(p_workspace_id uuid, p_from date, p_to date) to prodplat_app
GRANT EXECUTE ON FUNCTION "finance"."get_financial_summary"(p_workspace_id uuid, p_from date, p_to date) TO "prodplat_app";

-- [1173/1605] add grant EXECUTE on function finance.get_invoice_aging(p_as_of date, p_invoice_type finance.invoice_type) to prodplat_app
GRANT EXECUTE ON FUNCTION "finance"."get_invoice_aging"(p_as_of date, p_invoice_type finance.invoice_type) TO "prodplat_app";

-- [1174/1605] add grant EXECUTE on function finance.get_payroll_summary(p_from date, p_to date) to prodplat_app
GRANT EXECUTE ON FUNCTION "finance"."get_payroll_summary"(p_from date, p_to date) TO "prodplat_app";

-- [1175/1605] add grant EXECUTE on function production.calculate_overtime(p_personnel_id uuid, p_from date, p_to date) to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."calculate_overtime"(p_personnel_id uuid, p_from date, p_to date) TO "prodplat_app";

-- [1176/1605] add grant EXECUTE on function production.check_compliance_expiry(p_within_days integer) to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."check_compliance_expiry"(p_within_days integer) TO "prodplat_app";

-- [1177/1605] add grant EXECUTE on function production.check_event_conflicts(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."check_event_conflicts"(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) TO "prodplat_app";

-- [1178/1605] add grant EXECUTE on function production.events_search_vector() to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."events_search_vector"() TO "prodplat_app";

-- [1179/1605] add grant EXECUTE on function production.get_availability(p_personnel_id uuid, p_from date, p_to date) to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."get_availability"(p_personnel_id uuid, p_from date, p_to date) TO "prodplat_app";

-- [1180/1605] add grant EXECUTE on function production.get_production_health(p_production_id uuid) to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."get_production_health"(p_production_id uuid) TO "prodplat_app";

-- [1181/1605] add grant EXECUTE on function production.get_production_timeline(p_production_id uuid) to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."get_production_timeline"(p_production_id uuid) TO "prodplat_app";

-- [1182/1605] add grant EXECUTE on function production.get_user_workload(p_personnel_id uuid, p_from date, p_to date) to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."get_user_workload"(p_personnel_id uuid, p_from date, p_to date) TO "prodplat_app";

-- [1183/1605] add grant EXECUTE on function production.personnel_search_vector() to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."personnel_search_vector"() TO "prodplat_app";

-- [1184/1605] add grant EXECUTE on function production.set_updated_at() to prodplat_app
GRANT EXECUTE ON FUNCTION "production"."set_updated_at"() TO "prodplat_app";

-- [1185/1605] add grant EXECUTE on function resources.assets_search_vector() to prodplat_app
GRANT EXECUTE ON FUNCTION "resources"."assets_search_vector"() TO "prodplat_app";

-- [1186/1605] add grant EXECUTE on function resources.calculate_asset_utilization(p_asset_id uuid, p_from timestamptz, p_to timestamptz) to prodplat_app
GRANT EXECUTE ON FUNCTION "resources"."calculate_asset_utilization"(p_asset_id uuid, p_from timestamptz, p_to timestamptz) TO "prodplat_app";

-- [1187/1605] add grant EXECUTE on function resources.files_search_vector() to prodplat_app
GRANT EXECUTE ON FUNCTION "resources"."files_search_vector"() TO "prodplat_app";

-- [1188/1605] add grant EXECUTE on function resources.set_updated_at() to prodplat_app
GRANT EXECUTE ON FUNCTION "resources"."set_updated_at"() TO "prodplat_app";

-- [1189/1605] add grant USAGE on schema auth to prodplat_app
GRANT USAGE ON SCHEMA "auth" TO "prodplat_app";

-- [1190/1605] add grant USAGE on schema collab to prodplat_app
GRANT USAGE ON SCHEMA "collab" TO "prodplat_app";

-- [1191/1605] add grant USAGE on schema core to prodplat_app
GRANT USAGE ON SCHEMA "core" TO "prodplat_app";

-- [1192/1605] add grant USAGE on schema finance to prodplat_app
GRANT USAGE ON SCHEMA "finance" TO "prodplat_app";

-- [1193/1605] add grant USAGE on schema network to prodplat_app
GRANT USAGE ON SCHEMA "network" TO "prodplat_app";

-- [1194/1605] add grant USAGE on schema production to prodplat_app
GRANT USAGE ON SCHEMA "production" TO "prodplat_app";

-- [1195/1605] add grant USAGE on schema resources to prodplat_app
GRANT USAGE ON SCHEMA "resources" TO "prodplat_app";

-- [1196/1605] add grant INSERT,SELECT,UPDATE on table auth.users to prodplat_app
GRANT INSERT, SELECT, UPDATE ON TABLE "auth"."users" TO "prodplat_app";

-- [1197/1605] add grant DELETE,INSERT,SELECT,UPDATE on table collab.activities to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."activities" TO "prodplat_app";

-- [1198/1605] add grant DELETE,INSERT,SELECT,UPDATE on table collab.comments to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."comments" TO "prodplat_app";

-- [1199/1605] add grant DELETE,INSERT,SELECT,UPDATE on table collab.custom_fields to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."custom_fields" TO "prodplat_app";

-- [1200/1605] add grant DELETE,INSERT,SELECT,UPDATE on table collab.dashboard_widgets to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."dashboard_widgets" TO "prodplat_app";

-- [1201/1605] add grant DELETE,INSERT,SELECT,UPDATE on table collab.dashboards to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."dashboards" TO "prodplat_app";

-- [1202/1605] add grant DELETE,INSERT,SELECT,UPDATE on table collab.notifications to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."notifications" TO "prodplat_app";

-- [1203/1605] add grant DELETE,INSERT,SELECT,UPDATE on table collab.user_presence to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."user_presence" TO "prodplat_app";

-- [1204/1605] add grant DELETE,INSERT,SELECT,UPDATE on table collab.views to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."views" TO "prodplat_app";

-- [1205/1605] add grant DELETE,INSERT,SELECT,UPDATE on table core.api_tokens to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."api_tokens" TO "prodplat_app";

-- [1206/1605] add grant SELECT on table core.audit_logs to prodplat_app
GRANT SELECT ON TABLE "core"."audit_logs" TO "prodplat_app";

-- [1207/1605] add grant DELETE,INSERT,SELECT,UPDATE on table core.organization_members to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."organization_members" TO "prodplat_app";

-- [1208/1605] add grant DELETE,INSERT,SELECT,UPDATE on table core.organizations to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."organizations" TO "prodplat_app";

-- [1209/1605] add grant DELETE,INSERT,SELECT,UPDATE on table core.roles to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."roles" TO "prodplat_app";

-- [1210/1605] add grant DELETE,INSERT,SELECT,UPDATE on table core.webhooks to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."webhooks" TO "prodplat_app";

-- [1211/1605] add grant DELETE,INSERT,SELECT,UPDATE on table core.workspaces to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."workspaces" TO "prodplat_app";

-- [1212/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.approval_requests to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."approval_requests" TO "prodplat_app";

-- [1213/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.budget_line_items to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."budget_line_items" TO "prodplat_app";

-- [1214/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.budgets to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."budgets" TO "prodplat_app";

-- [1215/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.expense_items to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."expense_items" TO "prodplat_app";

-- [1216/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.expense_reports to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."expense_reports" TO "prodplat_app";

-- [1217/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.financial_transactions to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."financial_transactions" TO "prodplat_app";

-- [1218/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.invoice_items to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."invoice_items" TO "prodplat_app";

-- [1219/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.invoices to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."invoices" TO "prodplat_app";

-- [1220/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.payment_methods to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."payment_methods" TO "prodplat_app";

-- [1221/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.payroll_items to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."payroll_items" TO "prodplat_app";

-- [1222/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.payroll_records to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."payroll_records" TO "prodplat_app";

-- [1223/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.po_items to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."po_items" TO "prodplat_app";

-- [1224/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.purchase_orders to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."purchase_orders" TO "prodplat_app";

-- [1225/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.requisition_items to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."requisition_items" TO "prodplat_app";

-- [1226/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.requisitions to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."requisitions" TO "prodplat_app";

-- [1227/1605] add grant DELETE,INSERT,SELECT,UPDATE on table finance.rfqs to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."rfqs" TO "prodplat_app";

-- [1228/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.community_posts to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."community_posts" TO "prodplat_app";

-- [1229/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.companies to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."companies" TO "prodplat_app";

-- [1230/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.company_contacts to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."company_contacts" TO "prodplat_app";

-- [1231/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.connections to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."connections" TO "prodplat_app";

-- [1232/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.contracts to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."contracts" TO "prodplat_app";

-- [1233/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.endorsements to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."endorsements" TO "prodplat_app";

-- [1234/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.marketplace_listings to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."marketplace_listings" TO "prodplat_app";

-- [1235/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.marketplace_orders to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."marketplace_orders" TO "prodplat_app";

-- [1236/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.marketplace_reviews to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."marketplace_reviews" TO "prodplat_app";

-- [1237/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.post_reactions to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."post_reactions" TO "prodplat_app";

-- [1238/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.user_profiles to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."user_profiles" TO "prodplat_app";

-- [1239/1605] add grant DELETE,INSERT,SELECT,UPDATE on table network.work_history to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."work_history" TO "prodplat_app";

-- [1240/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.bookings to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."bookings" TO "prodplat_app";

-- [1241/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.events to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."events" TO "prodplat_app";

-- [1242/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.incidents to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."incidents" TO "prodplat_app";

-- [1243/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.job_applicants to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."job_applicants" TO "prodplat_app";

-- [1244/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.job_openings to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."job_openings" TO "prodplat_app";

-- [1245/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.personnel to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."personnel" TO "prodplat_app";

-- [1246/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.personnel_assignments to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."personnel_assignments" TO "prodplat_app";

-- [1247/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.productions to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."productions" TO "prodplat_app";

-- [1248/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.project_compliance to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."project_compliance" TO "prodplat_app";

-- [1249/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.project_milestones to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."project_milestones" TO "prodplat_app";

-- [1250/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.project_safety to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."project_safety" TO "prodplat_app";

-- [1251/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.project_tasks to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."project_tasks" TO "prodplat_app";

-- [1252/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.run_of_show to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."run_of_show" TO "prodplat_app";

-- [1253/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.team_members to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."team_members" TO "prodplat_app";

-- [1254/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.teams to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."teams" TO "prodplat_app";

-- [1255/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.time_entries to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."time_entries" TO "prodplat_app";

-- [1256/1605] add grant DELETE,INSERT,SELECT,UPDATE on table production.training_records to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."training_records" TO "prodplat_app";

-- [1257/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.asset_maintenance to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."asset_maintenance" TO "prodplat_app";

-- [1258/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.asset_transactions to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."asset_transactions" TO "prodplat_app";

-- [1259/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.assets to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."assets" TO "prodplat_app";

-- [1260/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.file_categories to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."file_categories" TO "prodplat_app";

-- [1261/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.file_versions to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."file_versions" TO "prodplat_app";

-- [1262/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.files to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."files" TO "prodplat_app";

-- [1263/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.location_access to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."location_access" TO "prodplat_app";

-- [1264/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.location_utilities to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."location_utilities" TO "prodplat_app";

-- [1265/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.locations to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."locations" TO "prodplat_app";

-- [1266/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.production_advances to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."production_advances" TO "prodplat_app";

-- [1267/1605] add grant DELETE,INSERT,SELECT,UPDATE on table resources.site_maps to prodplat_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."site_maps" TO "prodplat_app";

-- [1268/1605] add grant USAGE on type collab.activity_action to prodplat_app
GRANT USAGE ON TYPE "collab"."activity_action" TO "prodplat_app";

-- [1269/1605] add grant USAGE on type collab.custom_field_type to prodplat_app
GRANT USAGE ON TYPE "collab"."custom_field_type" TO "prodplat_app";

-- [1270/1605] add grant USAGE on type collab.presence_status to prodplat_app
GRANT USAGE ON TYPE "collab"."presence_status" TO "prodplat_app";

-- [1271/1605] add grant USAGE on type collab.view_type to prodplat_app
GRANT USAGE ON TYPE "collab"."view_type" TO "prodplat_app";

-- [1272/1605] add grant USAGE on type core.approval_status to prodplat_app
GRANT USAGE ON TYPE "core"."approval_status" TO "prodplat_app";

-- [1273/1605] add grant USAGE on type core.lifecycle_status to prodplat_app
GRANT USAGE ON TYPE "core"."lifecycle_status" TO "prodplat_app";

-- [1274/1605] add grant USAGE on type core.member_role to prodplat_app
GRANT USAGE ON TYPE "core"."member_role" TO "prodplat_app";

-- [1275/1605] add grant USAGE on type core.member_status to prodplat_app
GRANT USAGE ON TYPE "core"."member_status" TO "prodplat_app";

-- [1276/1605] add grant USAGE on type core.organization_plan to prodplat_app
GRANT USAGE ON TYPE "core"."organization_plan" TO "prodplat_app";

-- [1277/1605] add grant USAGE on type core.organization_status to prodplat_app
GRANT USAGE ON TYPE "core"."organization_status" TO "prodplat_app";

-- [1278/1605] add grant USAGE on type core.priority_level to prodplat_app
GRANT USAGE ON TYPE "core"."priority_level" TO "prodplat_app";

-- [1279/1605] add grant USAGE on type core.publish_status to prodplat_app
GRANT USAGE ON TYPE "core"."publish_status" TO "prodplat_app";

-- [1280/1605] add grant USAGE on type core.task_status to prodplat_app
GRANT USAGE ON TYPE "core"."task_status" TO "prodplat_app";

-- [1281/1605] add grant USAGE on type finance.budget_status to prodplat_app
GRANT USAGE ON TYPE "finance"."budget_status" TO "prodplat_app";

-- [1282/1605] add grant USAGE on type finance.expense_status to prodplat_app
GRANT USAGE ON TYPE "finance"."expense_status" TO "prodplat_app";

-- [1283/1605] add grant USAGE on type finance.invoice_status to prodplat_app
GRANT USAGE ON TYPE "finance"."invoice_status" TO "prodplat_app";

-- [1284/1605] add grant USAGE on type finance.invoice_type to prodplat_app
GRANT USAGE ON TYPE "finance"."invoice_type" TO "prodplat_app";

-- [1285/1605] add grant USAGE on type finance.payment_method_type to prodplat_app
GRANT USAGE ON TYPE "finance"."payment_method_type" TO "prodplat_app";

-- [1286/1605] add grant USAGE on type finance.payroll_item_type to prodplat_app
GRANT USAGE ON TYPE "finance"."payroll_item_type" TO "prodplat_app";

-- [1287/1605] add grant USAGE on type finance.payroll_status to prodplat_app
GRANT USAGE ON TYPE "finance"."payroll_status" TO "prodplat_app";

-- [1288/1605] add grant USAGE on type finance.po_status to prodplat_app
GRANT USAGE ON TYPE "finance"."po_status" TO "prodplat_app";

-- [1289/1605] add grant USAGE on type finance.requisition_status to prodplat_app
GRANT USAGE ON TYPE "finance"."requisition_status" TO "prodplat_app";

-- [1290/1605] add grant USAGE on type finance.rfq_status to prodplat_app
GRANT USAGE ON TYPE "finance"."rfq_status" TO "prodplat_app";

-- [1291/1605] add grant USAGE on type finance.transaction_status to prodplat_app
GRANT USAGE ON TYPE "finance"."transaction_status" TO "prodplat_app";

-- [1292/1605] add grant USAGE on type finance.transaction_type to prodplat_app
GRANT USAGE ON TYPE "finance"."transaction_type" TO "prodplat_app";

-- [1293/1605] add grant USAGE on type network.company_status to prodplat_app
GRANT USAGE ON TYPE "network"."company_status" TO "prodplat_app";

-- [1294/1605] add grant USAGE on type network.company_type to prodplat_app
GRANT USAGE ON TYPE "network"."company_type" TO "prodplat_app";

-- [1295/1605] add grant USAGE on type network.connection_status to prodplat_app
GRANT USAGE ON TYPE "network"."connection_status" TO "prodplat_app";

-- [1296/1605] add grant USAGE on type network.contract_status to prodplat_app
GRANT USAGE ON TYPE "network"."contract_status" TO "prodplat_app";

-- [1297/1605] add grant USAGE on type network.contract_type to prodplat_app
GRANT USAGE ON TYPE "network"."contract_type" TO "prodplat_app";

-- [1298/1605] add grant USAGE on type network.listing_type to prodplat_app
GRANT USAGE ON TYPE "network"."listing_type" TO "prodplat_app";

-- [1299/1605] add grant USAGE on type network.order_status to prodplat_app
GRANT USAGE ON TYPE "network"."order_status" TO "prodplat_app";

-- [1300/1605] add grant USAGE on type network.post_type to prodplat_app
GRANT USAGE ON TYPE "network"."post_type" TO "prodplat_app";

-- [1301/1605] add grant USAGE on type network.reaction_type to prodplat_app
GRANT USAGE ON TYPE "network"."reaction_type" TO "prodplat_app";

-- [1302/1605] add grant USAGE on type production.applicant_status to prodplat_app
GRANT USAGE ON TYPE "production"."applicant_status" TO "prodplat_app";

-- [1303/1605] add grant USAGE on type production.booking_type to prodplat_app
GRANT USAGE ON TYPE "production"."booking_type" TO "prodplat_app";

-- [1304/1605] add grant USAGE on type production.compliance_type to prodplat_app
GRANT USAGE ON TYPE "production"."compliance_type" TO "prodplat_app";

-- [1305/1605] add grant USAGE on type production.employment_type to prodplat_app
GRANT USAGE ON TYPE "production"."employment_type" TO "prodplat_app";

-- [1306/1605] add grant USAGE on type production.event_status to prodplat_app
GRANT USAGE ON TYPE "production"."event_status" TO "prodplat_app";

-- [1307/1605] add grant USAGE on type production.event_type to prodplat_app
GRANT USAGE ON TYPE "production"."event_type" TO "prodplat_app";

-- [1308/1605] add grant USAGE on type production.incident_status to prodplat_app
GRANT USAGE ON TYPE "production"."incident_status" TO "prodplat_app";

-- [1309/1605] add grant USAGE on type production.milestone_status to prodplat_app
GRANT USAGE ON TYPE "production"."milestone_status" TO "prodplat_app";

-- [1310/1605] add grant USAGE on type production.personnel_status to prodplat_app
GRANT USAGE ON TYPE "production"."personnel_status" TO "prodplat_app";

-- [1311/1605] add grant USAGE on type production.risk_level to prodplat_app
GRANT USAGE ON TYPE "production"."risk_level" TO "prodplat_app";

-- [1312/1605] add grant USAGE on type production.safety_document_type to prodplat_app
GRANT USAGE ON TYPE "production"."safety_document_type" TO "prodplat_app";

-- [1313/1605] add grant USAGE on type resources.access_point_type to prodplat_app
GRANT USAGE ON TYPE "resources"."access_point_type" TO "prodplat_app";

-- [1314/1605] add grant USAGE on type resources.asset_condition to prodplat_app
GRANT USAGE ON TYPE "resources"."asset_condition" TO "prodplat_app";

-- [1315/1605] add grant USAGE on type resources.asset_status to prodplat_app
GRANT USAGE ON TYPE "resources"."asset_status" TO "prodplat_app";

-- [1316/1605] add grant USAGE on type resources.asset_transaction_type to prodplat_app
GRANT USAGE ON TYPE "resources"."asset_transaction_type" TO "prodplat_app";

-- [1317/1605] add grant USAGE on type resources.location_type to prodplat_app
GRANT USAGE ON TYPE "resources"."location_type" TO "prodplat_app";

-- [1318/1605] add grant USAGE on type resources.maintenance_type to prodplat_app
GRANT USAGE ON TYPE "resources"."maintenance_type" TO "prodplat_app";

-- [1319/1605] add grant USAGE on type resources.site_map_type to prodplat_app
GRANT USAGE ON TYPE "resources"."site_map_type" TO "prodplat_app";

-- [1320/1605] add grant USAGE on type resources.utility_type to prodplat_app
GRANT USAGE ON TYPE "resources"."utility_type" TO "prodplat_app";

-- [1321/1605] add grant EXECUTE on function collab.get_dashboard_metrics(p_workspace_id uuid) to prodplat_reader
GRANT EXECUTE ON FUNCTION "collab"."get_dashboard_metrics"(p_workspace_id uuid) TO "prodplat_reader";

-- [1322/1605] add grant EXECUTE on function collab.global_search(p_query text, p_limit integer) to prodplat_reader
GRANT EXECUTE ON FUNCTION "collab"."global_search"(p_query text, p_limit integer) TO "prodplat_reader";

-- [1323/1605] add grant EXECUTE on function collab.set_updated_at() to prodplat_reader
GRANT EXECUTE ON FUNCTION "collab"."set_updated_at"() TO "prodplat_reader";

-- [1324/1605] add grant EXECUTE on function finance.get_budget_variance(p_budget_id uuid) to prodplat_reader
GRANT EXECUTE ON FUNCTION "finance"."get_budget_variance"(p_budget_id uuid) TO "prodplat_reader";

-- [1325/1605] add grant EXECUTE on function finance.get_financial_summary(p_workspace_id uuid, p_from date, p_to date) to prodplat_reader
GRANT EXECUTE ON FUNCTION "finance"."get_financial_summary"(p_workspace_id uuid, p_from date, p_to date) TO "prodplat_reader";

-- [1326/1605] add grant EXECUTE on function finance.get_invoice_aging(p_as_of date, p_invoice_type finance.invoice_type) to prodplat_reader
GRANT EXECUTE ON FUNCTION "finance"."get_invoice_aging"(p_as_of date, p_invoice_type finance.invoice_type) TO "prodplat_reader";

-- [1327/1605] add grant EXECUTE on function finance.get_payroll_summary(p_from date, p_to date) to prodplat_reader
GRANT EXECUTE ON FUNCTION "finance"."get_payroll_summary"(p_from date, p_to date) TO "prodplat_reader";

-- [1328/1605] add grant EXECUTE on function production.calculate_overtime(p_personnel_id uuid, p_from date, p_to date) to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."calculate_overtime"(p_personnel_id uuid, p_from date, p_to date) TO "prodplat_reader";

-- [1329/1605] add grant EXECUTE on function production.check_compliance_expiry(p_within_days integer) to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."check_compliance_expiry"(p_within_days integer) TO "prodplat_reader";

-- [1330/1605] add grant EXECUTE on function production.check_event_conflicts(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."check_event_conflicts"(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) TO "prodplat_reader";

-- [1331/1605] add grant EXECUTE on function production.events_search_vector() to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."events_search_vector"() TO "prodplat_reader";

-- [1332/1605] add grant EXECUTE on function production.get_availability(p_personnel_id uuid, p_from date, p_to date) to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."get_availability"(p_personnel_id uuid, p_from date, p_to date) TO "prodplat_reader";

-- [1333/1605] add grant EXECUTE on function production.get_production_health(p_production_id uuid) to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."get_production_health"(p_production_id uuid) TO "prodplat_reader";

-- [1334/1605] add grant EXECUTE on function production.get_production_timeline(p_production_id uuid) to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."get_production_timeline"(p_production_id uuid) TO "prodplat_reader";

-- [1335/1605] add grant EXECUTE on function production.get_user_workload(p_personnel_id uuid, p_from date, p_to date) to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."get_user_workload"(p_personnel_id uuid, p_from date, p_to date) TO "prodplat_reader";

-- [1336/1605] add grant EXECUTE on function production.personnel_search_vector() to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."personnel_search_vector"() TO "prodplat_reader";

-- [1337/1605] add grant EXECUTE on function production.set_updated_at() to prodplat_reader
GRANT EXECUTE ON FUNCTION "production"."set_updated_at"() TO "prodplat_reader";

-- [1338/1605] add grant EXECUTE on function resources.assets_search_vector() to prodplat_reader
GRANT EXECUTE ON FUNCTION "resources"."assets_search_vector"() TO "prodplat_reader";

-- [1339/1605] add grant EXECUTE on function resources.calculate_asset_utilization(p_asset_id uuid, p_from timestamptz, p_to timestamptz) to prodplat_reader
GRANT EXECUTE ON FUNCTION "resources"."calculate_asset_utilization"(p_asset_id uuid, p_from timestamptz, p_to timestamptz) TO "prodplat_reader";

-- [1340/1605] add grant EXECUTE on function resources.files_search_vector() to prodplat_reader
GRANT EXECUTE ON FUNCTION "resources"."files_search_vector"() TO "prodplat_reader";

-- [1341/1605] add grant EXECUTE on function resources.set_updated_at() to prodplat_reader
GRANT EXECUTE ON FUNCTION "resources"."set_updated_at"() TO "prodplat_reader";

-- [1342/1605] add grant USAGE on schema auth to prodplat_reader
GRANT USAGE ON SCHEMA "auth" TO "prodplat_reader";

-- [1343/1605] add grant USAGE on schema collab to prodplat_reader
GRANT USAGE ON SCHEMA "collab" TO "prodplat_reader";

-- [1344/1605] add grant USAGE on schema core to prodplat_reader
GRANT USAGE ON SCHEMA "core" TO "prodplat_reader";

-- [1345/1605] add grant USAGE on schema finance to prodplat_reader
GRANT USAGE ON SCHEMA "finance" TO "prodplat_reader";

-- [1346/1605] add grant USAGE on schema network to prodplat_reader
GRANT USAGE ON SCHEMA "network" TO "prodplat_reader";

-- [1347/1605] add grant USAGE on schema production to prodplat_reader
GRANT USAGE ON SCHEMA "production" TO "prodplat_reader";

-- [1348/1605] add grant USAGE on schema resources to prodplat_reader
GRANT USAGE ON SCHEMA "resources" TO "prodplat_reader";

-- [1349/1605] add grant SELECT on table auth.users to prodplat_reader
GRANT SELECT ON TABLE "auth"."users" TO "prodplat_reader";

-- [1350/1605] add grant SELECT on table collab.activities to prodplat_reader
GRANT SELECT ON TABLE "collab"."activities" TO "prodplat_reader";

-- [1351/1605] add grant SELECT on table collab.comments to prodplat_reader
GRANT SELECT ON TABLE "collab"."comments" TO "prodplat_reader";

-- [1352/1605] add grant SELECT on table collab.custom_fields to prodplat_reader
GRANT SELECT ON TABLE "collab"."custom_fields" TO "prodplat_reader";

-- [1353/1605] add grant SELECT on table collab.dashboard_widgets to prodplat_reader
GRANT SELECT ON TABLE "collab"."dashboard_widgets" TO "prodplat_reader";

-- [1354/1605] add grant SELECT on table collab.dashboards to prodplat_reader
GRANT SELECT ON TABLE "collab"."dashboards" TO "prodplat_reader";

-- [1355/1605] add grant SELECT on table collab.notifications to prodplat_reader
GRANT SELECT ON TABLE "collab"."notifications" TO "prodplat_reader";

-- [1356/1605] add grant SELECT on table collab.user_presence to prodplat_reader
GRANT SELECT ON TABLE "collab"."user_presence" TO "prodplat_reader";

-- [1357/1605] add grant SELECT on table collab.views to prodplat_reader
GRANT SELECT ON TABLE "collab"."views" TO "prodplat_reader";

-- [1358/1605] add grant SELECT on table core.api_tokens to prodplat_reader
GRANT SELECT ON TABLE "core"."api_tokens" TO "prodplat_reader";

-- [1359/1605] add grant SELECT on table core.audit_logs to prodplat_reader
GRANT SELECT ON TABLE "core"."audit_logs" TO "prodplat_reader";

-- [1360/1605] add grant SELECT on table core.organization_members to prodplat_reader
GRANT SELECT ON TABLE "core"."organization_members" TO "prodplat_reader";

-- [1361/1605] add grant SELECT on table core.organizations to prodplat_reader
GRANT SELECT ON TABLE "core"."organizations" TO "prodplat_reader";

-- [1362/1605] add grant SELECT on table core.roles to prodplat_reader
GRANT SELECT ON TABLE "core"."roles" TO "prodplat_reader";

-- [1363/1605] add grant SELECT on table core.webhooks to prodplat_reader
GRANT SELECT ON TABLE "core"."webhooks" TO "prodplat_reader";

-- [1364/1605] add grant SELECT on table core.workspaces to prodplat_reader
GRANT SELECT ON TABLE "core"."workspaces" TO "prodplat_reader";

-- [1365/1605] add grant SELECT on table finance.approval_requests to prodplat_reader
GRANT SELECT ON TABLE "finance"."approval_requests" TO "prodplat_reader";

-- [1366/1605] add grant SELECT on table finance.budget_line_items to prodplat_reader
GRANT SELECT ON TABLE "finance"."budget_line_items" TO "prodplat_reader";

-- [1367/1605] add grant SELECT on table finance.budgets to prodplat_reader
GRANT SELECT ON TABLE "finance"."budgets" TO "prodplat_reader";

-- [1368/1605] add grant SELECT on table finance.expense_items to prodplat_reader
GRANT SELECT ON TABLE "finance"."expense_items" TO "prodplat_reader";

-- [1369/1605] add grant SELECT on table finance.expense_reports to prodplat_reader
GRANT SELECT ON TABLE "finance"."expense_reports" TO "prodplat_reader";

-- [1370/1605] add grant SELECT on table finance.financial_transactions to prodplat_reader
GRANT SELECT ON TABLE "finance"."financial_transactions" TO "prodplat_reader";

-- [1371/1605] add grant SELECT on table finance.invoice_items to prodplat_reader
GRANT SELECT ON TABLE "finance"."invoice_items" TO "prodplat_reader";

-- [1372/1605] add grant SELECT on table finance.invoices to prodplat_reader
GRANT SELECT ON TABLE "finance"."invoices" TO "prodplat_reader";

-- [1373/1605] add grant SELECT on table finance.payment_methods to prodplat_reader
GRANT SELECT ON TABLE "finance"."payment_methods" TO "prodplat_reader";

-- [1374/1605] add grant SELECT on table finance.payroll_items to prodplat_reader
GRANT SELECT ON TABLE "finance"."payroll_items" TO "prodplat_reader";

-- [1375/1605] add grant SELECT on table finance.payroll_records to prodplat_reader
GRANT SELECT ON TABLE "finance"."payroll_records" TO "prodplat_reader";

-- [1376/1605] add grant SELECT on table finance.po_items to prodplat_reader
GRANT SELECT ON TABLE "finance"."po_items" TO "prodplat_reader";

-- [1377/1605] add grant SELECT on table finance.purchase_orders to prodplat_reader
GRANT SELECT ON TABLE "finance"."purchase_orders" TO "prodplat_reader";

-- [1378/1605] add grant SELECT on table finance.requisition_items to prodplat_reader
GRANT SELECT ON TABLE "finance"."requisition_items" TO "prodplat_reader";

-- [1379/1605] add grant SELECT on table finance.requisitions to prodplat_reader
GRANT SELECT ON TABLE "finance"."requisitions" TO "prodplat_reader";

-- [1380/1605] add grant SELECT on table finance.rfqs to prodplat_reader
GRANT SELECT ON TABLE "finance"."rfqs" TO "prodplat_reader";

-- [1381/1605] add grant SELECT on table network.community_posts to prodplat_reader
GRANT SELECT ON TABLE "network"."community_posts" TO "prodplat_reader";

-- [1382/1605] add grant SELECT on table network.companies to prodplat_reader
GRANT SELECT ON TABLE "network"."companies" TO "prodplat_reader";

-- [1383/1605] add grant SELECT on table network.company_contacts to prodplat_reader
GRANT SELECT ON TABLE "network"."company_contacts" TO "prodplat_reader";

-- [1384/1605] add grant SELECT on table network.connections to prodplat_reader
GRANT SELECT ON TABLE "network"."connections" TO "prodplat_reader";

-- [1385/1605] add grant SELECT on table network.contracts to prodplat_reader
GRANT SELECT ON TABLE "network"."contracts" TO "prodplat_reader";

-- [1386/1605] add grant SELECT on table network.endorsements to prodplat_reader
GRANT SELECT ON TABLE "network"."endorsements" TO "prodplat_reader";

-- [1387/1605] add grant SELECT on table network.marketplace_listings to prodplat_reader
GRANT SELECT ON TABLE "network"."marketplace_listings" TO "prodplat_reader";

-- [1388/1605] add grant SELECT on table network.marketplace_orders to prodplat_reader
GRANT SELECT ON TABLE "network"."marketplace_orders" TO "prodplat_reader";

-- [1389/1605] add grant SELECT on table network.marketplace_reviews to prodplat_reader
GRANT SELECT ON TABLE "network"."marketplace_reviews" TO "prodplat_reader";

-- [1390/1605] add grant SELECT on table network.post_reactions to prodplat_reader
GRANT SELECT ON TABLE "network"."post_reactions" TO "prodplat_reader";

-- [1391/1605] add grant SELECT on table network.user_profiles to prodplat_reader
GRANT SELECT ON TABLE "network"."user_profiles" TO "prodplat_reader";

-- [1392/1605] add grant SELECT on table network.work_history to prodplat_reader
GRANT SELECT ON TABLE "network"."work_history" TO "prodplat_reader";

-- [1393/1605] add grant SELECT on table production.bookings to prodplat_reader
GRANT SELECT ON TABLE "production"."bookings" TO "prodplat_reader";

-- [1394/1605] add grant SELECT on table production.events to prodplat_reader
GRANT SELECT ON TABLE "production"."events" TO "prodplat_reader";

-- [1395/1605] add grant SELECT on table production.incidents to prodplat_reader
GRANT SELECT ON TABLE "production"."incidents" TO "prodplat_reader";

-- [1396/1605] add grant SELECT on table production.job_applicants to prodplat_reader
GRANT SELECT ON TABLE "production"."job_applicants" TO "prodplat_reader";

-- [1397/1605] add grant SELECT on table production.job_openings to prodplat_reader
GRANT SELECT ON TABLE "production"."job_openings" TO "prodplat_reader";

-- [1398/1605] add grant SELECT on table production.personnel to prodplat_reader
GRANT SELECT ON TABLE "production"."personnel" TO "prodplat_reader";

-- [1399/1605] add grant SELECT on table production.personnel_assignments to prodplat_reader
GRANT SELECT ON TABLE "production"."personnel_assignments" TO "prodplat_reader";

-- [1400/1605] add grant SELECT on table production.productions to prodplat_reader
GRANT SELECT ON TABLE "production"."productions" TO "prodplat_reader";

-- [1401/1605] add grant SELECT on table production.project_compliance to prodplat_reader
GRANT SELECT ON TABLE "production"."project_compliance" TO "prodplat_reader";

-- [1402/1605] add grant SELECT on table production.project_milestones to prodplat_reader
GRANT SELECT ON TABLE "production"."project_milestones" TO "prodplat_reader";

-- [1403/1605] add grant SELECT on table production.project_safety to prodplat_reader
GRANT SELECT ON TABLE "production"."project_safety" TO "prodplat_reader";

-- [1404/1605] add grant SELECT on table production.project_tasks to prodplat_reader
GRANT SELECT ON TABLE "production"."project_tasks" TO "prodplat_reader";

-- [1405/1605] add grant SELECT on table production.run_of_show to prodplat_reader
GRANT SELECT ON TABLE "production"."run_of_show" TO "prodplat_reader";

-- [1406/1605] add grant SELECT on table production.team_members to prodplat_reader
GRANT SELECT ON TABLE "production"."team_members" TO "prodplat_reader";

-- [1407/1605] add grant SELECT on table production.teams to prodplat_reader
GRANT SELECT ON TABLE "production"."teams" TO "prodplat_reader";

-- [1408/1605] add grant SELECT on table production.time_entries to prodplat_reader
GRANT SELECT ON TABLE "production"."time_entries" TO "prodplat_reader";

-- [1409/1605] add grant SELECT on table production.training_records to prodplat_reader
GRANT SELECT ON TABLE "production"."training_records" TO "prodplat_reader";

-- [1410/1605] add grant SELECT on table resources.asset_maintenance to prodplat_reader
GRANT SELECT ON TABLE "resources"."asset_maintenance" TO "prodplat_reader";

-- [1411/1605] add grant SELECT on table resources.asset_transactions to prodplat_reader
GRANT SELECT ON TABLE "resources"."asset_transactions" TO "prodplat_reader";

-- [1412/1605] add grant SELECT on table resources.assets to prodplat_reader
GRANT SELECT ON TABLE "resources"."assets" TO "prodplat_reader";

-- [1413/1605] add grant SELECT on table resources.file_categories to prodplat_reader
GRANT SELECT ON TABLE "resources"."file_categories" TO "prodplat_reader";

-- [1414/1605] add grant SELECT on table resources.file_versions to prodplat_reader
GRANT SELECT ON TABLE "resources"."file_versions" TO "prodplat_reader";

-- [1415/1605] add grant SELECT on table resources.files to prodplat_reader
GRANT SELECT ON TABLE "resources"."files" TO "prodplat_reader";

-- [1416/1605] add grant SELECT on table resources.location_access to prodplat_reader
GRANT SELECT ON TABLE "resources"."location_access" TO "prodplat_reader";

-- [1417/1605] add grant SELECT on table resources.location_utilities to prodplat_reader
GRANT SELECT ON TABLE "resources"."location_utilities" TO "prodplat_reader";

-- [1418/1605] add grant SELECT on table resources.locations to prodplat_reader
GRANT SELECT ON TABLE "resources"."locations" TO "prodplat_reader";

-- [1419/1605] add grant SELECT on table resources.production_advances to prodplat_reader
GRANT SELECT ON TABLE "resources"."production_advances" TO "prodplat_reader";

-- [1420/1605] add grant SELECT on table resources.site_maps to prodplat_reader
GRANT SELECT ON TABLE "resources"."site_maps" TO "prodplat_reader";

-- [1421/1605] add grant USAGE on type collab.activity_action to prodplat_reader
GRANT USAGE ON TYPE "collab"."activity_action" TO "prodplat_reader";

-- [1422/1605] add grant USAGE on type collab.custom_field_type to prodplat_reader
GRANT USAGE ON TYPE "collab"."custom_field_type" TO "prodplat_reader";

-- [1423/1605] add grant USAGE on type collab.presence_status to prodplat_reader
GRANT USAGE ON TYPE "collab"."presence_status" TO "prodplat_reader";

-- [1424/1605] add grant USAGE on type collab.view_type to prodplat_reader
GRANT USAGE ON TYPE "collab"."view_type" TO "prodplat_reader";

-- [1425/1605] add grant USAGE on type core.approval_status to prodplat_reader
GRANT USAGE ON TYPE "core"."approval_status" TO "prodplat_reader";

-- [1426/1605] add grant USAGE on type core.lifecycle_status to prodplat_reader
GRANT USAGE ON TYPE "core"."lifecycle_status" TO "prodplat_reader";

-- [1427/1605] add grant USAGE on type core.member_role to prodplat_reader
GRANT USAGE ON TYPE "core"."member_role" TO "prodplat_reader";

-- [1428/1605] add grant USAGE on type core.member_status to prodplat_reader
GRANT USAGE ON TYPE "core"."member_status" TO "prodplat_reader";

-- [1429/1605] add grant USAGE on type core.organization_plan to prodplat_reader
GRANT USAGE ON TYPE "core"."organization_plan" TO "prodplat_reader";

-- [1430/1605] add grant USAGE on type core.organization_status to prodplat_reader
GRANT USAGE ON TYPE "core"."organization_status" TO "prodplat_reader";

-- [1431/1605] add grant USAGE on type core.priority_level to prodplat_reader
GRANT USAGE ON TYPE "core"."priority_level" TO "prodplat_reader";

-- [1432/1605] add grant USAGE on type core.publish_status to prodplat_reader
GRANT USAGE ON TYPE "core"."publish_status" TO "prodplat_reader";

-- [1433/1605] add grant USAGE on type core.task_status to prodplat_reader
GRANT USAGE ON TYPE "core"."task_status" TO "prodplat_reader";

-- [1434/1605] add grant USAGE on type finance.budget_status to prodplat_reader
GRANT USAGE ON TYPE "finance"."budget_status" TO "prodplat_reader";

-- [1435/1605] add grant USAGE on type finance.expense_status to prodplat_reader
GRANT USAGE ON TYPE "finance"."expense_status" TO "prodplat_reader";

-- [1436/1605] add grant USAGE on type finance.invoice_status to prodplat_reader
GRANT USAGE ON TYPE "finance"."invoice_status" TO "prodplat_reader";

-- [1437/1605] add grant USAGE on type finance.invoice_type to prodplat_reader
GRANT USAGE ON TYPE "finance"."invoice_type" TO "prodplat_reader";

-- [1438/1605] add grant USAGE on type finance.payment_method_type to prodplat_reader
GRANT USAGE ON TYPE "finance"."payment_method_type" TO "prodplat_reader";

-- [1439/1605] add grant USAGE on type finance.payroll_item_type to prodplat_reader
GRANT USAGE ON TYPE "finance"."payroll_item_type" TO "prodplat_reader";

-- [1440/1605] add grant USAGE on type finance.payroll_status to prodplat_reader
GRANT USAGE ON TYPE "finance"."payroll_status" TO "prodplat_reader";

-- [1441/1605] add grant USAGE on type finance.po_status to prodplat_reader
GRANT USAGE ON TYPE "finance"."po_status" TO "prodplat_reader";

-- [1442/1605] add grant USAGE on type finance.requisition_status to prodplat_reader
GRANT USAGE ON TYPE "finance"."requisition_status" TO "prodplat_reader";

-- [1443/1605] add grant USAGE on type finance.rfq_status to prodplat_reader
GRANT USAGE ON TYPE "finance"."rfq_status" TO "prodplat_reader";

-- [1444/1605] add grant USAGE on type finance.transaction_status to prodplat_reader
GRANT USAGE ON TYPE "finance"."transaction_status" TO "prodplat_reader";

-- [1445/1605] add grant USAGE on type finance.transaction_type to prodplat_reader
GRANT USAGE ON TYPE "finance"."transaction_type" TO "prodplat_reader";

-- [1446/1605] add grant USAGE on type network.company_status to prodplat_reader
GRANT USAGE ON TYPE "network"."company_status" TO "prodplat_reader";

-- [1447/1605] add grant USAGE on type network.company_type to prodplat_reader
GRANT USAGE ON TYPE "network"."company_type" TO "prodplat_reader";

-- [1448/1605] add grant USAGE on type network.connection_status to prodplat_reader
GRANT USAGE ON TYPE "network"."connection_status" TO "prodplat_reader";

-- [1449/1605] add grant USAGE on type network.contract_status to prodplat_reader
GRANT USAGE ON TYPE "network"."contract_status" TO "prodplat_reader";

-- [1450/1605] add grant USAGE on type network.contract_type to prodplat_reader
GRANT USAGE ON TYPE "network"."contract_type" TO "prodplat_reader";

-- [1451/1605] add grant USAGE on type network.listing_type to prodplat_reader
GRANT USAGE ON TYPE "network"."listing_type" TO "prodplat_reader";

-- [1452/1605] add grant USAGE on type network.order_status to prodplat_reader
GRANT USAGE ON TYPE "network"."order_status" TO "prodplat_reader";

-- [1453/1605] add grant USAGE on type network.post_type to prodplat_reader
GRANT USAGE ON TYPE "network"."post_type" TO "prodplat_reader";

-- [1454/1605] add grant USAGE on type network.reaction_type to prodplat_reader
GRANT USAGE ON TYPE "network"."reaction_type" TO "prodplat_reader";

-- [1455/1605] add grant USAGE on type production.applicant_status to prodplat_reader
GRANT USAGE ON TYPE "production"."applicant_status" TO "prodplat_reader";

-- [1456/1605] add grant USAGE on type production.booking_type to prodplat_reader
GRANT USAGE ON TYPE "production"."booking_type" TO "prodplat_reader";

-- [1457/1605] add grant USAGE on type production.compliance_type to prodplat_reader
GRANT USAGE ON TYPE "production"."compliance_type" TO "prodplat_reader";

-- [1458/1605] add grant USAGE on type production.employment_type to prodplat_reader
GRANT USAGE ON TYPE "production"."employment_type" TO "prodplat_reader";

-- [1459/1605] add grant USAGE on type production.event_status to prodplat_reader
GRANT USAGE ON TYPE "production"."event_status" TO "prodplat_reader";

-- [1460/1605] add grant USAGE on type production.event_type to prodplat_reader
GRANT USAGE ON TYPE "production"."event_type" TO "prodplat_reader";

-- [1461/1605] add grant USAGE on type production.incident_status to prodplat_reader
GRANT USAGE ON TYPE "production"."incident_status" TO "prodplat_reader";

-- [1462/1605] add grant USAGE on type production.milestone_status to prodplat_reader
GRANT USAGE ON TYPE "production"."milestone_status" TO "prodplat_reader";

-- [1463/1605] add grant USAGE on type production.personnel_status to prodplat_reader
GRANT USAGE ON TYPE "production"."personnel_status" TO "prodplat_reader";

-- [1464/1605] add grant USAGE on type production.risk_level to prodplat_reader
GRANT USAGE ON TYPE "production"."risk_level" TO "prodplat_reader";

-- [1465/1605] add grant USAGE on type production.safety_document_type to prodplat_reader
GRANT USAGE ON TYPE "production"."safety_document_type" TO "prodplat_reader";

-- [1466/1605] add grant USAGE on type resources.access_point_type to prodplat_reader
GRANT USAGE ON TYPE "resources"."access_point_type" TO "prodplat_reader";

-- [1467/1605] add grant USAGE on type resources.asset_condition to prodplat_reader
GRANT USAGE ON TYPE "resources"."asset_condition" TO "prodplat_reader";

-- [1468/1605] add grant USAGE on type resources.asset_status to prodplat_reader
GRANT USAGE ON TYPE "resources"."asset_status" TO "prodplat_reader";

-- [1469/1605] add grant USAGE on type resources.asset_transaction_type to prodplat_reader
GRANT USAGE ON TYPE "resources"."asset_transaction_type" TO "prodplat_reader";

-- [1470/1605] add grant USAGE on type resources.location_type to prodplat_reader
GRANT USAGE ON TYPE "resources"."location_type" TO "prodplat_reader";

-- [1471/1605] add grant USAGE on type resources.maintenance_type to prodplat_reader
GRANT USAGE ON TYPE "resources"."maintenance_type" TO "prodplat_reader";

-- [1472/1605] add grant USAGE on type resources.site_map_type to prodplat_reader
GRANT USAGE ON TYPE "resources"."site_map_type" TO "prodplat_reader";

-- [1473/1605] add grant USAGE on type resources.utility_type to prodplat_reader
GRANT USAGE ON TYPE "resources"."utility_type" TO "prodplat_reader";

-- [1474/1605] add grant USAGE on schema auth to prodplat_service
GRANT USAGE ON SCHEMA "auth" TO "prodplat_service";

-- [1475/1605] add grant USAGE on schema collab to prodplat_service
GRANT USAGE ON SCHEMA "collab" TO "prodplat_service";

-- [1476/1605] add grant USAGE on schema core to prodplat_service
GRANT USAGE ON SCHEMA "core" TO "prodplat_service";

-- [1477/1605] add grant USAGE on schema finance to prodplat_service
GRANT USAGE ON SCHEMA "finance" TO "prodplat_service";

-- [1478/1605] add grant USAGE on schema network to prodplat_service
GRANT USAGE ON SCHEMA "network" TO "prodplat_service";

-- [1479/1605] add grant USAGE on schema production to prodplat_service
GRANT USAGE ON SCHEMA "production" TO "prodplat_service";

-- [1480/1605] add grant USAGE on schema resources to prodplat_service
GRANT USAGE ON SCHEMA "resources" TO "prodplat_service";

-- [1481/1605] add grant ALL on table auth.users to prodplat_service
GRANT ALL ON TABLE "auth"."users" TO "prodplat_service";

-- [1482/1605] add grant ALL on table collab.activities to prodplat_service
GRANT ALL ON TABLE "collab"."activities" TO "prodplat_service";

-- [1483/1605] add grant ALL on table collab.comments to prodplat_service
GRANT ALL ON TABLE "collab"."comments" TO "prodplat_service";

-- [1484/1605] add grant ALL on table collab.custom_fields to prodplat_service
GRANT ALL ON TABLE "collab"."custom_fields" TO "prodplat_service";

-- [1485/1605] add grant ALL on table collab.dashboard_widgets to prodplat_service
GRANT ALL ON TABLE "collab"."dashboard_widgets" TO "prodplat_service";

-- [1486/1605] add grant ALL on table collab.dashboards to prodplat_service
GRANT ALL ON TABLE "collab"."dashboards" TO "prodplat_service";

-- [1487/1605] add grant ALL on table collab.notifications to prodplat_service
GRANT ALL ON TABLE "collab"."notifications" TO "prodplat_service";

-- [1488/1605] add grant ALL on table collab.user_presence to prodplat_service
GRANT ALL ON TABLE "collab"."user_presence" TO "prodplat_service";

-- [1489/1605] add grant ALL on table collab.views to prodplat_service
GRANT ALL ON TABLE "collab"."views" TO "prodplat_service";

-- [1490/1605] add grant ALL on table core.api_tokens to prodplat_service
GRANT ALL ON TABLE "core"."api_tokens" TO "prodplat_service";

-- [1491/1605] add grant ALL on table core.audit_logs to prodplat_service
GRANT ALL ON TABLE "core"."audit_logs" TO "prodplat_service";

-- [1492/1605] add grant ALL on table core.organization_members to prodplat_service
GRANT ALL ON TABLE "core"."organization_members" TO "prodplat_service";

-- [1493/1605] add grant ALL on table core.organizations to prodplat_service
GRANT ALL ON TABLE "core"."organizations" TO "prodplat_service";

-- [1494/1605] add grant ALL on table core.roles to prodplat_service
GRANT ALL ON TABLE "core"."roles" TO "prodplat_service";

-- [1495/1605] add grant ALL on table core.webhooks to prodplat_service
GRANT ALL ON TABLE "core"."webhooks" TO "prodplat_service";

-- [1496/1605] add grant ALL on table core.workspaces to prodplat_service
GRANT ALL ON TABLE "core"."workspaces" TO "prodplat_service";

-- [1497/1605] add grant ALL on table finance.approval_requests to prodplat_service
GRANT ALL ON TABLE "finance"."approval_requests" TO "prodplat_service";

-- [1498/1605] add grant ALL on table finance.budget_line_items to prodplat_service
GRANT ALL ON TABLE "finance"."budget_line_items" TO "prodplat_service";

-- [1499/1605] add grant ALL on table finance.budgets to prodplat_service
GRANT ALL ON TABLE "finance"."budgets" TO "prodplat_service";

-- [1500/1605] add grant ALL on table finance.expense_items to prodplat_service
GRANT ALL ON TABLE "finance"."expense_items" TO "prodplat_service";

-- [1501/1605] add grant ALL on table finance.expense_reports to prodplat_service
GRANT ALL ON TABLE "finance"."expense_reports" TO "prodplat_service";

-- [1502/1605] add grant ALL on table finance.financial_transactions to prodplat_service
GRANT ALL ON TABLE "finance"."financial_transactions" TO "prodplat_service";

-- [1503/1605] add grant ALL on table finance.invoice_items to prodplat_service
GRANT ALL ON TABLE "finance"."invoice_items" TO "prodplat_service";

-- [1504/1605] add grant ALL on table finance.invoices to prodplat_service
GRANT ALL ON TABLE "finance"."invoices" TO "prodplat_service";

-- [1505/1605] add grant ALL on table finance.payment_methods to prodplat_service
GRANT ALL ON TABLE "finance"."payment_methods" TO "prodplat_service";

-- [1506/1605] add grant ALL on table finance.payroll_items to prodplat_service
GRANT ALL ON TABLE "finance"."payroll_items" TO "prodplat_service";

-- [1507/1605] add grant ALL on table finance.payroll_records to prodplat_service
GRANT ALL ON TABLE "finance"."payroll_records" TO "prodplat_service";

-- [1508/1605] add grant ALL on table finance.po_items to prodplat_service
GRANT ALL ON TABLE "finance"."po_items" TO "prodplat_service";

-- [1509/1605] add grant ALL on table finance.purchase_orders to prodplat_service
GRANT ALL ON TABLE "finance"."purchase_orders" TO "prodplat_service";

-- [1510/1605] add grant ALL on table finance.requisition_items to prodplat_service
GRANT ALL ON TABLE "finance"."requisition_items" TO "prodplat_service";

-- [1511/1605] add grant ALL on table finance.requisitions to prodplat_service
GRANT ALL ON TABLE "finance"."requisitions" TO "prodplat_service";

-- [1512/1605] add grant ALL on table finance.rfqs to prodplat_service
GRANT ALL ON TABLE "finance"."rfqs" TO "prodplat_service";

-- [1513/1605] add grant ALL on table network.community_posts to prodplat_service
GRANT ALL ON TABLE "network"."community_posts" TO "prodplat_service";

-- [1514/1605] add grant ALL on table network.companies to prodplat_service
GRANT ALL ON TABLE "network"."companies" TO "prodplat_service";

-- [1515/1605] add grant ALL on table network.company_contacts to prodplat_service
GRANT ALL ON TABLE "network"."company_contacts" TO "prodplat_service";

-- [1516/1605] add grant ALL on table network.connections to prodplat_service
GRANT ALL ON TABLE "network"."connections" TO "prodplat_service";

-- [1517/1605] add grant ALL on table network.contracts to prodplat_service
GRANT ALL ON TABLE "network"."contracts" TO "prodplat_service";

-- [1518/1605] add grant ALL on table network.endorsements to prodplat_service
GRANT ALL ON TABLE "network"."endorsements" TO "prodplat_service";

-- [1519/1605] add grant ALL on table network.marketplace_listings to prodplat_service
GRANT ALL ON TABLE "network"."marketplace_listings" TO "prodplat_service";

-- [1520/1605] add grant ALL on table network.marketplace_orders to prodplat_service
GRANT ALL ON TABLE "network"."marketplace_orders" TO "prodplat_service";

-- [1521/1605] add grant ALL on table network.marketplace_reviews to prodplat_service
GRANT ALL ON TABLE "network"."marketplace_reviews" TO "prodplat_service";

-- [1522/1605] add grant ALL on table network.post_reactions to prodplat_service
GRANT ALL ON TABLE "network"."post_reactions" TO "prodplat_service";

-- [1523/1605] add grant ALL on table network.user_profiles to prodplat_service
GRANT ALL ON TABLE "network"."user_profiles" TO "prodplat_service";

-- [1524/1605] add grant ALL on table network.work_history to prodplat_service
GRANT ALL ON TABLE "network"."work_history" TO "prodplat_service";

-- [1525/1605] add grant ALL on table production.bookings to prodplat_service
GRANT ALL ON TABLE "production"."bookings" TO "prodplat_service";

-- [1526/1605] add grant ALL on table production.events to prodplat_service
GRANT ALL ON TABLE "production"."events" TO "prodplat_service";

-- [1527/1605] add grant ALL on table production.incidents to prodplat_service
GRANT ALL ON TABLE "production"."incidents" TO "prodplat_service";

-- [1528/1605] add grant ALL on table production.job_applicants to prodplat_service
GRANT ALL ON TABLE "production"."job_applicants" TO "prodplat_service";

-- [1529/1605] add grant ALL on table production.job_openings to prodplat_service
GRANT ALL ON TABLE "production"."job_openings" TO "prodplat_service";

-- [1530/1605] add grant ALL on table production.personnel to prodplat_service
GRANT ALL ON TABLE "production"."personnel" TO "prodplat_service";

-- [1531/1605] add grant ALL on table production.personnel_assignments to prodplat_service
GRANT ALL ON TABLE "production"."personnel_assignments" TO "prodplat_service";

-- [1532/1605] add grant ALL on table production.productions to prodplat_service
GRANT ALL ON TABLE "production"."productions" TO "prodplat_service";

-- [1533/1605] add grant ALL on table production.project_compliance to prodplat_service
GRANT ALL ON TABLE "production"."project_compliance" TO "prodplat_service";

-- [1534/1605] add grant ALL on table production.project_milestones to prodplat_service
GRANT ALL ON TABLE "production"."project_milestones" TO "prodplat_service";

-- [1535/1605] add grant ALL on table production.project_safety to prodplat_service
GRANT ALL ON TABLE "production"."project_safety" TO "prodplat_service";

-- [1536/1605] add grant ALL on table production.project_tasks to prodplat_service
GRANT ALL ON TABLE "production"."project_tasks" TO "prodplat_service";

-- [1537/1605] add grant ALL on table production.run_of_show to prodplat_service
GRANT ALL ON TABLE "production"."run_of_show" TO "prodplat_service";

-- [1538/1605] add grant ALL on table production.team_members to prodplat_service
GRANT ALL ON TABLE "production"."team_members" TO "prodplat_service";

-- [1539/1605] add grant ALL on table production.teams to prodplat_service
GRANT ALL ON TABLE "production"."teams" TO "prodplat_service";

-- [1540/1605] add grant ALL on table production.time_entries to prodplat_service
GRANT ALL ON TABLE "production"."time_entries" TO "prodplat_service";

-- [1541/1605] add grant ALL on table production.training_records to prodplat_service
GRANT ALL ON TABLE "production"."training_records" TO "prodplat_service";

-- [1542/1605] add grant ALL on table resources.asset_maintenance to prodplat_service
GRANT ALL ON TABLE "resources"."asset_maintenance" TO "prodplat_service";

-- [1543/1605] add grant ALL on table resources.asset_transactions to prodplat_service
GRANT ALL ON TABLE "resources"."asset_transactions" TO "prodplat_service";

-- [1544/1605] add grant ALL on table resources.assets to prodplat_service
GRANT ALL ON TABLE "resources"."assets" TO "prodplat_service";

-- [1545/1605] add grant ALL on table resources.file_categories to prodplat_service
GRANT ALL ON TABLE "resources"."file_categories" TO "prodplat_service";

-- [1546/1605] add grant ALL on table resources.file_versions to prodplat_service
GRANT ALL ON TABLE "resources"."file_versions" TO "prodplat_service";

-- [1547/1605] add grant ALL on table resources.files to prodplat_service
GRANT ALL ON TABLE "resources"."files" TO "prodplat_service";

-- [1548/1605] add grant ALL on table resources.location_access to prodplat_service
GRANT ALL ON TABLE "resources"."location_access" TO "prodplat_service";

-- [1549/1605] add grant ALL on table resources.location_utilities to prodplat_service
GRANT ALL ON TABLE "resources"."location_utilities" TO "prodplat_service";

-- [1550/1605] add grant ALL on table resources.locations to prodplat_service
GRANT ALL ON TABLE "resources"."locations" TO "prodplat_service";

-- [1551/1605] add grant ALL on table resources.production_advances to prodplat_service
GRANT ALL ON TABLE "resources"."production_advances" TO "prodplat_service";

-- [1552/1605] add grant ALL on table resources.site_maps to prodplat_service
GRANT ALL ON TABLE "resources"."site_maps" TO "prodplat_service";

-- [1553/1605] add grant USAGE on type collab.activity_action to prodplat_service
GRANT USAGE ON TYPE "collab"."activity_action" TO "prodplat_service";

-- [1554/1605] add grant USAGE on type collab.custom_field_type to prodplat_service
GRANT USAGE ON TYPE "collab"."custom_field_type" TO "prodplat_service";

-- [1555/1605] add grant USAGE on type collab.presence_status to prodplat_service
GRANT USAGE ON TYPE "collab"."presence_status" TO "prodplat_service";

-- [1556/1605] add grant USAGE on type collab.view_type to prodplat_service
GRANT USAGE ON TYPE "collab"."view_type" TO "prodplat_service";

-- [1557/1605] add grant USAGE on type core.approval_status to prodplat_service
GRANT USAGE ON TYPE "core"."approval_status" TO "prodplat_service";

-- [1558/1605] add grant USAGE on type core.lifecycle_status to prodplat_service
GRANT USAGE ON TYPE "core"."lifecycle_status" TO "prodplat_service";

-- [1559/1605] add grant USAGE on type core.member_role to prodplat_service
GRANT USAGE ON TYPE "core"."member_role" TO "prodplat_service";

-- [1560/1605] add grant USAGE on type core.member_status to prodplat_service
GRANT USAGE ON TYPE "core"."member_status" TO "prodplat_service";

-- [1561/1605] add grant USAGE on type core.organization_plan to prodplat_service
GRANT USAGE ON TYPE "core"."organization_plan" TO "prodplat_service";

-- [1562/1605] add grant USAGE on type core.organization_status to prodplat_service
GRANT USAGE ON TYPE "core"."organization_status" TO "prodplat_service";

-- [1563/1605] add grant USAGE on type core.priority_level to prodplat_service
GRANT USAGE ON TYPE "core"."priority_level" TO "prodplat_service";

-- [1564/1605] add grant USAGE on type core.publish_status to prodplat_service
GRANT USAGE ON TYPE "core"."publish_status" TO "prodplat_service";

-- [1565/1605] add grant USAGE on type core.task_status to prodplat_service
GRANT USAGE ON TYPE "core"."task_status" TO "prodplat_service";

-- [1566/1605] add grant USAGE on type finance.budget_status to prodplat_service
GRANT USAGE ON TYPE "finance"."budget_status" TO "prodplat_service";

-- [1567/1605] add grant USAGE on type finance.expense_status to prodplat_service
GRANT USAGE ON TYPE "finance"."expense_status" TO "prodplat_service";

-- [1568/1605] add grant USAGE on type finance.invoice_status to prodplat_service
GRANT USAGE ON TYPE "finance"."invoice_status" TO "prodplat_service";

-- [1569/1605] add grant USAGE on type finance.invoice_type to prodplat_service
GRANT USAGE ON TYPE "finance"."invoice_type" TO "prodplat_service";

-- [1570/1605] add grant USAGE on type finance.payment_method_type to prodplat_service
GRANT USAGE ON TYPE "finance"."payment_method_type" TO "prodplat_service";

-- [1571/1605] add grant USAGE on type finance.payroll_item_type to prodplat_service
GRANT USAGE ON TYPE "finance"."payroll_item_type" TO "prodplat_service";

-- [1572/1605] add grant USAGE on type finance.payroll_status to prodplat_service
GRANT USAGE ON TYPE "finance"."payroll_status" TO "prodplat_service";

-- [1573/1605] add grant USAGE on type finance.po_status to prodplat_service
GRANT USAGE ON TYPE "finance"."po_status" TO "prodplat_service";

-- [1574/1605] add grant USAGE on type finance.requisition_status to prodplat_service
GRANT USAGE ON TYPE "finance"."requisition_status" TO "prodplat_service";

-- [1575/1605] add grant USAGE on type finance.rfq_status to prodplat_service
GRANT USAGE ON TYPE "finance"."rfq_status" TO "prodplat_service";

-- [1576/1605] add grant USAGE on type finance.transaction_status to prodplat_service
GRANT USAGE ON TYPE "finance"."transaction_status" TO "prodplat_service";

-- [1577/1605] add grant USAGE on type finance.transaction_type to prodplat_service
GRANT USAGE ON TYPE "finance"."transaction_type" TO "prodplat_service";

-- [1578/1605] add grant USAGE on type network.company_status to prodplat_service
GRANT USAGE ON TYPE "network"."company_status" TO "prodplat_service";

-- [1579/1605] add grant USAGE on type network.company_type to prodplat_service
GRANT USAGE ON TYPE "network"."company_type" TO "prodplat_service";

-- [1580/1605] add grant USAGE on type network.connection_status to prodplat_service
GRANT USAGE ON TYPE "network"."connection_status" TO "prodplat_service";

-- [1581/1605] add grant USAGE on type network.contract_status to prodplat_service
GRANT USAGE ON TYPE "network"."contract_status" TO "prodplat_service";

-- [1582/1605] add grant USAGE on type network.contract_type to prodplat_service
GRANT USAGE ON TYPE "network"."contract_type" TO "prodplat_service";

-- [1583/1605] add grant USAGE on type network.listing_type to prodplat_service
GRANT USAGE ON TYPE "network"."listing_type" TO "prodplat_service";

-- [1584/1605] add grant USAGE on type network.order_status to prodplat_service
GRANT USAGE ON TYPE "network"."order_status" TO "prodplat_service";

-- [1585/1605] add grant USAGE on type network.post_type to prodplat_service
GRANT USAGE ON TYPE "network"."post_type" TO "prodplat_service";

-- [1586/1605] add grant USAGE on type network.reaction_type to prodplat_service
GRANT USAGE ON TYPE "network"."reaction_type" TO "prodplat_service";

-- [1587/1605] add grant USAGE on type production.applicant_status to prodplat_service
GRANT USAGE ON TYPE "production"."applicant_status" TO "prodplat_service";

-- [1588/1605] add grant USAGE on type production.booking_type to prodplat_service
GRANT USAGE ON TYPE "production"."booking_type" TO "prodplat_service";

-- [1589/1605] add grant USAGE on type production.compliance_type to prodplat_service
GRANT USAGE ON TYPE "production"."compliance_type" TO "prodplat_service";

-- [1590/1605] add grant USAGE on type production.employment_type to prodplat_service
GRANT USAGE ON TYPE "production"."employment_type" TO "prodplat_service";

-- [1591/1605] add grant USAGE on type production.event_status to prodplat_service
GRANT USAGE ON TYPE "production"."event_status" TO "prodplat_service";

-- [1592/1605] add grant USAGE on type production.event_type to prodplat_service
GRANT USAGE ON TYPE "production"."event_type" TO "prodplat_service";

-- [1593/1605] add grant USAGE on type production.incident_status to prodplat_service
GRANT USAGE ON TYPE "production"."incident_status" TO "prodplat_service";

-- [1594/1605] add grant USAGE on type production.milestone_status to prodplat_service
GRANT USAGE ON TYPE "production"."milestone_status" TO "prodplat_service";

-- [1595/1605] add grant USAGE on type production.personnel_status to prodplat_service
GRANT USAGE ON TYPE "production"."personnel_status" TO "prodplat_service";

-- [1596/1605] add grant USAGE on type production.risk_level to prodplat_service
GRANT USAGE ON TYPE "production"."risk_level" TO "prodplat_service";

-- [1597/1605] add grant USAGE on type production.safety_document_type to prodplat_service
GRANT USAGE ON TYPE "production"."safety_document_type" TO "prodplat_service";

-- [1598/1605] add grant USAGE on type resources.access_point_type to prodplat_service
GRANT USAGE ON TYPE "resources"."access_point_type" TO "prodplat_service";

-- [1599/1605] add grant USAGE on type resources.asset_condition to prodplat_service
GRANT USAGE ON TYPE "resources"."asset_condition" TO "prodplat_service";

-- [1600/1605] add grant USAGE on type resources.asset_status to prodplat_service
GRANT USAGE ON TYPE "resources"."asset_status" TO "prodplat_service";

-- [1601/1605] add grant USAGE on type resources.asset_transaction_type to prodplat_service
GRANT USAGE ON TYPE "resources"."asset_transaction_type" TO "prodplat_service";

-- [1602/1605] add grant USAGE on type resources.location_type to prodplat_service
GRANT USAGE ON TYPE "resources"."location_type" TO "prodplat_service";

-- [1603/1605] add grant USAGE on type resources.maintenance_type to prodplat_service
GRANT USAGE ON TYPE "resources"."maintenance_type" TO "prodplat_service";

-- [1604/1605] add grant USAGE on type resources.site_map_type to prodplat_service
GRANT USAGE ON TYPE "resources"."site_map_type" TO "prodplat_service";

-- [1605/1605] add grant USAGE on type resources.utility_type to prodplat_service
GRANT USAGE ON TYPE "resources"."utility_type" TO "prodplat_service";
