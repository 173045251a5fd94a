import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the sexual-change findings of a text. */
const sexual = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "sexual-dysfunction")
    .map((f) => f.status);

describe("a feeling told after 'but' of what came before it", () => {
  it("pairs the feeling with the act before the 'but'", () => {
    for (const text of [
      "finished in bed with my partner last night but felt basically nothing",
      "finished with my girlfriend but felt nothing at all",
    ]) {
      expect(sexual(text), text).toContain("present");
    }
  });

  it("leaves a feeling of something else after 'but' alone", () => {
    for (const text of [
      "finished my exercises in bed last night but felt basically nothing in my back",
      "sex with my wife is fine but I feel stiff after PT",
    ]) {
      expect(sexual(text), text).not.toContain("present");
    }
  });
});
