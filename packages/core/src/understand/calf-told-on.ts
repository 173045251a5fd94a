import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import type { AddFinding } from "./red-flag-signs";
import { isNegated, statusOf } from "./status";
import type { FindingStatus } from "../model/finding";

/** Words that open a sentence about the calf named just before ("It's been hot", "It looks puffy"). */
const IT_OPENERS = new WordSet(["it", "its"]);
/** How many words into the next sentence its "it" may stand ("And it's ...", "Well it ..."). */
const OPENER_REACH = 3;
/** How far after the "it" the sign may be told ("It's been really quite hot"). */
const SIGN_REACH = 8;
/** Words naming both calves: the pair worked in an exercise, not a clot in one. */
const BOTH_CALVES = new WordSet(["calves", "both"]);

/**
 * A calf named as the subject of a message's question at the end of one sentence, and its signs told of "it" in
 * the next ("The thing I wanted to ask about is my left calf. It's been hot and red on the inside since Sunday and
 * looks a bit puffy"): clot signs in one calf, as if told in one sentence (read there in `extract.ts`). After
 * spinal surgery, pain told of it counts too, as it does there. Not both calves, and not a sign denied ("It's not
 * red or hot") or of someone else's calf.
 */
export const addCalfToldOn = (reading: Reading, add: AddFinding, afterSurgery: boolean): void => {
  const calves = cuesOf(reading, "site-calf");
  if (calves.length === 0) return;
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts, clauseOf } = reading.segments;
  const signs = afterSurgery
    ? [...cuesOf(reading, "calf-sign"), ...cuesOf(reading, "calf-pain")]
    : cuesOf(reading, "calf-sign");
  for (const calf of calves) {
    if (isBothCalves(reading, calf)) continue;
    const sentence = sentenceOf[calf.first] ?? 0;
    const next = sentenceStarts[sentence + 1];
    if (next === undefined) continue;
    const end = sentenceStarts[sentence + 2] ?? tokens.length;
    // The calf ends its sentence (a few words may follow: "my left calf, really"), so "it" is the calf.
    if (next - calf.last > 3) continue;
    let pronoun = -1;
    for (let i = next; i < Math.min(end, next + OPENER_REACH); i += 1)
      if (IT_OPENERS.at(reading, i)) {
        pronoun = i;
        break;
      }
    if (pronoun < 0) continue;
    const sign = signs
      .filter(
        (cue) =>
          cue.first > pronoun &&
          cue.first - pronoun <= SIGN_REACH &&
          cue.first < end &&
          clauseOf[cue.first] === clauseOf[pronoun] &&
          !isLikeA(reading, cue),
      )
      .sort((a, b) => a.first - b.first)[0];
    if (sign === undefined) continue;
    add(
      "vascular",
      "calf-clot-signs",
      { first: pronoun, last: sign.last },
      toldOnStatus(reading, sign, calf),
    );
  }
};

/** "calves", or "both" just before the calf: the pair. */
const isBothCalves = (reading: Reading, calf: CueHit): boolean => {
  for (let i = Math.max(0, calf.first - 2); i < calf.last; i += 1)
    if (BOTH_CALVES.at(reading, i)) return true;
  return false;
};

/** A simile for the pain's quality ("like a hot wire"), not a change of the calf. */
const isLikeA = (reading: Reading, cue: CueHit): boolean => {
  const article = reading.tokens[cue.first - 1]?.norm;
  return (article === "a" || article === "an") && reading.tokens[cue.first - 2]?.norm === "like";
};

/** The sign's own status, unless the calf itself is denied or someone else's. */
const toldOnStatus = (reading: Reading, sign: CueHit, calf: CueHit): FindingStatus => {
  const status = statusOf(reading, sign, "vascular");
  if (status !== "present") return status;
  if (isNegated(reading, calf)) return "denied";
  const calfStatus = statusOf(reading, calf, "vascular");
  return calfStatus === "someone-else" || calfStatus === "hypothetical" ? calfStatus : status;
};
