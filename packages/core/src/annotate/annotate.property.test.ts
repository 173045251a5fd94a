import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import { isConceptId, levelOfConcept } from "../model/concept";
import { annotate, annotateTokens } from "./annotate";
import { tokenizePage } from "./page-tokens";

// The shared lexicon compiles on first use (a second or more on a busy machine): do it before any timed test.
beforeAll(() => {
  annotate("warm up");
}, 60_000);

/** Fragments that make random text look like a health page, so mentions (and their edges) are exercised. */
const FRAGMENTS = [
  "numbness",
  " in both legs",
  "sharp",
  ", ",
  " or ",
  "stabbing pain",
  "(DOMS)",
  "no ",
  "loss of bladder control",
  "severe",
  "\n",
  "Recommended Reading: ",
  "–",
  "’",
  "\u00a0",
  "😖",
  "lasts more than 72 hours",
  " without relief",
  "sudden ",
  "weakness",
  "ألم",
];

const pageLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

describe("annotate properties", () => {
  it("is total on arbitrary strings: offsets in range, ordered, non-overlapping, labels consistent", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 300 }),
          fc.string({ maxLength: 300 }),
          pageLike,
        ),
        (text) => {
          const mentions = annotate(text);
          let previousEnd = 0;
          for (const m of mentions) {
            expect(m.start).toBeGreaterThanOrEqual(previousEnd);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(isConceptId(m.concept)).toBe(true);
            expect(m.level).toBe(levelOfConcept(m.concept));
            previousEnd = m.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it("finds the same mentions in a page whatever text comes before it", () => {
    fc.assert(
      fc.property(pageLike, (text) => {
        const prefix = "Unrelated intro.\n\n";
        const shifted = annotate(prefix + text).map((m) => ({
          ...m,
          start: m.start - prefix.length,
          end: m.end - prefix.length,
        }));
        expect(shifted).toEqual(annotate(text));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe("annotate reads long pages in chunks", () => {
  it("finds the same mentions as reading the page whole", () => {
    const unit =
      "Sharp, stabbing pain that doesn’t improve with rest.\nNumbness or tingling in both legs\n- no fever, chills\nSee Sciatica\n";
    const page = unit.repeat(Math.ceil(300_000 / unit.length));
    const chunked = annotate(page);
    expect(chunked.length).toBeGreaterThan(10_000);
    expect(chunked).toEqual(annotateTokens(page, tokenizePage(page)));
  }, 60_000);
});

describe("annotate runs in linear time", () => {
  /** How many times the annotator reads a token: every trie step and every look-around reads one. */
  const countTokenReads = (text: string): number => {
    const tokens = tokenizePage(text);
    let reads = 0;
    const counted = new Proxy(tokens, {
      get: (target, key, receiver) => {
        if (typeof key === "string" && key.charCodeAt(0) >= 0x30 && key.charCodeAt(0) <= 0x39)
          reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    annotateTokens(text, counted);
    return reads;
  };

  it.each([
    [
      "a health page",
      "Numbness, tingling or weakness in both legs is an emergency. Sharp pain is not DOMS. ",
    ],
    ["one endless word", "a"],
    ["repeated symptom words", "numbness "],
    ["a long coordinated list", "sharp, "],
    ["open parentheses", "( "],
    ["severe modifiers", "severe "],
  ])(
    "doubling %s at most about doubles the work",
    (_, unit) => {
      const small = unit.repeat(Math.ceil(20_000 / unit.length));
      const once = countTokenReads(small);
      const twice = countTokenReads(small + small);
      expect(once).toBeGreaterThan(0);
      expect(twice / once).toBeLessThan(2.1);
    },
    30_000,
  );

  it("annotates a 1 MB page whole", () => {
    const unit =
      "Numbness, tingling or weakness in both legs is an emergency. Sharp pain is not DOMS. ";
    const page = unit.repeat(Math.ceil(1_000_000 / unit.length));
    expect(annotate(page).length).toBeGreaterThan(10_000);
  });
});
