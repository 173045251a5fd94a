// Throughput of `annotate` over the dev pages concatenated to 1 MB and 10 MB, against a baseline in the same run:
// one `toLowerCase` pass plus a character loop over the same text, the floor no annotator can beat.
// `annotate` is the built package's (see `built.ts`). Run with `pnpm bench` (bench/index.ts runs each bench in a
// process of its own) or directly, after `pnpm build`: `tsx bench/annotate.bench.ts`.
import { Buffer } from "node:buffer";
import { pathToFileURL } from "node:url";

import { loadDevPages } from "../test/pages/dev-pages";
import { loadPage } from "./built";

const MB = 1_000_000;
const TARGET_MB_PER_S = 20;
const TARGET_MS_PER_MB = 100;

const buildText = (bytes: number): string => {
  const pages = loadDevPages()
    .map((page) => page.text)
    .join("\n\n");
  let text = "";
  while (Buffer.byteLength(text) < bytes) text += `${pages}\n\n`;
  return text;
};

/** The floor: lower-case the text once and visit every character. */
const baseline = (text: string): number => {
  const lower = text.toLowerCase();
  let letters = 0;
  for (let i = 0; i < lower.length; i += 1) {
    const c = lower.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letters += 1;
  }
  return letters;
};

/**
 * The fastest of a few runs, in wall-clock ms and in this process's CPU ms. On a shared, loaded machine the
 * CPU time is the steadier figure; both are printed.
 */
const bestOf = (runs: number, work: () => unknown): { wall: number; cpu: number } => {
  let wall = Infinity;
  let cpu = Infinity;
  for (let run = 0; run < runs; run += 1) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    work();
    wall = Math.min(wall, performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
};

export type AnnotateBenchRow = {
  size: string;
  mentions: number;
  /** Wall-clock ms for one annotate pass. */
  annotateMs: number;
  annotateMBs: number;
  /** MB/s from CPU time (steadier under load). */
  annotateCpuMBs: number;
  baselineMBs: number;
  ratio: number;
};

/** Runs the benchmark, prints a table and returns its rows. */
export default async function benchAnnotate(): Promise<AnnotateBenchRow[]> {
  const { annotate } = await loadPage();
  const compileStarted = performance.now();
  annotate("warm up");
  const compileMs = performance.now() - compileStarted;
  const rows: AnnotateBenchRow[] = [];
  for (const [label, bytes, runs] of [
    ["1 MB", MB, 5],
    ["10 MB", 10 * MB, 2],
  ] as const) {
    const text = buildText(bytes);
    const size = Buffer.byteLength(text) / MB;
    annotate(text); // warm the JIT on this size
    let mentions = 0;
    const annotated = bestOf(runs, () => (mentions = annotate(text).length));
    const floor = bestOf(runs, () => baseline(text));
    rows.push({
      size: label,
      mentions,
      annotateMs: annotated.wall,
      annotateMBs: size / (annotated.wall / 1000),
      annotateCpuMBs: size / (annotated.cpu / 1000),
      baselineMBs: size / (floor.wall / 1000),
      ratio: annotated.wall / floor.wall,
    });
  }
  console.log(
    `\nannotate: throughput over the dev pages (lexicon compiled in ${compileMs.toFixed(0)} ms)`,
  );
  console.table(
    rows.map((row) => ({
      size: row.size,
      mentions: row.mentions,
      "annotate ms": row.annotateMs.toFixed(1),
      "annotate MB/s": row.annotateMBs.toFixed(1),
      "annotate MB/s (CPU)": row.annotateCpuMBs.toFixed(1),
      "baseline MB/s": row.baselineMBs.toFixed(1),
      "x baseline time": row.ratio.toFixed(1),
    })),
  );
  const oneMb = rows[0];
  const slowest = Math.min(...rows.map((row) => row.annotateMBs));
  console.log(
    `targets: >= ${TARGET_MB_PER_S} MB/s (${slowest >= TARGET_MB_PER_S ? "met" : "MISSED"}: ${slowest.toFixed(1)}), 1 MB in < ${TARGET_MS_PER_MB} ms (${oneMb && oneMb.annotateMs < TARGET_MS_PER_MB ? "met" : "MISSED"}: ${oneMb?.annotateMs.toFixed(1)} ms)`,
  );
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchAnnotate();
