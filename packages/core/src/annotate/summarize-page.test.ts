import { readFileSync } from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { sharedPath } from "../../test/support/shared-path";
import { annotate, readPage } from "./annotate";
import { addPageTopics } from "./add-page-topics";
import { readPageTopic } from "./page-topic";
import { summarizeAnnotatedPage } from "./summarize-annotated-page";
import { summarizePage } from "./summarize-page";

// The shared lexicon compiles on first use (a second or more on a busy machine): do it before any timed test.
beforeAll(() => {
  annotate("warm up");
}, 60_000);

const BACK_PAGE = `Sciatica: symptoms and when to get help
Sciatica is pain that runs from your lower back down one leg. You may have numbness or pins and needles.
Back pain with sciatica usually gets better in 4 to 6 weeks with exercise and physiotherapy.
Call 999 if you have numbness around your bottom, loss of bladder control or weakness in both legs.
See a GP if the pain is severe or you have a high temperature.`;

const COOKING_PAGE = `Easy lemon drizzle cake
Cream the butter and sugar until pale. Beat in the eggs one at a time, then fold in the flour.
Bake for 45 minutes until a skewer comes out clean. While the cake is warm, pour over the lemon syrup.
Careful: the tin is hot and the sugar can be burning hot. Let it cool on a rack before slicing.
Serve with cream. The cake keeps for three days in a tin.`;

const KNEE_PAGE = `Knee pain after running
Knee pain is common in runners. You may notice swelling, stiffness and a dull ache around the kneecap.
Rest, ice and gentle strengthening of the thigh muscles usually help within a few weeks.
See a GP if your knee is very swollen, you cannot put weight on it, or it gives way when you walk.
A physiotherapist can check your running form and suggest exercises for the hips and knees.`;

describe("summarizePage", () => {
  it("counts mentions per level and lists warning signs, highest level first", () => {
    const summary = summarizePage(BACK_PAGE);
    const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(annotate(BACK_PAGE).length);
    expect(summary.counts.emergency).toBeGreaterThanOrEqual(3);
    expect(summary.warningSigns[0]?.level).toBe("emergency");
    const levels = summary.warningSigns.map((sign) => sign.level);
    const ranks = levels.map((level) =>
      ["expected", "monitor", "contact-therapist", "see-doctor", "emergency"].indexOf(level),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(summary.warningSigns.every((sign) => sign.level !== "expected")).toBe(true);
  });

  it("gives each distinct warning sign once, with its first offsets and a count", () => {
    const text = "Sciatica. Later: sciatica again. Saddle numbness.";
    const summary = summarizePage(text);
    const sciatica = summary.warningSigns.find((s) => s.concept === "shooting-radiating-pain");
    expect(sciatica).toMatchObject({ firstStart: 0, firstEnd: 8, count: 2 });
    expect(summary.warningSigns[0]?.concept).toBe("saddle-anesthesia");
    expect(summary.warningSigns[0]?.name.length).toBeGreaterThan(0);
  });

  it("leaves denied symptoms out of the counts and warning signs", () => {
    const summary = summarizePage("There is no numbness and no fever.");
    expect(summary.counts["contact-therapist"]).toBe(0);
    expect(summary.warningSigns).toEqual([]);
  });

  it("uses the mentions it is given instead of annotating again", () => {
    const summary = summarizePage(BACK_PAGE, []);
    expect(summary.warningSigns).toEqual([]);
  });

  it("says a back or sciatica page is relevant", () => {
    const summary = summarizePage(BACK_PAGE);
    expect(summary.isRelevant).toBe(true);
    expect(summary.relevance).toBeGreaterThan(0.7);
    expect(summary.relevance).toBeLessThanOrEqual(1);
  });

  it("stays quiet on a cooking page and a knee page", () => {
    for (const page of [COOKING_PAGE, KNEE_PAGE]) {
      const summary = summarizePage(page);
      expect(summary.isRelevant).toBe(false);
      expect(summary.relevance).toBeGreaterThanOrEqual(0);
      expect(summary.relevance).toBeLessThan(0.5);
    }
    expect(summarizePage("").relevance).toBe(0);
  });

  it("finds every dev page relevant", () => {
    for (const name of ["000_223ff5bb4e7a27cb", "003_f21d1a8d839ad628", "004_4403e1d65c80c226"]) {
      const text = readFileSync(sharedPath("dev-set", "pages", `${name}.txt`), "utf8");
      expect(summarizePage(text).isRelevant).toBe(true);
    }
  });

  it("gives the same summary when the page's topic is read in parts cut at line breaks", () => {
    for (const text of [BACK_PAGE, KNEE_PAGE, COOKING_PAGE]) {
      const lines = text.split("\n");
      const parts = [lines.slice(0, 2).join("\n"), lines.slice(2).join("\n")];
      const inParts = summarizeAnnotatedPage(
        annotate(text),
        addPageTopics(parts.map(readPageTopic)),
      );
      expect(inParts).toEqual(summarizePage(text));
    }
    expect(readPageTopic(BACK_PAGE).evidence).toBeGreaterThan(readPageTopic(KNEE_PAGE).evidence);
    expect(addPageTopics([])).toEqual({ words: 0, evidence: 0 });
  });

  it("reads mentions and topic in one pass exactly as annotate and readPageTopic do apart", () => {
    const long = Array.from({ length: 400 }, () => BACK_PAGE).join("\n");
    for (const text of [BACK_PAGE, KNEE_PAGE, long]) {
      expect(readPage(text)).toEqual({ mentions: annotate(text), topic: readPageTopic(text) });
    }
  });
});
