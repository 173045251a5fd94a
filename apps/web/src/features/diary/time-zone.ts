/** A time zone name the runtime knows (e.g. "Europe/London"), else UTC. */
export const validTimeZone = (value: string | undefined): string => {
  if (value === undefined || value === "" || value.length > 64) return "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return value;
  } catch {
    return "UTC";
  }
};

const wallParts = (date: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? "00";
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
  };
};

/** The value of a `datetime-local` input ("2026-11-03T18:30") for a moment, as seen in a time zone. */
export const toWallTimeInput = (date: Date, timeZone: string): string => {
  const p = wallParts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The moment a `datetime-local` value means in a time zone, or null when it is not a valid date-time. */
export const fromWallTimeInput = (value: string, timeZone: string): Date | null => {
  const match = WALL_TIME.exec(value);
  if (match === null) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== day) return null;
  // The zone's offset at that moment, found by reading the guess back in the zone (twice, for DST edges).
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass++) {
    const seen = wallParts(new Date(guess), timeZone);
    const seenUtc = Date.UTC(
      Number(seen.year),
      Number(seen.month) - 1,
      Number(seen.day),
      Number(seen.hour),
      Number(seen.minute),
    );
    guess += asUtc - seenUtc;
  }
  return new Date(guess);
};

/** "Tue 3 Nov, 18:30": a short date and time in the patient's time zone. */
export const formatDateTime = (date: Date, timeZone: string): string =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);

/** "3 Nov 2026": a date in the patient's time zone. */
export const formatDate = (date: Date, timeZone: string): string =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(date);
