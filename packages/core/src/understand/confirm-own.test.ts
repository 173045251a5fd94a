import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const statusOf = (text: string, concept: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === concept)
    .map((f) => f.status);

describe("signs imagined or someone else's that the patient then says are theirs", () => {
  it("makes a safety-net sign present when the patient says they have it now", () => {
    expect(
      statusOf(
        "My physio said to call if I got numb down there, and now I am.",
        "saddle-anesthesia",
      ),
    ).toEqual(["present"]);
    expect(
      statusOf(
        "The physio said to ring 999 if I can't feel the toilet paper. Today I can't.",
        "saddle-anesthesia",
      ),
    ).toContain("present");
  });

  it("keeps a safety-net sign imagined when the patient says it is fine", () => {
    expect(
      statusOf(
        "My physio said to call 999 if I can't feel the toilet paper. I can feel it fine.",
        "saddle-anesthesia",
      ),
    ).not.toContain("present");
  });

  it("makes a relative's or a pet's sign present when the patient says they have it too", () => {
    expect(statusOf("My dad had foot drop which I now have too", "leg-weakness")).toContain(
      "present",
    );
    expect(statusOf("my dog's back legs are weak but so are mine", "bilateral-neuro")).toContain(
      "present",
    );
    expect(statusOf("My dad had foot drop and I do yoga", "leg-weakness")).not.toContain("present");
  });
});
