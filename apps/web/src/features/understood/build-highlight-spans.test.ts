import type { Finding } from "@backsure/core";
import { describe, expect, it } from "vitest";

import { buildHighlightSpans } from "./build-highlight-spans";

const textFinding = (
  text: string,
  phrase: string,
  concept: Finding["concept"],
  status: Finding["status"] = "present",
): Finding => {
  const start = text.indexOf(phrase);
  return {
    concept,
    status,
    evidence: { kind: "text", start, end: start + phrase.length, text: phrase },
  };
};

describe("buildHighlightSpans", () => {
  const text = "sharp pain down my leg, no numbness";

  it("marks text findings in reading order with their level and status", () => {
    const spans = buildHighlightSpans(text, [
      textFinding(text, "numbness", "numbness-tingling", "denied"),
      textFinding(text, "sharp pain", "sharp-pain"),
    ]);
    expect(spans).toEqual([
      { start: 0, end: 10, text: "sharp pain", level: "contact-therapist", status: "present" },
      {
        start: 27,
        end: 35,
        text: "numbness",
        level: "contact-therapist",
        status: "denied",
      },
    ]);
  });

  it("leaves out answers, overlaps and offsets outside the text", () => {
    const spans = buildHighlightSpans(text, [
      textFinding(text, "sharp pain down my leg", "shooting-radiating-pain"),
      textFinding(text, "pain", "sharp-pain"),
      {
        concept: "bilateral-neuro",
        status: "present",
        evidence: { kind: "answer", field: "redFlags.bothLegs", text: "Yes" },
      },
      {
        concept: "doms",
        status: "present",
        evidence: { kind: "text", start: 30, end: 90, text: "past the end" },
      },
    ]);
    expect(spans.map((span) => span.text)).toEqual(["sharp pain down my leg"]);
  });
});
