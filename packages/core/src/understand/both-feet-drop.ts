import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { AddFinding } from "./red-flag-signs";
import { isExplicitBoth } from "./red-flag-signs";
import type { Span } from "./status";
import { isNegated, statusOf } from "./status";

/**
 * A foot that drops, told of both feet: "both feet are dropping when I walk", "both foot is dropping, left and
 * right", "foot drop in both feet", "I have drop foot on both sides". Weakness in both legs is an emergency however
 * it is told (triage-rules.md: pain, tingling, numbness or weakness in both legs); the lexicon reads the dropping of
 * one foot (see-doctor) and the both-legs reading in `extract.ts` pairs "both" only with plain weakness words.
 *
 * The foot must be the one dropping (its subject, or "foot drop" / "drop foot" as a name), so a thing dropped on the
 * feet ("dropped a weight on both feet") is none; and it must be both feet: "feet" as the subject, "both", "left and
 * right" or "each foot" near it in its sentence, or one foot and then the other told to drop ("left foot drop
 * started last week, now the right foot is dropping too").
 */

/** Words of the foot. */
const FOOT_WORDS = new WordSet(["foot", "feet", "toes", "toe"]);

/** Words of a foot dropping, flopping or slapping down. */
const DROP_WORDS = new WordSet([
  "dropping",
  "drop",
  "drops",
  "dropped",
  "flopping",
  "flops",
  "flop",
  "floppy",
  "slapping",
  "slaps",
  "slap",
  "slapped",
]);

/** Words that may stand between the foot and its dropping ("feet are both kind of dropping"). */
const BETWEEN = new WordSet([
  "is",
  "are",
  "r",
  "was",
  "were",
  "keep",
  "keeps",
  "kept",
  "both",
  "have",
  "has",
  "started",
  "starting",
  "start",
  "begun",
  "been",
  "now",
  "just",
  "kind",
  "sort",
  "of",
  "a",
  "bit",
  "little",
  "s",
  "seem",
  "seems",
  "to",
  "also",
  "getting",
  "gone",
  "go",
  "going",
  "always",
  "really",
]);

/** How many words may stand between the foot and its dropping. */
const BETWEEN_REACH = 4;

/** How far from the dropping "both" or "left and right" may stand in its sentence. */
const BOTH_REACH = 10;

/** A foot told to drop: its words, and where the foot word is. */
type Dropping = Span & { readonly foot: number };

/** Words that name which foot ("left foot drop ..., now the right foot", "the other foot is dropping too"). */
const SIDE_WORDS = new WordSet(["left", "right", "other"]);

/** How far before the foot word its side may be named ("the right foot", "my left one's foot"). */
const SIDE_REACH = 3;

/** The side ("left", "right", "other") named just before the foot word of `drop`, or undefined. */
const sideOf = (reading: Reading, drop: Dropping): string | undefined => {
  for (let i = drop.foot - 1; i >= Math.max(0, drop.foot - SIDE_REACH); i -= 1) {
    if (SIDE_WORDS.at(reading, i)) return reading.tokens[i]?.norm;
  }
  return undefined;
};

/** Whether the dropping at `drop` is the patient's own and now. */
const isNow = (reading: Reading, drop: Span): boolean =>
  statusOf(reading, drop, "leg-weakness") === "present";

/**
 * Two feet told to drop one after the other: a left and a right ("left foot drop started last week, now the right
 * foot is dropping too"), or one and "the other foot".
 */
const eachFootTold = (reading: Reading, drops: readonly Dropping[]): Span | undefined => {
  const sides = drops.map((drop) => sideOf(reading, drop));
  for (let a = 0; a < drops.length; a += 1) {
    for (let b = a + 1; b < drops.length; b += 1) {
      const one = sides[a];
      const two = sides[b];
      const first = drops[a];
      const second = drops[b];
      if (first === undefined || second === undefined) continue;
      // (each foot's own dropping must be now: "left foot drop last year, fully recovered; now the right")
      if (!isNow(reading, first) || !isNow(reading, second)) continue;
      if (
        (one === "left" && two === "right") ||
        (one === "right" && two === "left") ||
        two === "other"
      )
        return { first: first.first, last: second.last };
    }
  }
  return undefined;
};

/** The spans where a foot is told to drop: "feet are dropping", "foot drop", "drop foot". */
const droppingFeet = (reading: Reading): Dropping[] => {
  const found: Dropping[] = [];
  // (most messages have none of the words: no look at each token then)
  if (!DROP_WORDS.anyIn(reading)) return found;
  const { tokens } = reading;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!DROP_WORDS.at(reading, i)) continue;
    // "drop foot", "dropped foot": the name of it.
    if (tokens[i]?.norm.startsWith("drop") === true && FOOT_WORDS.at(reading, i + 1)) {
      found.push({ first: i, last: i + 2, foot: i + 1 });
      continue;
    }
    for (let j = i - 1; j >= 0 && i - j <= BETWEEN_REACH + 1; j -= 1) {
      if (FOOT_WORDS.at(reading, j)) {
        found.push({ first: j, last: i + 1, foot: j });
        break;
      }
      if (!BETWEEN.at(reading, j)) break;
    }
  }
  return found;
};

export const addBothFeetDrop = (reading: Reading, add: AddFinding): void => {
  const drops = droppingFeet(reading);
  if (drops.length === 0) return;
  const each = eachFootTold(reading, drops);
  if (each !== undefined) {
    add("bilateral-neuro", "both-feet-drop", each, statusOf(reading, each, "bilateral-neuro"));
    return;
  }
  const sites = cuesOf(reading, "site-both");
  const { sentenceOf } = reading.segments;
  for (const drop of drops) {
    // "my feet are dropping": the feet are both of them.
    if (reading.tokens[drop.foot]?.norm === "feet") {
      add("bilateral-neuro", "both-feet-drop", drop, statusOf(reading, drop, "bilateral-neuro"));
      continue;
    }
    const sentence = sentenceOf[drop.first];
    const site = sites.find(
      (cue) =>
        sentenceOf[cue.first] === sentence &&
        isExplicitBoth(reading, cue) &&
        !isNegated(reading, cue) &&
        (cue.first >= drop.last
          ? cue.first - drop.last <= BOTH_REACH
          : drop.first - cue.last <= BOTH_REACH),
    );
    if (site === undefined) continue;
    const span = {
      first: Math.min(site.first, drop.first),
      last: Math.max(site.last, drop.last),
    };
    add("bilateral-neuro", "both-feet-drop", span, statusOf(reading, span, "bilateral-neuro"));
  }
};
