import type { SessionActivity } from "@backsure/core";

/** A PT session as the diary shows it. */
export type PtSession = {
  id: string;
  occurredAt: Date;
  activities: SessionActivity[];
  notes: string;
};
