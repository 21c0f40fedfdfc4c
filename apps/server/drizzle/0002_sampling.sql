CREATE TABLE "consumer_notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"source" text NOT NULL,
	"sample_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disposal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"sample_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"deliver_due_on" date NOT NULL,
	"objection_due_on" date NOT NULL,
	"complete_due_on" date NOT NULL,
	"delivered_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"objection" text,
	"escalated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "disposal_sample_id_unique" UNIQUE("sample_id")
);
--> statement-breakpoint
CREATE TABLE "disposal_step" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"disposal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"detail" text,
	"quantity" double precision,
	"quantity_unit" text,
	"due_on" date,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_lead" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid,
	"operator_id" uuid,
	"summary" text NOT NULL,
	"discovered_on" date NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nomination_vote" (
	"nomination_id" uuid NOT NULL,
	"voter_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_vote_nomination_id_voter_hash_pk" PRIMARY KEY("nomination_id","voter_hash")
);
--> statement-breakpoint
CREATE TABLE "test_nomination" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"food" text NOT NULL,
	"place" text NOT NULL,
	"reason" text,
	"status" text DEFAULT 'open' NOT NULL,
	"votes" integer DEFAULT 0 NOT NULL,
	"plan_id" uuid,
	"result_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sample" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid,
	"sample_no" text NOT NULL,
	"operator_id" uuid NOT NULL,
	"product_name" text NOT NULL,
	"brand" text,
	"specification" text,
	"batch_no" text,
	"production_date" date,
	"shelf_life" text,
	"manufacturer_operator_id" uuid,
	"manufacturer_name" text NOT NULL,
	"manufacturer_address" text,
	"quantity" text NOT NULL,
	"food_category" text NOT NULL,
	"sampled_on" date NOT NULL,
	"sampler_name" text NOT NULL,
	"institution_id" uuid,
	"accompanied_by" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'sampled' NOT NULL,
	"verdict" text,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sample_sample_no_unique" UNIQUE("sample_no")
);
--> statement-breakpoint
CREATE TABLE "sampling_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"publish_policy" text DEFAULT 'all' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"nomination_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sampling_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"food_category" text NOT NULL,
	"month" integer NOT NULL,
	"quantity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"name" text NOT NULL,
	"value" text NOT NULL,
	"numeric_value" double precision,
	"unit" text,
	"limit_text" text,
	"limit_min" double precision,
	"limit_max" double precision,
	"standard" text,
	"verdict" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid NOT NULL,
	"report_no" text NOT NULL,
	"institution_id" uuid,
	"issued_on" date NOT NULL,
	"verdict" text NOT NULL,
	"imported_from" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "test_report_sample_id_unique" UNIQUE("sample_id")
);
--> statement-breakpoint
CREATE TABLE "testing_institution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"name" text NOT NULL,
	"qualification_no" text NOT NULL,
	"contact" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consumer_notice" ADD CONSTRAINT "consumer_notice_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposal" ADD CONSTRAINT "disposal_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposal" ADD CONSTRAINT "disposal_sample_id_sample_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."sample"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposal" ADD CONSTRAINT "disposal_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposal_step" ADD CONSTRAINT "disposal_step_disposal_id_disposal_id_fk" FOREIGN KEY ("disposal_id") REFERENCES "public"."disposal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_lead" ADD CONSTRAINT "case_lead_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_lead" ADD CONSTRAINT "case_lead_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_vote" ADD CONSTRAINT "nomination_vote_nomination_id_test_nomination_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."test_nomination"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_nomination" ADD CONSTRAINT "test_nomination_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample" ADD CONSTRAINT "sample_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample" ADD CONSTRAINT "sample_plan_id_sampling_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample" ADD CONSTRAINT "sample_task_id_sampling_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."sampling_task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample" ADD CONSTRAINT "sample_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample" ADD CONSTRAINT "sample_manufacturer_operator_id_operator_id_fk" FOREIGN KEY ("manufacturer_operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample" ADD CONSTRAINT "sample_institution_id_testing_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."testing_institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_plan" ADD CONSTRAINT "sampling_plan_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_task" ADD CONSTRAINT "sampling_task_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_task" ADD CONSTRAINT "sampling_task_plan_id_sampling_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_task" ADD CONSTRAINT "sampling_task_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_item" ADD CONSTRAINT "test_item_report_id_test_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."test_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_report" ADD CONSTRAINT "test_report_sample_id_sample_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."sample"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_report" ADD CONSTRAINT "test_report_institution_id_testing_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."testing_institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testing_institution" ADD CONSTRAINT "testing_institution_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disposal_operator_idx" ON "disposal" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "disposal_due_idx" ON "disposal" USING btree ("bureau_id","status","complete_due_on");--> statement-breakpoint
CREATE INDEX "disposal_step_disposal_idx" ON "disposal_step" USING btree ("disposal_id");--> statement-breakpoint
CREATE INDEX "case_lead_bureau_idx" ON "case_lead" USING btree ("bureau_id","discovered_on");--> statement-breakpoint
CREATE INDEX "case_lead_source_idx" ON "case_lead" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "test_nomination_bureau_idx" ON "test_nomination" USING btree ("bureau_id","status","votes");--> statement-breakpoint
CREATE INDEX "sample_operator_idx" ON "sample" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "sample_plan_idx" ON "sample" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "sample_bureau_idx" ON "sample" USING btree ("bureau_id","sampled_on");--> statement-breakpoint
CREATE INDEX "sampling_task_plan_idx" ON "sampling_task" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "sampling_task_station_idx" ON "sampling_task" USING btree ("station_id","month");--> statement-breakpoint
CREATE INDEX "test_item_report_idx" ON "test_item" USING btree ("report_id");