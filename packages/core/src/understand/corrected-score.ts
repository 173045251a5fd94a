import type { Token } from "../text/tokenize";
import { scoreAt } from "./numbers";
import type { NumberValues } from "./numbers";

/**
 * A score the patient corrects straight after giving it: "Deadlifts went to an 8 for a second -- sorry, more like a
 * 6", "went to 7 during the squats - sorry, I mean 4", "a 9, well no, more like a 7". The first number is taken
 * back, and the one after the correction is the level; read as two scores, the retracted 8 made it severe pain.
 * Only a spelt-out correction counts ("sorry", "I mean", "no wait", "correction", "or rather", "more like" after a
 * break): "6 yesterday, 4 today" is two days. (`retracted.ts` sets aside any sign or score taken back with nothing
 * but a time or a filler before the taking back; this reads a score replaced by another, with words of its own
 * between: "for a second", "during the squats".)
 */

/** Words that open a correction, each as its words in order. */
const CORRECTIONS: readonly (readonly string[])[] = [
  ["sorry"],
  ["i", "mean"],
  ["i", "meant"],
  ["correction"],
  ["no", "wait"],
  ["wait", "no"],
  ["well", "no"],
  ["scratch", "that"],
  ["or", "rather"],
  ["actually", "more"],
  ["actually", "closer"],
  ["actually", "nearer"],
];

/** The first words of the corrections, so that most words are passed over with one lookup. */
const CORRECTION_STARTS: ReadonlySet<string> = new Set(CORRECTIONS.map((words) => words[0] ?? ""));

/** Marks a correction may stand behind ("8 -- sorry", "7, I mean 4"). */
const BREAKS: ReadonlySet<string> = new Set(["-", ",", ".", "(", "...", "…", "!", ";"]);

/** How many words after the score its correction may start ("an 8 on the step-ups for a second -- sorry"). */
const CORRECTION_REACH = 7;
/** How far after the correction's first word the corrected score may stand ("sorry, more like a 6"). */
const SCORE_REACH = 6;

/** A hyphen inside a word ("step-ups"), touching the words on both sides: no break. */
const isJoiningHyphen = (tokens: readonly Token[], i: number): boolean => {
  const token = tokens[i];
  return (
    token?.norm === "-" && tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end
  );
};

/** The length of the correction starting at token `i`, or 0. */
const correctionAt = (tokens: readonly Token[], i: number): number => {
  for (const words of CORRECTIONS) {
    let matches = true;
    for (let k = 0; k < words.length && matches; k += 1)
      if (tokens[i + k]?.norm !== words[k]) matches = false;
    if (matches) return words.length;
  }
  return 0;
};

/** Whether the score at token `index` is taken back by a correction giving another score just after it. */
export const isCorrectedScore = (
  tokens: readonly Token[],
  values: NumberValues,
  index: number,
): boolean => {
  let broke = false;
  let words = 0;
  for (let i = index + 1; words <= CORRECTION_REACH && i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === "punct") {
      if (BREAKS.has(token.norm) && !isJoiningHyphen(tokens, i)) broke = true;
      // (a question or a new line ends what the score was: "a 7? Sorry, ...")
      if (token.norm === "?") return false;
      continue;
    }
    if (token.kind === "number" || scoreAt(tokens, values, i) !== undefined) return false;
    words += 1;
    if (!CORRECTION_STARTS.has(token.norm)) continue;
    const length = correctionAt(tokens, i);
    if (length === 0) continue;
    // (the correction stands behind a break: "an 8 -- sorry", "7, I mean 4"; "7 I mean it" is no correction)
    if (!broke) return false;
    for (let j = i + length; j < i + length + SCORE_REACH && j < tokens.length; j += 1)
      if (scoreAt(tokens, values, j) !== undefined) return true;
    return false;
  }
  return false;
};
