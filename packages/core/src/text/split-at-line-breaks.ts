import type { TextRange } from "./text-range";

/**
 * Cuts `text` into consecutive ranges so that a reader can take a long page in parts without cutting a line:
 * each range runs `maxChars` characters, then on to just after the next line break (or to the end of the text).
 */
export const splitAtLineBreaks = (text: string, maxChars: number): TextRange[] => {
  const ranges: TextRange[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + Math.max(1, maxChars));
    if (to < text.length) {
      const lineEnd = text.indexOf("\n", to);
      to = lineEnd < 0 ? text.length : lineEnd + 1;
    }
    ranges.push({ start: from, end: to });
    from = to;
  }
  return ranges;
};
