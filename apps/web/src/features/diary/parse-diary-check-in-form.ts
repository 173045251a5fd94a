import { ReadingMomentSchema } from "@backsure/core";

import type { DiaryCheckInInput } from "~/server/data/diary/diary-check-in-input";
import { MAX_DIARY_NOTES } from "~/server/data/sessions/pt-session-input";

import type { FormParse } from "./parse-session-form";
import { fromWallTimeInput } from "./time-zone";

const SCORE = /^(10|[0-9])$/;

/** Reads the diary check-in form: when, which moment, pain now and during exercise, notes. */
export const parseDiaryCheckInForm = (
  form: FormData,
  timeZone: string,
): FormParse<DiaryCheckInInput> => {
  const errors: Record<string, string> = {};
  const when = form.get("recordedAt");
  const recordedAt = typeof when === "string" ? fromWallTimeInput(when, timeZone) : null;
  if (recordedAt === null) errors.recordedAt = "Choose the date and time.";
  const moment = ReadingMomentSchema.safeParse(form.get("moment"));
  if (!moment.success) errors.moment = "Choose when this is.";
  const now = form.get("painNow");
  if (typeof now !== "string" || !SCORE.test(now))
    errors.painNow = "Choose how bad your pain is now, from 0 to 10.";
  const during = form.get("painDuringExercise");
  const duringText = typeof during === "string" ? during : "";
  if (duringText !== "" && !SCORE.test(duringText))
    errors.painDuringExercise = "Choose a number from 0 to 10, or leave it empty.";
  const notes = form.get("notes");
  const text = typeof notes === "string" ? notes.trim() : "";
  if (text.length > MAX_DIARY_NOTES)
    errors.notes = `Keep notes under ${String(MAX_DIARY_NOTES)} characters.`;
  if (recordedAt === null || !moment.success || Object.keys(errors).length > 0)
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      recordedAt,
      moment: moment.data,
      painNow: Number(now),
      painDuringExercise: duringText === "" ? null : Number(duringText),
      notes: text,
    },
  };
};
