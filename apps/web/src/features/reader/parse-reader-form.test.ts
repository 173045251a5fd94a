import { describe, expect, it } from "vitest";

import { parseReaderForm, readReaderForm } from "./parse-reader-form";
import { EMPTY_READER_VALUES } from "./reader-state";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
};

describe("readReaderForm", () => {
  it("keeps what was typed and reads checkboxes, ignoring other fields", () => {
    const values = readReaderForm(
      form({ input: " https://example.org ", age: " 54 ", cancerHistory: "on", level: "expected" }),
    );
    expect(values).toEqual({
      input: " https://example.org ",
      hoursSinceSession: "",
      recentSpinalSurgery: false,
      cancerHistory: true,
      age: "54",
    });
  });
});

describe("parseReaderForm", () => {
  it("gives an empty context when no details were given", () => {
    expect(parseReaderForm({ ...EMPTY_READER_VALUES, input: "Soreness" })).toEqual({
      ok: true,
      input: "Soreness",
      context: {},
    });
  });

  it("passes on only the details that were given", () => {
    expect(
      parseReaderForm({
        input: "x",
        hoursSinceSession: "36",
        recentSpinalSurgery: true,
        cancerHistory: false,
        age: "67",
      }),
    ).toEqual({
      ok: true,
      input: "x",
      context: { hoursSinceSession: 36, recentSpinalSurgery: true, age: 67 },
    });
    expect(parseReaderForm({ ...EMPTY_READER_VALUES, hoursSinceSession: "1,5" })).toMatchObject({
      context: { hoursSinceSession: 1.5 },
    });
  });

  it.each([
    ["hoursSinceSession", "soon"],
    ["hoursSinceSession", "-3"],
    ["hoursSinceSession", "100000"],
    ["age", "0"],
    ["age", "40.5"],
    ["age", "old"],
  ] as const)("refuses %s = %s with a message beside that field", (field, value) => {
    const result = parseReaderForm({ ...EMPTY_READER_VALUES, [field]: value });
    expect(result).toMatchObject({ ok: false, failure: { field } });
  });
});
