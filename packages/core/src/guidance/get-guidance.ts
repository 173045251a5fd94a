import type { ConceptId } from "../model/concept";
import { levelOfConcept } from "../model/concept";
import type { Guidance, GuidanceContext } from "../model/page";
import { resolveSources } from "../model/sources";
import { describeForYou } from "./describe-for-you";
import { GUIDANCE_TEXTS } from "./guidance-texts";

/**
 * The card for one symptom: what it usually means after PT, what to do, when it would be more urgent, and the
 * sources; with patient context, `forYou` says what changes for this patient.
 */
export const getGuidance = (concept: ConceptId, context?: GuidanceContext): Guidance => {
  const text = GUIDANCE_TEXTS[concept];
  return {
    concept,
    level: levelOfConcept(concept),
    name: text.name,
    meaning: text.meaning,
    doNow: text.doNow,
    moreUrgentIf: text.moreUrgentIf,
    forYou: describeForYou(concept, context),
    sources: resolveSources(text.sources),
  };
};
