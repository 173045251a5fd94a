import type { DiaryCheckIn } from "~/server/data/diary/diary-check-in";
import type { PtSession } from "~/server/data/sessions/pt-session";

import { toCsv } from "./to-csv";

/**
 * The diary as one CSV table: a row per session and per check-in, oldest first, so it opens as a timeline in a
 * spreadsheet.
 */
export const patientExportCsv = (
  sessions: readonly PtSession[],
  checkIns: readonly DiaryCheckIn[],
) => {
  const rows = [
    ...sessions.map((session) => ({
      at: session.occurredAt,
      row: [
        "session",
        session.occurredAt.toISOString(),
        session.activities.join(" "),
        null,
        null,
        null,
        null,
        session.notes,
      ],
    })),
    ...checkIns.map((checkIn) => ({
      at: checkIn.recordedAt,
      row: [
        "check-in",
        checkIn.recordedAt.toISOString(),
        null,
        checkIn.moment,
        checkIn.painNow,
        checkIn.painDuringExercise,
        checkIn.level,
        checkIn.notes,
      ],
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return toCsv(
    ["type", "at", "activities", "moment", "pain_now", "pain_during_exercise", "level", "notes"],
    rows.map((entry) => entry.row),
  );
};
