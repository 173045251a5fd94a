import type { ConceptId } from "../model/concept";
import { WordSet } from "../text/word-set";
import type { Finding } from "../model/finding";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { CueKind } from "./cues";
import { isFunctionDenied, isJudgedIf, isQuestion, precededByNegation } from "./status";
import { tokenAfterEnd, tokenStartingAt } from "./finding-tokens";
import type { Span } from "./status";

/** "I don't have it": the whole sentence, in token norms (punctuation left out). */
const DENIALS: readonly (readonly string[])[] = [
  ["i", "dont", "have", "it"],
  ["i", "do", "not", "have", "it"],
  ["i", "dont", "have", "that"],
  ["i", "do", "not", "have", "that"],
  ["i", "havent", "got", "it"],
  ["i", "havent", "got", "that"],
  ["i", "dont", "have", "any", "of", "that"],
  ["i", "dont", "have", "any", "of", "those"],
  ["i", "dont", "have", "any", "of", "them"],
  ["not", "me"],
];
/** What may follow the denial: "just asking", "I'm just curious". */
const TAILS: readonly (readonly string[])[] = [
  [],
  ["just", "asking"],
  ["im", "just", "asking"],
  ["just", "wondering"],
  ["im", "just", "wondering"],
  ["just", "curious"],
  ["im", "just", "curious"],
];

/** No plain denial with its tail runs longer than this many tokens (punctuation included). */
const LONGEST_DENIAL = 16;

const startsWith = (words: readonly string[], prefix: readonly string[]): boolean =>
  prefix.every((word, index) => words[index] === word);

const isPlainDenial = (words: readonly string[]): boolean =>
  DENIALS.some(
    (denial) =>
      startsWith(words, denial) &&
      TAILS.some(
        (tail) =>
          words.length === denial.length + tail.length &&
          startsWith(words.slice(denial.length), tail),
      ),
  );

/**
 * "Is it normal to have numbness in the saddle area? I don't have it, just asking." A question about a symptom
 * followed by a sentence that only denies having "it" is asked about, not reported: the symptoms named in the
 * question become denied. Only a question directly followed by such a sentence counts, so a symptom the
 * patient reports anywhere else stays present.
 */
export const denyAskedAbout = (reading: Reading, findings: Finding[]): void => {
  denyAskedThenDenied(reading, findings);
  setAsideAskedAbout(reading, findings);
  denyAnsweredNone(reading, findings);
  denyRetracted(reading, findings);
  denyListedNone(reading, findings);
  denySupposedNotYet(reading, findings);
  setAsideAskedBecoming(reading, findings);
};

/** Words before a sign that ask what it takes to be one ("become sharp", "count as shooting", "turn into"). */
const BECOMING = new WordSet([
  "become",
  "becomes",
  "count",
  "counts",
  "class",
  "classed",
  "qualify",
  "qualifies",
  "considered",
  "into",
]);
/** Words that open a question of when or how ("When does sore become sharp?", "At what point does it count as ..."). */
const WHEN_OPENERS = new Set(["when", "how", "what", "whats", "at", "where"]);

/**
 * A sign named as what something else becomes, in a question of when or how: "When does sore become sharp?", "At
 * what point does an ache count as sharp pain?", "How do I know when soreness turns into shooting pain?". The sign is
 * asked about, not told: the soreness it starts from is what the patient has. Only the sign right after the word of
 * becoming ("when does the numbness in my groin become serious?" tells of the numbness, which stands before it).
 */
const setAsideAskedBecoming = (reading: Reading, findings: Finding[]): void => {
  const { tokens, segments } = reading;
  findings.forEach((finding, index) => {
    const { evidence } = finding;
    if (finding.status !== "present" || evidence.kind !== "text") return;
    const first = tokenStartingAt(reading, evidence.start, 0);
    if (first < 1 || !isQuestion(reading, first)) return;
    // (only a sign told inside the question: "... become sharp? since the weekend both legs" runs on past it)
    const sentence = segments.sentenceOf[first] ?? 0;
    const questionEnd =
      tokens[(segments.sentenceStarts[sentence + 1] ?? tokens.length) - 1]?.end ?? 0;
    if (evidence.end > questionEnd) return;
    // ("turns into shooting pain": the sign's words may open with "into")
    let before = tokens[first]?.norm === "into" ? first : first - 1;
    if (tokens[before]?.norm === "as" || tokens[before]?.norm === "a") before -= 1;
    if (tokens[before]?.norm === "as") before -= 1;
    if (!BECOMING.at(reading, before)) return;
    const opener =
      tokens[segments.sentenceStarts[segments.sentenceOf[first] ?? 0] ?? 0]?.norm ?? "";
    if (WHEN_OPENERS.has(opener)) findings[index] = { ...finding, status: "hypothetical" };
  });
};

/** Words that may lead or end a short answer of "not yet" ("Thankfully it hasn't", "It hasn't so far"). */
const NOT_YET_FILLERS = new Set([
  "and",
  "but",
  "thankfully",
  "luckily",
  "fortunately",
  "happily",
  "yet",
  "though",
  "so",
  "far",
  "ever",
  "touch",
  "wood",
]);
/** The answers themselves, with the fillers left out ("It hasn't", "I haven't", "Hasn't happened", "Not yet"). */
const NOT_YET: readonly (readonly string[])[] = [
  ["it", "hasnt"],
  ["it", "has", "not"],
  ["it", "hasnt", "happened"],
  ["it", "has", "not", "happened"],
  ["hasnt", "happened"],
  ["it", "never", "has"],
  ["i", "havent"],
  ["i", "have", "not"],
  ["i", "havent", "had", "it"],
  ["i", "havent", "had", "any"],
  ["they", "havent"],
  ["not"],
  ["nothing"],
  ["no", "sign", "of", "it"],
];

/** Whether the words of a clause are a short answer of "not (yet)" ("It hasn't.", "I haven't, ...", "Not yet."). */
const isNotYet = (words: readonly string[]): boolean => {
  let from = 0;
  let to = words.length;
  while (from < to && NOT_YET_FILLERS.has(words[from] ?? "")) from += 1;
  while (to > from && NOT_YET_FILLERS.has(words[to - 1] ?? "")) to -= 1;
  // ("Not yet" and "Nothing yet" only with the "yet": "Not." alone may answer anything)
  const core = words.slice(from, to);
  if ((core[0] === "not" || core[0] === "nothing") && !words.includes("yet")) return false;
  return NOT_YET.some(
    (answer) => answer.length === core.length && answer.every((word, i) => core[i] === word),
  );
};

/** Verbs of a symptom coming on, which a supposition of its onset uses ("will happen", "might start"). */
const ONSET_VERBS = new WordSet([
  "happen",
  "start",
  "begin",
  "develop",
  "appear",
  "come",
  "kick",
  "show",
  "get",
  "hit",
]);
/** Words of what may be, before such a verb ("will happen", "might ever start", "is going to come on"). */
const MAY_BE = new WordSet([
  "will",
  "would",
  "might",
  "could",
  "may",
  "shall",
  "gonna",
  "itll",
  "theyll",
  "ill",
  "to",
]);
/** How far before the verb such a word may stand ("will ever really happen"). */
const MAY_BE_REACH = 3;
/** Words after the verb that make it no onset: it has been before ("happen again"). */
const NOT_ONSET_AFTER = new WordSet(["again", "back", "worse", "better"]);

/**
 * The first token of a supposition of a sign coming on in the sentence `sentence` that ends at `end`: "I keep
 * wondering if the tingling I read about will happen to me", "Will I ever get numbness down there?". From "if" or
 * "whether" before the verb of onset in its clause, else from its word of what may be when that opens a clause.
 * -1 when there is none.
 */
const suppositionStart = (reading: Reading, start: number, end: number): number => {
  const { tokens } = reading;
  for (let v = start; v < end; v += 1) {
    if (!ONSET_VERBS.at(reading, v)) continue;
    if (NOT_ONSET_AFTER.at(reading, v + 1)) continue;
    let may = -1;
    for (let i = v - 1; i >= Math.max(start, v - MAY_BE_REACH); i -= 1) {
      if (MAY_BE.at(reading, i)) may = i;
    }
    if (may < 0) continue;
    // ("to" only in "going to")
    if (tokens[may]?.norm === "to" && tokens[may - 1]?.norm !== "going") continue;
    for (let i = may - 1; i >= start; i -= 1) {
      const norm = tokens[i]?.norm ?? "";
      if (norm === "," || norm === ";" || norm === "-") break;
      if (norm === "if" || norm === "whether" || norm === "that") return i;
    }
    const before = tokens[may - 1];
    if (
      may === start ||
      before?.kind === "punct" ||
      before?.norm === "and" ||
      before?.norm === "but"
    )
      return may;
  }
  return -1;
};

/** The end of the clause from token `from`: the next comma, dash, semicolon or the sentence's end. */
const clauseEnd = (reading: Reading, from: number, end: number): number => {
  for (let i = from; i < end; i += 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (norm === "," || norm === ";" || norm === "-") return i;
  }
  return end;
};

/**
 * A sign supposed to come on, answered straight after as not come: "I keep wondering if the tingling I read about
 * will happen to me. It hasn't." The signs of the supposition (from its "if" to the end of its clause) are denied.
 * Only a supposition of onset ("will happen", "might start"), never of a sign going ("will the numbness go away?
 * It hasn't" tells that it is still there), and only a short answer that opens the next sentence.
 */
const denySupposedNotYet = (reading: Reading, findings: Finding[]): void => {
  const { tokens, segments } = reading;
  const { sentenceStarts } = segments;
  for (let sentence = 1; sentence < sentenceStarts.length; sentence += 1) {
    const start = sentenceStarts[sentence] ?? 0;
    const end = sentenceStarts[sentence + 1] ?? tokens.length;
    // (cheap first: an answer opens with one of a few words)
    const opening = tokens[start]?.norm ?? "";
    if (!NOT_YET_OPENERS.has(opening)) continue;
    const words: string[] = [];
    for (let i = start; i < clauseEnd(reading, start, end); i += 1) {
      if (tokens[i]?.kind === "word" || tokens[i]?.kind === "number")
        words.push(tokens[i]?.norm ?? "");
    }
    if (!isNotYet(words)) continue;
    const before = sentenceStarts[sentence - 1] ?? 0;
    const from = suppositionStart(reading, before, start);
    if (from < 0) continue;
    const to = clauseEnd(reading, from, start);
    denyBetween(findings, tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  }
};

/** Words a "not yet" answer may open with. */
const NOT_YET_OPENERS = new Set([
  "it",
  "i",
  "they",
  "hasnt",
  "not",
  "nothing",
  "no",
  "and",
  "but",
  "thankfully",
  "luckily",
  "fortunately",
  "happily",
  "so",
  "touch",
]);

/** Words that open a list of signs read about ("the list of warning signs - ...", "red flags like ..."). */
const LIST_OPENERS = new Set([
  "signs",
  "sign",
  "symptoms",
  "flags",
  "list",
  "things",
  "warnings",
  "like",
  "including",
  "includes",
  "include",
  "eg",
  "as",
  "mentions",
  "mentioned",
  "lists",
  "listed",
  "says",
  "said",
  "about",
  // Signs the patient was asked to tell of: "asked me to report any numbness, weakness ...", "watch out for".
  "report",
  "mention",
  "flag",
  ":",
]);
/** Words before "for" that make what follows a list to watch for ("look out for", "checked me for"). */
const WATCH_FOR = new Set([
  "out",
  "watch",
  "look",
  "looking",
  "check",
  "checked",
  "checking",
  "screened",
  "ask",
  "asked",
]);
/** Words that join the items of such a list. */
const LIST_WORDS = new Set([",", "-", "and", "or", "/", "(", ")", ";", "&", "plus", "nor"]);
/** Words that may open the denial's sentence when its list ends the sentence before ("Thankfully I have none"). */
const SENTENCE_LEADS = new Set([
  "thankfully",
  "luckily",
  "fortunately",
  "happily",
  "so",
  "well",
  "personally",
  "currently",
]);
/** How many words outside any sign an item of the list may have ("bladder changes", "any numbness"). */
const LIST_GAP = 2;
/** Nouns naming a list of signs, which may stand a few words before its first item. */
const LIST_NOUNS = new Set([
  "list",
  "checklist",
  "signs",
  "flags",
  "symptoms",
  "warnings",
  "leaflet",
  "sheet",
]);
const LIST_NOUN_REACH = 5;
/** How many tokens before the first item the word that opens the list may stand ("signs - saddle ..."). */
const OPENER_REACH = 2;

/** Whether token `i` lies in the words of a present text finding. */
const isInPresentFinding = (reading: Reading, findings: readonly Finding[], i: number): boolean => {
  const token = reading.tokens[i];
  if (token === undefined) return false;
  for (const finding of findings) {
    const { evidence } = finding;
    if (finding.status !== "present" || evidence.kind !== "text") continue;
    if (evidence.start <= token.start && token.end <= evidence.end) return true;
  }
  return false;
};

/**
 * The first token of the list of signs that the denial at token `at` points back at, or -1: signs joined by list
 * words, in its sentence (or, when the denial opens its sentence, the one before: "The leaflet lists saddle
 * numbness and weakness in both legs. I have none of them."), opened by a word of a list ("signs", "like",
 * "including", a colon). Without such an opener it is no list ("... both legs are numb and I have none of them"
 * names no list the denial could point at).
 */
const listedBefore = (reading: Reading, findings: readonly Finding[], at: number): number => {
  const { tokens, segments } = reading;
  const own = segments.sentenceOf[at] ?? 0;
  let opensSentence = true;
  let first = -1;
  let gap = 0;
  for (let i = at - 1; i >= 0; i -= 1) {
    const token = tokens[i];
    const sentence = segments.sentenceOf[i] ?? 0;
    if (token === undefined || (sentence !== own && (sentence < own - 1 || !opensSentence))) break;
    if (isInPresentFinding(reading, findings, i)) {
      first = i;
      gap = 0;
      continue;
    }
    if (token.kind === "punct" || LIST_WORDS.has(token.norm)) continue;
    if (sentence === own && !SENTENCE_LEADS.has(token.norm)) opensSentence = false;
    gap += 1;
    if (gap > LIST_GAP) break;
  }
  if (first < 0) return -1;
  // A noun of a list may stand a few words further back ("the red flag list with my GP - saddle numbness, ...").
  for (let i = first - 1; i >= Math.max(0, first - 1 - LIST_NOUN_REACH); i -= 1) {
    if (segments.sentenceOf[i] !== segments.sentenceOf[first]) break;
    if (LIST_NOUNS.has(tokens[i]?.norm ?? "")) return first;
  }
  for (let i = first - 1; i >= Math.max(0, first - 1 - OPENER_REACH); i -= 1) {
    const norm = tokens[i]?.norm ?? "";
    if (LIST_OPENERS.has(norm)) return first;
    // ("watch out for numbness ...", "asked about" is an opener of its own; not "to A&E for numbness")
    if (norm === "for" && WATCH_FOR.has(tokens[i - 1]?.norm ?? "")) return first;
    // ("asked me to report any numbness, weakness ...": "any" may stand between)
    if (norm === "any" || norm === "new") continue;
    if (!LIST_WORDS.has(norm)) return -1;
  }
  return -1;
};

/** Words after the denial, or opening the next sentence, that keep one sign back ("none of them except ..."). */
const KEEPS_ONE = new Set(["except", "apart", "besides", "bar", "save", "excluding", "other"]);
/**
 * Words that keep one back only when a sign follows them ("none of them, but my groin is numb", "well, maybe the
 * numbness"), not soreness ("none of them apply, I'm only sore").
 */
const KEEPS_ONE_IF_SIGN = new Set([
  "but",
  "though",
  "although",
  "only",
  "actually",
  "well",
  "maybe",
  "just",
  "unless",
]);
/** How far after such a word the sign it keeps back may start. */
const KEPT_SIGN_REACH = 4;

/** Whether a present text finding other than soreness starts from token `from` up to token `to`. */
const isSignStartingIn = (
  reading: Reading,
  findings: readonly Finding[],
  from: number,
  to: number,
): boolean => {
  const start = reading.tokens[from]?.start ?? 0;
  const end = reading.tokens[Math.min(to, reading.tokens.length) - 1]?.end ?? 0;
  for (const finding of findings) {
    const { evidence } = finding;
    if (finding.status !== "present" || evidence.kind !== "text" || SORENESS.has(finding.concept))
      continue;
    if (evidence.start >= start && evidence.start < end) return true;
  }
  return false;
};

/** Whether the denial at `cue` keeps one sign back: an exception after it in its sentence or opening the next. */
const isExceptedAfter = (reading: Reading, findings: readonly Finding[], cue: Span): boolean => {
  const { tokens, segments } = reading;
  const sentence = segments.sentenceOf[cue.first] ?? 0;
  let nextWords = 0;
  for (let i = cue.last; i < tokens.length; i += 1) {
    const at = segments.sentenceOf[i] ?? 0;
    if (at > sentence + 1) break;
    const norm = tokens[i]?.norm ?? "";
    if (at === sentence + 1) {
      if (tokens[i]?.kind !== "word") continue;
      nextWords += 1;
      if (nextWords > 2) break;
    }
    if (KEEPS_ONE.has(norm)) return true;
    if (
      KEEPS_ONE_IF_SIGN.has(norm) &&
      isSignStartingIn(reading, findings, i + 1, i + 1 + KEPT_SIGN_REACH)
    )
      return true;
  }
  return false;
};

/**
 * Signs listed and then denied as a whole by words pointing back at them: "I've read the list of warning signs -
 * saddle numbness, bladder changes, weakness in both legs - and I have none of them". The signs of the list are
 * denied, unless an exception follows ("none of them except the numbness", "None of them. Well, maybe the
 * numbness"); a sign told anywhere else stays as it is.
 */
const denyListedNone = (reading: Reading, findings: Finding[]): void => {
  const { tokens } = reading;
  for (const cue of cuesOf(reading, "none-of-listed")) {
    if (isBareNone(reading, cue) && !isEndOfSentence(reading, cue.last)) continue;
    if (isExceptedAfter(reading, findings, cue)) continue;
    const first = listedBefore(reading, findings, cue.first);
    if (first < 0) continue;
    denyBetween(findings, tokens[first]?.start ?? 0, tokens[cue.first]?.start ?? 0);
  }
};

/** Whether the cue is a bare "none of those", with no subject before it nor verb after it in its words. */
const isBareNone = (reading: Reading, cue: Span): boolean => {
  const first = reading.tokens[cue.first]?.norm;
  if (first !== "none" && first !== "neither") return false;
  return BARE_NONE_ENDS.has(reading.tokens[cue.last - 1]?.norm ?? "");
};
const BARE_NONE_ENDS = new Set(["them", "those", "these", "above", "things", "symptoms", "signs"]);
/** Words that may end a bare "none of those" in its sentence ("None of those at all.", "none of them thankfully"). */
const NONE_TAILS = new Set([
  "at",
  "all",
  "whatsoever",
  "thankfully",
  "luckily",
  "fortunately",
  "so",
  "far",
  "here",
  "for",
  "me",
  "really",
  "honestly",
  "im",
  "glad",
  "happy",
  "to",
  "say",
  "report",
]);
/** Whether only such words (and punctuation) follow token `from` to the end of its sentence. */
const isEndOfSentence = (reading: Reading, from: number): boolean => {
  const { tokens, segments } = reading;
  const sentence = segments.sentenceOf[from - 1] ?? 0;
  for (let i = from; i < tokens.length; i += 1) {
    if (segments.sentenceOf[i] !== sentence) return true;
    const token = tokens[i];
    if (token?.kind === "punct") {
      // (a comma or dash may go on to something else: "none of those, but my groin is numb" is kept by the check
      // for exceptions; other words after it end the answer)
      if (token.norm === "," || token.norm === "-") continue;
      return true;
    }
    if (!NONE_TAILS.has(token?.norm ?? "")) return false;
  }
  return true;
};

/** Sets the present text findings between two character offsets to denied. */
const denyBetween = (
  findings: Finding[],
  from: number,
  to: number,
  concepts?: ReadonlySet<string>,
): void => {
  findings.forEach((finding, index) => {
    const { evidence } = finding;
    if (finding.status !== "present" || evidence.kind !== "text") return;
    if (concepts !== undefined && !concepts.has(finding.concept)) return;
    if (evidence.start >= from && evidence.end <= to)
      findings[index] = { ...finding, status: "denied" };
  });
};

/** Words of a one-word answer that says no: "Pins and needles? None. Bladder? Normal." */
const NO_ANSWERS = new Set([
  "none",
  "no",
  "nope",
  "nah",
  "nothing",
  "normal",
  "fine",
  "ok",
  "okay",
  "good",
  "negative",
  "nil",
  "zero",
  "never",
]);
/** Words that may go with them ("None at all", "All normal", "Totally fine"). */
const NO_ANSWER_FILLERS = new Set([
  "at",
  "all",
  "not",
  "totally",
  "completely",
  "perfectly",
  "absolutely",
  "still",
  "as",
  "usual",
  "thankfully",
  "whatsoever",
  "so",
  "far",
]);
/** The most words in a question of the checklist kind ("Pins and needles?") and in its answer ("None at all."). */
const CHECKLIST_QUESTION_WORDS = 5;
const CHECKLIST_ANSWER_WORDS = 3;

/** The word tokens of sentence `sentence`, or undefined when it has more than `most`. */
const sentenceWords = (reading: Reading, sentence: number, most: number): string[] | undefined => {
  const { tokens, segments } = reading;
  const start = segments.sentenceStarts[sentence];
  if (start === undefined) return undefined;
  const end = segments.sentenceStarts[sentence + 1] ?? tokens.length;
  const words: string[] = [];
  for (let i = start; i < end; i += 1) {
    const token = tokens[i];
    if (token?.kind === "punct") continue;
    if (words.length === most) return undefined;
    words.push(token?.norm ?? "");
  }
  return words;
};

/**
 * A checklist told as questions and answers: a short question that only names a sign ("Pins and needles?",
 * "Bladder?"), answered by a sentence of only a no ("None.", "Normal.", "Not at all."). The signs named in the
 * question are denied. Any other word in the answer ("None, but my groin is numb") leaves them as they are.
 */
const denyAnsweredNone = (reading: Reading, findings: Finding[]): void => {
  const { tokens, segments } = reading;
  const { sentenceStarts } = segments;
  for (let sentence = 0; sentence + 1 < sentenceStarts.length; sentence += 1) {
    const next = sentenceStarts[sentence + 1] ?? tokens.length;
    if (tokens[next - 1]?.norm !== "?") continue;
    const question = sentenceWords(reading, sentence, CHECKLIST_QUESTION_WORDS);
    if (question === undefined || question.some((word) => FIRST_PERSON.has(word))) continue;
    const answer = sentenceWords(reading, sentence + 1, CHECKLIST_ANSWER_WORDS);
    if (answer === undefined || answer.length === 0) continue;
    if (!answer.every((word) => NO_ANSWERS.has(word) || NO_ANSWER_FILLERS.has(word))) continue;
    if (!answer.some((word) => NO_ANSWERS.has(word))) continue;
    const from = tokens[sentenceStarts[sentence] ?? 0]?.start ?? 0;
    denyBetween(findings, from, tokens[next - 1]?.end ?? 0);
  }
};

/** Words with which the patient takes back a word ("ok not actually numb", "no wait, wrong word"). */
const RETRACTIONS: readonly (readonly string[])[] = [
  ["not", "actually"],
  ["no", "wait"],
  ["wrong", "word"],
  ["scratch", "that"],
];
/** What "I can feel" is said of when all of it is felt ("I can feel it fine", "I can feel touch perfectly"). */
const FELT_OBJECTS = new WordSet(["it", "touch", "everything", "them", "that", "things", "all"]);
/** How it is felt. */
const FELT_FINE = new WordSet([
  "fine",
  "perfectly",
  "normally",
  "ok",
  "okay",
  "properly",
  "normal",
]);
/** After it: only part is felt ("I can feel it fine on the left", "... except when I wipe"). */
const FELT_IN_PART = new WordSet([
  "on",
  "in",
  "except",
  "but",
  "though",
  "apart",
  "only",
  "when",
  "at",
]);

/** Signs of feeling that a retraction and a word of feeling fine take back. */
const FEELING_SIGNS: ReadonlySet<string> = new Set([
  "numbness-tingling",
  "saddle-anesthesia",
  "tingling-settling",
]);

/** The sentence with words before `sentence` ("Numb... no wait": the dots make sentences of their own). */
const sentenceWithWordsBefore = (reading: Reading, sentence: number): number => {
  const { tokens, segments } = reading;
  for (let s = sentence - 1; s >= 0; s -= 1) {
    const end = segments.sentenceStarts[s + 1] ?? tokens.length;
    for (let i = segments.sentenceStarts[s] ?? 0; i < end; i += 1) {
      if (tokens[i]?.kind === "word") return s;
    }
  }
  return sentence;
};

/** The first words of the retractions, so that most tokens are passed over with one lookup. */
const RETRACTION_STARTS = new WordSet(RETRACTIONS.map((words) => words[0] ?? ""));

/** Whether a retraction is spelt out at token `i` (plain loops: this runs for every token). */
const isRetractionAt = (reading: Reading, i: number): boolean => {
  for (const words of RETRACTIONS) {
    let matches = true;
    for (let offset = 0; offset < words.length; offset += 1) {
      if (reading.tokens[i + offset]?.norm !== words[offset]) matches = false;
    }
    if (matches) return true;
  }
  return false;
};

/**
 * "I can feel it fine", "I can feel touch perfectly": all of it felt, in the sentence of `sentence` or the next,
 * with nothing after it that makes it only a part ("... fine on the left").
 */
const saysFeltFine = (reading: Reading, from: number, sentence: number): boolean => {
  const { tokens, segments } = reading;
  const end = segments.sentenceStarts[sentence + 2] ?? tokens.length;
  for (let i = from; i + 2 < end; i += 1) {
    if (tokens[i]?.norm !== "feel" || tokens[i - 1]?.norm !== "can") continue;
    if (!FELT_OBJECTS.at(reading, i + 1) || !FELT_FINE.at(reading, i + 2)) continue;
    if (!FELT_IN_PART.at(reading, i + 3) && !FELT_IN_PART.at(reading, i + 4)) return true;
  }
  return false;
};

/**
 * A word of numbness the patient takes back: "Numb bum from the meeting, ok not actually numb, I can feel it
 * fine"; "My glutes felt numb... no wait, wrong word ... I can feel touch perfectly". Both the taking back and a
 * word of feeling it fine are needed: the signs of feeling told before, in that sentence or the one before, are
 * denied. ("Not actually numb, more like pins and needles" has no word of feeling fine, and stays.)
 */
const denyRetracted = (reading: Reading, findings: Finding[]): void => {
  const { tokens, segments } = reading;
  // (most messages take nothing back: no look at each token then)
  if (!RETRACTION_STARTS.anyIn(reading)) return;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!RETRACTION_STARTS.at(reading, i) || !isRetractionAt(reading, i)) continue;
    const sentence = segments.sentenceOf[i] ?? 0;
    if (!saysFeltFine(reading, i, sentence)) continue;
    // The words taken back: in its sentence, or the one before when it opens its sentence ("Numb... no wait"),
    // within a few tokens, and not told with a time of its own ("numb since yesterday ... not actually numb" is
    // two things).
    let first = segments.sentenceStarts[sentence] ?? 0;
    if (!hasWordBetween(reading, first, i))
      first = segments.sentenceStarts[sentenceWithWordsBefore(reading, sentence)] ?? 0;
    first = Math.max(first, i - RETRACTION_REACH, lastTimeBefore(reading, first, i));
    denyBetween(findings, tokens[first]?.start ?? 0, tokens[i]?.start ?? 0, FEELING_SIGNS);
    return;
  }
};

/** How far back (in tokens) a retraction reaches. */
const RETRACTION_REACH = 16;

/** Whether a word token lies from `from` up to `to`. */
const hasWordBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) if (reading.tokens[i]?.kind === "word") return true;
  return false;
};

/** The token after the last word of time ("since", "yesterday", "for") from `from` up to `to`, else `from`. */
const lastTimeBefore = (reading: Reading, from: number, to: number): number => {
  let after = from;
  for (let i = from; i < to; i += 1) {
    if (TIME_ANCHORS.at(reading, i)) after = i + 1;
  }
  return after;
};
const TIME_ANCHORS = new WordSet([
  "since",
  "yesterday",
  "today",
  "morning",
  "night",
  "still",
  "days",
  "hours",
  "weeks",
  "week",
  "constantly",
  "now",
]);

const denyAskedThenDenied = (reading: Reading, findings: Finding[]): void => {
  const { tokens, segments } = reading;
  for (let sentence = 1; sentence < segments.sentenceStarts.length; sentence += 1) {
    const start = segments.sentenceStarts[sentence] ?? 0;
    if (tokens[start - 1]?.norm !== "?") continue;
    const end = segments.sentenceStarts[sentence + 1] ?? tokens.length;
    if (end - start > LONGEST_DENIAL) continue;
    const words = tokens
      .slice(start, end)
      .filter((token) => token.kind !== "punct")
      .map((token) => token.norm);
    if (!isPlainDenial(words)) continue;
    const questionStart = segments.sentenceStarts[sentence - 1] ?? 0;
    denyBetween(findings, tokens[questionStart]?.start ?? 0, tokens[start - 1]?.end ?? 0);
  }
};

/** Body functions that, said to be normal after a question, answer it; and the signs each can answer for. */
const FUNCTION_ANSWERS: readonly (readonly [CueKind, readonly ConceptId[]])[] = [
  ["fn-bladder", ["bladder-bowel"]],
  ["fn-bowel", ["bladder-bowel"]],
  ["fn-toilet", ["bladder-bowel"]],
  ["fn-legs", ["bilateral-neuro", "leg-weakness", "progressive-weakness", "numbness-tingling"]],
  ["fn-walking", ["bilateral-neuro", "leg-weakness", "progressive-weakness"]],
  ["fn-temperature", ["fever-infection"]],
  ["fn-feel", ["saddle-anesthesia", "bladder-bowel", "numbness-tingling"]],
];

/** How many sentences with words after a question may answer it ("The leaflet mentions it. I don't think I have that"). */
const ANSWER_SENTENCES = 2;

/** The first token after the question of token `index` and the sentences with words that answer it. */
const answerEnd = (reading: Reading, index: number, sentences = ANSWER_SENTENCES): number => {
  const { tokens, segments } = reading;
  let end = segments.sentenceStarts[(segments.sentenceOf[index] ?? 0) + 1] ?? tokens.length;
  let answers = 0;
  while (end < tokens.length) {
    const next = segments.sentenceStarts[(segments.sentenceOf[end] ?? 0) + 1] ?? tokens.length;
    let hasWords = false;
    for (let i = end; i < next; i += 1) if (tokens[i]?.kind === "word") hasWords = true;
    end = next;
    if (hasWords) answers += 1;
    if (answers === sentences) break;
  }
  return end;
};

/** A cue of `kind`, not denied, from `from` up to `to`. */
const hasCueIn = (reading: Reading, kind: CueKind, from: number, to: number): boolean => {
  for (const cue of cuesOf(reading, kind)) {
    if (cue.first >= from && cue.last <= to && !precededByNegation(reading, cue, 3)) return true;
  }
  return false;
};

/**
 * Where a disclaimer ("I don't have any of that") starts, not denied, after the asked sign and up to `to`, that answers the
 * question ending at `questionEnd`: no other sign is told between them ("... my friend said burning in the leg
 * means nerve trouble - I don't have any of that" disclaims the burning, not what was asked; nor does a disclaimer
 * run on before the question).
 */
const answeringDisclaimerAt = (
  reading: Reading,
  sign: Span,
  questionEnd: number,
  to: number,
): number => {
  for (const cue of cuesOf(reading, "disclaimer")) {
    if (cue.first < sign.last || cue.last > to || precededByNegation(reading, cue, 3)) continue;
    if (!reading.hits.some((hit) => hit.first >= questionEnd && hit.first < cue.first))
      return cue.first;
  }
  return -1;
};

/** A time a sign began, or "now", around the question: "It's been like this since Saturday's session." */
const isAnchoredInTime = (reading: Reading, from: number, to: number): boolean => {
  for (const cue of cuesOf(reading, "new"))
    if (cue.first >= from && cue.last <= to && !isSupposedChange(reading, cue)) return true;
  for (let i = from; i < to; i += 1) if (reading.tokens[i]?.norm === "since") return true;
  return false;
};

/** Who a supposed change is of: "if I started", "if it suddenly". */
const SUPPOSED_SUBJECTS = new Set(["i", "it", "they", "you", "my", "the"]);

/**
 * A word of change that is the verb of a supposition, not a time it began: "If I started having trouble peeing",
 * "if it suddenly went into both legs".
 */
const isSupposedChange = (reading: Reading, cue: Span): boolean => {
  const before = reading.tokens[cue.first - 1]?.norm ?? "";
  if (before === "if" || before === "whether") return true;
  const opener = reading.tokens[cue.first - 2]?.norm;
  return SUPPOSED_SUBJECTS.has(before) && (opener === "if" || opener === "whether");
};

/** Words after "what" that ask what a sign means: "what does X mean", "what would X mean". */
const WHAT_ASKS = new Set(["does", "do", "would", "could", "might", "did"]);

/**
 * Whether the question asks about a sign rather than telling of one, by the words before it: "Should I go to A&E
 * if I can't pee?", "What would numbness in the groin mean?", "Do I need to worry about bladder problems?". ("Is
 * it normal that I can't pee?" tells of one; so does a sign run on before the question: "my legs are numb what
 * does jelly legs mean?")
 */
const isAskingAbout = (reading: Reading, from: number, sign: number): boolean => {
  const { tokens } = reading;
  if (isTermQuestion(reading, from, sign)) return true;
  for (let i = from; i < sign; i += 1) {
    const norm = tokens[i]?.norm;
    const next = tokens[i + 1]?.norm ?? "";
    // ("Is it normal if I get pins and needles in my groin?" asks of what the patient has, as "... that I ..." does)
    if (norm === "if" && isJudgedIf(reading, i)) continue;
    if (norm === "if" || norm === "would") return true;
    if (norm === "what" && WHAT_ASKS.has(next)) return true;
    if (
      (norm === "worry" || norm === "worried" || norm === "concerned") &&
      (next === "about" || next === "if")
    )
      return true;
  }
  return false;
};

/** Verbs of a question about what a term means: "Does 'altered feeling when wiping' mean ...?", "Does that include ...?" */
const TERM_VERBS = new Set(["mean", "means", "meant", "include", "includes", "count", "counts"]);
/** The patient in a question: "Does it mean anything that I can't pee?" tells of their own. */
export const FIRST_PERSON = new Set(["i", "im", "ive", "id", "my", "me", "mine", "myself"]);

/**
 * A question about what a term means, with no word of the patient's own in it: "Does 'altered feeling when
 * wiping' mean you literally can't feel the toilet paper?" (not "Does it mean something that I can't pee?").
 */
const isTermQuestion = (reading: Reading, from: number, sign: number): boolean => {
  const { tokens, segments } = reading;
  // (opened by the question: "pins and needles in both legs what does 'jelly legs' mean" tells of the first)
  if (!TERM_OPENERS.at(reading, from)) return false;
  const end = segments.sentenceStarts[(segments.sentenceOf[sign] ?? 0) + 1] ?? tokens.length;
  let term = false;
  // (`sign` only finds the question's sentence)
  for (let i = from; i < end; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (FIRST_PERSON.has(norm)) return false;
    if (TERM_VERBS.has(norm)) term = true;
  }
  return term;
};
const TERM_OPENERS = new WordSet([
  "does",
  "do",
  "did",
  "would",
  "could",
  "can",
  "what",
  "whats",
  "is",
]);

/** How far before the sign its body function may be named ("my legs going numb"). */
const NAMED_BEFORE = 3;

/** The sign's body function is said to be normal in the answer ("Should I go if I can't pee? I can pee fine"). */
const isFunctionAnswered = (
  reading: Reading,
  finding: Finding,
  sign: Span,
  from: number,
  to: number,
): boolean => {
  const { segments } = reading;
  for (const [kind, concepts] of FUNCTION_ANSWERS) {
    if (!concepts.includes(finding.concept)) continue;
    const fns = cuesOf(reading, kind);
    // (the word must name the function, not a place: "numbness between my legs")
    // (or as the subject right before it: "my legs going numb")
    const named = fns.some(
      (fn) =>
        fn.first >= sign.first - NAMED_BEFORE &&
        fn.last <= sign.last &&
        segments.sentenceOf[fn.first] === segments.sentenceOf[sign.first] &&
        !isInSaddleSite(reading, fn),
    );
    if (!named) continue;
    for (const fn of fns) {
      if (fn.first < from || fn.last > to || !isFunctionDenied(reading, fn)) continue;
      // "... my neighbour said tingling means diabetes. I can feel fine": an answer about something else.
      if (isSignBetween(reading, from, fn.first)) return false;
      // "I can pee fine in the mornings but not at night" is no answer.
      return !cuesOf(reading, "terminator").some((cue) => cue.first >= fn.last && cue.last <= to);
    }
  }
  return false;
};

/** Soreness, which an answer may tell beside a function said to be fine ("my back is sore ... peeing normally"). */
const SORENESS: ReadonlySet<string> = new Set(["mild-soreness", "doms", "stiffness"]);

/** Whether a lexicon finding other than soreness starts from `from` up to `to`. */
const isSignBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const hit of reading.hits) {
    if (hit.first >= from && hit.first < to && !SORENESS.has(hit.concept)) return true;
  }
  return false;
};

const isInSaddleSite = (reading: Reading, span: Span): boolean =>
  cuesOf(reading, "site-saddle").some((site) => site.first <= span.first && site.last >= span.last);

/**
 * Whether a sign in a question is asked about rather than reported: the question asks about it ("if", "would",
 * "what does", "worry about" before it) and the answer right after says it is not the patient's ("Not happening", "asking because
 * the leaflet mentions it"), or that the body function it names is normal ("I can pee fine"), or, for a question
 * in "would", that the patient is only curious. Never when a time it began is given or the patient says it is
 * theirs.
 */
const isAskedAbout = (reading: Reading, finding: Finding, sign: Span): boolean => {
  const { segments, tokens } = reading;
  const sentence = segments.sentenceOf[sign.first] ?? 0;
  const start = segments.sentenceStarts[sentence] ?? 0;
  const questionEnd = segments.sentenceStarts[sentence + 1] ?? tokens.length;
  const end = answerEnd(reading, sign.first);
  if (!isAskingAbout(reading, start, sign.first)) return false;
  const disclaimer = answeringDisclaimerAt(reading, sign, questionEnd, end);
  // (a time told in the question or the answer right after it: "It's been like this since Saturday"; not one told
  // after the disclaimer, of what the patient has instead: "I don't have it, just stiff today")
  const answered = disclaimer < 0 ? answerEnd(reading, sign.first, 1) : disclaimer;
  if (isAnchoredInTime(reading, start, answered)) return false;
  if (cuesOf(reading, "actual").some((cue) => cue.first >= start)) return false;
  if (disclaimer >= 0) return true;
  if (isFunctionAnswered(reading, finding, sign, questionEnd, end)) return true;
  if (!hasCueIn(reading, "just-asking", start, answerEnd(reading, sign.first, 1))) return false;
  if (isTermQuestion(reading, start, sign.first)) return true;
  for (let i = start; i < questionEnd; i += 1) if (tokens[i]?.norm === "would") return true;
  return false;
};

/**
 * Signs named in a question and then answered as not the patient's ("What would numbness in the groin mean?
 * Asking because the leaflet mentions it.") are denied. A message without questions costs one pass over its
 * sentences.
 */
const setAsideAskedAbout = (reading: Reading, findings: Finding[]): void => {
  let hasQuestion = false;
  for (const start of reading.segments.sentenceStarts) {
    if (isQuestion(reading, start)) hasQuestion = true;
  }
  if (!hasQuestion) return;
  findings.forEach((finding, index) => {
    const { evidence } = finding;
    if (finding.status !== "present" || evidence.kind !== "text") return;
    const first = tokenStartingAt(reading, evidence.start, 0);
    if (first < 0 || !isQuestion(reading, first)) return;
    const sign = { first, last: tokenAfterEnd(reading, evidence.end, first) };
    if (isAskedAbout(reading, finding, sign)) findings[index] = { ...finding, status: "denied" };
  });
};
