import { TRIAGE_LEVELS } from "@backsure/core/guidance";
import { describe, expect, it } from "vitest";

import { DEFAULT_PORTAL_URL, DEFAULT_SETTINGS, parseSettings } from "./settings-schema";

describe("parseSettings", () => {
  it("gives the defaults when nothing is stored", () => {
    expect(parseSettings(undefined)).toEqual({
      isPaused: false,
      sites: {},
      levels: [...TRIAGE_LEVELS],
      palette: "standard",
      portalUrl: DEFAULT_PORTAL_URL,
      profile: {},
    });
    expect(DEFAULT_SETTINGS.portalUrl).toBe("http://localhost:3000");
  });

  it("keeps valid stored values", () => {
    const stored = {
      isPaused: true,
      sites: { "example.org": "off", "health.example": "on" },
      levels: ["emergency", "see-doctor"],
      palette: "color-blind",
      portalUrl: "https://backsure.example",
      profile: { lastSessionAt: "2026-11-23T10:00:00.000Z", cancerHistory: true, age: 54 },
    };
    expect(parseSettings(stored)).toEqual({ ...stored, levels: ["see-doctor", "emergency"] });
  });

  it("falls back field by field when the stored shape is wrong", () => {
    const settings = parseSettings({
      isPaused: "yes",
      sites: { "example.org": "sometimes" },
      levels: ["urgent"],
      palette: "neon",
      portalUrl: "javascript:alert(1)",
      profile: { age: -3 },
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it("never keeps unknown profile fields", () => {
    expect(parseSettings({ profile: { age: 40, name: "Sam" } }).profile).toEqual({});
  });
});
