import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the bladder and bowel findings of a text. */
const bladder = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "bladder-bowel")
    .map((f) => f.status);

describe("an accident told as one of the bladder or bowels", () => {
  it("reads a small or unfelt accident as the patient's bladder or bowel sign", () => {
    for (const text of [
      "Had a little accident at my desk this afternoon though, didn't even feel it coming",
      "a bit of an embarrassing accident in the supermarket yesterday",
      "had an accident on the way home, didnt feel it coming at all",
      "I had a small accident in the night",
      "had an accident on the way in, I didn't feel that I needed to go at all",
      "Embarrassing but I had an accident this morning",
      "so mortified, had an accident at work today",
    ]) {
      expect(bladder(text), text).toContain("present");
    }
  });

  it("leaves accidents of cars, falls, pets and children alone", () => {
    for (const text of [
      "had a little accident in the car park, bumped the bollard",
      "my toddler had a little accident at nursery",
      "had an accident at work years ago, hurt my back",
      "the puppy had a little accident on the rug",
      "a car accident in 2019, whiplash since",
      "had an accident at the gym",
      "Embarrassing but I had an accident with the car this morning",
      "embarrassing, my dog had an accident on the physio's floor",
      "my son had an accident at school, he didn't feel he needed to go",
    ]) {
      expect(bladder(text), text).not.toContain("present");
    }
  });

  it("keeps denied and long-past accidents out", () => {
    for (const text of [
      "no accidents, peeing fine",
      "i had a little accident last year when i had covid, fine since",
    ]) {
      expect(bladder(text), text).not.toContain("present");
    }
  });
});
