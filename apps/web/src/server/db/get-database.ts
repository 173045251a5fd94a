import "server-only";

import path from "node:path";

import { env } from "~/env";

import type { Database, DatabaseHandle } from "./open-database";
import { openDatabase } from "./open-database";

// One database per server process, opened (and migrated) on first use. Kept on globalThis so `next dev`
// reloads don't open a second PGlite on the same folder.
const holder = globalThis as typeof globalThis & {
  backsureDatabase?: Promise<DatabaseHandle> | undefined;
};

/** The portal's database: PostgreSQL when DATABASE_URL is set, otherwise the embedded one in DATA_DIR. */
export const getDatabase = async (): Promise<Database> => {
  holder.backsureDatabase ??= openDatabase(
    env.DATABASE_URL !== undefined
      ? { url: env.DATABASE_URL }
      : { dataDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), env.DATA_DIR) },
  ).catch((error: unknown) => {
    // Let the next request try again instead of caching the failure.
    holder.backsureDatabase = undefined;
    throw error;
  });
  const handle = await holder.backsureDatabase;
  return handle.db;
};
