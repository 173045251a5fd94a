import "server-only";

import { eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { checkIns } from "~/server/db/schema";

/** The id of the check-in already stored for this form, if any. */
export const findCheckInByIdempotencyKey = async (
  db: Database,
  idempotencyKey: string,
): Promise<string | null> => {
  const [row] = await db
    .select({ id: checkIns.id })
    .from(checkIns)
    .where(eq(checkIns.idempotencyKey, idempotencyKey));
  return row?.id ?? null;
};
