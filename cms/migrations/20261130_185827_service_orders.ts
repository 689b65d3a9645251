import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_service_items_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum_service_items_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_service_items_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_service_items_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_service_items_kind" AS ENUM('lecture', 'training', 'clinic', 'performance', 'volunteer', 'other');
  CREATE TYPE "public"."enum_service_items_provider_kind" AS ENUM('team', 'figure');
  CREATE TYPE "public"."enum_service_items_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_service_items_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__service_items_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum__service_items_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__service_items_v_version_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__service_items_v_version_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__service_items_v_version_kind" AS ENUM('lecture', 'training', 'clinic', 'performance', 'volunteer', 'other');
  CREATE TYPE "public"."enum__service_items_v_version_provider_kind" AS ENUM('team', 'figure');
  CREATE TYPE "public"."enum__service_items_v_version_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__service_items_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_service_orders_steps_action" AS ENUM('submit', 'approve', 'refuse', 'dispatch', 'redispatch', 'accept', 'decline', 'cancel', 'complete');
  CREATE TYPE "public"."enum_service_orders_steps_by" AS ENUM('resident', 'worker', 'station', 'office', 'team');
  CREATE TYPE "public"."enum_service_orders_privacy_kinds" AS ENUM('mobile', 'id-number', 'address');
  CREATE TYPE "public"."enum_service_orders_kind" AS ENUM('lecture', 'training', 'clinic', 'performance', 'volunteer', 'other');
  CREATE TYPE "public"."enum_service_orders_state" AS ENUM('submitted', 'approved', 'dispatched', 'accepted', 'completed', 'refused', 'cancelled');
  CREATE TYPE "public"."enum_service_orders_channel" AS ENUM('online', 'worker');
  CREATE TYPE "public"."enum_service_orders_rating_state" AS ENUM('pending', 'approved', 'refused');
  ALTER TYPE "public"."enum_users_notices" ADD VALUE 'order-due';
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'teamLeader';
  ALTER TYPE "public"."enum_notice_groups_events" ADD VALUE 'order-due';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'orderReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'orderReminders';
  CREATE TABLE "service_items_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum_service_items_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "service_items_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "service_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_state" "enum_service_items_review_state" DEFAULT 'draft',
  	"review_author_id" integer,
  	"review_publish_at" timestamp(3) with time zone,
  	"review_publishat_tz" "enum_service_items_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_unpublish_at" timestamp(3) with time zone,
  	"review_unpublishat_tz" "enum_service_items_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_takedown_requested_at" timestamp(3) with time zone,
  	"review_takedown_requested_by_name" varchar,
  	"review_takedown_reason" varchar,
  	"title" varchar,
  	"kind" "enum_service_items_kind",
  	"place_id" integer,
  	"summary" varchar,
  	"duration" numeric DEFAULT 60,
  	"capacity" numeric DEFAULT 30,
  	"provider_kind" "enum_service_items_provider_kind" DEFAULT 'team',
  	"provider_team_id" integer,
  	"provider_figure_id" integer,
  	"booking_lead_days" numeric DEFAULT 3,
  	"booking_from" timestamp(3) with time zone,
  	"booking_until" timestamp(3) with time zone,
  	"booking_note" varchar,
  	"area_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_service_items_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_service_items_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_service_items_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum__service_items_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_items_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_review_state" "enum__service_items_v_version_review_state" DEFAULT 'draft',
  	"version_review_author_id" integer,
  	"version_review_publish_at" timestamp(3) with time zone,
  	"version_review_publishat_tz" "enum__service_items_v_version_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_unpublish_at" timestamp(3) with time zone,
  	"version_review_unpublishat_tz" "enum__service_items_v_version_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_takedown_requested_at" timestamp(3) with time zone,
  	"version_review_takedown_requested_by_name" varchar,
  	"version_review_takedown_reason" varchar,
  	"version_title" varchar,
  	"version_kind" "enum__service_items_v_version_kind",
  	"version_place_id" integer,
  	"version_summary" varchar,
  	"version_duration" numeric DEFAULT 60,
  	"version_capacity" numeric DEFAULT 30,
  	"version_provider_kind" "enum__service_items_v_version_provider_kind" DEFAULT 'team',
  	"version_provider_team_id" integer,
  	"version_provider_figure_id" integer,
  	"version_booking_lead_days" numeric DEFAULT 3,
  	"version_booking_from" timestamp(3) with time zone,
  	"version_booking_until" timestamp(3) with time zone,
  	"version_booking_note" varchar,
  	"version_area_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__service_items_v_version_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__service_items_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "volunteer_teams" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"members" numeric,
  	"summary" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "volunteer_teams_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"places_id" integer
  );
  
  CREATE TABLE "service_orders_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_service_orders_steps_action" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by" "enum_service_orders_steps_by" NOT NULL,
  	"actor_id" integer,
  	"team_id" integer,
  	"reason" varchar
  );
  
  CREATE TABLE "service_orders_privacy_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_service_orders_privacy_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "service_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"item_id" integer NOT NULL,
  	"place_id" integer,
  	"kind" "enum_service_orders_kind",
  	"state" "enum_service_orders_state" DEFAULT 'submitted' NOT NULL,
  	"group" varchar,
  	"household" varchar,
  	"people" numeric,
  	"wanted_at" timestamp(3) with time zone,
  	"venue" varchar,
  	"note" varchar,
  	"team_id" integer,
  	"due_on" varchar,
  	"reminded_on" varchar,
  	"channel" "enum_service_orders_channel",
  	"ordered_by_id" integer,
  	"received_at" timestamp(3) with time zone,
  	"report_text" varchar,
  	"report_photo_consent" boolean,
  	"report_consent_by_id" integer,
  	"report_filed_at" timestamp(3) with time zone,
  	"report_article_id" integer,
  	"rating_score" numeric,
  	"rating_comment" varchar,
  	"rating_state" "enum_service_orders_rating_state",
  	"rating_rated_at" timestamp(3) with time zone,
  	"rating_reviewed_by_id" integer,
  	"personal_forgotten" timestamp(3) with time zone,
  	"contact_id" integer,
  	"consent_version" varchar,
  	"purge_at" timestamp(3) with time zone,
  	"device_hash" varchar,
  	"receipt_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_orders_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  ALTER TABLE "users" ADD COLUMN "team_id" integer;
  ALTER TABLE "privacy_findings_rels" ADD COLUMN "service_items_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_items_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "volunteer_teams_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_orders_id" integer;
  ALTER TABLE "service_items_review_history" ADD CONSTRAINT "service_items_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_items_review_history" ADD CONSTRAINT "service_items_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_items_previous_slugs" ADD CONSTRAINT "service_items_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_items" ADD CONSTRAINT "service_items_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_items" ADD CONSTRAINT "service_items_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_items" ADD CONSTRAINT "service_items_provider_team_id_volunteer_teams_id_fk" FOREIGN KEY ("provider_team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_items" ADD CONSTRAINT "service_items_provider_figure_id_figures_id_fk" FOREIGN KEY ("provider_figure_id") REFERENCES "public"."figures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_items" ADD CONSTRAINT "service_items_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_items_v_version_review_history" ADD CONSTRAINT "_service_items_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_items_v_version_review_history" ADD CONSTRAINT "_service_items_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_items_v_version_previous_slugs" ADD CONSTRAINT "_service_items_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_items_v" ADD CONSTRAINT "_service_items_v_parent_id_service_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_items_v" ADD CONSTRAINT "_service_items_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_items_v" ADD CONSTRAINT "_service_items_v_version_place_id_places_id_fk" FOREIGN KEY ("version_place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_items_v" ADD CONSTRAINT "_service_items_v_version_provider_team_id_volunteer_teams_id_fk" FOREIGN KEY ("version_provider_team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_items_v" ADD CONSTRAINT "_service_items_v_version_provider_figure_id_figures_id_fk" FOREIGN KEY ("version_provider_figure_id") REFERENCES "public"."figures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_items_v" ADD CONSTRAINT "_service_items_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_teams_rels" ADD CONSTRAINT "volunteer_teams_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_teams_rels" ADD CONSTRAINT "volunteer_teams_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_orders_steps" ADD CONSTRAINT "service_orders_steps_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders_steps" ADD CONSTRAINT "service_orders_steps_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders_steps" ADD CONSTRAINT "service_orders_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_orders_privacy_kinds" ADD CONSTRAINT "service_orders_privacy_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_item_id_service_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."service_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_ordered_by_id_users_id_fk" FOREIGN KEY ("ordered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_report_consent_by_id_users_id_fk" FOREIGN KEY ("report_consent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_report_article_id_articles_id_fk" FOREIGN KEY ("report_article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_rating_reviewed_by_id_users_id_fk" FOREIGN KEY ("rating_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_contact_id_participation_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."participation_contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_orders_rels" ADD CONSTRAINT "service_orders_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_orders_rels" ADD CONSTRAINT "service_orders_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "service_items_review_history_order_idx" ON "service_items_review_history" USING btree ("_order");
  CREATE INDEX "service_items_review_history_parent_id_idx" ON "service_items_review_history" USING btree ("_parent_id");
  CREATE INDEX "service_items_review_history_by_idx" ON "service_items_review_history" USING btree ("by_id");
  CREATE INDEX "service_items_previous_slugs_order_idx" ON "service_items_previous_slugs" USING btree ("_order");
  CREATE INDEX "service_items_previous_slugs_parent_id_idx" ON "service_items_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "service_items_review_review_state_idx" ON "service_items" USING btree ("review_state");
  CREATE INDEX "service_items_review_review_author_idx" ON "service_items" USING btree ("review_author_id");
  CREATE INDEX "service_items_review_takedown_review_takedown_requested__idx" ON "service_items" USING btree ("review_takedown_requested_at");
  CREATE INDEX "service_items_place_idx" ON "service_items" USING btree ("place_id");
  CREATE INDEX "service_items_provider_provider_team_idx" ON "service_items" USING btree ("provider_team_id");
  CREATE INDEX "service_items_provider_provider_figure_idx" ON "service_items" USING btree ("provider_figure_id");
  CREATE INDEX "service_items_area_idx" ON "service_items" USING btree ("area_id");
  CREATE UNIQUE INDEX "service_items_slug_idx" ON "service_items" USING btree ("slug");
  CREATE INDEX "service_items_published_at_idx" ON "service_items" USING btree ("published_at");
  CREATE INDEX "service_items_first_published_at_idx" ON "service_items" USING btree ("first_published_at");
  CREATE INDEX "service_items_updated_at_idx" ON "service_items" USING btree ("updated_at");
  CREATE INDEX "service_items_created_at_idx" ON "service_items" USING btree ("created_at");
  CREATE INDEX "service_items__status_idx" ON "service_items" USING btree ("_status");
  CREATE INDEX "_service_items_v_version_review_history_order_idx" ON "_service_items_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_service_items_v_version_review_history_parent_id_idx" ON "_service_items_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_service_items_v_version_review_history_by_idx" ON "_service_items_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_service_items_v_version_previous_slugs_order_idx" ON "_service_items_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_service_items_v_version_previous_slugs_parent_id_idx" ON "_service_items_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_service_items_v_parent_idx" ON "_service_items_v" USING btree ("parent_id");
  CREATE INDEX "_service_items_v_version_review_version_review_state_idx" ON "_service_items_v" USING btree ("version_review_state");
  CREATE INDEX "_service_items_v_version_review_version_review_author_idx" ON "_service_items_v" USING btree ("version_review_author_id");
  CREATE INDEX "_service_items_v_version_review_takedown_version_review__idx" ON "_service_items_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_service_items_v_version_version_place_idx" ON "_service_items_v" USING btree ("version_place_id");
  CREATE INDEX "_service_items_v_version_provider_version_provider_team_idx" ON "_service_items_v" USING btree ("version_provider_team_id");
  CREATE INDEX "_service_items_v_version_provider_version_provider_figur_idx" ON "_service_items_v" USING btree ("version_provider_figure_id");
  CREATE INDEX "_service_items_v_version_version_area_idx" ON "_service_items_v" USING btree ("version_area_id");
  CREATE INDEX "_service_items_v_version_version_slug_idx" ON "_service_items_v" USING btree ("version_slug");
  CREATE INDEX "_service_items_v_version_version_published_at_idx" ON "_service_items_v" USING btree ("version_published_at");
  CREATE INDEX "_service_items_v_version_version_first_published_at_idx" ON "_service_items_v" USING btree ("version_first_published_at");
  CREATE INDEX "_service_items_v_version_version_updated_at_idx" ON "_service_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_service_items_v_version_version_created_at_idx" ON "_service_items_v" USING btree ("version_created_at");
  CREATE INDEX "_service_items_v_version_version__status_idx" ON "_service_items_v" USING btree ("version__status");
  CREATE INDEX "_service_items_v_created_at_idx" ON "_service_items_v" USING btree ("created_at");
  CREATE INDEX "_service_items_v_updated_at_idx" ON "_service_items_v" USING btree ("updated_at");
  CREATE INDEX "_service_items_v_latest_idx" ON "_service_items_v" USING btree ("latest");
  CREATE INDEX "volunteer_teams_updated_at_idx" ON "volunteer_teams" USING btree ("updated_at");
  CREATE INDEX "volunteer_teams_created_at_idx" ON "volunteer_teams" USING btree ("created_at");
  CREATE INDEX "volunteer_teams_rels_order_idx" ON "volunteer_teams_rels" USING btree ("order");
  CREATE INDEX "volunteer_teams_rels_parent_idx" ON "volunteer_teams_rels" USING btree ("parent_id");
  CREATE INDEX "volunteer_teams_rels_path_idx" ON "volunteer_teams_rels" USING btree ("path");
  CREATE INDEX "volunteer_teams_rels_places_id_idx" ON "volunteer_teams_rels" USING btree ("places_id");
  CREATE INDEX "service_orders_steps_order_idx" ON "service_orders_steps" USING btree ("_order");
  CREATE INDEX "service_orders_steps_parent_id_idx" ON "service_orders_steps" USING btree ("_parent_id");
  CREATE INDEX "service_orders_steps_actor_idx" ON "service_orders_steps" USING btree ("actor_id");
  CREATE INDEX "service_orders_steps_team_idx" ON "service_orders_steps" USING btree ("team_id");
  CREATE INDEX "service_orders_privacy_kinds_order_idx" ON "service_orders_privacy_kinds" USING btree ("order");
  CREATE INDEX "service_orders_privacy_kinds_parent_idx" ON "service_orders_privacy_kinds" USING btree ("parent_id");
  CREATE UNIQUE INDEX "service_orders_reference_idx" ON "service_orders" USING btree ("reference");
  CREATE INDEX "service_orders_item_idx" ON "service_orders" USING btree ("item_id");
  CREATE INDEX "service_orders_place_idx" ON "service_orders" USING btree ("place_id");
  CREATE INDEX "service_orders_kind_idx" ON "service_orders" USING btree ("kind");
  CREATE INDEX "service_orders_state_idx" ON "service_orders" USING btree ("state");
  CREATE INDEX "service_orders_wanted_at_idx" ON "service_orders" USING btree ("wanted_at");
  CREATE INDEX "service_orders_team_idx" ON "service_orders" USING btree ("team_id");
  CREATE INDEX "service_orders_due_on_idx" ON "service_orders" USING btree ("due_on");
  CREATE INDEX "service_orders_ordered_by_idx" ON "service_orders" USING btree ("ordered_by_id");
  CREATE INDEX "service_orders_received_at_idx" ON "service_orders" USING btree ("received_at");
  CREATE INDEX "service_orders_report_report_consent_by_idx" ON "service_orders" USING btree ("report_consent_by_id");
  CREATE INDEX "service_orders_report_report_article_idx" ON "service_orders" USING btree ("report_article_id");
  CREATE INDEX "service_orders_rating_rating_reviewed_by_idx" ON "service_orders" USING btree ("rating_reviewed_by_id");
  CREATE INDEX "service_orders_contact_idx" ON "service_orders" USING btree ("contact_id");
  CREATE INDEX "service_orders_purge_at_idx" ON "service_orders" USING btree ("purge_at");
  CREATE INDEX "service_orders_device_hash_idx" ON "service_orders" USING btree ("device_hash");
  CREATE UNIQUE INDEX "service_orders_receipt_hash_idx" ON "service_orders" USING btree ("receipt_hash");
  CREATE INDEX "service_orders_updated_at_idx" ON "service_orders" USING btree ("updated_at");
  CREATE INDEX "service_orders_created_at_idx" ON "service_orders" USING btree ("created_at");
  CREATE INDEX "service_orders_rels_order_idx" ON "service_orders_rels" USING btree ("order");
  CREATE INDEX "service_orders_rels_parent_idx" ON "service_orders_rels" USING btree ("parent_id");
  CREATE INDEX "service_orders_rels_path_idx" ON "service_orders_rels" USING btree ("path");
  CREATE INDEX "service_orders_rels_media_id_idx" ON "service_orders_rels" USING btree ("media_id");
  ALTER TABLE "users" ADD CONSTRAINT "users_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_service_items_fk" FOREIGN KEY ("service_items_id") REFERENCES "public"."service_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_items_fk" FOREIGN KEY ("service_items_id") REFERENCES "public"."service_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_volunteer_teams_fk" FOREIGN KEY ("volunteer_teams_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_orders_fk" FOREIGN KEY ("service_orders_id") REFERENCES "public"."service_orders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_team_idx" ON "users" USING btree ("team_id");
  CREATE INDEX "privacy_findings_rels_service_items_id_idx" ON "privacy_findings_rels" USING btree ("service_items_id");
  CREATE INDEX "payload_locked_documents_rels_service_items_id_idx" ON "payload_locked_documents_rels" USING btree ("service_items_id");
  CREATE INDEX "payload_locked_documents_rels_volunteer_teams_id_idx" ON "payload_locked_documents_rels" USING btree ("volunteer_teams_id");
  CREATE INDEX "payload_locked_documents_rels_service_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("service_orders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_items_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_items_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_items_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_items_v_version_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteer_teams" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteer_teams_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_orders_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_orders_privacy_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_orders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_orders_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "service_items_review_history" CASCADE;
  DROP TABLE "service_items_previous_slugs" CASCADE;
  DROP TABLE "service_items" CASCADE;
  DROP TABLE "_service_items_v_version_review_history" CASCADE;
  DROP TABLE "_service_items_v_version_previous_slugs" CASCADE;
  DROP TABLE "_service_items_v" CASCADE;
  DROP TABLE "volunteer_teams" CASCADE;
  DROP TABLE "volunteer_teams_rels" CASCADE;
  DROP TABLE "service_orders_steps" CASCADE;
  DROP TABLE "service_orders_privacy_kinds" CASCADE;
  DROP TABLE "service_orders" CASCADE;
  DROP TABLE "service_orders_rels" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_team_id_volunteer_teams_id_fk";
  
  ALTER TABLE "privacy_findings_rels" DROP CONSTRAINT "privacy_findings_rels_service_items_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_items_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_volunteer_teams_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_orders_fk";
  
  ALTER TABLE "users_notices" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_notices";
  CREATE TYPE "public"."enum_users_notices" AS ENUM('waiting', 'returned', 'published', 'reply-due');
  ALTER TABLE "users_notices" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_notices" USING "value"::"public"."enum_users_notices";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'reviewer', 'community', 'station');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  ALTER TABLE "notice_groups_events" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_notice_groups_events";
  CREATE TYPE "public"."enum_notice_groups_events" AS ENUM('waiting', 'returned', 'published', 'takedown', 'build-failed', 'reply-due');
  ALTER TABLE "notice_groups_events" ALTER COLUMN "value" SET DATA TYPE "public"."enum_notice_groups_events" USING "value"::"public"."enum_notice_groups_events";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild', 'privacyRescan', 'auditRetention', 'participationRetention', 'replyReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild', 'privacyRescan', 'auditRetention', 'participationRetention', 'replyReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_team_idx";
  DROP INDEX "privacy_findings_rels_service_items_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_items_id_idx";
  DROP INDEX "payload_locked_documents_rels_volunteer_teams_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_orders_id_idx";
  ALTER TABLE "users" DROP COLUMN "team_id";
  ALTER TABLE "privacy_findings_rels" DROP COLUMN "service_items_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_items_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "volunteer_teams_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_orders_id";
  DROP TYPE "public"."enum_service_items_review_history_decision";
  DROP TYPE "public"."enum_service_items_review_state";
  DROP TYPE "public"."enum_service_items_review_publishat_tz";
  DROP TYPE "public"."enum_service_items_review_unpublishat_tz";
  DROP TYPE "public"."enum_service_items_kind";
  DROP TYPE "public"."enum_service_items_provider_kind";
  DROP TYPE "public"."enum_service_items_publishedat_tz";
  DROP TYPE "public"."enum_service_items_status";
  DROP TYPE "public"."enum__service_items_v_version_review_history_decision";
  DROP TYPE "public"."enum__service_items_v_version_review_state";
  DROP TYPE "public"."enum__service_items_v_version_review_publishat_tz";
  DROP TYPE "public"."enum__service_items_v_version_review_unpublishat_tz";
  DROP TYPE "public"."enum__service_items_v_version_kind";
  DROP TYPE "public"."enum__service_items_v_version_provider_kind";
  DROP TYPE "public"."enum__service_items_v_version_publishedat_tz";
  DROP TYPE "public"."enum__service_items_v_version_status";
  DROP TYPE "public"."enum_service_orders_steps_action";
  DROP TYPE "public"."enum_service_orders_steps_by";
  DROP TYPE "public"."enum_service_orders_privacy_kinds";
  DROP TYPE "public"."enum_service_orders_kind";
  DROP TYPE "public"."enum_service_orders_state";
  DROP TYPE "public"."enum_service_orders_channel";
  DROP TYPE "public"."enum_service_orders_rating_state";`)
}
