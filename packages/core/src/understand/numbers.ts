import type { Token } from "../text/tokenize";
import { isHedgedAfter } from "./hedged-rating";

/** (Maps, not objects: looked up with every token, so a miss must be cheap and "constructor" must miss.) */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0,
    nil: 0,
    one: 1,
    a: 1,
    an: 1,
    two: 2,
    couple: 2,
    three: 3,
    few: 3,
    several: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fourteen: 14,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

/** The number words the reader knows, which spelling correction must leave as they are ("seven" is no "seen"). */
export const numberWords = (): Iterable<string> => NUMBER_WORDS.keys();

/** Words that name a quantity on their own ("a", "couple") but are not pain scores. */
const VAGUE = new Set(["a", "an", "couple", "few", "several"]);

/** The numeric value of a token: digits ("7", "2.5") or a number word ("seven"). */
export const numberValue = (token: Token | undefined): number | undefined => {
  if (token === undefined) return undefined;
  if (token.kind === "number") {
    const value = Number(token.norm);
    return Number.isFinite(value) ? value : undefined;
  }
  return NUMBER_WORDS.get(token.norm);
};

/** Every token's numeric value, by token index; undefined where a token is no number. */
export type NumberValues = readonly (number | undefined)[];

/**
 * Every token's numeric value (`numberValue`). A message's scans for scores, durations and ages read this
 * once-made array instead of looking every token up again. A plain array, not a Float64Array: V8 keeps small
 * integers in it unboxed, where every read of a Float64Array element that leaves the function is a new heap
 * number (about 16 bytes per token per scan, measured with the sampling heap profiler). With `into`, that array is
 * filled (and its length set) instead of a new one.
 */
export const numberValues = (
  tokens: readonly Token[],
  into: (number | undefined)[] = new Array<number | undefined>(tokens.length),
): NumberValues => {
  for (let i = 0; i < tokens.length; i += 1) into[i] = numberValue(tokens[i]);
  into.length = tokens.length;
  return into;
};

/** The value at `index` of `numberValues`' array, or undefined where that token is no number. */
export const valueAt = (values: NumberValues, index: number): number | undefined => values[index];

/** A number that can be a pain score (digits 0-10 or the words zero-ten, never "a" or "couple"). */
export const scoreAt = (
  tokens: readonly Token[],
  values: NumberValues,
  index: number,
): number | undefined => {
  const value = valueAt(values, index);
  if (value === undefined || VAGUE.has(tokens[index]?.norm ?? "")) return undefined;
  if (value < 0 || value > 10) return undefined;
  // "6.5/10": a half point only when said out of ten, or led like a score ("went to like 6.5", "a 7.5").
  if (Number.isInteger(value)) return value;
  const isHalf = Number.isInteger(value * 2);
  if (isHalf && (isOutOfTen(tokens, index) || HALF_LEAD.has(tokens[index - 1]?.norm ?? "")))
    return value;
  // "6.5 I'd say": a half point hedged as a guess at a level
  if (isHalf && isHedgedAfter(tokens, index)) return value;
  // "peaked at 6.5", "stayed at 5.5" (not a clock's "at 6.5")
  if (
    isHalf &&
    tokens[index - 1]?.norm === "at" &&
    LEVEL_BEFORE_AT.has(tokens[index - 2]?.norm ?? "")
  )
    return value;
  // "My weekly average from the app: 2.5, 3.0, 3.8, 4.6": averages have tenths.
  return isTenth(value) && isAverageList(tokens, index) ? value : undefined;
};

/** Whether a value has at most one decimal place ("3.8", not "3.14"). */
const isTenth = (value: number): boolean => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;

/** Words that name an average score. */
const AVERAGE_WORDS: ReadonlySet<string> = new Set(["average", "averages", "avg", "mean"]);
/** How far back, through a list of numbers and a colon, an average word may lead. */
const AVERAGE_REACH = 12;

/**
 * Whether the number at `index` is one of a list of averages: an average word before it, with only numbers, list
 * marks, a colon and a few words between, and no full stop ("weekly average from the app: 2.5, 3.0, 3.8").
 */
const isAverageList = (tokens: readonly Token[], index: number): boolean => {
  for (let i = index - 1; i >= Math.max(0, index - AVERAGE_REACH); i -= 1) {
    const token = tokens[i];
    if (token === undefined) return false;
    if (AVERAGE_WORDS.has(token.norm)) return true;
    if (token.kind === "punct" && token.norm !== "," && token.norm !== ":") return false;
  }
  return false;
};

/** Words before a half point that make it a score ("like 6.5", "a 7.5", "about 5.5"; not "at 6.5"). */
const HALF_LEAD: ReadonlySet<string> = new Set([
  "a",
  "an",
  "like",
  "about",
  "around",
  "maybe",
  "to",
  "hit",
  "reached",
  "solid",
  // "Soreness was 6.5 on day 2", "it's 5.5 now", "still 6.5"
  "was",
  "is",
  "its",
  "been",
  "still",
  "now",
  "peaked",
]);

/** Words before "at" that make a half point after it a level ("peaked at 6.5", "it's at 5.5"). */
const LEVEL_BEFORE_AT: ReadonlySet<string> = new Set([
  "peaked",
  "peak",
  "peaking",
  "topped",
  "maxed",
  "was",
  "is",
  "its",
  "im",
  "stayed",
  "sitting",
  "still",
]);

/** "/10", "/ 10" or "out of 10" after token `index`. */
const isOutOfTen = (tokens: readonly Token[], index: number): boolean => {
  const next = tokens[index + 1]?.norm;
  if (next === "/") return tokens[index + 2]?.norm === "10";
  return next === "out" && tokens[index + 2]?.norm === "of" && tokens[index + 3]?.norm === "10";
};

/** Hours per time unit word. */
export const UNIT_HOURS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    sec: 1 / 3600,
    secs: 1 / 3600,
    second: 1 / 3600,
    seconds: 1 / 3600,
    min: 1 / 60,
    mins: 1 / 60,
    minute: 1 / 60,
    minutes: 1 / 60,
    h: 1,
    hr: 1,
    hrs: 1,
    hour: 1,
    hours: 1,
    day: 24,
    days: 24,
    night: 24,
    nights: 24,
    week: 168,
    weeks: 168,
    wk: 168,
    wks: 168,
    fortnight: 336,
    month: 720,
    months: 720,
    year: 8760,
    years: 8760,
  }),
);
