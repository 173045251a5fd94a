import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** The scores a message reads, each as its value with "e" when told as an earlier level. */
const scores = (text: string): string[] =>
  readTextFacts(readText(text)).painScores.map(
    (score) => `${score.value}${score.earlier ? "e" : ""}`,
  );

describe("a level told after the level now as what it was before", () => {
  it("reads the earlier level, with no word of pain beside it", () => {
    expect(scores("day 5 now. about a 3/10. was 6 on day 2.")).toEqual(["3", "6e"]);
    expect(scores("5 days since physio. 2/10 now, down from a 5 on day 2.")).toEqual(["2", "5e"]);
    expect(scores("Four days on and it's a 2 now, more a 2 than the 5 it was on Sunday.")).toEqual([
      "2",
      "5e",
    ]);
    expect(
      scores("Still a bit achy a week on, maybe a 2. It was closer to a 6 at the weekend though."),
    ).toEqual(["2", "6e"]);
  });

  it("reads a higher earlier level past day 3 as soreness outlasting 72 hours but improving", () => {
    for (const text of [
      "day 5 now. about a 3/10. it was 6 on day 2.",
      "Day 4 and it's a 3 today. Was 5 yesterday.",
      "5 days since physio. 2/10 now, down from a 5 on day 2.",
      "its day 4, still sore but like a 3 now, from a 5 on tuesday",
      "Four days on and it's a 2 now, more a 2 than the 5 it was on Sunday. Is that fine?",
      "It's Saturday, session was Monday. It's a 2 today, was a 4 on Thursday.",
      "day 6 since the session, a 1 now, it was 4 on day 3",
    ])
      expect(assess(text).level, text).toBe("monitor");
  });

  it("keeps a level now as high as or higher than the earlier one past day 3 as not improving", () => {
    for (const text of [
      "day 4. 5/10. was 3 yesterday.",
      "Day 5 and it's a 4 today, was a 4 yesterday too, not shifting.",
      "Day 5. It's a 5 now. It was a 5 on day 2 as well. Not changing at all.",
      // (said to be still there now: "still a 4", whatever it was before)
      "Day 4 and it's still a 4, and it was a 6 on day 2 before I did the extra stretches, now stuck.",
    ])
      expect(assess(text).level, text).toBe("contact-therapist");
  });

  it("leaves a severe level before to the rules on severe scores, told in either order", () => {
    for (const [text, inOrder] of [
      ["4 today. It was 9 yesterday.", "It was 9 yesterday, 4 today."],
      ["Back is a 5 now, was an 8 yesterday.", "Back was an 8 yesterday, a 5 now."],
    ] as const)
      expect(assess(text).level, text).toBe(assess(inOrder).level);
    expect(assess("4 today. It was 9 yesterday.").level).toBe("see-doctor");
  });

  it("keeps an easing inside the first three days as the usual soreness", () => {
    for (const text of [
      "day 2. 4/10. was 3 yesterday.",
      "Day 3 and it's a 2, was a 4 yesterday.",
      "day 2 after the session, it's a 3 now, from a 4 this morning",
    ])
      expect(assess(text).level, text).toBe("expected");
  });

  it("reads no level of someone else, and no range told in order, as an earlier one", () => {
    expect(
      scores("day 4, 4/10 and no better. my wife was 6 yesterday though, she hurt her knee"),
    ).toEqual(["4"]);
    expect(
      assess("day 4, 4/10 and no better. my wife was 6 yesterday though, she hurt her knee").level,
    ).toBe("contact-therapist");
    expect(scores("day 4 and the pain went from 6 to 3")).not.toContain("6e");
  });

  it("reads 'was' set against a level said to be now as the earlier level, with no day named", () => {
    for (const text of [
      "soreness hanging around on day 5 but its like a 2 now, was a 5",
      "soreness on day 5 but it's a 2 now, it was a 5",
    ])
      expect(assess(text).level, text).toBe("monitor");
  });
});
