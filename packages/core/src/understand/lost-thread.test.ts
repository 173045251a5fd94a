import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the severe-pain findings of a text. */
const severe = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "severe-pain")
    .map((f) => f.status);

describe("losing the thread of what one was saying because of the pain", () => {
  it("reads it as pain so bad it is hard to talk", () => {
    for (const text of [
      "I lost track of what I was saying on the phone to my son because it hurts so much.",
      "The pain is so bad I keep losing my train of thought.",
      "my back is that sore I forgot what I was saying to the nurse",
    ]) {
      expect(severe(text), text).toContain("present");
    }
  });

  it("leaves a lost thread without pain as its reason, and someone else's, alone", () => {
    for (const text of [
      "Sorry, I lost track of what I was saying. Back is a bit sore after the session, nothing major.",
      "I lost track of what I was saying because my son interrupted. Back is fine.",
      "My mum lost track of what she was saying because her back hurts so much.",
    ]) {
      expect(severe(text), text).not.toContain("present");
    }
  });
});
