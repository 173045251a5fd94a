import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("numbness of both feet from the patient's own known neuropathy", () => {
  it("is no two-leg sign when long-standing", () => {
    for (const text of [
      "I've got diabetic neuropathy, both feet have been numb in the same sock pattern for 8 years, it's unchanged.",
      "My feet have been numb for years with my neuropathy, nothing new there.",
    ]) {
      expect(assess(text).level, text).toBe("expected");
    }
  });

  it("leaves new or spreading numbness, and a neuropathy that is someone else's or denied", () => {
    expect(
      assess(
        "I've got diabetic neuropathy in my feet for years, but since yesterday both legs are numb",
      ).level,
    ).toBe("emergency");
    for (const text of [
      "My dad has diabetic neuropathy. Both my feet have been numb for years, no change.",
      "I'm not diabetic and I don't have neuropathy, but both my feet have been numb for years, no change.",
    ]) {
      expect(assess(text).level, text).toBe("contact-therapist");
    }
  });
});
