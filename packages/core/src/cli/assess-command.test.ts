import { describe, expect, it } from "vitest";
import { ASSESS_USAGE, runAssessCommand } from "./assess-command";
import { runCli } from "./run-cli";
import type { CliIo } from "./run-cli";

const fakeIo = (stdin: string) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: () => {
      throw new Error("no files here");
    },
    readStdin: () => stdin,
    write: (text) => out.push(text),
    writeError: (text) => err.push(text),
    isTTY: false,
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
};

describe("backsure assess", () => {
  it("prints the level, why, what to do and when to get help sooner", () => {
    const { io, out } = fakeIo("My back is sore after yesterday's session. No numbness.");
    expect(runAssessCommand([], io)).toBe(0);
    const text = out();
    expect(text).toMatch(/^Level: Expected \(expected\)/);
    expect(text).toContain("Why:");
    expect(text).toContain('Your words: "sore"');
    expect(text).toContain('"numbness": you said you do not have this');
    expect(text).toContain("What to do now:");
    expect(text).toContain("Get help sooner if:");
  });

  it("names the chosen emergency number", () => {
    const { io, out } = fakeIo("both my legs have gone numb");
    expect(runAssessCommand(["--emergency-number", "911"], io)).toBe(0);
    expect(out()).toContain("Call 911 now");
  });

  it("prints JSON with --json", () => {
    const { io, out } = fakeIo("I can't pee since this morning");
    expect(runAssessCommand(["--json"], io)).toBe(0);
    const parsed = JSON.parse(out()) as { level: string; firedRules: { id: string }[] };
    expect(parsed.level).toBe("emergency");
    expect(parsed.firedRules[0]?.id).toBe("ces-bladder-bowel");
  });

  it("reads JSON lines and writes one result per line with its id, reporting bad lines", () => {
    const { io, out } = fakeIo(
      ['{"id":"a","text":"jelly legs"}', "", '{"id":7,"text":"sore"}', "not json"].join("\n"),
    );
    expect(runAssessCommand(["--jsonl"], io)).toBe(1);
    const lines = out()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: unknown; level?: string; error?: string });
    expect(lines.map((line) => [line.id, line.level ?? "error"])).toEqual([
      ["a", "emergency"],
      [7, "expected"],
      [null, "error"],
    ]);
    expect(lines[2]?.error).toMatch(/^line 4:/);
  });

  it("refuses bad usage with exit code 2 and the usage text", () => {
    for (const args of [["--nope"], ["--json", "--jsonl"], ["--emergency-number"]]) {
      const { io, err } = fakeIo("sore");
      expect(runAssessCommand(args, io)).toBe(2);
      expect(err()).toContain(ASSESS_USAGE);
    }
    const empty = fakeIo("  \n");
    expect(runAssessCommand([], empty.io)).toBe(2);
    expect(empty.err()).toMatch(/No message/);
  });
});

describe("backsure (dispatch)", () => {
  const commands = { assess: runAssessCommand };

  it("dispatches to the named command", () => {
    const { io, out } = fakeIo("sore");
    expect(runCli(["assess", "--json"], io, commands)).toBe(0);
    expect(out()).toContain('"level": "expected"');
  });

  it("prints usage and exits 2 without a command or with an unknown one", () => {
    const none = fakeIo("");
    expect(runCli([], none.io, commands)).toBe(2);
    expect(none.err()).toMatch(/Usage: backsure <command>/);
    const unknown = fakeIo("");
    expect(runCli(["frobnicate"], unknown.io, commands)).toBe(2);
    expect(unknown.err()).toMatch(/Unknown command "frobnicate"/);
    const help = fakeIo("");
    expect(runCli(["--help"], help.io, commands)).toBe(0);
    expect(help.out()).toContain("assess");
  });
});
