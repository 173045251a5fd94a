import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import { statusOf } from "./status";
import type { Span } from "./status";

/**
 * Numbness or tingling in both feet that has been there for years from the patient's own diagnosed neuropathy
 * ("I've got diabetic neuropathy, both feet have been numb in the same sock pattern for 8 years, it's unchanged"):
 * a known condition, not a new two-leg sign nor the long-standing two-leg numbness the therapist is told of. The
 * finding must already be long-standing (told for years or unchanged, with nothing new or worse in its clause),
 * so numbness in both legs that is new or spreading stays an emergency whatever the diagnosis.
 */

/** Words that name a neuropathy as the patient's condition ("diabetic neuropathy", "my neuropathy"). */
const NEUROPATHY = new WordSet([
  "neuropathy",
  "neuropathies",
  "polyneuropathy",
  "neuropathic",
  "diabetic",
  "diabetes",
]);
/** Parts of the feet, where a neuropathy's numbness sits (not the legs or the thighs). */
const FEET = new WordSet([
  "feet",
  "foot",
  "toes",
  "toe",
  "soles",
  "sole",
  "heels",
  "heel",
  "sock",
  "socks",
  "stocking",
  "stockings",
]);
/** Sensory words: numbness and tingling, not weakness. */
const SENSORY = new WordSet([
  "numb",
  "numbness",
  "tingle",
  "tingles",
  "tingling",
  "tingly",
  "pins",
  "needles",
  "dead",
  "burning",
]);

/** Whether the tokens of `span` hold a word of `set`. */
const holds = (reading: Reading, span: Span, set: WordSet): boolean => {
  for (let i = span.first; i < span.last; i += 1) if (set.at(reading, i)) return true;
  return false;
};

/** How many sentences before the finding its neuropathy may be named ("I have neuropathy. My feet ..."). */
const SENTENCES_BEFORE = 1;

/**
 * Whether the long-standing two-leg finding at `span` is numbness of the feet with the patient's own neuropathy
 * named in its sentence or the one before (see the module comment).
 */
export const isKnownNeuropathy = (reading: Reading, span: Span): boolean => {
  if (!holds(reading, span, SENSORY)) return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  if (!holds(reading, span, FEET)) return false;
  for (let i = 0; i < reading.tokens.length; i += 1) {
    const s = sentenceOf[i] ?? 0;
    if (s < sentence - SENTENCES_BEFORE || s > sentence || !NEUROPATHY.at(reading, i)) continue;
    // The name as one span ("diabetic neuropathy"), the patient's own and not denied: not "my dad has diabetic
    // neuropathy", "I'm not diabetic".
    let last = i + 1;
    while (NEUROPATHY.at(reading, last)) last += 1;
    const status = statusOf(reading, { first: i, last }, "fever-infection");
    if (status === "present" || status === "long-standing") return true;
    i = last - 1;
  }
  return false;
};
