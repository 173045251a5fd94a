import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { AddFinding } from "./red-flag-signs";
import type { Span } from "./status";

/**
 * A leg's strength told as there earlier the same day and gone later: "this morning I could lift my left foot fine,
 * by lunch I can't", "at 9am I could still go up on tiptoes, by 3pm I can't", "I could still walk to the shop
 * earlier but now I can't". Weakness getting worse over hours escalates on its own (an emergency). Only a strength
 * of the legs (lifting the foot, standing on the toes, walking, climbing) told between the two, and not pain
 * stopping it ("by lunch I can't because of the pain").
 *
 * Anchored on the few "could-earlier" cues found; each looks at the tokens up to the "cant-later" after it.
 */

/** Strengths of the legs, or the leg itself: what the patient could do and then cannot ("lift my foot"). */
const LEG_ACTIONS = new WordSet([
  "walk",
  "stand",
  "tiptoe",
  "tiptoes",
  "toes",
  "heel",
  "heels",
  "climb",
  "stairs",
  "hop",
  "foot",
  "feet",
  "leg",
  "legs",
  "knee",
  "ankle",
]);

/** Words that give a reason after the "can't" ("because of the pain", "too sore", "from the pain"). */
const REASON_LINKS = new WordSet(["because", "cos", "coz", "due", "too", "from"]);
/** Pain words that make the reason pain, not strength ("because of the pain", "too sore", "it hurts"). */
const PAIN_WORDS = new WordSet(["pain", "painful", "sore", "hurts", "hurt", "agony", "aching"]);
/** Pain told as the reason with no link word ("now I can't, it hurts"). */
const HURTS = new WordSet(["hurts", "hurt"]);

/** An earlier ability that was none: "I could barely walk this morning", "I could hardly stand". */
const HARDLY_EARLIER = new WordSet(["barely", "hardly", "not", "only", "never", "scarcely"]);

/**
 * A symptom hardly noticed later, not a strength lost: "... and now I can barely feel it", "now I can hardly
 * notice it", "now I can barely tell". Read only after the hedged "can barely"/"can hardly" forms.
 */
const NOTICED_LATER = new WordSet(["feel", "notice", "tell", "believe", "remember", "see"]);
const HEDGED_LATER = new WordSet(["barely", "hardly", "just", "about"]);
const FELT_OBJECT = new WordSet(["it", "the", "any", "a", "that", "them"]);

/** How far apart the two may be told, and how far after the "can't" a reason of pain may come. */
const LATER_REACH = 16;
const REASON_REACH = 5;

export const addLostByLater = (reading: Reading, add: AddFinding): void => {
  const laters = cuesOf(reading, "cant-later");
  if (laters.length === 0) return;
  const { sentenceOf } = reading.segments;
  for (const could of cuesOf(reading, "could-earlier")) {
    const later = laters.find(
      (cue) =>
        cue.first > could.last &&
        cue.first - could.last <= LATER_REACH &&
        sentenceOf[cue.first] === sentenceOf[could.first],
    );
    if (!later) continue;
    if (HARDLY_EARLIER.at(reading, could.last)) continue;
    if (isNoticedLater(reading, later)) continue;
    let action = false;
    for (let i = could.last; i < later.first; i += 1) if (LEG_ACTIONS.at(reading, i)) action = true;
    if (!action) continue;
    if (isPainReason(reading, later.last)) continue;
    add("progressive-weakness", undefined, { first: could.first, last: later.last });
  }
};

/** "now I can barely feel it", "now I can hardly notice the ache": a symptom fading, no strength lost. */
const isNoticedLater = (reading: Reading, later: Span): boolean => {
  let hedged = false;
  for (let i = later.first; i < later.last; i += 1) if (HEDGED_LATER.at(reading, i)) hedged = true;
  if (!hedged || !NOTICED_LATER.at(reading, later.last)) return false;
  // ("can barely feel my foot": the leg's feeling going, which stays a sign)
  if (reading.tokens[later.last]?.norm !== "feel") return true;
  return later.last + 1 >= reading.tokens.length || FELT_OBJECT.at(reading, later.last + 1);
};

/**
 * Pain, not strength, stopping it, told after the "can't": a reason word and a pain word ("because of the pain",
 * "too sore", "from the pain") or "it hurts". A bare pain word is not enough: in a run-on message it may open the
 * next report ("... by teatime I can hardly do it Pain in my lower back after the session").
 */
const isPainReason = (reading: Reading, from: number): boolean => {
  const end = Math.min(reading.tokens.length, from + REASON_REACH);
  let linked = false;
  for (let i = from; i < end; i += 1) {
    if (HURTS.at(reading, i)) return true;
    if (REASON_LINKS.at(reading, i)) linked = true;
    else if (linked && PAIN_WORDS.at(reading, i)) return true;
  }
  return false;
};
