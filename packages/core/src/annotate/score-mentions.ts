import type { Mention } from "../model/assessment";

/** A reference mention to score against (a gold annotation located in the text). */
export type ScoredSpan = Pick<Mention, "start" | "end" | "concept" | "level" | "negated">;

export type F1 = {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  gold: number;
};

export type MentionScore = {
  /** Spans overlap, level and negation agree (one-to-one). */
  level: F1;
  /** Spans overlap, concept and negation agree (one-to-one). */
  concept: F1;
  /** Gold mentions with no level match, in document order. */
  missed: readonly ScoredSpan[];
  /** Predicted mentions with no level match, in document order. */
  spurious: readonly ScoredSpan[];
};

const overlaps = (a: ScoredSpan, b: ScoredSpan): boolean => a.start < b.end && b.start < a.end;

const toF1 = (truePositives: number, predicted: number, gold: number): F1 => {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : truePositives / predicted;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, gold };
};

/**
 * One-to-one matching of predicted to gold mentions: each gold mention takes the first unused predicted mention
 * that overlaps it and agrees under `agree`. Both lists are in document order, so a sweep keeps this near linear.
 */
const matchOneToOne = (
  predicted: readonly ScoredSpan[],
  gold: readonly ScoredSpan[],
  agree: (p: ScoredSpan, g: ScoredSpan) => boolean,
): { matchedGold: Set<number>; matchedPredicted: Set<number> } => {
  const matchedGold = new Set<number>();
  const matchedPredicted = new Set<number>();
  let from = 0;
  gold.forEach((g, gi) => {
    while (from < predicted.length && (predicted[from]?.end ?? 0) <= g.start) from += 1;
    for (let pi = from; pi < predicted.length; pi += 1) {
      const p = predicted[pi];
      if (!p || p.start >= g.end) break;
      if (!matchedPredicted.has(pi) && overlaps(p, g) && agree(p, g)) {
        matchedGold.add(gi);
        matchedPredicted.add(pi);
        return;
      }
    }
  });
  return { matchedGold, matchedPredicted };
};

/** Scores predicted mentions against gold ones (both sorted by start). */
export const scoreMentions = (
  predicted: readonly ScoredSpan[],
  gold: readonly ScoredSpan[],
): MentionScore => {
  const byLevel = matchOneToOne(
    predicted,
    gold,
    (p, g) => p.level === g.level && p.negated === g.negated,
  );
  const byConcept = matchOneToOne(
    predicted,
    gold,
    (p, g) => p.concept === g.concept && p.negated === g.negated,
  );
  return {
    level: toF1(byLevel.matchedGold.size, predicted.length, gold.length),
    concept: toF1(byConcept.matchedGold.size, predicted.length, gold.length),
    missed: gold.filter((_, i) => !byLevel.matchedGold.has(i)),
    spurious: predicted.filter((_, i) => !byLevel.matchedPredicted.has(i)),
  };
};

/** Micro-averages several scores' counts into one F1 per kind. */
export const sumScores = (scores: readonly MentionScore[]): { level: F1; concept: F1 } => {
  const total = (pick: (s: MentionScore) => F1) =>
    toF1(
      scores.reduce((n, s) => n + pick(s).truePositives, 0),
      scores.reduce((n, s) => n + pick(s).predicted, 0),
      scores.reduce((n, s) => n + pick(s).gold, 0),
    );
  return { level: total((s) => s.level), concept: total((s) => s.concept) };
};
