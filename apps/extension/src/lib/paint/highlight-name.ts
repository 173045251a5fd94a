import type { TriageLevel } from "@backsure/core/guidance";

/** The name a level's highlight is registered under in `CSS.highlights`. */
export const highlightName = (level: TriageLevel): string => `backsure-${level}`;
