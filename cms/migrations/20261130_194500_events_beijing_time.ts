import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** Event dates are picked in Beijing time (cms/fields/beijingTime.ts): the zone columns Payload keeps beside them. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_signupopensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_signupopensat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_signupclosesat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_signupclosesat_tz" AS ENUM('Asia/Shanghai');
  ALTER TABLE "events" ADD COLUMN "startsat_tz" "enum_events_startsat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_events_v" ADD COLUMN "version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "events" ADD COLUMN "endsat_tz" "enum_events_endsat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_events_v" ADD COLUMN "version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "events" ADD COLUMN "signupopensat_tz" "enum_events_signupopensat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_events_v" ADD COLUMN "version_signupopensat_tz" "enum__events_v_version_signupopensat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "events" ADD COLUMN "signupclosesat_tz" "enum_events_signupclosesat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_events_v" ADD COLUMN "version_signupclosesat_tz" "enum__events_v_version_signupclosesat_tz" DEFAULT 'Asia/Shanghai';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "events" DROP COLUMN "startsat_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_startsat_tz";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  ALTER TABLE "events" DROP COLUMN "endsat_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_endsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  ALTER TABLE "events" DROP COLUMN "signupopensat_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_signupopensat_tz";
  DROP TYPE "public"."enum_events_signupopensat_tz";
  DROP TYPE "public"."enum__events_v_version_signupopensat_tz";
  ALTER TABLE "events" DROP COLUMN "signupclosesat_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_signupclosesat_tz";
  DROP TYPE "public"."enum_events_signupclosesat_tz";
  DROP TYPE "public"."enum__events_v_version_signupclosesat_tz";`)
}
