import { describe, expect, it } from "vitest";

import { describeFinding } from "./describe-finding";

describe("describeFinding", () => {
  it("reads a denied symptom back as understood", () => {
    expect(describeFinding("numbness", "denied")).toBe("You said: no “numbness”");
    expect(describeFinding("no numbness", "denied")).toBe("You said: “no numbness”");
  });

  it("quotes present findings and says why others are set aside", () => {
    expect(describeFinding("sharp pain", "present")).toBe("“sharp pain”");
    expect(describeFinding("numb groin", "someone-else")).toBe(
      "About someone else, not you: “numb groin”",
    );
    expect(describeFinding("sciatica", "past")).toBe("In the past, not now: “sciatica”");
  });
});
