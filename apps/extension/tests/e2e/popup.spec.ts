import { assess, annotate, LEVEL_COPY, summarizePage } from "@backsure/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { launchBrowser } from "./support/launch-browser";
import type { Browser } from "./support/launch-browser";
import { DEV_PAGES } from "./support/pages";
import { readCard } from "./support/read-card";
import { readHighlights, readPageText, waitForHighlights } from "./support/read-highlights";
import { readPageReport } from "./support/read-page-report";
import { servePages } from "./support/serve-pages";
import type { PageServer } from "./support/serve-pages";

// The page with the most warning signs.
const DEV_PAGE = [...DEV_PAGES].sort(
  (a, b) => summarizePage(b.text).warningSigns.length - summarizePage(a.text).warningSigns.length,
)[0];
if (!DEV_PAGE) throw new Error("no dev pages");

let browser: Browser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages({ "/article": DEV_PAGE.html });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

/**
 * Opens the popup as a page while the article stays the active tab, as when the toolbar button is clicked:
 * the popup talks to the active tab's content script.
 */
const openPopup = async (article: Page): Promise<Page> => {
  const popup = await browser.context.newPage();
  await article.bringToFront();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
};

const openArticle = async (): Promise<Page> => {
  const article = await browser.context.newPage();
  await article.goto(`${server.origin}/article`);
  await waitForHighlights(article);
  await readPageReport(browser.context);
  return article;
};

describe("the popup", () => {
  it("lists the page's warning signs by level, each jumping to its place in the page", async () => {
    const article = await openArticle();
    const text = await readPageText(article);
    const summary = summarizePage(text, annotate(text));
    expect(summary.warningSigns.length).toBeGreaterThan(0);
    const popup = await openPopup(article);
    await expect
      .poll(() => popup.getByText("Symptoms on this page are highlighted.").count())
      .toBe(1);
    for (const sign of summary.warningSigns) {
      await expect
        .poll(() => popup.getByRole("button", { name: sign.name, exact: true }).count())
        .toBe(1);
    }
    const groups = await popup.locator(".level-group h3").allTextContents();
    const levels = [...new Set(summary.warningSigns.map((sign) => sign.level))];
    expect(groups.map((group) => group.replace(/^\S+\s/, ""))).toEqual(
      levels.map((level) => LEVEL_COPY[level].label),
    );

    const target = summary.warningSigns[summary.warningSigns.length - 1];
    if (!target) throw new Error("no sign");
    await popup.getByRole("button", { name: target.name, exact: true }).click();
    await expect
      .poll(() => article.evaluate(() => getSelection()?.toString()))
      .toBe(text.slice(target.firstStart, target.firstEnd));
    await expect.poll(async () => (await readCard(article))?.text ?? "").toContain(target.name);
    await article.close();
  });

  it("checks the patient's own words on the device with core's assess", async () => {
    const article = await openArticle();
    const popup = await openPopup(article);
    const words = "Since yesterday I can't feel the toilet paper and my legs feel weak";
    await popup.getByLabel("How do you feel since your last session?").fill(words);
    await popup.getByRole("button", { name: "Check", exact: true }).click();
    const expected = assess(words);
    await expect
      .poll(() => popup.getByRole("status").textContent())
      .toContain(LEVEL_COPY[expected.level].label);
    expect(await popup.getByRole("status").textContent()).toContain(expected.headline);
    expect(
      await popup.getByRole("link", { name: "Open the Backsure portal" }).getAttribute("href"),
    ).toBe("http://localhost:3000");
    await popup.close();
    await article.close();
  });

  it("turns a site off and on again", async () => {
    const article = await openArticle();
    const popup = await openPopup(article);
    const select = popup.getByLabel("Highlight on 127.0.0.1:");
    await select.selectOption("off");
    await expect.poll(() => readHighlights(article)).toEqual({});
    await select.selectOption("auto");
    await waitForHighlights(article);
    expect(Object.keys(await readHighlights(article)).length).toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });
});
