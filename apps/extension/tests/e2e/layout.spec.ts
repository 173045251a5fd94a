import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { launchBrowser } from "./support/launch-browser";
import type { Browser } from "./support/launch-browser";
import { DEV_PAGES } from "./support/pages";
import { readCard } from "./support/read-card";
import { waitForHighlights } from "./support/read-highlights";
import { servePages } from "./support/serve-pages";
import type { PageServer } from "./support/serve-pages";

let withExtension: Browser;
let withoutExtension: Browser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages(Object.fromEntries(DEV_PAGES.map((page) => [page.path, page.html])));
  [withExtension, withoutExtension] = await Promise.all([
    launchBrowser(),
    launchBrowser({ withExtension: false }),
  ]);
});

afterAll(async () => {
  await Promise.all([withExtension.close(), withoutExtension.close()]);
  await server.close();
});

/** Every element's box (at the top of the page), the page's size and its element count. */
const measure = (): { boxes: string[]; height: number; elements: number } => {
  window.scrollTo(0, 0);
  const elements = [...document.querySelectorAll("body *")];
  return {
    boxes: elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return `${element.localName} ${x} ${y} ${width} ${height}`;
    }),
    height: document.documentElement.scrollHeight,
    elements: document.getElementsByTagName("*").length,
  };
};

describe("layout", () => {
  it.each(DEV_PAGES.map((page) => [page.name, page.path] as const))(
    "leaves every box of %s where it was, highlights and card included",
    async (_name, path) => {
      const plain = await withoutExtension.context.newPage();
      await plain.goto(server.origin + path);
      const before = await plain.evaluate(measure);

      const page = await withExtension.context.newPage();
      await page.goto(server.origin + path);
      await waitForHighlights(page);
      expect(await page.evaluate(measure)).toEqual(before);

      // Opening a card adds one fixed-position host to <html>, outside the body, and moves nothing.
      await page.keyboard.press("Alt+Shift+N");
      await expect.poll(() => readCard(page)).not.toBeNull();
      const withCard = await page.evaluate(measure);
      expect(withCard.boxes).toEqual(before.boxes);
      expect(withCard.height).toBe(before.height);
      expect(withCard.elements).toBe(before.elements + 1);
      await Promise.all([plain.close(), page.close()]);
    },
  );
});
