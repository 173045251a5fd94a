import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const bladder = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "bladder-bowel")
    .map((f) => f.status);

describe("a soreness or a part of the spine that goes, not passing water", () => {
  it("reads a soreness going after a while as no bladder sign", () => {
    for (const text of [
      "stiff in the morning but it goes after a while",
      "usual morning stiffness, goes after a while of pottering about",
      "a bit of an ache in the evening which went after a while",
      "when my disc went, that resolved ages ago",
      "my neck went last spring and I waited ages for physio",
    ]) {
      expect(bladder(text), text).not.toContain("present");
    }
  });

  it("keeps passing water that takes long a bladder sign", () => {
    for (const text of [
      "stiff in the morning but when I go it takes a while to start",
      "sore back and when I sit on the loo it goes after a while",
      "back ache and it takes ages to go when I need a wee",
      "my disc is sore and when I go for a wee I wait ages",
    ]) {
      expect(bladder(text), text).toContain("present");
    }
  });
});
