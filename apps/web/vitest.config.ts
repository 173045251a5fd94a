import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

// Unit tests (*.test.ts[x]) and data/server-action tests (*.db.test.ts, also run alone by `test:db`) beside the
// code. Playwright's e2e/ is separate. PGlite starts in about 5 s: db tests share one database per file.
export default defineConfig({
  resolve: {
    alias: {
      "~": fileURLToPath(new URL("./src", import.meta.url)),
      // `server-only` throws outside React Server Components; tests run server code directly.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
