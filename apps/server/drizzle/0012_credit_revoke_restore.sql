ALTER TABLE "credit_list_entry" ADD COLUMN "exit_note" text;--> statement-breakpoint
ALTER TABLE "credit_list_entry" ADD COLUMN "restored_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "credit_list_entry" ADD COLUMN "restore_reason" text;