-- provision migration V0001 (up) for database auth: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/76] add extension citext (schemas/auth.yaml:8:14)
CREATE EXTENSION IF NOT EXISTS "citext";

-- [2/76] add role merch_auth_svc (schemas/auth.yaml:11:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_auth_svc";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_auth_svc'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 50
    ) THEN
        ALTER ROLE "merch_auth_svc" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 50;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_auth_svc" IS 'The auth service''s connection role; subject to row-level security.';

-- [3/76] add role merch_ops (schemas/common.yaml:13:3)
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

-- [4/76] add role merch_readonly (schemas/common.yaml:8:3)
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

-- [5/76] add schema auth (schemas/auth.yaml:6:9)
CREATE SCHEMA "auth";
COMMENT ON SCHEMA "auth" IS 'Auth service (seed 000 section 1): credentials, sessions for the API gateway, password resets, MFA devices and the authentication event log. Linked to user_profiles in the user service through auth_user_id.';

-- [6/76] add enum auth.auth_event_type (schemas/auth.yaml:22:3)
CREATE TYPE "auth"."auth_event_type" AS ENUM ('login_succeeded', 'login_failed', 'logout', 'password_changed', 'password_reset_requested', 'password_reset_completed', 'mfa_enrolled', 'mfa_removed', 'mfa_challenge_failed', 'session_revoked', 'account_locked', 'account_unlocked');
COMMENT ON TYPE "auth"."auth_event_type" IS 'Authentication events recorded in auth_audit_log.';

-- [7/76] add enum auth.auth_user_status (schemas/auth.yaml:18:3)
CREATE TYPE "auth"."auth_user_status" AS ENUM ('pending_verification', 'active', 'locked', 'disabled');
COMMENT ON TYPE "auth"."auth_user_status" IS 'Whether the credentials may be used to sign in.';

-- [8/76] add enum auth.mfa_device_type (schemas/auth.yaml:21:3)
CREATE TYPE "auth"."mfa_device_type" AS ENUM ('totp', 'sms', 'email', 'webauthn', 'backup_codes');

-- [9/76] add function auth.audit_row() (schemas/auth.yaml:40:63)
CREATE FUNCTION "auth"."audit_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "auth", pg_catalog, pg_temp
AS $body$
BEGIN
  INSERT INTO "auth".audit_log (table_name, operation, old_row, new_row)
  VALUES (TG_TABLE_NAME, TG_OP,
          CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  RETURN NULL;
END;
$body$;

-- [10/76] add function auth.refuse_change() (schemas/common.yaml:32:7)
CREATE FUNCTION "auth"."refuse_change"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  RAISE EXCEPTION '%.% is append-only (% refused)', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$body$;

-- [11/76] add function auth.set_updated_at() (schemas/auth.yaml:40:38)
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

-- [12/76] add table auth.audit_log (schemas/auth.yaml:40:63)
CREATE TABLE "auth"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "table_name" text NOT NULL,
    "operation" text NOT NULL,
    "old_row" jsonb,
    "new_row" jsonb,
    "changed_by" text DEFAULT current_user NOT NULL,
    "changed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "auth"."audit_log" IS 'Row changes of audited tables, written by audit_row().';

-- [13/76] add table auth.auth_audit_log (schemas/auth.yaml:162:3)
CREATE TABLE "auth"."auth_audit_log" (
    "organization_id" uuid NOT NULL,
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
    "auth_user_id" uuid,
    "session_id" uuid,
    "event_type" "auth"."auth_event_type" NOT NULL,
    "email_attempted" citext,
    "ip_address" inet,
    "user_agent" text,
    "success" boolean NOT NULL,
    "details" jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT "auth_audit_log_pkey" PRIMARY KEY ("id", "occurred_at")
) PARTITION BY RANGE ("occurred_at");
COMMENT ON TABLE "auth"."auth_audit_log" IS 'Authentication audit trail (logins, failures, resets, MFA changes). Append-only; monthly partitions kept 84 months (7 years, seed 000 "Data Retention"), then dropped by `provision partitions`.';
COMMENT ON COLUMN "auth"."auth_audit_log"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "auth"."auth_audit_log"."auth_user_id" IS 'No foreign key on purpose; the trail outlives deleted accounts.';
CREATE TABLE "auth"."auth_audit_log_p202601" PARTITION OF "auth"."auth_audit_log" FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE "auth"."auth_audit_log_p202602" PARTITION OF "auth"."auth_audit_log" FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE "auth"."auth_audit_log_p202603" PARTITION OF "auth"."auth_audit_log" FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
CREATE TABLE "auth"."auth_audit_log_p202604" PARTITION OF "auth"."auth_audit_log" FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');
CREATE TABLE "auth"."auth_audit_log_default" PARTITION OF "auth"."auth_audit_log" DEFAULT;

-- [14/76] add table auth.auth_mfa_devices (schemas/auth.yaml:128:3)
CREATE TABLE "auth"."auth_mfa_devices" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "auth_user_id" uuid NOT NULL,
    "device_type" "auth"."mfa_device_type" NOT NULL,
    "label" text NOT NULL,
    "secret_encrypted" bytea,
    "phone_number" text,
    "webauthn_credential_id" bytea,
    "webauthn_public_key" bytea,
    "sign_count" bigint DEFAULT 0 NOT NULL,
    "is_primary" boolean DEFAULT false NOT NULL,
    "verified_at" timestamp with time zone,
    "last_used_at" timestamp with time zone,
    "disabled_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "auth_mfa_devices_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "auth_mfa_devices_organization_id_webauthn_credential_id_key" UNIQUE ("organization_id", "webauthn_credential_id"),
    CONSTRAINT "auth_mfa_devices_totp_has_secret_check" CHECK (device_type <> 'totp' OR secret_encrypted IS NOT NULL),
    CONSTRAINT "auth_mfa_devices_sms_has_phone_check" CHECK (device_type <> 'sms' OR phone_number IS NOT NULL),
    CONSTRAINT "auth_mfa_devices_webauthn_has_key_check" CHECK (device_type <> 'webauthn' OR (webauthn_credential_id IS NOT NULL AND webauthn_public_key IS NOT NULL))
);
COMMENT ON TABLE "auth"."auth_mfa_devices" IS 'Second factors enrolled by a user.';
COMMENT ON COLUMN "auth"."auth_mfa_devices"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "auth"."auth_mfa_devices"."secret_encrypted" IS 'TOTP seed, encrypted by the service (AES-256-GCM).';

-- [15/76] add table auth.auth_password_resets (schemas/auth.yaml:104:3)
CREATE TABLE "auth"."auth_password_resets" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "auth_user_id" uuid NOT NULL,
    "token_hash" text NOT NULL,
    "requested_ip" inet,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "expires_at" timestamp with time zone NOT NULL,
    "used_at" timestamp with time zone,
    CONSTRAINT "auth_password_resets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "auth_password_resets_token_hash_key" UNIQUE ("token_hash"),
    CONSTRAINT "auth_password_resets_expires_after_creation_check" CHECK (expires_at > created_at),
    CONSTRAINT "auth_password_resets_used_before_expiry_check" CHECK (used_at IS NULL OR used_at <= expires_at)
);
COMMENT ON TABLE "auth"."auth_password_resets" IS 'Single-use password reset tokens (hashed).';
COMMENT ON COLUMN "auth"."auth_password_resets"."organization_id" IS '[external reference: users.organizations]';

-- [16/76] add table auth.auth_sessions (schemas/auth.yaml:72:3)
CREATE TABLE "auth"."auth_sessions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "auth_user_id" uuid NOT NULL,
    "token_hash" text NOT NULL,
    "refresh_token_hash" text,
    "ip_address" inet,
    "user_agent" text,
    "device_name" text,
    "mfa_verified" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
    "expires_at" timestamp with time zone NOT NULL,
    "revoked_at" timestamp with time zone,
    "revoked_reason" text,
    CONSTRAINT "auth_sessions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "auth_sessions_token_hash_key" UNIQUE ("token_hash"),
    CONSTRAINT "auth_sessions_refresh_token_hash_key" UNIQUE ("refresh_token_hash"),
    CONSTRAINT "auth_sessions_expires_after_creation_check" CHECK (expires_at > created_at),
    CONSTRAINT "auth_sessions_revocation_has_time_check" CHECK (revoked_reason IS NULL OR revoked_at IS NOT NULL)
);
COMMENT ON TABLE "auth"."auth_sessions" IS 'Active and past sessions; the API gateway validates token_hash.';
COMMENT ON COLUMN "auth"."auth_sessions"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "auth"."auth_sessions"."token_hash" IS 'SHA-256 of the bearer token; the token itself is never stored.';

-- [17/76] add table auth.auth_users (schemas/auth.yaml:39:3)
CREATE TABLE "auth"."auth_users" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "email" citext NOT NULL,
    "password_hash" text,
    "password_algorithm" text DEFAULT 'argon2id' NOT NULL,
    "password_changed_at" timestamp with time zone,
    "status" "auth"."auth_user_status" DEFAULT 'pending_verification' NOT NULL,
    "email_verified_at" timestamp with time zone,
    "failed_login_count" integer DEFAULT 0 NOT NULL,
    "locked_until" timestamp with time zone,
    "mfa_enabled" boolean DEFAULT false NOT NULL,
    "last_login_at" timestamp with time zone,
    "last_login_ip" inet,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "auth_users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "auth_users_organization_id_id_key" UNIQUE ("organization_id", "id"),
    CONSTRAINT "auth_users_password_algorithm_check" CHECK (password_algorithm IN ('argon2id', 'bcrypt', 'scrypt')),
    CONSTRAINT "auth_users_failed_login_count_check" CHECK (failed_login_count >= 0),
    CONSTRAINT "auth_users_email_shape_check" CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    CONSTRAINT "auth_users_active_is_verified_check" CHECK (status <> 'active' OR email_verified_at IS NOT NULL)
);
COMMENT ON TABLE "auth"."auth_users" IS 'Sign-in credentials, one per person and organization. The profile lives in the user service (user_profiles.auth_user_id points here).';
COMMENT ON COLUMN "auth"."auth_users"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "auth"."auth_users"."password_hash" IS 'Argon2id/bcrypt hash; NULL for SSO-only accounts.';

-- [18/76] add index audit_log_table_name_changed_at_idx on auth.audit_log (schemas/auth.yaml:40:63)
CREATE INDEX "audit_log_table_name_changed_at_idx"
    ON "auth"."audit_log" USING BTREE ("table_name", "changed_at");

-- [19/76] add index auth_audit_log_organization_id_idx on auth.auth_audit_log (schemas/auth.yaml:163:14)
CREATE INDEX "auth_audit_log_organization_id_idx"
    ON "auth"."auth_audit_log" USING BTREE ("organization_id");

-- [20/76] add index auth_audit_log_auth_user_id_occurred_at_idx on auth.auth_audit_log (schemas/auth.yaml:192:16)
CREATE INDEX "auth_audit_log_auth_user_id_occurred_at_idx"
    ON "auth"."auth_audit_log" USING BTREE ("auth_user_id", "occurred_at" DESC);

-- [21/76] add index auth_audit_log_failed_logins_idx on auth.auth_audit_log (schemas/auth.yaml:193:16)
CREATE INDEX "auth_audit_log_failed_logins_idx"
    ON "auth"."auth_audit_log" USING BTREE ("ip_address", "occurred_at") WHERE event_type = 'login_failed';

-- [22/76] add index auth_audit_log_occurred_brin on auth.auth_audit_log (schemas/auth.yaml:196:16)
CREATE INDEX "auth_audit_log_occurred_brin"
    ON "auth"."auth_audit_log" USING BRIN ("occurred_at");

-- [23/76] add index auth_mfa_devices_organization_id_idx on auth.auth_mfa_devices (schemas/auth.yaml:129:23)
CREATE INDEX "auth_mfa_devices_organization_id_idx"
    ON "auth"."auth_mfa_devices" USING BTREE ("organization_id");

-- [24/76] add index auth_mfa_devices_auth_user_id_idx on auth.auth_mfa_devices (schemas/auth.yaml:156:9)
CREATE INDEX "auth_mfa_devices_auth_user_id_idx"
    ON "auth"."auth_mfa_devices" USING BTREE ("auth_user_id");

-- [25/76] add index auth_mfa_devices_one_primary_key on auth.auth_mfa_devices (schemas/auth.yaml:157:16)
CREATE UNIQUE INDEX "auth_mfa_devices_one_primary_key"
    ON "auth"."auth_mfa_devices" USING BTREE ("auth_user_id") WHERE is_primary AND disabled_at IS NULL;

-- [26/76] add index auth_password_resets_organization_id_idx on auth.auth_password_resets (schemas/auth.yaml:105:23)
CREATE INDEX "auth_password_resets_organization_id_idx"
    ON "auth"."auth_password_resets" USING BTREE ("organization_id");

-- [27/76] add index auth_password_resets_auth_user_id_created_at_idx on auth.auth_password_resets (schemas/auth.yaml:123:16)
CREATE INDEX "auth_password_resets_auth_user_id_created_at_idx"
    ON "auth"."auth_password_resets" USING BTREE ("auth_user_id", "created_at" DESC);

-- [28/76] add index auth_password_resets_open_idx on auth.auth_password_resets (schemas/auth.yaml:124:16)
CREATE INDEX "auth_password_resets_open_idx"
    ON "auth"."auth_password_resets" USING BTREE ("expires_at") WHERE used_at IS NULL;

-- [29/76] add index auth_sessions_organization_id_idx on auth.auth_sessions (schemas/auth.yaml:73:23)
CREATE INDEX "auth_sessions_organization_id_idx"
    ON "auth"."auth_sessions" USING BTREE ("organization_id");

-- [30/76] add index auth_sessions_live_idx on auth.auth_sessions (schemas/auth.yaml:97:16)
CREATE INDEX "auth_sessions_live_idx"
    ON "auth"."auth_sessions" USING BTREE ("auth_user_id", "last_seen_at" DESC) WHERE revoked_at IS NULL;

-- [31/76] add index auth_sessions_expiry_idx on auth.auth_sessions (schemas/auth.yaml:100:16)
CREATE INDEX "auth_sessions_expiry_idx"
    ON "auth"."auth_sessions" USING BTREE ("expires_at") WHERE revoked_at IS NULL;

-- [32/76] add index auth_users_organization_id_idx on auth.auth_users (schemas/auth.yaml:40:23)
CREATE INDEX "auth_users_organization_id_idx"
    ON "auth"."auth_users" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [33/76] add index auth_users_organization_id_email_key on auth.auth_users (schemas/auth.yaml:63:16)
CREATE UNIQUE INDEX "auth_users_organization_id_email_key"
    ON "auth"."auth_users" USING BTREE ("organization_id", "email") WHERE deleted_at IS NULL;

-- [34/76] add index auth_users_locked_until_idx on auth.auth_users (schemas/auth.yaml:65:16)
CREATE INDEX "auth_users_locked_until_idx"
    ON "auth"."auth_users" USING BTREE ("locked_until") WHERE locked_until IS NOT NULL;

-- [35/76] add foreign key auth_mfa_devices_organization_id_auth_user_id_fkey on auth.auth_mfa_devices (schemas/auth.yaml:145:16)
ALTER TABLE "auth"."auth_mfa_devices"
    ADD CONSTRAINT "auth_mfa_devices_organization_id_auth_user_id_fkey" FOREIGN KEY ("organization_id", "auth_user_id")
    REFERENCES "auth"."auth_users" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [36/76] add foreign key auth_password_resets_organization_id_auth_user_id_fkey on auth.auth_password_resets (schemas/auth.yaml:115:16)
ALTER TABLE "auth"."auth_password_resets"
    ADD CONSTRAINT "auth_password_resets_organization_id_auth_user_id_fkey" FOREIGN KEY ("organization_id", "auth_user_id")
    REFERENCES "auth"."auth_users" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [37/76] add foreign key auth_sessions_organization_id_auth_user_id_fkey on auth.auth_sessions (schemas/auth.yaml:89:16)
ALTER TABLE "auth"."auth_sessions"
    ADD CONSTRAINT "auth_sessions_organization_id_auth_user_id_fkey" FOREIGN KEY ("organization_id", "auth_user_id")
    REFERENCES "auth"."auth_users" ("organization_id", "id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [38/76] add trigger refuse_change on auth.auth_audit_log (schemas/common.yaml:26:7)
CREATE TRIGGER "refuse_change"
    BEFORE UPDATE OR DELETE
    ON "auth"."auth_audit_log"
    FOR EACH ROW
    EXECUTE FUNCTION "auth"."refuse_change"();

-- [39/76] add trigger set_updated_at on auth.auth_mfa_devices (schemas/auth.yaml:129:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "auth"."auth_mfa_devices"
    FOR EACH ROW
    EXECUTE FUNCTION "auth"."set_updated_at"();

-- [40/76] add trigger audit_row on auth.auth_mfa_devices (schemas/auth.yaml:129:50)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "auth"."auth_mfa_devices"
    FOR EACH ROW
    EXECUTE FUNCTION "auth"."audit_row"();

-- [41/76] add trigger set_updated_at on auth.auth_users (schemas/auth.yaml:40:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "auth"."auth_users"
    FOR EACH ROW
    EXECUTE FUNCTION "auth"."set_updated_at"();

-- [42/76] add trigger audit_row on auth.auth_users (schemas/auth.yaml:40:63)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "auth"."auth_users"
    FOR EACH ROW
    EXECUTE FUNCTION "auth"."audit_row"();

-- [43/76] enable rls auth.auth_audit_log
ALTER TABLE "auth"."auth_audit_log" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_audit_log" FORCE ROW LEVEL SECURITY;

-- [44/76] enable rls auth.auth_mfa_devices
ALTER TABLE "auth"."auth_mfa_devices" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_mfa_devices" FORCE ROW LEVEL SECURITY;

-- [45/76] enable rls auth.auth_password_resets
ALTER TABLE "auth"."auth_password_resets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_password_resets" FORCE ROW LEVEL SECURITY;

-- [46/76] enable rls auth.auth_sessions
ALTER TABLE "auth"."auth_sessions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_sessions" FORCE ROW LEVEL SECURITY;

-- [47/76] enable rls auth.auth_users
ALTER TABLE "auth"."auth_users" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auth"."auth_users" FORCE ROW LEVEL SECURITY;

-- [48/76] add policy tenant_isolation on auth.auth_audit_log (schemas/auth.yaml:163:14)
CREATE POLICY "tenant_isolation" ON "auth"."auth_audit_log"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [49/76] add policy tenant_isolation on auth.auth_mfa_devices (schemas/auth.yaml:129:23)
CREATE POLICY "tenant_isolation" ON "auth"."auth_mfa_devices"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [50/76] add policy tenant_isolation on auth.auth_password_resets (schemas/auth.yaml:105:23)
CREATE POLICY "tenant_isolation" ON "auth"."auth_password_resets"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [51/76] add policy tenant_isolation on auth.auth_sessions (schemas/auth.yaml:73:23)
CREATE POLICY "tenant_isolation" ON "auth"."auth_sessions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [52/76] add policy tenant_isolation on auth.auth_users (schemas/auth.yaml:40:23)
CREATE POLICY "tenant_isolation" ON "auth"."auth_users"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [53/76] add grant USAGE on schema auth to merch_auth_svc
GRANT USAGE ON SCHEMA "auth" TO "merch_auth_svc";

-- [54/76] add grant INSERT,SELECT on table auth.auth_audit_log to merch_auth_svc
GRANT INSERT, SELECT ON TABLE "auth"."auth_audit_log" TO "merch_auth_svc";

-- [55/76] add grant DELETE,INSERT,SELECT,UPDATE on table auth.auth_mfa_devices to merch_auth_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auth"."auth_mfa_devices" TO "merch_auth_svc";

-- [56/76] add grant DELETE,INSERT,SELECT,UPDATE on table auth.auth_password_resets to merch_auth_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auth"."auth_password_resets" TO "merch_auth_svc";

-- [57/76] add grant DELETE,INSERT,SELECT,UPDATE on table auth.auth_sessions to merch_auth_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auth"."auth_sessions" TO "merch_auth_svc";

-- [58/76] add grant DELETE,INSERT,SELECT,UPDATE on table auth.auth_users to merch_auth_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "auth"."auth_users" TO "merch_auth_svc";

-- [59/76] add grant USAGE on type auth.auth_event_type to merch_auth_svc
GRANT USAGE ON TYPE "auth"."auth_event_type" TO "merch_auth_svc";

-- [60/76] add grant USAGE on type auth.auth_user_status to merch_auth_svc
GRANT USAGE ON TYPE "auth"."auth_user_status" TO "merch_auth_svc";

-- [61/76] add grant USAGE on type auth.mfa_device_type to merch_auth_svc
GRANT USAGE ON TYPE "auth"."mfa_device_type" TO "merch_auth_svc";

-- [62/76] add grant USAGE on schema auth to merch_ops
GRANT USAGE ON SCHEMA "auth" TO "merch_ops";

-- [63/76] add grant SELECT on table auth.audit_log to merch_ops
GRANT SELECT ON TABLE "auth"."audit_log" TO "merch_ops";

-- [64/76] add grant SELECT on table auth.auth_audit_log to merch_ops
GRANT SELECT ON TABLE "auth"."auth_audit_log" TO "merch_ops";

-- [65/76] add grant SELECT on table auth.auth_mfa_devices to merch_ops
GRANT SELECT ON TABLE "auth"."auth_mfa_devices" TO "merch_ops";

-- [66/76] add grant SELECT on table auth.auth_password_resets to merch_ops
GRANT SELECT ON TABLE "auth"."auth_password_resets" TO "merch_ops";

-- [67/76] add grant SELECT on table auth.auth_sessions to merch_ops
GRANT SELECT ON TABLE "auth"."auth_sessions" TO "merch_ops";

-- [68/76] add grant SELECT on table auth.auth_users to merch_ops
GRANT SELECT ON TABLE "auth"."auth_users" TO "merch_ops";

-- [69/76] add grant USAGE on schema auth to merch_readonly
GRANT USAGE ON SCHEMA "auth" TO "merch_readonly";

-- [70/76] add grant SELECT on table auth.auth_audit_log to merch_readonly
GRANT SELECT ON TABLE "auth"."auth_audit_log" TO "merch_readonly";

-- [71/76] add grant SELECT on table auth.auth_mfa_devices to merch_readonly
GRANT SELECT ON TABLE "auth"."auth_mfa_devices" TO "merch_readonly";

-- [72/76] add grant SELECT on table auth.auth_sessions to merch_readonly
GRANT SELECT ON TABLE "auth"."auth_sessions" TO "merch_readonly";

-- [73/76] add grant SELECT on table auth.auth_users to merch_readonly
GRANT SELECT ON TABLE "auth"."auth_users" TO "merch_readonly";

-- [74/76] add grant USAGE on type auth.auth_event_type to merch_readonly
GRANT USAGE ON TYPE "auth"."auth_event_type" TO "merch_readonly";

-- [75/76] add grant USAGE on type auth.auth_user_status to merch_readonly
GRANT USAGE ON TYPE "auth"."auth_user_status" TO "merch_readonly";

-- [76/76] add grant USAGE on type auth.mfa_device_type to merch_readonly
GRANT USAGE ON TYPE "auth"."mfa_device_type" TO "merch_readonly";
