import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** The trend a message tells, or undefined. */
const trendOf = (text: string): string | undefined => readTextFacts(readText(text)).trend?.value;

describe("the legs told as the same as ever", () => {
  it("is no trend of the pain", () => {
    for (const text of [
      "Back sore after the session, 5 yesterday. My legs feel the same as ever.",
      "lower back achy since physio, walking is the same as always",
      "Stiff back today and my feet are no different.",
    ]) {
      expect(trendOf(text), text).toBeUndefined();
    }
  });

  it("keeps leg pain or the pain itself standing still", () => {
    expect(trendOf("Day 5 and the pain in my leg is the same as ever")).toBe("same");
    expect(trendOf("Day 5 and my back is no different")).toBe("same");
  });
});
