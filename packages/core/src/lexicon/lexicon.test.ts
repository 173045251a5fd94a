import { describe, expect, it } from "vitest";
import { CONCEPT_IDS } from "../model/concept";
import { CONCEPT_ENTRIES, LEXICON } from "./lexicon";

const conceptsIn = (text: string): string[] => LEXICON.matchText(text).map((hit) => hit.concept);

describe("shared lexicon", () => {
  it("has wordings for every taxonomy concept", () => {
    const covered = new Set(CONCEPT_ENTRIES.map((entry) => entry.concept));
    expect(CONCEPT_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each([
    ["I can't feel the toilet paper when I wipe", "saddle-anesthesia"],
    ["i cant feel the toilet roll", "saddle-anesthesia"],
    ["my legs feel like jelly", "bilateral-neuro"],
    ["jelly-legs", "bilateral-neuro"],
    ["my foot slaps when I walk", "leg-weakness"],
    ["I have to push really hard to pee", "bladder-bowel"],
    ["I wet myself this morning", "bladder-bowel"],
    ["pins-and-needles in my toes", "numbness-tingling"],
    ["numbbb", "numbness-tingling"],
    ["a tearing pain in my back", "vascular"],
    ["worse after every session", "worsening-each-session"],
    ["delayed onset muscle soreness", "doms"],
    ["Sharp or stabbing pain", "sharp-pain"],
    ["I fell off a ladder", "trauma"],
    ["I had breast cancer", "cancer-history"],
  ])("reads %j as %s", (text, concept) => {
    expect(conceptsIn(text)).toContain(concept);
  });

  it("corrects one-letter misspellings of lexicon words", () => {
    expect(conceptsIn("my sciatia is bad")).toContain("shooting-radiating-pain");
    expect(conceptsIn("numbess in my groin")).toContain("saddle-anesthesia");
    expect(LEXICON.corrector.correctWord("tinglling")).toBe("tingling");
  });

  it("corrects a 'y' written for an 'i' or the other way round, which sound alike ('groyn')", () => {
    expect(LEXICON.corrector.correctWord("groyn")).toBe("groin");
    expect(conceptsIn("my groyn is numb")).toContain("saddle-anesthesia");
    // ("sorry spelling on my phone" is no swelling)
    expect(LEXICON.corrector.correctWord("spelling")).toBeUndefined();
  });

  it("reads an extra letter as a doubled key first ('legss' is 'legs', not 'less')", () => {
    expect(LEXICON.corrector.correctWord("legss")).toBe("legs");
  });

  it("corrects short misspellings patients write, and reads '&' as 'and'", () => {
    const word = (text: string): string =>
      LEXICON.prepare([{ kind: "word", norm: text, start: 0, end: text.length, afterBreak: false }])
        .map((token) => token.norm)
        .join(" ");
    expect(["numm", "wek", "cnt", "groyne"].map(word)).toEqual(["numb", "weak", "cant", "groin"]);
    // (Scots spellings: "legs fine, nae pins and needles", "baith legs")
    expect(["nae", "baith"].map(word)).toEqual(["no", "both"]);
    expect(conceptsIn("pins & needles in my foot")).toContain("numbness-tingling");
  });

  it("leaves common words alone", () => {
    for (const word of ["stood", "there", "would", "single", "horse", "pizza"]) {
      expect(LEXICON.corrector.correctWord(word)).toBeUndefined();
    }
  });

  it("gives offsets into the original text", () => {
    const text = "Weird: I can’t feel the toilet paper.";
    const [hit] = LEXICON.matchText(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe("can’t feel the toilet paper");
  });

  it("keeps spans apart in leftmost-longest matching", () => {
    const hits = LEXICON.matchText("sharp shooting pain down my leg and numbness in both legs");
    for (let i = 1; i < hits.length; i += 1) {
      expect(hits[i]?.start).toBeGreaterThanOrEqual(hits[i - 1]?.end ?? 0);
    }
  });
});
