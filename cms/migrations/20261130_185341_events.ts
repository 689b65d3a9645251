import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum_events_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_events_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('lecture', 'training', 'clinic', 'performance', 'volunteering', 'other');
  CREATE TYPE "public"."enum_events_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum__events_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__events_v_version_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('lecture', 'training', 'clinic', 'performance', 'volunteering', 'other');
  CREATE TYPE "public"."enum__events_v_version_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_event_signups_state" AS ENUM('signedUp', 'waitlisted', 'cancelled', 'checkedIn');
  CREATE TYPE "public"."enum_event_signups_channel" AS ENUM('online', 'staff', 'paper');
  CREATE TYPE "public"."enum_event_signups_check_in_method" AS ENUM('scan', 'rotating', 'paper');
  CREATE TABLE "events_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum_events_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "events_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_state" "enum_events_review_state" DEFAULT 'draft',
  	"review_author_id" integer,
  	"review_publish_at" timestamp(3) with time zone,
  	"review_publishat_tz" "enum_events_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_unpublish_at" timestamp(3) with time zone,
  	"review_unpublishat_tz" "enum_events_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_takedown_requested_at" timestamp(3) with time zone,
  	"review_takedown_requested_by_name" varchar,
  	"review_takedown_reason" varchar,
  	"title" varchar,
  	"kind" "enum_events_kind" DEFAULT 'lecture',
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"place_id" integer,
  	"capacity" numeric,
  	"hours" numeric,
  	"signup_opens_at" timestamp(3) with time zone,
  	"signup_closes_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"body" varchar,
  	"cover_id" integer,
  	"area_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_events_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_events_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum__events_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_review_state" "enum__events_v_version_review_state" DEFAULT 'draft',
  	"version_review_author_id" integer,
  	"version_review_publish_at" timestamp(3) with time zone,
  	"version_review_publishat_tz" "enum__events_v_version_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_unpublish_at" timestamp(3) with time zone,
  	"version_review_unpublishat_tz" "enum__events_v_version_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_takedown_requested_at" timestamp(3) with time zone,
  	"version_review_takedown_requested_by_name" varchar,
  	"version_review_takedown_reason" varchar,
  	"version_title" varchar,
  	"version_kind" "enum__events_v_version_kind" DEFAULT 'lecture',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_place_id" integer,
  	"version_capacity" numeric,
  	"version_hours" numeric,
  	"version_signup_opens_at" timestamp(3) with time zone,
  	"version_signup_closes_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_body" varchar,
  	"version_cover_id" integer,
  	"version_area_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__events_v_version_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "event_signups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"event_id" integer NOT NULL,
  	"place_id" integer,
  	"state" "enum_event_signups_state" NOT NULL,
  	"channel" "enum_event_signups_channel" NOT NULL,
  	"volunteer" boolean DEFAULT false,
  	"team" varchar,
  	"received_at" timestamp(3) with time zone,
  	"promoted_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"checked_in_at" timestamp(3) with time zone,
  	"check_in_method" "enum_event_signups_check_in_method",
  	"entered_by_id" integer,
  	"contact_id" integer,
  	"consent_version" varchar,
  	"purge_at" timestamp(3) with time zone,
  	"device_hash" varchar,
  	"receipt_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "privacy_findings_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_signups_id" integer;
  ALTER TABLE "events_review_history" ADD CONSTRAINT "events_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_review_history" ADD CONSTRAINT "events_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_previous_slugs" ADD CONSTRAINT "events_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_review_history" ADD CONSTRAINT "_events_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_review_history" ADD CONSTRAINT "_events_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_previous_slugs" ADD CONSTRAINT "_events_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_place_id_places_id_fk" FOREIGN KEY ("version_place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_contact_id_participation_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."participation_contacts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "events_review_history_order_idx" ON "events_review_history" USING btree ("_order");
  CREATE INDEX "events_review_history_parent_id_idx" ON "events_review_history" USING btree ("_parent_id");
  CREATE INDEX "events_review_history_by_idx" ON "events_review_history" USING btree ("by_id");
  CREATE INDEX "events_previous_slugs_order_idx" ON "events_previous_slugs" USING btree ("_order");
  CREATE INDEX "events_previous_slugs_parent_id_idx" ON "events_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "events_review_review_state_idx" ON "events" USING btree ("review_state");
  CREATE INDEX "events_review_review_author_idx" ON "events" USING btree ("review_author_id");
  CREATE INDEX "events_review_takedown_review_takedown_requested_at_idx" ON "events" USING btree ("review_takedown_requested_at");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_place_idx" ON "events" USING btree ("place_id");
  CREATE INDEX "events_cover_idx" ON "events" USING btree ("cover_id");
  CREATE INDEX "events_area_idx" ON "events" USING btree ("area_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_published_at_idx" ON "events" USING btree ("published_at");
  CREATE INDEX "events_first_published_at_idx" ON "events" USING btree ("first_published_at");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "_events_v_version_review_history_order_idx" ON "_events_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_events_v_version_review_history_parent_id_idx" ON "_events_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_review_history_by_idx" ON "_events_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_events_v_version_previous_slugs_order_idx" ON "_events_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_events_v_version_previous_slugs_parent_id_idx" ON "_events_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_review_version_review_state_idx" ON "_events_v" USING btree ("version_review_state");
  CREATE INDEX "_events_v_version_review_version_review_author_idx" ON "_events_v" USING btree ("version_review_author_id");
  CREATE INDEX "_events_v_version_review_takedown_version_review_takedow_idx" ON "_events_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_ends_at_idx" ON "_events_v" USING btree ("version_ends_at");
  CREATE INDEX "_events_v_version_version_place_idx" ON "_events_v" USING btree ("version_place_id");
  CREATE INDEX "_events_v_version_version_cover_idx" ON "_events_v" USING btree ("version_cover_id");
  CREATE INDEX "_events_v_version_version_area_idx" ON "_events_v" USING btree ("version_area_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_published_at_idx" ON "_events_v" USING btree ("version_published_at");
  CREATE INDEX "_events_v_version_version_first_published_at_idx" ON "_events_v" USING btree ("version_first_published_at");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "event_signups_reference_idx" ON "event_signups" USING btree ("reference");
  CREATE INDEX "event_signups_event_idx" ON "event_signups" USING btree ("event_id");
  CREATE INDEX "event_signups_place_idx" ON "event_signups" USING btree ("place_id");
  CREATE INDEX "event_signups_state_idx" ON "event_signups" USING btree ("state");
  CREATE INDEX "event_signups_received_at_idx" ON "event_signups" USING btree ("received_at");
  CREATE INDEX "event_signups_checked_in_at_idx" ON "event_signups" USING btree ("checked_in_at");
  CREATE INDEX "event_signups_entered_by_idx" ON "event_signups" USING btree ("entered_by_id");
  CREATE INDEX "event_signups_contact_idx" ON "event_signups" USING btree ("contact_id");
  CREATE INDEX "event_signups_purge_at_idx" ON "event_signups" USING btree ("purge_at");
  CREATE INDEX "event_signups_device_hash_idx" ON "event_signups" USING btree ("device_hash");
  CREATE UNIQUE INDEX "event_signups_receipt_hash_idx" ON "event_signups" USING btree ("receipt_hash");
  CREATE INDEX "event_signups_updated_at_idx" ON "event_signups" USING btree ("updated_at");
  CREATE INDEX "event_signups_created_at_idx" ON "event_signups" USING btree ("created_at");
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_signups_fk" FOREIGN KEY ("event_signups_id") REFERENCES "public"."event_signups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "privacy_findings_rels_events_id_idx" ON "privacy_findings_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_event_signups_id_idx" ON "payload_locked_documents_rels" USING btree ("event_signups_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_signups" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_review_history" CASCADE;
  DROP TABLE "events_previous_slugs" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "_events_v_version_review_history" CASCADE;
  DROP TABLE "_events_v_version_previous_slugs" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "event_signups" CASCADE;
  ALTER TABLE "privacy_findings_rels" DROP CONSTRAINT "privacy_findings_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_signups_fk";
  
  DROP INDEX "privacy_findings_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_signups_id_idx";
  ALTER TABLE "privacy_findings_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_signups_id";
  DROP TYPE "public"."enum_events_review_history_decision";
  DROP TYPE "public"."enum_events_review_state";
  DROP TYPE "public"."enum_events_review_publishat_tz";
  DROP TYPE "public"."enum_events_review_unpublishat_tz";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_publishedat_tz";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_review_history_decision";
  DROP TYPE "public"."enum__events_v_version_review_state";
  DROP TYPE "public"."enum__events_v_version_review_publishat_tz";
  DROP TYPE "public"."enum__events_v_version_review_unpublishat_tz";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_publishedat_tz";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum_event_signups_state";
  DROP TYPE "public"."enum_event_signups_channel";
  DROP TYPE "public"."enum_event_signups_check_in_method";`)
}
