import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { Span } from "./status";
import { precededByNegation } from "./status";

/** How far before the leg pain the word of drawing back may start ("pulled back up, the leg pain"). */
const BEFORE_REACH = 2;
/** How far after the leg pain the word of drawing back may stand ("the leg pain I came in with has pulled back up"). */
const AFTER_REACH = 10;
/** How near after the word of drawing back the place it drew back to is told ("back up | into my buttock"). */
const TARGET_REACH = 1;
/** How far before the word a negation denies it ("hasn't really pulled back up"). */
const DENIAL_REACH = 3;

/**
 * Pain in the leg told, in its clause, as drawing back up towards the spine ("the leg pain I came in with has pulled
 * back up to my buttock", "the sciatica is retreating", "the pain down my leg has centralised"): centralisation, the
 * favourable direction (Aina, May & Clare 2004), so the pain down the leg is on its way out rather than a new
 * spread. Not when the drawing back is denied ("hasn't pulled back up at all"), and not pain told in another clause
 * ("... pulled back up on Monday, but today it's shooting down to my calf again").
 */
export const isCentralising = (reading: Reading, span: Span): boolean => {
  const { clauseOf } = reading.segments;
  const clause = clauseOf[span.first];
  for (const cue of cuesOf(reading, "centralising")) {
    // (where it drew back to is no spread either: "gone back up | into my buttock")
    const target = cue.last <= span.first && span.first - cue.last <= TARGET_REACH;
    if (cue.first < span.first - BEFORE_REACH && !target) continue;
    if (cue.first > span.last + AFTER_REACH) break;
    if (clauseOf[cue.first] !== clause) continue;
    if (precededByNegation(reading, cue, DENIAL_REACH)) continue;
    return true;
  }
  return false;
};
