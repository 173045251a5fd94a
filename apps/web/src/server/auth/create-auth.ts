import "server-only";

import type { BetterAuthPlugin } from "better-auth";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";

import { MIN_PASSWORD_LENGTH } from "./password-rules";
import type { Database } from "~/server/db/open-database";
import { authAccounts, authSessions, users, verifications } from "~/server/db/schema";

export type CreateAuthOptions = {
  db: Database;
  secret: string;
  baseURL?: string | undefined;
  /** `nextCookies()` in the app, so server actions can set the session cookie; none in tests. */
  plugins?: BetterAuthPlugin[];
};

/**
 * Accounts with better-auth: e-mail and password (hashed by the library), sessions stored in the database so
 * every instance shares them. Rate limiting of sign-in and sign-up is ours (get-rate-limiter.ts: in the database,
 * or in Redis when REDIS_URL is set), because the portal calls the library from server actions, which its HTTP
 * rate limiter does not see.
 */
export const createAuth = ({ db, secret, baseURL, plugins = [] }: CreateAuthOptions) =>
  betterAuth({
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: users,
        session: authSessions,
        account: authAccounts,
        verification: verifications,
      },
    }),
    secret,
    ...(baseURL === undefined ? {} : { baseURL }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 200,
      autoSignIn: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // No addresses or browser strings stored with sessions: nothing identifying that we don't need.
    advanced: { ipAddress: { disableIpTracking: true } },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { level: "error" },
    plugins,
  });

export type Auth = ReturnType<typeof createAuth>;
