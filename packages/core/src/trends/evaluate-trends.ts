import type { DiaryInput, DiaryTrends, FiredTrend } from "../model/diary";
import { DiaryInputSchema } from "../model/diary";
import { compareLevels, maxLevel } from "../model/triage-level";

import { buildDiaryTimeline } from "./diary-timeline";
import type { TrendRule } from "./trend-rule";
import { TREND_RULES } from "./trend-rules";

/**
 * Runs the trend rules over a diary. Returns the fired rules, highest level first, each with the readings
 * behind it; `level` is the highest of them, or null when none fired.
 */
export const evaluateTrends = (
  input: DiaryInput,
  rules: readonly TrendRule[] = TREND_RULES,
): DiaryTrends => {
  const timeline = buildDiaryTimeline(DiaryInputSchema.parse(input));
  const fired: FiredTrend[] = rules.flatMap((rule) => {
    const evidence = rule.detect(timeline);
    return evidence === null
      ? []
      : [{ id: rule.id, level: rule.level, reason: rule.reason, sources: rule.sources, evidence }];
  });
  fired.sort((a, b) => compareLevels(b.level, a.level));
  return {
    level: fired.length === 0 ? null : maxLevel(...fired.map((rule) => rule.level)),
    fired,
  };
};
