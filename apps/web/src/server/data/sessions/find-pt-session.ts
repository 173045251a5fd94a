import "server-only";

import { and, eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { ptSessions } from "~/server/db/schema";

import type { PtSession } from "./pt-session";

/** One of the patient's sessions, or null (also for another patient's id). */
export const findPtSession = async (
  db: Database,
  patientId: string,
  id: string,
): Promise<PtSession | null> => {
  const [row] = await db
    .select({
      id: ptSessions.id,
      occurredAt: ptSessions.occurredAt,
      activities: ptSessions.activities,
      notes: ptSessions.notes,
    })
    .from(ptSessions)
    .where(and(eq(ptSessions.id, id), eq(ptSessions.patientId, patientId)));
  return row ?? null;
};
