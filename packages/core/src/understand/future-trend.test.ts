import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** The trend a message tells, or undefined. */
const trendOf = (text: string): string | undefined => readTextFacts(readText(text)).trend?.value;

describe("a trend told of a time to come", () => {
  it("tells nothing of how the pain is going now", () => {
    for (const text of [
      "Back a bit stiff, 2/10. I'm expecting it to be worse tomorrow.",
      "Stiff this evening after PT. It'll probably be sorer tomorrow.",
      "Sore after PT and I think it will get worse.",
    ]) {
      expect(trendOf(text), text).toBeUndefined();
    }
  });

  it("keeps a trend of now beside an expectation", () => {
    expect(trendOf("Day 4 and I expected it to be better by now but it's worse")).toBe("worse");
    expect(trendOf("It's getting worse by the hour since PT this morning.")).toBe("worse");
  });
});
