import type { Token } from "../text/tokenize";
import type { PageHit } from "./page-matcher";
import { COORDINATORS, LINKING_WORDS, PAIN_HEADS } from "./page-words";

/**
 * Keeps a continuing tail only after its own concept (see `continuesPrevious`), and a context-dependent modifier ("severe", "persistent", "tight", "worsening") only where it names a
 * symptom: before a pain word ("severe symptoms"), predicatively ("pain is severe"), or coordinated with another
 * mention ("sharp, worsening, or long-lasting pain"; "severe sciatic nerve pain"). Chains resolve in a few passes.
 */
export const resolveContext = (hits: readonly PageHit[], tokens: readonly Token[]): PageHit[] => {
  const accepted = hits.map((hit, k) => {
    if (hit.continues) return continuesPrevious(hits[k - 1], hit, tokens);
    return !hit.needsContext || isAnchored(hit, tokens);
  });
  for (let pass = 0; pass < 3; pass += 1) {
    let changed = false;
    for (let k = 0; k < hits.length; k += 1) {
      const hit = hits[k];
      if (!hit || accepted[k] || hit.continues) continue;
      const prev = hits[k - 1];
      const next = hits[k + 1];
      const joinsPrev =
        prev !== undefined && accepted[k - 1] === true && isJoined(prev.last, hit.first, tokens);
      const joinsNext =
        next !== undefined && accepted[k + 1] === true && isJoined(hit.last, next.first, tokens);
      if (joinsPrev || joinsNext) {
        accepted[k] = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return hits.filter((_, k) => accepted[k]);
};

/** A tail counts only right after a mention of its own concept, with nothing or "and" between. */
const continuesPrevious = (
  prev: PageHit | undefined,
  hit: PageHit,
  tokens: readonly Token[],
): boolean => {
  if (prev?.concept !== hit.concept || tokens[hit.first]?.afterBreak !== false) return false;
  const gap = hit.first - prev.last;
  return gap === 0 || (gap === 1 && tokens[prev.last]?.norm === "and");
};

const isAnchored = (hit: PageHit, tokens: readonly Token[]): boolean => {
  const after = tokens[hit.last];
  if (after && PAIN_HEADS.has(after.norm)) return true;
  const before = tokens[hit.first - 1];
  const first = tokens[hit.first];
  return (
    before !== undefined &&
    first !== undefined &&
    !first.afterBreak &&
    LINKING_WORDS.has(before.norm)
  );
};

/** Only coordinators (and "even") stand between token `from` and token `to`, within one line. */
export const isJoined = (from: number, to: number, tokens: readonly Token[]): boolean => {
  if (to - from > 3) return false;
  for (let i = from; i < to; i += 1) {
    const token = tokens[i];
    if (!token || (!COORDINATORS.has(token.norm) && token.norm !== "even")) return false;
  }
  const target = tokens[to];
  return target !== undefined && !target.afterBreak;
};
