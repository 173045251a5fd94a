import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { annotate, summarizePage } from "@backsure/core";

import { MAX_ARTICLE_CHARS } from "~/features/reader/article-from-text";
import { devSetPageHtml, loadDevSetPages } from "~/features/reader/testing/dev-set-pages";

import { ReaderError } from "./reader-error";
import { readPage } from "./read-page";

const testing = { policy: { allowLoopback: true } };
const pages = loadDevSetPages();
let server: http.Server;
let origin = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    const page = pages.find((candidate) => path === `/${candidate.name}.html`);
    if (page) response.writeHead(200, { "content-type": "text/html" }).end(devSetPageHtml(page));
    else if (path === "/notes.txt") {
      response
        .writeHead(200, { "content-type": "text/plain" })
        .end("Sharp pain\nNumbness in both legs");
    } else response.writeHead(200, { "content-type": "text/html" }).end("<body><nav></nav></body>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const failureOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    return error instanceof ReaderError ? error.code : `other: ${String(error)}`;
  }
  return "no failure";
};

describe("readPage", () => {
  it.each(pages.map((page) => [page.name, page] as const))(
    "annotates %s read by link over exactly the extracted text",
    async (name) => {
      const result = await readPage(`${origin}/${name}.html`, {}, testing);
      expect(result.article.source).toEqual({ kind: "link", url: `${origin}/${name}.html` });
      expect(result.mentions).toEqual(annotate(result.article.text));
      expect(result.summary).toEqual(summarizePage(result.article.text, result.mentions));
    },
  );

  it("annotates pasted text as it was pasted, and hands the context back untouched", async () => {
    const page = pages[0];
    if (!page) throw new Error("no dev-set page");
    const context = { age: 70, cancerHistory: true };
    const result = await readPage(page.text, context, testing);
    expect(result.article.text).toBe(page.text.replace(/\r\n?/g, "\n"));
    expect(result.mentions).toEqual(annotate(result.article.text));
    expect(result.context).toBe(context);
  });

  it("reads a plain-text page by link", async () => {
    const result = await readPage(`${origin}/notes.txt`, {}, testing);
    expect(result.article.text).toBe("Sharp pain\nNumbness in both legs");
    expect(result.mentions.length).toBeGreaterThan(0);
  });

  it("says what went wrong", async () => {
    expect(await failureOf(readPage("   ", {}, testing))).toBe("empty-input");
    expect(await failureOf(readPage(`${origin}/empty.html`, {}, testing))).toBe("nothing-readable");
    expect(await failureOf(readPage("x".repeat(MAX_ARTICLE_CHARS + 1), {}, testing))).toBe(
      "text-too-long",
    );
    expect(
      await failureOf(readPage(`${origin}/a.html`, {}, { policy: { allowLoopback: false } })),
    ).toBe("refused-address");
  });
});
