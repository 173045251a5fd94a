import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { getAuth } from "./get-auth";

export type Patient = { id: string; email: string };

/** The signed-in patient for this request, or null. Read from the database session, once per request. */
export const getPatient = cache(async (): Promise<Patient | null> => {
  // Read the request first: it makes every page that asks dynamic (never prerendered at build time).
  const requestHeaders = await headers();
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  return session === null ? null : { id: session.user.id, email: session.user.email };
});
