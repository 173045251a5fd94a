/**
 * The months as patients' words are matched (lower case, full names): the one list the readers' word sets take
 * them from ("back in March", "Monday 5 March"). "may" is among them, though it is far more often the verb ("it may
 * be nothing"): a reader that cannot tell the two apart leaves it out. Short forms ("jan", "sept") are left to
 * each reader: some are everyday words too ("mar").
 */
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** The months but "may", for readers that see the word without its context. */
export const MONTHS_BUT_MAY = MONTHS.filter((month) => month !== "may");
