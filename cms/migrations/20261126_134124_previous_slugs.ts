import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "articles_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "_articles_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "figures_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "_figures_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "streets_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "_streets_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "places_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "_places_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "regulations_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "_regulations_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "articles_previous_slugs" ADD CONSTRAINT "articles_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_previous_slugs" ADD CONSTRAINT "_articles_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "figures_previous_slugs" ADD CONSTRAINT "figures_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_figures_v_version_previous_slugs" ADD CONSTRAINT "_figures_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_figures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "streets_previous_slugs" ADD CONSTRAINT "streets_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_streets_v_version_previous_slugs" ADD CONSTRAINT "_streets_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_streets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_previous_slugs" ADD CONSTRAINT "places_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_version_previous_slugs" ADD CONSTRAINT "_places_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_previous_slugs" ADD CONSTRAINT "regulations_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_version_previous_slugs" ADD CONSTRAINT "_regulations_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regulations_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_previous_slugs_order_idx" ON "articles_previous_slugs" USING btree ("_order");
  CREATE INDEX "articles_previous_slugs_parent_id_idx" ON "articles_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_previous_slugs_order_idx" ON "_articles_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_articles_v_version_previous_slugs_parent_id_idx" ON "_articles_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "figures_previous_slugs_order_idx" ON "figures_previous_slugs" USING btree ("_order");
  CREATE INDEX "figures_previous_slugs_parent_id_idx" ON "figures_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_figures_v_version_previous_slugs_order_idx" ON "_figures_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_figures_v_version_previous_slugs_parent_id_idx" ON "_figures_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "streets_previous_slugs_order_idx" ON "streets_previous_slugs" USING btree ("_order");
  CREATE INDEX "streets_previous_slugs_parent_id_idx" ON "streets_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_streets_v_version_previous_slugs_order_idx" ON "_streets_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_streets_v_version_previous_slugs_parent_id_idx" ON "_streets_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "places_previous_slugs_order_idx" ON "places_previous_slugs" USING btree ("_order");
  CREATE INDEX "places_previous_slugs_parent_id_idx" ON "places_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_places_v_version_previous_slugs_order_idx" ON "_places_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_places_v_version_previous_slugs_parent_id_idx" ON "_places_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "regulations_previous_slugs_order_idx" ON "regulations_previous_slugs" USING btree ("_order");
  CREATE INDEX "regulations_previous_slugs_parent_id_idx" ON "regulations_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_regulations_v_version_previous_slugs_order_idx" ON "_regulations_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_regulations_v_version_previous_slugs_parent_id_idx" ON "_regulations_v_version_previous_slugs" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_previous_slugs" CASCADE;
  DROP TABLE "_articles_v_version_previous_slugs" CASCADE;
  DROP TABLE "figures_previous_slugs" CASCADE;
  DROP TABLE "_figures_v_version_previous_slugs" CASCADE;
  DROP TABLE "streets_previous_slugs" CASCADE;
  DROP TABLE "_streets_v_version_previous_slugs" CASCADE;
  DROP TABLE "places_previous_slugs" CASCADE;
  DROP TABLE "_places_v_version_previous_slugs" CASCADE;
  DROP TABLE "regulations_previous_slugs" CASCADE;
  DROP TABLE "_regulations_v_version_previous_slugs" CASCADE;`)
}
