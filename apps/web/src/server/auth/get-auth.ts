import "server-only";

import { randomBytes } from "node:crypto";

import { nextCookies } from "better-auth/next-js";

import { IS_PRODUCTION, env } from "~/env";
import { getDatabase } from "~/server/db/get-database";

import type { Auth } from "./create-auth";
import { createAuth } from "./create-auth";

const holder = globalThis as typeof globalThis & { backsureAuth?: Promise<Auth> | undefined };

const resolveSecret = (): string => {
  if (env.BETTER_AUTH_SECRET !== undefined) return env.BETTER_AUTH_SECRET;
  if (IS_PRODUCTION) throw new Error("BETTER_AUTH_SECRET is required in production.");
  return randomBytes(32).toString("base64url");
};

/** The portal's accounts, created once per server process on the shared database. */
export const getAuth = (): Promise<Auth> => {
  holder.backsureAuth ??= getDatabase()
    .then((db) =>
      createAuth({
        db,
        secret: resolveSecret(),
        baseURL: env.BETTER_AUTH_URL,
        plugins: [nextCookies()],
      }),
    )
    .catch((error: unknown) => {
      holder.backsureAuth = undefined;
      throw error;
    });
  return holder.backsureAuth;
};
