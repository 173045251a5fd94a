"use server";

import { APIError } from "better-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { AUTH_RATE_LIMITS } from "~/server/auth/auth-rate-limits";
import { rateLimitKey } from "~/server/auth/check-rate-limit";
import { clientAddress } from "~/server/auth/client-address";
import { getAuth } from "~/server/auth/get-auth";
import { getRateLimiter } from "~/server/auth/get-rate-limiter";

import type { AuthFormState } from "./auth-form-state";
import { safeNextPath } from "./safe-next-path";
import { tooManyTries } from "./too-many-tries";

const WRONG = "That e-mail and password do not match an account.";

/** Signs in with e-mail and password; limited per e-mail and per address (in the database, or Redis). */
export const signInAction = async (
  _previous: AuthFormState,
  form: FormData,
): Promise<AuthFormState> => {
  const email = form.get("email");
  const password = form.get("password");
  if (typeof email !== "string" || typeof password !== "string" || email === "" || password === "")
    return {
      error: "Enter your e-mail and password.",
      email: typeof email === "string" ? email : "",
    };
  const checkLimit = await getRateLimiter();
  for (const [key, rule] of [
    [rateLimitKey("sign-in", "email", email), AUTH_RATE_LIMITS.signInPerEmail],
    [rateLimitKey("sign-in", "address", await clientAddress()), AUTH_RATE_LIMITS.signInPerAddress],
  ] as const) {
    const limit = await checkLimit(key, rule);
    if (!limit.allowed) return { error: tooManyTries(limit.retryAfterSeconds), email };
  }
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({
      body: { email: email.trim().toLowerCase(), password },
      headers: await headers(),
    });
  } catch (error) {
    if (error instanceof APIError) return { error: WRONG, email };
    throw error;
  }
  redirect(safeNextPath(form.get("next")));
};
