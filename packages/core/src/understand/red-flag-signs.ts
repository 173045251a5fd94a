import { isButtockRoute } from "./buttock-route";
import type { ConceptId } from "../model/concept";
import { WordSet } from "../text/word-set";
import { WEEKDAYS } from "../text/weekdays";
import { feltAfterBut } from "./felt-after-but";
import type { FindingStatus } from "../model/finding";
import { cueIndexFrom, cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import { CUE_INDEX } from "./cues";
import { UNIT_HOURS } from "./numbers";
import type { CueKind } from "./cues";
import { hasOwnTimeSorenessBetween } from "./own-time-soreness";
import { hasOtherPartSorenessBetween } from "./other-part-soreness";
import {
  isAboutEverythingElse,
  isAskedNormal,
  isChecklistQuestion,
  isNegated,
  isChangeDenied,
  isNegationWord,
  precededByNegation,
  statusOf,
} from "./status";
import type { Span } from "./status";
import { isListedWithLegs, isOtherPartSymptom } from "./other-part-symptom";
import { isSymptomGoing } from "./symptom-going";
import { isToiletsOwnLeak, TOILET_LEAK_WORDS } from "./toilet-leak";
import { PAIN_WORDS as PLAIN_PAIN_WORDS } from "./body-words";

/**
 * Red-flag signs recognised by what they are about and what is wrong there, not by listed phrases.
 *
 * Each emergency domain has a family of words that name it, directly or not ("pee", "the flow", "my underwear",
 * "the area I sit on", "toilet paper") and a family of words for something wrong there ("trickle", "wait ages",
 * "press", "damp", "without noticing", "rubbery", "like the dentist"). A domain word and a sign word close
 * together in one clause (nothing between them that starts another subject or tells of another act, such as
 * getting to the toilet) make a finding, with both as its evidence. Whether it counts is then decided as for any
 * other finding: negated, someone else's, imagined, past or long-standing findings are set aside
 * (`status.ts`).
 */

/**
 * Sign words that are common in any message ("pain", "since", "gone"): looked up only in the few tokens around a
 * domain word, so that most messages never look for them. `afterNegation` are words that are a sign only right
 * after a negation ("don't last", "not working"), with the span from the negation.
 */
type WordSign = { words: ReadonlySet<string>; afterNegation?: ReadonlySet<string> };

/** Adds a finding (the status is computed from the span when not given). */
export type AddFinding = (
  concept: ConceptId,
  detail: string | undefined,
  span: Span,
  status?: FindingStatus,
) => void;

/** How a pair of cues is read. */
type Pairing = {
  domain: CueKind;
  /** A cue kind, or a set of single words looked for only around the domain (common words: "pain", "since"). */
  sign: CueKind | WordSign;
  concept: ConceptId;
  detail: string | undefined;
  /** The most tokens between the two. */
  reach: number;
  /** Getting to the toilet, sitting or standing between them is another act ("hard to get to the loo to pee"). */
  stopAtActs: boolean;
  /** Reasons the pair is about something else. */
  skip?: (reading: Reading, domain: CueHit, sign: Span) => boolean;
  /** Reasons the domain word is about something else, whatever the sign ("go to the gym", "a wee bit"). */
  notDomain?: (reading: Reading, domain: CueHit) => boolean;
  /** The domain is itself the sign, the sign word only its measure ("can't pee | for a day"): its status counts. */
  statusOfDomain?: boolean;
};

/**
 * Words that, after "and", a comma or a dash, start a new subject: the sign after them is about it. ("it" and
 * "they" point back at what came before: "I'm peeing less and it dribbles out".)
 */
const NEW_SUBJECT = new Set([
  "i",
  "im",
  "ive",
  "id",
  "my",
  "the",
  "there",
  "theres",
  "she",
  "he",
  "we",
  "you",
  "now",
  "then",
  "today",
  "yesterday",
  "also",
  "both",
  "all",
]);

/** Words that open another clause inside a sentence ("..., which is hard", "because of the pain"). */
const SUBORDINATE = new Set([
  "which",
  "because",
  "cos",
  "coz",
  "cause",
  "while",
  "whilst",
  "though",
  "although",
  "whereas",
  "unless",
]);

/** Verbs of moving about: "hard to get to the loo", "can't stand up to pee" tell of another act. */
const MOVING = new Set([
  "get",
  "getting",
  "got",
  "go",
  "going",
  "went",
  "walk",
  "walking",
  "walked",
  "climb",
  "climbing",
  "rush",
  "rushing",
  "rushed",
  "run",
  "running",
  "make",
  "making",
  "made",
]);
/** After a verb of moving, a word of where to: it is the moving that is hard. */
const WHERE_TO = new WordSet([
  "to",
  "up",
  "down",
  "on",
  "off",
  "into",
  "onto",
  "upstairs",
  "downstairs",
  "there",
  "back",
]);
/** Acts of the body that are another act whatever follows them. */
const POSTURE = new WordSet([
  "stand",
  "standing",
  "stood",
  "sit",
  "sitting",
  "sat",
  "bend",
  "bending",
  "bent",
  "kneel",
  "kneeling",
  "squat",
  "squatting",
  "crouch",
  "crouching",
  "lie",
  "lying",
  "lay",
  "sleep",
  "sleeping",
  "slept",
  "move",
  "moving",
  "reach",
  "reaching",
  "twist",
  "twisting",
  "turn",
  "turning",
  "lift",
  "lifting",
]);

const I_WORDS = new WordSet(["i", "im", "id"]);

const isJoiner = (norm: string): boolean =>
  norm === "and" || norm === "," || norm === "-" || norm === "but";

/**
 * Whether the words from `from` up to `to` (exclusive) keep a domain and a sign together: nothing that starts a
 * new subject ("and my back...") or another clause ("which", "because"), and with `stopAtActs`, nothing that tells
 * of moving or sitting.
 */
const keepsTogether = (
  reading: Reading,
  from: number,
  to: number,
  stopAtActs: boolean,
): boolean => {
  const { tokens } = reading;
  for (let i = from; i < to; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    const next = tokens[i + 1]?.norm ?? "";
    // "..., and the other feels like cardboard", "on the loo and I can't tell": the same thing again, or the
    // patient telling what they feel of it.
    // ("haven't been able to, you know, perform": a filler, not a new subject.) So is "and also the" straight before
    // the other word of the pair, a second object of one verb ("lost my appetite and also the weight").
    const continues =
      (next === "the" && tokens[i + 2]?.norm === "other") ||
      (I_WORDS.has(next) && to - i <= 4) ||
      (next === "you" && tokens[i + 2]?.norm === "know") ||
      (next === "also" && isOnlyDeterminers(reading, i + 2, to));
    if (isJoiner(norm) && NEW_SUBJECT.has(next) && !continues) return false;
    if (SUBORDINATE.has(norm)) return false;
    if (!stopAtActs) continue;
    if (POSTURE.has(norm)) return false;
    if (MOVING.has(norm) && WHERE_TO.at(reading, i + 1)) return false;
  }
  return true;
};

/** Words that only lead a noun ("the weight", "my legs"). */
const DETERMINERS = new WordSet(["the", "my", "some", "a", "his", "her", "their", "our"]);

/** Whether the tokens from `from` up to `to` are only determiners (or none). */
const isOnlyDeterminers = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) if (!DETERMINERS.at(reading, i)) return false;
  return true;
};

/** Whether a domain and a sign are said of each other: one clause, at most `reach` tokens apart, kept together. */
export const areLinked = (
  reading: Reading,
  a: Span,
  b: Span,
  reach: number,
  stopAtActs: boolean,
): boolean => {
  const from = Math.min(a.last, b.last);
  const to = Math.max(a.first, b.first);
  if (isAnswerTo(reading, a, b) || isAnswerTo(reading, b, a)) return true;
  if (to - from > reach) return false;
  if (!isOneClause(reading, a.first, b.first)) return false;
  return keepsTogether(reading, from, to, stopAtActs);
};

/** How far into the answer a sign may be told ("Bladder? Not normal, I can't get it started"). */
const ANSWER_REACH = 10;

/**
 * Whether `answer` is told early in the answer to a checklist question or label that names `asked` ("Bladder? ...",
 * "Bladder: yes, leaking since Monday").
 */
const isAnswerTo = (reading: Reading, asked: Span, answer: Span): boolean => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[asked.first] ?? 0;
  if (sentenceOf[answer.first] !== sentence + 1) return false;
  if (answer.first - (sentenceStarts[sentence + 1] ?? 0) > ANSWER_REACH) return false;
  return isChecklistQuestion(reading, sentence, true);
};

/** After "but", words that carry on with the same thing: "I need to pee so bad but it just won't come". */
const CARRIES_ON = new Set([
  "it",
  "its",
  "nothing",
  "only",
  "just",
  "then",
  "in",
  "on",
  "around",
  "at",
  "down",
  "still",
  "even",
]);

/** Words of needing to go: "I need a wee but I can't", "desperate for a pee but nothing comes". */
const NEED_WORDS = new WordSet([
  "need",
  "needs",
  "needed",
  "needing",
  "desperate",
  "bursting",
  "busting",
  "urge",
  "want",
  "wanted",
  "wanting",
  "tried",
  "try",
  "trying",
]);
/** After "but", words that fail at what was needed: "... but I can't", "... but can't go". */
const NEED_FAILS = new WordSet(["cant", "cannot", "couldnt", "unable"]);
/** Words before the failing word: "but I still can't", "but I just couldn't". */
const NEED_FAIL_LEADS = new WordSet(["i", "still", "just", "really", "simply"]);
/**
 * What may follow the failing word for it to fail at the need itself: nothing more ("but I can't."), or going
 * ("but can't go", "but I can't get it to start"); not another act ("but I can't tell why", "but I can't sleep").
 */
const NEED_FAIL_ACTS = new Set([
  "go",
  "pee",
  "wee",
  "manage",
  "get",
  "seem",
  "even",
  "just",
  "really",
  "actually",
  "start",
  "squeeze",
  "push",
  "pass",
  "empty",
  "make",
  "feel",
]);
/** How far before "but" the need may be told ("I need a wee so badly but ..."). */
const NEED_REACH = 7;

/** Whether the words after the "but" at token `at` fail at the need: "but I still can't go", "but can't.". */
const failsAtNeed = (reading: Reading, at: number): boolean => {
  const { tokens } = reading;
  let i = at + 1;
  while (NEED_FAIL_LEADS.at(reading, i)) i += 1;
  if (!NEED_FAILS.at(reading, i)) return false;
  const next = tokens[i + 1];
  return next === undefined || next.kind === "punct" || NEED_FAIL_ACTS.has(next.norm);
};

/** Whether a need to go is told just before the "but" at token `at`, in its sentence. */
const isNeedBefore = (reading: Reading, at: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (let i = at - 1; i >= Math.max(0, at - NEED_REACH); i -= 1) {
    if (sentenceOf[i] !== sentenceOf[at]) return false;
    if (NEED_WORDS.at(reading, i)) return true;
  }
  return false;
};

/**
 * Whether two tokens lie in one clause, or in clauses joined by "but" carrying on with the same thing (or failing
 * at the need told before it: "I need a wee but I can't go").
 */
const isOneClause = (reading: Reading, a: number, b: number): boolean => {
  const { clauseOf, sentenceOf } = reading.segments;
  if (clauseOf[a] === clauseOf[b]) return true;
  if (sentenceOf[a] !== sentenceOf[b]) return false;
  const { tokens } = reading;
  for (let i = Math.min(a, b) + 1; i <= Math.max(a, b); i += 1) {
    if (clauseOf[i] === clauseOf[i - 1]) continue;
    const norm = tokens[i]?.norm;
    if (norm !== "but" && norm !== "though") return false;
    const next = tokens[i + 1]?.norm ?? "";
    if (
      !CARRIES_ON.has(next) &&
      !feltAfterBut(reading, i) &&
      !((failsAtNeed(reading, i) || triesAtNeed(reading, i)) && isNeedBefore(reading, i))
    )
      return false;
  }
  return true;
};

/** Words of a time the patient tries after "but": "but when I try", "but once I sit down". */
const TRY_WHEN = new WordSet(["when", "once", "whenever", "if"]);
/** Trying to go: "when I try", "once I get there", "whenever I sit down". */
const TRY_ACTS = new WordSet([
  "try",
  "tried",
  "go",
  "went",
  "get",
  "got",
  "sit",
  "sat",
  "do",
  "did",
]);

/**
 * Whether the words after the "but" at token `at` tell what happens when the patient tries to go ("I keep needing
 * to go but when I try it just dribbles"): what follows is of the need told before the "but".
 */
const triesAtNeed = (reading: Reading, at: number): boolean =>
  TRY_WHEN.at(reading, at + 1) && I_SUBJECTS.at(reading, at + 2) && TRY_ACTS.at(reading, at + 3);
/** The patient as the one who tries. */
const I_SUBJECTS = new WordSet(["i", "we"]);

/**
 * The status of a domain-and-sign pair: the sign's, unless the domain is negated ("no bladder problems"), someone
 * else's or imagined.
 */
export const pairStatus = (
  reading: Reading,
  sign: Span,
  domain: Span,
  concept: ConceptId,
): FindingStatus => {
  const status = statusOf(reading, sign, concept);
  // A time said of the sign but not of the domain ("slow for years, nothing new, back stiff after the session the
  // toilet, takes ages"): the domain starts a report of its own, and a sign is past or long-standing only when all
  // of it is. (A domain that only names what a checklist asks, "Waterworks? Slow for years", tells nothing of its own:
  // the answer's time is the sign's.)
  if (
    (status === "long-standing" || status === "past") &&
    reading.segments.sentenceOf[domain.first] === reading.segments.sentenceOf[sign.first] &&
    // (a past episode told with its place, "in 2018 I had a numb patch on my bum", is past throughout; a time of
    // years is not carried so: "slow for years, nothing new ... if I got numb round my back passage. now I am")
    !(status === "past" && isPlaceOfSign(reading, sign, domain)) &&
    isNowAt(reading, domain, concept)
  )
    return "present";
  if (status !== "present") return status;
  // (a sign that opens with its own negation, "not been able to empty my bladder", does not deny the domain)
  const ownNegation =
    sign.first < domain.first && isNegationBefore(reading.tokens[sign.first]?.norm ?? "");
  if (!ownNegation && isNegated(reading, domain)) return "denied";
  const other = statusOf(reading, domain, concept);
  return other === "someone-else" || other === "hypothetical" ? other : status;
};

/** Words that lead from a sign to where or when it is ("a numb patch on my bum", "numbness when I wiped"). */
const PLACE_OF_SIGN = new WordSet([
  "on",
  "in",
  "around",
  "round",
  "across",
  "between",
  "over",
  "down",
  // (and when it is felt: "numbness when I wiped")
  "when",
  "while",
  "whilst",
]);
/** How many tokens may stand between a sign and its place ("numb patch on my bum"). */
const PLACE_OF_SIGN_REACH = 3;

/**
 * A domain told straight after the sign as its place ("a numb patch on my bum", "tingling in my groin"): one phrase,
 * whose time is the sign's, not a report of its own.
 */
const isPlaceOfSign = (reading: Reading, sign: Span, domain: Span): boolean => {
  if (domain.first < sign.last || domain.first - sign.last > PLACE_OF_SIGN_REACH) return false;
  for (let i = sign.last; i < domain.first; i += 1) if (PLACE_OF_SIGN.at(reading, i)) return true;
  return false;
};

/** Whether the words at `span` are the patient's own and current, by their own context. */
const isNowAt = (reading: Reading, span: Span, concept: ConceptId): boolean =>
  statusOf(reading, span, concept) === "present";

const union = (a: Span, b: Span): Span => ({
  first: Math.min(a.first, b.first),
  last: Math.max(a.last, b.last),
});

/** Whether a cue of `kind` lies in the sentence of token `index`. */
const hasInSentence = (reading: Reading, kind: CueKind, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index];
  for (const cue of cuesOf(reading, kind)) if (sentenceOf[cue.first] === sentence) return true;
  return false;
};

/** Words that make the exertion after them a likeness or a denial: "like I've run up ten flights", "not just after the workout". */
const NOT_EFFORT_BEFORE = new Set(["like", "if", "though", "not", "just", "only", "without"]);

/** Exertion or exercise in the sentence of `index`, really done (not a likeness, not denied). */
const hasEffortInSentence = (reading: Reading, kind: CueKind, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index];
  for (const cue of cuesOf(reading, kind)) {
    if (sentenceOf[cue.first] === sentence && !isEffortAside(reading, cue.first)) return true;
  }
  return false;
};

/** Exertion that leaves anyone out of breath or with tired legs: running, the gym, squats, the session. */
const EXERTION = new Set([
  "running",
  "ran",
  "jog",
  "jogging",
  "jogged",
  "sprint",
  "sprinting",
  "cycling",
  "bike",
  "biking",
  "cardio",
  "spin",
  "spinning",
  "stairs",
  "hill",
  "hills",
  "uphill",
  "workout",
  "gym",
  "treadmill",
  "rowing",
  "rower",
  "swim",
  "swimming",
  "hiit",
  "aerobics",
  "brisk",
  "dancing",
  "football",
  "tennis",
  "climbing",
  "exercise",
  "exercises",
  "warmup",
  "squats",
  "squat",
  "lunges",
  "lunge",
  "bridges",
  "deadlifts",
  "deadlift",
  "planks",
  "plank",
  "pilates",
  "yoga",
  "class",
  "session",
  "physio",
  "stretches",
  "reps",
  "sets",
  "set",
  "training",
  "hike",
  "hiking",
  "clamshells",
  "clamshell",
  "clams",
  "raises",
  "marching",
  "bridge",
  "reformer",
  "crunches",
  "situps",
  "burpees",
  "walk",
  "swam",
  "cycled",
  "hiked",
  "standing",
  "stood",
]);

/** Words that make the exertion after them a likeness only: "like after a big hike", "as if I'd run a marathon". */
const LIKENESS_BEFORE = new Set(["like", "if", "though"]);

/**
 * Whether the exertion word at `index` is only a likeness ("shaky, like after a long run"): not denied, so it
 * neither tells of an exertion nor takes away one really done in the sentence ("after the squats ..., like after a
 * big hike").
 */
const isEffortLikeness = (reading: Reading, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  let likeness = false;
  for (let i = Math.max(0, index - 4); i < index; i += 1) {
    if (sentenceOf[i] !== sentenceOf[index]) continue;
    const norm = reading.tokens[i]?.norm ?? "";
    if (LIKENESS_BEFORE.has(norm)) likeness = true;
    else if (NOT_EFFORT_BEFORE.has(norm) || isNegationWord(norm)) return false;
  }
  return likeness;
};

/** Whether the exertion word at `index` is a likeness or denied ("like I've run up", "not just after the workout"). */
const isEffortAside = (reading: Reading, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (let i = Math.max(0, index - 4); i < index; i += 1) {
    if (sentenceOf[i] !== sentenceOf[index]) continue;
    const norm = reading.tokens[i]?.norm ?? "";
    // ("I'd just done 4 sets", "I've just finished the wall sits": done a moment before, not "just walking")
    if (norm === "just" && isJustDone(reading, i)) continue;
    // (and denied: "I haven't done any exercise")
    if (NOT_EFFORT_BEFORE.has(norm) || isNegationWord(norm)) return true;
  }
  return false;
};

/** Perfect tenses before "just" ("I'd just", "I've just", "had just"). */
const PERFECT_BEFORE_JUST = new WordSet(["id", "ive", "had", "have", "has", "wed", "weve"]);
/** Verbs of having done something after that "just" ("just done", "just finished", "just come back from"). */
const DONE_AFTER_JUST = new WordSet([
  "done",
  "finished",
  "completed",
  "come",
  "got",
  "been",
  "did",
]);

/** "I'd just done", "I've just finished": an exertion done a moment before, really done. */
const isJustDone = (reading: Reading, just: number): boolean =>
  PERFECT_BEFORE_JUST.at(reading, just - 1) && DONE_AFTER_JUST.at(reading, just + 1);

/** Exertion in the sentence of `index`, really done. */
const hasExertionInSentence = (reading: Reading, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index];
  const { tokens } = reading;
  for (let i = index; i >= 0 && sentenceOf[i] === sentence; i -= 1) {
    if (isExertionAt(reading, i)) return true;
  }
  for (let i = index + 1; i < tokens.length && sentenceOf[i] === sentence; i += 1) {
    if (isExertionAt(reading, i)) return true;
  }
  return false;
};

const isExertionAt = (reading: Reading, i: number): boolean =>
  isExertionWordAt(reading, i) && !isEffortAside(reading, i);

/**
 * An exertion told near token `index` (within `reach` tokens, in its sentence, with no "I" starting another report
 * between) and none denied in the sentence ("I haven't done any exercise"): what a symptom there comes from.
 */
export const isEffortNear = (reading: Reading, index: number, reach: number): boolean => {
  const { sentenceOf } = reading.segments;
  const { tokens } = reading;
  const sentence = sentenceOf[index];
  let near = false;
  for (let i = index; i >= 0 && sentenceOf[i] === sentence; i -= 1) {
    if (!isExertionWordAt(reading, i) || isEffortLikeness(reading, i)) continue;
    if (isEffortAside(reading, i)) return false;
    if (index - i <= reach && !hasIBetween(reading, i, index)) near = true;
  }
  for (let i = index + 1; i < tokens.length && sentenceOf[i] === sentence; i += 1) {
    if (!isExertionWordAt(reading, i) || isEffortLikeness(reading, i)) continue;
    if (isEffortAside(reading, i)) return false;
    if (i - index <= reach && !hasIBetween(reading, index, i)) near = true;
  }
  return near;
};

/** Whether token `i` names an exertion ("squats", "the gym", "leg day", "calf raises", "when I run"). */
export const isExertionWordAt = (reading: Reading, i: number): boolean => {
  const norm = reading.tokens[i]?.norm ?? "";
  return (
    EXERTION.has(norm) ||
    // "on my feet all day"
    (norm === "on" &&
      reading.tokens[i + 1]?.norm === "my" &&
      reading.tokens[i + 2]?.norm === "feet") ||
    ((norm === "warm" || norm === "warming") && reading.tokens[i + 1]?.norm === "up") ||
    (norm === "leg" && reading.tokens[i + 1]?.norm === "day") ||
    // "heel raises", "calf raises" (read as "raise")
    ((norm === "heel" || norm === "calf" || norm === "leg") &&
      (reading.tokens[i + 1]?.norm === "raise" || reading.tokens[i + 1]?.norm === "raises")) ||
    (norm === "step" && reading.tokens[i + 1]?.norm === "ups") ||
    // "wall sits", "a wall sit"
    (norm === "wall" &&
      (reading.tokens[i + 1]?.norm === "sits" || reading.tokens[i + 1]?.norm === "sit")) ||
    // "when I run", "after my run"; not "run down" (unwell), "runs in the family" or "run out of pills".
    ((norm === "run" || norm === "runs") && !RUN_NOT_EFFORT.at(reading, i + 1))
  );
};

/** Words after "run" that make it something other than running. */
const RUN_NOT_EFFORT = new WordSet(["down", "in", "out", "through", "of", "by", "into"]);

/** Whether a cue of `kind` covers token `index`. */
const isCovered = (reading: Reading, kind: CueKind, index: number): boolean => {
  for (const cue of cuesOf(reading, kind)) if (cue.first <= index && index < cue.last) return true;
  return false;
};

/** "a wee bit", "a wee while": Scots for small, not urine. */
const WEE_SMALL = new WordSet([
  "bit",
  "bitty",
  "while",
  "tad",
  "one",
  "ones",
  "thing",
  "things",
  "little",
  "drop",
  "touch",
  "lad",
  "lass",
  "boy",
  "girl",
  "man",
  "hours",
  "dram",
  "nap",
  "walk",
  "stretch",
  "twinge",
  "niggle",
  "ache",
  "pain",
  "sore",
  "worry",
  "scare",
  "fright",
  "break",
  "rest",
  "cup",
  "problem",
  "issue",
  "bout",
  "spell",
  "flare",
]);

/** "a wee bit hard": the Scots word for small, not urine. */
export const isWeeSmall = (reading: Reading, domain: Span): boolean =>
  reading.tokens[domain.first]?.norm === "wee" && WEE_SMALL.at(reading, domain.first + 1);

/** Wetness with another cause in its sentence: sweat, rain, a shower, a spilt drink, an ice pack. */
const OTHER_WET = new WordSet([
  "sweat",
  "sweaty",
  "sweating",
  "sweats",
  "sweated",
  "rain",
  "raining",
  "rained",
  "rainy",
  "shower",
  "showered",
  "swim",
  "swimming",
  "pool",
  "bath",
  "spilled",
  "spilt",
  "spill",
  "drink",
  "coffee",
  "tea",
  "water",
  "wash",
  "washing",
  "washed",
  "dog",
  "cat",
  "baby",
  "puddle",
  "snow",
  "grass",
  "ice",
  "icepack",
  "period",
  "blood",
  "bleeding",
  "discharge",
  "paint",
]);

const hasOtherWetness = (reading: Reading, domain: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[domain.first];
  const { tokens } = reading;
  for (let i = domain.first; i >= 0 && sentenceOf[i] === sentence; i -= 1) {
    if (OTHER_WET.at(reading, i)) return true;
  }
  for (let i = domain.last; i < tokens.length && sentenceOf[i] === sentence; i += 1) {
    if (OTHER_WET.at(reading, i)) return true;
  }
  return false;
};

/** "feel like sleeping": a verb of feeling before the likeness makes it the patient's own tiredness. */
const FEEL_VERBS = new WordSet(["feel", "feels", "felt", "feeling"]);
const SLEEP_WORDS = new WordSet(["sleeping", "asleep"]);

/** "I feel like sleeping", "just feel like sleeping": tired, not a part gone to sleep ("the zone like sleeping"). */
const isSleepyIdiom = (reading: Reading, sign: Span): boolean => {
  const { tokens } = reading;
  if (tokens[sign.first]?.norm !== "like" || !SLEEP_WORDS.at(reading, sign.first + 1)) return false;
  if (!FEEL_VERBS.at(reading, sign.first - 1)) return false;
  const subject = tokens[sign.first - 2]?.norm ?? "";
  return I_WORDS.has(subject) || subject === "just" || subject === "really" || subject === "ive";
};

/** Who goes to sleep when it is the patient sleeping: "when I went to sleep", "so we went to sleep". */
const SLEEPERS = new Set(["i", "im", "ive", "id", "we", "he", "she", "you", "they", "finally"]);
/** Verbs of going to sleep ("went to sleep", "fell asleep", "go to sleep"). */
const GOING = new WordSet(["went", "gone", "fell", "fallen", "go", "goes", "going", "falling"]);

/**
 * "my bum was sore when I went to sleep": the patient going to sleep, not a part gone to sleep ("my bum went to
 * sleep" is one).
 */
const isPatientSleeping = (reading: Reading, sign: Span): boolean => {
  const { tokens } = reading;
  if (!GOING.at(reading, sign.first)) return false;
  const before = tokens[sign.first - 1]?.norm ?? "";
  // ("trying to go to sleep", "couldn't go to sleep"; not "my bum starts to go to sleep")
  return (
    SLEEPERS.has(before) ||
    ((before === "to" || NOT_ABLE.has(before)) &&
      WANTING_SLEEP.at(reading, before === "to" ? sign.first - 2 : sign.first - 1))
  );
};
/** Words of wanting or trying to sleep before "to go to sleep" ("trying to go to sleep", "couldn't go to sleep"). */
const WANTING_SLEEP = new WordSet([
  "want",
  "wanted",
  "wanting",
  "trying",
  "try",
  "tried",
  "about",
  "need",
  "needed",
  "able",
  "unable",
  "going",
  "gonna",
  "ready",
  "time",
  "hard",
  "struggle",
  "struggling",
  "managed",
  "couldnt",
  "cant",
  "cannot",
]);
const NOT_ABLE = new Set(["couldnt", "cant", "cannot"]);

/** Comparisons that are a sign only when told of a feeling ("it feels less than normal"). */
const FEELING_COMPARED = new WordSet(["less", "weaker", "duller", "lower"]);
const FEELING_WORDS = new Set([
  "feel",
  "feels",
  "felt",
  "feeling",
  "feelings",
  "sensation",
  "sensations",
  "sensitivity",
  "sensibility",
]);
/** Words of pain or soreness, which a comparison after them is about ("it hurts less than usual"). */
const PAIN_WORDS = new Set([
  ...PLAIN_PAIN_WORDS,
  "sore",
  "soreness",
  "ache",
  "aches",
  "aching",
  "achy",
  "stiff",
  "stiffness",
  "tender",
  "throbbing",
  "burning",
  "swollen",
  "swelling",
]);
/** How far before "less than normal" the feeling it compares may be named. */
const COMPARED_REACH = 8;

/**
 * "less than normal" (or weaker, duller, lower) said of a pain, or of nothing named ("my bum hurts less than
 * usual"): no sign. Told of a feeling it is one ("I can feel it but it's definitely less than normal").
 */
const isComparisonOfPain = (reading: Reading, sign: Span): boolean => {
  const { tokens } = reading;
  if (tokens[sign.last - 1]?.norm === "nothing") return isNothingOfPain(reading, sign);
  if (!FEELING_COMPARED.at(reading, sign.first)) return false;
  const { sentenceOf } = reading.segments;
  for (let i = sign.first - 1; i >= Math.max(0, sign.first - COMPARED_REACH); i -= 1) {
    if (sentenceOf[i] !== sentenceOf[sign.first]) return true;
    const norm = tokens[i]?.norm ?? "";
    if (PAIN_WORDS.has(norm)) return true;
    if (FEELING_WORDS.has(norm)) return false;
  }
  return true;
};

/** After "felt like nothing", words that go on to a clause ("felt like nothing was wrong", "like nothing happened"). */
const NOTHING_GOES_ON = new WordSet([
  "was",
  "is",
  "wrong",
  "happened",
  "had",
  "changed",
  "else",
  "to",
  "compared",
  "special",
  "much",
]);
/** Injuries besides pain words, which "feels like nothing" may be said of ("the groin strain feels like nothing"). */
const INJURY_WORDS = new Set([
  "strain",
  "strained",
  "pull",
  "pulled",
  "injury",
  "bruise",
  "tweak",
  "tweaked",
]);

/**
 * "feels like nothing" said of a pain or an injury ("the groin strain is nothing, feels like nothing now"), or
 * going on to a clause ("felt like nothing was wrong"): no loss of feeling.
 */
const isNothingOfPain = (reading: Reading, sign: Span): boolean => {
  const { tokens } = reading;
  if (NOTHING_GOES_ON.at(reading, sign.last)) return true;
  const { sentenceOf } = reading.segments;
  for (let i = sign.first - 1; i >= Math.max(0, sign.first - COMPARED_REACH); i -= 1) {
    if (sentenceOf[i] !== sentenceOf[sign.first]) return false;
    // (a place or a sexual word nearer is what feels like nothing: "no pain after, climaxed and it felt like
    // nothing")
    if (isCovered(reading, "site-saddle", i) || isCovered(reading, "dom-sexual", i)) return false;
    const norm = tokens[i]?.norm ?? "";
    if (
      (PAIN_WORDS.has(norm) || INJURY_WORDS.has(norm)) &&
      !isNegationWord(tokens[i - 1]?.norm ?? "") &&
      !isNegationWord(tokens[i - 2]?.norm ?? "")
    )
      return true;
  }
  return false;
};

/** "bottom of my foot", "the bottom step", "at the bottom": not the saddle area. */
const NOT_SADDLE_BEFORE_BOTTOM = new WordSet(["the", "at", "to", "from", "rock"]);
const isSaddleDomain = (reading: Reading, domain: CueHit): boolean => {
  const first = reading.tokens[domain.first]?.norm;
  if (isFurnitureSeat(reading, domain)) return false;
  // ("dry needle in my bum muscle", "electric from the bum to the calf": the glute, the way down the leg)
  if (isButtockRoute(reading, domain)) return false;
  if (first !== "bottom") return true;
  return (
    domain.last - domain.first > 1 ||
    (reading.tokens[domain.last]?.norm !== "of" &&
      !NOT_SADDLE_BEFORE_BOTTOM.at(reading, domain.first - 1))
  );
};

/** Verbs done to a seat as furniture ("moved my seat back", "adjusted my seat"). */
const SEAT_HANDLING = new WordSet([
  "moved",
  "move",
  "moving",
  "adjusted",
  "adjust",
  "adjusting",
  "pushed",
  "push",
  "put",
  "raised",
  "lowered",
  "reclined",
  "tilted",
  "slid",
  "changed",
]);
/** Words after a seat as furniture: where it was moved or what it is ("my seat back", "my seat belt"). */
const SEAT_AFTER = new WordSet([
  "back",
  "forward",
  "forwards",
  "up",
  "down",
  "belt",
  "position",
  "height",
  "cushion",
]);

/**
 * "my seat" as the car or office seat, not the patient's bottom: something done to it ("I moved my seat back",
 * "adjusted my seat"), or where it went after it ("my seat forward", "my seat belt").
 */
export const isFurnitureSeat = (reading: Reading, domain: Span): boolean =>
  reading.tokens[domain.first]?.norm === "my" &&
  reading.tokens[domain.first + 1]?.norm === "seat" &&
  (SEAT_HANDLING.at(reading, domain.first - 1) || SEAT_AFTER.at(reading, domain.last));

/** Words after which breath is not short of it: "hold my breath", "take a deep breath". */
const BREATH_ASIDE = new Set(["hold", "holding", "held", "deep", "catching"]);
/** Words that make breathlessness more than exertion: at rest, suddenly. */
const BREATH_AT_REST = new WordSet([
  "sudden",
  "suddenly",
  "rest",
  "resting",
  "sitting",
  "lying",
  "bed",
  "asleep",
  // ("breathless doing nothing much", "puffed out just sitting")
  "nothing",
  "sat",
]);

/** How near (in tokens) a word of rest must be to breathlessness to make it breathlessness at rest. */
const AT_REST_REACH = 6;

/** A clot-like change in a calf that the patient has now ("my left calf is swollen and hot"). */
const hasClotSign = (reading: Reading): boolean => {
  for (const cue of cuesOf(reading, "calf-sign"))
    if (isOfLeg(reading, cue) && statusOf(reading, cue, "vascular") === "present") return true;
  return false;
};

/** How near (in tokens) a calf or leg must be named for a sign to be its ("my calf is swollen and hot"). */
const CLOT_SITE_REACH = 6;

/** Whether a calf or leg is named near a sign, in its sentence: not "the bike warm-up" or "hard to breathe". */
const isOfLeg = (reading: Reading, sign: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[sign.first];
  for (const kind of CLOT_SITES) {
    for (const site of cuesOf(reading, kind)) {
      if (sentenceOf[site.first] !== sentence) continue;
      if (site.first - sign.last <= CLOT_SITE_REACH && sign.first - site.last <= CLOT_SITE_REACH)
        return true;
    }
  }
  return false;
};
const CLOT_SITES: readonly CueKind[] = ["site-calf", "site-leg"];

/** Words that turn from what came before to something new: "achy since the session, but now I get breathless". */
const TURN = new WordSet(["but", "however", "yet", "whereas"]);

/**
 * Everyday activity that leaves no one out of breath when said to be so ("climbing the stairs, which I normally do
 * without thinking", "walking to the car, never used to"): the breath, not the effort, is new.
 */
const NOT_USUAL_EFFORT = new WordSet([
  "normally",
  "usually",
  "never",
  "thinking",
  "easily",
  "problem",
  "bother",
]);

/**
 * Exertion that the breathlessness at `index` may come from: in its sentence, not told before a turn to something
 * new ("my back's achy since Monday's session, but since this afternoon I get breathless on 5 stairs"), and not an
 * everyday climb or walk the patient says they normally do without trouble.
 */
const hasExertionForBreath = (reading: Reading, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index];
  const { tokens } = reading;
  let last = index;
  while (last + 1 < tokens.length && sentenceOf[last + 1] === sentence) last += 1;
  let first = index;
  while (first > 0 && sentenceOf[first - 1] === sentence && !TURN.at(reading, first - 1))
    first -= 1;
  for (let i = first; i <= last; i += 1) if (NOT_USUAL_EFFORT.at(reading, i)) return false;
  for (let i = first; i <= last; i += 1) if (isExertionAt(reading, i)) return true;
  return false;
};

/**
 * Breath short from exertion only ("out of breath on the hill walk", "panting in the set"), or breath held: no
 * sign, unless told at rest or as sudden.
 */
export const isExertionOnly = (reading: Reading, domain: Span): boolean => {
  const before = reading.tokens[domain.first - 1]?.norm ?? "";
  const before2 = reading.tokens[domain.first - 2]?.norm ?? "";
  if (BREATH_ASIDE.has(before) || BREATH_ASIDE.has(before2)) return true;
  if (!hasExertionForBreath(reading, domain.first)) return false;
  // With a swollen, red or hot calf, breath short even on the stairs may be a clot that has moved: not explained
  // away by the effort ("my calf is swollen since the op and I get breathless walking up stairs").
  if (hasClotSign(reading)) return false;
  // (at rest near it, in its clause: "... 6/10 near the top, after a rest it was 2" is of the pain)
  const { clauseOf } = reading.segments;
  const clause = clauseOf[domain.first];
  const { tokens } = reading;
  const to = Math.min(tokens.length, domain.last + AT_REST_REACH);
  for (let i = Math.max(0, domain.first - AT_REST_REACH); i < to; i += 1) {
    if (clauseOf[i] === clause && BREATH_AT_REST.at(reading, i)) return false;
  }
  return true;
};

const NOT_INTENDED = new Set([
  "without",
  "not",
  "no",
  "never",
  "wasnt",
  "isnt",
  "didnt",
  "havent",
  "arent",
]);

/** Words that may stand between "lost" and "weight" ("lost my appetite and some weight"). */
const WEIGHT_GLUE = new WordSet([
  "my",
  "the",
  "some",
  "a",
  "bit",
  "of",
  "lot",
  "little",
  "few",
  "appetite",
  "and",
  "quite",
  "loads",
  "lots",
  "too",
  "also",
  "much",
  "heaps",
  "has",
  "have",
  "is",
  "s",
  "been",
  "keeps",
  "kept",
  "really",
  "noticeably",
  "definitely",
  "abit",
  "even",
  "weirdly",
  "suddenly",
  "just",
  "already",
]);

/** What rises that is pain ("my pain has crept up", "it's gone up", "my baseline has risen"). */
const RISING_PAIN = new WordSet([
  "pain",
  "ache",
  "aching",
  "soreness",
  "stiffness",
  "score",
  "scores",
  "baseline",
  "level",
  "levels",
  "it",
  "its",
  "sore",
  "stiff",
  "niggle",
  "sciatica",
  "discomfort",
  // (told in the rise itself: "hurting more", "aches a bit more", "more painful")
  "hurting",
  "hurts",
  "hurt",
  "aches",
  "achy",
  "painful",
  "tender",
]);
/** How far before a rise its subject may stand ("my morning pain has steadily crept up"). */
const RISING_SUBJECT_REACH = 6;

/**
 * Whether what rises is not pain: no word of pain (or "it") in the few words before the rise, in its clause ("my
 * reps have gone up every week", "the weights crept up each week"). Something else named nearer than the pain ("my
 * pain is fine and my reps have gone up") is what rises.
 */
const isRiseOfSomethingElse = (reading: Reading, _domain: CueHit, sign: Span): boolean => {
  const { clauseOf } = reading.segments;
  const clause = clauseOf[sign.first];
  // (from the rise's own last word: pain told in it, "hurting more", "more painful", is what rises)
  for (let i = sign.last - 1; i >= Math.max(0, sign.first - RISING_SUBJECT_REACH); i -= 1) {
    if (clauseOf[i] !== clause) break;
    if (RISING_PAIN.at(reading, i)) return false;
  }
  return true;
};

/** A worsening or rise told as not happening ("not getting worse every week"): see `isChangeDenied`. */
const isDeniedChange = (reading: Reading, _domain: CueHit, sign: Span): boolean =>
  isChangeDenied(reading, sign.first);

/** What starts a visit to the therapist after "each time I": "each time I go", "every time I come out". */
const VISIT_VERBS = new WordSet([
  "go",
  "went",
  "come",
  "came",
  "leave",
  "left",
  "start",
  "have",
  "had",
  "see",
]);
const SUBJECTS_OF_TIME = new Set(["i", "we"]);
/** Words after "each time" that leave it about the visit: "each time after physio", "worse each time and ...". */
const TIME_ENDS = new Set([
  "after",
  "at",
  "from",
  "and",
  "but",
  "so",
  "now",
  "too",
  "again",
  "though",
]);
/** Words naming a session, one of which must stand near a bare "each time" for it to mean each session. */
const SESSION_NAMES = new WordSet([
  "session",
  "sessions",
  "physio",
  "physiotherapy",
  "pt",
  "visit",
  "visits",
  "appointment",
  "appointments",
  "class",
  "classes",
  "treatment",
  "treatments",
  "therapy",
]);

/**
 * Whether a bare "each time" / "every time" is about something other than the sessions: another act after it ("worse
 * each time I bend", "every time I sit"), or no session named in its sentence or the one before ("it gets worse each
 * time" in a message about nothing but the stairs).
 */
const isEachTimeOfOther = (reading: Reading, domain: CueHit): boolean => {
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const next = tokens[domain.last]?.norm ?? "";
  if (SUBJECTS_OF_TIME.has(next) && !VISIT_VERBS.at(reading, domain.last + 1)) return true;
  // (what follows is the visit itself, "each time after physio", or the clause ends: "worse each time, and ...")
  if (tokens[domain.last]?.kind === "word" && !SUBJECTS_OF_TIME.has(next) && !TIME_ENDS.has(next))
    return true;
  const sentence = sentenceOf[domain.first] ?? 0;
  const first = sentenceStarts[Math.max(0, sentence - 1)] ?? 0;
  const end = sentenceStarts[sentence + 1] ?? tokens.length;
  for (let i = first; i < end; i += 1) if (SESSION_NAMES.at(reading, i)) return false;
  return true;
};

const isWeightAside = (reading: Reading, domain: CueHit, sign: Span): boolean => {
  for (const cue of cuesOf(reading, "weight-intended")) {
    if (reading.segments.sentenceOf[cue.first] !== reading.segments.sentenceOf[domain.first])
      continue;
    const before = reading.tokens[cue.first - 1]?.norm ?? "";
    const before2 = reading.tokens[cue.first - 2]?.norm ?? "";
    // "without trying", "not dieting": no intention.
    if (!NOT_INTENDED.has(before) && !NOT_INTENDED.has(before2)) return true;
  }
  const from = Math.min(domain.last, sign.last);
  const to = Math.max(domain.first, sign.first);
  for (let i = from; i < to; i += 1) {
    if (!WEIGHT_GLUE.at(reading, i)) return true;
  }
  return false;
};

/** What goes down that is no person: "the pain went down", "it came down to a 3", "the swelling has gone down". */
const NOT_FALLING_SUBJECTS = new Set([
  "pain",
  "it",
  "its",
  "ache",
  "aching",
  "score",
  "swelling",
  "soreness",
  "stiffness",
  "number",
  "temperature",
  "temp",
  "fever",
  "tingling",
  "numbness",
  "weight",
  "level",
]);
/** After "fall": asleep or ill, not down ("fall asleep on my back"). */
const FELL_INTO = new WordSet(["asleep", "ill", "sick", "pregnant", "apart", "behind"]);
/** Words before going down that say it did not happen: "nearly went down on my bum". */
const NEARLY = new Set(["nearly", "almost", "practically", "virtually"]);
/** Words after where the patient went down that give a purpose: "went down on the floor to stretch", "... for the bridges". */
const PURPOSE = new WordSet(["to", "for"]);

/**
 * Going down and where the patient landed that tell no fall: the landing told first ("on the floor I ..."), a
 * purpose after it ("got down on the floor to do my stretches"), something else that went down ("the pain came
 * down on my left side") or a fall that nearly happened ("nearly went down on my backside").
 */
const isNotFalling = (reading: Reading, move: CueHit, land: Span): boolean => {
  const { tokens } = reading;
  if (land.first < move.last) return true;
  if (PURPOSE.at(reading, land.last)) return true;
  // ("fall asleep on my back")
  for (let i = move.last; i < land.first; i += 1) if (FELL_INTO.at(reading, i)) return true;
  for (let i = Math.max(0, move.first - 2); i < move.first; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (NOT_FALLING_SUBJECTS.has(norm) || NEARLY.has(norm)) return true;
  }
  return false;
};

const isChestExercise = (reading: Reading, domain: CueHit): boolean =>
  isCovered(reading, "chest-exercise", domain.first);

/** A tear in a muscle, a disc, clothes or tears of crying: not a tearing inside. */
const isNotTearing = (reading: Reading, tear: CueHit): boolean => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  // "wear and tear"
  if (tokens[tear.first - 2]?.norm === "wear") return true;
  const next = tokens[tear.last]?.norm;
  if (next === "off" || next === "open" || next === "up") return true;
  for (let i = Math.max(0, tear.first - 3); i < Math.min(tokens.length, tear.last + 3); i += 1) {
    if (clauseOf[i] === clauseOf[tear.first] && NOT_TEARING.at(reading, i)) return true;
  }
  return false;
};

/** Parts of a limb whose back, front or middle a trunk word may name ("the back of my thighs"). */
const LIMB_PARTS = new WordSet([
  "thigh",
  "thighs",
  "leg",
  "legs",
  "knee",
  "knees",
  "calf",
  "calves",
  "hamstring",
  "hamstrings",
  "heel",
  "heels",
  "ankle",
  "ankles",
  "foot",
  "feet",
  "arm",
  "arms",
  "hand",
  "hands",
]);
/** Words between "back of" and the limb ("the back of my left thigh", "back of both legs"). */
const LIMB_PART_FILLERS = new WordSet([
  "my",
  "the",
  "both",
  "left",
  "right",
  "your",
  "one",
  "upper",
  "lower",
]);

/**
 * A trunk word that names a side of a limb ("tearing at the back of my thighs" in a hamstring stretch, "a ripping
 * feeling down the front of my leg"): the limb, not the back or belly where an aortic tearing is felt.
 */
const isLimbSide = (reading: Reading, _domain: CueHit, site: Span): boolean => {
  const { tokens } = reading;
  if (tokens[site.last]?.norm !== "of") return false;
  let at = site.last + 1;
  while (at < site.last + 4 && LIMB_PART_FILLERS.at(reading, at)) at += 1;
  return LIMB_PARTS.at(reading, at);
};

/** Not a tear inside: tears of crying, a tear in a muscle or a disc the patient names, torn clothes or paper. */
const NOT_TEARING = new WordSet([
  "tears",
  "tearful",
  "teary",
  "crying",
  "cried",
  "muscle",
  "hamstring",
  "calf",
  "tendon",
  "ligament",
  "meniscus",
  "disc",
  "disk",
  "annular",
  "mri",
  "scan",
  "paper",
  "page",
  "packet",
  "plaster",
  "bandage",
  "clothes",
  "trousers",
  "jeans",
  "shirt",
]);

/** Trouble of the bladder itself ("can't", "hard", "struggling"): said of "go", it may be going anywhere. */
const VOID_TROUBLE: WordSign = {
  words: new Set([
    "cant",
    "cannot",
    "couldnt",
    "unable",
    "struggle",
    "struggling",
    "struggled",
    "struggles",
    "hard",
    "harder",
    "difficult",
    "difficulty",
    "trouble",
    "problem",
    "problems",
    "issues",
    "effort",
    "refuses",
    "refusing",
    "shy",
    "blocked",
    "stuck",
    "forgotten",
    "forgot",
    "forgets",
  ]),
  // ("haven't managed to go", "not able to")
  afterNegation: new Set(["able", "know", "managed", "manage"]),
};

/** Breath short, hard to get or to catch. */
const BREATH_SIGNS: WordSign = {
  words: new Set([
    "cant",
    "cannot",
    "couldnt",
    "struggle",
    "struggling",
    "struggled",
    "hard",
    "harder",
    "difficult",
    "difficulty",
    "trouble",
    "short",
    "shorter",
    "shallow",
    "catch",
    "catching",
    "gasp",
    "gasping",
    "gulping",
    "laboured",
    "labored",
    "out",
    "enough",
    "lack",
    "puffed",
    "fighting",
    "heavy",
    "tight",
    "wheezy",
    "wheezing",
    "rattly",
  ]),
};

const words = (...list: string[]): ReadonlySet<string> => new Set(list);

/** After not passing water, how long: "since", "for", "all day", "in 14 hours". */
const TOILET_LEAK: WordSign = { words: TOILET_LEAK_WORDS };
const VOID_DURATION: WordSign = { words: words("since", "for", "all", "in", "whole") };

/** Where a tearing feeling must be to be the aorta's (not "tore my hamstring"). */
const TRUNK_SITES: WordSign = {
  words: words(
    "back",
    "spine",
    "belly",
    "tummy",
    "stomach",
    "abdomen",
    "abdominal",
    "chest",
    "inside",
    "insides",
    "middle",
    "blades",
    "something",
    "front",
    "gut",
    "guts",
    "torso",
    "trunk",
    "kidney",
    "kidneys",
    "loin",
    "loins",
  ),
};

/** What can be wrong in the chest: tight, crushing, a weight, pain. */
const CHEST_SIGNS: WordSign = {
  words: words(
    "tight",
    "tightness",
    "tighter",
    "tightening",
    "crushing",
    "crushed",
    "crush",
    "pressure",
    "pressing",
    "heavy",
    "heaviness",
    "squeezing",
    "squeezed",
    "squeeze",
    "squeezes",
    "gripping",
    "grip",
    "vice",
    "clamp",
    "clamped",
    "band",
    "bands",
    "constricted",
    "constricting",
    "constriction",
    "weight",
    "elephant",
    "pain",
    "pains",
    "painful",
    "hurts",
    "hurting",
    "hurt",
    "ache",
    "aching",
    "aches",
    "achy",
    "burning",
    "burn",
    "stabbing",
    "sharp",
    "discomfort",
    "funny",
    "weird",
    "strange",
    "odd",
    "wrong",
  ),
};

/** Pain words for night pain (a sore back at night is not yet night pain). */
const NIGHT_PAIN: WordSign = {
  words: words(
    ...PLAIN_PAIN_WORDS,
    "agony",
    "screaming",
    "throbbing",
    "killing",
    // ("the nights are the worst"; "worse" alone is too often of another time: "worse a couple of nights ago")
    "worst",
  ),
};

/** Erections, orgasm or ejaculation changed: weaker, gone, numb, felt differently, not lasting. */
const SEXUAL_CHANGE: WordSign = {
  words: words(
    "weak",
    "weaker",
    "gone",
    "disappeared",
    "vanished",
    "soft",
    "floppy",
    "dead",
    "numb",
    "muted",
    "distant",
    "dulled",
    "different",
    "weird",
    "strange",
    "odd",
    "reduced",
    "changed",
    "dry",
    "faded",
    "stopped",
    // Felt as if turned down ("orgasm felt completely flat", "duller than it was", "muffled").
    "flat",
    "flatter",
    "dull",
    "duller",
    "muffled",
    "deadened",
    "diminished",
  ),
  afterNegation: words(
    // Not reaching the end ("couldn't finish last night, it just didn't happen"; not "couldn't finish the set").
    "finish",
    "finishing",
    "climax",
    "last",
    "lasting",
    "keep",
    "get",
    "stay",
    "working",
    "work",
    "right",
    "happening",
    "longer",
    "getting",
    "same",
    "feel",
    "feeling",
    "hard",
    "perform",
    "performing",
    // "my erection is not coming", "it doesn't happen any more", "not able to", "haven't managed".
    "coming",
    "come",
    "comes",
    "happen",
    "happening",
    "happens",
    "able",
    "managed",
    // "I can't manage an erection at all", "can't maintain one", "couldn't achieve it".
    "manage",
    "achieve",
    "maintain",
    "sustain",
  ),
};

/** Failing to perform: "can't", "haven't been able to", "struggling to" (perform with my wife). */
const PERFORM_FAIL: WordSign = {
  words: words(
    "cant",
    "cannot",
    "couldnt",
    "unable",
    "struggle",
    "struggling",
    "struggled",
    "failed",
    "failing",
    "trouble",
    "difficult",
    "difficulty",
  ),
  afterNegation: words("able", "managed", "manage", "been"),
};

/** Sex named as an activity ("sex", "the bedroom department"), not a body part or a function of it. */
const SEX_ACTIVITY = words(
  "sex",
  "intercourse",
  "lovemaking",
  "love",
  "making",
  "life",
  "intimate",
  "marital",
  "conjugal",
  "bedroom",
  "department",
);
/** Words that tell of sex done differently, not felt differently ("sex is different now, other positions"). */
const ACTIVITY_CHANGE = words(
  // ("our sex life has been flat": the mood of it)
  "flat",
  "dull",
  "different",
  "changed",
  "reduced",
  "gone",
  "weak",
  "weaker",
  "stopped",
);

/** What is finished when it is not sex ("couldn't finish the set", "finish my reps", "finish it off"). */
const FINISHED_OBJECT = words(
  "the",
  "my",
  "a",
  "an",
  "all",
  "it",
  "them",
  "his",
  "her",
  "their",
  "off",
  "up",
  "work",
  "reps",
  "set",
  "sets",
  "exercises",
  "everything",
  "anything",
  "this",
  "that",
  "these",
  "those",
);

/** "couldn't finish the set": finishing something, not reaching a climax. */
const isFinishingSomething = (reading: Reading, sign: Span): boolean => {
  const { tokens } = reading;
  for (let i = sign.first; i < sign.last; i += 1) {
    const norm = tokens[i]?.norm;
    if (norm === "finish" || norm === "finishing")
      return FINISHED_OBJECT.has(tokens[i + 1]?.norm ?? "");
  }
  return false;
};

/** After "touch myself", words of a place touched ("when I touch myself on the lower back"): not sexual. */
const TOUCHED_PLACE = words("on", "at", "along", "across", "near", "around", "round", "over");

/**
 * Whether the domain is a function of the body told as the object right after the sign ("can't manage an
 * erection", "couldn't achieve an orgasm"), not sex as an activity ("can't manage sex, it hurts my back").
 */
const isObjectOfSign = (reading: Reading, domain: CueHit, sign: Span): boolean =>
  domain.first >= sign.last &&
  domain.first - sign.last <= 1 &&
  !SEX_ACTIVITY.has(reading.tokens[domain.first]?.norm ?? "");

/** "touch myself on the back": touching a place, not oneself sexually. */
const isTouchOfPlace = (reading: Reading, domain: CueHit): boolean =>
  reading.tokens[domain.last - 1]?.norm === "myself" &&
  TOUCHED_PLACE.has(reading.tokens[domain.last]?.norm ?? "");

/** "Came" or "come" as arriving, not orgasm: a place, a direction or a purpose after it ("I came in for PT"). */
const CAME = words("came", "come");
const ARRIVAL_WORDS = words(
  "to",
  "in",
  "into",
  "home",
  "back",
  "here",
  "there",
  "over",
  "round",
  "around",
  "out",
  "off",
  "up",
  "down",
  "across",
  "along",
  "through",
  "from",
  "for",
  "by",
  "with",
  "on",
  "away",
  "inside",
  "outside",
  "forward",
  "straight",
  "first",
  "second",
  "close",
  "near",
  "prepared",
  "a",
  // ("I come every Tuesday and it feels different each time": visits)
  "every",
  "each",
  "twice",
  "once",
  "weekly",
  "regularly",
);

/**
 * "I came" or "I come" followed, within three words of its clause, by where, from where or what for ("when I came
 * in last night", "I came home and barely felt it", "came off the bike"): arriving, not orgasm.
 */
const isArriving = (reading: Reading, domain: CueHit): boolean => {
  if (!CAME.has(reading.tokens[domain.last - 1]?.norm ?? "")) return false;
  const { clauseOf } = reading.segments;
  const clause = clauseOf[domain.last - 1];
  for (let i = domain.last; i < domain.last + 3 && clauseOf[i] === clause; i += 1) {
    if (ARRIVAL_WORDS.has(reading.tokens[i]?.norm ?? "")) return true;
  }
  return false;
};

/** A sexual domain word that is about something else: touching a place, or arriving somewhere. */
const isNotSexual = (reading: Reading, domain: CueHit): boolean =>
  isTouchOfPlace(reading, domain) || isArriving(reading, domain);

/** Sex as an activity changed or less often ("sex is different because of my back"): no sign of the nerves. */
const isActivityChange = (reading: Reading, domain: CueHit, sign: Span): boolean =>
  SEX_ACTIVITY.has(reading.tokens[domain.first]?.norm ?? "") &&
  ACTIVITY_CHANGE.has(reading.tokens[sign.first]?.norm ?? "");

/** A word of `words` in the sentence of token `index`. */
const hasInSentenceWord = (
  reading: Reading,
  index: number,
  words: ReadonlySet<string>,
): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index];
  const { tokens } = reading;
  for (let i = index; i >= 0 && sentenceOf[i] === sentence; i -= 1) {
    if (words.has(tokens[i]?.norm ?? "")) return true;
  }
  for (let i = index + 1; i < tokens.length && sentenceOf[i] === sentence; i += 1) {
    if (words.has(tokens[i]?.norm ?? "")) return true;
  }
  return false;
};

/** A hot night or room as the cause of sweating in bed ("a hot night", "the heating was on full"). */
const HEAT_CAUSES = words(
  "hot",
  "heat",
  "heatwave",
  "warm",
  "humid",
  "muggy",
  "stuffy",
  "sweltering",
  "boiling",
  "heating",
  "summer",
);

/** What a dropped foot does when walking: it flops, slaps down, drags, scuffs or catches. */
const FOOT_DROPPING: WordSign = {
  words: words(
    "flop",
    "flops",
    "flopping",
    "flopped",
    "floppy",
    "slap",
    "slaps",
    "slapping",
    "slapped",
    "drag",
    "drags",
    "dragging",
    "dragged",
    "draggy",
    "scuff",
    "scuffs",
    "scuffing",
    "scuffed",
    "catches",
    "catching",
    "snags",
    "snagging",
    "clips",
    "clipping",
    // A foot or toes hanging down when the leg lifts: "my foot on the right side is hanging down when I walk".
    "hangs",
    "hanging",
    "dangles",
    "dangling",
    "droops",
    "drooping",
    "drooped",
    "sags",
    "sagging",
    // "foot dropping more and more since noon" ("dropped a tin on my foot" is an act on it: `isNotFootDropping`).
    "drops",
    "dropping",
    // As texted, with the "g" dropped or one letter for two ("my foot keeps slapin the floor"): word signs are not
    // typo-corrected (only lexicon and cue words are).
    "slapin",
    "slaping",
    "slappin",
    "flopin",
    "floping",
    "floppin",
    "dragin",
    "draggin",
    "scuffin",
    "catchin",
  ),
  // Not coming up when asked to: "my big toe on the right won't lift up", "the foot doesn't clear the floor".
  afterNegation: words(
    "lift",
    "lifts",
    "lifting",
    "raise",
    "raises",
    "rise",
    "rises",
    "clear",
    "clears",
    // "my left foot, it doesn't come up like it should" (with "up": `isNotFootDropping`).
    "come",
    "comes",
  ),
};

/**
 * Words for the foot that do not tell of it dropping: "dragging my feet" (putting off), "flip flops", "on foot",
 * "slapped my foot" (an act on it).
 */
const isNotFootDropping = (reading: Reading, domain: CueHit, sign: Span): boolean => {
  const { tokens } = reading;
  const word = tokens[sign.first]?.norm ?? "";
  const place = tokens[domain.first]?.norm;
  if (tokens[sign.first - 1]?.norm === "flip" || tokens[domain.first - 1]?.norm === "on")
    return true;
  // ("doesn't come up", not "doesn't come with me")
  if (FOOT_COMES.has(tokens[sign.last - 1]?.norm ?? "") && tokens[sign.last]?.norm !== "up")
    return true;
  // ("my toe won't lift the weight plate": a thing lifted with the foot, not the foot failing to come up)
  if (sign.first > domain.first && isThingLifted(tokens, sign.last)) return true;
  // An act done to the foot ("dragging my feet", "slapped my foot", "catching my foot on the rug" stays a sign).
  return (
    sign.first < domain.first &&
    (place === "feet" || word === "slapped" || word === "slap" || ACTS_ON_FOOT.has(word)) &&
    domain.first - sign.last <= 2
  );
};

/** "Come" as a foot that does not come up. */
const FOOT_COMES = words("come", "comes");
/** "Lift" and "raise", which can take a thing lifted after them ("won't lift the weight plate"). */
const LIFTS = words("lift", "lifts", "lifting", "raise", "raises");
/** Words that open a thing lifted ("the plate", "a weight", "that band"). */
const THING_LEADS = words(
  "the",
  "a",
  "an",
  "this",
  "that",
  "any",
  "some",
  "those",
  "these",
  "it",
  "them",
);
/** Things lifted with a foot in exercise, told bare ("won't lift weights"). */
const LIFTED_THINGS = words(
  "weight",
  "weights",
  "plate",
  "plates",
  "band",
  "bands",
  "dumbbell",
  "dumbbells",
);
/** What the foot or toes not lifting off is the sign ("won't lift off the floor", "lift the floor" is no thing). */
const FLOORS = words("floor", "ground", "carpet", "rug", "step", "kerb", "curb", "pavement");

/**
 * A thing lifted after "lift" or "raise" at `after` ("the weight plate", "a 2 kg weight", "weights"), not the
 * floor the foot does not come up from.
 */
export const isThingLifted = (tokens: Reading["tokens"], after: number): boolean => {
  if (!LIFTS.has(tokens[after - 1]?.norm ?? "")) return false;
  const next = tokens[after]?.norm ?? "";
  if (LIFTED_THINGS.has(next)) return true;
  if (!THING_LEADS.has(next)) return false;
  // ("lift it", "lift them": the thing named before)
  if (next === "it" || next === "them") return true;
  return !FLOORS.has(tokens[after + 1]?.norm ?? "");
};

/** Signs that, told before the foot, are something done with it ("hanging my foot off the bed"). */
const ACTS_ON_FOOT = words(
  "dropping",
  "drops",
  "hanging",
  "dangling",
  "hangs",
  "dangles",
  "lift",
  "lifting",
  "raise",
  "clear",
);

/** Words of a symptom moving on to a new place ("spread", "crept", "moved round to"). */
const MOVED_ON: WordSign = {
  words: words(
    "spread",
    "spreads",
    "spreading",
    "moved",
    "moves",
    "moving",
    "crept",
    "creeps",
    "creeping",
    "reached",
    "reaches",
    "reaching",
    "travelled",
    "traveled",
    "travels",
    "travelling",
    "traveling",
    "extends",
    "extended",
    "extending",
  ),
};

/** Kinds of an altered feeling that can spread to the saddle area (pain spreading there is nerve pain). */
const FEELING_KINDS = ["sym-numb", "sym-tingle"] as const;

/** The last cue of `kind` before token `index`, in its sentence or the one before: its first token, or -1. */
const lastBefore = (reading: Reading, kind: CueKind, index: number): number => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index] ?? 0;
  let last = -1;
  for (const cue of cuesOf(reading, kind)) {
    if (cue.first >= index) break;
    if ((sentenceOf[cue.first] ?? 0) >= sentence - 1) last = cue.first;
  }
  return last;
};

/**
 * Not numbness or tingling moving on to the saddle area: the move must come before the saddle word, with a numb or
 * tingling word told before it in its sentence or the one before, and no pain told nearer ("the pain is spreading
 * into my bum", "my foot is numb and the pain has moved to my bottom" are nerve pain, not numbness).
 */
const isNotFeelingMoving = (reading: Reading, domain: CueHit, sign: Span): boolean => {
  if (sign.first > domain.first) return true;
  let feeling = -1;
  for (const kind of FEELING_KINDS)
    feeling = Math.max(feeling, lastBefore(reading, kind, sign.first));
  return feeling < 0 || lastBefore(reading, "sym-pain", sign.first) > feeling;
};

/** Words of not knowing that, with "to" after them, ask what to do: "not sure whether to keep going". */
const UNSURE_ENDS = new WordSet(["whether", "if", "know", "tell"]);

/**
 * "I'm not sure whether to keep going", "don't know whether to stop": a choice the patient is unsure of, not a
 * feeling of the bladder they cannot tell.
 */
const isUnsureWhatToDo = (reading: Reading, domain: CueHit, sign: Span): boolean =>
  (reading.tokens[sign.last]?.norm === "to" && UNSURE_ENDS.at(reading, sign.last - 1)) ||
  isUnsureOfOtherThing(reading, domain, sign) ||
  isLessOften(reading, domain);

/** Words of how often or how much after "as" or "so" ("as often", "so much"). */
const OFTEN_WORDS = new WordSet(["often", "much", "many", "frequently", "badly", "urgently"]);

/**
 * "I don't feel like I need to pee as often since cutting down on coffee": needing to go less often, told right
 * after the bladder word, is no lost feeling of a full bladder.
 */
const isLessOften = (reading: Reading, domain: CueHit): boolean => {
  const { tokens } = reading;
  for (let i = domain.last; i < domain.last + 3 && i + 1 < tokens.length; i += 1) {
    const norm = tokens[i]?.norm;
    if ((norm === "as" || norm === "so") && OFTEN_WORDS.at(reading, i + 1)) return true;
  }
  return false;
};

/** Words that open what the patient cannot tell when it is a thing of its own ("can't tell if the exercises ..."). */
const OTHER_THING_OPENERS = new WordSet([
  "the",
  "this",
  "that",
  "these",
  "those",
  "its",
  "it",
  "physio",
  "pt",
]);

/**
 * "can't tell if the exercises are helping, peeing fine", "not sure if it's working, bladder ok": what the patient
 * cannot tell is a thing of its own, opened right after the words of not knowing and ended by a comma before the
 * bladder word (which is then another item). "can't tell when my bladder is full" is the bladder's.
 */
const isUnsureOfOtherThing = (reading: Reading, domain: CueHit, sign: Span): boolean => {
  if (domain.first < sign.last) return false;
  let at = sign.last;
  while (at < sign.last + UNSURE_WORDS_REACH && UNSURE_WORDS.at(reading, at)) at += 1;
  if (at === sign.last && !UNSURE_ENDS.at(reading, sign.last - 1)) return false;
  if (!OTHER_THING_OPENERS.at(reading, at)) return false;
  for (let i = at; i < domain.first; i += 1) if (reading.tokens[i]?.norm === ",") return true;
  return false;
};

/** Words of not knowing between the sign and what is not known ("can't | tell if | the exercises ..."). */
const UNSURE_WORDS = new WordSet(["tell", "know", "sure", "say", "if", "whether", "when"]);
const UNSURE_WORDS_REACH = 3;

/** Words before "go" that make it carrying on: "keep going", "kept going at the same level". */
const CARRY_ON = new Set(["keep", "keeps", "kept", "keeping"]);
/** "let" before "go of": a hold released ("let go of the stretch"). */
const LET = new Set(["let", "lets", "letting"]);

/** Whether the domain word is a word for passing water here: "need to go", "the flow", not "go to the gym". */
/** Verbs of getting up from a seat: "could hardly get off the toilet", "struggled to stand up from the loo". */
const RISE_VERBS = new WordSet([
  "get",
  "got",
  "getting",
  "stand",
  "stood",
  "standing",
  "rise",
  "rose",
  "rising",
  "lever",
  "levered",
  "push",
  "pushed",
  "pull",
  "pulled",
  "haul",
  "hauled",
  "heave",
]);
/** Words between such a verb and the seat ("get up off the", "stand up from my"). */
const SEAT_LEFT_BETWEEN = new WordSet(["up", "myself", "off", "from", "the", "my", "of"]);

/**
 * The toilet as a seat to get up from ("I could hardly get off the toilet, my back was that sore"): a struggle to
 * move, not to pass water.
 */
const isSeatLeft = (reading: Reading, domain: CueHit): boolean => {
  const before = reading.tokens[domain.first - 2]?.norm;
  if (before !== "off" && before !== "from") return false;
  for (let i = domain.first - 1; i >= Math.max(0, domain.first - 5); i -= 1) {
    if (RISE_VERBS.at(reading, i)) return true;
    if (!SEAT_LEFT_BETWEEN.at(reading, i)) return false;
  }
  return false;
};

const isNotVoiding = (reading: Reading, domain: CueHit): boolean => {
  const { tokens } = reading;
  const word = tokens[domain.first]?.norm ?? "";
  const next = tokens[domain.last]?.norm ?? "";
  const before = tokens[domain.first - 1]?.norm ?? "";
  // "before the water will come", "the water won't start": the water coming is passing it.
  if (word === "water" && before === "the" && WATER_COMES.has(tokens[domain.last]?.norm ?? ""))
    return isWaterFromSomewhere(reading, domain.last);
  if (word === "water") return WATER_ASIDE.has(before) || WATER_ASIDE.has(next);
  if (word === "empty" || word === "emptying") return !VOID_LEAD.has(before);
  if (word === "flow" || word === "stream") return FLOW_ASIDE.has(before) || next === "of";
  if (word === "going" && isBodyGettingGoing(reading, domain.first)) return true;
  // ("not sure whether to keep going": carrying on with the exercises)
  if (GO_VERBS.has(word) && CARRY_ON.has(before)) return true;
  if (GO_VERBS.has(word) && isLimbGoing(reading, domain.first)) return true;
  // ("stiff in the morning but it goes after a while": the soreness going away)
  if (GO_VERBS.has(word) && isSymptomGoing(reading, domain.first)) return true;
  if (GO_VERBS.has(word) && isAttendingChoice(reading, domain.first)) return true;
  // "when I let go of the stretch", "letting go of the band": releasing a hold, not passing water.
  if (GO_VERBS.has(word) && LET.has(before) && next === "of") return true;
  // "it doesn't come and go", "comes and goes": the idiom of something that is there on and off.
  if (GO_VERBS.has(word) && before === "and" && COMES.has(tokens[domain.first - 2]?.norm ?? ""))
    return true;
  return DESTINATION.has(next);
};

/** Words of choosing before "go": "should I go", "whether to go", "ought to go". */
const CHOICE_BEFORE_GO = new WordSet(["should", "shall", "whether", "ought"]);
/** Things a patient goes to: a session, a class, the gym. */
const APPOINTMENTS = new WordSet([
  "session",
  "sessions",
  "appointment",
  "appointments",
  "appt",
  "class",
  "classes",
  "physio",
  "pt",
  "gym",
  "training",
  "workout",
  "clinic",
  "rehab",
]);
/** How far either side of "go" an appointment word may be told. */
const APPOINTMENT_REACH = 20;

/**
 * "I have another session Saturday and I don't know if I should go", "not sure whether to go to class": choosing
 * whether to attend something named in the sentence, not passing water (not "I don't know if I need to go").
 */
const isAttendingChoice = (reading: Reading, go: number): boolean => {
  const { tokens } = reading;
  const before = tokens[go - 1]?.norm === "to" ? go - 2 : go - 1;
  if (!CHOICE_BEFORE_GO.at(reading, before) && !CHOICE_BEFORE_GO.at(reading, before - 1))
    return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[go];
  const from = Math.max(0, go - APPOINTMENT_REACH);
  const to = Math.min(tokens.length, go + APPOINTMENT_REACH);
  for (let i = from; i < to; i += 1)
    if (sentenceOf[i] === sentence && APPOINTMENTS.at(reading, i)) return true;
  return false;
};

/** "Come" before "and go" ("comes and goes", "doesn't come and go"). */
const COMES = words("come", "comes", "coming", "came");

/** "Go" in its forms: a limb can go weak or wobbly, as the patient can go to the toilet. */
const GO_VERBS = words("go", "goes", "going", "went", "gone");
/** Limbs and body parts that "go" somehow ("my legs went wobbly and weak", "my knees just go"). */
const LIMBS = words(
  "legs",
  "leg",
  "knees",
  "knee",
  "feet",
  "foot",
  "thighs",
  "thigh",
  "calves",
  "calf",
  "ankles",
  "ankle",
  "arms",
  "arm",
  "hands",
  "hand",
  "back",
  "hips",
  "hip",
  "muscles",
  // (a part of the spine or a joint that went is one that gave: "when my disc went", "my neck went")
  "disc",
  "discs",
  "disk",
  "disks",
  "neck",
  "shoulder",
  "shoulders",
  "hamstring",
  "hamstrings",
  // (a symptom that went is one that went away: "the numbness went", "the tingling has gone")
  "numbness",
  "tingling",
  "tingle",
  "pain",
  "ache",
  "soreness",
  "stiffness",
  "feeling",
  "sensation",
  "needles",
  "spasm",
  "burning",
  "cramp",
);
/** Words between a limb and its going ("legs both went", "legs have just gone", "knees kind of go"). */
const LIMB_GO_FILLERS = words(
  "both",
  "have",
  "had",
  "has",
  "just",
  "suddenly",
  "then",
  "all",
  "kind",
  "of",
  "kinda",
  "sort",
  "always",
  "sometimes",
  "would",
  "will",
  "can",
  "they",
  "both",
);

/**
 * A limb the subject of the going ("my legs went wobbly and weak", "both knees just go"): the limb giving, not the
 * patient passing water.
 */
const isLimbGoing = (reading: Reading, going: number): boolean => {
  const { tokens } = reading;
  let i = going - 1;
  while (i > going - 4 && LIMB_GO_FILLERS.has(tokens[i]?.norm ?? "")) i -= 1;
  return LIMBS.has(tokens[i]?.norm ?? "");
};

/** What takes long to get going when it is the patient or their body, not the flow. */
const BODY_GOERS = words(
  "i",
  "me",
  "back",
  "body",
  "spine",
  "joints",
  "legs",
  "hips",
  "muscles",
  "everything",
  "we",
);
/** Verbs of taking long ("takes ages to get going"). */
const TAKES = words("takes", "take", "took", "taking");
/** Words between the one who takes long and "takes" ("my back always takes ages"). */
const TAKES_FILLERS = words(
  "always",
  "still",
  "just",
  "usually",
  "normally",
  "really",
  "does",
  "do",
);

/**
 * "My back takes ages to get going in the morning", "I take a long time to get going": the patient or their body
 * is slow to start (stiffness), told by the subject of "takes" before "to get going"; not "it takes ages to get
 * going" (the flow).
 */
const isBodyGettingGoing = (reading: Reading, going: number): boolean => {
  const { tokens } = reading;
  const verb = tokens[going - 1]?.norm;
  if (verb !== "get" && verb !== "got") return false;
  for (let i = going - 2; i >= Math.max(0, going - 8); i -= 1) {
    if (!TAKES.has(tokens[i]?.norm ?? "")) continue;
    let at = i - 1;
    while (at > i - 3 && TAKES_FILLERS.has(tokens[at]?.norm ?? "")) at -= 1;
    return BODY_GOERS.has(tokens[at]?.norm ?? "");
  }
  return false;
};

/** After "the water", words of it coming or not: passing water ("wait before the water will come"). */
const WATER_COMES = words(
  "will",
  "would",
  "wont",
  "wouldnt",
  "comes",
  "come",
  "came",
  "starts",
  "started",
  "flows",
  "trickles",
  "dribbles",
  // "I can't really feel the water coming out".
  "coming",
  "flowing",
  "trickling",
  "dribbling",
);

/** Where else water comes from: "the water would come out of the hose", "from the tap". */
const WATER_SOURCE = words(
  "of",
  "from",
  "tap",
  "taps",
  "hose",
  "shower",
  "kettle",
  "pipe",
  "pipes",
);
const isWaterFromSomewhere = (reading: Reading, from: number): boolean => {
  const { tokens } = reading;
  for (let i = from; i < Math.min(from + 5, tokens.length); i += 1) {
    if (WATER_SOURCE.has(tokens[i]?.norm ?? "")) return true;
  }
  return false;
};

/** Before "water": drinking it, not passing it. */
const WATER_ASIDE = new Set([
  "drink",
  "drinking",
  "drank",
  "glass",
  "bottle",
  "hot",
  "cold",
  "tap",
  "warm",
  "of",
  "in",
  "the",
  "pool",
  "sparkling",
  "bath",
]);
/** Before "empty": to empty, to empty properly. */
const VOID_LEAD = new Set([
  "to",
  "not",
  "never",
  "cant",
  "couldnt",
  "fully",
  "properly",
  "i",
  "wont",
]);
/** Before "flow" or "stream": not of urine. */
const FLOW_ASIDE = new Set([
  "blood",
  "go",
  "with",
  "the",
  "menstrual",
  "period",
  "air",
  "work",
  "of",
]);
/** After "go": going somewhere or for something, or going well. */
const DESTINATION = new Set([
  "to",
  "for",
  "out",
  "back",
  "home",
  "up",
  "down",
  "away",
  "on",
  "through",
  "into",
  "round",
  "around",
  "over",
  "off",
  "with",
  "by",
  "ahead",
  "in",
  "there",
  "anywhere",
  "somewhere",
  "shopping",
  "swimming",
  "walking",
  "running",
  "cycling",
  "upstairs",
  "downstairs",
  "fine",
  "well",
  "ok",
  "okay",
  "better",
  "worse",
  "numb",
  "dead",
  "weak",
  "wrong",
  "right",
  "badly",
  "smoothly",
  "past",
  "from",
  "again",
  "further",
  "far",
  "near",
  "about",
  "along",
  "inside",
  "outside",
  "the",
  "a",
  "my",
  "your",
  "bed",
  "sleep",
  "work",
  "school",
  "physio",
  "within",
  // Going as progress, not passing water: "I feel like I'm going backwards", "it's all going downhill".
  "backwards",
  "backward",
  "forwards",
  "forward",
  "downhill",
  "uphill",
  "nowhere",
  "sideways",
]);

/** Who gets going when it is the patient, not the flow: "once I get going", "when we get going". */
const GOERS = new WordSet(["i", "we", "you", "ive", "weve"]);

/**
 * "It goes once I get going", "fine when I get going": the patient getting going (warming up, moving), not the
 * flow ("can't get it going", "takes ages to get going" say the flow).
 */
const isPatientGettingGoing = (reading: Reading, sign: Span): boolean => {
  const { tokens } = reading;
  const verb = tokens[sign.first]?.norm;
  return (
    (verb === "get" || verb === "got") &&
    tokens[sign.last - 1]?.norm === "going" &&
    GOERS.at(reading, sign.first - 1)
  );
};

/** Nouns that make "waiting" a thing: "waiting room", "waiting list", "waiting area". */
const WAIT_NOUNS = new WordSet(["room", "rooms", "area", "list", "lounge"]);

/**
 * A word of time ("ages", "a while") followed by sleep or moving: that is what takes long. Or the patient getting
 * going, which is moving too.
 */
const isOtherWait = (reading: Reading, _domain: CueHit, sign: Span): boolean => {
  const { tokens } = reading;
  if (isPatientGettingGoing(reading, sign)) return true;
  // "the waiting room", "on the waiting list": a place or a list, no wait for the flow.
  if (WAIT_NOUNS.at(reading, sign.last)) return true;
  // "when I sit for ages": the sitting is what takes long (not "sit and wait ages before any wee comes").
  if (tokens[sign.first - 1]?.norm === "for" && POSTURE.at(reading, sign.first - 2)) return true;
  for (let i = sign.last; i < Math.min(sign.last + 5, tokens.length); i += 1) {
    const norm = tokens[i]?.norm ?? "";
    // ("takes ages, since tuesday bending forward ...": what follows a comma or a word of when is told apart)
    if (tokens[i]?.kind === "punct" || norm === "since") return false;
    if (POSTURE.has(norm) || norm === "asleep" || norm === "dressed" || norm === "comfortable")
      return true;
  }
  return false;
};

/** "a throbbing pain in my tummy": a throbbing ache is pain, not a pulse. */
const isThrobbingAche = (reading: Reading, _domain: CueHit, sign: Span): boolean => {
  const next = reading.tokens[sign.last]?.norm ?? "";
  return (
    next === "pain" ||
    next === "ache" ||
    next === "pains" ||
    next === "aches" ||
    next === "headache"
  );
};

/** "the rest of the day": not resting. */
const isRestOf = (reading: Reading, domain: CueHit): boolean =>
  reading.tokens[domain.last]?.norm === "of";

/** Night and pain with a word of easing or of being fine between or around them: no night pain. */
const isEasedAtNight = (reading: Reading, domain: CueHit): boolean => {
  const { clauseOf } = reading.segments;
  const clause = clauseOf[domain.first];
  for (const kind of ["trend-better", "settle"] as const) {
    for (const cue of cuesOf(reading, kind)) {
      if (clauseOf[cue.first] !== clause || isCovered(reading, "abn-no-relief", cue.first))
        continue;
      // ("it does not go away when I change position": denied, with what would have eased it)
      if (isDeniedEasing(reading, cue)) continue;
      // (told before, with the patient starting a new report between, it is of something else: "... goes away
      // when I stop I couldn't sleep a wink")
      if (cue.first < domain.first && hasIBetween(reading, cue.last, domain.first)) continue;
      return true;
    }
  }
  // A word of it being fine said of the night ("sleeping fine", "nights are ok"), not of something else in the
  // clause ("pain very very strong, I cannot sleep").
  for (const cue of cuesOf(reading, "neg-post")) {
    if (clauseOf[cue.first] !== clause || isCovered(reading, "abn-no-relief", cue.first)) continue;
    if (cue.first >= domain.last && cue.first - domain.last <= NIGHT_FINE_REACH) return true;
    // ("worse in the morning, fine at night")
    if (cue.last === domain.first) return true;
  }
  return false;
};
/** How far before an easing word its negation may stand ("does not really go away"). */
const DENIED_EASING_REACH = 3;

/**
 * An easing denied ("does not go away"), or what eases told right after a denied one ("does not go away when I
 * change position": the "when I change position" too).
 */
const isDeniedEasing = (reading: Reading, cue: CueHit): boolean => {
  if (precededByNegation(reading, cue, DENIED_EASING_REACH)) return true;
  for (const kind of ["trend-better", "settle"] as const) {
    for (const other of cuesOf(reading, kind)) {
      if (other.last === cue.first && precededByNegation(reading, other, DENIED_EASING_REACH))
        return true;
    }
  }
  return false;
};

/** Whether the patient ("I", "I'm") starts a new report from `from` up to `to` (not "when I", "if I"). */
const hasIBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) {
    if (I_WORDS.at(reading, i) && !I_GOES_ON.at(reading, i - 1)) return true;
  }
  return false;
};
/** Words after which "I" goes on with the same report ("when I stop", "whichever way I lay"). */
const I_GOES_ON = new WordSet([
  "when",
  "if",
  "once",
  "as",
  "while",
  "way",
  "how",
  "and",
  "but",
  "that",
  "until",
]);

/** How near after a word of the night a word of it being fine must follow ("sleeping absolutely fine"). */
const NIGHT_FINE_REACH = 4;

/** Words after "press" or "push" that make it an exercise ("press ups", "push-ups"), and before it ("leg press"). */
const PRESS_EXERCISE_AFTER = words("up", "ups", "outs");
const PRESS_EXERCISE_BEFORE = words(
  "leg",
  "bench",
  "chest",
  "shoulder",
  "overhead",
  "floor",
  "military",
);

/** An effort word that names an exercise ("After the press ups on my tummy the ache goes ..."), no straining to pee. */
const isExerciseNamed = (reading: Reading, _domain: CueHit, sign: Span): boolean =>
  sign.last - sign.first === 1 &&
  (PRESS_EXERCISE_AFTER.has(reading.tokens[sign.last]?.norm ?? "") ||
    PRESS_EXERCISE_BEFORE.has(reading.tokens[sign.first - 1]?.norm ?? ""));

const urine = (
  sign: CueKind | WordSign,
  detail: string,
  reach: number,
  stopAtActs: boolean,
  skip?: Pairing["skip"],
): Pairing => ({
  domain: "dom-urine",
  sign,
  concept: "bladder-bowel",
  detail,
  reach,
  stopAtActs,
  notDomain: isWeeSmall,
  ...(skip ? { skip } : {}),
});

/** Acts a "can't" or "hard to" may be about besides passing water ("just can't stand tall", "hard to bend"). */
const OTHER_ACTS = new Set([
  ...POSTURE,
  "straighten",
  "straightening",
  "walk",
  "walking",
  "run",
  "running",
  "climb",
  "climbing",
  "drive",
  "driving",
  "wear",
  "tie",
  "put",
  "dress",
  "carry",
  "pick",
  "look",
  "roll",
  "rolling",
  "breathe",
  "concentrate",
  "focus",
  "work",
  "lean",
  "rotate",
]);
/** Words of managing, which a failure to do tells of only with "to" after them ("haven't managed to go"). */
const TO_VERBS = new Set(["managed", "manage", "able"]);
/** Words between "can't" and the act: "can't really stand", "hard to fully straighten". */
const TROUBLE_FILLER = new Set([
  "to",
  "really",
  "even",
  "quite",
  "fully",
  "properly",
  "seem",
  "get",
  "up",
]);

/**
 * "Can still wee and poo normally, just can't stand tall": a trouble word followed by another act is about that
 * act, not the bladder.
 */
export const isTroubleOfOtherAct = (reading: Reading, sign: Span): boolean => {
  const { tokens } = reading;
  // ("haven't managed the full set", "not able for it"): only "managed to" or "able to" are a trouble of doing
  const last = tokens[sign.last - 1]?.norm ?? "";
  if (TO_VERBS.has(last) && tokens[sign.last]?.norm !== "to") return true;
  for (let i = sign.last; i < Math.min(tokens.length, sign.last + 3); i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (OTHER_ACTS.has(norm)) return true;
    // ("haven't managed to get to the loo", "can't get up"): moving somewhere, not passing water
    if (MOVING.has(norm) && WHERE_TO.at(reading, i + 1)) return true;
    if (!TROUBLE_FILLER.has(norm)) return false;
  }
  return false;
};

/** Words of being able right before a word of control ("I can control my bladder", "still able to control it"). */
const ABLE = new Set(["can", "could", "to"]);
/** Words that join a list of what the patient can do, and how many things it may list before control. */
const ABLE_LIST_JOINERS = new WordSet([",", "and", "or"]);
const ABLE_LIST_MOST = 4;
/** Words that may stand between them ("can still control", "can fully control"). */
const ABLE_FILLER = new WordSet([
  "still",
  "fully",
  "totally",
  "completely",
  "easily",
  "perfectly",
  "properly",
]);

/**
 * "I can walk, sleep, and control my bladder like always", "I'm still able to control my bowels": control told as
 * something the patient can do is no loss of it. Only "can", "could" or "able to" before it, with nothing between
 * but words of how well ("can barely control", "can't control", "not able to control" stay signs).
 */
export const isControlAble = (reading: Reading, sign: Span): boolean => {
  const { tokens } = reading;
  if (sign.last - sign.first !== 1 || tokens[sign.first]?.norm !== "control") return false;
  let i = sign.first - 1;
  // ("I can walk, sleep, and control my bladder": the last of a list of plain verbs after "can")
  for (let items = 0; items < ABLE_LIST_MOST && ABLE_LIST_JOINERS.at(reading, i); items += 1) {
    while (ABLE_LIST_JOINERS.at(reading, i)) i -= 1;
    if (tokens[i]?.kind !== "word" || reading.masked[i] === 1) return false;
    i -= 1;
  }
  while (i > sign.first - 3 && ABLE_FILLER.at(reading, i)) i -= 1;
  const norm = tokens[i]?.norm ?? "";
  if (!ABLE.has(norm) || (norm === "to" && tokens[i - 1]?.norm !== "able")) return false;
  const at = norm === "to" ? i - 1 : i;
  // ("never able to control it", "not always able to")
  for (let j = Math.max(0, at - 2); j < at; j += 1)
    if (isNegationWord(tokens[j]?.norm ?? "") || tokens[j]?.norm === "always") return false;
  return true;
};

const PAIRINGS: readonly Pairing[] = [
  // Bladder: hard to start ("can't", "trouble" only of the bladder itself, not of getting to the toilet), effort,
  // slow, in drips, not emptying; leaking; not felt.
  urine(
    VOID_TROUBLE,
    "urinary-hesitancy",
    8,
    true,
    (reading, domain, sign) =>
      isTroubleOfOtherAct(reading, sign) || isUnsureOfOtherThing(reading, domain, sign),
  ),
  urine("abn-void-effort", "urinary-hesitancy", 9, false, isExerciseNamed),
  urine("abn-voiding", "urinary-hesitancy", 8, false, isOtherWait),
  urine("abn-leak", "urinary-incontinence", 8, false),
  urine("abn-unfelt", "bladder-sensation", 8, false, isUnsureWhatToDo),
  // "I need to go", "the flow", "the water come slow", "squeeze to empty": with signs only passing water has.
  {
    domain: "dom-void",
    sign: "abn-void-effort",
    concept: "bladder-bowel",
    detail: "urinary-hesitancy",
    reach: 7,
    stopAtActs: false,
    notDomain: isNotVoiding,
    skip: isExerciseNamed,
  },
  {
    domain: "dom-void",
    sign: "abn-voiding",
    concept: "bladder-bowel",
    detail: "urinary-hesitancy",
    reach: 7,
    stopAtActs: false,
    notDomain: isNotVoiding,
    skip: isOtherWait,
  },
  {
    domain: "dom-void",
    sign: "abn-unfelt",
    concept: "bladder-bowel",
    detail: "bladder-sensation",
    reach: 5,
    stopAtActs: false,
    notDomain: isNotVoiding,
    skip: isUnsureWhatToDo,
  },
  // Not having passed water for hours (how long says nothing of when: the status is that of not passing it, so
  // "I couldn't pee for a day after my op 3 years ago" stays past).
  {
    domain: "no-void",
    sign: VOID_DURATION,
    concept: "bladder-bowel",
    detail: "urinary-retention",
    reach: 3,
    stopAtActs: false,
    statusOfDomain: true,
  },
  // Bowel: leaking or not felt (not straining: that is constipation).
  {
    domain: "dom-bowel",
    sign: "abn-leak",
    concept: "bladder-bowel",
    detail: "bowel-incontinence",
    reach: 7,
    stopAtActs: true,
  },
  {
    domain: "dom-bowel",
    sign: "abn-unfelt",
    concept: "bladder-bowel",
    detail: "bowel-sensation",
    reach: 8,
    stopAtActs: false,
  },
  // The toilet: nothing coming, waiting ages, not feeling it.
  {
    domain: "dom-toilet",
    sign: "abn-voiding",
    concept: "bladder-bowel",
    detail: undefined,
    reach: 7,
    stopAtActs: false,
    notDomain: isSeatLeft,
    skip: isOtherWait,
  },
  {
    domain: "dom-toilet",
    sign: "abn-unfelt",
    concept: "bladder-bowel",
    detail: undefined,
    reach: 8,
    stopAtActs: false,
  },
  // Leaking beside the toilet, what leaks unnamed: "leaking a bit before I make it to the loo" (not the toilet's
  // own leak or the plumbing's).
  {
    domain: "dom-toilet",
    sign: TOILET_LEAK,
    concept: "bladder-bowel",
    detail: "urinary-incontinence",
    reach: 8,
    stopAtActs: false,
    skip: isToiletsOwnLeak,
  },
  // Pants, the bed or a chair found wet or damp (not from sweat, rain or a spilt drink), or with wee or poo in.
  {
    domain: "dom-garment",
    sign: "abn-leak",
    concept: "bladder-bowel",
    detail: "urinary-incontinence",
    reach: 6,
    stopAtActs: false,
    skip: hasOtherWetness,
  },
  {
    domain: "dom-garment",
    sign: "dom-bowel",
    concept: "bladder-bowel",
    detail: "bowel-incontinence",
    reach: 3,
    stopAtActs: false,
  },
  {
    domain: "dom-garment",
    sign: "dom-urine",
    concept: "bladder-bowel",
    detail: "urinary-incontinence",
    reach: 3,
    stopAtActs: false,
    skip: hasOtherWetness,
  },
  // The saddle area feeling altered in any words, or not felt.
  {
    domain: "site-saddle",
    sign: "abn-altered",
    concept: "saddle-anesthesia",
    detail: undefined,
    reach: 9,
    stopAtActs: false,
    notDomain: (reading, domain) => !isSaddleDomain(reading, domain),
    skip: (reading, _domain, sign) =>
      isSleepyIdiom(reading, sign) ||
      isPatientSleeping(reading, sign) ||
      isComparisonOfPain(reading, sign),
  },
  {
    domain: "site-saddle",
    sign: "abn-unfelt",
    concept: "saddle-anesthesia",
    detail: undefined,
    reach: 8,
    stopAtActs: false,
    notDomain: (reading, domain) => !isSaddleDomain(reading, domain),
  },
  // Sweats that drench the patient in bed or at night ("waking up drenched in sweat", "the sheets are soaked with
  // sweat"): night sweats, a sign of fever. Not sweat from exercise ("after my evening run I was dripping with sweat").
  {
    domain: "dom-sleep",
    sign: "sweat-heavy",
    concept: "fever-infection",
    detail: "fever",
    reach: 8,
    stopAtActs: false,
    skip: (reading, domain) =>
      hasExertionInSentence(reading, domain.first) ||
      hasInSentenceWord(reading, domain.first, HEAT_CAUSES),
  },
  // A foot that drops, however hedged: "my right foot has started sort of flopping", "the foot kind of slaps down".
  {
    domain: "dom-foot",
    sign: FOOT_DROPPING,
    concept: "leg-weakness",
    detail: "foot-drop",
    reach: 5,
    stopAtActs: false,
    skip: isNotFootDropping,
  },
  // Numbness or tingling told first, then said to have spread or moved on to the saddle area ("the numb patch was on
  // my right buttock but now it's spread ... round to my back passage").
  {
    domain: "site-saddle",
    sign: MOVED_ON,
    concept: "saddle-anesthesia",
    detail: undefined,
    reach: 10,
    stopAtActs: false,
    notDomain: (reading, domain) => !isSaddleDomain(reading, domain),
    skip: isNotFeelingMoving,
  },
  // Erections, orgasm or ejaculation weaker, gone or felt differently.
  {
    domain: "dom-sexual",
    sign: SEXUAL_CHANGE,
    concept: "sexual-dysfunction",
    detail: undefined,
    reach: 6,
    stopAtActs: false,
    // ("sex is fine, not able to kneel though": another act; "can't manage an erection" is the trouble of it)
    skip: (reading, domain, sign) =>
      isActivityChange(reading, domain, sign) ||
      (isTroubleOfOtherAct(reading, sign) && !isObjectOfSign(reading, domain, sign)) ||
      isFinishingSomething(reading, sign),
    notDomain: isNotSexual,
  },
  // Not able to perform with a partner or in bed ("I haven't been able to, you know, perform with my wife").
  {
    domain: "dom-perform",
    sign: PERFORM_FAIL,
    concept: "sexual-dysfunction",
    detail: undefined,
    reach: 6,
    stopAtActs: false,
  },
  {
    domain: "dom-sexual",
    sign: "abn-altered",
    concept: "sexual-dysfunction",
    detail: undefined,
    reach: 6,
    stopAtActs: false,
    skip: (reading, _domain, sign) => isComparisonOfPain(reading, sign),
    notDomain: isNotSexual,
  },
  // The chest tight, heavy, crushing or painful; breath short or hard to get.
  {
    domain: "dom-chest",
    sign: CHEST_SIGNS,
    concept: "vascular",
    detail: "chest-pain",
    reach: 7,
    stopAtActs: false,
    notDomain: isChestExercise,
  },
  {
    domain: "dom-breath",
    sign: BREATH_SIGNS,
    concept: "vascular",
    detail: "breathless",
    reach: 4,
    stopAtActs: false,
    skip: isExertionOnly,
  },
  // A tearing or ripping inside the back, belly or chest; a belly that throbs or beats.
  {
    domain: "tearing",
    sign: TRUNK_SITES,
    concept: "vascular",
    detail: "tearing-pain",
    reach: 5,
    stopAtActs: false,
    notDomain: isNotTearing,
    skip: isLimbSide,
  },
  {
    domain: "dom-belly",
    sign: "abn-pulse",
    concept: "vascular",
    detail: "pulsing-abdomen",
    reach: 6,
    stopAtActs: false,
    skip: isThrobbingAche,
  },
  // A fall, however told: going down, by accident, and where the patient landed ("went down on my backside", "slid
  // off the edge of the bed onto the floor", "ended up on the kitchen floor").
  {
    domain: "fall-move",
    sign: "fall-land",
    concept: "trauma",
    detail: "fall",
    reach: 6,
    stopAtActs: false,
    skip: isNotFalling,
  },
  // Weight lost, however said, unless on purpose.
  {
    domain: "dom-weight",
    sign: "abn-weight-loss",
    concept: "weight-loss",
    detail: undefined,
    reach: 5,
    stopAtActs: false,
    skip: isWeightAside,
  },
  // Rest, lying down or painkillers not easing the pain; pain at night.
  {
    domain: "dom-rest",
    sign: "abn-no-relief",
    concept: "severe-pain",
    detail: "not-eased-by-rest",
    reach: 6,
    stopAtActs: false,
    notDomain: isRestOf,
  },
  // A movement the patient cannot make, lost for good or for days ("can't bend sideways to the left any more, it's
  // stuck", "can't straighten up fully since Monday"): movement that does not come back.
  {
    domain: "lost-move",
    sign: "move-persist",
    concept: "loss-of-motion",
    detail: undefined,
    reach: 14,
    stopAtActs: false,
  },
  // The same movement compared with before the session ("can't twist to look over my shoulder when I'm driving
  // like I could before the session").
  {
    domain: "lost-move",
    sign: "move-before",
    concept: "loss-of-motion",
    detail: undefined,
    reach: 14,
    stopAtActs: false,
  },
  // Worse after each of the last sessions, every time the patient goes: worse after every session.
  {
    domain: "each-session",
    sign: { words: words("worse", "sorer", "higher", "worsening") },
    concept: "worsening-each-session",
    detail: undefined,
    reach: 14,
    stopAtActs: false,
    skip: isDeniedChange,
  },
  // Worse "each time", the sessions named near it ("Third session in a row ... It's getting a bit worse each time").
  {
    domain: "each-time",
    sign: { words: words("worse", "sorer", "worsening") },
    concept: "worsening-each-session",
    detail: undefined,
    reach: 8,
    stopAtActs: false,
    notDomain: isEachTimeOfOther,
    skip: isDeniedChange,
  },
  // Pain going up every week ("my morning pain has crept up every week", "the ache has gone up a notch each week"):
  // rising week on week, when what rises is pain.
  {
    domain: "each-session",
    sign: "rising",
    concept: "worsening-each-session",
    detail: undefined,
    reach: 8,
    stopAtActs: false,
    skip: (reading, domain, sign) =>
      isRiseOfSomethingElse(reading, domain, sign) || isDeniedChange(reading, domain, sign),
  },
  // Pain whatever position the patient takes ("the back was screaming whichever way I lay"): rest does not ease it.
  {
    domain: "any-position",
    sign: NIGHT_PAIN,
    concept: "severe-pain",
    detail: "not-eased-by-rest",
    reach: 10,
    stopAtActs: false,
    notDomain: isEasedAtNight,
  },
  // Pain there even lying in bed or at rest ("the pain is there even when I'm lying in bed at night").
  {
    domain: "even-at-rest",
    sign: NIGHT_PAIN,
    concept: "night-pain",
    detail: undefined,
    reach: 12,
    stopAtActs: false,
    notDomain: isEasedAtNight,
  },
  {
    domain: "dom-night",
    sign: NIGHT_PAIN,
    concept: "night-pain",
    detail: undefined,
    reach: 6,
    stopAtActs: false,
    notDomain: isEasedAtNight,
  },
];

const INDEXED_PAIRINGS: readonly IndexedPairing[] = PAIRINGS.map((pairing) => ({
  ...pairing,
  domainAt: CUE_INDEX[pairing.domain],
  signAt: typeof pairing.sign === "string" ? CUE_INDEX[pairing.sign] : -1,
}));

/** Negation words that make "notice", "feel", "tell" or "know" a sign: "didn't notice", "can't tell". */
const NOT_FELT = new Set([
  "no",
  "not",
  "dont",
  "didnt",
  "doesnt",
  "cant",
  "couldnt",
  "cannot",
  "without",
  "never",
  "hardly",
  "barely",
  "scarcely",
  "wasnt",
  "isnt",
  "wont",
  "wouldnt",
]);
/** Words that may stand between the negation and the verb: "didn't even notice", "can't really tell". */
const NOT_FELT_FILLER = new Set([
  "even",
  "really",
  "always",
  "properly",
  "quite",
  "actually",
  "me",
  "fully",
  "ever",
  "be",
  "able",
  "to",
  "seem",
  "seems",
  "seemed",
  "get",
  "got",
  "been",
  "longer",
]);
/**
 * After the verb, what the patient says they do not feel or notice ("didn't notice any numbness", "don't feel
 * anything wrong"): a denial of that, not a sign.
 */
const DENIED_OBJECT = new WordSet([
  "any",
  "anything",
  "a",
  "an",
  "much",
  "problems",
  "problem",
  "numbness",
  "tingling",
  "difference",
  "different",
  "change",
  "changes",
  "issues",
  "issue",
  "blood",
  "pain",
  "unusual",
  "wrong",
  "worse",
  "better",
  "like",
  "why",
  "what",
  "how",
  "where",
  "who",
  "about",
  "the",
  "this",
  "that",
  "great",
  "good",
  "well",
  "bad",
  "sick",
  "ill",
  "ok",
  "okay",
  "fine",
  "normal",
  "too",
]);

/** After "any", "anything" or "the": what is not felt is the feeling itself or a place ("anything back there"). */
const FELT_OBJECT = new WordSet([
  "feeling",
  "sensation",
  "there",
  "at",
  "when",
  "back",
  "down",
  "in",
  "round",
  "around",
  "from",
  "warning",
  "urge",
  "need",
  "difference",
  "pee",
  "wee",
  "urine",
  "stream",
  "flow",
  "paper",
  "toilet",
  "loo",
]);

/**
 * Where a negation makes "notice", "feel", "tell" or "know" into not noticing, feeling or knowing: the span from
 * the negation to the verb, or undefined ("I didn't notice any numbness" is a denial, not a sign).
 */
const unfeltSpan = (reading: Reading, index: number): Span | undefined => {
  const { tokens } = reading;
  const verb = { first: index, last: index + 1 };
  // "don't feel anything back there", "didn't get the urge" are signs; "didn't notice any numbness" denies.
  if (DENIED_OBJECT.at(reading, verb.last) && !FELT_OBJECT.at(reading, verb.last + 1))
    return undefined;
  for (let i = verb.first - 1; i >= Math.max(0, verb.first - 4); i -= 1) {
    const norm = tokens[i]?.norm ?? "";
    if (NOT_FELT.has(norm)) return { first: i, last: verb.last };
    if (!NOT_FELT_FILLER.has(norm)) return undefined;
  }
  return undefined;
};

/** The domain-and-sign pairs of one pairing, each added once at its nearest sign. */
const addPairs = (
  reading: Reading,
  pairing: IndexedPairing,
  signs: readonly Span[],
  add: AddFinding,
): void => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  for (const domain of cuesAt(reading, pairing.domainAt)) {
    if (pairing.notDomain?.(reading, domain) === true) continue;
    // A sign pairs only within the domain's sentence or as the answer to it (the sentence either side): the
    // signs are in text order, so only those in that window are tried.
    const sentence = sentenceOf[domain.first] ?? 0;
    const windowFirst = sentenceStarts[Math.max(0, sentence - 1)] ?? 0;
    const windowEnd = sentenceStarts[sentence + 2] ?? reading.tokens.length;
    let best: Span | undefined;
    for (let s = cueIndexFrom(signs, windowFirst); s < signs.length; s += 1) {
      const sign = signs[s];
      if (sign === undefined || sign.first >= windowEnd) break;
      if (isBetterSign(reading, pairing, domain, sign, best)) best = sign;
    }
    if (typeof pairing.sign !== "string")
      best = nearestWordSign(reading, pairing, pairing.sign, domain);
    if (pairing.sign === "abn-unfelt") {
      // (numbness, as its own cue, is not felt either)
      const numbs = cuesOf(reading, "sym-numb");
      for (let n = cueIndexFrom(numbs, windowFirst); n < numbs.length; n += 1) {
        const numb = numbs[n];
        if (numb === undefined || numb.first >= windowEnd) break;
        if (pairing.domain !== "site-saddle" && isNumbOfLegSite(reading, numb, domain)) continue;
        if (isBetterSign(reading, pairing, domain, numb, best)) best = numb;
      }
      best = nearestUnfelt(reading, pairing, domain, best);
    }
    if (best === undefined) continue;
    let status =
      pairing.statusOfDomain === true
        ? statusOf(reading, domain, pairing.concept)
        : pairStatus(reading, best, domain, pairing.concept);
    // A denial never cancels a sign that is present: when the nearest sign is denied ("I haven't had any urge to go
    // to the toilet since yesterday morning no numbness"), a present sign of the domain's own sentence pairs instead.
    if (
      status === "denied" &&
      pairing.statusOfDomain !== true &&
      typeof pairing.sign === "string"
    ) {
      const present = presentSignInSentence(reading, pairing, signs, domain, best);
      if (present !== undefined) {
        best = present;
        status = "present";
      }
    }
    add(pairing.concept, pairing.detail, union(domain, best), status);
  }
};

/** The nearest sign in the domain's sentence, other than `denied`, that pairs with it and is present. */
const presentSignInSentence = (
  reading: Reading,
  pairing: IndexedPairing,
  signs: readonly Span[],
  domain: CueHit,
  denied: Span,
): Span | undefined => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[domain.first] ?? 0;
  const end = sentenceStarts[sentence + 1] ?? reading.tokens.length;
  let best: Span | undefined;
  for (let s = cueIndexFrom(signs, sentenceStarts[sentence] ?? 0); s < signs.length; s += 1) {
    const sign = signs[s];
    if (sign === undefined || sign.first >= end) break;
    if (sign === denied || !isBetterSign(reading, pairing, domain, sign, best)) continue;
    if (pairStatus(reading, sign, domain, pairing.concept) === "present") best = sign;
  }
  return best;
};

/**
 * Numbness said of a leg or foot, its subject or its place ("my foot went numb kneeling on the bathroom floor",
 * "numb toes on the loo"), nearer to it than the domain: the leg's numbness, not the bladder's or bowel's.
 */
const isNumbOfLegSite = (reading: Reading, numb: CueHit, domain: CueHit): boolean => {
  const { clauseOf } = reading.segments;
  const reach = Math.abs(domain.first - numb.first);
  for (const kind of ["site-leg", "site-both"] as const) {
    for (const site of cuesOf(reading, kind)) {
      if (clauseOf[site.first] !== clauseOf[numb.first]) continue;
      const before = site.last <= numb.first && numb.first - site.last <= 3;
      const after = site.first >= numb.last && site.first - numb.last <= 2;
      if ((before || after) && Math.abs(site.first - numb.first) < reach) return true;
    }
  }
  return false;
};

/** A pairing with its cue kinds' places in a reading's cue lists, looked up once. */
type IndexedPairing = Pairing & { domainAt: number; signAt: number };

const NO_CUES: readonly CueHit[] = [];
const cuesAt = (reading: Reading, index: number): readonly CueHit[] =>
  index < 0 ? NO_CUES : (reading.cues[index] ?? NO_CUES);

/** "didn't notice", "can't tell" around the domain, nearer than `best`. */
const nearestUnfelt = (
  reading: Reading,
  pairing: Pairing,
  domain: CueHit,
  best: Span | undefined,
): Span | undefined => {
  const { tokens } = reading;
  const from = Math.max(0, domain.first - pairing.reach - 1);
  const to = Math.min(tokens.length, domain.last + pairing.reach + 1);
  let nearest = best;
  for (let i = from; i < to; i += 1) {
    if (!UNFELT_VERBS.at(reading, i)) continue;
    const span = unfeltSpan(reading, i);
    if (span && isBetterSign(reading, pairing, domain, span, nearest)) nearest = span;
  }
  return nearest;
};

/** Whether `sign` pairs with `domain` and lies nearer to it than `best`. */
const isBetterSign = (
  reading: Reading,
  pairing: Pairing,
  domain: CueHit,
  sign: Span,
  best: Span | undefined,
): boolean => {
  if (sign.first < domain.last && domain.first < sign.last) return false;
  if (best && Math.abs(sign.first - domain.first) >= Math.abs(best.first - domain.first))
    return false;
  if (!areLinked(reading, domain, sign, pairing.reach, pairing.stopAtActs)) return false;
  return !(pairing.skip?.(reading, domain, sign) ?? false);
};

/** The nearest word of a word sign around `domain` that pairs with it (a span is made only for a candidate). */
const nearestWordSign = (
  reading: Reading,
  pairing: Pairing,
  sign: WordSign,
  domain: CueHit,
): Span | undefined => {
  const { tokens } = reading;
  let best: Span | undefined;
  const from = Math.max(0, domain.first - pairing.reach - 1);
  const to = Math.min(tokens.length, domain.last + pairing.reach + 1);
  for (let i = from; i < to; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    let first = -1;
    if (sign.words.has(norm)) first = i;
    else if (sign.afterNegation?.has(norm) === true) first = negationBefore(reading, i);
    if (first < 0) continue;
    const candidate = { first, last: i + 1 };
    if (isBetterSign(reading, pairing, domain, candidate, best)) best = candidate;
  }
  return best;
};

/** Words that negate the verb after them ("not", "don't", "haven't been able to"). */
const isNegationBefore = (norm: string): boolean =>
  NOT_FELT.has(norm) || NEGATING_AUXILIARIES.has(norm);
const NEGATING_AUXILIARIES = new Set(["isnt", "arent", "doesnt", "havent", "hasnt", "hadnt"]);

/**
 * The negation word just before token `index` ("don't last", "not really working", "haven't been able to get"),
 * or -1. Four tokens back, for "haven't been able to" before the verb.
 */
const negationBefore = (reading: Reading, index: number): number => {
  for (let i = index - 1; i >= Math.max(0, index - 4); i -= 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (isNegationBefore(norm)) return i;
    if (!NOT_FELT_FILLER.has(norm)) return -1;
  }
  return -1;
};

/** Adds every red-flag sign found by domain and sign words (see the module comment). */
export const addDomainSigns = (reading: Reading, add: AddFinding): void => {
  for (const pairing of INDEXED_PAIRINGS) {
    if (cuesAt(reading, pairing.domainAt).length === 0) continue;
    addPairs(reading, pairing, cuesAt(reading, pairing.signAt), add);
  }
  addSystemicSigns(reading, add);
  addSaddleSignsOfIt(reading, add);
  addVoidingSignsOfIt(reading, add);
  addSexAbsent(reading, add);
};

/** Pronouns that stand for the saddle area or what touches it, named before ("I can feel it, but less"). */
const SADDLE_PRONOUNS = new WordSet(["it", "its", "they", "theyre", "this"]);
/** How far before a sign its pronoun may stand ("it's definitely less than normal, like through a glove"). */
const SADDLE_PRONOUN_REACH = 8;
/** Feeling altered or gone, as told of "it". */
const SADDLE_SIGN_KINDS = ["abn-altered", "sym-numb", "sym-tingle"] as const;
/** Sites that, in the sign's clause, say what the sign is of ("it's numb in my foot"). */
const OWN_SITE_KINDS = ["site-saddle", "site-leg", "site-both"] as const;

/**
 * A feeling altered or gone told of "it", where "it" is the saddle area or the toilet paper named just before,
 * in the sentence or the one before ("I read that you can't feel toilet paper with cauda equina. I CAN feel it but
 * it's definitely less than normal, like through a glove"): the status is the sign's own, so a saddle word that
 * was only quoted or asked about becomes the patient's when they tell what they feel of it.
 */
const addSaddleSignsOfIt = (reading: Reading, add: AddFinding): void => {
  const sites = cuesOf(reading, "site-saddle");
  if (sites.length === 0) return;
  for (const kind of SADDLE_SIGN_KINDS) {
    let previous = -1;
    for (const sign of cuesOf(reading, kind)) {
      // (one sign per place: "feel it but fainter than it should be" also matches shorter)
      if (sign.first === previous) continue;
      previous = sign.first;
      const pronoun = pronounOf(reading, sign);
      if (pronoun < 0) {
        // "I can wipe fine but there's no sensation there": the place named before, as "there".
        const there = thereAfter(reading, sign);
        if (there >= 0 && !isComparisonOfPain(reading, sign) && isSaddleThere(reading, sites, sign))
          add("saddle-anesthesia", undefined, { first: sign.first, last: there + 1 });
        continue;
      }
      if (hasOwnSite(reading, pronoun, sign) || isComparisonOfPain(reading, sign)) continue;
      if (saddleAntecedent(reading, sites, pronoun) === undefined) continue;
      add("saddle-anesthesia", undefined, { first: pronoun, last: sign.last });
    }
  }
};

/** Words that may stand between a sign and its "there" ("numb at all there", "no feeling really there"). */
const BEFORE_THERE = new Set(["at", "all", "really", "anymore", "now", "either"]);
/** After "there", words that make it a clause of its own ("... no feeling, there is ..."), not a place. */
const THERE_OPENS = new WordSet(["is", "are", "was", "were", "s", "has", "have", "had"]);

/** The token of "there" told just after a sign as its place ("no sensation there"), or -1. */
const thereAfter = (reading: Reading, sign: Span): number => {
  const { tokens } = reading;
  for (let i = sign.last; i < Math.min(tokens.length, sign.last + 3); i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (norm === "there") return THERE_OPENS.at(reading, i + 1) ? -1 : i;
    if (!BEFORE_THERE.has(norm)) return -1;
  }
  return -1;
};

/**
 * Whether the place "there" stands for is the saddle area: the nearest place named before the sign, in its
 * sentence or the one before, is a saddle word ("I can wipe fine but ... no sensation there"), not a leg ("my
 * bum is fine, my foot has no feeling there").
 */
const isSaddleThere = (reading: Reading, sites: readonly CueHit[], sign: Span): boolean => {
  const site = saddleAntecedent(reading, sites, sign.first);
  if (site === undefined) return false;
  return (
    lastBefore(reading, "site-leg", sign.first) < site.first &&
    lastBefore(reading, "site-both", sign.first) < site.first
  );
};

/**
 * Words a voiding sign told of "it" must hold to be about passing water ("it just won't come", "it won't all come
 * out", "it dribbles out"), not "it takes ages to get going" (the patient's morning).
 */
const VOID_HEADS = new Set([
  "come",
  "comes",
  "came",
  "coming",
  "out",
  "flow",
  "flows",
  "flowing",
  "empty",
  "emptied",
  "emptying",
  "start",
  "starts",
  "happen",
  "happens",
  "happening",
  "dribbles",
  "trickles",
  "drips",
]);
/** How far before a voiding sign its "it" may stand ("it just won't come", "it still really won't start"). */
const VOID_PRONOUN_REACH = 3;
const VOID_PRONOUNS = new WordSet(["it", "its"]);
/** The domains "it" may stand for: urine, the toilet, not passing water. */
const VOID_ANTECEDENTS = ["dom-urine", "dom-toilet", "no-void"] as const;

/**
 * A voiding sign told of "it", where "it" is the urine or the toilet named before it, in its sentence or the one
 * before ("I went to bed needing a wee and still haven't managed to go. I've tried three times, it just won't
 * come"): the pair's status, as for any domain and sign. Not when a stool is named nearer (that is constipation)
 * or another finding is told between (what "it" then stands for).
 */
const addVoidingSignsOfIt = (reading: Reading, add: AddFinding): void => {
  let previous = -1;
  for (const sign of cuesOf(reading, "abn-voiding")) {
    if (sign.first === previous || sign.last - sign.first < 2) continue;
    previous = sign.first;
    // ("the feeling won't come back": a recovery)
    if (reading.tokens[sign.last]?.norm === "back") continue;
    const pronoun = voidPronounOf(reading, sign);
    if (pronoun < 0) continue;
    const domain = voidAntecedent(reading, pronoun);
    if (domain === undefined || isFindingBetweenHits(reading, domain.last, pronoun)) continue;
    const span = { first: pronoun, last: sign.last };
    add(
      "bladder-bowel",
      "urinary-hesitancy",
      span,
      pairStatus(reading, span, domain, "bladder-bowel"),
    );
  }
};

/** The "it" a multi-word voiding sign is told of (inside it or just before), when the sign is about flow. */
const voidPronounOf = (reading: Reading, sign: Span): number => {
  const { tokens } = reading;
  let about = false;
  let pronoun = -1;
  for (let i = sign.first; i < sign.last; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (VOID_HEADS.has(norm)) about = true;
    if (pronoun < 0 && VOID_PRONOUNS.has(norm)) pronoun = i;
  }
  if (!about) return -1;
  if (pronoun >= 0) return pronoun;
  const { sentenceOf } = reading.segments;
  for (let i = sign.first - 1; i >= Math.max(0, sign.first - VOID_PRONOUN_REACH); i -= 1) {
    if (sentenceOf[i] !== sentenceOf[sign.first]) return -1;
    if (VOID_PRONOUNS.at(reading, i)) return i;
  }
  return -1;
};

/** The urine or toilet word "it" stands for: the last before it in its sentence or the one before, not a stool. */
const voidAntecedent = (reading: Reading, pronoun: number): CueHit | undefined => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[pronoun] ?? 0;
  let found: CueHit | undefined;
  for (const kind of VOID_ANTECEDENTS) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.last > pronoun) break;
      if ((sentenceOf[cue.first] ?? 0) < sentence - 1) continue;
      if (kind === "dom-urine" && isWeeSmall(reading, cue)) continue;
      if (found === undefined || cue.first > found.first) found = cue;
    }
  }
  if (found === undefined || lastBefore(reading, "dom-bowel", pronoun) > found.first)
    return undefined;
  return found;
};

/** Symptom words that "it" may stand for instead of the urine ("... numb, it just won't go"). */
const OTHER_SYMPTOM_KINDS = ["sym-numb", "sym-tingle", "sym-weak", "sym-pain"] as const;

/**
 * A lexicon finding (not of the bladder) or a symptom word that starts from token `from` up to token `to`: what
 * "it" after them may stand for.
 */
const isFindingBetweenHits = (reading: Reading, from: number, to: number): boolean => {
  for (const hit of reading.hits) {
    if (hit.first >= to) break;
    if (hit.first >= from && hit.concept !== "bladder-bowel") return true;
  }
  for (const kind of OTHER_SYMPTOM_KINDS) {
    const cues = cuesOf(reading, kind);
    const cue = cues[cueIndexFrom(cues, from)];
    if (cue !== undefined && cue.first < to) return true;
  }
  return false;
};

/** After "no erection", words that deny a problem with it ("no erection problems", "no erection or bladder issues"). */
const SEX_ABSENT_DENIED = new WordSet([
  "problem",
  "problems",
  "issue",
  "issues",
  "trouble",
  "troubles",
  "difficulty",
  "difficulties",
  "dysfunction",
  "concern",
  "concerns",
  "change",
  "changes",
  "worries",
  "complaints",
]);
/** How far after "no erection" a word of `SEX_ABSENT_DENIED` may stand in its sentence. */
const SEX_ABSENT_REACH = 4;

/** Erections or orgasm absent ("no erection in the morning since 4 days"), not a denial of problems with them. */
const addSexAbsent = (reading: Reading, add: AddFinding): void => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  for (const cue of cuesOf(reading, "sex-absent")) {
    let denied = false;
    const end = Math.min(tokens.length, cue.last + SEX_ABSENT_REACH);
    for (let i = cue.last; i < end && sentenceOf[i] === sentenceOf[cue.first]; i += 1) {
      if (SEX_ABSENT_DENIED.at(reading, i)) denied = true;
    }
    if (!denied) add("sexual-dysfunction", undefined, cue);
  }
};

/** The pronoun a sign is told of: the first inside it ("feel it but fainter"), else the nearest before it. */
const pronounOf = (reading: Reading, sign: Span): number => {
  const { sentenceOf } = reading.segments;
  for (let i = sign.first; i < sign.last; i += 1) {
    if (SADDLE_PRONOUNS.at(reading, i)) return i;
  }
  const sentence = sentenceOf[sign.first];
  for (let i = sign.first - 1; i >= Math.max(0, sign.first - SADDLE_PRONOUN_REACH); i -= 1) {
    if (sentenceOf[i] !== sentence) return -1;
    if (SADDLE_PRONOUNS.at(reading, i)) return i;
  }
  return -1;
};

/** How far after a sign a site may say what it is of ("it's numb in my foot"). */
const OWN_SITE_AFTER = 3;
/** Words of a place phrase between a sign and its site ("numb in my left foot", "tingly down both legs"). */
const PLACE_WORDS = new WordSet([
  "in",
  "on",
  "at",
  "around",
  "round",
  "down",
  "into",
  "my",
  "the",
  "both",
  "of",
]);

/**
 * Whether a site of its own lies between the pronoun and the sign, or right after the sign as its place, in its
 * clause: the sign is then told of it, not of "it". (A site further on in a run-on clause is another report: "...
 * it feels muffled, since Monday legs were wobbly after the squats".)
 */
const hasOwnSite = (reading: Reading, pronoun: number, sign: Span): boolean => {
  const { clauseOf } = reading.segments;
  for (const kind of OWN_SITE_KINDS) {
    for (const site of cuesOf(reading, kind)) {
      if (site.first < pronoun || clauseOf[site.first] !== clauseOf[sign.first]) continue;
      if (site.first < sign.last || isPlaceAfter(reading, sign.last, site.first)) return true;
    }
  }
  return false;
};

/** Whether only a few words of a place phrase stand from token `from` up to a site at token `to`. */
const isPlaceAfter = (reading: Reading, from: number, to: number): boolean => {
  if (to - from > OWN_SITE_AFTER) return false;
  for (let i = from; i < to; i += 1) {
    if (!PLACE_WORDS.at(reading, i)) return false;
  }
  return true;
};

/** The saddle site before `pronoun`, in its sentence or the one before, that the pronoun stands for. */
const saddleAntecedent = (
  reading: Reading,
  sites: readonly CueHit[],
  pronoun: number,
): CueHit | undefined => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[pronoun] ?? 0;
  let antecedent: CueHit | undefined;
  for (const site of sites) {
    if (site.last > pronoun) break;
    if ((sentenceOf[site.first] ?? 0) >= sentence - 1 && isSaddleDomain(reading, site))
      antecedent = site;
  }
  return antecedent;
};

/** Knowing, noticing or feeling, which a negation right before makes a sign ("didn't notice", "can't tell"). */
const UNFELT_VERBS = new WordSet([
  "feel",
  "felt",
  "feeling",
  "tell",
  "notice",
  "noticed",
  "noticing",
  "know",
  "knew",
  "realise",
  "realize",
  "realised",
  "realized",
  "sense",
  "sensed",
  "aware",
]);

/** A cue of `kind` in the sentence of `index` that the patient has now (not denied, imagined or past). */
const presentInSentence = (reading: Reading, kind: CueKind, index: number): CueHit | undefined => {
  const { sentenceOf } = reading.segments;
  for (const cue of cuesOf(reading, kind)) {
    if (sentenceOf[cue.first] !== sentenceOf[index]) continue;
    if (statusOf(reading, cue, "vascular") === "present") return cue;
  }
  return undefined;
};

/** Units after a number that make it a time or a count ("more than 10 minutes", "beyond 10 reps"). */
const COUNT_UNITS = new WordSet([
  ...UNIT_HOURS.keys(),
  "reps",
  "rep",
  "times",
  "goes",
  "sets",
  "steps",
  "metres",
  "meters",
  "yards",
  "miles",
  "km",
  "k",
  "kg",
  "kilos",
  "lbs",
  "pounds",
  "laps",
  "lengths",
  "minutes",
]);

/**
 * "more than 10" or "beyond 10" told of a time or a count ("whenever I sit for more than 10 min", "beyond 10
 * reps"): no score past ten.
 */
const isCountPastTen = (reading: Reading, cue: CueHit): boolean =>
  reading.tokens[cue.last - 1]?.kind === "number" && COUNT_UNITS.at(reading, cue.last);

/**
 * The worst pain ever (severe pain); faint, sweaty or clammy (with sudden or severe pain, the rules' sign of
 * bleeding inside); pain going through to the belly or chest with sudden or severe pain (a tear in the aorta).
 */
const addSystemicSigns = (reading: Reading, add: AddFinding): void => {
  for (const cue of cuesOf(reading, "worst-pain")) {
    if (!isCountPastTen(reading, cue)) add("severe-pain", undefined, cue);
  }
  for (const cue of cuesOf(reading, "faint-sweaty")) add("vascular", "dizzy-clammy", cue);
  for (const cue of cuesOf(reading, "through-front")) {
    const severe =
      presentInSentence(reading, "worst-pain", cue.first) ??
      presentInSentence(reading, "sudden", cue.first) ??
      presentInSentence(reading, "tearing", cue.first) ??
      severeHitInSentence(reading, cue.first);
    if (severe) add("vascular", "tearing-pain", union(cue, severe));
  }
  for (const cue of cuesOf(reading, "leak-self")) {
    if (hasWordNear(reading, cue, LEAK_OTHER)) continue;
    const bowel = isSoiling(reading, cue) || isSkidMarks(reading, cue);
    add("bladder-bowel", bowel ? "bowel-incontinence" : "urinary-incontinence", cue);
  }
  for (const cue of cuesOf(reading, "breathless-word")) {
    if (isExertionOnly(reading, cue) || isBackPainOnBreathing(reading, cue)) continue;
    add("vascular", "breathless", cue);
  }
  for (const cue of cuesOf(reading, "to-chest")) add("vascular", "chest-pain", cue);
  for (const cue of cuesOf(reading, "cannot-function")) add("severe-pain", "cannot-function", cue);
  addFeverReadings(reading, add);
  addSuddenBackAndBellyPain(reading, add);
};

/** What else leaks: a wound, a tap, a nose. */
const LEAK_OTHER = new Set([
  "wound",
  "scar",
  "incision",
  "cut",
  "blister",
  "nose",
  "eye",
  "eyes",
  "tap",
  "roof",
  "pipe",
  "pipes",
  "cistern",
  "plumbing",
  "boiler",
  "radiator",
  "car",
  "oil",
  "pen",
  "bottle",
  "cup",
  "breast",
  "breasts",
  "nipple",
  "nipples",
  "milk",
  "ear",
  "ears",
  "blood",
  "pus",
  "dressing",
  "plaster",
  "bag",
  "tyre",
  "tire",
  "window",
  "ceiling",
  "hose",
  "mouth",
  "drool",
  "drooling",
  "saliva",
  "sweat",
  "sweating",
  "information",
  "news",
  "secret",
  "gas",
  "bag",
  "pack",
  "ice",
  "cup",
  "kettle",
  "tube",
  "gel",
  "bucket",
]);

/** How far after a leak word what leaks may be named ("I've been leaking oil from the car for days"). */
const LEAK_OTHER_REACH = 6;
/** How far before it, within its stretch of words ("my ear keeps leaking", "breast pads, I'm leaking"). */
const LEAK_OTHER_BEFORE = 3;

/**
 * One of `words` near `cue`, in its stretch of words (up to a mark): what leaks is named with the leak, not anywhere
 * in a long run-on ("numb with shock after the news ... im leaking a bit" is the patient leaking; "leakage yes,
 * weakness no, the new car seat ..." is too).
 */
const hasWordNear = (reading: Reading, cue: Span, words: ReadonlySet<string>): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[cue.first];
  const { tokens } = reading;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - LEAK_OTHER_BEFORE); i -= 1) {
    if (sentenceOf[i] !== sentence || tokens[i]?.kind === "punct") break;
    if (words.has(tokens[i]?.norm ?? "")) return true;
  }
  const to = Math.min(tokens.length, cue.last + LEAK_OTHER_REACH);
  for (let i = cue.first; i < to; i += 1) {
    if (sentenceOf[i] !== sentence || (i >= cue.last && tokens[i]?.kind === "punct")) break;
    if (words.has(tokens[i]?.norm ?? "")) return true;
  }
  return false;
};

const isSoiling = (reading: Reading, cue: Span): boolean => {
  for (let i = cue.first; i < cue.last; i += 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (norm === "soiling" || norm === "soiled") return true;
  }
  return false;
};

const isSkidMarks = (reading: Reading, cue: Span): boolean => {
  const first = reading.tokens[cue.first]?.norm ?? "";
  return (
    first === "skid" || first === "skidmarks" || reading.tokens[cue.last - 1]?.norm === "behind"
  );
};

/** "my back hurts when I breathe": pain in the back on breathing, not breathlessness. */
const BACK_WORDS = new WordSet(["back", "ribs", "rib", "spine", "side", "shoulder", "blades"]);
const isBackPainOnBreathing = (reading: Reading, cue: Span): boolean => {
  for (let i = Math.max(0, cue.first - 3); i < cue.first; i += 1) {
    if (BACK_WORDS.at(reading, i)) return true;
  }
  return false;
};

/** Words around a number that make it a temperature. */
const TEMPERATURE_WORDS = new WordSet([
  "temp",
  "temperature",
  "thermometer",
  "fever",
  "degrees",
  "celsius",
  "fahrenheit",
  "°",
  "c",
  "f",
]);

/**
 * A temperature read out as a number (38.2, 39 degrees, 101 F) near a word for it: a fever. Said for someone else
 * or denied, it is set aside like any finding.
 */
const addFeverReadings = (reading: Reading, add: AddFinding): void => {
  const { tokens } = reading;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token?.kind !== "number") continue;
    const value = Number(token.norm);
    const isFever = (value >= 38 && value <= 42) || (value >= 100 && value <= 107);
    if (!isFever || !hasTemperatureWordNear(reading, i)) continue;
    // (38.2 is three tokens: the decimals are part of the reading)
    const last = tokens[i + 1]?.norm === "." && tokens[i + 2]?.kind === "number" ? i + 3 : i + 1;
    add("fever-infection", "fever", { first: i, last });
  }
};

const hasTemperatureWordNear = (reading: Reading, index: number): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  for (let i = Math.max(0, index - 4); i < Math.min(tokens.length, index + 5); i += 1) {
    if (i !== index && sentenceOf[i] === sentenceOf[index] && TEMPERATURE_WORDS.at(reading, i))
      return true;
  }
  return false;
};

/** Back words for pain in the back and the belly together. */
const BACK_SITE = new WordSet(["back", "spine"]);

/**
 * Sudden or severe pain in the back and the belly together ("very sudden big pain in back and belly"): the
 * picture of the aorta.
 */
const addSuddenBackAndBellyPain = (reading: Reading, add: AddFinding): void => {
  const { clauseOf } = reading.segments;
  for (const belly of cuesOf(reading, "dom-belly")) {
    const clause = clauseOf[belly.first];
    let back = -1;
    for (
      let i = Math.max(0, belly.first - 6);
      i < Math.min(reading.tokens.length, belly.last + 6);
      i += 1
    ) {
      if (clauseOf[i] === clause && BACK_SITE.at(reading, i)) back = i;
    }
    if (back < 0) continue;
    let pain: CueHit | undefined;
    for (const cue of cuesOf(reading, "sym-pain")) if (clauseOf[cue.first] === clause) pain = cue;
    if (pain === undefined) continue;
    const severe =
      presentInSentence(reading, "sudden", belly.first) ??
      presentInSentence(reading, "worst-pain", belly.first) ??
      presentInSentence(reading, "faint-sweaty", belly.first) ??
      severeHitInSentence(reading, belly.first);
    if (severe) add("vascular", "tearing-pain", union(union(belly, pain), severe));
  }
};

const severeHitInSentence = (reading: Reading, index: number): Span | undefined => {
  const { sentenceOf } = reading.segments;
  for (const hit of reading.hits) {
    if (hit.concept !== "severe-pain" || sentenceOf[hit.first] !== sentenceOf[index]) continue;
    if (statusOf(reading, hit, "severe-pain") === "present") return hit;
  }
  return undefined;
};

// Both legs.

/** A plural leg word on its own ("my legs"), not "both legs" or "left and right". */
const BARE_PLURALS = new WordSet(["legs", "feet", "thighs", "calves", "shins"]);

/** Words after "leg's" that make it a plural written with an apostrophe ("my leg's are numb"). */
const PLURAL_NEXT = new WordSet([
  "are",
  "were",
  "have",
  "arent",
  "werent",
  "havent",
  "dont",
  "both",
  "keep",
  "seem",
  "feel",
  "hurt",
  "ache",
  "tingle",
  "go",
  "get",
  "and",
]);

/** Whether a word was written with "'s" ("leg's", "foot's"): its norm drops the apostrophe. */
export const isApostropheS = (reading: Reading, index: number): boolean => {
  const token = reading.tokens[index];
  if (token === undefined || token.end - token.start < 3) return false;
  const mark = reading.text.charCodeAt(token.end - 2);
  return mark === 0x27 || mark === 0x2019 || mark === 0x2018 || mark === 0x60 || mark === 0xb4;
};
const SIDES = new Set(["left", "right", "one"]);

/** The side a one-leg site names ("left leg", "the right one", "one foot"), or undefined. */
export const sideOf = (reading: Reading, site: Span): string | undefined => {
  const first = reading.tokens[site.first]?.norm;
  const word = first === "the" || first === "my" ? reading.tokens[site.first + 1]?.norm : first;
  if (word !== undefined && SIDES.has(word)) return word;
  // "my left shin": the side before the site.
  const before = reading.tokens[site.first - 1]?.norm;
  return before !== undefined && SIDES.has(before) ? before : undefined;
};

/**
 * Whether a both-legs site is where a symptom is: not legs that are crossed, shaved, put up or stood on ("pins
 * and needles in my right foot when I crossed my legs", "on my feet all day"), and, for a bare "legs" or "feet",
 * not when a one-sided site lies nearer the symptom in its clause ("my right foot is numb").
 */
export const isBothLegsSiteOf = (reading: Reading, site: Span, symptom: Span): boolean => {
  if (isSidesOfTrunk(reading, site)) return false;
  for (const cue of cuesOf(reading, "legs-object")) {
    if (cue.first <= site.first && site.last <= cue.last) return false;
    if (cue.first < site.last && site.first < cue.last && site.last - site.first === 1)
      return false;
  }
  if (site.last - site.first !== 1 || !BARE_PLURALS.at(reading, site.first)) return true;
  // "my leg's been leaned on": one leg with "'s" (read as "legs"), not two; but "my leg's are numb" is a plural
  // written with an apostrophe.
  if (isApostropheS(reading, site.first) && !PLURAL_NEXT.at(reading, site.last)) return false;
  const { clauseOf } = reading.segments;
  const distance = Math.abs(site.first - symptom.first);
  for (const leg of cuesOf(reading, "site-leg")) {
    if (clauseOf[leg.first] !== clauseOf[symptom.first] || sideOf(reading, leg) === undefined)
      continue;
    if (Math.abs(leg.first - symptom.first) < distance) return false;
  }
  return true;
};

/** Parts of the trunk whose two sides are told ("either side of my spine", "both sides of my lower back"). */
const TRUNK_PARTS = new WordSet([
  "spine",
  "back",
  "neck",
  "lumbar",
  "waist",
  "tummy",
  "belly",
  "stomach",
  "abdomen",
  "ribs",
  "ribcage",
  "chest",
  "pelvis",
  "tailbone",
  "coccyx",
  "backbone",
]);
/** Words between "of" and the part ("of my lower back", "of the spine"). */
const TRUNK_PART_LEADS = new WordSet([
  "my",
  "the",
  "his",
  "her",
  "lower",
  "low",
  "upper",
  "mid",
  "middle",
]);

/**
 * "either side of my spine", "both sides of my lower back", "each side of the neck": the two sides of the trunk,
 * not the two legs ("the muscles either side of my spine" ache after exercise).
 */
const isSidesOfTrunk = (reading: Reading, site: Span): boolean => {
  const word = reading.tokens[site.last - 1]?.norm;
  if (word !== "side" && word !== "sides") return false;
  if (reading.tokens[site.last]?.norm !== "of") return false;
  let i = site.last + 1;
  while (i < site.last + 4 && TRUNK_PART_LEADS.at(reading, i)) i += 1;
  return TRUNK_PARTS.at(reading, i);
};

/** A both-legs site named with "both", "each", "either" or "left and right", not a bare plural. */
export const isExplicitBoth = (reading: Reading, site: Span): boolean =>
  !(site.last - site.first === 1 && BARE_PLURALS.at(reading, site.first));

/** Pronouns that stand for legs named before ("they just won't do what I tell them"). */
const LEGS_PRONOUNS = new WordSet(["they", "theyre", "them", "both"]);

/**
 * The both-legs site a legs symptom is said of: linked in its clause, or, through "they" just before it, named
 * earlier in its sentence or in the one before.
 */
const bothLegsSiteFor = (reading: Reading, symptom: CueHit): CueHit | undefined => {
  const sites = cuesOf(reading, "site-both");
  let best: CueHit | undefined;
  for (const site of sites) {
    if (site.first < symptom.last && symptom.first < site.last) continue;
    if (!areLinked(reading, site, symptom, 6, false) || !isBothLegsSiteOf(reading, site, symptom))
      continue;
    if (!best || Math.abs(site.first - symptom.first) < Math.abs(best.first - symptom.first))
      best = site;
  }
  if (best) return best;
  const { sentenceOf, clauseOf } = reading.segments;
  let pronoun = -1;
  for (let i = symptom.first - 1; i >= Math.max(0, symptom.first - 4); i -= 1) {
    if (clauseOf[i] !== clauseOf[symptom.first]) break;
    if (LEGS_PRONOUNS.at(reading, i)) {
      pronoun = i;
      break;
    }
  }
  if (pronoun < 0) return undefined;
  const sentence = sentenceOf[symptom.first] ?? 0;
  for (const site of sites) {
    if (site.last > pronoun || (sentenceOf[site.first] ?? 0) < sentence - 1) continue;
    if (isLegsSite(reading, site) && isBothLegsSiteOf(reading, site, symptom)) best = site;
  }
  return best;
};

const LEG_WORDS = new WordSet([
  "legs",
  "feet",
  "thighs",
  "calves",
  "shins",
  "knees",
  "ankles",
  "leg",
  "foot",
]);
const isLegsSite = (reading: Reading, site: Span): boolean => {
  for (let i = site.first; i < site.last; i += 1) {
    if (LEG_WORDS.at(reading, i)) return true;
  }
  return false;
};

/** Exercise or exertion in the sentence: legs heavy, like jelly or aching after it are tired muscles. */
export const isAfterEffort = (reading: Reading, index: number): boolean =>
  hasExertionInSentence(reading, index) ||
  hasEffortInSentence(reading, "exercise", index) ||
  hasEffortInSentence(reading, "new-exercise", index) ||
  reading.hits.some(
    (hit) =>
      hit.concept === "doms" &&
      reading.segments.sentenceOf[hit.first] === reading.segments.sentenceOf[index],
  );

/**
 * Legs that fail, go limp or ache, said of both legs ("my legs feel like cooked spaghetti, they just won't do
 * what I tell them", "both my legs are aching down the back of the thighs"). Limp or heavy legs after exertion
 * that recovered are tired muscles; aching legs count only when both are named or the ache goes down them, and
 * not after exercise (sore legs after squats are muscle soreness).
 */
export const addLegSigns = (reading: Reading, add: AddFinding): void => {
  addSecondSide(reading, add);
  if (cuesOf(reading, "site-both").length === 0) return;
  for (const symptom of legsFailing(reading)) {
    const site = bothLegsSiteFor(reading, symptom);
    if (site)
      add(
        "bilateral-neuro",
        "both-legs",
        union(site, symptom),
        pairStatus(reading, symptom, site, "bilateral-neuro"),
      );
  }
  for (const symptom of cuesOf(reading, "legs-limp")) {
    const site = bothLegsSiteFor(reading, symptom);
    if (!site) continue;
    const span = union(site, symptom);
    // (heaviness that comes with walking is a two-leg symptom whether or not it passes on sitting: "both legs go
    // heavy when I walk, it goes when I sit down")
    const whenWalking = isLimpWhenWalking(reading, symptom.first);
    if (!whenWalking && hasRecoveryAfter(reading, symptom))
      add("mild-soreness", "muscle-fatigue", span);
    else if (whenWalking || !isAfterEffort(reading, symptom.first))
      add(
        "bilateral-neuro",
        "both-legs",
        span,
        pairStatus(reading, symptom, site, "bilateral-neuro"),
      );
  }
  for (const site of cuesOf(reading, "site-both")) addAchingLegs(reading, site, add);
};

/** Words that make walking the time a symptom comes ("when I walk", "whenever I walk", "as I walk"). */
const WALK_WHEN = new WordSet(["when", "whenever", "while", "whilst", "as", "if", "once"]);

/** Walking told as when a symptom comes: "when I walk", "as I walk", "while walking" (not "after a long walk"). */
const isWalkingWhen = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const norm = tokens[i]?.norm;
  if (norm !== "walk" && norm !== "walking" && norm !== "walks") return false;
  const before = tokens[i - 1]?.norm ?? "";
  if (WALK_WHEN.has(before)) return true;
  const subject = before === "i" || before === "im" || before === "start" || before === "go";
  return subject && WALK_WHEN.at(reading, i - 2);
};

/**
 * "Both legs feel heavy when I walk", "my legs both get heavy as I walk": heaviness that comes with everyday walking
 * is a two-leg symptom of walking (as spinal claudication is), not tired muscles after exertion. Only when walking
 * so told is the one exertion of the sentence ("heavy legs after the squats when I walk home" stays effort).
 */
const isLimpWhenWalking = (reading: Reading, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  const { tokens } = reading;
  const sentence = sentenceOf[index];
  let start = index;
  while (start > 0 && sentenceOf[start - 1] === sentence) start -= 1;
  let walking = -1;
  for (let i = start; i < tokens.length && sentenceOf[i] === sentence; i += 1)
    if (isWalkingWhen(reading, i)) walking = i;
  if (walking < 0) return false;
  // Another exertion counts told with the heaviness or the walking, not in another report run on after a comma
  // ("both my legs go heavy when I walk the dog, my knee was achy in the session").
  const commaBetween = (a: number, b: number): boolean => {
    for (let i = Math.min(a, b); i < Math.max(a, b); i += 1)
      if (tokens[i]?.norm === ",") return true;
    return false;
  };
  const isTold = (i: number): boolean => !commaBetween(i, index) || !commaBetween(i, walking);
  for (let i = start; i < tokens.length && sentenceOf[i] === sentence; i += 1)
    if (isTold(i) && !isWalkingWhen(reading, i) && isExertionAt(reading, i)) return false;
  for (const kind of ["exercise", "new-exercise"] as const)
    for (const cue of cuesOf(reading, kind))
      if (
        sentenceOf[cue.first] === sentence &&
        isTold(cue.first) &&
        !isEffortAside(reading, cue.first)
      )
        return false;
  return true;
};

/**
 * A recovery told after the limp or heavy legs in their sentence ("legs like jelly after the squats but fine within
 * ten minutes"). One told before is of something else ("back is fine now but since lunch my legs feel heavy").
 */
const hasRecoveryAfter = (reading: Reading, symptom: Span): boolean => {
  const { sentenceOf } = reading.segments;
  for (const cue of cuesOf(reading, "recovered"))
    if (
      cue.first >= symptom.last &&
      sentenceOf[cue.first] === sentenceOf[symptom.first] &&
      // ("... legs go heavy ... bit stiff at the start of the class but it had gone": the stiffness went)
      !hasOwnTimeSorenessBetween(reading, symptom.last, cue.first) &&
      // ("... legs go heavy when I walk the dog, my knee was achy but it had gone": the knee's ache went)
      !hasOtherPartSorenessBetween(reading, symptom.last, cue.first)
    )
      return true;
  return false;
};

const legsFailing = (reading: Reading): readonly CueHit[] => {
  const fail = cuesOf(reading, "legs-fail");
  const metaphor = cuesOf(reading, "weak-metaphor");
  const obey = cuesOf(reading, "legs-obey");
  if (obey.length === 0)
    return metaphor.length === 0 ? fail : fail.length === 0 ? metaphor : [...fail, ...metaphor];
  return [...fail, ...metaphor, ...obey];
};

/**
 * Strength going as a likeness, or a leg that will not do as told, said of one leg ("the battery in my right leg is
 * running out", "my left leg isn't listening to me"): leg weakness.
 */
export const addLegMetaphors = (reading: Reading, add: AddFinding): void => {
  for (const kind of ONE_LEG_FAILING) addOneLegFailing(reading, kind, add);
};

const ONE_LEG_FAILING = ["weak-metaphor", "legs-obey"] as const;

const addOneLegFailing = (
  reading: Reading,
  kind: (typeof ONE_LEG_FAILING)[number],
  add: AddFinding,
): void => {
  for (const cue of cuesOf(reading, kind)) {
    let site: CueHit | undefined;
    for (const leg of cuesOf(reading, "site-leg")) {
      if (!areLinked(reading, leg, cue, 8, false)) continue;
      if (!site || Math.abs(leg.first - cue.first) < Math.abs(site.first - cue.first)) site = leg;
    }
    if (site)
      add(
        "leg-weakness",
        undefined,
        union(site, cue),
        pairStatus(reading, cue, site, "leg-weakness"),
      );
  }
};

/** Ache words: in both legs a two-leg sign only when not the work of an exercise. */
const ACHE_WORDS = new WordSet([
  "ache",
  "aches",
  "aching",
  "achy",
  "achey",
  "sore",
  "soreness",
  "cramp",
  "cramps",
  "cramping",
  "throb",
  "throbs",
  "throbbing",
]);

/** How far before legs an ache goes down may be told ("an ache either side of my back, down both legs"). */
const ACHE_DOWN_REACH = 11;

/** An ache said of both legs around a both-legs site, found by looking only around the site. */
const addAchingLegs = (reading: Reading, site: CueHit, add: AddFinding): void => {
  if (!isLegsSite(reading, site)) return;
  const { tokens } = reading;
  // (an ache going down the legs may be told further before them, with where it starts between: "an ache either
  // side of my back, down both legs")
  const down = isDownTheLegs(reading, site);
  const reachBefore = down ? ACHE_DOWN_REACH : 7;
  // The ache nearest the legs is theirs ("no soreness at all aching down both legs": the aching, not the soreness
  // denied before it).
  let nearest: Span | undefined;
  const distance = (span: Span): number =>
    span.first < site.first ? site.first - span.last : span.first - site.last;
  // (a longer reach after the legs for a list of parts sharing the ache: "both legs, my back and my neck all ache")
  for (
    let i = Math.max(0, site.first - reachBefore);
    i < Math.min(tokens.length, site.last + 12);
    i += 1
  ) {
    if (!ACHE_WORDS.at(reading, i) || (i >= site.first && i < site.last)) continue;
    const symptom = { first: i, last: i + 1 };
    if (
      !(
        (i < site.last + 7 && areLinked(reading, site, symptom, reachBefore - 1, false)) ||
        isListedWithLegs(reading, site, symptom)
      ) ||
      !isBothLegsSiteOf(reading, site, symptom)
    )
      continue;
    if (!isExplicitBoth(reading, site) && !goesDown(reading, site, symptom)) continue;
    if (isOtherItemBetween(reading, site.last, i)) continue;
    // ("stretched both legs properly and still my back aches": the back's ache)
    if (isOtherPartSymptom(reading, symptom, site)) continue;
    // ("just a dull ache, no pain down the legs": the legs are said of the pain nearer them, which is denied)
    if (isNeuroWordBetween(reading, symptom, site)) continue;
    if (nearest === undefined || distance(symptom) < distance(nearest)) nearest = symptom;
  }
  if (nearest === undefined) return;
  // (after exercise, both legs aching is muscle soreness, unless the ache travels down past them: "both legs ache
  // down the back to the knees since the session", or down the legs themselves: "aching down both legs since the
  // session")
  if (isAfterEffort(reading, nearest.first) && !reachesDownPast(reading, site, nearest) && !down)
    return;
  add(
    "bilateral-neuro",
    "both-legs",
    union(site, nearest),
    pairStatus(reading, nearest, site, "bilateral-neuro"),
  );
};

/** Whether a nerve symptom word lies between two spans: what the farther one names is then the nearer one's. */
const isNeuroWordBetween = (reading: Reading, a: Span, b: Span): boolean => {
  const from = Math.min(a.last, b.last);
  const to = Math.max(a.first, b.first);
  for (const kind of NEURO_KINDS)
    for (const cue of cuesOf(reading, kind)) if (cue.first >= from && cue.last <= to) return true;
  return false;
};

/** Words after a comma that start another item: "no loss of power in either leg, just the usual ache". */
const NEXT_ITEM = new WordSet([
  "just",
  "only",
  "but",
  "apart",
  "except",
  "otherwise",
  "although",
  "though",
]);

/** Whether a comma and a word starting another item stand between tokens `from` and `to`. */
const isOtherItemBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to - 1; i += 1)
    if (reading.tokens[i]?.norm === "," && NEXT_ITEM.at(reading, i + 1)) return true;
  return false;
};

/** An ache going down the legs: a direction word between or just after the two ("aching down both legs"). */
const goesDown = (reading: Reading, site: Span, symptom: Span): boolean => {
  const from = Math.min(site.first, symptom.first);
  const to = Math.max(site.last, symptom.last) + 2;
  for (const cue of cuesOf(reading, "direction"))
    if (cue.first >= from && cue.first <= to) return true;
  return false;
};

/** Lower parts an ache may travel down to: a reach past the muscles worked ("down to my knees", "into my feet"). */
const LOWER_PARTS = new WordSet([
  "knee",
  "knees",
  "calf",
  "calves",
  "shin",
  "shins",
  "ankle",
  "ankles",
  "foot",
  "feet",
  "toes",
  "heel",
  "heels",
]);

/** How far after a direction word the lower part it reaches may be named ("down the back to the knees"). */
const REACH_AFTER_DIRECTION = 6;

/** An ache going down the legs to a lower part: "aching down both legs to my knees", "ache into my feet". */
const reachesDownPast = (reading: Reading, site: Span, symptom: Span): boolean => {
  const from = Math.min(site.first, symptom.first);
  const to = Math.max(site.last, symptom.last) + 2;
  const { sentenceOf } = reading.segments;
  for (const cue of cuesOf(reading, "direction")) {
    if (cue.first < from || cue.first > to) continue;
    for (let i = cue.last; i < cue.last + REACH_AFTER_DIRECTION; i += 1) {
      if (sentenceOf[i] !== sentenceOf[cue.first]) break;
      if (LOWER_PARTS.at(reading, i)) return true;
    }
  }
  return false;
};

/** Words between a direction and the legs it goes down: "down the backs of both legs", "into both my legs". */
const DOWN_THE_LEGS_BETWEEN = new WordSet([
  "the",
  "backs",
  "back",
  "fronts",
  "front",
  "sides",
  "side",
  "of",
]);

/**
 * Whether a direction word leads straight into the both-legs site, and the site names the legs themselves ("aching
 * down both legs", "sore down the backs of both legs", "an ache going into both my legs"): what goes down the
 * legs travels, which the rules count as pain in both legs whatever came before. Not a muscle named instead
 * ("sore down the back of both thighs after the deadlifts" is the hamstrings' work) nor bare "legs" ("aching down
 * my legs after squats").
 */
const isDownTheLegs = (reading: Reading, site: Span): boolean => {
  if (!isExplicitBoth(reading, site)) return false;
  const last = reading.tokens[site.last - 1]?.norm;
  if (last !== "legs" && last !== "leg") return false;
  for (const cue of cuesOf(reading, "direction")) {
    if (cue.last > site.first) break;
    let i = cue.last;
    while (i < site.first && DOWN_THE_LEGS_BETWEEN.at(reading, i)) i += 1;
    if (i === site.first) return true;
  }
  return false;
};

const NEURO_KINDS = ["sym-numb", "sym-tingle", "sym-weak", "sym-pain"] as const;

/**
 * The other leg named with "the same" ("my right leg has shooting pain ... today the left one started doing the
 * same thing"): a symptom told of one side, then the other side said to do the same, is in both legs.
 */
const addSecondSide = (reading: Reading, add: AddFinding): void => {
  const { sentenceOf, clauseOf } = reading.segments;
  for (const same of cuesOf(reading, "same-again")) {
    let site: CueHit | undefined;
    for (const leg of cuesOf(reading, "site-leg")) {
      if (clauseOf[leg.first] !== clauseOf[same.first] || sideOf(reading, leg) === undefined)
        continue;
      if (leg.first > same.first ? leg.first - same.last > 4 : same.first - leg.last > 8) continue;
      site = leg;
    }
    if (!site) continue;
    const side = sideOf(reading, site);
    const sentence = sentenceOf[site.first] ?? 0;
    let symptom: CueHit | undefined;
    for (const kind of NEURO_KINDS) {
      for (const cue of cuesOf(reading, kind)) {
        if (cue.first >= site.first || (sentenceOf[cue.first] ?? 0) < sentence - 1) continue;
        if (hasOtherSideBefore(reading, cue, site, side)) symptom = cue;
      }
    }
    if (symptom === undefined) continue;
    add(
      "bilateral-neuro",
      "second-side",
      union(union(site, same), symptom),
      pairStatus(reading, same, site, "bilateral-neuro"),
    );
  }
};

/** Whether a one-leg site of another side than `side` is named with the symptom, before the second site. */
const hasOtherSideBefore = (
  reading: Reading,
  symptom: Span,
  site: Span,
  side: string | undefined,
): boolean => {
  const { clauseOf } = reading.segments;
  for (const leg of cuesOf(reading, "site-leg")) {
    if (leg.first >= site.first || clauseOf[leg.first] !== clauseOf[symptom.first]) continue;
    const other = sideOf(reading, leg);
    if (other !== undefined && other !== side) return true;
  }
  return false;
};

// Weakness that changes over hours.

/** Tokens a weakness word may lie from a time word in its sentence and still be told of that time. */
const TIME_REACH = 12;

/**
 * Where weakness is told: weakness words, legs that fail, foot drop and leg weakness from the lexicon, how far it
 * reaches ("now it's the whole leg"), and a movement the patient cannot make now ("now I can't get up the stairs")
 * unless pain stops it.
 */
const weaknessMentions = (reading: Reading, from: number, to: number): Span[] => {
  const spans: Span[] = [];
  const { sentenceOf } = reading.segments;
  const inRange = (span: Span): boolean => {
    const s = sentenceOf[span.first] ?? 0;
    return s >= from && s <= to;
  };
  for (const kind of [
    "sym-weak",
    "legs-fail",
    "legs-obey",
    "weak-metaphor",
    "weak-mention",
    "weak-extent",
  ] as const) {
    for (const cue of cuesOf(reading, kind)) {
      if (inRange(cue) && isOwnLegWeakness(reading, cue)) spans.push(cue);
    }
  }
  for (const kind of ["cant-do", "cant-elliptic"] as const) {
    for (const cue of cuesOf(reading, kind)) {
      if (inRange(cue) && isOwnLegWeakness(reading, cue) && !isStoppedByPain(reading, cue))
        spans.push(cue);
    }
  }
  for (const hit of reading.hits) {
    if ((hit.concept === "leg-weakness" || hit.concept === "progressive-weakness") && inRange(hit))
      spans.push(hit);
  }
  return spans;
};

/** How far after what the patient cannot do a reason of pain may follow ("can't do them, too sore"). */
const PAIN_REASON_REACH = 6;

/** Pain or another reason told with what the patient cannot do, in its clause ("can't walk far because it hurts"). */
const isStoppedByPain = (reading: Reading, cant: CueHit): boolean => {
  const { clauseOf } = reading.segments;
  for (const cue of cuesOf(reading, "pain-limited")) {
    if (cue.first > cant.last + PAIN_REASON_REACH) break;
    if (cue.first >= cant.first - 3 && clauseOf[cue.first] === clauseOf[cant.first]) return true;
  }
  return false;
};

/**
 * Times the patient still managed a movement ("yesterday I could stand on my heels fine"), near the weakness: a
 * time before it, which a weakness told at a later time makes a change over hours.
 */
const strongBefore = (reading: Reading, from: number, to: number): Span[] => {
  const spans: Span[] = [];
  const { sentenceOf } = reading.segments;
  for (const cue of cuesOf(reading, "could-do")) {
    const s = sentenceOf[cue.first] ?? 0;
    if (s >= from && s <= to && statusOf(reading, cue, "leg-weakness") === "present")
      spans.push(cue);
  }
  return spans;
};

/** What weak can be said of besides a leg: "a weak bladder", "weak arms". */
const NOT_LEG = new WordSet([
  "bladder",
  "stream",
  "flow",
  "pee",
  "wee",
  "arm",
  "arms",
  "hand",
  "hands",
  "grip",
  "wrist",
  "voice",
  "core",
  "back",
  "stomach",
  "tummy",
  "heart",
  "immune",
  "bones",
  "pelvic",
]);

/** A weakness word of the patient's own, now, and not of the bladder or the arms ("no weakness" is none). */
const isOwnLegWeakness = (reading: Reading, cue: Span): boolean =>
  !NOT_LEG.at(reading, cue.last) && statusOf(reading, cue, "leg-weakness") === "present";

/** Words before an hour of the clock ("at 12", "around 3", "by 6"). */
const CLOCK_LEADS = new WordSet([
  "at",
  "around",
  "about",
  "by",
  "since",
  "until",
  "till",
  "til",
  "from",
]);
/** Words before "at 3" that make the number a score or a count ("pain at 3", "it's sitting at 3"). */
const NOT_CLOCK_BEFORE = new WordSet([
  "pain",
  "score",
  "level",
  "is",
  "was",
  "its",
  "sitting",
  "stayed",
]);
/** Words after a number that make it a count or a score ("at 3/10", "around 10 reps"). */
const NOT_CLOCK_AFTER = new WordSet([
  "/",
  "%",
  "out",
  "of",
  "x",
  "reps",
  "rep",
  "sets",
  "times",
  "mins",
  "minutes",
  "hours",
  "hrs",
  "seconds",
  "secs",
  "kg",
  "kgs",
  "lb",
  "lbs",
  "steps",
  "miles",
  "km",
  "metres",
  "meters",
  "days",
  "weeks",
  "percent",
]);

/**
 * An hour of the clock at token `i` ("took the dog out at 12", "went to the shops at 3"): a number from 1 to 12
 * after "at", "around" or "by", not a score or a count.
 */
const isClockAt = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const token = tokens[i];
  if (token?.kind !== "number") return false;
  const hour = Number(token.norm);
  if (!Number.isInteger(hour) || hour < 1 || hour > 12) return false;
  if (!CLOCK_LEADS.at(reading, i - 1)) return false;
  if (NOT_CLOCK_BEFORE.at(reading, i - 2)) return false;
  return !NOT_CLOCK_AFTER.at(reading, i + 1);
};

/** A time of the day or the days at token `i`: a time word or an hour of the clock. */
const isTimeAt = (reading: Reading, i: number): boolean =>
  TIME_WORDS.at(reading, i) || isClockAt(reading, i) || isNumberedDayAt(reading, i);

/** "day 1", "day 2": a day of the course told by its number (only with the number: "all day" is no time). */
const isNumberedDayAt = (reading: Reading, i: number): boolean =>
  reading.tokens[i]?.norm === "day" && reading.tokens[i + 1]?.kind === "number";

/** What tells two times apart: the word, and for a numbered day its number ("day 1" is not "day 3"). */
const timeKey = (reading: Reading, i: number): string =>
  isNumberedDayAt(reading, i)
    ? `day ${reading.tokens[i + 1]?.norm ?? ""}`
    : (reading.tokens[i]?.norm ?? "");

/** The time word nearest to a mention in its sentence (its first token), or -1. */
const timeOf = (reading: Reading, span: Span): number => {
  const { sentenceOf } = reading.segments;
  const { tokens } = reading;
  const sentence = sentenceOf[span.first];
  // A time usually comes before what it dates, in its own stretch of words ("At breakfast my foot was floppy,
  // this afternoon I can hardly lift it").
  for (let i = span.first - 1; i >= Math.max(0, span.first - TIME_REACH); i -= 1) {
    const norm = tokens[i]?.norm ?? "";
    if (sentenceOf[i] !== sentence || norm === "," || norm === "and" || norm === "but") break;
    if (isTimeAt(reading, i)) return i;
  }
  let best = -1;
  const from = Math.max(0, span.first - TIME_REACH);
  const to = Math.min(tokens.length, span.first + TIME_REACH + 1);
  for (let i = from; i < to; i += 1) {
    if (sentenceOf[i] !== sentence || !isTimeAt(reading, i)) continue;
    if (best < 0 || Math.abs(i - span.first) < Math.abs(best - span.first)) best = i;
  }
  return best;
};

/** How far after a movement managed before its time may be told ("I could walk on my heels this morning"). */
const ABILITY_TIME_REACH = 8;

/**
 * The time of a movement managed before: told after it in its stretch of words ("I could walk on my heels this
 * morning, now ..."), else as for any mention (a "now" just before it may end an earlier report: "gone now I could
 * walk on my heels this morning").
 */
const timeOfAbility = (reading: Reading, span: Span): number => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const end = Math.min(tokens.length, span.last + ABILITY_TIME_REACH);
  for (let i = span.last; i < end && sentenceOf[i] === sentenceOf[span.first]; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (norm === "," || norm === "and" || norm === "but") break;
    if (isTimeAt(reading, i)) return i;
  }
  return timeOf(reading, span);
};

/** Times of the day or the days ("this morning", "by lunch", "at 6pm", "now"). */
const TIME_WORDS = new WordSet([
  "yesterday",
  "today",
  "tonight",
  "morning",
  "afternoon",
  "evening",
  "night",
  "overnight",
  "lunch",
  "lunchtime",
  "midday",
  "noon",
  "teatime",
  "dinner",
  "dinnertime",
  "bedtime",
  "breakfast",
  "brunch",
  "supper",
  "earlier",
  "first",
  "woke",
  "ago",
  "later",
  "now",
  "am",
  "pm",
  "oclock",
  "tea",
  // Days told by name ("slapping on Thursday, Friday catching my toes, today I can't lift it"): foot drop worse
  // day by day is as much a weakness getting worse as one worse by the hour.
  ...WEEKDAYS,
  "weekend",
  "tues",
  "thurs",
  "fri",
]);

/** Words of weakness being unchanged or easing; "worse" and "change" count so after a negation ("no worse"). */
const STABLE_WORDS = new Set([
  "same",
  "unchanged",
  "stable",
  "steady",
  "better",
  "improving",
  "improved",
  "easing",
  "eased",
  "gone",
  "recovered",
  "settled",
]);
const STABLE_AFTER_NEGATION = new Set(["worse", "change", "changed", "worsening"]);

/** Words after "gone" that make it a change for the worse: "gone weak", "gone a bit floppy", "gone to jelly". */
const GONE_INTO = new WordSet([
  "weak",
  "weaker",
  "floppy",
  "floppier",
  "limp",
  "numb",
  "dead",
  "heavy",
  "wobbly",
  "jelly",
  "useless",
  "rubbery",
  "to",
  "a",
  "all",
]);

/** "I've gone weak in the legs": "gone" into weakness, no word of it having gone away. */
const isGoneWeak = (reading: Reading, i: number): boolean =>
  reading.tokens[i]?.norm === "gone" && GONE_INTO.at(reading, i + 1);

/** How far from a weakness a word of it being unchanged or easing may stand. */
const STABLE_REACH = 12;

/**
 * Whether the sentence of `index` says, near it, that the weakness is unchanged or easing. Before the weakness, only
 * back to the time it is told of: in a run-on, what comes before that time is another report ("... easing already
 * this morning only my toes felt weak").
 */
const saysStable = (reading: Reading, index: number): boolean => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[index] ?? 0;
  const { tokens } = reading;
  // (near the weakness: in a long run-on sentence, "unchanged" or "settled" further on is of something else)
  const end = Math.min(sentenceStarts[sentence + 1] ?? tokens.length, index + STABLE_REACH);
  let start = Math.max(sentenceStarts[sentence] ?? 0, index - STABLE_REACH);
  for (let i = index - 1; i >= start; i -= 1) {
    if (isTimeAt(reading, i)) {
      start = i;
      break;
    }
  }
  for (let i = start; i < end; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (STABLE_WORDS.has(norm) && !isGoneWeak(reading, i)) return true;
    if (STABLE_AFTER_NEGATION.has(norm) && negationBefore(reading, i) >= 0) return true;
    if (isSaidFineOfIt(reading, i, index)) return true;
  }
  return false;
};

/** How far after the weakness "fine" or "normal" may say it is so ("the foot is fine again now"). */
const FINE_REACH = 6;

/**
 * "fine" or "normal" at token `i`, said of the weakness at token `index`: just after it, not asked ("is that
 * normal") and not about everything else ("but otherwise fine"). Said of something else ("exercises were fine,
 * ...") it says nothing of the weakness.
 */
const isSaidFineOfIt = (reading: Reading, i: number, index: number): boolean => {
  const norm = reading.tokens[i]?.norm;
  return (
    (norm === "fine" || norm === "normal") &&
    i > index &&
    i - index <= FINE_REACH &&
    !isAskedNormal(reading, i) &&
    !isAboutEverythingElse(reading, i)
  );
};

/**
 * Weakness told at two times of the day or days, with nothing said to be unchanged or easing ("this morning my
 * foot felt a little weak, by lunch I was catching my toes, and now I can barely lift it"; "Yesterday my knee felt
 * a bit weak. Today it gives way"): it is getting worse over hours.
 */
export const isWeakeningOverTime = (reading: Reading, span: Span): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  const mentions = weaknessMentions(reading, sentence - 2, sentence + 2);
  // (a word of it being unchanged or easing counts in a sentence that tells of the weakness, not elsewhere; the
  // "fine" of a movement managed before is of that time: "yesterday I could stand on my heels fine")
  for (const mention of mentions) if (saysStable(reading, mention.first)) return false;
  const before = strongBefore(reading, sentence - 2, sentence + 2);
  if (before.length > 0) mentions.push(...before);
  if (mentions.length < 2) return false;
  let firstTime = -1;
  for (const mention of mentions) {
    const time = before.includes(mention)
      ? timeOfAbility(reading, mention)
      : timeOf(reading, mention);
    if (time < 0) continue;
    if (firstTime < 0) firstTime = time;
    else if (time !== firstTime && timeKey(reading, time) !== timeKey(reading, firstTime))
      return true;
  }
  return false;
};

// A symptom told of "it", the leg named before.

const IT_PRONOUNS = new WordSet(["it", "its", "they", "theyre", "she"]);

/**
 * Weakness said of "it" where "it" is the leg or foot named before ("Yesterday my left knee felt a bit weak.
 * Today it gives way every few steps"): leg weakness.
 */
export const addPronounLegWeakness = (reading: Reading, add: AddFinding): void => {
  const { sentenceOf, clauseOf } = reading.segments;
  for (const symptom of cuesOf(reading, "sym-weak")) {
    const clause = clauseOf[symptom.first];
    let hasSite = false;
    for (const kind of ["site-leg", "site-both"] as const) {
      for (const site of cuesOf(reading, kind)) if (clauseOf[site.first] === clause) hasSite = true;
    }
    if (hasSite) continue;
    let pronoun = -1;
    for (let i = symptom.first - 1; i >= Math.max(0, symptom.first - 3); i -= 1) {
      if (clauseOf[i] !== clause) break;
      if (IT_PRONOUNS.at(reading, i)) pronoun = i;
    }
    if (pronoun < 0) continue;
    const sentence = sentenceOf[symptom.first] ?? 0;
    let antecedent: CueHit | undefined;
    for (const site of cuesOf(reading, "site-leg")) {
      if (site.last <= pronoun && (sentenceOf[site.first] ?? 0) >= sentence - 1) antecedent = site;
    }
    if (antecedent === undefined) continue;
    add(
      "leg-weakness",
      undefined,
      { first: pronoun, last: symptom.last },
      statusOf(reading, symptom, "leg-weakness"),
    );
  }
};

/** Words of barely managing a lift ("can barely lift it", "hardly raise it"). */
const BARELY = new WordSet(["barely", "hardly"]);
/** How far after the foot named its "it" may stand ("just my right foot. I can't lift it properly"). */
const FOOT_PRONOUN_REACH = 20;

/**
 * A foot that cannot be lifted, told of "it" after the foot was named in the sentence before or earlier in its own
 * ("It's my right foot. I can't lift it properly since Monday"): foot drop. Not a thing lifted ("I tried the
 * ankle weight on my foot, can't lift it": a weight named before) nor a lift managed.
 */
export const addPronounFootDrop = (reading: Reading, add: AddFinding): void => {
  const feet = cuesOf(reading, "dom-foot");
  if (feet.length === 0) return;
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  let scanned = -1;
  for (const foot of feet) {
    const sentence = sentenceOf[foot.first] ?? 0;
    const to = Math.min(tokens.length - 1, foot.last + FOOT_PRONOUN_REACH);
    for (let i = Math.max(foot.last, scanned + 1); i < to; i += 1) {
      scanned = i;
      if ((sentenceOf[i] ?? 0) > sentence + 1) break;
      if (!LIFTS.has(tokens[i]?.norm ?? "")) continue;
      const next = tokens[i + 1]?.norm;
      if (next !== "it") continue;
      if (FLOORS.has(tokens[i + 2]?.norm ?? "")) continue;
      let first = negationBefore(reading, i);
      if (first < 0 && BARELY.at(reading, i - 1)) first = i - 1;
      if (first < 0) continue;
      if (hasThingLiftedBetween(reading, reading.segments.sentenceStarts[sentence] ?? 0, i))
        continue;
      const span = { first, last: i + 2 };
      add("leg-weakness", "foot-drop", span, statusOf(reading, span, "leg-weakness"));
    }
  }
};

/** Whether a thing lifted ("weight", "band") is named from the foot's sentence up to its "it". */
const hasThingLiftedBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1)
    if (LIFTED_THINGS.has(reading.tokens[i]?.norm ?? "")) return true;
  return false;
};

/** Words of legs that only tire ("like jelly", "wobbly", "heavy"), and of legs that fail or lose feeling. */
const TIRED_KINDS = ["legs-limp", "sym-wobbly"] as const;
const FAILING_KINDS = [
  "legs-fail",
  "legs-obey",
  "weak-metaphor",
  "sym-numb",
  "sym-tingle",
  "sym-weak",
  "sym-pain",
] as const;

const hasKindIn = (reading: Reading, kinds: readonly CueKind[], span: Span): boolean => {
  for (const kind of kinds) {
    for (const cue of cuesOf(reading, kind))
      if (cue.first >= span.first && cue.last <= span.last) return true;
  }
  return false;
};

/**
 * Two legs that only tired, straight after exercise, and recovered ("legs like jelly after the lunges but fine
 * within the hour"): muscle fatigue, as the rules' borderline case says. Not when they failed or lost feeling.
 */
export const isTiredLegsRecovered = (reading: Reading, span: Span): boolean =>
  hasKindIn(reading, TIRED_KINDS, span) &&
  !hasKindIn(reading, FAILING_KINDS, span) &&
  hasInSentence(reading, "recovered", span.first) &&
  isAfterEffort(reading, span.first);

// A strength test the patient cannot do.

/** Words after "can't do" that stand for the test told before ("can't do it at all"). */
const TEST_PRONOUNS = new WordSet(["it", "them", "that", "those", "this", "either", "one"]);

/** The parts that come up in a calf or shin test, told as what will not lift ("the heel won't lift off"). */
const TEST_PARTS = new WordSet(["heel", "heels", "toes", "toe", "foot"]);

/** Words that tell the test as the object of the "can't" after it ("which I can't do anymore"). */
const TEST_OBJECT_LEADS = new WordSet(["which", "that", "something", "thing", "one", "ones"]);
/** Words that may stand between such a word and the "can't" ("which I basically can't do"). */
const TEST_OBJECT_FILLERS = new WordSet([
  "i",
  "basically",
  "just",
  "really",
  "simply",
  "now",
  "literally",
  "totally",
  "honestly",
]);
/** How far back from the "can't" such a word may stand. */
const TEST_OBJECT_REACH = 4;

/**
 * Whether the test told before a "can't do ... anymore" is what cannot be done, in a clause that takes it as its
 * object ("the single-leg calf raises on the left, which I basically can't do anymore"): a loss of strength, not a
 * count ("did 20 calf raises, can't do anymore").
 */
const isTestObjectOf = (reading: Reading, test: CueHit, cant: CueHit): boolean => {
  if (test.first >= cant.first) return false;
  for (let i = cant.first - 1; i >= Math.max(test.last, cant.first - TEST_OBJECT_REACH); i -= 1) {
    if (TEST_OBJECT_LEADS.at(reading, i)) return true;
    if (!TEST_OBJECT_FILLERS.at(reading, i)) return false;
  }
  return false;
};

/** Verbs of doing a number of an exercise. */
const COUNT_VERBS = new Set(["do", "manage", "complete", "perform"]);

/** Whether a cue of `kind` lies in sentence `sentence`. */
const hasCueInSentence = (reading: Reading, kind: CueKind, sentence: number): boolean => {
  for (const cue of cuesOf(reading, kind))
    if (reading.segments.sentenceOf[cue.first] === sentence) return true;
  return false;
};

/**
 * Pain, tiredness or another reason told right around what the patient cannot do, in its clause or the test's
 * ("can't do the heel raises at work because there's no step", "too sore, can't do the calf raises").
 */
const isPainLimited = (reading: Reading, cant: CueHit, test: CueHit): boolean => {
  const { clauseOf } = reading.segments;
  const from = Math.min(cant.first, test.first);
  const to = Math.max(cant.last, test.last) + 6;
  for (const cue of cuesOf(reading, "pain-limited")) {
    if (cue.first < from || cue.first > to) continue;
    if (
      clauseOf[cue.first] === clauseOf[cant.first] ||
      clauseOf[cue.first] === clauseOf[test.first]
    )
      return true;
  }
  return false;
};

/** An explicit both-legs site ("either foot", "both sides") in the clause of `cant` or of `test`. */
const bothSiteNear = (reading: Reading, cant: CueHit, test: CueHit): CueHit | undefined => {
  const { clauseOf } = reading.segments;
  for (const cue of cuesOf(reading, "site-both")) {
    const clause = clauseOf[cue.first];
    if (
      (clause === clauseOf[cant.first] || clause === clauseOf[test.first]) &&
      isExplicitBoth(reading, cue)
    )
      return cue;
  }
  return undefined;
};

/**
 * A calf or shin strength test that the patient cannot do now ("Can't walk on my left heel any more", "I could do
 * 10 single-leg heel raises. Now I can't do one", "can't go up onto my tiptoes on either foot"): weakness of the
 * leg, of both legs when both are named. Pain stopping the movement ("too sore to do the calf raises") is no
 * weakness, nor a past "couldn't" that is better now.
 */
export const addStrengthTestWeakness = (reading: Reading, add: AddFinding): void => {
  const tests = cuesOf(reading, "strength-test");
  if (tests.length === 0) return;
  for (const kind of ["cant-do", "cant-elliptic"] as const) {
    for (const cant of cuesOf(reading, kind)) addFailedTest(reading, tests, cant, kind, add);
  }
};

/** A strength test the patient cannot do, told with `cant` (see `addStrengthTestWeakness`). */
const addFailedTest = (
  reading: Reading,
  tests: readonly CueHit[],
  cant: CueHit,
  kind: "cant-do" | "cant-elliptic",
  add: AddFinding,
): void => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[cant.first] ?? 0;
  // "... stand on my heels fine, ... now I can't do it at all": "it" is the test told before in the sentence. So is
  // a "can't" with the movement left unsaid ("now I can't on the left").
  const pronoun =
    kind === "cant-elliptic" ||
    TEST_PRONOUNS.at(reading, cant.last) ||
    // ("the calf raises on the left ... - the heel won't lift off": the part that will not come up in the test told)
    TEST_PARTS.at(reading, cant.first - 1);
  let test: CueHit | undefined;
  for (const cue of tests) {
    const s = sentenceOf[cue.first] ?? 0;
    const near =
      (s === sentence && Math.abs(cue.first - cant.first) <= 14) ||
      (s === sentence && pronoun && cue.first < cant.first) ||
      (s === sentence - 1 && cue.first < cant.first);
    if (near) test = cue;
  }
  if (test === undefined) return;
  // "can't do any more calf raises", "did 20 calf raises, can't do more": how many, not a loss of strength.
  const verb = reading.tokens[cant.last - 1]?.norm ?? "";
  const after = reading.tokens[cant.last]?.norm;
  const more =
    after === "more" ||
    after === "anymore" ||
    (after === "any" && reading.tokens[cant.last + 1]?.norm === "more");
  if (
    more &&
    (COUNT_VERBS.has(verb) || test.first >= cant.last) &&
    !isTestObjectOf(reading, test, cant)
  )
    return;
  if (isPainLimited(reading, cant, test)) return;
  const norm = reading.tokens[cant.first]?.norm;
  if (
    (norm === "couldnt" || norm === "could") &&
    (hasCueInSentence(reading, "trend-better", sentence) ||
      hasCueInSentence(reading, "trend-better", sentence + 1))
  )
    return;
  const span = union(cant, test);
  const status = statusOf(reading, cant, "leg-weakness");
  // (both legs named where the patient says what they cannot do, not where they tell what they used to do)
  const both =
    sentenceOf[test.first] === sentence
      ? bothSiteNear(reading, cant, test)
      : bothSiteNear(reading, cant, cant);
  if (both) add("bilateral-neuro", "both-legs", union(span, both), status);
  else add("leg-weakness", undefined, span, status);
};
