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
CREATE UNIQUE INDEX "notice_letter_number_idx" ON "notice_letter" USING btree ("bureau_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_letter_seq_idx" ON "notice_letter" USING btree ("bureau_id","kind","year","seq");--> statement-breakpoint
CREATE INDEX "notice_letter_operator_idx" ON "notice_letter" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "notice_letter_cadre_idx" ON "notice_letter" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "notice_letter_status_idx" ON "notice_letter" USING btree ("bureau_id","status","answer_due_on");