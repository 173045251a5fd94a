import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the radiating-pain findings of a text. */
const radiating = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "shooting-radiating-pain")
    .map((f) => f.status);

describe("pain in the leg drawing back up towards the spine", () => {
  it("reads the pain down the leg as on its way out, no spread", () => {
    for (const text of [
      "the leg pain I came in with has pulled back up to my buttock, it's not in my thigh anymore",
      "The sciatica has moved back up out of my calf and is just in my bum now.",
      "The pain down my leg has centralised into my lower back since the extensions.",
      "The leg pain has gone back up into my buttock.",
    ]) {
      expect(radiating(text), text).not.toContain("present");
    }
  });

  it("leaves a spread down the leg, a denied drawing back and pain told in another clause alone", () => {
    for (const text of [
      "The leg pain was in my buttock but it's moved down to my calf now.",
      "The leg pain hasn't pulled back up at all, still down to my foot.",
      "The leg pain pulled back up to my buttock on Monday, but today it's shooting down to my calf again.",
    ]) {
      expect(radiating(text), text).toContain("present");
    }
  });
});
