CREATE TABLE "cadre_problem" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"point_key" text NOT NULL,
	"description" text NOT NULL,
	"working_days" integer NOT NULL,
	"handed_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"close_note" text,
	"close_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"escalate_note" text,
	"escalated_at" timestamp with time zone,
	"escalated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_visit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"recorded_by" uuid NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"visited_on" date NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"accuracy" double precision,
	"answers" jsonb NOT NULL,
	"photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"request" text DEFAULT '' NOT NULL,
	"business_note" text,
	"business_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"business_answered_at" timestamp with time zone,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"flag_reviewed_at" timestamp with time zone,
	"flag_reviewed_by" uuid,
	"flag_review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_visit_setting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"min_minutes_on_site" integer NOT NULL,
	"max_distance_meters" integer NOT NULL,
	"max_visits_per_hour" integer NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cadre_visit_setting_bureau_id_unique" UNIQUE("bureau_id")
);
--> statement-breakpoint
ALTER TABLE "cadre_problem" ADD CONSTRAINT "cadre_problem_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_problem" ADD CONSTRAINT "cadre_problem_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_problem" ADD CONSTRAINT "cadre_problem_visit_id_cadre_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."cadre_visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_problem" ADD CONSTRAINT "cadre_problem_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_visit" ADD CONSTRAINT "cadre_visit_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_visit" ADD CONSTRAINT "cadre_visit_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_visit" ADD CONSTRAINT "cadre_visit_cadre_id_cadre_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_visit_setting" ADD CONSTRAINT "cadre_visit_setting_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cadre_problem_station_idx" ON "cadre_problem" USING btree ("station_id","status","due_on");--> statement-breakpoint
CREATE INDEX "cadre_problem_visit_idx" ON "cadre_problem" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "cadre_problem_operator_idx" ON "cadre_problem" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "cadre_visit_operator_idx" ON "cadre_visit" USING btree ("operator_id","visited_on");--> statement-breakpoint
CREATE INDEX "cadre_visit_cadre_idx" ON "cadre_visit" USING btree ("cadre_id","started_at");--> statement-breakpoint
CREATE INDEX "cadre_visit_bureau_idx" ON "cadre_visit" USING btree ("bureau_id","visited_on");