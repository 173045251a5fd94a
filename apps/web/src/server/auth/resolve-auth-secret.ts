import "server-only";

import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type AuthSecretSource = {
  /** BETTER_AUTH_SECRET, when set. */
  configured: string | undefined;
  /** The embedded database's folder, or undefined when the portal runs on a PostgreSQL server. */
  dataDir: string | undefined;
  isProduction: boolean;
};

const SECRET_FILE = "auth-secret";

/**
 * The secret that signs session cookies. A configured secret always wins. On the embedded database (one machine,
 * the quick start) the portal keeps its own random secret beside the data, created on first use, so sessions
 * survive restarts with nothing to set. A production portal on a PostgreSQL server may run as several instances,
 * which must share one secret: there it is required.
 */
export const resolveAuthSecret = ({
  configured,
  dataDir,
  isProduction,
}: AuthSecretSource): string => {
  if (configured !== undefined) return configured;
  if (dataDir !== undefined) {
    const file = path.join(dataDir, SECRET_FILE);
    try {
      const stored = readFileSync(file, "utf8").trim();
      if (stored.length >= 32) return stored;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    const secret = randomBytes(32).toString("base64url");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
  if (isProduction) {
    throw new Error(
      "BETTER_AUTH_SECRET is required when the portal runs on a PostgreSQL server in production " +
        "(every instance must sign sessions with the same secret).",
    );
  }
  return randomBytes(32).toString("base64url");
};
