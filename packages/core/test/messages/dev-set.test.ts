import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TriageLevelSchema } from "../../src/model/triage-level-schema";
import { assess } from "../../src/triage/assess";
import { sharedPath } from "../support/shared-path";

const VignetteSchema = z.object({
  id: z.string(),
  text: z.string(),
  level: TriageLevelSchema,
  acceptable: z.array(TriageLevelSchema),
});

const vignettes = z
  .array(VignetteSchema)
  .parse(JSON.parse(readFileSync(sharedPath("dev-set", "vignettes.json"), "utf8")));

describe("dev set (shared/dev-set/vignettes.json)", () => {
  it("reads all 19 vignettes", () => {
    expect(vignettes).toHaveLength(19);
  });

  it.each(vignettes.map((v) => [v.id, v] as const))("%s gets an acceptable level", (_id, v) => {
    const result = assess(v.text);
    expect(v.acceptable, `"${v.text}" got ${result.level}`).toContain(result.level);
    if (v.level === "emergency") expect(result.level).toBe("emergency");
  });
});
