import { describe, expect, it } from "vitest";

import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site", () => {
    expect(safeNextPath("/summary?from=2026-11-01")).toBe("/summary?from=2026-11-01");
  });

  it("falls back to the diary for other sites or odd values", () => {
    for (const value of ["//evil.example", "/\\evil.example", "https://evil.example", "", null, 5])
      expect(safeNextPath(value)).toBe("/diary");
  });
});
