import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

const facts = (text: string) => readTextFacts(readText(text));

describe("words of time and course that tell neither", () => {
  it("reads 'going down my legs' as where pain goes, not as pain not going down", () => {
    expect(facts("Ache is 3, nothing going down my legs.").trend).toBeUndefined();
    expect(facts("The ache isn't going down at all.").trend?.value).toBe("same");
  });

  it("reads 'what a week' as an exclamation, not a time since the session", () => {
    expect(facts("What a week. PT on Wednesday, achy Thursday.").hoursSince?.hours).not.toBe(168);
    expect(facts("It's been a week since PT and the ache is no better.").hoursSince?.hours).toBe(
      168,
    );
  });
});
