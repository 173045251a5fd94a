import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** Whether a message tells its pain settled (back to the usual level). */
const settled = (text: string): boolean => readTextFacts(readText(text)).settled !== undefined;

describe("a settling told as the usual course", () => {
  it("settles nothing of today's pain", () => {
    for (const text of [
      "normally i wake up stiff but back to normal by the time I've had coffee. today I woke up still at a 5",
      "Usually I'm back to my baseline by breakfast after a session.",
    ]) {
      expect(settled(text), text).toBe(false);
    }
  });

  it("keeps a settling told of this time", () => {
    for (const text of [
      "Normally I'm stiff but today I'm back to normal.",
      "Sore last night after PT, back to normal this morning.",
    ]) {
      expect(settled(text), text).toBe(true);
    }
  });
});
