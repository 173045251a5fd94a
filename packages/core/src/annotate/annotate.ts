import type { Mention } from "../model/assessment";
import { levelOfConcept } from "../model/concept";
import { dropParentheticalSynonyms } from "./drop-parenthetical-synonyms";
import { findChrome } from "./find-chrome";
import type { TextRange } from "./find-chrome";
import { isNegated } from "./is-negated";
import { liftProgressive } from "./lift-progressive";
import { mergeContinuations } from "./merge-continuations";
import { mergeCoordination } from "./merge-coordination";
import { fromPageLexiconJson } from "./page-lexicon-json";
import { readPageLexiconJson } from "./page-lexicon.generated";
import { createPageMatcher } from "./page-matcher";
import type { PageMatcher } from "./page-matcher";
import { tokenizePage } from "./page-tokens";
import { addPageTopics } from "./add-page-topics";
import type { PageTopic } from "./add-page-topics";
import { readTopicOfTokens } from "./page-topic";
import { splitAtLineBreaks } from "../text/split-at-line-breaks";
import type { Token } from "../text/tokenize";
import { isJoined, resolveContext } from "./resolve-context";

export type AnnotateOptions = {
  /** Also annotate page chrome (navigation, teasers, cross-links). Off by default, as the guide says. */
  includeChrome?: boolean;
};

let matcher: PageMatcher | undefined;

/**
 * The shared lexicon (the same entries that read patients' messages) plus the page wordings, compiled at build
 * time (`page-lexicon.generated.ts`), loaded on first use and reused by every call.
 */
const getMatcher = (): PageMatcher =>
  (matcher ??= createPageMatcher(fromPageLexiconJson(readPageLexiconJson())));

/** Pages are read in chunks of about this many characters, cut at line breaks, to keep memory flat. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Finds the symptom and warning-sign mentions on a health page, following clinical/annotation-guide.md.
 * Returns non-overlapping mentions in document order, with UTF-16 offsets into `text` (end exclusive). Linear
 * in the length of the text: one tokenizer pass, one trie walk per token, and constant-size look-arounds.
 * Long pages are read in chunks cut at line breaks; no mention crosses a line break, so the result is the
 * same as reading the page whole.
 */
export const annotate = (text: string, options: AnnotateOptions = {}): Mention[] =>
  readParts(text, options, null);

/** What one reading of a page gives: its mentions (as `annotate`) and its topic (as `readPageTopic`). */
export type PageReading = { mentions: Mention[]; topic: PageTopic };

/**
 * `annotate` and `readPageTopic` in one pass over the page's tokens, for readers that want both (the page
 * summary, the extension): the page is tokenized once rather than twice.
 */
export const readPage = (text: string, options: AnnotateOptions = {}): PageReading => {
  const topics: PageTopic[] = [];
  const mentions = readParts(text, options, topics);
  return { mentions, topic: addPageTopics(topics) };
};

/** Reads the page in parts cut at line breaks; collects each part's topic into `topics` when given. */
const readParts = (
  text: string,
  options: AnnotateOptions,
  topics: PageTopic[] | null,
): Mention[] => {
  const mentions: Mention[] = [];
  for (const { start, end } of splitAtLineBreaks(text, CHUNK_CHARS)) {
    const tokens = tokenizePage(start === 0 && end === text.length ? text : text.slice(start, end));
    findMentions(tokens, start, mentions);
    topics?.push(readTopicOfTokens(tokens));
  }
  return options.includeChrome === true ? mentions : dropChrome(mentions, findChrome(text));
};

/** `annotate` on text read whole as `tokens` (`tokenizePage(text)`); tests count its token reads. */
export const annotateTokens = (
  text: string,
  tokens: readonly Token[],
  options: AnnotateOptions = {},
): Mention[] => {
  const mentions = findMentions(tokens, 0, []);
  return options.includeChrome === true ? mentions : dropChrome(mentions, findChrome(text));
};

/**
 * Appends the mentions in one stretch of tokens to `mentions`, their offsets moved by `offset` (where the
 * stretch's text starts in the page); returns `mentions`.
 */
const findMentions = (tokens: readonly Token[], offset: number, mentions: Mention[]): Mention[] => {
  let hits = getMatcher().match(tokens);
  hits = resolveContext(hits, tokens);
  hits = mergeContinuations(hits, tokens);
  hits = mergeCoordination(hits, tokens);
  hits = liftProgressive(hits, tokens);
  hits = dropParentheticalSynonyms(hits, tokens);

  let previous: { last: number; negated: boolean } | undefined;
  for (const hit of hits) {
    const start = tokens[hit.first]?.start ?? 0;
    const end = tokens[hit.last - 1]?.end ?? start;
    const negated =
      isNegated(hit.first, tokens) ||
      (previous !== undefined && previous.negated && isJoined(previous.last, hit.first, tokens));
    previous = { last: hit.last, negated };
    mentions.push({
      start: start + offset,
      end: end + offset,
      concept: hit.concept,
      level: levelOfConcept(hit.concept),
      negated,
    });
  }
  return mentions;
};

/** Leaves out mentions that start inside page chrome (both lists in document order). */
const dropChrome = (mentions: readonly Mention[], chrome: readonly TextRange[]): Mention[] => {
  let range = 0;
  return mentions.filter((mention) => {
    while (range < chrome.length && (chrome[range]?.end ?? 0) <= mention.start) range += 1;
    return (chrome[range]?.start ?? Infinity) > mention.start;
  });
};
