import type { Assessment, RedFlagAnswers } from "@backsure/core";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { assessments, checkIns } from "~/server/db/schema";
import type { TestDatabase } from "~/server/db/test/create-test-database";
import { createTestDatabase } from "~/server/db/test/create-test-database";

import { createCheckIn } from "./create-check-in";
import { findCheckInByIdempotencyKey } from "./find-check-in-by-idempotency-key";
import { findCheckInResult } from "./find-check-in-result";

const NO_RED_FLAGS: RedFlagAnswers = {
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

const EMERGENCY: Assessment = {
  level: "emergency",
  headline: "This needs help now.",
  firedRules: [
    {
      id: "saddle-anesthesia",
      level: "emergency",
      reason: "Numbness between the legs can mean pressure on the nerves.",
      sources: ["R12"],
      evidence: [{ kind: "answer", field: "redFlags.saddleNumbness", text: "Yes" }],
    },
  ],
  findings: [],
  doNow: ["Call 999 now."],
  escalateIf: [],
  sources: [
    { key: "R12", title: "NHS. Back pain", url: "https://www.nhs.uk/conditions/back-pain/" },
  ],
  disclaimer: "Backsure supports, and never replaces, your therapist and doctor.",
};

let database: TestDatabase;
let key = 0;
const nextKey = () => `key-${String(++key).padStart(18, "0")}`;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.destroy();
});

const countRows = async () => {
  const [checkInRows] = await database.db.select({ n: count() }).from(checkIns);
  const [assessmentRows] = await database.db.select({ n: count() }).from(assessments);
  return { checkIns: checkInRows?.n, assessments: assessmentRows?.n };
};

describe(`createCheckIn (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("stores a check-in with its assessment under an unguessable id", async () => {
    const idempotencyKey = nextKey();
    const stored = await createCheckIn(database.db, {
      idempotencyKey,
      redFlags: { ...NO_RED_FLAGS, saddleNumbness: true },
      answers: null,
      assessment: EMERGENCY,
      emergencyNumber: "999",
    });
    expect(stored.created).toBe(true);
    expect(stored.id).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const result = await findCheckInResult(database.db, stored.id, null);
    expect(result).toMatchObject({
      id: stored.id,
      stage: "red-flags",
      notes: null,
      assessment: EMERGENCY,
      emergencyNumber: "999",
    });
    expect(await findCheckInByIdempotencyKey(database.db, idempotencyKey)).toBe(stored.id);
  });

  it("returns the first check-in for a replayed key and stores nothing more", async () => {
    const idempotencyKey = nextKey();
    const input = {
      idempotencyKey,
      redFlags: NO_RED_FLAGS,
      answers: null,
      assessment: EMERGENCY,
      emergencyNumber: "112",
    };
    const first = await createCheckIn(database.db, input);
    const before = await countRows();
    const [second, third] = await Promise.all([
      createCheckIn(database.db, input),
      createCheckIn(database.db, { ...input, emergencyNumber: "911" }),
    ]);
    expect(second).toEqual({ id: first.id, created: false });
    expect(third).toEqual({ id: first.id, created: false });
    expect(await countRows()).toEqual(before);
    const [row] = await database.db
      .select({ emergencyNumber: assessments.emergencyNumber })
      .from(assessments)
      .where(eq(assessments.checkInId, first.id));
    expect(row?.emergencyNumber).toBe("112");
  });

  it("stores nothing at all when the assessment cannot be stored", async () => {
    const before = await countRows();
    const idempotencyKey = nextKey();
    await expect(
      createCheckIn(database.db, {
        idempotencyKey,
        redFlags: NO_RED_FLAGS,
        answers: null,
        assessment: EMERGENCY,
        // Violates NOT NULL on the second insert, after the check-in row went in.
        emergencyNumber: null as unknown as string,
      }),
    ).rejects.toThrow();
    expect(await countRows()).toEqual(before);
    expect(await findCheckInByIdempotencyKey(database.db, idempotencyKey)).toBeNull();
  });

  it("finds no result for an unknown or malformed id", async () => {
    expect(await findCheckInResult(database.db, "A".repeat(22), null)).toBeNull();
    expect(await findCheckInResult(database.db, "'; drop table check_ins; --", null)).toBeNull();
  });
});
