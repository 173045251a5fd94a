import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("a relative's event or place", () => {
  it("reads what the patient tells after it as the patient's own", () => {
    for (const text of [
      "I had a bad spell on Saturday after a long day on my feet at my daughter's wedding, maybe a 7, but it has been settling.",
      "After my son's birthday party I was on my feet all day, back went up to a 7, it's settling now, about a 4.",
    ]) {
      expect(assess(text).level, text).toBe("monitor");
    }
    const text = "At my son's house I lost control of my bladder.";
    expect(assess(text).level, text).toBe("emergency");
  });

  it("keeps a relative's own pain theirs", () => {
    const text =
      "My mate said his pain was 6 or 7 after his session. Mine is just a mild ache, 2, better today.";
    expect(assess(text).level, text).toBe("expected");
  });
});
