import type { Token } from "../text/tokenize";

/**
 * A level given first and hedged after it, the way a patient answers "how sore did it get?": "Six and a half I'd
 * say, on Wednesday", "7 I reckon", "about a 6.5 I would say". With no "a" or "/10" before it and often no word of
 * pain in its sentence, the number went unread, and with it the peak of the soreness.
 */

/** Words that hedge a level given just before them: "I'd say", "I would say", "I reckon", "I'd guess". */
const HEDGE_VERBS: ReadonlySet<string> = new Set(["say", "guess", "reckon", "reckons", "estimate"]);

/** Whether "and a half" follows the number at `index` ("six and a half"). */
export const isHalfAfter = (tokens: readonly Token[], index: number): boolean =>
  tokens[index + 1]?.norm === "and" &&
  tokens[index + 2]?.norm === "a" &&
  tokens[index + 3]?.norm === "half";

/**
 * Whether a hedge follows the number at `index`, after its "and a half" if it has one: "6 I'd say", "six and a half
 * I would say", "7 I reckon".
 */
export const isHedgedAfter = (tokens: readonly Token[], index: number): boolean => {
  let at = isHalfAfter(tokens, index) ? index + 4 : index + 1;
  if (tokens[at]?.norm === "id") at += 1;
  else if (tokens[at]?.norm === "i") {
    at += 1;
    if (tokens[at]?.norm === "would") at += 1;
  } else return false;
  return HEDGE_VERBS.has(tokens[at]?.norm ?? "");
};

/** Words that may stand before a hedged level at the start of its telling ("about a 6 I'd say", "maybe 7 I reckon"). */
const OPENERS: ReadonlySet<string> = new Set([
  ",",
  ".",
  "-",
  ":",
  "(",
  "a",
  "an",
  "about",
  "around",
  "maybe",
  "probably",
  "like",
  "roughly",
  "oh",
  "hmm",
  "um",
  "honestly",
  "peaked",
  "peak",
]);

/**
 * A level given and hedged right after it, opening its telling: the number at `index` at the start of the text or
 * after a mark or an opener ("Six and a half I'd say", "hmm, about 7 I reckon"), followed by a hedge. Not "we did 3
 * I'd say": a count led by a verb is no level.
 */
export const isHedgedRating = (tokens: readonly Token[], index: number): boolean => {
  if (!isHedgedAfter(tokens, index)) return false;
  const before = tokens[index - 1];
  return before === undefined || tokens[index]?.afterBreak === true || OPENERS.has(before.norm);
};
