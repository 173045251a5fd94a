import type { TriageLevel } from "../model/triage-level";

import type { DiaryTimeline } from "./diary-timeline";

/**
 * A trend rule is data: an id, the level it sets, the plain reason shown to the patient and the sources behind
 * it (keys from clinical/reference.md). `detect` returns the diary facts that make it fire, in plain words, or
 * null when it does not fire.
 */
export type TrendRule = {
  id: string;
  level: TriageLevel;
  reason: string;
  sources: readonly string[];
  detect: (timeline: DiaryTimeline) => readonly string[] | null;
};
