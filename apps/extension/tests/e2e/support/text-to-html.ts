export type HtmlPage = {
  html: string;
  /** The page's text as the extension reads it: one line per block. */
  text: string;
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const BULLET = /^\s*(?:[-•*]|\d+\.)\s+/;

/**
 * Wraps a plain-text page in simple HTML: the first line is the title heading, short lines without a full
 * stop are headings, "- " lines are list items, the rest are paragraphs. Each block holds one text node.
 */
export const textToHtml = (source: string, title = "Test page", extraHead = ""): HtmlPage => {
  const lines = source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const parts: string[] = [];
  const texts: string[] = [];
  let isInList = false;
  for (const [index, line] of lines.entries()) {
    const isItem = BULLET.test(line);
    if (isItem !== isInList) {
      parts.push(isItem ? "<ul>" : "</ul>");
      isInList = isItem;
    }
    const text = isItem ? line.replace(BULLET, "") : line;
    const tag = isItem
      ? "li"
      : index === 0
        ? "h1"
        : text.length < 80 && !/[.!?:]$/.test(text)
          ? "h2"
          : "p";
    parts.push(`<${tag}>${escapeHtml(text)}</${tag}>`);
    texts.push(text);
  }
  if (isInList) parts.push("</ul>");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${extraHead}<style>body{font:16px/1.5 Georgia,serif;max-width:720px;margin:24px auto;padding:0 16px}</style></head><body><main>${parts.join("\n")}</main></body></html>`;
  return { html, text: texts.join("\n") };
};
