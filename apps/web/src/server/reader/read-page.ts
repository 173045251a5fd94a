import "server-only";

import type { GuidanceContext } from "@backsure/core";
import { readPage as readArticle, summarizeAnnotatedPage } from "@backsure/core";

import type { Article } from "~/features/reader/article";
import { articleFromText, MAX_ARTICLE_CHARS } from "~/features/reader/article-from-text";
import type { ReadResult } from "~/features/reader/reader-state";

import type { AddressPolicy } from "./check-address";
import { extractArticle } from "./extract-article";
import { fetchPage } from "./fetch-page";
import { looksLikeLink, parsePageUrl } from "./parse-page-url";
import { ReaderError } from "./reader-error";
import type { HostResolver } from "./resolve-safe-address";

export type ReadPageOptions = {
  policy: AddressPolicy;
  resolve?: HostResolver;
};

const articleAtLink = async (link: string, options: ReadPageOptions): Promise<Article> => {
  const url = parsePageUrl(link);
  const page = await fetchPage(url, {
    policy: options.policy,
    ...(options.resolve ? { resolve: options.resolve } : {}),
  });
  const article =
    page.kind === "html"
      ? extractArticle(page.body, page.url.href)
      : articleFromText(page.body, { kind: "link", url: page.url.href }, page.url.hostname);
  if (!article?.blocks.some((block) => block.kind !== "title"))
    throw new ReaderError("nothing-readable");
  if (article.text.length > MAX_ARTICLE_CHARS) throw new ReaderError("too-large", "article text");
  return article;
};

const articleOfText = (text: string): Article => {
  if (text.length > MAX_ARTICLE_CHARS) throw new ReaderError("text-too-long");
  const article = articleFromText(text, { kind: "paste" });
  if (article.blocks.length === 0) throw new ReaderError("empty-input");
  return article;
};

/**
 * Reads what the patient gave (a link, or the text of a page) and annotates it with the core: the mentions are
 * `annotate` over exactly the article text, the summary is `summarizePage` over the same
 * (both from one `readPage` of the core). Nothing is stored:
 * the page, the text and the context live only as long as this call and its answer.
 */
export const readPage = async (
  input: string,
  context: GuidanceContext,
  options: ReadPageOptions,
): Promise<ReadResult> => {
  if (input.trim() === "") throw new ReaderError("empty-input");
  const article = looksLikeLink(input) ? await articleAtLink(input, options) : articleOfText(input);
  // One pass of the core over the text gives both the mentions and what the summary needs.
  const { mentions, topic } = readArticle(article.text);
  return { article, mentions, summary: summarizeAnnotatedPage(mentions, topic), context };
};
