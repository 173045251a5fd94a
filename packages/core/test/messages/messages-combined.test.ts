import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { assess } from "../../src/triage/assess";
import { sharedPath } from "../support/shared-path";

// Patients tell several things in one message, and often run sentences together. Every emergency message of
// the dev set and our own set stays an emergency when any benign message (one whose level is `expected`) is
// told before or after it, run together without a full stop. About 16,000 messages; a few seconds.

type Message = { id: string; text: string; level: string };

const here = path.dirname(fileURLToPath(import.meta.url));
const readMessages = (file: string): Message[] =>
  JSON.parse(readFileSync(file, "utf8")) as Message[];
const all = [
  ...readMessages(sharedPath("dev-set", "vignettes.json")),
  ...readMessages(path.join(here, "messages.json")),
];
const emergencies = all.filter((m) => m.level === "emergency");
const benign = all.filter((m) => m.level === "expected");

describe("messages told together", () => {
  it("keep every emergency an emergency, whatever benign message comes before or after", () => {
    expect(emergencies.length).toBeGreaterThan(100);
    expect(benign.length).toBeGreaterThan(50);
    const missed: string[] = [];
    for (const emergency of emergencies) {
      for (const other of benign) {
        // Run together with a space only: the hardest way to tell two things (a line break or full stop
        // between ends every scope anyway).
        for (const text of [`${emergency.text} ${other.text}`, `${other.text} ${emergency.text}`]) {
          if (assess(text).level !== "emergency")
            missed.push(`${emergency.id}+${other.id}: ${text}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
