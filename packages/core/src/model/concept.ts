import type { TriageLevel } from "./triage-level";

/**
 * The 29 annotation concepts of the clinical taxonomy, with the level each carries when a patient reports it
 * after PT. Ids are stable kebab-case literals, kept apart from display copy.
 */
export const CONCEPT_LEVELS = {
  doms: "expected",
  "mild-soreness": "expected",
  stiffness: "expected",
  "soreness-timeline": "expected",
  "flare-after-new-exercise": "expected",
  "tingling-settling": "monitor",
  "sharp-pain": "contact-therapist",
  "shooting-radiating-pain": "contact-therapist",
  "burning-nerve-pain": "contact-therapist",
  "numbness-tingling": "contact-therapist",
  "persistent-pain": "contact-therapist",
  "worsening-each-session": "contact-therapist",
  "pain-not-settling": "contact-therapist",
  swelling: "contact-therapist",
  "loss-of-motion": "contact-therapist",
  "severe-pain": "see-doctor",
  "leg-weakness": "see-doctor",
  "night-pain": "see-doctor",
  "weight-loss": "see-doctor",
  "cancer-history": "see-doctor",
  "fever-infection": "see-doctor",
  trauma: "see-doctor",
  "osteoporosis-steroids": "see-doctor",
  "bladder-bowel": "emergency",
  "saddle-anesthesia": "emergency",
  "bilateral-neuro": "emergency",
  "progressive-weakness": "emergency",
  "sexual-dysfunction": "emergency",
  vascular: "emergency",
} as const satisfies Record<string, TriageLevel>;

export type ConceptId = keyof typeof CONCEPT_LEVELS;

export const CONCEPT_IDS = Object.keys(CONCEPT_LEVELS) as readonly ConceptId[];

export const isConceptId = (value: unknown): value is ConceptId =>
  typeof value === "string" && Object.hasOwn(CONCEPT_LEVELS, value);

/** The level a concept carries (taxonomy.md). */
export const levelOfConcept = (concept: ConceptId): TriageLevel => CONCEPT_LEVELS[concept];
