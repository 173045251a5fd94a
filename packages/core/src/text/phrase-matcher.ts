import type { FlatTrie } from "./flat-trie";
import { tokenize } from "./tokenize";
import type { Token } from "./tokenize";
import { reverseTail } from "./reverse-tail";
import { PhraseAutomaton } from "./phrase-automaton";
import type { PhraseNode } from "./phrase-automaton";

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

/** A trie node (absent `next` on leaves, most nodes, which keeps big tries cheap to build); may be shared by paths. */
type TrieNode<T> = PhraseNode<T>;

const newNode = <T>(): TrieNode<T> => ({ next: undefined, values: [] });

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

/** Follows (and grows) the trie from `node` along `key`; returns the node the key ends at. */
const descend = <T>(node: TrieNode<T>, key: readonly string[]): TrieNode<T> => {
  let at = node;
  for (const norm of key) {
    at.next ??= new Map();
    let child = at.next.get(norm);
    if (!child) {
      child = newNode<T>();
      at.next.set(norm, child);
    }
    at = child;
  }
  return at;
};

const addValue = <T>(node: TrieNode<T>, value: T): void => {
  if (!node.values.includes(value)) node.values.push(value);
};

/** Builds a matcher from `[phrase, value]` pairs (several values may share a phrase). */
export const compilePhrases = <T>(
  entries: Iterable<readonly [phrase: string, value: T]>,
): PhraseMatcher<T> => {
  const root = newNode<T>();
  for (const [phrase, value] of entries) {
    const key = phraseKey(phrase);
    if (key.length === 0) throw new Error(`Empty phrase in lexicon: ${JSON.stringify(phrase)}`);
    addValue(descend(root, key), value);
  }
  return matcherOver(root);
};

/** A parsed pattern: literal text and groups of alternatives (`[x]` is an optional group). */
type PatternPart =
  { kind: "text"; text: string } | { kind: "group"; options: PatternPart[][]; optional: boolean };

export type CompilePatternsOptions = {
  /** `{name}` stands for any of the macro's wordings (page wordings); without macros `{` is plain text. */
  macros?: Readonly<Record<string, readonly string[]>>;
  /** Characters that separate words at a group's edge besides white space ("-" for page wordings). */
  separators?: string;
  /** The token norms of one literal piece of a pattern (default: `phraseKey`). */
  keyOf?: (text: string) => string[];
  /** The plain phrases of a pattern, for patterns that cannot be compiled piecewise (default: `expandPattern`). */
  expand?: (pattern: string) => string[];
};

export type CompiledPatterns<T> = PhraseMatcher<T> & {
  /** Every word the patterns use (token norms). */
  vocabulary: ReadonlySet<string>;
  /** Every phrase recognised (token norms joined by spaces) with its values, in insertion order. */
  phrases: () => Map<string, readonly T[]>;
  /**
   * The trie in flat arrays (values as `indexOf` numbers them), for storing it compiled. Words are numbered in
   * `words` when given (numbers already there are kept, new words are added), so tries flattened with one map
   * share one numbering.
   */
  flatten: (indexOf: (value: T) => number, words?: Map<string, number>) => FlatTrie;
};

/**
 * Parses a pattern for piecewise compilation. Returns undefined when the pattern is malformed or a group edge
 * touches a word (`numb(ness|)`), where the pieces would not tokenize on their own as the whole phrase does.
 */
const parsePattern = (
  pattern: string,
  macros: Readonly<Record<string, readonly string[]>> | undefined,
  separators: string,
): PatternPart[] | undefined => {
  const isSpace = (ch: string | undefined): boolean =>
    ch === undefined || ch === " " || ch === "\t" || ch === "\n" || separators.includes(ch);
  const opens = macros ? "([{" : "([";
  const special = macros ? "()[]{}|" : "()[]|";
  /** Before an opening bracket: the start, a space, or the start of an enclosing alternative. */
  const openEdgeOk = (at: number): boolean => {
    const before = at === 0 ? undefined : pattern[at - 1];
    return isSpace(before) || before === "(" || before === "[" || before === "|";
  };
  /** After a closing bracket: the end, a space, or the end of an enclosing alternative. */
  const closeEdgeOk = (at: number): boolean => {
    const after = pattern[at + 1];
    return isSpace(after) || after === ")" || after === "]" || after === "|";
  };
  let pos = 0;
  /** Thrown when the pattern cannot be read piecewise; caught below. */
  const unreadable = new Error("unreadable");
  const sequence = (): PatternPart[] => {
    const parts: PatternPart[] = [];
    while (pos < pattern.length) {
      const ch = pattern.charAt(pos);
      if (ch === "|" || ch === ")" || ch === "]") break;
      if (opens.includes(ch)) {
        if (!openEdgeOk(pos)) throw unreadable;
        if (ch === "{") {
          const close = pattern.indexOf("}", pos);
          const macro = close < 0 ? undefined : macros?.[pattern.slice(pos + 1, close)];
          if (!macro || !closeEdgeOk(close)) throw unreadable;
          parts.push({
            kind: "group",
            options: macro.map((text) => [{ kind: "text", text }]),
            optional: false,
          });
          pos = close + 1;
          continue;
        }
        const close = ch === "(" ? ")" : "]";
        pos += 1;
        const options: PatternPart[][] = [];
        for (;;) {
          options.push(sequence());
          const next = pattern[pos];
          if (next === "|") {
            pos += 1;
            continue;
          }
          if (next !== close || !closeEdgeOk(pos)) throw unreadable;
          pos += 1;
          break;
        }
        parts.push({ kind: "group", options, optional: close === "]" });
      } else {
        let end = pos + 1;
        while (end < pattern.length && !special.includes(pattern.charAt(end))) end += 1;
        parts.push({ kind: "text", text: pattern.slice(pos, end) });
        pos = end;
      }
    }
    return parts;
  };
  try {
    const parts = sequence();
    return pos >= pattern.length ? parts : undefined;
  } catch (error) {
    if (error === unreadable) return undefined;
    throw error;
  }
};

/**
 * Builds a matcher from `[pattern, value]` pairs without expanding patterns into phrases: each literal piece of
 * a pattern is tokenized once, each pattern becomes a small automaton whose groups are layers of states (see
 * `PhraseAutomaton`), and the patterns' union is made deterministic into the trie the matcher walks. The work and
 * the trie follow the patterns' size rather than the number of phrases they stand for. Matches exactly what
 * `compilePhrases` over each pattern's expansion would (same phrases, same values in the same order).
 */
export const compilePatterns = <T>(
  entries: Iterable<readonly [pattern: string, value: T]>,
  options: CompilePatternsOptions = {},
): CompiledPatterns<T> => {
  const keyOf = options.keyOf ?? phraseKey;
  const expand = options.expand ?? expandPattern;
  const separators = options.separators ?? "";
  const automaton = new PhraseAutomaton<T>();
  const vocabulary = new Set<string>();
  const keys = new Map<string, string[]>();
  /** The norms of a piece, tokenized once however many patterns use it. */
  const pieceKey = (text: string): string[] => {
    let key = keys.get(text);
    if (key === undefined) {
      key = keyOf(text);
      keys.set(text, key);
      for (const norm of key) vocabulary.add(norm);
    }
    return key;
  };
  /** Adds the states of `sequence` after state `from`; returns the state it ends at. */
  const addSequence = (sequence: readonly PatternPart[], from: number): number => {
    let at = from;
    for (const part of sequence) {
      if (part.kind === "text") {
        at = automaton.addPath(at, pieceKey(part.text));
        continue;
      }
      const end = automaton.addState();
      for (const option of part.options) automaton.addEmpty(addSequence(option, at), end);
      if (part.optional) automaton.addEmpty(at, end);
      at = end;
    }
    return at;
  };
  /** A phrase as it stands, for a pattern that cannot be read piecewise. */
  const addPhrase = (phrase: string, value: T): void => {
    const key = phraseKey(phrase);
    if (key.length === 0) throw new Error(`Empty phrase in lexicon: ${JSON.stringify(phrase)}`);
    for (const norm of key) vocabulary.add(norm);
    automaton.addValue(automaton.addPath(PhraseAutomaton.START, key), value);
  };
  const parts = new Map<string, PatternPart[] | undefined>();
  for (const [pattern, value] of entries) {
    if (!parts.has(pattern)) parts.set(pattern, parsePattern(pattern, options.macros, separators));
    const parsed = parts.get(pattern);
    if (parsed === undefined) {
      for (const phrase of expand(pattern)) addPhrase(phrase, value);
      continue;
    }
    const start = automaton.addState();
    automaton.addEmpty(PhraseAutomaton.START, start);
    const end = addSequence(parsed, start);
    automaton.addValue(end, value);
    // A way through the pattern that reads no token at all: its expansion must still hold no empty phrase.
    if (automaton.reachesByEmpty(start, end))
      for (const phrase of expand(pattern))
        if (phraseKey(phrase).length === 0)
          throw new Error(`Empty phrase in lexicon: ${JSON.stringify(phrase)}`);
  }
  const root = automaton.determinize();
  return {
    ...matcherOver(root),
    vocabulary,
    phrases: () => listPhrases(root),
    flatten: (indexOf, words) => flattenTrie(root, indexOf, words),
  };
};

/**
 * Numbers the nodes breadth first (a node shared by several paths gets one number) and lays them out in flat
 * arrays; words new to `wordIds` are numbered in the order they are first met.
 */
const flattenTrie = <T>(
  root: TrieNode<T>,
  indexOf: (value: T) => number,
  wordIds: Map<string, number> = new Map(),
): FlatTrie => {
  const ids = new Map<TrieNode<T>, number>([[root, 0]]);
  const order: TrieNode<T>[] = [root];
  // (the loop also visits the nodes it appends: an array iterator reads the length at every step)
  for (const node of order) {
    for (const [norm, child] of node.next ?? []) {
      if (!wordIds.has(norm)) wordIds.set(norm, wordIds.size);
      if (!ids.has(child)) {
        ids.set(child, order.length);
        order.push(child);
      }
    }
  }
  const edgeStart = [0];
  const edgeWords: number[] = [];
  const edgeNodes: number[] = [];
  const valueStart = [0];
  const values: number[] = [];
  for (const node of order) {
    const edges = [...(node.next ?? [])]
      .map(([norm, child]) => [wordIds.get(norm) ?? -1, ids.get(child) ?? -1] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [word, child] of edges) {
      edgeWords.push(word);
      edgeNodes.push(child);
    }
    edgeStart.push(edgeWords.length);
    for (const value of node.values) values.push(indexOf(value));
    valueStart.push(values.length);
  }
  return {
    words: [...wordIds.keys()],
    edgeStart: Int32Array.from(edgeStart),
    edgeWords: Int32Array.from(edgeWords),
    edgeNodes: Int32Array.from(edgeNodes),
    valueStart: Int32Array.from(valueStart),
    values: Int32Array.from(values),
  };
};

/** Every phrase (as token norms joined by spaces) the trie recognises, with its values in order. */
const listPhrases = <T>(root: TrieNode<T>): Map<string, readonly T[]> => {
  const out = new Map<string, readonly T[]>();
  const visit = (node: TrieNode<T>, path: string): void => {
    if (node.values.length > 0) out.set(path, node.values);
    for (const [norm, child] of node.next ?? [])
      visit(child, path === "" ? norm : `${path} ${norm}`);
  };
  visit(root, "");
  return out;
};

/**
 * A matcher that compiles on first use and then reuses the result, so importing a module that defines one
 * costs nothing.
 */
export const lazyMatcher = <T>(compile: () => PhraseMatcher<T>): PhraseMatcher<T> => {
  let compiled: PhraseMatcher<T> | undefined;
  const get = (): PhraseMatcher<T> => (compiled ??= compile());
  return {
    findAll: (tokens) => get().findAll(tokens),
    findLongest: (tokens) => get().findLongest(tokens),
    matchAt: (tokens, index) => get().matchAt(tokens, index),
  };
};

const matcherOver = <T>(root: TrieNode<T>): PhraseMatcher<T> => {
  const walk = (tokens: readonly Token[], first: number, out: PhraseMatch<T>[]): void => {
    // Most tokens start no phrase: leave before allocating anything.
    const head = tokens[first];
    const start = root.next && head ? root.next.get(head.norm) : undefined;
    if (!start || !head) return;
    // Matches are pushed longest first: remember where this start's matches begin and reverse them in place.
    const begin = out.length;
    let node: TrieNode<T> = start;
    let i = first;
    for (;;) {
      for (const value of node.values) {
        out.push({ value, first, last: i + 1, start: head.start, end: tokens[i]?.end ?? head.end });
      }
      i += 1;
      const token = tokens[i];
      const child = token ? node.next?.get(token.norm) : undefined;
      if (!child) break;
      node = child;
    }
    reverseTail(out, begin);
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
