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
ALTER TABLE "exam_question" ADD CONSTRAINT "exam_question_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_question" ADD CONSTRAINT "exam_question_article_id_law_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."law_article"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_list" ADD CONSTRAINT "risk_control_list_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_list" ADD CONSTRAINT "risk_control_list_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_list" ADD CONSTRAINT "risk_control_list_officer_personnel_id_personnel_id_fk" FOREIGN KEY ("officer_personnel_id") REFERENCES "public"."personnel"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_list" ADD CONSTRAINT "risk_control_list_director_personnel_id_personnel_id_fk" FOREIGN KEY ("director_personnel_id") REFERENCES "public"."personnel"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_control_template" ADD CONSTRAINT "risk_control_template_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exam_question_bureau_idx" ON "exam_question" USING btree ("bureau_id","active","category");--> statement-breakpoint
CREATE INDEX "exam_question_audiences_idx" ON "exam_question" USING gin ("audiences");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_control_template_current_key" ON "risk_control_template" USING btree ("bureau_id","kind") WHERE "risk_control_template"."status" = 'current';