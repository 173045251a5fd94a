import "server-only";

import { newPublicId } from "~/server/data/check-ins/create-check-in";
import type { Database } from "~/server/db/open-database";
import { diaryCheckIns } from "~/server/db/schema";

import type { DiaryCheckInInput } from "./diary-check-in-input";
import { DiaryCheckInInputSchema } from "./diary-check-in-input";
import { relinkDiary } from "./relink-diary";

/** Adds a check-in to the patient's diary, linked to their latest session before it. Returns its id. */
export const createDiaryCheckIn = async (
  db: Database,
  patientId: string,
  input: DiaryCheckInInput,
): Promise<string> => {
  const value = DiaryCheckInInputSchema.parse(input);
  const id = newPublicId();
  await db.transaction(async (tx) => {
    await tx.insert(diaryCheckIns).values({ id, patientId, ...value });
    await relinkDiary(tx, patientId);
  });
  return id;
};
