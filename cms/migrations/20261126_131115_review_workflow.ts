import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum_articles_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__articles_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum__articles_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_figures_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum_figures_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__figures_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum__figures_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_streets_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum_streets_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__streets_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum__streets_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_places_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum_places_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__places_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum__places_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_regulations_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum_regulations_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__regulations_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum__regulations_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewSchedules');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewSchedules');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'reviewer';
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'community';
  CREATE TABLE "articles_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum_articles_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "_articles_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum__articles_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "figures_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum_figures_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "_figures_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum__figures_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "streets_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum_streets_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "_streets_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum__streets_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "places_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum_places_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "_places_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum__places_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "regulations_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum_regulations_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "_regulations_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"decision" "enum__regulations_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "review_state" "enum_articles_review_state" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "review_author_id" integer;
  ALTER TABLE "articles" ADD COLUMN "review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_state" "enum__articles_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_author_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "figures" ADD COLUMN "review_state" "enum_figures_review_state" DEFAULT 'draft';
  ALTER TABLE "figures" ADD COLUMN "review_author_id" integer;
  ALTER TABLE "figures" ADD COLUMN "review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "figures" ADD COLUMN "review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_figures_v" ADD COLUMN "version_review_state" "enum__figures_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_figures_v" ADD COLUMN "version_review_author_id" integer;
  ALTER TABLE "_figures_v" ADD COLUMN "version_review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_figures_v" ADD COLUMN "version_review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "streets" ADD COLUMN "review_state" "enum_streets_review_state" DEFAULT 'draft';
  ALTER TABLE "streets" ADD COLUMN "review_author_id" integer;
  ALTER TABLE "streets" ADD COLUMN "review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "streets" ADD COLUMN "review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_streets_v" ADD COLUMN "version_review_state" "enum__streets_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_streets_v" ADD COLUMN "version_review_author_id" integer;
  ALTER TABLE "_streets_v" ADD COLUMN "version_review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_streets_v" ADD COLUMN "version_review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "places" ADD COLUMN "review_state" "enum_places_review_state" DEFAULT 'draft';
  ALTER TABLE "places" ADD COLUMN "review_author_id" integer;
  ALTER TABLE "places" ADD COLUMN "review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "places" ADD COLUMN "review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_state" "enum__places_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_places_v" ADD COLUMN "version_review_author_id" integer;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "regulations" ADD COLUMN "review_state" "enum_regulations_review_state" DEFAULT 'draft';
  ALTER TABLE "regulations" ADD COLUMN "review_author_id" integer;
  ALTER TABLE "regulations" ADD COLUMN "review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "regulations" ADD COLUMN "review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_regulations_v" ADD COLUMN "version_review_state" "enum__regulations_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_regulations_v" ADD COLUMN "version_review_author_id" integer;
  ALTER TABLE "_regulations_v" ADD COLUMN "version_review_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_regulations_v" ADD COLUMN "version_review_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "review_level" numeric;
  ALTER TABLE "users" ADD COLUMN "area_id" integer;
  ALTER TABLE "articles_review_history" ADD CONSTRAINT "articles_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_review_history" ADD CONSTRAINT "articles_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_history" ADD CONSTRAINT "_articles_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_history" ADD CONSTRAINT "_articles_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "figures_review_history" ADD CONSTRAINT "figures_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "figures_review_history" ADD CONSTRAINT "figures_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_figures_v_version_review_history" ADD CONSTRAINT "_figures_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_figures_v_version_review_history" ADD CONSTRAINT "_figures_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_figures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "streets_review_history" ADD CONSTRAINT "streets_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "streets_review_history" ADD CONSTRAINT "streets_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_streets_v_version_review_history" ADD CONSTRAINT "_streets_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_streets_v_version_review_history" ADD CONSTRAINT "_streets_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_streets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_review_history" ADD CONSTRAINT "places_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "places_review_history" ADD CONSTRAINT "places_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_version_review_history" ADD CONSTRAINT "_places_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v_version_review_history" ADD CONSTRAINT "_places_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_review_history" ADD CONSTRAINT "regulations_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regulations_review_history" ADD CONSTRAINT "regulations_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_version_review_history" ADD CONSTRAINT "_regulations_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regulations_v_version_review_history" ADD CONSTRAINT "_regulations_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regulations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_review_history_order_idx" ON "articles_review_history" USING btree ("_order");
  CREATE INDEX "articles_review_history_parent_id_idx" ON "articles_review_history" USING btree ("_parent_id");
  CREATE INDEX "articles_review_history_by_idx" ON "articles_review_history" USING btree ("by_id");
  CREATE INDEX "_articles_v_version_review_history_order_idx" ON "_articles_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_articles_v_version_review_history_parent_id_idx" ON "_articles_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_review_history_by_idx" ON "_articles_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "figures_review_history_order_idx" ON "figures_review_history" USING btree ("_order");
  CREATE INDEX "figures_review_history_parent_id_idx" ON "figures_review_history" USING btree ("_parent_id");
  CREATE INDEX "figures_review_history_by_idx" ON "figures_review_history" USING btree ("by_id");
  CREATE INDEX "_figures_v_version_review_history_order_idx" ON "_figures_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_figures_v_version_review_history_parent_id_idx" ON "_figures_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_figures_v_version_review_history_by_idx" ON "_figures_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "streets_review_history_order_idx" ON "streets_review_history" USING btree ("_order");
  CREATE INDEX "streets_review_history_parent_id_idx" ON "streets_review_history" USING btree ("_parent_id");
  CREATE INDEX "streets_review_history_by_idx" ON "streets_review_history" USING btree ("by_id");
  CREATE INDEX "_streets_v_version_review_history_order_idx" ON "_streets_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_streets_v_version_review_history_parent_id_idx" ON "_streets_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_streets_v_version_review_history_by_idx" ON "_streets_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "places_review_history_order_idx" ON "places_review_history" USING btree ("_order");
  CREATE INDEX "places_review_history_parent_id_idx" ON "places_review_history" USING btree ("_parent_id");
  CREATE INDEX "places_review_history_by_idx" ON "places_review_history" USING btree ("by_id");
  CREATE INDEX "_places_v_version_review_history_order_idx" ON "_places_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_places_v_version_review_history_parent_id_idx" ON "_places_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_places_v_version_review_history_by_idx" ON "_places_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "regulations_review_history_order_idx" ON "regulations_review_history" USING btree ("_order");
  CREATE INDEX "regulations_review_history_parent_id_idx" ON "regulations_review_history" USING btree ("_parent_id");
  CREATE INDEX "regulations_review_history_by_idx" ON "regulations_review_history" USING btree ("by_id");
  CREATE INDEX "_regulations_v_version_review_history_order_idx" ON "_regulations_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_regulations_v_version_review_history_parent_id_idx" ON "_regulations_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_regulations_v_version_review_history_by_idx" ON "_regulations_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "figures" ADD CONSTRAINT "figures_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_figures_v" ADD CONSTRAINT "_figures_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "streets" ADD CONSTRAINT "streets_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_streets_v" ADD CONSTRAINT "_streets_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "places" ADD CONSTRAINT "places_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regulations" ADD CONSTRAINT "regulations_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regulations_v" ADD CONSTRAINT "_regulations_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_review_review_state_idx" ON "articles" USING btree ("review_state");
  CREATE INDEX "articles_review_review_author_idx" ON "articles" USING btree ("review_author_id");
  CREATE INDEX "_articles_v_version_review_version_review_state_idx" ON "_articles_v" USING btree ("version_review_state");
  CREATE INDEX "_articles_v_version_review_version_review_author_idx" ON "_articles_v" USING btree ("version_review_author_id");
  CREATE INDEX "figures_review_review_state_idx" ON "figures" USING btree ("review_state");
  CREATE INDEX "figures_review_review_author_idx" ON "figures" USING btree ("review_author_id");
  CREATE INDEX "_figures_v_version_review_version_review_state_idx" ON "_figures_v" USING btree ("version_review_state");
  CREATE INDEX "_figures_v_version_review_version_review_author_idx" ON "_figures_v" USING btree ("version_review_author_id");
  CREATE INDEX "streets_review_review_state_idx" ON "streets" USING btree ("review_state");
  CREATE INDEX "streets_review_review_author_idx" ON "streets" USING btree ("review_author_id");
  CREATE INDEX "_streets_v_version_review_version_review_state_idx" ON "_streets_v" USING btree ("version_review_state");
  CREATE INDEX "_streets_v_version_review_version_review_author_idx" ON "_streets_v" USING btree ("version_review_author_id");
  CREATE INDEX "places_review_review_state_idx" ON "places" USING btree ("review_state");
  CREATE INDEX "places_review_review_author_idx" ON "places" USING btree ("review_author_id");
  CREATE INDEX "_places_v_version_review_version_review_state_idx" ON "_places_v" USING btree ("version_review_state");
  CREATE INDEX "_places_v_version_review_version_review_author_idx" ON "_places_v" USING btree ("version_review_author_id");
  CREATE INDEX "regulations_review_review_state_idx" ON "regulations" USING btree ("review_state");
  CREATE INDEX "regulations_review_review_author_idx" ON "regulations" USING btree ("review_author_id");
  CREATE INDEX "_regulations_v_version_review_version_review_state_idx" ON "_regulations_v" USING btree ("version_review_state");
  CREATE INDEX "_regulations_v_version_review_version_review_author_idx" ON "_regulations_v" USING btree ("version_review_author_id");
  CREATE INDEX "users_area_idx" ON "users" USING btree ("area_id");`)

  // What was already live went out before review existed: record it as published.
  for (const table of ['articles', 'figures', 'streets', 'places', 'regulations']) {
    await db.execute(sql.raw(`UPDATE "${table}" SET "review_state" = 'published' WHERE "_status" = 'published'`))
    await db.execute(sql.raw(`UPDATE "_${table}_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published'`))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "figures_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_figures_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "streets_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_streets_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regulations_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_regulations_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_review_history" CASCADE;
  DROP TABLE "_articles_v_version_review_history" CASCADE;
  DROP TABLE "figures_review_history" CASCADE;
  DROP TABLE "_figures_v_version_review_history" CASCADE;
  DROP TABLE "streets_review_history" CASCADE;
  DROP TABLE "_streets_v_version_review_history" CASCADE;
  DROP TABLE "places_review_history" CASCADE;
  DROP TABLE "_places_v_version_review_history" CASCADE;
  DROP TABLE "regulations_review_history" CASCADE;
  DROP TABLE "_regulations_v_version_review_history" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_review_author_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_review_author_id_users_id_fk";
  
  ALTER TABLE "figures" DROP CONSTRAINT "figures_review_author_id_users_id_fk";
  
  ALTER TABLE "_figures_v" DROP CONSTRAINT "_figures_v_version_review_author_id_users_id_fk";
  
  ALTER TABLE "streets" DROP CONSTRAINT "streets_review_author_id_users_id_fk";
  
  ALTER TABLE "_streets_v" DROP CONSTRAINT "_streets_v_version_review_author_id_users_id_fk";
  
  ALTER TABLE "places" DROP CONSTRAINT "places_review_author_id_users_id_fk";
  
  ALTER TABLE "_places_v" DROP CONSTRAINT "_places_v_version_review_author_id_users_id_fk";
  
  ALTER TABLE "regulations" DROP CONSTRAINT "regulations_review_author_id_users_id_fk";
  
  ALTER TABLE "_regulations_v" DROP CONSTRAINT "_regulations_v_version_review_author_id_users_id_fk";
  
  ALTER TABLE "users" DROP CONSTRAINT "users_area_id_areas_id_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "articles_review_review_state_idx";
  DROP INDEX "articles_review_review_author_idx";
  DROP INDEX "_articles_v_version_review_version_review_state_idx";
  DROP INDEX "_articles_v_version_review_version_review_author_idx";
  DROP INDEX "figures_review_review_state_idx";
  DROP INDEX "figures_review_review_author_idx";
  DROP INDEX "_figures_v_version_review_version_review_state_idx";
  DROP INDEX "_figures_v_version_review_version_review_author_idx";
  DROP INDEX "streets_review_review_state_idx";
  DROP INDEX "streets_review_review_author_idx";
  DROP INDEX "_streets_v_version_review_version_review_state_idx";
  DROP INDEX "_streets_v_version_review_version_review_author_idx";
  DROP INDEX "places_review_review_state_idx";
  DROP INDEX "places_review_review_author_idx";
  DROP INDEX "_places_v_version_review_version_review_state_idx";
  DROP INDEX "_places_v_version_review_version_review_author_idx";
  DROP INDEX "regulations_review_review_state_idx";
  DROP INDEX "regulations_review_review_author_idx";
  DROP INDEX "_regulations_v_version_review_version_review_state_idx";
  DROP INDEX "_regulations_v_version_review_version_review_author_idx";
  DROP INDEX "users_area_idx";
  ALTER TABLE "articles" DROP COLUMN "review_state";
  ALTER TABLE "articles" DROP COLUMN "review_author_id";
  ALTER TABLE "articles" DROP COLUMN "review_publish_at";
  ALTER TABLE "articles" DROP COLUMN "review_unpublish_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_author_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_publish_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_unpublish_at";
  ALTER TABLE "figures" DROP COLUMN "review_state";
  ALTER TABLE "figures" DROP COLUMN "review_author_id";
  ALTER TABLE "figures" DROP COLUMN "review_publish_at";
  ALTER TABLE "figures" DROP COLUMN "review_unpublish_at";
  ALTER TABLE "_figures_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_figures_v" DROP COLUMN "version_review_author_id";
  ALTER TABLE "_figures_v" DROP COLUMN "version_review_publish_at";
  ALTER TABLE "_figures_v" DROP COLUMN "version_review_unpublish_at";
  ALTER TABLE "streets" DROP COLUMN "review_state";
  ALTER TABLE "streets" DROP COLUMN "review_author_id";
  ALTER TABLE "streets" DROP COLUMN "review_publish_at";
  ALTER TABLE "streets" DROP COLUMN "review_unpublish_at";
  ALTER TABLE "_streets_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_streets_v" DROP COLUMN "version_review_author_id";
  ALTER TABLE "_streets_v" DROP COLUMN "version_review_publish_at";
  ALTER TABLE "_streets_v" DROP COLUMN "version_review_unpublish_at";
  ALTER TABLE "places" DROP COLUMN "review_state";
  ALTER TABLE "places" DROP COLUMN "review_author_id";
  ALTER TABLE "places" DROP COLUMN "review_publish_at";
  ALTER TABLE "places" DROP COLUMN "review_unpublish_at";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_author_id";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_publish_at";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_unpublish_at";
  ALTER TABLE "regulations" DROP COLUMN "review_state";
  ALTER TABLE "regulations" DROP COLUMN "review_author_id";
  ALTER TABLE "regulations" DROP COLUMN "review_publish_at";
  ALTER TABLE "regulations" DROP COLUMN "review_unpublish_at";
  ALTER TABLE "_regulations_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_regulations_v" DROP COLUMN "version_review_author_id";
  ALTER TABLE "_regulations_v" DROP COLUMN "version_review_publish_at";
  ALTER TABLE "_regulations_v" DROP COLUMN "version_review_unpublish_at";
  ALTER TABLE "users" DROP COLUMN "review_level";
  ALTER TABLE "users" DROP COLUMN "area_id";
  DROP TYPE "public"."enum_articles_review_history_decision";
  DROP TYPE "public"."enum_articles_review_state";
  DROP TYPE "public"."enum__articles_v_version_review_history_decision";
  DROP TYPE "public"."enum__articles_v_version_review_state";
  DROP TYPE "public"."enum_figures_review_history_decision";
  DROP TYPE "public"."enum_figures_review_state";
  DROP TYPE "public"."enum__figures_v_version_review_history_decision";
  DROP TYPE "public"."enum__figures_v_version_review_state";
  DROP TYPE "public"."enum_streets_review_history_decision";
  DROP TYPE "public"."enum_streets_review_state";
  DROP TYPE "public"."enum__streets_v_version_review_history_decision";
  DROP TYPE "public"."enum__streets_v_version_review_state";
  DROP TYPE "public"."enum_places_review_history_decision";
  DROP TYPE "public"."enum_places_review_state";
  DROP TYPE "public"."enum__places_v_version_review_history_decision";
  DROP TYPE "public"."enum__places_v_version_review_state";
  DROP TYPE "public"."enum_regulations_review_history_decision";
  DROP TYPE "public"."enum_regulations_review_state";
  DROP TYPE "public"."enum__regulations_v_version_review_history_decision";
  DROP TYPE "public"."enum__regulations_v_version_review_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
