import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** The trend a message tells, or undefined. */
const trendOf = (text: string): string | undefined => readTextFacts(readText(text)).trend?.value;

describe("scores listed in turn with no days named", () => {
  it("tells the trend of its last three scores", () => {
    expect(trendOf("It's been 5 days. The ache was 5, 5, 4, 3, 2.")).toBe("better");
    expect(trendOf("It's been 6 days since PT and the ache has gone 4, 4, 4, 4.")).toBe("same");
    expect(trendOf("Day 5 after PT. The ache went 3, 4, 5, 5, 6.")).toBe("worse");
  });

  it("reads no trend from two scores or from scores of one exercise", () => {
    expect(trendOf("It's been 5 days. The ache was 5, then 4.")).toBeUndefined();
    expect(
      trendOf("Pain during the bridges went 2, 3, 4 and was back to my usual 1 by the morning."),
    ).not.toBe("worse");
  });
});
