-- provision migration V0001 (up) for database app: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/280] add extension citext (schemas/tenant_mgmt.yaml:8:14)
CREATE EXTENSION IF NOT EXISTS "citext";

-- [2/280] add role multi_app (schemas/tenant_mgmt.yaml:11:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "multi_app";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'multi_app'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 100
    ) THEN
        ALTER ROLE "multi_app" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 100;
    END IF;
END
$provision$;
COMMENT ON ROLE "multi_app" IS 'The application''s connection role. Full CRUD on business tables, always subject to row-level security.';

-- [3/280] add role multi_auditor (schemas/tenant_mgmt.yaml:21:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "multi_auditor";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'multi_auditor'
          AND rolcanlogin = False AND rolinherit = True AND rolbypassrls = True
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = -1
    ) THEN
        ALTER ROLE "multi_auditor" NOLOGIN INHERIT BYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT -1;
    END IF;
END
$provision$;
COMMENT ON ROLE "multi_auditor" IS 'Security and compliance staff (granted to named people). Reads the hash-chained audit trails and runs verify_audit_chain(); bypasses RLS.';

-- [4/280] add role multi_readonly (schemas/tenant_mgmt.yaml:16:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "multi_readonly";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'multi_readonly'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 20
    ) THEN
        ALTER ROLE "multi_readonly" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 20;
    END IF;
END
$provision$;
COMMENT ON ROLE "multi_readonly" IS 'Reporting and BI. SELECT only, subject to row-level security.';

-- [5/280] add schema hs (schemas/hs.yaml:10:9)
CREATE SCHEMA "hs";
COMMENT ON SCHEMA "hs" IS 'Home services vertical (seed 004 section 5): customers and their properties, technicians with skills and certifications, work orders through twelve states with route order, and quality inspections with OSHA safety flags. Work orders go to a hash-chained audit trail. (Schema-per-tenant copy of ../../schemas/hs.yaml: this variant has no user_mgmt module, so user ids are plain uuid columns instead of foreign keys to user_mgmt.users.)';

-- [6/280] add schema ret (schemas/ret.yaml:7:9)
CREATE SCHEMA "ret";
COMMENT ON SCHEMA "ret" IS 'Retail vertical (seed 004 section 8): locations (stores, warehouses, online), the product catalogue with variants, multi-location inventory, omnichannel orders and their lines, and loyalty accounts. Daily sales are a materialized view refreshed concurrently.';

-- [7/280] add schema tenant_mgmt (schemas/tenant_mgmt.yaml:7:9)
CREATE SCHEMA "tenant_mgmt";
COMMENT ON SCHEMA "tenant_mgmt" IS 'Tenant management (seed 004 section 2): businesses (the tenant root), the verticals each business runs, subscription plans, subscriptions with trial and health tracking, and metered usage for overage billing. Also declares the database roles every module grants to.';

-- [8/280] add enum hs.customer_type (schemas/hs.yaml:15:3)
CREATE TYPE "hs"."customer_type" AS ENUM ('residential', 'commercial');

-- [9/280] add enum hs.property_type (schemas/hs.yaml:16:3)
CREATE TYPE "hs"."property_type" AS ENUM ('single_family', 'multi_family', 'condo', 'commercial', 'industrial');

-- [10/280] add enum hs.work_order_status (schemas/hs.yaml:17:3)
CREATE TYPE "hs"."work_order_status" AS ENUM ('new', 'estimate_pending', 'estimate_approved', 'scheduled', 'dispatched', 'en_route', 'on_site', 'in_progress', 'awaiting_parts', 'quality_check', 'completed', 'cancelled');
COMMENT ON TYPE "hs"."work_order_status" IS 'The twelve work order states; legal moves are in hs.work_order_transition_allowed().';

-- [11/280] add enum hs.work_priority (schemas/hs.yaml:32:3)
CREATE TYPE "hs"."work_priority" AS ENUM ('low', 'normal', 'high', 'emergency');

-- [12/280] add enum ret.location_type (schemas/ret.yaml:12:3)
CREATE TYPE "ret"."location_type" AS ENUM ('store', 'warehouse', 'popup', 'online');

-- [13/280] add enum ret.loyalty_tier (schemas/ret.yaml:15:3)
CREATE TYPE "ret"."loyalty_tier" AS ENUM ('bronze', 'silver', 'gold', 'platinum');

-- [14/280] add enum ret.sale_status (schemas/ret.yaml:14:3)
CREATE TYPE "ret"."sale_status" AS ENUM ('pending', 'paid', 'fulfilled', 'partially_refunded', 'refunded', 'cancelled');

-- [15/280] add enum ret.sales_channel (schemas/ret.yaml:13:3)
CREATE TYPE "ret"."sales_channel" AS ENUM ('in_store', 'online', 'marketplace', 'social');

-- [16/280] add enum tenant_mgmt.billing_interval (schemas/tenant_mgmt.yaml:34:3)
CREATE TYPE "tenant_mgmt"."billing_interval" AS ENUM ('month', 'year');

-- [17/280] add enum tenant_mgmt.business_status (schemas/tenant_mgmt.yaml:32:3)
CREATE TYPE "tenant_mgmt"."business_status" AS ENUM ('trialing', 'active', 'past_due', 'suspended', 'cancelled');

-- [18/280] add enum tenant_mgmt.subscription_status (schemas/tenant_mgmt.yaml:33:3)
CREATE TYPE "tenant_mgmt"."subscription_status" AS ENUM ('trialing', 'active', 'past_due', 'paused', 'cancelled', 'expired');

-- [19/280] add enum tenant_mgmt.usage_metric (schemas/tenant_mgmt.yaml:35:3)
CREATE TYPE "tenant_mgmt"."usage_metric" AS ENUM ('active_users', 'api_calls', 'storage_gb', 'sms_sent', 'work_orders', 'transactions');

-- [20/280] add enum tenant_mgmt.vertical (schemas/tenant_mgmt.yaml:29:3)
CREATE TYPE "tenant_mgmt"."vertical" AS ENUM ('home_services', 'automotive', 'restaurant', 'retail', 'education', 'payroll');
COMMENT ON TYPE "tenant_mgmt"."vertical" IS 'Industry modules a business can switch on (schemas hs, auto, rest, ret, courses, payroll).';

-- [21/280] add function hs.audit_chain_row() (schemas/hs.yaml:117:9)
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

-- [22/280] add function hs.audit_trail_immutable() (schemas/hs.yaml:117:9)
CREATE FUNCTION "hs"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [23/280] add function hs.customers_search_vector() (schemas/hs.yaml:42:9)
CREATE FUNCTION "hs"."customers_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."email"::text, '')), 'B') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."name"::text, '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."phone"::text, '')), 'B');
  RETURN NEW;
END;
$body$;

-- [24/280] add function hs.enforce_work_order_transition() (schemas/hs.yaml:222:3)
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
  IF NEW.status = 'in_progress' AND NEW.actual_start IS NULL THEN
    NEW.actual_start := now();
  END IF;
  IF NEW.status = 'completed' AND NEW.actual_end IS NULL THEN
    NEW.actual_end := now();
  END IF;
  RETURN NEW;
END;
$body$;
COMMENT ON FUNCTION "hs"."enforce_work_order_transition"() IS 'Refuses illegal status changes and stamps actual_start/actual_end.';

-- [25/280] add function hs.set_updated_at() (schemas/hs.yaml:39:9)
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

-- [26/280] add function hs.verify_audit_chain() (schemas/hs.yaml:117:9)
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

-- [27/280] add function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) (schemas/hs.yaml:200:3)
CREATE FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status)
    RETURNS boolean
    LANGUAGE SQL
    IMMUTABLE STRICT
AS $body$
SELECT to_status = ANY (CASE from_status
  WHEN 'new'               THEN ARRAY['estimate_pending', 'scheduled', 'cancelled']
  WHEN 'estimate_pending'  THEN ARRAY['estimate_approved', 'cancelled']
  WHEN 'estimate_approved' THEN ARRAY['scheduled', 'cancelled']
  WHEN 'scheduled'         THEN ARRAY['dispatched', 'cancelled']
  WHEN 'dispatched'        THEN ARRAY['en_route', 'scheduled', 'cancelled']
  WHEN 'en_route'          THEN ARRAY['on_site', 'scheduled']
  WHEN 'on_site'           THEN ARRAY['in_progress']
  WHEN 'in_progress'       THEN ARRAY['awaiting_parts', 'quality_check', 'completed']
  WHEN 'awaiting_parts'    THEN ARRAY['scheduled', 'in_progress', 'cancelled']
  WHEN 'quality_check'     THEN ARRAY['in_progress', 'completed']
  ELSE ARRAY[]::text[]
END::hs.work_order_status[])
$body$;
COMMENT ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) IS 'The work order state machine of the twelve states.';

-- [28/280] add function hs.work_orders_search_vector() (schemas/hs.yaml:118:9)
CREATE FUNCTION "hs"."work_orders_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."number"::text, '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [29/280] add function ret.products_search_vector() (schemas/ret.yaml:41:9)
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

-- [30/280] add function ret.set_updated_at() (schemas/ret.yaml:19:38)
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

-- [31/280] add function tenant_mgmt.audit_chain_row() (schemas/tenant_mgmt.yaml:39:61)
CREATE FUNCTION "tenant_mgmt"."audit_chain_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "tenant_mgmt", pg_catalog, pg_temp
AS $body$
DECLARE
  prev text;
  body jsonb;
BEGIN
  -- one writer at a time, so every row links to the one before it
  PERFORM pg_advisory_xact_lock(hashtext('tenant_mgmt.audit_trail'));
  SELECT row_hash INTO prev FROM "tenant_mgmt".audit_trail ORDER BY id DESC LIMIT 1;
  body := jsonb_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'old', CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
    'new', CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  INSERT INTO "tenant_mgmt".audit_trail (table_name, operation, payload, prev_hash, row_hash)
  VALUES (TG_TABLE_NAME, TG_OP, body, prev,
          encode(sha256(convert_to(coalesce(prev, '') || body::text, 'UTF8')), 'hex'));
  RETURN NULL;
END;
$body$;

-- [32/280] add function tenant_mgmt.audit_trail_immutable() (schemas/tenant_mgmt.yaml:39:61)
CREATE FUNCTION "tenant_mgmt"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [33/280] add function tenant_mgmt.set_updated_at() (schemas/tenant_mgmt.yaml:39:36)
CREATE FUNCTION "tenant_mgmt"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [34/280] add function tenant_mgmt.verify_audit_chain() (schemas/tenant_mgmt.yaml:39:61)
CREATE FUNCTION "tenant_mgmt"."verify_audit_chain"()
    RETURNS bigint
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  r record;
  prev text;
BEGIN
  FOR r IN SELECT id, payload, prev_hash, row_hash FROM "tenant_mgmt".audit_trail ORDER BY id LOOP
    IF r.prev_hash IS DISTINCT FROM prev
       OR r.row_hash <> encode(sha256(convert_to(coalesce(prev, '') || r.payload::text, 'UTF8')), 'hex') THEN
      RETURN r.id;
    END IF;
    prev := r.row_hash;
  END LOOP;
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "tenant_mgmt"."verify_audit_chain"() IS 'Returns the id of the first audit_trail row whose hash does not match, or NULL when the chain is intact.';

-- [35/280] add table hs.audit_trail (schemas/hs.yaml:117:9)
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

-- [36/280] add table hs.customers (schemas/hs.yaml:35:3)
CREATE TABLE "hs"."customers" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "customer_type" "hs"."customer_type" DEFAULT 'residential' NOT NULL,
    "name" text NOT NULL,
    "email" citext,
    "phone" text,
    "preferred_contact" text DEFAULT 'phone' NOT NULL,
    "notes" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "customers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customers_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "customers_preferred_contact_check" CHECK (preferred_contact IN ('phone', 'email', 'sms')),
    CONSTRAINT "customers_reachable_check" CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
COMMENT ON TABLE "hs"."customers" IS 'Households and companies served.';

-- [37/280] add table hs.properties (schemas/hs.yaml:59:3)
CREATE TABLE "hs"."properties" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "customer_id" uuid NOT NULL,
    "property_type" "hs"."property_type" DEFAULT 'single_family' NOT NULL,
    "address_line1" text NOT NULL,
    "address_line2" text,
    "city" text NOT NULL,
    "region" text,
    "postal_code" text NOT NULL,
    "country_code" character(2) DEFAULT 'US' NOT NULL,
    "latitude" numeric(9,6),
    "longitude" numeric(9,6),
    "access_notes" text,
    "equipment" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "properties_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "properties_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "properties_latitude_check" CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT "properties_longitude_check" CHECK (longitude BETWEEN -180 AND 180)
);
COMMENT ON TABLE "hs"."properties" IS 'Service addresses of a customer, with the equipment installed there.';
COMMENT ON COLUMN "hs"."properties"."access_notes" IS 'Gate codes, pets, parking.';
COMMENT ON COLUMN "hs"."properties"."equipment" IS 'Installed units (HVAC, water heater, panel) with model and install date.';

-- [38/280] add table hs.quality_inspections (schemas/hs.yaml:173:3)
CREATE TABLE "hs"."quality_inspections" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "work_order_id" uuid NOT NULL,
    "inspector_user_id" uuid,
    "checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "score" numeric(5,2),
    "passed" boolean,
    "safety_incident" boolean DEFAULT false NOT NULL,
    "osha_recordable" boolean DEFAULT false NOT NULL,
    "notes" text,
    "inspected_at" timestamp with time zone DEFAULT now() NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "quality_inspections_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "quality_inspections_score_check" CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT "quality_inspections_recordable_is_incident_check" CHECK (NOT osha_recordable OR safety_incident)
);
COMMENT ON TABLE "hs"."quality_inspections" IS 'Quality-control inspection of a finished job, with its checklist and OSHA safety flags.';
COMMENT ON COLUMN "hs"."quality_inspections"."inspector_user_id" IS 'user_mgmt.users in the full example.';
COMMENT ON COLUMN "hs"."quality_inspections"."checklist" IS 'Items with pass/fail and photos.';

-- [39/280] add table hs.technicians (schemas/hs.yaml:88:3)
CREATE TABLE "hs"."technicians" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "user_id" uuid,
    "employee_number" text NOT NULL,
    "first_name" text NOT NULL,
    "last_name" text NOT NULL,
    "skills" text[] DEFAULT '{}'::text[] NOT NULL,
    "certifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "hourly_rate" numeric(10,2) NOT NULL,
    "service_radius_km" smallint DEFAULT 50 NOT NULL,
    "osha_training_expires_on" date,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "technicians_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "technicians_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "technicians_hourly_rate_check" CHECK (hourly_rate >= 0),
    CONSTRAINT "technicians_service_radius_km_check" CHECK (service_radius_km > 0)
);
COMMENT ON TABLE "hs"."technicians" IS 'Field staff; linked to a user account when they use the mobile app.';
COMMENT ON COLUMN "hs"."technicians"."user_id" IS 'The technician''s user account (user_mgmt.users in the full example).';
COMMENT ON COLUMN "hs"."technicians"."certifications" IS 'Licences and certificates (EPA 608, NATE, ...) with expiry dates.';

-- [40/280] add table hs.work_orders (schemas/hs.yaml:112:3)
CREATE TABLE "hs"."work_orders" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "number" text NOT NULL,
    "customer_id" uuid NOT NULL,
    "property_id" uuid NOT NULL,
    "assigned_technician_id" uuid,
    "service_type" text NOT NULL,
    "title" text NOT NULL,
    "description" text,
    "status" "hs"."work_order_status" DEFAULT 'new' NOT NULL,
    "priority" "hs"."work_priority" DEFAULT 'normal' NOT NULL,
    "scheduled_start" timestamp with time zone,
    "scheduled_end" timestamp with time zone,
    "route_sequence" smallint,
    "actual_start" timestamp with time zone,
    "actual_end" timestamp with time zone,
    "estimate_total" numeric(12,2),
    "final_total" numeric(12,2),
    "details" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "work_orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "work_orders_business_id_number_key" UNIQUE ("business_id", "number"),
    CONSTRAINT "work_orders_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "work_orders_route_sequence_check" CHECK (route_sequence > 0),
    CONSTRAINT "work_orders_estimate_total_check" CHECK (estimate_total >= 0),
    CONSTRAINT "work_orders_final_total_check" CHECK (final_total >= 0),
    CONSTRAINT "work_orders_window_valid_check" CHECK (scheduled_end IS NULL OR (scheduled_start IS NOT NULL AND scheduled_end > scheduled_start)),
    CONSTRAINT "work_orders_dispatched_has_technician_check" CHECK (status NOT IN ('dispatched', 'en_route', 'on_site', 'in_progress') OR assigned_technician_id IS NOT NULL),
    CONSTRAINT "work_orders_completed_has_end_check" CHECK (status <> 'completed' OR actual_end IS NOT NULL)
);
COMMENT ON TABLE "hs"."work_orders" IS 'A job at a property, from request to completion.';
COMMENT ON COLUMN "hs"."work_orders"."service_type" IS 'e.g. hvac_repair, plumbing_install, electrical_inspection.';
COMMENT ON COLUMN "hs"."work_orders"."route_sequence" IS 'Stop number on the technician''s optimised route for the day.';

-- [41/280] add table ret.inventory_levels (schemas/ret.yaml:67:3)
CREATE TABLE "ret"."inventory_levels" (
    "business_id" uuid NOT NULL,
    "location_id" uuid NOT NULL,
    "product_id" uuid NOT NULL,
    "on_hand" integer DEFAULT 0 NOT NULL,
    "reserved" integer DEFAULT 0 NOT NULL,
    "reorder_point" integer,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "inventory_levels_pkey" PRIMARY KEY ("location_id", "product_id"),
    CONSTRAINT "inventory_levels_quantities_valid_check" CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand)
);
COMMENT ON TABLE "ret"."inventory_levels" IS 'Stock per location and product.';

-- [42/280] add table ret.locations (schemas/ret.yaml:18:3)
CREATE TABLE "ret"."locations" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "code" text NOT NULL,
    "name" text NOT NULL,
    "location_type" "ret"."location_type" DEFAULT 'store' NOT NULL,
    "address" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "opened_on" date,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "locations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "locations_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "locations_code_check" CHECK (code ~ '^[A-Z0-9-]{2,16}$')
);
COMMENT ON TABLE "ret"."locations" IS 'Where stock is held and sold.';

-- [43/280] add table ret.loyalty_accounts (schemas/ret.yaml:94:3)
CREATE TABLE "ret"."loyalty_accounts" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "email" citext,
    "phone" text,
    "first_name" text NOT NULL,
    "last_name" text NOT NULL,
    "tier" "ret"."loyalty_tier" DEFAULT 'bronze' NOT NULL,
    "points_balance" integer DEFAULT 0 NOT NULL,
    "lifetime_spend" numeric(14,2) DEFAULT 0 NOT NULL,
    "enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
    "marketing_opt_in" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "loyalty_accounts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "loyalty_accounts_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "loyalty_accounts_points_balance_check" CHECK (points_balance >= 0),
    CONSTRAINT "loyalty_accounts_lifetime_spend_check" CHECK (lifetime_spend >= 0)
);
COMMENT ON TABLE "ret"."loyalty_accounts" IS 'A shopper''s rewards account.';

-- [44/280] add table ret.order_lines (schemas/ret.yaml:155:3)
CREATE TABLE "ret"."order_lines" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "order_id" uuid NOT NULL,
    "product_id" uuid NOT NULL,
    "quantity" integer NOT NULL,
    "unit_price" numeric(12,2) NOT NULL,
    "discount" numeric(12,2) DEFAULT 0 NOT NULL,
    "line_total" numeric(14,2) GENERATED ALWAYS AS (quantity * unit_price - discount) STORED NOT NULL,
    CONSTRAINT "order_lines_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "order_lines_quantity_check" CHECK (quantity > 0),
    CONSTRAINT "order_lines_unit_price_check" CHECK (unit_price >= 0),
    CONSTRAINT "order_lines_discount_check" CHECK (discount >= 0),
    CONSTRAINT "order_lines_discount_within_line_check" CHECK (discount <= quantity * unit_price)
);
COMMENT ON TABLE "ret"."order_lines" IS 'Lines of a retail order.';

-- [45/280] add table ret.orders (schemas/ret.yaml:116:3)
CREATE TABLE "ret"."orders" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "order_number" text NOT NULL,
    "channel" "ret"."sales_channel" DEFAULT 'in_store' NOT NULL,
    "location_id" uuid,
    "loyalty_account_id" uuid,
    "status" "ret"."sale_status" DEFAULT 'pending' NOT NULL,
    "subtotal" numeric(12,2) DEFAULT 0 NOT NULL,
    "tax_total" numeric(12,2) DEFAULT 0 NOT NULL,
    "discount_total" numeric(12,2) DEFAULT 0 NOT NULL,
    "total" numeric(12,2) GENERATED ALWAYS AS (subtotal + tax_total - discount_total) STORED NOT NULL,
    "points_earned" integer DEFAULT 0 NOT NULL,
    "placed_at" timestamp with time zone DEFAULT now() NOT NULL,
    "paid_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "orders_business_id_order_number_key" UNIQUE ("business_id", "order_number"),
    CONSTRAINT "orders_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "orders_points_earned_check" CHECK (points_earned >= 0),
    CONSTRAINT "orders_amounts_valid_check" CHECK (subtotal >= 0 AND tax_total >= 0 AND discount_total >= 0 AND discount_total <= subtotal),
    CONSTRAINT "orders_paid_has_time_check" CHECK (status IN ('pending', 'cancelled') OR paid_at IS NOT NULL),
    CONSTRAINT "orders_in_store_has_location_check" CHECK (channel <> 'in_store' OR location_id IS NOT NULL)
);
COMMENT ON TABLE "ret"."orders" IS 'A sale on any channel (omnichannel), in a store or online.';

-- [46/280] add table ret.products (schemas/ret.yaml:34:3)
CREATE TABLE "ret"."products" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "sku" text NOT NULL,
    "parent_sku" text,
    "barcode" text,
    "name" text NOT NULL,
    "brand" text,
    "description" text,
    "category" text,
    "price" numeric(12,2) NOT NULL,
    "cost" numeric(12,2),
    "attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "products_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "products_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "products_price_check" CHECK (price >= 0),
    CONSTRAINT "products_cost_check" CHECK (cost >= 0)
);
COMMENT ON TABLE "ret"."products" IS 'The catalogue; variants (size, colour) are rows sharing a parent_sku.';
COMMENT ON COLUMN "ret"."products"."attributes" IS 'Variant attributes, e.g. {"size": "M", "color": "navy"}.';

-- [47/280] add table tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
CREATE TABLE "tenant_mgmt"."audit_trail" (
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
COMMENT ON TABLE "tenant_mgmt"."audit_trail" IS 'Hash-chained, append-only record of row changes.';

-- [48/280] add table tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:68:3)
CREATE TABLE "tenant_mgmt"."business_verticals" (
    "business_id" uuid NOT NULL,
    "vertical" "tenant_mgmt"."vertical" NOT NULL,
    "enabled_at" timestamp with time zone DEFAULT now() NOT NULL,
    "disabled_at" timestamp with time zone,
    "settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "business_verticals_pkey" PRIMARY KEY ("business_id", "vertical"),
    CONSTRAINT "business_verticals_disabled_after_enabled_check" CHECK (disabled_at IS NULL OR disabled_at >= enabled_at)
);
COMMENT ON TABLE "tenant_mgmt"."business_verticals" IS 'The industry modules a business has enabled, with their per-vertical settings.';

-- [49/280] add table tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:38:3)
CREATE TABLE "tenant_mgmt"."businesses" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "legal_name" text NOT NULL,
    "display_name" text NOT NULL,
    "slug" text NOT NULL,
    "primary_vertical" "tenant_mgmt"."vertical" NOT NULL,
    "status" "tenant_mgmt"."business_status" DEFAULT 'trialing' NOT NULL,
    "country_code" character(2) DEFAULT 'US' NOT NULL,
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "currency" character(3) DEFAULT 'USD' NOT NULL,
    "billing_email" citext,
    "tax_id" text,
    "trial_ends_at" timestamp with time zone,
    "health_score" smallint,
    "settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "businesses_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "businesses_slug_key" UNIQUE ("slug"),
    CONSTRAINT "businesses_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "businesses_country_code_check" CHECK (country_code ~ '^[A-Z]{2}$'),
    CONSTRAINT "businesses_currency_check" CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT "businesses_health_score_check" CHECK (health_score BETWEEN 0 AND 100),
    CONSTRAINT "businesses_names_not_blank_check" CHECK (btrim(legal_name) <> '' AND btrim(display_name) <> '')
);
COMMENT ON TABLE "tenant_mgmt"."businesses" IS 'One row per tenant. Every tenant-scoped table references it through business_id.';
COMMENT ON COLUMN "tenant_mgmt"."businesses"."health_score" IS 'Customer-success health score, recomputed nightly.';

-- [50/280] add table tenant_mgmt.subscription_plans (schemas/tenant_mgmt.yaml:80:3)
CREATE TABLE "tenant_mgmt"."subscription_plans" (
    "code" text NOT NULL,
    "name" text NOT NULL,
    "billing_interval" "tenant_mgmt"."billing_interval" NOT NULL,
    "base_price" numeric(10,2) NOT NULL,
    "included_users" integer NOT NULL,
    "included_usage" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "overage_prices" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_public" boolean DEFAULT true NOT NULL,
    CONSTRAINT "subscription_plans_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "subscription_plans_code_check" CHECK (code ~ '^[a-z0-9_]+$'),
    CONSTRAINT "subscription_plans_base_price_check" CHECK (base_price >= 0),
    CONSTRAINT "subscription_plans_included_users_check" CHECK (included_users > 0)
);
COMMENT ON TABLE "tenant_mgmt"."subscription_plans" IS 'Reference data, the price list. Shared by every business; read-only to the application.';
COMMENT ON COLUMN "tenant_mgmt"."subscription_plans"."included_usage" IS 'Included units per metric, e.g. {"api_calls": 100000}; usage beyond is billed at overage_prices.';

-- [51/280] add table tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:100:3)
CREATE TABLE "tenant_mgmt"."subscriptions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "plan_code" text NOT NULL,
    "status" "tenant_mgmt"."subscription_status" DEFAULT 'trialing' NOT NULL,
    "seats" integer DEFAULT 1 NOT NULL,
    "current_period_start" timestamp with time zone NOT NULL,
    "current_period_end" timestamp with time zone NOT NULL,
    "trial_ends_at" timestamp with time zone,
    "cancel_at_period_end" boolean DEFAULT false NOT NULL,
    "cancelled_at" timestamp with time zone,
    "external_subscription_id" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "subscriptions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "subscriptions_seats_check" CHECK (seats > 0),
    CONSTRAINT "subscriptions_period_valid_check" CHECK (current_period_end > current_period_start),
    CONSTRAINT "subscriptions_cancelled_has_time_check" CHECK (status <> 'cancelled' OR cancelled_at IS NOT NULL)
);
COMMENT ON TABLE "tenant_mgmt"."subscriptions" IS 'A business''s subscription to a plan, through trial, renewal, pause and cancellation.';
COMMENT ON COLUMN "tenant_mgmt"."subscriptions"."external_subscription_id" IS 'The payment provider''s id (Stripe, Chargebee, ...).';

-- [52/280] add table tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:133:3)
CREATE TABLE "tenant_mgmt"."usage_records" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "subscription_id" uuid NOT NULL,
    "metric" "tenant_mgmt"."usage_metric" NOT NULL,
    "period_hour" timestamp with time zone NOT NULL,
    "quantity" numeric(14,4) NOT NULL,
    "recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "usage_records_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "usage_records_subscription_id_metric_period_hour_key" UNIQUE ("subscription_id", "metric", "period_hour"),
    CONSTRAINT "usage_records_quantity_check" CHECK (quantity >= 0)
);
COMMENT ON TABLE "tenant_mgmt"."usage_records" IS 'Metered usage per business, metric and hour, summed for usage-based billing and overage.';
COMMENT ON COLUMN "tenant_mgmt"."usage_records"."period_hour" IS 'Start of the hour the usage belongs to.';

-- [53/280] add index audit_trail_table_name_changed_at_idx on hs.audit_trail (schemas/hs.yaml:117:9)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "hs"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [54/280] add index customers_business_id_idx on hs.customers (schemas/hs.yaml:38:9)
CREATE INDEX "customers_business_id_idx"
    ON "hs"."customers" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [55/280] add index customers_business_id_email_idx on hs.customers (schemas/hs.yaml:56:16)
CREATE INDEX "customers_business_id_email_idx"
    ON "hs"."customers" USING BTREE ("business_id", "email") WHERE email IS NOT NULL;

-- [56/280] add index customers_custom_fields_idx on hs.customers (schemas/hs.yaml:41:9)
CREATE INDEX "customers_custom_fields_idx"
    ON "hs"."customers" USING GIN ("custom_fields");

-- [57/280] add index customers_search_vector_idx on hs.customers (schemas/hs.yaml:42:9)
CREATE INDEX "customers_search_vector_idx"
    ON "hs"."customers" USING GIN ("search_vector");

-- [58/280] add index properties_business_id_idx on hs.properties (schemas/hs.yaml:60:23)
CREATE INDEX "properties_business_id_idx"
    ON "hs"."properties" USING BTREE ("business_id");

-- [59/280] add index properties_customer_id_idx on hs.properties (schemas/hs.yaml:83:9)
CREATE INDEX "properties_customer_id_idx"
    ON "hs"."properties" USING BTREE ("customer_id");

-- [60/280] add index properties_business_id_postal_code_idx on hs.properties (schemas/hs.yaml:84:16)
CREATE INDEX "properties_business_id_postal_code_idx"
    ON "hs"."properties" USING BTREE ("business_id", "postal_code");

-- [61/280] add index properties_equipment_idx on hs.properties (schemas/hs.yaml:85:16)
CREATE INDEX "properties_equipment_idx"
    ON "hs"."properties" USING GIN ("equipment");

-- [62/280] add index quality_inspections_business_id_idx on hs.quality_inspections (schemas/hs.yaml:174:23)
CREATE INDEX "quality_inspections_business_id_idx"
    ON "hs"."quality_inspections" USING BTREE ("business_id");

-- [63/280] add index quality_inspections_work_order_id_idx on hs.quality_inspections (schemas/hs.yaml:194:9)
CREATE INDEX "quality_inspections_work_order_id_idx"
    ON "hs"."quality_inspections" USING BTREE ("work_order_id");

-- [64/280] add index quality_inspections_safety_idx on hs.quality_inspections (schemas/hs.yaml:195:16)
CREATE INDEX "quality_inspections_safety_idx"
    ON "hs"."quality_inspections" USING BTREE ("business_id", "inspected_at" DESC) WHERE safety_incident;

-- [65/280] add index technicians_business_id_idx on hs.technicians (schemas/hs.yaml:89:23)
CREATE INDEX "technicians_business_id_idx"
    ON "hs"."technicians" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [66/280] add index technicians_business_id_employee_number_key on hs.technicians (schemas/hs.yaml:105:16)
CREATE UNIQUE INDEX "technicians_business_id_employee_number_key"
    ON "hs"."technicians" USING BTREE ("business_id", "employee_number") WHERE deleted_at IS NULL;

-- [67/280] add index technicians_skills_idx on hs.technicians (schemas/hs.yaml:107:16)
CREATE INDEX "technicians_skills_idx"
    ON "hs"."technicians" USING GIN ("skills") WHERE deleted_at IS NULL;

-- [68/280] add index technicians_osha_training_expires_on_idx on hs.technicians (schemas/hs.yaml:109:16)
CREATE INDEX "technicians_osha_training_expires_on_idx"
    ON "hs"."technicians" USING BTREE ("osha_training_expires_on") WHERE osha_training_expires_on IS NOT NULL;

-- [69/280] add index work_orders_business_id_idx on hs.work_orders (schemas/hs.yaml:115:9)
CREATE INDEX "work_orders_business_id_idx"
    ON "hs"."work_orders" USING BTREE ("business_id");

-- [70/280] add index work_orders_business_id_status_scheduled_start_idx on hs.work_orders (schemas/hs.yaml:159:16)
CREATE INDEX "work_orders_business_id_status_scheduled_start_idx"
    ON "hs"."work_orders" USING BTREE ("business_id", "status", "scheduled_start");

-- [71/280] add index work_orders_technician_day_idx on hs.work_orders (schemas/hs.yaml:160:16)
CREATE INDEX "work_orders_technician_day_idx"
    ON "hs"."work_orders" USING BTREE ("assigned_technician_id", "scheduled_start") WHERE status IN ('scheduled', 'dispatched', 'en_route', 'on_site', 'in_progress');

-- [72/280] add index work_orders_property_id_created_at_idx on hs.work_orders (schemas/hs.yaml:163:16)
CREATE INDEX "work_orders_property_id_created_at_idx"
    ON "hs"."work_orders" USING BTREE ("property_id", "created_at" DESC);

-- [73/280] add index work_orders_details_idx on hs.work_orders (schemas/hs.yaml:164:16)
CREATE INDEX "work_orders_details_idx"
    ON "hs"."work_orders" USING GIN ("details");

-- [74/280] add index work_orders_search_vector_idx on hs.work_orders (schemas/hs.yaml:118:9)
CREATE INDEX "work_orders_search_vector_idx"
    ON "hs"."work_orders" USING GIN ("search_vector");

-- [75/280] add index inventory_levels_business_id_idx on ret.inventory_levels (schemas/ret.yaml:68:14)
CREATE INDEX "inventory_levels_business_id_idx"
    ON "ret"."inventory_levels" USING BTREE ("business_id");

-- [76/280] add index inventory_levels_product_id_idx on ret.inventory_levels (schemas/ret.yaml:89:9)
CREATE INDEX "inventory_levels_product_id_idx"
    ON "ret"."inventory_levels" USING BTREE ("product_id");

-- [77/280] add index inventory_levels_reorder_idx on ret.inventory_levels (schemas/ret.yaml:90:16)
CREATE INDEX "inventory_levels_reorder_idx"
    ON "ret"."inventory_levels" USING BTREE ("location_id") WHERE reorder_point IS NOT NULL AND on_hand - reserved <= reorder_point;

-- [78/280] add index locations_business_id_idx on ret.locations (schemas/ret.yaml:19:23)
CREATE INDEX "locations_business_id_idx"
    ON "ret"."locations" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [79/280] add index locations_business_id_code_key on ret.locations (schemas/ret.yaml:31:16)
CREATE UNIQUE INDEX "locations_business_id_code_key"
    ON "ret"."locations" USING BTREE ("business_id", "code") WHERE deleted_at IS NULL;

-- [80/280] add index loyalty_accounts_business_id_idx on ret.loyalty_accounts (schemas/ret.yaml:95:23)
CREATE INDEX "loyalty_accounts_business_id_idx"
    ON "ret"."loyalty_accounts" USING BTREE ("business_id");

-- [81/280] add index loyalty_accounts_email_key on ret.loyalty_accounts (schemas/ret.yaml:110:16)
CREATE UNIQUE INDEX "loyalty_accounts_email_key"
    ON "ret"."loyalty_accounts" USING BTREE ("business_id", "email") WHERE email IS NOT NULL;

-- [82/280] add index loyalty_accounts_business_id_tier_idx on ret.loyalty_accounts (schemas/ret.yaml:114:16)
CREATE INDEX "loyalty_accounts_business_id_tier_idx"
    ON "ret"."loyalty_accounts" USING BTREE ("business_id", "tier");

-- [83/280] add index order_lines_business_id_idx on ret.order_lines (schemas/ret.yaml:156:23)
CREATE INDEX "order_lines_business_id_idx"
    ON "ret"."order_lines" USING BTREE ("business_id");

-- [84/280] add index order_lines_order_id_idx on ret.order_lines (schemas/ret.yaml:179:9)
CREATE INDEX "order_lines_order_id_idx"
    ON "ret"."order_lines" USING BTREE ("order_id");

-- [85/280] add index order_lines_product_id_idx on ret.order_lines (schemas/ret.yaml:180:9)
CREATE INDEX "order_lines_product_id_idx"
    ON "ret"."order_lines" USING BTREE ("product_id");

-- [86/280] add index orders_business_id_idx on ret.orders (schemas/ret.yaml:117:23)
CREATE INDEX "orders_business_id_idx"
    ON "ret"."orders" USING BTREE ("business_id");

-- [87/280] add index orders_business_id_status_placed_at_idx on ret.orders (schemas/ret.yaml:151:16)
CREATE INDEX "orders_business_id_status_placed_at_idx"
    ON "ret"."orders" USING BTREE ("business_id", "status", "placed_at" DESC);

-- [88/280] add index orders_loyalty_account_id_placed_at_idx on ret.orders (schemas/ret.yaml:152:16)
CREATE INDEX "orders_loyalty_account_id_placed_at_idx"
    ON "ret"."orders" USING BTREE ("loyalty_account_id", "placed_at" DESC) WHERE loyalty_account_id IS NOT NULL;

-- [89/280] add index products_business_id_idx on ret.products (schemas/ret.yaml:37:9)
CREATE INDEX "products_business_id_idx"
    ON "ret"."products" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [90/280] add index products_business_id_sku_key on ret.products (schemas/ret.yaml:58:16)
CREATE UNIQUE INDEX "products_business_id_sku_key"
    ON "ret"."products" USING BTREE ("business_id", "sku") WHERE deleted_at IS NULL;

-- [91/280] add index products_business_id_parent_sku_idx on ret.products (schemas/ret.yaml:60:16)
CREATE INDEX "products_business_id_parent_sku_idx"
    ON "ret"."products" USING BTREE ("business_id", "parent_sku") WHERE parent_sku IS NOT NULL;

-- [92/280] add index products_barcode_idx on ret.products (schemas/ret.yaml:62:16)
CREATE INDEX "products_barcode_idx"
    ON "ret"."products" USING BTREE ("barcode") WHERE barcode IS NOT NULL;

-- [93/280] add index products_attributes_idx on ret.products (schemas/ret.yaml:64:16)
CREATE INDEX "products_attributes_idx"
    ON "ret"."products" USING GIN ("attributes") WHERE deleted_at IS NULL;

-- [94/280] add index products_custom_fields_idx on ret.products (schemas/ret.yaml:40:9)
CREATE INDEX "products_custom_fields_idx"
    ON "ret"."products" USING GIN ("custom_fields");

-- [95/280] add index products_search_vector_idx on ret.products (schemas/ret.yaml:41:9)
CREATE INDEX "products_search_vector_idx"
    ON "ret"."products" USING GIN ("search_vector");

-- [96/280] add index audit_trail_table_name_changed_at_idx on tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "tenant_mgmt"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [97/280] add index business_verticals_business_id_idx on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
CREATE INDEX "business_verticals_business_id_idx"
    ON "tenant_mgmt"."business_verticals" USING BTREE ("business_id");

-- [98/280] add index businesses_attention_idx on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:61:16)
CREATE INDEX "businesses_attention_idx"
    ON "tenant_mgmt"."businesses" USING BTREE ("status", "trial_ends_at") WHERE status IN ('trialing', 'past_due');

-- [99/280] add index businesses_settings_idx on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:64:16)
CREATE INDEX "businesses_settings_idx"
    ON "tenant_mgmt"."businesses" USING GIN ("settings");

-- [100/280] add index subscriptions_business_id_idx on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
CREATE INDEX "subscriptions_business_id_idx"
    ON "tenant_mgmt"."subscriptions" USING BTREE ("business_id");

-- [101/280] add index subscriptions_one_live_key on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:121:16)
CREATE UNIQUE INDEX "subscriptions_one_live_key"
    ON "tenant_mgmt"."subscriptions" USING BTREE ("business_id") WHERE status IN ('trialing', 'active', 'past_due', 'paused');

-- [102/280] add index subscriptions_renewal_idx on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:125:16)
CREATE INDEX "subscriptions_renewal_idx"
    ON "tenant_mgmt"."subscriptions" USING BTREE ("current_period_end") WHERE status IN ('active', 'past_due');

-- [103/280] add index subscriptions_external_key on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:128:16)
CREATE UNIQUE INDEX "subscriptions_external_key"
    ON "tenant_mgmt"."subscriptions" USING BTREE ("external_subscription_id") WHERE external_subscription_id IS NOT NULL;

-- [104/280] add index usage_records_business_id_idx on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
CREATE INDEX "usage_records_business_id_idx"
    ON "tenant_mgmt"."usage_records" USING BTREE ("business_id");

-- [105/280] add index usage_records_business_id_metric_period_hour_idx on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:148:16)
CREATE INDEX "usage_records_business_id_metric_period_hour_idx"
    ON "tenant_mgmt"."usage_records" USING BTREE ("business_id", "metric", "period_hour" DESC);

-- [106/280] add rows 4 row(s) of tenant_mgmt.subscription_plans
INSERT INTO "tenant_mgmt"."subscription_plans" ("code", "name", "billing_interval", "base_price", "included_users", "included_usage", "overage_prices")
VALUES ('starter_monthly', 'Starter', 'month', '49', '3', '{"api_calls": 50000, "storage_gb": 5}', '{"api_calls": 0.0004, "storage_gb": 0.25}');
INSERT INTO "tenant_mgmt"."subscription_plans" ("code", "name", "billing_interval", "base_price", "included_users", "included_usage", "overage_prices")
VALUES ('growth_monthly', 'Growth', 'month', '199', '15', '{"api_calls": 500000, "storage_gb": 50}', '{"api_calls": 0.0003, "storage_gb": 0.2}');
INSERT INTO "tenant_mgmt"."subscription_plans" ("code", "name", "billing_interval", "base_price", "included_users", "included_usage", "overage_prices")
VALUES ('growth_yearly', 'Growth (annual)', 'year', '1990', '15', '{"api_calls": 6000000, "storage_gb": 50}', '{"api_calls": 0.0003, "storage_gb": 0.2}');
INSERT INTO "tenant_mgmt"."subscription_plans" ("code", "name", "billing_interval", "base_price", "included_users", "is_public")
VALUES ('enterprise_yearly', 'Enterprise', 'year', '12000', '250', 'false');

-- [107/280] add foreign key customers_business_id_fkey on hs.customers (schemas/hs.yaml:38:9)
ALTER TABLE "hs"."customers"
    ADD CONSTRAINT "customers_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [108/280] add foreign key properties_business_id_customer_id_fkey on hs.properties (schemas/hs.yaml:78:16)
ALTER TABLE "hs"."properties"
    ADD CONSTRAINT "properties_business_id_customer_id_fkey" FOREIGN KEY ("business_id", "customer_id")
    REFERENCES "hs"."customers" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [109/280] add foreign key properties_business_id_fkey on hs.properties (schemas/hs.yaml:60:23)
ALTER TABLE "hs"."properties"
    ADD CONSTRAINT "properties_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [110/280] add foreign key quality_inspections_business_id_fkey on hs.quality_inspections (schemas/hs.yaml:174:23)
ALTER TABLE "hs"."quality_inspections"
    ADD CONSTRAINT "quality_inspections_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [111/280] add foreign key quality_inspections_business_id_work_order_id_fkey on hs.quality_inspections (schemas/hs.yaml:187:16)
ALTER TABLE "hs"."quality_inspections"
    ADD CONSTRAINT "quality_inspections_business_id_work_order_id_fkey" FOREIGN KEY ("business_id", "work_order_id")
    REFERENCES "hs"."work_orders" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [112/280] add foreign key technicians_business_id_fkey on hs.technicians (schemas/hs.yaml:89:23)
ALTER TABLE "hs"."technicians"
    ADD CONSTRAINT "technicians_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [113/280] add foreign key work_orders_business_id_assigned_technician_id_fkey on hs.work_orders (schemas/hs.yaml:150:16)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_business_id_assigned_technician_id_fkey" FOREIGN KEY ("business_id", "assigned_technician_id")
    REFERENCES "hs"."technicians" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [114/280] add foreign key work_orders_business_id_customer_id_fkey on hs.work_orders (schemas/hs.yaml:142:16)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_business_id_customer_id_fkey" FOREIGN KEY ("business_id", "customer_id")
    REFERENCES "hs"."customers" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [115/280] add foreign key work_orders_business_id_fkey on hs.work_orders (schemas/hs.yaml:115:9)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [116/280] add foreign key work_orders_business_id_property_id_fkey on hs.work_orders (schemas/hs.yaml:146:16)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_business_id_property_id_fkey" FOREIGN KEY ("business_id", "property_id")
    REFERENCES "hs"."properties" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [117/280] add foreign key inventory_levels_business_id_fkey on ret.inventory_levels (schemas/ret.yaml:68:14)
ALTER TABLE "ret"."inventory_levels"
    ADD CONSTRAINT "inventory_levels_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [118/280] add foreign key inventory_levels_business_id_location_id_fkey on ret.inventory_levels (schemas/ret.yaml:78:16)
ALTER TABLE "ret"."inventory_levels"
    ADD CONSTRAINT "inventory_levels_business_id_location_id_fkey" FOREIGN KEY ("business_id", "location_id")
    REFERENCES "ret"."locations" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [119/280] add foreign key inventory_levels_business_id_product_id_fkey on ret.inventory_levels (schemas/ret.yaml:82:16)
ALTER TABLE "ret"."inventory_levels"
    ADD CONSTRAINT "inventory_levels_business_id_product_id_fkey" FOREIGN KEY ("business_id", "product_id")
    REFERENCES "ret"."products" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [120/280] add foreign key locations_business_id_fkey on ret.locations (schemas/ret.yaml:19:23)
ALTER TABLE "ret"."locations"
    ADD CONSTRAINT "locations_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [121/280] add foreign key loyalty_accounts_business_id_fkey on ret.loyalty_accounts (schemas/ret.yaml:95:23)
ALTER TABLE "ret"."loyalty_accounts"
    ADD CONSTRAINT "loyalty_accounts_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [122/280] add foreign key order_lines_business_id_fkey on ret.order_lines (schemas/ret.yaml:156:23)
ALTER TABLE "ret"."order_lines"
    ADD CONSTRAINT "order_lines_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [123/280] add foreign key order_lines_business_id_order_id_fkey on ret.order_lines (schemas/ret.yaml:168:16)
ALTER TABLE "ret"."order_lines"
    ADD CONSTRAINT "order_lines_business_id_order_id_fkey" FOREIGN KEY ("business_id", "order_id")
    REFERENCES "ret"."orders" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [124/280] add foreign key order_lines_business_id_product_id_fkey on ret.order_lines (schemas/ret.yaml:172:16)
ALTER TABLE "ret"."order_lines"
    ADD CONSTRAINT "order_lines_business_id_product_id_fkey" FOREIGN KEY ("business_id", "product_id")
    REFERENCES "ret"."products" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [125/280] add foreign key orders_business_id_fkey on ret.orders (schemas/ret.yaml:117:23)
ALTER TABLE "ret"."orders"
    ADD CONSTRAINT "orders_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [126/280] add foreign key orders_business_id_location_id_fkey on ret.orders (schemas/ret.yaml:138:16)
ALTER TABLE "ret"."orders"
    ADD CONSTRAINT "orders_business_id_location_id_fkey" FOREIGN KEY ("business_id", "location_id")
    REFERENCES "ret"."locations" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [127/280] add foreign key orders_business_id_loyalty_account_id_fkey on ret.orders (schemas/ret.yaml:142:16)
ALTER TABLE "ret"."orders"
    ADD CONSTRAINT "orders_business_id_loyalty_account_id_fkey" FOREIGN KEY ("business_id", "loyalty_account_id")
    REFERENCES "ret"."loyalty_accounts" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [128/280] add foreign key products_business_id_fkey on ret.products (schemas/ret.yaml:37:9)
ALTER TABLE "ret"."products"
    ADD CONSTRAINT "products_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [129/280] add foreign key business_verticals_business_id_fkey on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
ALTER TABLE "tenant_mgmt"."business_verticals"
    ADD CONSTRAINT "business_verticals_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [130/280] add foreign key subscriptions_business_id_fkey on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
ALTER TABLE "tenant_mgmt"."subscriptions"
    ADD CONSTRAINT "subscriptions_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [131/280] add foreign key subscriptions_plan_code_fkey on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:106:21)
ALTER TABLE "tenant_mgmt"."subscriptions"
    ADD CONSTRAINT "subscriptions_plan_code_fkey" FOREIGN KEY ("plan_code")
    REFERENCES "tenant_mgmt"."subscription_plans" ("code")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [132/280] add foreign key usage_records_business_id_fkey on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
ALTER TABLE "tenant_mgmt"."usage_records"
    ADD CONSTRAINT "usage_records_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [133/280] add foreign key usage_records_subscription_id_fkey on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:139:21)
ALTER TABLE "tenant_mgmt"."usage_records"
    ADD CONSTRAINT "usage_records_subscription_id_fkey" FOREIGN KEY ("subscription_id")
    REFERENCES "tenant_mgmt"."subscriptions" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [134/280] add view ret.daily_sales (schemas/ret.yaml:183:3)
CREATE MATERIALIZED VIEW "ret"."daily_sales" AS
SELECT o.business_id,
       o.channel,
       (o.placed_at AT TIME ZONE 'UTC')::date AS sales_date,
       count(*) AS order_count,
       sum(o.total) AS gross_total,
       sum(o.discount_total) AS discount_total
  FROM ret.orders o
 WHERE o.status NOT IN ('pending', 'cancelled')
 GROUP BY o.business_id, o.channel, (o.placed_at AT TIME ZONE 'UTC')::date;
CREATE UNIQUE INDEX "daily_sales_business_id_channel_sales_date_key" ON "ret"."daily_sales" USING BTREE ("business_id", "channel", "sales_date");
CREATE INDEX "daily_sales_sales_date_idx" ON "ret"."daily_sales" USING BTREE ("sales_date");
COMMENT ON MATERIALIZED VIEW "ret"."daily_sales" IS 'Paid sales per business, channel and UTC day, across all businesses (materialized views have no row-level security): for the auditor and platform reporting only. Businesses read tenant_daily_sales. Refresh with REFRESH MATERIALIZED VIEW CONCURRENTLY ret.daily_sales.';

-- [135/280] add view ret.tenant_daily_sales (schemas/ret.yaml:205:3)
CREATE VIEW "ret"."tenant_daily_sales" WITH (security_invoker = true) AS
SELECT d.channel, d.sales_date, d.order_count, d.gross_total, d.discount_total
  FROM ret.daily_sales d
 WHERE d.business_id = NULLIF(current_setting('app.current_business_id', true), '')::uuid;
COMMENT ON VIEW "ret"."tenant_daily_sales" IS 'The current business''s rows of the daily_sales materialized view.';

-- [136/280] add trigger audit_trail_immutable on hs.audit_trail (schemas/hs.yaml:117:9)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "hs"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."audit_trail_immutable"();

-- [137/280] add trigger set_updated_at on hs.customers (schemas/hs.yaml:39:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."customers"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [138/280] add trigger search_vector_update on hs.customers (schemas/hs.yaml:42:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "hs"."customers"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."customers_search_vector"();

-- [139/280] add trigger set_updated_at on hs.properties (schemas/hs.yaml:60:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."properties"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [140/280] add trigger set_updated_at on hs.quality_inspections (schemas/hs.yaml:174:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."quality_inspections"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [141/280] add trigger set_updated_at on hs.technicians (schemas/hs.yaml:89:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."technicians"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [142/280] add trigger enforce_status_transition on hs.work_orders (schemas/hs.yaml:167:7)
CREATE TRIGGER "enforce_status_transition"
    BEFORE UPDATE
    ON "hs"."work_orders"
    FOR EACH ROW    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION "hs"."enforce_work_order_transition"();

-- [143/280] add trigger set_updated_at on hs.work_orders (schemas/hs.yaml:116:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."work_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [144/280] add trigger audit_chain_row on hs.work_orders (schemas/hs.yaml:117:9)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "hs"."work_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."audit_chain_row"();

-- [145/280] add trigger search_vector_update on hs.work_orders (schemas/hs.yaml:118:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "hs"."work_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."work_orders_search_vector"();

-- [146/280] add trigger set_updated_at on ret.inventory_levels (schemas/ret.yaml:68:29)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."inventory_levels"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [147/280] add trigger set_updated_at on ret.locations (schemas/ret.yaml:19:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."locations"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [148/280] add trigger set_updated_at on ret.loyalty_accounts (schemas/ret.yaml:95:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."loyalty_accounts"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [149/280] add trigger set_updated_at on ret.orders (schemas/ret.yaml:117:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."orders"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [150/280] add trigger set_updated_at on ret.products (schemas/ret.yaml:38:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."products"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [151/280] add trigger search_vector_update on ret.products (schemas/ret.yaml:41:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "ret"."products"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."products_search_vector"();

-- [152/280] add trigger audit_trail_immutable on tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "tenant_mgmt"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."audit_trail_immutable"();

-- [153/280] add trigger set_updated_at on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:29)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant_mgmt"."business_verticals"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."set_updated_at"();

-- [154/280] add trigger set_updated_at on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:36)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant_mgmt"."businesses"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."set_updated_at"();

-- [155/280] add trigger audit_chain_row on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:61)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "tenant_mgmt"."businesses"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."audit_chain_row"();

-- [156/280] add trigger set_updated_at on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant_mgmt"."subscriptions"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."set_updated_at"();

-- [157/280] add trigger audit_chain_row on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "tenant_mgmt"."subscriptions"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."audit_chain_row"();

-- [158/280] enable rls hs.customers
ALTER TABLE "hs"."customers" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."customers" FORCE ROW LEVEL SECURITY;

-- [159/280] enable rls hs.properties
ALTER TABLE "hs"."properties" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."properties" FORCE ROW LEVEL SECURITY;

-- [160/280] enable rls hs.quality_inspections
ALTER TABLE "hs"."quality_inspections" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."quality_inspections" FORCE ROW LEVEL SECURITY;

-- [161/280] enable rls hs.technicians
ALTER TABLE "hs"."technicians" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."technicians" FORCE ROW LEVEL SECURITY;

-- [162/280] enable rls hs.work_orders
ALTER TABLE "hs"."work_orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."work_orders" FORCE ROW LEVEL SECURITY;

-- [163/280] enable rls ret.inventory_levels
ALTER TABLE "ret"."inventory_levels" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."inventory_levels" FORCE ROW LEVEL SECURITY;

-- [164/280] enable rls ret.locations
ALTER TABLE "ret"."locations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."locations" FORCE ROW LEVEL SECURITY;

-- [165/280] enable rls ret.loyalty_accounts
ALTER TABLE "ret"."loyalty_accounts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."loyalty_accounts" FORCE ROW LEVEL SECURITY;

-- [166/280] enable rls ret.order_lines
ALTER TABLE "ret"."order_lines" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."order_lines" FORCE ROW LEVEL SECURITY;

-- [167/280] enable rls ret.orders
ALTER TABLE "ret"."orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."orders" FORCE ROW LEVEL SECURITY;

-- [168/280] enable rls ret.products
ALTER TABLE "ret"."products" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."products" FORCE ROW LEVEL SECURITY;

-- [169/280] enable rls tenant_mgmt.business_verticals
ALTER TABLE "tenant_mgmt"."business_verticals" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."business_verticals" FORCE ROW LEVEL SECURITY;

-- [170/280] enable rls tenant_mgmt.businesses
ALTER TABLE "tenant_mgmt"."businesses" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."businesses" FORCE ROW LEVEL SECURITY;

-- [171/280] enable rls tenant_mgmt.subscriptions
ALTER TABLE "tenant_mgmt"."subscriptions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."subscriptions" FORCE ROW LEVEL SECURITY;

-- [172/280] enable rls tenant_mgmt.usage_records
ALTER TABLE "tenant_mgmt"."usage_records" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."usage_records" FORCE ROW LEVEL SECURITY;

-- [173/280] add policy tenant_isolation on hs.customers (schemas/hs.yaml:38:9)
CREATE POLICY "tenant_isolation" ON "hs"."customers"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [174/280] add policy tenant_isolation on hs.properties (schemas/hs.yaml:60:23)
CREATE POLICY "tenant_isolation" ON "hs"."properties"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [175/280] add policy tenant_isolation on hs.quality_inspections (schemas/hs.yaml:174:23)
CREATE POLICY "tenant_isolation" ON "hs"."quality_inspections"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [176/280] add policy tenant_isolation on hs.technicians (schemas/hs.yaml:89:23)
CREATE POLICY "tenant_isolation" ON "hs"."technicians"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [177/280] add policy tenant_isolation on hs.work_orders (schemas/hs.yaml:115:9)
CREATE POLICY "tenant_isolation" ON "hs"."work_orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [178/280] add policy tenant_isolation on ret.inventory_levels (schemas/ret.yaml:68:14)
CREATE POLICY "tenant_isolation" ON "ret"."inventory_levels"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [179/280] add policy tenant_isolation on ret.locations (schemas/ret.yaml:19:23)
CREATE POLICY "tenant_isolation" ON "ret"."locations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [180/280] add policy tenant_isolation on ret.loyalty_accounts (schemas/ret.yaml:95:23)
CREATE POLICY "tenant_isolation" ON "ret"."loyalty_accounts"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [181/280] add policy tenant_isolation on ret.order_lines (schemas/ret.yaml:156:23)
CREATE POLICY "tenant_isolation" ON "ret"."order_lines"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [182/280] add policy tenant_isolation on ret.orders (schemas/ret.yaml:117:23)
CREATE POLICY "tenant_isolation" ON "ret"."orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [183/280] add policy tenant_isolation on ret.products (schemas/ret.yaml:37:9)
CREATE POLICY "tenant_isolation" ON "ret"."products"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [184/280] add policy tenant_isolation on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
CREATE POLICY "tenant_isolation" ON "tenant_mgmt"."business_verticals"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [185/280] add policy tenant_self on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:23)
CREATE POLICY "tenant_self" ON "tenant_mgmt"."businesses"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [186/280] add policy tenant_isolation on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
CREATE POLICY "tenant_isolation" ON "tenant_mgmt"."subscriptions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [187/280] add policy tenant_isolation on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
CREATE POLICY "tenant_isolation" ON "tenant_mgmt"."usage_records"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [188/280] add grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to multi_app
GRANT EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) TO "multi_app";

-- [189/280] add grant USAGE on schema hs to multi_app
GRANT USAGE ON SCHEMA "hs" TO "multi_app";

-- [190/280] add grant USAGE on schema ret to multi_app
GRANT USAGE ON SCHEMA "ret" TO "multi_app";

-- [191/280] add grant USAGE on schema tenant_mgmt to multi_app
GRANT USAGE ON SCHEMA "tenant_mgmt" TO "multi_app";

-- [192/280] add grant DELETE,INSERT,SELECT,UPDATE on table hs.customers to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."customers" TO "multi_app";

-- [193/280] add grant DELETE,INSERT,SELECT,UPDATE on table hs.properties to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."properties" TO "multi_app";

-- [194/280] add grant DELETE,INSERT,SELECT,UPDATE on table hs.quality_inspections to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."quality_inspections" TO "multi_app";

-- [195/280] add grant DELETE,INSERT,SELECT,UPDATE on table hs.technicians to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."technicians" TO "multi_app";

-- [196/280] add grant DELETE,INSERT,SELECT,UPDATE on table hs.work_orders to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."work_orders" TO "multi_app";

-- [197/280] add grant DELETE,INSERT,SELECT,UPDATE on table ret.inventory_levels to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."inventory_levels" TO "multi_app";

-- [198/280] add grant DELETE,INSERT,SELECT,UPDATE on table ret.locations to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."locations" TO "multi_app";

-- [199/280] add grant DELETE,INSERT,SELECT,UPDATE on table ret.loyalty_accounts to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."loyalty_accounts" TO "multi_app";

-- [200/280] add grant DELETE,INSERT,SELECT,UPDATE on table ret.order_lines to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."order_lines" TO "multi_app";

-- [201/280] add grant DELETE,INSERT,SELECT,UPDATE on table ret.orders to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."orders" TO "multi_app";

-- [202/280] add grant DELETE,INSERT,SELECT,UPDATE on table ret.products to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."products" TO "multi_app";

-- [203/280] add grant SELECT on table ret.tenant_daily_sales to multi_app
GRANT SELECT ON TABLE "ret"."tenant_daily_sales" TO "multi_app";

-- [204/280] add grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.business_verticals to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."business_verticals" TO "multi_app";

-- [205/280] add grant SELECT,UPDATE on table tenant_mgmt.businesses to multi_app
GRANT SELECT, UPDATE ON TABLE "tenant_mgmt"."businesses" TO "multi_app";

-- [206/280] add grant SELECT on table tenant_mgmt.subscription_plans to multi_app
GRANT SELECT ON TABLE "tenant_mgmt"."subscription_plans" TO "multi_app";

-- [207/280] add grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.subscriptions to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."subscriptions" TO "multi_app";

-- [208/280] add grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.usage_records to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."usage_records" TO "multi_app";

-- [209/280] add grant USAGE on type hs.customer_type to multi_app
GRANT USAGE ON TYPE "hs"."customer_type" TO "multi_app";

-- [210/280] add grant USAGE on type hs.property_type to multi_app
GRANT USAGE ON TYPE "hs"."property_type" TO "multi_app";

-- [211/280] add grant USAGE on type hs.work_order_status to multi_app
GRANT USAGE ON TYPE "hs"."work_order_status" TO "multi_app";

-- [212/280] add grant USAGE on type hs.work_priority to multi_app
GRANT USAGE ON TYPE "hs"."work_priority" TO "multi_app";

-- [213/280] add grant USAGE on type ret.location_type to multi_app
GRANT USAGE ON TYPE "ret"."location_type" TO "multi_app";

-- [214/280] add grant USAGE on type ret.loyalty_tier to multi_app
GRANT USAGE ON TYPE "ret"."loyalty_tier" TO "multi_app";

-- [215/280] add grant USAGE on type ret.sale_status to multi_app
GRANT USAGE ON TYPE "ret"."sale_status" TO "multi_app";

-- [216/280] add grant USAGE on type ret.sales_channel to multi_app
GRANT USAGE ON TYPE "ret"."sales_channel" TO "multi_app";

-- [217/280] add grant USAGE on type tenant_mgmt.billing_interval to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."billing_interval" TO "multi_app";

-- [218/280] add grant USAGE on type tenant_mgmt.business_status to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."business_status" TO "multi_app";

-- [219/280] add grant USAGE on type tenant_mgmt.subscription_status to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."subscription_status" TO "multi_app";

-- [220/280] add grant USAGE on type tenant_mgmt.usage_metric to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."usage_metric" TO "multi_app";

-- [221/280] add grant USAGE on type tenant_mgmt.vertical to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."vertical" TO "multi_app";

-- [222/280] add grant EXECUTE on function hs.verify_audit_chain() to multi_auditor
GRANT EXECUTE ON FUNCTION "hs"."verify_audit_chain"() TO "multi_auditor";

-- [223/280] add grant EXECUTE on function tenant_mgmt.verify_audit_chain() to multi_auditor
GRANT EXECUTE ON FUNCTION "tenant_mgmt"."verify_audit_chain"() TO "multi_auditor";

-- [224/280] add grant USAGE on schema hs to multi_auditor
GRANT USAGE ON SCHEMA "hs" TO "multi_auditor";

-- [225/280] add grant USAGE on schema ret to multi_auditor
GRANT USAGE ON SCHEMA "ret" TO "multi_auditor";

-- [226/280] add grant USAGE on schema tenant_mgmt to multi_auditor
GRANT USAGE ON SCHEMA "tenant_mgmt" TO "multi_auditor";

-- [227/280] add grant SELECT on table hs.audit_trail to multi_auditor
GRANT SELECT ON TABLE "hs"."audit_trail" TO "multi_auditor";

-- [228/280] add grant SELECT on table hs.customers to multi_auditor
GRANT SELECT ON TABLE "hs"."customers" TO "multi_auditor";

-- [229/280] add grant SELECT on table hs.properties to multi_auditor
GRANT SELECT ON TABLE "hs"."properties" TO "multi_auditor";

-- [230/280] add grant SELECT on table hs.quality_inspections to multi_auditor
GRANT SELECT ON TABLE "hs"."quality_inspections" TO "multi_auditor";

-- [231/280] add grant SELECT on table hs.technicians to multi_auditor
GRANT SELECT ON TABLE "hs"."technicians" TO "multi_auditor";

-- [232/280] add grant SELECT on table hs.work_orders to multi_auditor
GRANT SELECT ON TABLE "hs"."work_orders" TO "multi_auditor";

-- [233/280] add grant SELECT on table ret.daily_sales to multi_auditor
GRANT SELECT ON TABLE "ret"."daily_sales" TO "multi_auditor";

-- [234/280] add grant SELECT on table ret.inventory_levels to multi_auditor
GRANT SELECT ON TABLE "ret"."inventory_levels" TO "multi_auditor";

-- [235/280] add grant SELECT on table ret.locations to multi_auditor
GRANT SELECT ON TABLE "ret"."locations" TO "multi_auditor";

-- [236/280] add grant SELECT on table ret.loyalty_accounts to multi_auditor
GRANT SELECT ON TABLE "ret"."loyalty_accounts" TO "multi_auditor";

-- [237/280] add grant SELECT on table ret.order_lines to multi_auditor
GRANT SELECT ON TABLE "ret"."order_lines" TO "multi_auditor";

-- [238/280] add grant SELECT on table ret.orders to multi_auditor
GRANT SELECT ON TABLE "ret"."orders" TO "multi_auditor";

-- [239/280] add grant SELECT on table ret.products to multi_auditor
GRANT SELECT ON TABLE "ret"."products" TO "multi_auditor";

-- [240/280] add grant SELECT on table ret.tenant_daily_sales to multi_auditor
GRANT SELECT ON TABLE "ret"."tenant_daily_sales" TO "multi_auditor";

-- [241/280] add grant SELECT on table tenant_mgmt.audit_trail to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."audit_trail" TO "multi_auditor";

-- [242/280] add grant SELECT on table tenant_mgmt.business_verticals to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."business_verticals" TO "multi_auditor";

-- [243/280] add grant SELECT on table tenant_mgmt.businesses to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."businesses" TO "multi_auditor";

-- [244/280] add grant SELECT on table tenant_mgmt.subscription_plans to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."subscription_plans" TO "multi_auditor";

-- [245/280] add grant SELECT on table tenant_mgmt.subscriptions to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."subscriptions" TO "multi_auditor";

-- [246/280] add grant SELECT on table tenant_mgmt.usage_records to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."usage_records" TO "multi_auditor";

-- [247/280] add grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to multi_readonly
GRANT EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) TO "multi_readonly";

-- [248/280] add grant USAGE on schema hs to multi_readonly
GRANT USAGE ON SCHEMA "hs" TO "multi_readonly";

-- [249/280] add grant USAGE on schema ret to multi_readonly
GRANT USAGE ON SCHEMA "ret" TO "multi_readonly";

-- [250/280] add grant USAGE on schema tenant_mgmt to multi_readonly
GRANT USAGE ON SCHEMA "tenant_mgmt" TO "multi_readonly";

-- [251/280] add grant SELECT on table hs.customers to multi_readonly
GRANT SELECT ON TABLE "hs"."customers" TO "multi_readonly";

-- [252/280] add grant SELECT on table hs.properties to multi_readonly
GRANT SELECT ON TABLE "hs"."properties" TO "multi_readonly";

-- [253/280] add grant SELECT on table hs.quality_inspections to multi_readonly
GRANT SELECT ON TABLE "hs"."quality_inspections" TO "multi_readonly";

-- [254/280] add grant SELECT on table hs.technicians to multi_readonly
GRANT SELECT ON TABLE "hs"."technicians" TO "multi_readonly";

-- [255/280] add grant SELECT on table hs.work_orders to multi_readonly
GRANT SELECT ON TABLE "hs"."work_orders" TO "multi_readonly";

-- [256/280] add grant SELECT on table ret.inventory_levels to multi_readonly
GRANT SELECT ON TABLE "ret"."inventory_levels" TO "multi_readonly";

-- [257/280] add grant SELECT on table ret.locations to multi_readonly
GRANT SELECT ON TABLE "ret"."locations" TO "multi_readonly";

-- [258/280] add grant SELECT on table ret.loyalty_accounts to multi_readonly
GRANT SELECT ON TABLE "ret"."loyalty_accounts" TO "multi_readonly";

-- [259/280] add grant SELECT on table ret.order_lines to multi_readonly
GRANT SELECT ON TABLE "ret"."order_lines" TO "multi_readonly";

-- [260/280] add grant SELECT on table ret.orders to multi_readonly
GRANT SELECT ON TABLE "ret"."orders" TO "multi_readonly";

-- [261/280] add grant SELECT on table ret.products to multi_readonly
GRANT SELECT ON TABLE "ret"."products" TO "multi_readonly";

-- [262/280] add grant SELECT on table ret.tenant_daily_sales to multi_readonly
GRANT SELECT ON TABLE "ret"."tenant_daily_sales" TO "multi_readonly";

-- [263/280] add grant SELECT on table tenant_mgmt.business_verticals to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."business_verticals" TO "multi_readonly";

-- [264/280] add grant SELECT on table tenant_mgmt.businesses to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."businesses" TO "multi_readonly";

-- [265/280] add grant SELECT on table tenant_mgmt.subscription_plans to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."subscription_plans" TO "multi_readonly";

-- [266/280] add grant SELECT on table tenant_mgmt.subscriptions to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."subscriptions" TO "multi_readonly";

-- [267/280] add grant SELECT on table tenant_mgmt.usage_records to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."usage_records" TO "multi_readonly";

-- [268/280] add grant USAGE on type hs.customer_type to multi_readonly
GRANT USAGE ON TYPE "hs"."customer_type" TO "multi_readonly";

-- [269/280] add grant USAGE on type hs.property_type to multi_readonly
GRANT USAGE ON TYPE "hs"."property_type" TO "multi_readonly";

-- [270/280] add grant USAGE on type hs.work_order_status to multi_readonly
GRANT USAGE ON TYPE "hs"."work_order_status" TO "multi_readonly";

-- [271/280] add grant USAGE on type hs.work_priority to multi_readonly
GRANT USAGE ON TYPE "hs"."work_priority" TO "multi_readonly";

-- [272/280] add grant USAGE on type ret.location_type to multi_readonly
GRANT USAGE ON TYPE "ret"."location_type" TO "multi_readonly";

-- [273/280] add grant USAGE on type ret.loyalty_tier to multi_readonly
GRANT USAGE ON TYPE "ret"."loyalty_tier" TO "multi_readonly";

-- [274/280] add grant USAGE on type ret.sale_status to multi_readonly
GRANT USAGE ON TYPE "ret"."sale_status" TO "multi_readonly";

-- [275/280] add grant USAGE on type ret.sales_channel to multi_readonly
GRANT USAGE ON TYPE "ret"."sales_channel" TO "multi_readonly";

-- [276/280] add grant USAGE on type tenant_mgmt.billing_interval to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."billing_interval" TO "multi_readonly";

-- [277/280] add grant USAGE on type tenant_mgmt.business_status to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."business_status" TO "multi_readonly";

-- [278/280] add grant USAGE on type tenant_mgmt.subscription_status to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."subscription_status" TO "multi_readonly";

-- [279/280] add grant USAGE on type tenant_mgmt.usage_metric to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."usage_metric" TO "multi_readonly";

-- [280/280] add grant USAGE on type tenant_mgmt.vertical to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."vertical" TO "multi_readonly";
