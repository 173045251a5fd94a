import { beforeAll, describe, expect, it } from "vitest";

import { annotate } from "./annotate";

// The shared lexicon compiles on first use (a second or more on a busy machine): do it before any timed test.
beforeAll(() => {
  annotate("warm up");
}, 60_000);

const quotes = (text: string): string[] =>
  annotate(text).map((m) => `${text.slice(m.start, m.end)} -> ${m.concept}`);

describe("annotate on messy page text", () => {
  it("reads through markup residue and HTML entities", () => {
    const text = "<li>numbness&nbsp;in both legs</li><p>loss of bladder control&amp;more</p>";
    // The entity sits between words: "numbness&nbsp;in" still reads as two words.
    expect(quotes(text)).toContain("loss of bladder control -> bladder-bowel");
    expect(
      quotes(text).some((q) => q.endsWith("numbness-tingling") || q.endsWith("bilateral-neuro")),
    ).toBe(true);
  });

  it("handles curly quotes, non-breaking spaces and missing apostrophes", () => {
    expect(quotes("Pain that doesn’t improve with rest")).toEqual([
      "doesn’t improve with rest -> severe-pain",
    ]);
    expect(quotes("Pain that doesnt improve with rest")).toEqual([
      "doesnt improve with rest -> severe-pain",
    ]);
    expect(quotes("numbness\u00a0in\u00a0both\u00a0legs")).toEqual([
      "numbness\u00a0in\u00a0both\u00a0legs -> bilateral-neuro",
    ]);
  });

  it("finds mentions in text run together across lines and list bullets", () => {
    expect(quotes("•Fever•Chills\n–Night sweats")).toEqual([
      "Fever -> fever-infection",
      "Chills -> fever-infection",
      "Night sweats -> fever-infection",
    ]);
  });

  it("does not find words inside longer words", () => {
    expect(quotes("Unfeverish, Sharpen, tightrope, swellingly")).toEqual([]);
  });

  it("survives text with no spaces, emoji and right-to-left scripts", () => {
    expect(quotes("a".repeat(50_000))).toEqual([]);
    expect(quotes("😖 numbness 😖 in both legs 🦵")).toEqual(["numbness -> numbness-tingling"]);
    const rtl = "ألم في الظهر numbness وخدر";
    expect(quotes(rtl)).toEqual(["numbness -> numbness-tingling"]);
    expect(quotes("כאב גב sciatica")).toEqual(["sciatica -> shooting-radiating-pain"]);
  });

  it("keeps offsets right after astral characters", () => {
    const text = "𝒜𝒜 🦵 sciatica";
    const [mention] = annotate(text);
    expect(mention && text.slice(mention.start, mention.end)).toBe("sciatica");
  });

  it("reads a very long line", () => {
    const line = `${"Keep moving gently. ".repeat(5_000)}Seek help for saddle numbness.`;
    expect(quotes(line)).toEqual(["saddle numbness -> saddle-anesthesia"]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(annotate("")).toEqual([]);
    expect(annotate(" \n\t\u00a0")).toEqual([]);
  });
});
