// Latency of `assess` on patient messages of 100 to 2,000 characters, p50 and p99, against a baseline in the same
// run: `tokenize` alone over the same messages (the first step every reading takes). Target: p99 under 1 ms.
// Run with `pnpm bench` or directly: `tsx bench/assess.bench.ts`.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

import { tokenize } from "../src/text/tokenize";
import { assess } from "../src/triage/assess";
import { sharedPath } from "../test/support/shared-path";

const SIZES = [100, 250, 500, 1_000, 2_000] as const;
const MESSAGES_PER_SIZE = 400;
const TARGET_P99_MS = 1;

type Texted = { text: string };

const loadSentences = (): string[] => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const own = JSON.parse(
    readFileSync(path.join(here, "../test/messages/messages.json"), "utf8"),
  ) as Texted[];
  const dev = JSON.parse(readFileSync(sharedPath("dev-set", "vignettes.json"), "utf8")) as Texted[];
  return [...dev, ...own].flatMap((m) => m.text.split(/(?<=[.!?])\s+/)).filter(Boolean);
};

/** Messages of about `size` characters, built from real sentences in a varying order. */
const buildMessages = (sentences: readonly string[], size: number, count: number): string[] => {
  const out: string[] = [];
  let cursor = 0;
  for (let m = 0; m < count; m += 1) {
    let text = "";
    while (text.length < size) {
      const sentence = sentences[(cursor * 7919) % sentences.length] ?? "";
      cursor += 1;
      text += (text ? " " : "") + sentence;
    }
    out.push(text.slice(0, size));
  }
  return out;
};

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const measure = (messages: readonly string[], work: (text: string) => unknown) => {
  const times: number[] = [];
  for (const text of messages) {
    const started = performance.now();
    work(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
};

const run = async (): Promise<void> => {
  const sentences = loadSentences();
  // Warm up the JIT on every size first.
  for (const size of SIZES) for (const text of buildMessages(sentences, size, 100)) assess(text);
  const rows: string[][] = [];
  let worstP99 = 0;
  for (const size of SIZES) {
    const messages = buildMessages(sentences, size, MESSAGES_PER_SIZE);
    const base = measure(messages, tokenize);
    const full = measure(messages, (text) => assess(text));
    worstP99 = Math.max(worstP99, full.p99);
    rows.push([
      String(size),
      base.p50.toFixed(3),
      base.p99.toFixed(3),
      full.p50.toFixed(3),
      full.p99.toFixed(3),
      (full.p50 / Math.max(base.p50, 1e-6)).toFixed(1),
    ]);
  }
  const header = [
    "chars",
    "tokenize p50",
    "tokenize p99",
    "assess p50",
    "assess p99",
    "assess/tokenize",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ");
  process.stdout.write(`assess latency in ms (${MESSAGES_PER_SIZE} messages per size)\n`);
  process.stdout.write(`${line(header)}\n${rows.map(line).join("\n")}\n`);
  process.stdout.write(
    `worst p99 ${worstP99.toFixed(3)} ms; target < ${TARGET_P99_MS} ms: ${worstP99 < TARGET_P99_MS ? "met" : "NOT met"}\n`,
  );
  await Promise.resolve();
};

export default run;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
