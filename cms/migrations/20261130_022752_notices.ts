import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_notices" AS ENUM('waiting', 'returned', 'published');
  CREATE TYPE "public"."enum_notice_groups_events" AS ENUM('waiting', 'returned', 'published', 'takedown', 'build-failed');
  CREATE TYPE "public"."enum_notice_groups_platform" AS ENUM('wecom', 'dingtalk');
  CREATE TABLE "users_notices" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_notices",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "notice_groups_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_notice_groups_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "notice_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"platform" "enum_notice_groups_platform" DEFAULT 'wecom' NOT NULL,
  	"webhook" varchar NOT NULL,
  	"secret" varchar,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notice_groups_id" integer;
  ALTER TABLE "users_notices" ADD CONSTRAINT "users_notices_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notice_groups_events" ADD CONSTRAINT "notice_groups_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notice_groups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_notices_order_idx" ON "users_notices" USING btree ("order");
  CREATE INDEX "users_notices_parent_idx" ON "users_notices" USING btree ("parent_id");
  CREATE INDEX "notice_groups_events_order_idx" ON "notice_groups_events" USING btree ("order");
  CREATE INDEX "notice_groups_events_parent_idx" ON "notice_groups_events" USING btree ("parent_id");
  CREATE INDEX "notice_groups_updated_at_idx" ON "notice_groups" USING btree ("updated_at");
  CREATE INDEX "notice_groups_created_at_idx" ON "notice_groups" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notice_groups_fk" FOREIGN KEY ("notice_groups_id") REFERENCES "public"."notice_groups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_notice_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("notice_groups_id");`)
  // Accounts that exist already get every personal notice, as new ones do; each can opt out.
  await db.execute(sql`
  INSERT INTO "users_notices" ("order", "parent_id", "value")
  SELECT n.ord, u.id, n.value::"enum_users_notices"
  FROM "users" u CROSS JOIN (VALUES (1, 'waiting'), (2, 'returned'), (3, 'published')) AS n(ord, value);`)

}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notice_groups_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notice_groups" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_notices" CASCADE;
  DROP TABLE "notice_groups_events" CASCADE;
  DROP TABLE "notice_groups" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notice_groups_fk";
  
  DROP INDEX "payload_locked_documents_rels_notice_groups_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notice_groups_id";
  DROP TYPE "public"."enum_users_notices";
  DROP TYPE "public"."enum_notice_groups_events";
  DROP TYPE "public"."enum_notice_groups_platform";`)
}
