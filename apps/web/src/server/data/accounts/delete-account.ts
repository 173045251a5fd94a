import "server-only";

import { eq, inArray } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { checkIns, diaryCheckIns, users } from "~/server/db/schema";

/**
 * Deletes the patient and every row that belongs to them, in one transaction: the full check-ins (and results)
 * saved into their diary, then the user row, which cascades to sessions, credentials, PT sessions, diary
 * check-ins and share links.
 */
export const deleteAccount = async (db: Database, patientId: string): Promise<void> => {
  await db.transaction(async (tx) => {
    const linked = tx
      .select({ id: diaryCheckIns.checkInId })
      .from(diaryCheckIns)
      .where(eq(diaryCheckIns.patientId, patientId));
    await tx.delete(checkIns).where(inArray(checkIns.id, linked));
    await tx.delete(users).where(eq(users.id, patientId));
  });
};
