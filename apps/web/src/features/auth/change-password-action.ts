"use server";

import { APIError } from "better-auth";
import { headers } from "next/headers";

import { AUTH_RATE_LIMITS } from "~/server/auth/auth-rate-limits";
import { rateLimitKey } from "~/server/auth/check-rate-limit";
import { getAuth } from "~/server/auth/get-auth";
import { getRateLimiter } from "~/server/auth/get-rate-limiter";
import { MIN_PASSWORD_LENGTH } from "~/server/auth/password-rules";
import { requirePatient } from "~/server/auth/require-patient";

import { tooManyTries } from "./too-many-tries";

export type ChangePasswordState = { error: string | null; done: boolean };

/** Changes the password (the current one is checked by the library) and signs out every other session. */
export const changePasswordAction = async (
  _previous: ChangePasswordState,
  form: FormData,
): Promise<ChangePasswordState> => {
  const patient = await requirePatient("/account");
  const current = form.get("currentPassword");
  const next = form.get("newPassword");
  if (typeof current !== "string" || typeof next !== "string" || current === "")
    return { error: "Enter your current password and a new one.", done: false };
  if (next.length < MIN_PASSWORD_LENGTH || next.length > 200)
    return {
      error: `Use a new password of at least ${String(MIN_PASSWORD_LENGTH)} characters.`,
      done: false,
    };
  const checkLimit = await getRateLimiter();
  const limit = await checkLimit(
    rateLimitKey("change-password", "patient", patient.id),
    AUTH_RATE_LIMITS.changePasswordPerPatient,
  );
  if (!limit.allowed) return { error: tooManyTries(limit.retryAfterSeconds), done: false };
  const auth = await getAuth();
  try {
    await auth.api.changePassword({
      body: { currentPassword: current, newPassword: next, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch (error) {
    if (error instanceof APIError)
      return { error: "Your current password is not right.", done: false };
    throw error;
  }
  return { error: null, done: true };
};
