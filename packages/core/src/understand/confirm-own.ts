import type { Finding } from "../model/finding";
import { WordSet } from "../text/word-set";
import { cueIndexFrom, cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import { tokenAfterEnd, tokenStartingAt } from "./finding-tokens";
import { shortAnswerAt } from "./short-answer";
import { isNegationWord, precededByNegation } from "./status";

/**
 * A sign read as imagined or as someone else's that the patient then says is theirs: "my physio said to call if I
 * got numb down there, and now I am", "The card says ring 999 if you can't feel the paper. Today I can't.", "My
 * dad had foot drop which I now have too", "my dog's back legs are weak but so are mine". The sign is present.
 */
export const confirmOwn = (reading: Reading, findings: Finding[]): void => {
  for (let index = 0; index < findings.length; index += 1) {
    const finding = findings[index];
    if (finding?.evidence.kind !== "text") continue;
    const { status } = finding;
    if (status !== "hypothetical" && status !== "someone-else") continue;
    const first = tokenStartingAt(reading, finding.evidence.start, 0);
    if (first < 0) continue;
    const last = tokenAfterEnd(reading, finding.evidence.end, first);
    if (isSaidOwnAfter(reading, first, last, status === "someone-else"))
      findings[index] = { ...finding, status: "present" };
  }
};

/** Words after which a short answer may start within the sentence ("..., and now I am", "which I now have too"). */
const JOINERS = new WordSet([",", "and", "but", "which", "-", "that"]);
/** Subjects a short yes about the patient's own sign can have (not "it" for a relative's: "she has it, it is"). */
const OWN_SUBJECTS = new Set(["i", "mine"]);

/**
 * Whether a yes of the patient's follows the sign at `first`..`last`: a short answer after a joiner in its sentence
 * or opening the next ("and now I am", "Today I can't" after a sign in the negative), or a confirmation ("same
 * here", "I've got that too") there.
 */
const isSaidOwnAfter = (
  reading: Reading,
  first: number,
  last: number,
  ofOther: boolean,
): boolean => {
  const { tokens, segments } = reading;
  const sentence = segments.sentenceOf[first] ?? 0;
  const next = segments.sentenceStarts[sentence + 1] ?? tokens.length;
  // (a sign in the negative, "if I can't feel the paper", is so when the answer is "I can't")
  const negative =
    precededByNegation(reading, { first, last: first }, 2) || hasNegationIn(reading, first, last);
  for (let i = last; i <= next && i < tokens.length; i += 1) {
    if (i < next && !JOINERS.at(reading, i)) continue;
    const answer = shortAnswerAt(reading, i);
    if (answer === undefined) continue;
    if (ofOther && !OWN_SUBJECTS.has(answer.subject)) continue;
    if ((answer.says === "yes") !== negative) return true;
  }
  if (ofOther && isMineTooAfter(reading, last, next)) return true;
  return isConfirmedByCue(reading, last, next);
};

/** Words after "mine" that say it is the same: "mine are numb too", "now mine does it as well". */
const SAME_WORDS = new Set(["too", "also", "well", "same"]);
/** How far after "mine" such a word may stand. */
const MINE_REACH = 5;
/** Words that make "mine" fine after all ("mine are fine too", "mine aren't"). */
const FINE_WORDS = new Set(["fine", "ok", "okay", "normal", "alright", "good", "better"]);

/**
 * "my mum's legs went numb last year and now mine are numb too": "mine", after the relative's sign in its sentence,
 * said to be the same ("too", "as well"), and not fine or denied.
 */
const isMineTooAfter = (reading: Reading, from: number, to: number): boolean => {
  const { tokens } = reading;
  for (let i = from; i < to; i += 1) {
    const norm = tokens[i]?.norm;
    if (norm !== "mine" && norm !== "mines") continue;
    for (let j = i + 1; j < Math.min(to, i + 1 + MINE_REACH); j += 1) {
      const word = tokens[j]?.norm ?? "";
      if (isNegationWord(word) || FINE_WORDS.has(word)) break;
      if (SAME_WORDS.has(word)) return true;
    }
  }
  return false;
};

/** Whether a negation word lies among the sign's own words ("can't feel the toilet paper"). */
const hasNegationIn = (reading: Reading, first: number, last: number): boolean => {
  for (let i = first; i < last; i += 1)
    if (isNegationWord(reading.tokens[i]?.norm ?? "")) return true;
  return false;
};

/**
 * A confirmation ("same here", "I've got that too", "which I now have") after the sign in its sentence or opening the
 * next one, not denied ("I don't think I have that").
 */
const isConfirmedByCue = (reading: Reading, from: number, next: number): boolean => {
  const actual = cuesOf(reading, "actual");
  const { sentenceOf } = reading.segments;
  for (let k = cueIndexFrom(actual, from); ; k += 1) {
    const cue = actual[k];
    if (cue === undefined) return false;
    // (in the sign's sentence, or the first words of the next)
    if (cue.first >= next && (sentenceOf[cue.first] !== sentenceOf[next] || cue.first > next + 1))
      return false;
    if (!precededByNegation(reading, cue, 3)) return true;
  }
};
