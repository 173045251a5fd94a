import "server-only";

import { and, eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { diaryCheckIns } from "~/server/db/schema";

import type { DiaryCheckInInput } from "./diary-check-in-input";
import { DiaryCheckInInputSchema } from "./diary-check-in-input";
import { relinkDiary } from "./relink-diary";

/** Changes one of the patient's diary check-ins. False when the patient has none with that id. */
export const updateDiaryCheckIn = async (
  db: Database,
  patientId: string,
  id: string,
  input: DiaryCheckInInput,
): Promise<boolean> => {
  const value = DiaryCheckInInputSchema.parse(input);
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(diaryCheckIns)
      .set(value)
      .where(and(eq(diaryCheckIns.id, id), eq(diaryCheckIns.patientId, patientId)))
      .returning({ id: diaryCheckIns.id });
    if (updated.length === 0) return false;
    await relinkDiary(tx, patientId);
    return true;
  });
};
