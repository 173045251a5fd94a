import type { SourceKey } from "../model/sources";
import type { TriageLevel } from "../model/triage-level";
import type { SignalKey } from "./signals";

/**
 * A triage rule as data. It fires when, for every group in `all`, at least one of the group's signals is present,
 * and none of the `none` signals is. The highest level of the fired rules wins.
 */
export type TriageRule = {
  id: string;
  level: TriageLevel;
  when: {
    all: readonly (readonly SignalKey[])[];
    none?: readonly SignalKey[];
  };
  /** Why, in plain words for the patient (never a diagnosis). */
  reason: string;
  /** Keys into clinical/reference.md's source list. */
  sources: readonly SourceKey[];
};
