import type { ConceptId } from "../model/concept";
import type { Evidence, Finding } from "../model/finding";
import type { PainScore, TextFacts } from "../understand/text-facts";

/** Facts derived from numbers, timing and context that rules can name (`fact:<name>`). */
export const FACT_NAMES = [
  /** A pain score of 8-10 that has not settled. */
  "score-severe",
  /** A score of 8-10 that was back to the usual level afterwards. */
  "score-high-settled",
  /** A score of 6-7 still there the next morning, or not easing. */
  "score-high-unsettled",
  /** A score of 6-7 that is easing or back to the usual level. */
  "score-moderate-easing",
  /** A score the next morning above the usual one or the one before the session ("3/10 before, 5/10 next morning"). */
  "score-above-usual-next-morning",
  /**
   * A score of 4-5 told as still there the next morning, with nothing easing or back to usual ("woke up still at
   * the 5 I had last night"): not back to baseline by the next morning.
   */
  "score-still-next-morning",
  /** Three days (72 h) or more with no improvement. */
  "persistent",
  /** More than 72 h but clearly improving. */
  "late-but-improving",
  /** Getting worse, with no time given (or within the normal window). */
  "getting-worse",
  "recent-spinal-surgery",
  "age-over-65",
  /** An age over 50: a weaker cancer flag. */
  "age-over-50",
  /** A first ever bout of back pain over the age of 50: the age at onset, one weaker cancer flag. */
  "first-pain-over-50",
  /** Stiffness for half an hour or more every morning, for months or with the other marks of the pattern. */
  "inflammatory-pattern",
  /** Four weeks or more with no improvement, told together: a weaker cancer flag (failure to improve). */
  "no-improvement-month",
  /** Two or more weaker cancer flags together (age over 50, no improvement in a month, weight loss, night pain). */
  "weak-cancer-flags",
  "sudden",
  /** A strain or sudden give, such as a twist or a crack felt when sneezing. */
  "strain",
  /** Pain the patient calls new or different. */
  "new-pain",
  /** A flare, or a reaction to manipulation or needling, lasting past a day and not said to be the same or worse. */
  "reaction-past-day",
  /** A flare or a manipulation or needling reaction still the same or worse a day or more later. */
  "reaction-not-easing",
  /** Three or more weekly scores, each higher than the one before ("week 1 average 3, week 2 average 4 ..."). */
  "rising-week-on-week",
  /** Two or more sessions or weeks in a row, each told as worse than the one before ("Session 3: sorer. Session 4: worst yet"). */
  "worse-each-session",
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/**
 * What a rule can ask about: a concept, a concept with its detail, a derived fact, or a concept (with its
 * detail) the patient has had unchanged for a long time (`long-standing:`; such findings are otherwise set aside).
 */
export type SignalKey =
  | ConceptId
  | `${ConceptId}/${string}`
  | `fact:${FactName}`
  | `long-standing:${ConceptId}`
  | `long-standing:${ConceptId}/${string}`;

/** The signals present in one assessment, each with the evidence behind it. */
export type Signals = ReadonlyMap<string, readonly Evidence[]>;

/** Facts from a message or a check-in, in one shape (answers give `answer` evidence). */
export type Facts = TextFacts;

const HOURS_72 = 72;
/** Four weeks: no improvement this long is a weaker cancer flag (reference.md §3.3 row 20: "not better after ~4-6 weeks"). */
const HOURS_4_WEEKS = 4 * 7 * 24;
/** The age over which age is a weaker cancer flag (ACP 2011). */
const WEAK_FLAG_AGE = 50;
/** Concepts that are weaker cancer flags on their own terms (each also a see-doctor sign alone). */
const WEAK_FLAG_CONCEPTS = ["weight-loss", "night-pain"] as const;
/** How many weaker cancer flags together need a doctor ("several", ACP 2011; reference.md §3.4). */
const WEAK_FLAGS_TOGETHER = 2;

/**
 * Weaker cancer flags counted together (triage-rules.md: "several weaker cancer flags together"; reference.md §3.4):
 * an age over 50 (with a first ever bout of back pain, the age at onset: still one flag), four weeks or more with
 * no improvement, weight lost without trying, night pain. Each is read elsewhere; two or more make
 * `fact:weak-cancer-flags`, with the evidence of each.
 */
const addWeakCancerFlags = (
  signals: Signals,
  facts: Facts,
  add: (key: string, ...evidence: Evidence[]) => void,
): void => {
  const age = facts.age && facts.age.value > WEAK_FLAG_AGE ? facts.age : undefined;
  if (age) {
    add("fact:age-over-50", age.evidence);
    if (facts.firstEpisode) add("fact:first-pain-over-50", age.evidence, facts.firstEpisode);
  }
  const month = signals.get("fact:no-improvement-month");
  let flags = (age ? 1 : 0) + (month ? 1 : 0);
  for (const concept of WEAK_FLAG_CONCEPTS) if (signals.has(concept)) flags += 1;
  // (most messages have none: the evidence is gathered only for those that have two)
  if (flags < WEAK_FLAGS_TOGETHER) return;
  const evidence: Evidence[] = [];
  if (age) evidence.push(age.evidence);
  if (age && facts.firstEpisode) evidence.push(facts.firstEpisode);
  if (month) evidence.push(...month);
  for (const concept of WEAK_FLAG_CONCEPTS) {
    const told = signals.get(concept)?.[0];
    if (told) evidence.push(told);
  }
  add("fact:weak-cancer-flags", ...evidence);
};

/**
 * The signal key of a finding's concept and detail (`concept`, `concept/detail`, `long-standing:concept`...),
 * made once per combination: building it anew for every finding of every message was a new string each time, and
 * another when the map hashed it. Concepts and details come from the lexicon, so the cache stays small.
 */
type KeyCache = Map<string, Map<string, string>>;
const PRESENT_KEYS: KeyCache = new Map();
const LONG_STANDING_KEYS: KeyCache = new Map();
const PRESENT = [PRESENT_KEYS, ""] as const;
const LONG_STANDING = [LONG_STANDING_KEYS, "long-standing:"] as const;
const keyOf = (cache: KeyCache, prefix: string, concept: string, detail: string): string => {
  let byDetail = cache.get(concept);
  if (byDetail === undefined) {
    byDetail = new Map();
    cache.set(concept, byDetail);
  }
  let key = byDetail.get(detail);
  if (key === undefined) {
    key = `${prefix}${concept}${detail === "" ? "" : "/"}${detail}`;
    byDetail.set(detail, key);
  }
  return key;
};

/**
 * A next-morning score higher than the usual one (or the one before the session): not back to baseline by the
 * next morning. The two scores as evidence, or undefined.
 */
const morningAboveUsual = (scores: readonly PainScore[]): Evidence[] | undefined => {
  for (const usual of scores) {
    if (!usual.usual) continue;
    for (const morning of scores) {
      if (morning.morning && morning.value > usual.value) return [usual.evidence, morning.evidence];
    }
  }
  return undefined;
};

/**
 * The latest time after the session at which a flare told settled is still "within about a day" of it: the end of
 * the next day (a weekday read as its evening is some 31 hours on).
 */
const SETTLED_WITHIN_A_DAY_HOURS = 36;

/** The time since the session from which a level still up has been through the next morning: 12 hours. */
const NEXT_DAY_HOURS = 12;

/**
 * A score said to be still there, above the usual level told beside it, a day or more after the session ("the
 * session was nearly 24 hours ago ... still a 5 when I'm usually a 2", "by Wednesday morning it had not returned to
 * my usual level of 2; it was still 4 to 5"): not back to baseline by the next morning. The scores as evidence.
 */
const stillAboveUsualNextDay = (
  scores: readonly PainScore[],
  since: Facts["hoursSince"],
): Evidence[] | undefined => {
  // (no more than a least time: a message can tell a longer time of something else, "... it's been 3 days since I
  // started the new stretch", and a level still up past the next morning is still not back to baseline)
  if (since === undefined || since.hours < NEXT_DAY_HOURS) return undefined;
  for (const usual of scores) {
    if (!usual.usual || usual.sentence === undefined) continue;
    for (const still of scores) {
      if (!still.still || still.usual || still.earlier || still.sentence === undefined) continue;
      if (Math.abs(still.sentence - usual.sentence) > 1 || still.value <= usual.value) continue;
      return [usual.evidence, still.evidence, since.evidence];
    }
  }
  return undefined;
};

/**
 * A score said to stand day after day above the usual level told beside it ("normally a 2, now it's a 4 every day
 * since the session"): days at that level are not back to baseline by the next morning. The scores as evidence.
 */
const dailyAboveUsual = (scores: readonly PainScore[]): Evidence[] | undefined => {
  for (const usual of scores) {
    if (!usual.usual || usual.sentence === undefined) continue;
    for (const daily of scores) {
      if (!daily.daily || daily.usual || daily.earlier || daily.sentence === undefined) continue;
      if (Math.abs(daily.sentence - usual.sentence) > 1 || daily.value <= usual.value) continue;
      return [usual.evidence, daily.evidence];
    }
  }
  return undefined;
};

/** The lowest and highest score read as moderate pain still there the next morning (6 and up: `score-high-unsettled`). */
const STILL_UP_LOWEST = 4;
const STILL_UP_HIGHEST = 5;

/**
 * A moderate score said to be still there, told with the next morning in its sentence ("today I woke up still at
 * the 5 I had last night", "still a 4 this morning"), with nothing settled, nothing easing and no usual level as
 * high: not back to baseline by the next morning. The score and the words of the morning as evidence.
 */
const stillUpNextMorning = (scores: readonly PainScore[], facts: Facts): Evidence[] | undefined => {
  const morning = facts.notSettled;
  if (morning === undefined) return undefined;
  // (the morning after the session only: on day 2 or 3 a moderate ache is the usual soreness at its peak)
  if (facts.hoursSince !== undefined && facts.hoursSince.hours > HOURS_A_DAY) return undefined;
  // (a score said to be still there has no easing or settling told in its own sentence; a settling or easing in
  // another statement, "... back to normal by lunch", does not answer it)
  let usual = 0;
  for (const score of scores) if (score.usual) usual = Math.max(usual, score.value);
  for (const score of scores) {
    if (score.still !== true || score.usual || score.earlier || score.easing || score.settling)
      continue;
    if (score.value < STILL_UP_LOWEST || score.value > STILL_UP_HIGHEST || score.value <= usual)
      continue;
    return [score.evidence, morning];
  }
  return undefined;
};

/** Findings of the usual soreness: told still there the next morning, they are its course, not pain unsettled. */
const SORENESS_CONCEPTS = new Set<string>(["doms", "mild-soreness", "stiffness"]);

/**
 * Pain, told without a score, still there the next morning ("Pain after sessions is still there the next morning
 * now"): not back to baseline by the next morning. Not a soreness or stiffness told so (the usual soreness is there
 * the day after), nor one said to be back to normal, nor past the next day. Its evidence, or undefined.
 */
const painStillNextMorning = (
  findings: readonly Finding[],
  facts: Facts,
): Evidence[] | undefined => {
  const morning = facts.notSettled;
  const pain = facts.painMentioned;
  if (morning === undefined || pain === undefined || facts.painScores.length > 0) return undefined;
  // (easing is not back to baseline: "still there the next morning but much less" is still up that morning)
  if (facts.settled !== undefined) return undefined;
  if (facts.hoursSince !== undefined && facts.hoursSince.hours > HOURS_A_DAY) return undefined;
  for (const finding of findings)
    if (finding.status === "present" && SORENESS_CONCEPTS.has(finding.concept)) return undefined;
  return [pain, morning];
};

/** How many weekly scores, each higher than the last, make pain rising week on week. */
const RISING_WEEKS = 3;

/** Weekly scores in the order told, each higher than the one before, at least three: their evidence. */
const risingWeekOnWeek = (scores: readonly PainScore[]): Evidence[] | undefined => {
  // (a run of weekly scores told one after another, each higher than the one before)
  let run: PainScore[] = [];
  for (const score of scores) {
    const previous = run[run.length - 1];
    if (score.weekly !== true) run = [];
    else if (previous !== undefined && score.value > previous.value) run.push(score);
    else run = [score];
    if (run.length >= RISING_WEEKS) return run.map((item) => item.evidence);
  }
  return undefined;
};

const HOURS_A_DAY = 24;
/** The latest day a soreness may be told gone on and still have faded inside the 72 hours: day 4. */
const HOURS_CLEARED_IN_TIME = 96;
const FLARES = ["flare-after-new-exercise/flare-up", "flare-after-new-exercise/big-flare"] as const;

/**
 * A strain at home ("bent awkwardly and my back went into a spasm. That was Saturday, it's Monday and it's loosening
 * off") lasting past a day and said to be settling: a one-off flare that is settling. (A strain with no word of
 * settling, or of somewhere else, "twisted my ankle on Saturday, getting better", is no flare of the back.)
 */
const addStrainSettling = (
  facts: Facts,
  add: (key: string, ...evidence: Evidence[]) => void,
): void => {
  const since = facts.hoursSince;
  const timed = facts.trendAtTiming ?? facts.trend;
  if (facts.backStrain === undefined || since === undefined || facts.standstill !== undefined)
    return;
  if (since.hours > HOURS_A_DAY && timed?.value === "better")
    add("fact:reaction-past-day", facts.backStrain, since.evidence, timed.evidence);
};

/**
 * A flare, or a reaction to manipulation or needling, told with how long it has lasted. Both usually settle
 * within about a day (Senstad 1997: 74% within 24 h): past a day and not standing still, keep track; the same or
 * worse a day or more on (after manipulation: past a day), tell the therapist.
 */
const addReaction = (
  signals: Signals,
  facts: Facts,
  add: (key: string, ...evidence: Evidence[]) => void,
): void => {
  let flare: Evidence | undefined;
  for (const key of FLARES) flare ??= signals.get(key)?.[0];
  const reaction = flare ?? facts.manualTherapy;
  if (reaction === undefined) {
    addStrainSettling(facts, add);
    return;
  }
  const standstill = facts.standstill;
  const dayOn = (hours: number): boolean =>
    (flare !== undefined && hours >= HOURS_A_DAY) || hours > HOURS_A_DAY;
  if (standstill && dayOn(standstill.hours)) {
    add("fact:reaction-not-easing", reaction, standstill.timing, standstill.evidence);
    return;
  }
  // Still there a day later ("24 hours later it's still there"), though easing since: it has outlasted the day.
  if (standstill && standstill.hours >= HOURS_A_DAY) {
    add("fact:reaction-past-day", reaction, standstill.timing, standstill.evidence);
    return;
  }
  const since = facts.hoursSince;
  if (since === undefined || standstill !== undefined) return;
  const timed = facts.trendAtTiming;
  const more = timed ? [timed.evidence] : [];
  const settling = (timed ?? facts.trend)?.value === "better";
  // ("a flare that night ... by Tuesday evening it was back to what it normally is": settled by the next day's end,
  // within about a day of the flare, which is the expected short flare)
  if (facts.settled !== undefined && since.hours <= SETTLED_WITHIN_A_DAY_HOURS) return;
  if (since.hours > HOURS_A_DAY) add("fact:reaction-past-day", reaction, since.evidence, ...more);
  else if (
    // A flare of yesterday that is easing today ("flare up yest ... today half as bad"), or a reaction said to
    // be still there a day on ("24 hours later it's still there, but definitely less", "sore since yesterday's
    // manip but getting better"): not yet settled.
    (flare !== undefined || facts.stillThere !== undefined || facts.soreSince !== undefined) &&
    since.hours >= HOURS_A_DAY &&
    settling &&
    facts.settled === undefined
  )
    add("fact:reaction-past-day", reaction, since.evidence, ...more);
};

/**
 * The score the one at `index` went to next in time: the one told after it, or, for an earlier level told after
 * the level now ("about 6 now but it was 8 the day after"), the one told before it.
 */
const scoreAfter = (scores: readonly PainScore[], index: number): PainScore | undefined => {
  const score = scores[index];
  const before = scores[index - 1];
  if (
    score?.earlier === true &&
    before !== undefined &&
    before.earlier !== true &&
    // (the usual level told first is no later one: "my usual is a 2 ... it's been an 8 since last night")
    before.usual !== true &&
    before.value < score.value
  )
    return before;
  return scores[index + 1];
};

/**
 * Whether the score at `index` is told coming down after it: a later score, told as now or later (not an earlier
 * level, not the usual one), lower than it, and the last score lower too ("day2 6, day3 5, day4 3"; "6 the next
 * day, already 4 today").
 */
const isEasedAfter = (scores: readonly PainScore[], index: number): boolean => {
  const score = scores[index];
  if (score === undefined) return false;
  for (let k = scores.length - 1; k > index; k -= 1) {
    const later = scores[k];
    if (later === undefined || later.earlier || later.usual) continue;
    return later.value < score.value;
  }
  return false;
};

/** Whether the score at `index` is an earlier level told after a score of a later time ("4/10. was 6 yesterday"). */
const isEarlierToldAfter = (scores: readonly PainScore[], index: number): boolean =>
  scores[index]?.toldBack === true;

/**
 * The last score in time: the last told, unless earlier levels are told after it ("day 4. 4/10. was 6 yesterday":
 * the 4 is the level now).
 */
const latestScore = (scores: readonly PainScore[]): PainScore | undefined => {
  let index = scores.length - 1;
  while (index > 0 && scores[index]?.toldBack === true) index -= 1;
  return scores[index];
};

/** Whether two scores are told in one sentence (always, for scores not read from text: a check-in's answers). */
const isSameSentence = (a: PainScore, b: PainScore): boolean => a.sentence === b.sentence;

/** Whether a high score and the next one tell one episode easing: one sentence, a word of easing in it. */
const isEasingTo = (high: PainScore, next: PainScore): boolean =>
  high.ongoing !== true &&
  high.sentence !== undefined &&
  isSameSentence(high, next) &&
  (next.easing === true || high.easing === true);

/** Derives the signal map from present findings and facts. */
export const collectSignals = (findings: readonly Finding[], facts: Facts): Signals => {
  const signals = new Map<string, Evidence[]>();
  const addOne = (key: string, evidence: Evidence): void => {
    const list = signals.get(key);
    if (list) list.push(evidence);
    else signals.set(key, [evidence]);
  };
  const add = (key: string, ...evidence: Evidence[]): void => {
    for (const item of evidence) addOne(key, item);
  };
  // (One call per finding without a rest array: a long message has dozens of findings.)
  for (const finding of findings) {
    const isPresent = finding.status === "present";
    if (!isPresent && finding.status !== "long-standing") continue;
    const [cache, prefix] = isPresent ? PRESENT : LONG_STANDING;
    addOne(
      isPresent ? finding.concept : keyOf(cache, prefix, finding.concept, ""),
      finding.evidence,
    );
    if (finding.detail !== undefined) {
      addOne(keyOf(cache, prefix, finding.concept, finding.detail), finding.evidence);
    }
  }

  const scores = facts.painScores;
  const last = latestScore(scores);
  let peakIndex = 0;
  for (const [index, score] of scores.entries())
    if (score.value > (scores[peakIndex]?.value ?? 0)) peakIndex = index;
  const peak = scores[peakIndex];
  const trend = facts.trend;
  const easing = trend?.value === "better" || facts.settled !== undefined;
  /**
   * The score a high one came down to, if the patient said it settled. Only the score given next can say so: a
   * message can tell two episodes ("8 out of 10 all day" and, of last week, "2/10 the day after"). A score said
   * to last ("all the time now") is settled only by words of settling ("back to my usual 2").
   */
  const settledTo = (index: number): Evidence | undefined => {
    const high = scores[index];
    const next = scoreAfter(scores, index);
    // Said straight after not to have gone back down: no later score settles it.
    if (high?.notBack) return undefined;
    // The last score, said straight after to have gone back down ("spiked to an 8 but it dropped right back").
    if (high !== undefined && next === undefined && !high.ongoing) return high.droppedBack;
    if (high === undefined || next === undefined) return undefined;
    // Above 5 it has not settled, unless it is 6 or 7 and said to be easing in the same sentence, one episode told
    // ("8 the day after, about 6 now and coming down": the bigger flare that is settling).
    if (next.value > 5 && !(next.value <= 7 && isEasingTo(high, next))) return undefined;
    // A high told as the level now ("an 8 all the time now") is settled only by a later score dated as such or told
    // in its own sentence: "... the bridges were a 3 and I was back to my usual 1 by the next morning" and "... My
    // exercise pain was a 4 and it was gone by the next morning" tell of another episode.
    if (high.ongoing)
      return next.settling && (next.dated || isSameSentence(high, next))
        ? next.evidence
        : undefined;
    return facts.settled !== undefined || next.value <= 3 || easing ? next.evidence : undefined;
  };
  if (peak && last) {
    if (peak.value >= 8) {
      // Any severe score not said to settle is severe pain now, whatever another score did.
      const unsettled = scores.find((score, index) => score.value >= 8 && !settledTo(index));
      const settledPeak = settledTo(peakIndex);
      if (unsettled === undefined && settledPeak)
        add("fact:score-high-settled", peak.evidence, settledPeak);
      else add("fact:score-severe", (unsettled ?? peak).evidence);
    } else if (peak.value >= 6) {
      // A score of 6 or more followed by one no lower ("7 after the session and still 7 today").
      // Or one said to be still there with nothing easing ("still 6/10 now").
      // (Entries of one exercise log are told side by side, not one after the other: "clamshells 2, bird dogs 3,
      // side plank 6" is no 3 followed by a 6.)
      // (A rise to the peak that later scores tell coming down is a peak that is easing, not one still high: "day1 3,
      // day2 6, day3 5, day4 3", "3 during, 6 the next day, already 4 today". Held at 6 or more it is still high:
      // "7 after the session and still 7 today".)
      const stillHigh = scores.find(
        (score, index) =>
          score.value >= 6 &&
          (score.still === true ||
            (index > 0 &&
              !(score.logEntry === true && scores[index - 1]?.logEntry === true) &&
              // (an earlier level told after the one now is no rise to it: "4/10. was 6 yesterday")
              !isEarlierToldAfter(scores, index) &&
              score.value >= (scores[index - 1]?.value ?? 11) &&
              ((scores[index - 1]?.value ?? 0) >= 6 || !isEasedAfter(scores, index)))),
      );
      // A later score of 6 or more is not settled, unless the patient says it is easing ("7 yesterday, a 6 now,
      // easing": the 6-7 that is already easing).
      const unsettled =
        facts.notSettled !== undefined ||
        (scores.length >= 2 && last.value >= 6 && trend?.value !== "better") ||
        trend?.value === "same" ||
        trend?.value === "worse";
      // Still up the next morning, or still as high, is "not back to baseline by the next morning", whatever
      // settled later or elsewhere in the message ("...still 6 this morning. The other niggle settled overnight.").
      const stillUp = facts.notSettled ?? stillHigh?.evidence;
      if (stillUp !== undefined || (unsettled && !facts.settled)) {
        add("fact:score-high-unsettled", peak.evidence, ...(stillUp ? [stillUp] : []));
      } else {
        add("fact:score-moderate-easing", peak.evidence);
      }
    }
  }

  const rising = risingWeekOnWeek(scores);
  if (rising) add("fact:rising-week-on-week", ...rising);

  const aboveUsual =
    morningAboveUsual(scores) ??
    stillAboveUsualNextDay(scores, facts.hoursSince) ??
    dailyAboveUsual(scores);
  if (aboveUsual) add("fact:score-above-usual-next-morning", ...aboveUsual);
  else {
    const stillUp = stillUpNextMorning(scores, facts) ?? painStillNextMorning(findings, facts);
    if (stillUp) add("fact:score-still-next-morning", ...stillUp);
  }

  // Timing and trend only matter when there is something to time: a symptom or a pain score above 0.
  const hasSymptoms =
    signals.size > 0 ||
    // ("Tweaked my back on Friday. It's Sunday and it's loosening off": the strain is what is timed.)
    facts.backStrain !== undefined ||
    facts.painMentioned !== undefined ||
    trend?.value === "same" ||
    trend?.value === "worse" ||
    // ("It's been a week and I'm no better. Every session I feel a bit better": the timing's own trend)
    facts.trendAtTiming?.value === "same" ||
    facts.trendAtTiming?.value === "worse" ||
    scores.some((score) => score.value > 0);
  const since = facts.hoursSince;
  // How it is going at the time given: said in the same sentence when it is ("day 5 and still just as sore"),
  // so that a later sentence about something else easing does not answer for it.
  const timed = facts.trendAtTiming ?? trend;
  // ("Session Sat. ... Tuesday a bit less, Wednesday gone": gone by day 4, it faded inside the 72 hours, whatever
  // the scores before told)
  const clearedInTime =
    facts.clearedAtTiming !== undefined &&
    since !== undefined &&
    since.hours <= HOURS_CLEARED_IN_TIME;
  if (!hasSymptoms || clearedInTime) {
    // Nothing to time.
  } else if (
    timed &&
    since &&
    since.hours >= HOURS_72 &&
    (timed.value === "same" || timed.value === "worse")
  ) {
    add("fact:persistent", since.evidence, timed.evidence);
    if (since.hours >= HOURS_4_WEEKS)
      add("fact:no-improvement-month", since.evidence, timed.evidence);
  } else if (
    timed &&
    since &&
    since.hours > HOURS_72 &&
    timed.value === "better" &&
    // ("Six weeks in. Each week the soreness has been a bit less": soreness after each session, easing week on
    // week, is no one soreness outlasting 72 hours.)
    facts.habitualEasing === undefined
  ) {
    add("fact:late-but-improving", since.evidence, timed.evidence);
  } else if (
    !timed &&
    since &&
    since.hours > HOURS_72 &&
    facts.soreSince &&
    facts.habitualEasing === undefined
  ) {
    // ("sore since Monday's session and it's Friday now": lasted past three days, with no word of it easing)
    add("fact:persistent", since.evidence, facts.soreSince);
  } else if (trend?.value === "worse" && since === undefined) {
    add("fact:getting-worse", trend.evidence);
  }
  // (a manipulation reaction told only as still there, "after the mobs on Friday. still there Saturday night but
  // fading": what is still there is the reaction)
  if (hasSymptoms || (facts.manualTherapy !== undefined && facts.stillThere !== undefined))
    addReaction(signals, facts, add);
  if (facts.recentSpinalSurgery) add("fact:recent-spinal-surgery", facts.recentSpinalSurgery);
  if (facts.age && facts.age.value > 65) add("fact:age-over-65", facts.age.evidence);
  addWeakCancerFlags(signals, facts, add);
  if (facts.sudden) add("fact:sudden", facts.sudden);
  if (facts.strain) add("fact:strain", facts.strain);
  if (facts.newPain) add("fact:new-pain", facts.newPain);
  if (facts.inflammatoryPattern) add("fact:inflammatory-pattern", facts.inflammatoryPattern);
  if (facts.worseEachSession) add("fact:worse-each-session", facts.worseEachSession);
  return signals;
};
