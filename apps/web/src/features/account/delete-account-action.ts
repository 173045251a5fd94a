"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { getAuth } from "~/server/auth/get-auth";
import { requirePatient } from "~/server/auth/require-patient";
import { deleteAccount } from "~/server/data/accounts/delete-account";
import { getDatabase } from "~/server/db/get-database";

export type DeleteAccountState = { error: string | null };

/** The word the patient types to confirm. */
const DELETE_CONFIRMATION = "delete";

/** Deletes the signed-in patient's account and every row that belongs to it, after typed confirmation. */
export const deleteAccountAction = async (
  _previous: DeleteAccountState,
  form: FormData,
): Promise<DeleteAccountState> => {
  const patient = await requirePatient("/account");
  const typed = form.get("confirm");
  if (typeof typed !== "string" || typed.trim().toLowerCase() !== DELETE_CONFIRMATION)
    return { error: `Type the word "${DELETE_CONFIRMATION}" to confirm.` };
  const auth = await getAuth();
  // Clear the cookie first; deleting the user then removes every session row with it.
  await auth.api.signOut({ headers: await headers() });
  await deleteAccount(await getDatabase(), patient.id);
  redirect("/?deleted=1");
};
