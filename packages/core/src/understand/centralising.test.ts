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
      // Told across two sentences: how far it went then, and "it" drawing back in the next.
      "The leg pain I started PT with used to go right down to my calf. Over the last two weeks it's pulled back up.",
      "The sciatica I came in with went down to my ankle. It has retreated to my buttock now.",
      // "Used to go down to" is how far it once went, not how it cleared.
      "My leg pain used to go down to my calf, now it's only in my lower back.",
    ]) {
      expect(radiating(text), text).not.toContain("present");
    }
  });

  it("leaves a spread down the leg, a denied drawing back and pain told in another clause alone", () => {
    for (const text of [
      "The leg pain was in my buttock but it's moved down to my calf now.",
      "The leg pain hasn't pulled back up at all, still down to my foot.",
      "The leg pain pulled back up to my buttock on Monday, but today it's shooting down to my calf again.",
      // (the sentence before tells of now, not of then; or the pain is told now and its retreat was brief)
      "its creeping lower, was in my back and now its down my right calf. It has moved back up before.",
      "Shooting pain down to my calf since yesterday. It went back up to my hip briefly this morning",
    ]) {
      expect(radiating(text), text).toContain("present");
    }
  });
});
