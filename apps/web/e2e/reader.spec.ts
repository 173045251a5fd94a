import http from "node:http";
import type { AddressInfo } from "node:net";

import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

import type { GuidanceContext, Mention } from "@backsure/core";
import { annotate, getGuidance, LEVEL_COPY, summarizePage, TRIAGE_LEVELS } from "@backsure/core";

import { devSetPageHtml, loadDevSetPages } from "../src/features/reader/testing/dev-set-pages";

// The five dev-set pages served as HTML on 127.0.0.1 (the server runs with READER_ALLOW_LOOPBACK), read by
// link and by paste in real Chromium; the highlights must be exactly core's `annotate` over the article text.

// Each reading is a server action on a 2-core machine shared with builds: allow a minute or two per test.
test.describe.configure({ timeout: 120_000 });

const pages = loadDevSetPages();
let site: http.Server;
let siteOrigin = "";

test.beforeAll(async () => {
  site = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const page = pages.find((candidate) => path === `/pages/${candidate.name}.html`);
    if (page) {
      response
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(devSetPageHtml(page));
    } else if (path === "/to-metadata") {
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    } else if (path === "/photo.png") {
      response.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([137, 80, 78, 71]));
    } else if (path === "/empty") {
      response
        .writeHead(200, { "content-type": "text/html" })
        .end("<html><body><nav></nav></body></html>");
    } else {
      response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
    }
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  site.closeAllConnections();
  await new Promise<void>((resolve) => site.close(() => resolve()));
});

type Shown = { start: number; end: number; concept: string; level: string; negated: boolean };

/** What the screen shows: the article text rebuilt from its blocks, and every highlighted mention. */
const readScreen = (page: Page) =>
  page.evaluate(() => {
    const article = document.querySelector('article[aria-label="The page"]');
    if (!article) throw new Error("no article on the screen");
    const blocks = [...article.querySelectorAll<HTMLElement>("[data-block]")].map((element) => ({
      start: Number(element.dataset.start),
      end: Number(element.dataset.end),
      text: element.textContent,
    }));
    const mentions = [...article.querySelectorAll<HTMLElement>("button[data-mention]")].map(
      (element) => ({
        start: Number(element.dataset.start),
        end: Number(element.dataset.end),
        concept: element.dataset.concept ?? "",
        level: element.dataset.level ?? "",
        negated: element.dataset.negated === "true",
      }),
    );
    const pieces = article.querySelectorAll("mark[data-mention]").length;
    return { blocks, mentions, pieces };
  });

const asShown = (mentions: readonly Mention[]): Shown[] =>
  mentions.map(({ start, end, concept, level, negated }) => ({
    start,
    end,
    concept,
    level,
    negated,
  }));

const countByLevel = (mentions: readonly { level: string }[]) =>
  Object.fromEntries(
    TRIAGE_LEVELS.map((level) => [
      level,
      mentions.filter((mention) => mention.level === level).length,
    ]),
  );

const submit = async (page: Page, input: string, details?: { age?: string; cancer?: boolean }) => {
  await page.goto("/read");
  await page.getByLabel("A link, or the text of the page").fill(input);
  if (details) {
    await page.getByText("Add your details (optional)").click();
    if (details.age) await page.getByLabel("Your age").fill(details.age);
    if (details.cancer) await page.getByLabel("I have had cancer").check();
  }
  await page.getByRole("button", { name: "Read with Backsure" }).click();
};

const waitForReading = async (page: Page) => {
  await expect(page.getByRole("heading", { name: "What this page mentions" })).toBeVisible({
    timeout: 20_000,
  });
};

for (const devPage of pages) {
  test(`reads ${devPage.name} by link: highlights are annotate over the extracted text`, async ({
    page,
  }) => {
    await submit(page, `${siteOrigin}/pages/${devPage.name}.html`);
    await waitForReading(page);
    const screen = await readScreen(page);

    // The blocks tile one text with a blank line between them; rebuild it.
    let text = "";
    for (const block of screen.blocks) {
      if (text !== "") {
        expect(block.start - text.length).toBe(2);
        text += "\n\n";
      }
      expect(block.start).toBe(text.length);
      expect(block.end - block.start).toBe(block.text.length);
      text += block.text;
    }
    // It is the page's own text, line by line, without the site's chrome.
    const lines = devPage.text
      .split("\n")
      .map((line) => line.trim().replace(/^- /, "").replace(/\s+/g, " "))
      .filter((line) => line !== "");
    expect(text).toBe(lines.join("\n\n"));

    const expected = annotate(text);
    expect(expected.length).toBeGreaterThan(0);
    expect(screen.mentions).toEqual(asShown(expected));
    expect(countByLevel(screen.mentions)).toEqual(countByLevel(expected));
    expect(screen.pieces).toBe(0);
    await expect(page.getByText("Backsure keeps no copy of this page")).toBeVisible();
  });

  test(`reads ${devPage.name} by paste: highlights are annotate over the pasted text`, async ({
    page,
  }) => {
    await submit(page, devPage.text);
    await waitForReading(page);
    const screen = await readScreen(page);
    // The textarea normalises line endings to \n, as the reader does.
    const text = devPage.text.replace(/\r\n?/g, "\n");
    for (const block of screen.blocks) expect(block.text).toBe(text.slice(block.start, block.end));
    const expected = annotate(text);
    expect(screen.mentions).toEqual(asShown(expected));
    expect(countByLevel(screen.mentions)).toEqual(countByLevel(expected));
  });
}

const busiest = [...pages].sort(
  (a, b) => summarizePage(b.text).warningSigns.length - summarizePage(a.text).warningSigns.length,
)[0];

test("a card opens by tap and closes back onto its mention", async ({ page }) => {
  if (!busiest) throw new Error("no dev-set pages");
  await submit(page, busiest.text);
  await waitForReading(page);
  const first = annotate(busiest.text.replace(/\r\n?/g, "\n"))[0];
  if (!first) throw new Error("no mention");
  const guidance = getGuidance(first.concept);
  const mention = page.locator("#mention-0");
  await mention.tap();
  const card = page.getByRole("dialog");
  await expect(card).toBeVisible();
  const title = card.getByRole("heading", { level: 2 });
  await expect(title).toContainText(LEVEL_COPY[guidance.level].label);
  await expect(title).toContainText(guidance.name);
  await expect(title).toBeFocused();
  for (const heading of ["What it usually means after PT", "What to do", "Sources"]) {
    await expect(card.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(card.getByText(guidance.meaning)).toBeVisible();
  await expect(card.getByRole("link", { name: "Check my own symptoms" })).toHaveAttribute(
    "href",
    "/check-in",
  );
  await card.getByRole("button", { name: "Close" }).tap();
  await expect(card).toBeHidden();
  await expect(mention).toBeFocused();
});

test("a card opens by keyboard: focus shows it, Enter moves into it, Escape returns", async ({
  page,
}) => {
  if (!busiest) throw new Error("no dev-set pages");
  await submit(page, busiest.text);
  await waitForReading(page);
  const mentions = annotate(busiest.text.replace(/\r\n?/g, "\n"));
  // Focus the first mention, then Tab to the next: keyboard focus alone shows its card.
  await page.locator("#mention-0").focus();
  await page.keyboard.press("Tab");
  const second = page.locator("#mention-1");
  await expect(second).toBeFocused();
  const card = page.getByRole("dialog");
  const secondMention = mentions[1];
  if (!secondMention) throw new Error("fewer than two mentions");
  await expect(card.getByRole("heading", { level: 2 })).toContainText(
    getGuidance(secondMention.concept).name,
  );
  await page.keyboard.press("Enter");
  await expect(card.getByRole("heading", { level: 2 })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await expect(second).toBeFocused();
  await page.keyboard.press(" ");
  await expect(card.getByRole("heading", { level: 2 })).toBeFocused();
});

test("the summary lists the page's warning signs, and each jump-to link lands on its mention", async ({
  page,
}) => {
  if (!busiest) throw new Error("no dev-set pages");
  await submit(page, busiest.text);
  await waitForReading(page);
  const text = busiest.text.replace(/\r\n?/g, "\n");
  const mentions = annotate(text);
  const summary = summarizePage(text, mentions);
  expect(summary.warningSigns.length).toBeGreaterThan(0);
  const list = page.getByRole("heading", { name: "Warning signs on this page" }).locator("+ ul");
  await expect(list.getByRole("listitem")).toHaveCount(summary.warningSigns.length);
  for (const [position, sign] of summary.warningSigns.entries()) {
    const link = list.getByRole("listitem").nth(position).getByRole("link");
    await expect(link).toHaveText(sign.name);
    const index = mentions.findIndex((mention) => mention.start === sign.firstStart);
    await expect(link).toHaveAttribute("href", `#mention-${index}`);
    await link.click();
    const target = page.locator(`#mention-${index}`);
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
    await expect(page.getByRole("dialog").getByRole("heading", { level: 2 })).toContainText(
      sign.name,
    );
  }
  await expect(
    page.getByRole("region", { name: "What this page mentions" }).getByRole("link", {
      name: "Check my own symptoms",
    }),
  ).toHaveAttribute("href", "/check-in");
});

test("the patient's details sharpen the card (For you), and are not kept", async ({ page }) => {
  const context: GuidanceContext = { age: 72, cancerHistory: true };
  const candidates = pages.flatMap((devPage) =>
    annotate(devPage.text.replace(/\r\n?/g, "\n")).map((mention, index) => ({
      devPage,
      mention,
      index,
    })),
  );
  const chosen = candidates.find(
    ({ mention }) => getGuidance(mention.concept, context).forYou.length > 0,
  );
  if (!chosen) throw new Error("core gives no 'For you' line for age 72 with a cancer history");
  await submit(page, chosen.devPage.text, { age: "72", cancer: true });
  await waitForReading(page);
  await page.locator(`#mention-${chosen.index}`).click();
  const card = page.getByRole("dialog");
  await expect(card.getByRole("heading", { name: "For you" })).toBeVisible();
  for (const line of getGuidance(chosen.mention.concept, context).forYou) {
    await expect(card.getByText(line)).toBeVisible();
  }
  // Without details, the same card has no "For you" part.
  await submit(page, chosen.devPage.text);
  await waitForReading(page);
  await page.locator(`#mention-${chosen.index}`).click();
  await expect(page.getByRole("dialog").getByRole("heading", { name: "For you" })).toHaveCount(0);
});

test("every failure gets a plain message and keeps what was typed", async ({ page }) => {
  test.setTimeout(300_000);
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const cases = [
    ["http://169.254.169.254/latest/meta-data/", /private or local network address/],
    // The suite's server may open 127.0.0.1 itself, so the other spellings point elsewhere.
    ["http://2886729729/", /private or local network address/],
    ["http://0177.0.0.2/", /private or local network address/],
    ["http://[::ffff:10.0.0.1]/", /private or local network address/],
    [`${siteOrigin}/to-metadata`, /private or local network address/],
    [`${siteOrigin}/photo.png`, /isn't a web page/],
    [`${siteOrigin}/empty`, /couldn't find any readable text/],
    [`${siteOrigin}/missing`, /answered with an error/],
    [`http://127.0.0.1:${closedPort}/`, /couldn't reach that page/],
    ["ftp://example.org/back.txt", /Only web links/],
    ["https://me:secret@example.org/", /user name or password/],
  ] as const;
  for (const [input, message] of cases) {
    await submit(page, input);
    await expect(page.locator("#main").getByRole("alert"), input).toContainText(message, {
      timeout: 20_000,
    });
    await expect(page.getByLabel("A link, or the text of the page")).toHaveValue(input);
    await expect(page.getByRole("heading", { name: "What this page mentions" })).toHaveCount(0);
  }
  await submit(page, "Soreness", { age: "200" });
  await expect(page.locator("#main").getByRole("alert")).toContainText("Enter your age");
  await expect(page.getByLabel("A link, or the text of the page")).toHaveValue("Soreness");
  await expect(page.getByLabel("Your age")).toHaveValue("200");
});

test("axe finds no serious or critical violation on the reader, read and with a card open", async ({
  page,
}) => {
  // axe checks every highlight's contrast: allow it time on a 2-core machine.
  test.setTimeout(180_000);
  const serious = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
  };
  await page.goto("/read");
  expect(await serious()).toEqual([]);
  if (!busiest) throw new Error("no dev-set pages");
  await submit(page, `${siteOrigin}/pages/${busiest.name}.html`);
  await waitForReading(page);
  expect(await serious()).toEqual([]);
  await page.locator("#mention-0").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await serious()).toEqual([]);
  await submit(page, "http://10.0.0.1/");
  await expect(page.locator("#main").getByRole("alert")).toBeVisible();
  expect(await serious()).toEqual([]);
});
