import type { Token } from "../text/tokenize";
import type { PageHit } from "./page-matcher";
import { CLAUSE_ENDS, PROGRESSION_CUES } from "./page-words";

const WEAKNESS_WORDS: ReadonlySet<string> = new Set([
  "weakness",
  "weak",
  "strength",
  "power",
  "paralysis",
]);
const LOOK_BACK = 10;

/**
 * "Sudden/rapid/increasing weakness" is progressive-weakness, even when both legs are named and even when the
 * cue stands a few words before a coordinated list ("a sudden onset of numbness, tingling, or weakness in the
 * legs"). Only weakness is lifted; the cue must sit in the same sentence.
 */
export const liftProgressive = (hits: readonly PageHit[], tokens: readonly Token[]): PageHit[] =>
  hits.map((hit) => {
    if (hit.concept !== "leg-weakness" && hit.concept !== "bilateral-neuro") return hit;
    if (!namesWeakness(hit, tokens) || !hasCueBefore(hit.first, tokens)) return hit;
    return { ...hit, concept: "progressive-weakness" };
  });

const namesWeakness = (hit: PageHit, tokens: readonly Token[]): boolean => {
  for (let i = hit.first; i < hit.last; i += 1) {
    const norm = tokens[i]?.norm;
    if (norm !== undefined && WEAKNESS_WORDS.has(norm)) return true;
  }
  return false;
};

const hasCueBefore = (first: number, tokens: readonly Token[]): boolean => {
  for (let i = first - 1; i >= 0 && i >= first - LOOK_BACK; i -= 1) {
    const token = tokens[i];
    const after = tokens[i + 1];
    if (!token || CLAUSE_ENDS.has(token.norm) || after?.afterBreak) return false;
    if (PROGRESSION_CUES.has(token.norm)) return true;
  }
  return false;
};
