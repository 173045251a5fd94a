// Runs every bench/*.bench.ts module's default export (an async function), in file-name order.
// `pnpm bench` in packages/core.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((name) => name.endsWith(".bench.ts"))
  .sort();

for (const name of files) {
  const loaded: unknown = await import(pathToFileURL(path.join(here, name)).href);
  const run =
    typeof loaded === "object" && loaded !== null && "default" in loaded
      ? loaded.default
      : undefined;
  if (typeof run !== "function") throw new Error(`${name} has no default export to run`);
  process.stdout.write(`\n== ${name} ==\n`);
  await (run as () => Promise<void>)();
}
