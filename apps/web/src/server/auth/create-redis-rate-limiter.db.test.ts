import { randomBytes } from "node:crypto";

import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";

import { rateLimitKey } from "./check-rate-limit";
import { createRedisRateLimiter } from "./create-redis-rate-limiter";
import { TEST_REDIS_URL, connectTestRedis, deleteKeysUnder } from "./test/connect-test-redis";

// Runs against a real Redis (CI has one on 127.0.0.1:6379 and requires it); skipped on a machine without one.
const redis = await connectTestRedis();
const prefix = `backsure-test-${randomBytes(8).toString("hex")}:`;
/** A second connection: another portal instance sharing the same Redis. */
const otherInstance =
  redis === null ? null : new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });

afterAll(async () => {
  if (redis === null) return;
  await deleteKeysUnder(redis, prefix);
  await Promise.all([redis.quit(), otherInstance?.quit()]);
});

const title =
  redis === null
    ? `createRedisRateLimiter (skipped: no Redis at ${TEST_REDIS_URL}; CI runs it)`
    : `createRedisRateLimiter (Redis at ${TEST_REDIS_URL})`;

/** The connection, inside tests that only run when there is one. */
const connected = (client: Redis | null): Redis => {
  if (client === null) throw new Error("no Redis connection");
  return client;
};

describe.skipIf(redis === null)(title, () => {
  const limiter = () => createRedisRateLimiter(connected(redis), prefix);
  const otherLimiter = () => createRedisRateLimiter(connected(otherInstance), prefix);

  it("allows up to the limit in a window, then refuses with a wait, per key", async () => {
    const check = limiter();
    const rule = { limit: 3, windowSeconds: 60 };
    const key = rateLimitKey("sign-in", "email", "Pat@Example.com");
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++) results.push(await check(key, rule));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false, false]);
    const refused = results[4];
    expect(refused?.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.allowed === false && refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await check(rateLimitKey("sign-in", "email", "x@y.z"), rule)).toEqual({
      allowed: true,
    });
  });

  it("keeps only the hashed key, under the prefix, expiring with its window", async () => {
    const check = limiter();
    const key = rateLimitKey("sign-up", "address", "192.0.2.7");
    await check(key, { limit: 5, windowSeconds: 30 });
    const stored = (await connected(redis).keys(`${prefix}*`)).join(" ");
    expect(stored).toContain(`${prefix}${key}`);
    expect(stored).not.toContain("192.0.2.7");
    expect(stored.toLowerCase()).not.toContain("pat@example.com");
    const left = await connected(redis).pttl(`${prefix}${key}`);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(30_000);
  });

  it("counts concurrent attempts from two instances exactly (one atomic script per attempt)", async () => {
    const [a, b] = [limiter(), otherLimiter()];
    const rule = { limit: 5, windowSeconds: 60 };
    const key = rateLimitKey("sign-in", "address", "10.0.0.1");
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, index) => (index % 2 === 0 ? a : b)(key, rule)),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    expect(await connected(redis).get(`${prefix}${key}`)).toBe("16");
  });

  it("starts a new window once the old one is over", async () => {
    const check = limiter();
    const rule = { limit: 1, windowSeconds: 1 };
    const key = rateLimitKey("sign-in", "address", "10.0.0.2");
    expect((await check(key, rule)).allowed).toBe(true);
    const refused = await check(key, rule);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await check(key, rule)).allowed).toBe(true);
  });

  it("gives a key that lost its expiry one again instead of counting forever", async () => {
    const check = limiter();
    const key = rateLimitKey("sign-in", "email", "no-expiry@example.com");
    await connected(redis).set(`${prefix}${key}`, "7");
    const result = await check(key, { limit: 3, windowSeconds: 60 });
    expect(result).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(await connected(redis).pttl(`${prefix}${key}`)).toBeGreaterThan(0);
  });
});
