import "server-only";

import { eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { assessments, checkIns, diaryCheckIns } from "~/server/db/schema";

import { newPublicId } from "~/server/data/check-ins/create-check-in";

import { relinkDiary } from "./relink-diary";

export type ClaimResult = "saved" | "not-found" | "already-saved" | "no-pain-scores";

const PUBLIC_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * Saves a full check-in into the patient's diary: the one-off check made before signing up (its unguessable id
 * is the proof of having made it), or a check-in made while signed in. A check-in already in a diary is never
 * moved to another. One that stopped at the red-flag questions has no pain scores to chart.
 */
export const claimCheckIn = async (
  db: Database,
  patientId: string,
  checkInId: string,
): Promise<ClaimResult> => {
  if (!PUBLIC_ID.test(checkInId)) return "not-found";
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        createdAt: checkIns.createdAt,
        answers: checkIns.answers,
        level: assessments.level,
      })
      .from(checkIns)
      .innerJoin(assessments, eq(assessments.checkInId, checkIns.id))
      .where(eq(checkIns.id, checkInId));
    if (row === undefined) return "not-found";
    if (row.answers === null) return "no-pain-scores";
    const inserted = await tx
      .insert(diaryCheckIns)
      .values({
        id: newPublicId(),
        patientId,
        checkInId,
        recordedAt: row.createdAt,
        moment: "other",
        painNow: row.answers.painNow,
        painDuringExercise: row.answers.painDuringExercise,
        level: row.level,
      })
      .onConflictDoNothing({ target: diaryCheckIns.checkInId })
      .returning({ id: diaryCheckIns.id });
    if (inserted.length === 0) return "already-saved";
    await relinkDiary(tx, patientId);
    return "saved";
  });
};
