import type { TrendRule } from "../trend-rule";
import type { DiaryTimeline } from "../diary-timeline";
import { SORENESS_WINDOW_HOURS, dayOf, hoursBetween } from "../diary-timeline";

/**
 * After the latest session, once 72 h have passed: the newest reading from day 3 on, if pain is still above
 * where it was before the session, and whether it is lower than the reading before it (improving).
 */
const findLateSoreness = (timeline: DiaryTimeline) => {
  const latest = timeline.sessions.at(-1);
  if (latest?.before == null) return null;
  if (hoursBetween(latest.atMs, timeline.nowMs) < SORENESS_WINDOW_HOURS.end) return null;
  const late = latest.after.filter(
    (reading) => hoursBetween(latest.atMs, Date.parse(reading.at)) >= SORENESS_WINDOW_HOURS.end,
  );
  const newest = late.at(-1);
  if (newest === undefined || newest.painNow <= latest.before.pain) return null;
  const previous = latest.after[latest.after.indexOf(newest) - 1];
  const improving = previous !== undefined && newest.painNow < previous.painNow;
  const hours = Math.floor(hoursBetween(latest.atMs, Date.parse(newest.at)));
  const evidence =
    `${String(Math.floor(hours / 24))} days after the session on ${dayOf(latest.session.at)}: ` +
    `${String(newest.painNow)}/10 (before the session: ${String(latest.before.pain)}/10` +
    (previous === undefined ? ")." : `; the reading before: ${String(previous.painNow)}/10).`);
  return { improving, evidence };
};

/** Soreness still there at day 3 or later and not getting better (R1, R69; soreness rules, R8). */
export const sorenessPastDayThree: TrendRule = {
  id: "soreness-past-day-three",
  level: "contact-therapist",
  reason:
    "It is 3 days or more since your session and your pain is still higher than before it, without getting " +
    "better. Normal soreness peaks in the first 3 days and then fades. Tell your therapist.",
  sources: ["R1", "R69", "R8"],
  detect: (timeline) => {
    const found = findLateSoreness(timeline);
    return found !== null && !found.improving ? [found.evidence] : null;
  },
};

/** Soreness still there at day 3 or later but clearly easing (triage rules: monitor). */
export const sorenessPastDayThreeImproving: TrendRule = {
  id: "soreness-past-day-three-improving",
  level: "monitor",
  reason:
    "It is 3 days or more since your session and you are still a bit sore, but it is getting better. Keep " +
    "an eye on it and mention it at your next session.",
  sources: ["R1", "R69"],
  detect: (timeline) => {
    const found = findLateSoreness(timeline);
    return found?.improving === true ? [found.evidence] : null;
  },
};
