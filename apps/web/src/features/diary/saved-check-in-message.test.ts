import { describe, expect, it } from "vitest";

import type { ClaimResult } from "~/server/data/diary/claim-check-in";

import { savedCheckInMessage } from "./saved-check-in-message";

describe("savedCheckInMessage", () => {
  it("has a message for each outcome of saving a check-in", () => {
    const outcomes: Record<ClaimResult, string> = {
      saved: "saved in your diary",
      "already-saved": "already saved",
      "not-found": "could not find",
      "no-pain-scores": "no pain scores",
    };
    for (const [outcome, words] of Object.entries(outcomes))
      expect(savedCheckInMessage(outcome)).toContain(words);
  });

  it("says nothing for any other value", () => {
    for (const value of ["", "yes", "constructor", "__proto__", "toString", undefined, ["saved"]])
      expect(savedCheckInMessage(value)).toBeUndefined();
  });
});
