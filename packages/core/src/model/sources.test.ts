import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { sharedPath } from "../../test/support/shared-path";
import { SOURCES, resolveSources } from "./sources";

describe("sources", () => {
  const reference = readFileSync(sharedPath("clinical", "reference.md"), "utf8");
  const listed = [...reference.matchAll(/^- \[(R\d+)\]/gm)].map((m) => m[1]);

  it("holds every source of the reference list, and no other", () => {
    expect(Object.keys(SOURCES).sort()).toEqual([...listed].sort());
  });

  it("gives each source a title and a web address", () => {
    for (const source of Object.values(SOURCES)) {
      expect(source.title.length).toBeGreaterThan(5);
      expect(source.url).toMatch(/^https?:\/\//);
    }
  });

  it("resolves keys in order without repeats and refuses unknown keys", () => {
    expect(resolveSources(["R12", "R18", "R12"]).map((s) => s.key)).toEqual(["R12", "R18"]);
    expect(() => resolveSources(["R999"])).toThrow(/Unknown source key R999/);
  });
});
