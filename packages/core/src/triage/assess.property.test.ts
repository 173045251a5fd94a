import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankLevel, TRIAGE_LEVELS } from "../model/triage-level";
import { assess } from "./assess";

const EMERGENCY_SENTENCES = [
  "Since this morning I can't pee at all.",
  "I can't feel the toilet paper when I wipe.",
  "Both my legs have gone numb.",
  "My foot is getting weaker by the hour.",
  "I have chest pain and I'm short of breath.",
];

const DENIALS = [
  "No numbness.",
  "I have no tingling or weakness.",
  "Peeing fine.",
  "My legs feel fine.",
  "No chest pain.",
  "My breathing is fine and no fever.",
  "I don't have any bladder problems.",
];

const SEED_MESSAGES = [
  "Sore after the session yesterday.",
  "Sharp pain when I bend.",
  "Pain shooting down my left leg.",
  "Tingly foot for a minute after the stretch, then gone.",
  "My back pain is 9/10 and rest doesn't help.",
  "It's day 5 and no better.",
  "",
];

const message = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(...SEED_MESSAGES),
  fc
    .array(fc.constantFrom(...SEED_MESSAGES, "and", "but", "no", "not", ",", "both", "legs"), {
      maxLength: 30,
    })
    .map((words) => words.join(" ")),
);

describe("assess properties", () => {
  it("is total: any string gives a level", () => {
    fc.assert(
      fc.property(message, (text) => {
        expect(TRIAGE_LEVELS).toContain(assess(text).level);
      }),
      { numRuns: 300 },
    );
  });

  it("gives emergency when a sentence with an emergency sign is appended", () => {
    fc.assert(
      fc.property(message, fc.constantFrom(...EMERGENCY_SENTENCES), (text, sign) => {
        expect(assess(`${text}\n${sign}`).level).toBe("emergency");
      }),
      { numRuns: 300 },
    );
  });

  it("never raises the level when a denial is appended", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEED_MESSAGES),
        fc.constantFrom(...DENIALS),
        (text, denial) => {
          const before = rankLevel(assess(text).level);
          expect(rankLevel(assess(`${text} ${denial}`).level)).toBeLessThanOrEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});
