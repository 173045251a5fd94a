import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import { precededByNegation, whenOf } from "./status";
import type { Span } from "./status";

/** Words that open a past cue telling what was usual, not an episode ("used to", "previously"). */
const USUAL_PAST: ReadonlySet<string> = new Set(["used", "previously"]);

/** Cue kinds of an episode told as over ("that settled completely", "it went away", "back to normal"). */
const OVER_KINDS = ["settle", "resolved", "resolved-long-ago", "recovered", "baseline"] as const;

/**
 * A score of an episode long past and told as over in its own sentence ("Months ago I had a flare up to a 7 but
 * that settled completely", "Last year I had a bad spell, maybe a 7, it settled"): the rules count only the
 * patient's current pain, so it is no level now. Both are needed: a score told with a time long ago but not as
 * over may still be the pain now.
 */
export const isPastEpisodeScore = (reading: Reading, span: Span): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  // (a word of long ago told before it in its sentence: "months ago", "last year")
  let longAgo = false;
  // (not "used to", "previously": "my back pain used to be a 1" tells the usual level, which later ones are set
  // against)
  for (const cue of cuesOf(reading, "past"))
    if (
      cue.first < span.first &&
      sentenceOf[cue.first] === sentence &&
      !USUAL_PAST.has(reading.tokens[cue.first]?.norm ?? "")
    )
      longAgo = true;
  if (!longAgo || whenOf(reading, span) !== "past") return false;
  for (const kind of OVER_KINDS)
    for (const cue of cuesOf(reading, kind))
      if (sentenceOf[cue.first] === sentence && !precededByNegation(reading, cue, 3)) return true;
  return false;
};
