import "server-only";

import { Redis } from "ioredis";

import { env } from "~/env";
import { getDatabase } from "~/server/db/get-database";

import type { RateLimiter } from "./check-rate-limit";
import { checkRateLimit } from "./check-rate-limit";
import { createRedisRateLimiter } from "./create-redis-rate-limiter";

/** Where the portal's attempt counters live in Redis. */
export const REDIS_RATE_LIMIT_PREFIX = "backsure:rate-limit:";

// One Redis connection per server process, made on first use; on globalThis so `next dev` reloads reuse it.
const holder = globalThis as typeof globalThis & { backsureRateLimitRedis?: Redis | undefined };

const connectRedis = (url: string): Redis => {
  const redis = new Redis(url, {
    // An account form waits at most a few seconds for Redis, then fails rather than counting nothing.
    connectTimeout: 5_000,
    maxRetriesPerRequest: 2,
  });
  // Without a listener ioredis prints every reconnection failure with its stack; one line is enough.
  redis.on("error", (error: Error) => {
    console.error(`Rate limiting: Redis unavailable (${error.message})`);
  });
  return redis;
};

/**
 * The one place that chooses where sign-in, sign-up and change-password attempts are counted: in Redis when
 * REDIS_URL is set, otherwise in the database (PostgreSQL or the embedded one). Either way every instance
 * that shares the store counts the same attempts.
 */
export const getRateLimiter = async (): Promise<RateLimiter> => {
  if (env.REDIS_URL !== undefined) {
    holder.backsureRateLimitRedis ??= connectRedis(env.REDIS_URL);
    return createRedisRateLimiter(holder.backsureRateLimitRedis, REDIS_RATE_LIMIT_PREFIX);
  }
  const db = await getDatabase();
  return (key, rule) => checkRateLimit(db, key, rule);
};
