import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/** Words of a severity that a taking-back repeats or points at ("not severe severe", "not that bad"). */
const SEVERE_WORDS = new WordSet([
  "severe",
  "unbearable",
  "agony",
  "agonising",
  "agonizing",
  "excruciating",
  "horrendous",
  "horrific",
  "terrible",
  "that",
  "so",
  "really",
  "bad",
]);
/** Words that turn a self-correction ("well", "actually", "ok", "I mean"). */
const CORRECTION_WORDS = new WordSet([
  "well",
  "actually",
  "ok",
  "okay",
  "mean",
  "hmm",
  "erm",
  "um",
]);
/** How far after the severe words the taking-back may come ("my pain is severe... well not severe severe"). */
const TAKE_BACK_REACH = 6;
/** How far after the taking-back its lower score may come ("..., I'd say a 5"). */
const SCORE_REACH = 10;

/**
 * "My pain is severe... well not severe severe, I'd say a 5": severe words taken back straight after, with a word
 * of correcting oneself, "not" and a severity word, and a score of 6 or less given instead. The rules' severe pain
 * is 8-10/10; the patient's own score is the level, and no 7-10 is said anywhere in the message.
 */
export const isSevereTakenBack = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const end = Math.min(tokens.length, span.last + TAKE_BACK_REACH);
  let corrected = false;
  let takenBack = -1;
  for (let i = span.last; i < end; i += 1) {
    if (CORRECTION_WORDS.at(reading, i)) corrected = true;
    if (
      corrected &&
      (tokens[i]?.norm === "not" || tokens[i]?.norm === "no") &&
      SEVERE_WORDS.at(reading, i + 1)
    ) {
      takenBack = i;
      break;
    }
  }
  if (takenBack < 0) return false;
  let lower = false;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]?.kind !== "number") continue;
    const value = Number(tokens[i]?.norm);
    // (any 7 to 10 may be a score of it: "well not severe, an 8")
    if (value >= 7 && value <= 10 && tokens[i - 1]?.norm !== "/") return false;
    if (i > takenBack && i - takenBack <= SCORE_REACH && value >= 0 && value <= 6) lower = true;
  }
  return lower;
};
