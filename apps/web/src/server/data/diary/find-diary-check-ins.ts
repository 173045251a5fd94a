import "server-only";

import { and, asc, eq, gte, lte } from "drizzle-orm";

import type { Period } from "~/server/data/sessions/find-pt-sessions";
import type { Database } from "~/server/db/open-database";
import { diaryCheckIns } from "~/server/db/schema";

import type { DiaryCheckIn } from "./diary-check-in";
import { DIARY_CHECK_IN_COLUMNS } from "./diary-check-in-columns";

/** The patient's diary check-ins, oldest first, optionally within a period. */
export const findDiaryCheckIns = async (
  db: Database,
  patientId: string,
  period?: Period,
): Promise<DiaryCheckIn[]> =>
  db
    .select(DIARY_CHECK_IN_COLUMNS)
    .from(diaryCheckIns)
    .where(
      and(
        eq(diaryCheckIns.patientId, patientId),
        period === undefined ? undefined : gte(diaryCheckIns.recordedAt, period.from),
        period === undefined ? undefined : lte(diaryCheckIns.recordedAt, period.to),
      ),
    )
    .orderBy(asc(diaryCheckIns.recordedAt));
