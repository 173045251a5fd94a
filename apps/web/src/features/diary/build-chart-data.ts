import type { TriageLevel } from "@backsure/core";
import { SORENESS_WINDOW_HOURS } from "@backsure/core";

import type { DiaryCheckIn } from "~/server/data/diary/diary-check-in";
import type { PtSession } from "~/server/data/sessions/pt-session";

const HOUR = 60 * 60 * 1000;

export type ChartPoint = {
  /** Milliseconds since the epoch. */
  t: number;
  now: number;
  exercise: number | null;
  /** Pain now again, on next-morning check-ins only (its own line). */
  morning: number | null;
  level: TriageLevel | null;
};

export type ChartData = {
  points: ChartPoint[];
  sessions: { t: number; id: string }[];
  /** The usual 24–72 h soreness window after each session. */
  windows: { from: number; to: number }[];
  domain: [number, number];
};

/** Points, session marks and soreness windows for the pain chart, in time order. */
export const buildChartData = (
  sessions: readonly PtSession[],
  checkIns: readonly DiaryCheckIn[],
  levels: ReadonlyMap<string, TriageLevel | null>,
): ChartData => {
  const points = checkIns.map((checkIn) => ({
    t: checkIn.recordedAt.getTime(),
    now: checkIn.painNow,
    exercise: checkIn.painDuringExercise,
    morning: checkIn.moment === "next-morning" ? checkIn.painNow : null,
    level: levels.get(checkIn.id) ?? null,
  }));
  const marks = sessions.map((session) => ({ t: session.occurredAt.getTime(), id: session.id }));
  const windows = marks.map((mark) => ({
    from: mark.t + SORENESS_WINDOW_HOURS.start * HOUR,
    to: mark.t + SORENESS_WINDOW_HOURS.end * HOUR,
  }));
  const times = [...points.map((point) => point.t), ...marks.map((mark) => mark.t)];
  const domain: [number, number] =
    times.length === 0
      ? [0, 1]
      : [Math.min(...times) - 6 * HOUR, Math.max(...times, ...windows.map((w) => w.to)) + 6 * HOUR];
  return { points, sessions: marks, windows, domain };
};
