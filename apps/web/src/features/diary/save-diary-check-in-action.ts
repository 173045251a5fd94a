"use server";

import { redirect } from "next/navigation";

import { requirePatient } from "~/server/auth/require-patient";
import { createDiaryCheckIn } from "~/server/data/diary/create-diary-check-in";
import { updateDiaryCheckIn } from "~/server/data/diary/update-diary-check-in";
import { getDatabase } from "~/server/db/get-database";

import type { DiaryFormState } from "./diary-form-state";
import { parseDiaryCheckInForm } from "./parse-diary-check-in-form";
import { readTimeZone } from "./read-time-zone";

/** Adds a diary check-in, or changes one of the patient's own (the `id` field); never anyone else's. */
export const saveDiaryCheckInAction = async (
  _previous: DiaryFormState,
  form: FormData,
): Promise<DiaryFormState> => {
  const patient = await requirePatient("/diary");
  const parsed = parseDiaryCheckInForm(form, await readTimeZone());
  if (!parsed.ok) return { errors: parsed.errors };
  const db = await getDatabase();
  const id = form.get("id");
  if (typeof id === "string" && id !== "") {
    const updated = await updateDiaryCheckIn(db, patient.id, id, parsed.value);
    if (!updated) return { errors: { form: "That check-in is not in your diary." } };
  } else {
    await createDiaryCheckIn(db, patient.id, parsed.value);
  }
  redirect("/diary");
};
