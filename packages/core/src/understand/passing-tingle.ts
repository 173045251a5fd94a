import { cueIndexFrom, cuesOf } from "./read-text";
import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";
import { hasOwnTimeSorenessBetween } from "./own-time-soreness";
import { isAskedNormal, isNegationWord, USED_TO_CLEAR } from "./status";
import type { Span } from "./status";
import { WEEKDAYS } from "../text/weekdays";
import { lastingAfterTurn, isUsedToPassNowLasting } from "./used-to-brief";

/**
 * A tingle or a numb patch that clears within minutes of rest or a change of position (the rules' monitor case),
 * told in everyday words: "went within a minute", "fine again a minute after I got up", "back to normal once I
 * uncrossed them", "it woke up as soon as I stood up". A word of it clearing after the symptom, in its sentence or
 * the next, that is quick (minutes, "straight away", "as soon as") or comes with a change of position (stood up,
 * loosened the laces, let go of the stretch). Nothing may date the symptom as lasting between the two ("still",
 * "for 3 days", "since yesterday", "all day"), unless those words tell how long the position was held ("after
 * wearing tight jeans all day"); nothing may say it comes back.
 *
 * Runs only for numbness and tingling findings, and looks only at the tokens between the symptom and the end of
 * the next sentence.
 */

/** Words of a tingle having gone. Some need more around them (`isClearing`). */
const CLEARED = new Set([
  "went",
  "gone",
  "goes",
  "go",
  "cleared",
  "clears",
  "passed",
  "passes",
  "fine",
  "ok",
  "okay",
  "normal",
  "alright",
  "settled",
  "settles",
  "faded",
  "fades",
  "eased",
  "eases",
  "disappeared",
  "disappears",
  "stopped",
  "stops",
  "vanished",
  "vanishes",
  "woke",
  "wakes",
]);

/** What a foot that fell asleep is called when it wakes ("it woke up"): not the patient waking. */
const WAKING_SUBJECTS = new WordSet(["it", "its", "foot", "leg", "toes", "they", "theyre", "feet"]);

/**
 * What may follow a word of clearing for it to be one: an end, a time or a change ("went within a minute", "fine
 * again", "gone as soon as I stood up", "it went."), not "went numb", "goes all the way to my foot" or "stops at the
 * knee".
 */
const CLEARING_NEXT = new Set([
  "",
  ".",
  ",",
  "!",
  "-",
  ")",
  "away",
  "off",
  "again",
  "after",
  "within",
  "in",
  "as",
  "once",
  "when",
  "whenever",
  "if",
  "a",
  "straight",
  "right",
  "immediately",
  "instantly",
  "quickly",
  "soon",
  "straightaway",
  "pretty",
  "then",
  "by",
]);

/**
 * Words of about how long, after a state it went back to ("back to normal about a minute after I stop", "fine
 * roughly a minute later"). Not after a word of going: "it goes about halfway down my leg".
 */
const ABOUT_HOW_LONG = new WordSet([
  "about",
  "around",
  "roughly",
  "approximately",
  "maybe",
  "under",
]);
const GOING = new Set(["went", "gone", "goes", "go"]);

/** Normal-state words, which must be said of the tingle: not "I'm walking fine", "everything else is normal". */
const NORMAL_STATE = new Set(["fine", "ok", "okay", "normal", "alright"]);
/** Before a normal-state word: the patient or something else is what is fine. */
const OTHER_IS_FINE = new Set([
  "i",
  "im",
  "am",
  "feel",
  "feels",
  "felt",
  "else",
  "otherwise",
  "everything",
  "rest",
]);

/** Whether a normal-state word at `i` is said of something else ("walking fine", "I feel fine", "back fine"). */
const isOtherFine = (reading: Reading, i: number): boolean => {
  // ("on the walk, back fine": the back is what is fine, not a tingle back to fine)
  if (reading.tokens[i - 1]?.norm === "back") return true;
  for (let j = Math.max(0, i - 3); j < i; j += 1) {
    const norm = reading.tokens[j]?.norm ?? "";
    if (OTHER_IS_FINE.has(norm) || (norm.length > 4 && norm.endsWith("ing"))) return true;
  }
  return false;
};

const PEOPLE = new WordSet(["i", "we", "you", "he", "she", "physio", "therapist"]);

/** Words of a short time: "a minute", "seconds", "straight away", "as soon as", "immediately". */
const QUICK = new Set([
  "minute",
  "minutes",
  "min",
  "mins",
  "second",
  "seconds",
  "sec",
  "secs",
  "moment",
  "immediately",
  "instantly",
  "straightaway",
  "quickly",
  "soon",
]);

/** A change of position or of what pressed: "stood up", "uncrossed them", "loosened the laces", "let go". */
const POSITION_CHANGE = new WordSet([
  "uncrossed",
  "uncross",
  "uncrossing",
  "stood",
  "stand",
  "standing",
  "got",
  "get",
  "moved",
  "move",
  "moving",
  "shifted",
  "shift",
  "changed",
  "change",
  "changing",
  "stretched",
  "straightened",
  "shook",
  "shake",
  "shakes",
  "shaking",
  "loosened",
  "loosen",
  "undid",
  "undo",
  "took",
  "let",
  "brought",
  "walked",
  "walking",
  "walk",
  "turned",
  "rolled",
  "sat",
  "sit",
  "lay",
  "lie",
  "rest",
  "rested",
  "resting",
  "stopped",
  "stop",
  "stopping",
  "wiggled",
  "wriggled",
  "released",
  "relaxed",
]);

/** Words that date a symptom as lasting when told between it and its clearing. */
const LASTING = new WordSet([
  "still",
  "hours",
  "hour",
  "days",
  "day",
  "week",
  "weeks",
  "month",
  "months",
  "overnight",
  "yesterday",
  "since",
  "constantly",
  "constant",
  "persists",
  "persisting",
  "ages",
  "years",
  "morning",
  "afternoon",
  "evening",
  "night",
  "today",
  "tonight",
]);

/** Spans of a day or more, and the days that date a start ("since Monday", "for three days", "since the weekend"). */
const DAYS_LONG = new WordSet([
  "days",
  "day",
  "week",
  "weeks",
  "weekend",
  "month",
  "months",
  "years",
  "ages",
  "yesterday",
  ...WEEKDAYS,
]);
/** Words that lead a span of time told of a symptom ("numb for three days", "tingling since Monday"). */
const SPAN_LEADS = new WordSet(["for", "since"]);
/** How far after a symptom its span of days may be told, and how far after its lead the days. */
const DAYS_LONG_REACH = 5;
const DAYS_AFTER_LEAD = 3;

/**
 * A span of a day or more told straight after the numbness or tingling at `span`, in its clause ("my foot has been
 * numb since Monday", "tingling for three days now"): numbness that persists (contact-therapist in the rules), which
 * a settling word told elsewhere in a run-on message does not make a passing tingle.
 */
export const isToldDaysLong = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  const clause = clauseOf[span.first];
  const end = Math.min(tokens.length, span.last + DAYS_LONG_REACH);
  for (let i = span.last; i < end && clauseOf[i] === clause; i += 1) {
    if (!SPAN_LEADS.at(reading, i)) continue;
    const to = Math.min(tokens.length, i + 1 + DAYS_AFTER_LEAD);
    for (let j = i + 1; j < to && clauseOf[j] === clause; j += 1)
      if (DAYS_LONG.at(reading, j)) return true;
  }
  return false;
};

/** Words that open the circumstance of a tingle: what follows tells how long the position lasted. */
const CAUSE_LEADS = new Set([
  "after",
  "when",
  "whenever",
  "driving",
  "from",
  "while",
  "whilst",
  "during",
  "wearing",
  "because",
  "cos",
  "sitting",
  "sat",
  "kneeling",
  "knelt",
  "standing",
  "lying",
  "holding",
]);

/** A word that opens the circumstance; "from" only before an act ("from sitting", not "from the knee down"). */
const isCauseLead = (reading: Reading, i: number): boolean => {
  const norm = reading.tokens[i]?.norm ?? "";
  if (!CAUSE_LEADS.has(norm)) return false;
  return norm !== "from" || (reading.tokens[i + 1]?.norm ?? "").endsWith("ing");
};

/** Words after a clearing that say it returns or lasted long ("... but it comes back", "went after 3 hours"). */
const NOT_QUICK_AFTER = new Set([
  "hours",
  "hour",
  "days",
  "day",
  "week",
  "weeks",
  "overnight",
  "yesterday",
  "comes",
  "came",
  "returns",
  "returned",
  "keeps",
]);

/** "came" that is no return: "as soon as I came out of the stretch", "came up from the squat". */
const isCameOther = (reading: Reading, j: number): boolean => {
  const { tokens } = reading;
  if (tokens[j]?.norm !== "came") return false;
  const next = tokens[j + 1]?.norm;
  return next !== "back" && next !== "again";
};

/** Tokens after a clearing word looked at for a short time or a change of position. */
const AFTER_REACH = 8;
/** Tokens before it ("within a minute it went", "as soon as I stood up it was fine"). */
const BEFORE_REACH = 8;

/** Words after "the" that make it a moment: "back to normal the minute I stand up", "fine the second I get off". */
const MOMENT = new WordSet(["minute", "moment", "second", "instant"]);

/** Whether the word at `i` says a tingle went (not "went numb", "went to the loo", "I woke up", "not fine"). */
const isClearing = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const norm = tokens[i]?.norm ?? "";
  if (norm === "nothing") return isThenNothing(reading, i);
  if (!CLEARED.has(norm)) return false;
  const next = tokens[i + 1]?.norm ?? "";
  if (norm === "woke" || norm === "wakes")
    return WAKING_SUBJECTS.at(reading, i - 1) && next === "up";
  if (
    !CLEARING_NEXT.has(next) &&
    !(next === "the" && MOMENT.at(reading, i + 2)) &&
    !(ABOUT_HOW_LONG.at(reading, i + 1) && !GOING.has(norm))
  )
    return false;
  // "I stopped", "we stopped": the patient stopping, not the tingle.
  if (PEOPLE.at(reading, i - 1)) return false;
  // ("Is it normal if I get a bit sore?": asked, not a tingle gone back to normal)
  if (NORMAL_STATE.has(norm) && (isOtherFine(reading, i) || isAskedNormal(reading, i)))
    return false;
  return !isDeniedAt(reading, i);
};

/** Words before "nothing" that make it the tingle's end ("... for 2 mins after, then nothing"). */
const THEN_WORDS = new WordSet(["then", "afterwards", "after"]);
/** Words after "nothing" that keep it an end ("then nothing at all", "then nothing else", "then nothing until"). */
const NOTHING_NEXT = new WordSet(["at", "else", "until", "till", "more", "whatsoever"]);

/**
 * "then nothing" at token `i`, at the end of its clause: the tingle gone ("tingles in the flossing and for a minute
 * after, then nothing"), not a feeling of nothing ("then I feel nothing", "then nothing comes").
 */
const isThenNothing = (reading: Reading, i: number): boolean => {
  if (!THEN_WORDS.at(reading, i - 1)) return false;
  const next = reading.tokens[i + 1];
  return next === undefined || next.kind === "punct" || NOTHING_NEXT.at(reading, i + 1);
};

/** Verbs of a feeling coming back ("it came back as soon as I got off"). */
const COME = new WordSet(["came", "comes", "come", "coming"]);
/** What comes back when numbness clears: the feeling, said as "it", "the feeling", "the sensation". */
const FEELING_SUBJECTS = new WordSet(["it", "its", "feeling", "sensation", "they", "theyre"]);

/**
 * "it came back", "the feeling comes back", "it's come back" at token `i`: said of numbness, the feeling coming
 * back, which is the numbness clearing (said of a tingle, the tingle returning).
 */
const isComingBack = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  if (!COME.at(reading, i) || tokens[i + 1]?.norm !== "back") return false;
  const before = tokens[i - 1]?.norm ?? "";
  return (
    FEELING_SUBJECTS.has(before) ||
    // The subject left unsaid after a comma or "and": "my bum went to sleep, came back a minute after I stood up".
    before === "," ||
    before === "and" ||
    ((before === "has" || before === "have") && FEELING_SUBJECTS.at(reading, i - 2))
  );
};

/** Settling back into a position after a coming back: "it came back when I sat down again" is the numbness. */
const SETTLING_DOWN = new Set(["sat", "sit", "sits", "sitting", "lay", "lie", "lies", "lying"]);

/** Whether a word of sitting or lying down follows token `i` in its sentence, within `AFTER_REACH` tokens. */
const isSittingDownAfter = (reading: Reading, i: number): boolean => {
  const { sentenceOf } = reading.segments;
  const to = Math.min(reading.tokens.length, i + 1 + AFTER_REACH);
  for (let j = i + 1; j < to && sentenceOf[j] === sentenceOf[i]; j += 1) {
    const norm = reading.tokens[j]?.norm ?? "";
    if (SETTLING_DOWN.has(norm)) return true;
    // ("as soon as I got back on the bike")
    if ((norm === "got" || norm === "get") && reading.tokens[j + 1]?.norm !== "off") {
      const next = reading.tokens[j + 1]?.norm;
      if (next === "on" || next === "back" || next === "in") return true;
    }
  }
  return false;
};

/** Whether the span holds a word of numbness ("numb", "dead", "fell asleep"), not only tingling. */
const isNumbSpan = (reading: Reading, span: Span): boolean => {
  for (const kind of ["sym-numb", "sym-asleep"] as const) {
    for (const cue of cuesOf(reading, kind))
      if (cue.first >= span.first && cue.last <= span.last) return true;
  }
  // A part gone to sleep: "my bum went to sleep", "my bottom was sleeping", "the groin is like asleep".
  for (let i = span.first; i < span.last; i += 1) {
    const norm = reading.tokens[i]?.norm;
    if (norm === "sleeping" || norm === "asleep" || norm === "sleep") return true;
  }
  return false;
};

/** A negation in the three tokens before `i` ("won't go away", "hasn't gone", "not fine"). */
const isDeniedAt = (reading: Reading, i: number): boolean => {
  for (let j = Math.max(0, i - 3); j < i; j += 1) {
    if (isNegationWord(reading.tokens[j]?.norm ?? "")) return true;
  }
  return false;
};

/** Whether the words around a clearing at `i`, in its sentence, tell of a short time or a change of position. */
const isQuickClearing = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[i];
  let quick = false;
  const to = Math.min(tokens.length, i + 1 + AFTER_REACH);
  for (let j = Math.max(0, i - BEFORE_REACH); j < to; j += 1) {
    if (sentenceOf[j] !== sentence) continue;
    const norm = tokens[j]?.norm ?? "";
    // ("came back", "came again": it returned; not "as soon as I came out of the stretch")
    if (j > i && NOT_QUICK_AFTER.has(norm) && !isCameOther(reading, j)) return false;
    if (QUICK.has(norm) || POSITION_CHANGE.has(norm)) quick = true;
    // "straight away", "right after"
    if (
      (norm === "away" || norm === "after") &&
      (tokens[j - 1]?.norm === "straight" || tokens[j - 1]?.norm === "right")
    )
      quick = true;
  }
  return quick;
};

/** Whether a symptom word or a lexicon finding starts at token `i`. */
const isFindingAt = (reading: Reading, i: number): boolean => {
  for (const kind of SYMPTOM_KINDS) {
    // (the cues are in text order: the first at or after `i`, found by binary search)
    const cues = cuesOf(reading, kind);
    if (cues[cueIndexFrom(cues, i)]?.first === i) return true;
  }
  for (const hit of reading.hits) if (hit.first === i) return true;
  return false;
};
const SYMPTOM_KINDS = [
  "sym-numb",
  "sym-tingle",
  "sym-asleep",
  "sym-weak",
  "sym-pain",
  "sym-wobbly",
  // ("... my right foot has gone a bit numb. My legs felt heavy after the hill walk but were fine by the evening",
  // "... The bus ride made my bottom go to sleep, it came back a minute after": what clears there is that)
  "legs-limp",
  "abn-altered",
] as const;

/** Whether token `i` starts a new sentence or clause, or is a comma: the end of a circumstance. */
const isCauseEnd = (reading: Reading, i: number): boolean => {
  const { sentenceOf, clauseOf } = reading.segments;
  return (
    sentenceOf[i] !== sentenceOf[i - 1] ||
    clauseOf[i] !== clauseOf[i - 1] ||
    reading.tokens[i]?.norm === ","
  );
};

/** Whether the token at `at` lies in the circumstance of the symptom told from `from` ("after wearing ... tight"). */
const isInCause = (reading: Reading, from: number, at: number): boolean => {
  let inCause = false;
  for (let i = from; i <= at; i += 1) {
    if (isCauseEnd(reading, i)) inCause = false;
    if (isCauseLead(reading, i)) inCause = true;
  }
  return inCause;
};

/** Findings told between a tingle and its clearing that leave the clearing its: more of it, or soreness. */
const NOT_OTHER: ReadonlySet<string> = new Set([
  "numbness-tingling",
  "tingling-settling",
  "mild-soreness",
  "doms",
  "stiffness",
]);

/** Symptom words other than numbness, whose clearing a clearing told after them may be. */
const OTHER_SYMPTOMS = ["sym-weak", "sym-pain", "sym-wobbly"] as const;

/**
 * Whether another symptom is told between two tokens, outside the circumstance of the tingle ("the shoe was too
 * tight" is no symptom): a clearing told after it may be its own.
 */
const hasSymptomBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const kind of OTHER_SYMPTOMS) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first < from || cue.first >= to || isInCause(reading, from, cue.first)) continue;
      // "a bit tingly - not painful - and it goes away": a symptom denied is none.
      if (isDeniedAt(reading, cue.first)) continue;
      return true;
    }
  }
  // Soreness dated by a start of its own ("... bit stiff at the start of the class but by the end it had gone"):
  // what went is that soreness.
  if (hasOwnTimeSorenessBetween(reading, from, to)) return true;
  for (const hit of reading.hits) {
    if (hit.first < from || hit.first >= to || NOT_OTHER.has(hit.concept)) continue;
    // "shake it out": the act that clears it, not shivering.
    if (POSITION_CHANGE.at(reading, hit.first)) continue;
    if (!isInCause(reading, from, hit.first)) return true;
  }
  // A pain score ("... foot has gone a bit numb. The swings took it up to a 7, settled after a minute"): what
  // settled is that pain. So is a movement held back ("... bending forward felt restricted but was back to
  // normal"): what came back is the movement.
  for (let i = from; i < to; i += 1) if (isScoreLike(reading, i)) return true;
  for (const cue of cuesOf(reading, "lost-move"))
    if (cue.first >= from && cue.first < to) return true;
  return false;
};

/** Words right before a number that make it a pain score ("a 7", "to like 6.5", "maybe a 6"). */
const SCORE_LIKE_LEAD = new WordSet([
  "a",
  "an",
  "to",
  "like",
  "about",
  "around",
  "maybe",
  "solid",
  "=",
]);

/** A number of 0 to 10 told like a score: led by `SCORE_LIKE_LEAD` or said out of ten ("7/10"). */
export const isScoreLike = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const token = tokens[i];
  if (token?.kind !== "number") return false;
  const value = Number(token.norm);
  if (!(value >= 0 && value <= 10)) return false;
  const next = tokens[i + 1]?.norm ?? "";
  if (next === "/" || (next === "out" && tokens[i + 2]?.norm === "of")) return true;
  return SCORE_LIKE_LEAD.at(reading, i - 1) && !QUICK.has(next) && !LASTING.has(next);
};

/** How far after a symptom its "used to go" may stand. */
const USED_TO_REACH = 10;

/**
 * A "used to go" (or clear, settle ...) soon after the symptom in its sentence: how it cleared once, not now
 * ("the tingling that used to go when I stood up is now there all the time"). Such a symptom does not clear.
 */
export const clearedOnlyOnce = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const end = Math.min(tokens.length - 2, span.last + USED_TO_REACH);
  for (let i = span.last; i < end && sentenceOf[i] === sentenceOf[span.first]; i += 1) {
    if (
      tokens[i]?.norm === "used" &&
      tokens[i + 1]?.norm === "to" &&
      USED_TO_CLEAR.at(reading, i + 2)
    )
      return true;
    // ("... that used to come and go for a few minutes is now there all the time")
    if (isUsedToPassNowLasting(reading, i)) return true;
  }
  return false;
};

/**
 * Whether the numbness or tingling at `span` clears within minutes, by a word of it going after it in its
 * sentence or the next (see the module comment).
 */
export const clearsWithinMinutes = (reading: Reading, span: Span): boolean =>
  clearingAt(reading, span) >= 0;

/** The token of the quick clearing of the numbness or tingling at `span` (see the module comment), or -1. */
const clearingAt = (reading: Reading, span: Span): number => {
  const { tokens } = reading;
  if (clearedOnlyOnce(reading, span)) return -1;
  const { sentenceOf } = reading.segments;
  const lastSentence = (sentenceOf[span.first] ?? 0) + 1;
  let inCause = false;
  for (let i = span.last; i < tokens.length && (sentenceOf[i] ?? 0) <= lastSentence; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    // A new sentence, clause or comma ends the circumstance: "... all day" after it dates the symptom again.
    if (isCauseEnd(reading, i)) inCause = false;
    if (isCauseLead(reading, i)) inCause = true;
    if (isClearing(reading, i)) {
      return isQuickClearing(reading, i) && !hasSymptomBetween(reading, span.last, i) ? i : -1;
    }
    // "numb ... but it came back as soon as I got off": the feeling came back. Not "it didn't come back for
    // hours", nor a tingle that "came back", nor "it came back when I sat down again".
    if (isComingBack(reading, i)) {
      const clears =
        isNumbSpan(reading, span) &&
        !isDeniedAt(reading, i) &&
        isQuickClearing(reading, i) &&
        !isSittingDownAfter(reading, i) &&
        !hasSymptomBetween(reading, span.last, i);
      return clears ? i : -1;
    }
    // "that won't go away", "hasn't gone": said to last.
    if (CLEARED.has(norm) && isDeniedAt(reading, i)) return -1;
    if (LASTING.has(norm) && !inCause) return -1;
    // Another symptom or finding told in the next sentence before the clearing ("... won't go away. After the
    // flossing my foot tingles, then it's fine", "... numb. My back felt tight but it went away"): what clears
    // there is that one.
    if (sentenceOf[i] !== sentenceOf[span.first] && isFindingAt(reading, i)) return -1;
  }
  return -1;
};

/** Getting up or off, or moving about: "as soon as I stood up", "got off the bike", "walked about". */
const GETTING_UP = new Set([
  "stood",
  "stand",
  "stands",
  "standing",
  "walked",
  "walking",
  "moved",
  "moving",
  "shifted",
  "shifting",
]);
const GETTING = new Set(["got", "get", "gets", "getting", "hopped", "climbed", "jumped"]);
const UP_OFF = new WordSet(["up", "off", "out"]);

/** A word of getting up or off around the clearing at token `at`, in its sentence. */
const isGettingUpNear = (reading: Reading, at: number): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const to = Math.min(tokens.length, at + 1 + AFTER_REACH);
  for (let j = Math.max(0, at - BEFORE_REACH); j < to; j += 1) {
    if (sentenceOf[j] !== sentenceOf[at]) continue;
    const norm = tokens[j]?.norm ?? "";
    if (GETTING_UP.has(norm)) return true;
    if (GETTING.has(norm) && UP_OFF.at(reading, j + 1)) return true;
  }
  return false;
};

/** Concepts of numbness itself: more of the same numbness, told between it and its clearing. */
const NUMB_CONCEPTS: ReadonlySet<string> = new Set([
  "numbness-tingling",
  "tingling-settling",
  "saddle-anesthesia",
]);

/** Any symptom word of pain, weakness or shaking, or any other finding, between two tokens, whatever the cause. */
const isAnyOtherSymptomBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const kind of OTHER_SYMPTOMS) {
    for (const cue of cuesOf(reading, kind)) if (cue.first >= from && cue.first < to) return true;
  }
  for (const hit of reading.hits) {
    if (hit.first >= from && hit.first < to && !NUMB_CONCEPTS.has(hit.concept)) return true;
  }
  return false;
};

/**
 * Whether the numbness at `span` clears within minutes as the patient gets up or off ("my bum went numb on the
 * bleachers; as soon as I stood up it came back"), with nothing else told between: the stricter reading that a
 * numb bottom needs before it counts as pressure from a seat, since numbness there is otherwise a cauda equina
 * sign ("numb in my groin when I sit ... goes as soon as I stop" is not this).
 */
export const clearsOnGettingUp = (reading: Reading, span: Span): boolean => {
  const at = clearingAt(reading, span);
  return (
    at >= 0 && isGettingUpNear(reading, at) && !isAnyOtherSymptomBetween(reading, span.last, at)
  );
};

/** Words after a spell of seconds or minutes that make it a time into something ("2 minutes into the stretch"). */
const NOT_SPELL_NEXT = new Set(["into", "later", "ago", "of", "each", "per"]);
/** Words after a bare spell that make it a time from something ("numb 2 minutes after I started"). */
const FROM_NEXT = new Set(["after", "before"]);
/** Words that open a spell as how long it lasted ("for a couple of minutes after the stretch"). */
const SPELL_LEADS = new WordSet([
  "for",
  "lasted",
  "lasting",
  "lasts",
  "only",
  "just",
  "barely",
  "all",
]);

/** Whether a spell is a time into or from something else rather than how long the symptom lasted. */
const isTimeFrom = (reading: Reading, spell: CueHit): boolean => {
  const next = reading.tokens[spell.last]?.norm ?? "";
  if (NOT_SPELL_NEXT.has(next)) return true;
  return FROM_NEXT.has(next) && !SPELL_LEADS.at(reading, spell.first);
};

/** Words that tell a tingle coming back, so that its short spells are no passing one ("keeps coming back"). */
const RETURNS = new WordSet([
  "comes",
  "coming",
  "came",
  "returns",
  "returning",
  "returned",
  "keeps",
]);

/** How far after a symptom, in its sentence, the spell it lasted may be told. */
const SPELL_REACH = 14;

/**
 * A tingle or a numb foot told as lasting seconds or a few minutes ("my foot felt asleep for a couple of minutes
 * after the stretch", "it was 30 seconds in my heel and it hasn't come back"): the spell told after it in its
 * sentence, not as how long a position was held ("after holding it for 30 seconds"), with nothing dating it as
 * lasting between and no word of it coming back.
 */
export const isBriefSpell = (reading: Reading, span: Span): boolean => {
  if (clearedOnlyOnce(reading, span)) return false;
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  const spells = cuesOf(reading, "brief-spell");
  let spell: CueHit | undefined;
  for (let k = cueIndexFrom(spells, span.last); k < spells.length; k += 1) {
    const cue = spells[k];
    if (cue === undefined || sentenceOf[cue.first] !== sentence) break;
    if (cue.first - span.last > SPELL_REACH) break;
    if (isTimeFrom(reading, cue) || isInCause(reading, span.last, cue.first)) continue;
    spell = cue;
    break;
  }
  if (spell === undefined) return false;
  for (let i = span.last; i < spell.first; i += 1) {
    if (LASTING.at(reading, i)) return false;
  }
  // ("... for a few seconds but it keeps coming back", not "it hasn't come back")
  for (let i = spell.last; i < tokens.length && sentenceOf[i] === sentence; i += 1) {
    if (RETURNS.at(reading, i) && !isDeniedAt(reading, i)) return false;
  }
  return !hasSymptomBetween(reading, span.last, spell.first);
};

/**
 * A tingle that passed quickly once, then said to be there all the time now, in the sentence of `span` or the next
 * ("it was on and off for a few minutes at a time, but since Monday it's there all the time"): it persists, so no
 * passing tingle. Nothing else may be told between that the lasting could be of ("... but now my back aches all
 * the time").
 */
export const isLastingNowAfter = (reading: Reading, span: Span): boolean => {
  const at = lastingAfterTurn(reading, span.last);
  return (
    at >= 0 &&
    !hasSymptomBetween(reading, span.last, at) &&
    !isAnyOtherSymptomBetween(reading, span.last, at)
  );
};
