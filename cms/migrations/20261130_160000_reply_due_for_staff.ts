import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * 答复提醒 for the people who were there before it existed: administrators and editors who
 * take at least one mail notice get 「我承办的留言快到答复期限」 too (new accounts get every
 * notice by default); someone who turned all notices off stays off.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  INSERT INTO "users_notices" ("order", "parent_id", "value")
  SELECT COALESCE(MAX(n."order"), 0) + 1, u."id", 'reply-due'
  FROM "users" u JOIN "users_notices" n ON n."parent_id" = u."id"
  WHERE u."role" IN ('admin', 'editor')
    AND NOT EXISTS (SELECT 1 FROM "users_notices" d WHERE d."parent_id" = u."id" AND d."value" = 'reply-due')
  GROUP BY u."id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Which rows this added cannot be told from those people ticked since: nothing is taken away.
  await db.execute(sql`SELECT 1;`)
}
