import { SESSION_ACTIVITIES, SessionActivitySchema } from "@backsure/core";

import type { PtSessionInput } from "~/server/data/sessions/pt-session-input";
import { MAX_DIARY_NOTES } from "~/server/data/sessions/pt-session-input";

import { fromWallTimeInput } from "./time-zone";

export type FormParse<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** Reads the session form: when, what was done, notes. */
export const parseSessionForm = (form: FormData, timeZone: string): FormParse<PtSessionInput> => {
  const errors: Record<string, string> = {};
  const when = form.get("occurredAt");
  const occurredAt = typeof when === "string" ? fromWallTimeInput(when, timeZone) : null;
  if (occurredAt === null) errors.occurredAt = "Choose the date and time of the session.";
  const activities = form
    .getAll("activities")
    .filter((value): value is string => typeof value === "string");
  const known = activities.filter((value) => SessionActivitySchema.safeParse(value).success);
  if (known.length !== activities.length || new Set(known).size > SESSION_ACTIVITIES.length)
    errors.activities = "Choose only from the list.";
  const notes = form.get("notes");
  const text = typeof notes === "string" ? notes.trim() : "";
  if (text.length > MAX_DIARY_NOTES)
    errors.notes = `Keep notes under ${String(MAX_DIARY_NOTES)} characters.`;
  if (occurredAt === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      occurredAt,
      activities: [...new Set(known)] as PtSessionInput["activities"],
      notes: text,
    },
  };
};
