import type { Finding } from "../model/finding";
import type { Reading } from "./read-text";

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
