import "server-only";

import { createHash } from "node:crypto";

/** Only this hash is stored: a copy of the database does not give anyone a working link. */
export const hashShareToken = (token: string): string =>
  createHash("sha256").update(token).digest("base64url");
