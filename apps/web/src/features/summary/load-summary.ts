import "server-only";

import { loadDiary } from "~/features/diary/load-diary";
import { findFlaggedRules } from "~/server/data/diary/find-flagged-rules";
import type { Period } from "~/server/data/sessions/find-pt-sessions";
import type { Database } from "~/server/db/open-database";

/** Everything the therapist's summary shows for one patient and period. */
export const loadSummary = async (db: Database, patientId: string, period: Period) => {
  const [diary, flagged] = await Promise.all([
    loadDiary(db, patientId, period),
    findFlaggedRules(db, patientId, period),
  ]);
  return { diary, flagged };
};

export type LoadedSummary = Awaited<ReturnType<typeof loadSummary>>;
