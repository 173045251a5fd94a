import { levelOfConcept } from "../model/concept";
import type { Token } from "../text/tokenize";
import type { PageHit } from "./page-matcher";

/**
 * A parenthetical abbreviation or one-word synonym of the preceding term is not a separate mention
 * ("Delayed Onset Muscle Soreness (DOMS)", "radiates down the legs (radicular pain)"), while an elaboration
 * with its own wording is ("(numbness when wiping bottom)", "(jelly-legs)"). A hit is a synonym when it fills
 * the parentheses right after a mention of the same concept and is one word, or two words below emergency.
 */
export const dropParentheticalSynonyms = (
  hits: readonly PageHit[],
  tokens: readonly Token[],
): PageHit[] =>
  hits.filter((hit, k) => {
    const prev = hits[k - 1];
    if (prev?.concept !== hit.concept || prev.last !== hit.first - 1) return true;
    if (tokens[hit.first - 1]?.norm !== "(" || tokens[hit.last]?.norm !== ")") return true;
    const length = hit.last - hit.first;
    const isSynonym = length === 1 || (length === 2 && levelOfConcept(hit.concept) !== "emergency");
    return !isSynonym;
  });
