import { z } from "zod";

import { TriageLevelSchema } from "./triage-level-schema";
import type { TriageLevel } from "./triage-level";

const score = z.number().int().min(0).max(10);

/** What was done in a PT session. */
export const SESSION_ACTIVITIES = ["new-exercise", "progression", "manual-therapy"] as const;
export const SessionActivitySchema = z.enum(SESSION_ACTIVITIES);
export type SessionActivity = z.infer<typeof SessionActivitySchema>;

/** A PT session in the diary. `at` is an ISO date-time. */
export const DiarySessionSchema = z.strictObject({
  id: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  activities: z.array(SessionActivitySchema).max(SESSION_ACTIVITIES.length),
});
export type DiarySession = z.infer<typeof DiarySessionSchema>;

/** When a diary reading was taken, as the patient says. `next-morning` readings feed the next-morning rule. */
export const READING_MOMENTS = ["after-session", "next-morning", "other"] as const;
export const ReadingMomentSchema = z.enum(READING_MOMENTS);
export type ReadingMoment = z.infer<typeof ReadingMomentSchema>;

/** A check-in as the diary sees it: pain scores, when, and the level its triage gave. */
export const DiaryReadingSchema = z.strictObject({
  id: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  moment: ReadingMomentSchema,
  painNow: score,
  painDuringExercise: score.nullable(),
  /** The level the check-in's own triage gave, when it has one. */
  level: TriageLevelSchema.nullable(),
});
export type DiaryReading = z.infer<typeof DiaryReadingSchema>;

/** Everything the trend rules look at. */
export const DiaryInputSchema = z.strictObject({
  sessions: z.array(DiarySessionSchema),
  readings: z.array(DiaryReadingSchema),
  /** The patient's usual pain on a normal day, when they gave it (used when no reading before a session). */
  usualPain: score.nullable(),
  /** The moment the trends are worked out for (ISO date-time). */
  now: z.iso.datetime({ offset: true }),
});
export type DiaryInput = z.infer<typeof DiaryInputSchema>;

/** A trend rule that fired, with the diary facts that led to it, in plain words. */
export type FiredTrend = {
  id: string;
  level: TriageLevel;
  /** Plain-language reason, written for the patient. */
  reason: string;
  /** Source keys from clinical/reference.md. */
  sources: readonly string[];
  /** The readings behind it, e.g. "Morning after the session on 2026-11-03: 5/10 (before it: 2/10)". */
  evidence: readonly string[];
};

/** What the trend rules say about a diary: the highest level among the fired rules, and the rules. */
export type DiaryTrends = {
  /** `null` when no rule fired (not enough readings yet, or nothing to say). */
  level: TriageLevel | null;
  /** Highest level first. */
  fired: readonly FiredTrend[];
};
