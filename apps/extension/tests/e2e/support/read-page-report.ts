import type { BrowserContext } from "playwright-core";

import type { PageReport } from "../../../src/lib/messages";

/**
 * Asks the content script of the active tab for its report, through the extension's own service worker (the
 * same message the popup sends), and waits until the first reading of the page is done.
 */
export const readPageReport = async (
  context: BrowserContext,
  timeout = 15_000,
): Promise<PageReport> => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const deadline = Date.now() + timeout;
  for (;;) {
    const report = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) return null;
      try {
        return (await chrome.tabs.sendMessage(tab.id, { type: "get-page-report" })) as unknown;
      } catch {
        return null;
      }
    });
    const typed = report as PageReport | null;
    if (typed && typed.mode !== "scanning") return typed;
    if (Date.now() > deadline) throw new Error("the content script never reported");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
