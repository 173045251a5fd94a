import { assess } from "@backsure/core";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findCheckInResult } from "~/server/data/check-ins/find-check-in-result";
import { findDiaryCheckIns } from "~/server/data/diary/find-diary-check-ins";
import { assessments, checkIns, diaryCheckIns, users } from "~/server/db/schema";
import type { TestDatabase } from "~/server/db/test/create-test-database";
import { createTestDatabase } from "~/server/db/test/create-test-database";

import { handleCheckInSubmission, newIdempotencyKey } from "./handle-check-in-submission";
import { ALL_NO_RED_FLAGS, routineValues, toFormData } from "./test/check-in-form-data";

let database: TestDatabase;

const PATIENT = "patient-signed-in";
const OTHER_PATIENT = "patient-other";

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insert(users).values([
    { id: PATIENT, name: "", email: "signed-in@example.com" },
    { id: OTHER_PATIENT, name: "", email: "other@example.com" },
  ]);
});

afterAll(async () => {
  await database.destroy();
});

const OPTIONS = { emergencyNumber: "999" };

type Fields = Readonly<Record<string, string | readonly string[] | undefined>>;

/** A submission with nobody signed in (a one-off check). */
const submit = (fields: Fields) =>
  handleCheckInSubmission(database.db, toFormData(fields), { ...OPTIONS, patientId: null });

/** A submission by a signed-in patient. */
const submitAs = (patientId: string, fields: Fields) =>
  handleCheckInSubmission(database.db, toFormData(fields), { ...OPTIONS, patientId });

const countRows = async () => {
  const [a] = await database.db.select({ n: count() }).from(checkIns);
  const [b] = await database.db.select({ n: count() }).from(assessments);
  return { checkIns: a?.n ?? -1, assessments: b?.n ?? -1 };
};

/** Runs `action` and checks that it stored nothing. */
const expectNothingStored = async <T>(action: () => Promise<T>): Promise<T> => {
  const before = await countRows();
  const outcome = await action();
  expect(await countRows()).toEqual(before);
  return outcome;
};

const storedId = (outcome: Awaited<ReturnType<typeof submit>>): string => {
  if (outcome.kind !== "stored")
    throw new Error(`expected a stored check-in, got ${JSON.stringify(outcome)}`);
  return outcome.id;
};

describe(`handleCheckInSubmission (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("moves on to the details when no red-flag answer is an emergency, storing nothing", async () => {
    const idempotencyKey = newIdempotencyKey();
    const outcome = await expectNothingStored(() =>
      submit({ step: "red-flags", idempotencyKey, ...ALL_NO_RED_FLAGS }),
    );
    expect(outcome).toEqual({
      kind: "form",
      state: {
        step: "details",
        idempotencyKey,
        values: { step: "red-flags", idempotencyKey, ...ALL_NO_RED_FLAGS },
        errors: {},
      },
    });
  });

  it("ends the interview at an emergency red-flag answer and stores the emergency result", async () => {
    const outcome = await submit({
      step: "red-flags",
      idempotencyKey: newIdempotencyKey(),
      ...ALL_NO_RED_FLAGS,
      "redFlags.saddleNumbness": "yes",
    });
    const result = await findCheckInResult(database.db, storedId(outcome), null);
    expect(result?.stage).toBe("red-flags");
    expect(result?.assessment.level).toBe("emergency");
    expect(result?.emergencyNumber).toBe("999");
  });

  it("stores a routine check-in with the core's triage of exactly what it stored", async () => {
    const values = routineValues({ idempotencyKey: newIdempotencyKey(), notes: "a bit stiff" });
    const id = storedId(await submit(values));
    const result = await findCheckInResult(database.db, id, null);
    expect(result?.stage).toBe("complete");
    expect(result?.notes).toBe("a bit stiff");
    expect(result?.assessment.level).toBe("expected");
  });

  it("finds a reason to contact the therapist in free text", async () => {
    const values = routineValues({
      idempotencyKey: newIdempotencyKey(),
      notes: "Since yesterday I get a sharp shooting pain down my left leg when I bend.",
    });
    const result = await findCheckInResult(database.db, storedId(await submit(values)), null);
    expect(result?.assessment.level).toBe("contact-therapist");
    // The stored result is the core's triage of the stored answers, nothing else.
    const [row] = await database.db
      .select({ answers: checkIns.answers })
      .from(checkIns)
      .where(eq(checkIns.id, result?.id ?? ""));
    if (!row?.answers) throw new Error("answers not stored");
    expect(row.answers.notes).toBe(values.notes);
    expect(result?.assessment).toEqual(assess(row.answers, OPTIONS));
  });

  it("never reads a level sent by the browser", async () => {
    const outcome = await submit({
      ...routineValues({ idempotencyKey: newIdempotencyKey() }),
      "redFlags.bothLegs": "yes",
      location: "both-legs",
      level: "expected",
      assessment: JSON.stringify({ level: "expected" }),
    });
    const result = await findCheckInResult(database.db, storedId(outcome), null);
    expect(result?.assessment.level).toBe("emergency");
  });

  it("returns the same result for a replayed submission and stores it once", async () => {
    const values = routineValues({ idempotencyKey: newIdempotencyKey() });
    const first = await submit(values);
    const before = await countRows();
    const [second, third] = await Promise.all([submit(values), submit(values)]);
    expect(second).toEqual({ kind: "stored", id: storedId(first), created: false });
    expect(third).toEqual({ kind: "stored", id: storedId(first), created: false });
    expect(await countRows()).toEqual(before);
  });

  it("returns missing and wrong-typed answers with messages, keeping everything typed", async () => {
    const values = routineValues({
      idempotencyKey: newIdempotencyKey(),
      painNow: "abc",
      notes: "my words stay",
    });
    delete values.trend;
    const outcome = await expectNothingStored(() => submit(values));
    expect(outcome).toMatchObject({
      kind: "form",
      state: {
        step: "details",
        errors: {
          painNow: "Choose how bad your pain is now, from 0 to 10.",
          trend: "Choose how it has changed since yesterday.",
        },
        values: { painNow: "abc", notes: "my words stay", hoursSinceSession: "24" },
      },
    });
  });

  it("refuses notes over 10,000 characters next to the notes, keeping them", async () => {
    const notes = "sore ".repeat(2_001);
    const outcome = await expectNothingStored(() =>
      submit(routineValues({ idempotencyKey: newIdempotencyKey(), notes })),
    );
    if (outcome.kind !== "form") throw new Error("expected the form back");
    expect(Object.keys(outcome.state.errors)).toEqual(["notes"]);
    expect(outcome.state.values.notes).toBe(notes);
  });

  it("asks for unanswered red-flag questions again, whichever step claims to be sent", async () => {
    const { "redFlags.fever": _fever, ...rest } = ALL_NO_RED_FLAGS;
    const outcome = await expectNothingStored(() =>
      submit({
        ...routineValues({ idempotencyKey: newIdempotencyKey() }),
        ...rest,
        "redFlags.fever": undefined,
      }),
    );
    expect(outcome).toMatchObject({
      kind: "form",
      state: { step: "red-flags", errors: { "redFlags.fever": "Please answer yes or no." } },
    });
  });

  it("stores nothing without a valid idempotency key and says so", async () => {
    const outcome = await expectNothingStored(() =>
      submit(routineValues({ idempotencyKey: "not a key" })),
    );
    expect(outcome).toMatchObject({
      kind: "form",
      state: { formError: expect.stringContaining("nothing was saved") as unknown },
    });
  });
  it("saves a signed-in patient's check-in into their diary, with its level, in the same step", async () => {
    const id = storedId(
      await submitAs(PATIENT, routineValues({ idempotencyKey: newIdempotencyKey(), painNow: "5" })),
    );
    const diary = await findDiaryCheckIns(database.db, PATIENT);
    const entry = diary.find((row) => row.checkInId === id);
    expect(entry).toMatchObject({ painNow: 5, painDuringExercise: 4, level: "expected" });
    expect(await findDiaryCheckIns(database.db, OTHER_PATIENT)).toEqual([]);
    // Its result is the patient's alone now.
    expect((await findCheckInResult(database.db, id, PATIENT))?.inViewersDiary).toBe(true);
    expect(await findCheckInResult(database.db, id, null)).toBeNull();
    expect(await findCheckInResult(database.db, id, OTHER_PATIENT)).toBeNull();
  });

  it("saves a replayed signed-in submission once", async () => {
    const values = routineValues({ idempotencyKey: newIdempotencyKey() });
    const [first, second] = await Promise.all([
      submitAs(PATIENT, values),
      submitAs(PATIENT, values),
    ]);
    expect(storedId(second)).toBe(storedId(first));
    const rows = await database.db
      .select({ patientId: diaryCheckIns.patientId })
      .from(diaryCheckIns)
      .where(eq(diaryCheckIns.checkInId, storedId(first)));
    expect(rows).toEqual([{ patientId: PATIENT }]);
  });

  it("keeps a one-off check out of every diary, open to whoever has its id", async () => {
    const id = storedId(await submit(routineValues({ idempotencyKey: newIdempotencyKey() })));
    const [row] = await database.db
      .select({ n: count() })
      .from(diaryCheckIns)
      .where(eq(diaryCheckIns.checkInId, id));
    expect(row?.n).toBe(0);
    for (const viewer of [null, PATIENT, OTHER_PATIENT])
      expect((await findCheckInResult(database.db, id, viewer))?.inViewersDiary).toBe(false);
  });

  it("stores a signed-in emergency stop without pain scores outside the diary", async () => {
    const before = (await findDiaryCheckIns(database.db, PATIENT)).length;
    const outcome = await submitAs(PATIENT, {
      step: "red-flags",
      idempotencyKey: newIdempotencyKey(),
      ...ALL_NO_RED_FLAGS,
      "redFlags.saddleNumbness": "yes",
    });
    const result = await findCheckInResult(database.db, storedId(outcome), null);
    expect(result?.assessment.level).toBe("emergency");
    expect(await findDiaryCheckIns(database.db, PATIENT)).toHaveLength(before);
  });
});
