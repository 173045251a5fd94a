import type { TriageLevel } from "@backsure/core/guidance";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { Mark } from "../page/mark";
import { createHighlightPainter } from "./create-highlight-painter";

// happy-dom has neither Highlight nor CSS.highlights (real painting is tested in Chromium): small stand-ins.
class HighlightStandIn extends Set<AbstractRange> {
  priority = 0;
}
let registry: Map<string, HighlightStandIn>;

beforeEach(() => {
  registry = new Map();
  Object.assign(globalThis, { Highlight: HighlightStandIn, CSS: { highlights: registry } });
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Highlight");
  Reflect.deleteProperty(globalThis, "CSS");
});

const mark = (level: TriageLevel): Mark => {
  const text = document.createTextNode("numbness");
  return {
    concept: "numbness-tingling",
    level,
    negated: false,
    block: { element: document.body, text: "numbness", nodes: [text], starts: [0] },
    blockStart: 0,
    blockEnd: 8,
    range: new StaticRange({
      startContainer: text,
      startOffset: 0,
      endContainer: text,
      endOffset: 8,
    }),
    quote: "numbness",
  };
};

describe("createHighlightPainter", () => {
  it("registers one highlight per shown level and nothing while the page is quiet", () => {
    const painter = createHighlightPainter(document, "standard");
    expect(painter.isSupported).toBe(true);
    const marks = [mark("emergency"), mark("expected"), mark("emergency")];
    painter.add(marks);
    expect(registry.size).toBe(0);
    painter.show(["expected", "emergency"]);
    expect([...registry.keys()].sort()).toEqual(["backsure-emergency", "backsure-expected"]);
    expect(registry.get("backsure-emergency")?.size).toBe(2);
    painter.show(["emergency"]);
    expect([...registry.keys()]).toEqual(["backsure-emergency"]);
    painter.show(null);
    expect(registry.size).toBe(0);
  });

  it("removes replaced marks and cleans everything up on detach", () => {
    const sheetsBefore = document.adoptedStyleSheets.length;
    const painter = createHighlightPainter(document, "standard");
    const [first, second] = [mark("see-doctor"), mark("see-doctor")];
    painter.add([first, second]);
    painter.show(["see-doctor"]);
    painter.remove([first]);
    expect([...(registry.get("backsure-see-doctor") ?? [])]).toEqual([second.range]);
    expect(document.adoptedStyleSheets).toHaveLength(sheetsBefore + 1);
    painter.detach();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(sheetsBefore);
  });

  it("paints nothing, and does not fail, where the API is missing", () => {
    Reflect.deleteProperty(globalThis, "Highlight");
    const painter = createHighlightPainter(document, "standard");
    expect(painter.isSupported).toBe(false);
    painter.add([mark("emergency")]);
    painter.show(["emergency"]);
    expect(registry.size).toBe(0);
  });
});
