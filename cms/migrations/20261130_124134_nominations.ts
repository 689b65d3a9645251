import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_figures_subject_consent" AS ENUM('none', 'verbal', 'written');
  CREATE TYPE "public"."enum__figures_v_version_subject_consent" AS ENUM('none', 'verbal', 'written');
  CREATE TYPE "public"."enum_nominations_privacy_kinds" AS ENUM('mobile', 'id-number', 'address');
  CREATE TYPE "public"."enum_nominations_honour_kind" AS ENUM('most-beautiful', 'good-neighbour', 'moral-model', 'new-era', 'civilised-family');
  CREATE TYPE "public"."enum_nominations_good_deed" AS ENUM('helping-others', 'bravery', 'honesty', 'dedication', 'filial-piety');
  CREATE TYPE "public"."enum_nominations_status" AS ENUM('received', 'adopted', 'declined');
  CREATE TABLE "nominations_privacy_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_nominations_privacy_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "nominations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"nominee" varchar NOT NULL,
  	"area_id" integer,
  	"honour_kind" "enum_nominations_honour_kind",
  	"good_deed" "enum_nominations_good_deed",
  	"story" varchar NOT NULL,
  	"status" "enum_nominations_status" DEFAULT 'received' NOT NULL,
  	"decided_at" timestamp(3) with time zone,
  	"figure_id" integer,
  	"received_at" timestamp(3) with time zone,
  	"contact_id" integer,
  	"consent_version" varchar,
  	"purge_at" timestamp(3) with time zone,
  	"device_hash" varchar,
  	"receipt_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "nominations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"participation_uploads_id" integer
  );
  
  CREATE TABLE "participation_uploads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"purge_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumb_url" varchar,
  	"sizes_thumb_width" numeric,
  	"sizes_thumb_height" numeric,
  	"sizes_thumb_mime_type" varchar,
  	"sizes_thumb_filesize" numeric,
  	"sizes_thumb_filename" varchar
  );
  
  ALTER TABLE "figures" ADD COLUMN "nomination_id" integer;
  ALTER TABLE "figures" ADD COLUMN "subject_consent" "enum_figures_subject_consent";
  ALTER TABLE "figures" ADD COLUMN "subject_consent_note" varchar;
  ALTER TABLE "_figures_v" ADD COLUMN "version_nomination_id" integer;
  ALTER TABLE "_figures_v" ADD COLUMN "version_subject_consent" "enum__figures_v_version_subject_consent";
  ALTER TABLE "_figures_v" ADD COLUMN "version_subject_consent_note" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "nominations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "participation_uploads_id" integer;
  ALTER TABLE "nominations_privacy_kinds" ADD CONSTRAINT "nominations_privacy_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_figure_id_figures_id_fk" FOREIGN KEY ("figure_id") REFERENCES "public"."figures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_contact_id_participation_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."participation_contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations_rels" ADD CONSTRAINT "nominations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nominations_rels" ADD CONSTRAINT "nominations_rels_participation_uploads_fk" FOREIGN KEY ("participation_uploads_id") REFERENCES "public"."participation_uploads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "nominations_privacy_kinds_order_idx" ON "nominations_privacy_kinds" USING btree ("order");
  CREATE INDEX "nominations_privacy_kinds_parent_idx" ON "nominations_privacy_kinds" USING btree ("parent_id");
  CREATE UNIQUE INDEX "nominations_reference_idx" ON "nominations" USING btree ("reference");
  CREATE INDEX "nominations_area_idx" ON "nominations" USING btree ("area_id");
  CREATE INDEX "nominations_status_idx" ON "nominations" USING btree ("status");
  CREATE INDEX "nominations_figure_idx" ON "nominations" USING btree ("figure_id");
  CREATE INDEX "nominations_received_at_idx" ON "nominations" USING btree ("received_at");
  CREATE INDEX "nominations_contact_idx" ON "nominations" USING btree ("contact_id");
  CREATE INDEX "nominations_purge_at_idx" ON "nominations" USING btree ("purge_at");
  CREATE INDEX "nominations_device_hash_idx" ON "nominations" USING btree ("device_hash");
  CREATE UNIQUE INDEX "nominations_receipt_hash_idx" ON "nominations" USING btree ("receipt_hash");
  CREATE INDEX "nominations_updated_at_idx" ON "nominations" USING btree ("updated_at");
  CREATE INDEX "nominations_created_at_idx" ON "nominations" USING btree ("created_at");
  CREATE INDEX "nominations_rels_order_idx" ON "nominations_rels" USING btree ("order");
  CREATE INDEX "nominations_rels_parent_idx" ON "nominations_rels" USING btree ("parent_id");
  CREATE INDEX "nominations_rels_path_idx" ON "nominations_rels" USING btree ("path");
  CREATE INDEX "nominations_rels_participation_uploads_id_idx" ON "nominations_rels" USING btree ("participation_uploads_id");
  CREATE INDEX "participation_uploads_purge_at_idx" ON "participation_uploads" USING btree ("purge_at");
  CREATE INDEX "participation_uploads_updated_at_idx" ON "participation_uploads" USING btree ("updated_at");
  CREATE INDEX "participation_uploads_created_at_idx" ON "participation_uploads" USING btree ("created_at");
  CREATE UNIQUE INDEX "participation_uploads_filename_idx" ON "participation_uploads" USING btree ("filename");
  CREATE INDEX "participation_uploads_sizes_thumb_sizes_thumb_filename_idx" ON "participation_uploads" USING btree ("sizes_thumb_filename");
  ALTER TABLE "figures" ADD CONSTRAINT "figures_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_figures_v" ADD CONSTRAINT "_figures_v_version_nomination_id_nominations_id_fk" FOREIGN KEY ("version_nomination_id") REFERENCES "public"."nominations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_nominations_fk" FOREIGN KEY ("nominations_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_participation_uploads_fk" FOREIGN KEY ("participation_uploads_id") REFERENCES "public"."participation_uploads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "figures_nomination_idx" ON "figures" USING btree ("nomination_id");
  CREATE INDEX "_figures_v_version_version_nomination_idx" ON "_figures_v" USING btree ("version_nomination_id");
  CREATE INDEX "payload_locked_documents_rels_nominations_id_idx" ON "payload_locked_documents_rels" USING btree ("nominations_id");
  CREATE INDEX "payload_locked_documents_rels_participation_uploads_id_idx" ON "payload_locked_documents_rels" USING btree ("participation_uploads_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "nominations_privacy_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nominations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nominations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "participation_uploads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "nominations_privacy_kinds" CASCADE;
  DROP TABLE "nominations" CASCADE;
  DROP TABLE "nominations_rels" CASCADE;
  DROP TABLE "participation_uploads" CASCADE;
  ALTER TABLE "figures" DROP CONSTRAINT "figures_nomination_id_nominations_id_fk";
  
  ALTER TABLE "_figures_v" DROP CONSTRAINT "_figures_v_version_nomination_id_nominations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_nominations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_participation_uploads_fk";
  
  DROP INDEX "figures_nomination_idx";
  DROP INDEX "_figures_v_version_version_nomination_idx";
  DROP INDEX "payload_locked_documents_rels_nominations_id_idx";
  DROP INDEX "payload_locked_documents_rels_participation_uploads_id_idx";
  ALTER TABLE "figures" DROP COLUMN "nomination_id";
  ALTER TABLE "figures" DROP COLUMN "subject_consent";
  ALTER TABLE "figures" DROP COLUMN "subject_consent_note";
  ALTER TABLE "_figures_v" DROP COLUMN "version_nomination_id";
  ALTER TABLE "_figures_v" DROP COLUMN "version_subject_consent";
  ALTER TABLE "_figures_v" DROP COLUMN "version_subject_consent_note";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "nominations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "participation_uploads_id";
  DROP TYPE "public"."enum_figures_subject_consent";
  DROP TYPE "public"."enum__figures_v_version_subject_consent";
  DROP TYPE "public"."enum_nominations_privacy_kinds";
  DROP TYPE "public"."enum_nominations_honour_kind";
  DROP TYPE "public"."enum_nominations_good_deed";
  DROP TYPE "public"."enum_nominations_status";`)
}
