import { z } from "zod";

import { TRIAGE_LEVELS } from "./triage-level";

/** A triage level, validated (kept apart from `triage-level.ts` so page readers load no zod). */
export const TriageLevelSchema = z.enum(TRIAGE_LEVELS);
