import type { Source } from "./assessment";
import type { ConceptId } from "./concept";
import type { TriageLevel } from "./triage-level";

/** Optional details about the patient that sharpen the guidance. Kept on the device by the extension. */
export type GuidanceContext = {
  hoursSinceSession?: number;
  recentSpinalSurgery?: boolean;
  cancerHistory?: boolean;
  age?: number;
};

/** What a symptom would mean after PT: the card the extension and the portal's reader show. */
export type Guidance = {
  concept: ConceptId;
  level: TriageLevel;
  /** Plain name of the symptom, e.g. "Numbness or tingling". */
  name: string;
  /** What this usually means after PT. */
  meaning: string;
  /** What to do. */
  doNow: string;
  /** When it would be more urgent. */
  moreUrgentIf: readonly string[];
  /** What changes for this patient, given the context (empty without context). */
  forYou: readonly string[];
  sources: readonly Source[];
};

/** One distinct warning sign a page lists, with where it first appears. */
export type PageWarningSign = {
  concept: ConceptId;
  level: TriageLevel;
  name: string;
  /** UTF-16 offset of the first mention. */
  firstStart: number;
  firstEnd: number;
  count: number;
};

/** The page at a glance, for the extension's popup and the portal's reader. */
export type PageSummary = {
  counts: Readonly<Record<TriageLevel, number>>;
  /** Distinct warning signs (concepts above `expected`), highest level first, then by first appearance. */
  warningSigns: readonly PageWarningSign[];
  /** 0 to 1: how much the page is about back or nerve pain. */
  relevance: number;
  /** Whether the extension should annotate the page by default. */
  isRelevant: boolean;
};
