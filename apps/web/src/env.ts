// The one place the portal reads its environment. Every variable is validated here; a wrong value stops the
// app at start-up (next.config.ts imports this file) with a message naming the variable.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const EMERGENCY_NUMBERS = ["999", "112", "911"] as const;

export const env = createEnv({
  server: {
    /** A PostgreSQL server to use instead of the embedded database, e.g. postgres://postgres@127.0.0.1:5432/postgres. */
    DATABASE_URL: z
      .url()
      .refine((value) => /^postgres(ql)?:\/\//.test(value), {
        message: "DATABASE_URL must start with postgres:// or postgresql://",
      })
      .optional(),
    /**
     * A Redis server for the account forms' rate limits, e.g. redis://127.0.0.1:6379 (rediss:// for TLS). Unset:
     * the limits are counted in the database. Set it on every instance, to the same Redis.
     */
    REDIS_URL: z
      .url()
      .refine((value) => /^rediss?:\/\//.test(value), {
        message: "REDIS_URL must start with redis:// or rediss://",
      })
      .optional(),
    /** Folder for the embedded (PGlite) database, created on first run. Relative paths are from apps/web. */
    DATA_DIR: z.string().min(1).default(".data"),
    /**
     * Secret that signs account session cookies: 32 or more random characters, the same on every instance.
     * Optional on the embedded database (the portal keeps its own in DATA_DIR/auth-secret); required in
     * production on a PostgreSQL server, where several instances must share it.
     */
    BETTER_AUTH_SECRET: z.string().min(32).optional(),
    /** The portal's public address (e.g. https://backsure.example), used by the account library for links. */
    BETTER_AUTH_URL: z.url().optional(),
    /** The emergency number named in emergency advice: 999 (UK), 112 (EU) or 911 (US, Canada). */
    EMERGENCY_NUMBER: z.enum(EMERGENCY_NUMBERS).default("999"),
    /**
     * Reader test setting: lets "Read a page" open 127.0.0.1 (and nothing else private), for the project's own
     * tests only. Off by default. "1" is refused when NODE_ENV=production; a production build under test (the
     * e2e suite runs `next start`) must say so explicitly with "production-test".
     */
    READER_ALLOW_LOOPBACK: z
      .enum(["0", "1", "production-test"])
      .default("0")
      .refine((value) => value !== "1" || process.env.NODE_ENV !== "production", {
        message:
          'is refused when NODE_ENV=production; set it to "production-test" only for tests of a production build',
      }),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  // Linting imports this file through the config; it has nothing to validate then.
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  onValidationError: (issues) => {
    const lines = issues.map((issue) => {
      const path = (issue.path ?? [])
        .map((segment) => String(typeof segment === "object" ? segment.key : segment))
        .join(".");
      return `  ${path || "?"}: ${issue.message}`;
    });
    console.error(`Backsure portal: invalid environment variables:\n${lines.join("\n")}`);
    throw new Error("Invalid environment variables (see above).");
  },
});

/** True in a production build (`next build`, `next start`). */
export const IS_PRODUCTION = process.env.NODE_ENV === "production";
