import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const statuses = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "sexual-dysfunction")
    .map((f) => f.status);

describe("'it up' told of a thing lifted, not an erection", () => {
  it("reads a thing got up somewhere as no sexual change", () => {
    for (const text of [
      "the shopping is heavy and I can't get it up the stairs",
      "struggling to get it up onto the top shelf with my back like this",
      "the pram is fine but I can't get it up over the kerb",
    ]) {
      expect(statuses(text), text).not.toContain("present");
    }
  });

  it("keeps an erection told with 'it up' a sexual change", () => {
    for (const text of [
      "having trouble getting it up since the weekend",
      "can't get it up the last few days, back is killing me",
      "it's been harder to keep it up since my back went",
      "can't get it up to be honest, not since Monday",
    ]) {
      expect(statuses(text), text).toContain("present");
    }
  });
});
