CREATE TABLE "targeting_allocation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"model_id" uuid,
	"week_start" date NOT NULL,
	"weeks" integer NOT NULL,
	"due_on" date NOT NULL,
	"capacity" integer NOT NULL,
	"items" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"planned_at" timestamp with time zone,
	"planned_by" uuid,
	"planned_entries" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targeting_model" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"trigger" text NOT NULL,
	"trained_by" uuid,
	"training_rows" integer NOT NULL,
	"positives" integer NOT NULL,
	"model" jsonb NOT NULL,
	"evaluation" jsonb NOT NULL,
	"consistency" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targeting_score" (
	"model_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"probability" double precision NOT NULL,
	"rank" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targeting_score_model_id_operator_id_pk" PRIMARY KEY("model_id","operator_id")
);
--> statement-breakpoint
ALTER TABLE "targeting_allocation" ADD CONSTRAINT "targeting_allocation_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeting_allocation" ADD CONSTRAINT "targeting_allocation_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeting_allocation" ADD CONSTRAINT "targeting_allocation_model_id_targeting_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."targeting_model"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeting_model" ADD CONSTRAINT "targeting_model_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeting_score" ADD CONSTRAINT "targeting_score_model_id_targeting_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."targeting_model"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeting_score" ADD CONSTRAINT "targeting_score_operator_id_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "targeting_allocation_station_idx" ON "targeting_allocation" USING btree ("station_id","week_start");--> statement-breakpoint
CREATE INDEX "targeting_allocation_bureau_idx" ON "targeting_allocation" USING btree ("bureau_id","week_start");--> statement-breakpoint
CREATE UNIQUE INDEX "targeting_model_number_idx" ON "targeting_model" USING btree ("bureau_id","number");--> statement-breakpoint
CREATE INDEX "targeting_model_as_of_idx" ON "targeting_model" USING btree ("bureau_id","as_of");--> statement-breakpoint
CREATE INDEX "targeting_score_rank_idx" ON "targeting_score" USING btree ("model_id","rank");