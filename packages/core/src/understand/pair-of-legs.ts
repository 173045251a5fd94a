import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import { isAfterEffort } from "./red-flag-signs";
import type { AddFinding } from "./red-flag-signs";
import { isNegated, statusOf } from "./status";
import { LEG_PART_WORDS, PAIN_WORDS } from "./body-words";

/**
 * A leg symptom said to be in both legs by a pronoun and the legs told as a pair or restated: "Physio said it's
 * sciatica. Trouble is it's now in the pair of them - left and right, down the back of each thigh to the knee",
 * "it's now left and right, down each thigh", "I've got it in the two of them". Pain, numbness, tingling or
 * weakness in both legs is an emergency however it is told (triage-rules.md). The pronoun must stand a few words
 * before the pair (words restating it, "- left and right,", passed over) and point at a nerve symptom of the
 * patient's own told before it, and a leg or sciatica must be named: "the pair of them" alone is anything counted
 * two.
 *
 * Anchored on the few "pair-of" and "site-both" cues found; each looks a handful of tokens back.
 */

/** Words that point back at the symptom told before ("it's now in the pair of them"). */
const PRONOUNS = new WordSet(["it", "its", "they", "theyre", "them"]);

/** Words that end the way back to the pronoun: a turn to something else ("just", "but", "not"). */
const STOPS = new WordSet([
  "just",
  "only",
  "but",
  "not",
  "no",
  "never",
  "and",
  "or",
  "neither",
  "either",
]);

/** Punctuation that restates the pair ("the pair of them - left and right, down each thigh"). */
const RESTATING = new WordSet([",", "-", "–", "—", ":", "("]);

/** How many words (not counting a pair restated) the pronoun may stand before the pair. */
const PRONOUN_REACH = 4;

/** Words of a leg, or of the nerve pain of one, that make the pair the legs. */
const LEG_WORDS = new WordSet([
  ...LEG_PART_WORDS,
  "hamstring",
  "hamstrings",
  "toes",
  "sciatica",
  "sciatic",
]);

/** How far after the pair a leg may be named in its sentence ("... left and right, down the back of each thigh"). */
const LEG_AFTER = 12;

/** The symptom kinds a pronoun may point back at. */
const SYMPTOMS = ["sym-numb", "sym-tingle", "sym-weak", "sym-pain", "sym-asleep"] as const;

/** The restated pairs: "pair-of" and "site-both" cues, in text order of their starts. */
const pairsOf = (reading: Reading): readonly CueHit[] => {
  const pairs = cuesOf(reading, "pair-of");
  const sites = cuesOf(reading, "site-both");
  if (pairs.length === 0) return sites;
  return [...pairs, ...sites].sort((a, b) => a.first - b.first);
};

/** The pronoun before `pair`, passing over pairs restated before it, or -1. */
const pronounBefore = (reading: Reading, pairs: readonly CueHit[], pair: CueHit): number => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[pair.first];
  let counted = 0;
  let i = pair.first - 1;
  while (i >= 0 && counted < PRONOUN_REACH && sentenceOf[i] === sentence) {
    if (PRONOUNS.at(reading, i)) return i;
    if (STOPS.at(reading, i)) return -1;
    if (RESTATING.at(reading, i)) {
      // ("the pair of them - left and right, down ...": pass over the pair said before)
      const before = pairs.find((other) => other.last === i && other !== pair);
      i = before === undefined ? i - 1 : before.first - 1;
      continue;
    }
    counted += 1;
    i -= 1;
  }
  return -1;
};

/** Plain pain words: after exertion they are worked muscles or joints ("my knee hurts after the squats"). */
const PLAIN_PAIN = new WordSet([...PAIN_WORDS, "sore", "ache", "aching"]);

/** A nerve symptom of the patient's own before `index`, in its sentence or the one before. */
const symptomBefore = (reading: Reading, index: number): CueHit | undefined => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index] ?? 0;
  for (const kind of SYMPTOMS) {
    for (const symptom of cuesOf(reading, kind)) {
      if (symptom.first >= index) break;
      if ((sentenceOf[symptom.first] ?? 0) < sentence - 1) continue;
      if (PLAIN_PAIN.at(reading, symptom.first) && isAfterEffort(reading, symptom.first)) continue;
      const status = statusOf(reading, symptom, "bilateral-neuro");
      if (status === "present" || status === "long-standing") return symptom;
    }
  }
  return undefined;
};

/** Whether a leg (or sciatica) is named from the symptom to a little after the pair, in their sentences. */
const namesLeg = (reading: Reading, symptom: CueHit, pair: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[pair.first];
  const end = Math.min(reading.tokens.length, pair.last + LEG_AFTER);
  for (let i = symptom.first; i < end; i += 1) {
    if (i >= pair.last && sentenceOf[i] !== sentence) break;
    if (LEG_WORDS.at(reading, i)) return true;
  }
  return false;
};

/** A told pair's own subject: a nerve symptom of the patient's own in its clause ("the tingling ... is now in the
 * two of them"), or undefined. */
const subjectOf = (reading: Reading, pair: CueHit): CueHit | undefined => {
  const { clauseOf } = reading.segments;
  const symptom = symptomBefore(reading, pair.first);
  if (symptom === undefined || clauseOf[symptom.first] !== clauseOf[pair.first]) return undefined;
  // ("is it normal for sciatica to go into the pair of them?": asked of sciatica in general)
  const { tokens } = reading;
  if (tokens[symptom.first - 1]?.norm === "for" || tokens[symptom.first - 2]?.norm === "for")
    return undefined;
  return symptom;
};

export const addPairOfLegs = (reading: Reading, add: AddFinding): void => {
  const told = cuesOf(reading, "pair-of");
  if (told.length === 0 && cuesOf(reading, "site-both").length === 0) return;
  const pairs = pairsOf(reading);
  for (const pair of pairs) {
    let pronoun = pronounBefore(reading, pairs, pair);
    // ("the site-both" cues told with their symptom are read in `extract.ts`; a pair told is read here)
    const subject = pronoun < 0 && told.includes(pair) ? subjectOf(reading, pair) : undefined;
    if (subject !== undefined) pronoun = subject.first;
    if (pronoun < 0) continue;
    const symptom = subject ?? symptomBefore(reading, pronoun);
    if (symptom === undefined || !namesLeg(reading, symptom, pair)) continue;
    const span = { first: pronoun, last: pair.last };
    const status = statusOf(reading, span, "bilateral-neuro");
    if (status !== "present" || isNegated(reading, pair)) continue;
    add("bilateral-neuro", "both-legs", span, status);
    return;
  }
};
