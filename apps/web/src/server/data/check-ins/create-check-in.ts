import "server-only";

import { randomBytes } from "node:crypto";

import type { Assessment, CheckIn, RedFlagAnswers } from "@backsure/core";
import { eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { assessments, checkIns } from "~/server/db/schema";

export type NewCheckIn = {
  idempotencyKey: string;
  redFlags: RedFlagAnswers;
  /** The full answers, or null when the interview stopped at the red-flag questions. */
  answers: CheckIn | null;
  assessment: Assessment;
  emergencyNumber: string;
};

/** A new public id: 128 random bits, base64url (22 characters). */
export const newPublicId = (): string => randomBytes(16).toString("base64url");

/**
 * Stores a check-in and its assessment in one transaction: both rows or neither. A second call with the same
 * idempotency key (a replayed or double-clicked submission) stores nothing and returns the first check-in's id.
 */
export const createCheckIn = async (
  db: Database,
  input: NewCheckIn,
): Promise<{ id: string; created: boolean }> =>
  db.transaction(async (tx) => {
    const inserted = await tx
      .insert(checkIns)
      .values({
        id: newPublicId(),
        idempotencyKey: input.idempotencyKey,
        stage: input.answers === null ? "red-flags" : "complete",
        redFlags: input.redFlags,
        answers: input.answers,
      })
      .onConflictDoNothing({ target: checkIns.idempotencyKey })
      .returning({ id: checkIns.id });
    const row = inserted[0];
    if (row === undefined) {
      const [existing] = await tx
        .select({ id: checkIns.id })
        .from(checkIns)
        .where(eq(checkIns.idempotencyKey, input.idempotencyKey));
      if (existing === undefined)
        throw new Error("Check-in vanished after an idempotency conflict");
      return { id: existing.id, created: false };
    }
    await tx.insert(assessments).values({
      checkInId: row.id,
      level: input.assessment.level,
      assessment: input.assessment,
      emergencyNumber: input.emergencyNumber,
    });
    return { id: row.id, created: true };
  });
