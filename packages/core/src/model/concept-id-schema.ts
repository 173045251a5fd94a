import { z } from "zod";

import { CONCEPT_IDS } from "./concept";
import type { ConceptId } from "./concept";

/** A concept id, validated (kept apart from `concept.ts` so page readers load no zod). */
export const ConceptIdSchema = z.enum(CONCEPT_IDS as [ConceptId, ...ConceptId[]]);
