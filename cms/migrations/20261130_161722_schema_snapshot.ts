import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Changes nothing: 评选 (20261130_154805_elections) and 入户代填 (20261130_154909_field_entry)
 * were made on two branches, each from the schema before the other. This migration's JSON
 * holds the schema with both, so the next `payload migrate:create` compares against all of it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`SELECT 1;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`SELECT 1;`)
}
