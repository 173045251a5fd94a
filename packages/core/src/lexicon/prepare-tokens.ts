import type { Token } from "../text/tokenize";
import { WordTable } from "../text/word-table";
import { DIALECT_WORDS, dialectWord } from "./dialect-words";
import { LEARNER_WORDS, learnerForm } from "./learner-forms";
import type { TypoCorrector } from "./typo-correction";

/** A hyphen written between two words with no spaces ("jelly-legs", "pins-and-needles") joins them. */
const isJoiningHyphen = (
  before: Token | undefined,
  token: Token,
  after: Token | undefined,
): boolean =>
  before !== undefined &&
  after !== undefined &&
  token.kind === "punct" &&
  token.norm === "-" &&
  before.kind !== "punct" &&
  after.kind !== "punct" &&
  before.end === token.start &&
  token.end === after.start;

/**
 * A quote mark written against a word ("my foot felt 'asleep'", "went \"dead\""): scare quotes around the patient's
 * own word, which would otherwise stand between it and the words it goes with.
 */
const isQuoteAgainstWord = (
  before: Token | undefined,
  token: Token,
  after: Token | undefined,
): boolean =>
  token.kind === "punct" &&
  (token.norm === "'" || token.norm === '"') &&
  ((after !== undefined && after.kind !== "punct" && token.end === after.start) ||
    (before !== undefined && before.kind !== "punct" && before.end === token.start));

/** A lone "n" between two words is "and" as texted ("pins n needles", "on n off"). */
const isTextedAnd = (before: Token | undefined, token: Token, after: Token | undefined): boolean =>
  token.kind === "word" && token.norm === "n" && before?.kind === "word" && after?.kind === "word";

/**
 * Exercises named in two words, the first a symptom word ("dead bugs", "dead lift"): read as the one word they name
 * ("deadbugs", "deadlift"), so "some dead bugs" is no dead leg and "dead bugs were hard on me" no sign of anything.
 */
const JOINED_EXERCISES: ReadonlyMap<string, string> = new Map([
  ["bug", "deadbug"],
  ["bugs", "deadbugs"],
  ["lift", "deadlift"],
  ["lifts", "deadlifts"],
]);

/** The one word that "dead" and the word after it name, or undefined ("dead bugs" -> "deadbugs"). */
const joinedExercise = (token: Token, after: Token): string | undefined =>
  token.norm === "dead" && after.kind === "word" ? JOINED_EXERCISES.get(after.norm) : undefined;

/** No words: every token is checked for misspellings. */
const NO_WORDS = new WordTable([]);

/**
 * Readies tokens for lexicon matching: joining hyphens and quote marks against a word are dropped (so "jelly-legs"
 * matches "jelly legs" and "felt 'asleep'" matches "felt asleep"), "&" and a texted "n" read as "and" ("pins &
 * needles", "pins n needles"), and misspelt words are corrected. Offsets are kept, so matches still point at the
 * writer's own characters.
 *
 * The tokens are the caller's own, fresh from `tokenize`: they are readied in place and the same array comes
 * back. This runs on every message, so it makes no copy (a copy was a tenth of what reading a message allocated).
 */
export const prepareTokens = (tokens: Token[], corrector: TypoCorrector): Token[] => {
  prepareWithIds(tokens, corrector, NO_WORDS);
  return tokens;
};

/**
 * Readies tokens in place as `prepareTokens` does and returns each prepared token's word id in `words`, or -1
 * for a word not in it. Every word of `words` must be one the corrector leaves as it is (a reader checks that
 * once, when it compiles): a token found there needs no correcting. `known` are the tokens' ids as the tokenizer
 * found them (`TokenArena.idsSince`), which saves looking each word up again. `ids` (zeroed, one per token) is
 * where the ids go: a reader with an arena passes a view of its pool (`TokenArena.takeInts`), as a new typed array
 * per message costs more to make than to fill. With `readDialect` (a patient's message), dialect words are read
 * as the English words they stand for ("cannae" -> "cant", "pins an needles" -> "pins and needles"; see
 * `dialect-words.ts`), and a learner's forms as the standard ones ("my two leg" -> "my two legs"; see
 * `learner-forms.ts`).
 */
/** Per word of a table, 1 where the dialect or learner readers may read it as another word (made once per table). */
const otherReadings = new WeakMap<WordTable, Uint8Array>();
const readsAsOther = (words: WordTable): Uint8Array => {
  let marks = otherReadings.get(words);
  if (marks === undefined) {
    marks = new Uint8Array(words.size);
    for (const word of [...DIALECT_WORDS, ...LEARNER_WORDS]) {
      const id = words.idOf(word);
      if (id >= 0) marks[id] = 1;
    }
    otherReadings.set(words, marks);
  }
  return marks;
};

/** Whether the reader knows a word (for `learnerForm`), one function per table. */
const knownIn = new WeakMap<WordTable, (norm: string) => boolean>();
const isKnownIn = (words: WordTable): ((norm: string) => boolean) => {
  let isKnown = knownIn.get(words);
  if (isKnown === undefined) {
    isKnown = (norm) => words.idOf(norm) >= 0;
    knownIn.set(words, isKnown);
  }
  return isKnown;
};

export const prepareWithIds = (
  tokens: Token[],
  corrector: TypoCorrector,
  words: WordTable,
  known?: Int32Array,
  ids: Int32Array = new Int32Array(tokens.length),
  readDialect = false,
): Int32Array => {
  let kept = 0;
  let before: Token | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    // `before` is the token as written: the write below may already have replaced it in the array.
    const previous = before;
    before = token;
    if (
      isJoiningHyphen(previous, token, tokens[i + 1]) ||
      isQuoteAgainstWord(previous, token, tokens[i + 1])
    )
      continue;
    let ready = token;
    let id: number;
    const after = tokens[i + 1];
    const joined = after === undefined ? undefined : joinedExercise(token, after);
    // (read from the tokens as written: `previous` is, and the one after is not prepared yet; a word the table
    // knows is looked at only when it is one they may read as another, which most are not)
    const knownId = known === undefined ? -1 : (known[i] ?? -1);
    const dialect =
      readDialect && (knownId < 0 || readsAsOther(words)[knownId] === 1)
        ? (dialectWord(tokens, i, previous) ??
          learnerForm(previous, token, after, isKnownIn(words)))
        : undefined;
    if (dialect !== undefined) {
      ready = { ...token, norm: dialect };
      id = words.idOf(dialect);
    } else if (after !== undefined && joined !== undefined) {
      // (the second word is read with the first: `before` is it, as written)
      ready = { ...token, norm: joined, end: after.end };
      id = words.idOf(joined);
      before = after;
      i += 1;
    } else if (isTextedAnd(previous, token, tokens[i + 1])) {
      // Read by its place, not its spelling: a lone "n" may be a known word elsewhere.
      ready = { ...token, norm: "and" };
      id = words.idOf("and");
    } else {
      id = known === undefined ? words.idOf(token.norm) : (known[i] ?? -1);
      if (id < 0) {
        ready =
          token.kind === "punct" && token.norm === "&"
            ? { ...token, kind: "word", norm: "and" }
            : corrector.correctToken(token);
        if (ready !== token) id = words.idOf(ready.norm);
      }
    }
    tokens[kept] = ready;
    ids[kept] = id;
    kept += 1;
  }
  tokens.length = kept;
  return kept === ids.length ? ids : ids.subarray(0, kept);
};

/** Whether preparing leaves `norm` as written: the corrector keeps it, and it is not the "&" that reads as "and". */
export const leavesAsIs = (norm: string, corrector: TypoCorrector): boolean => {
  const token: Token = { kind: "word", norm, start: 0, end: 0, afterBreak: false };
  return norm !== "&" && corrector.correctToken(token) === token;
};

/**
 * Throws unless preparing leaves every word of `words` as it is, as `prepareWithIds` needs: no word of them is
 * corrected, and none is the "&" that reads as "and".
 */
export const checkPreparedAsIs = (words: Iterable<string>, corrector: TypoCorrector): void => {
  for (const norm of words) {
    if (!leavesAsIs(norm, corrector)) {
      throw new Error(`The reader's word ${JSON.stringify(norm)} would be changed by preparing it`);
    }
  }
};
