// Runs every bench/*.bench.ts module, in file-name order, each in a process of its own: what one bench leaves in
// the JIT (shared functions compiled for another caller's shapes) and in the heap must not colour the next one's
// figures. Each module runs its default export when started directly. `pnpm bench` in packages/core (which builds
// the package first: the benches measure the built code that users import).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((name) => name.endsWith(".bench.ts"))
  .sort();

let failed = 0;
for (const name of files) {
  process.stdout.write(`\n== ${name} ==\n`);
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(here, name)], {
    stdio: "inherit",
  });
  if (run.status !== 0) {
    failed += 1;
    process.stderr.write(`${name} failed (exit ${run.status ?? run.signal ?? "unknown"})\n`);
  }
}
if (failed > 0) process.exitCode = 1;
