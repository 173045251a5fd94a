import { tokenize } from "./tokenize";
import type { Token } from "./tokenize";

/**
 * A compiled multi-phrase matcher: a trie over normalized tokens. Matching walks the trie from every token, so
 * the cost is linear in the number of tokens times the longest phrase (a small constant), with no backtracking
 * regular expressions anywhere.
 */

export type PhraseMatch<T> = {
  value: T;
  /** Index of the first token of the match. */
  first: number;
  /** Index just past the last token of the match. */
  last: number;
  /** UTF-16 offsets into the original text (end exclusive). */
  start: number;
  end: number;
};

type TrieNode<T> = {
  next: Map<string, TrieNode<T>>;
  values: T[];
};

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), values: [] });

export type PhraseMatcher<T> = {
  /** Every phrase occurrence, in token order; at one start, longer matches come first. */
  findAll: (tokens: readonly Token[]) => PhraseMatch<T>[];
  /** The longest match starting at each token, skipping tokens a match covered (leftmost-longest). */
  findLongest: (tokens: readonly Token[]) => PhraseMatch<T>[];
  /** The longest match that starts exactly at token `index`, if any. */
  matchAt: (tokens: readonly Token[], index: number) => PhraseMatch<T> | undefined;
};

/** The token norms of a phrase, tokenized exactly as text is. */
export const phraseKey = (phrase: string): string[] => tokenize(phrase).map((token) => token.norm);

/** Builds a matcher from `[phrase, value]` pairs (several values may share a phrase). */
export const compilePhrases = <T>(
  entries: Iterable<readonly [phrase: string, value: T]>,
): PhraseMatcher<T> => {
  const root = newNode<T>();
  for (const [phrase, value] of entries) {
    const key = phraseKey(phrase);
    if (key.length === 0) throw new Error(`Empty phrase in lexicon: ${JSON.stringify(phrase)}`);
    let node = root;
    for (const norm of key) {
      let child = node.next.get(norm);
      if (!child) {
        child = newNode<T>();
        node.next.set(norm, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  const walk = (tokens: readonly Token[], first: number, out: PhraseMatch<T>[]): void => {
    // Most tokens start no phrase: leave before allocating anything.
    const head = tokens[first];
    if (!head || !root.next.has(head.norm)) return;
    let node: TrieNode<T> = root;
    const found: PhraseMatch<T>[] = [];
    for (let i = first; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (!token) break;
      const child = node.next.get(token.norm);
      if (!child) break;
      node = child;
      for (const value of node.values) {
        found.push({ value, first, last: i + 1, start: tokens[first]?.start ?? 0, end: token.end });
      }
    }
    for (let k = found.length - 1; k >= 0; k -= 1) {
      const match = found[k];
      if (match) out.push(match);
    }
  };

  const matchAt = (tokens: readonly Token[], index: number): PhraseMatch<T> | undefined => {
    const out: PhraseMatch<T>[] = [];
    walk(tokens, index, out);
    return out[0];
  };

  return {
    findAll: (tokens) => {
      const out: PhraseMatch<T>[] = [];
      for (let i = 0; i < tokens.length; i += 1) walk(tokens, i, out);
      return out;
    },
    findLongest: (tokens) => {
      const out: PhraseMatch<T>[] = [];
      let i = 0;
      while (i < tokens.length) {
        const match = matchAt(tokens, i);
        if (match) {
          out.push(match);
          i = match.last;
        } else {
          i += 1;
        }
      }
      return out;
    },
    matchAt,
  };
};

/**
 * Expands a compact pattern into plain phrases: `(a|b)` picks one alternative, `[x]` is optional, and groups may
 * nest. `"can't feel [the] toilet (paper|roll)"` gives four phrases; `"(since (i had|having) kids|for years)"`
 * gives three.
 */
export const expandPattern = (pattern: string): string[] => {
  let pos = 0;
  /** Reads a sequence up to `|`, a closing bracket or the end; returns every phrase it can stand for. */
  const sequence = (): string[] => {
    let results = [""];
    while (pos < pattern.length) {
      const ch = pattern[pos] ?? "";
      if (ch === "|" || ch === ")" || ch === "]") break;
      if (ch === "(" || ch === "[") {
        const close = ch === "(" ? ")" : "]";
        pos += 1;
        const options: string[] = [];
        for (;;) {
          options.push(...sequence());
          const next = pattern[pos];
          if (next === "|") {
            pos += 1;
            continue;
          }
          if (next !== close) throw new Error(`Unclosed group in pattern: ${pattern}`);
          pos += 1;
          break;
        }
        if (close === "]") options.push("");
        const combined: string[] = [];
        for (const prefix of results) for (const option of options) combined.push(prefix + option);
        results = combined;
      } else {
        results = results.map((prefix) => prefix + ch);
        pos += 1;
      }
    }
    return results;
  };
  const phrases = sequence();
  if (pos < pattern.length) throw new Error(`Unbalanced group in pattern: ${pattern}`);
  return [...new Set(phrases.map((phrase) => phrase.replace(/\s+/g, " ").trim()).filter(Boolean))];
};
