import type { TriageLevel } from "@backsure/core";
import { evaluateTrends, maxLevel } from "@backsure/core";

import type { DiaryCheckIn } from "~/server/data/diary/diary-check-in";
import type { PtSession } from "~/server/data/sessions/pt-session";

import { toDiaryInput } from "./to-diary-input";

/**
 * The level at each check-in: the higher of its own check-in's level (when it came from a full check-in) and
 * what the trend rules said about the diary at that moment. Null when neither gives one.
 */
export const levelAtEachCheckIn = (
  sessions: readonly PtSession[],
  checkIns: readonly DiaryCheckIn[],
  usualPain: number | null,
): ReadonlyMap<string, TriageLevel | null> =>
  new Map(
    checkIns.map((checkIn) => {
      const trend = evaluateTrends(
        toDiaryInput(sessions, checkIns, usualPain, checkIn.recordedAt),
      ).level;
      const levels = [checkIn.level, trend].filter((level) => level !== null);
      return [checkIn.id, levels.length === 0 ? null : maxLevel(...levels)];
    }),
  );
