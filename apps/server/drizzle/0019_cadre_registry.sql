CREATE TABLE "cadre_assignment_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_by" uuid,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"end_reason" text
);
--> statement-breakpoint
CREATE TABLE "cadre_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"status" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"valid" integer DEFAULT 0 NOT NULL,
	"invalid" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"rows" jsonb NOT NULL,
	"errors" jsonb NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_setting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"district" jsonb NOT NULL,
	"township" jsonb NOT NULL,
	"load_limit" integer NOT NULL,
	"adjust_working_days" integer NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cadre_setting_bureau_id_unique" UNIQUE("bureau_id")
);
--> statement-breakpoint
DROP INDEX "cadre_assignment_operator_idx";--> statement-breakpoint
ALTER TABLE "cadre" ADD COLUMN "level" text DEFAULT 'village' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadre" ADD COLUMN "work_unit" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadre" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "cadre_assignment_history" ADD CONSTRAINT "cadre_assignment_history_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_assignment_history" ADD CONSTRAINT "cadre_assignment_history_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_assignment_history" ADD CONSTRAINT "cadre_assignment_history_cadre_id_cadre_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_import" ADD CONSTRAINT "cadre_import_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_setting" ADD CONSTRAINT "cadre_setting_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cadre_assignment_history_operator_idx" ON "cadre_assignment_history" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "cadre_assignment_history_cadre_idx" ON "cadre_assignment_history" USING btree ("cadre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cadre_assignment_history_open_key" ON "cadre_assignment_history" USING btree ("operator_id") WHERE "cadre_assignment_history"."ended_at" is null;--> statement-breakpoint
-- One current cadre a subject from now on: an operator assigned twice keeps its earliest assignment.
DELETE FROM "cadre_assignment" a USING "cadre_assignment" b WHERE a."operator_id" = b."operator_id" AND (a."created_at", a."cadre_id") > (b."created_at", b."cadre_id");--> statement-breakpoint
INSERT INTO "cadre_assignment_history" ("bureau_id", "operator_id", "cadre_id", "started_at") SELECT o."bureau_id", a."operator_id", a."cadre_id", a."created_at" FROM "cadre_assignment" a JOIN "operator" o ON o."id" = a."operator_id";--> statement-breakpoint
CREATE UNIQUE INDEX "cadre_assignment_operator_key" ON "cadre_assignment" USING btree ("operator_id");