import { describe, expect, it } from "vitest";
import { findCaughtStumbleHurt } from "./caught-stumble";
import { readText } from "./read-text";

const hurt = (text: string): boolean => findCaughtStumbleHurt(readText(text)) !== undefined;

describe("a stumble caught that left pain behind", () => {
  it.each([
    "Tripped over the dog, caught myself on the counter. Since then a new sharp pain low in my back.",
    "Slipped on the step but didn't actually fall. My lower back has been aching ever since.",
    "Missed a stair and caught myself on the rail, now my back really hurts when I stand up.",
  ])("reads %j as a strain", (text) => {
    expect(hurt(text)).toBe(true);
  });

  it.each([
    // Nothing hurting since, or only the usual.
    "Tripped on the rug but caught myself, no harm done.",
    "Tripped over the hoover but managed not to fall. Since then no pain at all.",
    "Stumbled but caught myself. Since then just my usual soreness after PT.",
    // Someone else's pain since.
    "I stumbled but caught myself. My sister fell last year and her back has hurt ever since.",
  ])("leaves %j as no harm", (text) => {
    expect(hurt(text)).toBe(false);
  });
});
