import type { Evidence } from "../model/finding";
import { WordSet } from "../text/word-set";
import { cuePlace, cuesAt } from "./read-text";
import type { Reading } from "./read-text";
import { isNegationWord, statusOf } from "./status";
import { spanEvidence } from "./text-facts";
import type { PainScore, TextFacts } from "./text-facts";

/**
 * Worse after every session, told session by session or week by week (triage-rules.md, contact-therapist: "worse
 * after every session or rising week on week"): "Session 1: ok. Session 2: sore after. Session 3: sorer. Session 4:
 * worst yet."; "week 2 a 3/10, week 3 a 5/10, week 4 a 6/10". The lexicon knows the phrases that say so at once
 * ("worse after every session"); a diary says it entry by entry, each a session or week named by its number and
 * what it brought. The labels are cues found in the reading's one pass, so a message without two of them costs
 * nothing more.
 */

const SESSION_LABEL = cuePlace("session-label");

/** Words that tell an entry of a session diary as worse than the one before ("sorer", "worst yet"). */
const WORSE = new Set([
  "sorer",
  "worse",
  "worst",
  "sorest",
  "stiffer",
  "stiffest",
  "achier",
  "achiest",
  "tighter",
  "higher",
]);
/** After "more": "more sore", "more painful". */
const MORE_OF = new WordSet(["sore", "painful", "pain", "stiff", "achy", "aching", "tender"]);
/** Words that tell an entry as no worse. */
const NOT_WORSE = new Set([
  "better",
  "less",
  "easier",
  "improved",
  "improving",
  "fine",
  "ok",
  "okay",
  "good",
  "great",
  "eased",
  "easing",
  "settled",
  "lower",
  "same",
]);
/** How far after its label an entry may run when no label follows ("Session 4: the worst yet so far I think"). */
const ENTRY_REACH = 12;
/** Entries in a row told as worse than the one before that make worse after every session. */
const WORSE_RUN = 2;

/** An entry told as no worse than the one before (`worseWordIn`). */
const NOT_WORSE_ENTRY = -1;

/** Punctuation that ends an entry: its sentence ends there ("Week 4: worse again. My back feels great."). */
const ENTRY_END = new Set([".", "!", "?", ";"]);

/**
 * Where one entry of a session or week diary (tokens `from` to `to`) tells it worse than the one before: the token
 * of a word of worse not denied, or of a score above the last entry's; else `NOT_WORSE_ENTRY`. The entry ends with
 * its sentence, and its first word of worse or better (or its score) decides: a message run on after the last
 * entry without a full stop ("... 4th session sorest yet chest stretch felt great today") tells of something else,
 * and its "great" is not the entry's.
 */
const worseWordIn = (
  reading: Reading,
  from: number,
  to: number,
  score: PainScore | undefined,
  before: PainScore | undefined,
): number => {
  const { tokens } = reading;
  const scoreAt = score?.tokens?.first ?? -1;
  const risen = score !== undefined && before !== undefined && score.value > before.value;
  for (let i = from; i < to; i += 1) {
    if (i === scoreAt) return risen ? i : NOT_WORSE_ENTRY;
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === "punct" && ENTRY_END.has(token.norm)) break;
    const norm = token.norm;
    if (NOT_WORSE.has(norm)) return NOT_WORSE_ENTRY;
    const denied = isNegationWord(tokens[i - 1]?.norm ?? "");
    if (!denied && (WORSE.has(norm) || (norm === "more" && MORE_OF.at(reading, i + 1)))) return i;
  }
  return NOT_WORSE_ENTRY;
};

/** The first score told at tokens `from` to `to`. */
const scoreIn = (scores: readonly PainScore[], from: number, to: number): PainScore | undefined => {
  for (const score of scores) {
    const at = score.tokens?.first ?? -1;
    if (at >= from && at < to) return score;
  }
  return undefined;
};

/**
 * Worse after every session, told as a diary of sessions or weeks named by number: two entries in a row, each worse
 * than the one before ("Session 1: ok. Session 2: sore after. Session 3: sorer. Session 4: worst yet."; "week 2 a
 * 3, week 3 a 5, week 4 a 6"), the patient's own. One worse entry followed by a better one is no run ("Session 3:
 * sorer. Session 4: much better.").
 */
export const findWorseEachSession = (
  reading: Reading,
  scores: readonly PainScore[],
): Evidence | undefined => {
  const labels = cuesAt(reading, SESSION_LABEL);
  if (labels.length < WORSE_RUN) return undefined;
  let run = 0;
  let runFirst = 0;
  let before: PainScore | undefined;
  for (const [index, label] of labels.entries()) {
    const next = labels[index + 1];
    const to = Math.min(next?.first ?? reading.tokens.length, label.last + ENTRY_REACH);
    const score = scoreIn(scores, label.last, to);
    const worse = worseWordIn(reading, label.last, to, score, before);
    before = score;
    if (worse < 0) {
      run = 0;
      continue;
    }
    if (run === 0) runFirst = label.first;
    run += 1;
    // (the status of the word of worse itself: a denial told before the run can reach its labels, "1st session no
    // bother, 2nd session a bit sore, 3rd session sorer")
    if (
      run >= WORSE_RUN &&
      statusOf(reading, { first: worse, last: worse + 1 }, "worsening-each-session") === "present"
    )
      return spanEvidence(reading, runFirst, to);
  }
  return undefined;
};

/** The facts of a session or week diary, added to a message's facts when it tells a run of worse entries. */
export const addSessionSeries = (reading: Reading, facts: TextFacts): TextFacts => {
  const worseEach = findWorseEachSession(reading, facts.painScores);
  return worseEach === undefined ? facts : { ...facts, worseEachSession: worseEach };
};
