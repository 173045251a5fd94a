"use server";

import { redirect } from "next/navigation";

import { requirePatient } from "~/server/auth/require-patient";
import { createPtSession } from "~/server/data/sessions/create-pt-session";
import { updatePtSession } from "~/server/data/sessions/update-pt-session";
import { getDatabase } from "~/server/db/get-database";

import type { DiaryFormState } from "./diary-form-state";
import { parseSessionForm } from "./parse-session-form";
import { readTimeZone } from "./read-time-zone";

/** Adds a session, or changes one of the patient's own (the `id` field); never anyone else's. */
export const saveSessionAction = async (
  _previous: DiaryFormState,
  form: FormData,
): Promise<DiaryFormState> => {
  const patient = await requirePatient("/diary");
  const parsed = parseSessionForm(form, await readTimeZone());
  if (!parsed.ok) return { errors: parsed.errors };
  const db = await getDatabase();
  const id = form.get("id");
  if (typeof id === "string" && id !== "") {
    const updated = await updatePtSession(db, patient.id, id, parsed.value);
    if (!updated) return { errors: { form: "That session is not in your diary." } };
  } else {
    await createPtSession(db, patient.id, parsed.value);
  }
  redirect("/diary");
};
