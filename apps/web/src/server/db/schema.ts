import type { Assessment, CheckIn, RedFlagAnswers } from "@backsure/core";
import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A check-in as the patient answered it. `stage` says how far the interview went: `red-flags` when an answer in
 * the first step ended it (only `redFlags` was asked), `complete` when every question was answered.
 */
export const checkIns = pgTable(
  "check_ins",
  {
    /** The public id in the result's URL: 128 random bits, base64url. */
    id: text().primaryKey(),
    /** The form's idempotency key: a replayed submission finds the same check-in instead of storing a second. */
    idempotencyKey: text().notNull().unique(),
    stage: text({ enum: ["red-flags", "complete"] }).notNull(),
    redFlags: jsonb().$type<RedFlagAnswers>().notNull(),
    /** The full, validated answers; null when the interview stopped at the red flags. */
    answers: jsonb().$type<CheckIn>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.createdAt)],
);

/** The triage the server ran on a stored check-in (never a level sent by the browser). */
export const assessments = pgTable("assessments", {
  checkInId: text()
    .primaryKey()
    .references(() => checkIns.id, { onDelete: "cascade" }),
  level: text({
    enum: ["expected", "monitor", "contact-therapist", "see-doctor", "emergency"],
  }).notNull(),
  /** The full explanation from @backsure/core's `assess`, as shown on the result page. */
  assessment: jsonb().$type<Assessment>().notNull(),
  /** The emergency number the advice named. */
  emergencyNumber: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// Accounts, the diary and share links (issue 6).
export * from "./schema/accounts";
export * from "./schema/diary";
export * from "./schema/share-links";
