import "server-only";

import { eq } from "drizzle-orm";

import type { Period } from "~/server/data/sessions/find-pt-sessions";
import type { Database } from "~/server/db/open-database";
import { shareLinks } from "~/server/db/schema";

import { hashShareToken } from "./hash-share-token";

export type OpenedShareLink =
  | { status: "active"; patientId: string; period: Period; expiresAt: Date }
  | { status: "revoked" | "expired" | "not-found" };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What a share token opens: the patient and period while the link is active, otherwise only why not. */
export const openShareLink = async (
  db: Database,
  token: string,
  now: Date = new Date(),
): Promise<OpenedShareLink> => {
  if (!TOKEN.test(token)) return { status: "not-found" };
  const [row] = await db
    .select({
      patientId: shareLinks.patientId,
      periodFrom: shareLinks.periodFrom,
      periodTo: shareLinks.periodTo,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
    })
    .from(shareLinks)
    .where(eq(shareLinks.tokenHash, hashShareToken(token)));
  if (row === undefined) return { status: "not-found" };
  if (row.revokedAt !== null) return { status: "revoked" };
  if (row.expiresAt <= now) return { status: "expired" };
  return {
    status: "active",
    patientId: row.patientId,
    period: { from: row.periodFrom, to: row.periodTo },
    expiresAt: row.expiresAt,
  };
};
