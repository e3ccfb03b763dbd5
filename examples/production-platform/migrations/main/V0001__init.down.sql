-- provision migration V0001 (down) for database main: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/1605] revoke grant USAGE on type resources.utility_type to prodplat_service
REVOKE USAGE ON TYPE "resources"."utility_type" FROM "prodplat_service";

-- [2/1605] revoke grant USAGE on type resources.site_map_type to prodplat_service
REVOKE USAGE ON TYPE "resources"."site_map_type" FROM "prodplat_service";

-- [3/1605] revoke grant USAGE on type resources.maintenance_type to prodplat_service
REVOKE USAGE ON TYPE "resources"."maintenance_type" FROM "prodplat_service";

-- [4/1605] revoke grant USAGE on type resources.location_type to prodplat_service
REVOKE USAGE ON TYPE "resources"."location_type" FROM "prodplat_service";

-- [5/1605] revoke grant USAGE on type resources.asset_transaction_type to prodplat_service
REVOKE USAGE ON TYPE "resources"."asset_transaction_type" FROM "prodplat_service";

-- [6/1605] revoke grant USAGE on type resources.asset_status to prodplat_service
REVOKE USAGE ON TYPE "resources"."asset_status" FROM "prodplat_service";

-- [7/1605] revoke grant USAGE on type resources.asset_condition to prodplat_service
REVOKE USAGE ON TYPE "resources"."asset_condition" FROM "prodplat_service";

-- [8/1605] revoke grant USAGE on type resources.access_point_type to prodplat_service
REVOKE USAGE ON TYPE "resources"."access_point_type" FROM "prodplat_service";

-- [9/1605] revoke grant USAGE on type production.safety_document_type to prodplat_service
REVOKE USAGE ON TYPE "production"."safety_document_type" FROM "prodplat_service";

-- [10/1605] revoke grant USAGE on type production.risk_level to prodplat_service
REVOKE USAGE ON TYPE "production"."risk_level" FROM "prodplat_service";

-- [11/1605] revoke grant USAGE on type production.personnel_status to prodplat_service
REVOKE USAGE ON TYPE "production"."personnel_status" FROM "prodplat_service";

-- [12/1605] revoke grant USAGE on type production.milestone_status to prodplat_service
REVOKE USAGE ON TYPE "production"."milestone_status" FROM "prodplat_service";

-- [13/1605] revoke grant USAGE on type production.incident_status to prodplat_service
REVOKE USAGE ON TYPE "production"."incident_status" FROM "prodplat_service";

-- [14/1605] revoke grant USAGE on type production.event_type to prodplat_service
REVOKE USAGE ON TYPE "production"."event_type" FROM "prodplat_service";

-- [15/1605] revoke grant USAGE on type production.event_status to prodplat_service
REVOKE USAGE ON TYPE "production"."event_status" FROM "prodplat_service";

-- [16/1605] revoke grant USAGE on type production.employment_type to prodplat_service
REVOKE USAGE ON TYPE "production"."employment_type" FROM "prodplat_service";

-- [17/1605] revoke grant USAGE on type production.compliance_type to prodplat_service
REVOKE USAGE ON TYPE "production"."compliance_type" FROM "prodplat_service";

-- [18/1605] revoke grant USAGE on type production.booking_type to prodplat_service
REVOKE USAGE ON TYPE "production"."booking_type" FROM "prodplat_service";

-- [19/1605] revoke grant USAGE on type production.applicant_status to prodplat_service
REVOKE USAGE ON TYPE "production"."applicant_status" FROM "prodplat_service";

-- [20/1605] revoke grant USAGE on type network.reaction_type to prodplat_service
REVOKE USAGE ON TYPE "network"."reaction_type" FROM "prodplat_service";

-- [21/1605] revoke grant USAGE on type network.post_type to prodplat_service
REVOKE USAGE ON TYPE "network"."post_type" FROM "prodplat_service";

-- [22/1605] revoke grant USAGE on type network.order_status to prodplat_service
REVOKE USAGE ON TYPE "network"."order_status" FROM "prodplat_service";

-- [23/1605] revoke grant USAGE on type network.listing_type to prodplat_service
REVOKE USAGE ON TYPE "network"."listing_type" FROM "prodplat_service";

-- [24/1605] revoke grant USAGE on type network.contract_type to prodplat_service
REVOKE USAGE ON TYPE "network"."contract_type" FROM "prodplat_service";

-- [25/1605] revoke grant USAGE on type network.contract_status to prodplat_service
REVOKE USAGE ON TYPE "network"."contract_status" FROM "prodplat_service";

-- [26/1605] revoke grant USAGE on type network.connection_status to prodplat_service
REVOKE USAGE ON TYPE "network"."connection_status" FROM "prodplat_service";

-- [27/1605] revoke grant USAGE on type network.company_type to prodplat_service
REVOKE USAGE ON TYPE "network"."company_type" FROM "prodplat_service";

-- [28/1605] revoke grant USAGE on type network.company_status to prodplat_service
REVOKE USAGE ON TYPE "network"."company_status" FROM "prodplat_service";

-- [29/1605] revoke grant USAGE on type finance.transaction_type to prodplat_service
REVOKE USAGE ON TYPE "finance"."transaction_type" FROM "prodplat_service";

-- [30/1605] revoke grant USAGE on type finance.transaction_status to prodplat_service
REVOKE USAGE ON TYPE "finance"."transaction_status" FROM "prodplat_service";

-- [31/1605] revoke grant USAGE on type finance.rfq_status to prodplat_service
REVOKE USAGE ON TYPE "finance"."rfq_status" FROM "prodplat_service";

-- [32/1605] revoke grant USAGE on type finance.requisition_status to prodplat_service
REVOKE USAGE ON TYPE "finance"."requisition_status" FROM "prodplat_service";

-- [33/1605] revoke grant USAGE on type finance.po_status to prodplat_service
REVOKE USAGE ON TYPE "finance"."po_status" FROM "prodplat_service";

-- [34/1605] revoke grant USAGE on type finance.payroll_status to prodplat_service
REVOKE USAGE ON TYPE "finance"."payroll_status" FROM "prodplat_service";

-- [35/1605] revoke grant USAGE on type finance.payroll_item_type to prodplat_service
REVOKE USAGE ON TYPE "finance"."payroll_item_type" FROM "prodplat_service";

-- [36/1605] revoke grant USAGE on type finance.payment_method_type to prodplat_service
REVOKE USAGE ON TYPE "finance"."payment_method_type" FROM "prodplat_service";

-- [37/1605] revoke grant USAGE on type finance.invoice_type to prodplat_service
REVOKE USAGE ON TYPE "finance"."invoice_type" FROM "prodplat_service";

-- [38/1605] revoke grant USAGE on type finance.invoice_status to prodplat_service
REVOKE USAGE ON TYPE "finance"."invoice_status" FROM "prodplat_service";

-- [39/1605] revoke grant USAGE on type finance.expense_status to prodplat_service
REVOKE USAGE ON TYPE "finance"."expense_status" FROM "prodplat_service";

-- [40/1605] revoke grant USAGE on type finance.budget_status to prodplat_service
REVOKE USAGE ON TYPE "finance"."budget_status" FROM "prodplat_service";

-- [41/1605] revoke grant USAGE on type core.task_status to prodplat_service
REVOKE USAGE ON TYPE "core"."task_status" FROM "prodplat_service";

-- [42/1605] revoke grant USAGE on type core.publish_status to prodplat_service
REVOKE USAGE ON TYPE "core"."publish_status" FROM "prodplat_service";

-- [43/1605] revoke grant USAGE on type core.priority_level to prodplat_service
REVOKE USAGE ON TYPE "core"."priority_level" FROM "prodplat_service";

-- [44/1605] revoke grant USAGE on type core.organization_status to prodplat_service
REVOKE USAGE ON TYPE "core"."organization_status" FROM "prodplat_service";

-- [45/1605] revoke grant USAGE on type core.organization_plan to prodplat_service
REVOKE USAGE ON TYPE "core"."organization_plan" FROM "prodplat_service";

-- [46/1605] revoke grant USAGE on type core.member_status to prodplat_service
REVOKE USAGE ON TYPE "core"."member_status" FROM "prodplat_service";

-- [47/1605] revoke grant USAGE on type core.member_role to prodplat_service
REVOKE USAGE ON TYPE "core"."member_role" FROM "prodplat_service";

-- [48/1605] revoke grant USAGE on type core.lifecycle_status to prodplat_service
REVOKE USAGE ON TYPE "core"."lifecycle_status" FROM "prodplat_service";

-- [49/1605] revoke grant USAGE on type core.approval_status to prodplat_service
REVOKE USAGE ON TYPE "core"."approval_status" FROM "prodplat_service";

-- [50/1605] revoke grant USAGE on type collab.view_type to prodplat_service
REVOKE USAGE ON TYPE "collab"."view_type" FROM "prodplat_service";

-- [51/1605] revoke grant USAGE on type collab.presence_status to prodplat_service
REVOKE USAGE ON TYPE "collab"."presence_status" FROM "prodplat_service";

-- [52/1605] revoke grant USAGE on type collab.custom_field_type to prodplat_service
REVOKE USAGE ON TYPE "collab"."custom_field_type" FROM "prodplat_service";

-- [53/1605] revoke grant USAGE on type collab.activity_action to prodplat_service
REVOKE USAGE ON TYPE "collab"."activity_action" FROM "prodplat_service";

-- [54/1605] revoke grant ALL on table resources.site_maps to prodplat_service
REVOKE ALL ON TABLE "resources"."site_maps" FROM "prodplat_service";

-- [55/1605] revoke grant ALL on table resources.production_advances to prodplat_service
REVOKE ALL ON TABLE "resources"."production_advances" FROM "prodplat_service";

-- [56/1605] revoke grant ALL on table resources.locations to prodplat_service
REVOKE ALL ON TABLE "resources"."locations" FROM "prodplat_service";

-- [57/1605] revoke grant ALL on table resources.location_utilities to prodplat_service
REVOKE ALL ON TABLE "resources"."location_utilities" FROM "prodplat_service";

-- [58/1605] revoke grant ALL on table resources.location_access to prodplat_service
REVOKE ALL ON TABLE "resources"."location_access" FROM "prodplat_service";

-- [59/1605] revoke grant ALL on table resources.files to prodplat_service
REVOKE ALL ON TABLE "resources"."files" FROM "prodplat_service";

-- [60/1605] revoke grant ALL on table resources.file_versions to prodplat_service
REVOKE ALL ON TABLE "resources"."file_versions" FROM "prodplat_service";

-- [61/1605] revoke grant ALL on table resources.file_categories to prodplat_service
REVOKE ALL ON TABLE "resources"."file_categories" FROM "prodplat_service";

-- [62/1605] revoke grant ALL on table resources.assets to prodplat_service
REVOKE ALL ON TABLE "resources"."assets" FROM "prodplat_service";

-- [63/1605] revoke grant ALL on table resources.asset_transactions to prodplat_service
REVOKE ALL ON TABLE "resources"."asset_transactions" FROM "prodplat_service";

-- [64/1605] revoke grant ALL on table resources.asset_maintenance to prodplat_service
REVOKE ALL ON TABLE "resources"."asset_maintenance" FROM "prodplat_service";

-- [65/1605] revoke grant ALL on table production.training_records to prodplat_service
REVOKE ALL ON TABLE "production"."training_records" FROM "prodplat_service";

-- [66/1605] revoke grant ALL on table production.time_entries to prodplat_service
REVOKE ALL ON TABLE "production"."time_entries" FROM "prodplat_service";

-- [67/1605] revoke grant ALL on table production.teams to prodplat_service
REVOKE ALL ON TABLE "production"."teams" FROM "prodplat_service";

-- [68/1605] revoke grant ALL on table production.team_members to prodplat_service
REVOKE ALL ON TABLE "production"."team_members" FROM "prodplat_service";

-- [69/1605] revoke grant ALL on table production.run_of_show to prodplat_service
REVOKE ALL ON TABLE "production"."run_of_show" FROM "prodplat_service";

-- [70/1605] revoke grant ALL on table production.project_tasks to prodplat_service
REVOKE ALL ON TABLE "production"."project_tasks" FROM "prodplat_service";

-- [71/1605] revoke grant ALL on table production.project_safety to prodplat_service
REVOKE ALL ON TABLE "production"."project_safety" FROM "prodplat_service";

-- [72/1605] revoke grant ALL on table production.project_milestones to prodplat_service
REVOKE ALL ON TABLE "production"."project_milestones" FROM "prodplat_service";

-- [73/1605] revoke grant ALL on table production.project_compliance to prodplat_service
REVOKE ALL ON TABLE "production"."project_compliance" FROM "prodplat_service";

-- [74/1605] revoke grant ALL on table production.productions to prodplat_service
REVOKE ALL ON TABLE "production"."productions" FROM "prodplat_service";

-- [75/1605] revoke grant ALL on table production.personnel_assignments to prodplat_service
REVOKE ALL ON TABLE "production"."personnel_assignments" FROM "prodplat_service";

-- [76/1605] revoke grant ALL on table production.personnel to prodplat_service
REVOKE ALL ON TABLE "production"."personnel" FROM "prodplat_service";

-- [77/1605] revoke grant ALL on table production.job_openings to prodplat_service
REVOKE ALL ON TABLE "production"."job_openings" FROM "prodplat_service";

-- [78/1605] revoke grant ALL on table production.job_applicants to prodplat_service
REVOKE ALL ON TABLE "production"."job_applicants" FROM "prodplat_service";

-- [79/1605] revoke grant ALL on table production.incidents to prodplat_service
REVOKE ALL ON TABLE "production"."incidents" FROM "prodplat_service";

-- [80/1605] revoke grant ALL on table production.events to prodplat_service
REVOKE ALL ON TABLE "production"."events" FROM "prodplat_service";

-- [81/1605] revoke grant ALL on table production.bookings to prodplat_service
REVOKE ALL ON TABLE "production"."bookings" FROM "prodplat_service";

-- [82/1605] revoke grant ALL on table network.work_history to prodplat_service
REVOKE ALL ON TABLE "network"."work_history" FROM "prodplat_service";

-- [83/1605] revoke grant ALL on table network.user_profiles to prodplat_service
REVOKE ALL ON TABLE "network"."user_profiles" FROM "prodplat_service";

-- [84/1605] revoke grant ALL on table network.post_reactions to prodplat_service
REVOKE ALL ON TABLE "network"."post_reactions" FROM "prodplat_service";

-- [85/1605] revoke grant ALL on table network.marketplace_reviews to prodplat_service
REVOKE ALL ON TABLE "network"."marketplace_reviews" FROM "prodplat_service";

-- [86/1605] revoke grant ALL on table network.marketplace_orders to prodplat_service
REVOKE ALL ON TABLE "network"."marketplace_orders" FROM "prodplat_service";

-- [87/1605] revoke grant ALL on table network.marketplace_listings to prodplat_service
REVOKE ALL ON TABLE "network"."marketplace_listings" FROM "prodplat_service";

-- [88/1605] revoke grant ALL on table network.endorsements to prodplat_service
REVOKE ALL ON TABLE "network"."endorsements" FROM "prodplat_service";

-- [89/1605] revoke grant ALL on table network.contracts to prodplat_service
REVOKE ALL ON TABLE "network"."contracts" FROM "prodplat_service";

-- [90/1605] revoke grant ALL on table network.connections to prodplat_service
REVOKE ALL ON TABLE "network"."connections" FROM "prodplat_service";

-- [91/1605] revoke grant ALL on table network.company_contacts to prodplat_service
REVOKE ALL ON TABLE "network"."company_contacts" FROM "prodplat_service";

-- [92/1605] revoke grant ALL on table network.companies to prodplat_service
REVOKE ALL ON TABLE "network"."companies" FROM "prodplat_service";

-- [93/1605] revoke grant ALL on table network.community_posts to prodplat_service
REVOKE ALL ON TABLE "network"."community_posts" FROM "prodplat_service";

-- [94/1605] revoke grant ALL on table finance.rfqs to prodplat_service
REVOKE ALL ON TABLE "finance"."rfqs" FROM "prodplat_service";

-- [95/1605] revoke grant ALL on table finance.requisitions to prodplat_service
REVOKE ALL ON TABLE "finance"."requisitions" FROM "prodplat_service";

-- [96/1605] revoke grant ALL on table finance.requisition_items to prodplat_service
REVOKE ALL ON TABLE "finance"."requisition_items" FROM "prodplat_service";

-- [97/1605] revoke grant ALL on table finance.purchase_orders to prodplat_service
REVOKE ALL ON TABLE "finance"."purchase_orders" FROM "prodplat_service";

-- [98/1605] revoke grant ALL on table finance.po_items to prodplat_service
REVOKE ALL ON TABLE "finance"."po_items" FROM "prodplat_service";

-- [99/1605] revoke grant ALL on table finance.payroll_records to prodplat_service
REVOKE ALL ON TABLE "finance"."payroll_records" FROM "prodplat_service";

-- [100/1605] revoke grant ALL on table finance.payroll_items to prodplat_service
REVOKE ALL ON TABLE "finance"."payroll_items" FROM "prodplat_service";

-- [101/1605] revoke grant ALL on table finance.payment_methods to prodplat_service
REVOKE ALL ON TABLE "finance"."payment_methods" FROM "prodplat_service";

-- [102/1605] revoke grant ALL on table finance.invoices to prodplat_service
REVOKE ALL ON TABLE "finance"."invoices" FROM "prodplat_service";

-- [103/1605] revoke grant ALL on table finance.invoice_items to prodplat_service
REVOKE ALL ON TABLE "finance"."invoice_items" FROM "prodplat_service";

-- [104/1605] revoke grant ALL on table finance.financial_transactions to prodplat_service
REVOKE ALL ON TABLE "finance"."financial_transactions" FROM "prodplat_service";

-- [105/1605] revoke grant ALL on table finance.expense_reports to prodplat_service
REVOKE ALL ON TABLE "finance"."expense_reports" FROM "prodplat_service";

-- [106/1605] revoke grant ALL on table finance.expense_items to prodplat_service
REVOKE ALL ON TABLE "finance"."expense_items" FROM "prodplat_service";

-- [107/1605] revoke grant ALL on table finance.budgets to prodplat_service
REVOKE ALL ON TABLE "finance"."budgets" FROM "prodplat_service";

-- [108/1605] revoke grant ALL on table finance.budget_line_items to prodplat_service
REVOKE ALL ON TABLE "finance"."budget_line_items" FROM "prodplat_service";

-- [109/1605] revoke grant ALL on table finance.approval_requests to prodplat_service
REVOKE ALL ON TABLE "finance"."approval_requests" FROM "prodplat_service";

-- [110/1605] revoke grant ALL on table core.workspaces to prodplat_service
REVOKE ALL ON TABLE "core"."workspaces" FROM "prodplat_service";

-- [111/1605] revoke grant ALL on table core.webhooks to prodplat_service
REVOKE ALL ON TABLE "core"."webhooks" FROM "prodplat_service";

-- [112/1605] revoke grant ALL on table core.roles to prodplat_service
REVOKE ALL ON TABLE "core"."roles" FROM "prodplat_service";

-- [113/1605] revoke grant ALL on table core.organizations to prodplat_service
REVOKE ALL ON TABLE "core"."organizations" FROM "prodplat_service";

-- [114/1605] revoke grant ALL on table core.organization_members to prodplat_service
REVOKE ALL ON TABLE "core"."organization_members" FROM "prodplat_service";

-- [115/1605] revoke grant ALL on table core.audit_logs to prodplat_service
REVOKE ALL ON TABLE "core"."audit_logs" FROM "prodplat_service";

-- [116/1605] revoke grant ALL on table core.api_tokens to prodplat_service
REVOKE ALL ON TABLE "core"."api_tokens" FROM "prodplat_service";

-- [117/1605] revoke grant ALL on table collab.views to prodplat_service
REVOKE ALL ON TABLE "collab"."views" FROM "prodplat_service";

-- [118/1605] revoke grant ALL on table collab.user_presence to prodplat_service
REVOKE ALL ON TABLE "collab"."user_presence" FROM "prodplat_service";

-- [119/1605] revoke grant ALL on table collab.notifications to prodplat_service
REVOKE ALL ON TABLE "collab"."notifications" FROM "prodplat_service";

-- [120/1605] revoke grant ALL on table collab.dashboards to prodplat_service
REVOKE ALL ON TABLE "collab"."dashboards" FROM "prodplat_service";

-- [121/1605] revoke grant ALL on table collab.dashboard_widgets to prodplat_service
REVOKE ALL ON TABLE "collab"."dashboard_widgets" FROM "prodplat_service";

-- [122/1605] revoke grant ALL on table collab.custom_fields to prodplat_service
REVOKE ALL ON TABLE "collab"."custom_fields" FROM "prodplat_service";

-- [123/1605] revoke grant ALL on table collab.comments to prodplat_service
REVOKE ALL ON TABLE "collab"."comments" FROM "prodplat_service";

-- [124/1605] revoke grant ALL on table collab.activities to prodplat_service
REVOKE ALL ON TABLE "collab"."activities" FROM "prodplat_service";

-- [125/1605] revoke grant ALL on table auth.users to prodplat_service
REVOKE ALL ON TABLE "auth"."users" FROM "prodplat_service";

-- [126/1605] revoke grant USAGE on schema resources to prodplat_service
REVOKE USAGE ON SCHEMA "resources" FROM "prodplat_service";

-- [127/1605] revoke grant USAGE on schema production to prodplat_service
REVOKE USAGE ON SCHEMA "production" FROM "prodplat_service";

-- [128/1605] revoke grant USAGE on schema network to prodplat_service
REVOKE USAGE ON SCHEMA "network" FROM "prodplat_service";

-- [129/1605] revoke grant USAGE on schema finance to prodplat_service
REVOKE USAGE ON SCHEMA "finance" FROM "prodplat_service";

-- [130/1605] revoke grant USAGE on schema core to prodplat_service
REVOKE USAGE ON SCHEMA "core" FROM "prodplat_service";

-- [131/1605] revoke grant USAGE on schema collab to prodplat_service
REVOKE USAGE ON SCHEMA "collab" FROM "prodplat_service";

-- [132/1605] revoke grant USAGE on schema auth to prodplat_service
REVOKE USAGE ON SCHEMA "auth" FROM "prodplat_service";

-- [133/1605] revoke grant USAGE on type resources.utility_type to prodplat_reader
REVOKE USAGE ON TYPE "resources"."utility_type" FROM "prodplat_reader";

-- [134/1605] revoke grant USAGE on type resources.site_map_type to prodplat_reader
REVOKE USAGE ON TYPE "resources"."site_map_type" FROM "prodplat_reader";

-- [135/1605] revoke grant USAGE on type resources.maintenance_type to prodplat_reader
REVOKE USAGE ON TYPE "resources"."maintenance_type" FROM "prodplat_reader";

-- [136/1605] revoke grant USAGE on type resources.location_type to prodplat_reader
REVOKE USAGE ON TYPE "resources"."location_type" FROM "prodplat_reader";

-- [137/1605] revoke grant USAGE on type resources.asset_transaction_type to prodplat_reader
REVOKE USAGE ON TYPE "resources"."asset_transaction_type" FROM "prodplat_reader";

-- [138/1605] revoke grant USAGE on type resources.asset_status to prodplat_reader
REVOKE USAGE ON TYPE "resources"."asset_status" FROM "prodplat_reader";

-- [139/1605] revoke grant USAGE on type resources.asset_condition to prodplat_reader
REVOKE USAGE ON TYPE "resources"."asset_condition" FROM "prodplat_reader";

-- [140/1605] revoke grant USAGE on type resources.access_point_type to prodplat_reader
REVOKE USAGE ON TYPE "resources"."access_point_type" FROM "prodplat_reader";

-- [141/1605] revoke grant USAGE on type production.safety_document_type to prodplat_reader
REVOKE USAGE ON TYPE "production"."safety_document_type" FROM "prodplat_reader";

-- [142/1605] revoke grant USAGE on type production.risk_level to prodplat_reader
REVOKE USAGE ON TYPE "production"."risk_level" FROM "prodplat_reader";

-- [143/1605] revoke grant USAGE on type production.personnel_status to prodplat_reader
REVOKE USAGE ON TYPE "production"."personnel_status" FROM "prodplat_reader";

-- [144/1605] revoke grant USAGE on type production.milestone_status to prodplat_reader
REVOKE USAGE ON TYPE "production"."milestone_status" FROM "prodplat_reader";

-- [145/1605] revoke grant USAGE on type production.incident_status to prodplat_reader
REVOKE USAGE ON TYPE "production"."incident_status" FROM "prodplat_reader";

-- [146/1605] revoke grant USAGE on type production.event_type to prodplat_reader
REVOKE USAGE ON TYPE "production"."event_type" FROM "prodplat_reader";

-- [147/1605] revoke grant USAGE on type production.event_status to prodplat_reader
REVOKE USAGE ON TYPE "production"."event_status" FROM "prodplat_reader";

-- [148/1605] revoke grant USAGE on type production.employment_type to prodplat_reader
REVOKE USAGE ON TYPE "production"."employment_type" FROM "prodplat_reader";

-- [149/1605] revoke grant USAGE on type production.compliance_type to prodplat_reader
REVOKE USAGE ON TYPE "production"."compliance_type" FROM "prodplat_reader";

-- [150/1605] revoke grant USAGE on type production.booking_type to prodplat_reader
REVOKE USAGE ON TYPE "production"."booking_type" FROM "prodplat_reader";

-- [151/1605] revoke grant USAGE on type production.applicant_status to prodplat_reader
REVOKE USAGE ON TYPE "production"."applicant_status" FROM "prodplat_reader";

-- [152/1605] revoke grant USAGE on type network.reaction_type to prodplat_reader
REVOKE USAGE ON TYPE "network"."reaction_type" FROM "prodplat_reader";

-- [153/1605] revoke grant USAGE on type network.post_type to prodplat_reader
REVOKE USAGE ON TYPE "network"."post_type" FROM "prodplat_reader";

-- [154/1605] revoke grant USAGE on type network.order_status to prodplat_reader
REVOKE USAGE ON TYPE "network"."order_status" FROM "prodplat_reader";

-- [155/1605] revoke grant USAGE on type network.listing_type to prodplat_reader
REVOKE USAGE ON TYPE "network"."listing_type" FROM "prodplat_reader";

-- [156/1605] revoke grant USAGE on type network.contract_type to prodplat_reader
REVOKE USAGE ON TYPE "network"."contract_type" FROM "prodplat_reader";

-- [157/1605] revoke grant USAGE on type network.contract_status to prodplat_reader
REVOKE USAGE ON TYPE "network"."contract_status" FROM "prodplat_reader";

-- [158/1605] revoke grant USAGE on type network.connection_status to prodplat_reader
REVOKE USAGE ON TYPE "network"."connection_status" FROM "prodplat_reader";

-- [159/1605] revoke grant USAGE on type network.company_type to prodplat_reader
REVOKE USAGE ON TYPE "network"."company_type" FROM "prodplat_reader";

-- [160/1605] revoke grant USAGE on type network.company_status to prodplat_reader
REVOKE USAGE ON TYPE "network"."company_status" FROM "prodplat_reader";

-- [161/1605] revoke grant USAGE on type finance.transaction_type to prodplat_reader
REVOKE USAGE ON TYPE "finance"."transaction_type" FROM "prodplat_reader";

-- [162/1605] revoke grant USAGE on type finance.transaction_status to prodplat_reader
REVOKE USAGE ON TYPE "finance"."transaction_status" FROM "prodplat_reader";

-- [163/1605] revoke grant USAGE on type finance.rfq_status to prodplat_reader
REVOKE USAGE ON TYPE "finance"."rfq_status" FROM "prodplat_reader";

-- [164/1605] revoke grant USAGE on type finance.requisition_status to prodplat_reader
REVOKE USAGE ON TYPE "finance"."requisition_status" FROM "prodplat_reader";

-- [165/1605] revoke grant USAGE on type finance.po_status to prodplat_reader
REVOKE USAGE ON TYPE "finance"."po_status" FROM "prodplat_reader";

-- [166/1605] revoke grant USAGE on type finance.payroll_status to prodplat_reader
REVOKE USAGE ON TYPE "finance"."payroll_status" FROM "prodplat_reader";

-- [167/1605] revoke grant USAGE on type finance.payroll_item_type to prodplat_reader
REVOKE USAGE ON TYPE "finance"."payroll_item_type" FROM "prodplat_reader";

-- [168/1605] revoke grant USAGE on type finance.payment_method_type to prodplat_reader
REVOKE USAGE ON TYPE "finance"."payment_method_type" FROM "prodplat_reader";

-- [169/1605] revoke grant USAGE on type finance.invoice_type to prodplat_reader
REVOKE USAGE ON TYPE "finance"."invoice_type" FROM "prodplat_reader";

-- [170/1605] revoke grant USAGE on type finance.invoice_status to prodplat_reader
REVOKE USAGE ON TYPE "finance"."invoice_status" FROM "prodplat_reader";

-- [171/1605] revoke grant USAGE on type finance.expense_status to prodplat_reader
REVOKE USAGE ON TYPE "finance"."expense_status" FROM "prodplat_reader";

-- [172/1605] revoke grant USAGE on type finance.budget_status to prodplat_reader
REVOKE USAGE ON TYPE "finance"."budget_status" FROM "prodplat_reader";

-- [173/1605] revoke grant USAGE on type core.task_status to prodplat_reader
REVOKE USAGE ON TYPE "core"."task_status" FROM "prodplat_reader";

-- [174/1605] revoke grant USAGE on type core.publish_status to prodplat_reader
REVOKE USAGE ON TYPE "core"."publish_status" FROM "prodplat_reader";

-- [175/1605] revoke grant USAGE on type core.priority_level to prodplat_reader
REVOKE USAGE ON TYPE "core"."priority_level" FROM "prodplat_reader";

-- [176/1605] revoke grant USAGE on type core.organization_status to prodplat_reader
REVOKE USAGE ON TYPE "core"."organization_status" FROM "prodplat_reader";

-- [177/1605] revoke grant USAGE on type core.organization_plan to prodplat_reader
REVOKE USAGE ON TYPE "core"."organization_plan" FROM "prodplat_reader";

-- [178/1605] revoke grant USAGE on type core.member_status to prodplat_reader
REVOKE USAGE ON TYPE "core"."member_status" FROM "prodplat_reader";

-- [179/1605] revoke grant USAGE on type core.member_role to prodplat_reader
REVOKE USAGE ON TYPE "core"."member_role" FROM "prodplat_reader";

-- [180/1605] revoke grant USAGE on type core.lifecycle_status to prodplat_reader
REVOKE USAGE ON TYPE "core"."lifecycle_status" FROM "prodplat_reader";

-- [181/1605] revoke grant USAGE on type core.approval_status to prodplat_reader
REVOKE USAGE ON TYPE "core"."approval_status" FROM "prodplat_reader";

-- [182/1605] revoke grant USAGE on type collab.view_type to prodplat_reader
REVOKE USAGE ON TYPE "collab"."view_type" FROM "prodplat_reader";

-- [183/1605] revoke grant USAGE on type collab.presence_status to prodplat_reader
REVOKE USAGE ON TYPE "collab"."presence_status" FROM "prodplat_reader";

-- [184/1605] revoke grant USAGE on type collab.custom_field_type to prodplat_reader
REVOKE USAGE ON TYPE "collab"."custom_field_type" FROM "prodplat_reader";

-- [185/1605] revoke grant USAGE on type collab.activity_action to prodplat_reader
REVOKE USAGE ON TYPE "collab"."activity_action" FROM "prodplat_reader";

-- [186/1605] revoke grant SELECT on table resources.site_maps to prodplat_reader
REVOKE SELECT ON TABLE "resources"."site_maps" FROM "prodplat_reader";

-- [187/1605] revoke grant SELECT on table resources.production_advances to prodplat_reader
REVOKE SELECT ON TABLE "resources"."production_advances" FROM "prodplat_reader";

-- [188/1605] revoke grant SELECT on table resources.locations to prodplat_reader
REVOKE SELECT ON TABLE "resources"."locations" FROM "prodplat_reader";

-- [189/1605] revoke grant SELECT on table resources.location_utilities to prodplat_reader
REVOKE SELECT ON TABLE "resources"."location_utilities" FROM "prodplat_reader";

-- [190/1605] revoke grant SELECT on table resources.location_access to prodplat_reader
REVOKE SELECT ON TABLE "resources"."location_access" FROM "prodplat_reader";

-- [191/1605] revoke grant SELECT on table resources.files to prodplat_reader
REVOKE SELECT ON TABLE "resources"."files" FROM "prodplat_reader";

-- [192/1605] revoke grant SELECT on table resources.file_versions to prodplat_reader
REVOKE SELECT ON TABLE "resources"."file_versions" FROM "prodplat_reader";

-- [193/1605] revoke grant SELECT on table resources.file_categories to prodplat_reader
REVOKE SELECT ON TABLE "resources"."file_categories" FROM "prodplat_reader";

-- [194/1605] revoke grant SELECT on table resources.assets to prodplat_reader
REVOKE SELECT ON TABLE "resources"."assets" FROM "prodplat_reader";

-- [195/1605] revoke grant SELECT on table resources.asset_transactions to prodplat_reader
REVOKE SELECT ON TABLE "resources"."asset_transactions" FROM "prodplat_reader";

-- [196/1605] revoke grant SELECT on table resources.asset_maintenance to prodplat_reader
REVOKE SELECT ON TABLE "resources"."asset_maintenance" FROM "prodplat_reader";

-- [197/1605] revoke grant SELECT on table production.training_records to prodplat_reader
REVOKE SELECT ON TABLE "production"."training_records" FROM "prodplat_reader";

-- [198/1605] revoke grant SELECT on table production.time_entries to prodplat_reader
REVOKE SELECT ON TABLE "production"."time_entries" FROM "prodplat_reader";

-- [199/1605] revoke grant SELECT on table production.teams to prodplat_reader
REVOKE SELECT ON TABLE "production"."teams" FROM "prodplat_reader";

-- [200/1605] revoke grant SELECT on table production.team_members to prodplat_reader
REVOKE SELECT ON TABLE "production"."team_members" FROM "prodplat_reader";

-- [201/1605] revoke grant SELECT on table production.run_of_show to prodplat_reader
REVOKE SELECT ON TABLE "production"."run_of_show" FROM "prodplat_reader";

-- [202/1605] revoke grant SELECT on table production.project_tasks to prodplat_reader
REVOKE SELECT ON TABLE "production"."project_tasks" FROM "prodplat_reader";

-- [203/1605] revoke grant SELECT on table production.project_safety to prodplat_reader
REVOKE SELECT ON TABLE "production"."project_safety" FROM "prodplat_reader";

-- [204/1605] revoke grant SELECT on table production.project_milestones to prodplat_reader
REVOKE SELECT ON TABLE "production"."project_milestones" FROM "prodplat_reader";

-- [205/1605] revoke grant SELECT on table production.project_compliance to prodplat_reader
REVOKE SELECT ON TABLE "production"."project_compliance" FROM "prodplat_reader";

-- [206/1605] revoke grant SELECT on table production.productions to prodplat_reader
REVOKE SELECT ON TABLE "production"."productions" FROM "prodplat_reader";

-- [207/1605] revoke grant SELECT on table production.personnel_assignments to prodplat_reader
REVOKE SELECT ON TABLE "production"."personnel_assignments" FROM "prodplat_reader";

-- [208/1605] revoke grant SELECT on table production.personnel to prodplat_reader
REVOKE SELECT ON TABLE "production"."personnel" FROM "prodplat_reader";

-- [209/1605] revoke grant SELECT on table production.job_openings to prodplat_reader
REVOKE SELECT ON TABLE "production"."job_openings" FROM "prodplat_reader";

-- [210/1605] revoke grant SELECT on table production.job_applicants to prodplat_reader
REVOKE SELECT ON TABLE "production"."job_applicants" FROM "prodplat_reader";

-- [211/1605] revoke grant SELECT on table production.incidents to prodplat_reader
REVOKE SELECT ON TABLE "production"."incidents" FROM "prodplat_reader";

-- [212/1605] revoke grant SELECT on table production.events to prodplat_reader
REVOKE SELECT ON TABLE "production"."events" FROM "prodplat_reader";

-- [213/1605] revoke grant SELECT on table production.bookings to prodplat_reader
REVOKE SELECT ON TABLE "production"."bookings" FROM "prodplat_reader";

-- [214/1605] revoke grant SELECT on table network.work_history to prodplat_reader
REVOKE SELECT ON TABLE "network"."work_history" FROM "prodplat_reader";

-- [215/1605] revoke grant SELECT on table network.user_profiles to prodplat_reader
REVOKE SELECT ON TABLE "network"."user_profiles" FROM "prodplat_reader";

-- [216/1605] revoke grant SELECT on table network.post_reactions to prodplat_reader
REVOKE SELECT ON TABLE "network"."post_reactions" FROM "prodplat_reader";

-- [217/1605] revoke grant SELECT on table network.marketplace_reviews to prodplat_reader
REVOKE SELECT ON TABLE "network"."marketplace_reviews" FROM "prodplat_reader";

-- [218/1605] revoke grant SELECT on table network.marketplace_orders to prodplat_reader
REVOKE SELECT ON TABLE "network"."marketplace_orders" FROM "prodplat_reader";

-- [219/1605] revoke grant SELECT on table network.marketplace_listings to prodplat_reader
REVOKE SELECT ON TABLE "network"."marketplace_listings" FROM "prodplat_reader";

-- [220/1605] revoke grant SELECT on table network.endorsements to prodplat_reader
REVOKE SELECT ON TABLE "network"."endorsements" FROM "prodplat_reader";

-- [221/1605] revoke grant SELECT on table network.contracts to prodplat_reader
REVOKE SELECT ON TABLE "network"."contracts" FROM "prodplat_reader";

-- [222/1605] revoke grant SELECT on table network.connections to prodplat_reader
REVOKE SELECT ON TABLE "network"."connections" FROM "prodplat_reader";

-- [223/1605] revoke grant SELECT on table network.company_contacts to prodplat_reader
REVOKE SELECT ON TABLE "network"."company_contacts" FROM "prodplat_reader";

-- [224/1605] revoke grant SELECT on table network.companies to prodplat_reader
REVOKE SELECT ON TABLE "network"."companies" FROM "prodplat_reader";

-- [225/1605] revoke grant SELECT on table network.community_posts to prodplat_reader
REVOKE SELECT ON TABLE "network"."community_posts" FROM "prodplat_reader";

-- [226/1605] revoke grant SELECT on table finance.rfqs to prodplat_reader
REVOKE SELECT ON TABLE "finance"."rfqs" FROM "prodplat_reader";

-- [227/1605] revoke grant SELECT on table finance.requisitions to prodplat_reader
REVOKE SELECT ON TABLE "finance"."requisitions" FROM "prodplat_reader";

-- [228/1605] revoke grant SELECT on table finance.requisition_items to prodplat_reader
REVOKE SELECT ON TABLE "finance"."requisition_items" FROM "prodplat_reader";

-- [229/1605] revoke grant SELECT on table finance.purchase_orders to prodplat_reader
REVOKE SELECT ON TABLE "finance"."purchase_orders" FROM "prodplat_reader";

-- [230/1605] revoke grant SELECT on table finance.po_items to prodplat_reader
REVOKE SELECT ON TABLE "finance"."po_items" FROM "prodplat_reader";

-- [231/1605] revoke grant SELECT on table finance.payroll_records to prodplat_reader
REVOKE SELECT ON TABLE "finance"."payroll_records" FROM "prodplat_reader";

-- [232/1605] revoke grant SELECT on table finance.payroll_items to prodplat_reader
REVOKE SELECT ON TABLE "finance"."payroll_items" FROM "prodplat_reader";

-- [233/1605] revoke grant SELECT on table finance.payment_methods to prodplat_reader
REVOKE SELECT ON TABLE "finance"."payment_methods" FROM "prodplat_reader";

-- [234/1605] revoke grant SELECT on table finance.invoices to prodplat_reader
REVOKE SELECT ON TABLE "finance"."invoices" FROM "prodplat_reader";

-- [235/1605] revoke grant SELECT on table finance.invoice_items to prodplat_reader
REVOKE SELECT ON TABLE "finance"."invoice_items" FROM "prodplat_reader";

-- [236/1605] revoke grant SELECT on table finance.financial_transactions to prodplat_reader
REVOKE SELECT ON TABLE "finance"."financial_transactions" FROM "prodplat_reader";

-- [237/1605] revoke grant SELECT on table finance.expense_reports to prodplat_reader
REVOKE SELECT ON TABLE "finance"."expense_reports" FROM "prodplat_reader";

-- [238/1605] revoke grant SELECT on table finance.expense_items to prodplat_reader
REVOKE SELECT ON TABLE "finance"."expense_items" FROM "prodplat_reader";

-- [239/1605] revoke grant SELECT on table finance.budgets to prodplat_reader
REVOKE SELECT ON TABLE "finance"."budgets" FROM "prodplat_reader";

-- [240/1605] revoke grant SELECT on table finance.budget_line_items to prodplat_reader
REVOKE SELECT ON TABLE "finance"."budget_line_items" FROM "prodplat_reader";

-- [241/1605] revoke grant SELECT on table finance.approval_requests to prodplat_reader
REVOKE SELECT ON TABLE "finance"."approval_requests" FROM "prodplat_reader";

-- [242/1605] revoke grant SELECT on table core.workspaces to prodplat_reader
REVOKE SELECT ON TABLE "core"."workspaces" FROM "prodplat_reader";

-- [243/1605] revoke grant SELECT on table core.webhooks to prodplat_reader
REVOKE SELECT ON TABLE "core"."webhooks" FROM "prodplat_reader";

-- [244/1605] revoke grant SELECT on table core.roles to prodplat_reader
REVOKE SELECT ON TABLE "core"."roles" FROM "prodplat_reader";

-- [245/1605] revoke grant SELECT on table core.organizations to prodplat_reader
REVOKE SELECT ON TABLE "core"."organizations" FROM "prodplat_reader";

-- [246/1605] revoke grant SELECT on table core.organization_members to prodplat_reader
REVOKE SELECT ON TABLE "core"."organization_members" FROM "prodplat_reader";

-- [247/1605] revoke grant SELECT on table core.audit_logs to prodplat_reader
REVOKE SELECT ON TABLE "core"."audit_logs" FROM "prodplat_reader";

-- [248/1605] revoke grant SELECT on table core.api_tokens to prodplat_reader
REVOKE SELECT ON TABLE "core"."api_tokens" FROM "prodplat_reader";

-- [249/1605] revoke grant SELECT on table collab.views to prodplat_reader
REVOKE SELECT ON TABLE "collab"."views" FROM "prodplat_reader";

-- [250/1605] revoke grant SELECT on table collab.user_presence to prodplat_reader
REVOKE SELECT ON TABLE "collab"."user_presence" FROM "prodplat_reader";

-- [251/1605] revoke grant SELECT on table collab.notifications to prodplat_reader
REVOKE SELECT ON TABLE "collab"."notifications" FROM "prodplat_reader";

-- [252/1605] revoke grant SELECT on table collab.dashboards to prodplat_reader
REVOKE SELECT ON TABLE "collab"."dashboards" FROM "prodplat_reader";

-- [253/1605] revoke grant SELECT on table collab.dashboard_widgets to prodplat_reader
REVOKE SELECT ON TABLE "collab"."dashboard_widgets" FROM "prodplat_reader";

-- [254/1605] revoke grant SELECT on table collab.custom_fields to prodplat_reader
REVOKE SELECT ON TABLE "collab"."custom_fields" FROM "prodplat_reader";

-- [255/1605] revoke grant SELECT on table collab.comments to prodplat_reader
REVOKE SELECT ON TABLE "collab"."comments" FROM "prodplat_reader";

-- [256/1605] revoke grant SELECT on table collab.activities to prodplat_reader
REVOKE SELECT ON TABLE "collab"."activities" FROM "prodplat_reader";

-- [257/1605] revoke grant SELECT on table auth.users to prodplat_reader
REVOKE SELECT ON TABLE "auth"."users" FROM "prodplat_reader";

-- [258/1605] revoke grant USAGE on schema resources to prodplat_reader
REVOKE USAGE ON SCHEMA "resources" FROM "prodplat_reader";

-- [259/1605] revoke grant USAGE on schema production to prodplat_reader
REVOKE USAGE ON SCHEMA "production" FROM "prodplat_reader";

-- [260/1605] revoke grant USAGE on schema network to prodplat_reader
REVOKE USAGE ON SCHEMA "network" FROM "prodplat_reader";

-- [261/1605] revoke grant USAGE on schema finance to prodplat_reader
REVOKE USAGE ON SCHEMA "finance" FROM "prodplat_reader";

-- [262/1605] revoke grant USAGE on schema core to prodplat_reader
REVOKE USAGE ON SCHEMA "core" FROM "prodplat_reader";

-- [263/1605] revoke grant USAGE on schema collab to prodplat_reader
REVOKE USAGE ON SCHEMA "collab" FROM "prodplat_reader";

-- [264/1605] revoke grant USAGE on schema auth to prodplat_reader
REVOKE USAGE ON SCHEMA "auth" FROM "prodplat_reader";

-- [265/1605] revoke grant EXECUTE on function resources.set_updated_at() to prodplat_reader
REVOKE EXECUTE ON FUNCTION "resources"."set_updated_at"() FROM "prodplat_reader";

-- [266/1605] revoke grant EXECUTE on function resources.files_search_vector() to prodplat_reader
REVOKE EXECUTE ON FUNCTION "resources"."files_search_vector"() FROM "prodplat_reader";

-- [267/1605] revoke grant EXECUTE on function resources.calculate_asset_utilization(p_asset_id uuid, p_from timestamptz, p_to timestamptz) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "resources"."calculate_asset_utilization"(p_asset_id uuid, p_from timestamptz, p_to timestamptz) FROM "prodplat_reader";

-- [268/1605] revoke grant EXECUTE on function resources.assets_search_vector() to prodplat_reader
REVOKE EXECUTE ON FUNCTION "resources"."assets_search_vector"() FROM "prodplat_reader";

-- [269/1605] revoke grant EXECUTE on function production.set_updated_at() to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."set_updated_at"() FROM "prodplat_reader";

-- [270/1605] revoke grant EXECUTE on function production.personnel_search_vector() to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."personnel_search_vector"() FROM "prodplat_reader";

-- [271/1605] revoke grant EXECUTE on function production.get_user_workload(p_personnel_id uuid, p_from date, p_to date) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."get_user_workload"(p_personnel_id uuid, p_from date, p_to date) FROM "prodplat_reader";

-- [272/1605] revoke grant EXECUTE on function production.get_production_timeline(p_production_id uuid) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."get_production_timeline"(p_production_id uuid) FROM "prodplat_reader";

-- [273/1605] revoke grant EXECUTE on function production.get_production_health(p_production_id uuid) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."get_production_health"(p_production_id uuid) FROM "prodplat_reader";

-- [274/1605] revoke grant EXECUTE on function production.get_availability(p_personnel_id uuid, p_from date, p_to date) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."get_availability"(p_personnel_id uuid, p_from date, p_to date) FROM "prodplat_reader";

-- [275/1605] revoke grant EXECUTE on function production.events_search_vector() to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."events_search_vector"() FROM "prodplat_reader";

-- [276/1605] revoke grant EXECUTE on function production.check_event_conflicts(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."check_event_conflicts"(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) FROM "prodplat_reader";

-- [277/1605] revoke grant EXECUTE on function production.check_compliance_expiry(p_within_days integer) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."check_compliance_expiry"(p_within_days integer) FROM "prodplat_reader";

-- [278/1605] revoke grant EXECUTE on function production.calculate_overtime(p_personnel_id uuid, p_from date, p_to date) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "production"."calculate_overtime"(p_personnel_id uuid, p_from date, p_to date) FROM "prodplat_reader";

-- [279/1605] revoke grant EXECUTE on function finance.get_payroll_summary(p_from date, p_to date) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "finance"."get_payroll_summary"(p_from date, p_to date) FROM "prodplat_reader";

-- [280/1605] revoke grant EXECUTE on function finance.get_invoice_aging(p_as_of date, p_invoice_type finance.invoice_type) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "finance"."get_invoice_aging"(p_as_of date, p_invoice_type finance.invoice_type) FROM "prodplat_reader";

-- [281/1605] revoke grant EXECUTE on function finance.get_financial_summary(p_workspace_id uuid, p_from date, p_to date) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "finance"."get_financial_summary"(p_workspace_id uuid, p_from date, p_to date) FROM "prodplat_reader";

-- [282/1605] revoke grant EXECUTE on function finance.get_budget_variance(p_budget_id uuid) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "finance"."get_budget_variance"(p_budget_id uuid) FROM "prodplat_reader";

-- [283/1605] revoke grant EXECUTE on function collab.set_updated_at() to prodplat_reader
REVOKE EXECUTE ON FUNCTION "collab"."set_updated_at"() FROM "prodplat_reader";

-- [284/1605] revoke grant EXECUTE on function collab.global_search(p_query text, p_limit integer) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "collab"."global_search"(p_query text, p_limit integer) FROM "prodplat_reader";

-- [285/1605] revoke grant EXECUTE on function collab.get_dashboard_metrics(p_workspace_id uuid) to prodplat_reader
REVOKE EXECUTE ON FUNCTION "collab"."get_dashboard_metrics"(p_workspace_id uuid) FROM "prodplat_reader";

-- [286/1605] revoke grant USAGE on type resources.utility_type to prodplat_app
REVOKE USAGE ON TYPE "resources"."utility_type" FROM "prodplat_app";

-- [287/1605] revoke grant USAGE on type resources.site_map_type to prodplat_app
REVOKE USAGE ON TYPE "resources"."site_map_type" FROM "prodplat_app";

-- [288/1605] revoke grant USAGE on type resources.maintenance_type to prodplat_app
REVOKE USAGE ON TYPE "resources"."maintenance_type" FROM "prodplat_app";

-- [289/1605] revoke grant USAGE on type resources.location_type to prodplat_app
REVOKE USAGE ON TYPE "resources"."location_type" FROM "prodplat_app";

-- [290/1605] revoke grant USAGE on type resources.asset_transaction_type to prodplat_app
REVOKE USAGE ON TYPE "resources"."asset_transaction_type" FROM "prodplat_app";

-- [291/1605] revoke grant USAGE on type resources.asset_status to prodplat_app
REVOKE USAGE ON TYPE "resources"."asset_status" FROM "prodplat_app";

-- [292/1605] revoke grant USAGE on type resources.asset_condition to prodplat_app
REVOKE USAGE ON TYPE "resources"."asset_condition" FROM "prodplat_app";

-- [293/1605] revoke grant USAGE on type resources.access_point_type to prodplat_app
REVOKE USAGE ON TYPE "resources"."access_point_type" FROM "prodplat_app";

-- [294/1605] revoke grant USAGE on type production.safety_document_type to prodplat_app
REVOKE USAGE ON TYPE "production"."safety_document_type" FROM "prodplat_app";

-- [295/1605] revoke grant USAGE on type production.risk_level to prodplat_app
REVOKE USAGE ON TYPE "production"."risk_level" FROM "prodplat_app";

-- [296/1605] revoke grant USAGE on type production.personnel_status to prodplat_app
REVOKE USAGE ON TYPE "production"."personnel_status" FROM "prodplat_app";

-- [297/1605] revoke grant USAGE on type production.milestone_status to prodplat_app
REVOKE USAGE ON TYPE "production"."milestone_status" FROM "prodplat_app";

-- [298/1605] revoke grant USAGE on type production.incident_status to prodplat_app
REVOKE USAGE ON TYPE "production"."incident_status" FROM "prodplat_app";

-- [299/1605] revoke grant USAGE on type production.event_type to prodplat_app
REVOKE USAGE ON TYPE "production"."event_type" FROM "prodplat_app";

-- [300/1605] revoke grant USAGE on type production.event_status to prodplat_app
REVOKE USAGE ON TYPE "production"."event_status" FROM "prodplat_app";

-- [301/1605] revoke grant USAGE on type production.employment_type to prodplat_app
REVOKE USAGE ON TYPE "production"."employment_type" FROM "prodplat_app";

-- [302/1605] revoke grant USAGE on type production.compliance_type to prodplat_app
REVOKE USAGE ON TYPE "production"."compliance_type" FROM "prodplat_app";

-- [303/1605] revoke grant USAGE on type production.booking_type to prodplat_app
REVOKE USAGE ON TYPE "production"."booking_type" FROM "prodplat_app";

-- [304/1605] revoke grant USAGE on type production.applicant_status to prodplat_app
REVOKE USAGE ON TYPE "production"."applicant_status" FROM "prodplat_app";

-- [305/1605] revoke grant USAGE on type network.reaction_type to prodplat_app
REVOKE USAGE ON TYPE "network"."reaction_type" FROM "prodplat_app";

-- [306/1605] revoke grant USAGE on type network.post_type to prodplat_app
REVOKE USAGE ON TYPE "network"."post_type" FROM "prodplat_app";

-- [307/1605] revoke grant USAGE on type network.order_status to prodplat_app
REVOKE USAGE ON TYPE "network"."order_status" FROM "prodplat_app";

-- [308/1605] revoke grant USAGE on type network.listing_type to prodplat_app
REVOKE USAGE ON TYPE "network"."listing_type" FROM "prodplat_app";

-- [309/1605] revoke grant USAGE on type network.contract_type to prodplat_app
REVOKE USAGE ON TYPE "network"."contract_type" FROM "prodplat_app";

-- [310/1605] revoke grant USAGE on type network.contract_status to prodplat_app
REVOKE USAGE ON TYPE "network"."contract_status" FROM "prodplat_app";

-- [311/1605] revoke grant USAGE on type network.connection_status to prodplat_app
REVOKE USAGE ON TYPE "network"."connection_status" FROM "prodplat_app";

-- [312/1605] revoke grant USAGE on type network.company_type to prodplat_app
REVOKE USAGE ON TYPE "network"."company_type" FROM "prodplat_app";

-- [313/1605] revoke grant USAGE on type network.company_status to prodplat_app
REVOKE USAGE ON TYPE "network"."company_status" FROM "prodplat_app";

-- [314/1605] revoke grant USAGE on type finance.transaction_type to prodplat_app
REVOKE USAGE ON TYPE "finance"."transaction_type" FROM "prodplat_app";

-- [315/1605] revoke grant USAGE on type finance.transaction_status to prodplat_app
REVOKE USAGE ON TYPE "finance"."transaction_status" FROM "prodplat_app";

-- [316/1605] revoke grant USAGE on type finance.rfq_status to prodplat_app
REVOKE USAGE ON TYPE "finance"."rfq_status" FROM "prodplat_app";

-- [317/1605] revoke grant USAGE on type finance.requisition_status to prodplat_app
REVOKE USAGE ON TYPE "finance"."requisition_status" FROM "prodplat_app";

-- [318/1605] revoke grant USAGE on type finance.po_status to prodplat_app
REVOKE USAGE ON TYPE "finance"."po_status" FROM "prodplat_app";

-- [319/1605] revoke grant USAGE on type finance.payroll_status to prodplat_app
REVOKE USAGE ON TYPE "finance"."payroll_status" FROM "prodplat_app";

-- [320/1605] revoke grant USAGE on type finance.payroll_item_type to prodplat_app
REVOKE USAGE ON TYPE "finance"."payroll_item_type" FROM "prodplat_app";

-- [321/1605] revoke grant USAGE on type finance.payment_method_type to prodplat_app
REVOKE USAGE ON TYPE "finance"."payment_method_type" FROM "prodplat_app";

-- [322/1605] revoke grant USAGE on type finance.invoice_type to prodplat_app
REVOKE USAGE ON TYPE "finance"."invoice_type" FROM "prodplat_app";

-- [323/1605] revoke grant USAGE on type finance.invoice_status to prodplat_app
REVOKE USAGE ON TYPE "finance"."invoice_status" FROM "prodplat_app";

-- [324/1605] revoke grant USAGE on type finance.expense_status to prodplat_app
REVOKE USAGE ON TYPE "finance"."expense_status" FROM "prodplat_app";

-- [325/1605] revoke grant USAGE on type finance.budget_status to prodplat_app
REVOKE USAGE ON TYPE "finance"."budget_status" FROM "prodplat_app";

-- [326/1605] revoke grant USAGE on type core.task_status to prodplat_app
REVOKE USAGE ON TYPE "core"."task_status" FROM "prodplat_app";

-- [327/1605] revoke grant USAGE on type core.publish_status to prodplat_app
REVOKE USAGE ON TYPE "core"."publish_status" FROM "prodplat_app";

-- [328/1605] revoke grant USAGE on type core.priority_level to prodplat_app
REVOKE USAGE ON TYPE "core"."priority_level" FROM "prodplat_app";

-- [329/1605] revoke grant USAGE on type core.organization_status to prodplat_app
REVOKE USAGE ON TYPE "core"."organization_status" FROM "prodplat_app";

-- [330/1605] revoke grant USAGE on type core.organization_plan to prodplat_app
REVOKE USAGE ON TYPE "core"."organization_plan" FROM "prodplat_app";

-- [331/1605] revoke grant USAGE on type core.member_status to prodplat_app
REVOKE USAGE ON TYPE "core"."member_status" FROM "prodplat_app";

-- [332/1605] revoke grant USAGE on type core.member_role to prodplat_app
REVOKE USAGE ON TYPE "core"."member_role" FROM "prodplat_app";

-- [333/1605] revoke grant USAGE on type core.lifecycle_status to prodplat_app
REVOKE USAGE ON TYPE "core"."lifecycle_status" FROM "prodplat_app";

-- [334/1605] revoke grant USAGE on type core.approval_status to prodplat_app
REVOKE USAGE ON TYPE "core"."approval_status" FROM "prodplat_app";

-- [335/1605] revoke grant USAGE on type collab.view_type to prodplat_app
REVOKE USAGE ON TYPE "collab"."view_type" FROM "prodplat_app";

-- [336/1605] revoke grant USAGE on type collab.presence_status to prodplat_app
REVOKE USAGE ON TYPE "collab"."presence_status" FROM "prodplat_app";

-- [337/1605] revoke grant USAGE on type collab.custom_field_type to prodplat_app
REVOKE USAGE ON TYPE "collab"."custom_field_type" FROM "prodplat_app";

-- [338/1605] revoke grant USAGE on type collab.activity_action to prodplat_app
REVOKE USAGE ON TYPE "collab"."activity_action" FROM "prodplat_app";

-- [339/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.site_maps to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."site_maps" FROM "prodplat_app";

-- [340/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.production_advances to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."production_advances" FROM "prodplat_app";

-- [341/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.locations to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."locations" FROM "prodplat_app";

-- [342/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.location_utilities to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."location_utilities" FROM "prodplat_app";

-- [343/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.location_access to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."location_access" FROM "prodplat_app";

-- [344/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.files to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."files" FROM "prodplat_app";

-- [345/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.file_versions to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."file_versions" FROM "prodplat_app";

-- [346/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.file_categories to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."file_categories" FROM "prodplat_app";

-- [347/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.assets to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."assets" FROM "prodplat_app";

-- [348/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.asset_transactions to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."asset_transactions" FROM "prodplat_app";

-- [349/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table resources.asset_maintenance to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "resources"."asset_maintenance" FROM "prodplat_app";

-- [350/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.training_records to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."training_records" FROM "prodplat_app";

-- [351/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.time_entries to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."time_entries" FROM "prodplat_app";

-- [352/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.teams to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."teams" FROM "prodplat_app";

-- [353/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.team_members to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."team_members" FROM "prodplat_app";

-- [354/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.run_of_show to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."run_of_show" FROM "prodplat_app";

-- [355/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.project_tasks to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."project_tasks" FROM "prodplat_app";

-- [356/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.project_safety to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."project_safety" FROM "prodplat_app";

-- [357/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.project_milestones to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."project_milestones" FROM "prodplat_app";

-- [358/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.project_compliance to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."project_compliance" FROM "prodplat_app";

-- [359/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.productions to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."productions" FROM "prodplat_app";

-- [360/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.personnel_assignments to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."personnel_assignments" FROM "prodplat_app";

-- [361/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.personnel to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."personnel" FROM "prodplat_app";

-- [362/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.job_openings to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."job_openings" FROM "prodplat_app";

-- [363/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.job_applicants to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."job_applicants" FROM "prodplat_app";

-- [364/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.incidents to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."incidents" FROM "prodplat_app";

-- [365/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.events to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."events" FROM "prodplat_app";

-- [366/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table production.bookings to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "production"."bookings" FROM "prodplat_app";

-- [367/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.work_history to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."work_history" FROM "prodplat_app";

-- [368/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.user_profiles to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."user_profiles" FROM "prodplat_app";

-- [369/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.post_reactions to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."post_reactions" FROM "prodplat_app";

-- [370/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.marketplace_reviews to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."marketplace_reviews" FROM "prodplat_app";

-- [371/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.marketplace_orders to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."marketplace_orders" FROM "prodplat_app";

-- [372/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.marketplace_listings to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."marketplace_listings" FROM "prodplat_app";

-- [373/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.endorsements to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."endorsements" FROM "prodplat_app";

-- [374/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.contracts to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."contracts" FROM "prodplat_app";

-- [375/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.connections to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."connections" FROM "prodplat_app";

-- [376/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.company_contacts to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."company_contacts" FROM "prodplat_app";

-- [377/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.companies to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."companies" FROM "prodplat_app";

-- [378/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table network.community_posts to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "network"."community_posts" FROM "prodplat_app";

-- [379/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.rfqs to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."rfqs" FROM "prodplat_app";

-- [380/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.requisitions to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."requisitions" FROM "prodplat_app";

-- [381/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.requisition_items to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."requisition_items" FROM "prodplat_app";

-- [382/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.purchase_orders to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."purchase_orders" FROM "prodplat_app";

-- [383/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.po_items to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."po_items" FROM "prodplat_app";

-- [384/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.payroll_records to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."payroll_records" FROM "prodplat_app";

-- [385/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.payroll_items to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."payroll_items" FROM "prodplat_app";

-- [386/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.payment_methods to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."payment_methods" FROM "prodplat_app";

-- [387/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.invoices to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."invoices" FROM "prodplat_app";

-- [388/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.invoice_items to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."invoice_items" FROM "prodplat_app";

-- [389/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.financial_transactions to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."financial_transactions" FROM "prodplat_app";

-- [390/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.expense_reports to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."expense_reports" FROM "prodplat_app";

-- [391/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.expense_items to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."expense_items" FROM "prodplat_app";

-- [392/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.budgets to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."budgets" FROM "prodplat_app";

-- [393/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.budget_line_items to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."budget_line_items" FROM "prodplat_app";

-- [394/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table finance.approval_requests to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "finance"."approval_requests" FROM "prodplat_app";

-- [395/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table core.workspaces to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."workspaces" FROM "prodplat_app";

-- [396/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table core.webhooks to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."webhooks" FROM "prodplat_app";

-- [397/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table core.roles to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."roles" FROM "prodplat_app";

-- [398/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table core.organizations to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."organizations" FROM "prodplat_app";

-- [399/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table core.organization_members to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."organization_members" FROM "prodplat_app";

-- [400/1605] revoke grant SELECT on table core.audit_logs to prodplat_app
REVOKE SELECT ON TABLE "core"."audit_logs" FROM "prodplat_app";

-- [401/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table core.api_tokens to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "core"."api_tokens" FROM "prodplat_app";

-- [402/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table collab.views to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."views" FROM "prodplat_app";

-- [403/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table collab.user_presence to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."user_presence" FROM "prodplat_app";

-- [404/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table collab.notifications to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."notifications" FROM "prodplat_app";

-- [405/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table collab.dashboards to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."dashboards" FROM "prodplat_app";

-- [406/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table collab.dashboard_widgets to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."dashboard_widgets" FROM "prodplat_app";

-- [407/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table collab.custom_fields to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."custom_fields" FROM "prodplat_app";

-- [408/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table collab.comments to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."comments" FROM "prodplat_app";

-- [409/1605] revoke grant DELETE,INSERT,SELECT,UPDATE on table collab.activities to prodplat_app
REVOKE DELETE, INSERT, SELECT, UPDATE ON TABLE "collab"."activities" FROM "prodplat_app";

-- [410/1605] revoke grant INSERT,SELECT,UPDATE on table auth.users to prodplat_app
REVOKE INSERT, SELECT, UPDATE ON TABLE "auth"."users" FROM "prodplat_app";

-- [411/1605] revoke grant USAGE on schema resources to prodplat_app
REVOKE USAGE ON SCHEMA "resources" FROM "prodplat_app";

-- [412/1605] revoke grant USAGE on schema production to prodplat_app
REVOKE USAGE ON SCHEMA "production" FROM "prodplat_app";

-- [413/1605] revoke grant USAGE on schema network to prodplat_app
REVOKE USAGE ON SCHEMA "network" FROM "prodplat_app";

-- [414/1605] revoke grant USAGE on schema finance to prodplat_app
REVOKE USAGE ON SCHEMA "finance" FROM "prodplat_app";

-- [415/1605] revoke grant USAGE on schema core to prodplat_app
REVOKE USAGE ON SCHEMA "core" FROM "prodplat_app";

-- [416/1605] revoke grant USAGE on schema collab to prodplat_app
REVOKE USAGE ON SCHEMA "collab" FROM "prodplat_app";

-- [417/1605] revoke grant USAGE on schema auth to prodplat_app
REVOKE USAGE ON SCHEMA "auth" FROM "prodplat_app";

-- [418/1605] revoke grant EXECUTE on function resources.set_updated_at() to prodplat_app
REVOKE EXECUTE ON FUNCTION "resources"."set_updated_at"() FROM "prodplat_app";

-- [419/1605] revoke grant EXECUTE on function resources.files_search_vector() to prodplat_app
REVOKE EXECUTE ON FUNCTION "resources"."files_search_vector"() FROM "prodplat_app";

-- [420/1605] revoke grant EXECUTE on function resources.calculate_asset_utilization(p_asset_id uuid, p_from timestamptz, p_to timestamptz) to prodplat_app
REVOKE EXECUTE ON FUNCTION "resources"."calculate_asset_utilization"(p_asset_id uuid, p_from timestamptz, p_to timestamptz) FROM "prodplat_app";

-- [421/1605] revoke grant EXECUTE on function resources.assets_search_vector() to prodplat_app
REVOKE EXECUTE ON FUNCTION "resources"."assets_search_vector"() FROM "prodplat_app";

-- [422/1605] revoke grant EXECUTE on function production.set_updated_at() to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."set_updated_at"() FROM "prodplat_app";

-- [423/1605] revoke grant EXECUTE on function production.personnel_search_vector() to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."personnel_search_vector"() FROM "prodplat_app";

-- [424/1605] revoke grant EXECUTE on function production.get_user_workload(p_personnel_id uuid, p_from date, p_to date) to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."get_user_workload"(p_personnel_id uuid, p_from date, p_to date) FROM "prodplat_app";

-- [425/1605] revoke grant EXECUTE on function production.get_production_timeline(p_production_id uuid) to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."get_production_timeline"(p_production_id uuid) FROM "prodplat_app";

-- [426/1605] revoke grant EXECUTE on function production.get_production_health(p_production_id uuid) to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."get_production_health"(p_production_id uuid) FROM "prodplat_app";

-- [427/1605] revoke grant EXECUTE on function production.get_availability(p_personnel_id uuid, p_from date, p_to date) to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."get_availability"(p_personnel_id uuid, p_from date, p_to date) FROM "prodplat_app";

-- [428/1605] revoke grant EXECUTE on function production.events_search_vector() to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."events_search_vector"() FROM "prodplat_app";

-- [429/1605] revoke grant EXECUTE on function production.check_event_conflicts(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."check_event_conflicts"(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) FROM "prodplat_app";

-- [430/1605] revoke grant EXECUTE on function production.check_compliance_expiry(p_within_days integer) to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."check_compliance_expiry"(p_within_days integer) FROM "prodplat_app";

-- [431/1605] revoke grant EXECUTE on function production.calculate_overtime(p_personnel_id uuid, p_from date, p_to date) to prodplat_app
REVOKE EXECUTE ON FUNCTION "production"."calculate_overtime"(p_personnel_id uuid, p_from date, p_to date) FROM "prodplat_app";

-- [432/1605] revoke grant EXECUTE on function finance.get_payroll_summary(p_from date, p_to date) to prodplat_app
REVOKE EXECUTE ON FUNCTION "finance"."get_payroll_summary"(p_from date, p_to date) FROM "prodplat_app";

-- [433/1605] revoke grant EXECUTE on function finance.get_invoice_aging(p_as_of date, p_invoice_type finance.invoice_type) to prodplat_app
REVOKE EXECUTE ON FUNCTION "finance"."get_invoice_aging"(p_as_of date, p_invoice_type finance.invoice_type) FROM "prodplat_app";

-- [434/1605] revoke grant EXECUTE on function finance.get_financial_summary(p_workspace_id uuid, p_from date, p_to date) to prodplat_app
REVOKE EXECUTE ON FUNCTION "finance"."get_financial_summary"(p_workspace_id uuid, p_from date, p_to date) FROM "prodplat_app";

-- [435/1605] revoke grant EXECUTE on function finance.get_budget_variance(p_budget_id uuid) to prodplat_app
REVOKE EXECUTE ON FUNCTION "finance"."get_budget_variance"(p_budget_id uuid) FROM "prodplat_app";

-- [436/1605] revoke grant EXECUTE on function collab.set_updated_at() to prodplat_app
REVOKE EXECUTE ON FUNCTION "collab"."set_updated_at"() FROM "prodplat_app";

-- [437/1605] revoke grant EXECUTE on function collab.global_search(p_query text, p_limit integer) to prodplat_app
REVOKE EXECUTE ON FUNCTION "collab"."global_search"(p_query text, p_limit integer) FROM "prodplat_app";

-- [438/1605] revoke grant EXECUTE on function collab.get_dashboard_metrics(p_workspace_id uuid) to prodplat_app
REVOKE EXECUTE ON FUNCTION "collab"."get_dashboard_metrics"(p_workspace_id uuid) FROM "prodplat_app";

-- [439/1605] drop policy tenant_isolation on resources.site_maps (schemas/resources.yaml:180:23)
DROP POLICY "tenant_isolation" ON "resources"."site_maps";

-- [440/1605] drop policy tenant_isolation on resources.production_advances (schemas/resources.yaml:121:23)
DROP POLICY "tenant_isolation" ON "resources"."production_advances";

-- [441/1605] drop policy tenant_isolation on resources.locations (schemas/resources.yaml:151:23)
DROP POLICY "tenant_isolation" ON "resources"."locations";

-- [442/1605] drop policy tenant_isolation on resources.location_utilities (schemas/resources.yaml:214:23)
DROP POLICY "tenant_isolation" ON "resources"."location_utilities";

-- [443/1605] drop policy tenant_isolation on resources.location_access (schemas/resources.yaml:198:23)
DROP POLICY "tenant_isolation" ON "resources"."location_access";

-- [444/1605] drop policy tenant_isolation on resources.files (schemas/resources.yaml:251:9)
DROP POLICY "tenant_isolation" ON "resources"."files";

-- [445/1605] drop policy tenant_isolation on resources.file_versions (schemas/resources.yaml:285:23)
DROP POLICY "tenant_isolation" ON "resources"."file_versions";

-- [446/1605] drop policy tenant_isolation on resources.file_categories (schemas/resources.yaml:233:23)
DROP POLICY "tenant_isolation" ON "resources"."file_categories";

-- [447/1605] drop policy tenant_isolation on resources.assets (schemas/resources.yaml:27:9)
DROP POLICY "tenant_isolation" ON "resources"."assets";

-- [448/1605] drop policy tenant_isolation on resources.asset_transactions (schemas/resources.yaml:60:23)
DROP POLICY "tenant_isolation" ON "resources"."asset_transactions";

-- [449/1605] drop policy tenant_isolation on resources.asset_maintenance (schemas/resources.yaml:97:23)
DROP POLICY "tenant_isolation" ON "resources"."asset_maintenance";

-- [450/1605] drop policy tenant_isolation on production.training_records (schemas/production.yaml:407:23)
DROP POLICY "tenant_isolation" ON "production"."training_records";

-- [451/1605] drop policy tenant_isolation on production.time_entries (schemas/production.yaml:379:23)
DROP POLICY "tenant_isolation" ON "production"."time_entries";

-- [452/1605] drop policy tenant_isolation on production.teams (schemas/production.yaml:327:23)
DROP POLICY "tenant_isolation" ON "production"."teams";

-- [453/1605] drop policy tenant_isolation on production.team_members (schemas/production.yaml:342:23)
DROP POLICY "tenant_isolation" ON "production"."team_members";

-- [454/1605] drop policy tenant_isolation on production.run_of_show (schemas/production.yaml:206:23)
DROP POLICY "tenant_isolation" ON "production"."run_of_show";

-- [455/1605] drop policy tenant_isolation on production.project_tasks (schemas/production.yaml:68:23)
DROP POLICY "tenant_isolation" ON "production"."project_tasks";

-- [456/1605] drop policy tenant_isolation on production.project_safety (schemas/production.yaml:143:23)
DROP POLICY "tenant_isolation" ON "production"."project_safety";

-- [457/1605] drop policy tenant_isolation on production.project_milestones (schemas/production.yaml:103:23)
DROP POLICY "tenant_isolation" ON "production"."project_milestones";

-- [458/1605] drop policy tenant_isolation on production.project_compliance (schemas/production.yaml:118:23)
DROP POLICY "tenant_isolation" ON "production"."project_compliance";

-- [459/1605] drop policy tenant_isolation on production.productions (schemas/production.yaml:29:23)
DROP POLICY "tenant_isolation" ON "production"."productions";

-- [460/1605] drop policy tenant_isolation on production.personnel_assignments (schemas/production.yaml:357:23)
DROP POLICY "tenant_isolation" ON "production"."personnel_assignments";

-- [461/1605] drop policy tenant_isolation on production.personnel (schemas/production.yaml:293:9)
DROP POLICY "tenant_isolation" ON "production"."personnel";

-- [462/1605] drop policy tenant_isolation on production.job_openings (schemas/production.yaml:431:23)
DROP POLICY "tenant_isolation" ON "production"."job_openings";

-- [463/1605] drop policy tenant_isolation on production.job_applicants (schemas/production.yaml:457:23)
DROP POLICY "tenant_isolation" ON "production"."job_applicants";

-- [464/1605] drop policy tenant_isolation on production.incidents (schemas/production.yaml:258:23)
DROP POLICY "tenant_isolation" ON "production"."incidents";

-- [465/1605] drop policy tenant_isolation on production.events (schemas/production.yaml:168:9)
DROP POLICY "tenant_isolation" ON "production"."events";

-- [466/1605] drop policy tenant_isolation on production.bookings (schemas/production.yaml:231:23)
DROP POLICY "tenant_isolation" ON "production"."bookings";

-- [467/1605] drop policy tenant_isolation on network.work_history (schemas/network.yaml:74:9)
DROP POLICY "tenant_isolation" ON "network"."work_history";

-- [468/1605] drop policy tenant_isolation on network.user_profiles (schemas/network.yaml:29:9)
DROP POLICY "tenant_isolation" ON "network"."user_profiles";

-- [469/1605] drop policy tenant_isolation on network.post_reactions (schemas/network.yaml:208:23)
DROP POLICY "tenant_isolation" ON "network"."post_reactions";

-- [470/1605] drop policy tenant_isolation on network.marketplace_reviews (schemas/network.yaml:290:23)
DROP POLICY "tenant_isolation" ON "network"."marketplace_reviews";

-- [471/1605] drop policy tenant_isolation on network.marketplace_orders (schemas/network.yaml:270:23)
DROP POLICY "tenant_isolation" ON "network"."marketplace_orders";

-- [472/1605] drop policy tenant_isolation on network.marketplace_listings (schemas/network.yaml:248:9)
DROP POLICY "tenant_isolation" ON "network"."marketplace_listings";

-- [473/1605] drop policy tenant_isolation on network.endorsements (schemas/network.yaml:54:9)
DROP POLICY "tenant_isolation" ON "network"."endorsements";

-- [474/1605] drop policy tenant_isolation on network.contracts (schemas/network.yaml:151:23)
DROP POLICY "tenant_isolation" ON "network"."contracts";

-- [475/1605] drop policy tenant_isolation on network.connections (schemas/network.yaml:224:9)
DROP POLICY "tenant_isolation" ON "network"."connections";

-- [476/1605] drop policy tenant_isolation on network.company_contacts (schemas/network.yaml:131:23)
DROP POLICY "tenant_isolation" ON "network"."company_contacts";

-- [477/1605] drop policy tenant_isolation on network.companies (schemas/network.yaml:105:9)
DROP POLICY "tenant_isolation" ON "network"."companies";

-- [478/1605] drop policy tenant_isolation on network.community_posts (schemas/network.yaml:188:9)
DROP POLICY "tenant_isolation" ON "network"."community_posts";

-- [479/1605] drop policy tenant_isolation on finance.rfqs (schemas/finance.yaml:370:23)
DROP POLICY "tenant_isolation" ON "finance"."rfqs";

-- [480/1605] drop policy tenant_isolation on finance.requisitions (schemas/finance.yaml:335:23)
DROP POLICY "tenant_isolation" ON "finance"."requisitions";

-- [481/1605] drop policy tenant_isolation on finance.requisition_items (schemas/finance.yaml:353:23)
DROP POLICY "tenant_isolation" ON "finance"."requisition_items";

-- [482/1605] drop policy tenant_isolation on finance.purchase_orders (schemas/finance.yaml:170:23)
DROP POLICY "tenant_isolation" ON "finance"."purchase_orders";

-- [483/1605] drop policy tenant_isolation on finance.po_items (schemas/finance.yaml:202:23)
DROP POLICY "tenant_isolation" ON "finance"."po_items";

-- [484/1605] drop policy tenant_isolation on finance.payroll_records (schemas/finance.yaml:290:23)
DROP POLICY "tenant_isolation" ON "finance"."payroll_records";

-- [485/1605] drop policy tenant_isolation on finance.payroll_items (schemas/finance.yaml:317:23)
DROP POLICY "tenant_isolation" ON "finance"."payroll_items";

-- [486/1605] drop policy tenant_isolation on finance.payment_methods (schemas/finance.yaml:221:23)
DROP POLICY "tenant_isolation" ON "finance"."payment_methods";

-- [487/1605] drop policy tenant_isolation on finance.invoices (schemas/finance.yaml:118:23)
DROP POLICY "tenant_isolation" ON "finance"."invoices";

-- [488/1605] drop policy tenant_isolation on finance.invoice_items (schemas/finance.yaml:150:23)
DROP POLICY "tenant_isolation" ON "finance"."invoice_items";

-- [489/1605] drop policy tenant_isolation on finance.financial_transactions (schemas/finance.yaml:67:23)
DROP POLICY "tenant_isolation" ON "finance"."financial_transactions";

-- [490/1605] drop policy tenant_isolation on finance.expense_reports (schemas/finance.yaml:238:23)
DROP POLICY "tenant_isolation" ON "finance"."expense_reports";

-- [491/1605] drop policy tenant_isolation on finance.expense_items (schemas/finance.yaml:266:23)
DROP POLICY "tenant_isolation" ON "finance"."expense_items";

-- [492/1605] drop policy tenant_isolation on finance.budgets (schemas/finance.yaml:30:23)
DROP POLICY "tenant_isolation" ON "finance"."budgets";

-- [493/1605] drop policy tenant_isolation on finance.budget_line_items (schemas/finance.yaml:53:23)
DROP POLICY "tenant_isolation" ON "finance"."budget_line_items";

-- [494/1605] drop policy tenant_isolation on finance.approval_requests (schemas/finance.yaml:399:23)
DROP POLICY "tenant_isolation" ON "finance"."approval_requests";

-- [495/1605] drop policy tenant_isolation on core.workspaces (schemas/core.yaml:152:23)
DROP POLICY "tenant_isolation" ON "core"."workspaces";

-- [496/1605] drop policy tenant_isolation on core.webhooks (schemas/core.yaml:232:9)
DROP POLICY "tenant_isolation" ON "core"."webhooks";

-- [497/1605] drop policy tenant_isolation on core.roles (schemas/core.yaml:188:9)
DROP POLICY "tenant_isolation" ON "core"."roles";

-- [498/1605] drop policy tenant_self on core.organizations (schemas/core.yaml:104:23)
DROP POLICY "tenant_self" ON "core"."organizations";

-- [499/1605] drop policy tenant_isolation on core.organization_members (schemas/core.yaml:167:23)
DROP POLICY "tenant_isolation" ON "core"."organization_members";

-- [500/1605] drop policy tenant_isolation on core.audit_logs (schemas/core.yaml:254:9)
DROP POLICY "tenant_isolation" ON "core"."audit_logs";

-- [501/1605] drop policy tenant_isolation on core.api_tokens (schemas/core.yaml:211:9)
DROP POLICY "tenant_isolation" ON "core"."api_tokens";

-- [502/1605] drop policy tenant_isolation on collab.views (schemas/collab.yaml:60:23)
DROP POLICY "tenant_isolation" ON "collab"."views";

-- [503/1605] drop policy tenant_isolation on collab.user_presence (schemas/collab.yaml:134:23)
DROP POLICY "tenant_isolation" ON "collab"."user_presence";

-- [504/1605] drop policy tenant_isolation on collab.notifications (schemas/collab.yaml:112:9)
DROP POLICY "tenant_isolation" ON "collab"."notifications";

-- [505/1605] drop policy tenant_isolation on collab.dashboards (schemas/collab.yaml:153:23)
DROP POLICY "tenant_isolation" ON "collab"."dashboards";

-- [506/1605] drop policy tenant_isolation on collab.dashboard_widgets (schemas/collab.yaml:168:23)
DROP POLICY "tenant_isolation" ON "collab"."dashboard_widgets";

-- [507/1605] drop policy tenant_isolation on collab.custom_fields (schemas/collab.yaml:41:23)
DROP POLICY "tenant_isolation" ON "collab"."custom_fields";

-- [508/1605] drop policy tenant_isolation on collab.comments (schemas/collab.yaml:90:23)
DROP POLICY "tenant_isolation" ON "collab"."comments";

-- [509/1605] drop policy tenant_isolation on collab.activities (schemas/collab.yaml:75:23)
DROP POLICY "tenant_isolation" ON "collab"."activities";

-- [510/1605] drop policy users_update_self on auth.users (schemas/core.yaml:146:9)
DROP POLICY "users_update_self" ON "auth"."users";

-- [511/1605] drop policy users_sign_up on auth.users (schemas/core.yaml:143:9)
DROP POLICY "users_sign_up" ON "auth"."users";

-- [512/1605] drop policy users_visible on auth.users (schemas/core.yaml:138:9)
DROP POLICY "users_visible" ON "auth"."users";

-- [513/1605] disable rls resources.site_maps
ALTER TABLE "resources"."site_maps" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."site_maps" DISABLE ROW LEVEL SECURITY;

-- [514/1605] disable rls resources.production_advances
ALTER TABLE "resources"."production_advances" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."production_advances" DISABLE ROW LEVEL SECURITY;

-- [515/1605] disable rls resources.locations
ALTER TABLE "resources"."locations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."locations" DISABLE ROW LEVEL SECURITY;

-- [516/1605] disable rls resources.location_utilities
ALTER TABLE "resources"."location_utilities" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."location_utilities" DISABLE ROW LEVEL SECURITY;

-- [517/1605] disable rls resources.location_access
ALTER TABLE "resources"."location_access" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."location_access" DISABLE ROW LEVEL SECURITY;

-- [518/1605] disable rls resources.files
ALTER TABLE "resources"."files" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."files" DISABLE ROW LEVEL SECURITY;

-- [519/1605] disable rls resources.file_versions
ALTER TABLE "resources"."file_versions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."file_versions" DISABLE ROW LEVEL SECURITY;

-- [520/1605] disable rls resources.file_categories
ALTER TABLE "resources"."file_categories" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."file_categories" DISABLE ROW LEVEL SECURITY;

-- [521/1605] disable rls resources.assets
ALTER TABLE "resources"."assets" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."assets" DISABLE ROW LEVEL SECURITY;

-- [522/1605] disable rls resources.asset_transactions
ALTER TABLE "resources"."asset_transactions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."asset_transactions" DISABLE ROW LEVEL SECURITY;

-- [523/1605] disable rls resources.asset_maintenance
ALTER TABLE "resources"."asset_maintenance" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "resources"."asset_maintenance" DISABLE ROW LEVEL SECURITY;

-- [524/1605] disable rls production.training_records
ALTER TABLE "production"."training_records" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."training_records" DISABLE ROW LEVEL SECURITY;

-- [525/1605] disable rls production.time_entries
ALTER TABLE "production"."time_entries" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."time_entries" DISABLE ROW LEVEL SECURITY;

-- [526/1605] disable rls production.teams
ALTER TABLE "production"."teams" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."teams" DISABLE ROW LEVEL SECURITY;

-- [527/1605] disable rls production.team_members
ALTER TABLE "production"."team_members" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."team_members" DISABLE ROW LEVEL SECURITY;

-- [528/1605] disable rls production.run_of_show
ALTER TABLE "production"."run_of_show" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."run_of_show" DISABLE ROW LEVEL SECURITY;

-- [529/1605] disable rls production.project_tasks
ALTER TABLE "production"."project_tasks" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."project_tasks" DISABLE ROW LEVEL SECURITY;

-- [530/1605] disable rls production.project_safety
ALTER TABLE "production"."project_safety" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."project_safety" DISABLE ROW LEVEL SECURITY;

-- [531/1605] disable rls production.project_milestones
ALTER TABLE "production"."project_milestones" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."project_milestones" DISABLE ROW LEVEL SECURITY;

-- [532/1605] disable rls production.project_compliance
ALTER TABLE "production"."project_compliance" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."project_compliance" DISABLE ROW LEVEL SECURITY;

-- [533/1605] disable rls production.productions
ALTER TABLE "production"."productions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."productions" DISABLE ROW LEVEL SECURITY;

-- [534/1605] disable rls production.personnel_assignments
ALTER TABLE "production"."personnel_assignments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."personnel_assignments" DISABLE ROW LEVEL SECURITY;

-- [535/1605] disable rls production.personnel
ALTER TABLE "production"."personnel" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."personnel" DISABLE ROW LEVEL SECURITY;

-- [536/1605] disable rls production.job_openings
ALTER TABLE "production"."job_openings" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."job_openings" DISABLE ROW LEVEL SECURITY;

-- [537/1605] disable rls production.job_applicants
ALTER TABLE "production"."job_applicants" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."job_applicants" DISABLE ROW LEVEL SECURITY;

-- [538/1605] disable rls production.incidents
ALTER TABLE "production"."incidents" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."incidents" DISABLE ROW LEVEL SECURITY;

-- [539/1605] disable rls production.events
ALTER TABLE "production"."events" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."events" DISABLE ROW LEVEL SECURITY;

-- [540/1605] disable rls production.bookings
ALTER TABLE "production"."bookings" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "production"."bookings" DISABLE ROW LEVEL SECURITY;

-- [541/1605] disable rls network.work_history
ALTER TABLE "network"."work_history" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."work_history" DISABLE ROW LEVEL SECURITY;

-- [542/1605] disable rls network.user_profiles
ALTER TABLE "network"."user_profiles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."user_profiles" DISABLE ROW LEVEL SECURITY;

-- [543/1605] disable rls network.post_reactions
ALTER TABLE "network"."post_reactions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."post_reactions" DISABLE ROW LEVEL SECURITY;

-- [544/1605] disable rls network.marketplace_reviews
ALTER TABLE "network"."marketplace_reviews" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."marketplace_reviews" DISABLE ROW LEVEL SECURITY;

-- [545/1605] disable rls network.marketplace_orders
ALTER TABLE "network"."marketplace_orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."marketplace_orders" DISABLE ROW LEVEL SECURITY;

-- [546/1605] disable rls network.marketplace_listings
ALTER TABLE "network"."marketplace_listings" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."marketplace_listings" DISABLE ROW LEVEL SECURITY;

-- [547/1605] disable rls network.endorsements
ALTER TABLE "network"."endorsements" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."endorsements" DISABLE ROW LEVEL SECURITY;

-- [548/1605] disable rls network.contracts
ALTER TABLE "network"."contracts" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."contracts" DISABLE ROW LEVEL SECURITY;

-- [549/1605] disable rls network.connections
ALTER TABLE "network"."connections" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."connections" DISABLE ROW LEVEL SECURITY;

-- [550/1605] disable rls network.company_contacts
ALTER TABLE "network"."company_contacts" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."company_contacts" DISABLE ROW LEVEL SECURITY;

-- [551/1605] disable rls network.companies
ALTER TABLE "network"."companies" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."companies" DISABLE ROW LEVEL SECURITY;

-- [552/1605] disable rls network.community_posts
ALTER TABLE "network"."community_posts" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "network"."community_posts" DISABLE ROW LEVEL SECURITY;

-- [553/1605] disable rls finance.rfqs
ALTER TABLE "finance"."rfqs" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."rfqs" DISABLE ROW LEVEL SECURITY;

-- [554/1605] disable rls finance.requisitions
ALTER TABLE "finance"."requisitions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."requisitions" DISABLE ROW LEVEL SECURITY;

-- [555/1605] disable rls finance.requisition_items
ALTER TABLE "finance"."requisition_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."requisition_items" DISABLE ROW LEVEL SECURITY;

-- [556/1605] disable rls finance.purchase_orders
ALTER TABLE "finance"."purchase_orders" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."purchase_orders" DISABLE ROW LEVEL SECURITY;

-- [557/1605] disable rls finance.po_items
ALTER TABLE "finance"."po_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."po_items" DISABLE ROW LEVEL SECURITY;

-- [558/1605] disable rls finance.payroll_records
ALTER TABLE "finance"."payroll_records" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."payroll_records" DISABLE ROW LEVEL SECURITY;

-- [559/1605] disable rls finance.payroll_items
ALTER TABLE "finance"."payroll_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."payroll_items" DISABLE ROW LEVEL SECURITY;

-- [560/1605] disable rls finance.payment_methods
ALTER TABLE "finance"."payment_methods" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."payment_methods" DISABLE ROW LEVEL SECURITY;

-- [561/1605] disable rls finance.invoices
ALTER TABLE "finance"."invoices" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."invoices" DISABLE ROW LEVEL SECURITY;

-- [562/1605] disable rls finance.invoice_items
ALTER TABLE "finance"."invoice_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."invoice_items" DISABLE ROW LEVEL SECURITY;

-- [563/1605] disable rls finance.financial_transactions
ALTER TABLE "finance"."financial_transactions" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."financial_transactions" DISABLE ROW LEVEL SECURITY;

-- [564/1605] disable rls finance.expense_reports
ALTER TABLE "finance"."expense_reports" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."expense_reports" DISABLE ROW LEVEL SECURITY;

-- [565/1605] disable rls finance.expense_items
ALTER TABLE "finance"."expense_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."expense_items" DISABLE ROW LEVEL SECURITY;

-- [566/1605] disable rls finance.budgets
ALTER TABLE "finance"."budgets" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."budgets" DISABLE ROW LEVEL SECURITY;

-- [567/1605] disable rls finance.budget_line_items
ALTER TABLE "finance"."budget_line_items" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."budget_line_items" DISABLE ROW LEVEL SECURITY;

-- [568/1605] disable rls finance.approval_requests
ALTER TABLE "finance"."approval_requests" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "finance"."approval_requests" DISABLE ROW LEVEL SECURITY;

-- [569/1605] disable rls core.workspaces
ALTER TABLE "core"."workspaces" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "core"."workspaces" DISABLE ROW LEVEL SECURITY;

-- [570/1605] disable rls core.webhooks
ALTER TABLE "core"."webhooks" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "core"."webhooks" DISABLE ROW LEVEL SECURITY;

-- [571/1605] disable rls core.roles
ALTER TABLE "core"."roles" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "core"."roles" DISABLE ROW LEVEL SECURITY;

-- [572/1605] disable rls core.organizations
ALTER TABLE "core"."organizations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "core"."organizations" DISABLE ROW LEVEL SECURITY;

-- [573/1605] disable rls core.organization_members
ALTER TABLE "core"."organization_members" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "core"."organization_members" DISABLE ROW LEVEL SECURITY;

-- [574/1605] disable rls core.audit_logs
ALTER TABLE "core"."audit_logs" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "core"."audit_logs" DISABLE ROW LEVEL SECURITY;

-- [575/1605] disable rls core.api_tokens
ALTER TABLE "core"."api_tokens" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "core"."api_tokens" DISABLE ROW LEVEL SECURITY;

-- [576/1605] disable rls collab.views
ALTER TABLE "collab"."views" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "collab"."views" DISABLE ROW LEVEL SECURITY;

-- [577/1605] disable rls collab.user_presence
ALTER TABLE "collab"."user_presence" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "collab"."user_presence" DISABLE ROW LEVEL SECURITY;

-- [578/1605] disable rls collab.notifications
ALTER TABLE "collab"."notifications" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "collab"."notifications" DISABLE ROW LEVEL SECURITY;

-- [579/1605] disable rls collab.dashboards
ALTER TABLE "collab"."dashboards" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "collab"."dashboards" DISABLE ROW LEVEL SECURITY;

-- [580/1605] disable rls collab.dashboard_widgets
ALTER TABLE "collab"."dashboard_widgets" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "collab"."dashboard_widgets" DISABLE ROW LEVEL SECURITY;

-- [581/1605] disable rls collab.custom_fields
ALTER TABLE "collab"."custom_fields" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "collab"."custom_fields" DISABLE ROW LEVEL SECURITY;

-- [582/1605] disable rls collab.comments
ALTER TABLE "collab"."comments" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "collab"."comments" DISABLE ROW LEVEL SECURITY;

-- [583/1605] disable rls collab.activities
ALTER TABLE "collab"."activities" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "collab"."activities" DISABLE ROW LEVEL SECURITY;

-- [584/1605] disable rls auth.users
ALTER TABLE "auth"."users" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "auth"."users" DISABLE ROW LEVEL SECURITY;

-- [585/1605] drop trigger set_updated_at on resources.site_maps (schemas/resources.yaml:180:56)
DROP TRIGGER "set_updated_at" ON "resources"."site_maps";

-- [586/1605] drop trigger set_updated_at on resources.production_advances (schemas/resources.yaml:121:56)
DROP TRIGGER "set_updated_at" ON "resources"."production_advances";

-- [587/1605] drop trigger set_updated_at on resources.locations (schemas/resources.yaml:151:56)
DROP TRIGGER "set_updated_at" ON "resources"."locations";

-- [588/1605] drop trigger set_updated_at on resources.location_utilities (schemas/resources.yaml:214:56)
DROP TRIGGER "set_updated_at" ON "resources"."location_utilities";

-- [589/1605] drop trigger set_updated_at on resources.location_access (schemas/resources.yaml:198:56)
DROP TRIGGER "set_updated_at" ON "resources"."location_access";

-- [590/1605] drop trigger search_vector_update on resources.files (schemas/resources.yaml:255:9)
DROP TRIGGER "search_vector_update" ON "resources"."files";

-- [591/1605] drop trigger set_updated_at on resources.files (schemas/resources.yaml:253:9)
DROP TRIGGER "set_updated_at" ON "resources"."files";

-- [592/1605] drop trigger set_updated_at on resources.file_versions (schemas/resources.yaml:285:56)
DROP TRIGGER "set_updated_at" ON "resources"."file_versions";

-- [593/1605] drop trigger set_updated_at on resources.file_categories (schemas/resources.yaml:233:56)
DROP TRIGGER "set_updated_at" ON "resources"."file_categories";

-- [594/1605] drop trigger search_vector_update on resources.assets (schemas/resources.yaml:31:9)
DROP TRIGGER "search_vector_update" ON "resources"."assets";

-- [595/1605] drop trigger set_updated_at on resources.assets (schemas/resources.yaml:29:9)
DROP TRIGGER "set_updated_at" ON "resources"."assets";

-- [596/1605] drop trigger set_updated_at on resources.asset_transactions (schemas/resources.yaml:60:56)
DROP TRIGGER "set_updated_at" ON "resources"."asset_transactions";

-- [597/1605] drop trigger set_updated_at on resources.asset_maintenance (schemas/resources.yaml:97:56)
DROP TRIGGER "set_updated_at" ON "resources"."asset_maintenance";

-- [598/1605] drop trigger set_updated_at on production.training_records (schemas/production.yaml:407:56)
DROP TRIGGER "set_updated_at" ON "production"."training_records";

-- [599/1605] drop trigger set_updated_at on production.time_entries (schemas/production.yaml:379:56)
DROP TRIGGER "set_updated_at" ON "production"."time_entries";

-- [600/1605] drop trigger set_updated_at on production.teams (schemas/production.yaml:327:56)
DROP TRIGGER "set_updated_at" ON "production"."teams";

-- [601/1605] drop trigger set_updated_at on production.team_members (schemas/production.yaml:342:56)
DROP TRIGGER "set_updated_at" ON "production"."team_members";

-- [602/1605] drop trigger set_updated_at on production.run_of_show (schemas/production.yaml:206:56)
DROP TRIGGER "set_updated_at" ON "production"."run_of_show";

-- [603/1605] drop trigger set_updated_at on production.project_tasks (schemas/production.yaml:68:56)
DROP TRIGGER "set_updated_at" ON "production"."project_tasks";

-- [604/1605] drop trigger set_updated_at on production.project_safety (schemas/production.yaml:143:56)
DROP TRIGGER "set_updated_at" ON "production"."project_safety";

-- [605/1605] drop trigger set_updated_at on production.project_milestones (schemas/production.yaml:103:56)
DROP TRIGGER "set_updated_at" ON "production"."project_milestones";

-- [606/1605] drop trigger set_updated_at on production.project_compliance (schemas/production.yaml:118:56)
DROP TRIGGER "set_updated_at" ON "production"."project_compliance";

-- [607/1605] drop trigger set_updated_at on production.productions (schemas/production.yaml:29:56)
DROP TRIGGER "set_updated_at" ON "production"."productions";

-- [608/1605] drop trigger set_updated_at on production.personnel_assignments (schemas/production.yaml:357:56)
DROP TRIGGER "set_updated_at" ON "production"."personnel_assignments";

-- [609/1605] drop trigger search_vector_update on production.personnel (schemas/production.yaml:297:9)
DROP TRIGGER "search_vector_update" ON "production"."personnel";

-- [610/1605] drop trigger set_updated_at on production.personnel (schemas/production.yaml:295:9)
DROP TRIGGER "set_updated_at" ON "production"."personnel";

-- [611/1605] drop trigger set_updated_at on production.job_openings (schemas/production.yaml:431:56)
DROP TRIGGER "set_updated_at" ON "production"."job_openings";

-- [612/1605] drop trigger set_updated_at on production.job_applicants (schemas/production.yaml:457:56)
DROP TRIGGER "set_updated_at" ON "production"."job_applicants";

-- [613/1605] drop trigger set_updated_at on production.incidents (schemas/production.yaml:258:56)
DROP TRIGGER "set_updated_at" ON "production"."incidents";

-- [614/1605] drop trigger search_vector_update on production.events (schemas/production.yaml:172:9)
DROP TRIGGER "search_vector_update" ON "production"."events";

-- [615/1605] drop trigger set_updated_at on production.events (schemas/production.yaml:170:9)
DROP TRIGGER "set_updated_at" ON "production"."events";

-- [616/1605] drop trigger set_updated_at on production.bookings (schemas/production.yaml:231:56)
DROP TRIGGER "set_updated_at" ON "production"."bookings";

-- [617/1605] drop trigger set_updated_at on network.work_history (schemas/network.yaml:76:9)
DROP TRIGGER "set_updated_at" ON "network"."work_history";

-- [618/1605] drop trigger set_updated_at on network.user_profiles (schemas/network.yaml:31:9)
DROP TRIGGER "set_updated_at" ON "network"."user_profiles";

-- [619/1605] drop trigger set_updated_at on network.post_reactions (schemas/network.yaml:208:56)
DROP TRIGGER "set_updated_at" ON "network"."post_reactions";

-- [620/1605] drop trigger set_updated_at on network.marketplace_reviews (schemas/network.yaml:290:56)
DROP TRIGGER "set_updated_at" ON "network"."marketplace_reviews";

-- [621/1605] drop trigger set_updated_at on network.marketplace_orders (schemas/network.yaml:270:56)
DROP TRIGGER "set_updated_at" ON "network"."marketplace_orders";

-- [622/1605] drop trigger search_vector_update on network.marketplace_listings (schemas/network.yaml:252:9)
DROP TRIGGER "search_vector_update" ON "network"."marketplace_listings";

-- [623/1605] drop trigger set_updated_at on network.marketplace_listings (schemas/network.yaml:250:9)
DROP TRIGGER "set_updated_at" ON "network"."marketplace_listings";

-- [624/1605] drop trigger set_updated_at on network.endorsements (schemas/network.yaml:56:9)
DROP TRIGGER "set_updated_at" ON "network"."endorsements";

-- [625/1605] drop trigger audit_logged on network.contracts (schemas/core.yaml:93:7)
DROP TRIGGER "audit_logged" ON "network"."contracts";

-- [626/1605] drop trigger set_updated_at on network.contracts (schemas/network.yaml:151:56)
DROP TRIGGER "set_updated_at" ON "network"."contracts";

-- [627/1605] drop trigger set_updated_at on network.connections (schemas/network.yaml:226:9)
DROP TRIGGER "set_updated_at" ON "network"."connections";

-- [628/1605] drop trigger set_updated_at on network.company_contacts (schemas/network.yaml:131:56)
DROP TRIGGER "set_updated_at" ON "network"."company_contacts";

-- [629/1605] drop trigger search_vector_update on network.companies (schemas/network.yaml:109:9)
DROP TRIGGER "search_vector_update" ON "network"."companies";

-- [630/1605] drop trigger set_updated_at on network.companies (schemas/network.yaml:107:9)
DROP TRIGGER "set_updated_at" ON "network"."companies";

-- [631/1605] drop trigger search_vector_update on network.community_posts (schemas/network.yaml:192:9)
DROP TRIGGER "search_vector_update" ON "network"."community_posts";

-- [632/1605] drop trigger set_updated_at on network.community_posts (schemas/network.yaml:190:9)
DROP TRIGGER "set_updated_at" ON "network"."community_posts";

-- [633/1605] drop trigger set_updated_at on finance.rfqs (schemas/finance.yaml:370:56)
DROP TRIGGER "set_updated_at" ON "finance"."rfqs";

-- [634/1605] drop trigger set_updated_at on finance.requisitions (schemas/finance.yaml:335:56)
DROP TRIGGER "set_updated_at" ON "finance"."requisitions";

-- [635/1605] drop trigger set_updated_at on finance.requisition_items (schemas/finance.yaml:353:56)
DROP TRIGGER "set_updated_at" ON "finance"."requisition_items";

-- [636/1605] drop trigger set_updated_at on finance.purchase_orders (schemas/finance.yaml:170:56)
DROP TRIGGER "set_updated_at" ON "finance"."purchase_orders";

-- [637/1605] drop trigger set_updated_at on finance.po_items (schemas/finance.yaml:202:56)
DROP TRIGGER "set_updated_at" ON "finance"."po_items";

-- [638/1605] drop trigger audit_logged on finance.payroll_records (schemas/core.yaml:93:7)
DROP TRIGGER "audit_logged" ON "finance"."payroll_records";

-- [639/1605] drop trigger set_updated_at on finance.payroll_records (schemas/finance.yaml:290:56)
DROP TRIGGER "set_updated_at" ON "finance"."payroll_records";

-- [640/1605] drop trigger set_updated_at on finance.payroll_items (schemas/finance.yaml:317:56)
DROP TRIGGER "set_updated_at" ON "finance"."payroll_items";

-- [641/1605] drop trigger set_updated_at on finance.payment_methods (schemas/finance.yaml:221:56)
DROP TRIGGER "set_updated_at" ON "finance"."payment_methods";

-- [642/1605] drop trigger audit_logged on finance.invoices (schemas/core.yaml:93:7)
DROP TRIGGER "audit_logged" ON "finance"."invoices";

-- [643/1605] drop trigger set_updated_at on finance.invoices (schemas/finance.yaml:118:56)
DROP TRIGGER "set_updated_at" ON "finance"."invoices";

-- [644/1605] drop trigger set_updated_at on finance.invoice_items (schemas/finance.yaml:150:56)
DROP TRIGGER "set_updated_at" ON "finance"."invoice_items";

-- [645/1605] drop trigger invoice_items_recalculate on finance.invoice_items (schemas/finance.yaml:164:7)
DROP TRIGGER "invoice_items_recalculate" ON "finance"."invoice_items";

-- [646/1605] drop trigger set_updated_at on finance.financial_transactions (schemas/finance.yaml:67:56)
DROP TRIGGER "set_updated_at" ON "finance"."financial_transactions";

-- [647/1605] drop trigger set_updated_at on finance.expense_reports (schemas/finance.yaml:238:56)
DROP TRIGGER "set_updated_at" ON "finance"."expense_reports";

-- [648/1605] drop trigger set_updated_at on finance.expense_items (schemas/finance.yaml:266:56)
DROP TRIGGER "set_updated_at" ON "finance"."expense_items";

-- [649/1605] drop trigger set_updated_at on finance.budgets (schemas/finance.yaml:30:56)
DROP TRIGGER "set_updated_at" ON "finance"."budgets";

-- [650/1605] drop trigger set_updated_at on finance.budget_line_items (schemas/finance.yaml:53:56)
DROP TRIGGER "set_updated_at" ON "finance"."budget_line_items";

-- [651/1605] drop trigger set_updated_at on finance.approval_requests (schemas/finance.yaml:399:56)
DROP TRIGGER "set_updated_at" ON "finance"."approval_requests";

-- [652/1605] drop trigger set_updated_at on core.workspaces (schemas/core.yaml:152:38)
DROP TRIGGER "set_updated_at" ON "core"."workspaces";

-- [653/1605] drop trigger audit_logged on core.webhooks (schemas/core.yaml:93:7)
DROP TRIGGER "audit_logged" ON "core"."webhooks";

-- [654/1605] drop trigger set_updated_at on core.webhooks (schemas/core.yaml:234:9)
DROP TRIGGER "set_updated_at" ON "core"."webhooks";

-- [655/1605] drop trigger audit_logged on core.roles (schemas/core.yaml:93:7)
DROP TRIGGER "audit_logged" ON "core"."roles";

-- [656/1605] drop trigger set_updated_at on core.roles (schemas/core.yaml:190:9)
DROP TRIGGER "set_updated_at" ON "core"."roles";

-- [657/1605] drop trigger set_updated_at on core.organizations (schemas/core.yaml:104:36)
DROP TRIGGER "set_updated_at" ON "core"."organizations";

-- [658/1605] drop trigger audit_logged on core.organization_members (schemas/core.yaml:93:7)
DROP TRIGGER "audit_logged" ON "core"."organization_members";

-- [659/1605] drop trigger set_updated_at on core.organization_members (schemas/core.yaml:167:38)
DROP TRIGGER "set_updated_at" ON "core"."organization_members";

-- [660/1605] drop trigger set_updated_at on core.audit_logs (schemas/core.yaml:256:9)
DROP TRIGGER "set_updated_at" ON "core"."audit_logs";

-- [661/1605] drop trigger audit_logged on core.api_tokens (schemas/core.yaml:93:7)
DROP TRIGGER "audit_logged" ON "core"."api_tokens";

-- [662/1605] drop trigger set_updated_at on core.api_tokens (schemas/core.yaml:213:9)
DROP TRIGGER "set_updated_at" ON "core"."api_tokens";

-- [663/1605] drop trigger set_updated_at on collab.views (schemas/collab.yaml:60:56)
DROP TRIGGER "set_updated_at" ON "collab"."views";

-- [664/1605] drop trigger set_updated_at on collab.user_presence (schemas/collab.yaml:134:56)
DROP TRIGGER "set_updated_at" ON "collab"."user_presence";

-- [665/1605] drop trigger set_updated_at on collab.notifications (schemas/collab.yaml:114:9)
DROP TRIGGER "set_updated_at" ON "collab"."notifications";

-- [666/1605] drop trigger set_updated_at on collab.dashboards (schemas/collab.yaml:153:56)
DROP TRIGGER "set_updated_at" ON "collab"."dashboards";

-- [667/1605] drop trigger set_updated_at on collab.dashboard_widgets (schemas/collab.yaml:168:56)
DROP TRIGGER "set_updated_at" ON "collab"."dashboard_widgets";

-- [668/1605] drop trigger set_updated_at on collab.custom_fields (schemas/collab.yaml:41:56)
DROP TRIGGER "set_updated_at" ON "collab"."custom_fields";

-- [669/1605] drop trigger set_updated_at on collab.comments (schemas/collab.yaml:90:56)
DROP TRIGGER "set_updated_at" ON "collab"."comments";

-- [670/1605] drop trigger set_updated_at on collab.activities (schemas/collab.yaml:75:56)
DROP TRIGGER "set_updated_at" ON "collab"."activities";

-- [671/1605] drop trigger set_updated_at on auth.users (schemas/core.yaml:123:23)
DROP TRIGGER "set_updated_at" ON "auth"."users";

-- [672/1605] drop foreign key site_maps_organization_id_workspace_id_fkey on resources.site_maps (schemas/core.yaml:80:16)
ALTER TABLE "resources"."site_maps" DROP CONSTRAINT "site_maps_organization_id_workspace_id_fkey";

-- [673/1605] drop foreign key site_maps_organization_id_location_id_fkey on resources.site_maps (schemas/resources.yaml:190:9)
ALTER TABLE "resources"."site_maps" DROP CONSTRAINT "site_maps_organization_id_location_id_fkey";

-- [674/1605] drop foreign key site_maps_organization_id_fkey on resources.site_maps (schemas/resources.yaml:180:23)
ALTER TABLE "resources"."site_maps" DROP CONSTRAINT "site_maps_organization_id_fkey";

-- [675/1605] drop foreign key site_maps_organization_id_file_id_fkey on resources.site_maps (schemas/resources.yaml:191:9)
ALTER TABLE "resources"."site_maps" DROP CONSTRAINT "site_maps_organization_id_file_id_fkey";

-- [676/1605] drop foreign key site_maps_created_by_fkey on resources.site_maps (schemas/core.yaml:74:21)
ALTER TABLE "resources"."site_maps" DROP CONSTRAINT "site_maps_created_by_fkey";

-- [677/1605] drop foreign key production_advances_organization_id_workspace_id_fkey on resources.production_advances (schemas/core.yaml:80:16)
ALTER TABLE "resources"."production_advances" DROP CONSTRAINT "production_advances_organization_id_workspace_id_fkey";

-- [678/1605] drop foreign key production_advances_organization_id_production_id_fkey on resources.production_advances (schemas/resources.yaml:135:9)
ALTER TABLE "resources"."production_advances" DROP CONSTRAINT "production_advances_organization_id_production_id_fkey";

-- [679/1605] drop foreign key production_advances_organization_id_fkey on resources.production_advances (schemas/resources.yaml:121:23)
ALTER TABLE "resources"."production_advances" DROP CONSTRAINT "production_advances_organization_id_fkey";

-- [680/1605] drop foreign key production_advances_organization_id_event_id_fkey on resources.production_advances (schemas/resources.yaml:136:9)
ALTER TABLE "resources"."production_advances" DROP CONSTRAINT "production_advances_organization_id_event_id_fkey";

-- [681/1605] drop foreign key production_advances_organization_id_asset_id_fkey on resources.production_advances (schemas/resources.yaml:137:9)
ALTER TABLE "resources"."production_advances" DROP CONSTRAINT "production_advances_organization_id_asset_id_fkey";

-- [682/1605] drop foreign key production_advances_created_by_fkey on resources.production_advances (schemas/core.yaml:74:21)
ALTER TABLE "resources"."production_advances" DROP CONSTRAINT "production_advances_created_by_fkey";

-- [683/1605] drop foreign key production_advances_approved_by_fkey on resources.production_advances (schemas/resources.yaml:131:47)
ALTER TABLE "resources"."production_advances" DROP CONSTRAINT "production_advances_approved_by_fkey";

-- [684/1605] drop foreign key locations_organization_id_workspace_id_fkey on resources.locations (schemas/core.yaml:80:16)
ALTER TABLE "resources"."locations" DROP CONSTRAINT "locations_organization_id_workspace_id_fkey";

-- [685/1605] drop foreign key locations_organization_id_parent_location_id_fkey on resources.locations (schemas/resources.yaml:169:9)
ALTER TABLE "resources"."locations" DROP CONSTRAINT "locations_organization_id_parent_location_id_fkey";

-- [686/1605] drop foreign key locations_organization_id_fkey on resources.locations (schemas/resources.yaml:151:23)
ALTER TABLE "resources"."locations" DROP CONSTRAINT "locations_organization_id_fkey";

-- [687/1605] drop foreign key locations_created_by_fkey on resources.locations (schemas/core.yaml:74:21)
ALTER TABLE "resources"."locations" DROP CONSTRAINT "locations_created_by_fkey";

-- [688/1605] drop foreign key location_utilities_organization_id_workspace_id_fkey on resources.location_utilities (schemas/core.yaml:80:16)
ALTER TABLE "resources"."location_utilities" DROP CONSTRAINT "location_utilities_organization_id_workspace_id_fkey";

-- [689/1605] drop foreign key location_utilities_organization_id_location_id_fkey on resources.location_utilities (schemas/resources.yaml:225:9)
ALTER TABLE "resources"."location_utilities" DROP CONSTRAINT "location_utilities_organization_id_location_id_fkey";

-- [690/1605] drop foreign key location_utilities_organization_id_fkey on resources.location_utilities (schemas/resources.yaml:214:23)
ALTER TABLE "resources"."location_utilities" DROP CONSTRAINT "location_utilities_organization_id_fkey";

-- [691/1605] drop foreign key location_utilities_created_by_fkey on resources.location_utilities (schemas/core.yaml:74:21)
ALTER TABLE "resources"."location_utilities" DROP CONSTRAINT "location_utilities_created_by_fkey";

-- [692/1605] drop foreign key location_access_organization_id_workspace_id_fkey on resources.location_access (schemas/core.yaml:80:16)
ALTER TABLE "resources"."location_access" DROP CONSTRAINT "location_access_organization_id_workspace_id_fkey";

-- [693/1605] drop foreign key location_access_organization_id_location_id_fkey on resources.location_access (schemas/resources.yaml:209:9)
ALTER TABLE "resources"."location_access" DROP CONSTRAINT "location_access_organization_id_location_id_fkey";

-- [694/1605] drop foreign key location_access_organization_id_fkey on resources.location_access (schemas/resources.yaml:198:23)
ALTER TABLE "resources"."location_access" DROP CONSTRAINT "location_access_organization_id_fkey";

-- [695/1605] drop foreign key location_access_created_by_fkey on resources.location_access (schemas/core.yaml:74:21)
ALTER TABLE "resources"."location_access" DROP CONSTRAINT "location_access_created_by_fkey";

-- [696/1605] drop foreign key files_organization_id_workspace_id_fkey on resources.files (schemas/core.yaml:80:16)
ALTER TABLE "resources"."files" DROP CONSTRAINT "files_organization_id_workspace_id_fkey";

-- [697/1605] drop foreign key files_organization_id_production_id_fkey on resources.files (schemas/resources.yaml:271:9)
ALTER TABLE "resources"."files" DROP CONSTRAINT "files_organization_id_production_id_fkey";

-- [698/1605] drop foreign key files_organization_id_fkey on resources.files (schemas/resources.yaml:251:9)
ALTER TABLE "resources"."files" DROP CONSTRAINT "files_organization_id_fkey";

-- [699/1605] drop foreign key files_organization_id_category_id_fkey on resources.files (schemas/resources.yaml:270:9)
ALTER TABLE "resources"."files" DROP CONSTRAINT "files_organization_id_category_id_fkey";

-- [700/1605] drop foreign key files_created_by_fkey on resources.files (schemas/core.yaml:74:21)
ALTER TABLE "resources"."files" DROP CONSTRAINT "files_created_by_fkey";

-- [701/1605] drop foreign key file_versions_organization_id_workspace_id_fkey on resources.file_versions (schemas/core.yaml:80:16)
ALTER TABLE "resources"."file_versions" DROP CONSTRAINT "file_versions_organization_id_workspace_id_fkey";

-- [702/1605] drop foreign key file_versions_organization_id_fkey on resources.file_versions (schemas/resources.yaml:285:23)
ALTER TABLE "resources"."file_versions" DROP CONSTRAINT "file_versions_organization_id_fkey";

-- [703/1605] drop foreign key file_versions_organization_id_file_id_fkey on resources.file_versions (schemas/resources.yaml:295:9)
ALTER TABLE "resources"."file_versions" DROP CONSTRAINT "file_versions_organization_id_file_id_fkey";

-- [704/1605] drop foreign key file_versions_created_by_fkey on resources.file_versions (schemas/core.yaml:74:21)
ALTER TABLE "resources"."file_versions" DROP CONSTRAINT "file_versions_created_by_fkey";

-- [705/1605] drop foreign key file_categories_organization_id_workspace_id_fkey on resources.file_categories (schemas/core.yaml:80:16)
ALTER TABLE "resources"."file_categories" DROP CONSTRAINT "file_categories_organization_id_workspace_id_fkey";

-- [706/1605] drop foreign key file_categories_organization_id_parent_category_id_fkey on resources.file_categories (schemas/resources.yaml:241:9)
ALTER TABLE "resources"."file_categories" DROP CONSTRAINT "file_categories_organization_id_parent_category_id_fkey";

-- [707/1605] drop foreign key file_categories_organization_id_fkey on resources.file_categories (schemas/resources.yaml:233:23)
ALTER TABLE "resources"."file_categories" DROP CONSTRAINT "file_categories_organization_id_fkey";

-- [708/1605] drop foreign key file_categories_created_by_fkey on resources.file_categories (schemas/core.yaml:74:21)
ALTER TABLE "resources"."file_categories" DROP CONSTRAINT "file_categories_created_by_fkey";

-- [709/1605] drop foreign key assets_organization_id_workspace_id_fkey on resources.assets (schemas/core.yaml:80:16)
ALTER TABLE "resources"."assets" DROP CONSTRAINT "assets_organization_id_workspace_id_fkey";

-- [710/1605] drop foreign key assets_organization_id_home_location_id_fkey on resources.assets (schemas/resources.yaml:48:9)
ALTER TABLE "resources"."assets" DROP CONSTRAINT "assets_organization_id_home_location_id_fkey";

-- [711/1605] drop foreign key assets_organization_id_fkey on resources.assets (schemas/resources.yaml:27:9)
ALTER TABLE "resources"."assets" DROP CONSTRAINT "assets_organization_id_fkey";

-- [712/1605] drop foreign key assets_created_by_fkey on resources.assets (schemas/core.yaml:74:21)
ALTER TABLE "resources"."assets" DROP CONSTRAINT "assets_created_by_fkey";

-- [713/1605] drop foreign key asset_transactions_organization_id_workspace_id_fkey on resources.asset_transactions (schemas/core.yaml:80:16)
ALTER TABLE "resources"."asset_transactions" DROP CONSTRAINT "asset_transactions_organization_id_workspace_id_fkey";

-- [714/1605] drop foreign key asset_transactions_organization_id_production_id_fkey on resources.asset_transactions (schemas/resources.yaml:77:9)
ALTER TABLE "resources"."asset_transactions" DROP CONSTRAINT "asset_transactions_organization_id_production_id_fkey";

-- [715/1605] drop foreign key asset_transactions_organization_id_location_id_fkey on resources.asset_transactions (schemas/resources.yaml:80:9)
ALTER TABLE "resources"."asset_transactions" DROP CONSTRAINT "asset_transactions_organization_id_location_id_fkey";

-- [716/1605] drop foreign key asset_transactions_organization_id_fkey on resources.asset_transactions (schemas/resources.yaml:60:23)
ALTER TABLE "resources"."asset_transactions" DROP CONSTRAINT "asset_transactions_organization_id_fkey";

-- [717/1605] drop foreign key asset_transactions_organization_id_event_id_fkey on resources.asset_transactions (schemas/resources.yaml:78:9)
ALTER TABLE "resources"."asset_transactions" DROP CONSTRAINT "asset_transactions_organization_id_event_id_fkey";

-- [718/1605] drop foreign key asset_transactions_organization_id_custodian_id_fkey on resources.asset_transactions (schemas/resources.yaml:79:9)
ALTER TABLE "resources"."asset_transactions" DROP CONSTRAINT "asset_transactions_organization_id_custodian_id_fkey";

-- [719/1605] drop foreign key asset_transactions_organization_id_asset_id_fkey on resources.asset_transactions (schemas/resources.yaml:76:9)
ALTER TABLE "resources"."asset_transactions" DROP CONSTRAINT "asset_transactions_organization_id_asset_id_fkey";

-- [720/1605] drop foreign key asset_transactions_created_by_fkey on resources.asset_transactions (schemas/core.yaml:74:21)
ALTER TABLE "resources"."asset_transactions" DROP CONSTRAINT "asset_transactions_created_by_fkey";

-- [721/1605] drop foreign key asset_maintenance_organization_id_workspace_id_fkey on resources.asset_maintenance (schemas/core.yaml:80:16)
ALTER TABLE "resources"."asset_maintenance" DROP CONSTRAINT "asset_maintenance_organization_id_workspace_id_fkey";

-- [722/1605] drop foreign key asset_maintenance_organization_id_vendor_company_id_fkey on resources.asset_maintenance (schemas/resources.yaml:110:9)
ALTER TABLE "resources"."asset_maintenance" DROP CONSTRAINT "asset_maintenance_organization_id_vendor_company_id_fkey";

-- [723/1605] drop foreign key asset_maintenance_organization_id_fkey on resources.asset_maintenance (schemas/resources.yaml:97:23)
ALTER TABLE "resources"."asset_maintenance" DROP CONSTRAINT "asset_maintenance_organization_id_fkey";

-- [724/1605] drop foreign key asset_maintenance_organization_id_asset_id_fkey on resources.asset_maintenance (schemas/resources.yaml:109:9)
ALTER TABLE "resources"."asset_maintenance" DROP CONSTRAINT "asset_maintenance_organization_id_asset_id_fkey";

-- [725/1605] drop foreign key asset_maintenance_created_by_fkey on resources.asset_maintenance (schemas/core.yaml:74:21)
ALTER TABLE "resources"."asset_maintenance" DROP CONSTRAINT "asset_maintenance_created_by_fkey";

-- [726/1605] drop foreign key training_records_organization_id_workspace_id_fkey on production.training_records (schemas/core.yaml:80:16)
ALTER TABLE "production"."training_records" DROP CONSTRAINT "training_records_organization_id_workspace_id_fkey";

-- [727/1605] drop foreign key training_records_organization_id_personnel_id_fkey on production.training_records (schemas/production.yaml:419:9)
ALTER TABLE "production"."training_records" DROP CONSTRAINT "training_records_organization_id_personnel_id_fkey";

-- [728/1605] drop foreign key training_records_organization_id_fkey on production.training_records (schemas/production.yaml:407:23)
ALTER TABLE "production"."training_records" DROP CONSTRAINT "training_records_organization_id_fkey";

-- [729/1605] drop foreign key training_records_organization_id_certificate_file_id_fkey on production.training_records (schemas/production.yaml:420:9)
ALTER TABLE "production"."training_records" DROP CONSTRAINT "training_records_organization_id_certificate_file_id_fkey";

-- [730/1605] drop foreign key training_records_created_by_fkey on production.training_records (schemas/core.yaml:74:21)
ALTER TABLE "production"."training_records" DROP CONSTRAINT "training_records_created_by_fkey";

-- [731/1605] drop foreign key time_entries_organization_id_workspace_id_fkey on production.time_entries (schemas/core.yaml:80:16)
ALTER TABLE "production"."time_entries" DROP CONSTRAINT "time_entries_organization_id_workspace_id_fkey";

-- [732/1605] drop foreign key time_entries_organization_id_project_task_id_fkey on production.time_entries (schemas/production.yaml:395:9)
ALTER TABLE "production"."time_entries" DROP CONSTRAINT "time_entries_organization_id_project_task_id_fkey";

-- [733/1605] drop foreign key time_entries_organization_id_production_id_fkey on production.time_entries (schemas/production.yaml:394:9)
ALTER TABLE "production"."time_entries" DROP CONSTRAINT "time_entries_organization_id_production_id_fkey";

-- [734/1605] drop foreign key time_entries_organization_id_personnel_id_fkey on production.time_entries (schemas/production.yaml:393:9)
ALTER TABLE "production"."time_entries" DROP CONSTRAINT "time_entries_organization_id_personnel_id_fkey";

-- [735/1605] drop foreign key time_entries_organization_id_fkey on production.time_entries (schemas/production.yaml:379:23)
ALTER TABLE "production"."time_entries" DROP CONSTRAINT "time_entries_organization_id_fkey";

-- [736/1605] drop foreign key time_entries_created_by_fkey on production.time_entries (schemas/core.yaml:74:21)
ALTER TABLE "production"."time_entries" DROP CONSTRAINT "time_entries_created_by_fkey";

-- [737/1605] drop foreign key teams_organization_id_workspace_id_fkey on production.teams (schemas/core.yaml:80:16)
ALTER TABLE "production"."teams" DROP CONSTRAINT "teams_organization_id_workspace_id_fkey";

-- [738/1605] drop foreign key teams_organization_id_lead_id_fkey on production.teams (schemas/production.yaml:334:9)
ALTER TABLE "production"."teams" DROP CONSTRAINT "teams_organization_id_lead_id_fkey";

-- [739/1605] drop foreign key teams_organization_id_fkey on production.teams (schemas/production.yaml:327:23)
ALTER TABLE "production"."teams" DROP CONSTRAINT "teams_organization_id_fkey";

-- [740/1605] drop foreign key teams_created_by_fkey on production.teams (schemas/core.yaml:74:21)
ALTER TABLE "production"."teams" DROP CONSTRAINT "teams_created_by_fkey";

-- [741/1605] drop foreign key team_members_organization_id_workspace_id_fkey on production.team_members (schemas/core.yaml:80:16)
ALTER TABLE "production"."team_members" DROP CONSTRAINT "team_members_organization_id_workspace_id_fkey";

-- [742/1605] drop foreign key team_members_organization_id_team_id_fkey on production.team_members (schemas/production.yaml:349:9)
ALTER TABLE "production"."team_members" DROP CONSTRAINT "team_members_organization_id_team_id_fkey";

-- [743/1605] drop foreign key team_members_organization_id_personnel_id_fkey on production.team_members (schemas/production.yaml:350:9)
ALTER TABLE "production"."team_members" DROP CONSTRAINT "team_members_organization_id_personnel_id_fkey";

-- [744/1605] drop foreign key team_members_organization_id_fkey on production.team_members (schemas/production.yaml:342:23)
ALTER TABLE "production"."team_members" DROP CONSTRAINT "team_members_organization_id_fkey";

-- [745/1605] drop foreign key team_members_created_by_fkey on production.team_members (schemas/core.yaml:74:21)
ALTER TABLE "production"."team_members" DROP CONSTRAINT "team_members_created_by_fkey";

-- [746/1605] drop foreign key run_of_show_organization_id_workspace_id_fkey on production.run_of_show (schemas/core.yaml:80:16)
ALTER TABLE "production"."run_of_show" DROP CONSTRAINT "run_of_show_organization_id_workspace_id_fkey";

-- [747/1605] drop foreign key run_of_show_organization_id_responsible_id_fkey on production.run_of_show (schemas/production.yaml:221:9)
ALTER TABLE "production"."run_of_show" DROP CONSTRAINT "run_of_show_organization_id_responsible_id_fkey";

-- [748/1605] drop foreign key run_of_show_organization_id_fkey on production.run_of_show (schemas/production.yaml:206:23)
ALTER TABLE "production"."run_of_show" DROP CONSTRAINT "run_of_show_organization_id_fkey";

-- [749/1605] drop foreign key run_of_show_organization_id_event_id_fkey on production.run_of_show (schemas/production.yaml:220:9)
ALTER TABLE "production"."run_of_show" DROP CONSTRAINT "run_of_show_organization_id_event_id_fkey";

-- [750/1605] drop foreign key run_of_show_created_by_fkey on production.run_of_show (schemas/core.yaml:74:21)
ALTER TABLE "production"."run_of_show" DROP CONSTRAINT "run_of_show_created_by_fkey";

-- [751/1605] drop foreign key project_tasks_organization_id_workspace_id_fkey on production.project_tasks (schemas/core.yaml:80:16)
ALTER TABLE "production"."project_tasks" DROP CONSTRAINT "project_tasks_organization_id_workspace_id_fkey";

-- [752/1605] drop foreign key project_tasks_organization_id_production_id_fkey on production.project_tasks (schemas/production.yaml:89:9)
ALTER TABLE "production"."project_tasks" DROP CONSTRAINT "project_tasks_organization_id_production_id_fkey";

-- [753/1605] drop foreign key project_tasks_organization_id_parent_task_id_fkey on production.project_tasks (schemas/production.yaml:90:9)
ALTER TABLE "production"."project_tasks" DROP CONSTRAINT "project_tasks_organization_id_parent_task_id_fkey";

-- [754/1605] drop foreign key project_tasks_organization_id_fkey on production.project_tasks (schemas/production.yaml:68:23)
ALTER TABLE "production"."project_tasks" DROP CONSTRAINT "project_tasks_organization_id_fkey";

-- [755/1605] drop foreign key project_tasks_created_by_fkey on production.project_tasks (schemas/core.yaml:74:21)
ALTER TABLE "production"."project_tasks" DROP CONSTRAINT "project_tasks_created_by_fkey";

-- [756/1605] drop foreign key project_tasks_assignee_id_fkey on production.project_tasks (schemas/production.yaml:77:47)
ALTER TABLE "production"."project_tasks" DROP CONSTRAINT "project_tasks_assignee_id_fkey";

-- [757/1605] drop foreign key project_safety_reviewed_by_fkey on production.project_safety (schemas/production.yaml:153:47)
ALTER TABLE "production"."project_safety" DROP CONSTRAINT "project_safety_reviewed_by_fkey";

-- [758/1605] drop foreign key project_safety_organization_id_workspace_id_fkey on production.project_safety (schemas/core.yaml:80:16)
ALTER TABLE "production"."project_safety" DROP CONSTRAINT "project_safety_organization_id_workspace_id_fkey";

-- [759/1605] drop foreign key project_safety_organization_id_production_id_fkey on production.project_safety (schemas/production.yaml:156:9)
ALTER TABLE "production"."project_safety" DROP CONSTRAINT "project_safety_organization_id_production_id_fkey";

-- [760/1605] drop foreign key project_safety_organization_id_fkey on production.project_safety (schemas/production.yaml:143:23)
ALTER TABLE "production"."project_safety" DROP CONSTRAINT "project_safety_organization_id_fkey";

-- [761/1605] drop foreign key project_safety_created_by_fkey on production.project_safety (schemas/core.yaml:74:21)
ALTER TABLE "production"."project_safety" DROP CONSTRAINT "project_safety_created_by_fkey";

-- [762/1605] drop foreign key project_milestones_organization_id_workspace_id_fkey on production.project_milestones (schemas/core.yaml:80:16)
ALTER TABLE "production"."project_milestones" DROP CONSTRAINT "project_milestones_organization_id_workspace_id_fkey";

-- [763/1605] drop foreign key project_milestones_organization_id_production_id_fkey on production.project_milestones (schemas/production.yaml:113:9)
ALTER TABLE "production"."project_milestones" DROP CONSTRAINT "project_milestones_organization_id_production_id_fkey";

-- [764/1605] drop foreign key project_milestones_organization_id_fkey on production.project_milestones (schemas/production.yaml:103:23)
ALTER TABLE "production"."project_milestones" DROP CONSTRAINT "project_milestones_organization_id_fkey";

-- [765/1605] drop foreign key project_milestones_created_by_fkey on production.project_milestones (schemas/core.yaml:74:21)
ALTER TABLE "production"."project_milestones" DROP CONSTRAINT "project_milestones_created_by_fkey";

-- [766/1605] drop foreign key project_compliance_organization_id_workspace_id_fkey on production.project_compliance (schemas/core.yaml:80:16)
ALTER TABLE "production"."project_compliance" DROP CONSTRAINT "project_compliance_organization_id_workspace_id_fkey";

-- [767/1605] drop foreign key project_compliance_organization_id_production_id_fkey on production.project_compliance (schemas/production.yaml:131:9)
ALTER TABLE "production"."project_compliance" DROP CONSTRAINT "project_compliance_organization_id_production_id_fkey";

-- [768/1605] drop foreign key project_compliance_organization_id_fkey on production.project_compliance (schemas/production.yaml:118:23)
ALTER TABLE "production"."project_compliance" DROP CONSTRAINT "project_compliance_organization_id_fkey";

-- [769/1605] drop foreign key project_compliance_organization_id_document_file_id_fkey on production.project_compliance (schemas/production.yaml:132:9)
ALTER TABLE "production"."project_compliance" DROP CONSTRAINT "project_compliance_organization_id_document_file_id_fkey";

-- [770/1605] drop foreign key project_compliance_created_by_fkey on production.project_compliance (schemas/core.yaml:74:21)
ALTER TABLE "production"."project_compliance" DROP CONSTRAINT "project_compliance_created_by_fkey";

-- [771/1605] drop foreign key productions_producer_id_fkey on production.productions (schemas/production.yaml:43:47)
ALTER TABLE "production"."productions" DROP CONSTRAINT "productions_producer_id_fkey";

-- [772/1605] drop foreign key productions_organization_id_workspace_id_fkey on production.productions (schemas/core.yaml:80:16)
ALTER TABLE "production"."productions" DROP CONSTRAINT "productions_organization_id_workspace_id_fkey";

-- [773/1605] drop foreign key productions_organization_id_venue_location_id_fkey on production.productions (schemas/production.yaml:45:9)
ALTER TABLE "production"."productions" DROP CONSTRAINT "productions_organization_id_venue_location_id_fkey";

-- [774/1605] drop foreign key productions_organization_id_fkey on production.productions (schemas/production.yaml:29:23)
ALTER TABLE "production"."productions" DROP CONSTRAINT "productions_organization_id_fkey";

-- [775/1605] drop foreign key productions_created_by_fkey on production.productions (schemas/core.yaml:74:21)
ALTER TABLE "production"."productions" DROP CONSTRAINT "productions_created_by_fkey";

-- [776/1605] drop foreign key personnel_assignments_organization_id_workspace_id_fkey on production.personnel_assignments (schemas/core.yaml:80:16)
ALTER TABLE "production"."personnel_assignments" DROP CONSTRAINT "personnel_assignments_organization_id_workspace_id_fkey";

-- [777/1605] drop foreign key personnel_assignments_organization_id_production_id_fkey on production.personnel_assignments (schemas/production.yaml:370:9)
ALTER TABLE "production"."personnel_assignments" DROP CONSTRAINT "personnel_assignments_organization_id_production_id_fkey";

-- [778/1605] drop foreign key personnel_assignments_organization_id_personnel_id_fkey on production.personnel_assignments (schemas/production.yaml:369:9)
ALTER TABLE "production"."personnel_assignments" DROP CONSTRAINT "personnel_assignments_organization_id_personnel_id_fkey";

-- [779/1605] drop foreign key personnel_assignments_organization_id_fkey on production.personnel_assignments (schemas/production.yaml:357:23)
ALTER TABLE "production"."personnel_assignments" DROP CONSTRAINT "personnel_assignments_organization_id_fkey";

-- [780/1605] drop foreign key personnel_assignments_created_by_fkey on production.personnel_assignments (schemas/core.yaml:74:21)
ALTER TABLE "production"."personnel_assignments" DROP CONSTRAINT "personnel_assignments_created_by_fkey";

-- [781/1605] drop foreign key personnel_user_id_fkey on production.personnel (schemas/production.yaml:300:43)
ALTER TABLE "production"."personnel" DROP CONSTRAINT "personnel_user_id_fkey";

-- [782/1605] drop foreign key personnel_organization_id_workspace_id_fkey on production.personnel (schemas/core.yaml:80:16)
ALTER TABLE "production"."personnel" DROP CONSTRAINT "personnel_organization_id_workspace_id_fkey";

-- [783/1605] drop foreign key personnel_organization_id_fkey on production.personnel (schemas/production.yaml:293:9)
ALTER TABLE "production"."personnel" DROP CONSTRAINT "personnel_organization_id_fkey";

-- [784/1605] drop foreign key personnel_created_by_fkey on production.personnel (schemas/core.yaml:74:21)
ALTER TABLE "production"."personnel" DROP CONSTRAINT "personnel_created_by_fkey";

-- [785/1605] drop foreign key job_openings_organization_id_workspace_id_fkey on production.job_openings (schemas/core.yaml:80:16)
ALTER TABLE "production"."job_openings" DROP CONSTRAINT "job_openings_organization_id_workspace_id_fkey";

-- [786/1605] drop foreign key job_openings_organization_id_production_id_fkey on production.job_openings (schemas/production.yaml:445:9)
ALTER TABLE "production"."job_openings" DROP CONSTRAINT "job_openings_organization_id_production_id_fkey";

-- [787/1605] drop foreign key job_openings_organization_id_location_id_fkey on production.job_openings (schemas/production.yaml:446:9)
ALTER TABLE "production"."job_openings" DROP CONSTRAINT "job_openings_organization_id_location_id_fkey";

-- [788/1605] drop foreign key job_openings_organization_id_fkey on production.job_openings (schemas/production.yaml:431:23)
ALTER TABLE "production"."job_openings" DROP CONSTRAINT "job_openings_organization_id_fkey";

-- [789/1605] drop foreign key job_openings_created_by_fkey on production.job_openings (schemas/core.yaml:74:21)
ALTER TABLE "production"."job_openings" DROP CONSTRAINT "job_openings_created_by_fkey";

-- [790/1605] drop foreign key job_applicants_organization_id_workspace_id_fkey on production.job_applicants (schemas/core.yaml:80:16)
ALTER TABLE "production"."job_applicants" DROP CONSTRAINT "job_applicants_organization_id_workspace_id_fkey";

-- [791/1605] drop foreign key job_applicants_organization_id_resume_file_id_fkey on production.job_applicants (schemas/production.yaml:471:9)
ALTER TABLE "production"."job_applicants" DROP CONSTRAINT "job_applicants_organization_id_resume_file_id_fkey";

-- [792/1605] drop foreign key job_applicants_organization_id_job_opening_id_fkey on production.job_applicants (schemas/production.yaml:470:9)
ALTER TABLE "production"."job_applicants" DROP CONSTRAINT "job_applicants_organization_id_job_opening_id_fkey";

-- [793/1605] drop foreign key job_applicants_organization_id_fkey on production.job_applicants (schemas/production.yaml:457:23)
ALTER TABLE "production"."job_applicants" DROP CONSTRAINT "job_applicants_organization_id_fkey";

-- [794/1605] drop foreign key job_applicants_created_by_fkey on production.job_applicants (schemas/core.yaml:74:21)
ALTER TABLE "production"."job_applicants" DROP CONSTRAINT "job_applicants_created_by_fkey";

-- [795/1605] drop foreign key incidents_organization_id_workspace_id_fkey on production.incidents (schemas/core.yaml:80:16)
ALTER TABLE "production"."incidents" DROP CONSTRAINT "incidents_organization_id_workspace_id_fkey";

-- [796/1605] drop foreign key incidents_organization_id_production_id_fkey on production.incidents (schemas/production.yaml:275:9)
ALTER TABLE "production"."incidents" DROP CONSTRAINT "incidents_organization_id_production_id_fkey";

-- [797/1605] drop foreign key incidents_organization_id_location_id_fkey on production.incidents (schemas/production.yaml:276:9)
ALTER TABLE "production"."incidents" DROP CONSTRAINT "incidents_organization_id_location_id_fkey";

-- [798/1605] drop foreign key incidents_organization_id_fkey on production.incidents (schemas/production.yaml:258:23)
ALTER TABLE "production"."incidents" DROP CONSTRAINT "incidents_organization_id_fkey";

-- [799/1605] drop foreign key incidents_organization_id_event_id_fkey on production.incidents (schemas/production.yaml:274:9)
ALTER TABLE "production"."incidents" DROP CONSTRAINT "incidents_organization_id_event_id_fkey";

-- [800/1605] drop foreign key incidents_created_by_fkey on production.incidents (schemas/core.yaml:74:21)
ALTER TABLE "production"."incidents" DROP CONSTRAINT "incidents_created_by_fkey";

-- [801/1605] drop foreign key events_organization_id_workspace_id_fkey on production.events (schemas/core.yaml:80:16)
ALTER TABLE "production"."events" DROP CONSTRAINT "events_organization_id_workspace_id_fkey";

-- [802/1605] drop foreign key events_organization_id_production_id_fkey on production.events (schemas/production.yaml:186:9)
ALTER TABLE "production"."events" DROP CONSTRAINT "events_organization_id_production_id_fkey";

-- [803/1605] drop foreign key events_organization_id_location_id_fkey on production.events (schemas/production.yaml:187:9)
ALTER TABLE "production"."events" DROP CONSTRAINT "events_organization_id_location_id_fkey";

-- [804/1605] drop foreign key events_organization_id_fkey on production.events (schemas/production.yaml:168:9)
ALTER TABLE "production"."events" DROP CONSTRAINT "events_organization_id_fkey";

-- [805/1605] drop foreign key events_created_by_fkey on production.events (schemas/core.yaml:74:21)
ALTER TABLE "production"."events" DROP CONSTRAINT "events_created_by_fkey";

-- [806/1605] drop foreign key bookings_organization_id_workspace_id_fkey on production.bookings (schemas/core.yaml:80:16)
ALTER TABLE "production"."bookings" DROP CONSTRAINT "bookings_organization_id_workspace_id_fkey";

-- [807/1605] drop foreign key bookings_organization_id_location_id_fkey on production.bookings (schemas/production.yaml:244:9)
ALTER TABLE "production"."bookings" DROP CONSTRAINT "bookings_organization_id_location_id_fkey";

-- [808/1605] drop foreign key bookings_organization_id_fkey on production.bookings (schemas/production.yaml:231:23)
ALTER TABLE "production"."bookings" DROP CONSTRAINT "bookings_organization_id_fkey";

-- [809/1605] drop foreign key bookings_organization_id_event_id_fkey on production.bookings (schemas/production.yaml:243:9)
ALTER TABLE "production"."bookings" DROP CONSTRAINT "bookings_organization_id_event_id_fkey";

-- [810/1605] drop foreign key bookings_organization_id_asset_id_fkey on production.bookings (schemas/production.yaml:245:9)
ALTER TABLE "production"."bookings" DROP CONSTRAINT "bookings_organization_id_asset_id_fkey";

-- [811/1605] drop foreign key bookings_created_by_fkey on production.bookings (schemas/core.yaml:74:21)
ALTER TABLE "production"."bookings" DROP CONSTRAINT "bookings_created_by_fkey";

-- [812/1605] drop foreign key work_history_organization_id_workspace_id_fkey on network.work_history (schemas/core.yaml:80:16)
ALTER TABLE "network"."work_history" DROP CONSTRAINT "work_history_organization_id_workspace_id_fkey";

-- [813/1605] drop foreign key work_history_organization_id_profile_id_fkey on network.work_history (schemas/network.yaml:89:9)
ALTER TABLE "network"."work_history" DROP CONSTRAINT "work_history_organization_id_profile_id_fkey";

-- [814/1605] drop foreign key work_history_organization_id_fkey on network.work_history (schemas/network.yaml:74:9)
ALTER TABLE "network"."work_history" DROP CONSTRAINT "work_history_organization_id_fkey";

-- [815/1605] drop foreign key work_history_organization_id_company_id_fkey on network.work_history (schemas/network.yaml:90:9)
ALTER TABLE "network"."work_history" DROP CONSTRAINT "work_history_organization_id_company_id_fkey";

-- [816/1605] drop foreign key work_history_created_by_fkey on network.work_history (schemas/core.yaml:74:21)
ALTER TABLE "network"."work_history" DROP CONSTRAINT "work_history_created_by_fkey";

-- [817/1605] drop foreign key user_profiles_user_id_fkey on network.user_profiles (schemas/network.yaml:35:42)
ALTER TABLE "network"."user_profiles" DROP CONSTRAINT "user_profiles_user_id_fkey";

-- [818/1605] drop foreign key user_profiles_organization_id_workspace_id_fkey on network.user_profiles (schemas/core.yaml:80:16)
ALTER TABLE "network"."user_profiles" DROP CONSTRAINT "user_profiles_organization_id_workspace_id_fkey";

-- [819/1605] drop foreign key user_profiles_organization_id_fkey on network.user_profiles (schemas/network.yaml:29:9)
ALTER TABLE "network"."user_profiles" DROP CONSTRAINT "user_profiles_organization_id_fkey";

-- [820/1605] drop foreign key user_profiles_created_by_fkey on network.user_profiles (schemas/core.yaml:74:21)
ALTER TABLE "network"."user_profiles" DROP CONSTRAINT "user_profiles_created_by_fkey";

-- [821/1605] drop foreign key post_reactions_user_id_fkey on network.post_reactions (schemas/network.yaml:212:42)
ALTER TABLE "network"."post_reactions" DROP CONSTRAINT "post_reactions_user_id_fkey";

-- [822/1605] drop foreign key post_reactions_organization_id_workspace_id_fkey on network.post_reactions (schemas/core.yaml:80:16)
ALTER TABLE "network"."post_reactions" DROP CONSTRAINT "post_reactions_organization_id_workspace_id_fkey";

-- [823/1605] drop foreign key post_reactions_organization_id_post_id_fkey on network.post_reactions (schemas/network.yaml:215:9)
ALTER TABLE "network"."post_reactions" DROP CONSTRAINT "post_reactions_organization_id_post_id_fkey";

-- [824/1605] drop foreign key post_reactions_organization_id_fkey on network.post_reactions (schemas/network.yaml:208:23)
ALTER TABLE "network"."post_reactions" DROP CONSTRAINT "post_reactions_organization_id_fkey";

-- [825/1605] drop foreign key post_reactions_created_by_fkey on network.post_reactions (schemas/core.yaml:74:21)
ALTER TABLE "network"."post_reactions" DROP CONSTRAINT "post_reactions_created_by_fkey";

-- [826/1605] drop foreign key marketplace_reviews_reviewer_id_fkey on network.marketplace_reviews (schemas/network.yaml:295:46)
ALTER TABLE "network"."marketplace_reviews" DROP CONSTRAINT "marketplace_reviews_reviewer_id_fkey";

-- [827/1605] drop foreign key marketplace_reviews_organization_id_workspace_id_fkey on network.marketplace_reviews (schemas/core.yaml:80:16)
ALTER TABLE "network"."marketplace_reviews" DROP CONSTRAINT "marketplace_reviews_organization_id_workspace_id_fkey";

-- [828/1605] drop foreign key marketplace_reviews_organization_id_order_id_fkey on network.marketplace_reviews (schemas/network.yaml:301:9)
ALTER TABLE "network"."marketplace_reviews" DROP CONSTRAINT "marketplace_reviews_organization_id_order_id_fkey";

-- [829/1605] drop foreign key marketplace_reviews_organization_id_listing_id_fkey on network.marketplace_reviews (schemas/network.yaml:300:9)
ALTER TABLE "network"."marketplace_reviews" DROP CONSTRAINT "marketplace_reviews_organization_id_listing_id_fkey";

-- [830/1605] drop foreign key marketplace_reviews_organization_id_fkey on network.marketplace_reviews (schemas/network.yaml:290:23)
ALTER TABLE "network"."marketplace_reviews" DROP CONSTRAINT "marketplace_reviews_organization_id_fkey";

-- [831/1605] drop foreign key marketplace_reviews_created_by_fkey on network.marketplace_reviews (schemas/core.yaml:74:21)
ALTER TABLE "network"."marketplace_reviews" DROP CONSTRAINT "marketplace_reviews_created_by_fkey";

-- [832/1605] drop foreign key marketplace_orders_organization_id_workspace_id_fkey on network.marketplace_orders (schemas/core.yaml:80:16)
ALTER TABLE "network"."marketplace_orders" DROP CONSTRAINT "marketplace_orders_organization_id_workspace_id_fkey";

-- [833/1605] drop foreign key marketplace_orders_organization_id_listing_id_fkey on network.marketplace_orders (schemas/network.yaml:284:9)
ALTER TABLE "network"."marketplace_orders" DROP CONSTRAINT "marketplace_orders_organization_id_listing_id_fkey";

-- [834/1605] drop foreign key marketplace_orders_organization_id_fkey on network.marketplace_orders (schemas/network.yaml:270:23)
ALTER TABLE "network"."marketplace_orders" DROP CONSTRAINT "marketplace_orders_organization_id_fkey";

-- [835/1605] drop foreign key marketplace_orders_created_by_fkey on network.marketplace_orders (schemas/core.yaml:74:21)
ALTER TABLE "network"."marketplace_orders" DROP CONSTRAINT "marketplace_orders_created_by_fkey";

-- [836/1605] drop foreign key marketplace_orders_buyer_id_fkey on network.marketplace_orders (schemas/network.yaml:274:43)
ALTER TABLE "network"."marketplace_orders" DROP CONSTRAINT "marketplace_orders_buyer_id_fkey";

-- [837/1605] drop foreign key marketplace_listings_organization_id_workspace_id_fkey on network.marketplace_listings (schemas/core.yaml:80:16)
ALTER TABLE "network"."marketplace_listings" DROP CONSTRAINT "marketplace_listings_organization_id_workspace_id_fkey";

-- [838/1605] drop foreign key marketplace_listings_organization_id_fkey on network.marketplace_listings (schemas/network.yaml:248:9)
ALTER TABLE "network"."marketplace_listings" DROP CONSTRAINT "marketplace_listings_organization_id_fkey";

-- [839/1605] drop foreign key marketplace_listings_created_by_fkey on network.marketplace_listings (schemas/core.yaml:74:21)
ALTER TABLE "network"."marketplace_listings" DROP CONSTRAINT "marketplace_listings_created_by_fkey";

-- [840/1605] drop foreign key endorsements_organization_id_workspace_id_fkey on network.endorsements (schemas/core.yaml:80:16)
ALTER TABLE "network"."endorsements" DROP CONSTRAINT "endorsements_organization_id_workspace_id_fkey";

-- [841/1605] drop foreign key endorsements_organization_id_profile_id_fkey on network.endorsements (schemas/network.yaml:65:9)
ALTER TABLE "network"."endorsements" DROP CONSTRAINT "endorsements_organization_id_profile_id_fkey";

-- [842/1605] drop foreign key endorsements_organization_id_fkey on network.endorsements (schemas/network.yaml:54:9)
ALTER TABLE "network"."endorsements" DROP CONSTRAINT "endorsements_organization_id_fkey";

-- [843/1605] drop foreign key endorsements_endorser_id_fkey on network.endorsements (schemas/network.yaml:61:46)
ALTER TABLE "network"."endorsements" DROP CONSTRAINT "endorsements_endorser_id_fkey";

-- [844/1605] drop foreign key endorsements_created_by_fkey on network.endorsements (schemas/core.yaml:74:21)
ALTER TABLE "network"."endorsements" DROP CONSTRAINT "endorsements_created_by_fkey";

-- [845/1605] drop foreign key contracts_organization_id_workspace_id_fkey on network.contracts (schemas/core.yaml:80:16)
ALTER TABLE "network"."contracts" DROP CONSTRAINT "contracts_organization_id_workspace_id_fkey";

-- [846/1605] drop foreign key contracts_organization_id_production_id_fkey on network.contracts (schemas/network.yaml:168:9)
ALTER TABLE "network"."contracts" DROP CONSTRAINT "contracts_organization_id_production_id_fkey";

-- [847/1605] drop foreign key contracts_organization_id_fkey on network.contracts (schemas/network.yaml:151:23)
ALTER TABLE "network"."contracts" DROP CONSTRAINT "contracts_organization_id_fkey";

-- [848/1605] drop foreign key contracts_organization_id_file_id_fkey on network.contracts (schemas/network.yaml:169:9)
ALTER TABLE "network"."contracts" DROP CONSTRAINT "contracts_organization_id_file_id_fkey";

-- [849/1605] drop foreign key contracts_organization_id_company_id_fkey on network.contracts (schemas/network.yaml:167:9)
ALTER TABLE "network"."contracts" DROP CONSTRAINT "contracts_organization_id_company_id_fkey";

-- [850/1605] drop foreign key contracts_created_by_fkey on network.contracts (schemas/core.yaml:74:21)
ALTER TABLE "network"."contracts" DROP CONSTRAINT "contracts_created_by_fkey";

-- [851/1605] drop foreign key connections_requester_id_fkey on network.connections (schemas/network.yaml:230:47)
ALTER TABLE "network"."connections" DROP CONSTRAINT "connections_requester_id_fkey";

-- [852/1605] drop foreign key connections_organization_id_workspace_id_fkey on network.connections (schemas/core.yaml:80:16)
ALTER TABLE "network"."connections" DROP CONSTRAINT "connections_organization_id_workspace_id_fkey";

-- [853/1605] drop foreign key connections_organization_id_fkey on network.connections (schemas/network.yaml:224:9)
ALTER TABLE "network"."connections" DROP CONSTRAINT "connections_organization_id_fkey";

-- [854/1605] drop foreign key connections_created_by_fkey on network.connections (schemas/core.yaml:74:21)
ALTER TABLE "network"."connections" DROP CONSTRAINT "connections_created_by_fkey";

-- [855/1605] drop foreign key connections_addressee_id_fkey on network.connections (schemas/network.yaml:231:47)
ALTER TABLE "network"."connections" DROP CONSTRAINT "connections_addressee_id_fkey";

-- [856/1605] drop foreign key company_contacts_organization_id_workspace_id_fkey on network.company_contacts (schemas/core.yaml:80:16)
ALTER TABLE "network"."company_contacts" DROP CONSTRAINT "company_contacts_organization_id_workspace_id_fkey";

-- [857/1605] drop foreign key company_contacts_organization_id_fkey on network.company_contacts (schemas/network.yaml:131:23)
ALTER TABLE "network"."company_contacts" DROP CONSTRAINT "company_contacts_organization_id_fkey";

-- [858/1605] drop foreign key company_contacts_organization_id_company_id_fkey on network.company_contacts (schemas/network.yaml:142:9)
ALTER TABLE "network"."company_contacts" DROP CONSTRAINT "company_contacts_organization_id_company_id_fkey";

-- [859/1605] drop foreign key company_contacts_created_by_fkey on network.company_contacts (schemas/core.yaml:74:21)
ALTER TABLE "network"."company_contacts" DROP CONSTRAINT "company_contacts_created_by_fkey";

-- [860/1605] drop foreign key companies_organization_id_workspace_id_fkey on network.companies (schemas/core.yaml:80:16)
ALTER TABLE "network"."companies" DROP CONSTRAINT "companies_organization_id_workspace_id_fkey";

-- [861/1605] drop foreign key companies_organization_id_fkey on network.companies (schemas/network.yaml:105:9)
ALTER TABLE "network"."companies" DROP CONSTRAINT "companies_organization_id_fkey";

-- [862/1605] drop foreign key companies_created_by_fkey on network.companies (schemas/core.yaml:74:21)
ALTER TABLE "network"."companies" DROP CONSTRAINT "companies_created_by_fkey";

-- [863/1605] drop foreign key community_posts_organization_id_workspace_id_fkey on network.community_posts (schemas/core.yaml:80:16)
ALTER TABLE "network"."community_posts" DROP CONSTRAINT "community_posts_organization_id_workspace_id_fkey";

-- [864/1605] drop foreign key community_posts_organization_id_fkey on network.community_posts (schemas/network.yaml:188:9)
ALTER TABLE "network"."community_posts" DROP CONSTRAINT "community_posts_organization_id_fkey";

-- [865/1605] drop foreign key community_posts_created_by_fkey on network.community_posts (schemas/core.yaml:74:21)
ALTER TABLE "network"."community_posts" DROP CONSTRAINT "community_posts_created_by_fkey";

-- [866/1605] drop foreign key rfqs_organization_id_workspace_id_fkey on finance.rfqs (schemas/core.yaml:80:16)
ALTER TABLE "finance"."rfqs" DROP CONSTRAINT "rfqs_organization_id_workspace_id_fkey";

-- [867/1605] drop foreign key rfqs_organization_id_requisition_id_fkey on finance.rfqs (schemas/finance.yaml:383:9)
ALTER TABLE "finance"."rfqs" DROP CONSTRAINT "rfqs_organization_id_requisition_id_fkey";

-- [868/1605] drop foreign key rfqs_organization_id_fkey on finance.rfqs (schemas/finance.yaml:370:23)
ALTER TABLE "finance"."rfqs" DROP CONSTRAINT "rfqs_organization_id_fkey";

-- [869/1605] drop foreign key rfqs_organization_id_awarded_company_id_fkey on finance.rfqs (schemas/finance.yaml:384:9)
ALTER TABLE "finance"."rfqs" DROP CONSTRAINT "rfqs_organization_id_awarded_company_id_fkey";

-- [870/1605] drop foreign key rfqs_created_by_fkey on finance.rfqs (schemas/core.yaml:74:21)
ALTER TABLE "finance"."rfqs" DROP CONSTRAINT "rfqs_created_by_fkey";

-- [871/1605] drop foreign key requisitions_organization_id_workspace_id_fkey on finance.requisitions (schemas/core.yaml:80:16)
ALTER TABLE "finance"."requisitions" DROP CONSTRAINT "requisitions_organization_id_workspace_id_fkey";

-- [872/1605] drop foreign key requisitions_organization_id_production_id_fkey on finance.requisitions (schemas/finance.yaml:346:9)
ALTER TABLE "finance"."requisitions" DROP CONSTRAINT "requisitions_organization_id_production_id_fkey";

-- [873/1605] drop foreign key requisitions_organization_id_fkey on finance.requisitions (schemas/finance.yaml:335:23)
ALTER TABLE "finance"."requisitions" DROP CONSTRAINT "requisitions_organization_id_fkey";

-- [874/1605] drop foreign key requisitions_created_by_fkey on finance.requisitions (schemas/core.yaml:74:21)
ALTER TABLE "finance"."requisitions" DROP CONSTRAINT "requisitions_created_by_fkey";

-- [875/1605] drop foreign key requisition_items_organization_id_workspace_id_fkey on finance.requisition_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."requisition_items" DROP CONSTRAINT "requisition_items_organization_id_workspace_id_fkey";

-- [876/1605] drop foreign key requisition_items_organization_id_requisition_id_fkey on finance.requisition_items (schemas/finance.yaml:362:9)
ALTER TABLE "finance"."requisition_items" DROP CONSTRAINT "requisition_items_organization_id_requisition_id_fkey";

-- [877/1605] drop foreign key requisition_items_organization_id_preferred_company_id_fkey on finance.requisition_items (schemas/finance.yaml:363:9)
ALTER TABLE "finance"."requisition_items" DROP CONSTRAINT "requisition_items_organization_id_preferred_company_id_fkey";

-- [878/1605] drop foreign key requisition_items_organization_id_fkey on finance.requisition_items (schemas/finance.yaml:353:23)
ALTER TABLE "finance"."requisition_items" DROP CONSTRAINT "requisition_items_organization_id_fkey";

-- [879/1605] drop foreign key requisition_items_created_by_fkey on finance.requisition_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."requisition_items" DROP CONSTRAINT "requisition_items_created_by_fkey";

-- [880/1605] drop foreign key purchase_orders_organization_id_workspace_id_fkey on finance.purchase_orders (schemas/core.yaml:80:16)
ALTER TABLE "finance"."purchase_orders" DROP CONSTRAINT "purchase_orders_organization_id_workspace_id_fkey";

-- [881/1605] drop foreign key purchase_orders_organization_id_requisition_id_fkey on finance.purchase_orders (schemas/finance.yaml:188:9)
ALTER TABLE "finance"."purchase_orders" DROP CONSTRAINT "purchase_orders_organization_id_requisition_id_fkey";

-- [882/1605] drop foreign key purchase_orders_organization_id_production_id_fkey on finance.purchase_orders (schemas/finance.yaml:187:9)
ALTER TABLE "finance"."purchase_orders" DROP CONSTRAINT "purchase_orders_organization_id_production_id_fkey";

-- [883/1605] drop foreign key purchase_orders_organization_id_fkey on finance.purchase_orders (schemas/finance.yaml:170:23)
ALTER TABLE "finance"."purchase_orders" DROP CONSTRAINT "purchase_orders_organization_id_fkey";

-- [884/1605] drop foreign key purchase_orders_organization_id_company_id_fkey on finance.purchase_orders (schemas/finance.yaml:186:9)
ALTER TABLE "finance"."purchase_orders" DROP CONSTRAINT "purchase_orders_organization_id_company_id_fkey";

-- [885/1605] drop foreign key purchase_orders_created_by_fkey on finance.purchase_orders (schemas/core.yaml:74:21)
ALTER TABLE "finance"."purchase_orders" DROP CONSTRAINT "purchase_orders_created_by_fkey";

-- [886/1605] drop foreign key purchase_orders_approved_by_fkey on finance.purchase_orders (schemas/finance.yaml:184:47)
ALTER TABLE "finance"."purchase_orders" DROP CONSTRAINT "purchase_orders_approved_by_fkey";

-- [887/1605] drop foreign key po_items_organization_id_workspace_id_fkey on finance.po_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."po_items" DROP CONSTRAINT "po_items_organization_id_workspace_id_fkey";

-- [888/1605] drop foreign key po_items_organization_id_purchase_order_id_fkey on finance.po_items (schemas/finance.yaml:213:9)
ALTER TABLE "finance"."po_items" DROP CONSTRAINT "po_items_organization_id_purchase_order_id_fkey";

-- [889/1605] drop foreign key po_items_organization_id_fkey on finance.po_items (schemas/finance.yaml:202:23)
ALTER TABLE "finance"."po_items" DROP CONSTRAINT "po_items_organization_id_fkey";

-- [890/1605] drop foreign key po_items_organization_id_budget_line_item_id_fkey on finance.po_items (schemas/finance.yaml:214:9)
ALTER TABLE "finance"."po_items" DROP CONSTRAINT "po_items_organization_id_budget_line_item_id_fkey";

-- [891/1605] drop foreign key po_items_created_by_fkey on finance.po_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."po_items" DROP CONSTRAINT "po_items_created_by_fkey";

-- [892/1605] drop foreign key payroll_records_organization_id_workspace_id_fkey on finance.payroll_records (schemas/core.yaml:80:16)
ALTER TABLE "finance"."payroll_records" DROP CONSTRAINT "payroll_records_organization_id_workspace_id_fkey";

-- [893/1605] drop foreign key payroll_records_organization_id_personnel_id_fkey on finance.payroll_records (schemas/finance.yaml:305:9)
ALTER TABLE "finance"."payroll_records" DROP CONSTRAINT "payroll_records_organization_id_personnel_id_fkey";

-- [894/1605] drop foreign key payroll_records_organization_id_fkey on finance.payroll_records (schemas/finance.yaml:290:23)
ALTER TABLE "finance"."payroll_records" DROP CONSTRAINT "payroll_records_organization_id_fkey";

-- [895/1605] drop foreign key payroll_records_created_by_fkey on finance.payroll_records (schemas/core.yaml:74:21)
ALTER TABLE "finance"."payroll_records" DROP CONSTRAINT "payroll_records_created_by_fkey";

-- [896/1605] drop foreign key payroll_items_organization_id_workspace_id_fkey on finance.payroll_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."payroll_items" DROP CONSTRAINT "payroll_items_organization_id_workspace_id_fkey";

-- [897/1605] drop foreign key payroll_items_organization_id_payroll_record_id_fkey on finance.payroll_items (schemas/finance.yaml:327:9)
ALTER TABLE "finance"."payroll_items" DROP CONSTRAINT "payroll_items_organization_id_payroll_record_id_fkey";

-- [898/1605] drop foreign key payroll_items_organization_id_fkey on finance.payroll_items (schemas/finance.yaml:317:23)
ALTER TABLE "finance"."payroll_items" DROP CONSTRAINT "payroll_items_organization_id_fkey";

-- [899/1605] drop foreign key payroll_items_created_by_fkey on finance.payroll_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."payroll_items" DROP CONSTRAINT "payroll_items_created_by_fkey";

-- [900/1605] drop foreign key payment_methods_organization_id_workspace_id_fkey on finance.payment_methods (schemas/core.yaml:80:16)
ALTER TABLE "finance"."payment_methods" DROP CONSTRAINT "payment_methods_organization_id_workspace_id_fkey";

-- [901/1605] drop foreign key payment_methods_organization_id_fkey on finance.payment_methods (schemas/finance.yaml:221:23)
ALTER TABLE "finance"."payment_methods" DROP CONSTRAINT "payment_methods_organization_id_fkey";

-- [902/1605] drop foreign key payment_methods_created_by_fkey on finance.payment_methods (schemas/core.yaml:74:21)
ALTER TABLE "finance"."payment_methods" DROP CONSTRAINT "payment_methods_created_by_fkey";

-- [903/1605] drop foreign key invoices_organization_id_workspace_id_fkey on finance.invoices (schemas/core.yaml:80:16)
ALTER TABLE "finance"."invoices" DROP CONSTRAINT "invoices_organization_id_workspace_id_fkey";

-- [904/1605] drop foreign key invoices_organization_id_production_id_fkey on finance.invoices (schemas/finance.yaml:137:9)
ALTER TABLE "finance"."invoices" DROP CONSTRAINT "invoices_organization_id_production_id_fkey";

-- [905/1605] drop foreign key invoices_organization_id_fkey on finance.invoices (schemas/finance.yaml:118:23)
ALTER TABLE "finance"."invoices" DROP CONSTRAINT "invoices_organization_id_fkey";

-- [906/1605] drop foreign key invoices_organization_id_company_id_fkey on finance.invoices (schemas/finance.yaml:136:9)
ALTER TABLE "finance"."invoices" DROP CONSTRAINT "invoices_organization_id_company_id_fkey";

-- [907/1605] drop foreign key invoices_created_by_fkey on finance.invoices (schemas/core.yaml:74:21)
ALTER TABLE "finance"."invoices" DROP CONSTRAINT "invoices_created_by_fkey";

-- [908/1605] drop foreign key invoice_items_organization_id_workspace_id_fkey on finance.invoice_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."invoice_items" DROP CONSTRAINT "invoice_items_organization_id_workspace_id_fkey";

-- [909/1605] drop foreign key invoice_items_organization_id_invoice_id_fkey on finance.invoice_items (schemas/finance.yaml:160:9)
ALTER TABLE "finance"."invoice_items" DROP CONSTRAINT "invoice_items_organization_id_invoice_id_fkey";

-- [910/1605] drop foreign key invoice_items_organization_id_fkey on finance.invoice_items (schemas/finance.yaml:150:23)
ALTER TABLE "finance"."invoice_items" DROP CONSTRAINT "invoice_items_organization_id_fkey";

-- [911/1605] drop foreign key invoice_items_created_by_fkey on finance.invoice_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."invoice_items" DROP CONSTRAINT "invoice_items_created_by_fkey";

-- [912/1605] drop foreign key financial_transactions_organization_id_workspace_id_fkey on finance.financial_transactions (schemas/core.yaml:80:16)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_workspace_id_fkey";

-- [913/1605] drop foreign key financial_transactions_organization_id_purchase_order_id_fkey on finance.financial_transactions (schemas/finance.yaml:93:9)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_purchase_order_id_fkey";

-- [914/1605] drop foreign key financial_transactions_organization_id_production_id_fkey on finance.financial_transactions (schemas/finance.yaml:90:9)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_production_id_fkey";

-- [915/1605] drop foreign key financial_transactions_organization_id_payroll_record_id_fkey on finance.financial_transactions (schemas/finance.yaml:95:9)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_payroll_record_id_fkey";

-- [916/1605] drop foreign key financial_transactions_organization_id_payment_method_id_fkey on finance.financial_transactions (schemas/finance.yaml:96:9)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_payment_method_id_fkey";

-- [917/1605] drop foreign key financial_transactions_organization_id_invoice_id_fkey on finance.financial_transactions (schemas/finance.yaml:92:9)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_invoice_id_fkey";

-- [918/1605] drop foreign key financial_transactions_organization_id_fkey on finance.financial_transactions (schemas/finance.yaml:67:23)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_fkey";

-- [919/1605] drop foreign key financial_transactions_organization_id_expense_report_id_fkey on finance.financial_transactions (schemas/finance.yaml:94:9)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_expense_report_id_fkey";

-- [920/1605] drop foreign key financial_transactions_organization_id_company_id_fkey on finance.financial_transactions (schemas/finance.yaml:91:9)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_company_id_fkey";

-- [921/1605] drop foreign key financial_transactions_organization_id_budget_line_item_id_fkey on finance.financial_transactions (schemas/finance.yaml:89:9)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_organization_id_budget_line_item_id_fkey";

-- [922/1605] drop foreign key financial_transactions_created_by_fkey on finance.financial_transactions (schemas/core.yaml:74:21)
ALTER TABLE "finance"."financial_transactions" DROP CONSTRAINT "financial_transactions_created_by_fkey";

-- [923/1605] drop foreign key expense_reports_organization_id_workspace_id_fkey on finance.expense_reports (schemas/core.yaml:80:16)
ALTER TABLE "finance"."expense_reports" DROP CONSTRAINT "expense_reports_organization_id_workspace_id_fkey";

-- [924/1605] drop foreign key expense_reports_organization_id_production_id_fkey on finance.expense_reports (schemas/finance.yaml:255:9)
ALTER TABLE "finance"."expense_reports" DROP CONSTRAINT "expense_reports_organization_id_production_id_fkey";

-- [925/1605] drop foreign key expense_reports_organization_id_personnel_id_fkey on finance.expense_reports (schemas/finance.yaml:254:9)
ALTER TABLE "finance"."expense_reports" DROP CONSTRAINT "expense_reports_organization_id_personnel_id_fkey";

-- [926/1605] drop foreign key expense_reports_organization_id_fkey on finance.expense_reports (schemas/finance.yaml:238:23)
ALTER TABLE "finance"."expense_reports" DROP CONSTRAINT "expense_reports_organization_id_fkey";

-- [927/1605] drop foreign key expense_reports_created_by_fkey on finance.expense_reports (schemas/core.yaml:74:21)
ALTER TABLE "finance"."expense_reports" DROP CONSTRAINT "expense_reports_created_by_fkey";

-- [928/1605] drop foreign key expense_reports_approved_by_fkey on finance.expense_reports (schemas/finance.yaml:250:47)
ALTER TABLE "finance"."expense_reports" DROP CONSTRAINT "expense_reports_approved_by_fkey";

-- [929/1605] drop foreign key expense_items_organization_id_workspace_id_fkey on finance.expense_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."expense_items" DROP CONSTRAINT "expense_items_organization_id_workspace_id_fkey";

-- [930/1605] drop foreign key expense_items_organization_id_receipt_file_id_fkey on finance.expense_items (schemas/finance.yaml:280:9)
ALTER TABLE "finance"."expense_items" DROP CONSTRAINT "expense_items_organization_id_receipt_file_id_fkey";

-- [931/1605] drop foreign key expense_items_organization_id_fkey on finance.expense_items (schemas/finance.yaml:266:23)
ALTER TABLE "finance"."expense_items" DROP CONSTRAINT "expense_items_organization_id_fkey";

-- [932/1605] drop foreign key expense_items_organization_id_expense_report_id_fkey on finance.expense_items (schemas/finance.yaml:279:9)
ALTER TABLE "finance"."expense_items" DROP CONSTRAINT "expense_items_organization_id_expense_report_id_fkey";

-- [933/1605] drop foreign key expense_items_organization_id_budget_line_item_id_fkey on finance.expense_items (schemas/finance.yaml:281:9)
ALTER TABLE "finance"."expense_items" DROP CONSTRAINT "expense_items_organization_id_budget_line_item_id_fkey";

-- [934/1605] drop foreign key expense_items_created_by_fkey on finance.expense_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."expense_items" DROP CONSTRAINT "expense_items_created_by_fkey";

-- [935/1605] drop foreign key budgets_organization_id_workspace_id_fkey on finance.budgets (schemas/core.yaml:80:16)
ALTER TABLE "finance"."budgets" DROP CONSTRAINT "budgets_organization_id_workspace_id_fkey";

-- [936/1605] drop foreign key budgets_organization_id_production_id_fkey on finance.budgets (schemas/finance.yaml:42:9)
ALTER TABLE "finance"."budgets" DROP CONSTRAINT "budgets_organization_id_production_id_fkey";

-- [937/1605] drop foreign key budgets_organization_id_fkey on finance.budgets (schemas/finance.yaml:30:23)
ALTER TABLE "finance"."budgets" DROP CONSTRAINT "budgets_organization_id_fkey";

-- [938/1605] drop foreign key budgets_created_by_fkey on finance.budgets (schemas/core.yaml:74:21)
ALTER TABLE "finance"."budgets" DROP CONSTRAINT "budgets_created_by_fkey";

-- [939/1605] drop foreign key budgets_approved_by_fkey on finance.budgets (schemas/finance.yaml:39:47)
ALTER TABLE "finance"."budgets" DROP CONSTRAINT "budgets_approved_by_fkey";

-- [940/1605] drop foreign key budget_line_items_organization_id_workspace_id_fkey on finance.budget_line_items (schemas/core.yaml:80:16)
ALTER TABLE "finance"."budget_line_items" DROP CONSTRAINT "budget_line_items_organization_id_workspace_id_fkey";

-- [941/1605] drop foreign key budget_line_items_organization_id_fkey on finance.budget_line_items (schemas/finance.yaml:53:23)
ALTER TABLE "finance"."budget_line_items" DROP CONSTRAINT "budget_line_items_organization_id_fkey";

-- [942/1605] drop foreign key budget_line_items_organization_id_budget_id_fkey on finance.budget_line_items (schemas/finance.yaml:62:9)
ALTER TABLE "finance"."budget_line_items" DROP CONSTRAINT "budget_line_items_organization_id_budget_id_fkey";

-- [943/1605] drop foreign key budget_line_items_created_by_fkey on finance.budget_line_items (schemas/core.yaml:74:21)
ALTER TABLE "finance"."budget_line_items" DROP CONSTRAINT "budget_line_items_created_by_fkey";

-- [944/1605] drop foreign key approval_requests_organization_id_workspace_id_fkey on finance.approval_requests (schemas/core.yaml:80:16)
ALTER TABLE "finance"."approval_requests" DROP CONSTRAINT "approval_requests_organization_id_workspace_id_fkey";

-- [945/1605] drop foreign key approval_requests_organization_id_fkey on finance.approval_requests (schemas/finance.yaml:399:23)
ALTER TABLE "finance"."approval_requests" DROP CONSTRAINT "approval_requests_organization_id_fkey";

-- [946/1605] drop foreign key approval_requests_created_by_fkey on finance.approval_requests (schemas/core.yaml:74:21)
ALTER TABLE "finance"."approval_requests" DROP CONSTRAINT "approval_requests_created_by_fkey";

-- [947/1605] drop foreign key approval_requests_approver_id_fkey on finance.approval_requests (schemas/finance.yaml:405:46)
ALTER TABLE "finance"."approval_requests" DROP CONSTRAINT "approval_requests_approver_id_fkey";

-- [948/1605] drop foreign key workspaces_organization_id_fkey on core.workspaces (schemas/core.yaml:152:23)
ALTER TABLE "core"."workspaces" DROP CONSTRAINT "workspaces_organization_id_fkey";

-- [949/1605] drop foreign key webhooks_organization_id_workspace_id_fkey on core.webhooks (schemas/core.yaml:80:16)
ALTER TABLE "core"."webhooks" DROP CONSTRAINT "webhooks_organization_id_workspace_id_fkey";

-- [950/1605] drop foreign key webhooks_organization_id_fkey on core.webhooks (schemas/core.yaml:232:9)
ALTER TABLE "core"."webhooks" DROP CONSTRAINT "webhooks_organization_id_fkey";

-- [951/1605] drop foreign key webhooks_created_by_fkey on core.webhooks (schemas/core.yaml:74:21)
ALTER TABLE "core"."webhooks" DROP CONSTRAINT "webhooks_created_by_fkey";

-- [952/1605] drop foreign key roles_organization_id_workspace_id_fkey on core.roles (schemas/core.yaml:80:16)
ALTER TABLE "core"."roles" DROP CONSTRAINT "roles_organization_id_workspace_id_fkey";

-- [953/1605] drop foreign key roles_organization_id_fkey on core.roles (schemas/core.yaml:188:9)
ALTER TABLE "core"."roles" DROP CONSTRAINT "roles_organization_id_fkey";

-- [954/1605] drop foreign key roles_created_by_fkey on core.roles (schemas/core.yaml:74:21)
ALTER TABLE "core"."roles" DROP CONSTRAINT "roles_created_by_fkey";

-- [955/1605] drop foreign key organization_members_user_id_fkey on core.organization_members (schemas/core.yaml:170:42)
ALTER TABLE "core"."organization_members" DROP CONSTRAINT "organization_members_user_id_fkey";

-- [956/1605] drop foreign key organization_members_organization_id_fkey on core.organization_members (schemas/core.yaml:167:23)
ALTER TABLE "core"."organization_members" DROP CONSTRAINT "organization_members_organization_id_fkey";

-- [957/1605] drop foreign key audit_logs_organization_id_workspace_id_fkey on core.audit_logs (schemas/core.yaml:80:16)
ALTER TABLE "core"."audit_logs" DROP CONSTRAINT "audit_logs_organization_id_workspace_id_fkey";

-- [958/1605] drop foreign key audit_logs_organization_id_fkey on core.audit_logs (schemas/core.yaml:254:9)
ALTER TABLE "core"."audit_logs" DROP CONSTRAINT "audit_logs_organization_id_fkey";

-- [959/1605] drop foreign key audit_logs_created_by_fkey on core.audit_logs (schemas/core.yaml:74:21)
ALTER TABLE "core"."audit_logs" DROP CONSTRAINT "audit_logs_created_by_fkey";

-- [960/1605] drop foreign key api_tokens_organization_id_workspace_id_fkey on core.api_tokens (schemas/core.yaml:80:16)
ALTER TABLE "core"."api_tokens" DROP CONSTRAINT "api_tokens_organization_id_workspace_id_fkey";

-- [961/1605] drop foreign key api_tokens_organization_id_fkey on core.api_tokens (schemas/core.yaml:211:9)
ALTER TABLE "core"."api_tokens" DROP CONSTRAINT "api_tokens_organization_id_fkey";

-- [962/1605] drop foreign key api_tokens_created_by_fkey on core.api_tokens (schemas/core.yaml:74:21)
ALTER TABLE "core"."api_tokens" DROP CONSTRAINT "api_tokens_created_by_fkey";

-- [963/1605] drop foreign key views_organization_id_workspace_id_fkey on collab.views (schemas/core.yaml:80:16)
ALTER TABLE "collab"."views" DROP CONSTRAINT "views_organization_id_workspace_id_fkey";

-- [964/1605] drop foreign key views_organization_id_fkey on collab.views (schemas/collab.yaml:60:23)
ALTER TABLE "collab"."views" DROP CONSTRAINT "views_organization_id_fkey";

-- [965/1605] drop foreign key views_created_by_fkey on collab.views (schemas/core.yaml:74:21)
ALTER TABLE "collab"."views" DROP CONSTRAINT "views_created_by_fkey";

-- [966/1605] drop foreign key user_presence_user_id_fkey on collab.user_presence (schemas/collab.yaml:137:42)
ALTER TABLE "collab"."user_presence" DROP CONSTRAINT "user_presence_user_id_fkey";

-- [967/1605] drop foreign key user_presence_organization_id_workspace_id_fkey on collab.user_presence (schemas/core.yaml:80:16)
ALTER TABLE "collab"."user_presence" DROP CONSTRAINT "user_presence_organization_id_workspace_id_fkey";

-- [968/1605] drop foreign key user_presence_organization_id_fkey on collab.user_presence (schemas/collab.yaml:134:23)
ALTER TABLE "collab"."user_presence" DROP CONSTRAINT "user_presence_organization_id_fkey";

-- [969/1605] drop foreign key user_presence_created_by_fkey on collab.user_presence (schemas/core.yaml:74:21)
ALTER TABLE "collab"."user_presence" DROP CONSTRAINT "user_presence_created_by_fkey";

-- [970/1605] drop foreign key notifications_user_id_fkey on collab.notifications (schemas/collab.yaml:118:42)
ALTER TABLE "collab"."notifications" DROP CONSTRAINT "notifications_user_id_fkey";

-- [971/1605] drop foreign key notifications_organization_id_workspace_id_fkey on collab.notifications (schemas/core.yaml:80:16)
ALTER TABLE "collab"."notifications" DROP CONSTRAINT "notifications_organization_id_workspace_id_fkey";

-- [972/1605] drop foreign key notifications_organization_id_fkey on collab.notifications (schemas/collab.yaml:112:9)
ALTER TABLE "collab"."notifications" DROP CONSTRAINT "notifications_organization_id_fkey";

-- [973/1605] drop foreign key notifications_created_by_fkey on collab.notifications (schemas/core.yaml:74:21)
ALTER TABLE "collab"."notifications" DROP CONSTRAINT "notifications_created_by_fkey";

-- [974/1605] drop foreign key dashboards_organization_id_workspace_id_fkey on collab.dashboards (schemas/core.yaml:80:16)
ALTER TABLE "collab"."dashboards" DROP CONSTRAINT "dashboards_organization_id_workspace_id_fkey";

-- [975/1605] drop foreign key dashboards_organization_id_fkey on collab.dashboards (schemas/collab.yaml:153:23)
ALTER TABLE "collab"."dashboards" DROP CONSTRAINT "dashboards_organization_id_fkey";

-- [976/1605] drop foreign key dashboards_created_by_fkey on collab.dashboards (schemas/core.yaml:74:21)
ALTER TABLE "collab"."dashboards" DROP CONSTRAINT "dashboards_created_by_fkey";

-- [977/1605] drop foreign key dashboard_widgets_organization_id_workspace_id_fkey on collab.dashboard_widgets (schemas/core.yaml:80:16)
ALTER TABLE "collab"."dashboard_widgets" DROP CONSTRAINT "dashboard_widgets_organization_id_workspace_id_fkey";

-- [978/1605] drop foreign key dashboard_widgets_organization_id_fkey on collab.dashboard_widgets (schemas/collab.yaml:168:23)
ALTER TABLE "collab"."dashboard_widgets" DROP CONSTRAINT "dashboard_widgets_organization_id_fkey";

-- [979/1605] drop foreign key dashboard_widgets_organization_id_dashboard_id_fkey on collab.dashboard_widgets (schemas/collab.yaml:178:9)
ALTER TABLE "collab"."dashboard_widgets" DROP CONSTRAINT "dashboard_widgets_organization_id_dashboard_id_fkey";

-- [980/1605] drop foreign key dashboard_widgets_created_by_fkey on collab.dashboard_widgets (schemas/core.yaml:74:21)
ALTER TABLE "collab"."dashboard_widgets" DROP CONSTRAINT "dashboard_widgets_created_by_fkey";

-- [981/1605] drop foreign key custom_fields_organization_id_workspace_id_fkey on collab.custom_fields (schemas/core.yaml:80:16)
ALTER TABLE "collab"."custom_fields" DROP CONSTRAINT "custom_fields_organization_id_workspace_id_fkey";

-- [982/1605] drop foreign key custom_fields_organization_id_fkey on collab.custom_fields (schemas/collab.yaml:41:23)
ALTER TABLE "collab"."custom_fields" DROP CONSTRAINT "custom_fields_organization_id_fkey";

-- [983/1605] drop foreign key custom_fields_created_by_fkey on collab.custom_fields (schemas/core.yaml:74:21)
ALTER TABLE "collab"."custom_fields" DROP CONSTRAINT "custom_fields_created_by_fkey";

-- [984/1605] drop foreign key comments_user_id_fkey on collab.comments (schemas/collab.yaml:95:42)
ALTER TABLE "collab"."comments" DROP CONSTRAINT "comments_user_id_fkey";

-- [985/1605] drop foreign key comments_organization_id_workspace_id_fkey on collab.comments (schemas/core.yaml:80:16)
ALTER TABLE "collab"."comments" DROP CONSTRAINT "comments_organization_id_workspace_id_fkey";

-- [986/1605] drop foreign key comments_organization_id_parent_comment_id_fkey on collab.comments (schemas/collab.yaml:100:9)
ALTER TABLE "collab"."comments" DROP CONSTRAINT "comments_organization_id_parent_comment_id_fkey";

-- [987/1605] drop foreign key comments_organization_id_fkey on collab.comments (schemas/collab.yaml:90:23)
ALTER TABLE "collab"."comments" DROP CONSTRAINT "comments_organization_id_fkey";

-- [988/1605] drop foreign key comments_created_by_fkey on collab.comments (schemas/core.yaml:74:21)
ALTER TABLE "collab"."comments" DROP CONSTRAINT "comments_created_by_fkey";

-- [989/1605] drop foreign key activities_user_id_fkey on collab.activities (schemas/collab.yaml:78:43)
ALTER TABLE "collab"."activities" DROP CONSTRAINT "activities_user_id_fkey";

-- [990/1605] drop foreign key activities_organization_id_workspace_id_fkey on collab.activities (schemas/core.yaml:80:16)
ALTER TABLE "collab"."activities" DROP CONSTRAINT "activities_organization_id_workspace_id_fkey";

-- [991/1605] drop foreign key activities_organization_id_fkey on collab.activities (schemas/collab.yaml:75:23)
ALTER TABLE "collab"."activities" DROP CONSTRAINT "activities_organization_id_fkey";

-- [992/1605] drop foreign key activities_created_by_fkey on collab.activities (schemas/core.yaml:74:21)
ALTER TABLE "collab"."activities" DROP CONSTRAINT "activities_created_by_fkey";

-- [993/1605] drop index site_maps_custom_fields_idx on resources.site_maps (schemas/resources.yaml:180:68)
DROP INDEX "resources"."site_maps_custom_fields_idx";

-- [994/1605] drop index site_maps_file_id_idx on resources.site_maps (schemas/resources.yaml:194:16)
DROP INDEX "resources"."site_maps_file_id_idx";

-- [995/1605] drop index site_maps_location_id_map_type_idx on resources.site_maps (schemas/resources.yaml:193:9)
DROP INDEX "resources"."site_maps_location_id_map_type_idx";

-- [996/1605] drop index site_maps_created_by_idx on resources.site_maps (schemas/core.yaml:87:16)
DROP INDEX "resources"."site_maps_created_by_idx";

-- [997/1605] drop index site_maps_workspace_id_idx on resources.site_maps (schemas/core.yaml:85:16)
DROP INDEX "resources"."site_maps_workspace_id_idx";

-- [998/1605] drop index site_maps_organization_id_idx on resources.site_maps (schemas/resources.yaml:180:23)
DROP INDEX "resources"."site_maps_organization_id_idx";

-- [999/1605] drop index production_advances_custom_fields_idx on resources.production_advances (schemas/resources.yaml:121:68)
DROP INDEX "resources"."production_advances_custom_fields_idx";

-- [1000/1605] drop index production_advances_approved_by_idx on resources.production_advances (schemas/resources.yaml:144:16)
DROP INDEX "resources"."production_advances_approved_by_idx";

-- [1001/1605] drop index production_advances_asset_id_idx on resources.production_advances (schemas/resources.yaml:142:16)
DROP INDEX "resources"."production_advances_asset_id_idx";

-- [1002/1605] drop index production_advances_event_id_idx on resources.production_advances (schemas/resources.yaml:140:16)
DROP INDEX "resources"."production_advances_event_id_idx";

-- [1003/1605] drop index production_advances_production_id_status_idx on resources.production_advances (schemas/resources.yaml:139:9)
DROP INDEX "resources"."production_advances_production_id_status_idx";

-- [1004/1605] drop index production_advances_created_by_idx on resources.production_advances (schemas/core.yaml:87:16)
DROP INDEX "resources"."production_advances_created_by_idx";

-- [1005/1605] drop index production_advances_workspace_id_idx on resources.production_advances (schemas/core.yaml:85:16)
DROP INDEX "resources"."production_advances_workspace_id_idx";

-- [1006/1605] drop index production_advances_organization_id_idx on resources.production_advances (schemas/resources.yaml:121:23)
DROP INDEX "resources"."production_advances_organization_id_idx";

-- [1007/1605] drop index locations_custom_fields_idx on resources.locations (schemas/resources.yaml:151:68)
DROP INDEX "resources"."locations_custom_fields_idx";

-- [1008/1605] drop index locations_parent_location_id_idx on resources.locations (schemas/resources.yaml:176:16)
DROP INDEX "resources"."locations_parent_location_id_idx";

-- [1009/1605] drop index locations_workspace_id_location_type_idx on resources.locations (schemas/resources.yaml:175:9)
DROP INDEX "resources"."locations_workspace_id_location_type_idx";

-- [1010/1605] drop index locations_created_by_idx on resources.locations (schemas/core.yaml:87:16)
DROP INDEX "resources"."locations_created_by_idx";

-- [1011/1605] drop index locations_workspace_id_idx on resources.locations (schemas/core.yaml:85:16)
DROP INDEX "resources"."locations_workspace_id_idx";

-- [1012/1605] drop index locations_organization_id_idx on resources.locations (schemas/resources.yaml:151:23)
DROP INDEX "resources"."locations_organization_id_idx";

-- [1013/1605] drop index location_utilities_custom_fields_idx on resources.location_utilities (schemas/resources.yaml:214:68)
DROP INDEX "resources"."location_utilities_custom_fields_idx";

-- [1014/1605] drop index location_utilities_location_id_utility_type_idx on resources.location_utilities (schemas/resources.yaml:227:9)
DROP INDEX "resources"."location_utilities_location_id_utility_type_idx";

-- [1015/1605] drop index location_utilities_created_by_idx on resources.location_utilities (schemas/core.yaml:87:16)
DROP INDEX "resources"."location_utilities_created_by_idx";

-- [1016/1605] drop index location_utilities_workspace_id_idx on resources.location_utilities (schemas/core.yaml:85:16)
DROP INDEX "resources"."location_utilities_workspace_id_idx";

-- [1017/1605] drop index location_utilities_organization_id_idx on resources.location_utilities (schemas/resources.yaml:214:23)
DROP INDEX "resources"."location_utilities_organization_id_idx";

-- [1018/1605] drop index location_access_custom_fields_idx on resources.location_access (schemas/resources.yaml:198:68)
DROP INDEX "resources"."location_access_custom_fields_idx";

-- [1019/1605] drop index location_access_location_id_idx on resources.location_access (schemas/resources.yaml:211:9)
DROP INDEX "resources"."location_access_location_id_idx";

-- [1020/1605] drop index location_access_created_by_idx on resources.location_access (schemas/core.yaml:87:16)
DROP INDEX "resources"."location_access_created_by_idx";

-- [1021/1605] drop index location_access_workspace_id_idx on resources.location_access (schemas/core.yaml:85:16)
DROP INDEX "resources"."location_access_workspace_id_idx";

-- [1022/1605] drop index location_access_organization_id_idx on resources.location_access (schemas/resources.yaml:198:23)
DROP INDEX "resources"."location_access_organization_id_idx";

-- [1023/1605] drop index files_search_vector_idx on resources.files (schemas/resources.yaml:255:9)
DROP INDEX "resources"."files_search_vector_idx";

-- [1024/1605] drop index files_custom_fields_idx on resources.files (schemas/resources.yaml:254:9)
DROP INDEX "resources"."files_custom_fields_idx";

-- [1025/1605] drop index files_tags_idx on resources.files (schemas/resources.yaml:281:16)
DROP INDEX "resources"."files_tags_idx";

-- [1026/1605] drop index files_production_id_idx on resources.files (schemas/resources.yaml:279:16)
DROP INDEX "resources"."files_production_id_idx";

-- [1027/1605] drop index files_category_id_idx on resources.files (schemas/resources.yaml:277:16)
DROP INDEX "resources"."files_category_id_idx";

-- [1028/1605] drop index files_workspace_id_created_at_idx on resources.files (schemas/resources.yaml:275:16)
DROP INDEX "resources"."files_workspace_id_created_at_idx";

-- [1029/1605] drop index files_created_by_idx on resources.files (schemas/core.yaml:87:16)
DROP INDEX "resources"."files_created_by_idx";

-- [1030/1605] drop index files_workspace_id_idx on resources.files (schemas/core.yaml:85:16)
DROP INDEX "resources"."files_workspace_id_idx";

-- [1031/1605] drop index files_organization_id_idx on resources.files (schemas/resources.yaml:251:9)
DROP INDEX "resources"."files_organization_id_idx";

-- [1032/1605] drop index file_versions_custom_fields_idx on resources.file_versions (schemas/resources.yaml:285:68)
DROP INDEX "resources"."file_versions_custom_fields_idx";

-- [1033/1605] drop index file_versions_created_by_idx on resources.file_versions (schemas/core.yaml:87:16)
DROP INDEX "resources"."file_versions_created_by_idx";

-- [1034/1605] drop index file_versions_workspace_id_idx on resources.file_versions (schemas/core.yaml:85:16)
DROP INDEX "resources"."file_versions_workspace_id_idx";

-- [1035/1605] drop index file_versions_organization_id_idx on resources.file_versions (schemas/resources.yaml:285:23)
DROP INDEX "resources"."file_versions_organization_id_idx";

-- [1036/1605] drop index file_categories_custom_fields_idx on resources.file_categories (schemas/resources.yaml:233:68)
DROP INDEX "resources"."file_categories_custom_fields_idx";

-- [1037/1605] drop index file_categories_parent_category_id_idx on resources.file_categories (schemas/resources.yaml:245:16)
DROP INDEX "resources"."file_categories_parent_category_id_idx";

-- [1038/1605] drop index file_categories_created_by_idx on resources.file_categories (schemas/core.yaml:87:16)
DROP INDEX "resources"."file_categories_created_by_idx";

-- [1039/1605] drop index file_categories_workspace_id_idx on resources.file_categories (schemas/core.yaml:85:16)
DROP INDEX "resources"."file_categories_workspace_id_idx";

-- [1040/1605] drop index file_categories_organization_id_idx on resources.file_categories (schemas/resources.yaml:233:23)
DROP INDEX "resources"."file_categories_organization_id_idx";

-- [1041/1605] drop index assets_search_vector_idx on resources.assets (schemas/resources.yaml:31:9)
DROP INDEX "resources"."assets_search_vector_idx";

-- [1042/1605] drop index assets_custom_fields_idx on resources.assets (schemas/resources.yaml:30:9)
DROP INDEX "resources"."assets_custom_fields_idx";

-- [1043/1605] drop index assets_home_location_id_idx on resources.assets (schemas/resources.yaml:56:16)
DROP INDEX "resources"."assets_home_location_id_idx";

-- [1044/1605] drop index assets_workspace_id_category_idx on resources.assets (schemas/resources.yaml:55:9)
DROP INDEX "resources"."assets_workspace_id_category_idx";

-- [1045/1605] drop index assets_workspace_id_status_idx on resources.assets (schemas/resources.yaml:54:9)
DROP INDEX "resources"."assets_workspace_id_status_idx";

-- [1046/1605] drop index assets_created_by_idx on resources.assets (schemas/core.yaml:87:16)
DROP INDEX "resources"."assets_created_by_idx";

-- [1047/1605] drop index assets_workspace_id_idx on resources.assets (schemas/core.yaml:85:16)
DROP INDEX "resources"."assets_workspace_id_idx";

-- [1048/1605] drop index assets_organization_id_idx on resources.assets (schemas/resources.yaml:27:9)
DROP INDEX "resources"."assets_organization_id_idx";

-- [1049/1605] drop index asset_transactions_custom_fields_idx on resources.asset_transactions (schemas/resources.yaml:60:68)
DROP INDEX "resources"."asset_transactions_custom_fields_idx";

-- [1050/1605] drop index asset_transactions_location_id_idx on resources.asset_transactions (schemas/resources.yaml:93:16)
DROP INDEX "resources"."asset_transactions_location_id_idx";

-- [1051/1605] drop index asset_transactions_custodian_id_idx on resources.asset_transactions (schemas/resources.yaml:91:16)
DROP INDEX "resources"."asset_transactions_custodian_id_idx";

-- [1052/1605] drop index asset_transactions_event_id_idx on resources.asset_transactions (schemas/resources.yaml:89:16)
DROP INDEX "resources"."asset_transactions_event_id_idx";

-- [1053/1605] drop index asset_transactions_production_id_idx on resources.asset_transactions (schemas/resources.yaml:87:16)
DROP INDEX "resources"."asset_transactions_production_id_idx";

-- [1054/1605] drop index asset_transactions_workspace_id_due_back_at_idx on resources.asset_transactions (schemas/resources.yaml:85:16)
DROP INDEX "resources"."asset_transactions_workspace_id_due_back_at_idx";

-- [1055/1605] drop index asset_transactions_asset_id_checked_out_at_idx on resources.asset_transactions (schemas/resources.yaml:84:16)
DROP INDEX "resources"."asset_transactions_asset_id_checked_out_at_idx";

-- [1056/1605] drop index asset_transactions_created_by_idx on resources.asset_transactions (schemas/core.yaml:87:16)
DROP INDEX "resources"."asset_transactions_created_by_idx";

-- [1057/1605] drop index asset_transactions_workspace_id_idx on resources.asset_transactions (schemas/core.yaml:85:16)
DROP INDEX "resources"."asset_transactions_workspace_id_idx";

-- [1058/1605] drop index asset_transactions_organization_id_idx on resources.asset_transactions (schemas/resources.yaml:60:23)
DROP INDEX "resources"."asset_transactions_organization_id_idx";

-- [1059/1605] drop index asset_maintenance_custom_fields_idx on resources.asset_maintenance (schemas/resources.yaml:97:68)
DROP INDEX "resources"."asset_maintenance_custom_fields_idx";

-- [1060/1605] drop index asset_maintenance_vendor_company_id_idx on resources.asset_maintenance (schemas/resources.yaml:117:16)
DROP INDEX "resources"."asset_maintenance_vendor_company_id_idx";

-- [1061/1605] drop index asset_maintenance_workspace_id_scheduled_for_idx on resources.asset_maintenance (schemas/resources.yaml:115:16)
DROP INDEX "resources"."asset_maintenance_workspace_id_scheduled_for_idx";

-- [1062/1605] drop index asset_maintenance_asset_id_scheduled_for_idx on resources.asset_maintenance (schemas/resources.yaml:114:9)
DROP INDEX "resources"."asset_maintenance_asset_id_scheduled_for_idx";

-- [1063/1605] drop index asset_maintenance_created_by_idx on resources.asset_maintenance (schemas/core.yaml:87:16)
DROP INDEX "resources"."asset_maintenance_created_by_idx";

-- [1064/1605] drop index asset_maintenance_workspace_id_idx on resources.asset_maintenance (schemas/core.yaml:85:16)
DROP INDEX "resources"."asset_maintenance_workspace_id_idx";

-- [1065/1605] drop index asset_maintenance_organization_id_idx on resources.asset_maintenance (schemas/resources.yaml:97:23)
DROP INDEX "resources"."asset_maintenance_organization_id_idx";

-- [1066/1605] drop index training_records_custom_fields_idx on production.training_records (schemas/production.yaml:407:68)
DROP INDEX "production"."training_records_custom_fields_idx";

-- [1067/1605] drop index training_records_certificate_file_id_idx on production.training_records (schemas/production.yaml:427:16)
DROP INDEX "production"."training_records_certificate_file_id_idx";

-- [1068/1605] drop index training_records_organization_id_expires_on_idx on production.training_records (schemas/production.yaml:425:16)
DROP INDEX "production"."training_records_organization_id_expires_on_idx";

-- [1069/1605] drop index training_records_personnel_id_idx on production.training_records (schemas/production.yaml:424:9)
DROP INDEX "production"."training_records_personnel_id_idx";

-- [1070/1605] drop index training_records_created_by_idx on production.training_records (schemas/core.yaml:87:16)
DROP INDEX "production"."training_records_created_by_idx";

-- [1071/1605] drop index training_records_workspace_id_idx on production.training_records (schemas/core.yaml:85:16)
DROP INDEX "production"."training_records_workspace_id_idx";

-- [1072/1605] drop index training_records_organization_id_idx on production.training_records (schemas/production.yaml:407:23)
DROP INDEX "production"."training_records_organization_id_idx";

-- [1073/1605] drop index time_entries_custom_fields_idx on production.time_entries (schemas/production.yaml:379:68)
DROP INDEX "production"."time_entries_custom_fields_idx";

-- [1074/1605] drop index time_entries_project_task_id_idx on production.time_entries (schemas/production.yaml:403:16)
DROP INDEX "production"."time_entries_project_task_id_idx";

-- [1075/1605] drop index time_entries_production_id_work_date_idx on production.time_entries (schemas/production.yaml:401:16)
DROP INDEX "production"."time_entries_production_id_work_date_idx";

-- [1076/1605] drop index time_entries_personnel_id_work_date_idx on production.time_entries (schemas/production.yaml:400:9)
DROP INDEX "production"."time_entries_personnel_id_work_date_idx";

-- [1077/1605] drop index time_entries_created_by_idx on production.time_entries (schemas/core.yaml:87:16)
DROP INDEX "production"."time_entries_created_by_idx";

-- [1078/1605] drop index time_entries_workspace_id_idx on production.time_entries (schemas/core.yaml:85:16)
DROP INDEX "production"."time_entries_workspace_id_idx";

-- [1079/1605] drop index time_entries_organization_id_idx on production.time_entries (schemas/production.yaml:379:23)
DROP INDEX "production"."time_entries_organization_id_idx";

-- [1080/1605] drop index teams_custom_fields_idx on production.teams (schemas/production.yaml:327:68)
DROP INDEX "production"."teams_custom_fields_idx";

-- [1081/1605] drop index teams_lead_id_idx on production.teams (schemas/production.yaml:338:16)
DROP INDEX "production"."teams_lead_id_idx";

-- [1082/1605] drop index teams_created_by_idx on production.teams (schemas/core.yaml:87:16)
DROP INDEX "production"."teams_created_by_idx";

-- [1083/1605] drop index teams_workspace_id_idx on production.teams (schemas/core.yaml:85:16)
DROP INDEX "production"."teams_workspace_id_idx";

-- [1084/1605] drop index teams_organization_id_idx on production.teams (schemas/production.yaml:327:23)
DROP INDEX "production"."teams_organization_id_idx";

-- [1085/1605] drop index team_members_custom_fields_idx on production.team_members (schemas/production.yaml:342:68)
DROP INDEX "production"."team_members_custom_fields_idx";

-- [1086/1605] drop index team_members_personnel_id_idx on production.team_members (schemas/production.yaml:354:9)
DROP INDEX "production"."team_members_personnel_id_idx";

-- [1087/1605] drop index team_members_created_by_idx on production.team_members (schemas/core.yaml:87:16)
DROP INDEX "production"."team_members_created_by_idx";

-- [1088/1605] drop index team_members_workspace_id_idx on production.team_members (schemas/core.yaml:85:16)
DROP INDEX "production"."team_members_workspace_id_idx";

-- [1089/1605] drop index team_members_organization_id_idx on production.team_members (schemas/production.yaml:342:23)
DROP INDEX "production"."team_members_organization_id_idx";

-- [1090/1605] drop index run_of_show_custom_fields_idx on production.run_of_show (schemas/production.yaml:206:68)
DROP INDEX "production"."run_of_show_custom_fields_idx";

-- [1091/1605] drop index run_of_show_responsible_id_idx on production.run_of_show (schemas/production.yaml:227:16)
DROP INDEX "production"."run_of_show_responsible_id_idx";

-- [1092/1605] drop index run_of_show_created_by_idx on production.run_of_show (schemas/core.yaml:87:16)
DROP INDEX "production"."run_of_show_created_by_idx";

-- [1093/1605] drop index run_of_show_workspace_id_idx on production.run_of_show (schemas/core.yaml:85:16)
DROP INDEX "production"."run_of_show_workspace_id_idx";

-- [1094/1605] drop index run_of_show_organization_id_idx on production.run_of_show (schemas/production.yaml:206:23)
DROP INDEX "production"."run_of_show_organization_id_idx";

-- [1095/1605] drop index project_tasks_custom_fields_idx on production.project_tasks (schemas/production.yaml:68:68)
DROP INDEX "production"."project_tasks_custom_fields_idx";

-- [1096/1605] drop index project_tasks_parent_task_id_idx on production.project_tasks (schemas/production.yaml:99:16)
DROP INDEX "production"."project_tasks_parent_task_id_idx";

-- [1097/1605] drop index project_tasks_assignee_id_due_date_idx on production.project_tasks (schemas/production.yaml:97:16)
DROP INDEX "production"."project_tasks_assignee_id_due_date_idx";

-- [1098/1605] drop index project_tasks_production_id_status_idx on production.project_tasks (schemas/production.yaml:96:9)
DROP INDEX "production"."project_tasks_production_id_status_idx";

-- [1099/1605] drop index project_tasks_created_by_idx on production.project_tasks (schemas/core.yaml:87:16)
DROP INDEX "production"."project_tasks_created_by_idx";

-- [1100/1605] drop index project_tasks_workspace_id_idx on production.project_tasks (schemas/core.yaml:85:16)
DROP INDEX "production"."project_tasks_workspace_id_idx";

-- [1101/1605] drop index project_tasks_organization_id_idx on production.project_tasks (schemas/production.yaml:68:23)
DROP INDEX "production"."project_tasks_organization_id_idx";

-- [1102/1605] drop index project_safety_custom_fields_idx on production.project_safety (schemas/production.yaml:143:68)
DROP INDEX "production"."project_safety_custom_fields_idx";

-- [1103/1605] drop index project_safety_reviewed_by_idx on production.project_safety (schemas/production.yaml:159:16)
DROP INDEX "production"."project_safety_reviewed_by_idx";

-- [1104/1605] drop index project_safety_production_id_risk_level_idx on production.project_safety (schemas/production.yaml:158:9)
DROP INDEX "production"."project_safety_production_id_risk_level_idx";

-- [1105/1605] drop index project_safety_created_by_idx on production.project_safety (schemas/core.yaml:87:16)
DROP INDEX "production"."project_safety_created_by_idx";

-- [1106/1605] drop index project_safety_workspace_id_idx on production.project_safety (schemas/core.yaml:85:16)
DROP INDEX "production"."project_safety_workspace_id_idx";

-- [1107/1605] drop index project_safety_organization_id_idx on production.project_safety (schemas/production.yaml:143:23)
DROP INDEX "production"."project_safety_organization_id_idx";

-- [1108/1605] drop index project_milestones_custom_fields_idx on production.project_milestones (schemas/production.yaml:103:68)
DROP INDEX "production"."project_milestones_custom_fields_idx";

-- [1109/1605] drop index project_milestones_production_id_due_date_idx on production.project_milestones (schemas/production.yaml:115:9)
DROP INDEX "production"."project_milestones_production_id_due_date_idx";

-- [1110/1605] drop index project_milestones_created_by_idx on production.project_milestones (schemas/core.yaml:87:16)
DROP INDEX "production"."project_milestones_created_by_idx";

-- [1111/1605] drop index project_milestones_workspace_id_idx on production.project_milestones (schemas/core.yaml:85:16)
DROP INDEX "production"."project_milestones_workspace_id_idx";

-- [1112/1605] drop index project_milestones_organization_id_idx on production.project_milestones (schemas/production.yaml:103:23)
DROP INDEX "production"."project_milestones_organization_id_idx";

-- [1113/1605] drop index project_compliance_custom_fields_idx on production.project_compliance (schemas/production.yaml:118:68)
DROP INDEX "production"."project_compliance_custom_fields_idx";

-- [1114/1605] drop index project_compliance_document_file_id_idx on production.project_compliance (schemas/production.yaml:139:16)
DROP INDEX "production"."project_compliance_document_file_id_idx";

-- [1115/1605] drop index project_compliance_organization_id_expires_on_idx on production.project_compliance (schemas/production.yaml:137:16)
DROP INDEX "production"."project_compliance_organization_id_expires_on_idx";

-- [1116/1605] drop index project_compliance_production_id_idx on production.project_compliance (schemas/production.yaml:136:9)
DROP INDEX "production"."project_compliance_production_id_idx";

-- [1117/1605] drop index project_compliance_created_by_idx on production.project_compliance (schemas/core.yaml:87:16)
DROP INDEX "production"."project_compliance_created_by_idx";

-- [1118/1605] drop index project_compliance_workspace_id_idx on production.project_compliance (schemas/core.yaml:85:16)
DROP INDEX "production"."project_compliance_workspace_id_idx";

-- [1119/1605] drop index project_compliance_organization_id_idx on production.project_compliance (schemas/production.yaml:118:23)
DROP INDEX "production"."project_compliance_organization_id_idx";

-- [1120/1605] drop index productions_custom_fields_idx on production.productions (schemas/production.yaml:29:68)
DROP INDEX "production"."productions_custom_fields_idx";

-- [1121/1605] drop index productions_producer_id_idx on production.productions (schemas/production.yaml:64:16)
DROP INDEX "production"."productions_producer_id_idx";

-- [1122/1605] drop index productions_venue_location_id_idx on production.productions (schemas/production.yaml:62:16)
DROP INDEX "production"."productions_venue_location_id_idx";

-- [1123/1605] drop index productions_organization_id_code_key on production.productions (schemas/production.yaml:59:16)
DROP INDEX "production"."productions_organization_id_code_key";

-- [1124/1605] drop index productions_workspace_id_start_date_end_date_idx on production.productions (schemas/production.yaml:57:16)
DROP INDEX "production"."productions_workspace_id_start_date_end_date_idx";

-- [1125/1605] drop index idx_productions_search on production.productions (schemas/production.yaml:54:19)
DROP INDEX "production"."idx_productions_search";

-- [1126/1605] drop index idx_productions_status on production.productions (schemas/production.yaml:52:16)
DROP INDEX "production"."idx_productions_status";

-- [1127/1605] drop index productions_created_by_idx on production.productions (schemas/core.yaml:87:16)
DROP INDEX "production"."productions_created_by_idx";

-- [1128/1605] drop index productions_workspace_id_idx on production.productions (schemas/core.yaml:85:16)
DROP INDEX "production"."productions_workspace_id_idx";

-- [1129/1605] drop index productions_organization_id_idx on production.productions (schemas/production.yaml:29:23)
DROP INDEX "production"."productions_organization_id_idx";

-- [1130/1605] drop index personnel_assignments_custom_fields_idx on production.personnel_assignments (schemas/production.yaml:357:68)
DROP INDEX "production"."personnel_assignments_custom_fields_idx";

-- [1131/1605] drop index personnel_assignments_production_id_idx on production.personnel_assignments (schemas/production.yaml:376:9)
DROP INDEX "production"."personnel_assignments_production_id_idx";

-- [1132/1605] drop index personnel_assignments_personnel_id_start_date_idx on production.personnel_assignments (schemas/production.yaml:375:9)
DROP INDEX "production"."personnel_assignments_personnel_id_start_date_idx";

-- [1133/1605] drop index personnel_assignments_created_by_idx on production.personnel_assignments (schemas/core.yaml:87:16)
DROP INDEX "production"."personnel_assignments_created_by_idx";

-- [1134/1605] drop index personnel_assignments_workspace_id_idx on production.personnel_assignments (schemas/core.yaml:85:16)
DROP INDEX "production"."personnel_assignments_workspace_id_idx";

-- [1135/1605] drop index personnel_assignments_organization_id_idx on production.personnel_assignments (schemas/production.yaml:357:23)
DROP INDEX "production"."personnel_assignments_organization_id_idx";

-- [1136/1605] drop index personnel_search_vector_idx on production.personnel (schemas/production.yaml:297:9)
DROP INDEX "production"."personnel_search_vector_idx";

-- [1137/1605] drop index personnel_custom_fields_idx on production.personnel (schemas/production.yaml:296:9)
DROP INDEX "production"."personnel_custom_fields_idx";

-- [1138/1605] drop index personnel_user_id_idx on production.personnel (schemas/production.yaml:323:16)
DROP INDEX "production"."personnel_user_id_idx";

-- [1139/1605] drop index personnel_skills_idx on production.personnel (schemas/production.yaml:321:16)
DROP INDEX "production"."personnel_skills_idx";

-- [1140/1605] drop index personnel_workspace_id_last_name_first_name_idx on production.personnel (schemas/production.yaml:320:9)
DROP INDEX "production"."personnel_workspace_id_last_name_first_name_idx";

-- [1141/1605] drop index personnel_organization_id_email_key on production.personnel (schemas/production.yaml:317:16)
DROP INDEX "production"."personnel_organization_id_email_key";

-- [1142/1605] drop index personnel_created_by_idx on production.personnel (schemas/core.yaml:87:16)
DROP INDEX "production"."personnel_created_by_idx";

-- [1143/1605] drop index personnel_workspace_id_idx on production.personnel (schemas/core.yaml:85:16)
DROP INDEX "production"."personnel_workspace_id_idx";

-- [1144/1605] drop index personnel_organization_id_idx on production.personnel (schemas/production.yaml:293:9)
DROP INDEX "production"."personnel_organization_id_idx";

-- [1145/1605] drop index job_openings_custom_fields_idx on production.job_openings (schemas/production.yaml:431:68)
DROP INDEX "production"."job_openings_custom_fields_idx";

-- [1146/1605] drop index job_openings_location_id_idx on production.job_openings (schemas/production.yaml:453:16)
DROP INDEX "production"."job_openings_location_id_idx";

-- [1147/1605] drop index job_openings_production_id_idx on production.job_openings (schemas/production.yaml:451:16)
DROP INDEX "production"."job_openings_production_id_idx";

-- [1148/1605] drop index job_openings_workspace_id_status_closes_on_idx on production.job_openings (schemas/production.yaml:450:16)
DROP INDEX "production"."job_openings_workspace_id_status_closes_on_idx";

-- [1149/1605] drop index job_openings_created_by_idx on production.job_openings (schemas/core.yaml:87:16)
DROP INDEX "production"."job_openings_created_by_idx";

-- [1150/1605] drop index job_openings_workspace_id_idx on production.job_openings (schemas/core.yaml:85:16)
DROP INDEX "production"."job_openings_workspace_id_idx";

-- [1151/1605] drop index job_openings_organization_id_idx on production.job_openings (schemas/production.yaml:431:23)
DROP INDEX "production"."job_openings_organization_id_idx";

-- [1152/1605] drop index job_applicants_custom_fields_idx on production.job_applicants (schemas/production.yaml:457:68)
DROP INDEX "production"."job_applicants_custom_fields_idx";

-- [1153/1605] drop index job_applicants_resume_file_id_idx on production.job_applicants (schemas/production.yaml:476:16)
DROP INDEX "production"."job_applicants_resume_file_id_idx";

-- [1154/1605] drop index job_applicants_job_opening_id_status_idx on production.job_applicants (schemas/production.yaml:475:9)
DROP INDEX "production"."job_applicants_job_opening_id_status_idx";

-- [1155/1605] drop index job_applicants_created_by_idx on production.job_applicants (schemas/core.yaml:87:16)
DROP INDEX "production"."job_applicants_created_by_idx";

-- [1156/1605] drop index job_applicants_workspace_id_idx on production.job_applicants (schemas/core.yaml:85:16)
DROP INDEX "production"."job_applicants_workspace_id_idx";

-- [1157/1605] drop index job_applicants_organization_id_idx on production.job_applicants (schemas/production.yaml:457:23)
DROP INDEX "production"."job_applicants_organization_id_idx";

-- [1158/1605] drop index incidents_custom_fields_idx on production.incidents (schemas/production.yaml:258:68)
DROP INDEX "production"."incidents_custom_fields_idx";

-- [1159/1605] drop index incidents_location_id_idx on production.incidents (schemas/production.yaml:284:16)
DROP INDEX "production"."incidents_location_id_idx";

-- [1160/1605] drop index incidents_production_id_idx on production.incidents (schemas/production.yaml:282:16)
DROP INDEX "production"."incidents_production_id_idx";

-- [1161/1605] drop index incidents_event_id_idx on production.incidents (schemas/production.yaml:280:16)
DROP INDEX "production"."incidents_event_id_idx";

-- [1162/1605] drop index incidents_workspace_id_status_severity_idx on production.incidents (schemas/production.yaml:278:16)
DROP INDEX "production"."incidents_workspace_id_status_severity_idx";

-- [1163/1605] drop index incidents_created_by_idx on production.incidents (schemas/core.yaml:87:16)
DROP INDEX "production"."incidents_created_by_idx";

-- [1164/1605] drop index incidents_workspace_id_idx on production.incidents (schemas/core.yaml:85:16)
DROP INDEX "production"."incidents_workspace_id_idx";

-- [1165/1605] drop index incidents_organization_id_idx on production.incidents (schemas/production.yaml:258:23)
DROP INDEX "production"."incidents_organization_id_idx";

-- [1166/1605] drop index events_search_vector_idx on production.events (schemas/production.yaml:172:9)
DROP INDEX "production"."events_search_vector_idx";

-- [1167/1605] drop index events_custom_fields_idx on production.events (schemas/production.yaml:171:9)
DROP INDEX "production"."events_custom_fields_idx";

-- [1168/1605] drop index events_location_id_start_time_idx on production.events (schemas/production.yaml:202:16)
DROP INDEX "production"."events_location_id_start_time_idx";

-- [1169/1605] drop index events_location_during_idx on production.events (schemas/production.yaml:198:19)
DROP INDEX "production"."events_location_during_idx";

-- [1170/1605] drop index events_production_id_start_time_idx on production.events (schemas/production.yaml:195:16)
DROP INDEX "production"."events_production_id_start_time_idx";

-- [1171/1605] drop index idx_events_dates on production.events (schemas/production.yaml:193:16)
DROP INDEX "production"."idx_events_dates";

-- [1172/1605] drop index events_created_by_idx on production.events (schemas/core.yaml:87:16)
DROP INDEX "production"."events_created_by_idx";

-- [1173/1605] drop index events_workspace_id_idx on production.events (schemas/core.yaml:85:16)
DROP INDEX "production"."events_workspace_id_idx";

-- [1174/1605] drop index events_organization_id_idx on production.events (schemas/production.yaml:168:9)
DROP INDEX "production"."events_organization_id_idx";

-- [1175/1605] drop index bookings_custom_fields_idx on production.bookings (schemas/production.yaml:231:68)
DROP INDEX "production"."bookings_custom_fields_idx";

-- [1176/1605] drop index bookings_event_id_idx on production.bookings (schemas/production.yaml:254:16)
DROP INDEX "production"."bookings_event_id_idx";

-- [1177/1605] drop index bookings_asset_id_start_time_end_time_idx on production.bookings (schemas/production.yaml:252:16)
DROP INDEX "production"."bookings_asset_id_start_time_end_time_idx";

-- [1178/1605] drop index bookings_location_id_start_time_end_time_idx on production.bookings (schemas/production.yaml:250:16)
DROP INDEX "production"."bookings_location_id_start_time_end_time_idx";

-- [1179/1605] drop index bookings_created_by_idx on production.bookings (schemas/core.yaml:87:16)
DROP INDEX "production"."bookings_created_by_idx";

-- [1180/1605] drop index bookings_workspace_id_idx on production.bookings (schemas/core.yaml:85:16)
DROP INDEX "production"."bookings_workspace_id_idx";

-- [1181/1605] drop index bookings_organization_id_idx on production.bookings (schemas/production.yaml:231:23)
DROP INDEX "production"."bookings_organization_id_idx";

-- [1182/1605] drop index work_history_custom_fields_idx on network.work_history (schemas/network.yaml:77:9)
DROP INDEX "network"."work_history_custom_fields_idx";

-- [1183/1605] drop index work_history_company_id_idx on network.work_history (schemas/network.yaml:96:16)
DROP INDEX "network"."work_history_company_id_idx";

-- [1184/1605] drop index work_history_profile_id_start_date_idx on network.work_history (schemas/network.yaml:95:16)
DROP INDEX "network"."work_history_profile_id_start_date_idx";

-- [1185/1605] drop index work_history_created_by_idx on network.work_history (schemas/core.yaml:87:16)
DROP INDEX "network"."work_history_created_by_idx";

-- [1186/1605] drop index work_history_workspace_id_idx on network.work_history (schemas/core.yaml:85:16)
DROP INDEX "network"."work_history_workspace_id_idx";

-- [1187/1605] drop index work_history_organization_id_idx on network.work_history (schemas/network.yaml:74:9)
DROP INDEX "network"."work_history_organization_id_idx";

-- [1188/1605] drop index user_profiles_custom_fields_idx on network.user_profiles (schemas/network.yaml:32:9)
DROP INDEX "network"."user_profiles_custom_fields_idx";

-- [1189/1605] drop index user_profiles_skills_idx on network.user_profiles (schemas/network.yaml:48:16)
DROP INDEX "network"."user_profiles_skills_idx";

-- [1190/1605] drop index user_profiles_user_id_idx on network.user_profiles (schemas/network.yaml:47:9)
DROP INDEX "network"."user_profiles_user_id_idx";

-- [1191/1605] drop index user_profiles_created_by_idx on network.user_profiles (schemas/core.yaml:87:16)
DROP INDEX "network"."user_profiles_created_by_idx";

-- [1192/1605] drop index user_profiles_workspace_id_idx on network.user_profiles (schemas/core.yaml:85:16)
DROP INDEX "network"."user_profiles_workspace_id_idx";

-- [1193/1605] drop index user_profiles_organization_id_idx on network.user_profiles (schemas/network.yaml:29:9)
DROP INDEX "network"."user_profiles_organization_id_idx";

-- [1194/1605] drop index post_reactions_custom_fields_idx on network.post_reactions (schemas/network.yaml:208:68)
DROP INDEX "network"."post_reactions_custom_fields_idx";

-- [1195/1605] drop index post_reactions_user_id_idx on network.post_reactions (schemas/network.yaml:219:9)
DROP INDEX "network"."post_reactions_user_id_idx";

-- [1196/1605] drop index post_reactions_created_by_idx on network.post_reactions (schemas/core.yaml:87:16)
DROP INDEX "network"."post_reactions_created_by_idx";

-- [1197/1605] drop index post_reactions_workspace_id_idx on network.post_reactions (schemas/core.yaml:85:16)
DROP INDEX "network"."post_reactions_workspace_id_idx";

-- [1198/1605] drop index post_reactions_organization_id_idx on network.post_reactions (schemas/network.yaml:208:23)
DROP INDEX "network"."post_reactions_organization_id_idx";

-- [1199/1605] drop index marketplace_reviews_custom_fields_idx on network.marketplace_reviews (schemas/network.yaml:290:68)
DROP INDEX "network"."marketplace_reviews_custom_fields_idx";

-- [1200/1605] drop index marketplace_reviews_order_id_idx on network.marketplace_reviews (schemas/network.yaml:306:16)
DROP INDEX "network"."marketplace_reviews_order_id_idx";

-- [1201/1605] drop index marketplace_reviews_reviewer_id_idx on network.marketplace_reviews (schemas/network.yaml:305:9)
DROP INDEX "network"."marketplace_reviews_reviewer_id_idx";

-- [1202/1605] drop index marketplace_reviews_created_by_idx on network.marketplace_reviews (schemas/core.yaml:87:16)
DROP INDEX "network"."marketplace_reviews_created_by_idx";

-- [1203/1605] drop index marketplace_reviews_workspace_id_idx on network.marketplace_reviews (schemas/core.yaml:85:16)
DROP INDEX "network"."marketplace_reviews_workspace_id_idx";

-- [1204/1605] drop index marketplace_reviews_organization_id_idx on network.marketplace_reviews (schemas/network.yaml:290:23)
DROP INDEX "network"."marketplace_reviews_organization_id_idx";

-- [1205/1605] drop index marketplace_orders_custom_fields_idx on network.marketplace_orders (schemas/network.yaml:270:68)
DROP INDEX "network"."marketplace_orders_custom_fields_idx";

-- [1206/1605] drop index marketplace_orders_buyer_id_ordered_at_idx on network.marketplace_orders (schemas/network.yaml:287:16)
DROP INDEX "network"."marketplace_orders_buyer_id_ordered_at_idx";

-- [1207/1605] drop index marketplace_orders_listing_id_status_idx on network.marketplace_orders (schemas/network.yaml:286:9)
DROP INDEX "network"."marketplace_orders_listing_id_status_idx";

-- [1208/1605] drop index marketplace_orders_created_by_idx on network.marketplace_orders (schemas/core.yaml:87:16)
DROP INDEX "network"."marketplace_orders_created_by_idx";

-- [1209/1605] drop index marketplace_orders_workspace_id_idx on network.marketplace_orders (schemas/core.yaml:85:16)
DROP INDEX "network"."marketplace_orders_workspace_id_idx";

-- [1210/1605] drop index marketplace_orders_organization_id_idx on network.marketplace_orders (schemas/network.yaml:270:23)
DROP INDEX "network"."marketplace_orders_organization_id_idx";

-- [1211/1605] drop index marketplace_listings_search_vector_idx on network.marketplace_listings (schemas/network.yaml:252:9)
DROP INDEX "network"."marketplace_listings_search_vector_idx";

-- [1212/1605] drop index marketplace_listings_custom_fields_idx on network.marketplace_listings (schemas/network.yaml:251:9)
DROP INDEX "network"."marketplace_listings_custom_fields_idx";

-- [1213/1605] drop index marketplace_listings_workspace_id_category_price_idx on network.marketplace_listings (schemas/network.yaml:266:16)
DROP INDEX "network"."marketplace_listings_workspace_id_category_price_idx";

-- [1214/1605] drop index marketplace_listings_created_by_idx on network.marketplace_listings (schemas/core.yaml:87:16)
DROP INDEX "network"."marketplace_listings_created_by_idx";

-- [1215/1605] drop index marketplace_listings_workspace_id_idx on network.marketplace_listings (schemas/core.yaml:85:16)
DROP INDEX "network"."marketplace_listings_workspace_id_idx";

-- [1216/1605] drop index marketplace_listings_organization_id_idx on network.marketplace_listings (schemas/network.yaml:248:9)
DROP INDEX "network"."marketplace_listings_organization_id_idx";

-- [1217/1605] drop index endorsements_custom_fields_idx on network.endorsements (schemas/network.yaml:57:9)
DROP INDEX "network"."endorsements_custom_fields_idx";

-- [1218/1605] drop index endorsements_endorser_id_idx on network.endorsements (schemas/network.yaml:69:9)
DROP INDEX "network"."endorsements_endorser_id_idx";

-- [1219/1605] drop index endorsements_created_by_idx on network.endorsements (schemas/core.yaml:87:16)
DROP INDEX "network"."endorsements_created_by_idx";

-- [1220/1605] drop index endorsements_workspace_id_idx on network.endorsements (schemas/core.yaml:85:16)
DROP INDEX "network"."endorsements_workspace_id_idx";

-- [1221/1605] drop index endorsements_organization_id_idx on network.endorsements (schemas/network.yaml:54:9)
DROP INDEX "network"."endorsements_organization_id_idx";

-- [1222/1605] drop index contracts_custom_fields_idx on network.contracts (schemas/network.yaml:151:68)
DROP INDEX "network"."contracts_custom_fields_idx";

-- [1223/1605] drop index contracts_file_id_idx on network.contracts (schemas/network.yaml:179:16)
DROP INDEX "network"."contracts_file_id_idx";

-- [1224/1605] drop index contracts_production_id_idx on network.contracts (schemas/network.yaml:177:16)
DROP INDEX "network"."contracts_production_id_idx";

-- [1225/1605] drop index contracts_workspace_id_end_date_idx on network.contracts (schemas/network.yaml:175:16)
DROP INDEX "network"."contracts_workspace_id_end_date_idx";

-- [1226/1605] drop index contracts_company_id_status_idx on network.contracts (schemas/network.yaml:174:9)
DROP INDEX "network"."contracts_company_id_status_idx";

-- [1227/1605] drop index contracts_created_by_idx on network.contracts (schemas/core.yaml:87:16)
DROP INDEX "network"."contracts_created_by_idx";

-- [1228/1605] drop index contracts_workspace_id_idx on network.contracts (schemas/core.yaml:85:16)
DROP INDEX "network"."contracts_workspace_id_idx";

-- [1229/1605] drop index contracts_organization_id_idx on network.contracts (schemas/network.yaml:151:23)
DROP INDEX "network"."contracts_organization_id_idx";

-- [1230/1605] drop index connections_custom_fields_idx on network.connections (schemas/network.yaml:227:9)
DROP INDEX "network"."connections_custom_fields_idx";

-- [1231/1605] drop index connections_addressee_id_status_idx on network.connections (schemas/network.yaml:240:9)
DROP INDEX "network"."connections_addressee_id_status_idx";

-- [1232/1605] drop index connections_requester_id_idx on network.connections (schemas/network.yaml:239:9)
DROP INDEX "network"."connections_requester_id_idx";

-- [1233/1605] drop index connections_created_by_idx on network.connections (schemas/core.yaml:87:16)
DROP INDEX "network"."connections_created_by_idx";

-- [1234/1605] drop index connections_workspace_id_idx on network.connections (schemas/core.yaml:85:16)
DROP INDEX "network"."connections_workspace_id_idx";

-- [1235/1605] drop index connections_organization_id_idx on network.connections (schemas/network.yaml:224:9)
DROP INDEX "network"."connections_organization_id_idx";

-- [1236/1605] drop index company_contacts_custom_fields_idx on network.company_contacts (schemas/network.yaml:131:68)
DROP INDEX "network"."company_contacts_custom_fields_idx";

-- [1237/1605] drop index company_contacts_one_primary_key on network.company_contacts (schemas/network.yaml:145:16)
DROP INDEX "network"."company_contacts_one_primary_key";

-- [1238/1605] drop index company_contacts_company_id_idx on network.company_contacts (schemas/network.yaml:144:9)
DROP INDEX "network"."company_contacts_company_id_idx";

-- [1239/1605] drop index company_contacts_created_by_idx on network.company_contacts (schemas/core.yaml:87:16)
DROP INDEX "network"."company_contacts_created_by_idx";

-- [1240/1605] drop index company_contacts_workspace_id_idx on network.company_contacts (schemas/core.yaml:85:16)
DROP INDEX "network"."company_contacts_workspace_id_idx";

-- [1241/1605] drop index company_contacts_organization_id_idx on network.company_contacts (schemas/network.yaml:131:23)
DROP INDEX "network"."company_contacts_organization_id_idx";

-- [1242/1605] drop index companies_search_vector_idx on network.companies (schemas/network.yaml:109:9)
DROP INDEX "network"."companies_search_vector_idx";

-- [1243/1605] drop index companies_custom_fields_idx on network.companies (schemas/network.yaml:108:9)
DROP INDEX "network"."companies_custom_fields_idx";

-- [1244/1605] drop index companies_organization_id_tax_id_key on network.companies (schemas/network.yaml:126:16)
DROP INDEX "network"."companies_organization_id_tax_id_key";

-- [1245/1605] drop index companies_workspace_id_company_type_status_idx on network.companies (schemas/network.yaml:125:9)
DROP INDEX "network"."companies_workspace_id_company_type_status_idx";

-- [1246/1605] drop index companies_created_by_idx on network.companies (schemas/core.yaml:87:16)
DROP INDEX "network"."companies_created_by_idx";

-- [1247/1605] drop index companies_workspace_id_idx on network.companies (schemas/core.yaml:85:16)
DROP INDEX "network"."companies_workspace_id_idx";

-- [1248/1605] drop index companies_organization_id_idx on network.companies (schemas/network.yaml:105:9)
DROP INDEX "network"."companies_organization_id_idx";

-- [1249/1605] drop index community_posts_search_vector_idx on network.community_posts (schemas/network.yaml:192:9)
DROP INDEX "network"."community_posts_search_vector_idx";

-- [1250/1605] drop index community_posts_custom_fields_idx on network.community_posts (schemas/network.yaml:191:9)
DROP INDEX "network"."community_posts_custom_fields_idx";

-- [1251/1605] drop index community_posts_tags_idx on network.community_posts (schemas/network.yaml:204:16)
DROP INDEX "network"."community_posts_tags_idx";

-- [1252/1605] drop index community_posts_workspace_id_is_pinned_created_at_idx on network.community_posts (schemas/network.yaml:202:16)
DROP INDEX "network"."community_posts_workspace_id_is_pinned_created_at_idx";

-- [1253/1605] drop index community_posts_created_by_idx on network.community_posts (schemas/core.yaml:87:16)
DROP INDEX "network"."community_posts_created_by_idx";

-- [1254/1605] drop index community_posts_workspace_id_idx on network.community_posts (schemas/core.yaml:85:16)
DROP INDEX "network"."community_posts_workspace_id_idx";

-- [1255/1605] drop index community_posts_organization_id_idx on network.community_posts (schemas/network.yaml:188:9)
DROP INDEX "network"."community_posts_organization_id_idx";

-- [1256/1605] drop index rfqs_custom_fields_idx on finance.rfqs (schemas/finance.yaml:370:68)
DROP INDEX "finance"."rfqs_custom_fields_idx";

-- [1257/1605] drop index rfqs_invited_company_ids_idx on finance.rfqs (schemas/finance.yaml:395:16)
DROP INDEX "finance"."rfqs_invited_company_ids_idx";

-- [1258/1605] drop index rfqs_awarded_company_id_idx on finance.rfqs (schemas/finance.yaml:393:16)
DROP INDEX "finance"."rfqs_awarded_company_id_idx";

-- [1259/1605] drop index rfqs_requisition_id_idx on finance.rfqs (schemas/finance.yaml:391:16)
DROP INDEX "finance"."rfqs_requisition_id_idx";

-- [1260/1605] drop index rfqs_workspace_id_status_idx on finance.rfqs (schemas/finance.yaml:390:9)
DROP INDEX "finance"."rfqs_workspace_id_status_idx";

-- [1261/1605] drop index rfqs_created_by_idx on finance.rfqs (schemas/core.yaml:87:16)
DROP INDEX "finance"."rfqs_created_by_idx";

-- [1262/1605] drop index rfqs_workspace_id_idx on finance.rfqs (schemas/core.yaml:85:16)
DROP INDEX "finance"."rfqs_workspace_id_idx";

-- [1263/1605] drop index rfqs_organization_id_idx on finance.rfqs (schemas/finance.yaml:370:23)
DROP INDEX "finance"."rfqs_organization_id_idx";

-- [1264/1605] drop index requisitions_custom_fields_idx on finance.requisitions (schemas/finance.yaml:335:68)
DROP INDEX "finance"."requisitions_custom_fields_idx";

-- [1265/1605] drop index requisitions_production_id_idx on finance.requisitions (schemas/finance.yaml:349:16)
DROP INDEX "finance"."requisitions_production_id_idx";

-- [1266/1605] drop index requisitions_workspace_id_status_idx on finance.requisitions (schemas/finance.yaml:348:9)
DROP INDEX "finance"."requisitions_workspace_id_status_idx";

-- [1267/1605] drop index requisitions_created_by_idx on finance.requisitions (schemas/core.yaml:87:16)
DROP INDEX "finance"."requisitions_created_by_idx";

-- [1268/1605] drop index requisitions_workspace_id_idx on finance.requisitions (schemas/core.yaml:85:16)
DROP INDEX "finance"."requisitions_workspace_id_idx";

-- [1269/1605] drop index requisitions_organization_id_idx on finance.requisitions (schemas/finance.yaml:335:23)
DROP INDEX "finance"."requisitions_organization_id_idx";

-- [1270/1605] drop index requisition_items_custom_fields_idx on finance.requisition_items (schemas/finance.yaml:353:68)
DROP INDEX "finance"."requisition_items_custom_fields_idx";

-- [1271/1605] drop index requisition_items_preferred_company_id_idx on finance.requisition_items (schemas/finance.yaml:366:16)
DROP INDEX "finance"."requisition_items_preferred_company_id_idx";

-- [1272/1605] drop index requisition_items_requisition_id_idx on finance.requisition_items (schemas/finance.yaml:365:9)
DROP INDEX "finance"."requisition_items_requisition_id_idx";

-- [1273/1605] drop index requisition_items_created_by_idx on finance.requisition_items (schemas/core.yaml:87:16)
DROP INDEX "finance"."requisition_items_created_by_idx";

-- [1274/1605] drop index requisition_items_workspace_id_idx on finance.requisition_items (schemas/core.yaml:85:16)
DROP INDEX "finance"."requisition_items_workspace_id_idx";

-- [1275/1605] drop index requisition_items_organization_id_idx on finance.requisition_items (schemas/finance.yaml:353:23)
DROP INDEX "finance"."requisition_items_organization_id_idx";

-- [1276/1605] drop index purchase_orders_custom_fields_idx on finance.purchase_orders (schemas/finance.yaml:170:68)
DROP INDEX "finance"."purchase_orders_custom_fields_idx";

-- [1277/1605] drop index purchase_orders_approved_by_idx on finance.purchase_orders (schemas/finance.yaml:198:16)
DROP INDEX "finance"."purchase_orders_approved_by_idx";

-- [1278/1605] drop index purchase_orders_requisition_id_idx on finance.purchase_orders (schemas/finance.yaml:196:16)
DROP INDEX "finance"."purchase_orders_requisition_id_idx";

-- [1279/1605] drop index purchase_orders_production_id_idx on finance.purchase_orders (schemas/finance.yaml:194:16)
DROP INDEX "finance"."purchase_orders_production_id_idx";

-- [1280/1605] drop index purchase_orders_company_id_idx on finance.purchase_orders (schemas/finance.yaml:193:9)
DROP INDEX "finance"."purchase_orders_company_id_idx";

-- [1281/1605] drop index purchase_orders_workspace_id_status_idx on finance.purchase_orders (schemas/finance.yaml:192:9)
DROP INDEX "finance"."purchase_orders_workspace_id_status_idx";

-- [1282/1605] drop index purchase_orders_created_by_idx on finance.purchase_orders (schemas/core.yaml:87:16)
DROP INDEX "finance"."purchase_orders_created_by_idx";

-- [1283/1605] drop index purchase_orders_workspace_id_idx on finance.purchase_orders (schemas/core.yaml:85:16)
DROP INDEX "finance"."purchase_orders_workspace_id_idx";

-- [1284/1605] drop index purchase_orders_organization_id_idx on finance.purchase_orders (schemas/finance.yaml:170:23)
DROP INDEX "finance"."purchase_orders_organization_id_idx";

-- [1285/1605] drop index po_items_custom_fields_idx on finance.po_items (schemas/finance.yaml:202:68)
DROP INDEX "finance"."po_items_custom_fields_idx";

-- [1286/1605] drop index po_items_budget_line_item_id_idx on finance.po_items (schemas/finance.yaml:217:16)
DROP INDEX "finance"."po_items_budget_line_item_id_idx";

-- [1287/1605] drop index po_items_purchase_order_id_idx on finance.po_items (schemas/finance.yaml:216:9)
DROP INDEX "finance"."po_items_purchase_order_id_idx";

-- [1288/1605] drop index po_items_created_by_idx on finance.po_items (schemas/core.yaml:87:16)
DROP INDEX "finance"."po_items_created_by_idx";

-- [1289/1605] drop index po_items_workspace_id_idx on finance.po_items (schemas/core.yaml:85:16)
DROP INDEX "finance"."po_items_workspace_id_idx";

-- [1290/1605] drop index po_items_organization_id_idx on finance.po_items (schemas/finance.yaml:202:23)
DROP INDEX "finance"."po_items_organization_id_idx";

-- [1291/1605] drop index payroll_records_custom_fields_idx on finance.payroll_records (schemas/finance.yaml:290:68)
DROP INDEX "finance"."payroll_records_custom_fields_idx";

-- [1292/1605] drop index payroll_records_workspace_id_status_idx on finance.payroll_records (schemas/finance.yaml:313:16)
DROP INDEX "finance"."payroll_records_workspace_id_status_idx";

-- [1293/1605] drop index payroll_records_workspace_id_pay_period_start_idx on finance.payroll_records (schemas/finance.yaml:312:9)
DROP INDEX "finance"."payroll_records_workspace_id_pay_period_start_idx";

-- [1294/1605] drop index payroll_records_created_by_idx on finance.payroll_records (schemas/core.yaml:87:16)
DROP INDEX "finance"."payroll_records_created_by_idx";

-- [1295/1605] drop index payroll_records_workspace_id_idx on finance.payroll_records (schemas/core.yaml:85:16)
DROP INDEX "finance"."payroll_records_workspace_id_idx";

-- [1296/1605] drop index payroll_records_organization_id_idx on finance.payroll_records (schemas/finance.yaml:290:23)
DROP INDEX "finance"."payroll_records_organization_id_idx";

-- [1297/1605] drop index payroll_items_custom_fields_idx on finance.payroll_items (schemas/finance.yaml:317:68)
DROP INDEX "finance"."payroll_items_custom_fields_idx";

-- [1298/1605] drop index payroll_items_payroll_record_id_item_type_idx on finance.payroll_items (schemas/finance.yaml:329:9)
DROP INDEX "finance"."payroll_items_payroll_record_id_item_type_idx";

-- [1299/1605] drop index payroll_items_created_by_idx on finance.payroll_items (schemas/core.yaml:87:16)
DROP INDEX "finance"."payroll_items_created_by_idx";

-- [1300/1605] drop index payroll_items_workspace_id_idx on finance.payroll_items (schemas/core.yaml:85:16)
DROP INDEX "finance"."payroll_items_workspace_id_idx";

-- [1301/1605] drop index payroll_items_organization_id_idx on finance.payroll_items (schemas/finance.yaml:317:23)
DROP INDEX "finance"."payroll_items_organization_id_idx";

-- [1302/1605] drop index payment_methods_custom_fields_idx on finance.payment_methods (schemas/finance.yaml:221:68)
DROP INDEX "finance"."payment_methods_custom_fields_idx";

-- [1303/1605] drop index payment_methods_one_default_key on finance.payment_methods (schemas/finance.yaml:232:16)
DROP INDEX "finance"."payment_methods_one_default_key";

-- [1304/1605] drop index payment_methods_created_by_idx on finance.payment_methods (schemas/core.yaml:87:16)
DROP INDEX "finance"."payment_methods_created_by_idx";

-- [1305/1605] drop index payment_methods_workspace_id_idx on finance.payment_methods (schemas/core.yaml:85:16)
DROP INDEX "finance"."payment_methods_workspace_id_idx";

-- [1306/1605] drop index payment_methods_organization_id_idx on finance.payment_methods (schemas/finance.yaml:221:23)
DROP INDEX "finance"."payment_methods_organization_id_idx";

-- [1307/1605] drop index invoices_custom_fields_idx on finance.invoices (schemas/finance.yaml:118:68)
DROP INDEX "finance"."invoices_custom_fields_idx";

-- [1308/1605] drop index invoices_production_id_idx on finance.invoices (schemas/finance.yaml:146:16)
DROP INDEX "finance"."invoices_production_id_idx";

-- [1309/1605] drop index invoices_company_id_idx on finance.invoices (schemas/finance.yaml:145:9)
DROP INDEX "finance"."invoices_company_id_idx";

-- [1310/1605] drop index invoices_workspace_id_status_due_date_idx on finance.invoices (schemas/finance.yaml:144:9)
DROP INDEX "finance"."invoices_workspace_id_status_due_date_idx";

-- [1311/1605] drop index invoices_created_by_idx on finance.invoices (schemas/core.yaml:87:16)
DROP INDEX "finance"."invoices_created_by_idx";

-- [1312/1605] drop index invoices_workspace_id_idx on finance.invoices (schemas/core.yaml:85:16)
DROP INDEX "finance"."invoices_workspace_id_idx";

-- [1313/1605] drop index invoices_organization_id_idx on finance.invoices (schemas/finance.yaml:118:23)
DROP INDEX "finance"."invoices_organization_id_idx";

-- [1314/1605] drop index invoice_items_custom_fields_idx on finance.invoice_items (schemas/finance.yaml:150:68)
DROP INDEX "finance"."invoice_items_custom_fields_idx";

-- [1315/1605] drop index invoice_items_invoice_id_position_idx on finance.invoice_items (schemas/finance.yaml:162:9)
DROP INDEX "finance"."invoice_items_invoice_id_position_idx";

-- [1316/1605] drop index invoice_items_created_by_idx on finance.invoice_items (schemas/core.yaml:87:16)
DROP INDEX "finance"."invoice_items_created_by_idx";

-- [1317/1605] drop index invoice_items_workspace_id_idx on finance.invoice_items (schemas/core.yaml:85:16)
DROP INDEX "finance"."invoice_items_workspace_id_idx";

-- [1318/1605] drop index invoice_items_organization_id_idx on finance.invoice_items (schemas/finance.yaml:150:23)
DROP INDEX "finance"."invoice_items_organization_id_idx";

-- [1319/1605] drop index financial_transactions_custom_fields_idx on finance.financial_transactions (schemas/finance.yaml:67:68)
DROP INDEX "finance"."financial_transactions_custom_fields_idx";

-- [1320/1605] drop index financial_transactions_payment_method_id_idx on finance.financial_transactions (schemas/finance.yaml:114:16)
DROP INDEX "finance"."financial_transactions_payment_method_id_idx";

-- [1321/1605] drop index financial_transactions_payroll_record_id_idx on finance.financial_transactions (schemas/finance.yaml:112:16)
DROP INDEX "finance"."financial_transactions_payroll_record_id_idx";

-- [1322/1605] drop index financial_transactions_expense_report_id_idx on finance.financial_transactions (schemas/finance.yaml:110:16)
DROP INDEX "finance"."financial_transactions_expense_report_id_idx";

-- [1323/1605] drop index financial_transactions_purchase_order_id_idx on finance.financial_transactions (schemas/finance.yaml:108:16)
DROP INDEX "finance"."financial_transactions_purchase_order_id_idx";

-- [1324/1605] drop index financial_transactions_invoice_id_idx on finance.financial_transactions (schemas/finance.yaml:106:16)
DROP INDEX "finance"."financial_transactions_invoice_id_idx";

-- [1325/1605] drop index financial_transactions_company_id_idx on finance.financial_transactions (schemas/finance.yaml:104:16)
DROP INDEX "finance"."financial_transactions_company_id_idx";

-- [1326/1605] drop index financial_transactions_production_id_transaction_date_idx on finance.financial_transactions (schemas/finance.yaml:102:16)
DROP INDEX "finance"."financial_transactions_production_id_transaction_date_idx";

-- [1327/1605] drop index financial_transactions_budget_line_item_id_idx on finance.financial_transactions (schemas/finance.yaml:100:16)
DROP INDEX "finance"."financial_transactions_budget_line_item_id_idx";

-- [1328/1605] drop index financial_transactions_workspace_id_transaction_type_status_idx on finance.financial_transactions (schemas/finance.yaml:99:9)
DROP INDEX "finance"."financial_transactions_workspace_id_transaction_type_status_idx";

-- [1329/1605] drop index financial_transactions_workspace_id_transaction_date_idx on finance.financial_transactions (schemas/finance.yaml:98:9)
DROP INDEX "finance"."financial_transactions_workspace_id_transaction_date_idx";

-- [1330/1605] drop index financial_transactions_created_by_idx on finance.financial_transactions (schemas/core.yaml:87:16)
DROP INDEX "finance"."financial_transactions_created_by_idx";

-- [1331/1605] drop index financial_transactions_workspace_id_idx on finance.financial_transactions (schemas/core.yaml:85:16)
DROP INDEX "finance"."financial_transactions_workspace_id_idx";

-- [1332/1605] drop index financial_transactions_organization_id_idx on finance.financial_transactions (schemas/finance.yaml:67:23)
DROP INDEX "finance"."financial_transactions_organization_id_idx";

-- [1333/1605] drop index expense_reports_custom_fields_idx on finance.expense_reports (schemas/finance.yaml:238:68)
DROP INDEX "finance"."expense_reports_custom_fields_idx";

-- [1334/1605] drop index expense_reports_approved_by_idx on finance.expense_reports (schemas/finance.yaml:262:16)
DROP INDEX "finance"."expense_reports_approved_by_idx";

-- [1335/1605] drop index expense_reports_production_id_idx on finance.expense_reports (schemas/finance.yaml:260:16)
DROP INDEX "finance"."expense_reports_production_id_idx";

-- [1336/1605] drop index expense_reports_workspace_id_status_idx on finance.expense_reports (schemas/finance.yaml:258:16)
DROP INDEX "finance"."expense_reports_workspace_id_status_idx";

-- [1337/1605] drop index expense_reports_personnel_id_status_idx on finance.expense_reports (schemas/finance.yaml:257:9)
DROP INDEX "finance"."expense_reports_personnel_id_status_idx";

-- [1338/1605] drop index expense_reports_created_by_idx on finance.expense_reports (schemas/core.yaml:87:16)
DROP INDEX "finance"."expense_reports_created_by_idx";

-- [1339/1605] drop index expense_reports_workspace_id_idx on finance.expense_reports (schemas/core.yaml:85:16)
DROP INDEX "finance"."expense_reports_workspace_id_idx";

-- [1340/1605] drop index expense_reports_organization_id_idx on finance.expense_reports (schemas/finance.yaml:238:23)
DROP INDEX "finance"."expense_reports_organization_id_idx";

-- [1341/1605] drop index expense_items_custom_fields_idx on finance.expense_items (schemas/finance.yaml:266:68)
DROP INDEX "finance"."expense_items_custom_fields_idx";

-- [1342/1605] drop index expense_items_budget_line_item_id_idx on finance.expense_items (schemas/finance.yaml:286:16)
DROP INDEX "finance"."expense_items_budget_line_item_id_idx";

-- [1343/1605] drop index expense_items_receipt_file_id_idx on finance.expense_items (schemas/finance.yaml:284:16)
DROP INDEX "finance"."expense_items_receipt_file_id_idx";

-- [1344/1605] drop index expense_items_expense_report_id_expense_date_idx on finance.expense_items (schemas/finance.yaml:283:9)
DROP INDEX "finance"."expense_items_expense_report_id_expense_date_idx";

-- [1345/1605] drop index expense_items_created_by_idx on finance.expense_items (schemas/core.yaml:87:16)
DROP INDEX "finance"."expense_items_created_by_idx";

-- [1346/1605] drop index expense_items_workspace_id_idx on finance.expense_items (schemas/core.yaml:85:16)
DROP INDEX "finance"."expense_items_workspace_id_idx";

-- [1347/1605] drop index expense_items_organization_id_idx on finance.expense_items (schemas/finance.yaml:266:23)
DROP INDEX "finance"."expense_items_organization_id_idx";

-- [1348/1605] drop index budgets_custom_fields_idx on finance.budgets (schemas/finance.yaml:30:68)
DROP INDEX "finance"."budgets_custom_fields_idx";

-- [1349/1605] drop index budgets_approved_by_idx on finance.budgets (schemas/finance.yaml:49:16)
DROP INDEX "finance"."budgets_approved_by_idx";

-- [1350/1605] drop index budgets_production_id_idx on finance.budgets (schemas/finance.yaml:47:16)
DROP INDEX "finance"."budgets_production_id_idx";

-- [1351/1605] drop index budgets_workspace_id_status_idx on finance.budgets (schemas/finance.yaml:46:9)
DROP INDEX "finance"."budgets_workspace_id_status_idx";

-- [1352/1605] drop index budgets_created_by_idx on finance.budgets (schemas/core.yaml:87:16)
DROP INDEX "finance"."budgets_created_by_idx";

-- [1353/1605] drop index budgets_workspace_id_idx on finance.budgets (schemas/core.yaml:85:16)
DROP INDEX "finance"."budgets_workspace_id_idx";

-- [1354/1605] drop index budgets_organization_id_idx on finance.budgets (schemas/finance.yaml:30:23)
DROP INDEX "finance"."budgets_organization_id_idx";

-- [1355/1605] drop index budget_line_items_custom_fields_idx on finance.budget_line_items (schemas/finance.yaml:53:68)
DROP INDEX "finance"."budget_line_items_custom_fields_idx";

-- [1356/1605] drop index budget_line_items_budget_id_category_idx on finance.budget_line_items (schemas/finance.yaml:64:9)
DROP INDEX "finance"."budget_line_items_budget_id_category_idx";

-- [1357/1605] drop index budget_line_items_created_by_idx on finance.budget_line_items (schemas/core.yaml:87:16)
DROP INDEX "finance"."budget_line_items_created_by_idx";

-- [1358/1605] drop index budget_line_items_workspace_id_idx on finance.budget_line_items (schemas/core.yaml:85:16)
DROP INDEX "finance"."budget_line_items_workspace_id_idx";

-- [1359/1605] drop index budget_line_items_organization_id_idx on finance.budget_line_items (schemas/finance.yaml:53:23)
DROP INDEX "finance"."budget_line_items_organization_id_idx";

-- [1360/1605] drop index approval_requests_custom_fields_idx on finance.approval_requests (schemas/finance.yaml:399:68)
DROP INDEX "finance"."approval_requests_custom_fields_idx";

-- [1361/1605] drop index approval_requests_entity_type_entity_id_idx on finance.approval_requests (schemas/finance.yaml:415:9)
DROP INDEX "finance"."approval_requests_entity_type_entity_id_idx";

-- [1362/1605] drop index approval_requests_approver_id_due_at_idx on finance.approval_requests (schemas/finance.yaml:413:16)
DROP INDEX "finance"."approval_requests_approver_id_due_at_idx";

-- [1363/1605] drop index approval_requests_created_by_idx on finance.approval_requests (schemas/core.yaml:87:16)
DROP INDEX "finance"."approval_requests_created_by_idx";

-- [1364/1605] drop index approval_requests_workspace_id_idx on finance.approval_requests (schemas/core.yaml:85:16)
DROP INDEX "finance"."approval_requests_workspace_id_idx";

-- [1365/1605] drop index approval_requests_organization_id_idx on finance.approval_requests (schemas/finance.yaml:399:23)
DROP INDEX "finance"."approval_requests_organization_id_idx";

-- [1366/1605] drop index workspaces_custom_fields_idx on core.workspaces (schemas/core.yaml:152:50)
DROP INDEX "core"."workspaces_custom_fields_idx";

-- [1367/1605] drop index workspaces_organization_id_idx on core.workspaces (schemas/core.yaml:152:23)
DROP INDEX "core"."workspaces_organization_id_idx";

-- [1368/1605] drop index webhooks_custom_fields_idx on core.webhooks (schemas/core.yaml:235:9)
DROP INDEX "core"."webhooks_custom_fields_idx";

-- [1369/1605] drop index webhooks_events_idx on core.webhooks (schemas/core.yaml:247:16)
DROP INDEX "core"."webhooks_events_idx";

-- [1370/1605] drop index webhooks_created_by_idx on core.webhooks (schemas/core.yaml:87:16)
DROP INDEX "core"."webhooks_created_by_idx";

-- [1371/1605] drop index webhooks_workspace_id_idx on core.webhooks (schemas/core.yaml:85:16)
DROP INDEX "core"."webhooks_workspace_id_idx";

-- [1372/1605] drop index webhooks_organization_id_idx on core.webhooks (schemas/core.yaml:232:9)
DROP INDEX "core"."webhooks_organization_id_idx";

-- [1373/1605] drop index roles_custom_fields_idx on core.roles (schemas/core.yaml:191:9)
DROP INDEX "core"."roles_custom_fields_idx";

-- [1374/1605] drop index roles_permissions_idx on core.roles (schemas/core.yaml:205:16)
DROP INDEX "core"."roles_permissions_idx";

-- [1375/1605] drop index roles_organization_id_name_key on core.roles (schemas/core.yaml:203:16)
DROP INDEX "core"."roles_organization_id_name_key";

-- [1376/1605] drop index roles_created_by_idx on core.roles (schemas/core.yaml:87:16)
DROP INDEX "core"."roles_created_by_idx";

-- [1377/1605] drop index roles_workspace_id_idx on core.roles (schemas/core.yaml:85:16)
DROP INDEX "core"."roles_workspace_id_idx";

-- [1378/1605] drop index roles_organization_id_idx on core.roles (schemas/core.yaml:188:9)
DROP INDEX "core"."roles_organization_id_idx";

-- [1379/1605] drop index organizations_custom_fields_idx on core.organizations (schemas/core.yaml:104:48)
DROP INDEX "core"."organizations_custom_fields_idx";

-- [1380/1605] drop index organization_members_custom_fields_idx on core.organization_members (schemas/core.yaml:167:50)
DROP INDEX "core"."organization_members_custom_fields_idx";

-- [1381/1605] drop index organization_members_organization_id_role_idx on core.organization_members (schemas/core.yaml:179:16)
DROP INDEX "core"."organization_members_organization_id_role_idx";

-- [1382/1605] drop index organization_members_user_id_idx on core.organization_members (schemas/core.yaml:178:9)
DROP INDEX "core"."organization_members_user_id_idx";

-- [1383/1605] drop index organization_members_organization_id_idx on core.organization_members (schemas/core.yaml:167:23)
DROP INDEX "core"."organization_members_organization_id_idx";

-- [1384/1605] drop index audit_logs_custom_fields_idx on core.audit_logs (schemas/core.yaml:257:9)
DROP INDEX "core"."audit_logs_custom_fields_idx";

-- [1385/1605] drop index audit_logs_entity_type_entity_id_idx on core.audit_logs (schemas/core.yaml:271:16)
DROP INDEX "core"."audit_logs_entity_type_entity_id_idx";

-- [1386/1605] drop index audit_logs_organization_id_created_at_idx on core.audit_logs (schemas/core.yaml:270:16)
DROP INDEX "core"."audit_logs_organization_id_created_at_idx";

-- [1387/1605] drop index audit_logs_created_by_idx on core.audit_logs (schemas/core.yaml:87:16)
DROP INDEX "core"."audit_logs_created_by_idx";

-- [1388/1605] drop index audit_logs_workspace_id_idx on core.audit_logs (schemas/core.yaml:85:16)
DROP INDEX "core"."audit_logs_workspace_id_idx";

-- [1389/1605] drop index audit_logs_organization_id_idx on core.audit_logs (schemas/core.yaml:254:9)
DROP INDEX "core"."audit_logs_organization_id_idx";

-- [1390/1605] drop index api_tokens_custom_fields_idx on core.api_tokens (schemas/core.yaml:214:9)
DROP INDEX "core"."api_tokens_custom_fields_idx";

-- [1391/1605] drop index api_tokens_organization_id_expires_at_idx on core.api_tokens (schemas/core.yaml:226:16)
DROP INDEX "core"."api_tokens_organization_id_expires_at_idx";

-- [1392/1605] drop index api_tokens_created_by_idx on core.api_tokens (schemas/core.yaml:87:16)
DROP INDEX "core"."api_tokens_created_by_idx";

-- [1393/1605] drop index api_tokens_workspace_id_idx on core.api_tokens (schemas/core.yaml:85:16)
DROP INDEX "core"."api_tokens_workspace_id_idx";

-- [1394/1605] drop index api_tokens_organization_id_idx on core.api_tokens (schemas/core.yaml:211:9)
DROP INDEX "core"."api_tokens_organization_id_idx";

-- [1395/1605] drop index views_custom_fields_idx on collab.views (schemas/collab.yaml:60:68)
DROP INDEX "collab"."views_custom_fields_idx";

-- [1396/1605] drop index views_workspace_id_module_name_idx on collab.views (schemas/collab.yaml:72:9)
DROP INDEX "collab"."views_workspace_id_module_name_idx";

-- [1397/1605] drop index views_created_by_idx on collab.views (schemas/core.yaml:87:16)
DROP INDEX "collab"."views_created_by_idx";

-- [1398/1605] drop index views_workspace_id_idx on collab.views (schemas/core.yaml:85:16)
DROP INDEX "collab"."views_workspace_id_idx";

-- [1399/1605] drop index views_organization_id_idx on collab.views (schemas/collab.yaml:60:23)
DROP INDEX "collab"."views_organization_id_idx";

-- [1400/1605] drop index user_presence_custom_fields_idx on collab.user_presence (schemas/collab.yaml:134:68)
DROP INDEX "collab"."user_presence_custom_fields_idx";

-- [1401/1605] drop index user_presence_workspace_id_last_seen_idx on collab.user_presence (schemas/collab.yaml:146:16)
DROP INDEX "collab"."user_presence_workspace_id_last_seen_idx";

-- [1402/1605] drop index user_presence_user_id_idx on collab.user_presence (schemas/collab.yaml:145:9)
DROP INDEX "collab"."user_presence_user_id_idx";

-- [1403/1605] drop index user_presence_created_by_idx on collab.user_presence (schemas/core.yaml:87:16)
DROP INDEX "collab"."user_presence_created_by_idx";

-- [1404/1605] drop index user_presence_workspace_id_idx on collab.user_presence (schemas/core.yaml:85:16)
DROP INDEX "collab"."user_presence_workspace_id_idx";

-- [1405/1605] drop index user_presence_organization_id_idx on collab.user_presence (schemas/collab.yaml:134:23)
DROP INDEX "collab"."user_presence_organization_id_idx";

-- [1406/1605] drop index notifications_custom_fields_idx on collab.notifications (schemas/collab.yaml:115:9)
DROP INDEX "collab"."notifications_custom_fields_idx";

-- [1407/1605] drop index notifications_user_id_created_at_idx on collab.notifications (schemas/collab.yaml:131:16)
DROP INDEX "collab"."notifications_user_id_created_at_idx";

-- [1408/1605] drop index notifications_unread_idx on collab.notifications (schemas/collab.yaml:128:16)
DROP INDEX "collab"."notifications_unread_idx";

-- [1409/1605] drop index notifications_created_by_idx on collab.notifications (schemas/core.yaml:87:16)
DROP INDEX "collab"."notifications_created_by_idx";

-- [1410/1605] drop index notifications_workspace_id_idx on collab.notifications (schemas/core.yaml:85:16)
DROP INDEX "collab"."notifications_workspace_id_idx";

-- [1411/1605] drop index notifications_organization_id_idx on collab.notifications (schemas/collab.yaml:112:9)
DROP INDEX "collab"."notifications_organization_id_idx";

-- [1412/1605] drop index dashboards_custom_fields_idx on collab.dashboards (schemas/collab.yaml:153:68)
DROP INDEX "collab"."dashboards_custom_fields_idx";

-- [1413/1605] drop index dashboards_one_default_key on collab.dashboards (schemas/collab.yaml:162:16)
DROP INDEX "collab"."dashboards_one_default_key";

-- [1414/1605] drop index dashboards_created_by_idx on collab.dashboards (schemas/core.yaml:87:16)
DROP INDEX "collab"."dashboards_created_by_idx";

-- [1415/1605] drop index dashboards_workspace_id_idx on collab.dashboards (schemas/core.yaml:85:16)
DROP INDEX "collab"."dashboards_workspace_id_idx";

-- [1416/1605] drop index dashboards_organization_id_idx on collab.dashboards (schemas/collab.yaml:153:23)
DROP INDEX "collab"."dashboards_organization_id_idx";

-- [1417/1605] drop index dashboard_widgets_custom_fields_idx on collab.dashboard_widgets (schemas/collab.yaml:168:68)
DROP INDEX "collab"."dashboard_widgets_custom_fields_idx";

-- [1418/1605] drop index dashboard_widgets_dashboard_id_idx on collab.dashboard_widgets (schemas/collab.yaml:180:9)
DROP INDEX "collab"."dashboard_widgets_dashboard_id_idx";

-- [1419/1605] drop index dashboard_widgets_created_by_idx on collab.dashboard_widgets (schemas/core.yaml:87:16)
DROP INDEX "collab"."dashboard_widgets_created_by_idx";

-- [1420/1605] drop index dashboard_widgets_workspace_id_idx on collab.dashboard_widgets (schemas/core.yaml:85:16)
DROP INDEX "collab"."dashboard_widgets_workspace_id_idx";

-- [1421/1605] drop index dashboard_widgets_organization_id_idx on collab.dashboard_widgets (schemas/collab.yaml:168:23)
DROP INDEX "collab"."dashboard_widgets_organization_id_idx";

-- [1422/1605] drop index custom_fields_custom_fields_idx on collab.custom_fields (schemas/collab.yaml:41:68)
DROP INDEX "collab"."custom_fields_custom_fields_idx";

-- [1423/1605] drop index custom_fields_created_by_idx on collab.custom_fields (schemas/core.yaml:87:16)
DROP INDEX "collab"."custom_fields_created_by_idx";

-- [1424/1605] drop index custom_fields_workspace_id_idx on collab.custom_fields (schemas/core.yaml:85:16)
DROP INDEX "collab"."custom_fields_workspace_id_idx";

-- [1425/1605] drop index custom_fields_organization_id_idx on collab.custom_fields (schemas/collab.yaml:41:23)
DROP INDEX "collab"."custom_fields_organization_id_idx";

-- [1426/1605] drop index comments_custom_fields_idx on collab.comments (schemas/collab.yaml:90:68)
DROP INDEX "collab"."comments_custom_fields_idx";

-- [1427/1605] drop index comments_parent_comment_id_idx on collab.comments (schemas/collab.yaml:106:16)
DROP INDEX "collab"."comments_parent_comment_id_idx";

-- [1428/1605] drop index comments_user_id_idx on collab.comments (schemas/collab.yaml:105:9)
DROP INDEX "collab"."comments_user_id_idx";

-- [1429/1605] drop index comments_entity_type_entity_id_created_at_idx on collab.comments (schemas/collab.yaml:104:9)
DROP INDEX "collab"."comments_entity_type_entity_id_created_at_idx";

-- [1430/1605] drop index comments_created_by_idx on collab.comments (schemas/core.yaml:87:16)
DROP INDEX "collab"."comments_created_by_idx";

-- [1431/1605] drop index comments_workspace_id_idx on collab.comments (schemas/core.yaml:85:16)
DROP INDEX "collab"."comments_workspace_id_idx";

-- [1432/1605] drop index comments_organization_id_idx on collab.comments (schemas/collab.yaml:90:23)
DROP INDEX "collab"."comments_organization_id_idx";

-- [1433/1605] drop index activities_custom_fields_idx on collab.activities (schemas/collab.yaml:75:68)
DROP INDEX "collab"."activities_custom_fields_idx";

-- [1434/1605] drop index activities_user_id_idx on collab.activities (schemas/collab.yaml:86:16)
DROP INDEX "collab"."activities_user_id_idx";

-- [1435/1605] drop index activities_entity_type_entity_id_idx on collab.activities (schemas/collab.yaml:85:9)
DROP INDEX "collab"."activities_entity_type_entity_id_idx";

-- [1436/1605] drop index activities_workspace_id_created_at_idx on collab.activities (schemas/collab.yaml:84:16)
DROP INDEX "collab"."activities_workspace_id_created_at_idx";

-- [1437/1605] drop index activities_created_by_idx on collab.activities (schemas/core.yaml:87:16)
DROP INDEX "collab"."activities_created_by_idx";

-- [1438/1605] drop index activities_workspace_id_idx on collab.activities (schemas/core.yaml:85:16)
DROP INDEX "collab"."activities_workspace_id_idx";

-- [1439/1605] drop index activities_organization_id_idx on collab.activities (schemas/collab.yaml:75:23)
DROP INDEX "collab"."activities_organization_id_idx";

-- [1440/1605] drop table resources.site_maps (schemas/resources.yaml:179:3)
DROP TABLE "resources"."site_maps";

-- [1441/1605] drop table resources.production_advances (schemas/resources.yaml:120:3)
DROP TABLE "resources"."production_advances";

-- [1442/1605] drop table resources.locations (schemas/resources.yaml:150:3)
DROP TABLE "resources"."locations";

-- [1443/1605] drop table resources.location_utilities (schemas/resources.yaml:213:3)
DROP TABLE "resources"."location_utilities";

-- [1444/1605] drop table resources.location_access (schemas/resources.yaml:197:3)
DROP TABLE "resources"."location_access";

-- [1445/1605] drop table resources.files (schemas/resources.yaml:248:3)
DROP TABLE "resources"."files";

-- [1446/1605] drop table resources.file_versions (schemas/resources.yaml:284:3)
DROP TABLE "resources"."file_versions";

-- [1447/1605] drop table resources.file_categories (schemas/resources.yaml:232:3)
DROP TABLE "resources"."file_categories";

-- [1448/1605] drop table resources.assets (schemas/resources.yaml:24:3)
DROP TABLE "resources"."assets";

-- [1449/1605] drop table resources.asset_transactions (schemas/resources.yaml:59:3)
DROP TABLE "resources"."asset_transactions";

-- [1450/1605] drop table resources.asset_maintenance (schemas/resources.yaml:96:3)
DROP TABLE "resources"."asset_maintenance";

-- [1451/1605] drop table production.training_records (schemas/production.yaml:406:3)
DROP TABLE "production"."training_records";

-- [1452/1605] drop table production.time_entries (schemas/production.yaml:378:3)
DROP TABLE "production"."time_entries";

-- [1453/1605] drop table production.teams (schemas/production.yaml:326:3)
DROP TABLE "production"."teams";

-- [1454/1605] drop table production.team_members (schemas/production.yaml:341:3)
DROP TABLE "production"."team_members";

-- [1455/1605] drop table production.run_of_show (schemas/production.yaml:205:3)
DROP TABLE "production"."run_of_show";

-- [1456/1605] drop table production.project_tasks (schemas/production.yaml:67:3)
DROP TABLE "production"."project_tasks";

-- [1457/1605] drop table production.project_safety (schemas/production.yaml:142:3)
DROP TABLE "production"."project_safety";

-- [1458/1605] drop table production.project_milestones (schemas/production.yaml:102:3)
DROP TABLE "production"."project_milestones";

-- [1459/1605] drop table production.project_compliance (schemas/production.yaml:117:3)
DROP TABLE "production"."project_compliance";

-- [1460/1605] drop table production.productions (schemas/production.yaml:28:3)
DROP TABLE "production"."productions";

-- [1461/1605] drop table production.personnel_assignments (schemas/production.yaml:356:3)
DROP TABLE "production"."personnel_assignments";

-- [1462/1605] drop table production.personnel (schemas/production.yaml:290:3)
DROP TABLE "production"."personnel";

-- [1463/1605] drop table production.job_openings (schemas/production.yaml:430:3)
DROP TABLE "production"."job_openings";

-- [1464/1605] drop table production.job_applicants (schemas/production.yaml:456:3)
DROP TABLE "production"."job_applicants";

-- [1465/1605] drop table production.incidents (schemas/production.yaml:257:3)
DROP TABLE "production"."incidents";

-- [1466/1605] drop table production.events (schemas/production.yaml:165:3)
DROP TABLE "production"."events";

-- [1467/1605] drop table production.bookings (schemas/production.yaml:230:3)
DROP TABLE "production"."bookings";

-- [1468/1605] drop table network.work_history (schemas/network.yaml:71:3)
DROP TABLE "network"."work_history";

-- [1469/1605] drop table network.user_profiles (schemas/network.yaml:26:3)
DROP TABLE "network"."user_profiles";

-- [1470/1605] drop table network.post_reactions (schemas/network.yaml:207:3)
DROP TABLE "network"."post_reactions";

-- [1471/1605] drop table network.marketplace_reviews (schemas/network.yaml:289:3)
DROP TABLE "network"."marketplace_reviews";

-- [1472/1605] drop table network.marketplace_orders (schemas/network.yaml:269:3)
DROP TABLE "network"."marketplace_orders";

-- [1473/1605] drop table network.marketplace_listings (schemas/network.yaml:245:3)
DROP TABLE "network"."marketplace_listings";

-- [1474/1605] drop table network.endorsements (schemas/network.yaml:51:3)
DROP TABLE "network"."endorsements";

-- [1475/1605] drop table network.contracts (schemas/network.yaml:150:3)
DROP TABLE "network"."contracts";

-- [1476/1605] drop table network.connections (schemas/network.yaml:221:3)
DROP TABLE "network"."connections";

-- [1477/1605] drop table network.company_contacts (schemas/network.yaml:130:3)
DROP TABLE "network"."company_contacts";

-- [1478/1605] drop table network.companies (schemas/network.yaml:102:3)
DROP TABLE "network"."companies";

-- [1479/1605] drop table network.community_posts (schemas/network.yaml:185:3)
DROP TABLE "network"."community_posts";

-- [1480/1605] drop table finance.rfqs (schemas/finance.yaml:369:3)
DROP TABLE "finance"."rfqs";

-- [1481/1605] drop table finance.requisitions (schemas/finance.yaml:334:3)
DROP TABLE "finance"."requisitions";

-- [1482/1605] drop table finance.requisition_items (schemas/finance.yaml:352:3)
DROP TABLE "finance"."requisition_items";

-- [1483/1605] drop table finance.purchase_orders (schemas/finance.yaml:169:3)
DROP TABLE "finance"."purchase_orders";

-- [1484/1605] drop table finance.po_items (schemas/finance.yaml:201:3)
DROP TABLE "finance"."po_items";

-- [1485/1605] drop table finance.payroll_records (schemas/finance.yaml:289:3)
DROP TABLE "finance"."payroll_records";

-- [1486/1605] drop table finance.payroll_items (schemas/finance.yaml:316:3)
DROP TABLE "finance"."payroll_items";

-- [1487/1605] drop table finance.payment_methods (schemas/finance.yaml:220:3)
DROP TABLE "finance"."payment_methods";

-- [1488/1605] drop table finance.invoices (schemas/finance.yaml:117:3)
DROP TABLE "finance"."invoices";

-- [1489/1605] drop table finance.invoice_items (schemas/finance.yaml:149:3)
DROP TABLE "finance"."invoice_items";

-- [1490/1605] drop table finance.financial_transactions (schemas/finance.yaml:66:3)
DROP TABLE "finance"."financial_transactions";

-- [1491/1605] drop table finance.expense_reports (schemas/finance.yaml:237:3)
DROP TABLE "finance"."expense_reports";

-- [1492/1605] drop table finance.expense_items (schemas/finance.yaml:265:3)
DROP TABLE "finance"."expense_items";

-- [1493/1605] drop table finance.budgets (schemas/finance.yaml:29:3)
DROP TABLE "finance"."budgets";

-- [1494/1605] drop table finance.budget_line_items (schemas/finance.yaml:52:3)
DROP TABLE "finance"."budget_line_items";

-- [1495/1605] drop table finance.approval_requests (schemas/finance.yaml:398:3)
DROP TABLE "finance"."approval_requests";

-- [1496/1605] drop table core.workspaces (schemas/core.yaml:151:3)
DROP TABLE "core"."workspaces";

-- [1497/1605] drop table core.webhooks (schemas/core.yaml:229:3)
DROP TABLE "core"."webhooks";

-- [1498/1605] drop table core.roles (schemas/core.yaml:185:3)
DROP TABLE "core"."roles";

-- [1499/1605] drop table core.organizations (schemas/core.yaml:103:3)
DROP TABLE "core"."organizations";

-- [1500/1605] drop table core.organization_members (schemas/core.yaml:166:3)
DROP TABLE "core"."organization_members";

-- [1501/1605] drop table core.audit_logs (schemas/core.yaml:251:3)
DROP TABLE "core"."audit_logs";

-- [1502/1605] drop table core.api_tokens (schemas/core.yaml:208:3)
DROP TABLE "core"."api_tokens";

-- [1503/1605] drop table collab.views (schemas/collab.yaml:59:3)
DROP TABLE "collab"."views";

-- [1504/1605] drop table collab.user_presence (schemas/collab.yaml:133:3)
DROP TABLE "collab"."user_presence";

-- [1505/1605] drop table collab.notifications (schemas/collab.yaml:109:3)
DROP TABLE "collab"."notifications";

-- [1506/1605] drop table collab.dashboards (schemas/collab.yaml:152:3)
DROP TABLE "collab"."dashboards";

-- [1507/1605] drop table collab.dashboard_widgets (schemas/collab.yaml:167:3)
DROP TABLE "collab"."dashboard_widgets";

-- [1508/1605] drop table collab.custom_fields (schemas/collab.yaml:40:3)
DROP TABLE "collab"."custom_fields";

-- [1509/1605] drop table collab.comments (schemas/collab.yaml:89:3)
DROP TABLE "collab"."comments";

-- [1510/1605] drop table collab.activities (schemas/collab.yaml:74:3)
DROP TABLE "collab"."activities";

-- [1511/1605] drop table auth.users (schemas/core.yaml:121:3)
DROP TABLE "auth"."users";

-- [1512/1605] drop function resources.set_updated_at() (schemas/resources.yaml:29:9)
DROP FUNCTION "resources"."set_updated_at"();

-- [1513/1605] drop function resources.files_search_vector() (schemas/resources.yaml:255:9)
DROP FUNCTION "resources"."files_search_vector"();

-- [1514/1605] drop function resources.calculate_asset_utilization(p_asset_id uuid, p_from timestamptz, p_to timestamptz) (schemas/resources.yaml:300:3)
DROP FUNCTION "resources"."calculate_asset_utilization"(p_asset_id uuid, p_from timestamptz, p_to timestamptz);

-- [1515/1605] drop function resources.assets_search_vector() (schemas/resources.yaml:31:9)
DROP FUNCTION "resources"."assets_search_vector"();

-- [1516/1605] drop function production.set_updated_at() (schemas/production.yaml:29:56)
DROP FUNCTION "production"."set_updated_at"();

-- [1517/1605] drop function production.personnel_search_vector() (schemas/production.yaml:297:9)
DROP FUNCTION "production"."personnel_search_vector"();

-- [1518/1605] drop function production.get_user_workload(p_personnel_id uuid, p_from date, p_to date) (schemas/production.yaml:546:3)
DROP FUNCTION "production"."get_user_workload"(p_personnel_id uuid, p_from date, p_to date);

-- [1519/1605] drop function production.get_production_timeline(p_production_id uuid) (schemas/production.yaml:656:3)
DROP FUNCTION "production"."get_production_timeline"(p_production_id uuid);

-- [1520/1605] drop function production.get_production_health(p_production_id uuid) (schemas/production.yaml:480:3)
DROP FUNCTION "production"."get_production_health"(p_production_id uuid);

-- [1521/1605] drop function production.get_availability(p_personnel_id uuid, p_from date, p_to date) (schemas/production.yaml:599:3)
DROP FUNCTION "production"."get_availability"(p_personnel_id uuid, p_from date, p_to date);

-- [1522/1605] drop function production.events_search_vector() (schemas/production.yaml:172:9)
DROP FUNCTION "production"."events_search_vector"();

-- [1523/1605] drop function production.check_event_conflicts(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid) (schemas/production.yaml:523:3)
DROP FUNCTION "production"."check_event_conflicts"(p_location_id uuid, p_start timestamptz, p_end timestamptz, p_exclude_event_id uuid);

-- [1524/1605] drop function production.check_compliance_expiry(p_within_days integer) (schemas/production.yaml:580:3)
DROP FUNCTION "production"."check_compliance_expiry"(p_within_days integer);

-- [1525/1605] drop function production.calculate_overtime(p_personnel_id uuid, p_from date, p_to date) (schemas/production.yaml:619:3)
DROP FUNCTION "production"."calculate_overtime"(p_personnel_id uuid, p_from date, p_to date);

-- [1526/1605] drop function network.set_updated_at() (schemas/network.yaml:31:9)
DROP FUNCTION "network"."set_updated_at"();

-- [1527/1605] drop function network.marketplace_listings_search_vector() (schemas/network.yaml:252:9)
DROP FUNCTION "network"."marketplace_listings_search_vector"();

-- [1528/1605] drop function network.companies_search_vector() (schemas/network.yaml:109:9)
DROP FUNCTION "network"."companies_search_vector"();

-- [1529/1605] drop function network.community_posts_search_vector() (schemas/network.yaml:192:9)
DROP FUNCTION "network"."community_posts_search_vector"();

-- [1530/1605] drop function finance.set_updated_at() (schemas/finance.yaml:30:56)
DROP FUNCTION "finance"."set_updated_at"();

-- [1531/1605] drop function finance.recalculate_invoice() (schemas/finance.yaml:418:3)
DROP FUNCTION "finance"."recalculate_invoice"();

-- [1532/1605] drop function finance.get_payroll_summary(p_from date, p_to date) (schemas/finance.yaml:513:3)
DROP FUNCTION "finance"."get_payroll_summary"(p_from date, p_to date);

-- [1533/1605] drop function finance.get_invoice_aging(p_as_of date, p_invoice_type finance.invoice_type) (schemas/finance.yaml:486:3)
DROP FUNCTION "finance"."get_invoice_aging"(p_as_of date, p_invoice_type finance.invoice_type);

-- [1534/1605] drop function finance.get_financial_summary(p_workspace_id uuid, p_from date, p_to date) (schemas/finance.yaml:531:3)
DROP FUNCTION "finance"."get_financial_summary"(p_workspace_id uuid, p_from date, p_to date);

-- [1535/1605] drop function finance.get_budget_variance(p_budget_id uuid) (schemas/finance.yaml:442:3)
DROP FUNCTION "finance"."get_budget_variance"(p_budget_id uuid);

-- [1536/1605] drop function core.write_audit_log() (schemas/core.yaml:274:3)
DROP FUNCTION "core"."write_audit_log"();

-- [1537/1605] drop function core.set_updated_at() (schemas/core.yaml:104:36)
DROP FUNCTION "core"."set_updated_at"();

-- [1538/1605] drop function collab.set_updated_at() (schemas/collab.yaml:41:56)
DROP FUNCTION "collab"."set_updated_at"();

-- [1539/1605] drop function collab.global_search(p_query text, p_limit integer) (schemas/collab.yaml:183:3)
DROP FUNCTION "collab"."global_search"(p_query text, p_limit integer);

-- [1540/1605] drop function collab.get_dashboard_metrics(p_workspace_id uuid) (schemas/collab.yaml:223:3)
DROP FUNCTION "collab"."get_dashboard_metrics"(p_workspace_id uuid);

-- [1541/1605] drop function auth.set_updated_at() (schemas/core.yaml:123:23)
DROP FUNCTION "auth"."set_updated_at"();

-- [1542/1605] drop enum resources.utility_type (schemas/resources.yaml:18:3)
DROP TYPE "resources"."utility_type";

-- [1543/1605] drop enum resources.site_map_type (schemas/resources.yaml:16:3)
DROP TYPE "resources"."site_map_type";

-- [1544/1605] drop enum resources.maintenance_type (schemas/resources.yaml:14:3)
DROP TYPE "resources"."maintenance_type";

-- [1545/1605] drop enum resources.location_type (schemas/resources.yaml:15:3)
DROP TYPE "resources"."location_type";

-- [1546/1605] drop enum resources.asset_transaction_type (schemas/resources.yaml:13:3)
DROP TYPE "resources"."asset_transaction_type";

-- [1547/1605] drop enum resources.asset_status (schemas/resources.yaml:11:3)
DROP TYPE "resources"."asset_status";

-- [1548/1605] drop enum resources.asset_condition (schemas/resources.yaml:12:3)
DROP TYPE "resources"."asset_condition";

-- [1549/1605] drop enum resources.access_point_type (schemas/resources.yaml:17:3)
DROP TYPE "resources"."access_point_type";

-- [1550/1605] drop enum production.safety_document_type (schemas/production.yaml:14:3)
DROP TYPE "production"."safety_document_type";

-- [1551/1605] drop enum production.risk_level (schemas/production.yaml:15:3)
DROP TYPE "production"."risk_level";

-- [1552/1605] drop enum production.personnel_status (schemas/production.yaml:21:3)
DROP TYPE "production"."personnel_status";

-- [1553/1605] drop enum production.milestone_status (schemas/production.yaml:12:3)
DROP TYPE "production"."milestone_status";

-- [1554/1605] drop enum production.incident_status (schemas/production.yaml:19:3)
DROP TYPE "production"."incident_status";

-- [1555/1605] drop enum production.event_type (schemas/production.yaml:16:3)
DROP TYPE "production"."event_type";

-- [1556/1605] drop enum production.event_status (schemas/production.yaml:17:3)
DROP TYPE "production"."event_status";

-- [1557/1605] drop enum production.employment_type (schemas/production.yaml:20:3)
DROP TYPE "production"."employment_type";

-- [1558/1605] drop enum production.compliance_type (schemas/production.yaml:13:3)
DROP TYPE "production"."compliance_type";

-- [1559/1605] drop enum production.booking_type (schemas/production.yaml:18:3)
DROP TYPE "production"."booking_type";

-- [1560/1605] drop enum production.applicant_status (schemas/production.yaml:22:3)
DROP TYPE "production"."applicant_status";

-- [1561/1605] drop enum network.reaction_type (schemas/network.yaml:17:3)
DROP TYPE "network"."reaction_type";

-- [1562/1605] drop enum network.post_type (schemas/network.yaml:16:3)
DROP TYPE "network"."post_type";

-- [1563/1605] drop enum network.order_status (schemas/network.yaml:20:3)
DROP TYPE "network"."order_status";

-- [1564/1605] drop enum network.listing_type (schemas/network.yaml:19:3)
DROP TYPE "network"."listing_type";

-- [1565/1605] drop enum network.contract_type (schemas/network.yaml:14:3)
DROP TYPE "network"."contract_type";

-- [1566/1605] drop enum network.contract_status (schemas/network.yaml:15:3)
DROP TYPE "network"."contract_status";

-- [1567/1605] drop enum network.connection_status (schemas/network.yaml:18:3)
DROP TYPE "network"."connection_status";

-- [1568/1605] drop enum network.company_type (schemas/network.yaml:12:3)
DROP TYPE "network"."company_type";

-- [1569/1605] drop enum network.company_status (schemas/network.yaml:13:3)
DROP TYPE "network"."company_status";

-- [1570/1605] drop enum finance.transaction_type (schemas/finance.yaml:11:3)
DROP TYPE "finance"."transaction_type";

-- [1571/1605] drop enum finance.transaction_status (schemas/finance.yaml:12:3)
DROP TYPE "finance"."transaction_status";

-- [1572/1605] drop enum finance.rfq_status (schemas/finance.yaml:23:3)
DROP TYPE "finance"."rfq_status";

-- [1573/1605] drop enum finance.requisition_status (schemas/finance.yaml:22:3)
DROP TYPE "finance"."requisition_status";

-- [1574/1605] drop enum finance.po_status (schemas/finance.yaml:17:3)
DROP TYPE "finance"."po_status";

-- [1575/1605] drop enum finance.payroll_status (schemas/finance.yaml:20:3)
DROP TYPE "finance"."payroll_status";

-- [1576/1605] drop enum finance.payroll_item_type (schemas/finance.yaml:21:3)
DROP TYPE "finance"."payroll_item_type";

-- [1577/1605] drop enum finance.payment_method_type (schemas/finance.yaml:18:3)
DROP TYPE "finance"."payment_method_type";

-- [1578/1605] drop enum finance.invoice_type (schemas/finance.yaml:13:3)
DROP TYPE "finance"."invoice_type";

-- [1579/1605] drop enum finance.invoice_status (schemas/finance.yaml:16:3)
DROP TYPE "finance"."invoice_status";

-- [1580/1605] drop enum finance.expense_status (schemas/finance.yaml:19:3)
DROP TYPE "finance"."expense_status";

-- [1581/1605] drop enum finance.budget_status (schemas/finance.yaml:10:3)
DROP TYPE "finance"."budget_status";

-- [1582/1605] drop enum core.task_status (schemas/core.yaml:40:3)
DROP TYPE "core"."task_status";

-- [1583/1605] drop enum core.publish_status (schemas/core.yaml:34:3)
DROP TYPE "core"."publish_status";

-- [1584/1605] drop enum core.priority_level (schemas/core.yaml:43:3)
DROP TYPE "core"."priority_level";

-- [1585/1605] drop enum core.organization_status (schemas/core.yaml:45:3)
DROP TYPE "core"."organization_status";

-- [1586/1605] drop enum core.organization_plan (schemas/core.yaml:44:3)
DROP TYPE "core"."organization_plan";

-- [1587/1605] drop enum core.member_status (schemas/core.yaml:49:3)
DROP TYPE "core"."member_status";

-- [1588/1605] drop enum core.member_role (schemas/core.yaml:46:3)
DROP TYPE "core"."member_role";

-- [1589/1605] drop enum core.lifecycle_status (schemas/core.yaml:31:3)
DROP TYPE "core"."lifecycle_status";

-- [1590/1605] drop enum core.approval_status (schemas/core.yaml:37:3)
DROP TYPE "core"."approval_status";

-- [1591/1605] drop enum collab.view_type (schemas/collab.yaml:12:3)
DROP TYPE "collab"."view_type";

-- [1592/1605] drop enum collab.presence_status (schemas/collab.yaml:34:3)
DROP TYPE "collab"."presence_status";

-- [1593/1605] drop enum collab.custom_field_type (schemas/collab.yaml:11:3)
DROP TYPE "collab"."custom_field_type";

-- [1594/1605] drop enum collab.activity_action (schemas/collab.yaml:33:3)
DROP TYPE "collab"."activity_action";

-- [1595/1605] drop schema resources (schemas/resources.yaml:7:9)
DROP SCHEMA "resources";

-- [1596/1605] drop schema production (schemas/production.yaml:7:9)
DROP SCHEMA "production";

-- [1597/1605] drop schema network (schemas/network.yaml:7:9)
DROP SCHEMA "network";

-- [1598/1605] drop schema finance (schemas/finance.yaml:6:9)
DROP SCHEMA "finance";

-- [1599/1605] drop schema core (schemas/core.yaml:7:9)
DROP SCHEMA "core";

-- [1600/1605] drop schema collab (schemas/collab.yaml:7:9)
DROP SCHEMA "collab";

-- [1601/1605] drop schema auth (schemas/core.yaml:122:13)
DROP SCHEMA "auth";

-- [1602/1605] drop role prodplat_service (schemas/core.yaml:23:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "prodplat_service";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'prodplat_service';
END
$provision$;

-- [1603/1605] drop role prodplat_reader (schemas/core.yaml:18:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "prodplat_reader";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'prodplat_reader';
END
$provision$;

-- [1604/1605] drop role prodplat_app (schemas/core.yaml:14:3)
DO $provision$
BEGIN
    DROP ROLE IF EXISTS "prodplat_app";
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'role % is still used elsewhere on this cluster; kept', 'prodplat_app';
END
$provision$;

-- [1605/1605] drop extension citext (schemas/core.yaml:8:14)
DROP EXTENSION IF EXISTS "citext";
