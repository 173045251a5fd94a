import "server-only";

import { createHash } from "node:crypto";

import { sql } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { authRateLimits } from "~/server/db/schema";

export type RateLimitRule = { limit: number; windowSeconds: number };

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one attempt for a key under a rule (PostgreSQL or Redis: see get-rate-limiter.ts). */
export type RateLimiter = (key: string, rule: RateLimitRule) => Promise<RateLimitResult>;

/** Attempts keys are hashed: neither the table nor Redis ever holds an address or e-mail. */
export const rateLimitKey = (action: string, kind: string, value: string): string =>
  `${action}:${kind}:${createHash("sha256").update(value.trim().toLowerCase()).digest("base64url")}`;

/**
 * Counts one attempt for `key` in a fixed window and says whether it is allowed. One atomic statement in
 * PostgreSQL, so every portal instance counts the same attempts.
 */
export const checkRateLimit = async (
  db: Database,
  key: string,
  rule: RateLimitRule,
): Promise<RateLimitResult> => {
  const window = sql.raw(`interval '${String(Math.trunc(rule.windowSeconds))} seconds'`);
  const [row] = await db
    .insert(authRateLimits)
    .values({ key, hits: 1, windowStart: sql`now()` })
    .onConflictDoUpdate({
      target: authRateLimits.key,
      set: {
        hits: sql`case when ${authRateLimits.windowStart} <= now() - ${window} then 1 else ${authRateLimits.hits} + 1 end`,
        windowStart: sql`case when ${authRateLimits.windowStart} <= now() - ${window} then now() else ${authRateLimits.windowStart} end`,
      },
    })
    .returning({
      hits: authRateLimits.hits,
      retryAfter: sql<number>`ceil(extract(epoch from (${authRateLimits.windowStart} + ${window} - now())))::int`,
    });
  if (row === undefined) throw new Error("Rate limit row missing");
  return row.hits <= rule.limit
    ? { allowed: true }
    : { allowed: false, retryAfterSeconds: Math.max(1, row.retryAfter) };
};
