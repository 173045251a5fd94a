// Patient B tries patient A's ids in every route that takes one, through the data function behind it:
//   /diary, /summary, /summary/pdf       findPtSessions, findDiaryCheckIns, findFlaggedRules (B's own lists)
//   /diary/sessions/[id]/edit, /delete   findPtSession, updatePtSession, deletePtSession (ids in URL and form)
//   /diary/check-ins/[id]/edit, /delete  findDiaryCheckIn, updateDiaryCheckIn, deleteDiaryCheckIn
//   /sign-up?save=[id]                   claimCheckIn (a check-in already in a diary never moves)
//   /result/[id]                         findCheckInResult (a result in A's diary: A signed in, nobody else)
//   /account/export                      exportPatientData
//   /summary share links, /share/[token] findShareLinks, revokeShareLink, openShareLink
//   /account (delete)                    deleteAccount
import { randomBytes } from "node:crypto";

import type { Assessment } from "@backsure/core";
import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createCheckIn } from "~/server/data/check-ins/create-check-in";
import { findCheckInResult } from "~/server/data/check-ins/find-check-in-result";
import {
  assessments,
  checkIns,
  diaryCheckIns,
  ptSessions,
  shareLinks,
  users,
} from "~/server/db/schema";
import type { TestDatabase } from "~/server/db/test/create-test-database";
import { createTestDatabase } from "~/server/db/test/create-test-database";

import { deleteAccount } from "./accounts/delete-account";
import { exportPatientData } from "./accounts/export-patient-data";
import { claimCheckIn } from "./diary/claim-check-in";
import { createDiaryCheckIn } from "./diary/create-diary-check-in";
import { deleteDiaryCheckIn } from "./diary/delete-diary-check-in";
import { findDiaryCheckIn } from "./diary/find-diary-check-in";
import { findDiaryCheckIns } from "./diary/find-diary-check-ins";
import { findFlaggedRules } from "./diary/find-flagged-rules";
import { updateDiaryCheckIn } from "./diary/update-diary-check-in";
import { createShareLink } from "./share-links/create-share-link";
import { findShareLinks } from "./share-links/find-share-links";
import { openShareLink } from "./share-links/open-share-link";
import { revokeShareLink } from "./share-links/revoke-share-link";
import { createPtSession } from "./sessions/create-pt-session";
import { deletePtSession } from "./sessions/delete-pt-session";
import { findPtSession } from "./sessions/find-pt-session";
import { findPtSessions } from "./sessions/find-pt-sessions";
import { updatePtSession } from "./sessions/update-pt-session";

const NO_RED_FLAGS = {
  bladderOrBowelChange: false,
  saddleNumbness: false,
  sexualChange: false,
  bothLegs: false,
  worseningWeakness: false,
  fever: false,
  chestPainOrBreathless: false,
  tearingPainOrPulsingTummy: false,
  calfSwellingAfterSurgery: false,
};

const ASSESSMENT: Assessment = {
  level: "contact-therapist",
  headline: "Tell your therapist.",
  firedRules: [
    {
      id: "sharp-pain",
      level: "contact-therapist",
      reason: "Sharp pain is worth telling your therapist about.",
      sources: ["R69"],
      evidence: [],
    },
  ],
  findings: [],
  doNow: [],
  escalateIf: [],
  sources: [],
  disclaimer: "Backsure supports, and never replaces, your therapist and doctor.",
};

let database: TestDatabase;
const patientA = "patient-a";
const patientB = "patient-b";
let sessionA: string;
let checkInA: string;
let fullCheckInA: string;

// Up to a day from now: a one-off check claimed into a diary is recorded when it was made, today.
const PERIOD = { from: new Date("2026-11-01T00:00:00Z"), to: new Date(Date.now() + 86_400_000) };

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insert(users).values([
    { id: patientA, name: "", email: "a@example.com" },
    { id: patientB, name: "", email: "b@example.com" },
  ]);
  sessionA = await createPtSession(database.db, patientA, {
    occurredAt: new Date("2026-11-10T09:00:00Z"),
    activities: ["progression"],
    notes: "A's session",
  });
  checkInA = await createDiaryCheckIn(database.db, patientA, {
    recordedAt: new Date("2026-11-11T08:00:00Z"),
    moment: "next-morning",
    painNow: 4,
    painDuringExercise: null,
    notes: "A's note",
  });
  const full = await createCheckIn(database.db, {
    idempotencyKey: randomBytes(16).toString("hex"),
    redFlags: NO_RED_FLAGS,
    answers: {
      redFlags: NO_RED_FLAGS,
      hoursSinceSession: 30,
      painNow: 6,
      painDuringExercise: 7,
      backToBaselineByMorning: false,
      character: ["sharp"],
      location: "back-only",
      legReach: "none",
      spreadingDownLeg: false,
      numbness: "none",
      weakness: "none",
      trend: "worse",
      worseAfterEverySession: false,
      fallOrInjury: false,
      profile: {},
    },
    assessment: { ...ASSESSMENT, findings: [] },
    emergencyNumber: "999",
  });
  fullCheckInA = full.id;
});

afterAll(async () => {
  await database.destroy();
});

describe(`the data layer is scoped to one patient (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("links check-ins to the latest session before them, and relinks when sessions change", async () => {
    expect((await findDiaryCheckIn(database.db, patientA, checkInA))?.sessionId).toBe(sessionA);
    await updatePtSession(database.db, patientA, sessionA, {
      occurredAt: new Date("2026-11-12T09:00:00Z"),
      activities: ["progression"],
      notes: "A's session",
    });
    expect((await findDiaryCheckIn(database.db, patientA, checkInA))?.sessionId).toBeNull();
    await updatePtSession(database.db, patientA, sessionA, {
      occurredAt: new Date("2026-11-10T09:00:00Z"),
      activities: ["progression"],
      notes: "A's session",
    });
    expect((await findDiaryCheckIn(database.db, patientA, checkInA))?.sessionId).toBe(sessionA);
  });

  it("saves a one-off check into one diary only, with its level", async () => {
    expect(await claimCheckIn(database.db, patientA, fullCheckInA)).toBe("saved");
    expect(await claimCheckIn(database.db, patientB, fullCheckInA)).toBe("already-saved");
    expect(await claimCheckIn(database.db, patientB, "not-an-id")).toBe("not-found");
    const rows = await findDiaryCheckIns(database.db, patientA);
    expect(rows.map((row) => row.level)).toContain("contact-therapist");
    expect(await findDiaryCheckIns(database.db, patientB)).toEqual([]);
  });

  it("shows a result saved in A's diary to A alone (/result/[id])", async () => {
    // fullCheckInA is in A's diary since the test above.
    expect(await findCheckInResult(database.db, fullCheckInA, patientA)).toMatchObject({
      id: fullCheckInA,
      inViewersDiary: true,
    });
    expect(await findCheckInResult(database.db, fullCheckInA, patientB)).toBeNull();
    expect(await findCheckInResult(database.db, fullCheckInA, null)).toBeNull();
    // A one-off check stays open to whoever has its id, signed in or not.
    const oneOff = await createCheckIn(database.db, {
      idempotencyKey: randomBytes(16).toString("hex"),
      redFlags: NO_RED_FLAGS,
      answers: null,
      assessment: ASSESSMENT,
      emergencyNumber: "999",
    });
    for (const viewer of [null, patientA, patientB])
      expect(await findCheckInResult(database.db, oneOff.id, viewer)).toMatchObject({
        id: oneOff.id,
        inViewersDiary: false,
      });
  });

  it("gives patient B nothing of A's: reads", async () => {
    expect(await findPtSession(database.db, patientB, sessionA)).toBeNull();
    expect(await findDiaryCheckIn(database.db, patientB, checkInA)).toBeNull();
    expect(await findPtSessions(database.db, patientB)).toEqual([]);
    expect(await findDiaryCheckIns(database.db, patientB, PERIOD)).toEqual([]);
    expect(await findFlaggedRules(database.db, patientB, PERIOD)).toEqual([]);
    expect((await findFlaggedRules(database.db, patientA, PERIOD))[0]?.rules[0]?.id).toBe(
      "sharp-pain",
    );
    const exportB = await exportPatientData(database.db, patientB);
    expect(exportB.sessions).toEqual([]);
    expect(exportB.checkIns).toEqual([]);
    expect(JSON.stringify(exportB)).not.toContain("A's");
  });

  it("lets patient B change or delete nothing of A's", async () => {
    const change = {
      occurredAt: new Date("2026-11-01T09:00:00Z"),
      activities: [],
      notes: "B was here",
    };
    expect(await updatePtSession(database.db, patientB, sessionA, change)).toBe(false);
    expect(await deletePtSession(database.db, patientB, sessionA)).toBe(false);
    expect(
      await updateDiaryCheckIn(database.db, patientB, checkInA, {
        recordedAt: new Date(),
        moment: "other",
        painNow: 0,
        painDuringExercise: null,
        notes: "B was here",
      }),
    ).toBe(false);
    expect(await deleteDiaryCheckIn(database.db, patientB, checkInA)).toBe(false);
    expect((await findPtSession(database.db, patientA, sessionA))?.notes).toBe("A's session");
    expect((await findDiaryCheckIn(database.db, patientA, checkInA))?.notes).toBe("A's note");
  });

  it("keeps share-link management to the owner; a revoked or expired link opens nothing", async () => {
    const link = await createShareLink(database.db, patientA, {
      periodFrom: PERIOD.from,
      periodTo: PERIOD.to,
      days: 7,
    });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await findShareLinks(database.db, patientB)).toEqual([]);
    expect(await revokeShareLink(database.db, patientB, link.id)).toBe(false);
    expect(await openShareLink(database.db, link.token)).toMatchObject({
      status: "active",
      patientId: patientA,
    });
    expect(
      await openShareLink(database.db, link.token, new Date(Date.now() + 8 * 86_400_000)),
    ).toEqual({ status: "expired" });
    expect(await revokeShareLink(database.db, patientA, link.id)).toBe(true);
    expect(await openShareLink(database.db, link.token)).toEqual({ status: "revoked" });
    expect(await openShareLink(database.db, "x".repeat(43))).toEqual({ status: "not-found" });
    const [stored] = await database.db.select({ hash: shareLinks.tokenHash }).from(shareLinks);
    expect(stored?.hash).not.toBe(link.token);
    await expect(
      createShareLink(database.db, patientA, {
        periodFrom: PERIOD.from,
        periodTo: PERIOD.to,
        days: 31,
      }),
    ).rejects.toThrow();
  });

  it("deletes every row of A, and nothing of B", async () => {
    await createPtSession(database.db, patientB, {
      occurredAt: new Date("2026-11-10T09:00:00Z"),
      activities: [],
      notes: "",
    });
    await deleteAccount(database.db, patientA);
    const countOf = async (
      table: typeof ptSessions | typeof diaryCheckIns | typeof shareLinks,
      id: string,
    ) => {
      const [row] = await database.db
        .select({ n: count() })
        .from(table)
        .where(eq(table.patientId, id));
      return row?.n;
    };
    expect(await countOf(ptSessions, patientA)).toBe(0);
    expect(await countOf(diaryCheckIns, patientA)).toBe(0);
    expect(await countOf(shareLinks, patientA)).toBe(0);
    expect(await database.db.select().from(users).where(eq(users.id, patientA))).toEqual([]);
    expect(
      await database.db
        .select()
        .from(checkIns)
        .where(inArray(checkIns.id, [fullCheckInA])),
    ).toEqual([]);
    expect(
      await database.db.select().from(assessments).where(eq(assessments.checkInId, fullCheckInA)),
    ).toEqual([]);
    expect(await countOf(ptSessions, patientB)).toBe(1);
  });
});
