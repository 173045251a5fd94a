import { ConceptIdSchema, TriageLevelSchema } from "@backsure/core";
import type { PageSummary } from "@backsure/core";
import { z } from "zod";

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
export const ContentRequestSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("get-page-report") }),
  /** Scroll to the first mention of a concept, select it and open its card. */
  z.strictObject({ type: z.literal("reveal-mention"), concept: ConceptIdSchema }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export const BackgroundRequestSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("page-status"),
    /** How many distinct warning signs are highlighted (0 clears the badge). */
    warningSigns: z.number().int().min(0),
    /** The highest level highlighted, for the badge's colour. */
    level: TriageLevelSchema.nullable(),
  }),
  z.strictObject({ type: z.literal("open-check") }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

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
