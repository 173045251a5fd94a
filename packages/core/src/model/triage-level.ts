/** The five levels, lowest to highest. The order is the product's language: a higher level always wins. */
export const TRIAGE_LEVELS = [
  "expected",
  "monitor",
  "contact-therapist",
  "see-doctor",
  "emergency",
] as const;

export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** 0 for `expected` up to 4 for `emergency`. */
export const rankLevel = (level: TriageLevel): number => TRIAGE_LEVELS.indexOf(level);

/** Negative when `a` is lower than `b`, 0 when equal, positive when higher. */
export const compareLevels = (a: TriageLevel, b: TriageLevel): number =>
  rankLevel(a) - rankLevel(b);

/** The higher of the given levels (`expected` when none are given). */
export const maxLevel = (...levels: readonly TriageLevel[]): TriageLevel => {
  let best: TriageLevel = "expected";
  for (const level of levels) if (rankLevel(level) > rankLevel(best)) best = level;
  return best;
};

export const isTriageLevel = (value: unknown): value is TriageLevel =>
  typeof value === "string" && (TRIAGE_LEVELS as readonly string[]).includes(value);
