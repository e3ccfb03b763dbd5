-- provision migration V0001 (down) for database platform: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/428] revoke default privilege SELECT on new tables in tenant to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "tenant"
    REVOKE SELECT ON TABLES FROM "readonly_user";

-- [2/428] revoke default privilege SELECT on new tables in ret to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "ret"
    REVOKE SELECT ON TABLES FROM "readonly_user";

-- [3/428] revoke default privilege SELECT on new tables in rest to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "rest"
    REVOKE SELECT ON TABLES FROM "readonly_user";

-- [4/428] revoke default privilege SELECT on new tables in rbac to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "rbac"
    REVOKE SELECT ON TABLES FROM "readonly_user";

-- [5/428] revoke default privilege SELECT on new tables in hs to readonly_user
ALTER DEFAULT PRIVILEGES IN SCHEMA "hs"
    REVOKE SELECT ON TABLES FROM "readonly_user";

-- [6/428] revoke grant ALL on table tenant.workspaces to super_admin
REVOKE ALL ON TABLE "tenant"."workspaces" FROM "super_admin";

-- [7/428] revoke grant ALL on table tenant.users to super_admin
REVOKE ALL ON TABLE "tenant"."users" FROM "super_admin";

-- [8/428] revoke grant ALL on table tenant.organizations to super_admin
REVOKE ALL ON TABLE "tenant"."organizations" FROM "super_admin";

-- [9/428] revoke grant ALL on table tenant.organization_members to super_admin
REVOKE ALL ON TABLE "tenant"."organization_members" FROM "super_admin";

-- [10/428] revoke grant ALL on table ret.tenant_daily_sales to super_admin
REVOKE ALL ON TABLE "ret"."tenant_daily_sales" FROM "super_admin";

-- [11/428] revoke grant ALL on table ret.stores to super_admin
REVOKE ALL ON TABLE "ret"."stores" FROM "super_admin";

-- [12/428] revoke grant ALL on table ret.products to super_admin
REVOKE ALL ON TABLE "ret"."products" FROM "super_admin";

-- [13/428] revoke grant ALL on table ret.orders to super_admin
REVOKE ALL ON TABLE "ret"."orders" FROM "super_admin";

-- [14/428] revoke grant ALL on table ret.order_items to super_admin
REVOKE ALL ON TABLE "ret"."order_items" FROM "super_admin";

-- [15/428] revoke grant ALL on table ret.low_stock to super_admin
REVOKE ALL ON TABLE "ret"."low_stock" FROM "super_admin";

-- [16/428] revoke grant ALL on table ret.inventory_movements to super_admin
REVOKE ALL ON TABLE "ret"."inventory_movements" FROM "super_admin";

-- [17/428] revoke grant ALL on table ret.inventory_levels to super_admin
REVOKE ALL ON TABLE "ret"."inventory_levels" FROM "super_admin";

-- [18/428] revoke grant ALL on table ret.daily_sales to super_admin
REVOKE ALL ON TABLE "ret"."daily_sales" FROM "super_admin";

-- [19/428] revoke grant ALL on table ret.customers to super_admin
REVOKE ALL ON TABLE "ret"."customers" FROM "super_admin";

-- [20/428] revoke grant SELECT on table ret.audit_log to super_admin
REVOKE SELECT ON TABLE "ret"."audit_log" FROM "super_admin";

-- [21/428] revoke grant ALL on table rest.reservations to super_admin
REVOKE ALL ON TABLE "rest"."reservations" FROM "super_admin";

-- [22/428] revoke grant ALL on table rest.menus to super_admin
REVOKE ALL ON TABLE "rest"."menus" FROM "super_admin";

-- [23/428] revoke grant ALL on table rest.menu_items to super_admin
REVOKE ALL ON TABLE "rest"."menu_items" FROM "super_admin";

-- [24/428] revoke grant ALL on table rest.kitchen_tickets to super_admin
REVOKE ALL ON TABLE "rest"."kitchen_tickets" FROM "super_admin";

-- [25/428] revoke grant ALL on table rest.kitchen_ticket_items to super_admin
REVOKE ALL ON TABLE "rest"."kitchen_ticket_items" FROM "super_admin";

-- [26/428] revoke grant ALL on table rest.dining_tables to super_admin
REVOKE ALL ON TABLE "rest"."dining_tables" FROM "super_admin";

-- [27/428] revoke grant ALL on table rbac.roles to super_admin
REVOKE ALL ON TABLE "rbac"."roles" FROM "super_admin";

-- [28/428] revoke grant ALL on table rbac.role_permissions to super_admin
REVOKE ALL ON TABLE "rbac"."role_permissions" FROM "super_admin";

-- [29/428] revoke grant ALL on table rbac.role_assignments to super_admin
REVOKE ALL ON TABLE "rbac"."role_assignments" FROM "super_admin";

-- [30/428] revoke grant ALL on table rbac.permissions to super_admin
REVOKE ALL ON TABLE "rbac"."permissions" FROM "super_admin";

-- [31/428] revoke grant ALL on table rbac.effective_permissions to super_admin
REVOKE ALL ON TABLE "rbac"."effective_permissions" FROM "super_admin";

-- [32/428] revoke grant ALL on table hs.work_orders to super_admin
REVOKE ALL ON TABLE "hs"."work_orders" FROM "super_admin";

-- [33/428] revoke grant ALL on table hs.technicians to super_admin
REVOKE ALL ON TABLE "hs"."technicians" FROM "super_admin";

-- [34/428] revoke grant ALL on table hs.technician_schedule to super_admin
REVOKE ALL ON TABLE "hs"."technician_schedule" FROM "super_admin";

-- [35/428] revoke grant ALL on table hs.service_areas to super_admin
REVOKE ALL ON TABLE "hs"."service_areas" FROM "super_admin";

-- [36/428] revoke grant ALL on table hs.invoices to super_admin
REVOKE ALL ON TABLE "hs"."invoices" FROM "super_admin";

-- [37/428] revoke grant ALL on table hs.invoice_lines to super_admin
REVOKE ALL ON TABLE "hs"."invoice_lines" FROM "super_admin";

-- [38/428] revoke grant ALL on table hs.customers to super_admin
REVOKE ALL ON TABLE "hs"."customers" FROM "super_admin";

-- [39/428] revoke grant SELECT on table hs.audit_trail to super_admin
REVOKE SELECT ON TABLE "hs"."audit_trail" FROM "super_admin";

-- [40/428] revoke grant ALL on table hs.appointments to super_admin
REVOKE ALL ON TABLE "hs"."appointments" FROM "super_admin";

-- [41/428] revoke grant USAGE on schema tenant to super_admin
REVOKE USAGE ON SCHEMA "tenant" FROM "super_admin";

-- [42/428] revoke grant USAGE on schema ret to super_admin
REVOKE USAGE ON SCHEMA "ret" FROM "super_admin";

-- [43/428] revoke grant USAGE on schema rest to super_admin
REVOKE USAGE ON SCHEMA "rest" FROM "super_admin";

-- [44/428] revoke grant USAGE on schema rbac to super_admin
REVOKE USAGE ON SCHEMA "rbac" FROM "super_admin";

-- [45/428] revoke grant USAGE on schema hs to super_admin
REVOKE USAGE ON SCHEMA "hs" FROM "super_admin";

-- [46/428] revoke grant EXECUTE on function hs.verify_audit_chain() to super_admin
REVOKE EXECUTE ON FUNCTION "hs"."verify_audit_chain"() FROM "super_admin";

-- [47/428] revoke grant SELECT on table tenant.workspaces to readonly_user
REVOKE SELECT ON TABLE "tenant"."workspaces" FROM "readonly_user";

-- [48/428] revoke grant SELECT on table tenant.users to readonly_user
REVOKE SELECT ON TABLE "tenant"."users" FROM "readonly_user";

-- [49/428] revoke grant SELECT on table tenant.organizations to readonly_user
REVOKE SELECT ON TABLE "tenant"."organizations" FROM "readonly_user";

-- [50/428] revoke grant SELECT on table tenant.organization_members to readonly_user
REVOKE SELECT ON TABLE "tenant"."organization_members" FROM "readonly_user";

-- [51/428] revoke grant SELECT on table ret.tenant_daily_sales to readonly_user
REVOKE SELECT ON TABLE "ret"."tenant_daily_sales" FROM "readonly_user";

-- [52/428] revoke grant SELECT on table ret.stores to readonly_user
REVOKE SELECT ON TABLE "ret"."stores" FROM "readonly_user";

-- [53/428] revoke grant SELECT on table ret.products to readonly_user
REVOKE SELECT ON TABLE "ret"."products" FROM "readonly_user";

-- [54/428] revoke grant SELECT on table ret.orders to readonly_user
REVOKE SELECT ON TABLE "ret"."orders" FROM "readonly_user";

-- [55/428] revoke grant SELECT on table ret.order_items to readonly_user
REVOKE SELECT ON TABLE "ret"."order_items" FROM "readonly_user";

-- [56/428] revoke grant SELECT on table ret.low_stock to readonly_user
REVOKE SELECT ON TABLE "ret"."low_stock" FROM "readonly_user";

-- [57/428] revoke grant SELECT on table ret.inventory_movements to readonly_user
REVOKE SELECT ON TABLE "ret"."inventory_movements" FROM "readonly_user";

-- [58/428] revoke grant SELECT on table ret.inventory_levels to readonly_user
REVOKE SELECT ON TABLE "ret"."inventory_levels" FROM "readonly_user";

-- [59/428] revoke grant SELECT on table ret.customers to readonly_user
REVOKE SELECT ON TABLE "ret"."customers" FROM "readonly_user";

-- [60/428] revoke grant SELECT on table rest.reservations to readonly_user
REVOKE SELECT ON TABLE "rest"."reservations" FROM "readonly_user";

-- [61/428] revoke grant SELECT on table rest.menus to readonly_user
REVOKE SELECT ON TABLE "rest"."menus" FROM "readonly_user";

-- [62/428] revoke grant SELECT on table rest.menu_items to readonly_user
REVOKE SELECT ON TABLE "rest"."menu_items" FROM "readonly_user";

-- [63/428] revoke grant SELECT on table rest.kitchen_tickets to readonly_user
REVOKE SELECT ON TABLE "rest"."kitchen_tickets" FROM "readonly_user";

-- [64/428] revoke grant SELECT on table rest.kitchen_ticket_items to readonly_user
REVOKE SELECT ON TABLE "rest"."kitchen_ticket_items" FROM "readonly_user";

-- [65/428] revoke grant SELECT on table rest.dining_tables to readonly_user
REVOKE SELECT ON TABLE "rest"."dining_tables" FROM "readonly_user";

-- [66/428] revoke grant SELECT on table rbac.roles to readonly_user
REVOKE SELECT ON TABLE "rbac"."roles" FROM "readonly_user";

-- [67/428] revoke grant SELECT on table rbac.role_permissions to readonly_user
REVOKE SELECT ON TABLE "rbac"."role_permissions" FROM "readonly_user";

-- [68/428] revoke grant SELECT on table rbac.role_assignments to readonly_user
REVOKE SELECT ON TABLE "rbac"."role_assignments" FROM "readonly_user";

-- [69/428] revoke grant SELECT on table rbac.permissions to readonly_user
REVOKE SELECT ON TABLE "rbac"."permissions" FROM "readonly_user";

-- [70/428] revoke grant SELECT on table rbac.effective_permissions to readonly_user
REVOKE SELECT ON TABLE "rbac"."effective_permissions" FROM "readonly_user";

-- [71/428] revoke grant SELECT on table hs.work_orders to readonly_user
REVOKE SELECT ON TABLE "hs"."work_orders" FROM "readonly_user";

-- [72/428] revoke grant SELECT on table hs.technicians to readonly_user
REVOKE SELECT ON TABLE "hs"."technicians" FROM "readonly_user";

-- [73/428] revoke grant SELECT on table hs.technician_schedule to readonly_user
REVOKE SELECT ON TABLE "hs"."technician_schedule" FROM "readonly_user";

-- [74/428] revoke grant SELECT on table hs.service_areas to readonly_user
REVOKE SELECT ON TABLE "hs"."service_areas" FROM "readonly_user";

-- [75/428] revoke grant SELECT on table hs.invoices to readonly_user
REVOKE SELECT ON TABLE "hs"."invoices" FROM "readonly_user";

-- [76/428] revoke grant SELECT on table hs.invoice_lines to readonly_user
REVOKE SELECT ON TABLE "hs"."invoice_lines" FROM "readonly_user";

-- [77/428] revoke grant SELECT on table hs.customers to readonly_user
REVOKE SELECT ON TABLE "hs"."customers" FROM "readonly_user";

-- [78/428] revoke grant SELECT on table hs.appointments to readonly_user
REVOKE SELECT ON TABLE "hs"."appointments" FROM "readonly_user";

-- [79/428] revoke grant USAGE on schema tenant to readonly_user
REVOKE USAGE ON SCHEMA "tenant" FROM "readonly_user";

-- [80/428] revoke grant USAGE on schema ret to readonly_user
REVOKE USAGE ON SCHEMA "ret" FROM "readonly_user";

-- [81/428] revoke grant USAGE on schema rest to readonly_user
REVOKE USAGE ON SCHEMA "rest" FROM "readonly_user";

-- [82/428] revoke grant USAGE on schema rbac to readonly_user
REVOKE USAGE ON SCHEMA "rbac" FROM "readonly_user";

-- [83/428] revoke grant USAGE on schema hs to readonly_user
REVOKE USAGE ON SCHEMA "hs" FROM "readonly_user";

-- [84/428] revoke grant EXECUTE on function rbac.has_permission(p_user_id uuid, p_permission text, p_project_id uuid) to readonly_user
REVOKE EXECUTE ON FUNCTION "rbac"."has_permission"(p_user_id uuid, p_permission text, p_project_id uuid) FROM "readonly_user";

-- [85/428] revoke grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to readonly_user
REVOKE EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) FROM "readonly_user";

-- [86/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant.workspaces to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant"."workspaces" FROM "application_user";

-- [87/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant.users to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant"."users" FROM "application_user";

-- [88/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant.organizations to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant"."organizations" FROM "application_user";

-- [89/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant.organization_members to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant"."organization_members" FROM "application_user";

-- [90/428] revoke grant SELECT on table ret.tenant_daily_sales to application_user
REVOKE SELECT ON TABLE "ret"."tenant_daily_sales" FROM "application_user";

-- [91/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.stores to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."stores" FROM "application_user";

-- [92/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.products to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."products" FROM "application_user";

-- [93/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.orders to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."orders" FROM "application_user";

-- [94/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.order_items to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."order_items" FROM "application_user";

-- [95/428] revoke grant SELECT on table ret.low_stock to application_user
REVOKE SELECT ON TABLE "ret"."low_stock" FROM "application_user";

-- [96/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.inventory_movements to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."inventory_movements" FROM "application_user";

-- [97/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.inventory_levels to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."inventory_levels" FROM "application_user";

-- [98/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.customers to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."customers" FROM "application_user";

-- [99/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.reservations to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."reservations" FROM "application_user";

-- [100/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.menus to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."menus" FROM "application_user";

-- [101/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.menu_items to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."menu_items" FROM "application_user";

-- [102/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.kitchen_tickets to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."kitchen_tickets" FROM "application_user";

-- [103/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.kitchen_ticket_items to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."kitchen_ticket_items" FROM "application_user";

-- [104/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.dining_tables to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."dining_tables" FROM "application_user";

-- [105/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table rbac.roles to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rbac"."roles" FROM "application_user";

-- [106/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table rbac.role_permissions to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rbac"."role_permissions" FROM "application_user";

-- [107/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table rbac.role_assignments to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rbac"."role_assignments" FROM "application_user";

-- [108/428] revoke grant SELECT on table rbac.permissions to application_user
REVOKE SELECT ON TABLE "rbac"."permissions" FROM "application_user";

-- [109/428] revoke grant SELECT on table rbac.effective_permissions to application_user
REVOKE SELECT ON TABLE "rbac"."effective_permissions" FROM "application_user";

-- [110/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.work_orders to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."work_orders" FROM "application_user";

-- [111/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.technicians to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."technicians" FROM "application_user";

-- [112/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.technician_schedule to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."technician_schedule" FROM "application_user";

-- [113/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.service_areas to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."service_areas" FROM "application_user";

-- [114/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.invoices to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."invoices" FROM "application_user";

-- [115/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.invoice_lines to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."invoice_lines" FROM "application_user";

-- [116/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.customers to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."customers" FROM "application_user";

-- [117/428] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.appointments to application_user
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."appointments" FROM "application_user";

-- [118/428] revoke grant USAGE on schema tenant to application_user
REVOKE USAGE ON SCHEMA "tenant" FROM "application_user";

-- [119/428] revoke grant USAGE on schema ret to application_user
REVOKE USAGE ON SCHEMA "ret" FROM "application_user";

-- [120/428] revoke grant USAGE on schema rest to application_user
REVOKE USAGE ON SCHEMA "rest" FROM "application_user";

-- [121/428] revoke grant USAGE on schema rbac to application_user
REVOKE USAGE ON SCHEMA "rbac" FROM "application_user";

-- [122/428] revoke grant USAGE on schema hs to application_user
REVOKE USAGE ON SCHEMA "hs" FROM "application_user";

-- [123/428] revoke grant EXECUTE on function rbac.has_permission(p_user_id uuid, p_permission text, p_project_id uuid) to application_user
REVOKE EXECUTE ON FUNCTION "rbac"."has_permission"(p_user_id uuid, p_permission text, p_project_id uuid) FROM "application_user";

-- [124/428] revoke grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to application_user
REVOKE EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) FROM "application_user";

-- [125/428] drop policy tenant_isolation on tenant.workspaces (schemas/tenant.yaml:63:23)
DROP POLICY "tenant_isolation" ON "tenant"."workspaces";

-- [126/428] drop policy tenant_self on tenant.organizations (schemas/tenant.yaml:20:35)
DROP POLICY "tenant_self" ON "tenant"."organizations";

-- [127/428] drop policy tenant_isolation on tenant.organization_members (schemas/tenant.yaml:78:23)
DROP POLICY "tenant_isolation" ON "tenant"."organization_members";

-- [128/428] drop policy tenant_isolation on ret.stores (schemas/retail.yaml:18:23)
DROP POLICY "tenant_isolation" ON "ret"."stores";

-- [129/428] drop policy tenant_isolation on ret.products (schemas/retail.yaml:36:9)
DROP POLICY "tenant_isolation" ON "ret"."products";

-- [130/428] drop policy tenant_isolation on ret.orders (schemas/retail.yaml:87:23)
DROP POLICY "tenant_isolation" ON "ret"."orders";

-- [131/428] drop policy tenant_isolation on ret.order_items (schemas/retail.yaml:125:23)
DROP POLICY "tenant_isolation" ON "ret"."order_items";

-- [132/428] drop policy tenant_isolation on ret.inventory_movements (schemas/retail.yaml:174:14)
DROP POLICY "tenant_isolation" ON "ret"."inventory_movements";

-- [133/428] drop policy tenant_isolation on ret.inventory_levels (schemas/retail.yaml:149:14)
DROP POLICY "tenant_isolation" ON "ret"."inventory_levels";

-- [134/428] drop policy tenant_isolation on ret.customers (schemas/retail.yaml:71:23)
DROP POLICY "tenant_isolation" ON "ret"."customers";

-- [135/428] drop policy tenant_isolation on rest.reservations (schemas/restaurant.yaml:82:23)
DROP POLICY "tenant_isolation" ON "rest"."reservations";

-- [136/428] drop policy tenant_isolation on rest.menus (schemas/restaurant.yaml:19:23)
DROP POLICY "tenant_isolation" ON "rest"."menus";

-- [137/428] drop policy tenant_isolation on rest.menu_items (schemas/restaurant.yaml:36:9)
DROP POLICY "tenant_isolation" ON "rest"."menu_items";

-- [138/428] drop policy tenant_isolation on rest.kitchen_tickets (schemas/restaurant.yaml:106:23)
DROP POLICY "tenant_isolation" ON "rest"."kitchen_tickets";

-- [139/428] drop policy tenant_isolation on rest.kitchen_ticket_items (schemas/restaurant.yaml:132:23)
DROP POLICY "tenant_isolation" ON "rest"."kitchen_ticket_items";

-- [140/428] drop policy tenant_isolation on rest.dining_tables (schemas/restaurant.yaml:71:23)
DROP POLICY "tenant_isolation" ON "rest"."dining_tables";

-- [141/428] drop policy tenant_isolation on rbac.roles (schemas/rbac.yaml:72:23)
DROP POLICY "tenant_isolation" ON "rbac"."roles";

-- [142/428] drop policy tenant_isolation on rbac.role_permissions (schemas/rbac.yaml:88:14)
DROP POLICY "tenant_isolation" ON "rbac"."role_permissions";

-- [143/428] drop policy tenant_isolation on rbac.role_assignments (schemas/rbac.yaml:107:23)
DROP POLICY "tenant_isolation" ON "rbac"."role_assignments";

-- [144/428] drop policy tenant_isolation on hs.work_orders (schemas/home_services.yaml:101:9)
DROP POLICY "tenant_isolation" ON "hs"."work_orders";

-- [145/428] drop policy tenant_isolation on hs.technicians (schemas/home_services.yaml:46:23)
DROP POLICY "tenant_isolation" ON "hs"."technicians";

-- [146/428] drop policy tenant_isolation on hs.service_areas (schemas/home_services.yaml:32:23)
DROP POLICY "tenant_isolation" ON "hs"."service_areas";

-- [147/428] drop policy tenant_isolation on hs.invoices (schemas/home_services.yaml:180:23)
DROP POLICY "tenant_isolation" ON "hs"."invoices";

-- [148/428] drop policy tenant_isolation on hs.invoice_lines (schemas/home_services.yaml:210:23)
DROP POLICY "tenant_isolation" ON "hs"."invoice_lines";

-- [149/428] drop policy tenant_isolation on hs.customers (schemas/home_services.yaml:77:23)
DROP POLICY "tenant_isolation" ON "hs"."customers";

-- [150/428] drop policy tenant_isolation on hs.appointments (schemas/home_services.yaml:154:23)
DROP POLICY "tenant_isolation" ON "hs"."appointments";

-- [151/428] disable rls tenant.workspaces
ALTER TABLE "tenant"."workspaces" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant"."workspaces" DISABLE ROW LEVEL SECURITY;

-- [152/428] disable rls tenant.organizations
ALTER TABLE "tenant"."organizations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant"."organizations" DISABLE ROW LEVEL SECURITY;

-- [153/428] disable rls tenant.organization_members
ALTER TABLE "tenant"."organization_members" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant"."organization_members" DISABLE ROW LEVEL SECURITY;

-- [154/428] disable rls ret.stores
ALTER TABLE "ret"."stores" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."stores" DISABLE ROW LEVEL SECURITY;

-- [155/428] disable rls ret.products
ALTER TABLE "ret"."products" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."products" DISABLE ROW LEVEL SECURITY;

-- [156/428] disable rls ret.orders
ALTER TABLE "ret"."orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."orders" DISABLE ROW LEVEL SECURITY;

-- [157/428] disable rls ret.order_items
ALTER TABLE "ret"."order_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."order_items" DISABLE ROW LEVEL SECURITY;

-- [158/428] disable rls ret.inventory_movements
ALTER TABLE "ret"."inventory_movements" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."inventory_movements" DISABLE ROW LEVEL SECURITY;

-- [159/428] disable rls ret.inventory_levels
ALTER TABLE "ret"."inventory_levels" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."inventory_levels" DISABLE ROW LEVEL SECURITY;

-- [160/428] disable rls ret.customers
ALTER TABLE "ret"."customers" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."customers" DISABLE ROW LEVEL SECURITY;

-- [161/428] disable rls rest.reservations
ALTER TABLE "rest"."reservations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."reservations" DISABLE ROW LEVEL SECURITY;

-- [162/428] disable rls rest.menus
ALTER TABLE "rest"."menus" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."menus" DISABLE ROW LEVEL SECURITY;

-- [163/428] disable rls rest.menu_items
ALTER TABLE "rest"."menu_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."menu_items" DISABLE ROW LEVEL SECURITY;

-- [164/428] disable rls rest.kitchen_tickets
ALTER TABLE "rest"."kitchen_tickets" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."kitchen_tickets" DISABLE ROW LEVEL SECURITY;

-- [165/428] disable rls rest.kitchen_ticket_items
ALTER TABLE "rest"."kitchen_ticket_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."kitchen_ticket_items" DISABLE ROW LEVEL SECURITY;

-- [166/428] disable rls rest.dining_tables
ALTER TABLE "rest"."dining_tables" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."dining_tables" DISABLE ROW LEVEL SECURITY;

-- [167/428] disable rls rbac.roles
ALTER TABLE "rbac"."roles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rbac"."roles" DISABLE ROW LEVEL SECURITY;

-- [168/428] disable rls rbac.role_permissions
ALTER TABLE "rbac"."role_permissions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rbac"."role_permissions" DISABLE ROW LEVEL SECURITY;

-- [169/428] disable rls rbac.role_assignments
ALTER TABLE "rbac"."role_assignments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rbac"."role_assignments" DISABLE ROW LEVEL SECURITY;

-- [170/428] disable rls hs.work_orders
ALTER TABLE "hs"."work_orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."work_orders" DISABLE ROW LEVEL SECURITY;

-- [171/428] disable rls hs.technicians
ALTER TABLE "hs"."technicians" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."technicians" DISABLE ROW LEVEL SECURITY;

-- [172/428] disable rls hs.service_areas
ALTER TABLE "hs"."service_areas" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."service_areas" DISABLE ROW LEVEL SECURITY;

-- [173/428] disable rls hs.invoices
ALTER TABLE "hs"."invoices" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."invoices" DISABLE ROW LEVEL SECURITY;

-- [174/428] disable rls hs.invoice_lines
ALTER TABLE "hs"."invoice_lines" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."invoice_lines" DISABLE ROW LEVEL SECURITY;

-- [175/428] disable rls hs.customers
ALTER TABLE "hs"."customers" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."customers" DISABLE ROW LEVEL SECURITY;

-- [176/428] disable rls hs.appointments
ALTER TABLE "hs"."appointments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."appointments" DISABLE ROW LEVEL SECURITY;

-- [177/428] drop trigger set_updated_at on tenant.workspaces (schemas/tenant.yaml:63:38)
DROP TRIGGER "set_updated_at" ON "tenant"."workspaces";

-- [178/428] drop trigger set_updated_at on tenant.users (schemas/tenant.yaml:45:23)
DROP TRIGGER "set_updated_at" ON "tenant"."users";

-- [179/428] drop trigger set_updated_at on tenant.organizations (schemas/tenant.yaml:20:23)
DROP TRIGGER "set_updated_at" ON "tenant"."organizations";

-- [180/428] drop trigger set_updated_at on tenant.organization_members (schemas/tenant.yaml:78:38)
DROP TRIGGER "set_updated_at" ON "tenant"."organization_members";

-- [181/428] drop trigger set_updated_at on ret.stores (schemas/retail.yaml:18:38)
DROP TRIGGER "set_updated_at" ON "ret"."stores";

-- [182/428] drop trigger search_vector_update on ret.products (schemas/retail.yaml:40:9)
DROP TRIGGER "search_vector_update" ON "ret"."products";

-- [183/428] drop trigger set_updated_at on ret.products (schemas/retail.yaml:37:9)
DROP TRIGGER "set_updated_at" ON "ret"."products";

-- [184/428] drop trigger audit_row on ret.orders (schemas/retail.yaml:87:50)
DROP TRIGGER "audit_row" ON "ret"."orders";

-- [185/428] drop trigger set_updated_at on ret.orders (schemas/retail.yaml:87:38)
DROP TRIGGER "set_updated_at" ON "ret"."orders";

-- [186/428] drop trigger apply_movement on ret.inventory_movements (schemas/retail.yaml:210:7)
DROP TRIGGER "apply_movement" ON "ret"."inventory_movements";

-- [187/428] drop trigger set_updated_at on ret.inventory_levels (schemas/retail.yaml:149:29)
DROP TRIGGER "set_updated_at" ON "ret"."inventory_levels";

-- [188/428] drop trigger set_updated_at on ret.customers (schemas/retail.yaml:71:38)
DROP TRIGGER "set_updated_at" ON "ret"."customers";

-- [189/428] drop trigger set_updated_at on rest.reservations (schemas/restaurant.yaml:82:38)
DROP TRIGGER "set_updated_at" ON "rest"."reservations";

-- [190/428] drop trigger set_updated_at on rest.menus (schemas/restaurant.yaml:19:38)
DROP TRIGGER "set_updated_at" ON "rest"."menus";

-- [191/428] drop trigger search_vector_update on rest.menu_items (schemas/restaurant.yaml:40:9)
DROP TRIGGER "search_vector_update" ON "rest"."menu_items";

-- [192/428] drop trigger set_updated_at on rest.menu_items (schemas/restaurant.yaml:37:9)
DROP TRIGGER "set_updated_at" ON "rest"."menu_items";

-- [193/428] drop trigger set_updated_at on rest.kitchen_tickets (schemas/restaurant.yaml:106:38)
DROP TRIGGER "set_updated_at" ON "rest"."kitchen_tickets";

-- [194/428] drop trigger set_updated_at on rest.dining_tables (schemas/restaurant.yaml:71:38)
DROP TRIGGER "set_updated_at" ON "rest"."dining_tables";

-- [195/428] drop trigger set_updated_at on rbac.roles (schemas/rbac.yaml:72:38)
DROP TRIGGER "set_updated_at" ON "rbac"."roles";

-- [196/428] drop trigger set_updated_at on rbac.role_assignments (schemas/rbac.yaml:107:38)
DROP TRIGGER "set_updated_at" ON "rbac"."role_assignments";

-- [197/428] drop trigger search_vector_update on hs.work_orders (schemas/home_services.yaml:104:9)
DROP TRIGGER "search_vector_update" ON "hs"."work_orders";

-- [198/428] drop trigger audit_chain_row on hs.work_orders (schemas/home_services.yaml:103:9)
DROP TRIGGER "audit_chain_row" ON "hs"."work_orders";

-- [199/428] drop trigger set_updated_at on hs.work_orders (schemas/home_services.yaml:102:9)
DROP TRIGGER "set_updated_at" ON "hs"."work_orders";

-- [200/428] drop trigger enforce_status_transition on hs.work_orders (schemas/home_services.yaml:146:7)
DROP TRIGGER "enforce_status_transition" ON "hs"."work_orders";

-- [201/428] drop trigger set_updated_at on hs.technicians (schemas/home_services.yaml:46:38)
DROP TRIGGER "set_updated_at" ON "hs"."technicians";

-- [202/428] drop trigger set_updated_at on hs.service_areas (schemas/home_services.yaml:32:38)
DROP TRIGGER "set_updated_at" ON "hs"."service_areas";

-- [203/428] drop trigger audit_chain_row on hs.invoices (schemas/home_services.yaml:180:50)
DROP TRIGGER "audit_chain_row" ON "hs"."invoices";

-- [204/428] drop trigger set_updated_at on hs.invoices (schemas/home_services.yaml:180:38)
DROP TRIGGER "set_updated_at" ON "hs"."invoices";

-- [205/428] drop trigger set_updated_at on hs.customers (schemas/home_services.yaml:77:38)
DROP TRIGGER "set_updated_at" ON "hs"."customers";

-- [206/428] drop trigger audit_trail_immutable on hs.audit_trail (schemas/home_services.yaml:103:9)
DROP TRIGGER "audit_trail_immutable" ON "hs"."audit_trail";

-- [207/428] drop trigger set_updated_at on hs.appointments (schemas/home_services.yaml:154:38)
DROP TRIGGER "set_updated_at" ON "hs"."appointments";

-- [208/428] drop view ret.tenant_daily_sales (schemas/retail.yaml:244:3)
DROP VIEW "ret"."tenant_daily_sales";

-- [209/428] drop view ret.low_stock (schemas/retail.yaml:251:3)
DROP VIEW "ret"."low_stock";

-- [210/428] drop view ret.daily_sales (schemas/retail.yaml:223:3)
DROP MATERIALIZED VIEW "ret"."daily_sales";

-- [211/428] drop view rbac.effective_permissions (schemas/rbac.yaml:139:3)
DROP VIEW "rbac"."effective_permissions";

-- [212/428] drop view hs.technician_schedule (schemas/home_services.yaml:231:3)
DROP VIEW "hs"."technician_schedule";

-- [213/428] drop foreign key workspaces_organization_id_fkey on tenant.workspaces (schemas/tenant.yaml:63:23)
ALTER TABLE "tenant"."workspaces" DROP CONSTRAINT "workspaces_organization_id_fkey";

-- [214/428] drop foreign key organization_members_user_id_fkey on tenant.organization_members (schemas/tenant.yaml:83:21)
ALTER TABLE "tenant"."organization_members" DROP CONSTRAINT "organization_members_user_id_fkey";

-- [215/428] drop foreign key organization_members_organization_id_fkey on tenant.organization_members (schemas/tenant.yaml:78:23)
ALTER TABLE "tenant"."organization_members" DROP CONSTRAINT "organization_members_organization_id_fkey";

-- [216/428] drop foreign key organization_members_invited_by_fkey on tenant.organization_members (schemas/tenant.yaml:89:21)
ALTER TABLE "tenant"."organization_members" DROP CONSTRAINT "organization_members_invited_by_fkey";

-- [217/428] drop foreign key stores_organization_id_fkey on ret.stores (schemas/retail.yaml:18:23)
ALTER TABLE "ret"."stores" DROP CONSTRAINT "stores_organization_id_fkey";

-- [218/428] drop foreign key products_organization_id_fkey on ret.products (schemas/retail.yaml:36:9)
ALTER TABLE "ret"."products" DROP CONSTRAINT "products_organization_id_fkey";

-- [219/428] drop foreign key orders_store_id_fkey on ret.orders (schemas/retail.yaml:93:21)
ALTER TABLE "ret"."orders" DROP CONSTRAINT "orders_store_id_fkey";

-- [220/428] drop foreign key orders_organization_id_fkey on ret.orders (schemas/retail.yaml:87:23)
ALTER TABLE "ret"."orders" DROP CONSTRAINT "orders_organization_id_fkey";

-- [221/428] drop foreign key orders_customer_id_fkey on ret.orders (schemas/retail.yaml:97:21)
ALTER TABLE "ret"."orders" DROP CONSTRAINT "orders_customer_id_fkey";

-- [222/428] drop foreign key order_items_product_id_fkey on ret.order_items (schemas/retail.yaml:134:21)
ALTER TABLE "ret"."order_items" DROP CONSTRAINT "order_items_product_id_fkey";

-- [223/428] drop foreign key order_items_organization_id_fkey on ret.order_items (schemas/retail.yaml:125:23)
ALTER TABLE "ret"."order_items" DROP CONSTRAINT "order_items_organization_id_fkey";

-- [224/428] drop foreign key order_items_order_id_fkey on ret.order_items (schemas/retail.yaml:130:21)
ALTER TABLE "ret"."order_items" DROP CONSTRAINT "order_items_order_id_fkey";

-- [225/428] drop foreign key inventory_movements_store_id_fkey on ret.inventory_movements (schemas/retail.yaml:183:21)
ALTER TABLE "ret"."inventory_movements" DROP CONSTRAINT "inventory_movements_store_id_fkey";

-- [226/428] drop foreign key inventory_movements_product_id_fkey on ret.inventory_movements (schemas/retail.yaml:187:21)
ALTER TABLE "ret"."inventory_movements" DROP CONSTRAINT "inventory_movements_product_id_fkey";

-- [227/428] drop foreign key inventory_movements_organization_id_fkey on ret.inventory_movements (schemas/retail.yaml:174:14)
ALTER TABLE "ret"."inventory_movements" DROP CONSTRAINT "inventory_movements_organization_id_fkey";

-- [228/428] drop foreign key inventory_movements_order_id_fkey on ret.inventory_movements (schemas/retail.yaml:194:21)
ALTER TABLE "ret"."inventory_movements" DROP CONSTRAINT "inventory_movements_order_id_fkey";

-- [229/428] drop foreign key inventory_levels_store_id_fkey on ret.inventory_levels (schemas/retail.yaml:154:21)
ALTER TABLE "ret"."inventory_levels" DROP CONSTRAINT "inventory_levels_store_id_fkey";

-- [230/428] drop foreign key inventory_levels_product_id_fkey on ret.inventory_levels (schemas/retail.yaml:158:21)
ALTER TABLE "ret"."inventory_levels" DROP CONSTRAINT "inventory_levels_product_id_fkey";

-- [231/428] drop foreign key inventory_levels_organization_id_fkey on ret.inventory_levels (schemas/retail.yaml:149:14)
ALTER TABLE "ret"."inventory_levels" DROP CONSTRAINT "inventory_levels_organization_id_fkey";

-- [232/428] drop foreign key customers_organization_id_fkey on ret.customers (schemas/retail.yaml:71:23)
ALTER TABLE "ret"."customers" DROP CONSTRAINT "customers_organization_id_fkey";

-- [233/428] drop foreign key reservations_table_id_fkey on rest.reservations (schemas/restaurant.yaml:87:21)
ALTER TABLE "rest"."reservations" DROP CONSTRAINT "reservations_table_id_fkey";

-- [234/428] drop foreign key reservations_organization_id_fkey on rest.reservations (schemas/restaurant.yaml:82:23)
ALTER TABLE "rest"."reservations" DROP CONSTRAINT "reservations_organization_id_fkey";

-- [235/428] drop foreign key menus_organization_id_fkey on rest.menus (schemas/restaurant.yaml:19:23)
ALTER TABLE "rest"."menus" DROP CONSTRAINT "menus_organization_id_fkey";

-- [236/428] drop foreign key menu_items_organization_id_fkey on rest.menu_items (schemas/restaurant.yaml:36:9)
ALTER TABLE "rest"."menu_items" DROP CONSTRAINT "menu_items_organization_id_fkey";

-- [237/428] drop foreign key menu_items_menu_id_fkey on rest.menu_items (schemas/restaurant.yaml:45:21)
ALTER TABLE "rest"."menu_items" DROP CONSTRAINT "menu_items_menu_id_fkey";

-- [238/428] drop foreign key kitchen_tickets_table_id_fkey on rest.kitchen_tickets (schemas/restaurant.yaml:111:21)
ALTER TABLE "rest"."kitchen_tickets" DROP CONSTRAINT "kitchen_tickets_table_id_fkey";

-- [239/428] drop foreign key kitchen_tickets_organization_id_fkey on rest.kitchen_tickets (schemas/restaurant.yaml:106:23)
ALTER TABLE "rest"."kitchen_tickets" DROP CONSTRAINT "kitchen_tickets_organization_id_fkey";

-- [240/428] drop foreign key kitchen_ticket_items_ticket_id_fkey on rest.kitchen_ticket_items (schemas/restaurant.yaml:137:21)
ALTER TABLE "rest"."kitchen_ticket_items" DROP CONSTRAINT "kitchen_ticket_items_ticket_id_fkey";

-- [241/428] drop foreign key kitchen_ticket_items_organization_id_fkey on rest.kitchen_ticket_items (schemas/restaurant.yaml:132:23)
ALTER TABLE "rest"."kitchen_ticket_items" DROP CONSTRAINT "kitchen_ticket_items_organization_id_fkey";

-- [242/428] drop foreign key kitchen_ticket_items_menu_item_id_fkey on rest.kitchen_ticket_items (schemas/restaurant.yaml:141:21)
ALTER TABLE "rest"."kitchen_ticket_items" DROP CONSTRAINT "kitchen_ticket_items_menu_item_id_fkey";

-- [243/428] drop foreign key dining_tables_organization_id_fkey on rest.dining_tables (schemas/restaurant.yaml:71:23)
ALTER TABLE "rest"."dining_tables" DROP CONSTRAINT "dining_tables_organization_id_fkey";

-- [244/428] drop foreign key roles_organization_id_fkey on rbac.roles (schemas/rbac.yaml:72:23)
ALTER TABLE "rbac"."roles" DROP CONSTRAINT "roles_organization_id_fkey";

-- [245/428] drop foreign key role_permissions_permission_code_fkey on rbac.role_permissions (schemas/rbac.yaml:94:21)
ALTER TABLE "rbac"."role_permissions" DROP CONSTRAINT "role_permissions_permission_code_fkey";

-- [246/428] drop foreign key role_permissions_organization_id_role_id_fkey on rbac.role_permissions (schemas/rbac.yaml:99:16)
ALTER TABLE "rbac"."role_permissions" DROP CONSTRAINT "role_permissions_organization_id_role_id_fkey";

-- [247/428] drop foreign key role_permissions_organization_id_fkey on rbac.role_permissions (schemas/rbac.yaml:88:14)
ALTER TABLE "rbac"."role_permissions" DROP CONSTRAINT "role_permissions_organization_id_fkey";

-- [248/428] drop foreign key role_assignments_organization_id_role_id_fkey on rbac.role_assignments (schemas/rbac.yaml:126:16)
ALTER TABLE "rbac"."role_assignments" DROP CONSTRAINT "role_assignments_organization_id_role_id_fkey";

-- [249/428] drop foreign key role_assignments_organization_id_member_id_fkey on rbac.role_assignments (schemas/rbac.yaml:122:16)
ALTER TABLE "rbac"."role_assignments" DROP CONSTRAINT "role_assignments_organization_id_member_id_fkey";

-- [250/428] drop foreign key role_assignments_organization_id_fkey on rbac.role_assignments (schemas/rbac.yaml:107:23)
ALTER TABLE "rbac"."role_assignments" DROP CONSTRAINT "role_assignments_organization_id_fkey";

-- [251/428] drop foreign key role_assignments_granted_by_fkey on rbac.role_assignments (schemas/rbac.yaml:118:21)
ALTER TABLE "rbac"."role_assignments" DROP CONSTRAINT "role_assignments_granted_by_fkey";

-- [252/428] drop foreign key work_orders_service_area_id_fkey on hs.work_orders (schemas/home_services.yaml:114:21)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_service_area_id_fkey";

-- [253/428] drop foreign key work_orders_organization_id_fkey on hs.work_orders (schemas/home_services.yaml:101:9)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_organization_id_fkey";

-- [254/428] drop foreign key work_orders_customer_id_fkey on hs.work_orders (schemas/home_services.yaml:110:21)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_customer_id_fkey";

-- [255/428] drop foreign key work_orders_assigned_technician_id_fkey on hs.work_orders (schemas/home_services.yaml:118:21)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_assigned_technician_id_fkey";

-- [256/428] drop foreign key technicians_organization_id_member_id_fkey on hs.technicians (schemas/home_services.yaml:63:16)
ALTER TABLE "hs"."technicians" DROP CONSTRAINT "technicians_organization_id_member_id_fkey";

-- [257/428] drop foreign key technicians_organization_id_fkey on hs.technicians (schemas/home_services.yaml:46:23)
ALTER TABLE "hs"."technicians" DROP CONSTRAINT "technicians_organization_id_fkey";

-- [258/428] drop foreign key technicians_home_area_id_fkey on hs.technicians (schemas/home_services.yaml:58:21)
ALTER TABLE "hs"."technicians" DROP CONSTRAINT "technicians_home_area_id_fkey";

-- [259/428] drop foreign key service_areas_organization_id_fkey on hs.service_areas (schemas/home_services.yaml:32:23)
ALTER TABLE "hs"."service_areas" DROP CONSTRAINT "service_areas_organization_id_fkey";

-- [260/428] drop foreign key invoices_work_order_id_fkey on hs.invoices (schemas/home_services.yaml:185:21)
ALTER TABLE "hs"."invoices" DROP CONSTRAINT "invoices_work_order_id_fkey";

-- [261/428] drop foreign key invoices_organization_id_fkey on hs.invoices (schemas/home_services.yaml:180:23)
ALTER TABLE "hs"."invoices" DROP CONSTRAINT "invoices_organization_id_fkey";

-- [262/428] drop foreign key invoice_lines_organization_id_fkey on hs.invoice_lines (schemas/home_services.yaml:210:23)
ALTER TABLE "hs"."invoice_lines" DROP CONSTRAINT "invoice_lines_organization_id_fkey";

-- [263/428] drop foreign key invoice_lines_invoice_id_fkey on hs.invoice_lines (schemas/home_services.yaml:215:21)
ALTER TABLE "hs"."invoice_lines" DROP CONSTRAINT "invoice_lines_invoice_id_fkey";

-- [264/428] drop foreign key customers_service_area_id_fkey on hs.customers (schemas/home_services.yaml:88:21)
ALTER TABLE "hs"."customers" DROP CONSTRAINT "customers_service_area_id_fkey";

-- [265/428] drop foreign key customers_organization_id_fkey on hs.customers (schemas/home_services.yaml:77:23)
ALTER TABLE "hs"."customers" DROP CONSTRAINT "customers_organization_id_fkey";

-- [266/428] drop foreign key appointments_work_order_id_fkey on hs.appointments (schemas/home_services.yaml:159:21)
ALTER TABLE "hs"."appointments" DROP CONSTRAINT "appointments_work_order_id_fkey";

-- [267/428] drop foreign key appointments_technician_id_fkey on hs.appointments (schemas/home_services.yaml:163:21)
ALTER TABLE "hs"."appointments" DROP CONSTRAINT "appointments_technician_id_fkey";

-- [268/428] drop foreign key appointments_organization_id_fkey on hs.appointments (schemas/home_services.yaml:154:23)
ALTER TABLE "hs"."appointments" DROP CONSTRAINT "appointments_organization_id_fkey";

-- [269/428] delete rows 22 row(s) of rbac.permissions
DELETE FROM "rbac"."permissions" WHERE "code" = 'document:create:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'document:read:global';
DELETE FROM "rbac"."permissions" WHERE "code" = 'document:read:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'document:update:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'document:update:self';
DELETE FROM "rbac"."permissions" WHERE "code" = 'document:delete:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'document:approve:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'task:create:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'task:read:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'task:update:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'task:update:self';
DELETE FROM "rbac"."permissions" WHERE "code" = 'task:delete:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'project:create:global';
DELETE FROM "rbac"."permissions" WHERE "code" = 'project:read:global';
DELETE FROM "rbac"."permissions" WHERE "code" = 'project:read:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'project:update:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'project:delete:global';
DELETE FROM "rbac"."permissions" WHERE "code" = 'project:approve:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'report:create:global';
DELETE FROM "rbac"."permissions" WHERE "code" = 'report:read:global';
DELETE FROM "rbac"."permissions" WHERE "code" = 'report:read:project';
DELETE FROM "rbac"."permissions" WHERE "code" = 'report:approve:global';

-- [270/428] drop index workspaces_custom_fields_idx on tenant.workspaces (schemas/tenant.yaml:63:63)
DROP INDEX "tenant"."workspaces_custom_fields_idx";

-- [271/428] drop index workspaces_organization_id_slug_key on tenant.workspaces (schemas/tenant.yaml:74:16)
DROP INDEX "tenant"."workspaces_organization_id_slug_key";

-- [272/428] drop index workspaces_organization_id_idx on tenant.workspaces (schemas/tenant.yaml:63:23)
DROP INDEX "tenant"."workspaces_organization_id_idx";

-- [273/428] drop index users_status_last_sign_in_at_idx on tenant.users (schemas/tenant.yaml:60:16)
DROP INDEX "tenant"."users_status_last_sign_in_at_idx";

-- [274/428] drop index organizations_status_idx on tenant.organizations (schemas/tenant.yaml:41:16)
DROP INDEX "tenant"."organizations_status_idx";

-- [275/428] drop index organization_members_organization_id_role_idx on tenant.organization_members (schemas/tenant.yaml:101:16)
DROP INDEX "tenant"."organization_members_organization_id_role_idx";

-- [276/428] drop index organization_members_user_id_idx on tenant.organization_members (schemas/tenant.yaml:100:9)
DROP INDEX "tenant"."organization_members_user_id_idx";

-- [277/428] drop index organization_members_organization_id_idx on tenant.organization_members (schemas/tenant.yaml:78:23)
DROP INDEX "tenant"."organization_members_organization_id_idx";

-- [278/428] drop index stores_organization_id_code_key on ret.stores (schemas/retail.yaml:30:16)
DROP INDEX "ret"."stores_organization_id_code_key";

-- [279/428] drop index stores_organization_id_idx on ret.stores (schemas/retail.yaml:18:23)
DROP INDEX "ret"."stores_organization_id_idx";

-- [280/428] drop index products_search_vector_idx on ret.products (schemas/retail.yaml:40:9)
DROP INDEX "ret"."products_search_vector_idx";

-- [281/428] drop index products_custom_fields_idx on ret.products (schemas/retail.yaml:39:9)
DROP INDEX "ret"."products_custom_fields_idx";

-- [282/428] drop index products_attributes_idx on ret.products (schemas/retail.yaml:67:16)
DROP INDEX "ret"."products_attributes_idx";

-- [283/428] drop index products_barcode_idx on ret.products (schemas/retail.yaml:65:16)
DROP INDEX "ret"."products_barcode_idx";

-- [284/428] drop index products_organization_id_category_idx on ret.products (schemas/retail.yaml:64:16)
DROP INDEX "ret"."products_organization_id_category_idx";

-- [285/428] drop index products_organization_id_sku_key on ret.products (schemas/retail.yaml:62:16)
DROP INDEX "ret"."products_organization_id_sku_key";

-- [286/428] drop index products_organization_id_idx on ret.products (schemas/retail.yaml:36:9)
DROP INDEX "ret"."products_organization_id_idx";

-- [287/428] drop index orders_store_id_placed_at_idx on ret.orders (schemas/retail.yaml:121:16)
DROP INDEX "ret"."orders_store_id_placed_at_idx";

-- [288/428] drop index orders_customer_id_placed_at_idx on ret.orders (schemas/retail.yaml:119:16)
DROP INDEX "ret"."orders_customer_id_placed_at_idx";

-- [289/428] drop index orders_organization_id_status_placed_at_idx on ret.orders (schemas/retail.yaml:118:16)
DROP INDEX "ret"."orders_organization_id_status_placed_at_idx";

-- [290/428] drop index orders_organization_id_idx on ret.orders (schemas/retail.yaml:87:23)
DROP INDEX "ret"."orders_organization_id_idx";

-- [291/428] drop index order_items_product_id_idx on ret.order_items (schemas/retail.yaml:146:9)
DROP INDEX "ret"."order_items_product_id_idx";

-- [292/428] drop index order_items_order_id_idx on ret.order_items (schemas/retail.yaml:145:9)
DROP INDEX "ret"."order_items_order_id_idx";

-- [293/428] drop index order_items_organization_id_idx on ret.order_items (schemas/retail.yaml:125:23)
DROP INDEX "ret"."order_items_organization_id_idx";

-- [294/428] drop index inventory_movements_occurred_at_brin on ret.inventory_movements (schemas/retail.yaml:218:16)
DROP INDEX "ret"."inventory_movements_occurred_at_brin";

-- [295/428] drop index inventory_movements_store_id_occurred_at_idx on ret.inventory_movements (schemas/retail.yaml:217:16)
DROP INDEX "ret"."inventory_movements_store_id_occurred_at_idx";

-- [296/428] drop index inventory_movements_product_id_occurred_at_idx on ret.inventory_movements (schemas/retail.yaml:216:16)
DROP INDEX "ret"."inventory_movements_product_id_occurred_at_idx";

-- [297/428] drop index inventory_movements_organization_id_idx on ret.inventory_movements (schemas/retail.yaml:174:14)
DROP INDEX "ret"."inventory_movements_organization_id_idx";

-- [298/428] drop index inventory_levels_needs_reorder_idx on ret.inventory_levels (schemas/retail.yaml:169:16)
DROP INDEX "ret"."inventory_levels_needs_reorder_idx";

-- [299/428] drop index inventory_levels_product_id_idx on ret.inventory_levels (schemas/retail.yaml:168:9)
DROP INDEX "ret"."inventory_levels_product_id_idx";

-- [300/428] drop index inventory_levels_organization_id_idx on ret.inventory_levels (schemas/retail.yaml:149:14)
DROP INDEX "ret"."inventory_levels_organization_id_idx";

-- [301/428] drop index customers_organization_id_last_name_first_name_idx on ret.customers (schemas/retail.yaml:84:16)
DROP INDEX "ret"."customers_organization_id_last_name_first_name_idx";

-- [302/428] drop index customers_organization_id_email_key on ret.customers (schemas/retail.yaml:81:16)
DROP INDEX "ret"."customers_organization_id_email_key";

-- [303/428] drop index customers_organization_id_idx on ret.customers (schemas/retail.yaml:71:23)
DROP INDEX "ret"."customers_organization_id_idx";

-- [304/428] drop index audit_log_table_name_changed_at_idx on ret.audit_log (schemas/retail.yaml:87:50)
DROP INDEX "ret"."audit_log_table_name_changed_at_idx";

-- [305/428] drop index reservations_table_id_starts_at_idx on rest.reservations (schemas/restaurant.yaml:102:16)
DROP INDEX "rest"."reservations_table_id_starts_at_idx";

-- [306/428] drop index reservations_organization_id_starts_at_idx on rest.reservations (schemas/restaurant.yaml:101:16)
DROP INDEX "rest"."reservations_organization_id_starts_at_idx";

-- [307/428] drop index reservations_organization_id_idx on rest.reservations (schemas/restaurant.yaml:82:23)
DROP INDEX "rest"."reservations_organization_id_idx";

-- [308/428] drop index menus_organization_id_name_key on rest.menus (schemas/restaurant.yaml:30:16)
DROP INDEX "rest"."menus_organization_id_name_key";

-- [309/428] drop index menus_organization_id_idx on rest.menus (schemas/restaurant.yaml:19:23)
DROP INDEX "rest"."menus_organization_id_idx";

-- [310/428] drop index menu_items_search_vector_idx on rest.menu_items (schemas/restaurant.yaml:40:9)
DROP INDEX "rest"."menu_items_search_vector_idx";

-- [311/428] drop index menu_items_custom_fields_idx on rest.menu_items (schemas/restaurant.yaml:39:9)
DROP INDEX "rest"."menu_items_custom_fields_idx";

-- [312/428] drop index menu_items_dietary_flags_idx on rest.menu_items (schemas/restaurant.yaml:67:16)
DROP INDEX "rest"."menu_items_dietary_flags_idx";

-- [313/428] drop index menu_items_allergens_idx on rest.menu_items (schemas/restaurant.yaml:65:16)
DROP INDEX "rest"."menu_items_allergens_idx";

-- [314/428] drop index menu_items_menu_id_course_idx on rest.menu_items (schemas/restaurant.yaml:64:16)
DROP INDEX "rest"."menu_items_menu_id_course_idx";

-- [315/428] drop index menu_items_organization_id_idx on rest.menu_items (schemas/restaurant.yaml:36:9)
DROP INDEX "rest"."menu_items_organization_id_idx";

-- [316/428] drop index kitchen_tickets_organization_id_status_fired_at_idx on rest.kitchen_tickets (schemas/restaurant.yaml:128:16)
DROP INDEX "rest"."kitchen_tickets_organization_id_status_fired_at_idx";

-- [317/428] drop index kitchen_tickets_organization_id_idx on rest.kitchen_tickets (schemas/restaurant.yaml:106:23)
DROP INDEX "rest"."kitchen_tickets_organization_id_idx";

-- [318/428] drop index kitchen_ticket_items_menu_item_id_idx on rest.kitchen_ticket_items (schemas/restaurant.yaml:154:9)
DROP INDEX "rest"."kitchen_ticket_items_menu_item_id_idx";

-- [319/428] drop index kitchen_ticket_items_ticket_id_idx on rest.kitchen_ticket_items (schemas/restaurant.yaml:153:9)
DROP INDEX "rest"."kitchen_ticket_items_ticket_id_idx";

-- [320/428] drop index kitchen_ticket_items_organization_id_idx on rest.kitchen_ticket_items (schemas/restaurant.yaml:132:23)
DROP INDEX "rest"."kitchen_ticket_items_organization_id_idx";

-- [321/428] drop index dining_tables_organization_id_idx on rest.dining_tables (schemas/restaurant.yaml:71:23)
DROP INDEX "rest"."dining_tables_organization_id_idx";

-- [322/428] drop index roles_organization_id_idx on rbac.roles (schemas/rbac.yaml:72:23)
DROP INDEX "rbac"."roles_organization_id_idx";

-- [323/428] drop index role_permissions_permission_code_idx on rbac.role_permissions (schemas/rbac.yaml:104:9)
DROP INDEX "rbac"."role_permissions_permission_code_idx";

-- [324/428] drop index role_permissions_organization_id_idx on rbac.role_permissions (schemas/rbac.yaml:88:14)
DROP INDEX "rbac"."role_permissions_organization_id_idx";

-- [325/428] drop index role_assignments_project_id_idx on rbac.role_assignments (schemas/rbac.yaml:135:16)
DROP INDEX "rbac"."role_assignments_project_id_idx";

-- [326/428] drop index role_assignments_role_id_idx on rbac.role_assignments (schemas/rbac.yaml:134:9)
DROP INDEX "rbac"."role_assignments_role_id_idx";

-- [327/428] drop index role_assignments_organization_id_member_id_idx on rbac.role_assignments (schemas/rbac.yaml:133:9)
DROP INDEX "rbac"."role_assignments_organization_id_member_id_idx";

-- [328/428] drop index role_assignments_organization_id_idx on rbac.role_assignments (schemas/rbac.yaml:107:23)
DROP INDEX "rbac"."role_assignments_organization_id_idx";

-- [329/428] drop index work_orders_search_vector_idx on hs.work_orders (schemas/home_services.yaml:104:9)
DROP INDEX "hs"."work_orders_search_vector_idx";

-- [330/428] drop index work_orders_details_idx on hs.work_orders (schemas/home_services.yaml:143:16)
DROP INDEX "hs"."work_orders_details_idx";

-- [331/428] drop index work_orders_customer_id_requested_at_idx on hs.work_orders (schemas/home_services.yaml:142:16)
DROP INDEX "hs"."work_orders_customer_id_requested_at_idx";

-- [332/428] drop index work_orders_assigned_technician_id_scheduled_for_idx on hs.work_orders (schemas/home_services.yaml:140:16)
DROP INDEX "hs"."work_orders_assigned_technician_id_scheduled_for_idx";

-- [333/428] drop index work_orders_organization_id_status_scheduled_for_idx on hs.work_orders (schemas/home_services.yaml:139:16)
DROP INDEX "hs"."work_orders_organization_id_status_scheduled_for_idx";

-- [334/428] drop index work_orders_organization_id_idx on hs.work_orders (schemas/home_services.yaml:101:9)
DROP INDEX "hs"."work_orders_organization_id_idx";

-- [335/428] drop index technicians_member_id_idx on hs.technicians (schemas/home_services.yaml:73:16)
DROP INDEX "hs"."technicians_member_id_idx";

-- [336/428] drop index technicians_organization_id_last_name_first_name_idx on hs.technicians (schemas/home_services.yaml:72:16)
DROP INDEX "hs"."technicians_organization_id_last_name_first_name_idx";

-- [337/428] drop index technicians_skills_idx on hs.technicians (schemas/home_services.yaml:70:16)
DROP INDEX "hs"."technicians_skills_idx";

-- [338/428] drop index technicians_organization_id_idx on hs.technicians (schemas/home_services.yaml:46:23)
DROP INDEX "hs"."technicians_organization_id_idx";

-- [339/428] drop index service_areas_postal_codes_idx on hs.service_areas (schemas/home_services.yaml:42:16)
DROP INDEX "hs"."service_areas_postal_codes_idx";

-- [340/428] drop index service_areas_organization_id_idx on hs.service_areas (schemas/home_services.yaml:32:23)
DROP INDEX "hs"."service_areas_organization_id_idx";

-- [341/428] drop index invoices_organization_id_due_on_idx on hs.invoices (schemas/home_services.yaml:206:16)
DROP INDEX "hs"."invoices_organization_id_due_on_idx";

-- [342/428] drop index invoices_work_order_id_idx on hs.invoices (schemas/home_services.yaml:205:9)
DROP INDEX "hs"."invoices_work_order_id_idx";

-- [343/428] drop index invoices_organization_id_idx on hs.invoices (schemas/home_services.yaml:180:23)
DROP INDEX "hs"."invoices_organization_id_idx";

-- [344/428] drop index invoice_lines_organization_id_idx on hs.invoice_lines (schemas/home_services.yaml:210:23)
DROP INDEX "hs"."invoice_lines_organization_id_idx";

-- [345/428] drop index customers_custom_fields_idx on hs.customers (schemas/home_services.yaml:77:63)
DROP INDEX "hs"."customers_custom_fields_idx";

-- [346/428] drop index customers_organization_id_email_idx on hs.customers (schemas/home_services.yaml:95:16)
DROP INDEX "hs"."customers_organization_id_email_idx";

-- [347/428] drop index customers_organization_id_postal_code_idx on hs.customers (schemas/home_services.yaml:94:16)
DROP INDEX "hs"."customers_organization_id_postal_code_idx";

-- [348/428] drop index customers_organization_id_idx on hs.customers (schemas/home_services.yaml:77:23)
DROP INDEX "hs"."customers_organization_id_idx";

-- [349/428] drop index audit_trail_table_name_changed_at_idx on hs.audit_trail (schemas/home_services.yaml:103:9)
DROP INDEX "hs"."audit_trail_table_name_changed_at_idx";

-- [350/428] drop index appointments_organization_id_starts_at_idx on hs.appointments (schemas/home_services.yaml:176:16)
DROP INDEX "hs"."appointments_organization_id_starts_at_idx";

-- [351/428] drop index appointments_work_order_id_idx on hs.appointments (schemas/home_services.yaml:175:9)
DROP INDEX "hs"."appointments_work_order_id_idx";

-- [352/428] drop index appointments_technician_id_starts_at_idx on hs.appointments (schemas/home_services.yaml:174:16)
DROP INDEX "hs"."appointments_technician_id_starts_at_idx";

-- [353/428] drop index appointments_organization_id_idx on hs.appointments (schemas/home_services.yaml:154:23)
DROP INDEX "hs"."appointments_organization_id_idx";

-- [354/428] drop table tenant.workspaces (schemas/tenant.yaml:62:3)
DROP TABLE "tenant"."workspaces";

-- [355/428] drop table tenant.users (schemas/tenant.yaml:44:3)
DROP TABLE "tenant"."users";

-- [356/428] drop table tenant.organizations (schemas/tenant.yaml:19:3)
DROP TABLE "tenant"."organizations";

-- [357/428] drop table tenant.organization_members (schemas/tenant.yaml:77:3)
DROP TABLE "tenant"."organization_members";

-- [358/428] drop table ret.stores (schemas/retail.yaml:17:3)
DROP TABLE "ret"."stores";

-- [359/428] drop table ret.products (schemas/retail.yaml:33:3)
DROP TABLE "ret"."products";

-- [360/428] drop table ret.orders (schemas/retail.yaml:86:3)
DROP TABLE "ret"."orders";

-- [361/428] drop table ret.order_items (schemas/retail.yaml:124:3)
DROP TABLE "ret"."order_items";

-- [362/428] drop table ret.inventory_movements (schemas/retail.yaml:173:3)
DROP TABLE "ret"."inventory_movements";

-- [363/428] drop table ret.inventory_levels (schemas/retail.yaml:148:3)
DROP TABLE "ret"."inventory_levels";

-- [364/428] drop table ret.customers (schemas/retail.yaml:70:3)
DROP TABLE "ret"."customers";

-- [365/428] drop table ret.audit_log (schemas/retail.yaml:87:50)
DROP TABLE "ret"."audit_log";

-- [366/428] drop table rest.reservations (schemas/restaurant.yaml:81:3)
DROP TABLE "rest"."reservations";

-- [367/428] drop table rest.menus (schemas/restaurant.yaml:18:3)
DROP TABLE "rest"."menus";

-- [368/428] drop table rest.menu_items (schemas/restaurant.yaml:33:3)
DROP TABLE "rest"."menu_items";

-- [369/428] drop table rest.kitchen_tickets (schemas/restaurant.yaml:105:3)
DROP TABLE "rest"."kitchen_tickets";

-- [370/428] drop table rest.kitchen_ticket_items (schemas/restaurant.yaml:131:3)
DROP TABLE "rest"."kitchen_ticket_items";

-- [371/428] drop table rest.dining_tables (schemas/restaurant.yaml:70:3)
DROP TABLE "rest"."dining_tables";

-- [372/428] drop table rbac.roles (schemas/rbac.yaml:71:3)
DROP TABLE "rbac"."roles";

-- [373/428] drop table rbac.role_permissions (schemas/rbac.yaml:87:3)
DROP TABLE "rbac"."role_permissions";

-- [374/428] drop table rbac.role_assignments (schemas/rbac.yaml:106:3)
DROP TABLE "rbac"."role_assignments";

-- [375/428] drop table rbac.permissions (schemas/rbac.yaml:33:3)
DROP TABLE "rbac"."permissions";

-- [376/428] drop table hs.work_orders (schemas/home_services.yaml:98:3)
DROP TABLE "hs"."work_orders";

-- [377/428] drop table hs.technicians (schemas/home_services.yaml:45:3)
DROP TABLE "hs"."technicians";

-- [378/428] drop table hs.service_areas (schemas/home_services.yaml:31:3)
DROP TABLE "hs"."service_areas";

-- [379/428] drop table hs.invoices (schemas/home_services.yaml:179:3)
DROP TABLE "hs"."invoices";

-- [380/428] drop table hs.invoice_lines (schemas/home_services.yaml:209:3)
DROP TABLE "hs"."invoice_lines";

-- [381/428] drop table hs.customers (schemas/home_services.yaml:76:3)
DROP TABLE "hs"."customers";

-- [382/428] drop table hs.audit_trail (schemas/home_services.yaml:103:9)
DROP TABLE "hs"."audit_trail";

-- [383/428] drop table hs.appointments (schemas/home_services.yaml:153:3)
DROP TABLE "hs"."appointments";

-- [384/428] drop function tenant.set_updated_at() (schemas/tenant.yaml:20:23)
DROP FUNCTION "tenant"."set_updated_at"();

-- [385/428] drop function ret.set_updated_at() (schemas/retail.yaml:18:38)
DROP FUNCTION "ret"."set_updated_at"();

-- [386/428] drop function ret.products_search_vector() (schemas/retail.yaml:40:9)
DROP FUNCTION "ret"."products_search_vector"();

-- [387/428] drop function ret.order_totals_from_items(p_order_id uuid) (schemas/retail.yaml:277:3)
DROP FUNCTION "ret"."order_totals_from_items"(p_order_id uuid);

-- [388/428] drop function ret.audit_row() (schemas/retail.yaml:87:50)
DROP FUNCTION "ret"."audit_row"();

-- [389/428] drop function ret.apply_inventory_movement() (schemas/retail.yaml:264:3)
DROP FUNCTION "ret"."apply_inventory_movement"();

-- [390/428] drop function rest.ticket_total(p_ticket_id uuid) (schemas/restaurant.yaml:157:3)
DROP FUNCTION "rest"."ticket_total"(p_ticket_id uuid);

-- [391/428] drop function rest.set_updated_at() (schemas/restaurant.yaml:19:38)
DROP FUNCTION "rest"."set_updated_at"();

-- [392/428] drop function rest.menu_items_search_vector() (schemas/restaurant.yaml:40:9)
DROP FUNCTION "rest"."menu_items_search_vector"();

-- [393/428] drop function rbac.set_updated_at() (schemas/rbac.yaml:72:38)
DROP FUNCTION "rbac"."set_updated_at"();

-- [394/428] drop function rbac.has_permission(p_user_id uuid, p_permission text, p_project_id uuid) (schemas/rbac.yaml:163:3)
DROP FUNCTION "rbac"."has_permission"(p_user_id uuid, p_permission text, p_project_id uuid);

-- [395/428] drop function hs.work_orders_search_vector() (schemas/home_services.yaml:104:9)
DROP FUNCTION "hs"."work_orders_search_vector"();

-- [396/428] drop function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) (schemas/home_services.yaml:254:3)
DROP FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status);

-- [397/428] drop function hs.verify_audit_chain() (schemas/home_services.yaml:103:9)
DROP FUNCTION "hs"."verify_audit_chain"();

-- [398/428] drop function hs.set_updated_at() (schemas/home_services.yaml:32:38)
DROP FUNCTION "hs"."set_updated_at"();

-- [399/428] drop function hs.enforce_work_order_transition() (schemas/home_services.yaml:276:3)
DROP FUNCTION "hs"."enforce_work_order_transition"();

-- [400/428] drop function hs.audit_trail_immutable() (schemas/home_services.yaml:103:9)
DROP FUNCTION "hs"."audit_trail_immutable"();

-- [401/428] drop function hs.audit_chain_row() (schemas/home_services.yaml:103:9)
DROP FUNCTION "hs"."audit_chain_row"();

-- [402/428] drop enum tenant.user_status (schemas/tenant.yaml:12:3)
DROP TYPE "tenant"."user_status";

-- [403/428] drop enum tenant.organization_status (schemas/tenant.yaml:9:3)
DROP TYPE "tenant"."organization_status";

-- [404/428] drop enum tenant.membership_status (schemas/tenant.yaml:16:3)
DROP TYPE "tenant"."membership_status";

-- [405/428] drop enum tenant.member_role (schemas/tenant.yaml:13:3)
DROP TYPE "tenant"."member_role";

-- [406/428] drop enum ret.sales_channel (schemas/retail.yaml:10:3)
DROP TYPE "ret"."sales_channel";

-- [407/428] drop enum ret.order_status (schemas/retail.yaml:11:3)
DROP TYPE "ret"."order_status";

-- [408/428] drop enum ret.movement_reason (schemas/retail.yaml:12:3)
DROP TYPE "ret"."movement_reason";

-- [409/428] drop enum rest.ticket_status (schemas/restaurant.yaml:13:3)
DROP TYPE "rest"."ticket_status";

-- [410/428] drop enum rest.table_status (schemas/restaurant.yaml:11:3)
DROP TYPE "rest"."table_status";

-- [411/428] drop enum rest.reservation_status (schemas/restaurant.yaml:12:3)
DROP TYPE "rest"."reservation_status";

-- [412/428] drop enum rest.menu_course (schemas/restaurant.yaml:10:3)
DROP TYPE "rest"."menu_course";

-- [413/428] drop enum rbac.permission_scope (schemas/rbac.yaml:12:3)
DROP TYPE "rbac"."permission_scope";

-- [414/428] drop enum rbac.permission_resource (schemas/rbac.yaml:10:3)
DROP TYPE "rbac"."permission_resource";

-- [415/428] drop enum rbac.permission_action (schemas/rbac.yaml:11:3)
DROP TYPE "rbac"."permission_action";

-- [416/428] drop enum hs.work_order_status (schemas/home_services.yaml:11:3)
DROP TYPE "hs"."work_order_status";

-- [417/428] drop enum hs.work_order_priority (schemas/home_services.yaml:26:3)
DROP TYPE "hs"."work_order_priority";

-- [418/428] drop enum hs.invoice_status (schemas/home_services.yaml:28:3)
DROP TYPE "hs"."invoice_status";

-- [419/428] drop enum hs.appointment_status (schemas/home_services.yaml:27:3)
DROP TYPE "hs"."appointment_status";

-- [420/428] drop schema tenant (schemas/tenant.yaml:5:9)
DROP SCHEMA "tenant";

-- [421/428] drop schema ret (schemas/retail.yaml:5:9)
DROP SCHEMA "ret";

-- [422/428] drop schema rest (schemas/restaurant.yaml:5:9)
DROP SCHEMA "rest";

-- [423/428] drop schema rbac (schemas/rbac.yaml:6:9)
DROP SCHEMA "rbac";

-- [424/428] drop schema hs (schemas/home_services.yaml:6:9)
DROP SCHEMA "hs";

-- [425/428] drop role super_admin (schemas/rbac.yaml:27:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "super_admin";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'super_admin';
END
$provision$;

-- [426/428] drop role readonly_user (schemas/rbac.yaml:22:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "readonly_user";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'readonly_user';
END
$provision$;

-- [427/428] drop role application_user (schemas/rbac.yaml:18:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "application_user";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'application_user';
END
$provision$;

-- [428/428] drop extension citext (schemas/tenant.yaml:6:14)
DROP EXTENSION IF EXISTS "citext";
