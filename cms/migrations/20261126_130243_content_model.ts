import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { slugify } from '../fields/slug'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_column" AS ENUM('campaign', 'showcase', 'practice', 'volunteering', 'notices');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_column" AS ENUM('campaign', 'showcase', 'practice', 'volunteering', 'notices');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_figures_good_deed" AS ENUM('helping-others', 'bravery', 'honesty', 'dedication', 'filial-piety');
  CREATE TYPE "public"."enum__figures_v_version_good_deed" AS ENUM('helping-others', 'bravery', 'honesty', 'dedication', 'filial-piety');
  CREATE TYPE "public"."enum_streets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__streets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_places_level" AS ENUM('centre', 'institute', 'station', 'point', 'park', 'base');
  CREATE TYPE "public"."enum_places_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__places_v_version_level" AS ENUM('centre', 'institute', 'station', 'point', 'park', 'base');
  CREATE TYPE "public"."enum__places_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_regulations_legal_status" AS ENUM('in-force', 'amended', 'repealed');
  CREATE TYPE "public"."enum_regulations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regulations_v_version_legal_status" AS ENUM('in-force', 'amended', 'repealed');
  CREATE TYPE "public"."enum__regulations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_areas_kind" AS ENUM('subdistrict', 'town', 'community', 'zone', 'estate');
  CREATE TYPE "public"."enum_sensitive_words_entries_kind" AS ENUM('mistake', 'banned', 'sensitive');
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"lead" varchar,
  	"column" "enum_articles_column",
  	"source" varchar DEFAULT '杏花岭区创城办',
  	"author" varchar,
  	"cover_id" integer,
  	"body" jsonb,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"areas_id" integer
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_lead" varchar,
  	"version_column" "enum__articles_v_version_column",
  	"version_source" varchar DEFAULT '杏花岭区创城办',
  	"version_author" varchar,
  	"version_cover_id" integer,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"areas_id" integer
  );
  
  CREATE TABLE "figures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"streets_id" integer,
  	"places_id" integer
  );
  
  CREATE TABLE "_figures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"streets_id" integer,
  	"places_id" integer
  );
  
  CREATE TABLE "streets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"official_name" varchar,
  	"theme" varchar,
  	"summary" varchar,
  	"location_address" varchar,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"cover_id" integer,
  	"story" jsonb,
  	"area_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_streets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "streets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"figures_id" integer
  );
  
  CREATE TABLE "_streets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_official_name" varchar,
  	"version_theme" varchar,
  	"version_summary" varchar,
  	"version_location_address" varchar,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_cover_id" integer,
  	"version_story" jsonb,
  	"version_area_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__streets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_streets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"figures_id" integer
  );
  
  CREATE TABLE "places" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"level" "enum_places_level",
  	"opened_on" varchar,
  	"summary" varchar,
  	"location_address" varchar,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"opening_hours" varchar,
  	"cover_id" integer,
  	"story_before" jsonb,
  	"story_after" jsonb,
  	"area_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_places_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "places_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"facilities_id" integer,
  	"media_id" integer,
  	"figures_id" integer
  );
  
  CREATE TABLE "_places_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_level" "enum__places_v_version_level",
  	"version_opened_on" varchar,
  	"version_summary" varchar,
  	"version_location_address" varchar,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_opening_hours" varchar,
  	"version_cover_id" integer,
  	"version_story_before" jsonb,
  	"version_story_after" jsonb,
  	"version_area_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__places_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_places_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"facilities_id" integer,
  	"media_id" integer,
  	"figures_id" integer
  );
  
  CREATE TABLE "regulations_chapters_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"section" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "regulations_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"title" varchar
  );
  
  CREATE TABLE "regulations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"issuing_body" varchar,
  	"legal_status" "enum_regulations_legal_status" DEFAULT 'in-force',
  	"adopted_on" timestamp(3) with time zone,
  	"effective_on" timestamp(3) with time zone,
  	"source_text" varchar,
  	"preamble" varchar,
  	"area_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_regulations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_regulations_v_version_chapters_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"section" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_regulations_v_version_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_regulations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_issuing_body" varchar,
  	"version_legal_status" "enum__regulations_v_version_legal_status" DEFAULT 'in-force',
  	"version_adopted_on" timestamp(3) with time zone,
  	"version_effective_on" timestamp(3) with time zone,
  	"version_source_text" varchar,
  	"version_preamble" varchar,
  	"version_area_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__regulations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_areas_kind" NOT NULL,
  	"parent_id" integer,
  	"description" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "facilities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar DEFAULT '杏花岭宣传微平台' NOT NULL,
  	"sponsor" varchar DEFAULT '杏花岭区创城办' NOT NULL,
  	"icp" varchar,
  	"psb" varchar,
  	"site_code" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_address" varchar,
  	"review_levels" numeric DEFAULT 2 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "sensitive_words_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"wrong" varchar NOT NULL,
  	"right" varchar,
  	"kind" "enum_sensitive_words_entries_kind" DEFAULT 'mistake' NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "sensitive_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "figures" ADD COLUMN "good_deed" "enum_figures_good_deed";
  ALTER TABLE "figures" ADD COLUMN "area_id" integer;
  ALTER TABLE "_figures_v" ADD COLUMN "version_good_deed" "enum__figures_v_version_good_deed";
  ALTER TABLE "_figures_v" ADD COLUMN "version_area_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "streets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "places_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "regulations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "areas_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "facilities_id" integer;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "figures_rels" ADD CONSTRAINT "figures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "figures_rels" ADD CONSTRAINT "figures_rels_streets_fk" FOREIGN KEY ("streets_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "figures_rels" ADD CONSTRAINT "figures_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_figures_v_rels" ADD CONSTRAINT "_figures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_figures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_figures_v_rels" ADD CONSTRAINT "_figures_v_rels_streets_fk" FOREIGN KEY ("streets_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_figures_v_rels" ADD CONSTRAINT "_figures_v_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "streets" ADD CONSTRAINT "streets_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "streets" ADD CONSTRAINT "streets_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "streets_rels" ADD CONSTRAINT "streets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "streets_rels" ADD CONSTRAINT "streets_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "streets_rels" ADD CONSTRAINT "streets_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_streets_v" ADD CONSTRAINT "_streets_v_parent_id_streets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."streets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_streets_v" ADD CONSTRAINT "_streets_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_streets_v" ADD CONSTRAINT "_streets_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_streets_v_rels" ADD CONSTRAINT "_streets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_streets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_streets_v_rels" ADD CONSTRAINT "_streets_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_streets_v_rels" ADD CONSTRAINT "_streets_v_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places" ADD CONSTRAINT "places_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "places" ADD CONSTRAINT "places_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "places_rels" ADD CONSTRAINT "places_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rels" ADD CONSTRAINT "places_rels_facilities_fk" FOREIGN KEY ("facilities_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rels" ADD CONSTRAINT "places_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rels" ADD CONSTRAINT "places_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_parent_id_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v_rels" ADD CONSTRAINT "_places_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_rels" ADD CONSTRAINT "_places_v_rels_facilities_fk" FOREIGN KEY ("facilities_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_rels" ADD CONSTRAINT "_places_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_rels" ADD CONSTRAINT "_places_v_rels_figures_fk" FOREIGN KEY ("figures_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_chapters_articles" ADD CONSTRAINT "regulations_chapters_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_chapters" ADD CONSTRAINT "regulations_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations" ADD CONSTRAINT "regulations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regulations_v_version_chapters_articles" ADD CONSTRAINT "_regulations_v_version_chapters_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regulations_v_version_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_version_chapters" ADD CONSTRAINT "_regulations_v_version_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regulations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v" ADD CONSTRAINT "_regulations_v_parent_id_regulations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regulations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regulations_v" ADD CONSTRAINT "_regulations_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "areas" ADD CONSTRAINT "areas_parent_id_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sensitive_words_entries" ADD CONSTRAINT "sensitive_words_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sensitive_words"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_areas_id_idx" ON "articles_rels" USING btree ("areas_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_areas_id_idx" ON "_articles_v_rels" USING btree ("areas_id");
  CREATE INDEX "figures_rels_order_idx" ON "figures_rels" USING btree ("order");
  CREATE INDEX "figures_rels_parent_idx" ON "figures_rels" USING btree ("parent_id");
  CREATE INDEX "figures_rels_path_idx" ON "figures_rels" USING btree ("path");
  CREATE INDEX "figures_rels_streets_id_idx" ON "figures_rels" USING btree ("streets_id");
  CREATE INDEX "figures_rels_places_id_idx" ON "figures_rels" USING btree ("places_id");
  CREATE INDEX "_figures_v_rels_order_idx" ON "_figures_v_rels" USING btree ("order");
  CREATE INDEX "_figures_v_rels_parent_idx" ON "_figures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_figures_v_rels_path_idx" ON "_figures_v_rels" USING btree ("path");
  CREATE INDEX "_figures_v_rels_streets_id_idx" ON "_figures_v_rels" USING btree ("streets_id");
  CREATE INDEX "_figures_v_rels_places_id_idx" ON "_figures_v_rels" USING btree ("places_id");
  CREATE INDEX "streets_cover_idx" ON "streets" USING btree ("cover_id");
  CREATE INDEX "streets_area_idx" ON "streets" USING btree ("area_id");
  CREATE UNIQUE INDEX "streets_slug_idx" ON "streets" USING btree ("slug");
  CREATE INDEX "streets_published_at_idx" ON "streets" USING btree ("published_at");
  CREATE INDEX "streets_updated_at_idx" ON "streets" USING btree ("updated_at");
  CREATE INDEX "streets_created_at_idx" ON "streets" USING btree ("created_at");
  CREATE INDEX "streets__status_idx" ON "streets" USING btree ("_status");
  CREATE INDEX "streets_rels_order_idx" ON "streets_rels" USING btree ("order");
  CREATE INDEX "streets_rels_parent_idx" ON "streets_rels" USING btree ("parent_id");
  CREATE INDEX "streets_rels_path_idx" ON "streets_rels" USING btree ("path");
  CREATE INDEX "streets_rels_media_id_idx" ON "streets_rels" USING btree ("media_id");
  CREATE INDEX "streets_rels_figures_id_idx" ON "streets_rels" USING btree ("figures_id");
  CREATE INDEX "_streets_v_parent_idx" ON "_streets_v" USING btree ("parent_id");
  CREATE INDEX "_streets_v_version_version_cover_idx" ON "_streets_v" USING btree ("version_cover_id");
  CREATE INDEX "_streets_v_version_version_area_idx" ON "_streets_v" USING btree ("version_area_id");
  CREATE INDEX "_streets_v_version_version_slug_idx" ON "_streets_v" USING btree ("version_slug");
  CREATE INDEX "_streets_v_version_version_published_at_idx" ON "_streets_v" USING btree ("version_published_at");
  CREATE INDEX "_streets_v_version_version_updated_at_idx" ON "_streets_v" USING btree ("version_updated_at");
  CREATE INDEX "_streets_v_version_version_created_at_idx" ON "_streets_v" USING btree ("version_created_at");
  CREATE INDEX "_streets_v_version_version__status_idx" ON "_streets_v" USING btree ("version__status");
  CREATE INDEX "_streets_v_created_at_idx" ON "_streets_v" USING btree ("created_at");
  CREATE INDEX "_streets_v_updated_at_idx" ON "_streets_v" USING btree ("updated_at");
  CREATE INDEX "_streets_v_latest_idx" ON "_streets_v" USING btree ("latest");
  CREATE INDEX "_streets_v_rels_order_idx" ON "_streets_v_rels" USING btree ("order");
  CREATE INDEX "_streets_v_rels_parent_idx" ON "_streets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_streets_v_rels_path_idx" ON "_streets_v_rels" USING btree ("path");
  CREATE INDEX "_streets_v_rels_media_id_idx" ON "_streets_v_rels" USING btree ("media_id");
  CREATE INDEX "_streets_v_rels_figures_id_idx" ON "_streets_v_rels" USING btree ("figures_id");
  CREATE INDEX "places_cover_idx" ON "places" USING btree ("cover_id");
  CREATE INDEX "places_area_idx" ON "places" USING btree ("area_id");
  CREATE UNIQUE INDEX "places_slug_idx" ON "places" USING btree ("slug");
  CREATE INDEX "places_published_at_idx" ON "places" USING btree ("published_at");
  CREATE INDEX "places_updated_at_idx" ON "places" USING btree ("updated_at");
  CREATE INDEX "places_created_at_idx" ON "places" USING btree ("created_at");
  CREATE INDEX "places__status_idx" ON "places" USING btree ("_status");
  CREATE INDEX "places_rels_order_idx" ON "places_rels" USING btree ("order");
  CREATE INDEX "places_rels_parent_idx" ON "places_rels" USING btree ("parent_id");
  CREATE INDEX "places_rels_path_idx" ON "places_rels" USING btree ("path");
  CREATE INDEX "places_rels_facilities_id_idx" ON "places_rels" USING btree ("facilities_id");
  CREATE INDEX "places_rels_media_id_idx" ON "places_rels" USING btree ("media_id");
  CREATE INDEX "places_rels_figures_id_idx" ON "places_rels" USING btree ("figures_id");
  CREATE INDEX "_places_v_parent_idx" ON "_places_v" USING btree ("parent_id");
  CREATE INDEX "_places_v_version_version_cover_idx" ON "_places_v" USING btree ("version_cover_id");
  CREATE INDEX "_places_v_version_version_area_idx" ON "_places_v" USING btree ("version_area_id");
  CREATE INDEX "_places_v_version_version_slug_idx" ON "_places_v" USING btree ("version_slug");
  CREATE INDEX "_places_v_version_version_published_at_idx" ON "_places_v" USING btree ("version_published_at");
  CREATE INDEX "_places_v_version_version_updated_at_idx" ON "_places_v" USING btree ("version_updated_at");
  CREATE INDEX "_places_v_version_version_created_at_idx" ON "_places_v" USING btree ("version_created_at");
  CREATE INDEX "_places_v_version_version__status_idx" ON "_places_v" USING btree ("version__status");
  CREATE INDEX "_places_v_created_at_idx" ON "_places_v" USING btree ("created_at");
  CREATE INDEX "_places_v_updated_at_idx" ON "_places_v" USING btree ("updated_at");
  CREATE INDEX "_places_v_latest_idx" ON "_places_v" USING btree ("latest");
  CREATE INDEX "_places_v_rels_order_idx" ON "_places_v_rels" USING btree ("order");
  CREATE INDEX "_places_v_rels_parent_idx" ON "_places_v_rels" USING btree ("parent_id");
  CREATE INDEX "_places_v_rels_path_idx" ON "_places_v_rels" USING btree ("path");
  CREATE INDEX "_places_v_rels_facilities_id_idx" ON "_places_v_rels" USING btree ("facilities_id");
  CREATE INDEX "_places_v_rels_media_id_idx" ON "_places_v_rels" USING btree ("media_id");
  CREATE INDEX "_places_v_rels_figures_id_idx" ON "_places_v_rels" USING btree ("figures_id");
  CREATE INDEX "regulations_chapters_articles_order_idx" ON "regulations_chapters_articles" USING btree ("_order");
  CREATE INDEX "regulations_chapters_articles_parent_id_idx" ON "regulations_chapters_articles" USING btree ("_parent_id");
  CREATE INDEX "regulations_chapters_order_idx" ON "regulations_chapters" USING btree ("_order");
  CREATE INDEX "regulations_chapters_parent_id_idx" ON "regulations_chapters" USING btree ("_parent_id");
  CREATE INDEX "regulations_area_idx" ON "regulations" USING btree ("area_id");
  CREATE UNIQUE INDEX "regulations_slug_idx" ON "regulations" USING btree ("slug");
  CREATE INDEX "regulations_published_at_idx" ON "regulations" USING btree ("published_at");
  CREATE INDEX "regulations_updated_at_idx" ON "regulations" USING btree ("updated_at");
  CREATE INDEX "regulations_created_at_idx" ON "regulations" USING btree ("created_at");
  CREATE INDEX "regulations__status_idx" ON "regulations" USING btree ("_status");
  CREATE INDEX "_regulations_v_version_chapters_articles_order_idx" ON "_regulations_v_version_chapters_articles" USING btree ("_order");
  CREATE INDEX "_regulations_v_version_chapters_articles_parent_id_idx" ON "_regulations_v_version_chapters_articles" USING btree ("_parent_id");
  CREATE INDEX "_regulations_v_version_chapters_order_idx" ON "_regulations_v_version_chapters" USING btree ("_order");
  CREATE INDEX "_regulations_v_version_chapters_parent_id_idx" ON "_regulations_v_version_chapters" USING btree ("_parent_id");
  CREATE INDEX "_regulations_v_parent_idx" ON "_regulations_v" USING btree ("parent_id");
  CREATE INDEX "_regulations_v_version_version_area_idx" ON "_regulations_v" USING btree ("version_area_id");
  CREATE INDEX "_regulations_v_version_version_slug_idx" ON "_regulations_v" USING btree ("version_slug");
  CREATE INDEX "_regulations_v_version_version_published_at_idx" ON "_regulations_v" USING btree ("version_published_at");
  CREATE INDEX "_regulations_v_version_version_updated_at_idx" ON "_regulations_v" USING btree ("version_updated_at");
  CREATE INDEX "_regulations_v_version_version_created_at_idx" ON "_regulations_v" USING btree ("version_created_at");
  CREATE INDEX "_regulations_v_version_version__status_idx" ON "_regulations_v" USING btree ("version__status");
  CREATE INDEX "_regulations_v_created_at_idx" ON "_regulations_v" USING btree ("created_at");
  CREATE INDEX "_regulations_v_updated_at_idx" ON "_regulations_v" USING btree ("updated_at");
  CREATE INDEX "_regulations_v_latest_idx" ON "_regulations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "areas_name_idx" ON "areas" USING btree ("name");
  CREATE INDEX "areas_parent_idx" ON "areas" USING btree ("parent_id");
  CREATE UNIQUE INDEX "areas_slug_idx" ON "areas" USING btree ("slug");
  CREATE INDEX "areas_updated_at_idx" ON "areas" USING btree ("updated_at");
  CREATE INDEX "areas_created_at_idx" ON "areas" USING btree ("created_at");
  CREATE UNIQUE INDEX "facilities_name_idx" ON "facilities" USING btree ("name");
  CREATE INDEX "facilities_updated_at_idx" ON "facilities" USING btree ("updated_at");
  CREATE INDEX "facilities_created_at_idx" ON "facilities" USING btree ("created_at");
  CREATE INDEX "sensitive_words_entries_order_idx" ON "sensitive_words_entries" USING btree ("_order");
  CREATE INDEX "sensitive_words_entries_parent_id_idx" ON "sensitive_words_entries" USING btree ("_parent_id");
  ALTER TABLE "figures" ADD CONSTRAINT "figures_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_figures_v" ADD CONSTRAINT "_figures_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_streets_fk" FOREIGN KEY ("streets_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_facilities_fk" FOREIGN KEY ("facilities_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "figures_area_idx" ON "figures" USING btree ("area_id");
  CREATE INDEX "figures_published_at_idx" ON "figures" USING btree ("published_at");
  CREATE INDEX "_figures_v_version_version_area_idx" ON "_figures_v" USING btree ("version_area_id");
  CREATE INDEX "_figures_v_version_version_published_at_idx" ON "_figures_v" USING btree ("version_published_at");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_streets_id_idx" ON "payload_locked_documents_rels" USING btree ("streets_id");
  CREATE INDEX "payload_locked_documents_rels_places_id_idx" ON "payload_locked_documents_rels" USING btree ("places_id");
  CREATE INDEX "payload_locked_documents_rels_regulations_id_idx" ON "payload_locked_documents_rels" USING btree ("regulations_id");
  CREATE INDEX "payload_locked_documents_rels_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("areas_id");
  CREATE INDEX "payload_locked_documents_rels_facilities_id_idx" ON "payload_locked_documents_rels" USING btree ("facilities_id");
`)

  // Keep the skeleton's free-text areas: each name becomes an area record and the
  // figures (and their versions) point at it before the text column goes.
  const { rows } = await db.execute(sql`
    SELECT DISTINCT name FROM (SELECT "area" AS name FROM "figures" UNION SELECT "version_area" FROM "_figures_v") names
    WHERE name IS NOT NULL AND name <> ''`)
  for (const row of rows as { name: string }[]) {
    const kind = row.name.endsWith('街道')
      ? 'subdistrict'
      : row.name.endsWith('镇')
        ? 'town'
        : row.name.endsWith('社区')
          ? 'community'
          : row.name.endsWith('小区')
            ? 'estate'
            : 'zone'
    await db.execute(sql`
      INSERT INTO "areas" ("name", "kind", "slug") VALUES (${row.name}, ${kind}, ${slugify(row.name)})
      ON CONFLICT ("name") DO NOTHING`)
  }
  await db.execute(sql`UPDATE "figures" f SET "area_id" = a."id" FROM "areas" a WHERE a."name" = f."area"`)
  await db.execute(sql`UPDATE "_figures_v" v SET "version_area_id" = a."id" FROM "areas" a WHERE a."name" = v."version_area"`)
  await db.execute(sql`
  ALTER TABLE "figures" DROP COLUMN "area";
  ALTER TABLE "_figures_v" DROP COLUMN "version_area";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "figures_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_figures_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "streets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "streets_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_streets_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_streets_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regulations_chapters_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regulations_chapters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regulations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_regulations_v_version_chapters_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_regulations_v_version_chapters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_regulations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "areas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "facilities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sensitive_words_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sensitive_words" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "figures_rels" CASCADE;
  DROP TABLE "_figures_v_rels" CASCADE;
  DROP TABLE "streets" CASCADE;
  DROP TABLE "streets_rels" CASCADE;
  DROP TABLE "_streets_v" CASCADE;
  DROP TABLE "_streets_v_rels" CASCADE;
  DROP TABLE "places" CASCADE;
  DROP TABLE "places_rels" CASCADE;
  DROP TABLE "_places_v" CASCADE;
  DROP TABLE "_places_v_rels" CASCADE;
  DROP TABLE "regulations_chapters_articles" CASCADE;
  DROP TABLE "regulations_chapters" CASCADE;
  DROP TABLE "regulations" CASCADE;
  DROP TABLE "_regulations_v_version_chapters_articles" CASCADE;
  DROP TABLE "_regulations_v_version_chapters" CASCADE;
  DROP TABLE "_regulations_v" CASCADE;
  DROP TABLE "areas" CASCADE;
  DROP TABLE "facilities" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "sensitive_words_entries" CASCADE;
  DROP TABLE "sensitive_words" CASCADE;
  ALTER TABLE "figures" DROP CONSTRAINT "figures_area_id_areas_id_fk";
  
  ALTER TABLE "_figures_v" DROP CONSTRAINT "_figures_v_version_area_id_areas_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_streets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_places_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_regulations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_areas_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_facilities_fk";
  
  DROP INDEX "figures_area_idx";
  DROP INDEX "figures_published_at_idx";
  DROP INDEX "_figures_v_version_version_area_idx";
  DROP INDEX "_figures_v_version_version_published_at_idx";
  DROP INDEX "payload_locked_documents_rels_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_streets_id_idx";
  DROP INDEX "payload_locked_documents_rels_places_id_idx";
  DROP INDEX "payload_locked_documents_rels_regulations_id_idx";
  DROP INDEX "payload_locked_documents_rels_areas_id_idx";
  DROP INDEX "payload_locked_documents_rels_facilities_id_idx";
  ALTER TABLE "figures" ADD COLUMN "area" varchar;
  ALTER TABLE "_figures_v" ADD COLUMN "version_area" varchar;
  ALTER TABLE "figures" DROP COLUMN "good_deed";
  ALTER TABLE "figures" DROP COLUMN "area_id";
  ALTER TABLE "_figures_v" DROP COLUMN "version_good_deed";
  ALTER TABLE "_figures_v" DROP COLUMN "version_area_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "streets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "places_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "regulations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "areas_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "facilities_id";
  DROP TYPE "public"."enum_articles_column";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_column";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_figures_good_deed";
  DROP TYPE "public"."enum__figures_v_version_good_deed";
  DROP TYPE "public"."enum_streets_status";
  DROP TYPE "public"."enum__streets_v_version_status";
  DROP TYPE "public"."enum_places_level";
  DROP TYPE "public"."enum_places_status";
  DROP TYPE "public"."enum__places_v_version_level";
  DROP TYPE "public"."enum__places_v_version_status";
  DROP TYPE "public"."enum_regulations_legal_status";
  DROP TYPE "public"."enum_regulations_status";
  DROP TYPE "public"."enum__regulations_v_version_legal_status";
  DROP TYPE "public"."enum__regulations_v_version_status";
  DROP TYPE "public"."enum_areas_kind";
  DROP TYPE "public"."enum_sensitive_words_entries_kind";`)
}
