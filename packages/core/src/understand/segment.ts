import type { Token } from "../text/tokenize";
import { WEEKDAYS } from "../text/weekdays";
import { MONTHS_BUT_MAY } from "../text/months";

/** Sentence and clause numbers for every token, so scopes can stop where a sentence or clause ends. */
export type Segments = {
  /** Sentence number of each token. */
  sentenceOf: Int32Array;
  /** Clause number of each token (clauses also end at "but", "although" and similar). */
  clauseOf: Int32Array;
  /** Index of the first token of each sentence. */
  sentenceStarts: number[];
};

const SENTENCE_ENDS = new Set([".", "!", "?", ";", "\u2022", "*", ":"]);

const isUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;
const isLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
/**
 * Words written with a capital wherever they stand: "I" and its forms, days, months and titles ("since my
 * session on Monday, and today is Friday" is one sentence).
 */
const ALWAYS_CAPITALISED = new Set([
  "i",
  "im",
  "ive",
  "id",
  "ill",
  ...WEEKDAYS,
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  ...MONTHS_BUT_MAY,
  "christmas",
  "easter",
  "dr",
  "mr",
  "mrs",
  "ms",
]);

/** Titles, which a capitalised name follows ("Dr Smith"). */
const TITLES = new Set(["dr", "mr", "mrs", "ms"]);

/**
 * A capitalised word straight after a lower-case word or an acronym, with no punctuation between ("sore, nothing
 * else My legs are numb"): a patient starting a new sentence without a full stop. Not "I", a day, a month or
 * a title, which are capitalised anywhere. Another name ("saw Sam") also ends the sentence here.
 */
const isCapitalised = (text: string, token: Token): boolean =>
  isUpper(text.charCodeAt(token.start)) && isLower(text.charCodeAt(token.start + 1));

const isUnpunctuatedStart = (text: string, previous: Token, token: Token): boolean =>
  previous.kind !== "punct" &&
  token.kind === "word" &&
  // (the character test first: it rules out nearly every token without hashing its norm)
  isCapitalised(text, token) &&
  !ALWAYS_CAPITALISED.has(token.norm) &&
  // After a lower-case word or a number, an acronym ("after PT My back..."), or a day, month or "I" ("since
  // Sunday Cancer runs in my family"), not inside a name ("Dr Smith").
  (!isCapitalised(text, previous) ||
    (ALWAYS_CAPITALISED.has(previous.norm) && !TITLES.has(previous.norm)));

/** What may end a score told after a label and a colon ("Usual: 2.", "Usual: 2, today: 5"). */
const LABEL_VALUE_ENDS = new Set([".", "!", "?", ";", ",", ")"]);
/** Scores of 0-10 as written in figures. */
const SCORE_FIGURES = new Set(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);

/**
 * A colon at `i` between a label and the score it gives, the score told alone ("Usual: 2. This morning after the
 * session: 5.", "Day 4: 5", "Pain: 6/10,"): one statement, which the colon does not end. (Not a clock, "10:30",
 * written without a space; nor "Numbness: 2 days", where more is told after the number.)
 */
const isLabelColon = (tokens: readonly Token[], i: number): boolean => {
  const colon = tokens[i];
  const value = tokens[i + 1];
  if (colon === undefined || value === undefined || value.afterBreak) return false;
  if (value.kind !== "number" || value.start === colon.end || !SCORE_FIGURES.has(value.norm))
    return false;
  let end = i + 2;
  // (a score out of ten: "6/10", "6 out of 10")
  if (tokens[end]?.norm === "/" && tokens[end + 1]?.norm === "10") end += 2;
  else if (tokens[end]?.norm === "out" && tokens[end + 1]?.norm === "of") end += 3;
  const after = tokens[end];
  return after === undefined || after.afterBreak || LABEL_VALUE_ENDS.has(after.norm);
};

/**
 * A "!" or "?" closing a bracketed aside inside a sentence, the bracket straight after it ("Since my second baby
 * (she's 14 now!) I leak a little"): the aside's own tone, not the end of the sentence around it.
 */
const isAsideMark = (tokens: readonly Token[], i: number): boolean => {
  const mark = tokens[i];
  const close = tokens[i + 1];
  return (
    (mark?.norm === "!" || mark?.norm === "?") &&
    close?.norm === ")" &&
    close.start === mark.end &&
    !close.afterBreak
  );
};

/**
 * Splits prepared tokens of `text` into sentences (at . ! ? ; : bullets, line breaks and a capitalised word that
 * starts a sentence without a full stop) and clauses (also where each of `clauseBreaks` starts, given in token
 * order: terminator words such as "but"). One pass, linear. `takeInts` gives the zeroed arrays the numbers are kept in
 * (a reader's pool; by default new ones).
 */
export const segment = (
  text: string,
  tokens: readonly Token[],
  clauseBreaks: readonly { first: number }[],
  takeInts: (length: number) => Int32Array = (length) => new Int32Array(length),
): Segments => {
  let nextBreak = 0;
  const sentenceOf = takeInts(tokens.length);
  const clauseOf = takeInts(tokens.length);
  const sentenceStarts: number[] = [];
  let sentence = 0;
  let clause = 0;
  let atStart = true;
  // (inside a bracket opened mid-sentence: "Since my second baby (she's 14 now!) I leak ...")
  let inAside = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) break;
    const previous = tokens[i - 1];
    const isRunOn =
      !atStart && previous !== undefined && isUnpunctuatedStart(text, previous, token);
    if (!atStart && (token.afterBreak || isRunOn)) {
      sentence += 1;
      clause += 1;
      atStart = true;
    } else if (!atStart && clauseBreaks[nextBreak]?.first === i) {
      clause += 1;
    }
    while ((clauseBreaks[nextBreak]?.first ?? Infinity) <= i) nextBreak += 1;
    if (atStart) {
      sentenceStarts.push(i);
      atStart = false;
    }
    sentenceOf[i] = sentence;
    clauseOf[i] = clause;
    if (token.norm === "(") inAside = sentenceStarts[sentenceStarts.length - 1] !== i;
    else if (token.norm === ")") inAside = false;
    if (
      token.kind === "punct" &&
      SENTENCE_ENDS.has(token.norm) &&
      !(token.norm === ":" && isLabelColon(tokens, i)) &&
      !(inAside && isAsideMark(tokens, i))
    ) {
      sentence += 1;
      clause += 1;
      atStart = true;
      inAside = false;
    }
  }
  return { sentenceOf, clauseOf, sentenceStarts };
};
