import { TRIAGE_LEVELS } from "@backsure/core";
import type { TriageLevel } from "@backsure/core";
import type { Page } from "playwright-core";

export type PaintedRange = { start: number; end: number; text: string };
export type PaintedHighlights = Partial<Record<TriageLevel, PaintedRange[]>>;

/**
 * The ranges registered in `CSS.highlights` per level, as offsets into the page text (blocks joined by "\n";
 * pages built by `textToHtml` have one text node per block). Read from the page's own world.
 */
export const readHighlights = (page: Page): Promise<PaintedHighlights> =>
  page.evaluate((levels) => {
    const blocks = [...document.body.querySelectorAll("h1, h2, p, li")];
    const offsets = new Map<Node, number>();
    let offset = 0;
    for (const block of blocks) {
      if (block.firstChild) offsets.set(block.firstChild, offset);
      offset += block.textContent.length + 1;
    }
    const result: Record<string, { start: number; end: number; text: string }[]> = {};
    for (const level of levels) {
      const highlight = CSS.highlights.get(`backsure-${level}`);
      if (!highlight || highlight.size === 0) continue;
      result[level] = [...(highlight as unknown as Set<AbstractRange>)]
        .map((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return {
            start: (offsets.get(range.startContainer) ?? -1e9) + range.startOffset,
            end: (offsets.get(range.endContainer) ?? -1e9) + range.endOffset,
            text: live.toString(),
          };
        })
        .sort((a, b) => a.start - b.start);
    }
    return result;
  }, TRIAGE_LEVELS);

/** Waits until the extension has registered at least one highlight (or the timeout passes). */
export const waitForHighlights = (page: Page, timeout = 15_000): Promise<unknown> =>
  page.waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith("backsure-")),
    null,
    { timeout },
  );

/** The page's text as `readHighlights` counts offsets: its blocks' texts joined by "\n". */
export const readPageText = (page: Page): Promise<string> =>
  page.evaluate(() =>
    [...document.body.querySelectorAll("h1, h2, p, li")]
      .map((block) => block.textContent)
      .join("\n"),
  );
