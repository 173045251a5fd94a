import "server-only";

import { and, eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { checkIns, diaryCheckIns } from "~/server/db/schema";

/**
 * Deletes one of the patient's diary check-ins, and the full check-in (with its result) it came from, if any.
 * False when the patient has none with that id.
 */
export const deleteDiaryCheckIn = async (
  db: Database,
  patientId: string,
  id: string,
): Promise<boolean> =>
  db.transaction(async (tx) => {
    const deleted = await tx
      .delete(diaryCheckIns)
      .where(and(eq(diaryCheckIns.id, id), eq(diaryCheckIns.patientId, patientId)))
      .returning({ checkInId: diaryCheckIns.checkInId });
    const row = deleted[0];
    if (row === undefined) return false;
    if (row.checkInId !== null) await tx.delete(checkIns).where(eq(checkIns.id, row.checkInId));
    return true;
  });
