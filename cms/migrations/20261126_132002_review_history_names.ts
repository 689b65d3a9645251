import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_review_history" ADD COLUMN "by_name" varchar;
  ALTER TABLE "_articles_v_version_review_history" ADD COLUMN "by_name" varchar;
  ALTER TABLE "figures_review_history" ADD COLUMN "by_name" varchar;
  ALTER TABLE "_figures_v_version_review_history" ADD COLUMN "by_name" varchar;
  ALTER TABLE "streets_review_history" ADD COLUMN "by_name" varchar;
  ALTER TABLE "_streets_v_version_review_history" ADD COLUMN "by_name" varchar;
  ALTER TABLE "places_review_history" ADD COLUMN "by_name" varchar;
  ALTER TABLE "_places_v_version_review_history" ADD COLUMN "by_name" varchar;
  ALTER TABLE "regulations_review_history" ADD COLUMN "by_name" varchar;
  ALTER TABLE "_regulations_v_version_review_history" ADD COLUMN "by_name" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_review_history" DROP COLUMN "by_name";
  ALTER TABLE "_articles_v_version_review_history" DROP COLUMN "by_name";
  ALTER TABLE "figures_review_history" DROP COLUMN "by_name";
  ALTER TABLE "_figures_v_version_review_history" DROP COLUMN "by_name";
  ALTER TABLE "streets_review_history" DROP COLUMN "by_name";
  ALTER TABLE "_streets_v_version_review_history" DROP COLUMN "by_name";
  ALTER TABLE "places_review_history" DROP COLUMN "by_name";
  ALTER TABLE "_places_v_version_review_history" DROP COLUMN "by_name";
  ALTER TABLE "regulations_review_history" DROP COLUMN "by_name";
  ALTER TABLE "_regulations_v_version_review_history" DROP COLUMN "by_name";`)
}
