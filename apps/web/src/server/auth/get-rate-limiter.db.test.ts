import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { eq } from "drizzle-orm";
import type { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

import type { DatabaseHandle } from "~/server/db/open-database";
import { authRateLimits } from "~/server/db/schema";

import { rateLimitKey } from "./check-rate-limit";
import { TEST_REDIS_URL, connectTestRedis } from "./test/connect-test-redis";

// getRateLimiter reads the environment when its modules load: each test sets it, then imports them afresh.
const redis = await connectTestRedis();
const holder = globalThis as typeof globalThis & {
  backsureRateLimitRedis?: Redis | undefined;
  backsureDatabase?: Promise<DatabaseHandle> | undefined;
};
const folders: string[] = [];

afterEach(async () => {
  await holder.backsureRateLimitRedis?.quit();
  holder.backsureRateLimitRedis = undefined;
  await (await holder.backsureDatabase)?.close();
  holder.backsureDatabase = undefined;
  vi.unstubAllEnvs();
  vi.resetModules();
});

afterAll(async () => {
  await redis?.quit();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const aNewKey = () => rateLimitKey("test", "value", randomBytes(16).toString("hex"));

describe("getRateLimiter chooses where attempts are counted", () => {
  it.skipIf(redis === null)(
    `in Redis when REDIS_URL is set${redis === null ? ` (skipped: no Redis at ${TEST_REDIS_URL}; CI runs it)` : ""}`,
    async () => {
      vi.stubEnv("REDIS_URL", TEST_REDIS_URL);
      const { getRateLimiter, REDIS_RATE_LIMIT_PREFIX } = await import("./get-rate-limiter");
      const key = aNewKey();
      const check = await getRateLimiter();
      expect(await check(key, { limit: 1, windowSeconds: 60 })).toEqual({ allowed: true });
      expect((await check(key, { limit: 1, windowSeconds: 60 })).allowed).toBe(false);
      const stored = `${REDIS_RATE_LIMIT_PREFIX}${key}`;
      expect(await redis?.get(stored)).toBe("2");
      await redis?.del(stored);
      // The database was never opened.
      expect(holder.backsureDatabase).toBeUndefined();
    },
  );

  it("in the database when REDIS_URL is not set", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "backsure-rate-limit-"));
    folders.push(folder);
    vi.stubEnv("REDIS_URL", "");
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATA_DIR", path.join(folder, "data"));
    const { getRateLimiter } = await import("./get-rate-limiter");
    const key = aNewKey();
    const check = await getRateLimiter();
    expect(await check(key, { limit: 1, windowSeconds: 60 })).toEqual({ allowed: true });
    const { getDatabase } = await import("~/server/db/get-database");
    const rows = await (
      await getDatabase()
    )
      .select({ hits: authRateLimits.hits })
      .from(authRateLimits)
      .where(eq(authRateLimits.key, key));
    expect(rows).toEqual([{ hits: 1 }]);
    expect(holder.backsureRateLimitRedis).toBeUndefined();
  });
});
