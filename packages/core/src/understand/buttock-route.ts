import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";

/**
 * The buttock named as a muscle or as where a leg pain starts, not as the saddle area: "dry needle in my bum
 * muscle", "shoots, like electric, from the bum to the calf". Saddle numbness is a feeling lost in the skin one
 * sits on; a needle in the glute muscle, or a pain running from the buttock down one leg (sciatica), is neither.
 * A numbness told there stays saddle numbness ("my bum went numb"): only the muscle and the route are set aside.
 */

/** Buttock words among the saddle sites. */
const BUTTOCK_WORDS = new WordSet([
  "bum",
  "buttock",
  "buttocks",
  "butt",
  "bottom",
  "backside",
  "glute",
  "glutes",
  "arse",
  "ass",
]);

/** Words after a buttock word that make it the muscle ("bum muscle", "buttock muscles"). */
const MUSCLE_WORDS = new WordSet(["muscle", "muscles", "muscel", "muscels"]);

/** Words that start a route from the buttock ("from the bum", "from my buttock"). */
const ROUTE_FROM = new WordSet(["from"]);

/** Words of the leg a route from the buttock may end at ("to the calf", "down to my foot"). */
const LEG_ENDS = new WordSet([
  "calf",
  "calves",
  "foot",
  "feet",
  "knee",
  "ankle",
  "heel",
  "toes",
  "toe",
  "shin",
  "thigh",
  "hamstring",
  "leg",
]);

/** Words that may stand between "to" and the leg part ("to the calf", "down into my left foot"). */
const BETWEEN = new WordSet([
  "the",
  "my",
  "left",
  "right",
  "back",
  "of",
  "down",
  "into",
  "to",
  "all",
  "way",
]);

/** Whether the buttock word at the end of `site` is followed by "muscle". */
const isMuscle = (reading: Reading, site: CueHit): boolean =>
  BUTTOCK_WORDS.at(reading, site.last - 1) && MUSCLE_WORDS.at(reading, site.last);

/**
 * Words of feeling lost or pins and needles: told along the route, the buttock's part of it stays saddle numbness
 * (the cautious reading).
 */
const NUMB_WORDS = new WordSet([
  "numb",
  "numbness",
  "numbish",
  "dead",
  "feel",
  "feeling",
  "sensation",
  "tingle",
  "tingles",
  "tingling",
  "tingly",
  "pins",
  "needles",
]);

/** Whether the sentence of `index` tells of feeling lost. */
const hasNumbInSentence = (reading: Reading, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index];
  for (let i = 0; i < reading.tokens.length; i += 1) {
    if (sentenceOf[i] === sentence && NUMB_WORDS.at(reading, i)) return true;
  }
  return false;
};

/** Whether `site` is where a route down the leg starts ("from the bum to the calf"), numbness not told. */
const isRouteStart = (reading: Reading, site: CueHit): boolean => {
  if (!BUTTOCK_WORDS.at(reading, site.last - 1) || hasNumbInSentence(reading, site.first))
    return false;
  const { tokens } = reading;
  const before = tokens[site.first - 1]?.norm;
  const beforeTwo = tokens[site.first - 2]?.norm;
  const opensRoute =
    ROUTE_FROM.at(reading, site.first - 1) ||
    ((before === "the" || before === "my") && ROUTE_FROM.at(reading, site.first - 2));
  if (!opensRoute && beforeTwo !== "from") return false;
  let i = site.last;
  const next = tokens[i]?.norm;
  if (next !== "to" && next !== "down" && next !== "into" && next !== "right" && next !== "all")
    return false;
  for (let steps = 0; steps < 6 && i < tokens.length; steps += 1, i += 1) {
    if (LEG_ENDS.at(reading, i)) return true;
    if (!BETWEEN.at(reading, i) && tokens[i]?.norm !== "right") return false;
  }
  return false;
};

/** Whether the saddle site `site` is a buttock muscle or the start of a route down a leg. */
export const isButtockRoute = (reading: Reading, site: CueHit): boolean =>
  isMuscle(reading, site) || isRouteStart(reading, site);
