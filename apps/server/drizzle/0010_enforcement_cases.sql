CREATE TABLE "case_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"collected_on" date NOT NULL,
	"file_id" uuid NOT NULL,
	"added_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_step" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" uuid,
	"online" boolean NOT NULL,
	"detail" text
);
--> statement-breakpoint
CREATE TABLE "enforcement_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"operator_id" uuid,
	"party_name" text NOT NULL,
	"party_kind" text NOT NULL,
	"party_code" text,
	"party_id_encrypted" text,
	"party_address" text,
	"party_representative" text,
	"cause" text NOT NULL,
	"status" text NOT NULL,
	"handling_station_id" uuid,
	"handling_department_id" uuid,
	"filed_by" uuid NOT NULL,
	"case_no" text,
	"filed_on" date,
	"decision_due_on" date,
	"extended" boolean DEFAULT false NOT NULL,
	"extension_reason" text,
	"extension_requested_by" uuid,
	"extension_requested_at" timestamp with time zone,
	"notice_on" date,
	"notice" jsonb,
	"statement" text,
	"statement_at" timestamp with time zone,
	"hearing_requested" boolean DEFAULT false NOT NULL,
	"hearing_held_on" date,
	"hearing_record" text,
	"outcome" text,
	"penalty_kinds" jsonb,
	"fine_amount" numeric(14, 2),
	"goods_value" numeric(14, 2),
	"illegal_gains" numeric(14, 2),
	"confiscation" text,
	"basis_law" text,
	"basis_article" integer,
	"basis_paragraph" integer,
	"basis_article_id" uuid,
	"decision_facts" text,
	"no_penalty_reason" text,
	"decision_proposed_by" uuid,
	"decision_no" text,
	"decided_on" date,
	"decided_by" uuid,
	"delivered_on" date,
	"executed_on" date,
	"execution_detail" text,
	"closed_on" date,
	"transferred_on" date,
	"police_unit" text,
	"publication_due_on" date,
	"published_at" timestamp with time zone,
	"published_on" date,
	"published_by" uuid,
	"published_text" text,
	"published_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "source_ref" text;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "assess_due_on" date;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "extended" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "extension_reason" text;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "extension_requested_by" uuid;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "extension_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "assessment" text;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "assessment_reason" text;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "assessed_on" date;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "assessed_by" uuid;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "transfer_to" text;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "filed_on" date;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "suspected_crime_on" date;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "police_transferred_on" date;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "police_receipt_on" date;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "police_receipt_no" text;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "handling_station_id" uuid;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "handling_department_id" uuid;--> statement-breakpoint
ALTER TABLE "case_lead" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD CONSTRAINT "case_evidence_case_id_enforcement_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."enforcement_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD CONSTRAINT "case_evidence_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_step" ADD CONSTRAINT "case_step_case_id_enforcement_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."enforcement_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_case" ADD CONSTRAINT "enforcement_case_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_case" ADD CONSTRAINT "enforcement_case_lead_id_case_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."case_lead"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_case" ADD CONSTRAINT "enforcement_case_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_case" ADD CONSTRAINT "enforcement_case_handling_station_id_station_id_fk" FOREIGN KEY ("handling_station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_case" ADD CONSTRAINT "enforcement_case_handling_department_id_department_id_fk" FOREIGN KEY ("handling_department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_evidence_case_idx" ON "case_evidence" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_step_case_idx" ON "case_step" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_case_lead_idx" ON "enforcement_case" USING btree ("lead_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_case_no_idx" ON "enforcement_case" USING btree ("bureau_id","case_no");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_case_decision_no_idx" ON "enforcement_case" USING btree ("bureau_id","decision_no");--> statement-breakpoint
CREATE INDEX "enforcement_case_operator_idx" ON "enforcement_case" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "enforcement_case_status_idx" ON "enforcement_case" USING btree ("bureau_id","status");--> statement-breakpoint
ALTER TABLE "case_lead" ADD CONSTRAINT "case_lead_handling_station_id_station_id_fk" FOREIGN KEY ("handling_station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_lead" ADD CONSTRAINT "case_lead_handling_department_id_department_id_fk" FOREIGN KEY ("handling_department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_lead_open_idx" ON "case_lead" USING btree ("bureau_id","status","assess_due_on");