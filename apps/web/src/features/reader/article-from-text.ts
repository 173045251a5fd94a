import type { Article } from "./article";
import type { ArticleBlock } from "./article";

const BULLET = /^(?:[-*•‣◦▪]|\d{1,3}[.)])\s+/u;

/**
 * Longest text the reader takes in one go (pasted, or a page once extracted): a long article is about 60 000
 * characters, and a pasted one must stay under the 1 MB limit of a server action post.
 */
export const MAX_ARTICLE_CHARS = 300_000;

/**
 * A pasted (or plain-text) page as an article. The text is exactly what was given, with line endings
 * normalised to "\n", so mention offsets point into what the patient pasted; each non-empty line is a
 * paragraph, or a list item (shown without its bullet) when it starts with one.
 */
export const articleFromText = (raw: string, source: Article["source"], title = ""): Article => {
  const text = raw.replace(/\r\n?/g, "\n");
  const blocks: ArticleBlock[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const leading = line.length - line.trimStart().length;
    const content = line.trim();
    if (content !== "") {
      const bullet = BULLET.exec(content);
      const start = lineStart + leading + (bullet ? bullet[0].length : 0);
      const end = lineStart + leading + content.length;
      if (end > start) blocks.push({ kind: bullet ? "list-item" : "paragraph", start, end });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return { title, text, blocks, source };
};
