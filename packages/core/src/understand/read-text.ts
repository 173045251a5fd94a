import { compileLexicon } from "../lexicon/compile-lexicon";
import type { LexiconHit } from "../lexicon/compile-lexicon";
import { CONCEPT_ENTRIES } from "../lexicon/lexicon";
import { tokenize } from "../text/tokenize";
import type { Token } from "../text/tokenize";
import { CUE_KINDS, CUE_MATCHER, CUE_VOCABULARY } from "./cues";
import type { CueKind } from "./cues";
import { segment } from "./segment";
import type { Segments } from "./segment";

/** A cue occurrence in prepared tokens. */
export type CueHit = {
  kind: CueKind;
  first: number;
  last: number;
  start: number;
  end: number;
};

/** Everything the later stages need about one text, computed once. */
export type Reading = {
  text: string;
  tokens: readonly Token[];
  /** Lexicon matches, with matches inside a longer match dropped. */
  hits: readonly LexiconHit[];
  cues: ReadonlyMap<CueKind, readonly CueHit[]>;
  segments: Segments;
  /** Token indexes covered by a lexicon match or a cue that is not itself a negation. */
  masked: Uint8Array;
};

/** The shared lexicon with a typo corrector that also knows the cue words ("rigth" -> "right"). */
const READER_LEXICON = compileLexicon(CONCEPT_ENTRIES, { extraVocabulary: CUE_VOCABULARY });

/** Drops matches whose tokens lie inside a longer match (keeps "numbness in both legs", drops "numbness"). */
const dropContained = (hits: readonly LexiconHit[]): LexiconHit[] =>
  hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          other.first <= hit.first &&
          other.last >= hit.last &&
          other.last - other.first > hit.last - hit.first,
      ),
  );

/** Keeps, per position, only a bounded window of candidates, so dropContained stays linear in practice. */
const dropContainedLinear = (hits: readonly LexiconHit[]): LexiconHit[] => {
  const kept: LexiconHit[] = [];
  // Hits come in token order; containment is only possible between hits that overlap, and a lexicon phrase
  // spans at most a dozen tokens, so each hit is compared with a short run of neighbours.
  for (let i = 0; i < hits.length; i += 1) {
    const hit = hits[i];
    if (hit === undefined) continue;
    const neighbours: LexiconHit[] = [hit];
    for (let j = i - 1; j >= 0; j -= 1) {
      const other = hits[j];
      if (other === undefined || other.last <= hit.first - 16) break;
      neighbours.push(other);
    }
    for (let j = i + 1; j < hits.length; j += 1) {
      const other = hits[j];
      if (other === undefined || other.first >= hit.last) break;
      neighbours.push(other);
    }
    if (dropContained(neighbours).includes(hit)) kept.push(hit);
  }
  return kept;
};

export const readText = (text: string): Reading => {
  const tokens = READER_LEXICON.prepare(tokenize(text));
  const hits = dropContainedLinear(READER_LEXICON.findAll(tokens));
  const cues = new Map<CueKind, CueHit[]>(CUE_KINDS.map((kind) => [kind, []]));
  for (const match of CUE_MATCHER.findAll(tokens)) {
    cues.get(match.value)?.push({
      kind: match.value,
      first: match.first,
      last: match.last,
      start: match.start,
      end: match.end,
    });
  }
  const clauseBreaks = new Set((cues.get("terminator") ?? []).map((cue) => cue.first));
  const masked = new Uint8Array(tokens.length);
  const mask = (first: number, last: number): void => {
    for (let i = first; i < last; i += 1) masked[i] = 1;
  };
  for (const hit of hits) mask(hit.first, hit.last);
  for (const [kind, list] of cues) {
    if (kind === "neg-pre" || kind === "neg-post" || kind === "terminator") continue;
    // Multi-word cues that contain a negation word ("not improving", "no idea", "cant feel") mask it.
    for (const cue of list) if (cue.last - cue.first > 1) mask(cue.first, cue.last);
  }
  return { text, tokens, hits, cues, segments: segment(tokens, clauseBreaks), masked };
};

/** The cues of one kind. */
export const cuesOf = (reading: Reading, kind: CueKind): readonly CueHit[] =>
  reading.cues.get(kind) ?? [];
