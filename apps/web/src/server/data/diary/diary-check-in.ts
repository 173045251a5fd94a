import type { ReadingMoment, TriageLevel } from "@backsure/core";

/** A check-in as the diary shows it. */
export type DiaryCheckIn = {
  id: string;
  recordedAt: Date;
  moment: ReadingMoment;
  painNow: number;
  painDuringExercise: number | null;
  /** The level of the full check-in it came from, when it came from one. */
  level: TriageLevel | null;
  /** The full check-in's result page, when it came from one. */
  checkInId: string | null;
  sessionId: string | null;
  notes: string;
};
