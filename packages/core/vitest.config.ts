import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["./test/support/fail-on-console.ts"],
    // Property tests run hundreds of cases; give them room on a busy 2-core machine. Speed is measured in
    // `pnpm bench`, never here.
    testTimeout: 30_000,
  },
});
