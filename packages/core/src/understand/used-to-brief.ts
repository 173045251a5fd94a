import { WordSet } from "../text/word-set";
import { cueIndexFrom, cuesOf } from "./read-text";
import type { Reading } from "./read-text";

/**
 * A tingle or a numb patch that once came and went and is now there all the time: "the tingling in my right calf
 * that used to come and go for a few minutes is now there all the time", "the pins and needles used to last a
 * couple of minutes. Now they're there all day", "it was on and off for a few minutes at a time, but since Monday
 * it's constant". The brief spells are how it was; what it is now is numbness or tingling that persists
 * (contact-therapist in the rules), not the passing tingle of the monitor level and not a past episode.
 *
 * Two readers use it: the status check ("used to come and go" is no past symptom when a lasting "now" follows)
 * and the passing-tingle reader (a quick clearing or a short spell told before such a "now" is not how it is now).
 */

/**
 * Verbs of a symptom clearing, after "used to" ("used to go when I stood up", "used to settle"): how it once
 * cleared. Also read by the status check (`USED_TO_CLEAR`) and the passing-tingle reader.
 */
export const CLEARING_VERBS = [
  "go",
  "clear",
  "settle",
  "ease",
  "stop",
  "disappear",
  "pass",
  "fade",
  "wear",
  "calm",
  "die",
  "vanish",
] as const;

/** Verbs after "used to" of a symptom that passed, or of how long it lasted ("used to come and go", "last"). */
const BRIEF_VERBS = new WordSet([
  "come",
  "last",
  "only",
  "just",
  "flicker",
  "flare",
  "pop",
  ...CLEARING_VERBS,
  "be",
]);
/** After "used to be": words of a symptom that came and went ("used to be on and off", "be brief"). */
const BRIEF_STATES = new WordSet([
  "on",
  "off",
  "intermittent",
  "occasional",
  "brief",
  "short",
  "fleeting",
  "gone",
  "only",
  "just",
  "there",
]);

/**
 * Words that turn from how it was to how it is now ("... is now there all the time", "but since Monday", "these
 * days"): a lasting word must come after one, so that "it comes and goes all day" stays a tingle that comes and
 * goes.
 */
const TURNS = new WordSet([
  "now",
  "but",
  "since",
  "however",
  "lately",
  "recently",
  "nowadays",
  "anymore",
  "today",
  "yet",
]);

/** Words of a symptom that stays ("constant", "stays", "permanent"); "all the time" and the like are cues. */
const LASTING_WORDS = new WordSet([
  "constant",
  "constantly",
  "continuous",
  "continuously",
  "permanent",
  "permanently",
  "persistent",
  "persists",
  "persisting",
  "stays",
  "stayed",
  "staying",
  "nonstop",
]);
/** Verbs of going that a negation makes lasting ("doesn't go away", "won't clear", "never stops"). */
const GOING = new WordSet([
  "go",
  "goes",
  "going",
  "gone",
  "went",
  "clear",
  "clears",
  "cleared",
  "stop",
  "stops",
  "stopped",
  "ease",
  "eases",
  "eased",
  "settle",
  "settles",
  "settled",
  "fade",
  "fades",
  "faded",
  "pass",
  "passes",
  "passed",
  "leave",
  "leaves",
  "left",
  "shift",
  "shifts",
  "budge",
  "budges",
]);
/** Negations, in their normalised forms ("doesn't" is "doesnt"). */
const NEGATIONS = new WordSet([
  "not",
  "no",
  "never",
  "nothing",
  "doesnt",
  "dont",
  "didnt",
  "wont",
  "wouldnt",
  "isnt",
  "hasnt",
  "havent",
  "hadnt",
  "wasnt",
  "arent",
  "aint",
]);
/** How many tokens before a word a negation may stand ("not really constant", "doesn't really go away"). */
const NEGATION_REACH = 3;

/** A negation in the `NEGATION_REACH` tokens before `i`, in its sentence. */
const isNegatedAt = (reading: Reading, i: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (let j = Math.max(0, i - NEGATION_REACH); j < i; j += 1) {
    if (sentenceOf[j] === sentenceOf[i] && NEGATIONS.at(reading, j)) return true;
  }
  return false;
};

/** Whether the word at `i` says the symptom stays: a lasting word not denied, or a going word denied. */
const isLastingWordAt = (reading: Reading, i: number): boolean => {
  if (LASTING_WORDS.at(reading, i)) return !isNegatedAt(reading, i);
  return GOING.at(reading, i) && isNegatedAt(reading, i);
};

/**
 * "used to" at token `at` with a verb of a symptom passing or of how long it lasted ("used to come and go", "used
 * to last a few minutes", "used to be on and off"), not "used to be a runner".
 */
export const isUsedToPass = (reading: Reading, at: number): boolean => {
  const { tokens } = reading;
  if (tokens[at]?.norm !== "used" || tokens[at + 1]?.norm !== "to") return false;
  if (!BRIEF_VERBS.at(reading, at + 2)) return false;
  return tokens[at + 2]?.norm !== "be" || BRIEF_STATES.at(reading, at + 3);
};

/**
 * The token of a word saying the symptom is there all the time now, told after a turn ("now", "but", "since")
 * from token `from` to the end of the next sentence; -1 if there is none.
 */
export const lastingAfterTurn = (reading: Reading, from: number): number => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const lastSentence = (sentenceOf[from] ?? 0) + 1;
  const ongoing = cuesOf(reading, "ongoing");
  let k = cueIndexFrom(ongoing, from);
  let turned = false;
  for (let i = from; i < tokens.length && (sentenceOf[i] ?? 0) <= lastSentence; i += 1) {
    if (TURNS.at(reading, i)) turned = true;
    // (the "ongoing" cues are in text order: the next one at or after `i`)
    while (ongoing[k] !== undefined && (ongoing[k]?.first ?? 0) < i) k += 1;
    if (!turned) continue;
    if (ongoing[k]?.first === i && !isNegatedAt(reading, i)) return i;
    if (isLastingWordAt(reading, i)) return i;
  }
  return -1;
};

/**
 * "used to come and go ... now there all the time": a "used to" of a symptom passing at token `at`, with a turn to
 * it lasting after it in its sentence or the next.
 */
export const isUsedToPassNowLasting = (reading: Reading, at: number): boolean =>
  isUsedToPass(reading, at) && lastingAfterTurn(reading, at + 2) >= 0;
