-- provision migration V0001 (up) for database notification: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/61] add role merch_notification_svc (schemas/notification.yaml:10:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_notification_svc";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_notification_svc'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 50
    ) THEN
        ALTER ROLE "merch_notification_svc" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 50;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_notification_svc" IS 'The notification service''s connection role; subject to row-level security.';

-- [2/61] add role merch_ops (schemas/common.yaml:13:3)
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

-- [3/61] add role merch_readonly (schemas/common.yaml:8:3)
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

-- [4/61] add schema notification (schemas/notification.yaml:6:9)
CREATE SCHEMA "notification";
COMMENT ON SCHEMA "notification" IS 'Notification service (seed 000 section 8): templates per channel and locale, notification instances with delivery and read tracking, each user''s preferences and their delivery channels (subscriptions).';

-- [5/61] add enum notification.channel (schemas/notification.yaml:17:3)
CREATE TYPE "notification"."channel" AS ENUM ('in_app', 'email', 'sms', 'push', 'webhook');

-- [6/61] add enum notification.delivery_status (schemas/notification.yaml:19:3)
CREATE TYPE "notification"."delivery_status" AS ENUM ('queued', 'sent', 'delivered', 'read', 'failed', 'cancelled');

-- [7/61] add enum notification.device_platform (schemas/notification.yaml:21:3)
CREATE TYPE "notification"."device_platform" AS ENUM ('ios', 'android', 'web');

-- [8/61] add enum notification.digest_frequency (schemas/notification.yaml:20:3)
CREATE TYPE "notification"."digest_frequency" AS ENUM ('immediate', 'hourly', 'daily', 'weekly', 'never');

-- [9/61] add enum notification.notification_priority (schemas/notification.yaml:18:3)
CREATE TYPE "notification"."notification_priority" AS ENUM ('low', 'normal', 'high', 'critical');

-- [10/61] add function notification.set_updated_at() (schemas/notification.yaml:25:38)
CREATE FUNCTION "notification"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [11/61] add table notification.notification_subscriptions (schemas/notification.yaml:107:3)
CREATE TABLE "notification"."notification_subscriptions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "channel" "notification"."channel" NOT NULL,
    "address" text NOT NULL,
    "platform" "notification"."device_platform",
    "is_verified" boolean DEFAULT false NOT NULL,
    "verified_at" timestamp with time zone,
    "last_used_at" timestamp with time zone,
    "failure_count" integer DEFAULT 0 NOT NULL,
    "disabled_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "notification_subscriptions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notification_subscriptions_failure_count_check" CHECK (failure_count >= 0),
    CONSTRAINT "notification_subscriptions_push_has_platform_check" CHECK (channel <> 'push' OR platform IS NOT NULL),
    CONSTRAINT "notification_subscriptions_verified_has_time_check" CHECK (NOT is_verified OR verified_at IS NOT NULL)
);
COMMENT ON TABLE "notification"."notification_subscriptions" IS 'Where a user can be reached on a channel (an address, phone number, push token or webhook URL).';
COMMENT ON COLUMN "notification"."notification_subscriptions"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "notification"."notification_subscriptions"."user_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "notification"."notification_subscriptions"."address" IS 'E-mail address, E.164 phone number, push token or URL.';
COMMENT ON COLUMN "notification"."notification_subscriptions"."platform" IS 'For push subscriptions.';

-- [12/61] add table notification.notification_templates (schemas/notification.yaml:24:3)
CREATE TABLE "notification"."notification_templates" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "code" text NOT NULL,
    "channel" "notification"."channel" NOT NULL,
    "locale" text DEFAULT 'en' NOT NULL,
    "subject" text,
    "body" text NOT NULL,
    "variables" text[] DEFAULT '{}'::text[] NOT NULL,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "notification_templates_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notification_templates_code_check" CHECK (code ~ '^[a-z][a-z0-9_.]*$'),
    CONSTRAINT "notification_templates_email_has_subject_check" CHECK (channel <> 'email' OR subject IS NOT NULL)
);
COMMENT ON TABLE "notification"."notification_templates" IS 'Message templates per event code, channel and locale ({{variables}} are filled by the service).';
COMMENT ON COLUMN "notification"."notification_templates"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "notification"."notification_templates"."code" IS 'Event code, e.g. todo.assigned, leave.approved.';

-- [13/61] add table notification.notifications (schemas/notification.yaml:41:3)
CREATE TABLE "notification"."notifications" (
    "organization_id" uuid NOT NULL,
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "recipient_id" uuid NOT NULL,
    "template_id" uuid,
    "channel" "notification"."channel" NOT NULL,
    "category" text NOT NULL,
    "title" text NOT NULL,
    "body" text NOT NULL,
    "data" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "priority" "notification"."notification_priority" DEFAULT 'normal' NOT NULL,
    "status" "notification"."delivery_status" DEFAULT 'queued' NOT NULL,
    "scheduled_for" timestamp with time zone DEFAULT now() NOT NULL,
    "sent_at" timestamp with time zone,
    "delivered_at" timestamp with time zone,
    "read_at" timestamp with time zone,
    "attempts" smallint DEFAULT 0 NOT NULL,
    "failure_reason" text,
    "source_service" text,
    "source_entity_id" uuid,
    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id", "created_at"),
    CONSTRAINT "notifications_attempts_check" CHECK (attempts >= 0),
    CONSTRAINT "notifications_read_after_sent_check" CHECK (read_at IS NULL OR sent_at IS NULL OR read_at >= sent_at),
    CONSTRAINT "notifications_failed_has_reason_check" CHECK (status <> 'failed' OR failure_reason IS NOT NULL)
) PARTITION BY RANGE ("created_at");
COMMENT ON TABLE "notification"."notifications" IS 'One message to one recipient on one channel, with its delivery state. High volume: monthly partitions kept 36 months (3 years of operational data, seed 000), then dropped.';
COMMENT ON COLUMN "notification"."notifications"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "notification"."notifications"."recipient_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "notification"."notifications"."category" IS 'Preference category, e.g. todo, approval, chat.';
COMMENT ON COLUMN "notification"."notifications"."data" IS 'Deep-link and payload for the client.';
CREATE TABLE "notification"."notifications_p202601" PARTITION OF "notification"."notifications" FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE "notification"."notifications_p202602" PARTITION OF "notification"."notifications" FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE "notification"."notifications_p202603" PARTITION OF "notification"."notifications" FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
CREATE TABLE "notification"."notifications_p202604" PARTITION OF "notification"."notifications" FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');
CREATE TABLE "notification"."notifications_default" PARTITION OF "notification"."notifications" DEFAULT;

-- [14/61] add table notification.user_notification_preferences (schemas/notification.yaml:91:3)
CREATE TABLE "notification"."user_notification_preferences" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "category" text NOT NULL,
    "channel" "notification"."channel" NOT NULL,
    "is_enabled" boolean DEFAULT true NOT NULL,
    "digest" "notification"."digest_frequency" DEFAULT 'immediate' NOT NULL,
    "quiet_hours_start" time without time zone,
    "quiet_hours_end" time without time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_notification_preferences_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_notification_preferences_organization_id_user_id__1b22213a" UNIQUE ("organization_id", "user_id", "category", "channel"),
    CONSTRAINT "user_notification_preferences_quiet_hours_paired_check" CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))
);
COMMENT ON TABLE "notification"."user_notification_preferences" IS 'Per user, category and channel, whether and how often to notify.';
COMMENT ON COLUMN "notification"."user_notification_preferences"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "notification"."user_notification_preferences"."user_id" IS '[external reference: user.users.user_profiles]';

-- [15/61] add index notification_subscriptions_organization_id_idx on notification.notification_subscriptions (schemas/notification.yaml:108:23)
CREATE INDEX "notification_subscriptions_organization_id_idx"
    ON "notification"."notification_subscriptions" USING BTREE ("organization_id");

-- [16/61] add index notification_subscriptions_live_key on notification.notification_subscriptions (schemas/notification.yaml:124:16)
CREATE UNIQUE INDEX "notification_subscriptions_live_key"
    ON "notification"."notification_subscriptions" USING BTREE ("organization_id", "channel", "address") WHERE disabled_at IS NULL;

-- [17/61] add index notification_subscriptions_user_id_idx on notification.notification_subscriptions (schemas/notification.yaml:128:9)
CREATE INDEX "notification_subscriptions_user_id_idx"
    ON "notification"."notification_subscriptions" USING BTREE ("user_id");

-- [18/61] add index notification_templates_organization_id_idx on notification.notification_templates (schemas/notification.yaml:25:23)
CREATE INDEX "notification_templates_organization_id_idx"
    ON "notification"."notification_templates" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [19/61] add index notification_templates_organization_id_code_channel_locale_key on notification.notification_templates (schemas/notification.yaml:38:16)
CREATE UNIQUE INDEX "notification_templates_organization_id_code_channel_locale_key"
    ON "notification"."notification_templates" USING BTREE ("organization_id", "code", "channel", "locale") WHERE deleted_at IS NULL;

-- [20/61] add index notifications_organization_id_idx on notification.notifications (schemas/notification.yaml:42:14)
CREATE INDEX "notifications_organization_id_idx"
    ON "notification"."notifications" USING BTREE ("organization_id");

-- [21/61] add index notifications_unread_idx on notification.notifications (schemas/notification.yaml:83:16)
CREATE INDEX "notifications_unread_idx"
    ON "notification"."notifications" USING BTREE ("recipient_id", "created_at" DESC) WHERE read_at IS NULL AND channel = 'in_app';

-- [22/61] add index notifications_queue_idx on notification.notifications (schemas/notification.yaml:86:16)
CREATE INDEX "notifications_queue_idx"
    ON "notification"."notifications" USING BTREE ("status", "scheduled_for") WHERE status = 'queued';

-- [23/61] add index notifications_recipient_id_created_at_idx on notification.notifications (schemas/notification.yaml:89:16)
CREATE INDEX "notifications_recipient_id_created_at_idx"
    ON "notification"."notifications" USING BTREE ("recipient_id", "created_at" DESC);

-- [24/61] add index user_notification_preferences_organization_id_idx on notification.user_notification_preferences (schemas/notification.yaml:92:23)
CREATE INDEX "user_notification_preferences_organization_id_idx"
    ON "notification"."user_notification_preferences" USING BTREE ("organization_id");

-- [25/61] add foreign key notifications_template_id_fkey on notification.notifications (schemas/notification.yaml:53:21)
ALTER TABLE "notification"."notifications"
    ADD CONSTRAINT "notifications_template_id_fkey" FOREIGN KEY ("template_id")
    REFERENCES "notification"."notification_templates" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [26/61] add trigger set_updated_at on notification.notification_subscriptions (schemas/notification.yaml:108:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "notification"."notification_subscriptions"
    FOR EACH ROW
    EXECUTE FUNCTION "notification"."set_updated_at"();

-- [27/61] add trigger set_updated_at on notification.notification_templates (schemas/notification.yaml:25:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "notification"."notification_templates"
    FOR EACH ROW
    EXECUTE FUNCTION "notification"."set_updated_at"();

-- [28/61] add trigger set_updated_at on notification.user_notification_preferences (schemas/notification.yaml:92:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "notification"."user_notification_preferences"
    FOR EACH ROW
    EXECUTE FUNCTION "notification"."set_updated_at"();

-- [29/61] enable rls notification.notification_subscriptions
ALTER TABLE "notification"."notification_subscriptions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "notification"."notification_subscriptions" FORCE ROW LEVEL SECURITY;

-- [30/61] enable rls notification.notification_templates
ALTER TABLE "notification"."notification_templates" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "notification"."notification_templates" FORCE ROW LEVEL SECURITY;

-- [31/61] enable rls notification.notifications
ALTER TABLE "notification"."notifications" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "notification"."notifications" FORCE ROW LEVEL SECURITY;

-- [32/61] enable rls notification.user_notification_preferences
ALTER TABLE "notification"."user_notification_preferences" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "notification"."user_notification_preferences" FORCE ROW LEVEL SECURITY;

-- [33/61] add policy tenant_isolation on notification.notification_subscriptions (schemas/notification.yaml:108:23)
CREATE POLICY "tenant_isolation" ON "notification"."notification_subscriptions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [34/61] add policy tenant_isolation on notification.notification_templates (schemas/notification.yaml:25:23)
CREATE POLICY "tenant_isolation" ON "notification"."notification_templates"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [35/61] add policy tenant_isolation on notification.notifications (schemas/notification.yaml:42:14)
CREATE POLICY "tenant_isolation" ON "notification"."notifications"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [36/61] add policy tenant_isolation on notification.user_notification_preferences (schemas/notification.yaml:92:23)
CREATE POLICY "tenant_isolation" ON "notification"."user_notification_preferences"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [37/61] add grant USAGE on schema notification to merch_notification_svc
GRANT USAGE ON SCHEMA "notification" TO "merch_notification_svc";

-- [38/61] add grant DELETE,INSERT,SELECT,UPDATE on table notification.notification_subscriptions to merch_notification_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "notification"."notification_subscriptions" TO "merch_notification_svc";

-- [39/61] add grant DELETE,INSERT,SELECT,UPDATE on table notification.notification_templates to merch_notification_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "notification"."notification_templates" TO "merch_notification_svc";

-- [40/61] add grant DELETE,INSERT,SELECT,UPDATE on table notification.notifications to merch_notification_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "notification"."notifications" TO "merch_notification_svc";

-- [41/61] add grant DELETE,INSERT,SELECT,UPDATE on table notification.user_notification_preferences to merch_notification_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "notification"."user_notification_preferences" TO "merch_notification_svc";

-- [42/61] add grant USAGE on type notification.channel to merch_notification_svc
GRANT USAGE ON TYPE "notification"."channel" TO "merch_notification_svc";

-- [43/61] add grant USAGE on type notification.delivery_status to merch_notification_svc
GRANT USAGE ON TYPE "notification"."delivery_status" TO "merch_notification_svc";

-- [44/61] add grant USAGE on type notification.device_platform to merch_notification_svc
GRANT USAGE ON TYPE "notification"."device_platform" TO "merch_notification_svc";

-- [45/61] add grant USAGE on type notification.digest_frequency to merch_notification_svc
GRANT USAGE ON TYPE "notification"."digest_frequency" TO "merch_notification_svc";

-- [46/61] add grant USAGE on type notification.notification_priority to merch_notification_svc
GRANT USAGE ON TYPE "notification"."notification_priority" TO "merch_notification_svc";

-- [47/61] add grant USAGE on schema notification to merch_ops
GRANT USAGE ON SCHEMA "notification" TO "merch_ops";

-- [48/61] add grant SELECT on table notification.notification_subscriptions to merch_ops
GRANT SELECT ON TABLE "notification"."notification_subscriptions" TO "merch_ops";

-- [49/61] add grant SELECT on table notification.notification_templates to merch_ops
GRANT SELECT ON TABLE "notification"."notification_templates" TO "merch_ops";

-- [50/61] add grant SELECT on table notification.notifications to merch_ops
GRANT SELECT ON TABLE "notification"."notifications" TO "merch_ops";

-- [51/61] add grant SELECT on table notification.user_notification_preferences to merch_ops
GRANT SELECT ON TABLE "notification"."user_notification_preferences" TO "merch_ops";

-- [52/61] add grant USAGE on schema notification to merch_readonly
GRANT USAGE ON SCHEMA "notification" TO "merch_readonly";

-- [53/61] add grant SELECT on table notification.notification_subscriptions to merch_readonly
GRANT SELECT ON TABLE "notification"."notification_subscriptions" TO "merch_readonly";

-- [54/61] add grant SELECT on table notification.notification_templates to merch_readonly
GRANT SELECT ON TABLE "notification"."notification_templates" TO "merch_readonly";

-- [55/61] add grant SELECT on table notification.notifications to merch_readonly
GRANT SELECT ON TABLE "notification"."notifications" TO "merch_readonly";

-- [56/61] add grant SELECT on table notification.user_notification_preferences to merch_readonly
GRANT SELECT ON TABLE "notification"."user_notification_preferences" TO "merch_readonly";

-- [57/61] add grant USAGE on type notification.channel to merch_readonly
GRANT USAGE ON TYPE "notification"."channel" TO "merch_readonly";

-- [58/61] add grant USAGE on type notification.delivery_status to merch_readonly
GRANT USAGE ON TYPE "notification"."delivery_status" TO "merch_readonly";

-- [59/61] add grant USAGE on type notification.device_platform to merch_readonly
GRANT USAGE ON TYPE "notification"."device_platform" TO "merch_readonly";

-- [60/61] add grant USAGE on type notification.digest_frequency to merch_readonly
GRANT USAGE ON TYPE "notification"."digest_frequency" TO "merch_readonly";

-- [61/61] add grant USAGE on type notification.notification_priority to merch_readonly
GRANT USAGE ON TYPE "notification"."notification_priority" TO "merch_readonly";
