-- provision migration V0001 (up) for database platform: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/428] add extension citext (schemas/tenant.yaml:6:14)
CREATE EXTENSION IF NOT EXISTS "citext";

-- [2/428] add role application_user (schemas/rbac.yaml:18:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "application_user";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'application_user'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = -1
    ) THEN
        ALTER ROLE "application_user" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT -1;
    END IF;
END
$provision$;
COMMENT ON ROLE "application_user" IS 'The application''s connection role. Full CRUD, always subject to row-level security.';

-- [3/428] add role readonly_user (schemas/rbac.yaml:22:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "readonly_user";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'readonly_user'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 20
    ) THEN
        ALTER ROLE "readonly_user" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 20;
    END IF;
END
$provision$;
COMMENT ON ROLE "readonly_user" IS 'Reporting and BI. SELECT only, subject to row-level security.';

-- [4/428] add role super_admin (schemas/rbac.yaml:27:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "super_admin";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'super_admin'
          AND rolcanlogin = False AND rolinherit = True AND rolbypassrls = True
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = -1
    ) THEN
        ALTER ROLE "super_admin" NOLOGIN INHERIT BYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT -1;
    END IF;
END
$provision$;
COMMENT ON ROLE "super_admin" IS 'Administrative role (use sparingly); bypasses row-level security. Granted to named operators.';

-- [5/428] add schema hs (schemas/home_services.yaml:6:9)
CREATE SCHEMA "hs";
COMMENT ON SCHEMA "hs" IS 'Home services vertical (hs): service areas, technicians, customers, work orders through their twelve states, appointments and invoices. Work orders and invoices are written to a hash-chained, append-only audit trail.';

-- [6/428] add schema rbac (schemas/rbac.yaml:6:9)
CREATE SCHEMA "rbac";
COMMENT ON SCHEMA "rbac" IS 'Role-based access control: the permission catalogue (resource x action x scope), per-organization application roles and their assignment to members, plus the database roles the platform connects as.';

-- [7/428] add schema rest (schemas/restaurant.yaml:5:9)
CREATE SCHEMA "rest";
COMMENT ON SCHEMA "rest" IS 'Restaurant vertical (rest): menus and menu items, the dining room, reservations and kitchen display tickets.';

-- [8/428] add schema ret (schemas/retail.yaml:5:9)
CREATE SCHEMA "ret";
COMMENT ON SCHEMA "ret" IS 'Retail vertical (ret): stores, the product catalogue, customers, orders and multi-location inventory with a monthly-partitioned movement ledger.';

-- [9/428] add schema tenant (schemas/tenant.yaml:5:9)
CREATE SCHEMA "tenant";
COMMENT ON SCHEMA "tenant" IS 'Tenants and people: organizations (the tenant root), their workspaces and memberships, and the platform-wide user accounts members sign in with.';

-- [10/428] add enum hs.appointment_status (schemas/home_services.yaml:27:3)
CREATE TYPE "hs"."appointment_status" AS ENUM ('scheduled', 'confirmed', 'en_route', 'arrived', 'completed', 'missed', 'cancelled');

-- [11/428] add enum hs.invoice_status (schemas/home_services.yaml:28:3)
CREATE TYPE "hs"."invoice_status" AS ENUM ('draft', 'sent', 'partially_paid', 'paid', 'overdue', 'void');

-- [12/428] add enum hs.work_order_priority (schemas/home_services.yaml:26:3)
CREATE TYPE "hs"."work_order_priority" AS ENUM ('low', 'normal', 'high', 'emergency');

-- [13/428] add enum hs.work_order_status (schemas/home_services.yaml:11:3)
CREATE TYPE "hs"."work_order_status" AS ENUM ('draft', 'requested', 'estimated', 'approved', 'scheduled', 'dispatched', 'en_route', 'in_progress', 'on_hold', 'completed', 'invoiced', 'cancelled');
COMMENT ON TYPE "hs"."work_order_status" IS 'Life cycle of a work order; legal moves are in hs.work_order_transition_allowed().';

-- [14/428] add enum rbac.permission_action (schemas/rbac.yaml:11:3)
CREATE TYPE "rbac"."permission_action" AS ENUM ('create', 'read', 'update', 'delete', 'approve');

-- [15/428] add enum rbac.permission_resource (schemas/rbac.yaml:10:3)
CREATE TYPE "rbac"."permission_resource" AS ENUM ('document', 'task', 'project', 'report');

-- [16/428] add enum rbac.permission_scope (schemas/rbac.yaml:12:3)
CREATE TYPE "rbac"."permission_scope" AS ENUM ('global', 'project', 'self');
COMMENT ON TYPE "rbac"."permission_scope" IS 'global: the whole organization; project: one project; self: own records only.';

-- [17/428] add enum rest.menu_course (schemas/restaurant.yaml:10:3)
CREATE TYPE "rest"."menu_course" AS ENUM ('starter', 'main', 'side', 'dessert', 'drink');

-- [18/428] add enum rest.reservation_status (schemas/restaurant.yaml:12:3)
CREATE TYPE "rest"."reservation_status" AS ENUM ('requested', 'confirmed', 'seated', 'completed', 'cancelled', 'no_show');

-- [19/428] add enum rest.table_status (schemas/restaurant.yaml:11:3)
CREATE TYPE "rest"."table_status" AS ENUM ('available', 'seated', 'reserved', 'out_of_service');

-- [20/428] add enum rest.ticket_status (schemas/restaurant.yaml:13:3)
CREATE TYPE "rest"."ticket_status" AS ENUM ('queued', 'firing', 'ready', 'served', 'voided');
COMMENT ON TYPE "rest"."ticket_status" IS 'Kitchen display system state of a ticket or one of its lines.';

-- [21/428] add enum ret.movement_reason (schemas/retail.yaml:12:3)
CREATE TYPE "ret"."movement_reason" AS ENUM ('receipt', 'sale', 'return', 'adjustment', 'transfer_in', 'transfer_out', 'shrinkage');
COMMENT ON TYPE "ret"."movement_reason" IS 'Why an inventory quantity changed.';

-- [22/428] add enum ret.order_status (schemas/retail.yaml:11:3)
CREATE TYPE "ret"."order_status" AS ENUM ('pending', 'paid', 'fulfilled', 'partially_refunded', 'refunded', 'cancelled');

-- [23/428] add enum ret.sales_channel (schemas/retail.yaml:10:3)
CREATE TYPE "ret"."sales_channel" AS ENUM ('in_store', 'online', 'marketplace');

-- [24/428] add enum tenant.member_role (schemas/tenant.yaml:13:3)
CREATE TYPE "tenant"."member_role" AS ENUM ('owner', 'admin', 'member', 'guest');
COMMENT ON TYPE "tenant"."member_role" IS 'Coarse organization-level role; fine-grained rights live in rbac.';

-- [25/428] add enum tenant.membership_status (schemas/tenant.yaml:16:3)
CREATE TYPE "tenant"."membership_status" AS ENUM ('invited', 'active', 'suspended', 'removed');

-- [26/428] add enum tenant.organization_status (schemas/tenant.yaml:9:3)
CREATE TYPE "tenant"."organization_status" AS ENUM ('trialing', 'active', 'past_due', 'suspended', 'cancelled');
COMMENT ON TYPE "tenant"."organization_status" IS 'Billing and access state of an organization.';

-- [27/428] add enum tenant.user_status (schemas/tenant.yaml:12:3)
CREATE TYPE "tenant"."user_status" AS ENUM ('invited', 'active', 'disabled');

-- [28/428] add function hs.audit_chain_row() (schemas/home_services.yaml:103:9)
CREATE FUNCTION "hs"."audit_chain_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "hs", pg_catalog, pg_temp
AS $body$
DECLARE
  prev text;
  body jsonb;
BEGIN
  -- one writer at a time, so every row links to the one before it
  PERFORM pg_advisory_xact_lock(hashtext('hs.audit_trail'));
  SELECT row_hash INTO prev FROM "hs".audit_trail ORDER BY id DESC LIMIT 1;
  body := jsonb_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'old', CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
    'new', CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  INSERT INTO "hs".audit_trail (table_name, operation, payload, prev_hash, row_hash)
  VALUES (TG_TABLE_NAME, TG_OP, body, prev,
          encode(sha256(convert_to(coalesce(prev, '') || body::text, 'UTF8')), 'hex'));
  RETURN NULL;
END;
$body$;

-- [29/428] add function hs.audit_trail_immutable() (schemas/home_services.yaml:103:9)
CREATE FUNCTION "hs"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [30/428] add function hs.enforce_work_order_transition() (schemas/home_services.yaml:276:3)
CREATE FUNCTION "hs"."enforce_work_order_transition"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  IF NOT hs.work_order_transition_allowed(OLD.status, NEW.status) THEN
    RAISE EXCEPTION 'work order %: cannot go from % to %', OLD.number, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'completed' AND NEW.completed_at IS NULL THEN
    NEW.completed_at := now();
  END IF;
  RETURN NEW;
END;
$body$;
COMMENT ON FUNCTION "hs"."enforce_work_order_transition"() IS 'Refuses illegal status changes and stamps completed_at.';

-- [31/428] add function hs.set_updated_at() (schemas/home_services.yaml:32:38)
CREATE FUNCTION "hs"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [32/428] add function hs.verify_audit_chain() (schemas/home_services.yaml:103:9)
CREATE FUNCTION "hs"."verify_audit_chain"()
    RETURNS bigint
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  r record;
  prev text;
BEGIN
  FOR r IN SELECT id, payload, prev_hash, row_hash FROM "hs".audit_trail ORDER BY id LOOP
    IF r.prev_hash IS DISTINCT FROM prev
       OR r.row_hash <> encode(sha256(convert_to(coalesce(prev, '') || r.payload::text, 'UTF8')), 'hex') THEN
      RETURN r.id;
    END IF;
    prev := r.row_hash;
  END LOOP;
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "hs"."verify_audit_chain"() IS 'Returns the id of the first audit_trail row whose hash does not match, or NULL when the chain is intact.';

-- [33/428] add function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) (schemas/home_services.yaml:254:3)
CREATE FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status)
    RETURNS boolean
    LANGUAGE SQL
    IMMUTABLE STRICT
AS $body$
SELECT to_status = ANY (CASE from_status
  WHEN 'draft'       THEN ARRAY['requested', 'cancelled']
  WHEN 'requested'   THEN ARRAY['estimated', 'approved', 'cancelled']
  WHEN 'estimated'   THEN ARRAY['approved', 'cancelled']
  WHEN 'approved'    THEN ARRAY['scheduled', 'cancelled']
  WHEN 'scheduled'   THEN ARRAY['dispatched', 'on_hold', 'cancelled']
  WHEN 'dispatched'  THEN ARRAY['en_route', 'scheduled', 'on_hold', 'cancelled']
  WHEN 'en_route'    THEN ARRAY['in_progress', 'on_hold']
  WHEN 'in_progress' THEN ARRAY['completed', 'on_hold']
  WHEN 'on_hold'     THEN ARRAY['scheduled', 'in_progress', 'cancelled']
  WHEN 'completed'   THEN ARRAY['invoiced']
  ELSE ARRAY[]::text[]
END::hs.work_order_status[])
$body$;
COMMENT ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) IS 'The work order state machine.';

-- [34/428] add function hs.work_orders_search_vector() (schemas/home_services.yaml:104:9)
CREATE FUNCTION "hs"."work_orders_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."number"::text, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [35/428] add function rbac.has_permission(p_user_id uuid, p_permission text, p_project_id uuid) (schemas/rbac.yaml:163:3)
CREATE FUNCTION "rbac"."has_permission"(p_user_id uuid, p_permission text, p_project_id uuid)
    RETURNS boolean
    LANGUAGE PLPGSQL
    STABLE
AS $body$
BEGIN
  RETURN EXISTS (
    SELECT 1
      FROM rbac.effective_permissions e
     WHERE e.user_id = p_user_id
       AND e.permission_code = p_permission
       AND (e.scope <> 'project' OR e.project_id = p_project_id));
END;
$body$;
COMMENT ON FUNCTION "rbac"."has_permission"(p_user_id uuid, p_permission text, p_project_id uuid) IS 'True when the user holds the permission in the current organization: globally, in the given project (pass NULL when none), or (for :self permissions) at all.';

-- [36/428] add function rbac.set_updated_at() (schemas/rbac.yaml:72:38)
CREATE FUNCTION "rbac"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [37/428] add function rest.menu_items_search_vector() (schemas/restaurant.yaml:40:9)
CREATE FUNCTION "rest"."menu_items_search_vector"()
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

-- [38/428] add function rest.set_updated_at() (schemas/restaurant.yaml:19:38)
CREATE FUNCTION "rest"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [39/428] add function rest.ticket_total(p_ticket_id uuid) (schemas/restaurant.yaml:157:3)
CREATE FUNCTION "rest"."ticket_total"(p_ticket_id uuid)
    RETURNS numeric
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  total numeric;
BEGIN
  SELECT coalesce(sum(i.quantity * i.unit_price), 0) INTO total
    FROM rest.kitchen_ticket_items i
   WHERE i.ticket_id = p_ticket_id
     AND i.status <> 'voided';
  RETURN total;
END;
$body$;
COMMENT ON FUNCTION "rest"."ticket_total"(p_ticket_id uuid) IS 'Price of a kitchen ticket''s non-voided lines.';

-- [40/428] add function ret.apply_inventory_movement() (schemas/retail.yaml:264:3)
CREATE FUNCTION "ret"."apply_inventory_movement"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  INSERT INTO ret.inventory_levels AS l (organization_id, store_id, product_id, on_hand)
  VALUES (NEW.organization_id, NEW.store_id, NEW.product_id, NEW.quantity_delta)
  ON CONFLICT (store_id, product_id)
  DO UPDATE SET on_hand = l.on_hand + EXCLUDED.on_hand;
  RETURN NEW;
END;
$body$;
COMMENT ON FUNCTION "ret"."apply_inventory_movement"() IS 'Keeps inventory_levels.on_hand in step with each new movement.';

-- [41/428] add function ret.audit_row() (schemas/retail.yaml:87:50)
CREATE FUNCTION "ret"."audit_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "ret", pg_catalog, pg_temp
AS $body$
BEGIN
  INSERT INTO "ret".audit_log (table_name, operation, old_row, new_row)
  VALUES (TG_TABLE_NAME, TG_OP,
          CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  RETURN NULL;
END;
$body$;

-- [42/428] add function ret.order_totals_from_items(p_order_id uuid) (schemas/retail.yaml:277:3)
CREATE FUNCTION "ret"."order_totals_from_items"(p_order_id uuid)
    RETURNS numeric
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  result numeric;
BEGIN
  SELECT coalesce(sum(i.line_total), 0) INTO result
    FROM ret.order_items i
   WHERE i.order_id = p_order_id;
  RETURN result;
END;
$body$;
COMMENT ON FUNCTION "ret"."order_totals_from_items"(p_order_id uuid) IS 'Sum of an order''s line totals (what subtotal should be).';

-- [43/428] add function ret.products_search_vector() (schemas/retail.yaml:40:9)
CREATE FUNCTION "ret"."products_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."brand"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'C') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."name"::text, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."sku"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [44/428] add function ret.set_updated_at() (schemas/retail.yaml:18:38)
CREATE FUNCTION "ret"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [45/428] add function tenant.set_updated_at() (schemas/tenant.yaml:20:23)
CREATE FUNCTION "tenant"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [46/428] add table hs.appointments (schemas/home_services.yaml:153:3)
CREATE TABLE "hs"."appointments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "work_order_id" uuid NOT NULL,
    "technician_id" uuid NOT NULL,
    "starts_at" timestamp with time zone NOT NULL,
    "ends_at" timestamp with time zone NOT NULL,
    "status" "hs"."appointment_status" DEFAULT 'scheduled' NOT NULL,
    "arrived_at" timestamp with time zone,
    "departed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "appointments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "appointments_ends_after_start_check" CHECK (ends_at > starts_at),
    CONSTRAINT "appointments_departed_after_arrival_check" CHECK (departed_at IS NULL OR (arrived_at IS NOT NULL AND departed_at >= arrived_at))
);
COMMENT ON TABLE "hs"."appointments" IS 'Scheduled visits of a technician for a work order.';

-- [47/428] add table hs.audit_trail (schemas/home_services.yaml:103:9)
CREATE TABLE "hs"."audit_trail" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "table_name" text NOT NULL,
    "operation" text NOT NULL,
    "payload" jsonb NOT NULL,
    "changed_by" text DEFAULT current_user NOT NULL,
    "changed_at" timestamp with time zone DEFAULT now() NOT NULL,
    "prev_hash" text,
    "row_hash" text NOT NULL,
    CONSTRAINT "audit_trail_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "hs"."audit_trail" IS 'Hash-chained, append-only record of row changes.';

-- [48/428] add table hs.customers (schemas/home_services.yaml:76:3)
CREATE TABLE "hs"."customers" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "full_name" text NOT NULL,
    "email" citext,
    "phone" text,
    "service_address" jsonb NOT NULL,
    "billing_address" jsonb,
    "postal_code" text NOT NULL,
    "service_area_id" uuid,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "customers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customers_reachable_check" CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
COMMENT ON TABLE "hs"."customers" IS 'Households and businesses served.';

-- [49/428] add table hs.invoice_lines (schemas/home_services.yaml:209:3)
CREATE TABLE "hs"."invoice_lines" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "invoice_id" uuid NOT NULL,
    "line_no" smallint NOT NULL,
    "description" text NOT NULL,
    "quantity" numeric(10,2) DEFAULT 1 NOT NULL,
    "unit_price" numeric(12,2) NOT NULL,
    "line_total" numeric(14,2) GENERATED ALWAYS AS (quantity * unit_price) STORED NOT NULL,
    CONSTRAINT "invoice_lines_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "invoice_lines_invoice_id_line_no_key" UNIQUE ("invoice_id", "line_no"),
    CONSTRAINT "invoice_lines_quantity_positive_check" CHECK (quantity > 0),
    CONSTRAINT "invoice_lines_unit_price_not_negative_check" CHECK (unit_price >= 0)
);
COMMENT ON TABLE "hs"."invoice_lines" IS 'Labour, parts and fees on an invoice.';

-- [50/428] add table hs.invoices (schemas/home_services.yaml:179:3)
CREATE TABLE "hs"."invoices" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "work_order_id" uuid NOT NULL,
    "invoice_number" text NOT NULL,
    "status" "hs"."invoice_status" DEFAULT 'draft' NOT NULL,
    "issued_on" date,
    "due_on" date,
    "subtotal" numeric(12,2) DEFAULT 0 NOT NULL,
    "tax" numeric(12,2) DEFAULT 0 NOT NULL,
    "total" numeric(12,2) GENERATED ALWAYS AS (subtotal + tax) STORED NOT NULL,
    "amount_paid" numeric(12,2) DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "invoices_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "invoices_organization_id_invoice_number_key" UNIQUE ("organization_id", "invoice_number"),
    CONSTRAINT "invoices_amounts_not_negative_check" CHECK (subtotal >= 0 AND tax >= 0 AND amount_paid >= 0),
    CONSTRAINT "invoices_not_overpaid_check" CHECK (amount_paid <= subtotal + tax),
    CONSTRAINT "invoices_due_after_issue_check" CHECK (due_on IS NULL OR (issued_on IS NOT NULL AND due_on >= issued_on)),
    CONSTRAINT "invoices_issued_unless_draft_check" CHECK (status = 'draft' OR issued_on IS NOT NULL)
);
COMMENT ON TABLE "hs"."invoices" IS 'Bills for completed work orders.';

-- [51/428] add table hs.service_areas (schemas/home_services.yaml:31:3)
CREATE TABLE "hs"."service_areas" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "name" text NOT NULL,
    "postal_codes" text[] DEFAULT '{}'::text[] NOT NULL,
    "travel_fee" numeric(10,2) DEFAULT 0 NOT NULL,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "service_areas_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "service_areas_organization_id_name_key" UNIQUE ("organization_id", "name"),
    CONSTRAINT "service_areas_travel_fee_check" CHECK (travel_fee >= 0)
);
COMMENT ON TABLE "hs"."service_areas" IS 'Territories served, by postal code, with their travel fee.';

-- [52/428] add table hs.technicians (schemas/home_services.yaml:45:3)
CREATE TABLE "hs"."technicians" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "member_id" uuid,
    "first_name" text NOT NULL,
    "last_name" text NOT NULL,
    "phone" text,
    "email" citext,
    "skills" text[] DEFAULT '{}'::text[] NOT NULL,
    "hourly_rate" numeric(10,2) NOT NULL,
    "home_area_id" uuid,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "technicians_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "technicians_hourly_rate_not_negative_check" CHECK (hourly_rate >= 0)
);
COMMENT ON TABLE "hs"."technicians" IS 'Field staff; linked to a platform member when they use the app.';

-- [53/428] add table hs.work_orders (schemas/home_services.yaml:98:3)
CREATE TABLE "hs"."work_orders" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "number" text NOT NULL,
    "customer_id" uuid NOT NULL,
    "service_area_id" uuid,
    "assigned_technician_id" uuid,
    "title" text NOT NULL,
    "description" text,
    "status" "hs"."work_order_status" DEFAULT 'draft' NOT NULL,
    "priority" "hs"."work_order_priority" DEFAULT 'normal' NOT NULL,
    "requested_at" timestamp with time zone DEFAULT now() NOT NULL,
    "scheduled_for" timestamp with time zone,
    "completed_at" timestamp with time zone,
    "estimate_amount" numeric(12,2),
    "details" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "work_orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "work_orders_organization_id_number_key" UNIQUE ("organization_id", "number"),
    CONSTRAINT "work_orders_estimate_not_negative_check" CHECK (estimate_amount IS NULL OR estimate_amount >= 0),
    CONSTRAINT "work_orders_completed_has_timestamp_check" CHECK (status NOT IN ('completed', 'invoiced') OR completed_at IS NOT NULL),
    CONSTRAINT "work_orders_assigned_when_dispatched_check" CHECK (status NOT IN ('dispatched', 'en_route', 'in_progress') OR assigned_technician_id IS NOT NULL)
);
COMMENT ON TABLE "hs"."work_orders" IS 'A job for a customer, from request to invoice.';
COMMENT ON COLUMN "hs"."work_orders"."details" IS 'Job-type specific data (equipment model, access codes, photos).';

-- [54/428] add table rbac.permissions (schemas/rbac.yaml:33:3)
CREATE TABLE "rbac"."permissions" (
    "code" text NOT NULL,
    "resource" "rbac"."permission_resource" NOT NULL,
    "action" "rbac"."permission_action" NOT NULL,
    "scope" "rbac"."permission_scope" NOT NULL,
    "description" text NOT NULL,
    CONSTRAINT "permissions_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "permissions_resource_action_scope_key" UNIQUE ("resource", "action", "scope"),
    CONSTRAINT "permissions_code_check" CHECK (code = resource::text || ':' || action::text || ':' || scope::text)
);
COMMENT ON TABLE "rbac"."permissions" IS 'The permission catalogue. Reference data shipped with the schema; not tenant-scoped.';
COMMENT ON COLUMN "rbac"."permissions"."code" IS 'resource:action:scope, e.g. document:approve:project.';

-- [55/428] add table rbac.role_assignments (schemas/rbac.yaml:106:3)
CREATE TABLE "rbac"."role_assignments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "member_id" uuid NOT NULL,
    "role_id" uuid NOT NULL,
    "scope" "rbac"."permission_scope" DEFAULT 'global' NOT NULL,
    "project_id" uuid,
    "granted_by" uuid,
    "expires_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "role_assignments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "role_assignments_project_scope_has_project_check" CHECK ((scope = 'project') = (project_id IS NOT NULL))
);
COMMENT ON TABLE "rbac"."role_assignments" IS 'A member holds a role, organization-wide or within one project.';
COMMENT ON COLUMN "rbac"."role_assignments"."project_id" IS 'The project a project-scoped assignment applies to.';

-- [56/428] add table rbac.role_permissions (schemas/rbac.yaml:87:3)
CREATE TABLE "rbac"."role_permissions" (
    "organization_id" uuid NOT NULL,
    "role_id" uuid NOT NULL,
    "permission_code" text NOT NULL,
    "granted_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "role_permissions_pkey" PRIMARY KEY ("role_id", "permission_code")
);
COMMENT ON TABLE "rbac"."role_permissions" IS 'Which catalogue permissions a role grants.';

-- [57/428] add table rbac.roles (schemas/rbac.yaml:71:3)
CREATE TABLE "rbac"."roles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "is_system" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "roles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "roles_organization_id_name_key" UNIQUE ("organization_id", "name"),
    CONSTRAINT "roles_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "roles_name_not_blank_check" CHECK (btrim(name) <> '')
);
COMMENT ON TABLE "rbac"."roles" IS 'Application roles defined per organization (Owner, Project Manager, Viewer, ...).';
COMMENT ON COLUMN "rbac"."roles"."is_system" IS 'Created by the platform on sign-up; members cannot delete it.';

-- [58/428] add table rest.dining_tables (schemas/restaurant.yaml:70:3)
CREATE TABLE "rest"."dining_tables" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "label" text NOT NULL,
    "area" text,
    "seats" smallint NOT NULL,
    "status" "rest"."table_status" DEFAULT 'available' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "dining_tables_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dining_tables_organization_id_label_key" UNIQUE ("organization_id", "label"),
    CONSTRAINT "dining_tables_seats_check" CHECK (seats BETWEEN 1 AND 30)
);
COMMENT ON TABLE "rest"."dining_tables" IS 'Tables of the dining room.';

-- [59/428] add table rest.kitchen_ticket_items (schemas/restaurant.yaml:131:3)
CREATE TABLE "rest"."kitchen_ticket_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "ticket_id" uuid NOT NULL,
    "menu_item_id" uuid NOT NULL,
    "quantity" smallint NOT NULL,
    "unit_price" numeric(10,2) NOT NULL,
    "modifiers" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "status" "rest"."ticket_status" DEFAULT 'queued' NOT NULL,
    CONSTRAINT "kitchen_ticket_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "kitchen_ticket_items_quantity_check" CHECK (quantity > 0),
    CONSTRAINT "kitchen_ticket_items_unit_price_check" CHECK (unit_price >= 0),
    CONSTRAINT "kitchen_ticket_items_modifiers_is_array_check" CHECK (jsonb_typeof(modifiers) = 'array')
);
COMMENT ON TABLE "rest"."kitchen_ticket_items" IS 'Lines of a kitchen ticket.';
COMMENT ON COLUMN "rest"."kitchen_ticket_items"."modifiers" IS 'e.g. [{"name": "no onions"}, {"name": "extra cheese", "price": 1.5}]';

-- [60/428] add table rest.kitchen_tickets (schemas/restaurant.yaml:105:3)
CREATE TABLE "rest"."kitchen_tickets" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "table_id" uuid,
    "service_date" date DEFAULT CURRENT_DATE NOT NULL,
    "ticket_number" integer NOT NULL,
    "status" "rest"."ticket_status" DEFAULT 'queued' NOT NULL,
    "fired_at" timestamp with time zone,
    "ready_at" timestamp with time zone,
    "served_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "kitchen_tickets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "kitchen_tickets_organization_id_service_date_ticket_number_key" UNIQUE ("organization_id", "service_date", "ticket_number"),
    CONSTRAINT "kitchen_tickets_ticket_number_positive_check" CHECK (ticket_number > 0),
    CONSTRAINT "kitchen_tickets_ready_after_fired_check" CHECK (ready_at IS NULL OR (fired_at IS NOT NULL AND ready_at >= fired_at)),
    CONSTRAINT "kitchen_tickets_served_after_ready_check" CHECK (served_at IS NULL OR (ready_at IS NOT NULL AND served_at >= ready_at))
);
COMMENT ON TABLE "rest"."kitchen_tickets" IS 'A kitchen display ticket (one fire of a table''s order).';
COMMENT ON COLUMN "rest"."kitchen_tickets"."ticket_number" IS 'Restarts at 1 every service day.';

-- [61/428] add table rest.menu_items (schemas/restaurant.yaml:33:3)
CREATE TABLE "rest"."menu_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "menu_id" uuid NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "course" "rest"."menu_course" NOT NULL,
    "price" numeric(10,2) NOT NULL,
    "food_cost" numeric(10,2),
    "allergens" text[] DEFAULT '{}'::text[] NOT NULL,
    "dietary_flags" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "prep_minutes" integer,
    "is_available" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "menu_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "menu_items_price_not_negative_check" CHECK (price >= 0),
    CONSTRAINT "menu_items_food_cost_not_negative_check" CHECK (food_cost IS NULL OR food_cost >= 0),
    CONSTRAINT "menu_items_prep_minutes_positive_check" CHECK (prep_minutes IS NULL OR prep_minutes > 0)
);
COMMENT ON TABLE "rest"."menu_items" IS 'Dishes and drinks on a menu.';
COMMENT ON COLUMN "rest"."menu_items"."dietary_flags" IS 'e.g. {"vegan": true, "gluten_free": false}';

-- [62/428] add table rest.menus (schemas/restaurant.yaml:18:3)
CREATE TABLE "rest"."menus" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "available_from" time without time zone,
    "available_until" time without time zone,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "menus_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "menus_window_complete_check" CHECK ((available_from IS NULL) = (available_until IS NULL))
);
COMMENT ON TABLE "rest"."menus" IS 'A menu (lunch, dinner, brunch, ...), optionally limited to a time of day.';

-- [63/428] add table rest.reservations (schemas/restaurant.yaml:81:3)
CREATE TABLE "rest"."reservations" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "table_id" uuid,
    "guest_name" text NOT NULL,
    "guest_phone" text,
    "guest_email" citext,
    "party_size" smallint NOT NULL,
    "starts_at" timestamp with time zone NOT NULL,
    "duration" interval DEFAULT '90 minutes' NOT NULL,
    "status" "rest"."reservation_status" DEFAULT 'requested' NOT NULL,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "reservations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "reservations_party_size_check" CHECK (party_size BETWEEN 1 AND 50),
    CONSTRAINT "reservations_duration_positive_check" CHECK (duration > interval '0'),
    CONSTRAINT "reservations_contact_given_check" CHECK (guest_phone IS NOT NULL OR guest_email IS NOT NULL)
);
COMMENT ON TABLE "rest"."reservations" IS 'Bookings, from request to completion or no-show.';

-- [64/428] add table ret.audit_log (schemas/retail.yaml:87:50)
CREATE TABLE "ret"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "table_name" text NOT NULL,
    "operation" text NOT NULL,
    "old_row" jsonb,
    "new_row" jsonb,
    "changed_by" text DEFAULT current_user NOT NULL,
    "changed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "ret"."audit_log" IS 'Row changes of audited tables, written by audit_row().';

-- [65/428] add table ret.customers (schemas/retail.yaml:70:3)
CREATE TABLE "ret"."customers" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "email" citext,
    "phone" text,
    "first_name" text NOT NULL,
    "last_name" text NOT NULL,
    "loyalty_points" integer DEFAULT 0 NOT NULL,
    "marketing_opt_in" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "customers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customers_loyalty_points_check" CHECK (loyalty_points >= 0)
);
COMMENT ON TABLE "ret"."customers" IS 'Shoppers known to the organization (loyalty members, online accounts).';

-- [66/428] add table ret.inventory_levels (schemas/retail.yaml:148:3)
CREATE TABLE "ret"."inventory_levels" (
    "organization_id" uuid NOT NULL,
    "store_id" uuid NOT NULL,
    "product_id" uuid NOT NULL,
    "on_hand" integer DEFAULT 0 NOT NULL,
    "reserved" integer DEFAULT 0 NOT NULL,
    "reorder_point" integer,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "inventory_levels_pkey" PRIMARY KEY ("store_id", "product_id"),
    CONSTRAINT "inventory_levels_quantities_valid_check" CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand),
    CONSTRAINT "inventory_levels_reorder_point_valid_check" CHECK (reorder_point IS NULL OR reorder_point >= 0)
);
COMMENT ON TABLE "ret"."inventory_levels" IS 'Current stock per store and product; kept in step with inventory_movements.';

-- [67/428] add table ret.inventory_movements (schemas/retail.yaml:173:3)
CREATE TABLE "ret"."inventory_movements" (
    "organization_id" uuid NOT NULL,
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
    "store_id" uuid NOT NULL,
    "product_id" uuid NOT NULL,
    "reason" "ret"."movement_reason" NOT NULL,
    "quantity_delta" integer NOT NULL,
    "unit_cost" numeric(12,2),
    "order_id" uuid,
    "note" text,
    CONSTRAINT "inventory_movements_pkey" PRIMARY KEY ("id", "occurred_at"),
    CONSTRAINT "inventory_movements_quantity_delta_check" CHECK (quantity_delta <> 0),
    CONSTRAINT "inventory_movements_unit_cost_check" CHECK (unit_cost >= 0),
    CONSTRAINT "inventory_movements_sale_reduces_stock_check" CHECK (reason NOT IN ('sale', 'transfer_out', 'shrinkage') OR quantity_delta < 0)
) PARTITION BY RANGE ("occurred_at");
COMMENT ON TABLE "ret"."inventory_movements" IS 'Append-only stock ledger, partitioned by month of occurred_at; partitions older than 24 months are dropped (retention: 24).';
CREATE TABLE "ret"."inventory_movements_p202601" PARTITION OF "ret"."inventory_movements" FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE "ret"."inventory_movements_p202602" PARTITION OF "ret"."inventory_movements" FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE "ret"."inventory_movements_p202603" PARTITION OF "ret"."inventory_movements" FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
CREATE TABLE "ret"."inventory_movements_p202604" PARTITION OF "ret"."inventory_movements" FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');

-- [68/428] add table ret.order_items (schemas/retail.yaml:124:3)
CREATE TABLE "ret"."order_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "order_id" uuid NOT NULL,
    "product_id" uuid NOT NULL,
    "quantity" integer NOT NULL,
    "unit_price" numeric(12,2) NOT NULL,
    "discount" numeric(12,2) DEFAULT 0 NOT NULL,
    "line_total" numeric(14,2) GENERATED ALWAYS AS (quantity * unit_price - discount) STORED NOT NULL,
    CONSTRAINT "order_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "order_items_quantity_check" CHECK (quantity > 0),
    CONSTRAINT "order_items_unit_price_check" CHECK (unit_price >= 0),
    CONSTRAINT "order_items_discount_check" CHECK (discount >= 0),
    CONSTRAINT "order_items_discount_within_line_check" CHECK (discount <= quantity * unit_price)
);
COMMENT ON TABLE "ret"."order_items" IS 'Lines of an order.';

-- [69/428] add table ret.orders (schemas/retail.yaml:86:3)
CREATE TABLE "ret"."orders" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "order_number" text NOT NULL,
    "store_id" uuid,
    "customer_id" uuid,
    "channel" "ret"."sales_channel" DEFAULT 'in_store' NOT NULL,
    "status" "ret"."order_status" DEFAULT 'pending' NOT NULL,
    "subtotal" numeric(12,2) DEFAULT 0 NOT NULL,
    "tax_total" numeric(12,2) DEFAULT 0 NOT NULL,
    "discount_total" numeric(12,2) DEFAULT 0 NOT NULL,
    "total" numeric(12,2) GENERATED ALWAYS AS (subtotal + tax_total - discount_total) STORED NOT NULL,
    "placed_at" timestamp with time zone DEFAULT now() NOT NULL,
    "paid_at" timestamp with time zone,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "orders_organization_id_order_number_key" UNIQUE ("organization_id", "order_number"),
    CONSTRAINT "orders_amounts_not_negative_check" CHECK (subtotal >= 0 AND tax_total >= 0 AND discount_total >= 0),
    CONSTRAINT "orders_discount_within_subtotal_check" CHECK (discount_total <= subtotal),
    CONSTRAINT "orders_paid_has_timestamp_check" CHECK (status IN ('pending', 'cancelled') OR paid_at IS NOT NULL),
    CONSTRAINT "orders_in_store_has_store_check" CHECK (channel <> 'in_store' OR store_id IS NOT NULL)
);
COMMENT ON TABLE "ret"."orders" IS 'A sale, in a store or online. Every change is written to ret.audit_log.';

-- [70/428] add table ret.products (schemas/retail.yaml:33:3)
CREATE TABLE "ret"."products" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "sku" text NOT NULL,
    "barcode" text,
    "name" text NOT NULL,
    "brand" text,
    "description" text,
    "category" text,
    "price" numeric(12,2) NOT NULL,
    "cost" numeric(12,2),
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "products_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "products_price_not_negative_check" CHECK (price >= 0),
    CONSTRAINT "products_cost_not_negative_check" CHECK (cost IS NULL OR cost >= 0),
    CONSTRAINT "products_currency_iso_check" CHECK (currency ~ '^[A-Z]{3}$')
);
COMMENT ON TABLE "ret"."products" IS 'The catalogue. Prices are per organization; stock lives in inventory_levels.';
COMMENT ON COLUMN "ret"."products"."attributes" IS 'Variant attributes (size, colour, ...), searchable by containment.';

-- [71/428] add table ret.stores (schemas/retail.yaml:17:3)
CREATE TABLE "ret"."stores" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "code" text NOT NULL,
    "name" text NOT NULL,
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "address" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_warehouse" boolean DEFAULT false NOT NULL,
    "opened_on" date,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "stores_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "stores_code_shape_check" CHECK (code ~ '^[A-Z0-9-]{2,16}$')
);
COMMENT ON TABLE "ret"."stores" IS 'Physical locations (and warehouses) of a retail organization.';

-- [72/428] add table tenant.organization_members (schemas/tenant.yaml:77:3)
CREATE TABLE "tenant"."organization_members" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "role" "tenant"."member_role" DEFAULT 'member' NOT NULL,
    "status" "tenant"."membership_status" DEFAULT 'invited' NOT NULL,
    "invited_by" uuid,
    "joined_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "organization_members_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organization_members_organization_id_user_id_key" UNIQUE ("organization_id", "user_id"),
    CONSTRAINT "organization_members_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "organization_members_joined_when_active_check" CHECK (status <> 'active' OR joined_at IS NOT NULL)
);
COMMENT ON TABLE "tenant"."organization_members" IS 'A user''s membership of an organization.';

-- [73/428] add table tenant.organizations (schemas/tenant.yaml:19:3)
CREATE TABLE "tenant"."organizations" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "name" text NOT NULL,
    "slug" text NOT NULL,
    "plan" text DEFAULT 'free' NOT NULL,
    "status" "tenant"."organization_status" DEFAULT 'trialing' NOT NULL,
    "stripe_customer_id" text,
    "stripe_subscription_id" text,
    "trial_ends_at" timestamp with time zone,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organizations_slug_key" UNIQUE ("slug"),
    CONSTRAINT "organizations_stripe_customer_id_key" UNIQUE ("stripe_customer_id"),
    CONSTRAINT "organizations_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "organizations_plan_check" CHECK (plan IN ('free', 'pro', 'business', 'enterprise')),
    CONSTRAINT "organizations_name_not_blank_check" CHECK (btrim(name) <> '')
);
COMMENT ON TABLE "tenant"."organizations" IS 'One row per tenant. Every tenant-scoped table references it.';
COMMENT ON COLUMN "tenant"."organizations"."slug" IS 'URL-safe identifier, e.g. acme-events.';

-- [74/428] add table tenant.users (schemas/tenant.yaml:44:3)
CREATE TABLE "tenant"."users" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "email" citext NOT NULL,
    "display_name" text NOT NULL,
    "avatar_url" text,
    "status" "tenant"."user_status" DEFAULT 'invited' NOT NULL,
    "email_verified_at" timestamp with time zone,
    "last_sign_in_at" timestamp with time zone,
    "preferences" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_email_key" UNIQUE ("email"),
    CONSTRAINT "users_email_shape_check" CHECK (email ~ '^[^@\s]+@[^@\s]+$')
);
COMMENT ON TABLE "tenant"."users" IS 'Platform-wide accounts. Not tenant-scoped: one person may belong to many organizations through organization_members.';

-- [75/428] add table tenant.workspaces (schemas/tenant.yaml:62:3)
CREATE TABLE "tenant"."workspaces" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "name" text NOT NULL,
    "slug" text NOT NULL,
    "settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "workspaces_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workspaces_slug_shape_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
COMMENT ON TABLE "tenant"."workspaces" IS 'Subdivisions of an organization (teams, brands, sites).';

-- [76/428] add index appointments_organization_id_idx on hs.appointments (schemas/home_services.yaml:154:23)
CREATE INDEX "appointments_organization_id_idx"
    ON "hs"."appointments" USING BTREE ("organization_id");

-- [77/428] add index appointments_technician_id_starts_at_idx on hs.appointments (schemas/home_services.yaml:174:16)
CREATE INDEX "appointments_technician_id_starts_at_idx"
    ON "hs"."appointments" USING BTREE ("technician_id", "starts_at");

-- [78/428] add index appointments_work_order_id_idx on hs.appointments (schemas/home_services.yaml:175:9)
CREATE INDEX "appointments_work_order_id_idx"
    ON "hs"."appointments" USING BTREE ("work_order_id");

-- [79/428] add index appointments_organization_id_starts_at_idx on hs.appointments (schemas/home_services.yaml:176:16)
CREATE INDEX "appointments_organization_id_starts_at_idx"
    ON "hs"."appointments" USING BTREE ("organization_id", "starts_at") WHERE status IN ('scheduled', 'confirmed', 'en_route');

-- [80/428] add index audit_trail_table_name_changed_at_idx on hs.audit_trail (schemas/home_services.yaml:103:9)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "hs"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [81/428] add index customers_organization_id_idx on hs.customers (schemas/home_services.yaml:77:23)
CREATE INDEX "customers_organization_id_idx"
    ON "hs"."customers" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [82/428] add index customers_organization_id_postal_code_idx on hs.customers (schemas/home_services.yaml:94:16)
CREATE INDEX "customers_organization_id_postal_code_idx"
    ON "hs"."customers" USING BTREE ("organization_id", "postal_code") WHERE deleted_at IS NULL;

-- [83/428] add index customers_organization_id_email_idx on hs.customers (schemas/home_services.yaml:95:16)
CREATE INDEX "customers_organization_id_email_idx"
    ON "hs"."customers" USING BTREE ("organization_id", "email") WHERE email IS NOT NULL;

-- [84/428] add index customers_custom_fields_idx on hs.customers (schemas/home_services.yaml:77:63)
CREATE INDEX "customers_custom_fields_idx"
    ON "hs"."customers" USING GIN ("custom_fields");

-- [85/428] add index invoice_lines_organization_id_idx on hs.invoice_lines (schemas/home_services.yaml:210:23)
CREATE INDEX "invoice_lines_organization_id_idx"
    ON "hs"."invoice_lines" USING BTREE ("organization_id");

-- [86/428] add index invoices_organization_id_idx on hs.invoices (schemas/home_services.yaml:180:23)
CREATE INDEX "invoices_organization_id_idx"
    ON "hs"."invoices" USING BTREE ("organization_id");

-- [87/428] add index invoices_work_order_id_idx on hs.invoices (schemas/home_services.yaml:205:9)
CREATE INDEX "invoices_work_order_id_idx"
    ON "hs"."invoices" USING BTREE ("work_order_id");

-- [88/428] add index invoices_organization_id_due_on_idx on hs.invoices (schemas/home_services.yaml:206:16)
CREATE INDEX "invoices_organization_id_due_on_idx"
    ON "hs"."invoices" USING BTREE ("organization_id", "due_on") WHERE status IN ('sent', 'partially_paid', 'overdue');

-- [89/428] add index service_areas_organization_id_idx on hs.service_areas (schemas/home_services.yaml:32:23)
CREATE INDEX "service_areas_organization_id_idx"
    ON "hs"."service_areas" USING BTREE ("organization_id");

-- [90/428] add index service_areas_postal_codes_idx on hs.service_areas (schemas/home_services.yaml:42:16)
CREATE INDEX "service_areas_postal_codes_idx"
    ON "hs"."service_areas" USING GIN ("postal_codes");

-- [91/428] add index technicians_organization_id_idx on hs.technicians (schemas/home_services.yaml:46:23)
CREATE INDEX "technicians_organization_id_idx"
    ON "hs"."technicians" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [92/428] add index technicians_skills_idx on hs.technicians (schemas/home_services.yaml:70:16)
CREATE INDEX "technicians_skills_idx"
    ON "hs"."technicians" USING GIN ("skills") WHERE deleted_at IS NULL;

-- [93/428] add index technicians_organization_id_last_name_first_name_idx on hs.technicians (schemas/home_services.yaml:72:16)
CREATE INDEX "technicians_organization_id_last_name_first_name_idx"
    ON "hs"."technicians" USING BTREE ("organization_id", "last_name", "first_name") WHERE deleted_at IS NULL;

-- [94/428] add index technicians_member_id_idx on hs.technicians (schemas/home_services.yaml:73:16)
CREATE INDEX "technicians_member_id_idx"
    ON "hs"."technicians" USING BTREE ("member_id") WHERE member_id IS NOT NULL;

-- [95/428] add index work_orders_organization_id_idx on hs.work_orders (schemas/home_services.yaml:101:9)
CREATE INDEX "work_orders_organization_id_idx"
    ON "hs"."work_orders" USING BTREE ("organization_id");

-- [96/428] add index work_orders_organization_id_status_scheduled_for_idx on hs.work_orders (schemas/home_services.yaml:139:16)
CREATE INDEX "work_orders_organization_id_status_scheduled_for_idx"
    ON "hs"."work_orders" USING BTREE ("organization_id", "status", "scheduled_for");

-- [97/428] add index work_orders_assigned_technician_id_scheduled_for_idx on hs.work_orders (schemas/home_services.yaml:140:16)
CREATE INDEX "work_orders_assigned_technician_id_scheduled_for_idx"
    ON "hs"."work_orders" USING BTREE ("assigned_technician_id", "scheduled_for") WHERE status IN ('scheduled', 'dispatched', 'en_route', 'in_progress');

-- [98/428] add index work_orders_customer_id_requested_at_idx on hs.work_orders (schemas/home_services.yaml:142:16)
CREATE INDEX "work_orders_customer_id_requested_at_idx"
    ON "hs"."work_orders" USING BTREE ("customer_id", "requested_at" DESC);

-- [99/428] add index work_orders_details_idx on hs.work_orders (schemas/home_services.yaml:143:16)
CREATE INDEX "work_orders_details_idx"
    ON "hs"."work_orders" USING GIN ("details");

-- [100/428] add index work_orders_search_vector_idx on hs.work_orders (schemas/home_services.yaml:104:9)
CREATE INDEX "work_orders_search_vector_idx"
    ON "hs"."work_orders" USING GIN ("search_vector");

-- [101/428] add index role_assignments_organization_id_idx on rbac.role_assignments (schemas/rbac.yaml:107:23)
CREATE INDEX "role_assignments_organization_id_idx"
    ON "rbac"."role_assignments" USING BTREE ("organization_id");

-- [102/428] add index role_assignments_organization_id_member_id_idx on rbac.role_assignments (schemas/rbac.yaml:133:9)
CREATE INDEX "role_assignments_organization_id_member_id_idx"
    ON "rbac"."role_assignments" USING BTREE ("organization_id", "member_id");

-- [103/428] add index role_assignments_role_id_idx on rbac.role_assignments (schemas/rbac.yaml:134:9)
CREATE INDEX "role_assignments_role_id_idx"
    ON "rbac"."role_assignments" USING BTREE ("role_id");

-- [104/428] add index role_assignments_project_id_idx on rbac.role_assignments (schemas/rbac.yaml:135:16)
CREATE INDEX "role_assignments_project_id_idx"
    ON "rbac"."role_assignments" USING BTREE ("project_id") WHERE project_id IS NOT NULL;

-- [105/428] add index role_permissions_organization_id_idx on rbac.role_permissions (schemas/rbac.yaml:88:14)
CREATE INDEX "role_permissions_organization_id_idx"
    ON "rbac"."role_permissions" USING BTREE ("organization_id");

-- [106/428] add index role_permissions_permission_code_idx on rbac.role_permissions (schemas/rbac.yaml:104:9)
CREATE INDEX "role_permissions_permission_code_idx"
    ON "rbac"."role_permissions" USING BTREE ("permission_code");

-- [107/428] add index roles_organization_id_idx on rbac.roles (schemas/rbac.yaml:72:23)
CREATE INDEX "roles_organization_id_idx"
    ON "rbac"."roles" USING BTREE ("organization_id");

-- [108/428] add index dining_tables_organization_id_idx on rest.dining_tables (schemas/restaurant.yaml:71:23)
CREATE INDEX "dining_tables_organization_id_idx"
    ON "rest"."dining_tables" USING BTREE ("organization_id");

-- [109/428] add index kitchen_ticket_items_organization_id_idx on rest.kitchen_ticket_items (schemas/restaurant.yaml:132:23)
CREATE INDEX "kitchen_ticket_items_organization_id_idx"
    ON "rest"."kitchen_ticket_items" USING BTREE ("organization_id");

-- [110/428] add index kitchen_ticket_items_ticket_id_idx on rest.kitchen_ticket_items (schemas/restaurant.yaml:153:9)
CREATE INDEX "kitchen_ticket_items_ticket_id_idx"
    ON "rest"."kitchen_ticket_items" USING BTREE ("ticket_id");

-- [111/428] add index kitchen_ticket_items_menu_item_id_idx on rest.kitchen_ticket_items (schemas/restaurant.yaml:154:9)
CREATE INDEX "kitchen_ticket_items_menu_item_id_idx"
    ON "rest"."kitchen_ticket_items" USING BTREE ("menu_item_id");

-- [112/428] add index kitchen_tickets_organization_id_idx on rest.kitchen_tickets (schemas/restaurant.yaml:106:23)
CREATE INDEX "kitchen_tickets_organization_id_idx"
    ON "rest"."kitchen_tickets" USING BTREE ("organization_id");

-- [113/428] add index kitchen_tickets_organization_id_status_fired_at_idx on rest.kitchen_tickets (schemas/restaurant.yaml:128:16)
CREATE INDEX "kitchen_tickets_organization_id_status_fired_at_idx"
    ON "rest"."kitchen_tickets" USING BTREE ("organization_id", "status", "fired_at") WHERE status IN ('queued', 'firing', 'ready');

-- [114/428] add index menu_items_organization_id_idx on rest.menu_items (schemas/restaurant.yaml:36:9)
CREATE INDEX "menu_items_organization_id_idx"
    ON "rest"."menu_items" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [115/428] add index menu_items_menu_id_course_idx on rest.menu_items (schemas/restaurant.yaml:64:16)
CREATE INDEX "menu_items_menu_id_course_idx"
    ON "rest"."menu_items" USING BTREE ("menu_id", "course") WHERE deleted_at IS NULL;

-- [116/428] add index menu_items_allergens_idx on rest.menu_items (schemas/restaurant.yaml:65:16)
CREATE INDEX "menu_items_allergens_idx"
    ON "rest"."menu_items" USING GIN ("allergens") WHERE deleted_at IS NULL;

-- [117/428] add index menu_items_dietary_flags_idx on rest.menu_items (schemas/restaurant.yaml:67:16)
CREATE INDEX "menu_items_dietary_flags_idx"
    ON "rest"."menu_items" USING GIN ("dietary_flags") WHERE deleted_at IS NULL;

-- [118/428] add index menu_items_custom_fields_idx on rest.menu_items (schemas/restaurant.yaml:39:9)
CREATE INDEX "menu_items_custom_fields_idx"
    ON "rest"."menu_items" USING GIN ("custom_fields");

-- [119/428] add index menu_items_search_vector_idx on rest.menu_items (schemas/restaurant.yaml:40:9)
CREATE INDEX "menu_items_search_vector_idx"
    ON "rest"."menu_items" USING GIN ("search_vector");

-- [120/428] add index menus_organization_id_idx on rest.menus (schemas/restaurant.yaml:19:23)
CREATE INDEX "menus_organization_id_idx"
    ON "rest"."menus" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [121/428] add index menus_organization_id_name_key on rest.menus (schemas/restaurant.yaml:30:16)
CREATE UNIQUE INDEX "menus_organization_id_name_key"
    ON "rest"."menus" USING BTREE ("organization_id", "name") WHERE deleted_at IS NULL;

-- [122/428] add index reservations_organization_id_idx on rest.reservations (schemas/restaurant.yaml:82:23)
CREATE INDEX "reservations_organization_id_idx"
    ON "rest"."reservations" USING BTREE ("organization_id");

-- [123/428] add index reservations_organization_id_starts_at_idx on rest.reservations (schemas/restaurant.yaml:101:16)
CREATE INDEX "reservations_organization_id_starts_at_idx"
    ON "rest"."reservations" USING BTREE ("organization_id", "starts_at");

-- [124/428] add index reservations_table_id_starts_at_idx on rest.reservations (schemas/restaurant.yaml:102:16)
CREATE INDEX "reservations_table_id_starts_at_idx"
    ON "rest"."reservations" USING BTREE ("table_id", "starts_at") WHERE status IN ('requested', 'confirmed');

-- [125/428] add index audit_log_table_name_changed_at_idx on ret.audit_log (schemas/retail.yaml:87:50)
CREATE INDEX "audit_log_table_name_changed_at_idx"
    ON "ret"."audit_log" USING BTREE ("table_name", "changed_at");

-- [126/428] add index customers_organization_id_idx on ret.customers (schemas/retail.yaml:71:23)
CREATE INDEX "customers_organization_id_idx"
    ON "ret"."customers" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [127/428] add index customers_organization_id_email_key on ret.customers (schemas/retail.yaml:81:16)
CREATE UNIQUE INDEX "customers_organization_id_email_key"
    ON "ret"."customers" USING BTREE ("organization_id", "email") WHERE email IS NOT NULL AND deleted_at IS NULL;

-- [128/428] add index customers_organization_id_last_name_first_name_idx on ret.customers (schemas/retail.yaml:84:16)
CREATE INDEX "customers_organization_id_last_name_first_name_idx"
    ON "ret"."customers" USING BTREE ("organization_id", "last_name", "first_name") WHERE deleted_at IS NULL;

-- [129/428] add index inventory_levels_organization_id_idx on ret.inventory_levels (schemas/retail.yaml:149:14)
CREATE INDEX "inventory_levels_organization_id_idx"
    ON "ret"."inventory_levels" USING BTREE ("organization_id");

-- [130/428] add index inventory_levels_product_id_idx on ret.inventory_levels (schemas/retail.yaml:168:9)
CREATE INDEX "inventory_levels_product_id_idx"
    ON "ret"."inventory_levels" USING BTREE ("product_id");

-- [131/428] add index inventory_levels_needs_reorder_idx on ret.inventory_levels (schemas/retail.yaml:169:16)
CREATE INDEX "inventory_levels_needs_reorder_idx"
    ON "ret"."inventory_levels" USING BTREE ("store_id") WHERE reorder_point IS NOT NULL AND on_hand - reserved <= reorder_point;

-- [132/428] add index inventory_movements_organization_id_idx on ret.inventory_movements (schemas/retail.yaml:174:14)
CREATE INDEX "inventory_movements_organization_id_idx"
    ON "ret"."inventory_movements" USING BTREE ("organization_id");

-- [133/428] add index inventory_movements_product_id_occurred_at_idx on ret.inventory_movements (schemas/retail.yaml:216:16)
CREATE INDEX "inventory_movements_product_id_occurred_at_idx"
    ON "ret"."inventory_movements" USING BTREE ("product_id", "occurred_at" DESC);

-- [134/428] add index inventory_movements_store_id_occurred_at_idx on ret.inventory_movements (schemas/retail.yaml:217:16)
CREATE INDEX "inventory_movements_store_id_occurred_at_idx"
    ON "ret"."inventory_movements" USING BTREE ("store_id", "occurred_at");

-- [135/428] add index inventory_movements_occurred_at_brin on ret.inventory_movements (schemas/retail.yaml:218:16)
CREATE INDEX "inventory_movements_occurred_at_brin"
    ON "ret"."inventory_movements" USING BRIN ("occurred_at");

-- [136/428] add index order_items_organization_id_idx on ret.order_items (schemas/retail.yaml:125:23)
CREATE INDEX "order_items_organization_id_idx"
    ON "ret"."order_items" USING BTREE ("organization_id");

-- [137/428] add index order_items_order_id_idx on ret.order_items (schemas/retail.yaml:145:9)
CREATE INDEX "order_items_order_id_idx"
    ON "ret"."order_items" USING BTREE ("order_id");

-- [138/428] add index order_items_product_id_idx on ret.order_items (schemas/retail.yaml:146:9)
CREATE INDEX "order_items_product_id_idx"
    ON "ret"."order_items" USING BTREE ("product_id");

-- [139/428] add index orders_organization_id_idx on ret.orders (schemas/retail.yaml:87:23)
CREATE INDEX "orders_organization_id_idx"
    ON "ret"."orders" USING BTREE ("organization_id");

-- [140/428] add index orders_organization_id_status_placed_at_idx on ret.orders (schemas/retail.yaml:118:16)
CREATE INDEX "orders_organization_id_status_placed_at_idx"
    ON "ret"."orders" USING BTREE ("organization_id", "status", "placed_at" DESC);

-- [141/428] add index orders_customer_id_placed_at_idx on ret.orders (schemas/retail.yaml:119:16)
CREATE INDEX "orders_customer_id_placed_at_idx"
    ON "ret"."orders" USING BTREE ("customer_id", "placed_at" DESC) WHERE customer_id IS NOT NULL;

-- [142/428] add index orders_store_id_placed_at_idx on ret.orders (schemas/retail.yaml:121:16)
CREATE INDEX "orders_store_id_placed_at_idx"
    ON "ret"."orders" USING BTREE ("store_id", "placed_at") WHERE status = 'pending';

-- [143/428] add index products_organization_id_idx on ret.products (schemas/retail.yaml:36:9)
CREATE INDEX "products_organization_id_idx"
    ON "ret"."products" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [144/428] add index products_organization_id_sku_key on ret.products (schemas/retail.yaml:62:16)
CREATE UNIQUE INDEX "products_organization_id_sku_key"
    ON "ret"."products" USING BTREE ("organization_id", "sku") WHERE deleted_at IS NULL;

-- [145/428] add index products_organization_id_category_idx on ret.products (schemas/retail.yaml:64:16)
CREATE INDEX "products_organization_id_category_idx"
    ON "ret"."products" USING BTREE ("organization_id", "category") WHERE deleted_at IS NULL;

-- [146/428] add index products_barcode_idx on ret.products (schemas/retail.yaml:65:16)
CREATE INDEX "products_barcode_idx"
    ON "ret"."products" USING BTREE ("barcode") WHERE barcode IS NOT NULL AND deleted_at IS NULL;

-- [147/428] add index products_attributes_idx on ret.products (schemas/retail.yaml:67:16)
CREATE INDEX "products_attributes_idx"
    ON "ret"."products" USING GIN ("attributes") WHERE deleted_at IS NULL;

-- [148/428] add index products_custom_fields_idx on ret.products (schemas/retail.yaml:39:9)
CREATE INDEX "products_custom_fields_idx"
    ON "ret"."products" USING GIN ("custom_fields");

-- [149/428] add index products_search_vector_idx on ret.products (schemas/retail.yaml:40:9)
CREATE INDEX "products_search_vector_idx"
    ON "ret"."products" USING GIN ("search_vector");

-- [150/428] add index stores_organization_id_idx on ret.stores (schemas/retail.yaml:18:23)
CREATE INDEX "stores_organization_id_idx"
    ON "ret"."stores" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [151/428] add index stores_organization_id_code_key on ret.stores (schemas/retail.yaml:30:16)
CREATE UNIQUE INDEX "stores_organization_id_code_key"
    ON "ret"."stores" USING BTREE ("organization_id", "code") WHERE deleted_at IS NULL;

-- [152/428] add index organization_members_organization_id_idx on tenant.organization_members (schemas/tenant.yaml:78:23)
CREATE INDEX "organization_members_organization_id_idx"
    ON "tenant"."organization_members" USING BTREE ("organization_id");

-- [153/428] add index organization_members_user_id_idx on tenant.organization_members (schemas/tenant.yaml:100:9)
CREATE INDEX "organization_members_user_id_idx"
    ON "tenant"."organization_members" USING BTREE ("user_id");

-- [154/428] add index organization_members_organization_id_role_idx on tenant.organization_members (schemas/tenant.yaml:101:16)
CREATE INDEX "organization_members_organization_id_role_idx"
    ON "tenant"."organization_members" USING BTREE ("organization_id", "role") WHERE status = 'active';

-- [155/428] add index organizations_status_idx on tenant.organizations (schemas/tenant.yaml:41:16)
CREATE INDEX "organizations_status_idx"
    ON "tenant"."organizations" USING BTREE ("status") WHERE status IN ('trialing', 'past_due');

-- [156/428] add index users_status_last_sign_in_at_idx on tenant.users (schemas/tenant.yaml:60:16)
CREATE INDEX "users_status_last_sign_in_at_idx"
    ON "tenant"."users" USING BTREE ("status", "last_sign_in_at" DESC);

-- [157/428] add index workspaces_organization_id_idx on tenant.workspaces (schemas/tenant.yaml:63:23)
CREATE INDEX "workspaces_organization_id_idx"
    ON "tenant"."workspaces" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [158/428] add index workspaces_organization_id_slug_key on tenant.workspaces (schemas/tenant.yaml:74:16)
CREATE UNIQUE INDEX "workspaces_organization_id_slug_key"
    ON "tenant"."workspaces" USING BTREE ("organization_id", "slug") WHERE deleted_at IS NULL;

-- [159/428] add index workspaces_custom_fields_idx on tenant.workspaces (schemas/tenant.yaml:63:63)
CREATE INDEX "workspaces_custom_fields_idx"
    ON "tenant"."workspaces" USING GIN ("custom_fields");

-- [160/428] add rows 22 row(s) of rbac.permissions
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('document:create:project', 'document', 'create', 'project', 'Create documents in a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('document:read:global', 'document', 'read', 'global', 'Read every document of the organization');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('document:read:project', 'document', 'read', 'project', 'Read documents of a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('document:update:project', 'document', 'update', 'project', 'Edit documents of a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('document:update:self', 'document', 'update', 'self', 'Edit documents one authored');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('document:delete:project', 'document', 'delete', 'project', 'Delete documents of a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('document:approve:project', 'document', 'approve', 'project', 'Approve document versions in a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('task:create:project', 'task', 'create', 'project', 'Create tasks in a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('task:read:project', 'task', 'read', 'project', 'Read tasks of a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('task:update:project', 'task', 'update', 'project', 'Edit any task of a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('task:update:self', 'task', 'update', 'self', 'Edit tasks assigned to oneself');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('task:delete:project', 'task', 'delete', 'project', 'Delete tasks of a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('project:create:global', 'project', 'create', 'global', 'Create projects');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('project:read:global', 'project', 'read', 'global', 'See every project of the organization');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('project:read:project', 'project', 'read', 'project', 'See a project one is a member of');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('project:update:project', 'project', 'update', 'project', 'Edit project settings');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('project:delete:global', 'project', 'delete', 'global', 'Delete projects');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('project:approve:project', 'project', 'approve', 'project', 'Approve change requests of a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('report:create:global', 'report', 'create', 'global', 'Define reports');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('report:read:global', 'report', 'read', 'global', 'Read organization-wide reports');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('report:read:project', 'report', 'read', 'project', 'Read reports of a project');
INSERT INTO "rbac"."permissions" ("code", "resource", "action", "scope", "description")
VALUES ('report:approve:global', 'report', 'approve', 'global', 'Sign off published reports');

-- [161/428] add foreign key appointments_organization_id_fkey on hs.appointments (schemas/home_services.yaml:154:23)
ALTER TABLE "hs"."appointments"
    ADD CONSTRAINT "appointments_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [162/428] add foreign key appointments_technician_id_fkey on hs.appointments (schemas/home_services.yaml:163:21)
ALTER TABLE "hs"."appointments"
    ADD CONSTRAINT "appointments_technician_id_fkey" FOREIGN KEY ("technician_id")
    REFERENCES "hs"."technicians" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [163/428] add foreign key appointments_work_order_id_fkey on hs.appointments (schemas/home_services.yaml:159:21)
ALTER TABLE "hs"."appointments"
    ADD CONSTRAINT "appointments_work_order_id_fkey" FOREIGN KEY ("work_order_id")
    REFERENCES "hs"."work_orders" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [164/428] add foreign key customers_organization_id_fkey on hs.customers (schemas/home_services.yaml:77:23)
ALTER TABLE "hs"."customers"
    ADD CONSTRAINT "customers_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [165/428] add foreign key customers_service_area_id_fkey on hs.customers (schemas/home_services.yaml:88:21)
ALTER TABLE "hs"."customers"
    ADD CONSTRAINT "customers_service_area_id_fkey" FOREIGN KEY ("service_area_id")
    REFERENCES "hs"."service_areas" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [166/428] add foreign key invoice_lines_invoice_id_fkey on hs.invoice_lines (schemas/home_services.yaml:215:21)
ALTER TABLE "hs"."invoice_lines"
    ADD CONSTRAINT "invoice_lines_invoice_id_fkey" FOREIGN KEY ("invoice_id")
    REFERENCES "hs"."invoices" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [167/428] add foreign key invoice_lines_organization_id_fkey on hs.invoice_lines (schemas/home_services.yaml:210:23)
ALTER TABLE "hs"."invoice_lines"
    ADD CONSTRAINT "invoice_lines_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [168/428] add foreign key invoices_organization_id_fkey on hs.invoices (schemas/home_services.yaml:180:23)
ALTER TABLE "hs"."invoices"
    ADD CONSTRAINT "invoices_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [169/428] add foreign key invoices_work_order_id_fkey on hs.invoices (schemas/home_services.yaml:185:21)
ALTER TABLE "hs"."invoices"
    ADD CONSTRAINT "invoices_work_order_id_fkey" FOREIGN KEY ("work_order_id")
    REFERENCES "hs"."work_orders" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [170/428] add foreign key service_areas_organization_id_fkey on hs.service_areas (schemas/home_services.yaml:32:23)
ALTER TABLE "hs"."service_areas"
    ADD CONSTRAINT "service_areas_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [171/428] add foreign key technicians_home_area_id_fkey on hs.technicians (schemas/home_services.yaml:58:21)
ALTER TABLE "hs"."technicians"
    ADD CONSTRAINT "technicians_home_area_id_fkey" FOREIGN KEY ("home_area_id")
    REFERENCES "hs"."service_areas" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [172/428] add foreign key technicians_organization_id_fkey on hs.technicians (schemas/home_services.yaml:46:23)
ALTER TABLE "hs"."technicians"
    ADD CONSTRAINT "technicians_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [173/428] add foreign key technicians_organization_id_member_id_fkey on hs.technicians (schemas/home_services.yaml:63:16)
ALTER TABLE "hs"."technicians"
    ADD CONSTRAINT "technicians_organization_id_member_id_fkey" FOREIGN KEY ("organization_id", "member_id")
    REFERENCES "tenant"."organization_members" ("organization_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [174/428] add foreign key work_orders_assigned_technician_id_fkey on hs.work_orders (schemas/home_services.yaml:118:21)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_assigned_technician_id_fkey" FOREIGN KEY ("assigned_technician_id")
    REFERENCES "hs"."technicians" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [175/428] add foreign key work_orders_customer_id_fkey on hs.work_orders (schemas/home_services.yaml:110:21)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_customer_id_fkey" FOREIGN KEY ("customer_id")
    REFERENCES "hs"."customers" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [176/428] add foreign key work_orders_organization_id_fkey on hs.work_orders (schemas/home_services.yaml:101:9)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [177/428] add foreign key work_orders_service_area_id_fkey on hs.work_orders (schemas/home_services.yaml:114:21)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_service_area_id_fkey" FOREIGN KEY ("service_area_id")
    REFERENCES "hs"."service_areas" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [178/428] add foreign key role_assignments_granted_by_fkey on rbac.role_assignments (schemas/rbac.yaml:118:21)
ALTER TABLE "rbac"."role_assignments"
    ADD CONSTRAINT "role_assignments_granted_by_fkey" FOREIGN KEY ("granted_by")
    REFERENCES "tenant"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [179/428] add foreign key role_assignments_organization_id_fkey on rbac.role_assignments (schemas/rbac.yaml:107:23)
ALTER TABLE "rbac"."role_assignments"
    ADD CONSTRAINT "role_assignments_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [180/428] add foreign key role_assignments_organization_id_member_id_fkey on rbac.role_assignments (schemas/rbac.yaml:122:16)
ALTER TABLE "rbac"."role_assignments"
    ADD CONSTRAINT "role_assignments_organization_id_member_id_fkey" FOREIGN KEY ("organization_id", "member_id")
    REFERENCES "tenant"."organization_members" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [181/428] add foreign key role_assignments_organization_id_role_id_fkey on rbac.role_assignments (schemas/rbac.yaml:126:16)
ALTER TABLE "rbac"."role_assignments"
    ADD CONSTRAINT "role_assignments_organization_id_role_id_fkey" FOREIGN KEY ("organization_id", "role_id")
    REFERENCES "rbac"."roles" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [182/428] add foreign key role_permissions_organization_id_fkey on rbac.role_permissions (schemas/rbac.yaml:88:14)
ALTER TABLE "rbac"."role_permissions"
    ADD CONSTRAINT "role_permissions_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [183/428] add foreign key role_permissions_organization_id_role_id_fkey on rbac.role_permissions (schemas/rbac.yaml:99:16)
ALTER TABLE "rbac"."role_permissions"
    ADD CONSTRAINT "role_permissions_organization_id_role_id_fkey" FOREIGN KEY ("organization_id", "role_id")
    REFERENCES "rbac"."roles" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [184/428] add foreign key role_permissions_permission_code_fkey on rbac.role_permissions (schemas/rbac.yaml:94:21)
ALTER TABLE "rbac"."role_permissions"
    ADD CONSTRAINT "role_permissions_permission_code_fkey" FOREIGN KEY ("permission_code")
    REFERENCES "rbac"."permissions" ("code")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [185/428] add foreign key roles_organization_id_fkey on rbac.roles (schemas/rbac.yaml:72:23)
ALTER TABLE "rbac"."roles"
    ADD CONSTRAINT "roles_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [186/428] add foreign key dining_tables_organization_id_fkey on rest.dining_tables (schemas/restaurant.yaml:71:23)
ALTER TABLE "rest"."dining_tables"
    ADD CONSTRAINT "dining_tables_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [187/428] add foreign key kitchen_ticket_items_menu_item_id_fkey on rest.kitchen_ticket_items (schemas/restaurant.yaml:141:21)
ALTER TABLE "rest"."kitchen_ticket_items"
    ADD CONSTRAINT "kitchen_ticket_items_menu_item_id_fkey" FOREIGN KEY ("menu_item_id")
    REFERENCES "rest"."menu_items" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [188/428] add foreign key kitchen_ticket_items_organization_id_fkey on rest.kitchen_ticket_items (schemas/restaurant.yaml:132:23)
ALTER TABLE "rest"."kitchen_ticket_items"
    ADD CONSTRAINT "kitchen_ticket_items_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [189/428] add foreign key kitchen_ticket_items_ticket_id_fkey on rest.kitchen_ticket_items (schemas/restaurant.yaml:137:21)
ALTER TABLE "rest"."kitchen_ticket_items"
    ADD CONSTRAINT "kitchen_ticket_items_ticket_id_fkey" FOREIGN KEY ("ticket_id")
    REFERENCES "rest"."kitchen_tickets" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [190/428] add foreign key kitchen_tickets_organization_id_fkey on rest.kitchen_tickets (schemas/restaurant.yaml:106:23)
ALTER TABLE "rest"."kitchen_tickets"
    ADD CONSTRAINT "kitchen_tickets_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [191/428] add foreign key kitchen_tickets_table_id_fkey on rest.kitchen_tickets (schemas/restaurant.yaml:111:21)
ALTER TABLE "rest"."kitchen_tickets"
    ADD CONSTRAINT "kitchen_tickets_table_id_fkey" FOREIGN KEY ("table_id")
    REFERENCES "rest"."dining_tables" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [192/428] add foreign key menu_items_menu_id_fkey on rest.menu_items (schemas/restaurant.yaml:45:21)
ALTER TABLE "rest"."menu_items"
    ADD CONSTRAINT "menu_items_menu_id_fkey" FOREIGN KEY ("menu_id")
    REFERENCES "rest"."menus" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [193/428] add foreign key menu_items_organization_id_fkey on rest.menu_items (schemas/restaurant.yaml:36:9)
ALTER TABLE "rest"."menu_items"
    ADD CONSTRAINT "menu_items_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [194/428] add foreign key menus_organization_id_fkey on rest.menus (schemas/restaurant.yaml:19:23)
ALTER TABLE "rest"."menus"
    ADD CONSTRAINT "menus_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [195/428] add foreign key reservations_organization_id_fkey on rest.reservations (schemas/restaurant.yaml:82:23)
ALTER TABLE "rest"."reservations"
    ADD CONSTRAINT "reservations_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [196/428] add foreign key reservations_table_id_fkey on rest.reservations (schemas/restaurant.yaml:87:21)
ALTER TABLE "rest"."reservations"
    ADD CONSTRAINT "reservations_table_id_fkey" FOREIGN KEY ("table_id")
    REFERENCES "rest"."dining_tables" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [197/428] add foreign key customers_organization_id_fkey on ret.customers (schemas/retail.yaml:71:23)
ALTER TABLE "ret"."customers"
    ADD CONSTRAINT "customers_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [198/428] add foreign key inventory_levels_organization_id_fkey on ret.inventory_levels (schemas/retail.yaml:149:14)
ALTER TABLE "ret"."inventory_levels"
    ADD CONSTRAINT "inventory_levels_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [199/428] add foreign key inventory_levels_product_id_fkey on ret.inventory_levels (schemas/retail.yaml:158:21)
ALTER TABLE "ret"."inventory_levels"
    ADD CONSTRAINT "inventory_levels_product_id_fkey" FOREIGN KEY ("product_id")
    REFERENCES "ret"."products" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [200/428] add foreign key inventory_levels_store_id_fkey on ret.inventory_levels (schemas/retail.yaml:154:21)
ALTER TABLE "ret"."inventory_levels"
    ADD CONSTRAINT "inventory_levels_store_id_fkey" FOREIGN KEY ("store_id")
    REFERENCES "ret"."stores" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [201/428] add foreign key inventory_movements_order_id_fkey on ret.inventory_movements (schemas/retail.yaml:194:21)
ALTER TABLE "ret"."inventory_movements"
    ADD CONSTRAINT "inventory_movements_order_id_fkey" FOREIGN KEY ("order_id")
    REFERENCES "ret"."orders" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [202/428] add foreign key inventory_movements_organization_id_fkey on ret.inventory_movements (schemas/retail.yaml:174:14)
ALTER TABLE "ret"."inventory_movements"
    ADD CONSTRAINT "inventory_movements_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [203/428] add foreign key inventory_movements_product_id_fkey on ret.inventory_movements (schemas/retail.yaml:187:21)
ALTER TABLE "ret"."inventory_movements"
    ADD CONSTRAINT "inventory_movements_product_id_fkey" FOREIGN KEY ("product_id")
    REFERENCES "ret"."products" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [204/428] add foreign key inventory_movements_store_id_fkey on ret.inventory_movements (schemas/retail.yaml:183:21)
ALTER TABLE "ret"."inventory_movements"
    ADD CONSTRAINT "inventory_movements_store_id_fkey" FOREIGN KEY ("store_id")
    REFERENCES "ret"."stores" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [205/428] add foreign key order_items_order_id_fkey on ret.order_items (schemas/retail.yaml:130:21)
ALTER TABLE "ret"."order_items"
    ADD CONSTRAINT "order_items_order_id_fkey" FOREIGN KEY ("order_id")
    REFERENCES "ret"."orders" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [206/428] add foreign key order_items_organization_id_fkey on ret.order_items (schemas/retail.yaml:125:23)
ALTER TABLE "ret"."order_items"
    ADD CONSTRAINT "order_items_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [207/428] add foreign key order_items_product_id_fkey on ret.order_items (schemas/retail.yaml:134:21)
ALTER TABLE "ret"."order_items"
    ADD CONSTRAINT "order_items_product_id_fkey" FOREIGN KEY ("product_id")
    REFERENCES "ret"."products" ("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [208/428] add foreign key orders_customer_id_fkey on ret.orders (schemas/retail.yaml:97:21)
ALTER TABLE "ret"."orders"
    ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id")
    REFERENCES "ret"."customers" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [209/428] add foreign key orders_organization_id_fkey on ret.orders (schemas/retail.yaml:87:23)
ALTER TABLE "ret"."orders"
    ADD CONSTRAINT "orders_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [210/428] add foreign key orders_store_id_fkey on ret.orders (schemas/retail.yaml:93:21)
ALTER TABLE "ret"."orders"
    ADD CONSTRAINT "orders_store_id_fkey" FOREIGN KEY ("store_id")
    REFERENCES "ret"."stores" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [211/428] add foreign key products_organization_id_fkey on ret.products (schemas/retail.yaml:36:9)
ALTER TABLE "ret"."products"
    ADD CONSTRAINT "products_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [212/428] add foreign key stores_organization_id_fkey on ret.stores (schemas/retail.yaml:18:23)
ALTER TABLE "ret"."stores"
    ADD CONSTRAINT "stores_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [213/428] add foreign key organization_members_invited_by_fkey on tenant.organization_members (schemas/tenant.yaml:89:21)
ALTER TABLE "tenant"."organization_members"
    ADD CONSTRAINT "organization_members_invited_by_fkey" FOREIGN KEY ("invited_by")
    REFERENCES "tenant"."users" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [214/428] add foreign key organization_members_organization_id_fkey on tenant.organization_members (schemas/tenant.yaml:78:23)
ALTER TABLE "tenant"."organization_members"
    ADD CONSTRAINT "organization_members_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [215/428] add foreign key organization_members_user_id_fkey on tenant.organization_members (schemas/tenant.yaml:83:21)
ALTER TABLE "tenant"."organization_members"
    ADD CONSTRAINT "organization_members_user_id_fkey" FOREIGN KEY ("user_id")
    REFERENCES "tenant"."users" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [216/428] add foreign key workspaces_organization_id_fkey on tenant.workspaces (schemas/tenant.yaml:63:23)
ALTER TABLE "tenant"."workspaces"
    ADD CONSTRAINT "workspaces_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "tenant"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [217/428] add view hs.technician_schedule (schemas/home_services.yaml:231:3)
CREATE VIEW "hs"."technician_schedule" WITH (security_invoker = true) AS
SELECT a.organization_id,
       a.technician_id,
       t.first_name || ' ' || t.last_name AS technician_name,
       a.starts_at,
       a.ends_at,
       a.status AS appointment_status,
       w.id AS work_order_id,
       w.number AS work_order_number,
       w.title,
       w.priority,
       c.full_name AS customer_name,
       c.service_address
  FROM hs.appointments a
  JOIN hs.technicians t ON t.id = a.technician_id
  JOIN hs.work_orders w ON w.id = a.work_order_id
  JOIN hs.customers c ON c.id = w.customer_id
 WHERE a.status IN ('scheduled', 'confirmed', 'en_route', 'arrived')
   AND a.organization_id = NULLIF(current_setting('app.current_organization_id', true), '')::uuid;
COMMENT ON VIEW "hs"."technician_schedule" IS 'Upcoming appointments with their work order and customer (current organization only).';

-- [218/428] add view rbac.effective_permissions (schemas/rbac.yaml:139:3)
CREATE VIEW "rbac"."effective_permissions" WITH (security_invoker = true) AS
SELECT ra.organization_id,
       m.user_id,
       ra.member_id,
       p.code AS permission_code,
       p.resource,
       p.action,
       p.scope,
       ra.project_id
  FROM rbac.role_assignments ra
  JOIN tenant.organization_members m
    ON m.organization_id = ra.organization_id AND m.id = ra.member_id
  JOIN rbac.role_permissions rp
    ON rp.organization_id = ra.organization_id AND rp.role_id = ra.role_id
  JOIN rbac.permissions p ON p.code = rp.permission_code
 WHERE m.status = 'active'
   AND (ra.expires_at IS NULL OR ra.expires_at > now())
   AND ra.organization_id = NULLIF(current_setting('app.current_organization_id', true), '')::uuid;
COMMENT ON VIEW "rbac"."effective_permissions" IS 'Permissions each active member holds through unexpired role assignments, for the organization named by app.current_organization_id only.';

-- [219/428] add view ret.daily_sales (schemas/retail.yaml:223:3)
CREATE MATERIALIZED VIEW "ret"."daily_sales" AS
SELECT o.organization_id,
       o.channel,
       (o.placed_at AT TIME ZONE 'UTC')::date AS sales_date,
       count(*) AS order_count,
       sum(o.total) AS gross_total,
       sum(o.discount_total) AS discount_total
  FROM ret.orders o
 WHERE o.status NOT IN ('pending', 'cancelled')
 GROUP BY o.organization_id, o.channel, (o.placed_at AT TIME ZONE 'UTC')::date;
CREATE UNIQUE INDEX "daily_sales_organization_id_channel_sales_date_key" ON "ret"."daily_sales" USING BTREE ("organization_id", "channel", "sales_date");
CREATE INDEX "daily_sales_sales_date_idx" ON "ret"."daily_sales" USING BTREE ("sales_date");
COMMENT ON MATERIALIZED VIEW "ret"."daily_sales" IS 'Paid sales per organization, channel and UTC day, across all tenants: for platform reporting (super_admin). Tenants read tenant_daily_sales. Refresh with REFRESH MATERIALIZED VIEW CONCURRENTLY ret.daily_sales.';

-- [220/428] add view ret.low_stock (schemas/retail.yaml:251:3)
CREATE VIEW "ret"."low_stock" WITH (security_invoker = true) AS
SELECT l.organization_id, l.store_id, s.name AS store_name, l.product_id, p.sku, p.name AS product_name,
       l.on_hand, l.reserved, l.reorder_point
  FROM ret.inventory_levels l
  JOIN ret.stores s ON s.id = l.store_id AND s.deleted_at IS NULL
  JOIN ret.products p ON p.id = l.product_id AND p.deleted_at IS NULL
 WHERE l.reorder_point IS NOT NULL
   AND l.on_hand - l.reserved <= l.reorder_point
   AND l.organization_id = NULLIF(current_setting('app.current_organization_id', true), '')::uuid;
COMMENT ON VIEW "ret"."low_stock" IS 'Store/product pairs at or below their reorder point (current organization only).';

-- [221/428] add view ret.tenant_daily_sales (schemas/retail.yaml:244:3)
CREATE VIEW "ret"."tenant_daily_sales" WITH (security_invoker = true) AS
SELECT d.channel, d.sales_date, d.order_count, d.gross_total, d.discount_total
  FROM ret.daily_sales d
 WHERE d.organization_id = NULLIF(current_setting('app.current_organization_id', true), '')::uuid;
COMMENT ON VIEW "ret"."tenant_daily_sales" IS 'The current organization''s rows of the daily_sales materialized view.';

-- [222/428] add trigger set_updated_at on hs.appointments (schemas/home_services.yaml:154:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."appointments"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [223/428] add trigger audit_trail_immutable on hs.audit_trail (schemas/home_services.yaml:103:9)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "hs"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."audit_trail_immutable"();

-- [224/428] add trigger set_updated_at on hs.customers (schemas/home_services.yaml:77:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."customers"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [225/428] add trigger set_updated_at on hs.invoices (schemas/home_services.yaml:180:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."invoices"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [226/428] add trigger audit_chain_row on hs.invoices (schemas/home_services.yaml:180:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "hs"."invoices"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."audit_chain_row"();

-- [227/428] add trigger set_updated_at on hs.service_areas (schemas/home_services.yaml:32:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."service_areas"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [228/428] add trigger set_updated_at on hs.technicians (schemas/home_services.yaml:46:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."technicians"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [229/428] add trigger enforce_status_transition on hs.work_orders (schemas/home_services.yaml:146:7)
CREATE TRIGGER "enforce_status_transition"
    BEFORE UPDATE
    ON "hs"."work_orders"
    FOR EACH ROW    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION "hs"."enforce_work_order_transition"();

-- [230/428] add trigger set_updated_at on hs.work_orders (schemas/home_services.yaml:102:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."work_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [231/428] add trigger audit_chain_row on hs.work_orders (schemas/home_services.yaml:103:9)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "hs"."work_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."audit_chain_row"();

-- [232/428] add trigger search_vector_update on hs.work_orders (schemas/home_services.yaml:104:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "hs"."work_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."work_orders_search_vector"();

-- [233/428] add trigger set_updated_at on rbac.role_assignments (schemas/rbac.yaml:107:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rbac"."role_assignments"
    FOR EACH ROW
    EXECUTE FUNCTION "rbac"."set_updated_at"();

-- [234/428] add trigger set_updated_at on rbac.roles (schemas/rbac.yaml:72:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rbac"."roles"
    FOR EACH ROW
    EXECUTE FUNCTION "rbac"."set_updated_at"();

-- [235/428] add trigger set_updated_at on rest.dining_tables (schemas/restaurant.yaml:71:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rest"."dining_tables"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."set_updated_at"();

-- [236/428] add trigger set_updated_at on rest.kitchen_tickets (schemas/restaurant.yaml:106:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rest"."kitchen_tickets"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."set_updated_at"();

-- [237/428] add trigger set_updated_at on rest.menu_items (schemas/restaurant.yaml:37:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rest"."menu_items"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."set_updated_at"();

-- [238/428] add trigger search_vector_update on rest.menu_items (schemas/restaurant.yaml:40:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "rest"."menu_items"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."menu_items_search_vector"();

-- [239/428] add trigger set_updated_at on rest.menus (schemas/restaurant.yaml:19:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rest"."menus"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."set_updated_at"();

-- [240/428] add trigger set_updated_at on rest.reservations (schemas/restaurant.yaml:82:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rest"."reservations"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."set_updated_at"();

-- [241/428] add trigger set_updated_at on ret.customers (schemas/retail.yaml:71:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."customers"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [242/428] add trigger set_updated_at on ret.inventory_levels (schemas/retail.yaml:149:29)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."inventory_levels"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [243/428] add trigger apply_movement on ret.inventory_movements (schemas/retail.yaml:210:7)
CREATE TRIGGER "apply_movement"
    AFTER INSERT
    ON "ret"."inventory_movements"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."apply_inventory_movement"();

-- [244/428] add trigger set_updated_at on ret.orders (schemas/retail.yaml:87:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."orders"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [245/428] add trigger audit_row on ret.orders (schemas/retail.yaml:87:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "ret"."orders"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."audit_row"();

-- [246/428] add trigger set_updated_at on ret.products (schemas/retail.yaml:37:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."products"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [247/428] add trigger search_vector_update on ret.products (schemas/retail.yaml:40:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "ret"."products"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."products_search_vector"();

-- [248/428] add trigger set_updated_at on ret.stores (schemas/retail.yaml:18:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."stores"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [249/428] add trigger set_updated_at on tenant.organization_members (schemas/tenant.yaml:78:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant"."organization_members"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant"."set_updated_at"();

-- [250/428] add trigger set_updated_at on tenant.organizations (schemas/tenant.yaml:20:23)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant"."organizations"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant"."set_updated_at"();

-- [251/428] add trigger set_updated_at on tenant.users (schemas/tenant.yaml:45:23)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant"."users"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant"."set_updated_at"();

-- [252/428] add trigger set_updated_at on tenant.workspaces (schemas/tenant.yaml:63:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant"."workspaces"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant"."set_updated_at"();

-- [253/428] enable rls hs.appointments
ALTER TABLE "hs"."appointments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."appointments" FORCE ROW LEVEL SECURITY;

-- [254/428] enable rls hs.customers
ALTER TABLE "hs"."customers" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."customers" FORCE ROW LEVEL SECURITY;

-- [255/428] enable rls hs.invoice_lines
ALTER TABLE "hs"."invoice_lines" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."invoice_lines" FORCE ROW LEVEL SECURITY;

-- [256/428] enable rls hs.invoices
ALTER TABLE "hs"."invoices" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."invoices" FORCE ROW LEVEL SECURITY;

-- [257/428] enable rls hs.service_areas
ALTER TABLE "hs"."service_areas" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."service_areas" FORCE ROW LEVEL SECURITY;

-- [258/428] enable rls hs.technicians
ALTER TABLE "hs"."technicians" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."technicians" FORCE ROW LEVEL SECURITY;

-- [259/428] enable rls hs.work_orders
ALTER TABLE "hs"."work_orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."work_orders" FORCE ROW LEVEL SECURITY;

-- [260/428] enable rls rbac.role_assignments
ALTER TABLE "rbac"."role_assignments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rbac"."role_assignments" FORCE ROW LEVEL SECURITY;

-- [261/428] enable rls rbac.role_permissions
ALTER TABLE "rbac"."role_permissions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rbac"."role_permissions" FORCE ROW LEVEL SECURITY;

-- [262/428] enable rls rbac.roles
ALTER TABLE "rbac"."roles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rbac"."roles" FORCE ROW LEVEL SECURITY;

-- [263/428] enable rls rest.dining_tables
ALTER TABLE "rest"."dining_tables" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."dining_tables" FORCE ROW LEVEL SECURITY;

-- [264/428] enable rls rest.kitchen_ticket_items
ALTER TABLE "rest"."kitchen_ticket_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."kitchen_ticket_items" FORCE ROW LEVEL SECURITY;

-- [265/428] enable rls rest.kitchen_tickets
ALTER TABLE "rest"."kitchen_tickets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."kitchen_tickets" FORCE ROW LEVEL SECURITY;

-- [266/428] enable rls rest.menu_items
ALTER TABLE "rest"."menu_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."menu_items" FORCE ROW LEVEL SECURITY;

-- [267/428] enable rls rest.menus
ALTER TABLE "rest"."menus" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."menus" FORCE ROW LEVEL SECURITY;

-- [268/428] enable rls rest.reservations
ALTER TABLE "rest"."reservations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."reservations" FORCE ROW LEVEL SECURITY;

-- [269/428] enable rls ret.customers
ALTER TABLE "ret"."customers" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."customers" FORCE ROW LEVEL SECURITY;

-- [270/428] enable rls ret.inventory_levels
ALTER TABLE "ret"."inventory_levels" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."inventory_levels" FORCE ROW LEVEL SECURITY;

-- [271/428] enable rls ret.inventory_movements
ALTER TABLE "ret"."inventory_movements" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."inventory_movements" FORCE ROW LEVEL SECURITY;

-- [272/428] enable rls ret.order_items
ALTER TABLE "ret"."order_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."order_items" FORCE ROW LEVEL SECURITY;

-- [273/428] enable rls ret.orders
ALTER TABLE "ret"."orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."orders" FORCE ROW LEVEL SECURITY;

-- [274/428] enable rls ret.products
ALTER TABLE "ret"."products" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."products" FORCE ROW LEVEL SECURITY;

-- [275/428] enable rls ret.stores
ALTER TABLE "ret"."stores" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."stores" FORCE ROW LEVEL SECURITY;

-- [276/428] enable rls tenant.organization_members
ALTER TABLE "tenant"."organization_members" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant"."organization_members" FORCE ROW LEVEL SECURITY;

-- [277/428] enable rls tenant.organizations
ALTER TABLE "tenant"."organizations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant"."organizations" FORCE ROW LEVEL SECURITY;

-- [278/428] enable rls tenant.workspaces
ALTER TABLE "tenant"."workspaces" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant"."workspaces" FORCE ROW LEVEL SECURITY;

-- [279/428] add policy tenant_isolation on hs.appointments (schemas/home_services.yaml:154:23)
CREATE POLICY "tenant_isolation" ON "hs"."appointments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [280/428] add policy tenant_isolation on hs.customers (schemas/home_services.yaml:77:23)
CREATE POLICY "tenant_isolation" ON "hs"."customers"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [281/428] add policy tenant_isolation on hs.invoice_lines (schemas/home_services.yaml:210:23)
CREATE POLICY "tenant_isolation" ON "hs"."invoice_lines"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [282/428] add policy tenant_isolation on hs.invoices (schemas/home_services.yaml:180:23)
CREATE POLICY "tenant_isolation" ON "hs"."invoices"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [283/428] add policy tenant_isolation on hs.service_areas (schemas/home_services.yaml:32:23)
CREATE POLICY "tenant_isolation" ON "hs"."service_areas"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [284/428] add policy tenant_isolation on hs.technicians (schemas/home_services.yaml:46:23)
CREATE POLICY "tenant_isolation" ON "hs"."technicians"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [285/428] add policy tenant_isolation on hs.work_orders (schemas/home_services.yaml:101:9)
CREATE POLICY "tenant_isolation" ON "hs"."work_orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [286/428] add policy tenant_isolation on rbac.role_assignments (schemas/rbac.yaml:107:23)
CREATE POLICY "tenant_isolation" ON "rbac"."role_assignments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [287/428] add policy tenant_isolation on rbac.role_permissions (schemas/rbac.yaml:88:14)
CREATE POLICY "tenant_isolation" ON "rbac"."role_permissions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [288/428] add policy tenant_isolation on rbac.roles (schemas/rbac.yaml:72:23)
CREATE POLICY "tenant_isolation" ON "rbac"."roles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [289/428] add policy tenant_isolation on rest.dining_tables (schemas/restaurant.yaml:71:23)
CREATE POLICY "tenant_isolation" ON "rest"."dining_tables"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [290/428] add policy tenant_isolation on rest.kitchen_ticket_items (schemas/restaurant.yaml:132:23)
CREATE POLICY "tenant_isolation" ON "rest"."kitchen_ticket_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [291/428] add policy tenant_isolation on rest.kitchen_tickets (schemas/restaurant.yaml:106:23)
CREATE POLICY "tenant_isolation" ON "rest"."kitchen_tickets"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [292/428] add policy tenant_isolation on rest.menu_items (schemas/restaurant.yaml:36:9)
CREATE POLICY "tenant_isolation" ON "rest"."menu_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [293/428] add policy tenant_isolation on rest.menus (schemas/restaurant.yaml:19:23)
CREATE POLICY "tenant_isolation" ON "rest"."menus"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [294/428] add policy tenant_isolation on rest.reservations (schemas/restaurant.yaml:82:23)
CREATE POLICY "tenant_isolation" ON "rest"."reservations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [295/428] add policy tenant_isolation on ret.customers (schemas/retail.yaml:71:23)
CREATE POLICY "tenant_isolation" ON "ret"."customers"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [296/428] add policy tenant_isolation on ret.inventory_levels (schemas/retail.yaml:149:14)
CREATE POLICY "tenant_isolation" ON "ret"."inventory_levels"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [297/428] add policy tenant_isolation on ret.inventory_movements (schemas/retail.yaml:174:14)
CREATE POLICY "tenant_isolation" ON "ret"."inventory_movements"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [298/428] add policy tenant_isolation on ret.order_items (schemas/retail.yaml:125:23)
CREATE POLICY "tenant_isolation" ON "ret"."order_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [299/428] add policy tenant_isolation on ret.orders (schemas/retail.yaml:87:23)
CREATE POLICY "tenant_isolation" ON "ret"."orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [300/428] add policy tenant_isolation on ret.products (schemas/retail.yaml:36:9)
CREATE POLICY "tenant_isolation" ON "ret"."products"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [301/428] add policy tenant_isolation on ret.stores (schemas/retail.yaml:18:23)
CREATE POLICY "tenant_isolation" ON "ret"."stores"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [302/428] add policy tenant_isolation on tenant.organization_members (schemas/tenant.yaml:78:23)
CREATE POLICY "tenant_isolation" ON "tenant"."organization_members"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [303/428] add policy tenant_self on tenant.organizations (schemas/tenant.yaml:20:35)
CREATE POLICY "tenant_self" ON "tenant"."organizations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [304/428] add policy tenant_isolation on tenant.workspaces (schemas/tenant.yaml:63:23)
CREATE POLICY "tenant_isolation" ON "tenant"."workspaces"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [305/428] add grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to application_user
GRANT EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) TO "application_user";

-- [306/428] add grant EXECUTE on function rbac.has_permission(p_user_id uuid, p_permission text, p_project_id uuid) to application_user
GRANT EXECUTE ON FUNCTION "rbac"."has_permission"(p_user_id uuid, p_permission text, p_project_id uuid) TO "application_user";

-- [307/428] add grant USAGE on schema hs to application_user
GRANT USAGE ON SCHEMA "hs" TO "application_user";

-- [308/428] add grant USAGE on schema rbac to application_user
GRANT USAGE ON SCHEMA "rbac" TO "application_user";

-- [309/428] add grant USAGE on schema rest to application_user
GRANT USAGE ON SCHEMA "rest" TO "application_user";

-- [310/428] add grant USAGE on schema ret to application_user
GRANT USAGE ON SCHEMA "ret" TO "application_user";

-- [311/428] add grant USAGE on schema tenant to application_user
GRANT USAGE ON SCHEMA "tenant" TO "application_user";

-- [312/428] add grant DELETE,INSERT,SELECT,UPDATE on table hs.appointments to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."appointments" TO "application_user";

-- [313/428] add grant DELETE,INSERT,SELECT,UPDATE on table hs.customers to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."customers" TO "application_user";

-- [314/428] add grant DELETE,INSERT,SELECT,UPDATE on table hs.invoice_lines to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."invoice_lines" TO "application_user";

-- [315/428] add grant DELETE,INSERT,SELECT,UPDATE on table hs.invoices to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."invoices" TO "application_user";

-- [316/428] add grant DELETE,INSERT,SELECT,UPDATE on table hs.service_areas to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."service_areas" TO "application_user";

-- [317/428] add grant DELETE,INSERT,SELECT,UPDATE on table hs.technician_schedule to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."technician_schedule" TO "application_user";

-- [318/428] add grant DELETE,INSERT,SELECT,UPDATE on table hs.technicians to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."technicians" TO "application_user";

-- [319/428] add grant DELETE,INSERT,SELECT,UPDATE on table hs.work_orders to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."work_orders" TO "application_user";

-- [320/428] add grant SELECT on table rbac.effective_permissions to application_user
GRANT SELECT ON TABLE "rbac"."effective_permissions" TO "application_user";

-- [321/428] add grant SELECT on table rbac.permissions to application_user
GRANT SELECT ON TABLE "rbac"."permissions" TO "application_user";

-- [322/428] add grant DELETE,INSERT,SELECT,UPDATE on table rbac.role_assignments to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rbac"."role_assignments" TO "application_user";

-- [323/428] add grant DELETE,INSERT,SELECT,UPDATE on table rbac.role_permissions to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rbac"."role_permissions" TO "application_user";

-- [324/428] add grant DELETE,INSERT,SELECT,UPDATE on table rbac.roles to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rbac"."roles" TO "application_user";

-- [325/428] add grant DELETE,INSERT,SELECT,UPDATE on table rest.dining_tables to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."dining_tables" TO "application_user";

-- [326/428] add grant DELETE,INSERT,SELECT,UPDATE on table rest.kitchen_ticket_items to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."kitchen_ticket_items" TO "application_user";

-- [327/428] add grant DELETE,INSERT,SELECT,UPDATE on table rest.kitchen_tickets to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."kitchen_tickets" TO "application_user";

-- [328/428] add grant DELETE,INSERT,SELECT,UPDATE on table rest.menu_items to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."menu_items" TO "application_user";

-- [329/428] add grant DELETE,INSERT,SELECT,UPDATE on table rest.menus to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."menus" TO "application_user";

-- [330/428] add grant DELETE,INSERT,SELECT,UPDATE on table rest.reservations to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."reservations" TO "application_user";

-- [331/428] add grant DELETE,INSERT,SELECT,UPDATE on table ret.customers to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."customers" TO "application_user";

-- [332/428] add grant DELETE,INSERT,SELECT,UPDATE on table ret.inventory_levels to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."inventory_levels" TO "application_user";

-- [333/428] add grant DELETE,INSERT,SELECT,UPDATE on table ret.inventory_movements to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."inventory_movements" TO "application_user";

-- [334/428] add grant SELECT on table ret.low_stock to application_user
GRANT SELECT ON TABLE "ret"."low_stock" TO "application_user";

-- [335/428] add grant DELETE,INSERT,SELECT,UPDATE on table ret.order_items to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."order_items" TO "application_user";

-- [336/428] add grant DELETE,INSERT,SELECT,UPDATE on table ret.orders to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."orders" TO "application_user";

-- [337/428] add grant DELETE,INSERT,SELECT,UPDATE on table ret.products to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."products" TO "application_user";

-- [338/428] add grant DELETE,INSERT,SELECT,UPDATE on table ret.stores to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."stores" TO "application_user";

-- [339/428] add grant SELECT on table ret.tenant_daily_sales to application_user
GRANT SELECT ON TABLE "ret"."tenant_daily_sales" TO "application_user";

-- [340/428] add grant DELETE,INSERT,SELECT,UPDATE on table tenant.organization_members to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant"."organization_members" TO "application_user";

-- [341/428] add grant DELETE,INSERT,SELECT,UPDATE on table tenant.organizations to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant"."organizations" TO "application_user";

-- [342/428] add grant DELETE,INSERT,SELECT,UPDATE on table tenant.users to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant"."users" TO "application_user";

-- [343/428] add grant DELETE,INSERT,SELECT,UPDATE on table tenant.workspaces to application_user
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant"."workspaces" TO "application_user";

-- [344/428] add grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to readonly_user
GRANT EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) TO "readonly_user";

-- [345/428] add grant EXECUTE on function rbac.has_permission(p_user_id uuid, p_permission text, p_project_id uuid) to readonly_user
GRANT EXECUTE ON FUNCTION "rbac"."has_permission"(p_user_id uuid, p_permission text, p_project_id uuid) TO "readonly_user";

-- [346/428] add grant USAGE on schema hs to readonly_user
GRANT USAGE ON SCHEMA "hs" TO "readonly_user";

-- [347/428] add grant USAGE on schema rbac to readonly_user
GRANT USAGE ON SCHEMA "rbac" TO "readonly_user";

-- [348/428] add grant USAGE on schema rest to readonly_user
GRANT USAGE ON SCHEMA "rest" TO "readonly_user";

-- [349/428] add grant USAGE on schema ret to readonly_user
GRANT USAGE ON SCHEMA "ret" TO "readonly_user";

-- [350/428] add grant USAGE on schema tenant to readonly_user
GRANT USAGE ON SCHEMA "tenant" TO "readonly_user";

-- [351/428] add grant SELECT on table hs.appointments to readonly_user
GRANT SELECT ON TABLE "hs"."appointments" TO "readonly_user";

-- [352/428] add grant SELECT on table hs.customers to readonly_user
GRANT SELECT ON TABLE "hs"."customers" TO "readonly_user";

-- [353/428] add grant SELECT on table hs.invoice_lines to readonly_user
GRANT SELECT ON TABLE "hs"."invoice_lines" TO "readonly_user";

-- [354/428] add grant SELECT on table hs.invoices to readonly_user
GRANT SELECT ON TABLE "hs"."invoices" TO "readonly_user";

-- [355/428] add grant SELECT on table hs.service_areas to readonly_user
GRANT SELECT ON TABLE "hs"."service_areas" TO "readonly_user";

-- [356/428] add grant SELECT on table hs.technician_schedule to readonly_user
GRANT SELECT ON TABLE "hs"."technician_schedule" TO "readonly_user";

-- [357/428] add grant SELECT on table hs.technicians to readonly_user
GRANT SELECT ON TABLE "hs"."technicians" TO "readonly_user";

-- [358/428] add grant SELECT on table hs.work_orders to readonly_user
GRANT SELECT ON TABLE "hs"."work_orders" TO "readonly_user";

-- [359/428] add grant SELECT on table rbac.effective_permissions to readonly_user
GRANT SELECT ON TABLE "rbac"."effective_permissions" TO "readonly_user";

-- [360/428] add grant SELECT on table rbac.permissions to readonly_user
GRANT SELECT ON TABLE "rbac"."permissions" TO "readonly_user";

-- [361/428] add grant SELECT on table rbac.role_assignments to readonly_user
GRANT SELECT ON TABLE "rbac"."role_assignments" TO "readonly_user";

-- [362/428] add grant SELECT on table rbac.role_permissions to readonly_user
GRANT SELECT ON TABLE "rbac"."role_permissions" TO "readonly_user";

-- [363/428] add grant SELECT on table rbac.roles to readonly_user
GRANT SELECT ON TABLE "rbac"."roles" TO "readonly_user";

-- [364/428] add grant SELECT on table rest.dining_tables to readonly_user
GRANT SELECT ON TABLE "rest"."dining_tables" TO "readonly_user";

-- [365/428] add grant SELECT on table rest.kitchen_ticket_items to readonly_user
GRANT SELECT ON TABLE "rest"."kitchen_ticket_items" TO "readonly_user";

-- [366/428] add grant SELECT on table rest.kitchen_tickets to readonly_user
GRANT SELECT ON TABLE "rest"."kitchen_tickets" TO "readonly_user";

-- [367/428] add grant SELECT on table rest.menu_items to readonly_user
GRANT SELECT ON TABLE "rest"."menu_items" TO "readonly_user";

-- [368/428] add grant SELECT on table rest.menus to readonly_user
GRANT SELECT ON TABLE "rest"."menus" TO "readonly_user";

-- [369/428] add grant SELECT on table rest.reservations to readonly_user
GRANT SELECT ON TABLE "rest"."reservations" TO "readonly_user";

-- [370/428] add grant SELECT on table ret.customers to readonly_user
GRANT SELECT ON TABLE "ret"."customers" TO "readonly_user";

-- [371/428] add grant SELECT on table ret.inventory_levels to readonly_user
GRANT SELECT ON TABLE "ret"."inventory_levels" TO "readonly_user";

-- [372/428] add grant SELECT on table ret.inventory_movements to readonly_user
GRANT SELECT ON TABLE "ret"."inventory_movements" TO "readonly_user";

-- [373/428] add grant SELECT on table ret.low_stock to readonly_user
GRANT SELECT ON TABLE "ret"."low_stock" TO "readonly_user";

-- [374/428] add grant SELECT on table ret.order_items to readonly_user
GRANT SELECT ON TABLE "ret"."order_items" TO "readonly_user";

-- [375/428] add grant SELECT on table ret.orders to readonly_user
GRANT SELECT ON TABLE "ret"."orders" TO "readonly_user";

-- [376/428] add grant SELECT on table ret.products to readonly_user
GRANT SELECT ON TABLE "ret"."products" TO "readonly_user";

-- [377/428] add grant SELECT on table ret.stores to readonly_user
GRANT SELECT ON TABLE "ret"."stores" TO "readonly_user";

-- [378/428] add grant SELECT on table ret.tenant_daily_sales to readonly_user
GRANT SELECT ON TABLE "ret"."tenant_daily_sales" TO "readonly_user";

-- [379/428] add grant SELECT on table tenant.organization_members to readonly_user
GRANT SELECT ON TABLE "tenant"."organization_members" TO "readonly_user";

-- [380/428] add grant SELECT on table tenant.organizations to readonly_user
GRANT SELECT ON TABLE "tenant"."organizations" TO "readonly_user";

-- [381/428] add grant SELECT on table tenant.users to readonly_user
GRANT SELECT ON TABLE "tenant"."users" TO "readonly_user";

-- [382/428] add grant SELECT on table tenant.workspaces to readonly_user
GRANT SELECT ON TABLE "tenant"."workspaces" TO "readonly_user";

-- [383/428] add grant EXECUTE on function hs.verify_audit_chain() to super_admin
GRANT EXECUTE ON FUNCTION "hs"."verify_audit_chain"() TO "super_admin";

-- [384/428] add grant USAGE on schema hs to super_admin
GRANT USAGE ON SCHEMA "hs" TO "super_admin";

-- [385/428] add grant USAGE on schema rbac to super_admin
GRANT USAGE ON SCHEMA "rbac" TO "super_admin";

-- [386/428] add grant USAGE on schema rest to super_admin
GRANT USAGE ON SCHEMA "rest" TO "super_admin";

-- [387/428] add grant USAGE on schema ret to super_admin
GRANT USAGE ON SCHEMA "ret" TO "super_admin";

-- [388/428] add grant USAGE on schema tenant to super_admin
GRANT USAGE ON SCHEMA "tenant" TO "super_admin";

-- [389/428] add grant ALL on table hs.appointments to super_admin
GRANT ALL ON TABLE "hs"."appointments" TO "super_admin";

-- [390/428] add grant SELECT on table hs.audit_trail to super_admin
GRANT SELECT ON TABLE "hs"."audit_trail" TO "super_admin";

-- [391/428] add grant ALL on table hs.customers to super_admin
GRANT ALL ON TABLE "hs"."customers" TO "super_admin";

-- [392/428] add grant ALL on table hs.invoice_lines to super_admin
GRANT ALL ON TABLE "hs"."invoice_lines" TO "super_admin";

-- [393/428] add grant ALL on table hs.invoices to super_admin
GRANT ALL ON TABLE "hs"."invoices" TO "super_admin";

-- [394/428] add grant ALL on table hs.service_areas to super_admin
GRANT ALL ON TABLE "hs"."service_areas" TO "super_admin";

-- [395/428] add grant ALL on table hs.technician_schedule to super_admin
GRANT ALL ON TABLE "hs"."technician_schedule" TO "super_admin";

-- [396/428] add grant ALL on table hs.technicians to super_admin
GRANT ALL ON TABLE "hs"."technicians" TO "super_admin";

-- [397/428] add grant ALL on table hs.work_orders to super_admin
GRANT ALL ON TABLE "hs"."work_orders" TO "super_admin";

-- [398/428] add grant ALL on table rbac.effective_permissions to super_admin
GRANT ALL ON TABLE "rbac"."effective_permissions" TO "super_admin";

-- [399/428] add grant ALL on table rbac.permissions to super_admin
GRANT ALL ON TABLE "rbac"."permissions" TO "super_admin";

-- [400/428] add grant ALL on table rbac.role_assignments to super_admin
GRANT ALL ON TABLE "rbac"."role_assignments" TO "super_admin";

-- [401/428] add grant ALL on table rbac.role_permissions to super_admin
GRANT ALL ON TABLE "rbac"."role_permissions" TO "super_admin";

-- [402/428] add grant ALL on table rbac.roles to super_admin
GRANT ALL ON TABLE "rbac"."roles" TO "super_admin";

-- [403/428] add grant ALL on table rest.dining_tables to super_admin
GRANT ALL ON TABLE "rest"."dining_tables" TO "super_admin";

-- [404/428] add grant ALL on table rest.kitchen_ticket_items to super_admin
GRANT ALL ON TABLE "rest"."kitchen_ticket_items" TO "super_admin";

-- [405/428] add grant ALL on table rest.kitchen_tickets to super_admin
GRANT ALL ON TABLE "rest"."kitchen_tickets" TO "super_admin";

-- [406/428] add grant ALL on table rest.menu_items to super_admin
GRANT ALL ON TABLE "rest"."menu_items" TO "super_admin";

-- [407/428] add grant ALL on table rest.menus to super_admin
GRANT ALL ON TABLE "rest"."menus" TO "super_admin";

-- [408/428] add grant ALL on table rest.reservations to super_admin
GRANT ALL ON TABLE "rest"."reservations" TO "super_admin";

-- [409/428] add grant SELECT on table ret.audit_log to super_admin
GRANT SELECT ON TABLE "ret"."audit_log" TO "super_admin";

-- [410/428] add grant ALL on table ret.customers to super_admin
GRANT ALL ON TABLE "ret"."customers" TO "super_admin";

-- [411/428] add grant ALL on table ret.daily_sales to super_admin
GRANT ALL ON TABLE "ret"."daily_sales" TO "super_admin";

-- [412/428] add grant ALL on table ret.inventory_levels to super_admin
GRANT ALL ON TABLE "ret"."inventory_levels" TO "super_admin";

-- [413/428] add grant ALL on table ret.inventory_movements to super_admin
GRANT ALL ON TABLE "ret"."inventory_movements" TO "super_admin";

-- [414/428] add grant ALL on table ret.low_stock to super_admin
GRANT ALL ON TABLE "ret"."low_stock" TO "super_admin";

-- [415/428] add grant ALL on table ret.order_items to super_admin
GRANT ALL ON TABLE "ret"."order_items" TO "super_admin";

-- [416/428] add grant ALL on table ret.orders to super_admin
GRANT ALL ON TABLE "ret"."orders" TO "super_admin";

-- [417/428] add grant ALL on table ret.products to super_admin
GRANT ALL ON TABLE "ret"."products" TO "super_admin";

-- [418/428] add grant ALL on table ret.stores to super_admin
GRANT ALL ON TABLE "ret"."stores" TO "super_admin";

-- [419/428] add grant ALL on table ret.tenant_daily_sales to super_admin
GRANT ALL ON TABLE "ret"."tenant_daily_sales" TO "super_admin";

-- [420/428] add grant ALL on table tenant.organization_members to super_admin
GRANT ALL ON TABLE "tenant"."organization_members" TO "super_admin";

-- [421/428] add grant ALL on table tenant.organizations to super_admin
GRANT ALL ON TABLE "tenant"."organizations" TO "super_admin";

-- [422/428] add grant ALL on table tenant.users to super_admin
GRANT ALL ON TABLE "tenant"."users" TO "super_admin";

-- [423/428] add grant ALL on table tenant.workspaces to super_admin
GRANT ALL ON TABLE "tenant"."workspaces" TO "super_admin";

-- [424/428] add default privilege SELECT on new tables in hs to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "hs"
    GRANT SELECT ON TABLES TO "readonly_user";

-- [425/428] add default privilege SELECT on new tables in rbac to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "rbac"
    GRANT SELECT ON TABLES TO "readonly_user";

-- [426/428] add default privilege SELECT on new tables in rest to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "rest"
    GRANT SELECT ON TABLES TO "readonly_user";

-- [427/428] add default privilege SELECT on new tables in ret to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "ret"
    GRANT SELECT ON TABLES TO "readonly_user";

-- [428/428] add default privilege SELECT on new tables in tenant to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "tenant"
    GRANT SELECT ON TABLES TO "readonly_user";
