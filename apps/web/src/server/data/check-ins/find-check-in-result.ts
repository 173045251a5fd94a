import "server-only";

import type { Assessment } from "@backsure/core";
import { and, eq, isNull, or } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { assessments, checkIns, diaryCheckIns } from "~/server/db/schema";

export type CheckInResult = {
  id: string;
  createdAt: Date;
  stage: "red-flags" | "complete";
  /** The patient's own words, when they wrote any (the result highlights what was understood in them). */
  notes: string | null;
  assessment: Assessment;
  emergencyNumber: string;
  /** True when the check-in is in the viewer's diary (false for a one-off check, which is in no diary). */
  inViewersDiary: boolean;
};

/** Public ids are 22 base64url characters; anything else is not a result. */
const PUBLIC_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * A stored check-in's result as `viewerId` may see it, or null. A one-off check (in no diary) is open to
 * whoever has its unguessable id; a check-in saved in a patient's diary only to that patient, signed in
 * (`viewerId` is the signed-in patient's id, or null when nobody is signed in). Anyone else finds nothing, as
 * if there were no such check-in.
 */
export const findCheckInResult = async (
  db: Database,
  id: string,
  viewerId: string | null,
): Promise<CheckInResult | null> => {
  if (!PUBLIC_ID.test(id)) return null;
  const [row] = await db
    .select({
      id: checkIns.id,
      createdAt: checkIns.createdAt,
      stage: checkIns.stage,
      answers: checkIns.answers,
      assessment: assessments.assessment,
      emergencyNumber: assessments.emergencyNumber,
      ownerId: diaryCheckIns.patientId,
    })
    .from(checkIns)
    .innerJoin(assessments, eq(assessments.checkInId, checkIns.id))
    .leftJoin(diaryCheckIns, eq(diaryCheckIns.checkInId, checkIns.id))
    .where(
      and(
        eq(checkIns.id, id),
        viewerId === null
          ? isNull(diaryCheckIns.patientId)
          : or(isNull(diaryCheckIns.patientId), eq(diaryCheckIns.patientId, viewerId)),
      ),
    );
  if (row === undefined) return null;
  return {
    id: row.id,
    createdAt: row.createdAt,
    stage: row.stage,
    notes: row.answers?.notes ?? null,
    assessment: row.assessment,
    emergencyNumber: row.emergencyNumber,
    inViewersDiary: row.ownerId !== null,
  };
};
