import type { Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { launchBrowser } from "./support/launch-browser";
import type { Browser } from "./support/launch-browser";
import { DEV_PAGES, dynamicPage } from "./support/pages";
import { readCard } from "./support/read-card";
import { waitForHighlights } from "./support/read-highlights";
import { readPageReport } from "./support/read-page-report";
import { servePages } from "./support/serve-pages";
import type { PageServer } from "./support/serve-pages";

const [FIRST] = DEV_PAGES;
if (!FIRST) throw new Error("no dev pages");

let browser: Browser;
let server: PageServer;
const requests: string[] = [];

beforeAll(async () => {
  server = await servePages({
    ...Object.fromEntries(DEV_PAGES.map((page) => [page.path, page.html])),
    "/dynamic": dynamicPage(FIRST).html,
  });
  browser = await launchBrowser();
  // Every request any page, frame or worker of this browser makes, the extension's service worker included.
  browser.context.on("request", (request: Request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe("privacy", () => {
  it(
    "sends nothing anywhere while it reads, highlights, explains and checks",
    { timeout: 240_000 },
    async () => {
      const pagePaths = [...DEV_PAGES.map((page) => page.path), "/dynamic"];
      for (const path of pagePaths) {
        const page = await browser.context.newPage();
        await page.goto(server.origin + path);
        await waitForHighlights(page);
        await readPageReport(browser.context);
        await page.keyboard.press("Alt+Shift+N");
        await expect.poll(() => readCard(page)).not.toBeNull();
        if (path === "/dynamic") {
          await page.waitForFunction(() =>
            [...(CSS.highlights.get("backsure-emergency") ?? [])].some((range) =>
              (range.startContainer.textContent ?? "").includes("numbness in the groin"),
            ),
          );
        }
        await page.close();
      }
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup
        .getByLabel("How do you feel since your last session?")
        .fill("numbness in my groin");
      await popup.getByRole("button", { name: "Check", exact: true }).click();
      await expect.poll(() => popup.getByRole("status").count()).toBe(1);
      await popup.close();

      const outside = requests.filter(
        (url) =>
          !url.startsWith(`${server.origin}/`) &&
          !url.startsWith(`chrome-extension://${browser.extensionId}/`),
      );
      expect(outside).toEqual([]);
      // The test server saw only the pages themselves (and the browser's favicon probe).
      expect(new Set(server.requests)).toEqual(new Set([...pagePaths, "/favicon.ico"]));
      // Nothing the extension loads comes from anywhere but its own package.
      expect(
        requests
          .filter((url) => url.startsWith("chrome-extension://"))
          .every((url) => !url.includes("?")),
      ).toBe(true);
    },
  );
});
