/**
 * A linear, allocation-light tokenizer shared by everything that reads text (patients' messages and health
 * pages). One pass over the UTF-16 code units; no regular expressions over the input.
 *
 * Each token keeps its offsets into the original text, so every later stage can point back at the patient's
 * own words. `norm` is the matching form: lower case, apostrophes dropped inside words ("can't", "can’t" and
 * "cant" all become "cant"), runs of three or more of the same letter collapsed ("numbbb" -> "numb",
 * "soooo" -> "so").
 */

import type { TokenArena } from "./token-arena";
import { HASH_SEED, hashStep } from "./word-table";
import type { WordTable } from "./word-table";

export type TokenKind = "word" | "number" | "punct";

export type Token = {
  kind: TokenKind;
  /** Matching form (see above). For punctuation, the character itself with curly quotes and dashes folded. */
  norm: string;
  /** UTF-16 offset of the first code unit in the original text. */
  start: number;
  /** UTF-16 offset just past the last code unit (exclusive). */
  end: number;
  /** Whitespace containing a line break (or a paragraph/list boundary) comes before this token. */
  afterBreak: boolean;
};

const enum Cls {
  Space,
  Break,
  Letter,
  Digit,
  Apostrophe,
  Punct,
  Ignore,
}

const classify = (code: number): Cls => {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return Cls.Letter;
    if (code >= 0x30 && code <= 0x39) return Cls.Digit;
    if (code === 0x0a || code === 0x0d) return Cls.Break;
    if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c) return Cls.Space;
    if (code === 0x27) return Cls.Apostrophe;
    if (code < 0x20 || code === 0x7f) return Cls.Space;
    return Cls.Punct;
  }
  // Non-breaking, thin and other Unicode spaces.
  if (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  ) {
    return Cls.Space;
  }
  if (code === 0x2028 || code === 0x2029 || code === 0x85) return Cls.Break;
  // Zero-width characters and soft hyphens are invisible: skip them inside words.
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xad || code === 0xfeff)
    return Cls.Ignore;
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032)
    return Cls.Apostrophe;
  // Surrogates (emoji and other astral characters) and symbols are punctuation-like separators.
  if (code >= 0xd800 && code <= 0xdfff) return Cls.Punct;
  // General punctuation block (dashes, quotes, bullets) and a few symbols.
  if ((code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e)) return Cls.Punct;
  if (code === 0xd7 || code === 0xf7 || (code >= 0xa1 && code <= 0xbf)) return Cls.Punct;
  // Arrows ("7→5→3", "6➡4"): separators between the numbers they join, not letters of one word with them.
  if (
    (code >= 0x2190 && code <= 0x21ff) ||
    (code >= 0x2794 && code <= 0x27bf) ||
    (code >= 0x27f0 && code <= 0x27ff) ||
    (code >= 0x2900 && code <= 0x297f) ||
    (code >= 0x2b00 && code <= 0x2b2f)
  )
    return Cls.Punct;
  // Latin-1 letters and every other script count as letters (so Arabic or Hebrew words form tokens too).
  return Cls.Letter;
};

/** Single ASCII characters as strings, made once (most punctuation on a page is ASCII). */
const ASCII = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));

/** The matching form of the punctuation mark of `width` code units at `at`: dashes, quotes and bullets folded. */
const foldPunct = (text: string, at: number, width: number): string => {
  const code = text.charCodeAt(at);
  if (code < 0x80) return ASCII[code] ?? "";
  switch (code) {
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return "-";
    case 0x201c:
    case 0x201d:
    case 0x201e:
      return '"';
    case 0x2022:
    case 0x2023:
    case 0x25e6:
    case 0x2043:
      return "\u2022";
    case 0x2026:
      return ".";
    default:
      return text.slice(at, at + width);
  }
};

/** Collapses runs of 3+ identical characters in a lower-cased word to one ("numbbb" -> "numb"). */
const collapseRuns = (lower: string): string => {
  // One pass: a run of three or more identical characters keeps one of them, shorter runs stay as written.
  let out = "";
  let k = 0;
  while (k < lower.length) {
    const c = lower.charCodeAt(k);
    let end = k + 1;
    while (end < lower.length && lower.charCodeAt(end) === c) end += 1;
    out += end - k >= 3 ? lower.charAt(k) : lower.slice(k, end);
    k = end;
  }
  return out;
};

/** Whether a lower-cased word has a run of 3+ identical characters. */
const hasRun = (lower: string): boolean => {
  for (let k = 2; k < lower.length; k += 1) {
    const c = lower.charCodeAt(k);
    if (c === lower.charCodeAt(k - 1) && c === lower.charCodeAt(k - 2)) return true;
  }
  return false;
};

/** The classes of Latin-1 (most page text), looked up rather than computed in the tokenizer's inner loop. */
const LATIN1 = Uint8Array.from({ length: 0x100 }, (_, code) => classify(code));

const classOf = (code: number): Cls => (code < 0x100 ? (LATIN1[code] as Cls) : classify(code));

/** How a reader wants some tokens read; applied while tokenizing, so no second pass over the tokens. */
export type TokenizeOptions = {
  /** Words read as another norm, or left out (`null`). A left-out token takes its line break with it. */
  readonly forms?: ReadonlyMap<string, string | null>;
  /** The norm every number gets instead of its digits. */
  readonly numberNorm?: string;
  /** A (folded) punctuation character left out. */
  readonly dropPunct?: string;
  /** Where the token objects come from (reused; see `TokenArena`). Without one, every token is a new object. */
  readonly arena?: TokenArena;
  /**
   * Words whose norm is the table's own string: a plain word found there is not sliced out of the text. With an
   * arena, each token's id in the table is kept beside it (`TokenArena.idsSince`), so a reader looks no word up
   * twice.
   */
  readonly words?: WordTable;
};

/** Texting spellings of a day that start with a digit, and the word each stands for. */
const DIGIT_SHORTHANDS: ReadonlyMap<string, string> = new Map([
  ["2day", "today"],
  ["2nite", "tonight"],
  ["2night", "tonight"],
  ["2moro", "tomorrow"],
  ["2morrow", "tomorrow"],
  ["2mrw", "tomorrow"],
  ["2moz", "tomorrow"],
]);

/** The longest shorthand's length ("2morrow"). */
const SHORTHAND_MAX = 7;

/**
 * The texting spelling of a day starting at `i` (a digit), as a whole word (no letter or digit right after), with
 * where it ends; else undefined.
 */
const digitShorthandAt = (text: string, i: number): { word: string; end: number } | undefined => {
  if (text.charCodeAt(i) !== 0x32 || classOf(text.charCodeAt(i + 1)) !== Cls.Letter)
    return undefined;
  let end = i + 1;
  while (
    end < text.length &&
    end - i <= SHORTHAND_MAX &&
    classOf(text.charCodeAt(end)) === Cls.Letter
  )
    end += 1;
  if (end < text.length) {
    const after = classOf(text.charCodeAt(end));
    if (after === Cls.Letter || after === Cls.Digit) return undefined;
  }
  const word = DIGIT_SHORTHANDS.get(text.slice(i, end).toLowerCase());
  return word === undefined ? undefined : { word, end };
};

/** Splits text into word, number and punctuation tokens with their UTF-16 offsets. Total on any string. */
export const tokenize = (text: string, options: TokenizeOptions = {}): Token[] => {
  const { forms, numberNorm, dropPunct, arena, words } = options;
  // With an arena the tokens are taken from it in order, and come back in one array of the right length.
  const tokens: Token[] = [];
  const first = arena?.mark() ?? 0;
  const length = text.length;
  let i = 0;
  let sawBreak = true;
  while (i < length) {
    const kind = classOf(text.charCodeAt(i));
    if (kind === Cls.Space || kind === Cls.Ignore) {
      i += 1;
      continue;
    }
    if (kind === Cls.Break) {
      sawBreak = true;
      i += 1;
      continue;
    }
    // "2day", "2nite", "2moro": texting spellings of a day, read as the word ("manipulated 2day" is today, not
    // two days).
    if (kind === Cls.Digit) {
      const shorthand = digitShorthandAt(text, i);
      if (shorthand !== undefined) {
        const id = words === undefined ? -1 : words.idOf(shorthand.word);
        if (arena) arena.take("word", shorthand.word, i, shorthand.end, sawBreak, id);
        else
          tokens.push({
            kind: "word",
            norm: shorthand.word,
            start: i,
            end: shorthand.end,
            afterBreak: sawBreak,
          });
        sawBreak = false;
        i = shorthand.end;
        continue;
      }
    }
    if (kind === Cls.Letter || kind === Cls.Digit) {
      const start = i;
      const isNumber = kind === Cls.Digit;
      // Pieces of the word before an invisible character or an inner apostrophe (both left out of the norm).
      let pieces = "";
      let pieceStart = i;
      // Most words are plain lower-case ASCII: their norm is a slice of the text, with no lower-casing and with
      // runs of letters noticed on the way.
      let plain = true;
      let run = false;
      let previous = -1;
      let beforePrevious = -1;
      // The hash of the word as written (`WordTable`), for a plain word to be found without slicing it.
      let hash = HASH_SEED;
      while (i < length) {
        const code = text.charCodeAt(i);
        const c = classOf(code);
        if (c === Cls.Letter || c === Cls.Digit) {
          if (isNumber && c === Cls.Letter) break; // "7and" -> "7", "and"
          if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) plain = false;
          else if (code === previous && code === beforePrevious) run = true;
          beforePrevious = previous;
          previous = code;
          hash = hashStep(hash, code);
          i += 1;
          continue;
        }
        if (c === Cls.Ignore) {
          pieces += text.slice(pieceStart, i);
          i += 1;
          pieceStart = i;
          continue;
        }
        // An apostrophe between letters stays inside the word and is dropped from its norm.
        if (
          c === Cls.Apostrophe &&
          !isNumber &&
          i + 1 < length &&
          classOf(text.charCodeAt(i + 1)) === Cls.Letter
        ) {
          pieces += text.slice(pieceStart, i);
          i += 1;
          pieceStart = i;
          continue;
        }
        // A decimal point inside a number ("2.5") stays.
        if (
          isNumber &&
          code === 0x2e &&
          i + 1 < length &&
          classOf(text.charCodeAt(i + 1)) === Cls.Digit
        ) {
          hash = hashStep(hash, code);
          i += 1;
          continue;
        }
        break;
      }
      let norm: string;
      // The norm's id in `words` (-1 without a table or for a word not in it).
      let id: number;
      if (pieces === "" && (isNumber ? numberNorm === undefined : plain && !run)) {
        // Digits, or a plain lower-case word: the text as written, found in the table without slicing it.
        id = words === undefined ? -1 : words.idOfRange(text, start, i, hash);
        norm = id < 0 ? text.slice(start, i) : (words?.words[id] ?? "");
      } else {
        if (isNumber) norm = numberNorm ?? pieces + text.slice(pieceStart, i);
        else if (pieces === "" && plain) norm = collapseRuns(text.slice(start, i));
        else {
          norm = (pieces + text.slice(pieceStart, i)).toLowerCase();
          if (hasRun(norm)) norm = collapseRuns(norm);
        }
        id = words === undefined ? -1 : words.idOf(norm);
        if (id >= 0) norm = words?.words[id] ?? norm;
      }
      const form = isNumber ? undefined : forms?.get(norm);
      if (form === null) {
        sawBreak = false;
        continue;
      }
      if (form !== undefined) {
        norm = form;
        id = words === undefined ? -1 : words.idOf(form);
      }
      const tokenKind = isNumber ? "number" : "word";
      if (arena) arena.take(tokenKind, norm, start, i, sawBreak, id);
      else tokens.push({ kind: tokenKind, norm, start, end: i, afterBreak: sawBreak });
      sawBreak = false;
      continue;
    }
    // Punctuation (and a lone apostrophe): one token per code unit; astral pairs stay together.
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const norm = kind === Cls.Apostrophe ? "'" : foldPunct(text, i, width);
    if (norm !== dropPunct) {
      if (arena) arena.take("punct", norm, i, i + width, sawBreak, words ? words.idOf(norm) : -1);
      else tokens.push({ kind: "punct", norm, start: i, end: i + width, afterBreak: sawBreak });
    }
    sawBreak = false;
    i += width;
  }
  return arena ? arena.takenSince(first) : tokens;
};
