import "server-only";

import { newPublicId } from "~/server/data/check-ins/create-check-in";
import { relinkDiary } from "~/server/data/diary/relink-diary";
import type { Database } from "~/server/db/open-database";
import { ptSessions } from "~/server/db/schema";

import type { PtSessionInput } from "./pt-session-input";
import { PtSessionInputSchema } from "./pt-session-input";

/** Adds a session to the patient's diary and links later check-ins to it. Returns its id. */
export const createPtSession = async (
  db: Database,
  patientId: string,
  input: PtSessionInput,
): Promise<string> => {
  const value = PtSessionInputSchema.parse(input);
  const id = newPublicId();
  await db.transaction(async (tx) => {
    await tx.insert(ptSessions).values({ id, patientId, ...value });
    await relinkDiary(tx, patientId);
  });
  return id;
};
