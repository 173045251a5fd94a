import type { Evidence } from "../model/finding";
import { WordSet } from "../text/word-set";
import { insertionSort } from "../text/insertion-sort";
import { numberValues, scoreAt, UNIT_HOURS, valueAt } from "./numbers";
import { findCaughtStumbleHurt } from "./caught-stumble";
import type { NumberValues } from "./numbers";
import { cuesOf } from "./read-text";
import { isRetractedAfter } from "./retracted";
import type { CueHit, Reading } from "./read-text";
import type { CueKind } from "./cues";
import { isAgeNumberAt, relativeIdOf } from "./proxy-frame";
import { isDownTheLeg, isExclaimedTime, isMedicineCourse } from "./not-a-course";
import { isFutureTrend } from "./future-trend";
import { isGoingSomewhere } from "./going-somewhere";
import { isComingDayAt } from "./coming-day";
import { isLegsUnchanged } from "./legs-unchanged";
import { isHabitualSettling } from "./habitual-settling";
import { isClearedBy } from "./cleared-by-then";
import { lastListedSeries } from "./score-series";
import { isSetOffScore } from "./set-off-score";
import { earlierCourse, isEarlierLevelAfter } from "./earlier-level";
import { isCorrectedScore } from "./corrected-score";
import { findInflammatoryPattern } from "./inflammatory-pattern";
import { isHalfAfter, isHedgedRating } from "./hedged-rating";
import { isPastEpisodeScore } from "./past-episode-score";
import { isProgrammeDay } from "./programme-day";
import { isRelativesCourse, isRelativesSameThing } from "./relatives-course";
import {
  appliesBesideNegation,
  factApplies,
  isQuestion,
  isSomeoneElse,
  isYearsAgoAfter,
  precededByNegation,
  statusOf,
  whenOf,
} from "./status";
import type { Span } from "./status";
import { WEEKDAYS as WEEKDAY_NAMES } from "../text/weekdays";
import { dayPartHourAt, partHoursBetween, todayPartHour } from "./day-part";
import { MONTHS_BUT_MAY } from "../text/months";

export type Trend = "better" | "same" | "worse";

export type PainScore = {
  value: number;
  evidence: Evidence;
  /** Said to last, now, in its sentence ("an 8 all the time now"): only words of settling settle it. */
  ongoing?: true;
  /** Told with settling or being back to normal in its sentence ("back to my usual 2 by the next morning"). */
  settling?: true;
  /** Dated by a word of when just before it ("today it's a 3", "by Sunday a 2"): a level at a later time. */
  dated?: true;
  /** Said to be still there, with nothing easing in its sentence ("still 6/10 now"). */
  still?: true;
  /** The level before the session, or the usual one ("3/10 before the session", "my usual 2"). */
  usual?: true;
  /** Told of a week ("week 2 average 4", "this week 6"): one of a weekly series. */
  weekly?: true;
  /** The level the next morning ("next morning 5/10", "woke up at a 5"). */
  morning?: true;
  /** Words after it, in its sentence or the next, that say it went back down ("but it dropped right back down"). */
  droppedBack?: Evidence;
  /** Said straight after not to have gone back down ("8/10 during the lunges and it didn't go back down"). */
  notBack?: true;
  /** One of a pain diary, a score a day ("Sat 5, Sun 5, Mon 5, Tue 6"). */
  diary?: true;
  /** The first score of a pain diary. */
  diaryStart?: true;
  /** The day it is told of, in a diary of numbered days ("Day 4: 5" is 4). */
  day?: number;
  /** Said to stand still ("a steady five the entire time", "exactly a 3 every single day"). */
  steady?: true;
  /** Said to stand still day after day ("a 4 every day since the session", "a 3 every morning"). */
  daily?: true;
  /** Told as an earlier level ("it was 8 the day after", "was an 8 at first"), not as the level now. */
  earlier?: true;
  /** An earlier level told right after the level now ("4/10. was 6 yesterday", `earlier-level.ts`). */
  toldBack?: true;
  /** One entry of an exercise log ("clamshells 2, bird dogs 3, side plank 6"): told beside the others, not after. */
  logEntry?: true;
  /** Told with a word of easing in its sentence ("about 6 but ... definitely coming down"). */
  easing?: true;
  /** The number of its sentence, when read from text: scores of one sentence tell one episode. */
  sentence?: number;
  /** Its tokens, when read from text. */
  tokens?: Span;
};

/** Facts read from a message beside its findings: numbers, timing, trend and context. */
export type TextFacts = {
  /** Pain scores in the order written ("up to a 7 ... still 6" gives 7 then 6). */
  painScores: readonly PainScore[];
  /** The longest time mentioned since the session (or since the symptoms started), in hours. */
  hoursSince?: { hours: number; evidence: Evidence };
  /** The day `hoursSince` is counted to told as clear ("... Tuesday a bit less, Wednesday gone"): gone by then. */
  clearedAtTiming?: Evidence;
  /** The last trend stated. */
  trend?: { value: Trend; evidence: Evidence };
  /**
   * The last trend stated in the sentence that gives `hoursSince` ("day 5 and it is still just as sore"), when
   * that sentence has one: what the timing is about, even when a later sentence tells of something else easing.
   */
  trendAtTiming?: { value: Trend; evidence: Evidence };
  /**
   * The longest time told with a "same" or "worse" in its sentence that no easing answers straight after
   * ("flared up on Monday, still the same on Wednesday"), however short the time: how long, and the words.
   */
  standstill?: { hours: number; timing: Evidence; value: Trend; evidence: Evidence };
  /** Back to the usual level (by the next morning, or "back to normal"). */
  settled?: Evidence;
  /** Still there the next morning, or still high after stopping. */
  notSettled?: Evidence;
  age?: { value: number; evidence: Evidence };
  /** A first ever bout of back pain ("first ever back pain", "never had back trouble before"). */
  firstEpisode?: Evidence;
  /**
   * Stiffness for half an hour or more every morning, over months or with the pattern's other marks (see
   * `inflammatory-pattern.ts`).
   */
  inflammatoryPattern?: Evidence;
  recentSpinalSurgery?: Evidence;
  newExercise?: Evidence;
  /** Manipulation, mobilisation or needling the patient had (not a past episode). */
  manualTherapy?: Evidence;
  sudden?: Evidence;
  /** A strain or sudden give ("sneezed and felt a crack", "twisted"): with weaker bones, a fracture risk. */
  strain?: Evidence;
  /** The first pain word that applies to the patient ("pain", "hurts", "sore"): there is something to time. */
  painMentioned?: Evidence;
  /** Pain described as new or different. */
  newPain?: Evidence;
  /** A strain told of the back ("tweaked my back", "my back went into a spasm"): a one-off flare when it settles. */
  backStrain?: Evidence;
  /** Soreness told as there since the session or a day ("sore since Monday's session"): lasting until now. */
  soreSince?: Evidence;
  /** A "still" of the symptom being there ("still there", "still sore"), even if an easing answers it. */
  stillThere?: Evidence;
  /**
   * The easing that answers the timing, told as what happens each time ("it always settles by the evening", "each
   * week the soreness has been a bit less"): the time told is how long the programme has run, not one soreness.
   */
  habitualEasing?: Evidence;
  /** Two or more sessions (or weeks) in a row, each worse than the one before, told as a diary (`session-series.ts`). */
  worseEachSession?: Evidence;
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
    weds: 2,
    thursday: 3,
    thurs: 3,
    thur: 3,
    thu: 3,
    friday: 4,
    fri: 4,
    saturday: 5,
    sat: 5,
    sunday: 6,
    sun: 6,
  }),
);

/** Exercises beyond the everyday ones, by name ("the kettlebell swings got me to a 7", "on the leg press"). */
const MORE_EXERCISES = [
  "swing",
  "swings",
  "kettlebell",
  "kettlebells",
  "deadbug",
  "deadbugs",
  "press",
  "presses",
  "rows",
  "curl",
  "curls",
  "raises",
  "clamshell",
  "clamshells",
  "crunch",
  "crunches",
  "situps",
  "pushups",
  "hinge",
  "hinges",
  "thrusts",
  "extensions",
  "stepups",
  "superman",
  "supermans",
  "birddogs",
  "birddog",
  // ("bird-dogs", "bird dog": the exercise told in two words)
  "bird",
  "pilates",
];

/** Words that make a sentence about pain or exercise, so "a 7" in it is a score. */
const PAIN_CONTEXT = new WordSet([
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
  "pt",
  "score",
  "scale",
  "level",
  "rated",
  // Exercises and words of a score going up ("the side plank went up to like a 7", "spiked to an 8").
  "plank",
  "planks",
  "squat",
  "squats",
  "bridge",
  "bridges",
  "lunge",
  "lunges",
  "deadlift",
  "deadlifts",
  "stretch",
  "stretches",
  "stretching",
  "rep",
  "reps",
  ...MORE_EXERCISES,
  // A part of the back or hips a score is told of ("the glutes and low back got to about a 6").
  "glutes",
  "glute",
  "hamstrings",
  "hammies",
  "hips",
  "lumbar",
  "spine",
  "spiked",
  "spike",
  "peaked",
  // "hasn't dipped below an 8 since last night": a score going down (or not).
  "dipped",
  "dips",
  // "my baseline is creeping up: 2/10 three weeks ago, 3 the week after": the usual level of pain.
  "baseline",
  // "First week my average was 2": an average of the pain scores.
  "average",
  "avg",
  "jumped",
  "flared",
  "flare",
  // "the DOMS from Monday (I'd say 6-7)", "into 'ouch' territory, probably a 6", "the carry pushed it to a 6".
  "doms",
  "ouch",
  "carry",
  "carries",
]);

/** Words before a number that make it a pain score ("a 7", "up to 7", "still 6", "my usual 2"). */
const SCORE_LEAD = new Set([
  "a",
  "an",
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
  "probably",
  // "it's already 4 today", "already down to 3"
  "already",
  // "I'd say 6-7", "yesterday I'd have said seven"
  "say",
  "said",
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
  // "has been 6-7 for three weeks", "stayed 4 all day", "hovering 5".
  "been",
  "stayed",
  "stays",
  "hovering",
  "hovered",
  "pain",
  "like",
  "between",
  "or",
  "and",
  "rated",
  "rate",
  // A soreness word as the label of a diary's entry ("Tue: ache 6. Wed: ache 5"), as "pain" is ("pain 6").
  "ache",
  "aching",
  "sore",
  "soreness",
  "stiffness",
  "average",
  "-",
  // "goblet squats = 7"
  "=",
  // "7 → 5 → 3": the score after an arrow.
  "→",
  "⇒",
  "➡",
  "➔",
  ">",
  // "Wednesday 5, Thursday 3", "yesterday 7, today 5".
  ...WEEKDAY_NAMES,
  "mon",
  "tue",
  "tues",
  "wed",
  "weds",
  "thu",
  "thur",
  "thurs",
  "fri",
  "yesterday",
  "today",
  "tonight",
  "morning",
  "evening",
]);
/** Words of a day or a part of one that tag a score in a pain diary ("Sat 5, Sun 5", "4 Tue", "Wed morning 3"). */
const DIARY_DAYS = new WordSet([
  ...WEEKDAYS.keys(),
  "today",
  "yesterday",
  "tonight",
  "morning",
  "evening",
  "afternoon",
  "night",
]);

/** How many words may stand between the scores of one pain diary ("Wed 4. Thu 4. Fri 4.", "Mon: 7 (yikes). Tue: 5"). */
const DIARY_GAP = 5;

/** How many day-tagged numbers, each near the last, make a pain diary. */
const DIARY_LENGTH = 3;

/** How many make a short one, in a message about pain ("7 last night, 5 this morning"). */
const DIARY_PAIR = 2;

/** How many tokens a message may have and be only a short diary ("last night 7, this morning 5"). */
const SHORT_DIARY = 12;

/** Words that date the day word after a number ("7 last night", "5 this morning", "4 that evening"). */
const DAY_DETERMINERS = new Set(["last", "this", "that"]);

/** Words before a number that make a time of day after it a clock time ("at 7 this morning", "by 5 tonight"). */
const CLOCK_LEADS = new Set([
  "at",
  "by",
  "from",
  "until",
  "till",
  "around",
  "about",
  "before",
  "after",
  "since",
  "past",
]);

/**
 * Whether the number at `i` is tagged with a day: a day word right before it (or before a colon, "Monday: 7"), or
 * two before with a "still" or "a" between ("Today Sat still 4"), or right after it ("4 Tue", "4 on Mon", "4
 * today", "7 last night", "5 this morning": not a clock time, "at 7 this morning").
 */
const isDayTagged = (tokens: Reading["tokens"], i: number): boolean => {
  const prev = tokens[i - 1]?.norm ?? "";
  const prev2 = tokens[i - 2]?.norm ?? "";
  const next = tokens[i + 1]?.norm ?? "";
  if (DIARY_DAYS.has(prev) || DIARY_DAYS.has(next)) return true;
  if (DIARY_DAYS.has(prev2) && (prev === "still" || prev === "a" || prev === "at" || prev === ":"))
    return true;
  // "Tuesday it was 6", "Saturday I was at 3": a weekday and a link of being before the score.
  if (isWeekdayLedAt(tokens, i)) return true;
  if (DAY_DETERMINERS.has(next) && DIARY_DAYS.has(tokens[i + 2]?.norm ?? ""))
    return !CLOCK_LEADS.has(prev);
  if (next === "on" && WEEKDAYS.has(tokens[i + 2]?.norm ?? "")) return true;
  return next === "after" && !CLOCK_LEADS.has(prev) && isTimeAfter(tokens, i + 1);
};

/** Words of being between a weekday and its score ("Tuesday it was 6", "by Saturday I was at 3"). */
const WEEKDAY_LINKS = new Set([
  "it",
  "its",
  "was",
  "i",
  "im",
  "was",
  "at",
  "a",
  "about",
  "down",
  "to",
  "still",
]);
/** How many such words may stand there. */
const WEEKDAY_LINK_REACH = 4;

/** A weekday before the number at `i`, only words of being between ("Tuesday it was 6", "Sat I was at 3"). */
const isWeekdayLedAt = (tokens: Reading["tokens"], i: number): boolean => {
  for (let j = i - 1; j >= Math.max(0, i - 1 - WEEKDAY_LINK_REACH); j -= 1) {
    const norm = tokens[j]?.norm ?? "";
    if (WEEKDAYS.has(norm)) return j < i - 1;
    if (!WEEKDAY_LINKS.has(norm)) return false;
  }
  return false;
};

/**
 * Tokens that may stand between a numbered day and its score ("Day 4: 5", "Day 5 (today): 2", "day 3 - 6"), and
 * words of being ("today day 4 its 4", "day 3 it was 5", "day 2 was a 6", "day 5 still at 4").
 */
const DAY_SCORE_GLUE = new Set([
  ":",
  "-",
  "=",
  "(",
  ")",
  "today",
  "now",
  "its",
  "it",
  "was",
  "is",
  "at",
  "a",
  "still",
]);
/** How many such tokens may stand there. */
const DAY_GLUE_REACH = 4;
/** A day and its number written as one word ("day1 3, day2 6", "d3 5"). */
const NUMBERED_DAY = /^(?:day|d)(\d{1,2})$/;
/** "day4" in one word, a time since the session as "day 4" is (not "d4", which may be something else). */
const DAY_IN_ONE_WORD = /^day(\d{1,2})$/;

/** The number of the day named at `dayAt` ("day" before its number, or "day4" in one word), or undefined. */
const dayNumberAt = (
  tokens: Reading["tokens"],
  values: NumberValues,
  dayAt: number,
): number | undefined => {
  const norm = tokens[dayAt]?.norm ?? "";
  if (norm === "day") return valueAt(values, dayAt + 1);
  const joined = NUMBERED_DAY.exec(norm);
  return joined ? Number(joined[1]) : undefined;
};
/** Words before "day N" after a score that tell it as that day's ("4/10 on day 4", "6 by day 5"). */
const DAY_AFTER_LEADS = new Set(["on", "by", "for", "("]);

/**
 * Where the "day" is of the numbered day a score at `i` is told of, in a series of numbered days: "day N" before
 * it, with only a colon, a dash or "(today)" between ("Day 4: 5", "day 3 5/10", "Day 5 (today): 2"), or "on day N"
 * right after it, the score out of ten read first ("4/10 on day 4"). -1 when it is told of no numbered day.
 */
const numberedDayAt = (tokens: Reading["tokens"], values: NumberValues, i: number): number => {
  // (not the ten a score is out of: "4/10 on day 4")
  const prev = tokens[i - 1]?.norm;
  if (prev === "/" || prev === "of") return -1;
  // "on day N" after it says which day outright, before any day told just before it: in "less than day 1 6/10 on
  // day 5" the 6 is day 5's. (The "/10" of a score out of ten is read first.)
  const after = tokens[i + 1]?.norm === "/" && tokens[i + 2]?.norm === "10" ? i + 3 : i + 1;
  if (
    DAY_AFTER_LEADS.has(tokens[after]?.norm ?? "") &&
    tokens[after + 1]?.norm === "day" &&
    valueAt(values, after + 2) !== undefined
  )
    return after + 1;
  let j = i - 1;
  while (j > i - 1 - DAY_GLUE_REACH && DAY_SCORE_GLUE.has(tokens[j]?.norm ?? "")) j -= 1;
  if (valueAt(values, j) !== undefined && tokens[j - 1]?.norm === "day") return j - 1;
  // ("day1 3, day2 6": the day and its number in one word)
  if (NUMBERED_DAY.test(tokens[j]?.norm ?? "")) return j;
  return -1;
};

/** Words of a time told after a score ("8 after the session last night", "6 after my physio"). */
const TIME_PHRASE = new Set(["the", "my", "this", "that", "last", "on", "in"]);
/** What a score can be told after ("after the session"). */
const SESSION_WORDS = new Set(["session", "physio", "workout", "class", "exercises", "pt"]);
/** How many words such a time may run to ("after the session last night"). */
const TIME_PHRASE_REACH = 4;

/** "after the session", "after my physio last night": a time, from the "after" at `at`. */
const isTimeAfter = (tokens: Reading["tokens"], at: number): boolean => {
  for (let j = at + 1; j <= at + TIME_PHRASE_REACH; j += 1) {
    const norm = tokens[j]?.norm ?? "";
    if (SESSION_WORDS.has(norm) || DIARY_DAYS.has(norm)) return true;
    if (!TIME_PHRASE.has(norm)) return false;
  }
  return false;
};

/** How many words (not punctuation) stand between tokens `from` and `to`. */
const wordsBetween = (tokens: Reading["tokens"], from: number, to: number): number => {
  let count = 0;
  for (let i = from + 1; i < to; i += 1) if (tokens[i]?.kind !== "punct") count += 1;
  return count;
};

/** Whether the number at `i` is the ten a score is out of ("3/10", "3 out of 10"). */
const isOutOfTen = (tokens: Reading["tokens"], i: number): boolean => {
  if (tokens[i]?.norm !== "10") return false;
  const prev = tokens[i - 1]?.norm;
  if (prev === "/") return tokens[i - 2]?.kind === "number";
  return prev === "of" && tokens[i - 2]?.norm === "out";
};

/**
 * The numbers of a pain diary: three or more numbers of 0-10 (two, in a message about pain), each tagged with a
 * day and each within a few words of the one before, across sentences ("Sat 5, Sun 5, Mon 5, Tue 6", "Wed 4. Thu
 * 4. Fri 4.", "7 last night, 5 this morning"). They are scores even where no pain word is near. In text order.
 */
const findDiaryNumbers = (reading: Reading, values: NumberValues, aboutPain: boolean): number[] => {
  const { tokens } = reading;
  const diary: number[] = [];
  // (a message that is only the diary, "last night 7, this morning 5", is about pain too)
  const least = aboutPain || tokens.length <= SHORT_DIARY ? DIARY_PAIR : DIARY_LENGTH;
  let run: number[] = [];
  // (two scores each told of a numbered day make a diary in any message: "4/10 on day 4, and 4/10 on day 3")
  let numbered = false;
  // (where the last entry ends: its score, or the "day N" told after it, "5/10 on day 4")
  let entryEnd = -1;
  const close = (): void => {
    // (a run's first number is told negative: where a diary starts)
    if (run.length >= (numbered ? DIARY_PAIR : least))
      diary.push(-1 - (run[0] ?? 0), ...run.slice(1));
    run = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]?.kind !== "number" || scoreAt(tokens, values, i) === undefined) continue;
    if (NOT_SCORE_NEXT.at(reading, i + 1)) continue;
    // ("thurs 3/10 fri 4/10": the ten a score is out of, though a day follows it)
    if (isOutOfTen(tokens, i)) continue;
    const dayAt = numberedDayAt(tokens, values, i);
    if (dayAt < 0 && !isDayTagged(tokens, i) && !isNumberedWeekScore(reading, values, i)) continue;
    // ("8 reps last night, 10 this morning": counts told by day, no diary of pain)
    if (isElidedCount(reading, values, i, -2)) continue;
    if (isClockTime(tokens, i)) continue;
    if (run.length > 0) {
      // A diary of numbered days is its entries alone, each "day N" and its score, a few words apart (between
      // "6/10 on day 5" and "5/10 on day 4": "and it was"); another diary, or something else told in the first
      // person between ("My brother's back pain day 4: 6, day 5: 7. I'm fine after physio. day 4 - 6 ..."), is
      // another statement, whose days are its own.
      const start = dayAt >= 0 && dayAt < i ? dayAt : i;
      const apart = numbered
        ? dayAt < 0 ||
          wordsBetween(tokens, entryEnd, start) > DIARY_GAP ||
          isRunOnBetween(reading, entryEnd, start)
        : dayAt >= 0 ||
          wordsBetween(tokens, entryEnd, i) > DIARY_GAP ||
          // ("Tuesday it was 4, Friday 4. Session Monday. Tue 3, Wed 2": the days after another session)
          hasSessionWordBetween(reading, entryEnd, i);
      if (apart) close();
    }
    if (run.length === 0) numbered = dayAt >= 0;
    run.push(i);
    entryEnd = dayAt > i ? dayAt + 1 : i;
  }
  close();
  return diary;
};

/**
 * Words that may stand between a numbered week and its number in a diary of weekly scores ("week 1 was 3", "week 2:
 * 4", "week 3 - 5", "week 4 averaged 6", "wk2 about 4").
 */
const WEEK_ENTRY_GLUE = new WordSet([
  ":",
  "-",
  "=",
  "was",
  "is",
  "were",
  "at",
  "a",
  "an",
  "about",
  "around",
  "roughly",
  "average",
  "averaged",
  "avg",
  "mean",
  "pain",
  "score",
]);
/** How many such words may stand there. */
const WEEK_ENTRY_REACH = 3;
/** Counts a week's number may be of instead of pain ("week 1 was 3 sessions, week 2 4 walks"). */
const WEEK_COUNTS = new WordSet([
  "sessions",
  "session",
  "walks",
  "classes",
  "visits",
  "swims",
  "runs",
  "days",
  "workouts",
  "exercises",
  "hours",
  "hrs",
  "minutes",
  "mins",
]);

/**
 * Whether the number at `i` is an entry of a numbered week ("week 1 was 3, week 2 4, week 3 5", "wk2 4"): in a diary
 * of three or more such entries, weekly scores even with no pain word near ("my weekly averages: week 1 was 3, week
 * 2 4 ..."). Not the week's own number, nor "week 3 of 6", nor a count of something ("week 2 4 sessions").
 */
const isNumberedWeekScore = (reading: Reading, values: NumberValues, i: number): boolean => {
  const { tokens } = reading;
  if (WEEK_COUNTS.at(reading, i + 1)) return false;
  let j = i - 1;
  while (j >= i - WEEK_ENTRY_REACH && WEEK_ENTRY_GLUE.at(reading, j)) j -= 1;
  const norm = tokens[j]?.norm ?? "";
  if (NUMBERED_PERIOD.test(norm)) return true;
  // ("1st week 2, 2nd week 3", "first week 2": a week told by its order, the number after it its score)
  if (norm === "week") return isOrdinalWeekAt(reading, j);
  const week = tokens[j - 1]?.norm;
  return (week === "week" || week === "wk") && valueAt(values, j) !== undefined;
};

/** Ordinal words before "week" ("first week", "2nd week"). */
const WEEK_ORDINALS = new WordSet(["first", "second", "third", "fourth", "fifth", "sixth"]);

/** Whether the "week" at `j` is told by its order ("first week", "2nd week": "2" and "nd"). */
const isOrdinalWeekAt = (reading: Reading, j: number): boolean =>
  WEEK_ORDINALS.at(reading, j - 1) ||
  (ORDINAL_ENDINGS.at(reading, j - 1) && reading.tokens[j - 2]?.kind === "number");

/** Exercises counted ("10 squats", "5 bridges"): a number before one is a count, not a score. */
const EXERCISE_COUNTS = [
  "squats",
  "bridges",
  "lunges",
  "planks",
  "deadlifts",
  "stretches",
  "pushups",
  "situps",
  "crunches",
  "clamshells",
  "laps",
  "lengths",
  "rounds",
  "holds",
  "breaths",
];

/** Words between two scores that tell them in turn ("6 then 4", "7 now 5", "7 -> 4"). */
const CHAIN = new Set(["then", "now", "to", ">", "->", "→", "⇒", "➡", "➔"]);

/** Arrows between two scores ("7 → 5 → 3"; "7 -> 4" and "7 => 4" are read as "-" or "=" and ">"). */
const ARROWS = new Set([">", "->", "→", "⇒", "➡", "➔"]);

/** Words after a number that make it something other than a score. */
const NOT_SCORE_NEXT = new WordSet([
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
  // ("had ED for about 6 yrs": years, weeks and months abbreviated)
  "yrs",
  "yr",
  "wks",
  "wk",
  "mths",
  "mth",
  "mos",
  "of",
  "x",
  // ("10k steps", "a 5k run": thousands)
  "k",
  "%",
  "percent",
  // "Wednesday 5th", "Monday 5 March": a date.
  "th",
  "st",
  "nd",
  "rd",
  ...MONTHS_BUT_MAY,
  // "up to 10 squats": a count of exercises.
  ...EXERCISE_COUNTS,
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
  const score: PainScore = {
    value,
    evidence: spanEvidence(reading, first, last),
    tokens: { first, last },
  };
  if (isSaidSteady(reading, first, last)) {
    score.steady = true;
    if (isSaidDaily(reading, last)) score.daily = true;
  }
  if (
    hasCueInSentence(reading, "ongoing", first) ||
    // ("an 8 even lying down": a level that rest does not bring down)
    hasCueInSentence(reading, "even-at-rest", first) ||
    isToldAsNow(reading, first, last) ||
    isBeenSince(reading, first)
  )
    score.ongoing = true;
  if (hasSettlingNow(reading, "baseline", first) || hasSettlingNow(reading, "settle", first))
    score.settling = true;
  if (isSaidStill(reading, first)) score.still = true;
  if (isDatedBefore(reading, first)) score.dated = true;
  if (isWeekScore(reading, first)) score.weekly = true;
  if (!score.ongoing && isToldAsEarlier(reading, first)) score.earlier = true;
  if (isEasingInSentence(reading, first)) score.easing = true;
  score.sentence = reading.segments.sentenceOf[first] ?? 0;
  const back = backAfter(reading, first, last);
  if (back === "not-back") score.notBack = true;
  else if (back) score.droppedBack = cueEvidence(reading, back);
  // "3/10 before the session" (not "a 4 Before I started PT ...", a new sentence); else the nearer of "my usual
  // 2" and "the next morning 5/10".
  const { sentenceOf } = reading.segments;
  if (
    (reading.tokens[last]?.norm === "before" || isAtStart(reading.tokens, last)) &&
    sentenceOf[last] === sentenceOf[first]
  )
    score.usual = true;
  else if (isComparedToUsual(reading, last) && hasMorningBefore(reading, first)) {
    // "Woke up ... I'd say 5 vs my normal 2": the level that morning, against the usual one.
    score.morning = true;
  } else {
    const usual = usualDistance(reading, first);
    const morning = morningDistance(reading, first, last);
    // ("normally I wake up at a 1": the usual level on waking, a word of the usual before the morning word)
    // (a tie goes to the word of the usual right before it: "normally a 2 by the next morning ...")
    // (a morning word after a score led by a word of the usual dates the usual: "usually it is 2 in the morning",
    // "normally back down to a 2 by breakfast")
    if (
      (usual < Infinity &&
        (usual <= morning ||
          isLedByUsual(reading.tokens, first) ||
          (HABIT_ADVERBS.at(reading, first - usual) &&
            !score.still &&
            !hasMorningBetween(reading, first - usual, first)))) ||
      isUsualOnWaking(reading, first - usual, first) ||
      isHabitualBackTo(reading.tokens, first) ||
      isUsedToBeLed(reading, first)
    )
      score.usual = true;
    else if (morning < Infinity) score.morning = true;
  }
  return score;
};

/** Words of the start of a session or class ("2 at start", "3 at the beginning"). */
const START_WORDS = new Set(["start", "beginning", "outset"]);

/** Whether the tokens from `at` time a score at the start ("pain 2 at start, 6 by end of class"): the level before. */
const isAtStart = (tokens: Reading["tokens"], at: number): boolean => {
  if (tokens[at]?.norm !== "at") return false;
  const next = tokens[at + 1]?.norm ?? "";
  return START_WORDS.has(next) || (next === "the" && START_WORDS.has(tokens[at + 2]?.norm ?? ""));
};

/**
 * "normally I wake up at a 1": a word of the usual at `usualAt` (not a "before"), then a morning word, then the
 * score at `first`: the usual level on waking.
 */
const isUsualOnWaking = (reading: Reading, usualAt: number, first: number): boolean => {
  if (!USUAL_LEAD.at(reading, usualAt)) return false;
  for (const cue of cuesOf(reading, "morning")) {
    if (cue.first > usualAt && cue.last <= first) return true;
  }
  return false;
};

/** Words of the usual that tell what happens each time ("normally back down to a 2 by breakfast"). */
const HABIT_ADVERBS = new WordSet(["normally", "usually"]);

/** Whether a morning word starts between tokens `from` and `to`. */
const hasMorningBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const cue of cuesOf(reading, "morning")) {
    if (cue.first >= to) return false;
    if (cue.first >= from) return true;
  }
  return false;
};

/**
 * A word of easing in the sentence of token `index`, not denied ("not easing"), in a sentence with no words of
 * nothing easing it ("nothing I do eases it").
 */
const isEasingInSentence = (reading: Reading, index: number): boolean => {
  const sentence = reading.segments.sentenceOf[index];
  // ("about a 7 today but it was 9 yesterday and nothing I do eases it ... fading": not easing)
  for (const cue of cuesOf(reading, "abn-no-relief"))
    if (reading.segments.sentenceOf[cue.first] === sentence) return false;
  for (const cue of cuesOf(reading, "trend-better")) {
    if (reading.segments.sentenceOf[cue.first] !== sentence) continue;
    if (precededByNegation(reading, cue, 3) || isRatherThan(reading, cue)) continue;
    return true;
  }
  return false;
};

/**
 * A trend named only as what it is not: "getting a bit worse each day rather than better", "sorer instead of
 * easing". The word after "rather than" or "instead of" tells no trend.
 */
const isRatherThan = (reading: Reading, cue: CueHit): boolean => {
  const before = reading.tokens[cue.first - 1]?.norm ?? "";
  const before2 = reading.tokens[cue.first - 2]?.norm ?? "";
  return (before === "than" && before2 === "rather") || (before === "of" && before2 === "instead");
};

/** How far before a score its "been" may stand ("it's been about a 9"). */
const BEEN_REACH = 4;

/**
 * "since last night it's been an 8 or a 9", "it's been a 7 since Monday": a level that has lasted up to now, "been"
 * shortly before the score and "since" in its clause.
 */
const isBeenSince = (reading: Reading, first: number): boolean => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  let been = -1;
  for (let i = first - 1; i >= Math.max(0, first - BEEN_REACH); i -= 1)
    if (tokens[i]?.norm === "been") been = i;
  if (been < 0 || tokens[been - 1]?.norm === "had") return false;
  const clause = clauseOf[first];
  for (let i = been - 1; i >= 0 && clauseOf[i] === clause; i -= 1)
    if (tokens[i]?.norm === "since") return true;
  for (let i = first + 1; i < tokens.length && clauseOf[i] === clause; i += 1)
    if (tokens[i]?.norm === "since") return true;
  return false;
};

/** Words that make a score the level now ("9/10 today", "currently an 8"). */
const NOW_WORDS = new WordSet(["today", "now", "currently", "tonight"]);

/** Words of when that date the score after them ("today it's back to a 2", "by Sunday evening a 3"). */
const WHEN_WORDS = new Set([
  ...NOW_WORDS,
  "morning",
  "evening",
  "afternoon",
  "night",
  "later",
  "since",
  "day",
  "days",
  "hours",
  "week",
  // (full names: "sat", "sun" and "wed" are everyday words too, "has sat around a 3")
  ...WEEKDAY_NAMES,
]);

/** How far before a score its word of when may stand ("today it's settled back to a 2"). */
const DATED_REACH = 6;

/**
 * A word of when shortly before the score in its sentence, with no other number between: the level at that time,
 * which can tell a high level settling ("8 all day yesterday ... today it's back to a 2"), where a score told
 * undated after it is of something else ("8 all the time now ... the bridges were a 3 and back to my usual").
 */
const isDatedBefore = (reading: Reading, first: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (let i = first - 1; i >= Math.max(0, first - DATED_REACH); i -= 1) {
    const token = reading.tokens[i];
    if (token === undefined || token.kind === "number" || sentenceOf[i] !== sentenceOf[first])
      return false;
    if (WHEN_WORDS.has(token.norm)) return true;
  }
  return false;
};

/** Words that may stand between "was" and the score it tells ("was about an 8", "was easily a 7"). */
const EARLIER_FILLERS = new Set([
  "a",
  "an",
  "about",
  "around",
  "at",
  "like",
  "maybe",
  "probably",
  "roughly",
  "nearly",
  "almost",
  "easily",
  "up",
  "to",
  "solid",
  "definitely",
]);
/** Links that put a score in the past ("it was 8", "they were a 7", "had been 8"). */
const EARLIER_LINKS = new Set(["was", "were", "been"]);
/** How far back from a score its past link may stand ("was up to about an 8"). */
const EARLIER_REACH = 4;

/** A score told as an earlier level: "was" or "had been" before it, with only fillers between ("it was 8"). */
const isToldAsEarlier = (reading: Reading, first: number): boolean => {
  for (let i = first - 1; i >= Math.max(0, first - EARLIER_REACH); i -= 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (EARLIER_LINKS.has(norm)) return true;
    if (!EARLIER_FILLERS.has(norm)) return false;
  }
  return false;
};

/** Words right before a score that say it stands still ("a steady five", "a constant 4"). */
const STEADY_LEAD = new WordSet(["steady", "constant", "solid", "unchanging", "stubborn"]);

/** How far after a score its words of standing still may start ("a 3 every single day"). */
const STEADY_REACH = 3;

/**
 * A score said to stand still: a word of it right before ("a steady five") or, within a few tokens after it in its
 * sentence, a word of every day or the whole time ("exactly a 3 every single day", "a 5 the entire time").
 */
const isSaidSteady = (reading: Reading, first: number, last: number): boolean => {
  if (STEADY_LEAD.at(reading, first - 1)) return true;
  const sentence = reading.segments.sentenceOf[first];
  for (const cue of cuesOf(reading, "steady-time")) {
    if (cue.first < last) continue;
    if (cue.first - last > STEADY_REACH) break;
    return reading.segments.sentenceOf[cue.first] === sentence;
  }
  return false;
};

/** Words of a steady time that make it days long ("every day", "each morning", "all week", "daily", "ever since"). */
const DAILY_WORDS = new WordSet(["day", "morning", "evening", "night", "week", "daily", "since"]);

/** Whether the words of standing still told after a steady score (see `isSaidSteady`) name days. */
const isSaidDaily = (reading: Reading, last: number): boolean => {
  for (const cue of cuesOf(reading, "steady-time")) {
    if (cue.first < last) continue;
    if (cue.first - last > STEADY_REACH) break;
    for (let i = cue.first; i < cue.last; i += 1) if (DAILY_WORDS.at(reading, i)) return true;
    return false;
  }
  return false;
};

/** How far before a score the week it is told of may be named ("week 3 average 5"). */
const WEEK_REACH = 6;

/** A score told of a week: "week" within a few tokens before it ("week 2 average 4", "this week 6"). */
const isWeekScore = (reading: Reading, first: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (let i = first - 1; i >= Math.max(0, first - WEEK_REACH); i -= 1) {
    const token = reading.tokens[i];
    if (sentenceOf[i] !== sentenceOf[first]) return false;
    if (token?.norm === "week" || token?.norm === "weeks" || token?.norm === "wk") return true;
    // (another number between, other than the week's own: "week 1 average 3")
    if (token?.kind === "number" && reading.tokens[i - 1]?.norm !== "week") return false;
  }
  return false;
};

/** Words that make "week" before a number a week of the calendar, not a week of the programme ("last week 3-4"). */
const CALENDAR_WEEK = new WordSet(["last", "this", "that", "past", "previous", "next"]);

/**
 * A range right after a calendar week ("last week 3-4, this week 4-5"): the week's score. ("week 3" alone, or
 * "week 3 4 sets", is the programme's third week.)
 */
const isWeekRange = (reading: Reading, values: NumberValues, i: number): boolean => {
  const { tokens } = reading;
  if (tokens[i - 1]?.norm !== "week" || !CALENDAR_WEEK.at(reading, i - 2)) return false;
  const other = valueAt(values, i + 1);
  const value = valueAt(values, i);
  return other !== undefined && value !== undefined && other === value + 1 && other <= 10;
};

/** A settling word of `kind` in the sentence of token `index`, not denied and not of another time ("last week"). */
const hasSettlingNow = (reading: Reading, kind: "baseline" | "settle", index: number): boolean => {
  const sentence = reading.segments.sentenceOf[index];
  for (const cue of cuesOf(reading, kind)) {
    if (reading.segments.sentenceOf[cue.first] !== sentence || precededByNegation(reading, cue))
      continue;
    if (!OTHER_TIME.at(reading, cue.last)) return true;
  }
  return false;
};

/**
 * A score told as the level now: a word of now right after it ("my pain is 9/10 today") or just before it
 * ("currently an 8", "now 8/10"). Such a score is settled only by words of settling, not by another score.
 */
const isToldAsNow = (reading: Reading, first: number, last: number): boolean => {
  return (
    NOW_WORDS.at(reading, last) ||
    NOW_WORDS.at(reading, first - 1) ||
    NOW_WORDS.at(reading, first - 2)
  );
};

/** Words right before a score that make it the usual level ("my usual 2", "normally a 3"). */
const USUAL_LEAD = new WordSet(["usual", "normal", "normally", "usually", "baseline"]);

/** Words that set a score against another ("5 vs my normal 2", "5 instead of my usual 1"). */
const COMPARED = new WordSet(["vs", "versus", "v", "instead", "compared", "rather", "against"]);

/** How far after a comparison word the usual level may be named ("instead of my usual"). */
const COMPARE_REACH = 4;

/**
 * A score set against the usual level right after it ("5 vs my normal 2", "a 5 instead of my usual 1", "5
 * compared to my usual 2"): the comparison word at `last`, and a word of the usual within a few tokens after.
 */
const isComparedToUsual = (reading: Reading, last: number): boolean => {
  const { tokens } = reading;
  if (!COMPARED.at(reading, last)) return false;
  for (let i = last + 1; i <= last + COMPARE_REACH; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (USUAL_LEAD.has(norm) || norm === "baseline") return true;
    if (tokens[i]?.kind === "number") return false;
  }
  return false;
};

/** The usual level a score was set against, at token `index` ("5 vs my normal 2": the 2). */
const isUsualOfComparison = (reading: Reading, index: number): boolean => {
  for (let i = index - 1; i >= Math.max(0, index - COMPARE_REACH - 1); i -= 1) {
    if (COMPARED.at(reading, i)) return isComparedToUsual(reading, i);
    if (reading.tokens[i]?.kind === "number") return false;
  }
  return false;
};

/** A morning word before token `index` in its sentence ("Woke up ... I'd say 5 vs my normal 2"), not after it. */
const hasMorningBefore = (reading: Reading, index: number): boolean => {
  const sentence = reading.segments.sentenceOf[index];
  for (const cue of cuesOf(reading, "morning")) {
    if (cue.first >= index) return false;
    if (reading.segments.sentenceOf[cue.first] === sentence) return true;
  }
  return false;
};

/** How far (in tokens) a "before" or a morning word may stand from the score it dates. */
const DATING_REACH = 7;

/**
 * How far back (in tokens) a word makes the score at `first` the usual level ("my usual 2", "before the session it
 * was a 3"), within its sentence and with no other number between; Infinity when none does.
 */
const usualDistance = (reading: Reading, first: number): number => {
  const { tokens } = reading;
  const sentence = reading.segments.sentenceOf[first];
  for (let i = first - 1; i >= Math.max(0, first - DATING_REACH); i -= 1) {
    const token = tokens[i];
    if (
      token === undefined ||
      token.kind === "number" ||
      reading.segments.sentenceOf[i] !== sentence
    )
      break;
    // ("left me at 6, more than normal, it's already 4 today": a comparison closed before the score, whose usual
    // level is not this score)
    if (isClosedComparison(reading, i)) break;
    if (token.norm === "before" || USUAL_LEAD.has(token.norm)) return first - i;
  }
  return Infinity;
};

/** Words after "than normal" that close the comparison and go on to something else ("more than normal, it's 4"). */
const COMPARISON_CLOSERS = new WordSet([
  ",",
  "and",
  "but",
  "its",
  "it",
  "which",
  "so",
  "though",
  "-",
]);

/** A word of the usual at `i` in a comparison closed right after it ("more than normal, ...", "than usual and"). */
const isClosedComparison = (reading: Reading, i: number): boolean =>
  reading.tokens[i - 1]?.norm === "than" &&
  USUAL_LEAD.at(reading, i) &&
  COMPARISON_CLOSERS.at(reading, i + 1);

/**
 * How far a morning word stands from the score at `first`..`last` ("the next morning 5/10", "5/10 the next
 * morning"), within its sentence and with no other number between; Infinity when none does.
 */
/** Words that may stand between a score and the morning word after it ("5/10 in the morning", "4 by next morning"). */
const MORNING_LINKS = new WordSet([
  "the",
  "next",
  "following",
  "in",
  "on",
  "by",
  "first",
  "thing",
  "this",
  "still",
  "again",
  "too",
  "also",
  "when",
  "after",
  "i",
  "at",
]);

/** Whether the tokens from `from` to `to` only link a score to the morning word after it (no comma, no "yesterday"). */
const isMorningLink = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) if (!MORNING_LINKS.at(reading, i)) return false;
  return true;
};

/** Marks before a time told as what the time of a score is ("5, the morning after the session", "5 - morning after"). */
const APPOSITION_MARKS = new WordSet([",", "-", "("]);

/** A morning word that says "the morning after" ("the morning after", "the morning after the session"). */
const isMorningAfter = (reading: Reading, cue: CueHit): boolean => {
  for (let i = cue.first; i < cue.last; i += 1)
    if (reading.tokens[i]?.norm === "after") return true;
  return reading.tokens[cue.last]?.norm === "after";
};

const morningDistance = (reading: Reading, first: number, last: number): number => {
  const { tokens } = reading;
  const sentence = reading.segments.sentenceOf[first];
  let best = Infinity;
  for (const cue of cuesOf(reading, "morning")) {
    if (reading.segments.sentenceOf[cue.first] !== sentence) continue;
    if (cue.last <= first && first - cue.last <= DATING_REACH) {
      let between = false;
      for (let i = cue.last; i < first; i += 1) if (tokens[i]?.kind === "number") between = true;
      if (!between) best = Math.min(best, first - cue.last + 1);
    }
    // "5/10 the next morning", not "a 3, woke up at a 5" or "to 5 yesterday, this morning back to 2".
    if (cue.first >= last && cue.first - last <= 2 && isMorningLink(reading, last, cue.first))
      best = Math.min(best, cue.first - last + 1);
    // "today it's 5, the morning after the session": the morning told after a comma as what the time is.
    else if (
      cue.first === last + 1 &&
      APPOSITION_MARKS.at(reading, last) &&
      isMorningAfter(reading, cue)
    )
      best = Math.min(best, 2);
  }
  return best;
};

/** Exercises and their parts: a score told with one is a spike in an exercise. */
const EXERCISE_WORDS = new WordSet([
  "exercise",
  "exercises",
  "rep",
  "reps",
  "set",
  "sets",
  "workout",
  "plank",
  "planks",
  "squat",
  "squats",
  "bridge",
  "bridges",
  "lunge",
  "lunges",
  "deadlift",
  "deadlifts",
  "stretch",
  "stretches",
  ...MORE_EXERCISES,
]);

/** Whether the sentence of token `index` tells of an exercise. */
export const isExerciseSentence = (reading: Reading, index: number): boolean => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[index] ?? 0;
  if (hasCueInSentence(reading, "exercise", index)) return true;
  const end = sentenceStarts[sentence + 1] ?? reading.tokens.length;
  for (let i = sentenceStarts[sentence] ?? 0; i < end; i += 1) {
    if (EXERCISE_WORDS.at(reading, i)) return true;
  }
  return false;
};

/** How near (in tokens) an exercise word, or words of going back down, stand to the score they tell of. */
const SPIKE_REACH = 8;

/**
 * An exercise word within `SPIKE_REACH` tokens of the score at `first`..`last`, in its sentence: before it ("one
 * rep ... to an 8") or after it ("eight-ish on the last deadlift rep").
 */
const hasExerciseNear = (reading: Reading, first: number, last: number): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[first];
  for (let i = first - 1; i >= Math.max(0, first - SPIKE_REACH); i -= 1) {
    if (sentenceOf[i] !== sentence) break;
    if (EXERCISE_WORDS.at(reading, i)) return true;
  }
  for (let i = last; i < Math.min(reading.tokens.length, last + SPIKE_REACH); i += 1) {
    if (sentenceOf[i] !== sentence) break;
    if (EXERCISE_WORDS.at(reading, i)) return true;
  }
  // ("my dead bugs pushed me to about 8ish": an exercise told in words of its own)
  for (const cue of cuesOf(reading, "exercise")) {
    if (cue.first > last + SPIKE_REACH) break;
    if (cue.last >= first - SPIKE_REACH && sentenceOf[cue.first] === sentence) return true;
  }
  return false;
};

/** How far into the next sentence the words of going back down may start ("Eased back to my normal ..."). */
const OPENING_REACH = 2;

/** Words of another time after a settling ("it went back down last week"). */
const OTHER_TIME = new WordSet(["last", "ago", "yesterday", "before", "previously"]);

/**
 * What the words straight after a score (its sentence, within `SPIKE_REACH` tokens, no other number between) say
 * of it going back to the usual level: "back" for a spike in an exercise that went straight back ("one rep spiked
 * me to an 8 but it dropped right back down"), "not-back" when denied ("it didn't go back down").
 */
const backAfter = (
  reading: Reading,
  first: number,
  last: number,
): CueHit | "not-back" | undefined => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  const { tokens } = reading;
  const sentence = sentenceOf[first] ?? 0;
  for (const cue of cuesOf(reading, "baseline")) {
    if (cue.first < last) continue;
    const cueSentence = sentenceOf[cue.first] ?? 0;
    // In its sentence, or opening the next ("eight-ish on the last rep. Eased back to my normal within minutes").
    const opensNext =
      cueSentence === sentence + 1 &&
      cue.first - (sentenceStarts[cueSentence] ?? 0) <= OPENING_REACH;
    // (opening the next sentence it answers the score however long the score's own sentence went on)
    if (cueSentence > sentence ? !opensNext : cue.first - last > BACK_REACH) break;
    // Another score between is what went back; a time between ("eased within 10 minutes") only says how soon.
    let between = false;
    for (let i = last; i < cue.first; i += 1)
      if (tokens[i]?.kind === "number" && !UNIT_HOURS.has(tokens[i + 1]?.norm ?? ""))
        between = true;
    if (between) break;
    if (precededByNegation(reading, cue, 3)) return "not-back";
    // Past the spike's own words, only when an easing of it is told first and nothing else between, and nothing
    // is said to be still there after ("8/10 on the squats, my knee niggle is back to normal, back still bad").
    if (
      cueSentence === sentence &&
      cue.first - last > SPIKE_REACH &&
      !isEasedOnToBaseline(reading, last, cue)
    )
      break;
    const later = tokens[cue.last]?.norm ?? "";
    if (hasExerciseNear(reading, first, last) && !OTHER_TIME.has(later)) return cue;
  }
  return undefined;
};

/** An easing between a score and a return to baseline, nothing else told between and nothing "still" after. */
const isEasedOnToBaseline = (reading: Reading, last: number, cue: CueHit): boolean => {
  if (hasFindingBetween(reading, last, cue.first)) return false;
  const { sentenceOf } = reading.segments;
  let eased = false;
  for (const better of cuesOf(reading, "trend-better")) {
    // (the easing may be the return's own word: "it settled within 5 minutes")
    if (better.first >= last && better.first <= cue.first && !precededByNegation(reading, better))
      eased = true;
  }
  for (const still of cuesOf(reading, "still")) {
    if (still.first >= cue.last && sentenceOf[still.first] === sentenceOf[cue.first]) return false;
  }
  return eased;
};

/**
 * How far after a spike in an exercise its going back may be told, through how soon it eased ("hit 8/10 on the
 * last set, stopped straight away, it eased within 10 minutes and I was back to normal this morning").
 */
const BACK_REACH = 20;

/** Words that say a level stands where it was: "still 6", "stuck on a 4". */
const STILL_LEADS = new Set(["still", "stuck"]);
/** Words between such a word and its score ("still up at 6", "still sitting at a 5", "stuck on about a 4"). */
const STILL_FILLERS = new Set([
  "at",
  "a",
  "an",
  "about",
  "around",
  "on",
  "up",
  "right",
  "sitting",
  "sat",
  "stuck",
  "hovering",
  "like",
  "roughly",
]);
/** How far back from a score its "still" may stand, through fillers ("still stuck on a 4"). */
const STILL_REACH = 4;

/** Whether a "still" or "stuck" leads the score at `first`, with only fillers between ("still up at 6"). */
const hasStillLead = (tokens: Reading["tokens"], first: number): boolean => {
  for (let i = first - 1; i >= Math.max(0, first - STILL_REACH); i -= 1) {
    const norm = tokens[i]?.norm ?? "";
    if (STILL_LEADS.has(norm)) return true;
    if (!STILL_FILLERS.has(norm)) return false;
  }
  return false;
};

/** "still 6/10 now", "still at a 7", "still up at 6": still there, with nothing in the sentence easing it. */
const isSaidStill = (reading: Reading, first: number): boolean =>
  hasStillLead(reading.tokens, first) &&
  !hasCueInSentence(reading, "trend-better", first) &&
  !hasCueInSentence(reading, "baseline", first);

/**
 * The link after the number at `i` to another score told in turn ("6 then 4", "six, then four", "7 -> 4",
 * "7 → 5"): "arrow" for an arrow, "word" for a word, undefined when none.
 */
const chainAfter = (
  reading: Reading,
  values: NumberValues,
  i: number,
): "arrow" | "word" | undefined => {
  const { tokens } = reading;
  let at = i + 1;
  // "7 yesterday -> 4 today": the day of this score after it.
  if (DIARY_DAYS.at(reading, at)) at += 1;
  // "six, then four"
  if (tokens[at]?.norm === "," && tokens[at + 1]?.norm === "then") at += 1;
  // "7 -> 4", "7 => 4"
  if ((tokens[at]?.norm === "-" || tokens[at]?.norm === "=") && tokens[at + 1]?.norm === ">")
    at += 1;
  const link = tokens[at]?.norm ?? "";
  if (!CHAIN.has(link)) return undefined;
  // "Mon 7 => Tue 5": the day of the next score between.
  const next = WEEKDAYS.has(tokens[at + 1]?.norm ?? "") ? at + 2 : at + 1;
  if (scoreAt(tokens, values, next) === undefined) return undefined;
  return ARROWS.has(link) ? "arrow" : "word";
};

/** "6 then 4", "7 now 5": a number told before another score in turn. */
const isChainedScore = (reading: Reading, values: NumberValues, i: number): boolean =>
  chainAfter(reading, values, i) !== undefined;

/**
 * A number in a run of scores joined by arrows ("7 → 5 → 3", "6 -> 4"): a score on its own, with no word of
 * pain beside it.
 */
const isArrowChained = (reading: Reading, values: NumberValues, i: number): boolean => {
  const { tokens } = reading;
  if (chainAfter(reading, values, i) === "arrow") return true;
  // ("=> Tue 5": the day of this score before it)
  const at = WEEKDAYS.has(tokens[i - 1]?.norm ?? "") ? i - 1 : i;
  const prev = tokens[at - 1]?.norm ?? "";
  if (!ARROWS.has(prev)) return false;
  const joined = prev === ">" && (tokens[at - 2]?.norm === "-" || tokens[at - 2]?.norm === "=");
  const before = joined ? at - 3 : at - 2;
  // ("7 yesterday -> 4 today": the day of the score before it)
  const scoreBefore = DIARY_DAYS.at(reading, before) ? before - 1 : before;
  return scoreAt(tokens, values, scoreBefore) !== undefined;
};

/**
 * The sentence next to sentence `sentence` in direction `step` (-1 or 1) that holds a word: "Achy!! a 7 ..." has
 * a sentence of its own for the second "!".
 */
const wordSentenceBeside = (reading: Reading, sentence: number, step: -1 | 1): number => {
  const { tokens } = reading;
  const { sentenceStarts } = reading.segments;
  let i =
    step < 0
      ? (sentenceStarts[sentence] ?? 0) - 1
      : (sentenceStarts[sentence + 1] ?? tokens.length);
  while (i >= 0 && i < tokens.length && tokens[i]?.kind === "punct") i += step;
  return i >= 0 && i < tokens.length ? (reading.segments.sentenceOf[i] ?? -2) : -2;
};

/** How many tokens a series of scores may span in one sentence ("Sat a 7, Sun a 6, Mon a 4"). */
const SERIES_REACH = 16;

/**
 * A score candidate in a sentence with no word of pain that is one of a series ("like a 7 on day 2 but it's day 3
 * now and it's a solid 4"; "Sat a 7, Sun a 6, Mon a 4"): another number led like a score within `SERIES_REACH`
 * tokens in its sentence, and a word of pain in the sentence before or after ("sore!!", "just big muscly soreness
 * across the lower back"). A series of scores told beside pain is about that pain.
 */
const isSeriesBesidePain = (
  reading: Reading,
  values: NumberValues,
  i: number,
  sentencesWithPain: ReadonlySet<number>,
): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[i] ?? -2;
  if (!isPainBeside(reading, sentence, sentencesWithPain)) return false;
  const from = Math.max(0, i - SERIES_REACH);
  const to = Math.min(tokens.length, i + SERIES_REACH + 1);
  for (let j = from; j < to; j += 1) {
    if (j === i || sentenceOf[j] !== sentence || scoreAt(tokens, values, j) === undefined) continue;
    const prev = tokens[j - 1]?.norm ?? "";
    if (!SCORE_LEAD.has(prev) || NOT_SCORE_PREV.has(prev)) continue;
    if (NOT_SCORE_NEXT.at(reading, j + 1)) continue;
    return true;
  }
  return false;
};

/** What a list of levels may follow: a colon, or a word of levels or of their course. */
const LIST_LEADS = new Set([
  ":",
  "numbers",
  "scores",
  "readings",
  "levels",
  "ratings",
  "went",
  "been",
  "were",
  "was",
  "days",
]);

/**
 * A list of three or more scores joined by commas in a sentence with no word of pain, with a word of pain in the
 * sentence before or after ("6 days out, numbers: 4,5,5,5,5,5. ache isn't going anywhere"): a run of levels told
 * beside the pain is that pain's course, as a series of led scores is (`isSeriesBesidePain`).
 */
const isListBesidePain = (
  reading: Reading,
  values: NumberValues,
  i: number,
  sentencesWithPain: ReadonlySet<number>,
): boolean => {
  const { tokens } = reading;
  let first = i;
  while (tokens[first - 1]?.norm === "," && scoreAt(tokens, values, first - 2) !== undefined)
    first -= 2;
  // (told as levels: after a colon or a word of levels, "numbers: 4,5,5", "readings 4, 5, 5"; not "sets of 8, 8, 6")
  if (!LIST_LEADS.has(tokens[first - 1]?.norm ?? "")) return false;
  const sentence = reading.segments.sentenceOf[i] ?? -2;
  return isPainBeside(reading, sentence, sentencesWithPain) && isListedScore(reading, values, i);
};

/** Whether the sentence with words before `sentence`, or the one after, tells of pain. */
const isPainBeside = (
  reading: Reading,
  sentence: number,
  sentencesWithPain: ReadonlySet<number>,
): boolean =>
  sentencesWithPain.has(wordSentenceBeside(reading, sentence, -1)) ||
  sentencesWithPain.has(wordSentenceBeside(reading, sentence, 1));

/** Words that tell when, right after a number told in a series of scores ("3 the week after", "4 this week"). */
const SERIES_TIMES = new WordSet([
  "the",
  "this",
  "last",
  "most",
  "today",
  "tonight",
  "now",
  "yesterday",
  "by",
  "on",
  "after",
  "later",
  "since",
  "mostly",
  "these",
  "in",
  "at",
  "next",
]);

/** Words after the first score of a series that time it against the session ("3 before the session", "2 at start"). */
const SESSION_TIMED = new WordSet(["before", "after", "at", "during", "by"]);

/** Units of a time told after a number of a series ("2 two weeks later"). */
const SERIES_UNITS = new WordSet(["day", "days", "week", "weeks", "month", "months", "wk", "wks"]);

/**
 * A bare number after a comma, with a time right after it ("3 the week after", "4 last week", "3 in week 2", "2 two
 * weeks later"), one of a series in the sentence of a score out of ten ("2/10 three weeks ago, 3 the week after, now
 * 4 most days"): the last score read is of that sentence and near, and a score out of ten opens the series.
 */
const isTimedSeriesScore = (
  reading: Reading,
  values: NumberValues,
  i: number,
  scores: readonly PainScore[],
): boolean => {
  const { tokens } = reading;
  if (tokens[i - 1]?.norm !== ",") return false;
  const timed =
    SERIES_TIMES.at(reading, i + 1) ||
    (valueAt(values, i + 1) !== undefined && SERIES_UNITS.at(reading, i + 2));
  if (!timed) return false;
  const last = scores[scores.length - 1]?.tokens;
  if (last === undefined || i - last.last > SERIES_REACH || !sameSentence(reading, last.first, i))
    return false;
  // (the series opens with a score out of ten: "2/10", "3 out of 10"; or with a score timed against the session
  // or the class itself: "Pain was 3 before the session, 6 after it, 5 the next morning", "pain 2 at start, 6 by
  // end of class, 4 next day")
  for (let k = scores.length - 1; k >= 0; k -= 1) {
    const span = scores[k]?.tokens;
    if (span === undefined || !sameSentence(reading, span.first, i)) return false;
    if (span.last - span.first >= 3) return true;
    const earlier = scores[k - 1]?.tokens;
    if (
      (earlier === undefined || !sameSentence(reading, earlier.first, i)) &&
      SESSION_TIMED.at(reading, span.last)
    )
      return true;
  }
  return false;
};

/** Words that may stand between a week and its score in a series of weeks ("week 2 at 4-5", "this week a 6"). */
const WEEK_SERIES_GLUE = new WordSet(["at", "a", "an", "on", "about", "around", "was", "roughly"]);
/** How many such words may stand there. */
const WEEK_SERIES_GLUE_REACH = 2;

/**
 * A number after a week told by its number or order ("week 2 at 4-5", "this week a 6"), in the sentence of a score
 * told of a week just before it ("Week 1 I finished sessions at a 3, week 2 at 4-5, this week a 6"): the next entry of
 * a series of weekly scores, though no word of pain is near. (The first score of the series is read on its own terms,
 * so a count told by the week, "week 1 I did 3 sessions, week 2 4", opens no series.)
 */
const isWeekSeriesScore = (
  reading: Reading,
  values: NumberValues,
  i: number,
  scores: readonly PainScore[],
): boolean => {
  const { tokens } = reading;
  let j = i - 1;
  while (j >= i - WEEK_SERIES_GLUE_REACH && WEEK_SERIES_GLUE.at(reading, j)) j -= 1;
  const norm = tokens[j]?.norm ?? "";
  const weekNamed =
    NUMBERED_PERIOD.test(norm) ||
    (norm === "week" && WEEK_ORDER.has(tokens[j - 1]?.norm ?? "")) ||
    ((tokens[j - 1]?.norm === "week" || tokens[j - 1]?.norm === "wk") &&
      valueAt(values, j) !== undefined);
  if (!weekNamed) return false;
  const last = scores[scores.length - 1]?.tokens;
  if (last === undefined || i - last.last > SERIES_REACH || !sameSentence(reading, last.first, i))
    return false;
  return isWeekTold(reading, last.first);
};

/** How far before a score its week may be told in a series of weeks ("Week 1 I finished sessions at a 3"). */
const WEEK_TOLD_REACH = 8;

/**
 * A week named before the score at `first`, in its sentence, with no other number between but the week's own ("Week
 * 1 I finished sessions at a 3", "wk2 at a 5", "this week a 6").
 */
const isWeekTold = (reading: Reading, first: number): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  for (let i = first - 1; i >= Math.max(0, first - WEEK_TOLD_REACH); i -= 1) {
    if (sentenceOf[i] !== sentenceOf[first]) return false;
    const norm = tokens[i]?.norm ?? "";
    if (norm === "week" || norm === "wk" || NUMBERED_PERIOD.test(norm)) return true;
    const before = tokens[i - 1]?.norm;
    // (a figure, not the "a" of "a 4", which reads as one)
    if (tokens[i]?.kind === "number" && before !== "week" && before !== "wk") return false;
  }
  return false;
};

/** How far back a word of the usual may make a lone number the usual level ("my normal is a 2"). */
const USUAL_LONE_REACH = 4;
/** The highest usual level read from a sentence with no pain word (a higher "normal" is more likely no score). */
const USUAL_LONE_MAX = 5;

/**
 * A lone score in a sentence with no pain word, next to a sentence that tells of pain or an exercise: one said to
 * be still there ("It's been 3 hours and it's still a 6") or the usual level ("My normal is a 2.", "Normally I'm
 * a 3.").
 */
const isStillOrUsualBesidePain = (
  reading: Reading,
  value: number,
  i: number,
  sentencesWithPain: ReadonlySet<number>,
): boolean => {
  const sentence = reading.segments.sentenceOf[i] ?? -2;
  const before = wordSentenceBeside(reading, sentence, -1);
  const beside =
    sentencesWithPain.has(before) ||
    sentencesWithPain.has(wordSentenceBeside(reading, sentence, 1));
  const { tokens } = reading;
  // (still there: told of a pain up to two sentences before, "Got my back up to 6. Stopped two hours ago. Still a 6.",
  // "It's 2 hours later and still up at 6.")
  if (hasStillLead(tokens, i))
    return (
      beside || (before >= 0 && sentencesWithPain.has(wordSentenceBeside(reading, before, -1)))
    );
  return beside && value <= USUAL_LONE_MAX && usualDistance(reading, i) <= USUAL_LONE_REACH;
};

const findPainScores = (reading: Reading, values: NumberValues): PainScore[] => {
  const { tokens } = reading;
  const sentencesWithPain = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (PAIN_CONTEXT.at(reading, i)) {
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
  // "like a seven yesterday, maybe a five or six now, easing": a reply about how it is going.
  for (const kind of ["trend-better", "trend-worse"] as const) {
    for (const cue of cuesOf(reading, kind)) {
      sentencesWithPain.add(reading.segments.sentenceOf[cue.first] ?? -1);
    }
  }
  // "still at 4 the next morning when I'm normally a 2": a score set against the usual level is told of pain.
  for (let i = 0; i < tokens.length; i += 1) {
    if (isUsualLedScore(reading, values, i))
      sentencesWithPain.add(reading.segments.sentenceOf[i] ?? -1);
  }
  // "My pain scores: week 1 average 3, ...": a colon hands its context to the list after it.
  for (const sentence of [...sentencesWithPain]) {
    const next = reading.segments.sentenceStarts[sentence + 1];
    if (next !== undefined && tokens[next - 1]?.norm === ":") sentencesWithPain.add(sentence + 1);
  }
  const scores: PainScore[] = [];
  const diary = findDiaryNumbers(reading, values, sentencesWithPain.size > 0);
  // A sentence that tells a diary tells of pain ("Yesterday I was at 7, this morning 6, this afternoon 5").
  for (const at of diary)
    sentencesWithPain.add(reading.segments.sentenceOf[at < 0 ? -1 - at : at] ?? -1);
  let lastScoreIndex = -2;
  let othersDays = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const value = scoreAt(tokens, values, i);
    // (the "10" of a score out of ten already read: "3 from 10")
    if (value === undefined || i <= lastScoreIndex) continue;
    // ("it was a normal one": a word for the session, not the usual level of 1)
    if (isOneForAThing(tokens, i)) continue;
    // ("went to an 8 -- sorry, more like a 6": the 8 is taken back)
    if (isCorrectedScore(tokens, values, i)) continue;
    // ("8 reps last night and 10 this morning": the count again)
    if (isElidedCount(reading, values, i, lastScoreIndex)) continue;
    const opens = diary.includes(-1 - i);
    if (opens || diary.includes(i)) {
      // (a diary of numbered days told of someone else is theirs throughout, though a colon parts its sentences:
      // "My husband's back pain day 4: 6, day 5: 7")
      const dayAt = numberedDayAt(tokens, values, i);
      if (opens) othersDays = dayAt >= 0 && isOthersPain(reading, dayAt);
      if (dayAt >= 0 && othersDays) continue;
      if (!factApplies(reading, { first: i, last: i + 1 }) || isOthersPain(reading, i)) continue;
      const score = painScore(reading, value, i, i + 1);
      score.diary = true;
      if (opens) score.diaryStart = true;
      const day = dayAt >= 0 ? dayNumberAt(tokens, values, dayAt) : undefined;
      if (day !== undefined) score.day = day;
      // ("Day 4 and it's a 3 today. Was 5 yesterday.": two days told in reverse, the earlier one last)
      if (isEarlierLevelAfter(reading, i, scores[scores.length - 1]?.tokens)) {
        score.earlier = true;
        score.toldBack = true;
      }
      scores.push(score);
      lastScoreIndex = i;
      continue;
    }
    const next = tokens[i + 1]?.norm ?? "";
    const next2 = tokens[i + 2]?.norm ?? "";
    const next3 = tokens[i + 3]?.norm ?? "";
    let end = i + 1;
    let strong = false;
    // "3/10", "3 of 10", "3 from 10" (said so in other languages: "3 von 10", "3 sur 10").
    if ((next === "/" || next === "of" || next === "from") && next2 === "10") {
      strong = true;
      end = i + 3;
    } else if (next === "out" && next2 === "of" && (next3 === "10" || next3 === "ten")) {
      strong = true;
      end = i + 4;
    } else if ((next === "outta" || next === "outa") && (next2 === "10" || next2 === "ten")) {
      // ("6 outta 10 sore this morning")
      strong = true;
      end = i + 3;
    }
    // ("a 9 for effort from my physio": a mark for the patient's work)
    if (isMarkForWork(tokens, end)) continue;
    // ("did 10 out of 10 reps", "session 7 of 10", "week 3 of 6", "10/10 would recommend": a count or a review,
    // no pain; its "10" is no score either: read on after it)
    if (strong && isCountOrReviewOutOfTen(tokens, i, end)) {
      i = end - 1;
      continue;
    }
    // ("my flexibility went from 5 to 8 on her chart": a measure of something other than pain)
    if (isOtherMeasureScore(reading, i)) continue;
    // ("4/10. was 6 yesterday", "a 2 now, from a 6 on day 2", "more a 2 than the 5 it was on Saturday": the level
    // before, told after the one now, a score though no word of pain is beside it)
    const earlierAfter = isEarlierLevelAfter(reading, i, scores[scores.length - 1]?.tokens);
    // ("eight-ish": the score and its "-ish")
    if (isApproximate(tokens, i)) end = tokens[i + 1]?.norm === "ish" ? i + 2 : i + 3;
    // ("six and a half I'd say": the score and its half)
    const half = !strong && value < 10 && isHalfAfter(tokens, i);
    if (half) end = i + 4;
    if (!strong) {
      const prev = tokens[i - 1]?.norm ?? "";
      // "a 6-7" (the joining hyphen is dropped): a number right after a score is a score too.
      const afterScore =
        lastScoreIndex === i - 1 ||
        // ("an 8 or a 9": the other end of a score told as a range)
        (lastScoreIndex === i - 3 &&
          tokens[i - 2]?.norm === "or" &&
          (prev === "a" || prev === "an"));
      // "kids who are 4 and 7": a number joined by "and" or "or" to one that is no score is none either.
      const pairedWithOther =
        (prev === "and" || prev === "or") &&
        valueAt(values, i - 2) !== undefined &&
        lastScoreIndex !== i - 2;
      const led =
        (SCORE_LEAD.has(prev) && !NOT_SCORE_PREV.has(prev) && !pairedWithOther) ||
        isWeekRange(reading, values, i) ||
        isComparedToUsual(reading, i + 1) ||
        isApproximate(tokens, i) ||
        // "Baseline 1, this morning 4", "baseline used to be 2"
        isUsualLedScore(reading, values, i) ||
        // "week one 2, week two 3", "day 3 5/10", "wk2 4", "second week 3", "this week mostly 5": the score of a
        // numbered or ordered week or day
        isPeriodLedScore(tokens, values, i) ||
        // "This morning after the session: 5", "Pain today: 6"
        isLabelledScore(reading, i) ||
        // "I'd rate it 7", "call it six", "a good 6 or 7": a rating of "it" or one said how firmly
        isRatedPain(reading, i) ||
        (RATING_ADJECTIVES.has(prev) && isArticleRating(reading, i)) ||
        // "hasn't gone under 8", "My pain scores: 3, 4, 5"
        isNotBelow(reading, i) ||
        isListedScore(reading, values, i) ||
        // "clamshells 2, bird dogs 3, side plank 6"
        isExerciseLogScore(reading, values, i) ||
        // "more sore than normal, 6, but better today", "big, 6 or 7": a level set off by a comma
        isSetOffScore(reading, i) ||
        // "2/10 three weeks ago, 3 the week after, now 4": one more of a series after a score out of ten
        isTimedSeriesScore(reading, values, i, scores) ||
        // "Week 1 I finished at a 3, week 2 at 4-5, this week a 6": the next week of a weekly series
        isWeekSeriesScore(reading, values, i, scores) ||
        earlierAfter ||
        // "Six and a half I'd say, on Wednesday": a level given and hedged
        isHedgedRating(tokens, i);
      if (!afterScore && !led && !isChainedScore(reading, values, i)) continue;
      // "from 10 to 15 reps", "6 or 7 kg": the first number of a range of counts is a count too.
      if (isCountRange(reading, values, i)) continue;
      if (isClockTime(tokens, i)) continue;
      // (not "a 4 day 1: 3": a day named by its number comes next, no "4-day" time)
      const dayNamed = next === "day" && valueAt(values, i + 2) !== undefined;
      if (NOT_SCORE_NEXT.has(next) && !dayNamed && sameSentence(reading, i, i + 1)) continue;
      // "a minute or two", "a day or 2": the second number of a duration.
      if (UNIT_HOURS.has(tokens[i - 2]?.norm ?? "") && (prev === "or" || prev === "to")) continue;
      if (next === "/" || next === ":") continue;
      // (a score set against the usual one is a score in any sentence: "it was 4 instead of my normal 1"; so is a
      // number rated with "a", in a message about pain: "since last night it's been an 8 or a 9")
      // (the other end of a score read already is read with it: "an 8 or a 9")
      if (
        !afterScore &&
        !sentencesWithPain.has(reading.segments.sentenceOf[i] ?? -2) &&
        !(
          isArticleRating(reading, i) &&
          (sentencesWithPain.size > 0 || isRatedLevel(reading, i))
        ) &&
        !isNotBelow(reading, i) &&
        // ("Before the session: 2. The morning after: 5.": a labelled score, in a message about pain)
        !(sentencesWithPain.size > 0 && isLabelledScore(reading, i)) &&
        !isOwnLevelAt(tokens, i) &&
        !isArrowChained(reading, values, i) &&
        // (a series opened by a score out of ten is told of pain: "It's crept up: 2/10 a fortnight ago, 3 last week")
        !isTimedSeriesScore(reading, values, i, scores) &&
        !isWeekSeriesScore(reading, values, i, scores) &&
        !(led && isSeriesBesidePain(reading, values, i, sentencesWithPain)) &&
        !isListBesidePain(reading, values, i, sentencesWithPain) &&
        !(led && isStillOrUsualBesidePain(reading, value, i, sentencesWithPain)) &&
        !isComparedToUsual(reading, i + 1) &&
        !isUsualOfComparison(reading, i) &&
        !earlierAfter &&
        // (a level hedged as a guess, in a message about pain: "Six and a half I'd say, on Wednesday. Thursday a 4")
        !(sentencesWithPain.size > 0 && isHedgedRating(tokens, i))
      )
        continue;
    }
    if (
      !factApplies(reading, { first: i, last: end }) &&
      !(
        // ("hasn't gone under 8"; "it had not returned to my usual level of 2": the usual level is 2 all the same)
        (isNotBelow(reading, i) || isUsualLedScore(reading, values, i)) &&
        appliesBesideNegation(reading, { first: i, last: end })
      )
    )
      continue;
    // "My mum's pain is 9/10": the score of someone else's pain.
    if (isOthersPain(reading, i)) continue;
    // "Months ago I had a flare up to a 7 but that settled completely": a score of a past episode, over.
    if (isPastEpisodeScore(reading, { first: i, last: end })) continue;
    // "is a 7 ok as long as it's coming down?": a score asked about again, not a new one.
    if (hasScoreOf(scores, value) && isQuestion(reading, i)) continue;
    const before = scores[scores.length - 1];
    if (
      before &&
      ((lastScoreIndex === i - 2 && tokens[i - 1]?.norm === "or") ||
        // ("an 8 or a 9")
        (lastScoreIndex === i - 3 &&
          tokens[i - 2]?.norm === "or" &&
          (tokens[i - 1]?.norm === "a" || tokens[i - 1]?.norm === "an")) ||
        isHyphenRange(reading, before, lastScoreIndex, i, value))
    ) {
      // "a five or six": one score, told as a range; the higher end counts.
      scores[scores.length - 1] = {
        ...before,
        value: Math.max(before.value, value),
        evidence: textEvidence(
          reading,
          before.evidence.kind === "text" ? before.evidence.start : 0,
          tokens[end - 1]?.end ?? 0,
        ),
      };
    } else {
      const score = painScore(reading, half ? value + 0.5 : value, i, end);
      if (!strong && isExerciseLogScore(reading, values, i)) score.logEntry = true;
      if (earlierAfter && !score.usual) {
        score.earlier = true;
        score.toldBack = true;
        // (not the level now: "a 2 now, from a 6 on day 2" has the "now" of the score before it)
        delete score.ongoing;
        delete score.dated;
      }
      scores.push(score);
    }
    lastScoreIndex = end - 1;
  }
  for (const score of scores) markPast(reading, score);
  return scores;
};

/** Words that put a score past the number told: "went above a 5", "over 6", "past a 5 in the last set". */
const PAST_NUMBER = new WordSet(["above", "over", "beyond", "past"]);

/**
 * A score told as past its number ("the squats went above a 5 in the last set"): read as the next one up, so that
 * "above a 5" counts as over 5, as the rules' line at 5/10 means.
 */
const markPast = (reading: Reading, score: PainScore): void => {
  const first = score.tokens?.first;
  if (first === undefined || score.value >= 10) return;
  const lead = reading.tokens[first - 1]?.norm === "a" ? first - 2 : first - 1;
  if (PAST_NUMBER.at(reading, lead)) score.value += 1;
};

/**
 * Whether a score of `value` was read already. (A plain loop: a callback here would capture the token loop's
 * `value`, and V8 would then allocate a scope for every token of the message.)
 */
const hasScoreOf = (scores: readonly PainScore[], value: number): boolean => {
  for (const score of scores) if (score.value === value) return true;
  return false;
};

/** The most a range of scores may span ("a 5-6", "6-7"): a wider pair is two scores. */
const RANGE_WIDTH = 2;

/**
 * "about a 5-6", "6-7": two scores joined by a hyphen (which the tokenizer drops), the second a little higher, are
 * one score told as a range, whose higher end counts (as "a five or six").
 */
const isHyphenRange = (
  reading: Reading,
  before: PainScore,
  lastScoreIndex: number,
  i: number,
  value: number,
): boolean => {
  if (lastScoreIndex !== i - 1 || value <= before.value || value - before.value > RANGE_WIDTH)
    return false;
  const gap = reading.text.slice(reading.tokens[i - 1]?.end ?? 0, reading.tokens[i]?.start ?? 0);
  const joint = gap.trim();
  return joint === "-" || joint === "–" || joint === "—";
};

/**
 * Whether the pain word nearest before the score at `i`, in its sentence, is someone else's ("My mum's pain is
 * 9/10", "my wife's pain went 3, then 4, then 5"): the score is theirs too. A word for the soreness or stiffness
 * itself is such a word ("My husband's soreness Mon 6, Tue 7, Wed 7. Mine is fine.").
 */
const isOthersPain = (reading: Reading, i: number): boolean => {
  const { sentenceOf } = reading.segments;
  let nearest: Span | undefined;
  for (const cue of cuesOf(reading, "sym-pain")) {
    if (cue.last > i) break;
    nearest = cue;
  }
  // (the hits are in text order)
  for (const hit of reading.hits) {
    if (hit.last > i) break;
    if (DESCRIBING.has(hit.concept) && (nearest === undefined || hit.first > nearest.first))
      nearest = hit;
  }
  if (nearest === undefined || sentenceOf[nearest.first] !== sentenceOf[i]) return false;
  // ("my mum's got sciatica but that's her - me, I'm about a 6/10": the patient speaks of themself between)
  for (let at = nearest.last; at < i; at += 1) if (OWN_WORDS.at(reading, at)) return false;
  return isSomeoneElse(reading, nearest);
};

/** Words by which the patient speaks of themself, or turns from what came before ("but mine is ..."). */
const OWN_WORDS = new WordSet(["i", "im", "ive", "id", "me", "myself", "my", "mine", "but"]);

/** Words before "usual" or "normal" that make "one" after them a thing ("a normal one", "the usual one"). */
const THING_ARTICLES = new Set(["a", "an", "the", "this", "that", "my"]);

/** "a normal one", "the usual one": "one" standing for a thing (a session), no score of 1. */
const isOneForAThing = (tokens: Reading["tokens"], i: number): boolean =>
  tokens[i]?.norm === "one" &&
  USUAL_LEAD.has(tokens[i - 1]?.norm ?? "") &&
  THING_ARTICLES.has(tokens[i - 2]?.norm ?? "");

/** Units of a count of exercise, weight or distance ("8 reps", "3 sets", "20 kg", "5 laps"). */
const COUNT_UNITS = new WordSet([
  "reps",
  "rep",
  "sets",
  "set",
  "times",
  "kg",
  "kilos",
  "lbs",
  "pounds",
  "miles",
  "km",
  "steps",
  ...EXERCISE_COUNTS,
]);
/** Words of pain itself, which make a number joined after a count a score ("10 reps and pain 9 this morning"). */
const PAIN_ITSELF = new WordSet([
  "pain",
  "painful",
  "sore",
  "soreness",
  "hurt",
  "hurts",
  "hurting",
  "ache",
  "aching",
  "achy",
  "score",
  "scale",
  "level",
  "rated",
  "agony",
  "ouch",
  "killing",
]);
/** Words that join a second number to a first as the same kind ("8 reps last night and 10 this morning"). */
// (not "then", which tells scores in turn: "did 10 squats, then 9 at the end")
const COUNT_JOINS = new WordSet(["and", "&", ",", "plus"]);
/** How far back the count a number is joined to may stand ("8 reps last night and 10"). */
const COUNT_JOIN_REACH = 6;

/**
 * "8 reps last night and 10 this morning", "3 sets yesterday, 4 today": a number joined straight after a count of
 * reps, sets or weight in its sentence is that count again, its unit left out, no pain score. Not when the sentence
 * tells of pain before or after it ("... and 9 pain this morning", "... and 9 today, ouch") or a score was read in it
 * already ("pain was 5 after 10 reps and 9 this morning").
 */
const isElidedCount = (
  reading: Reading,
  values: NumberValues,
  i: number,
  lastScoreIndex: number,
): boolean => {
  const { tokens } = reading;
  if (!COUNT_JOINS.at(reading, i - 1)) return false;
  let count = -1;
  for (let j = i - 2; j >= Math.max(0, i - 2 - COUNT_JOIN_REACH); j -= 1) {
    if (!sameSentence(reading, j, i)) return false;
    if (valueAt(values, j) !== undefined) {
      count = j;
      break;
    }
  }
  if (count < 0 || !COUNT_UNITS.at(reading, count + 1)) return false;
  // (the sentence before the number: no score read, no word of pain)
  for (let j = i - 1; j >= 0 && sameSentence(reading, j, i); j -= 1) {
    if (j === lastScoreIndex || PAIN_ITSELF.at(reading, j)) return false;
  }
  // (nor after it: "... and 9 pain this morning", "... and 9 this morning, ouch")
  for (let j = i + 1; j < tokens.length && sameSentence(reading, j, i); j += 1) {
    if (PAIN_ITSELF.at(reading, j)) return false;
  }
  return true;
};

/** What a mark is given for ("a 9 for effort", "8 out of 10 for my form"): the patient's work, not their pain. */
const MARKED_FOR = new Set([
  "effort",
  "efforts",
  "form",
  "technique",
  "trying",
  "attendance",
  "posture",
  "progress",
  "consistency",
  "commitment",
  "motivation",
  "enthusiasm",
  "homework",
  "compliance",
  "adherence",
  "attitude",
  "execution",
  // ("I'd score my back 9/10 for how much better it is": a mark for the improvement, not a pain score)
  "how",
  "improvement",
  "improving",
]);
/** Words between "for" and what a mark is given for ("for my form", "for all the effort"). */
const MARK_FILLERS = new Set([
  "my",
  "the",
  "your",
  "his",
  "her",
  "all",
  "good",
  "great",
  "me",
  "sheer",
]);

/** Things counted "N of M" ("session 7 of 10", "week 3 of 6", "set 2 of 3"; not "session 8/10", a score). */
const COUNTED_BEFORE = new WordSet([
  "session",
  "sessions",
  "week",
  "weeks",
  "wk",
  "visit",
  "appointment",
  "appt",
  "set",
  "sets",
  "rep",
  "reps",
  "lap",
  "round",
  "exercise",
  "number",
  "no",
  "chapter",
  "part",
  "step",
  "level",
  "stage",
]);

/**
 * Measures other than pain that a therapist or an app scores ("flexibility", "mobility"); not words that also tell
 * of pain's effects ("can't sleep", "movement").
 */
const OTHER_MEASURES = new Set([
  "flexibility",
  "mobility",
  "strength",
  "rom",
  "fitness",
  "endurance",
  "stamina",
  "mood",
  "energy",
  "confidence",
  "grip",
  "bmi",
]);
/** Words of pain told after a score as what it scores ("8/10 pain", "a 7 out of 10 ache"). */
const PAIN_AFTER_SCORE = new WordSet([
  "pain",
  "pains",
  "sore",
  "soreness",
  "hurt",
  "hurts",
  "ache",
  "aching",
]);
/** How far before a score its measure may be named ("flexibility went from 5 to 8"). */
const MEASURE_REACH = 6;

/**
 * A score told of a measure other than pain, named before it in its clause with no word of pain between ("my
 * flexibility went from 5 to 8 on her chart", "sleep is about a 6").
 */
const isOtherMeasureScore = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  // ("flexibility better, 8/10 pain": the pain named after the score)
  for (let at = i + 1; at < Math.min(tokens.length, i + 5); at += 1)
    if (PAIN_AFTER_SCORE.at(reading, at)) return false;
  for (let at = i - 1; at >= Math.max(0, i - MEASURE_REACH); at -= 1) {
    if (clauseOf[at] !== clauseOf[i]) return false;
    const norm = tokens[at]?.norm ?? "";
    if (PAIN_CONTEXT.has(norm) || isInHit(reading, at)) return false;
    if (OTHER_MEASURES.has(norm)) return true;
  }
  return false;
};

/** Whether token `i` lies in a lexicon finding (a symptom told there). */
const isInHit = (reading: Reading, i: number): boolean => {
  for (const hit of reading.hits) {
    if (hit.first > i) return false;
    if (i < hit.last) return true;
  }
  return false;
};

/**
 * "Got a 9 for effort from my physio", "she gave me 8/10 for my form": a mark for the patient's work, read from
 * the token after the number (or after its "/10").
 */
const isMarkForWork = (tokens: Reading["tokens"], end: number): boolean => {
  if (tokens[end]?.norm !== "for") return false;
  let at = end + 1;
  while (at < end + 3 && MARK_FILLERS.has(tokens[at]?.norm ?? "")) at += 1;
  return MARKED_FOR.has(tokens[at]?.norm ?? "");
};

/** Things counted out of ten ("10 out of 10 reps", "7/10 sessions"). */
const COUNTED_OUT_OF_TEN = new Set([
  "reps",
  "rep",
  "repetitions",
  "sets",
  "set",
  "exercises",
  "exercise",
  "sessions",
  "session",
  "times",
  "stretches",
  "squats",
  "bridges",
  "lunges",
  "days",
  "nights",
  "mornings",
  "visits",
  "appointments",
  "done",
  "completed",
]);
/** Words before a number whose "N of 10" numbers a session in a course ("session 7 of 10", "visit 3/10"). */
const NUMBERED_OUT_OF_TEN = new Set([
  "session",
  "visit",
  "appointment",
  "appt",
  "week",
  "treatment",
  "class",
  "lesson",
  "number",
]);
/** What a review says after its mark ("10/10 would recommend", "10/10 recommend"). */
const REVIEW_AFTER = new Set(["recommend", "recommends", "recommended", "recommending"]);

/**
 * Whether the "N out of 10" at tokens `i`..`end` counts things or rates a service rather than scoring pain: things
 * counted after it, a session of a course or things counted before it, or a recommendation after it ("10/10 would
 * recommend").
 */
const isCountOrReviewOutOfTen = (tokens: Reading["tokens"], i: number, end: number): boolean => {
  const after = tokens[end]?.norm ?? "";
  if (COUNTED_OUT_OF_TEN.has(after)) return true;
  if (
    REVIEW_AFTER.has(after) ||
    (after === "would" && REVIEW_AFTER.has(tokens[end + 1]?.norm ?? ""))
  )
    return true;
  // ("Next appointment is 9/10 at 2:30": a date and a time)
  if (after === "at" && isClockAt(tokens, end + 1)) return true;
  const before = tokens[i - 1]?.norm ?? "";
  const sign = tokens[i + 1]?.norm ?? "";
  // ("session 7 of 10" numbers a session; "session 9/10" is a score told after the session word)
  if (NUMBERED_OUT_OF_TEN.has(before) && sign !== "/") return true;
  // ("set 2 of 3", "done 7 of 10": a count told with "of"; "every rep 7 out of 10" scores each rep)
  if (COUNTED_BEFORE.has(before) && sign === "of") return true;
  return isReviewedBefore(tokens, i);
};

/** Whether a clock time starts at token `at` ("2:30", "2pm", "10 am"). */
const isClockAt = (tokens: Reading["tokens"], at: number): boolean => {
  if (tokens[at]?.kind !== "number") return false;
  const next = tokens[at + 1]?.norm ?? "";
  return next === ":" || next === "am" || next === "pm" || next === "oclock";
};

/** Verbs that give a mark ("would give the physio 10/10", "rated the class 9/10"). */
const MARK_VERBS = new Set([
  "give",
  "gave",
  "giving",
  "rate",
  "rated",
  "rating",
  "score",
  "scored",
]);
/** What a mark is given to when it is no pain ("today's physio", "the session", "her"). */
const REVIEWED = new Set([
  "physio",
  "physiotherapist",
  "therapist",
  "pt",
  "session",
  "class",
  "clinic",
  "service",
  "app",
  "her",
  "him",
  "them",
  "team",
]);
/** Words of what hurts: a mark given with one is a pain score ("gave the session pain a 9/10"). */
const PAIN_MARKED = new Set([
  "pain",
  "it",
  "back",
  "ache",
  "soreness",
  "sore",
  "hurt",
  "discomfort",
  "level",
]);
/** How far before a mark its verb may stand ("would give today's physio 10/10"). */
const MARK_REACH = 4;

/** Whether the score at `i` is a mark given to the physio or a session: a marking verb, then what it marks. */
const isReviewedBefore = (tokens: Reading["tokens"], i: number): boolean => {
  let reviewed = false;
  for (let j = i - 1; j >= Math.max(0, i - MARK_REACH); j -= 1) {
    const norm = tokens[j]?.norm ?? "";
    // ("rated the session pain 8/10": the pain is marked)
    if (PAIN_MARKED.has(norm)) return false;
    if (REVIEWED.has(norm)) reviewed = true;
    else if (MARK_VERBS.has(norm)) return reviewed;
  }
  return false;
};

/** Words of a level not gone under a score ("hasn't dipped below an 8", "never dropped under 7"). */
const UNDER_WORDS = new WordSet(["below", "under"]);
/** How far before "below" its negation may stand ("hasn't really dipped below"). */
const NOT_BELOW_REACH = 4;

/**
 * A score that a denied "below" or "under" leads ("it hasn't dipped below an 8", "not gone under a 7 all day"):
 * the level is that score or more, told with a negation that denies no pain.
 */
const isNotBelow = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const under = tokens[i - 1]?.norm === "a" || tokens[i - 1]?.norm === "an" ? i - 2 : i - 1;
  if (!UNDER_WORDS.at(reading, under)) return false;
  return precededByNegation(reading, { first: under, last: under + 1 }, NOT_BELOW_REACH);
};

/** Words that join a number to a second one in a range ("10 to 15", "6 or 7", "3 and 4"). */
const RANGE_JOINS = new WordSet(["to", "or", "and", "-"]);

/**
 * The first number of a range whose second number is a count ("from 10 to 15 reps", "6 or 7 kg", "10-15 reps"):
 * the unit after the second number is the first one's too.
 */
const isCountRange = (reading: Reading, values: NumberValues, i: number): boolean => {
  const { tokens } = reading;
  const joined = RANGE_JOINS.at(reading, i + 1);
  // ("a 2 and a 4 year old")
  const article = tokens[i + 2]?.norm === "a" || tokens[i + 2]?.norm === "an";
  const second = joined ? (article ? i + 3 : i + 2) : i + 1;
  const other = tokens[second];
  if (other?.kind !== "number" || valueAt(values, second) === undefined) return false;
  // (numbers side by side are a range only when a dash joins them: "10-15 reps", not "a 4 36 hrs after")
  if (!joined) {
    const gap = reading.text.slice(tokens[i]?.end ?? 0, other.start).trim();
    if (gap !== "-" && gap !== "–" && gap !== "—") return false;
  }
  const unit = tokens[second + 1]?.norm ?? "";
  // ("from 7 to 3 of 10": out of ten, a score)
  if (unit === "of" || !NOT_SCORE_NEXT.has(unit)) return false;
  return sameSentence(reading, i, second + 1);
};

/**
 * Words after a number rated with "a" that leave it a rating, not a count of something ("an 8 or a 9", "a 4 this
 * morning", "a 5."): "a 5 star hotel" and "a 10 minute walk" name what is counted.
 */
const RATING_AFTER = new Set([
  "or",
  "and",
  "but",
  "now",
  "today",
  "tonight",
  "yesterday",
  "since",
  "all",
  "most",
  "again",
  "still",
  "this",
  "at",
  "by",
  "when",
  "then",
  "so",
  "though",
  "-",
  "ish",
  // "it's an 8 even lying flat", "a 7 even with painkillers"
  "even",
  // "like a 6 ngl", "a 7 tbh", "a 6 maybe", "a 7 max": an aside or a hedge after the rating
  "ngl",
  "tbh",
  "honestly",
  "lol",
  "haha",
  "tho",
  "maybe",
  "probably",
  "max",
  "tops",
  // "took me to a 6 briefly", "a 7 for a while": how long the rating lasted
  "briefly",
  "momentarily",
  "for",
]);

/** Periods numbered in a series of scores ("week one 2, week two 3"). */
const PERIODS = new Set(["week", "wk", "day"]);
/** A period and its number written as one word ("wk2 4", "week3 5"). */
const NUMBERED_PERIOD = /^(?:wk|week|w)\d{1,2}$/;
/** Words before "week" that say which one, in a series of weeks' scores ("second week 3", "this week 4"). */
const WEEK_ORDER = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "last",
  "this",
  "past",
  "previous",
]);

/** Words of how typical a week's score was, between the week and its score ("this week mostly 5"). */
const WEEK_SCORE_HEDGES = new Set([
  "mostly",
  "mainly",
  "usually",
  "generally",
  "largely",
  "roughly",
  "averaging",
  "typically",
  "nearly",
  "almost",
  // "week 2 avg 4", "week 3 average pain 5": a week's mean score, from a diary
  "avg",
  "average",
  "averaged",
  "ave",
  "mean",
]);
/** What a week's score may be called between the hedge and the number ("week 3 average pain 5"). */
const WEEK_SCORE_NAMES = new Set(["pain", "score", "level"]);

/**
 * Whether the number at `i` is the score of a week or day named by its number or order ("week one 2", "day 3
 * 5/10", "wk2 4", "second week 3", "this week 4"), perhaps with a word of how typical it was between them ("week
 * two mostly 3, this week mainly 5", "week 2 avg 4", "week 3 average pain 5").
 */
const isPeriodLedScore = (
  tokens: readonly { norm: string }[],
  values: NumberValues,
  i: number,
): boolean => {
  const named = WEEK_SCORE_NAMES.has(tokens[i - 1]?.norm ?? "") ? i - 1 : i;
  const at = WEEK_SCORE_HEDGES.has(tokens[named - 1]?.norm ?? "") ? named - 1 : i;
  const prev = tokens[at - 1]?.norm ?? "";
  return (
    (PERIODS.has(tokens[at - 2]?.norm ?? "") && valueAt(values, at - 1) !== undefined) ||
    NUMBERED_PERIOD.test(prev) ||
    (prev === "week" && WEEK_ORDER.has(tokens[at - 2]?.norm ?? ""))
  );
};

/** How many numbers a list of scores joined by commas runs to ("My pain scores: 3, 4, 5"). */
const LIST_LENGTH = 3;

/** Words of EXERCISE_WORDS that count or name exercise in general: a number after them is a count or a name. */
const EXERCISE_COUNTS_AND_KINDS = new Set([
  "rep",
  "reps",
  "set",
  "sets",
  "exercise",
  "exercises",
  "workout",
]);
/** Words of an exercise's name that a score may follow in a log ("clamshells 2, bird dogs 3, side plank 6"). */
const EXERCISE_NAMES = new WordSet([
  ...[...EXERCISE_WORDS].filter((word) => !EXERCISE_COUNTS_AND_KINDS.has(word)),
  "dog",
  "dogs",
  "bug",
  "bugs",
  "clam",
  "clams",
  "walks",
  "raise",
]);
/** How far apart two entries of an exercise log may be ("clamshells 2, bird dogs 3"). */
const LOG_ENTRY_REACH = 5;

/** Words of a label that make the list after its colon one of pain scores ("Pain monitoring log:"). */
const PAIN_LABEL_WORDS = new Set([
  "pain",
  "painful",
  "sore",
  "soreness",
  "ache",
  "score",
  "scores",
  "rating",
  "ratings",
]);
/** How far back from a number the colon of its list's label may stand. */
const LOG_LABEL_REACH = 24;

/**
 * Whether the number at `i` follows a label of pain and its colon, only its list between ("Pain monitoring log:
 * clamshells 2, bird dogs 3", "Exercise pain: squats 4, lunges 6"): "Did clamshells 10, bridges 10" counts reps.
 */
const isAfterPainLabel = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  for (let j = i - 1; j >= Math.max(0, i - LOG_LABEL_REACH); j -= 1) {
    const norm = tokens[j]?.norm ?? "";
    if (norm === "." || norm === "!" || norm === "?" || norm === ";") return false;
    if (norm !== ":") continue;
    for (let k = j - 1; k >= Math.max(0, j - 1 - LABEL_REACH); k -= 1) {
      const label = tokens[k]?.norm ?? "";
      if (label === "." || label === ":" || label === ",") return false;
      if (PAIN_LABEL_WORDS.has(label)) return true;
    }
    return false;
  }
  return false;
};

/** A number right after an exercise's name (not a count word), 0-10. */
const isExerciseLedAt = (reading: Reading, values: NumberValues, i: number): boolean =>
  EXERCISE_NAMES.at(reading, i - 1) &&
  scoreAt(reading.tokens, values, i) !== undefined &&
  !NOT_SCORE_NEXT.at(reading, i + 1);

/**
 * A score of one entry of an exercise log, each exercise told with its score and the entries joined by commas
 * ("Pain monitoring log: clamshells 2, bird dogs 3, side plank 6"): another such entry beside it, a comma between.
 */
const isExerciseLogScore = (reading: Reading, values: NumberValues, i: number): boolean => {
  if (!isExerciseLedAt(reading, values, i) || !isAfterPainLabel(reading, i)) return false;
  const { tokens } = reading;
  for (let j = Math.max(0, i - LOG_ENTRY_REACH); j <= i + LOG_ENTRY_REACH; j += 1) {
    if (j === i || tokens[j]?.kind !== "number" || !sameSentence(reading, i, j)) continue;
    const [from, to] = j < i ? [j, i] : [i, j];
    let comma = false;
    for (let k = from + 1; k < to; k += 1) if (tokens[k]?.norm === ",") comma = true;
    if (comma && isExerciseLedAt(reading, values, j)) return true;
  }
  return false;
};

/** Whether the number at `i` is one of three or more numbers of 0-10 joined by commas ("3, 4, 5"). */
const isListedScore = (reading: Reading, values: NumberValues, i: number): boolean => {
  const { tokens } = reading;
  let first = i;
  while (tokens[first - 1]?.norm === "," && scoreAt(tokens, values, first - 2) !== undefined)
    first -= 2;
  let last = i;
  while (tokens[last + 1]?.norm === "," && scoreAt(tokens, values, last + 2) !== undefined)
    last += 2;
  // ("8, 10, 12 reps": a list of counts)
  return (last - first) / 2 + 1 >= LIST_LENGTH && !NOT_SCORE_NEXT.at(reading, last + 1);
};

/** Words of a label that give the score after its colon: a time, the usual, or the pain ("This morning: 5"). */
const SCORE_LABEL_WORDS = new Set([
  ...DIARY_DAYS,
  "after",
  "afterwards",
  "before",
  "now",
  "usual",
  "normal",
  "normally",
  "usually",
  "baseline",
  "pain",
  "sore",
  "soreness",
  "ache",
  "score",
  "level",
]);
/** Words of a label that count something, so the number after its colon is a count ("Reps this morning: 5"). */
const COUNT_LABEL_WORDS = new Set([
  ...EXERCISE_COUNTS,
  "reps",
  "rep",
  "sets",
  "set",
  "times",
  "steps",
  "exercises",
  "exercise",
  "minutes",
  "mins",
  "kg",
  "kilos",
  "lbs",
  "miles",
  "km",
  "walk",
  "walks",
]);
/** How many words of a label before its colon are read. */
const LABEL_REACH = 6;

/**
 * A score given after a label and a colon, told alone (the colon then ends no sentence: see `segment`), the label
 * telling when or of what ("This morning after the session: 5.", "Before PT: 2", "Pain today: 6/10"), and counting
 * nothing ("Reps this morning: 5", "Bridges after the session: 10").
 */
const isLabelledScore = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  // (the colon may end the label's sentence: "AM score: 1 (baseline)")
  if (tokens[i - 1]?.norm !== ":") return false;
  const labelSentence = sentenceOf[i - 1];
  let given = false;
  for (let j = i - 2; j >= Math.max(0, i - 2 - LABEL_REACH); j -= 1) {
    const norm = tokens[j]?.norm ?? "";
    if (sentenceOf[j] !== labelSentence || norm === "," || norm === ":") break;
    if (COUNT_LABEL_WORDS.has(norm)) return false;
    if (SCORE_LABEL_WORDS.has(norm)) given = true;
  }
  return given;
};

/** Subjects of a level told with "at" ("I was at 2", "it's at 6"). */
const LEVEL_SUBJECTS = new Set(["i", "it", "pain", "back", "ive"]);
/** Verbs between such a subject and "at" ("I was at 2", "it stayed at 6"). */
const LEVEL_LINKS = new Set(["was", "is", "am", "been", "stayed", "stays", "still", "sat", "sits"]);

/**
 * The patient's or the pain's level told with "at", anywhere ("Before the session I was at 2. Next morning I'm at
 * 5."): "I'm at", "it's at", or a subject and a verb of being before "at".
 */
const isOwnLevelAt = (tokens: Reading["tokens"], i: number): boolean => {
  if (tokens[i - 1]?.norm !== "at") return false;
  const verb = tokens[i - 2]?.norm ?? "";
  if (verb === "im" || verb === "its") return true;
  return LEVEL_LINKS.has(verb) && LEVEL_SUBJECTS.has(tokens[i - 3]?.norm ?? "");
};

/** Words before a rating that tell a level ("it's been about a 9", "I'm at a 7", "back down to a 2"). */
const LEVEL_VERBS = new WordSet([
  "its",
  "is",
  "was",
  "been",
  "im",
  "at",
  "to",
  "stayed",
  "stays",
  "still",
  "stuck",
  // "it hit a 7 that night", "peaked at a 6", "it reached a 7"
  "hit",
  "hits",
  "reached",
  "peaked",
]);
/** Words between such a word and the rating's "a" ("it's been about a 9", "still sitting on a 5"). */
const LEVEL_FILLERS = new WordSet([
  "about",
  "around",
  "like",
  "maybe",
  "probably",
  "easily",
  "solid",
  "on",
  "sitting",
]);
/** How many fillers may stand between ("still sitting on a 5"). */
const LEVEL_FILLER_REACH = 2;

/** A rating told as the level of "it" or of the patient ("it's been about a 9", "I'm at a 7"). */
const isRatedLevel = (reading: Reading, i: number): boolean => {
  let at = RATING_ADJECTIVES.at(reading, i - 1) ? i - 3 : i - 2;
  while (at > i - 2 - LEVEL_FILLER_REACH && LEVEL_FILLERS.at(reading, at)) at -= 1;
  return LEVEL_VERBS.at(reading, at);
};

/** Words before "at" that make the number after it a level, not a clock time ("I was at 7 this morning"). */
const LEVEL_BEFORE_AT = new Set([
  "was",
  "is",
  "im",
  "its",
  "been",
  "still",
  "stayed",
  "stays",
  "sitting",
  "up",
  "hovering",
  "pain",
  "now",
  "back",
  "it",
  "stuck",
  // ("woke at 4", "woke up at 3 today": the level on waking, as often as the hour; read as the level)
  "woke",
  "wake",
  "wakes",
  "waking",
  "woken",
]);

/** What is booked for a time ("the session was at 9", "appointment at 10"). */
const APPOINTMENTS = new WordSet([
  "session",
  "appointment",
  "appt",
  "class",
  "physio",
  "pt",
  "clinic",
]);

/** How many words may tell the day between an appointment and "at" ("session was last night at 6"). */
const APPOINTMENT_DAY_REACH = 3;

/**
 * Whether the words ending at `end` tell a day of an appointment ("Session was last night", "physio on Wednesday",
 * "the class yesterday"): day words, back to an appointment word (with "was" or "is" between).
 */
const isAppointmentDayAt = (tokens: Reading["tokens"], end: number): boolean => {
  let j = end;
  let day = false;
  while (j >= 0 && end - j < APPOINTMENT_DAY_REACH) {
    const norm = tokens[j]?.norm ?? "";
    if (DIARY_DAYS.has(norm)) day = true;
    else if (!DAY_DETERMINERS.has(norm) && norm !== "on") break;
    j -= 1;
  }
  if (!day) return false;
  const norm = tokens[j]?.norm ?? "";
  if (APPOINTMENTS.has(norm)) return true;
  return (norm === "was" || norm === "is") && APPOINTMENTS.has(tokens[j - 1]?.norm ?? "");
};

/** Verbs of getting up, before "up at" a clock time ("got up at 6"; "woke up at 3" is read as a level). */
const RISING = new Set(["got", "get", "gets", "getting"]);

/**
 * "I got up at 6 this morning", "did my exercises at 7 tonight": a clock time, "at" a number with a time of day
 * after it, unless a word of a level leads the "at" ("I was at 7 this morning").
 */
const isClockTime = (tokens: Reading["tokens"], i: number): boolean => {
  if (tokens[i - 1]?.norm !== "at") return false;
  // ("the session was at 9", "physio at 10"): when an appointment is
  const before2 = tokens[i - 2]?.norm ?? "";
  if (
    APPOINTMENTS.has(before2) ||
    ((before2 === "was" || before2 === "is") && APPOINTMENTS.has(tokens[i - 3]?.norm ?? ""))
  )
    return true;
  // ("Session was last night at 6", "physio was Wednesday at 5", "the class this morning at 9": the appointment's
  // time, its day told between)
  if (isAppointmentDayAt(tokens, i - 2)) return true;
  // ("got up at 6 today" is a time, "still up at 6" a level)
  const before = tokens[i - 2]?.norm ?? "";
  if (LEVEL_BEFORE_AT.has(before) && !(before === "up" && RISING.has(tokens[i - 3]?.norm ?? "")))
    return false;
  const next = tokens[i + 1]?.norm ?? "";
  if (DIARY_DAYS.has(next)) return true;
  const day = DAY_DETERMINERS.has(next) || next === "in" ? i + 2 : -1;
  const word = tokens[day]?.norm === "the" ? tokens[day + 1]?.norm : tokens[day]?.norm;
  return day > 0 && DIARY_DAYS.has(word ?? "");
};

/**
 * Words between "a" and a rating that say how firmly ("a solid 9", "a good 7", "a steady 5", "a proper 7", "a
 * real 6").
 */
const RATING_ADJECTIVES = new WordSet([
  "solid",
  "good",
  "steady",
  "strong",
  "constant",
  "firm",
  "hard",
  "proper",
  "real",
  "genuine",
  "definite",
]);

/**
 * Verbs of rating before "it" and a number ("I'd rate it 7", "call it six"). (Not "put" or "give": "put it 6
 * inches higher", "give it 3 goes".)
 */
const RATE_IT_VERBS = new Set([
  "rate",
  "rated",
  "rating",
  "call",
  "called",
  "calling",
  "score",
  "scored",
]);

/** Words between the rater and the verb of rating ("I would probably rate it", "I'd honestly call it"). */
const RATER_FILLERS = new Set([
  "would",
  "probably",
  "honestly",
  "just",
  "really",
  "to",
  "so",
  "prob",
]);
/** The patient as the rater ("I'd rate it", "I rated it"); "she'd rate it 7" is someone else's rating. */
const OWN_RATERS = new Set(["i", "id", "ill", "im", "ive", "lets"]);
/** How many fillers may stand between. */
const RATER_FILLER_REACH = 2;

/**
 * "I'd rate it 7", "call it six", "score it 6-7": a number given to "it" by a verb of rating, the patient's own
 * (the rater "I", or none: "Call it six"; not "my wife would rate it 7").
 */
const isRatedIt = (tokens: Reading["tokens"], i: number): boolean => {
  if (tokens[i - 1]?.norm !== "it" || !RATE_IT_VERBS.has(tokens[i - 2]?.norm ?? "")) return false;
  let at = i - 3;
  while (at > i - 3 - RATER_FILLER_REACH && RATER_FILLERS.has(tokens[at]?.norm ?? "")) at -= 1;
  const rater = tokens[at];
  return rater === undefined || rater.kind === "punct" || OWN_RATERS.has(rater.norm);
};

/**
 * A rating of "it" (`isRatedIt`) whose "it" is the soreness: a symptom told before it in its sentence ("really
 * stiff and sore, call it six"), or its sentence telling how the pain is going ("I'd rate it 7 at the worst point
 * ... now it's heading down"). "Great session, I'd rate it 9 ..., and my back is a little stiff" rates the session.
 */
const isRatedPain = (reading: Reading, i: number): boolean => {
  if (!isRatedIt(reading.tokens, i)) return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[i];
  for (const hit of reading.hits)
    if (hit.last <= i && sentenceOf[hit.first] === sentence) return true;
  for (const cue of cuesOf(reading, "sym-pain"))
    if (cue.last <= i && sentenceOf[cue.first] === sentence) return true;
  for (const kind of TREND_KINDS)
    for (const cue of cuesOf(reading, kind)) if (sentenceOf[cue.first] === sentence) return true;
  return false;
};

/** A number rated with "a" or "an" and ending its phrase ("it's been an 8 or a 9", "today it's a 4."). */
const isArticleRating = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  // ("a solid 9", "a good 7")
  const article = RATING_ADJECTIVES.at(reading, i - 1) ? tokens[i - 2]?.norm : tokens[i - 1]?.norm;
  if (article !== "a" && article !== "an") return false;
  const after = tokens[i + 1];
  return (
    after === undefined ||
    after.kind === "punct" ||
    RATING_AFTER.has(after.norm) ||
    isDayAfterRating(tokens, i + 1)
  );
};

/** Words after a rating that date it to a part of a day: "a 6 last night", "a 5 overnight". */
const RATING_DAY_PARTS = new Set(["night", "evening", "morning", "afternoon", "week"]);

/**
 * A day or a time of day told right after a rating, which dates it: "a 6 Thursday evening", "a 6 on Thursday",
 * "a 7 last night", "a 5 overnight" (a day told as the score's own, not a count of days: "a 6 day course" has
 * "day", no weekday).
 */
const isDayAfterRating = (tokens: Reading["tokens"], at: number): boolean => {
  const norm = tokens[at]?.norm ?? "";
  if (WEEKDAYS.has(norm) || norm === "overnight") return true;
  const next = tokens[at + 1]?.norm ?? "";
  if (norm === "on") return WEEKDAYS.has(next);
  // ("it hit a 7 that night")
  return (norm === "last" || norm === "that") && RATING_DAY_PARTS.has(next);
};

/** "eight-ish", "7ish": a number told as about that much, the way a score is guessed. */
const isApproximate = (tokens: Reading["tokens"], i: number): boolean =>
  tokens[i + 1]?.norm === "ish" || (tokens[i + 1]?.norm === "-" && tokens[i + 2]?.norm === "ish");

/** Words between a word of the usual and its score ("normally a 2", "my baseline used to be 2"). */
const USUAL_LINKS = new Set([
  "a",
  "an",
  "at",
  "is",
  "about",
  "around",
  "of",
  "was",
  "be",
  "used",
  "to",
  "its",
  "it",
  "sits",
  // "Usual: 2", "normal - 2", "baseline = 1": a label and its score
  ":",
  "-",
  "=",
  // "my usual morning level is 2", "normal pain score is a 1"
  "level",
  "pain",
  "score",
  "morning",
  "mornings",
]);
/** How far back a word of the usual may lead its score through links ("my normal used to be a 1"). */
const USUAL_LINK_REACH = 5;

/** A score of 0-10 led by a word of the usual, only links between ("normally a 2", "baseline used to be 2"). */
const isUsualLedScore = (reading: Reading, values: NumberValues, i: number): boolean => {
  const { tokens } = reading;
  if (tokens[i]?.kind !== "number" || scoreAt(tokens, values, i) === undefined) return false;
  return isLedByUsual(tokens, i);
};

/** A word of the usual before token `i`, only links between ("usually it is 2", "my baseline used to be 2"). */
const isLedByUsual = (tokens: Reading["tokens"], i: number): boolean => {
  for (let at = i - 1; at >= Math.max(0, i - USUAL_LINK_REACH); at -= 1) {
    const norm = tokens[at]?.norm ?? "";
    if (USUAL_LEAD.has(norm)) return true;
    if (!USUAL_LINKS.has(norm)) break;
  }
  return isHabitualBackTo(tokens, i);
};

/** Words between "used to be" and its score ("used to be a 2", "used to be about 3"). */
const USED_TO_BE_LINKS = new WordSet(["a", "an", "about", "around", "at"]);

/**
 * "My pain used to be a 2", "it used to be about a 1": the level the pain used to sit at, the patient's usual
 * before, when a later level is told against it in the next words ("..., now it's 4 every day").
 */
const isUsedToBeLed = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  let at = i - 1;
  while (at > 0 && USED_TO_BE_LINKS.at(reading, at)) at -= 1;
  return (
    tokens[at]?.norm === "be" && tokens[at - 1]?.norm === "to" && tokens[at - 2]?.norm === "used"
  );
};

/** How far back from "back to" a word of habit may make the level it names the usual one. */
const HABIT_BACK_REACH = 10;
/** Marks that end a sentence: a word of habit before one is another sentence's. */
const SENTENCE_ENDS = new Set([".", "!", "?", ";"]);

/** Words after a number that make it a time of day ("back at 2pm", "back at 2 o'clock"). */
const CLOCK_AFTER = new Set(["pm", "am", "oclock", "o", ":", "ish", "p", "a"]);

/** Words between "back to" and the level ("back to my 2", "back down to about a 1", "back to my usual 2"). */
const BACK_TO_FILLERS = new Set(["a", "an", "my", "about", "around", "roughly", "usual", "normal"]);
/** How many of those may stand between "to" and the level. */
const BACK_TO_FILLER_REACH = 3;

/**
 * "Normally the morning after I'm back to a 1-2", "usually it's gone back down to a 2 by bedtime", "normally I'm
 * back to my 2 by the morning": the level the patient goes back to as a habit, a word of habit earlier in the
 * sentence (no other number between), is the usual.
 */
const isHabitualBackTo = (tokens: Reading["tokens"], i: number): boolean => {
  let at = i - 1;
  const stop = Math.max(0, i - 1 - BACK_TO_FILLER_REACH);
  while (at > stop && BACK_TO_FILLERS.has(tokens[at]?.norm ?? "")) at -= 1;
  // ("normally I'd be back at 2 by now": the level told with "at"; not a clock time, "back at 2pm")
  const link = tokens[at]?.norm;
  if (link !== "to" && !(link === "at" && !CLOCK_AFTER.has(tokens[i + 1]?.norm ?? "")))
    return false;
  at -= 1;
  if (tokens[at]?.norm === "down") at -= 1;
  if (tokens[at]?.norm !== "back") return false;
  for (let j = at - 1; j >= Math.max(0, at - HABIT_BACK_REACH); j -= 1) {
    const token = tokens[j];
    if (token === undefined || token.kind === "number" || SENTENCE_ENDS.has(token.norm))
      return false;
    if (HABIT_ADVERBS.has(token.norm)) return true;
  }
  return false;
};

type Timed = { hours: number; span: Span };

/** Ordinal words of the first days after a session. */
const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
]);
/** What a number's ordinal ending reads as ("2nd": "2", "nd"). */
const ORDINAL_ENDINGS = new WordSet(["st", "nd", "rd", "th"]);
/** Words after "day" that count it from the session ("the 2nd day after the session", "third day since PT"). */
const DAY_FROM = new WordSet(["after", "since", "post", "following", "out"]);

/**
 * An ordinal day counted from something ("2nd day after the session", "the third day since PT"): the day and the
 * token after "day". Only with a word that counts it from something after it: "my second day of the course" is
 * no time since a session.
 */
const ordinalDayAt = (
  reading: Reading,
  values: NumberValues,
  i: number,
): { day: number; last: number } | undefined => {
  const { tokens } = reading;
  let day = ORDINAL_DAYS.get(tokens[i]?.norm ?? "");
  let at = i + 1;
  if (day === undefined && ORDINAL_ENDINGS.at(reading, i + 1)) {
    day = valueAt(values, i);
    at = i + 2;
  }
  if (day === undefined || day < 1 || day > 7 || tokens[at]?.norm !== "day") return undefined;
  if (DAY_FROM.at(reading, at + 1)) return { day, last: at + 1 };
  // "It is the sixth day and I am still a little tender", "6th day now, still sore": the day told as where the
  // patient is now, with nothing after it that makes it a day of something else ("the sixth day of my holiday",
  // "my second day back at work"). (Not the first: "the first day" is the session's own day as often as the next.)
  const after = tokens[at + 1];
  const ends = after === undefined || after.kind === "punct" || !sameSentence(reading, at, at + 1);
  return day >= 2 && (ends || ORDINAL_DAY_NOW.at(reading, at + 1))
    ? { day, last: at + 1 }
    : undefined;
};
/** Words after an ordinal day that tell it as the day it is now ("the sixth day and still tender", "3rd day now"). */
const ORDINAL_DAY_NOW = new WordSet([
  "and",
  "now",
  "today",
  "still",
  "but",
  "though",
  "tho",
  "yet",
  "im",
  "i",
  "it",
  "its",
]);

/** Whether two tokens are in one sentence. */
const sameSentence = (reading: Reading, a: number, b: number): boolean =>
  reading.segments.sentenceOf[a] === reading.segments.sentenceOf[b];

/** Words between a number and its unit that say the time was all of it ("a full week", "two whole days"). */
const LENGTH_WORDS = new WordSet(["full", "whole", "entire", "solid", "good"]);

/** "and a half" at token `at`. */
const isAndAHalf = (tokens: Reading["tokens"], at: number): boolean =>
  tokens[at]?.norm === "and" && tokens[at + 1]?.norm === "a" && tokens[at + 2]?.norm === "half";

/**
 * How many tokens "and a bit", "and a little bit" or "and a little" take at token `at` ("a day and a bit": just past
 * the day), or 0.
 */
const andABitLength = (tokens: Reading["tokens"], at: number): number => {
  if (tokens[at]?.norm !== "and" || tokens[at + 1]?.norm !== "a") return 0;
  const next = tokens[at + 2]?.norm;
  if (next === "bit") return 3;
  if (next !== "little") return 0;
  return tokens[at + 3]?.norm === "bit" ? 4 : 3;
};

/** "more than", "over", "longer than", "past" or "beyond" right before the number at `at`. */
const isMoreThan = (tokens: Reading["tokens"], at: number): boolean => {
  const prev = tokens[at - 1]?.norm;
  if (prev === "over" || prev === "past" || prev === "beyond") return true;
  const prev2 = tokens[at - 2]?.norm;
  return prev === "than" && (prev2 === "more" || prev2 === "longer");
};

/** Words right before a date of the month ("on the 12th", "It's now the 16th"). */
const DATE_LEADS = new WordSet(["the", "on"]);
/** Words of now before a date ("it's now the 16th", "today is the 16th"). */
const DATE_NOW = new WordSet(["now", "today", "todays"]);
/** How far before a date a word of now may stand. */
const DATE_NOW_REACH = 3;
/** The most days between the session's date and today's that are read as the time since. */
const DATE_SPAN_DAYS = 27;

/** The day of the month at token `i` ("the 12th", "on 3rd"), or undefined. */
const dateOfMonthAt = (reading: Reading, values: NumberValues, i: number): number | undefined => {
  const { tokens } = reading;
  if (!ORDINAL_ENDINGS.at(reading, i + 1)) return undefined;
  if (!DATE_LEADS.at(reading, i - 1)) return undefined;
  // ("the 3rd day after", "the 2nd session", "the 4th week": a count, no date)
  const after = tokens[i + 2];
  if (after?.kind === "word" && !DATE_FOLLOWERS.has(after.norm)) return undefined;
  const day = valueAt(values, i);
  return day !== undefined && day >= 1 && day <= 31 ? day : undefined;
};
/** Words that may follow a date of the month ("on the 12th and ...", "the 13th of May"). */
const DATE_FOLLOWERS = new Set(["and", "but", "of", "so", "which", "when", "it", "i", "im"]);

/**
 * The time since a session told by dates of the month: "my session was on the 12th. It's now the 16th" is four
 * days. The session's date is told in a sentence with a word of the session; today's with a word of now before it.
 */
const timeSinceDatedSession = (reading: Reading, values: NumberValues): Timed | undefined => {
  const { tokens } = reading;
  let session: number | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]?.kind !== "number") continue;
    const day = dateOfMonthAt(reading, values, i);
    if (day === undefined) continue;
    if (session === undefined) {
      if (hasAppointmentInSentence(reading, i)) session = day;
      continue;
    }
    let now = false;
    for (let j = i - 2; j >= Math.max(0, i - 1 - DATE_NOW_REACH); j -= 1)
      if (DATE_NOW.at(reading, j)) now = true;
    const diff = day - session;
    if (now && diff > 0 && diff <= DATE_SPAN_DAYS)
      return { hours: diff * 24, span: { first: i - 1, last: i + 2 } };
  }
  return undefined;
};

/** A word of the session in the sentence of token `i`. */
const hasAppointmentInSentence = (reading: Reading, i: number): boolean => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[i] ?? 0;
  const end = sentenceStarts[sentence + 1] ?? reading.tokens.length;
  for (let j = sentenceStarts[sentence] ?? 0; j < end; j += 1)
    if (APPOINTMENTS.at(reading, j)) return true;
  return false;
};

/** Words for a session, counted back from the last one ("the session before last", "two visits ago"). */
const SESSION_COUNTED = new Set([
  "session",
  "sessions",
  "visit",
  "visits",
  "appointment",
  "appointments",
  "class",
  "classes",
]);
/** The least time since a session with another one after it: three days. */
const SESSIONS_APART_HOURS = 72;

/** "the session before last" at token `i`, or "2 sessions ago" with its number before it. */
const isSessionBeforeLast = (reading: Reading, values: NumberValues, i: number): boolean => {
  const { tokens } = reading;
  const next = tokens[i + 1]?.norm ?? "";
  if (next === "before" && tokens[i + 2]?.norm === "last") return true;
  const count = valueAt(values, i - 1);
  return next === "ago" && count !== undefined && count >= 2 && count <= 5;
};

const findDurations = (reading: Reading, values: NumberValues): Timed[] => {
  const { tokens } = reading;
  const found: Timed[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    // "day 5", "day five"
    if (norm === "day") {
      const n = valueAt(values, i + 1);
      if (
        n !== undefined &&
        n >= 1 &&
        n <= 60 &&
        tokens[i + 1]?.norm !== "a" &&
        // ("day 6 of the programme": counted from the programme's start, not since the session)
        !isProgrammeDay(reading, i + 2)
      ) {
        found.push({ hours: n * 24, span: { first: i, last: i + 2 } });
      }
      continue;
    }
    // "day4 4" (a diary's day and its number in one word), as "day 4"
    // (a regular expression only on words that could be one: most tokens do not start with "day")
    const joinedDay = norm.length > 3 && norm.startsWith("day") ? DAY_IN_ONE_WORD.exec(norm) : null;
    if (joinedDay) {
      const n = Number(joinedDay[1]);
      if (n >= 1 && n <= 60) found.push({ hours: n * 24, span: { first: i, last: i + 1 } });
      continue;
    }
    // "2nd day after the session", "the third day since PT": day two is 48 hours, as "day 2" is.
    const ordinal = ordinalDayAt(reading, values, i);
    if (ordinal !== undefined) {
      found.push({ hours: ordinal.day * 24, span: { first: i, last: ordinal.last } });
      continue;
    }
    if (norm === "yesterday" || norm === "yest" || norm === "yday") {
      const dayBefore = tokens[i - 2]?.norm === "day" && tokens[i - 1]?.norm === "before";
      // ("manip yesterday morning ... still tender this evening": a day and ten hours)
      const part = dayPartHourAt(reading, i);
      const today = part === undefined ? undefined : todayPartHour(reading);
      found.push({
        hours: (dayBefore ? 48 : 24) + (today === undefined ? 0 : partHoursBetween(part, today)),
        span: { first: dayBefore ? i - 2 : i, last: i + 1 },
      });
      continue;
    }
    // "since the session before last", "two sessions ago": another session has come between, so at least the days
    // between two sessions (three days, the 72 hours of the soreness window).
    if (SESSION_COUNTED.has(norm) && isSessionBeforeLast(reading, values, i)) {
      found.push({ hours: SESSIONS_APART_HOURS, span: { first: i, last: i + 3 } });
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
      (valueAt(values, i - 1) === undefined || !sameSentence(reading, i - 1, i))
    ) {
      found.push({ hours: UNIT_HOURS.get(norm) ?? 0, span: { first: i, last: i + 2 } });
      continue;
    }
    const n = valueAt(values, i);
    // ("pain 3/10 day after session": the ten a score is out of, no ten days)
    if (n === undefined || (n === 10 && isOutOfTenDenominator(tokens, values, i))) continue;
    // ("Ugh what a week", "what a day I've had": an exclamation about the time, no time since the session)
    if (norm === "a" && tokens[i - 1]?.norm === "what") continue;
    let unitAt = i + 1;
    // "72+ hours": more than that.
    const plus = tokens[unitAt]?.norm === "+";
    if (plus) unitAt += 1;
    // "one and a half days".
    const halfBefore = isAndAHalf(tokens, unitAt);
    if (halfBefore) unitAt += 3;
    if (tokens[unitAt]?.norm === "of" || tokens[unitAt]?.norm === "more") unitAt += 1;
    if (norm === "a" && tokens[i + 1]?.norm === "couple")
      unitAt = tokens[i + 2]?.norm === "of" ? i + 3 : i + 2;
    if (norm === "a" && tokens[i + 1]?.norm === "few") unitAt = i + 2;
    // ("a couple of days", "a few days": two or three)
    const vague = norm === "a" && unitAt > i + 1;
    // "a full week", "two whole days"
    if (LENGTH_WORDS.at(reading, unitAt)) unitAt += 1;
    // A number and its unit in one sentence ("... 2/10. Week later" is no ten weeks).
    const unit = sameSentence(reading, i, unitAt)
      ? UNIT_HOURS.get(tokens[unitAt]?.norm ?? "")
      : undefined;
    if (unit === undefined) continue;
    // ("Same as the last 3 weeks": the weeks a pattern is compared with, no time since the session)
    if (isComparedPeriod(reading, i)) continue;
    // ("physio twice a week", "exercises 3 days a week": how often, no time since the session)
    if (isFrequency(reading, values, i, unitAt)) continue;
    const value = vague ? (tokens[i + 1]?.norm === "few" ? 3 : 2) : n;
    // "a day and a half".
    const halfAfter = !halfBefore && isAndAHalf(tokens, unitAt + 1);
    const half = halfBefore || halfAfter ? unit / 2 : 0;
    // "a day and a bit", "two days and a little": just past that time, as "72+ hours", "more than 3 days", "over 48
    // hours" are.
    const bit = halfAfter ? 0 : andABitLength(tokens, unitAt + 1);
    const more = plus || bit > 0 || isMoreThan(tokens, i) ? Math.min(1, unit) : 0;
    const last = halfAfter ? unitAt + 4 : unitAt + 1 + bit;
    found.push({ hours: value * unit + half + more, span: { first: i, last } });
  }
  const dated = timeSinceDatedSession(reading, values);
  if (dated) found.push(dated);
  // Weekdays: "Monday's session ... it's Friday" is four days.
  const days: { day: number; index: number }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const day = WEEKDAYS.get(tokens[i]?.norm ?? "");
    // (not a day to come: "I'm due back Friday")
    if (
      day !== undefined &&
      tokens[i]?.kind === "word" &&
      !isEverydayWordAt(reading, i) &&
      !isComingDayAt(reading, i)
    )
      days.push({ day, index: i });
  }
  // Counted from the session's day when one is named with it ("Tuesday it was 6, by Saturday 3 - the session was
  // Monday" is five days), else from the first day named.
  const firstDay = days[0];
  if (firstDay) {
    for (const later of days) {
      // From the last session day named before it; a day named before any, in the sentence of a session day
      // named after it, from that one when told with a score or the soreness and not as the day before it
      // ("Sunday I was fine, Monday's session"); else from the first day, as any day of another statement
      // ("Finished antibiotics on Friday ... stiff after Monday's session").
      let sessionDay: { day: number; index: number } | undefined;
      for (const named of days) {
        if (named.index > later.index && sessionDay !== undefined) break;
        if (named.index !== later.index && isSessionDayAt(reading, named.index)) {
          sessionDay = named;
          if (named.index > later.index) break;
        }
      }
      // (the session's own day, named after another, is no time since the session: "Tuesday it was 6, by
      // Saturday 3 - the session was Monday")
      if (
        later.index !== firstDay.index &&
        (sessionDay === undefined || sessionDay.index > later.index) &&
        isSessionDayAt(reading, later.index)
      )
        continue;
      const sessionDiff = sessionDay ? (later.day - sessionDay.day + 7) % 7 : -1;
      const fromSession =
        sessionDay !== undefined &&
        (sessionDay.index < later.index ||
          // ("It's Saturday. Physio was Tuesday": today's day, named first, before the session's)
          (later.index === firstDay.index && isTodayDayAt(reading.tokens, later.index)) ||
          (sameSentence(reading, sessionDay.index, later.index) &&
            sessionDiff !== 6 &&
            isSorenessDayAt(reading, later.index)));
      // ("still sore Thursday but less than Wednesday", "better than Fri": a day compared with is over, so now is
      // at least the day after it)
      const diff =
        (fromSession ? sessionDiff : (later.day - firstDay.day + 7) % 7) +
        (isComparedDayAt(reading, later.index) ? 1 : 0);
      if (diff <= 0) continue;
      // ("manipulated Monday morning, still tender Tuesday evening": a day and a half, not one day)
      const laterPart = isComparedDayAt(reading, later.index)
        ? undefined
        : dayPartHourAt(reading, later.index);
      const fromIndex = fromSession && sessionDay ? sessionDay.index : firstDay.index;
      const part =
        laterPart === undefined
          ? 0
          : partHoursBetween(dayPartHourAt(reading, fromIndex), laterPart);
      found.push({
        hours: diff * 24 + part,
        span: { first: later.index, last: later.index + 1 },
      });
    }
  }
  // "the same 5/10 since last Thursday's session", with no other day named: a weekday called "last" is not
  // yesterday, so it has been some days; read as four, the careful side of the 72 hours.
  const only = days.length === 1 ? days[0] : undefined;
  if (only !== undefined && isSinceLastDay(tokens, only.index))
    found.push({
      hours: SINCE_LAST_DAY_HOURS,
      span: { first: only.index - 2, last: only.index + 1 },
    });
  return found;
};

/** The time read from "since last Thursday" when no other day is named: four days. */
const SINCE_LAST_DAY_HOURS = 96;

/** Whether the weekday at `i` is told as "since last <day>" ("exactly the same since last Thursday's session"). */
const isSinceLastDay = (tokens: Reading["tokens"], i: number): boolean =>
  tokens[i - 1]?.norm === "last" && tokens[i - 2]?.norm === "since";

/**
 * Whether the weekday at `i` is the day a symptom is compared with ("less than Wednesday", "better than fri", "not
 * as sore as Tuesday"): a day gone by.
 */
const isComparedDayAt = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const before = tokens[i - 1]?.norm;
  if (before === "than") return true;
  return before === "as" && tokens[i - 3]?.norm === "as";
};

/** Words before "a week", "a day" that make it how often: "twice a week", "3 times a day", "2x a week". */
const FREQUENCY_BEFORE = new WordSet(["once", "twice", "thrice", "times", "x"]);
/** Words between a time and the period it happens in: "3 days a week", "20 minutes per day". */
const FREQUENCY_PER = new WordSet(["a", "an", "per", "each", "every"]);
/** The periods of a frequency. */
const FREQUENCY_PERIODS = new WordSet(["day", "week", "month", "fortnight", "night", "morning"]);

/**
 * Whether the number at `i` with its unit at `unitAt` tells how often, not how long: "twice a week", "2x a week", "3
 * times a day" (the "a week" of it), "3 days a week", "20 minutes per day".
 */
const isFrequency = (reading: Reading, values: NumberValues, i: number, unitAt: number): boolean =>
  FREQUENCY_BEFORE.at(reading, i - 1) ||
  // (the "a week" of "3 days a week": a number of the unit before, not "sore after leg day a whole week since")
  (FREQUENCY_PER.at(reading, i) &&
    UNIT_HOURS.has(reading.tokens[i - 1]?.norm ?? "") &&
    valueAt(values, i - 2) !== undefined) ||
  (FREQUENCY_PER.at(reading, unitAt + 1) && FREQUENCY_PERIODS.at(reading, unitAt + 2));

/** Words before a number of weeks that make them earlier ones: "the last 3 weeks", "the previous few sessions". */
const PERIOD_LEADS = new WordSet(["last", "past", "previous", "other"]);
/** Words of likeness before "as" or "like": "same as", "just like", "exactly as". */
const LIKENESS = new WordSet(["same", "just", "exactly"]);

/**
 * Whether the number at `i` counts the earlier times something is likened to ("Same as the last 3 weeks", "just like
 * the past few weeks"): how long a pattern has repeated, not how long since the session.
 */
const isComparedPeriod = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  let j = i - 1;
  if (!PERIOD_LEADS.at(reading, j)) return false;
  j -= 1;
  if (tokens[j]?.norm === "the" || tokens[j]?.norm === "my") j -= 1;
  const link = tokens[j]?.norm;
  return (
    (link === "as" || link === "like") &&
    LIKENESS.at(reading, j - 1) &&
    tellsSettlingPattern(reading, j - 1)
  );
};

/** Kinds of cue that tell the soreness settled ("back to my usual", "gone by lunchtime", "settled"). */
const PATTERN_SETTLING_KINDS = ["baseline", "settle", "recovered"] as const;
/** Kinds of cue that tell it stands still or lasts ("no better", "still there", "all the time"). */
const STANDING_KINDS = ["trend-same", "ongoing", "trend-worse"] as const;
/** Words after "back to" that name the usual level ("back to 1, my usual"). */
const USUAL_LEVEL = new WordSet(["usual", "normal", "baseline", "norm"]);
/** How far after "back to" its word of the usual may stand ("back to about 1, my usual"). */
const USUAL_LEVEL_REACH = 4;

/**
 * Whether a likeness to earlier times at token `likeness` ("Same as the last 3 weeks") likens a pattern that
 * settles: the message tells the soreness settling or back to the usual level, and nothing of it standing still or
 * lasting besides the likeness itself. ("My back pain is the same as the last 3 weeks, no better" is pain that has
 * stood still for three weeks.)
 */
const tellsSettlingPattern = (reading: Reading, likeness: number): boolean => {
  for (const kind of STANDING_KINDS) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first <= likeness && likeness < cue.last) continue;
      if (!precededByNegation(reading, cue)) return false;
    }
  }
  for (const kind of PATTERN_SETTLING_KINDS) {
    for (const cue of cuesOf(reading, kind)) if (!precededByNegation(reading, cue)) return true;
  }
  const { tokens } = reading;
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (tokens[i]?.norm !== "back" || tokens[i + 1]?.norm !== "to") continue;
    for (let j = i + 2; j < Math.min(tokens.length, i + 2 + USUAL_LEVEL_REACH); j += 1)
      if (USUAL_LEVEL.at(reading, j)) return true;
  }
  return false;
};

/** Words right before a day that make it today ("it's Saturday", "today's Monday", "now Friday"). */
const TODAY_BEFORE_DAY = new Set(["its", "todays", "now"]);

/** Whether the day at token `i` is told as today ("It's Saturday", "today's Monday", "today is Friday"). */
const isTodayDayAt = (tokens: Reading["tokens"], i: number): boolean => {
  const before = tokens[i - 1]?.norm ?? "";
  if (TODAY_BEFORE_DAY.has(before)) return true;
  return before === "is" && (tokens[i - 2]?.norm === "today" || tokens[i - 2]?.norm === "it");
};

/** Words of the session a day can be named with ("Monday's session", "physio on Monday"). */
const SESSION_DAY_WORDS = new WordSet([
  ...APPOINTMENTS,
  "needles",
  "needled",
  "manipulated",
  "adjusted",
  "cracked",
  "clicked",
  "physiotherapy",
  "treatment",
  "needling",
  "manipulation",
  "adjustment",
  "massage",
]);
/** How far from a day its session word may stand ("my session was on Monday", "physio on Mon"). */
const SESSION_DAY_REACH = 3;

/** Words between a session word and the day after it ("the session was on Monday", "physio last Monday"). */
const SESSION_DAY_LINKS = new Set(["on", "was", "is", "last", "this", "that", "past"]);

/**
 * Whether the day at token `i` is named as the session's: the session word right after it ("Monday's session",
 * "my Thursday class"), or before it with only "was", "on" and the like between ("the session was on Monday",
 * "physio Monday"). Not "... on wednesday sore after pt", where the session is of the soreness after the day.
 */
const isSessionDayAt = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  if (SESSION_DAY_WORDS.at(reading, i + 1) && sentenceOf[i + 1] === sentenceOf[i]) return true;
  for (let j = i - 1; j >= Math.max(0, i - SESSION_DAY_REACH); j -= 1) {
    const norm = tokens[j]?.norm ?? "";
    if (sentenceOf[j] !== sentenceOf[i]) return false;
    if (SESSION_DAY_WORDS.has(norm)) return true;
    if (!SESSION_DAY_LINKS.has(norm)) return false;
  }
  return false;
};

/** Words of the soreness a day can be told with ("sore on Saturday", "Tuesday it ached"). */
const SORENESS_DAY_WORDS = new Set([
  // ("Still feeling it on Thursday after Sunday's class")
  "still",
  "feeling",
  "felt",
  "sore",
  "soreness",
  "stiff",
  "stiffness",
  "ache",
  "ached",
  "aching",
  "achy",
  "pain",
  "hurt",
  "hurting",
  "tender",
]);

/** Whether the day at token `i` is told with a number or a word of the soreness within a few words, in its sentence. */
const isSorenessDayAt = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const from = Math.max(0, i - SESSION_DAY_REACH);
  const to = Math.min(tokens.length - 1, i + SESSION_DAY_REACH + 1);
  for (let j = from; j <= to; j += 1) {
    if (sentenceOf[j] !== sentenceOf[i]) continue;
    const token = tokens[j];
    if (token?.kind === "number" || SORENESS_DAY_WORDS.has(token?.norm ?? "")) return true;
  }
  return false;
};

/**
 * Whether a word of the session stands strictly between two tokens, in a sentence of neither ("Friday 4. Session
 * Monday. Tue 3"; not "7 after the session last night, 5 this morning").
 */
const hasSessionWordBetween = (reading: Reading, from: number, to: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (let k = from + 1; k < to; k += 1)
    if (
      SESSION_DAY_WORDS.at(reading, k) &&
      sentenceOf[k] !== sentenceOf[from] &&
      sentenceOf[k] !== sentenceOf[to]
    )
      return true;
  return false;
};

/** Short names of days that are everyday words too ("has sat around a 3", "in the sun"). */
const EVERYDAY_DAY_NAMES = new WordSet(["sat", "sun", "wed"]);
/** Words before such a name that make it the everyday word ("I sat", "has sat", "the sun"). */
const EVERYDAY_BEFORE = new WordSet([
  "i",
  "ive",
  "id",
  "we",
  "they",
  "he",
  "she",
  "it",
  "has",
  "have",
  "had",
  "just",
  "was",
  "were",
  "been",
  "the",
  "and",
]);
/** Words after it that make it the everyday word ("sat down", "sat around", "sat on the floor"). */
const EVERYDAY_AFTER = new WordSet([
  "down",
  "on",
  "in",
  "at",
  "around",
  "up",
  "still",
  "there",
  "with",
  "for",
  "by",
]);

/** Links between a session and the short day name it was on ("session was sat", "physio is wed"). */
const SHORT_DAY_LINKS = new WordSet(["was", "is", "were"]);

/**
 * "session was sat", "my physio is wed": a short day name told as the day of a session, where "was" before it
 * would otherwise make it the everyday word ("I was sat on the sofa").
 */
const isShortSessionDayAt = (reading: Reading, i: number): boolean => {
  return (
    SHORT_DAY_LINKS.at(reading, i - 1) &&
    APPOINTMENTS.at(reading, i - 2) &&
    !EVERYDAY_AFTER.at(reading, i + 1)
  );
};

/** Whether a short day name at token `i` is the everyday word ("I sat down", "the sun"), not the day. */
const isEverydayWordAt = (reading: Reading, i: number): boolean => {
  if (!EVERYDAY_DAY_NAMES.at(reading, i)) return false;
  if (isShortSessionDayAt(reading, i)) return false;
  // "today wed still just as sore", "today sat still sore": the day named after "today" (not "sat still").
  if (TODAY_WORDS.at(reading, i - 1) && reading.tokens[i + 1]?.norm === "still") return false;
  return EVERYDAY_BEFORE.at(reading, i - 1) || EVERYDAY_AFTER.at(reading, i + 1);
};

/** Words of the day before a short day name that date it ("today wed", "tonight sun"). */
const TODAY_WORDS = new WordSet(["today", "tonight"]);

/** Whether the number at `i` is the ten of a score out of ten: "3/10", "3 out of 10", "3 of 10", "3 from 10". */
const isOutOfTenDenominator = (
  tokens: readonly { norm: string }[],
  values: NumberValues,
  i: number,
): boolean => {
  const prev = tokens[i - 1]?.norm;
  if (prev === "of" && tokens[i - 2]?.norm === "out") return true;
  return (prev === "/" || prev === "of" || prev === "from") && valueAt(values, i - 2) !== undefined;
};

/** Words for a time before now ("yesterday", "day 1", "at first"). */
const EARLIER = new WordSet(["yesterday", "before", "earlier", "first", "1", "one", "then"]);

/**
 * "better than yesterday, which was worse", "yesterday was worse": worse was then, and the sentence says it is
 * better now. Only with a "was" before it, a time before now beside it and an easing in the same sentence.
 */
const isEarlierWorse = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const was = tokens[cue.first - 1]?.norm;
  if (was !== "was" && was !== "were") return false;
  let earlier = false;
  for (let i = Math.max(0, cue.first - 4); i < Math.min(tokens.length, cue.last + 2); i += 1) {
    if (EARLIER.at(reading, i)) earlier = true;
  }
  return earlier && hasCueInSentence(reading, "trend-better", cue.first);
};

/**
 * A trend and where it is told. A diary of numbered days tells its trend at its last day's score but holds for
 * every sentence it is told in, its day tags among them ("Day 3: 4. Day 4: 5. Day 5: 5." is seven sentences, the
 * colons parting them): `from` to `to` are those sentences, so the diary answers for a time told in it ("Day 5")
 * and for no other statement run on before or after it.
 */
type Stated = { value: Trend; cue: CueHit; from?: number; to?: number };

/** What one goes up that is no trend: "going up stairs", "going up the hill". */
const CLIMBED = new WordSet([
  "stairs",
  "steps",
  "hill",
  "hills",
  "ladder",
  "upstairs",
  "the",
  "a",
  "slopes",
]);

/** "Going up stairs I feel them": climbing, not the pain going up. */
const isClimbing = (reading: Reading, cue: CueHit): boolean =>
  reading.tokens[cue.last - 1]?.norm === "up" && CLIMBED.at(reading, cue.last);

/** "a worse flare than normal": the size of a flare, not a trend. */
const isInsideFlare = (reading: Reading, cue: CueHit): boolean => {
  for (const hit of reading.hits) {
    if (
      hit.concept === "flare-after-new-exercise" &&
      hit.first <= cue.first &&
      hit.last >= cue.last
    )
      return true;
  }
  return false;
};

/** "better" inside "not getting any better": a trend cue inside a longer one of the three kinds. */
const isInsideLongerTrend = (reading: Reading, cue: CueHit): boolean => {
  for (const kind of TREND_KINDS) {
    for (const other of cuesOf(reading, kind)) {
      if (other.first > cue.first) break;
      if (
        other !== cue &&
        other.last >= cue.last &&
        other.last - other.first > cue.last - cue.first
      )
        return true;
    }
  }
  return false;
};

/** Words of sleep, which "worse" after them is told of ("slept worse", "sleep has been worse"). */
const SLEEP_WORDS = new WordSet(["slept", "sleep", "sleeping", "sleeps", "nights"]);
/** Words between sleep and "worse" ("my sleep has been a bit worse"). */
const SLEEP_LINKS = new WordSet([
  "has",
  "have",
  "been",
  "is",
  "was",
  "a",
  "bit",
  "little",
  "even",
  "much",
  "lot",
]);
/** Words that give the cause after a trend ("because of the heat", "due to the baby"). */
const CAUSE_WORDS = new WordSet([
  "because",
  "cos",
  "coz",
  "cause",
  "due",
  "thanks",
  "from",
  "with",
]);
/** Words of the back or a symptom as a cause ("because of my back"): the pain is what changed. */
const BODY_CAUSES = new Set([
  "back",
  "leg",
  "legs",
  "hip",
  "hips",
  "neck",
  "spine",
  "sciatica",
  "buttock",
  "bum",
  "foot",
  "feet",
  "knee",
  "calf",
]);
/** How far after "worse" the cause may be told ("slept worse the last few nights because of the heat"). */
const CAUSE_REACH = 8;

/**
 * "I slept worse the last few nights because of the heat": sleep that is worse, from a cause that is not the pain
 * (the heat, the baby, a noisy street), tells no trend of the pain. Not when the cause is the back or a symptom
 * ("slept worse because of the pain", "because my back was killing me") or none is given.
 */
const isSleepWorseFromOther = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  let at = cue.first - 1;
  while (at > cue.first - 4 && SLEEP_LINKS.at(reading, at)) at -= 1;
  if (!SLEEP_WORDS.at(reading, at)) return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[cue.first];
  const end = Math.min(tokens.length, cue.last + CAUSE_REACH);
  let cause = -1;
  for (let i = cue.last; i < end && sentenceOf[i] === sentence; i += 1) {
    if (CAUSE_WORDS.at(reading, i)) {
      cause = i;
      break;
    }
  }
  if (cause < 0) return false;
  // (the cause, to the end of its clause or a comma: no pain, no back, no symptom; "..., back's fine" is apart)
  const { clauseOf } = reading.segments;
  const clause = clauseOf[cause];
  let last = cause + 1;
  for (; last < tokens.length && clauseOf[last] === clause; last += 1) {
    if (tokens[last]?.kind === "punct") break;
    const norm = tokens[last]?.norm ?? "";
    if (PAIN_ITSELF.has(norm) || PAIN_CONTEXT.has(norm) || BODY_CAUSES.has(norm)) return false;
  }
  for (const hit of reading.hits) if (hit.first > cause && hit.first < last) return false;
  return true;
};

const TREND_KINDS = ["trend-better", "trend-same", "trend-worse"] as const;
const TREND_VALUES: Readonly<Record<(typeof TREND_KINDS)[number], Trend>> = {
  "trend-better": "better",
  "trend-same": "same",
  "trend-worse": "worse",
};

/** Every trend stated, in the order written (one list per reading, which the sentence-bound lookups share). */
/** Words after "same" that make it say which pain, place or thing ("same familiar spot"), not how it is going. */
const SAME_WHICH = new WordSet([
  "old",
  "familiar",
  "usual",
  "spot",
  "spots",
  "place",
  "area",
  "side",
  "location",
  "kind",
  "type",
  "sort",
  "exercise",
  "exercises",
  "stretch",
  "stretches",
  "session",
  "physio",
  "therapist",
  "routine",
  "programme",
  "program",
  // "Same pattern every week": the soreness coming and going the same way, not standing still.
  "pattern",
  "patterns",
  "story",
  "cycle",
]);

/** Times of day after "same" that date what is told ("it calmed down the same evening", "that same day"). */
const SAME_TIMES = new WordSet([
  "day",
  "evening",
  "night",
  "morning",
  "afternoon",
  "time",
  "weekend",
]);

/**
 * "the same evening", "that same day", "at the same time": when something happened, not pain standing still.
 * Not "the same day after day", "same night in night out" (`at` is the token after "same").
 */
const isSameTimeOfDay = (reading: Reading, at: number): boolean => {
  if (!SAME_TIMES.at(reading, at)) return false;
  const next = reading.tokens[at + 1]?.norm;
  return next !== "after" && next !== "in";
};

/** Words that lead the earlier times a pattern is compared with: "as the last 3 weeks", "as every other week". */
const EARLIER_TIMES_LEAD = new WordSet([
  "last",
  "past",
  "previous",
  "other",
  "every",
  "each",
  "all",
]);
/** The earlier times themselves, told as several ("weeks", "sessions") or one of each ("every week"). */
const EARLIER_TIMES = new WordSet([
  "weeks",
  "sessions",
  "times",
  "visits",
  "appointments",
  "classes",
  "workouts",
  "week",
  "session",
  "time",
  "visit",
  "class",
]);
/** How many words may stand between the lead and the times ("the last 3 or 4 weeks"). */
const EARLIER_TIMES_REACH = 4;

/**
 * "Same as the last 3 weeks", "same as every other session", "the same as the previous few weeks": the pattern
 * told is the one of every week, a report that it repeats, not pain standing still (that is "same as last week":
 * one earlier time, with no word of each). `at` is the token after "same".
 */
const isSameAsEarlierTimes = (reading: Reading, at: number): boolean => {
  const { tokens } = reading;
  if (tokens[at]?.norm !== "as") return false;
  let i = at + 1;
  if (tokens[i]?.norm === "the" || tokens[i]?.norm === "my") i += 1;
  if (!EARLIER_TIMES_LEAD.at(reading, i)) return false;
  const lead = tokens[i]?.norm;
  const several = lead === "every" || lead === "each" || lead === "all";
  for (let j = i + 1; j <= i + EARLIER_TIMES_REACH; j += 1) {
    if (!EARLIER_TIMES.at(reading, j)) continue;
    // ("as the last few weeks", "as the last 3 sessions"; one "last week" or "the other week" is a level told against
    // it)
    return (
      (several || (tokens[j]?.norm ?? "").endsWith("s")) && tellsSettlingPattern(reading, at - 1)
    );
  }
  return false;
};

/** Words of a level rising by steps ("creeping up", "climbing", "edging up"). */
const CREEPING = new WordSet([
  "creeping",
  "crept",
  "creeps",
  "creep",
  "creeped",
  "climbing",
  "climbed",
  "climbs",
  "rising",
  "risen",
  "rose",
  "rises",
  "edging",
  "edged",
  "inching",
  "ticking",
  "building",
  "escalating",
]);

/**
 * A rise by steps denied beside a run of weeks or sessions ("been like that three weeks running, it's not
 * creeping up", "each week the same, not climbing"): the pattern over the weeks is steady, which is the
 * pain-monitoring model's "not rising week on week", not a soreness that fails to improve.
 */
const isDeniedRiseOverWeeks = (reading: Reading, cue: CueHit): boolean =>
  CREEPING.at(reading, cue.first) &&
  precededByNegation(reading, cue) &&
  cuesOf(reading, "each-session").length > 0;

/** Verbs of expecting after "than I" ("worse than I thought", "more than I expected"). */
const EXPECTING = new WordSet([
  "thought",
  "expected",
  "hoped",
  "imagined",
  "anticipated",
  "predicted",
  "think",
  "expect",
]);

/** "than I thought", "than I'd expected", "than expected": a comparison with what was expected, from `at`. */
const isThanExpected = (reading: Reading, at: number): boolean => {
  const { tokens } = reading;
  if (tokens[at]?.norm !== "than") return false;
  let i = at + 1;
  if (tokens[i]?.norm === "i" || tokens[i]?.norm === "id") i += 1;
  if (tokens[i]?.norm === "had" || tokens[i]?.norm === "would" || tokens[i]?.norm === "have")
    i += 1;
  return EXPECTING.at(reading, i);
};

const statedTrends = (reading: Reading): Stated[] => {
  const stated: Stated[] = [];
  for (const kind of TREND_KINDS) {
    for (const cue of cuesOf(reading, kind)) {
      let value = TREND_VALUES[kind];
      if (
        isInsideLongerTrend(reading, cue) ||
        isInsideFlare(reading, cue) ||
        isClimbing(reading, cue) ||
        isRatherThan(reading, cue)
      )
        continue;
      if (value === "worse" && isEarlierWorse(reading, cue)) continue;
      // ("still sore, worse than I thought it'd be": set against what was expected, not getting worse)
      if (value === "worse" && isThanExpected(reading, cue.last)) continue;
      // ("My sister had a similar thing and it went away by itself": her episode, not the patient's pain)
      if (value === "better" && isRelativesCourse(reading, cue)) continue;
      // ("but definitely going to my session Friday": the patient going somewhere, not the soreness going)
      // ("going the wrong way round the park": the patient's route)
      if (value !== "same" && isGoingSomewhere(reading, cue)) continue;
      // ("I'm expecting it to be worse tomorrow": what is to come, not how it is going)
      if (isFutureTrend(reading, cue)) continue;
      // ("nothing going down my legs": where pain goes, not pain not going down)
      if (isDownTheLeg(reading, cue)) continue;
      // ("My aunt had the same": her condition, not the pain standing still)
      if (value === "same" && isRelativesSameThing(reading, cue)) continue;
      // ("my legs feel the same as ever": the legs as usual, not the pain standing still)
      if (value === "same" && isLegsUnchanged(reading, cue)) continue;
      // ("slept worse because of the heat": the sleep, from another cause)
      if (value === "worse" && isSleepWorseFromOther(reading, cue)) continue;
      // ("dull, worse when I bend, fine at rest": what makes it worse, not that it is getting worse)
      if (value === "worse" && isWorseOnMoving(reading, cue)) continue;
      // ("sleeping on the sofa bed which probably isn't helping": a guess at what aggravates it, not a standstill)
      if (value === "same" && isGuessedAggravator(reading, cue)) continue;
      // "same old back pain", "same familiar spot", "the same exercises": which pain or where, not a trend.
      if (
        value === "same" &&
        reading.tokens[cue.last - 1]?.norm === "same" &&
        (SAME_WHICH.at(reading, cue.last) ||
          isSameAsEarlierTimes(reading, cue.last) ||
          isSameTimeOfDay(reading, cue.last))
      )
        continue;
      // ("back to my usual 1-2 by morning. Been like that three weeks running, it's not creeping up": a rise across
      // the weeks denied, which tells of no soreness standing still)
      if (value === "worse" && isDeniedRiseOverWeeks(reading, cue)) continue;
      if ((!factApplies(reading, cue) || precededByNegation(reading, cue)) && value !== "same") {
        // "not better" -> same; "no worse" -> same.
        value = "same";
      }
      stated.push({ value, cue });
    }
  }
  // In the order written; at one place the kinds keep the order above (a later one wins).
  return insertionSort(stated, (a, b) => a.cue.first - b.cue.first);
};

/** Words before "isn't helping" that make it a guess at a cause ("which probably isn't helping"). */
const GUESSED_CAUSE = new WordSet([
  "which",
  "probably",
  "prob",
  "probs",
  "certainly",
  "definitely",
  "surely",
  "likely",
  "possibly",
  "maybe",
]);
/** How far before "isn't helping" such a word may stand ("which probably isn't helping"). */
const GUESSED_CAUSE_REACH = 2;

/**
 * "isn't helping" said of a circumstance, with a guess or a "which" before it ("my sister's staying so I'm on the
 * sofa bed, which probably isn't helping"): a cause that may aggravate the back, not a treatment that has not
 * worked ("the exercises aren't helping" stays a standstill).
 */
const isGuessedAggravator = (reading: Reading, cue: CueHit): boolean => {
  const last = reading.tokens[cue.last - 1]?.norm;
  if (last !== "helping") return false;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - GUESSED_CAUSE_REACH); i -= 1)
    if (GUESSED_CAUSE.at(reading, i)) return true;
  return false;
};

/** Words that open what makes the pain worse: "worse when I bend", "worse on sitting", "worse if I twist". */
const AGGRAVATION_LINKS = new WordSet(["when", "whenever", "if", "on", "with", "while"]);
/** Movements and positions that aggravate a back ("when I bend", "with sitting", "on getting up"). */
const MOVEMENTS = new WordSet([
  "bend",
  "bending",
  "bent",
  "twist",
  "twisting",
  "sit",
  "sitting",
  "stand",
  "standing",
  "lift",
  "lifting",
  "reach",
  "reaching",
  "stoop",
  "stooping",
  "lean",
  "leaning",
  "cough",
  "coughing",
  "sneeze",
  "sneezing",
  "turn",
  "turning",
  "getting",
  "get",
  "lie",
  "lying",
  "laying",
  "move",
  "moving",
  "movement",
  "rolling",
  "roll",
]);
/** Words after a movement that turn it back into a comparison in time ("worse when I bend than yesterday"). */
const TIME_COMPARISON = new WordSet(["than", "today", "now", "each", "every", "anymore"]);
/** How far after "worse" the movement and a comparison may be told. */
const MOVEMENT_REACH = 4;
const COMPARISON_REACH = 8;

/**
 * "worse when I bend", "worse with sitting", "gets worse if I twist": what makes the pain worse, told by a
 * movement or a position right after "worse", not a pain getting worse over time (not "worse when I bend than it was
 * yesterday", "worse now when I sit").
 */
const isWorseOnMoving = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const last = tokens[cue.last - 1]?.norm;
  if (last !== "worse" && last !== "sorer") return false;
  // ("getting worse when I sit", "got worse when I bent": a change told with its occasion, not only the occasion)
  if (cue.last - cue.first > 1 && tokens[cue.first]?.norm !== "gets") return false;
  if (!AGGRAVATION_LINKS.at(reading, cue.last)) return false;
  let movement = false;
  for (let i = cue.last + 1; i <= cue.last + MOVEMENT_REACH && i < tokens.length; i += 1)
    if (MOVEMENTS.at(reading, i)) {
      movement = true;
      break;
    }
  if (!movement) return false;
  // ("now worse when I sit": the word of time right before it)
  if (TIME_COMPARISON.at(reading, cue.first - 1)) return false;
  for (let i = cue.last; i < cue.last + COMPARISON_REACH && i < tokens.length; i += 1)
    if (TIME_COMPARISON.at(reading, i)) return false;
  return true;
};

/**
 * The scores `start` to `end` (a run of a diary) in the order of their days, when each is told of a numbered day
 * and two or more days are told ("Day 4: 5. Day 5: 6"); undefined otherwise.
 */
const numberedDays = (
  scores: readonly PainScore[],
  start: number,
  end: number,
): PainScore[] | undefined => {
  if (end - start + 1 < DIARY_PAIR) return undefined;
  const run = scores.slice(start, end + 1);
  for (const score of run) if (score.day === undefined) return undefined;
  return insertionSort(run, (a, b) => (a.day ?? 0) - (b.day ?? 0));
};

/**
 * The trends the scores themselves tell: a score said to stand still is the same; the last pain diary (three or
 * more scores a day, told in turn) ends the same or worse when its last score is no lower than the one two days
 * before ("Sat 5, Sun 5, Mon 5, Tue 6"; "7, 5, 5, 5": stuck at 5), better when lower. Each is told at its (last) score, its cue marked "steady-time" (a
 * diary's easing answers no standstill told in words).
 */
const scoreTrends = (
  reading: Reading,
  values: NumberValues,
  scores: readonly PainScore[],
  stated: Stated[],
): void => {
  const at = (score: PainScore, value: Trend): Stated | undefined => {
    const span = score.tokens;
    const first = span && reading.tokens[span.first];
    const last = span && reading.tokens[span.last - 1];
    if (span === undefined || first === undefined || last === undefined) return undefined;
    return {
      value,
      // (told by a score, not by words: marked with the kind of its words of standing still)
      cue: {
        value: "steady-time",
        first: span.first,
        last: span.last,
        start: first.start,
        end: last.end,
      },
    };
  };
  let added = false;
  for (let index = 0; index < scores.length; index += 1) {
    const score = scores[index];
    if (score === undefined) continue;
    // (a score said to be still there, "day 4 and still a 5", "still stuck on a 4", stands still too, unless a
    // lower one is told after it in its sentence: "still 4 the next day, and by day 3 down to 2")
    const next = scores[index + 1];
    const lowerAfter =
      next !== undefined && next.sentence === score.sentence && next.value < score.value;
    const steady = score.steady || (score.still && !lowerAfter) ? at(score, "same") : undefined;
    if (steady) {
      stated.push(steady);
      added = true;
    }
  }
  // A score dated later than the one told before it in its sentence: lower, easing by then ("thurs a bit worse maybe
  // 4/10, today (fri) its a 2"; "6 on friday, today saturday its a 4"); as high or higher than one told as earlier
  // or dated too, standing still or worse ("sore was 5 on day 3, today its 5").
  for (let index = 1; index < scores.length; index += 1) {
    const value = datedCourse(scores, index);
    const score = scores[index];
    const told = value && score && at(score, value);
    if (told) {
      // (an easing told as a level, not a standstill: it answers a worse told before it, "thurs a bit worse maybe
      // 4/10, today (fri) its a 2", as words of easing would)
      if (value === "better") told.cue = { ...told.cue, value: "trend-better" };
      stated.push(told);
      added = true;
    }
  }
  // A level now with the earlier one told right after it ("4/10. was 6 yesterday", "a 2 now, from a 6 on day 2"):
  // the course to now, told at the level now, so that it answers for the sentence that gives it.
  for (let index = 1; index < scores.length; index += 1) {
    const value = earlierCourse(scores, index);
    const now = scores[index - 1];
    const told = value && now && at(now, value);
    if (told) {
      if (value === "better") told.cue = { ...told.cue, value: "trend-better" };
      stated.push(told);
      added = true;
    }
  }
  // Each run of diary scores (a message can tell two diaries).
  let start = 0;
  for (let end = 0; end < scores.length; end += 1) {
    if (!scores[end]?.diary) {
      start = end + 1;
      continue;
    }
    if (scores[end + 1]?.diary && !scores[end + 1]?.diaryStart) continue;
    // Its last three scores: how it has gone lately ("7, 5, 5, 5, 5": stuck at 5). A diary of numbered days goes
    // by its days, in any order written, and two days make it ("Day 4: 5. Day 5: 6"; "4 on day 4, 4 on day 3").
    const days = numberedDays(scores, start, end);
    const first = days
      ? days[Math.max(0, days.length - DIARY_LENGTH)]
      : scores[Math.max(start, end - DIARY_LENGTH + 1)];
    const last = days ? days[days.length - 1] : scores[end];
    // (two named weekdays make one too: "Tuesday it was 6, by Saturday 3")
    if (
      (days || end - start + 1 >= DIARY_LENGTH || isWeekdayPair(reading, scores, start, end)) &&
      first &&
      last
    ) {
      const value =
        last.value > first.value ? "worse" : last.value === first.value ? "same" : "better";
      const told = at(last, value);
      if (told && days) spanDiarySentences(reading, values, days, told);
      if (told) {
        stated.push(told);
        added = true;
      }
    }
    start = end + 1;
  }
  // A run of scores listed in turn with no days named ("the ache was 5, 5, 4, 3, 2"), read as a diary is.
  const series = lastListedSeries(reading, scores);
  if (series) {
    const { first, last } = series;
    const value =
      last.value > first.value ? "worse" : last.value === first.value ? "same" : "better";
    const told = at(last, value);
    if (told) {
      stated.push(told);
      added = true;
    }
  }
  if (added) stated.sort((a, b) => a.cue.first - b.cue.first);
};

/**
 * How the score at `index`, dated later ("today it's a 2") or told as now ("already at 4 now"), stands against the
 * score told just before it in its sentence, neither of them a usual level, outside a diary (whose own course is read
 * as a whole): lower is better; as high or higher is the same or worse when the one before is told as earlier, dated
 * or as now too ("was 5 on day 3, today its 5"). Undefined when it tells nothing.
 */
const datedCourse = (scores: readonly PainScore[], index: number): Trend | undefined => {
  const score = scores[index];
  const before = scores[index - 1];
  if (
    score === undefined ||
    before === undefined ||
    // (dated, or told as now: "already at 4 now")
    (score.dated !== true && score.ongoing !== true) ||
    score.earlier === true ||
    score.usual === true ||
    score.diary === true ||
    before.usual === true ||
    before.diary === true ||
    // (a score said to stand still tells its own course: "a solid 3 every single day for a week now")
    before.steady === true ||
    score.sentence === undefined ||
    score.sentence !== before.sentence
  )
    return undefined;
  if (score.value < before.value) return "better";
  if (before.earlier !== true && before.dated !== true && before.ongoing !== true) return undefined;
  return score.value === before.value ? "same" : "worse";
};

/**
 * Marks on `told` the sentences a diary of numbered days is told in: from the first of its scores and day tags to
 * the last ("Day 3: 4." to "... 5."; "6/10 on day 5 and it was 5/10 on day 4").
 */
const spanDiarySentences = (
  reading: Reading,
  values: NumberValues,
  days: readonly PainScore[],
  told: Stated,
): void => {
  const { sentenceOf } = reading.segments;
  let from = Number.MAX_SAFE_INTEGER;
  let to = -1;
  for (const score of days) {
    const first = score.tokens?.first;
    if (first === undefined) continue;
    const dayAt = numberedDayAt(reading.tokens, values, first);
    for (const i of [first, dayAt]) {
      const sentence = i < 0 ? undefined : sentenceOf[i];
      if (sentence === undefined) continue;
      if (sentence < from) from = sentence;
      if (sentence > to) to = sentence;
    }
  }
  if (to >= 0) {
    told.from = from;
    told.to = to;
  }
};

/** Whether the scores `start` to `end` are two, each told of a weekday named before it ("Tue 6, Sat 3"). */
const isWeekdayPair = (
  reading: Reading,
  scores: readonly PainScore[],
  start: number,
  end: number,
): boolean => {
  if (end - start + 1 !== DIARY_PAIR) return false;
  for (let k = start; k <= end; k += 1) {
    const at = scores[k]?.tokens?.first ?? -1;
    if (!(WEEKDAYS.has(reading.tokens[at - 1]?.norm ?? "") || isWeekdayLedAt(reading.tokens, at)))
      return false;
  }
  return true;
};

/** Whether a stated trend is in sentence `sentence` (any sentence when none is given). */
const isInSentence = (reading: Reading, stated: Stated, sentence?: number): boolean =>
  sentence === undefined ||
  reading.segments.sentenceOf[stated.cue.first] === sentence ||
  (stated.from !== undefined &&
    stated.to !== undefined &&
    sentence >= stated.from &&
    sentence <= stated.to);

/** The last trend stated, in sentence `sentence` only when one is given. */
const findTrend = (
  reading: Reading,
  stated: readonly Stated[],
  sentence?: number,
): TextFacts["trend"] => {
  for (let i = stated.length - 1; i >= 0; i -= 1) {
    const last = stated[i];
    if (last !== undefined && isInSentence(reading, last, sentence))
      return { value: last.value, evidence: cueEvidence(reading, last.cue) };
  }
  return undefined;
};

/** Words after which "I" goes on the same sentence ("still sore but I think it's easing"). */
const LEADS_INTO_I = new WordSet([
  "and",
  "but",
  "so",
  "though",
  "although",
  "because",
  "as",
  "cos",
  "then",
  "now",
  "if",
  "when",
  "which",
  "that",
  "think",
  "guess",
  // ("still tender, more than I expected, but it's less than yesterday": a comparison, not a new sentence)
  "than",
  ",",
  "-",
]);

/** An "I" that starts a new sentence without a full stop ("...is no better I had sciatica years ago"). */
const isRunOnBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if ((norm === "i" || norm === "im" || norm === "ive") && !LEADS_INTO_I.at(reading, i - 1))
      return true;
  }
  return false;
};

/** Words that describe the soreness itself ("still there, tender and achy"), not something else. */
const DESCRIBING = new Set<string>(["mild-soreness", "doms", "stiffness"]);

/** Symptom words that are not soreness. */
const SYMPTOM_WORDS = ["sym-numb", "sym-tingle", "sym-weak", "sym-pain"] as const;

/**
 * Whether a lexicon finding other than a word for the soreness itself, or a symptom word ("it hurt"), starts
 * between two token positions.
 */
const hasFindingBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const hit of reading.hits) {
    if (hit.first >= from && hit.first < to && !DESCRIBING.has(hit.concept)) return true;
  }
  for (const kind of SYMPTOM_WORDS) {
    for (const cue of cuesOf(reading, kind)) if (cue.first >= from && cue.first < to) return true;
  }
  return false;
};

/** How near (in tokens) an easing must follow a standstill to answer it ("still sore but getting better"). */
const ANSWER_REACH = 8;

/**
 * How near an easing dated now may follow a standstill dated before it to answer it ("Thursday it was a bit worse
 * if anything, and today (Friday) it's noticeably easing").
 */
const LATER_ANSWER_REACH = 14;

/** Words that set an easing against what was told before it ("... but less each time"). */
const CONTRASTS = new WordSet(["but", "though", "although", "tho"]);

/** Past-tense links before a trend that tell it of a time gone by ("Thursday it was a bit worse"). */
const THEN_LINKS = new WordSet(["was", "were", "felt", "got", "seemed"]);
/** How far before the trend its past-tense link may stand ("it was a bit worse"). */
const THEN_REACH = 4;

/** A trend told in the past tense, in its clause ("it was a bit worse if anything"), not "still as bad today". */
const isToldAsThen = (reading: Reading, cue: CueHit): boolean => {
  const { clauseOf } = reading.segments;
  if (reading.tokens[cue.first]?.norm === "still") return false;
  if (isDatedAfter(reading, cue)) return true;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - THEN_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[cue.first]) return false;
    if (THEN_LINKS.at(reading, i)) return true;
  }
  return false;
};

/**
 * A trend dated by a day told right after it ("worse day 2", "worse on day 2", "worse yesterday", "sorer on
 * Tuesday"): told of that day (a later easing dated now answers it, see `findStandstill`).
 */
const isDatedAfter = (reading: Reading, cue: CueHit): boolean => {
  // (a word of worse only: "hasn't made it any better Monday 6, Tuesday 5" opens a diary, it dates nothing)
  if (cue.value !== "trend-worse" || precededByNegation(reading, cue)) return false;
  const { tokens } = reading;
  let at = cue.last;
  if (tokens[at]?.norm === "on" || tokens[at]?.norm === "by") at += 1;
  const norm = tokens[at]?.norm ?? "";
  if (norm === "yesterday") return true;
  if (norm === "day") return tokens[at + 1]?.kind === "number";
  return WEEKDAYS.has(norm);
};

/** Whether a word dating what follows to now (`NOW_WORDS`) lies between two tokens. */
const isLaterNowBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) if (NOW_WORDS.at(reading, i)) return true;
  return false;
};

/**
 * A "same" or "worse" in sentence `sentence` that no easing answers soon after: "4 days and the soreness is same
 * as the first day" stays a standstill even when a run-on sentence ends on something else easing, while "day 4,
 * still sore but getting better" is answered.
 */
const findStandstill = (
  reading: Reading,
  stated: readonly Stated[],
  sentence: number,
): TextFacts["trend"] => {
  for (let i = 0; i < stated.length; i += 1) {
    const trend = stated[i];
    if (trend === undefined || trend.value === "better" || !isInSentence(reading, trend, sentence))
      continue;
    // ("Sorer than I've ever been after physio yesterday, but today it's already easing": how big, not standing
    // still; a later "no better" told in the sentence is still one.)
    if (isMostEverSoreness(reading, trend.cue)) continue;
    // Only the next trend told can answer it, and only about the same thing: no other finding or new sentence
    // between ("no better ... worse flare than normal, easing off" is not answered).
    const after = stated[i + 1];
    const next = after && isInSentence(reading, after, sentence) ? after : undefined;
    // A diary's last score lower than its first answers nothing ("it's no better Monday 6, Tuesday 5").
    // (or an easing set against it with "but": "still tender friday night and a little bit sat morning but less
    // each time I check")
    const reach =
      next &&
      ((isToldAsThen(reading, trend.cue) &&
        isLaterNowBetween(reading, trend.cue.last, next.cue.first)) ||
        // (a lower score dated now: "thurs a bit worse maybe 4/10, today (fri) its a 2")
        (reading.tokens[next.cue.first]?.kind === "number" &&
          isLaterNowBetween(reading, trend.cue.last, next.cue.first)) ||
        CONTRASTS.at(reading, next.cue.first - 1))
        ? LATER_ANSWER_REACH
        : ANSWER_REACH;
    const answered =
      next?.value === "better" &&
      next.cue.value !== "steady-time" &&
      next.cue.first - trend.cue.last <= reach &&
      !isRunOnBetween(reading, trend.cue.last, next.cue.first) &&
      !hasFindingBetween(reading, trend.cue.last, next.cue.first);
    if (!answered && !isBackToNormalAfter(reading, trend.cue, sentence))
      return { value: trend.value, evidence: cueEvidence(reading, trend.cue) };
  }
  return undefined;
};

/** Soreness comparatives that can tell a flare's size ("sorer than ever"). */
const SORENESS_COMPARATIVES = new WordSet(["sorer", "stiffer", "achier"]);
/** Words between "than" and "ever" or "any" ("than I've ever been", "than any so far"). */
const EVER_FILLERS = new WordSet(["i", "ive", "my", "the"]);

/** "sorer than I've ever been", "stiffer than any so far": a soreness comparative told as the most ever. */
const isMostEverSoreness = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  if (cue.last - cue.first !== 1 || !SORENESS_COMPARATIVES.at(reading, cue.first)) return false;
  if (tokens[cue.last]?.norm !== "than") return false;
  const at = EVER_FILLERS.at(reading, cue.last + 1) ? cue.last + 2 : cue.last + 1;
  const ever = tokens[at]?.norm;
  return ever === "ever" || ever === "any";
};

/**
 * A return to normal told later in the sentence of a worse spell told as past, nothing else told between ("I was a
 * bit more sore that night - my usual spot - but I woke up Saturday feeling completely fine"): the spell is over.
 */
const isBackToNormalAfter = (reading: Reading, trend: CueHit, sentence: number): boolean => {
  // (only a spell told as past, "I was a bit more sore that night": "it's still as bad today" is now)
  if (!isToldAsThen(reading, trend)) return false;
  for (const cue of cuesOf(reading, "baseline")) {
    if (cue.first < trend.last || reading.segments.sentenceOf[cue.first] !== sentence) continue;
    if (precededByNegation(reading, cue, 3)) continue;
    return (
      !isRunOnBetween(reading, trend.last, cue.first) &&
      !hasFindingBetween(reading, trend.last, cue.first)
    );
  }
  return false;
};

const firstApplying = (reading: Reading, cues: readonly CueHit[]): Evidence | undefined => {
  const cue = cues.find((candidate) => factApplies(reading, candidate));
  return cue && cueEvidence(reading, cue);
};

/** Words of the back a strain is told of ("tweaked my back", "my back went", "pulled something in my back"). */
const BACK_WORDS = new WordSet(["back", "spine", "lumbar", "tailbone", "coccyx"]);
/** How far after a strain word its place may be told ("pulled something in my lower back"). */
const STRAIN_PLACE_REACH = 5;

/** The first strain of the patient's own, now, told of the back: not "twisted my ankle". */
const findBackStrain = (reading: Reading): Evidence | undefined => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  for (const kind of ["strain", "sudden"] as const) {
    for (const cue of cuesOf(reading, kind)) {
      if (statusOf(reading, cue, "trauma") !== "present" || precededByNegation(reading, cue))
        continue;
      const end = Math.min(tokens.length, cue.last + STRAIN_PLACE_REACH);
      for (let i = cue.first; i < end && sentenceOf[i] === sentenceOf[cue.first]; i += 1) {
        if (BACK_WORDS.at(reading, i)) return cueEvidence(reading, cue);
      }
    }
  }
  return undefined;
};

/**
 * What is lifted or carried that is no strain: the weights of an exercise, the patient's own limbs in one, an
 * illness "picked up", or something collected ("picked up the kids from school").
 */
const NOT_STRAIN_LIFTS = new WordSet([
  "weight",
  "weights",
  "kettlebell",
  "kettlebells",
  "dumbbell",
  "dumbbells",
  "bell",
  "bar",
  "barbell",
  "plate",
  "plates",
  "band",
  "ball",
  "sandbag",
  "leg",
  "legs",
  "knee",
  "knees",
  "arm",
  "arms",
  "foot",
  "feet",
  "head",
  "hip",
  "hips",
  "bum",
  "bottom",
  "pelvis",
  "toes",
  "heel",
  "heels",
  "chest",
  "shoulders",
  "hands",
  "body",
  "cold",
  "bug",
  "virus",
  "infection",
  "cough",
  "flu",
  "covid",
  "phone",
  "pace",
  "habit",
  "prescription",
  "from",
  "at",
]);
/** Verbs of a lift that can be a collecting ("picked up the kids from school"). */
const COLLECTING = new WordSet(["picked", "picking"]);
/** Words of `NOT_STRAIN_LIFTS` that tell where someone is collected from, not what is lifted. */
const PLACE_OF_COLLECTING = new WordSet(["from", "at"]);
/** The patient starting a statement of their own ("I'm 70 and carried ..."). */
const OWN_RESTART = new WordSet(["i", "im", "ive", "id"]);

/**
 * Whether the lift at `first` is told in a sentence about an exercise (weights lifted in a class are no strain),
 * unless the patient starts another statement between the exercise and the lift, as a run-on message does ("back
 * stiff after the bridges I'm 70 and carried a box of books from the car").
 */
const isExerciseBeforeLift = (reading: Reading, first: number): boolean => {
  if (!isExerciseSentence(reading, first)) return false;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[first] ?? 0;
  const end = sentenceStarts[sentence + 1] ?? reading.tokens.length;
  const start = sentenceStarts[sentence] ?? 0;
  // (an exercise told after the lift, the patient not starting anew between, keeps it the exercise's: "lifting the
  // box in the circuit"; so does one before it: "did the deadlifts and lifted a box of 10kg")
  let restarted = false;
  for (let i = first + 1; i < end && !restarted; i += 1) {
    if (OWN_RESTART.at(reading, i)) restarted = true;
    else if (EXERCISE_WORDS.at(reading, i) || isExerciseCueAt(reading, i)) return true;
  }
  restarted = false;
  for (let i = first - 1; i >= start && !restarted; i -= 1) {
    if (EXERCISE_WORDS.at(reading, i) || isExerciseCueAt(reading, i)) return true;
    if (OWN_RESTART.at(reading, i)) restarted = true;
  }
  return false;
};

/** Whether an exercise cue ("during the exercises", "doing the bridges") starts at token `i`. */
const isExerciseCueAt = (reading: Reading, i: number): boolean => {
  for (const cue of cuesOf(reading, "exercise")) if (cue.first === i) return true;
  return false;
};

/** How many tokens after the lift the thing lifted is looked for ("lifted a full watering can"). */
const LIFTED_REACH = 4;
/** Words before a lift that make it a habit or a condition, not an event ("it hurts when lifting the kettle"). */
const LIFT_HABIT = new WordSet(["when", "whenever", "if", "avoid", "avoiding", "stop", "no"]);
/** The patient between such a word and the lift ("it hurts when I'm bending down to put my socks on"). */
const LIFT_HABIT_SUBJECT = new WordSet(["i", "im", "am", "ive", "been"]);

/** Whether a habit word stands before the lift at `first`, the patient alone between ("when I'm bending"). */
const isLiftHabit = (reading: Reading, first: number): boolean => {
  let i = first - 1;
  while (i > first - 3 && LIFT_HABIT_SUBJECT.at(reading, i)) i -= 1;
  return LIFT_HABIT.at(reading, i);
};
/** Words after a lift that tell of the back hurting since ("... and since then a new pain", "and my back went"). */
const STRAIN_AFTERMATH = new WordSet([
  "back",
  "spine",
  "pain",
  "hurt",
  "hurts",
  "hurting",
  "sore",
  "ache",
  "aching",
  "twinge",
  "twinged",
  "felt",
  "since",
]);

/** Whether the back is said to hurt after token `from`, in its sentence or the next ("... Back's been sore since."). */
const hurtsAfter = (reading: Reading, from: number): boolean => {
  const { sentenceOf } = reading.segments;
  const { tokens } = reading;
  const sentence = sentenceOf[from] ?? 0;
  for (let i = from; i < tokens.length && (sentenceOf[i] ?? 0) <= sentence + 1; i += 1) {
    // ("lifting my granddaughter is fine, no pain": a hurt denied is none)
    if (STRAIN_AFTERMATH.at(reading, i) && !precededByNegation(reading, { first: i, last: i + 1 }))
      return true;
  }
  return false;
};

/**
 * A trivial strain the patient tells of: lifting, carrying, bending or reaching to get something, with the back
 * hurting after it ("lifted a full watering can ... and since then there's been a new pain", "bent down to pick up
 * the cat and my back twinged"). Not weights or limbs in an exercise, not a habit ("hurts when lifting the kettle").
 */
const findLiftStrain = (reading: Reading): Evidence | undefined => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  for (const cue of cuesOf(reading, "lift-object")) {
    if (isLiftHabit(reading, cue.first)) continue;
    if (!isOwnStrain(reading, cue)) continue;
    if (isExerciseBeforeLift(reading, cue.first) || !hurtsAfter(reading, cue.last)) continue;
    let lifted = true;
    const end = Math.min(tokens.length, cue.last + LIFTED_REACH);
    // ("picked up the kids from school", "picking my mum up at the station": someone collected. Only a pick-up
    // collects: "lifted a bag of compost at the weekend", "carried a box from the car" are lifts.)
    const collects = COLLECTING.at(reading, cue.first);
    for (let i = cue.last; i < end && sentenceOf[i] === sentenceOf[cue.first]; i += 1) {
      if (NOT_STRAIN_LIFTS.at(reading, i) && (collects || !PLACE_OF_COLLECTING.at(reading, i)))
        lifted = false;
    }
    if (lifted) return cueEvidence(reading, cue);
  }
  return undefined;
};

/** How far before "is new" the pain it is said of may be named ("the back pain that started last month is new"). */
const CALLED_NEW_REACH = 10;

/**
 * Pain the patient calls new or different ("a new pain", "not like my usual") or new after its subject ("the back
 * pain I've got now is new"), or says is somewhere else or steadily worse ("higher up than my usual spot", "it's
 * creeping up"): with a past cancer, new or progressive spinal pain.
 */
const findNewPain = (reading: Reading): Evidence | undefined => {
  const listed = firstApplying(reading, cuesOf(reading, "new-pain"));
  if (listed) return listed;
  const { sentenceOf } = reading.segments;
  for (const cue of cuesOf(reading, "called-new")) {
    if (!factApplies(reading, cue)) continue;
    for (let i = cue.first - 1; i >= Math.max(0, cue.first - CALLED_NEW_REACH); i -= 1) {
      if (sentenceOf[i] !== sentenceOf[cue.first]) break;
      if (PAIN_SUBJECTS.at(reading, i)) return spanEvidence(reading, i, cue.last);
    }
  }
  return undefined;
};

/** Words of pain that "is new" can be said of (not soreness or stiffness, which a new exercise brings). */
const PAIN_SUBJECTS = new WordSet([
  "pain",
  "pains",
  "ache",
  "aches",
  "aching",
  "backache",
  "hurt",
  "hurting",
  "twinge",
  "twinges",
]);

/**
 * Whether a strain told at `cue` is the patient's own and not over: not denied, imagined or past ("twisted my
 * ankle years ago"). A strain is an event, so a "for years" before it is of something else ("on steroids for
 * years, lifted a box yesterday").
 */
const isOwnStrain = (reading: Reading, cue: CueHit): boolean => {
  const status = statusOf(reading, cue, "trauma");
  return (status === "present" || status === "long-standing") && !precededByNegation(reading, cue);
};

/** The first cue that is the patient's own, now: not denied, imagined or past ("twisted my ankle years ago"). */
const firstPresent = (reading: Reading, cues: readonly CueHit[]): Evidence | undefined => {
  const cue = cues.find((candidate) => isOwnStrain(reading, candidate));
  return cue && cueEvidence(reading, cue);
};

/**
 * A spinal operation or procedure of the patient's that is not told as past ("my back op years ago"; a past word
 * about something else does not count: "a microdiscectomy last week and my calf is sore today I had sciatica
 * years ago").
 */
export const findRecentSurgery = (reading: Reading): CueHit | undefined =>
  cuesOf(reading, "surgery").find(
    (cue) =>
      factApplies(reading, cue) &&
      whenOf(reading, cue) !== "past" &&
      // ("since my disc op 2 years ago": long gone, however it is told)
      !isYearsAgoAfter(reading, cue),
  );

/** A sex written after an opening age ("72 m", "67 female"). */
/** Marks before a sentence's first word. */
const SENTENCE_START = new Set([".", "!", "?"]);

const AGE_SEX_WORDS = new Set(["m", "f", "male", "female", "yo", "yrs", "year", "years"]);
const YEAR_WORDS = new WordSet(["year", "years", "yr", "yrs", "y"]);
/** Marks that may end an age told bare ("I'm 67 years,", "back pain at 68."): not "%", ":" or "/". */
const AGE_END_MARKS = new Set([".", ",", "!", "?", ";", ")", "("]);
/** Words that may follow an age told bare ("at 72 I don't bounce", "I have 70 years and ..."). */
const AGE_NEXT_WORDS = new Set([
  "and",
  "but",
  "so",
  "i",
  "im",
  "ive",
  "now",
  "myself",
  "old",
  "this",
  "it",
  "its",
  "my",
]);
/** People whose age "is" may tell ("my father is 70", "the patient is 81"): someone else's unless typed for them. */
const AGED_PEOPLE = new WordSet([
  "he",
  "she",
  "hes",
  "shes",
  "patient",
  "mum",
  "mom",
  "mother",
  "dad",
  "father",
  "husband",
  "wife",
  "partner",
  "gran",
  "grandma",
  "grandad",
  "grandpa",
  "nan",
]);
/** The youngest age "at" may tell bare ("first back pain at 68"): below it, "at 20 reps" or a time. */
const AT_AGE_FROM = 40;

/** Whether the token at `i` ends an age told bare: a mark (not a decimal point) or a word that goes on with it. */
const endsBareAge = (reading: Reading, i: number): boolean => {
  const token = reading.tokens[i];
  if (token === undefined) return true;
  if (token.kind === "punct")
    return AGE_END_MARKS.has(token.norm) && reading.tokens[i + 1]?.kind !== "number";
  return AGE_NEXT_WORDS.has(token.norm);
};

/**
 * An age told in other ways than "aged 67" or "67 years old": "I am 67 years,", "I have 70 years" (other
 * languages' way), "Gran (84)", "first ever back pain at 68.", "my dad is 70", "I'm in my 70s".
 */
const isToldAge = (reading: Reading, i: number, value: number): boolean => {
  const { tokens } = reading;
  const prev = tokens[i - 1]?.norm ?? "";
  const next = tokens[i + 1]?.norm ?? "";
  // "I am 67 years, ...", "I have 70 years.", "he is 80 yrs and ..." (not "I'm 3 years post-op": under 16).
  if (
    YEAR_WORDS.has(next) &&
    (prev === "im" || prev === "am" || prev === "have" || prev === "is") &&
    endsBareAge(reading, i + 2)
  )
    return true;
  // "a 70-year-old", "70-yr-old".
  if (next === "-" && YEAR_WORDS.at(reading, i + 2)) return true;
  // "Gran (84) slid off the bed", "me (70)": a number alone in brackets after a word.
  if (prev === "(" && next === ")" && tokens[i - 2]?.kind === "word") return true;
  // "back pain at 68.", "at 72 I don't bounce" (not "at 50 reps", "at 18:30").
  if (prev === "at" && value >= AT_AGE_FROM && endsBareAge(reading, i + 1)) return true;
  // "my father is 70, ...", "she's 75 and ...".
  if ((prev === "is" && AGED_PEOPLE.at(reading, i - 2)) || prev === "hes" || prev === "shes")
    return endsBareAge(reading, i + 1);
  return false;
};

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
    const prev2 = tokens[i - 2]?.norm ?? "";
    const isAge =
      ((next === "year" || next === "years" || next === "yr" || next === "yrs") &&
        (next2 === "old" || next2 === "-")) ||
      next === "yo" ||
      prev === "aged" ||
      prev === "age" ||
      ((prev === "im" || prev === "am") && !UNIT_HOURS.has(next)) ||
      prev === "turned" ||
      // Someone's age, the patient's where a relative is the patient (`proxy-frame.ts`; else `factApplies` drops
      // it): "Gran (84)", "my mum is 59", "he's 70", "my son (he's 17)".
      ((((prev === "(" || prev === ",") && relativeIdOf(prev2) > 0) ||
        prev === "hes" ||
        prev === "shes" ||
        (prev === "is" && (prev2 === "he" || prev2 === "she" || relativeIdOf(prev2) > 0))) &&
        isAgeNumberAt(reading, i)) ||
      // An age opening the message: "67, lifted a heavy bag", "81 and fell out of bed", "72 m here".
      (SENTENCE_START.has(i === 0 ? "." : (tokens[i - 1]?.norm ?? "")) &&
        (next === "," || next === "and" || AGE_SEX_WORDS.has(next))) ||
      isToldAge(reading, i, value);
    // "I'm in my 70s": somewhere in the decade, so just over its start.
    const decade =
      next === "s" && prev === "my" && tokens[i - 2]?.norm === "in" && value % 10 === 0;
    const age = decade ? value + 1 : value;
    if (
      (isAge || decade) &&
      factApplies(reading, { first: i, last: i + 1 }) &&
      age > (oldest?.value ?? 0)
    ) {
      oldest = { value: age, evidence: spanEvidence(reading, i, decade ? i + 2 : i + 1) };
    }
  }
  return oldest;
};

/**
 * Words after "never had back pain" that make it a comparison, not a first bout ("... like this", "... this bad"),
 * or a first in a while ("... since my twenties").
 */
const COMPARED_AFTER = new Set([
  "like",
  "this",
  "that",
  "as",
  "so",
  "quite",
  "such",
  "anything",
  "any",
  "since",
]);
/** After "in" or "for", a stretch of time: a first in a while ("... back pain in years", "... for a long time"). */
const WHILE_WORDS = new WordSet([
  "years",
  "ages",
  "decades",
  "months",
  "a",
  "over",
  "many",
  "several",
]);

/** Whether the words at token `i` make a first bout a comparison or a first in a while. */
const isComparedAt = (reading: Reading, i: number): boolean => {
  const norm = reading.tokens[i]?.norm ?? "";
  if (COMPARED_AFTER.has(norm)) return true;
  return (norm === "in" || norm === "for") && WHILE_WORDS.at(reading, i + 1);
};

/**
 * A first ever bout of back pain, the patient's own ("First ever back pain at 68", "I'd never had back trouble
 * before"), not one compared with before ("never had back pain like this": there was some before).
 */
const findFirstEpisode = (reading: Reading): Evidence | undefined => {
  for (const cue of cuesOf(reading, "first-episode")) {
    if (isComparedAt(reading, cue.last)) continue;
    if (factApplies(reading, cue)) return cueEvidence(reading, cue);
  }
  return undefined;
};

/** Words after "adjustment" that make it a change to something else ("an adjustment to my exercises"). */
const NOT_TREATMENT_AFTER = new Set(["to", "of", "in", "on"]);

/**
 * "the adjustment on Monday", "adjusted on Tuesday's visit", "the adjustment in yesterday's session": a day told after
 * it, so the adjustment is the treatment given then, not a change "to" or "in" something else.
 */
const isTimedTreatment = (tokens: Reading["tokens"], next: number): boolean => {
  const norm = tokens[next]?.norm ?? "";
  const after = tokens[next + 1]?.norm ?? "";
  if (norm !== "on" && norm !== "in") return false;
  const day = after === "the" || after === "my" ? (tokens[next + 2]?.norm ?? "") : after;
  return WEEKDAYS.has(day) || WEEKDAYS.has(day.replace(/s$/, "")) || TREATMENT_TIMES.has(day);
};
/** Times a treatment is told at ("in yesterday's session", "on the last visit"). */
const TREATMENT_TIMES = new Set([
  "yesterdays",
  "todays",
  "session",
  "last",
  "clinic",
  "appointment",
  "visit",
]);

/** A treatment cue that is the tingle of "pins and needles in my back", no treatment. */
export const isPinsAndNeedles = (reading: Reading, cue: CueHit): boolean =>
  reading.tokens[cue.first]?.norm === "needles" && reading.tokens[cue.first - 1]?.norm === "and";

/**
 * Manipulation, mobilisation or needling that applies to the patient and is no past episode ("I had
 * manipulation years ago"): the first one told.
 */
const findManualTherapy = (reading: Reading): Evidence | undefined => {
  for (const cue of cuesOf(reading, "manual-therapy")) {
    const word = reading.tokens[cue.first]?.norm;
    const next = reading.tokens[cue.last]?.norm ?? "";
    if (
      (word === "adjustment" || word === "adjusted") &&
      NOT_TREATMENT_AFTER.has(next) &&
      !isTimedTreatment(reading.tokens, cue.last)
    )
      continue;
    if (isPinsAndNeedles(reading, cue)) continue;
    // Not someone else's, denied, imagined, past or long-standing (the scopes of a finding).
    if (statusOf(reading, cue, "flare-after-new-exercise") === "present")
      return cueEvidence(reading, cue);
  }
  return undefined;
};

/** Words of going without the exercises or treatment: "forgot to do them", "skipped", "was away", "had a break". */
const LAPSE_WORDS = new WordSet([
  "forgot",
  "forget",
  "forgotten",
  "skipped",
  "skip",
  "missed",
  "miss",
  "paused",
  "away",
  "holiday",
  "break",
  "neglected",
  "didnt",
  "hadnt",
  "havent",
  "couldnt",
]);
/** How far before "for a week" the word of going without may stand ("forgot to do my home exercises for a week"). */
const LAPSE_REACH = 8;

/**
 * "for a week" told of going without the exercises, in a sentence that tells of no symptom ("I forgot to do my
 * home exercises for a week and then did them all in one go"): how long the lapse lasted, not how long since the
 * session. (With a symptom in the sentence, "I couldn't do them for a week because of the pain", the time stays.)
 */
const isLapseLength = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { clauseOf, sentenceOf, sentenceStarts } = reading.segments;
  const forAt =
    tokens[span.first - 1]?.norm === "for"
      ? span.first - 1
      : tokens[span.first - 2]?.norm === "for"
        ? span.first - 2
        : -1;
  if (forAt < 0) return false;
  let lapse = false;
  for (let i = forAt - 1; i >= Math.max(0, forAt - LAPSE_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[span.first]) break;
    if (LAPSE_WORDS.at(reading, i)) lapse = true;
  }
  if (!lapse) return false;
  const sentence = sentenceOf[span.first] ?? 0;
  const from = sentenceStarts[sentence] ?? 0;
  const to = sentenceStarts[sentence + 1] ?? tokens.length;
  for (const hit of reading.hits) if (hit.first >= from && hit.first < to) return false;
  return !hasFindingBetween(reading, from, to);
};

const EVERY = new Set(["every", "each"]);
/** Words naming a pattern that repeats ("that's been the pattern", "the same routine"). */
const PATTERN_WORDS = new WordSet(["pattern", "routine", "rhythm", "cycle"]);

/**
 * "Next morning I'm back at my normal 2, and that's been the pattern for the last three weeks": a time told as how
 * long a pattern has held, in a sentence that tells of pain going back to baseline, is no time since a session or a
 * soreness that has lasted.
 */
const isPatternLength = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { clauseOf, sentenceOf } = reading.segments;
  let i = span.first - 1;
  while (
    i >= 0 &&
    (tokens[i]?.norm === "last" || tokens[i]?.norm === "past" || tokens[i]?.norm === "the")
  )
    i -= 1;
  if (tokens[i]?.norm !== "for") return false;
  let pattern = false;
  for (let j = i - 1; j >= Math.max(0, i - LAPSE_REACH); j -= 1) {
    if (clauseOf[j] !== clauseOf[span.first]) break;
    const norm = tokens[j]?.norm;
    // ("that's been the pattern for", "it's done that every week for a month")
    if (PATTERN_WORDS.at(reading, j)) pattern = true;
    if (
      (norm === "week" || norm === "session" || norm === "time") &&
      EVERY.has(tokens[j - 1]?.norm ?? "")
    )
      pattern = true;
  }
  if (!pattern) return false;
  // (the going back to baseline told in its sentence or the one before)
  const sentence = sentenceOf[span.first] ?? 0;
  for (const cue of cuesOf(reading, "baseline")) {
    const at = sentenceOf[cue.first] ?? 0;
    if ((at === sentence || at === sentence - 1) && !precededByNegation(reading, cue)) return true;
  }
  return false;
};

/** How near before a time a word of an episode clearing, or "took", may stand ("cleared up completely after ..."). */
const CLEARING_LENGTH_REACH = 5;
/** Verbs after "took ... to" that say what took so long was the clearing ("took four months to go"). */
const TOOK_TO_CLEAR = new WordSet([
  "go",
  "clear",
  "settle",
  "ease",
  "heal",
  "resolve",
  "disappear",
  "pass",
  "fade",
  "recover",
  "get",
]);

/** How far after a length of weeks the word of the episode clearing may come ("... for two weeks but it went away"). */
const CLEARING_AFTER_REACH = 5;
/** Words that tell a clearing as complete ("went away completely", "fully cleared"). */
const COMPLETELY = new WordSet([
  "completely",
  "completly",
  "fully",
  "totally",
  "entirely",
  "altogether",
  "100",
]);

/**
 * A time told as how long an episode took to clear: a word of it clearing shortly before it in its clause, not
 * denied ("it cleared up completely after a few months"), or "took ... to go" around it ("that took about four
 * months to go"). Only read for times of weeks or more: how long something that is over lasted.
 */
const isClearingLength = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  for (const kind of ["resolved", "resolved-long-ago"] as const) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.last > span.first || span.first - cue.last > CLEARING_LENGTH_REACH) continue;
      if (clauseOf[cue.first] === clauseOf[span.first] && !precededByNegation(reading, cue))
        return true;
    }
  }
  // The clearing told after it, across a "but" in its sentence, and told as complete: "I had pins and needles in my
  // calf for a couple of weeks but it went away completely" (how long the episode lasted, then its end; "sore for 2
  // weeks now but it went away mostly today" is the soreness easing, not over).
  const { sentenceOf } = reading.segments;
  for (const cue of cuesOf(reading, "resolved")) {
    if (cue.first < span.last || cue.first - span.last > CLEARING_AFTER_REACH) continue;
    if (
      sentenceOf[cue.first] === sentenceOf[span.first] &&
      !precededByNegation(reading, cue) &&
      (COMPLETELY.at(reading, cue.last) || COMPLETELY.at(reading, cue.first - 1))
    )
      return true;
  }
  let took = false;
  for (let i = span.first - 1; i >= Math.max(0, span.first - 3); i -= 1)
    if (tokens[i]?.norm === "took" && clauseOf[i] === clauseOf[span.first]) took = true;
  return took && tokens[span.last]?.norm === "to" && TOOK_TO_CLEAR.at(reading, span.last + 1);
};

/** Words of long ago that date an episode before this course of PT ("last year", "years ago", "in 2019"). */
const LONG_AGO = new WordSet(["year", "years", "yr", "yrs", "months"]);

/**
 * A length of days past the soreness window ("in bed for a week"), not a date ("came back 4 days ago"), in a sentence
 * that dates it long ago.
 */
const isLongAgoLength = (reading: Reading, span: Span, hours: number): boolean =>
  hours > PERSISTENT_HOURS &&
  reading.tokens[span.last]?.norm !== "ago" &&
  isLongAgoIn(reading, span);

/**
 * Whether the sentence of `span` dates it long ago: "last year", "two years ago", "months ago", or a year of four
 * digits ("in 2019"). Only the sentence's own words count: a later "This time ..." is another episode.
 */
const isLongAgoIn = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  for (let i = span.first - 1; i >= 0 && sentenceOf[i] === sentence; i -= 1)
    if (isLongAgoAt(reading, i)) return true;
  for (let i = span.last; i < tokens.length && sentenceOf[i] === sentence; i += 1)
    if (isLongAgoAt(reading, i)) return true;
  return false;
};

/** "last year", "years ago", "months back", or a year such as 2019 at token `i`. */
const isLongAgoAt = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const token = tokens[i];
  if (token?.kind === "number") {
    const year = token.norm.length === 4 ? Number(token.norm) : 0;
    return year >= 1950 && year <= 2100;
  }
  if (!LONG_AGO.at(reading, i)) return false;
  const before = tokens[i - 1]?.norm;
  const after = tokens[i + 1]?.norm;
  return (before === "last" && tokens[i]?.norm === "year") || after === "ago" || after === "back";
};

/** Seasons and holidays that, after "last", date a time long ago ("last spring", "last Christmas"). */
const LAST_SEASONS = new WordSet([
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "christmas",
  "easter",
]);

/** Past verbs that tell a length as the episode's ("couldn't get out of bed for a week", "was laid up for 10 days"). */
const PAST_LENGTH_VERBS = new WordSet([
  "couldnt",
  "could",
  "was",
  "were",
  "had",
  "spent",
  "lasted",
  "took",
  "kept",
  "laid",
  "lay",
  "stayed",
  "needed",
]);
/** Words of now in the length's clause: the length runs to now ("... and I've been in bed for a week now"). */
const NOW_IN_CLAUSE = new WordSet(["now", "still", "today", "since", "currently", "ive", "been"]);

/**
 * "Last spring I'd a flare that was a 9, couldn't get out of the bed for a week, but ...": a length told with a
 * past verb in its own clause, in a sentence dated by a season gone by ("last spring") or long ago, with no word of
 * now in that clause: the past episode's length, not the time since the session.
 */
const isPastToldLength = (reading: Reading, span: Span, hours: number): boolean => {
  if (hours <= PERSISTENT_HOURS || reading.tokens[span.last]?.norm === "ago") return false;
  const { sentenceOf, clauseOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  const clause = clauseOf[span.first];
  let dated = false;
  for (let i = span.first - 1; i >= 0 && sentenceOf[i] === sentence; i -= 1)
    if (
      isLongAgoAt(reading, i) ||
      (LAST_SEASONS.at(reading, i) && reading.tokens[i - 1]?.norm === "last")
    )
      dated = true;
  if (!dated) return false;
  let past = false;
  for (let i = span.first - 1; i >= 0 && clauseOf[i] === clause; i -= 1) {
    if (NOW_IN_CLAUSE.at(reading, i)) return false;
    if (PAST_LENGTH_VERBS.at(reading, i)) past = true;
  }
  for (let i = span.last; i < reading.tokens.length && clauseOf[i] === clause; i += 1)
    if (NOW_IN_CLAUSE.at(reading, i)) return false;
  return past;
};

/** Words shortly before an easing that make it what happens each time ("it always settles by the evening"). */
const HABIT_WORDS = new Set(["always", "usually", "normally", "generally", "typically"]);
/** How far before an easing a word of habit may stand. */
const HABIT_REACH = 3;

/**
 * Whether the stated easing at `evidence` is told as what happens each time: a word of habit just before it in its
 * clause ("always settles", "every time it eases"), or a session-by-session or week-by-week comparison in its
 * sentence ("each week the soreness has been a bit less than the week before").
 */
const isHabitualEasing = (
  reading: Reading,
  stated: readonly Stated[],
  evidence: Evidence,
): boolean => {
  if (evidence.kind !== "text") return false;
  const item = stated.find((candidate) => candidate.cue.start === evidence.start);
  if (item === undefined) return false;
  const { cue } = item;
  const { tokens } = reading;
  const { clauseOf, sentenceOf } = reading.segments;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - HABIT_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[cue.first]) break;
    const norm = tokens[i]?.norm ?? "";
    if (HABIT_WORDS.has(norm)) return true;
    if (norm === "time" && (tokens[i - 1]?.norm === "every" || tokens[i - 1]?.norm === "each"))
      return true;
  }
  for (const each of cuesOf(reading, "each-session")) {
    if (sentenceOf[each.first] === sentenceOf[cue.first] && !precededByNegation(reading, each))
      return true;
  }
  return isAfterHabitLabel(reading, cue.first) || isWeeklySeriesEasing(reading, cue.first);
};

/** Words that make a series of scores one a week ("weekly averages", "week-by-week scores"). */
const WEEKLY_WORDS = new WordSet(["weekly"]);
/** Words of an average, which with "week" make a weekly series ("the week's average", "averages per week"). */
const AVERAGE_NAMES = new WordSet(["average", "averages", "avg", "mean"]);

/**
 * Whether the easing told at token `at` is a series of weekly scores ("the weekly averages in my diary went 3.1,
 * 2.8, 2.5"): pain after each week's sessions easing week on week, not one soreness that has lasted the weeks.
 */
const isWeeklySeriesEasing = (reading: Reading, at: number): boolean => {
  if (reading.tokens[at]?.kind !== "number") return false;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[at] ?? -1;
  let week = false;
  let average = false;
  for (let i = at - 1; i >= (sentenceStarts[sentence] ?? 0); i -= 1) {
    if (WEEKLY_WORDS.at(reading, i)) return true;
    const norm = reading.tokens[i]?.norm;
    if (norm === "week" || norm === "weeks") week = true;
    if (AVERAGE_NAMES.at(reading, i)) average = true;
  }
  return week && average;
};

/**
 * Whether the sentence of the token at `at` follows a colon after words of each week or each session ("Every week
 * it's the same story: 3/10 during the exercises, gone by the evening"): what it tells happens each time.
 */
const isAfterHabitLabel = (reading: Reading, at: number): boolean => {
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const start = sentenceStarts[sentenceOf[at] ?? -1];
  if (start === undefined || tokens[start - 1]?.norm !== ":") return false;
  const label = sentenceOf[start - 1];
  for (let i = start - 2; i >= 0 && sentenceOf[i] === label; i -= 1) {
    const norm = tokens[i]?.norm ?? "";
    if (HABIT_WORDS.has(norm)) return true;
    if (
      (norm === "week" || norm === "session" || norm === "time" || norm === "class") &&
      EVERY.has(tokens[i - 1]?.norm ?? "")
    )
      return true;
  }
  return false;
};

/**
 * "It was like a 4 during the exercises and it was still there the next morning": a score said, later in its
 * sentence, to be still there the next morning is the level that morning too (set against the usual one, "normally
 * I wake up at a 1", it is not back to baseline). Only a still of the pain being there ("still there", "still
 * sore"), with no settling between.
 */
const markStillByMorning = (reading: Reading, scores: readonly PainScore[]): void => {
  const { sentenceOf } = reading.segments;
  for (const still of cuesOf(reading, "still")) {
    if (!isStillThere(reading, still.first) || precededByNegation(reading, still)) continue;
    const sentence = sentenceOf[still.first];
    if (!hasMorningIn(reading, sentence)) continue;
    for (const score of scores) {
      const span = score.tokens;
      if (span === undefined || score.usual || sentenceOf[span.first] !== sentence) continue;
      if (span.last > still.first || isSettledBetween(reading, span.last, still.first)) continue;
      score.morning = true;
    }
  }
};

/** Words of degree between "still" and what is still there ("still a bit sore"). */
const DEGREE = new WordSet([
  "a",
  "bit",
  "little",
  "slightly",
  "quite",
  "really",
  "very",
  "pretty",
  "so",
  "just",
]);
/** What is still there, after "still" ("still there", "still sore", "still aching"). */
const STILL_THERE = new WordSet([
  "there",
  "sore",
  "achy",
  "aching",
  "painful",
  "hurting",
  "hurts",
  "stiff",
  "tender",
  "niggling",
  "grumbling",
  "present",
  "up",
  "high",
  "flared",
]);

/** "still there", "still a bit sore" at token `index`: the pain still there. */
const isStillThere = (reading: Reading, index: number): boolean => {
  if (reading.tokens[index]?.norm !== "still") return false;
  let i = index + 1;
  while (DEGREE.at(reading, i) && i - index <= 3) i += 1;
  return STILL_THERE.at(reading, i);
};

/** Whether a morning word stands in sentence `sentence`. */
const hasMorningIn = (reading: Reading, sentence: number | undefined): boolean => {
  for (const cue of cuesOf(reading, "morning"))
    if (reading.segments.sentenceOf[cue.first] === sentence) return true;
  return false;
};

/** Words of settling or easing. */
const SETTLING_KINDS = ["baseline", "trend-better", "settle"] as const;

/** A settling or easing word between two tokens ("a 4, back to my usual by lunch, still there ..."). */
const isSettledBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const kind of SETTLING_KINDS) {
    for (const cue of cuesOf(reading, kind)) if (cue.first >= from && cue.first < to) return true;
  }
  return false;
};

/** Words of the treatment as a whole: a time of weeks told with one can be how long the programme has run. */
const PROGRAMME_WORDS = new WordSet([
  "pt",
  "physio",
  "physiotherapy",
  "physiotherapist",
  "physical",
  "therapy",
  "rehab",
  "programme",
  "program",
  "treatment",
  "pilates",
]);

/**
 * A time of two weeks or more, told in a sentence that names the treatment and tells no trend ("I started PT three
 * weeks ago", "I do physiotherapy since two weeks"): how long the programme has run.
 */
const isProgrammeLength = (reading: Reading, stated: readonly Stated[], timed: Timed): boolean => {
  if (timed.hours < PAST_EPISODE_HOURS) return false;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[timed.span.first] ?? 0;
  for (const item of stated) if (sentenceOf[item.cue.first] === sentence) return false;
  const end = sentenceStarts[sentence + 1] ?? reading.tokens.length;
  for (let i = sentenceStarts[sentence] ?? 0; i < end; i += 1)
    if (PROGRAMME_WORDS.at(reading, i)) return true;
  return false;
};

/** Words of a condition that lasts ("back pain for 6 months", "had problems with my back for a year"). */
const CONDITION_WORDS = new WordSet([
  "pain",
  "sciatica",
  "problems",
  "problem",
  "issues",
  "trouble",
  "backache",
  "condition",
  "disc",
]);
/** Words between "for" and the length ("for the past 6 months", "for about 3 months", "for over a year"). */
const FOR_LINKS = new WordSet([
  "the",
  "past",
  "last",
  "about",
  "around",
  "over",
  "nearly",
  "almost",
  "like",
]);
/** How far before "for" a word of the condition may stand ("had really bad lower back pain for 6 months"). */
const CONDITION_REACH = 6;

/**
 * "I've had back pain for 6 months", "lower back problems for about 3 months now": a length led by "for" after a
 * word of the condition in its clause, which tells how long the condition has lasted (unless its sentence tells how
 * it has gone over that time).
 */
const isConditionLength = (reading: Reading, stated: readonly Stated[], span: Span): boolean => {
  const { tokens } = reading;
  const { clauseOf, sentenceOf } = reading.segments;
  // ("I've had back pain for 3 months and physio isn't helping at all": how it is going over that time)
  for (const item of stated)
    if (sentenceOf[item.cue.first] === sentenceOf[span.first]) return false;
  let forAt = span.first - 1;
  while (forAt > span.first - 4 && FOR_LINKS.at(reading, forAt)) forAt -= 1;
  if (tokens[forAt]?.norm !== "for") return false;
  for (let i = forAt - 1; i >= Math.max(0, forAt - CONDITION_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[span.first]) break;
    if (CONDITION_WORDS.at(reading, i)) return true;
  }
  return false;
};

/** Whether the message names a day or a part of one ("yesterday's session", "this morning", "on Monday"). */
const hasDayWord = (reading: Reading): boolean => {
  for (const token of reading.tokens) if (DIARY_DAYS.has(token.norm)) return true;
  return false;
};

/** Two weeks: a time this long told of a past episode is its length, not the time since the session. */
const PAST_EPISODE_HOURS = 14 * 24;

/** Three days: pain the same or worse this long after a session is no longer the expected flare. */
const PERSISTENT_HOURS = 72;

/**
 * The array `readTextFacts` keeps its numbers in, refilled for each reading: nothing it calls reads another text,
 * and nothing keeps the array after it returns.
 */
const NUMBER_VALUES: (number | undefined)[] = [];

/** Words of weeks that make a rising series of scores in their sentence a weekly one. */
const WEEK_WORDS = new Set(["week", "weeks", "weekly", "wk", "wks"]);

/** How many scores, each higher than the one before, make a rising series. */
const RISING_LENGTH = 3;

/**
 * Whether sentence `sentence` holds a word of weeks, or the sentence before it when that one ends in a colon
 * ("Weekly average pain: 2 → 3 → 4").
 */
const hasWeekWordIn = (reading: Reading, sentence: number): boolean => {
  const { sentenceStarts } = reading.segments;
  const start = sentenceStarts[sentence] ?? 0;
  const from =
    reading.tokens[start - 1]?.norm === ":" ? (sentenceStarts[sentence - 1] ?? 0) : start;
  const end = sentenceStarts[sentence + 1] ?? reading.tokens.length;
  for (let i = from; i < end; i += 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (WEEK_WORDS.has(norm) || NUMBERED_PERIOD.test(norm)) return true;
  }
  return false;
};

/**
 * Three or more scores told in one sentence, each higher than the one before, in a sentence that speaks of weeks
 * ("my weekly average has gone 3 → 4 → 5", "baseline used to be 2, then 3, now 4 - it's gone up every week",
 * "Week 1 about a 3, week 2 about a 4, and this week a 5"): scores of a weekly series, each marked so.
 */
const markRisingWeeks = (reading: Reading, scores: readonly PainScore[]): void => {
  let start = 0;
  for (let end = 1; end <= scores.length; end += 1) {
    const score = scores[end];
    const before = scores[end - 1];
    if (
      score !== undefined &&
      before !== undefined &&
      score.sentence === before.sentence &&
      score.value > before.value
    )
      continue;
    if (end - start >= RISING_LENGTH && hasWeekWordIn(reading, scores[start]?.sentence ?? -1))
      for (let i = start; i < end; i += 1) {
        const item = scores[i];
        if (item) item.weekly = true;
      }
    start = end;
  }
};

/** Reads the numbers, timing, trend and context facts of a message. */
export const readTextFacts = (reading: Reading): TextFacts => {
  const values = numberValues(reading.tokens, NUMBER_VALUES);
  const stated = statedTrends(reading);
  const facts: {
    -readonly [K in keyof TextFacts]: TextFacts[K];
  } = {
    // ("about a 6 - no wait, that was my very first session": a score taken back straight after is none)
    painScores: findPainScores(reading, values).filter(
      (score) => score.tokens === undefined || !isRetractedAfter(reading, score.tokens.last),
    ),
  };
  markRisingWeeks(reading, facts.painScores);
  scoreTrends(reading, values, facts.painScores, stated);
  // The longest time since the session, unless a time of three days or more is told with pain that is the same
  // or worse in its own sentence ("today is Friday and it's the same"): that one, though another sentence tells
  // of something else on day 6 and improving. A message can tell two episodes; the one not improving counts.
  let longest: Timed | undefined;
  let standing: { timed: Timed; trend: NonNullable<TextFacts["trend"]> } | undefined;
  const durations = findDurations(reading, values);
  // (a time of hours or days told beside weeks of physio: the days are the session's, the weeks the programme's)
  let sessionScale = false;
  for (const timed of durations)
    if (timed.hours >= 12 && timed.hours < PAST_EPISODE_HOURS) sessionScale = true;
  for (const timed of durations) {
    // Minutes say how long a tingle lasted; years say how long something has been there, not the session.
    if (timed.hours < 12 || timed.hours >= 8760) continue;
    if (!factApplies(reading, timed.span)) continue;
    // ("What a week.": an exclamation)
    if (isExclaimedTime(reading, timed.span)) continue;
    // ("a 5 day course of prednisolone", "a week of antibiotics": how long a medicine was taken)
    if (isMedicineCourse(reading, timed.span)) continue;
    // "I forgot to do my exercises for a week": how long the patient went without them, not a soreness.
    if (isLapseLength(reading, timed.span)) continue;
    // "back at my normal 2 next morning, and that's been the pattern for the last three weeks": how long a pattern
    // of settling has held, not how long one soreness has lasted.
    if (isPatternLength(reading, timed.span)) continue;
    // "Three years ago I had sciatica, went away after 6 months": the length of a past episode (weeks or more:
    // "my pain from last year came back 4 days ago" times the pain now).
    // So is "it cleared up completely after a few months", "that took about four months to go".
    // So is a shorter one told with a word of long ago ("Last year I had a bad flare that put me in bed for a week
    // but it settled completely"), once past the days of a session's soreness.
    if (
      (timed.hours >= PAST_EPISODE_HOURS || isLongAgoLength(reading, timed.span, timed.hours)) &&
      (whenOf(reading, timed.span) === "past" || isClearingLength(reading, timed.span))
    )
      continue;
    if (isPastToldLength(reading, timed.span, timed.hours)) continue;
    // "I started PT three weeks ago ... Session 5 was on Tuesday ... Today is Thursday": how long the programme has
    // run, not the time since the session, when the days are told too and nothing is said of how it is going then.
    if (sessionScale && isProgrammeLength(reading, stated, timed)) continue;
    // "I've had back pain for 6 months. Sore after yesterday's session": how long the condition has lasted, when
    // the session is dated on its own.
    if (
      timed.hours >= PAST_EPISODE_HOURS &&
      (sessionScale || hasDayWord(reading)) &&
      isConditionLength(reading, stated, timed.span)
    )
      continue;
    if (longest === undefined || timed.hours > longest.hours) longest = timed;
    if (standing === undefined || timed.hours > standing.timed.hours) {
      const trend = findStandstill(
        reading,
        stated,
        reading.segments.sentenceOf[timed.span.first] ?? 0,
      );
      if (trend) standing = { timed, trend };
    }
  }
  const persisting = standing && standing.timed.hours >= PERSISTENT_HOURS ? standing : undefined;
  const timing = persisting?.timed ?? longest;
  if (timing) {
    facts.hoursSince = {
      hours: timing.hours,
      evidence: spanEvidence(reading, timing.span.first, timing.span.last),
    };
    if (isClearedBy(reading, timing.span))
      facts.clearedAtTiming = spanEvidence(reading, timing.span.first, timing.span.last);
  }
  const trend = findTrend(reading, stated);
  if (trend) facts.trend = trend;
  if (persisting) facts.trendAtTiming = persisting.trend;
  else if (longest) {
    const atTiming = findTrend(reading, stated, reading.segments.sentenceOf[longest.span.first]);
    if (atTiming) facts.trendAtTiming = atTiming;
  }
  const timedTrend = facts.trendAtTiming ?? facts.trend;
  if (timedTrend?.value === "better" && isHabitualEasing(reading, stated, timedTrend.evidence))
    facts.habitualEasing = timedTrend.evidence;
  if (standing) {
    facts.standstill = {
      hours: standing.timed.hours,
      timing: spanEvidence(reading, standing.timed.span.first, standing.timed.span.last),
      ...standing.trend,
    };
  }
  const notSettledHits = reading.hits.filter((hit) => hit.concept === "pain-not-settling");
  const settled = firstApplying(
    reading,
    cuesOf(reading, "baseline").filter(
      (cue) =>
        !precededByNegation(reading, cue, 3) &&
        !notSettledHits.some((hit) => hit.first <= cue.first && hit.last >= cue.last) &&
        // ("normally I wake up stiff but back to normal by lunch": the usual course, not this time's)
        !isHabitualSettling(reading, cue),
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
  markStillByMorning(reading, facts.painScores);
  // "24 hours later the ache is still there, but it's definitely less": still there, though easing.
  const still = stated.find(
    (item) => item.value === "same" && reading.tokens[item.cue.first]?.norm === "still",
  );
  if (still && factApplies(reading, still.cue)) facts.stillThere = cueEvidence(reading, still.cue);
  const age = findAge(reading, values);
  if (age) facts.age = age;
  const firstEpisode = findFirstEpisode(reading);
  if (firstEpisode) facts.firstEpisode = firstEpisode;
  const inflammatory = findInflammatoryPattern(reading);
  if (inflammatory)
    facts.inflammatoryPattern = spanEvidence(reading, inflammatory.first, inflammatory.last);
  const surgery = findRecentSurgery(reading);
  if (surgery) facts.recentSpinalSurgery = cueEvidence(reading, surgery);
  const newExercise = firstApplying(reading, cuesOf(reading, "new-exercise"));
  if (newExercise) facts.newExercise = newExercise;
  const manualTherapy = findManualTherapy(reading);
  if (manualTherapy) facts.manualTherapy = manualTherapy;
  const sudden = firstApplying(reading, cuesOf(reading, "sudden"));
  if (sudden) facts.sudden = sudden;
  const caught = findCaughtStumbleHurt(reading);
  const strain =
    sudden ??
    firstPresent(reading, cuesOf(reading, "strain")) ??
    findLiftStrain(reading) ??
    (caught && spanEvidence(reading, caught.first, caught.last));
  if (strain) facts.strain = strain;
  const backStrain = findBackStrain(reading);
  if (backStrain) facts.backStrain = backStrain;
  const painMentioned =
    firstApplying(reading, cuesOf(reading, "sym-pain")) ??
    firstApplying(reading, cuesOf(reading, "sym-felt"));
  if (painMentioned) facts.painMentioned = painMentioned;
  const soreSince = firstApplying(reading, cuesOf(reading, "sore-since"));
  if (soreSince) facts.soreSince = soreSince;
  const newPain = findNewPain(reading);
  if (newPain) facts.newPain = newPain;
  return facts;
};
