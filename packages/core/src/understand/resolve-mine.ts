import type { Finding } from "../model/finding";
import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import { spanEvidence } from "./text-facts";

/** Words that open the patient's own version of what the sentence before said of someone else. */
const MINE = new Set(["mine", "mines"]);
/** Verbs after "mine" that add nothing: "mine is", "mine's", "mine has been". */
const LINKS = new WordSet(["is", "s", "was", "has", "been", "have", "had", "are"]);
/** Where a symptom's name ends and its place begins: "sciatica | in both legs". */
const PLACE_WORDS = new Set([
  "in",
  "into",
  "down",
  "on",
  "at",
  "to",
  "through",
  "across",
  "going",
  "running",
]);

/** Whether the text at `at` starts with "mine" in any case. */
const startsWithMine = (text: string, at: number): boolean =>
  (text.charCodeAt(at) | 0x20) === 0x6d &&
  (text.charCodeAt(at + 1) | 0x20) === 0x69 &&
  (text.charCodeAt(at + 2) | 0x20) === 0x6e &&
  (text.charCodeAt(at + 3) | 0x20) === 0x65;

/** One sentence that says "mine ...", with the words that stand for the symptom named before it. */
export type MineSentence = {
  /** The patient's own version, spelled out: "sciatica just in my left leg". */
  text: string;
  /** The token range of the "mine ..." sentence in the original reading. */
  first: number;
  last: number;
};

/**
 * Finds sentences like "My brother had sciatica in both legs. Mine is just in my left leg": "mine" takes the
 * symptom named in the sentence before (from a finding that was someone else's) and the rest of its own sentence
 * (one leg). Returns each such sentence spelled out, to be read as the patient's own words.
 */
export const findMineSentences = (
  reading: Reading,
  text: string,
  findings: readonly Finding[],
): MineSentence[] => {
  const { tokens, segments } = reading;
  const out: MineSentence[] = [];
  for (let sentence = 1; sentence < segments.sentenceStarts.length; sentence += 1) {
    const start = segments.sentenceStarts[sentence] ?? 0;
    // (the raw word: typo correction may have read "mine's" as something else)
    const opening = tokens[start];
    // Most sentences do not open with "mine": leave before slicing anything ("my" is the usual "m" word).
    if (!opening || !startsWithMine(text, opening.start)) continue;
    const word = text.slice(opening.start, opening.end).toLowerCase();
    if (!MINE.has(word.replace(/['’]/g, ""))) continue;
    const end = segments.sentenceStarts[sentence + 1] ?? tokens.length;
    const previousStart = tokens[segments.sentenceStarts[sentence - 1] ?? 0]?.start ?? 0;
    const previousEnd = tokens[start]?.start ?? 0;
    const named = findings.find(
      (finding) =>
        finding.status === "someone-else" &&
        finding.evidence.kind === "text" &&
        finding.evidence.start >= previousStart &&
        finding.evidence.end <= previousEnd,
    );
    if (named?.evidence.kind !== "text") continue;
    let first = start + 1;
    while (first < end && LINKS.at(reading, first)) first += 1;
    if (first >= end) continue;
    // "Mine's just the day-after-physio ache": "mine" names a symptom of its own, read as it stands.
    if (reading.hits.some((hit) => hit.first >= first && hit.first < end)) continue;
    const symptom = nameOf(text.slice(named.evidence.start, named.evidence.end));
    const rest = text.slice(tokens[first]?.start ?? 0, tokens[end - 1]?.end ?? 0);
    out.push({ text: `${symptom} ${rest}`, first: start, last: end });
  }
  return out;
};

/** The name of a symptom without its place: "sciatica in both legs" -> "sciatica". */
const nameOf = (evidence: string): string => {
  const words = evidence.split(/\s+/);
  const place = words.findIndex((word, index) => index > 0 && PLACE_WORDS.has(word.toLowerCase()));
  return (place < 0 ? words : words.slice(0, place)).join(" ");
};

/** The evidence of a "mine" sentence: the whole sentence in the patient's text. */
export const mineEvidence = (reading: Reading, sentence: MineSentence) =>
  spanEvidence(reading, sentence.first, sentence.last);
