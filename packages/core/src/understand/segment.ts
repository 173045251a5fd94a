import type { Token } from "../text/tokenize";

/** Sentence and clause numbers for every token, so scopes can stop where a sentence or clause ends. */
export type Segments = {
  /** Sentence number of each token. */
  sentenceOf: Int32Array;
  /** Clause number of each token (clauses also end at "but", "although" and similar). */
  clauseOf: Int32Array;
  /** Index of the first token of each sentence. */
  sentenceStarts: number[];
};

const SENTENCE_ENDS = new Set([".", "!", "?", ";", "\u2022", "*", ":"]);

/**
 * Splits prepared tokens into sentences (at . ! ? ; : bullets and line breaks) and clauses (also at the indexes
 * in `clauseBreaks`, where terminator words such as "but" start). One pass, linear.
 */
export const segment = (tokens: readonly Token[], clauseBreaks: ReadonlySet<number>): Segments => {
  const sentenceOf = new Int32Array(tokens.length);
  const clauseOf = new Int32Array(tokens.length);
  const sentenceStarts: number[] = [];
  let sentence = 0;
  let clause = 0;
  let atStart = true;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) break;
    if (!atStart && token.afterBreak) {
      sentence += 1;
      clause += 1;
      atStart = true;
    } else if (!atStart && clauseBreaks.has(i)) {
      clause += 1;
    }
    if (atStart) {
      sentenceStarts.push(i);
      atStart = false;
    }
    sentenceOf[i] = sentence;
    clauseOf[i] = clause;
    if (token.kind === "punct" && SENTENCE_ENDS.has(token.norm)) {
      sentence += 1;
      clause += 1;
      atStart = true;
    }
  }
  return { sentenceOf, clauseOf, sentenceStarts };
};
