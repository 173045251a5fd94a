CREATE TABLE "assessments" (
	"check_in_id" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"assessment" jsonb NOT NULL,
	"emergency_number" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" text PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"stage" text NOT NULL,
	"red_flags" jsonb NOT NULL,
	"answers" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_ins_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_check_in_id_check_ins_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "public"."check_ins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_ins_created_at_index" ON "check_ins" USING btree ("created_at");