import { LEVEL_STYLE, TRIAGE_LEVELS } from "@backsure/core/guidance";
import type { TriageLevel } from "@backsure/core/guidance";

import type { Palette } from "../settings/settings-schema";
import { highlightName } from "./highlight-name";

/**
 * Each level also has its own underline style, so the highlights never rely on colour alone (the card adds the
 * icon and the words).
 */
const UNDERLINE_STYLE: Readonly<Record<TriageLevel, string>> = {
  expected: "dotted",
  monitor: "dashed",
  "contact-therapist": "solid",
  "see-doctor": "double",
  emergency: "wavy",
};

/**
 * `::highlight()` rules for the five levels. Highlight pseudo-elements accept only colour and decoration
 * properties, so painting them can never move anything on the page.
 */
export const createHighlightCss = (palette: Palette): string =>
  TRIAGE_LEVELS.map((level) => {
    const style = LEVEL_STYLE[level];
    const ink = palette === "color-blind" ? style.colorBlind : style.color;
    const tint = palette === "color-blind" ? style.colorBlindTint : style.tint;
    return `::highlight(${highlightName(level)}) { background-color: ${tint}; text-decoration-line: underline; text-decoration-style: ${UNDERLINE_STYLE[level]}; text-decoration-color: ${ink}; }`;
  }).join("\n");
