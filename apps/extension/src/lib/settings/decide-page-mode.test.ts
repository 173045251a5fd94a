import { describe, expect, it } from "vitest";

import { decidePageMode } from "./decide-page-mode";
import { DEFAULT_SETTINGS } from "./settings-schema";

describe("decidePageMode", () => {
  it("highlights pages about back pain and stays quiet on others", () => {
    expect(decidePageMode(DEFAULT_SETTINGS, "a.example", true)).toBe("on");
    expect(decidePageMode(DEFAULT_SETTINGS, "a.example", false)).toBe("quiet");
  });

  it("follows the user's choice for a site", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      sites: { "a.example": "on", "b.example": "off" } as const,
    };
    expect(decidePageMode(settings, "a.example", false)).toBe("on");
    expect(decidePageMode(settings, "b.example", true)).toBe("off");
  });

  it("does nothing anywhere while paused", () => {
    const settings = { ...DEFAULT_SETTINGS, isPaused: true, sites: { "a.example": "on" } as const };
    expect(decidePageMode(settings, "a.example", true)).toBe("paused");
  });
});
