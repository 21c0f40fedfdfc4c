CREATE TABLE "complaint_classifier_model" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"model_version" integer NOT NULL,
	"status" text DEFAULT 'training' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"seed_size" integer DEFAULT 0 NOT NULL,
	"label_count" integer DEFAULT 0 NOT NULL,
	"model" jsonb,
	"evaluation" jsonb,
	"message" text,
	"reclassified" integer,
	"created_by" uuid,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_label" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"text" text NOT NULL,
	"trade" text NOT NULL,
	"issue_type" text NOT NULL,
	"previous_trade" text,
	"previous_issue_type" text,
	"labelled_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaint_classifier_model" ADD CONSTRAINT "complaint_classifier_model_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_classifier_model" ADD CONSTRAINT "complaint_classifier_model_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_label" ADD CONSTRAINT "complaint_label_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_label" ADD CONSTRAINT "complaint_label_complaint_id_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_label" ADD CONSTRAINT "complaint_label_labelled_by_app_user_id_fk" FOREIGN KEY ("labelled_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_classifier_model_version_idx" ON "complaint_classifier_model" USING btree ("bureau_id","model_version");--> statement-breakpoint
CREATE INDEX "complaint_label_bureau_idx" ON "complaint_label" USING btree ("bureau_id","created_at");--> statement-breakpoint
CREATE INDEX "complaint_label_complaint_idx" ON "complaint_label" USING btree ("complaint_id","created_at");