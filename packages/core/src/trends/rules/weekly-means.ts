import type { DiaryTimeline } from "../diary-timeline";

const WEEK = 7 * 24 * 60 * 60 * 1000;

/**
 * Average pain now over the last 7 days, the 7 before and the 7 before those (index 0 is this week), or null for
 * a week without readings.
 */
export const weeklyMeans = (timeline: DiaryTimeline): readonly (number | null)[] =>
  [0, 1, 2].map((weeksAgo) => {
    const end = timeline.nowMs - weeksAgo * WEEK;
    const start = end - WEEK;
    const scores = timeline.readings
      .filter((reading) => {
        const ms = Date.parse(reading.at);
        return ms > start && ms <= end;
      })
      .map((reading) => reading.painNow);
    return scores.length === 0 ? null : scores.reduce((sum, n) => sum + n, 0) / scores.length;
  });

export const formatMean = (mean: number): string => `${mean.toFixed(1)}/10`;
