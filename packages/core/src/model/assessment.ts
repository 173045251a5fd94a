import type { ConceptId } from "./concept";
import type { Evidence, Finding } from "./finding";
import type { TriageLevel } from "./triage-level";

/** A source from clinical/reference.md, e.g. `{ key: "R12", title: "NHS. Back pain", url: "https://..." }`. */
export type Source = {
  key: string;
  title: string;
  url: string;
};

/** A rule that fired, with the words (or answers) that led to it. */
export type FiredRule = {
  id: string;
  level: TriageLevel;
  /** Plain-language reason, written for the patient. */
  reason: string;
  sources: readonly string[];
  evidence: readonly Evidence[];
};

/** The answer to "is this normal?": a level that explains itself. */
export type Assessment = {
  level: TriageLevel;
  /** One plain sentence saying what the level means for this patient. */
  headline: string;
  /** The rules that fired, highest level first. */
  firedRules: readonly FiredRule[];
  /** Everything understood, including findings set aside as denied, someone else's, past or long-standing. */
  findings: readonly Finding[];
  /** What to do now, most important first. */
  doNow: readonly string[];
  /** What would change the advice (safety-netting). */
  escalateIf: readonly string[];
  /** Every source behind the fired rules, resolved from the reference list. */
  sources: readonly Source[];
  /** A short reminder that Backsure supports, and never replaces, the therapist and doctor. */
  disclaimer: string;
};

/** Options for `assess`. */
export type AssessOptions = {
  /** The emergency number to name in emergency advice (999, 112, 911). Defaults to "999". */
  emergencyNumber?: string;
};

/** A symptom mention on a health page. Offsets are UTF-16 offsets into the text, end exclusive. */
export type Mention = {
  start: number;
  end: number;
  concept: ConceptId;
  level: TriageLevel;
  negated: boolean;
};
