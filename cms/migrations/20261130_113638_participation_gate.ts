import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_messages_privacy_kinds" AS ENUM('mobile', 'id-number', 'address');
  CREATE TYPE "public"."enum_messages_kind" AS ENUM('consult', 'suggestion', 'problem', 'praise');
  CREATE TYPE "public"."enum_messages_status" AS ENUM('received', 'replied', 'closed');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'read-contact';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'purge';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'participationRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'participationRetention';
  CREATE TABLE "messages_privacy_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_messages_privacy_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"kind" "enum_messages_kind" NOT NULL,
  	"area_id" integer,
  	"subject" varchar,
  	"body" varchar NOT NULL,
  	"keep_private" boolean DEFAULT false,
  	"status" "enum_messages_status" DEFAULT 'received' NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"contact_id" integer,
  	"consent_version" varchar,
  	"purge_at" timestamp(3) with time zone,
  	"device_hash" varchar,
  	"receipt_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "participation_contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"purge_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "sees_contacts" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "participation_contacts_id" integer;
  ALTER TABLE "messages_privacy_kinds" ADD CONSTRAINT "messages_privacy_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_contact_id_participation_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."participation_contacts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "messages_privacy_kinds_order_idx" ON "messages_privacy_kinds" USING btree ("order");
  CREATE INDEX "messages_privacy_kinds_parent_idx" ON "messages_privacy_kinds" USING btree ("parent_id");
  CREATE UNIQUE INDEX "messages_reference_idx" ON "messages" USING btree ("reference");
  CREATE INDEX "messages_area_idx" ON "messages" USING btree ("area_id");
  CREATE INDEX "messages_status_idx" ON "messages" USING btree ("status");
  CREATE INDEX "messages_received_at_idx" ON "messages" USING btree ("received_at");
  CREATE INDEX "messages_contact_idx" ON "messages" USING btree ("contact_id");
  CREATE INDEX "messages_purge_at_idx" ON "messages" USING btree ("purge_at");
  CREATE INDEX "messages_device_hash_idx" ON "messages" USING btree ("device_hash");
  CREATE UNIQUE INDEX "messages_receipt_hash_idx" ON "messages" USING btree ("receipt_hash");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "participation_contacts_purge_at_idx" ON "participation_contacts" USING btree ("purge_at");
  CREATE INDEX "participation_contacts_updated_at_idx" ON "participation_contacts" USING btree ("updated_at");
  CREATE INDEX "participation_contacts_created_at_idx" ON "participation_contacts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_participation_contacts_fk" FOREIGN KEY ("participation_contacts_id") REFERENCES "public"."participation_contacts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("messages_id");
  CREATE INDEX "payload_locked_documents_rels_participation_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("participation_contacts_id");
  -- The residents' forms' throttles (rate-limiter-flexible's Postgres store, cms/participation/gate/limits.ts).
  CREATE TABLE "participation_limits" (
  	"key" varchar(255) PRIMARY KEY,
  	"points" integer NOT NULL DEFAULT 0,
  	"expire" bigint
  );
  CREATE INDEX "participation_limits_expire_idx" ON "participation_limits" USING btree ("expire");
  -- Used proof-of-work challenges, until they expire: a second use finds its nonce here (cms/participation/gate/altcha.ts).
  CREATE TABLE "participation_challenges" (
  	"nonce" varchar(128) PRIMARY KEY,
  	"expires_at" timestamp with time zone NOT NULL
  );
  CREATE INDEX "participation_challenges_expires_at_idx" ON "participation_challenges" USING btree ("expires_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "participation_limits";
  DROP TABLE "participation_challenges";
  ALTER TABLE "messages_privacy_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "participation_contacts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "messages_privacy_kinds" CASCADE;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "participation_contacts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_participation_contacts_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'workflow', 'settings', 'sign-in', 'sign-in-failed', 'sign-in-refused', 'unlock', 'password', 'retention', 'restore');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild', 'privacyRescan', 'auditRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewSchedules', 'siteBuild', 'privacyRescan', 'auditRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_participation_contacts_id_idx";
  ALTER TABLE "users" DROP COLUMN "sees_contacts";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "participation_contacts_id";
  DROP TYPE "public"."enum_messages_privacy_kinds";
  DROP TYPE "public"."enum_messages_kind";
  DROP TYPE "public"."enum_messages_status";`)
}
