import type { ConceptId } from "../model/concept";
import type { Token } from "../text/tokenize";
import type { PageHit } from "./page-matcher";

/** Concepts whose wording runs on in parts: "lasts more than 72 hours" + "without relief". */
const CONTINUING: ReadonlySet<ConceptId> = new Set([
  "persistent-pain",
  "pain-not-settling",
  "soreness-timeline",
]);

const isContinuation = (prev: PageHit, hit: PageHit, tokens: readonly Token[]): boolean => {
  const gap = hit.first - prev.last;
  return (
    CONTINUING.has(hit.concept) &&
    (gap === 0 || (gap === 1 && tokens[prev.last]?.norm === "and")) &&
    tokens[hit.first]?.afterBreak === false
  );
};

/**
 * Joins a hit to the one before when both name the same running concept and nothing but "and" stands between
 * ("increases during an activity and does not subside after stopping" is one mention).
 */
export const mergeContinuations = (
  hits: readonly PageHit[],
  tokens: readonly Token[],
): PageHit[] => {
  const out: PageHit[] = [];
  for (const hit of hits) {
    const prev = out[out.length - 1];
    if (prev?.concept === hit.concept && isContinuation(prev, hit, tokens)) {
      out[out.length - 1] = { ...prev, last: hit.last };
    } else {
      out.push(hit);
    }
  }
  return out;
};
