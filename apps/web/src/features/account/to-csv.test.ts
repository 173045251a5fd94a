import { describe, expect, it } from "vitest";

import { toCsv } from "./to-csv";

describe("toCsv", () => {
  it("quotes what needs quoting and leaves the rest", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          [1, 'say "hi", then\ngo'],
          [null, true],
        ],
      ),
    ).toBe('a,b\r\n1,"say ""hi"", then\ngo"\r\n,true\r\n');
  });

  it("defuses spreadsheet formulas in text", () => {
    expect(toCsv(["note"], [["=HYPERLINK(1)"], ["-2 after"]])).toBe(
      "note\r\n'=HYPERLINK(1)\r\n'-2 after\r\n",
    );
  });
});
