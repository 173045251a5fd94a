import "server-only";

import { mkdir } from "node:fs/promises";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";

import * as schema from "./schema";

/**
 * The one place that knows there are two drivers. Everything else sees a `Database` (Drizzle's common
 * PostgreSQL type) and never learns whether it is PGlite or a PostgreSQL server.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Database;
  driver: "pglite" | "postgres";
  close: () => Promise<void>;
};

export type DatabaseTarget =
  /** A PostgreSQL server. */
  | { url: string }
  /** The embedded database in a folder (created when missing), or in memory when `dataDir` is undefined. */
  | { dataDir: string | undefined };

/** The committed SQL migrations; the app runs from apps/web (next start, vitest, the bench). */
export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/** Opens the database and applies any migration not yet applied. */
export const openDatabase = async (target: DatabaseTarget): Promise<DatabaseHandle> => {
  if ("url" in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server closes (a restart, an administrator) is dropped from the pool and replaced
    // on the next query; without a listener its error would crash the process. No query data is logged.
    pool.on("error", (error) => {
      console.error(`PostgreSQL closed an idle connection: ${error.message}`);
    });
    const db = drizzleNodePostgres({ client: pool, schema, casing: "snake_case" });
    try {
      await migrateNodePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db, driver: "postgres", close: () => pool.end() };
  }
  if (target.dataDir !== undefined) await mkdir(target.dataDir, { recursive: true });
  const client = await PGlite.create(target.dataDir);
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  try {
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    await client.close();
    throw error;
  }
  return { db, driver: "pglite", close: () => client.close() };
};
