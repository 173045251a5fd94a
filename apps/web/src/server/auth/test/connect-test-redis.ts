import { Redis } from "ioredis";

/** The Redis the tests use: REDIS_URL when set, otherwise the local server CI machines have. */
export const TEST_REDIS_URL =
  process.env.REDIS_URL === undefined || process.env.REDIS_URL === ""
    ? "redis://127.0.0.1:6379"
    : process.env.REDIS_URL;

/**
 * A connection to the test Redis, or null on a machine without one, where the Redis tests are then skipped
 * (and say so in their names). In CI (CI set, as `.ci/run` does) Redis is required: without it this throws and
 * the test file fails instead of skipping.
 */
export const connectTestRedis = async (): Promise<Redis | null> => {
  const redis = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (error) {
    redis.disconnect();
    if (process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false")
      throw new Error(`CI runs the Redis tests: no Redis reachable at ${TEST_REDIS_URL}`, {
        cause: error,
      });
    return null;
  }
};

/** Deletes every key under `prefix` (a test's own random prefix). */
export const deleteKeysUnder = async (redis: Redis, prefix: string): Promise<void> => {
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== "0");
};
