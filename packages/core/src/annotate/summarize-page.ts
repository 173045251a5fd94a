import type { Mention } from "../model/assessment";
import type { PageSummary } from "../model/page";
import { readPage } from "./annotate";
import { readPageTopic } from "./page-topic";
import { summarizeAnnotatedPage } from "./summarize-annotated-page";

/**
 * The page at a glance for the extension's popup: mentions per level (denied ones left out), the distinct
 * warning signs (above `expected`) highest level first then by first appearance, and whether the page is about
 * back or nerve pain at all.
 */
export const summarizePage = (text: string, mentions?: readonly Mention[]): PageSummary => {
  if (mentions) return summarizeAnnotatedPage(mentions, readPageTopic(text));
  const page = readPage(text);
  return summarizeAnnotatedPage(page.mentions, page.topic);
};
