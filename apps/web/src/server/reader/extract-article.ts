import "server-only";

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parse, serialize } from "parse5";

import type { Article, ArticleBlockKind } from "~/features/reader/article";
import { createArticleBuilder } from "~/features/reader/article";

const BLOCK_KINDS: Readonly<Record<string, ArticleBlockKind>> = {
  H1: "heading",
  H2: "heading",
  H3: "heading",
  H4: "heading",
  H5: "heading",
  H6: "heading",
  P: "paragraph",
  PRE: "paragraph",
  LI: "list-item",
  DT: "paragraph",
  DD: "paragraph",
  BLOCKQUOTE: "quote",
  FIGCAPTION: "paragraph",
  CAPTION: "paragraph",
  TD: "paragraph",
  TH: "paragraph",
};

/** Elements that break the flow of text without being a block of their own. */
const CONTAINERS = new Set([
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
  "FIGURE",
  "DETAILS",
  "SUMMARY",
  "HR",
  "ADDRESS",
  "FIELDSET",
  "FORM",
]);

const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "MATH",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "IMG",
  "PICTURE",
  "VIDEO",
  "AUDIO",
  "CANVAS",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "INPUT",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Lays Readability's article element out as blocks of plain text (headings, paragraphs, list items, quotes). */
const collectBlocks = (
  root: Element,
  add: (kind: ArticleBlockKind, text: string) => void,
): void => {
  let buffer = "";
  let bufferKind: ArticleBlockKind = "paragraph";
  const flush = () => {
    add(bufferKind, normalise(buffer));
    buffer = "";
  };
  const walk = (node: Node, inherited: ArticleBlockKind): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (buffer === "") bufferKind = inherited;
        buffer += child.nodeValue ?? "";
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === "BR") {
        flush();
        continue;
      }
      const blockKind = BLOCK_KINDS[tag];
      if (blockKind) {
        flush();
        // A paragraph inside a list item or a quote keeps that role.
        const kind =
          blockKind === "paragraph" && (inherited === "list-item" || inherited === "quote")
            ? inherited
            : blockKind;
        walk(child, kind);
        flush();
      } else if (CONTAINERS.has(tag)) {
        flush();
        walk(child, inherited === "list-item" || inherited === "quote" ? inherited : "paragraph");
        flush();
      } else {
        walk(child, inherited);
      }
    }
  };
  walk(root, "paragraph");
  flush();
};

/**
 * The readable article of an HTML page, by @mozilla/readability. The page is parsed by parse5 (the WHATWG HTML
 * parser browsers follow, so a page without `<html>`, `<head>` or `<body>` gets them as a browser would give
 * them) and handed to Readability as a linkedom document: a light DOM that runs no scripts, loads no resources
 * and has no layout, which is all Readability needs. Together they read a 200 KB page several times faster than
 * a full browser DOM such as jsdom. Returns null when nothing readable is found.
 */
export const extractArticle = (html: string, url: string): Article | null => {
  const { document } = parseHTML(serialize(parse(html)));
  const parsed = new Readability<Element>(document, {
    serializer: (node) => node as Element,
  }).parse();
  if (!parsed?.content) return null;
  const title = normalise(parsed.title ?? "");
  const builder = createArticleBuilder();
  builder.add("title", title);
  let isFirst = true;
  collectBlocks(parsed.content, (kind, text) => {
    if (text === "") return;
    // Readability often leaves the page's own heading in the content: don't show the title twice.
    const isRepeatedTitle = isFirst && kind === "heading" && text === title;
    isFirst = false;
    if (!isRepeatedTitle) builder.add(kind, text);
  });
  const { text, blocks } = builder.build();
  if (!blocks.some((block) => block.kind !== "title")) return null;
  return { title, text, blocks, source: { kind: "link", url } };
};
