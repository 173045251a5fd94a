import type { Evidence } from "../model/finding";
import { numberValues, scoreAt, UNIT_HOURS, valueAt } from "./numbers";
import type { NumberValues } from "./numbers";
import { cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import type { CueKind } from "./cues";
import { factApplies, precededByNegation, statusOf, whenOf } from "./status";
import type { Span } from "./status";

export type Trend = "better" | "same" | "worse";

export type PainScore = {
  value: number;
  evidence: Evidence;
  /** Said to last, now, in its sentence ("an 8 all the time now"): only words of settling settle it. */
  ongoing?: true;
  /** Told with settling or being back to normal in its sentence ("back to my usual 2 by the next morning"). */
  settling?: true;
};

/** Facts read from a message beside its findings: numbers, timing, trend and context. */
export type TextFacts = {
  /** Pain scores in the order written ("up to a 7 ... still 6" gives 7 then 6). */
  painScores: readonly PainScore[];
  /** The longest time mentioned since the session (or since the symptoms started), in hours. */
  hoursSince?: { hours: number; evidence: Evidence };
  /** The last trend stated. */
  trend?: { value: Trend; evidence: Evidence };
  /**
   * The last trend stated in the sentence that gives `hoursSince` ("day 5 and it is still just as sore"), when
   * that sentence has one: what the timing is about, even when a later sentence tells of something else easing.
   */
  trendAtTiming?: { value: Trend; evidence: Evidence };
  /** Back to the usual level (by the next morning, or "back to normal"). */
  settled?: Evidence;
  /** Still there the next morning, or still high after stopping. */
  notSettled?: Evidence;
  age?: { value: number; evidence: Evidence };
  recentSpinalSurgery?: Evidence;
  newExercise?: Evidence;
  sudden?: Evidence;
  /** A strain or sudden give ("sneezed and felt a crack", "twisted"): with weaker bones, a fracture risk. */
  strain?: Evidence;
  /** The first pain word that applies to the patient ("pain", "hurts", "sore"): there is something to time. */
  painMentioned?: Evidence;
  /** Pain described as new or different. */
  newPain?: Evidence;
};

export const textEvidence = (reading: Reading, start: number, end: number): Evidence => ({
  kind: "text",
  start,
  end,
  text: reading.text.slice(start, end),
});

export const spanEvidence = (reading: Reading, first: number, last: number): Evidence =>
  textEvidence(reading, reading.tokens[first]?.start ?? 0, reading.tokens[last - 1]?.end ?? 0);

const cueEvidence = (reading: Reading, cue: CueHit): Evidence =>
  textEvidence(reading, cue.start, cue.end);

const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    monday: 0,
    mon: 0,
    tuesday: 1,
    tues: 1,
    tue: 1,
    wednesday: 2,
    wed: 2,
    thursday: 3,
    thurs: 3,
    thur: 3,
    friday: 4,
    fri: 4,
    saturday: 5,
    sat: 5,
    sunday: 6,
    sun: 6,
  }),
);

/** Words that make a sentence about pain or exercise, so "a 7" in it is a score. */
const PAIN_CONTEXT = new Set([
  "pain",
  "sore",
  "soreness",
  "hurt",
  "hurts",
  "ache",
  "aching",
  "exercise",
  "exercises",
  "session",
  "set",
  "workout",
  "physio",
  "score",
  "scale",
  "level",
  "rated",
]);

/** Words before a number that make it a pain score ("a 7", "up to 7", "still 6", "my usual 2"). */
const SCORE_LEAD = new Set([
  "a",
  "at",
  "about",
  "around",
  "to",
  "is",
  "was",
  "its",
  "hit",
  "hits",
  "reached",
  "maybe",
  "then",
  "usual",
  "normal",
  "level",
  "score",
  "still",
  "same",
  "solid",
  "steady",
  "constant",
  "now",
  "from",
  "pain",
  "like",
  "between",
  "or",
  "and",
  "rated",
  "rate",
  "-",
]);
/** Words after a number that make it something other than a score. */
const NOT_SCORE_NEXT = new Set([
  ...UNIT_HOURS.keys(),
  "am",
  "pm",
  "oclock",
  "times",
  "time",
  "sets",
  "set",
  "reps",
  "rep",
  "kg",
  "kilos",
  "lbs",
  "pounds",
  "stone",
  "miles",
  "km",
  "steps",
  "exercises",
  "sessions",
  "session",
  "weeks",
  "year",
  "years",
  "of",
  "x",
  "%",
  "percent",
]);
const NOT_SCORE_PREV = new Set([
  "day",
  "week",
  "session",
  "set",
  "rep",
  "number",
  "aged",
  "age",
  "over",
  "under",
  "the",
  "than",
]);

/** Whether a cue of `kind` that is not negated stands in the sentence of token `index`. */
const hasCueInSentence = (reading: Reading, kind: CueKind, index: number): boolean => {
  const sentence = reading.segments.sentenceOf[index];
  for (const cue of cuesOf(reading, kind)) {
    if (reading.segments.sentenceOf[cue.first] === sentence && !precededByNegation(reading, cue))
      return true;
  }
  return false;
};

/**
 * The score at tokens `first` to `last`, with what its sentence says of it. (Its own function: a closure in the
 * token loop of `findPainScores` made V8 allocate a scope for every token, about 18 KB per long message.)
 */
const painScore = (reading: Reading, value: number, first: number, last: number): PainScore => {
  const score: PainScore = { value, evidence: spanEvidence(reading, first, last) };
  if (hasCueInSentence(reading, "ongoing", first)) score.ongoing = true;
  if (hasCueInSentence(reading, "baseline", first) || hasCueInSentence(reading, "settle", first))
    score.settling = true;
  return score;
};

const findPainScores = (reading: Reading, values: NumberValues): PainScore[] => {
  const { tokens } = reading;
  const sentencesWithPain = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (PAIN_CONTEXT.has(tokens[i]?.norm ?? "")) {
      sentencesWithPain.add(reading.segments.sentenceOf[i] ?? -1);
    }
  }
  for (const kind of ["sym-pain", "exercise"] as const) {
    for (const cue of cuesOf(reading, kind)) {
      sentencesWithPain.add(reading.segments.sentenceOf[cue.first] ?? -1);
    }
  }
  for (const hit of reading.hits)
    sentencesWithPain.add(reading.segments.sentenceOf[hit.first] ?? -1);
  const scores: PainScore[] = [];
  let lastScoreIndex = -2;
  for (let i = 0; i < tokens.length; i += 1) {
    const value = scoreAt(tokens, values, i);
    if (value === undefined) continue;
    const next = tokens[i + 1]?.norm ?? "";
    const next2 = tokens[i + 2]?.norm ?? "";
    const next3 = tokens[i + 3]?.norm ?? "";
    let end = i + 1;
    let strong = false;
    if ((next === "/" || next === "of") && next2 === "10") {
      strong = true;
      end = i + 3;
    } else if (next === "out" && next2 === "of" && (next3 === "10" || next3 === "ten")) {
      strong = true;
      end = i + 4;
    }
    if (!strong) {
      const prev = tokens[i - 1]?.norm ?? "";
      // "a 6-7" (the joining hyphen is dropped): a number right after a score is a score too.
      const afterScore = lastScoreIndex === i - 1;
      if (!afterScore && (!SCORE_LEAD.has(prev) || NOT_SCORE_PREV.has(prev))) continue;
      if (NOT_SCORE_NEXT.has(next)) continue;
      if (next === "/" || next === ":") continue;
      if (!sentencesWithPain.has(reading.segments.sentenceOf[i] ?? -2)) continue;
    }
    if (!factApplies(reading, { first: i, last: end })) continue;
    scores.push(painScore(reading, value, i, end));
    lastScoreIndex = end - 1;
  }
  return scores;
};

type Timed = { hours: number; span: Span };

const findDurations = (reading: Reading, values: NumberValues): Timed[] => {
  const { tokens } = reading;
  const found: Timed[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    // "day 5", "day five"
    if (norm === "day") {
      const n = valueAt(values, i + 1);
      if (n !== undefined && n >= 1 && n <= 60 && tokens[i + 1]?.norm !== "a") {
        found.push({ hours: n * 24, span: { first: i, last: i + 2 } });
      }
      continue;
    }
    if (norm === "yesterday") {
      const dayBefore = tokens[i - 2]?.norm === "day" && tokens[i - 1]?.norm === "before";
      found.push({
        hours: dayBefore ? 48 : 24,
        span: { first: dayBefore ? i - 2 : i, last: i + 1 },
      });
      continue;
    }
    if (norm === "overnight" || (norm === "night" && tokens[i - 1]?.norm === "last")) {
      found.push({ hours: 12, span: { first: norm === "night" ? i - 1 : i, last: i + 1 } });
      continue;
    }
    // "Week later and no better", "fortnight on": one of the unit, though no number is written.
    if (
      (norm === "week" || norm === "fortnight" || norm === "month") &&
      (tokens[i + 1]?.norm === "later" || tokens[i + 1]?.norm === "on") &&
      valueAt(values, i - 1) === undefined
    ) {
      found.push({ hours: UNIT_HOURS.get(norm) ?? 0, span: { first: i, last: i + 2 } });
      continue;
    }
    const n = valueAt(values, i);
    if (n === undefined) continue;
    let unitAt = i + 1;
    if (tokens[unitAt]?.norm === "of" || tokens[unitAt]?.norm === "more") unitAt += 1;
    if (norm === "a" && tokens[i + 1]?.norm === "couple")
      unitAt = tokens[i + 2]?.norm === "of" ? i + 3 : i + 2;
    if (norm === "a" && tokens[i + 1]?.norm === "few") unitAt = i + 2;
    const unit = UNIT_HOURS.get(tokens[unitAt]?.norm ?? "");
    if (unit === undefined) continue;
    const value = norm === "a" && unitAt > i + 1 ? (tokens[i + 1]?.norm === "few" ? 3 : 2) : n;
    found.push({ hours: value * unit, span: { first: i, last: unitAt + 1 } });
  }
  // Weekdays: "Monday's session ... it's Friday" is four days.
  const days: { day: number; index: number }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const day = WEEKDAYS.get(tokens[i]?.norm ?? "");
    if (day !== undefined && tokens[i]?.kind === "word") days.push({ day, index: i });
  }
  const firstDay = days[0];
  if (firstDay) {
    for (const later of days) {
      const diff = (later.day - firstDay.day + 7) % 7;
      if (diff > 0)
        found.push({ hours: diff * 24, span: { first: later.index, last: later.index + 1 } });
    }
  }
  return found;
};

/** The last trend stated, in sentence `sentence` only when one is given. */
const findTrend = (reading: Reading, sentence?: number): TextFacts["trend"] => {
  let best: { value: Trend; cue: CueHit } | undefined;
  const inScope = (cue: CueHit): boolean =>
    sentence === undefined || reading.segments.sentenceOf[cue.first] === sentence;
  const all = [
    ...cuesOf(reading, "trend-better"),
    ...cuesOf(reading, "trend-same"),
    ...cuesOf(reading, "trend-worse"),
  ].filter(inScope);
  /** "better" inside "not getting any better" is not a trend of its own. */
  const isInsideLonger = (cue: CueHit): boolean =>
    all.some(
      (other) =>
        other !== cue &&
        other.first <= cue.first &&
        other.last >= cue.last &&
        other.last - other.first > cue.last - cue.first,
    );
  const consider = (value: Trend, cue: CueHit): void => {
    if (isInsideLonger(cue)) return;
    if ((!factApplies(reading, cue) || precededByNegation(reading, cue)) && value !== "same") {
      // "not better" -> same; "no worse" -> same.
      value = "same";
    }
    if (best === undefined || cue.first >= best.cue.first) best = { value, cue };
  };
  for (const cue of cuesOf(reading, "trend-better")) if (inScope(cue)) consider("better", cue);
  for (const cue of cuesOf(reading, "trend-same")) if (inScope(cue)) consider("same", cue);
  for (const cue of cuesOf(reading, "trend-worse")) if (inScope(cue)) consider("worse", cue);
  return best && { value: best.value, evidence: cueEvidence(reading, best.cue) };
};

const firstApplying = (reading: Reading, cues: readonly CueHit[]): Evidence | undefined => {
  const cue = cues.find((candidate) => factApplies(reading, candidate));
  return cue && cueEvidence(reading, cue);
};

/** The first cue that is the patient's own, now: not denied, imagined or past ("twisted my ankle years ago"). */
const firstPresent = (reading: Reading, cues: readonly CueHit[]): Evidence | undefined => {
  const cue = cues.find(
    (candidate) =>
      statusOf(reading, candidate, "trauma") === "present" &&
      !precededByNegation(reading, candidate),
  );
  return cue && cueEvidence(reading, cue);
};

/**
 * A spinal operation or procedure of the patient's that is not told as past ("my back op years ago"; a past word
 * about something else does not count: "a microdiscectomy last week and my calf is sore today I had sciatica
 * years ago").
 */
export const findRecentSurgery = (reading: Reading): CueHit | undefined =>
  cuesOf(reading, "surgery").find(
    (cue) => factApplies(reading, cue) && whenOf(reading, cue) !== "past",
  );

/** The patient's age; the oldest told, if two are (the more careful one for fracture risk). */
const findAge = (reading: Reading, values: NumberValues): TextFacts["age"] => {
  const { tokens } = reading;
  let oldest: TextFacts["age"];
  for (let i = 0; i < tokens.length; i += 1) {
    const value = valueAt(values, i);
    if (value === undefined || value < 16 || value > 110 || tokens[i]?.kind !== "number") continue;
    const prev = tokens[i - 1]?.norm ?? "";
    const next = tokens[i + 1]?.norm ?? "";
    const next2 = tokens[i + 2]?.norm ?? "";
    const isAge =
      ((next === "year" || next === "years" || next === "yr" || next === "yrs") &&
        (next2 === "old" || next2 === "-")) ||
      next === "yo" ||
      prev === "aged" ||
      prev === "age" ||
      ((prev === "im" || prev === "am") && !UNIT_HOURS.has(next));
    if (isAge && factApplies(reading, { first: i, last: i + 1 }) && value > (oldest?.value ?? 0)) {
      oldest = { value, evidence: spanEvidence(reading, i, i + 1) };
    }
  }
  return oldest;
};

/** Three days: pain the same or worse this long after a session is no longer the expected flare. */
const PERSISTENT_HOURS = 72;

/** Reads the numbers, timing, trend and context facts of a message. */
export const readTextFacts = (reading: Reading): TextFacts => {
  const values = numberValues(reading.tokens);
  const facts: {
    -readonly [K in keyof TextFacts]: TextFacts[K];
  } = { painScores: findPainScores(reading, values) };
  // The longest time since the session, unless a time of three days or more is told with pain that is the same
  // or worse in its own sentence ("today is Friday and it's the same"): that one, though another sentence tells
  // of something else on day 6 and improving. A message can tell two episodes; the one not improving counts.
  let longest: Timed | undefined;
  let persisting: { timed: Timed; trend: NonNullable<TextFacts["trend"]> } | undefined;
  for (const timed of findDurations(reading, values)) {
    // Minutes say how long a tingle lasted; years say how long something has been there, not the session.
    if (timed.hours < 12 || timed.hours >= 8760) continue;
    if (!factApplies(reading, timed.span)) continue;
    if (longest === undefined || timed.hours > longest.hours) longest = timed;
    if (
      timed.hours >= PERSISTENT_HOURS &&
      (persisting === undefined || timed.hours > persisting.timed.hours)
    ) {
      const trend = findTrend(reading, reading.segments.sentenceOf[timed.span.first]);
      if (trend?.value === "same" || trend?.value === "worse") persisting = { timed, trend };
    }
  }
  const timing = persisting?.timed ?? longest;
  if (timing) {
    facts.hoursSince = {
      hours: timing.hours,
      evidence: spanEvidence(reading, timing.span.first, timing.span.last),
    };
  }
  const trend = findTrend(reading);
  if (trend) facts.trend = trend;
  if (persisting) facts.trendAtTiming = persisting.trend;
  else if (longest) {
    const atTiming = findTrend(reading, reading.segments.sentenceOf[longest.span.first]);
    if (atTiming) facts.trendAtTiming = atTiming;
  }
  const notSettledHits = reading.hits.filter((hit) => hit.concept === "pain-not-settling");
  const settled = firstApplying(
    reading,
    cuesOf(reading, "baseline").filter(
      (cue) =>
        !precededByNegation(reading, cue, 3) &&
        !notSettledHits.some((hit) => hit.first <= cue.first && hit.last >= cue.last),
    ),
  );
  if (settled) facts.settled = settled;
  // "still 6 an hour later and this morning as well": still, with the next morning, in one sentence.
  for (const still of cuesOf(reading, "still")) {
    const sentence = reading.segments.sentenceOf[still.first];
    const morning = cuesOf(reading, "morning").find(
      (cue) => reading.segments.sentenceOf[cue.first] === sentence,
    );
    if (morning) {
      facts.notSettled = textEvidence(
        reading,
        Math.min(still.start, morning.start),
        Math.max(still.end, morning.end),
      );
      break;
    }
  }
  const age = findAge(reading, values);
  if (age) facts.age = age;
  const surgery = findRecentSurgery(reading);
  if (surgery) facts.recentSpinalSurgery = cueEvidence(reading, surgery);
  const newExercise = firstApplying(reading, cuesOf(reading, "new-exercise"));
  if (newExercise) facts.newExercise = newExercise;
  const sudden = firstApplying(reading, cuesOf(reading, "sudden"));
  if (sudden) facts.sudden = sudden;
  const strain = sudden ?? firstPresent(reading, cuesOf(reading, "strain"));
  if (strain) facts.strain = strain;
  const painMentioned = firstApplying(reading, cuesOf(reading, "sym-pain"));
  if (painMentioned) facts.painMentioned = painMentioned;
  const newPain = firstApplying(reading, cuesOf(reading, "new-pain"));
  if (newPain) facts.newPain = newPain;
  return facts;
};
