import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The concepts found present in a text. */
const present = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.status === "present")
    .map((f) => f.concept);

describe("a 'dead leg' told as a bruised muscle after needling or massage", () => {
  it("reads it as local soreness, not numbness", () => {
    for (const text of [
      "dry needling in my glute, it was like a deep bruise that evening + a bit of a dead leg feeling in the muscle",
      "after the massage I've got a dead leg, like a bruise in my thigh",
    ]) {
      expect(present(text), text).not.toContain("numbness-tingling");
    }
  });

  it("keeps a leg gone dead, numb or down the whole leg", () => {
    for (const text of [
      "after needling my leg went dead and numb, can't feel my foot",
      "I've got a dead leg feeling down my whole leg since the needling and it's still there",
    ]) {
      expect(present(text), text).toContain("numbness-tingling");
    }
  });
});
