DROP INDEX "case_lead_source_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "case_lead_source_idx" ON "case_lead" USING btree ("source","source_id");