import { describe, expect, it } from "vitest";

import { CONCEPT_IDS, levelOfConcept } from "../model/concept";
import { SOURCES } from "../model/sources";
import { getGuidance } from "./get-guidance";
import { fleschKincaidGrade } from "./readability";

const MAX_GRADE = 7;

/** Phrasings that would diagnose the reader instead of describing what a symptom can mean. */
const DIAGNOSIS_PHRASES = [
  /\byou have\b/i,
  /\byou've got\b/i,
  /\byou are suffering from\b/i,
  /\bdiagnos/i,
  /\bsyndrome\b/i,
  /\b(this|it) is (a|an) [a-z]+ (disease|condition|infection|tumou?r|fracture|hernia)/i,
  /\b(cauda equina|herniated|slipped disc|aneurysm|cancer has|metasta)/i,
];

const allText = (concept: (typeof CONCEPT_IDS)[number]): string[] => {
  const g = getGuidance(concept, {
    hoursSinceSession: 100,
    recentSpinalSurgery: true,
    cancerHistory: true,
    age: 70,
  });
  return [g.name, g.meaning, g.doNow, ...g.moreUrgentIf, ...g.forYou];
};

describe("getGuidance", () => {
  it.each(CONCEPT_IDS.map((c) => [c]))(
    "%s has a full card with its level and sources",
    (concept) => {
      const g = getGuidance(concept);
      expect(g.concept).toBe(concept);
      expect(g.level).toBe(levelOfConcept(concept));
      expect(g.name.length).toBeGreaterThan(3);
      expect(g.meaning.length).toBeGreaterThan(20);
      expect(g.doNow.length).toBeGreaterThan(10);
      expect(g.moreUrgentIf.length).toBeGreaterThan(0);
      expect(g.forYou).toEqual([]);
      expect(g.sources.length).toBeGreaterThan(0);
      for (const source of g.sources) expect(Object.values(SOURCES)).toContainEqual(source);
    },
  );

  it.each(CONCEPT_IDS.map((c) => [c]))("%s reads at about a 12-year-old's level", (concept) => {
    const text = allText(concept).join(" ");
    expect(fleschKincaidGrade(text).grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it.each(CONCEPT_IDS.map((c) => [c]))("%s never diagnoses", (concept) => {
    for (const sentence of allText(concept)) {
      for (const pattern of DIAGNOSIS_PHRASES) expect(sentence).not.toMatch(pattern);
    }
  });

  it("tells emergencies to get help now", () => {
    for (const concept of CONCEPT_IDS.filter((c) => levelOfConcept(c) === "emergency")) {
      expect(getGuidance(concept).doNow).toMatch(/emergency number/i);
    }
  });
});

describe("getGuidance for this patient", () => {
  it("says soreness 24 to 72 hours after a session is inside the normal window", () => {
    const [line] = getGuidance("doms", { hoursSinceSession: 48 }).forYou;
    expect(line).toMatch(/48 hours/);
    expect(line).toMatch(/inside the normal/);
  });

  it("says soreness at 100 hours is past the normal window", () => {
    const [line] = getGuidance("doms", { hoursSinceSession: 100 }).forYou;
    expect(line).toMatch(/100 hours/);
    expect(line).toMatch(/past the normal/);
    expect(line).toMatch(/therapist/);
    const [persistent] = getGuidance("persistent-pain", { hoursSinceSession: 100 }).forYou;
    expect(persistent).toMatch(/past the usual/);
  });

  it("makes numbness more urgent after recent spinal surgery or with a cancer history", () => {
    expect(
      getGuidance("numbness-tingling", { recentSpinalSurgery: true }).forYou.join(" "),
    ).toMatch(/today/);
    expect(getGuidance("numbness-tingling", { cancerHistory: true }).forYou.join(" ")).toMatch(
      /same day/,
    );
    expect(getGuidance("numbness-tingling", {}).forYou).toEqual([]);
  });

  it("weighs a fall by age", () => {
    expect(getGuidance("trauma", { age: 70 }).forYou.join(" ")).toMatch(/Over 65/);
    expect(getGuidance("trauma", { age: 55 }).forYou.join(" ")).toMatch(/Over 50/);
    expect(getGuidance("trauma", { age: 30 }).forYou).toEqual([]);
  });

  it("adds nothing where the context does not change the advice", () => {
    expect(getGuidance("sharp-pain", { hoursSinceSession: 30, age: 40 }).forYou).toEqual([]);
  });
});
