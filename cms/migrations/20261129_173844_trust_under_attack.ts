import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_privacy_findings_kind" AS ENUM('mobile', 'id-number', 'address');
  CREATE TYPE "public"."enum_privacy_findings_status" AS ENUM('open', 'resolved');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'workflow', 'settings', 'sign-in', 'sign-in-failed', 'sign-in-refused', 'unlock', 'password', 'retention', 'restore');
  ALTER TYPE "public"."enum_articles_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum_articles_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum_articles_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum_articles_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum__articles_v_version_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum__articles_v_version_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum__articles_v_version_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum__articles_v_version_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum_figures_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum_figures_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum_figures_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum_figures_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum__figures_v_version_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum__figures_v_version_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum__figures_v_version_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum__figures_v_version_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum_streets_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum_streets_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum_streets_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum_streets_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum__streets_v_version_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum__streets_v_version_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum__streets_v_version_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum__streets_v_version_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum_places_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum_places_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum_places_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum_places_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum__places_v_version_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum__places_v_version_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum__places_v_version_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum__places_v_version_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum_regulations_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum_regulations_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum_regulations_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum_regulations_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum__regulations_v_version_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum__regulations_v_version_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum__regulations_v_version_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum__regulations_v_version_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum_handbooks_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum_handbooks_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum_handbooks_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum_handbooks_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum__handbooks_v_version_review_history_decision" ADD VALUE 'restore';
  ALTER TYPE "public"."enum__handbooks_v_version_review_history_decision" ADD VALUE 'request-unpublish';
  ALTER TYPE "public"."enum__handbooks_v_version_review_history_decision" ADD VALUE 'decline-unpublish';
  ALTER TYPE "public"."enum__handbooks_v_version_review_history_decision" ADD VALUE 'set-published-at';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'privacyRescan';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'auditRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'privacyRescan';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'auditRetention';
  CREATE TABLE "media_uses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"media" numeric NOT NULL,
  	"owner" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "privacy_findings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"field" varchar NOT NULL,
  	"kind" "enum_privacy_findings_kind" NOT NULL,
  	"excerpt" varchar NOT NULL,
  	"found_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_privacy_findings_status" DEFAULT 'open' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "privacy_findings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"figures_id" integer,
  	"streets_id" integer,
  	"places_id" integer,
  	"regulations_id" integer,
  	"articles_id" integer,
  	"handbooks_id" integer
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"summary" varchar NOT NULL,
  	"actor_name" varchar,
  	"actor_email" varchar,
  	"actor_id" numeric,
  	"collection" varchar,
  	"document_id" varchar,
  	"document_title" varchar,
  	"fields" varchar,
  	"reason" varchar,
  	"address" varchar,
  	"channel" varchar,
  	"user_agent" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "privacy_allowlist_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"note" varchar NOT NULL
  );
  
  CREATE TABLE "privacy_allowlist" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "review_takedown_requested_by_name" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_takedown_reason" varchar;
  ALTER TABLE "articles" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_takedown_requested_by_name" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_takedown_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "figures" ADD COLUMN "review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "figures" ADD COLUMN "review_takedown_requested_by_name" varchar;
  ALTER TABLE "figures" ADD COLUMN "review_takedown_reason" varchar;
  ALTER TABLE "figures" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_figures_v" ADD COLUMN "version_review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_figures_v" ADD COLUMN "version_review_takedown_requested_by_name" varchar;
  ALTER TABLE "_figures_v" ADD COLUMN "version_review_takedown_reason" varchar;
  ALTER TABLE "_figures_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "streets" ADD COLUMN "review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "streets" ADD COLUMN "review_takedown_requested_by_name" varchar;
  ALTER TABLE "streets" ADD COLUMN "review_takedown_reason" varchar;
  ALTER TABLE "streets" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_streets_v" ADD COLUMN "version_review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_streets_v" ADD COLUMN "version_review_takedown_requested_by_name" varchar;
  ALTER TABLE "_streets_v" ADD COLUMN "version_review_takedown_reason" varchar;
  ALTER TABLE "_streets_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "places" ADD COLUMN "review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "places" ADD COLUMN "review_takedown_requested_by_name" varchar;
  ALTER TABLE "places" ADD COLUMN "review_takedown_reason" varchar;
  ALTER TABLE "places" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_takedown_requested_by_name" varchar;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_takedown_reason" varchar;
  ALTER TABLE "_places_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "regulations" ADD COLUMN "review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "regulations" ADD COLUMN "review_takedown_requested_by_name" varchar;
  ALTER TABLE "regulations" ADD COLUMN "review_takedown_reason" varchar;
  ALTER TABLE "regulations" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_regulations_v" ADD COLUMN "version_review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_regulations_v" ADD COLUMN "version_review_takedown_requested_by_name" varchar;
  ALTER TABLE "_regulations_v" ADD COLUMN "version_review_takedown_reason" varchar;
  ALTER TABLE "_regulations_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "handbooks" ADD COLUMN "review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "handbooks" ADD COLUMN "review_takedown_requested_by_name" varchar;
  ALTER TABLE "handbooks" ADD COLUMN "review_takedown_reason" varchar;
  ALTER TABLE "handbooks" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_handbooks_v" ADD COLUMN "version_review_takedown_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_handbooks_v" ADD COLUMN "version_review_takedown_requested_by_name" varchar;
  ALTER TABLE "_handbooks_v" ADD COLUMN "version_review_takedown_reason" varchar;
  ALTER TABLE "_handbooks_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "media" ADD COLUMN "public_use" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_uses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "privacy_findings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "audit_retention_days" numeric DEFAULT 180 NOT NULL;
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."privacy_findings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_streets_fk" FOREIGN KEY ("streets_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_handbooks_fk" FOREIGN KEY ("handbooks_id") REFERENCES "public"."handbooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_allowlist_entries" ADD CONSTRAINT "privacy_allowlist_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."privacy_allowlist"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_uses_media_idx" ON "media_uses" USING btree ("media");
  CREATE INDEX "media_uses_owner_idx" ON "media_uses" USING btree ("owner");
  CREATE INDEX "media_uses_updated_at_idx" ON "media_uses" USING btree ("updated_at");
  CREATE INDEX "media_uses_created_at_idx" ON "media_uses" USING btree ("created_at");
  CREATE INDEX "privacy_findings_status_idx" ON "privacy_findings" USING btree ("status");
  CREATE INDEX "privacy_findings_updated_at_idx" ON "privacy_findings" USING btree ("updated_at");
  CREATE INDEX "privacy_findings_created_at_idx" ON "privacy_findings" USING btree ("created_at");
  CREATE INDEX "privacy_findings_rels_order_idx" ON "privacy_findings_rels" USING btree ("order");
  CREATE INDEX "privacy_findings_rels_parent_idx" ON "privacy_findings_rels" USING btree ("parent_id");
  CREATE INDEX "privacy_findings_rels_path_idx" ON "privacy_findings_rels" USING btree ("path");
  CREATE INDEX "privacy_findings_rels_figures_id_idx" ON "privacy_findings_rels" USING btree ("figures_id");
  CREATE INDEX "privacy_findings_rels_streets_id_idx" ON "privacy_findings_rels" USING btree ("streets_id");
  CREATE INDEX "privacy_findings_rels_places_id_idx" ON "privacy_findings_rels" USING btree ("places_id");
  CREATE INDEX "privacy_findings_rels_regulations_id_idx" ON "privacy_findings_rels" USING btree ("regulations_id");
  CREATE INDEX "privacy_findings_rels_articles_id_idx" ON "privacy_findings_rels" USING btree ("articles_id");
  CREATE INDEX "privacy_findings_rels_handbooks_id_idx" ON "privacy_findings_rels" USING btree ("handbooks_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_actor_name_idx" ON "audit_log" USING btree ("actor_name");
  CREATE INDEX "audit_log_actor_email_idx" ON "audit_log" USING btree ("actor_email");
  CREATE INDEX "audit_log_collection_idx" ON "audit_log" USING btree ("collection");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_address_idx" ON "audit_log" USING btree ("address");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "privacy_allowlist_entries_order_idx" ON "privacy_allowlist_entries" USING btree ("_order");
  CREATE INDEX "privacy_allowlist_entries_parent_id_idx" ON "privacy_allowlist_entries" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_uses_fk" FOREIGN KEY ("media_uses_id") REFERENCES "public"."media_uses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_privacy_findings_fk" FOREIGN KEY ("privacy_findings_id") REFERENCES "public"."privacy_findings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_review_takedown_review_takedown_requested_at_idx" ON "articles" USING btree ("review_takedown_requested_at");
  CREATE INDEX "articles_first_published_at_idx" ON "articles" USING btree ("first_published_at");
  CREATE INDEX "_articles_v_version_review_takedown_version_review_taked_idx" ON "_articles_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_articles_v_version_version_first_published_at_idx" ON "_articles_v" USING btree ("version_first_published_at");
  CREATE INDEX "figures_review_takedown_review_takedown_requested_at_idx" ON "figures" USING btree ("review_takedown_requested_at");
  CREATE INDEX "figures_first_published_at_idx" ON "figures" USING btree ("first_published_at");
  CREATE INDEX "_figures_v_version_review_takedown_version_review_takedo_idx" ON "_figures_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_figures_v_version_version_first_published_at_idx" ON "_figures_v" USING btree ("version_first_published_at");
  CREATE INDEX "streets_review_takedown_review_takedown_requested_at_idx" ON "streets" USING btree ("review_takedown_requested_at");
  CREATE INDEX "streets_first_published_at_idx" ON "streets" USING btree ("first_published_at");
  CREATE INDEX "_streets_v_version_review_takedown_version_review_takedo_idx" ON "_streets_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_streets_v_version_version_first_published_at_idx" ON "_streets_v" USING btree ("version_first_published_at");
  CREATE INDEX "places_review_takedown_review_takedown_requested_at_idx" ON "places" USING btree ("review_takedown_requested_at");
  CREATE INDEX "places_first_published_at_idx" ON "places" USING btree ("first_published_at");
  CREATE INDEX "_places_v_version_review_takedown_version_review_takedow_idx" ON "_places_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_places_v_version_version_first_published_at_idx" ON "_places_v" USING btree ("version_first_published_at");
  CREATE INDEX "regulations_review_takedown_review_takedown_requested_at_idx" ON "regulations" USING btree ("review_takedown_requested_at");
  CREATE INDEX "regulations_first_published_at_idx" ON "regulations" USING btree ("first_published_at");
  CREATE INDEX "_regulations_v_version_review_takedown_version_review_ta_idx" ON "_regulations_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_regulations_v_version_version_first_published_at_idx" ON "_regulations_v" USING btree ("version_first_published_at");
  CREATE INDEX "handbooks_review_takedown_review_takedown_requested_at_idx" ON "handbooks" USING btree ("review_takedown_requested_at");
  CREATE INDEX "handbooks_first_published_at_idx" ON "handbooks" USING btree ("first_published_at");
  CREATE INDEX "_handbooks_v_version_review_takedown_version_review_take_idx" ON "_handbooks_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_handbooks_v_version_version_first_published_at_idx" ON "_handbooks_v" USING btree ("version_first_published_at");
  CREATE INDEX "media_public_use_idx" ON "media" USING btree ("public_use");
  CREATE INDEX "payload_locked_documents_rels_media_uses_id_idx" ON "payload_locked_documents_rels" USING btree ("media_uses_id");
  CREATE INDEX "payload_locked_documents_rels_privacy_findings_id_idx" ON "payload_locked_documents_rels" USING btree ("privacy_findings_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";
  -- Documents already live before the first-publication mark existed: their first publication is their publication time.
  UPDATE "articles" SET "first_published_at" = "published_at" WHERE "published_at" IS NOT NULL;
  UPDATE "_articles_v" SET "version_first_published_at" = "version_published_at" WHERE "version_published_at" IS NOT NULL;
  UPDATE "figures" SET "first_published_at" = "published_at" WHERE "published_at" IS NOT NULL;
  UPDATE "_figures_v" SET "version_first_published_at" = "version_published_at" WHERE "version_published_at" IS NOT NULL;
  UPDATE "streets" SET "first_published_at" = "published_at" WHERE "published_at" IS NOT NULL;
  UPDATE "_streets_v" SET "version_first_published_at" = "version_published_at" WHERE "version_published_at" IS NOT NULL;
  UPDATE "places" SET "first_published_at" = "published_at" WHERE "published_at" IS NOT NULL;
  UPDATE "_places_v" SET "version_first_published_at" = "version_published_at" WHERE "version_published_at" IS NOT NULL;
  UPDATE "regulations" SET "first_published_at" = "published_at" WHERE "published_at" IS NOT NULL;
  UPDATE "_regulations_v" SET "version_first_published_at" = "version_published_at" WHERE "version_published_at" IS NOT NULL;
  UPDATE "handbooks" SET "first_published_at" = "published_at" WHERE "published_at" IS NOT NULL;
  UPDATE "_handbooks_v" SET "version_first_published_at" = "version_published_at" WHERE "version_published_at" IS NOT NULL;
  -- Sign-in and password-reset throttles (rate-limiter-flexible's Postgres store, cms/auth/limits.ts).
  CREATE TABLE "auth_limits" (
  	"key" varchar(255) PRIMARY KEY,
  	"points" integer NOT NULL DEFAULT 0,
  	"expire" bigint
  );
  CREATE INDEX "auth_limits_expire_idx" ON "auth_limits" USING btree ("expire");
  -- The 操作日志 cannot be changed or deleted, by the API or by SQL, except by the retention
  -- job, which says so with SET LOCAL xhl.audit_retention = 'on' in its own transaction, and
  -- by a restore emptying the freshly made tables it loads (SET LOCAL xhl.restore = 'on').
  CREATE FUNCTION "audit_log_guard"() RETURNS trigger LANGUAGE plpgsql AS $guard$
  BEGIN
    IF TG_OP = 'TRUNCATE' AND current_setting('xhl.restore', true) = 'on' THEN
      RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' AND current_setting('xhl.audit_retention', true) = 'on' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION '操作日志不能修改或删除（%）', TG_OP USING ERRCODE = '42501';
  END
  $guard$;
  CREATE TRIGGER "audit_log_guard_rows" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_guard"();
  CREATE TRIGGER "audit_log_guard_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_guard"();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "auth_limits";
   DROP TRIGGER "audit_log_guard_rows" ON "audit_log";
   DROP TRIGGER "audit_log_guard_truncate" ON "audit_log";
   DROP FUNCTION "audit_log_guard"();
   ALTER TABLE "media_uses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "privacy_findings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "privacy_findings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "privacy_allowlist_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "privacy_allowlist" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_uses" CASCADE;
  DROP TABLE "privacy_findings" CASCADE;
  DROP TABLE "privacy_findings_rels" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "privacy_allowlist_entries" CASCADE;
  DROP TABLE "privacy_allowlist" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_uses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_privacy_findings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "articles_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum_articles_review_history_decision";
  CREATE TYPE "public"."enum_articles_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "articles_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum_articles_review_history_decision" USING "decision"::"public"."enum_articles_review_history_decision";
  ALTER TABLE "_articles_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum__articles_v_version_review_history_decision";
  CREATE TYPE "public"."enum__articles_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "_articles_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum__articles_v_version_review_history_decision" USING "decision"::"public"."enum__articles_v_version_review_history_decision";
  ALTER TABLE "figures_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum_figures_review_history_decision";
  CREATE TYPE "public"."enum_figures_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "figures_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum_figures_review_history_decision" USING "decision"::"public"."enum_figures_review_history_decision";
  ALTER TABLE "_figures_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum__figures_v_version_review_history_decision";
  CREATE TYPE "public"."enum__figures_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "_figures_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum__figures_v_version_review_history_decision" USING "decision"::"public"."enum__figures_v_version_review_history_decision";
  ALTER TABLE "streets_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum_streets_review_history_decision";
  CREATE TYPE "public"."enum_streets_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "streets_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum_streets_review_history_decision" USING "decision"::"public"."enum_streets_review_history_decision";
  ALTER TABLE "_streets_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum__streets_v_version_review_history_decision";
  CREATE TYPE "public"."enum__streets_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "_streets_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum__streets_v_version_review_history_decision" USING "decision"::"public"."enum__streets_v_version_review_history_decision";
  ALTER TABLE "places_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum_places_review_history_decision";
  CREATE TYPE "public"."enum_places_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "places_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum_places_review_history_decision" USING "decision"::"public"."enum_places_review_history_decision";
  ALTER TABLE "_places_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum__places_v_version_review_history_decision";
  CREATE TYPE "public"."enum__places_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "_places_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum__places_v_version_review_history_decision" USING "decision"::"public"."enum__places_v_version_review_history_decision";
  ALTER TABLE "regulations_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum_regulations_review_history_decision";
  CREATE TYPE "public"."enum_regulations_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "regulations_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum_regulations_review_history_decision" USING "decision"::"public"."enum_regulations_review_history_decision";
  ALTER TABLE "_regulations_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum__regulations_v_version_review_history_decision";
  CREATE TYPE "public"."enum__regulations_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "_regulations_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum__regulations_v_version_review_history_decision" USING "decision"::"public"."enum__regulations_v_version_review_history_decision";
  ALTER TABLE "handbooks_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum_handbooks_review_history_decision";
  CREATE TYPE "public"."enum_handbooks_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "handbooks_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum_handbooks_review_history_decision" USING "decision"::"public"."enum_handbooks_review_history_decision";
  ALTER TABLE "_handbooks_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE text;
  DROP TYPE "public"."enum__handbooks_v_version_review_history_decision";
  CREATE TYPE "public"."enum__handbooks_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  ALTER TABLE "_handbooks_v_version_review_history" ALTER COLUMN "decision" SET DATA TYPE "public"."enum__handbooks_v_version_review_history_decision" USING "decision"::"public"."enum__handbooks_v_version_review_history_decision";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_review_takedown_review_takedown_requested_at_idx";
  DROP INDEX "articles_first_published_at_idx";
  DROP INDEX "_articles_v_version_review_takedown_version_review_taked_idx";
  DROP INDEX "_articles_v_version_version_first_published_at_idx";
  DROP INDEX "figures_review_takedown_review_takedown_requested_at_idx";
  DROP INDEX "figures_first_published_at_idx";
  DROP INDEX "_figures_v_version_review_takedown_version_review_takedo_idx";
  DROP INDEX "_figures_v_version_version_first_published_at_idx";
  DROP INDEX "streets_review_takedown_review_takedown_requested_at_idx";
  DROP INDEX "streets_first_published_at_idx";
  DROP INDEX "_streets_v_version_review_takedown_version_review_takedo_idx";
  DROP INDEX "_streets_v_version_version_first_published_at_idx";
  DROP INDEX "places_review_takedown_review_takedown_requested_at_idx";
  DROP INDEX "places_first_published_at_idx";
  DROP INDEX "_places_v_version_review_takedown_version_review_takedow_idx";
  DROP INDEX "_places_v_version_version_first_published_at_idx";
  DROP INDEX "regulations_review_takedown_review_takedown_requested_at_idx";
  DROP INDEX "regulations_first_published_at_idx";
  DROP INDEX "_regulations_v_version_review_takedown_version_review_ta_idx";
  DROP INDEX "_regulations_v_version_version_first_published_at_idx";
  DROP INDEX "handbooks_review_takedown_review_takedown_requested_at_idx";
  DROP INDEX "handbooks_first_published_at_idx";
  DROP INDEX "_handbooks_v_version_review_takedown_version_review_take_idx";
  DROP INDEX "_handbooks_v_version_version_first_published_at_idx";
  DROP INDEX "media_public_use_idx";
  DROP INDEX "payload_locked_documents_rels_media_uses_id_idx";
  DROP INDEX "payload_locked_documents_rels_privacy_findings_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "articles" DROP COLUMN "review_takedown_requested_at";
  ALTER TABLE "articles" DROP COLUMN "review_takedown_requested_by_name";
  ALTER TABLE "articles" DROP COLUMN "review_takedown_reason";
  ALTER TABLE "articles" DROP COLUMN "first_published_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_takedown_requested_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_takedown_requested_by_name";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_takedown_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "figures" DROP COLUMN "review_takedown_requested_at";
  ALTER TABLE "figures" DROP COLUMN "review_takedown_requested_by_name";
  ALTER TABLE "figures" DROP COLUMN "review_takedown_reason";
  ALTER TABLE "figures" DROP COLUMN "first_published_at";
  ALTER TABLE "_figures_v" DROP COLUMN "version_review_takedown_requested_at";
  ALTER TABLE "_figures_v" DROP COLUMN "version_review_takedown_requested_by_name";
  ALTER TABLE "_figures_v" DROP COLUMN "version_review_takedown_reason";
  ALTER TABLE "_figures_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "streets" DROP COLUMN "review_takedown_requested_at";
  ALTER TABLE "streets" DROP COLUMN "review_takedown_requested_by_name";
  ALTER TABLE "streets" DROP COLUMN "review_takedown_reason";
  ALTER TABLE "streets" DROP COLUMN "first_published_at";
  ALTER TABLE "_streets_v" DROP COLUMN "version_review_takedown_requested_at";
  ALTER TABLE "_streets_v" DROP COLUMN "version_review_takedown_requested_by_name";
  ALTER TABLE "_streets_v" DROP COLUMN "version_review_takedown_reason";
  ALTER TABLE "_streets_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "places" DROP COLUMN "review_takedown_requested_at";
  ALTER TABLE "places" DROP COLUMN "review_takedown_requested_by_name";
  ALTER TABLE "places" DROP COLUMN "review_takedown_reason";
  ALTER TABLE "places" DROP COLUMN "first_published_at";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_takedown_requested_at";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_takedown_requested_by_name";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_takedown_reason";
  ALTER TABLE "_places_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "regulations" DROP COLUMN "review_takedown_requested_at";
  ALTER TABLE "regulations" DROP COLUMN "review_takedown_requested_by_name";
  ALTER TABLE "regulations" DROP COLUMN "review_takedown_reason";
  ALTER TABLE "regulations" DROP COLUMN "first_published_at";
  ALTER TABLE "_regulations_v" DROP COLUMN "version_review_takedown_requested_at";
  ALTER TABLE "_regulations_v" DROP COLUMN "version_review_takedown_requested_by_name";
  ALTER TABLE "_regulations_v" DROP COLUMN "version_review_takedown_reason";
  ALTER TABLE "_regulations_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "handbooks" DROP COLUMN "review_takedown_requested_at";
  ALTER TABLE "handbooks" DROP COLUMN "review_takedown_requested_by_name";
  ALTER TABLE "handbooks" DROP COLUMN "review_takedown_reason";
  ALTER TABLE "handbooks" DROP COLUMN "first_published_at";
  ALTER TABLE "_handbooks_v" DROP COLUMN "version_review_takedown_requested_at";
  ALTER TABLE "_handbooks_v" DROP COLUMN "version_review_takedown_requested_by_name";
  ALTER TABLE "_handbooks_v" DROP COLUMN "version_review_takedown_reason";
  ALTER TABLE "_handbooks_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "media" DROP COLUMN "public_use";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_uses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "privacy_findings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  ALTER TABLE "site_settings" DROP COLUMN "audit_retention_days";
  DROP TYPE "public"."enum_privacy_findings_kind";
  DROP TYPE "public"."enum_privacy_findings_status";
  DROP TYPE "public"."enum_audit_log_action";`)
}
