import { LEVEL_COPY } from "../model/level-copy";
import type { AssessOptions, Assessment } from "../model/assessment";
import type { Evidence } from "../model/finding";
import { assess } from "../triage/assess";

/** Where the command reads and writes; the real process in `main.ts`, fakes in tests. */
export type AssessCommandIo = {
  readStdin: () => string;
  write: (text: string) => void;
  writeError: (text: string) => void;
};

export const ASSESS_USAGE = `Usage: backsure assess [--json | --jsonl] [--emergency-number NUMBER]

Reads a patient's message on standard input and says how urgent it is, why, and what to do.
  --json                     print the whole result as JSON
  --jsonl                    read one {"id": ..., "text": ...} object per line and write one
                             JSON result per line, with its id
  --emergency-number NUMBER  the number to call in an emergency (default 999)
`;

const STATUS_WORDS: Readonly<Record<string, string>> = {
  denied: "you said you do not have this",
  "someone-else": "this is about someone else",
  past: "this was in the past",
  "long-standing": "this has been the same for a long time",
  hypothetical: "you asked about this; you did not say you have it",
};

const quote = (evidence: Evidence): string =>
  evidence.kind === "text" ? `"${evidence.text}"` : evidence.text;

/** The result written for a person: level, why, what to do, when to get help sooner. */
export const formatAssessment = (result: Assessment): string => {
  const lines: string[] = [];
  lines.push(`Level: ${LEVEL_COPY[result.level].label} (${result.level})`, result.headline, "");
  if (result.firedRules.length > 0) {
    lines.push("Why:");
    for (const rule of result.firedRules) {
      lines.push(`  - ${rule.reason}`);
      if (rule.evidence.length > 0) {
        lines.push(`    Your words: ${rule.evidence.map(quote).join(", ")}`);
      }
    }
    lines.push("");
  }
  const setAside = result.findings.filter((finding) => finding.status !== "present");
  if (setAside.length > 0) {
    lines.push("Also understood:");
    for (const finding of setAside) {
      lines.push(
        `  - ${quote(finding.evidence)}: ${STATUS_WORDS[finding.status] ?? finding.status}`,
      );
    }
    lines.push("");
  }
  lines.push("What to do now:", ...result.doNow.map((line) => `  - ${line}`), "");
  if (result.escalateIf.length > 0) {
    lines.push("Get help sooner if:", ...result.escalateIf.map((line) => `  - ${line}`), "");
  }
  if (result.sources.length > 0) {
    lines.push(
      "Sources:",
      ...result.sources.map((source) => `  [${source.key}] ${source.title}`),
      "",
    );
  }
  lines.push(result.disclaimer, "");
  return lines.join("\n");
};

type JsonlLine = { id: unknown; text: string };

const parseLine = (line: string): JsonlLine => {
  const value: unknown = JSON.parse(line);
  if (typeof value !== "object" || value === null || !("text" in value)) {
    throw new Error('each line must be a JSON object with "id" and "text"');
  }
  const text: unknown = value.text;
  if (typeof text !== "string") throw new Error('"text" must be a string');
  return { id: "id" in value ? value.id : null, text };
};

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Runs `backsure assess`. Returns the exit code: 0 done, 1 bad input, 2 bad usage. */
export const runAssessCommand = (args: readonly string[], io: AssessCommandIo): number => {
  if (args.includes("--help") || args.includes("-h")) {
    io.write(ASSESS_USAGE);
    return 0;
  }
  const options: AssessOptions = {};
  let mode: "text" | "json" | "jsonl" = "text";
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--json" || arg === "--jsonl") {
      if (mode !== "text") {
        io.writeError(`Choose one of --json and --jsonl.\n${ASSESS_USAGE}`);
        return 2;
      }
      mode = arg === "--json" ? "json" : "jsonl";
    } else if (arg === "--emergency-number") {
      const number = args[i + 1];
      if (number === undefined || number.startsWith("--") || number.trim() === "") {
        io.writeError(`--emergency-number needs a number.\n${ASSESS_USAGE}`);
        return 2;
      }
      options.emergencyNumber = number;
      i += 1;
    } else {
      io.writeError(`Unknown argument ${String(arg)}\n${ASSESS_USAGE}`);
      return 2;
    }
  }
  let input: string;
  try {
    input = io.readStdin();
  } catch (error) {
    io.writeError(`Cannot read standard input: ${errorMessage(error)}\n`);
    return 1;
  }
  if (mode === "jsonl") {
    let failed = 0;
    for (const [index, line] of input.split(/\r?\n/).entries()) {
      if (line.trim() === "") continue;
      let id: unknown = null;
      try {
        const parsed = parseLine(line);
        id = parsed.id;
        io.write(`${JSON.stringify({ id, ...assess(parsed.text, options) })}\n`);
      } catch (error) {
        failed += 1;
        io.write(`${JSON.stringify({ id, error: `line ${index + 1}: ${errorMessage(error)}` })}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  }
  if (input.trim() === "") {
    io.writeError(`No message on standard input.\n${ASSESS_USAGE}`);
    return 2;
  }
  let result: Assessment;
  try {
    result = assess(input, options);
  } catch (error) {
    io.writeError(`${errorMessage(error)}\n`);
    return 1;
  }
  io.write(mode === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatAssessment(result));
  return 0;
};
