// The benches measure the package as users import it: the bundle `pnpm build` writes to dist/, not the sources
// through a TypeScript loader (separate modules, each import a live binding, run measurably slower).
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

import type * as Index from "../src/index";
import type * as Page from "../src/page";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "../dist");

const load = async <T>(entry: string): Promise<T> => {
  const file = path.join(dist, entry);
  if (!existsSync(file))
    throw new Error(`${file} is missing: build the package first (pnpm build in packages/core)`);
  return (await import(pathToFileURL(file).href)) as T;
};

/** The main entry, as `import … from "@backsure/core"` gives it. */
export const loadIndex = (): Promise<typeof Index> => load<typeof Index>("index.js");

/** The page entry, as `import … from "@backsure/core/page"` gives it. */
export const loadPage = (): Promise<typeof Page> => load<typeof Page>("page.js");
