import type { Mention, PageSummary, PageTopic } from "@backsure/core/guidance";
import * as v from "valibot";

import { ConceptIdSchema, TriageLevelSchema } from "./schemas/core-schemas";

import type { PageMode } from "./settings/decide-page-mode";

/**
 * The typed message contract between the extension's parts. Every request is validated where it arrives,
 * because a message port is an untrusted boundary (a content script runs in the page's renderer). Answers from
 * the background are not: only the extension's own worker and pages can answer.
 *
 * popup -> content script (chrome.tabs.sendMessage on the active tab):
 *   get-page-report -> PageReport
 *   reveal-mention  -> RevealResult
 * content script -> background (chrome.runtime.sendMessage):
 *   read-text       -> TextReading (the mentions and topic words in a stretch of the page's text)
 *   read-topic      -> PageTopic (the topic words only, after the page changed)
 *   page-status     -> void (sets the toolbar badge for the tab)
 *   open-check      -> void (opens the "check my own symptoms" page)
 *
 * The page's text goes to the background, not to any server: the background is the extension's own service
 * worker, on the device. Reading it there keeps the annotator (its lexicons and their warmed-up code) loaded once
 * for all tabs, and off the page's main thread.
 */
export const ContentRequestSchema = v.variant("type", [
  v.strictObject({ type: v.literal("get-page-report") }),
  /** Scroll to the first mention of a concept, select it and open its card. */
  v.strictObject({ type: v.literal("reveal-mention"), concept: ConceptIdSchema }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

/** The most text one request may carry (the content script sends far less: see `create-page-annotator`). */
export const MAX_TEXT_CHARS = 1_000_000;
const PageTextSchema = v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS));

export const BackgroundRequestSchema = v.variant("type", [
  v.strictObject({ type: v.literal("read-text"), text: PageTextSchema }),
  v.strictObject({ type: v.literal("read-topic"), text: PageTextSchema }),
  v.strictObject({
    type: v.literal("page-status"),
    /** How many distinct warning signs are highlighted (0 clears the badge). */
    warningSigns: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** The highest level highlighted, for the badge's colour. */
    level: v.nullable(TriageLevelSchema),
  }),
  v.strictObject({ type: v.literal("open-check") }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** What core reads in a stretch of page text (core's `PageReading`): its mentions and its topic words. */
export type TextReading = { mentions: Mention[]; topic: PageTopic };

/** What the content script says about its page. */
export type PageReport = {
  hostname: string;
  /** `scanning` until the first reading of the page is done. */
  mode: PageMode | "scanning";
  /** False where the browser cannot paint highlights (the summary still works). */
  canHighlight: boolean;
  summary: PageSummary | null;
};

export type RevealResult = { isRevealed: boolean };
