import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { sharedPath } from "../../test/support/shared-path";
import { CONCEPT_IDS, CONCEPT_LEVELS } from "./concept";
import { TRIAGE_LEVELS } from "./triage-level";

/** Reads the concept table of clinical/taxonomy.md: `| id | level | examples |`. */
const readTaxonomy = (): Map<string, string> => {
  const text = readFileSync(sharedPath("clinical", "taxonomy.md"), "utf8");
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const [, id, level] = cells;
    if (id && level && (TRIAGE_LEVELS as readonly string[]).includes(level)) rows.set(id, level);
  }
  return rows;
};

describe("concept catalogue", () => {
  const taxonomy = readTaxonomy();

  it("reads all 29 taxonomy rows", () => {
    expect(taxonomy.size).toBe(29);
  });

  it.each([...taxonomy])("has %s at level %s", (id, level) => {
    expect(CONCEPT_LEVELS).toHaveProperty(id, level);
  });

  it("has no concept the taxonomy lacks", () => {
    expect([...CONCEPT_IDS].sort()).toEqual([...taxonomy.keys()].sort());
  });
});
