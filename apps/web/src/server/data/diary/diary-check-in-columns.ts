import "server-only";

import { diaryCheckIns } from "~/server/db/schema";

/** The columns every diary query selects: what `DiaryCheckIn` holds, nothing more. */
export const DIARY_CHECK_IN_COLUMNS = {
  id: diaryCheckIns.id,
  recordedAt: diaryCheckIns.recordedAt,
  moment: diaryCheckIns.moment,
  painNow: diaryCheckIns.painNow,
  painDuringExercise: diaryCheckIns.painDuringExercise,
  level: diaryCheckIns.level,
  checkInId: diaryCheckIns.checkInId,
  sessionId: diaryCheckIns.sessionId,
  notes: diaryCheckIns.notes,
};
