-- provision migration V0001 (up) for database app: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/879] add extension citext (schemas/tenant_mgmt.yaml:8:14)
CREATE EXTENSION IF NOT EXISTS "citext";

-- [2/879] add role multi_app (schemas/tenant_mgmt.yaml:11:3)
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

-- [3/879] add role multi_auditor (schemas/tenant_mgmt.yaml:21:3)
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

-- [4/879] add role multi_readonly (schemas/tenant_mgmt.yaml:16:3)
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

-- [5/879] add schema auto (schemas/auto.yaml:7:9)
CREATE SCHEMA "auto";
COMMENT ON SCHEMA "auto" IS 'Automotive vertical (seed 004 section 6): customers and their vehicles (EVs, hybrids, ADAS), the parts catalogue with stock and fitment, repair orders with labour and part lines, and OBD-II diagnostic scans. Repair orders go to a hash-chained audit trail.';

-- [6/879] add schema courses (schemas/courses.yaml:6:9)
CREATE SCHEMA "courses";
COMMENT ON SCHEMA "courses" IS 'Learning (seed 004 section 9, planned there; a small module here): courses a business publishes for its staff or customers, their lessons and enrollments with progress, scores and certificates.';

-- [7/879] add schema hs (schemas/hs.yaml:7:9)
CREATE SCHEMA "hs";
COMMENT ON SCHEMA "hs" IS 'Home services vertical (seed 004 section 5): customers and their properties, technicians with skills and certifications, work orders through twelve states with route order, and quality inspections with OSHA safety flags. Work orders go to a hash-chained audit trail.';

-- [8/879] add schema payroll (schemas/payroll.yaml:6:9)
CREATE SCHEMA "payroll";
COMMENT ON SCHEMA "payroll" IS 'Payroll (seed 004 section 10, planned there; a small module here): employees with their pay terms, pay runs per period and one pay stub per employee and run. All three go to a hash-chained audit trail.';

-- [9/879] add schema rest (schemas/rest.yaml:7:9)
CREATE SCHEMA "rest";
COMMENT ON SCHEMA "rest" IS 'Restaurant vertical (seed 004 section 7): the menu with allergens and dietary flags, POS orders (dine-in, takeout, third-party delivery), order items, kitchen display tickets per station and HACCP food-safety logs. Orders go to a hash-chained audit trail (PCI-DSS).';

-- [10/879] add schema ret (schemas/ret.yaml:7:9)
CREATE SCHEMA "ret";
COMMENT ON SCHEMA "ret" IS 'Retail vertical (seed 004 section 8): locations (stores, warehouses, online), the product catalogue with variants, multi-location inventory, omnichannel orders and their lines, and loyalty accounts. Daily sales are a materialized view refreshed concurrently.';

-- [11/879] add schema security_mgmt (schemas/security_mgmt.yaml:7:9)
CREATE SCHEMA "security_mgmt";
COMMENT ON SCHEMA "security_mgmt" IS 'Security management (seed 004 section 4): detections, incidents through the NIST CSF 2.0 functions, compliance controls per framework (GDPR, HIPAA, SOX, PCI-DSS, NIST CSF), vulnerabilities and API keys. Incidents, controls and keys are written to a hash-chained, append-only audit trail.';

-- [12/879] add schema system_core (schemas/system_core.yaml:6:9)
CREATE SCHEMA "system_core";
COMMENT ON SCHEMA "system_core" IS 'Shared infrastructure (seed 004 section 1): universal activity tracking (monthly partitions, microsecond timestamps), multi-channel notifications, file management with virus scanning, tagging and comments on any entity.';

-- [13/879] add schema tenant_mgmt (schemas/tenant_mgmt.yaml:7:9)
CREATE SCHEMA "tenant_mgmt";
COMMENT ON SCHEMA "tenant_mgmt" IS 'Tenant management (seed 004 section 2): businesses (the tenant root), the verticals each business runs, subscription plans, subscriptions with trial and health tracking, and metered usage for overage billing. Also declares the database roles every module grants to.';

-- [14/879] add schema user_mgmt (schemas/user_mgmt.yaml:7:9)
CREATE SCHEMA "user_mgmt";
COMMENT ON SCHEMA "user_mgmt" IS 'User management (seed 004 section 3): users of each business, their identities across fourteen authentication methods, hierarchical RBAC (roles with parents, a global permission catalogue, role permissions and scoped assignments) and device-tracked sessions with a risk score.';

-- [15/879] add enum auto.line_type (schemas/auto.yaml:14:3)
CREATE TYPE "auto"."line_type" AS ENUM ('labor', 'part', 'sublet', 'fee', 'discount');

-- [16/879] add enum auto.powertrain (schemas/auto.yaml:12:3)
CREATE TYPE "auto"."powertrain" AS ENUM ('gasoline', 'diesel', 'hybrid', 'plug_in_hybrid', 'battery_electric', 'fuel_cell');

-- [17/879] add enum auto.repair_order_status (schemas/auto.yaml:13:3)
CREATE TYPE "auto"."repair_order_status" AS ENUM ('estimate', 'approved', 'in_progress', 'waiting_parts', 'quality_check', 'completed', 'invoiced', 'closed', 'cancelled');

-- [18/879] add enum courses.course_level (schemas/courses.yaml:10:3)
CREATE TYPE "courses"."course_level" AS ENUM ('beginner', 'intermediate', 'advanced');

-- [19/879] add enum courses.course_status (schemas/courses.yaml:11:3)
CREATE TYPE "courses"."course_status" AS ENUM ('draft', 'published', 'archived');

-- [20/879] add enum courses.enrollment_status (schemas/courses.yaml:13:3)
CREATE TYPE "courses"."enrollment_status" AS ENUM ('enrolled', 'in_progress', 'completed', 'dropped');

-- [21/879] add enum courses.lesson_kind (schemas/courses.yaml:12:3)
CREATE TYPE "courses"."lesson_kind" AS ENUM ('video', 'article', 'quiz', 'assignment', 'live_session');

-- [22/879] add enum hs.customer_type (schemas/hs.yaml:12:3)
CREATE TYPE "hs"."customer_type" AS ENUM ('residential', 'commercial');

-- [23/879] add enum hs.property_type (schemas/hs.yaml:13:3)
CREATE TYPE "hs"."property_type" AS ENUM ('single_family', 'multi_family', 'condo', 'commercial', 'industrial');

-- [24/879] add enum hs.work_order_status (schemas/hs.yaml:14:3)
CREATE TYPE "hs"."work_order_status" AS ENUM ('new', 'estimate_pending', 'estimate_approved', 'scheduled', 'dispatched', 'en_route', 'on_site', 'in_progress', 'awaiting_parts', 'quality_check', 'completed', 'cancelled');
COMMENT ON TYPE "hs"."work_order_status" IS 'The twelve work order states; legal moves are in hs.work_order_transition_allowed().';

-- [25/879] add enum hs.work_priority (schemas/hs.yaml:29:3)
CREATE TYPE "hs"."work_priority" AS ENUM ('low', 'normal', 'high', 'emergency');

-- [26/879] add enum payroll.pay_frequency (schemas/payroll.yaml:11:3)
CREATE TYPE "payroll"."pay_frequency" AS ENUM ('weekly', 'biweekly', 'semimonthly', 'monthly');

-- [27/879] add enum payroll.pay_run_status (schemas/payroll.yaml:12:3)
CREATE TYPE "payroll"."pay_run_status" AS ENUM ('draft', 'calculated', 'approved', 'paid', 'void');

-- [28/879] add enum payroll.pay_type (schemas/payroll.yaml:10:3)
CREATE TYPE "payroll"."pay_type" AS ENUM ('hourly', 'salary');

-- [29/879] add enum rest.delivery_provider (schemas/rest.yaml:15:3)
CREATE TYPE "rest"."delivery_provider" AS ENUM ('own_fleet', 'doordash', 'uber_eats', 'grubhub');

-- [30/879] add enum rest.haccp_point (schemas/rest.yaml:19:3)
CREATE TYPE "rest"."haccp_point" AS ENUM ('receiving', 'cold_storage', 'cooking', 'cooling', 'reheating', 'hot_holding');
COMMENT ON TYPE "rest"."haccp_point" IS 'HACCP critical control points that are temperature-checked.';

-- [31/879] add enum rest.kds_status (schemas/rest.yaml:16:3)
CREATE TYPE "rest"."kds_status" AS ENUM ('queued', 'firing', 'ready', 'bumped', 'voided');
COMMENT ON TYPE "rest"."kds_status" IS 'Kitchen display system state of a ticket or item.';

-- [32/879] add enum rest.menu_category (schemas/rest.yaml:11:3)
CREATE TYPE "rest"."menu_category" AS ENUM ('starter', 'main', 'side', 'dessert', 'drink', 'combo');

-- [33/879] add enum rest.order_status (schemas/rest.yaml:14:3)
CREATE TYPE "rest"."order_status" AS ENUM ('open', 'sent_to_kitchen', 'ready', 'served', 'paid', 'voided', 'refunded');

-- [34/879] add enum rest.order_type (schemas/rest.yaml:13:3)
CREATE TYPE "rest"."order_type" AS ENUM ('dine_in', 'takeout', 'delivery', 'drive_thru', 'catering');

-- [35/879] add enum rest.prep_station (schemas/rest.yaml:12:3)
CREATE TYPE "rest"."prep_station" AS ENUM ('grill', 'fry', 'saute', 'cold', 'pastry', 'bar', 'expo');

-- [36/879] add enum ret.location_type (schemas/ret.yaml:12:3)
CREATE TYPE "ret"."location_type" AS ENUM ('store', 'warehouse', 'popup', 'online');

-- [37/879] add enum ret.loyalty_tier (schemas/ret.yaml:15:3)
CREATE TYPE "ret"."loyalty_tier" AS ENUM ('bronze', 'silver', 'gold', 'platinum');

-- [38/879] add enum ret.sale_status (schemas/ret.yaml:14:3)
CREATE TYPE "ret"."sale_status" AS ENUM ('pending', 'paid', 'fulfilled', 'partially_refunded', 'refunded', 'cancelled');

-- [39/879] add enum ret.sales_channel (schemas/ret.yaml:13:3)
CREATE TYPE "ret"."sales_channel" AS ENUM ('in_store', 'online', 'marketplace', 'social');

-- [40/879] add enum security_mgmt.control_status (schemas/security_mgmt.yaml:19:3)
CREATE TYPE "security_mgmt"."control_status" AS ENUM ('not_started', 'in_progress', 'implemented', 'not_applicable', 'failed');

-- [41/879] add enum security_mgmt.incident_status (schemas/security_mgmt.yaml:15:3)
CREATE TYPE "security_mgmt"."incident_status" AS ENUM ('open', 'triaged', 'contained', 'eradicated', 'recovered', 'closed');

-- [42/879] add enum security_mgmt.nist_function (schemas/security_mgmt.yaml:16:3)
CREATE TYPE "security_mgmt"."nist_function" AS ENUM ('govern', 'identify', 'protect', 'detect', 'respond', 'recover');
COMMENT ON TYPE "security_mgmt"."nist_function" IS 'The six functions of the NIST Cybersecurity Framework 2.0.';

-- [43/879] add enum security_mgmt.security_event_type (schemas/security_mgmt.yaml:12:3)
CREATE TYPE "security_mgmt"."security_event_type" AS ENUM ('failed_login', 'brute_force', 'impossible_travel', 'privilege_escalation', 'anomalous_access', 'malware_detected', 'policy_violation', 'data_exfiltration', 'api_abuse');
COMMENT ON TYPE "security_mgmt"."security_event_type" IS 'What a detector saw.';

-- [44/879] add enum security_mgmt.severity (schemas/security_mgmt.yaml:11:3)
CREATE TYPE "security_mgmt"."severity" AS ENUM ('info', 'low', 'medium', 'high', 'critical');

-- [45/879] add enum security_mgmt.vulnerability_status (schemas/security_mgmt.yaml:20:3)
CREATE TYPE "security_mgmt"."vulnerability_status" AS ENUM ('open', 'accepted_risk', 'mitigated', 'remediated', 'false_positive');

-- [46/879] add enum system_core.notification_channel (schemas/system_core.yaml:10:3)
CREATE TYPE "system_core"."notification_channel" AS ENUM ('in_app', 'email', 'sms', 'push', 'webhook', 'slack');

-- [47/879] add enum system_core.notification_status (schemas/system_core.yaml:11:3)
CREATE TYPE "system_core"."notification_status" AS ENUM ('queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'cancelled');

-- [48/879] add enum system_core.scan_status (schemas/system_core.yaml:12:3)
CREATE TYPE "system_core"."scan_status" AS ENUM ('pending', 'scanning', 'clean', 'infected', 'error');
COMMENT ON TYPE "system_core"."scan_status" IS 'Virus scan state of an uploaded file.';

-- [49/879] add enum tenant_mgmt.billing_interval (schemas/tenant_mgmt.yaml:34:3)
CREATE TYPE "tenant_mgmt"."billing_interval" AS ENUM ('month', 'year');

-- [50/879] add enum tenant_mgmt.business_status (schemas/tenant_mgmt.yaml:32:3)
CREATE TYPE "tenant_mgmt"."business_status" AS ENUM ('trialing', 'active', 'past_due', 'suspended', 'cancelled');

-- [51/879] add enum tenant_mgmt.subscription_status (schemas/tenant_mgmt.yaml:33:3)
CREATE TYPE "tenant_mgmt"."subscription_status" AS ENUM ('trialing', 'active', 'past_due', 'paused', 'cancelled', 'expired');

-- [52/879] add enum tenant_mgmt.usage_metric (schemas/tenant_mgmt.yaml:35:3)
CREATE TYPE "tenant_mgmt"."usage_metric" AS ENUM ('active_users', 'api_calls', 'storage_gb', 'sms_sent', 'work_orders', 'transactions');

-- [53/879] add enum tenant_mgmt.vertical (schemas/tenant_mgmt.yaml:29:3)
CREATE TYPE "tenant_mgmt"."vertical" AS ENUM ('home_services', 'automotive', 'restaurant', 'retail', 'education', 'payroll');
COMMENT ON TYPE "tenant_mgmt"."vertical" IS 'Industry modules a business can switch on (schemas hs, auto, rest, ret, courses, payroll).';

-- [54/879] add enum user_mgmt.auth_method (schemas/user_mgmt.yaml:13:3)
CREATE TYPE "user_mgmt"."auth_method" AS ENUM ('password', 'magic_link', 'email_otp', 'sms_otp', 'totp', 'webauthn', 'passkey', 'biometric', 'oauth_google', 'oauth_microsoft', 'oauth_apple', 'saml', 'oidc', 'ldap');
COMMENT ON TYPE "user_mgmt"."auth_method" IS 'The fourteen authentication methods of seed 004 (FIDO2/WebAuthn, passkeys and biometrics included).';

-- [55/879] add enum user_mgmt.user_status (schemas/user_mgmt.yaml:12:3)
CREATE TYPE "user_mgmt"."user_status" AS ENUM ('invited', 'active', 'suspended', 'locked', 'deactivated');

-- [56/879] add function auto.audit_chain_row() (schemas/auto.yaml:109:50)
CREATE FUNCTION "auto"."audit_chain_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "auto", pg_catalog, pg_temp
AS $body$
DECLARE
  prev text;
  body jsonb;
BEGIN
  -- one writer at a time, so every row links to the one before it
  PERFORM pg_advisory_xact_lock(hashtext('auto.audit_trail'));
  SELECT row_hash INTO prev FROM "auto".audit_trail ORDER BY id DESC LIMIT 1;
  body := jsonb_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'old', CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
    'new', CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  INSERT INTO "auto".audit_trail (table_name, operation, payload, prev_hash, row_hash)
  VALUES (TG_TABLE_NAME, TG_OP, body, prev,
          encode(sha256(convert_to(coalesce(prev, '') || body::text, 'UTF8')), 'hex'));
  RETURN NULL;
END;
$body$;

-- [57/879] add function auto.audit_trail_immutable() (schemas/auto.yaml:109:50)
CREATE FUNCTION "auto"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [58/879] add function auto.parts_search_vector() (schemas/auto.yaml:82:9)
CREATE FUNCTION "auto"."parts_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."manufacturer"::text, '')), 'C') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."part_number"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [59/879] add function auto.set_updated_at() (schemas/auto.yaml:18:38)
CREATE FUNCTION "auto"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [60/879] add function auto.verify_audit_chain() (schemas/auto.yaml:109:50)
CREATE FUNCTION "auto"."verify_audit_chain"()
    RETURNS bigint
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  r record;
  prev text;
BEGIN
  FOR r IN SELECT id, payload, prev_hash, row_hash FROM "auto".audit_trail ORDER BY id LOOP
    IF r.prev_hash IS DISTINCT FROM prev
       OR r.row_hash <> encode(sha256(convert_to(coalesce(prev, '') || r.payload::text, 'UTF8')), 'hex') THEN
      RETURN r.id;
    END IF;
    prev := r.row_hash;
  END LOOP;
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "auto"."verify_audit_chain"() IS 'Returns the id of the first audit_trail row whose hash does not match, or NULL when the chain is intact.';

-- [61/879] add function courses.courses_search_vector() (schemas/courses.yaml:22:9)
CREATE FUNCTION "courses"."courses_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."summary"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [62/879] add function courses.set_updated_at() (schemas/courses.yaml:20:9)
CREATE FUNCTION "courses"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [63/879] add function hs.audit_chain_row() (schemas/hs.yaml:119:9)
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

-- [64/879] add function hs.audit_trail_immutable() (schemas/hs.yaml:119:9)
CREATE FUNCTION "hs"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [65/879] add function hs.customers_search_vector() (schemas/hs.yaml:39:9)
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

-- [66/879] add function hs.enforce_work_order_transition() (schemas/hs.yaml:228:3)
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

-- [67/879] add function hs.set_updated_at() (schemas/hs.yaml:36:9)
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

-- [68/879] add function hs.verify_audit_chain() (schemas/hs.yaml:119:9)
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

-- [69/879] add function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) (schemas/hs.yaml:206:3)
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

-- [70/879] add function hs.work_orders_search_vector() (schemas/hs.yaml:120:9)
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

-- [71/879] add function payroll.audit_chain_row() (schemas/payroll.yaml:16:50)
CREATE FUNCTION "payroll"."audit_chain_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "payroll", pg_catalog, pg_temp
AS $body$
DECLARE
  prev text;
  body jsonb;
BEGIN
  -- one writer at a time, so every row links to the one before it
  PERFORM pg_advisory_xact_lock(hashtext('payroll.audit_trail'));
  SELECT row_hash INTO prev FROM "payroll".audit_trail ORDER BY id DESC LIMIT 1;
  body := jsonb_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'old', CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
    'new', CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  INSERT INTO "payroll".audit_trail (table_name, operation, payload, prev_hash, row_hash)
  VALUES (TG_TABLE_NAME, TG_OP, body, prev,
          encode(sha256(convert_to(coalesce(prev, '') || body::text, 'UTF8')), 'hex'));
  RETURN NULL;
END;
$body$;

-- [72/879] add function payroll.audit_trail_immutable() (schemas/payroll.yaml:16:50)
CREATE FUNCTION "payroll"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [73/879] add function payroll.set_updated_at() (schemas/payroll.yaml:16:38)
CREATE FUNCTION "payroll"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [74/879] add function payroll.verify_audit_chain() (schemas/payroll.yaml:16:50)
CREATE FUNCTION "payroll"."verify_audit_chain"()
    RETURNS bigint
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  r record;
  prev text;
BEGIN
  FOR r IN SELECT id, payload, prev_hash, row_hash FROM "payroll".audit_trail ORDER BY id LOOP
    IF r.prev_hash IS DISTINCT FROM prev
       OR r.row_hash <> encode(sha256(convert_to(coalesce(prev, '') || r.payload::text, 'UTF8')), 'hex') THEN
      RETURN r.id;
    END IF;
    prev := r.row_hash;
  END LOOP;
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "payroll"."verify_audit_chain"() IS 'Returns the id of the first audit_trail row whose hash does not match, or NULL when the chain is intact.';

-- [75/879] add function rest.audit_chain_row() (schemas/rest.yaml:55:50)
CREATE FUNCTION "rest"."audit_chain_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "rest", pg_catalog, pg_temp
AS $body$
DECLARE
  prev text;
  body jsonb;
BEGIN
  -- one writer at a time, so every row links to the one before it
  PERFORM pg_advisory_xact_lock(hashtext('rest.audit_trail'));
  SELECT row_hash INTO prev FROM "rest".audit_trail ORDER BY id DESC LIMIT 1;
  body := jsonb_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'old', CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
    'new', CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  INSERT INTO "rest".audit_trail (table_name, operation, payload, prev_hash, row_hash)
  VALUES (TG_TABLE_NAME, TG_OP, body, prev,
          encode(sha256(convert_to(coalesce(prev, '') || body::text, 'UTF8')), 'hex'));
  RETURN NULL;
END;
$body$;

-- [76/879] add function rest.audit_trail_immutable() (schemas/rest.yaml:55:50)
CREATE FUNCTION "rest"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [77/879] add function rest.menu_items_search_vector() (schemas/rest.yaml:30:9)
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

-- [78/879] add function rest.set_updated_at() (schemas/rest.yaml:28:9)
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

-- [79/879] add function rest.verify_audit_chain() (schemas/rest.yaml:55:50)
CREATE FUNCTION "rest"."verify_audit_chain"()
    RETURNS bigint
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  r record;
  prev text;
BEGIN
  FOR r IN SELECT id, payload, prev_hash, row_hash FROM "rest".audit_trail ORDER BY id LOOP
    IF r.prev_hash IS DISTINCT FROM prev
       OR r.row_hash <> encode(sha256(convert_to(coalesce(prev, '') || r.payload::text, 'UTF8')), 'hex') THEN
      RETURN r.id;
    END IF;
    prev := r.row_hash;
  END LOOP;
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "rest"."verify_audit_chain"() IS 'Returns the id of the first audit_trail row whose hash does not match, or NULL when the chain is intact.';

-- [80/879] add function ret.products_search_vector() (schemas/ret.yaml:41:9)
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

-- [81/879] add function ret.set_updated_at() (schemas/ret.yaml:19:38)
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

-- [82/879] add function security_mgmt.audit_chain_row() (schemas/security_mgmt.yaml:38:50)
CREATE FUNCTION "security_mgmt"."audit_chain_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "security_mgmt", pg_catalog, pg_temp
AS $body$
DECLARE
  prev text;
  body jsonb;
BEGIN
  -- one writer at a time, so every row links to the one before it
  PERFORM pg_advisory_xact_lock(hashtext('security_mgmt.audit_trail'));
  SELECT row_hash INTO prev FROM "security_mgmt".audit_trail ORDER BY id DESC LIMIT 1;
  body := jsonb_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'old', CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
    'new', CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  INSERT INTO "security_mgmt".audit_trail (table_name, operation, payload, prev_hash, row_hash)
  VALUES (TG_TABLE_NAME, TG_OP, body, prev,
          encode(sha256(convert_to(coalesce(prev, '') || body::text, 'UTF8')), 'hex'));
  RETURN NULL;
END;
$body$;

-- [83/879] add function security_mgmt.audit_trail_immutable() (schemas/security_mgmt.yaml:38:50)
CREATE FUNCTION "security_mgmt"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [84/879] add function security_mgmt.set_updated_at() (schemas/security_mgmt.yaml:38:38)
CREATE FUNCTION "security_mgmt"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [85/879] add function security_mgmt.verify_audit_chain() (schemas/security_mgmt.yaml:38:50)
CREATE FUNCTION "security_mgmt"."verify_audit_chain"()
    RETURNS bigint
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  r record;
  prev text;
BEGIN
  FOR r IN SELECT id, payload, prev_hash, row_hash FROM "security_mgmt".audit_trail ORDER BY id LOOP
    IF r.prev_hash IS DISTINCT FROM prev
       OR r.row_hash <> encode(sha256(convert_to(coalesce(prev, '') || r.payload::text, 'UTF8')), 'hex') THEN
      RETURN r.id;
    END IF;
    prev := r.row_hash;
  END LOOP;
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "security_mgmt"."verify_audit_chain"() IS 'Returns the id of the first audit_trail row whose hash does not match, or NULL when the chain is intact.';

-- [86/879] add function system_core.set_updated_at() (schemas/system_core.yaml:63:38)
CREATE FUNCTION "system_core"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [87/879] add function tenant_mgmt.audit_chain_row() (schemas/tenant_mgmt.yaml:39:61)
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

-- [88/879] add function tenant_mgmt.audit_trail_immutable() (schemas/tenant_mgmt.yaml:39:61)
CREATE FUNCTION "tenant_mgmt"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [89/879] add function tenant_mgmt.set_updated_at() (schemas/tenant_mgmt.yaml:39:36)
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

-- [90/879] add function tenant_mgmt.verify_audit_chain() (schemas/tenant_mgmt.yaml:39:61)
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

-- [91/879] add function user_mgmt.audit_chain_row() (schemas/user_mgmt.yaml:60:9)
CREATE FUNCTION "user_mgmt"."audit_chain_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "user_mgmt", pg_catalog, pg_temp
AS $body$
DECLARE
  prev text;
  body jsonb;
BEGIN
  -- one writer at a time, so every row links to the one before it
  PERFORM pg_advisory_xact_lock(hashtext('user_mgmt.audit_trail'));
  SELECT row_hash INTO prev FROM "user_mgmt".audit_trail ORDER BY id DESC LIMIT 1;
  body := jsonb_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'old', CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
    'new', CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  INSERT INTO "user_mgmt".audit_trail (table_name, operation, payload, prev_hash, row_hash)
  VALUES (TG_TABLE_NAME, TG_OP, body, prev,
          encode(sha256(convert_to(coalesce(prev, '') || body::text, 'UTF8')), 'hex'));
  RETURN NULL;
END;
$body$;

-- [92/879] add function user_mgmt.audit_trail_immutable() (schemas/user_mgmt.yaml:60:9)
CREATE FUNCTION "user_mgmt"."audit_trail_immutable"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION 'audit_trail is append-only (% refused)', TG_OP;
END;
$body$;

-- [93/879] add function user_mgmt.set_updated_at() (schemas/user_mgmt.yaml:58:9)
CREATE FUNCTION "user_mgmt"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [94/879] add function user_mgmt.users_search_vector() (schemas/user_mgmt.yaml:61:9)
CREATE FUNCTION "user_mgmt"."users_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."display_name"::text, '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."email"::text, '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."first_name"::text, '')), 'B') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."last_name"::text, '')), 'B');
  RETURN NEW;
END;
$body$;

-- [95/879] add function user_mgmt.verify_audit_chain() (schemas/user_mgmt.yaml:60:9)
CREATE FUNCTION "user_mgmt"."verify_audit_chain"()
    RETURNS bigint
    LANGUAGE PLPGSQL
    STABLE
AS $body$
DECLARE
  r record;
  prev text;
BEGIN
  FOR r IN SELECT id, payload, prev_hash, row_hash FROM "user_mgmt".audit_trail ORDER BY id LOOP
    IF r.prev_hash IS DISTINCT FROM prev
       OR r.row_hash <> encode(sha256(convert_to(coalesce(prev, '') || r.payload::text, 'UTF8')), 'hex') THEN
      RETURN r.id;
    END IF;
    prev := r.row_hash;
  END LOOP;
  RETURN NULL;
END;
$body$;
COMMENT ON FUNCTION "user_mgmt"."verify_audit_chain"() IS 'Returns the id of the first audit_trail row whose hash does not match, or NULL when the chain is intact.';

-- [96/879] add table auto.audit_trail (schemas/auto.yaml:109:50)
CREATE TABLE "auto"."audit_trail" (
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
COMMENT ON TABLE "auto"."audit_trail" IS 'Hash-chained, append-only record of row changes.';

-- [97/879] add table auto.customers (schemas/auto.yaml:17:3)
CREATE TABLE "auto"."customers" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "first_name" text,
    "last_name" text,
    "company_name" text,
    "email" citext,
    "phone" text,
    "is_fleet" boolean DEFAULT false NOT NULL,
    "marketing_opt_in" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "customers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customers_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "customers_named_check" CHECK (company_name IS NOT NULL OR last_name IS NOT NULL),
    CONSTRAINT "customers_fleet_is_company_check" CHECK (NOT is_fleet OR company_name IS NOT NULL)
);
COMMENT ON TABLE "auto"."customers" IS 'Vehicle owners and fleets.';

-- [98/879] add table auto.diagnostic_scans (schemas/auto.yaml:198:3)
CREATE TABLE "auto"."diagnostic_scans" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "vehicle_id" uuid NOT NULL,
    "repair_order_id" uuid,
    "scanned_at" timestamp with time zone DEFAULT now() NOT NULL,
    "scan_tool" text NOT NULL,
    "protocol" text,
    "mil_on" boolean DEFAULT false NOT NULL,
    "dtc_codes" text[] DEFAULT '{}'::text[] NOT NULL,
    "freeze_frame" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "readiness_monitors" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "notes" text,
    CONSTRAINT "diagnostic_scans_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "diagnostic_scans_codes_shape_check" CHECK (array_to_string(dtc_codes, ',') ~ '^([PCBU][0-9A-F]{4}(,|$))*$')
);
COMMENT ON TABLE "auto"."diagnostic_scans" IS 'An OBD-II scan of a vehicle, with its trouble codes and freeze-frame data.';
COMMENT ON COLUMN "auto"."diagnostic_scans"."protocol" IS 'e.g. ISO 15765-4 CAN.';
COMMENT ON COLUMN "auto"."diagnostic_scans"."mil_on" IS 'Malfunction indicator lamp lit.';
COMMENT ON COLUMN "auto"."diagnostic_scans"."dtc_codes" IS 'Diagnostic trouble codes, e.g. {P0301,U0100}.';

-- [99/879] add table auto.parts (schemas/auto.yaml:77:3)
CREATE TABLE "auto"."parts" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "part_number" text NOT NULL,
    "description" text NOT NULL,
    "manufacturer" text,
    "is_oem" boolean DEFAULT false NOT NULL,
    "category" text,
    "unit_cost" numeric(10,2) NOT NULL,
    "unit_price" numeric(10,2) NOT NULL,
    "core_charge" numeric(10,2) DEFAULT 0 NOT NULL,
    "quantity_on_hand" integer DEFAULT 0 NOT NULL,
    "reorder_point" integer,
    "bin_location" text,
    "fitment" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "parts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "parts_business_id_part_number_key" UNIQUE ("business_id", "part_number"),
    CONSTRAINT "parts_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "parts_unit_cost_check" CHECK (unit_cost >= 0),
    CONSTRAINT "parts_unit_price_check" CHECK (unit_price >= 0),
    CONSTRAINT "parts_core_charge_check" CHECK (core_charge >= 0),
    CONSTRAINT "parts_quantity_on_hand_check" CHECK (quantity_on_hand >= 0),
    CONSTRAINT "parts_reorder_point_check" CHECK (reorder_point >= 0)
);
COMMENT ON TABLE "auto"."parts" IS 'The shop''s parts catalogue and stock on hand.';
COMMENT ON COLUMN "auto"."parts"."fitment" IS 'Compatible vehicles: make, model, year range, engine.';

-- [100/879] add table auto.repair_order_lines (schemas/auto.yaml:159:3)
CREATE TABLE "auto"."repair_order_lines" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "repair_order_id" uuid NOT NULL,
    "line_no" smallint NOT NULL,
    "line_type" "auto"."line_type" NOT NULL,
    "part_id" uuid,
    "labor_operation_code" text,
    "technician_user_id" uuid,
    "description" text NOT NULL,
    "quantity" numeric(10,2) DEFAULT 1 NOT NULL,
    "labor_hours" numeric(6,2),
    "unit_price" numeric(12,2) NOT NULL,
    "line_total" numeric(14,2) GENERATED ALWAYS AS (quantity * unit_price) STORED NOT NULL,
    CONSTRAINT "repair_order_lines_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "repair_order_lines_repair_order_id_line_no_key" UNIQUE ("repair_order_id", "line_no"),
    CONSTRAINT "repair_order_lines_line_no_check" CHECK (line_no > 0),
    CONSTRAINT "repair_order_lines_quantity_check" CHECK (quantity > 0),
    CONSTRAINT "repair_order_lines_labor_hours_check" CHECK (labor_hours >= 0),
    CONSTRAINT "repair_order_lines_part_line_has_part_check" CHECK (line_type <> 'part' OR part_id IS NOT NULL),
    CONSTRAINT "repair_order_lines_discount_is_negative_check" CHECK ((line_type = 'discount') = (unit_price < 0))
);
COMMENT ON TABLE "auto"."repair_order_lines" IS 'Labour operations, parts, sublets and fees of a repair order.';
COMMENT ON COLUMN "auto"."repair_order_lines"."labor_operation_code" IS 'Labour guide operation code.';

-- [101/879] add table auto.repair_orders (schemas/auto.yaml:108:3)
CREATE TABLE "auto"."repair_orders" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "ro_number" text NOT NULL,
    "vehicle_id" uuid NOT NULL,
    "customer_id" uuid NOT NULL,
    "status" "auto"."repair_order_status" DEFAULT 'estimate' NOT NULL,
    "advisor_user_id" uuid,
    "odometer_in_km" integer,
    "odometer_out_km" integer,
    "complaint" text NOT NULL,
    "cause" text,
    "correction" text,
    "promised_at" timestamp with time zone,
    "opened_at" timestamp with time zone DEFAULT now() NOT NULL,
    "closed_at" timestamp with time zone,
    "warranty_claim" boolean DEFAULT false NOT NULL,
    "insurance_claim_number" text,
    "labor_total" numeric(12,2) DEFAULT 0 NOT NULL,
    "parts_total" numeric(12,2) DEFAULT 0 NOT NULL,
    "tax_total" numeric(12,2) DEFAULT 0 NOT NULL,
    "grand_total" numeric(12,2) GENERATED ALWAYS AS (labor_total + parts_total + tax_total) STORED NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "repair_orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "repair_orders_business_id_ro_number_key" UNIQUE ("business_id", "ro_number"),
    CONSTRAINT "repair_orders_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "repair_orders_odometer_in_km_check" CHECK (odometer_in_km >= 0),
    CONSTRAINT "repair_orders_amounts_not_negative_check" CHECK (labor_total >= 0 AND parts_total >= 0 AND tax_total >= 0),
    CONSTRAINT "repair_orders_odometer_forward_check" CHECK (odometer_out_km IS NULL OR odometer_in_km IS NULL OR odometer_out_km >= odometer_in_km),
    CONSTRAINT "repair_orders_closed_has_time_check" CHECK (status NOT IN ('closed', 'invoiced') OR closed_at IS NOT NULL)
);
COMMENT ON TABLE "auto"."repair_orders" IS 'A visit of a vehicle to the shop, written up as complaint, cause and correction.';

-- [102/879] add table auto.vehicles (schemas/auto.yaml:38:3)
CREATE TABLE "auto"."vehicles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "customer_id" uuid NOT NULL,
    "vin" character(17),
    "make" text NOT NULL,
    "model" text NOT NULL,
    "model_year" smallint,
    "trim_level" text,
    "powertrain" "auto"."powertrain" DEFAULT 'gasoline' NOT NULL,
    "battery_capacity_kwh" numeric(6,2),
    "adas_features" text[] DEFAULT '{}'::text[] NOT NULL,
    "license_plate" text,
    "odometer_km" integer,
    "color" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "vehicles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "vehicles_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "vehicles_vin_check" CHECK (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    CONSTRAINT "vehicles_model_year_check" CHECK (model_year BETWEEN 1900 AND 2100),
    CONSTRAINT "vehicles_battery_capacity_kwh_check" CHECK (battery_capacity_kwh > 0),
    CONSTRAINT "vehicles_odometer_km_check" CHECK (odometer_km >= 0),
    CONSTRAINT "vehicles_ev_has_battery_check" CHECK (powertrain NOT IN ('battery_electric', 'plug_in_hybrid') OR battery_capacity_kwh IS NOT NULL)
);
COMMENT ON TABLE "auto"."vehicles" IS 'A customer''s vehicle, with what the shop needs to service modern cars.';
COMMENT ON COLUMN "auto"."vehicles"."vin" IS 'NULL until captured (quotes for walk-ins); ISO 3779, no I, O or Q.';
COMMENT ON COLUMN "auto"."vehicles"."adas_features" IS 'e.g. adaptive_cruise, lane_keep, aeb; recalibration after windshield or alignment work.';

-- [103/879] add table courses.courses (schemas/courses.yaml:16:3)
CREATE TABLE "courses"."courses" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "slug" text NOT NULL,
    "title" text NOT NULL,
    "summary" text,
    "level" "courses"."course_level" DEFAULT 'beginner' NOT NULL,
    "status" "courses"."course_status" DEFAULT 'draft' NOT NULL,
    "vertical" "tenant_mgmt"."vertical",
    "duration_minutes" integer,
    "passing_score" numeric(5,2) DEFAULT 70 NOT NULL,
    "published_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "search_vector" tsvector,
    CONSTRAINT "courses_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "courses_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "courses_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "courses_duration_minutes_check" CHECK (duration_minutes > 0),
    CONSTRAINT "courses_passing_score_check" CHECK (passing_score BETWEEN 0 AND 100),
    CONSTRAINT "courses_published_has_time_check" CHECK (status <> 'published' OR published_at IS NOT NULL)
);
COMMENT ON TABLE "courses"."courses" IS 'A course, e.g. onboarding for new technicians or food-safety training.';
COMMENT ON COLUMN "courses"."courses"."vertical" IS 'The industry the course is about; NULL for general courses.';

-- [104/879] add table courses.enrollments (schemas/courses.yaml:66:3)
CREATE TABLE "courses"."enrollments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "course_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "status" "courses"."enrollment_status" DEFAULT 'enrolled' NOT NULL,
    "progress_pct" numeric(5,2) DEFAULT 0 NOT NULL,
    "score" numeric(5,2),
    "enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
    "completed_at" timestamp with time zone,
    "certificate_number" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "enrollments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "enrollments_course_id_user_id_key" UNIQUE ("course_id", "user_id"),
    CONSTRAINT "enrollments_progress_pct_check" CHECK (progress_pct BETWEEN 0 AND 100),
    CONSTRAINT "enrollments_score_check" CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT "enrollments_completed_consistent_check" CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
    CONSTRAINT "enrollments_certificate_when_completed_check" CHECK (certificate_number IS NULL OR status = 'completed')
);
COMMENT ON TABLE "courses"."enrollments" IS 'A user taking a course, with progress, score and certificate.';

-- [105/879] add table courses.lessons (schemas/courses.yaml:45:3)
CREATE TABLE "courses"."lessons" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "course_id" uuid NOT NULL,
    "position" smallint NOT NULL,
    "title" text NOT NULL,
    "kind" "courses"."lesson_kind" DEFAULT 'article' NOT NULL,
    "content_url" text,
    "body" text,
    "duration_minutes" integer,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "lessons_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "lessons_course_id_position_key" UNIQUE ("course_id", "position"),
    CONSTRAINT "lessons_position_check" CHECK (position > 0),
    CONSTRAINT "lessons_duration_minutes_check" CHECK (duration_minutes > 0),
    CONSTRAINT "lessons_has_content_check" CHECK (content_url IS NOT NULL OR body IS NOT NULL)
);
COMMENT ON TABLE "courses"."lessons" IS 'The ordered lessons of a course.';

-- [106/879] add table hs.audit_trail (schemas/hs.yaml:119:9)
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

-- [107/879] add table hs.customers (schemas/hs.yaml:32:3)
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

-- [108/879] add table hs.properties (schemas/hs.yaml:56:3)
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

-- [109/879] add table hs.quality_inspections (schemas/hs.yaml:175:3)
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
COMMENT ON COLUMN "hs"."quality_inspections"."checklist" IS 'Items with pass/fail and photos.';

-- [110/879] add table hs.technicians (schemas/hs.yaml:85:3)
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
COMMENT ON COLUMN "hs"."technicians"."certifications" IS 'Licences and certificates (EPA 608, NATE, ...) with expiry dates.';

-- [111/879] add table hs.work_orders (schemas/hs.yaml:114:3)
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

-- [112/879] add table payroll.audit_trail (schemas/payroll.yaml:16:50)
CREATE TABLE "payroll"."audit_trail" (
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
COMMENT ON TABLE "payroll"."audit_trail" IS 'Hash-chained, append-only record of row changes.';

-- [113/879] add table payroll.employees (schemas/payroll.yaml:15:3)
CREATE TABLE "payroll"."employees" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "user_id" uuid,
    "employee_number" text NOT NULL,
    "legal_name" text NOT NULL,
    "pay_type" "payroll"."pay_type" DEFAULT 'hourly' NOT NULL,
    "pay_rate" numeric(12,2) NOT NULL,
    "pay_frequency" "payroll"."pay_frequency" DEFAULT 'biweekly' NOT NULL,
    "tax_profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "bank_account_last4" character(4),
    "hired_on" date NOT NULL,
    "terminated_on" date,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "employees_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "employees_business_id_employee_number_key" UNIQUE ("business_id", "employee_number"),
    CONSTRAINT "employees_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "employees_pay_rate_check" CHECK (pay_rate > 0),
    CONSTRAINT "employees_bank_account_last4_check" CHECK (bank_account_last4 ~ '^[0-9]{4}$'),
    CONSTRAINT "employees_terminated_after_hired_check" CHECK (terminated_on IS NULL OR terminated_on >= hired_on)
);
COMMENT ON TABLE "payroll"."employees" IS 'Pay terms of a person on the business''s payroll.';
COMMENT ON COLUMN "payroll"."employees"."pay_rate" IS 'Hourly rate or annual salary.';
COMMENT ON COLUMN "payroll"."employees"."tax_profile" IS 'Filing status, allowances, state and local jurisdictions.';
COMMENT ON COLUMN "payroll"."employees"."bank_account_last4" IS 'The rest lives in the payment provider''s vault.';

-- [114/879] add table payroll.pay_runs (schemas/payroll.yaml:40:3)
CREATE TABLE "payroll"."pay_runs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "period_start" date NOT NULL,
    "period_end" date NOT NULL,
    "pay_date" date NOT NULL,
    "status" "payroll"."pay_run_status" DEFAULT 'draft' NOT NULL,
    "approved_by" uuid,
    "approved_at" timestamp with time zone,
    "gross_total" numeric(14,2) DEFAULT 0 NOT NULL,
    "net_total" numeric(14,2) DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "pay_runs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pay_runs_business_id_period_start_period_end_key" UNIQUE ("business_id", "period_start", "period_end"),
    CONSTRAINT "pay_runs_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "pay_runs_period_valid_check" CHECK (period_end >= period_start),
    CONSTRAINT "pay_runs_paid_after_period_check" CHECK (pay_date >= period_end),
    CONSTRAINT "pay_runs_approval_complete_check" CHECK (status NOT IN ('approved', 'paid') OR (approved_by IS NOT NULL AND approved_at IS NOT NULL)),
    CONSTRAINT "pay_runs_totals_valid_check" CHECK (net_total <= gross_total)
);
COMMENT ON TABLE "payroll"."pay_runs" IS 'One payroll run for a pay period.';

-- [115/879] add table payroll.pay_stubs (schemas/payroll.yaml:68:3)
CREATE TABLE "payroll"."pay_stubs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "pay_run_id" uuid NOT NULL,
    "employee_id" uuid NOT NULL,
    "hours_regular" numeric(6,2) DEFAULT 0 NOT NULL,
    "hours_overtime" numeric(6,2) DEFAULT 0 NOT NULL,
    "gross_pay" numeric(12,2) NOT NULL,
    "taxes_withheld" numeric(12,2) DEFAULT 0 NOT NULL,
    "deductions" numeric(12,2) DEFAULT 0 NOT NULL,
    "net_pay" numeric(12,2) GENERATED ALWAYS AS (gross_pay - taxes_withheld - deductions) STORED NOT NULL,
    "earnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "pay_stubs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pay_stubs_pay_run_id_employee_id_key" UNIQUE ("pay_run_id", "employee_id"),
    CONSTRAINT "pay_stubs_hours_regular_check" CHECK (hours_regular >= 0),
    CONSTRAINT "pay_stubs_hours_overtime_check" CHECK (hours_overtime >= 0),
    CONSTRAINT "pay_stubs_gross_pay_check" CHECK (gross_pay >= 0),
    CONSTRAINT "pay_stubs_taxes_withheld_check" CHECK (taxes_withheld >= 0),
    CONSTRAINT "pay_stubs_deductions_check" CHECK (deductions >= 0),
    CONSTRAINT "pay_stubs_net_not_negative_check" CHECK (gross_pay - taxes_withheld - deductions >= 0)
);
COMMENT ON TABLE "payroll"."pay_stubs" IS 'What one employee earns in one pay run.';
COMMENT ON COLUMN "payroll"."pay_stubs"."earnings" IS 'Itemised earnings, taxes and deductions.';

-- [116/879] add table rest.audit_trail (schemas/rest.yaml:55:50)
CREATE TABLE "rest"."audit_trail" (
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
COMMENT ON TABLE "rest"."audit_trail" IS 'Hash-chained, append-only record of row changes.';

-- [117/879] add table rest.haccp_logs (schemas/rest.yaml:155:3)
CREATE TABLE "rest"."haccp_logs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "control_point" "rest"."haccp_point" NOT NULL,
    "item" text NOT NULL,
    "temperature_c" numeric(5,2) NOT NULL,
    "limit_min_c" numeric(5,2),
    "limit_max_c" numeric(5,2),
    "within_limits" boolean GENERATED ALWAYS AS (temperature_c >= coalesce(limit_min_c, -273) AND temperature_c <= coalesce(limit_max_c, 1000)) STORED NOT NULL,
    "corrective_action" text,
    "recorded_by" uuid,
    "recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
    "verified_by" uuid,
    "verified_at" timestamp with time zone,
    CONSTRAINT "haccp_logs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "haccp_logs_limits_ordered_check" CHECK (limit_min_c IS NULL OR limit_max_c IS NULL OR limit_min_c < limit_max_c),
    CONSTRAINT "haccp_logs_deviation_has_action_check" CHECK (within_limits OR corrective_action IS NOT NULL)
);
COMMENT ON TABLE "rest"."haccp_logs" IS 'Temperature checks at HACCP critical control points, with the corrective action when out of limits.';
COMMENT ON COLUMN "rest"."haccp_logs"."item" IS 'Product or unit checked, e.g. walk-in cooler 1, chicken breast batch 42.';

-- [118/879] add table rest.kitchen_tickets (schemas/rest.yaml:129:3)
CREATE TABLE "rest"."kitchen_tickets" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "order_id" uuid NOT NULL,
    "station" "rest"."prep_station" NOT NULL,
    "ticket_number" integer NOT NULL,
    "course_number" smallint DEFAULT 1 NOT NULL,
    "status" "rest"."kds_status" DEFAULT 'queued' NOT NULL,
    "is_rush" boolean DEFAULT false NOT NULL,
    "fired_at" timestamp with time zone,
    "bumped_at" timestamp with time zone,
    "target_seconds" integer,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "kitchen_tickets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "kitchen_tickets_ticket_number_check" CHECK (ticket_number > 0),
    CONSTRAINT "kitchen_tickets_target_seconds_check" CHECK (target_seconds > 0),
    CONSTRAINT "kitchen_tickets_bumped_after_fired_check" CHECK (bumped_at IS NULL OR (fired_at IS NOT NULL AND bumped_at >= fired_at))
);
COMMENT ON TABLE "rest"."kitchen_tickets" IS 'What a kitchen display shows one station for an order (items grouped per station and course).';
COMMENT ON COLUMN "rest"."kitchen_tickets"."target_seconds" IS 'Ticket time goal; the KDS turns red after it.';

-- [119/879] add table rest.menu_items (schemas/rest.yaml:24:3)
CREATE TABLE "rest"."menu_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "category" "rest"."menu_category" NOT NULL,
    "station" "rest"."prep_station" DEFAULT 'expo' NOT NULL,
    "price" numeric(10,2) NOT NULL,
    "food_cost" numeric(10,2),
    "allergens" text[] DEFAULT '{}'::text[] NOT NULL,
    "dietary" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "prep_minutes" smallint,
    "is_available" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "search_vector" tsvector,
    CONSTRAINT "menu_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "menu_items_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "menu_items_price_check" CHECK (price >= 0),
    CONSTRAINT "menu_items_food_cost_check" CHECK (food_cost >= 0),
    CONSTRAINT "menu_items_prep_minutes_check" CHECK (prep_minutes > 0)
);
COMMENT ON TABLE "rest"."menu_items" IS 'Dishes and drinks, with allergens and dietary flags.';
COMMENT ON COLUMN "rest"."menu_items"."allergens" IS 'The 14 EU / 9 US major allergens, e.g. {peanuts,milk}.';
COMMENT ON COLUMN "rest"."menu_items"."dietary" IS 'e.g. {"vegan": true, "gluten_free": false}';

-- [120/879] add table rest.order_items (schemas/rest.yaml:97:3)
CREATE TABLE "rest"."order_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "order_id" uuid NOT NULL,
    "menu_item_id" uuid NOT NULL,
    "quantity" smallint DEFAULT 1 NOT NULL,
    "unit_price" numeric(10,2) NOT NULL,
    "modifiers" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "seat_number" smallint,
    "course_number" smallint DEFAULT 1 NOT NULL,
    "status" "rest"."kds_status" DEFAULT 'queued' NOT NULL,
    "fired_at" timestamp with time zone,
    "ready_at" timestamp with time zone,
    "line_total" numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED NOT NULL,
    CONSTRAINT "order_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "order_items_quantity_check" CHECK (quantity > 0),
    CONSTRAINT "order_items_unit_price_check" CHECK (unit_price >= 0),
    CONSTRAINT "order_items_seat_number_check" CHECK (seat_number > 0),
    CONSTRAINT "order_items_course_number_check" CHECK (course_number > 0),
    CONSTRAINT "order_items_ready_after_fired_check" CHECK (ready_at IS NULL OR (fired_at IS NOT NULL AND ready_at >= fired_at))
);
COMMENT ON TABLE "rest"."order_items" IS 'Lines of an order, with modifiers, seat and course, and their kitchen state.';
COMMENT ON COLUMN "rest"."order_items"."modifiers" IS 'e.g. no onions, extra cheese (+1.50).';

-- [121/879] add table rest.orders (schemas/rest.yaml:54:3)
CREATE TABLE "rest"."orders" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "order_number" text NOT NULL,
    "order_type" "rest"."order_type" DEFAULT 'dine_in' NOT NULL,
    "status" "rest"."order_status" DEFAULT 'open' NOT NULL,
    "table_label" text,
    "guest_count" smallint,
    "server_user_id" uuid,
    "delivery_provider" "rest"."delivery_provider",
    "external_order_id" text,
    "subtotal" numeric(12,2) DEFAULT 0 NOT NULL,
    "tax" numeric(12,2) DEFAULT 0 NOT NULL,
    "tip" numeric(12,2) DEFAULT 0 NOT NULL,
    "discount" numeric(12,2) DEFAULT 0 NOT NULL,
    "total" numeric(12,2) GENERATED ALWAYS AS (subtotal + tax + tip - discount) STORED NOT NULL,
    "opened_at" timestamp with time zone DEFAULT now() NOT NULL,
    "closed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "orders_business_id_order_number_key" UNIQUE ("business_id", "order_number"),
    CONSTRAINT "orders_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "orders_guest_count_check" CHECK (guest_count > 0),
    CONSTRAINT "orders_amounts_valid_check" CHECK (subtotal >= 0 AND tax >= 0 AND tip >= 0 AND discount >= 0 AND discount <= subtotal),
    CONSTRAINT "orders_delivery_has_provider_check" CHECK (order_type <> 'delivery' OR delivery_provider IS NOT NULL),
    CONSTRAINT "orders_closed_has_time_check" CHECK (status NOT IN ('paid', 'voided', 'refunded') OR closed_at IS NOT NULL)
);
COMMENT ON TABLE "rest"."orders" IS 'A check at the POS, for a table, a pick-up or a delivery.';
COMMENT ON COLUMN "rest"."orders"."external_order_id" IS 'The delivery platform''s order id.';

-- [122/879] add table ret.inventory_levels (schemas/ret.yaml:67:3)
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

-- [123/879] add table ret.locations (schemas/ret.yaml:18:3)
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

-- [124/879] add table ret.loyalty_accounts (schemas/ret.yaml:94:3)
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

-- [125/879] add table ret.order_lines (schemas/ret.yaml:155:3)
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

-- [126/879] add table ret.orders (schemas/ret.yaml:116:3)
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

-- [127/879] add table ret.products (schemas/ret.yaml:34:3)
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

-- [128/879] add table security_mgmt.api_keys (schemas/security_mgmt.yaml:153:3)
CREATE TABLE "security_mgmt"."api_keys" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "name" text NOT NULL,
    "key_prefix" text NOT NULL,
    "key_hash" text NOT NULL,
    "scopes" text[] DEFAULT '{}'::text[] NOT NULL,
    "created_by" uuid,
    "expires_at" timestamp with time zone,
    "last_used_at" timestamp with time zone,
    "last_used_ip" inet,
    "revoked_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "api_keys_key_prefix_key" UNIQUE ("key_prefix"),
    CONSTRAINT "api_keys_key_hash_key" UNIQUE ("key_hash")
);
COMMENT ON TABLE "security_mgmt"."api_keys" IS 'API keys of a business (hashed); the prefix identifies a key in logs.';
COMMENT ON COLUMN "security_mgmt"."api_keys"."key_prefix" IS 'First characters of the key, shown to users.';

-- [129/879] add table security_mgmt.audit_trail (schemas/security_mgmt.yaml:38:50)
CREATE TABLE "security_mgmt"."audit_trail" (
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
COMMENT ON TABLE "security_mgmt"."audit_trail" IS 'Hash-chained, append-only record of row changes.';

-- [130/879] add table security_mgmt.compliance_controls (schemas/security_mgmt.yaml:101:3)
CREATE TABLE "security_mgmt"."compliance_controls" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "framework_code" text NOT NULL,
    "control_ref" text NOT NULL,
    "title" text NOT NULL,
    "nist_function" "security_mgmt"."nist_function",
    "status" "security_mgmt"."control_status" DEFAULT 'not_started' NOT NULL,
    "owner_user_id" uuid,
    "evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "last_assessed_at" timestamp with time zone,
    "next_review_on" date,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "compliance_controls_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "compliance_controls_business_id_framework_code_control_ref_key" UNIQUE ("business_id", "framework_code", "control_ref"),
    CONSTRAINT "compliance_controls_evidence_is_array_check" CHECK (jsonb_typeof(evidence) = 'array')
);
COMMENT ON TABLE "security_mgmt"."compliance_controls" IS 'A business''s state of one control of a framework, with its evidence.';
COMMENT ON COLUMN "security_mgmt"."compliance_controls"."control_ref" IS 'The framework''s identifier, e.g. PR.AA-01 (NIST CSF) or Req. 8.3.1 (PCI-DSS).';
COMMENT ON COLUMN "security_mgmt"."compliance_controls"."evidence" IS 'Links to files (system_core.files) and notes.';

-- [131/879] add table security_mgmt.compliance_frameworks (schemas/security_mgmt.yaml:23:3)
CREATE TABLE "security_mgmt"."compliance_frameworks" (
    "code" text NOT NULL,
    "name" text NOT NULL,
    "version" text,
    "authority" text,
    CONSTRAINT "compliance_frameworks_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "compliance_frameworks_code_check" CHECK (code ~ '^[a-z0-9_]+$')
);
COMMENT ON TABLE "security_mgmt"."compliance_frameworks" IS 'Reference data, the frameworks controls belong to. Shared by every business; read-only to the application.';

-- [132/879] add table security_mgmt.security_events (schemas/security_mgmt.yaml:69:3)
CREATE TABLE "security_mgmt"."security_events" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
    "event_type" "security_mgmt"."security_event_type" NOT NULL,
    "severity" "security_mgmt"."severity" DEFAULT 'low' NOT NULL,
    "detector" text NOT NULL,
    "user_id" uuid,
    "ip_address" inet,
    "mitre_technique" text,
    "details" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "incident_id" uuid,
    "acknowledged_at" timestamp with time zone,
    CONSTRAINT "security_events_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "security_events_mitre_technique_check" CHECK (mitre_technique ~ '^T[0-9]{4}(\.[0-9]{3})?$')
);
COMMENT ON TABLE "security_mgmt"."security_events" IS 'Detections from the monitoring pipeline; related ones are grouped into an incident.';
COMMENT ON COLUMN "security_mgmt"."security_events"."detector" IS 'The rule or system that raised it.';
COMMENT ON COLUMN "security_mgmt"."security_events"."mitre_technique" IS 'MITRE ATT&CK technique, e.g. T1110.001.';

-- [133/879] add table security_mgmt.security_incidents (schemas/security_mgmt.yaml:37:3)
CREATE TABLE "security_mgmt"."security_incidents" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "incident_number" text NOT NULL,
    "title" text NOT NULL,
    "severity" "security_mgmt"."severity" DEFAULT 'medium' NOT NULL,
    "status" "security_mgmt"."incident_status" DEFAULT 'open' NOT NULL,
    "nist_function" "security_mgmt"."nist_function" DEFAULT 'respond' NOT NULL,
    "detected_at" timestamp with time zone NOT NULL,
    "contained_at" timestamp with time zone,
    "closed_at" timestamp with time zone,
    "assigned_to" uuid,
    "summary" text,
    "root_cause" text,
    "breach_notification_required" boolean DEFAULT false NOT NULL,
    "authorities_notified_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "security_incidents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "security_incidents_business_id_incident_number_key" UNIQUE ("business_id", "incident_number"),
    CONSTRAINT "security_incidents_contained_after_detection_check" CHECK (contained_at IS NULL OR contained_at >= detected_at),
    CONSTRAINT "security_incidents_closed_has_time_check" CHECK (status <> 'closed' OR closed_at IS NOT NULL)
);
COMMENT ON TABLE "security_mgmt"."security_incidents" IS 'A security incident, from detection to closure.';
COMMENT ON COLUMN "security_mgmt"."security_incidents"."authorities_notified_at" IS 'GDPR art. 33: within 72 hours of awareness.';

-- [134/879] add table security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:131:3)
CREATE TABLE "security_mgmt"."vulnerabilities" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "cve_id" text,
    "title" text NOT NULL,
    "asset" text NOT NULL,
    "cvss_score" numeric(3,1),
    "severity" "security_mgmt"."severity" NOT NULL,
    "status" "security_mgmt"."vulnerability_status" DEFAULT 'open' NOT NULL,
    "discovered_at" timestamp with time zone DEFAULT now() NOT NULL,
    "remediation_due_on" date,
    "remediated_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "vulnerabilities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "vulnerabilities_cve_id_check" CHECK (cve_id ~ '^CVE-[0-9]{4}-[0-9]{4,}$'),
    CONSTRAINT "vulnerabilities_cvss_score_check" CHECK (cvss_score BETWEEN 0 AND 10),
    CONSTRAINT "vulnerabilities_remediated_has_time_check" CHECK (status <> 'remediated' OR remediated_at IS NOT NULL)
);
COMMENT ON TABLE "security_mgmt"."vulnerabilities" IS 'Known vulnerabilities of a business''s assets and their remediation.';
COMMENT ON COLUMN "security_mgmt"."vulnerabilities"."asset" IS 'Host, application or device affected.';

-- [135/879] add table system_core.activity_events (schemas/system_core.yaml:17:3)
CREATE TABLE "system_core"."activity_events" (
    "business_id" uuid NOT NULL,
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "occurred_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    "actor_user_id" uuid,
    "vertical" "tenant_mgmt"."vertical",
    "entity_type" text NOT NULL,
    "entity_id" uuid,
    "action" text NOT NULL,
    "ip_address" inet,
    "user_agent" text,
    "request_id" uuid,
    "changes" jsonb,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "activity_events_pkey" PRIMARY KEY ("id", "occurred_at"),
    CONSTRAINT "activity_events_entity_type_lowercase_check" CHECK (entity_type = lower(entity_type)),
    CONSTRAINT "activity_events_action_lowercase_check" CHECK (action = lower(action))
) PARTITION BY RANGE ("occurred_at");
COMMENT ON TABLE "system_core"."activity_events" IS 'Who did what to which entity, in every schema. High volume: monthly range partitions on occurred_at, three made ahead; `provision partitions` (cron) keeps them current and drops those older than 24 months.';
COMMENT ON COLUMN "system_core"."activity_events"."occurred_at" IS 'Microsecond precision (timestamptz keeps microseconds by default); clock_timestamp() orders events within one transaction.';
COMMENT ON COLUMN "system_core"."activity_events"."actor_user_id" IS 'No foreign key on purpose; events outlive deleted users.';
COMMENT ON COLUMN "system_core"."activity_events"."entity_type" IS 'schema.table of the entity, e.g. hs.work_orders.';
COMMENT ON COLUMN "system_core"."activity_events"."action" IS 'Verb in snake_case, e.g. created, status_changed, exported.';
COMMENT ON COLUMN "system_core"."activity_events"."changes" IS 'Changed fields with old and new values.';
CREATE TABLE "system_core"."activity_events_p202601" PARTITION OF "system_core"."activity_events" FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE "system_core"."activity_events_p202602" PARTITION OF "system_core"."activity_events" FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE "system_core"."activity_events_p202603" PARTITION OF "system_core"."activity_events" FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
CREATE TABLE "system_core"."activity_events_p202604" PARTITION OF "system_core"."activity_events" FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');

-- [136/879] add table system_core.comments (schemas/system_core.yaml:154:3)
CREATE TABLE "system_core"."comments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "entity_type" text NOT NULL,
    "entity_id" uuid NOT NULL,
    "author_user_id" uuid NOT NULL,
    "parent_comment_id" uuid,
    "body" text NOT NULL,
    "mentions" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    "edited_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "comments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "comments_body_not_blank_check" CHECK (btrim(body) <> '')
);
COMMENT ON TABLE "system_core"."comments" IS 'Threaded comments on any entity, with mentions.';

-- [137/879] add table system_core.entity_tags (schemas/system_core.yaml:138:3)
CREATE TABLE "system_core"."entity_tags" (
    "business_id" uuid NOT NULL,
    "tag_id" uuid NOT NULL,
    "entity_type" text NOT NULL,
    "entity_id" uuid NOT NULL,
    "tagged_by" uuid,
    "tagged_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "entity_tags_pkey" PRIMARY KEY ("tag_id", "entity_type", "entity_id")
);
COMMENT ON TABLE "system_core"."entity_tags" IS 'A tag on an entity of any schema.';

-- [138/879] add table system_core.files (schemas/system_core.yaml:97:3)
CREATE TABLE "system_core"."files" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "uploaded_by" uuid,
    "entity_type" text,
    "entity_id" uuid,
    "file_name" text NOT NULL,
    "content_type" text NOT NULL,
    "size_bytes" bigint NOT NULL,
    "storage_key" text NOT NULL,
    "sha256" character(64),
    "scan_status" "system_core"."scan_status" DEFAULT 'pending' NOT NULL,
    "scanned_at" timestamp with time zone,
    "scan_engine" text,
    "quarantined" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "files_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "files_storage_key_key" UNIQUE ("storage_key"),
    CONSTRAINT "files_size_bytes_check" CHECK (size_bytes > 0),
    CONSTRAINT "files_sha256_check" CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "files_infected_is_quarantined_check" CHECK (scan_status <> 'infected' OR quarantined),
    CONSTRAINT "files_scanned_has_time_check" CHECK (scan_status NOT IN ('clean', 'infected') OR scanned_at IS NOT NULL)
);
COMMENT ON TABLE "system_core"."files" IS 'Uploaded files of any entity, kept in object storage, scanned for viruses before use.';
COMMENT ON COLUMN "system_core"."files"."entity_type" IS 'schema.table the file is attached to.';

-- [139/879] add table system_core.notifications (schemas/system_core.yaml:62:3)
CREATE TABLE "system_core"."notifications" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "recipient_user_id" uuid NOT NULL,
    "channel" "system_core"."notification_channel" NOT NULL,
    "template_key" text NOT NULL,
    "subject" text,
    "body" text NOT NULL,
    "payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "priority" smallint DEFAULT 3 NOT NULL,
    "status" "system_core"."notification_status" DEFAULT 'queued' NOT NULL,
    "scheduled_for" timestamp with time zone DEFAULT now() NOT NULL,
    "sent_at" timestamp with time zone,
    "delivered_at" timestamp with time zone,
    "read_at" timestamp with time zone,
    "attempts" smallint DEFAULT 0 NOT NULL,
    "last_error" text,
    "provider_message_id" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notifications_priority_check" CHECK (priority BETWEEN 1 AND 5),
    CONSTRAINT "notifications_attempts_check" CHECK (attempts >= 0),
    CONSTRAINT "notifications_email_has_subject_check" CHECK (channel <> 'email' OR subject IS NOT NULL),
    CONSTRAINT "notifications_failed_has_error_check" CHECK (status <> 'failed' OR last_error IS NOT NULL)
);
COMMENT ON TABLE "system_core"."notifications" IS 'A message to a user on one channel, with delivery tracking and retries.';
COMMENT ON COLUMN "system_core"."notifications"."template_key" IS 'e.g. work_order.assigned, payroll.stub_ready.';

-- [140/879] add table system_core.tags (schemas/system_core.yaml:128:3)
CREATE TABLE "system_core"."tags" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "slug" text NOT NULL,
    "name" text NOT NULL,
    "color" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "tags_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "tags_business_id_slug_key" UNIQUE ("business_id", "slug"),
    CONSTRAINT "tags_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "tags_color_check" CHECK (color ~ '^#[0-9a-f]{6}$')
);
COMMENT ON TABLE "system_core"."tags" IS 'Labels a business defines and puts on any entity.';

-- [141/879] add table tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
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

-- [142/879] add table tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:68:3)
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

-- [143/879] add table tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:38:3)
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

-- [144/879] add table tenant_mgmt.subscription_plans (schemas/tenant_mgmt.yaml:80:3)
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

-- [145/879] add table tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:100:3)
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

-- [146/879] add table tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:133:3)
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

-- [147/879] add table user_mgmt.audit_trail (schemas/user_mgmt.yaml:60:9)
CREATE TABLE "user_mgmt"."audit_trail" (
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
COMMENT ON TABLE "user_mgmt"."audit_trail" IS 'Hash-chained, append-only record of row changes.';

-- [148/879] add table user_mgmt.permissions (schemas/user_mgmt.yaml:32:3)
CREATE TABLE "user_mgmt"."permissions" (
    "code" text NOT NULL,
    "resource" text NOT NULL,
    "action" text NOT NULL,
    "description" text,
    "is_sensitive" boolean DEFAULT false NOT NULL,
    CONSTRAINT "permissions_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "permissions_code_check" CHECK (code = resource || ':' || action)
);
COMMENT ON TABLE "user_mgmt"."permissions" IS 'Reference data, the permission catalogue (resource:action). Shared by every business; read-only to the application.';
COMMENT ON COLUMN "user_mgmt"."permissions"."is_sensitive" IS 'Granting it is written to the audit trail with extra review.';

-- [149/879] add table user_mgmt.role_permissions (schemas/user_mgmt.yaml:150:3)
CREATE TABLE "user_mgmt"."role_permissions" (
    "business_id" uuid NOT NULL,
    "role_id" uuid NOT NULL,
    "permission_code" text NOT NULL,
    "granted_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "role_permissions_pkey" PRIMARY KEY ("role_id", "permission_code")
);
COMMENT ON TABLE "user_mgmt"."role_permissions" IS 'The catalogue permissions a role grants directly.';

-- [150/879] add table user_mgmt.roles (schemas/user_mgmt.yaml:127:3)
CREATE TABLE "user_mgmt"."roles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "parent_role_id" uuid,
    "code" text NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "is_system" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "roles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "roles_business_id_code_key" UNIQUE ("business_id", "code"),
    CONSTRAINT "roles_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "roles_code_check" CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    CONSTRAINT "roles_not_own_parent_check" CHECK (parent_role_id IS NULL OR parent_role_id <> id)
);
COMMENT ON TABLE "user_mgmt"."roles" IS 'Roles of a business; a role inherits every permission of its parent (hierarchical RBAC).';
COMMENT ON COLUMN "user_mgmt"."roles"."is_system" IS 'Created with the business; cannot be deleted.';

-- [151/879] add table user_mgmt.user_identities (schemas/user_mgmt.yaml:95:3)
CREATE TABLE "user_mgmt"."user_identities" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "method" "user_mgmt"."auth_method" NOT NULL,
    "provider" text,
    "subject" text NOT NULL,
    "secret_hash" text,
    "public_key" bytea,
    "sign_count" bigint DEFAULT 0 NOT NULL,
    "is_primary" boolean DEFAULT false NOT NULL,
    "verified_at" timestamp with time zone,
    "last_used_at" timestamp with time zone,
    "revoked_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_identities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_identities_business_id_method_subject_key" UNIQUE ("business_id", "method", "subject"),
    CONSTRAINT "user_identities_password_has_hash_check" CHECK (method NOT IN ('password', 'totp') OR secret_hash IS NOT NULL),
    CONSTRAINT "user_identities_key_methods_have_key_check" CHECK (method NOT IN ('webauthn', 'passkey', 'biometric') OR public_key IS NOT NULL)
);
COMMENT ON TABLE "user_mgmt"."user_identities" IS 'One way a user signs in (password, passkey, Google, SAML, ...). A user may have several.';
COMMENT ON COLUMN "user_mgmt"."user_identities"."provider" IS 'IdP or issuer for federated methods (e.g. the SAML entity id).';
COMMENT ON COLUMN "user_mgmt"."user_identities"."subject" IS 'Login name, federated subject, phone number or credential id, per method.';
COMMENT ON COLUMN "user_mgmt"."user_identities"."secret_hash" IS 'Password hash or TOTP seed (encrypted); never the secret itself.';
COMMENT ON COLUMN "user_mgmt"."user_identities"."public_key" IS 'WebAuthn/passkey public key (COSE).';

-- [152/879] add table user_mgmt.user_roles (schemas/user_mgmt.yaml:169:3)
CREATE TABLE "user_mgmt"."user_roles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "role_id" uuid NOT NULL,
    "location_id" uuid,
    "granted_by" uuid,
    "granted_at" timestamp with time zone DEFAULT now() NOT NULL,
    "expires_at" timestamp with time zone,
    CONSTRAINT "user_roles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_roles_expires_after_grant_check" CHECK (expires_at IS NULL OR expires_at > granted_at)
);
COMMENT ON TABLE "user_mgmt"."user_roles" IS 'A role held by a user, business-wide or limited to one location of a vertical.';
COMMENT ON COLUMN "user_mgmt"."user_roles"."location_id" IS 'A store, shop or restaurant of the vertical schemas; NULL for business-wide.';

-- [153/879] add table user_mgmt.user_sessions (schemas/user_mgmt.yaml:205:3)
CREATE TABLE "user_mgmt"."user_sessions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "identity_id" uuid,
    "token_hash" text NOT NULL,
    "device_fingerprint" text,
    "device" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "ip_address" inet,
    "geo" jsonb,
    "risk_score" smallint DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
    "expires_at" timestamp with time zone NOT NULL,
    "revoked_at" timestamp with time zone,
    "revoke_reason" text,
    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_sessions_token_hash_key" UNIQUE ("token_hash"),
    CONSTRAINT "user_sessions_risk_score_check" CHECK (risk_score BETWEEN 0 AND 100),
    CONSTRAINT "user_sessions_expires_after_creation_check" CHECK (expires_at > created_at)
);
COMMENT ON TABLE "user_mgmt"."user_sessions" IS 'Sessions with the device they come from and a risk score per sign-in.';
COMMENT ON COLUMN "user_mgmt"."user_sessions"."device" IS 'Platform, browser, app version.';
COMMENT ON COLUMN "user_mgmt"."user_sessions"."geo" IS 'Country, region and city resolved from the IP address.';

-- [154/879] add table user_mgmt.users (schemas/user_mgmt.yaml:54:3)
CREATE TABLE "user_mgmt"."users" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "business_id" uuid NOT NULL,
    "email" citext NOT NULL,
    "first_name" text NOT NULL,
    "last_name" text NOT NULL,
    "display_name" text NOT NULL,
    "phone" text,
    "status" "user_mgmt"."user_status" DEFAULT 'invited' NOT NULL,
    "locale" text DEFAULT 'en' NOT NULL,
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "mfa_required" boolean DEFAULT false NOT NULL,
    "risk_score" smallint DEFAULT 0 NOT NULL,
    "last_login_at" timestamp with time zone,
    "attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "search_vector" tsvector,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_business_id_id_key" UNIQUE ("business_id", "id"),
    CONSTRAINT "users_risk_score_check" CHECK (risk_score BETWEEN 0 AND 100),
    CONSTRAINT "users_email_shape_check" CHECK (email ~ '^[^@\s]+@[^@\s]+$')
);
COMMENT ON TABLE "user_mgmt"."users" IS 'A person who signs in to a business (owner, staff, technician, cashier, ...).';
COMMENT ON COLUMN "user_mgmt"."users"."risk_score" IS 'Behavioural risk (0 = normal), raised by security_mgmt detections.';
COMMENT ON COLUMN "user_mgmt"."users"."attributes" IS 'Attributes for attribute-based rules (department, region, ...).';

-- [155/879] add index audit_trail_table_name_changed_at_idx on auto.audit_trail (schemas/auto.yaml:109:50)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "auto"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [156/879] add index customers_business_id_idx on auto.customers (schemas/auto.yaml:18:23)
CREATE INDEX "customers_business_id_idx"
    ON "auto"."customers" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [157/879] add index customers_business_id_last_name_first_name_idx on auto.customers (schemas/auto.yaml:34:16)
CREATE INDEX "customers_business_id_last_name_first_name_idx"
    ON "auto"."customers" USING BTREE ("business_id", "last_name", "first_name") WHERE deleted_at IS NULL;

-- [158/879] add index customers_business_id_phone_idx on auto.customers (schemas/auto.yaml:35:16)
CREATE INDEX "customers_business_id_phone_idx"
    ON "auto"."customers" USING BTREE ("business_id", "phone") WHERE phone IS NOT NULL;

-- [159/879] add index diagnostic_scans_business_id_idx on auto.diagnostic_scans (schemas/auto.yaml:199:23)
CREATE INDEX "diagnostic_scans_business_id_idx"
    ON "auto"."diagnostic_scans" USING BTREE ("business_id");

-- [160/879] add index diagnostic_scans_vehicle_id_scanned_at_idx on auto.diagnostic_scans (schemas/auto.yaml:224:16)
CREATE INDEX "diagnostic_scans_vehicle_id_scanned_at_idx"
    ON "auto"."diagnostic_scans" USING BTREE ("vehicle_id", "scanned_at" DESC);

-- [161/879] add index diagnostic_scans_dtc_codes_idx on auto.diagnostic_scans (schemas/auto.yaml:225:16)
CREATE INDEX "diagnostic_scans_dtc_codes_idx"
    ON "auto"."diagnostic_scans" USING GIN ("dtc_codes");

-- [162/879] add index parts_business_id_idx on auto.parts (schemas/auto.yaml:80:9)
CREATE INDEX "parts_business_id_idx"
    ON "auto"."parts" USING BTREE ("business_id");

-- [163/879] add index parts_business_id_category_idx on auto.parts (schemas/auto.yaml:101:16)
CREATE INDEX "parts_business_id_category_idx"
    ON "auto"."parts" USING BTREE ("business_id", "category");

-- [164/879] add index parts_to_reorder_idx on auto.parts (schemas/auto.yaml:102:16)
CREATE INDEX "parts_to_reorder_idx"
    ON "auto"."parts" USING BTREE ("business_id") WHERE reorder_point IS NOT NULL AND quantity_on_hand <= reorder_point;

-- [165/879] add index parts_fitment_idx on auto.parts (schemas/auto.yaml:105:16)
CREATE INDEX "parts_fitment_idx"
    ON "auto"."parts" USING GIN ("fitment");

-- [166/879] add index parts_search_vector_idx on auto.parts (schemas/auto.yaml:82:9)
CREATE INDEX "parts_search_vector_idx"
    ON "auto"."parts" USING GIN ("search_vector");

-- [167/879] add index repair_order_lines_business_id_idx on auto.repair_order_lines (schemas/auto.yaml:160:23)
CREATE INDEX "repair_order_lines_business_id_idx"
    ON "auto"."repair_order_lines" USING BTREE ("business_id");

-- [168/879] add index repair_order_lines_part_id_idx on auto.repair_order_lines (schemas/auto.yaml:195:16)
CREATE INDEX "repair_order_lines_part_id_idx"
    ON "auto"."repair_order_lines" USING BTREE ("part_id") WHERE part_id IS NOT NULL;

-- [169/879] add index repair_orders_business_id_idx on auto.repair_orders (schemas/auto.yaml:109:23)
CREATE INDEX "repair_orders_business_id_idx"
    ON "auto"."repair_orders" USING BTREE ("business_id");

-- [170/879] add index repair_orders_open_idx on auto.repair_orders (schemas/auto.yaml:154:16)
CREATE INDEX "repair_orders_open_idx"
    ON "auto"."repair_orders" USING BTREE ("business_id", "status", "promised_at") WHERE status NOT IN ('closed', 'cancelled');

-- [171/879] add index repair_orders_vehicle_id_opened_at_idx on auto.repair_orders (schemas/auto.yaml:157:16)
CREATE INDEX "repair_orders_vehicle_id_opened_at_idx"
    ON "auto"."repair_orders" USING BTREE ("vehicle_id", "opened_at" DESC);

-- [172/879] add index vehicles_business_id_idx on auto.vehicles (schemas/auto.yaml:39:23)
CREATE INDEX "vehicles_business_id_idx"
    ON "auto"."vehicles" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [173/879] add index vehicles_vin_key on auto.vehicles (schemas/auto.yaml:67:16)
CREATE UNIQUE INDEX "vehicles_vin_key"
    ON "auto"."vehicles" USING BTREE ("business_id", "vin") WHERE vin IS NOT NULL AND deleted_at IS NULL;

-- [174/879] add index vehicles_customer_id_idx on auto.vehicles (schemas/auto.yaml:71:9)
CREATE INDEX "vehicles_customer_id_idx"
    ON "auto"."vehicles" USING BTREE ("customer_id") WHERE deleted_at IS NULL;

-- [175/879] add index vehicles_business_id_license_plate_idx on auto.vehicles (schemas/auto.yaml:72:16)
CREATE INDEX "vehicles_business_id_license_plate_idx"
    ON "auto"."vehicles" USING BTREE ("business_id", "license_plate") WHERE license_plate IS NOT NULL;

-- [176/879] add index vehicles_adas_features_idx on auto.vehicles (schemas/auto.yaml:74:16)
CREATE INDEX "vehicles_adas_features_idx"
    ON "auto"."vehicles" USING GIN ("adas_features") WHERE deleted_at IS NULL;

-- [177/879] add index courses_business_id_idx on courses.courses (schemas/courses.yaml:19:9)
CREATE INDEX "courses_business_id_idx"
    ON "courses"."courses" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [178/879] add index courses_business_id_slug_key on courses.courses (schemas/courses.yaml:39:16)
CREATE UNIQUE INDEX "courses_business_id_slug_key"
    ON "courses"."courses" USING BTREE ("business_id", "slug") WHERE deleted_at IS NULL;

-- [179/879] add index courses_published_idx on courses.courses (schemas/courses.yaml:41:16)
CREATE INDEX "courses_published_idx"
    ON "courses"."courses" USING BTREE ("business_id", "vertical") WHERE status = 'published';

-- [180/879] add index courses_search_vector_idx on courses.courses (schemas/courses.yaml:22:9)
CREATE INDEX "courses_search_vector_idx"
    ON "courses"."courses" USING GIN ("search_vector");

-- [181/879] add index enrollments_business_id_idx on courses.enrollments (schemas/courses.yaml:67:23)
CREATE INDEX "enrollments_business_id_idx"
    ON "courses"."enrollments" USING BTREE ("business_id");

-- [182/879] add index enrollments_user_id_status_idx on courses.enrollments (schemas/courses.yaml:93:16)
CREATE INDEX "enrollments_user_id_status_idx"
    ON "courses"."enrollments" USING BTREE ("user_id", "status");

-- [183/879] add index enrollments_certificate_key on courses.enrollments (schemas/courses.yaml:94:16)
CREATE UNIQUE INDEX "enrollments_certificate_key"
    ON "courses"."enrollments" USING BTREE ("business_id", "certificate_number") WHERE certificate_number IS NOT NULL;

-- [184/879] add index lessons_business_id_idx on courses.lessons (schemas/courses.yaml:46:23)
CREATE INDEX "lessons_business_id_idx"
    ON "courses"."lessons" USING BTREE ("business_id");

-- [185/879] add index audit_trail_table_name_changed_at_idx on hs.audit_trail (schemas/hs.yaml:119:9)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "hs"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [186/879] add index customers_business_id_idx on hs.customers (schemas/hs.yaml:35:9)
CREATE INDEX "customers_business_id_idx"
    ON "hs"."customers" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [187/879] add index customers_business_id_email_idx on hs.customers (schemas/hs.yaml:53:16)
CREATE INDEX "customers_business_id_email_idx"
    ON "hs"."customers" USING BTREE ("business_id", "email") WHERE email IS NOT NULL;

-- [188/879] add index customers_custom_fields_idx on hs.customers (schemas/hs.yaml:38:9)
CREATE INDEX "customers_custom_fields_idx"
    ON "hs"."customers" USING GIN ("custom_fields");

-- [189/879] add index customers_search_vector_idx on hs.customers (schemas/hs.yaml:39:9)
CREATE INDEX "customers_search_vector_idx"
    ON "hs"."customers" USING GIN ("search_vector");

-- [190/879] add index properties_business_id_idx on hs.properties (schemas/hs.yaml:57:23)
CREATE INDEX "properties_business_id_idx"
    ON "hs"."properties" USING BTREE ("business_id");

-- [191/879] add index properties_customer_id_idx on hs.properties (schemas/hs.yaml:80:9)
CREATE INDEX "properties_customer_id_idx"
    ON "hs"."properties" USING BTREE ("customer_id");

-- [192/879] add index properties_business_id_postal_code_idx on hs.properties (schemas/hs.yaml:81:16)
CREATE INDEX "properties_business_id_postal_code_idx"
    ON "hs"."properties" USING BTREE ("business_id", "postal_code");

-- [193/879] add index properties_equipment_idx on hs.properties (schemas/hs.yaml:82:16)
CREATE INDEX "properties_equipment_idx"
    ON "hs"."properties" USING GIN ("equipment");

-- [194/879] add index quality_inspections_business_id_idx on hs.quality_inspections (schemas/hs.yaml:176:23)
CREATE INDEX "quality_inspections_business_id_idx"
    ON "hs"."quality_inspections" USING BTREE ("business_id");

-- [195/879] add index quality_inspections_work_order_id_idx on hs.quality_inspections (schemas/hs.yaml:200:9)
CREATE INDEX "quality_inspections_work_order_id_idx"
    ON "hs"."quality_inspections" USING BTREE ("work_order_id");

-- [196/879] add index quality_inspections_safety_idx on hs.quality_inspections (schemas/hs.yaml:201:16)
CREATE INDEX "quality_inspections_safety_idx"
    ON "hs"."quality_inspections" USING BTREE ("business_id", "inspected_at" DESC) WHERE safety_incident;

-- [197/879] add index technicians_business_id_idx on hs.technicians (schemas/hs.yaml:86:23)
CREATE INDEX "technicians_business_id_idx"
    ON "hs"."technicians" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [198/879] add index technicians_business_id_employee_number_key on hs.technicians (schemas/hs.yaml:107:16)
CREATE UNIQUE INDEX "technicians_business_id_employee_number_key"
    ON "hs"."technicians" USING BTREE ("business_id", "employee_number") WHERE deleted_at IS NULL;

-- [199/879] add index technicians_skills_idx on hs.technicians (schemas/hs.yaml:109:16)
CREATE INDEX "technicians_skills_idx"
    ON "hs"."technicians" USING GIN ("skills") WHERE deleted_at IS NULL;

-- [200/879] add index technicians_osha_training_expires_on_idx on hs.technicians (schemas/hs.yaml:111:16)
CREATE INDEX "technicians_osha_training_expires_on_idx"
    ON "hs"."technicians" USING BTREE ("osha_training_expires_on") WHERE osha_training_expires_on IS NOT NULL;

-- [201/879] add index work_orders_business_id_idx on hs.work_orders (schemas/hs.yaml:117:9)
CREATE INDEX "work_orders_business_id_idx"
    ON "hs"."work_orders" USING BTREE ("business_id");

-- [202/879] add index work_orders_business_id_status_scheduled_start_idx on hs.work_orders (schemas/hs.yaml:161:16)
CREATE INDEX "work_orders_business_id_status_scheduled_start_idx"
    ON "hs"."work_orders" USING BTREE ("business_id", "status", "scheduled_start");

-- [203/879] add index work_orders_technician_day_idx on hs.work_orders (schemas/hs.yaml:162:16)
CREATE INDEX "work_orders_technician_day_idx"
    ON "hs"."work_orders" USING BTREE ("assigned_technician_id", "scheduled_start") WHERE status IN ('scheduled', 'dispatched', 'en_route', 'on_site', 'in_progress');

-- [204/879] add index work_orders_property_id_created_at_idx on hs.work_orders (schemas/hs.yaml:165:16)
CREATE INDEX "work_orders_property_id_created_at_idx"
    ON "hs"."work_orders" USING BTREE ("property_id", "created_at" DESC);

-- [205/879] add index work_orders_details_idx on hs.work_orders (schemas/hs.yaml:166:16)
CREATE INDEX "work_orders_details_idx"
    ON "hs"."work_orders" USING GIN ("details");

-- [206/879] add index work_orders_search_vector_idx on hs.work_orders (schemas/hs.yaml:120:9)
CREATE INDEX "work_orders_search_vector_idx"
    ON "hs"."work_orders" USING GIN ("search_vector");

-- [207/879] add index audit_trail_table_name_changed_at_idx on payroll.audit_trail (schemas/payroll.yaml:16:50)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "payroll"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [208/879] add index employees_business_id_idx on payroll.employees (schemas/payroll.yaml:16:23)
CREATE INDEX "employees_business_id_idx"
    ON "payroll"."employees" USING BTREE ("business_id");

-- [209/879] add index pay_runs_business_id_idx on payroll.pay_runs (schemas/payroll.yaml:41:23)
CREATE INDEX "pay_runs_business_id_idx"
    ON "payroll"."pay_runs" USING BTREE ("business_id");

-- [210/879] add index pay_runs_business_id_pay_date_idx on payroll.pay_runs (schemas/payroll.yaml:66:16)
CREATE INDEX "pay_runs_business_id_pay_date_idx"
    ON "payroll"."pay_runs" USING BTREE ("business_id", "pay_date" DESC);

-- [211/879] add index pay_stubs_business_id_idx on payroll.pay_stubs (schemas/payroll.yaml:69:23)
CREATE INDEX "pay_stubs_business_id_idx"
    ON "payroll"."pay_stubs" USING BTREE ("business_id");

-- [212/879] add index pay_stubs_employee_id_idx on payroll.pay_stubs (schemas/payroll.yaml:97:9)
CREATE INDEX "pay_stubs_employee_id_idx"
    ON "payroll"."pay_stubs" USING BTREE ("employee_id");

-- [213/879] add index audit_trail_table_name_changed_at_idx on rest.audit_trail (schemas/rest.yaml:55:50)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "rest"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [214/879] add index haccp_logs_business_id_idx on rest.haccp_logs (schemas/rest.yaml:156:23)
CREATE INDEX "haccp_logs_business_id_idx"
    ON "rest"."haccp_logs" USING BTREE ("business_id");

-- [215/879] add index haccp_logs_business_id_recorded_at_idx on rest.haccp_logs (schemas/rest.yaml:185:16)
CREATE INDEX "haccp_logs_business_id_recorded_at_idx"
    ON "rest"."haccp_logs" USING BTREE ("business_id", "recorded_at" DESC);

-- [216/879] add index haccp_logs_deviations_idx on rest.haccp_logs (schemas/rest.yaml:186:16)
CREATE INDEX "haccp_logs_deviations_idx"
    ON "rest"."haccp_logs" USING BTREE ("business_id", "recorded_at" DESC) WHERE NOT within_limits;

-- [217/879] add index kitchen_tickets_business_id_idx on rest.kitchen_tickets (schemas/rest.yaml:130:23)
CREATE INDEX "kitchen_tickets_business_id_idx"
    ON "rest"."kitchen_tickets" USING BTREE ("business_id");

-- [218/879] add index kitchen_tickets_board_idx on rest.kitchen_tickets (schemas/rest.yaml:150:16)
CREATE INDEX "kitchen_tickets_board_idx"
    ON "rest"."kitchen_tickets" USING BTREE ("business_id", "station", "created_at") WHERE status IN ('queued', 'firing');

-- [219/879] add index kitchen_tickets_order_id_idx on rest.kitchen_tickets (schemas/rest.yaml:153:9)
CREATE INDEX "kitchen_tickets_order_id_idx"
    ON "rest"."kitchen_tickets" USING BTREE ("order_id");

-- [220/879] add index menu_items_business_id_idx on rest.menu_items (schemas/rest.yaml:27:9)
CREATE INDEX "menu_items_business_id_idx"
    ON "rest"."menu_items" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [221/879] add index menu_items_available_idx on rest.menu_items (schemas/rest.yaml:46:16)
CREATE INDEX "menu_items_available_idx"
    ON "rest"."menu_items" USING BTREE ("business_id", "category") WHERE is_available;

-- [222/879] add index menu_items_allergens_idx on rest.menu_items (schemas/rest.yaml:49:16)
CREATE INDEX "menu_items_allergens_idx"
    ON "rest"."menu_items" USING GIN ("allergens") WHERE deleted_at IS NULL;

-- [223/879] add index menu_items_dietary_idx on rest.menu_items (schemas/rest.yaml:51:16)
CREATE INDEX "menu_items_dietary_idx"
    ON "rest"."menu_items" USING GIN ("dietary") WHERE deleted_at IS NULL;

-- [224/879] add index menu_items_search_vector_idx on rest.menu_items (schemas/rest.yaml:30:9)
CREATE INDEX "menu_items_search_vector_idx"
    ON "rest"."menu_items" USING GIN ("search_vector");

-- [225/879] add index order_items_business_id_idx on rest.order_items (schemas/rest.yaml:98:23)
CREATE INDEX "order_items_business_id_idx"
    ON "rest"."order_items" USING BTREE ("business_id");

-- [226/879] add index order_items_order_id_idx on rest.order_items (schemas/rest.yaml:126:9)
CREATE INDEX "order_items_order_id_idx"
    ON "rest"."order_items" USING BTREE ("order_id");

-- [227/879] add index order_items_menu_item_id_idx on rest.order_items (schemas/rest.yaml:127:9)
CREATE INDEX "order_items_menu_item_id_idx"
    ON "rest"."order_items" USING BTREE ("menu_item_id");

-- [228/879] add index orders_business_id_idx on rest.orders (schemas/rest.yaml:55:23)
CREATE INDEX "orders_business_id_idx"
    ON "rest"."orders" USING BTREE ("business_id");

-- [229/879] add index orders_business_id_opened_at_idx on rest.orders (schemas/rest.yaml:88:16)
CREATE INDEX "orders_business_id_opened_at_idx"
    ON "rest"."orders" USING BTREE ("business_id", "opened_at" DESC);

-- [230/879] add index orders_open_idx on rest.orders (schemas/rest.yaml:89:16)
CREATE INDEX "orders_open_idx"
    ON "rest"."orders" USING BTREE ("business_id", "status") WHERE status IN ('open', 'sent_to_kitchen', 'ready', 'served');

-- [231/879] add index orders_external_key on rest.orders (schemas/rest.yaml:92:16)
CREATE UNIQUE INDEX "orders_external_key"
    ON "rest"."orders" USING BTREE ("delivery_provider", "external_order_id") WHERE external_order_id IS NOT NULL;

-- [232/879] add index inventory_levels_business_id_idx on ret.inventory_levels (schemas/ret.yaml:68:14)
CREATE INDEX "inventory_levels_business_id_idx"
    ON "ret"."inventory_levels" USING BTREE ("business_id");

-- [233/879] add index inventory_levels_product_id_idx on ret.inventory_levels (schemas/ret.yaml:89:9)
CREATE INDEX "inventory_levels_product_id_idx"
    ON "ret"."inventory_levels" USING BTREE ("product_id");

-- [234/879] add index inventory_levels_reorder_idx on ret.inventory_levels (schemas/ret.yaml:90:16)
CREATE INDEX "inventory_levels_reorder_idx"
    ON "ret"."inventory_levels" USING BTREE ("location_id") WHERE reorder_point IS NOT NULL AND on_hand - reserved <= reorder_point;

-- [235/879] add index locations_business_id_idx on ret.locations (schemas/ret.yaml:19:23)
CREATE INDEX "locations_business_id_idx"
    ON "ret"."locations" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [236/879] add index locations_business_id_code_key on ret.locations (schemas/ret.yaml:31:16)
CREATE UNIQUE INDEX "locations_business_id_code_key"
    ON "ret"."locations" USING BTREE ("business_id", "code") WHERE deleted_at IS NULL;

-- [237/879] add index loyalty_accounts_business_id_idx on ret.loyalty_accounts (schemas/ret.yaml:95:23)
CREATE INDEX "loyalty_accounts_business_id_idx"
    ON "ret"."loyalty_accounts" USING BTREE ("business_id");

-- [238/879] add index loyalty_accounts_email_key on ret.loyalty_accounts (schemas/ret.yaml:110:16)
CREATE UNIQUE INDEX "loyalty_accounts_email_key"
    ON "ret"."loyalty_accounts" USING BTREE ("business_id", "email") WHERE email IS NOT NULL;

-- [239/879] add index loyalty_accounts_business_id_tier_idx on ret.loyalty_accounts (schemas/ret.yaml:114:16)
CREATE INDEX "loyalty_accounts_business_id_tier_idx"
    ON "ret"."loyalty_accounts" USING BTREE ("business_id", "tier");

-- [240/879] add index order_lines_business_id_idx on ret.order_lines (schemas/ret.yaml:156:23)
CREATE INDEX "order_lines_business_id_idx"
    ON "ret"."order_lines" USING BTREE ("business_id");

-- [241/879] add index order_lines_order_id_idx on ret.order_lines (schemas/ret.yaml:179:9)
CREATE INDEX "order_lines_order_id_idx"
    ON "ret"."order_lines" USING BTREE ("order_id");

-- [242/879] add index order_lines_product_id_idx on ret.order_lines (schemas/ret.yaml:180:9)
CREATE INDEX "order_lines_product_id_idx"
    ON "ret"."order_lines" USING BTREE ("product_id");

-- [243/879] add index orders_business_id_idx on ret.orders (schemas/ret.yaml:117:23)
CREATE INDEX "orders_business_id_idx"
    ON "ret"."orders" USING BTREE ("business_id");

-- [244/879] add index orders_business_id_status_placed_at_idx on ret.orders (schemas/ret.yaml:151:16)
CREATE INDEX "orders_business_id_status_placed_at_idx"
    ON "ret"."orders" USING BTREE ("business_id", "status", "placed_at" DESC);

-- [245/879] add index orders_loyalty_account_id_placed_at_idx on ret.orders (schemas/ret.yaml:152:16)
CREATE INDEX "orders_loyalty_account_id_placed_at_idx"
    ON "ret"."orders" USING BTREE ("loyalty_account_id", "placed_at" DESC) WHERE loyalty_account_id IS NOT NULL;

-- [246/879] add index products_business_id_idx on ret.products (schemas/ret.yaml:37:9)
CREATE INDEX "products_business_id_idx"
    ON "ret"."products" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [247/879] add index products_business_id_sku_key on ret.products (schemas/ret.yaml:58:16)
CREATE UNIQUE INDEX "products_business_id_sku_key"
    ON "ret"."products" USING BTREE ("business_id", "sku") WHERE deleted_at IS NULL;

-- [248/879] add index products_business_id_parent_sku_idx on ret.products (schemas/ret.yaml:60:16)
CREATE INDEX "products_business_id_parent_sku_idx"
    ON "ret"."products" USING BTREE ("business_id", "parent_sku") WHERE parent_sku IS NOT NULL;

-- [249/879] add index products_barcode_idx on ret.products (schemas/ret.yaml:62:16)
CREATE INDEX "products_barcode_idx"
    ON "ret"."products" USING BTREE ("barcode") WHERE barcode IS NOT NULL;

-- [250/879] add index products_attributes_idx on ret.products (schemas/ret.yaml:64:16)
CREATE INDEX "products_attributes_idx"
    ON "ret"."products" USING GIN ("attributes") WHERE deleted_at IS NULL;

-- [251/879] add index products_custom_fields_idx on ret.products (schemas/ret.yaml:40:9)
CREATE INDEX "products_custom_fields_idx"
    ON "ret"."products" USING GIN ("custom_fields");

-- [252/879] add index products_search_vector_idx on ret.products (schemas/ret.yaml:41:9)
CREATE INDEX "products_search_vector_idx"
    ON "ret"."products" USING GIN ("search_vector");

-- [253/879] add index api_keys_business_id_idx on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:23)
CREATE INDEX "api_keys_business_id_idx"
    ON "security_mgmt"."api_keys" USING BTREE ("business_id");

-- [254/879] add index api_keys_live_idx on security_mgmt.api_keys (schemas/security_mgmt.yaml:172:16)
CREATE INDEX "api_keys_live_idx"
    ON "security_mgmt"."api_keys" USING BTREE ("business_id") WHERE revoked_at IS NULL;

-- [255/879] add index api_keys_scopes_idx on security_mgmt.api_keys (schemas/security_mgmt.yaml:175:16)
CREATE INDEX "api_keys_scopes_idx"
    ON "security_mgmt"."api_keys" USING GIN ("scopes");

-- [256/879] add index audit_trail_table_name_changed_at_idx on security_mgmt.audit_trail (schemas/security_mgmt.yaml:38:50)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "security_mgmt"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [257/879] add index compliance_controls_business_id_idx on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:23)
CREATE INDEX "compliance_controls_business_id_idx"
    ON "security_mgmt"."compliance_controls" USING BTREE ("business_id");

-- [258/879] add index compliance_controls_review_idx on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:127:16)
CREATE INDEX "compliance_controls_review_idx"
    ON "security_mgmt"."compliance_controls" USING BTREE ("business_id", "next_review_on") WHERE status NOT IN ('not_applicable');

-- [259/879] add index security_events_business_id_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:70:23)
CREATE INDEX "security_events_business_id_idx"
    ON "security_mgmt"."security_events" USING BTREE ("business_id");

-- [260/879] add index security_events_business_id_occurred_at_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:92:16)
CREATE INDEX "security_events_business_id_occurred_at_idx"
    ON "security_mgmt"."security_events" USING BTREE ("business_id", "occurred_at" DESC);

-- [261/879] add index security_events_unacknowledged_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:93:16)
CREATE INDEX "security_events_unacknowledged_idx"
    ON "security_mgmt"."security_events" USING BTREE ("business_id", "severity", "occurred_at" DESC) WHERE acknowledged_at IS NULL AND severity IN ('high', 'critical');

-- [262/879] add index security_events_user_id_occurred_at_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:96:16)
CREATE INDEX "security_events_user_id_occurred_at_idx"
    ON "security_mgmt"."security_events" USING BTREE ("user_id", "occurred_at" DESC) WHERE user_id IS NOT NULL;

-- [263/879] add index security_events_details_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:98:16)
CREATE INDEX "security_events_details_idx"
    ON "security_mgmt"."security_events" USING GIN ("details");

-- [264/879] add index security_incidents_business_id_idx on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:23)
CREATE INDEX "security_incidents_business_id_idx"
    ON "security_mgmt"."security_incidents" USING BTREE ("business_id");

-- [265/879] add index security_incidents_open_idx on security_mgmt.security_incidents (schemas/security_mgmt.yaml:65:16)
CREATE INDEX "security_incidents_open_idx"
    ON "security_mgmt"."security_incidents" USING BTREE ("business_id", "severity", "detected_at" DESC) WHERE status <> 'closed';

-- [266/879] add index vulnerabilities_business_id_idx on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:132:23)
CREATE INDEX "vulnerabilities_business_id_idx"
    ON "security_mgmt"."vulnerabilities" USING BTREE ("business_id");

-- [267/879] add index vulnerabilities_open_idx on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:147:16)
CREATE INDEX "vulnerabilities_open_idx"
    ON "security_mgmt"."vulnerabilities" USING BTREE ("business_id", "remediation_due_on") WHERE status = 'open';

-- [268/879] add index vulnerabilities_cve_id_idx on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:150:16)
CREATE INDEX "vulnerabilities_cve_id_idx"
    ON "security_mgmt"."vulnerabilities" USING BTREE ("cve_id") WHERE cve_id IS NOT NULL;

-- [269/879] add index activity_events_business_id_idx on system_core.activity_events (schemas/system_core.yaml:18:14)
CREATE INDEX "activity_events_business_id_idx"
    ON "system_core"."activity_events" USING BTREE ("business_id");

-- [270/879] add index activity_events_business_id_occurred_at_idx on system_core.activity_events (schemas/system_core.yaml:49:16)
CREATE INDEX "activity_events_business_id_occurred_at_idx"
    ON "system_core"."activity_events" USING BTREE ("business_id", "occurred_at" DESC);

-- [271/879] add index activity_events_entity_idx on system_core.activity_events (schemas/system_core.yaml:50:16)
CREATE INDEX "activity_events_entity_idx"
    ON "system_core"."activity_events" USING BTREE ("entity_type", "entity_id", "occurred_at" DESC) WHERE entity_id IS NOT NULL;

-- [272/879] add index activity_events_actor_idx on system_core.activity_events (schemas/system_core.yaml:53:16)
CREATE INDEX "activity_events_actor_idx"
    ON "system_core"."activity_events" USING BTREE ("actor_user_id", "occurred_at" DESC) WHERE actor_user_id IS NOT NULL;

-- [273/879] add index activity_events_metadata_idx on system_core.activity_events (schemas/system_core.yaml:56:16)
CREATE INDEX "activity_events_metadata_idx"
    ON "system_core"."activity_events" USING GIN ("metadata");

-- [274/879] add index activity_events_occurred_brin on system_core.activity_events (schemas/system_core.yaml:58:16)
CREATE INDEX "activity_events_occurred_brin"
    ON "system_core"."activity_events" USING BRIN ("occurred_at");

-- [275/879] add index comments_business_id_idx on system_core.comments (schemas/system_core.yaml:155:23)
CREATE INDEX "comments_business_id_idx"
    ON "system_core"."comments" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [276/879] add index comments_entity_type_entity_id_created_at_idx on system_core.comments (schemas/system_core.yaml:176:16)
CREATE INDEX "comments_entity_type_entity_id_created_at_idx"
    ON "system_core"."comments" USING BTREE ("entity_type", "entity_id", "created_at") WHERE deleted_at IS NULL;

-- [277/879] add index comments_mentions_idx on system_core.comments (schemas/system_core.yaml:177:16)
CREATE INDEX "comments_mentions_idx"
    ON "system_core"."comments" USING GIN ("mentions") WHERE deleted_at IS NULL;

-- [278/879] add index entity_tags_business_id_idx on system_core.entity_tags (schemas/system_core.yaml:139:14)
CREATE INDEX "entity_tags_business_id_idx"
    ON "system_core"."entity_tags" USING BTREE ("business_id");

-- [279/879] add index entity_tags_entity_type_entity_id_idx on system_core.entity_tags (schemas/system_core.yaml:152:9)
CREATE INDEX "entity_tags_entity_type_entity_id_idx"
    ON "system_core"."entity_tags" USING BTREE ("entity_type", "entity_id");

-- [280/879] add index files_business_id_idx on system_core.files (schemas/system_core.yaml:98:23)
CREATE INDEX "files_business_id_idx"
    ON "system_core"."files" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [281/879] add index files_entity_type_entity_id_idx on system_core.files (schemas/system_core.yaml:122:16)
CREATE INDEX "files_entity_type_entity_id_idx"
    ON "system_core"."files" USING BTREE ("entity_type", "entity_id") WHERE entity_id IS NOT NULL;

-- [282/879] add index files_scan_queue_idx on system_core.files (schemas/system_core.yaml:124:16)
CREATE INDEX "files_scan_queue_idx"
    ON "system_core"."files" USING BTREE ("created_at") WHERE scan_status IN ('pending', 'scanning');

-- [283/879] add index notifications_business_id_idx on system_core.notifications (schemas/system_core.yaml:63:23)
CREATE INDEX "notifications_business_id_idx"
    ON "system_core"."notifications" USING BTREE ("business_id");

-- [284/879] add index notifications_unread_idx on system_core.notifications (schemas/system_core.yaml:90:16)
CREATE INDEX "notifications_unread_idx"
    ON "system_core"."notifications" USING BTREE ("recipient_user_id", "created_at" DESC) WHERE read_at IS NULL AND channel = 'in_app';

-- [285/879] add index notifications_queue_idx on system_core.notifications (schemas/system_core.yaml:93:16)
CREATE INDEX "notifications_queue_idx"
    ON "system_core"."notifications" USING BTREE ("scheduled_for") WHERE status = 'queued';

-- [286/879] add index tags_business_id_idx on system_core.tags (schemas/system_core.yaml:129:23)
CREATE INDEX "tags_business_id_idx"
    ON "system_core"."tags" USING BTREE ("business_id");

-- [287/879] add index audit_trail_table_name_changed_at_idx on tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "tenant_mgmt"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [288/879] add index business_verticals_business_id_idx on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
CREATE INDEX "business_verticals_business_id_idx"
    ON "tenant_mgmt"."business_verticals" USING BTREE ("business_id");

-- [289/879] add index businesses_attention_idx on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:61:16)
CREATE INDEX "businesses_attention_idx"
    ON "tenant_mgmt"."businesses" USING BTREE ("status", "trial_ends_at") WHERE status IN ('trialing', 'past_due');

-- [290/879] add index businesses_settings_idx on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:64:16)
CREATE INDEX "businesses_settings_idx"
    ON "tenant_mgmt"."businesses" USING GIN ("settings");

-- [291/879] add index subscriptions_business_id_idx on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
CREATE INDEX "subscriptions_business_id_idx"
    ON "tenant_mgmt"."subscriptions" USING BTREE ("business_id");

-- [292/879] add index subscriptions_one_live_key on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:121:16)
CREATE UNIQUE INDEX "subscriptions_one_live_key"
    ON "tenant_mgmt"."subscriptions" USING BTREE ("business_id") WHERE status IN ('trialing', 'active', 'past_due', 'paused');

-- [293/879] add index subscriptions_renewal_idx on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:125:16)
CREATE INDEX "subscriptions_renewal_idx"
    ON "tenant_mgmt"."subscriptions" USING BTREE ("current_period_end") WHERE status IN ('active', 'past_due');

-- [294/879] add index subscriptions_external_key on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:128:16)
CREATE UNIQUE INDEX "subscriptions_external_key"
    ON "tenant_mgmt"."subscriptions" USING BTREE ("external_subscription_id") WHERE external_subscription_id IS NOT NULL;

-- [295/879] add index usage_records_business_id_idx on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
CREATE INDEX "usage_records_business_id_idx"
    ON "tenant_mgmt"."usage_records" USING BTREE ("business_id");

-- [296/879] add index usage_records_business_id_metric_period_hour_idx on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:148:16)
CREATE INDEX "usage_records_business_id_metric_period_hour_idx"
    ON "tenant_mgmt"."usage_records" USING BTREE ("business_id", "metric", "period_hour" DESC);

-- [297/879] add index audit_trail_table_name_changed_at_idx on user_mgmt.audit_trail (schemas/user_mgmt.yaml:60:9)
CREATE INDEX "audit_trail_table_name_changed_at_idx"
    ON "user_mgmt"."audit_trail" USING BTREE ("table_name", "changed_at");

-- [298/879] add index role_permissions_business_id_idx on user_mgmt.role_permissions (schemas/user_mgmt.yaml:151:14)
CREATE INDEX "role_permissions_business_id_idx"
    ON "user_mgmt"."role_permissions" USING BTREE ("business_id");

-- [299/879] add index role_permissions_permission_code_idx on user_mgmt.role_permissions (schemas/user_mgmt.yaml:167:9)
CREATE INDEX "role_permissions_permission_code_idx"
    ON "user_mgmt"."role_permissions" USING BTREE ("permission_code");

-- [300/879] add index roles_business_id_idx on user_mgmt.roles (schemas/user_mgmt.yaml:128:23)
CREATE INDEX "roles_business_id_idx"
    ON "user_mgmt"."roles" USING BTREE ("business_id");

-- [301/879] add index roles_parent_role_id_idx on user_mgmt.roles (schemas/user_mgmt.yaml:147:16)
CREATE INDEX "roles_parent_role_id_idx"
    ON "user_mgmt"."roles" USING BTREE ("parent_role_id") WHERE parent_role_id IS NOT NULL;

-- [302/879] add index user_identities_business_id_idx on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:23)
CREATE INDEX "user_identities_business_id_idx"
    ON "user_mgmt"."user_identities" USING BTREE ("business_id");

-- [303/879] add index user_identities_user_id_idx on user_mgmt.user_identities (schemas/user_mgmt.yaml:121:9)
CREATE INDEX "user_identities_user_id_idx"
    ON "user_mgmt"."user_identities" USING BTREE ("user_id");

-- [304/879] add index user_identities_one_primary_key on user_mgmt.user_identities (schemas/user_mgmt.yaml:122:16)
CREATE UNIQUE INDEX "user_identities_one_primary_key"
    ON "user_mgmt"."user_identities" USING BTREE ("user_id") WHERE is_primary AND revoked_at IS NULL;

-- [305/879] add index user_roles_business_id_idx on user_mgmt.user_roles (schemas/user_mgmt.yaml:170:23)
CREATE INDEX "user_roles_business_id_idx"
    ON "user_mgmt"."user_roles" USING BTREE ("business_id");

-- [306/879] add index user_roles_business_wide_key on user_mgmt.user_roles (schemas/user_mgmt.yaml:195:16)
CREATE UNIQUE INDEX "user_roles_business_wide_key"
    ON "user_mgmt"."user_roles" USING BTREE ("user_id", "role_id") WHERE location_id IS NULL;

-- [307/879] add index user_roles_per_location_key on user_mgmt.user_roles (schemas/user_mgmt.yaml:199:16)
CREATE UNIQUE INDEX "user_roles_per_location_key"
    ON "user_mgmt"."user_roles" USING BTREE ("user_id", "role_id", "location_id") WHERE location_id IS NOT NULL;

-- [308/879] add index user_roles_role_id_idx on user_mgmt.user_roles (schemas/user_mgmt.yaml:203:9)
CREATE INDEX "user_roles_role_id_idx"
    ON "user_mgmt"."user_roles" USING BTREE ("role_id");

-- [309/879] add index user_sessions_business_id_idx on user_mgmt.user_sessions (schemas/user_mgmt.yaml:206:23)
CREATE INDEX "user_sessions_business_id_idx"
    ON "user_mgmt"."user_sessions" USING BTREE ("business_id");

-- [310/879] add index user_sessions_live_idx on user_mgmt.user_sessions (schemas/user_mgmt.yaml:233:16)
CREATE INDEX "user_sessions_live_idx"
    ON "user_mgmt"."user_sessions" USING BTREE ("user_id", "last_seen_at" DESC) WHERE revoked_at IS NULL;

-- [311/879] add index user_sessions_expiry_idx on user_mgmt.user_sessions (schemas/user_mgmt.yaml:236:16)
CREATE INDEX "user_sessions_expiry_idx"
    ON "user_mgmt"."user_sessions" USING BTREE ("expires_at") WHERE revoked_at IS NULL;

-- [312/879] add index users_business_id_idx on user_mgmt.users (schemas/user_mgmt.yaml:57:9)
CREATE INDEX "users_business_id_idx"
    ON "user_mgmt"."users" USING BTREE ("business_id") WHERE deleted_at IS NULL;

-- [313/879] add index users_business_id_email_key on user_mgmt.users (schemas/user_mgmt.yaml:86:16)
CREATE UNIQUE INDEX "users_business_id_email_key"
    ON "user_mgmt"."users" USING BTREE ("business_id", "email") WHERE deleted_at IS NULL;

-- [314/879] add index users_business_id_status_idx on user_mgmt.users (schemas/user_mgmt.yaml:88:16)
CREATE INDEX "users_business_id_status_idx"
    ON "user_mgmt"."users" USING BTREE ("business_id", "status") WHERE deleted_at IS NULL;

-- [315/879] add index users_high_risk_idx on user_mgmt.users (schemas/user_mgmt.yaml:89:16)
CREATE INDEX "users_high_risk_idx"
    ON "user_mgmt"."users" USING BTREE ("risk_score") WHERE risk_score >= 70;

-- [316/879] add index users_attributes_idx on user_mgmt.users (schemas/user_mgmt.yaml:92:16)
CREATE INDEX "users_attributes_idx"
    ON "user_mgmt"."users" USING GIN ("attributes") WHERE deleted_at IS NULL;

-- [317/879] add index users_search_vector_idx on user_mgmt.users (schemas/user_mgmt.yaml:61:9)
CREATE INDEX "users_search_vector_idx"
    ON "user_mgmt"."users" USING GIN ("search_vector");

-- [318/879] add rows 5 row(s) of security_mgmt.compliance_frameworks
INSERT INTO "security_mgmt"."compliance_frameworks" ("code", "name", "version", "authority")
VALUES ('gdpr', 'General Data Protection Regulation', '2016/679', 'European Union');
INSERT INTO "security_mgmt"."compliance_frameworks" ("code", "name", "version", "authority")
VALUES ('hipaa', 'HIPAA Security Rule', '45 CFR 164', 'US HHS');
INSERT INTO "security_mgmt"."compliance_frameworks" ("code", "name", "authority")
VALUES ('sox', 'Sarbanes-Oxley Act section 404', 'US SEC');
INSERT INTO "security_mgmt"."compliance_frameworks" ("code", "name", "version", "authority")
VALUES ('pci_dss', 'PCI Data Security Standard', '4.0', 'PCI Security Standards Council');
INSERT INTO "security_mgmt"."compliance_frameworks" ("code", "name", "version", "authority")
VALUES ('nist_csf', 'NIST Cybersecurity Framework', '2.0', 'NIST');

-- [319/879] add rows 4 row(s) of tenant_mgmt.subscription_plans
INSERT INTO "tenant_mgmt"."subscription_plans" ("code", "name", "billing_interval", "base_price", "included_users", "included_usage", "overage_prices")
VALUES ('starter_monthly', 'Starter', 'month', '49', '3', '{"api_calls": 50000, "storage_gb": 5}', '{"api_calls": 0.0004, "storage_gb": 0.25}');
INSERT INTO "tenant_mgmt"."subscription_plans" ("code", "name", "billing_interval", "base_price", "included_users", "included_usage", "overage_prices")
VALUES ('growth_monthly', 'Growth', 'month', '199', '15', '{"api_calls": 500000, "storage_gb": 50}', '{"api_calls": 0.0003, "storage_gb": 0.2}');
INSERT INTO "tenant_mgmt"."subscription_plans" ("code", "name", "billing_interval", "base_price", "included_users", "included_usage", "overage_prices")
VALUES ('growth_yearly', 'Growth (annual)', 'year', '1990', '15', '{"api_calls": 6000000, "storage_gb": 50}', '{"api_calls": 0.0003, "storage_gb": 0.2}');
INSERT INTO "tenant_mgmt"."subscription_plans" ("code", "name", "billing_interval", "base_price", "included_users", "is_public")
VALUES ('enterprise_yearly', 'Enterprise', 'year', '12000', '250', 'false');

-- [320/879] add rows 12 row(s) of user_mgmt.permissions
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action")
VALUES ('users:read', 'users', 'read');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action", "is_sensitive")
VALUES ('users:manage', 'users', 'manage', 'true');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action", "is_sensitive")
VALUES ('roles:manage', 'roles', 'manage', 'true');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action", "is_sensitive")
VALUES ('billing:manage', 'billing', 'manage', 'true');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action", "is_sensitive")
VALUES ('security:read', 'security', 'read', 'true');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action")
VALUES ('work_orders:dispatch', 'work_orders', 'dispatch');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action")
VALUES ('repair_orders:approve', 'repair_orders', 'approve');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action", "is_sensitive")
VALUES ('pos:void', 'pos', 'void', 'true');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action")
VALUES ('inventory:adjust', 'inventory', 'adjust');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action")
VALUES ('courses:publish', 'courses', 'publish');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action", "is_sensitive")
VALUES ('payroll:approve', 'payroll', 'approve', 'true');
INSERT INTO "user_mgmt"."permissions" ("code", "resource", "action")
VALUES ('reports:export', 'reports', 'export');

-- [321/879] add foreign key customers_business_id_fkey on auto.customers (schemas/auto.yaml:18:23)
ALTER TABLE "auto"."customers"
    ADD CONSTRAINT "customers_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [322/879] add foreign key diagnostic_scans_business_id_fkey on auto.diagnostic_scans (schemas/auto.yaml:199:23)
ALTER TABLE "auto"."diagnostic_scans"
    ADD CONSTRAINT "diagnostic_scans_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [323/879] add foreign key diagnostic_scans_business_id_repair_order_id_fkey on auto.diagnostic_scans (schemas/auto.yaml:217:16)
ALTER TABLE "auto"."diagnostic_scans"
    ADD CONSTRAINT "diagnostic_scans_business_id_repair_order_id_fkey" FOREIGN KEY ("business_id", "repair_order_id")
    REFERENCES "auto"."repair_orders" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [324/879] add foreign key diagnostic_scans_business_id_vehicle_id_fkey on auto.diagnostic_scans (schemas/auto.yaml:213:16)
ALTER TABLE "auto"."diagnostic_scans"
    ADD CONSTRAINT "diagnostic_scans_business_id_vehicle_id_fkey" FOREIGN KEY ("business_id", "vehicle_id")
    REFERENCES "auto"."vehicles" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [325/879] add foreign key parts_business_id_fkey on auto.parts (schemas/auto.yaml:80:9)
ALTER TABLE "auto"."parts"
    ADD CONSTRAINT "parts_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [326/879] add foreign key repair_order_lines_business_id_fkey on auto.repair_order_lines (schemas/auto.yaml:160:23)
ALTER TABLE "auto"."repair_order_lines"
    ADD CONSTRAINT "repair_order_lines_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [327/879] add foreign key repair_order_lines_business_id_part_id_fkey on auto.repair_order_lines (schemas/auto.yaml:183:16)
ALTER TABLE "auto"."repair_order_lines"
    ADD CONSTRAINT "repair_order_lines_business_id_part_id_fkey" FOREIGN KEY ("business_id", "part_id")
    REFERENCES "auto"."parts" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [328/879] add foreign key repair_order_lines_business_id_repair_order_id_fkey on auto.repair_order_lines (schemas/auto.yaml:179:16)
ALTER TABLE "auto"."repair_order_lines"
    ADD CONSTRAINT "repair_order_lines_business_id_repair_order_id_fkey" FOREIGN KEY ("business_id", "repair_order_id")
    REFERENCES "auto"."repair_orders" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [329/879] add foreign key repair_order_lines_business_id_technician_user_id_fkey on auto.repair_order_lines (schemas/auto.yaml:187:16)
ALTER TABLE "auto"."repair_order_lines"
    ADD CONSTRAINT "repair_order_lines_business_id_technician_user_id_fkey" FOREIGN KEY ("business_id", "technician_user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [330/879] add foreign key repair_orders_business_id_advisor_user_id_fkey on auto.repair_orders (schemas/auto.yaml:145:16)
ALTER TABLE "auto"."repair_orders"
    ADD CONSTRAINT "repair_orders_business_id_advisor_user_id_fkey" FOREIGN KEY ("business_id", "advisor_user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [331/879] add foreign key repair_orders_business_id_customer_id_fkey on auto.repair_orders (schemas/auto.yaml:141:16)
ALTER TABLE "auto"."repair_orders"
    ADD CONSTRAINT "repair_orders_business_id_customer_id_fkey" FOREIGN KEY ("business_id", "customer_id")
    REFERENCES "auto"."customers" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [332/879] add foreign key repair_orders_business_id_fkey on auto.repair_orders (schemas/auto.yaml:109:23)
ALTER TABLE "auto"."repair_orders"
    ADD CONSTRAINT "repair_orders_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [333/879] add foreign key repair_orders_business_id_vehicle_id_fkey on auto.repair_orders (schemas/auto.yaml:137:16)
ALTER TABLE "auto"."repair_orders"
    ADD CONSTRAINT "repair_orders_business_id_vehicle_id_fkey" FOREIGN KEY ("business_id", "vehicle_id")
    REFERENCES "auto"."vehicles" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [334/879] add foreign key vehicles_business_id_customer_id_fkey on auto.vehicles (schemas/auto.yaml:60:16)
ALTER TABLE "auto"."vehicles"
    ADD CONSTRAINT "vehicles_business_id_customer_id_fkey" FOREIGN KEY ("business_id", "customer_id")
    REFERENCES "auto"."customers" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [335/879] add foreign key vehicles_business_id_fkey on auto.vehicles (schemas/auto.yaml:39:23)
ALTER TABLE "auto"."vehicles"
    ADD CONSTRAINT "vehicles_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [336/879] add foreign key courses_business_id_fkey on courses.courses (schemas/courses.yaml:19:9)
ALTER TABLE "courses"."courses"
    ADD CONSTRAINT "courses_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [337/879] add foreign key enrollments_business_id_course_id_fkey on courses.enrollments (schemas/courses.yaml:81:16)
ALTER TABLE "courses"."enrollments"
    ADD CONSTRAINT "enrollments_business_id_course_id_fkey" FOREIGN KEY ("business_id", "course_id")
    REFERENCES "courses"."courses" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [338/879] add foreign key enrollments_business_id_fkey on courses.enrollments (schemas/courses.yaml:67:23)
ALTER TABLE "courses"."enrollments"
    ADD CONSTRAINT "enrollments_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [339/879] add foreign key enrollments_business_id_user_id_fkey on courses.enrollments (schemas/courses.yaml:85:16)
ALTER TABLE "courses"."enrollments"
    ADD CONSTRAINT "enrollments_business_id_user_id_fkey" FOREIGN KEY ("business_id", "user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [340/879] add foreign key lessons_business_id_course_id_fkey on courses.lessons (schemas/courses.yaml:59:16)
ALTER TABLE "courses"."lessons"
    ADD CONSTRAINT "lessons_business_id_course_id_fkey" FOREIGN KEY ("business_id", "course_id")
    REFERENCES "courses"."courses" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [341/879] add foreign key lessons_business_id_fkey on courses.lessons (schemas/courses.yaml:46:23)
ALTER TABLE "courses"."lessons"
    ADD CONSTRAINT "lessons_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [342/879] add foreign key customers_business_id_fkey on hs.customers (schemas/hs.yaml:35:9)
ALTER TABLE "hs"."customers"
    ADD CONSTRAINT "customers_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [343/879] add foreign key properties_business_id_customer_id_fkey on hs.properties (schemas/hs.yaml:75:16)
ALTER TABLE "hs"."properties"
    ADD CONSTRAINT "properties_business_id_customer_id_fkey" FOREIGN KEY ("business_id", "customer_id")
    REFERENCES "hs"."customers" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [344/879] add foreign key properties_business_id_fkey on hs.properties (schemas/hs.yaml:57:23)
ALTER TABLE "hs"."properties"
    ADD CONSTRAINT "properties_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [345/879] add foreign key quality_inspections_business_id_fkey on hs.quality_inspections (schemas/hs.yaml:176:23)
ALTER TABLE "hs"."quality_inspections"
    ADD CONSTRAINT "quality_inspections_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [346/879] add foreign key quality_inspections_business_id_inspector_user_id_fkey on hs.quality_inspections (schemas/hs.yaml:193:16)
ALTER TABLE "hs"."quality_inspections"
    ADD CONSTRAINT "quality_inspections_business_id_inspector_user_id_fkey" FOREIGN KEY ("business_id", "inspector_user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [347/879] add foreign key quality_inspections_business_id_work_order_id_fkey on hs.quality_inspections (schemas/hs.yaml:189:16)
ALTER TABLE "hs"."quality_inspections"
    ADD CONSTRAINT "quality_inspections_business_id_work_order_id_fkey" FOREIGN KEY ("business_id", "work_order_id")
    REFERENCES "hs"."work_orders" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [348/879] add foreign key technicians_business_id_fkey on hs.technicians (schemas/hs.yaml:86:23)
ALTER TABLE "hs"."technicians"
    ADD CONSTRAINT "technicians_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [349/879] add foreign key technicians_business_id_user_id_fkey on hs.technicians (schemas/hs.yaml:102:16)
ALTER TABLE "hs"."technicians"
    ADD CONSTRAINT "technicians_business_id_user_id_fkey" FOREIGN KEY ("business_id", "user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [350/879] add foreign key work_orders_business_id_assigned_technician_id_fkey on hs.work_orders (schemas/hs.yaml:152:16)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_business_id_assigned_technician_id_fkey" FOREIGN KEY ("business_id", "assigned_technician_id")
    REFERENCES "hs"."technicians" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [351/879] add foreign key work_orders_business_id_customer_id_fkey on hs.work_orders (schemas/hs.yaml:144:16)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_business_id_customer_id_fkey" FOREIGN KEY ("business_id", "customer_id")
    REFERENCES "hs"."customers" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [352/879] add foreign key work_orders_business_id_fkey on hs.work_orders (schemas/hs.yaml:117:9)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [353/879] add foreign key work_orders_business_id_property_id_fkey on hs.work_orders (schemas/hs.yaml:148:16)
ALTER TABLE "hs"."work_orders"
    ADD CONSTRAINT "work_orders_business_id_property_id_fkey" FOREIGN KEY ("business_id", "property_id")
    REFERENCES "hs"."properties" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [354/879] add foreign key employees_business_id_fkey on payroll.employees (schemas/payroll.yaml:16:23)
ALTER TABLE "payroll"."employees"
    ADD CONSTRAINT "employees_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [355/879] add foreign key employees_business_id_user_id_fkey on payroll.employees (schemas/payroll.yaml:33:16)
ALTER TABLE "payroll"."employees"
    ADD CONSTRAINT "employees_business_id_user_id_fkey" FOREIGN KEY ("business_id", "user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [356/879] add foreign key pay_runs_business_id_approved_by_fkey on payroll.pay_runs (schemas/payroll.yaml:56:16)
ALTER TABLE "payroll"."pay_runs"
    ADD CONSTRAINT "pay_runs_business_id_approved_by_fkey" FOREIGN KEY ("business_id", "approved_by")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [357/879] add foreign key pay_runs_business_id_fkey on payroll.pay_runs (schemas/payroll.yaml:41:23)
ALTER TABLE "payroll"."pay_runs"
    ADD CONSTRAINT "pay_runs_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [358/879] add foreign key pay_stubs_business_id_employee_id_fkey on payroll.pay_stubs (schemas/payroll.yaml:90:16)
ALTER TABLE "payroll"."pay_stubs"
    ADD CONSTRAINT "pay_stubs_business_id_employee_id_fkey" FOREIGN KEY ("business_id", "employee_id")
    REFERENCES "payroll"."employees" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [359/879] add foreign key pay_stubs_business_id_fkey on payroll.pay_stubs (schemas/payroll.yaml:69:23)
ALTER TABLE "payroll"."pay_stubs"
    ADD CONSTRAINT "pay_stubs_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [360/879] add foreign key pay_stubs_business_id_pay_run_id_fkey on payroll.pay_stubs (schemas/payroll.yaml:86:16)
ALTER TABLE "payroll"."pay_stubs"
    ADD CONSTRAINT "pay_stubs_business_id_pay_run_id_fkey" FOREIGN KEY ("business_id", "pay_run_id")
    REFERENCES "payroll"."pay_runs" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [361/879] add foreign key haccp_logs_business_id_fkey on rest.haccp_logs (schemas/rest.yaml:156:23)
ALTER TABLE "rest"."haccp_logs"
    ADD CONSTRAINT "haccp_logs_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [362/879] add foreign key haccp_logs_business_id_recorded_by_fkey on rest.haccp_logs (schemas/rest.yaml:173:16)
ALTER TABLE "rest"."haccp_logs"
    ADD CONSTRAINT "haccp_logs_business_id_recorded_by_fkey" FOREIGN KEY ("business_id", "recorded_by")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [363/879] add foreign key haccp_logs_business_id_verified_by_fkey on rest.haccp_logs (schemas/rest.yaml:177:16)
ALTER TABLE "rest"."haccp_logs"
    ADD CONSTRAINT "haccp_logs_business_id_verified_by_fkey" FOREIGN KEY ("business_id", "verified_by")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [364/879] add foreign key kitchen_tickets_business_id_fkey on rest.kitchen_tickets (schemas/rest.yaml:130:23)
ALTER TABLE "rest"."kitchen_tickets"
    ADD CONSTRAINT "kitchen_tickets_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [365/879] add foreign key kitchen_tickets_business_id_order_id_fkey on rest.kitchen_tickets (schemas/rest.yaml:143:16)
ALTER TABLE "rest"."kitchen_tickets"
    ADD CONSTRAINT "kitchen_tickets_business_id_order_id_fkey" FOREIGN KEY ("business_id", "order_id")
    REFERENCES "rest"."orders" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [366/879] add foreign key menu_items_business_id_fkey on rest.menu_items (schemas/rest.yaml:27:9)
ALTER TABLE "rest"."menu_items"
    ADD CONSTRAINT "menu_items_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [367/879] add foreign key order_items_business_id_fkey on rest.order_items (schemas/rest.yaml:98:23)
ALTER TABLE "rest"."order_items"
    ADD CONSTRAINT "order_items_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [368/879] add foreign key order_items_business_id_menu_item_id_fkey on rest.order_items (schemas/rest.yaml:119:16)
ALTER TABLE "rest"."order_items"
    ADD CONSTRAINT "order_items_business_id_menu_item_id_fkey" FOREIGN KEY ("business_id", "menu_item_id")
    REFERENCES "rest"."menu_items" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [369/879] add foreign key order_items_business_id_order_id_fkey on rest.order_items (schemas/rest.yaml:115:16)
ALTER TABLE "rest"."order_items"
    ADD CONSTRAINT "order_items_business_id_order_id_fkey" FOREIGN KEY ("business_id", "order_id")
    REFERENCES "rest"."orders" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [370/879] add foreign key orders_business_id_fkey on rest.orders (schemas/rest.yaml:55:23)
ALTER TABLE "rest"."orders"
    ADD CONSTRAINT "orders_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [371/879] add foreign key orders_business_id_server_user_id_fkey on rest.orders (schemas/rest.yaml:79:16)
ALTER TABLE "rest"."orders"
    ADD CONSTRAINT "orders_business_id_server_user_id_fkey" FOREIGN KEY ("business_id", "server_user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [372/879] add foreign key inventory_levels_business_id_fkey on ret.inventory_levels (schemas/ret.yaml:68:14)
ALTER TABLE "ret"."inventory_levels"
    ADD CONSTRAINT "inventory_levels_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [373/879] add foreign key inventory_levels_business_id_location_id_fkey on ret.inventory_levels (schemas/ret.yaml:78:16)
ALTER TABLE "ret"."inventory_levels"
    ADD CONSTRAINT "inventory_levels_business_id_location_id_fkey" FOREIGN KEY ("business_id", "location_id")
    REFERENCES "ret"."locations" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [374/879] add foreign key inventory_levels_business_id_product_id_fkey on ret.inventory_levels (schemas/ret.yaml:82:16)
ALTER TABLE "ret"."inventory_levels"
    ADD CONSTRAINT "inventory_levels_business_id_product_id_fkey" FOREIGN KEY ("business_id", "product_id")
    REFERENCES "ret"."products" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [375/879] add foreign key locations_business_id_fkey on ret.locations (schemas/ret.yaml:19:23)
ALTER TABLE "ret"."locations"
    ADD CONSTRAINT "locations_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [376/879] add foreign key loyalty_accounts_business_id_fkey on ret.loyalty_accounts (schemas/ret.yaml:95:23)
ALTER TABLE "ret"."loyalty_accounts"
    ADD CONSTRAINT "loyalty_accounts_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [377/879] add foreign key order_lines_business_id_fkey on ret.order_lines (schemas/ret.yaml:156:23)
ALTER TABLE "ret"."order_lines"
    ADD CONSTRAINT "order_lines_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [378/879] add foreign key order_lines_business_id_order_id_fkey on ret.order_lines (schemas/ret.yaml:168:16)
ALTER TABLE "ret"."order_lines"
    ADD CONSTRAINT "order_lines_business_id_order_id_fkey" FOREIGN KEY ("business_id", "order_id")
    REFERENCES "ret"."orders" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [379/879] add foreign key order_lines_business_id_product_id_fkey on ret.order_lines (schemas/ret.yaml:172:16)
ALTER TABLE "ret"."order_lines"
    ADD CONSTRAINT "order_lines_business_id_product_id_fkey" FOREIGN KEY ("business_id", "product_id")
    REFERENCES "ret"."products" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [380/879] add foreign key orders_business_id_fkey on ret.orders (schemas/ret.yaml:117:23)
ALTER TABLE "ret"."orders"
    ADD CONSTRAINT "orders_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [381/879] add foreign key orders_business_id_location_id_fkey on ret.orders (schemas/ret.yaml:138:16)
ALTER TABLE "ret"."orders"
    ADD CONSTRAINT "orders_business_id_location_id_fkey" FOREIGN KEY ("business_id", "location_id")
    REFERENCES "ret"."locations" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [382/879] add foreign key orders_business_id_loyalty_account_id_fkey on ret.orders (schemas/ret.yaml:142:16)
ALTER TABLE "ret"."orders"
    ADD CONSTRAINT "orders_business_id_loyalty_account_id_fkey" FOREIGN KEY ("business_id", "loyalty_account_id")
    REFERENCES "ret"."loyalty_accounts" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [383/879] add foreign key products_business_id_fkey on ret.products (schemas/ret.yaml:37:9)
ALTER TABLE "ret"."products"
    ADD CONSTRAINT "products_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [384/879] add foreign key api_keys_business_id_created_by_fkey on security_mgmt.api_keys (schemas/security_mgmt.yaml:167:16)
ALTER TABLE "security_mgmt"."api_keys"
    ADD CONSTRAINT "api_keys_business_id_created_by_fkey" FOREIGN KEY ("business_id", "created_by")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [385/879] add foreign key api_keys_business_id_fkey on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:23)
ALTER TABLE "security_mgmt"."api_keys"
    ADD CONSTRAINT "api_keys_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [386/879] add foreign key compliance_controls_business_id_fkey on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:23)
ALTER TABLE "security_mgmt"."compliance_controls"
    ADD CONSTRAINT "compliance_controls_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [387/879] add foreign key compliance_controls_business_id_owner_user_id_fkey on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:120:16)
ALTER TABLE "security_mgmt"."compliance_controls"
    ADD CONSTRAINT "compliance_controls_business_id_owner_user_id_fkey" FOREIGN KEY ("business_id", "owner_user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [388/879] add foreign key compliance_controls_framework_code_fkey on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:107:21)
ALTER TABLE "security_mgmt"."compliance_controls"
    ADD CONSTRAINT "compliance_controls_framework_code_fkey" FOREIGN KEY ("framework_code")
    REFERENCES "security_mgmt"."compliance_frameworks" ("code")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [389/879] add foreign key security_events_business_id_fkey on security_mgmt.security_events (schemas/security_mgmt.yaml:70:23)
ALTER TABLE "security_mgmt"."security_events"
    ADD CONSTRAINT "security_events_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [390/879] add foreign key security_events_business_id_user_id_fkey on security_mgmt.security_events (schemas/security_mgmt.yaml:87:16)
ALTER TABLE "security_mgmt"."security_events"
    ADD CONSTRAINT "security_events_business_id_user_id_fkey" FOREIGN KEY ("business_id", "user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [391/879] add foreign key security_events_incident_id_fkey on security_mgmt.security_events (schemas/security_mgmt.yaml:83:21)
ALTER TABLE "security_mgmt"."security_events"
    ADD CONSTRAINT "security_events_incident_id_fkey" FOREIGN KEY ("incident_id")
    REFERENCES "security_mgmt"."security_incidents" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [392/879] add foreign key security_incidents_business_id_assigned_to_fkey on security_mgmt.security_incidents (schemas/security_mgmt.yaml:57:16)
ALTER TABLE "security_mgmt"."security_incidents"
    ADD CONSTRAINT "security_incidents_business_id_assigned_to_fkey" FOREIGN KEY ("business_id", "assigned_to")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [393/879] add foreign key security_incidents_business_id_fkey on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:23)
ALTER TABLE "security_mgmt"."security_incidents"
    ADD CONSTRAINT "security_incidents_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [394/879] add foreign key vulnerabilities_business_id_fkey on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:132:23)
ALTER TABLE "security_mgmt"."vulnerabilities"
    ADD CONSTRAINT "vulnerabilities_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [395/879] add foreign key activity_events_business_id_fkey on system_core.activity_events (schemas/system_core.yaml:18:14)
ALTER TABLE "system_core"."activity_events"
    ADD CONSTRAINT "activity_events_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [396/879] add foreign key comments_business_id_author_user_id_fkey on system_core.comments (schemas/system_core.yaml:169:16)
ALTER TABLE "system_core"."comments"
    ADD CONSTRAINT "comments_business_id_author_user_id_fkey" FOREIGN KEY ("business_id", "author_user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [397/879] add foreign key comments_business_id_fkey on system_core.comments (schemas/system_core.yaml:155:23)
ALTER TABLE "system_core"."comments"
    ADD CONSTRAINT "comments_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [398/879] add foreign key comments_parent_comment_id_fkey on system_core.comments (schemas/system_core.yaml:163:21)
ALTER TABLE "system_core"."comments"
    ADD CONSTRAINT "comments_parent_comment_id_fkey" FOREIGN KEY ("parent_comment_id")
    REFERENCES "system_core"."comments" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [399/879] add foreign key entity_tags_business_id_fkey on system_core.entity_tags (schemas/system_core.yaml:139:14)
ALTER TABLE "system_core"."entity_tags"
    ADD CONSTRAINT "entity_tags_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [400/879] add foreign key entity_tags_tag_id_fkey on system_core.entity_tags (schemas/system_core.yaml:144:21)
ALTER TABLE "system_core"."entity_tags"
    ADD CONSTRAINT "entity_tags_tag_id_fkey" FOREIGN KEY ("tag_id")
    REFERENCES "system_core"."tags" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [401/879] add foreign key files_business_id_fkey on system_core.files (schemas/system_core.yaml:98:23)
ALTER TABLE "system_core"."files"
    ADD CONSTRAINT "files_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [402/879] add foreign key files_business_id_uploaded_by_fkey on system_core.files (schemas/system_core.yaml:114:16)
ALTER TABLE "system_core"."files"
    ADD CONSTRAINT "files_business_id_uploaded_by_fkey" FOREIGN KEY ("business_id", "uploaded_by")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [403/879] add foreign key notifications_business_id_fkey on system_core.notifications (schemas/system_core.yaml:63:23)
ALTER TABLE "system_core"."notifications"
    ADD CONSTRAINT "notifications_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [404/879] add foreign key notifications_business_id_recipient_user_id_fkey on system_core.notifications (schemas/system_core.yaml:82:16)
ALTER TABLE "system_core"."notifications"
    ADD CONSTRAINT "notifications_business_id_recipient_user_id_fkey" FOREIGN KEY ("business_id", "recipient_user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [405/879] add foreign key tags_business_id_fkey on system_core.tags (schemas/system_core.yaml:129:23)
ALTER TABLE "system_core"."tags"
    ADD CONSTRAINT "tags_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [406/879] add foreign key business_verticals_business_id_fkey on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
ALTER TABLE "tenant_mgmt"."business_verticals"
    ADD CONSTRAINT "business_verticals_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [407/879] add foreign key subscriptions_business_id_fkey on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
ALTER TABLE "tenant_mgmt"."subscriptions"
    ADD CONSTRAINT "subscriptions_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [408/879] add foreign key subscriptions_plan_code_fkey on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:106:21)
ALTER TABLE "tenant_mgmt"."subscriptions"
    ADD CONSTRAINT "subscriptions_plan_code_fkey" FOREIGN KEY ("plan_code")
    REFERENCES "tenant_mgmt"."subscription_plans" ("code")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [409/879] add foreign key usage_records_business_id_fkey on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
ALTER TABLE "tenant_mgmt"."usage_records"
    ADD CONSTRAINT "usage_records_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [410/879] add foreign key usage_records_subscription_id_fkey on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:139:21)
ALTER TABLE "tenant_mgmt"."usage_records"
    ADD CONSTRAINT "usage_records_subscription_id_fkey" FOREIGN KEY ("subscription_id")
    REFERENCES "tenant_mgmt"."subscriptions" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [411/879] add foreign key role_permissions_business_id_fkey on user_mgmt.role_permissions (schemas/user_mgmt.yaml:151:14)
ALTER TABLE "user_mgmt"."role_permissions"
    ADD CONSTRAINT "role_permissions_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [412/879] add foreign key role_permissions_business_id_role_id_fkey on user_mgmt.role_permissions (schemas/user_mgmt.yaml:162:16)
ALTER TABLE "user_mgmt"."role_permissions"
    ADD CONSTRAINT "role_permissions_business_id_role_id_fkey" FOREIGN KEY ("business_id", "role_id")
    REFERENCES "user_mgmt"."roles" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [413/879] add foreign key role_permissions_permission_code_fkey on user_mgmt.role_permissions (schemas/user_mgmt.yaml:157:21)
ALTER TABLE "user_mgmt"."role_permissions"
    ADD CONSTRAINT "role_permissions_permission_code_fkey" FOREIGN KEY ("permission_code")
    REFERENCES "user_mgmt"."permissions" ("code")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [414/879] add foreign key roles_business_id_fkey on user_mgmt.roles (schemas/user_mgmt.yaml:128:23)
ALTER TABLE "user_mgmt"."roles"
    ADD CONSTRAINT "roles_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [415/879] add foreign key roles_business_id_parent_role_id_fkey on user_mgmt.roles (schemas/user_mgmt.yaml:140:16)
ALTER TABLE "user_mgmt"."roles"
    ADD CONSTRAINT "roles_business_id_parent_role_id_fkey" FOREIGN KEY ("business_id", "parent_role_id")
    REFERENCES "user_mgmt"."roles" ("business_id", "id")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [416/879] add foreign key user_identities_business_id_fkey on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:23)
ALTER TABLE "user_mgmt"."user_identities"
    ADD CONSTRAINT "user_identities_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [417/879] add foreign key user_identities_business_id_user_id_fkey on user_mgmt.user_identities (schemas/user_mgmt.yaml:111:16)
ALTER TABLE "user_mgmt"."user_identities"
    ADD CONSTRAINT "user_identities_business_id_user_id_fkey" FOREIGN KEY ("business_id", "user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [418/879] add foreign key user_roles_business_id_fkey on user_mgmt.user_roles (schemas/user_mgmt.yaml:170:23)
ALTER TABLE "user_mgmt"."user_roles"
    ADD CONSTRAINT "user_roles_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [419/879] add foreign key user_roles_business_id_granted_by_fkey on user_mgmt.user_roles (schemas/user_mgmt.yaml:188:16)
ALTER TABLE "user_mgmt"."user_roles"
    ADD CONSTRAINT "user_roles_business_id_granted_by_fkey" FOREIGN KEY ("business_id", "granted_by")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE NO ACTION ON UPDATE NO ACTION;

-- [420/879] add foreign key user_roles_business_id_role_id_fkey on user_mgmt.user_roles (schemas/user_mgmt.yaml:184:16)
ALTER TABLE "user_mgmt"."user_roles"
    ADD CONSTRAINT "user_roles_business_id_role_id_fkey" FOREIGN KEY ("business_id", "role_id")
    REFERENCES "user_mgmt"."roles" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [421/879] add foreign key user_roles_business_id_user_id_fkey on user_mgmt.user_roles (schemas/user_mgmt.yaml:180:16)
ALTER TABLE "user_mgmt"."user_roles"
    ADD CONSTRAINT "user_roles_business_id_user_id_fkey" FOREIGN KEY ("business_id", "user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [422/879] add foreign key user_sessions_business_id_fkey on user_mgmt.user_sessions (schemas/user_mgmt.yaml:206:23)
ALTER TABLE "user_mgmt"."user_sessions"
    ADD CONSTRAINT "user_sessions_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [423/879] add foreign key user_sessions_business_id_user_id_fkey on user_mgmt.user_sessions (schemas/user_mgmt.yaml:226:16)
ALTER TABLE "user_mgmt"."user_sessions"
    ADD CONSTRAINT "user_sessions_business_id_user_id_fkey" FOREIGN KEY ("business_id", "user_id")
    REFERENCES "user_mgmt"."users" ("business_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [424/879] add foreign key user_sessions_identity_id_fkey on user_mgmt.user_sessions (schemas/user_mgmt.yaml:212:21)
ALTER TABLE "user_mgmt"."user_sessions"
    ADD CONSTRAINT "user_sessions_identity_id_fkey" FOREIGN KEY ("identity_id")
    REFERENCES "user_mgmt"."user_identities" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [425/879] add foreign key users_business_id_fkey on user_mgmt.users (schemas/user_mgmt.yaml:57:9)
ALTER TABLE "user_mgmt"."users"
    ADD CONSTRAINT "users_business_id_fkey" FOREIGN KEY ("business_id")
    REFERENCES "tenant_mgmt"."businesses" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [426/879] add view ret.daily_sales (schemas/ret.yaml:183:3)
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

-- [427/879] add view user_mgmt.effective_permissions (schemas/user_mgmt.yaml:241:3)
CREATE VIEW "user_mgmt"."effective_permissions" WITH (security_invoker = true) AS
WITH RECURSIVE role_tree AS (
  SELECT r.business_id, r.id AS role_id, r.id AS granting_role_id
    FROM user_mgmt.roles r
  UNION ALL
  SELECT t.business_id, t.role_id, r.parent_role_id
    FROM role_tree t
    JOIN user_mgmt.roles r ON r.business_id = t.business_id AND r.id = t.granting_role_id
   WHERE r.parent_role_id IS NOT NULL
)
SELECT DISTINCT ur.business_id, ur.user_id, ur.location_id, rp.permission_code
  FROM user_mgmt.user_roles ur
  JOIN role_tree t ON t.business_id = ur.business_id AND t.role_id = ur.role_id
  JOIN user_mgmt.role_permissions rp ON rp.business_id = t.business_id AND rp.role_id = t.granting_role_id
 WHERE ur.expires_at IS NULL OR ur.expires_at > now();
COMMENT ON VIEW "user_mgmt"."effective_permissions" IS 'Every permission each user holds through unexpired roles and their ancestors (current business only, through RLS).';

-- [428/879] add view ret.tenant_daily_sales (schemas/ret.yaml:205:3)
CREATE VIEW "ret"."tenant_daily_sales" WITH (security_invoker = true) AS
SELECT d.channel, d.sales_date, d.order_count, d.gross_total, d.discount_total
  FROM ret.daily_sales d
 WHERE d.business_id = NULLIF(current_setting('app.current_business_id', true), '')::uuid;
COMMENT ON VIEW "ret"."tenant_daily_sales" IS 'The current business''s rows of the daily_sales materialized view.';

-- [429/879] add trigger audit_trail_immutable on auto.audit_trail (schemas/auto.yaml:109:50)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "auto"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "auto"."audit_trail_immutable"();

-- [430/879] add trigger set_updated_at on auto.customers (schemas/auto.yaml:18:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "auto"."customers"
    FOR EACH ROW
    EXECUTE FUNCTION "auto"."set_updated_at"();

-- [431/879] add trigger set_updated_at on auto.parts (schemas/auto.yaml:81:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "auto"."parts"
    FOR EACH ROW
    EXECUTE FUNCTION "auto"."set_updated_at"();

-- [432/879] add trigger search_vector_update on auto.parts (schemas/auto.yaml:82:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "auto"."parts"
    FOR EACH ROW
    EXECUTE FUNCTION "auto"."parts_search_vector"();

-- [433/879] add trigger set_updated_at on auto.repair_orders (schemas/auto.yaml:109:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "auto"."repair_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "auto"."set_updated_at"();

-- [434/879] add trigger audit_chain_row on auto.repair_orders (schemas/auto.yaml:109:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "auto"."repair_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "auto"."audit_chain_row"();

-- [435/879] add trigger set_updated_at on auto.vehicles (schemas/auto.yaml:39:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "auto"."vehicles"
    FOR EACH ROW
    EXECUTE FUNCTION "auto"."set_updated_at"();

-- [436/879] add trigger set_updated_at on courses.courses (schemas/courses.yaml:20:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "courses"."courses"
    FOR EACH ROW
    EXECUTE FUNCTION "courses"."set_updated_at"();

-- [437/879] add trigger search_vector_update on courses.courses (schemas/courses.yaml:22:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "courses"."courses"
    FOR EACH ROW
    EXECUTE FUNCTION "courses"."courses_search_vector"();

-- [438/879] add trigger set_updated_at on courses.enrollments (schemas/courses.yaml:67:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "courses"."enrollments"
    FOR EACH ROW
    EXECUTE FUNCTION "courses"."set_updated_at"();

-- [439/879] add trigger set_updated_at on courses.lessons (schemas/courses.yaml:46:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "courses"."lessons"
    FOR EACH ROW
    EXECUTE FUNCTION "courses"."set_updated_at"();

-- [440/879] add trigger audit_trail_immutable on hs.audit_trail (schemas/hs.yaml:119:9)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "hs"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."audit_trail_immutable"();

-- [441/879] add trigger set_updated_at on hs.customers (schemas/hs.yaml:36:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."customers"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [442/879] add trigger search_vector_update on hs.customers (schemas/hs.yaml:39:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "hs"."customers"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."customers_search_vector"();

-- [443/879] add trigger set_updated_at on hs.properties (schemas/hs.yaml:57:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."properties"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [444/879] add trigger set_updated_at on hs.quality_inspections (schemas/hs.yaml:176:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."quality_inspections"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [445/879] add trigger set_updated_at on hs.technicians (schemas/hs.yaml:86:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."technicians"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [446/879] add trigger enforce_status_transition on hs.work_orders (schemas/hs.yaml:169:7)
CREATE TRIGGER "enforce_status_transition"
    BEFORE UPDATE
    ON "hs"."work_orders"
    FOR EACH ROW    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION "hs"."enforce_work_order_transition"();

-- [447/879] add trigger set_updated_at on hs.work_orders (schemas/hs.yaml:118:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "hs"."work_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."set_updated_at"();

-- [448/879] add trigger audit_chain_row on hs.work_orders (schemas/hs.yaml:119:9)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "hs"."work_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."audit_chain_row"();

-- [449/879] add trigger search_vector_update on hs.work_orders (schemas/hs.yaml:120:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "hs"."work_orders"
    FOR EACH ROW
    EXECUTE FUNCTION "hs"."work_orders_search_vector"();

-- [450/879] add trigger audit_trail_immutable on payroll.audit_trail (schemas/payroll.yaml:16:50)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "payroll"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "payroll"."audit_trail_immutable"();

-- [451/879] add trigger set_updated_at on payroll.employees (schemas/payroll.yaml:16:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "payroll"."employees"
    FOR EACH ROW
    EXECUTE FUNCTION "payroll"."set_updated_at"();

-- [452/879] add trigger audit_chain_row on payroll.employees (schemas/payroll.yaml:16:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "payroll"."employees"
    FOR EACH ROW
    EXECUTE FUNCTION "payroll"."audit_chain_row"();

-- [453/879] add trigger set_updated_at on payroll.pay_runs (schemas/payroll.yaml:41:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "payroll"."pay_runs"
    FOR EACH ROW
    EXECUTE FUNCTION "payroll"."set_updated_at"();

-- [454/879] add trigger audit_chain_row on payroll.pay_runs (schemas/payroll.yaml:41:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "payroll"."pay_runs"
    FOR EACH ROW
    EXECUTE FUNCTION "payroll"."audit_chain_row"();

-- [455/879] add trigger set_updated_at on payroll.pay_stubs (schemas/payroll.yaml:69:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "payroll"."pay_stubs"
    FOR EACH ROW
    EXECUTE FUNCTION "payroll"."set_updated_at"();

-- [456/879] add trigger audit_chain_row on payroll.pay_stubs (schemas/payroll.yaml:69:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "payroll"."pay_stubs"
    FOR EACH ROW
    EXECUTE FUNCTION "payroll"."audit_chain_row"();

-- [457/879] add trigger audit_trail_immutable on rest.audit_trail (schemas/rest.yaml:55:50)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "rest"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."audit_trail_immutable"();

-- [458/879] add trigger set_updated_at on rest.kitchen_tickets (schemas/rest.yaml:130:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rest"."kitchen_tickets"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."set_updated_at"();

-- [459/879] add trigger set_updated_at on rest.menu_items (schemas/rest.yaml:28:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rest"."menu_items"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."set_updated_at"();

-- [460/879] add trigger search_vector_update on rest.menu_items (schemas/rest.yaml:30:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "rest"."menu_items"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."menu_items_search_vector"();

-- [461/879] add trigger set_updated_at on rest.orders (schemas/rest.yaml:55:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "rest"."orders"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."set_updated_at"();

-- [462/879] add trigger audit_chain_row on rest.orders (schemas/rest.yaml:55:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "rest"."orders"
    FOR EACH ROW
    EXECUTE FUNCTION "rest"."audit_chain_row"();

-- [463/879] add trigger set_updated_at on ret.inventory_levels (schemas/ret.yaml:68:29)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."inventory_levels"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [464/879] add trigger set_updated_at on ret.locations (schemas/ret.yaml:19:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."locations"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [465/879] add trigger set_updated_at on ret.loyalty_accounts (schemas/ret.yaml:95:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."loyalty_accounts"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [466/879] add trigger set_updated_at on ret.orders (schemas/ret.yaml:117:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."orders"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [467/879] add trigger set_updated_at on ret.products (schemas/ret.yaml:38:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "ret"."products"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."set_updated_at"();

-- [468/879] add trigger search_vector_update on ret.products (schemas/ret.yaml:41:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "ret"."products"
    FOR EACH ROW
    EXECUTE FUNCTION "ret"."products_search_vector"();

-- [469/879] add trigger set_updated_at on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "security_mgmt"."api_keys"
    FOR EACH ROW
    EXECUTE FUNCTION "security_mgmt"."set_updated_at"();

-- [470/879] add trigger audit_chain_row on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "security_mgmt"."api_keys"
    FOR EACH ROW
    EXECUTE FUNCTION "security_mgmt"."audit_chain_row"();

-- [471/879] add trigger audit_trail_immutable on security_mgmt.audit_trail (schemas/security_mgmt.yaml:38:50)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "security_mgmt"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "security_mgmt"."audit_trail_immutable"();

-- [472/879] add trigger set_updated_at on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "security_mgmt"."compliance_controls"
    FOR EACH ROW
    EXECUTE FUNCTION "security_mgmt"."set_updated_at"();

-- [473/879] add trigger audit_chain_row on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "security_mgmt"."compliance_controls"
    FOR EACH ROW
    EXECUTE FUNCTION "security_mgmt"."audit_chain_row"();

-- [474/879] add trigger set_updated_at on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "security_mgmt"."security_incidents"
    FOR EACH ROW
    EXECUTE FUNCTION "security_mgmt"."set_updated_at"();

-- [475/879] add trigger audit_chain_row on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "security_mgmt"."security_incidents"
    FOR EACH ROW
    EXECUTE FUNCTION "security_mgmt"."audit_chain_row"();

-- [476/879] add trigger set_updated_at on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:132:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "security_mgmt"."vulnerabilities"
    FOR EACH ROW
    EXECUTE FUNCTION "security_mgmt"."set_updated_at"();

-- [477/879] add trigger set_updated_at on system_core.comments (schemas/system_core.yaml:155:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "system_core"."comments"
    FOR EACH ROW
    EXECUTE FUNCTION "system_core"."set_updated_at"();

-- [478/879] add trigger set_updated_at on system_core.files (schemas/system_core.yaml:98:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "system_core"."files"
    FOR EACH ROW
    EXECUTE FUNCTION "system_core"."set_updated_at"();

-- [479/879] add trigger set_updated_at on system_core.notifications (schemas/system_core.yaml:63:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "system_core"."notifications"
    FOR EACH ROW
    EXECUTE FUNCTION "system_core"."set_updated_at"();

-- [480/879] add trigger set_updated_at on system_core.tags (schemas/system_core.yaml:129:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "system_core"."tags"
    FOR EACH ROW
    EXECUTE FUNCTION "system_core"."set_updated_at"();

-- [481/879] add trigger audit_trail_immutable on tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "tenant_mgmt"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."audit_trail_immutable"();

-- [482/879] add trigger set_updated_at on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:29)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant_mgmt"."business_verticals"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."set_updated_at"();

-- [483/879] add trigger set_updated_at on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:36)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant_mgmt"."businesses"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."set_updated_at"();

-- [484/879] add trigger audit_chain_row on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:61)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "tenant_mgmt"."businesses"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."audit_chain_row"();

-- [485/879] add trigger set_updated_at on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "tenant_mgmt"."subscriptions"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."set_updated_at"();

-- [486/879] add trigger audit_chain_row on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "tenant_mgmt"."subscriptions"
    FOR EACH ROW
    EXECUTE FUNCTION "tenant_mgmt"."audit_chain_row"();

-- [487/879] add trigger audit_trail_immutable on user_mgmt.audit_trail (schemas/user_mgmt.yaml:60:9)
CREATE TRIGGER "audit_trail_immutable"
    BEFORE UPDATE OR DELETE
    ON "user_mgmt"."audit_trail"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."audit_trail_immutable"();

-- [488/879] add trigger audit_chain_row on user_mgmt.role_permissions (schemas/user_mgmt.yaml:151:29)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "user_mgmt"."role_permissions"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."audit_chain_row"();

-- [489/879] add trigger set_updated_at on user_mgmt.roles (schemas/user_mgmt.yaml:128:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "user_mgmt"."roles"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."set_updated_at"();

-- [490/879] add trigger audit_chain_row on user_mgmt.roles (schemas/user_mgmt.yaml:128:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "user_mgmt"."roles"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."audit_chain_row"();

-- [491/879] add trigger set_updated_at on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "user_mgmt"."user_identities"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."set_updated_at"();

-- [492/879] add trigger audit_chain_row on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:50)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "user_mgmt"."user_identities"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."audit_chain_row"();

-- [493/879] add trigger audit_chain_row on user_mgmt.user_roles (schemas/user_mgmt.yaml:170:38)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "user_mgmt"."user_roles"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."audit_chain_row"();

-- [494/879] add trigger set_updated_at on user_mgmt.users (schemas/user_mgmt.yaml:58:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "user_mgmt"."users"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."set_updated_at"();

-- [495/879] add trigger audit_chain_row on user_mgmt.users (schemas/user_mgmt.yaml:60:9)
CREATE TRIGGER "audit_chain_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "user_mgmt"."users"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."audit_chain_row"();

-- [496/879] add trigger search_vector_update on user_mgmt.users (schemas/user_mgmt.yaml:61:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "user_mgmt"."users"
    FOR EACH ROW
    EXECUTE FUNCTION "user_mgmt"."users_search_vector"();

-- [497/879] enable rls auto.customers
ALTER TABLE "auto"."customers" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auto"."customers" FORCE ROW LEVEL SECURITY;

-- [498/879] enable rls auto.diagnostic_scans
ALTER TABLE "auto"."diagnostic_scans" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auto"."diagnostic_scans" FORCE ROW LEVEL SECURITY;

-- [499/879] enable rls auto.parts
ALTER TABLE "auto"."parts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auto"."parts" FORCE ROW LEVEL SECURITY;

-- [500/879] enable rls auto.repair_order_lines
ALTER TABLE "auto"."repair_order_lines" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auto"."repair_order_lines" FORCE ROW LEVEL SECURITY;

-- [501/879] enable rls auto.repair_orders
ALTER TABLE "auto"."repair_orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auto"."repair_orders" FORCE ROW LEVEL SECURITY;

-- [502/879] enable rls auto.vehicles
ALTER TABLE "auto"."vehicles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auto"."vehicles" FORCE ROW LEVEL SECURITY;

-- [503/879] enable rls courses.courses
ALTER TABLE "courses"."courses" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "courses"."courses" FORCE ROW LEVEL SECURITY;

-- [504/879] enable rls courses.enrollments
ALTER TABLE "courses"."enrollments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "courses"."enrollments" FORCE ROW LEVEL SECURITY;

-- [505/879] enable rls courses.lessons
ALTER TABLE "courses"."lessons" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "courses"."lessons" FORCE ROW LEVEL SECURITY;

-- [506/879] enable rls hs.customers
ALTER TABLE "hs"."customers" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."customers" FORCE ROW LEVEL SECURITY;

-- [507/879] enable rls hs.properties
ALTER TABLE "hs"."properties" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."properties" FORCE ROW LEVEL SECURITY;

-- [508/879] enable rls hs.quality_inspections
ALTER TABLE "hs"."quality_inspections" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."quality_inspections" FORCE ROW LEVEL SECURITY;

-- [509/879] enable rls hs.technicians
ALTER TABLE "hs"."technicians" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."technicians" FORCE ROW LEVEL SECURITY;

-- [510/879] enable rls hs.work_orders
ALTER TABLE "hs"."work_orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hs"."work_orders" FORCE ROW LEVEL SECURITY;

-- [511/879] enable rls payroll.employees
ALTER TABLE "payroll"."employees" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "payroll"."employees" FORCE ROW LEVEL SECURITY;

-- [512/879] enable rls payroll.pay_runs
ALTER TABLE "payroll"."pay_runs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "payroll"."pay_runs" FORCE ROW LEVEL SECURITY;

-- [513/879] enable rls payroll.pay_stubs
ALTER TABLE "payroll"."pay_stubs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "payroll"."pay_stubs" FORCE ROW LEVEL SECURITY;

-- [514/879] enable rls rest.haccp_logs
ALTER TABLE "rest"."haccp_logs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."haccp_logs" FORCE ROW LEVEL SECURITY;

-- [515/879] enable rls rest.kitchen_tickets
ALTER TABLE "rest"."kitchen_tickets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."kitchen_tickets" FORCE ROW LEVEL SECURITY;

-- [516/879] enable rls rest.menu_items
ALTER TABLE "rest"."menu_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."menu_items" FORCE ROW LEVEL SECURITY;

-- [517/879] enable rls rest.order_items
ALTER TABLE "rest"."order_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."order_items" FORCE ROW LEVEL SECURITY;

-- [518/879] enable rls rest.orders
ALTER TABLE "rest"."orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rest"."orders" FORCE ROW LEVEL SECURITY;

-- [519/879] enable rls ret.inventory_levels
ALTER TABLE "ret"."inventory_levels" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."inventory_levels" FORCE ROW LEVEL SECURITY;

-- [520/879] enable rls ret.locations
ALTER TABLE "ret"."locations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."locations" FORCE ROW LEVEL SECURITY;

-- [521/879] enable rls ret.loyalty_accounts
ALTER TABLE "ret"."loyalty_accounts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."loyalty_accounts" FORCE ROW LEVEL SECURITY;

-- [522/879] enable rls ret.order_lines
ALTER TABLE "ret"."order_lines" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."order_lines" FORCE ROW LEVEL SECURITY;

-- [523/879] enable rls ret.orders
ALTER TABLE "ret"."orders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."orders" FORCE ROW LEVEL SECURITY;

-- [524/879] enable rls ret.products
ALTER TABLE "ret"."products" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ret"."products" FORCE ROW LEVEL SECURITY;

-- [525/879] enable rls security_mgmt.api_keys
ALTER TABLE "security_mgmt"."api_keys" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."api_keys" FORCE ROW LEVEL SECURITY;

-- [526/879] enable rls security_mgmt.compliance_controls
ALTER TABLE "security_mgmt"."compliance_controls" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."compliance_controls" FORCE ROW LEVEL SECURITY;

-- [527/879] enable rls security_mgmt.security_events
ALTER TABLE "security_mgmt"."security_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."security_events" FORCE ROW LEVEL SECURITY;

-- [528/879] enable rls security_mgmt.security_incidents
ALTER TABLE "security_mgmt"."security_incidents" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."security_incidents" FORCE ROW LEVEL SECURITY;

-- [529/879] enable rls security_mgmt.vulnerabilities
ALTER TABLE "security_mgmt"."vulnerabilities" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."vulnerabilities" FORCE ROW LEVEL SECURITY;

-- [530/879] enable rls system_core.activity_events
ALTER TABLE "system_core"."activity_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."activity_events" FORCE ROW LEVEL SECURITY;

-- [531/879] enable rls system_core.comments
ALTER TABLE "system_core"."comments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."comments" FORCE ROW LEVEL SECURITY;

-- [532/879] enable rls system_core.entity_tags
ALTER TABLE "system_core"."entity_tags" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."entity_tags" FORCE ROW LEVEL SECURITY;

-- [533/879] enable rls system_core.files
ALTER TABLE "system_core"."files" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."files" FORCE ROW LEVEL SECURITY;

-- [534/879] enable rls system_core.notifications
ALTER TABLE "system_core"."notifications" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."notifications" FORCE ROW LEVEL SECURITY;

-- [535/879] enable rls system_core.tags
ALTER TABLE "system_core"."tags" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."tags" FORCE ROW LEVEL SECURITY;

-- [536/879] enable rls tenant_mgmt.business_verticals
ALTER TABLE "tenant_mgmt"."business_verticals" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."business_verticals" FORCE ROW LEVEL SECURITY;

-- [537/879] enable rls tenant_mgmt.businesses
ALTER TABLE "tenant_mgmt"."businesses" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."businesses" FORCE ROW LEVEL SECURITY;

-- [538/879] enable rls tenant_mgmt.subscriptions
ALTER TABLE "tenant_mgmt"."subscriptions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."subscriptions" FORCE ROW LEVEL SECURITY;

-- [539/879] enable rls tenant_mgmt.usage_records
ALTER TABLE "tenant_mgmt"."usage_records" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."usage_records" FORCE ROW LEVEL SECURITY;

-- [540/879] enable rls user_mgmt.role_permissions
ALTER TABLE "user_mgmt"."role_permissions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."role_permissions" FORCE ROW LEVEL SECURITY;

-- [541/879] enable rls user_mgmt.roles
ALTER TABLE "user_mgmt"."roles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."roles" FORCE ROW LEVEL SECURITY;

-- [542/879] enable rls user_mgmt.user_identities
ALTER TABLE "user_mgmt"."user_identities" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."user_identities" FORCE ROW LEVEL SECURITY;

-- [543/879] enable rls user_mgmt.user_roles
ALTER TABLE "user_mgmt"."user_roles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."user_roles" FORCE ROW LEVEL SECURITY;

-- [544/879] enable rls user_mgmt.user_sessions
ALTER TABLE "user_mgmt"."user_sessions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."user_sessions" FORCE ROW LEVEL SECURITY;

-- [545/879] enable rls user_mgmt.users
ALTER TABLE "user_mgmt"."users" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."users" FORCE ROW LEVEL SECURITY;

-- [546/879] add policy tenant_isolation on auto.customers (schemas/auto.yaml:18:23)
CREATE POLICY "tenant_isolation" ON "auto"."customers"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [547/879] add policy tenant_isolation on auto.diagnostic_scans (schemas/auto.yaml:199:23)
CREATE POLICY "tenant_isolation" ON "auto"."diagnostic_scans"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [548/879] add policy tenant_isolation on auto.parts (schemas/auto.yaml:80:9)
CREATE POLICY "tenant_isolation" ON "auto"."parts"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [549/879] add policy tenant_isolation on auto.repair_order_lines (schemas/auto.yaml:160:23)
CREATE POLICY "tenant_isolation" ON "auto"."repair_order_lines"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [550/879] add policy tenant_isolation on auto.repair_orders (schemas/auto.yaml:109:23)
CREATE POLICY "tenant_isolation" ON "auto"."repair_orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [551/879] add policy tenant_isolation on auto.vehicles (schemas/auto.yaml:39:23)
CREATE POLICY "tenant_isolation" ON "auto"."vehicles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [552/879] add policy tenant_isolation on courses.courses (schemas/courses.yaml:19:9)
CREATE POLICY "tenant_isolation" ON "courses"."courses"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [553/879] add policy tenant_isolation on courses.enrollments (schemas/courses.yaml:67:23)
CREATE POLICY "tenant_isolation" ON "courses"."enrollments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [554/879] add policy tenant_isolation on courses.lessons (schemas/courses.yaml:46:23)
CREATE POLICY "tenant_isolation" ON "courses"."lessons"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [555/879] add policy tenant_isolation on hs.customers (schemas/hs.yaml:35:9)
CREATE POLICY "tenant_isolation" ON "hs"."customers"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [556/879] add policy tenant_isolation on hs.properties (schemas/hs.yaml:57:23)
CREATE POLICY "tenant_isolation" ON "hs"."properties"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [557/879] add policy tenant_isolation on hs.quality_inspections (schemas/hs.yaml:176:23)
CREATE POLICY "tenant_isolation" ON "hs"."quality_inspections"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [558/879] add policy tenant_isolation on hs.technicians (schemas/hs.yaml:86:23)
CREATE POLICY "tenant_isolation" ON "hs"."technicians"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [559/879] add policy tenant_isolation on hs.work_orders (schemas/hs.yaml:117:9)
CREATE POLICY "tenant_isolation" ON "hs"."work_orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [560/879] add policy tenant_isolation on payroll.employees (schemas/payroll.yaml:16:23)
CREATE POLICY "tenant_isolation" ON "payroll"."employees"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [561/879] add policy tenant_isolation on payroll.pay_runs (schemas/payroll.yaml:41:23)
CREATE POLICY "tenant_isolation" ON "payroll"."pay_runs"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [562/879] add policy tenant_isolation on payroll.pay_stubs (schemas/payroll.yaml:69:23)
CREATE POLICY "tenant_isolation" ON "payroll"."pay_stubs"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [563/879] add policy tenant_isolation on rest.haccp_logs (schemas/rest.yaml:156:23)
CREATE POLICY "tenant_isolation" ON "rest"."haccp_logs"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [564/879] add policy tenant_isolation on rest.kitchen_tickets (schemas/rest.yaml:130:23)
CREATE POLICY "tenant_isolation" ON "rest"."kitchen_tickets"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [565/879] add policy tenant_isolation on rest.menu_items (schemas/rest.yaml:27:9)
CREATE POLICY "tenant_isolation" ON "rest"."menu_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [566/879] add policy tenant_isolation on rest.order_items (schemas/rest.yaml:98:23)
CREATE POLICY "tenant_isolation" ON "rest"."order_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [567/879] add policy tenant_isolation on rest.orders (schemas/rest.yaml:55:23)
CREATE POLICY "tenant_isolation" ON "rest"."orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [568/879] add policy tenant_isolation on ret.inventory_levels (schemas/ret.yaml:68:14)
CREATE POLICY "tenant_isolation" ON "ret"."inventory_levels"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [569/879] add policy tenant_isolation on ret.locations (schemas/ret.yaml:19:23)
CREATE POLICY "tenant_isolation" ON "ret"."locations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [570/879] add policy tenant_isolation on ret.loyalty_accounts (schemas/ret.yaml:95:23)
CREATE POLICY "tenant_isolation" ON "ret"."loyalty_accounts"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [571/879] add policy tenant_isolation on ret.order_lines (schemas/ret.yaml:156:23)
CREATE POLICY "tenant_isolation" ON "ret"."order_lines"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [572/879] add policy tenant_isolation on ret.orders (schemas/ret.yaml:117:23)
CREATE POLICY "tenant_isolation" ON "ret"."orders"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [573/879] add policy tenant_isolation on ret.products (schemas/ret.yaml:37:9)
CREATE POLICY "tenant_isolation" ON "ret"."products"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [574/879] add policy tenant_isolation on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:23)
CREATE POLICY "tenant_isolation" ON "security_mgmt"."api_keys"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [575/879] add policy tenant_isolation on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:23)
CREATE POLICY "tenant_isolation" ON "security_mgmt"."compliance_controls"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [576/879] add policy tenant_isolation on security_mgmt.security_events (schemas/security_mgmt.yaml:70:23)
CREATE POLICY "tenant_isolation" ON "security_mgmt"."security_events"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [577/879] add policy tenant_isolation on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:23)
CREATE POLICY "tenant_isolation" ON "security_mgmt"."security_incidents"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [578/879] add policy tenant_isolation on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:132:23)
CREATE POLICY "tenant_isolation" ON "security_mgmt"."vulnerabilities"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [579/879] add policy tenant_isolation on system_core.activity_events (schemas/system_core.yaml:18:14)
CREATE POLICY "tenant_isolation" ON "system_core"."activity_events"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [580/879] add policy tenant_isolation on system_core.comments (schemas/system_core.yaml:155:23)
CREATE POLICY "tenant_isolation" ON "system_core"."comments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [581/879] add policy tenant_isolation on system_core.entity_tags (schemas/system_core.yaml:139:14)
CREATE POLICY "tenant_isolation" ON "system_core"."entity_tags"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [582/879] add policy tenant_isolation on system_core.files (schemas/system_core.yaml:98:23)
CREATE POLICY "tenant_isolation" ON "system_core"."files"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [583/879] add policy tenant_isolation on system_core.notifications (schemas/system_core.yaml:63:23)
CREATE POLICY "tenant_isolation" ON "system_core"."notifications"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [584/879] add policy tenant_isolation on system_core.tags (schemas/system_core.yaml:129:23)
CREATE POLICY "tenant_isolation" ON "system_core"."tags"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [585/879] add policy tenant_isolation on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
CREATE POLICY "tenant_isolation" ON "tenant_mgmt"."business_verticals"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [586/879] add policy tenant_self on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:23)
CREATE POLICY "tenant_self" ON "tenant_mgmt"."businesses"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [587/879] add policy tenant_isolation on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
CREATE POLICY "tenant_isolation" ON "tenant_mgmt"."subscriptions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [588/879] add policy tenant_isolation on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
CREATE POLICY "tenant_isolation" ON "tenant_mgmt"."usage_records"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [589/879] add policy tenant_isolation on user_mgmt.role_permissions (schemas/user_mgmt.yaml:151:14)
CREATE POLICY "tenant_isolation" ON "user_mgmt"."role_permissions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [590/879] add policy tenant_isolation on user_mgmt.roles (schemas/user_mgmt.yaml:128:23)
CREATE POLICY "tenant_isolation" ON "user_mgmt"."roles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [591/879] add policy tenant_isolation on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:23)
CREATE POLICY "tenant_isolation" ON "user_mgmt"."user_identities"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [592/879] add policy tenant_isolation on user_mgmt.user_roles (schemas/user_mgmt.yaml:170:23)
CREATE POLICY "tenant_isolation" ON "user_mgmt"."user_roles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [593/879] add policy tenant_isolation on user_mgmt.user_sessions (schemas/user_mgmt.yaml:206:23)
CREATE POLICY "tenant_isolation" ON "user_mgmt"."user_sessions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [594/879] add policy tenant_isolation on user_mgmt.users (schemas/user_mgmt.yaml:57:9)
CREATE POLICY "tenant_isolation" ON "user_mgmt"."users"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid)
    WITH CHECK ("business_id" = NULLIF(current_setting('app.current_business_id', true), '')::uuid);

-- [595/879] add grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to multi_app
GRANT EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) TO "multi_app";

-- [596/879] add grant USAGE on schema auto to multi_app
GRANT USAGE ON SCHEMA "auto" TO "multi_app";

-- [597/879] add grant USAGE on schema courses to multi_app
GRANT USAGE ON SCHEMA "courses" TO "multi_app";

-- [598/879] add grant USAGE on schema hs to multi_app
GRANT USAGE ON SCHEMA "hs" TO "multi_app";

-- [599/879] add grant USAGE on schema payroll to multi_app
GRANT USAGE ON SCHEMA "payroll" TO "multi_app";

-- [600/879] add grant USAGE on schema rest to multi_app
GRANT USAGE ON SCHEMA "rest" TO "multi_app";

-- [601/879] add grant USAGE on schema ret to multi_app
GRANT USAGE ON SCHEMA "ret" TO "multi_app";

-- [602/879] add grant USAGE on schema security_mgmt to multi_app
GRANT USAGE ON SCHEMA "security_mgmt" TO "multi_app";

-- [603/879] add grant USAGE on schema system_core to multi_app
GRANT USAGE ON SCHEMA "system_core" TO "multi_app";

-- [604/879] add grant USAGE on schema tenant_mgmt to multi_app
GRANT USAGE ON SCHEMA "tenant_mgmt" TO "multi_app";

-- [605/879] add grant USAGE on schema user_mgmt to multi_app
GRANT USAGE ON SCHEMA "user_mgmt" TO "multi_app";

-- [606/879] add grant DELETE,INSERT,SELECT,UPDATE on table auto.customers to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."customers" TO "multi_app";

-- [607/879] add grant DELETE,INSERT,SELECT,UPDATE on table auto.diagnostic_scans to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."diagnostic_scans" TO "multi_app";

-- [608/879] add grant DELETE,INSERT,SELECT,UPDATE on table auto.parts to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."parts" TO "multi_app";

-- [609/879] add grant DELETE,INSERT,SELECT,UPDATE on table auto.repair_order_lines to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."repair_order_lines" TO "multi_app";

-- [610/879] add grant DELETE,INSERT,SELECT,UPDATE on table auto.repair_orders to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."repair_orders" TO "multi_app";

-- [611/879] add grant DELETE,INSERT,SELECT,UPDATE on table auto.vehicles to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."vehicles" TO "multi_app";

-- [612/879] add grant DELETE,INSERT,SELECT,UPDATE on table courses.courses to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "courses"."courses" TO "multi_app";

-- [613/879] add grant DELETE,INSERT,SELECT,UPDATE on table courses.enrollments to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "courses"."enrollments" TO "multi_app";

-- [614/879] add grant DELETE,INSERT,SELECT,UPDATE on table courses.lessons to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "courses"."lessons" TO "multi_app";

-- [615/879] add grant DELETE,INSERT,SELECT,UPDATE on table hs.customers to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."customers" TO "multi_app";

-- [616/879] add grant DELETE,INSERT,SELECT,UPDATE on table hs.properties to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."properties" TO "multi_app";

-- [617/879] add grant DELETE,INSERT,SELECT,UPDATE on table hs.quality_inspections to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."quality_inspections" TO "multi_app";

-- [618/879] add grant DELETE,INSERT,SELECT,UPDATE on table hs.technicians to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."technicians" TO "multi_app";

-- [619/879] add grant DELETE,INSERT,SELECT,UPDATE on table hs.work_orders to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."work_orders" TO "multi_app";

-- [620/879] add grant DELETE,INSERT,SELECT,UPDATE on table payroll.employees to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "payroll"."employees" TO "multi_app";

-- [621/879] add grant DELETE,INSERT,SELECT,UPDATE on table payroll.pay_runs to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "payroll"."pay_runs" TO "multi_app";

-- [622/879] add grant DELETE,INSERT,SELECT,UPDATE on table payroll.pay_stubs to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "payroll"."pay_stubs" TO "multi_app";

-- [623/879] add grant DELETE,INSERT,SELECT,UPDATE on table rest.haccp_logs to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."haccp_logs" TO "multi_app";

-- [624/879] add grant DELETE,INSERT,SELECT,UPDATE on table rest.kitchen_tickets to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."kitchen_tickets" TO "multi_app";

-- [625/879] add grant DELETE,INSERT,SELECT,UPDATE on table rest.menu_items to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."menu_items" TO "multi_app";

-- [626/879] add grant DELETE,INSERT,SELECT,UPDATE on table rest.order_items to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."order_items" TO "multi_app";

-- [627/879] add grant DELETE,INSERT,SELECT,UPDATE on table rest.orders to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."orders" TO "multi_app";

-- [628/879] add grant DELETE,INSERT,SELECT,UPDATE on table ret.inventory_levels to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."inventory_levels" TO "multi_app";

-- [629/879] add grant DELETE,INSERT,SELECT,UPDATE on table ret.locations to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."locations" TO "multi_app";

-- [630/879] add grant DELETE,INSERT,SELECT,UPDATE on table ret.loyalty_accounts to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."loyalty_accounts" TO "multi_app";

-- [631/879] add grant DELETE,INSERT,SELECT,UPDATE on table ret.order_lines to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."order_lines" TO "multi_app";

-- [632/879] add grant DELETE,INSERT,SELECT,UPDATE on table ret.orders to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."orders" TO "multi_app";

-- [633/879] add grant DELETE,INSERT,SELECT,UPDATE on table ret.products to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."products" TO "multi_app";

-- [634/879] add grant SELECT on table ret.tenant_daily_sales to multi_app
GRANT SELECT ON TABLE "ret"."tenant_daily_sales" TO "multi_app";

-- [635/879] add grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.api_keys to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."api_keys" TO "multi_app";

-- [636/879] add grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.compliance_controls to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."compliance_controls" TO "multi_app";

-- [637/879] add grant SELECT on table security_mgmt.compliance_frameworks to multi_app
GRANT SELECT ON TABLE "security_mgmt"."compliance_frameworks" TO "multi_app";

-- [638/879] add grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.security_events to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."security_events" TO "multi_app";

-- [639/879] add grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.security_incidents to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."security_incidents" TO "multi_app";

-- [640/879] add grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.vulnerabilities to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."vulnerabilities" TO "multi_app";

-- [641/879] add grant INSERT,SELECT on table system_core.activity_events to multi_app
GRANT INSERT, SELECT ON TABLE "system_core"."activity_events" TO "multi_app";

-- [642/879] add grant DELETE,INSERT,SELECT,UPDATE on table system_core.comments to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."comments" TO "multi_app";

-- [643/879] add grant DELETE,INSERT,SELECT,UPDATE on table system_core.entity_tags to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."entity_tags" TO "multi_app";

-- [644/879] add grant DELETE,INSERT,SELECT,UPDATE on table system_core.files to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."files" TO "multi_app";

-- [645/879] add grant DELETE,INSERT,SELECT,UPDATE on table system_core.notifications to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."notifications" TO "multi_app";

-- [646/879] add grant DELETE,INSERT,SELECT,UPDATE on table system_core.tags to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."tags" TO "multi_app";

-- [647/879] add grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.business_verticals to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."business_verticals" TO "multi_app";

-- [648/879] add grant SELECT,UPDATE on table tenant_mgmt.businesses to multi_app
GRANT SELECT, UPDATE ON TABLE "tenant_mgmt"."businesses" TO "multi_app";

-- [649/879] add grant SELECT on table tenant_mgmt.subscription_plans to multi_app
GRANT SELECT ON TABLE "tenant_mgmt"."subscription_plans" TO "multi_app";

-- [650/879] add grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.subscriptions to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."subscriptions" TO "multi_app";

-- [651/879] add grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.usage_records to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."usage_records" TO "multi_app";

-- [652/879] add grant SELECT on table user_mgmt.effective_permissions to multi_app
GRANT SELECT ON TABLE "user_mgmt"."effective_permissions" TO "multi_app";

-- [653/879] add grant SELECT on table user_mgmt.permissions to multi_app
GRANT SELECT ON TABLE "user_mgmt"."permissions" TO "multi_app";

-- [654/879] add grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.role_permissions to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."role_permissions" TO "multi_app";

-- [655/879] add grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.roles to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."roles" TO "multi_app";

-- [656/879] add grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.user_identities to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."user_identities" TO "multi_app";

-- [657/879] add grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.user_roles to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."user_roles" TO "multi_app";

-- [658/879] add grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.user_sessions to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."user_sessions" TO "multi_app";

-- [659/879] add grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.users to multi_app
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."users" TO "multi_app";

-- [660/879] add grant USAGE on type auto.line_type to multi_app
GRANT USAGE ON TYPE "auto"."line_type" TO "multi_app";

-- [661/879] add grant USAGE on type auto.powertrain to multi_app
GRANT USAGE ON TYPE "auto"."powertrain" TO "multi_app";

-- [662/879] add grant USAGE on type auto.repair_order_status to multi_app
GRANT USAGE ON TYPE "auto"."repair_order_status" TO "multi_app";

-- [663/879] add grant USAGE on type courses.course_level to multi_app
GRANT USAGE ON TYPE "courses"."course_level" TO "multi_app";

-- [664/879] add grant USAGE on type courses.course_status to multi_app
GRANT USAGE ON TYPE "courses"."course_status" TO "multi_app";

-- [665/879] add grant USAGE on type courses.enrollment_status to multi_app
GRANT USAGE ON TYPE "courses"."enrollment_status" TO "multi_app";

-- [666/879] add grant USAGE on type courses.lesson_kind to multi_app
GRANT USAGE ON TYPE "courses"."lesson_kind" TO "multi_app";

-- [667/879] add grant USAGE on type hs.customer_type to multi_app
GRANT USAGE ON TYPE "hs"."customer_type" TO "multi_app";

-- [668/879] add grant USAGE on type hs.property_type to multi_app
GRANT USAGE ON TYPE "hs"."property_type" TO "multi_app";

-- [669/879] add grant USAGE on type hs.work_order_status to multi_app
GRANT USAGE ON TYPE "hs"."work_order_status" TO "multi_app";

-- [670/879] add grant USAGE on type hs.work_priority to multi_app
GRANT USAGE ON TYPE "hs"."work_priority" TO "multi_app";

-- [671/879] add grant USAGE on type payroll.pay_frequency to multi_app
GRANT USAGE ON TYPE "payroll"."pay_frequency" TO "multi_app";

-- [672/879] add grant USAGE on type payroll.pay_run_status to multi_app
GRANT USAGE ON TYPE "payroll"."pay_run_status" TO "multi_app";

-- [673/879] add grant USAGE on type payroll.pay_type to multi_app
GRANT USAGE ON TYPE "payroll"."pay_type" TO "multi_app";

-- [674/879] add grant USAGE on type rest.delivery_provider to multi_app
GRANT USAGE ON TYPE "rest"."delivery_provider" TO "multi_app";

-- [675/879] add grant USAGE on type rest.haccp_point to multi_app
GRANT USAGE ON TYPE "rest"."haccp_point" TO "multi_app";

-- [676/879] add grant USAGE on type rest.kds_status to multi_app
GRANT USAGE ON TYPE "rest"."kds_status" TO "multi_app";

-- [677/879] add grant USAGE on type rest.menu_category to multi_app
GRANT USAGE ON TYPE "rest"."menu_category" TO "multi_app";

-- [678/879] add grant USAGE on type rest.order_status to multi_app
GRANT USAGE ON TYPE "rest"."order_status" TO "multi_app";

-- [679/879] add grant USAGE on type rest.order_type to multi_app
GRANT USAGE ON TYPE "rest"."order_type" TO "multi_app";

-- [680/879] add grant USAGE on type rest.prep_station to multi_app
GRANT USAGE ON TYPE "rest"."prep_station" TO "multi_app";

-- [681/879] add grant USAGE on type ret.location_type to multi_app
GRANT USAGE ON TYPE "ret"."location_type" TO "multi_app";

-- [682/879] add grant USAGE on type ret.loyalty_tier to multi_app
GRANT USAGE ON TYPE "ret"."loyalty_tier" TO "multi_app";

-- [683/879] add grant USAGE on type ret.sale_status to multi_app
GRANT USAGE ON TYPE "ret"."sale_status" TO "multi_app";

-- [684/879] add grant USAGE on type ret.sales_channel to multi_app
GRANT USAGE ON TYPE "ret"."sales_channel" TO "multi_app";

-- [685/879] add grant USAGE on type security_mgmt.control_status to multi_app
GRANT USAGE ON TYPE "security_mgmt"."control_status" TO "multi_app";

-- [686/879] add grant USAGE on type security_mgmt.incident_status to multi_app
GRANT USAGE ON TYPE "security_mgmt"."incident_status" TO "multi_app";

-- [687/879] add grant USAGE on type security_mgmt.nist_function to multi_app
GRANT USAGE ON TYPE "security_mgmt"."nist_function" TO "multi_app";

-- [688/879] add grant USAGE on type security_mgmt.security_event_type to multi_app
GRANT USAGE ON TYPE "security_mgmt"."security_event_type" TO "multi_app";

-- [689/879] add grant USAGE on type security_mgmt.severity to multi_app
GRANT USAGE ON TYPE "security_mgmt"."severity" TO "multi_app";

-- [690/879] add grant USAGE on type security_mgmt.vulnerability_status to multi_app
GRANT USAGE ON TYPE "security_mgmt"."vulnerability_status" TO "multi_app";

-- [691/879] add grant USAGE on type system_core.notification_channel to multi_app
GRANT USAGE ON TYPE "system_core"."notification_channel" TO "multi_app";

-- [692/879] add grant USAGE on type system_core.notification_status to multi_app
GRANT USAGE ON TYPE "system_core"."notification_status" TO "multi_app";

-- [693/879] add grant USAGE on type system_core.scan_status to multi_app
GRANT USAGE ON TYPE "system_core"."scan_status" TO "multi_app";

-- [694/879] add grant USAGE on type tenant_mgmt.billing_interval to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."billing_interval" TO "multi_app";

-- [695/879] add grant USAGE on type tenant_mgmt.business_status to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."business_status" TO "multi_app";

-- [696/879] add grant USAGE on type tenant_mgmt.subscription_status to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."subscription_status" TO "multi_app";

-- [697/879] add grant USAGE on type tenant_mgmt.usage_metric to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."usage_metric" TO "multi_app";

-- [698/879] add grant USAGE on type tenant_mgmt.vertical to multi_app
GRANT USAGE ON TYPE "tenant_mgmt"."vertical" TO "multi_app";

-- [699/879] add grant USAGE on type user_mgmt.auth_method to multi_app
GRANT USAGE ON TYPE "user_mgmt"."auth_method" TO "multi_app";

-- [700/879] add grant USAGE on type user_mgmt.user_status to multi_app
GRANT USAGE ON TYPE "user_mgmt"."user_status" TO "multi_app";

-- [701/879] add grant EXECUTE on function auto.verify_audit_chain() to multi_auditor
GRANT EXECUTE ON FUNCTION "auto"."verify_audit_chain"() TO "multi_auditor";

-- [702/879] add grant EXECUTE on function hs.verify_audit_chain() to multi_auditor
GRANT EXECUTE ON FUNCTION "hs"."verify_audit_chain"() TO "multi_auditor";

-- [703/879] add grant EXECUTE on function payroll.verify_audit_chain() to multi_auditor
GRANT EXECUTE ON FUNCTION "payroll"."verify_audit_chain"() TO "multi_auditor";

-- [704/879] add grant EXECUTE on function rest.verify_audit_chain() to multi_auditor
GRANT EXECUTE ON FUNCTION "rest"."verify_audit_chain"() TO "multi_auditor";

-- [705/879] add grant EXECUTE on function security_mgmt.verify_audit_chain() to multi_auditor
GRANT EXECUTE ON FUNCTION "security_mgmt"."verify_audit_chain"() TO "multi_auditor";

-- [706/879] add grant EXECUTE on function tenant_mgmt.verify_audit_chain() to multi_auditor
GRANT EXECUTE ON FUNCTION "tenant_mgmt"."verify_audit_chain"() TO "multi_auditor";

-- [707/879] add grant EXECUTE on function user_mgmt.verify_audit_chain() to multi_auditor
GRANT EXECUTE ON FUNCTION "user_mgmt"."verify_audit_chain"() TO "multi_auditor";

-- [708/879] add grant USAGE on schema auto to multi_auditor
GRANT USAGE ON SCHEMA "auto" TO "multi_auditor";

-- [709/879] add grant USAGE on schema courses to multi_auditor
GRANT USAGE ON SCHEMA "courses" TO "multi_auditor";

-- [710/879] add grant USAGE on schema hs to multi_auditor
GRANT USAGE ON SCHEMA "hs" TO "multi_auditor";

-- [711/879] add grant USAGE on schema payroll to multi_auditor
GRANT USAGE ON SCHEMA "payroll" TO "multi_auditor";

-- [712/879] add grant USAGE on schema rest to multi_auditor
GRANT USAGE ON SCHEMA "rest" TO "multi_auditor";

-- [713/879] add grant USAGE on schema ret to multi_auditor
GRANT USAGE ON SCHEMA "ret" TO "multi_auditor";

-- [714/879] add grant USAGE on schema security_mgmt to multi_auditor
GRANT USAGE ON SCHEMA "security_mgmt" TO "multi_auditor";

-- [715/879] add grant USAGE on schema system_core to multi_auditor
GRANT USAGE ON SCHEMA "system_core" TO "multi_auditor";

-- [716/879] add grant USAGE on schema tenant_mgmt to multi_auditor
GRANT USAGE ON SCHEMA "tenant_mgmt" TO "multi_auditor";

-- [717/879] add grant USAGE on schema user_mgmt to multi_auditor
GRANT USAGE ON SCHEMA "user_mgmt" TO "multi_auditor";

-- [718/879] add grant SELECT on table auto.audit_trail to multi_auditor
GRANT SELECT ON TABLE "auto"."audit_trail" TO "multi_auditor";

-- [719/879] add grant SELECT on table auto.customers to multi_auditor
GRANT SELECT ON TABLE "auto"."customers" TO "multi_auditor";

-- [720/879] add grant SELECT on table auto.diagnostic_scans to multi_auditor
GRANT SELECT ON TABLE "auto"."diagnostic_scans" TO "multi_auditor";

-- [721/879] add grant SELECT on table auto.parts to multi_auditor
GRANT SELECT ON TABLE "auto"."parts" TO "multi_auditor";

-- [722/879] add grant SELECT on table auto.repair_order_lines to multi_auditor
GRANT SELECT ON TABLE "auto"."repair_order_lines" TO "multi_auditor";

-- [723/879] add grant SELECT on table auto.repair_orders to multi_auditor
GRANT SELECT ON TABLE "auto"."repair_orders" TO "multi_auditor";

-- [724/879] add grant SELECT on table auto.vehicles to multi_auditor
GRANT SELECT ON TABLE "auto"."vehicles" TO "multi_auditor";

-- [725/879] add grant SELECT on table courses.courses to multi_auditor
GRANT SELECT ON TABLE "courses"."courses" TO "multi_auditor";

-- [726/879] add grant SELECT on table courses.enrollments to multi_auditor
GRANT SELECT ON TABLE "courses"."enrollments" TO "multi_auditor";

-- [727/879] add grant SELECT on table courses.lessons to multi_auditor
GRANT SELECT ON TABLE "courses"."lessons" TO "multi_auditor";

-- [728/879] add grant SELECT on table hs.audit_trail to multi_auditor
GRANT SELECT ON TABLE "hs"."audit_trail" TO "multi_auditor";

-- [729/879] add grant SELECT on table hs.customers to multi_auditor
GRANT SELECT ON TABLE "hs"."customers" TO "multi_auditor";

-- [730/879] add grant SELECT on table hs.properties to multi_auditor
GRANT SELECT ON TABLE "hs"."properties" TO "multi_auditor";

-- [731/879] add grant SELECT on table hs.quality_inspections to multi_auditor
GRANT SELECT ON TABLE "hs"."quality_inspections" TO "multi_auditor";

-- [732/879] add grant SELECT on table hs.technicians to multi_auditor
GRANT SELECT ON TABLE "hs"."technicians" TO "multi_auditor";

-- [733/879] add grant SELECT on table hs.work_orders to multi_auditor
GRANT SELECT ON TABLE "hs"."work_orders" TO "multi_auditor";

-- [734/879] add grant SELECT on table payroll.audit_trail to multi_auditor
GRANT SELECT ON TABLE "payroll"."audit_trail" TO "multi_auditor";

-- [735/879] add grant SELECT on table payroll.employees to multi_auditor
GRANT SELECT ON TABLE "payroll"."employees" TO "multi_auditor";

-- [736/879] add grant SELECT on table payroll.pay_runs to multi_auditor
GRANT SELECT ON TABLE "payroll"."pay_runs" TO "multi_auditor";

-- [737/879] add grant SELECT on table payroll.pay_stubs to multi_auditor
GRANT SELECT ON TABLE "payroll"."pay_stubs" TO "multi_auditor";

-- [738/879] add grant SELECT on table rest.audit_trail to multi_auditor
GRANT SELECT ON TABLE "rest"."audit_trail" TO "multi_auditor";

-- [739/879] add grant SELECT on table rest.haccp_logs to multi_auditor
GRANT SELECT ON TABLE "rest"."haccp_logs" TO "multi_auditor";

-- [740/879] add grant SELECT on table rest.kitchen_tickets to multi_auditor
GRANT SELECT ON TABLE "rest"."kitchen_tickets" TO "multi_auditor";

-- [741/879] add grant SELECT on table rest.menu_items to multi_auditor
GRANT SELECT ON TABLE "rest"."menu_items" TO "multi_auditor";

-- [742/879] add grant SELECT on table rest.order_items to multi_auditor
GRANT SELECT ON TABLE "rest"."order_items" TO "multi_auditor";

-- [743/879] add grant SELECT on table rest.orders to multi_auditor
GRANT SELECT ON TABLE "rest"."orders" TO "multi_auditor";

-- [744/879] add grant SELECT on table ret.daily_sales to multi_auditor
GRANT SELECT ON TABLE "ret"."daily_sales" TO "multi_auditor";

-- [745/879] add grant SELECT on table ret.inventory_levels to multi_auditor
GRANT SELECT ON TABLE "ret"."inventory_levels" TO "multi_auditor";

-- [746/879] add grant SELECT on table ret.locations to multi_auditor
GRANT SELECT ON TABLE "ret"."locations" TO "multi_auditor";

-- [747/879] add grant SELECT on table ret.loyalty_accounts to multi_auditor
GRANT SELECT ON TABLE "ret"."loyalty_accounts" TO "multi_auditor";

-- [748/879] add grant SELECT on table ret.order_lines to multi_auditor
GRANT SELECT ON TABLE "ret"."order_lines" TO "multi_auditor";

-- [749/879] add grant SELECT on table ret.orders to multi_auditor
GRANT SELECT ON TABLE "ret"."orders" TO "multi_auditor";

-- [750/879] add grant SELECT on table ret.products to multi_auditor
GRANT SELECT ON TABLE "ret"."products" TO "multi_auditor";

-- [751/879] add grant SELECT on table ret.tenant_daily_sales to multi_auditor
GRANT SELECT ON TABLE "ret"."tenant_daily_sales" TO "multi_auditor";

-- [752/879] add grant SELECT on table security_mgmt.api_keys to multi_auditor
GRANT SELECT ON TABLE "security_mgmt"."api_keys" TO "multi_auditor";

-- [753/879] add grant SELECT on table security_mgmt.audit_trail to multi_auditor
GRANT SELECT ON TABLE "security_mgmt"."audit_trail" TO "multi_auditor";

-- [754/879] add grant SELECT on table security_mgmt.compliance_controls to multi_auditor
GRANT SELECT ON TABLE "security_mgmt"."compliance_controls" TO "multi_auditor";

-- [755/879] add grant SELECT on table security_mgmt.compliance_frameworks to multi_auditor
GRANT SELECT ON TABLE "security_mgmt"."compliance_frameworks" TO "multi_auditor";

-- [756/879] add grant SELECT on table security_mgmt.security_events to multi_auditor
GRANT SELECT ON TABLE "security_mgmt"."security_events" TO "multi_auditor";

-- [757/879] add grant SELECT on table security_mgmt.security_incidents to multi_auditor
GRANT SELECT ON TABLE "security_mgmt"."security_incidents" TO "multi_auditor";

-- [758/879] add grant SELECT on table security_mgmt.vulnerabilities to multi_auditor
GRANT SELECT ON TABLE "security_mgmt"."vulnerabilities" TO "multi_auditor";

-- [759/879] add grant SELECT on table system_core.activity_events to multi_auditor
GRANT SELECT ON TABLE "system_core"."activity_events" TO "multi_auditor";

-- [760/879] add grant SELECT on table system_core.comments to multi_auditor
GRANT SELECT ON TABLE "system_core"."comments" TO "multi_auditor";

-- [761/879] add grant SELECT on table system_core.entity_tags to multi_auditor
GRANT SELECT ON TABLE "system_core"."entity_tags" TO "multi_auditor";

-- [762/879] add grant SELECT on table system_core.files to multi_auditor
GRANT SELECT ON TABLE "system_core"."files" TO "multi_auditor";

-- [763/879] add grant SELECT on table system_core.notifications to multi_auditor
GRANT SELECT ON TABLE "system_core"."notifications" TO "multi_auditor";

-- [764/879] add grant SELECT on table system_core.tags to multi_auditor
GRANT SELECT ON TABLE "system_core"."tags" TO "multi_auditor";

-- [765/879] add grant SELECT on table tenant_mgmt.audit_trail to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."audit_trail" TO "multi_auditor";

-- [766/879] add grant SELECT on table tenant_mgmt.business_verticals to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."business_verticals" TO "multi_auditor";

-- [767/879] add grant SELECT on table tenant_mgmt.businesses to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."businesses" TO "multi_auditor";

-- [768/879] add grant SELECT on table tenant_mgmt.subscription_plans to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."subscription_plans" TO "multi_auditor";

-- [769/879] add grant SELECT on table tenant_mgmt.subscriptions to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."subscriptions" TO "multi_auditor";

-- [770/879] add grant SELECT on table tenant_mgmt.usage_records to multi_auditor
GRANT SELECT ON TABLE "tenant_mgmt"."usage_records" TO "multi_auditor";

-- [771/879] add grant SELECT on table user_mgmt.audit_trail to multi_auditor
GRANT SELECT ON TABLE "user_mgmt"."audit_trail" TO "multi_auditor";

-- [772/879] add grant SELECT on table user_mgmt.effective_permissions to multi_auditor
GRANT SELECT ON TABLE "user_mgmt"."effective_permissions" TO "multi_auditor";

-- [773/879] add grant SELECT on table user_mgmt.permissions to multi_auditor
GRANT SELECT ON TABLE "user_mgmt"."permissions" TO "multi_auditor";

-- [774/879] add grant SELECT on table user_mgmt.role_permissions to multi_auditor
GRANT SELECT ON TABLE "user_mgmt"."role_permissions" TO "multi_auditor";

-- [775/879] add grant SELECT on table user_mgmt.roles to multi_auditor
GRANT SELECT ON TABLE "user_mgmt"."roles" TO "multi_auditor";

-- [776/879] add grant SELECT on table user_mgmt.user_identities to multi_auditor
GRANT SELECT ON TABLE "user_mgmt"."user_identities" TO "multi_auditor";

-- [777/879] add grant SELECT on table user_mgmt.user_roles to multi_auditor
GRANT SELECT ON TABLE "user_mgmt"."user_roles" TO "multi_auditor";

-- [778/879] add grant SELECT on table user_mgmt.user_sessions to multi_auditor
GRANT SELECT ON TABLE "user_mgmt"."user_sessions" TO "multi_auditor";

-- [779/879] add grant SELECT on table user_mgmt.users to multi_auditor
GRANT SELECT ON TABLE "user_mgmt"."users" TO "multi_auditor";

-- [780/879] add grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to multi_readonly
GRANT EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) TO "multi_readonly";

-- [781/879] add grant USAGE on schema auto to multi_readonly
GRANT USAGE ON SCHEMA "auto" TO "multi_readonly";

-- [782/879] add grant USAGE on schema courses to multi_readonly
GRANT USAGE ON SCHEMA "courses" TO "multi_readonly";

-- [783/879] add grant USAGE on schema hs to multi_readonly
GRANT USAGE ON SCHEMA "hs" TO "multi_readonly";

-- [784/879] add grant USAGE on schema payroll to multi_readonly
GRANT USAGE ON SCHEMA "payroll" TO "multi_readonly";

-- [785/879] add grant USAGE on schema rest to multi_readonly
GRANT USAGE ON SCHEMA "rest" TO "multi_readonly";

-- [786/879] add grant USAGE on schema ret to multi_readonly
GRANT USAGE ON SCHEMA "ret" TO "multi_readonly";

-- [787/879] add grant USAGE on schema security_mgmt to multi_readonly
GRANT USAGE ON SCHEMA "security_mgmt" TO "multi_readonly";

-- [788/879] add grant USAGE on schema system_core to multi_readonly
GRANT USAGE ON SCHEMA "system_core" TO "multi_readonly";

-- [789/879] add grant USAGE on schema tenant_mgmt to multi_readonly
GRANT USAGE ON SCHEMA "tenant_mgmt" TO "multi_readonly";

-- [790/879] add grant USAGE on schema user_mgmt to multi_readonly
GRANT USAGE ON SCHEMA "user_mgmt" TO "multi_readonly";

-- [791/879] add grant SELECT on table auto.customers to multi_readonly
GRANT SELECT ON TABLE "auto"."customers" TO "multi_readonly";

-- [792/879] add grant SELECT on table auto.diagnostic_scans to multi_readonly
GRANT SELECT ON TABLE "auto"."diagnostic_scans" TO "multi_readonly";

-- [793/879] add grant SELECT on table auto.parts to multi_readonly
GRANT SELECT ON TABLE "auto"."parts" TO "multi_readonly";

-- [794/879] add grant SELECT on table auto.repair_order_lines to multi_readonly
GRANT SELECT ON TABLE "auto"."repair_order_lines" TO "multi_readonly";

-- [795/879] add grant SELECT on table auto.repair_orders to multi_readonly
GRANT SELECT ON TABLE "auto"."repair_orders" TO "multi_readonly";

-- [796/879] add grant SELECT on table auto.vehicles to multi_readonly
GRANT SELECT ON TABLE "auto"."vehicles" TO "multi_readonly";

-- [797/879] add grant SELECT on table courses.courses to multi_readonly
GRANT SELECT ON TABLE "courses"."courses" TO "multi_readonly";

-- [798/879] add grant SELECT on table courses.enrollments to multi_readonly
GRANT SELECT ON TABLE "courses"."enrollments" TO "multi_readonly";

-- [799/879] add grant SELECT on table courses.lessons to multi_readonly
GRANT SELECT ON TABLE "courses"."lessons" TO "multi_readonly";

-- [800/879] add grant SELECT on table hs.customers to multi_readonly
GRANT SELECT ON TABLE "hs"."customers" TO "multi_readonly";

-- [801/879] add grant SELECT on table hs.properties to multi_readonly
GRANT SELECT ON TABLE "hs"."properties" TO "multi_readonly";

-- [802/879] add grant SELECT on table hs.quality_inspections to multi_readonly
GRANT SELECT ON TABLE "hs"."quality_inspections" TO "multi_readonly";

-- [803/879] add grant SELECT on table hs.technicians to multi_readonly
GRANT SELECT ON TABLE "hs"."technicians" TO "multi_readonly";

-- [804/879] add grant SELECT on table hs.work_orders to multi_readonly
GRANT SELECT ON TABLE "hs"."work_orders" TO "multi_readonly";

-- [805/879] add grant SELECT on table payroll.pay_runs to multi_readonly
GRANT SELECT ON TABLE "payroll"."pay_runs" TO "multi_readonly";

-- [806/879] add grant SELECT on table rest.haccp_logs to multi_readonly
GRANT SELECT ON TABLE "rest"."haccp_logs" TO "multi_readonly";

-- [807/879] add grant SELECT on table rest.kitchen_tickets to multi_readonly
GRANT SELECT ON TABLE "rest"."kitchen_tickets" TO "multi_readonly";

-- [808/879] add grant SELECT on table rest.menu_items to multi_readonly
GRANT SELECT ON TABLE "rest"."menu_items" TO "multi_readonly";

-- [809/879] add grant SELECT on table rest.order_items to multi_readonly
GRANT SELECT ON TABLE "rest"."order_items" TO "multi_readonly";

-- [810/879] add grant SELECT on table rest.orders to multi_readonly
GRANT SELECT ON TABLE "rest"."orders" TO "multi_readonly";

-- [811/879] add grant SELECT on table ret.inventory_levels to multi_readonly
GRANT SELECT ON TABLE "ret"."inventory_levels" TO "multi_readonly";

-- [812/879] add grant SELECT on table ret.locations to multi_readonly
GRANT SELECT ON TABLE "ret"."locations" TO "multi_readonly";

-- [813/879] add grant SELECT on table ret.loyalty_accounts to multi_readonly
GRANT SELECT ON TABLE "ret"."loyalty_accounts" TO "multi_readonly";

-- [814/879] add grant SELECT on table ret.order_lines to multi_readonly
GRANT SELECT ON TABLE "ret"."order_lines" TO "multi_readonly";

-- [815/879] add grant SELECT on table ret.orders to multi_readonly
GRANT SELECT ON TABLE "ret"."orders" TO "multi_readonly";

-- [816/879] add grant SELECT on table ret.products to multi_readonly
GRANT SELECT ON TABLE "ret"."products" TO "multi_readonly";

-- [817/879] add grant SELECT on table ret.tenant_daily_sales to multi_readonly
GRANT SELECT ON TABLE "ret"."tenant_daily_sales" TO "multi_readonly";

-- [818/879] add grant SELECT on table security_mgmt.compliance_controls to multi_readonly
GRANT SELECT ON TABLE "security_mgmt"."compliance_controls" TO "multi_readonly";

-- [819/879] add grant SELECT on table security_mgmt.compliance_frameworks to multi_readonly
GRANT SELECT ON TABLE "security_mgmt"."compliance_frameworks" TO "multi_readonly";

-- [820/879] add grant SELECT on table security_mgmt.security_incidents to multi_readonly
GRANT SELECT ON TABLE "security_mgmt"."security_incidents" TO "multi_readonly";

-- [821/879] add grant SELECT on table security_mgmt.vulnerabilities to multi_readonly
GRANT SELECT ON TABLE "security_mgmt"."vulnerabilities" TO "multi_readonly";

-- [822/879] add grant SELECT on table system_core.activity_events to multi_readonly
GRANT SELECT ON TABLE "system_core"."activity_events" TO "multi_readonly";

-- [823/879] add grant SELECT on table system_core.comments to multi_readonly
GRANT SELECT ON TABLE "system_core"."comments" TO "multi_readonly";

-- [824/879] add grant SELECT on table system_core.entity_tags to multi_readonly
GRANT SELECT ON TABLE "system_core"."entity_tags" TO "multi_readonly";

-- [825/879] add grant SELECT on table system_core.files to multi_readonly
GRANT SELECT ON TABLE "system_core"."files" TO "multi_readonly";

-- [826/879] add grant SELECT on table system_core.notifications to multi_readonly
GRANT SELECT ON TABLE "system_core"."notifications" TO "multi_readonly";

-- [827/879] add grant SELECT on table system_core.tags to multi_readonly
GRANT SELECT ON TABLE "system_core"."tags" TO "multi_readonly";

-- [828/879] add grant SELECT on table tenant_mgmt.business_verticals to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."business_verticals" TO "multi_readonly";

-- [829/879] add grant SELECT on table tenant_mgmt.businesses to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."businesses" TO "multi_readonly";

-- [830/879] add grant SELECT on table tenant_mgmt.subscription_plans to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."subscription_plans" TO "multi_readonly";

-- [831/879] add grant SELECT on table tenant_mgmt.subscriptions to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."subscriptions" TO "multi_readonly";

-- [832/879] add grant SELECT on table tenant_mgmt.usage_records to multi_readonly
GRANT SELECT ON TABLE "tenant_mgmt"."usage_records" TO "multi_readonly";

-- [833/879] add grant SELECT on table user_mgmt.effective_permissions to multi_readonly
GRANT SELECT ON TABLE "user_mgmt"."effective_permissions" TO "multi_readonly";

-- [834/879] add grant SELECT on table user_mgmt.permissions to multi_readonly
GRANT SELECT ON TABLE "user_mgmt"."permissions" TO "multi_readonly";

-- [835/879] add grant SELECT on table user_mgmt.role_permissions to multi_readonly
GRANT SELECT ON TABLE "user_mgmt"."role_permissions" TO "multi_readonly";

-- [836/879] add grant SELECT on table user_mgmt.roles to multi_readonly
GRANT SELECT ON TABLE "user_mgmt"."roles" TO "multi_readonly";

-- [837/879] add grant SELECT on table user_mgmt.user_roles to multi_readonly
GRANT SELECT ON TABLE "user_mgmt"."user_roles" TO "multi_readonly";

-- [838/879] add grant SELECT on table user_mgmt.users to multi_readonly
GRANT SELECT ON TABLE "user_mgmt"."users" TO "multi_readonly";

-- [839/879] add grant USAGE on type auto.line_type to multi_readonly
GRANT USAGE ON TYPE "auto"."line_type" TO "multi_readonly";

-- [840/879] add grant USAGE on type auto.powertrain to multi_readonly
GRANT USAGE ON TYPE "auto"."powertrain" TO "multi_readonly";

-- [841/879] add grant USAGE on type auto.repair_order_status to multi_readonly
GRANT USAGE ON TYPE "auto"."repair_order_status" TO "multi_readonly";

-- [842/879] add grant USAGE on type courses.course_level to multi_readonly
GRANT USAGE ON TYPE "courses"."course_level" TO "multi_readonly";

-- [843/879] add grant USAGE on type courses.course_status to multi_readonly
GRANT USAGE ON TYPE "courses"."course_status" TO "multi_readonly";

-- [844/879] add grant USAGE on type courses.enrollment_status to multi_readonly
GRANT USAGE ON TYPE "courses"."enrollment_status" TO "multi_readonly";

-- [845/879] add grant USAGE on type courses.lesson_kind to multi_readonly
GRANT USAGE ON TYPE "courses"."lesson_kind" TO "multi_readonly";

-- [846/879] add grant USAGE on type hs.customer_type to multi_readonly
GRANT USAGE ON TYPE "hs"."customer_type" TO "multi_readonly";

-- [847/879] add grant USAGE on type hs.property_type to multi_readonly
GRANT USAGE ON TYPE "hs"."property_type" TO "multi_readonly";

-- [848/879] add grant USAGE on type hs.work_order_status to multi_readonly
GRANT USAGE ON TYPE "hs"."work_order_status" TO "multi_readonly";

-- [849/879] add grant USAGE on type hs.work_priority to multi_readonly
GRANT USAGE ON TYPE "hs"."work_priority" TO "multi_readonly";

-- [850/879] add grant USAGE on type payroll.pay_frequency to multi_readonly
GRANT USAGE ON TYPE "payroll"."pay_frequency" TO "multi_readonly";

-- [851/879] add grant USAGE on type payroll.pay_run_status to multi_readonly
GRANT USAGE ON TYPE "payroll"."pay_run_status" TO "multi_readonly";

-- [852/879] add grant USAGE on type payroll.pay_type to multi_readonly
GRANT USAGE ON TYPE "payroll"."pay_type" TO "multi_readonly";

-- [853/879] add grant USAGE on type rest.delivery_provider to multi_readonly
GRANT USAGE ON TYPE "rest"."delivery_provider" TO "multi_readonly";

-- [854/879] add grant USAGE on type rest.haccp_point to multi_readonly
GRANT USAGE ON TYPE "rest"."haccp_point" TO "multi_readonly";

-- [855/879] add grant USAGE on type rest.kds_status to multi_readonly
GRANT USAGE ON TYPE "rest"."kds_status" TO "multi_readonly";

-- [856/879] add grant USAGE on type rest.menu_category to multi_readonly
GRANT USAGE ON TYPE "rest"."menu_category" TO "multi_readonly";

-- [857/879] add grant USAGE on type rest.order_status to multi_readonly
GRANT USAGE ON TYPE "rest"."order_status" TO "multi_readonly";

-- [858/879] add grant USAGE on type rest.order_type to multi_readonly
GRANT USAGE ON TYPE "rest"."order_type" TO "multi_readonly";

-- [859/879] add grant USAGE on type rest.prep_station to multi_readonly
GRANT USAGE ON TYPE "rest"."prep_station" TO "multi_readonly";

-- [860/879] add grant USAGE on type ret.location_type to multi_readonly
GRANT USAGE ON TYPE "ret"."location_type" TO "multi_readonly";

-- [861/879] add grant USAGE on type ret.loyalty_tier to multi_readonly
GRANT USAGE ON TYPE "ret"."loyalty_tier" TO "multi_readonly";

-- [862/879] add grant USAGE on type ret.sale_status to multi_readonly
GRANT USAGE ON TYPE "ret"."sale_status" TO "multi_readonly";

-- [863/879] add grant USAGE on type ret.sales_channel to multi_readonly
GRANT USAGE ON TYPE "ret"."sales_channel" TO "multi_readonly";

-- [864/879] add grant USAGE on type security_mgmt.control_status to multi_readonly
GRANT USAGE ON TYPE "security_mgmt"."control_status" TO "multi_readonly";

-- [865/879] add grant USAGE on type security_mgmt.incident_status to multi_readonly
GRANT USAGE ON TYPE "security_mgmt"."incident_status" TO "multi_readonly";

-- [866/879] add grant USAGE on type security_mgmt.nist_function to multi_readonly
GRANT USAGE ON TYPE "security_mgmt"."nist_function" TO "multi_readonly";

-- [867/879] add grant USAGE on type security_mgmt.security_event_type to multi_readonly
GRANT USAGE ON TYPE "security_mgmt"."security_event_type" TO "multi_readonly";

-- [868/879] add grant USAGE on type security_mgmt.severity to multi_readonly
GRANT USAGE ON TYPE "security_mgmt"."severity" TO "multi_readonly";

-- [869/879] add grant USAGE on type security_mgmt.vulnerability_status to multi_readonly
GRANT USAGE ON TYPE "security_mgmt"."vulnerability_status" TO "multi_readonly";

-- [870/879] add grant USAGE on type system_core.notification_channel to multi_readonly
GRANT USAGE ON TYPE "system_core"."notification_channel" TO "multi_readonly";

-- [871/879] add grant USAGE on type system_core.notification_status to multi_readonly
GRANT USAGE ON TYPE "system_core"."notification_status" TO "multi_readonly";

-- [872/879] add grant USAGE on type system_core.scan_status to multi_readonly
GRANT USAGE ON TYPE "system_core"."scan_status" TO "multi_readonly";

-- [873/879] add grant USAGE on type tenant_mgmt.billing_interval to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."billing_interval" TO "multi_readonly";

-- [874/879] add grant USAGE on type tenant_mgmt.business_status to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."business_status" TO "multi_readonly";

-- [875/879] add grant USAGE on type tenant_mgmt.subscription_status to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."subscription_status" TO "multi_readonly";

-- [876/879] add grant USAGE on type tenant_mgmt.usage_metric to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."usage_metric" TO "multi_readonly";

-- [877/879] add grant USAGE on type tenant_mgmt.vertical to multi_readonly
GRANT USAGE ON TYPE "tenant_mgmt"."vertical" TO "multi_readonly";

-- [878/879] add grant USAGE on type user_mgmt.auth_method to multi_readonly
GRANT USAGE ON TYPE "user_mgmt"."auth_method" TO "multi_readonly";

-- [879/879] add grant USAGE on type user_mgmt.user_status to multi_readonly
GRANT USAGE ON TYPE "user_mgmt"."user_status" TO "multi_readonly";
