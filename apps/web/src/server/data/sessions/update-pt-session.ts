import "server-only";

import { and, eq } from "drizzle-orm";

import { relinkDiary } from "~/server/data/diary/relink-diary";
import type { Database } from "~/server/db/open-database";
import { ptSessions } from "~/server/db/schema";

import type { PtSessionInput } from "./pt-session-input";
import { PtSessionInputSchema } from "./pt-session-input";

/** Changes one of the patient's sessions. False when the patient has no session with that id. */
export const updatePtSession = async (
  db: Database,
  patientId: string,
  id: string,
  input: PtSessionInput,
): Promise<boolean> => {
  const value = PtSessionInputSchema.parse(input);
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(ptSessions)
      .set(value)
      .where(and(eq(ptSessions.id, id), eq(ptSessions.patientId, patientId)))
      .returning({ id: ptSessions.id });
    if (updated.length === 0) return false;
    await relinkDiary(tx, patientId);
    return true;
  });
};
