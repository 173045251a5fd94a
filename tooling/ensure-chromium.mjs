#!/usr/bin/env node
// Browser tests drive Debian's Chromium (Playwright's own browser download cannot reach its servers here).
// Runs before `pnpm test`: installs Chromium when it is missing and we are root, else says how.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Browser tests need Chromium at ${CHROMIUM}: run "sudo apt-get install -y chromium".`,
    );
    process.exit(1);
  }
  console.log(`Installing Chromium (${CHROMIUM}) for the browser tests...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}
