import { LEVEL_STYLE, TRIAGE_LEVELS } from "@backsure/core/guidance";
import { describe, expect, it } from "vitest";

import { createHighlightCss } from "./create-highlight-css";

describe("createHighlightCss", () => {
  it("styles one highlight per level with the shared level colours", () => {
    const css = createHighlightCss("standard");
    for (const level of TRIAGE_LEVELS) {
      expect(css).toContain(`::highlight(backsure-${level})`);
      expect(css).toContain(LEVEL_STYLE[level].tint);
    }
  });

  it("switches to the colour-blind-safe pair", () => {
    const css = createHighlightCss("color-blind");
    for (const level of TRIAGE_LEVELS) expect(css).toContain(LEVEL_STYLE[level].colorBlindTint);
  });

  it("uses only properties that cannot change layout", () => {
    const properties = [...createHighlightCss("standard").matchAll(/([a-z-]+):\s/g)].map(
      (m) => m[1],
    );
    expect(new Set(properties)).toEqual(
      new Set([
        "background-color",
        "text-decoration-line",
        "text-decoration-style",
        "text-decoration-color",
      ]),
    );
  });

  it("gives every level its own underline, so colour is never the only cue", () => {
    const styles = [
      ...createHighlightCss("standard").matchAll(/text-decoration-style: (\w+)/g),
    ].map((m) => m[1]);
    expect(new Set(styles).size).toBe(TRIAGE_LEVELS.length);
  });
});
