import "server-only";

import type { Assessment } from "@backsure/core";
import { eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { assessments, checkIns } from "~/server/db/schema";

export type CheckInResult = {
  id: string;
  createdAt: Date;
  stage: "red-flags" | "complete";
  /** The patient's own words, when they wrote any (the result highlights what was understood in them). */
  notes: string | null;
  assessment: Assessment;
  emergencyNumber: string;
};

/** Public ids are 22 base64url characters; anything else is not a result. */
const PUBLIC_ID = /^[A-Za-z0-9_-]{22}$/;

/** A stored check-in's result, or null when there is none with that id. */
export const findCheckInResult = async (
  db: Database,
  id: string,
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
    })
    .from(checkIns)
    .innerJoin(assessments, eq(assessments.checkInId, checkIns.id))
    .where(eq(checkIns.id, id));
  if (row === undefined) return null;
  return {
    id: row.id,
    createdAt: row.createdAt,
    stage: row.stage,
    notes: row.answers?.notes ?? null,
    assessment: row.assessment,
    emergencyNumber: row.emergencyNumber,
  };
};
