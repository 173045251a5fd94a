import "server-only";

import { and, eq } from "drizzle-orm";

import { relinkDiary } from "~/server/data/diary/relink-diary";
import type { Database } from "~/server/db/open-database";
import { ptSessions } from "~/server/db/schema";

/** Deletes one of the patient's sessions (its check-ins stay, linked to the session before). */
export const deletePtSession = async (
  db: Database,
  patientId: string,
  id: string,
): Promise<boolean> =>
  db.transaction(async (tx) => {
    const deleted = await tx
      .delete(ptSessions)
      .where(and(eq(ptSessions.id, id), eq(ptSessions.patientId, patientId)))
      .returning({ id: ptSessions.id });
    if (deleted.length === 0) return false;
    await relinkDiary(tx, patientId);
    return true;
  });
