-- provision migration V0001 (down) for database chat: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/92] revoke grant USAGE on type chat.scan_status to merch_readonly
REVOKE USAGE ON TYPE "chat"."scan_status" FROM "merch_readonly";

-- [2/92] revoke grant USAGE on type chat.notify_level to merch_readonly
REVOKE USAGE ON TYPE "chat"."notify_level" FROM "merch_readonly";

-- [3/92] revoke grant USAGE on type chat.moderation_status to merch_readonly
REVOKE USAGE ON TYPE "chat"."moderation_status" FROM "merch_readonly";

-- [4/92] revoke grant USAGE on type chat.message_type to merch_readonly
REVOKE USAGE ON TYPE "chat"."message_type" FROM "merch_readonly";

-- [5/92] revoke grant USAGE on type chat.member_role to merch_readonly
REVOKE USAGE ON TYPE "chat"."member_role" FROM "merch_readonly";

-- [6/92] revoke grant USAGE on type chat.channel_type to merch_readonly
REVOKE USAGE ON TYPE "chat"."channel_type" FROM "merch_readonly";

-- [7/92] revoke grant SELECT on table chat.chat_members to merch_readonly
REVOKE SELECT ON TABLE "chat"."chat_members" FROM "merch_readonly";

-- [8/92] revoke grant SELECT on table chat.chat_channels to merch_readonly
REVOKE SELECT ON TABLE "chat"."chat_channels" FROM "merch_readonly";

-- [9/92] revoke grant SELECT on table chat.chat_analytics to merch_readonly
REVOKE SELECT ON TABLE "chat"."chat_analytics" FROM "merch_readonly";

-- [10/92] revoke grant USAGE on schema chat to merch_readonly
REVOKE USAGE ON SCHEMA "chat" FROM "merch_readonly";

-- [11/92] revoke grant SELECT on table chat.chat_reactions to merch_ops
REVOKE SELECT ON TABLE "chat"."chat_reactions" FROM "merch_ops";

-- [12/92] revoke grant SELECT on table chat.chat_messages to merch_ops
REVOKE SELECT ON TABLE "chat"."chat_messages" FROM "merch_ops";

-- [13/92] revoke grant SELECT on table chat.chat_members to merch_ops
REVOKE SELECT ON TABLE "chat"."chat_members" FROM "merch_ops";

-- [14/92] revoke grant SELECT on table chat.chat_channels to merch_ops
REVOKE SELECT ON TABLE "chat"."chat_channels" FROM "merch_ops";

-- [15/92] revoke grant SELECT on table chat.chat_attachments to merch_ops
REVOKE SELECT ON TABLE "chat"."chat_attachments" FROM "merch_ops";

-- [16/92] revoke grant SELECT on table chat.chat_analytics to merch_ops
REVOKE SELECT ON TABLE "chat"."chat_analytics" FROM "merch_ops";

-- [17/92] revoke grant SELECT on table chat.audit_log to merch_ops
REVOKE SELECT ON TABLE "chat"."audit_log" FROM "merch_ops";

-- [18/92] revoke grant USAGE on schema chat to merch_ops
REVOKE USAGE ON SCHEMA "chat" FROM "merch_ops";

-- [19/92] revoke grant USAGE on type chat.scan_status to merch_chat_svc
REVOKE USAGE ON TYPE "chat"."scan_status" FROM "merch_chat_svc";

-- [20/92] revoke grant USAGE on type chat.notify_level to merch_chat_svc
REVOKE USAGE ON TYPE "chat"."notify_level" FROM "merch_chat_svc";

-- [21/92] revoke grant USAGE on type chat.moderation_status to merch_chat_svc
REVOKE USAGE ON TYPE "chat"."moderation_status" FROM "merch_chat_svc";

-- [22/92] revoke grant USAGE on type chat.message_type to merch_chat_svc
REVOKE USAGE ON TYPE "chat"."message_type" FROM "merch_chat_svc";

-- [23/92] revoke grant USAGE on type chat.member_role to merch_chat_svc
REVOKE USAGE ON TYPE "chat"."member_role" FROM "merch_chat_svc";

-- [24/92] revoke grant USAGE on type chat.channel_type to merch_chat_svc
REVOKE USAGE ON TYPE "chat"."channel_type" FROM "merch_chat_svc";

-- [25/92] revoke grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_reactions to merch_chat_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_reactions" FROM "merch_chat_svc";

-- [26/92] revoke grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_messages to merch_chat_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_messages" FROM "merch_chat_svc";

-- [27/92] revoke grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_members to merch_chat_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_members" FROM "merch_chat_svc";

-- [28/92] revoke grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_channels to merch_chat_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_channels" FROM "merch_chat_svc";

-- [29/92] revoke grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_attachments to merch_chat_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_attachments" FROM "merch_chat_svc";

-- [30/92] revoke grant DELETE,INSERT,SELECT,UPDATE on table chat.chat_analytics to merch_chat_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "chat"."chat_analytics" FROM "merch_chat_svc";

-- [31/92] revoke grant USAGE on schema chat to merch_chat_svc
REVOKE USAGE ON SCHEMA "chat" FROM "merch_chat_svc";

-- [32/92] drop policy tenant_isolation on chat.chat_reactions (schemas/chat.yaml:144:14)
DROP POLICY "tenant_isolation" ON "chat"."chat_reactions";

-- [33/92] drop policy tenant_isolation on chat.chat_messages (schemas/chat.yaml:80:9)
DROP POLICY "tenant_isolation" ON "chat"."chat_messages";

-- [34/92] drop policy tenant_isolation on chat.chat_members (schemas/chat.yaml:54:23)
DROP POLICY "tenant_isolation" ON "chat"."chat_members";

-- [35/92] drop policy tenant_isolation on chat.chat_channels (schemas/chat.yaml:28:23)
DROP POLICY "tenant_isolation" ON "chat"."chat_channels";

-- [36/92] drop policy tenant_isolation on chat.chat_attachments (schemas/chat.yaml:119:23)
DROP POLICY "tenant_isolation" ON "chat"."chat_attachments";

-- [37/92] drop policy tenant_isolation on chat.chat_analytics (schemas/chat.yaml:159:23)
DROP POLICY "tenant_isolation" ON "chat"."chat_analytics";

-- [38/92] disable rls chat.chat_reactions
ALTER TABLE "chat"."chat_reactions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_reactions" DISABLE ROW LEVEL SECURITY;

-- [39/92] disable rls chat.chat_messages
ALTER TABLE "chat"."chat_messages" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_messages" DISABLE ROW LEVEL SECURITY;

-- [40/92] disable rls chat.chat_members
ALTER TABLE "chat"."chat_members" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_members" DISABLE ROW LEVEL SECURITY;

-- [41/92] disable rls chat.chat_channels
ALTER TABLE "chat"."chat_channels" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_channels" DISABLE ROW LEVEL SECURITY;

-- [42/92] disable rls chat.chat_attachments
ALTER TABLE "chat"."chat_attachments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_attachments" DISABLE ROW LEVEL SECURITY;

-- [43/92] disable rls chat.chat_analytics
ALTER TABLE "chat"."chat_analytics" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "chat"."chat_analytics" DISABLE ROW LEVEL SECURITY;

-- [44/92] drop trigger search_vector_update on chat.chat_messages (schemas/chat.yaml:81:9)
DROP TRIGGER "search_vector_update" ON "chat"."chat_messages";

-- [45/92] drop trigger audit_row on chat.chat_members (schemas/chat.yaml:54:38)
DROP TRIGGER "audit_row" ON "chat"."chat_members";

-- [46/92] drop trigger audit_row on chat.chat_channels (schemas/chat.yaml:28:63)
DROP TRIGGER "audit_row" ON "chat"."chat_channels";

-- [47/92] drop trigger set_updated_at on chat.chat_channels (schemas/chat.yaml:28:38)
DROP TRIGGER "set_updated_at" ON "chat"."chat_channels";

-- [48/92] drop foreign key chat_reactions_message_id_fkey on chat.chat_reactions (schemas/chat.yaml:149:21)
ALTER TABLE "chat"."chat_reactions" DROP CONSTRAINT "chat_reactions_message_id_fkey";

-- [49/92] drop foreign key chat_messages_thread_root_id_fkey on chat.chat_messages (schemas/chat.yaml:91:21)
ALTER TABLE "chat"."chat_messages" DROP CONSTRAINT "chat_messages_thread_root_id_fkey";

-- [50/92] drop foreign key chat_messages_channel_id_fkey on chat.chat_messages (schemas/chat.yaml:86:21)
ALTER TABLE "chat"."chat_messages" DROP CONSTRAINT "chat_messages_channel_id_fkey";

-- [51/92] drop foreign key chat_members_channel_id_fkey on chat.chat_members (schemas/chat.yaml:59:21)
ALTER TABLE "chat"."chat_members" DROP CONSTRAINT "chat_members_channel_id_fkey";

-- [52/92] drop foreign key chat_attachments_message_id_fkey on chat.chat_attachments (schemas/chat.yaml:124:21)
ALTER TABLE "chat"."chat_attachments" DROP CONSTRAINT "chat_attachments_message_id_fkey";

-- [53/92] drop foreign key chat_analytics_channel_id_fkey on chat.chat_analytics (schemas/chat.yaml:164:21)
ALTER TABLE "chat"."chat_analytics" DROP CONSTRAINT "chat_analytics_channel_id_fkey";

-- [54/92] drop index chat_reactions_user_id_idx on chat.chat_reactions (schemas/chat.yaml:156:9)
DROP INDEX "chat"."chat_reactions_user_id_idx";

-- [55/92] drop index chat_reactions_organization_id_idx on chat.chat_reactions (schemas/chat.yaml:144:14)
DROP INDEX "chat"."chat_reactions_organization_id_idx";

-- [56/92] drop index chat_messages_search_vector_idx on chat.chat_messages (schemas/chat.yaml:81:9)
DROP INDEX "chat"."chat_messages_search_vector_idx";

-- [57/92] drop index chat_messages_mentions_idx on chat.chat_messages (schemas/chat.yaml:115:16)
DROP INDEX "chat"."chat_messages_mentions_idx";

-- [58/92] drop index chat_messages_flagged_idx on chat.chat_messages (schemas/chat.yaml:112:16)
DROP INDEX "chat"."chat_messages_flagged_idx";

-- [59/92] drop index chat_messages_thread_root_id_created_at_idx on chat.chat_messages (schemas/chat.yaml:110:16)
DROP INDEX "chat"."chat_messages_thread_root_id_created_at_idx";

-- [60/92] drop index chat_messages_channel_id_created_at_idx on chat.chat_messages (schemas/chat.yaml:109:16)
DROP INDEX "chat"."chat_messages_channel_id_created_at_idx";

-- [61/92] drop index chat_messages_organization_id_idx on chat.chat_messages (schemas/chat.yaml:80:9)
DROP INDEX "chat"."chat_messages_organization_id_idx";

-- [62/92] drop index chat_members_active_idx on chat.chat_members (schemas/chat.yaml:73:16)
DROP INDEX "chat"."chat_members_active_idx";

-- [63/92] drop index chat_members_organization_id_idx on chat.chat_members (schemas/chat.yaml:54:23)
DROP INDEX "chat"."chat_members_organization_id_idx";

-- [64/92] drop index chat_channels_workplace_id_idx on chat.chat_channels (schemas/chat.yaml:50:16)
DROP INDEX "chat"."chat_channels_workplace_id_idx";

-- [65/92] drop index chat_channels_recent_idx on chat.chat_channels (schemas/chat.yaml:47:16)
DROP INDEX "chat"."chat_channels_recent_idx";

-- [66/92] drop index chat_channels_organization_id_idx on chat.chat_channels (schemas/chat.yaml:28:23)
DROP INDEX "chat"."chat_channels_organization_id_idx";

-- [67/92] drop index chat_attachments_scan_queue_idx on chat.chat_attachments (schemas/chat.yaml:139:16)
DROP INDEX "chat"."chat_attachments_scan_queue_idx";

-- [68/92] drop index chat_attachments_message_id_idx on chat.chat_attachments (schemas/chat.yaml:138:9)
DROP INDEX "chat"."chat_attachments_message_id_idx";

-- [69/92] drop index chat_attachments_organization_id_idx on chat.chat_attachments (schemas/chat.yaml:119:23)
DROP INDEX "chat"."chat_attachments_organization_id_idx";

-- [70/92] drop index chat_analytics_organization_id_stat_date_idx on chat.chat_analytics (schemas/chat.yaml:178:16)
DROP INDEX "chat"."chat_analytics_organization_id_stat_date_idx";

-- [71/92] drop index chat_analytics_organization_id_idx on chat.chat_analytics (schemas/chat.yaml:159:23)
DROP INDEX "chat"."chat_analytics_organization_id_idx";

-- [72/92] drop index audit_log_table_name_changed_at_idx on chat.audit_log (schemas/chat.yaml:28:63)
DROP INDEX "chat"."audit_log_table_name_changed_at_idx";

-- [73/92] drop table chat.chat_reactions (schemas/chat.yaml:143:3)
DROP TABLE "chat"."chat_reactions";

-- [74/92] drop table chat.chat_messages (schemas/chat.yaml:77:3)
DROP TABLE "chat"."chat_messages";

-- [75/92] drop table chat.chat_members (schemas/chat.yaml:53:3)
DROP TABLE "chat"."chat_members";

-- [76/92] drop table chat.chat_channels (schemas/chat.yaml:27:3)
DROP TABLE "chat"."chat_channels";

-- [77/92] drop table chat.chat_attachments (schemas/chat.yaml:118:3)
DROP TABLE "chat"."chat_attachments";

-- [78/92] drop table chat.chat_analytics (schemas/chat.yaml:158:3)
DROP TABLE "chat"."chat_analytics";

-- [79/92] drop table chat.audit_log (schemas/chat.yaml:28:63)
DROP TABLE "chat"."audit_log";

-- [80/92] drop function chat.set_updated_at() (schemas/chat.yaml:28:38)
DROP FUNCTION "chat"."set_updated_at"();

-- [81/92] drop function chat.chat_messages_search_vector() (schemas/chat.yaml:81:9)
DROP FUNCTION "chat"."chat_messages_search_vector"();

-- [82/92] drop function chat.audit_row() (schemas/chat.yaml:28:63)
DROP FUNCTION "chat"."audit_row"();

-- [83/92] drop enum chat.scan_status (schemas/chat.yaml:24:3)
DROP TYPE "chat"."scan_status";

-- [84/92] drop enum chat.notify_level (schemas/chat.yaml:19:3)
DROP TYPE "chat"."notify_level";

-- [85/92] drop enum chat.moderation_status (schemas/chat.yaml:21:3)
DROP TYPE "chat"."moderation_status";

-- [86/92] drop enum chat.message_type (schemas/chat.yaml:20:3)
DROP TYPE "chat"."message_type";

-- [87/92] drop enum chat.member_role (schemas/chat.yaml:18:3)
DROP TYPE "chat"."member_role";

-- [88/92] drop enum chat.channel_type (schemas/chat.yaml:17:3)
DROP TYPE "chat"."channel_type";

-- [89/92] drop schema chat (schemas/chat.yaml:6:9)
DROP SCHEMA "chat";

-- [90/92] drop role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_readonly';
END
$provision$;

-- [91/92] drop role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_ops";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_ops';
END
$provision$;

-- [92/92] drop role merch_chat_svc (schemas/chat.yaml:10:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_chat_svc";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_chat_svc';
END
$provision$;
