import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "household_codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"area_id" integer NOT NULL,
  	"building" varchar NOT NULL,
  	"number" numeric NOT NULL,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "field_tokens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"user_id" integer NOT NULL,
  	"area_id" integer NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"token_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "survey_responses" ADD COLUMN "household_id" integer;
  ALTER TABLE "survey_responses" ADD COLUMN "worker_id" integer;
  ALTER TABLE "survey_responses" ADD COLUMN "filled_at" timestamp(3) with time zone;
  ALTER TABLE "survey_responses" ADD COLUMN "client_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "household_codes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "field_tokens_id" integer;
  ALTER TABLE "household_codes" ADD CONSTRAINT "household_codes_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "household_codes" ADD CONSTRAINT "household_codes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "field_tokens" ADD CONSTRAINT "field_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "field_tokens" ADD CONSTRAINT "field_tokens_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "household_codes_code_idx" ON "household_codes" USING btree ("code");
  CREATE INDEX "household_codes_area_idx" ON "household_codes" USING btree ("area_id");
  CREATE INDEX "household_codes_building_idx" ON "household_codes" USING btree ("building");
  CREATE INDEX "household_codes_created_by_idx" ON "household_codes" USING btree ("created_by_id");
  CREATE INDEX "household_codes_updated_at_idx" ON "household_codes" USING btree ("updated_at");
  CREATE INDEX "household_codes_created_at_idx" ON "household_codes" USING btree ("created_at");
  CREATE INDEX "field_tokens_user_idx" ON "field_tokens" USING btree ("user_id");
  CREATE INDEX "field_tokens_area_idx" ON "field_tokens" USING btree ("area_id");
  CREATE UNIQUE INDEX "field_tokens_token_hash_idx" ON "field_tokens" USING btree ("token_hash");
  CREATE INDEX "field_tokens_updated_at_idx" ON "field_tokens" USING btree ("updated_at");
  CREATE INDEX "field_tokens_created_at_idx" ON "field_tokens" USING btree ("created_at");
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_household_id_household_codes_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_household_codes_fk" FOREIGN KEY ("household_codes_id") REFERENCES "public"."household_codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_field_tokens_fk" FOREIGN KEY ("field_tokens_id") REFERENCES "public"."field_tokens"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "survey_responses_household_idx" ON "survey_responses" USING btree ("household_id");
  CREATE INDEX "survey_responses_worker_idx" ON "survey_responses" USING btree ("worker_id");
  CREATE UNIQUE INDEX "survey_responses_client_id_idx" ON "survey_responses" USING btree ("client_id");
  CREATE UNIQUE INDEX "survey_household_idx" ON "survey_responses" USING btree ("survey_id","household_id");
  CREATE INDEX "payload_locked_documents_rels_household_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("household_codes_id");
  CREATE INDEX "payload_locked_documents_rels_field_tokens_id_idx" ON "payload_locked_documents_rels" USING btree ("field_tokens_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "household_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "field_tokens" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "household_codes" CASCADE;
  DROP TABLE "field_tokens" CASCADE;
  ALTER TABLE "survey_responses" DROP CONSTRAINT "survey_responses_household_id_household_codes_id_fk";
  
  ALTER TABLE "survey_responses" DROP CONSTRAINT "survey_responses_worker_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_household_codes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_field_tokens_fk";
  
  DROP INDEX "survey_responses_household_idx";
  DROP INDEX "survey_responses_worker_idx";
  DROP INDEX "survey_responses_client_id_idx";
  DROP INDEX "survey_household_idx";
  DROP INDEX "payload_locked_documents_rels_household_codes_id_idx";
  DROP INDEX "payload_locked_documents_rels_field_tokens_id_idx";
  ALTER TABLE "survey_responses" DROP COLUMN "household_id";
  ALTER TABLE "survey_responses" DROP COLUMN "worker_id";
  ALTER TABLE "survey_responses" DROP COLUMN "filled_at";
  ALTER TABLE "survey_responses" DROP COLUMN "client_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "household_codes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "field_tokens_id";`)
}
