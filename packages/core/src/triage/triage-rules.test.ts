import { describe, expect, it } from "vitest";
import type { Evidence } from "../model/finding";
import { resolveSources } from "../model/sources";
import { TRIAGE_LEVELS } from "../model/triage-level";
import { evaluateRules } from "./evaluate-rules";
import { TRIAGE_RULES } from "./triage-rules";

const evidence = (text: string): Evidence => ({ kind: "text", start: 0, end: text.length, text });
const signals = (...keys: string[]) => new Map(keys.map((key) => [key, [evidence(key)]]));
const levelOf = (...keys: string[]) => evaluateRules(TRIAGE_RULES, signals(...keys))[0]?.level;

describe("triage rules as data", () => {
  it("have unique ids, known levels and resolvable sources", () => {
    const ids = TRIAGE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of TRIAGE_RULES) {
      expect(TRIAGE_LEVELS).toContain(rule.level);
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(resolveSources(rule.sources)).toHaveLength(new Set(rule.sources).size);
    }
  });

  it("explain themselves in plain words and never diagnose", () => {
    for (const rule of TRIAGE_RULES) {
      expect(rule.reason).not.toMatch(/\byou have\b/i);
      for (const sentence of rule.reason.split(/(?<=[.!?])\s+/)) {
        expect(sentence.split(/\s+/).length, `${rule.id}: "${sentence}"`).toBeLessThanOrEqual(32);
      }
    }
  });
});

describe("rule logic", () => {
  it("lets cauda equina signs, two-leg symptoms and worsening weakness escalate alone", () => {
    expect(levelOf("bladder-bowel")).toBe("emergency");
    expect(levelOf("saddle-anesthesia")).toBe("emergency");
    expect(levelOf("bilateral-neuro")).toBe("emergency");
    expect(levelOf("progressive-weakness")).toBe("emergency");
  });

  it("uses soft red flags in combination", () => {
    // A soft red flag alone raises nothing (triage-rules.md); two cancer flags together need a doctor.
    expect(levelOf("cancer-history", "mild-soreness")).toBe("expected");
    expect(levelOf("osteoporosis-steroids", "mild-soreness")).toBe("expected");
    expect(levelOf("cancer-history", "fact:age-over-65", "mild-soreness")).toBe("see-doctor");
    expect(levelOf("cancer-history", "night-pain")).toBe("see-doctor");
    expect(levelOf("cancer-history", "numbness-tingling")).toBe("emergency");
    expect(levelOf("trauma", "trauma/fall")).toBe("see-doctor");
    expect(levelOf("trauma", "osteoporosis-steroids")).toBe("see-doctor");
    expect(levelOf("trauma", "fact:age-over-65", "numbness-tingling")).toBe("emergency");
  });

  it("counts weaker cancer flags together", () => {
    // Two or more weaker flags (age over 50, no improvement in a month, weight loss, night pain) need a doctor.
    expect(levelOf("fact:weak-cancer-flags")).toBe("see-doctor");
    // The age at onset alone (first back pain over 50): tell the therapist.
    expect(levelOf("fact:first-pain-over-50", "mild-soreness")).toBe("contact-therapist");
    expect(levelOf("fact:age-over-50", "mild-soreness")).toBe("expected");
    expect(levelOf("fact:no-improvement-month", "fact:persistent")).toBe("contact-therapist");
  });

  it("escalates fever with risk factors or nerve signs, not alone", () => {
    expect(levelOf("fever-infection/fever")).toBe("see-doctor");
    expect(levelOf("fever-infection/fever", "fever-infection/iv-drug-use")).toBe("emergency");
    expect(levelOf("fever-infection/fever", "fact:recent-spinal-surgery")).toBe("emergency");
    expect(levelOf("fever-infection/fever", "leg-weakness")).toBe("emergency");
    expect(levelOf("fever-infection/fever", "fever-infection/recent-infection")).toBe("emergency");
    // A recent infection without a fever is no rule of triage-rules.md.
    expect(levelOf("fever-infection/recent-infection", "mild-soreness")).toBe("expected");
  });

  it("treats clot signs as see-doctor, and with breathlessness as an emergency", () => {
    expect(levelOf("vascular/calf-clot-signs")).toBe("see-doctor");
    expect(levelOf("vascular/calf-clot-signs", "vascular/breathless")).toBe("emergency");
  });

  it("keeps track of a flare or a treatment reaction past a day, and tells the therapist when it stands still", () => {
    expect(levelOf("flare-after-new-exercise/big-flare")).toBe("monitor");
    expect(levelOf("fact:reaction-past-day")).toBe("monitor");
    expect(levelOf("fact:reaction-not-easing")).toBe("contact-therapist");
    expect(levelOf("flare-after-new-exercise", "flare-after-new-exercise/flare-up")).toBe(
      "expected",
    );
  });

  it("lets the highest level win and keeps the evidence of every group", () => {
    const fired = evaluateRules(
      TRIAGE_RULES,
      signals("mild-soreness", "cancer-history", "night-pain"),
    );
    expect(fired.map((rule) => rule.level)).toEqual(["see-doctor", "see-doctor", "expected"]);
    expect(fired[0]?.evidence.map((e) => e.text)).toEqual(["cancer-history", "night-pain"]);
  });

  it("fires nothing without signals", () => {
    expect(evaluateRules(TRIAGE_RULES, new Map())).toEqual([]);
  });
});
