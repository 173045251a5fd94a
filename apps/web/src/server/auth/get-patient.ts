import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";

import { getAuth } from "./get-auth";

export type Patient = { id: string; email: string };

/**
 * The request's headers with the cookies as they are now. After a server action the page is rendered again in
 * the same request: `headers()` still carries the cookie the browser sent, while `cookies()` also holds what
 * the action set. Changing the password revokes every session and sets a new session cookie, so reading the
 * session from the sent cookie would find the revoked one and send the patient to sign in.
 */
const currentRequestHeaders = async (): Promise<Headers> => {
  const current = new Headers(await headers());
  const cookieHeader = (await cookies()).toString();
  if (cookieHeader === "") current.delete("cookie");
  else current.set("cookie", cookieHeader);
  return current;
};

/** The signed-in patient for this request, or null. Read from the database session, once per request. */
export const getPatient = cache(async (): Promise<Patient | null> => {
  // Read the request first: it makes every page that asks dynamic (never prerendered at build time).
  const requestHeaders = await currentRequestHeaders();
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  return session === null ? null : { id: session.user.id, email: session.user.email };
});
