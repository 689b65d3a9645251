import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * No schema change: the 活动, 课单 and 北京时间 migrations were made side by side, each against
 * the snapshot before them. This migration's JSON is the whole schema after all of them (checked
 * by building a database from it and comparing it with the migrated one), so the next
 * migration is generated against the truth.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
