import type { ConceptId } from "../model/concept";
import type { Evidence, Finding } from "../model/finding";
import type { TextFacts } from "../understand/text-facts";

/** Facts derived from numbers, timing and context that rules can name (`fact:<name>`). */
export const FACT_NAMES = [
  /** A pain score of 8-10 that has not settled. */
  "score-severe",
  /** A score of 8-10 that was back to the usual level afterwards. */
  "score-high-settled",
  /** A score of 6-7 still there the next morning, or not easing. */
  "score-high-unsettled",
  /** A score of 6-7 that is easing or back to the usual level. */
  "score-moderate-easing",
  /** Three days (72 h) or more with no improvement. */
  "persistent",
  /** More than 72 h but clearly improving. */
  "late-but-improving",
  /** Getting worse, with no time given (or within the normal window). */
  "getting-worse",
  "recent-spinal-surgery",
  "age-over-65",
  "sudden",
  /** Pain the patient calls new or different. */
  "new-pain",
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/**
 * What a rule can ask about: a concept, a concept with its detail, a derived fact, or a concept (with its
 * detail) the patient has had unchanged for a long time (`long-standing:`; such findings are otherwise set aside).
 */
export type SignalKey =
  | ConceptId
  | `${ConceptId}/${string}`
  | `fact:${FactName}`
  | `long-standing:${ConceptId}`
  | `long-standing:${ConceptId}/${string}`;

/** The signals present in one assessment, each with the evidence behind it. */
export type Signals = ReadonlyMap<string, readonly Evidence[]>;

/** Facts from a message or a check-in, in one shape (answers give `answer` evidence). */
export type Facts = TextFacts;

const HOURS_72 = 72;

/** Derives the signal map from present findings and facts. */
export const collectSignals = (findings: readonly Finding[], facts: Facts): Signals => {
  const signals = new Map<string, Evidence[]>();
  const addOne = (key: string, evidence: Evidence): void => {
    const list = signals.get(key);
    if (list) list.push(evidence);
    else signals.set(key, [evidence]);
  };
  const add = (key: string, ...evidence: Evidence[]): void => {
    for (const item of evidence) addOne(key, item);
  };
  // (One call per finding without a rest array: a long message has dozens of findings.)
  for (const finding of findings) {
    const prefix =
      finding.status === "present"
        ? ""
        : finding.status === "long-standing"
          ? "long-standing:"
          : null;
    if (prefix === null) continue;
    addOne(prefix === "" ? finding.concept : `${prefix}${finding.concept}`, finding.evidence);
    if (finding.detail !== undefined) {
      addOne(`${prefix}${finding.concept}/${finding.detail}`, finding.evidence);
    }
  }

  const scores = facts.painScores;
  const last = scores[scores.length - 1];
  let peak = scores[0];
  for (const score of scores) if (peak === undefined || score.value > peak.value) peak = score;
  const trend = facts.trend;
  const easing = trend?.value === "better" || facts.settled !== undefined;
  if (peak && last) {
    const settled =
      facts.settled !== undefined || last.value <= 3 || (easing && last.value < peak.value);
    if (peak.value >= 8) {
      if (settled && last.value <= 5) add("fact:score-high-settled", peak.evidence, last.evidence);
      else add("fact:score-severe", peak.evidence);
    } else if (peak.value >= 6) {
      const unsettled =
        facts.notSettled !== undefined ||
        // A later score still at 6 or more ("7 after the session and still 7 today").
        (scores.length >= 2 && last.value >= 6) ||
        trend?.value === "same" ||
        trend?.value === "worse";
      // Still up the next morning is "not back to baseline by the next morning", whatever settled later or
      // elsewhere in the message ("...still 6 this morning. The other niggle settled overnight.").
      if (facts.notSettled !== undefined || (unsettled && !facts.settled)) {
        add(
          "fact:score-high-unsettled",
          peak.evidence,
          ...(facts.notSettled ? [facts.notSettled] : []),
        );
      } else {
        add("fact:score-moderate-easing", peak.evidence);
      }
    }
  }

  // Timing and trend only matter when there is something to time: a symptom or a pain score above 0.
  const hasSymptoms =
    signals.size > 0 ||
    facts.painMentioned !== undefined ||
    trend?.value === "same" ||
    trend?.value === "worse" ||
    scores.some((score) => score.value > 0);
  const since = facts.hoursSince;
  // How it is going at the time given: said in the same sentence when it is ("day 5 and still just as sore"),
  // so that a later sentence about something else easing does not answer for it.
  const timed = facts.trendAtTiming ?? trend;
  if (!hasSymptoms) {
    // Nothing to time.
  } else if (
    timed &&
    since &&
    since.hours >= HOURS_72 &&
    (timed.value === "same" || timed.value === "worse")
  ) {
    add("fact:persistent", since.evidence, timed.evidence);
  } else if (timed && since && since.hours > HOURS_72 && timed.value === "better") {
    add("fact:late-but-improving", since.evidence, timed.evidence);
  } else if (trend?.value === "worse" && since === undefined) {
    add("fact:getting-worse", trend.evidence);
  }
  if (facts.recentSpinalSurgery) add("fact:recent-spinal-surgery", facts.recentSpinalSurgery);
  if (facts.age && facts.age.value > 65) add("fact:age-over-65", facts.age.evidence);
  if (facts.sudden) add("fact:sudden", facts.sudden);
  if (facts.newPain) add("fact:new-pain", facts.newPain);
  return signals;
};
