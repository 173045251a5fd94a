import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { describe, expect, it } from "vitest";

import type { TriageLevel } from "../../src/model/triage-level";
import { assess } from "../../src/triage/assess";
import { sharedPath } from "../support/shared-path";

// Patients open and close with everyday words and run them into what matters, in lower case and without a full
// stop: "no pain after numb around my bum ...", "... can hardly lift it is that normal". Every emergency message of
// the dev set and our own set stays an emergency with each of these openings and endings. (Checklist answers,
// "pins and needles? Yes, in my groin", are left out: run into an opening they lose the question they answer.)

type Message = { id: string; text: string; level: TriageLevel };

const OPENINGS = [
  "feeling ok mostly",
  "not too bad today",
  "all good otherwise",
  "back is fine now but",
  "nothing new really",
  "not sure if this matters",
  "no pain after",
  "hi quick question",
  "never had this before",
  "no idea why",
  "i cant complain much",
  "Sorry to bother you",
];
const ENDINGS = [
  "lol",
  "but otherwise fine",
  "not sure if normal",
  "is that normal",
  "thanks",
  "😅",
  "anyway feeling ok",
  "nothing else",
];

// Several thousand messages: room beyond the default 30 s on a busy 2-core machine.
const RUN_ON_TIMEOUT = 180_000;

const here = path.dirname(fileURLToPath(import.meta.url));
const readMessages = (file: string): Message[] =>
  JSON.parse(readFileSync(file, "utf8")) as Message[];
const emergencies = [
  ...readMessages(sharedPath("dev-set", "vignettes.json")),
  ...readMessages(path.join(here, "messages.json")),
].filter((m) => m.level === "emergency" && !m.text.includes("?"));

/** The message in lower case at its start, after an opening, with no full stop between. */
const openedWith = (opening: string, text: string): string =>
  `${opening} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** The message without its last full stop, run into an ending. */
const endedWith = (text: string, ending: string): string =>
  `${text.replace(/[.!]+$/, "")} ${ending}`;

describe("an emergency run on with everyday openings and endings", () => {
  it(
    "stays an emergency",
    () => {
      expect(emergencies.length).toBeGreaterThan(150);
      const missed: string[] = [];
      for (const message of emergencies) {
        const texts = [
          ...OPENINGS.map((opening) => openedWith(opening, message.text)),
          ...ENDINGS.map((ending) => endedWith(message.text, ending)),
        ];
        for (const text of texts) {
          if (assess(text).level !== "emergency") missed.push(`${message.id}: ${text}`);
        }
      }
      expect(missed).toEqual([]);
    },
    RUN_ON_TIMEOUT,
  );
});
