CREATE TABLE "interview" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"notice_no" text,
	"reason" text NOT NULL,
	"complaints_from" date NOT NULL,
	"complaints_to" date NOT NULL,
	"complaint_counts" jsonb NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"legal_basis" text NOT NULL,
	"attendees" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone_encrypted" text NOT NULL,
	"notice_issued_at" timestamp with time zone,
	"held_at" timestamp with time zone,
	"attendance" text,
	"minutes" text,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_commitment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"commitment" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"evidence" text,
	"followed_up_at" timestamp with time zone,
	"followed_up_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_step" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "odr_enrolment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"complaints_at_invitation" integer NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"invited_by" uuid,
	"consented_on" date,
	"signatory" text,
	"consent_recorded_by" uuid,
	"note" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawal_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "odr_negotiation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'negotiating' NOT NULL,
	"outcome_note" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "odr_negotiation_complaint_id_unique" UNIQUE("complaint_id")
);
--> statement-breakpoint
CREATE TABLE "service_station" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone_encrypted" text NOT NULL,
	"established_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_commitment" ADD CONSTRAINT "interview_commitment_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_commitment" ADD CONSTRAINT "interview_commitment_followed_up_by_app_user_id_fk" FOREIGN KEY ("followed_up_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_step" ADD CONSTRAINT "interview_step_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_step" ADD CONSTRAINT "interview_step_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_enrolment" ADD CONSTRAINT "odr_enrolment_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_enrolment" ADD CONSTRAINT "odr_enrolment_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_enrolment" ADD CONSTRAINT "odr_enrolment_invited_by_app_user_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_enrolment" ADD CONSTRAINT "odr_enrolment_consent_recorded_by_app_user_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_enrolment" ADD CONSTRAINT "odr_enrolment_withdrawn_by_app_user_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_negotiation" ADD CONSTRAINT "odr_negotiation_enrolment_id_odr_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."odr_enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_negotiation" ADD CONSTRAINT "odr_negotiation_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_negotiation" ADD CONSTRAINT "odr_negotiation_complaint_id_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_negotiation" ADD CONSTRAINT "odr_negotiation_closed_by_app_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "odr_negotiation" ADD CONSTRAINT "odr_negotiation_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_station" ADD CONSTRAINT "service_station_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_station" ADD CONSTRAINT "service_station_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_operator_idx" ON "interview" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "interview_status_idx" ON "interview" USING btree ("bureau_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_notice_no_idx" ON "interview" USING btree ("bureau_id","notice_no");--> statement-breakpoint
CREATE INDEX "interview_commitment_interview_idx" ON "interview_commitment" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "interview_step_interview_idx" ON "interview_step" USING btree ("interview_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "odr_enrolment_live_idx" ON "odr_enrolment" USING btree ("operator_id") WHERE status <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "odr_enrolment_status_idx" ON "odr_enrolment" USING btree ("bureau_id","status");--> statement-breakpoint
CREATE INDEX "odr_negotiation_enrolment_idx" ON "odr_negotiation" USING btree ("enrolment_id","status");--> statement-breakpoint
CREATE INDEX "service_station_operator_idx" ON "service_station" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "service_station_status_idx" ON "service_station" USING btree ("bureau_id","status");