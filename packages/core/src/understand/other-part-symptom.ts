import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/**
 * A symptom said of a part of the body other than the legs, named as its subject right before it ("my back
 * hurts", "my lower back is really sore", "now my neck aches"), after a both-legs word told earlier in the clause
 * for something else: "I did lunges on both legs, so now my back hurts", "stretched both legs properly and still my
 * back aches", "my mum had sciatica in both legs for years, so every time my back hurts I panic". The symptom is
 * that part's, not the legs': it makes no two-leg finding.
 *
 * Not when the part is listed with the legs, nothing but "and" or a comma between them ("both legs and my back
 * hurt", "both legs, my back and my neck all ache"): the legs share the symptom. Not when the legs come after the
 * symptom ("my back hurts down both legs"), nor when a symptom of the legs is told with them ("pain in both legs
 * and now my back hurts too": that pain is paired on its own).
 *
 * Read only for a symptom and a both-legs site already paired in a clause.
 */

/** Parts of the body that are not the legs or the saddle: a symptom said of them is theirs. */
const OTHER_PARTS = new WordSet([
  "back",
  "spine",
  "neck",
  "shoulder",
  "shoulders",
  "arm",
  "arms",
  "hand",
  "hands",
  "wrist",
  "wrists",
  "head",
  "stomach",
  "tummy",
  "belly",
  "abs",
  "core",
  "chest",
  "ribs",
  "side",
  "glutes",
  "hip",
  "hips",
]);
/** Words between a part and its symptom ("my back is really sore", "my neck has been aching a bit"). */
const SUBJECT_LINKS = new WordSet([
  "is",
  "was",
  "s",
  "has",
  "had",
  "have",
  "been",
  "feels",
  "feel",
  "felt",
  "still",
  "really",
  "so",
  "a",
  "bit",
  "little",
  "just",
  "always",
  "kind",
  "of",
  "kinda",
  "quite",
  "pretty",
  "getting",
  "gets",
  "got",
  "started",
  "starting",
  "keeps",
  "kept",
  "now",
  "then",
  "also",
]);
/** How many link words may stand between a part and its symptom. */
const LINK_REACH = 4;
/** Words before a part that belong to its name ("my lower back", "the whole of my back"). */
const PART_OPENERS = new WordSet([
  "my",
  "the",
  "lower",
  "upper",
  "low",
  "mid",
  "middle",
  "whole",
  "left",
  "right",
]);
/** Words that list the part with the legs ("both legs and my back", "both legs, my back"). */
const LIST_WORDS = new WordSet([",", "and", "&", "plus", "+", "/", "as", "well"]);

/** Whether the symptom at `symptom` is said of another part named after the both-legs `site` (see above). */
export const isOtherPartSymptom = (reading: Reading, symptom: Span, site: Span): boolean => {
  if (site.last > symptom.first) return false;
  let part = symptom.first - 1;
  while (part > symptom.first - 1 - LINK_REACH && SUBJECT_LINKS.at(reading, part)) part -= 1;
  if (part < site.last || !OTHER_PARTS.at(reading, part)) return false;
  let start = part;
  while (start > site.last && PART_OPENERS.at(reading, start - 1)) start -= 1;
  // (listed with the legs: "both legs and my back hurt", "both legs, my back and my neck all ache")
  if (start === site.last) return false;
  if (!LIST_WORDS.at(reading, start - 1)) return true;
  for (let i = site.last; i < start; i += 1)
    if (!LIST_WORDS.at(reading, i) && !OTHER_PARTS.at(reading, i) && !PART_OPENERS.at(reading, i))
      return true;
  return false;
};

/**
 * The legs listed with another part as the subjects of one symptom told after both ("both legs and my back ache",
 * "both my legs and my lower back are aching"): the legs share the symptom, though a new "my" opens the second
 * subject. Only list words, the part's name and the words between a subject and its verb stand between.
 */
/** Verbs of two subjects ("both legs and my back are aching"). */
const PLURAL_LINKS = new WordSet(["are", "were", "all"]);

export const isListedWithLegs = (reading: Reading, site: Span, symptom: Span): boolean => {
  if (site.last > symptom.first) return false;
  let part = false;
  let listed = false;
  for (let i = site.last; i < symptom.first; i += 1) {
    if (OTHER_PARTS.at(reading, i)) part = true;
    else if (LIST_WORDS.at(reading, i)) listed = true;
    else if (
      !PART_OPENERS.at(reading, i) &&
      !SUBJECT_LINKS.at(reading, i) &&
      !PLURAL_LINKS.at(reading, i)
    )
      return false;
  }
  return part && listed;
};
