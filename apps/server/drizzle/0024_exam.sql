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
ALTER TABLE "operator" ADD COLUMN "scale" text;--> statement-breakpoint
ALTER TABLE "staffing_reminder" ADD CONSTRAINT "staffing_reminder_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_reminder" ADD CONSTRAINT "staffing_reminder_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_rule" ADD CONSTRAINT "staffing_rule_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_rule_set" ADD CONSTRAINT "staffing_rule_set_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_reminder_operator_day_key" ON "staffing_reminder" USING btree ("operator_id","reminded_on");--> statement-breakpoint
CREATE INDEX "staffing_rule_bureau_idx" ON "staffing_rule" USING btree ("bureau_id");