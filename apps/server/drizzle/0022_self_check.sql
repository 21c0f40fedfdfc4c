CREATE TABLE "exam_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"audience" text NOT NULL,
	"user_id" uuid,
	"personnel_id" uuid,
	"operator_id" uuid,
	"inspection_id" uuid,
	"candidate_name" text NOT NULL,
	"unit_code" text,
	"station_id" uuid,
	"started_by" uuid NOT NULL,
	"question_ids" uuid[] NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"pass_percent" integer NOT NULL,
	"correct" integer,
	"score" integer,
	"passed" boolean,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"retake_by" date,
	"retake_cleared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exam_setting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"question_count" integer NOT NULL,
	"pass_percent" integer NOT NULL,
	"time_limit_minutes" integer NOT NULL,
	"spot_question_count" integer NOT NULL,
	"spot_time_limit_minutes" integer NOT NULL,
	"retake_days" integer NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "exam_setting_bureau_id_unique" UNIQUE("bureau_id")
);
--> statement-breakpoint
CREATE TABLE "self_check" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period" date NOT NULL,
	"content" jsonb NOT NULL,
	"list_id" uuid,
	"list_version" integer,
	"problems" integer DEFAULT 0 NOT NULL,
	"open_problems" integer DEFAULT 0 NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "self_check_operator_id_kind_period_unique" UNIQUE("operator_id","kind","period")
);
--> statement-breakpoint
CREATE TABLE "self_check_correction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"self_check_id" uuid NOT NULL,
	"text" text NOT NULL,
	"by" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_check_setting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"required_entity_kinds" jsonb NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "self_check_setting_bureau_id_unique" UNIQUE("bureau_id")
);
--> statement-breakpoint
CREATE TABLE "course" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"title" text NOT NULL,
	"audiences" text[] NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"lessons" jsonb NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"lesson_key" text NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "course_progress_key" UNIQUE("user_id","course_id","lesson_key")
);
--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_personnel_id_personnel_id_fk" FOREIGN KEY ("personnel_id") REFERENCES "public"."personnel"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_inspection_id_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_unit_code_unit_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_setting" ADD CONSTRAINT "exam_setting_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check" ADD CONSTRAINT "self_check_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check_correction" ADD CONSTRAINT "self_check_correction_self_check_id_self_check_id_fk" FOREIGN KEY ("self_check_id") REFERENCES "public"."self_check"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check_setting" ADD CONSTRAINT "self_check_setting_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_progress" ADD CONSTRAINT "course_progress_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_progress" ADD CONSTRAINT "course_progress_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exam_attempt_open_personnel_key" ON "exam_attempt" USING btree ("personnel_id") WHERE "exam_attempt"."submitted_at" is null and "exam_attempt"."personnel_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "exam_attempt_open_user_key" ON "exam_attempt" USING btree ("user_id") WHERE "exam_attempt"."submitted_at" is null and "exam_attempt"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "exam_attempt_bureau_idx" ON "exam_attempt" USING btree ("bureau_id","submitted_at");--> statement-breakpoint
CREATE INDEX "exam_attempt_operator_idx" ON "exam_attempt" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "exam_attempt_inspection_idx" ON "exam_attempt" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "exam_attempt_started_by_idx" ON "exam_attempt" USING btree ("started_by","started_at");--> statement-breakpoint
CREATE INDEX "self_check_kind_period_idx" ON "self_check" USING btree ("kind","period");--> statement-breakpoint
CREATE INDEX "self_check_correction_record_idx" ON "self_check_correction" USING btree ("self_check_id");--> statement-breakpoint
CREATE INDEX "course_bureau_idx" ON "course" USING btree ("bureau_id","published");--> statement-breakpoint
CREATE INDEX "course_progress_course_idx" ON "course_progress" USING btree ("course_id");