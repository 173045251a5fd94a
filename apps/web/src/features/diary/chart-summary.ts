import type { DiaryCheckIn } from "~/server/data/diary/diary-check-in";

/** One sentence that says what the chart shows, for its text alternative. */
export const chartSummary = (sessionCount: number, checkIns: readonly DiaryCheckIn[]): string => {
  if (checkIns.length === 0)
    return `Pain chart: ${String(sessionCount)} sessions and no check-ins yet.`;
  const first = checkIns[0];
  const last = checkIns.at(-1);
  const range =
    first === undefined || last === undefined
      ? ""
      : ` Pain now went from ${String(first.painNow)}/10 to ${String(last.painNow)}/10.`;
  return `Pain chart: ${String(sessionCount)} sessions and ${String(checkIns.length)} check-ins.${range} The table below lists every point.`;
};
