import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { AddFinding } from "./red-flag-signs";

/**
 * A shock of nerve pain in lay words told going down one leg: "zingers from my bum all the way to my little toe",
 * "twangs from my buttock right down to my ankle", "jolts running into my calf". Electric or shooting pain down one
 * leg is radiating pain (tell the therapist). Only with a word of going (down, to, into) and then a place of the
 * leg in the same sentence, before anything that turns away from it ("zingers in my back but my leg is fine"):
 * zingers in the back alone are not read so, nor "a twang" told with no way down.
 *
 * Anchored on the few "shock-word" cues found; each looks at a handful of tokens after it.
 */

/** Words of the shock going somewhere: "down", "to", "into", "all the way to". */
const GOING = new WordSet([
  "down",
  "to",
  "into",
  "through",
  "thru",
  "along",
  "towards",
  "toward",
  "till",
  "til",
  "until",
]);

/** Places of one leg the shock may reach (not "legs": both legs are read as a two-leg sign elsewhere). */
const LEG_PLACES = new WordSet([
  "leg",
  "thigh",
  "hamstring",
  "calf",
  "knee",
  "shin",
  "ankle",
  "foot",
  "heel",
  "toe",
  "toes",
  "sole",
  "instep",
]);

/** Words that turn away from the shock before a place is told ("... but my leg is fine", "... nothing down my leg"). */
const TURNS_AWAY = new WordSet([
  "but",
  "though",
  "although",
  "whereas",
  "except",
  "nothing",
  "not",
  "no",
  "never",
  "fine",
]);

/**
 * How far after the shock word its place may be told ("zingers from my bum all the way to my little toe", "a zing
 * that goes from my bum cheek down the back of my right leg").
 */
const PLACE_REACH = 16;

export const addShocksDownLeg = (reading: Reading, add: AddFinding): void => {
  const { sentenceOf } = reading.segments;
  const end = reading.tokens.length;
  for (const shock of cuesOf(reading, "shock-word")) {
    const sentence = sentenceOf[shock.first];
    let going = false;
    for (let i = shock.last; i < Math.min(end, shock.last + PLACE_REACH); i += 1) {
      if (sentenceOf[i] !== sentence || TURNS_AWAY.at(reading, i)) break;
      if (GOING.at(reading, i)) going = true;
      else if (going && LEG_PLACES.at(reading, i)) {
        add("shooting-radiating-pain", undefined, { first: shock.first, last: i + 1 });
        break;
      }
    }
  }
};
