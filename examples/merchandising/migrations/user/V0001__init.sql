-- provision migration V0001 (up) for database user: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/148] add extension citext (schemas/user.yaml:9:14)
CREATE EXTENSION IF NOT EXISTS "citext";

-- [2/148] add role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_ops";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_ops'
          AND rolcanlogin = False AND rolinherit = True AND rolbypassrls = True
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = -1
    ) THEN
        ALTER ROLE "merch_ops" NOLOGIN INHERIT BYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT -1;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_ops" IS 'Operators (granted to named people, never to a service). Bypasses row-level security; the only role that reads the audit logs.';

-- [3/148] add role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_readonly";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_readonly'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 20
    ) THEN
        ALTER ROLE "merch_readonly" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 20;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_readonly" IS 'Reporting and BI across services. SELECT only, always subject to row-level security.';

-- [4/148] add role merch_user_svc (schemas/user.yaml:12:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_user_svc";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_user_svc'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 50
    ) THEN
        ALTER ROLE "merch_user_svc" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 50;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_user_svc" IS 'The user service''s connection role; subject to row-level security.';

-- [5/148] add schema users (schemas/user.yaml:7:9)
CREATE SCHEMA "users";
COMMENT ON SCHEMA "users" IS 'User service (seed 000 section 2): the organizations (tenant root) and the industries they belong to, user profiles, the department hierarchy, roles and their assignment, preferences, skills and certifications, and the user activity log. Every other service references user_profiles.';

-- [6/148] add enum users.employment_type (schemas/user.yaml:20:3)
CREATE TYPE "users"."employment_type" AS ENUM ('full_time', 'part_time', 'contractor', 'seasonal', 'temporary');

-- [7/148] add enum users.organization_status (schemas/user.yaml:19:3)
CREATE TYPE "users"."organization_status" AS ENUM ('trial', 'active', 'suspended', 'closed');

-- [8/148] add enum users.platform_service (schemas/user.yaml:26:3)
CREATE TYPE "users"."platform_service" AS ENUM ('auth', 'user', 'attendance', 'todo', 'workplace', 'report', 'approval', 'notification', 'chat');
COMMENT ON TYPE "users"."platform_service" IS 'The nine services of the platform.';

-- [9/148] add enum users.profile_status (schemas/user.yaml:21:3)
CREATE TYPE "users"."profile_status" AS ENUM ('invited', 'active', 'on_leave', 'suspended', 'terminated');
COMMENT ON TYPE "users"."profile_status" IS 'Employment state of a person in the organization.';

-- [10/148] add enum users.skill_kind (schemas/user.yaml:24:3)
CREATE TYPE "users"."skill_kind" AS ENUM ('skill', 'certification', 'license', 'training');

-- [11/148] add enum users.ui_theme (schemas/user.yaml:25:3)
CREATE TYPE "users"."ui_theme" AS ENUM ('system', 'light', 'dark');

-- [12/148] add function users.audit_row() (schemas/user.yaml:52:48)
CREATE FUNCTION "users"."audit_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "users", pg_catalog, pg_temp
AS $body$
BEGIN
  INSERT INTO "users".audit_log (table_name, operation, old_row, new_row)
  VALUES (TG_TABLE_NAME, TG_OP,
          CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  RETURN NULL;
END;
$body$;

-- [13/148] add function users.refuse_change() (schemas/common.yaml:32:7)
CREATE FUNCTION "users"."refuse_change"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION '%.% is append-only (% refused)', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$body$;

-- [14/148] add function users.set_updated_at() (schemas/user.yaml:52:36)
CREATE FUNCTION "users"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [15/148] add function users.user_profiles_search_vector() (schemas/user.yaml:108:9)
CREATE FUNCTION "users"."user_profiles_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."email"::text, '')), 'B') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."employee_code"::text, '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."first_name"::text, '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."job_title"::text, '')), 'C') ||
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."last_name"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [16/148] add table users.audit_log (schemas/user.yaml:52:48)
CREATE TABLE "users"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "table_name" text NOT NULL,
    "operation" text NOT NULL,
    "old_row" jsonb,
    "new_row" jsonb,
    "changed_by" text DEFAULT current_user NOT NULL,
    "changed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "users"."audit_log" IS 'Row changes of audited tables, written by audit_row().';

-- [17/148] add table users.departments (schemas/user.yaml:77:3)
CREATE TABLE "users"."departments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "code" text NOT NULL,
    "name" text NOT NULL,
    "parent_id" uuid,
    "manager_profile_id" uuid,
    "cost_center" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "departments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "departments_not_own_parent_check" CHECK (parent_id IS NULL OR parent_id <> id)
);
COMMENT ON TABLE "users"."departments" IS 'The organizational hierarchy (parent_id); workplaces map to it in the workplace service.';

-- [18/148] add table users.industries (schemas/user.yaml:31:3)
CREATE TABLE "users"."industries" (
    "code" text NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "default_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "sort_order" smallint DEFAULT 0 NOT NULL,
    CONSTRAINT "industries_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "industries_code_check" CHECK (code ~ '^[a-z_]+$')
);
COMMENT ON TABLE "users"."industries" IS 'Reference data: the industries the platform supports (seed 000 executive summary). Shared by all organizations; read-only to the services.';
COMMENT ON COLUMN "users"."industries"."default_settings" IS 'Industry defaults applied to a new organization (report templates, leave policy, ...).';

-- [19/148] add table users.organizations (schemas/user.yaml:51:3)
CREATE TABLE "users"."organizations" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "name" text NOT NULL,
    "slug" text NOT NULL,
    "industry_code" text NOT NULL,
    "status" "users"."organization_status" DEFAULT 'trial' NOT NULL,
    "country_code" character(2),
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "default_locale" text DEFAULT 'en' NOT NULL,
    "trial_ends_at" timestamp with time zone,
    "settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organizations_slug_key" UNIQUE ("slug"),
    CONSTRAINT "organizations_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "organizations_country_code_check" CHECK (country_code ~ '^[A-Z]{2}$'),
    CONSTRAINT "organizations_name_not_blank_check" CHECK (btrim(name) <> '')
);
COMMENT ON TABLE "users"."organizations" IS 'One row per tenant (a company using the platform). Every tenant-scoped table in every service carries its id.';

-- [20/148] add table users.roles (schemas/user.yaml:153:3)
CREATE TABLE "users"."roles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "code" text NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "permissions" text[] DEFAULT '{}'::text[] NOT NULL,
    "is_system" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "roles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "roles_organization_id_code_key" UNIQUE ("organization_id", "code"),
    CONSTRAINT "roles_code_check" CHECK (code ~ '^[a-z][a-z0-9_]*$')
);
COMMENT ON TABLE "users"."roles" IS 'Application roles of an organization (merchandiser, supervisor, area manager, admin) and the permissions they grant.';
COMMENT ON COLUMN "users"."roles"."permissions" IS 'Permission codes such as todo:assign, report:approve, attendance:edit.';
COMMENT ON COLUMN "users"."roles"."is_system" IS 'Created with the organization; cannot be deleted by its admins.';

-- [21/148] add table users.user_activity_log (schemas/user.yaml:257:3)
CREATE TABLE "users"."user_activity_log" (
    "organization_id" uuid NOT NULL,
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
    "user_profile_id" uuid,
    "service" "users"."platform_service" NOT NULL,
    "action" text NOT NULL,
    "entity_type" text,
    "entity_id" uuid,
    "ip_address" inet,
    "user_agent" text,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "user_activity_log_pkey" PRIMARY KEY ("id", "occurred_at")
) PARTITION BY RANGE ("occurred_at");
COMMENT ON TABLE "users"."user_activity_log" IS 'What users did across the platform (append-only). Monthly partitions kept 36 months (3 years of operational data, seed 000), then dropped.';
COMMENT ON COLUMN "users"."user_activity_log"."user_profile_id" IS 'No foreign key on purpose; the log outlives deleted profiles.';
CREATE TABLE "users"."user_activity_log_p202601" PARTITION OF "users"."user_activity_log" FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE "users"."user_activity_log_p202602" PARTITION OF "users"."user_activity_log" FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE "users"."user_activity_log_p202603" PARTITION OF "users"."user_activity_log" FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
CREATE TABLE "users"."user_activity_log_p202604" PARTITION OF "users"."user_activity_log" FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');
CREATE TABLE "users"."user_activity_log_default" PARTITION OF "users"."user_activity_log" DEFAULT;

-- [22/148] add table users.user_preferences (schemas/user.yaml:206:3)
CREATE TABLE "users"."user_preferences" (
    "organization_id" uuid NOT NULL,
    "user_profile_id" uuid NOT NULL,
    "language" text DEFAULT 'en' NOT NULL,
    "timezone" text,
    "date_format" text DEFAULT 'YYYY-MM-DD' NOT NULL,
    "theme" "users"."ui_theme" DEFAULT 'system' NOT NULL,
    "start_page" text,
    "dashboard_layout" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_preferences_pkey" PRIMARY KEY ("user_profile_id")
);
COMMENT ON TABLE "users"."user_preferences" IS 'One row of settings per user.';

-- [23/148] add table users.user_profiles (schemas/user.yaml:100:3)
CREATE TABLE "users"."user_profiles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "auth_user_id" uuid NOT NULL,
    "employee_code" text,
    "first_name" text NOT NULL,
    "last_name" text NOT NULL,
    "display_name" text,
    "email" citext NOT NULL,
    "phone" text,
    "job_title" text,
    "department_id" uuid,
    "manager_id" uuid,
    "employment_type" "users"."employment_type" DEFAULT 'full_time' NOT NULL,
    "status" "users"."profile_status" DEFAULT 'invited' NOT NULL,
    "hired_on" date,
    "terminated_on" date,
    "avatar_url" text,
    "timezone" text,
    "locale" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "user_profiles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_profiles_terminated_after_hired_check" CHECK (terminated_on IS NULL OR hired_on IS NULL OR terminated_on >= hired_on),
    CONSTRAINT "user_profiles_terminated_has_date_check" CHECK (status <> 'terminated' OR terminated_on IS NOT NULL),
    CONSTRAINT "user_profiles_not_own_manager_check" CHECK (manager_id IS NULL OR manager_id <> id)
);
COMMENT ON TABLE "users"."user_profiles" IS 'A person working for an organization (merchandiser, supervisor, manager, ...).';
COMMENT ON COLUMN "users"."user_profiles"."auth_user_id" IS 'The person''s credentials in the auth service. [external reference: auth.auth.auth_users]';

-- [24/148] add table users.user_roles (schemas/user.yaml:171:3)
CREATE TABLE "users"."user_roles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_profile_id" uuid NOT NULL,
    "role_id" uuid NOT NULL,
    "workplace_id" uuid,
    "granted_by" uuid,
    "granted_at" timestamp with time zone DEFAULT now() NOT NULL,
    "expires_at" timestamp with time zone,
    CONSTRAINT "user_roles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_roles_expires_after_grant_check" CHECK (expires_at IS NULL OR expires_at > granted_at)
);
COMMENT ON TABLE "users"."user_roles" IS 'A role held by a user, organization-wide or limited to one workplace.';
COMMENT ON COLUMN "users"."user_roles"."workplace_id" IS 'NULL for an organization-wide assignment. [external reference: workplace.workplace.workplaces]';

-- [25/148] add table users.user_skills (schemas/user.yaml:223:3)
CREATE TABLE "users"."user_skills" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_profile_id" uuid NOT NULL,
    "kind" "users"."skill_kind" DEFAULT 'skill' NOT NULL,
    "name" text NOT NULL,
    "industry_code" text,
    "proficiency" smallint,
    "certificate_number" text,
    "issued_by" text,
    "issued_on" date,
    "expires_on" date,
    "verified_by" uuid,
    "verified_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_skills_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_skills_proficiency_check" CHECK (proficiency BETWEEN 1 AND 5),
    CONSTRAINT "user_skills_expires_after_issue_check" CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on)
);
COMMENT ON TABLE "users"."user_skills" IS 'Skills, certifications, licences and trainings, with their expiry.';
COMMENT ON COLUMN "users"."user_skills"."industry_code" IS 'Industry-specific qualifications (food handler certificate, forklift licence, ...).';

-- [26/148] add index audit_log_table_name_changed_at_idx on users.audit_log (schemas/user.yaml:52:48)
CREATE INDEX "audit_log_table_name_changed_at_idx"
    ON "users"."audit_log" USING BTREE ("table_name", "changed_at");

-- [27/148] add index departments_organization_id_idx on users.departments (schemas/user.yaml:78:23)
CREATE INDEX "departments_organization_id_idx"
    ON "users"."departments" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [28/148] add index departments_organization_id_code_key on users.departments (schemas/user.yaml:95:16)
CREATE UNIQUE INDEX "departments_organization_id_code_key"
    ON "users"."departments" USING BTREE ("organization_id", "code") WHERE deleted_at IS NULL;

-- [29/148] add index departments_parent_id_idx on users.departments (schemas/user.yaml:97:16)
CREATE INDEX "departments_parent_id_idx"
    ON "users"."departments" USING BTREE ("parent_id") WHERE parent_id IS NOT NULL;

-- [30/148] add index organizations_industry_code_idx on users.organizations (schemas/user.yaml:73:9)
CREATE INDEX "organizations_industry_code_idx"
    ON "users"."organizations" USING BTREE ("industry_code");

-- [31/148] add index organizations_status_idx on users.organizations (schemas/user.yaml:74:16)
CREATE INDEX "organizations_status_idx"
    ON "users"."organizations" USING BTREE ("status") WHERE status IN ('trial', 'suspended');

-- [32/148] add index roles_organization_id_idx on users.roles (schemas/user.yaml:154:23)
CREATE INDEX "roles_organization_id_idx"
    ON "users"."roles" USING BTREE ("organization_id");

-- [33/148] add index roles_permissions_idx on users.roles (schemas/user.yaml:168:16)
CREATE INDEX "roles_permissions_idx"
    ON "users"."roles" USING GIN ("permissions");

-- [34/148] add index user_activity_log_organization_id_idx on users.user_activity_log (schemas/user.yaml:258:14)
CREATE INDEX "user_activity_log_organization_id_idx"
    ON "users"."user_activity_log" USING BTREE ("organization_id");

-- [35/148] add index user_activity_log_user_profile_id_occurred_at_idx on users.user_activity_log (schemas/user.yaml:283:16)
CREATE INDEX "user_activity_log_user_profile_id_occurred_at_idx"
    ON "users"."user_activity_log" USING BTREE ("user_profile_id", "occurred_at" DESC);

-- [36/148] add index user_activity_log_entity_type_entity_id_idx on users.user_activity_log (schemas/user.yaml:284:16)
CREATE INDEX "user_activity_log_entity_type_entity_id_idx"
    ON "users"."user_activity_log" USING BTREE ("entity_type", "entity_id") WHERE entity_id IS NOT NULL;

-- [37/148] add index user_activity_log_occurred_brin on users.user_activity_log (schemas/user.yaml:286:16)
CREATE INDEX "user_activity_log_occurred_brin"
    ON "users"."user_activity_log" USING BRIN ("occurred_at");

-- [38/148] add index user_preferences_organization_id_idx on users.user_preferences (schemas/user.yaml:207:14)
CREATE INDEX "user_preferences_organization_id_idx"
    ON "users"."user_preferences" USING BTREE ("organization_id");

-- [39/148] add index user_profiles_organization_id_idx on users.user_profiles (schemas/user.yaml:103:9)
CREATE INDEX "user_profiles_organization_id_idx"
    ON "users"."user_profiles" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [40/148] add index user_profiles_organization_id_auth_user_id_key on users.user_profiles (schemas/user.yaml:142:16)
CREATE UNIQUE INDEX "user_profiles_organization_id_auth_user_id_key"
    ON "users"."user_profiles" USING BTREE ("organization_id", "auth_user_id") WHERE deleted_at IS NULL;

-- [41/148] add index user_profiles_employee_code_key on users.user_profiles (schemas/user.yaml:144:16)
CREATE UNIQUE INDEX "user_profiles_employee_code_key"
    ON "users"."user_profiles" USING BTREE ("organization_id", "employee_code") WHERE employee_code IS NOT NULL AND deleted_at IS NULL;

-- [42/148] add index user_profiles_organization_id_email_idx on users.user_profiles (schemas/user.yaml:148:16)
CREATE INDEX "user_profiles_organization_id_email_idx"
    ON "users"."user_profiles" USING BTREE ("organization_id", "email") WHERE deleted_at IS NULL;

-- [43/148] add index user_profiles_department_id_status_idx on users.user_profiles (schemas/user.yaml:149:16)
CREATE INDEX "user_profiles_department_id_status_idx"
    ON "users"."user_profiles" USING BTREE ("department_id", "status") WHERE deleted_at IS NULL;

-- [44/148] add index user_profiles_manager_id_idx on users.user_profiles (schemas/user.yaml:150:16)
CREATE INDEX "user_profiles_manager_id_idx"
    ON "users"."user_profiles" USING BTREE ("manager_id") WHERE manager_id IS NOT NULL;

-- [45/148] add index user_profiles_custom_fields_idx on users.user_profiles (schemas/user.yaml:106:9)
CREATE INDEX "user_profiles_custom_fields_idx"
    ON "users"."user_profiles" USING GIN ("custom_fields");

-- [46/148] add index user_profiles_search_vector_idx on users.user_profiles (schemas/user.yaml:108:9)
CREATE INDEX "user_profiles_search_vector_idx"
    ON "users"."user_profiles" USING GIN ("search_vector");

-- [47/148] add index user_roles_organization_id_idx on users.user_roles (schemas/user.yaml:172:23)
CREATE INDEX "user_roles_organization_id_idx"
    ON "users"."user_roles" USING BTREE ("organization_id");

-- [48/148] add index user_roles_org_wide_key on users.user_roles (schemas/user.yaml:196:16)
CREATE UNIQUE INDEX "user_roles_org_wide_key"
    ON "users"."user_roles" USING BTREE ("user_profile_id", "role_id") WHERE workplace_id IS NULL;

-- [49/148] add index user_roles_per_workplace_key on users.user_roles (schemas/user.yaml:200:16)
CREATE UNIQUE INDEX "user_roles_per_workplace_key"
    ON "users"."user_roles" USING BTREE ("user_profile_id", "role_id", "workplace_id") WHERE workplace_id IS NOT NULL;

-- [50/148] add index user_roles_role_id_idx on users.user_roles (schemas/user.yaml:204:9)
CREATE INDEX "user_roles_role_id_idx"
    ON "users"."user_roles" USING BTREE ("role_id");

-- [51/148] add index user_skills_organization_id_idx on users.user_skills (schemas/user.yaml:224:23)
CREATE INDEX "user_skills_organization_id_idx"
    ON "users"."user_skills" USING BTREE ("organization_id");

-- [52/148] add index user_skills_user_profile_id_idx on users.user_skills (schemas/user.yaml:251:9)
CREATE INDEX "user_skills_user_profile_id_idx"
    ON "users"."user_skills" USING BTREE ("user_profile_id");

-- [53/148] add index user_skills_organization_id_name_idx on users.user_skills (schemas/user.yaml:252:16)
CREATE INDEX "user_skills_organization_id_name_idx"
    ON "users"."user_skills" USING BTREE ("organization_id", "name");

-- [54/148] add index user_skills_expiring_idx on users.user_skills (schemas/user.yaml:253:16)
CREATE INDEX "user_skills_expiring_idx"
    ON "users"."user_skills" USING BTREE ("organization_id", "expires_on") WHERE expires_on IS NOT NULL;

-- [55/148] add rows 5 row(s) of users.industries
INSERT INTO "users"."industries" ("code", "name", "sort_order", "description")
VALUES ('fashion', 'Fashion', '1', 'Apparel, footwear and accessories: visual merchandising, planograms, seasonal collections.');
INSERT INTO "users"."industries" ("code", "name", "sort_order", "description")
VALUES ('electronics', 'Electronics', '2', 'Consumer electronics: demo units, product launches, promoter staffing.');
INSERT INTO "users"."industries" ("code", "name", "sort_order", "description")
VALUES ('food_beverage', 'Food & Beverage', '3', 'FMCG and beverages: shelf share, expiry checks, food-safety certificates.');
INSERT INTO "users"."industries" ("code", "name", "sort_order", "description")
VALUES ('manufacturing', 'Manufacturing', '4', 'Plants and production lines: shifts, safety inspections, asset maintenance.');
INSERT INTO "users"."industries" ("code", "name", "sort_order", "description")
VALUES ('retail', 'Retail', '5', 'Stores and chains: store audits, stock checks, field-force routes.');

-- [56/148] add foreign key departments_manager_profile_id_fkey on users.departments (schemas/user.yaml:89:21)
ALTER TABLE "users"."departments"
    ADD CONSTRAINT "departments_manager_profile_id_fkey" FOREIGN KEY ("manager_profile_id")
    REFERENCES "users"."user_profiles" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [57/148] add foreign key departments_organization_id_fkey on users.departments (schemas/user.yaml:78:23)
ALTER TABLE "users"."departments"
    ADD CONSTRAINT "departments_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "users"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [58/148] add foreign key departments_parent_id_fkey on users.departments (schemas/user.yaml:85:21)
ALTER TABLE "users"."departments"
    ADD CONSTRAINT "departments_parent_id_fkey" FOREIGN KEY ("parent_id")
    REFERENCES "users"."departments" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [59/148] add foreign key organizations_industry_code_fkey on users.organizations (schemas/user.yaml:62:21)
ALTER TABLE "users"."organizations"
    ADD CONSTRAINT "organizations_industry_code_fkey" FOREIGN KEY ("industry_code")
    REFERENCES "users"."industries" ("code")
    ON DELETE RESTRICT ON UPDATE NO ACTION;

-- [60/148] add foreign key roles_organization_id_fkey on users.roles (schemas/user.yaml:154:23)
ALTER TABLE "users"."roles"
    ADD CONSTRAINT "roles_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "users"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [61/148] add foreign key user_activity_log_organization_id_fkey on users.user_activity_log (schemas/user.yaml:258:14)
ALTER TABLE "users"."user_activity_log"
    ADD CONSTRAINT "user_activity_log_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "users"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [62/148] add foreign key user_preferences_organization_id_fkey on users.user_preferences (schemas/user.yaml:207:14)
ALTER TABLE "users"."user_preferences"
    ADD CONSTRAINT "user_preferences_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "users"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [63/148] add foreign key user_preferences_user_profile_id_fkey on users.user_preferences (schemas/user.yaml:213:21)
ALTER TABLE "users"."user_preferences"
    ADD CONSTRAINT "user_preferences_user_profile_id_fkey" FOREIGN KEY ("user_profile_id")
    REFERENCES "users"."user_profiles" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [64/148] add foreign key user_profiles_department_id_fkey on users.user_profiles (schemas/user.yaml:124:21)
ALTER TABLE "users"."user_profiles"
    ADD CONSTRAINT "user_profiles_department_id_fkey" FOREIGN KEY ("department_id")
    REFERENCES "users"."departments" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [65/148] add foreign key user_profiles_manager_id_fkey on users.user_profiles (schemas/user.yaml:128:21)
ALTER TABLE "users"."user_profiles"
    ADD CONSTRAINT "user_profiles_manager_id_fkey" FOREIGN KEY ("manager_id")
    REFERENCES "users"."user_profiles" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [66/148] add foreign key user_profiles_organization_id_fkey on users.user_profiles (schemas/user.yaml:103:9)
ALTER TABLE "users"."user_profiles"
    ADD CONSTRAINT "user_profiles_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "users"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [67/148] add foreign key user_roles_granted_by_fkey on users.user_roles (schemas/user.yaml:189:21)
ALTER TABLE "users"."user_roles"
    ADD CONSTRAINT "user_roles_granted_by_fkey" FOREIGN KEY ("granted_by")
    REFERENCES "users"."user_profiles" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [68/148] add foreign key user_roles_organization_id_fkey on users.user_roles (schemas/user.yaml:172:23)
ALTER TABLE "users"."user_roles"
    ADD CONSTRAINT "user_roles_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "users"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [69/148] add foreign key user_roles_role_id_fkey on users.user_roles (schemas/user.yaml:181:21)
ALTER TABLE "users"."user_roles"
    ADD CONSTRAINT "user_roles_role_id_fkey" FOREIGN KEY ("role_id")
    REFERENCES "users"."roles" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [70/148] add foreign key user_roles_user_profile_id_fkey on users.user_roles (schemas/user.yaml:177:21)
ALTER TABLE "users"."user_roles"
    ADD CONSTRAINT "user_roles_user_profile_id_fkey" FOREIGN KEY ("user_profile_id")
    REFERENCES "users"."user_profiles" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [71/148] add foreign key user_skills_industry_code_fkey on users.user_skills (schemas/user.yaml:235:21)
ALTER TABLE "users"."user_skills"
    ADD CONSTRAINT "user_skills_industry_code_fkey" FOREIGN KEY ("industry_code")
    REFERENCES "users"."industries" ("code")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [72/148] add foreign key user_skills_organization_id_fkey on users.user_skills (schemas/user.yaml:224:23)
ALTER TABLE "users"."user_skills"
    ADD CONSTRAINT "user_skills_organization_id_fkey" FOREIGN KEY ("organization_id")
    REFERENCES "users"."organizations" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [73/148] add foreign key user_skills_user_profile_id_fkey on users.user_skills (schemas/user.yaml:229:21)
ALTER TABLE "users"."user_skills"
    ADD CONSTRAINT "user_skills_user_profile_id_fkey" FOREIGN KEY ("user_profile_id")
    REFERENCES "users"."user_profiles" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [74/148] add foreign key user_skills_verified_by_fkey on users.user_skills (schemas/user.yaml:245:21)
ALTER TABLE "users"."user_skills"
    ADD CONSTRAINT "user_skills_verified_by_fkey" FOREIGN KEY ("verified_by")
    REFERENCES "users"."user_profiles" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [75/148] add view users.org_chart (schemas/user.yaml:291:3)
CREATE VIEW "users"."org_chart" WITH (security_invoker = true) AS
SELECT p.organization_id,
       p.id AS user_profile_id,
       coalesce(p.display_name, p.first_name || ' ' || p.last_name) AS full_name,
       p.job_title,
       d.id AS department_id,
       d.name AS department_name,
       p.manager_id,
       coalesce(m.display_name, m.first_name || ' ' || m.last_name) AS manager_name
  FROM users.user_profiles p
  LEFT JOIN users.departments d ON d.id = p.department_id AND d.deleted_at IS NULL
  LEFT JOIN users.user_profiles m ON m.id = p.manager_id
 WHERE p.deleted_at IS NULL
   AND p.status IN ('active', 'on_leave');
COMMENT ON VIEW "users"."org_chart" IS 'Active people with their department and manager (current organization only, through RLS).';

-- [76/148] add trigger set_updated_at on users.departments (schemas/user.yaml:78:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "users"."departments"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."set_updated_at"();

-- [77/148] add trigger set_updated_at on users.organizations (schemas/user.yaml:52:36)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "users"."organizations"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."set_updated_at"();

-- [78/148] add trigger audit_row on users.organizations (schemas/user.yaml:52:48)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "users"."organizations"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."audit_row"();

-- [79/148] add trigger set_updated_at on users.roles (schemas/user.yaml:154:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "users"."roles"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."set_updated_at"();

-- [80/148] add trigger audit_row on users.roles (schemas/user.yaml:154:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "users"."roles"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."audit_row"();

-- [81/148] add trigger refuse_change on users.user_activity_log (schemas/common.yaml:26:7)
CREATE TRIGGER "refuse_change"
    BEFORE UPDATE OR DELETE
    ON "users"."user_activity_log"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."refuse_change"();

-- [82/148] add trigger set_updated_at on users.user_preferences (schemas/user.yaml:207:29)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "users"."user_preferences"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."set_updated_at"();

-- [83/148] add trigger set_updated_at on users.user_profiles (schemas/user.yaml:104:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "users"."user_profiles"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."set_updated_at"();

-- [84/148] add trigger audit_row on users.user_profiles (schemas/user.yaml:107:9)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "users"."user_profiles"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."audit_row"();

-- [85/148] add trigger search_vector_update on users.user_profiles (schemas/user.yaml:108:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "users"."user_profiles"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."user_profiles_search_vector"();

-- [86/148] add trigger audit_row on users.user_roles (schemas/user.yaml:172:38)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "users"."user_roles"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."audit_row"();

-- [87/148] add trigger set_updated_at on users.user_skills (schemas/user.yaml:224:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "users"."user_skills"
    FOR EACH ROW
    EXECUTE FUNCTION "users"."set_updated_at"();

-- [88/148] enable rls users.departments
ALTER TABLE "users"."departments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users"."departments" FORCE ROW LEVEL SECURITY;

-- [89/148] enable rls users.organizations
ALTER TABLE "users"."organizations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users"."organizations" FORCE ROW LEVEL SECURITY;

-- [90/148] enable rls users.roles
ALTER TABLE "users"."roles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users"."roles" FORCE ROW LEVEL SECURITY;

-- [91/148] enable rls users.user_activity_log
ALTER TABLE "users"."user_activity_log" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_activity_log" FORCE ROW LEVEL SECURITY;

-- [92/148] enable rls users.user_preferences
ALTER TABLE "users"."user_preferences" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_preferences" FORCE ROW LEVEL SECURITY;

-- [93/148] enable rls users.user_profiles
ALTER TABLE "users"."user_profiles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_profiles" FORCE ROW LEVEL SECURITY;

-- [94/148] enable rls users.user_roles
ALTER TABLE "users"."user_roles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_roles" FORCE ROW LEVEL SECURITY;

-- [95/148] enable rls users.user_skills
ALTER TABLE "users"."user_skills" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users"."user_skills" FORCE ROW LEVEL SECURITY;

-- [96/148] add policy tenant_isolation on users.departments (schemas/user.yaml:78:23)
CREATE POLICY "tenant_isolation" ON "users"."departments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [97/148] add policy tenant_self on users.organizations (schemas/user.yaml:52:23)
CREATE POLICY "tenant_self" ON "users"."organizations"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [98/148] add policy tenant_isolation on users.roles (schemas/user.yaml:154:23)
CREATE POLICY "tenant_isolation" ON "users"."roles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [99/148] add policy tenant_isolation on users.user_activity_log (schemas/user.yaml:258:14)
CREATE POLICY "tenant_isolation" ON "users"."user_activity_log"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [100/148] add policy tenant_isolation on users.user_preferences (schemas/user.yaml:207:14)
CREATE POLICY "tenant_isolation" ON "users"."user_preferences"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [101/148] add policy tenant_isolation on users.user_profiles (schemas/user.yaml:103:9)
CREATE POLICY "tenant_isolation" ON "users"."user_profiles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [102/148] add policy tenant_isolation on users.user_roles (schemas/user.yaml:172:23)
CREATE POLICY "tenant_isolation" ON "users"."user_roles"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [103/148] add policy tenant_isolation on users.user_skills (schemas/user.yaml:224:23)
CREATE POLICY "tenant_isolation" ON "users"."user_skills"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [104/148] add grant USAGE on schema users to merch_ops
GRANT USAGE ON SCHEMA "users" TO "merch_ops";

-- [105/148] add grant SELECT on table users.audit_log to merch_ops
GRANT SELECT ON TABLE "users"."audit_log" TO "merch_ops";

-- [106/148] add grant SELECT on table users.departments to merch_ops
GRANT SELECT ON TABLE "users"."departments" TO "merch_ops";

-- [107/148] add grant SELECT on table users.industries to merch_ops
GRANT SELECT ON TABLE "users"."industries" TO "merch_ops";

-- [108/148] add grant SELECT on table users.org_chart to merch_ops
GRANT SELECT ON TABLE "users"."org_chart" TO "merch_ops";

-- [109/148] add grant SELECT on table users.organizations to merch_ops
GRANT SELECT ON TABLE "users"."organizations" TO "merch_ops";

-- [110/148] add grant SELECT on table users.roles to merch_ops
GRANT SELECT ON TABLE "users"."roles" TO "merch_ops";

-- [111/148] add grant SELECT on table users.user_activity_log to merch_ops
GRANT SELECT ON TABLE "users"."user_activity_log" TO "merch_ops";

-- [112/148] add grant SELECT on table users.user_preferences to merch_ops
GRANT SELECT ON TABLE "users"."user_preferences" TO "merch_ops";

-- [113/148] add grant SELECT on table users.user_profiles to merch_ops
GRANT SELECT ON TABLE "users"."user_profiles" TO "merch_ops";

-- [114/148] add grant SELECT on table users.user_roles to merch_ops
GRANT SELECT ON TABLE "users"."user_roles" TO "merch_ops";

-- [115/148] add grant SELECT on table users.user_skills to merch_ops
GRANT SELECT ON TABLE "users"."user_skills" TO "merch_ops";

-- [116/148] add grant USAGE on schema users to merch_readonly
GRANT USAGE ON SCHEMA "users" TO "merch_readonly";

-- [117/148] add grant SELECT on table users.departments to merch_readonly
GRANT SELECT ON TABLE "users"."departments" TO "merch_readonly";

-- [118/148] add grant SELECT on table users.industries to merch_readonly
GRANT SELECT ON TABLE "users"."industries" TO "merch_readonly";

-- [119/148] add grant SELECT on table users.org_chart to merch_readonly
GRANT SELECT ON TABLE "users"."org_chart" TO "merch_readonly";

-- [120/148] add grant SELECT on table users.organizations to merch_readonly
GRANT SELECT ON TABLE "users"."organizations" TO "merch_readonly";

-- [121/148] add grant SELECT on table users.roles to merch_readonly
GRANT SELECT ON TABLE "users"."roles" TO "merch_readonly";

-- [122/148] add grant SELECT on table users.user_activity_log to merch_readonly
GRANT SELECT ON TABLE "users"."user_activity_log" TO "merch_readonly";

-- [123/148] add grant SELECT on table users.user_profiles to merch_readonly
GRANT SELECT ON TABLE "users"."user_profiles" TO "merch_readonly";

-- [124/148] add grant SELECT on table users.user_roles to merch_readonly
GRANT SELECT ON TABLE "users"."user_roles" TO "merch_readonly";

-- [125/148] add grant SELECT on table users.user_skills to merch_readonly
GRANT SELECT ON TABLE "users"."user_skills" TO "merch_readonly";

-- [126/148] add grant USAGE on type users.employment_type to merch_readonly
GRANT USAGE ON TYPE "users"."employment_type" TO "merch_readonly";

-- [127/148] add grant USAGE on type users.organization_status to merch_readonly
GRANT USAGE ON TYPE "users"."organization_status" TO "merch_readonly";

-- [128/148] add grant USAGE on type users.platform_service to merch_readonly
GRANT USAGE ON TYPE "users"."platform_service" TO "merch_readonly";

-- [129/148] add grant USAGE on type users.profile_status to merch_readonly
GRANT USAGE ON TYPE "users"."profile_status" TO "merch_readonly";

-- [130/148] add grant USAGE on type users.skill_kind to merch_readonly
GRANT USAGE ON TYPE "users"."skill_kind" TO "merch_readonly";

-- [131/148] add grant USAGE on type users.ui_theme to merch_readonly
GRANT USAGE ON TYPE "users"."ui_theme" TO "merch_readonly";

-- [132/148] add grant USAGE on schema users to merch_user_svc
GRANT USAGE ON SCHEMA "users" TO "merch_user_svc";

-- [133/148] add grant DELETE,INSERT,SELECT,UPDATE on table users.departments to merch_user_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."departments" TO "merch_user_svc";

-- [134/148] add grant SELECT on table users.industries to merch_user_svc
GRANT SELECT ON TABLE "users"."industries" TO "merch_user_svc";

-- [135/148] add grant SELECT on table users.org_chart to merch_user_svc
GRANT SELECT ON TABLE "users"."org_chart" TO "merch_user_svc";

-- [136/148] add grant DELETE,INSERT,SELECT,UPDATE on table users.organizations to merch_user_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."organizations" TO "merch_user_svc";

-- [137/148] add grant DELETE,INSERT,SELECT,UPDATE on table users.roles to merch_user_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."roles" TO "merch_user_svc";

-- [138/148] add grant INSERT,SELECT on table users.user_activity_log to merch_user_svc
GRANT INSERT, SELECT ON TABLE "users"."user_activity_log" TO "merch_user_svc";

-- [139/148] add grant DELETE,INSERT,SELECT,UPDATE on table users.user_preferences to merch_user_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."user_preferences" TO "merch_user_svc";

-- [140/148] add grant DELETE,INSERT,SELECT,UPDATE on table users.user_profiles to merch_user_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."user_profiles" TO "merch_user_svc";

-- [141/148] add grant DELETE,INSERT,SELECT,UPDATE on table users.user_roles to merch_user_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."user_roles" TO "merch_user_svc";

-- [142/148] add grant DELETE,INSERT,SELECT,UPDATE on table users.user_skills to merch_user_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "users"."user_skills" TO "merch_user_svc";

-- [143/148] add grant USAGE on type users.employment_type to merch_user_svc
GRANT USAGE ON TYPE "users"."employment_type" TO "merch_user_svc";

-- [144/148] add grant USAGE on type users.organization_status to merch_user_svc
GRANT USAGE ON TYPE "users"."organization_status" TO "merch_user_svc";

-- [145/148] add grant USAGE on type users.platform_service to merch_user_svc
GRANT USAGE ON TYPE "users"."platform_service" TO "merch_user_svc";

-- [146/148] add grant USAGE on type users.profile_status to merch_user_svc
GRANT USAGE ON TYPE "users"."profile_status" TO "merch_user_svc";

-- [147/148] add grant USAGE on type users.skill_kind to merch_user_svc
GRANT USAGE ON TYPE "users"."skill_kind" TO "merch_user_svc";

-- [148/148] add grant USAGE on type users.ui_theme to merch_user_svc
GRANT USAGE ON TYPE "users"."ui_theme" TO "merch_user_svc";
