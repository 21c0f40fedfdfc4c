CREATE TABLE "food_standard" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"status" text NOT NULL,
	"issued_on" date,
	"implemented_on" date,
	"superseded_by" text,
	"summary" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "law_article" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"article_key" text NOT NULL,
	"article_number" text NOT NULL,
	"number_value" integer,
	"number_suffix" text DEFAULT '' NOT NULL,
	"headings" text[] DEFAULT '{}'::text[] NOT NULL,
	"body" text NOT NULL,
	"title_terms" text NOT NULL,
	"heading_terms" text NOT NULL,
	"search_text" text NOT NULL,
	"precise_text" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || setweight(to_tsvector('simple'::regconfig, heading_terms), 'B') || to_tsvector('simple'::regconfig, search_text)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "law_article_key" UNIQUE("document_id","article_key")
);
--> statement-breakpoint
CREATE TABLE "law_citation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"label" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "law_citation_key" UNIQUE("article_id","subject_kind","subject_id")
);
--> statement-breakpoint
CREATE TABLE "law_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"subtitle" text DEFAULT '' NOT NULL,
	"short_title" text NOT NULL,
	"level" text NOT NULL,
	"issuing_body" text,
	"document_number" text,
	"published_on" date,
	"effective_on" date,
	"validity" text NOT NULL,
	"superseded_by_id" uuid,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"preamble" text DEFAULT '' NOT NULL,
	"outline" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"article_count" integer DEFAULT 0 NOT NULL,
	"source" text NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "law_document_key" UNIQUE NULLS NOT DISTINCT("title","subtitle","published_on")
);
--> statement-breakpoint
CREATE TABLE "rumour" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bureau_id" uuid NOT NULL,
	"title" text NOT NULL,
	"claim" text NOT NULL,
	"rebuttal" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"topic" text NOT NULL,
	"standard_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"terms" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_vector" "tsvector" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "food_standard" ADD CONSTRAINT "food_standard_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_attachment" ADD CONSTRAINT "guidance_attachment_document_id_guidance_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."guidance_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_attachment" ADD CONSTRAINT "guidance_attachment_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_document" ADD CONSTRAINT "guidance_document_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_article" ADD CONSTRAINT "law_article_document_id_law_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."law_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_citation" ADD CONSTRAINT "law_citation_article_id_law_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."law_article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rumour" ADD CONSTRAINT "rumour_bureau_id_bureau_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureau"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "food_standard_number_idx" ON "food_standard" USING btree ("bureau_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "guidance_attachment_file_idx" ON "guidance_attachment" USING btree ("document_id","file_id");--> statement-breakpoint
CREATE INDEX "guidance_document_bureau_idx" ON "guidance_document" USING btree ("bureau_id","kind");--> statement-breakpoint
CREATE INDEX "law_article_number_idx" ON "law_article" USING btree ("document_id","number_value");--> statement-breakpoint
CREATE INDEX "law_article_search_idx" ON "law_article" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "law_citation_subject_idx" ON "law_citation" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "law_document_short_title_idx" ON "law_document" USING btree ("short_title");--> statement-breakpoint
CREATE INDEX "rumour_bureau_status_idx" ON "rumour" USING btree ("bureau_id","status");--> statement-breakpoint
CREATE INDEX "rumour_search_idx" ON "rumour" USING gin ("search_vector");