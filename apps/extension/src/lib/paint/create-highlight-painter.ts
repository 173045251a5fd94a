import { TRIAGE_LEVELS, rankLevel } from "@backsure/core/guidance";
import type { TriageLevel } from "@backsure/core/guidance";

import type { Mark } from "../page/mark";
import type { Palette } from "../settings/settings-schema";
import { createHighlightCss } from "./create-highlight-css";
import { highlightName } from "./highlight-name";

export type HighlightPainter = {
  /** False where the CSS Custom Highlight API is missing: nothing is painted, everything else still works. */
  isSupported: boolean;
  add: (marks: readonly Mark[]) => void;
  remove: (marks: readonly Mark[]) => void;
  /** Which levels are painted; null paints none (the page is quiet, paused or off). */
  show: (levels: readonly TriageLevel[] | null) => void;
  setPalette: (palette: Palette) => void;
  /** Removes every highlight and the style sheet; the page is as it was. */
  detach: () => void;
};

/**
 * Paints marks with the CSS Custom Highlight API: one `Highlight` per level, registered as `backsure-<level>`,
 * styled by one constructed style sheet adopted by the document. The page's DOM is never touched.
 */
export const createHighlightPainter = (doc: Document, palette: Palette): HighlightPainter => {
  const view = doc.defaultView;
  const registry = typeof CSS !== "undefined" ? CSS.highlights : undefined;
  const isSupported = registry !== undefined && typeof Highlight === "function" && view !== null;
  if (!isSupported) {
    const noop = (): void => undefined;
    return { isSupported, add: noop, remove: noop, show: noop, setPalette: noop, detach: noop };
  }

  const highlights = new Map<TriageLevel, Highlight>(
    TRIAGE_LEVELS.map((level) => {
      const highlight = new Highlight();
      highlight.priority = rankLevel(level);
      return [level, highlight];
    }),
  );
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(createHighlightCss(palette));
  let shown: readonly TriageLevel[] | null = null;

  const adoptSheet = (): void => {
    if (!doc.adoptedStyleSheets.includes(sheet)) {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
  };

  return {
    isSupported,
    add: (marks) => {
      for (const mark of marks) highlights.get(mark.level)?.add(mark.range);
    },
    remove: (marks) => {
      for (const mark of marks) highlights.get(mark.level)?.delete(mark.range);
    },
    show: (levels) => {
      shown = levels;
      if (levels && levels.length > 0) adoptSheet();
      for (const [level, highlight] of highlights) {
        if (levels?.includes(level)) registry.set(highlightName(level), highlight);
        else registry.delete(highlightName(level));
      }
    },
    setPalette: (next) => {
      sheet.replaceSync(createHighlightCss(next));
    },
    detach: () => {
      for (const level of shown ?? []) registry.delete(highlightName(level));
      for (const highlight of highlights.values()) highlight.clear();
      shown = null;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
};
