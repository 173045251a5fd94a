import "server-only";

import { desc, eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { shareLinks } from "~/server/db/schema";

import type { ShareLink } from "./share-link";

/** The patient's share links, newest first (active, expired and revoked). */
export const findShareLinks = async (db: Database, patientId: string): Promise<ShareLink[]> =>
  db
    .select({
      id: shareLinks.id,
      periodFrom: shareLinks.periodFrom,
      periodTo: shareLinks.periodTo,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
      createdAt: shareLinks.createdAt,
    })
    .from(shareLinks)
    .where(eq(shareLinks.patientId, patientId))
    .orderBy(desc(shareLinks.createdAt));
