import type { Finding } from "../model/finding";
import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import { shortAnswerAt } from "./short-answer";
import type { ShortAnswer } from "./short-answer";
import { isNegationWord, isQuestion } from "./status";

/**
 * Signs the patient only supposes and then says are not there: "Should I stop if the pain goes sharp? It hasn't.",
 * "My husband keeps asking whether my legs are going weak. They're not.", "What should I do if the shooting pain goes
 * into both legs? For now it's only the right." And a question the patient asks of themself and answers no: "Have
 * I had cancer? No. My mum did." What they name is set aside as asked about (hypothetical). Any answer that is not
 * such a plain no leaves the sign as it is, so "Is it normal that I can't feel when I wipe?" stays a report.
 */
export const setAsideAnswered = (reading: Reading, findings: Finding[]): void => {
  const { sentenceStarts } = reading.segments;
  // (most messages have no "if" or "whether" and no question of the patient's own: one pass over the tokens)
  if (!hasAskingWord(reading)) return;
  for (let sentence = 0; sentence + 1 < sentenceStarts.length; sentence += 1) {
    const start = sentenceStarts[sentence] ?? 0;
    const end = sentenceStarts[sentence + 1] ?? reading.tokens.length;
    const answer = answerAfter(reading, end);
    if (answer === undefined) continue;
    const supposed = supposedFrom(reading, start, end, answer);
    if (supposed !== undefined) setAside(reading, findings, supposed.from, supposed.end);
    else if (answer.says === "no" && isOwnYesNoQuestion(reading, start, end))
      setAside(reading, findings, start, end);
  }
};

/** Whether the text has a word of supposing or a question mark: only then can anything be set aside here. */
const hasAskingWord = (reading: Reading): boolean => {
  for (const token of reading.tokens) {
    if (token.norm === "if" || token.norm === "whether" || token.norm === "?") return true;
  }
  return false;
};

/**
 * The answer opening the sentence at token `at`: a short answer ("It hasn't", "They're not", "No.") or one that
 * says how far it goes now ("For now it's only the right"), which says no to its going further.
 */
const answerAfter = (reading: Reading, at: number): ShortAnswer | undefined =>
  shortAnswerAt(reading, at) ?? limitAt(reading, at);

/** Words that open a limit told of now: "for now", "so far", "at the moment", "currently". */
const NOW_OPENERS: readonly (readonly string[])[] = [
  ["for", "now"],
  ["so", "far"],
  ["at", "the", "moment"],
  ["right", "now"],
  ["currently"],
  ["at", "present"],
  ["for", "the", "moment"],
  ["as", "of", "now"],
];
/** The limit itself: "only", "just", "still only". */
const ONLY = new WordSet(["only", "just"]);
/** Words that may stand between the opener and "only" ("for now it's only", "so far they are just"). */
const LIMIT_LINKS = new WordSet(["its", "it", "is", "s", "theyre", "they", "are", "still", ","]);
/** The most such words. */
const MOST_LIMIT_LINKS = 3;

/** "For now it's only the right", "So far just a dull ache": a no to anything more, at token `at`. */
const limitAt = (reading: Reading, at: number): ShortAnswer | undefined => {
  const { tokens } = reading;
  for (const opener of NOW_OPENERS) {
    let i = at;
    let matches = true;
    for (const word of opener) {
      if (tokens[i]?.norm !== word) matches = false;
      i += 1;
    }
    if (!matches) continue;
    for (let links = 0; links < MOST_LIMIT_LINKS && LIMIT_LINKS.at(reading, i); links += 1) i += 1;
    if (ONLY.at(reading, i)) return { says: "no", subject: "", verb: "", end: i + 1 };
  }
  return undefined;
};

/** Words that ask: the sentence supposes with "if" or "whether" after one ("keeps asking whether ..."). */
const ASKING = new Set([
  "asking",
  "asked",
  "asks",
  "ask",
  "wondering",
  "wonder",
  "wondered",
  "know",
  "checking",
  "check",
  "sure",
  "unsure",
  "worried",
  "worry",
]);

/**
 * Words that can start what a supposition says of its subject ("if the pain goes sharp", "whether my legs are
 * going weak", "if I started having trouble peeing"): a finding that reaches past one is what is supposed; one
 * that ends before it is its subject and is told ("if the numbness down there gets worse").
 */
const PREDICATE_WORDS = new Set([
  "is",
  "are",
  "am",
  "was",
  "were",
  "be",
  "been",
  "im",
  "its",
  "theyre",
  "ive",
  "has",
  "have",
  "had",
  "gets",
  "get",
  "got",
  "getting",
  "goes",
  "go",
  "going",
  "went",
  "gone",
  "starts",
  "start",
  "started",
  "starting",
  "turns",
  "turn",
  "turned",
  "becomes",
  "become",
  "became",
  "spreads",
  "spread",
  "spreading",
  "moves",
  "move",
  "moved",
  "travels",
  "travel",
  "comes",
  "come",
  "came",
  "develop",
  "develops",
  "developed",
  "feel",
  "feels",
  "felt",
  "notice",
  "noticed",
  "lose",
  "lost",
  "losing",
  "cant",
  "can",
  "could",
  "couldnt",
  "dont",
  "doesnt",
  "didnt",
  "do",
  "does",
  "did",
  "keep",
  "keeps",
  "kept",
  "begin",
  "begins",
  "began",
  "stop",
  "stops",
  "stopped",
  "hurt",
  "hurts",
  "shoots",
  "shoot",
  "will",
  "would",
  "should",
  "might",
  "may",
  "ever",
  "suddenly",
  "experience",
  "experienced",
  "reaches",
  "reach",
  "reached",
  "hits",
  "hit",
  "affects",
  "affect",
  "affected",
  "extends",
  "extend",
  "radiates",
  "radiate",
  "creeps",
  "creep",
  "runs",
  "shifts",
  "worsens",
  "worsen",
  "increases",
  "appears",
  "appear",
  "happens",
  "happen",
]);

/** Whether the question of the sentence from `start` is "is it ...", which "It's not" answers instead. */
const asksIsIt = (reading: Reading, start: number): boolean => {
  const opener = reading.tokens[start]?.norm;
  const subject = reading.tokens[start + 1]?.norm;
  return (
    (opener === "is" || opener === "isnt") &&
    (subject === "it" || subject === "that" || subject === "this")
  );
};

/** Verbs that a yes answers for a supposition in the negative ("if I can't feel it...? I can"). */
const DOING_VERBS = new Set(["can", "could", "do", "does", "did"]);

/** Words after a comma that go on with the supposition: "if my legs go numb, or my bladder stops working". */
const GOES_ON = new WordSet(["or", "and", "nor"]);

/**
 * The end of the supposition that starts at token `suppose`: its comma ("If I started having trouble peeing, is
 * that an emergency?": the question after it is not supposed) or the sentence's end.
 */
const suppositionEnd = (reading: Reading, suppose: number, end: number): number => {
  for (let i = suppose + 1; i < end; i += 1) {
    const token = reading.tokens[i];
    if (token?.norm === "," && !GOES_ON.at(reading, i + 1)) return i;
  }
  return end;
};

/**
 * What the sentence from `start` to `end` supposes and the answer says is not so (its tokens from `from` up to
 * `end`), or undefined: the words after the first predicate word after "if" or "whether", up to the end of the
 * supposition, in a question or after a word of asking.
 */
const supposedFrom = (
  reading: Reading,
  start: number,
  end: number,
  answer: ShortAnswer,
): { from: number; end: number } | undefined => {
  const { tokens } = reading;
  let suppose = -1;
  let asked = isQuestion(reading, start);
  for (let i = start; i < end && suppose < 0; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (ASKING.has(norm)) asked = true;
    if ((norm === "if" || norm === "whether") && asked) suppose = i;
  }
  if (suppose < 0) return undefined;
  // "Is it normal if ...? It's not": the answer is about the question, not what it supposes.
  if (asksIsIt(reading, start) && (answer.subject === "it" || answer.subject === "that"))
    return undefined;
  const last = suppositionEnd(reading, suppose, end);
  let negative = false;
  let predicate = -1;
  for (let i = suppose + 1; i < last; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (isNegationWord(norm) || norm === "without") negative = true;
    if (predicate < 0 && PREDICATE_WORDS.has(norm)) predicate = i;
  }
  // A no to a supposition in the positive sets it aside; in the negative ("if I can't feel the paper"), only a yes
  // of the same doing ("I can") does: "I can't" says it is so.
  const saysNotSo = negative
    ? answer.says === "yes" && DOING_VERBS.has(answer.verb)
    : answer.says === "no";
  if (!saysNotSo) return undefined;
  return { from: predicate < 0 ? suppose + 1 : predicate, end: last };
};

/** Openers of a yes-or-no question the patient asks of themself: "Have I had cancer?", "Am I numb down there?". */
const OWN_OPENERS = new WordSet(["have", "had", "did", "do", "am", "was", "has"]);
/** Words by which a no would say a sign is there: "Do I feel it when I wipe? No." */
const FUNCTION_WORDS = new WordSet([
  "feel",
  "feeling",
  "felt",
  "know",
  "notice",
  "sense",
  "tell",
  "control",
  "able",
  "manage",
  "hold",
  "empty",
  "wipe",
  "can",
  "could",
  "go",
  "pee",
  "wee",
  "walk",
  "stand",
  "move",
  "lift",
  "get",
]);

/** "Have I had cancer?": a question opened by "have I", "do I", "am I" and not about doing something. */
const isOwnYesNoQuestion = (reading: Reading, start: number, end: number): boolean => {
  const { tokens } = reading;
  if (!OWN_OPENERS.at(reading, start) || tokens[start + 1]?.norm !== "i") return false;
  if (tokens[end - 1]?.norm !== "?") return false;
  for (let i = start + 2; i < end; i += 1) {
    if (FUNCTION_WORDS.at(reading, i)) return false;
  }
  return true;
};

/**
 * Sets aside the present text findings of the sentence of token `from` that reach past it and end before token
 * `end`.
 */
const setAside = (reading: Reading, findings: Finding[], from: number, end: number): void => {
  const after = reading.tokens[from]?.start ?? 0;
  const limit = reading.tokens[end - 1]?.end ?? 0;
  const first =
    reading.tokens[reading.segments.sentenceStarts[reading.segments.sentenceOf[from] ?? 0] ?? 0];
  const sentenceStart = first?.start ?? 0;
  findings.forEach((finding, index) => {
    const { evidence } = finding;
    if (finding.status !== "present" || evidence.kind !== "text") return;
    if (evidence.start >= sentenceStart && evidence.end <= limit && evidence.end > after)
      findings[index] = { ...finding, status: "hypothetical" };
  });
};
