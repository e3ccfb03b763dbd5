-- provision migration V0001 (up) for database todo: init
-- Rendered from the YAML model by provision; do not edit (provision.sum detects changes).
-- provision:txmode transaction
SET LOCAL lock_timeout = '5s';
SET LOCAL check_function_bodies = off;

-- [1/110] add role merch_ops (schemas/common.yaml:13:3)
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

-- [2/110] add role merch_readonly (schemas/common.yaml:8:3)
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

-- [3/110] add role merch_todo_svc (schemas/todo.yaml:10:3)
DO $provision$
BEGIN
    BEGIN
        CREATE ROLE "merch_todo_svc";
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles
        WHERE rolname = 'merch_todo_svc'
          AND rolcanlogin = True AND rolinherit = True AND rolbypassrls = False
          AND rolcreatedb = False AND rolcreaterole = False
          AND rolconnlimit = 50
    ) THEN
        ALTER ROLE "merch_todo_svc" LOGIN INHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE CONNECTION LIMIT 50;
    END IF;
END
$provision$;
COMMENT ON ROLE "merch_todo_svc" IS 'The todo service''s connection role; subject to row-level security.';

-- [4/110] add schema todo (schemas/todo.yaml:6:9)
CREATE SCHEMA "todo";
COMMENT ON SCHEMA "todo" IS 'Todo service (seed 000 section 4): tasks assigned to people at workplaces, reusable templates, dependencies, comments, time tracking, checklists and recurring patterns.';

-- [5/110] add enum todo.dependency_type (schemas/todo.yaml:19:3)
CREATE TYPE "todo"."dependency_type" AS ENUM ('finish_to_start', 'start_to_start', 'finish_to_finish', 'start_to_finish');
COMMENT ON TYPE "todo"."dependency_type" IS 'How the dependent task waits for the one it depends on.';

-- [6/110] add enum todo.recurrence_frequency (schemas/todo.yaml:22:3)
CREATE TYPE "todo"."recurrence_frequency" AS ENUM ('daily', 'weekly', 'monthly', 'yearly');

-- [7/110] add enum todo.time_entry_source (schemas/todo.yaml:23:3)
CREATE TYPE "todo"."time_entry_source" AS ENUM ('timer', 'manual', 'import');

-- [8/110] add enum todo.todo_priority (schemas/todo.yaml:18:3)
CREATE TYPE "todo"."todo_priority" AS ENUM ('low', 'normal', 'high', 'urgent');

-- [9/110] add enum todo.todo_status (schemas/todo.yaml:17:3)
CREATE TYPE "todo"."todo_status" AS ENUM ('open', 'in_progress', 'blocked', 'in_review', 'done', 'cancelled');

-- [10/110] add function todo.set_updated_at() (schemas/todo.yaml:27:38)
CREATE FUNCTION "todo"."set_updated_at"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$;

-- [11/110] add function todo.todos_search_vector() (schemas/todo.yaml:94:9)
CREATE FUNCTION "todo"."todos_search_vector"()
    RETURNS trigger
    LANGUAGE PLPGSQL
    VOLATILE
AS $body$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."description"::text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW."title"::text, '')), 'A');
  RETURN NEW;
END;
$body$;

-- [12/110] add table todo.todo_checklist_items (schemas/todo.yaml:204:3)
CREATE TABLE "todo"."todo_checklist_items" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "todo_id" uuid NOT NULL,
    "position" smallint NOT NULL,
    "label" text NOT NULL,
    "is_done" boolean DEFAULT false NOT NULL,
    "done_by" uuid,
    "done_at" timestamp with time zone,
    "requires_photo" boolean DEFAULT false NOT NULL,
    "photo_url" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "todo_checklist_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "todo_checklist_items_todo_id_position_key" UNIQUE ("todo_id", "position"),
    CONSTRAINT "todo_checklist_items_position_check" CHECK (position >= 0),
    CONSTRAINT "todo_checklist_items_done_consistent_check" CHECK (is_done = (done_at IS NOT NULL)),
    CONSTRAINT "todo_checklist_items_photo_when_required_check" CHECK (NOT (is_done AND requires_photo) OR photo_url IS NOT NULL)
);
COMMENT ON TABLE "todo"."todo_checklist_items" IS 'Steps of a task; some need a photo as proof.';
COMMENT ON COLUMN "todo"."todo_checklist_items"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "todo"."todo_checklist_items"."done_by" IS '[external reference: user.users.user_profiles]';

-- [13/110] add table todo.todo_comments (schemas/todo.yaml:158:3)
CREATE TABLE "todo"."todo_comments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "todo_id" uuid NOT NULL,
    "author_id" uuid NOT NULL,
    "parent_comment_id" uuid,
    "body" text NOT NULL,
    "mentions" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    "edited_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "todo_comments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "todo_comments_body_not_blank_check" CHECK (btrim(body) <> '')
);
COMMENT ON TABLE "todo"."todo_comments" IS 'Discussion on a task; replies point at the comment they answer.';
COMMENT ON COLUMN "todo"."todo_comments"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "todo"."todo_comments"."author_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "todo"."todo_comments"."mentions" IS 'user_profiles mentioned in the body.';

-- [14/110] add table todo.todo_dependencies (schemas/todo.yaml:137:3)
CREATE TABLE "todo"."todo_dependencies" (
    "organization_id" uuid NOT NULL,
    "todo_id" uuid NOT NULL,
    "depends_on_todo_id" uuid NOT NULL,
    "dependency_type" "todo"."dependency_type" DEFAULT 'finish_to_start' NOT NULL,
    "lag_minutes" integer DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "todo_dependencies_pkey" PRIMARY KEY ("todo_id", "depends_on_todo_id"),
    CONSTRAINT "todo_dependencies_not_self_check" CHECK (todo_id <> depends_on_todo_id)
);
COMMENT ON TABLE "todo"."todo_dependencies" IS 'Task A (todo_id) waits for task B (depends_on_todo_id).';
COMMENT ON COLUMN "todo"."todo_dependencies"."organization_id" IS '[external reference: users.organizations]';

-- [15/110] add table todo.todo_recurring_patterns (schemas/todo.yaml:55:3)
CREATE TABLE "todo"."todo_recurring_patterns" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "template_id" uuid NOT NULL,
    "frequency" "todo"."recurrence_frequency" NOT NULL,
    "interval_count" smallint DEFAULT 1 NOT NULL,
    "by_weekday" smallint[],
    "by_month_day" smallint[],
    "rrule" text,
    "timezone" text DEFAULT 'UTC' NOT NULL,
    "starts_on" date NOT NULL,
    "ends_on" date,
    "assignee_id" uuid,
    "workplace_id" uuid,
    "next_run_at" timestamp with time zone,
    "last_run_at" timestamp with time zone,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "todo_recurring_patterns_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "todo_recurring_patterns_interval_count_check" CHECK (interval_count BETWEEN 1 AND 365),
    CONSTRAINT "todo_recurring_patterns_ends_after_start_check" CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT "todo_recurring_patterns_weekly_has_days_check" CHECK (frequency <> 'weekly' OR by_weekday IS NOT NULL OR rrule IS NOT NULL)
);
COMMENT ON TABLE "todo"."todo_recurring_patterns" IS 'When to create tasks from a template again (every N days/weeks/months/years).';
COMMENT ON COLUMN "todo"."todo_recurring_patterns"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "todo"."todo_recurring_patterns"."by_weekday" IS 'ISO weekdays (1 = Monday) for weekly patterns.';
COMMENT ON COLUMN "todo"."todo_recurring_patterns"."rrule" IS 'An RFC 5545 RRULE for patterns the columns cannot express.';
COMMENT ON COLUMN "todo"."todo_recurring_patterns"."assignee_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "todo"."todo_recurring_patterns"."workplace_id" IS '[external reference: workplace.workplace.workplaces]';

-- [16/110] add table todo.todo_templates (schemas/todo.yaml:26:3)
CREATE TABLE "todo"."todo_templates" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "industry_code" text,
    "category" text,
    "default_priority" "todo"."todo_priority" DEFAULT 'normal' NOT NULL,
    "estimated_minutes" integer,
    "requires_location" boolean DEFAULT false NOT NULL,
    "checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "default_tags" text[] DEFAULT '{}'::text[] NOT NULL,
    "is_active" boolean DEFAULT true NOT NULL,
    "created_by" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    CONSTRAINT "todo_templates_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "todo_templates_estimated_minutes_check" CHECK (estimated_minutes > 0),
    CONSTRAINT "todo_templates_checklist_is_array_check" CHECK (jsonb_typeof(checklist) = 'array')
);
COMMENT ON TABLE "todo"."todo_templates" IS 'Reusable task definitions (store audit, shelf restock, planogram check, ...).';
COMMENT ON COLUMN "todo"."todo_templates"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "todo"."todo_templates"."industry_code" IS 'Industry the template is meant for; NULL for any. [external reference: user.users.industries]';
COMMENT ON COLUMN "todo"."todo_templates"."checklist" IS 'Checklist items copied into todo_checklist_items, e.g. [{"label": "Photo of shelf", "requires_photo": true}].';
COMMENT ON COLUMN "todo"."todo_templates"."created_by" IS '[external reference: user.users.user_profiles]';

-- [17/110] add table todo.todo_time_entries (schemas/todo.yaml:179:3)
CREATE TABLE "todo"."todo_time_entries" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "todo_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "started_at" timestamp with time zone NOT NULL,
    "ended_at" timestamp with time zone,
    "duration_minutes" integer,
    "source" "todo"."time_entry_source" DEFAULT 'timer' NOT NULL,
    "billable" boolean DEFAULT false NOT NULL,
    "note" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "todo_time_entries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "todo_time_entries_duration_minutes_check" CHECK (duration_minutes >= 0),
    CONSTRAINT "todo_time_entries_ends_after_start_check" CHECK (ended_at IS NULL OR ended_at >= started_at)
);
COMMENT ON TABLE "todo"."todo_time_entries" IS 'Time spent on a task; an entry without ended_at is a running timer.';
COMMENT ON COLUMN "todo"."todo_time_entries"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "todo"."todo_time_entries"."user_id" IS '[external reference: user.users.user_profiles]';

-- [18/110] add table todo.todos (schemas/todo.yaml:87:3)
CREATE TABLE "todo"."todos" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "organization_id" uuid NOT NULL,
    "title" text NOT NULL,
    "description" text,
    "status" "todo"."todo_status" DEFAULT 'open' NOT NULL,
    "priority" "todo"."todo_priority" DEFAULT 'normal' NOT NULL,
    "assignee_id" uuid,
    "created_by" uuid NOT NULL,
    "workplace_id" uuid,
    "template_id" uuid,
    "recurring_pattern_id" uuid,
    "parent_todo_id" uuid,
    "due_at" timestamp with time zone,
    "started_at" timestamp with time zone,
    "completed_at" timestamp with time zone,
    "estimated_minutes" integer,
    "requires_location" boolean DEFAULT false NOT NULL,
    "tags" text[] DEFAULT '{}'::text[] NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "deleted_at" timestamp with time zone,
    "deleted_by" uuid,
    "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "search_vector" tsvector,
    CONSTRAINT "todos_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "todos_estimated_minutes_check" CHECK (estimated_minutes > 0),
    CONSTRAINT "todos_completed_iff_done_check" CHECK ((status = 'done') = (completed_at IS NOT NULL)),
    CONSTRAINT "todos_not_own_parent_check" CHECK (parent_todo_id IS NULL OR parent_todo_id <> id)
);
COMMENT ON TABLE "todo"."todos" IS 'A task for a person, optionally at a workplace, optionally created from a template or a recurring pattern.';
COMMENT ON COLUMN "todo"."todos"."organization_id" IS '[external reference: users.organizations]';
COMMENT ON COLUMN "todo"."todos"."assignee_id" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "todo"."todos"."created_by" IS '[external reference: user.users.user_profiles]';
COMMENT ON COLUMN "todo"."todos"."workplace_id" IS '[external reference: workplace.workplace.workplaces]';
COMMENT ON COLUMN "todo"."todos"."parent_todo_id" IS 'Subtasks point at their parent.';

-- [19/110] add index todo_checklist_items_organization_id_idx on todo.todo_checklist_items (schemas/todo.yaml:205:23)
CREATE INDEX "todo_checklist_items_organization_id_idx"
    ON "todo"."todo_checklist_items" USING BTREE ("organization_id");

-- [20/110] add index todo_comments_organization_id_idx on todo.todo_comments (schemas/todo.yaml:159:23)
CREATE INDEX "todo_comments_organization_id_idx"
    ON "todo"."todo_comments" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [21/110] add index todo_comments_todo_id_created_at_idx on todo.todo_comments (schemas/todo.yaml:177:16)
CREATE INDEX "todo_comments_todo_id_created_at_idx"
    ON "todo"."todo_comments" USING BTREE ("todo_id", "created_at") WHERE deleted_at IS NULL;

-- [22/110] add index todo_dependencies_organization_id_idx on todo.todo_dependencies (schemas/todo.yaml:138:14)
CREATE INDEX "todo_dependencies_organization_id_idx"
    ON "todo"."todo_dependencies" USING BTREE ("organization_id");

-- [23/110] add index todo_dependencies_depends_on_todo_id_idx on todo.todo_dependencies (schemas/todo.yaml:156:9)
CREATE INDEX "todo_dependencies_depends_on_todo_id_idx"
    ON "todo"."todo_dependencies" USING BTREE ("depends_on_todo_id");

-- [24/110] add index todo_recurring_patterns_organization_id_idx on todo.todo_recurring_patterns (schemas/todo.yaml:56:23)
CREATE INDEX "todo_recurring_patterns_organization_id_idx"
    ON "todo"."todo_recurring_patterns" USING BTREE ("organization_id");

-- [25/110] add index todo_recurring_patterns_template_id_idx on todo.todo_recurring_patterns (schemas/todo.yaml:82:9)
CREATE INDEX "todo_recurring_patterns_template_id_idx"
    ON "todo"."todo_recurring_patterns" USING BTREE ("template_id");

-- [26/110] add index todo_recurring_patterns_due_idx on todo.todo_recurring_patterns (schemas/todo.yaml:83:16)
CREATE INDEX "todo_recurring_patterns_due_idx"
    ON "todo"."todo_recurring_patterns" USING BTREE ("next_run_at") WHERE is_active AND next_run_at IS NOT NULL;

-- [27/110] add index todo_templates_organization_id_idx on todo.todo_templates (schemas/todo.yaml:27:23)
CREATE INDEX "todo_templates_organization_id_idx"
    ON "todo"."todo_templates" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [28/110] add index todo_templates_organization_id_name_key on todo.todo_templates (schemas/todo.yaml:50:16)
CREATE UNIQUE INDEX "todo_templates_organization_id_name_key"
    ON "todo"."todo_templates" USING BTREE ("organization_id", "name") WHERE deleted_at IS NULL;

-- [29/110] add index todo_templates_industry_code_idx on todo.todo_templates (schemas/todo.yaml:52:16)
CREATE INDEX "todo_templates_industry_code_idx"
    ON "todo"."todo_templates" USING BTREE ("industry_code") WHERE industry_code IS NOT NULL;

-- [30/110] add index todo_time_entries_organization_id_idx on todo.todo_time_entries (schemas/todo.yaml:180:23)
CREATE INDEX "todo_time_entries_organization_id_idx"
    ON "todo"."todo_time_entries" USING BTREE ("organization_id");

-- [31/110] add index todo_time_entries_todo_id_idx on todo.todo_time_entries (schemas/todo.yaml:197:9)
CREATE INDEX "todo_time_entries_todo_id_idx"
    ON "todo"."todo_time_entries" USING BTREE ("todo_id");

-- [32/110] add index todo_time_entries_user_id_started_at_idx on todo.todo_time_entries (schemas/todo.yaml:198:16)
CREATE INDEX "todo_time_entries_user_id_started_at_idx"
    ON "todo"."todo_time_entries" USING BTREE ("user_id", "started_at" DESC);

-- [33/110] add index todo_time_entries_one_running_key on todo.todo_time_entries (schemas/todo.yaml:199:16)
CREATE UNIQUE INDEX "todo_time_entries_one_running_key"
    ON "todo"."todo_time_entries" USING BTREE ("user_id") WHERE ended_at IS NULL;

-- [34/110] add index todos_organization_id_idx on todo.todos (schemas/todo.yaml:90:9)
CREATE INDEX "todos_organization_id_idx"
    ON "todo"."todos" USING BTREE ("organization_id") WHERE deleted_at IS NULL;

-- [35/110] add index todos_open_by_assignee_idx on todo.todos (schemas/todo.yaml:127:16)
CREATE INDEX "todos_open_by_assignee_idx"
    ON "todo"."todos" USING BTREE ("assignee_id", "due_at") WHERE status NOT IN ('done', 'cancelled') AND deleted_at IS NULL;

-- [36/110] add index todos_organization_id_workplace_id_due_at_idx on todo.todos (schemas/todo.yaml:130:16)
CREATE INDEX "todos_organization_id_workplace_id_due_at_idx"
    ON "todo"."todos" USING BTREE ("organization_id", "workplace_id", "due_at") WHERE deleted_at IS NULL;

-- [37/110] add index todos_organization_id_status_priority_idx on todo.todos (schemas/todo.yaml:131:16)
CREATE INDEX "todos_organization_id_status_priority_idx"
    ON "todo"."todos" USING BTREE ("organization_id", "status", "priority") WHERE deleted_at IS NULL;

-- [38/110] add index todos_parent_todo_id_idx on todo.todos (schemas/todo.yaml:132:16)
CREATE INDEX "todos_parent_todo_id_idx"
    ON "todo"."todos" USING BTREE ("parent_todo_id") WHERE parent_todo_id IS NOT NULL;

-- [39/110] add index todos_tags_idx on todo.todos (schemas/todo.yaml:134:16)
CREATE INDEX "todos_tags_idx"
    ON "todo"."todos" USING GIN ("tags") WHERE deleted_at IS NULL;

-- [40/110] add index todos_custom_fields_idx on todo.todos (schemas/todo.yaml:93:9)
CREATE INDEX "todos_custom_fields_idx"
    ON "todo"."todos" USING GIN ("custom_fields");

-- [41/110] add index todos_search_vector_idx on todo.todos (schemas/todo.yaml:94:9)
CREATE INDEX "todos_search_vector_idx"
    ON "todo"."todos" USING GIN ("search_vector");

-- [42/110] add foreign key todo_checklist_items_todo_id_fkey on todo.todo_checklist_items (schemas/todo.yaml:210:21)
ALTER TABLE "todo"."todo_checklist_items"
    ADD CONSTRAINT "todo_checklist_items_todo_id_fkey" FOREIGN KEY ("todo_id")
    REFERENCES "todo"."todos" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [43/110] add foreign key todo_comments_parent_comment_id_fkey on todo.todo_comments (schemas/todo.yaml:169:21)
ALTER TABLE "todo"."todo_comments"
    ADD CONSTRAINT "todo_comments_parent_comment_id_fkey" FOREIGN KEY ("parent_comment_id")
    REFERENCES "todo"."todo_comments" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [44/110] add foreign key todo_comments_todo_id_fkey on todo.todo_comments (schemas/todo.yaml:164:21)
ALTER TABLE "todo"."todo_comments"
    ADD CONSTRAINT "todo_comments_todo_id_fkey" FOREIGN KEY ("todo_id")
    REFERENCES "todo"."todos" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [45/110] add foreign key todo_dependencies_depends_on_todo_id_fkey on todo.todo_dependencies (schemas/todo.yaml:147:21)
ALTER TABLE "todo"."todo_dependencies"
    ADD CONSTRAINT "todo_dependencies_depends_on_todo_id_fkey" FOREIGN KEY ("depends_on_todo_id")
    REFERENCES "todo"."todos" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [46/110] add foreign key todo_dependencies_todo_id_fkey on todo.todo_dependencies (schemas/todo.yaml:143:21)
ALTER TABLE "todo"."todo_dependencies"
    ADD CONSTRAINT "todo_dependencies_todo_id_fkey" FOREIGN KEY ("todo_id")
    REFERENCES "todo"."todos" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [47/110] add foreign key todo_recurring_patterns_template_id_fkey on todo.todo_recurring_patterns (schemas/todo.yaml:61:21)
ALTER TABLE "todo"."todo_recurring_patterns"
    ADD CONSTRAINT "todo_recurring_patterns_template_id_fkey" FOREIGN KEY ("template_id")
    REFERENCES "todo"."todo_templates" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [48/110] add foreign key todo_time_entries_todo_id_fkey on todo.todo_time_entries (schemas/todo.yaml:185:21)
ALTER TABLE "todo"."todo_time_entries"
    ADD CONSTRAINT "todo_time_entries_todo_id_fkey" FOREIGN KEY ("todo_id")
    REFERENCES "todo"."todos" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [49/110] add foreign key todos_parent_todo_id_fkey on todo.todos (schemas/todo.yaml:114:21)
ALTER TABLE "todo"."todos"
    ADD CONSTRAINT "todos_parent_todo_id_fkey" FOREIGN KEY ("parent_todo_id")
    REFERENCES "todo"."todos" ("id")
    ON DELETE CASCADE ON UPDATE NO ACTION;

-- [50/110] add foreign key todos_recurring_pattern_id_fkey on todo.todos (schemas/todo.yaml:110:21)
ALTER TABLE "todo"."todos"
    ADD CONSTRAINT "todos_recurring_pattern_id_fkey" FOREIGN KEY ("recurring_pattern_id")
    REFERENCES "todo"."todo_recurring_patterns" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [51/110] add foreign key todos_template_id_fkey on todo.todos (schemas/todo.yaml:106:21)
ALTER TABLE "todo"."todos"
    ADD CONSTRAINT "todos_template_id_fkey" FOREIGN KEY ("template_id")
    REFERENCES "todo"."todo_templates" ("id")
    ON DELETE SET NULL ON UPDATE NO ACTION;

-- [52/110] add view todo.overdue_todos (schemas/todo.yaml:226:3)
CREATE VIEW "todo"."overdue_todos" WITH (security_invoker = true) AS
SELECT t.organization_id, t.id, t.title, t.assignee_id, t.workplace_id, t.priority, t.due_at,
       now() - t.due_at AS overdue_by
  FROM todo.todos t
 WHERE t.deleted_at IS NULL
   AND t.status NOT IN ('done', 'cancelled')
   AND t.due_at < now();
COMMENT ON VIEW "todo"."overdue_todos" IS 'Open tasks past their due time (current organization, through RLS).';

-- [53/110] add trigger set_updated_at on todo.todo_checklist_items (schemas/todo.yaml:205:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "todo"."todo_checklist_items"
    FOR EACH ROW
    EXECUTE FUNCTION "todo"."set_updated_at"();

-- [54/110] add trigger set_updated_at on todo.todo_comments (schemas/todo.yaml:159:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "todo"."todo_comments"
    FOR EACH ROW
    EXECUTE FUNCTION "todo"."set_updated_at"();

-- [55/110] add trigger set_updated_at on todo.todo_recurring_patterns (schemas/todo.yaml:56:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "todo"."todo_recurring_patterns"
    FOR EACH ROW
    EXECUTE FUNCTION "todo"."set_updated_at"();

-- [56/110] add trigger set_updated_at on todo.todo_templates (schemas/todo.yaml:27:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "todo"."todo_templates"
    FOR EACH ROW
    EXECUTE FUNCTION "todo"."set_updated_at"();

-- [57/110] add trigger set_updated_at on todo.todo_time_entries (schemas/todo.yaml:180:38)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "todo"."todo_time_entries"
    FOR EACH ROW
    EXECUTE FUNCTION "todo"."set_updated_at"();

-- [58/110] add trigger set_updated_at on todo.todos (schemas/todo.yaml:91:9)
CREATE TRIGGER "set_updated_at"
    BEFORE UPDATE
    ON "todo"."todos"
    FOR EACH ROW
    EXECUTE FUNCTION "todo"."set_updated_at"();

-- [59/110] add trigger search_vector_update on todo.todos (schemas/todo.yaml:94:9)
CREATE TRIGGER "search_vector_update"
    BEFORE INSERT OR UPDATE
    ON "todo"."todos"
    FOR EACH ROW
    EXECUTE FUNCTION "todo"."todos_search_vector"();

-- [60/110] enable rls todo.todo_checklist_items
ALTER TABLE "todo"."todo_checklist_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_checklist_items" FORCE ROW LEVEL SECURITY;

-- [61/110] enable rls todo.todo_comments
ALTER TABLE "todo"."todo_comments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_comments" FORCE ROW LEVEL SECURITY;

-- [62/110] enable rls todo.todo_dependencies
ALTER TABLE "todo"."todo_dependencies" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_dependencies" FORCE ROW LEVEL SECURITY;

-- [63/110] enable rls todo.todo_recurring_patterns
ALTER TABLE "todo"."todo_recurring_patterns" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_recurring_patterns" FORCE ROW LEVEL SECURITY;

-- [64/110] enable rls todo.todo_templates
ALTER TABLE "todo"."todo_templates" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_templates" FORCE ROW LEVEL SECURITY;

-- [65/110] enable rls todo.todo_time_entries
ALTER TABLE "todo"."todo_time_entries" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todo_time_entries" FORCE ROW LEVEL SECURITY;

-- [66/110] enable rls todo.todos
ALTER TABLE "todo"."todos" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "todo"."todos" FORCE ROW LEVEL SECURITY;

-- [67/110] add policy tenant_isolation on todo.todo_checklist_items (schemas/todo.yaml:205:23)
CREATE POLICY "tenant_isolation" ON "todo"."todo_checklist_items"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [68/110] add policy tenant_isolation on todo.todo_comments (schemas/todo.yaml:159:23)
CREATE POLICY "tenant_isolation" ON "todo"."todo_comments"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [69/110] add policy tenant_isolation on todo.todo_dependencies (schemas/todo.yaml:138:14)
CREATE POLICY "tenant_isolation" ON "todo"."todo_dependencies"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [70/110] add policy tenant_isolation on todo.todo_recurring_patterns (schemas/todo.yaml:56:23)
CREATE POLICY "tenant_isolation" ON "todo"."todo_recurring_patterns"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [71/110] add policy tenant_isolation on todo.todo_templates (schemas/todo.yaml:27:23)
CREATE POLICY "tenant_isolation" ON "todo"."todo_templates"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [72/110] add policy tenant_isolation on todo.todo_time_entries (schemas/todo.yaml:180:23)
CREATE POLICY "tenant_isolation" ON "todo"."todo_time_entries"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [73/110] add policy tenant_isolation on todo.todos (schemas/todo.yaml:90:9)
CREATE POLICY "tenant_isolation" ON "todo"."todos"
    AS PERMISSIVE FOR ALL
    TO PUBLIC
    USING ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid)
    WITH CHECK ("organization_id" = NULLIF(current_setting('app.current_organization_id', true), '')::uuid);

-- [74/110] add grant USAGE on schema todo to merch_ops
GRANT USAGE ON SCHEMA "todo" TO "merch_ops";

-- [75/110] add grant SELECT on table todo.overdue_todos to merch_ops
GRANT SELECT ON TABLE "todo"."overdue_todos" TO "merch_ops";

-- [76/110] add grant SELECT on table todo.todo_checklist_items to merch_ops
GRANT SELECT ON TABLE "todo"."todo_checklist_items" TO "merch_ops";

-- [77/110] add grant SELECT on table todo.todo_comments to merch_ops
GRANT SELECT ON TABLE "todo"."todo_comments" TO "merch_ops";

-- [78/110] add grant SELECT on table todo.todo_dependencies to merch_ops
GRANT SELECT ON TABLE "todo"."todo_dependencies" TO "merch_ops";

-- [79/110] add grant SELECT on table todo.todo_recurring_patterns to merch_ops
GRANT SELECT ON TABLE "todo"."todo_recurring_patterns" TO "merch_ops";

-- [80/110] add grant SELECT on table todo.todo_templates to merch_ops
GRANT SELECT ON TABLE "todo"."todo_templates" TO "merch_ops";

-- [81/110] add grant SELECT on table todo.todo_time_entries to merch_ops
GRANT SELECT ON TABLE "todo"."todo_time_entries" TO "merch_ops";

-- [82/110] add grant SELECT on table todo.todos to merch_ops
GRANT SELECT ON TABLE "todo"."todos" TO "merch_ops";

-- [83/110] add grant USAGE on schema todo to merch_readonly
GRANT USAGE ON SCHEMA "todo" TO "merch_readonly";

-- [84/110] add grant SELECT on table todo.overdue_todos to merch_readonly
GRANT SELECT ON TABLE "todo"."overdue_todos" TO "merch_readonly";

-- [85/110] add grant SELECT on table todo.todo_checklist_items to merch_readonly
GRANT SELECT ON TABLE "todo"."todo_checklist_items" TO "merch_readonly";

-- [86/110] add grant SELECT on table todo.todo_comments to merch_readonly
GRANT SELECT ON TABLE "todo"."todo_comments" TO "merch_readonly";

-- [87/110] add grant SELECT on table todo.todo_dependencies to merch_readonly
GRANT SELECT ON TABLE "todo"."todo_dependencies" TO "merch_readonly";

-- [88/110] add grant SELECT on table todo.todo_recurring_patterns to merch_readonly
GRANT SELECT ON TABLE "todo"."todo_recurring_patterns" TO "merch_readonly";

-- [89/110] add grant SELECT on table todo.todo_templates to merch_readonly
GRANT SELECT ON TABLE "todo"."todo_templates" TO "merch_readonly";

-- [90/110] add grant SELECT on table todo.todo_time_entries to merch_readonly
GRANT SELECT ON TABLE "todo"."todo_time_entries" TO "merch_readonly";

-- [91/110] add grant SELECT on table todo.todos to merch_readonly
GRANT SELECT ON TABLE "todo"."todos" TO "merch_readonly";

-- [92/110] add grant USAGE on type todo.dependency_type to merch_readonly
GRANT USAGE ON TYPE "todo"."dependency_type" TO "merch_readonly";

-- [93/110] add grant USAGE on type todo.recurrence_frequency to merch_readonly
GRANT USAGE ON TYPE "todo"."recurrence_frequency" TO "merch_readonly";

-- [94/110] add grant USAGE on type todo.time_entry_source to merch_readonly
GRANT USAGE ON TYPE "todo"."time_entry_source" TO "merch_readonly";

-- [95/110] add grant USAGE on type todo.todo_priority to merch_readonly
GRANT USAGE ON TYPE "todo"."todo_priority" TO "merch_readonly";

-- [96/110] add grant USAGE on type todo.todo_status to merch_readonly
GRANT USAGE ON TYPE "todo"."todo_status" TO "merch_readonly";

-- [97/110] add grant USAGE on schema todo to merch_todo_svc
GRANT USAGE ON SCHEMA "todo" TO "merch_todo_svc";

-- [98/110] add grant SELECT on table todo.overdue_todos to merch_todo_svc
GRANT SELECT ON TABLE "todo"."overdue_todos" TO "merch_todo_svc";

-- [99/110] add grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_checklist_items to merch_todo_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_checklist_items" TO "merch_todo_svc";

-- [100/110] add grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_comments to merch_todo_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_comments" TO "merch_todo_svc";

-- [101/110] add grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_dependencies to merch_todo_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_dependencies" TO "merch_todo_svc";

-- [102/110] add grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_recurring_patterns to merch_todo_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_recurring_patterns" TO "merch_todo_svc";

-- [103/110] add grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_templates to merch_todo_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_templates" TO "merch_todo_svc";

-- [104/110] add grant DELETE,INSERT,SELECT,UPDATE on table todo.todo_time_entries to merch_todo_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todo_time_entries" TO "merch_todo_svc";

-- [105/110] add grant DELETE,INSERT,SELECT,UPDATE on table todo.todos to merch_todo_svc
GRANT DELETE, INSERT, SELECT, UPDATE ON TABLE "todo"."todos" TO "merch_todo_svc";

-- [106/110] add grant USAGE on type todo.dependency_type to merch_todo_svc
GRANT USAGE ON TYPE "todo"."dependency_type" TO "merch_todo_svc";

-- [107/110] add grant USAGE on type todo.recurrence_frequency to merch_todo_svc
GRANT USAGE ON TYPE "todo"."recurrence_frequency" TO "merch_todo_svc";

-- [108/110] add grant USAGE on type todo.time_entry_source to merch_todo_svc
GRANT USAGE ON TYPE "todo"."time_entry_source" TO "merch_todo_svc";

-- [109/110] add grant USAGE on type todo.todo_priority to merch_todo_svc
GRANT USAGE ON TYPE "todo"."todo_priority" TO "merch_todo_svc";

-- [110/110] add grant USAGE on type todo.todo_status to merch_todo_svc
GRANT USAGE ON TYPE "todo"."todo_status" TO "merch_todo_svc";
