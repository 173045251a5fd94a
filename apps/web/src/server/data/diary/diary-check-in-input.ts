import "server-only";

import { ReadingMomentSchema } from "@backsure/core";
import { z } from "zod";

import { MAX_DIARY_NOTES } from "~/server/data/sessions/pt-session-input";

const score = z.number().int().min(0).max(10);

/** A diary check-in as the patient enters it. */
export const DiaryCheckInInputSchema = z.strictObject({
  recordedAt: z.date(),
  moment: ReadingMomentSchema,
  painNow: score,
  painDuringExercise: score.nullable(),
  notes: z.string().max(MAX_DIARY_NOTES),
});
export type DiaryCheckInInput = z.infer<typeof DiaryCheckInInputSchema>;
