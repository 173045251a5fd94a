import { isConceptId } from "../model/concept";
import { fromFlatTrieJson, toFlatTrieJson } from "../text/flat-trie";
import type { FlatTrieJson } from "../text/flat-trie";
import type { PageEntry, PageLexicon } from "./page-matcher";

/** The compiled page lexicon as plain JSON, the form `page-lexicon.generated.ts` stores. */
export type PageLexiconJson = { entries: PageEntry[]; trie: FlatTrieJson };

export const toPageLexiconJson = (lexicon: PageLexicon): PageLexiconJson => ({
  entries: lexicon.entries.map((entry) => ({ ...entry })),
  trie: toFlatTrieJson(lexicon.trie),
});

/** Reads the stored form back; a damaged or stale file (an unknown concept, an index out of range) throws. */
export const fromPageLexiconJson = (json: PageLexiconJson): PageLexicon => {
  for (const entry of json.entries) {
    if (entry.concept !== null && !isConceptId(entry.concept)) {
      throw new Error(
        `The compiled page lexicon names an unknown concept (${String(entry.concept)}): regenerate it with \`pnpm --filter @backsure/core lexicon:compile\`.`,
      );
    }
  }
  const trie = fromFlatTrieJson(json.trie);
  const entryCount = json.entries.length;
  let largest = -1;
  for (const value of trie.values) largest = Math.max(largest, value);
  if (largest >= entryCount) {
    throw new Error(
      "The compiled page lexicon is damaged: regenerate it with `pnpm --filter @backsure/core lexicon:compile`.",
    );
  }
  return { entries: json.entries, trie };
};
