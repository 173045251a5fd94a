import "server-only";

import { eq } from "drizzle-orm";
import { z } from "zod";

import type { Database } from "~/server/db/open-database";
import { users } from "~/server/db/schema";

const UsualPainSchema = z.number().int().min(0).max(10).nullable();

/** Sets (or clears) the patient's usual pain on a normal day. */
export const updateUsualPain = async (
  db: Database,
  patientId: string,
  usualPain: number | null,
): Promise<void> => {
  await db
    .update(users)
    .set({ usualPain: UsualPainSchema.parse(usualPain), updatedAt: new Date() })
    .where(eq(users.id, patientId));
};
