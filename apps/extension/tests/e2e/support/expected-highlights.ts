import { annotate } from "@backsure/core";

import type { PaintedHighlights } from "./read-highlights";

/** What the highlights must be: core's mentions for the same text, grouped by level, in document order. */
export const expectedHighlights = (text: string): PaintedHighlights => {
  const result: PaintedHighlights = {};
  for (const mention of annotate(text)) {
    (result[mention.level] ??= []).push({
      start: mention.start,
      end: mention.end,
      text: text.slice(mention.start, mention.end),
    });
  }
  return result;
};
