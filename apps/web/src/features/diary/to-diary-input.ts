import type { DiaryInput } from "@backsure/core";

import type { DiaryCheckIn } from "~/server/data/diary/diary-check-in";
import type { PtSession } from "~/server/data/sessions/pt-session";

/** The diary as @backsure/core's trend rules read it. */
export const toDiaryInput = (
  sessions: readonly PtSession[],
  checkIns: readonly DiaryCheckIn[],
  usualPain: number | null,
  now: Date,
): DiaryInput => ({
  sessions: sessions.map((session) => ({
    id: session.id,
    at: session.occurredAt.toISOString(),
    activities: session.activities,
  })),
  readings: checkIns.map((checkIn) => ({
    id: checkIn.id,
    at: checkIn.recordedAt.toISOString(),
    moment: checkIn.moment,
    painNow: checkIn.painNow,
    painDuringExercise: checkIn.painDuringExercise,
    level: checkIn.level,
  })),
  usualPain,
  now: now.toISOString(),
});
