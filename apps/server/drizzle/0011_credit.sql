CREATE TABLE "credit_list_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"grounds" text[] NOT NULL,
	"heavier_penalties" text[] DEFAULT '{}'::text[] NOT NULL,
	"penalty_decision_no" text NOT NULL,
	"penalty_decided_on" date NOT NULL,
	"case_id" uuid,
	"facts" text NOT NULL,
	"prior_notice_on" date NOT NULL,
	"restriction_ends_on" date,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"superior_consent" text,
	"reject_reason" text,
	"listed_on" date,
	"last_day" date,
	"publish_due_on" date,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"notice_acknowledged_at" timestamp with time zone,
	"notice_acknowledged_by" uuid,
	"exited_on" date,
	"exit_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_repair" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"statement" text NOT NULL,
	"pledge" boolean NOT NULL,
	"evidence_file_ids" uuid[] NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accept_due_on" date NOT NULL,
	"accepted_at" timestamp with time zone,
	"decide_due_on" date,
	"checklist" jsonb,
	"reason" text,
	"decided_at" timestamp with time zone,
	"handled_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_list_entry" ADD CONSTRAINT "credit_list_entry_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_list_entry" ADD CONSTRAINT "credit_list_entry_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_entry_id_credit_list_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."credit_list_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_list_entry_operator_idx" ON "credit_list_entry" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "credit_list_entry_due_idx" ON "credit_list_entry" USING btree ("bureau_id","status","last_day");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_list_entry_decision_uq" ON "credit_list_entry" USING btree ("operator_id","penalty_decision_no") WHERE status in ('proposed', 'listed');--> statement-breakpoint
CREATE INDEX "credit_repair_entry_idx" ON "credit_repair" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "credit_repair_status_idx" ON "credit_repair" USING btree ("bureau_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_repair_pending_uq" ON "credit_repair" USING btree ("entry_id") WHERE status in ('submitted', 'accepted');