import type { TrendRule } from "./trend-rule";
import { backByNextMorning, notBackByNextMorning } from "./rules/next-morning";
import {
  sorenessPastDayThree,
  sorenessPastDayThreeImproving,
} from "./rules/soreness-past-day-three";
import { meaningfulImprovement, risingWeekOnWeek } from "./rules/week-on-week";
import { worseAfterEverySession } from "./rules/worse-after-every-session";

/** Every trend rule over the diary. Order does not matter: the highest level wins. */
export const TREND_RULES: readonly TrendRule[] = [
  worseAfterEverySession,
  notBackByNextMorning,
  backByNextMorning,
  risingWeekOnWeek,
  meaningfulImprovement,
  sorenessPastDayThree,
  sorenessPastDayThreeImproving,
];
