import { assess } from "@backsure/core";
import { describe, expect, it } from "vitest";

import { shouldInviteToSave } from "./should-invite-to-save";

const result = (
  text: string,
  overrides: { stage?: "red-flags" | "complete"; inViewersDiary?: boolean } = {},
) => ({
  stage: overrides.stage ?? "complete",
  inViewersDiary: overrides.inViewersDiary ?? false,
  assessment: assess(text),
});

const SORE = "A bit sore the day after PT, easing now.";
const EMERGENCY = "Since this morning I can't feel the toilet paper when I wipe.";

describe("shouldInviteToSave", () => {
  it("invites someone signed out to keep a full one-off check", () => {
    expect(shouldInviteToSave(result(SORE), false)).toBe(true);
  });

  it("does not invite a signed-in patient, a stop at the urgent questions, or a check-in already kept", () => {
    expect(shouldInviteToSave(result(SORE), true)).toBe(false);
    expect(shouldInviteToSave(result(SORE, { stage: "red-flags" }), false)).toBe(false);
    expect(shouldInviteToSave(result(SORE, { inViewersDiary: true }), false)).toBe(false);
  });

  it("never invites on an emergency result, where the page asks only to get help now", () => {
    const emergency = result(EMERGENCY);
    expect(emergency.assessment.level).toBe("emergency");
    expect(shouldInviteToSave(emergency, false)).toBe(false);
  });
});
