import http from "node:http";
import type { AddressInfo } from "node:net";

import { describe, expect, it } from "vitest";

import { devSetPageHtml, loadDevSetPages } from "~/features/reader/testing/dev-set-pages";

import { extractArticle } from "./extract-article";

const textOfBlocks = (article: NonNullable<ReturnType<typeof extractArticle>>) =>
  article.blocks.map((block) => article.text.slice(block.start, block.end));

describe("extractArticle", () => {
  const pages = loadDevSetPages();

  it("finds the five dev-set pages", () => {
    expect(pages).toHaveLength(5);
  });

  it.each(pages.map((page) => [page.name, page] as const))(
    "reads %s: every line of the article, in order, and none of the site chrome",
    (_name, page) => {
      const article = extractArticle(devSetPageHtml(page), "https://health.example/page");
      expect(article).not.toBeNull();
      if (!article) return;
      const lines = page.text
        .split("\n")
        .map((line) => line.trim().replace(/^- /, "").replace(/\s+/g, " "))
        .filter((line) => line !== "");
      expect(article.title).toBe(lines[0]);
      expect(article.blocks[0]).toMatchObject({ kind: "title" });
      // Each line is one block, in the same order; the title is not repeated.
      expect(textOfBlocks(article)).toEqual(lines);
      expect(article.text).not.toMatch(
        /cookies|All rights reserved|Contact us|changed by a script/,
      );
      expect(article.blocks.some((block) => block.kind === "list-item")).toBe(
        page.text.includes("\n- "),
      );
    },
  );

  it("joins blocks with a blank line, so block offsets index the one text", () => {
    const html =
      "<title>Sore after physio</title><article><h1>Sore after physio</h1><p>Some <b>muscle   soreness</b> is normal.</p>" +
      "<ul><li><p>Stiffness</p></li><li>Numbness in <a href='#x'>both legs</a></li></ul><blockquote>Call 999.</blockquote></article>";
    const article = extractArticle(html, "https://health.example/");
    expect(article?.text).toBe(
      "Sore after physio\n\nSome muscle soreness is normal.\n\nStiffness\n\nNumbness in both legs\n\nCall 999.",
    );
    expect(article?.blocks.map((block) => block.kind)).toEqual([
      "title",
      "paragraph",
      "list-item",
      "list-item",
      "quote",
    ]);
    for (const block of article?.blocks ?? []) {
      expect(article?.text.slice(block.start, block.end)).not.toMatch(/^\s|\s$/);
    }
  });

  it("runs no script and loads no resource of the page", async () => {
    let requests = 0;
    const server = http.createServer((_request, response) => {
      requests += 1;
      response.writeHead(200, { "content-type": "text/plain" }).end("x");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const html = `<!doctype html><html><head><title>Back pain</title>
      <link rel="stylesheet" href="${origin}/style.css"><script src="${origin}/app.js"></script>
      <script>document.body.innerHTML = "<p>Injected by a script: numbness everywhere.</p>";</script></head>
      <body><article><p>Muscle soreness usually peaks a day or two after a session and then fades away.</p>
      <img src="${origin}/pixel.gif" alt=""><iframe src="${origin}/frame"></iframe></article></body></html>`;
    const article = extractArticle(html, `${origin}/page`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.close();
    expect(article?.text).toContain("Muscle soreness usually peaks");
    expect(article?.text).not.toContain("Injected");
    expect(requests).toBe(0);
  });

  it("reads pages without <html>, <head> or <body> as a browser would", () => {
    const body =
      "<article><h1>Sore after physio</h1><p>Some muscle soreness is normal after your session today.</p>" +
      "<p>Numbness in both legs: call 999.</p></article>";
    for (const html of [
      `<title>Sore after physio</title>${body}`,
      `<html><title>Sore after physio</title><body>${body}</body></html>`,
      `<!doctype html><html><head><title>Sore after physio</title></head>${body}</html>`,
    ]) {
      const article = extractArticle(html, "https://health.example/");
      expect(article?.title).toBe("Sore after physio");
      expect(article?.text).toContain("Numbness in both legs: call 999.");
    }
  });

  it("returns null when the page has nothing readable", () => {
    expect(
      extractArticle("<html><body><nav></nav></body></html>", "https://health.example/"),
    ).toBeNull();
    expect(extractArticle("", "https://health.example/")).toBeNull();
  });
});
