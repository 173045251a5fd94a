import { describe, expect, it } from "vitest";

import { scoreMentions, sumScores } from "./score-mentions";
import type { ScoredSpan } from "./score-mentions";

const span = (start: number, end: number, over: Partial<ScoredSpan> = {}): ScoredSpan => ({
  start,
  end,
  concept: "numbness-tingling",
  level: "contact-therapist",
  negated: false,
  ...over,
});

describe("scoreMentions", () => {
  it("matches overlapping spans with the same level and negation, one to one", () => {
    const gold = [span(0, 10), span(20, 30)];
    // One wide prediction overlaps both gold mentions but may match only one of them.
    const score = scoreMentions([span(5, 25)], gold);
    expect(score.level.truePositives).toBe(1);
    expect(score.level.precision).toBe(1);
    expect(score.level.recall).toBe(0.5);
    expect(score.missed).toHaveLength(1);
  });

  it("separates level agreement from concept agreement", () => {
    const gold = [span(0, 5, { concept: "sharp-pain" })];
    const score = scoreMentions([span(0, 5)], gold);
    expect(score.level.f1).toBe(1);
    expect(score.concept.f1).toBe(0);
  });

  it("counts a negation mismatch or a level mismatch as both missed and spurious", () => {
    const gold = [span(0, 5), span(10, 15)];
    const predicted = [span(0, 5, { negated: true }), span(10, 15, { level: "emergency" })];
    const score = scoreMentions(predicted, gold);
    expect(score.level.f1).toBe(0);
    expect(score.missed).toHaveLength(2);
    expect(score.spurious).toHaveLength(2);
  });

  it("micro-averages several pages", () => {
    const a = scoreMentions([span(0, 5)], [span(0, 5)]);
    const b = scoreMentions([span(0, 5)], [span(8, 9)]);
    const total = sumScores([a, b]);
    expect(total.level.precision).toBe(0.5);
    expect(total.level.recall).toBe(0.5);
  });
});
