import "server-only";

import type { RateLimitRule } from "./check-rate-limit";

/** Sign-in attempts per e-mail address and per network address; sign-ups per network address. */
export const AUTH_RATE_LIMITS = {
  signInPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  signInPerAddress: { limit: 30, windowSeconds: 15 * 60 },
  signUpPerAddress: { limit: 10, windowSeconds: 60 * 60 },
  changePasswordPerPatient: { limit: 10, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;
