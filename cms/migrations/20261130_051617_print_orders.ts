import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_print_orders_items_collection" AS ENUM('figures', 'streets', 'places', 'handbooks');
  CREATE TYPE "public"."enum_print_orders_items_product" AS ENUM('poster-a4', 'poster-a3', 'leaflet-a5', 'handbook');
  CREATE TYPE "public"."enum_print_orders_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TABLE "print_orders_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" "enum_print_orders_items_collection" NOT NULL,
  	"doc" numeric NOT NULL,
  	"product" "enum_print_orders_items_product" NOT NULL,
  	"quantity" numeric NOT NULL,
  	"cmyk" boolean DEFAULT true,
  	"name" varchar,
  	"slug" varchar,
  	"version" timestamp(3) with time zone
  );
  
  CREATE TABLE "print_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"ordered_by_id" integer,
  	"ordered_by_name" varchar,
  	"note" varchar,
  	"status" "enum_print_orders_status" DEFAULT 'queued',
  	"done" numeric DEFAULT 0,
  	"total" numeric DEFAULT 0,
  	"heartbeat" timestamp(3) with time zone,
  	"bytes" numeric,
  	"error" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "print_orders_id" integer;
  ALTER TABLE "print_orders_items" ADD CONSTRAINT "print_orders_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."print_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "print_orders" ADD CONSTRAINT "print_orders_ordered_by_id_users_id_fk" FOREIGN KEY ("ordered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "print_orders_items_order_idx" ON "print_orders_items" USING btree ("_order");
  CREATE INDEX "print_orders_items_parent_id_idx" ON "print_orders_items" USING btree ("_parent_id");
  CREATE INDEX "print_orders_ordered_by_idx" ON "print_orders" USING btree ("ordered_by_id");
  CREATE INDEX "print_orders_status_idx" ON "print_orders" USING btree ("status");
  CREATE INDEX "print_orders_updated_at_idx" ON "print_orders" USING btree ("updated_at");
  CREATE INDEX "print_orders_created_at_idx" ON "print_orders" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_print_orders_fk" FOREIGN KEY ("print_orders_id") REFERENCES "public"."print_orders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_print_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("print_orders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "print_orders_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "print_orders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "print_orders_items" CASCADE;
  DROP TABLE "print_orders" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_print_orders_fk";
  
  DROP INDEX "payload_locked_documents_rels_print_orders_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "print_orders_id";
  DROP TYPE "public"."enum_print_orders_items_collection";
  DROP TYPE "public"."enum_print_orders_items_product";
  DROP TYPE "public"."enum_print_orders_status";`)
}
