import { annotate, summarizePage } from "@backsure/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { expectedHighlights } from "./support/expected-highlights";
import { launchBrowser } from "./support/launch-browser";
import type { Browser } from "./support/launch-browser";
import { BREAD_PAGE, DEV_PAGES, dynamicPage, spaPage } from "./support/pages";
import { readHighlights, readPageText, waitForHighlights } from "./support/read-highlights";
import { readPageReport } from "./support/read-page-report";
import { servePages } from "./support/serve-pages";
import type { PageServer } from "./support/serve-pages";

const [FIRST, SECOND] = DEV_PAGES;
if (!FIRST || !SECOND) throw new Error("the dev set needs at least two pages");

let browser: Browser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages({
    ...Object.fromEntries(DEV_PAGES.map((page) => [page.path, page.html])),
    "/bread": BREAD_PAGE.html,
    "/dynamic": dynamicPage(FIRST).html,
    "/spa/start": spaPage(FIRST, SECOND).html,
    // A wrapper without a box of its own: its children show, so they are read.
    "/contents": FIRST.html
      .replace("<main>", '<main><div style="display: contents">')
      .replace("</main>", "</div></main>"),
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe("highlights in real Chromium", () => {
  it.each(DEV_PAGES.map((page) => [page.name, page] as const))(
    "paints exactly core's mentions, per level, on %s",
    async (_name, devPage) => {
      const page = await browser.context.newPage();
      await page.goto(server.origin + devPage.path);
      const text = await readPageText(page);
      expect(text).toBe(devPage.text);
      const summary = summarizePage(text, annotate(text));
      const report = await readPageReport(browser.context);
      expect(report.summary?.warningSigns.map((sign) => sign.concept)).toEqual(
        summary.warningSigns.map((sign) => sign.concept),
      );
      if (summary.isRelevant) {
        expect(report.mode).toBe("on");
        await waitForHighlights(page);
        expect(await readHighlights(page)).toEqual(expectedHighlights(text));
      } else {
        expect(report.mode).toBe("quiet");
        expect(await readHighlights(page)).toEqual({});
      }
      await page.close();
    },
  );

  it("stays quiet on a page that is not about back pain", async () => {
    // The page does mention a symptom: only the page's relevance keeps it quiet.
    expect(annotate(BREAD_PAGE.text).length).toBeGreaterThan(0);
    expect(summarizePage(BREAD_PAGE.text).isRelevant).toBe(false);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/bread`);
    const report = await readPageReport(browser.context);
    expect(report.mode).toBe("quiet");
    expect(await readHighlights(page)).toEqual({});
    await page.close();
  });

  it("reads text inside an element with display: contents", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/contents`);
    const text = await readPageText(page);
    expect(text).toBe(FIRST.text);
    await waitForHighlights(page);
    expect(await readHighlights(page)).toEqual(expectedHighlights(text));
    await page.close();
  });

  it("highlights text a page adds or changes after it has loaded", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/dynamic`);
    await waitForHighlights(page);
    await page.waitForFunction(() =>
      [...(CSS.highlights.get("backsure-emergency") ?? [])].some((range) =>
        (range.startContainer.textContent ?? "").includes("numbness in the groin"),
      ),
    );
    const text = await readPageText(page);
    expect(text).toContain("numbness in the groin");
    await expect
      .poll(async () => readHighlights(page), { timeout: 10_000 })
      .toEqual(expectedHighlights(text));
    await page.close();
  });

  it("reads the new page after single-page-app navigation", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/spa/start`);
    await page.waitForURL("**/spa/next");
    const text = await readPageText(page);
    expect(text).toBe(SECOND.text);
    await expect
      .poll(async () => readHighlights(page), { timeout: 10_000 })
      .toEqual(expectedHighlights(text));
    await page.close();
  });
});
