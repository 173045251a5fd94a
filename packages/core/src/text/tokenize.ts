/**
 * A linear, allocation-light tokenizer shared by everything that reads text (patients' messages and health
 * pages). One pass over the UTF-16 code units; no regular expressions over the input.
 *
 * Each token keeps its offsets into the original text, so every later stage can point back at the patient's
 * own words. `norm` is the matching form: lower case, apostrophes dropped inside words ("can't", "can’t" and
 * "cant" all become "cant"), runs of three or more of the same letter collapsed ("numbbb" -> "numb",
 * "soooo" -> "so").
 */

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
  // Latin-1 letters and every other script count as letters (so Arabic or Hebrew words form tokens too).
  return Cls.Letter;
};

const foldPunct = (char: string): string => {
  switch (char) {
    case "\u2010":
    case "\u2011":
    case "\u2012":
    case "\u2013":
    case "\u2014":
    case "\u2015":
    case "\u2212":
      return "-";
    case "\u201c":
    case "\u201d":
    case "\u201e":
      return '"';
    case "\u2022":
    case "\u2023":
    case "\u25e6":
    case "\u2043":
      return "\u2022";
    case "\u2026":
      return ".";
    default:
      return char;
  }
};

/** Lower-cases a word and collapses runs of 3+ identical characters to one ("numbbb" -> "numb"). */
const normalizeWord = (raw: string): string => {
  const lower = raw.toLowerCase();
  let hasRun = false;
  for (let k = 2; k < lower.length; k += 1) {
    const c = lower.charCodeAt(k);
    if (c === lower.charCodeAt(k - 1) && c === lower.charCodeAt(k - 2)) {
      hasRun = true;
      break;
    }
  }
  if (!hasRun) return lower;
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

/** Splits text into word, number and punctuation tokens with their UTF-16 offsets. Total on any string. */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  let sawBreak = true;
  while (i < length) {
    const cls = classify(text.charCodeAt(i));
    if (cls === Cls.Space || cls === Cls.Ignore) {
      i += 1;
      continue;
    }
    if (cls === Cls.Break) {
      sawBreak = true;
      i += 1;
      continue;
    }
    if (cls === Cls.Letter || cls === Cls.Digit) {
      const start = i;
      const isNumber = cls === Cls.Digit;
      let norm = "";
      let chunkStart = i;
      while (i < length) {
        const c = classify(text.charCodeAt(i));
        if (c === Cls.Letter || c === Cls.Digit) {
          if (isNumber && c === Cls.Letter) break; // "7and" -> "7", "and"
          i += 1;
          continue;
        }
        if (c === Cls.Ignore) {
          norm += text.slice(chunkStart, i);
          i += 1;
          chunkStart = i;
          continue;
        }
        // An apostrophe between letters stays inside the word and is dropped from its norm.
        if (
          c === Cls.Apostrophe &&
          !isNumber &&
          i + 1 < length &&
          classify(text.charCodeAt(i + 1)) === Cls.Letter
        ) {
          norm += text.slice(chunkStart, i);
          i += 1;
          chunkStart = i;
          continue;
        }
        // A decimal point inside a number ("2.5") stays.
        if (
          isNumber &&
          text.charCodeAt(i) === 0x2e &&
          i + 1 < length &&
          classify(text.charCodeAt(i + 1)) === Cls.Digit
        ) {
          i += 1;
          continue;
        }
        break;
      }
      norm += text.slice(chunkStart, i);
      tokens.push({
        kind: isNumber ? "number" : "word",
        norm: isNumber ? norm : normalizeWord(norm),
        start,
        end: i,
        afterBreak: sawBreak,
      });
      sawBreak = false;
      continue;
    }
    // Punctuation (and a lone apostrophe): one token per code unit; astral pairs stay together.
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    tokens.push({
      kind: "punct",
      norm: cls === Cls.Apostrophe ? "'" : foldPunct(text.slice(i, i + width)),
      start: i,
      end: i + width,
      afterBreak: sawBreak,
    });
    sawBreak = false;
    i += width;
  }
  return tokens;
};
