import "server-only";

import { eq } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { users } from "~/server/db/schema";

/** The patient's usual pain on a normal day, when they gave it. */
export const findUsualPain = async (db: Database, patientId: string): Promise<number | null> => {
  const [row] = await db
    .select({ usualPain: users.usualPain })
    .from(users)
    .where(eq(users.id, patientId));
  return row?.usualPain ?? null;
};
