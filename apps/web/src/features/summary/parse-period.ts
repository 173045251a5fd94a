import { fromWallTimeInput, toWallTimeInput } from "~/features/diary/time-zone";

export type SummaryPeriod = {
  from: Date;
  to: Date;
  /** The days as the patient chose them ("2026-11-01"), for links and forms. */
  fromDay: string;
  toDay: string;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_DAYS = 28;
const MAX_DAYS = 366;

/**
 * The summary's period from `from` and `to` days (whole days in the patient's time zone). Defaults to the last
 * 28 days; a reversed or over-long period is put right rather than refused.
 */
export const parsePeriod = (
  from: unknown,
  to: unknown,
  timeZone: string,
  now: Date = new Date(),
): SummaryPeriod => {
  const today = toWallTimeInput(now, timeZone).slice(0, 10);
  const toDay = typeof to === "string" && DAY.test(to) ? to : today;
  const end = fromWallTimeInput(`${toDay}T23:59`, timeZone);
  const safeEnd = end ?? fromWallTimeInput(`${today}T23:59`, timeZone) ?? now;
  const fallbackFrom = toWallTimeInput(
    new Date(safeEnd.getTime() - (DEFAULT_DAYS - 1) * 24 * 3600 * 1000),
    timeZone,
  ).slice(0, 10);
  let fromDay = typeof from === "string" && DAY.test(from) ? from : fallbackFrom;
  let start = fromWallTimeInput(`${fromDay}T00:00`, timeZone);
  if (
    start === null ||
    start > safeEnd ||
    safeEnd.getTime() - start.getTime() > MAX_DAYS * 86_400_000
  ) {
    fromDay = fallbackFrom;
    start = fromWallTimeInput(`${fromDay}T00:00`, timeZone) ?? safeEnd;
  }
  return {
    from: start,
    to: new Date(safeEnd.getTime() + 59_999),
    fromDay,
    toDay: end === null ? today : toDay,
  };
};
