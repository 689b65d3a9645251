import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_replies_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum_replies_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_replies_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_replies_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_replies_kind" AS ENUM('consult', 'suggestion', 'problem', 'praise');
  CREATE TYPE "public"."enum_replies_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_replies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__replies_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum__replies_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__replies_v_version_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__replies_v_version_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__replies_v_version_kind" AS ENUM('consult', 'suggestion', 'problem', 'praise');
  CREATE TYPE "public"."enum__replies_v_version_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__replies_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "replies_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum_replies_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "replies_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "replies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_state" "enum_replies_review_state" DEFAULT 'draft',
  	"review_author_id" integer,
  	"review_publish_at" timestamp(3) with time zone,
  	"review_publishat_tz" "enum_replies_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_unpublish_at" timestamp(3) with time zone,
  	"review_unpublishat_tz" "enum_replies_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_takedown_requested_at" timestamp(3) with time zone,
  	"review_takedown_requested_by_name" varchar,
  	"review_takedown_reason" varchar,
  	"title" varchar,
  	"kind" "enum_replies_kind",
  	"department_id" integer,
  	"question" varchar,
  	"reply" varchar,
  	"received_at" timestamp(3) with time zone,
  	"replied_at" timestamp(3) with time zone,
  	"area_id" integer,
  	"message_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_replies_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_replies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_replies_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum__replies_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_replies_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_replies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_review_state" "enum__replies_v_version_review_state" DEFAULT 'draft',
  	"version_review_author_id" integer,
  	"version_review_publish_at" timestamp(3) with time zone,
  	"version_review_publishat_tz" "enum__replies_v_version_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_unpublish_at" timestamp(3) with time zone,
  	"version_review_unpublishat_tz" "enum__replies_v_version_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_takedown_requested_at" timestamp(3) with time zone,
  	"version_review_takedown_requested_by_name" varchar,
  	"version_review_takedown_reason" varchar,
  	"version_title" varchar,
  	"version_kind" "enum__replies_v_version_kind",
  	"version_department_id" integer,
  	"version_question" varchar,
  	"version_reply" varchar,
  	"version_received_at" timestamp(3) with time zone,
  	"version_replied_at" timestamp(3) with time zone,
  	"version_area_id" integer,
  	"version_message_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__replies_v_version_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__replies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "participation_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reply_days" numeric DEFAULT 5 NOT NULL,
  	"holidays" varchar,
  	"workdays" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "messages" ADD COLUMN "due_on" varchar;
  ALTER TABLE "messages" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "messages" ADD COLUMN "department_id" integer;
  ALTER TABLE "messages" ADD COLUMN "reply" varchar;
  ALTER TABLE "messages" ADD COLUMN "replied_at" timestamp(3) with time zone;
  ALTER TABLE "messages" ADD COLUMN "public_reply_id" integer;
  ALTER TABLE "privacy_findings_rels" ADD COLUMN "replies_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "departments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "replies_id" integer;
  ALTER TABLE "replies_review_history" ADD CONSTRAINT "replies_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "replies_review_history" ADD CONSTRAINT "replies_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "replies_previous_slugs" ADD CONSTRAINT "replies_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "replies" ADD CONSTRAINT "replies_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "replies" ADD CONSTRAINT "replies_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "replies" ADD CONSTRAINT "replies_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "replies" ADD CONSTRAINT "replies_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_replies_v_version_review_history" ADD CONSTRAINT "_replies_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_replies_v_version_review_history" ADD CONSTRAINT "_replies_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_replies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_replies_v_version_previous_slugs" ADD CONSTRAINT "_replies_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_replies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_replies_v" ADD CONSTRAINT "_replies_v_parent_id_replies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."replies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_replies_v" ADD CONSTRAINT "_replies_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_replies_v" ADD CONSTRAINT "_replies_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_replies_v" ADD CONSTRAINT "_replies_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_replies_v" ADD CONSTRAINT "_replies_v_version_message_id_messages_id_fk" FOREIGN KEY ("version_message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "departments_name_idx" ON "departments" USING btree ("name");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE INDEX "replies_review_history_order_idx" ON "replies_review_history" USING btree ("_order");
  CREATE INDEX "replies_review_history_parent_id_idx" ON "replies_review_history" USING btree ("_parent_id");
  CREATE INDEX "replies_review_history_by_idx" ON "replies_review_history" USING btree ("by_id");
  CREATE INDEX "replies_previous_slugs_order_idx" ON "replies_previous_slugs" USING btree ("_order");
  CREATE INDEX "replies_previous_slugs_parent_id_idx" ON "replies_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "replies_review_review_state_idx" ON "replies" USING btree ("review_state");
  CREATE INDEX "replies_review_review_author_idx" ON "replies" USING btree ("review_author_id");
  CREATE INDEX "replies_review_takedown_review_takedown_requested_at_idx" ON "replies" USING btree ("review_takedown_requested_at");
  CREATE INDEX "replies_department_idx" ON "replies" USING btree ("department_id");
  CREATE INDEX "replies_area_idx" ON "replies" USING btree ("area_id");
  CREATE INDEX "replies_message_idx" ON "replies" USING btree ("message_id");
  CREATE UNIQUE INDEX "replies_slug_idx" ON "replies" USING btree ("slug");
  CREATE INDEX "replies_published_at_idx" ON "replies" USING btree ("published_at");
  CREATE INDEX "replies_first_published_at_idx" ON "replies" USING btree ("first_published_at");
  CREATE INDEX "replies_updated_at_idx" ON "replies" USING btree ("updated_at");
  CREATE INDEX "replies_created_at_idx" ON "replies" USING btree ("created_at");
  CREATE INDEX "replies__status_idx" ON "replies" USING btree ("_status");
  CREATE INDEX "_replies_v_version_review_history_order_idx" ON "_replies_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_replies_v_version_review_history_parent_id_idx" ON "_replies_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_replies_v_version_review_history_by_idx" ON "_replies_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_replies_v_version_previous_slugs_order_idx" ON "_replies_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_replies_v_version_previous_slugs_parent_id_idx" ON "_replies_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_replies_v_parent_idx" ON "_replies_v" USING btree ("parent_id");
  CREATE INDEX "_replies_v_version_review_version_review_state_idx" ON "_replies_v" USING btree ("version_review_state");
  CREATE INDEX "_replies_v_version_review_version_review_author_idx" ON "_replies_v" USING btree ("version_review_author_id");
  CREATE INDEX "_replies_v_version_review_takedown_version_review_takedo_idx" ON "_replies_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_replies_v_version_version_department_idx" ON "_replies_v" USING btree ("version_department_id");
  CREATE INDEX "_replies_v_version_version_area_idx" ON "_replies_v" USING btree ("version_area_id");
  CREATE INDEX "_replies_v_version_version_message_idx" ON "_replies_v" USING btree ("version_message_id");
  CREATE INDEX "_replies_v_version_version_slug_idx" ON "_replies_v" USING btree ("version_slug");
  CREATE INDEX "_replies_v_version_version_published_at_idx" ON "_replies_v" USING btree ("version_published_at");
  CREATE INDEX "_replies_v_version_version_first_published_at_idx" ON "_replies_v" USING btree ("version_first_published_at");
  CREATE INDEX "_replies_v_version_version_updated_at_idx" ON "_replies_v" USING btree ("version_updated_at");
  CREATE INDEX "_replies_v_version_version_created_at_idx" ON "_replies_v" USING btree ("version_created_at");
  CREATE INDEX "_replies_v_version_version__status_idx" ON "_replies_v" USING btree ("version__status");
  CREATE INDEX "_replies_v_created_at_idx" ON "_replies_v" USING btree ("created_at");
  CREATE INDEX "_replies_v_updated_at_idx" ON "_replies_v" USING btree ("updated_at");
  CREATE INDEX "_replies_v_latest_idx" ON "_replies_v" USING btree ("latest");
  ALTER TABLE "messages" ADD CONSTRAINT "messages_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_public_reply_id_replies_id_fk" FOREIGN KEY ("public_reply_id") REFERENCES "public"."replies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_replies_fk" FOREIGN KEY ("replies_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_replies_fk" FOREIGN KEY ("replies_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "messages_due_on_idx" ON "messages" USING btree ("due_on");
  CREATE INDEX "messages_assignee_idx" ON "messages" USING btree ("assignee_id");
  CREATE INDEX "messages_department_idx" ON "messages" USING btree ("department_id");
  CREATE INDEX "messages_public_reply_idx" ON "messages" USING btree ("public_reply_id");
  CREATE INDEX "privacy_findings_rels_replies_id_idx" ON "privacy_findings_rels" USING btree ("replies_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_replies_id_idx" ON "payload_locked_documents_rels" USING btree ("replies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "departments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "replies_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "replies_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "replies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_replies_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_replies_v_version_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_replies_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "participation_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "replies_review_history" CASCADE;
  DROP TABLE "replies_previous_slugs" CASCADE;
  DROP TABLE "replies" CASCADE;
  DROP TABLE "_replies_v_version_review_history" CASCADE;
  DROP TABLE "_replies_v_version_previous_slugs" CASCADE;
  DROP TABLE "_replies_v" CASCADE;
  DROP TABLE "participation_settings" CASCADE;
  ALTER TABLE "messages" DROP CONSTRAINT "messages_assignee_id_users_id_fk";
  
  ALTER TABLE "messages" DROP CONSTRAINT "messages_department_id_departments_id_fk";
  
  ALTER TABLE "messages" DROP CONSTRAINT "messages_public_reply_id_replies_id_fk";
  
  ALTER TABLE "privacy_findings_rels" DROP CONSTRAINT "privacy_findings_rels_replies_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_departments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_replies_fk";
  
  DROP INDEX "messages_due_on_idx";
  DROP INDEX "messages_assignee_idx";
  DROP INDEX "messages_department_idx";
  DROP INDEX "messages_public_reply_idx";
  DROP INDEX "privacy_findings_rels_replies_id_idx";
  DROP INDEX "payload_locked_documents_rels_departments_id_idx";
  DROP INDEX "payload_locked_documents_rels_replies_id_idx";
  ALTER TABLE "messages" DROP COLUMN "due_on";
  ALTER TABLE "messages" DROP COLUMN "assignee_id";
  ALTER TABLE "messages" DROP COLUMN "department_id";
  ALTER TABLE "messages" DROP COLUMN "reply";
  ALTER TABLE "messages" DROP COLUMN "replied_at";
  ALTER TABLE "messages" DROP COLUMN "public_reply_id";
  ALTER TABLE "privacy_findings_rels" DROP COLUMN "replies_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "departments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "replies_id";
  DROP TYPE "public"."enum_replies_review_history_decision";
  DROP TYPE "public"."enum_replies_review_state";
  DROP TYPE "public"."enum_replies_review_publishat_tz";
  DROP TYPE "public"."enum_replies_review_unpublishat_tz";
  DROP TYPE "public"."enum_replies_kind";
  DROP TYPE "public"."enum_replies_publishedat_tz";
  DROP TYPE "public"."enum_replies_status";
  DROP TYPE "public"."enum__replies_v_version_review_history_decision";
  DROP TYPE "public"."enum__replies_v_version_review_state";
  DROP TYPE "public"."enum__replies_v_version_review_publishat_tz";
  DROP TYPE "public"."enum__replies_v_version_review_unpublishat_tz";
  DROP TYPE "public"."enum__replies_v_version_kind";
  DROP TYPE "public"."enum__replies_v_version_publishedat_tz";
  DROP TYPE "public"."enum__replies_v_version_status";`)
}
