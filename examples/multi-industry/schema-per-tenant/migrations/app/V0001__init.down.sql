-- provision migration V0001 (down) for database app: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/280] revoke grant USAGE on type tenant_mgmt.vertical to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."vertical" FROM "multi_readonly";

-- [2/280] revoke grant USAGE on type tenant_mgmt.usage_metric to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."usage_metric" FROM "multi_readonly";

-- [3/280] revoke grant USAGE on type tenant_mgmt.subscription_status to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."subscription_status" FROM "multi_readonly";

-- [4/280] revoke grant USAGE on type tenant_mgmt.business_status to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."business_status" FROM "multi_readonly";

-- [5/280] revoke grant USAGE on type tenant_mgmt.billing_interval to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."billing_interval" FROM "multi_readonly";

-- [6/280] revoke grant USAGE on type ret.sales_channel to multi_readonly
REVOKE USAGE ON TYPE "ret"."sales_channel" FROM "multi_readonly";

-- [7/280] revoke grant USAGE on type ret.sale_status to multi_readonly
REVOKE USAGE ON TYPE "ret"."sale_status" FROM "multi_readonly";

-- [8/280] revoke grant USAGE on type ret.loyalty_tier to multi_readonly
REVOKE USAGE ON TYPE "ret"."loyalty_tier" FROM "multi_readonly";

-- [9/280] revoke grant USAGE on type ret.location_type to multi_readonly
REVOKE USAGE ON TYPE "ret"."location_type" FROM "multi_readonly";

-- [10/280] revoke grant USAGE on type hs.work_priority to multi_readonly
REVOKE USAGE ON TYPE "hs"."work_priority" FROM "multi_readonly";

-- [11/280] revoke grant USAGE on type hs.work_order_status to multi_readonly
REVOKE USAGE ON TYPE "hs"."work_order_status" FROM "multi_readonly";

-- [12/280] revoke grant USAGE on type hs.property_type to multi_readonly
REVOKE USAGE ON TYPE "hs"."property_type" FROM "multi_readonly";

-- [13/280] revoke grant USAGE on type hs.customer_type to multi_readonly
REVOKE USAGE ON TYPE "hs"."customer_type" FROM "multi_readonly";

-- [14/280] revoke grant SELECT on table tenant_mgmt.usage_records to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."usage_records" FROM "multi_readonly";

-- [15/280] revoke grant SELECT on table tenant_mgmt.subscriptions to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."subscriptions" FROM "multi_readonly";

-- [16/280] revoke grant SELECT on table tenant_mgmt.subscription_plans to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."subscription_plans" FROM "multi_readonly";

-- [17/280] revoke grant SELECT on table tenant_mgmt.businesses to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."businesses" FROM "multi_readonly";

-- [18/280] revoke grant SELECT on table tenant_mgmt.business_verticals to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."business_verticals" FROM "multi_readonly";

-- [19/280] revoke grant SELECT on table ret.tenant_daily_sales to multi_readonly
REVOKE SELECT ON TABLE "ret"."tenant_daily_sales" FROM "multi_readonly";

-- [20/280] revoke grant SELECT on table ret.products to multi_readonly
REVOKE SELECT ON TABLE "ret"."products" FROM "multi_readonly";

-- [21/280] revoke grant SELECT on table ret.orders to multi_readonly
REVOKE SELECT ON TABLE "ret"."orders" FROM "multi_readonly";

-- [22/280] revoke grant SELECT on table ret.order_lines to multi_readonly
REVOKE SELECT ON TABLE "ret"."order_lines" FROM "multi_readonly";

-- [23/280] revoke grant SELECT on table ret.loyalty_accounts to multi_readonly
REVOKE SELECT ON TABLE "ret"."loyalty_accounts" FROM "multi_readonly";

-- [24/280] revoke grant SELECT on table ret.locations to multi_readonly
REVOKE SELECT ON TABLE "ret"."locations" FROM "multi_readonly";

-- [25/280] revoke grant SELECT on table ret.inventory_levels to multi_readonly
REVOKE SELECT ON TABLE "ret"."inventory_levels" FROM "multi_readonly";

-- [26/280] revoke grant SELECT on table hs.work_orders to multi_readonly
REVOKE SELECT ON TABLE "hs"."work_orders" FROM "multi_readonly";

-- [27/280] revoke grant SELECT on table hs.technicians to multi_readonly
REVOKE SELECT ON TABLE "hs"."technicians" FROM "multi_readonly";

-- [28/280] revoke grant SELECT on table hs.quality_inspections to multi_readonly
REVOKE SELECT ON TABLE "hs"."quality_inspections" FROM "multi_readonly";

-- [29/280] revoke grant SELECT on table hs.properties to multi_readonly
REVOKE SELECT ON TABLE "hs"."properties" FROM "multi_readonly";

-- [30/280] revoke grant SELECT on table hs.customers to multi_readonly
REVOKE SELECT ON TABLE "hs"."customers" FROM "multi_readonly";

-- [31/280] revoke grant USAGE on schema tenant_mgmt to multi_readonly
REVOKE USAGE ON SCHEMA "tenant_mgmt" FROM "multi_readonly";

-- [32/280] revoke grant USAGE on schema ret to multi_readonly
REVOKE USAGE ON SCHEMA "ret" FROM "multi_readonly";

-- [33/280] revoke grant USAGE on schema hs to multi_readonly
REVOKE USAGE ON SCHEMA "hs" FROM "multi_readonly";

-- [34/280] revoke grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to multi_readonly
REVOKE EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) FROM "multi_readonly";

-- [35/280] revoke grant SELECT on table tenant_mgmt.usage_records to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."usage_records" FROM "multi_auditor";

-- [36/280] revoke grant SELECT on table tenant_mgmt.subscriptions to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."subscriptions" FROM "multi_auditor";

-- [37/280] revoke grant SELECT on table tenant_mgmt.subscription_plans to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."subscription_plans" FROM "multi_auditor";

-- [38/280] revoke grant SELECT on table tenant_mgmt.businesses to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."businesses" FROM "multi_auditor";

-- [39/280] revoke grant SELECT on table tenant_mgmt.business_verticals to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."business_verticals" FROM "multi_auditor";

-- [40/280] revoke grant SELECT on table tenant_mgmt.audit_trail to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."audit_trail" FROM "multi_auditor";

-- [41/280] revoke grant SELECT on table ret.tenant_daily_sales to multi_auditor
REVOKE SELECT ON TABLE "ret"."tenant_daily_sales" FROM "multi_auditor";

-- [42/280] revoke grant SELECT on table ret.products to multi_auditor
REVOKE SELECT ON TABLE "ret"."products" FROM "multi_auditor";

-- [43/280] revoke grant SELECT on table ret.orders to multi_auditor
REVOKE SELECT ON TABLE "ret"."orders" FROM "multi_auditor";

-- [44/280] revoke grant SELECT on table ret.order_lines to multi_auditor
REVOKE SELECT ON TABLE "ret"."order_lines" FROM "multi_auditor";

-- [45/280] revoke grant SELECT on table ret.loyalty_accounts to multi_auditor
REVOKE SELECT ON TABLE "ret"."loyalty_accounts" FROM "multi_auditor";

-- [46/280] revoke grant SELECT on table ret.locations to multi_auditor
REVOKE SELECT ON TABLE "ret"."locations" FROM "multi_auditor";

-- [47/280] revoke grant SELECT on table ret.inventory_levels to multi_auditor
REVOKE SELECT ON TABLE "ret"."inventory_levels" FROM "multi_auditor";

-- [48/280] revoke grant SELECT on table ret.daily_sales to multi_auditor
REVOKE SELECT ON TABLE "ret"."daily_sales" FROM "multi_auditor";

-- [49/280] revoke grant SELECT on table hs.work_orders to multi_auditor
REVOKE SELECT ON TABLE "hs"."work_orders" FROM "multi_auditor";

-- [50/280] revoke grant SELECT on table hs.technicians to multi_auditor
REVOKE SELECT ON TABLE "hs"."technicians" FROM "multi_auditor";

-- [51/280] revoke grant SELECT on table hs.quality_inspections to multi_auditor
REVOKE SELECT ON TABLE "hs"."quality_inspections" FROM "multi_auditor";

-- [52/280] revoke grant SELECT on table hs.properties to multi_auditor
REVOKE SELECT ON TABLE "hs"."properties" FROM "multi_auditor";

-- [53/280] revoke grant SELECT on table hs.customers to multi_auditor
REVOKE SELECT ON TABLE "hs"."customers" FROM "multi_auditor";

-- [54/280] revoke grant SELECT on table hs.audit_trail to multi_auditor
REVOKE SELECT ON TABLE "hs"."audit_trail" FROM "multi_auditor";

-- [55/280] revoke grant USAGE on schema tenant_mgmt to multi_auditor
REVOKE USAGE ON SCHEMA "tenant_mgmt" FROM "multi_auditor";

-- [56/280] revoke grant USAGE on schema ret to multi_auditor
REVOKE USAGE ON SCHEMA "ret" FROM "multi_auditor";

-- [57/280] revoke grant USAGE on schema hs to multi_auditor
REVOKE USAGE ON SCHEMA "hs" FROM "multi_auditor";

-- [58/280] revoke grant EXECUTE on function tenant_mgmt.verify_audit_chain() to multi_auditor
REVOKE EXECUTE ON FUNCTION "tenant_mgmt"."verify_audit_chain"() FROM "multi_auditor";

-- [59/280] revoke grant EXECUTE on function hs.verify_audit_chain() to multi_auditor
REVOKE EXECUTE ON FUNCTION "hs"."verify_audit_chain"() FROM "multi_auditor";

-- [60/280] revoke grant USAGE on type tenant_mgmt.vertical to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."vertical" FROM "multi_app";

-- [61/280] revoke grant USAGE on type tenant_mgmt.usage_metric to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."usage_metric" FROM "multi_app";

-- [62/280] revoke grant USAGE on type tenant_mgmt.subscription_status to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."subscription_status" FROM "multi_app";

-- [63/280] revoke grant USAGE on type tenant_mgmt.business_status to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."business_status" FROM "multi_app";

-- [64/280] revoke grant USAGE on type tenant_mgmt.billing_interval to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."billing_interval" FROM "multi_app";

-- [65/280] revoke grant USAGE on type ret.sales_channel to multi_app
REVOKE USAGE ON TYPE "ret"."sales_channel" FROM "multi_app";

-- [66/280] revoke grant USAGE on type ret.sale_status to multi_app
REVOKE USAGE ON TYPE "ret"."sale_status" FROM "multi_app";

-- [67/280] revoke grant USAGE on type ret.loyalty_tier to multi_app
REVOKE USAGE ON TYPE "ret"."loyalty_tier" FROM "multi_app";

-- [68/280] revoke grant USAGE on type ret.location_type to multi_app
REVOKE USAGE ON TYPE "ret"."location_type" FROM "multi_app";

-- [69/280] revoke grant USAGE on type hs.work_priority to multi_app
REVOKE USAGE ON TYPE "hs"."work_priority" FROM "multi_app";

-- [70/280] revoke grant USAGE on type hs.work_order_status to multi_app
REVOKE USAGE ON TYPE "hs"."work_order_status" FROM "multi_app";

-- [71/280] revoke grant USAGE on type hs.property_type to multi_app
REVOKE USAGE ON TYPE "hs"."property_type" FROM "multi_app";

-- [72/280] revoke grant USAGE on type hs.customer_type to multi_app
REVOKE USAGE ON TYPE "hs"."customer_type" FROM "multi_app";

-- [73/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.usage_records to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."usage_records" FROM "multi_app";

-- [74/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.subscriptions to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."subscriptions" FROM "multi_app";

-- [75/280] revoke grant SELECT on table tenant_mgmt.subscription_plans to multi_app
REVOKE SELECT ON TABLE "tenant_mgmt"."subscription_plans" FROM "multi_app";

-- [76/280] revoke grant SELECT,UPDATE on table tenant_mgmt.businesses to multi_app
REVOKE SELECT, UPDATE ON TABLE "tenant_mgmt"."businesses" FROM "multi_app";

-- [77/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.business_verticals to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."business_verticals" FROM "multi_app";

-- [78/280] revoke grant SELECT on table ret.tenant_daily_sales to multi_app
REVOKE SELECT ON TABLE "ret"."tenant_daily_sales" FROM "multi_app";

-- [79/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.products to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."products" FROM "multi_app";

-- [80/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.orders to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."orders" FROM "multi_app";

-- [81/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.order_lines to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."order_lines" FROM "multi_app";

-- [82/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.loyalty_accounts to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."loyalty_accounts" FROM "multi_app";

-- [83/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.locations to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."locations" FROM "multi_app";

-- [84/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.inventory_levels to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."inventory_levels" FROM "multi_app";

-- [85/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.work_orders to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."work_orders" FROM "multi_app";

-- [86/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.technicians to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."technicians" FROM "multi_app";

-- [87/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.quality_inspections to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."quality_inspections" FROM "multi_app";

-- [88/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.properties to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."properties" FROM "multi_app";

-- [89/280] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.customers to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."customers" FROM "multi_app";

-- [90/280] revoke grant USAGE on schema tenant_mgmt to multi_app
REVOKE USAGE ON SCHEMA "tenant_mgmt" FROM "multi_app";

-- [91/280] revoke grant USAGE on schema ret to multi_app
REVOKE USAGE ON SCHEMA "ret" FROM "multi_app";

-- [92/280] revoke grant USAGE on schema hs to multi_app
REVOKE USAGE ON SCHEMA "hs" FROM "multi_app";

-- [93/280] revoke grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to multi_app
REVOKE EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) FROM "multi_app";

-- [94/280] drop policy tenant_isolation on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
DROP POLICY "tenant_isolation" ON "tenant_mgmt"."usage_records";

-- [95/280] drop policy tenant_isolation on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
DROP POLICY "tenant_isolation" ON "tenant_mgmt"."subscriptions";

-- [96/280] drop policy tenant_self on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:23)
DROP POLICY "tenant_self" ON "tenant_mgmt"."businesses";

-- [97/280] drop policy tenant_isolation on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
DROP POLICY "tenant_isolation" ON "tenant_mgmt"."business_verticals";

-- [98/280] drop policy tenant_isolation on ret.products (schemas/ret.yaml:37:9)
DROP POLICY "tenant_isolation" ON "ret"."products";

-- [99/280] drop policy tenant_isolation on ret.orders (schemas/ret.yaml:117:23)
DROP POLICY "tenant_isolation" ON "ret"."orders";

-- [100/280] drop policy tenant_isolation on ret.order_lines (schemas/ret.yaml:156:23)
DROP POLICY "tenant_isolation" ON "ret"."order_lines";

-- [101/280] drop policy tenant_isolation on ret.loyalty_accounts (schemas/ret.yaml:95:23)
DROP POLICY "tenant_isolation" ON "ret"."loyalty_accounts";

-- [102/280] drop policy tenant_isolation on ret.locations (schemas/ret.yaml:19:23)
DROP POLICY "tenant_isolation" ON "ret"."locations";

-- [103/280] drop policy tenant_isolation on ret.inventory_levels (schemas/ret.yaml:68:14)
DROP POLICY "tenant_isolation" ON "ret"."inventory_levels";

-- [104/280] drop policy tenant_isolation on hs.work_orders (schemas/hs.yaml:115:9)
DROP POLICY "tenant_isolation" ON "hs"."work_orders";

-- [105/280] drop policy tenant_isolation on hs.technicians (schemas/hs.yaml:89:23)
DROP POLICY "tenant_isolation" ON "hs"."technicians";

-- [106/280] drop policy tenant_isolation on hs.quality_inspections (schemas/hs.yaml:174:23)
DROP POLICY "tenant_isolation" ON "hs"."quality_inspections";

-- [107/280] drop policy tenant_isolation on hs.properties (schemas/hs.yaml:60:23)
DROP POLICY "tenant_isolation" ON "hs"."properties";

-- [108/280] drop policy tenant_isolation on hs.customers (schemas/hs.yaml:38:9)
DROP POLICY "tenant_isolation" ON "hs"."customers";

-- [109/280] disable rls tenant_mgmt.usage_records
ALTER TABLE "tenant_mgmt"."usage_records" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."usage_records" DISABLE ROW LEVEL SECURITY;

-- [110/280] disable rls tenant_mgmt.subscriptions
ALTER TABLE "tenant_mgmt"."subscriptions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."subscriptions" DISABLE ROW LEVEL SECURITY;

-- [111/280] disable rls tenant_mgmt.businesses
ALTER TABLE "tenant_mgmt"."businesses" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."businesses" DISABLE ROW LEVEL SECURITY;

-- [112/280] disable rls tenant_mgmt.business_verticals
ALTER TABLE "tenant_mgmt"."business_verticals" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."business_verticals" DISABLE ROW LEVEL SECURITY;

-- [113/280] disable rls ret.products
ALTER TABLE "ret"."products" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."products" DISABLE ROW LEVEL SECURITY;

-- [114/280] disable rls ret.orders
ALTER TABLE "ret"."orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."orders" DISABLE ROW LEVEL SECURITY;

-- [115/280] disable rls ret.order_lines
ALTER TABLE "ret"."order_lines" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."order_lines" DISABLE ROW LEVEL SECURITY;

-- [116/280] disable rls ret.loyalty_accounts
ALTER TABLE "ret"."loyalty_accounts" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."loyalty_accounts" DISABLE ROW LEVEL SECURITY;

-- [117/280] disable rls ret.locations
ALTER TABLE "ret"."locations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."locations" DISABLE ROW LEVEL SECURITY;

-- [118/280] disable rls ret.inventory_levels
ALTER TABLE "ret"."inventory_levels" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."inventory_levels" DISABLE ROW LEVEL SECURITY;

-- [119/280] disable rls hs.work_orders
ALTER TABLE "hs"."work_orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."work_orders" DISABLE ROW LEVEL SECURITY;

-- [120/280] disable rls hs.technicians
ALTER TABLE "hs"."technicians" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."technicians" DISABLE ROW LEVEL SECURITY;

-- [121/280] disable rls hs.quality_inspections
ALTER TABLE "hs"."quality_inspections" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."quality_inspections" DISABLE ROW LEVEL SECURITY;

-- [122/280] disable rls hs.properties
ALTER TABLE "hs"."properties" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."properties" DISABLE ROW LEVEL SECURITY;

-- [123/280] disable rls hs.customers
ALTER TABLE "hs"."customers" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."customers" DISABLE ROW LEVEL SECURITY;

-- [124/280] drop trigger audit_chain_row on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:50)
DROP TRIGGER "audit_chain_row" ON "tenant_mgmt"."subscriptions";

-- [125/280] drop trigger set_updated_at on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:38)
DROP TRIGGER "set_updated_at" ON "tenant_mgmt"."subscriptions";

-- [126/280] drop trigger audit_chain_row on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:61)
DROP TRIGGER "audit_chain_row" ON "tenant_mgmt"."businesses";

-- [127/280] drop trigger set_updated_at on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:36)
DROP TRIGGER "set_updated_at" ON "tenant_mgmt"."businesses";

-- [128/280] drop trigger set_updated_at on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:29)
DROP TRIGGER "set_updated_at" ON "tenant_mgmt"."business_verticals";

-- [129/280] drop trigger audit_trail_immutable on tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
DROP TRIGGER "audit_trail_immutable" ON "tenant_mgmt"."audit_trail";

-- [130/280] drop trigger search_vector_update on ret.products (schemas/ret.yaml:41:9)
DROP TRIGGER "search_vector_update" ON "ret"."products";

-- [131/280] drop trigger set_updated_at on ret.products (schemas/ret.yaml:38:9)
DROP TRIGGER "set_updated_at" ON "ret"."products";

-- [132/280] drop trigger set_updated_at on ret.orders (schemas/ret.yaml:117:38)
DROP TRIGGER "set_updated_at" ON "ret"."orders";

-- [133/280] drop trigger set_updated_at on ret.loyalty_accounts (schemas/ret.yaml:95:38)
DROP TRIGGER "set_updated_at" ON "ret"."loyalty_accounts";

-- [134/280] drop trigger set_updated_at on ret.locations (schemas/ret.yaml:19:38)
DROP TRIGGER "set_updated_at" ON "ret"."locations";

-- [135/280] drop trigger set_updated_at on ret.inventory_levels (schemas/ret.yaml:68:29)
DROP TRIGGER "set_updated_at" ON "ret"."inventory_levels";

-- [136/280] drop trigger search_vector_update on hs.work_orders (schemas/hs.yaml:118:9)
DROP TRIGGER "search_vector_update" ON "hs"."work_orders";

-- [137/280] drop trigger audit_chain_row on hs.work_orders (schemas/hs.yaml:117:9)
DROP TRIGGER "audit_chain_row" ON "hs"."work_orders";

-- [138/280] drop trigger set_updated_at on hs.work_orders (schemas/hs.yaml:116:9)
DROP TRIGGER "set_updated_at" ON "hs"."work_orders";

-- [139/280] drop trigger enforce_status_transition on hs.work_orders (schemas/hs.yaml:167:7)
DROP TRIGGER "enforce_status_transition" ON "hs"."work_orders";

-- [140/280] drop trigger set_updated_at on hs.technicians (schemas/hs.yaml:89:38)
DROP TRIGGER "set_updated_at" ON "hs"."technicians";

-- [141/280] drop trigger set_updated_at on hs.quality_inspections (schemas/hs.yaml:174:38)
DROP TRIGGER "set_updated_at" ON "hs"."quality_inspections";

-- [142/280] drop trigger set_updated_at on hs.properties (schemas/hs.yaml:60:38)
DROP TRIGGER "set_updated_at" ON "hs"."properties";

-- [143/280] drop trigger search_vector_update on hs.customers (schemas/hs.yaml:42:9)
DROP TRIGGER "search_vector_update" ON "hs"."customers";

-- [144/280] drop trigger set_updated_at on hs.customers (schemas/hs.yaml:39:9)
DROP TRIGGER "set_updated_at" ON "hs"."customers";

-- [145/280] drop trigger audit_trail_immutable on hs.audit_trail (schemas/hs.yaml:117:9)
DROP TRIGGER "audit_trail_immutable" ON "hs"."audit_trail";

-- [146/280] drop view ret.tenant_daily_sales (schemas/ret.yaml:205:3)
DROP VIEW "ret"."tenant_daily_sales";

-- [147/280] drop view ret.daily_sales (schemas/ret.yaml:183:3)
DROP MATERIALIZED VIEW "ret"."daily_sales";

-- [148/280] drop foreign key usage_records_subscription_id_fkey on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:139:21)
ALTER TABLE "tenant_mgmt"."usage_records" DROP CONSTRAINT "usage_records_subscription_id_fkey";

-- [149/280] drop foreign key usage_records_business_id_fkey on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
ALTER TABLE "tenant_mgmt"."usage_records" DROP CONSTRAINT "usage_records_business_id_fkey";

-- [150/280] drop foreign key subscriptions_plan_code_fkey on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:106:21)
ALTER TABLE "tenant_mgmt"."subscriptions" DROP CONSTRAINT "subscriptions_plan_code_fkey";

-- [151/280] drop foreign key subscriptions_business_id_fkey on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
ALTER TABLE "tenant_mgmt"."subscriptions" DROP CONSTRAINT "subscriptions_business_id_fkey";

-- [152/280] drop foreign key business_verticals_business_id_fkey on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
ALTER TABLE "tenant_mgmt"."business_verticals" DROP CONSTRAINT "business_verticals_business_id_fkey";

-- [153/280] drop foreign key products_business_id_fkey on ret.products (schemas/ret.yaml:37:9)
ALTER TABLE "ret"."products" DROP CONSTRAINT "products_business_id_fkey";

-- [154/280] drop foreign key orders_business_id_loyalty_account_id_fkey on ret.orders (schemas/ret.yaml:142:16)
ALTER TABLE "ret"."orders" DROP CONSTRAINT "orders_business_id_loyalty_account_id_fkey";

-- [155/280] drop foreign key orders_business_id_location_id_fkey on ret.orders (schemas/ret.yaml:138:16)
ALTER TABLE "ret"."orders" DROP CONSTRAINT "orders_business_id_location_id_fkey";

-- [156/280] drop foreign key orders_business_id_fkey on ret.orders (schemas/ret.yaml:117:23)
ALTER TABLE "ret"."orders" DROP CONSTRAINT "orders_business_id_fkey";

-- [157/280] drop foreign key order_lines_business_id_product_id_fkey on ret.order_lines (schemas/ret.yaml:172:16)
ALTER TABLE "ret"."order_lines" DROP CONSTRAINT "order_lines_business_id_product_id_fkey";

-- [158/280] drop foreign key order_lines_business_id_order_id_fkey on ret.order_lines (schemas/ret.yaml:168:16)
ALTER TABLE "ret"."order_lines" DROP CONSTRAINT "order_lines_business_id_order_id_fkey";

-- [159/280] drop foreign key order_lines_business_id_fkey on ret.order_lines (schemas/ret.yaml:156:23)
ALTER TABLE "ret"."order_lines" DROP CONSTRAINT "order_lines_business_id_fkey";

-- [160/280] drop foreign key loyalty_accounts_business_id_fkey on ret.loyalty_accounts (schemas/ret.yaml:95:23)
ALTER TABLE "ret"."loyalty_accounts" DROP CONSTRAINT "loyalty_accounts_business_id_fkey";

-- [161/280] drop foreign key locations_business_id_fkey on ret.locations (schemas/ret.yaml:19:23)
ALTER TABLE "ret"."locations" DROP CONSTRAINT "locations_business_id_fkey";

-- [162/280] drop foreign key inventory_levels_business_id_product_id_fkey on ret.inventory_levels (schemas/ret.yaml:82:16)
ALTER TABLE "ret"."inventory_levels" DROP CONSTRAINT "inventory_levels_business_id_product_id_fkey";

-- [163/280] drop foreign key inventory_levels_business_id_location_id_fkey on ret.inventory_levels (schemas/ret.yaml:78:16)
ALTER TABLE "ret"."inventory_levels" DROP CONSTRAINT "inventory_levels_business_id_location_id_fkey";

-- [164/280] drop foreign key inventory_levels_business_id_fkey on ret.inventory_levels (schemas/ret.yaml:68:14)
ALTER TABLE "ret"."inventory_levels" DROP CONSTRAINT "inventory_levels_business_id_fkey";

-- [165/280] drop foreign key work_orders_business_id_property_id_fkey on hs.work_orders (schemas/hs.yaml:146:16)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_business_id_property_id_fkey";

-- [166/280] drop foreign key work_orders_business_id_fkey on hs.work_orders (schemas/hs.yaml:115:9)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_business_id_fkey";

-- [167/280] drop foreign key work_orders_business_id_customer_id_fkey on hs.work_orders (schemas/hs.yaml:142:16)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_business_id_customer_id_fkey";

-- [168/280] drop foreign key work_orders_business_id_assigned_technician_id_fkey on hs.work_orders (schemas/hs.yaml:150:16)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_business_id_assigned_technician_id_fkey";

-- [169/280] drop foreign key technicians_business_id_fkey on hs.technicians (schemas/hs.yaml:89:23)
ALTER TABLE "hs"."technicians" DROP CONSTRAINT "technicians_business_id_fkey";

-- [170/280] drop foreign key quality_inspections_business_id_work_order_id_fkey on hs.quality_inspections (schemas/hs.yaml:187:16)
ALTER TABLE "hs"."quality_inspections" DROP CONSTRAINT "quality_inspections_business_id_work_order_id_fkey";

-- [171/280] drop foreign key quality_inspections_business_id_fkey on hs.quality_inspections (schemas/hs.yaml:174:23)
ALTER TABLE "hs"."quality_inspections" DROP CONSTRAINT "quality_inspections_business_id_fkey";

-- [172/280] drop foreign key properties_business_id_fkey on hs.properties (schemas/hs.yaml:60:23)
ALTER TABLE "hs"."properties" DROP CONSTRAINT "properties_business_id_fkey";

-- [173/280] drop foreign key properties_business_id_customer_id_fkey on hs.properties (schemas/hs.yaml:78:16)
ALTER TABLE "hs"."properties" DROP CONSTRAINT "properties_business_id_customer_id_fkey";

-- [174/280] drop foreign key customers_business_id_fkey on hs.customers (schemas/hs.yaml:38:9)
ALTER TABLE "hs"."customers" DROP CONSTRAINT "customers_business_id_fkey";

-- [175/280] delete rows 4 row(s) of tenant_mgmt.subscription_plans
DELETE FROM "tenant_mgmt"."subscription_plans" WHERE "code" = 'starter_monthly';
DELETE FROM "tenant_mgmt"."subscription_plans" WHERE "code" = 'growth_monthly';
DELETE FROM "tenant_mgmt"."subscription_plans" WHERE "code" = 'growth_yearly';
DELETE FROM "tenant_mgmt"."subscription_plans" WHERE "code" = 'enterprise_yearly';

-- [176/280] drop index usage_records_business_id_metric_period_hour_idx on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:148:16)
DROP INDEX "tenant_mgmt"."usage_records_business_id_metric_period_hour_idx";

-- [177/280] drop index usage_records_business_id_idx on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
DROP INDEX "tenant_mgmt"."usage_records_business_id_idx";

-- [178/280] drop index subscriptions_external_key on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:128:16)
DROP INDEX "tenant_mgmt"."subscriptions_external_key";

-- [179/280] drop index subscriptions_renewal_idx on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:125:16)
DROP INDEX "tenant_mgmt"."subscriptions_renewal_idx";

-- [180/280] drop index subscriptions_one_live_key on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:121:16)
DROP INDEX "tenant_mgmt"."subscriptions_one_live_key";

-- [181/280] drop index subscriptions_business_id_idx on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
DROP INDEX "tenant_mgmt"."subscriptions_business_id_idx";

-- [182/280] drop index businesses_settings_idx on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:64:16)
DROP INDEX "tenant_mgmt"."businesses_settings_idx";

-- [183/280] drop index businesses_attention_idx on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:61:16)
DROP INDEX "tenant_mgmt"."businesses_attention_idx";

-- [184/280] drop index business_verticals_business_id_idx on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
DROP INDEX "tenant_mgmt"."business_verticals_business_id_idx";

-- [185/280] drop index audit_trail_table_name_changed_at_idx on tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
DROP INDEX "tenant_mgmt"."audit_trail_table_name_changed_at_idx";

-- [186/280] drop index products_search_vector_idx on ret.products (schemas/ret.yaml:41:9)
DROP INDEX "ret"."products_search_vector_idx";

-- [187/280] drop index products_custom_fields_idx on ret.products (schemas/ret.yaml:40:9)
DROP INDEX "ret"."products_custom_fields_idx";

-- [188/280] drop index products_attributes_idx on ret.products (schemas/ret.yaml:64:16)
DROP INDEX "ret"."products_attributes_idx";

-- [189/280] drop index products_barcode_idx on ret.products (schemas/ret.yaml:62:16)
DROP INDEX "ret"."products_barcode_idx";

-- [190/280] drop index products_business_id_parent_sku_idx on ret.products (schemas/ret.yaml:60:16)
DROP INDEX "ret"."products_business_id_parent_sku_idx";

-- [191/280] drop index products_business_id_sku_key on ret.products (schemas/ret.yaml:58:16)
DROP INDEX "ret"."products_business_id_sku_key";

-- [192/280] drop index products_business_id_idx on ret.products (schemas/ret.yaml:37:9)
DROP INDEX "ret"."products_business_id_idx";

-- [193/280] drop index orders_loyalty_account_id_placed_at_idx on ret.orders (schemas/ret.yaml:152:16)
DROP INDEX "ret"."orders_loyalty_account_id_placed_at_idx";

-- [194/280] drop index orders_business_id_status_placed_at_idx on ret.orders (schemas/ret.yaml:151:16)
DROP INDEX "ret"."orders_business_id_status_placed_at_idx";

-- [195/280] drop index orders_business_id_idx on ret.orders (schemas/ret.yaml:117:23)
DROP INDEX "ret"."orders_business_id_idx";

-- [196/280] drop index order_lines_product_id_idx on ret.order_lines (schemas/ret.yaml:180:9)
DROP INDEX "ret"."order_lines_product_id_idx";

-- [197/280] drop index order_lines_order_id_idx on ret.order_lines (schemas/ret.yaml:179:9)
DROP INDEX "ret"."order_lines_order_id_idx";

-- [198/280] drop index order_lines_business_id_idx on ret.order_lines (schemas/ret.yaml:156:23)
DROP INDEX "ret"."order_lines_business_id_idx";

-- [199/280] drop index loyalty_accounts_business_id_tier_idx on ret.loyalty_accounts (schemas/ret.yaml:114:16)
DROP INDEX "ret"."loyalty_accounts_business_id_tier_idx";

-- [200/280] drop index loyalty_accounts_email_key on ret.loyalty_accounts (schemas/ret.yaml:110:16)
DROP INDEX "ret"."loyalty_accounts_email_key";

-- [201/280] drop index loyalty_accounts_business_id_idx on ret.loyalty_accounts (schemas/ret.yaml:95:23)
DROP INDEX "ret"."loyalty_accounts_business_id_idx";

-- [202/280] drop index locations_business_id_code_key on ret.locations (schemas/ret.yaml:31:16)
DROP INDEX "ret"."locations_business_id_code_key";

-- [203/280] drop index locations_business_id_idx on ret.locations (schemas/ret.yaml:19:23)
DROP INDEX "ret"."locations_business_id_idx";

-- [204/280] drop index inventory_levels_reorder_idx on ret.inventory_levels (schemas/ret.yaml:90:16)
DROP INDEX "ret"."inventory_levels_reorder_idx";

-- [205/280] drop index inventory_levels_product_id_idx on ret.inventory_levels (schemas/ret.yaml:89:9)
DROP INDEX "ret"."inventory_levels_product_id_idx";

-- [206/280] drop index inventory_levels_business_id_idx on ret.inventory_levels (schemas/ret.yaml:68:14)
DROP INDEX "ret"."inventory_levels_business_id_idx";

-- [207/280] drop index work_orders_search_vector_idx on hs.work_orders (schemas/hs.yaml:118:9)
DROP INDEX "hs"."work_orders_search_vector_idx";

-- [208/280] drop index work_orders_details_idx on hs.work_orders (schemas/hs.yaml:164:16)
DROP INDEX "hs"."work_orders_details_idx";

-- [209/280] drop index work_orders_property_id_created_at_idx on hs.work_orders (schemas/hs.yaml:163:16)
DROP INDEX "hs"."work_orders_property_id_created_at_idx";

-- [210/280] drop index work_orders_technician_day_idx on hs.work_orders (schemas/hs.yaml:160:16)
DROP INDEX "hs"."work_orders_technician_day_idx";

-- [211/280] drop index work_orders_business_id_status_scheduled_start_idx on hs.work_orders (schemas/hs.yaml:159:16)
DROP INDEX "hs"."work_orders_business_id_status_scheduled_start_idx";

-- [212/280] drop index work_orders_business_id_idx on hs.work_orders (schemas/hs.yaml:115:9)
DROP INDEX "hs"."work_orders_business_id_idx";

-- [213/280] drop index technicians_osha_training_expires_on_idx on hs.technicians (schemas/hs.yaml:109:16)
DROP INDEX "hs"."technicians_osha_training_expires_on_idx";

-- [214/280] drop index technicians_skills_idx on hs.technicians (schemas/hs.yaml:107:16)
DROP INDEX "hs"."technicians_skills_idx";

-- [215/280] drop index technicians_business_id_employee_number_key on hs.technicians (schemas/hs.yaml:105:16)
DROP INDEX "hs"."technicians_business_id_employee_number_key";

-- [216/280] drop index technicians_business_id_idx on hs.technicians (schemas/hs.yaml:89:23)
DROP INDEX "hs"."technicians_business_id_idx";

-- [217/280] drop index quality_inspections_safety_idx on hs.quality_inspections (schemas/hs.yaml:195:16)
DROP INDEX "hs"."quality_inspections_safety_idx";

-- [218/280] drop index quality_inspections_work_order_id_idx on hs.quality_inspections (schemas/hs.yaml:194:9)
DROP INDEX "hs"."quality_inspections_work_order_id_idx";

-- [219/280] drop index quality_inspections_business_id_idx on hs.quality_inspections (schemas/hs.yaml:174:23)
DROP INDEX "hs"."quality_inspections_business_id_idx";

-- [220/280] drop index properties_equipment_idx on hs.properties (schemas/hs.yaml:85:16)
DROP INDEX "hs"."properties_equipment_idx";

-- [221/280] drop index properties_business_id_postal_code_idx on hs.properties (schemas/hs.yaml:84:16)
DROP INDEX "hs"."properties_business_id_postal_code_idx";

-- [222/280] drop index properties_customer_id_idx on hs.properties (schemas/hs.yaml:83:9)
DROP INDEX "hs"."properties_customer_id_idx";

-- [223/280] drop index properties_business_id_idx on hs.properties (schemas/hs.yaml:60:23)
DROP INDEX "hs"."properties_business_id_idx";

-- [224/280] drop index customers_search_vector_idx on hs.customers (schemas/hs.yaml:42:9)
DROP INDEX "hs"."customers_search_vector_idx";

-- [225/280] drop index customers_custom_fields_idx on hs.customers (schemas/hs.yaml:41:9)
DROP INDEX "hs"."customers_custom_fields_idx";

-- [226/280] drop index customers_business_id_email_idx on hs.customers (schemas/hs.yaml:56:16)
DROP INDEX "hs"."customers_business_id_email_idx";

-- [227/280] drop index customers_business_id_idx on hs.customers (schemas/hs.yaml:38:9)
DROP INDEX "hs"."customers_business_id_idx";

-- [228/280] drop index audit_trail_table_name_changed_at_idx on hs.audit_trail (schemas/hs.yaml:117:9)
DROP INDEX "hs"."audit_trail_table_name_changed_at_idx";

-- [229/280] drop table tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:133:3)
DROP TABLE "tenant_mgmt"."usage_records";

-- [230/280] drop table tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:100:3)
DROP TABLE "tenant_mgmt"."subscriptions";

-- [231/280] drop table tenant_mgmt.subscription_plans (schemas/tenant_mgmt.yaml:80:3)
DROP TABLE "tenant_mgmt"."subscription_plans";

-- [232/280] drop table tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:38:3)
DROP TABLE "tenant_mgmt"."businesses";

-- [233/280] drop table tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:68:3)
DROP TABLE "tenant_mgmt"."business_verticals";

-- [234/280] drop table tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
DROP TABLE "tenant_mgmt"."audit_trail";

-- [235/280] drop table ret.products (schemas/ret.yaml:34:3)
DROP TABLE "ret"."products";

-- [236/280] drop table ret.orders (schemas/ret.yaml:116:3)
DROP TABLE "ret"."orders";

-- [237/280] drop table ret.order_lines (schemas/ret.yaml:155:3)
DROP TABLE "ret"."order_lines";

-- [238/280] drop table ret.loyalty_accounts (schemas/ret.yaml:94:3)
DROP TABLE "ret"."loyalty_accounts";

-- [239/280] drop table ret.locations (schemas/ret.yaml:18:3)
DROP TABLE "ret"."locations";

-- [240/280] drop table ret.inventory_levels (schemas/ret.yaml:67:3)
DROP TABLE "ret"."inventory_levels";

-- [241/280] drop table hs.work_orders (schemas/hs.yaml:112:3)
DROP TABLE "hs"."work_orders";

-- [242/280] drop table hs.technicians (schemas/hs.yaml:88:3)
DROP TABLE "hs"."technicians";

-- [243/280] drop table hs.quality_inspections (schemas/hs.yaml:173:3)
DROP TABLE "hs"."quality_inspections";

-- [244/280] drop table hs.properties (schemas/hs.yaml:59:3)
DROP TABLE "hs"."properties";

-- [245/280] drop table hs.customers (schemas/hs.yaml:35:3)
DROP TABLE "hs"."customers";

-- [246/280] drop table hs.audit_trail (schemas/hs.yaml:117:9)
DROP TABLE "hs"."audit_trail";

-- [247/280] drop function tenant_mgmt.verify_audit_chain() (schemas/tenant_mgmt.yaml:39:61)
DROP FUNCTION "tenant_mgmt"."verify_audit_chain"();

-- [248/280] drop function tenant_mgmt.set_updated_at() (schemas/tenant_mgmt.yaml:39:36)
DROP FUNCTION "tenant_mgmt"."set_updated_at"();

-- [249/280] drop function tenant_mgmt.audit_trail_immutable() (schemas/tenant_mgmt.yaml:39:61)
DROP FUNCTION "tenant_mgmt"."audit_trail_immutable"();

-- [250/280] drop function tenant_mgmt.audit_chain_row() (schemas/tenant_mgmt.yaml:39:61)
DROP FUNCTION "tenant_mgmt"."audit_chain_row"();

-- [251/280] drop function ret.set_updated_at() (schemas/ret.yaml:19:38)
DROP FUNCTION "ret"."set_updated_at"();

-- [252/280] drop function ret.products_search_vector() (schemas/ret.yaml:41:9)
DROP FUNCTION "ret"."products_search_vector"();

-- [253/280] drop function hs.work_orders_search_vector() (schemas/hs.yaml:118:9)
DROP FUNCTION "hs"."work_orders_search_vector"();

-- [254/280] drop function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) (schemas/hs.yaml:200:3)
DROP FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status);

-- [255/280] drop function hs.verify_audit_chain() (schemas/hs.yaml:117:9)
DROP FUNCTION "hs"."verify_audit_chain"();

-- [256/280] drop function hs.set_updated_at() (schemas/hs.yaml:39:9)
DROP FUNCTION "hs"."set_updated_at"();

-- [257/280] drop function hs.enforce_work_order_transition() (schemas/hs.yaml:222:3)
DROP FUNCTION "hs"."enforce_work_order_transition"();

-- [258/280] drop function hs.customers_search_vector() (schemas/hs.yaml:42:9)
DROP FUNCTION "hs"."customers_search_vector"();

-- [259/280] drop function hs.audit_trail_immutable() (schemas/hs.yaml:117:9)
DROP FUNCTION "hs"."audit_trail_immutable"();

-- [260/280] drop function hs.audit_chain_row() (schemas/hs.yaml:117:9)
DROP FUNCTION "hs"."audit_chain_row"();

-- [261/280] drop enum tenant_mgmt.vertical (schemas/tenant_mgmt.yaml:29:3)
DROP TYPE "tenant_mgmt"."vertical";

-- [262/280] drop enum tenant_mgmt.usage_metric (schemas/tenant_mgmt.yaml:35:3)
DROP TYPE "tenant_mgmt"."usage_metric";

-- [263/280] drop enum tenant_mgmt.subscription_status (schemas/tenant_mgmt.yaml:33:3)
DROP TYPE "tenant_mgmt"."subscription_status";

-- [264/280] drop enum tenant_mgmt.business_status (schemas/tenant_mgmt.yaml:32:3)
DROP TYPE "tenant_mgmt"."business_status";

-- [265/280] drop enum tenant_mgmt.billing_interval (schemas/tenant_mgmt.yaml:34:3)
DROP TYPE "tenant_mgmt"."billing_interval";

-- [266/280] drop enum ret.sales_channel (schemas/ret.yaml:13:3)
DROP TYPE "ret"."sales_channel";

-- [267/280] drop enum ret.sale_status (schemas/ret.yaml:14:3)
DROP TYPE "ret"."sale_status";

-- [268/280] drop enum ret.loyalty_tier (schemas/ret.yaml:15:3)
DROP TYPE "ret"."loyalty_tier";

-- [269/280] drop enum ret.location_type (schemas/ret.yaml:12:3)
DROP TYPE "ret"."location_type";

-- [270/280] drop enum hs.work_priority (schemas/hs.yaml:32:3)
DROP TYPE "hs"."work_priority";

-- [271/280] drop enum hs.work_order_status (schemas/hs.yaml:17:3)
DROP TYPE "hs"."work_order_status";

-- [272/280] drop enum hs.property_type (schemas/hs.yaml:16:3)
DROP TYPE "hs"."property_type";

-- [273/280] drop enum hs.customer_type (schemas/hs.yaml:15:3)
DROP TYPE "hs"."customer_type";

-- [274/280] drop schema tenant_mgmt (schemas/tenant_mgmt.yaml:7:9)
DROP SCHEMA "tenant_mgmt";

-- [275/280] drop schema ret (schemas/ret.yaml:7:9)
DROP SCHEMA "ret";

-- [276/280] drop schema hs (schemas/hs.yaml:10:9)
DROP SCHEMA "hs";

-- [277/280] drop role multi_readonly (schemas/tenant_mgmt.yaml:16:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "multi_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'multi_readonly';
END
$provision$;

-- [278/280] drop role multi_auditor (schemas/tenant_mgmt.yaml:21:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "multi_auditor";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'multi_auditor';
END
$provision$;

-- [279/280] drop role multi_app (schemas/tenant_mgmt.yaml:11:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "multi_app";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'multi_app';
END
$provision$;

-- [280/280] drop extension citext (schemas/tenant_mgmt.yaml:8:14)
DROP EXTENSION IF EXISTS "citext";
