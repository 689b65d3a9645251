import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_elections_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum_elections_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_elections_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_elections_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_elections_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_elections_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__elections_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit', 'restore', 'request-unpublish', 'decline-unpublish', 'set-published-at');
  CREATE TYPE "public"."enum__elections_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__elections_v_version_review_publishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__elections_v_version_review_unpublishat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__elections_v_version_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__elections_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "elections_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum_elections_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "elections_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "elections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_state" "enum_elections_review_state" DEFAULT 'draft',
  	"review_author_id" integer,
  	"review_publish_at" timestamp(3) with time zone,
  	"review_publishat_tz" "enum_elections_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_unpublish_at" timestamp(3) with time zone,
  	"review_unpublishat_tz" "enum_elections_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"review_takedown_requested_at" timestamp(3) with time zone,
  	"review_takedown_requested_by_name" varchar,
  	"review_takedown_reason" varchar,
  	"title" varchar,
  	"intro" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"choices" numeric DEFAULT 1,
  	"rules" varchar DEFAULT '每个邀请码只能投一次票，每票最多选择规定人数的候选人，同一张票不能重复选择同一人；投票截止后统一计票，按得票数从多到少排列；得票相同的，名次并列。',
  	"show_results" boolean DEFAULT false,
  	"area_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_elections_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_elections_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "elections_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"figures_id" integer
  );
  
  CREATE TABLE "_elections_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum__elections_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_elections_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_elections_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_review_state" "enum__elections_v_version_review_state" DEFAULT 'draft',
  	"version_review_author_id" integer,
  	"version_review_publish_at" timestamp(3) with time zone,
  	"version_review_publishat_tz" "enum__elections_v_version_review_publishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_unpublish_at" timestamp(3) with time zone,
  	"version_review_unpublishat_tz" "enum__elections_v_version_review_unpublishat_tz" DEFAULT 'Asia/Shanghai',
  	"version_review_takedown_requested_at" timestamp(3) with time zone,
  	"version_review_takedown_requested_by_name" varchar,
  	"version_review_takedown_reason" varchar,
  	"version_title" varchar,
  	"version_intro" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_choices" numeric DEFAULT 1,
  	"version_rules" varchar DEFAULT '每个邀请码只能投一次票，每票最多选择规定人数的候选人，同一张票不能重复选择同一人；投票截止后统一计票，按得票数从多到少排列；得票相同的，名次并列。',
  	"version_show_results" boolean DEFAULT false,
  	"version_area_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__elections_v_version_publishedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__elections_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_elections_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"figures_id" integer
  );
  
  CREATE TABLE "vote_codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"election_id" integer NOT NULL,
  	"area_id" integer NOT NULL,
  	"building" varchar,
  	"created_by_id" integer,
  	"used_at" timestamp(3) with time zone,
  	"code_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ballots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"election_id" integer NOT NULL,
  	"choices" jsonb NOT NULL,
  	"area_id" integer,
  	"cast_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "privacy_findings_rels" ADD COLUMN "elections_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "elections_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "vote_codes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ballots_id" integer;
  ALTER TABLE "elections_review_history" ADD CONSTRAINT "elections_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "elections_review_history" ADD CONSTRAINT "elections_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "elections_previous_slugs" ADD CONSTRAINT "elections_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "elections" ADD CONSTRAINT "elections_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "elections" ADD CONSTRAINT "elections_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "elections_rels" ADD CONSTRAINT "elections_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "elections_rels" ADD CONSTRAINT "elections_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_elections_v_version_review_history" ADD CONSTRAINT "_elections_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_elections_v_version_review_history" ADD CONSTRAINT "_elections_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_elections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_elections_v_version_previous_slugs" ADD CONSTRAINT "_elections_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_elections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_elections_v" ADD CONSTRAINT "_elections_v_parent_id_elections_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."elections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_elections_v" ADD CONSTRAINT "_elections_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_elections_v" ADD CONSTRAINT "_elections_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_elections_v_rels" ADD CONSTRAINT "_elections_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_elections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_elections_v_rels" ADD CONSTRAINT "_elections_v_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vote_codes" ADD CONSTRAINT "vote_codes_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vote_codes" ADD CONSTRAINT "vote_codes_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vote_codes" ADD CONSTRAINT "vote_codes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ballots" ADD CONSTRAINT "ballots_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ballots" ADD CONSTRAINT "ballots_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "elections_review_history_order_idx" ON "elections_review_history" USING btree ("_order");
  CREATE INDEX "elections_review_history_parent_id_idx" ON "elections_review_history" USING btree ("_parent_id");
  CREATE INDEX "elections_review_history_by_idx" ON "elections_review_history" USING btree ("by_id");
  CREATE INDEX "elections_previous_slugs_order_idx" ON "elections_previous_slugs" USING btree ("_order");
  CREATE INDEX "elections_previous_slugs_parent_id_idx" ON "elections_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "elections_review_review_state_idx" ON "elections" USING btree ("review_state");
  CREATE INDEX "elections_review_review_author_idx" ON "elections" USING btree ("review_author_id");
  CREATE INDEX "elections_review_takedown_review_takedown_requested_at_idx" ON "elections" USING btree ("review_takedown_requested_at");
  CREATE INDEX "elections_area_idx" ON "elections" USING btree ("area_id");
  CREATE UNIQUE INDEX "elections_slug_idx" ON "elections" USING btree ("slug");
  CREATE INDEX "elections_published_at_idx" ON "elections" USING btree ("published_at");
  CREATE INDEX "elections_first_published_at_idx" ON "elections" USING btree ("first_published_at");
  CREATE INDEX "elections_updated_at_idx" ON "elections" USING btree ("updated_at");
  CREATE INDEX "elections_created_at_idx" ON "elections" USING btree ("created_at");
  CREATE INDEX "elections__status_idx" ON "elections" USING btree ("_status");
  CREATE INDEX "elections_rels_order_idx" ON "elections_rels" USING btree ("order");
  CREATE INDEX "elections_rels_parent_idx" ON "elections_rels" USING btree ("parent_id");
  CREATE INDEX "elections_rels_path_idx" ON "elections_rels" USING btree ("path");
  CREATE INDEX "elections_rels_figures_id_idx" ON "elections_rels" USING btree ("figures_id");
  CREATE INDEX "_elections_v_version_review_history_order_idx" ON "_elections_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_elections_v_version_review_history_parent_id_idx" ON "_elections_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_elections_v_version_review_history_by_idx" ON "_elections_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_elections_v_version_previous_slugs_order_idx" ON "_elections_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_elections_v_version_previous_slugs_parent_id_idx" ON "_elections_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_elections_v_parent_idx" ON "_elections_v" USING btree ("parent_id");
  CREATE INDEX "_elections_v_version_review_version_review_state_idx" ON "_elections_v" USING btree ("version_review_state");
  CREATE INDEX "_elections_v_version_review_version_review_author_idx" ON "_elections_v" USING btree ("version_review_author_id");
  CREATE INDEX "_elections_v_version_review_takedown_version_review_take_idx" ON "_elections_v" USING btree ("version_review_takedown_requested_at");
  CREATE INDEX "_elections_v_version_version_area_idx" ON "_elections_v" USING btree ("version_area_id");
  CREATE INDEX "_elections_v_version_version_slug_idx" ON "_elections_v" USING btree ("version_slug");
  CREATE INDEX "_elections_v_version_version_published_at_idx" ON "_elections_v" USING btree ("version_published_at");
  CREATE INDEX "_elections_v_version_version_first_published_at_idx" ON "_elections_v" USING btree ("version_first_published_at");
  CREATE INDEX "_elections_v_version_version_updated_at_idx" ON "_elections_v" USING btree ("version_updated_at");
  CREATE INDEX "_elections_v_version_version_created_at_idx" ON "_elections_v" USING btree ("version_created_at");
  CREATE INDEX "_elections_v_version_version__status_idx" ON "_elections_v" USING btree ("version__status");
  CREATE INDEX "_elections_v_created_at_idx" ON "_elections_v" USING btree ("created_at");
  CREATE INDEX "_elections_v_updated_at_idx" ON "_elections_v" USING btree ("updated_at");
  CREATE INDEX "_elections_v_latest_idx" ON "_elections_v" USING btree ("latest");
  CREATE INDEX "_elections_v_rels_order_idx" ON "_elections_v_rels" USING btree ("order");
  CREATE INDEX "_elections_v_rels_parent_idx" ON "_elections_v_rels" USING btree ("parent_id");
  CREATE INDEX "_elections_v_rels_path_idx" ON "_elections_v_rels" USING btree ("path");
  CREATE INDEX "_elections_v_rels_figures_id_idx" ON "_elections_v_rels" USING btree ("figures_id");
  CREATE INDEX "vote_codes_election_idx" ON "vote_codes" USING btree ("election_id");
  CREATE INDEX "vote_codes_area_idx" ON "vote_codes" USING btree ("area_id");
  CREATE INDEX "vote_codes_created_by_idx" ON "vote_codes" USING btree ("created_by_id");
  CREATE INDEX "vote_codes_used_at_idx" ON "vote_codes" USING btree ("used_at");
  CREATE UNIQUE INDEX "vote_codes_code_hash_idx" ON "vote_codes" USING btree ("code_hash");
  CREATE INDEX "vote_codes_updated_at_idx" ON "vote_codes" USING btree ("updated_at");
  CREATE INDEX "vote_codes_created_at_idx" ON "vote_codes" USING btree ("created_at");
  CREATE UNIQUE INDEX "ballots_reference_idx" ON "ballots" USING btree ("reference");
  CREATE INDEX "ballots_election_idx" ON "ballots" USING btree ("election_id");
  CREATE INDEX "ballots_area_idx" ON "ballots" USING btree ("area_id");
  CREATE INDEX "ballots_cast_at_idx" ON "ballots" USING btree ("cast_at");
  CREATE INDEX "ballots_updated_at_idx" ON "ballots" USING btree ("updated_at");
  CREATE INDEX "ballots_created_at_idx" ON "ballots" USING btree ("created_at");
  ALTER TABLE "privacy_findings_rels" ADD CONSTRAINT "privacy_findings_rels_elections_fk" FOREIGN KEY ("elections_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_elections_fk" FOREIGN KEY ("elections_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vote_codes_fk" FOREIGN KEY ("vote_codes_id") REFERENCES "public"."vote_codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ballots_fk" FOREIGN KEY ("ballots_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "privacy_findings_rels_elections_id_idx" ON "privacy_findings_rels" USING btree ("elections_id");
  CREATE INDEX "payload_locked_documents_rels_elections_id_idx" ON "payload_locked_documents_rels" USING btree ("elections_id");
  CREATE INDEX "payload_locked_documents_rels_vote_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("vote_codes_id");
  CREATE INDEX "payload_locked_documents_rels_ballots_id_idx" ON "payload_locked_documents_rels" USING btree ("ballots_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "elections_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "elections_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "elections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "elections_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_elections_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_elections_v_version_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_elections_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_elections_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "vote_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ballots" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "elections_review_history" CASCADE;
  DROP TABLE "elections_previous_slugs" CASCADE;
  DROP TABLE "elections" CASCADE;
  DROP TABLE "elections_rels" CASCADE;
  DROP TABLE "_elections_v_version_review_history" CASCADE;
  DROP TABLE "_elections_v_version_previous_slugs" CASCADE;
  DROP TABLE "_elections_v" CASCADE;
  DROP TABLE "_elections_v_rels" CASCADE;
  DROP TABLE "vote_codes" CASCADE;
  DROP TABLE "ballots" CASCADE;
  ALTER TABLE "privacy_findings_rels" DROP CONSTRAINT "privacy_findings_rels_elections_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_elections_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_vote_codes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ballots_fk";
  
  DROP INDEX "privacy_findings_rels_elections_id_idx";
  DROP INDEX "payload_locked_documents_rels_elections_id_idx";
  DROP INDEX "payload_locked_documents_rels_vote_codes_id_idx";
  DROP INDEX "payload_locked_documents_rels_ballots_id_idx";
  ALTER TABLE "privacy_findings_rels" DROP COLUMN "elections_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "elections_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "vote_codes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ballots_id";
  DROP TYPE "public"."enum_elections_review_history_decision";
  DROP TYPE "public"."enum_elections_review_state";
  DROP TYPE "public"."enum_elections_review_publishat_tz";
  DROP TYPE "public"."enum_elections_review_unpublishat_tz";
  DROP TYPE "public"."enum_elections_publishedat_tz";
  DROP TYPE "public"."enum_elections_status";
  DROP TYPE "public"."enum__elections_v_version_review_history_decision";
  DROP TYPE "public"."enum__elections_v_version_review_state";
  DROP TYPE "public"."enum__elections_v_version_review_publishat_tz";
  DROP TYPE "public"."enum__elections_v_version_review_unpublishat_tz";
  DROP TYPE "public"."enum__elections_v_version_publishedat_tz";
  DROP TYPE "public"."enum__elections_v_version_status";`)
}
