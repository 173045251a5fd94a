import type { ConceptId } from "../model/concept";
import { levelOfConcept } from "../model/concept";
import type { GuidanceContext } from "../model/page";
import { SORENESS_WINDOW_HOURS } from "../trends/diary-timeline";

/** Soreness after a session is inside the normal window up to 72 hours (clinical/reference.md §1). */
const NORMAL_WINDOW_HOURS = SORENESS_WINDOW_HOURS.end;

const SORENESS: ReadonlySet<ConceptId> = new Set([
  "doms",
  "mild-soreness",
  "stiffness",
  "soreness-timeline",
  "flare-after-new-exercise",
  "persistent-pain",
]);

const NERVE: ReadonlySet<ConceptId> = new Set([
  "tingling-settling",
  "numbness-tingling",
  "shooting-radiating-pain",
  "burning-nerve-pain",
  "leg-weakness",
]);

/** Soft red flags that weigh more together with a past cancer or older age (used in combination). */
const CANCER_FLAGS: ReadonlySet<ConceptId> = new Set([
  "night-pain",
  "weight-loss",
  "persistent-pain",
  "severe-pain",
  "worsening-each-session",
  "cancer-history",
]);

const hoursText = (hours: number): string =>
  hours === 1 ? "1 hour" : `${Math.round(hours)} hours`;

const forSessionTime = (concept: ConceptId, hours: number): string | undefined => {
  if (!SORENESS.has(concept) || hours < 0 || !Number.isFinite(hours)) return undefined;
  if (concept === "persistent-pain") {
    return hours > NORMAL_WINDOW_HOURS
      ? `Your session was ${hoursText(hours)} ago. That is past the usual 3 days, so tell your therapist if it is not easing.`
      : `Your session was ${hoursText(hours)} ago. Soreness can still be normal up to 72 hours. Check again after that.`;
  }
  if (hours > NORMAL_WINDOW_HOURS) {
    return `Your session was ${hoursText(hours)} ago. That is past the normal 24 to 72 hours. If it is not clearly easing, tell your therapist.`;
  }
  return `Your session was ${hoursText(hours)} ago. That is inside the normal 24 to 72 hour window for soreness.`;
};

const forSurgery = (concept: ConceptId): string | undefined => {
  if (levelOfConcept(concept) === "emergency") {
    return "After your recent spine surgery, do not wait: get help now and tell them about the surgery.";
  }
  if (NERVE.has(concept) || concept === "fever-infection" || concept === "swelling") {
    return "After recent spine surgery, this is more urgent. Call your surgery team or a doctor today.";
  }
  return undefined;
};

const forCancer = (concept: ConceptId): string | undefined => {
  if (NERVE.has(concept) || levelOfConcept(concept) === "emergency") {
    return "Because of your past cancer, new numbness or weakness is urgent. Get help the same day.";
  }
  if (CANCER_FLAGS.has(concept)) {
    return "Because of your past cancer, new back pain like this should be checked by a doctor within a day.";
  }
  return undefined;
};

const forAge = (concept: ConceptId, age: number): string | undefined => {
  if (concept === "trauma" || concept === "osteoporosis-steroids") {
    if (age >= 65)
      return "Over 65, even a small fall can hurt the spine bones. See a doctor today or tomorrow.";
    if (age >= 50)
      return "Over 50, a fall can hurt the spine bones more easily. See a doctor soon.";
  }
  if ((concept === "night-pain" || concept === "weight-loss") && age >= 50) {
    return "Over 50, this sign matters more. See a doctor today or tomorrow.";
  }
  return undefined;
};

/** What changes for this patient, given what they told us (empty without context). */
export const describeForYou = (concept: ConceptId, context: GuidanceContext = {}): string[] => {
  const lines: (string | undefined)[] = [];
  if (context.hoursSinceSession !== undefined)
    lines.push(forSessionTime(concept, context.hoursSinceSession));
  if (context.recentSpinalSurgery === true) lines.push(forSurgery(concept));
  if (context.cancerHistory === true) lines.push(forCancer(concept));
  if (context.age !== undefined) lines.push(forAge(concept, context.age));
  return lines.filter((line): line is string => line !== undefined);
};
