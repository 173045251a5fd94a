/**
 * Main-thread cost of the content script in real Chromium, against mark.js highlighting the same phrases on
 * the same page in the same run, and the CPU the extension's background spends reading the page's text. Pages
 * are built from the dev set's real health pages, repeated to size.
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
import { findExtensionProcess, readProcessCpuMs } from "./process-cpu";
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

const row = (name: string, tool: string, stats: TaskStats, backgroundMs: number | null): string =>
  `| ${name} | ${tool} | ${stats.cpuMs.toFixed(1)} | ${stats.totalMs.toFixed(1)} | ${stats.evaluationMs.toFixed(1)} | ${stats.longestMs.toFixed(1)} | ${stats.tasks} | ${stats.longTasks} | ${backgroundMs === null ? "–" : backgroundMs.toFixed(0)} |`;

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
  // The background's process: wake the worker so that its process is up, then find it.
  await withExtension.context.serviceWorkers()[0]?.evaluate(() => 0);
  const backgroundPid = findExtensionProcess();
  const backgroundCpuMs = (): number =>
    backgroundPid === null ? 0 : readProcessCpuMs(backgroundPid);
  const withoutExtension = await launchBrowser({ withExtension: false });
  const extensionUrl = `chrome-extension://${withExtension.extensionId}/`;
  const rows: string[] = [];
  try {
    for (const size of SIZES) {
      // The extension: from the content script's start to its last highlight.
      const page = await withExtension.context.newPage();
      const cdp = await withExtension.context.newCDPSession(page);
      const trace = await startTrace(cdp);
      const backgroundBefore = backgroundCpuMs();
      await page.goto(`${server.origin}/extension/${size.bytes}`, { timeout: 120_000 });
      await waitForHighlights(page, 120_000);
      await page.waitForTimeout(1500);
      const background = backgroundPid === null ? null : backgroundCpuMs() - backgroundBefore;
      const extension = measureTasks(await trace.stop(), (url) => url.startsWith(extensionUrl));
      rows.push(row(size.name, "Backsure (Highlight API)", extension, background));
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
        row(
          size.name,
          `mark.js (${phrasesBySize.get(size.name)?.length ?? 0} phrases)`,
          mark,
          null,
        ),
      );
      await markPage.close();
    }
  } finally {
    await withExtension.close();
    await withoutExtension.close();
    await server.close();
  }
  for (const line of [
    "Main-thread tasks in which the highlighter's code ran. Targets: no task over 50 ms; under 100 ms of main-",
    "thread time for the 200 KB article. 'Main-thread ms' is the time the page's main thread ran those tasks",
    "(thread time); 'wall ms' is how long they took by the clock, longer where other processes had the CPU",
    "meanwhile (on 2 cores, mostly the browser painting the page). 'Script evaluation' is the task that loads",
    "the script. Backsure reads the text in its background (the extension's service worker, off the page's",
    "thread): 'background CPU ms' is the CPU its process used meanwhile. Each page is the first of its size in",
    "a new browser: the 200 KB article is the first page the extension sees, on code the browser has not warmed.",
    "",
    "| page | highlighter | main-thread ms | wall ms | of which script evaluation ms | longest task ms (wall) | tasks | tasks > 50 ms | background CPU ms |",
    "|---|---|---|---|---|---|---|---|---|",
  ])
    console.log(line);
  for (const line of rows) console.log(line);
  const [load = 0] = loadavg();
  console.log(`\n${cpus().length} cores, load average ${load.toFixed(1)} at the end of the run.`);
};

await main();
