import type { TrendRule } from "../trend-rule";
import type { DiaryTimeline } from "../diary-timeline";
import { dayOf, hoursBetween } from "../diary-timeline";

/** The latest session with a next-morning reading, compared with the pain before that session. */
const findLatestMorning = (timeline: DiaryTimeline) => {
  for (const entry of [...timeline.sessions].reverse()) {
    if (entry.before === null) continue;
    const morning = entry.after.find(
      (reading) =>
        reading.moment === "next-morning" && hoursBetween(entry.atMs, Date.parse(reading.at)) <= 36,
    );
    if (morning !== undefined) return { entry, before: entry.before, morning };
  }
  return null;
};

const describe = (found: NonNullable<ReturnType<typeof findLatestMorning>>): string =>
  `Morning after the session on ${dayOf(found.entry.session.at)}: ${String(found.morning.painNow)}/10 ` +
  `(${found.before.from === "reading" ? "before the session" : "your usual pain"}: ${String(found.before.pain)}/10).`;

/** Pain not back to where it was by the next morning (pain-monitoring model, R9). */
export const notBackByNextMorning: TrendRule = {
  id: "not-back-by-next-morning",
  level: "contact-therapist",
  reason:
    "The morning after your last session, your pain was still higher than before it. After a good session, pain " +
    "should be back to your usual level by the next morning. Tell your therapist before your next session.",
  sources: ["R9"],
  detect: (timeline) => {
    const found = findLatestMorning(timeline);
    return found !== null && found.morning.painNow > found.before.pain ? [describe(found)] : null;
  },
};

/** Pain back to where it was by the next morning: the sign of a well-judged session (R9). */
export const backByNextMorning: TrendRule = {
  id: "back-by-next-morning",
  level: "expected",
  reason:
    "The morning after your last session, your pain was back to where it was before. That is a good sign that " +
    "the session was the right amount.",
  sources: ["R9"],
  detect: (timeline) => {
    const found = findLatestMorning(timeline);
    return found !== null && found.morning.painNow <= found.before.pain ? [describe(found)] : null;
  },
};
