import "server-only";

import type { FiredRule } from "@backsure/core";
import { and, asc, eq, gte, lte } from "drizzle-orm";

import type { Period } from "~/server/data/sessions/find-pt-sessions";
import type { Database } from "~/server/db/open-database";
import { assessments, diaryCheckIns } from "~/server/db/schema";

export type FlaggedCheckIn = { recordedAt: Date; rules: FiredRule[] };

/**
 * The rules above "expected" that fired in the full check-ins saved in the patient's diary, within a period:
 * what was flagged, for the therapist's summary.
 */
export const findFlaggedRules = async (
  db: Database,
  patientId: string,
  period: Period,
): Promise<FlaggedCheckIn[]> => {
  const rows = await db
    .select({ recordedAt: diaryCheckIns.recordedAt, assessment: assessments.assessment })
    .from(diaryCheckIns)
    .innerJoin(assessments, eq(assessments.checkInId, diaryCheckIns.checkInId))
    .where(
      and(
        eq(diaryCheckIns.patientId, patientId),
        gte(diaryCheckIns.recordedAt, period.from),
        lte(diaryCheckIns.recordedAt, period.to),
      ),
    )
    .orderBy(asc(diaryCheckIns.recordedAt));
  return rows
    .map((row) => ({
      recordedAt: row.recordedAt,
      rules: row.assessment.firedRules.filter((rule) => rule.level !== "expected"),
    }))
    .filter((row) => row.rules.length > 0);
};
