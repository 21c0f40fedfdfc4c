CREATE TABLE "login_attempt" (
	"key" text PRIMARY KEY NOT NULL,
	"attempts" integer NOT NULL,
	"window_start" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "login_attempt_window_start_idx" ON "login_attempt" USING btree ("window_start");--> statement-breakpoint
ALTER TABLE "app_user" DROP COLUMN "failed_logins";