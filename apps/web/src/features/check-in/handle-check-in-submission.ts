import "server-only";

import { randomBytes } from "node:crypto";

import type { CheckIn, RedFlagAnswers } from "@backsure/core";
import { assess } from "@backsure/core";

import type { NewCheckIn } from "~/server/data/check-ins/create-check-in";
import { createCheckIn } from "~/server/data/check-ins/create-check-in";
import { findCheckInByIdempotencyKey } from "~/server/data/check-ins/find-check-in-by-idempotency-key";
import { claimCheckIn } from "~/server/data/diary/claim-check-in";
import type { Database } from "~/server/db/open-database";

import type { CheckInFormState } from "./form-values";
import { readFormValues, valueOf } from "./form-values";
import { CHECK_IN_FIELDS, parseCheckInForm, parseRedFlagAnswers } from "./parse-check-in-form";

export type SubmissionOutcome =
  { kind: "stored"; id: string; created: boolean } | { kind: "form"; state: CheckInFormState };

/** A new idempotency key for one interview: 128 random bits, base64url. */
export const newIdempotencyKey = (): string => randomBytes(16).toString("base64url");

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{22}$/;

/**
 * The red-flag step on its own, as a CheckIn: the red-flag answers, with every detail question neutral and
 * unanswered where the schema allows it. Only the assessment of this screen is stored, never these details.
 */
const redFlagScreen = (redFlags: RedFlagAnswers): CheckIn => ({
  redFlags,
  hoursSinceSession: null,
  painNow: 0,
  painDuringExercise: null,
  backToBaselineByMorning: null,
  character: [],
  location: "back-only",
  legReach: "none",
  spreadingDownLeg: false,
  numbness: "none",
  weakness: "none",
  trend: "same",
  worseAfterEverySession: false,
  fallOrInjury: false,
  profile: {},
});

export type SubmissionOptions = {
  emergencyNumber: string;
  /** The signed-in patient (from the session, never the form), or null for a one-off check. */
  patientId: string | null;
};

/**
 * Stores a check-in with its result and, when a patient is signed in, saves it into their diary in the same
 * transaction (the diary's own `claimCheckIn`), so a signed-in patient's check-in is never, even briefly, a
 * one-off check that its id alone opens. A check-in that stopped at the red-flag questions has no pain scores
 * and stays out of the diary.
 */
const store = async (
  db: Database,
  input: NewCheckIn,
  patientId: string | null,
): Promise<SubmissionOutcome> =>
  db.transaction(async (tx) => {
    const stored = await createCheckIn(tx, input);
    if (patientId !== null) await claimCheckIn(tx, patientId, stored.id);
    return { kind: "stored", ...stored };
  });

/**
 * One submission of the check-in form (either step), on the server: validate with the core's schema, run the
 * core's triage on exactly what will be stored (a level sent by the browser is never read), and store the
 * check-in with its result in one transaction, in the signed-in patient's diary if there is one. Returns the
 * stored id, or the form again with its errors and every value the patient gave.
 */
export const handleCheckInSubmission = async (
  db: Database,
  formData: FormData,
  options: SubmissionOptions,
): Promise<SubmissionOutcome> => {
  const values = readFormValues(formData, (name) => CHECK_IN_FIELDS.has(name));
  const step: CheckInFormState["step"] =
    valueOf(values, "step") === "details" ? "details" : "red-flags";
  const idempotencyKey = valueOf(values, "idempotencyKey");
  if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
    return {
      kind: "form",
      state: {
        step,
        idempotencyKey: newIdempotencyKey(),
        values,
        errors: {},
        formError:
          "This form was missing its check-in code, so nothing was saved. Your answers are still here: please send them again.",
      },
    };
  }

  const already = await findCheckInByIdempotencyKey(db, idempotencyKey);
  if (already !== null) return { kind: "stored", id: already, created: false };

  const form = (
    errors: Readonly<Record<string, string>>,
    nextStep: CheckInFormState["step"] = step,
  ): SubmissionOutcome => ({
    kind: "form",
    state: { step: nextStep, idempotencyKey, values, errors },
  });

  const redFlags = parseRedFlagAnswers(values);
  if (!redFlags.ok) return form(redFlags.errors, "red-flags");

  if (step === "red-flags") {
    const screen = assess(redFlagScreen(redFlags.value), options);
    if (screen.level !== "emergency") return form({}, "details");
    return store(
      db,
      {
        idempotencyKey,
        redFlags: redFlags.value,
        answers: null,
        assessment: screen,
        emergencyNumber: options.emergencyNumber,
      },
      options.patientId,
    );
  }

  const checkIn = parseCheckInForm(values);
  if (!checkIn.ok) return form(checkIn.errors);
  const assessment = assess(checkIn.value, options);
  return store(
    db,
    {
      idempotencyKey,
      redFlags: checkIn.value.redFlags,
      answers: checkIn.value,
      assessment,
      emergencyNumber: options.emergencyNumber,
    },
    options.patientId,
  );
};
