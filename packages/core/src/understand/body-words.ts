/**
 * Word lists several readers build their word sets from, so that a word added for one is not missed by the others.
 * Each reader adds the words of its own question to them.
 */

/** The leg and its parts, singular and plural ("numb in both calves", "down my left leg"). */
export const LEG_PART_WORDS = [
  "leg",
  "legs",
  "thigh",
  "thighs",
  "calf",
  "calves",
  "shin",
  "shins",
  "knee",
  "knees",
  "foot",
  "feet",
  "ankle",
  "ankles",
] as const;

/** Plain words of pain ("it hurts", "painful"), which each reader joins with its own aches or strong words. */
export const PAIN_WORDS = ["pain", "pains", "painful", "hurts", "hurt", "hurting"] as const;
