import type { ConceptId } from "../model/concept";
import { levelOfConcept } from "../model/concept";
import { flatMatcher } from "../text/flat-trie";
import type { FlatTrie } from "../text/flat-trie";
import { compilePatterns, phraseKey } from "../text/phrase-matcher";
import type { PhraseMatch } from "../text/phrase-matcher";
import type { Token } from "../text/tokenize";
import type { PageWording } from "../lexicon/page-wordings";
import { expandWording } from "./expand-wording";
import { tokenizePage } from "./page-tokens";

/** A lexicon hit chosen for the page: token range (into the page tokens) and what it names. */
export type PageHit = {
  first: number;
  last: number;
  concept: ConceptId;
  needsContext: boolean;
  continues: boolean;
};

/** What one lexicon wording names: a concept (or `null` for a blocking phrase) and how it is read. */
export type PageEntry = {
  concept: ConceptId | null;
  needsContext: boolean;
  continues: boolean;
  bonus: number;
};

/** The page lexicon compiled: the entries, and a trie whose values are indexes into them. */
export type PageLexicon = { readonly entries: readonly PageEntry[]; readonly trie: FlatTrie };

/** Shared-lexicon wordings (written for patients' messages) lose ties to page wordings of the same span. */
export type SharedWording = { readonly concept: ConceptId; readonly patterns: readonly string[] };
const PAGE_BONUS = 0.01;
/** Among equal coverings, fewer and longer mentions win ("sharp, stabbing pain" over "sharp" + "stabbing"). */
const HIT_PENALTY = 0.05;
const DEPENDENT_PENALTY = 0.005;

export type PageMatcher = {
  /** The best non-overlapping lexicon hits, in token order (blocking phrases already removed). */
  match: (tokens: readonly Token[]) => PageHit[];
};

const EMERGENCY_BONUS = 0.5;

/** Whether a line break comes before any token of `tokens[first + 1..last)`. */
const crossesBreak = (tokens: readonly Token[], first: number, last: number): boolean => {
  for (let k = first + 1; k < last; k += 1) if (tokens[k]?.afterBreak === true) return true;
  return false;
};

/**
 * Compiles page wordings and the shared lexicon into one token trie (the build step behind
 * `page-lexicon.generated.ts`; see `scripts/compile-page-lexicon.ts`).
 */
export const compilePageLexicon = (
  wordings: readonly PageWording[],
  macros: Readonly<Record<string, readonly string[]>>,
  shared: readonly SharedWording[] = [],
): PageLexicon => {
  const entries: PageEntry[] = [];
  const patterns: [string, number][] = [];
  const all = [
    ...wordings.map((wording) => ({ ...wording, bonus: PAGE_BONUS })),
    ...shared.map((wording) => ({ ...wording, bonus: 0 })),
  ];
  for (const wording of all) {
    const id = entries.length;
    entries.push({
      concept: wording.concept,
      needsContext: "needsContext" in wording && wording.needsContext === true,
      continues: "continues" in wording && wording.continues === true,
      bonus: wording.bonus,
    });
    for (const pattern of wording.patterns) patterns.push([pattern, id]);
  }
  // Read every piece exactly as page text is read (hyphens dropped, numbers as `#`).
  const pageKey = (text: string): string =>
    tokenizePage(text.replaceAll("-", " "))
      .map((token) => token.norm)
      .join(" ");
  const trie = compilePatterns(patterns, {
    macros,
    separators: "-",
    keyOf: (text) => phraseKey(pageKey(text)),
    expand: (pattern) => expandWording(pattern, macros).map(pageKey),
  });
  return { entries, trie: trie.flatten((id) => id) };
};

/**
 * A matcher over a compiled page lexicon that chooses, among all overlapping hits, the set that covers the most
 * tokens (a linear dynamic programme over token positions), preferring emergency concepts on ties.
 */
export const createPageMatcher = ({ entries, trie: flat }: PageLexicon): PageMatcher => {
  const trie = flatMatcher(flat);
  /** What an entry adds to (or takes from) the number of tokens a hit covers; computed once per entry. */
  const extraWeight = Float64Array.from(entries, (entry) => {
    // A blocking phrase wins a tie against a mention of the same length.
    if (entry.concept === null) return 0.25;
    const emergency = levelOfConcept(entry.concept) === "emergency" ? EMERGENCY_BONUS : 0;
    // A tail or modifier that needs support loses a tie to a wording that stands on its own.
    const dependent = entry.continues || entry.needsContext ? DEPENDENT_PENALTY : 0;
    return emergency + entry.bonus - HIT_PENALTY - dependent;
  });
  const weightOf = (match: PhraseMatch<number>): number =>
    match.last - match.first + (extraWeight[match.value] ?? 0);

  const isPage = (hit: PhraseMatch<number>): boolean =>
    (entries[hit.value]?.bonus ?? 0) === PAGE_BONUS;
  /** Marks shared-lexicon hits in `found[lo..hi)` that end where a page wording at the same start ends. */
  const markSharedTies = (
    found: readonly PhraseMatch<number>[],
    lo: number,
    hi: number,
    dropped: Uint8Array,
  ): void => {
    for (let h = lo; h < hi; h += 1) {
      const hit = found[h];
      if (!hit || isPage(hit)) continue;
      for (let g = lo; g < hi; g += 1) {
        const other = found[g];
        if (other && isPage(other) && other.last === hit.last) dropped[h] = 1;
      }
    }
  };

  return {
    match: (tokens) => {
      const n = tokens.length;
      // All hits in token order; `from[i]..from[i + 1]` are those starting at token i. Typed arrays keep the
      // bookkeeping linear however long the page is.
      const found = trie.findAll(tokens);
      const from = new Int32Array(n + 2);
      for (const hit of found) from[hit.first + 2] = (from[hit.first + 2] ?? 0) + 1;
      for (let k = 2; k < n + 2; k += 1) from[k] = (from[k] ?? 0) + (from[k - 1] ?? 0);
      // (found is already sorted by first token, so the prefix sums index it directly)
      // The page conventions override the shared lexicon on the very same words ("numbness in one or both
      // legs" keeps the one-leg concept on pages).
      const dropped = new Uint8Array(found.length);
      // A mention never runs across a line break (list items, headings and paragraphs stay apart).
      for (let h = 0; h < found.length; h += 1) {
        const hit = found[h];
        if (hit && crossesBreak(tokens, hit.first, hit.last)) dropped[h] = 1;
      }
      for (let k = 0; k < n; k += 1) {
        const lo = from[k + 1] ?? 0;
        const hi = from[k + 2] ?? 0;
        if (hi - lo > 1) markSharedTies(found, lo, hi, dropped);
      }
      // best[i]: the most weight coverable from token i on; choice[i]: the index of the hit taken at i, or -1.
      const best = new Float64Array(n + 1);
      const choice = new Int32Array(n + 1).fill(-1);
      for (let k = n - 1; k >= 0; k -= 1) {
        best[k] = best[k + 1] ?? 0;
        const hi = from[k + 2] ?? 0;
        for (let h = from[k + 1] ?? 0; h < hi; h += 1) {
          const hit = found[h];
          if (!hit || dropped[h] === 1) continue;
          const total = weightOf(hit) + (best[hit.last] ?? 0);
          if (total > (best[k] ?? 0)) {
            best[k] = total;
            choice[k] = h;
          }
        }
      }
      const hits: PageHit[] = [];
      let i = 0;
      while (i < n) {
        const chosen = choice[i] ?? -1;
        // (a negative index would send the array lookup down V8's slow path)
        const hit = chosen < 0 ? undefined : found[chosen];
        if (!hit) {
          i += 1;
          continue;
        }
        const entry = entries[hit.value];
        if (entry?.concept) {
          hits.push({
            first: hit.first,
            last: hit.last,
            concept: entry.concept,
            needsContext: entry.needsContext,
            continues: entry.continues,
          });
        }
        i = hit.last;
      }
      return hits;
    },
  };
};
