import { describe, expect, it } from "vitest";

import type { DiaryCheckIn } from "~/server/data/diary/diary-check-in";

import { buildChartData } from "./build-chart-data";

const checkIn = (id: string, at: string, painNow: number, extra: Partial<DiaryCheckIn> = {}) => ({
  id,
  recordedAt: new Date(at),
  moment: "other" as const,
  painNow,
  painDuringExercise: null,
  level: null,
  checkInId: null,
  sessionId: null,
  notes: "",
  ...extra,
});

describe("buildChartData", () => {
  it("plots each check-in, puts next-morning readings on their own line and shades 24-72 h", () => {
    const data = buildChartData(
      [
        {
          id: "s1",
          occurredAt: new Date("2026-11-02T09:00:00Z"),
          activities: [],
          notes: "",
        },
      ],
      [
        checkIn("a", "2026-11-02T12:00:00Z", 4, { painDuringExercise: 5 }),
        checkIn("b", "2026-11-03T08:00:00Z", 3, { moment: "next-morning" }),
      ],
      new Map([
        ["a", "expected"],
        ["b", "contact-therapist"],
      ]),
    );
    expect(data.points).toEqual([
      {
        t: Date.parse("2026-11-02T12:00:00Z"),
        now: 4,
        exercise: 5,
        morning: null,
        level: "expected",
      },
      {
        t: Date.parse("2026-11-03T08:00:00Z"),
        now: 3,
        exercise: null,
        morning: 3,
        level: "contact-therapist",
      },
    ]);
    expect(data.sessions).toEqual([{ t: Date.parse("2026-11-02T09:00:00Z"), id: "s1" }]);
    expect(data.windows).toEqual([
      { from: Date.parse("2026-11-03T09:00:00Z"), to: Date.parse("2026-11-05T09:00:00Z") },
    ]);
    expect(data.domain[1]).toBeGreaterThan(Date.parse("2026-11-05T09:00:00Z"));
  });
});
