import type { FiredRule } from "../model/assessment";
import type { Evidence } from "../model/finding";
import { compareLevels } from "../model/triage-level";
import type { Signals } from "./signals";
import type { TriageRule } from "./triage-rule";

const evidenceKey = (evidence: Evidence): string =>
  evidence.kind === "text" ? `t:${evidence.start}:${evidence.end}` : `a:${evidence.field}`;

const anyPresent = (keys: readonly string[], signals: Signals): boolean => {
  for (const key of keys) if (signals.has(key)) return true;
  return false;
};

const allGroupsPresent = (groups: readonly (readonly string[])[], signals: Signals): boolean => {
  for (const group of groups) if (!anyPresent(group, signals)) return false;
  return true;
};

/** Runs every rule over the signals; returns the fired rules, highest level first, with their evidence. */
export const evaluateRules = (rules: readonly TriageRule[], signals: Signals): FiredRule[] => {
  const fired: FiredRule[] = [];
  for (const rule of rules) {
    // Most rules do not fire: decide that before allocating anything for them.
    if (rule.when.none && anyPresent(rule.when.none, signals)) continue;
    if (!allGroupsPresent(rule.when.all, signals)) continue;
    const evidence: Evidence[] = [];
    for (const group of rule.when.all) {
      for (const key of group) {
        const list = signals.get(key);
        if (list) evidence.push(...list);
      }
    }
    const seen = new Set<string>();
    const unique = evidence.filter((item) => {
      const key = evidenceKey(item);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    unique.sort((a, b) => (a.kind === "text" && b.kind === "text" ? a.start - b.start : 0));
    fired.push({
      id: rule.id,
      level: rule.level,
      reason: rule.reason,
      sources: rule.sources,
      evidence: unique,
    });
  }
  // Stable sort: the highest level first, rule order within a level.
  return fired.sort((a, b) => compareLevels(b.level, a.level));
};
