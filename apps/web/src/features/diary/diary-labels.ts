import type { ReadingMoment, SessionActivity } from "@backsure/core";

/** Plain words for what was done in a session. */
export const ACTIVITY_LABELS: Readonly<Record<SessionActivity, string>> = {
  "new-exercise": "A new exercise",
  progression: "Harder exercises (a progression)",
  "manual-therapy": "Hands-on treatment (manual therapy)",
};

/** Plain words for when a check-in was taken. */
export const MOMENT_LABELS: Readonly<Record<ReadingMoment, string>> = {
  "after-session": "Just after a session",
  "next-morning": "The morning after a session",
  other: "Another time",
};
