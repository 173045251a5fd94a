import type { ConceptId } from "../model/concept";
import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import { factApplies, precededByNegation } from "./status";
import type { Span } from "./status";

/**
 * A stumble caught half-way ("tripped over the dog, caught myself on the counter", "slipped but didn't actually
 * fall") that left pain behind, told after it "since then", "ever since", "after that" or "now" ("Since then a new
 * sharp pain low in my back"): the jolt of catching oneself is a trivial strain, which with weaker bones or older
 * age is a reason to check for a fracture (the rules' "a fall or trivial strain"). A "caught myself" alone, or
 * with nothing hurting after it, stays no harm.
 *
 * Looks only at the "no-harm" cues (rare) and, for each, at the cues and lexicon hits up to the end of the next
 * sentence.
 */
export const findCaughtStumbleHurt = (reading: Reading): Span | undefined => {
  for (const noHarm of cuesOf(reading, "no-harm")) {
    const stumble = stumbleBefore(reading, noHarm);
    if (stumble === undefined) continue;
    const hurt = hurtSince(reading, noHarm);
    if (hurt !== undefined) return { first: stumble.first, last: hurt.last };
  }
  return undefined;
};

/** The patient's own trip, slip or fall told before the "no harm" in its sentence. */
const stumbleBefore = (reading: Reading, noHarm: CueHit): Span | undefined => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[noHarm.first];
  // (the hits are in text order)
  for (const hit of reading.hits) {
    if (hit.first >= noHarm.first) break;
    if (hit.concept !== "trauma" || sentenceOf[hit.first] !== sentence) continue;
    if (factApplies(reading, hit)) return hit;
  }
  return undefined;
};

/** How many sentences after the "no harm" the pain it left may be told in (its own and the next). */
const SENTENCES_AFTER = 1;

/**
 * A "since then" after the "no harm" (in its sentence or the next) followed, in its own sentence, by pain of the
 * patient's that is not denied: a pain word or any finding but the fall itself ("ever since, my back has been
 * sore", "Now there's a sharp pain").
 */
const hurtSince = (reading: Reading, noHarm: CueHit): Span | undefined => {
  const { sentenceOf } = reading.segments;
  const from = sentenceOf[noHarm.first] ?? 0;
  for (const since of cuesOf(reading, "since-then")) {
    if (since.first < noHarm.last) continue;
    const sentence = sentenceOf[since.first] ?? 0;
    if (sentence > from + SENTENCES_AFTER) break;
    if (precededByNegation(reading, since)) continue;
    const pain = painIn(reading, noHarm.last, sentence);
    if (pain !== undefined) return pain;
  }
  return undefined;
};

/**
 * Pain of the patient's, not denied, in sentence `sentence` from token `from` on (before or after the "since
 * then": "my lower back has ached ever since").
 */
const painIn = (reading: Reading, from: number, sentence: number): Span | undefined => {
  const { sentenceOf } = reading.segments;
  for (const kind of PAIN_KINDS) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first < from || (sentenceOf[cue.first] ?? 0) < sentence) continue;
      if (sentenceOf[cue.first] !== sentence) break;
      if (factApplies(reading, cue)) return cue;
    }
  }
  for (const hit of reading.hits) {
    if (
      hit.first < from ||
      !PAIN_CONCEPTS.has(hit.concept) ||
      (sentenceOf[hit.first] ?? 0) < sentence
    )
      continue;
    if (sentenceOf[hit.first] !== sentence) break;
    if (!isUsualBefore(reading, hit) && factApplies(reading, hit)) return hit;
  }
  return undefined;
};

/** Findings of pain or soreness (not stiffness, nor a tingle). */
const PAIN_CONCEPTS: ReadonlySet<ConceptId> = new Set<ConceptId>([
  "doms",
  "mild-soreness",
  "sharp-pain",
  "shooting-radiating-pain",
  "burning-nerve-pain",
  "persistent-pain",
  "pain-not-settling",
  "severe-pain",
  "night-pain",
]);

/** Words that make a soreness the patient's usual one ("just my normal soreness", "the usual ache"). */
const USUAL = new WordSet(["usual", "normal", "regular", "same", "old", "typical"]);
/** How far before a finding its word of the usual may stand ("my normal post-PT soreness"). */
const USUAL_REACH = 3;

const isUsualBefore = (reading: Reading, span: Span): boolean => {
  for (let i = Math.max(0, span.first - USUAL_REACH); i < span.first; i += 1)
    if (USUAL.at(reading, i)) return true;
  return false;
};

/** Cues of pain or of an ache ("it hurts", "been aching", "sore"). */
const PAIN_KINDS = ["sym-pain", "calf-pain"] as const;
