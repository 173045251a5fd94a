import "server-only";

import { eq } from "drizzle-orm";

import { findDiaryCheckIns } from "~/server/data/diary/find-diary-check-ins";
import { findShareLinks } from "~/server/data/share-links/find-share-links";
import { findPtSessions } from "~/server/data/sessions/find-pt-sessions";
import type { Database } from "~/server/db/open-database";
import { users } from "~/server/db/schema";

/** Everything Backsure keeps about the patient, for "export my data". Never a password hash or a token. */
export const exportPatientData = async (db: Database, patientId: string) => {
  const [account] = await db
    .select({ email: users.email, usualPain: users.usualPain, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, patientId));
  if (account === undefined) throw new Error("No such patient");
  const [sessions, checkIns, shareLinks] = await Promise.all([
    findPtSessions(db, patientId),
    findDiaryCheckIns(db, patientId),
    findShareLinks(db, patientId),
  ]);
  return { exportedAt: new Date(), account, sessions, checkIns, shareLinks };
};

export type PatientExport = Awaited<ReturnType<typeof exportPatientData>>;
