import type { CheckIn, RedFlagAnswers } from "@backsure/core";
import { CheckInSchema, MAX_NOTES_LENGTH, RedFlagAnswersSchema } from "@backsure/core";
import type { z } from "zod";

import { OTHER_FACTS, PROFILE_FACTS, RED_FLAG_QUESTIONS } from "./check-in-questions";
import type { FormValues } from "./form-values";
import { valueOf, valuesOf } from "./form-values";

export type ParseResult<T> =
  { ok: true; value: T } | { ok: false; errors: Readonly<Record<string, string>> };

/** Every field the check-in form sends. Anything else (a forged `level`, say) is never read. */
export const CHECK_IN_FIELDS: ReadonlySet<string> = new Set([
  "step",
  "idempotencyKey",
  ...RED_FLAG_QUESTIONS.map((question) => `redFlags.${question.field}`),
  "hoursSinceSession",
  "painNow",
  "painDuringExercise",
  "backToBaselineByMorning",
  "character",
  "location",
  "legReach",
  "numbness",
  "weakness",
  "trend",
  ...OTHER_FACTS.map((fact) => fact.field),
  "profile.age",
  ...PROFILE_FACTS.map((fact) => `profile.${fact.field}`),
  "notes",
]);

/** What to say next to a field when its answer is missing or not one the form offers. */
const FIELD_MESSAGES: Readonly<Record<string, string>> = {
  hoursSinceSession: "Choose when your last session was.",
  painNow: "Choose how bad your pain is now, from 0 to 10.",
  painDuringExercise: "Choose a number from 0 to 10, or say you didn't exercise.",
  backToBaselineByMorning: "Choose one answer.",
  character: "Choose only from the words listed.",
  location: "Choose where you feel it.",
  legReach: "Choose how far down your leg it goes.",
  numbness: "Choose one answer about numbness or tingling.",
  weakness: "Choose one answer about weakness.",
  trend: "Choose how it has changed since yesterday.",
  "profile.age": "Enter your age in whole years (0 to 120), or leave it empty.",
};

const YES_NO_MESSAGE = "Please answer yes or no.";

const fieldOf = (path: readonly PropertyKey[]): string =>
  path.filter((segment) => typeof segment === "string").join(".");

const messageFor = (field: string, issue: z.core.$ZodIssue, values: FormValues): string => {
  if (field === "notes") {
    return `Please shorten this to ${MAX_NOTES_LENGTH.toLocaleString("en")} characters or fewer (it has ${valueOf(values, "notes").length.toLocaleString("en")}). Nothing else you wrote has been lost.`;
  }
  if (field.startsWith("redFlags.")) return YES_NO_MESSAGE;
  return FIELD_MESSAGES[field] ?? issue.message;
};

const errorsFrom = (error: z.ZodError, values: FormValues, prefix: readonly string[] = []) => {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = fieldOf([...prefix, ...issue.path]);
    errors[field] ??= messageFor(field, issue, values);
  }
  return errors;
};

/** "yes" → true, "no" → false; anything else is left for the schema to reject. */
const yesNo = (text: string): unknown => (text === "yes" ? true : text === "no" ? false : text);

/** A whole number as typed, or the text itself (so the schema rejects it). */
const integerOrText = (text: string): unknown => (/^\d{1,3}$/.test(text) ? Number(text) : text);

/** `unknownWord` → null, a number → that number, "" → undefined (missing), anything else as sent. */
const nullableNumber = (text: string, unknownWord: string): unknown => {
  if (text === "") return undefined;
  if (text === unknownWord) return null;
  return integerOrText(text);
};

export const parseRedFlagAnswers = (values: FormValues): ParseResult<RedFlagAnswers> => {
  const raw = Object.fromEntries(
    RED_FLAG_QUESTIONS.map(({ field }) => [field, yesNo(valueOf(values, `redFlags.${field}`))]),
  );
  const parsed = RedFlagAnswersSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: errorsFrom(parsed.error, values, ["redFlags"]) };
};

/** The whole check-in, validated by the core's CheckInSchema; errors are keyed by form field name. */
export const parseCheckInForm = (values: FormValues): ParseResult<CheckIn> => {
  const ticked = (name: string) => valueOf(values, name) === "yes";
  const age = valueOf(values, "profile.age").trim();
  const baseline = valueOf(values, "backToBaselineByMorning");
  const notes = valueOf(values, "notes");
  const raw = {
    redFlags: Object.fromEntries(
      RED_FLAG_QUESTIONS.map(({ field }) => [field, yesNo(valueOf(values, `redFlags.${field}`))]),
    ),
    hoursSinceSession: nullableNumber(valueOf(values, "hoursSinceSession"), "unknown"),
    painNow:
      valueOf(values, "painNow") === "" ? undefined : integerOrText(valueOf(values, "painNow")),
    painDuringExercise: nullableNumber(valueOf(values, "painDuringExercise"), "none"),
    backToBaselineByMorning: baseline === "unknown" ? null : yesNo(baseline),
    character: valuesOf(values, "character"),
    location: valueOf(values, "location") || undefined,
    legReach: valueOf(values, "legReach") || undefined,
    spreadingDownLeg: ticked("spreadingDownLeg"),
    numbness: valueOf(values, "numbness") || undefined,
    weakness: valueOf(values, "weakness") || undefined,
    trend: valueOf(values, "trend") || undefined,
    worseAfterEverySession: ticked("worseAfterEverySession"),
    fallOrInjury: ticked("fallOrInjury"),
    profile: {
      ...(age === "" ? {} : { age: integerOrText(age) }),
      ...Object.fromEntries(PROFILE_FACTS.map(({ field }) => [field, ticked(`profile.${field}`)])),
    },
    ...(notes.trim() === "" ? {} : { notes }),
  };
  const parsed = CheckInSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: errorsFrom(parsed.error, values) };
};
