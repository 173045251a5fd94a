import { describe, expect, it } from "vitest";

import { parseDiaryCheckInForm } from "./parse-diary-check-in-form";
import { parseSessionForm } from "./parse-session-form";

const form = (fields: readonly [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

describe("parseSessionForm", () => {
  it("reads a session in the patient's time zone", () => {
    expect(
      parseSessionForm(
        form([
          ["occurredAt", "2026-11-03T10:00"],
          ["activities", "new-exercise"],
          ["activities", "manual-therapy"],
          ["notes", "  Bridges added  "],
        ]),
        "Europe/Paris",
      ),
    ).toEqual({
      ok: true,
      value: {
        occurredAt: new Date("2026-11-03T09:00:00.000Z"),
        activities: ["new-exercise", "manual-therapy"],
        notes: "Bridges added",
      },
    });
  });

  it("refuses a missing date and unknown activities", () => {
    expect(parseSessionForm(form([["activities", "surgery"]]), "UTC")).toEqual({
      ok: false,
      errors: {
        occurredAt: "Choose the date and time of the session.",
        activities: "Choose only from the list.",
      },
    });
  });
});

describe("parseDiaryCheckInForm", () => {
  it("reads scores, leaving exercise pain empty when not given", () => {
    expect(
      parseDiaryCheckInForm(
        form([
          ["recordedAt", "2026-11-04T08:00"],
          ["moment", "next-morning"],
          ["painNow", "4"],
          ["painDuringExercise", ""],
        ]),
        "UTC",
      ),
    ).toEqual({
      ok: true,
      value: {
        recordedAt: new Date("2026-11-04T08:00:00.000Z"),
        moment: "next-morning",
        painNow: 4,
        painDuringExercise: null,
        notes: "",
      },
    });
  });

  it("refuses scores outside 0-10 and a missing moment", () => {
    const result = parseDiaryCheckInForm(
      form([
        ["recordedAt", "2026-11-04T08:00"],
        ["painNow", "11"],
        ["painDuringExercise", "-1"],
      ]),
      "UTC",
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      "moment",
      "painDuringExercise",
      "painNow",
    ]);
  });
});
