import type { Reading } from "./read-text";
import { WordSet } from "../text/word-set";

/**
 * Short answers that leave out what they answer: "They're not", "It hasn't", "I'm not", "and now I am", "Not yet".
 * A patient who has asked about a sign ("Should I stop if the pain goes sharp?") or quoted a safety-net card
 * ("call 999 if you get numb down there") often answers it this way: the answer says whether the sign is theirs.
 */
export type ShortAnswer = {
  /** Whether it says yes ("now I am") or no ("it hasn't"). */
  says: "yes" | "no";
  /** The answer's subject and verb as written ("it", "is"): "It's not" after "Is it normal...?" answers the question. */
  subject: string;
  verb: string;
  /** The token after the answer. */
  end: number;
};

/** Words that may open a short answer: "and now I am", "but it hasn't", "well they're not", "thankfully not yet". */
const LEADS = new WordSet([
  "and",
  "but",
  "so",
  "well",
  "now",
  "today",
  "currently",
  "actually",
  "unfortunately",
  "thankfully",
  "luckily",
  "fortunately",
  "sadly",
  "which",
  "-",
  "no",
  "nope",
  "yes",
  "yeah",
  "yep",
  ",",
]);
/** The most lead words before the answer's subject ("but now", "no, thankfully"). */
const MOST_LEADS = 3;

/** Words that may stand between a subject and its verb: "which I now have", "I also do". */
const BETWEEN = new WordSet([
  "now",
  "also",
  "actually",
  "really",
  "definitely",
  "certainly",
  "still",
]);
/** Who "so am I", "so are mine" are said of. */
const SO_SUBJECTS = new Set(["i", "mine", "we"]);

/** Subjects that carry their verb in one word: "I'm", "it's", "they're", "I've". */
const JOINED: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["im", ["i", "am"]],
  ["ive", ["i", "have"]],
  ["its", ["it", "is"]],
  ["theyre", ["they", "are"]],
  ["theyve", ["they", "have"]],
]);
const SUBJECTS = new Set(["i", "it", "they", "that", "this", "mine"]);
/** Verbs a short answer can end on, said yes ("I am", "it has", "I can"). */
const YES_VERBS = new Set([
  "am",
  "is",
  "are",
  "do",
  "does",
  "did",
  "have",
  "has",
  "had",
  "can",
  "could",
  "was",
  "were",
  "will",
  "s",
]);
/** The same verbs said no ("it hasn't", "I don't", "they aren't"). */
const NO_VERBS = new Set([
  "dont",
  "doesnt",
  "didnt",
  "havent",
  "hasnt",
  "hadnt",
  "isnt",
  "arent",
  "wasnt",
  "werent",
  "cant",
  "cannot",
  "couldnt",
  "wont",
]);
/** Words after the verb that keep the answer short: "I'm not yet", "it has now", "they haven't either". */
const TAILS = new WordSet([
  "not",
  "now",
  "too",
  "also",
  "yet",
  "though",
  "either",
  "anymore",
  "actually",
  "unfortunately",
  "thankfully",
  "luckily",
  "already",
  "again",
  "still",
  "really",
  "at",
  "all",
  "so",
  "far",
]);
/** The most tail words ("not at all", "not so far"). */
const MOST_TAILS = 3;
/**
 * Words that may follow a no without making it a longer sentence ("I'm not, just want to know", "It hasn't I just
 * wondered"). A yes must end at a mark or the end: "I am just a bit sore" is no short yes.
 */
const AFTER_NO = new Set(["just", "but", "and", "so", "i", "im", "only", "thank", "phew"]);

/** Words of when after a short answer: "I can't since yesterday", "they are now, since this morning". */
const WHEN_WORDS = new Set(["today", "yesterday", "tonight"]);
const PARTS_OF_DAY = new WordSet(["morning", "night", "afternoon", "evening", "week", "weekend"]);
const SINCE_MOST = 3;

/** The token after a time told at token `i` ("since yesterday", "this morning", "today"), or `i` when none is. */
const afterTime = (reading: Reading, i: number): number => {
  const { tokens } = reading;
  const norm = tokens[i]?.norm ?? "";
  if (WHEN_WORDS.has(norm)) return i + 1;
  if ((norm === "this" || norm === "last") && PARTS_OF_DAY.at(reading, i + 1)) return i + 2;
  if (norm !== "since") return i;
  // "since Monday", "since the session", "since this morning": up to a few words, to a mark or the end.
  let end = i + 1;
  while (end - i <= SINCE_MOST && tokens[end] !== undefined && tokens[end]?.kind !== "punct")
    end += 1;
  return end;
};

/** Answers without a subject: "Not yet.", "No.", "Nope", "Not at all". */
const BARE_NO = new Set(["no", "nope", "nah", "not", "never", "none"]);
const BARE_YES = new Set(["yes", "yeah", "yep", "yup"]);

/** Whether the answer ends before token `i`: the text or the sentence ends, or a mark follows. */
const endsAt = (reading: Reading, i: number, from: number, says: "yes" | "no"): boolean => {
  const token = reading.tokens[i];
  if (token === undefined) return true;
  if (reading.segments.sentenceOf[i] !== reading.segments.sentenceOf[from]) return true;
  if (token.kind === "punct") return token.norm !== "'";
  return says === "no" && AFTER_NO.has(token.norm);
};

/** The subject and verb at token `i` (one joined word or two), and the token after them. */
const subjectVerbAt = (
  reading: Reading,
  i: number,
): { subject: string; verb: string; next: number } | undefined => {
  const norm = reading.tokens[i]?.norm ?? "";
  const joined = JOINED.get(norm);
  if (joined !== undefined) return { subject: joined[0], verb: joined[1], next: i + 1 };
  if (!SUBJECTS.has(norm)) return undefined;
  let at = i + 1;
  if (BETWEEN.at(reading, at)) at += 1;
  const verb = reading.tokens[at]?.norm ?? "";
  if (!YES_VERBS.has(verb) && !NO_VERBS.has(verb)) return undefined;
  return { subject: norm, verb, next: at + 1 };
};

/** "so am I", "so do I", "so are mine": a yes for the patient, its subject and verb, and the token after. */
const soAgainAt = (
  reading: Reading,
  i: number,
): { subject: string; verb: string; next: number } | undefined => {
  const verb = reading.tokens[i + 1]?.norm ?? "";
  const subject = reading.tokens[i + 2]?.norm ?? "";
  if (reading.tokens[i]?.norm !== "so" || !YES_VERBS.has(verb) || !SO_SUBJECTS.has(subject))
    return undefined;
  return { subject, verb, next: i + 3 };
};

/**
 * The short answer that starts at token `from`, or undefined. The tail decides a plain verb ("it has" yes, "it
 * has not" no); a bare "No." or "Not yet" says no.
 */
export const shortAnswerAt = (reading: Reading, from: number): ShortAnswer | undefined => {
  const { tokens } = reading;
  let i = from;
  let leads = 0;
  let leadNo = false;
  let found = soAgainAt(reading, i);
  for (; found === undefined && leads < MOST_LEADS && LEADS.at(reading, i); leads += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (norm === "no" || norm === "nope") leadNo = true;
    i += 1;
    found = soAgainAt(reading, i);
  }
  found ??= subjectVerbAt(reading, i);
  if (found === undefined) {
    // "Not yet.", "No.", "Nope, not at all": a no with no subject.
    const word = tokens[i]?.norm ?? "";
    const lastLead = tokens[i - 1]?.norm ?? "";
    const bare = BARE_NO.has(word) ? word : leadNo ? lastLead : "";
    if (bare === "" && !BARE_YES.has(lastLead)) return undefined;
    const says = bare === "" ? "yes" : "no";
    let end = bare === word ? i + 1 : i;
    for (let tails = 0; tails < MOST_TAILS && TAILS.at(reading, end); tails += 1) end += 1;
    return endsAt(reading, end, from, says) ? { says, subject: "", verb: "", end } : undefined;
  }
  let end = found.next;
  let negated = NO_VERBS.has(found.verb);
  for (let tails = 0; tails < MOST_TAILS && TAILS.at(reading, end); tails += 1) {
    if (tokens[end]?.norm === "not") negated = true;
    end += 1;
  }
  end = afterTime(reading, end);
  const says = negated ? "no" : "yes";
  if (!endsAt(reading, end, from, says)) return undefined;
  return { says, subject: found.subject, verb: found.verb, end };
};
