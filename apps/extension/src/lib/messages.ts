import type { PageSummary } from "@backsure/core/page";
import * as v from "valibot";

import { ConceptIdSchema, TriageLevelSchema } from "./schemas/core-schemas";

import type { PageMode } from "./settings/decide-page-mode";

/**
 * The typed message contract between the extension's parts. Every message is validated where it arrives,
 * because a message port is an untrusted boundary.
 *
 * popup -> content script (chrome.tabs.sendMessage on the active tab):
 *   get-page-report -> PageReport
 *   reveal-mention  -> RevealResult
 * content script -> background (chrome.runtime.sendMessage):
 *   page-status     -> void (sets the toolbar badge for the tab)
 *   open-check      -> void (opens the "check my own symptoms" page)
 */
export const ContentRequestSchema = v.variant("type", [
  v.strictObject({ type: v.literal("get-page-report") }),
  /** Scroll to the first mention of a concept, select it and open its card. */
  v.strictObject({ type: v.literal("reveal-mention"), concept: ConceptIdSchema }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

export const BackgroundRequestSchema = v.variant("type", [
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
