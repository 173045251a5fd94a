"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";

import { readTimeZone } from "~/features/diary/read-time-zone";
import { requirePatient } from "~/server/auth/require-patient";
import { createShareLink } from "~/server/data/share-links/create-share-link";
import { revokeShareLink } from "~/server/data/share-links/revoke-share-link";
import { getDatabase } from "~/server/db/get-database";

import { parsePeriod } from "./parse-period";

export type CreateShareLinkState = { error: string | null; url: string | null };

/** Makes a read-only link to the signed-in patient's summary for the chosen period and 1–30 days. */
export const createShareLinkAction = async (
  _previous: CreateShareLinkState,
  form: FormData,
): Promise<CreateShareLinkState> => {
  const patient = await requirePatient("/summary");
  const days = Number(form.get("days"));
  if (!Number.isInteger(days) || days < 1 || days > 30)
    return { error: "Choose how many days the link works: 1 to 30.", url: null };
  const period = parsePeriod(form.get("from"), form.get("to"), await readTimeZone());
  const { token } = await createShareLink(await getDatabase(), patient.id, {
    periodFrom: period.from,
    periodTo: period.to,
    days,
  });
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const protocol = list.get("x-forwarded-proto") ?? "http";
  revalidatePath("/summary");
  return { error: null, url: `${protocol}://${host}/share/${token}` };
};

/** Revokes one of the signed-in patient's share links; another patient's id revokes nothing. */
export const revokeShareLinkAction = async (form: FormData): Promise<void> => {
  const patient = await requirePatient("/summary");
  const id = form.get("id");
  if (typeof id === "string") await revokeShareLink(await getDatabase(), patient.id, id);
  revalidatePath("/summary");
};
