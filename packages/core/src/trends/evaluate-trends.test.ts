import { describe, expect, it } from "vitest";

import type { DiaryInput, DiaryReading, ReadingMoment } from "../model/diary";

import { evaluateTrends } from "./evaluate-trends";

const START = Date.parse("2026-11-02T09:00:00.000Z");
const HOUR = 60 * 60 * 1000;
const iso = (hours: number) => new Date(START + hours * HOUR).toISOString();

let nextId = 0;
const reading = (
  hours: number,
  painNow: number,
  moment: ReadingMoment = "other",
): DiaryReading => ({
  id: `r${String(++nextId)}`,
  at: iso(hours),
  moment,
  painNow,
  painDuringExercise: null,
  level: null,
});
const session = (hours: number) => ({
  id: `s${String(++nextId)}`,
  at: iso(hours),
  activities: [],
});

const diary = (parts: Partial<DiaryInput> & { nowHours: number }): DiaryInput => ({
  sessions: parts.sessions ?? [],
  readings: parts.readings ?? [],
  usualPain: parts.usualPain ?? null,
  now: iso(parts.nowHours),
});

const firedIds = (input: DiaryInput) => evaluateTrends(input).fired.map((rule) => rule.id);

describe("evaluateTrends", () => {
  it("says nothing about an empty diary", () => {
    expect(evaluateTrends(diary({ nowHours: 0 }))).toEqual({ level: null, fired: [] });
  });

  describe("worse after every session", () => {
    // Sessions every 3 days; a reading just before each and one the day after.
    const threeSessions = (afterPains: readonly number[]) =>
      diary({
        sessions: [session(0), session(72), session(144)],
        readings: afterPains.flatMap((pain, index) => [
          reading(index * 72 - 1, 2),
          reading(index * 72 + 20, pain),
        ]),
        nowHours: 170,
      });

    it("fires when pain rose after each of the last three sessions", () => {
      const trends = evaluateTrends(threeSessions([4, 4, 5]));
      const rule = trends.fired.find((fired) => fired.id === "worse-after-every-session");
      expect(rule?.level).toBe("contact-therapist");
      expect(rule?.sources).toEqual(["R9", "R2"]);
      expect(rule?.evidence).toEqual([
        "Session on 2026-11-02: 2/10 before, up to 4/10 after.",
        "Session on 2026-11-05: 2/10 before, up to 4/10 after.",
        "Session on 2026-11-08: 2/10 before, up to 5/10 after.",
      ]);
    });

    it("does not fire when one of them left pain where it was", () => {
      expect(firedIds(threeSessions([4, 2, 5]))).not.toContain("worse-after-every-session");
    });

    it("does not fire after only two sessions", () => {
      const input = threeSessions([4, 4, 5]);
      input.sessions = input.sessions.slice(1);
      input.readings = input.readings.slice(2);
      expect(firedIds(input)).not.toContain("worse-after-every-session");
    });
  });

  describe("next morning", () => {
    it("flags pain above the pre-session level the next morning", () => {
      const trends = evaluateTrends(
        diary({
          sessions: [session(0)],
          readings: [
            reading(-2, 2),
            reading(3, 5, "after-session"),
            reading(22, 4, "next-morning"),
          ],
          nowHours: 23,
        }),
      );
      expect(trends.level).toBe("contact-therapist");
      expect(trends.fired.map((rule) => rule.id)).toEqual(["not-back-by-next-morning"]);
      expect(trends.fired[0]?.evidence).toEqual([
        "Morning after the session on 2026-11-02: 4/10 (before the session: 2/10).",
      ]);
    });

    it("reassures when pain is back to its usual level, using usual pain when nothing was logged before", () => {
      const trends = evaluateTrends(
        diary({
          sessions: [session(0)],
          readings: [reading(3, 5, "after-session"), reading(22, 3, "next-morning")],
          usualPain: 3,
          nowHours: 23,
        }),
      );
      expect(trends.fired.map((rule) => rule.id)).toEqual(["back-by-next-morning"]);
      expect(trends.level).toBe("expected");
      expect(trends.fired[0]?.evidence[0]).toContain("your usual pain: 3/10");
    });

    it("needs a reading marked as the next morning", () => {
      expect(
        firedIds(
          diary({
            sessions: [session(0)],
            readings: [reading(-2, 2), reading(22, 6, "other")],
            nowHours: 23,
          }),
        ),
      ).toEqual([]);
    });
  });

  describe("week on week", () => {
    const weeks = (means: readonly number[]) =>
      // means[0] is three weeks ago, the last is this week; two readings in each week.
      diary({
        readings: means.flatMap((mean, index) => [
          reading(index * 168 + 24, mean),
          reading(index * 168 + 96, mean),
        ]),
        nowHours: means.length * 168 - 1,
      });

    it("fires on a meaningful rise from last week", () => {
      const trends = evaluateTrends(weeks([2, 5]));
      expect(trends.fired.map((rule) => rule.id)).toEqual(["rising-week-on-week"]);
      expect(trends.fired[0]?.evidence).toEqual([
        "Average pain in the last 7 days: 5.0/10; the week before: 2.0/10.",
      ]);
    });

    it("fires on a small rise two weeks running", () => {
      expect(firedIds(weeks([4, 5, 6]))).toEqual(["rising-week-on-week"]);
    });

    it("does not fire on one small rise", () => {
      expect(firedIds(weeks([5, 6]))).toEqual([]);
      expect(firedIds(weeks([6, 5, 6]))).toEqual([]);
    });

    it("recognises a meaningful improvement", () => {
      const trends = evaluateTrends(weeks([6, 3]));
      expect(trends.fired.map((rule) => rule.id)).toEqual(["meaningful-improvement"]);
      expect(trends.level).toBe("expected");
      expect(firedIds(weeks([6, 5]))).toEqual([]);
    });
  });

  describe("soreness past day 3", () => {
    const afterSession = (late: readonly [number, number][], nowHours: number) =>
      diary({
        sessions: [session(0)],
        readings: [reading(-2, 2), reading(40, 5), ...late.map(([h, p]) => reading(h, p))],
        nowHours,
      });

    it("fires when still above the pre-session level at day 3 and not improving", () => {
      const trends = evaluateTrends(afterSession([[80, 5]], 81));
      expect(trends.fired.map((rule) => rule.id)).toEqual(["soreness-past-day-three"]);
      expect(trends.fired[0]?.evidence).toEqual([
        "3 days after the session on 2026-11-02: 5/10 (before the session: 2/10; the reading before: 5/10).",
      ]);
    });

    it("is a monitor when it is easing", () => {
      const trends = evaluateTrends(afterSession([[80, 3]], 81));
      expect(trends.fired.map((rule) => rule.id)).toEqual(["soreness-past-day-three-improving"]);
      expect(trends.level).toBe("monitor");
    });

    it("says nothing once pain is back, or before day 3", () => {
      expect(firedIds(afterSession([[80, 2]], 81))).toEqual([]);
      expect(firedIds(afterSession([[60, 5]], 70))).toEqual([]);
    });
  });

  it("lists the highest level first, ignores the future, and keeps rule data", () => {
    const trends = evaluateTrends(
      diary({
        sessions: [session(0), session(500)],
        readings: [
          reading(-2, 2),
          reading(22, 2, "next-morning"),
          reading(80, 5),
          reading(81, 5),
          reading(400, 9),
        ],
        nowHours: 90,
      }),
    );
    expect(trends.level).toBe("contact-therapist");
    expect(trends.fired.map((rule) => [rule.id, rule.level])).toEqual([
      ["soreness-past-day-three", "contact-therapist"],
      ["back-by-next-morning", "expected"],
    ]);
    for (const rule of trends.fired) {
      expect(rule.reason.length).toBeGreaterThan(20);
      expect(rule.sources.length).toBeGreaterThan(0);
    }
  });
});
