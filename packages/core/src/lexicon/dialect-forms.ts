import type { Token } from "../text/tokenize";

/**
 * Scots spellings of everyday words, read as the English word they stand for: "I cannae feel anything doon there",
 * "the pills dinnae touch it", "9 oot o 10", "baith legs". The reading's words and patterns are English; a sign told
 * in Scots ("cannae feel" for "can't feel") was otherwise no sign at all. Only words that are no English word of
 * their own are here ("tae" is also a toe, "canny" is shrewd, "ken" is a name).
 */
const SCOTS: ReadonlyMap<string, string> = new Map([
  ["cannae", "cant"],
  ["canna", "cant"],
  ["dinnae", "dont"],
  ["dinna", "dont"],
  ["didnae", "didnt"],
  ["didna", "didnt"],
  ["doesnae", "doesnt"],
  ["disnae", "doesnt"],
  ["isnae", "isnt"],
  ["wisnae", "wasnt"],
  ["wasnae", "wasnt"],
  ["couldnae", "couldnt"],
  ["couldna", "couldnt"],
  ["wouldnae", "wouldnt"],
  ["widnae", "wouldnt"],
  ["shouldnae", "shouldnt"],
  ["havnae", "havent"],
  ["havenae", "havent"],
  ["hivnae", "havent"],
  ["hasnae", "hasnt"],
  ["willnae", "wont"],
  ["arenae", "arent"],
  ["doon", "down"],
  ["oot", "out"],
  ["aboot", "about"],
  ["ain", "own"],
  ["sair", "sore"],
  ["nicht", "night"],
  ["heid", "head"],
  ["awfy", "awful"],
  ["frae", "from"],
  ["fae", "from"],
  ["baith", "both"],
  ["twa", "two"],
  ["hame", "home"],
  ["efter", "after"],
  ["afore", "before"],
  ["masel", "myself"],
  ["watter", "water"],
  ["dae", "do"],
  ["daein", "doing"],
  ["yer", "your"],
]);

/** Words before "ma" that make it a mother ("my ma", "me ma", "the ma"), not "my". */
const MOTHER_BEFORE = new Set([
  "my",
  "me",
  "our",
  "his",
  "her",
  "your",
  "yer",
  "their",
  "the",
  "a",
  "and",
]);

/** Words after "ma" that make it a mother doing or having something ("ma said", "ma's got"), not "my". */
const MOTHER_AFTER = new Set([
  "says",
  "said",
  "has",
  "had",
  "is",
  "was",
  "s",
  "got",
  "fell",
  "thinks",
  "reckons",
  "told",
  "asked",
  "keeps",
  "and",
  "will",
  "would",
  "pa",
  "too",
]);

/** Words of two before a leg or foot left singular, as in a learner's English ("my two leg have pain", "both foot"). */
const TWO = new Set(["two", "2", "both", "baith"]);

/** The plural of a leg or foot told after a word of two. */
const PLURAL: ReadonlyMap<string, string> = new Map([
  ["leg", "legs"],
  ["foot", "feet"],
]);

/** Words after "two leg" that make it an exercise's name ("two leg raises", "a two foot hop"), not two legs. */
const EXERCISE_AFTER = new Set([
  "raise",
  "raises",
  "lift",
  "lifts",
  "press",
  "presses",
  "curl",
  "curls",
  "extension",
  "extensions",
  "bridge",
  "bridges",
  "stretch",
  "stretches",
  "exercise",
  "exercises",
  "squat",
  "squats",
  "hop",
  "hops",
  "jump",
  "jumps",
  "balance",
  "stand",
  "swings",
  "swing",
  "day",
  "days",
  "work",
  "version",
  "variation",
]);

/** "And" as written between "pins" and "needles". */
const AND = new Set(["and", "n", "&"]);

const isWord = (token: Token | undefined): boolean => token !== undefined && token.kind !== "punct";

/**
 * The English word a dialect or texted word stands for, or undefined: the Scots words above; "ma" for "my" ("ma
 * back's killin me") unless it is a mother; "o" for "of" between two words ("9 oot o 10", "a lot o pain"); and a
 * leg or foot left singular after a word of two ("my two leg have pain", "both foot"); "pins and
 * needle" as "pins and needles"; a
 * word with its final "g" dropped ("killin", "lyin", "sittin") when the word with it is one `isKnown` knows and the
 * word as written is not (so "cabin", "begin" or "within" stay as they are).
 */
export const dialectForm = (
  before: Token | undefined,
  token: Token,
  after: Token | undefined,
  isKnown: (norm: string) => boolean,
): string | undefined => {
  if (token.kind !== "word") return undefined;
  const norm = token.norm;
  const scots = SCOTS.get(norm);
  if (scots !== undefined) return scots;
  if (norm === "ma") {
    if (before !== undefined && MOTHER_BEFORE.has(before.norm)) return undefined;
    if (!isWord(after) || (after !== undefined && MOTHER_AFTER.has(after.norm))) return undefined;
    return "my";
  }
  const plural = PLURAL.get(norm);
  if (plural !== undefined) {
    if (before === undefined || !TWO.has(before.norm)) return undefined;
    if (after !== undefined && EXERCISE_AFTER.has(after.norm)) return undefined;
    return plural;
  }
  // "pins and needle", "pin and needles": the one phrase of the sensation, in either number.
  if (norm === "needle" && before !== undefined && AND.has(before.norm)) return "needles";
  if (norm === "pin" && after !== undefined && AND.has(after.norm)) return "pins";
  if (norm === "o") return isWord(before) && isWord(after) ? "of" : undefined;
  if (norm.length >= 4 && norm.endsWith("in") && !isKnown(norm) && isKnown(`${norm}g`))
    return `${norm}g`;
  return undefined;
};
