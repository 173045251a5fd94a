import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isConceptId, levelOfConcept } from "../model/concept";
import { annotate } from "./annotate";

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
      { numRuns: 400 },
    );
  });

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
  });
});

describe("annotate runs in linear time", () => {
  const fastest = (text: string): number => {
    let best = Infinity;
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      annotate(text);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };

  it.each([
    [
      "a health page",
      "Numbness, tingling or weakness in both legs is an emergency. Sharp pain is not DOMS. ",
    ],
    ["one endless word", "a"],
    ["repeated symptom words", "numbness "],
    ["open parentheses", "( "],
  ])(
    "doubling %s at most about doubles the time",
    (_, unit) => {
      const small = unit.repeat(Math.ceil(200_000 / unit.length));
      const large = small + small;
      annotate(small); // warm up the compiled lexicon and the JIT
      const ratio = fastest(large) / Math.max(fastest(small), 0.5);
      // Linear work gives about 2; quadratic work would give about 4. The slack absorbs timer and GC noise.
      expect(ratio).toBeLessThan(3.2);
    },
    30_000,
  );
});
