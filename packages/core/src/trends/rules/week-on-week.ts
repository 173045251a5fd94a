import type { TrendRule } from "../trend-rule";
import { isMeaningfulChange } from "../is-meaningful-change";

import { formatMean, weeklyMeans } from "./weekly-means";

/**
 * Average pain rising from one week to the next: by a meaningful amount (2 points or 30%), or a little each week
 * for two weeks running (pain-monitoring model, R9; meaningful change, R40, R42).
 */
export const risingWeekOnWeek: TrendRule = {
  id: "rising-week-on-week",
  level: "contact-therapist",
  reason:
    "Your average pain is going up from week to week. During PT, pain should not keep climbing week after week. " +
    "Tell your therapist so they can look at your programme.",
  sources: ["R9", "R40", "R42"],
  detect: (timeline) => {
    const [thisWeek, lastWeek, weekBefore] = weeklyMeans(timeline);
    if (thisWeek == null || lastWeek == null || thisWeek <= lastWeek) return null;
    const climbing = weekBefore != null && lastWeek > weekBefore;
    if (!isMeaningfulChange(lastWeek, thisWeek) && !climbing) return null;
    return [
      `Average pain in the last 7 days: ${formatMean(thisWeek)}; the week before: ${formatMean(lastWeek)}` +
        (climbing ? `; the week before that: ${formatMean(weekBefore)}.` : "."),
    ];
  },
};

/** Average pain falling by a meaningful amount from one week to the next (R40, R41, R42). */
export const meaningfulImprovement: TrendRule = {
  id: "meaningful-improvement",
  level: "expected",
  reason:
    "Your average pain went down by 2 points or more (or by nearly a third) from last week. A drop that big " +
    "is a real improvement, not just a good day.",
  sources: ["R40", "R41", "R42"],
  detect: (timeline) => {
    const [thisWeek, lastWeek] = weeklyMeans(timeline);
    if (thisWeek == null || lastWeek == null || thisWeek >= lastWeek) return null;
    if (!isMeaningfulChange(lastWeek, thisWeek)) return null;
    return [
      `Average pain in the last 7 days: ${formatMean(thisWeek)}; the week before: ${formatMean(lastWeek)}.`,
    ];
  },
};
