import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_handbooks_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum_handbooks_trim_size" AS ENUM('a5', 'book32');
  CREATE TYPE "public"."enum_handbooks_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_handbooks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__handbooks_v_version_review_history_decision" AS ENUM('submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish', 'edit');
  CREATE TYPE "public"."enum__handbooks_v_version_trim_size" AS ENUM('a5', 'book32');
  CREATE TYPE "public"."enum__handbooks_v_version_review_state" AS ENUM('draft', 'pending-1', 'pending-2', 'pending-3', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__handbooks_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "handbooks_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"chapters" varchar,
  	"articles" varchar,
  	"heading" varchar
  );
  
  CREATE TABLE "handbooks_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "handbooks_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum_handbooks_review_history_decision",
  	"level" numeric,
  	"reason" varchar
  );
  
  CREATE TABLE "handbooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"subtitle" varchar,
  	"trim_size" "enum_handbooks_trim_size" DEFAULT 'a5',
  	"cover_id" integer,
  	"foreword" jsonb,
  	"area_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_handbooks_review_state" DEFAULT 'draft',
  	"review_author_id" integer,
  	"review_publish_at" timestamp(3) with time zone,
  	"review_unpublish_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_handbooks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "handbooks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regulations_id" integer,
  	"figures_id" integer,
  	"streets_id" integer,
  	"places_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "_handbooks_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"chapters" varchar,
  	"articles" varchar,
  	"heading" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_handbooks_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_handbooks_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"by_name" varchar,
  	"decision" "enum__handbooks_v_version_review_history_decision",
  	"level" numeric,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_handbooks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_trim_size" "enum__handbooks_v_version_trim_size" DEFAULT 'a5',
  	"version_cover_id" integer,
  	"version_foreword" jsonb,
  	"version_area_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__handbooks_v_version_review_state" DEFAULT 'draft',
  	"version_review_author_id" integer,
  	"version_review_publish_at" timestamp(3) with time zone,
  	"version_review_unpublish_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__handbooks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_handbooks_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regulations_id" integer,
  	"figures_id" integer,
  	"streets_id" integer,
  	"places_id" integer,
  	"articles_id" integer
  );
  
  ALTER TABLE "regulations_chapters_articles" ADD COLUMN "reminder" varchar;
  ALTER TABLE "_regulations_v_version_chapters_articles" ADD COLUMN "reminder" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "handbooks_id" integer;
  ALTER TABLE "handbooks_sections" ADD CONSTRAINT "handbooks_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."handbooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbooks_previous_slugs" ADD CONSTRAINT "handbooks_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."handbooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbooks_review_history" ADD CONSTRAINT "handbooks_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handbooks_review_history" ADD CONSTRAINT "handbooks_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."handbooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbooks" ADD CONSTRAINT "handbooks_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handbooks" ADD CONSTRAINT "handbooks_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handbooks" ADD CONSTRAINT "handbooks_review_author_id_users_id_fk" FOREIGN KEY ("review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handbooks_rels" ADD CONSTRAINT "handbooks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."handbooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbooks_rels" ADD CONSTRAINT "handbooks_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbooks_rels" ADD CONSTRAINT "handbooks_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbooks_rels" ADD CONSTRAINT "handbooks_rels_streets_fk" FOREIGN KEY ("streets_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbooks_rels" ADD CONSTRAINT "handbooks_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbooks_rels" ADD CONSTRAINT "handbooks_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbooks_v_version_sections" ADD CONSTRAINT "_handbooks_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_handbooks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbooks_v_version_previous_slugs" ADD CONSTRAINT "_handbooks_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_handbooks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbooks_v_version_review_history" ADD CONSTRAINT "_handbooks_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbooks_v_version_review_history" ADD CONSTRAINT "_handbooks_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_handbooks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbooks_v" ADD CONSTRAINT "_handbooks_v_parent_id_handbooks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."handbooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbooks_v" ADD CONSTRAINT "_handbooks_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbooks_v" ADD CONSTRAINT "_handbooks_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbooks_v" ADD CONSTRAINT "_handbooks_v_version_review_author_id_users_id_fk" FOREIGN KEY ("version_review_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbooks_v_rels" ADD CONSTRAINT "_handbooks_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_handbooks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbooks_v_rels" ADD CONSTRAINT "_handbooks_v_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbooks_v_rels" ADD CONSTRAINT "_handbooks_v_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbooks_v_rels" ADD CONSTRAINT "_handbooks_v_rels_streets_fk" FOREIGN KEY ("streets_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbooks_v_rels" ADD CONSTRAINT "_handbooks_v_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbooks_v_rels" ADD CONSTRAINT "_handbooks_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "handbooks_sections_order_idx" ON "handbooks_sections" USING btree ("_order");
  CREATE INDEX "handbooks_sections_parent_id_idx" ON "handbooks_sections" USING btree ("_parent_id");
  CREATE INDEX "handbooks_previous_slugs_order_idx" ON "handbooks_previous_slugs" USING btree ("_order");
  CREATE INDEX "handbooks_previous_slugs_parent_id_idx" ON "handbooks_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "handbooks_review_history_order_idx" ON "handbooks_review_history" USING btree ("_order");
  CREATE INDEX "handbooks_review_history_parent_id_idx" ON "handbooks_review_history" USING btree ("_parent_id");
  CREATE INDEX "handbooks_review_history_by_idx" ON "handbooks_review_history" USING btree ("by_id");
  CREATE INDEX "handbooks_cover_idx" ON "handbooks" USING btree ("cover_id");
  CREATE INDEX "handbooks_area_idx" ON "handbooks" USING btree ("area_id");
  CREATE UNIQUE INDEX "handbooks_slug_idx" ON "handbooks" USING btree ("slug");
  CREATE INDEX "handbooks_published_at_idx" ON "handbooks" USING btree ("published_at");
  CREATE INDEX "handbooks_review_review_state_idx" ON "handbooks" USING btree ("review_state");
  CREATE INDEX "handbooks_review_review_author_idx" ON "handbooks" USING btree ("review_author_id");
  CREATE INDEX "handbooks_updated_at_idx" ON "handbooks" USING btree ("updated_at");
  CREATE INDEX "handbooks_created_at_idx" ON "handbooks" USING btree ("created_at");
  CREATE INDEX "handbooks__status_idx" ON "handbooks" USING btree ("_status");
  CREATE INDEX "handbooks_rels_order_idx" ON "handbooks_rels" USING btree ("order");
  CREATE INDEX "handbooks_rels_parent_idx" ON "handbooks_rels" USING btree ("parent_id");
  CREATE INDEX "handbooks_rels_path_idx" ON "handbooks_rels" USING btree ("path");
  CREATE INDEX "handbooks_rels_regulations_id_idx" ON "handbooks_rels" USING btree ("regulations_id");
  CREATE INDEX "handbooks_rels_figures_id_idx" ON "handbooks_rels" USING btree ("figures_id");
  CREATE INDEX "handbooks_rels_streets_id_idx" ON "handbooks_rels" USING btree ("streets_id");
  CREATE INDEX "handbooks_rels_places_id_idx" ON "handbooks_rels" USING btree ("places_id");
  CREATE INDEX "handbooks_rels_articles_id_idx" ON "handbooks_rels" USING btree ("articles_id");
  CREATE INDEX "_handbooks_v_version_sections_order_idx" ON "_handbooks_v_version_sections" USING btree ("_order");
  CREATE INDEX "_handbooks_v_version_sections_parent_id_idx" ON "_handbooks_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_handbooks_v_version_previous_slugs_order_idx" ON "_handbooks_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_handbooks_v_version_previous_slugs_parent_id_idx" ON "_handbooks_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_handbooks_v_version_review_history_order_idx" ON "_handbooks_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_handbooks_v_version_review_history_parent_id_idx" ON "_handbooks_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_handbooks_v_version_review_history_by_idx" ON "_handbooks_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_handbooks_v_parent_idx" ON "_handbooks_v" USING btree ("parent_id");
  CREATE INDEX "_handbooks_v_version_version_cover_idx" ON "_handbooks_v" USING btree ("version_cover_id");
  CREATE INDEX "_handbooks_v_version_version_area_idx" ON "_handbooks_v" USING btree ("version_area_id");
  CREATE INDEX "_handbooks_v_version_version_slug_idx" ON "_handbooks_v" USING btree ("version_slug");
  CREATE INDEX "_handbooks_v_version_version_published_at_idx" ON "_handbooks_v" USING btree ("version_published_at");
  CREATE INDEX "_handbooks_v_version_review_version_review_state_idx" ON "_handbooks_v" USING btree ("version_review_state");
  CREATE INDEX "_handbooks_v_version_review_version_review_author_idx" ON "_handbooks_v" USING btree ("version_review_author_id");
  CREATE INDEX "_handbooks_v_version_version_updated_at_idx" ON "_handbooks_v" USING btree ("version_updated_at");
  CREATE INDEX "_handbooks_v_version_version_created_at_idx" ON "_handbooks_v" USING btree ("version_created_at");
  CREATE INDEX "_handbooks_v_version_version__status_idx" ON "_handbooks_v" USING btree ("version__status");
  CREATE INDEX "_handbooks_v_created_at_idx" ON "_handbooks_v" USING btree ("created_at");
  CREATE INDEX "_handbooks_v_updated_at_idx" ON "_handbooks_v" USING btree ("updated_at");
  CREATE INDEX "_handbooks_v_latest_idx" ON "_handbooks_v" USING btree ("latest");
  CREATE INDEX "_handbooks_v_rels_order_idx" ON "_handbooks_v_rels" USING btree ("order");
  CREATE INDEX "_handbooks_v_rels_parent_idx" ON "_handbooks_v_rels" USING btree ("parent_id");
  CREATE INDEX "_handbooks_v_rels_path_idx" ON "_handbooks_v_rels" USING btree ("path");
  CREATE INDEX "_handbooks_v_rels_regulations_id_idx" ON "_handbooks_v_rels" USING btree ("regulations_id");
  CREATE INDEX "_handbooks_v_rels_figures_id_idx" ON "_handbooks_v_rels" USING btree ("figures_id");
  CREATE INDEX "_handbooks_v_rels_streets_id_idx" ON "_handbooks_v_rels" USING btree ("streets_id");
  CREATE INDEX "_handbooks_v_rels_places_id_idx" ON "_handbooks_v_rels" USING btree ("places_id");
  CREATE INDEX "_handbooks_v_rels_articles_id_idx" ON "_handbooks_v_rels" USING btree ("articles_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_handbooks_fk" FOREIGN KEY ("handbooks_id") REFERENCES "public"."handbooks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_handbooks_id_idx" ON "payload_locked_documents_rels" USING btree ("handbooks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "handbooks_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handbooks_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handbooks_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handbooks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handbooks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_handbooks_v_version_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_handbooks_v_version_previous_slugs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_handbooks_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_handbooks_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_handbooks_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "handbooks_sections" CASCADE;
  DROP TABLE "handbooks_previous_slugs" CASCADE;
  DROP TABLE "handbooks_review_history" CASCADE;
  DROP TABLE "handbooks" CASCADE;
  DROP TABLE "handbooks_rels" CASCADE;
  DROP TABLE "_handbooks_v_version_sections" CASCADE;
  DROP TABLE "_handbooks_v_version_previous_slugs" CASCADE;
  DROP TABLE "_handbooks_v_version_review_history" CASCADE;
  DROP TABLE "_handbooks_v" CASCADE;
  DROP TABLE "_handbooks_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_handbooks_fk";
  
  DROP INDEX "payload_locked_documents_rels_handbooks_id_idx";
  ALTER TABLE "regulations_chapters_articles" DROP COLUMN "reminder";
  ALTER TABLE "_regulations_v_version_chapters_articles" DROP COLUMN "reminder";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "handbooks_id";
  DROP TYPE "public"."enum_handbooks_review_history_decision";
  DROP TYPE "public"."enum_handbooks_trim_size";
  DROP TYPE "public"."enum_handbooks_review_state";
  DROP TYPE "public"."enum_handbooks_status";
  DROP TYPE "public"."enum__handbooks_v_version_review_history_decision";
  DROP TYPE "public"."enum__handbooks_v_version_trim_size";
  DROP TYPE "public"."enum__handbooks_v_version_review_state";
  DROP TYPE "public"."enum__handbooks_v_version_status";`)
}
