import type { Token } from "../text/tokenize";

/**
 * Scots and other dialect spellings in patients' messages, read as the English words they stand for: "It's a 9
 * oot o 10, cannae get comfy", "pins an needles doon ma right leg", "ma bladder's no workin right". A blind probe
 * written to the rules missed an emergency and two other signs told this way: the lexicon and the cues know
 * "cant", "down", "my" and "and", not "cannae", "doon", "ma" and "an", and a word the typo corrector does not know
 * stays as written (it corrects only into lexicon words, of five letters or more).
 *
 * Only messages are read so (`prepareWithIds` with `readDialect`); pages keep their words. Words that are also
 * English words are read by their place: "an" before a consonant ("pins an needles", not "an ache"), "ma" before
 * what it owns ("ma leg", not "my ma says"), "o" between two words ("9 oot o 10"), "ah" before a verb ("ah cannae",
 * not "ah well"), "no" before a word it cannot deny as a noun ("no able", "no as bad"; "no feeling" stays the
 * English sign).
 */

/** Dialect words that are no English words (or none a patient would write here), and what they stand for. */
export const DIALECT_FORMS: ReadonlyMap<string, string> = new Map([
  // The Scots negative "-nae" / "-na" / "-ny" ("cannae", "didna", "disny").
  ["cannae", "cant"],
  ["canna", "cant"],
  ["cannea", "cant"],
  ["dinnae", "dont"],
  ["dinna", "dont"],
  ["dinny", "dont"],
  ["didnae", "didnt"],
  ["didna", "didnt"],
  ["didny", "didnt"],
  ["couldnae", "couldnt"],
  ["couldna", "couldnt"],
  ["cudnae", "couldnt"],
  ["wouldnae", "wouldnt"],
  ["wouldna", "wouldnt"],
  ["widnae", "wouldnt"],
  ["shouldnae", "shouldnt"],
  ["shouldna", "shouldnt"],
  ["isnae", "isnt"],
  ["isna", "isnt"],
  ["isny", "isnt"],
  ["wasnae", "wasnt"],
  ["wasna", "wasnt"],
  ["wisnae", "wasnt"],
  ["wisny", "wasnt"],
  ["willnae", "wont"],
  ["wullnae", "wont"],
  ["winnae", "wont"],
  ["doesnae", "doesnt"],
  ["disnae", "doesnt"],
  ["disny", "doesnt"],
  ["hasnae", "hasnt"],
  ["hasna", "hasnt"],
  ["havnae", "havent"],
  ["havenae", "havent"],
  ["hivnae", "havent"],
  ["huvnae", "havent"],
  ["arenae", "arent"],
  ["urnae", "arent"],
  ["wernae", "werent"],
  ["werenae", "werent"],
  ["mustnae", "mustnt"],
  // Vowels of Scots ("oot", "doon", "aboot", "noo").
  ["oot", "out"],
  ["doon", "down"],
  ["aboot", "about"],
  ["roon", "round"],
  ["roond", "round"],
  ["noo", "now"],
  ["jist", "just"],
  ["wi", "with"],
  ["efter", "after"],
  ["fae", "from"],
  ["frae", "from"],
  ["afore", "before"],
  ["masel", "myself"],
  ["ony", "any"],
  ["onything", "anything"],
  ["naething", "nothing"],
  ["nuthin", "nothing"],
  ["nothin", "nothing"],
  ["somethin", "something"],
  ["nae", "no"],
  ["naw", "no"],
  ["baith", "both"],
  ["twa", "two"],
  ["yin", "one"],
  ["sair", "sore"],
  ["nicht", "night"],
  ["richt", "right"],
  ["awfy", "really"],
  ["gey", "very"],
  ["mair", "more"],
  ["ahm", "im"],
  ["ahve", "ive"],
  ["ahd", "id"],
  ["telt", "told"],
  ["gaun", "going"],
  ["wis", "was"],
  ["wid", "would"],
  ["hud", "had"],
  ["huv", "have"],
  ["dae", "do"],
  ["daein", "doing"],
  ["ain", "own"],
  ["heid", "head"],
  ["hame", "home"],
  ["watter", "water"],
  // Family ("ma maw has sciatica", "ma da's foot drop"): whose the symptom is rests on them.
  ["maw", "mum"],
  ["faither", "father"],
  ["mither", "mother"],
  ["lavvy", "toilet"],
  ["cludgie", "toilet"],
  // A dropped "g" in words too short for the typo corrector, or not in the lexicon ("lyin", "goin", "peein").
  ["lyin", "lying"],
  ["goin", "going"],
  ["doin", "doing"],
  ["peein", "peeing"],
  ["weein", "weeing"],
  ["pooin", "pooing"],
  ["gettin", "getting"],
  ["feelin", "feeling"],
  ["walkin", "walking"],
  ["standin", "standing"],
  ["sleepin", "sleeping"],
  ["mornin", "morning"],
  ["evenin", "evening"],
  ["killin", "killing"],
]);

/** Words after which "ma" is a mother ("my ma says", "oor ma"), not "my". */
const MA_OWNERS = new Set([
  "my",
  "me",
  "our",
  "oor",
  "his",
  "her",
  "your",
  "yer",
  "their",
  "the",
  "a",
]);
/** Words after "ma" that tell of her ("ma says", "ma has sciatica", "ma and me"). */
const MA_ACTS = new Set([
  "s",
  "has",
  "had",
  "is",
  "was",
  "wis",
  "says",
  "said",
  "thinks",
  "reckons",
  "told",
  "telt",
  "wants",
  "keeps",
  "and",
  "an",
  "who",
  "gets",
  "got",
  "went",
  "goes",
  "does",
  "did",
  "will",
  "would",
  "can",
  "cant",
  "cannae",
  "used",
  "always",
  "too",
]);

/** Verbs after "ah" that make it "I" ("ah cannae feel", "ah woke up"), not the sigh ("ah well"). */
const AH_VERBS = new Set([
  "cannae",
  "canny",
  "cant",
  "can",
  "could",
  "couldnae",
  "couldnt",
  "dinnae",
  "dont",
  "didnae",
  "didnt",
  "wasnae",
  "wisnae",
  "wasnt",
  "was",
  "wis",
  "have",
  "huv",
  "had",
  "hud",
  "am",
  "need",
  "think",
  "feel",
  "felt",
  "get",
  "got",
  "woke",
  "went",
  "fell",
  "keep",
  "kept",
  "wet",
  "peed",
  "just",
  "jist",
  "still",
  "really",
  "know",
  "ken",
  "thought",
  "tried",
  "tripped",
  "slipped",
  "noticed",
  "started",
  "lost",
  "never",
  "nearly",
  "only",
  "do",
  "dae",
  "did",
  "also",
  "hink",
]);

/** Words after "an" that make it "and": the vowel-initial words English never puts after "an" ("an it's"). */
const AN_AND_VOWELS = new Set([
  "i",
  "it",
  "its",
  "im",
  "ive",
  "id",
  "ill",
  "a",
  "an",
  "after",
  "efter",
  "again",
  "all",
  "also",
  "am",
  "are",
  "as",
  "at",
  "even",
  "ever",
  "everything",
  "if",
  "in",
  "is",
  "on",
  "only",
  "or",
  "out",
  "oot",
  "up",
  "us",
  "ah",
  "ahm",
]);
/** Words with "h" after "an" that make it "and" ("an he says", "an have"), not "an hour". */
const AN_AND_H = new Set([
  "he",
  "hes",
  "her",
  "his",
  "him",
  "have",
  "had",
  "has",
  "how",
  "here",
  "hurts",
  "hurt",
]);
/** Short words English never puts after "an" ("an ma legs", "an no bother"). */
const AN_AND_SHORT = new Set([
  "my",
  "me",
  "ma",
  "we",
  "so",
  "no",
  "to",
  "do",
  "go",
  "be",
  "wi",
  "ye",
  "nae",
]);
/** Words read by their letters, which take "an" in English ("an MRI", "an X-ray", "an NHS physio"). */
const LETTER_WORDS = new Set([
  "mri",
  "mris",
  "xray",
  "xrays",
  "nhs",
  "nsaid",
  "nsaids",
  "sti",
  "rta",
  "mrsa",
  "std",
]);

/** Words "no" stands for "not" before: none of them is a thing "no" can deny ("no able", "it's no as bad"). */
const NO_AS_NOT = new Set([
  "able",
  "working",
  "workin",
  "functioning",
  "sure",
  "as",
  "too",
  "that",
  "great",
  "well",
  "happy",
]);

/** Words after which "da" is the father ("ma da's foot drop"). */
const DA_OWNERS = new Set(["ma", "my", "me", "oor", "our", "yer", "your", "his", "her"]);

/** Words after which "tae" is the toe ("ma big tae"), not "to". */
const TAE_TOE = new Set([
  "big",
  "wee",
  "little",
  "ma",
  "my",
  "me",
  "left",
  "right",
  "the",
  "a",
  "his",
  "her",
  "sair",
]);
/** Words after which "canny" is the English word ("a canny move", "very canny"). */
const CANNY_WORD = new Set([
  "a",
  "the",
  "very",
  "so",
  "quite",
  "pretty",
  "more",
  "most",
  "too",
  "be",
  "is",
  "was",
  "s",
  "being",
]);

const isVowel = (ch: string): boolean =>
  ch === "a" || ch === "e" || ch === "i" || ch === "o" || ch === "u";

/** "an" as "and": between two words, before a consonant or a word English never puts after "an". */
const isAnAnd = (before: Token | undefined, after: Token | undefined): boolean => {
  if (before === undefined || after?.kind !== "word") return false;
  if (before.kind === "punct" && before.norm !== ",") return false;
  const next = after.norm;
  const first = next.charAt(0);
  if (isVowel(first)) return AN_AND_VOWELS.has(next);
  if (first === "h") return AN_AND_H.has(next);
  if (AN_AND_SHORT.has(next)) return true;
  // ("an MRI", "an x ray", "an L5 nerve root": read by its letters)
  return next.length > 2 && !LETTER_WORDS.has(next) && /[aeiouy]/.test(next);
};

/** "ma" as "my": before what it owns, not after an owner nor before a verb of hers. */
const isMaMy = (before: Token | undefined, after: Token | undefined): boolean =>
  after?.kind === "word" &&
  !MA_ACTS.has(after.norm) &&
  !(before !== undefined && MA_OWNERS.has(before.norm));

/** Every word `dialectWord` may read as another: the dialect forms and the words read from their neighbours. */
export const DIALECT_WORDS: ReadonlySet<string> = new Set([
  ...DIALECT_FORMS.keys(),
  "an",
  "ma",
  "o",
  "ah",
  "no",
  "tae",
  "da",
  "das",
  "canny",
]);

/**
 * The English word a dialect word at `i` stands for, or undefined when it is English as written. `before` is the
 * token before it as written, and the tokens from `i` on are as written (preparing rewrites the array behind it).
 */
export const dialectWord = (
  tokens: readonly Token[],
  i: number,
  before: Token | undefined,
): string | undefined => {
  const token = tokens[i];
  if (token?.kind !== "word") return undefined;
  const norm = token.norm;
  const always = DIALECT_FORMS.get(norm);
  if (always !== undefined) return always;
  const after = tokens[i + 1];
  switch (norm) {
    case "an":
      return isAnAnd(before, after) ? "and" : undefined;
    case "ma":
      return isMaMy(before, after) ? "my" : undefined;
    case "o":
      // ("9 oot o 10", "a lot o pain": a lone "o" between two words or numbers)
      return before !== undefined &&
        after !== undefined &&
        before.kind !== "punct" &&
        after.kind !== "punct"
        ? "of"
        : undefined;
    case "ah":
      return after !== undefined && AH_VERBS.has(after.norm) ? "i" : undefined;
    case "no":
      return after !== undefined && NO_AS_NOT.has(after.norm) ? "not" : undefined;
    case "tae":
      return before !== undefined && TAE_TOE.has(before.norm) ? undefined : "to";
    case "da":
      // ("ma da", "me da": the father; not "da" for "yes" in other tongues)
      return before !== undefined && DA_OWNERS.has(before.norm) ? "dad" : undefined;
    case "das":
      // ("ma da's 78": the father's, with its apostrophe dropped)
      return before !== undefined && DA_OWNERS.has(before.norm) ? "dads" : undefined;
    case "canny":
      return before !== undefined && CANNY_WORD.has(before.norm) ? undefined : "cant";
    default:
      return undefined;
  }
};
