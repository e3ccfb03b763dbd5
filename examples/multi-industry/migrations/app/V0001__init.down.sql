-- provision migration V0001 (down) for database app: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/879] revoke grant USAGE on type user_mgmt.user_status to multi_readonly
REVOKE USAGE ON TYPE "user_mgmt"."user_status" FROM "multi_readonly";

-- [2/879] revoke grant USAGE on type user_mgmt.auth_method to multi_readonly
REVOKE USAGE ON TYPE "user_mgmt"."auth_method" FROM "multi_readonly";

-- [3/879] revoke grant USAGE on type tenant_mgmt.vertical to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."vertical" FROM "multi_readonly";

-- [4/879] revoke grant USAGE on type tenant_mgmt.usage_metric to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."usage_metric" FROM "multi_readonly";

-- [5/879] revoke grant USAGE on type tenant_mgmt.subscription_status to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."subscription_status" FROM "multi_readonly";

-- [6/879] revoke grant USAGE on type tenant_mgmt.business_status to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."business_status" FROM "multi_readonly";

-- [7/879] revoke grant USAGE on type tenant_mgmt.billing_interval to multi_readonly
REVOKE USAGE ON TYPE "tenant_mgmt"."billing_interval" FROM "multi_readonly";

-- [8/879] revoke grant USAGE on type system_core.scan_status to multi_readonly
REVOKE USAGE ON TYPE "system_core"."scan_status" FROM "multi_readonly";

-- [9/879] revoke grant USAGE on type system_core.notification_status to multi_readonly
REVOKE USAGE ON TYPE "system_core"."notification_status" FROM "multi_readonly";

-- [10/879] revoke grant USAGE on type system_core.notification_channel to multi_readonly
REVOKE USAGE ON TYPE "system_core"."notification_channel" FROM "multi_readonly";

-- [11/879] revoke grant USAGE on type security_mgmt.vulnerability_status to multi_readonly
REVOKE USAGE ON TYPE "security_mgmt"."vulnerability_status" FROM "multi_readonly";

-- [12/879] revoke grant USAGE on type security_mgmt.severity to multi_readonly
REVOKE USAGE ON TYPE "security_mgmt"."severity" FROM "multi_readonly";

-- [13/879] revoke grant USAGE on type security_mgmt.security_event_type to multi_readonly
REVOKE USAGE ON TYPE "security_mgmt"."security_event_type" FROM "multi_readonly";

-- [14/879] revoke grant USAGE on type security_mgmt.nist_function to multi_readonly
REVOKE USAGE ON TYPE "security_mgmt"."nist_function" FROM "multi_readonly";

-- [15/879] revoke grant USAGE on type security_mgmt.incident_status to multi_readonly
REVOKE USAGE ON TYPE "security_mgmt"."incident_status" FROM "multi_readonly";

-- [16/879] revoke grant USAGE on type security_mgmt.control_status to multi_readonly
REVOKE USAGE ON TYPE "security_mgmt"."control_status" FROM "multi_readonly";

-- [17/879] revoke grant USAGE on type ret.sales_channel to multi_readonly
REVOKE USAGE ON TYPE "ret"."sales_channel" FROM "multi_readonly";

-- [18/879] revoke grant USAGE on type ret.sale_status to multi_readonly
REVOKE USAGE ON TYPE "ret"."sale_status" FROM "multi_readonly";

-- [19/879] revoke grant USAGE on type ret.loyalty_tier to multi_readonly
REVOKE USAGE ON TYPE "ret"."loyalty_tier" FROM "multi_readonly";

-- [20/879] revoke grant USAGE on type ret.location_type to multi_readonly
REVOKE USAGE ON TYPE "ret"."location_type" FROM "multi_readonly";

-- [21/879] revoke grant USAGE on type rest.prep_station to multi_readonly
REVOKE USAGE ON TYPE "rest"."prep_station" FROM "multi_readonly";

-- [22/879] revoke grant USAGE on type rest.order_type to multi_readonly
REVOKE USAGE ON TYPE "rest"."order_type" FROM "multi_readonly";

-- [23/879] revoke grant USAGE on type rest.order_status to multi_readonly
REVOKE USAGE ON TYPE "rest"."order_status" FROM "multi_readonly";

-- [24/879] revoke grant USAGE on type rest.menu_category to multi_readonly
REVOKE USAGE ON TYPE "rest"."menu_category" FROM "multi_readonly";

-- [25/879] revoke grant USAGE on type rest.kds_status to multi_readonly
REVOKE USAGE ON TYPE "rest"."kds_status" FROM "multi_readonly";

-- [26/879] revoke grant USAGE on type rest.haccp_point to multi_readonly
REVOKE USAGE ON TYPE "rest"."haccp_point" FROM "multi_readonly";

-- [27/879] revoke grant USAGE on type rest.delivery_provider to multi_readonly
REVOKE USAGE ON TYPE "rest"."delivery_provider" FROM "multi_readonly";

-- [28/879] revoke grant USAGE on type payroll.pay_type to multi_readonly
REVOKE USAGE ON TYPE "payroll"."pay_type" FROM "multi_readonly";

-- [29/879] revoke grant USAGE on type payroll.pay_run_status to multi_readonly
REVOKE USAGE ON TYPE "payroll"."pay_run_status" FROM "multi_readonly";

-- [30/879] revoke grant USAGE on type payroll.pay_frequency to multi_readonly
REVOKE USAGE ON TYPE "payroll"."pay_frequency" FROM "multi_readonly";

-- [31/879] revoke grant USAGE on type hs.work_priority to multi_readonly
REVOKE USAGE ON TYPE "hs"."work_priority" FROM "multi_readonly";

-- [32/879] revoke grant USAGE on type hs.work_order_status to multi_readonly
REVOKE USAGE ON TYPE "hs"."work_order_status" FROM "multi_readonly";

-- [33/879] revoke grant USAGE on type hs.property_type to multi_readonly
REVOKE USAGE ON TYPE "hs"."property_type" FROM "multi_readonly";

-- [34/879] revoke grant USAGE on type hs.customer_type to multi_readonly
REVOKE USAGE ON TYPE "hs"."customer_type" FROM "multi_readonly";

-- [35/879] revoke grant USAGE on type courses.lesson_kind to multi_readonly
REVOKE USAGE ON TYPE "courses"."lesson_kind" FROM "multi_readonly";

-- [36/879] revoke grant USAGE on type courses.enrollment_status to multi_readonly
REVOKE USAGE ON TYPE "courses"."enrollment_status" FROM "multi_readonly";

-- [37/879] revoke grant USAGE on type courses.course_status to multi_readonly
REVOKE USAGE ON TYPE "courses"."course_status" FROM "multi_readonly";

-- [38/879] revoke grant USAGE on type courses.course_level to multi_readonly
REVOKE USAGE ON TYPE "courses"."course_level" FROM "multi_readonly";

-- [39/879] revoke grant USAGE on type auto.repair_order_status to multi_readonly
REVOKE USAGE ON TYPE "auto"."repair_order_status" FROM "multi_readonly";

-- [40/879] revoke grant USAGE on type auto.powertrain to multi_readonly
REVOKE USAGE ON TYPE "auto"."powertrain" FROM "multi_readonly";

-- [41/879] revoke grant USAGE on type auto.line_type to multi_readonly
REVOKE USAGE ON TYPE "auto"."line_type" FROM "multi_readonly";

-- [42/879] revoke grant SELECT on table user_mgmt.users to multi_readonly
REVOKE SELECT ON TABLE "user_mgmt"."users" FROM "multi_readonly";

-- [43/879] revoke grant SELECT on table user_mgmt.user_roles to multi_readonly
REVOKE SELECT ON TABLE "user_mgmt"."user_roles" FROM "multi_readonly";

-- [44/879] revoke grant SELECT on table user_mgmt.roles to multi_readonly
REVOKE SELECT ON TABLE "user_mgmt"."roles" FROM "multi_readonly";

-- [45/879] revoke grant SELECT on table user_mgmt.role_permissions to multi_readonly
REVOKE SELECT ON TABLE "user_mgmt"."role_permissions" FROM "multi_readonly";

-- [46/879] revoke grant SELECT on table user_mgmt.permissions to multi_readonly
REVOKE SELECT ON TABLE "user_mgmt"."permissions" FROM "multi_readonly";

-- [47/879] revoke grant SELECT on table user_mgmt.effective_permissions to multi_readonly
REVOKE SELECT ON TABLE "user_mgmt"."effective_permissions" FROM "multi_readonly";

-- [48/879] revoke grant SELECT on table tenant_mgmt.usage_records to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."usage_records" FROM "multi_readonly";

-- [49/879] revoke grant SELECT on table tenant_mgmt.subscriptions to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."subscriptions" FROM "multi_readonly";

-- [50/879] revoke grant SELECT on table tenant_mgmt.subscription_plans to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."subscription_plans" FROM "multi_readonly";

-- [51/879] revoke grant SELECT on table tenant_mgmt.businesses to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."businesses" FROM "multi_readonly";

-- [52/879] revoke grant SELECT on table tenant_mgmt.business_verticals to multi_readonly
REVOKE SELECT ON TABLE "tenant_mgmt"."business_verticals" FROM "multi_readonly";

-- [53/879] revoke grant SELECT on table system_core.tags to multi_readonly
REVOKE SELECT ON TABLE "system_core"."tags" FROM "multi_readonly";

-- [54/879] revoke grant SELECT on table system_core.notifications to multi_readonly
REVOKE SELECT ON TABLE "system_core"."notifications" FROM "multi_readonly";

-- [55/879] revoke grant SELECT on table system_core.files to multi_readonly
REVOKE SELECT ON TABLE "system_core"."files" FROM "multi_readonly";

-- [56/879] revoke grant SELECT on table system_core.entity_tags to multi_readonly
REVOKE SELECT ON TABLE "system_core"."entity_tags" FROM "multi_readonly";

-- [57/879] revoke grant SELECT on table system_core.comments to multi_readonly
REVOKE SELECT ON TABLE "system_core"."comments" FROM "multi_readonly";

-- [58/879] revoke grant SELECT on table system_core.activity_events to multi_readonly
REVOKE SELECT ON TABLE "system_core"."activity_events" FROM "multi_readonly";

-- [59/879] revoke grant SELECT on table security_mgmt.vulnerabilities to multi_readonly
REVOKE SELECT ON TABLE "security_mgmt"."vulnerabilities" FROM "multi_readonly";

-- [60/879] revoke grant SELECT on table security_mgmt.security_incidents to multi_readonly
REVOKE SELECT ON TABLE "security_mgmt"."security_incidents" FROM "multi_readonly";

-- [61/879] revoke grant SELECT on table security_mgmt.compliance_frameworks to multi_readonly
REVOKE SELECT ON TABLE "security_mgmt"."compliance_frameworks" FROM "multi_readonly";

-- [62/879] revoke grant SELECT on table security_mgmt.compliance_controls to multi_readonly
REVOKE SELECT ON TABLE "security_mgmt"."compliance_controls" FROM "multi_readonly";

-- [63/879] revoke grant SELECT on table ret.tenant_daily_sales to multi_readonly
REVOKE SELECT ON TABLE "ret"."tenant_daily_sales" FROM "multi_readonly";

-- [64/879] revoke grant SELECT on table ret.products to multi_readonly
REVOKE SELECT ON TABLE "ret"."products" FROM "multi_readonly";

-- [65/879] revoke grant SELECT on table ret.orders to multi_readonly
REVOKE SELECT ON TABLE "ret"."orders" FROM "multi_readonly";

-- [66/879] revoke grant SELECT on table ret.order_lines to multi_readonly
REVOKE SELECT ON TABLE "ret"."order_lines" FROM "multi_readonly";

-- [67/879] revoke grant SELECT on table ret.loyalty_accounts to multi_readonly
REVOKE SELECT ON TABLE "ret"."loyalty_accounts" FROM "multi_readonly";

-- [68/879] revoke grant SELECT on table ret.locations to multi_readonly
REVOKE SELECT ON TABLE "ret"."locations" FROM "multi_readonly";

-- [69/879] revoke grant SELECT on table ret.inventory_levels to multi_readonly
REVOKE SELECT ON TABLE "ret"."inventory_levels" FROM "multi_readonly";

-- [70/879] revoke grant SELECT on table rest.orders to multi_readonly
REVOKE SELECT ON TABLE "rest"."orders" FROM "multi_readonly";

-- [71/879] revoke grant SELECT on table rest.order_items to multi_readonly
REVOKE SELECT ON TABLE "rest"."order_items" FROM "multi_readonly";

-- [72/879] revoke grant SELECT on table rest.menu_items to multi_readonly
REVOKE SELECT ON TABLE "rest"."menu_items" FROM "multi_readonly";

-- [73/879] revoke grant SELECT on table rest.kitchen_tickets to multi_readonly
REVOKE SELECT ON TABLE "rest"."kitchen_tickets" FROM "multi_readonly";

-- [74/879] revoke grant SELECT on table rest.haccp_logs to multi_readonly
REVOKE SELECT ON TABLE "rest"."haccp_logs" FROM "multi_readonly";

-- [75/879] revoke grant SELECT on table payroll.pay_runs to multi_readonly
REVOKE SELECT ON TABLE "payroll"."pay_runs" FROM "multi_readonly";

-- [76/879] revoke grant SELECT on table hs.work_orders to multi_readonly
REVOKE SELECT ON TABLE "hs"."work_orders" FROM "multi_readonly";

-- [77/879] revoke grant SELECT on table hs.technicians to multi_readonly
REVOKE SELECT ON TABLE "hs"."technicians" FROM "multi_readonly";

-- [78/879] revoke grant SELECT on table hs.quality_inspections to multi_readonly
REVOKE SELECT ON TABLE "hs"."quality_inspections" FROM "multi_readonly";

-- [79/879] revoke grant SELECT on table hs.properties to multi_readonly
REVOKE SELECT ON TABLE "hs"."properties" FROM "multi_readonly";

-- [80/879] revoke grant SELECT on table hs.customers to multi_readonly
REVOKE SELECT ON TABLE "hs"."customers" FROM "multi_readonly";

-- [81/879] revoke grant SELECT on table courses.lessons to multi_readonly
REVOKE SELECT ON TABLE "courses"."lessons" FROM "multi_readonly";

-- [82/879] revoke grant SELECT on table courses.enrollments to multi_readonly
REVOKE SELECT ON TABLE "courses"."enrollments" FROM "multi_readonly";

-- [83/879] revoke grant SELECT on table courses.courses to multi_readonly
REVOKE SELECT ON TABLE "courses"."courses" FROM "multi_readonly";

-- [84/879] revoke grant SELECT on table auto.vehicles to multi_readonly
REVOKE SELECT ON TABLE "auto"."vehicles" FROM "multi_readonly";

-- [85/879] revoke grant SELECT on table auto.repair_orders to multi_readonly
REVOKE SELECT ON TABLE "auto"."repair_orders" FROM "multi_readonly";

-- [86/879] revoke grant SELECT on table auto.repair_order_lines to multi_readonly
REVOKE SELECT ON TABLE "auto"."repair_order_lines" FROM "multi_readonly";

-- [87/879] revoke grant SELECT on table auto.parts to multi_readonly
REVOKE SELECT ON TABLE "auto"."parts" FROM "multi_readonly";

-- [88/879] revoke grant SELECT on table auto.diagnostic_scans to multi_readonly
REVOKE SELECT ON TABLE "auto"."diagnostic_scans" FROM "multi_readonly";

-- [89/879] revoke grant SELECT on table auto.customers to multi_readonly
REVOKE SELECT ON TABLE "auto"."customers" FROM "multi_readonly";

-- [90/879] revoke grant USAGE on schema user_mgmt to multi_readonly
REVOKE USAGE ON SCHEMA "user_mgmt" FROM "multi_readonly";

-- [91/879] revoke grant USAGE on schema tenant_mgmt to multi_readonly
REVOKE USAGE ON SCHEMA "tenant_mgmt" FROM "multi_readonly";

-- [92/879] revoke grant USAGE on schema system_core to multi_readonly
REVOKE USAGE ON SCHEMA "system_core" FROM "multi_readonly";

-- [93/879] revoke grant USAGE on schema security_mgmt to multi_readonly
REVOKE USAGE ON SCHEMA "security_mgmt" FROM "multi_readonly";

-- [94/879] revoke grant USAGE on schema ret to multi_readonly
REVOKE USAGE ON SCHEMA "ret" FROM "multi_readonly";

-- [95/879] revoke grant USAGE on schema rest to multi_readonly
REVOKE USAGE ON SCHEMA "rest" FROM "multi_readonly";

-- [96/879] revoke grant USAGE on schema payroll to multi_readonly
REVOKE USAGE ON SCHEMA "payroll" FROM "multi_readonly";

-- [97/879] revoke grant USAGE on schema hs to multi_readonly
REVOKE USAGE ON SCHEMA "hs" FROM "multi_readonly";

-- [98/879] revoke grant USAGE on schema courses to multi_readonly
REVOKE USAGE ON SCHEMA "courses" FROM "multi_readonly";

-- [99/879] revoke grant USAGE on schema auto to multi_readonly
REVOKE USAGE ON SCHEMA "auto" FROM "multi_readonly";

-- [100/879] revoke grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to multi_readonly
REVOKE EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) FROM "multi_readonly";

-- [101/879] revoke grant SELECT on table user_mgmt.users to multi_auditor
REVOKE SELECT ON TABLE "user_mgmt"."users" FROM "multi_auditor";

-- [102/879] revoke grant SELECT on table user_mgmt.user_sessions to multi_auditor
REVOKE SELECT ON TABLE "user_mgmt"."user_sessions" FROM "multi_auditor";

-- [103/879] revoke grant SELECT on table user_mgmt.user_roles to multi_auditor
REVOKE SELECT ON TABLE "user_mgmt"."user_roles" FROM "multi_auditor";

-- [104/879] revoke grant SELECT on table user_mgmt.user_identities to multi_auditor
REVOKE SELECT ON TABLE "user_mgmt"."user_identities" FROM "multi_auditor";

-- [105/879] revoke grant SELECT on table user_mgmt.roles to multi_auditor
REVOKE SELECT ON TABLE "user_mgmt"."roles" FROM "multi_auditor";

-- [106/879] revoke grant SELECT on table user_mgmt.role_permissions to multi_auditor
REVOKE SELECT ON TABLE "user_mgmt"."role_permissions" FROM "multi_auditor";

-- [107/879] revoke grant SELECT on table user_mgmt.permissions to multi_auditor
REVOKE SELECT ON TABLE "user_mgmt"."permissions" FROM "multi_auditor";

-- [108/879] revoke grant SELECT on table user_mgmt.effective_permissions to multi_auditor
REVOKE SELECT ON TABLE "user_mgmt"."effective_permissions" FROM "multi_auditor";

-- [109/879] revoke grant SELECT on table user_mgmt.audit_trail to multi_auditor
REVOKE SELECT ON TABLE "user_mgmt"."audit_trail" FROM "multi_auditor";

-- [110/879] revoke grant SELECT on table tenant_mgmt.usage_records to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."usage_records" FROM "multi_auditor";

-- [111/879] revoke grant SELECT on table tenant_mgmt.subscriptions to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."subscriptions" FROM "multi_auditor";

-- [112/879] revoke grant SELECT on table tenant_mgmt.subscription_plans to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."subscription_plans" FROM "multi_auditor";

-- [113/879] revoke grant SELECT on table tenant_mgmt.businesses to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."businesses" FROM "multi_auditor";

-- [114/879] revoke grant SELECT on table tenant_mgmt.business_verticals to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."business_verticals" FROM "multi_auditor";

-- [115/879] revoke grant SELECT on table tenant_mgmt.audit_trail to multi_auditor
REVOKE SELECT ON TABLE "tenant_mgmt"."audit_trail" FROM "multi_auditor";

-- [116/879] revoke grant SELECT on table system_core.tags to multi_auditor
REVOKE SELECT ON TABLE "system_core"."tags" FROM "multi_auditor";

-- [117/879] revoke grant SELECT on table system_core.notifications to multi_auditor
REVOKE SELECT ON TABLE "system_core"."notifications" FROM "multi_auditor";

-- [118/879] revoke grant SELECT on table system_core.files to multi_auditor
REVOKE SELECT ON TABLE "system_core"."files" FROM "multi_auditor";

-- [119/879] revoke grant SELECT on table system_core.entity_tags to multi_auditor
REVOKE SELECT ON TABLE "system_core"."entity_tags" FROM "multi_auditor";

-- [120/879] revoke grant SELECT on table system_core.comments to multi_auditor
REVOKE SELECT ON TABLE "system_core"."comments" FROM "multi_auditor";

-- [121/879] revoke grant SELECT on table system_core.activity_events to multi_auditor
REVOKE SELECT ON TABLE "system_core"."activity_events" FROM "multi_auditor";

-- [122/879] revoke grant SELECT on table security_mgmt.vulnerabilities to multi_auditor
REVOKE SELECT ON TABLE "security_mgmt"."vulnerabilities" FROM "multi_auditor";

-- [123/879] revoke grant SELECT on table security_mgmt.security_incidents to multi_auditor
REVOKE SELECT ON TABLE "security_mgmt"."security_incidents" FROM "multi_auditor";

-- [124/879] revoke grant SELECT on table security_mgmt.security_events to multi_auditor
REVOKE SELECT ON TABLE "security_mgmt"."security_events" FROM "multi_auditor";

-- [125/879] revoke grant SELECT on table security_mgmt.compliance_frameworks to multi_auditor
REVOKE SELECT ON TABLE "security_mgmt"."compliance_frameworks" FROM "multi_auditor";

-- [126/879] revoke grant SELECT on table security_mgmt.compliance_controls to multi_auditor
REVOKE SELECT ON TABLE "security_mgmt"."compliance_controls" FROM "multi_auditor";

-- [127/879] revoke grant SELECT on table security_mgmt.audit_trail to multi_auditor
REVOKE SELECT ON TABLE "security_mgmt"."audit_trail" FROM "multi_auditor";

-- [128/879] revoke grant SELECT on table security_mgmt.api_keys to multi_auditor
REVOKE SELECT ON TABLE "security_mgmt"."api_keys" FROM "multi_auditor";

-- [129/879] revoke grant SELECT on table ret.tenant_daily_sales to multi_auditor
REVOKE SELECT ON TABLE "ret"."tenant_daily_sales" FROM "multi_auditor";

-- [130/879] revoke grant SELECT on table ret.products to multi_auditor
REVOKE SELECT ON TABLE "ret"."products" FROM "multi_auditor";

-- [131/879] revoke grant SELECT on table ret.orders to multi_auditor
REVOKE SELECT ON TABLE "ret"."orders" FROM "multi_auditor";

-- [132/879] revoke grant SELECT on table ret.order_lines to multi_auditor
REVOKE SELECT ON TABLE "ret"."order_lines" FROM "multi_auditor";

-- [133/879] revoke grant SELECT on table ret.loyalty_accounts to multi_auditor
REVOKE SELECT ON TABLE "ret"."loyalty_accounts" FROM "multi_auditor";

-- [134/879] revoke grant SELECT on table ret.locations to multi_auditor
REVOKE SELECT ON TABLE "ret"."locations" FROM "multi_auditor";

-- [135/879] revoke grant SELECT on table ret.inventory_levels to multi_auditor
REVOKE SELECT ON TABLE "ret"."inventory_levels" FROM "multi_auditor";

-- [136/879] revoke grant SELECT on table ret.daily_sales to multi_auditor
REVOKE SELECT ON TABLE "ret"."daily_sales" FROM "multi_auditor";

-- [137/879] revoke grant SELECT on table rest.orders to multi_auditor
REVOKE SELECT ON TABLE "rest"."orders" FROM "multi_auditor";

-- [138/879] revoke grant SELECT on table rest.order_items to multi_auditor
REVOKE SELECT ON TABLE "rest"."order_items" FROM "multi_auditor";

-- [139/879] revoke grant SELECT on table rest.menu_items to multi_auditor
REVOKE SELECT ON TABLE "rest"."menu_items" FROM "multi_auditor";

-- [140/879] revoke grant SELECT on table rest.kitchen_tickets to multi_auditor
REVOKE SELECT ON TABLE "rest"."kitchen_tickets" FROM "multi_auditor";

-- [141/879] revoke grant SELECT on table rest.haccp_logs to multi_auditor
REVOKE SELECT ON TABLE "rest"."haccp_logs" FROM "multi_auditor";

-- [142/879] revoke grant SELECT on table rest.audit_trail to multi_auditor
REVOKE SELECT ON TABLE "rest"."audit_trail" FROM "multi_auditor";

-- [143/879] revoke grant SELECT on table payroll.pay_stubs to multi_auditor
REVOKE SELECT ON TABLE "payroll"."pay_stubs" FROM "multi_auditor";

-- [144/879] revoke grant SELECT on table payroll.pay_runs to multi_auditor
REVOKE SELECT ON TABLE "payroll"."pay_runs" FROM "multi_auditor";

-- [145/879] revoke grant SELECT on table payroll.employees to multi_auditor
REVOKE SELECT ON TABLE "payroll"."employees" FROM "multi_auditor";

-- [146/879] revoke grant SELECT on table payroll.audit_trail to multi_auditor
REVOKE SELECT ON TABLE "payroll"."audit_trail" FROM "multi_auditor";

-- [147/879] revoke grant SELECT on table hs.work_orders to multi_auditor
REVOKE SELECT ON TABLE "hs"."work_orders" FROM "multi_auditor";

-- [148/879] revoke grant SELECT on table hs.technicians to multi_auditor
REVOKE SELECT ON TABLE "hs"."technicians" FROM "multi_auditor";

-- [149/879] revoke grant SELECT on table hs.quality_inspections to multi_auditor
REVOKE SELECT ON TABLE "hs"."quality_inspections" FROM "multi_auditor";

-- [150/879] revoke grant SELECT on table hs.properties to multi_auditor
REVOKE SELECT ON TABLE "hs"."properties" FROM "multi_auditor";

-- [151/879] revoke grant SELECT on table hs.customers to multi_auditor
REVOKE SELECT ON TABLE "hs"."customers" FROM "multi_auditor";

-- [152/879] revoke grant SELECT on table hs.audit_trail to multi_auditor
REVOKE SELECT ON TABLE "hs"."audit_trail" FROM "multi_auditor";

-- [153/879] revoke grant SELECT on table courses.lessons to multi_auditor
REVOKE SELECT ON TABLE "courses"."lessons" FROM "multi_auditor";

-- [154/879] revoke grant SELECT on table courses.enrollments to multi_auditor
REVOKE SELECT ON TABLE "courses"."enrollments" FROM "multi_auditor";

-- [155/879] revoke grant SELECT on table courses.courses to multi_auditor
REVOKE SELECT ON TABLE "courses"."courses" FROM "multi_auditor";

-- [156/879] revoke grant SELECT on table auto.vehicles to multi_auditor
REVOKE SELECT ON TABLE "auto"."vehicles" FROM "multi_auditor";

-- [157/879] revoke grant SELECT on table auto.repair_orders to multi_auditor
REVOKE SELECT ON TABLE "auto"."repair_orders" FROM "multi_auditor";

-- [158/879] revoke grant SELECT on table auto.repair_order_lines to multi_auditor
REVOKE SELECT ON TABLE "auto"."repair_order_lines" FROM "multi_auditor";

-- [159/879] revoke grant SELECT on table auto.parts to multi_auditor
REVOKE SELECT ON TABLE "auto"."parts" FROM "multi_auditor";

-- [160/879] revoke grant SELECT on table auto.diagnostic_scans to multi_auditor
REVOKE SELECT ON TABLE "auto"."diagnostic_scans" FROM "multi_auditor";

-- [161/879] revoke grant SELECT on table auto.customers to multi_auditor
REVOKE SELECT ON TABLE "auto"."customers" FROM "multi_auditor";

-- [162/879] revoke grant SELECT on table auto.audit_trail to multi_auditor
REVOKE SELECT ON TABLE "auto"."audit_trail" FROM "multi_auditor";

-- [163/879] revoke grant USAGE on schema user_mgmt to multi_auditor
REVOKE USAGE ON SCHEMA "user_mgmt" FROM "multi_auditor";

-- [164/879] revoke grant USAGE on schema tenant_mgmt to multi_auditor
REVOKE USAGE ON SCHEMA "tenant_mgmt" FROM "multi_auditor";

-- [165/879] revoke grant USAGE on schema system_core to multi_auditor
REVOKE USAGE ON SCHEMA "system_core" FROM "multi_auditor";

-- [166/879] revoke grant USAGE on schema security_mgmt to multi_auditor
REVOKE USAGE ON SCHEMA "security_mgmt" FROM "multi_auditor";

-- [167/879] revoke grant USAGE on schema ret to multi_auditor
REVOKE USAGE ON SCHEMA "ret" FROM "multi_auditor";

-- [168/879] revoke grant USAGE on schema rest to multi_auditor
REVOKE USAGE ON SCHEMA "rest" FROM "multi_auditor";

-- [169/879] revoke grant USAGE on schema payroll to multi_auditor
REVOKE USAGE ON SCHEMA "payroll" FROM "multi_auditor";

-- [170/879] revoke grant USAGE on schema hs to multi_auditor
REVOKE USAGE ON SCHEMA "hs" FROM "multi_auditor";

-- [171/879] revoke grant USAGE on schema courses to multi_auditor
REVOKE USAGE ON SCHEMA "courses" FROM "multi_auditor";

-- [172/879] revoke grant USAGE on schema auto to multi_auditor
REVOKE USAGE ON SCHEMA "auto" FROM "multi_auditor";

-- [173/879] revoke grant EXECUTE on function user_mgmt.verify_audit_chain() to multi_auditor
REVOKE EXECUTE ON FUNCTION "user_mgmt"."verify_audit_chain"() FROM "multi_auditor";

-- [174/879] revoke grant EXECUTE on function tenant_mgmt.verify_audit_chain() to multi_auditor
REVOKE EXECUTE ON FUNCTION "tenant_mgmt"."verify_audit_chain"() FROM "multi_auditor";

-- [175/879] revoke grant EXECUTE on function security_mgmt.verify_audit_chain() to multi_auditor
REVOKE EXECUTE ON FUNCTION "security_mgmt"."verify_audit_chain"() FROM "multi_auditor";

-- [176/879] revoke grant EXECUTE on function rest.verify_audit_chain() to multi_auditor
REVOKE EXECUTE ON FUNCTION "rest"."verify_audit_chain"() FROM "multi_auditor";

-- [177/879] revoke grant EXECUTE on function payroll.verify_audit_chain() to multi_auditor
REVOKE EXECUTE ON FUNCTION "payroll"."verify_audit_chain"() FROM "multi_auditor";

-- [178/879] revoke grant EXECUTE on function hs.verify_audit_chain() to multi_auditor
REVOKE EXECUTE ON FUNCTION "hs"."verify_audit_chain"() FROM "multi_auditor";

-- [179/879] revoke grant EXECUTE on function auto.verify_audit_chain() to multi_auditor
REVOKE EXECUTE ON FUNCTION "auto"."verify_audit_chain"() FROM "multi_auditor";

-- [180/879] revoke grant USAGE on type user_mgmt.user_status to multi_app
REVOKE USAGE ON TYPE "user_mgmt"."user_status" FROM "multi_app";

-- [181/879] revoke grant USAGE on type user_mgmt.auth_method to multi_app
REVOKE USAGE ON TYPE "user_mgmt"."auth_method" FROM "multi_app";

-- [182/879] revoke grant USAGE on type tenant_mgmt.vertical to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."vertical" FROM "multi_app";

-- [183/879] revoke grant USAGE on type tenant_mgmt.usage_metric to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."usage_metric" FROM "multi_app";

-- [184/879] revoke grant USAGE on type tenant_mgmt.subscription_status to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."subscription_status" FROM "multi_app";

-- [185/879] revoke grant USAGE on type tenant_mgmt.business_status to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."business_status" FROM "multi_app";

-- [186/879] revoke grant USAGE on type tenant_mgmt.billing_interval to multi_app
REVOKE USAGE ON TYPE "tenant_mgmt"."billing_interval" FROM "multi_app";

-- [187/879] revoke grant USAGE on type system_core.scan_status to multi_app
REVOKE USAGE ON TYPE "system_core"."scan_status" FROM "multi_app";

-- [188/879] revoke grant USAGE on type system_core.notification_status to multi_app
REVOKE USAGE ON TYPE "system_core"."notification_status" FROM "multi_app";

-- [189/879] revoke grant USAGE on type system_core.notification_channel to multi_app
REVOKE USAGE ON TYPE "system_core"."notification_channel" FROM "multi_app";

-- [190/879] revoke grant USAGE on type security_mgmt.vulnerability_status to multi_app
REVOKE USAGE ON TYPE "security_mgmt"."vulnerability_status" FROM "multi_app";

-- [191/879] revoke grant USAGE on type security_mgmt.severity to multi_app
REVOKE USAGE ON TYPE "security_mgmt"."severity" FROM "multi_app";

-- [192/879] revoke grant USAGE on type security_mgmt.security_event_type to multi_app
REVOKE USAGE ON TYPE "security_mgmt"."security_event_type" FROM "multi_app";

-- [193/879] revoke grant USAGE on type security_mgmt.nist_function to multi_app
REVOKE USAGE ON TYPE "security_mgmt"."nist_function" FROM "multi_app";

-- [194/879] revoke grant USAGE on type security_mgmt.incident_status to multi_app
REVOKE USAGE ON TYPE "security_mgmt"."incident_status" FROM "multi_app";

-- [195/879] revoke grant USAGE on type security_mgmt.control_status to multi_app
REVOKE USAGE ON TYPE "security_mgmt"."control_status" FROM "multi_app";

-- [196/879] revoke grant USAGE on type ret.sales_channel to multi_app
REVOKE USAGE ON TYPE "ret"."sales_channel" FROM "multi_app";

-- [197/879] revoke grant USAGE on type ret.sale_status to multi_app
REVOKE USAGE ON TYPE "ret"."sale_status" FROM "multi_app";

-- [198/879] revoke grant USAGE on type ret.loyalty_tier to multi_app
REVOKE USAGE ON TYPE "ret"."loyalty_tier" FROM "multi_app";

-- [199/879] revoke grant USAGE on type ret.location_type to multi_app
REVOKE USAGE ON TYPE "ret"."location_type" FROM "multi_app";

-- [200/879] revoke grant USAGE on type rest.prep_station to multi_app
REVOKE USAGE ON TYPE "rest"."prep_station" FROM "multi_app";

-- [201/879] revoke grant USAGE on type rest.order_type to multi_app
REVOKE USAGE ON TYPE "rest"."order_type" FROM "multi_app";

-- [202/879] revoke grant USAGE on type rest.order_status to multi_app
REVOKE USAGE ON TYPE "rest"."order_status" FROM "multi_app";

-- [203/879] revoke grant USAGE on type rest.menu_category to multi_app
REVOKE USAGE ON TYPE "rest"."menu_category" FROM "multi_app";

-- [204/879] revoke grant USAGE on type rest.kds_status to multi_app
REVOKE USAGE ON TYPE "rest"."kds_status" FROM "multi_app";

-- [205/879] revoke grant USAGE on type rest.haccp_point to multi_app
REVOKE USAGE ON TYPE "rest"."haccp_point" FROM "multi_app";

-- [206/879] revoke grant USAGE on type rest.delivery_provider to multi_app
REVOKE USAGE ON TYPE "rest"."delivery_provider" FROM "multi_app";

-- [207/879] revoke grant USAGE on type payroll.pay_type to multi_app
REVOKE USAGE ON TYPE "payroll"."pay_type" FROM "multi_app";

-- [208/879] revoke grant USAGE on type payroll.pay_run_status to multi_app
REVOKE USAGE ON TYPE "payroll"."pay_run_status" FROM "multi_app";

-- [209/879] revoke grant USAGE on type payroll.pay_frequency to multi_app
REVOKE USAGE ON TYPE "payroll"."pay_frequency" FROM "multi_app";

-- [210/879] revoke grant USAGE on type hs.work_priority to multi_app
REVOKE USAGE ON TYPE "hs"."work_priority" FROM "multi_app";

-- [211/879] revoke grant USAGE on type hs.work_order_status to multi_app
REVOKE USAGE ON TYPE "hs"."work_order_status" FROM "multi_app";

-- [212/879] revoke grant USAGE on type hs.property_type to multi_app
REVOKE USAGE ON TYPE "hs"."property_type" FROM "multi_app";

-- [213/879] revoke grant USAGE on type hs.customer_type to multi_app
REVOKE USAGE ON TYPE "hs"."customer_type" FROM "multi_app";

-- [214/879] revoke grant USAGE on type courses.lesson_kind to multi_app
REVOKE USAGE ON TYPE "courses"."lesson_kind" FROM "multi_app";

-- [215/879] revoke grant USAGE on type courses.enrollment_status to multi_app
REVOKE USAGE ON TYPE "courses"."enrollment_status" FROM "multi_app";

-- [216/879] revoke grant USAGE on type courses.course_status to multi_app
REVOKE USAGE ON TYPE "courses"."course_status" FROM "multi_app";

-- [217/879] revoke grant USAGE on type courses.course_level to multi_app
REVOKE USAGE ON TYPE "courses"."course_level" FROM "multi_app";

-- [218/879] revoke grant USAGE on type auto.repair_order_status to multi_app
REVOKE USAGE ON TYPE "auto"."repair_order_status" FROM "multi_app";

-- [219/879] revoke grant USAGE on type auto.powertrain to multi_app
REVOKE USAGE ON TYPE "auto"."powertrain" FROM "multi_app";

-- [220/879] revoke grant USAGE on type auto.line_type to multi_app
REVOKE USAGE ON TYPE "auto"."line_type" FROM "multi_app";

-- [221/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.users to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."users" FROM "multi_app";

-- [222/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.user_sessions to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."user_sessions" FROM "multi_app";

-- [223/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.user_roles to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."user_roles" FROM "multi_app";

-- [224/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.user_identities to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."user_identities" FROM "multi_app";

-- [225/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.roles to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."roles" FROM "multi_app";

-- [226/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table user_mgmt.role_permissions to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "user_mgmt"."role_permissions" FROM "multi_app";

-- [227/879] revoke grant SELECT on table user_mgmt.permissions to multi_app
REVOKE SELECT ON TABLE "user_mgmt"."permissions" FROM "multi_app";

-- [228/879] revoke grant SELECT on table user_mgmt.effective_permissions to multi_app
REVOKE SELECT ON TABLE "user_mgmt"."effective_permissions" FROM "multi_app";

-- [229/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.usage_records to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."usage_records" FROM "multi_app";

-- [230/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.subscriptions to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."subscriptions" FROM "multi_app";

-- [231/879] revoke grant SELECT on table tenant_mgmt.subscription_plans to multi_app
REVOKE SELECT ON TABLE "tenant_mgmt"."subscription_plans" FROM "multi_app";

-- [232/879] revoke grant SELECT,UPDATE on table tenant_mgmt.businesses to multi_app
REVOKE SELECT, UPDATE ON TABLE "tenant_mgmt"."businesses" FROM "multi_app";

-- [233/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table tenant_mgmt.business_verticals to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "tenant_mgmt"."business_verticals" FROM "multi_app";

-- [234/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table system_core.tags to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."tags" FROM "multi_app";

-- [235/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table system_core.notifications to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."notifications" FROM "multi_app";

-- [236/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table system_core.files to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."files" FROM "multi_app";

-- [237/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table system_core.entity_tags to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."entity_tags" FROM "multi_app";

-- [238/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table system_core.comments to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "system_core"."comments" FROM "multi_app";

-- [239/879] revoke grant INSERT,SELECT on table system_core.activity_events to multi_app
REVOKE INSERT, SELECT ON TABLE "system_core"."activity_events" FROM "multi_app";

-- [240/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.vulnerabilities to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."vulnerabilities" FROM "multi_app";

-- [241/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.security_incidents to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."security_incidents" FROM "multi_app";

-- [242/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.security_events to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."security_events" FROM "multi_app";

-- [243/879] revoke grant SELECT on table security_mgmt.compliance_frameworks to multi_app
REVOKE SELECT ON TABLE "security_mgmt"."compliance_frameworks" FROM "multi_app";

-- [244/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.compliance_controls to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."compliance_controls" FROM "multi_app";

-- [245/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table security_mgmt.api_keys to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "security_mgmt"."api_keys" FROM "multi_app";

-- [246/879] revoke grant SELECT on table ret.tenant_daily_sales to multi_app
REVOKE SELECT ON TABLE "ret"."tenant_daily_sales" FROM "multi_app";

-- [247/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.products to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."products" FROM "multi_app";

-- [248/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.orders to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."orders" FROM "multi_app";

-- [249/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.order_lines to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."order_lines" FROM "multi_app";

-- [250/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.loyalty_accounts to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."loyalty_accounts" FROM "multi_app";

-- [251/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.locations to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."locations" FROM "multi_app";

-- [252/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table ret.inventory_levels to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "ret"."inventory_levels" FROM "multi_app";

-- [253/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.orders to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."orders" FROM "multi_app";

-- [254/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.order_items to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."order_items" FROM "multi_app";

-- [255/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.menu_items to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."menu_items" FROM "multi_app";

-- [256/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.kitchen_tickets to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."kitchen_tickets" FROM "multi_app";

-- [257/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table rest.haccp_logs to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "rest"."haccp_logs" FROM "multi_app";

-- [258/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table payroll.pay_stubs to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "payroll"."pay_stubs" FROM "multi_app";

-- [259/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table payroll.pay_runs to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "payroll"."pay_runs" FROM "multi_app";

-- [260/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table payroll.employees to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "payroll"."employees" FROM "multi_app";

-- [261/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.work_orders to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."work_orders" FROM "multi_app";

-- [262/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.technicians to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."technicians" FROM "multi_app";

-- [263/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.quality_inspections to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."quality_inspections" FROM "multi_app";

-- [264/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.properties to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."properties" FROM "multi_app";

-- [265/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table hs.customers to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "hs"."customers" FROM "multi_app";

-- [266/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table courses.lessons to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "courses"."lessons" FROM "multi_app";

-- [267/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table courses.enrollments to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "courses"."enrollments" FROM "multi_app";

-- [268/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table courses.courses to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "courses"."courses" FROM "multi_app";

-- [269/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table auto.vehicles to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."vehicles" FROM "multi_app";

-- [270/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table auto.repair_orders to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."repair_orders" FROM "multi_app";

-- [271/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table auto.repair_order_lines to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."repair_order_lines" FROM "multi_app";

-- [272/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table auto.parts to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."parts" FROM "multi_app";

-- [273/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table auto.diagnostic_scans to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."diagnostic_scans" FROM "multi_app";

-- [274/879] revoke grant DELETE,INSERT,SELECT,UPDATE on table auto.customers to multi_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "auto"."customers" FROM "multi_app";

-- [275/879] revoke grant USAGE on schema user_mgmt to multi_app
REVOKE USAGE ON SCHEMA "user_mgmt" FROM "multi_app";

-- [276/879] revoke grant USAGE on schema tenant_mgmt to multi_app
REVOKE USAGE ON SCHEMA "tenant_mgmt" FROM "multi_app";

-- [277/879] revoke grant USAGE on schema system_core to multi_app
REVOKE USAGE ON SCHEMA "system_core" FROM "multi_app";

-- [278/879] revoke grant USAGE on schema security_mgmt to multi_app
REVOKE USAGE ON SCHEMA "security_mgmt" FROM "multi_app";

-- [279/879] revoke grant USAGE on schema ret to multi_app
REVOKE USAGE ON SCHEMA "ret" FROM "multi_app";

-- [280/879] revoke grant USAGE on schema rest to multi_app
REVOKE USAGE ON SCHEMA "rest" FROM "multi_app";

-- [281/879] revoke grant USAGE on schema payroll to multi_app
REVOKE USAGE ON SCHEMA "payroll" FROM "multi_app";

-- [282/879] revoke grant USAGE on schema hs to multi_app
REVOKE USAGE ON SCHEMA "hs" FROM "multi_app";

-- [283/879] revoke grant USAGE on schema courses to multi_app
REVOKE USAGE ON SCHEMA "courses" FROM "multi_app";

-- [284/879] revoke grant USAGE on schema auto to multi_app
REVOKE USAGE ON SCHEMA "auto" FROM "multi_app";

-- [285/879] revoke grant EXECUTE on function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) to multi_app
REVOKE EXECUTE ON FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status) FROM "multi_app";

-- [286/879] drop policy tenant_isolation on user_mgmt.users (schemas/user_mgmt.yaml:57:9)
DROP POLICY "tenant_isolation" ON "user_mgmt"."users";

-- [287/879] drop policy tenant_isolation on user_mgmt.user_sessions (schemas/user_mgmt.yaml:206:23)
DROP POLICY "tenant_isolation" ON "user_mgmt"."user_sessions";

-- [288/879] drop policy tenant_isolation on user_mgmt.user_roles (schemas/user_mgmt.yaml:170:23)
DROP POLICY "tenant_isolation" ON "user_mgmt"."user_roles";

-- [289/879] drop policy tenant_isolation on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:23)
DROP POLICY "tenant_isolation" ON "user_mgmt"."user_identities";

-- [290/879] drop policy tenant_isolation on user_mgmt.roles (schemas/user_mgmt.yaml:128:23)
DROP POLICY "tenant_isolation" ON "user_mgmt"."roles";

-- [291/879] drop policy tenant_isolation on user_mgmt.role_permissions (schemas/user_mgmt.yaml:151:14)
DROP POLICY "tenant_isolation" ON "user_mgmt"."role_permissions";

-- [292/879] drop policy tenant_isolation on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
DROP POLICY "tenant_isolation" ON "tenant_mgmt"."usage_records";

-- [293/879] drop policy tenant_isolation on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
DROP POLICY "tenant_isolation" ON "tenant_mgmt"."subscriptions";

-- [294/879] drop policy tenant_self on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:23)
DROP POLICY "tenant_self" ON "tenant_mgmt"."businesses";

-- [295/879] drop policy tenant_isolation on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
DROP POLICY "tenant_isolation" ON "tenant_mgmt"."business_verticals";

-- [296/879] drop policy tenant_isolation on system_core.tags (schemas/system_core.yaml:129:23)
DROP POLICY "tenant_isolation" ON "system_core"."tags";

-- [297/879] drop policy tenant_isolation on system_core.notifications (schemas/system_core.yaml:63:23)
DROP POLICY "tenant_isolation" ON "system_core"."notifications";

-- [298/879] drop policy tenant_isolation on system_core.files (schemas/system_core.yaml:98:23)
DROP POLICY "tenant_isolation" ON "system_core"."files";

-- [299/879] drop policy tenant_isolation on system_core.entity_tags (schemas/system_core.yaml:139:14)
DROP POLICY "tenant_isolation" ON "system_core"."entity_tags";

-- [300/879] drop policy tenant_isolation on system_core.comments (schemas/system_core.yaml:155:23)
DROP POLICY "tenant_isolation" ON "system_core"."comments";

-- [301/879] drop policy tenant_isolation on system_core.activity_events (schemas/system_core.yaml:18:14)
DROP POLICY "tenant_isolation" ON "system_core"."activity_events";

-- [302/879] drop policy tenant_isolation on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:132:23)
DROP POLICY "tenant_isolation" ON "security_mgmt"."vulnerabilities";

-- [303/879] drop policy tenant_isolation on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:23)
DROP POLICY "tenant_isolation" ON "security_mgmt"."security_incidents";

-- [304/879] drop policy tenant_isolation on security_mgmt.security_events (schemas/security_mgmt.yaml:70:23)
DROP POLICY "tenant_isolation" ON "security_mgmt"."security_events";

-- [305/879] drop policy tenant_isolation on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:23)
DROP POLICY "tenant_isolation" ON "security_mgmt"."compliance_controls";

-- [306/879] drop policy tenant_isolation on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:23)
DROP POLICY "tenant_isolation" ON "security_mgmt"."api_keys";

-- [307/879] drop policy tenant_isolation on ret.products (schemas/ret.yaml:37:9)
DROP POLICY "tenant_isolation" ON "ret"."products";

-- [308/879] drop policy tenant_isolation on ret.orders (schemas/ret.yaml:117:23)
DROP POLICY "tenant_isolation" ON "ret"."orders";

-- [309/879] drop policy tenant_isolation on ret.order_lines (schemas/ret.yaml:156:23)
DROP POLICY "tenant_isolation" ON "ret"."order_lines";

-- [310/879] drop policy tenant_isolation on ret.loyalty_accounts (schemas/ret.yaml:95:23)
DROP POLICY "tenant_isolation" ON "ret"."loyalty_accounts";

-- [311/879] drop policy tenant_isolation on ret.locations (schemas/ret.yaml:19:23)
DROP POLICY "tenant_isolation" ON "ret"."locations";

-- [312/879] drop policy tenant_isolation on ret.inventory_levels (schemas/ret.yaml:68:14)
DROP POLICY "tenant_isolation" ON "ret"."inventory_levels";

-- [313/879] drop policy tenant_isolation on rest.orders (schemas/rest.yaml:55:23)
DROP POLICY "tenant_isolation" ON "rest"."orders";

-- [314/879] drop policy tenant_isolation on rest.order_items (schemas/rest.yaml:98:23)
DROP POLICY "tenant_isolation" ON "rest"."order_items";

-- [315/879] drop policy tenant_isolation on rest.menu_items (schemas/rest.yaml:27:9)
DROP POLICY "tenant_isolation" ON "rest"."menu_items";

-- [316/879] drop policy tenant_isolation on rest.kitchen_tickets (schemas/rest.yaml:130:23)
DROP POLICY "tenant_isolation" ON "rest"."kitchen_tickets";

-- [317/879] drop policy tenant_isolation on rest.haccp_logs (schemas/rest.yaml:156:23)
DROP POLICY "tenant_isolation" ON "rest"."haccp_logs";

-- [318/879] drop policy tenant_isolation on payroll.pay_stubs (schemas/payroll.yaml:69:23)
DROP POLICY "tenant_isolation" ON "payroll"."pay_stubs";

-- [319/879] drop policy tenant_isolation on payroll.pay_runs (schemas/payroll.yaml:41:23)
DROP POLICY "tenant_isolation" ON "payroll"."pay_runs";

-- [320/879] drop policy tenant_isolation on payroll.employees (schemas/payroll.yaml:16:23)
DROP POLICY "tenant_isolation" ON "payroll"."employees";

-- [321/879] drop policy tenant_isolation on hs.work_orders (schemas/hs.yaml:117:9)
DROP POLICY "tenant_isolation" ON "hs"."work_orders";

-- [322/879] drop policy tenant_isolation on hs.technicians (schemas/hs.yaml:86:23)
DROP POLICY "tenant_isolation" ON "hs"."technicians";

-- [323/879] drop policy tenant_isolation on hs.quality_inspections (schemas/hs.yaml:176:23)
DROP POLICY "tenant_isolation" ON "hs"."quality_inspections";

-- [324/879] drop policy tenant_isolation on hs.properties (schemas/hs.yaml:57:23)
DROP POLICY "tenant_isolation" ON "hs"."properties";

-- [325/879] drop policy tenant_isolation on hs.customers (schemas/hs.yaml:35:9)
DROP POLICY "tenant_isolation" ON "hs"."customers";

-- [326/879] drop policy tenant_isolation on courses.lessons (schemas/courses.yaml:46:23)
DROP POLICY "tenant_isolation" ON "courses"."lessons";

-- [327/879] drop policy tenant_isolation on courses.enrollments (schemas/courses.yaml:67:23)
DROP POLICY "tenant_isolation" ON "courses"."enrollments";

-- [328/879] drop policy tenant_isolation on courses.courses (schemas/courses.yaml:19:9)
DROP POLICY "tenant_isolation" ON "courses"."courses";

-- [329/879] drop policy tenant_isolation on auto.vehicles (schemas/auto.yaml:39:23)
DROP POLICY "tenant_isolation" ON "auto"."vehicles";

-- [330/879] drop policy tenant_isolation on auto.repair_orders (schemas/auto.yaml:109:23)
DROP POLICY "tenant_isolation" ON "auto"."repair_orders";

-- [331/879] drop policy tenant_isolation on auto.repair_order_lines (schemas/auto.yaml:160:23)
DROP POLICY "tenant_isolation" ON "auto"."repair_order_lines";

-- [332/879] drop policy tenant_isolation on auto.parts (schemas/auto.yaml:80:9)
DROP POLICY "tenant_isolation" ON "auto"."parts";

-- [333/879] drop policy tenant_isolation on auto.diagnostic_scans (schemas/auto.yaml:199:23)
DROP POLICY "tenant_isolation" ON "auto"."diagnostic_scans";

-- [334/879] drop policy tenant_isolation on auto.customers (schemas/auto.yaml:18:23)
DROP POLICY "tenant_isolation" ON "auto"."customers";

-- [335/879] disable rls user_mgmt.users
ALTER TABLE "user_mgmt"."users" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."users" DISABLE ROW LEVEL SECURITY;

-- [336/879] disable rls user_mgmt.user_sessions
ALTER TABLE "user_mgmt"."user_sessions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."user_sessions" DISABLE ROW LEVEL SECURITY;

-- [337/879] disable rls user_mgmt.user_roles
ALTER TABLE "user_mgmt"."user_roles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."user_roles" DISABLE ROW LEVEL SECURITY;

-- [338/879] disable rls user_mgmt.user_identities
ALTER TABLE "user_mgmt"."user_identities" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."user_identities" DISABLE ROW LEVEL SECURITY;

-- [339/879] disable rls user_mgmt.roles
ALTER TABLE "user_mgmt"."roles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."roles" DISABLE ROW LEVEL SECURITY;

-- [340/879] disable rls user_mgmt.role_permissions
ALTER TABLE "user_mgmt"."role_permissions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "user_mgmt"."role_permissions" DISABLE ROW LEVEL SECURITY;

-- [341/879] disable rls tenant_mgmt.usage_records
ALTER TABLE "tenant_mgmt"."usage_records" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."usage_records" DISABLE ROW LEVEL SECURITY;

-- [342/879] disable rls tenant_mgmt.subscriptions
ALTER TABLE "tenant_mgmt"."subscriptions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."subscriptions" DISABLE ROW LEVEL SECURITY;

-- [343/879] disable rls tenant_mgmt.businesses
ALTER TABLE "tenant_mgmt"."businesses" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."businesses" DISABLE ROW LEVEL SECURITY;

-- [344/879] disable rls tenant_mgmt.business_verticals
ALTER TABLE "tenant_mgmt"."business_verticals" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "tenant_mgmt"."business_verticals" DISABLE ROW LEVEL SECURITY;

-- [345/879] disable rls system_core.tags
ALTER TABLE "system_core"."tags" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."tags" DISABLE ROW LEVEL SECURITY;

-- [346/879] disable rls system_core.notifications
ALTER TABLE "system_core"."notifications" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."notifications" DISABLE ROW LEVEL SECURITY;

-- [347/879] disable rls system_core.files
ALTER TABLE "system_core"."files" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."files" DISABLE ROW LEVEL SECURITY;

-- [348/879] disable rls system_core.entity_tags
ALTER TABLE "system_core"."entity_tags" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."entity_tags" DISABLE ROW LEVEL SECURITY;

-- [349/879] disable rls system_core.comments
ALTER TABLE "system_core"."comments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."comments" DISABLE ROW LEVEL SECURITY;

-- [350/879] disable rls system_core.activity_events
ALTER TABLE "system_core"."activity_events" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "system_core"."activity_events" DISABLE ROW LEVEL SECURITY;

-- [351/879] disable rls security_mgmt.vulnerabilities
ALTER TABLE "security_mgmt"."vulnerabilities" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."vulnerabilities" DISABLE ROW LEVEL SECURITY;

-- [352/879] disable rls security_mgmt.security_incidents
ALTER TABLE "security_mgmt"."security_incidents" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."security_incidents" DISABLE ROW LEVEL SECURITY;

-- [353/879] disable rls security_mgmt.security_events
ALTER TABLE "security_mgmt"."security_events" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."security_events" DISABLE ROW LEVEL SECURITY;

-- [354/879] disable rls security_mgmt.compliance_controls
ALTER TABLE "security_mgmt"."compliance_controls" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."compliance_controls" DISABLE ROW LEVEL SECURITY;

-- [355/879] disable rls security_mgmt.api_keys
ALTER TABLE "security_mgmt"."api_keys" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "security_mgmt"."api_keys" DISABLE ROW LEVEL SECURITY;

-- [356/879] disable rls ret.products
ALTER TABLE "ret"."products" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."products" DISABLE ROW LEVEL SECURITY;

-- [357/879] disable rls ret.orders
ALTER TABLE "ret"."orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."orders" DISABLE ROW LEVEL SECURITY;

-- [358/879] disable rls ret.order_lines
ALTER TABLE "ret"."order_lines" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."order_lines" DISABLE ROW LEVEL SECURITY;

-- [359/879] disable rls ret.loyalty_accounts
ALTER TABLE "ret"."loyalty_accounts" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."loyalty_accounts" DISABLE ROW LEVEL SECURITY;

-- [360/879] disable rls ret.locations
ALTER TABLE "ret"."locations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."locations" DISABLE ROW LEVEL SECURITY;

-- [361/879] disable rls ret.inventory_levels
ALTER TABLE "ret"."inventory_levels" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ret"."inventory_levels" DISABLE ROW LEVEL SECURITY;

-- [362/879] disable rls rest.orders
ALTER TABLE "rest"."orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."orders" DISABLE ROW LEVEL SECURITY;

-- [363/879] disable rls rest.order_items
ALTER TABLE "rest"."order_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."order_items" DISABLE ROW LEVEL SECURITY;

-- [364/879] disable rls rest.menu_items
ALTER TABLE "rest"."menu_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."menu_items" DISABLE ROW LEVEL SECURITY;

-- [365/879] disable rls rest.kitchen_tickets
ALTER TABLE "rest"."kitchen_tickets" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."kitchen_tickets" DISABLE ROW LEVEL SECURITY;

-- [366/879] disable rls rest.haccp_logs
ALTER TABLE "rest"."haccp_logs" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "rest"."haccp_logs" DISABLE ROW LEVEL SECURITY;

-- [367/879] disable rls payroll.pay_stubs
ALTER TABLE "payroll"."pay_stubs" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "payroll"."pay_stubs" DISABLE ROW LEVEL SECURITY;

-- [368/879] disable rls payroll.pay_runs
ALTER TABLE "payroll"."pay_runs" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "payroll"."pay_runs" DISABLE ROW LEVEL SECURITY;

-- [369/879] disable rls payroll.employees
ALTER TABLE "payroll"."employees" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "payroll"."employees" DISABLE ROW LEVEL SECURITY;

-- [370/879] disable rls hs.work_orders
ALTER TABLE "hs"."work_orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."work_orders" DISABLE ROW LEVEL SECURITY;

-- [371/879] disable rls hs.technicians
ALTER TABLE "hs"."technicians" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."technicians" DISABLE ROW LEVEL SECURITY;

-- [372/879] disable rls hs.quality_inspections
ALTER TABLE "hs"."quality_inspections" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."quality_inspections" DISABLE ROW LEVEL SECURITY;

-- [373/879] disable rls hs.properties
ALTER TABLE "hs"."properties" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."properties" DISABLE ROW LEVEL SECURITY;

-- [374/879] disable rls hs.customers
ALTER TABLE "hs"."customers" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "hs"."customers" DISABLE ROW LEVEL SECURITY;

-- [375/879] disable rls courses.lessons
ALTER TABLE "courses"."lessons" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "courses"."lessons" DISABLE ROW LEVEL SECURITY;

-- [376/879] disable rls courses.enrollments
ALTER TABLE "courses"."enrollments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "courses"."enrollments" DISABLE ROW LEVEL SECURITY;

-- [377/879] disable rls courses.courses
ALTER TABLE "courses"."courses" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "courses"."courses" DISABLE ROW LEVEL SECURITY;

-- [378/879] disable rls auto.vehicles
ALTER TABLE "auto"."vehicles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auto"."vehicles" DISABLE ROW LEVEL SECURITY;

-- [379/879] disable rls auto.repair_orders
ALTER TABLE "auto"."repair_orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auto"."repair_orders" DISABLE ROW LEVEL SECURITY;

-- [380/879] disable rls auto.repair_order_lines
ALTER TABLE "auto"."repair_order_lines" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auto"."repair_order_lines" DISABLE ROW LEVEL SECURITY;

-- [381/879] disable rls auto.parts
ALTER TABLE "auto"."parts" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auto"."parts" DISABLE ROW LEVEL SECURITY;

-- [382/879] disable rls auto.diagnostic_scans
ALTER TABLE "auto"."diagnostic_scans" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auto"."diagnostic_scans" DISABLE ROW LEVEL SECURITY;

-- [383/879] disable rls auto.customers
ALTER TABLE "auto"."customers" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auto"."customers" DISABLE ROW LEVEL SECURITY;

-- [384/879] drop trigger search_vector_update on user_mgmt.users (schemas/user_mgmt.yaml:61:9)
DROP TRIGGER "search_vector_update" ON "user_mgmt"."users";

-- [385/879] drop trigger audit_chain_row on user_mgmt.users (schemas/user_mgmt.yaml:60:9)
DROP TRIGGER "audit_chain_row" ON "user_mgmt"."users";

-- [386/879] drop trigger set_updated_at on user_mgmt.users (schemas/user_mgmt.yaml:58:9)
DROP TRIGGER "set_updated_at" ON "user_mgmt"."users";

-- [387/879] drop trigger audit_chain_row on user_mgmt.user_roles (schemas/user_mgmt.yaml:170:38)
DROP TRIGGER "audit_chain_row" ON "user_mgmt"."user_roles";

-- [388/879] drop trigger audit_chain_row on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:50)
DROP TRIGGER "audit_chain_row" ON "user_mgmt"."user_identities";

-- [389/879] drop trigger set_updated_at on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:38)
DROP TRIGGER "set_updated_at" ON "user_mgmt"."user_identities";

-- [390/879] drop trigger audit_chain_row on user_mgmt.roles (schemas/user_mgmt.yaml:128:50)
DROP TRIGGER "audit_chain_row" ON "user_mgmt"."roles";

-- [391/879] drop trigger set_updated_at on user_mgmt.roles (schemas/user_mgmt.yaml:128:38)
DROP TRIGGER "set_updated_at" ON "user_mgmt"."roles";

-- [392/879] drop trigger audit_chain_row on user_mgmt.role_permissions (schemas/user_mgmt.yaml:151:29)
DROP TRIGGER "audit_chain_row" ON "user_mgmt"."role_permissions";

-- [393/879] drop trigger audit_trail_immutable on user_mgmt.audit_trail (schemas/user_mgmt.yaml:60:9)
DROP TRIGGER "audit_trail_immutable" ON "user_mgmt"."audit_trail";

-- [394/879] drop trigger audit_chain_row on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:50)
DROP TRIGGER "audit_chain_row" ON "tenant_mgmt"."subscriptions";

-- [395/879] drop trigger set_updated_at on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:38)
DROP TRIGGER "set_updated_at" ON "tenant_mgmt"."subscriptions";

-- [396/879] drop trigger audit_chain_row on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:61)
DROP TRIGGER "audit_chain_row" ON "tenant_mgmt"."businesses";

-- [397/879] drop trigger set_updated_at on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:39:36)
DROP TRIGGER "set_updated_at" ON "tenant_mgmt"."businesses";

-- [398/879] drop trigger set_updated_at on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:29)
DROP TRIGGER "set_updated_at" ON "tenant_mgmt"."business_verticals";

-- [399/879] drop trigger audit_trail_immutable on tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
DROP TRIGGER "audit_trail_immutable" ON "tenant_mgmt"."audit_trail";

-- [400/879] drop trigger set_updated_at on system_core.tags (schemas/system_core.yaml:129:38)
DROP TRIGGER "set_updated_at" ON "system_core"."tags";

-- [401/879] drop trigger set_updated_at on system_core.notifications (schemas/system_core.yaml:63:38)
DROP TRIGGER "set_updated_at" ON "system_core"."notifications";

-- [402/879] drop trigger set_updated_at on system_core.files (schemas/system_core.yaml:98:38)
DROP TRIGGER "set_updated_at" ON "system_core"."files";

-- [403/879] drop trigger set_updated_at on system_core.comments (schemas/system_core.yaml:155:38)
DROP TRIGGER "set_updated_at" ON "system_core"."comments";

-- [404/879] drop trigger set_updated_at on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:132:38)
DROP TRIGGER "set_updated_at" ON "security_mgmt"."vulnerabilities";

-- [405/879] drop trigger audit_chain_row on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:50)
DROP TRIGGER "audit_chain_row" ON "security_mgmt"."security_incidents";

-- [406/879] drop trigger set_updated_at on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:38)
DROP TRIGGER "set_updated_at" ON "security_mgmt"."security_incidents";

-- [407/879] drop trigger audit_chain_row on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:50)
DROP TRIGGER "audit_chain_row" ON "security_mgmt"."compliance_controls";

-- [408/879] drop trigger set_updated_at on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:38)
DROP TRIGGER "set_updated_at" ON "security_mgmt"."compliance_controls";

-- [409/879] drop trigger audit_trail_immutable on security_mgmt.audit_trail (schemas/security_mgmt.yaml:38:50)
DROP TRIGGER "audit_trail_immutable" ON "security_mgmt"."audit_trail";

-- [410/879] drop trigger audit_chain_row on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:50)
DROP TRIGGER "audit_chain_row" ON "security_mgmt"."api_keys";

-- [411/879] drop trigger set_updated_at on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:38)
DROP TRIGGER "set_updated_at" ON "security_mgmt"."api_keys";

-- [412/879] drop trigger search_vector_update on ret.products (schemas/ret.yaml:41:9)
DROP TRIGGER "search_vector_update" ON "ret"."products";

-- [413/879] drop trigger set_updated_at on ret.products (schemas/ret.yaml:38:9)
DROP TRIGGER "set_updated_at" ON "ret"."products";

-- [414/879] drop trigger set_updated_at on ret.orders (schemas/ret.yaml:117:38)
DROP TRIGGER "set_updated_at" ON "ret"."orders";

-- [415/879] drop trigger set_updated_at on ret.loyalty_accounts (schemas/ret.yaml:95:38)
DROP TRIGGER "set_updated_at" ON "ret"."loyalty_accounts";

-- [416/879] drop trigger set_updated_at on ret.locations (schemas/ret.yaml:19:38)
DROP TRIGGER "set_updated_at" ON "ret"."locations";

-- [417/879] drop trigger set_updated_at on ret.inventory_levels (schemas/ret.yaml:68:29)
DROP TRIGGER "set_updated_at" ON "ret"."inventory_levels";

-- [418/879] drop trigger audit_chain_row on rest.orders (schemas/rest.yaml:55:50)
DROP TRIGGER "audit_chain_row" ON "rest"."orders";

-- [419/879] drop trigger set_updated_at on rest.orders (schemas/rest.yaml:55:38)
DROP TRIGGER "set_updated_at" ON "rest"."orders";

-- [420/879] drop trigger search_vector_update on rest.menu_items (schemas/rest.yaml:30:9)
DROP TRIGGER "search_vector_update" ON "rest"."menu_items";

-- [421/879] drop trigger set_updated_at on rest.menu_items (schemas/rest.yaml:28:9)
DROP TRIGGER "set_updated_at" ON "rest"."menu_items";

-- [422/879] drop trigger set_updated_at on rest.kitchen_tickets (schemas/rest.yaml:130:38)
DROP TRIGGER "set_updated_at" ON "rest"."kitchen_tickets";

-- [423/879] drop trigger audit_trail_immutable on rest.audit_trail (schemas/rest.yaml:55:50)
DROP TRIGGER "audit_trail_immutable" ON "rest"."audit_trail";

-- [424/879] drop trigger audit_chain_row on payroll.pay_stubs (schemas/payroll.yaml:69:50)
DROP TRIGGER "audit_chain_row" ON "payroll"."pay_stubs";

-- [425/879] drop trigger set_updated_at on payroll.pay_stubs (schemas/payroll.yaml:69:38)
DROP TRIGGER "set_updated_at" ON "payroll"."pay_stubs";

-- [426/879] drop trigger audit_chain_row on payroll.pay_runs (schemas/payroll.yaml:41:50)
DROP TRIGGER "audit_chain_row" ON "payroll"."pay_runs";

-- [427/879] drop trigger set_updated_at on payroll.pay_runs (schemas/payroll.yaml:41:38)
DROP TRIGGER "set_updated_at" ON "payroll"."pay_runs";

-- [428/879] drop trigger audit_chain_row on payroll.employees (schemas/payroll.yaml:16:50)
DROP TRIGGER "audit_chain_row" ON "payroll"."employees";

-- [429/879] drop trigger set_updated_at on payroll.employees (schemas/payroll.yaml:16:38)
DROP TRIGGER "set_updated_at" ON "payroll"."employees";

-- [430/879] drop trigger audit_trail_immutable on payroll.audit_trail (schemas/payroll.yaml:16:50)
DROP TRIGGER "audit_trail_immutable" ON "payroll"."audit_trail";

-- [431/879] drop trigger search_vector_update on hs.work_orders (schemas/hs.yaml:120:9)
DROP TRIGGER "search_vector_update" ON "hs"."work_orders";

-- [432/879] drop trigger audit_chain_row on hs.work_orders (schemas/hs.yaml:119:9)
DROP TRIGGER "audit_chain_row" ON "hs"."work_orders";

-- [433/879] drop trigger set_updated_at on hs.work_orders (schemas/hs.yaml:118:9)
DROP TRIGGER "set_updated_at" ON "hs"."work_orders";

-- [434/879] drop trigger enforce_status_transition on hs.work_orders (schemas/hs.yaml:169:7)
DROP TRIGGER "enforce_status_transition" ON "hs"."work_orders";

-- [435/879] drop trigger set_updated_at on hs.technicians (schemas/hs.yaml:86:38)
DROP TRIGGER "set_updated_at" ON "hs"."technicians";

-- [436/879] drop trigger set_updated_at on hs.quality_inspections (schemas/hs.yaml:176:38)
DROP TRIGGER "set_updated_at" ON "hs"."quality_inspections";

-- [437/879] drop trigger set_updated_at on hs.properties (schemas/hs.yaml:57:38)
DROP TRIGGER "set_updated_at" ON "hs"."properties";

-- [438/879] drop trigger search_vector_update on hs.customers (schemas/hs.yaml:39:9)
DROP TRIGGER "search_vector_update" ON "hs"."customers";

-- [439/879] drop trigger set_updated_at on hs.customers (schemas/hs.yaml:36:9)
DROP TRIGGER "set_updated_at" ON "hs"."customers";

-- [440/879] drop trigger audit_trail_immutable on hs.audit_trail (schemas/hs.yaml:119:9)
DROP TRIGGER "audit_trail_immutable" ON "hs"."audit_trail";

-- [441/879] drop trigger set_updated_at on courses.lessons (schemas/courses.yaml:46:38)
DROP TRIGGER "set_updated_at" ON "courses"."lessons";

-- [442/879] drop trigger set_updated_at on courses.enrollments (schemas/courses.yaml:67:38)
DROP TRIGGER "set_updated_at" ON "courses"."enrollments";

-- [443/879] drop trigger search_vector_update on courses.courses (schemas/courses.yaml:22:9)
DROP TRIGGER "search_vector_update" ON "courses"."courses";

-- [444/879] drop trigger set_updated_at on courses.courses (schemas/courses.yaml:20:9)
DROP TRIGGER "set_updated_at" ON "courses"."courses";

-- [445/879] drop trigger set_updated_at on auto.vehicles (schemas/auto.yaml:39:38)
DROP TRIGGER "set_updated_at" ON "auto"."vehicles";

-- [446/879] drop trigger audit_chain_row on auto.repair_orders (schemas/auto.yaml:109:50)
DROP TRIGGER "audit_chain_row" ON "auto"."repair_orders";

-- [447/879] drop trigger set_updated_at on auto.repair_orders (schemas/auto.yaml:109:38)
DROP TRIGGER "set_updated_at" ON "auto"."repair_orders";

-- [448/879] drop trigger search_vector_update on auto.parts (schemas/auto.yaml:82:9)
DROP TRIGGER "search_vector_update" ON "auto"."parts";

-- [449/879] drop trigger set_updated_at on auto.parts (schemas/auto.yaml:81:9)
DROP TRIGGER "set_updated_at" ON "auto"."parts";

-- [450/879] drop trigger set_updated_at on auto.customers (schemas/auto.yaml:18:38)
DROP TRIGGER "set_updated_at" ON "auto"."customers";

-- [451/879] drop trigger audit_trail_immutable on auto.audit_trail (schemas/auto.yaml:109:50)
DROP TRIGGER "audit_trail_immutable" ON "auto"."audit_trail";

-- [452/879] drop view ret.tenant_daily_sales (schemas/ret.yaml:205:3)
DROP VIEW "ret"."tenant_daily_sales";

-- [453/879] drop view user_mgmt.effective_permissions (schemas/user_mgmt.yaml:241:3)
DROP VIEW "user_mgmt"."effective_permissions";

-- [454/879] drop view ret.daily_sales (schemas/ret.yaml:183:3)
DROP MATERIALIZED VIEW "ret"."daily_sales";

-- [455/879] drop foreign key users_business_id_fkey on user_mgmt.users (schemas/user_mgmt.yaml:57:9)
ALTER TABLE "user_mgmt"."users" DROP CONSTRAINT "users_business_id_fkey";

-- [456/879] drop foreign key user_sessions_identity_id_fkey on user_mgmt.user_sessions (schemas/user_mgmt.yaml:212:21)
ALTER TABLE "user_mgmt"."user_sessions" DROP CONSTRAINT "user_sessions_identity_id_fkey";

-- [457/879] drop foreign key user_sessions_business_id_user_id_fkey on user_mgmt.user_sessions (schemas/user_mgmt.yaml:226:16)
ALTER TABLE "user_mgmt"."user_sessions" DROP CONSTRAINT "user_sessions_business_id_user_id_fkey";

-- [458/879] drop foreign key user_sessions_business_id_fkey on user_mgmt.user_sessions (schemas/user_mgmt.yaml:206:23)
ALTER TABLE "user_mgmt"."user_sessions" DROP CONSTRAINT "user_sessions_business_id_fkey";

-- [459/879] drop foreign key user_roles_business_id_user_id_fkey on user_mgmt.user_roles (schemas/user_mgmt.yaml:180:16)
ALTER TABLE "user_mgmt"."user_roles" DROP CONSTRAINT "user_roles_business_id_user_id_fkey";

-- [460/879] drop foreign key user_roles_business_id_role_id_fkey on user_mgmt.user_roles (schemas/user_mgmt.yaml:184:16)
ALTER TABLE "user_mgmt"."user_roles" DROP CONSTRAINT "user_roles_business_id_role_id_fkey";

-- [461/879] drop foreign key user_roles_business_id_granted_by_fkey on user_mgmt.user_roles (schemas/user_mgmt.yaml:188:16)
ALTER TABLE "user_mgmt"."user_roles" DROP CONSTRAINT "user_roles_business_id_granted_by_fkey";

-- [462/879] drop foreign key user_roles_business_id_fkey on user_mgmt.user_roles (schemas/user_mgmt.yaml:170:23)
ALTER TABLE "user_mgmt"."user_roles" DROP CONSTRAINT "user_roles_business_id_fkey";

-- [463/879] drop foreign key user_identities_business_id_user_id_fkey on user_mgmt.user_identities (schemas/user_mgmt.yaml:111:16)
ALTER TABLE "user_mgmt"."user_identities" DROP CONSTRAINT "user_identities_business_id_user_id_fkey";

-- [464/879] drop foreign key user_identities_business_id_fkey on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:23)
ALTER TABLE "user_mgmt"."user_identities" DROP CONSTRAINT "user_identities_business_id_fkey";

-- [465/879] drop foreign key roles_business_id_parent_role_id_fkey on user_mgmt.roles (schemas/user_mgmt.yaml:140:16)
ALTER TABLE "user_mgmt"."roles" DROP CONSTRAINT "roles_business_id_parent_role_id_fkey";

-- [466/879] drop foreign key roles_business_id_fkey on user_mgmt.roles (schemas/user_mgmt.yaml:128:23)
ALTER TABLE "user_mgmt"."roles" DROP CONSTRAINT "roles_business_id_fkey";

-- [467/879] drop foreign key role_permissions_permission_code_fkey on user_mgmt.role_permissions (schemas/user_mgmt.yaml:157:21)
ALTER TABLE "user_mgmt"."role_permissions" DROP CONSTRAINT "role_permissions_permission_code_fkey";

-- [468/879] drop foreign key role_permissions_business_id_role_id_fkey on user_mgmt.role_permissions (schemas/user_mgmt.yaml:162:16)
ALTER TABLE "user_mgmt"."role_permissions" DROP CONSTRAINT "role_permissions_business_id_role_id_fkey";

-- [469/879] drop foreign key role_permissions_business_id_fkey on user_mgmt.role_permissions (schemas/user_mgmt.yaml:151:14)
ALTER TABLE "user_mgmt"."role_permissions" DROP CONSTRAINT "role_permissions_business_id_fkey";

-- [470/879] drop foreign key usage_records_subscription_id_fkey on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:139:21)
ALTER TABLE "tenant_mgmt"."usage_records" DROP CONSTRAINT "usage_records_subscription_id_fkey";

-- [471/879] drop foreign key usage_records_business_id_fkey on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
ALTER TABLE "tenant_mgmt"."usage_records" DROP CONSTRAINT "usage_records_business_id_fkey";

-- [472/879] drop foreign key subscriptions_plan_code_fkey on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:106:21)
ALTER TABLE "tenant_mgmt"."subscriptions" DROP CONSTRAINT "subscriptions_plan_code_fkey";

-- [473/879] drop foreign key subscriptions_business_id_fkey on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
ALTER TABLE "tenant_mgmt"."subscriptions" DROP CONSTRAINT "subscriptions_business_id_fkey";

-- [474/879] drop foreign key business_verticals_business_id_fkey on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
ALTER TABLE "tenant_mgmt"."business_verticals" DROP CONSTRAINT "business_verticals_business_id_fkey";

-- [475/879] drop foreign key tags_business_id_fkey on system_core.tags (schemas/system_core.yaml:129:23)
ALTER TABLE "system_core"."tags" DROP CONSTRAINT "tags_business_id_fkey";

-- [476/879] drop foreign key notifications_business_id_recipient_user_id_fkey on system_core.notifications (schemas/system_core.yaml:82:16)
ALTER TABLE "system_core"."notifications" DROP CONSTRAINT "notifications_business_id_recipient_user_id_fkey";

-- [477/879] drop foreign key notifications_business_id_fkey on system_core.notifications (schemas/system_core.yaml:63:23)
ALTER TABLE "system_core"."notifications" DROP CONSTRAINT "notifications_business_id_fkey";

-- [478/879] drop foreign key files_business_id_uploaded_by_fkey on system_core.files (schemas/system_core.yaml:114:16)
ALTER TABLE "system_core"."files" DROP CONSTRAINT "files_business_id_uploaded_by_fkey";

-- [479/879] drop foreign key files_business_id_fkey on system_core.files (schemas/system_core.yaml:98:23)
ALTER TABLE "system_core"."files" DROP CONSTRAINT "files_business_id_fkey";

-- [480/879] drop foreign key entity_tags_tag_id_fkey on system_core.entity_tags (schemas/system_core.yaml:144:21)
ALTER TABLE "system_core"."entity_tags" DROP CONSTRAINT "entity_tags_tag_id_fkey";

-- [481/879] drop foreign key entity_tags_business_id_fkey on system_core.entity_tags (schemas/system_core.yaml:139:14)
ALTER TABLE "system_core"."entity_tags" DROP CONSTRAINT "entity_tags_business_id_fkey";

-- [482/879] drop foreign key comments_parent_comment_id_fkey on system_core.comments (schemas/system_core.yaml:163:21)
ALTER TABLE "system_core"."comments" DROP CONSTRAINT "comments_parent_comment_id_fkey";

-- [483/879] drop foreign key comments_business_id_fkey on system_core.comments (schemas/system_core.yaml:155:23)
ALTER TABLE "system_core"."comments" DROP CONSTRAINT "comments_business_id_fkey";

-- [484/879] drop foreign key comments_business_id_author_user_id_fkey on system_core.comments (schemas/system_core.yaml:169:16)
ALTER TABLE "system_core"."comments" DROP CONSTRAINT "comments_business_id_author_user_id_fkey";

-- [485/879] drop foreign key activity_events_business_id_fkey on system_core.activity_events (schemas/system_core.yaml:18:14)
ALTER TABLE "system_core"."activity_events" DROP CONSTRAINT "activity_events_business_id_fkey";

-- [486/879] drop foreign key vulnerabilities_business_id_fkey on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:132:23)
ALTER TABLE "security_mgmt"."vulnerabilities" DROP CONSTRAINT "vulnerabilities_business_id_fkey";

-- [487/879] drop foreign key security_incidents_business_id_fkey on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:23)
ALTER TABLE "security_mgmt"."security_incidents" DROP CONSTRAINT "security_incidents_business_id_fkey";

-- [488/879] drop foreign key security_incidents_business_id_assigned_to_fkey on security_mgmt.security_incidents (schemas/security_mgmt.yaml:57:16)
ALTER TABLE "security_mgmt"."security_incidents" DROP CONSTRAINT "security_incidents_business_id_assigned_to_fkey";

-- [489/879] drop foreign key security_events_incident_id_fkey on security_mgmt.security_events (schemas/security_mgmt.yaml:83:21)
ALTER TABLE "security_mgmt"."security_events" DROP CONSTRAINT "security_events_incident_id_fkey";

-- [490/879] drop foreign key security_events_business_id_user_id_fkey on security_mgmt.security_events (schemas/security_mgmt.yaml:87:16)
ALTER TABLE "security_mgmt"."security_events" DROP CONSTRAINT "security_events_business_id_user_id_fkey";

-- [491/879] drop foreign key security_events_business_id_fkey on security_mgmt.security_events (schemas/security_mgmt.yaml:70:23)
ALTER TABLE "security_mgmt"."security_events" DROP CONSTRAINT "security_events_business_id_fkey";

-- [492/879] drop foreign key compliance_controls_framework_code_fkey on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:107:21)
ALTER TABLE "security_mgmt"."compliance_controls" DROP CONSTRAINT "compliance_controls_framework_code_fkey";

-- [493/879] drop foreign key compliance_controls_business_id_owner_user_id_fkey on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:120:16)
ALTER TABLE "security_mgmt"."compliance_controls" DROP CONSTRAINT "compliance_controls_business_id_owner_user_id_fkey";

-- [494/879] drop foreign key compliance_controls_business_id_fkey on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:23)
ALTER TABLE "security_mgmt"."compliance_controls" DROP CONSTRAINT "compliance_controls_business_id_fkey";

-- [495/879] drop foreign key api_keys_business_id_fkey on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:23)
ALTER TABLE "security_mgmt"."api_keys" DROP CONSTRAINT "api_keys_business_id_fkey";

-- [496/879] drop foreign key api_keys_business_id_created_by_fkey on security_mgmt.api_keys (schemas/security_mgmt.yaml:167:16)
ALTER TABLE "security_mgmt"."api_keys" DROP CONSTRAINT "api_keys_business_id_created_by_fkey";

-- [497/879] drop foreign key products_business_id_fkey on ret.products (schemas/ret.yaml:37:9)
ALTER TABLE "ret"."products" DROP CONSTRAINT "products_business_id_fkey";

-- [498/879] drop foreign key orders_business_id_loyalty_account_id_fkey on ret.orders (schemas/ret.yaml:142:16)
ALTER TABLE "ret"."orders" DROP CONSTRAINT "orders_business_id_loyalty_account_id_fkey";

-- [499/879] drop foreign key orders_business_id_location_id_fkey on ret.orders (schemas/ret.yaml:138:16)
ALTER TABLE "ret"."orders" DROP CONSTRAINT "orders_business_id_location_id_fkey";

-- [500/879] drop foreign key orders_business_id_fkey on ret.orders (schemas/ret.yaml:117:23)
ALTER TABLE "ret"."orders" DROP CONSTRAINT "orders_business_id_fkey";

-- [501/879] drop foreign key order_lines_business_id_product_id_fkey on ret.order_lines (schemas/ret.yaml:172:16)
ALTER TABLE "ret"."order_lines" DROP CONSTRAINT "order_lines_business_id_product_id_fkey";

-- [502/879] drop foreign key order_lines_business_id_order_id_fkey on ret.order_lines (schemas/ret.yaml:168:16)
ALTER TABLE "ret"."order_lines" DROP CONSTRAINT "order_lines_business_id_order_id_fkey";

-- [503/879] drop foreign key order_lines_business_id_fkey on ret.order_lines (schemas/ret.yaml:156:23)
ALTER TABLE "ret"."order_lines" DROP CONSTRAINT "order_lines_business_id_fkey";

-- [504/879] drop foreign key loyalty_accounts_business_id_fkey on ret.loyalty_accounts (schemas/ret.yaml:95:23)
ALTER TABLE "ret"."loyalty_accounts" DROP CONSTRAINT "loyalty_accounts_business_id_fkey";

-- [505/879] drop foreign key locations_business_id_fkey on ret.locations (schemas/ret.yaml:19:23)
ALTER TABLE "ret"."locations" DROP CONSTRAINT "locations_business_id_fkey";

-- [506/879] drop foreign key inventory_levels_business_id_product_id_fkey on ret.inventory_levels (schemas/ret.yaml:82:16)
ALTER TABLE "ret"."inventory_levels" DROP CONSTRAINT "inventory_levels_business_id_product_id_fkey";

-- [507/879] drop foreign key inventory_levels_business_id_location_id_fkey on ret.inventory_levels (schemas/ret.yaml:78:16)
ALTER TABLE "ret"."inventory_levels" DROP CONSTRAINT "inventory_levels_business_id_location_id_fkey";

-- [508/879] drop foreign key inventory_levels_business_id_fkey on ret.inventory_levels (schemas/ret.yaml:68:14)
ALTER TABLE "ret"."inventory_levels" DROP CONSTRAINT "inventory_levels_business_id_fkey";

-- [509/879] drop foreign key orders_business_id_server_user_id_fkey on rest.orders (schemas/rest.yaml:79:16)
ALTER TABLE "rest"."orders" DROP CONSTRAINT "orders_business_id_server_user_id_fkey";

-- [510/879] drop foreign key orders_business_id_fkey on rest.orders (schemas/rest.yaml:55:23)
ALTER TABLE "rest"."orders" DROP CONSTRAINT "orders_business_id_fkey";

-- [511/879] drop foreign key order_items_business_id_order_id_fkey on rest.order_items (schemas/rest.yaml:115:16)
ALTER TABLE "rest"."order_items" DROP CONSTRAINT "order_items_business_id_order_id_fkey";

-- [512/879] drop foreign key order_items_business_id_menu_item_id_fkey on rest.order_items (schemas/rest.yaml:119:16)
ALTER TABLE "rest"."order_items" DROP CONSTRAINT "order_items_business_id_menu_item_id_fkey";

-- [513/879] drop foreign key order_items_business_id_fkey on rest.order_items (schemas/rest.yaml:98:23)
ALTER TABLE "rest"."order_items" DROP CONSTRAINT "order_items_business_id_fkey";

-- [514/879] drop foreign key menu_items_business_id_fkey on rest.menu_items (schemas/rest.yaml:27:9)
ALTER TABLE "rest"."menu_items" DROP CONSTRAINT "menu_items_business_id_fkey";

-- [515/879] drop foreign key kitchen_tickets_business_id_order_id_fkey on rest.kitchen_tickets (schemas/rest.yaml:143:16)
ALTER TABLE "rest"."kitchen_tickets" DROP CONSTRAINT "kitchen_tickets_business_id_order_id_fkey";

-- [516/879] drop foreign key kitchen_tickets_business_id_fkey on rest.kitchen_tickets (schemas/rest.yaml:130:23)
ALTER TABLE "rest"."kitchen_tickets" DROP CONSTRAINT "kitchen_tickets_business_id_fkey";

-- [517/879] drop foreign key haccp_logs_business_id_verified_by_fkey on rest.haccp_logs (schemas/rest.yaml:177:16)
ALTER TABLE "rest"."haccp_logs" DROP CONSTRAINT "haccp_logs_business_id_verified_by_fkey";

-- [518/879] drop foreign key haccp_logs_business_id_recorded_by_fkey on rest.haccp_logs (schemas/rest.yaml:173:16)
ALTER TABLE "rest"."haccp_logs" DROP CONSTRAINT "haccp_logs_business_id_recorded_by_fkey";

-- [519/879] drop foreign key haccp_logs_business_id_fkey on rest.haccp_logs (schemas/rest.yaml:156:23)
ALTER TABLE "rest"."haccp_logs" DROP CONSTRAINT "haccp_logs_business_id_fkey";

-- [520/879] drop foreign key pay_stubs_business_id_pay_run_id_fkey on payroll.pay_stubs (schemas/payroll.yaml:86:16)
ALTER TABLE "payroll"."pay_stubs" DROP CONSTRAINT "pay_stubs_business_id_pay_run_id_fkey";

-- [521/879] drop foreign key pay_stubs_business_id_fkey on payroll.pay_stubs (schemas/payroll.yaml:69:23)
ALTER TABLE "payroll"."pay_stubs" DROP CONSTRAINT "pay_stubs_business_id_fkey";

-- [522/879] drop foreign key pay_stubs_business_id_employee_id_fkey on payroll.pay_stubs (schemas/payroll.yaml:90:16)
ALTER TABLE "payroll"."pay_stubs" DROP CONSTRAINT "pay_stubs_business_id_employee_id_fkey";

-- [523/879] drop foreign key pay_runs_business_id_fkey on payroll.pay_runs (schemas/payroll.yaml:41:23)
ALTER TABLE "payroll"."pay_runs" DROP CONSTRAINT "pay_runs_business_id_fkey";

-- [524/879] drop foreign key pay_runs_business_id_approved_by_fkey on payroll.pay_runs (schemas/payroll.yaml:56:16)
ALTER TABLE "payroll"."pay_runs" DROP CONSTRAINT "pay_runs_business_id_approved_by_fkey";

-- [525/879] drop foreign key employees_business_id_user_id_fkey on payroll.employees (schemas/payroll.yaml:33:16)
ALTER TABLE "payroll"."employees" DROP CONSTRAINT "employees_business_id_user_id_fkey";

-- [526/879] drop foreign key employees_business_id_fkey on payroll.employees (schemas/payroll.yaml:16:23)
ALTER TABLE "payroll"."employees" DROP CONSTRAINT "employees_business_id_fkey";

-- [527/879] drop foreign key work_orders_business_id_property_id_fkey on hs.work_orders (schemas/hs.yaml:148:16)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_business_id_property_id_fkey";

-- [528/879] drop foreign key work_orders_business_id_fkey on hs.work_orders (schemas/hs.yaml:117:9)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_business_id_fkey";

-- [529/879] drop foreign key work_orders_business_id_customer_id_fkey on hs.work_orders (schemas/hs.yaml:144:16)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_business_id_customer_id_fkey";

-- [530/879] drop foreign key work_orders_business_id_assigned_technician_id_fkey on hs.work_orders (schemas/hs.yaml:152:16)
ALTER TABLE "hs"."work_orders" DROP CONSTRAINT "work_orders_business_id_assigned_technician_id_fkey";

-- [531/879] drop foreign key technicians_business_id_user_id_fkey on hs.technicians (schemas/hs.yaml:102:16)
ALTER TABLE "hs"."technicians" DROP CONSTRAINT "technicians_business_id_user_id_fkey";

-- [532/879] drop foreign key technicians_business_id_fkey on hs.technicians (schemas/hs.yaml:86:23)
ALTER TABLE "hs"."technicians" DROP CONSTRAINT "technicians_business_id_fkey";

-- [533/879] drop foreign key quality_inspections_business_id_work_order_id_fkey on hs.quality_inspections (schemas/hs.yaml:189:16)
ALTER TABLE "hs"."quality_inspections" DROP CONSTRAINT "quality_inspections_business_id_work_order_id_fkey";

-- [534/879] drop foreign key quality_inspections_business_id_inspector_user_id_fkey on hs.quality_inspections (schemas/hs.yaml:193:16)
ALTER TABLE "hs"."quality_inspections" DROP CONSTRAINT "quality_inspections_business_id_inspector_user_id_fkey";

-- [535/879] drop foreign key quality_inspections_business_id_fkey on hs.quality_inspections (schemas/hs.yaml:176:23)
ALTER TABLE "hs"."quality_inspections" DROP CONSTRAINT "quality_inspections_business_id_fkey";

-- [536/879] drop foreign key properties_business_id_fkey on hs.properties (schemas/hs.yaml:57:23)
ALTER TABLE "hs"."properties" DROP CONSTRAINT "properties_business_id_fkey";

-- [537/879] drop foreign key properties_business_id_customer_id_fkey on hs.properties (schemas/hs.yaml:75:16)
ALTER TABLE "hs"."properties" DROP CONSTRAINT "properties_business_id_customer_id_fkey";

-- [538/879] drop foreign key customers_business_id_fkey on hs.customers (schemas/hs.yaml:35:9)
ALTER TABLE "hs"."customers" DROP CONSTRAINT "customers_business_id_fkey";

-- [539/879] drop foreign key lessons_business_id_fkey on courses.lessons (schemas/courses.yaml:46:23)
ALTER TABLE "courses"."lessons" DROP CONSTRAINT "lessons_business_id_fkey";

-- [540/879] drop foreign key lessons_business_id_course_id_fkey on courses.lessons (schemas/courses.yaml:59:16)
ALTER TABLE "courses"."lessons" DROP CONSTRAINT "lessons_business_id_course_id_fkey";

-- [541/879] drop foreign key enrollments_business_id_user_id_fkey on courses.enrollments (schemas/courses.yaml:85:16)
ALTER TABLE "courses"."enrollments" DROP CONSTRAINT "enrollments_business_id_user_id_fkey";

-- [542/879] drop foreign key enrollments_business_id_fkey on courses.enrollments (schemas/courses.yaml:67:23)
ALTER TABLE "courses"."enrollments" DROP CONSTRAINT "enrollments_business_id_fkey";

-- [543/879] drop foreign key enrollments_business_id_course_id_fkey on courses.enrollments (schemas/courses.yaml:81:16)
ALTER TABLE "courses"."enrollments" DROP CONSTRAINT "enrollments_business_id_course_id_fkey";

-- [544/879] drop foreign key courses_business_id_fkey on courses.courses (schemas/courses.yaml:19:9)
ALTER TABLE "courses"."courses" DROP CONSTRAINT "courses_business_id_fkey";

-- [545/879] drop foreign key vehicles_business_id_fkey on auto.vehicles (schemas/auto.yaml:39:23)
ALTER TABLE "auto"."vehicles" DROP CONSTRAINT "vehicles_business_id_fkey";

-- [546/879] drop foreign key vehicles_business_id_customer_id_fkey on auto.vehicles (schemas/auto.yaml:60:16)
ALTER TABLE "auto"."vehicles" DROP CONSTRAINT "vehicles_business_id_customer_id_fkey";

-- [547/879] drop foreign key repair_orders_business_id_vehicle_id_fkey on auto.repair_orders (schemas/auto.yaml:137:16)
ALTER TABLE "auto"."repair_orders" DROP CONSTRAINT "repair_orders_business_id_vehicle_id_fkey";

-- [548/879] drop foreign key repair_orders_business_id_fkey on auto.repair_orders (schemas/auto.yaml:109:23)
ALTER TABLE "auto"."repair_orders" DROP CONSTRAINT "repair_orders_business_id_fkey";

-- [549/879] drop foreign key repair_orders_business_id_customer_id_fkey on auto.repair_orders (schemas/auto.yaml:141:16)
ALTER TABLE "auto"."repair_orders" DROP CONSTRAINT "repair_orders_business_id_customer_id_fkey";

-- [550/879] drop foreign key repair_orders_business_id_advisor_user_id_fkey on auto.repair_orders (schemas/auto.yaml:145:16)
ALTER TABLE "auto"."repair_orders" DROP CONSTRAINT "repair_orders_business_id_advisor_user_id_fkey";

-- [551/879] drop foreign key repair_order_lines_business_id_technician_user_id_fkey on auto.repair_order_lines (schemas/auto.yaml:187:16)
ALTER TABLE "auto"."repair_order_lines" DROP CONSTRAINT "repair_order_lines_business_id_technician_user_id_fkey";

-- [552/879] drop foreign key repair_order_lines_business_id_repair_order_id_fkey on auto.repair_order_lines (schemas/auto.yaml:179:16)
ALTER TABLE "auto"."repair_order_lines" DROP CONSTRAINT "repair_order_lines_business_id_repair_order_id_fkey";

-- [553/879] drop foreign key repair_order_lines_business_id_part_id_fkey on auto.repair_order_lines (schemas/auto.yaml:183:16)
ALTER TABLE "auto"."repair_order_lines" DROP CONSTRAINT "repair_order_lines_business_id_part_id_fkey";

-- [554/879] drop foreign key repair_order_lines_business_id_fkey on auto.repair_order_lines (schemas/auto.yaml:160:23)
ALTER TABLE "auto"."repair_order_lines" DROP CONSTRAINT "repair_order_lines_business_id_fkey";

-- [555/879] drop foreign key parts_business_id_fkey on auto.parts (schemas/auto.yaml:80:9)
ALTER TABLE "auto"."parts" DROP CONSTRAINT "parts_business_id_fkey";

-- [556/879] drop foreign key diagnostic_scans_business_id_vehicle_id_fkey on auto.diagnostic_scans (schemas/auto.yaml:213:16)
ALTER TABLE "auto"."diagnostic_scans" DROP CONSTRAINT "diagnostic_scans_business_id_vehicle_id_fkey";

-- [557/879] drop foreign key diagnostic_scans_business_id_repair_order_id_fkey on auto.diagnostic_scans (schemas/auto.yaml:217:16)
ALTER TABLE "auto"."diagnostic_scans" DROP CONSTRAINT "diagnostic_scans_business_id_repair_order_id_fkey";

-- [558/879] drop foreign key diagnostic_scans_business_id_fkey on auto.diagnostic_scans (schemas/auto.yaml:199:23)
ALTER TABLE "auto"."diagnostic_scans" DROP CONSTRAINT "diagnostic_scans_business_id_fkey";

-- [559/879] drop foreign key customers_business_id_fkey on auto.customers (schemas/auto.yaml:18:23)
ALTER TABLE "auto"."customers" DROP CONSTRAINT "customers_business_id_fkey";

-- [560/879] delete rows 12 row(s) of user_mgmt.permissions
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'users:read';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'users:manage';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'roles:manage';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'billing:manage';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'security:read';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'work_orders:dispatch';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'repair_orders:approve';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'pos:void';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'inventory:adjust';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'courses:publish';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'payroll:approve';
DELETE FROM "user_mgmt"."permissions" WHERE "code" = 'reports:export';

-- [561/879] delete rows 4 row(s) of tenant_mgmt.subscription_plans
DELETE FROM "tenant_mgmt"."subscription_plans" WHERE "code" = 'starter_monthly';
DELETE FROM "tenant_mgmt"."subscription_plans" WHERE "code" = 'growth_monthly';
DELETE FROM "tenant_mgmt"."subscription_plans" WHERE "code" = 'growth_yearly';
DELETE FROM "tenant_mgmt"."subscription_plans" WHERE "code" = 'enterprise_yearly';

-- [562/879] delete rows 5 row(s) of security_mgmt.compliance_frameworks
DELETE FROM "security_mgmt"."compliance_frameworks" WHERE "code" = 'gdpr';
DELETE FROM "security_mgmt"."compliance_frameworks" WHERE "code" = 'hipaa';
DELETE FROM "security_mgmt"."compliance_frameworks" WHERE "code" = 'sox';
DELETE FROM "security_mgmt"."compliance_frameworks" WHERE "code" = 'pci_dss';
DELETE FROM "security_mgmt"."compliance_frameworks" WHERE "code" = 'nist_csf';

-- [563/879] drop index users_search_vector_idx on user_mgmt.users (schemas/user_mgmt.yaml:61:9)
DROP INDEX "user_mgmt"."users_search_vector_idx";

-- [564/879] drop index users_attributes_idx on user_mgmt.users (schemas/user_mgmt.yaml:92:16)
DROP INDEX "user_mgmt"."users_attributes_idx";

-- [565/879] drop index users_high_risk_idx on user_mgmt.users (schemas/user_mgmt.yaml:89:16)
DROP INDEX "user_mgmt"."users_high_risk_idx";

-- [566/879] drop index users_business_id_status_idx on user_mgmt.users (schemas/user_mgmt.yaml:88:16)
DROP INDEX "user_mgmt"."users_business_id_status_idx";

-- [567/879] drop index users_business_id_email_key on user_mgmt.users (schemas/user_mgmt.yaml:86:16)
DROP INDEX "user_mgmt"."users_business_id_email_key";

-- [568/879] drop index users_business_id_idx on user_mgmt.users (schemas/user_mgmt.yaml:57:9)
DROP INDEX "user_mgmt"."users_business_id_idx";

-- [569/879] drop index user_sessions_expiry_idx on user_mgmt.user_sessions (schemas/user_mgmt.yaml:236:16)
DROP INDEX "user_mgmt"."user_sessions_expiry_idx";

-- [570/879] drop index user_sessions_live_idx on user_mgmt.user_sessions (schemas/user_mgmt.yaml:233:16)
DROP INDEX "user_mgmt"."user_sessions_live_idx";

-- [571/879] drop index user_sessions_business_id_idx on user_mgmt.user_sessions (schemas/user_mgmt.yaml:206:23)
DROP INDEX "user_mgmt"."user_sessions_business_id_idx";

-- [572/879] drop index user_roles_role_id_idx on user_mgmt.user_roles (schemas/user_mgmt.yaml:203:9)
DROP INDEX "user_mgmt"."user_roles_role_id_idx";

-- [573/879] drop index user_roles_per_location_key on user_mgmt.user_roles (schemas/user_mgmt.yaml:199:16)
DROP INDEX "user_mgmt"."user_roles_per_location_key";

-- [574/879] drop index user_roles_business_wide_key on user_mgmt.user_roles (schemas/user_mgmt.yaml:195:16)
DROP INDEX "user_mgmt"."user_roles_business_wide_key";

-- [575/879] drop index user_roles_business_id_idx on user_mgmt.user_roles (schemas/user_mgmt.yaml:170:23)
DROP INDEX "user_mgmt"."user_roles_business_id_idx";

-- [576/879] drop index user_identities_one_primary_key on user_mgmt.user_identities (schemas/user_mgmt.yaml:122:16)
DROP INDEX "user_mgmt"."user_identities_one_primary_key";

-- [577/879] drop index user_identities_user_id_idx on user_mgmt.user_identities (schemas/user_mgmt.yaml:121:9)
DROP INDEX "user_mgmt"."user_identities_user_id_idx";

-- [578/879] drop index user_identities_business_id_idx on user_mgmt.user_identities (schemas/user_mgmt.yaml:96:23)
DROP INDEX "user_mgmt"."user_identities_business_id_idx";

-- [579/879] drop index roles_parent_role_id_idx on user_mgmt.roles (schemas/user_mgmt.yaml:147:16)
DROP INDEX "user_mgmt"."roles_parent_role_id_idx";

-- [580/879] drop index roles_business_id_idx on user_mgmt.roles (schemas/user_mgmt.yaml:128:23)
DROP INDEX "user_mgmt"."roles_business_id_idx";

-- [581/879] drop index role_permissions_permission_code_idx on user_mgmt.role_permissions (schemas/user_mgmt.yaml:167:9)
DROP INDEX "user_mgmt"."role_permissions_permission_code_idx";

-- [582/879] drop index role_permissions_business_id_idx on user_mgmt.role_permissions (schemas/user_mgmt.yaml:151:14)
DROP INDEX "user_mgmt"."role_permissions_business_id_idx";

-- [583/879] drop index audit_trail_table_name_changed_at_idx on user_mgmt.audit_trail (schemas/user_mgmt.yaml:60:9)
DROP INDEX "user_mgmt"."audit_trail_table_name_changed_at_idx";

-- [584/879] drop index usage_records_business_id_metric_period_hour_idx on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:148:16)
DROP INDEX "tenant_mgmt"."usage_records_business_id_metric_period_hour_idx";

-- [585/879] drop index usage_records_business_id_idx on tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:134:23)
DROP INDEX "tenant_mgmt"."usage_records_business_id_idx";

-- [586/879] drop index subscriptions_external_key on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:128:16)
DROP INDEX "tenant_mgmt"."subscriptions_external_key";

-- [587/879] drop index subscriptions_renewal_idx on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:125:16)
DROP INDEX "tenant_mgmt"."subscriptions_renewal_idx";

-- [588/879] drop index subscriptions_one_live_key on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:121:16)
DROP INDEX "tenant_mgmt"."subscriptions_one_live_key";

-- [589/879] drop index subscriptions_business_id_idx on tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:101:23)
DROP INDEX "tenant_mgmt"."subscriptions_business_id_idx";

-- [590/879] drop index businesses_settings_idx on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:64:16)
DROP INDEX "tenant_mgmt"."businesses_settings_idx";

-- [591/879] drop index businesses_attention_idx on tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:61:16)
DROP INDEX "tenant_mgmt"."businesses_attention_idx";

-- [592/879] drop index business_verticals_business_id_idx on tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:69:14)
DROP INDEX "tenant_mgmt"."business_verticals_business_id_idx";

-- [593/879] drop index audit_trail_table_name_changed_at_idx on tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
DROP INDEX "tenant_mgmt"."audit_trail_table_name_changed_at_idx";

-- [594/879] drop index tags_business_id_idx on system_core.tags (schemas/system_core.yaml:129:23)
DROP INDEX "system_core"."tags_business_id_idx";

-- [595/879] drop index notifications_queue_idx on system_core.notifications (schemas/system_core.yaml:93:16)
DROP INDEX "system_core"."notifications_queue_idx";

-- [596/879] drop index notifications_unread_idx on system_core.notifications (schemas/system_core.yaml:90:16)
DROP INDEX "system_core"."notifications_unread_idx";

-- [597/879] drop index notifications_business_id_idx on system_core.notifications (schemas/system_core.yaml:63:23)
DROP INDEX "system_core"."notifications_business_id_idx";

-- [598/879] drop index files_scan_queue_idx on system_core.files (schemas/system_core.yaml:124:16)
DROP INDEX "system_core"."files_scan_queue_idx";

-- [599/879] drop index files_entity_type_entity_id_idx on system_core.files (schemas/system_core.yaml:122:16)
DROP INDEX "system_core"."files_entity_type_entity_id_idx";

-- [600/879] drop index files_business_id_idx on system_core.files (schemas/system_core.yaml:98:23)
DROP INDEX "system_core"."files_business_id_idx";

-- [601/879] drop index entity_tags_entity_type_entity_id_idx on system_core.entity_tags (schemas/system_core.yaml:152:9)
DROP INDEX "system_core"."entity_tags_entity_type_entity_id_idx";

-- [602/879] drop index entity_tags_business_id_idx on system_core.entity_tags (schemas/system_core.yaml:139:14)
DROP INDEX "system_core"."entity_tags_business_id_idx";

-- [603/879] drop index comments_mentions_idx on system_core.comments (schemas/system_core.yaml:177:16)
DROP INDEX "system_core"."comments_mentions_idx";

-- [604/879] drop index comments_entity_type_entity_id_created_at_idx on system_core.comments (schemas/system_core.yaml:176:16)
DROP INDEX "system_core"."comments_entity_type_entity_id_created_at_idx";

-- [605/879] drop index comments_business_id_idx on system_core.comments (schemas/system_core.yaml:155:23)
DROP INDEX "system_core"."comments_business_id_idx";

-- [606/879] drop index activity_events_occurred_brin on system_core.activity_events (schemas/system_core.yaml:58:16)
DROP INDEX "system_core"."activity_events_occurred_brin";

-- [607/879] drop index activity_events_metadata_idx on system_core.activity_events (schemas/system_core.yaml:56:16)
DROP INDEX "system_core"."activity_events_metadata_idx";

-- [608/879] drop index activity_events_actor_idx on system_core.activity_events (schemas/system_core.yaml:53:16)
DROP INDEX "system_core"."activity_events_actor_idx";

-- [609/879] drop index activity_events_entity_idx on system_core.activity_events (schemas/system_core.yaml:50:16)
DROP INDEX "system_core"."activity_events_entity_idx";

-- [610/879] drop index activity_events_business_id_occurred_at_idx on system_core.activity_events (schemas/system_core.yaml:49:16)
DROP INDEX "system_core"."activity_events_business_id_occurred_at_idx";

-- [611/879] drop index activity_events_business_id_idx on system_core.activity_events (schemas/system_core.yaml:18:14)
DROP INDEX "system_core"."activity_events_business_id_idx";

-- [612/879] drop index vulnerabilities_cve_id_idx on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:150:16)
DROP INDEX "security_mgmt"."vulnerabilities_cve_id_idx";

-- [613/879] drop index vulnerabilities_open_idx on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:147:16)
DROP INDEX "security_mgmt"."vulnerabilities_open_idx";

-- [614/879] drop index vulnerabilities_business_id_idx on security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:132:23)
DROP INDEX "security_mgmt"."vulnerabilities_business_id_idx";

-- [615/879] drop index security_incidents_open_idx on security_mgmt.security_incidents (schemas/security_mgmt.yaml:65:16)
DROP INDEX "security_mgmt"."security_incidents_open_idx";

-- [616/879] drop index security_incidents_business_id_idx on security_mgmt.security_incidents (schemas/security_mgmt.yaml:38:23)
DROP INDEX "security_mgmt"."security_incidents_business_id_idx";

-- [617/879] drop index security_events_details_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:98:16)
DROP INDEX "security_mgmt"."security_events_details_idx";

-- [618/879] drop index security_events_user_id_occurred_at_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:96:16)
DROP INDEX "security_mgmt"."security_events_user_id_occurred_at_idx";

-- [619/879] drop index security_events_unacknowledged_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:93:16)
DROP INDEX "security_mgmt"."security_events_unacknowledged_idx";

-- [620/879] drop index security_events_business_id_occurred_at_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:92:16)
DROP INDEX "security_mgmt"."security_events_business_id_occurred_at_idx";

-- [621/879] drop index security_events_business_id_idx on security_mgmt.security_events (schemas/security_mgmt.yaml:70:23)
DROP INDEX "security_mgmt"."security_events_business_id_idx";

-- [622/879] drop index compliance_controls_review_idx on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:127:16)
DROP INDEX "security_mgmt"."compliance_controls_review_idx";

-- [623/879] drop index compliance_controls_business_id_idx on security_mgmt.compliance_controls (schemas/security_mgmt.yaml:102:23)
DROP INDEX "security_mgmt"."compliance_controls_business_id_idx";

-- [624/879] drop index audit_trail_table_name_changed_at_idx on security_mgmt.audit_trail (schemas/security_mgmt.yaml:38:50)
DROP INDEX "security_mgmt"."audit_trail_table_name_changed_at_idx";

-- [625/879] drop index api_keys_scopes_idx on security_mgmt.api_keys (schemas/security_mgmt.yaml:175:16)
DROP INDEX "security_mgmt"."api_keys_scopes_idx";

-- [626/879] drop index api_keys_live_idx on security_mgmt.api_keys (schemas/security_mgmt.yaml:172:16)
DROP INDEX "security_mgmt"."api_keys_live_idx";

-- [627/879] drop index api_keys_business_id_idx on security_mgmt.api_keys (schemas/security_mgmt.yaml:154:23)
DROP INDEX "security_mgmt"."api_keys_business_id_idx";

-- [628/879] drop index products_search_vector_idx on ret.products (schemas/ret.yaml:41:9)
DROP INDEX "ret"."products_search_vector_idx";

-- [629/879] drop index products_custom_fields_idx on ret.products (schemas/ret.yaml:40:9)
DROP INDEX "ret"."products_custom_fields_idx";

-- [630/879] drop index products_attributes_idx on ret.products (schemas/ret.yaml:64:16)
DROP INDEX "ret"."products_attributes_idx";

-- [631/879] drop index products_barcode_idx on ret.products (schemas/ret.yaml:62:16)
DROP INDEX "ret"."products_barcode_idx";

-- [632/879] drop index products_business_id_parent_sku_idx on ret.products (schemas/ret.yaml:60:16)
DROP INDEX "ret"."products_business_id_parent_sku_idx";

-- [633/879] drop index products_business_id_sku_key on ret.products (schemas/ret.yaml:58:16)
DROP INDEX "ret"."products_business_id_sku_key";

-- [634/879] drop index products_business_id_idx on ret.products (schemas/ret.yaml:37:9)
DROP INDEX "ret"."products_business_id_idx";

-- [635/879] drop index orders_loyalty_account_id_placed_at_idx on ret.orders (schemas/ret.yaml:152:16)
DROP INDEX "ret"."orders_loyalty_account_id_placed_at_idx";

-- [636/879] drop index orders_business_id_status_placed_at_idx on ret.orders (schemas/ret.yaml:151:16)
DROP INDEX "ret"."orders_business_id_status_placed_at_idx";

-- [637/879] drop index orders_business_id_idx on ret.orders (schemas/ret.yaml:117:23)
DROP INDEX "ret"."orders_business_id_idx";

-- [638/879] drop index order_lines_product_id_idx on ret.order_lines (schemas/ret.yaml:180:9)
DROP INDEX "ret"."order_lines_product_id_idx";

-- [639/879] drop index order_lines_order_id_idx on ret.order_lines (schemas/ret.yaml:179:9)
DROP INDEX "ret"."order_lines_order_id_idx";

-- [640/879] drop index order_lines_business_id_idx on ret.order_lines (schemas/ret.yaml:156:23)
DROP INDEX "ret"."order_lines_business_id_idx";

-- [641/879] drop index loyalty_accounts_business_id_tier_idx on ret.loyalty_accounts (schemas/ret.yaml:114:16)
DROP INDEX "ret"."loyalty_accounts_business_id_tier_idx";

-- [642/879] drop index loyalty_accounts_email_key on ret.loyalty_accounts (schemas/ret.yaml:110:16)
DROP INDEX "ret"."loyalty_accounts_email_key";

-- [643/879] drop index loyalty_accounts_business_id_idx on ret.loyalty_accounts (schemas/ret.yaml:95:23)
DROP INDEX "ret"."loyalty_accounts_business_id_idx";

-- [644/879] drop index locations_business_id_code_key on ret.locations (schemas/ret.yaml:31:16)
DROP INDEX "ret"."locations_business_id_code_key";

-- [645/879] drop index locations_business_id_idx on ret.locations (schemas/ret.yaml:19:23)
DROP INDEX "ret"."locations_business_id_idx";

-- [646/879] drop index inventory_levels_reorder_idx on ret.inventory_levels (schemas/ret.yaml:90:16)
DROP INDEX "ret"."inventory_levels_reorder_idx";

-- [647/879] drop index inventory_levels_product_id_idx on ret.inventory_levels (schemas/ret.yaml:89:9)
DROP INDEX "ret"."inventory_levels_product_id_idx";

-- [648/879] drop index inventory_levels_business_id_idx on ret.inventory_levels (schemas/ret.yaml:68:14)
DROP INDEX "ret"."inventory_levels_business_id_idx";

-- [649/879] drop index orders_external_key on rest.orders (schemas/rest.yaml:92:16)
DROP INDEX "rest"."orders_external_key";

-- [650/879] drop index orders_open_idx on rest.orders (schemas/rest.yaml:89:16)
DROP INDEX "rest"."orders_open_idx";

-- [651/879] drop index orders_business_id_opened_at_idx on rest.orders (schemas/rest.yaml:88:16)
DROP INDEX "rest"."orders_business_id_opened_at_idx";

-- [652/879] drop index orders_business_id_idx on rest.orders (schemas/rest.yaml:55:23)
DROP INDEX "rest"."orders_business_id_idx";

-- [653/879] drop index order_items_menu_item_id_idx on rest.order_items (schemas/rest.yaml:127:9)
DROP INDEX "rest"."order_items_menu_item_id_idx";

-- [654/879] drop index order_items_order_id_idx on rest.order_items (schemas/rest.yaml:126:9)
DROP INDEX "rest"."order_items_order_id_idx";

-- [655/879] drop index order_items_business_id_idx on rest.order_items (schemas/rest.yaml:98:23)
DROP INDEX "rest"."order_items_business_id_idx";

-- [656/879] drop index menu_items_search_vector_idx on rest.menu_items (schemas/rest.yaml:30:9)
DROP INDEX "rest"."menu_items_search_vector_idx";

-- [657/879] drop index menu_items_dietary_idx on rest.menu_items (schemas/rest.yaml:51:16)
DROP INDEX "rest"."menu_items_dietary_idx";

-- [658/879] drop index menu_items_allergens_idx on rest.menu_items (schemas/rest.yaml:49:16)
DROP INDEX "rest"."menu_items_allergens_idx";

-- [659/879] drop index menu_items_available_idx on rest.menu_items (schemas/rest.yaml:46:16)
DROP INDEX "rest"."menu_items_available_idx";

-- [660/879] drop index menu_items_business_id_idx on rest.menu_items (schemas/rest.yaml:27:9)
DROP INDEX "rest"."menu_items_business_id_idx";

-- [661/879] drop index kitchen_tickets_order_id_idx on rest.kitchen_tickets (schemas/rest.yaml:153:9)
DROP INDEX "rest"."kitchen_tickets_order_id_idx";

-- [662/879] drop index kitchen_tickets_board_idx on rest.kitchen_tickets (schemas/rest.yaml:150:16)
DROP INDEX "rest"."kitchen_tickets_board_idx";

-- [663/879] drop index kitchen_tickets_business_id_idx on rest.kitchen_tickets (schemas/rest.yaml:130:23)
DROP INDEX "rest"."kitchen_tickets_business_id_idx";

-- [664/879] drop index haccp_logs_deviations_idx on rest.haccp_logs (schemas/rest.yaml:186:16)
DROP INDEX "rest"."haccp_logs_deviations_idx";

-- [665/879] drop index haccp_logs_business_id_recorded_at_idx on rest.haccp_logs (schemas/rest.yaml:185:16)
DROP INDEX "rest"."haccp_logs_business_id_recorded_at_idx";

-- [666/879] drop index haccp_logs_business_id_idx on rest.haccp_logs (schemas/rest.yaml:156:23)
DROP INDEX "rest"."haccp_logs_business_id_idx";

-- [667/879] drop index audit_trail_table_name_changed_at_idx on rest.audit_trail (schemas/rest.yaml:55:50)
DROP INDEX "rest"."audit_trail_table_name_changed_at_idx";

-- [668/879] drop index pay_stubs_employee_id_idx on payroll.pay_stubs (schemas/payroll.yaml:97:9)
DROP INDEX "payroll"."pay_stubs_employee_id_idx";

-- [669/879] drop index pay_stubs_business_id_idx on payroll.pay_stubs (schemas/payroll.yaml:69:23)
DROP INDEX "payroll"."pay_stubs_business_id_idx";

-- [670/879] drop index pay_runs_business_id_pay_date_idx on payroll.pay_runs (schemas/payroll.yaml:66:16)
DROP INDEX "payroll"."pay_runs_business_id_pay_date_idx";

-- [671/879] drop index pay_runs_business_id_idx on payroll.pay_runs (schemas/payroll.yaml:41:23)
DROP INDEX "payroll"."pay_runs_business_id_idx";

-- [672/879] drop index employees_business_id_idx on payroll.employees (schemas/payroll.yaml:16:23)
DROP INDEX "payroll"."employees_business_id_idx";

-- [673/879] drop index audit_trail_table_name_changed_at_idx on payroll.audit_trail (schemas/payroll.yaml:16:50)
DROP INDEX "payroll"."audit_trail_table_name_changed_at_idx";

-- [674/879] drop index work_orders_search_vector_idx on hs.work_orders (schemas/hs.yaml:120:9)
DROP INDEX "hs"."work_orders_search_vector_idx";

-- [675/879] drop index work_orders_details_idx on hs.work_orders (schemas/hs.yaml:166:16)
DROP INDEX "hs"."work_orders_details_idx";

-- [676/879] drop index work_orders_property_id_created_at_idx on hs.work_orders (schemas/hs.yaml:165:16)
DROP INDEX "hs"."work_orders_property_id_created_at_idx";

-- [677/879] drop index work_orders_technician_day_idx on hs.work_orders (schemas/hs.yaml:162:16)
DROP INDEX "hs"."work_orders_technician_day_idx";

-- [678/879] drop index work_orders_business_id_status_scheduled_start_idx on hs.work_orders (schemas/hs.yaml:161:16)
DROP INDEX "hs"."work_orders_business_id_status_scheduled_start_idx";

-- [679/879] drop index work_orders_business_id_idx on hs.work_orders (schemas/hs.yaml:117:9)
DROP INDEX "hs"."work_orders_business_id_idx";

-- [680/879] drop index technicians_osha_training_expires_on_idx on hs.technicians (schemas/hs.yaml:111:16)
DROP INDEX "hs"."technicians_osha_training_expires_on_idx";

-- [681/879] drop index technicians_skills_idx on hs.technicians (schemas/hs.yaml:109:16)
DROP INDEX "hs"."technicians_skills_idx";

-- [682/879] drop index technicians_business_id_employee_number_key on hs.technicians (schemas/hs.yaml:107:16)
DROP INDEX "hs"."technicians_business_id_employee_number_key";

-- [683/879] drop index technicians_business_id_idx on hs.technicians (schemas/hs.yaml:86:23)
DROP INDEX "hs"."technicians_business_id_idx";

-- [684/879] drop index quality_inspections_safety_idx on hs.quality_inspections (schemas/hs.yaml:201:16)
DROP INDEX "hs"."quality_inspections_safety_idx";

-- [685/879] drop index quality_inspections_work_order_id_idx on hs.quality_inspections (schemas/hs.yaml:200:9)
DROP INDEX "hs"."quality_inspections_work_order_id_idx";

-- [686/879] drop index quality_inspections_business_id_idx on hs.quality_inspections (schemas/hs.yaml:176:23)
DROP INDEX "hs"."quality_inspections_business_id_idx";

-- [687/879] drop index properties_equipment_idx on hs.properties (schemas/hs.yaml:82:16)
DROP INDEX "hs"."properties_equipment_idx";

-- [688/879] drop index properties_business_id_postal_code_idx on hs.properties (schemas/hs.yaml:81:16)
DROP INDEX "hs"."properties_business_id_postal_code_idx";

-- [689/879] drop index properties_customer_id_idx on hs.properties (schemas/hs.yaml:80:9)
DROP INDEX "hs"."properties_customer_id_idx";

-- [690/879] drop index properties_business_id_idx on hs.properties (schemas/hs.yaml:57:23)
DROP INDEX "hs"."properties_business_id_idx";

-- [691/879] drop index customers_search_vector_idx on hs.customers (schemas/hs.yaml:39:9)
DROP INDEX "hs"."customers_search_vector_idx";

-- [692/879] drop index customers_custom_fields_idx on hs.customers (schemas/hs.yaml:38:9)
DROP INDEX "hs"."customers_custom_fields_idx";

-- [693/879] drop index customers_business_id_email_idx on hs.customers (schemas/hs.yaml:53:16)
DROP INDEX "hs"."customers_business_id_email_idx";

-- [694/879] drop index customers_business_id_idx on hs.customers (schemas/hs.yaml:35:9)
DROP INDEX "hs"."customers_business_id_idx";

-- [695/879] drop index audit_trail_table_name_changed_at_idx on hs.audit_trail (schemas/hs.yaml:119:9)
DROP INDEX "hs"."audit_trail_table_name_changed_at_idx";

-- [696/879] drop index lessons_business_id_idx on courses.lessons (schemas/courses.yaml:46:23)
DROP INDEX "courses"."lessons_business_id_idx";

-- [697/879] drop index enrollments_certificate_key on courses.enrollments (schemas/courses.yaml:94:16)
DROP INDEX "courses"."enrollments_certificate_key";

-- [698/879] drop index enrollments_user_id_status_idx on courses.enrollments (schemas/courses.yaml:93:16)
DROP INDEX "courses"."enrollments_user_id_status_idx";

-- [699/879] drop index enrollments_business_id_idx on courses.enrollments (schemas/courses.yaml:67:23)
DROP INDEX "courses"."enrollments_business_id_idx";

-- [700/879] drop index courses_search_vector_idx on courses.courses (schemas/courses.yaml:22:9)
DROP INDEX "courses"."courses_search_vector_idx";

-- [701/879] drop index courses_published_idx on courses.courses (schemas/courses.yaml:41:16)
DROP INDEX "courses"."courses_published_idx";

-- [702/879] drop index courses_business_id_slug_key on courses.courses (schemas/courses.yaml:39:16)
DROP INDEX "courses"."courses_business_id_slug_key";

-- [703/879] drop index courses_business_id_idx on courses.courses (schemas/courses.yaml:19:9)
DROP INDEX "courses"."courses_business_id_idx";

-- [704/879] drop index vehicles_adas_features_idx on auto.vehicles (schemas/auto.yaml:74:16)
DROP INDEX "auto"."vehicles_adas_features_idx";

-- [705/879] drop index vehicles_business_id_license_plate_idx on auto.vehicles (schemas/auto.yaml:72:16)
DROP INDEX "auto"."vehicles_business_id_license_plate_idx";

-- [706/879] drop index vehicles_customer_id_idx on auto.vehicles (schemas/auto.yaml:71:9)
DROP INDEX "auto"."vehicles_customer_id_idx";

-- [707/879] drop index vehicles_vin_key on auto.vehicles (schemas/auto.yaml:67:16)
DROP INDEX "auto"."vehicles_vin_key";

-- [708/879] drop index vehicles_business_id_idx on auto.vehicles (schemas/auto.yaml:39:23)
DROP INDEX "auto"."vehicles_business_id_idx";

-- [709/879] drop index repair_orders_vehicle_id_opened_at_idx on auto.repair_orders (schemas/auto.yaml:157:16)
DROP INDEX "auto"."repair_orders_vehicle_id_opened_at_idx";

-- [710/879] drop index repair_orders_open_idx on auto.repair_orders (schemas/auto.yaml:154:16)
DROP INDEX "auto"."repair_orders_open_idx";

-- [711/879] drop index repair_orders_business_id_idx on auto.repair_orders (schemas/auto.yaml:109:23)
DROP INDEX "auto"."repair_orders_business_id_idx";

-- [712/879] drop index repair_order_lines_part_id_idx on auto.repair_order_lines (schemas/auto.yaml:195:16)
DROP INDEX "auto"."repair_order_lines_part_id_idx";

-- [713/879] drop index repair_order_lines_business_id_idx on auto.repair_order_lines (schemas/auto.yaml:160:23)
DROP INDEX "auto"."repair_order_lines_business_id_idx";

-- [714/879] drop index parts_search_vector_idx on auto.parts (schemas/auto.yaml:82:9)
DROP INDEX "auto"."parts_search_vector_idx";

-- [715/879] drop index parts_fitment_idx on auto.parts (schemas/auto.yaml:105:16)
DROP INDEX "auto"."parts_fitment_idx";

-- [716/879] drop index parts_to_reorder_idx on auto.parts (schemas/auto.yaml:102:16)
DROP INDEX "auto"."parts_to_reorder_idx";

-- [717/879] drop index parts_business_id_category_idx on auto.parts (schemas/auto.yaml:101:16)
DROP INDEX "auto"."parts_business_id_category_idx";

-- [718/879] drop index parts_business_id_idx on auto.parts (schemas/auto.yaml:80:9)
DROP INDEX "auto"."parts_business_id_idx";

-- [719/879] drop index diagnostic_scans_dtc_codes_idx on auto.diagnostic_scans (schemas/auto.yaml:225:16)
DROP INDEX "auto"."diagnostic_scans_dtc_codes_idx";

-- [720/879] drop index diagnostic_scans_vehicle_id_scanned_at_idx on auto.diagnostic_scans (schemas/auto.yaml:224:16)
DROP INDEX "auto"."diagnostic_scans_vehicle_id_scanned_at_idx";

-- [721/879] drop index diagnostic_scans_business_id_idx on auto.diagnostic_scans (schemas/auto.yaml:199:23)
DROP INDEX "auto"."diagnostic_scans_business_id_idx";

-- [722/879] drop index customers_business_id_phone_idx on auto.customers (schemas/auto.yaml:35:16)
DROP INDEX "auto"."customers_business_id_phone_idx";

-- [723/879] drop index customers_business_id_last_name_first_name_idx on auto.customers (schemas/auto.yaml:34:16)
DROP INDEX "auto"."customers_business_id_last_name_first_name_idx";

-- [724/879] drop index customers_business_id_idx on auto.customers (schemas/auto.yaml:18:23)
DROP INDEX "auto"."customers_business_id_idx";

-- [725/879] drop index audit_trail_table_name_changed_at_idx on auto.audit_trail (schemas/auto.yaml:109:50)
DROP INDEX "auto"."audit_trail_table_name_changed_at_idx";

-- [726/879] drop table user_mgmt.users (schemas/user_mgmt.yaml:54:3)
DROP TABLE "user_mgmt"."users";

-- [727/879] drop table user_mgmt.user_sessions (schemas/user_mgmt.yaml:205:3)
DROP TABLE "user_mgmt"."user_sessions";

-- [728/879] drop table user_mgmt.user_roles (schemas/user_mgmt.yaml:169:3)
DROP TABLE "user_mgmt"."user_roles";

-- [729/879] drop table user_mgmt.user_identities (schemas/user_mgmt.yaml:95:3)
DROP TABLE "user_mgmt"."user_identities";

-- [730/879] drop table user_mgmt.roles (schemas/user_mgmt.yaml:127:3)
DROP TABLE "user_mgmt"."roles";

-- [731/879] drop table user_mgmt.role_permissions (schemas/user_mgmt.yaml:150:3)
DROP TABLE "user_mgmt"."role_permissions";

-- [732/879] drop table user_mgmt.permissions (schemas/user_mgmt.yaml:32:3)
DROP TABLE "user_mgmt"."permissions";

-- [733/879] drop table user_mgmt.audit_trail (schemas/user_mgmt.yaml:60:9)
DROP TABLE "user_mgmt"."audit_trail";

-- [734/879] drop table tenant_mgmt.usage_records (schemas/tenant_mgmt.yaml:133:3)
DROP TABLE "tenant_mgmt"."usage_records";

-- [735/879] drop table tenant_mgmt.subscriptions (schemas/tenant_mgmt.yaml:100:3)
DROP TABLE "tenant_mgmt"."subscriptions";

-- [736/879] drop table tenant_mgmt.subscription_plans (schemas/tenant_mgmt.yaml:80:3)
DROP TABLE "tenant_mgmt"."subscription_plans";

-- [737/879] drop table tenant_mgmt.businesses (schemas/tenant_mgmt.yaml:38:3)
DROP TABLE "tenant_mgmt"."businesses";

-- [738/879] drop table tenant_mgmt.business_verticals (schemas/tenant_mgmt.yaml:68:3)
DROP TABLE "tenant_mgmt"."business_verticals";

-- [739/879] drop table tenant_mgmt.audit_trail (schemas/tenant_mgmt.yaml:39:61)
DROP TABLE "tenant_mgmt"."audit_trail";

-- [740/879] drop table system_core.tags (schemas/system_core.yaml:128:3)
DROP TABLE "system_core"."tags";

-- [741/879] drop table system_core.notifications (schemas/system_core.yaml:62:3)
DROP TABLE "system_core"."notifications";

-- [742/879] drop table system_core.files (schemas/system_core.yaml:97:3)
DROP TABLE "system_core"."files";

-- [743/879] drop table system_core.entity_tags (schemas/system_core.yaml:138:3)
DROP TABLE "system_core"."entity_tags";

-- [744/879] drop table system_core.comments (schemas/system_core.yaml:154:3)
DROP TABLE "system_core"."comments";

-- [745/879] drop table system_core.activity_events (schemas/system_core.yaml:17:3)
DROP TABLE "system_core"."activity_events";

-- [746/879] drop table security_mgmt.vulnerabilities (schemas/security_mgmt.yaml:131:3)
DROP TABLE "security_mgmt"."vulnerabilities";

-- [747/879] drop table security_mgmt.security_incidents (schemas/security_mgmt.yaml:37:3)
DROP TABLE "security_mgmt"."security_incidents";

-- [748/879] drop table security_mgmt.security_events (schemas/security_mgmt.yaml:69:3)
DROP TABLE "security_mgmt"."security_events";

-- [749/879] drop table security_mgmt.compliance_frameworks (schemas/security_mgmt.yaml:23:3)
DROP TABLE "security_mgmt"."compliance_frameworks";

-- [750/879] drop table security_mgmt.compliance_controls (schemas/security_mgmt.yaml:101:3)
DROP TABLE "security_mgmt"."compliance_controls";

-- [751/879] drop table security_mgmt.audit_trail (schemas/security_mgmt.yaml:38:50)
DROP TABLE "security_mgmt"."audit_trail";

-- [752/879] drop table security_mgmt.api_keys (schemas/security_mgmt.yaml:153:3)
DROP TABLE "security_mgmt"."api_keys";

-- [753/879] drop table ret.products (schemas/ret.yaml:34:3)
DROP TABLE "ret"."products";

-- [754/879] drop table ret.orders (schemas/ret.yaml:116:3)
DROP TABLE "ret"."orders";

-- [755/879] drop table ret.order_lines (schemas/ret.yaml:155:3)
DROP TABLE "ret"."order_lines";

-- [756/879] drop table ret.loyalty_accounts (schemas/ret.yaml:94:3)
DROP TABLE "ret"."loyalty_accounts";

-- [757/879] drop table ret.locations (schemas/ret.yaml:18:3)
DROP TABLE "ret"."locations";

-- [758/879] drop table ret.inventory_levels (schemas/ret.yaml:67:3)
DROP TABLE "ret"."inventory_levels";

-- [759/879] drop table rest.orders (schemas/rest.yaml:54:3)
DROP TABLE "rest"."orders";

-- [760/879] drop table rest.order_items (schemas/rest.yaml:97:3)
DROP TABLE "rest"."order_items";

-- [761/879] drop table rest.menu_items (schemas/rest.yaml:24:3)
DROP TABLE "rest"."menu_items";

-- [762/879] drop table rest.kitchen_tickets (schemas/rest.yaml:129:3)
DROP TABLE "rest"."kitchen_tickets";

-- [763/879] drop table rest.haccp_logs (schemas/rest.yaml:155:3)
DROP TABLE "rest"."haccp_logs";

-- [764/879] drop table rest.audit_trail (schemas/rest.yaml:55:50)
DROP TABLE "rest"."audit_trail";

-- [765/879] drop table payroll.pay_stubs (schemas/payroll.yaml:68:3)
DROP TABLE "payroll"."pay_stubs";

-- [766/879] drop table payroll.pay_runs (schemas/payroll.yaml:40:3)
DROP TABLE "payroll"."pay_runs";

-- [767/879] drop table payroll.employees (schemas/payroll.yaml:15:3)
DROP TABLE "payroll"."employees";

-- [768/879] drop table payroll.audit_trail (schemas/payroll.yaml:16:50)
DROP TABLE "payroll"."audit_trail";

-- [769/879] drop table hs.work_orders (schemas/hs.yaml:114:3)
DROP TABLE "hs"."work_orders";

-- [770/879] drop table hs.technicians (schemas/hs.yaml:85:3)
DROP TABLE "hs"."technicians";

-- [771/879] drop table hs.quality_inspections (schemas/hs.yaml:175:3)
DROP TABLE "hs"."quality_inspections";

-- [772/879] drop table hs.properties (schemas/hs.yaml:56:3)
DROP TABLE "hs"."properties";

-- [773/879] drop table hs.customers (schemas/hs.yaml:32:3)
DROP TABLE "hs"."customers";

-- [774/879] drop table hs.audit_trail (schemas/hs.yaml:119:9)
DROP TABLE "hs"."audit_trail";

-- [775/879] drop table courses.lessons (schemas/courses.yaml:45:3)
DROP TABLE "courses"."lessons";

-- [776/879] drop table courses.enrollments (schemas/courses.yaml:66:3)
DROP TABLE "courses"."enrollments";

-- [777/879] drop table courses.courses (schemas/courses.yaml:16:3)
DROP TABLE "courses"."courses";

-- [778/879] drop table auto.vehicles (schemas/auto.yaml:38:3)
DROP TABLE "auto"."vehicles";

-- [779/879] drop table auto.repair_orders (schemas/auto.yaml:108:3)
DROP TABLE "auto"."repair_orders";

-- [780/879] drop table auto.repair_order_lines (schemas/auto.yaml:159:3)
DROP TABLE "auto"."repair_order_lines";

-- [781/879] drop table auto.parts (schemas/auto.yaml:77:3)
DROP TABLE "auto"."parts";

-- [782/879] drop table auto.diagnostic_scans (schemas/auto.yaml:198:3)
DROP TABLE "auto"."diagnostic_scans";

-- [783/879] drop table auto.customers (schemas/auto.yaml:17:3)
DROP TABLE "auto"."customers";

-- [784/879] drop table auto.audit_trail (schemas/auto.yaml:109:50)
DROP TABLE "auto"."audit_trail";

-- [785/879] drop function user_mgmt.verify_audit_chain() (schemas/user_mgmt.yaml:60:9)
DROP FUNCTION "user_mgmt"."verify_audit_chain"();

-- [786/879] drop function user_mgmt.users_search_vector() (schemas/user_mgmt.yaml:61:9)
DROP FUNCTION "user_mgmt"."users_search_vector"();

-- [787/879] drop function user_mgmt.set_updated_at() (schemas/user_mgmt.yaml:58:9)
DROP FUNCTION "user_mgmt"."set_updated_at"();

-- [788/879] drop function user_mgmt.audit_trail_immutable() (schemas/user_mgmt.yaml:60:9)
DROP FUNCTION "user_mgmt"."audit_trail_immutable"();

-- [789/879] drop function user_mgmt.audit_chain_row() (schemas/user_mgmt.yaml:60:9)
DROP FUNCTION "user_mgmt"."audit_chain_row"();

-- [790/879] drop function tenant_mgmt.verify_audit_chain() (schemas/tenant_mgmt.yaml:39:61)
DROP FUNCTION "tenant_mgmt"."verify_audit_chain"();

-- [791/879] drop function tenant_mgmt.set_updated_at() (schemas/tenant_mgmt.yaml:39:36)
DROP FUNCTION "tenant_mgmt"."set_updated_at"();

-- [792/879] drop function tenant_mgmt.audit_trail_immutable() (schemas/tenant_mgmt.yaml:39:61)
DROP FUNCTION "tenant_mgmt"."audit_trail_immutable"();

-- [793/879] drop function tenant_mgmt.audit_chain_row() (schemas/tenant_mgmt.yaml:39:61)
DROP FUNCTION "tenant_mgmt"."audit_chain_row"();

-- [794/879] drop function system_core.set_updated_at() (schemas/system_core.yaml:63:38)
DROP FUNCTION "system_core"."set_updated_at"();

-- [795/879] drop function security_mgmt.verify_audit_chain() (schemas/security_mgmt.yaml:38:50)
DROP FUNCTION "security_mgmt"."verify_audit_chain"();

-- [796/879] drop function security_mgmt.set_updated_at() (schemas/security_mgmt.yaml:38:38)
DROP FUNCTION "security_mgmt"."set_updated_at"();

-- [797/879] drop function security_mgmt.audit_trail_immutable() (schemas/security_mgmt.yaml:38:50)
DROP FUNCTION "security_mgmt"."audit_trail_immutable"();

-- [798/879] drop function security_mgmt.audit_chain_row() (schemas/security_mgmt.yaml:38:50)
DROP FUNCTION "security_mgmt"."audit_chain_row"();

-- [799/879] drop function ret.set_updated_at() (schemas/ret.yaml:19:38)
DROP FUNCTION "ret"."set_updated_at"();

-- [800/879] drop function ret.products_search_vector() (schemas/ret.yaml:41:9)
DROP FUNCTION "ret"."products_search_vector"();

-- [801/879] drop function rest.verify_audit_chain() (schemas/rest.yaml:55:50)
DROP FUNCTION "rest"."verify_audit_chain"();

-- [802/879] drop function rest.set_updated_at() (schemas/rest.yaml:28:9)
DROP FUNCTION "rest"."set_updated_at"();

-- [803/879] drop function rest.menu_items_search_vector() (schemas/rest.yaml:30:9)
DROP FUNCTION "rest"."menu_items_search_vector"();

-- [804/879] drop function rest.audit_trail_immutable() (schemas/rest.yaml:55:50)
DROP FUNCTION "rest"."audit_trail_immutable"();

-- [805/879] drop function rest.audit_chain_row() (schemas/rest.yaml:55:50)
DROP FUNCTION "rest"."audit_chain_row"();

-- [806/879] drop function payroll.verify_audit_chain() (schemas/payroll.yaml:16:50)
DROP FUNCTION "payroll"."verify_audit_chain"();

-- [807/879] drop function payroll.set_updated_at() (schemas/payroll.yaml:16:38)
DROP FUNCTION "payroll"."set_updated_at"();

-- [808/879] drop function payroll.audit_trail_immutable() (schemas/payroll.yaml:16:50)
DROP FUNCTION "payroll"."audit_trail_immutable"();

-- [809/879] drop function payroll.audit_chain_row() (schemas/payroll.yaml:16:50)
DROP FUNCTION "payroll"."audit_chain_row"();

-- [810/879] drop function hs.work_orders_search_vector() (schemas/hs.yaml:120:9)
DROP FUNCTION "hs"."work_orders_search_vector"();

-- [811/879] drop function hs.work_order_transition_allowed(from_status hs.work_order_status, to_status hs.work_order_status) (schemas/hs.yaml:206:3)
DROP FUNCTION "hs"."work_order_transition_allowed"(from_status hs.work_order_status, to_status hs.work_order_status);

-- [812/879] drop function hs.verify_audit_chain() (schemas/hs.yaml:119:9)
DROP FUNCTION "hs"."verify_audit_chain"();

-- [813/879] drop function hs.set_updated_at() (schemas/hs.yaml:36:9)
DROP FUNCTION "hs"."set_updated_at"();

-- [814/879] drop function hs.enforce_work_order_transition() (schemas/hs.yaml:228:3)
DROP FUNCTION "hs"."enforce_work_order_transition"();

-- [815/879] drop function hs.customers_search_vector() (schemas/hs.yaml:39:9)
DROP FUNCTION "hs"."customers_search_vector"();

-- [816/879] drop function hs.audit_trail_immutable() (schemas/hs.yaml:119:9)
DROP FUNCTION "hs"."audit_trail_immutable"();

-- [817/879] drop function hs.audit_chain_row() (schemas/hs.yaml:119:9)
DROP FUNCTION "hs"."audit_chain_row"();

-- [818/879] drop function courses.set_updated_at() (schemas/courses.yaml:20:9)
DROP FUNCTION "courses"."set_updated_at"();

-- [819/879] drop function courses.courses_search_vector() (schemas/courses.yaml:22:9)
DROP FUNCTION "courses"."courses_search_vector"();

-- [820/879] drop function auto.verify_audit_chain() (schemas/auto.yaml:109:50)
DROP FUNCTION "auto"."verify_audit_chain"();

-- [821/879] drop function auto.set_updated_at() (schemas/auto.yaml:18:38)
DROP FUNCTION "auto"."set_updated_at"();

-- [822/879] drop function auto.parts_search_vector() (schemas/auto.yaml:82:9)
DROP FUNCTION "auto"."parts_search_vector"();

-- [823/879] drop function auto.audit_trail_immutable() (schemas/auto.yaml:109:50)
DROP FUNCTION "auto"."audit_trail_immutable"();

-- [824/879] drop function auto.audit_chain_row() (schemas/auto.yaml:109:50)
DROP FUNCTION "auto"."audit_chain_row"();

-- [825/879] drop enum user_mgmt.user_status (schemas/user_mgmt.yaml:12:3)
DROP TYPE "user_mgmt"."user_status";

-- [826/879] drop enum user_mgmt.auth_method (schemas/user_mgmt.yaml:13:3)
DROP TYPE "user_mgmt"."auth_method";

-- [827/879] drop enum tenant_mgmt.vertical (schemas/tenant_mgmt.yaml:29:3)
DROP TYPE "tenant_mgmt"."vertical";

-- [828/879] drop enum tenant_mgmt.usage_metric (schemas/tenant_mgmt.yaml:35:3)
DROP TYPE "tenant_mgmt"."usage_metric";

-- [829/879] drop enum tenant_mgmt.subscription_status (schemas/tenant_mgmt.yaml:33:3)
DROP TYPE "tenant_mgmt"."subscription_status";

-- [830/879] drop enum tenant_mgmt.business_status (schemas/tenant_mgmt.yaml:32:3)
DROP TYPE "tenant_mgmt"."business_status";

-- [831/879] drop enum tenant_mgmt.billing_interval (schemas/tenant_mgmt.yaml:34:3)
DROP TYPE "tenant_mgmt"."billing_interval";

-- [832/879] drop enum system_core.scan_status (schemas/system_core.yaml:12:3)
DROP TYPE "system_core"."scan_status";

-- [833/879] drop enum system_core.notification_status (schemas/system_core.yaml:11:3)
DROP TYPE "system_core"."notification_status";

-- [834/879] drop enum system_core.notification_channel (schemas/system_core.yaml:10:3)
DROP TYPE "system_core"."notification_channel";

-- [835/879] drop enum security_mgmt.vulnerability_status (schemas/security_mgmt.yaml:20:3)
DROP TYPE "security_mgmt"."vulnerability_status";

-- [836/879] drop enum security_mgmt.severity (schemas/security_mgmt.yaml:11:3)
DROP TYPE "security_mgmt"."severity";

-- [837/879] drop enum security_mgmt.security_event_type (schemas/security_mgmt.yaml:12:3)
DROP TYPE "security_mgmt"."security_event_type";

-- [838/879] drop enum security_mgmt.nist_function (schemas/security_mgmt.yaml:16:3)
DROP TYPE "security_mgmt"."nist_function";

-- [839/879] drop enum security_mgmt.incident_status (schemas/security_mgmt.yaml:15:3)
DROP TYPE "security_mgmt"."incident_status";

-- [840/879] drop enum security_mgmt.control_status (schemas/security_mgmt.yaml:19:3)
DROP TYPE "security_mgmt"."control_status";

-- [841/879] drop enum ret.sales_channel (schemas/ret.yaml:13:3)
DROP TYPE "ret"."sales_channel";

-- [842/879] drop enum ret.sale_status (schemas/ret.yaml:14:3)
DROP TYPE "ret"."sale_status";

-- [843/879] drop enum ret.loyalty_tier (schemas/ret.yaml:15:3)
DROP TYPE "ret"."loyalty_tier";

-- [844/879] drop enum ret.location_type (schemas/ret.yaml:12:3)
DROP TYPE "ret"."location_type";

-- [845/879] drop enum rest.prep_station (schemas/rest.yaml:12:3)
DROP TYPE "rest"."prep_station";

-- [846/879] drop enum rest.order_type (schemas/rest.yaml:13:3)
DROP TYPE "rest"."order_type";

-- [847/879] drop enum rest.order_status (schemas/rest.yaml:14:3)
DROP TYPE "rest"."order_status";

-- [848/879] drop enum rest.menu_category (schemas/rest.yaml:11:3)
DROP TYPE "rest"."menu_category";

-- [849/879] drop enum rest.kds_status (schemas/rest.yaml:16:3)
DROP TYPE "rest"."kds_status";

-- [850/879] drop enum rest.haccp_point (schemas/rest.yaml:19:3)
DROP TYPE "rest"."haccp_point";

-- [851/879] drop enum rest.delivery_provider (schemas/rest.yaml:15:3)
DROP TYPE "rest"."delivery_provider";

-- [852/879] drop enum payroll.pay_type (schemas/payroll.yaml:10:3)
DROP TYPE "payroll"."pay_type";

-- [853/879] drop enum payroll.pay_run_status (schemas/payroll.yaml:12:3)
DROP TYPE "payroll"."pay_run_status";

-- [854/879] drop enum payroll.pay_frequency (schemas/payroll.yaml:11:3)
DROP TYPE "payroll"."pay_frequency";

-- [855/879] drop enum hs.work_priority (schemas/hs.yaml:29:3)
DROP TYPE "hs"."work_priority";

-- [856/879] drop enum hs.work_order_status (schemas/hs.yaml:14:3)
DROP TYPE "hs"."work_order_status";

-- [857/879] drop enum hs.property_type (schemas/hs.yaml:13:3)
DROP TYPE "hs"."property_type";

-- [858/879] drop enum hs.customer_type (schemas/hs.yaml:12:3)
DROP TYPE "hs"."customer_type";

-- [859/879] drop enum courses.lesson_kind (schemas/courses.yaml:12:3)
DROP TYPE "courses"."lesson_kind";

-- [860/879] drop enum courses.enrollment_status (schemas/courses.yaml:13:3)
DROP TYPE "courses"."enrollment_status";

-- [861/879] drop enum courses.course_status (schemas/courses.yaml:11:3)
DROP TYPE "courses"."course_status";

-- [862/879] drop enum courses.course_level (schemas/courses.yaml:10:3)
DROP TYPE "courses"."course_level";

-- [863/879] drop enum auto.repair_order_status (schemas/auto.yaml:13:3)
DROP TYPE "auto"."repair_order_status";

-- [864/879] drop enum auto.powertrain (schemas/auto.yaml:12:3)
DROP TYPE "auto"."powertrain";

-- [865/879] drop enum auto.line_type (schemas/auto.yaml:14:3)
DROP TYPE "auto"."line_type";

-- [866/879] drop schema user_mgmt (schemas/user_mgmt.yaml:7:9)
DROP SCHEMA "user_mgmt";

-- [867/879] drop schema tenant_mgmt (schemas/tenant_mgmt.yaml:7:9)
DROP SCHEMA "tenant_mgmt";

-- [868/879] drop schema system_core (schemas/system_core.yaml:6:9)
DROP SCHEMA "system_core";

-- [869/879] drop schema security_mgmt (schemas/security_mgmt.yaml:7:9)
DROP SCHEMA "security_mgmt";

-- [870/879] drop schema ret (schemas/ret.yaml:7:9)
DROP SCHEMA "ret";

-- [871/879] drop schema rest (schemas/rest.yaml:7:9)
DROP SCHEMA "rest";

-- [872/879] drop schema payroll (schemas/payroll.yaml:6:9)
DROP SCHEMA "payroll";

-- [873/879] drop schema hs (schemas/hs.yaml:7:9)
DROP SCHEMA "hs";

-- [874/879] drop schema courses (schemas/courses.yaml:6:9)
DROP SCHEMA "courses";

-- [875/879] drop schema auto (schemas/auto.yaml:7:9)
DROP SCHEMA "auto";

-- [876/879] drop role multi_readonly (schemas/tenant_mgmt.yaml:16:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "multi_readonly";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'multi_readonly';
END
$provision$;

-- [877/879] drop role multi_auditor (schemas/tenant_mgmt.yaml:21:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "multi_auditor";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'multi_auditor';
END
$provision$;

-- [878/879] drop role multi_app (schemas/tenant_mgmt.yaml:11:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "multi_app";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'multi_app';
END
$provision$;

-- [879/879] drop extension citext (schemas/tenant_mgmt.yaml:8:14)
DROP EXTENSION IF EXISTS "citext";
