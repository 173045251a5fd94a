import "server-only";

import { and, eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { diaryCheckIns } from "~/server/db/schema";

import type { DiaryCheckIn } from "./diary-check-in";
import { DIARY_CHECK_IN_COLUMNS } from "./diary-check-in-columns";

/** One of the patient's diary check-ins, or null (also for another patient's id). */
export const findDiaryCheckIn = async (
  db: Database,
  patientId: string,
  id: string,
): Promise<DiaryCheckIn | null> => {
  const [row] = await db
    .select(DIARY_CHECK_IN_COLUMNS)
    .from(diaryCheckIns)
    .where(and(eq(diaryCheckIns.id, id), eq(diaryCheckIns.patientId, patientId)));
  return row ?? null;
};
