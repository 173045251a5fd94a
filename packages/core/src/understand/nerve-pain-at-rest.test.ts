import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const restPain = (text: string): boolean =>
  extractFindings(text).some(
    (f) =>
      f.concept === "severe-pain" && f.detail === "not-eased-by-rest" && f.status === "present",
  );

describe("rest not easing a nerve pain in one leg", () => {
  it("reads it as the leg pain lasting, not severe pain", () => {
    expect(
      restPain("a burning feeling down my right thigh since Thursday, doesn't go away with rest"),
    ).toBe(false);
    expect(restPain("shooting pain down my left leg, lying down doesn't help")).toBe(false);
  });

  it("leaves it severe pain when nothing names a nerve pain, or something severe is told", () => {
    expect(restPain("Lying flat all afternoon has made zero difference to the pain.")).toBe(true);
    expect(restPain("excruciating shooting pain down my leg, nothing helps")).toBe(true);
  });
});
