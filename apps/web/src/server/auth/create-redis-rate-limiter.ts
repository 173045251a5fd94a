import "server-only";

import type { Redis } from "ioredis";

import type { RateLimiter, RateLimitRule } from "./check-rate-limit";

/**
 * One attempt in a fixed window, atomically (a Lua script runs alone on the server): count it, start the
 * window's expiry on its first attempt (or if the key somehow has none), and answer the count and the
 * milliseconds left in the window. The key expires with its window, so Redis keeps nothing longer.
 */
const COUNT_ATTEMPT = `
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return { hits, left }
`;

const readReply = (reply: unknown): { hits: number; leftMs: number } => {
  if (
    !Array.isArray(reply) ||
    reply.length !== 2 ||
    typeof reply[0] !== "number" ||
    typeof reply[1] !== "number"
  )
    throw new Error("Unexpected reply from the rate-limit script");
  return { hits: reply[0], leftMs: reply[1] };
};

/**
 * Rate limiting in Redis, for portal instances that share one Redis (REDIS_URL): the same fixed windows and
 * answers as the PostgreSQL `checkRateLimit`, one script call per attempt. Keys are the hashed
 * `rateLimitKey`s under `keyPrefix`.
 */
export const createRedisRateLimiter =
  (redis: Redis, keyPrefix: string): RateLimiter =>
  async (key: string, rule: RateLimitRule) => {
    const windowMs = Math.max(1, Math.trunc(rule.windowSeconds * 1000));
    const { hits, leftMs } = readReply(
      await redis.eval(COUNT_ATTEMPT, 1, `${keyPrefix}${key}`, String(windowMs)),
    );
    return hits <= rule.limit
      ? { allowed: true }
      : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(leftMs / 1000)) };
  };
