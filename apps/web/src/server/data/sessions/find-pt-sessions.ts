import "server-only";

import { and, asc, eq, gte, lte } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { ptSessions } from "~/server/db/schema";

import type { PtSession } from "./pt-session";

export type Period = { from: Date; to: Date };

/** The patient's sessions, oldest first, optionally within a period. */
export const findPtSessions = async (
  db: Database,
  patientId: string,
  period?: Period,
): Promise<PtSession[]> =>
  db
    .select({
      id: ptSessions.id,
      occurredAt: ptSessions.occurredAt,
      activities: ptSessions.activities,
      notes: ptSessions.notes,
    })
    .from(ptSessions)
    .where(
      and(
        eq(ptSessions.patientId, patientId),
        period === undefined ? undefined : gte(ptSessions.occurredAt, period.from),
        period === undefined ? undefined : lte(ptSessions.occurredAt, period.to),
      ),
    )
    .orderBy(asc(ptSessions.occurredAt));
