/** Import time and first-call times of the built core (run after `pnpm build`): `tsx scripts/measure-startup.ts`. */
import { performance } from "node:perf_hooks";

const t0 = performance.now();
const core = await import("../dist/index.js");
const t1 = performance.now();
core.assess("my leg has gone numb and i cant feel the toilet paper when i wipe");
const t2 = performance.now();
core.annotate(
  "<p>Sciatica is pain that goes down your leg. Call 999 if you have numbness around your bottom.</p>",
);
const t3 = performance.now();
core.assess("back pain after gardening, a bit stiff");
const t4 = performance.now();
console.log(
  `import ${(t1 - t0).toFixed(0)} ms, first assess ${(t2 - t1).toFixed(0)} ms, first annotate ${(t3 - t2).toFixed(0)} ms, second assess ${(t4 - t3).toFixed(1)} ms`,
);
