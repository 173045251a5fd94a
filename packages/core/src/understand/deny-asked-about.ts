import type { ConceptId } from "../model/concept";
import type { Finding } from "../model/finding";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { CueKind } from "./cues";
import { isFunctionDenied, isQuestion, precededByNegation } from "./status";
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
};

const denyAskedThenDenied = (reading: Reading, findings: Finding[]): void => {
  const { tokens, segments } = reading;
  segments.sentenceStarts.forEach((start, sentence) => {
    if (sentence === 0 || tokens[start - 1]?.norm !== "?") return;
    const end = segments.sentenceStarts[sentence + 1] ?? tokens.length;
    if (end - start > LONGEST_DENIAL) return;
    const words = tokens
      .slice(start, end)
      .filter((token) => token.kind !== "punct")
      .map((token) => token.norm);
    if (!isPlainDenial(words)) return;
    const questionStart = segments.sentenceStarts[sentence - 1] ?? 0;
    const from = tokens[questionStart]?.start ?? 0;
    const to = tokens[start - 1]?.end ?? 0;
    findings.forEach((finding, index) => {
      const { evidence } = finding;
      if (finding.status !== "present" || evidence.kind !== "text") return;
      if (evidence.start >= from && evidence.end <= to) {
        findings[index] = { ...finding, status: "denied" };
      }
    });
  });
};

/** Body functions that, said to be normal after a question, answer it; and the signs each can answer for. */
const FUNCTION_ANSWERS: readonly (readonly [CueKind, readonly ConceptId[]])[] = [
  ["fn-bladder", ["bladder-bowel"]],
  ["fn-bowel", ["bladder-bowel"]],
  ["fn-toilet", ["bladder-bowel"]],
  ["fn-legs", ["bilateral-neuro", "leg-weakness", "progressive-weakness"]],
  ["fn-walking", ["bilateral-neuro", "leg-weakness", "progressive-weakness"]],
  ["fn-temperature", ["fever-infection"]],
];

/** The first token after the question of token `index` and the sentence with words after it. */
const answerEnd = (reading: Reading, index: number): number => {
  const { tokens, segments } = reading;
  let end = segments.sentenceStarts[(segments.sentenceOf[index] ?? 0) + 1] ?? tokens.length;
  while (end < tokens.length) {
    const next = segments.sentenceStarts[(segments.sentenceOf[end] ?? 0) + 1] ?? tokens.length;
    for (let i = end; i < next; i += 1) if (tokens[i]?.kind === "word") return next;
    end = next;
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
 * A disclaimer ("I don't have any of that"), not denied, after the asked sign and up to `to`, that answers the
 * question ending at `questionEnd`: no other sign is told between them ("... my friend said burning in the leg
 * means nerve trouble - I don't have any of that" disclaims the burning, not what was asked; nor does a disclaimer
 * run on before the question).
 */
const hasAnsweringDisclaimer = (
  reading: Reading,
  sign: Span,
  questionEnd: number,
  to: number,
): boolean => {
  for (const cue of cuesOf(reading, "disclaimer")) {
    if (cue.first < sign.last || cue.last > to || precededByNegation(reading, cue, 3)) continue;
    if (!reading.hits.some((hit) => hit.first >= questionEnd && hit.first < cue.first)) return true;
  }
  return false;
};

/** A time a sign began, or "now", around the question: "It's been like this since Saturday's session." */
const isAnchoredInTime = (reading: Reading, from: number, to: number): boolean => {
  if (cuesOf(reading, "new").some((cue) => cue.first >= from && cue.last <= to)) return true;
  for (let i = from; i < to; i += 1) if (reading.tokens[i]?.norm === "since") return true;
  return false;
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
  for (let i = from; i < sign; i += 1) {
    const norm = tokens[i]?.norm;
    const next = tokens[i + 1]?.norm ?? "";
    if (norm === "if" || norm === "would") return true;
    if (norm === "what" && WHAT_ASKS.has(next)) return true;
    if ((norm === "worry" || norm === "worried") && (next === "about" || next === "if"))
      return true;
  }
  return false;
};

/** The sign's body function is said to be normal in the answer ("Should I go if I can't pee? I can pee fine"). */
const isFunctionAnswered = (
  reading: Reading,
  finding: Finding,
  sign: Span,
  from: number,
  to: number,
): boolean => {
  for (const [kind, concepts] of FUNCTION_ANSWERS) {
    if (!concepts.includes(finding.concept)) continue;
    const fns = cuesOf(reading, kind);
    // (the word must name the function, not a place: "numbness between my legs")
    const named = fns.some(
      (fn) => fn.first >= sign.first && fn.last <= sign.last && !isInSaddleSite(reading, fn),
    );
    if (!named) continue;
    for (const fn of fns) {
      if (fn.first < from || fn.last > to || !isFunctionDenied(reading, fn)) continue;
      // "I can pee fine in the mornings but not at night" is no answer.
      return !cuesOf(reading, "terminator").some((cue) => cue.first >= fn.last && cue.last <= to);
    }
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
  if (isAnchoredInTime(reading, start, end)) return false;
  if (cuesOf(reading, "actual").some((cue) => cue.first >= start)) return false;
  if (hasAnsweringDisclaimer(reading, sign, questionEnd, end)) return true;
  if (isFunctionAnswered(reading, finding, sign, questionEnd, end)) return true;
  if (!hasCueIn(reading, "just-asking", start, end)) return false;
  for (let i = start; i < questionEnd; i += 1) if (tokens[i]?.norm === "would") return true;
  return false;
};

/** The token that starts at character `start`, at or after token `from` (-1 if none): tokens are in text order. */
const tokenStartingAt = (reading: Reading, start: number, from: number): number => {
  const { tokens } = reading;
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === start ? lo : -1;
};

/** The token after the one that ends at character `end`. */
const tokenAfterEnd = (reading: Reading, end: number, from: number): number => {
  let i = from;
  while (i < reading.tokens.length && (reading.tokens[i]?.end ?? 0) <= end) i += 1;
  return i;
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
