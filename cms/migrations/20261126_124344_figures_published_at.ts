import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "figures" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "_figures_v" ADD COLUMN "version_published_at" timestamp(3) with time zone;
  UPDATE "figures" SET "published_at" = "created_at" WHERE "_status" = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "figures" DROP COLUMN "published_at";
  ALTER TABLE "_figures_v" DROP COLUMN "version_published_at";`)
}
