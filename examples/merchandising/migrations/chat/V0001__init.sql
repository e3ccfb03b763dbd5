-- provision migration V0001 (up) for database chat: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/92] add role merch_chat_svc (schemas/chat.yaml:10:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_chat_svc";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_chat_svc'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 100
    ) THEN
        ALTER ROLE "merch_chat_svc" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 100;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_chat_svc" IS 'The chat service''s connection role; subject to row-level security.';

-- [2/92] add role merch_ops (schemas/common.yaml:13:3)
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

-- [3/92] add role merch_readonly (schemas/common.yaml:8:3)
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

-- [4/92] add schema chat (schemas/chat.yaml:6:9)
CREATE SCHEMA "chat";
COMMENT ON SCHEMA "chat" IS 'Chat service (seed 000 section 9): channels (direct, group, workplace, announcement), membership, messages with threads and moderation, file attachments, reactions and daily usage analytics.';

-- [5/92] add enum chat.channel_type (schemas/chat.yaml:17:3)
CREATE TYPE "chat"."channel_type" AS ENUM ('direct', 'group', 'department', 'workplace', 'announcement', 'support');

-- [6/92] add enum chat.member_role (schemas/chat.yaml:18:3)
CREATE TYPE "chat"."member_role" AS ENUM ('owner', 'admin', 'moderator', 'member', 'guest');

-- [7/92] add enum chat.message_type (schemas/chat.yaml:20:3)
CREATE TYPE "chat"."message_type" AS ENUM ('text', 'image', 'file', 'system', 'poll', 'location');

-- [8/92] add enum chat.moderation_status (schemas/chat.yaml:21:3)
CREATE TYPE "chat"."moderation_status" AS ENUM ('visible', 'flagged', 'hidden', 'removed');
COMMENT ON TYPE "chat"."moderation_status" IS 'Moderation state of a message (compliance).';

-- [9/92] add enum chat.notify_level (schemas/chat.yaml:19:3)
CREATE TYPE "chat"."notify_level" AS ENUM ('all', 'mentions', 'none');

-- [10/92] add enum chat.scan_status (schemas/chat.yaml:24:3)
CREATE TYPE "chat"."scan_status" AS ENUM ('pending', 'clean', 'infected', 'failed');

-- [11/92] add function chat.audit_row() (schemas/chat.yaml:28:63)
CREATE FUNCTION "chat"."audit_row"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE    SECURITY DEFINER
    SET search_path = "chat", pg_catalog, pg_temp
AS $body$
BEGIN
  INSERT INTO "chat".audit_log (table_name, operation, old_row, new_row)
  VALUES (TG_TABLE_NAME, TG_OP,
          CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  RETURN NULL;
END;
$body$;

-- [12/92] add function chat.chat_messages_search_vector() (schemas/chat.yaml:81:9)
CREATE FUNCTION "chat"."chat_messages_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple'::regconfig, coalesce(NEW."body"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [13/92] add function chat.set_updated_at() (schemas/chat.yaml:28:38)
CREATE FUNCTION "chat"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [14/92] add table chat.audit_log (schemas/chat.yaml:28:63)
CREATE TABLE "chat"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "table_name" text NOT NULL,
    "operation" text NOT NULL,
    "old_row" jsonb,
    "new_row" jsonb,
    "changed_by" text DEFAULT current_user NOT NULL,
    "changed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "chat"."audit_log" IS 'Row changes of audited tables, written by audit_row().';

-- [15/92] add table chat.chat_analytics (schemas/chat.yaml:158:3)
CREATE TABLE "chat"."chat_analytics" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "channel_id" uuid NOT NULL,
    "stat_date" date NOT NULL,
    "messages_count" integer DEFAULT 0 NOT NULL,
    "active_members_count" integer DEFAULT 0 NOT NULL,
    "attachments_count" integer DEFAULT 0 NOT NULL,
    "reactions_count" integer DEFAULT 0 NOT NULL,
    "flagged_count" integer DEFAULT 0 NOT NULL,
    "avg_response_seconds" numeric(10,2),
    "peak_hour" smallint,
    "computed_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "chat_analytics_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "chat_analytics_channel_id_stat_date_key" UNIQUE ("channel_id", "stat_date"),
    CONSTRAINT "chat_analytics_messages_count_check" CHECK (messages_count >= 0),
    CONSTRAINT "chat_analytics_active_members_count_check" CHECK (active_members_count >= 0),
    CONSTRAINT "chat_analytics_attachments_count_check" CHECK (attachments_count >= 0),
    CONSTRAINT "chat_analytics_reactions_count_check" CHECK (reactions_count >= 0),
    CONSTRAINT "chat_analytics_flagged_count_check" CHECK (flagged_count >= 0),
    CONSTRAINT "chat_analytics_peak_hour_check" CHECK (peak_hour BETWEEN 0 AND 23)
);
COMMENT ON TABLE "chat"."chat_analytics" IS 'Daily usage per channel (filled by the service from chat_messages and chat_members).';
COMMENT ON COLUMN "chat"."chat_analytics"."organization_id" IS '[external reference: users.organizations]';

-- [16/92] add table chat.chat_attachments (schemas/chat.yaml:118:3)
CREATE TABLE "chat"."chat_attachments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "message_id" uuid NOT NULL,
    "uploaded_by" uuid NOT NULL,
    "file_name" text NOT NULL,
    "content_type" text NOT NULL,
    "size_bytes" bigint NOT NULL,
    "storage_key" text NOT NULL,
    "sha256" character(64),
    "width" integer,
    "height" integer,
    "duration_seconds" integer,
    "scan_status" "chat"."scan_status" DEFAULT 'pending' NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "chat_attachments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "chat_attachments_storage_key_key" UNIQUE ("storage_key"),
    CONSTRAINT "chat_attachments_size_bytes_check" CHECK (size_bytes > 0 AND size_bytes <= 104857600),
    CONSTRAINT "chat_attachments_sha256_check" CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "chat_attachments_width_check" CHECK (width > 0),
    CONSTRAINT "chat_attachments_height_check" CHECK (height > 0),
    CONSTRAINT "chat_attachments_duration_seconds_check" CHECK (duration_seconds >= 0)
);
COMMENT ON TABLE "chat"."chat_attachments" IS 'Files shared in a message (stored in object storage under storage_key).';
COMMENT ON COLUMN "chat"."chat_attachments"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "chat"."chat_attachments"."uploaded_by" IS '[external reference: user.users.user_profiles]';

-- [17/92] add table chat.chat_channels (schemas/chat.yaml:27:3)
CREATE TABLE "chat"."chat_channels" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "channel_type" "chat"."channel_type" NOT NULL,
    "name" text,
    "topic" text,
    "workplace_id" uuid,
    "department_id" uuid,
    "created_by" uuid NOT NULL,
    "is_private" boolean DEFAULT true NOT NULL,
    "is_archived" boolean DEFAULT false NOT NULL,
    "retention_days" integer,
    "last_message_at" timestamp with time zone,
    "settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "chat_channels_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "chat_channels_retention_days_check" CHECK (retention_days > 0),
    CONSTRAINT "chat_channels_named_unless_direct_check" CHECK (channel_type = 'direct' OR name IS NOT NULL),
    CONSTRAINT "chat_channels_workplace_channel_has_workplace_check" CHECK (channel_type <> 'workplace' OR workplace_id IS NOT NULL),
    CONSTRAINT "chat_channels_department_channel_has_department_check" CHECK (channel_type <> 'department' OR department_id IS NOT NULL)
);
COMMENT ON TABLE "chat"."chat_channels" IS 'A conversation: a direct message, a group, or a channel tied to a workplace or department.';
COMMENT ON COLUMN "chat"."chat_channels"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "chat"."chat_channels"."workplace_id" IS '[external reference: workplace.workplace.workplaces]';
COMMENT ON COLUMN "chat"."chat_channels"."department_id" IS '[external reference: user.users.departments]';
COMMENT ON COLUMN "chat"."chat_channels"."created_by" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "chat"."chat_channels"."retention_days" IS 'Messages older than this are purged; NULL keeps them.';

-- [18/92] add table chat.chat_members (schemas/chat.yaml:53:3)
CREATE TABLE "chat"."chat_members" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "channel_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "role" "chat"."member_role" DEFAULT 'member' NOT NULL,
    "notify" "chat"."notify_level" DEFAULT 'all' NOT NULL,
    "joined_at" timestamp with time zone DEFAULT now() NOT NULL,
    "left_at" timestamp with time zone,
    "muted_until" timestamp with time zone,
    "last_read_at" timestamp with time zone,
    CONSTRAINT "chat_members_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "chat_members_channel_id_user_id_key" UNIQUE ("channel_id", "user_id"),
    CONSTRAINT "chat_members_left_after_join_check" CHECK (left_at IS NULL OR left_at >= joined_at)
);
COMMENT ON TABLE "chat"."chat_members" IS 'Who is in a channel, with their role and read position.';
COMMENT ON COLUMN "chat"."chat_members"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "chat"."chat_members"."user_id" IS '[external reference: user.users.user_profiles]';

-- [19/92] add table chat.chat_messages (schemas/chat.yaml:77:3)
CREATE TABLE "chat"."chat_messages" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "channel_id" uuid NOT NULL,
    "sender_id" uuid NOT NULL,
    "thread_root_id" uuid,
    "message_type" "chat"."message_type" DEFAULT 'text' NOT NULL,
    "body" text NOT NULL,
    "mentions" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "is_pinned" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "edited_at" timestamp with time zone,
    "deleted_at" timestamp with time zone,
    "moderation_status" "chat"."moderation_status" DEFAULT 'visible' NOT NULL,
    "moderated_by" uuid,
    "moderated_at" timestamp with time zone,
    "moderation_reason" text,
    "search_vector" tsvector,
    CONSTRAINT "chat_messages_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "chat_messages_text_has_body_check" CHECK (message_type <> 'text' OR deleted_at IS NOT NULL OR btrim(body) <> ''),
    CONSTRAINT "chat_messages_moderation_complete_check" CHECK (moderation_status IN ('visible', 'flagged') OR (moderated_by IS NOT NULL AND moderated_at IS NOT NULL))
);
COMMENT ON TABLE "chat"."chat_messages" IS 'A message in a channel; replies point at their thread''s first message.';
COMMENT ON COLUMN "chat"."chat_messages"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "chat"."chat_messages"."sender_id" IS 'The author; for system messages, the user whose action produced it (joined, renamed, ...). [external reference: user.users.user_profiles]';
COMMENT ON COLUMN "chat"."chat_messages"."body" IS 'The text; a caption (possibly empty) for images and files, emptied when the message is deleted.';
COMMENT ON COLUMN "chat"."chat_messages"."moderated_by" IS '[external reference: user.users.user_profiles]';

-- [20/92] add table chat.chat_reactions (schemas/chat.yaml:143:3)
CREATE TABLE "chat"."chat_reactions" (
    "organization_id" uuid NOT NULL,
    "message_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "emoji" text NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "chat_reactions_pkey" PRIMARY KEY ("message_id", "user_id", "emoji"),
    CONSTRAINT "chat_reactions_emoji_check" CHECK (char_length(emoji) BETWEEN 1 AND 64)
);
COMMENT ON TABLE "chat"."chat_reactions" IS 'An emoji reaction of a user to a message (once per emoji).';
COMMENT ON COLUMN "chat"."chat_reactions"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "chat"."chat_reactions"."user_id" IS '[external reference: user.users.user_profiles]';

-- [21/92] add index audit_log_table_name_changed_at_idx on chat.audit_log (schemas/chat.yaml:28:63)
CREATE INDEX "audit_log_table_name_changed_at_idx"
    ON "chat"."audit_log" USING BTREE ("table_name", "changed_at");

-- [22/92] add index chat_analytics_organization_id_idx on chat.chat_analytics (schemas/chat.yaml:159:23)
CREATE INDEX "chat_analytics_organization_id_idx"
    ON "chat"."chat_analytics" USING BTREE ("organization_id");

-- [23/92] add index chat_analytics_organization_id_stat_date_idx on chat.chat_analytics (schemas/chat.yaml:178:16)
CREATE INDEX "chat_analytics_organization_id_stat_date_idx"
    ON "chat"."chat_analytics" USING BTREE ("organization_id", "stat_date");

-- [24/92] add index chat_attachments_organization_id_idx on chat.chat_attachments (schemas/chat.yaml:119:23)
CREATE INDEX "chat_attachments_organization_id_idx"
    ON "chat"."chat_attachments" USING BTREE ("organization_id");

-- [25/92] add index chat_attachments_message_id_idx on chat.chat_attachments (schemas/chat.yaml:138:9)
CREATE INDEX "chat_attachments_message_id_idx"
    ON "chat"."chat_attachments" USING BTREE ("message_id");

-- [26/92] add index chat_attachments_scan_queue_idx on chat.chat_attachments (schemas/chat.yaml:139:16)
CREATE INDEX "chat_attachments_scan_queue_idx"
    ON "chat"."chat_attachments" USING BTREE ("created_at") WHERE scan_status = 'pending';

-- [27/92] add index chat_channels_organization_id_idx on chat.chat_channels (schemas/chat.yaml:28:23)
CREATE INDEX "chat_channels_organization_id_idx"
    ON "chat"."chat_channels" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [28/92] add index chat_channels_recent_idx on chat.chat_channels (schemas/chat.yaml:47:16)
CREATE INDEX "chat_channels_recent_idx"
    ON "chat"."chat_channels" USING BTREE ("organization_id", "last_message_at" DESC) WHERE NOT is_archived;

-- [29/92] add index chat_channels_workplace_id_idx on chat.chat_channels (schemas/chat.yaml:50:16)
CREATE INDEX "chat_channels_workplace_id_idx"
    ON "chat"."chat_channels" USING BTREE ("workplace_id") WHERE workplace_id IS NOT NULL;

-- [30/92] add index chat_members_organization_id_idx on chat.chat_members (schemas/chat.yaml:54:23)
CREATE INDEX "chat_members_organization_id_idx"
    ON "chat"."chat_members" USING BTREE ("organization_id");

-- [31/92] add index chat_members_active_idx on chat.chat_members (schemas/chat.yaml:73:16)
CREATE INDEX "chat_members_active_idx"
    ON "chat"."chat_members" USING BTREE ("user_id") WHERE left_at IS NULL;

-- [32/92] add index chat_messages_organization_id_idx on chat.chat_messages (schemas/chat.yaml:80:9)
CREATE INDEX "chat_messages_organization_id_idx"
    ON "chat"."chat_messages" USING BTREE ("organization_id");

-- [33/92] add index chat_messages_channel_id_created_at_idx on chat.chat_messages (schemas/chat.yaml:109:16)
CREATE INDEX "chat_messages_channel_id_created_at_idx"
    ON "chat"."chat_messages" USING BTREE ("channel_id", "created_at" DESC);

-- [34/92] add index chat_messages_thread_root_id_created_at_idx on chat.chat_messages (schemas/chat.yaml:110:16)
CREATE INDEX "chat_messages_thread_root_id_created_at_idx"
    ON "chat"."chat_messages" USING BTREE ("thread_root_id", "created_at") WHERE thread_root_id IS NOT NULL;

-- [35/92] add index chat_messages_flagged_idx on chat.chat_messages (schemas/chat.yaml:112:16)
CREATE INDEX "chat_messages_flagged_idx"
    ON "chat"."chat_messages" USING BTREE ("organization_id", "created_at") WHERE moderation_status = 'flagged';

-- [36/92] add index chat_messages_mentions_idx on chat.chat_messages (schemas/chat.yaml:115:16)
CREATE INDEX "chat_messages_mentions_idx"
    ON "chat"."chat_messages" USING GIN ("mentions");

-- [37/92] add index chat_messages_search_vector_idx on chat.chat_messages (schemas/chat.yaml:81:9)
CREATE INDEX "chat_messages_search_vector_idx"
    ON "chat"."chat_messages" USING GIN ("search_vector");

-- [38/92] add index chat_reactions_organization_id_idx on chat.chat_reactions (schemas/chat.yaml:144:14)
CREATE INDEX "chat_reactions_organization_id_idx"
    ON "chat"."chat_reactions" USING BTREE ("organization_id");

-- [39/92] add index chat_reactions_user_id_idx on chat.chat_reactions (schemas/chat.yaml:156:9)
CREATE INDEX "chat_reactions_user_id_idx"
    ON "chat"."chat_reactions" USING BTREE ("user_id");

-- [40/92] add foreign key chat_analytics_channel_id_fkey on chat.chat_analytics (schemas/chat.yaml:164:21)
ALTER TABLE "chat"."chat_analytics"
    ADD CONSTRAINT "chat_analytics_channel_id_fkey" FOREIGN KEY ("channel_id")
    REFERENCES "chat"."chat_channels" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [41/92] add foreign key chat_attachments_message_id_fkey on chat.chat_attachments (schemas/chat.yaml:124:21)
ALTER TABLE "chat"."chat_attachments"
    ADD CONSTRAINT "chat_attachments_message_id_fkey" FOREIGN KEY ("message_id")
    REFERENCES "chat"."chat_messages" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [42/92] add foreign key chat_members_channel_id_fkey on chat.chat_members (schemas/chat.yaml:59:21)
ALTER TABLE "chat"."chat_members"
    ADD CONSTRAINT "chat_members_channel_id_fkey" FOREIGN KEY ("channel_id")
    REFERENCES "chat"."chat_channels" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [43/92] add foreign key chat_messages_channel_id_fkey on chat.chat_messages (schemas/chat.yaml:86:21)
ALTER TABLE "chat"."chat_messages"
    ADD CONSTRAINT "chat_messages_channel_id_fkey" FOREIGN KEY ("channel_id")
    REFERENCES "chat"."chat_channels" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [44/92] add foreign key chat_messages_thread_root_id_fkey on chat.chat_messages (schemas/chat.yaml:91:21)
ALTER TABLE "chat"."chat_messages"
    ADD CONSTRAINT "chat_messages_thread_root_id_fkey" FOREIGN KEY ("thread_root_id")
    REFERENCES "chat"."chat_messages" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [45/92] add foreign key chat_reactions_message_id_fkey on chat.chat_reactions (schemas/chat.yaml:149:21)
ALTER TABLE "chat"."chat_reactions"
    ADD CONSTRAINT "chat_reactions_message_id_fkey" FOREIGN KEY ("message_id")
    REFERENCES "chat"."chat_messages" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [46/92] add trigger set_updated_at on chat.chat_channels (schemas/chat.yaml:28:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "chat"."chat_channels"
    FOR EACH ROW
    EXECUTE FUNCTION "chat"."set_updated_at"();

-- [47/92] add trigger audit_row on chat.chat_channels (schemas/chat.yaml:28:63)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "chat"."chat_channels"
    FOR EACH ROW
    EXECUTE FUNCTION "chat"."audit_row"();

-- [48/92] add trigger audit_row on chat.chat_members (schemas/chat.yaml:54:38)
CREATE TRIGGER "audit_row"
    AFTER INSERT OR UPDATE OR DELETE
    ON "chat"."chat_members"
    FOR EACH ROW
    EXECUTE FUNCTION "chat"."audit_row"();

-- [49/92] add trigger search_vector_update on chat.chat_messages (schemas/chat.yaml:81:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "chat"."chat_messages"
    FOR EACH ROW
    EXECUTE FUNCTION "chat"."chat_messages_search_vector"();

-- [50/92] enable rls chat.chat_analytics
ALTER TABLE "chat"."chat_analytics" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_analytics" FORCE ROW LEVEL SECURITY;

-- [51/92] enable rls chat.chat_attachments
ALTER TABLE "chat"."chat_attachments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_attachments" FORCE ROW LEVEL SECURITY;

-- [52/92] enable rls chat.chat_channels
ALTER TABLE "chat"."chat_channels" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_channels" FORCE ROW LEVEL SECURITY;

-- [53/92] enable rls chat.chat_members
ALTER TABLE "chat"."chat_members" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_members" FORCE ROW LEVEL SECURITY;

-- [54/92] enable rls chat.chat_messages
ALTER TABLE "chat"."chat_messages" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_messages" FORCE ROW LEVEL SECURITY;

-- [55/92] enable rls chat.chat_reactions
ALTER TABLE "chat"."chat_reactions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_reactions" FORCE ROW LEVEL SECURITY;

-- [56/92] add policy tenant_isolation on chat.chat_analytics (schemas/chat.yaml:159:23)
CREATE POLICY "tenant_isolation" ON "chat"."chat_analytics"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [57/92] add policy tenant_isolation on chat.chat_attachments (schemas/chat.yaml:119:23)
CREATE POLICY "tenant_isolation" ON "chat"."chat_attachments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [58/92] add policy tenant_isolation on chat.chat_channels (schemas/chat.yaml:28:23)
CREATE POLICY "tenant_isolation" ON "chat"."chat_channels"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [59/92] add policy tenant_isolation on chat.chat_members (schemas/chat.yaml:54:23)
CREATE POLICY "tenant_isolation" ON "chat"."chat_members"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [60/92] add policy tenant_isolation on chat.chat_messages (schemas/chat.yaml:80:9)
CREATE POLICY "tenant_isolation" ON "chat"."chat_messages"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [61/92] add policy tenant_isolation on chat.chat_reactions (schemas/chat.yaml:144:14)
CREATE POLICY "tenant_isolation" ON "chat"."chat_reactions"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [62/92] add grant USAGE on schema chat to merch_chat_svc
GRANT USAGE ON SCHEMA "chat" TO "merch_chat_svc";

-- [63/92] add grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_analytics to merch_chat_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_analytics" TO "merch_chat_svc";

-- [64/92] add grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_attachments to merch_chat_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_attachments" TO "merch_chat_svc";

-- [65/92] add grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_channels to merch_chat_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_channels" TO "merch_chat_svc";

-- [66/92] add grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_members to merch_chat_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_members" TO "merch_chat_svc";

-- [67/92] add grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_messages to merch_chat_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_messages" TO "merch_chat_svc";

-- [68/92] add grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_reactions to merch_chat_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_reactions" TO "merch_chat_svc";

-- [69/92] add grant USAGE on type chat.channel_type to merch_chat_svc
GRANT USAGE ON TYPE "chat"."channel_type" TO "merch_chat_svc";

-- [70/92] add grant USAGE on type chat.member_role to merch_chat_svc
GRANT USAGE ON TYPE "chat"."member_role" TO "merch_chat_svc";

-- [71/92] add grant USAGE on type chat.message_type to merch_chat_svc
GRANT USAGE ON TYPE "chat"."message_type" TO "merch_chat_svc";

-- [72/92] add grant USAGE on type chat.moderation_status to merch_chat_svc
GRANT USAGE ON TYPE "chat"."moderation_status" TO "merch_chat_svc";

-- [73/92] add grant USAGE on type chat.notify_level to merch_chat_svc
GRANT USAGE ON TYPE "chat"."notify_level" TO "merch_chat_svc";

-- [74/92] add grant USAGE on type chat.scan_status to merch_chat_svc
GRANT USAGE ON TYPE "chat"."scan_status" TO "merch_chat_svc";

-- [75/92] add grant USAGE on schema chat to merch_ops
GRANT USAGE ON SCHEMA "chat" TO "merch_ops";

-- [76/92] add grant SELECT on table chat.audit_log to merch_ops
GRANT SELECT ON TABLE "chat"."audit_log" TO "merch_ops";

-- [77/92] add grant SELECT on table chat.chat_analytics to merch_ops
GRANT SELECT ON TABLE "chat"."chat_analytics" TO "merch_ops";

-- [78/92] add grant SELECT on table chat.chat_attachments to merch_ops
GRANT SELECT ON TABLE "chat"."chat_attachments" TO "merch_ops";

-- [79/92] add grant SELECT on table chat.chat_channels to merch_ops
GRANT SELECT ON TABLE "chat"."chat_channels" TO "merch_ops";

-- [80/92] add grant SELECT on table chat.chat_members to merch_ops
GRANT SELECT ON TABLE "chat"."chat_members" TO "merch_ops";

-- [81/92] add grant SELECT on table chat.chat_messages to merch_ops
GRANT SELECT ON TABLE "chat"."chat_messages" TO "merch_ops";

-- [82/92] add grant SELECT on table chat.chat_reactions to merch_ops
GRANT SELECT ON TABLE "chat"."chat_reactions" TO "merch_ops";

-- [83/92] add grant USAGE on schema chat to merch_readonly
GRANT USAGE ON SCHEMA "chat" TO "merch_readonly";

-- [84/92] add grant SELECT on table chat.chat_analytics to merch_readonly
GRANT SELECT ON TABLE "chat"."chat_analytics" TO "merch_readonly";

-- [85/92] add grant SELECT on table chat.chat_channels to merch_readonly
GRANT SELECT ON TABLE "chat"."chat_channels" TO "merch_readonly";

-- [86/92] add grant SELECT on table chat.chat_members to merch_readonly
GRANT SELECT ON TABLE "chat"."chat_members" TO "merch_readonly";

-- [87/92] add grant USAGE on type chat.channel_type to merch_readonly
GRANT USAGE ON TYPE "chat"."channel_type" TO "merch_readonly";

-- [88/92] add grant USAGE on type chat.member_role to merch_readonly
GRANT USAGE ON TYPE "chat"."member_role" TO "merch_readonly";

-- [89/92] add grant USAGE on type chat.message_type to merch_readonly
GRANT USAGE ON TYPE "chat"."message_type" TO "merch_readonly";

-- [90/92] add grant USAGE on type chat.moderation_status to merch_readonly
GRANT USAGE ON TYPE "chat"."moderation_status" TO "merch_readonly";

-- [91/92] add grant USAGE on type chat.notify_level to merch_readonly
GRANT USAGE ON TYPE "chat"."notify_level" TO "merch_readonly";

-- [92/92] add grant USAGE on type chat.scan_status to merch_readonly
GRANT USAGE ON TYPE "chat"."scan_status" TO "merch_readonly";
