import type { FiredRule } from "../model/assessment";
import type { Evidence } from "../model/finding";
import { compareLevels } from "../model/triage-level";
import type { Signals } from "./signals";
import type { TriageRule } from "./triage-rule";

const evidenceKey = (evidence: Evidence): string =>
  evidence.kind === "text" ? `t:${evidence.start}:${evidence.end}` : `a:${evidence.field}`;

/** Runs every rule over the signals; returns the fired rules, highest level first, with their evidence. */
export const evaluateRules = (rules: readonly TriageRule[], signals: Signals): FiredRule[] => {
  const fired: FiredRule[] = [];
  for (const rule of rules) {
    if (rule.when.none?.some((key) => signals.has(key))) continue;
    const evidence: Evidence[] = [];
    let holds = true;
    for (const group of rule.when.all) {
      const present = group.filter((key) => signals.has(key));
      if (present.length === 0) {
        holds = false;
        break;
      }
      for (const key of present) evidence.push(...(signals.get(key) ?? []));
    }
    if (!holds) continue;
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
