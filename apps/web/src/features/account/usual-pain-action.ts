"use server";

import { revalidatePath } from "next/cache";

import { requirePatient } from "~/server/auth/require-patient";
import { updateUsualPain } from "~/server/data/accounts/update-usual-pain";
import { getDatabase } from "~/server/db/get-database";

/** Saves the patient's usual pain on a normal day (blank clears it). */
export const usualPainAction = async (form: FormData): Promise<void> => {
  const patient = await requirePatient("/account");
  const raw = form.get("usualPain");
  const value = typeof raw === "string" && /^(10|[0-9])$/.test(raw) ? Number(raw) : null;
  await updateUsualPain(await getDatabase(), patient.id, value);
  revalidatePath("/diary");
  revalidatePath("/account");
};
