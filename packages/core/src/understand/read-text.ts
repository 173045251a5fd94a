import { compileLexicon, outermostHits } from "../lexicon/compile-lexicon";
import type { LexiconHit } from "../lexicon/compile-lexicon";
import type { LexiconEntry } from "../lexicon/lexicon-entry";
import { CONCEPT_ENTRIES } from "../lexicon/lexicon";
import { checkPreparedAsIs, leavesAsIs, prepareWithIds } from "../lexicon/prepare-tokens";
import type { TypoCorrector } from "../lexicon/typo-correction";
import { flatMatcherOf, MatchBuffer } from "../text/flat-trie";
import { bindWordSets, presentIds, wordSetWords } from "../text/word-set";
import { WordTable } from "../text/word-table";
import type { FlatMatcher } from "../text/flat-trie";
import type { PhraseMatch } from "../text/phrase-matcher";
import type { TokenArena } from "../text/token-arena";
import { tokenize } from "../text/tokenize";
import type { Token } from "../text/tokenize";
import { compileCues, CUE_INDEX, CUE_KINDS, CUE_PLACES } from "./cues";
import type { CueKind } from "./cues";
import { numberWords } from "./numbers";
import { segment } from "./segment";
import type { Segments } from "./segment";

/** A cue occurrence in prepared tokens (`value` is its kind): the matcher's own match, not a copy. */
export type CueHit = PhraseMatch<CueKind>;

/** Everything the later stages need about one text, computed once. */
export type Reading = {
  text: string;
  tokens: readonly Token[];
  /**
   * Each token's id in the reader's word table (-1 for a word not in it): the norm is the table's word of that id.
   * What `WordSet.at` reads.
   */
  ids: Int32Array;
  /** Lexicon matches, without those inside a longer match. */
  hits: readonly LexiconHit[];
  /** The cues of each kind, at the kind's place in `CUE_KINDS` (undefined for kinds not found). */
  cues: readonly (readonly CueHit[] | undefined)[];
  segments: Segments;
  /** Token indexes covered by a lexicon match or a cue that is not itself a negation (1), else 0. */
  masked: Int32Array;
  /**
   * Per token, the last status worked out for a span starting there (`statusOf` keeps it: a message's drafts ask
   * for the same span's status again and again); 0 where none is kept yet.
   */
  statusKept: Int32Array;
  /** A bit for each word id the tokens hold (see `presentIds`): what `WordSet.anyIn` reads. */
  present: Uint32Array;
  /**
   * Who the patient is when someone else types (see `proxy-frame.ts`): worked out on first use, `FRAME_UNKNOWN`
   * (-2) until then.
   */
  proxyPatient: number;
};

/** What reads a message: the lexicon and the cues, as flat tries over one numbering of their words. */
type Reader = {
  /** The lexicon's typo corrector, which also knows the cue words ("rigth" -> "right"). */
  corrector: TypoCorrector;
  /** Every word of the lexicon and the cues, numbered as the tries number them: each token is looked up once. */
  words: WordTable;
  lexiconTrie: FlatMatcher<LexiconEntry>;
  cueTrie: FlatMatcher<CueKind>;
};

/**
 * Compiles the reader. Only the flat tries and the corrector are kept: the compiled lexicon and cues (tries of
 * maps) are let go once flattened, so the heap that every young-generation collection has to scan stays small.
 */
const compileReader = (): Reader => {
  const cues = compileCues();
  // The cue words and the number words are known words too: none of them is corrected into a lexicon word.
  const lexicon = compileLexicon(CONCEPT_ENTRIES, {
    extraVocabulary: [...cues.vocabulary, ...numberWords()],
  });
  const numbering = new Map<string, number>();
  const lexiconTrie = flatMatcherOf(lexicon.flatten(numbering), lexicon.entries);
  const cueTrie = flatMatcherOf(
    cues.flatten((kind) => CUE_INDEX[kind], numbering),
    CUE_KINDS,
  );
  // The words of the word sets the reading asks about (`WordSet.at`), numbered after the tries' own: all but those
  // preparing would change (a word found in the table is taken as written, so numbering one of those would stop
  // its correction).
  for (const word of wordSetWords())
    if (!numbering.has(word) && leavesAsIs(word, lexicon.corrector))
      numbering.set(word, numbering.size);
  // (a Map iterates in insertion order, which is the order `flatten` numbered the words in)
  const words = new WordTable(numbering.keys());
  checkPreparedAsIs(words.words, lexicon.corrector);
  bindWordSets(words);
  return { corrector: lexicon.corrector, words, lexiconTrie, cueTrie };
};

/** Compiled on first use, so importing this module does no work. */
let reader: Reader | undefined;

const NO_CUES: readonly CueHit[] = [];

/**
 * The lists a reading's matches are collected in before they are sorted into hits and cue lists: used only inside
 * `readText`, which never reads another text while it holds them, so one of each serves every reading.
 */
const LEXICON_MATCHES = new MatchBuffer<LexiconEntry>();
const CUE_MATCHES = new MatchBuffer<CueKind>();

/**
 * Cue kinds that mask nothing: negations and terminators are what masking hides other words from, and "when I was"
 * is only looked up beside an age (masking it would hide ordinary words from the normality checks).
 */
const UNMASKED: ReadonlySet<CueKind> = new Set([
  "neg-pre",
  "neg-post",
  "terminator",
  "when-i-was",
  // ("no erection or bladder issues": its "no" still denies what it lists)
  "sex-absent",
]);
/** `UNMASKED` by a kind's place in `CUE_KINDS` (1 for a kind that masks nothing). */
const UNMASKED_AT = Int32Array.from(CUE_KINDS, (kind) => (UNMASKED.has(kind) ? 1 : 0));

/**
 * Reads one text. With an `arena`, the tokens are the arena's (see `TokenArena`): the reading may then be used
 * only inside the caller's token scope.
 */
export const readText = (text: string, arena?: TokenArena): Reading => {
  const { corrector, words, lexiconTrie, cueTrie } = (reader ??= compileReader());
  const mark = arena?.mark() ?? 0;
  const tokens = tokenize(text, arena === undefined ? { words } : { arena, words });
  const takeInts = arena === undefined ? newInts : (length: number) => arena.takeInts(length);
  const ids = prepareWithIds(
    tokens,
    corrector,
    words,
    arena?.idsSince(mark),
    takeInts(tokens.length),
    true,
  );
  lexiconTrie.collectByIds(tokens, ids, LEXICON_MATCHES, arena);
  const hits = outermostHits(LEXICON_MATCHES.items, LEXICON_MATCHES.count);
  const masked = takeInts(tokens.length);
  for (const hit of hits) masked.fill(1, hit.first, hit.last);
  cueTrie.collectByIds(tokens, ids, CUE_MATCHES, arena);
  const cues = cueLists(CUE_MATCHES, masked);
  const terminators = cues[CUE_INDEX.terminator] ?? NO_CUES;
  const segments = segment(text, tokens, terminators, takeInts);
  return {
    text,
    tokens,
    ids,
    hits,
    cues,
    segments,
    masked,
    statusKept: takeInts(tokens.length),
    present: presentIds(ids, words.size),
    proxyPatient: -2,
  };
};

const newInts = (length: number): Int32Array => new Int32Array(length);

/** How many cues of each kind a reading found (reused: `cueLists` finishes with it before it returns). */
const CUE_COUNTS = new Int32Array(CUE_KINDS.length);
/** Each match's kind's place, looked up once for both passes of `cueLists` (reused, grown as needed). */
let matchPlaces = new Int32Array(1_024);

/**
 * The cue matches sorted into one list per kind found (in text order, as matched), each list made at its final
 * size: grown one push at a time they cost several copies each. Multi-word cues that contain a negation word
 * ("not improving", "no idea", "cant feel") are marked in `masked`.
 */
const cueLists = (matches: MatchBuffer<CueKind>, masked: Int32Array): (CueHit[] | undefined)[] => {
  CUE_COUNTS.fill(0);
  if (matchPlaces.length < matches.count) matchPlaces = new Int32Array(matches.count * 2);
  for (let m = 0; m < matches.count; m += 1) {
    const match = matches.items[m];
    if (match === undefined) break;
    const index = CUE_PLACES.get(match.value) ?? 0;
    matchPlaces[m] = index;
    CUE_COUNTS[index] = (CUE_COUNTS[index] ?? 0) + 1;
    if (UNMASKED_AT[index] === 0 && match.last - match.first > 1)
      masked.fill(1, match.first, match.last);
  }
  // A list only for the kinds found (`cuesOf` answers the others with an empty one).
  const cues = new Array<CueHit[] | undefined>(CUE_KINDS.length).fill(undefined);
  for (let m = 0; m < matches.count; m += 1) {
    const match = matches.items[m];
    if (match === undefined) break;
    const index = matchPlaces[m] ?? 0;
    let list = cues[index];
    if (list === undefined) {
      list = new Array<CueHit>(CUE_COUNTS[index] ?? 0);
      cues[index] = list;
      // (filled from the front: the count left says where the next one goes)
      CUE_COUNTS[index] = 0;
    }
    const at = CUE_COUNTS[index] ?? 0;
    list[at] = match;
    CUE_COUNTS[index] = at + 1;
  }
  return cues;
};

/** The cues of one kind. */
export const cuesOf = (reading: Reading, kind: CueKind): readonly CueHit[] =>
  reading.cues[CUE_PLACES.get(kind) ?? -1] ?? NO_CUES;

/**
 * A cue kind's place in a reading's `cues`, looked up once when a module loads: the status checks ask for the same
 * few kinds over a thousand times a message, and `cuesAt` with a place saves each of those a hash lookup.
 */
export const cuePlace = (kind: CueKind): number => CUE_PLACES.get(kind) ?? -1;

/** The cues at a place from `cuePlace`: the same list as `cuesOf` with that kind. */
export const cuesAt = (reading: Reading, place: number): readonly CueHit[] =>
  reading.cues[place] ?? NO_CUES;

/** The place in `cues` (in text order) of the first cue at or after token `token`: a binary search. */
export const cueIndexFrom = (
  cues: readonly { readonly first: number }[],
  token: number,
): number => {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cues[middle]?.first ?? token) < token) low = middle + 1;
    else high = middle;
  }
  return low;
};

/** The first token of the sentence of token `index`. */
export const sentenceStartOf = (reading: Reading, index: number): number =>
  reading.segments.sentenceStarts[reading.segments.sentenceOf[index] ?? 0] ?? 0;
