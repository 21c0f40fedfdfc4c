CREATE TABLE "disposal_clock_setting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"deliver_working_days" integer NOT NULL,
	"objection_working_days" integer NOT NULL,
	"complete_days" integer NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "disposal_clock_setting_bureau_id_unique" UNIQUE("bureau_id")
);
--> statement-breakpoint
ALTER TABLE "disposal_clock_setting" ADD CONSTRAINT "disposal_clock_setting_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;