import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";

/**
 * After "but", the patient telling how the thing before it felt: "finished in bed with my partner last night but
 * felt basically nothing", "went to the loo but couldn't feel it", "we were intimate but I barely felt a thing".
 * The feeling is of what was told before the "but" (the same clause carried on), not a new subject.
 */

/** Words of feeling, straight after "but" or after a word of not or hardly managing it. */
const FEEL = new WordSet(["felt", "feel", "feeling"]);
/** Words that may stand between "but" and the feeling: "but couldn't feel", "but I barely felt". */
const FEEL_LEADS = new WordSet([
  "i",
  "couldnt",
  "cant",
  "cannot",
  "could",
  "can",
  "didnt",
  "dont",
  "barely",
  "hardly",
  "only",
  "just",
  "really",
  "basically",
  "honestly",
  "not",
  "never",
]);

/** How many leading words may stand between "but" and the feeling. */
const LEAD_REACH = 3;

/** Whether the words after the "but" at token `at` tell how what came before it felt. */
export const feltAfterBut = (reading: Reading, at: number): boolean => {
  for (let i = at + 1; i <= at + 1 + LEAD_REACH; i += 1) {
    if (FEEL.at(reading, i)) return true;
    if (!FEEL_LEADS.at(reading, i)) return false;
  }
  return false;
};
