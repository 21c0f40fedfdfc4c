CREATE TABLE "complaint" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"registration_no" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"complainant_enc" text,
	"named_business" text,
	"named_address" text,
	"named_uscc" text,
	"description" text NOT NULL,
	"operator_id" uuid,
	"match_status" text DEFAULT 'unmatched' NOT NULL,
	"match_confidence" double precision,
	"unit_code" text,
	"station_id" uuid,
	"trade" text,
	"issue_type" text,
	"classification_confidence" double precision,
	"classified_by" text,
	"status" text DEFAULT 'received' NOT NULL,
	"accept_due_on" date,
	"complete_due_on" date,
	"result" text,
	"violation_verified" boolean DEFAULT false NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_step" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_unit_code_unit_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_step" ADD CONSTRAINT "complaint_step_complaint_id_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_step" ADD CONSTRAINT "complaint_step_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_registration_no_idx" ON "complaint" USING btree ("bureau_id","registration_no");--> statement-breakpoint
CREATE INDEX "complaint_received_idx" ON "complaint" USING btree ("bureau_id","received_at");--> statement-breakpoint
CREATE INDEX "complaint_operator_idx" ON "complaint" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "complaint_unit_idx" ON "complaint" USING btree ("unit_code","trade");--> statement-breakpoint
CREATE INDEX "complaint_station_status_idx" ON "complaint" USING btree ("station_id","status");--> statement-breakpoint
CREATE INDEX "complaint_step_complaint_idx" ON "complaint_step" USING btree ("complaint_id","at");