import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const worsening = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "progressive-weakness")
    .map((f) => f.status);

describe("a leg's strength there earlier the same day and gone later", () => {
  it("reads it as weakness getting worse over hours", () => {
    for (const text of [
      "this morning i could lift my left foot fine, by lunch i cant",
      "at 9am i could still go up on tiptoes on my left, by 3pm i cant",
      "i could still walk to the shop earlier but now i cant, my foot just drags",
      "at lunch i could still climb the stairs and now i can barely get up them",
      "at breakfast i could still go up on my toes, by teatime i can hardly do it",
    ]) {
      expect(worsening(text), text).toContain("present");
    }
  });

  it("leaves pain stopping it, things lifted and someone else's legs alone", () => {
    for (const text of [
      "i could walk to the shop this morning but now i cant because of the pain",
      "i could lift the shopping this morning, by lunch i cant",
      "my husband could lift his foot this morning, by lunch he cant",
      "i could barely walk this morning and now i can hardly notice it in my leg",
      "i could still feel it in my leg at lunch and now i can barely notice it",
    ]) {
      expect(worsening(text), text).not.toContain("present");
    }
  });
});
