import type { DiaryInput, DiaryReading, DiarySession } from "../model/diary";

const HOUR = 60 * 60 * 1000;

/** The usual 24–72 h window after a session in which delayed-onset soreness peaks (R1). */
export const SORENESS_WINDOW_HOURS = { start: 24, end: 72 } as const;

/** How far before a session a reading still counts as "before the session". */
const BEFORE_SESSION_HOURS = 72;

/** A session with its time in milliseconds and the readings that belong to it. */
export type SessionTimeline = {
  session: DiarySession;
  atMs: number;
  /** Pain before the session: the last reading in the 72 h before it, else the patient's usual pain. */
  before: { pain: number; from: "reading" | "usual" } | null;
  /** Readings after this session and before the next one, oldest first. */
  after: readonly DiaryReading[];
};

/** The diary in time order, with readings grouped under the session before them. */
export type DiaryTimeline = {
  nowMs: number;
  sessions: readonly SessionTimeline[];
  /** Every reading up to now, oldest first. */
  readings: readonly DiaryReading[];
};

export const toMs = (iso: string): number => Date.parse(iso);

export const hoursBetween = (fromMs: number, toMs_: number): number => (toMs_ - fromMs) / HOUR;

/** Sorts the diary and attaches each reading to the latest session before it. Future entries are ignored. */
export const buildDiaryTimeline = (input: DiaryInput): DiaryTimeline => {
  const nowMs = toMs(input.now);
  const readings = input.readings
    .filter((reading) => toMs(reading.at) <= nowMs)
    .sort((a, b) => toMs(a.at) - toMs(b.at));
  const sessions = input.sessions
    .filter((session) => toMs(session.at) <= nowMs)
    .sort((a, b) => toMs(a.at) - toMs(b.at));
  return {
    nowMs,
    readings,
    sessions: sessions.map((session, index) => {
      const atMs = toMs(session.at);
      const next = sessions[index + 1];
      const nextMs = next === undefined ? Number.POSITIVE_INFINITY : toMs(next.at);
      const earlier = readings.filter((reading) => {
        const ms = toMs(reading.at);
        return ms < atMs && hoursBetween(ms, atMs) <= BEFORE_SESSION_HOURS;
      });
      const lastBefore = earlier.at(-1);
      const before =
        lastBefore !== undefined
          ? { pain: lastBefore.painNow, from: "reading" as const }
          : input.usualPain !== null
            ? { pain: input.usualPain, from: "usual" as const }
            : null;
      const after = readings.filter((reading) => {
        const ms = toMs(reading.at);
        return ms >= atMs && ms < nextMs;
      });
      return { session, atMs, before, after };
    }),
  };
};

/** "2026-11-03": the date part of an ISO date-time, as written in the diary. */
export const dayOf = (iso: string): string => iso.slice(0, 10);
