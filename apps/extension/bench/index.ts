/**
 * Main-thread cost of the content script in real Chromium, against mark.js highlighting the same phrases on
 * the same page in the same run. Pages are built from the dev set's real health pages, repeated to size.
 *
 *   pnpm --filter @backsure/extension build && pnpm --filter @backsure/extension bench
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";

import { annotate } from "@backsure/core";

import { launchBrowser } from "../tests/e2e/support/launch-browser";
import { DEV_PAGES } from "../tests/e2e/support/pages";
import { waitForHighlights } from "../tests/e2e/support/read-highlights";
import { servePages } from "../tests/e2e/support/serve-pages";
import { textToHtml } from "../tests/e2e/support/text-to-html";
import { measureTasks, startTrace } from "./trace-tasks";
import type { TaskStats } from "./trace-tasks";

const SIZES = [
  { name: "200 KB article", bytes: 200_000 },
  { name: "2 MB page", bytes: 2_000_000 },
] as const;

const MARK_JS = readFileSync(
  createRequire(import.meta.url).resolve("mark.js/dist/mark.min.js"),
  "utf8",
);

/** The dev pages' text, repeated until the page has `bytes` characters of text. */
const buildText = (bytes: number): string => {
  const all = DEV_PAGES.map((page) => page.text).join("\n");
  const parts: string[] = [];
  for (let size = 0; size < bytes; size += all.length + 1) parts.push(all);
  return parts.join("\n");
};

/** The mark.js run: the same phrases core finds, marked once the page has loaded. */
const markScript = (phrases: readonly string[]): string => `<script>${MARK_JS}</script>
<script>
  addEventListener("load", () => setTimeout(() => {
    new Mark(document.querySelector("main")).mark(${JSON.stringify(phrases)}, {
      separateWordSearch: false,
      diacritics: false,
      acrossElements: false,
      caseSensitive: true,
      done: () => { window.__markDone = true; },
    });
  }, 50));
</script>`;

const row = (name: string, tool: string, stats: TaskStats): string =>
  `| ${name} | ${tool} | ${stats.totalMs.toFixed(1)} | ${stats.evaluationMs.toFixed(1)} | ${stats.longestMs.toFixed(1)} | ${stats.tasks} | ${stats.longTasks} |`;

const main = async (): Promise<void> => {
  const pages: Record<string, string> = {};
  const phrasesBySize = new Map<string, string[]>();
  for (const size of SIZES) {
    const { html, text } = textToHtml(buildText(size.bytes), size.name);
    const phrases = [...new Set(annotate(text).map((m) => text.slice(m.start, m.end)))];
    phrasesBySize.set(size.name, phrases);
    pages[`/extension/${size.bytes}`] = html;
    pages[`/mark/${size.bytes}`] = html.replace("</body>", `${markScript(phrases)}</body>`);
  }
  const server = await servePages(pages);
  const withExtension = await launchBrowser();
  const withoutExtension = await launchBrowser({ withExtension: false });
  const extensionUrl = `chrome-extension://${withExtension.extensionId}/`;
  const rows: string[] = [];
  try {
    for (const size of SIZES) {
      // The extension: from the content script's start to its last highlight.
      const page = await withExtension.context.newPage();
      const cdp = await withExtension.context.newCDPSession(page);
      const trace = await startTrace(cdp);
      await page.goto(`${server.origin}/extension/${size.bytes}`, { timeout: 120_000 });
      await waitForHighlights(page, 120_000);
      await page.waitForTimeout(1500);
      const extension = measureTasks(await trace.stop(), (url) => url.startsWith(extensionUrl));
      rows.push(row(size.name, "Backsure (Highlight API)", extension));
      await page.close();

      // mark.js, wrapping the same phrases in <mark> elements, without the extension.
      const markPage = await withoutExtension.context.newPage();
      const markCdp = await withoutExtension.context.newCDPSession(markPage);
      const markTrace = await startTrace(markCdp);
      await markPage.goto(`${server.origin}/mark/${size.bytes}`, { timeout: 120_000 });
      await markPage.waitForFunction(() => "__markDone" in window, null, { timeout: 300_000 });
      await markPage.evaluate(() => document.body.offsetHeight);
      await markPage.waitForTimeout(500);
      // mark.js runs inline in the page, so its tasks are those of the page's own URL after load.
      const mark = measureTasks(await markTrace.stop(), (url) =>
        url.startsWith(`${server.origin}/mark/`),
      );
      rows.push(
        row(size.name, `mark.js (${phrasesBySize.get(size.name)?.length ?? 0} phrases)`, mark),
      );
      await markPage.close();
    }
  } finally {
    await withExtension.close();
    await withoutExtension.close();
    await server.close();
  }
  console.log(
    "Main-thread tasks in which the highlighter's code ran (targets: no task over 50 ms;",
  );
  console.log(
    "total under 100 ms for the 200 KB article). 'Script evaluation' is the task that loads the",
  );
  console.log(
    "script and initialises its modules (for Backsure, mostly @backsure/core's lexicons).\n",
  );
  console.log(
    "| page | highlighter | total ms | of which script evaluation ms | longest task ms | tasks | tasks > 50 ms |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const line of rows) console.log(line);
  const [load = 0] = loadavg();
  console.log(`\n${cpus().length} cores, load average ${load.toFixed(1)} at the end of the run.`);
};

await main();
