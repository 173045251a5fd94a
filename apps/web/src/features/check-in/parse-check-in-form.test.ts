import { MAX_NOTES_LENGTH } from "@backsure/core";
import { describe, expect, it } from "vitest";

import { readFormValues } from "./form-values";
import { CHECK_IN_FIELDS, parseCheckInForm, parseRedFlagAnswers } from "./parse-check-in-form";
import { ALL_NO_RED_FLAGS, routineValues, toFormData } from "./test/check-in-form-data";

describe("parseRedFlagAnswers", () => {
  it("reads yes and no answers", () => {
    const result = parseRedFlagAnswers({ ...ALL_NO_RED_FLAGS, "redFlags.saddleNumbness": "yes" });
    expect(result).toMatchObject({
      ok: true,
      value: { saddleNumbness: true, bladderOrBowelChange: false, fever: false },
    });
  });

  it("asks for an answer next to each unanswered question", () => {
    const { "redFlags.fever": _fever, ...rest } = ALL_NO_RED_FLAGS;
    const result = parseRedFlagAnswers({ ...rest, "redFlags.bothLegs": "maybe" });
    expect(result).toEqual({
      ok: false,
      errors: {
        "redFlags.fever": "Please answer yes or no.",
        "redFlags.bothLegs": "Please answer yes or no.",
      },
    });
  });
});

describe("parseCheckInForm", () => {
  it("turns a routine form into a valid CheckIn", () => {
    const result = parseCheckInForm(routineValues({ "profile.age": "52", notes: "stiff" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      hoursSinceSession: 24,
      painNow: 3,
      painDuringExercise: 4,
      backToBaselineByMorning: null,
      character: ["ache"],
      spreadingDownLeg: false,
      profile: { age: 52, cancerHistory: false },
      notes: "stiff",
    });
  });

  it("reads 'not sure' and 'didn't exercise' as null and ticked boxes as yes", () => {
    const result = parseCheckInForm(
      routineValues({
        hoursSinceSession: "unknown",
        painDuringExercise: "none",
        fallOrInjury: "yes",
        "profile.cancerHistory": "yes",
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        hoursSinceSession: null,
        painDuringExercise: null,
        fallOrInjury: true,
        profile: { cancerHistory: true },
      },
    });
  });

  it("gives a clear message for each missing or wrong-typed answer", () => {
    const result = parseCheckInForm(
      routineValues({ painNow: "eleven", trend: "sideways", "profile.age": "-4", location: "" }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        painNow: "Choose how bad your pain is now, from 0 to 10.",
        trend: "Choose how it has changed since yesterday.",
        "profile.age": "Enter your age in whole years (0 to 120), or leave it empty.",
        location: "Choose where you feel it.",
      },
    });
  });

  it("rejects a pain score above 10", () => {
    expect(parseCheckInForm(routineValues({ painNow: "11" }))).toMatchObject({
      ok: false,
      errors: { painNow: "Choose how bad your pain is now, from 0 to 10." },
    });
  });

  it("rejects a pain character the form does not offer", () => {
    expect(parseCheckInForm(routineValues({ character: ["ache", "tickly"] }))).toMatchObject({
      ok: false,
      errors: { character: "Choose only from the words listed." },
    });
  });

  it("says how long over-long notes are, next to the notes", () => {
    const notes = "a".repeat(MAX_NOTES_LENGTH + 1);
    const result = parseCheckInForm(routineValues({ notes }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(["notes"]);
    expect(result.errors.notes).toContain("10,000 characters or fewer (it has 10,001)");
  });

  it("accepts notes of exactly the limit", () => {
    const notes = "a".repeat(MAX_NOTES_LENGTH);
    expect(parseCheckInForm(routineValues({ notes })).ok).toBe(true);
  });
});

describe("readFormValues", () => {
  it("keeps only the form's fields, repeating checkbox groups as lists", () => {
    const formData = toFormData({
      ...routineValues(),
      character: ["sharp", "burning"],
      level: "expected",
      $ACTION_ID_abc: "",
    });
    const values = readFormValues(formData, (name) => CHECK_IN_FIELDS.has(name));
    expect(values.character).toEqual(["sharp", "burning"]);
    expect(values.painNow).toBe("3");
    expect(values).not.toHaveProperty("level");
    expect(values).not.toHaveProperty("$ACTION_ID_abc");
  });
});
