import { CONCEPT_IDS, TRIAGE_LEVELS } from "@backsure/core/guidance";
import * as v from "valibot";

/**
 * Core's levels and concept ids as schemas, for the messages and settings the extension validates, built from
 * core's own lists. The content script loads on every page, so it validates with valibot (each check it uses
 * is a few hundred bytes) and core's page entry, which carries no zod.
 */
export const TriageLevelSchema = v.picklist(TRIAGE_LEVELS);
export const ConceptIdSchema = v.picklist(CONCEPT_IDS);
