import type { TextRange } from "../text/text-range";

export type { TextRange };

/** Line openings of page chrome: cross-links, related-article teasers, share and tag lines. */
const CHROME_PREFIXES = [
  "recommended reading",
  "recommended for you",
  "you may like",
  "you may also like",
  "you might also like",
  "read also",
  "also read",
  "dont miss",
  "see also",
  "related:",
  "related article",
  "related reading",
  "related post",
  "related stories",
  "related content",
  "read more:",
  "read next",
  "more from",
  "pin on",
  "tags:",
  "share this",
  "share on",
  "advertisement",
  "sponsored",
  "watch:",
  "video:",
  "photo:",
  "image:",
  "click here",
  "sign up",
  "subscribe",
  "skip to",
  "copyright",
  "©",
] as const;

/** Headings that open a block of teasers; the block runs until the next line of prose. */
const CHROME_BLOCKS: ReadonlySet<string> = new Set([
  "popular articles",
  "popular posts",
  "most popular",
  "more like this",
  "related articles",
  "related posts",
  "related stories",
  "related pages",
  "related content",
  "related",
  "you might also like",
  "you may also like",
  "trending",
  "trending now",
  "latest articles",
  "latest posts",
  "recent posts",
  "more articles",
  "read more",
  "further reading",
  "recommended",
  "recommended articles",
  "more on this topic",
]);

const PROSE_WORDS = 12;
/** Longer lines are never one of the block headings above, so they are not folded to be looked up. */
const LONGEST_BLOCK_HEADING = 40;

/** A character trie of the prefixes, walked from a line's first character: no copy of the line is made. */
type PrefixNode = { next: Map<number, PrefixNode>; ends: boolean };
const PREFIX_TRIE: PrefixNode = { next: new Map(), ends: false };
for (const prefix of CHROME_PREFIXES) {
  let node = PREFIX_TRIE;
  for (let k = 0; k < prefix.length; k += 1) {
    const code = prefix.charCodeAt(k);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map(), ends: false };
      node.next.set(code, child);
    }
    node = child;
  }
  node.ends = true;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2018 || code === 0x2019;

/** Whether `line` opens with one of the prefixes, read case-insensitively with apostrophes dropped. */
const opensWithChromePrefix = (line: string): boolean => {
  let node = PREFIX_TRIE;
  for (let k = 0; k < line.length; k += 1) {
    let code = line.charCodeAt(k);
    if (isApostrophe(code)) continue;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    const child = node.next.get(code);
    if (!child) return false;
    if (child.ends) return true;
    node = child;
  }
  return false;
};

/** Lower case, apostrophes dropped, outer whitespace and trailing colons or dots trimmed. */
const foldLine = (line: string): string => {
  let folded = line.trim().toLowerCase().replace(/['’‘]/g, "");
  while (folded.endsWith(":") || folded.endsWith(".")) folded = folded.slice(0, -1).trimEnd();
  return folded;
};

/** The number of words in `line`, counted up to `PROSE_WORDS` (every check here needs no more). */
const countWords = (line: string): number => {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length && words < PROSE_WORDS; i += 1) {
    const code = line.charCodeAt(i);
    const isSpace = code <= 0x20 || code === 0xa0;
    if (!isSpace && !inWord) words += 1;
    inWord = !isSpace;
  }
  return words;
};

/** "See Sciatica" and other short capitalised cross-links; "See a GP if..." is advice, not chrome. */
const isSeeLink = (trimmed: string): boolean => {
  if (!trimmed.startsWith("See ") || countWords(trimmed) > 8) return false;
  const next = trimmed.charAt(4);
  return next !== next.toLowerCase() && !/\b(if|when|your|you)\b/i.test(trimmed);
};

/**
 * The parts of a page that are chrome (navigation, related-article and video teasers, "See ..." cross-links),
 * line by line. One linear pass; the per-line checks look only at a line's opening.
 */
export const findChrome = (text: string): TextRange[] => {
  const ranges: TextRange[] = [];
  let inBlock = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed.length > 0) {
      const words = countWords(trimmed);
      const short = words <= 8 && trimmed.length <= LONGEST_BLOCK_HEADING;
      if (short && CHROME_BLOCKS.has(foldLine(trimmed))) {
        inBlock = true;
      } else if (inBlock && words >= PROSE_WORDS) {
        inBlock = false;
      }
      const isChromeLine = inBlock || opensWithChromePrefix(trimmed) || isSeeLink(trimmed);
      if (isChromeLine) {
        const last = ranges[ranges.length - 1];
        if (last && last.end >= lineStart - 1) last.end = lineEnd;
        else ranges.push({ start: lineStart, end: lineEnd });
      }
    }
    lineStart = lineEnd + 1;
  }
  return ranges;
};
