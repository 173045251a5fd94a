import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

// End-to-end tests against the production build (`next build` runs first: turbo's `test` depends on `build`),
// served on a free port with a fresh embedded database in a temporary folder. Debian's Chromium, never
// `playwright install`.

const findFreePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

// Playwright loads this file once per worker too: reuse the port and folder the main process chose.
process.env.E2E_PORT ??= String(await findFreePort());
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "backsure-e2e-"));
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous: the suite shares two cores with builds and other test runs.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "off",
    launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
  },
  projects: [{ name: "mobile", use: { ...devices["Pixel 7"], browserName: "chromium" } }],
  webServer: {
    command: `pnpm exec next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR,
      // The e2e suite always runs on the embedded database, whatever the shell has, and counts sign-in and
      // sign-up attempts there (a fresh count each run), not in a Redis the shell may name.
      DATABASE_URL: "",
      REDIS_URL: "",
      EMERGENCY_NUMBER: "999",
      // Accounts need a fixed secret in a production build (any 32+ characters for tests).
      BETTER_AUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only",
      // The reader's e2e spec serves its test pages on 127.0.0.1: allow that address only, explicitly for a
      // production build under test (see src/env.ts).
      READER_ALLOW_LOOPBACK: "production-test",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
