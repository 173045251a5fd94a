import { beforeAll, describe, expect, it } from "vitest";

import { markMentions, runAnnotateCommand } from "./annotate-command";
import type { AnnotateCommandIo } from "./annotate-command";
import { annotate } from "../annotate/annotate";

// The shared lexicon compiles on first use (a second or more on a busy machine): do it before any timed test.
beforeAll(() => {
  annotate("warm up");
}, 60_000);

const PAGE = "Stiffness is normal. Call 999 for loss of bladder control.";

const fakeIo = (files: Record<string, string>, stdin = "", isTTY = false) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: AnnotateCommandIo = {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error("no such file");
      return text;
    },
    readStdin: () => stdin,
    write: (text) => out.push(text),
    writeError: (text) => err.push(text),
    isTTY,
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
};

describe("backsure annotate", () => {
  it("prints the page with each mention marked and its level", () => {
    const fake = fakeIo({ "page.txt": PAGE });
    expect(runAnnotateCommand(["page.txt"], fake.io)).toBe(0);
    expect(fake.out()).toContain("[[Stiffness|expected]] is normal.");
    expect(fake.out()).toContain("[[loss of bladder control|emergency]]");
    expect(fake.out()).toMatch(/emergency: New bladder or bowel trouble/);
  });

  it("reads standard input when there is no file or the file is '-'", () => {
    for (const args of [[], ["-"]]) {
      const fake = fakeIo({}, "sciatica");
      expect(runAnnotateCommand(args, fake.io)).toBe(0);
      expect(fake.out()).toContain("[[sciatica|contact-therapist]]");
    }
  });

  it("prints JSON mentions and the summary with --json", () => {
    const fake = fakeIo({ "page.txt": PAGE });
    expect(runAnnotateCommand(["page.txt", "--json"], fake.io)).toBe(0);
    const parsed = JSON.parse(fake.out()) as {
      mentions: { start: number; end: number; concept: string }[];
      summary: { counts: Record<string, number> };
    };
    expect(parsed.mentions.map((m) => m.concept)).toEqual(["stiffness", "bladder-bowel"]);
    expect(PAGE.slice(parsed.mentions[1]?.start, parsed.mentions[1]?.end)).toBe(
      "loss of bladder control",
    );
    expect(parsed.summary.counts.emergency).toBe(1);
  });

  it("colours mentions on a terminal", () => {
    const fake = fakeIo({ "page.txt": PAGE }, "", true);
    runAnnotateCommand(["page.txt"], fake.io);
    expect(fake.out()).toContain("\u001b[1;31mloss of bladder control\u001b[0m [emergency]");
  });

  it("marks denied symptoms as denied", () => {
    const text = "no fever";
    expect(
      markMentions(
        text,
        [{ start: 3, end: 8, concept: "fever-infection", level: "see-doctor", negated: true }],
        false,
      ),
    ).toBe("no [[fever|see-doctor, denied]]");
  });

  it("fails with a message on a missing file, an unknown option or two files", () => {
    const missing = fakeIo({});
    expect(runAnnotateCommand(["nope.txt"], missing.io)).toBe(1);
    expect(missing.err()).toMatch(/Cannot read nope.txt/);
    const unknown = fakeIo({});
    expect(runAnnotateCommand(["--frobnicate"], unknown.io)).toBe(2);
    expect(unknown.err()).toMatch(/Unknown option --frobnicate/);
    expect(runAnnotateCommand(["a", "b"], fakeIo({}).io)).toBe(2);
  });

  it("prints usage with --help", () => {
    const fake = fakeIo({});
    expect(runAnnotateCommand(["--help"], fake.io)).toBe(0);
    expect(fake.out()).toMatch(/Usage: backsure annotate/);
  });
});
