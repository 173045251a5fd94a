import { fileURLToPath } from "node:url";

/** The unpacked Chromium build that `pnpm build` writes. */
export const EXTENSION_DIR = fileURLToPath(
  new URL("../../../build/chrome-mv3-prod", import.meta.url),
);

/** The shared reference material sits beside the repository (../shared), in development and in CI. */
export const DEV_PAGES_DIR = fileURLToPath(
  new URL("../../../../../../shared/dev-set/pages", import.meta.url),
);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
