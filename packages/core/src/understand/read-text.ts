import { compileLexicon, lazyLexicon } from "../lexicon/compile-lexicon";
import type { LexiconHit } from "../lexicon/compile-lexicon";
import { CONCEPT_ENTRIES } from "../lexicon/lexicon";
import type { PhraseMatch } from "../text/phrase-matcher";
import type { TokenArena } from "../text/token-arena";
import { tokenize } from "../text/tokenize";
import type { Token } from "../text/tokenize";
import { CUE_MATCHER, cueVocabulary } from "./cues";
import type { CueKind } from "./cues";
import { segment } from "./segment";
import type { Segments } from "./segment";

/** A cue occurrence in prepared tokens (`value` is its kind): the matcher's own match, not a copy. */
export type CueHit = PhraseMatch<CueKind>;

/** Everything the later stages need about one text, computed once. */
export type Reading = {
  text: string;
  tokens: readonly Token[];
  /** Lexicon matches, without those inside a longer match. */
  hits: readonly LexiconHit[];
  cues: ReadonlyMap<CueKind, readonly CueHit[]>;
  segments: Segments;
  /** Token indexes covered by a lexicon match or a cue that is not itself a negation. */
  masked: Uint8Array;
};

/**
 * The shared lexicon with a typo corrector that also knows the cue words ("rigth" -> "right"), compiled on first
 * use.
 */
const READER_LEXICON = /* @__PURE__ */ lazyLexicon(CONCEPT_ENTRIES, () =>
  compileLexicon(CONCEPT_ENTRIES, { extraVocabulary: cueVocabulary() }),
);

const NO_CUES: readonly CueHit[] = [];

/**
 * Reads one text. With an `arena`, the tokens are the arena's (see `TokenArena`): the reading may then be used
 * only inside the caller's token scope.
 */
export const readText = (text: string, arena?: TokenArena): Reading => {
  const tokens = READER_LEXICON.prepare(tokenize(text, arena === undefined ? {} : { arena }));
  const hits = READER_LEXICON.findOutermost(tokens);
  // A list only for the kinds found (`cuesOf` answers the others with an empty one).
  const cues = new Map<CueKind, CueHit[]>();
  for (const match of CUE_MATCHER.findAll(tokens)) {
    const list = cues.get(match.value);
    if (list) list.push(match);
    else cues.set(match.value, [match]);
  }
  const clauseBreaks = new Set((cues.get("terminator") ?? NO_CUES).map((cue) => cue.first));
  const masked = new Uint8Array(tokens.length);
  const mask = (first: number, last: number): void => {
    for (let i = first; i < last; i += 1) masked[i] = 1;
  };
  for (const hit of hits) mask(hit.first, hit.last);
  cues.forEach((list, kind) => {
    if (kind === "neg-pre" || kind === "neg-post" || kind === "terminator") return;
    // Multi-word cues that contain a negation word ("not improving", "no idea", "cant feel") mask it.
    for (const cue of list) if (cue.last - cue.first > 1) mask(cue.first, cue.last);
  });
  return { text, tokens, hits, cues, segments: segment(text, tokens, clauseBreaks), masked };
};

/** The cues of one kind. */
export const cuesOf = (reading: Reading, kind: CueKind): readonly CueHit[] =>
  reading.cues.get(kind) ?? NO_CUES;
