import { beforeAll, describe, expect, it } from "vitest";

import { annotate } from "../../src/annotate/annotate";
import { scoreMentions, sumScores } from "../../src/annotate/score-mentions";
import { loadDevPages } from "./dev-pages";

// The shared lexicon compiles on first use (a second or more on a busy machine): do it before any timed test.
beforeAll(() => {
  annotate("warm up");
}, 60_000);

/**
 * Golden baselines: the five dev pages against their gold annotations (shared/dev-set/pages). The floors are
 * the figures this annotator reached when they were recorded; a change that lowers any of them fails here.
 * `pnpm score:pages` prints the same scores with the missed and spurious mentions.
 */
const FLOORS: Readonly<Record<string, { level: number; concept: number }>> = {
  "000_223ff5bb4e7a27cb": { level: 1.0, concept: 1.0 },
  "001_2685702931960aa9": { level: 1.0, concept: 1.0 },
  "002_b9571e67abe4a59f": { level: 0.947, concept: 0.947 },
  "003_f21d1a8d839ad628": { level: 0.955, concept: 0.955 },
  "004_4403e1d65c80c226": { level: 1.0, concept: 1.0 },
};
const OVERALL_FLOOR = { level: 0.986, concept: 0.986 };
const TOLERANCE = 0.0005;

const pages = loadDevPages();

describe("golden dev pages", () => {
  it("has a floor for every dev page", () => {
    expect(pages.map((page) => page.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  const scores = pages.map((page) => ({
    page,
    score: scoreMentions(annotate(page.text), page.gold),
  }));

  it.each(scores.map(({ page, score }) => [page.name, score] as const))(
    "%s keeps its level-F1 and concept-F1 floors",
    (name, score) => {
      const floor = FLOORS[name];
      expect(floor).toBeDefined();
      expect(score.level.f1).toBeGreaterThanOrEqual((floor?.level ?? 1) - TOLERANCE);
      expect(score.concept.f1).toBeGreaterThanOrEqual((floor?.concept ?? 1) - TOLERANCE);
    },
  );

  it("finds every emergency mention", () => {
    const missed = scores.flatMap(({ page, score }) =>
      score.missed
        .filter((m) => m.level === "emergency")
        .map((m) => `${page.name}: ${page.text.slice(m.start, m.end)}`),
    );
    expect(missed).toEqual([]);
    expect(pages.some((page) => page.gold.some((g) => g.level === "emergency"))).toBe(true);
  });

  it("keeps the overall figures (level-F1 at least 0.90)", () => {
    const total = sumScores(scores.map(({ score }) => score));
    expect(total.level.f1).toBeGreaterThanOrEqual(Math.max(0.9, OVERALL_FLOOR.level - TOLERANCE));
    expect(total.concept.f1).toBeGreaterThanOrEqual(OVERALL_FLOOR.concept - TOLERANCE);
  });
});
