import type { ReadingMoment, SessionActivity, TriageLevel } from "@backsure/core";
import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { checkIns } from "../schema";

import { users } from "./accounts";

/** A PT session in a patient's diary. */
export const ptSessions = pgTable(
  "pt_sessions",
  {
    /** 128 random bits, base64url. */
    id: text().primaryKey(),
    patientId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    activities: jsonb().$type<SessionActivity[]>().notNull(),
    notes: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.patientId, table.occurredAt)],
);

/**
 * A check-in in a patient's diary: pain scores at a moment, linked to the latest session before it. When it
 * came from a full check-in (the questionnaire), `checkInId` points at it and `level` is the level its triage
 * gave.
 */
export const diaryCheckIns = pgTable(
  "diary_check_ins",
  {
    id: text().primaryKey(),
    patientId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: text().references(() => ptSessions.id, { onDelete: "set null" }),
    checkInId: text()
      .unique()
      .references(() => checkIns.id, { onDelete: "cascade" }),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
    moment: text().$type<ReadingMoment>().notNull(),
    painNow: integer().notNull(),
    painDuringExercise: integer(),
    level: text().$type<TriageLevel>(),
    notes: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.patientId, table.recordedAt)],
);
