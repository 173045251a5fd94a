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
  let longAgo = -1;
  // (not "used to", "previously": "my back pain used to be a 1" tells the usual level, which later ones are set
  // against)
  for (const cue of cuesOf(reading, "past"))
    if (
      cue.first < span.first &&
      sentenceOf[cue.first] === sentence &&
      !USUAL_PAST.has(reading.tokens[cue.first]?.norm ?? "")
    )
      longAgo = cue.last;
  if (longAgo < 0) return false;
  // "Last spring I'd a flare that was a 9 ... but this is nothing like that": the score in a clause of its own
  // (the time of long ago in the clause before), the episode set against the pain now.
  if (!hasNowBetween(reading, longAgo, span.first) && isContrastedWithNow(reading, span))
    return true;
  if (whenOf(reading, span) !== "past") return false;
  for (const kind of OVER_KINDS)
    for (const cue of cuesOf(reading, kind))
      if (sentenceOf[cue.first] === sentence && !precededByNegation(reading, cue, 3)) return true;
  return false;
};

/** Words of now between the time of long ago and the score ("last year I had surgery and now it's a 9"). */
const NOW_WORDS: ReadonlySet<string> = new Set([
  "now",
  "today",
  "todays",
  "currently",
  "tonight",
  "morning",
  "still",
  "since",
]);

const hasNowBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) if (NOW_WORDS.has(reading.tokens[i]?.norm ?? "")) return true;
  return false;
};

/** Words that name the pain now in a contrast ("this is nothing like that", "now it's nowhere near that"). */
const NOW_SUBJECTS: ReadonlySet<string> = new Set(["this", "now", "today", "todays", "these"]);
/** What the contrast points back at ("nothing like that", "not like then", "nothing like last time"). */
const THAT_BACK: ReadonlySet<string> = new Set(["that", "then", "last", "it", "before", "those"]);
/** How far before "nothing like" the word of now may stand ("but this one is nothing like that"). */
const NOW_REACH = 4;
/** How many sentences after the score the contrast may come ("... for a week. This is nothing like that."). */
const CONTRAST_SENTENCES = 1;

/**
 * The episode set against the pain now after it: "Last spring I'd a flare that was a 9 ... but this is nothing
 * like that", "a 9 last year. Today's nowhere near that": the now is told as unlike the episode, so the episode is
 * over. Only with a word of now before the contrast ("that was nothing like this" says the opposite).
 */
const isContrastedWithNow = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const last = (sentenceOf[span.first] ?? 0) + CONTRAST_SENTENCES;
  for (let i = span.last; i < tokens.length && (sentenceOf[i] ?? 0) <= last; i += 1) {
    const norm = tokens[i]?.norm;
    const unlike =
      ((norm === "nothing" || norm === "not") && tokens[i + 1]?.norm === "like") ||
      (norm === "nowhere" && tokens[i + 1]?.norm === "near");
    if (!unlike || !THAT_BACK.has(tokens[i + 2]?.norm ?? "")) continue;
    for (let j = Math.max(span.last, i - NOW_REACH); j < i; j += 1)
      if (NOW_SUBJECTS.has(tokens[j]?.norm ?? "")) return true;
  }
  return false;
};
