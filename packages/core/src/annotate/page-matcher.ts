import type { ConceptId } from "../model/concept";
import { levelOfConcept } from "../model/concept";
import { compilePhrases } from "../text/phrase-matcher";
import type { PhraseMatch, PhraseMatcher } from "../text/phrase-matcher";
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

type Entry = {
  concept: ConceptId | null;
  needsContext: boolean;
  continues: boolean;
  bonus: number;
};

/** Shared-lexicon wordings (written for patients' messages) lose ties to page wordings of the same span. */
export type SharedWording = { readonly concept: ConceptId; readonly patterns: readonly string[] };
const PAGE_BONUS = 0.01;
/** Among equal coverings, fewer and longer mentions win ("sharp, stabbing pain" over "sharp" + "stabbing"). */
const HIT_PENALTY = 0.05;

export type PageMatcher = {
  /** The best non-overlapping lexicon hits, in token order (blocking phrases already removed). */
  match: (tokens: readonly Token[]) => PageHit[];
};

const EMERGENCY_BONUS = 0.5;

/**
 * Compiles page wordings into one token trie and chooses, among all overlapping hits, the set that covers the
 * most tokens (a linear dynamic programme over token positions), preferring emergency concepts on ties.
 */
export const compilePageMatcher = (
  wordings: readonly PageWording[],
  macros: Readonly<Record<string, readonly string[]>>,
  shared: readonly SharedWording[] = [],
): PageMatcher => {
  const entries: Entry[] = [];
  const phrases: [string, number][] = [];
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
    for (const pattern of wording.patterns) {
      for (const phrase of expandWording(pattern, macros)) {
        // Read the phrase exactly as page text is read (hyphens dropped, numbers as `#`).
        phrases.push([
          tokenizePage(phrase)
            .map((token) => token.norm)
            .join(" "),
          id,
        ]);
      }
    }
  }
  const trie: PhraseMatcher<number> = compilePhrases(phrases);

  const weightOf = (match: PhraseMatch<number>): number => {
    const entry = entries[match.value];
    const span = match.last - match.first;
    if (!entry) return span;
    // A blocking phrase wins a tie against a mention of the same length.
    if (entry.concept === null) return span + 0.25;
    const emergency = levelOfConcept(entry.concept) === "emergency" ? EMERGENCY_BONUS : 0;
    return span + emergency + entry.bonus - HIT_PENALTY;
  };

  const isPage = (hit: PhraseMatch<number>): boolean =>
    (entries[hit.value]?.bonus ?? 0) === PAGE_BONUS;
  const preferPageWordings = (starting: PhraseMatch<number>[]): PhraseMatch<number>[] => {
    const pageEnds = new Set(starting.filter(isPage).map((hit) => hit.last));
    return starting.filter((hit) => isPage(hit) || !pageEnds.has(hit.last));
  };

  return {
    match: (tokens) => {
      const n = tokens.length;
      const byStart: PhraseMatch<number>[][] = [];
      for (const hit of trie.findAll(tokens)) {
        (byStart[hit.first] ??= []).push(hit);
      }
      // The page conventions override the shared lexicon on the very same words ("numbness in one or both
      // legs" keeps the one-leg concept on pages).
      for (let i = 0; i < byStart.length; i += 1) {
        const starting = byStart[i];
        if (starting && starting.length > 1) byStart[i] = preferPageWordings(starting);
      }
      // best[i]: the most weight coverable from token i on; choice[i]: the hit taken at i, if any.
      const best = new Float64Array(n + 1);
      const choice: (PhraseMatch<number> | undefined)[] = new Array<undefined>(n + 1);
      for (let i = n - 1; i >= 0; i -= 1) {
        best[i] = best[i + 1] ?? 0;
        for (const hit of byStart[i] ?? []) {
          const total = weightOf(hit) + (best[hit.last] ?? 0);
          if (total > (best[i] ?? 0)) {
            best[i] = total;
            choice[i] = hit;
          }
        }
      }
      const hits: PageHit[] = [];
      let i = 0;
      while (i < n) {
        const hit = choice[i];
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
