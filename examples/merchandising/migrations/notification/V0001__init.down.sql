-- provision migration V0001 (down) for database notification: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/61] revoke grant USAGE on type notification.notification_priority to merch_readonly
REVOKE USAGE ON TYPE "notification"."notification_priority" FROM "merch_readonly";

-- [2/61] revoke grant USAGE on type notification.digest_frequency to merch_readonly
REVOKE USAGE ON TYPE "notification"."digest_frequency" FROM "merch_readonly";

-- [3/61] revoke grant USAGE on type notification.device_platform to merch_readonly
REVOKE USAGE ON TYPE "notification"."device_platform" FROM "merch_readonly";

-- [4/61] revoke grant USAGE on type notification.delivery_status to merch_readonly
REVOKE USAGE ON TYPE "notification"."delivery_status" FROM "merch_readonly";

-- [5/61] revoke grant USAGE on type notification.channel to merch_readonly
REVOKE USAGE ON TYPE "notification"."channel" FROM "merch_readonly";

-- [6/61] revoke grant SELECT on table notification.user_notification_preferences to merch_readonly
REVOKE SELECT ON TABLE "notification"."user_notification_preferences" FROM "merch_readonly";

-- [7/61] revoke grant SELECT on table notification.notifications to merch_readonly
REVOKE SELECT ON TABLE "notification"."notifications" FROM "merch_readonly";

-- [8/61] revoke grant SELECT on table notification.notification_templates to merch_readonly
REVOKE SELECT ON TABLE "notification"."notification_templates" FROM "merch_readonly";

-- [9/61] revoke grant SELECT on table notification.notification_subscriptions to merch_readonly
REVOKE SELECT ON TABLE "notification"."notification_subscriptions" FROM "merch_readonly";

-- [10/61] revoke grant USAGE on schema notification to merch_readonly
REVOKE USAGE ON SCHEMA "notification" FROM "merch_readonly";

-- [11/61] revoke grant SELECT on table notification.user_notification_preferences to merch_ops
REVOKE SELECT ON TABLE "notification"."user_notification_preferences" FROM "merch_ops";

-- [12/61] revoke grant SELECT on table notification.notifications to merch_ops
REVOKE SELECT ON TABLE "notification"."notifications" FROM "merch_ops";

-- [13/61] revoke grant SELECT on table notification.notification_templates to merch_ops
REVOKE SELECT ON TABLE "notification"."notification_templates" FROM "merch_ops";

-- [14/61] revoke grant SELECT on table notification.notification_subscriptions to merch_ops
REVOKE SELECT ON TABLE "notification"."notification_subscriptions" FROM "merch_ops";

-- [15/61] revoke grant USAGE on schema notification to merch_ops
REVOKE USAGE ON SCHEMA "notification" FROM "merch_ops";

-- [16/61] revoke grant USAGE on type notification.notification_priority to merch_notification_svc
REVOKE USAGE ON TYPE "notification"."notification_priority" FROM "merch_notification_svc";

-- [17/61] revoke grant USAGE on type notification.digest_frequency to merch_notification_svc
REVOKE USAGE ON TYPE "notification"."digest_frequency" FROM "merch_notification_svc";

-- [18/61] revoke grant USAGE on type notification.device_platform to merch_notification_svc
REVOKE USAGE ON TYPE "notification"."device_platform" FROM "merch_notification_svc";

-- [19/61] revoke grant USAGE on type notification.delivery_status to merch_notification_svc
REVOKE USAGE ON TYPE "notification"."delivery_status" FROM "merch_notification_svc";

-- [20/61] revoke grant USAGE on type notification.channel to merch_notification_svc
REVOKE USAGE ON TYPE "notification"."channel" FROM "merch_notification_svc";

-- [21/61] revoke grant DELETE,INSERT,SELECT,UPDATE on table notification.user_notification_preferences to merch_notification_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "notification"."user_notification_preferences" FROM "merch_notification_svc";

-- [22/61] revoke grant DELETE,INSERT,SELECT,UPDATE on table notification.notifications to merch_notification_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "notification"."notifications" FROM "merch_notification_svc";

-- [23/61] revoke grant DELETE,INSERT,SELECT,UPDATE on table notification.notification_templates to merch_notification_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "notification"."notification_templates" FROM "merch_notification_svc";

-- [24/61] revoke grant DELETE,INSERT,SELECT,UPDATE on table notification.notification_subscriptions to merch_notification_svc
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "notification"."notification_subscriptions" FROM "merch_notification_svc";

-- [25/61] revoke grant USAGE on schema notification to merch_notification_svc
REVOKE USAGE ON SCHEMA "notification" FROM "merch_notification_svc";

-- [26/61] drop policy tenant_isolation on notification.user_notification_preferences (schemas/notification.yaml:92:23)
DROP POLICY "tenant_isolation" ON "notification"."user_notification_preferences";

-- [27/61] drop policy tenant_isolation on notification.notifications (schemas/notification.yaml:42:14)
DROP POLICY "tenant_isolation" ON "notification"."notifications";

-- [28/61] drop policy tenant_isolation on notification.notification_templates (schemas/notification.yaml:25:23)
DROP POLICY "tenant_isolation" ON "notification"."notification_templates";

-- [29/61] drop policy tenant_isolation on notification.notification_subscriptions (schemas/notification.yaml:108:23)
DROP POLICY "tenant_isolation" ON "notification"."notification_subscriptions";

-- [30/61] disable rls notification.user_notification_preferences
ALTER TABLE "notification"."user_notification_preferences" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "notification"."user_notification_preferences" DISABLE ROW LEVEL SECURITY;

-- [31/61] disable rls notification.notifications
ALTER TABLE "notification"."notifications" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "notification"."notifications" DISABLE ROW LEVEL SECURITY;

-- [32/61] disable rls notification.notification_templates
ALTER TABLE "notification"."notification_templates" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "notification"."notification_templates" DISABLE ROW LEVEL SECURITY;

-- [33/61] disable rls notification.notification_subscriptions
ALTER TABLE "notification"."notification_subscriptions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "notification"."notification_subscriptions" DISABLE ROW LEVEL SECURITY;

-- [34/61] drop trigger set_updated_at on notification.user_notification_preferences (schemas/notification.yaml:92:38)
DROP TRIGGER "set_updated_at" ON "notification"."user_notification_preferences";

-- [35/61] drop trigger set_updated_at on notification.notification_templates (schemas/notification.yaml:25:38)
DROP TRIGGER "set_updated_at" ON "notification"."notification_templates";

-- [36/61] drop trigger set_updated_at on notification.notification_subscriptions (schemas/notification.yaml:108:38)
DROP TRIGGER "set_updated_at" ON "notification"."notification_subscriptions";

-- [37/61] drop foreign key notifications_template_id_fkey on notification.notifications (schemas/notification.yaml:53:21)
ALTER TABLE "notification"."notifications" DROP CONSTRAINT "notifications_template_id_fkey";

-- [38/61] drop index user_notification_preferences_organization_id_idx on notification.user_notification_preferences (schemas/notification.yaml:92:23)
DROP INDEX "notification"."user_notification_preferences_organization_id_idx";

-- [39/61] drop index notifications_recipient_id_created_at_idx on notification.notifications (schemas/notification.yaml:89:16)
DROP INDEX "notification"."notifications_recipient_id_created_at_idx";

-- [40/61] drop index notifications_queue_idx on notification.notifications (schemas/notification.yaml:86:16)
DROP INDEX "notification"."notifications_queue_idx";

-- [41/61] drop index notifications_unread_idx on notification.notifications (schemas/notification.yaml:83:16)
DROP INDEX "notification"."notifications_unread_idx";

-- [42/61] drop index notifications_organization_id_idx on notification.notifications (schemas/notification.yaml:42:14)
DROP INDEX "notification"."notifications_organization_id_idx";

-- [43/61] drop index notification_templates_organization_id_code_channel_locale_key on notification.notification_templates (schemas/notification.yaml:38:16)
DROP INDEX "notification"."notification_templates_organization_id_code_channel_locale_key";

-- [44/61] drop index notification_templates_organization_id_idx on notification.notification_templates (schemas/notification.yaml:25:23)
DROP INDEX "notification"."notification_templates_organization_id_idx";

-- [45/61] drop index notification_subscriptions_user_id_idx on notification.notification_subscriptions (schemas/notification.yaml:128:9)
DROP INDEX "notification"."notification_subscriptions_user_id_idx";

-- [46/61] drop index notification_subscriptions_live_key on notification.notification_subscriptions (schemas/notification.yaml:124:16)
DROP INDEX "notification"."notification_subscriptions_live_key";

-- [47/61] drop index notification_subscriptions_organization_id_idx on notification.notification_subscriptions (schemas/notification.yaml:108:23)
DROP INDEX "notification"."notification_subscriptions_organization_id_idx";

-- [48/61] drop table notification.user_notification_preferences (schemas/notification.yaml:91:3)
DROP TABLE "notification"."user_notification_preferences";

-- [49/61] drop table notification.notifications (schemas/notification.yaml:41:3)
DROP TABLE "notification"."notifications";

-- [50/61] drop table notification.notification_templates (schemas/notification.yaml:24:3)
DROP TABLE "notification"."notification_templates";

-- [51/61] drop table notification.notification_subscriptions (schemas/notification.yaml:107:3)
DROP TABLE "notification"."notification_subscriptions";

-- [52/61] drop function notification.set_updated_at() (schemas/notification.yaml:25:38)
DROP FUNCTION "notification"."set_updated_at"();

-- [53/61] drop enum notification.notification_priority (schemas/notification.yaml:18:3)
DROP TYPE "notification"."notification_priority";

-- [54/61] drop enum notification.digest_frequency (schemas/notification.yaml:20:3)
DROP TYPE "notification"."digest_frequency";

-- [55/61] drop enum notification.device_platform (schemas/notification.yaml:21:3)
DROP TYPE "notification"."device_platform";

-- [56/61] drop enum notification.delivery_status (schemas/notification.yaml:19:3)
DROP TYPE "notification"."delivery_status";

-- [57/61] drop enum notification.channel (schemas/notification.yaml:17:3)
DROP TYPE "notification"."channel";

-- [58/61] drop schema notification (schemas/notification.yaml:6:9)
DROP SCHEMA "notification";

-- [59/61] drop role merch_readonly (schemas/common.yaml:8:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_readonly';
END
$provision$;

-- [60/61] drop role merch_ops (schemas/common.yaml:13:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_ops";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_ops';
END
$provision$;

-- [61/61] drop role merch_notification_svc (schemas/notification.yaml:10:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "merch_notification_svc";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'merch_notification_svc';
END
$provision$;
