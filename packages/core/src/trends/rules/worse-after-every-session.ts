import type { TrendRule } from "../trend-rule";
import { dayOf, hoursBetween } from "../diary-timeline";

/** How many sessions in a row must be followed by more pain. */
export const SESSIONS_IN_A_ROW = 3;

/** Pain went up after each of the last three sessions that have readings before and after (R9, R2). */
export const worseAfterEverySession: TrendRule = {
  id: "worse-after-every-session",
  level: "contact-therapist",
  reason:
    "Your pain went up after each of your last sessions. Sore muscles now and then are normal, but pain that " +
    "rises after every session means your therapist may need to change your exercises.",
  sources: ["R9", "R2"],
  detect: (timeline) => {
    const measured = timeline.sessions.flatMap((entry) => {
      const within = entry.after.filter(
        (reading) => hoursBetween(entry.atMs, Date.parse(reading.at)) <= 72,
      );
      if (entry.before === null || within.length === 0) return [];
      const peak = Math.max(...within.map((reading) => reading.painNow));
      return [{ day: dayOf(entry.session.at), before: entry.before.pain, peak }];
    });
    const last = measured.slice(-SESSIONS_IN_A_ROW);
    if (last.length < SESSIONS_IN_A_ROW || last.some((entry) => entry.peak <= entry.before))
      return null;
    return last.map(
      (entry) =>
        `Session on ${entry.day}: ${String(entry.before)}/10 before, up to ${String(entry.peak)}/10 after.`,
    );
  },
};
