import { describe, expect, it } from "vitest";

import { formatDateTime, fromWallTimeInput, toWallTimeInput, validTimeZone } from "./time-zone";

describe("time zones for the diary", () => {
  it("reads a datetime-local value in the patient's zone", () => {
    expect(fromWallTimeInput("2026-07-01T09:30", "Europe/London")?.toISOString()).toBe(
      "2026-07-01T08:30:00.000Z",
    );
    expect(fromWallTimeInput("2026-12-01T09:30", "Europe/London")?.toISOString()).toBe(
      "2026-12-01T09:30:00.000Z",
    );
    expect(fromWallTimeInput("2026-12-01T09:30", "America/New_York")?.toISOString()).toBe(
      "2026-12-01T14:30:00.000Z",
    );
  });

  it("refuses values that are not a date-time", () => {
    expect(fromWallTimeInput("2026-02-30T09:30", "UTC")).toBeNull();
    expect(fromWallTimeInput("yesterday", "UTC")).toBeNull();
  });

  it("round-trips through the input value and formats for people", () => {
    const moment = new Date("2026-11-03T18:30:00.000Z");
    expect(toWallTimeInput(moment, "Asia/Tokyo")).toBe("2026-11-04T03:30");
    expect(fromWallTimeInput(toWallTimeInput(moment, "Asia/Tokyo"), "Asia/Tokyo")).toEqual(moment);
    expect(formatDateTime(moment, "UTC")).toBe("Tue 3 Nov, 18:30");
  });

  it("falls back to UTC for unknown zones", () => {
    expect(validTimeZone("Mars/Olympus")).toBe("UTC");
    expect(validTimeZone(undefined)).toBe("UTC");
    expect(validTimeZone("Europe/Paris")).toBe("Europe/Paris");
  });
});
