import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { CheckIn } from "../model/check-in";
import { assess } from "./assess";
import { InputTooLongError, MAX_MESSAGE_LENGTH } from "./assess-error";

const calmCheckIn = (): CheckIn => ({
  redFlags: {
    bladderOrBowelChange: false,
    saddleNumbness: false,
    sexualChange: false,
    bothLegs: false,
    worseningWeakness: false,
    fever: false,
    chestPainOrBreathless: false,
    tearingPainOrPulsingTummy: false,
    calfSwellingAfterSurgery: false,
  },
  hoursSinceSession: 24,
  painNow: 3,
  painDuringExercise: 4,
  backToBaselineByMorning: true,
  character: ["ache"],
  location: "back-only",
  legReach: "none",
  spreadingDownLeg: false,
  numbness: "none",
  weakness: "none",
  trend: "better",
  worseAfterEverySession: false,
  fallOrInjury: false,
  profile: {},
});

describe("assess on messages: weaker cancer flags counted together", () => {
  it("needs a doctor for two weaker flags, the words of each as evidence", () => {
    const result = assess("I'm 67 and it's been 2 months of physio and no better.");
    expect(result.level).toBe("see-doctor");
    const fired = result.firedRules.find((rule) => rule.id === "weak-cancer-flags");
    expect(fired?.evidence.map((item) => item.text)).toEqual(["67", "2 months", "no better"]);
  });

  it("keeps one weaker flag at its own level", () => {
    expect(assess("I'm 45 and it's been 2 months of physio and no better.").level).toBe(
      "contact-therapist",
    );
    expect(assess("I'm 67 and a bit sore after the session yesterday.").level).toBe("expected");
  });
});

describe("assess on messages", () => {
  it("leads an emergency with the emergency number and says not to drive", () => {
    const result = assess("I can't feel the toilet paper when I wipe", { emergencyNumber: "112" });
    expect(result.level).toBe("emergency");
    expect(result.doNow[0]).toMatch(/^Call 112 now/);
    expect(result.doNow.join(" ")).toMatch(/Do not drive yourself/);
    expect(result.headline).toContain("112");
  });

  it("defaults the emergency number to 999", () => {
    expect(assess("jelly legs").doNow[0]).toMatch(/^Call 999/);
  });

  it("explains itself: fired rules with spans, denied findings, safety-netting and sources", () => {
    const text = "Sore after yesterday's session. No numbness, peeing fine.";
    const result = assess(text);
    expect(result.level).toBe("expected");
    const rule = result.firedRules[0];
    expect(rule?.id).toBe("normal-soreness");
    const span = rule?.evidence[0];
    expect(span?.kind === "text" && text.slice(span.start, span.end)).toBe("Sore");
    expect(result.findings.filter((f) => f.status === "denied").map((f) => f.concept)).toEqual(
      expect.arrayContaining(["numbness-tingling", "bladder-bowel"]),
    );
    expect(result.escalateIf.join(" ")).toMatch(/toilet paper/);
    expect(result.escalateIf.join(" ")).toMatch(/3 days/);
    expect(result.sources.map((s) => s.key)).toContain("R1");
    expect(result.disclaimer.length).toBeGreaterThan(10);
  });

  it("never diagnoses in what it says", () => {
    for (const text of [
      "both legs numb",
      "sore",
      "sharp pain",
      "9/10 nothing helps",
      "tingly foot",
    ]) {
      const result = assess(text);
      const words = [
        result.headline,
        ...result.doNow,
        ...result.escalateIf,
        ...result.firedRules.map((r) => r.reason),
      ];
      expect(words.join(" ")).not.toMatch(/\byou have\b/i);
    }
  });

  it("answers any string, and refuses only what is too long, with a typed error", () => {
    expect(assess("").level).toBe("expected");
    expect(assess("\u0000\uffff\ud800 🙂 ###").level).toBe("expected");
    expect(() => assess("a".repeat(MAX_MESSAGE_LENGTH + 1))).toThrow(InputTooLongError);
  });

  it("reads a long message whole and finds a sign at its end", () => {
    const text = `${"My back is a bit sore. ".repeat(2_000)}Since this morning I can't pee.`;
    expect(assess(text).level).toBe("emergency");
  });

  it("gives results that later calls leave alone (token objects are reused from call to call)", () => {
    const messages = [
      "My brother had sciatica in both legs. Mine is just in my left leg, 6/10 on day 2.",
      "Numb between my legs since this morning and I can't pee. No fever.",
      "A bit sore after the new exercises, easing today.",
    ];
    const results = messages.map((text) => assess(text));
    const copies = results.map((result) => structuredClone(result));
    for (const text of [...messages].reverse()) assess(`${text} ${text}`);
    expect(results).toEqual(copies);
    expect(messages.map((text) => assess(text))).toEqual(copies);
  });
});

describe("assess on check-ins", () => {
  it("maps calm answers to expected, with denied red flags shown as answers", () => {
    const result = assess(calmCheckIn());
    expect(result.level).toBe("expected");
    const denied = result.findings.find((f) => f.concept === "bladder-bowel");
    expect(denied).toMatchObject({
      status: "denied",
      evidence: { kind: "answer", field: "redFlags.bladderOrBowelChange" },
    });
  });

  it("runs the same rules on answers as on words", () => {
    const checkIn = calmCheckIn();
    checkIn.redFlags.bothLegs = true;
    const result = assess(checkIn);
    expect(result.level).toBe("emergency");
    expect(result.firedRules[0]?.evidence[0]).toMatchObject({
      kind: "answer",
      field: "redFlags.bothLegs",
    });

    const persistent = calmCheckIn();
    persistent.hoursSinceSession = 100;
    persistent.trend = "same";
    expect(assess(persistent).level).toBe("contact-therapist");

    const dvt = calmCheckIn();
    dvt.redFlags.calfSwellingAfterSurgery = true;
    expect(assess(dvt).level).toBe("see-doctor");

    const cancer = calmCheckIn();
    cancer.profile = { cancerHistory: true };
    cancer.numbness = "constant";
    expect(assess(cancer).level).toBe("emergency");
  });

  it("understands the notes and merges them, with offsets into the notes", () => {
    const checkIn = { ...calmCheckIn(), notes: "Also my bum feels numb since lunch." };
    const result = assess(checkIn);
    expect(result.level).toBe("emergency");
    const span = result.firedRules[0]?.evidence.find((e) => e.kind === "text");
    expect(span?.kind === "text" && checkIn.notes.slice(span.start, span.end)).toBe(
      "bum feels numb",
    );
  });

  it("rejects an invalid check-in with a ZodError naming the field", () => {
    const bad = { ...calmCheckIn(), painNow: 14 };
    expect(() => assess(bad)).toThrow(ZodError);
    try {
      assess(bad);
    } catch (error) {
      expect((error as ZodError).issues[0]?.path).toEqual(["painNow"]);
    }
  });
});

describe("a flare after a new exercise settled by the next day's end", () => {
  it("is the expected short flare, and one not settled days on is not", () => {
    expect(
      assess(
        "New band exercise on Monday, my usual ache flared that night, by Tuesday evening it was back to what it normally is.",
      ).level,
    ).toBe("expected");
    expect(
      assess(
        "New band exercise on Wednesday, my usual ache flared that evening, it's Saturday and it still isn't back to how it normally is.",
      ).level,
    ).toBe("contact-therapist");
  });
});
