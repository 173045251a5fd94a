import type { ConceptId } from "../model/concept";
import type { Token } from "../text/tokenize";
import type { PageHit } from "./page-matcher";
import { isJoined } from "./resolve-context";
import { PAIN_HEADS } from "./page-words";

/** Concepts a location qualifier lifts a whole coordinated phrase into ("numbness or tingling in both legs"). */
const LIFTING: ReadonlySet<ConceptId> = new Set([
  "bilateral-neuro",
  "saddle-anesthesia",
  "sexual-dysfunction",
  "progressive-weakness",
]);

/** Nerve symptoms that such a qualifier can take along. */
const LIFTABLE: ReadonlySet<ConceptId> = new Set([
  "numbness-tingling",
  "leg-weakness",
  "shooting-radiating-pain",
  "burning-nerve-pain",
  "tingling-settling",
]);

const endsWithHead = (hit: PageHit, tokens: readonly Token[]): boolean => {
  const last = tokens[hit.last - 1];
  return last !== undefined && PAIN_HEADS.has(last.norm);
};

/**
 * Applies the guide's coordination conventions, right to left:
 * - alternatives sharing one head stay one span ("Sharp, stabbing pain" is one sharp-pain mention), while
 *   coordinated items naming different symptoms, or with no shared head ("numbness, tingling"), stay split;
 * - a qualifier that lifts the whole phrase keeps it one span ("tingling or numbness in both legs").
 */
export const mergeCoordination = (
  hits: readonly PageHit[],
  tokens: readonly Token[],
): PageHit[] => {
  const out: PageHit[] = [];
  for (let k = hits.length - 1; k >= 0; k -= 1) {
    const hit = hits[k];
    if (!hit) continue;
    const right = out[out.length - 1];
    const before = hits[k - 1];
    // An item of a list of different symptoms stays on its own ("sharp, shooting, or radiating pain").
    const isListItem =
      before !== undefined &&
      before.concept !== hit.concept &&
      isJoined(before.last, hit.first, tokens);
    if (
      right &&
      !isListItem &&
      isJoined(hit.last, right.first, tokens) &&
      absorbs(right, hit, tokens)
    ) {
      out[out.length - 1] = { ...right, first: hit.first };
      continue;
    }
    out.push(hit);
  }
  return out.reverse();
};

const absorbs = (right: PageHit, left: PageHit, tokens: readonly Token[]): boolean => {
  if (LIFTING.has(right.concept) && LIFTABLE.has(left.concept)) return true;
  return (
    right.concept === left.concept && endsWithHead(right, tokens) && !endsWithHead(left, tokens)
  );
};
