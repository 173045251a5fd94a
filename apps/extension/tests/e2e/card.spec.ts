import { annotate, getGuidance, LEVEL_COPY } from "@backsure/core";
import type { Mention } from "@backsure/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { launchBrowser } from "./support/launch-browser";
import type { Browser } from "./support/launch-browser";
import { DEV_PAGES } from "./support/pages";
import { readCard } from "./support/read-card";
import type { CardState } from "./support/read-card";
import { readPageText, waitForHighlights } from "./support/read-highlights";
import { servePages } from "./support/serve-pages";
import type { PageServer } from "./support/serve-pages";

const DEV_PAGE = DEV_PAGES[0];
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

/** The first mention, or the first one `predicate` accepts. */
const firstMention =
  (predicate: (mention: Mention) => boolean = () => true) =>
  (mentions: Mention[]): Mention => {
    const mention = mentions.find(predicate) ?? mentions[0];
    if (!mention) throw new Error("the page has no mentions");
    return mention;
  };

type Rect = { x: number; y: number; width: number; height: number };

/** Opens the article and returns its text, core's mentions, and the viewport box of the chosen mention. */
const openArticle = async (pick: (mentions: Mention[]) => Mention) => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/article`);
  await waitForHighlights(page);
  const text = await readPageText(page);
  const mentions = annotate(text);
  const mention = pick(mentions);
  const rect = await page.evaluate(
    ({ level, quote }) => {
      const range = [...(CSS.highlights.get(`backsure-${level}`) ?? [])]
        .map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live;
        })
        .find((live) => live.toString() === quote);
      if (!range) throw new Error(`no highlight for ${quote}`);
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
      const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    },
    { level: mention.level, quote: text.slice(mention.start, mention.end) },
  );
  return { page, text, mentions, mention, rect };
};

const waitForCard = async (page: Page): Promise<CardState> => {
  await expect.poll(() => readCard(page), { timeout: 10_000 }).not.toBeNull();
  const card = await readCard(page);
  if (!card) throw new Error("the card closed again");
  return card;
};

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const expectGuidance = (card: CardState, mention: Mention): void => {
  const guidance = getGuidance(mention.concept);
  expect(card.text).toContain(LEVEL_COPY[mention.level].label);
  expect(card.text).toContain(guidance.name);
  expect(card.text).toContain(guidance.meaning);
  expect(card.text).toContain(guidance.doNow);
  expect(card.headings.slice(0, 2)).toEqual(["What it usually means after PT", "What to do"]);
  expect(card.text).toContain("Check my own symptoms");
};

describe("the guidance card", () => {
  it("opens on mouse hover, beside the mention and never over it", async () => {
    const { page, mention, rect } = await openArticle(firstMention((m) => m.level !== "expected"));
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const card = await waitForCard(page);
    expectGuidance(card, mention);
    expect(overlaps(card.box, rect)).toBe(false);
    // Moving away closes it.
    await page.mouse.move(5, 5);
    await expect.poll(() => readCard(page), { timeout: 5_000 }).toBeNull();
    await page.close();
  });

  it("opens on a click or tap", async () => {
    const { page, mention, rect } = await openArticle(firstMention());
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    expectGuidance(await waitForCard(page), mention);
    await page.close();
  });

  it("moves between mentions with Alt+Shift+N and Alt+Shift+P, selecting each", async () => {
    const { page, text, mentions } = await openArticle(firstMention());
    await page.evaluate(() => window.scrollTo(0, 0));
    const [first, second] = mentions;
    if (!first || !second) throw new Error("the page needs two mentions");
    await page.keyboard.press("Alt+Shift+N");
    expectGuidance(await waitForCard(page), first);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(
      text.slice(first.start, first.end),
    );
    await page.keyboard.press("Alt+Shift+N");
    await expect
      .poll(() => page.evaluate(() => getSelection()?.toString()))
      .toBe(text.slice(second.start, second.end));
    expectGuidance(await waitForCard(page), second);
    await page.keyboard.press("Alt+Shift+P");
    await expect
      .poll(() => page.evaluate(() => getSelection()?.toString()))
      .toBe(text.slice(first.start, first.end));
    await page.keyboard.press("Escape");
    await expect.poll(() => readCard(page)).toBeNull();
    await page.close();
  });

  it("opens the on-device symptom check from the card", async () => {
    const { page, rect } = await openArticle(firstMention());
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const card = await waitForCard(page);
    const button = card.checkButton;
    if (!button) throw new Error("no check button");
    const opened = browser.context.waitForEvent("page");
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    const checkPage = await opened;
    await checkPage.waitForLoadState();
    expect(checkPage.url()).toBe(`chrome-extension://${browser.extensionId}/tabs/check.html`);
    await expect
      .poll(() => checkPage.getByRole("heading", { name: "Is this normal?" }).count())
      .toBe(1);
    await checkPage.close();
    await page.close();
  });
});
