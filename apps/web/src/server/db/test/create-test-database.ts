import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

import pg from "pg";

import type { DatabaseHandle } from "../open-database";
import { openDatabase } from "../open-database";

export type TestDatabase = DatabaseHandle & {
  /** Drops the database (PostgreSQL) or closes it (PGlite). */
  destroy: () => Promise<void>;
};

/** PostgreSQL's "database is being accessed by other users". */
const OBJECT_IN_USE = "55006";
const DROP_ATTEMPTS = 30;

const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/**
 * A fresh, migrated database for one test file. With DATABASE_URL set: a new database with a random name on that
 * server, dropped by `destroy`. Without: an in-memory PGlite. Tests never see what an earlier run left.
 */
export const createTestDatabase = async (
  serverUrl: string | undefined = process.env.DATABASE_URL === ""
    ? undefined
    : process.env.DATABASE_URL,
): Promise<TestDatabase> => {
  if (serverUrl === undefined) {
    const handle = await openDatabase({ dataDir: undefined });
    return { ...handle, destroy: handle.close };
  }
  const name = `backsure_test_${randomBytes(8).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ url: withDatabaseName(serverUrl, name) });
  return {
    ...handle,
    destroy: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        // The pool's connections may still be closing: wait for them rather than terminating them (a
        // terminated connection reports a FATAL error to a client that is no longer listening).
        for (let attempt = 1; ; attempt += 1) {
          try {
            const force = attempt >= DROP_ATTEMPTS ? " WITH (FORCE)" : "";
            await dropper.query(`DROP DATABASE IF EXISTS "${name}"${force}`);
            break;
          } catch (error) {
            const inUse = (error as { code?: string }).code === OBJECT_IN_USE;
            if (!inUse || attempt >= DROP_ATTEMPTS) throw error;
            await sleep(100);
          }
        }
      } finally {
        await dropper.end();
      }
    },
  };
};
