import type { GuidanceContext } from "@backsure/core";
import { z } from "zod";

import { MAX_ARTICLE_CHARS } from "./article-from-text";
import type { ReaderFailure, ReaderFormValues } from "./reader-state";

/** Longest value kept from any field, so a hostile post can't make the state huge. */
const MAX_KEPT_LENGTH = MAX_ARTICLE_CHARS + 1;

const textOf = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, MAX_KEPT_LENGTH) : "";
};

/** The reader form's fields as typed. Anything else in the post is never read. */
export const readReaderForm = (formData: FormData): ReaderFormValues => ({
  input: textOf(formData, "input"),
  hoursSinceSession: textOf(formData, "hoursSinceSession").trim(),
  recentSpinalSurgery: formData.get("recentSpinalSurgery") === "on",
  cancerHistory: formData.get("cancerHistory") === "on",
  age: textOf(formData, "age").trim(),
});

/** Longest time since a session that still means anything for post-session soreness: a year. */
export const MAX_HOURS_SINCE_SESSION = 24 * 365;

export const ReaderContextSchema = z.object({
  hoursSinceSession: z.number().min(0).max(MAX_HOURS_SINCE_SESSION).optional(),
  recentSpinalSurgery: z.boolean(),
  cancerHistory: z.boolean(),
  age: z.number().int().min(1).max(120).optional(),
});

const numberOrUndefined = (text: string): number | undefined =>
  text === "" ? undefined : Number(text.replace(",", "."));

export type ParsedReaderForm =
  { ok: true; input: string; context: GuidanceContext } | { ok: false; failure: ReaderFailure };

/** Checks the optional details and turns them into a GuidanceContext holding only what was given. */
export const parseReaderForm = (values: ReaderFormValues): ParsedReaderForm => {
  const parsed = ReaderContextSchema.safeParse({
    hoursSinceSession: numberOrUndefined(values.hoursSinceSession),
    recentSpinalSurgery: values.recentSpinalSurgery,
    cancerHistory: values.cancerHistory,
    age: numberOrUndefined(values.age),
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] === "age" ? "age" : "hoursSinceSession";
    const message =
      field === "age"
        ? "Enter your age in whole years (from 1 to 120), or leave it empty."
        : `Enter the hours since your last session as a number from 0 to ${MAX_HOURS_SINCE_SESSION}, or leave it empty.`;
    return { ok: false, failure: { field, message } };
  }
  const { hoursSinceSession, recentSpinalSurgery, cancerHistory, age } = parsed.data;
  const context: GuidanceContext = {};
  if (hoursSinceSession !== undefined) context.hoursSinceSession = hoursSinceSession;
  if (recentSpinalSurgery) context.recentSpinalSurgery = true;
  if (cancerHistory) context.cancerHistory = true;
  if (age !== undefined) context.age = age;
  return { ok: true, input: values.input, context };
};
