import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_surveys_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum_surveys_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_surveys_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_surveys_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_surveys_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_surveys_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__surveys_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum__surveys_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__surveys_v_version_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__surveys_v_version_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__surveys_v_version_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__surveys_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_survey_responses_privacy_kinds" AS ENUM('mobile', 'id-number', 'address');
  CREATE TYPE "public"."enum_survey_responses_channel" AS ENUM('online', 'proxy', 'paper');
  CREATE TABLE "surveys_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum_surveys_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "surveys_blocks_choice_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "surveys_blocks_choice" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT true,
  	"multiple" boolean DEFAULT false,
  	"max_choices" numeric,
  	"show_if_question" numeric,
  	"show_if_answers" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_rating" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT true,
  	"low" varchar DEFAULT '很不满意',
  	"high" varchar DEFAULT '很满意',
  	"show_if_question" numeric,
  	"show_if_answers" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT true,
  	"long" boolean DEFAULT false,
  	"show_if_question" numeric,
  	"show_if_answers" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_matrix_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "surveys_blocks_matrix_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "surveys_blocks_matrix" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT true,
  	"show_if_question" numeric,
  	"show_if_answers" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "surveys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_state" "enum_surveys_review_state" DEFAULT 'draft',
  	"review_author_id" integer,
  	"review_publish_at" timestamp(3) with time zone,
  	"review_publishat_tz" "enum_surveys_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_unpublish_at" timestamp(3) with time zone,
  	"review_unpublishat_tz" "enum_surveys_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_takedown_requested_at" timestamp(3) with time zone,
  	"review_takedown_requested_by_name" varchar,
  	"review_takedown_reason" varchar,
  	"title" varchar,
  	"intro" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"notice_collector" varchar DEFAULT '杏花岭区委宣传部',
  	"notice_purpose" varchar DEFAULT '了解居民意见，改进工作；结果只以统计数字和去除个人信息的摘录公开。',
  	"notice_contact" varchar,
  	"allow_proxy" boolean DEFAULT true,
  	"area_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_surveys_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_surveys_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_surveys_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum__surveys_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_surveys_v_blocks_choice_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_surveys_v_blocks_choice" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT true,
  	"multiple" boolean DEFAULT false,
  	"max_choices" numeric,
  	"show_if_question" numeric,
  	"show_if_answers" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_surveys_v_blocks_rating" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT true,
  	"low" varchar DEFAULT '很不满意',
  	"high" varchar DEFAULT '很满意',
  	"show_if_question" numeric,
  	"show_if_answers" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_surveys_v_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT true,
  	"long" boolean DEFAULT false,
  	"show_if_question" numeric,
  	"show_if_answers" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_surveys_v_blocks_matrix_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_surveys_v_blocks_matrix_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_surveys_v_blocks_matrix" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT true,
  	"show_if_question" numeric,
  	"show_if_answers" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_surveys_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_surveys_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_review_state" "enum__surveys_v_version_review_state" DEFAULT 'draft',
  	"version_review_author_id" integer,
  	"version_review_publish_at" timestamp(3) with time zone,
  	"version_review_publishat_tz" "enum__surveys_v_version_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_unpublish_at" timestamp(3) with time zone,
  	"version_review_unpublishat_tz" "enum__surveys_v_version_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_takedown_requested_at" timestamp(3) with time zone,
  	"version_review_takedown_requested_by_name" varchar,
  	"version_review_takedown_reason" varchar,
  	"version_title" varchar,
  	"version_intro" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_notice_collector" varchar DEFAULT '杏花岭区委宣传部',
  	"version_notice_purpose" varchar DEFAULT '了解居民意见，改进工作；结果只以统计数字和去除个人信息的摘录公开。',
  	"version_notice_contact" varchar,
  	"version_allow_proxy" boolean DEFAULT true,
  	"version_area_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__surveys_v_version_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__surveys_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "survey_responses_privacy_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_survey_responses_privacy_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "survey_responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"survey_id" integer NOT NULL,
  	"channel" "enum_survey_responses_channel" DEFAULT 'online' NOT NULL,
  	"area_id" integer,
  	"answers" jsonb NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"consent_version" varchar,
  	"purge_at" timestamp(3) with time zone,
  	"device_hash" varchar,
  	"receipt_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "privacy_findings_rels" ADD COLUMN "surveys_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "surveys_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_responses_id" integer;
  ALTER TABLE "surveys_review_history" ADD CONSTRAINT "surveys_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "surveys_review_history" ADD CONSTRAINT "surveys_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_choice_options" ADD CONSTRAINT "surveys_blocks_choice_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_choice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_choice" ADD CONSTRAINT "surveys_blocks_choice_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_rating" ADD CONSTRAINT "surveys_blocks_rating_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_text" ADD CONSTRAINT "surveys_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_matrix_rows" ADD CONSTRAINT "surveys_blocks_matrix_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_matrix"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_matrix_columns" ADD CONSTRAINT "surveys_blocks_matrix_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_matrix"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_matrix" ADD CONSTRAINT "surveys_blocks_matrix_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_previous_slugs" ADD CONSTRAINT "surveys_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys" ADD CONSTRAINT "surveys_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "surveys" ADD CONSTRAINT "surveys_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_surveys_v_version_review_history" ADD CONSTRAINT "_surveys_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_surveys_v_version_review_history" ADD CONSTRAINT "_surveys_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_blocks_choice_options" ADD CONSTRAINT "_surveys_v_blocks_choice_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v_blocks_choice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_blocks_choice" ADD CONSTRAINT "_surveys_v_blocks_choice_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_blocks_rating" ADD CONSTRAINT "_surveys_v_blocks_rating_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_blocks_text" ADD CONSTRAINT "_surveys_v_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_blocks_matrix_rows" ADD CONSTRAINT "_surveys_v_blocks_matrix_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v_blocks_matrix"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_blocks_matrix_columns" ADD CONSTRAINT "_surveys_v_blocks_matrix_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v_blocks_matrix"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_blocks_matrix" ADD CONSTRAINT "_surveys_v_blocks_matrix_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_version_previous_slugs" ADD CONSTRAINT "_surveys_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v" ADD CONSTRAINT "_surveys_v_parent_id_surveys_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_surveys_v" ADD CONSTRAINT "_surveys_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_surveys_v" ADD CONSTRAINT "_surveys_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_responses_privacy_kinds" ADD CONSTRAINT "survey_responses_privacy_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "surveys_review_history_order_idx" ON "surveys_review_history" USING btree ("_order");
  CREATE INDEX "surveys_review_history_parent_id_idx" ON "surveys_review_history" USING btree ("_parent_id");
  CREATE INDEX "surveys_review_history_by_idx" ON "surveys_review_history" USING btree ("by_id");
  CREATE INDEX "surveys_blocks_choice_options_order_idx" ON "surveys_blocks_choice_options" USING btree ("_order");
  CREATE INDEX "surveys_blocks_choice_options_parent_id_idx" ON "surveys_blocks_choice_options" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_choice_order_idx" ON "surveys_blocks_choice" USING btree ("_order");
  CREATE INDEX "surveys_blocks_choice_parent_id_idx" ON "surveys_blocks_choice" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_choice_path_idx" ON "surveys_blocks_choice" USING btree ("_path");
  CREATE INDEX "surveys_blocks_rating_order_idx" ON "surveys_blocks_rating" USING btree ("_order");
  CREATE INDEX "surveys_blocks_rating_parent_id_idx" ON "surveys_blocks_rating" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_rating_path_idx" ON "surveys_blocks_rating" USING btree ("_path");
  CREATE INDEX "surveys_blocks_text_order_idx" ON "surveys_blocks_text" USING btree ("_order");
  CREATE INDEX "surveys_blocks_text_parent_id_idx" ON "surveys_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_text_path_idx" ON "surveys_blocks_text" USING btree ("_path");
  CREATE INDEX "surveys_blocks_matrix_rows_order_idx" ON "surveys_blocks_matrix_rows" USING btree ("_order");
  CREATE INDEX "surveys_blocks_matrix_rows_parent_id_idx" ON "surveys_blocks_matrix_rows" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_matrix_columns_order_idx" ON "surveys_blocks_matrix_columns" USING btree ("_order");
  CREATE INDEX "surveys_blocks_matrix_columns_parent_id_idx" ON "surveys_blocks_matrix_columns" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_matrix_order_idx" ON "surveys_blocks_matrix" USING btree ("_order");
  CREATE INDEX "surveys_blocks_matrix_parent_id_idx" ON "surveys_blocks_matrix" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_matrix_path_idx" ON "surveys_blocks_matrix" USING btree ("_path");
  CREATE INDEX "surveys_previous_slugs_order_idx" ON "surveys_previous_slugs" USING btree ("_order");
  CREATE INDEX "surveys_previous_slugs_parent_id_idx" ON "surveys_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "surveys_review_review_state_idx" ON "surveys" USING btree ("review_state");
  CREATE INDEX "surveys_review_review_author_idx" ON "surveys" USING btree ("review_author_id");
  CREATE INDEX "surveys_review_takedown_review_takedown_requested_at_idx" ON "surveys" USING btree ("review_takedown_requested_at");
  CREATE INDEX "surveys_area_idx" ON "surveys" USING btree ("area_id");
  CREATE UNIQUE INDEX "surveys_slug_idx" ON "surveys" USING btree ("slug");
  CREATE INDEX "surveys_published_at_idx" ON "surveys" USING btree ("published_at");
  CREATE INDEX "surveys_first_published_at_idx" ON "surveys" USING btree ("first_published_at");
  CREATE INDEX "surveys_updated_at_idx" ON "surveys" USING btree ("updated_at");
  CREATE INDEX "surveys_created_at_idx" ON "surveys" USING btree ("created_at");
  CREATE INDEX "surveys__status_idx" ON "surveys" USING btree ("_status");
  CREATE INDEX "_surveys_v_version_review_history_order_idx" ON "_surveys_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_surveys_v_version_review_history_parent_id_idx" ON "_surveys_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_version_review_history_by_idx" ON "_surveys_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_surveys_v_blocks_choice_options_order_idx" ON "_surveys_v_blocks_choice_options" USING btree ("_order");
  CREATE INDEX "_surveys_v_blocks_choice_options_parent_id_idx" ON "_surveys_v_blocks_choice_options" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_blocks_choice_order_idx" ON "_surveys_v_blocks_choice" USING btree ("_order");
  CREATE INDEX "_surveys_v_blocks_choice_parent_id_idx" ON "_surveys_v_blocks_choice" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_blocks_choice_path_idx" ON "_surveys_v_blocks_choice" USING btree ("_path");
  CREATE INDEX "_surveys_v_blocks_rating_order_idx" ON "_surveys_v_blocks_rating" USING btree ("_order");
  CREATE INDEX "_surveys_v_blocks_rating_parent_id_idx" ON "_surveys_v_blocks_rating" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_blocks_rating_path_idx" ON "_surveys_v_blocks_rating" USING btree ("_path");
  CREATE INDEX "_surveys_v_blocks_text_order_idx" ON "_surveys_v_blocks_text" USING btree ("_order");
  CREATE INDEX "_surveys_v_blocks_text_parent_id_idx" ON "_surveys_v_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_blocks_text_path_idx" ON "_surveys_v_blocks_text" USING btree ("_path");
  CREATE INDEX "_surveys_v_blocks_matrix_rows_order_idx" ON "_surveys_v_blocks_matrix_rows" USING btree ("_order");
  CREATE INDEX "_surveys_v_blocks_matrix_rows_parent_id_idx" ON "_surveys_v_blocks_matrix_rows" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_blocks_matrix_columns_order_idx" ON "_surveys_v_blocks_matrix_columns" USING btree ("_order");
  CREATE INDEX "_surveys_v_blocks_matrix_columns_parent_id_idx" ON "_surveys_v_blocks_matrix_columns" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_blocks_matrix_order_idx" ON "_surveys_v_blocks_matrix" USING btree ("_order");
  CREATE INDEX "_surveys_v_blocks_matrix_parent_id_idx" ON "_surveys_v_blocks_matrix" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_blocks_matrix_path_idx" ON "_surveys_v_blocks_matrix" USING btree ("_path");
  CREATE INDEX "_surveys_v_version_previous_slugs_order_idx" ON "_surveys_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_surveys_v_version_previous_slugs_parent_id_idx" ON "_surveys_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_parent_idx" ON "_surveys_v" USING btree ("parent_id");
  CREATE INDEX "_surveys_v_version_review_version_review_state_idx" ON "_surveys_v" USING btree ("version_review_state");
  CREATE INDEX "_surveys_v_version_review_version_review_author_idx" ON "_surveys_v" USING btree ("version_review_author_id");
  CREATE INDEX "_surveys_v_version_review_takedown_version_review_takedo_idx" ON "_surveys_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_surveys_v_version_version_area_idx" ON "_surveys_v" USING btree ("version_area_id");
  CREATE INDEX "_surveys_v_version_version_slug_idx" ON "_surveys_v" USING btree ("version_slug");
  CREATE INDEX "_surveys_v_version_version_published_at_idx" ON "_surveys_v" USING btree ("version_published_at");
  CREATE INDEX "_surveys_v_version_version_first_published_at_idx" ON "_surveys_v" USING btree ("version_first_published_at");
  CREATE INDEX "_surveys_v_version_version_updated_at_idx" ON "_surveys_v" USING btree ("version_updated_at");
  CREATE INDEX "_surveys_v_version_version_created_at_idx" ON "_surveys_v" USING btree ("version_created_at");
  CREATE INDEX "_surveys_v_version_version__status_idx" ON "_surveys_v" USING btree ("version__status");
  CREATE INDEX "_surveys_v_created_at_idx" ON "_surveys_v" USING btree ("created_at");
  CREATE INDEX "_surveys_v_updated_at_idx" ON "_surveys_v" USING btree ("updated_at");
  CREATE INDEX "_surveys_v_latest_idx" ON "_surveys_v" USING btree ("latest");
  CREATE INDEX "survey_responses_privacy_kinds_order_idx" ON "survey_responses_privacy_kinds" USING btree ("order");
  CREATE INDEX "survey_responses_privacy_kinds_parent_idx" ON "survey_responses_privacy_kinds" USING btree ("parent_id");
  CREATE UNIQUE INDEX "survey_responses_reference_idx" ON "survey_responses" USING btree ("reference");
  CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id");
  CREATE INDEX "survey_responses_channel_idx" ON "survey_responses" USING btree ("channel");
  CREATE INDEX "survey_responses_area_idx" ON "survey_responses" USING btree ("area_id");
  CREATE INDEX "survey_responses_received_at_idx" ON "survey_responses" USING btree ("received_at");
  CREATE INDEX "survey_responses_purge_at_idx" ON "survey_responses" USING btree ("purge_at");
  CREATE INDEX "survey_responses_device_hash_idx" ON "survey_responses" USING btree ("device_hash");
  CREATE UNIQUE INDEX "survey_responses_receipt_hash_idx" ON "survey_responses" USING btree ("receipt_hash");
  CREATE INDEX "survey_responses_updated_at_idx" ON "survey_responses" USING btree ("updated_at");
  CREATE INDEX "survey_responses_created_at_idx" ON "survey_responses" USING btree ("created_at");
  CREATE UNIQUE INDEX "survey_deviceHash_idx" ON "survey_responses" USING btree ("survey_id","device_hash");
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_responses_fk" FOREIGN KEY ("survey_responses_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "privacy_findings_rels_surveys_id_idx" ON "privacy_findings_rels" USING btree ("surveys_id");
  CREATE INDEX "payload_locked_documents_rels_surveys_id_idx" ON "payload_locked_documents_rels" USING btree ("surveys_id");
  CREATE INDEX "payload_locked_documents_rels_survey_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_responses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "surveys_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_choice_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_choice" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_rating" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_matrix_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_matrix_columns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_matrix" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v_blocks_choice_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v_blocks_choice" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v_blocks_rating" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v_blocks_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v_blocks_matrix_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v_blocks_matrix_columns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v_blocks_matrix" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v_version_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_surveys_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_responses_privacy_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_responses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "surveys_review_history" CASCADE;
  DROP TABLE "surveys_blocks_choice_options" CASCADE;
  DROP TABLE "surveys_blocks_choice" CASCADE;
  DROP TABLE "surveys_blocks_rating" CASCADE;
  DROP TABLE "surveys_blocks_text" CASCADE;
  DROP TABLE "surveys_blocks_matrix_rows" CASCADE;
  DROP TABLE "surveys_blocks_matrix_columns" CASCADE;
  DROP TABLE "surveys_blocks_matrix" CASCADE;
  DROP TABLE "surveys_previous_slugs" CASCADE;
  DROP TABLE "surveys" CASCADE;
  DROP TABLE "_surveys_v_version_review_history" CASCADE;
  DROP TABLE "_surveys_v_blocks_choice_options" CASCADE;
  DROP TABLE "_surveys_v_blocks_choice" CASCADE;
  DROP TABLE "_surveys_v_blocks_rating" CASCADE;
  DROP TABLE "_surveys_v_blocks_text" CASCADE;
  DROP TABLE "_surveys_v_blocks_matrix_rows" CASCADE;
  DROP TABLE "_surveys_v_blocks_matrix_columns" CASCADE;
  DROP TABLE "_surveys_v_blocks_matrix" CASCADE;
  DROP TABLE "_surveys_v_version_previous_slugs" CASCADE;
  DROP TABLE "_surveys_v" CASCADE;
  DROP TABLE "survey_responses_privacy_kinds" CASCADE;
  DROP TABLE "survey_responses" CASCADE;
  ALTER TABLE "privacy_findings_rels" DROP CONSTRAINT "privacy_findings_rels_surveys_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_surveys_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_responses_fk";
  
  DROP INDEX "privacy_findings_rels_surveys_id_idx";
  DROP INDEX "payload_locked_documents_rels_surveys_id_idx";
  DROP INDEX "payload_locked_documents_rels_survey_responses_id_idx";
  ALTER TABLE "privacy_findings_rels" DROP COLUMN "surveys_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "surveys_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_responses_id";
  DROP TYPE "public"."enum_surveys_review_history_decision";
  DROP TYPE "public"."enum_surveys_review_state";
  DROP TYPE "public"."enum_surveys_review_publishat_tz";
  DROP TYPE "public"."enum_surveys_review_unpublishat_tz";
  DROP TYPE "public"."enum_surveys_publishedat_tz";
  DROP TYPE "public"."enum_surveys_status";
  DROP TYPE "public"."enum__surveys_v_version_review_history_decision";
  DROP TYPE "public"."enum__surveys_v_version_review_state";
  DROP TYPE "public"."enum__surveys_v_version_review_publishat_tz";
  DROP TYPE "public"."enum__surveys_v_version_review_unpublishat_tz";
  DROP TYPE "public"."enum__surveys_v_version_publishedat_tz";
  DROP TYPE "public"."enum__surveys_v_version_status";
  DROP TYPE "public"."enum_survey_responses_privacy_kinds";
  DROP TYPE "public"."enum_survey_responses_channel";`)
}
