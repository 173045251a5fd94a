import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const bladder = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "bladder-bowel")
    .map((f) => f.status);

describe("a writer who speaks of their own body after a relative's condition", () => {
  it("keeps the relative's sign theirs when the writer denies it for themselves or watches their own body", () => {
    for (const text of [
      "my sister had emergency surgery on her back because she couldnt pee. honestly i've got none of that.",
      "my brother had an op on his back after he lost control of his bladder. I've had nothing like it",
      "my aunt had surgery on her spine because she couldn't wee, so I've been checking myself every day",
      "my sister had an operation on her back because she couldnt pee. honestly i am ok. just stiff",
    ]) {
      expect(bladder(text), text).not.toContain("present");
    }
  });

  it("keeps the patient's own sign, and a relative who is the patient, present", () => {
    for (const text of [
      "my sister had emergency surgery on her back because she couldnt pee, and now i can't pee either",
      "my sister had back surgery last week. she can't pee since yesterday.",
      "Mum had surgery on her back on Monday. Since then she can't feel when she needs a wee. Just stiff otherwise.",
      "My husband had back surgery 10 days ago. He can't pee since this morning. I don't know any of that stuff",
      // (after a message passed on or "so I'm asking", the writer's state tells the relative is the patient)
      "Husband says to tell you he can't pee since his physio. I'm fine.",
      "my mum can't pee since her back op, so I'm asking. I've got none of that.",
    ]) {
      expect(bladder(text), text).toContain("present");
    }
  });
});
