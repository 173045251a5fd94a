import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const statusOf = (text: string, concept: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === concept)
    .map((f) => f.status);

describe("signs supposed and then said not to be so", () => {
  it("sets aside what an 'if' or 'whether' supposes when a short no answers it", () => {
    expect(
      statusOf("Should I stop if the pain goes sharp? It hasn't, just checking.", "sharp-pain"),
    ).toEqual(["hypothetical"]);
    expect(
      statusOf(
        "My wife keeps asking whether my legs are going weak. They're not.",
        "bilateral-neuro",
      ),
    ).not.toContain("present");
    expect(
      statusOf(
        "Do I go to A&E if I start having trouble peeing? I'm not, just want to know.",
        "bladder-bowel",
      ),
    ).not.toContain("present");
  });

  it("sets aside a spread to both legs that the answer limits to one", () => {
    const text = "What do I do if the sciatica moves into both legs? So far it's only the left.";
    expect(statusOf(text, "bilateral-neuro")).not.toContain("present");
    expect(statusOf(text, "shooting-radiating-pain")).toContain("present");
  });

  it("keeps the subject of the supposition, which is told ('if the numbness in my groin gets worse')", () => {
    const text = "What should I do if the numbness in my groin gets worse? It hasn't yet.";
    expect(statusOf(text, "saddle-anesthesia")).toContain("present");
  });

  it("keeps a sign when the answer says it is so, or answers the question instead", () => {
    expect(
      statusOf(
        "Should I go to A&E if I can't feel the toilet paper? I can't.",
        "saddle-anesthesia",
      ),
    ).toContain("present");
    expect(
      statusOf("Is it normal if both my legs feel numb? It's not, is it?", "bilateral-neuro"),
    ).toContain("present");
    expect(statusOf("Is it normal that I can't feel when I wipe?", "saddle-anesthesia")).toContain(
      "present",
    );
  });

  it("sets aside what the patient asks of themself and answers no", () => {
    expect(statusOf("Have I had cancer? No. My mum did.", "cancer-history")).not.toContain(
      "present",
    );
    expect(statusOf("Have I had cancer? Yes, in 2018.", "cancer-history")).toContain("present");
  });
});

describe("a sign asked about and its place said to be fine", () => {
  const statuses = (text: string): string[] =>
    extractFindings(text)
      .filter((f) => f.concept === "numbness-tingling")
      .map((f) => f.status);

  it("sets the sign aside when the answer says the legs or feet are fine", () => {
    for (const text of [
      "Do I need to worry about my legs going numb? My legs are totally fine.",
      "Should I be concerned about my foot going numb? My feet are completely fine.",
    ]) {
      expect(statuses(text), text).not.toContain("present");
    }
  });

  it("keeps it when the answer tells of it", () => {
    expect(
      statuses("Should I be worried about my left leg going numb? It's been numb since Sunday."),
    ).toContain("present");
  });
});
