import { describe, expect, it } from "vitest";

import { parsePeriod } from "./parse-period";

const NOW = new Date("2026-11-24T15:00:00Z");

describe("parsePeriod", () => {
  it("covers whole days in the patient's time zone", () => {
    expect(parsePeriod("2026-11-01", "2026-11-10", "UTC", NOW)).toEqual({
      from: new Date("2026-11-01T00:00:00.000Z"),
      to: new Date("2026-11-10T23:59:59.999Z"),
      fromDay: "2026-11-01",
      toDay: "2026-11-10",
    });
  });

  it("defaults to the last 28 days and puts a reversed period right", () => {
    const fallback = parsePeriod(undefined, undefined, "UTC", NOW);
    expect([fallback.fromDay, fallback.toDay]).toEqual(["2026-10-28", "2026-11-24"]);
    const reversed = parsePeriod("2026-11-20", "2026-11-01", "UTC", NOW);
    expect([reversed.fromDay, reversed.toDay]).toEqual(["2026-10-05", "2026-11-01"]);
    expect(parsePeriod("nonsense", "2026-02-31", "UTC", NOW).toDay).toBe("2026-11-24");
  });
});
