import type { ConceptId } from "../model/concept";
import type { FlatTrie } from "../text/flat-trie";
import { compilePatterns } from "../text/phrase-matcher";
import type { PhraseMatch } from "../text/phrase-matcher";
import { tokenize } from "../text/tokenize";
import type { Token } from "../text/tokenize";
import type { LexiconEntry } from "./lexicon-entry";
import { prepareTokens } from "./prepare-tokens";
import { buildTypoCorrector } from "./typo-correction";
import type { TypoCorrector } from "./typo-correction";

/** A lexicon match: which concept (and detail) and where, as UTF-16 offsets (end exclusive). */
export type LexiconHit = {
  concept: ConceptId;
  detail: string | undefined;
  entry: LexiconEntry;
  /** Index of the first matched token in the prepared token list. */
  first: number;
  /** Index just past the last matched token in the prepared token list. */
  last: number;
  start: number;
  end: number;
};

export type Lexicon = {
  entries: readonly LexiconEntry[];
  /** Every word any pattern uses (normalised). */
  vocabulary: ReadonlySet<string>;
  corrector: TypoCorrector;
  /** Fresh tokens readied for matching, in place: joining hyphens dropped, misspellings corrected (see
   * `prepareTokens`). */
  prepare: (tokens: Token[]) => Token[];
  /**
   * Every match in prepared tokens that does not lie inside a longer one ("numbness in both legs", not also
   * "numbness"), in token order; matches that overlap without one containing the other are all kept.
   */
  findOutermost: (prepared: readonly Token[]) => LexiconHit[];
  /** Leftmost-longest matches in prepared tokens: spans never overlap. */
  findLongest: (prepared: readonly Token[]) => LexiconHit[];
  /** Tokenize, prepare and find leftmost-longest matches in one call. */
  matchText: (text: string) => LexiconHit[];
  /**
   * The lexicon's trie in flat arrays, its values indexes into `entries`, its words numbered in `words` (see
   * `CompiledPatterns.flatten`): for a reader that matches several tries over word ids it looks up once.
   */
  flatten: (words: Map<string, number>) => FlatTrie;
};

export type CompileLexiconOptions = {
  /** More words the typo corrector may correct towards (e.g. cue words a reader uses beside the lexicon). */
  extraVocabulary?: Iterable<string>;
};

/**
 * Calls `keep` with each match whose tokens do not lie inside a longer match. Matches come in token order, longer
 * first at one start (as `findAll` gives them), so one pass with the furthest end seen so far suffices.
 */
const forEachOutermost = <M extends PhraseMatch<unknown>>(
  matches: readonly M[],
  count: number,
  keep: (match: M) => void,
): void => {
  let furthestBefore = -1; // furthest `last` among matches starting before the current start
  let groupFirst = -1;
  let groupLongest = -1; // longest `last` among matches starting at the current start
  for (let m = 0; m < count; m += 1) {
    const match = matches[m];
    if (match === undefined) break;
    if (match.first !== groupFirst) {
      furthestBefore = Math.max(furthestBefore, groupLongest);
      groupFirst = match.first;
      groupLongest = match.last;
    }
    if (furthestBefore < match.last && groupLongest <= match.last) keep(match);
  }
};

const toHit = (match: PhraseMatch<LexiconEntry>): LexiconHit => ({
  concept: match.value.concept,
  detail: match.value.detail,
  entry: match.value,
  first: match.first,
  last: match.last,
  start: match.start,
  end: match.end,
});

/**
 * The hits of the matches (all of them, in token order; the first `count`) that do not lie inside a longer one.
 */
export const outermostHits = (
  matches: readonly PhraseMatch<LexiconEntry>[],
  count = matches.length,
): LexiconHit[] => {
  const hits: LexiconHit[] = [];
  forEachOutermost(matches, count, (match) => hits.push(toHit(match)));
  return hits;
};

/** Compiles lexicon entries into one token-trie matcher. Throws on an empty or malformed pattern. */
export const compileLexicon = (
  entries: readonly LexiconEntry[],
  options: CompileLexiconOptions = {},
): Lexicon => {
  const matcher = compilePatterns(
    entries.flatMap((entry) => entry.patterns.map((pattern) => [pattern, entry] as const)),
  );
  const vocabulary = matcher.vocabulary;
  const corrector = buildTypoCorrector([...vocabulary, ...(options.extraVocabulary ?? [])]);
  const prepare = (tokens: Token[]): Token[] => prepareTokens(tokens, corrector);
  const findLongest = (prepared: readonly Token[]): LexiconHit[] =>
    matcher.findLongest(prepared).map(toHit);
  return {
    entries,
    vocabulary,
    corrector,
    prepare,
    findOutermost: (prepared) => outermostHits(matcher.findAll(prepared)),
    findLongest,
    matchText: (text) => findLongest(prepare(tokenize(text))),
    flatten: (words) => {
      const index = new Map(entries.map((entry, at) => [entry, at]));
      return matcher.flatten((entry) => index.get(entry) ?? -1, words);
    },
  };
};

/**
 * A lexicon that compiles (with `compile`) on first use and is then reused, so importing a module that defines
 * one does no work.
 */
export const lazyLexicon = (
  entries: readonly LexiconEntry[],
  compile: () => Lexicon = () => compileLexicon(entries),
): Lexicon => {
  let compiled: Lexicon | undefined;
  const get = (): Lexicon => (compiled ??= compile());
  return {
    entries,
    get vocabulary() {
      return get().vocabulary;
    },
    get corrector() {
      return get().corrector;
    },
    prepare: (tokens) => get().prepare(tokens),
    findOutermost: (prepared) => get().findOutermost(prepared),
    findLongest: (prepared) => get().findLongest(prepared),
    matchText: (text) => get().matchText(text),
    flatten: (words) => get().flatten(words),
  };
};
