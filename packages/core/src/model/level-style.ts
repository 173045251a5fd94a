import type { TriageLevel } from "./triage-level";

/**
 * One look for the five levels in every app (the portal, its reader and the extension), so a patient sees the
 * same icon and colour wherever they meet a level. Never colour alone: every level also has an icon and words
 * (`LEVEL_COPY`). `color` is a dark ink that passes WCAG AA on white; `tint` a light background for highlights;
 * the `colorBlind*` pair is drawn from the Okabe-Ito palette for the colour-blind-safe setting.
 */
export type LevelStyle = {
  /** A text glyph that reads in black and white. */
  icon: string;
  color: string;
  tint: string;
  colorBlind: string;
  colorBlindTint: string;
};

export const LEVEL_STYLE: Readonly<Record<TriageLevel, LevelStyle>> = {
  expected: {
    icon: "✓",
    color: "#166534",
    tint: "#dcfce7",
    colorBlind: "#00694f",
    colorBlindTint: "#c9f1e4",
  },
  monitor: {
    icon: "◉",
    color: "#1e40af",
    tint: "#dbeafe",
    colorBlind: "#0a5f8f",
    colorBlindTint: "#d3ecfa",
  },
  "contact-therapist": {
    icon: "!",
    color: "#854d0e",
    tint: "#fef3c7",
    colorBlind: "#8a5d00",
    colorBlindTint: "#fbe7b5",
  },
  "see-doctor": {
    icon: "✚",
    color: "#9a3412",
    tint: "#ffedd5",
    colorBlind: "#a34700",
    colorBlindTint: "#f8d2b3",
  },
  emergency: {
    icon: "⚠",
    color: "#991b1b",
    tint: "#fee2e2",
    colorBlind: "#1a1a1a",
    colorBlindTint: "#f3c6e0",
  },
};
