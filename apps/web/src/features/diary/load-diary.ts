import "server-only";

import { evaluateTrends } from "@backsure/core";

import { findUsualPain } from "~/server/data/accounts/find-usual-pain";
import { findDiaryCheckIns } from "~/server/data/diary/find-diary-check-ins";
import type { Period } from "~/server/data/sessions/find-pt-sessions";
import { findPtSessions } from "~/server/data/sessions/find-pt-sessions";
import type { Database } from "~/server/db/open-database";

import { levelAtEachCheckIn } from "./level-at-each-check-in";
import { toDiaryInput } from "./to-diary-input";

/**
 * One patient's diary (optionally for a period) with the trend rules' verdict at the end of it and the level
 * at each check-in. Every query is scoped to `patientId`.
 */
export const loadDiary = async (
  db: Database,
  patientId: string,
  period?: Period,
  now: Date = new Date(),
) => {
  const [sessions, checkIns, usualPain] = await Promise.all([
    findPtSessions(db, patientId, period),
    findDiaryCheckIns(db, patientId, period),
    findUsualPain(db, patientId),
  ]);
  const end = period !== undefined && period.to < now ? period.to : now;
  const trends = evaluateTrends(toDiaryInput(sessions, checkIns, usualPain, end));
  const levels = levelAtEachCheckIn(sessions, checkIns, usualPain);
  return { sessions, checkIns, usualPain, trends, levels };
};

export type LoadedDiary = Awaited<ReturnType<typeof loadDiary>>;
