import type { Mention } from "../model/assessment";
import { levelOfConcept } from "../model/concept";
import { CONCEPT_ENTRIES } from "../lexicon/lexicon";
import { PAGE_MACROS, PAGE_WORDINGS } from "../lexicon/page-wordings";
import { dropParentheticalSynonyms } from "./drop-parenthetical-synonyms";
import { findChrome } from "./find-chrome";
import { isNegated } from "./is-negated";
import { liftProgressive } from "./lift-progressive";
import { mergeContinuations } from "./merge-continuations";
import { mergeCoordination } from "./merge-coordination";
import { compilePageMatcher } from "./page-matcher";
import type { PageMatcher } from "./page-matcher";
import { tokenizePage } from "./page-tokens";
import type { Token } from "../text/tokenize";
import { isJoined, resolveContext } from "./resolve-context";

export type AnnotateOptions = {
  /** Also annotate page chrome (navigation, teasers, cross-links). Off by default, as the guide says. */
  includeChrome?: boolean;
};

let matcher: PageMatcher | undefined;

/**
 * The shared lexicon (the same entries that read patients' messages) plus the page wordings, compiled on first
 * use and reused by every call.
 */
const getMatcher = (): PageMatcher =>
  (matcher ??= compilePageMatcher(PAGE_WORDINGS, PAGE_MACROS, CONCEPT_ENTRIES));

/**
 * Finds the symptom and warning-sign mentions on a health page, following clinical/annotation-guide.md.
 * Returns non-overlapping mentions in document order, with UTF-16 offsets into `text` (end exclusive). Linear
 * in the length of the text: one tokenizer pass, one trie walk per token, and constant-size look-arounds.
 */
export const annotate = (text: string, options: AnnotateOptions = {}): Mention[] =>
  annotateTokens(text, tokenizePage(text), options);

/** `annotate` on already tokenized text (`tokenizePage(text)`); tests count its token reads. */
export const annotateTokens = (
  text: string,
  tokens: readonly Token[],
  options: AnnotateOptions = {},
): Mention[] => {
  let hits = getMatcher().match(tokens);
  hits = resolveContext(hits, tokens);
  hits = mergeContinuations(hits, tokens);
  hits = mergeCoordination(hits, tokens);
  hits = liftProgressive(hits, tokens);
  hits = dropParentheticalSynonyms(hits, tokens);

  const chrome = options.includeChrome === true ? [] : findChrome(text);
  const mentions: Mention[] = [];
  let range = 0;
  let previous: { last: number; negated: boolean } | undefined;
  for (const hit of hits) {
    const start = tokens[hit.first]?.start ?? 0;
    const end = tokens[hit.last - 1]?.end ?? start;
    while (range < chrome.length && (chrome[range]?.end ?? 0) <= start) range += 1;
    const inChrome = (chrome[range]?.start ?? Infinity) <= start;
    const negated =
      isNegated(hit.first, tokens) ||
      (previous !== undefined && previous.negated && isJoined(previous.last, hit.first, tokens));
    previous = { last: hit.last, negated };
    if (inChrome) continue;
    mentions.push({
      start,
      end,
      concept: hit.concept,
      level: levelOfConcept(hit.concept),
      negated,
    });
  }
  return mentions;
};
