import { isConceptId } from "../model/concept";
import { fromFlatTrieJson, toFlatTrieJson } from "../text/flat-trie";
import type { FlatTrie, FlatTrieJson } from "../text/flat-trie";
import type { PageEntry, PageLexicon } from "./page-matcher";

/** The compiled page lexicon as plain JSON, the form `page-lexicon.generated.ts` stores. */
export type PageLexiconJson = { entries: PageEntry[]; trie: FlatTrieJson };

export const toPageLexiconJson = (lexicon: PageLexicon): PageLexiconJson => ({
  entries: lexicon.entries.map((entry) => ({ ...entry })),
  trie: toFlatTrieJson(lexicon.trie),
});

/** What a damaged or stale stored lexicon says, with how to mend it. */
const damaged = (why: string): Error =>
  new Error(
    `The compiled page lexicon ${why}: regenerate it with \`pnpm --filter @backsure/core lexicon:compile\`.`,
  );

/** Reads the stored form back; a damaged or stale file (an unknown concept, an index out of range) throws. */
export const fromPageLexiconJson = (json: PageLexiconJson): PageLexicon => {
  for (const entry of json.entries) {
    if (entry.concept !== null && !isConceptId(entry.concept)) {
      throw damaged(`names an unknown concept (${String(entry.concept)})`);
    }
  }
  let trie: FlatTrie;
  try {
    trie = fromFlatTrieJson(json.trie);
  } catch {
    throw damaged("is damaged");
  }
  let largest = -1;
  for (const value of trie.values) largest = Math.max(largest, value);
  if (largest >= json.entries.length) throw damaged("is damaged");
  return { entries: json.entries, trie };
};
