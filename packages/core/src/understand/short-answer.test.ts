import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { shortAnswerAt } from "./short-answer";

/** The short answer opening the second sentence of `text`, as "yes" or "no", or undefined. */
const answerOf = (text: string): string | undefined => {
  const reading = readText(text);
  const second = reading.segments.sentenceStarts[1] ?? 0;
  return shortAnswerAt(reading, second)?.says;
};

describe("short answers", () => {
  it("reads a no with its subject and verb left short", () => {
    for (const text of [
      "Should I stop if it goes sharp? It hasn't, I just want to know.",
      "Is he right that my legs are weak? They're not.",
      "What if I start leaking? I'm not, just asking.",
      "Do I need to go? I don't.",
      "Will it spread? Not yet.",
      "Any leaking? No.",
      "Any leaking? Nope, not at all.",
    ]) {
      expect(answerOf(text), text).toBe("no");
    }
  });

  it("reads a yes, with a time it began or after 'and now'", () => {
    for (const text of [
      "Call if you get numb down there. And now I am.",
      "Ring 999 if you can't feel the paper. Today I can't since this morning.",
      "Is it in both legs? It is now.",
      "My dog's legs are weak. So are mine.",
      "My dad had foot drop. Which I now have too.",
    ]) {
      expect(answerOf(text), text).toBe(text.includes("can't") ? "no" : "yes");
    }
  });

  it("reads no answer where the sentence goes on to tell something", () => {
    for (const text of [
      "Is it bad? I am just a bit sore after the squats.",
      "Is it normal? It hurts down my leg.",
      "Any numbness? No idea what that means.",
      "What should I do? I can feel it fine.",
    ]) {
      expect(answerOf(text), text).toBeUndefined();
    }
  });
});
