import "server-only";

import { eq, sql } from "drizzle-orm";

import type { Database } from "~/server/db/open-database";
import { diaryCheckIns, ptSessions } from "~/server/db/schema";

/** Links each of the patient's check-ins to the latest of their sessions at or before it (or none). */
export const relinkDiary = async (db: Database, patientId: string): Promise<void> => {
  await db
    .update(diaryCheckIns)
    .set({
      sessionId: sql`(select ${ptSessions.id} from ${ptSessions}
        where ${ptSessions.patientId} = ${diaryCheckIns.patientId}
          and ${ptSessions.occurredAt} <= ${diaryCheckIns.recordedAt}
        order by ${ptSessions.occurredAt} desc limit 1)`,
    })
    .where(eq(diaryCheckIns.patientId, patientId));
};
