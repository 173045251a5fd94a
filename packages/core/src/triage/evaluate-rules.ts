import type { FiredRule } from "../model/assessment";
import type { Evidence } from "../model/finding";
import { TRIAGE_LEVELS } from "../model/triage-level";
import { insertionSort } from "../text/insertion-sort";
import type { Signals } from "./signals";
import type { TriageRule } from "./triage-rule";

const anyPresent = (keys: readonly string[], signals: Signals): boolean => {
  for (const key of keys) if (signals.has(key)) return true;
  return false;
};

const allGroupsPresent = (groups: readonly (readonly string[])[], signals: Signals): boolean => {
  for (const group of groups) if (!anyPresent(group, signals)) return false;
  return true;
};

/** The same words of the message (the same span) or the same answer. */
const isSameEvidence = (a: Evidence, b: Evidence): boolean =>
  a === b ||
  (a.kind === "text"
    ? b.kind === "text" && a.start === b.start && a.end === b.end
    : b.kind !== "text" && a.field === b.field);

const contains = (list: readonly Evidence[], item: Evidence): boolean => {
  for (const kept of list) if (isSameEvidence(kept, item)) return true;
  return false;
};

const NONE: readonly Evidence[] = [];

const byStart = (a: Evidence, b: Evidence): number =>
  a.kind === "text" && b.kind === "text" ? a.start - b.start : 0;

/**
 * A fired rule's evidence: each piece once, the patient's words in the order they wrote them. Runs for every
 * fired rule of every message, so it allocates only the array it returns (a rule has a handful of pieces, so
 * the linear checks below cost less than keys, sets and the engine's sort would).
 */
const collectEvidence = (groups: readonly (readonly string[])[], signals: Signals): Evidence[] => {
  const unique: Evidence[] = [];
  let isAllText = true;
  for (const group of groups) {
    for (const key of group) {
      for (const item of signals.get(key) ?? NONE) {
        if (contains(unique, item)) continue;
        unique.push(item);
        if (item.kind !== "text") isAllText = false;
      }
    }
  }
  // (all text: the same order as the engine's stable sort, without its working copy)
  return isAllText ? insertionSort(unique, byStart) : unique.sort(byStart);
};

/** Runs every rule over the signals; returns the fired rules, highest level first, with their evidence. */
export const evaluateRules = (rules: readonly TriageRule[], signals: Signals): FiredRule[] => {
  const fired: FiredRule[] = [];
  for (const rule of rules) {
    // Most rules do not fire: decide that before allocating anything for them.
    if (rule.when.none && anyPresent(rule.when.none, signals)) continue;
    if (!allGroupsPresent(rule.when.all, signals)) continue;
    fired.push({
      id: rule.id,
      level: rule.level,
      reason: rule.reason,
      sources: rule.sources,
      evidence: collectEvidence(rule.when.all, signals),
    });
  }
  // The highest level first, rule order within a level (a stable sort by level, without the engine's sort).
  const ordered: FiredRule[] = [];
  for (let rank = TRIAGE_LEVELS.length - 1; rank >= 0; rank -= 1) {
    for (const rule of fired) if (rule.level === TRIAGE_LEVELS[rank]) ordered.push(rule);
  }
  return ordered;
};
