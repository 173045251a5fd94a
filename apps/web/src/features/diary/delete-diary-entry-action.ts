"use server";

import { redirect } from "next/navigation";

import { requirePatient } from "~/server/auth/require-patient";
import { deleteDiaryCheckIn } from "~/server/data/diary/delete-diary-check-in";
import { deletePtSession } from "~/server/data/sessions/delete-pt-session";
import { getDatabase } from "~/server/db/get-database";

/**
 * Deletes one of the patient's sessions or check-ins, after the confirmation page. Another patient's id
 * deletes nothing.
 */
export const deleteDiaryEntryAction = async (form: FormData): Promise<void> => {
  const patient = await requirePatient("/diary");
  const kind = form.get("kind");
  const id = form.get("id");
  if (typeof id !== "string") redirect("/diary");
  const db = await getDatabase();
  const deleted =
    kind === "session"
      ? await deletePtSession(db, patient.id, id)
      : kind === "check-in"
        ? await deleteDiaryCheckIn(db, patient.id, id)
        : false;
  redirect(deleted ? "/diary?deleted=1" : "/diary");
};
