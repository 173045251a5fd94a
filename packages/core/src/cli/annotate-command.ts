import { readFileSync } from "node:fs";

import { annotate } from "../annotate/annotate";
import { summarizePage } from "../annotate/summarize-page";
import type { Mention } from "../model/assessment";
import type { TriageLevel } from "../model/triage-level";

/** Where the command reads and writes; the real process in `main.ts`, fakes in tests. */
export type AnnotateCommandIo = {
  readFile: (path: string) => string;
  readStdin: () => string;
  write: (text: string) => void;
  writeError: (text: string) => void;
  isTTY: boolean;
};

export const ANNOTATE_USAGE = `Usage: backsure annotate [FILE|-] [--json]

Marks the symptoms and warning signs a health page mentions, each with its level.
Reads FILE, or standard input when FILE is missing or "-".
  --json   print {"mentions": [...], "summary": {...}} instead of the marked text
`;

const ANSI: Readonly<Record<TriageLevel, string>> = {
  expected: "\u001b[32m",
  monitor: "\u001b[36m",
  "contact-therapist": "\u001b[33m",
  "see-doctor": "\u001b[35m",
  emergency: "\u001b[1;31m",
};
const RESET = "\u001b[0m";

/** The text with each mention marked: `[[words|level]]`, or coloured with the level after it on a terminal. */
export const markMentions = (
  text: string,
  mentions: readonly Mention[],
  colour: boolean,
): string => {
  let out = "";
  let at = 0;
  for (const m of mentions) {
    const words = text.slice(m.start, m.end);
    const label = m.negated ? `${m.level}, denied` : m.level;
    out += text.slice(at, m.start);
    out += colour ? `${ANSI[m.level]}${words}${RESET} [${label}]` : `[[${words}|${label}]]`;
    at = m.end;
  }
  return out + text.slice(at);
};

const summaryLines = (text: string, mentions: readonly Mention[]): string => {
  const summary = summarizePage(text, mentions);
  const lines = [
    "",
    `Mentions: ${Object.entries(summary.counts)
      .map(([level, n]) => `${level} ${n}`)
      .join(", ")}`,
    `About back or nerve pain: ${summary.isRelevant ? "yes" : "no"} (relevance ${summary.relevance.toFixed(2)})`,
  ];
  for (const sign of summary.warningSigns) {
    lines.push(`  ${sign.level}: ${sign.name} (x${sign.count})`);
  }
  return `${lines.join("\n")}\n`;
};

/** `backsure annotate [FILE|-] [--json]`. Returns the process exit code. */
export const runAnnotateCommand = (args: readonly string[], io: AnnotateCommandIo): number => {
  if (args.includes("--help") || args.includes("-h")) {
    io.write(ANNOTATE_USAGE);
    return 0;
  }
  const json = args.includes("--json");
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--json");
  const files = args.filter((a) => !a.startsWith("--"));
  if (unknown.length > 0 || files.length > 1) {
    io.writeError(
      `${unknown.length > 0 ? `Unknown option ${unknown[0]}` : "Give one file"}\n${ANNOTATE_USAGE}`,
    );
    return 2;
  }
  const file = files[0];
  let text: string;
  try {
    text = file === undefined || file === "-" ? io.readStdin() : io.readFile(file);
  } catch (error) {
    io.writeError(`Cannot read ${file ?? "standard input"}: ${(error as Error).message}\n`);
    return 1;
  }
  const mentions = annotate(text);
  if (json) {
    io.write(`${JSON.stringify({ mentions, summary: summarizePage(text, mentions) }, null, 2)}\n`);
  } else {
    io.write(markMentions(text, mentions, io.isTTY));
    if (!text.endsWith("\n")) io.write("\n");
    io.write(summaryLines(text, mentions));
  }
  return 0;
};

/** The real process's input and output. */
export const processIo = (): AnnotateCommandIo => ({
  readFile: (path) => readFileSync(path, "utf8"),
  readStdin: () => readFileSync(0, "utf8"),
  write: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY,
});
