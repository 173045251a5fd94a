import { z } from "zod";

import { ConceptIdSchema } from "./concept-id-schema";

/**
 * How a finding applies to the patient. Only `present` findings count towards the level; the others are shown
 * as understood ("you said: no numbness").
 */
export const FINDING_STATUSES = [
  "present",
  /** The patient said they do not have it ("no numbness", "peeing fine"). */
  "denied",
  /** Someone else's ("my brother had..."). */
  "someone-else",
  /** A past episode that has resolved. */
  "past",
  /** Unchanged for a long time (a bladder habit unchanged for years is not new). */
  "long-standing",
  /** Asked about or imagined, not reported ("what if I get numbness?"). */
  "hypothetical",
] as const;
export const FindingStatusSchema = z.enum(FINDING_STATUSES);
export type FindingStatus = z.infer<typeof FindingStatusSchema>;

/** Where a finding came from: a span of the patient's text, or an answer in the check-in. */
export const EvidenceSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("text"),
    /** UTF-16 offsets into the text, end exclusive. */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string(),
  }),
  z.strictObject({
    kind: z.literal("answer"),
    /** Dotted path of the check-in field, e.g. `redFlags.bothLegs`. */
    field: z.string(),
    /** The answer in plain words, e.g. "Yes: pain or numbness in both legs". */
    text: z.string(),
  }),
]);
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FindingSchema = z.strictObject({
  /** The taxonomy concept the finding maps to. */
  concept: ConceptIdSchema,
  /** A finer concept where the rules need one (e.g. `urinary-retention`, `calf-clot-signs`). */
  detail: z.string().optional(),
  status: FindingStatusSchema,
  evidence: EvidenceSchema,
});
export type Finding = z.infer<typeof FindingSchema>;
