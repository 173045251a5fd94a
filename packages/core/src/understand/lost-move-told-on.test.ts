import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the loss-of-motion findings of a text. */
const lostMotion = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "loss-of-motion")
    .map((f) => f.status);

describe("a movement lost, said to last in the next sentence", () => {
  it("reads it as movement that does not come back", () => {
    for (const text of [
      "Now I only get to mid thigh. It's been like that a week since the session and it isn't coming back.",
      "I can't twist to the left properly. It's been that way for 5 days now.",
      "My back won't straighten fully. Hasn't come back since Monday's session.",
      "I can't turn to look over my shoulder. The soreness has gone but the twist hasn't come back, a week now.",
    ]) {
      expect(lostMotion(text), text).toContain("present");
    }
  });

  it("leaves a loss that came back, a next sentence about something else and an imagined one alone", () => {
    for (const text of [
      "Now I only get to mid thigh. It's been like that a week but it came back this morning.",
      "Now I only get to mid thigh. It's been like that for 5 days but I'm moving much better today.",
      "Now I only get to mid thigh. My knee has been sore for a week.",
      "What if I can only reach my knees? It's been a worry for a week.",
      "I can't turn to look over my shoulder. The twist came back by the evening, a week now it's fine.",
      "I can't turn to look over my shoulder. My knee hasn't come back to normal.",
    ]) {
      expect(lostMotion(text), text).not.toContain("present");
    }
  });
});
