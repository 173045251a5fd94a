"use server";

import { APIError } from "better-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { AUTH_RATE_LIMITS } from "~/server/auth/auth-rate-limits";
import { rateLimitKey } from "~/server/auth/check-rate-limit";
import { clientAddress } from "~/server/auth/client-address";
import { getAuth } from "~/server/auth/get-auth";
import { getRateLimiter } from "~/server/auth/get-rate-limiter";
import { claimCheckIn } from "~/server/data/diary/claim-check-in";
import { getDatabase } from "~/server/db/get-database";

import type { AuthFormState } from "./auth-form-state";
import { parseCredentials } from "./credentials";
import { tooManyTries } from "./too-many-tries";

/** Creates an account, signs it in, and saves the one-off check it came from (if any) into the diary. */
export const signUpAction = async (
  _previous: AuthFormState,
  form: FormData,
): Promise<AuthFormState> => {
  const parsed = parseCredentials(form);
  const emailField = form.get("email");
  const typedEmail = typeof emailField === "string" ? emailField : "";
  if (!parsed.ok) return { error: parsed.error, email: typedEmail };
  const checkLimit = await getRateLimiter();
  const limit = await checkLimit(
    rateLimitKey("sign-up", "address", await clientAddress()),
    AUTH_RATE_LIMITS.signUpPerAddress,
  );
  if (!limit.allowed) return { error: tooManyTries(limit.retryAfterSeconds), email: typedEmail };
  const auth = await getAuth();
  let patientId: string;
  try {
    const result = await auth.api.signUpEmail({
      body: { email: parsed.value.email, password: parsed.value.password, name: "" },
      headers: await headers(),
    });
    patientId = result.user.id;
  } catch (error) {
    if (error instanceof APIError)
      return {
        error:
          error.body?.code === "USER_ALREADY_EXISTS" ||
          error.body?.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"
            ? "There is already an account with that e-mail. Sign in instead."
            : "We could not create your account. Check your details and try again.",
        email: typedEmail,
      };
    throw error;
  }
  const saved = form.get("saveCheckIn");
  if (typeof saved === "string" && saved !== "") {
    const outcome = await claimCheckIn(await getDatabase(), patientId, saved);
    redirect(`/diary?saved=${outcome}`);
  }
  redirect("/diary");
};
