import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "public_service_ad_text" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "public_service_ad_image_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "public_service_ad_link" varchar;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_public_service_ad_image_id_media_id_fk" FOREIGN KEY ("public_service_ad_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_settings_public_service_ad_public_service_ad_image_idx" ON "site_settings" USING btree ("public_service_ad_image_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_public_service_ad_image_id_media_id_fk";
  
  DROP INDEX "site_settings_public_service_ad_public_service_ad_image_idx";
  ALTER TABLE "site_settings" DROP COLUMN "public_service_ad_text";
  ALTER TABLE "site_settings" DROP COLUMN "public_service_ad_image_id";
  ALTER TABLE "site_settings" DROP COLUMN "public_service_ad_link";`)
}
