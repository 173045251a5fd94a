import { describe, expect, it } from "vitest";

import { hasOwnTimeSorenessBetween } from "./own-time-soreness";
import { readText } from "./read-text";

/** Whether the text has soreness dated by a start of its own anywhere in it. */
const ownTime = (text: string): boolean => {
  const reading = readText(text);
  return hasOwnTimeSorenessBetween(reading, 0, reading.tokens.length);
};

describe("soreness told with a time of its own", () => {
  it("finds soreness dated by the warm-up, the start of a class or of the day", () => {
    for (const text of [
      "bit stiff at the start of the class but by the end it had gone",
      "my lower back was tight for the first few minutes but it went away",
      "glutes a bit sore in the warm up but that settled",
      "stiff first thing but it eased by lunch",
      "achy to begin with, then fine",
    ])
      expect(ownTime(text), text).toBe(true);
  });

  it("finds none without such a time, or with a start that dates no soreness", () => {
    for (const text of [
      "legs like jelly after the squats and a bit sore but fine within ten minutes",
      "at the start of the class both legs went numb",
      "sore for days after the session",
    ])
      expect(ownTime(text), text).toBe(false);
  });
});
