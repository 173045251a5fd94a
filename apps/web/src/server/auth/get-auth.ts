import "server-only";

import path from "node:path";

import { nextCookies } from "better-auth/next-js";

import { IS_PRODUCTION, env } from "~/env";
import { getDatabase } from "~/server/db/get-database";

import type { Auth } from "./create-auth";
import { createAuth } from "./create-auth";
import { resolveAuthSecret } from "./resolve-auth-secret";

const holder = globalThis as typeof globalThis & { backsureAuth?: Promise<Auth> | undefined };

const resolveSecret = (): string =>
  resolveAuthSecret({
    configured: env.BETTER_AUTH_SECRET,
    dataDir:
      env.DATABASE_URL === undefined
        ? path.resolve(/* turbopackIgnore: true */ process.cwd(), env.DATA_DIR)
        : undefined,
    isProduction: IS_PRODUCTION,
  });

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
