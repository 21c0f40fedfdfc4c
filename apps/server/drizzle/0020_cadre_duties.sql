CREATE TABLE "cadre_campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"title" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date NOT NULL,
	"levels" text[] NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_duty" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"level" text NOT NULL,
	"unit_code" text NOT NULL,
	"responsibility_template_id" uuid NOT NULL,
	"task_template_id" uuid NOT NULL,
	"pledge_template_id" uuid NOT NULL,
	"subjects" jsonb NOT NULL,
	"generated_on" date NOT NULL,
	"pledge_due_on" date NOT NULL,
	"signed_at" timestamp with time zone,
	"signed_by" uuid,
	"signature_file_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cadre_duty_cadre_id_year_unique" UNIQUE("cadre_id","year")
);
--> statement-breakpoint
CREATE TABLE "cadre_duty_setting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"visits_per_quarter" jsonb NOT NULL,
	"pledge_working_days" integer NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cadre_duty_setting_bureau_id_unique" UNIQUE("bureau_id")
);
--> statement-breakpoint
CREATE TABLE "cadre_duty_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"version_no" integer NOT NULL,
	"status" text NOT NULL,
	"lines" jsonb NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cadre_duty_template_bureau_id_level_kind_version_no_unique" UNIQUE("bureau_id","level","kind","version_no")
);
--> statement-breakpoint
ALTER TABLE "cadre_campaign" ADD CONSTRAINT "cadre_campaign_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_duty" ADD CONSTRAINT "cadre_duty_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_duty" ADD CONSTRAINT "cadre_duty_cadre_id_cadre_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_duty" ADD CONSTRAINT "cadre_duty_unit_code_unit_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_duty" ADD CONSTRAINT "cadre_duty_responsibility_template_id_cadre_duty_template_id_fk" FOREIGN KEY ("responsibility_template_id") REFERENCES "public"."cadre_duty_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_duty" ADD CONSTRAINT "cadre_duty_task_template_id_cadre_duty_template_id_fk" FOREIGN KEY ("task_template_id") REFERENCES "public"."cadre_duty_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_duty" ADD CONSTRAINT "cadre_duty_pledge_template_id_cadre_duty_template_id_fk" FOREIGN KEY ("pledge_template_id") REFERENCES "public"."cadre_duty_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_duty" ADD CONSTRAINT "cadre_duty_signature_file_id_stored_file_id_fk" FOREIGN KEY ("signature_file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_duty_setting" ADD CONSTRAINT "cadre_duty_setting_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_duty_template" ADD CONSTRAINT "cadre_duty_template_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cadre_campaign_window_idx" ON "cadre_campaign" USING btree ("bureau_id","from_on");--> statement-breakpoint
CREATE INDEX "cadre_duty_year_unit_idx" ON "cadre_duty" USING btree ("bureau_id","year","unit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "cadre_duty_template_current_key" ON "cadre_duty_template" USING btree ("bureau_id","level","kind") WHERE "cadre_duty_template"."status" = 'published';