CREATE TABLE "exam_question" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"audiences" text[] NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"stem" text NOT NULL,
	"options" text[] NOT NULL,
	"answer" integer[] NOT NULL,
	"article_id" uuid,
	"explanation" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "notice_letter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"year" integer,
	"seq" integer,
	"operator_id" uuid,
	"cadre_id" uuid,
	"inspection_id" uuid,
	"interview_id" uuid,
	"reason" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"delivery_method" text,
	"signed_by" uuid,
	"signer_name" text,
	"answer_due_on" date NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"close_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_control_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"template_kind" text NOT NULL,
	"template_version" integer NOT NULL,
	"not_applicable" text[] DEFAULT '{}'::text[] NOT NULL,
	"own_points" jsonb NOT NULL,
	"officer_personnel_id" uuid,
	"director_personnel_id" uuid,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"adopted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "risk_control_list_operator_id_unique" UNIQUE("operator_id")
);
--> statement-breakpoint
CREATE TABLE "risk_control_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version_no" integer NOT NULL,
	"status" text NOT NULL,
	"points" jsonb NOT NULL,
	"saved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "risk_control_template_bureau_id_kind_version_no_unique" UNIQUE("bureau_id","kind","version_no")
);
--> statement-breakpoint
CREATE TABLE "self_check" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period" date NOT NULL,
	"content" jsonb NOT NULL,
	"point_set_id" uuid,
	"list_id" uuid,
	"list_version" integer,
	"problems" integer DEFAULT 0 NOT NULL,
	"open_problems" integer DEFAULT 0 NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorder_name" text NOT NULL,
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
CREATE TABLE "self_check_point_set" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"digest" text NOT NULL,
	"points" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_check_point_set_bureau_id_digest_unique" UNIQUE("bureau_id","digest")
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
CREATE TABLE "staffing_reminder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"missing" text[] NOT NULL,
	"reminded_on" date NOT NULL,
	"due_on" date NOT NULL,
	"reminded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"operator_type" text,
	"entity_kinds" text[] NOT NULL,
	"min_scale" text,
	"tag" text,
	"category" text,
	"requires_director" boolean NOT NULL,
	"requires_officer" boolean NOT NULL,
	"basis" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_rule_set" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "staffing_rule_set_bureau_id_unique" UNIQUE("bureau_id")
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
ALTER TABLE "operator" ADD COLUMN "scale" text;--> statement-breakpoint
ALTER TABLE "exam_question" ADD CONSTRAINT "exam_question_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_question" ADD CONSTRAINT "exam_question_article_id_law_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."law_article"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_personnel_id_personnel_id_fk" FOREIGN KEY ("personnel_id") REFERENCES "public"."personnel"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_inspection_id_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_unit_code_unit_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempt" ADD CONSTRAINT "exam_attempt_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_setting" ADD CONSTRAINT "exam_setting_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_cadre_id_cadre_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_inspection_id_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_issued_by_app_user_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_signed_by_app_user_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_answered_by_app_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_closed_by_app_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_letter" ADD CONSTRAINT "notice_letter_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_list" ADD CONSTRAINT "risk_control_list_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_list" ADD CONSTRAINT "risk_control_list_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_list" ADD CONSTRAINT "risk_control_list_officer_personnel_id_personnel_id_fk" FOREIGN KEY ("officer_personnel_id") REFERENCES "public"."personnel"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_list" ADD CONSTRAINT "risk_control_list_director_personnel_id_personnel_id_fk" FOREIGN KEY ("director_personnel_id") REFERENCES "public"."personnel"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_template" ADD CONSTRAINT "risk_control_template_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check" ADD CONSTRAINT "self_check_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check" ADD CONSTRAINT "self_check_point_set_id_self_check_point_set_id_fk" FOREIGN KEY ("point_set_id") REFERENCES "public"."self_check_point_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check_correction" ADD CONSTRAINT "self_check_correction_self_check_id_self_check_id_fk" FOREIGN KEY ("self_check_id") REFERENCES "public"."self_check"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check_point_set" ADD CONSTRAINT "self_check_point_set_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check_setting" ADD CONSTRAINT "self_check_setting_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_reminder" ADD CONSTRAINT "staffing_reminder_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_reminder" ADD CONSTRAINT "staffing_reminder_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_rule" ADD CONSTRAINT "staffing_rule_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_rule_set" ADD CONSTRAINT "staffing_rule_set_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_progress" ADD CONSTRAINT "course_progress_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_progress" ADD CONSTRAINT "course_progress_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exam_question_bureau_idx" ON "exam_question" USING btree ("bureau_id","active","category");--> statement-breakpoint
CREATE INDEX "exam_question_audiences_idx" ON "exam_question" USING gin ("audiences");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_attempt_open_personnel_key" ON "exam_attempt" USING btree ("personnel_id") WHERE "exam_attempt"."submitted_at" is null and "exam_attempt"."personnel_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "exam_attempt_open_user_key" ON "exam_attempt" USING btree ("user_id") WHERE "exam_attempt"."submitted_at" is null and "exam_attempt"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "exam_attempt_bureau_idx" ON "exam_attempt" USING btree ("bureau_id","submitted_at");--> statement-breakpoint
CREATE INDEX "exam_attempt_operator_idx" ON "exam_attempt" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "exam_attempt_inspection_idx" ON "exam_attempt" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "exam_attempt_started_by_idx" ON "exam_attempt" USING btree ("started_by","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_letter_number_idx" ON "notice_letter" USING btree ("bureau_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_letter_seq_idx" ON "notice_letter" USING btree ("bureau_id","kind","year","seq");--> statement-breakpoint
CREATE INDEX "notice_letter_operator_idx" ON "notice_letter" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "notice_letter_cadre_idx" ON "notice_letter" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "notice_letter_status_idx" ON "notice_letter" USING btree ("bureau_id","status","answer_due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_control_template_current_key" ON "risk_control_template" USING btree ("bureau_id","kind") WHERE "risk_control_template"."status" = 'current';--> statement-breakpoint
CREATE INDEX "self_check_kind_period_idx" ON "self_check" USING btree ("kind","period");--> statement-breakpoint
CREATE INDEX "self_check_correction_record_idx" ON "self_check_correction" USING btree ("self_check_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_reminder_operator_day_key" ON "staffing_reminder" USING btree ("operator_id","reminded_on");--> statement-breakpoint
CREATE INDEX "staffing_rule_bureau_idx" ON "staffing_rule" USING btree ("bureau_id");--> statement-breakpoint
CREATE INDEX "course_bureau_idx" ON "course" USING btree ("bureau_id","published");--> statement-breakpoint
CREATE INDEX "course_progress_course_idx" ON "course_progress" USING btree ("course_id");