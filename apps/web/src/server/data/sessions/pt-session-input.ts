import "server-only";

import { SESSION_ACTIVITIES, SessionActivitySchema } from "@backsure/core";
import { z } from "zod";

/** Longest notes a session or diary check-in keeps. */
export const MAX_DIARY_NOTES = 2000;

/** A PT session as the patient enters it. */
export const PtSessionInputSchema = z.strictObject({
  occurredAt: z.date(),
  activities: z.array(SessionActivitySchema).max(SESSION_ACTIVITIES.length),
  notes: z.string().max(MAX_DIARY_NOTES),
});
export type PtSessionInput = z.infer<typeof PtSessionInputSchema>;
