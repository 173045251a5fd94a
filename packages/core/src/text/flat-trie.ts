import type { PhraseMatch, PhraseMatcher } from "./phrase-matcher";
import type { TokenArena } from "./token-arena";
import type { Token } from "./tokenize";
import { reverseTail } from "./reverse-tail";

/**
 * A compiled phrase trie in flat arrays: what a build step stores, so that a page (or a browser extension's
 * content script) loads the lexicon without compiling it. Node 0 is the root. Node `n`'s edges are
 * `edgeWords[edgeStart[n]..edgeStart[n + 1])` (word indexes into `words`, ascending) leading to the nodes in
 * `edgeNodes` at the same positions; its values are `values[valueStart[n]..valueStart[n + 1])`. Nodes may be
 * shared (the trie is a DAG), which the arrays express by pointing at the same node.
 */
export type FlatTrie = {
  readonly words: readonly string[];
  readonly edgeStart: Int32Array;
  readonly edgeWords: Int32Array;
  readonly edgeNodes: Int32Array;
  readonly valueStart: Int32Array;
  readonly values: Int32Array;
};

/** The JSON form of a flat trie (plain arrays), as stored in a generated module. */
export type FlatTrieJson = {
  words: string[];
  edgeStart: number[];
  edgeWords: number[];
  edgeNodes: number[];
  valueStart: number[];
  values: number[];
};

export const toFlatTrieJson = (trie: FlatTrie): FlatTrieJson => ({
  words: [...trie.words],
  edgeStart: [...trie.edgeStart],
  edgeWords: [...trie.edgeWords],
  edgeNodes: [...trie.edgeNodes],
  valueStart: [...trie.valueStart],
  values: [...trie.values],
});

/** Reads the JSON form back, checking that every index is in range so a damaged file fails loudly here. */
export const fromFlatTrieJson = (json: FlatTrieJson): FlatTrie => {
  const trie: FlatTrie = {
    words: json.words,
    edgeStart: Int32Array.from(json.edgeStart),
    edgeWords: Int32Array.from(json.edgeWords),
    edgeNodes: Int32Array.from(json.edgeNodes),
    valueStart: Int32Array.from(json.valueStart),
    values: Int32Array.from(json.values),
  };
  const nodes = trie.edgeStart.length - 1;
  // A plain loop: this runs once per page load, before the JIT has warmed up to callbacks.
  const inRange = (array: Int32Array, limit: number): boolean => {
    for (const item of array) if (item < 0 || item >= limit) return false;
    return true;
  };
  if (
    nodes < 1 ||
    trie.valueStart.length !== nodes + 1 ||
    trie.edgeWords.length !== trie.edgeNodes.length ||
    trie.edgeStart[nodes] !== trie.edgeWords.length ||
    trie.valueStart[nodes] !== trie.values.length ||
    !inRange(trie.edgeWords, trie.words.length) ||
    !inRange(trie.edgeNodes, nodes) ||
    !inRange(trie.values, 0x7fffffff)
  ) {
    throw new Error(
      "The compiled trie is damaged: its arrays disagree or an index is out of range.",
    );
  }
  return trie;
};

/** Each token's word id in `wordIndex`, or -1 for a word not in it: one lookup per token. */
export const wordIdsOf = (
  tokens: readonly Token[],
  wordIndex: ReadonlyMap<string, number>,
): Int32Array => {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) ids[i] = wordIndex.get(tokens[i]?.norm ?? "") ?? -1;
  return ids;
};

/** A matcher over a flat trie (see `flatMatcher`). */
export type FlatMatcher<T> = Pick<PhraseMatcher<T>, "findAll"> & {
  /**
   * The same matches as `findAll`, from word ids the caller has already looked up: `ids[i]` is the index in the
   * trie's `words` of token i's norm, or -1 (an id past the trie's own words matches nothing). Readers that run
   * several tries over one text look each token up once, in a numbering the tries share (`flatten`'s `words`).
   */
  findAllByIds: (tokens: readonly Token[], ids: Int32Array) => PhraseMatch<T>[];
  /**
   * The same matches into `buffer` (its `count` first ones; emptied first). With an arena the match objects are
   * the arena's (`TokenArena.takeMatch`), valid inside its scope, and nothing is allocated once the buffer and the
   * arena have grown.
   */
  collectByIds: (
    tokens: readonly Token[],
    ids: Int32Array,
    buffer: MatchBuffer<T>,
    arena: TokenArena | undefined,
  ) => void;
};

/**
 * Matches gathered into an array that is kept from reading to reading: the first `count` items are the current
 * ones, and those after them are stale. (Emptying an array by setting its length to 0 gives its storage back, so
 * the next reading would grow it again.)
 */
export class MatchBuffer<T> {
  readonly items: PhraseMatch<T>[] = [];
  count = 0;
}

/**
 * A matcher over a flat trie: each token's norm is looked up once (one hash per token), then the walk follows
 * integers only. Gives the same matches, in the same order, as the trie it was flattened from, with each stored
 * value `v` read as `valueOf[v]`.
 */
/**
 * Where a packed node's fields are (see `packNodes`): its values' range in the resolved values, its edge count,
 * then its edges as (word, child) pairs.
 */
const VALUES_FROM = 0;
const VALUES_TO = 1;
const EDGE_COUNT = 2;
const EDGES = 3;

/**
 * The trie's nodes packed into one array for walking, each node's record at an offset: its values' range, its
 * edge count and its edges (word index and the child's offset, words ascending), side by side. A text's walk
 * visits about a thousand nodes scattered over megabytes of arrays, and the rest of a reading evicts them from the
 * cache between messages: read from the flat arrays, a step touched four of them (edge starts, value starts, edge
 * words, edge nodes), each usually a cache miss; here it touches one record. Records are laid out in node order
 * (breadth first), so the shallow nodes most walks reach lie close together.
 */
const packNodes = (trie: FlatTrie): { packed: Int32Array; offsets: Int32Array } => {
  const nodes = trie.edgeStart.length - 1;
  const offsets = new Int32Array(nodes);
  let size = 0;
  for (let n = 0; n < nodes; n += 1) {
    offsets[n] = size;
    size += EDGES + 2 * ((trie.edgeStart[n + 1] ?? 0) - (trie.edgeStart[n] ?? 0));
  }
  const packed = new Int32Array(size);
  for (let n = 0; n < nodes; n += 1) {
    const at = offsets[n] ?? 0;
    const from = trie.edgeStart[n] ?? 0;
    const to = trie.edgeStart[n + 1] ?? 0;
    packed[at + VALUES_FROM] = trie.valueStart[n] ?? 0;
    packed[at + VALUES_TO] = trie.valueStart[n + 1] ?? 0;
    packed[at + EDGE_COUNT] = to - from;
    for (let e = from; e < to; e += 1) {
      packed[at + EDGES + 2 * (e - from)] = trie.edgeWords[e] ?? 0;
      packed[at + EDGES + 2 * (e - from) + 1] = offsets[trie.edgeNodes[e] ?? 0] ?? 0;
    }
  }
  return { packed, offsets };
};

/**
 * A matcher over a flat trie: each token's norm is looked up once (one hash per token), then the walk follows
 * integers only. Gives the same matches, in the same order, as the trie it was flattened from, with each stored
 * value `v` read as `valueOf[v]`.
 */
export const flatMatcherOf = <T>(trie: FlatTrie, valueOf: readonly T[]): FlatMatcher<T> => {
  const wordIndex = new Map<string, number>();
  trie.words.forEach((word, index) => wordIndex.set(word, index));
  const { packed, offsets } = packNodes(trie);
  // The root's children by word index (their offsets in `packed`): most tokens start nothing, and this says so in
  // one array read.
  const rootChild = new Int32Array(trie.words.length).fill(-1);
  for (let edge = trie.edgeStart[0] ?? 0; edge < (trie.edgeStart[1] ?? 0); edge += 1) {
    rootChild[trie.edgeWords[edge] ?? 0] = offsets[trie.edgeNodes[edge] ?? 0] ?? -1;
  }
  // Each stored value read once, here, rather than through `valueOf` at every match.
  const resolved = Array.from(trie.values, (value) => valueOf[value]);

  /** The record reached from the record at `node` along word `word`, or -1 (binary search over its edges). */
  const childOf = (node: number, word: number): number => {
    const edges = node + EDGES;
    let lo = 0;
    let hi = (packed[node + EDGE_COUNT] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = packed[edges + 2 * mid] ?? 0;
      if (at === word) return packed[edges + 2 * mid + 1] ?? -1;
      if (at < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  /** Appends the matches starting at `first`, longest first (values of one node in reverse order). */
  const walk = (
    tokens: readonly Token[],
    ids: Int32Array,
    first: number,
    out: MatchBuffer<T>,
    arena: TokenArena | undefined,
  ): void => {
    const head = ids[first] ?? -1;
    // (an id past `rootChild` reads as undefined: a word of another trie sharing the numbering)
    let node = head < 0 ? -1 : (rootChild[head] ?? -1);
    if (node < 0) return;
    const start = tokens[first]?.start ?? 0;
    const begin = out.count;
    let i = first;
    for (;;) {
      const valuesTo = packed[node + VALUES_TO] ?? 0;
      for (let v = packed[node + VALUES_FROM] ?? 0; v < valuesTo; v += 1) {
        const value = resolved[v];
        if (value === undefined) continue;
        const end = tokens[i]?.end ?? start;
        out.items[out.count] =
          arena === undefined
            ? { value, first, last: i + 1, start, end }
            : arena.takeMatch(value, first, i + 1, start, end);
        out.count += 1;
      }
      i += 1;
      const word = i < ids.length ? (ids[i] ?? -1) : -1;
      node = word < 0 ? -1 : childOf(node, word);
      if (node < 0) break;
    }
    reverseTail(out.items, begin, out.count);
  };

  const collect = (
    tokens: readonly Token[],
    ids: Int32Array,
    buffer: MatchBuffer<T>,
    arena: TokenArena | undefined,
  ): void => {
    buffer.count = 0;
    for (let i = 0; i < tokens.length; i += 1) walk(tokens, ids, i, buffer, arena);
  };
  const findAllByIds = (tokens: readonly Token[], ids: Int32Array): PhraseMatch<T>[] => {
    const buffer = new MatchBuffer<T>();
    collect(tokens, ids, buffer, undefined);
    return buffer.items;
  };
  return {
    findAll: (tokens) => findAllByIds(tokens, wordIdsOf(tokens, wordIndex)),
    findAllByIds,
    collectByIds: collect,
  };
};

/** A matcher over a flat trie whose values are read as the numbers stored. */
export const flatMatcher = (trie: FlatTrie): FlatMatcher<number> => {
  let largest = -1;
  for (const value of trie.values) largest = Math.max(largest, value);
  return flatMatcherOf(
    trie,
    Array.from({ length: largest + 1 }, (_, index) => index),
  );
};
