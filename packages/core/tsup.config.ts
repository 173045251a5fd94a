import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    page: "src/page.ts",
    guidance: "src/guidance.ts",
    cli: "src/cli/main.ts",
  },
  format: ["esm"],
  target: "node20",
  dts: {
    entry: { index: "src/index.ts", page: "src/page.ts", guidance: "src/guidance.ts" },
  },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
