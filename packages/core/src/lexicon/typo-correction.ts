import type { Token } from "../text/tokenize";

/**
 * Corrects likely misspellings of lexicon words ("rigth" -> "right", "numbess" -> "numbness", "sciatia" ->
 * "sciatica") with one edit (insertion, deletion, substitution or swap of neighbours), using a symmetric-delete
 * index: each lookup costs a few map probes per token, so correction stays linear in the text.
 *
 * Guards against false corrections: only words of five or more letters are corrected, the first letter must
 * agree, words the lexicon already knows stay as they are, and a short list of common English words that sit one
 * edit from a lexicon word ("stood" / "stool") is never touched. One wrong letter is corrected only in words of
 * seven or more letters, or when it is "y" written for "i" or the other way round ("groyn", "tyngly"), which sound
 * alike: no common English word is one such swap from a lexicon word.
 */
export type TypoCorrector = {
  /** The corrected norm of a word, or undefined when it is known or has no close lexicon word. */
  correctWord: (norm: string) => string | undefined;
  /** The tokens with misspelt words replaced by their correction; offsets are unchanged. */
  /** The token with its word corrected, or the token itself when nothing needs correcting. */
  correctToken: (token: Token) => Token;
};

const MIN_LENGTH = 5;
const MEMO_LIMIT = 20_000;

/** Common words one edit away from a lexicon word that must never be "corrected". */
const PROTECTED = new Set([
  // ("cleaving" is a tearing word)
  "cleaning",
  // (a "cancer scare" is no scar; "shake it out" is no shakes)
  "scare",
  "scares",
  // ("numb with dread" is no "dead"; "skipped the last set" and "sipped some water" are no slips)
  "dread",
  // (one letter from "she's" and from "cats", a pet)
  "shoes",
  "sheds",
  "coats",
  "chats",
  "carts",
  "casts",
  "skipped",
  "skipping",
  "sipped",
  "sipping",
  "shake",
  "stood",
  // (one letter from "slid", a fall: "a solid six", "a slide board")
  "solid",
  "slide",
  "slides",
  "sorry",
  "worry",
  "story",
  "stole",
  "their",
  "there",
  "these",
  "those",
  "where",
  "which",
  "while",
  "would",
  "could",
  "should",
  "about",
  "after",
  "again",
  "being",
  "every",
  "first",
  "great",
  "maybe",
  "never",
  "other",
  "since",
  "thing",
  "think",
  "today",
  "under",
  "until",
  "weird",
  "whole",
  "wrong",
  "weeks",
  "years",
  "hours",
  "times",
  "mother",
  "father",
  "sister",
  "brother",
  "stand",
  "sense",
  "bored",
  "board",
  "hated",
  "heated",
  "sweet",
  "short",
  "sport",
  "start",
  "stars",
  "spine",
  "spite",
  "trips",
  "tries",
  "tired",
  "faint",
  "paint",
  "point",
  "price",
  "prick",
  "bleed",
  "breed",
  "laugh",
  "light",
  "night",
  "might",
  "fight",
  "sight",
  "tight",
  "right",
  "write",
  "white",
  "quite",
  "quiet",
  "worst",
  "worse",
  "horse",
  "house",
  "mouse",
  // ("I skipped my exercises for a week" is no slip; "the hard stadium seats" are no night sweats)
  "skipped",
  "skipping",
  "seats",
  // (a possessive "bum's" is a saddle word; "bumps" and "groans" are not it)
  "bumps",
  "groans",
  // ("sorry spelling on my phone" is no swelling)
  "spelling",
  "spelled",
  "spells",
  // ("a solid six" is no "slid")
  "solid",
  // ("went shopping" is no "sopping"; "mine's worse" is no "mins"; "a sneeze" is no "sneezed")
  "shopping",
  "mines",
  "sneeze",
  // ("pilates-based physio" is no "bashed", a knock)
  "based",
  // ("my back twinged" is a twinge of pain, no "tinged" or tingle)
  "twinged",
  "twinging",
  "twingey",
  "twingy",
  // Words the red-flag readers know by their own spelling (word signs, not lexicon words), and everyday words, one
  // letter from another word: "my chest feels crushed" is no crash, "heating" no hearing, "seated" no sweat,
  // "drinking" no draining, "failing" no filling, "sagging" no snag.
  "crushed",
  "clamp",
  "flatter",
  "failing",
  "heating",
  "sagging",
  "seated",
  "breasts",
  "drinking",
  "raining",
  "calling",
  "lounger",
  "budget",
  // ("below the waist" is no wait)
  "waist",
  // (one letter from "mins", minutes: "my mind's gone numb" is no time)
  "minds",
]);

/** True when `a` and `b` differ only by two neighbouring letters swapped. */
const isNeighbourSwap = (a: string, b: string): boolean => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
};

/**
 * The word with one letter deleted, each way; first the deletions of a doubled letter, the likeliest slip of a
 * finger ("legss" is "legs" before it is "less").
 */
const deletions = (word: string): string[] => {
  const doubled: string[] = [];
  const others: string[] = [];
  for (let i = 0; i < word.length; i += 1) {
    const variant = word.slice(0, i) + word.slice(i + 1);
    if (word[i] === word[i - 1] || word[i] === word[i + 1]) doubled.push(variant);
    else others.push(variant);
  }
  return [...doubled, ...others];
};

/** Misspellings too short for the edit-distance rules (which start at five letters), as patients write them. */
const SHORT_MISSPELLINGS: ReadonlyMap<string, string> = new Map([
  ["numm", "numb"],
  ["numn", "numb"],
  ["nunb", "numb"],
  ["wek", "weak"],
  ["waek", "weak"],
  ["cnt", "cant"],
  ["cnat", "cant"],
  ["legz", "legs"],
  ["lges", "legs"],
  ["groyne", "groin"],
  // ("bottom" said as it sounds; a vowel for a vowel is too often another word to correct in general: "groan")
  ["bottum", "bottom"],
  ["bottem", "bottom"],
  ["buttox", "buttocks"],
  // ("hav to pres on my belly to get the pee out": pressing to pass water, with one "s")
  ["pres", "press"],
  ["pressin", "pressing"],
  ["strane", "strain"],
  // Scots spellings ("legs fine, nae pins and needles", "baith legs"): read as the English word.
  ["nae", "no"],
  ["baith", "both"],
]);

/** Letters written for each other because they sound alike ("groyn" for "groin", "tingli" for "tingly"). */
const SOUND_ALIKE: Readonly<Record<string, string>> = { i: "y", y: "i" };

/** The known word with one "i" and "y" swapped for the other (not the first letter), or undefined. */
const soundAlike = (norm: string, known: ReadonlySet<string>): string | undefined => {
  for (let i = 1; i < norm.length; i += 1) {
    const other = SOUND_ALIKE[norm[i] ?? ""];
    if (other === undefined) continue;
    const variant = norm.slice(0, i) + other + norm.slice(i + 1);
    if (known.has(variant)) return variant;
  }
  return undefined;
};

export const buildTypoCorrector = (vocabulary: Iterable<string>): TypoCorrector => {
  const known = new Set<string>();
  /** A one-letter deletion of a lexicon word -> that word (first one wins). */
  const byDeletion = new Map<string, string>();
  for (const word of vocabulary) known.add(word);
  for (const word of known) {
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
    for (const variant of deletions(word))
      if (!byDeletion.has(variant)) byDeletion.set(variant, word);
  }
  // No lexicon word is longer than this plus one letter, so longer words are never probed (keeps correction
  // linear on an endless "word").
  let maxLength = 0;
  for (const word of known) maxLength = Math.max(maxLength, word.length + 1);
  const sameStart = (a: string, b: string): boolean => a.charCodeAt(0) === b.charCodeAt(0);

  const correctWord = (norm: string): string | undefined => {
    if (
      norm.length < MIN_LENGTH ||
      norm.length > maxLength ||
      known.has(norm) ||
      PROTECTED.has(norm)
    ) {
      return undefined;
    }
    // A letter missing from the word ("numbess").
    const missing = byDeletion.get(norm);
    if (missing !== undefined && sameStart(missing, norm)) return missing;
    for (const variant of deletions(norm)) {
      // An extra letter ("tinglling", "pains").
      if (known.has(variant) && variant.length >= MIN_LENGTH - 1 && sameStart(variant, norm))
        return variant;
      // Two neighbouring letters swapped ("rigth"), or one wrong letter in a long word ("tinglimg").
      const swapped = byDeletion.get(variant);
      if (
        swapped?.length === norm.length &&
        sameStart(swapped, norm) &&
        (norm.length >= 7 || isNeighbourSwap(swapped, norm))
      )
        return swapped;
    }
    return soundAlike(norm, known);
  };

  // Corrections are pure, so remember them (bounded, so memory stays flat on endless input).
  const memo = new Map<string, string | null>();
  const correctCached = (norm: string): string | undefined => {
    const cached = memo.get(norm);
    if (cached !== undefined) return cached ?? undefined;
    const fixed = correctWord(norm);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(norm, fixed ?? null);
    return fixed;
  };

  const correctToken = (token: Token): Token => {
    if (token.kind !== "word") return token;
    const fixed =
      token.norm.length < MIN_LENGTH
        ? SHORT_MISSPELLINGS.get(token.norm)
        : (SHORT_MISSPELLINGS.get(token.norm) ?? correctCached(token.norm));
    return fixed === undefined ? token : { ...token, norm: fixed };
  };

  return { correctWord, correctToken };
};
