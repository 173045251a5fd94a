import { describe, expect, it } from "vitest";
import { cuesOf, readText } from "./read-text";
import { extractFindings } from "./extract";
import { isHeldDespite } from "./held-despite";

/** Whether the first settling condition of `text` is told as not helping. */
const heldDespite = (text: string): boolean => {
  const reading = readText(text);
  const cue = cuesOf(reading, "settle")[0];
  if (cue === undefined) throw new Error(`no settling condition in: ${text}`);
  return isHeldDespite(reading, cue);
};

const concepts = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.status === "present")
    .map((f) => f.concept);

describe("a settling condition told as not helping", () => {
  it.each([
    "pins and needles that dont go even when i change position",
    "the numb patch is still there even with rest",
    "my foot tingles and it doesn't really go away when I move",
    "tingling in my calf, it won't ease off when I rest",
  ])("reads %s as held despite the condition", (text) => {
    expect(heldDespite(text)).toBe(true);
  });

  it.each([
    "tingling in my calf but it goes when I change position",
    "tingly toes, goes away when I stand up",
    "a bit numb, clears with rest",
  ])("reads %s as a condition that helps", (text) => {
    expect(heldDespite(text)).toBe(false);
  });

  it("keeps a tingle that does not clear with a change of position a lasting one", () => {
    expect(
      concepts("pins and needles in my shin that dont go even when i change position"),
    ).toContain("numbness-tingling");
    expect(concepts("pins and needles in my shin, goes when i change position")).toContain(
      "tingling-settling",
    );
  });
});
