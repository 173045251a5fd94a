import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";
import { assess } from "../triage/assess";

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

  it("reads a course of medicine as how long it was taken, not the time since the session", () => {
    expect(
      facts(
        "I had a 5 day course of prednisolone in 2019. Back achy after PT, a little better each day.",
      ).hoursSince,
    ).toBeUndefined();
    expect(
      facts("Seven days of antibiotics last month. Back sore after PT.").hoursSince,
    ).toBeUndefined();
    expect(
      facts("Sore for 5 days since the session, a little better each day.").hoursSince?.hours,
    ).toBe(120);
  });

  it("reads a short course of steroids as no long-term steroid use", () => {
    const steroids = (text: string) =>
      assess(text)
        .findings.filter((finding) => finding.detail === "steroids")
        .map((finding) => finding.status);
    expect(steroids("I had a 5 day course of prednisolone for a chest infection in 2019.")).toEqual(
      ["denied"],
    );
    expect(steroids("Had a week of pred for my asthma last month.")).toEqual(["denied"]);
    expect(steroids("Had a 6 month course of prednisolone last year.")).toEqual(["present"]);
    expect(steroids("On prednisolone for years for my PMR.")).toEqual(["present"]);
  });
});
