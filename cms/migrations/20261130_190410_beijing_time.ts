import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_surveys_opensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_surveys_closesat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__surveys_v_version_opensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__surveys_v_version_closesat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_elections_opensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_elections_closesat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__elections_v_version_opensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__elections_v_version_closesat_tz" AS ENUM('Asia/Shanghai');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'timedRebuilds' BEFORE 'privacyRescan';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'timedRebuilds' BEFORE 'privacyRescan';
  ALTER TABLE "surveys" ADD COLUMN "opensat_tz" "enum_surveys_opensat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "surveys" ADD COLUMN "closesat_tz" "enum_surveys_closesat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_surveys_v" ADD COLUMN "version_opensat_tz" "enum__surveys_v_version_opensat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_surveys_v" ADD COLUMN "version_closesat_tz" "enum__surveys_v_version_closesat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "elections" ADD COLUMN "opensat_tz" "enum_elections_opensat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "elections" ADD COLUMN "closesat_tz" "enum_elections_closesat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_elections_v" ADD COLUMN "version_opensat_tz" "enum__elections_v_version_opensat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_elections_v" ADD COLUMN "version_closesat_tz" "enum__elections_v_version_closesat_tz" DEFAULT 'Asia/Shanghai';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild', 'privacyRescan', 'auditRetention', 'participationRetention', 'replyReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild', 'privacyRescan', 'auditRetention', 'participationRetention', 'replyReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "surveys" DROP COLUMN "opensat_tz";
  ALTER TABLE "surveys" DROP COLUMN "closesat_tz";
  ALTER TABLE "_surveys_v" DROP COLUMN "version_opensat_tz";
  ALTER TABLE "_surveys_v" DROP COLUMN "version_closesat_tz";
  ALTER TABLE "elections" DROP COLUMN "opensat_tz";
  ALTER TABLE "elections" DROP COLUMN "closesat_tz";
  ALTER TABLE "_elections_v" DROP COLUMN "version_opensat_tz";
  ALTER TABLE "_elections_v" DROP COLUMN "version_closesat_tz";
  DROP TYPE "public"."enum_surveys_opensat_tz";
  DROP TYPE "public"."enum_surveys_closesat_tz";
  DROP TYPE "public"."enum__surveys_v_version_opensat_tz";
  DROP TYPE "public"."enum__surveys_v_version_closesat_tz";
  DROP TYPE "public"."enum_elections_opensat_tz";
  DROP TYPE "public"."enum_elections_closesat_tz";
  DROP TYPE "public"."enum__elections_v_version_opensat_tz";
  DROP TYPE "public"."enum__elections_v_version_closesat_tz";`)
}
