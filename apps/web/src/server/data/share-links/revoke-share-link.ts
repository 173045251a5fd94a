import "server-only";

import { and, eq, isNull } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { shareLinks } from "~/server/db/schema";

/** Revokes one of the patient's share links. False when the patient has no active link with that id. */
export const revokeShareLink = async (
  db: Database,
  patientId: string,
  id: string,
): Promise<boolean> => {
  const revoked = await db
    .update(shareLinks)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(shareLinks.id, id), eq(shareLinks.patientId, patientId), isNull(shareLinks.revokedAt)),
    )
    .returning({ id: shareLinks.id });
  return revoked.length > 0;
};
