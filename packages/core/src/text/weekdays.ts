/**
 * The days of the week as patients' words are matched (lower case, full names): the one list the readers' word sets
 * take them from ("since Monday", "Wednesday 5, Thursday 3"). Short forms are left to each reader: "sat", "sun" and
 * "wed" are everyday words too.
 */
export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
