import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";

import { CHROMIUM, EXTENSION_DIR } from "./paths";

export type Browser = {
  context: BrowserContext;
  /** The extension's id, or null for a browser without it. */
  extensionId: string | null;
  close: () => Promise<void>;
};

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Headless Chromium with the built extension loaded (or without it, for comparisons). */
export const launchBrowser = async ({ withExtension = true } = {}): Promise<Browser> => {
  const profile = await mkdtemp(join(tmpdir(), "backsure-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: withExtension
      ? [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          ...ARGS,
        ]
      : ARGS,
  });
  let extensionId: string | null = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
};
