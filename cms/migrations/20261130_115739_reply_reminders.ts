import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_notices" ADD VALUE 'reply-due';
  ALTER TYPE "public"."enum_notice_groups_events" ADD VALUE 'reply-due';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'replyReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'replyReminders';
  ALTER TABLE "messages" ADD COLUMN "reminded_on" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_notices" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_notices";
  CREATE TYPE "public"."enum_users_notices" AS ENUM('waiting', 'returned', 'published');
  ALTER TABLE "users_notices" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_notices" USING "value"::"public"."enum_users_notices";
  ALTER TABLE "notice_groups_events" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_notice_groups_events";
  CREATE TYPE "public"."enum_notice_groups_events" AS ENUM('waiting', 'returned', 'published', 'takedown', 'build-failed');
  ALTER TABLE "notice_groups_events" ALTER COLUMN "value" SET DATA TYPE "public"."enum_notice_groups_events" USING "value"::"public"."enum_notice_groups_events";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild', 'privacyRescan', 'auditRetention', 'participationRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild', 'privacyRescan', 'auditRetention', 'participationRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "messages" DROP COLUMN "reminded_on";`)
}
