import { describe, expect, it } from "vitest";

import { toGuidanceContext } from "./to-guidance-context";

describe("toGuidanceContext", () => {
  it("is empty without details", () => {
    expect(toGuidanceContext({}, Date.now())).toEqual({});
  });

  it("turns the last session's time into whole hours since then", () => {
    const now = Date.parse("2026-11-24T12:00:00Z");
    expect(
      toGuidanceContext(
        {
          lastSessionAt: "2026-11-23T09:30:00Z",
          recentSpinalSurgery: true,
          cancerHistory: false,
          age: 61,
        },
        now,
      ),
    ).toEqual({ hoursSinceSession: 26, recentSpinalSurgery: true, cancerHistory: false, age: 61 });
  });

  it("ignores a session in the future", () => {
    const now = Date.parse("2026-11-24T12:00:00Z");
    expect(toGuidanceContext({ lastSessionAt: "2026-11-25T09:30:00Z" }, now)).toEqual({});
  });
});
