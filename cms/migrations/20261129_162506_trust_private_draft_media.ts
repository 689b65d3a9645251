import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "media_uses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"media" numeric NOT NULL,
  	"owner" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "public_use" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_uses_id" integer;
  CREATE INDEX "media_uses_media_idx" ON "media_uses" USING btree ("media");
  CREATE INDEX "media_uses_owner_idx" ON "media_uses" USING btree ("owner");
  CREATE INDEX "media_uses_updated_at_idx" ON "media_uses" USING btree ("updated_at");
  CREATE INDEX "media_uses_created_at_idx" ON "media_uses" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_uses_fk" FOREIGN KEY ("media_uses_id") REFERENCES "public"."media_uses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_public_use_idx" ON "media" USING btree ("public_use");
  CREATE INDEX "payload_locked_documents_rels_media_uses_id_idx" ON "payload_locked_documents_rels" USING btree ("media_uses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_uses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_uses" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_uses_fk";
  
  DROP INDEX "media_public_use_idx";
  DROP INDEX "payload_locked_documents_rels_media_uses_id_idx";
  ALTER TABLE "media" DROP COLUMN "public_use";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_uses_id";`)
}
