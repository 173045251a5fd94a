import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The five real health pages of the shared dev set (`shared/dev-set/pages/*.txt`), beside the repository. */
export const DEV_SET_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../../../../shared/dev-set/pages",
);

export type DevSetPage = { name: string; text: string };

export const loadDevSetPages = (): DevSetPage[] => {
  if (!existsSync(DEV_SET_DIR)) throw new Error(`Expected the dev set at ${DEV_SET_DIR}`);
  return readdirSync(DEV_SET_DIR)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({
      name: file.replace(/\.txt$/, ""),
      text: readFileSync(path.join(DEV_SET_DIR, file), "utf8"),
    }));
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const isHeadingLine = (line: string): boolean =>
  line.length <= 80 && !/[.,;:!?…)]$/.test(line) && !line.startsWith("- ");

/**
 * A dev-set page as a real-looking HTML page: the first line as <title> and <h1>, "- " lines as lists, short
 * unpunctuated lines as headings, the rest as paragraphs, inside site chrome (navigation, a cookie banner, a
 * footer and a script) that the reader has to leave out.
 */
export const devSetPageHtml = (page: DevSetPage): string => {
  const lines = page.text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim());
  const [title = page.name, ...rest] = lines;
  const body: string[] = [];
  let inList = false;
  for (const line of rest) {
    if (line === "") continue;
    const isItem = line.startsWith("- ");
    if (isItem && !inList) body.push("<ul>");
    if (!isItem && inList) body.push("</ul>");
    inList = isItem;
    if (isItem) body.push(`<li>${escapeHtml(line.slice(2))}</li>`);
    else if (isHeadingLine(line)) body.push(`<h2>${escapeHtml(line)}</h2>`);
    else body.push(`<p>${escapeHtml(line)}</p>`);
  }
  if (inList) body.push("</ul>");
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`,
    "<script>document.title = 'changed by a script';</script>",
    "</head><body>",
    '<nav class="site-nav"><a href="/">Home</a> <a href="/conditions">Conditions</a> <a href="/contact">Contact us</a></nav>',
    '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>',
    `<main><article><h1>${escapeHtml(title)}</h1>`,
    ...body,
    "</article></main>",
    '<footer class="site-footer"><p>© 2026 Example Health. All rights reserved.</p></footer>',
    "</body></html>",
  ].join("\n");
};
