import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** The trend a message tells, or undefined. */
const trendOf = (text: string): string | undefined => readTextFacts(readText(text)).trend?.value;

describe("a relative's episode is no trend of the patient's pain", () => {
  it("drops a relative's easing told with 'it'", () => {
    for (const text of [
      "The ache hasn't budged. My sister had a similar thing and it went away by itself.",
      "Still stuck at a 4. My dad had sciatica last year and it got better with rest.",
    ]) {
      expect(trendOf(text), text).toBe("same");
    }
  });

  it("keeps the patient's easing beside a relative", () => {
    for (const text of [
      "My husband says it's getting better and I think it's a bit better too.",
      "My mum had the same but I'm improving every day.",
      "My wife reckons I'm walking better.",
    ]) {
      expect(trendOf(text), text).toBe("better");
    }
  });

  it("reads 'had the same' of a relative as their condition, not a standstill", () => {
    expect(trendOf("Sore but clearly easing. My aunt had the same.")).toBe("better");
    expect(trendOf("My husband says it's the same as Wednesday.")).toBe("same");
  });
});
