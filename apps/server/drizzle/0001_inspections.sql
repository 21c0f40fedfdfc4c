CREATE TABLE "calendar_day" (
	"date" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"original_name" text NOT NULL,
	"path" text NOT NULL,
	"thumbnail_path" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"section" text NOT NULL,
	"content" text NOT NULL,
	"key" boolean DEFAULT false NOT NULL,
	"basis_law" text,
	"basis_article" text,
	"basis_article_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"name" text NOT NULL,
	"version_no" integer NOT NULL,
	"status" text NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "checklist_template_bureau_id_scope_version_no_unique" UNIQUE("bureau_id","scope","version_no")
);
--> statement-breakpoint
CREATE TABLE "inspection_frequency" (
	"bureau_id" uuid NOT NULL,
	"grade" text NOT NULL,
	"min_per_year" integer NOT NULL,
	"max_per_year" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "inspection_frequency_bureau_id_grade_pk" PRIMARY KEY("bureau_id","grade")
);
--> statement-breakpoint
CREATE TABLE "inspection_plan_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"due_on" date NOT NULL,
	"kind" text DEFAULT 'routine' NOT NULL,
	"inspector_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"inspection_id" uuid,
	"source" text NOT NULL,
	"draw_id" uuid,
	"note" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"plan_entry_id" uuid,
	"follow_up_of" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"inspected_on" date NOT NULL,
	"inspector_ids" uuid[] NOT NULL,
	"result" text,
	"key_nonconforming" integer DEFAULT 0 NOT NULL,
	"general_nonconforming" integer DEFAULT 0 NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"location_note" text,
	"representative_name" text,
	"signature_file_id" uuid,
	"published_at" timestamp with time zone,
	"published" boolean DEFAULT false NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_item_result" (
	"inspection_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_item_result_inspection_id_item_id_pk" PRIMARY KEY("inspection_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_photo" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"item_id" uuid,
	"file_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "random_draw" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"station_id" uuid,
	"name" text NOT NULL,
	"seed" text NOT NULL,
	"filter" jsonb NOT NULL,
	"operator_pool" jsonb NOT NULL,
	"inspector_pool" jsonb NOT NULL,
	"operator_count" integer NOT NULL,
	"inspectors_per_operator" integer DEFAULT 2 NOT NULL,
	"result" jsonb NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"item_id" uuid,
	"demand" text NOT NULL,
	"working_days" integer NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answer_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"review_note" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"escalated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"static_score" double precision NOT NULL,
	"dynamic_score" double precision NOT NULL,
	"score" double precision NOT NULL,
	"grade" text NOT NULL,
	"breakdown" jsonb NOT NULL,
	"trigger" text NOT NULL,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_band" (
	"bureau_id" uuid NOT NULL,
	"grade" text NOT NULL,
	"min_score" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "risk_band_bureau_id_grade_pk" PRIMARY KEY("bureau_id","grade")
);
--> statement-breakpoint
ALTER TABLE "operator" ADD COLUMN "risk_grade" text;--> statement-breakpoint
ALTER TABLE "operator" ADD COLUMN "risk_score" double precision;--> statement-breakpoint
ALTER TABLE "checklist_item" ADD CONSTRAINT "checklist_item_template_id_checklist_template_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."checklist_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_template" ADD CONSTRAINT "checklist_template_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_frequency" ADD CONSTRAINT "inspection_frequency_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_entry" ADD CONSTRAINT "inspection_plan_entry_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_entry" ADD CONSTRAINT "inspection_plan_entry_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_entry" ADD CONSTRAINT "inspection_plan_entry_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_template_id_checklist_template_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."checklist_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_signature_file_id_stored_file_id_fk" FOREIGN KEY ("signature_file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_item_result" ADD CONSTRAINT "inspection_item_result_inspection_id_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_item_result" ADD CONSTRAINT "inspection_item_result_item_id_checklist_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."checklist_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_photo" ADD CONSTRAINT "inspection_photo_inspection_id_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_photo" ADD CONSTRAINT "inspection_photo_item_id_checklist_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."checklist_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_photo" ADD CONSTRAINT "inspection_photo_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_draw" ADD CONSTRAINT "random_draw_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_draw" ADD CONSTRAINT "random_draw_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification" ADD CONSTRAINT "rectification_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification" ADD CONSTRAINT "rectification_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification" ADD CONSTRAINT "rectification_inspection_id_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification" ADD CONSTRAINT "rectification_item_id_checklist_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."checklist_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessment" ADD CONSTRAINT "risk_assessment_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessment" ADD CONSTRAINT "risk_assessment_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_band" ADD CONSTRAINT "risk_band_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stored_file_bureau_idx" ON "stored_file" USING btree ("bureau_id");--> statement-breakpoint
CREATE INDEX "checklist_item_template_idx" ON "checklist_item" USING btree ("template_id","position");--> statement-breakpoint
CREATE INDEX "plan_entry_station_idx" ON "inspection_plan_entry" USING btree ("station_id","year","month");--> statement-breakpoint
CREATE INDEX "plan_entry_operator_idx" ON "inspection_plan_entry" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "plan_entry_due_idx" ON "inspection_plan_entry" USING btree ("bureau_id","status","due_on");--> statement-breakpoint
CREATE INDEX "inspection_operator_idx" ON "inspection" USING btree ("operator_id","inspected_on");--> statement-breakpoint
CREATE INDEX "inspection_bureau_status_idx" ON "inspection" USING btree ("bureau_id","status","inspected_on");--> statement-breakpoint
CREATE INDEX "inspection_inspectors_idx" ON "inspection" USING gin ("inspector_ids");--> statement-breakpoint
CREATE INDEX "inspection_photo_inspection_idx" ON "inspection_photo" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "rectification_operator_idx" ON "rectification" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "rectification_due_idx" ON "rectification" USING btree ("bureau_id","status","due_on");--> statement-breakpoint
CREATE INDEX "risk_assessment_operator_idx" ON "risk_assessment" USING btree ("operator_id","assessed_at");--> statement-breakpoint
CREATE INDEX "operator_risk_grade_idx" ON "operator" USING btree ("bureau_id","risk_grade");